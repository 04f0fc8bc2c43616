"""Words for search, in any language: how text is cut into words and each word reduced to the form the
full-text index holds (folded, stemmed, lemmatised), the same for every backend and every reader.

Pure Python and no database, below the store, so that the store's upgrade steps and backends can prepare
the index's text with the very function that the search uses.
"""
