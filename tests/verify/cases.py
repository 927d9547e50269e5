"""Comparison cases on news sentences, as data: the claim's sentence, which claim, the reference, the verdict.

Each case is ``Case(lang, sentence, anchor, reference, verdict)``: the claim is the one of ``sentence`` whose text
is ``anchor``; the reference is a string (read in the claim's language), a number, a ``date``, a ``timedelta`` or
a transcript. Boundary cases come in pairs, a reference just inside the claim's stated precision and one just
outside it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal


@dataclass(frozen=True)
class Case:
    lang: str
    sentence: str
    anchor: str
    reference: object
    verdict: str
    note: str = ""
    rates: dict[str, object] = field(default_factory=dict)
    reference_date: dt.date | None = None


C, I, N = "consistent", "inconsistent", "not_comparable"  # noqa: E741 (a table reads best with one letter)

FIGURES: list[Case] = [
    # --- stated precision: a round figure covers what rounds to it, at most 5 % either side
    Case("id", "Pemerintah China mengirim 2.000 tentara ke perbatasan.", "2.000", "1.950", C),
    Case("id", "Pemerintah China mengirim 2.000 tentara ke perbatasan.", "2.000", 2100, C, "just inside"),
    Case("id", "Pemerintah China mengirim 2.000 tentara ke perbatasan.", "2.000", 2101, I, "just outside"),
    Case("id", "Pemerintah China mengirim 2.137 tentara ke perbatasan.", "2.137", 2000, I),
    Case("id", "Pemerintah China mengirim 2.137 tentara ke perbatasan.", "2.137", Decimal("2137.4"), C),
    Case("id", "Pemerintah China mengirim 2.137 tentara ke perbatasan.", "2.137", Decimal("2137.6"), I),
    Case("id", "BPS mencatat inflasi tahunan Desember 2024 sebesar 1,6 persen.", "1,6 persen", "1,57 persen", C),
    Case("id", "BPS mencatat inflasi tahunan Desember 2024 sebesar 1,5 persen.", "1,5 persen", "1,57 persen", I),
    Case("id", "Ekonomi Indonesia tumbuh 5 persen sepanjang 2023.", "5 persen", "5,25 persen", C, "the 5 % cap"),
    Case("id", "Ekonomi Indonesia tumbuh 5 persen sepanjang 2023.", "5 persen", "5,3 persen", I),
    Case("en", "Nonfarm payrolls increased by 256,000 in December.", "256,000", "256,500", C),
    Case("en", "Nonfarm payrolls increased by 256,000 in December.", "256,000", 307000, I, "the revised figure"),
    Case("en", "Prices rose by 7% in the 12 months to March.", "7%", "7.0%", C),
    Case("en", "Prices rose by 7% in the 12 months to March.", "7%", "7.4%", I),
    # --- comparators
    Case("id", "Lebih dari 2.000 warga mengungsi ke balai desa.", "2.000", "2.050", C),
    Case("id", "Lebih dari 2.000 warga mengungsi ke balai desa.", "2.000", 2000, I, "more than is strict"),
    Case("en", "At least 150 homes were damaged, officials said.", "150", 150, C),
    Case("en", "At least 150 homes were damaged, officials said.", "150", 149, I),
    Case("en", "Fewer than 40 people attended the hearing.", "40", 39, C),
    Case("en", "Fewer than 40 people attended the hearing.", "40", 40, I),
    Case("id", "Kapal itu mengangkut maksimal 300 penumpang.", "300", 300, C),
    Case("id", "Kapal itu mengangkut maksimal 300 penumpang.", "300", 301, I),
    Case("id", "Sekitar 2.000 tentara dikirim ke perbatasan.", "2.000", "1.950", C),
    Case("id", "Sekitar 2.000 tentara dikirim ke perbatasan.", "2.000", 1800, C, "about: 10 % below"),
    Case("id", "Sekitar 2.000 tentara dikirim ke perbatasan.", "2.000", 1799, I),
    Case("en", "About 300 homes were submerged in up to 1.5 metres of water.", "300", 330, C),
    Case("en", "About 300 homes were submerged in up to 1.5 metres of water.", "300", 331, I),
    Case("id", "Hampir 2.000 warga mengungsi setelah tanggul jebol.", "2.000", 1800, C, "nearly: 10 % below"),
    Case("id", "Hampir 2.000 warga mengungsi setelah tanggul jebol.", "2.000", 2001, I, "nearly is below"),
    Case("en", "Nearly 3,000 people fled the fighting.", "3,000", 2950, C),
    Case("en", "Nearly 3,000 people fled the fighting.", "3,000", 2699, I),
    # --- ranges
    Case("id", "Harga cabai Rp 40.000-Rp 50.000 per kilogram.", "Rp 40.000-Rp 50.000", "Rp 45.000", C),
    Case("id", "Harga cabai Rp 40.000-Rp 50.000 per kilogram.", "Rp 40.000-Rp 50.000", "Rp 52.500", C),
    Case("id", "Harga cabai Rp 40.000-Rp 50.000 per kilogram.", "Rp 40.000-Rp 50.000", "Rp 55.000", I),
    Case("id", "Harga cabai berkisar Rp 40.000-Rp 50.000 per kilogram.", "Rp 40.000-Rp 50.000", "Rp 55.000", C,
         "berkisar: about"),
    Case("en", "The company expects revenue of $4.4 billion to $4.6 billion.", "$4.4 billion to $4.6 billion",
         "$4.5 billion", C),
    # --- units, converted within a dimension
    Case("id", "Angin berembus hingga 250 km/jam di pesisir.", "250 km/jam", "155 mph", C, "km/h and mph"),
    Case("id", "Angin berembus dengan kecepatan 250 km/jam di pesisir.", "250 km/jam", "160 mph", I),
    Case("id", "Polisi menyita 2 ton sabu di Pelabuhan Tanjung Priok.", "2 ton", "2.000 kg", C,
         "ton is the metric tonne"),
    Case("id", "Polisi menyita 2 ton sabu di Pelabuhan Tanjung Priok.", "2 ton", "1.814 kg", I,
         "not pint's short ton"),
    Case("id", "Kebakaran hutan menghanguskan 500 hektare lahan gambut.", "500 hektare", "5 km2", C, "ha and km²"),
    Case("id", "Suhu udara di Surabaya mencapai 35 derajat Celsius.", "35 derajat Celsius", "95 °F", C),
    Case("id", "Suhu udara di Surabaya mencapai 35 derajat Celsius.", "35 derajat Celsius", "97 °F", I),
    Case("en", "The tanker spilled 2,000 litres of oil.", "2,000 litres", "2 m3", C, "l and m³"),
    Case("en", "Haiyan's maximum sustained winds have grown to 170 knots (196 mph).", "196 mph", "315 km/h", C),
    Case("en", "The quake struck at a depth of 10 km, the agency said.", "10 km", "6 mi", C, "6 mi is 9.66 km"),
    Case("en", "The quake struck at a depth of 10 km, the agency said.", "10 km", "11 km", I),
    Case("id", "Angin berembus hingga 250 km/jam di pesisir.", "250 km/jam", "250 kg", N, "different dimensions"),
    # --- money: major units, currencies, rates
    Case("en", "The average bus fare rose 79 cents from a year earlier.", "79 cents", "$0.79", C),
    Case("id", "Kerugian negara mencapai Rp 1,2 triliun.", "Rp 1,2 triliun", "Rp 1.200 miliar", C),
    Case("id", "Kerugian negara mencapai Rp 1,2 triliun.", "Rp 1,2 triliun", "Rp 1,3 triliun", I),
    Case("id", "Kerugian negara mencapai Rp 1,2 triliun.", "Rp 1,2 triliun", "US$ 75 juta", N, "no rate"),
    Case("id", "Kerugian negara mencapai Rp 1,2 triliun.", "Rp 1,2 triliun", "US$ 75 juta", C, "with a rate",
         rates={"USD/IDR": 16000}),
    Case("id", "Kerugian negara mencapai Rp 1,2 triliun.", "Rp 1,2 triliun", "US$ 75 juta", I, "another rate",
         rates={"IDR/USD": Decimal("0.00005")}),
    Case("en", "The fund raised $3.2 billion last year.", "$3.2 billion", 3200000000, C, "a bare number"),
    # --- percentages: a share, a change, points
    Case("id", "Tingkat kemiskinan turun 0,10 poin persentase menjadi 8,47 persen.", "0,10 poin persentase",
         "0,10 persen", N, "points are not a percentage"),
    Case("en", "Quarterly profit rose 12% to $812 million.", "12%", "12 percent of revenue", N,
         "a change is not a share"),
    Case("en", "Quarterly profit rose 12% to $812 million.", "12%", "a 12% increase", C),
    # --- ranks
    Case("id", "Indonesia berada di peringkat 3 dunia.", "peringkat 3", 3, C),
    Case("en", "It was the third meeting between the two leaders.", "third", "4th", I),
]

DATES: list[Case] = [
    Case("id", "Serangan itu terjadi pada September 2023.", "September 2023", dt.date(2023, 9, 12), C, "month"),
    Case("id", "Serangan itu terjadi pada September 2023.", "September 2023", dt.date(2023, 10, 1), I),
    Case("id", "Serangan itu terjadi pada 24 Februari 2024.", "24 Februari 2024", dt.date(2024, 2, 24), C, "day"),
    Case("id", "Serangan itu terjadi pada 24 Februari.", "24 Februari", dt.date(2024, 2, 25), I,
         "resolved by the reference date", reference_date=dt.date(2024, 7, 4)),
    Case("id", "Serangan itu terjadi pada 24 Februari.", "24 Februari", dt.date(2023, 2, 24), C, "no year stated"),
    Case("id", "Serangan itu terjadi pada 24 Februari.", "24 Februari", "25 Februari 2023", I, "no year stated"),
    Case("en", "Britain went to the polls on Thursday, July 4, 2024.", "Thursday, July 4, 2024", "4 July 2024", C),
    Case("en", "The bank reported its results for the third quarter of 2025.", "third quarter of 2025",
         dt.date(2025, 8, 14), C, "quarter"),
    Case("en", "The bank reported its results for the third quarter of 2025.", "third quarter of 2025",
         dt.date(2025, 10, 1), I),
    Case("id", "Realisasi belanja semester I 2025 tercatat rendah.", "semester I 2025", dt.date(2025, 6, 30), C,
         "half"),
    Case("en", "The plant closed in 2019, the company said.", "2019", dt.date(2019, 12, 31), C, "year"),
    Case("en", "The plant closed in 2019, the company said.", "2019", "2020", I),
    Case("en", "The style was popular in the 1990s.", "1990s", dt.date(1997, 5, 1), C, "decade"),
    Case("en", "A century ago the town was a village.", "A century ago", dt.date(1950, 5, 1), C, "century",
         reference_date=dt.date(2024, 10, 1)),
    Case("en", "A century ago the town was a village.", "A century ago", dt.date(2001, 5, 1), I,
         reference_date=dt.date(2024, 10, 1)),
    Case("id", "Proyek itu selesai pada akhir 2024.", "akhir 2024", dt.date(2024, 11, 20), C, "the last third"),
    Case("id", "Proyek itu selesai pada akhir 2024.", "akhir 2024", dt.date(2024, 3, 1), I),
    Case("id", "Gempa terjadi pada Senin (10/3/2025) pukul 20.14 WIB.", "Senin (10/3/2025) pukul 20.14 WIB",
         dt.datetime(2025, 3, 10, 20, 14), C, "time"),
    Case("id", "Gempa terjadi pada Senin (10/3/2025) pukul 20.14 WIB.", "Senin (10/3/2025) pukul 20.14 WIB",
         dt.datetime(2025, 3, 10, 21, 0), I),
    Case("id", "Pemilu 2024 digelar pada Februari 2024.", "Februari 2024", "2024", N, "the reference is wider"),
    Case("id", "Kebakaran terjadi kemarin sore.", "kemarin sore", dt.date(2024, 7, 3), N, "relative, unresolved"),
    Case("id", "Kebakaran terjadi kemarin sore.", "kemarin sore", dt.date(2024, 7, 3), C,
         reference_date=dt.date(2024, 7, 4)),
    Case("id", "Serangan itu terjadi pada September 2023.", "September 2023", 12, N, "a number is no date"),
]

DURATIONS: list[Case] = [
    Case("id", "Banjir merendam permukiman selama dua hari.", "dua hari", "48 jam", C),
    Case("id", "Banjir merendam permukiman selama dua hari.", "dua hari", "60 jam", I),
    Case("en", "The runway was closed for four hours.", "four hours", dt.timedelta(hours=4), C),
    Case("en", "The runway was closed for four hours.", "four hours", dt.timedelta(hours=6), I),
    Case("en", "The project took 12 months.", "12 months", "one year", C, "months and years in months"),
    Case("id", "Terdakwa divonis 18 bulan penjara.", "18 bulan", "1,5 tahun", C),
    Case("id", "Status tanggap darurat berlaku selama 14 hari.", "14 hari", "dua pekan", C),
    Case("en", "The ceasefire held for three months.", "three months", "90 days", C, "a month is 28 to 31 days"),
    Case("en", "The ceasefire held for three months.", "three months", "100 days", I),
    Case("en", "The ceasefire held for three months.", "three months", "85 days", C),
    Case("id", "Pelaku terancam hukuman lima hingga 10 tahun penjara.", "lima hingga 10 tahun", "7 tahun", C,
         "a range covers its ends and what lies between"),
    Case("id", "Pelaku terancam hukuman lima hingga 10 tahun penjara.", "lima hingga 10 tahun", "12 tahun", I),
    Case("en", "Repairs will take 2-3 weeks.", "2-3 weeks", "20 days", C),
    Case("en", "Repairs will take 2-3 weeks.", "2-3 weeks", "four weeks", I),
]
