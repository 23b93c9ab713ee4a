"""Errors that end a run with a clear one-line message (exit status 2), never a traceback."""

from __future__ import annotations

import threading


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


class Terminated(KeyboardInterrupt):
    """SIGTERM: the same clean-up as Ctrl-C, a different exit status (128 + 15)."""


# Set by the command line's SIGTERM handler, which also raises Terminated. The flag is the safety net:
# Python reports and drops an exception a signal handler raises while a finalizer runs (a generator the
# garbage collector closes, in a long parse), and the run would go on and replace its output.
termination = threading.Event()


def stop_if_terminated() -> None:
    """Raise Terminated when a SIGTERM came, even one whose exception was dropped: called before an output
    file is replaced and when a command's work is done."""
    if termination.is_set():
        raise Terminated
