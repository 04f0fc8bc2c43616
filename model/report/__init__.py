"""Briefs and dossiers: what a printed report of records says (``content``), read (``gather``) and made (``briefs``)."""
