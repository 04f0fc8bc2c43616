"""What the window reads besides one record: tree pages and counts, the timeline's events, saved searches."""
