"""Extracting facts from cleaned text: metadata, structure, entities, claims, stories."""
