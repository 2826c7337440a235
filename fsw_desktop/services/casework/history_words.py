"""The change history in a worker's words: "Onward referral O-KTHME", "Result", never a table or column name.

The change log is kept in the database's own terms (tables, columns, JSON values) because sync merges
on them; a person reading a case's history needs what changed, from what to what. Unknown names fall
back to the column name with spaces, so a new field still reads sensibly before it has a label here.
"""

from __future__ import annotations
from ...words import QT_TRANSLATE_NOOP, tr

RECORDS = {
    "cases": QT_TRANSLATE_NOOP("", "Case"),
    "people": QT_TRANSLATE_NOOP("", "Person"),
    "contacts": QT_TRANSLATE_NOOP("", "Contact"),
    "assessments": QT_TRANSLATE_NOOP("", "Assessment"),
    "scores": QT_TRANSLATE_NOOP("", "Score"),
    "needs": QT_TRANSLATE_NOOP("", "Need"),
    "goals": QT_TRANSLATE_NOOP("", "Goal"),
    "tasks": QT_TRANSLATE_NOOP("", "Task"),
    "onward_referrals": QT_TRANSLATE_NOOP("", "Onward referral"),
    "concerns": QT_TRANSLATE_NOOP("", "Safeguarding concern"),
    "consents": QT_TRANSLATE_NOOP("", "Consent"),
    "restrictions": QT_TRANSLATE_NOOP("", "Contact restriction"),
    "applications": QT_TRANSLATE_NOOP("", "Application"),
    "application_events": QT_TRANSLATE_NOOP("", "Application step"),
    "bookings": QT_TRANSLATE_NOOP("", "Visit booking"),
    "booking_visitors": QT_TRANSLATE_NOOP("", "Visitor on a booking"),
    "booking_flags": QT_TRANSLATE_NOOP("", "Flag on a booking"),
    "family_day_requests": QT_TRANSLATE_NOOP("", "Family day place"),
    "family_day_attendees": QT_TRANSLATE_NOOP("", "Family day attendee"),
    "travel_claims": QT_TRANSLATE_NOOP("", "Travel claim"),
    "agencies": QT_TRANSLATE_NOOP("", "Agency"),
    "letters": QT_TRANSLATE_NOOP("", "Letter"),
    "letter_templates": QT_TRANSLATE_NOOP("", "Letter template"),
    "family_days": QT_TRANSLATE_NOOP("", "Family day"),
    "blocked_dates": QT_TRANSLATE_NOOP("", "Blocked date"),
    "session_templates": QT_TRANSLATE_NOOP("", "Visit session"),
    "distinct_people": QT_TRANSLATE_NOOP("", "Two people marked as different"),
    "quality_assessments": QT_TRANSLATE_NOOP("", "Quality self-assessment"),
    "supervision_notes": QT_TRANSLATE_NOOP("", "Supervision note"),
    "work_plan_items": QT_TRANSLATE_NOOP("", "Work plan item"),
    "peers": QT_TRANSLATE_NOOP("", "Paired desk"),
    "settings": QT_TRANSLATE_NOOP("", "Settings"),
    "desk": QT_TRANSLATE_NOOP("", "This desk"),
    "worker_summaries": QT_TRANSLATE_NOOP("", "Worker summary"),
}

FIELDS = {
    "*": QT_TRANSLATE_NOOP("", "Created"),
    "created": QT_TRANSLATE_NOOP("", "Created"),
    "deleted": QT_TRANSLATE_NOOP("", "Deleted"),
    "on": QT_TRANSLATE_NOOP("", "Date"),
    "at": QT_TRANSLATE_NOOP("", "Time"),
    "kind": QT_TRANSLATE_NOOP("", "Kind"),
    "given_name": QT_TRANSLATE_NOOP("", "First name"),
    "family_name": QT_TRANSLATE_NOOP("", "Family name"),
    "date_of_birth": QT_TRANSLATE_NOOP("", "Date of birth"),
    "prison_number": QT_TRANSLATE_NOOP("", "Prison number"),
    "is_prisoner": QT_TRANSLATE_NOOP("", "Prisoner"),
    "do_not_disclose": QT_TRANSLATE_NOOP("", "Do not disclose"),
    "agency_id": QT_TRANSLATE_NOOP("", "Agency"),
    "case_id": QT_TRANSLATE_NOOP("", "Case"),
    "person_id": QT_TRANSLATE_NOOP("", "Person"),
    "lead_person_id": QT_TRANSLATE_NOOP("", "Lead contact"),
    "minutes": QT_TRANSLATE_NOOP("", "Duration (minutes)"),
    "note": QT_TRANSLATE_NOOP("", "Note"),
    "notes": QT_TRANSLATE_NOOP("", "Notes"),
    "result": QT_TRANSLATE_NOOP("", "Result"),
    "reason": QT_TRANSLATE_NOOP("", "Reason"),
    "stage": QT_TRANSLATE_NOOP("", "Stage"),
    "status": QT_TRANSLATE_NOOP("", "Status"),
    "due": QT_TRANSLATE_NOOP("", "Due"),
    "done": QT_TRANSLATE_NOOP("", "Done"),
    "value": QT_TRANSLATE_NOOP("", "Score"),
    "next_review": QT_TRANSLATE_NOOP("", "Next review"),
    "release_date": QT_TRANSLATE_NOOP("", "Release date"),
    "establishment": QT_TRANSLATE_NOOP("", "Establishment"),
    "escalated_to": QT_TRANSLATE_NOOP("", "Escalated to"),
    "escalated_on": QT_TRANSLATE_NOOP("", "Escalated on"),
    "description": QT_TRANSLATE_NOOP("", "Description"),
    "relationship": QT_TRANSLATE_NOOP("", "Relationship"),
    "phone": QT_TRANSLATE_NOOP("", "Phone"),
    "address": QT_TRANSLATE_NOOP("", "Address"),
    "outcome": QT_TRANSLATE_NOOP("", "Outcome"),
    "recipient_id": QT_TRANSLATE_NOOP("", "Recipient"),
    "lawful_basis": QT_TRANSLATE_NOOP("", "Lawful basis"),
    "sent_at": QT_TRANSLATE_NOOP("", "Sent"),
    "sent_by": QT_TRANSLATE_NOOP("", "Sent by"),
    "template_name": QT_TRANSLATE_NOOP("", "Letter"),
    "language": QT_TRANSLATE_NOOP("", "Language for letters"),
    "language_note": QT_TRANSLATE_NOOP("", "Language note"),
}


def record_name(table: str) -> str:
    """What a record of ``table`` is called on screen."""
    return tr(RECORDS[table]) if table in RECORDS else table.replace("_", " ").rstrip("s").capitalize()


def field_name(field: str) -> str:
    """What a change to ``field`` is called on screen."""
    if field in FIELDS:
        return tr(FIELDS[field])
    words = field.removesuffix("_id").replace("_", " ")
    return words[:1].upper() + words[1:]
