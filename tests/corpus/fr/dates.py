"""French dates as Le Monde, AFP, Le Figaro and franceinfo write them.

House styles: ``24 février 2022``, ``1er janvier 2025``, ``samedi 7 décembre 2024`` (weekday inside the span),
``5 févr. 2024``, ``mars 2023``, numeric day first (``14/02/2024``).

Spans: the article or preposition in front stays outside (``le 3 mars 2024`` → ``3 mars 2024``; ``la semaine
dernière`` → ``semaine dernière``; ``l'année dernière`` → ``année dernière``); ``il y a`` belongs to ``il y a trois
jours`` as ``ago`` does in English.
"""

from __future__ import annotations

from tests.corpus.spec import C, Ex

KINDS = ("date",)

EXAMPLES: list[Ex] = [
    # Full dates
    Ex(
        "La Russie a lancé l'invasion de l'Ukraine le 24 février 2022.",
        C("date", "24 février 2022", iso="2022-02-24", relative=False, granularity="day"),
    ),
    Ex(
        "Le second tour des élections législatives anticipées s'est tenu le 7 juillet 2024.",
        C("date", "7 juillet 2024", iso="2024-07-07", granularity="day"),
    ),
    Ex(
        "La cathédrale Notre-Dame de Paris a rouvert ses portes le samedi 7 décembre 2024.",
        C("date", "samedi 7 décembre 2024", iso="2024-12-07", granularity="day"),
        note="a weekday written with its date is one claim, weekday in the span",
    ),
    Ex(
        "Emmanuel Macron a été élu le 7 mai 2017 puis réélu le 24 avril 2022.",
        C("date", "7 mai 2017", iso="2017-05-07", granularity="day"),
        C("date", "24 avril 2022", iso="2022-04-24", granularity="day"),
    ),
    Ex(
        "Le rapport de la Cour des comptes, publié le 5 févr. 2024, recommande de fermer trois sites.",
        C("date", "5 févr. 2024", iso="2024-02-05", granularity="day"),
        note="abbreviated month with its dot",
    ),
    # Numeric, day first
    Ex(
        "Le décret, daté du 14/02/2024, fixe les nouvelles règles d'indemnisation.",
        C("date", "14/02/2024", iso="2024-02-14", granularity="day"),
    ),
    Ex(
        "Selon le procès-verbal du 23/11/2023, trois agents de sécurité étaient présents.",
        C("date", "23/11/2023", iso="2023-11-23", granularity="day"),
    ),
    # Month and year
    Ex(
        "Le taux de chômage est tombé à 7,1 % en mars 2023, selon l'Insee.",
        C("date", "mars 2023", iso="2023-03", granularity="month"),
    ),
    Ex(
        "Élisabeth Borne a quitté Matignon en janvier 2024.",
        C("date", "janvier 2024", iso="2024-01", granularity="month"),
    ),
    # Day and month without a year; a month alone
    Ex(
        "Le glissement de terrain s'est produit le 18 octobre, selon la préfecture de l'Isère.",
        C("date", "18 octobre", iso="XXXX-10-18", resolved="2024-10-18", relative=False, granularity="day"),
        reference_date="2024-10-25",
    ),
    Ex(
        "Les négociations entre la direction et les syndicats ont échoué le 22 décembre.",
        C("date", "22 décembre", iso="XXXX-12-22", resolved="2024-12-22", granularity="day"),
        reference_date="2025-01-08",
        note="the most recent 22 December before a January reference date is in the previous year",
    ),
    Ex(
        "Les ventes de logements neufs ont chuté de 20 % en août, selon la Fédération des promoteurs.",
        C("date", "août", iso="XXXX-08", resolved="2024-08", relative=False, granularity="month"),
        reference_date="2024-09-20",
    ),
    # Relative days
    Ex(
        "Le Premier ministre s'est rendu hier dans les communes des Alpes-Maritimes touchées par les inondations.",
        C("date", "hier", iso=None, resolved="2024-10-17", relative=True, granularity="day"),
        reference_date="2024-10-18",
    ),
    Ex(
        "Le CAC 40 a terminé en hausse de 0,8 % aujourd'hui, porté par le secteur du luxe.",
        C("date", "aujourd'hui", iso=None, resolved="2025-06-11", relative=True, granularity="day"),
        reference_date="2025-06-11",
    ),
    Ex(
        "Les agriculteurs bloqueront demain plusieurs autoroutes autour de Paris.",
        C("date", "demain", iso=None, resolved="2024-01-29", relative=True, granularity="day"),
        reference_date="2024-01-28",
    ),
    Ex(
        "Le suspect a été interpellé avant-hier dans les quartiers nord de Marseille.",
        C("date", "avant-hier", iso=None, resolved="2023-09-12", relative=True, granularity="day"),
        reference_date="2023-09-14",
    ),
    Ex(
        "Le navire de la Marine nationale a quitté le port de Brest il y a trois jours.",
        C("date", "il y a trois jours", iso=None, resolved="2024-03-30", relative=True, granularity="day"),
        reference_date="2024-04-02",
    ),
    # Weeks, months, years
    Ex(
        "Les prix du gazole ont reculé de 3 centimes la semaine dernière.",
        C("date", "semaine dernière", iso=None, resolved="2025-W10", relative=True, granularity="week"),
        reference_date="2025-03-12",
    ),
    Ex(
        "Le projet de loi sera examiné à l'Assemblée nationale la semaine prochaine.",
        C("date", "semaine prochaine", iso=None, resolved="2025-W04", relative=True, granularity="week"),
        reference_date="2025-01-15",
    ),
    Ex(
        "L'inflation a ralenti à 1,1 % le mois dernier, selon l'Insee.",
        C("date", "mois dernier", iso=None, resolved="2024-09", relative=True, granularity="month"),
        reference_date="2024-10-31",
    ),
    Ex(
        "La France a accueilli 100 millions de touristes étrangers l'année dernière.",
        C("date", "année dernière", iso=None, resolved="2023", relative=True, granularity="year"),
        reference_date="2024-05-15",
    ),
    Ex(
        "Le gouvernement table sur une croissance de 1 % cette année.",
        C("date", "cette année", iso=None, resolved="2024", relative=True, granularity="year"),
        reference_date="2024-02-20",
    ),
    Ex(
        "L'attentat contre la rédaction de Charlie Hebdo a eu lieu il y a dix ans.",
        C("date", "il y a dix ans", iso=None, resolved="2015", relative=True, granularity="year"),
        reference_date="2025-01-07",
    ),
    Ex(
        "Le déficit public a atteint 5,8 % du PIB l'an dernier, selon l'Insee.",
        C("date", "an dernier", iso=None, resolved="2024", relative=True, granularity="year"),
        reference_date="2025-03-27",
        note="not in dateparser data: 'l'an dernier' (only 'l'année dernière'), the usual AFP form",
    ),
]

NEGATIVES: list[str] = [
    "La sonde européenne doit être lancée vers Mars à bord d'une fusée Ariane 6.",
    "Le maire a indiqué que sept personnes avaient été blessées dans l'incendie.",
    "L'article 49.3 de la Constitution permet au gouvernement de faire adopter un texte sans vote.",
    "Le PSG s'est imposé 2-0 face à l'OM au Parc des Princes.",
    "Les syndicats ont été reçus à Matignon dans la matinée.",
]

GAPS: list[Ex] = [
    Ex(
        "Le nouveau barème de l'impôt sur le revenu s'applique depuis le 1er janvier 2025.",
        C("date", "1er janvier 2025", iso="2025-01-01", granularity="day"),
        note="gap: missing date '1er janvier 2025' (found date:'janvier 2025')",
    ),
    Ex(
        "Le jugement sera rendu le 12 novembre, a annoncé la présidente du tribunal.",
        C("date", "12 novembre", iso="XXXX-11-12", resolved="2025-11-12", granularity="day"),
        reference_date="2025-10-02",
        note="future tense: the next 12 November on or after the reference date",
    ),
]
