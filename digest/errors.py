"""Errors meant for people: each carries the file, the line where known, and what to do."""

from __future__ import annotations


class DigestError(Exception):
    """A problem with one input or entry, reported as one `path:line: message` line."""

    def __init__(self, path: str, message: str, line: int | None = None):
        super().__init__(message)
        self.path = str(path)
        self.message = message
        self.line = line

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


class RejectedInput(DigestError):
    """A raw dump that cannot be converted (empty, binary, too large, unreadable)."""


class WriteError(DigestError):
    """The output folder cannot take the entries (disk full, read-only, no permission)."""
