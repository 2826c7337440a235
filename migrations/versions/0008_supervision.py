"""A supervisor's own tables: workers' summaries, supervision notes, quality self-assessment, work plan.

Local only: none of these rows travel.

Revision ID: 0008
Revises: 0007
"""
from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('worker_summaries',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('bundle_id', sa.String(length=36), nullable=False),
    sa.Column('desk_id', sa.String(length=36), nullable=False),
    sa.Column('worker_name', sa.String(length=200), nullable=False),
    sa.Column('desk_name', sa.String(length=200), nullable=False),
    sa.Column('establishment', sa.String(length=200), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('created', sa.DateTime(), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.Column('as_of', sa.Date(), nullable=False),
    sa.Column('include_names', sa.Boolean(), nullable=False),
    sa.Column('cases', sa.Integer(), nullable=False),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.Column('is_latest', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('bundle_id')
    )
    with op.batch_alter_table('worker_summaries', schema=None) as batch_op:
        batch_op.create_index('ix_worker_summaries_desk', ['desk_id', 'is_latest'], unique=False)

    op.create_table('supervision_notes',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('worker_desk_id', sa.String(length=36), nullable=False),
    sa.Column('on', sa.Date(), nullable=False),
    sa.Column('discussed', sa.Text(), nullable=False),
    sa.Column('agreed_actions', sa.Text(), nullable=False),
    sa.Column('next_on', sa.Date(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('supervision_notes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_supervision_notes_worker_desk_id'), ['worker_desk_id'], unique=False)

    op.create_table('quality_assessments',
    sa.Column('item', sa.String(length=10), nullable=False),
    sa.Column('statement_no', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('evidence', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('item')
    )

    op.create_table('work_plan_items',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('statement_no', sa.Integer(), nullable=False),
    sa.Column('horizon', sa.String(length=20), nullable=False),
    sa.Column('action', sa.Text(), nullable=False),
    sa.Column('evidence', sa.Text(), nullable=False),
    sa.Column('lead', sa.String(length=200), nullable=False),
    sa.Column('completion_date', sa.Date(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('work_plan_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_work_plan_items_statement_no'), ['statement_no'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('work_plan_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_work_plan_items_statement_no'))
    op.drop_table('work_plan_items')
    op.drop_table('quality_assessments')
    with op.batch_alter_table('supervision_notes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_supervision_notes_worker_desk_id'))
    op.drop_table('supervision_notes')
    with op.batch_alter_table('worker_summaries', schema=None) as batch_op:
        batch_op.drop_index('ix_worker_summaries_desk')
    op.drop_table('worker_summaries')
