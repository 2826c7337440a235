"""Casework details: goal agreed date, intervention type on contacts, reopen reason, contact index.

Revision ID: 0003
Revises: 0002
"""
from alembic import op
import sqlalchemy as sa

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("goals") as batch_op:
        batch_op.add_column(sa.Column("agreed_on", sa.Date(), nullable=True))
    with op.batch_alter_table("contacts") as batch_op:
        batch_op.add_column(sa.Column("intervention", sa.String(length=80), nullable=False, server_default=""))
        batch_op.create_index("ix_contacts_case_live", ["case_id", "deleted", "successful", "on"], unique=False)
    with op.batch_alter_table("cases") as batch_op:
        batch_op.add_column(sa.Column("reopen_reason", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("cases") as batch_op:
        batch_op.drop_column("reopen_reason")
    with op.batch_alter_table("contacts") as batch_op:
        batch_op.drop_index("ix_contacts_case_live")
        batch_op.drop_column("intervention")
    with op.batch_alter_table("goals") as batch_op:
        batch_op.drop_column("agreed_on")
