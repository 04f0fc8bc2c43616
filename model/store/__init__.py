"""The store: opening, checking and upgrading a database file; connections and read snapshots; the schema;
backups, restore and the single-instance lock.

Kept free of imports: the window's shell imports ``model.store.location`` before its first paint.
"""
