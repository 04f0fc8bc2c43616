"""``summitry db check`` and its repairs: finding what damage, old versions or separately imported files left
in a database, and mending it (date bounds, moved citations, the search index).

Above the other rooms: checking and repairing use the store, the importer's and exporter's record forms,
the cross-file checks and the search index alike.
"""
