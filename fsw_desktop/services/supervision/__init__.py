"""Supervision: a worker desk's summary for its supervisor, its bundle, and the supervisor's team figures."""
