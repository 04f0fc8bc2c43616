"""Summitry's desktop interface (PySide6). Reaches the database only through ``model``."""
