"""Languages: the language a person's letters and slips go out in, and the language of each letter template.

Revision ID: 0014
Revises: 0013
"""
from alembic import op
import sqlalchemy as sa


revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.add_column(sa.Column('language', sa.String(length=8), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('language_note', sa.String(length=120), nullable=False, server_default=''))
    with op.batch_alter_table('letter_templates', schema=None) as batch_op:
        batch_op.add_column(sa.Column('language', sa.String(length=8), nullable=False, server_default='en'))


def downgrade() -> None:
    with op.batch_alter_table('letter_templates', schema=None) as batch_op:
        batch_op.drop_column('language')
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.drop_column('language_note')
        batch_op.drop_column('language')
