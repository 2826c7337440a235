"""Help with the cost of visiting: a case's eligibility and a travel claim per visit.

Revision ID: 0012
Revises: 0011
"""
from alembic import op
import sqlalchemy as sa


revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.add_column(sa.Column('travel_help_since', sa.Date(), nullable=True))
    op.create_table('travel_claims',
    sa.Column('booking_id', sa.String(length=36), nullable=False),
    sa.Column('case_id', sa.String(length=36), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('on', sa.Date(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('ref', sa.String(length=16), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('created_hlc', sa.String(length=64), nullable=False),
    sa.Column('desk_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['booking_id'], ['bookings.id'], ),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('travel_claims', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_travel_claims_booking_id'), ['booking_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_travel_claims_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_travel_claims_ref'), ['ref'], unique=False)


def downgrade() -> None:
    op.drop_table('travel_claims')
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.drop_column('travel_help_since')
