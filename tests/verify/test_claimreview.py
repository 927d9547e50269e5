"""ClaimReview: every field fact-checkers publish, valid JSON-LD against the schema.org context (read locally:
tests never reach the network), and clear errors."""

from __future__ import annotations

import json
import warnings
from pathlib import Path
from typing import Any

import pytest
from pyld import jsonld

import factcheck
from factcheck.verify.publish import author_kind

CONTEXT = json.loads((Path(__file__).parent.parent / "data" / "schemaorg-context.jsonld").read_text("utf-8"))
S = "http://schema.org/"
PROPERTIES = {
    "ClaimReview": {"claimReviewed", "reviewRating", "url", "author", "datePublished", "inLanguage", "itemReviewed"},
    "Rating": {"alternateName", "ratingValue", "bestRating", "worstRating"},
    "Claim": {"author", "appearance", "firstAppearance", "datePublished"},
    "Organization": {"name", "url"},
    "Person": {"name"},
    "CreativeWork": {"url"},
}
"""The schema.org properties each type may carry here (schema.org/ClaimReview, /Claim, /Rating)."""
TEXT = ("Kepala BNPB Suharyanto mengatakan lebih dari 2.000 warga mengungsi akibat banjir. "
        '"Kami siap membantu semua korban," ujar Menteri Sosial Saifullah Yusuf.')


def _load(url: str, options: dict[str, Any] | None = None) -> dict[str, Any]:
    if url.rstrip("/") in ("https://schema.org", "http://schema.org"):
        return {"contextUrl": None, "documentUrl": url, "document": CONTEXT}
    raise AssertionError(f"the test tried to load {url}")


def expand(document: dict[str, Any]) -> list[dict[str, Any]]:
    return jsonld.expand(document, {"documentLoader": _load})  # type: ignore[no-any-return]


def review(claim: factcheck.Claim, **extra: Any) -> dict[str, Any]:
    fields: dict[str, Any] = {"url": "https://cekfakta.example.id/2025/banjir", "rating": "Benar",
                              "reviewer": "Cek Fakta Nusantara", "source": TEXT,
                              "article_url": "https://berita.example.id/banjir", "reference_date": "2025-03-04",
                              "date_published": "2025-03-05", "rating_value": 5, "best_rating": 5,
                              "worst_rating": 1, **extra}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", factcheck.ClaimReviewAdvisory)
        return factcheck.claimreview(claim, **fields)


def claims() -> list[factcheck.Claim]:
    return factcheck.extract_claims(TEXT, lang="id")


def _check_node(node: dict[str, Any]) -> None:
    (kind,) = node["@type"]
    name = kind.removeprefix(S)
    for key, values in node.items():
        if key.startswith("@"):
            continue
        assert key.startswith(S) and key.removeprefix(S) in PROPERTIES[name], f"{name} has no {key}"
        for value in values:
            if "@type" in value and "@value" not in value:  # a node, not a typed literal such as a Date
                _check_node(value)


def test_every_field_survives_json_ld_expansion() -> None:
    figure = next(c for c in claims() if c.kind == "quantity")
    (node,) = expand(review(figure))
    _check_node(node)
    assert node["@type"] == [S + "ClaimReview"]
    assert node[S + "url"] == [{"@id": "https://cekfakta.example.id/2025/banjir"}]
    assert node[S + "claimReviewed"][0]["@value"].startswith("Kepala BNPB Suharyanto mengatakan lebih dari 2.000")
    assert node[S + "datePublished"] == [{"@type": S + "Date", "@value": "2025-03-05"}]
    assert node[S + "inLanguage"] == [{"@value": "id"}]
    rating = node[S + "reviewRating"][0]
    assert rating[S + "alternateName"] == [{"@value": "Benar"}] and rating[S + "ratingValue"] == [{"@value": 5}]
    assert rating[S + "bestRating"] == [{"@value": 5}] and rating[S + "worstRating"] == [{"@value": 1}]
    item = node[S + "itemReviewed"][0]
    assert item["@type"] == [S + "Claim"]
    assert item[S + "author"][0]["@type"] == [S + "Person"]
    assert item[S + "datePublished"] == [{"@type": S + "Date", "@value": "2025-03-04"}]
    assert item[S + "appearance"][0][S + "url"] == [{"@id": "https://berita.example.id/banjir"}]
    assert item[S + "firstAppearance"][0][S + "url"] == [{"@id": "https://berita.example.id/banjir"}]
    assert node[S + "author"][0][S + "name"] == [{"@value": "Cek Fakta Nusantara"}]


def test_a_quote_is_its_speakers_claim() -> None:
    quote = next(c for c in claims() if c.kind == "quote")
    data = review(quote)
    assert data["itemReviewed"]["author"] == {"@type": "Person", "name": "Menteri Sosial Saifullah Yusuf"}
    assert data["claimReviewed"].startswith('"Kami siap membantu')


@pytest.mark.parametrize(("name", "lang", "kind"), [
    ("Kementerian Keuangan", "id", "Organization"), ("BPS", "id", "Organization"),
    ("Kepala BNPB Suharyanto", "id", "Person"), ("Bank of England", "en", "Organization"),
    ("Garuda Indonesia Tbk", "id", "Organization"), ("Jerome Powell", "en", "Person"),
])
def test_person_or_organization(name: str, lang: str, kind: str) -> None:
    assert author_kind(name, lang) == kind


def test_a_long_sentence_gets_the_advisory_and_a_short_summary_does_not() -> None:
    figure = next(c for c in claims() if c.kind == "quantity")
    fields = {"url": "https://x.example/r", "rating": "Benar", "reviewer": "Cek Fakta", "source": TEXT}
    with pytest.warns(factcheck.ClaimReviewAdvisory, match="under 75"):
        factcheck.claimreview(figure, **fields)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        short = factcheck.claimreview(figure, **fields, claim_reviewed="Lebih dari 2.000 warga mengungsi")
    assert short["claimReviewed"] == "Lebih dari 2.000 warga mengungsi"


def test_missing_fields_are_named() -> None:
    figure = claims()[0]
    with pytest.raises(ValueError, match="url, rating, reviewer, claim_reviewed"):
        factcheck.claimreview(figure, url="", rating=" ", reviewer="")
    with pytest.raises(ValueError, match="not the text this claim was extracted from"):
        factcheck.claimreview(figure, url="u", rating="r", reviewer="v", source="another text")
    with pytest.raises(ValueError, match="rating_value"):
        review(figure, rating_value=7)
    with pytest.raises(ValueError, match="date_published"):
        review(figure, date_published="5 Maret 2025")
