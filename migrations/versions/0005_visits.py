"""Visits and family days: session templates, blocked dates, bookings, family days; visitor fields on people.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 13:09:13.753627
"""
from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('family_days',
    sa.Column('on', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=60), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('capacity_families', sa.Integer(), nullable=False),
    sa.Column('capacity_people', sa.Integer(), nullable=False),
    sa.Column('min_age', sa.Integer(), nullable=True),
    sa.Column('max_age', sa.Integer(), nullable=True),
    sa.Column('clearance_deadline', sa.Date(), nullable=True),
    sa.Column('place', sa.String(length=200), nullable=False),
    sa.Column('programme', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('feedback', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('ref', sa.String(length=16), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('created_hlc', sa.String(length=64), nullable=False),
    sa.Column('desk_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('family_days', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_family_days_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_family_days_on'), ['on'], unique=False)
        batch_op.create_index(batch_op.f('ix_family_days_ref'), ['ref'], unique=False)

    op.create_table('session_templates',
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('weekdays', sa.String(length=40), nullable=False),
    sa.Column('starts', sa.String(length=5), nullable=False),
    sa.Column('ends', sa.String(length=5), nullable=False),
    sa.Column('room', sa.String(length=120), nullable=False),
    sa.Column('valid_from', sa.Date(), nullable=False),
    sa.Column('valid_to', sa.Date(), nullable=True),
    sa.Column('interval_weeks', sa.Integer(), nullable=False),
    sa.Column('open_capacity', sa.Integer(), nullable=False),
    sa.Column('closed_capacity', sa.Integer(), nullable=False),
    sa.Column('one_off', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('ref', sa.String(length=16), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('created_hlc', sa.String(length=64), nullable=False),
    sa.Column('desk_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('session_templates', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_session_templates_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_session_templates_ref'), ['ref'], unique=False)

    op.create_table('blocked_dates',
    sa.Column('on', sa.Date(), nullable=False),
    sa.Column('template_id', sa.String(length=36), nullable=True),
    sa.Column('who', sa.String(length=200), nullable=False),
    sa.Column('why', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('ref', sa.String(length=16), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('created_hlc', sa.String(length=64), nullable=False),
    sa.Column('desk_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['template_id'], ['session_templates.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('blocked_dates', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_blocked_dates_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_blocked_dates_on'), ['on'], unique=False)
        batch_op.create_index(batch_op.f('ix_blocked_dates_ref'), ['ref'], unique=False)

    op.create_table('bookings',
    sa.Column('prisoner_id', sa.String(length=36), nullable=False),
    sa.Column('template_id', sa.String(length=36), nullable=False),
    sa.Column('on', sa.Date(), nullable=False),
    sa.Column('visit_type', sa.String(length=40), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('status_reason', sa.String(length=80), nullable=False),
    sa.Column('closed', sa.Boolean(), nullable=False),
    sa.Column('waiting_list', sa.Boolean(), nullable=False),
    sa.Column('overbooked', sa.Boolean(), nullable=False),
    sa.Column('overbook_reason', sa.Text(), nullable=False),
    sa.Column('lead_visitor_id', sa.String(length=36), nullable=True),
    sa.Column('outcome', sa.String(length=40), nullable=False),
    sa.Column('la_assessment', sa.Text(), nullable=False),
    sa.Column('parent_support', sa.Text(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('ref', sa.String(length=16), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('created_hlc', sa.String(length=64), nullable=False),
    sa.Column('desk_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['lead_visitor_id'], ['people.id'], ),
    sa.ForeignKeyConstraint(['prisoner_id'], ['people.id'], ),
    sa.ForeignKeyConstraint(['template_id'], ['session_templates.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('bookings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_bookings_deleted'), ['deleted'], unique=False)
        batch_op.create_index('ix_bookings_on', ['on'], unique=False)
        batch_op.create_index(batch_op.f('ix_bookings_prisoner_id'), ['prisoner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_bookings_ref'), ['ref'], unique=False)
        batch_op.create_index('ix_bookings_session', ['template_id', 'on'], unique=False)

    op.create_table('family_day_requests',
    sa.Column('family_day_id', sa.String(length=36), nullable=False),
    sa.Column('prisoner_id', sa.String(length=36), nullable=False),
    sa.Column('case_id', sa.String(length=36), nullable=True),
    sa.Column('requested_on', sa.Date(), nullable=False),
    sa.Column('first_time', sa.Boolean(), nullable=False),
    sa.Column('weeks_since_visit', sa.Integer(), nullable=True),
    sa.Column('relationship_repair', sa.Boolean(), nullable=False),
    sa.Column('attended_before', sa.Integer(), nullable=False),
    sa.Column('override_score', sa.Integer(), nullable=True),
    sa.Column('override_reason', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('attended', sa.Boolean(), nullable=True),
    sa.Column('feedback', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('ref', sa.String(length=16), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('created_hlc', sa.String(length=64), nullable=False),
    sa.Column('desk_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], ),
    sa.ForeignKeyConstraint(['family_day_id'], ['family_days.id'], ),
    sa.ForeignKeyConstraint(['prisoner_id'], ['people.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('family_day_requests', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_family_day_requests_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_family_day_requests_family_day_id'), ['family_day_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_family_day_requests_ref'), ['ref'], unique=False)

    op.create_table('booking_visitors',
    sa.Column('booking_id', sa.String(length=36), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('ref', sa.String(length=16), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('created_hlc', sa.String(length=64), nullable=False),
    sa.Column('desk_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['booking_id'], ['bookings.id'], ),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('booking_visitors', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_booking_visitors_booking_id'), ['booking_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_booking_visitors_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_booking_visitors_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_booking_visitors_ref'), ['ref'], unique=False)

    op.create_table('family_day_attendees',
    sa.Column('request_id', sa.String(length=36), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('clearance', sa.String(length=20), nullable=False),
    sa.Column('photo_consent', sa.Boolean(), nullable=False),
    sa.Column('attended', sa.Boolean(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('ref', sa.String(length=16), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('created_hlc', sa.String(length=64), nullable=False),
    sa.Column('desk_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], ),
    sa.ForeignKeyConstraint(['request_id'], ['family_day_requests.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('family_day_attendees', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_family_day_attendees_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_family_day_attendees_ref'), ['ref'], unique=False)
        batch_op.create_index(batch_op.f('ix_family_day_attendees_request_id'), ['request_id'], unique=False)

    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.add_column(sa.Column('visitor_approved', sa.Boolean(), nullable=False, server_default=sa.true()))
        batch_op.add_column(sa.Column('ban_reason', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('banned_until', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('closed_visits_only', sa.Boolean(), nullable=False, server_default=sa.false()))



def downgrade() -> None:
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.drop_column('closed_visits_only')
        batch_op.drop_column('banned_until')
        batch_op.drop_column('ban_reason')
        batch_op.drop_column('visitor_approved')

    with op.batch_alter_table('family_day_attendees', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_family_day_attendees_request_id'))
        batch_op.drop_index(batch_op.f('ix_family_day_attendees_ref'))
        batch_op.drop_index(batch_op.f('ix_family_day_attendees_deleted'))

    op.drop_table('family_day_attendees')
    with op.batch_alter_table('booking_visitors', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_booking_visitors_ref'))
        batch_op.drop_index(batch_op.f('ix_booking_visitors_person_id'))
        batch_op.drop_index(batch_op.f('ix_booking_visitors_deleted'))
        batch_op.drop_index(batch_op.f('ix_booking_visitors_booking_id'))

    op.drop_table('booking_visitors')
    with op.batch_alter_table('family_day_requests', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_family_day_requests_ref'))
        batch_op.drop_index(batch_op.f('ix_family_day_requests_family_day_id'))
        batch_op.drop_index(batch_op.f('ix_family_day_requests_deleted'))

    op.drop_table('family_day_requests')
    with op.batch_alter_table('bookings', schema=None) as batch_op:
        batch_op.drop_index('ix_bookings_session')
        batch_op.drop_index(batch_op.f('ix_bookings_ref'))
        batch_op.drop_index(batch_op.f('ix_bookings_prisoner_id'))
        batch_op.drop_index('ix_bookings_on')
        batch_op.drop_index(batch_op.f('ix_bookings_deleted'))

    op.drop_table('bookings')
    with op.batch_alter_table('blocked_dates', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_blocked_dates_ref'))
        batch_op.drop_index(batch_op.f('ix_blocked_dates_on'))
        batch_op.drop_index(batch_op.f('ix_blocked_dates_deleted'))

    op.drop_table('blocked_dates')
    with op.batch_alter_table('session_templates', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_session_templates_ref'))
        batch_op.drop_index(batch_op.f('ix_session_templates_deleted'))

    op.drop_table('session_templates')
    with op.batch_alter_table('family_days', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_family_days_ref'))
        batch_op.drop_index(batch_op.f('ix_family_days_on'))
        batch_op.drop_index(batch_op.f('ix_family_days_deleted'))

    op.drop_table('family_days')
