"""A booking's status follows its outcome: bookings stored "booked" with an outcome recorded take the status
the outcome means (attended; did not attend; cancelled when the establishment called the visit off).

Revision ID: 0009
Revises: 0008
"""
from alembic import op


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

# as services.visits.visits.STATUS_FOR_OUTCOME on the day this was written (a migration never imports the app)
STATUS_FOR_OUTCOME = {
    "attended": "attended", "ended early": "attended", "visitor did not arrive": "did not attend",
    "prisoner refused": "did not attend", "failed security": "did not attend",
    "cancelled by establishment": "cancelled",
}


def upgrade() -> None:
    for outcome, status in STATUS_FOR_OUTCOME.items():
        op.execute(f"UPDATE bookings SET status = '{status}', status_reason = 'Outcome: {outcome}' "
                   f"WHERE status = 'booked' AND outcome = '{outcome}'")


def downgrade() -> None:
    op.execute("UPDATE bookings SET status = 'booked' WHERE outcome != '' AND status_reason LIKE 'Outcome: %'")
