"""Dates of the movable holidays that no rule of ``factcheck.calendar`` computes, per year, with their sources.

A holiday name in a language's ``holidays`` table whose rule is ``@NAME`` resolves from ``MOVABLE[NAME]`` (see
``factcheck.lang.schema.dates.DateWords.holidays``). Easter and the feasts tied to it (Good Friday, Ascension)
are computed (the anonymous Gregorian computus, ``factcheck.kinds.dates.holidays.easter``) and need no table.

Each table lists every occurrence (the first day, as the country observes it) over a run of whole years; the run
is the table's coverage. A year outside it, or a year with two occurrences (the Islamic year is eleven days
shorter than the Gregorian one: Idul Fitri fell on 8 January and 27 December 2000), gives no date: the claim is
found and left unresolved, never guessed. Islamic feasts are set each year by the sighting of the new moon, so
their dates depend on the country: Indonesia's (sidang isbat of the Ministry of Religious Affairs, published in
the SKB on national holidays and cuti bersama) and Malaysia's (the Keeper of the Rulers' Seal, published in the
gazetted list of federal holidays, ``Hari Kelepasan Am``) differ in some years, and neither is the Umm al-Qura or
the tabular calendar. English news names no country, so English Eid, Diwali and Vesak stay unresolved.

Idul Fitri / Hari Raya Aidilfitri is a holiday of two days in Indonesia and Malaysia (1 and 2 Syawal): the name
means the feast, and resolves to its first day, 1 Syawal (``Idul Fitri 2025`` → 2025-03-31). The second day and
the cuti bersama around it are not a reading of the name.

Sources (checked against each other where they overlap; the dates were taken from the first):

- ``python-holidays`` 0.109 (vacanza/holidays, MIT licence): ``holidays.countries.indonesia`` and
  ``holidays.countries.malaysia``, only the years that module marks confirmed (not estimated). Indonesia: the
  Keppres and SKB lists of national holidays (the ``CONFIRMED_YEARS`` 1963–2026 of its Islamic and Chinese
  tables; its Waisak table ends in 2025; its Nyepi dates follow id.wikipedia's ``Indonesia dalam tahun …`` pages,
  which cite the SKB). Malaysia: the Prime Minister's Department's yearly ``Hari Kelepasan Am`` lists 2001–2027
  (kabinet.gov.my, ``hka_YYYY.pdf``), Thaipusam from 2011.
- The Chinese calendar (``chinese-new-year``): the first day of the first month, 2000–2035, from the same
  library's Chinese lunisolar table (``holidays.calendars.chinese``), the date of the feast in Indonesia (Imlek)
  and Malaysia alike; it agrees with both countries' confirmed lists (Malaysia 2001–2027; Indonesia 2003–2026,
  where four Sundays, 2006, 2007, 2010 and 2013, gave the day off on the Monday after: the feast stays on its
  day). ``lunar-new-year`` leaves out the years (2007, 2027, 2028, 2030) whose Korean (Seollal) or Vietnamese
  (Tết) new year falls on another day in that table: an English "Lunar New Year" names no calendar.

From 2002 to about 2006 Indonesia moved some feasts' days off to a Monday or a Friday (Isra Mikraj 1424 fell on
Wednesday 24 September 2003, the day off was Monday 22 September); the library's list holds those days off, two
days from the feast in places, so the Indonesian tables of Isra Mikraj, Maulid and Tahun Baru Islam start in 2007.

Not covered (found, unresolved): Indonesian Isra Mikraj, Maulid and Tahun Baru Islam
before 2007, Indonesian Islamic feasts and Nyepi after 2026 and Waisak after 2025 (no SKB yet),
Malaysian ones outside 2001–2027, Eid, Diwali and Vesak in English.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

_TABLES: dict[str, str] = {
    "id-eid-al-fitr": (
        "2000-01-08 2000-12-27 2001-12-16 2002-12-06 2003-11-25 2004-11-14 2005-11-03 2006-10-24 "
        "2007-10-13 2008-10-01 2009-09-20 2010-09-10 2011-08-30 2012-08-19 2013-08-08 2014-07-28 "
        "2015-07-17 2016-07-06 2017-06-25 2018-06-15 2019-06-05 2020-05-24 2021-05-13 2022-05-02 "
        "2023-04-22 2024-04-10 2025-03-31 2026-03-21"
    ),
    "my-eid-al-fitr": (
        "2001-12-17 2002-12-06 2003-11-26 2004-11-14 2005-11-03 2006-10-24 2007-10-13 2008-10-01 "
        "2009-09-20 2010-09-10 2011-08-31 2012-08-19 2013-08-08 2014-07-28 2015-07-17 2016-07-06 "
        "2017-06-25 2018-06-15 2019-06-05 2020-05-24 2021-05-13 2022-05-02 2023-04-22 2024-04-10 "
        "2025-03-31 2026-03-21 2027-03-10"
    ),
    "id-eid-al-adha": (
        "2000-03-16 2001-03-05 2002-02-23 2003-02-12 2004-02-02 2005-01-21 2006-01-10 2006-12-31 "
        "2007-12-20 2008-12-08 2009-11-27 2010-11-17 2011-11-06 2012-10-26 2013-10-15 2014-10-05 "
        "2015-09-24 2016-09-12 2017-09-01 2018-08-22 2019-08-11 2020-07-31 2021-07-20 2022-07-10 "
        "2023-06-29 2024-06-17 2025-06-06 2026-05-27"
    ),
    "my-eid-al-adha": (
        "2001-03-06 2002-02-23 2003-02-12 2004-02-02 2005-01-21 2006-01-10 2006-12-31 2007-12-20 "
        "2008-12-09 2009-11-28 2010-11-17 2011-11-07 2012-10-26 2013-10-15 2014-10-05 2015-09-24 "
        "2016-09-12 2017-09-01 2018-08-22 2019-08-11 2020-07-31 2021-07-20 2022-07-10 2023-06-29 "
        "2024-06-17 2025-06-07 2026-05-27 2027-05-17"
    ),
    "id-isra-miraj": (
        "2007-08-11 2008-07-30 2009-07-20 2010-07-10 2011-06-29 2012-06-17 2013-06-06 2014-05-27 "
        "2015-05-16 2016-05-06 2017-04-24 2018-04-14 2019-04-03 2020-03-22 2021-03-11 2022-02-28 "
        "2023-02-18 2024-02-08 2025-01-27 2026-01-16"
    ),
    "my-isra-miraj": (
        "2001-10-15 2002-10-04 2003-09-24 2004-09-12 2005-09-01 2006-08-22 2007-08-11 2008-07-31 "
        "2009-07-20 2010-07-09 2011-06-29 2012-06-17 2013-06-06 2014-05-27 2015-05-16 2016-05-05 "
        "2017-04-24 2018-04-14 2019-04-03 2020-03-22 2021-03-11 2022-03-01 2023-02-18 2024-02-08 "
        "2025-01-27 2026-01-17 2027-01-06 2027-12-26"
    ),
    "id-mawlid": (
        "2007-03-31 2008-03-20 2009-03-09 2010-02-26 2011-02-15 2012-02-05 2013-01-24 2014-01-14 "
        "2015-01-03 2015-12-24 2016-12-12 2017-12-01 2018-11-20 2019-11-09 2020-10-29 2021-10-20 "
        "2022-10-08 2023-09-28 2024-09-16 2025-09-05 2026-08-25"
    ),
    "my-mawlid": (
        "2001-06-04 2002-05-24 2003-05-14 2004-05-02 2005-04-21 2006-04-11 2007-03-31 2008-03-20 "
        "2009-03-09 2010-02-26 2011-02-16 2012-02-05 2013-01-24 2014-01-14 2015-01-03 2015-12-24 "
        "2016-12-12 2017-12-01 2018-11-20 2019-11-09 2020-10-29 2021-10-19 2022-10-10 2023-09-28 "
        "2024-09-16 2025-09-05 2026-08-25 2027-08-15"
    ),
    "id-hijri-new-year": (
        "2007-01-20 2008-01-10 2008-12-29 2009-12-18 2010-12-07 2011-11-27 2012-11-15 2013-11-05 "
        "2014-10-25 2015-10-14 2016-10-02 2017-09-21 2018-09-11 2019-09-01 2020-08-20 2021-08-11 "
        "2022-07-30 2023-07-19 2024-07-07 2025-06-27 2026-06-16"
    ),
    "my-hijri-new-year": (
        "2001-03-26 2002-03-15 2003-03-05 2004-02-22 2005-02-10 2006-01-31 2007-01-20 2008-01-10 "
        "2008-12-29 2009-12-18 2010-12-08 2011-11-27 2012-11-15 2013-11-05 2014-10-25 2015-10-14 "
        "2016-10-02 2017-09-22 2018-09-11 2019-09-01 2020-08-20 2021-08-10 2022-07-30 2023-07-19 "
        "2024-07-07 2025-06-27 2026-06-17 2027-06-06"
    ),
    "id-vesak": (
        "2000-05-18 2001-05-07 2002-05-26 2003-05-16 2004-06-03 2005-05-24 2006-05-13 2007-06-01 "
        "2008-05-20 2009-05-09 2010-05-28 2011-05-17 2012-05-06 2013-05-25 2014-05-15 2015-06-02 "
        "2016-05-22 2017-05-11 2018-05-29 2019-05-19 2020-05-07 2021-05-26 2022-05-16 2023-06-04 "
        "2024-05-23 2025-05-12"
    ),
    "my-vesak": (
        "2001-05-07 2002-05-27 2003-05-15 2004-05-03 2005-05-22 2006-05-12 2007-05-01 2008-05-19 "
        "2009-05-09 2010-05-28 2011-05-17 2012-05-05 2013-05-24 2014-05-13 2015-05-03 2016-05-21 "
        "2017-05-10 2018-05-29 2019-05-19 2020-05-07 2021-05-26 2022-05-15 2023-05-04 2024-05-22 "
        "2025-05-12 2026-05-31 2027-05-20"
    ),
    "id-nyepi": (
        "2000-04-04 2001-03-25 2002-04-13 2003-04-02 2004-03-22 2005-03-11 2006-03-30 2007-03-19 "
        "2008-03-07 2009-03-26 2010-03-16 2011-03-05 2012-03-23 2013-03-12 2014-03-31 2015-03-21 "
        "2016-03-09 2017-03-28 2018-03-17 2019-03-07 2020-03-25 2021-03-14 2022-03-03 2023-03-22 "
        "2024-03-11 2025-03-29 2026-03-19"
    ),
    "chinese-new-year": (
        "2000-02-05 2001-01-24 2002-02-12 2003-02-01 2004-01-22 2005-02-09 2006-01-29 2007-02-18 "
        "2008-02-07 2009-01-26 2010-02-14 2011-02-03 2012-01-23 2013-02-10 2014-01-31 2015-02-19 "
        "2016-02-08 2017-01-28 2018-02-16 2019-02-05 2020-01-25 2021-02-12 2022-02-01 2023-01-22 "
        "2024-02-10 2025-01-29 2026-02-17 2027-02-06 2028-01-26 2029-02-13 2030-02-03 2031-01-23 "
        "2032-02-11 2033-01-31 2034-02-19 2035-02-08"
    ),
    "lunar-new-year": (
        "2000-02-05 2001-01-24 2002-02-12 2003-02-01 2004-01-22 2005-02-09 2006-01-29 2008-02-07 "
        "2009-01-26 2010-02-14 2011-02-03 2012-01-23 2013-02-10 2014-01-31 2015-02-19 2016-02-08 "
        "2017-01-28 2018-02-16 2019-02-05 2020-01-25 2021-02-12 2022-02-01 2023-01-22 2024-02-10 "
        "2025-01-29 2026-02-17 2029-02-13 2031-01-23 2032-02-11 2033-01-31 2034-02-19 2035-02-08"
    ),
    "my-deepavali": (
        "2001-11-14 2002-11-03 2003-10-23 2004-11-11 2005-11-01 2006-10-21 2007-11-08 2008-10-27 "
        "2009-10-17 2010-11-05 2011-10-26 2012-11-13 2013-11-02 2014-10-22 2015-11-10 2016-10-29 "
        "2017-10-18 2018-11-06 2019-10-27 2020-11-14 2021-11-04 2022-10-24 2023-11-12 2024-10-31 "
        "2025-10-20 2026-11-08 2027-10-28"
    ),
    "my-thaipusam": (
        "2011-01-20 2012-02-07 2013-01-27 2014-01-17 2015-02-03 2016-01-24 2017-02-09 2018-01-31 "
        "2019-01-21 2020-02-08 2021-01-28 2022-01-18 2023-02-05 2024-01-25 2025-02-11 2026-02-01 "
        "2027-01-22"
    ),
}

MOVABLE: Mapping[str, tuple[dt.date, ...]] = {
    name: tuple(dt.date.fromisoformat(day) for day in days.split()) for name, days in _TABLES.items()
}
"""Each movable holiday's occurrences, in order: the name a language's ``holidays`` rule ``@NAME`` refers to."""

HIJRI_FIRST: Mapping[str, int] = {
    "id-eid-al-fitr": 1420, "my-eid-al-fitr": 1422, "id-eid-al-adha": 1420, "my-eid-al-adha": 1421,
    "id-isra-miraj": 1428, "my-isra-miraj": 1422, "id-mawlid": 1428, "my-mawlid": 1422,
    "id-hijri-new-year": 1428, "my-hijri-new-year": 1422,
}
"""The Hijri year of each Islamic table's first occurrence (1 Syawal 1420 was 8 January 2000); each later one is
a year on, so ``Idul Fitri 1446 H`` is the 27th: 31 March 2025."""
