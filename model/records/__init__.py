"""What a record is: the one view of a record every output renders (``views``), and how it is read."""
