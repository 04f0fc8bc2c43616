"""Data files in and out: reading and checking JSON and YAML files, importing them, exporting the interchange
format, the checks that span files, and the dataset bundled with the app."""
