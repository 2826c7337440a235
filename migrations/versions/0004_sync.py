"""Sync: peers, bundle log, conflicts, and what each change overwrote.

Revision ID: 0004
Revises: 0003
"""
from alembic import op
import sqlalchemy as sa

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("changes") as batch_op:
        batch_op.add_column(sa.Column("prev", sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column("merges", sa.Text(), nullable=False, server_default=""))
    op.create_table(
        "peers",
        sa.Column("desk_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("desk_name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("establishment", sa.String(length=200), nullable=False),
        sa.Column("signing_public", sa.LargeBinary(), nullable=False),
        sa.Column("encryption_public", sa.LargeBinary(), nullable=False),
        sa.Column("fingerprint", sa.String(length=80), nullable=False),
        sa.Column("paired_at", sa.DateTime(), nullable=False),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        sa.Column("sent_upto", sa.Integer(), nullable=False),
        sa.Column("last_seq_in", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("desk_id"),
    )
    op.create_table(
        "bundles",
        sa.Column("bundle_id", sa.String(length=36), nullable=False),
        sa.Column("direction", sa.String(length=3), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("peer_desk_id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("created", sa.DateTime(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("changes", sa.Integer(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("bundle_id"),
    )
    with op.batch_alter_table("bundles") as batch_op:
        batch_op.create_index("ix_bundles_peer_desk_id", ["peer_desk_id"], unique=False)
    op.create_table(
        "conflicts",
        sa.Column("id", sa.String(length=80), nullable=False),
        sa.Column("record_table", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("winner_change_id", sa.String(length=36), nullable=False),
        sa.Column("loser_change_id", sa.String(length=36), nullable=False),
        sa.Column("resolved_by", sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("conflicts") as batch_op:
        batch_op.create_index("ix_conflicts_record_id", ["record_id"], unique=False)


def downgrade() -> None:
    op.drop_table("conflicts")
    op.drop_table("bundles")
    op.drop_table("peers")
    with op.batch_alter_table("changes") as batch_op:
        batch_op.drop_column("merges")
        batch_op.drop_column("prev")
