"""Searching from the window: the search box and its recent and saved searches, the filter bar, the results
list, the background runner, the search language's help, the marks on matched words, and the controller that
keeps them in step. How search is placed in the window and drives the other panes is gui/window_search.py."""
