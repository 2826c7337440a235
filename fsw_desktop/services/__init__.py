"""Domain rules and queries, pure Python over a Session. No Qt here."""
