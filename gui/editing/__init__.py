"""Curating in the window: record forms generated from the field map, New/Edit/Delete, undo, history, notes,
new sources and citing by selecting (issue 15). Everything is saved through :mod:`model.edits`."""
