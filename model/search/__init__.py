"""The search language: parse (``parser``), render to SQL (``sql``, ``fields``) and run (``engine``).

Kept free of imports so the window can read the grammar (``parser``) before SQLAlchemy is loaded.
"""
