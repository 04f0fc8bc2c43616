"""Bundled data files: the dataset, its JSON Schema, fonts and icons (read with importlib.resources)."""
