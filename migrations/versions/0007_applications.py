"""Prisoners' applications and their history.

Revision ID: 0007
Revises: 0006
"""
from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('applications',
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.Column('route', sa.String(length=60), nullable=False),
    sa.Column('prisoner_id', sa.String(length=36), nullable=True),
    sa.Column('prisoner_name', sa.String(length=200), nullable=False),
    sa.Column('prison_number', sa.String(length=20), nullable=False),
    sa.Column('kind', sa.String(length=80), nullable=False),
    sa.Column('words', sa.Text(), nullable=False),
    sa.Column('case_id', sa.String(length=36), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('acknowledged_on', sa.Date(), nullable=True),
    sa.Column('responded_on', sa.Date(), nullable=True),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('forwarded_to', sa.String(length=200), nullable=False),
    sa.Column('forwarded_on', sa.Date(), nullable=True),
    sa.Column('response', sa.Text(), nullable=False),
    sa.Column('outcome', sa.String(length=200), nullable=False),
    sa.Column('bad_news', sa.Boolean(), nullable=False),
    sa.Column('internal_notes', sa.Text(), nullable=False),
    sa.Column('booking_id', sa.String(length=36), nullable=True),
    sa.Column('family_day_request_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('ref', sa.String(length=16), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('created_hlc', sa.String(length=64), nullable=False),
    sa.Column('desk_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['booking_id'], ['bookings.id'], ),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], ),
    sa.ForeignKeyConstraint(['family_day_request_id'], ['family_day_requests.id'], ),
    sa.ForeignKeyConstraint(['prisoner_id'], ['people.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('applications', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_applications_prisoner_id'), ['prisoner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_applications_received_at'), ['received_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_applications_ref'), ['ref'], unique=False)
        batch_op.create_index(batch_op.f('ix_applications_status'), ['status'], unique=False)

    op.create_table('application_events',
    sa.Column('application_id', sa.String(length=36), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('who', sa.String(length=200), nullable=False),
    sa.Column('status_from', sa.String(length=20), nullable=False),
    sa.Column('status_to', sa.String(length=20), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('ref', sa.String(length=16), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('created_hlc', sa.String(length=64), nullable=False),
    sa.Column('desk_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['applications.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('application_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_application_events_application_id'), ['application_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_application_events_ref'), ['ref'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('application_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_application_events_ref'))
        batch_op.drop_index(batch_op.f('ix_application_events_application_id'))
    op.drop_table('application_events')
    with op.batch_alter_table('applications', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_applications_status'))
        batch_op.drop_index(batch_op.f('ix_applications_ref'))
        batch_op.drop_index(batch_op.f('ix_applications_received_at'))
        batch_op.drop_index(batch_op.f('ix_applications_prisoner_id'))
    op.drop_table('applications')
