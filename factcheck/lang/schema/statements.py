"""The tables for statements: quotes and their speakers, attribution, sentence cues, and what a figure is about."""

from __future__ import annotations

from collections.abc import Mapping

import attrs


@attrs.frozen(kw_only=True, slots=False)
class StatementWords:
    """How the language reports speech and says what a figure measures."""

    # ---- quotes and attribution (lower case)
    passive_speech_verbs: frozenset[str] = frozenset()
    """Passive speech verbs with the speaker after them: ``Hal itu disampaikan Kepala BNPB Suharyanto``."""
    name_joiners: frozenset[str] = frozenset()
    """Small words inside a speaker's name between the quote and its verb: ``Secretary of State Marco Rubio
    said``, ``Kementerian Komunikasi dan Digital``."""
    speech_adverbs: frozenset[str] = frozenset()
    """Adverbs between a speaker and the verb (``also``, ``juga``): skipped when reading the speaker back."""
    speech_only_verbs: frozenset[str] = frozenset()
    """Report verbs that also mean something else (``added`` jobs, ``menolak`` relokasi): they attribute only
    before speech, a comma, a colon, a quote or ``that``/``bahwa``."""
    noun_determiners: frozenset[str] = frozenset()
    """Words before a report verb that make it a noun (``a previous forecast``, ``following reports``)."""
    cues_after_quote: frozenset[str] = frozenset()
    """Speech verbs that follow a quote and precede its speaker: ``"…," ujar Putin``, ``"…," said Smith``."""
    cues_with_pronoun: Mapping[str, str] = attrs.field(factory=dict)
    """Speech verbs with the speaker built in, after a quote: ``ujarnya``, ``katanya`` → the pronoun meant."""
    participle_cues: frozenset[str] = frozenset()
    """Participles that give a quote to the subject of their sentence, whoever stands just before them:
    ``Governor Elena Cruz appealed for help, saying: "…"``, ``describing the account as "…"``."""
    text_cues: frozenset[str] = frozenset()
    """Verbs that bring in the words of a text (a note, a sign, a message), no one's speech: ``a note that read,
    "…"``, ``pesan singkat berbunyi "…"``: the quote that follows has no speaker."""
    role_articles: frozenset[str] = frozenset()
    """Articles that bring in a speaker by role alone, with no name: ``a spokesman for the hospice said``,
    ``seorang pejabat mengatakan``; a later ``he said`` may mean that speaker."""
    role_demonstratives: frozenset[str] = frozenset()
    """Demonstratives and articles that point a role back at the one the text brought in before, after the role
    (``kata juru bicara tersebut``, ``pejabat itu``) or before it (``the spokesman said``)."""
    cues_before_quote: frozenset[str] = frozenset()
    """Speech verbs between a speaker and the quote that follows: ``Putin mengatakan, "…"``, ``Smith said: "…"``."""
    audience_words: frozenset[str] = frozenset()
    """Lower-case words that may stand between a speech verb and the quote that follows it, besides capitalised
    names: who was told and its article (``told the reporters``, ``mengatakan wartawan``, ``memberitahu
    pemberita``)."""
    speaker_stopwords: frozenset[str] = frozenset()
    """Words that end a speaker's name after a cue: ``saat``, ``kepada``, ``when``, ``to``."""
    pronouns: frozenset[str] = frozenset()
    """Pronouns a speaker may be given as (``ia``, ``dia``, ``he``, ``she``): resolved to the last named speaker."""
    person_pronouns: Mapping[str, str] = attrs.field(factory=dict)
    """Pronouns that stand for one person, never an organisation, with the person's gender where the pronoun
    says it (``he`` → m, ``she`` → f, ``ia`` → "")."""
    sentence_cues: Mapping[str, frozenset[str]] = attrs.field(factory=dict)
    """Words that say what kind of statement a sentence makes, by Full Fact's claim types: ``prediction``
    (``akan``, ``will``), ``causation`` (``karena``, ``because``), ``trend`` (``naik``, ``rising``), ``rule``
    (``undang-undang``, ``law``), ``personal`` (``saya``, ``I``), ``opinion`` (``menurut saya``, ``should``),
    ``appeal`` (``mengimbau``, ``urged``, ``berharap``) and ``boilerplate`` (``baca juga``, ``reporting by``).
    ``factcheck.score_sentences`` reads them."""
    name_titles: frozenset[str] = frozenset()
    """Titles, ranks and honorifics written right before a person's name, without a final period: ``judge``,
    ``governor``, ``sen``, ``irjen``, ``kombes``, ``haji``, ``datuk``. A person's full name is what follows the last of
    them (``Judge Maria Lopez`` → ``Maria Lopez``; an acronym counts too: ``Kepala BNPB Suharyanto``). A title
    that takes its complement after it (``Menteri Luar Negeri Sugiono``, ``Pelatih Timnas Indonesia …``) is not
    one: what follows it is no name."""
    role_words: frozenset[str] = frozenset()
    """Words that name an office or a post, capitalised before its complement and no name (``Menteri``,
    ``Ketua``, ``Pengarah``, ``Kepala``): ``kata Ketua Pengarah Kastam, Datuk Seri Anis Rizana`` gives the words
    before the comma as a role, so the person after it is the speaker. English writes these among its
    ``name_titles``."""
    single_names: bool = False
    """Whether people in this language's news often go by one name (Indonesian ``Sunanto``, Malay ``Armizan``):
    one capitalised word after a role and its comma is then the role's holder (``kata Menteri, Armizan, semalam``).
    In English such a word is as often a club or a company (``said a spokesman for the club, Chelsea``)."""
    gendered_titles: Mapping[str, str] = attrs.field(factory=dict)
    """Titles that say a person's gender (``Mrs`` → f, ``Mr`` → m, ``Ibu`` → f): ``he`` never means Mrs Dunmore."""
    attribution_cues: Mapping[str, str] = attrs.field(factory=dict)
    """Cues that put a source after them: ``menurut``, ``mengutip dari``, ``according to`` → how they attribute
    (``source_after``)."""
    report_verbs: frozenset[str] = frozenset()
    """Verbs that put the source before them: ``X said``, ``X reported``, ``X mengatakan``."""
    hedges: frozenset[str] = frozenset()
    """Words that report without a source: ``dilaporkan``, ``reportedly``."""
    opinion_words: frozenset[str] = frozenset()
    """Words that mark opinion or wish rather than fact: ``harus``, ``semoga``, ``should``, ``hope``."""
    superlatives: frozenset[str] = frozenset()
    """Words of comparison or record: ``terbesar``, ``tertinggi``, ``largest``, ``record``, ``first``."""

    # ---- what a figure is about: the grouping key of a check (lower case; see factcheck.verify.keys)
    measure_words: Mapping[str, str] = attrs.field(factory=dict)
    """What a figure measures, to a concept shared by every language: ``tewas``, ``killed``, ``death toll`` →
    ``dead``; ``inflasi``, ``inflation`` → ``inflation``; ``rugi bersih``, ``net loss`` → ``loss``."""
    event_words: Mapping[str, str] = attrs.field(factory=dict)
    """What happened, to a shared concept: ``gempa``, ``quake`` → ``earthquake``; ``banjir`` → ``flood``."""
    noun_concepts: Mapping[str, str] = attrs.field(factory=dict)
    """Counted nouns to a shared concept: ``orang``, ``warga``, ``people`` → ``person``; ``rumah``, ``homes`` →
    ``house``."""
    measure_nouns: frozenset[str] = frozenset()
    """Nouns that only name a quantity (``tingkat``, ``jumlah``, ``rate``, ``total``): no restriction of what is
    measured (``inflation rate`` is inflation; ``sales at its data center unit`` is not all sales)."""
    qualifier_words: Mapping[str, str] = attrs.field(factory=dict)
    """Words that make a measure another one: ``tahunan``/``annual`` → ``annual``, ``inti``/``core`` → ``core``."""
    clause_joiners: frozenset[str] = frozenset()
    """Words that join two clauses or two items (``dan``, ``and``, ``while``): what a figure measures is not
    read across them (``killed 12 people and forced 1,000 from their homes``)."""
    increment_words: frozenset[str] = frozenset()
    """Words next to a count that make it an addition, not a total: ``empat jasad lagi``, ``four more bodies``,
    ``another 4``."""
    forecast_words: frozenset[str] = frozenset()
    """Words that make a figure an expectation, not an outcome: ``memperkirakan``, ``target``, ``expected``,
    ``forecast``, ``estimate``, ``polled``."""
    extreme_words: frozenset[str] = frozenset()
    """Superlatives that make a figure the extreme of a set (``tertinggi di Papua``), not the measure itself."""
    place_prepositions: frozenset[str] = frozenset()
    """Words before a place name: ``di``, ``in``."""
    place_prefixes: frozenset[str] = frozenset()
    """Words of a place's kind (``Kota Bekasi``, ``Bogor regency``), left out of the place's name."""

    organization_words: frozenset[str] = frozenset()
    """Words that open or close the name of an organisation (``kementerian``, ``badan``, ``ministry``, ``bank``,
    ``tbk``, ``inc``): a ClaimReview's author is then an Organization, not a Person."""

    # ---- speakers and quotes, the small words (lower case)
    complementizers: frozenset[str] = frozenset()
    """Words that open reported speech after a verb: ``that``, ``bahwa``, ``agar``."""
    related_links: tuple[str, ...] = ()
    """Labels of a link to another story (``Baca juga:``, ``Read more:``): what follows is a headline; a label
    alone on its line (``RELATED COVERAGE``, ``Artikel Terkait``) heads a list of headlines, one a line."""
    page_furniture: tuple[str, ...] = ()
    """Words of a web page's furniture that a scraper keeps in the text (``Comments (87)``, ``Dibaca 2.145 kali``,
    ``Kongsi 1.2K``, ``2 min read``, ``Copyright 2008 - 2024``, ``Tags:``): a line that opens with one and then a
    figure, a bracket, a slash or a colon, or with a figure and then one, holds no claim of the story."""
    related_lead_ins: tuple[str, ...] = ()
    """Words that open a line pointing to another story or a video with no colon after them (detik's ``Simak Video
    "…"``, CNN Indonesia's ``Baca artikel CNN Indonesia "…" selengkapnya di sini``): the whole line is another
    story's."""
    relative_words: frozenset[str] = frozenset()
    """Relative words after a pronoun and before a role the pronoun's person also holds: ``Beliau yang juga
    Menteri Kerja Raya berkata`` is ``beliau``, not the role."""
    headline_labels: frozenset[str] = frozenset()
    """Words that label a headline and are no speaker before its colon: ``Update: "…"``, ``Video: "…"``,
    ``Eksklusif: "…"``; any other single word there (``PM: "…"``, ``Menkes soal …: "…"``) is the speaker."""
    speaker_determiners: frozenset[str] = frozenset()
    """Words before a name that are not part of it: ``the``, ``sang``, ``si``, ``para``."""
    name_particles: frozenset[str] = frozenset()
    """Small words inside personal and official names besides ``name_joiners``: ``bin``, ``binti``, ``van``, ``de``,
    ``on`` (``Committee on Finance``), ``&``."""
    active_verb_prefixes: tuple[str, ...] = ()
    """Prefixes of active verbs (``me-``, ``ber-``): a capitalised word with one starts no name."""
    cues_naming_after: frozenset[str] = frozenset()
    """Cues before a quote whose speaker follows them: ``menurut Budi``, ``kata Budi``, ``according to Smith``."""
    possessive_suffixes: tuple[str, ...] = ()
    """``'s``: ``Dresden's city council`` names a place's body, not a person."""
    closing_abbreviations: frozenset[str] = frozenset()
    """Abbreviations that end a sentence when a capital follows: ``etc.``, ``dll.``, ``p.m.``."""
    academic_degrees: frozenset[str] = frozenset()
    """Academic titles written after a name without periods (case-sensitive): ``MKM``, ``PhD``, ``SKom``."""
