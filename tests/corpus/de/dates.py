"""German dates as Der Spiegel, dpa, FAZ, Süddeutsche Zeitung and APA (Austria) write them.

House styles: ``24. Februar 2022`` (ordinal dot on the day), ``Dienstag, 6. Mai 2025`` (weekday inside the span),
``12. Okt. 2023``, Austrian ``Jänner``, ``Oktober 2022``, numeric day first with dots (``24.02.2023``).

Spans: the preposition in front stays outside (``am 3. März 2024`` → ``3. März 2024``; ``im Oktober 2022`` →
``Oktober 2022``; ``im vergangenen Jahr`` → ``vergangenen Jahr``); ``vor`` belongs to ``vor drei Tagen`` as ``ago``
does in English.
"""

from __future__ import annotations

from tests.corpus.spec import C, Ex

KINDS = ("date",)

EXAMPLES: list[Ex] = [
    # Full dates
    Ex(
        "Russland hat am 24. Februar 2022 die Ukraine überfallen.",
        C("date", "24. Februar 2022", iso="2022-02-24", relative=False, granularity="day"),
    ),
    Ex(
        "Die vorgezogene Bundestagswahl fand am 23. Februar 2025 statt.",
        C("date", "23. Februar 2025", iso="2025-02-23", granularity="day"),
    ),
    Ex(
        "Der Bundestag wählte Friedrich Merz am Dienstag, 6. Mai 2025, im zweiten Wahlgang zum Kanzler.",
        C("date", "Dienstag, 6. Mai 2025", iso="2025-05-06", granularity="day"),
        note="a weekday written with its date is one claim, weekday in the span",
    ),
    Ex(
        "Die Ampel-Koalition zerbrach am 6. November 2024 nach der Entlassung des Finanzministers.",
        C("date", "6. November 2024", iso="2024-11-06", granularity="day"),
    ),
    Ex(
        "Das Deutschlandticket wurde am 1. Mai 2023 eingeführt und ist seit dem 1. Januar 2025 teurer.",
        C("date", "1. Mai 2023", iso="2023-05-01", granularity="day"),
        C("date", "1. Januar 2025", iso="2025-01-01", granularity="day"),
    ),
    Ex(
        "Das Urteil des Landgerichts vom 12. Okt. 2023 ist inzwischen rechtskräftig.",
        C("date", "12. Okt. 2023", iso="2023-10-12", granularity="day"),
        note="abbreviated month with its dot",
    ),
    # Numeric, day first
    Ex(
        "Laut Bescheid vom 24.02.2023 muss der Konzern 1,2 Millionen Euro nachzahlen.",
        C("date", "24.02.2023", iso="2023-02-24", granularity="day"),
    ),
    Ex(
        "Der Haftbefehl wurde am 17.10.2024 vom Amtsgericht München erlassen.",
        C("date", "17.10.2024", iso="2024-10-17", granularity="day"),
    ),
    # Month and year
    Ex(
        "Die Inflationsrate erreichte im Oktober 2022 mit 8,8 Prozent ihren Höchststand.",
        C("date", "Oktober 2022", iso="2022-10", granularity="month"),
    ),
    Ex(
        "Die Teuerung in Österreich lag im Jänner 2024 bei 4,5 Prozent, teilte die Statistik Austria mit.",
        C("date", "Jänner 2024", iso="2024-01", granularity="month"),
        note="Austrian month name (APA)",
    ),
    # Day and month without a year; a month alone
    Ex(
        "Das Hochwasser erreichte am 3. Juni seinen Höchststand in Passau.",
        C("date", "3. Juni", iso="XXXX-06-03", resolved="2024-06-03", relative=False, granularity="day"),
        reference_date="2024-06-10",
    ),
    Ex(
        "Der Anschlag auf den Weihnachtsmarkt in Magdeburg ereignete sich am 20. Dezember.",
        C("date", "20. Dezember", iso="XXXX-12-20", resolved="2024-12-20", granularity="day"),
        reference_date="2025-01-09",
        note="the most recent 20 December before a January reference date is in the previous year",
    ),
    Ex(
        "Die Zahl der Arbeitslosen stieg im August auf knapp drei Millionen.",
        C("date", "August", iso="XXXX-08", resolved="2025-08", relative=False, granularity="month"),
        reference_date="2025-09-02",
    ),
    # Relative days
    Ex(
        "Der Bundeskanzler telefonierte gestern mit dem französischen Präsidenten.",
        C("date", "gestern", iso=None, resolved="2025-05-14", relative=True, granularity="day"),
        reference_date="2025-05-15",
    ),
    Ex(
        "Der DAX schloss heute mit einem Plus von 1,3 Prozent.",
        C("date", "heute", iso=None, resolved="2024-11-06", relative=True, granularity="day"),
        reference_date="2024-11-06",
    ),
    Ex(
        "Die Lokführergewerkschaft GDL will morgen erneut streiken.",
        C("date", "morgen", iso=None, resolved="2024-03-07", relative=True, granularity="day"),
        reference_date="2024-03-06",
    ),
    Ex(
        "Die Polizei hatte den Tatverdächtigen bereits vorgestern festgenommen.",
        C("date", "vorgestern", iso=None, resolved="2023-08-15", relative=True, granularity="day"),
        reference_date="2023-08-17",
    ),
    Ex(
        "Der Bergsteiger war vor drei Tagen zu einer Tour im Wettersteingebirge aufgebrochen.",
        C("date", "vor drei Tagen", iso=None, resolved="2024-08-09", relative=True, granularity="day"),
        reference_date="2024-08-12",
    ),
    # Weeks, months, years
    Ex(
        "Die Spritpreise sind letzte Woche deutlich gesunken, teilte der ADAC mit.",
        C("date", "letzte Woche", iso=None, resolved="2024-W37", relative=True, granularity="week"),
        reference_date="2024-09-18",
    ),
    Ex(
        "Das Kabinett hatte den Gesetzentwurf vergangene Woche beschlossen.",
        C("date", "vergangene Woche", iso=None, resolved="2025-W27", relative=True, granularity="week"),
        reference_date="2025-07-09",
        note="not in dateparser data: 'vergangene Woche' (only 'letzte Woche'), the usual dpa form",
    ),
    Ex(
        "Der Bundesrat soll nächste Woche über das Heizungsgesetz abstimmen.",
        C("date", "nächste Woche", iso=None, resolved="2023-W27", relative=True, granularity="week"),
        reference_date="2023-06-28",
    ),
    Ex(
        "Die deutschen Exporte sind letzten Monat um 2,1 Prozent gesunken.",
        C("date", "letzten Monat", iso=None, resolved="2024-03", relative=True, granularity="month"),
        reference_date="2024-04-09",
    ),
    Ex(
        "Deutschland hat letztes Jahr mehr als die Hälfte seines Stroms aus erneuerbaren Quellen erzeugt.",
        C("date", "letztes Jahr", iso=None, resolved="2023", relative=True, granularity="year"),
        reference_date="2024-01-03",
    ),
    Ex(
        "Die Bundesregierung erwartet dieses Jahr ein Wachstum von 0,3 Prozent.",
        C("date", "dieses Jahr", iso=None, resolved="2025", relative=True, granularity="year"),
        reference_date="2025-04-24",
    ),
    Ex(
        "Die große Fluchtbewegung über die Balkanroute begann vor zehn Jahren.",
        C("date", "vor zehn Jahren", iso=None, resolved="2015", relative=True, granularity="year"),
        reference_date="2025-09-05",
    ),
    Ex(
        "Die Zahl der Firmenpleiten stieg im vergangenen Jahr um 22 Prozent.",
        C("date", "vergangenen Jahr", iso=None, resolved="2023", relative=True, granularity="year"),
        reference_date="2024-03-12",
        note="not in dateparser data: 'im vergangenen Jahr' (only 'letztes Jahr'), the usual dpa form",
    ),
]

NEGATIVES: list[str] = [
    "So schnell wie möglich soll die Brücke wieder für den Verkehr freigegeben werden.",
    "Der Schauspieler August Diehl erhielt den Preis für seine Rolle in dem Kriegsdrama.",
    "Die Wissenschaftsjournalistin Mai Thi Nguyen-Kim moderiert eine neue Sendung im ZDF.",
    "Am Morgen kam es auf der A8 bei Augsburg zu einem schweren Unfall.",
    "Bayern München gewann das Spitzenspiel gegen Borussia Dortmund mit 3:1.",
]

GAPS: list[Ex] = [
    Ex(
        "Die Tarifverhandlungen für den öffentlichen Dienst werden am 14. März fortgesetzt.",
        C("date", "14. März", iso="XXXX-03-14", resolved="2025-03-14", granularity="day"),
        reference_date="2025-02-20",
        note="future tense: the next 14 March on or after the reference date",
    ),
]
