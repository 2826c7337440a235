"""Letters and slips on paper for families and prisoners: templates with merge fields, and letters printed.

``fields`` knows the merge fields ({recipient_name}, {visit_date}...), checks a template's
text and renders it to plain, escaped HTML; ``templates`` holds the kinds, the shipped
defaults and the templates a worker edits (File > Edit lists); ``letters`` gathers what a
letter from a booking, a family-day place or a case may say, chooses who may receive it
(do-not-disclose people never appear in a letter to anyone else; the address used is
checked against contact restrictions) and records a letter as sent, with its lawful basis,
in the case's history and the audit trail. The letter's text stays in this desk's database.

``language`` holds the languages a letter goes out in (the recipient's preferred language picks the
default: Welsh for someone who prefers it; a bilingual letter is Welsh first, then English) and the
Welsh day and month names its dates use, without Qt; ``slips`` writes an application's response
slip in the prisoner's language.
"""
