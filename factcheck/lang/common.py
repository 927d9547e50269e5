"""Language-free data: currency symbols and codes, unit symbols.

Currency codes are ISO 4217 (the list a wire story carries, not all 180); symbols follow the Unicode currency
block and the forms newsrooms print (``US$``, ``S$``, ``HK$``, ``Rp``). Case matters for symbols.
"""

from __future__ import annotations

from decimal import Decimal

CURRENCY_SYMBOLS: dict[str, str | None] = {
    "$": "USD", "US$": "USD", "U.S.$": "USD", "USD$": "USD", "AS$": "USD", "A$": "AUD", "AU$": "AUD",
    "AUD$": "AUD", "C$": "CAD", "CA$": "CAD", "CAD$": "CAD", "S$": "SGD", "SG$": "SGD", "SGD$": "SGD",
    "HK$": "HKD", "NZ$": "NZD", "NT$": "TWD", "R$": "BRL", "MX$": "MXN", "€": "EUR", "£": "GBP", "¥": "JPY",
    "JP¥": "JPY", "CN¥": "CNY", "RMB¥": "CNY", "₹": "INR", "Rs": "INR", "Rs.": "INR", "₩": "KRW", "₱": "PHP",
    "฿": "THB", "₫": "VND", "₽": "RUB", "₺": "TRY", "₴": "UAH", "₪": "ILS", "₦": "NGN", "₿": "BTC", "₾": "GEL",
    "Rp": "IDR", "Rp.": "IDR", "RP": "IDR", "rp": "IDR", "RM": "MYR", "€ur": "EUR", "¢": None, "c$": "CAD",
    "KSh": "KES", "Ksh": "KES", "KShs": "KES", "Kshs": "KES", "TSh": "TZS", "USh": "UGX",
}
"""East African shillings are written with their country's letter (``KSh``, ``TSh``, ``USh``); a bare ``Sh`` is
left out, since a symbol after a figure needs no word end (``up to 700 Should``)."""

CURRENCY_CODES: frozenset[str] = frozenset({
    "USD", "EUR", "GBP", "JPY", "CNY", "IDR", "MYR", "SGD", "AUD", "CAD", "HKD", "NZD", "INR", "KRW", "THB",
    "PHP", "VND", "RUB", "TRY", "BRL", "ZAR", "CHF", "SEK", "NOK", "DKK", "SAR", "AED", "QAR", "KWD", "BHD",
    "OMR", "EGP", "ILS", "MXN", "ARS", "CLP", "COP", "PEN", "TWD", "PKR", "BDT", "LKR", "NGN", "KES", "GHS",
    "UAH", "PLN", "CZK", "HUF", "RON", "BGN", "MNT", "LBP", "JOD", "IRR", "IQD", "KZT", "UZS", "MMK", "KHR",
    "LAK", "BND", "ISK", "HRK", "RSD", "MAD", "TND", "DZD", "ETB", "TZS", "UGX", "XAF", "XOF", "BTC", "ETH",
    "USDT", "GEL", "AMD", "AZN", "BYN", "NPR", "AFN", "FJD", "PGK", "FIM", "ESP", "NLG", "DEM", "ITL", "FRF",
})
"""ISO 4217 codes (plus the crypto tickers BTC, ETH, USDT that news writes the same way)."""

MINOR_UNIT = Decimal("0.01")
"""The minor unit news names (cent, sen, penny) is a hundredth of its currency's major unit."""

UNIT_SYMBOLS: dict[str, str] = {
    "km": "km", "m": "m", "cm": "cm", "mm": "mm", "mi": "mi", "ft": "ft", "yd": "yd", '"': "in", "''": "in",
    "kg": "kg", "g": "g", "mg": "mg", "t": "t", "lb": "lb", "lbs": "lb", "oz": "oz",
    "km/h": "km/h", "km/j": "km/h", "km/jam": "km/h", "kph": "km/h", "kmh": "km/h", "mph": "mph", "m/s": "m/s",
    "°C": "°C", "°c": "°C", "℃": "°C", "°F": "°F", "°f": "°F", "℉": "°F", "°": "°",
    "ha": "ha", "m2": "m2", "m²": "m2", "km2": "km2", "km²": "km2", "m3": "m3", "m³": "m3",
    "l": "l", "L": "l", "ml": "ml", "mL": "ml", "gal": "gal", "bbl": "bbl",
    "MW": "MW", "GW": "GW", "kW": "kW", "kWh": "kWh", "MWh": "MWh", "GWh": "GWh", "TWh": "TWh", "kV": "kV",
    "MWp": "MWp", "GB": "GB", "MB": "MB", "TB": "TB", "Mbps": "Mbps", "Gbps": "Gbps", "bp": "bp", "bps": "bp",
    "GHz": "GHz", "MHz": "MHz", "km/s": "km/s", "mAh": "mAh",
}
"""Unit symbols written the same way in every language (case-sensitive)."""

GLUED_UNIT_SYMBOLS: dict[str, str] = {"C": "°C", "F": "°F", "in": "in", "MP": "MP"}
"""Symbols that are units only glued to their number, the way British copy writes weather: ``35C (95F)``,
``2in of rain``, and phone reviews a camera: ``a 48MP sensor``. Apart from a number they are letters and words
(an ``MP`` is a member of parliament)."""

DOMAIN_ENDINGS = ("com", "id", "org", "net", "gov", "edu", "io", "info", "tv", "news", "uk", "co", "my")
"""Endings of web addresses news prints without ``http``/``www`` (``kompas.com``, ``bernama.my``)."""

GLUED_CURRENCY_CODES = frozenset({"USD", "EUR", "GBP", "JPY", "CNY", "IDR", "MYR", "SGD", "AUD", "CAD", "HKD", "INR",
                          "CHF", "KRW", "THB", "PHP", "NZD", "RMB"})
"""Codes that news glues to a figure (``USD1,23``, ``IDR33000``); any other code glued to digits is a name."""

CURRENCY_ALIASES = {"RMB": "CNY"}
"""Codes news writes for a currency besides its ISO 4217 code: renminbi is the yuan."""

CENT_CURRENCIES = frozenset({"USD", "EUR", "AUD", "CAD", "NZD", "SGD", "HKD", "TWD"})
"""Currencies whose minor unit news calls cents: a later bare ``cents`` is in the last of these named."""
