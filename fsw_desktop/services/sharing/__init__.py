"""Sharing between desks: pairing (``peers``) and sync and handover bundles (``sync_service``)."""
