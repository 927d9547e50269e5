"""``find_conflicts(documents)``: the same figure reported differently by different articles.

Every figure of every document gets its grouping key (``factcheck.verify.keys``); figures that share a key are
the same thing measured. Inside a group, each figure covers a range of values (``factcheck.verify.cover``), so
agreeing is overlapping, and the question is whether the documents' ranges share a point. A sweep over the
ranges' ends finds the value most documents agree on (the consensus); the documents that do not cover it
disagree, and among them the next consensus is found the same way. A group with more than one such reading is a
conflict. Nothing compares pairs: grouping is a dictionary, each group is sorted once, so the cost grows with the
number of claims.

A figure only meets figures whose soft facets (place, event, qualifiers) do not contradict its own: "5 orang
tewas di Bogor" never disagrees with "12 orang tewas di Bekasi". Dates meet only dates within a month of them:
two articles placing one earthquake on Sunday and Monday disagree; an earthquake of 2021 in the background of
one of them is another event.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from decimal import Decimal

import attrs

from factcheck.api import extract_claims
from factcheck.archive.documents import read_document, read_id
from factcheck.claims import Claim, DateValue, DurationValue, MoneyValue, QuantityValue
from factcheck.verify import units
from factcheck.verify.comparison import RateTable, read_rates
from factcheck.verify.cover import Cover
from factcheck.verify.cover import figure as cover_of_figure
from factcheck.verify.figures import Rates, side
from factcheck.verify.keys import Facets, GroupKey, KeyReader
from factcheck.verify.timespans import Days, days_of, duration_days

_KINDS = ("quantity", "percent", "money", "date", "duration")
_INFINITY = Decimal("Infinity")
_NEGATIVE_INFINITY = Decimal("-Infinity")
_SAME_EVENT_DAYS = 7
"""Dates further apart than this are other events, not one event reported on two days."""


@attrs.frozen
class Member:
    """One figure of a group: which document, the claim, the sentence it stands in."""

    doc_id: str
    claim: Claim
    sentence: str
    facets: Facets
    cover: Cover
    """The values it covers, in the group's common unit (days since year 1 for dates)."""


@attrs.frozen
class Conflict:
    """A group of figures about one thing that documents report differently.

    ``members`` holds every figure of the group as (document id, claim); ``readings`` the figures split into sets
    that agree among themselves, the largest first; ``reason`` says it in one line."""

    key: GroupKey
    members: tuple[tuple[str, Claim], ...]
    readings: tuple[tuple[tuple[str, Claim], ...], ...]
    sentences: tuple[str, ...]
    """The sentence of each member, in the order of ``members``."""
    reason: str

    def to_dict(self) -> dict[str, object]:
        return {
            "key": str(self.key),
            "reason": self.reason,
            "readings": [[{"doc_id": doc, "claim_id": c.id, "text": c.text, "start": c.start, "end": c.end}
                          for doc, c in reading] for reading in self.readings],
            "members": [{"doc_id": doc, "claim": c.to_dict(), "sentence": sentence}
                        for (doc, c), sentence in zip(self.members, self.sentences, strict=True)],
        }


@attrs.frozen
class ConflictReport:
    """What ``find_conflicts`` found: iterate it for the conflicts; ``errors`` lists the documents that could
    not be read, as (document id, message), none of them lost silently."""

    conflicts: tuple[Conflict, ...]
    errors: tuple[tuple[str, str], ...] = ()
    documents: int = 0
    claims: int = 0

    def __iter__(self) -> Iterator[Conflict]:
        return iter(self.conflicts)

    def __len__(self) -> int:
        return len(self.conflicts)

    def __getitem__(self, index: int) -> Conflict:
        return self.conflicts[index]


def find_conflicts(documents: Iterable[Mapping[str, object]], *, rates: RateTable | None = None) -> ConflictReport:
    """Groups of figures about the same thing that different documents report differently.

    Each document is a mapping with ``id`` and ``text``, and optionally ``lang``, ``reference_date`` (a ``date``,
    a timestamp or an ISO string, as ``extract_many`` reads them: it resolves "Selasa" and dates a figure the text
    does not date) and ``claims`` (claims
    already extracted from the text, to skip extraction). ``rates`` (as ``compare`` takes them) lets amounts in
    different currencies meet."""
    rates_table = read_rates(rates)
    groups: dict[GroupKey, list[Member]] = defaultdict(list)
    errors: list[tuple[str, str]] = []
    count = claims_seen = 0
    for position, document in enumerate(documents):
        count += 1
        try:
            doc_id, text, claims, reference_date = _read(document, position)
        except ValueError as err:
            errors.append((read_id(document.get("id") if isinstance(document, Mapping) else None, position),
                           str(err)))
            continue
        claims_seen += len(claims)
        reader = KeyReader(text, claims, reference_date, rates=bool(rates_table))
        context: dict[str | None, Facets] = {}
        for claim in claims:
            described = reader.describe(claim)
            if described is None:
                continue
            key, stated = described
            facets = _with_context(stated, context.get(key.measure))
            context[key.measure] = facets
            cover = _cover_of(claim, key, groups.get(key), rates_table)
            if cover is not None:
                sentence = text[claim.sentence.start:claim.sentence.end]
                groups[key].append(Member(doc_id, claim, sentence, facets, cover))
    shared = _keys_by_document(groups)
    conflicts = [c for key, members in groups.items() if len({m.doc_id for m in members}) > 1
                 for c in _conflicts(key, members) if key.kind != "date" or _same_story(c, shared)]
    conflicts.sort(key=lambda c: (c.members[0][0], c.members[0][1].start))
    return ConflictReport(tuple(conflicts), tuple(errors), count, claims_seen)


def _with_context(stated: Facets, earlier: Facets | None) -> Facets:
    """A figure that does not say where or in what event takes it from the document's last figure of the same
    measure, unless what it does say contradicts that figure: "sepuluh korban jiwa" in a quote is the flood's
    toll the article already gave; "12 orang … di Kota Bekasi" after a landslide's toll in Bogor is not."""
    if earlier is None or not _compatible(stated, earlier):
        return stated
    return Facets(stated.place or earlier.place, stated.event or earlier.event, stated.qualifiers or
                  earlier.qualifiers)


def _compatible(a: Facets, b: Facets) -> bool:
    return all(x is None or y is None or x == y for x, y in zip(a.values(), b.values(), strict=True))


def _read(document: object, position: int) -> tuple[str, str, list[Claim], dt.date | None]:
    """The id, text, claims and reference date of a document, read as archives read theirs
    (``factcheck.archive.documents``): what cannot be read is a ``ValueError`` naming it."""
    if not isinstance(document, Mapping):
        raise ValueError(f"a document is a mapping with 'id' and 'text', not {type(document).__name__}")
    read = read_document(document, position)
    if read.error is not None:
        raise ValueError(read.error)
    given = document.get("claims")
    if given is not None:
        if not isinstance(given, Sequence) or not all(isinstance(c, Claim) for c in given):
            raise ValueError("a document's 'claims' must be a list of Claim")
        return read.id, read.text, list(given), read.reference_date
    claims = extract_claims(read.text, lang=read.lang, reference_date=read.reference_date, kinds=_KINDS)
    return read.id, read.text, claims, read.reference_date


def _cover_of(claim: Claim, key: GroupKey, group: list[Member] | None, rates: Rates) -> Cover | None:
    """The values ``claim`` covers, in the unit of the group it joins (its first member's)."""
    value = claim.value
    if isinstance(value, DateValue):
        days = days_of(value.resolved or value.iso, value.modifier)
        if not isinstance(days, Days):
            return None  # a yearless date cannot be placed
        return Cover(Decimal(days.first.toordinal()), Decimal(days.last.toordinal()))
    if isinstance(value, DurationValue):
        return duration_days(value)
    figure = side(claim.kind, value)
    if figure is None:
        return None
    cover = cover_of_figure(figure.amount, figure.amount_max, figure.comparator, figure.nearly)
    if not group:
        return cover
    target = group[0].claim.value
    if isinstance(value, QuantityValue) and isinstance(target, QuantityValue) and value.unit != target.unit:
        source, goal = value.unit, target.unit
        if source is None or goal is None:
            return None
        return cover.map(lambda x: units.convert(x, source, goal))
    if isinstance(value, MoneyValue) and isinstance(target, MoneyValue) and value.currency != target.currency:
        rate = _rate(value.currency, target.currency, rates)
        return cover.map(lambda x: x * rate) if rate is not None else None
    return cover


def _rate(source: str | None, target: str | None, rates: Rates) -> Decimal | None:
    if source is None or target is None:
        return None
    direct = rates.get((source, target))
    if direct is not None:
        return direct
    inverse = rates.get((target, source))
    return Decimal(1) / inverse if inverse is not None else None


def _conflicts(key: GroupKey, members: list[Member]) -> list[Conflict]:
    """The disagreements inside one group. Facets split a group into sets that may overlap (a figure that names
    no place meets both places); disagreements that share a figure are one disagreement, reported once."""
    found: list[set[int]] = []
    by_id = {id(m): m for m in members}
    for compatible in _compatible_sets(members, 0):
        for near in _near_dates(compatible) if key.kind == "date" else [compatible]:
            if len({m.doc_id for m in near}) > 1 and len(_readings(near)) > 1:
                found.append({id(m) for m in near})
    merged: list[set[int]] = []
    for ids in found:
        for other in [o for o in merged if o & ids]:
            ids |= other
            merged.remove(other)
        merged.append(ids)
    out = []
    for ids in merged:
        near = [by_id[i] for i in sorted(ids, key=lambda i: (by_id[i].doc_id, by_id[i].claim.start))]
        readings = _readings(near)
        if len(readings) > 1:
            out.append(_conflict(key, near, readings))
    return out


def _keys_by_document(groups: Mapping[GroupKey, list[Member]]) -> dict[str, set[GroupKey]]:
    """The keys of each document's figures other than dates: what it reports."""
    out: dict[str, set[GroupKey]] = defaultdict(set)
    for key, members in groups.items():
        if key.kind != "date":
            for m in members:
                out[m.doc_id].add(key)
    return out


def _same_story(conflict: Conflict, shared: Mapping[str, set[GroupKey]]) -> bool:
    """Whether two disagreeing documents about a date report some other figure of one thing too: then they tell
    one story, and its date differs; a flood and a runway accident that both mention rain do not."""
    first, *others = [{doc for doc, _ in reading} for reading in conflict.readings]
    return any(shared.get(a, set()) & shared.get(b, set()) for other in others for a in first for b in other)


def _compatible_sets(members: list[Member], facet: int) -> list[list[Member]]:
    """Members split so that no two in a set state different values of a facet (a None is no statement)."""
    if facet == len(Facets().values()):
        return [members]
    stated = {m.facets.values()[facet] for m in members} - {None}
    if len(stated) <= 1:
        return _compatible_sets(members, facet + 1)
    out = []
    for value in stated:
        subset = [m for m in members if m.facets.values()[facet] in (None, value)]
        out.extend(_compatible_sets(subset, facet + 1))
    return out


def _near_dates(members: list[Member]) -> list[list[Member]]:
    """Dates chained by gaps of at most ``_SAME_EVENT_DAYS``: one event each."""
    ordered = sorted(members, key=lambda m: m.cover.low or Decimal(0))
    chains: list[list[Member]] = []
    last_end: Decimal | None = None
    for member in ordered:
        low = member.cover.low or Decimal(0)
        if last_end is None or low - last_end > _SAME_EVENT_DAYS:
            chains.append([])
        chains[-1].append(member)
        high = member.cover.high or low
        last_end = high if last_end is None else max(last_end, high)
    return chains


def _readings(members: list[Member]) -> list[list[Member]]:
    """Sets of members that agree, found by repeated consensus: the point most documents cover, its members,
    then the same among the documents left out."""
    left = list(members)
    readings: list[list[Member]] = []
    while left:
        point = _consensus(left)
        docs = {m.doc_id for m in left if _covers(m.cover, point)}
        reading = [m for m in left if m.doc_id in docs and _covers(m.cover, point)]
        readings.append(reading)
        left = [m for m in left if m.doc_id not in docs]
    return readings


def _covers(cover: Cover, point: Decimal) -> bool:
    low_ok = cover.low is None or cover.low <= point
    return low_ok and (cover.high is None or point <= cover.high)


def _consensus(members: Sequence[Member]) -> Decimal:
    """The value covered by the most documents (each counted once): a sweep over the covers' ends."""
    events: list[tuple[Decimal, int, str]] = []
    for m in members:
        low = m.cover.low if m.cover.low is not None else _NEGATIVE_INFINITY
        high = m.cover.high if m.cover.high is not None else _INFINITY
        events.append((low, 0, m.doc_id))
        events.append((high, 1, m.doc_id))
    events.sort()
    open_by_doc: dict[str, int] = defaultdict(int)
    best, best_point, docs_open = -1, events[0][0], 0
    for point, closing, doc in events:
        if closing:
            open_by_doc[doc] -= 1
            if open_by_doc[doc] == 0:
                docs_open -= 1
        else:
            if open_by_doc[doc] == 0:
                docs_open += 1
                if docs_open > best:
                    best, best_point = docs_open, point
            open_by_doc[doc] += 1
    return best_point


def _conflict(key: GroupKey, members: list[Member], readings: list[list[Member]]) -> Conflict:
    ordered = sorted(members, key=lambda m: (m.doc_id, m.claim.start))
    shown = " against ".join(
        f"{' / '.join(sorted({m.claim.text for m in reading}))} ({', '.join(sorted({m.doc_id for m in reading}))})"
        for reading in readings)
    return Conflict(
        key,
        tuple((m.doc_id, m.claim) for m in ordered),
        tuple(tuple((m.doc_id, m.claim) for m in sorted(r, key=lambda m: (m.doc_id, m.claim.start)))
              for r in readings),
        tuple(m.sentence for m in ordered),
        f"{key.measure or key.subject or key.kind}: {shown}",
    )
