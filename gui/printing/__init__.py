"""Briefs and dossiers on paper: the PDF export and its HTML, File ▸ Export to PDF…, Print… and Print Preview…,
and ``summitry export -o FILE.pdf`` on the command line. (The bundled fonts, which the detail pane uses too,
are gui/fonts.py.)"""
