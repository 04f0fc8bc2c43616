"""Summitry's core: database, records, dates, import and export. Never imports Qt."""

__version__ = "0.1.0"
