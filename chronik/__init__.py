"""chronik: turn news pages about a conflict into one annotated, cross-source chronology."""

__version__ = "0.1.0"
