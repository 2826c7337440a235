"""Drop the indexes on ``deleted``: nearly every row is live, so they never narrow a query,
mislead SQLite's planner, and cost time on every insert (most of all a large sync import).

Revision ID: 0006
Revises: 0005
"""
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index('ix_agencies_deleted', table_name='agencies')
    op.drop_index('ix_assessments_deleted', table_name='assessments')
    op.drop_index('ix_blocked_dates_deleted', table_name='blocked_dates')
    op.drop_index('ix_booking_visitors_deleted', table_name='booking_visitors')
    op.drop_index('ix_bookings_deleted', table_name='bookings')
    op.drop_index('ix_cases_deleted', table_name='cases')
    op.drop_index('ix_concerns_deleted', table_name='concerns')
    op.drop_index('ix_consents_deleted', table_name='consents')
    op.drop_index('ix_contacts_deleted', table_name='contacts')
    op.drop_index('ix_family_day_attendees_deleted', table_name='family_day_attendees')
    op.drop_index('ix_family_day_requests_deleted', table_name='family_day_requests')
    op.drop_index('ix_family_days_deleted', table_name='family_days')
    op.drop_index('ix_goals_deleted', table_name='goals')
    op.drop_index('ix_needs_deleted', table_name='needs')
    op.drop_index('ix_onward_referrals_deleted', table_name='onward_referrals')
    op.drop_index('ix_people_deleted', table_name='people')
    op.drop_index('ix_restrictions_deleted', table_name='restrictions')
    op.drop_index('ix_scores_deleted', table_name='scores')
    op.drop_index('ix_session_templates_deleted', table_name='session_templates')
    op.drop_index('ix_tasks_deleted', table_name='tasks')


def downgrade() -> None:
    op.create_index('ix_agencies_deleted', 'agencies', ['deleted'], unique=False)
    op.create_index('ix_assessments_deleted', 'assessments', ['deleted'], unique=False)
    op.create_index('ix_blocked_dates_deleted', 'blocked_dates', ['deleted'], unique=False)
    op.create_index('ix_booking_visitors_deleted', 'booking_visitors', ['deleted'], unique=False)
    op.create_index('ix_bookings_deleted', 'bookings', ['deleted'], unique=False)
    op.create_index('ix_cases_deleted', 'cases', ['deleted'], unique=False)
    op.create_index('ix_concerns_deleted', 'concerns', ['deleted'], unique=False)
    op.create_index('ix_consents_deleted', 'consents', ['deleted'], unique=False)
    op.create_index('ix_contacts_deleted', 'contacts', ['deleted'], unique=False)
    op.create_index('ix_family_day_attendees_deleted', 'family_day_attendees', ['deleted'], unique=False)
    op.create_index('ix_family_day_requests_deleted', 'family_day_requests', ['deleted'], unique=False)
    op.create_index('ix_family_days_deleted', 'family_days', ['deleted'], unique=False)
    op.create_index('ix_goals_deleted', 'goals', ['deleted'], unique=False)
    op.create_index('ix_needs_deleted', 'needs', ['deleted'], unique=False)
    op.create_index('ix_onward_referrals_deleted', 'onward_referrals', ['deleted'], unique=False)
    op.create_index('ix_people_deleted', 'people', ['deleted'], unique=False)
    op.create_index('ix_restrictions_deleted', 'restrictions', ['deleted'], unique=False)
    op.create_index('ix_scores_deleted', 'scores', ['deleted'], unique=False)
    op.create_index('ix_session_templates_deleted', 'session_templates', ['deleted'], unique=False)
    op.create_index('ix_tasks_deleted', 'tasks', ['deleted'], unique=False)
