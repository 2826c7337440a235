"""The desk itself: its profile and keys, settings, the editable lists, drafts, sessions and saved files.

Everything else in services stands on this folder: ``session`` opens the one kind of change-tracked
session, ``vocab`` holds the fixed lists, ``files`` is the one way to save a file a worker asked for,
``dates`` the one way a date reads on screen and in messages ("04 Dec 2026").
"""
