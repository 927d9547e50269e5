"""The tables of movable holidays (``factcheck.lang.holidays``) and the rules that name them."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from factcheck import lang
from factcheck.kinds.dates.holidays import holiday_date, holiday_in_hijri_year, holiday_near
from factcheck.lang.holidays import HIJRI_FIRST, MOVABLE


@pytest.mark.parametrize("code", lang.SUPPORTED)
def test_every_table_a_language_names_exists(code: str) -> None:
    rules = {rule for rule in lang.get(code).holidays.values() if rule.startswith("@") and rule != "@"}
    assert {rule[1:] for rule in rules} <= set(MOVABLE)


@pytest.mark.parametrize("name", sorted(MOVABLE))
def test_tables_are_sorted(name: str) -> None:
    dates = MOVABLE[name]
    assert list(dates) == sorted(set(dates))


def test_a_year_outside_the_table_or_with_two_feasts_has_no_date() -> None:
    assert holiday_date("@id-eid-al-fitr", 2025) == dt.date(2025, 3, 31)
    assert holiday_date("@id-eid-al-fitr", 2000) is None  # 8 January and 27 December
    assert holiday_date("@id-eid-al-fitr", 2031) is None
    assert holiday_date("@", 2025) is None


def test_the_nearest_feast_is_picked_only_where_the_table_reaches() -> None:
    assert holiday_near("@id-eid-al-fitr", dt.date(2025, 10, 30), None) == dt.date(2025, 3, 31)
    assert holiday_near("@id-eid-al-fitr", dt.date(2025, 10, 30), None, lean=1) == dt.date(2026, 3, 21)
    assert holiday_near("@id-eid-al-fitr", dt.date(2026, 12, 30), 1) is None  # 2027 is not in the table
    assert holiday_near("@id-eid-al-fitr", dt.date(2027, 6, 1), None) is None  # nor the one before mid-2027


def test_a_year_the_table_skips_is_never_skipped_over() -> None:
    assert holiday_near("@lunar-new-year", dt.date(2026, 6, 1), None) == dt.date(2026, 2, 17)
    assert holiday_near("@lunar-new-year", dt.date(2027, 6, 1), None) is None  # Seollal 2027 is a day later
    assert holiday_near("@lunar-new-year", dt.date(2026, 6, 1), None, lean=1) is None


@pytest.mark.parametrize("name", sorted(HIJRI_FIRST))
def test_an_islamic_table_has_one_feast_a_hijri_year(name: str) -> None:
    dates = MOVABLE[name]
    assert all(353 <= (b - a).days <= 356 for a, b in itertools.pairwise(dates))  # twelve lunar months apart


def test_a_hijri_year_names_its_feast() -> None:
    assert holiday_in_hijri_year("@id-eid-al-fitr", 1446) == dt.date(2025, 3, 31)
    assert holiday_in_hijri_year("@id-eid-al-adha", 1446) == dt.date(2025, 6, 6)
    assert holiday_in_hijri_year("@id-hijri-new-year", 1447) == dt.date(2025, 6, 27)
    assert holiday_in_hijri_year("@my-eid-al-fitr", 1446) == dt.date(2025, 3, 31)
    assert holiday_in_hijri_year("@id-eid-al-fitr", 1460) is None
    assert holiday_in_hijri_year("@id-nyepi", 1446) is None
