"""Casework: cases, people, assessments, plans, contacts, consent, directory.

Revision ID: 0002
Revises: 0001
"""
from alembic import op
import sqlalchemy as sa

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('agencies',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('category', sa.String(length=60), nullable=False),
    sa.Column('contact_person', sa.String(length=200), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('area', sa.String(length=120), nullable=False),
    sa.Column('offers', sa.Text(), nullable=False),
    sa.Column('eligibility', sa.Text(), nullable=False),
    sa.Column('last_checked', sa.Date(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('ref', sa.String(length=16), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('created_hlc', sa.String(length=64), nullable=False),
    sa.Column('desk_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('agencies', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agencies_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_agencies_name'), ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_agencies_ref'), ['ref'], unique=False)

    op.create_table('cases',
    sa.Column('family_label', sa.String(length=200), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('worker', sa.String(length=200), nullable=False),
    sa.Column('referral_date', sa.Date(), nullable=False),
    sa.Column('referral_source', sa.String(length=80), nullable=False),
    sa.Column('referrer_name', sa.String(length=200), nullable=False),
    sa.Column('referrer_contact', sa.String(length=200), nullable=False),
    sa.Column('referral_reasons', sa.Text(), nullable=False),
    sa.Column('risk_info', sa.Text(), nullable=False),
    sa.Column('consent_status', sa.String(length=40), nullable=False),
    sa.Column('lead_professional', sa.String(length=200), nullable=False),
    sa.Column('caf_taf', sa.Boolean(), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('closure_reason', sa.String(length=80), nullable=False),
    sa.Column('closure_planned', sa.Boolean(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('ref', sa.String(length=16), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('created_hlc', sa.String(length=64), nullable=False),
    sa.Column('desk_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_cases_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_cases_ref'), ['ref'], unique=False)
        batch_op.create_index(batch_op.f('ix_cases_referral_date'), ['referral_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_cases_status'), ['status'], unique=False)

    op.create_table('assessments',
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('on', sa.Date(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('ref', sa.String(length=16), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('created_hlc', sa.String(length=64), nullable=False),
    sa.Column('desk_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('assessments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_assessments_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_assessments_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_assessments_ref'), ['ref'], unique=False)

    op.create_table('concerns',
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('on', sa.Date(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('escalated_to', sa.String(length=200), nullable=False),
    sa.Column('escalated_on', sa.Date(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('ref', sa.String(length=16), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('created_hlc', sa.String(length=64), nullable=False),
    sa.Column('desk_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('concerns', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_concerns_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_concerns_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_concerns_ref'), ['ref'], unique=False)

    op.create_table('contacts',
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('on', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=60), nullable=False),
    sa.Column('successful', sa.Boolean(), nullable=False),
    sa.Column('minutes', sa.Integer(), nullable=False),
    sa.Column('present', sa.Text(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('goal_ids', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('ref', sa.String(length=16), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('created_hlc', sa.String(length=64), nullable=False),
    sa.Column('desk_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('contacts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contacts_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contacts_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_contacts_on'), ['on'], unique=False)
        batch_op.create_index(batch_op.f('ix_contacts_ref'), ['ref'], unique=False)

    op.create_table('goals',
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('ref', sa.String(length=16), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('created_hlc', sa.String(length=64), nullable=False),
    sa.Column('desk_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('goals', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_goals_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_goals_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_goals_ref'), ['ref'], unique=False)

    op.create_table('onward_referrals',
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('agency_id', sa.String(length=36), nullable=True),
    sa.Column('on', sa.Date(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('result', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('ref', sa.String(length=16), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('created_hlc', sa.String(length=64), nullable=False),
    sa.Column('desk_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['agency_id'], ['agencies.id'], ),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('onward_referrals', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_onward_referrals_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_onward_referrals_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_onward_referrals_ref'), ['ref'], unique=False)

    op.create_table('people',
    sa.Column('case_id', sa.String(length=36), nullable=True),
    sa.Column('given_name', sa.String(length=100), nullable=False),
    sa.Column('family_name', sa.String(length=100), nullable=False),
    sa.Column('date_of_birth', sa.Date(), nullable=True),
    sa.Column('gender', sa.String(length=40), nullable=False),
    sa.Column('ethnicity', sa.String(length=80), nullable=False),
    sa.Column('relationship', sa.String(length=40), nullable=False),
    sa.Column('is_prisoner', sa.Boolean(), nullable=False),
    sa.Column('supported_directly', sa.Boolean(), nullable=False),
    sa.Column('do_not_disclose', sa.Boolean(), nullable=False),
    sa.Column('address', sa.Text(), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('school', sa.String(length=200), nullable=False),
    sa.Column('school_contact', sa.String(length=200), nullable=False),
    sa.Column('carer', sa.String(length=60), nullable=False),
    sa.Column('told_where_parent', sa.String(length=20), nullable=False),
    sa.Column('child_views', sa.Text(), nullable=False),
    sa.Column('sharing_agreed', sa.Text(), nullable=False),
    sa.Column('young_carer', sa.Boolean(), nullable=False),
    sa.Column('bullying', sa.Boolean(), nullable=False),
    sa.Column('prison_number', sa.String(length=20), nullable=False),
    sa.Column('establishment', sa.String(length=120), nullable=False),
    sa.Column('wing', sa.String(length=40), nullable=False),
    sa.Column('category', sa.String(length=20), nullable=False),
    sa.Column('sentence_type', sa.String(length=20), nullable=False),
    sa.Column('offence_category', sa.String(length=20), nullable=False),
    sa.Column('sentence_months', sa.Integer(), nullable=True),
    sa.Column('expected_release', sa.Date(), nullable=True),
    sa.Column('rotl', sa.Boolean(), nullable=False),
    sa.Column('transfers', sa.Text(), nullable=False),
    sa.Column('offender_manager', sa.String(length=200), nullable=False),
    sa.Column('probation_provider', sa.String(length=200), nullable=False),
    sa.Column('involvement', sa.String(length=30), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('ref', sa.String(length=16), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('created_hlc', sa.String(length=64), nullable=False),
    sa.Column('desk_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_people_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_people_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_people_family_name'), ['family_name'], unique=False)
        batch_op.create_index(batch_op.f('ix_people_prison_number'), ['prison_number'], unique=False)
        batch_op.create_index(batch_op.f('ix_people_ref'), ['ref'], unique=False)

    op.create_table('consents',
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('purpose', sa.String(length=200), nullable=False),
    sa.Column('agency_id', sa.String(length=36), nullable=True),
    sa.Column('given_on', sa.Date(), nullable=True),
    sa.Column('how_given', sa.String(length=60), nullable=False),
    sa.Column('withdrawn_on', sa.Date(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('ref', sa.String(length=16), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('created_hlc', sa.String(length=64), nullable=False),
    sa.Column('desk_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['agency_id'], ['agencies.id'], ),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('consents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consents_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_consents_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_consents_ref'), ['ref'], unique=False)

    op.create_table('needs',
    sa.Column('assessment_id', sa.String(length=36), nullable=False),
    sa.Column('area', sa.String(length=80), nullable=False),
    sa.Column('nature', sa.String(length=20), nullable=False),
    sa.Column('term', sa.String(length=10), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('ref', sa.String(length=16), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('created_hlc', sa.String(length=64), nullable=False),
    sa.Column('desk_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['assessment_id'], ['assessments.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('needs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_needs_assessment_id'), ['assessment_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_needs_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_needs_ref'), ['ref'], unique=False)

    op.create_table('restrictions',
    sa.Column('person_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=60), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=True),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.Column('appeal', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('ref', sa.String(length=16), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('created_hlc', sa.String(length=64), nullable=False),
    sa.Column('desk_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('restrictions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_restrictions_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_restrictions_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_restrictions_ref'), ['ref'], unique=False)

    op.create_table('scores',
    sa.Column('assessment_id', sa.String(length=36), nullable=False),
    sa.Column('person_id', sa.String(length=36), nullable=True),
    sa.Column('outcome', sa.String(length=80), nullable=False),
    sa.Column('score', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('ref', sa.String(length=16), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('created_hlc', sa.String(length=64), nullable=False),
    sa.Column('desk_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['assessment_id'], ['assessments.id'], ),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('scores', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_scores_assessment_id'), ['assessment_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_scores_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_scores_ref'), ['ref'], unique=False)

    op.create_table('tasks',
    sa.Column('goal_id', sa.String(length=36), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('owner', sa.String(length=200), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('ref', sa.String(length=16), nullable=False),
    sa.Column('hlc', sa.String(length=64), nullable=False),
    sa.Column('created_hlc', sa.String(length=64), nullable=False),
    sa.Column('desk_id', sa.String(length=36), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['goal_id'], ['goals.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('tasks', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_tasks_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_tasks_due_on'), ['due_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_tasks_goal_id'), ['goal_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_tasks_ref'), ['ref'], unique=False)


def downgrade() -> None:
    op.drop_table('tasks')
    op.drop_table('scores')
    op.drop_table('restrictions')
    op.drop_table('needs')
    op.drop_table('consents')
    op.drop_table('people')
    op.drop_table('onward_referrals')
    op.drop_table('goals')
    op.drop_table('contacts')
    op.drop_table('concerns')
    op.drop_table('assessments')
    op.drop_table('cases')
    op.drop_table('agencies')
