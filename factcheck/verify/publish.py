"""``claimreview(claim, …)``: a check published as schema.org ClaimReview in JSON-LD.

The shape follows schema.org (https://schema.org/ClaimReview) and what Google's fact-check tools read: the
reviewed claim's text (``claimReviewed``; Google advises under 75 characters, so a longer sentence gives a
``ClaimReviewAdvisory`` warning and ``claim_reviewed=`` takes a shorter one), the rating with its
``alternateName`` (the verdict in words) and, when given, its numeric scale, the review's ``url``, ``author``
(the reviewing organisation) and ``datePublished``, the language, and ``itemReviewed``: the Claim, its
``author`` (the quote's speaker or the sentence's source, a Person or an Organization), where it appeared and
when.
"""

from __future__ import annotations

import datetime as dt
import warnings
from typing import Any

from factcheck import lang as languages
from factcheck.claims import Claim, QuoteValue

CONTEXT = "https://schema.org"
ADVISED_LENGTH = 75
"""Characters Google's fact-check guidelines advise ``claimReviewed`` to stay under."""


class ClaimReviewAdvisory(UserWarning):
    """A ClaimReview is valid but not what the fact-check tools prefer (a ``claimReviewed`` over 75 characters)."""


def claimreview(
    claim: Claim,
    *,
    url: str,
    rating: str,
    reviewer: str,
    source: str | None = None,
    claim_reviewed: str | None = None,
    reviewer_url: str | None = None,
    rating_value: float | None = None,
    best_rating: float | None = None,
    worst_rating: float | None = None,
    date_published: dt.date | str | None = None,
    article_url: str | None = None,
    first_appearance_url: str | None = None,
    reference_date: dt.date | str | None = None,
    author_type: str | None = None,
) -> dict[str, Any]:
    """A schema.org ClaimReview (JSON-LD, as a ``dict``) for ``claim``.

    ``url`` is the review's address, ``rating`` the verdict in words (``"Salah"``, ``"Misleading"``),
    ``reviewer`` the organisation that checked it. ``claimReviewed`` is the claim's sentence, read from
    ``source`` (the text the claim was extracted from), unless ``claim_reviewed`` gives it. ``article_url`` is
    where the claim appeared (``first_appearance_url`` where it appeared first, default the same);
    ``reference_date`` the day it was published. ``date_published`` is the review's date (default today).
    ``author_type`` (``"Person"`` or ``"Organization"``) overrides the guess for the claim's author. A missing
    required field is a ``ValueError`` naming it."""
    if not isinstance(claim, Claim):
        raise TypeError(f"claimreview() takes a Claim, not {type(claim).__name__}")
    missing = [name for name, value in (("url", url), ("rating", rating), ("reviewer", reviewer))
               if not isinstance(value, str) or not value.strip()]
    reviewed = claim_reviewed if claim_reviewed is not None else _sentence(claim, source)
    if reviewed is None or not reviewed.strip():
        missing.append("claim_reviewed (or source: the text the claim was extracted from)")
    if missing:
        raise ValueError(f"claimreview() needs: {', '.join(missing)}")
    assert reviewed is not None
    if len(reviewed) > ADVISED_LENGTH:
        warnings.warn(ClaimReviewAdvisory(
            f"claimReviewed is {len(reviewed)} characters; Google's fact-check tools prefer under "
            f"{ADVISED_LENGTH}: pass claim_reviewed= with a shorter summary"), stacklevel=2)
    review: dict[str, Any] = {
        "@context": CONTEXT,
        "@type": "ClaimReview",
        "url": url,
        "claimReviewed": reviewed,
        "datePublished": _iso(date_published, "date_published") or dt.date.today().isoformat(),
        "inLanguage": claim.lang,
        "author": _organization(reviewer, reviewer_url),
        "reviewRating": _rating(rating, rating_value, best_rating, worst_rating),
        "itemReviewed": _item(claim, article_url, first_appearance_url, reference_date, author_type),
    }
    return review


def _sentence(claim: Claim, source: str | None) -> str | None:
    if source is None:
        return None
    if not isinstance(source, str):
        raise TypeError(f"source must be the str the claim was extracted from, not {type(source).__name__}")
    if source[claim.start:claim.end] != claim.text:
        raise ValueError("source is not the text this claim was extracted from (its span does not match)")
    return " ".join(source[claim.sentence.start:claim.sentence.end].split())


def _iso(value: dt.date | str | None, name: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value).isoformat()
        except ValueError:
            raise ValueError(f"{name} must be a date or a YYYY-MM-DD string, not {value!r}") from None
    raise TypeError(f"{name} must be a date or a YYYY-MM-DD string, not {type(value).__name__}")


def _organization(name: str, url: str | None) -> dict[str, Any]:
    author: dict[str, Any] = {"@type": "Organization", "name": name}
    if url:
        author["url"] = url
    return author


def _rating(rating: str, value: float | None, best: float | None, worst: float | None) -> dict[str, Any]:
    out: dict[str, Any] = {"@type": "Rating", "alternateName": rating}
    for key, number in (("ratingValue", value), ("bestRating", best), ("worstRating", worst)):
        if number is None:
            continue
        if isinstance(number, bool) or not isinstance(number, int | float):
            raise TypeError(f"{key} must be a number, not {type(number).__name__}")
        out[key] = number
    if value is not None and ((best is not None and value > best) or (worst is not None and value < worst)):
        raise ValueError(f"rating_value {value} lies outside worst_rating {worst} .. best_rating {best}")
    return out


def _item(claim: Claim, article_url: str | None, first_url: str | None, reference_date: dt.date | str | None,
          author_type: str | None) -> dict[str, Any]:
    item: dict[str, Any] = {"@type": "Claim"}
    speaker = claim.value.speaker if isinstance(claim.value, QuoteValue) else None
    speaker = speaker or (claim.attribution.source if claim.attribution else None)
    if speaker:
        if author_type not in (None, "Person", "Organization"):
            raise ValueError(f"author_type must be 'Person' or 'Organization', not {author_type!r}")
        item["author"] = {"@type": author_type or author_kind(speaker, claim.lang), "name": speaker}
    published = _iso(reference_date, "reference_date")
    if published:
        item["datePublished"] = published
    if article_url:
        item["appearance"] = [{"@type": "CreativeWork", "url": article_url}]
    if first_url or article_url:
        item["firstAppearance"] = {"@type": "CreativeWork", "url": first_url or article_url}
    return item


def author_kind(name: str, lang: str) -> str:
    """``Organization`` for a name that is one (an acronym alone, or one that opens or closes with an
    organisation word: ``Kementerian Keuangan``, ``BPS``, ``Bank of England``, ``Garuda Indonesia Tbk``),
    else ``Person`` (``Kepala BNPB Suharyanto``: a title, then the person)."""
    words = name.split()
    if not words:
        return "Person"
    if len(words) == 1 and words[0].isupper() and len(words[0]) >= 2:
        return "Organization"
    organizations = languages.get(lang).organization_words if lang in languages.SUPPORTED else frozenset()
    first, last = words[0].lower().strip(".,"), words[-1].lower().strip(".,")
    return "Organization" if first in organizations or last in organizations else "Person"
