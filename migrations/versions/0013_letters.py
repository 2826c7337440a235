"""Letters and slips: letter templates, a record of each letter printed (it travels), and its text (it stays).

Revision ID: 0013
Revises: 0012
"""
from alembic import op
import sqlalchemy as sa


revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def _travel_columns() -> list[sa.Column]:
    return [
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('ref', sa.String(length=16), nullable=False),
        sa.Column('hlc', sa.String(length=64), nullable=False),
        sa.Column('created_hlc', sa.String(length=64), nullable=False),
        sa.Column('desk_id', sa.String(length=36), nullable=False),
        sa.Column('deleted', sa.Boolean(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table('letter_templates',
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    *_travel_columns(),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('letter_templates', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_letter_templates_ref'), ['ref'], unique=False)
    op.create_table('letters',
    sa.Column('case_id', sa.String(length=36), nullable=True),
    sa.Column('recipient_id', sa.String(length=36), nullable=False),
    sa.Column('template_id', sa.String(length=36), nullable=False),
    sa.Column('template_name', sa.String(length=120), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('booking_id', sa.String(length=36), nullable=True),
    sa.Column('request_id', sa.String(length=36), nullable=True),
    sa.Column('application_id', sa.String(length=36), nullable=True),
    sa.Column('delivery', sa.String(length=20), nullable=False),
    sa.Column('lawful_basis', sa.String(length=80), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('sent_at', sa.DateTime(), nullable=False),
    sa.Column('sent_by', sa.String(length=200), nullable=False),
    *_travel_columns(),
    sa.ForeignKeyConstraint(['application_id'], ['applications.id'], ),
    sa.ForeignKeyConstraint(['booking_id'], ['bookings.id'], ),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], ),
    sa.ForeignKeyConstraint(['recipient_id'], ['people.id'], ),
    sa.ForeignKeyConstraint(['request_id'], ['family_day_requests.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('letters', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_letters_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_letters_recipient_id'), ['recipient_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_letters_booking_id'), ['booking_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_letters_request_id'), ['request_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_letters_ref'), ['ref'], unique=False)
    op.create_table('letter_texts',
    sa.Column('letter_id', sa.String(length=36), nullable=False),
    sa.Column('body_html', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('letter_id')
    )


def downgrade() -> None:
    op.drop_table('letter_texts')
    op.drop_table('letters')
    op.drop_table('letter_templates')
