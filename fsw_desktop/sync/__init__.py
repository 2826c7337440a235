"""Identities, clocks, bundles and merge: how desks share records without a network."""
