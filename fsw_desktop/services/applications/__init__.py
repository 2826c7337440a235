"""Prisoners' written applications: intake, deadlines in working days, responses and figures."""
