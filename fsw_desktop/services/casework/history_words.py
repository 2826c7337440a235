"""The change history in a worker's words: "Onward referral O-KTHME", "Result", never a table or column name.

The change log is kept in the database's own terms (tables, columns, JSON values) because sync merges
on them; a person reading a case's history needs what changed, from what to what. Unknown names fall
back to the column name with spaces, so a new field still reads sensibly before it has a label here.
"""

from __future__ import annotations

RECORDS = {
    "cases": "Case", "people": "Person", "contacts": "Contact", "assessments": "Assessment", "scores": "Score",
    "needs": "Need", "goals": "Goal", "tasks": "Task", "onward_referrals": "Onward referral",
    "concerns": "Safeguarding concern", "consents": "Consent", "restrictions": "Contact restriction",
    "applications": "Application", "application_events": "Application step", "bookings": "Visit booking",
    "booking_visitors": "Visitor on a booking", "booking_flags": "Flag on a booking",
    "family_day_requests": "Family day place", "family_day_attendees": "Family day attendee",
    "travel_claims": "Travel claim", "agencies": "Agency", "letters": "Letter",
    "letter_templates": "Letter template",
}

FIELDS = {
    "*": "Created", "created": "Created", "deleted": "Deleted", "on": "Date", "at": "Time", "kind": "Kind",
    "given_name": "First name", "family_name": "Family name", "date_of_birth": "Date of birth",
    "prison_number": "Prison number", "is_prisoner": "Prisoner", "do_not_disclose": "Do not disclose",
    "agency_id": "Agency", "case_id": "Case", "person_id": "Person", "lead_person_id": "Lead contact",
    "minutes": "Duration (minutes)", "note": "Note", "notes": "Notes", "result": "Result", "reason": "Reason",
    "stage": "Stage", "status": "Status", "due": "Due", "done": "Done", "value": "Score",
    "next_review": "Next review", "release_date": "Release date", "establishment": "Establishment",
    "escalated_to": "Escalated to", "escalated_on": "Escalated on", "description": "Description",
    "relationship": "Relationship", "phone": "Phone", "address": "Address", "outcome": "Outcome",
    "recipient_id": "Recipient", "lawful_basis": "Lawful basis", "sent_at": "Sent", "sent_by": "Sent by",
    "template_name": "Letter", "language": "Language for letters", "language_note": "Language note",
}


def record_name(table: str) -> str:
    """What a record of ``table`` is called on screen."""
    return RECORDS.get(table, table.replace("_", " ").rstrip("s").capitalize())


def field_name(field: str) -> str:
    """What a change to ``field`` is called on screen."""
    if field in FIELDS:
        return FIELDS[field]
    words = field.removesuffix("_id").replace("_", " ")
    return words[:1].upper() + words[1:]
