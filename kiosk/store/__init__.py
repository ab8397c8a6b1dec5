"""The local SQLite store: the truth while offline."""
