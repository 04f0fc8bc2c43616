"""Browsing the records: the forum/meeting tree and its model, the detail pane and the HTML it shows, the
source viewer, and the Back/Forward history."""
