"""Errors that end a run with a clear one-line message (exit status 2), never a traceback."""

from __future__ import annotations


class InputError(Exception):
    """The input cannot be read as a notice: missing, unreadable, binary, undecodable, too large.

    `usage` marks a problem with the command line itself (an unknown encoding, say).
    """

    def __init__(self, message: str, *, usage: bool = False) -> None:
        super().__init__(message)
        self.message = message
        self.usage = usage

    def __str__(self) -> str:
        return self.message


class OutputError(Exception):
    """An output file cannot be written (missing folder, a directory in the way, no permission)."""
