"""What a record is and how it reads: the detail pane's view of a record (``details``) and its statements."""
