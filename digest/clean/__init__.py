"""Cleaning page text: mojibake repair and boilerplate removal."""
