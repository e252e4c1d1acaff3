"""Linking claims across entries: the claim index and the agree / conflict / related verdicts."""
