"""``warm_up``: compile a language's patterns before the first document needs them.

Patterns are compiled lazily, per language, by ``functools.cache``-d builders in each kind module (about 1 s
per language). In a pool that cost lands on the first document each worker sees; a pool initializer, a Dask
worker plugin or a parent about to fork calls ``warm_up`` instead, so timing and memory are paid up front and
once. It reaches the builders the way a document does, by extracting a sample text that has every kind in it,
then compiles the date rules' combined patterns for every word a rule can start with, which a sample cannot
all reach (the scan tries a different combination of rules after each word).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from factcheck import context, speakers
from factcheck import lang as languages
from factcheck.api import extract_claims
from factcheck.kinds import dates, numeric, proportions

SAMPLES: dict[str, str] = {
    "id": ('Pada 24 Februari 2022 lalu, lebih dari 2.000 tentara dikirim dan anggaran Rp 3,2 triliun naik 18 persen '
           'selama tiga tahun terakhir, menurut kementerian. Ia menempati peringkat ketiga. "Kami siap," ujar '
           "Menteri Budi kemarin pukul 14.00 WIB."),
    "en": ('On February 24, 2022, more than 2,000 troops were sent and a $3.2 billion budget rose 18% over the past '
           'three years, according to the ministry. It ranked third. "We are ready," Minister Budi said yesterday '
           "at 2 p.m."),
    "ms": ('Pada 24 Februari 2022 lalu, lebih daripada 2,000 anggota tentera dihantar dan peruntukan RM3.2 bilion '
           'naik 18 peratus dalam tempoh tiga tahun lepas, menurut kementerian. Ia berada di tempat ketiga. '
           '"Kami bersedia," kata Menteri Budi semalam pada pukul 2 petang.'),
}
"""Per language, one paragraph with a date, figures, money, a percentage, a duration, an ordinal and a quote."""


def warm_up(langs: Iterable[str] | None = None) -> None:
    """Compile the patterns of ``langs`` (default: every supported language) in this process, now.

    Idempotent and cheap the second time. Call it in a pool's initializer, a Dask ``WorkerPlugin.setup`` or
    before forking workers, so the first documents are not slowed by compilation.
    """
    codes = list(languages.SUPPORTED if langs is None else langs)
    for code in codes:
        if code not in languages.SUPPORTED:
            raise ValueError(f"unsupported lang {code!r}; supported: {', '.join(languages.SUPPORTED)}")
    for code in codes:
        sample = SAMPLES.get(code)
        if sample is not None:
            extract_claims(sample, lang=code, reference_date=dt.date(2024, 7, 4))
        dates.compile_all(code)
        numeric.compile_all(code)
        proportions.compile_all(code)
        speakers.compile_all(code)
        context.compile_all(code)


__all__ = ["SAMPLES", "warm_up"]
