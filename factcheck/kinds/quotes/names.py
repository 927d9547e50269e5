"""The names a text writes, read once: what a short name (``Lopez``, ``kata Taufik``) or an acronym (``Kemlu``) stands
for in full."""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from functools import partial

from factcheck.patterns import compile_pattern
from factcheck.speakers import Name

_NAME_RUN = compile_pattern(r"(?<![\p{L}\p{M}'’\-])\p{Lu}[\p{L}\p{M}'’\-]*+(?:[ \u00a0]\p{Lu}[\p{L}\p{M}'’\-]*+){1,11}",
                            scanning=True)
"""Two to twelve capitalised words (``Kepala Eksekutif Pengawas Perbankan OJK Rahmat Sudrajat``); a run starts only
at a word's start, so a long word is read once."""
_WORD = compile_pattern(r"(?<![\p{L}\p{M}])[\p{L}\p{M}]++", scanning=True)
_ACRONYM_DEFINED = compile_pattern(r" \((\p{Lu}[\p{L}\p{N}&\-]{1,15}+)\)")


class NameIndex:
    """The runs of capitalised words a text writes (``Maria Lopez``, ``Kapolda Metro Jaya Irjen Surya Darmawan``),
    read once: a word seen inside such a run is part of a name, so a later ``Lopez said`` or ``kata Taufik`` means
    the full name, and a capitalised word that opens a sentence (``Selain``, ``Hadir``) and is in no run is no
    one's name."""

    def __init__(self, text: str, openers: frozenset[str] = frozenset(), titles: frozenset[str] = frozenset()) -> None:
        """``openers``: lower-case words that open a sentence and no name (``Menurut Andi`` is ``Andi``);
        ``titles``: lower-case words written right before a person's name (``judge``, ``irjen``, ``mr``)."""
        self.titles = titles
        self.text = text
        self.run_starts: array[int] = array("q")
        self.run_ends: array[int] = array("q")
        """Where each run starts and ends, in text order."""
        self.held: defaultdict[str, array[int]] = defaultdict(partial(array, "q"))
        """The runs holding a word, by their number, in text order (a ``Name`` is made only when asked for; numbers
        are kept in arrays, a fifth of the memory of lists of integers, as a text repeats names often)."""
        self.longer: defaultdict[str, array[int]] = defaultdict(partial(array, "q"))
        """The runs of three words or more holding a word: what a two-word name may be the short form of."""
        self.acronyms: dict[str, Name] = {}
        """Short forms the text defines in brackets after a name, to that name."""
        run_starts, run_ends, held, longer = self.run_starts, self.run_ends, self.held, self.longer
        for m in _NAME_RUN.finditer(text):
            body = m.group()
            space = body.find(" ")
            if space < 0:
                continue  # no-break spaces only: one word here
            start, end = m.span()
            if body[:space].lower() in openers:
                start += space + 1
                while (space := text.find(" ", start, end)) > 0 and text[start:space].lower() in openers:
                    start = space + 1
                body = text[start:end]
                if " " not in body:
                    continue
            if text.startswith(" (", end):
                acronym = _ACRONYM_DEFINED.match(text, end)
                if acronym is not None and acronym.group(1)[0] == body[0]:
                    self.acronyms.setdefault(acronym.group(1), Name(body, start, end))  # "Kementerian Luar Negeri
                    # (Kemlu)", not the "National Statistics" of "Office for National Statistics (ONS)"
            parts = body.split()
            number = len(run_starts)
            run_starts.append(start)
            run_ends.append(end)
            if len(parts) == 2:
                held[parts[0]].append(number)
                if parts[1] != parts[0]:
                    held[parts[1]].append(number)
                continue
            for word in set(parts):
                held[word].append(number)
                longer[word].append(number)
        self.words = held.keys()
        self.counts: Counter[str] | None = None
        """The words of the runs (asked only whether they hold one: a default dict adds what it is indexed by)."""

    def common(self, word: str) -> bool:
        """Whether the text writes ``word`` in lower case as often as with its capital or more: a common word that
        opens a sentence or a headline (``Deflasi terdalam terjadi …`` beside ``deflasi`` all through the story),
        no one's name (``Rose`` beside one ``prices rose`` stays a name). The words are counted once, when first
        asked."""
        if self.counts is None:
            self.counts = Counter(_WORD.findall(self.text))
        written = self.counts[word]
        return written > 0 and self.counts[word.lower()] >= written  # ("O'Brien" is no word counted: a name)

    def _run(self, number: int) -> Name:
        start, end = self.run_starts[number], self.run_ends[number]
        return Name(self.text[start:end], start, end)

    def full(self, name: Name) -> Name | None:
        """The last run before ``name`` that holds ``name``, a single word (``Bambang`` in ``Kepala BIG Bambang
        Irawan``), or the name an acronym was defined for (``Kemlu`` after ``Kementerian Luar Negeri (Kemlu)``);
        None when there is none."""
        if name.pronoun:
            return None
        words = self._bare(name)
        if len(words) > 1:
            return self._longer(words, name.start)
        word = words[0]
        defined = self.acronyms.get(word) if self.acronyms else None
        if defined is not None and defined.end < name.start:
            return defined  # "Kemlu" after "Kementerian Luar Negeri (Kemlu)": the organisation in full
        if word.isupper() and len(word) > 1:
            return None  # "BMKG", "OPEC": an acronym is an organisation, no short form of a person's name
        runs = self.held.get(word)
        if runs is None:
            return None
        k = bisect_left(runs, bisect_right(self.run_ends, name.start)) - 1  # the last run ending by name.start
        return self._run(runs[k]) if k >= 0 else None

    def _longer(self, words: list[str], before: int) -> Name | None:
        """The last run before ``before`` that writes ``words`` and goes on after them: ``Sri Wahyuni`` is
        ``Menteri Keuangan Sri Wahyuni Lestari`` given earlier. Only the last ``_LOOK_BACK`` longer runs with its
        first word are read, so a text that repeats a name without ever writing it in full stays linear."""
        runs = self.longer.get(words[0])
        if runs is None:
            return None
        k = bisect_left(runs, bisect_left(self.run_starts, before)) - 1  # the last run starting before ``before``
        lo = max(0, k - _LOOK_BACK)
        for number in reversed(runs[lo:k + 1]):
            start, end = self.run_starts[number], self.run_ends[number]
            if end > before:
                continue
            held = self.text[start:end].split()
            for i in range(len(held) - len(words)):
                if held[i:i + len(words)] == words:
                    return Name(self.text[start:end], start, end)
        return None

    def person(self, run: Name, short: Name) -> Name:
        """The person's own name in ``run``, a run that holds the short form ``short``: the words from the short
        form to the run's end when it is a first name (``Pudji`` in ``Jasa BPS Pudji Ismartini``, ``Rahmat`` in
        ``Kepala Eksekutif Pengawas Perbankan OJK Rahmat Sudrajat``); for a surname that ends the run, the words
        after the last title or acronym before it when one or two stand between (``Lopez`` in ``Judge Maria
        Lopez``, ``Suharyanto`` in ``Kepala BNPB Suharyanto``). Otherwise the run as the text writes it: with no
        title to stop at (``Menteri Luar Negeri Sugiono``), guessing where a name starts would invent it."""
        words = [(m.start(), m.end()) for m in _WORD.finditer(run.text)]
        held = [run.text[a:b] for a, b in words]
        wanted = self._bare(short)
        at = next((i for i in range(len(held) - len(wanted) + 1) if held[i:i + len(wanted)] == wanted), None)
        if at is None:
            return run
        cut = max((k + 1 for k in range(at) if self._title(held[k])), default=0)
        if at + len(wanted) == len(held) and at > cut:  # a surname
            if cut == 0 or at - cut > _GIVEN_NAMES:
                return run
            at = cut
        return Name(run.text[words[at][0]:], run.start + words[at][0], run.end)

    def holder(self, role: Name) -> Name:
        """The person a role with a name holds, the capitalised words after its last title or acronym, up to a
        lower-case word (``Juru Bicara KPK Ahmad Fauzan`` → ``Ahmad Fauzan``, ``State Department spokesman Oliver
        Grant`` → ``Oliver Grant``, ``Republican Senator Dale Harmon of Idaho`` → ``Dale Harmon``); the role itself
        when no name follows one (``spokesman for the GMB union``, ``Juru bicara Kemenkes``)."""
        words = [(m.start(), m.end()) for m in _WORD.finditer(role.text)]
        held = [role.text[a:b] for a, b in words]
        k = max((i for i in range(len(held) - 1) if self._title(held[i])), default=-1)
        if k < 0 or not held[k + 1][:1].isupper():
            return role
        end = next((i for i in range(k + 1, len(held)) if not held[i][:1].isupper()), len(held))
        return Name(role.text[words[k + 1][0]:words[end - 1][1]], role.start + words[k + 1][0],
                    role.start + words[end - 1][1])

    def _bare(self, name: Name) -> list[str]:
        """The words of a name without the titles that open it: ``Ms. Carter`` is ``Carter``."""
        if " " not in name.text:
            return [name.text.strip()]
        words = name.text.split()
        while len(words) > 1 and self._title(words[0]) and not words[0].isupper():
            words = words[1:]
        return words

    def _title(self, word: str) -> bool:
        """Whether a word of a run is a title, a rank or an acronym, never a person's name: ``Judge``, ``Sen``,
        ``Irjen``, ``BPS``, ``AKBP``."""
        bare = word.rstrip(".")
        return (len(bare) > 1 and bare.isupper()) or bare.lower() in self.titles


_WORD = compile_pattern(r"[^ \u00a0]++")
_LOOK_BACK = 200
"""How many earlier runs of three words or more a two-word name is looked up in."""
_GIVEN_NAMES = 2
"""How many given names may stand between a title and a surname (``Presiden Susilo Bambang Yudhoyono``)."""
