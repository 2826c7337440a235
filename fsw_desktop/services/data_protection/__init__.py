"""Data protection: the audit trail, retention, subject access, rectification and erasure."""
