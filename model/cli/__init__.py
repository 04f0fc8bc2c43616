"""The command line (``summitry COMMAND``): text and JSON renderings of what the window shows."""
