"""A caseload in and out as a spreadsheet: the template, reading a file safely, dry run, import and export."""
