"""The holder of a role named after it and a comma (``kata Menteri Kewangan, Datuk Seri Ahmad Zaki``): Malay and
Indonesian copy, and English ``said a spokesman for the agency, Jane Doe``, give the role first and its holder after
the comma; the holder is the speaker. Read after a cue beside a quote and after a speech verb outside quotes."""

from __future__ import annotations

from factcheck.kinds.quotes.marks import _NAME_WORD
from factcheck.kinds.quotes.people import _SPACE_CHARS
from factcheck.lang.base import LanguageData
from factcheck.patterns import ACRONYM_IN_BRACKETS, compile_pattern
from factcheck.speakers import Name, name_after

_BRACKETED_ACRONYM = compile_pattern(f" {ACRONYM_IN_BRACKETS}")
"""The acronym an organisation in a role is given in brackets before the comma and the name of its holder."""
_HOLDER_SEGMENTS = 3
"""How many comma-separated parts of a role may stand between a speech verb and the name that holds it."""


def _holder_after_comma(text: str, role: Name | None, data: LanguageData, stop: int) -> Name | None:
    """The person named after a role and a comma, after the verb: ``kata pengerusi persatuan itu, Khoo Seng Huat``,
    ``kata Pengerusi Jawatankuasa Kerja Raya, Pengangkutan dan Infrastruktur Johor, Mohamad Fazli Salleh``, ``said
    a spokesman for the agency, Jane Doe``. The words before the name must read as a role (a lower-case word, an
    organisation, a title or an acronym in them), and the name as a person's (two capitalised words or more, no
    organisation, title or acronym) that ends its clause; otherwise the speaker is the words before the comma
    (``kata Aminah Yusof, 54, peniaga``)."""
    if role is None or role.pronoun:
        return None
    comma = role.end
    pointer = _NAME_WORD.match(text, comma + 1, stop) if text[comma:comma + 1] == " " else None
    if pointer is not None and pointer.group().lower() in data.role_demonstratives:
        comma = pointer.end()  # "kata pengerusi persatuan itu, Khoo Seng Huat"
    acronym = _BRACKETED_ACRONYM.match(text, comma, stop)
    if acronym is not None:
        comma = acronym.end()  # "ujar Kepala Badan Pusat Statistik (BPS), Amalia Adininggar Widyasanti"
    if text[comma:comma + 1] != ",":
        return None
    is_role = _role_like(role.text, data)
    for _ in range(_HOLDER_SEGMENTS):
        part = name_after(text, comma + 1, data, stop)
        if part is None or part.pronoun:
            return None
        follow = text[part.end:part.end + 1] if part.end < stop else ""
        if follow == "," and (text[part.end + 1:part.end + 3].strip()[:1].islower() or _day_next(
                text, part.end + 1, stop, data)):
            follow = " "  # "…, Tan Ah Kow, ketika dihubungi", "…, Kombes Ade Rahmat Idnal, Selasa (9/7/2024)":
            # the clause goes on about the person, or gives the day
        elif follow == ",":
            is_role = is_role or _role_like(part.text, data)
            comma = part.end
            continue
        person = _person_like(part.text, data) or (data.single_names and _mononym(part.text, data))
        if is_role and person and (follow in ("", ".", "\n", "\r") or part.end >= stop or (
                follow == " " and (text[part.end + 1:part.end + 3].strip()[:1].islower() or _day_next(
                    text, part.end + 1, stop, data)))):
            return part
        return None
    return None


def _holder_before_quote(text: str, role: Name | None, data: LanguageData, lo: int, opening: int) -> Name | None:
    """``Menurut Ketua Polis Daerah Kajang, Asisten Komisioner Naazron Abdul Yusof, "…"``: the holder of a role
    after its comma, when only punctuation stands between the holder and the quote."""
    if role is None:
        return None
    end = opening
    while end > lo and text[end - 1] in " \t,:;\u00a0":
        end -= 1
    holder = _holder_after_comma(text, role, data, end)
    return holder if holder is not None and holder.end == end else None


def _day_next(text: str, pos: int, stop: int, data: LanguageData) -> bool:
    """Whether the next word after ``pos`` (a comma) names a day: a weekday or a date in digits."""
    j = pos
    while j < stop and text[j] in _SPACE_CHARS:
        j += 1
    if j < stop and text[j].isdigit():
        return True
    word = _NAME_WORD.match(text, j, min(stop, j + 20))
    return word is not None and word.group().lower() in data.weekdays


def _role_like(words: str, data: LanguageData) -> bool:
    """Whether a speaker's words read as a role: a lower-case word, an organisation, a title, a word of an office
    or an acronym."""
    for word in words.split():
        low = word.lower().strip("()")
        if not word[:1].isupper() or low in data.organization_words or low in data.name_titles or \
                low in data.role_words or (
                len(word.strip("()")) > 1 and word.strip("()").isupper()):
            return True
    return False


def _mononym(words: str, data: LanguageData) -> bool:
    """Whether a speaker's words are one capitalised name, as many Indonesians have (``kata Kepala Dinas Pertanian
    Grobogan, Sunanto, Rabu (20/3/2024)``, ``kata Menteri, Armizan, semalam``): no acronym, organisation, place,
    title, day or month."""
    held = words.split()
    if len(held) != 1 or not held[0][:1].isupper() or (len(held[0]) > 1 and held[0].isupper()):
        return False
    low = held[0].lower()
    return not (low in data.organization_words or low in data.place_prefixes or low in data.name_titles or
                low in data.role_words or low in data.weekdays or low in data.months)


def _person_like(words: str, data: LanguageData) -> bool:
    """Whether a speaker's words read as a person's name: two capitalised words or more (name particles aside),
    no organisation, place or acronym (a rank in capitals is a title: ``AKP Suryanto``), and no title at its
    end."""
    held = words.split()
    names = [w for w in held if w.lower() not in data.name_particles]
    if len(names) < 2 or held[-1].lower().rstrip(".") in data.name_titles:
        return False
    return all(w[:1].isupper() and not (len(w) > 1 and w.isupper() and w.lower().rstrip(".") not in data.name_titles)
               and w.lower() not in data.organization_words
               and w.lower() not in data.place_prefixes for w in names)
