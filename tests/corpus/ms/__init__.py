"""Malay corpora: numeric kinds, dates and durations, quotes."""
