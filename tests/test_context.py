"""Attribution, check-worthiness and quotes around figures, on news-like text."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

import factcheck

SEED = (Path(__file__).parent.parent / "seeds" / "000_de487c3fb6533b13.txt").read_text(encoding="utf-8")


def _by_text(text: str, **kwargs: object) -> dict[str, factcheck.Claim]:
    return {c.text: c for c in factcheck.extract_claims(text, **kwargs)}  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "lang", "anchor", "source", "cue"), [
    ("Menurut Badan Pusat Statistik, inflasi Juni mencapai 2,5 persen.", "id", "2,5 persen",
     "Badan Pusat Statistik", "menurut"),
    ("Mengutip dari Deutsche Welle, pertemuan itu digelar selama dua hari.", "id", "dua hari",
     "Deutsche Welle", "mengutip dari"),
    ("Dilansir dari Reuters, sedikitnya 40 orang tewas dalam banjir itu.", "id", "40", "Reuters", "dilansir dari"),
    ("Kepala BNPB Suharyanto mengatakan 1.200 rumah rusak akibat gempa.", "id", "1.200", "Kepala BNPB Suharyanto",
     "mengatakan"),
    ("According to the World Bank, growth will slow to 4.8% next year.", "en", "4.8%", "World Bank", "according to"),
    ("The health ministry said 312 people had died.", "en", "312", "health ministry", "said"),
    # a pronoun source is the last named one; a dateline is not part of the name; an adverb is skipped
    ("Kepala BNPB Suharyanto mengatakan banjir meluas. Ia menambahkan, sedikitnya 320 rumah rusak.", "id", "320",
     "Kepala BNPB Suharyanto", "menambahkan"),
    ("Kepala BPS Amalia mengatakan inflasi naik. Menurutnya, inflasi Juli mencapai 2,37 persen.", "id",
     "2,37 persen", "Kepala BPS Amalia", "menurutnya"),
    ("JAKARTA, KOMPAS.com - Menteri Keuangan Sri Mulyani mengatakan defisit mencapai 2,5 persen.", "id",
     "2,5 persen", "Menteri Keuangan Sri Mulyani", "mengatakan"),
    ("The bank also said it would cut 500 jobs.", "en", "500", "bank", "said"),
    ("About 1.1 million people fled, including 400,000 to Chad, UNHCR said.", "en", "400,000", "UNHCR", "said"),
    ("Adapun Jasa Marga mencatat 120.000 kendaraan keluar dari Jakarta.", "id", "120.000", "Jasa Marga",
     "mencatat"),
    ("The National Association of Realtors said prices rose 3%.", "en", "3%", "National Association of Realtors",
     "said"),
    ("Kepala Badan Pusat Statistik (BPS) Amalia Adininggar mengatakan inflasi mencapai 2,37 persen.", "id",
     "2,37 persen", "Kepala Badan Pusat Statistik (BPS) Amalia Adininggar", "mengatakan"),
    # a list of capitalised words inside a title goes on past its commas
    ("Kepala Pusat Data, Informasi, dan Komunikasi Kebencanaan BNPB Abdul Muhari mengatakan 1.200 rumah rusak.",
     "id", "1.200", "Kepala Pusat Data, Informasi, dan Komunikasi Kebencanaan BNPB Abdul Muhari", "mengatakan"),
    # a figure inside a quote is the speaker's
    ('"Kami sudah mengirim 200 personel ke lokasi," kata Kapolres Bogor AKBP Rio Wahyu.', "id", "200",
     "Kapolres Bogor AKBP Rio Wahyu", "kata"),
])
def test_attribution(text: str, lang: str, anchor: str, source: str, cue: str) -> None:
    claim = _by_text(text, lang=lang)[anchor]
    assert claim.attribution is not None
    assert (claim.attribution.source, claim.attribution.cue, claim.attribution.hedge) == (source, cue, False)
    a = claim.attribution
    assert a.start is not None and a.end is not None and text[a.start:a.end] == source


@pytest.mark.parametrize(("text", "lang", "anchor"), [
    ("Employers added 73,000 jobs in July.", "en", "73,000"),
    ("Prices rose 3%, above a previous forecast of 2.7%.", "en", "2.7%"),
    ("Sebanyak 30 warga menolak relokasi ke rusunawa.", "id", "30"),
])
def test_no_attribution_from_verbs_that_mean_something_else(text: str, lang: str, anchor: str) -> None:
    assert _by_text(text, lang=lang)[anchor].attribution is None


@pytest.mark.parametrize(("text", "lang", "anchor", "cue"), [
    ("Rusia dilaporkan semakin bergantung pada Tiongkok, yang mewakili 18 persen perdagangannya.", "id",
     "18 persen", "dilaporkan"),
    ("The militia reportedly controls 60% of the province.", "en", "60%", "reportedly"),
])
def test_hedge_without_source(text: str, lang: str, anchor: str, cue: str) -> None:
    attribution = _by_text(text, lang=lang)[anchor].attribution
    assert attribution is not None and attribution.hedge and attribution.source is None and attribution.cue == cue


def test_no_attribution_on_a_plain_sentence() -> None:
    assert _by_text("Harga beras naik 10 persen pekan ini.", lang="id")["10 persen"].attribution is None


def test_seed_attributions() -> None:
    claims = _by_text(SEED)
    assert claims["dua hari"].attribution.source == "Deutsche Welle"  # type: ignore[union-attr]
    quote = next(c for c in factcheck.extract_claims(SEED, kinds=["quote"]) if c.text.startswith("Kerja sama"))
    assert quote.value.speaker == "Putin"  # type: ignore[union-attr]


def test_scores_are_in_range_and_put_figures_first() -> None:
    claims = factcheck.extract_claims(SEED)
    assert all(0 <= c.score <= 1 for c in claims)
    ranked = sorted(claims, key=lambda c: -c.score)
    assert ranked[0].kind in ("percent", "quantity", "money")
    assert ranked[-1].text in ("kedua", "250 Km/Jam")
    top = {c.text for c in ranked[:6]}
    assert {"18 persen", "2.000"} <= top


def test_min_score_filters() -> None:
    everything = factcheck.extract_claims(SEED)
    kept = factcheck.extract_claims(SEED, min_score=0.5)
    assert kept and len(kept) < len(everything)
    assert all(c.score >= 0.5 for c in kept)
    with pytest.raises(ValueError, match=r"\[0, 1\]"):
        factcheck.extract_claims(SEED, min_score=2)


def test_a_quote_that_states_a_figure_outranks_a_wish() -> None:
    text = ('"Produksi beras naik 12 persen menjadi 31,5 juta ton," kata Menteri Pertanian Andi Amran Sulaiman.\n'
            '"Semoga petani semakin sejahtera dan kita harus terus bekerja keras," ujarnya.')
    quotes = [c for c in factcheck.extract_claims(text, lang="id") if c.kind == "quote"]
    assert len(quotes) == 2
    fact, wish = quotes
    assert fact.score > wish.score
    assert wish.value.speaker == "Menteri Pertanian Andi Amran Sulaiman" and wish.value.speaker_resolved  # type: ignore


def test_quote_over_paragraphs() -> None:
    text = ('Presiden menyampaikan pidato kenegaraan di Gedung DPR.\n'
            '"Kita harus menjaga pertumbuhan ekonomi di atas lima persen.\n'
            '"Kita juga harus menekan angka kemiskinan hingga di bawah tujuh persen," kata Presiden Prabowo.')
    (quote,) = factcheck.extract_claims(text, lang="id", kinds=["quote"])
    assert quote.text.startswith("Kita harus menjaga") and quote.text.endswith("tujuh persen,")
    assert quote.value.speaker == "Presiden Prabowo"  # type: ignore[union-attr]
    assert "\n" in quote.text and '"' not in quote.value.content  # type: ignore[union-attr]


def test_a_stray_mark_does_not_swallow_a_megabyte() -> None:
    paragraph = ('"Kami akan membangun 1.000 rumah tahun ini," kata Gubernur Ridwan. '
                 'Harga cabai naik 20 persen di pasar induk.\n')
    text = 'Seorang warga berteriak " lalu pergi.\n' + paragraph * (1_000_000 // len(paragraph))
    start = time.perf_counter()
    quotes = factcheck.extract_claims(text, lang="id", kinds=["quote"])
    elapsed = time.perf_counter() - start
    assert len(quotes) == 1_000_000 // len(paragraph)
    assert all(q.value.speaker == "Gubernur Ridwan" for q in quotes)  # type: ignore[union-attr]
    assert elapsed < 30


def test_scare_quotes_and_titles_are_not_quotes() -> None:
    text = "Baca juga: Bertemu Xi, Putin: Hubungan Rusia-Cina Ada dalam Kondisi ‘Terbaik’"
    assert factcheck.extract_claims(text, lang="id", kinds=["quote"]) == []
    text = 'The so-called "peace plan" was rejected by Kyiv on Friday.'
    assert factcheck.extract_claims(text, lang="en", kinds=["quote"]) == []


def test_a_link_to_another_story_gives_no_claims() -> None:
    text = ("Harga beras naik 5 persen pada Juli.\n\nBaca juga: 9,4 Juta Warga Terima Bansos 3 Hari Lagi\n\n"
            "Penjualan naik 10 persen.")
    assert [c.text for c in factcheck.extract_claims(text, lang="id")] == ["5 persen", "Juli", "10 persen"]
    text = "Read more: 3 die as storm hits 40,000 homes\nPrices rose 2% in May, the ONS said."
    assert [c.text for c in factcheck.extract_claims(text, lang="en")] == ["2%", "May"]
    text = "Prices rose 2% in May. Read more: the ONS said on Friday."  # a label inside a paragraph: no link
    assert "Friday" in [c.text for c in factcheck.extract_claims(text, lang="en")]


def test_a_label_alone_on_its_line_heads_other_stories() -> None:
    """Below ``Read more:`` or ``RELATED COVERAGE`` alone on a line, the lines that read as headlines are other
    stories; the first line that reads as the article's own (a full stop at its end, or long) ends the list."""
    text = ("Oil fell on Tuesday.\nRead more:\nOil rises 2% after Iran missile attack\n"
            "Crude imports slip for fifth month in September\n"
            "\"We are watching closely,\" said a trader, adding that stocks fell 3 million barrels.\n"
            "RELATED COVERAGE\nLandslide buries 2 buses carrying 65 people\nBrent settled at $75.40 a barrel.")
    assert [c.text for c in factcheck.extract_claims(text, lang="en")] == [
        "Tuesday", "We are watching closely,", "3 million barrels", "$75.40"]
    text = ("Harga naik 2 persen.\nArtikel Terkait\nBNN Musnahkan 45 Kilogram Ganja\n\"Kami siap,\" kata Budi.\n"
            "Ia datang.")
    assert [c.text for c in factcheck.extract_claims(text, lang="id")] == ["2 persen", "Kami siap,"]
    text = ("Banjir merendam 120 rumah.\nSimak Video \"Video: Jembatan Putus Diterjang Banjir di Sukabumi\"\n"
            "[Gambas:Video 20detik]\nBaca artikel CNN Indonesia \"RUU Disetujui, 8 Fraksi Setuju\" selengkapnya "
            "di sini: https://www.cnnindonesia.com/nasional/20240821/ruu\nSebanyak 8 fraksi setuju.")
    assert [c.text for c in factcheck.extract_claims(text, lang="id")] == ["120", "8"]  # the sites' own lead-ins
    text = "Harga naik 2 peratus.\nKLIK & BACA: Tiket dijual minggu depan\nSeramai 300 orang hadir."
    assert [c.text for c in factcheck.extract_claims(text, lang="ms")] == ["2 peratus", "300"]


def test_a_line_of_the_page_furniture_gives_no_claims() -> None:
    """Comment, share and read counters, reading times, tag and copyright lines a scraper keeps (``page_furniture``);
    the same words opening a sentence of the story leave it alone."""
    text = ("Comments (87)\n2 min read\n5 shares of Apple rose 3% on Monday.\nComments from the minister came on "
            "Tuesday.\nCopyright 2024 The Associated Press.\nTags / Keywords: Lee Zii Jia , Olympics 2024 , badminton")
    assert [c.text for c in factcheck.extract_claims(text, lang="en")] == ["5", "3%", "Monday", "Tuesday"]
    text = "This article is more than 1 year old\nPrices rose 3%."
    assert [c.text for c in factcheck.extract_claims(text, lang="en")] == ["3%"]
    text = "Kongsi 1.2K\nTags: #banjir #Kelantan\nDibaca 3,456 kali\nSeramai 300 orang hadir."
    assert [c.text for c in factcheck.extract_claims(text, lang="ms")] == ["300"]
