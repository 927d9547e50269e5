"""English corpus for quotes: direct quotations, their speaker and their speech verb.

The texts are written the way English-language wire and newspaper copy is written (Reuters, AP, BBC, The Guardian,
The Jakarta Post): the attribution after the quote (``"…," said John Smith, the minister.``, ``"…," Smith said.``,
``"…," he said.``), before it (``Smith said: "…"``, ``Smith told Reuters: "…"``, ``According to Smith, "…"``),
AP-style quotes that run over paragraphs, British single marks (``‘We will not back down,’ she said.``).

What it covers, one group per rule of docs/claims.md ("quote"):

- the cue after the quote: ``said``, ``told``, ``says``, ``added``, ``wrote``, ``asked``, ``warned``,
  ``explained``, with the speaker after the cue (``said police spokesman Ahmad Ramadhan``) or before it
  (``Smith said on Tuesday``, ``Smith told Reuters``); where the speaker ends (a comma, ``when``, ``who``, ``to``,
  the end of the sentence);
- the cue before the quote: ``said:``, ``told Reuters:``, ``says:``, ``wrote:``, ``asked:``, ``warned:``,
  ``explained:``, ``According to X,``;
- pronoun speakers (``he said``, ``she told reporters``, ``he added``, ``She added: "…"``): the speaker is the
  nearest named speaker before it, in the same or the previous paragraph;
- marks: straight ``"…"``, curly ``“…”``, single ``‘…’`` and ``'…'``, ``„…“``, ``«…»``; an apostrophe inside a word
  (``don't``, ``won’t``, ``court's``) is not a mark; a comma outside the closing mark (British style) is not in
  the span;
- a quote split by its attribution (``"We are ready," Smith said. "We are waiting for the decision."``): two
  claims with the same speaker;
- a quote over several paragraphs (each continuation paragraph opens with a mark, only the last one closes): one
  claim whose anchor runs from the first word to the last, over the line break and the continuation's opening mark;
- nested quotes: one claim, the outer one;
- stray marks: a mark that never closes in its paragraph gives nothing, and the other quotes are still found;
- real quotes beside scare quotes, titles and nicknames, which give nothing.

NEGATIVES are texts with no quote: scare quotes (``the so-called "peace plan"``, ``‘best’``), titles of programmes,
films, books, songs and shows, nicknames (``Joko "Jokowi" Widodo``), single quoted words, apostrophes (``don't``,
``the '90s``, ``O'Brien``), inch marks (``5'11"``, ``13"``) and paragraphs with one stray mark.

Speaker extent rule used throughout: ``speaker`` is the noun phrase next to the cue (after it for ``"…," said X``
and ``according to X``, before it for ``"…," X said`` and ``X said: "…"``), running up to the first comma,
``when``, ``who``, ``to`` or the end of the sentence (before the cue: back to the closing mark, the start of the
sentence or the last comma). Titles and roles before a name are part of it (``Trade Minister Budi Santoso``,
``police spokesman Ahmad Ramadhan``, ``Sen. John Miller``); an appositive after a comma is not (``"…," said John
Smith, the health minister.`` → ``John Smith``); a role without a name keeps its article (``"…" the minister
said.`` → ``the minister``). No text puts a comma between a title and its name, and no speaker after the cue is
followed by a word outside that list (``in``, ``on``, ``at``), so the rule gives one answer everywhere. For a
pronoun the speaker is the antecedent with the same extent, and ``speaker_resolved=True``.

Conventions: ``cue`` is the speech verb as written, in lower case (``according to`` for ``According to``). The
second part of a split quote has no cue of its own and is given without ``cue`` (and without ``resolved``).
``content`` is given for multi-paragraph quotes (the anchor without the continuation paragraph's opening mark; the
line break stays). ``resolved`` is given only when it is true; keys not given are not checked.
"""

from __future__ import annotations

from tests.corpus.spec import C, Ex

KINDS = ("quote",)

EXAMPLES: list[Ex] = [
    # ------------------------------------------------------------------------------------------------------------
    # "…," said X: the speaker after the cue, titles included, an appositive after a comma excluded
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        '"We will not accept any deal that leaves our farmers worse off," said Trade Minister Budi Santoso.',
        C(
            "quote",
            "We will not accept any deal that leaves our farmers worse off,",
            speaker="Trade Minister Budi Santoso",
            cue="said",
        ),
    ),
    Ex(
        '"The decision was taken after careful consideration of the evidence," said John Smith, the health minister.',
        C(
            "quote",
            "The decision was taken after careful consideration of the evidence,",
            speaker="John Smith",
            cue="said",
        ),
        note="the appositive after the comma is not part of the speaker",
    ),
    Ex(
        '"Three suspects have been arrested and are being questioned," said police spokesman Ahmad Ramadhan.',
        C(
            "quote",
            "Three suspects have been arrested and are being questioned,",
            speaker="police spokesman Ahmad Ramadhan",
            cue="said",
        ),
    ),
    Ex(
        '"We expect the rupiah to stabilise once the global outlook becomes clearer," said Maria Lopez, an economist '
        "at DBS Bank in Singapore.",
        C(
            "quote",
            "We expect the rupiah to stabilise once the global outlook becomes clearer,",
            speaker="Maria Lopez",
            cue="said",
        ),
    ),
    Ex(
        '"The evacuation is going as well as it can in these conditions," said Fire Chief Daniel Brooks when asked '
        "about the delays.",
        C(
            "quote",
            "The evacuation is going as well as it can in these conditions,",
            speaker="Fire Chief Daniel Brooks",
            cue="said",
        ),
        note="the speaker ends at 'when'",
    ),
    Ex(
        '"We have never seen flooding on this scale," said Tom Harris, who has farmed the valley for 40 years.',
        C("quote", "We have never seen flooding on this scale,", speaker="Tom Harris", cue="said"),
    ),
    Ex(
        '"This is a day our city will never forget," said Mayor Linda Park to applause from residents.',
        C("quote", "This is a day our city will never forget,", speaker="Mayor Linda Park", cue="said"),
        note="the speaker ends at 'to'",
    ),
    Ex(
        '"Nobody in this building was told that the cladding was flammable," said Mr Patel.',
        C(
            "quote",
            "Nobody in this building was told that the cladding was flammable,",
            speaker="Mr Patel",
            cue="said",
        ),
    ),
    Ex(
        '"The bill is dead on arrival in the Senate," said Sen. John Miller, R-Ohio.',
        C("quote", "The bill is dead on arrival in the Senate,", speaker="Sen. John Miller", cue="said"),
        note="AP style: the full stop of 'Sen.' does not end the speaker",
    ),
    Ex(
        'JAKARTA (Reuters) - "Indonesia will keep its nickel export ban in place," said Coordinating Economic Minister '
        "Hendra Kusuma.",
        C(
            "quote",
            "Indonesia will keep its nickel export ban in place,",
            speaker="Coordinating Economic Minister Hendra Kusuma",
            cue="said",
        ),
        note="a dateline before the quote",
    ),
    # ------------------------------------------------------------------------------------------------------------
    # "…," X said: the speaker before the cue
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        '"The company has done nothing wrong," Walker said.',
        C("quote", "The company has done nothing wrong,", speaker="Walker", cue="said"),
    ),
    Ex(
        '"Prices will keep rising until supply improves," Collins said on Tuesday.',
        C("quote", "Prices will keep rising until supply improves,", speaker="Collins", cue="said"),
    ),
    Ex(
        '"We are cooperating fully with the investigation," airline chief executive Paul Reed said in a statement.',
        C(
            "quote",
            "We are cooperating fully with the investigation,",
            speaker="airline chief executive Paul Reed",
            cue="said",
        ),
    ),
    Ex(
        '"Our hospitals are full and our staff are exhausted," Health Minister Sarah Collins said at a news '
        "conference in Canberra.",
        C(
            "quote",
            "Our hospitals are full and our staff are exhausted,",
            speaker="Health Minister Sarah Collins",
            cue="said",
        ),
    ),
    Ex(
        '"The deal is done," Walker said, adding that the contract would be signed on Friday.',
        C("quote", "The deal is done,", speaker="Walker", cue="said"),
    ),
    Ex(
        '"Nobody will be evicted without compensation," said Jakarta Governor Rudi Hartanto.',
        C(
            "quote",
            "Nobody will be evicted without compensation,",
            speaker="Jakarta Governor Rudi Hartanto",
            cue="said",
        ),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # X said: "…"; X said, "…"
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        'Defence Minister Peter Grant said: "Our troops will stay until the job is done."',
        C(
            "quote",
            "Our troops will stay until the job is done.",
            speaker="Defence Minister Peter Grant",
            cue="said",
        ),
        note="a full stop inside the marks stays in the span",
    ),
    Ex(
        'Walker said, "We never received a single complaint about the product."',
        C("quote", "We never received a single complaint about the product.", speaker="Walker", cue="said"),
    ),
    Ex(
        'At a rally in Surabaya on Saturday, Prabowo said: "No Indonesian child should go to school hungry."',
        C(
            "quote",
            "No Indonesian child should go to school hungry.",
            speaker="Prabowo",
            cue="said",
        ),
        note="before the cue, the speaker runs back to the last comma",
    ),
    # ------------------------------------------------------------------------------------------------------------
    # told
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        'Central bank governor Ana Silva told Reuters: "We are ready to act if the currency weakens further."',
        C(
            "quote",
            "We are ready to act if the currency weakens further.",
            speaker="Central bank governor Ana Silva",
            cue="told",
        ),
    ),
    Ex(
        '"There is no plan to raise fuel prices this year," Energy Minister Arif Wijaya told Reuters.',
        C(
            "quote",
            "There is no plan to raise fuel prices this year,",
            speaker="Energy Minister Arif Wijaya",
            cue="told",
        ),
    ),
    Ex(
        '"The search will continue through the night," Basarnas official Yusuf Maulana told reporters in Jakarta.',
        C(
            "quote",
            "The search will continue through the night,",
            speaker="Basarnas official Yusuf Maulana",
            cue="told",
        ),
    ),
    Ex(
        '"The variant spreads faster, but there is no sign it causes more severe illness," Dr Sarah Jones told the '
        "BBC.",
        C(
            "quote",
            "The variant spreads faster, but there is no sign it causes more severe illness,",
            speaker="Dr Sarah Jones",
            cue="told",
        ),
    ),
    Ex(
        '"We have been clear that the tax will not go up," Ms Hart told BBC Radio 4\'s Today programme.',
        C(
            "quote",
            "We have been clear that the tax will not go up,",
            speaker="Ms Hart",
            cue="told",
        ),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # says, added, according to
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        '"Most people have no idea how close the fault line runs to the city," says Dr Sarah Jones, a geologist at '
        "the University of Oxford.",
        C(
            "quote",
            "Most people have no idea how close the fault line runs to the city,",
            speaker="Dr Sarah Jones",
            cue="says",
        ),
    ),
    Ex(
        'Harris says: "The river used to be full of fish. Now we are lucky to catch anything at all."',
        C(
            "quote",
            "The river used to be full of fish. Now we are lucky to catch anything at all.",
            speaker="Harris",
            cue="says",
        ),
        note="a quote of two sentences is one claim",
    ),
    Ex(
        '"We will also review the safety record of every operator," Grant added.',
        C("quote", "We will also review the safety record of every operator,", speaker="Grant", cue="added"),
    ),
    Ex(
        '"No decision has been made on the second runway," added airport director Michael Tan.',
        C(
            "quote",
            "No decision has been made on the second runway,",
            speaker="airport director Michael Tan",
            cue="added",
        ),
    ),
    Ex(
        'According to Harris, "The harvest is the worst we have had in a decade."',
        C(
            "quote",
            "The harvest is the worst we have had in a decade.",
            speaker="Harris",
            cue="according to",
        ),
    ),
    Ex(
        'According to ministry spokesman Hendra Kusuma, "All 14 crew members have been accounted for."',
        C(
            "quote",
            "All 14 crew members have been accounted for.",
            speaker="ministry spokesman Hendra Kusuma",
            cue="according to",
        ),
    ),
    Ex(
        'According to Health Minister Sarah Collins, "Every patient on the waiting list will be seen within a year."',
        C(
            "quote",
            "Every patient on the waiting list will be seen within a year.",
            speaker="Health Minister Sarah Collins",
            cue="according to",
        ),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # wrote, asked, warned, explained
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        'In a post on X, Senator Jane Doe wrote: "This bill would gut protections for millions of workers."',
        C(
            "quote",
            "This bill would gut protections for millions of workers.",
            speaker="Senator Jane Doe",
            cue="wrote",
        ),
    ),
    Ex(
        '"The past year has tested every part of this business," Walker wrote in a letter to shareholders.',
        C("quote", "The past year has tested every part of this business,", speaker="Walker", cue="wrote"),
    ),
    Ex(
        '"Where has the money gone?" asked opposition leader Tom Harris.',
        C("quote", "Where has the money gone?", speaker="opposition leader Tom Harris", cue="asked"),
        note="a question mark inside the marks stays in the span",
    ),
    Ex(
        'Harris asked: "Who is going to pay for the damage?"',
        C("quote", "Who is going to pay for the damage?", speaker="Harris", cue="asked"),
    ),
    Ex(
        '"Global growth is weaker than it looks, and the risks are tilted to the downside," warned IMF chief '
        "economist Pierre Dubois.",
        C(
            "quote",
            "Global growth is weaker than it looks, and the risks are tilted to the downside,",
            speaker="IMF chief economist Pierre Dubois",
            cue="warned",
        ),
    ),
    Ex(
        '"If the rains fail again, we will see food shortages by March," Collins warned.',
        C("quote", "If the rains fail again, we will see food shortages by March,", speaker="Collins", cue="warned"),
    ),
    Ex(
        'UN Secretary-General Antonio Guterres warned: "We are on a highway to climate hell with our foot still on '
        'the accelerator."',
        C(
            "quote",
            "We are on a highway to climate hell with our foot still on the accelerator.",
            speaker="UN Secretary-General Antonio Guterres",
            cue="warned",
        ),
    ),
    Ex(
        '"The magma is rising, but slowly," explained Professor Li Wei, who studies volcanic hazards at Gadjah Mada '
        "University.",
        C("quote", "The magma is rising, but slowly,", speaker="Professor Li Wei", cue="explained"),
    ),
    Ex(
        'Li explained: "An eruption could come within days, or not for months."',
        C("quote", "An eruption could come within days, or not for months.", speaker="Li", cue="explained"),
    ),
    Ex(
        '"Enough is enough!" said union leader Karen Wells.',
        C("quote", "Enough is enough!", speaker="union leader Karen Wells", cue="said"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # A role without a name: '"…" the minister said.' (the article is part of the speaker)
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        '"Where is the money?" the minister asked.',
        C("quote", "Where is the money?", speaker="minister", cue="asked"),
    ),
    Ex(
        '"We are not going anywhere" the minister said.',
        C("quote", "We are not going anywhere", speaker="minister", cue="said"),
        note="no punctuation inside the marks: the span ends at the last word",
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Pronoun speakers: he said, she told, he added, She added: "…" (resolved to the nearest named speaker)
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        'Walker said the talks had stalled. "We are not there yet," he said.',
        C("quote", "We are not there yet,", speaker="Walker", cue="said", speaker_resolved=True),
        note="the speaker is named earlier in the same paragraph",
    ),
    Ex(
        "Collins said the budget would be revised in October.\n"
        '"We remain committed to fiscal discipline, whatever the markets do," she said.',
        C(
            "quote",
            "We remain committed to fiscal discipline, whatever the markets do,",
            speaker="Collins",
            cue="said",
            speaker_resolved=True,
        ),
        note="the speaker is named in the previous paragraph",
    ),
    Ex(
        "Mayor Ellen Price said the dam had held overnight.\n"
        "Crews pumped water from 40 homes before dawn, said county emergency management director Tom Reyes. "
        '"Some basements are still under a metre of water," he said.',
        C("quote", "Some basements are still under a metre of water,", speaker="county emergency management director "
          "Tom Reyes", cue="said", speaker_resolved=True),
        note="an inverted 'said ROLE NAME' after a comma names the nearest speaker, not the one named before",
    ),
    Ex(
        "Mayor Ellen Price said the dam had held overnight.\n"
        "Water had been pumped from 40 homes by dawn, said a county statement issued at noon. "
        '"Some basements are still under a metre of water," she said.',
        C("quote", "Some basements are still under a metre of water,", speaker="Mayor Ellen Price", cue="said",
          speaker_resolved=True),
        note="no name ends the clause after the inverted verb: the pronoun means the one named before",
    ),
    Ex(
        "Finance Minister Sarah Collins said on Friday the deficit would stay below 3% of GDP.\n"
        '"There will be no emergency budget," she said.',
        C(
            "quote",
            "There will be no emergency budget,",
            speaker="Finance Minister Sarah Collins",
            cue="said",
            speaker_resolved=True,
        ),
        note="the antecedent is given with its title, as the extent rule gives it",
    ),
    Ex(
        "Grant said the ferry had been carrying twice its permitted load.\n"
        '"This was a disaster waiting to happen," he told reporters.',
        C(
            "quote",
            "This was a disaster waiting to happen,",
            speaker="Grant",
            cue="told",
            speaker_resolved=True,
        ),
    ),
    Ex(
        "Lopez said inflation would probably peak in the third quarter.\n"
        '"After that, we expect a gradual decline," she added.',
        C("quote", "After that, we expect a gradual decline,", speaker="Lopez", cue="added", speaker_resolved=True),
    ),
    Ex(
        "Harris said the council had ignored repeated warnings about the dam.\n"
        'He added: "They knew, and they did nothing."',
        C("quote", "They knew, and they did nothing.", speaker="Harris", cue="added", speaker_resolved=True),
    ),
    Ex(
        "Reed declined to say how many passengers had been affected.\n"
        'He told The Associated Press: "Our priority is to get everyone home safely."',
        C(
            "quote",
            "Our priority is to get everyone home safely.",
            speaker="Reed",
            cue="told",
            speaker_resolved=True,
        ),
    ),
    Ex(
        "Jones said the outbreak was not yet under control.\n"
        '"If people stop wearing masks now, cases will rise again," she warned.',
        C(
            "quote",
            "If people stop wearing masks now, cases will rise again,",
            speaker="Jones",
            cue="warned",
            speaker_resolved=True,
        ),
    ),
    Ex(
        "Li said the volcano's alert level had been raised to the highest.\n"
        '"The pressure has nowhere to go but up," he explained.',
        C(
            "quote",
            "The pressure has nowhere to go but up,",
            speaker="Li",
            cue="explained",
            speaker_resolved=True,
        ),
    ),
    Ex(
        "Doe said the bill would be debated next week.\n"
        '"Who exactly is this bill supposed to help?" she asked.',
        C(
            "quote",
            "Who exactly is this bill supposed to help?",
            speaker="Doe",
            cue="asked",
            speaker_resolved=True,
        ),
    ),
    Ex(
        "Park says the city has spent $40 million on flood defences since 2019.\n"
        '"It is still not enough," she says.',
        C("quote", "It is still not enough,", speaker="Park", cue="says", speaker_resolved=True),
    ),
    Ex(
        "In his resignation letter, Reed said the board had lost confidence in him.\n"
        '"I take full responsibility for what happened," he wrote.',
        C(
            "quote",
            "I take full responsibility for what happened,",
            speaker="Reed",
            cue="wrote",
            speaker_resolved=True,
        ),
    ),
    Ex(
        "Owens said two officers had been injured in the attack.\n“Both are in a stable condition,” he said.",
        C("quote", "Both are in a stable condition,", speaker="Owens", cue="said", speaker_resolved=True),
    ),
    Ex(
        "Jones said the vaccines remained effective against the new variant.\n"
        'She told the BBC: "There is no reason for people to panic."',
        C(
            "quote",
            "There is no reason for people to panic.",
            speaker="Jones",
            cue="told",
            speaker_resolved=True,
        ),
    ),
    Ex(
        '"The ferry was overloaded," Grant said.\n'
        "Meanwhile, Collins said the government would compensate the families of the victims.\n"
        '"Every family will receive support," she said.',
        C("quote", "The ferry was overloaded,", speaker="Grant", cue="said"),
        C("quote", "Every family will receive support,", speaker="Collins", cue="said", speaker_resolved=True),
        note="two named speakers: the pronoun goes to the nearest one, Collins",
    ),
    Ex(
        "Brooks said crews had contained about half of the fire by Sunday evening.\n"
        '"The wind is our biggest enemy right now," he said.\n'
        '"If it picks up again, we could lose the ridge," he added.',
        C("quote", "The wind is our biggest enemy right now,", speaker="Brooks", cue="said", speaker_resolved=True),
        C("quote", "If it picks up again, we could lose the ridge,", speaker="Brooks", cue="added",
          speaker_resolved=True),
        note="hard: the name is two paragraphs before the second pronoun; the paragraph between quotes the same "
        "person",
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Marks: curly “…”, single ‘…’ and '…', „…“, «…»
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "“The ceasefire is holding, but it is fragile,” said Foreign Minister Retno Wulandari.",
        C(
            "quote",
            "The ceasefire is holding, but it is fragile,",
            speaker="Foreign Minister Retno Wulandari",
            cue="said",
        ),
    ),
    Ex(
        "Police chief David Owens said: “We are treating this as a terrorist incident.”",
        C(
            "quote",
            "We are treating this as a terrorist incident.",
            speaker="Police chief David Owens",
            cue="said",
        ),
    ),
    Ex(
        "Wells vowed to continue the strikes into the new year.\n‘We will not back down,’ she said.",
        C("quote", "We will not back down,", speaker="Wells", cue="said", speaker_resolved=True),
        note="British single marks used as quote marks",
    ),
    Ex(
        "‘We won’t be bullied into a bad deal,’ said Ben Carter, the union’s general secretary.",
        C("quote", "We won’t be bullied into a bad deal,", speaker="Ben Carter", cue="said"),
        note="the ’ in won’t is an apostrophe, not the closing mark",
    ),
    Ex(
        "‘This is the worst flooding I have seen in 30 years’, said councillor Mary Evans.",
        C("quote", "This is the worst flooding I have seen in 30 years", speaker="councillor Mary Evans", cue="said"),
        note="British style: the comma outside the closing mark is not in the span",
    ),
    Ex(
        "'We don't accept this ruling and we will appeal,' Harris said.",
        C("quote", "We don't accept this ruling and we will appeal,", speaker="Harris", cue="said"),
        note="straight single marks; the apostrophe in don't is not a mark",
    ),
    Ex(
        "„We will not be blackmailed by anyone,“ said German Economy Minister Klaus Weber.",
        C(
            "quote",
            "We will not be blackmailed by anyone,",
            speaker="German Economy Minister Klaus Weber",
            cue="said",
        ),
    ),
    Ex(
        "«France will stand with Ukraine for as long as it takes,» Macron said.",
        C("quote", "France will stand with Ukraine for as long as it takes,", speaker="Macron", cue="said"),
    ),
    Ex(
        "“Rice prices have doubled since January,” said Siti Aminah, a trader in Jakarta.\n"
        'Trade Minister Budi Santoso said: "We will release 200,000 tonnes from state reserves next week."',
        C("quote", "Rice prices have doubled since January,", speaker="Siti Aminah", cue="said"),
        C(
            "quote",
            "We will release 200,000 tonnes from state reserves next week.",
            speaker="Trade Minister Budi Santoso",
            cue="said",
        ),
        note="curly and straight marks in one article",
    ),
    # ------------------------------------------------------------------------------------------------------------
    # A quote split by its attribution: two claims, the same speaker; the second has no cue of its own
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        '"We are ready," Walker said. "We are waiting for the court\'s decision."',
        C("quote", "We are ready,", speaker="Walker", cue="said"),
        C("quote", "We are waiting for the court's decision.", speaker="Walker"),
    ),
    Ex(
        '"The ash cloud is moving east," said volcanologist Dewi Lestari. "Flights to Bali could be affected by '
        'Thursday."',
        C("quote", "The ash cloud is moving east,", speaker="volcanologist Dewi Lestari", cue="said"),
        C("quote", "Flights to Bali could be affected by Thursday.", speaker="volcanologist Dewi Lestari"),
    ),
    Ex(
        "“We knew the risks,” Owens said. “We just did not expect it to happen so fast.”",
        C("quote", "We knew the risks,", speaker="Owens", cue="said"),
        C("quote", "We just did not expect it to happen so fast.", speaker="Owens"),
    ),
    Ex(
        "Tan said the airport would reopen on Monday.\n"
        '"The runway is safe," he said. "We have checked every metre of it."',
        C("quote", "The runway is safe,", speaker="Tan", cue="said", speaker_resolved=True),
        C("quote", "We have checked every metre of it.", speaker="Tan"),
        note="a split quote attributed with a pronoun",
    ),
    Ex(
        '"This is a setback," Collins told reporters. "It is not the end of the road." She did not say when talks '
        "would resume.",
        C("quote", "This is a setback,", speaker="Collins", cue="told"),
        C("quote", "It is not the end of the road.", speaker="Collins"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # A quote over several paragraphs: one claim over the line break and the continuation's opening mark
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        'Grant said: "We have done everything we can to find the missing crew.\n'
        '"The families deserve answers, and we will give them."',
        C(
            "quote",
            'We have done everything we can to find the missing crew.\n"The families deserve answers, and we will '
            "give them.",
            content="We have done everything we can to find the missing crew.\nThe families deserve answers, and we "
            "will give them.",
            speaker="Grant",
            cue="said",
        ),
        note="the attribution opens the first paragraph",
    ),
    Ex(
        '"Nobody expected the water to rise this fast.\n'
        '"By midnight the whole street was under water," Tom Harris said.',
        C(
            "quote",
            'Nobody expected the water to rise this fast.\n"By midnight the whole street was under water,',
            content="Nobody expected the water to rise this fast.\nBy midnight the whole street was under water,",
            speaker="Tom Harris",
            cue="said",
        ),
        note="the attribution follows the last paragraph",
    ),
    Ex(
        "Judge Maria Lopez read out her ruling for more than an hour.\n"
        '"The defendant abused the trust placed in him by thousands of small investors.\n'
        '"He showed no remorse at any stage of these proceedings.\n'
        '"I have no choice but to impose a substantial sentence," Lopez said.',
        C(
            "quote",
            "The defendant abused the trust placed in him by thousands of small investors.\n"
            '"He showed no remorse at any stage of these proceedings.\n'
            '"I have no choice but to impose a substantial sentence,',
            content="The defendant abused the trust placed in him by thousands of small investors.\n"
            "He showed no remorse at any stage of these proceedings.\n"
            "I have no choice but to impose a substantial sentence,",
            speaker="Lopez",
            cue="said",
        ),
        note="three paragraphs: only the last one closes",
    ),
    Ex(
        "“The ship went down in less than ten minutes.\n"
        "“Most of the passengers were asleep below deck,” said survivor Andi Prasetyo.",
        C(
            "quote",
            "The ship went down in less than ten minutes.\n“Most of the passengers were asleep below deck,",
            content="The ship went down in less than ten minutes.\nMost of the passengers were asleep below deck,",
            speaker="survivor Andi Prasetyo",
            cue="said",
        ),
        note="curly marks over two paragraphs",
    ),
    Ex(
        '"We have done everything we can," Collins said. "The families deserve answers.\n'
        '"We will not stop until they have them."',
        C("quote", "We have done everything we can,", speaker="Collins", cue="said"),
        C(
            "quote",
            'The families deserve answers.\n"We will not stop until they have them.',
            content="The families deserve answers.\nWe will not stop until they have them.",
            speaker="Collins",
        ),
        note="hard, AP style: the second part of a split quote runs on into the next paragraph",
    ),
    Ex(
        '"The talks will resume in Geneva next month.\n'
        '"Both sides have agreed to keep the ceasefire in place until then," said UN envoy Karl Berg.\n'
        'Rebel spokesman Omar Aziz said: "We have agreed to nothing."',
        C(
            "quote",
            'The talks will resume in Geneva next month.\n"Both sides have agreed to keep the ceasefire in place until '
            "then,",
            content="The talks will resume in Geneva next month.\nBoth sides have agreed to keep the ceasefire in "
            "place until then,",
            speaker="UN envoy Karl Berg",
            cue="said",
        ),
        C("quote", "We have agreed to nothing.", speaker="Rebel spokesman Omar Aziz", cue="said"),
        note="a continued quote followed by a quote from someone else",
    ),
    Ex(
        'Opening the new terminal, Transport Secretary Helen Ward said: "This airport has waited twenty years.\n\n'
        '"Every government promised it and none of them delivered.\n\n'
        '"Today that changes."',
        C(
            "quote",
            'This airport has waited twenty years.\n\n"Every government promised it and none of them '
            'delivered.\n\n"Today that changes.',
            content="This airport has waited twenty years.\nEvery government promised it and none of them "
            "delivered.\nToday that changes.",
            speaker="Transport Secretary Helen Ward",
            cue="said",
        ),
        note="paragraphs separated by a blank line, as in text taken from a web page: the same as one newline",
    ),
    Ex(
        "Judge Maria Lopez read out her ruling.\r\n\r\n"
        '"The defendant abused the trust placed in him by thousands of small investors.\r\n \r\n'
        '"I have no choice but to impose a substantial sentence," Lopez said.',
        C(
            "quote",
            'The defendant abused the trust placed in him by thousands of small investors.\r\n \r\n"I have no '
            "choice but to impose a substantial sentence,",
            content="The defendant abused the trust placed in him by thousands of small investors.\nI have no choice "
            "but to impose a substantial sentence,",
            speaker="Lopez",
            cue="said",
        ),
        note="a blank line of Windows line ends, with a space on it, is one paragraph break",
    ),
    Ex(
        'Residents said the alarm sounded "long after the first houses were flooded.\n\n'
        "The council has promised a review.\n\n"
        '"The water came through the back door at two in the morning," said Peter Quinn, 71.',
        C("quote", "The water came through the back door at two in the morning,", speaker="Peter Quinn", cue="said"),
        note="a quote left open does not run on over a paragraph with no mark, however the paragraphs are separated",
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Nested quotes: one claim, the outer one
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        '"He told me \'go home,\' and then he walked away," said Maria Lopez, a nurse at the hospital.',
        C("quote", "He told me 'go home,' and then he walked away,", speaker="Maria Lopez", cue="said"),
    ),
    Ex(
        "“They kept saying ‘we don’t know’ and then they hung up,” said Siti Aminah, whose son was on the ferry.",
        C("quote", "They kept saying ‘we don’t know’ and then they hung up,", speaker="Siti Aminah", cue="said"),
        note="the ’ in don’t inside the inner quote is an apostrophe",
    ),
    Ex(
        '"Calling this a \'peace plan\' is an insult to the victims," said opposition leader Tom Harris.',
        C(
            "quote",
            "Calling this a 'peace plan' is an insult to the victims,",
            speaker="opposition leader Tom Harris",
            cue="said",
        ),
    ),
    Ex(
        "‘He said “no comment” and shut the door in our faces,’ said Evans.",
        C("quote", "He said “no comment” and shut the door in our faces,", speaker="Evans", cue="said"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Stray marks: a mark that never closes in its paragraph gives nothing; the other quotes are still found
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        'Witnesses described a man in a dark jacket standing near the "staff entrance shortly before the fire.\n'
        'Fire Chief Daniel Brooks said: "We are not ruling anything out at this stage."',
        C(
            "quote",
            "We are not ruling anything out at this stage.",
            speaker="Fire Chief Daniel Brooks",
            cue="said",
        ),
        note="the first paragraph's mark never closes",
    ),
    Ex(
        '"The road has been broken for two years and nobody has fixed it," said Joko Susilo, a villager.\n'
        '"We have complained to the district office again and again\n'
        "The district office did not respond to a request for comment.",
        C(
            "quote",
            "The road has been broken for two years and nobody has fixed it,",
            speaker="Joko Susilo",
            cue="said",
        ),
        note="the second paragraph opens a mark that never closes and is not continued",
    ),
    Ex(
        'Police described the suspect as 5\'11" with short dark hair.\n'
        '"Anyone who sees him should not approach him," said police spokesman Ahmad Ramadhan.',
        C(
            "quote",
            "Anyone who sees him should not approach him,",
            speaker="police spokesman Ahmad Ramadhan",
            cue="said",
        ),
        note="inch and foot marks are not quote marks",
    ),
    Ex(
        'The new tablet has a 13" screen and weighs under 600 grams.\n'
        '"It is the thinnest device we have ever made," said product chief Emily Hart.',
        C("quote", "It is the thinnest device we have ever made,", speaker="product chief Emily Hart", cue="said"),
    ),
    Ex(
        'According to Owens, "The suspect acted alone."\n'
        'Neighbours said the house had been empty since the "summer and the shutters were always closed.',
        C("quote", "The suspect acted alone.", speaker="Owens", cue="according to"),
        note="a stray mark after the quote",
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Real quotes beside scare quotes, titles, nicknames and apostrophes (which give nothing)
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        'Moscow rejected the so-called "peace plan" within hours.\n'
        '"Any settlement must respect Ukraine\'s borders," said Foreign Minister Retno Wulandari.',
        C(
            "quote",
            "Any settlement must respect Ukraine's borders,",
            speaker="Foreign Minister Retno Wulandari",
            cue="said",
        ),
    ),
    Ex(
        'Former president Joko "Jokowi" Widodo inaugurated the dam in Subang. "It will irrigate 4,500 hectares of '
        'rice fields," Jokowi said.',
        C("quote", "It will irrigate 4,500 hectares of rice fields,", speaker="Jokowi", cue="said"),
        note="the nickname in marks is not a quote",
    ),
    Ex(
        'The government has set aside Rp 71 trillion for its "Free Nutritious Meals" programme this year.\n'
        '"Every kitchen will be inspected before it opens," said programme director Hendra Wijaya.',
        C(
            "quote",
            "Every kitchen will be inspected before it opens,",
            speaker="programme director Hendra Wijaya",
            cue="said",
        ),
    ),
    Ex(
        'The film "Oppenheimer" won seven Oscars. "I never thought a three-hour film about physics would fill our '
        'cinemas," cinema owner Rudi Hartono said.',
        C(
            "quote",
            "I never thought a three-hour film about physics would fill our cinemas,",
            speaker="cinema owner Rudi Hartono",
            cue="said",
        ),
    ),
    Ex(
        "Sales of vinyl records are back to levels last seen in the '90s.\n"
        '"Young people want something they can hold," said record shop owner Sam O\'Brien.',
        C(
            "quote",
            "Young people want something they can hold,",
            speaker="record shop owner Sam O'Brien",
            cue="said",
        ),
        note="the apostrophes in '90s and O'Brien are not marks",
    ),
    Ex(
        "Ties between Russia and China are in their ‘best’ shape in decades.\n"
        '"Our cooperation is not directed against anyone," Putin said.',
        C("quote", "Our cooperation is not directed against anyone,", speaker="Putin", cue="said"),
        note="a single word in marks is a scare quote",
    ),
    # An aside between the speaker and the verb
    Ex(
        'Detective Inspector Laura Semple, who leads the inquiry, said: "Our thoughts remain with the family."',
        C("quote", "Our thoughts remain with the family.", speaker="Detective Inspector Laura Semple", cue="said"),
        note="a relative clause between the name and the verb is skipped",
    ),
    Ex(
        'Mark Evans, 52, told the court: "I never saw the second vehicle until it hit us."',
        C("quote", "I never saw the second vehicle until it hit us.", speaker="Mark Evans", cue="told"),
    ),
    # A partial quote inside reported speech: the verb stands earlier in the sentence
    Ex(
        'Council leader John Smith, the mayor, said the plan was "a disaster for local taxpayers."',
        C("quote", "a disaster for local taxpayers.", speaker="Council leader John Smith", cue="said"),
    ),
    Ex(
        'Dr. Andrew Freeman, a cardiologist, said the results were "reassuring for people who find exercise hard."',
        C("quote", "reassuring for people who find exercise hard.", speaker="Dr. Andrew Freeman", cue="said"),
        note="the abbreviation Dr. does not end the sentence",
    ),
    Ex(
        '"We will respond to any provocation," Secretary of State Marco Rubio said.',
        C("quote", "We will respond to any provocation,", speaker="Secretary of State Marco Rubio", cue="said"),
        note="of inside a capitalised name",
    ),
    # Newswire corpora of the 1980s-90s store quote marks as ``…'' and nested ones as `…'.
    Ex(
        "TOKYO (AP) _ The central bank will hold rates steady, Governor Kenji Mori said Tuesday. ``We see no "
        "reason to change course,'' Mori told reporters.",
        C("quote", "We see no reason to change course,", speaker="Mori", speaker_full="Kenji Mori",
          cue="told"),
    ),
    Ex(
        "``The commander said to me, `You see nothing, you hear nothing,' and I obeyed,'' the witness told the "
        "court.",
        C("quote", "The commander said to me, `You see nothing, you hear nothing,' and I obeyed,", speaker="witness",
          cue="told"),
    ),
    Ex(
        '"That is simply not true," snapped opposition leader Karen Hughes.',
        C("quote", "That is simply not true,", speaker="opposition leader Karen Hughes", cue="snapped"),
    ),
    # A follow-on quote in the next paragraph, with no cue and no one named in between, is the same speaker's.
    Ex(
        "«Witnesses told our team that soldiers opened fire without warning,» Solberg said in a statement.\n"
        "«These accounts must be examined by a body that is independent of the army.»",
        C("quote", "Witnesses told our team that soldiers opened fire without warning,", speaker="Solberg"),
        C("quote", "These accounts must be examined by a body that is independent of the army.", speaker="Solberg"),
    ),
    # "he" is never a Mrs, nor an organisation.
    Ex(
        "Tom Baker said the plan was late. Mrs Ellen Dunmore said it was unfunded.\n"
        '"We cannot keep asking residents to pay more for less," he said.',
        C("quote", "We cannot keep asking residents to pay more for less,", speaker="Tom Baker",
          speaker_resolved=True),
    ),
    # The full name of a speaker written in short.
    Ex(
        "Maria Lopez, chief economist at Capital Economics, expects a cut in December.\n"
        '"October is still our base case," Lopez told Reuters.',
        C("quote", "October is still our base case,", speaker="Lopez", speaker_full="Maria Lopez", cue="told"),
    ),
    # ... the person's own name, without the title before it.
    Ex(
        "Federal Reserve Governor Thomas Calloway said the central bank could wait.\n"
        '"We can afford to be patient," Calloway told reporters.',
        C("quote", "We can afford to be patient,", speaker="Calloway", speaker_full="Thomas Calloway", cue="told"),
    ),
    Ex(
        "Lt. Gov. Denise Carter, the Democratic nominee, attacked her opponent's school plan.\n"
        '"He wants to cut the education budget by a fifth," Ms. Carter said.',
        C("quote", "He wants to cut the education budget by a fifth,", speaker="Ms. Carter",
          speaker_full="Denise Carter", cue="said"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Issue 11: who a pronoun, a participle, a role or a follow-on quote means
    # ------------------------------------------------------------------------------------------------------------
    # A pronoun means the last person named as a clause's subject: in an appositive, after a fronted clause.
    Ex(
        'Spain\'s economy minister, Lucía Ferrer, was more cautious. "We are not out of the woods yet," she said.',
        C("quote", "We are not out of the woods yet,", speaker="Lucía Ferrer", cue="said", speaker_resolved=True),
    ),
    Ex(
        'After the verdict was read, Marcus Bell hugged his lawyer. "I never stopped believing," he said.',
        C("quote", "I never stopped believing,", speaker="Marcus Bell", cue="said", speaker_resolved=True),
    ),
    # A pronoun looks back over a paragraph that names no one.
    Ex(
        "Police Chief Dana Ruiz said the suspect had been detained.\n"
        "The city council approved extra patrols for the weekend.\n"
        '"We are not taking any chances," she said.',
        C("quote", "We are not taking any chances,", speaker="Police Chief Dana Ruiz", cue="said",
          speaker_resolved=True),
    ),
    # A party and state in brackets between the name and the verb.
    Ex(
        'Sen. Janet Cole (D-Md.) said the plan would "gut the agency from the inside."',
        C("quote", "gut the agency from the inside.", speaker="Sen. Janet Cole", cue="said"),
    ),
    # A role, then the name in an appositive: the name is the speaker.
    Ex(
        'Her lawyer, veteran litigator Paul Hendricks, said the charges were "built on sand and nothing else."',
        C("quote", "built on sand and nothing else.", speaker="veteran litigator Paul Hendricks", cue="said"),
    ),
    # Participles: the sentence's subject speaks.
    Ex(
        'Mayor Tom Reyes defended the budget on Monday, saying: "Every dollar here has a purpose."',
        C("quote", "Every dollar here has a purpose.", speaker="Mayor Tom Reyes", cue="saying"),
    ),
    Ex(
        'Health Minister Ana Costa rejected the report, calling it "a work of fiction from start to finish."',
        C("quote", "a work of fiction from start to finish.", speaker="Health Minister Ana Costa", cue="calling"),
    ),
    # A second verb of the subject's: "… but warned that".
    Ex(
        'Finance Minister Lars Holm on Tuesday promised tax cuts but warned that the budget "cannot carry every '
        'wish."',
        C("quote", "cannot carry every wish.", speaker="Finance Minister Lars Holm", cue="warned"),
    ),
    # "Asked about …," opens the sentence and names no one; the verb after the name does.
    Ex(
        'Asked about the delay, coach Ben Ortiz snapped: "Ask the league."',
        C("quote", "Ask the league.", speaker="coach Ben Ortiz", cue="snapped"),
    ),
    # A two-word verb after the name.
    Ex(
        'Councillor Amy Walters demanded answers. "Then resign," Walters shot back.',
        C("quote", "Then resign,", speaker="Walters", speaker_full="Amy Walters", cue="shot back"),
    ),
    # A speaker brought in by role alone is the one a later pronoun means.
    Ex(
        'A spokeswoman for the airline said flights would resume on Friday. "Safety comes first," she said.',
        C("quote", "Safety comes first,", speaker="spokeswoman for the airline", cue="said", speaker_resolved=True),
    ),
    # A follow-on quote after a paragraph of the same speaker's reported speech.
    Ex(
        '"The harvest is gone," said farmer Ian Price.\n'
        "He said the river had burst its banks twice in a week.\n"
        '"We have nothing left to sell this year, nothing at all."',
        C("quote", "The harvest is gone,", speaker="farmer Ian Price", cue="said"),
        C("quote", "We have nothing left to sell this year, nothing at all.", speaker="farmer Ian Price"),
    ),
    # The words of a note or a sign are no one's speech, and the next quote's verb is not theirs.
    Ex(
        'Mayor Ann Lee said the fire was arson and a note at the scene read, "Burn it all." "This was planned," '
        "Lee said.",
        C("quote", "Burn it all.", speaker=None, cue="read"),
        C("quote", "This was planned,", speaker="Lee", speaker_full="Ann Lee", cue="said"),
    ),
    # A name in marks before a verb is no quote of its own; the partial quote is the name's.
    Ex(
        "A nurse testifying under the name ``Sister M'' told the court the ward was ``run like a barracks.''",
        C("quote", "run like a barracks.", speaker="Sister M", cue="told"),
    ),
    # A long appositive between the quote and its verb: the name before it is the speaker, not the bank.
    Ex(
        '"We think the Bank of England will have to cut twice before the summer," Jane Doe, head of research at '
        "Harbour Bank in London, told AFP.",
        C("quote", "We think the Bank of England will have to cut twice before the summer,", speaker="Jane Doe",
          cue="told"),
    ),
    Ex(
        '"Sterling looks vulnerable," Tom Reyes, a currency strategist at Crestline Markets who has covered the pound '
        "for two decades, said in a note to clients.",
        C("quote", "Sterling looks vulnerable,", speaker="Tom Reyes", cue="said"),
    ),
    # ... but a name after a quote whose sentence ends before any verb is no attribution.
    Ex(
        '"This report was written by the committee itself and by nobody else." Tom Ray, her deputy, was not there. '
        "Ann Kerr, the chair, was.",
        C("quote", "This report was written by the committee itself and by nobody else.", speaker=None),
    ),
    # A role, a preposition, a name: the role is who speaks, the name where it is from or where it was posted
    Ex(
        'A teacher from Leeds told the BBC: "We were never warned the building was unsafe."',
        C("quote", "We were never warned the building was unsafe.", speaker="teacher from Leeds", cue="told"),
    ),
    Ex(
        'A post shared on X claims: "The vaccine changes your DNA." There is no evidence for this.',
        C("quote", "The vaccine changes your DNA.", speaker="post shared on X", cue="claims"),
    ),
    Ex(
        'A week later Smith said: "We have won the argument."',
        C("quote", "We have won the argument.", speaker="Smith", cue="said"),
        note="a unit of time before the name is no role",
    ),
    # A role with no name is the speaker, not the organisation it speaks for; a later pronoun means the role.
    Ex(
        'A spokeswoman for the GMB union said: "Our members will not accept another real-terms pay cut."',
        C("quote", "Our members will not accept another real-terms pay cut.", speaker="spokeswoman for the GMB union",
          cue="said"),
    ),
    Ex(
        "A spokeswoman for the Unite union said the strike would go ahead. "
        '"Our members have been pushed too far," she said.',
        C("quote", "Our members have been pushed too far,", speaker="spokeswoman for the Unite union", cue="said",
          speaker_resolved=True),
    ),
    # "The spokesman" is the titled spokesman the text named before.
    Ex(
        "State Department spokesman Oliver Grant said Washington would act.\n"
        '"We will use every tool we have," the spokesman said.',
        C("quote", "We will use every tool we have,", speaker="spokesman", speaker_full="Oliver Grant", cue="said"),
    ),
    Ex(
        "Republican Senator Dale Harmon of Idaho said the sanctions were welcome.\n"
        '"It is long overdue," the senator said in a post on X.',
        C("quote", "It is long overdue,", speaker="senator", speaker_full="Dale Harmon", cue="said"),
    ),
    # A description by age after a cue is the role as written: "said the 26-year-old" (no figure opens a name).
    Ex(
        '"I just kept swimming," said the 19-year-old, who set a national record in the heats.',
        C("quote", "I just kept swimming,", speaker="19-year-old", cue="said"),
    ),
    Ex(
        '"It was over in seconds," said the 45-year-old driver.',
        C("quote", "It was over in seconds,", speaker="45-year-old driver", cue="said"),
    ),
    # A role after a cue runs past a party's name to its noun, and stops at a participle.
    Ex(
        '"Leadership is nervous," said a Republican senator who requested anonymity.',
        C("quote", "Leadership is nervous,", speaker="Republican senator", cue="said"),
    ),
    Ex(
        '"It is a mess," said a senior EU trade official briefed on the talks.',
        C("quote", "It is a mess,", speaker="senior EU trade official", cue="said"),
    ),
    # ... but a new role with its own article is someone else.
    Ex(
        "State Department spokesman Oliver Grant said Washington would act.\n"
        '"We do not comment on rumours," a spokesman for the Iranian mission said.',
        C("quote", "We do not comment on rumours,", speaker="spokesman for the Iranian mission", speaker_full=None,
          cue="said"),
    ),
    # ... while a name after a lower-case word with no role article before it stays the speaker.
    Ex(
        'Shares in the group fell after chairman Tom Ray said: "We are not for sale."',
        C("quote", "We are not for sale.", speaker="chairman Tom Ray", cue="said"),
    ),
    # A headline that gives the speaker and a colon.
    Ex(
        'Starmer: "We will not raise taxes on working people"\n'
        "LONDON (Reuters) - Britain's Prime Minister Keir Starmer said on Monday the budget would protect payslips.",
        C("quote", "We will not raise taxes on working people", speaker="Starmer", cue=":"),
    ),
    # ... but a label before a colon is no speaker.
    Ex(
        'Update: "The bridge will stay closed to all traffic until further notice"',
        C("quote", "The bridge will stay closed to all traffic until further notice", speaker=None),
    ),
    Ex(
        'Claim: "The UK gives £10 billion a year in foreign aid to China." Verdict: Incorrect.',
        C("quote", "The UK gives £10 billion a year in foreign aid to China.", speaker=None),
        note="a fact-check's label, no speaker",
    ),
    # An acronym the text defined stands for the organisation in full.
    Ex(
        "Greater Manchester Police (GMP) said a man had been arrested. "
        '"Officers remain at the scene this evening," GMP said.',
        C("quote", "Officers remain at the scene this evening,", speaker="GMP",
          speaker_full="Greater Manchester Police", cue="said"),
    ),
    # A long title and name between a quote and its verb.
    Ex(
        '"The wind is pushing embers a mile ahead of the fire line," Riverside County Fire Department Battalion '
        "Chief Dana Ortiz told reporters on Sunday.",
        C("quote", "The wind is pushing embers a mile ahead of the fire line,",
          speaker="Riverside County Fire Department Battalion Chief Dana Ortiz", cue="told"),
    ),
    Ex(
        '"Most residents left when we asked," Orange County Sheriff\'s Department spokeswoman Carrie Lund said.',
        C("quote", "Most residents left when we asked,",
          speaker="Orange County Sheriff's Department spokeswoman Carrie Lund", cue="said"),
    ),
    # A party and a state between commas after a legislator: the legislator speaks.
    Ex(
        '"This bill does nothing to secure the border," Sen. Roger Bly, R-Mo., said in a floor speech.',
        C("quote", "This bill does nothing to secure the border,", speaker="Sen. Roger Bly", cue="said"),
    ),
    Ex(
        "Sen. Ana Delgado, D-N.M., a lead negotiator, fired back at the criticism. "
        '"My colleague has not read the bill," she said.',
        C("quote", "My colleague has not read the bill,", speaker="Sen. Ana Delgado", cue="said",
          speaker_resolved=True),
    ),
    # A person who had read a text speaks the words after it ('a note that read, "…"' gives them to no one).
    Ex(
        'Blaine said he had read "every single page of the bill." "It is still a bad bill," he told reporters.',
        C("quote", "every single page of the bill.", speaker="Blaine", cue="said"),
        C("quote", "It is still a bad bill,", speaker="Blaine", cue="told", speaker_resolved=True),
    ),
    # A subject with a role between an organisation and a name speaks a partial quote after "declined … but
    # said": the named spokesman, not the organisation.
    Ex(
        "Treasury Department spokeswoman Karen Ellis declined to comment on the figures but said the agency would "
        '"act within the law at every step."',
        C("quote", "act within the law at every step.", speaker="Treasury Department spokeswoman Karen Ellis",
          cue="said"),
    ),
    # A pronoun after two people named with their titles: the title says which one ("Ms. Okafor" is "she").
    Ex(
        "Grace Okafor, the Democratic nominee, debated Paul Brandt, a former state senator, on Thursday.\n"
        "Ms. Okafor and Mr. Brandt also clashed over housing. "
        '"Renters in this city are being squeezed out of their homes," she said.',
        C("quote", "Renters in this city are being squeezed out of their homes,", speaker="Okafor",
          speaker_full="Grace Okafor", cue="said", speaker_resolved=True),
        note="the title stands before the name, across the full stop of Ms.",
    ),
    # A country's or a company's role with a possessive, a comma and its holder: the holder speaks
    Ex(
        '"We will do whatever it takes to restore stability," said Britain\'s finance minister, Rachel Reeves.',
        C("quote", "We will do whatever it takes to restore stability,", speaker="Rachel Reeves", cue="said"),
    ),
    Ex(
        '"We are watching the market with a high sense of urgency," said Japan\'s top currency diplomat, Masato '
        "Kanda, on Tuesday.",
        C("quote", "We are watching the market with a high sense of urgency,", speaker="Masato Kanda", cue="said"),
    ),
    Ex(
        'According to the agency\'s director, Jane Doe, "We are ready for the storm."',
        C("quote", "We are ready for the storm.", speaker="Jane Doe", cue="according to"),
    ),
    Ex(
        '"The talks were constructive," said Germany\'s foreign minister.',
        C("quote", "The talks were constructive,", speaker="Germany's foreign minister", cue="said"),
    ),
    Ex(
        '"It was a tough night," said Manchester United\'s Erik ten Hag.',
        C("quote", "It was a tough night,", speaker="Manchester United's Erik ten Hag", cue="said"),
    ),
    # A headline quote credited after a dash (after a topic and a colon), and a label that is no speaker
    Ex(
        "Rail strikes: 'Passengers deserve better than this' - union chief\n\nTrain drivers will walk out again "
        "next week.",
        C("quote", "Passengers deserve better than this", speaker="union chief"),
    ),
    Ex(
        "Chancellor: 'We will not raise fuel duty'\n\nThe Treasury confirmed the freeze on Tuesday.",
        C("quote", "We will not raise fuel duty", speaker="Chancellor"),
    ),
    Ex(
        "Chief executive Jane Frost said sales rose in every region.\n- North: 12%\n- South: 9%\n- East: 7%\n"
        "- West: 4%\n"
        '"We are very pleased with the result," she said.',
        C("quote", "We are very pleased with the result,", speaker="Chief executive Jane Frost",
          speaker_resolved=True),
        note="she said after a bulleted list: list items count for no paragraph of the pronoun's reach",
    ),
]

NEGATIVES: list[str] = [
    # Scare quotes and headlines
    'Moscow rejected the so-called "peace plan" as a non-starter.',
    "Putin-Xi ties in ‘best’ shape: what the SCO summit means for the West",
    "The so-called ‘dark money’ flowing into campaigns has doubled since 2016.",
    'The group\'s "cultural exchange" trips were paid for by the embassy.',
    'Operation "Iron Wall" entered its third week on Monday.',
    'The tanker, nicknamed "Big Mama" by locals, ran aground off the coast of Batam.',
    # Programmes, titles of films, books, songs and shows
    'The government has allocated Rp 71 trillion for its "Free Nutritious Meals" programme.',
    'The film "Oppenheimer" won seven Oscars, including best picture.',
    'Her memoir "Becoming" sold more than 10 million copies.',
    'The band closed the concert with "Bohemian Rhapsody".',
    'The BBC\'s "Panorama" aired the investigation on Monday night.',
    "The BBC series 'Blue Planet' returns next year.",
    "Indonesia's “Golden Indonesia 2045” vision aims to make the country a high-income economy.",
    'The hashtag "#IndonesiaGelap" trended on X for most of the day.',
    # Nicknames and single quoted words
    'Former president Joko "Jokowi" Widodo attended the ceremony.',
    'Dwayne "The Rock" Johnson will star in the film.',
    'The word "resilience" appears 14 times in the report.',
    "Investors are worried about a ‘hard landing’ for the Chinese economy.",
    # Apostrophes inside words
    "The minister's office didn't respond to requests for comment.",
    "Sales of vinyl records are back to levels last seen in the '90s.",
    "Sam O'Brien has run the shop on Carnaby Street since '89.",
    "It's the company's biggest loss since the 2008 crisis, and investors aren't happy.",
    "The workers’ union said it wouldn’t comment on the talks.",
    "Rock 'n' roll fans queued for hours outside the venue.",
    # Inch and foot marks
    'The suspect is described as 5\'11" with short dark hair.',
    'The tablet has a 13" display and a 12MP camera.',
    # A paragraph with one stray mark
    'Witnesses saw a man in a dark jacket near the "staff entrance shortly before the fire.',
    '"It was chaos, absolute chaos as people tried to get out',
    'Prices of rice rose for a third straight month."',
    "“The floodwater came up to our knees in minutes",
]
