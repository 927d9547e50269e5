"""Portuguese dates as Lusa, Público, Folha de S.Paulo and Agência Brasil write them.

House styles: ``24 de fevereiro de 2022``, Brazilian ``1º de janeiro de 2023``, Portuguese ``a 10 de março de
2024``, ``segunda-feira, 28 de abril de 2025`` (weekday inside the span), ``abril de 2022``, numeric day first
(``19/09/2024``).

Spans: the preposition in front stays outside (``em 24 de fevereiro`` → ``24 de fevereiro``, ``a 10 de março``,
``na semana passada`` → ``semana passada``, ``no ano passado`` → ``ano passado``); ``há`` belongs to ``há 10 anos``
as ``ago`` does in English.
"""

from __future__ import annotations

from tests.corpus.spec import C, Ex

KINDS = ("date",)

EXAMPLES: list[Ex] = [
    # Full dates
    Ex(
        "A Rússia invadiu a Ucrânia em 24 de fevereiro de 2022.",
        C("date", "24 de fevereiro de 2022", iso="2022-02-24", relative=False, granularity="day"),
    ),
    Ex(
        "As eleições legislativas antecipadas realizaram-se a 10 de março de 2024.",
        C("date", "10 de março de 2024", iso="2024-03-10", granularity="day"),
        note="European Portuguese: 'a' before the date",
    ),
    Ex(
        "O apagão que deixou Portugal e Espanha sem eletricidade ocorreu na segunda-feira, 28 de abril de 2025.",
        C("date", "segunda-feira, 28 de abril de 2025", iso="2025-04-28", granularity="day"),
        note="a weekday written with its date is one claim, weekday in the span",
    ),
    Ex(
        "Apoiadores de Jair Bolsonaro invadiram as sedes dos três Poderes em 8 de janeiro de 2023.",
        C("date", "8 de janeiro de 2023", iso="2023-01-08", granularity="day"),
    ),
    Ex(
        "O julgamento começou a 6 de novembro de 2023 e terminou a 21 de março de 2024.",
        C("date", "6 de novembro de 2023", iso="2023-11-06", granularity="day"),
        C("date", "21 de março de 2024", iso="2024-03-21", granularity="day"),
    ),
    Ex(
        "Luiz Inácio Lula da Silva tomou posse pela terceira vez em 1º de janeiro de 2023.",
        C("date", "1º de janeiro de 2023", iso="2023-01-01", granularity="day"),
        note="not in dateparser data: the ordinal '1º' of Brazilian copy",
    ),
    # Numeric, day first
    Ex(
        "O despacho, datado de 19/09/2024, autoriza a retoma das obras no hospital.",
        C("date", "19/09/2024", iso="2024-09-19", granularity="day"),
    ),
    Ex(
        "Segundo o boletim de ocorrência de 27/06/2023, o carro foi levado por dois homens armados.",
        C("date", "27/06/2023", iso="2023-06-27", granularity="day"),
    ),
    # Month and year
    Ex(
        "A inflação oficial anual no Brasil chegou a 12,13% em abril de 2022, segundo o IBGE.",
        C("date", "abril de 2022", iso="2022-04", granularity="month"),
    ),
    Ex(
        "O Banco Central elevou a taxa Selic para 15% em junho de 2025.",
        C("date", "junho de 2025", iso="2025-06", granularity="month"),
    ),
    # Day and month without a year; a month alone
    Ex(
        "O incêndio começou a 15 de setembro e consumiu mais de 10 mil hectares no distrito de Aveiro.",
        C("date", "15 de setembro", iso="XXXX-09-15", resolved="2024-09-15", relative=False, granularity="day"),
        reference_date="2024-09-25",
    ),
    Ex(
        "As chuvas intensas começaram em 26 de dezembro, segundo a Defesa Civil.",
        C("date", "26 de dezembro", iso="XXXX-12-26", resolved="2024-12-26", granularity="day"),
        reference_date="2025-01-06",
        note="the most recent 26 December before a January reference date is in the previous year",
    ),
    Ex(
        "As exportações de soja bateram recorde em março, informou o Ministério da Agricultura.",
        C("date", "março", iso="XXXX-03", resolved="2025-03", relative=False, granularity="month"),
        reference_date="2025-04-07",
    ),
    # Relative days
    Ex(
        "O Presidente da República promulgou ontem o Orçamento do Estado.",
        C("date", "ontem", iso=None, resolved="2024-12-17", relative=True, granularity="day"),
        reference_date="2024-12-18",
    ),
    Ex(
        "O Ibovespa fechou hoje em alta de 1,5%, puxado pelas ações da Petrobras.",
        C("date", "hoje", iso=None, resolved="2024-08-14", relative=True, granularity="day"),
        reference_date="2024-08-14",
    ),
    Ex(
        "Os professores da rede estadual entram em greve amanhã.",
        C("date", "amanhã", iso=None, resolved="2023-05-10", relative=True, granularity="day"),
        reference_date="2023-05-09",
    ),
    Ex(
        "O suspeito foi detido anteontem pela Polícia Judiciária em Lisboa.",
        C("date", "anteontem", iso=None, resolved="2025-02-10", relative=True, granularity="day"),
        reference_date="2025-02-12",
    ),
    Ex(
        "O barco de pesca desapareceu há cinco dias ao largo da Nazaré.",
        C("date", "há cinco dias", iso=None, resolved="2024-11-02", relative=True, granularity="day"),
        reference_date="2024-11-07",
        note="not in dateparser data: number words beyond um/uma (cinco) in 'há cinco dias'",
    ),
    # Weeks, months, years
    Ex(
        "O preço da gasolina subiu 3% na semana passada.",
        C("date", "semana passada", iso=None, resolved="2024-W41", relative=True, granularity="week"),
        reference_date="2024-10-16",
    ),
    Ex(
        "A Câmara dos Deputados deve votar a reforma tributária na próxima semana.",
        C("date", "próxima semana", iso=None, resolved="2023-W27", relative=True, granularity="week"),
        reference_date="2023-06-28",
    ),
    Ex(
        "As vendas do comércio varejista caíram 0,4% no mês passado.",
        C("date", "mês passado", iso=None, resolved="2025-06", relative=True, granularity="month"),
        reference_date="2025-07-10",
    ),
    Ex(
        "Portugal recebeu 31 milhões de hóspedes no ano passado, um novo recorde.",
        C("date", "ano passado", iso=None, resolved="2024", relative=True, granularity="year"),
        reference_date="2025-02-14",
    ),
    Ex(
        "O governo prevê um crescimento de 2,5% do PIB este ano.",
        C("date", "este ano", iso=None, resolved="2025", relative=True, granularity="year"),
        reference_date="2025-03-20",
    ),
    Ex(
        "O salário mínimo nacional vai subir para 870 euros no próximo ano.",
        C("date", "próximo ano", iso=None, resolved="2025", relative=True, granularity="year"),
        reference_date="2024-10-10",
    ),
    Ex(
        "A barragem de Fundão, em Mariana, rompeu-se há 10 anos.",
        C("date", "há 10 anos", iso=None, resolved="2015", relative=True, granularity="year"),
        reference_date="2025-11-05",
    ),
]

NEGATIVES: list[str] = [
    "O tenista brasileiro venceu o primeiro set com facilidade.",
    "A orquestra interpretou a Quinta Sinfonia de Beethoven no Theatro Municipal.",
    "O artigo 5.º da Constituição garante a liberdade de expressão.",
    "O Flamengo venceu o Palmeiras por 2 a 1 no Maracanã.",
    "Milhares de pessoas participaram na manifestação no centro de Lisboa.",
]

GAPS: list[Ex] = [
    Ex(
        "O Supremo Tribunal Federal vai julgar o recurso em 2 de setembro.",
        C("date", "2 de setembro", iso="XXXX-09-02", resolved="2025-09-02", granularity="day"),
        reference_date="2025-08-20",
        note="future tense: the next 2 September on or after the reference date",
    ),
]
