"""Casework: a family's case from referral to closure, with its people, assessments, plan and contacts.

Also the caseload and search queries for Today and the Caseload page (``casework``), the case page's
reads (``case_view``), safeguarding and consent, and the partner-agency directory.
"""
