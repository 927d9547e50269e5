"""Units of measure for comparison: each canonical symbol the extractor writes, mapped to pint explicitly.

pint (https://pint.readthedocs.io) converts within a dimension and refuses across dimensions. Its defaults are
not news defaults, so no unit name is left to its parser: every symbol below says which of pint's units it is.
``t`` is the metric tonne (Indonesian ``ton``, British ``tonne``), never pint's ``ton`` (the US short ton);
``gal`` is the US gallon, the one US copy means; ``kuintal`` and ``ons`` are the Indonesian 100 kg and 100 g.

pint loads its unit definitions in about half a second, so the registry is built on the first conversion, never
on ``import factcheck``.
"""

from __future__ import annotations

from decimal import Decimal, localcontext
from functools import cache
from typing import Any, NamedTuple

from factcheck.numbers import exact


class Unit(NamedTuple):
    pint: str
    """pint's name for the unit (an expression of its unit names only)."""
    dimension: str
    """What it measures, as a reader names it."""
    factor: Decimal = Decimal(1)
    """How many of ``pint`` one of ours is (the Indonesian ``kuintal`` is 100 kilogram)."""


def _units(table: dict[str, tuple[str, str] | tuple[str, str, str]]) -> dict[str, Unit]:
    return {symbol: Unit(row[0], row[1], Decimal(row[2]) if len(row) == 3 else Decimal(1))
            for symbol, row in table.items()}


UNITS: dict[str, Unit] = _units({
    "m": ("meter", "length"), "km": ("kilometer", "length"), "cm": ("centimeter", "length"),
    "mm": ("millimeter", "length"), "mi": ("mile", "length"), "ft": ("foot", "length"), "yd": ("yard", "length"),
    "in": ("inch", "length"), "mdpl": ("meter", "length"),
    "kg": ("kilogram", "mass"), "g": ("gram", "mass"), "mg": ("milligram", "mass"), "µg": ("microgram", "mass"),
    "t": ("metric_ton", "mass"), "lb": ("pound", "mass"), "oz": ("ounce", "mass"),
    "kuintal": ("kilogram", "mass", "100"), "ons": ("gram", "mass", "100"),
    "km/h": ("kilometer / hour", "speed"), "mph": ("mile / hour", "speed"), "m/s": ("meter / second", "speed"),
    "knot": ("knot", "speed"),
    "°C": ("degree_Celsius", "temperature"), "°F": ("degree_Fahrenheit", "temperature"),
    "ha": ("hectare", "area"), "are": ("are", "area"), "acre": ("acre", "area"), "m2": ("meter ** 2", "area"),
    "km2": ("kilometer ** 2", "area"), "mi2": ("mile ** 2", "area"), "ft2": ("foot ** 2", "area"),
    "l": ("liter", "volume"), "ml": ("milliliter", "volume"), "hl": ("hectoliter", "volume"),
    "m3": ("meter ** 3", "volume"), "ft3": ("foot ** 3", "volume"), "gal": ("gallon", "volume"),
    "bbl": ("oil_barrel", "volume"), "cup": ("cup", "volume"), "tsp": ("teaspoon", "volume"),
    "bcf": ("foot ** 3", "volume", "1e9"),
    "bbl/d": ("oil_barrel / day", "flow"), "ft3/d": ("foot ** 3 / day", "flow"),
    "W": ("watt", "power"), "kW": ("kilowatt", "power"), "MW": ("megawatt", "power"), "GW": ("gigawatt", "power"),
    "MWp": ("megawatt", "power"),
    "kWh": ("kilowatt_hour", "energy"), "MWh": ("megawatt_hour", "energy"), "GWh": ("gigawatt_hour", "energy"),
    "TWh": ("terawatt_hour", "energy"), "MMBtu": ("british_thermal_unit", "energy", "1e6"),
    "V": ("volt", "voltage"), "kV": ("kilovolt", "voltage"),
    "MB": ("megabyte", "information"), "GB": ("gigabyte", "information"), "TB": ("terabyte", "information"),
    "Mbps": ("megabit / second", "bit rate"), "Gbps": ("gigabit / second", "bit rate"),
})
"""Canonical symbol → its pint unit and dimension. Symbols not listed (``bp``, ``SR``, ``°``, ``tCO2``) compare
only with themselves."""


def dimension(unit: str | None) -> str:
    """What a unit measures (``length``, ``speed`` …): ``count`` for no unit, the unit itself when unknown."""
    if unit is None:
        return "count"
    known = UNITS.get(unit)
    return known.dimension if known else f"unit {unit}"


_DIGITS = 15
"""Significant digits kept from a conversion: more than any figure in news has, fewer than pint's rounding
noise."""


@cache
def _registry() -> Any:
    import pint  # lazily: half a second to load, and only comparisons need it

    return pint.UnitRegistry(non_int_type=Decimal)


def convert(amount: Decimal, source: str, target: str) -> Decimal | None:
    """``amount`` of ``source`` expressed in ``target``; None when the two are not one dimension or not known."""
    if source == target:
        return amount
    src, dst = UNITS.get(source), UNITS.get(target)
    if src is None or dst is None or src.dimension != dst.dimension:
        return None
    registry = _registry()
    quantity = registry.Quantity(amount * src.factor, registry.parse_units(src.pint))
    converted = Decimal(str(quantity.to(registry.parse_units(dst.pint)).magnitude)) / dst.factor
    with localcontext() as context:
        context.prec = _DIGITS
        rounded = +converted
    return exact(rounded)  # 35 °C is 95 °F, not 95.00000000000000000000000003
