"""Flags on bookings and family-day places that no longer pass their rules (a transfer, a ban, a blocked date...).

Revision ID: 0011
Revises: 0010
"""
from alembic import op
import sqlalchemy as sa


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('booking_flags',
    sa.Column('booking_id', sa.String(length=36), nullable=True),
    sa.Column('request_id', sa.String(length=36), nullable=True),
    sa.Column('prisoner_id', sa.String(length=36), nullable=False),
    sa.Column('on', sa.Date(), nullable=False),
    sa.Column('cause', sa.String(length=40), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('raised_on', sa.Date(), nullable=False),
    sa.Column('state', sa.String(length=20), nullable=False),
    sa.Column('resolution', sa.String(length=20), nullable=False),
    sa.Column('resolution_note', sa.Text(), nullable=False),
    sa.Column('resolved_on', sa.Date(), nullable=True),
    sa.Column('moved_to_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('ref', sa.String(length=16), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('created_hlc', sa.String(length=64), nullable=False),
    sa.Column('desk_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['booking_id'], ['bookings.id'], ),
    sa.ForeignKeyConstraint(['moved_to_id'], ['bookings.id'], ),
    sa.ForeignKeyConstraint(['prisoner_id'], ['people.id'], ),
    sa.ForeignKeyConstraint(['request_id'], ['family_day_requests.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('booking_flags', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_booking_flags_booking_id'), ['booking_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_booking_flags_request_id'), ['request_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_booking_flags_prisoner_id'), ['prisoner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_booking_flags_ref'), ['ref'], unique=False)
        batch_op.create_index(batch_op.f('ix_booking_flags_state'), ['state'], unique=False)


def downgrade() -> None:
    op.drop_table('booking_flags')
