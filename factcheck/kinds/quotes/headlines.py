"""Headline quotes: the speaker before a colon (``Kapolres Bogor: \"…\"``, ``PM: '…'``) or after a dash
(``'Jangan politikkan isu banjir' - Menteri Besar``)."""

from __future__ import annotations

from factcheck.kinds.quotes.marks import _MIN_WORDS_PARTIAL, _NAME_WORD, _NEXT_OPENING, _WORDS, Span
from factcheck.kinds.quotes.names import NameIndex
from factcheck.kinds.quotes.people import _SPACE_CHARS
from factcheck.lang.base import LanguageData
from factcheck.patterns import compile_pattern
from factcheck.speakers import Name, name_after


def _headline(text: str, span: Span, data: LanguageData, para_start: int, names: NameIndex) -> Name | None:
    """The headline convention ``Kapolres Bogor: "…"``, ``Fed's Calloway: "…" on rate cuts``, ``Jokowi soal
    Reshuffle: "…"``: a paragraph that opens with a name, maybe a topic after a stop word (``soal``, ``on``),
    and a colon just before the quote. A single word is a speaker (``PM:``) unless it is one of the language's
    ``headline_labels`` (``Update:``, ``Video:``) that the text writes in no longer name; a quote of one or two
    words is a scare quote."""
    colon = span.open_at
    while colon > para_start and text[colon - 1] in _SPACE_CHARS:
        colon -= 1
    if colon == para_start or text[colon - 1] != ":":
        return None
    if colon - para_start > _HEADLINE_MAX or _NEXT_OPENING.search(text, para_start, colon) is not None:
        return None
    if len(_WORDS.findall(text, span.start, span.end)) < _MIN_WORDS_PARTIAL:
        return None  # 'Sri Mulyani: "Resesi" Bukan Ancaman': a scare quote in a headline
    colon -= 1
    name = name_after(text, para_start, data, colon)
    if name is None or name.pronoun or name.start != para_start or not name.text[:1].isupper():
        return None
    first = name.text.split()[0].lower()
    if first in data.pronouns or first in data.cues_naming_after or first in data.speaker_stopwords or any(
            label.split()[0] == first for label in data.related_links):
        return None  # "Baca juga: …", "Menurut …"
    rest = _NAME_WORD.match(text, name.end + 1, colon)
    if name.end < colon and (rest is None or text[name.end] != " " or
                             rest.group().lower() not in data.speaker_stopwords):
        return None  # "Pesannya jelas: …": a sentence, no name
    if " " not in name.text and name.text not in names.words and first in data.headline_labels:
        return None  # "Update: …", "Video: …": a label; "PM: …", "Menkes soal …: …" name the speaker
    return name


_HEADLINE_DASH = compile_pattern(r"[ \u00a0]*+(?:-{1,2}|[–—])[ \u00a0]*+")
_HEADLINE_SPEAKER_WORDS = 6
"""The most words of a speaker credited after a dash at the end of a headline (``– Menteri Besar``)."""


def _headline_after(text: str, span: Span, data: LanguageData, para_start: int, para_end: int) -> Name | None:
    """The headline convention ``'Jangan politikkan isu banjir' - Menteri Besar``, ``"…" – KKM``: a paragraph
    that is a quote (maybe after a topic and a colon: ``NHS waiting lists: '…' - health boss``) and, after a
    dash, the few words of who said it, to the paragraph's end."""
    topic = text[para_start:span.open_at].strip()
    if (topic and (not topic.endswith(":") or len(topic) > _HEADLINE_MAX)) or \
            len(_WORDS.findall(text, span.start, span.end)) < 2:
        return None
    dash = _HEADLINE_DASH.match(text, span.after, para_end)
    if dash is None or dash.end() == span.after or not text[span.after:dash.end()].strip():
        return None
    tail = text[dash.end():para_end].rstrip()
    if not tail[:1].isalpha() or len(tail.split()) > _HEADLINE_SPEAKER_WORDS or any(c in tail for c in ".!?:;\"“”"):
        return None
    name = name_after(text, dash.end(), data, dash.end() + len(tail))
    if name is None or name.pronoun or name.end != dash.end() + len(tail):
        return None
    return name


_HEADLINE_MAX = 90
