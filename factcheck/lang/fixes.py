"""Corrections to dateparser's data for date-only languages, each with the reason it is wrong for news.

``FIXES[code]`` maps ``LanguageData`` field names to what ``factcheck.lang.locales.date_only`` adds to the
tables it read from dateparser's data (a mapping or set is merged, a tuple appended, anything else replaces).
Each entry says why: a correction without a reason cannot be reviewed. ``idioms`` are phrases in which a date
word is no date (``por la mañana``, the morning): the claim finder skips them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

FIXES: Mapping[str, Mapping[str, Any]] = {
    "es": {
        # "mañana" is tomorrow, and after an article the morning: "por la mañana", "esta mañana"
        "idioms": ("la mañana", "esta mañana", "una mañana", "cada mañana", "toda la mañana"),
    },
    "de": {
        # "Morgen" after an article or "heute" is the morning, not tomorrow
        "idioms": ("am morgen", "heute morgen", "den morgen", "der morgen", "jeden morgen", "guten morgen"),
        # dateparser has "letzte Woche" but not "vergangene Woche", "im vergangenen Jahr", which news prefers
        "shift_before": {"vergangene": -1, "vergangenen": -1, "vergangenes": -1, "kommende": 1, "kommenden": 1,
                         "kommendes": 1},
    },
    "fr": {
        # "l'an dernier": dateparser lists "an" only inside "il y a … an", and unit words of two letters are dropped
        "time_units": {"an": "year"},
    },
    "it": {
        # dateparser has "anno scorso" but news writes "lo scorso anno", "la prossima settimana"
        "shift_before": {"scorso": -1, "scorsa": -1, "prossimo": 1, "prossima": 1},
        # "a luglio", "a marzo": Italian puts "a" before a month
        "year_cues": frozenset({"a", "nel", "dal", "dall'", "entro"}),
    },
    # "år" (year) has two letters, and two-letter unit forms are dropped as abbreviations elsewhere ("mo", "hr")
    "sv": {"time_units": {"år": "year"}},
    "da": {"time_units": {"år": "year"}},
    "nb": {"time_units": {"år": "year"}},
}
