"""Who is using Summitry on this computer, as revisions, change notes and saved searches name a file's user."""

from __future__ import annotations

import getpass
import os


def os_author() -> str:
    """Who writes to a file: the operating system's user (as revisions name them)."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no user name in the environment nor in the password database
        return f"uid {os.getuid()}" if hasattr(os, "getuid") else "unknown"
