"""Exports for other programs: spreadsheet rows (CSV) and calendar events (ICS), from one flat view of records."""
