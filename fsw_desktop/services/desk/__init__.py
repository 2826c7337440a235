"""The desk itself: its profile and keys, settings, the editable lists, drafts, sessions and saved files.

Everything else in services stands on this folder: ``session`` opens the one kind of change-tracked
session, ``vocab`` holds the fixed lists, ``files`` is the one way to save a file a worker asked for.
"""
