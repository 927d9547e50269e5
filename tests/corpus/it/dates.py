"""Italian dates as ANSA, Corriere della Sera, la Repubblica and Il Sole 24 Ore write them.

House styles: ``24 febbraio 2022``, ``1° gennaio 2025``, ``sabato 22 ottobre 2022`` (weekday inside the span),
``ottobre 2022``, numeric day first (``16/05/2024``).

Spans: the article or preposition in front stays outside (``il 24 febbraio`` → ``24 febbraio``, ``a ottobre 2022``
→ ``ottobre 2022``, ``la settimana scorsa`` → ``settimana scorsa``, ``l'altro ieri`` → ``altro ieri``); ``fa``
belongs to ``15 anni fa`` as ``ago`` does in English.
"""

from __future__ import annotations

from tests.corpus.spec import C, Ex

KINDS = ("date",)

EXAMPLES: list[Ex] = [
    # Full dates
    Ex(
        "La Russia ha invaso l'Ucraina il 24 febbraio 2022.",
        C("date", "24 febbraio 2022", iso="2022-02-24", relative=False, granularity="day"),
    ),
    Ex(
        "Le elezioni politiche anticipate si sono svolte il 25 settembre 2022.",
        C("date", "25 settembre 2022", iso="2022-09-25", granularity="day"),
    ),
    Ex(
        "Giorgia Meloni ha giurato al Quirinale sabato 22 ottobre 2022 insieme ai ministri del suo governo.",
        C("date", "sabato 22 ottobre 2022", iso="2022-10-22", granularity="day"),
        note="a weekday written with its date is one claim, weekday in the span",
    ),
    Ex(
        "Papa Francesco è morto il 21 aprile 2025 nella sua residenza di Casa Santa Marta.",
        C("date", "21 aprile 2025", iso="2025-04-21", granularity="day"),
    ),
    Ex(
        "Il processo è iniziato il 12 gennaio 2024 e la sentenza è arrivata il 30 maggio 2024.",
        C("date", "12 gennaio 2024", iso="2024-01-12", granularity="day"),
        C("date", "30 maggio 2024", iso="2024-05-30", granularity="day"),
    ),
    Ex(
        "Le nuove aliquote Irpef sono in vigore dal 1° gennaio 2025.",
        C("date", "1° gennaio 2025", iso="2025-01-01", granularity="day"),
        note="ordinal degree sign on the first of the month",
    ),
    # Numeric, day first
    Ex(
        "Il decreto del 16/05/2024 stabilisce i nuovi limiti per le emissioni.",
        C("date", "16/05/2024", iso="2024-05-16", granularity="day"),
    ),
    Ex(
        "Secondo il verbale del 29/11/2023, gli agenti erano intervenuti su segnalazione dei vicini.",
        C("date", "29/11/2023", iso="2023-11-29", granularity="day"),
    ),
    # Month and year
    Ex(
        "L'inflazione ha toccato l'11,8% a ottobre 2022, secondo l'Istat.",
        C("date", "ottobre 2022", iso="2022-10", granularity="month"),
    ),
    Ex(
        "L'alluvione in Emilia-Romagna del maggio 2023 ha causato 17 vittime.",
        C("date", "maggio 2023", iso="2023-05", granularity="month"),
    ),
    # Day and month without a year; a month alone
    Ex(
        "La frana si è staccata il 14 novembre, secondo la Protezione civile.",
        C("date", "14 novembre", iso="XXXX-11-14", resolved="2024-11-14", relative=False, granularity="day"),
        reference_date="2024-11-20",
    ),
    Ex(
        "Lo sciopero nazionale dei trasporti si è svolto il 13 dicembre con un'adesione del 70%.",
        C("date", "13 dicembre", iso="XXXX-12-13", resolved="2024-12-13", granularity="day"),
        reference_date="2025-01-05",
        note="the most recent 13 December before a January reference date is in the previous year",
    ),
    Ex(
        "La produzione industriale è calata dello 0,9% a luglio, secondo l'Istat.",
        C("date", "luglio", iso="XXXX-07", resolved="2024-07", relative=False, granularity="month"),
        reference_date="2024-09-10",
    ),
    # Relative days
    Ex(
        "Il presidente della Repubblica ha firmato ieri il decreto sulla sicurezza.",
        C("date", "ieri", iso=None, resolved="2025-03-25", relative=True, granularity="day"),
        reference_date="2025-03-26",
    ),
    Ex(
        "Piazza Affari ha chiuso oggi in rialzo dello 0,7%, trainata dalle banche.",
        C("date", "oggi", iso=None, resolved="2024-06-12", relative=True, granularity="day"),
        reference_date="2024-06-12",
    ),
    Ex(
        "I sindacati hanno confermato lo sciopero generale di domani.",
        C("date", "domani", iso=None, resolved="2024-11-29", relative=True, granularity="day"),
        reference_date="2024-11-28",
    ),
    Ex(
        "I due giovani sono stati arrestati l'altro ieri dai carabinieri di Napoli.",
        C("date", "altro ieri", iso=None, resolved="2023-07-10", relative=True, granularity="day"),
        reference_date="2023-07-12",
    ),
    Ex(
        "L'escursionista era scomparso 15 giorni fa sul Monte Rosa.",
        C("date", "15 giorni fa", iso=None, resolved="2024-08-06", relative=True, granularity="day"),
        reference_date="2024-08-21",
    ),
    # Weeks, months, years
    Ex(
        "Il prezzo del gas ad Amsterdam è sceso del 5% la settimana scorsa.",
        C("date", "settimana scorsa", iso=None, resolved="2024-W06", relative=True, granularity="week"),
        reference_date="2024-02-14",
    ),
    Ex(
        "Il decreto arriverà in Consiglio dei ministri la settimana prossima.",
        C("date", "settimana prossima", iso=None, resolved="2025-W22", relative=True, granularity="week"),
        reference_date="2025-05-21",
    ),
    Ex(
        "Le immatricolazioni di auto sono cresciute del 4% il mese scorso.",
        C("date", "mese scorso", iso=None, resolved="2024-04", relative=True, granularity="month"),
        reference_date="2024-05-03",
    ),
    Ex(
        "L'export italiano ha superato i 600 miliardi di euro l'anno scorso.",
        C("date", "anno scorso", iso=None, resolved="2023", relative=True, granularity="year"),
        reference_date="2024-02-15",
    ),
    Ex(
        "Il terremoto dell'Aquila avvenne 15 anni fa.",
        C("date", "15 anni fa", iso=None, resolved="2009", relative=True, granularity="year"),
        reference_date="2024-04-06",
    ),
    Ex(
        "Le esportazioni di vino sono cresciute del 6% lo scorso anno.",
        C("date", "scorso anno", iso=None, resolved="2024", relative=True, granularity="year"),
        reference_date="2025-03-04",
        note="not in dateparser data: 'lo scorso anno' (only 'anno scorso'), the usual ANSA form",
    ),
]

NEGATIVES: list[str] = [
    "Il Mar Tirreno ha raggiunto temperature record per la stagione.",
    "La nave è partita dal porto di Genova con 300 passeggeri a bordo.",
    "L'articolo 18 dello Statuto dei lavoratori è stato al centro del dibattito.",
    "Il Napoli ha battuto la Juventus 2-1 allo stadio Maradona.",
    "Il ministro ha incontrato i sindacati a Palazzo Chigi.",
]

GAPS: list[Ex] = [
    Ex(
        "Il Consiglio dei ministri esaminerà la manovra il 20 ottobre.",
        C("date", "20 ottobre", iso="XXXX-10-20", resolved="2025-10-20", granularity="day"),
        reference_date="2025-10-01",
        note="future tense: the next 20 October on or after the reference date",
    ),
    Ex(
        "Il governo stima una crescita del Pil dell'1% quest'anno.",
        C("date", "quest'anno", iso=None, resolved="2024", relative=True, granularity="year"),
        reference_date="2024-04-09",
        note='gap: missing date "quest\'anno"',
    ),
]
