"""Profile base: desk identity, change history, settings, drafts, audit trail.

Revision ID: 0001
Revises:
"""
from alembic import op
import sqlalchemy as sa

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('who', sa.String(length=200), nullable=False),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('record_table', sa.String(length=40), nullable=True),
    sa.Column('record_id', sa.String(length=36), nullable=True),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('audit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_action'), ['action'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_at'), ['at'], unique=False)

    op.create_table('changes',
    sa.Column('change_id', sa.String(length=36), nullable=False),
    sa.Column('record_table', sa.String(length=40), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('field', sa.String(length=60), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.Column('old', sa.Text(), nullable=True),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('desk_id', sa.String(length=36), nullable=False),
    sa.Column('who', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('change_id')
    )
    with op.batch_alter_table('changes', schema=None) as batch_op:
        batch_op.create_index('ix_changes_hlc', ['hlc'], unique=False)
        batch_op.create_index('ix_changes_record', ['record_id', 'field'], unique=False)

    op.create_table('desk',
    sa.Column('desk_id', sa.String(length=36), nullable=False),
    sa.Column('desk_name', sa.String(length=200), nullable=False),
    sa.Column('worker_name', sa.String(length=200), nullable=False),
    sa.Column('establishment', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('signing_private', sa.LargeBinary(), nullable=False),
    sa.Column('signing_public', sa.LargeBinary(), nullable=False),
    sa.Column('encryption_private', sa.LargeBinary(), nullable=False),
    sa.Column('encryption_public', sa.LargeBinary(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('desk_id')
    )
    op.create_table('drafts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('form', sa.String(length=64), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.Column('saved_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('settings',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    # The audit trail is append-only.
    op.execute("CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit "
               "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END")
    op.execute("CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit "
               "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END")


def downgrade() -> None:
    op.drop_table('desk')
    op.drop_table('changes')
    op.drop_table('audit')
