# ruff: noqa: E501  (annotated news text, kept as written)
"""Evaluation passages for quote and speaker extraction (English, Indonesian and, in batch 4, Malay news).

Original text written in the house styles of Reuters, AP, AFP, BBC, The Guardian, 1990s newswire corpora
(``…'' marks), Kompas, Detik, Antara, Tempo and CNN Indonesia. Names of people are invented (institutions and
places are real); no passage is copied from a real article.

Each passage: ``id``, ``lang`` (``en``/``id``), ``style``, ``text`` (paragraphs separated by ``\n``),
``quotes`` and ``not_quotes``. Each quote:

- ``content``: the words between the marks, without the marks, trimmed of white space. Punctuation inside the
  marks stays, as written (``We are ready,``); marks of a quotation nested inside the quote stay too. ``nth``
  picks the occurrence in ``text`` when the same content occurs more than once (``text.find`` order).
- A quotation that runs over several paragraphs (each paragraph reopens the mark, only the last closes it)
  gives one entry per paragraph, in order: for the open paragraphs, from after the opening mark to the end of
  the paragraph.
- ``speaker``: who said it, as a checker writes it down: the person's full name as the text gives it
  anywhere before (or in) the attribution, without honorifics (Mr, Mrs, Ms, Dr, Sir, Rev., Gus, KH, Haji)
  and without the title, office or rank, which go to ``role`` ("Kapolda Metro Jaya Irjen Surya Darmawan" ->
  speaker "Surya Darmawan", role "Kapolda Metro Jaya Irjen"). For a speaker the text never names, the role
  as written, with its article ("a police spokesman", "jaksa", "a senior OPEC+ official"); for an
  organisation, its name ("Royal College of Nursing"); None for quoted words no one is credited with (a
  text message, a note left at a scene). A group answering together is the group ("anggota dewan").
- ``surface``: the speaker as the attribution of this quote writes it, an exact substring of ``text``, following
  the ``speaker`` rule of docs/claims.md (title or role before the name included, an appositive after a comma
  left out, no leading article or quantifier): "Police Chief Raymond Ortiz", "Lopez", "he", "Ia", "dia",
  "beliau", "spokesman" (for "the spokesman said"). The clitic of ujarnya/katanya/tuturnya/imbuhnya … is
  written "-nya". The second half of a quote split by its attribution, and every paragraph of a multi-
  paragraph quote whose attribution stands in its first or last paragraph, share that attribution's surface.
  A quote with no attribution of its own (a follow-on paragraph, a run of paragraphs with no cue) has
  surface None while its speaker is still resolved.
- ``role``: the words the text uses for the speaker's title, office, job or standing ("chief economist at
  Capital Economics", "Kuasa hukum terdakwa", "warga Cibunian"), an exact substring of ``text`` without a
  leading article, taken from wherever the text gives it (a later "Lopez said" keeps Lopez's role); None
  when the text gives none.
- ``not_quotes``: quoted text that is no one's speech (titles, slogans, programmes, nicknames, one- or two-word
  scare quotes), exactly as written between its marks. A title quoted inside a quote is listed here; a
  quotation nested inside a quote is part of the outer quote's content and has no entry of its own.

The comment after each quote lists the conventions of the brief it exercises (1 marks, 2 multi-paragraph,
3 nested, 5 follow-on, 6 colon introduction, 7 participle/other attribution, 8 long appositive, 9 full-name
resolution from a short form, 10 pronoun, 11 partial quote, 12 speech verb, 13 role, 14 many speakers).
1 is on every quote (the mark is the character before ``content``); 2, 3, 5, 9, 10 and 13 follow from the
annotation (2: an open paragraph or its continuation; 3: marks inside ``content``; 5: surface None with a
speaker; 9: surface a short form of the named speaker; 10: surface a pronoun; 13: a speaker known only by
role, or an attribution that writes role and name together); the others were tagged by hand.
"""

from __future__ import annotations

from tests.data.quote_passages_web import WEB_PASSAGES
from tests.data.quote_passages_web5 import WEB5_PASSAGES

PASSAGES: list[dict] = [
    {
        "id": "en-reuters-01", "lang": "en", "style": "Reuters",
        "text": (
            "JAKARTA, Oct 2 (Reuters) - Indonesia's central bank is expected to keep its benchmark rate "
            "unchanged next week, economists said, as the rupiah steadies after a volatile September.\n"
            '"The rupiah has found a floor, and Bank Indonesia will not want to rock the boat," said Maria '
            "Lopez, chief economist at Capital Economics.\n"
            "Lopez said a cut in the fourth quarter remained possible if inflation stayed near the bottom of the "
            '1.5%-3.5% target range. "October is still our base case," Lopez told Reuters, adding that rice '
            "prices were the main risk.\n"
            'Bank Indonesia, which meets on Oct 9-10, has held rates for five months. "Food is the wild card," '
            "she said.\n"
            '"Fiscal and monetary policy are finally pulling in the same direction," said Arif Santoso, an '
            'economist at Bank Mandiri. "That should reassure foreign investors."'
        ),
        "quotes": [
            {"content": "The rupiah has found a floor, and Bank Indonesia will not want to rock the boat,",
             "speaker": "Maria Lopez", "surface": "Maria Lopez", "role": "chief economist at Capital Economics", "nth": 1},  # 1, 8
            {"content": "October is still our base case,",
             "speaker": "Maria Lopez", "surface": "Lopez", "role": "chief economist at Capital Economics", "nth": 1},  # 1, 7, 9
            {"content": "Food is the wild card,",
             "speaker": "Maria Lopez", "surface": "she", "role": "chief economist at Capital Economics", "nth": 1},  # 1, 10
            {"content": "Fiscal and monetary policy are finally pulling in the same direction,",
             "speaker": "Arif Santoso", "surface": "Arif Santoso", "role": "economist at Bank Mandiri", "nth": 1},  # 1, 8
            {"content": "That should reassure foreign investors.",
             "speaker": "Arif Santoso", "surface": "Arif Santoso", "role": "economist at Bank Mandiri", "nth": 1},  # 1
        ],
        "not_quotes": [],
    },
    {
        "id": "en-reuters-02", "lang": "en", "style": "Reuters",
        "text": (
            "SINGAPORE, March 14 (Reuters) - Oil prices rose on Thursday after OPEC+ signalled it would keep "
            "output curbs in place through June.\n"
            'Kuwait\'s oil minister, Hassan Al-Rashid, told reporters: "The market is still oversupplied, and we '
            'will do what is needed."\n'
            "A senior OPEC+ official who asked not to be named said the group had discussed a deeper cut. "
            '"Nobody wanted to be the first to blink," the official said.\n'
            'Traders were unconvinced. "We have heard this before," conceded Priya Nair, head of commodities '
            "research at Harbourview Bank, who nonetheless raised her Brent forecast.\n"
            'In a statement, the International Energy Agency said demand growth would slow to "its weakest pace '
            'since 2020" this year.'
        ),
        "quotes": [
            {"content": "The market is still oversupplied, and we will do what is needed.",
             "speaker": "Hassan Al-Rashid", "surface": "Hassan Al-Rashid", "role": "oil minister", "nth": 1},  # 1, 6, 7, 8
            {"content": "Nobody wanted to be the first to blink,",
             "speaker": "a senior OPEC+ official", "surface": "official", "role": "senior OPEC+ official", "nth": 1},  # 1, 13
            {"content": "We have heard this before,",
             "speaker": "Priya Nair", "surface": "Priya Nair", "role": "head of commodities research at Harbourview Bank", "nth": 1},  # 1, 8, 12
            {"content": "its weakest pace since 2020",
             "speaker": "International Energy Agency", "surface": "International Energy Agency", "role": None, "nth": 1},  # 1, 7, 11
        ],
        "not_quotes": [],
    },
    {
        "id": "en-reuters-03", "lang": "en", "style": "Reuters",
        "text": (
            "FRANKFURT, May 6 (Reuters) - Shares in German chipmaker Halberg Semiconductor fell 9% on Tuesday "
            "after the company's chief executive warned that a slump in car-chip orders would last into next "
            "year.\n"
            '"We are not seeing a recovery before the second half of 2026," Chief Executive Katrin Vogel told '
            'analysts on a call. "Anyone who tells you otherwise is guessing."\n'
            'Vogel, who took over in January, said the group\'s cost programme was on track. "We will hit the 400 '
            'million euro savings target, full stop," she insisted.\n'
            'Halberg\'s finance chief struck a more cautious note. "It\'s going to be tight," Chief Financial '
            "Officer Jonas Weber acknowledged, saying the Dresden plant would run reduced shifts until at least "
            "March.\n"
            "Weber said the board would propose a dividend of 50 cents a share, down from 1.10 euros. Meanwhile, "
            'Dresden\'s city council has asked the company for guarantees on jobs. "Shareholders deserve a fair '
            'return, but not at the expense of the balance sheet," he said.'
        ),
        "quotes": [
            {"content": "We are not seeing a recovery before the second half of 2026,",
             "speaker": "Katrin Vogel", "surface": "Chief Executive Katrin Vogel", "role": "Chief Executive", "nth": 1},  # 1, 7, 13
            {"content": "Anyone who tells you otherwise is guessing.",
             "speaker": "Katrin Vogel", "surface": "Chief Executive Katrin Vogel", "role": "Chief Executive", "nth": 1},  # 1, 13
            {"content": "We will hit the 400 million euro savings target, full stop,",
             "speaker": "Katrin Vogel", "surface": "she", "role": "Chief Executive", "nth": 1},  # 1, 10, 12
            {"content": "It's going to be tight,",
             "speaker": "Jonas Weber", "surface": "Chief Financial Officer Jonas Weber", "role": "Chief Financial Officer", "nth": 1},  # 1, 7, 12, 13
            {"content": "Shareholders deserve a fair return, but not at the expense of the balance sheet,",
             "speaker": "Jonas Weber", "surface": "he", "role": "Chief Financial Officer", "nth": 1},  # 1, 10
        ],
        "not_quotes": [],
    },
    {
        "id": "en-reuters-04", "lang": "en", "style": "Reuters",
        "text": (
            "JAKARTA, Aug 20 (Reuters) - Indonesia's finance minister said on Wednesday the government would not "
            "raise value-added tax next year, rejecting a proposal from parliament's budget committee.\n"
            '"There will be no VAT increase in 2026. That is final," Finance Minister Sri Wahyuni Lestari told a '
            "news conference in Jakarta.\n"
            'Asked whether the deficit would breach the legal cap of 3% of GDP, Lestari said: "No. We have room, '
            'and we will use it carefully."\n'
            "Deputy Finance Minister Bambang Hartono, sitting beside her, said spending cuts worth 50 trillion "
            'rupiah had been identified. "Every ministry has been asked to find savings," Hartono said.\n'
            'A reporter asked whether the cuts would hit the free school meals programme. "Not a single rupiah," '
            "Lestari snapped.\n"
            "Said Hamdani, chairman of the budget committee, told Reuters later that the minister's figures were "
            '"optimistic at best".'
        ),
        "quotes": [
            {"content": "There will be no VAT increase in 2026. That is final,",
             "speaker": "Sri Wahyuni Lestari", "surface": "Finance Minister Sri Wahyuni Lestari", "role": "Finance Minister", "nth": 1},  # 1, 7, 13, 14
            {"content": "No. We have room, and we will use it carefully.",
             "speaker": "Sri Wahyuni Lestari", "surface": "Lestari", "role": "Finance Minister", "nth": 1},  # 1, 6, 9, 14
            {"content": "Every ministry has been asked to find savings,",
             "speaker": "Bambang Hartono", "surface": "Hartono", "role": "Deputy Finance Minister", "nth": 1},  # 1, 9, 14
            {"content": "Not a single rupiah,",
             "speaker": "Sri Wahyuni Lestari", "surface": "Lestari", "role": "Finance Minister", "nth": 1},  # 1, 9, 12, 14
            {"content": "optimistic at best",
             "speaker": "Said Hamdani", "surface": "Said Hamdani", "role": "chairman of the budget committee", "nth": 1},  # 1, 7, 8, 11, 14
        ],
        "not_quotes": [],
    },
    {
        "id": "en-reuters-05", "lang": "en", "style": "Reuters",
        "text": (
            "MANILA, Nov 3 (Reuters) – A typhoon killed at least 26 people in the central Philippines, officials "
            "said on Monday, as rescuers searched flooded villages on the island of Cebu.\n"
            "“The water rose so fast that people had no time to climb onto their roofs,” said Rhea Santos, a "
            "provincial disaster officer.\n"
            "A police spokesman said 14 people were still missing. “Our teams are going house to house,” the "
            "spokesman told reporters in Cebu City.\n"
            "The national weather agency warned that another storm could make landfall by the weekend. In a "
            "statement, it said residents of coastal towns should be ready to “leave at a moment’s notice”.\n"
            "Cebu Governor Elena Cruz appealed for help in a Facebook post, saying: “We need boats, clean water "
            "and generators, and we need them today.”\n"
            "“We learned a lot from Haiyan,” Santos recalled, referring to the 2013 super typhoon that killed "
            "more than 6,000 people. “But nature keeps raising the bar.”"
        ),
        "quotes": [
            {"content": "The water rose so fast that people had no time to climb onto their roofs,",
             "speaker": "Rhea Santos", "surface": "Rhea Santos", "role": "provincial disaster officer", "nth": 1},  # 1, 8
            {"content": "Our teams are going house to house,",
             "speaker": "a police spokesman", "surface": "spokesman", "role": "police spokesman", "nth": 1},  # 1, 7, 13
            {"content": "leave at a moment’s notice",
             "speaker": "the national weather agency", "surface": "it", "role": None, "nth": 1},  # 1, 7, 10, 11
            {"content": "We need boats, clean water and generators, and we need them today.",
             "speaker": "Elena Cruz", "surface": "Cebu Governor Elena Cruz", "role": "Cebu Governor", "nth": 1},  # 1, 6, 7, 13
            {"content": "We learned a lot from Haiyan,",
             "speaker": "Rhea Santos", "surface": "Santos", "role": "provincial disaster officer", "nth": 1},  # 1, 9, 12
            {"content": "But nature keeps raising the bar.",
             "speaker": "Rhea Santos", "surface": "Santos", "role": "provincial disaster officer", "nth": 1},  # 1, 9
        ],
        "not_quotes": [],
    },
    {
        "id": "en-reuters-06", "lang": "en", "style": "Reuters",
        "text": (
            "WASHINGTON, June 18 (Reuters) - Federal Reserve Chair Daniel Whitcomb said on Wednesday the U.S. "
            'central bank was "well positioned to wait" before cutting interest rates again, as policymakers '
            "weigh the impact of new tariffs on prices.\n"
            '"We don\'t have to be in a hurry," Whitcomb told reporters after the Fed held its policy rate steady '
            "in the 4.25%-4.50% range.\n"
            'Asked whether pressure from the White House would influence the decision, Whitcomb said: "It won\'t. '
            'We do our jobs based on the data, full stop."\n'
            'He acknowledged that the outlook was "more uncertain than usual" and said some officials saw only '
            'one cut this year. "Reasonable people can disagree on this," he said.\n'
            'At the White House, press secretary Tom Reyes argued that the Fed was "behind the curve again". '
            '"Families need relief now, not in September," Reyes said.\n'
            '"Rates are on hold until at least September," said Laura Kim, chief U.S. economist at Harbor Street '
            "Advisors."
        ),
        "quotes": [
            {"content": "well positioned to wait",
             "speaker": "Daniel Whitcomb", "surface": "Federal Reserve Chair Daniel Whitcomb", "role": "Federal Reserve Chair", "nth": 1},  # 1, 11, 13, 14
            {"content": "We don't have to be in a hurry,",
             "speaker": "Daniel Whitcomb", "surface": "Whitcomb", "role": "Federal Reserve Chair", "nth": 1},  # 1, 7, 9, 14
            {"content": "It won't. We do our jobs based on the data, full stop.",
             "speaker": "Daniel Whitcomb", "surface": "Whitcomb", "role": "Federal Reserve Chair", "nth": 1},  # 1, 6, 9, 14
            {"content": "more uncertain than usual",
             "speaker": "Daniel Whitcomb", "surface": "He", "role": "Federal Reserve Chair", "nth": 1},  # 1, 10, 11, 12, 14
            {"content": "Reasonable people can disagree on this,",
             "speaker": "Daniel Whitcomb", "surface": "he", "role": "Federal Reserve Chair", "nth": 1},  # 1, 10, 14
            {"content": "behind the curve again",
             "speaker": "Tom Reyes", "surface": "press secretary Tom Reyes", "role": "press secretary", "nth": 1},  # 1, 11, 12, 13, 14
            {"content": "Families need relief now, not in September,",
             "speaker": "Tom Reyes", "surface": "Reyes", "role": "press secretary", "nth": 1},  # 1, 9, 14
            {"content": "Rates are on hold until at least September,",
             "speaker": "Laura Kim", "surface": "Laura Kim", "role": "chief U.S. economist at Harbor Street Advisors", "nth": 1},  # 1, 8
        ],
        "not_quotes": [],
    },
    {
        "id": "en-ap-01", "lang": "en", "style": "AP",
        "text": (
            "WASHINGTON (AP) — The Senate voted 52-48 on Thursday to advance a bill that would expand background "
            "checks for gun sales, a measure that has stalled for nearly a decade.\n"
            "“This is not the bill I would have written, but it is a bill that will save lives,” said Sen. Laura "
            "Whitfield, D-Ore., who led the negotiations.\n"
            "Sen. Thomas Greer (R-Texas) said he voted against it because it “puts new burdens on law-abiding "
            "citizens and does nothing about criminals.”\n"
            "“We have seen this movie before,” Greer told reporters after the vote. “The bill gets weaker every "
            "time someone needs a vote, and in the end nobody is happy.\n"
            "“I am not going to pretend otherwise.”\n"
            "Whitfield shrugged off the criticism. “Tom has been against every version of this bill since 2015,” "
            "she said.\n"
            "“He is consistent. I will give him that.”"
        ),
        "quotes": [
            {"content": "This is not the bill I would have written, but it is a bill that will save lives,",
             "speaker": "Laura Whitfield", "surface": "Sen. Laura Whitfield", "role": "Sen.", "nth": 1},  # 1, 8, 13
            {"content": "puts new burdens on law-abiding citizens and does nothing about criminals.",
             "speaker": "Thomas Greer", "surface": "Sen. Thomas Greer", "role": "Sen.", "nth": 1},  # 1, 8, 11, 13
            {"content": "We have seen this movie before,",
             "speaker": "Thomas Greer", "surface": "Greer", "role": "Sen.", "nth": 1},  # 1, 7, 9
            {"content": "The bill gets weaker every time someone needs a vote, and in the end nobody is happy.",
             "speaker": "Thomas Greer", "surface": "Greer", "role": "Sen.", "nth": 1},  # 1, 2, 9
            {"content": "I am not going to pretend otherwise.",
             "speaker": "Thomas Greer", "surface": "Greer", "role": "Sen.", "nth": 1},  # 1, 2, 9
            {"content": "Tom has been against every version of this bill since 2015,",
             "speaker": "Laura Whitfield", "surface": "she", "role": "Sen.", "nth": 1},  # 1, 10
            {"content": "He is consistent. I will give him that.",
             "speaker": "Laura Whitfield", "surface": None, "role": "Sen.", "nth": 1},  # 1, 5
        ],
        "not_quotes": [],
    },
    {
        "id": "en-ap-02", "lang": "en", "style": "AP",
        "text": (
            "LOS ANGELES (AP) — Police in Los Angeles arrested a 34-year-old man on Saturday in connection with "
            "a string of arson fires that damaged six churches across the city over the past month.\n"
            "“We believe we have the person responsible,” Police Chief Raymond Ortiz said at a news conference. "
            "“But this investigation is far from over.”\n"
            "Asked whether the suspect had acted alone, Ortiz said, “That’s one of the things we’re still "
            "working to determine.”\n"
            "Fire Capt. Dana Morales said investigators had found accelerant at four of the six sites, and a "
            "note at one of them that read, “You were warned.” “These were not accidents,” Morales said. "
            "“Somebody planned this.”\n"
            "The Rev. Samuel Okafor, whose church in Boyle Heights was the first to burn, said his congregation "
            "felt “a mix of relief and exhaustion.”\n"
            "“We will rebuild,” he said. “We have done it before.”"
        ),
        "quotes": [
            {"content": "We believe we have the person responsible,",
             "speaker": "Raymond Ortiz", "surface": "Police Chief Raymond Ortiz", "role": "Police Chief", "nth": 1},  # 1, 13, 14
            {"content": "But this investigation is far from over.",
             "speaker": "Raymond Ortiz", "surface": "Police Chief Raymond Ortiz", "role": "Police Chief", "nth": 1},  # 1, 13, 14
            {"content": "That’s one of the things we’re still working to determine.",
             "speaker": "Raymond Ortiz", "surface": "Ortiz", "role": "Police Chief", "nth": 1},  # 1, 9, 14
            {"content": "You were warned.",
             "speaker": None, "surface": None, "role": None, "nth": 1},  # 1, 14
            {"content": "These were not accidents,",
             "speaker": "Dana Morales", "surface": "Morales", "role": "Fire Capt.", "nth": 1},  # 1, 9, 14
            {"content": "Somebody planned this.",
             "speaker": "Dana Morales", "surface": "Morales", "role": "Fire Capt.", "nth": 1},  # 1, 9, 14
            {"content": "a mix of relief and exhaustion.",
             "speaker": "Samuel Okafor", "surface": "Rev. Samuel Okafor", "role": None, "nth": 1},  # 1, 8, 11, 14
            {"content": "We will rebuild,",
             "speaker": "Samuel Okafor", "surface": "he", "role": None, "nth": 1},  # 1, 10, 14
            {"content": "We have done it before.",
             "speaker": "Samuel Okafor", "surface": "he", "role": None, "nth": 1},  # 1, 10, 14
        ],
        "not_quotes": [],
    },
    {
        "id": "en-ap-03", "lang": "en", "style": "AP",
        "text": (
            "NEW ORLEANS (AP) — Twenty years after the levees failed, Loretta Boudreaux still keeps a life "
            "jacket hanging by her front door.\n"
            "“I remember standing on the roof of my mother’s house and counting the helicopters,” Boudreaux "
            "recalled, sitting on the porch of her rebuilt home in the Lower Ninth Ward.\n"
            "“Twelve, thirteen, fourteen. None of them stopped for us.\n"
            "“By the second day we had no water left, and my mother was talking to people who weren’t there.\n"
            "“When the boat finally came, the man driving it was a dentist from Baton Rouge. I still send him a "
            "card every Christmas.”\n"
            "Her neighbor, retired teacher Curtis Lemoine, said the city had “never really finished the job” in "
            "the neighborhood.\n"
            "“They fixed the French Quarter because that’s what the tourists see,” Lemoine argued. “Down here, "
            "you still have empty lots where whole blocks used to be.”"
        ),
        "quotes": [
            {"content": "I remember standing on the roof of my mother’s house and counting the helicopters,",
             "speaker": "Loretta Boudreaux", "surface": "Boudreaux", "role": None, "nth": 1},  # 1, 9, 12
            {"content": "Twelve, thirteen, fourteen. None of them stopped for us.",
             "speaker": "Loretta Boudreaux", "surface": None, "role": None, "nth": 1},  # 1, 2, 5
            {"content": "By the second day we had no water left, and my mother was talking to people who weren’t there.",
             "speaker": "Loretta Boudreaux", "surface": None, "role": None, "nth": 1},  # 1, 2, 5
            {"content": "When the boat finally came, the man driving it was a dentist from Baton Rouge. I still send him a card every Christmas.",
             "speaker": "Loretta Boudreaux", "surface": None, "role": None, "nth": 1},  # 1, 2, 5
            {"content": "never really finished the job",
             "speaker": "Curtis Lemoine", "surface": "retired teacher Curtis Lemoine", "role": "retired teacher", "nth": 1},  # 1, 8, 11, 13
            {"content": "They fixed the French Quarter because that’s what the tourists see,",
             "speaker": "Curtis Lemoine", "surface": "Lemoine", "role": "retired teacher", "nth": 1},  # 1, 9, 12
            {"content": "Down here, you still have empty lots where whole blocks used to be.",
             "speaker": "Curtis Lemoine", "surface": "Lemoine", "role": "retired teacher", "nth": 1},  # 1, 9
        ],
        "not_quotes": [],
    },
    {
        "id": "en-ap-04", "lang": "en", "style": "AP",
        "text": (
            "PHOENIX (AP) — The family of a 17-year-old who died after collapsing at football practice in "
            "triple-digit heat is suing his school district, saying coaches ignored warnings about the "
            "temperature.\n"
            "“Our son did everything his coaches asked of him,” the Navarro family said in a statement released "
            "by their attorney. “They owed him the same.”\n"
            "The lawsuit says assistant coach Brian Kessler told players that water breaks were for “people who "
            "want to lose.”\n"
            "Attorney Michelle Tran, who represents the family, said the district had been warned twice. “This "
            "was not a freak accident. It was a choice,” Tran said.\n"
            "In a statement, the Desert Vista Unified School District said it was “heartbroken by this loss” but "
            "would not comment on pending litigation.\n"
            "“They want answers, and they deserve them,” she added."
        ),
        "quotes": [
            {"content": "Our son did everything his coaches asked of him,",
             "speaker": "the Navarro family", "surface": "Navarro family", "role": None, "nth": 1},  # 1, 7
            {"content": "They owed him the same.",
             "speaker": "the Navarro family", "surface": "Navarro family", "role": None, "nth": 1},  # 1, 7
            {"content": "people who want to lose.",
             "speaker": "Brian Kessler", "surface": "assistant coach Brian Kessler", "role": "assistant coach", "nth": 1},  # 1, 11, 13
            {"content": "This was not a freak accident. It was a choice,",
             "speaker": "Michelle Tran", "surface": "Tran", "role": "Attorney", "nth": 1},  # 1, 9
            {"content": "heartbroken by this loss",
             "speaker": "Desert Vista Unified School District", "surface": "Desert Vista Unified School District", "role": None, "nth": 1},  # 1, 7, 11
            {"content": "They want answers, and they deserve them,",
             "speaker": "Michelle Tran", "surface": "she", "role": "Attorney", "nth": 1},  # 1, 10
        ],
        "not_quotes": [],
    },
    {
        "id": "en-ap-05", "lang": "en", "style": "AP",
        "text": (
            "BOSTON (AP) — Jayden Price scored 38 points and the Boston Celtics beat the New York Knicks 121-109 "
            "on Friday night to take a 3-1 lead in their playoff series.\n"
            "“I was just feeling it,” Price said. “When the first couple went in, I told myself, ‘Keep "
            "shooting.’”\n"
            "Knicks coach Rick DeLuca was less cheerful. Asked about his team’s defense, DeLuca snapped: “Watch "
            "the tape. You tell me.”\n"
            "Celtics coach Martin Hale, asked whether he had worried when his team trailed by 11 at halftime, "
            "quipped that he was “too old to worry about anything before the fourth quarter.”\n"
            "“Jayden bailed us out,” Hale said. “He does that a lot. My wife keeps telling me, ‘Just give him "
            "the ball,’ and she might be right.”"
        ),
        "quotes": [
            {"content": "I was just feeling it,",
             "speaker": "Jayden Price", "surface": "Price", "role": None, "nth": 1},  # 1, 9, 14
            {"content": "When the first couple went in, I told myself, ‘Keep shooting.’",
             "speaker": "Jayden Price", "surface": "Price", "role": None, "nth": 1},  # 1, 3, 9, 14
            {"content": "Watch the tape. You tell me.",
             "speaker": "Rick DeLuca", "surface": "DeLuca", "role": "Knicks coach", "nth": 1},  # 1, 6, 9, 12, 14
            {"content": "too old to worry about anything before the fourth quarter.",
             "speaker": "Martin Hale", "surface": "Celtics coach Martin Hale", "role": "Celtics coach", "nth": 1},  # 1, 8, 11, 12, 13, 14
            {"content": "Jayden bailed us out,",
             "speaker": "Martin Hale", "surface": "Hale", "role": "Celtics coach", "nth": 1},  # 1, 9, 14
            {"content": "He does that a lot. My wife keeps telling me, ‘Just give him the ball,’ and she might be right.",
             "speaker": "Martin Hale", "surface": "Hale", "role": "Celtics coach", "nth": 1},  # 1, 3, 9, 14
        ],
        "not_quotes": [],
    },
    {
        "id": "en-afp-01", "lang": "en", "style": "AFP",
        "text": (
            "PARIS (AFP) - French Interior Minister Claire Dumont on Tuesday defended a ban on a planned climate "
            "march in Paris, saying the risk of violence was «too high to ignore».\n"
            "«We respect the right to demonstrate, but not the right to smash shop windows,» Dumont told "
            "reporters outside the ministry.\n"
            "Organisers of the march, a coalition of unions and climate groups, said they would challenge the "
            "ban in court. «This is a political decision dressed up as a security one,» their spokeswoman, Amina "
            "Belkacem, told AFP.\n"
            "Belkacem said more than 40,000 people had registered to take part, most of them from Paris and "
            "Lyon. «We will be there on Saturday, one way or another,» she said."
        ),
        "quotes": [
            {"content": "too high to ignore",
             "speaker": "Claire Dumont", "surface": "French Interior Minister Claire Dumont", "role": "French Interior Minister", "nth": 1},  # 1, 7, 11, 13
            {"content": "We respect the right to demonstrate, but not the right to smash shop windows,",
             "speaker": "Claire Dumont", "surface": "Dumont", "role": "French Interior Minister", "nth": 1},  # 1, 7, 9
            {"content": "This is a political decision dressed up as a security one,",
             "speaker": "Amina Belkacem", "surface": "Amina Belkacem", "role": "spokeswoman", "nth": 1},  # 1, 7, 8
            {"content": "We will be there on Saturday, one way or another,",
             "speaker": "Amina Belkacem", "surface": "she", "role": "spokeswoman", "nth": 1},  # 1, 10
        ],
        "not_quotes": [],
    },
    {
        "id": "en-afp-02", "lang": "en", "style": "AFP",
        "text": (
            "GENEVA (AFP) - UN rights chief Ingrid Solberg on Friday called for an independent inquiry into the "
            "killing of 19 protesters in northern Mali, describing the army's account as «simply not credible».\n"
            "«Witnesses told our team that soldiers opened fire without warning,» Solberg said in a statement.\n"
            "«Some described soldiers shouting “no one leaves” before the shooting began.\n"
            "«These accounts must be examined by a body that is independent of the army.»\n"
            "Mali's military government rejected the call. Government spokesman Col. Abdoulaye Traoré said on "
            "state television that the soldiers had acted «in legitimate self-defence against armed men».\n"
            "«We will not accept lessons from people who were not there,» he said."
        ),
        "quotes": [
            {"content": "simply not credible",
             "speaker": "Ingrid Solberg", "surface": "UN rights chief Ingrid Solberg", "role": "UN rights chief", "nth": 1},  # 1, 7, 11, 13
            {"content": "Witnesses told our team that soldiers opened fire without warning,",
             "speaker": "Ingrid Solberg", "surface": "Solberg", "role": "UN rights chief", "nth": 1},  # 1, 7, 9
            {"content": "Some described soldiers shouting “no one leaves” before the shooting began.",
             "speaker": "Ingrid Solberg", "surface": None, "role": "UN rights chief", "nth": 1},  # 1, 2, 3, 5
            {"content": "These accounts must be examined by a body that is independent of the army.",
             "speaker": "Ingrid Solberg", "surface": None, "role": "UN rights chief", "nth": 1},  # 1, 2, 5
            {"content": "in legitimate self-defence against armed men",
             "speaker": "Abdoulaye Traoré", "surface": "Government spokesman Col. Abdoulaye Traoré", "role": "Government spokesman Col.", "nth": 1},  # 1, 11, 13
            {"content": "We will not accept lessons from people who were not there,",
             "speaker": "Abdoulaye Traoré", "surface": "he", "role": "Government spokesman Col.", "nth": 1},  # 1, 10
        ],
        "not_quotes": [],
    },
    {
        "id": "en-afp-03", "lang": "en", "style": "AFP",
        "text": (
            "YOGYAKARTA, Indonesia (AFP) - Indonesia's Mount Merapi spewed hot ash clouds up to three kilometres "
            "down its slopes on Sunday, forcing hundreds of villagers to flee, officials said.\n"
            '"The eruption column was not very high, but the pyroclastic flows travelled further than in March," '
            "said Rudi Prasetyo, head of the Geological Disaster Technology Research and Development Centre in "
            "Yogyakarta.\n"
            'He said the alert level would remain at three on a four-tier scale. "We cannot rule out a bigger '
            'eruption in the coming weeks," he warned.\n'
            'Sleman district chief Wahyu Setiadi told AFP that 420 residents had moved to shelters. "Most of '
            'them are elderly people and children," he said, adding that the district had enough food for two '
            "weeks.\n"
            '"We are used to Merapi. She is our neighbour, but a moody one," joked Suyatno, a 61-year-old farmer '
            "who like many Indonesians uses only one name."
        ),
        "quotes": [
            {"content": "The eruption column was not very high, but the pyroclastic flows travelled further than in March,",
             "speaker": "Rudi Prasetyo", "surface": "Rudi Prasetyo", "role": "head of the Geological Disaster Technology Research and Development Centre in Yogyakarta", "nth": 1},  # 1, 8
            {"content": "We cannot rule out a bigger eruption in the coming weeks,",
             "speaker": "Rudi Prasetyo", "surface": "he", "role": "head of the Geological Disaster Technology Research and Development Centre in Yogyakarta", "nth": 1},  # 1, 10, 12
            {"content": "Most of them are elderly people and children,",
             "speaker": "Wahyu Setiadi", "surface": "he", "role": "Sleman district chief", "nth": 1},  # 1, 7, 10
            {"content": "We are used to Merapi. She is our neighbour, but a moody one,",
             "speaker": "Suyatno", "surface": "Suyatno", "role": "61-year-old farmer", "nth": 1},  # 1, 8, 12
        ],
        "not_quotes": [],
    },
    {
        "id": "en-afp-04", "lang": "en", "style": "AFP",
        "text": (
            "BRUSSELS (AFP) - EU leaders clashed on Thursday over a plan to use frozen Russian assets to fund "
            "Ukraine's reconstruction, with Belgium warning it could face legal claims worth billions.\n"
            "«Belgium cannot be left holding the bag,» Belgian Prime Minister Luc Vermeulen told reporters as he "
            "arrived at the summit.\n"
            "European Commission President Anna Kowalczyk insisted the plan was legally sound. «We have looked "
            "at every angle. The risk is manageable,» she said.\n"
            "Hungary's foreign minister, Gábor Szilágyi, was blunter. «This is theft, and everybody in this "
            "building knows it,» he said.\n"
            "Asked about Szilágyi's remarks, Vermeulen said: «I would not use that word. But I understand the "
            "concern.»\n"
            "A senior EU diplomat, speaking on condition of anonymity, said a deal was «unlikely before "
            "December»."
        ),
        "quotes": [
            {"content": "Belgium cannot be left holding the bag,",
             "speaker": "Luc Vermeulen", "surface": "Belgian Prime Minister Luc Vermeulen", "role": "Belgian Prime Minister", "nth": 1},  # 1, 7, 13, 14
            {"content": "We have looked at every angle. The risk is manageable,",
             "speaker": "Anna Kowalczyk", "surface": "she", "role": "European Commission President", "nth": 1},  # 1, 10, 14
            {"content": "This is theft, and everybody in this building knows it,",
             "speaker": "Gábor Szilágyi", "surface": "he", "role": "Hungary's foreign minister", "nth": 1},  # 1, 10, 14
            {"content": "I would not use that word. But I understand the concern.",
             "speaker": "Luc Vermeulen", "surface": "Vermeulen", "role": "Belgian Prime Minister", "nth": 1},  # 1, 6, 9, 14
            {"content": "unlikely before December",
             "speaker": "a senior EU diplomat", "surface": "senior EU diplomat", "role": "senior EU diplomat", "nth": 1},  # 1, 11, 13, 14
        ],
        "not_quotes": [],
    },
    {
        "id": "en-bbc-01", "lang": "en", "style": "BBC",
        "text": (
            "Nurses' union condemns 'insulting' pay offer\n"
            'The Royal College of Nursing has rejected a 3% pay rise for nurses in England, calling it "an '
            'insult to a profession on its knees".\n'
            'General secretary Helen Marsh told BBC Breakfast: "Our members are leaving for Australia and New '
            'Zealand every single week. This offer will not stop that."\n'
            'Health Secretary Daniel Osei said the award was "fair and affordable" and followed the '
            "recommendation of the independent pay review body.\n"
            '"We have accepted the review body\'s recommendation in full, as we said we would," he said.\n'
            'However, Ms Marsh said a ballot on industrial action would open next month. "Nobody goes into '
            'nursing to go on strike," she said. "But our members have told us they have had enough."'
        ),
        "quotes": [
            {"content": "an insult to a profession on its knees",
             "speaker": "Royal College of Nursing", "surface": "Royal College of Nursing", "role": None, "nth": 1},  # 1, 7, 11
            {"content": "Our members are leaving for Australia and New Zealand every single week. This offer will not stop that.",
             "speaker": "Helen Marsh", "surface": "General secretary Helen Marsh", "role": "General secretary", "nth": 1},  # 1, 6, 7, 13
            {"content": "fair and affordable",
             "speaker": "Daniel Osei", "surface": "Health Secretary Daniel Osei", "role": "Health Secretary", "nth": 1},  # 1, 11, 13
            {"content": "We have accepted the review body's recommendation in full, as we said we would,",
             "speaker": "Daniel Osei", "surface": "he", "role": "Health Secretary", "nth": 1},  # 1, 10
            {"content": "Nobody goes into nursing to go on strike,",
             "speaker": "Helen Marsh", "surface": "she", "role": "General secretary", "nth": 1},  # 1, 10
            {"content": "But our members have told us they have had enough.",
             "speaker": "Helen Marsh", "surface": "she", "role": "General secretary", "nth": 1},  # 1, 10
        ],
        "not_quotes": ["insulting"],
    },
    {
        "id": "en-bbc-02", "lang": "en", "style": "BBC",
        "text": (
            "A man who stole more than £400,000 from a children's hospice charity has been jailed for six years.\n"
            "Gareth Pryce, 52, the charity's former finance manager, used the money to pay for holidays, a "
            "sports car and a conservatory, Cardiff Crown Court heard.\n"
            'Prosecutor Siân Howells said Pryce had "betrayed the trust of every family the hospice cared for".\n'
            'Sentencing him, Judge Alan Crofts said: "You stole from dying children and their families. It is '
            'hard to imagine a meaner offence."\n'
            'In mitigation, Pryce\'s barrister said his client had a gambling addiction and was "profoundly '
            'ashamed of what he did".\n'
            'A spokesman for the hospice said it had since tightened its financial controls. "We are grateful to '
            'our supporters, who have stood by us," he said.'
        ),
        "quotes": [
            {"content": "betrayed the trust of every family the hospice cared for",
             "speaker": "Siân Howells", "surface": "Prosecutor Siân Howells", "role": "Prosecutor", "nth": 1},  # 1, 11, 13
            {"content": "You stole from dying children and their families. It is hard to imagine a meaner offence.",
             "speaker": "Alan Crofts", "surface": "Judge Alan Crofts", "role": "Judge", "nth": 1},  # 1, 6, 13
            {"content": "profoundly ashamed of what he did",
             "speaker": "Pryce's barrister", "surface": "Pryce's barrister", "role": "barrister", "nth": 1},  # 1, 11, 13
            {"content": "We are grateful to our supporters, who have stood by us,",
             "speaker": "a spokesman for the hospice", "surface": "he", "role": "spokesman for the hospice", "nth": 1},  # 1, 10, 13
        ],
        "not_quotes": [],
    },
    {
        "id": "en-bbc-03", "lang": "en", "style": "BBC",
        "text": (
            "Farmers in Norfolk say this summer's drought is the worst they have seen in 30 years.\n"
            '"We\'ve lost about a third of the wheat," said Tom Ashworth, who farms 500 acres near Swaffham. '
            '"Some fields we haven\'t even bothered to harvest."\n'
            "He said the price of animal feed had doubled since May.\n"
            '"If it doesn\'t rain properly by October, a lot of livestock farmers will have to sell up."\n'
            "The Environment Agency says reservoir levels in the east of England are at 58% of capacity. Its "
            'drought manager, Dr Priya Raman, told the BBC the situation was "serious but not yet critical".\n'
            '"People should use water wisely, but there is no need to panic," she said.'
        ),
        "quotes": [
            {"content": "We've lost about a third of the wheat,",
             "speaker": "Tom Ashworth", "surface": "Tom Ashworth", "role": None, "nth": 1},  # 1, 8
            {"content": "Some fields we haven't even bothered to harvest.",
             "speaker": "Tom Ashworth", "surface": "Tom Ashworth", "role": None, "nth": 1},  # 1
            {"content": "If it doesn't rain properly by October, a lot of livestock farmers will have to sell up.",
             "speaker": "Tom Ashworth", "surface": None, "role": None, "nth": 1},  # 1, 5
            {"content": "serious but not yet critical",
             "speaker": "Priya Raman", "surface": "Dr Priya Raman", "role": "drought manager", "nth": 1},  # 1, 7, 8, 11
            {"content": "People should use water wisely, but there is no need to panic,",
             "speaker": "Priya Raman", "surface": "she", "role": "drought manager", "nth": 1},  # 1, 10
        ],
        "not_quotes": [],
    },
    {
        "id": "en-bbc-04", "lang": "en", "style": "BBC",
        "text": (
            "The prime minister and the leader of the opposition clashed over hospital waiting lists at Prime "
            "Minister's Questions.\n"
            'Opposition leader Rachel Dunmore asked: "Can the prime minister tell the House how many patients '
            'have waited more than a year for treatment?"\n'
            'Prime Minister Mark Ellison replied that the number had "fallen for six months in a row".\n'
            '"It is down by 40,000 since January," he told MPs. "The honourable lady should welcome that."\n'
            'Mrs Dunmore said: "It is still higher than when he took office, and he can\'t spin his way out of '
            'this."\n'
            "The Liberal Democrat leader, Owen Pryderi, raised the case of a constituent who had waited 19 hours "
            'in an ambulance. "This is not a statistic, it is a grandmother on a trolley," he said.\n'
            'The Speaker, Sir Geoffrey Lyle, had to intervene twice. "Members on both sides will want to hear '
            'the answer," he said.'
        ),
        "quotes": [
            {"content": "Can the prime minister tell the House how many patients have waited more than a year for treatment?",
             "speaker": "Rachel Dunmore", "surface": "Opposition leader Rachel Dunmore", "role": "Opposition leader", "nth": 1},  # 1, 6, 13, 14
            {"content": "fallen for six months in a row",
             "speaker": "Mark Ellison", "surface": "Prime Minister Mark Ellison", "role": "Prime Minister", "nth": 1},  # 1, 11, 13, 14
            {"content": "It is down by 40,000 since January,",
             "speaker": "Mark Ellison", "surface": "he", "role": "Prime Minister", "nth": 1},  # 1, 7, 10, 14
            {"content": "The honourable lady should welcome that.",
             "speaker": "Mark Ellison", "surface": "he", "role": "Prime Minister", "nth": 1},  # 1, 10, 14
            {"content": "It is still higher than when he took office, and he can't spin his way out of this.",
             "speaker": "Rachel Dunmore", "surface": "Mrs Dunmore", "role": "Opposition leader", "nth": 1},  # 1, 6, 9, 14
            {"content": "This is not a statistic, it is a grandmother on a trolley,",
             "speaker": "Owen Pryderi", "surface": "he", "role": "Liberal Democrat leader", "nth": 1},  # 1, 10, 14
            {"content": "Members on both sides will want to hear the answer,",
             "speaker": "Geoffrey Lyle", "surface": "he", "role": "Speaker", "nth": 1},  # 1, 10, 14
        ],
        "not_quotes": [],
    },
    {
        "id": "en-bbc-05", "lang": "en", "style": "BBC",
        "text": (
            "The last video rental shop in Wales is to close after 38 years, its owner has said.\n"
            "Glenys Morgan opened Reel Life in Aberystwyth in 1987 and says business peaked in the late '90s.\n"
            '"People used to queue out the door on a Friday night," she recalled. "Someone would always ask, '
            '\'Have you got the new Bond yet?\'"\n'
            'Mrs Morgan said streaming services had made the shop "impossible to keep going".\n'
            'Film historian Dr Rhodri Evans, of Aberystwyth University, said shops like hers had been "the '
            'village halls of film culture".\n'
            '"When they go, we lose somewhere people met and argued about films," he said.\n'
            'Customer Alun Jenkins, 71, said: "It\'s the end of an era. I\'ve been coming here since it opened."'
        ),
        "quotes": [
            {"content": "People used to queue out the door on a Friday night,",
             "speaker": "Glenys Morgan", "surface": "she", "role": None, "nth": 1},  # 1, 10, 12
            {"content": "Someone would always ask, 'Have you got the new Bond yet?'",
             "speaker": "Glenys Morgan", "surface": "she", "role": None, "nth": 1},  # 1, 3, 10
            {"content": "impossible to keep going",
             "speaker": "Glenys Morgan", "surface": "Mrs Morgan", "role": None, "nth": 1},  # 1, 9, 11
            {"content": "the village halls of film culture",
             "speaker": "Rhodri Evans", "surface": "Film historian Dr Rhodri Evans", "role": "Film historian", "nth": 1},  # 1, 8, 11, 13
            {"content": "When they go, we lose somewhere people met and argued about films,",
             "speaker": "Rhodri Evans", "surface": "he", "role": "Film historian", "nth": 1},  # 1, 10
            {"content": "It's the end of an era. I've been coming here since it opened.",
             "speaker": "Alun Jenkins", "surface": "Customer Alun Jenkins", "role": "Customer", "nth": 1},  # 1, 6, 13
        ],
        "not_quotes": [],
    },
    {
        "id": "en-guardian-01", "lang": "en", "style": "The Guardian",
        "text": (
            "The chancellor has insisted she will not raise income tax in next month’s budget, despite warnings "
            "from economists that the public finances are in a ‘perilous’ state.\n"
            "‘I made a promise to working people and I’m keeping it,’ Rachel Ormsby told the Guardian. ‘That "
            "isn’t negotiable.’\n"
            "Paul Whitaker, director of the Institute for Fiscal Studies, said the government’s plans did ‘not "
            "add up’ without either tax rises or deeper cuts.\n"
            "‘The chancellor’s options are narrowing by the week,’ he said. ‘Something will have to give.’\n"
            "The shadow chancellor, Simon Blake, accused Ormsby of ‘a fiscal fantasy dressed up as prudence’.\n"
            "‘She’s promising everything to everyone,’ Blake said."
        ),
        "quotes": [
            {"content": "I made a promise to working people and I’m keeping it,",
             "speaker": "Rachel Ormsby", "surface": "Rachel Ormsby", "role": "chancellor", "nth": 1},  # 1, 7
            {"content": "That isn’t negotiable.",
             "speaker": "Rachel Ormsby", "surface": "Rachel Ormsby", "role": "chancellor", "nth": 1},  # 1
            {"content": "not add up",
             "speaker": "Paul Whitaker", "surface": "Paul Whitaker", "role": "director of the Institute for Fiscal Studies", "nth": 1},  # 1, 8, 11
            {"content": "The chancellor’s options are narrowing by the week,",
             "speaker": "Paul Whitaker", "surface": "he", "role": "director of the Institute for Fiscal Studies", "nth": 1},  # 1, 10
            {"content": "Something will have to give.",
             "speaker": "Paul Whitaker", "surface": "he", "role": "director of the Institute for Fiscal Studies", "nth": 1},  # 1, 10
            {"content": "a fiscal fantasy dressed up as prudence",
             "speaker": "Simon Blake", "surface": "Simon Blake", "role": "shadow chancellor", "nth": 1},  # 1, 8, 11
            {"content": "She’s promising everything to everyone,",
             "speaker": "Simon Blake", "surface": "Blake", "role": "shadow chancellor", "nth": 1},  # 1, 9
        ],
        "not_quotes": ["perilous"],
    },
    {
        "id": "en-guardian-02", "lang": "en", "style": "The Guardian",
        "text": (
            "Britain's biggest supermarket chain has been accused of 'greenwashing' after it emerged that its "
            "flagship recycling scheme sent most of the plastic it collected abroad.\n"
            "'We're disappointed, but we don't accept the characterisation,' a spokesperson for Grovers said. "
            "'The company's record on packaging speaks for itself.'\n"
            "Campaigners were unimpressed. 'They've been saying that since the '90s,' said Hannah Roe of the "
            "group Wasteless Britain. 'Nothing they've promised has actually happened.'\n"
            "Roe said the scheme was 'little more than a marketing exercise' and called on the regulator to "
            "investigate.\n"
            "The Competition and Markets Authority said it was 'aware of the concerns' and would 'consider next "
            "steps'."
        ),
        "quotes": [
            {"content": "We're disappointed, but we don't accept the characterisation,",
             "speaker": "a spokesperson for Grovers", "surface": "spokesperson for Grovers", "role": "spokesperson for Grovers", "nth": 1},  # 1, 13
            {"content": "The company's record on packaging speaks for itself.",
             "speaker": "a spokesperson for Grovers", "surface": "spokesperson for Grovers", "role": "spokesperson for Grovers", "nth": 1},  # 1, 13
            {"content": "They've been saying that since the '90s,",
             "speaker": "Hannah Roe", "surface": "Hannah Roe", "role": None, "nth": 1},  # 1, 8
            {"content": "Nothing they've promised has actually happened.",
             "speaker": "Hannah Roe", "surface": "Hannah Roe", "role": None, "nth": 1},  # 1
            {"content": "little more than a marketing exercise",
             "speaker": "Hannah Roe", "surface": "Roe", "role": None, "nth": 1},  # 1, 9, 11
            {"content": "aware of the concerns",
             "speaker": "Competition and Markets Authority", "surface": "Competition and Markets Authority", "role": None, "nth": 1},  # 1, 11
            {"content": "consider next steps",
             "speaker": "Competition and Markets Authority", "surface": "Competition and Markets Authority", "role": None, "nth": 1},  # 1, 11
        ],
        "not_quotes": ["greenwashing"],
    },
    {
        "id": "en-guardian-03", "lang": "en", "style": "The Guardian",
        "text": (
            "When Niamh O’Connell finished her first novel, ‘The Salt Road’, she put it in a drawer for 11 "
            "years.\n"
            "‘I thought it was terrible,’ she says, laughing. ‘My editor later told me, “You were wrong about "
            "that, and you were wrong for a long time.”\n"
            "‘It’s strange to read it now. It feels like it was written by someone I used to know.\n"
            "‘I’d change almost nothing, which is the strangest thing of all.’\n"
            "The book, shortlisted this year for a major first-novel prize, has sold 80,000 copies. Her "
            "publisher, Tomás Reilly of Lantern Books, said the response had been ‘beyond anything we hoped "
            "for’.\n"
            "‘Readers have found it on their own, which is the best way,’ he said."
        ),
        "quotes": [
            {"content": "I thought it was terrible,",
             "speaker": "Niamh O’Connell", "surface": "she", "role": None, "nth": 1},  # 1, 10
            {"content": "My editor later told me, “You were wrong about that, and you were wrong for a long time.”",
             "speaker": "Niamh O’Connell", "surface": "she", "role": None, "nth": 1},  # 1, 2, 3, 10
            {"content": "It’s strange to read it now. It feels like it was written by someone I used to know.",
             "speaker": "Niamh O’Connell", "surface": "she", "role": None, "nth": 1},  # 1, 2, 10
            {"content": "I’d change almost nothing, which is the strangest thing of all.",
             "speaker": "Niamh O’Connell", "surface": "she", "role": None, "nth": 1},  # 1, 2, 10
            {"content": "beyond anything we hoped for",
             "speaker": "Tomás Reilly", "surface": "Tomás Reilly", "role": "publisher", "nth": 1},  # 1, 8, 11
            {"content": "Readers have found it on their own, which is the best way,",
             "speaker": "Tomás Reilly", "surface": "he", "role": "publisher", "nth": 1},  # 1, 10
        ],
        "not_quotes": ["The Salt Road"],
    },
    {
        "id": "en-guardian-04", "lang": "en", "style": "The Guardian",
        "text": (
            "The chief executive of Severnside Water was accused of 'living in a parallel universe' by MPs on "
            "Tuesday as he defended bonuses paid to senior staff.\n"
            "Appearing before the environment select committee, Alistair Crane said: 'The bonuses reflect "
            "performance against targets that were set by the regulator, not by us.'\n"
            "The committee's chair, Labour MP Joanne Fieldhouse, asked: 'Which target includes pumping sewage "
            "into the Severn 400 times last year?'\n"
            "'That is not a fair characterisation,' Crane replied.\n"
            "Conservative MP Richard Balfour said customers were 'paying more for a worse service' and that the "
            "company's investors had 'taken the money and run'.\n"
            "Crane conceded that the company's record was 'not where it should be'. 'I'm not going to sit here "
            "and pretend otherwise,' he said.\n"
            "'Then why are you still paying yourself £1.2m?' Fieldhouse shot back. 'That is not a fair "
            "characterisation,' Crane repeated, to laughter from the public gallery."
        ),
        "quotes": [
            {"content": "living in a parallel universe",
             "speaker": "MPs", "surface": "MPs", "role": None, "nth": 1},  # 1, 11, 14
            {"content": "The bonuses reflect performance against targets that were set by the regulator, not by us.",
             "speaker": "Alistair Crane", "surface": "Alistair Crane", "role": "chief executive of Severnside Water", "nth": 1},  # 1, 6, 14
            {"content": "Which target includes pumping sewage into the Severn 400 times last year?",
             "speaker": "Joanne Fieldhouse", "surface": "Labour MP Joanne Fieldhouse", "role": "Labour MP", "nth": 1},  # 1, 6, 8, 13, 14
            {"content": "That is not a fair characterisation,",
             "speaker": "Alistair Crane", "surface": "Crane", "role": "chief executive of Severnside Water", "nth": 1},  # 1, 9, 14
            {"content": "paying more for a worse service",
             "speaker": "Richard Balfour", "surface": "Conservative MP Richard Balfour", "role": "Conservative MP", "nth": 1},  # 1, 11, 13, 14
            {"content": "taken the money and run",
             "speaker": "Richard Balfour", "surface": "Conservative MP Richard Balfour", "role": "Conservative MP", "nth": 1},  # 1, 11, 13, 14
            {"content": "not where it should be",
             "speaker": "Alistair Crane", "surface": "Crane", "role": "chief executive of Severnside Water", "nth": 1},  # 1, 9, 11, 12, 14
            {"content": "I'm not going to sit here and pretend otherwise,",
             "speaker": "Alistair Crane", "surface": "he", "role": "chief executive of Severnside Water", "nth": 1},  # 1, 10, 14
            {"content": "Then why are you still paying yourself £1.2m?",
             "speaker": "Joanne Fieldhouse", "surface": "Fieldhouse", "role": "Labour MP", "nth": 1},  # 1, 9, 12, 14
            {"content": "That is not a fair characterisation,",
             "speaker": "Alistair Crane", "surface": "Crane", "role": "chief executive of Severnside Water", "nth": 2},  # 1, 9, 12, 14
        ],
        "not_quotes": [],
    },
    {
        "id": "en-guardian-05", "lang": "en", "style": "The Guardian",
        "text": (
            "The Alliance party’s new slogan, ‘Fair Shares for All’, was unveiled at its conference in Liverpool "
            "on Sunday to a mixed reception from delegates.\n"
            "The party’s general secretary, Aisha Khan, said the phrase captured ‘what people on the doorstep "
            "are telling us every single day’.\n"
            "But some MPs privately described it as ‘focus-grouped to death’. One former minister, who asked not "
            "to be named, said: ‘It’s the kind of thing you’d put on a mug, not a manifesto.’\n"
            "Khan, asked about the criticism, shrugged. ‘People said the same about every slogan that’s ever won "
            "an election,’ she said.\n"
            "Outside the hall, protesters from the ‘Rejoin Now’ campaign chanted throughout the afternoon."
        ),
        "quotes": [
            {"content": "what people on the doorstep are telling us every single day",
             "speaker": "Aisha Khan", "surface": "Aisha Khan", "role": "general secretary", "nth": 1},  # 1, 8, 11
            {"content": "focus-grouped to death",
             "speaker": "some MPs", "surface": "MPs", "role": None, "nth": 1},  # 1, 11
            {"content": "It’s the kind of thing you’d put on a mug, not a manifesto.",
             "speaker": "one former minister", "surface": "former minister", "role": "former minister", "nth": 1},  # 1, 6, 13
            {"content": "People said the same about every slogan that’s ever won an election,",
             "speaker": "Aisha Khan", "surface": "she", "role": "general secretary", "nth": 1},  # 1, 10
        ],
        "not_quotes": ["Fair Shares for All", "Rejoin Now"],
    },
    {
        "id": "en-guardian-06", "lang": "en", "style": "The Guardian",
        "text": (
            "Hospitals in England are cancelling operations at the highest rate for a decade, according to "
            "figures seen by the Guardian.\n"
            "‘We are running out of beds by lunchtime most days,’ said Dr Ruth Ellis, a consultant anaesthetist "
            "at a large teaching hospital in the Midlands, who spoke on condition that her hospital was not "
            "named.\n"
            "‘Patients turn up starved for surgery and we send them home. It’s soul-destroying.’\n"
            "A Department of Health spokesperson said ministers were ‘taking decisive action’ and pointed to "
            "2,000 new beds opened since April.\n"
            "Ellis was unconvinced. ‘Beds without staff are just furniture,’ she said.\n"
            "The Royal College of Surgeons said the figures were ‘deeply worrying for patients and staff’ and "
            "that patients ‘are paying the price for years of under-investment’."
        ),
        "quotes": [
            {"content": "We are running out of beds by lunchtime most days,",
             "speaker": "Ruth Ellis", "surface": "Dr Ruth Ellis", "role": "consultant anaesthetist at a large teaching hospital in the Midlands", "nth": 1},  # 1, 8
            {"content": "Patients turn up starved for surgery and we send them home. It’s soul-destroying.",
             "speaker": "Ruth Ellis", "surface": None, "role": "consultant anaesthetist at a large teaching hospital in the Midlands", "nth": 1},  # 1, 5
            {"content": "taking decisive action",
             "speaker": "a Department of Health spokesperson", "surface": "Department of Health spokesperson", "role": "Department of Health spokesperson", "nth": 1},  # 1, 11, 13
            {"content": "Beds without staff are just furniture,",
             "speaker": "Ruth Ellis", "surface": "she", "role": "consultant anaesthetist at a large teaching hospital in the Midlands", "nth": 1},  # 1, 10
            {"content": "deeply worrying for patients and staff",
             "speaker": "Royal College of Surgeons", "surface": "Royal College of Surgeons", "role": None, "nth": 1},  # 1, 11
            {"content": "are paying the price for years of under-investment",
             "speaker": "Royal College of Surgeons", "surface": "Royal College of Surgeons", "role": None, "nth": 1},  # 1, 11
        ],
        "not_quotes": [],
    },
    {
        "id": "en-wire-01", "lang": "en", "style": "1990s wire",
        "text": (
            "WASHINGTON (Reuters) - U.S. Treasury Secretary Robert Hale said on Tuesday the dollar's recent rise "
            "reflected the strength of the U.S. economy and that a strong dollar was ``in America's interest.''\n"
            "``We don't target the exchange rate, and we're not going to start now,'' Hale told a news "
            "conference.\n"
            "Asked about Japan's complaints over trade, Hale said: ``We've made our views clear to Tokyo. The "
            "ball is in their court.''\n"
            "Analysts said the remarks were aimed at calming markets. ``He's telling the market that Washington "
            "won't lean against the dollar,'' said Kenneth Mauer, chief currency strategist at Midwest Capital "
            "Markets.\n"
            "The dollar rose to 112.40 yen from 111.85 in late New York trade."
        ),
        "quotes": [
            {"content": "in America's interest.",
             "speaker": "Robert Hale", "surface": "U.S. Treasury Secretary Robert Hale", "role": "U.S. Treasury Secretary", "nth": 1},  # 1, 11, 13
            {"content": "We don't target the exchange rate, and we're not going to start now,",
             "speaker": "Robert Hale", "surface": "Hale", "role": "U.S. Treasury Secretary", "nth": 1},  # 1, 7, 9
            {"content": "We've made our views clear to Tokyo. The ball is in their court.",
             "speaker": "Robert Hale", "surface": "Hale", "role": "U.S. Treasury Secretary", "nth": 1},  # 1, 6, 9
            {"content": "He's telling the market that Washington won't lean against the dollar,",
             "speaker": "Kenneth Mauer", "surface": "Kenneth Mauer", "role": "chief currency strategist at Midwest Capital Markets", "nth": 1},  # 1, 8
        ],
        "not_quotes": [],
    },
    {
        "id": "en-wire-02", "lang": "en", "style": "1990s wire",
        "text": (
            "MOSCOW (Reuters) - Russian Prime Minister Viktor Orlov on Friday promised striking coal miners that "
            "wage arrears would be paid by the end of the year, but warned that the government ``cannot print "
            "money we do not have.''\n"
            "``I understand the anger of the miners. Their families have not been paid for five months,'' Orlov "
            "told parliament.\n"
            "``But if we turn on the printing press, inflation will eat their wages before they reach the shops.\n"
            "``We went down that road in 1992 and we all remember where it led.''\n"
            "Communist deputy Nikolai Zubarev accused the government of ``robbing the people to pay the "
            "bankers.''\n"
            "Miners' leader Ivan Petrenko told Reuters by telephone from the Kuzbass region that the strike "
            "would continue. ``We've heard promises before. Promises don't feed children,'' he said."
        ),
        "quotes": [
            {"content": "cannot print money we do not have.",
             "speaker": "Viktor Orlov", "surface": "Russian Prime Minister Viktor Orlov", "role": "Russian Prime Minister", "nth": 1},  # 1, 11, 12, 13
            {"content": "I understand the anger of the miners. Their families have not been paid for five months,",
             "speaker": "Viktor Orlov", "surface": "Orlov", "role": "Russian Prime Minister", "nth": 1},  # 1, 7, 9
            {"content": "But if we turn on the printing press, inflation will eat their wages before they reach the shops.",
             "speaker": "Viktor Orlov", "surface": None, "role": "Russian Prime Minister", "nth": 1},  # 1, 2, 5
            {"content": "We went down that road in 1992 and we all remember where it led.",
             "speaker": "Viktor Orlov", "surface": None, "role": "Russian Prime Minister", "nth": 1},  # 1, 2, 5
            {"content": "robbing the people to pay the bankers.",
             "speaker": "Nikolai Zubarev", "surface": "Communist deputy Nikolai Zubarev", "role": "Communist deputy", "nth": 1},  # 1, 11, 13
            {"content": "We've heard promises before. Promises don't feed children,",
             "speaker": "Ivan Petrenko", "surface": "he", "role": "Miners' leader", "nth": 1},  # 1, 10
        ],
        "not_quotes": [],
    },
    {
        "id": "en-wire-03", "lang": "en", "style": "1990s wire",
        "text": (
            "BONN, Germany (AP) - Finance Minister Klaus Reimann insisted Thursday that Germany would meet the "
            "criteria for joining Europe's single currency in 1999, despite figures showing the budget deficit "
            "rising to 3.4 percent of gross domestic product.\n"
            "``There is no question of a delay. The timetable stands,'' Reimann told reporters.\n"
            "Opposition Social Democrat Heide Kraemer said the government was ``cooking the books'' to qualify.\n"
            "``Everybody in Bonn knows the numbers don't add up,'' she said. ``Only the finance minister "
            "pretends otherwise.''\n"
            "Asked to respond, Reimann quipped: ``Mrs. Kraemer has been predicting disaster since 1991. One day "
            "she may be right.''\n"
            "The Bundesbank declined to comment."
        ),
        "quotes": [
            {"content": "There is no question of a delay. The timetable stands,",
             "speaker": "Klaus Reimann", "surface": "Reimann", "role": "Finance Minister", "nth": 1},  # 1, 7, 9, 14
            {"content": "cooking the books",
             "speaker": "Heide Kraemer", "surface": "Opposition Social Democrat Heide Kraemer", "role": "Opposition Social Democrat", "nth": 1},  # 1, 11, 13, 14
            {"content": "Everybody in Bonn knows the numbers don't add up,",
             "speaker": "Heide Kraemer", "surface": "she", "role": "Opposition Social Democrat", "nth": 1},  # 1, 10, 14
            {"content": "Only the finance minister pretends otherwise.",
             "speaker": "Heide Kraemer", "surface": "she", "role": "Opposition Social Democrat", "nth": 1},  # 1, 10, 14
            {"content": "Mrs. Kraemer has been predicting disaster since 1991. One day she may be right.",
             "speaker": "Klaus Reimann", "surface": "Reimann", "role": "Finance Minister", "nth": 1},  # 1, 6, 9, 12, 14
        ],
        "not_quotes": [],
    },
    {
        "id": "en-wire-04", "lang": "en", "style": "1990s wire",
        "text": (
            "THE HAGUE (Reuters) - A former prison guard testifying under the pseudonym ``Witness K'' told a "
            "U.N. war crimes tribunal on Wednesday that the camp had been run ``like a slaughterhouse with "
            "paperwork.''\n"
            "``The commander said to me, `You see nothing, you hear nothing,' and I obeyed,'' the witness said, "
            "his voice distorted to protect his identity.\n"
            "Under cross-examination, defense lawyer Marko Vidovic asked him: ``Did you ever see my client at "
            "the camp?''\n"
            "``Never with my own eyes,'' Witness K replied.\n"
            "Prosecutor Anne Delorme told reporters outside the court that the testimony was ``consistent with "
            "everything we have heard from other survivors.''"
        ),
        "quotes": [
            {"content": "like a slaughterhouse with paperwork.",
             "speaker": "Witness K", "surface": "former prison guard", "role": "former prison guard", "nth": 1},  # 1, 7, 11, 13
            {"content": "The commander said to me, `You see nothing, you hear nothing,' and I obeyed,",
             "speaker": "Witness K", "surface": "witness", "role": "former prison guard", "nth": 1},  # 1, 3
            {"content": "Did you ever see my client at the camp?",
             "speaker": "Marko Vidovic", "surface": "defense lawyer Marko Vidovic", "role": "defense lawyer", "nth": 1},  # 1, 6, 13
            {"content": "Never with my own eyes,",
             "speaker": "Witness K", "surface": "Witness K", "role": "former prison guard", "nth": 1},  # 1, 12
            {"content": "consistent with everything we have heard from other survivors.",
             "speaker": "Anne Delorme", "surface": "Prosecutor Anne Delorme", "role": "Prosecutor", "nth": 1},  # 1, 7, 11, 13
        ],
        "not_quotes": ["Witness K"],
    },
    {
        "id": "en-wire-05", "lang": "en", "style": "1990s wire",
        "text": (
            "TOKYO (Reuters) - Japanese automaker Daiwa Motor Corp said on Monday it would cut 4,000 jobs by "
            "1998, blaming the strong yen and weak demand at home.\n"
            "``The operating environment has become extremely severe,'' the company said in a statement.\n"
            "President Hiroshi Tanabe told a news conference that the cuts would come through attrition rather "
            "than layoffs. ``We have never fired a worker, and we won't start now,'' he said.\n"
            "A senior trade ministry official, who asked not to be identified, said the government was "
            "``watching the situation closely'' but had no plan to intervene.\n"
            "``This is Daiwa's problem. They expanded too fast in the early '90s,'' the official said."
        ),
        "quotes": [
            {"content": "The operating environment has become extremely severe,",
             "speaker": "Daiwa Motor Corp", "surface": "company", "role": None, "nth": 1},  # 1, 7
            {"content": "We have never fired a worker, and we won't start now,",
             "speaker": "Hiroshi Tanabe", "surface": "he", "role": "President", "nth": 1},  # 1, 10
            {"content": "watching the situation closely",
             "speaker": "a senior trade ministry official", "surface": "senior trade ministry official", "role": "senior trade ministry official", "nth": 1},  # 1, 11, 13
            {"content": "This is Daiwa's problem. They expanded too fast in the early '90s,",
             "speaker": "a senior trade ministry official", "surface": "official", "role": "senior trade ministry official", "nth": 1},  # 1, 13
        ],
        "not_quotes": [],
    },
    {
        "id": "en-wire-06", "lang": "en", "style": "1990s wire",
        "text": (
            "LONDON (Reuters) - Former England cricket captain Dennis Halford, who led his country in 31 tests "
            "in the 1960s, died on Sunday aged 78, his family said.\n"
            "``He was the most stubborn man I ever played with, and the most generous,'' recalled former "
            "teammate Colin Ashby, who opened the batting with Halford for a decade.\n"
            "``He'd bat all day if you let him, then buy everyone a drink.''\n"
            "According to his son Michael, Halford ``never stopped talking about cricket, right up to the end.''\n"
            "``Dad was watching the highlights on Saturday night,'' Michael Halford told reporters. ``He said "
            "the bowling was rubbish.''"
        ),
        "quotes": [
            {"content": "He was the most stubborn man I ever played with, and the most generous,",
             "speaker": "Colin Ashby", "surface": "former teammate Colin Ashby", "role": "former teammate", "nth": 1},  # 1, 8, 12, 13
            {"content": "He'd bat all day if you let him, then buy everyone a drink.",
             "speaker": "Colin Ashby", "surface": None, "role": "former teammate", "nth": 1},  # 1, 5
            {"content": "never stopped talking about cricket, right up to the end.",
             "speaker": "Michael Halford", "surface": "his son Michael", "role": "son", "nth": 1},  # 1, 7, 11
            {"content": "Dad was watching the highlights on Saturday night,",
             "speaker": "Michael Halford", "surface": "Michael Halford", "role": "son", "nth": 1},  # 1, 7
            {"content": "He said the bowling was rubbish.",
             "speaker": "Michael Halford", "surface": "Michael Halford", "role": "son", "nth": 1},  # 1
        ],
        "not_quotes": [],
    },
    {
        "id": "id-kompas-01", "lang": "id", "style": "Kompas",
        "text": (
            "JAKARTA, KOMPAS.com - Kepolisian Daerah Metro Jaya menangkap tiga orang yang diduga membobol "
            "rekening nasabah sebuah bank swasta senilai Rp 12 miliar.\n"
            'Para korban menerima pesan singkat berbunyi "Rekening Anda diblokir sementara, segera lakukan '
            'verifikasi melalui tautan berikut."\n'
            "Kapolda Metro Jaya Irjen Surya Darmawan mengatakan, para tersangka ditangkap di Tangerang dan "
            "Bekasi pada Minggu (14/9/2025).\n"
            '"Modusnya mengirim tautan palsu yang seolah-olah berasal dari bank. Begitu diklik, data nasabah '
            'langsung tercuri," ujar Surya di Mapolda Metro Jaya, Senin (15/9/2025).\n'
            "Sementara itu, pihak bank menyatakan telah mengganti seluruh dana nasabah yang hilang.\n"
            '"Kami masih memburu dua pelaku lain yang diduga berperan sebagai penyedia rekening penampung," '
            "katanya.\n"
            "Selain itu, polisi menyita 40 telepon seluler dan 120 kartu SIM dari sebuah rumah kontrakan di "
            'Bekasi. "Barang bukti ini akan kami dalami untuk mencari korban lain," imbuhnya.'
        ),
        "quotes": [
            {"content": "Rekening Anda diblokir sementara, segera lakukan verifikasi melalui tautan berikut.",
             "speaker": None, "surface": None, "role": None, "nth": 1},  # 1
            {"content": "Modusnya mengirim tautan palsu yang seolah-olah berasal dari bank. Begitu diklik, data nasabah langsung tercuri,",
             "speaker": "Surya Darmawan", "surface": "Surya", "role": "Kapolda Metro Jaya Irjen", "nth": 1},  # 1, 9
            {"content": "Kami masih memburu dua pelaku lain yang diduga berperan sebagai penyedia rekening penampung,",
             "speaker": "Surya Darmawan", "surface": "-nya", "role": "Kapolda Metro Jaya Irjen", "nth": 1},  # 1, 10
            {"content": "Barang bukti ini akan kami dalami untuk mencari korban lain,",
             "speaker": "Surya Darmawan", "surface": "-nya", "role": "Kapolda Metro Jaya Irjen", "nth": 1},  # 1, 10, 12
        ],
        "not_quotes": [],
    },
    {
        "id": "id-kompas-02", "lang": "id", "style": "Kompas",
        "text": (
            "JAKARTA, KOMPAS.com - Rapat kerja Komisi XI DPR bersama Menteri Keuangan Sri Wahyuni Lestari, Rabu "
            "(10/9/2025), diwarnai interupsi saat membahas rencana pengenaan cukai minuman berpemanis.\n"
            "Anggota Komisi XI dari Fraksi PDI-P, Yohanes Sitorus, mempertanyakan dasar perhitungan tarif cukai "
            'tersebut. "Jangan sampai UMKM minuman yang jadi korban karena kajiannya tidak jelas," kata Yohanes.\n'
            'Sri Wahyuni menjawab bahwa kajian telah diserahkan ke Komisi XI sejak Juli. "Dokumennya sudah kami '
            'kirim, Pak, silakan dicek di sekretariat," ujarnya.\n'
            '"Baik, kita skors lima menit untuk mengecek dokumen itu," kata Ketua Komisi XI Herman Suparno yang '
            "memimpin rapat.\n"
            'Setelah rapat dilanjutkan, anggota Fraksi Gerindra, Rina Marpaung, menyatakan dukungan. "Cukai ini '
            'untuk kesehatan anak-anak kita, bukan semata-mata soal penerimaan," tegas Rina.\n'
            'Yohanes kembali menyela: "Kalau begitu, kenapa targetnya Rp 3,8 triliun?"\n'
            '"Itu hitungan konservatif," jawab Sri Wahyuni singkat.'
        ),
        "quotes": [
            {"content": "Jangan sampai UMKM minuman yang jadi korban karena kajiannya tidak jelas,",
             "speaker": "Yohanes Sitorus", "surface": "Yohanes", "role": "Anggota Komisi XI dari Fraksi PDI-P", "nth": 1},  # 1, 9, 14
            {"content": "Dokumennya sudah kami kirim, Pak, silakan dicek di sekretariat,",
             "speaker": "Sri Wahyuni Lestari", "surface": "-nya", "role": "Menteri Keuangan", "nth": 1},  # 1, 10, 14
            {"content": "Baik, kita skors lima menit untuk mengecek dokumen itu,",
             "speaker": "Herman Suparno", "surface": "Ketua Komisi XI Herman Suparno", "role": "Ketua Komisi XI", "nth": 1},  # 1, 13, 14
            {"content": "Cukai ini untuk kesehatan anak-anak kita, bukan semata-mata soal penerimaan,",
             "speaker": "Rina Marpaung", "surface": "Rina", "role": "anggota Fraksi Gerindra", "nth": 1},  # 1, 9, 12, 14
            {"content": "Kalau begitu, kenapa targetnya Rp 3,8 triliun?",
             "speaker": "Yohanes Sitorus", "surface": "Yohanes", "role": "Anggota Komisi XI dari Fraksi PDI-P", "nth": 1},  # 1, 6, 9, 14
            {"content": "Itu hitungan konservatif,",
             "speaker": "Sri Wahyuni Lestari", "surface": "Sri Wahyuni", "role": "Menteri Keuangan", "nth": 1},  # 1, 9, 14
        ],
        "not_quotes": [],
    },
    {
        "id": "id-kompas-03", "lang": "id", "style": "Kompas",
        "text": (
            "BANDUNG, KOMPAS.com - Ribuan warga Kabupaten Bandung masih bertahan di pengungsian setelah banjir "
            "merendam tujuh kecamatan sejak Kamis (6/11/2025).\n"
            "Bupati Bandung Asep Kurniawan mengatakan, pemerintah kabupaten telah menetapkan status tanggap "
            "darurat selama 14 hari.\n"
            '"Kami sudah mendirikan 23 dapur umum dan menyiagakan tenaga kesehatan di setiap posko.\n'
            '"Bantuan dari provinsi dan pusat juga mulai berdatangan sejak tadi pagi.\n'
            '"Yang paling mendesak sekarang adalah air bersih dan popok bayi," ujar Asep saat meninjau posko '
            "pengungsian di Baleendah, Sabtu (8/11/2025).\n"
            'Salah seorang pengungsi, Euis Komalasari (45), mengaku sudah tiga hari tidak bisa pulang. "Air di '
            'rumah saya masih sepinggang," tuturnya.\n'
            '"Anak-anak mulai batuk dan gatal-gatal."'
        ),
        "quotes": [
            {"content": "Kami sudah mendirikan 23 dapur umum dan menyiagakan tenaga kesehatan di setiap posko.",
             "speaker": "Asep Kurniawan", "surface": "Asep", "role": "Bupati Bandung", "nth": 1},  # 1, 2, 9
            {"content": "Bantuan dari provinsi dan pusat juga mulai berdatangan sejak tadi pagi.",
             "speaker": "Asep Kurniawan", "surface": "Asep", "role": "Bupati Bandung", "nth": 1},  # 1, 2, 9
            {"content": "Yang paling mendesak sekarang adalah air bersih dan popok bayi,",
             "speaker": "Asep Kurniawan", "surface": "Asep", "role": "Bupati Bandung", "nth": 1},  # 1, 2, 9
            {"content": "Air di rumah saya masih sepinggang,",
             "speaker": "Euis Komalasari", "surface": "-nya", "role": "pengungsi", "nth": 1},  # 1, 10, 12
            {"content": "Anak-anak mulai batuk dan gatal-gatal.",
             "speaker": "Euis Komalasari", "surface": None, "role": "pengungsi", "nth": 1},  # 1, 5
        ],
        "not_quotes": [],
    },
    {
        "id": "id-kompas-04", "lang": "id", "style": "Kompas",
        "text": (
            "JAKARTA, KOMPAS.com - Jaksa penuntut umum menuntut mantan Direktur Utama PT Sarana Tirta Abadi, "
            "Bambang Sukmono, dengan hukuman sembilan tahun penjara dalam kasus korupsi pengadaan pipa air "
            "bersih.\n"
            "Tuntutan dibacakan dalam sidang di Pengadilan Tindak Pidana Korupsi (Tipikor) Jakarta, Kamis "
            "(18/9/2025).\n"
            '"Menuntut supaya majelis hakim menjatuhkan pidana penjara selama sembilan tahun terhadap terdakwa '
            'Bambang Sukmono," kata jaksa saat membacakan surat tuntutan.\n'
            'Jaksa juga menilai terdakwa "tidak mengakui perbuatannya dan berbelit-belit" selama persidangan.\n'
            'Kuasa hukum terdakwa, Ratna Sihombing, menyebut tuntutan itu berlebihan. "Tidak ada satu rupiah pun '
            'yang masuk ke rekening klien kami," ucap Ratna seusai sidang.\n'
            'Ketua majelis hakim Eko Prasetyo kemudian menunda sidang hingga pekan depan. "Terdakwa silakan '
            'menyiapkan nota pembelaan," kata Eko.'
        ),
        "quotes": [
            {"content": "Menuntut supaya majelis hakim menjatuhkan pidana penjara selama sembilan tahun terhadap terdakwa Bambang Sukmono,",
             "speaker": "jaksa", "surface": "jaksa", "role": "jaksa", "nth": 1},  # 1, 13
            {"content": "tidak mengakui perbuatannya dan berbelit-belit",
             "speaker": "jaksa", "surface": "Jaksa", "role": "jaksa", "nth": 1},  # 1, 11, 13
            {"content": "Tidak ada satu rupiah pun yang masuk ke rekening klien kami,",
             "speaker": "Ratna Sihombing", "surface": "Ratna", "role": "Kuasa hukum terdakwa", "nth": 1},  # 1, 8, 9, 12
            {"content": "Terdakwa silakan menyiapkan nota pembelaan,",
             "speaker": "Eko Prasetyo", "surface": "Eko", "role": "Ketua majelis hakim", "nth": 1},  # 1, 9
        ],
        "not_quotes": [],
    },
    {
        "id": "id-kompas-05", "lang": "id", "style": "Kompas",
        "text": (
            'JAKARTA, KOMPAS.com - Film "Rumah di Ujung Senja" karya sutradara Laras Anindita meraih empat Piala '
            "Citra dalam Festival Film Indonesia (FFI) 2025, termasuk untuk kategori film cerita panjang "
            "terbaik.\n"
            '"Saya tidak pernah membayangkan film sekecil ini bisa sampai di sini," ungkap Laras saat menerima '
            "piala di Jakarta, Rabu (19/11/2025) malam.\n"
            'Aktor senior Yayan "Kribo" Sudrajat, yang memerankan tokoh ayah, menyebut naskah film itu sebagai '
            '"yang terbaik yang pernah saya baca dalam 30 tahun".\n'
            '"Waktu pertama baca, saya menangis di halaman terakhir," kata Yayan.\n'
            'Film tersebut dibuka dengan lagu "Pulang" yang dinyanyikan ulang oleh sebuah grup musik asal '
            "Yogyakarta.\n"
            '"Juri menilai film ini berani dan jujur," papar Ketua Bidang Penjurian FFI Maria Tampubolon.'
        ),
        "quotes": [
            {"content": "Saya tidak pernah membayangkan film sekecil ini bisa sampai di sini,",
             "speaker": "Laras Anindita", "surface": "Laras", "role": "sutradara", "nth": 1},  # 1, 9, 12
            {"content": "yang terbaik yang pernah saya baca dalam 30 tahun",
             "speaker": "Yayan Sudrajat", "surface": 'Aktor senior Yayan "Kribo" Sudrajat', "role": "Aktor senior", "nth": 1},  # 1, 8, 11, 13
            {"content": "Waktu pertama baca, saya menangis di halaman terakhir,",
             "speaker": "Yayan Sudrajat", "surface": "Yayan", "role": "Aktor senior", "nth": 1},  # 1, 9
            {"content": "Juri menilai film ini berani dan jujur,",
             "speaker": "Maria Tampubolon", "surface": "Ketua Bidang Penjurian FFI Maria Tampubolon", "role": "Ketua Bidang Penjurian FFI", "nth": 1},  # 1, 12, 13
        ],
        "not_quotes": ["Rumah di Ujung Senja", "Kribo", "Pulang"],
    },
    {
        "id": "id-kompas-06", "lang": "id", "style": "Kompas",
        "text": (
            "YOGYAKARTA, KOMPAS.com - Ribuan santri dan warga menghadiri haul ke-10 KH Ahmad Mustofa di Pondok "
            "Pesantren Al-Hikmah, Sleman, Minggu (12/10/2025).\n"
            'Putra almarhum, Gus Fadlan Mustofa, mengenang ayahnya sebagai sosok yang sederhana. "Beliau tidak '
            'pernah mau dijemput mobil. Ke mana-mana naik sepeda onthel," kenang Fadlan.\n'
            '"Abah selalu berpesan, \'Jangan jadi santri yang pintar tapi sombong,\'" kata Fadlan.\n'
            'Hadir pula ulama sepuh asal Rembang, KH Syamsul Arifin Basri, yang memberikan tausiah. "Jagalah '
            'warisan ilmu ini. Jangan sampai pesantren hanya tinggal bangunan," tutur beliau.\n'
            "Bupati Sleman Wahyu Setiadi yang turut hadir menyebut pesantren itu sebagai aset daerah. Ia "
            'mengatakan, "Pemkab akan membantu renovasi asrama santri tahun depan."'
        ),
        "quotes": [
            {"content": "Beliau tidak pernah mau dijemput mobil. Ke mana-mana naik sepeda onthel,",
             "speaker": "Fadlan Mustofa", "surface": "Fadlan", "role": "Putra almarhum", "nth": 1},  # 1, 9, 12
            {"content": "Abah selalu berpesan, 'Jangan jadi santri yang pintar tapi sombong,'",
             "speaker": "Fadlan Mustofa", "surface": "Fadlan", "role": "Putra almarhum", "nth": 1},  # 1, 3, 9
            {"content": "Jagalah warisan ilmu ini. Jangan sampai pesantren hanya tinggal bangunan,",
             "speaker": "Syamsul Arifin Basri", "surface": "beliau", "role": "ulama sepuh asal Rembang", "nth": 1},  # 1, 10, 12
            {"content": "Pemkab akan membantu renovasi asrama santri tahun depan.",
             "speaker": "Wahyu Setiadi", "surface": "Ia", "role": "Bupati Sleman", "nth": 1},  # 1, 10
        ],
        "not_quotes": [],
    },
    {
        "id": "id-kompas-07", "lang": "id", "style": "Kompas",
        "text": (
            "JAKARTA, KOMPAS.com - Rencana pemerintah menaikkan tarif pajak pertambahan nilai (PPN) menjadi 12 "
            "persen dinilai berisiko menekan daya beli kelas menengah.\n"
            'Direktur Eksekutif Lembaga Kajian Ekonomi Nusantara (LKEN), Taufik Rahman, mengatakan, "Kalau PPN '
            'dinaikkan sekarang, kelas menengah yang paling terpukul."\n'
            "Hal itu disampaikan Taufik dalam diskusi daring, Selasa (3/12/2024). Ia menyebut konsumsi rumah "
            "tangga sudah melambat dalam dua kuartal terakhir.\n"
            'Menurutnya, pemerintah sebaiknya memperluas basis pajak ketimbang menaikkan tarif. "Masih banyak '
            'sektor yang belum tersentuh pajak secara optimal," imbuhnya.\n'
            "Sementara itu, Kepala Badan Kebijakan Fiskal (BKF) Kementerian Keuangan Anton Siregar menegaskan, "
            '"Bahan pokok, jasa pendidikan, dan jasa kesehatan tetap bebas PPN."\n'
            '"Jadi masyarakat tidak perlu khawatir," tandas Anton.'
        ),
        "quotes": [
            {"content": "Kalau PPN dinaikkan sekarang, kelas menengah yang paling terpukul.",
             "speaker": "Taufik Rahman", "surface": "Taufik Rahman", "role": "Direktur Eksekutif Lembaga Kajian Ekonomi Nusantara (LKEN)", "nth": 1},  # 1, 8
            {"content": "Masih banyak sektor yang belum tersentuh pajak secara optimal,",
             "speaker": "Taufik Rahman", "surface": "-nya", "role": "Direktur Eksekutif Lembaga Kajian Ekonomi Nusantara (LKEN)", "nth": 1},  # 1, 10, 12
            {"content": "Bahan pokok, jasa pendidikan, dan jasa kesehatan tetap bebas PPN.",
             "speaker": "Anton Siregar", "surface": "Kepala Badan Kebijakan Fiskal (BKF) Kementerian Keuangan Anton Siregar", "role": "Kepala Badan Kebijakan Fiskal (BKF) Kementerian Keuangan", "nth": 1},  # 1, 12, 13
            {"content": "Jadi masyarakat tidak perlu khawatir,",
             "speaker": "Anton Siregar", "surface": "Anton", "role": "Kepala Badan Kebijakan Fiskal (BKF) Kementerian Keuangan", "nth": 1},  # 1, 9, 12
        ],
        "not_quotes": [],
    },
    {
        "id": "id-detik-01", "lang": "id", "style": "Detik",
        "text": (
            "Polisi Bongkar Praktik 'Joki' Ujian CPNS di Makassar\n"
            "Makassar - Polda Sulawesi Selatan membongkar praktik perjokian ujian seleksi calon pegawai negeri "
            "sipil (CPNS) yang melibatkan 11 orang. Para peserta diduga membayar hingga Rp 150 juta agar "
            "dinyatakan lolos.\n"
            '"Pelaku menggunakan kamera mini yang disembunyikan di kancing baju," kata Kabid Humas Polda Sulsel '
            "Kombes Hari Santoso kepada detikcom, Selasa (21/10/2025).\n"
            'Hari menjelaskan, jawaban soal dikirim dari luar ruangan melalui earphone nirkabel. "Ada tim di '
            'luar yang mengerjakan soal, lalu membacakan jawabannya ke peserta," jelasnya.\n'
            "Selain itu, polisi menyita uang tunai Rp 420 juta dari rumah salah satu tersangka di Gowa.\n"
            '"Kami masih mendalami apakah ada oknum panitia yang terlibat," terangnya.'
        ),
        "quotes": [
            {"content": "Pelaku menggunakan kamera mini yang disembunyikan di kancing baju,",
             "speaker": "Hari Santoso", "surface": "Kabid Humas Polda Sulsel Kombes Hari Santoso", "role": "Kabid Humas Polda Sulsel Kombes", "nth": 1},  # 1, 7, 13
            {"content": "Ada tim di luar yang mengerjakan soal, lalu membacakan jawabannya ke peserta,",
             "speaker": "Hari Santoso", "surface": "-nya", "role": "Kabid Humas Polda Sulsel Kombes", "nth": 1},  # 1, 10, 12
            {"content": "Kami masih mendalami apakah ada oknum panitia yang terlibat,",
             "speaker": "Hari Santoso", "surface": "-nya", "role": "Kabid Humas Polda Sulsel Kombes", "nth": 1},  # 1, 10, 12
        ],
        "not_quotes": ["Joki"],
    },
    {
        "id": "id-detik-02", "lang": "id", "style": "Detik",
        "text": (
            'Jubir Kemlu Arief Nugraha: "Seluruh WNI di Sudan Selamat"\n'
            "Jakarta - Kementerian Luar Negeri (Kemlu) memastikan 27 warga negara Indonesia (WNI) yang terjebak "
            "konflik bersenjata di Sudan telah dievakuasi ke Port Sudan.\n"
            "Dalam jumpa pers mingguan, Kamis (16/10/2025), juru bicara Kemlu Arief Nugraha menyampaikan: "
            '"Seluruh WNI sudah tiba di Port Sudan dalam kondisi sehat."\n'
            '"Mereka akan diterbangkan ke Jeddah sebelum dipulangkan ke Tanah Air," imbuh Arief.\n'
            "Sementara itu, Duta Besar RI untuk Sudan, Hasan Basri Lubis, menuturkan proses evakuasi memakan "
            'waktu 19 jam perjalanan darat. "Perjalanannya berat, tapi semuanya selamat," tuturnya.\n'
            'Kemlu juga mengimbau WNI menunda perjalanan ke Sudan. "Kemlu mengimbau WNI untuk menunda perjalanan '
            'ke Sudan hingga situasi keamanan membaik," bunyi pernyataan Kemlu.'
        ),
        "quotes": [
            {"content": "Seluruh WNI di Sudan Selamat",
             "speaker": "Arief Nugraha", "surface": "Jubir Kemlu Arief Nugraha", "role": "Jubir Kemlu", "nth": 1},  # 1, 6, 13
            {"content": "Seluruh WNI sudah tiba di Port Sudan dalam kondisi sehat.",
             "speaker": "Arief Nugraha", "surface": "juru bicara Kemlu Arief Nugraha", "role": "juru bicara Kemlu", "nth": 1},  # 1, 6, 13
            {"content": "Mereka akan diterbangkan ke Jeddah sebelum dipulangkan ke Tanah Air,",
             "speaker": "Arief Nugraha", "surface": "Arief", "role": "juru bicara Kemlu", "nth": 1},  # 1, 9, 12
            {"content": "Perjalanannya berat, tapi semuanya selamat,",
             "speaker": "Hasan Basri Lubis", "surface": "-nya", "role": "Duta Besar RI untuk Sudan", "nth": 1},  # 1, 10, 12
            {"content": "Kemlu mengimbau WNI untuk menunda perjalanan ke Sudan hingga situasi keamanan membaik,",
             "speaker": "Kementerian Luar Negeri", "surface": "Kemlu", "role": None, "nth": 1},  # 1, 7
        ],
        "not_quotes": [],
    },
    {
        "id": "id-detik-03", "lang": "id", "style": "Detik",
        "text": (
            "Jakarta - Timnas Indonesia U-23 menang 3-1 atas Vietnam dalam laga uji coba di Stadion Utama Gelora "
            "Bung Karno, Jakarta, Jumat (10/10/2025) malam.\n"
            "Pelatih Timnas U-23 Bima Wicaksono mengaku puas dengan permainan anak asuhnya. “Anak-anak bermain "
            "disiplin. Saya cuma bilang ke mereka di ruang ganti, ‘Main seperti latihan saja,’” ujar Bima seusai "
            "laga.\n"
            "Pencetak dua gol, Arkan Maulana, mengaku sempat gugup di awal laga. “Tadi malam saya tidak bisa "
            "tidur,” seloroh Arkan disambut tawa wartawan.\n"
            "Bima menambahkan, timnya masih harus membenahi lini belakang. “Kebobolan dari bola mati itu tidak "
            "boleh terulang,” tegasnya.\n"
            "“Kami akan evaluasi semuanya sebelum Piala Asia,” pungkas Bima."
        ),
        "quotes": [
            {"content": "Anak-anak bermain disiplin. Saya cuma bilang ke mereka di ruang ganti, ‘Main seperti latihan saja,’",
             "speaker": "Bima Wicaksono", "surface": "Bima", "role": "Pelatih Timnas U-23", "nth": 1},  # 1, 3, 9
            {"content": "Tadi malam saya tidak bisa tidur,",
             "speaker": "Arkan Maulana", "surface": "Arkan", "role": "Pencetak dua gol", "nth": 1},  # 1, 9, 12
            {"content": "Kebobolan dari bola mati itu tidak boleh terulang,",
             "speaker": "Bima Wicaksono", "surface": "-nya", "role": "Pelatih Timnas U-23", "nth": 1},  # 1, 10, 12
            {"content": "Kami akan evaluasi semuanya sebelum Piala Asia,",
             "speaker": "Bima Wicaksono", "surface": "Bima", "role": "Pelatih Timnas U-23", "nth": 1},  # 1, 9, 12
        ],
        "not_quotes": [],
    },
    {
        "id": "id-detik-04", "lang": "id", "style": "Detik",
        "text": (
            "Jakarta - Seorang pejabat di Kementerian Perhubungan yang enggan disebut namanya mengungkapkan, "
            "pemerintah tengah menyiapkan aturan baru soal tarif ojek online.\n"
            '"Drafnya sudah di meja menteri, tinggal menunggu tanda tangan," ungkap pejabat tersebut kepada '
            "detikcom, Rabu (22/10/2025).\n"
            'Ia menyebut aturan itu akan membatasi potongan aplikator "tidak lebih dari 10 persen" dari tarif '
            "yang dibayar penumpang.\n"
            'Ketua Serikat Pengemudi Daring Indonesia (SPDI) Yusuf Hamdani menyambut baik rencana tersebut. "Ini '
            'yang kami perjuangkan sejak tiga tahun lalu," kata Yusuf saat dihubungi detikcom.\n'
            'Namun, ia menilai pemerintah selama ini kerap "hanya berani di atas kertas".'
        ),
        "quotes": [
            {"content": "Drafnya sudah di meja menteri, tinggal menunggu tanda tangan,",
             "speaker": "seorang pejabat di Kementerian Perhubungan", "surface": "pejabat tersebut", "role": "pejabat di Kementerian Perhubungan", "nth": 1},  # 1, 7, 12, 13
            {"content": "tidak lebih dari 10 persen",
             "speaker": "seorang pejabat di Kementerian Perhubungan", "surface": "Ia", "role": "pejabat di Kementerian Perhubungan", "nth": 1},  # 1, 10, 11, 13
            {"content": "Ini yang kami perjuangkan sejak tiga tahun lalu,",
             "speaker": "Yusuf Hamdani", "surface": "Yusuf", "role": "Ketua Serikat Pengemudi Daring Indonesia (SPDI)", "nth": 1},  # 1, 7, 9
            {"content": "hanya berani di atas kertas",
             "speaker": "Yusuf Hamdani", "surface": "ia", "role": "Ketua Serikat Pengemudi Daring Indonesia (SPDI)", "nth": 1},  # 1, 10, 11
        ],
        "not_quotes": [],
    },
    {
        "id": "id-detik-05", "lang": "id", "style": "Detik",
        "text": (
            "Bogor - Jembatan gantung penghubung Desa Cibunian dan Desa Purwabakti di Kecamatan Pamijahan, "
            "Kabupaten Bogor, putus diterjang banjir bandang, Minggu (2/11/2025).\n"
            "“Jembatannya hanyut sekitar jam empat sore. Untung tidak ada orang yang lewat,” kata Ujang Suryana, "
            "warga Cibunian, saat ditemui di lokasi.\n"
            "Akibatnya, anak-anak harus memutar sejauh 8 kilometer untuk pergi ke sekolah. “Biasanya 10 menit, "
            "sekarang bisa satu jam lebih,” ucap dia.\n"
            "Kepala Desa Cibunian Ade Rukmana menyebut pihaknya sudah melapor ke Pemkab Bogor. “Kami minta "
            "dibangun jembatan permanen, jangan gantung lagi,” sebut Ade.\n"
            "“Sudah tiga kali jembatan ini putus sejak 2019.”"
        ),
        "quotes": [
            {"content": "Jembatannya hanyut sekitar jam empat sore. Untung tidak ada orang yang lewat,",
             "speaker": "Ujang Suryana", "surface": "Ujang Suryana", "role": "warga Cibunian", "nth": 1},  # 1, 8
            {"content": "Biasanya 10 menit, sekarang bisa satu jam lebih,",
             "speaker": "Ujang Suryana", "surface": "dia", "role": "warga Cibunian", "nth": 1},  # 1, 10, 12
            {"content": "Kami minta dibangun jembatan permanen, jangan gantung lagi,",
             "speaker": "Ade Rukmana", "surface": "Ade", "role": "Kepala Desa Cibunian", "nth": 1},  # 1, 9, 12
            {"content": "Sudah tiga kali jembatan ini putus sejak 2019.",
             "speaker": "Ade Rukmana", "surface": None, "role": "Kepala Desa Cibunian", "nth": 1},  # 1, 5
        ],
        "not_quotes": [],
    },
    {
        "id": "id-detik-06", "lang": "id", "style": "Detik",
        "text": (
            "Jakarta - Komisi Pemberantasan Korupsi (KPK) menahan Bupati Kepulauan Seruni berinisial HS setelah "
            "ditetapkan sebagai tersangka suap proyek jalan senilai Rp 48 miliar.\n"
            '"Tersangka HS diduga menerima uang Rp 3,2 miliar dari kontraktor melalui ajudannya," kata Wakil '
            "Ketua KPK Sarwono Adi dalam konferensi pers di Gedung Merah Putih KPK, Jakarta, Senin (27/10/2025).\n"
            'Seorang wartawan bertanya apakah ada pejabat lain yang akan dijerat. "Tidak menutup kemungkinan. '
            'Kami ikuti alat buktinya," jawab Sarwono.\n'
            'Juru bicara KPK Lestari Wulandari menambahkan, penyidik telah memeriksa 23 saksi. "Termasuk '
            'sejumlah kepala dinas di lingkungan pemkab," ujarnya.\n'
            'Saat ditanya soal kemungkinan penerapan pasal pencucian uang, Sarwono menjawab singkat: "Sedang '
            'kami dalami."'
        ),
        "quotes": [
            {"content": "Tersangka HS diduga menerima uang Rp 3,2 miliar dari kontraktor melalui ajudannya,",
             "speaker": "Sarwono Adi", "surface": "Wakil Ketua KPK Sarwono Adi", "role": "Wakil Ketua KPK", "nth": 1},  # 1, 13, 14
            {"content": "Tidak menutup kemungkinan. Kami ikuti alat buktinya,",
             "speaker": "Sarwono Adi", "surface": "Sarwono", "role": "Wakil Ketua KPK", "nth": 1},  # 1, 9, 14
            {"content": "Termasuk sejumlah kepala dinas di lingkungan pemkab,",
             "speaker": "Lestari Wulandari", "surface": "-nya", "role": "Juru bicara KPK", "nth": 1},  # 1, 10, 14
            {"content": "Sedang kami dalami.",
             "speaker": "Sarwono Adi", "surface": "Sarwono", "role": "Wakil Ketua KPK", "nth": 1},  # 1, 6, 9, 14
        ],
        "not_quotes": [],
    },
    {
        "id": "id-antara-01", "lang": "id", "style": "Antara",
        "text": (
            "Jakarta (ANTARA) - Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) memperingatkan potensi "
            "hujan lebat disertai angin kencang di sebagian besar wilayah Jawa dalam sepekan ke depan.\n"
            '"Masyarakat diimbau mewaspadai dampak cuaca ekstrem seperti banjir, tanah longsor, dan pohon '
            'tumbang," kata Deputi Bidang Meteorologi BMKG Andi Kurniawan dalam keterangan tertulis di Jakarta, '
            "Sabtu.\n"
            "Menurut Andi, fenomena gelombang Rossby ekuatorial turut memicu peningkatan curah hujan di wilayah "
            "tersebut.\n"
            '"Puncaknya diperkirakan terjadi pada Selasa hingga Kamis pekan depan," ujar Andi.\n'
            '"BMKG akan terus memperbarui informasi peringatan dini melalui aplikasi InfoBMKG dan media sosial '
            'resmi," demikian keterangan BMKG.'
        ),
        "quotes": [
            {"content": "Masyarakat diimbau mewaspadai dampak cuaca ekstrem seperti banjir, tanah longsor, dan pohon tumbang,",
             "speaker": "Andi Kurniawan", "surface": "Deputi Bidang Meteorologi BMKG Andi Kurniawan", "role": "Deputi Bidang Meteorologi BMKG", "nth": 1},  # 1, 7, 13
            {"content": "Puncaknya diperkirakan terjadi pada Selasa hingga Kamis pekan depan,",
             "speaker": "Andi Kurniawan", "surface": "Andi", "role": "Deputi Bidang Meteorologi BMKG", "nth": 1},  # 1, 9
            {"content": "BMKG akan terus memperbarui informasi peringatan dini melalui aplikasi InfoBMKG dan media sosial resmi,",
             "speaker": "Badan Meteorologi, Klimatologi, dan Geofisika", "surface": "BMKG", "role": None, "nth": 1},  # 1, 7
        ],
        "not_quotes": [],
    },
    {
        "id": "id-antara-02", "lang": "id", "style": "Antara",
        "text": (
            "Surabaya (ANTARA) - Gubernur Jawa Timur Hartini Wulandari meminta seluruh kepala daerah di provinsi "
            "itu memperkuat cadangan pangan menjelang musim kemarau panjang.\n"
            "“Kita tidak boleh menunggu harga beras naik dulu baru bergerak.\n"
            "“Setiap kabupaten dan kota wajib memiliki cadangan pangan minimal untuk tiga bulan.\n"
            "“Saya akan cek langsung ke daerah, tidak cukup laporan di atas kertas,” kata Hartini saat membuka "
            "rapat koordinasi di Gedung Negara Grahadi, Surabaya, Selasa.\n"
            "Kepala Dinas Ketahanan Pangan Jatim, Sutrisno Hadi, menjelaskan, stok beras di gudang Bulog Jatim "
            "saat ini mencapai 480 ribu ton. “Jumlah itu aman hingga Maret,” paparnya."
        ),
        "quotes": [
            {"content": "Kita tidak boleh menunggu harga beras naik dulu baru bergerak.",
             "speaker": "Hartini Wulandari", "surface": "Hartini", "role": "Gubernur Jawa Timur", "nth": 1},  # 1, 2, 9
            {"content": "Setiap kabupaten dan kota wajib memiliki cadangan pangan minimal untuk tiga bulan.",
             "speaker": "Hartini Wulandari", "surface": "Hartini", "role": "Gubernur Jawa Timur", "nth": 1},  # 1, 2, 9
            {"content": "Saya akan cek langsung ke daerah, tidak cukup laporan di atas kertas,",
             "speaker": "Hartini Wulandari", "surface": "Hartini", "role": "Gubernur Jawa Timur", "nth": 1},  # 1, 2, 9
            {"content": "Jumlah itu aman hingga Maret,",
             "speaker": "Sutrisno Hadi", "surface": "-nya", "role": "Kepala Dinas Ketahanan Pangan Jatim", "nth": 1},  # 1, 10, 12
        ],
        "not_quotes": [],
    },
    {
        "id": "id-antara-03", "lang": "id", "style": "Antara",
        "text": (
            "Jakarta (ANTARA) - Ekonom menilai penurunan suku bunga acuan Bank Indonesia (BI) menjadi 5,25 "
            "persen akan mendorong penyaluran kredit pada semester kedua.\n"
            '"Penurunan BI-Rate memberi ruang bagi perbankan untuk menurunkan bunga kredit, terutama kredit '
            'konsumsi," kata Lestiani Putri, kepala ekonom Bank Nusa Raya, di Jakarta, Kamis.\n'
            'Menurut Lestiani, transmisi ke bunga kredit biasanya memerlukan waktu tiga hingga enam bulan. "Jadi '
            'dampaknya baru terasa di akhir tahun," ujarnya.\n'
            "Sementara itu, peneliti Center for Strategic Economic Studies (CSES) Bayu Aditya berpendapat BI "
            'masih punya ruang memangkas suku bunga sekali lagi. "Inflasi yang rendah menjadi modal penting," '
            "ucapnya.\n"
            'Namun, ia mengingatkan agar BI tetap menjaga stabilitas rupiah. "Jangan sampai rupiah tertekan '
            'terlalu dalam," tegas Bayu.'
        ),
        "quotes": [
            {"content": "Penurunan BI-Rate memberi ruang bagi perbankan untuk menurunkan bunga kredit, terutama kredit konsumsi,",
             "speaker": "Lestiani Putri", "surface": "Lestiani Putri", "role": "kepala ekonom Bank Nusa Raya", "nth": 1},  # 1, 8
            {"content": "Jadi dampaknya baru terasa di akhir tahun,",
             "speaker": "Lestiani Putri", "surface": "-nya", "role": "kepala ekonom Bank Nusa Raya", "nth": 1},  # 1, 10
            {"content": "Inflasi yang rendah menjadi modal penting,",
             "speaker": "Bayu Aditya", "surface": "-nya", "role": "peneliti Center for Strategic Economic Studies (CSES)", "nth": 1},  # 1, 10, 12
            {"content": "Jangan sampai rupiah tertekan terlalu dalam,",
             "speaker": "Bayu Aditya", "surface": "Bayu", "role": "peneliti Center for Strategic Economic Studies (CSES)", "nth": 1},  # 1, 9, 12
        ],
        "not_quotes": [],
    },
    {
        "id": "id-antara-04", "lang": "id", "style": "Antara",
        "text": (
            "Jakarta (ANTARA) - Rapat Paripurna DPR RI, Selasa, mengesahkan Rancangan Undang-Undang (RUU) "
            "tentang Perlindungan Data Pribadi Anak menjadi undang-undang, meski sempat diwarnai interupsi.\n"
            'Sebelum pengambilan keputusan, anggota Fraksi PKS, Syahrul Anwar, menyampaikan interupsi: "Kami '
            'meminta pasal tentang sanksi bagi platform digital diperjelas dalam peraturan pelaksananya."\n'
            "Ketua DPR Sulastri Wirawan menanggapi bahwa catatan fraksi akan dimasukkan dalam risalah rapat. "
            '"Catatan Bapak sudah kami terima dan akan dilampirkan," katanya.\n'
            '"Apakah RUU tentang Perlindungan Data Pribadi Anak dapat disetujui untuk disahkan menjadi '
            'undang-undang?" tanya Sulastri.\n'
            '"Setuju!" jawab anggota dewan serempak.\n'
            'Rapat kemudian melanjutkan pembahasan RUU tentang Masyarakat Hukum Adat. "Setuju!" jawab anggota '
            "dewan untuk kedua kalinya.\n"
            "Menteri Komunikasi dan Digital Arya Pradana mengatakan pemerintah siap menyusun aturan turunan "
            'dalam enam bulan. "Kami akan libatkan orang tua, sekolah, dan platform," ujar Arya.'
        ),
        "quotes": [
            {"content": "Kami meminta pasal tentang sanksi bagi platform digital diperjelas dalam peraturan pelaksananya.",
             "speaker": "Syahrul Anwar", "surface": "Syahrul Anwar", "role": "anggota Fraksi PKS", "nth": 1},  # 1, 6, 8, 14
            {"content": "Catatan Bapak sudah kami terima dan akan dilampirkan,",
             "speaker": "Sulastri Wirawan", "surface": "-nya", "role": "Ketua DPR", "nth": 1},  # 1, 10, 14
            {"content": "Apakah RUU tentang Perlindungan Data Pribadi Anak dapat disetujui untuk disahkan menjadi undang-undang?",
             "speaker": "Sulastri Wirawan", "surface": "Sulastri", "role": "Ketua DPR", "nth": 1},  # 1, 9, 14
            {"content": "Setuju!",
             "speaker": "anggota dewan", "surface": "anggota dewan", "role": "anggota dewan", "nth": 1},  # 1, 13, 14
            {"content": "Setuju!",
             "speaker": "anggota dewan", "surface": "anggota dewan", "role": "anggota dewan", "nth": 2},  # 1, 13, 14
            {"content": "Kami akan libatkan orang tua, sekolah, dan platform,",
             "speaker": "Arya Pradana", "surface": "Arya", "role": "Menteri Komunikasi dan Digital", "nth": 1},  # 1, 9, 14
        ],
        "not_quotes": [],
    },
    {
        "id": "id-antara-05", "lang": "id", "style": "Antara",
        "text": (
            "Medan (ANTARA) - Majelis hakim Pengadilan Negeri Medan menjatuhkan vonis hukuman mati kepada dua "
            "terdakwa kasus penyelundupan 75 kilogram sabu dari Malaysia.\n"
            '"Menyatakan para terdakwa terbukti secara sah dan meyakinkan bersalah melakukan tindak pidana '
            'narkotika," kata hakim ketua saat membacakan amar putusan di Medan, Rabu.\n'
            'Salah satu terdakwa, Andi Syahputra, tampak menangis mendengar putusan itu. "Saya menyesal, Yang '
            'Mulia," ucapnya lirih sebelum dibawa keluar ruang sidang.\n'
            'Putusan itu sama dengan tuntutan. "Kami menerima putusan majelis hakim," kata jaksa Rudi Harahap '
            "seusai sidang.\n"
            'Sementara itu, kuasa hukum terdakwa menyatakan akan mengajukan banding. "Klien kami hanya kurir '
            'yang diperalat. Hukuman mati terlalu berat," ujar kuasa hukum terdakwa.'
        ),
        "quotes": [
            {"content": "Menyatakan para terdakwa terbukti secara sah dan meyakinkan bersalah melakukan tindak pidana narkotika,",
             "speaker": "hakim ketua", "surface": "hakim ketua", "role": "hakim ketua", "nth": 1},  # 1, 13
            {"content": "Saya menyesal, Yang Mulia,",
             "speaker": "Andi Syahputra", "surface": "-nya", "role": "terdakwa", "nth": 1},  # 1, 10, 12
            {"content": "Kami menerima putusan majelis hakim,",
             "speaker": "Rudi Harahap", "surface": "jaksa Rudi Harahap", "role": "jaksa", "nth": 1},  # 1, 13
            {"content": "Klien kami hanya kurir yang diperalat. Hukuman mati terlalu berat,",
             "speaker": "kuasa hukum terdakwa", "surface": "kuasa hukum terdakwa", "role": "kuasa hukum terdakwa", "nth": 1},  # 1, 13
        ],
        "not_quotes": [],
    },
    {
        "id": "id-antara-06", "lang": "id", "style": "Antara",
        "text": (
            "Jakarta (ANTARA) - Badan Nasional Penanggulangan Bencana (BNPB) mencatat 1.245 kejadian bencana "
            "sepanjang Januari hingga Oktober 2025, didominasi banjir dan cuaca ekstrem.\n"
            "Kepala BNPB Letjen TNI Bambang Irawan mengatakan jumlah itu sedikit menurun dibanding periode yang "
            'sama tahun lalu. "Tetapi dampaknya justru lebih besar karena banyak terjadi di kawasan padat '
            'penduduk," kata Bambang dalam rapat koordinasi di Jakarta, Senin.\n'
            'Menurutnya, pemerintah daerah perlu memperbarui peta rawan bencana setiap tahun. "Banyak peta yang '
            'kami temukan masih memakai data sepuluh tahun lalu," ucapnya.\n'
            'Selain itu, BNPB menyiapkan dana siap pakai Rp 2 triliun untuk menghadapi puncak musim hujan. "Dana '
            'itu bisa dicairkan dalam 24 jam setelah status darurat ditetapkan," kata dia.'
        ),
        "quotes": [
            {"content": "Tetapi dampaknya justru lebih besar karena banyak terjadi di kawasan padat penduduk,",
             "speaker": "Bambang Irawan", "surface": "Bambang", "role": "Kepala BNPB Letjen TNI", "nth": 1},  # 1, 9
            {"content": "Banyak peta yang kami temukan masih memakai data sepuluh tahun lalu,",
             "speaker": "Bambang Irawan", "surface": "-nya", "role": "Kepala BNPB Letjen TNI", "nth": 1},  # 1, 10, 12
            {"content": "Dana itu bisa dicairkan dalam 24 jam setelah status darurat ditetapkan,",
             "speaker": "Bambang Irawan", "surface": "dia", "role": "Kepala BNPB Letjen TNI", "nth": 1},  # 1, 10
        ],
        "not_quotes": [],
    },
    {
        "id": "id-antara-07", "lang": "id", "style": "Antara",
        "text": (
            "Denpasar (ANTARA) - Ribuan wisatawan memadati Pantai Kuta, Bali, untuk menyaksikan festival "
            "layang-layang tahunan bertajuk “Kuta Kite Fest”, Minggu.\n"
            "“Tahun ini pesertanya 320 tim, naik hampir dua kali lipat dari tahun lalu,” ungkap Ketua Panitia I "
            "Made Sudarsana di Kuta, Minggu.\n"
            "Made menyebut festival itu sebagai “napas ekonomi warga pesisir di luar musim liburan”.\n"
            "“Pedagang di sepanjang pantai bisa meraup omzet tiga kali lipat selama festival,” imbuhnya.\n"
            "“Kami ingin festival ini masuk kalender resmi pariwisata nasional.”\n"
            "Seorang wisatawan asal Australia, Emily Carter, mengaku baru pertama kali melihat layang-layang "
            "berukuran raksasa. “It’s incredible, I’ve never seen anything like this,” ujarnya."
        ),
        "quotes": [
            {"content": "Tahun ini pesertanya 320 tim, naik hampir dua kali lipat dari tahun lalu,",
             "speaker": "I Made Sudarsana", "surface": "Ketua Panitia I Made Sudarsana", "role": "Ketua Panitia", "nth": 1},  # 1, 12, 13
            {"content": "napas ekonomi warga pesisir di luar musim liburan",
             "speaker": "I Made Sudarsana", "surface": "Made", "role": "Ketua Panitia", "nth": 1},  # 1, 9, 11
            {"content": "Pedagang di sepanjang pantai bisa meraup omzet tiga kali lipat selama festival,",
             "speaker": "I Made Sudarsana", "surface": "-nya", "role": "Ketua Panitia", "nth": 1},  # 1, 10, 12
            {"content": "Kami ingin festival ini masuk kalender resmi pariwisata nasional.",
             "speaker": "I Made Sudarsana", "surface": None, "role": "Ketua Panitia", "nth": 1},  # 1, 5
            {"content": "It’s incredible, I’ve never seen anything like this,",
             "speaker": "Emily Carter", "surface": "-nya", "role": "wisatawan asal Australia", "nth": 1},  # 1, 10
        ],
        "not_quotes": ["Kuta Kite Fest"],
    },
    {
        "id": "id-tempo-01", "lang": "id", "style": "Tempo",
        "text": (
            "TEMPO.CO, Jakarta - Proyek lumbung pangan di Kalimantan Tengah kembali disorot setelah ribuan "
            "hektare lahan yang dibuka dibiarkan terbengkalai.\n"
            "Seorang pejabat di Kementerian Pertanian yang mengetahui proyek itu mengatakan sebagian lahan "
            'ternyata tidak cocok untuk padi. "Tanahnya gambut dan asam. Sejak awal kajiannya sudah '
            'mengingatkan," kata dia.\n'
            'Direktur Eksekutif Walhi Kalimantan Tengah, Rahmat Saputra, menyebut proyek itu "mengulang '
            'kesalahan proyek lahan gambut sejuta hektare".\n'
            '"Negara membuang uang triliunan rupiah di tempat yang sama dua kali," sebut Rahmat.\n'
            "Kementerian Pertanian belum menanggapi pertanyaan Tempo hingga berita ini diturunkan. Juru bicara "
            'kementerian, Siti Aminah, hanya menjawab singkat melalui pesan: "Nanti kami jelaskan dalam '
            'konferensi pers."'
        ),
        "quotes": [
            {"content": "Tanahnya gambut dan asam. Sejak awal kajiannya sudah mengingatkan,",
             "speaker": "seorang pejabat di Kementerian Pertanian", "surface": "dia", "role": "pejabat di Kementerian Pertanian", "nth": 1},  # 1, 10, 13
            {"content": "mengulang kesalahan proyek lahan gambut sejuta hektare",
             "speaker": "Rahmat Saputra", "surface": "Rahmat Saputra", "role": "Direktur Eksekutif Walhi Kalimantan Tengah", "nth": 1},  # 1, 8, 11
            {"content": "Negara membuang uang triliunan rupiah di tempat yang sama dua kali,",
             "speaker": "Rahmat Saputra", "surface": "Rahmat", "role": "Direktur Eksekutif Walhi Kalimantan Tengah", "nth": 1},  # 1, 9, 12
            {"content": "Nanti kami jelaskan dalam konferensi pers.",
             "speaker": "Siti Aminah", "surface": "Siti Aminah", "role": "Juru bicara kementerian", "nth": 1},  # 1, 6, 8
        ],
        "not_quotes": [],
    },
    {
        "id": "id-tempo-02", "lang": "id", "style": "Tempo",
        "text": (
            "TEMPO.CO, Jakarta - Seorang pekerja migran asal Indramayu, Warsini (34), mengaku ditahan majikannya "
            "di Riyadh selama dua tahun tanpa digaji.\n"
            '"Setiap saya minta pulang, majikan bilang \'kamu sudah dibeli\', lalu paspor saya disimpan," kata '
            "Warsini kepada Tempo, Jumat, 7 November 2025.\n"
            'Warsini akhirnya bisa pulang setelah KBRI Riyadh turun tangan. "Saya berterima kasih sekali kepada '
            'ibu-ibu di KBRI," tuturnya sambil menangis.\n'
            'Koordinator Jaringan Buruh Migran, Anis Fitriani, menilai kasus seperti itu "hanya puncak gunung '
            'es".\n'
            '"Yang melapor cuma sebagian kecil. Banyak yang takut atau tidak tahu harus ke mana," tutur Anis.'
        ),
        "quotes": [
            {"content": "Setiap saya minta pulang, majikan bilang 'kamu sudah dibeli', lalu paspor saya disimpan,",
             "speaker": "Warsini", "surface": "Warsini", "role": "pekerja migran asal Indramayu", "nth": 1},  # 1, 3, 7
            {"content": "Saya berterima kasih sekali kepada ibu-ibu di KBRI,",
             "speaker": "Warsini", "surface": "-nya", "role": "pekerja migran asal Indramayu", "nth": 1},  # 1, 10, 12
            {"content": "hanya puncak gunung es",
             "speaker": "Anis Fitriani", "surface": "Anis Fitriani", "role": "Koordinator Jaringan Buruh Migran", "nth": 1},  # 1, 8, 11
            {"content": "Yang melapor cuma sebagian kecil. Banyak yang takut atau tidak tahu harus ke mana,",
             "speaker": "Anis Fitriani", "surface": "Anis", "role": "Koordinator Jaringan Buruh Migran", "nth": 1},  # 1, 9, 12
        ],
        "not_quotes": [],
    },
    {
        "id": "id-tempo-03", "lang": "id", "style": "Tempo",
        "text": (
            "TEMPO.CO, Jakarta - Maskapai PT Nusantara Air membatalkan 46 penerbangan dari dan ke Nusa Tenggara "
            "Timur akibat erupsi Gunung Lewotobi Laki-laki.\n"
            '"Keselamatan penumpang dan awak adalah prioritas utama kami," kata Direktur Utama Nusantara Air '
            "Raden Pratama dalam keterangan tertulis, Sabtu, 8 November 2025.\n"
            'Bunyi pernyataan perusahaan: "Penumpang yang terdampak dapat mengajukan pengembalian dana penuh '
            'atau menjadwalkan ulang penerbangan tanpa biaya tambahan."\n'
            "Kepala Kantor Otoritas Bandar Udara Wilayah IV, Hendro Kusumo, mengatakan:\n"
            '"Kami terus memantau sebaran abu vulkanik bersama BMKG dan AirNav.\n'
            '"Selama abu masih berada di jalur penerbangan, bandara tidak akan kami buka.\n'
            '"Evaluasi dilakukan setiap enam jam."'
        ),
        "quotes": [
            {"content": "Keselamatan penumpang dan awak adalah prioritas utama kami,",
             "speaker": "Raden Pratama", "surface": "Direktur Utama Nusantara Air Raden Pratama", "role": "Direktur Utama Nusantara Air", "nth": 1},  # 1, 7, 13
            {"content": "Penumpang yang terdampak dapat mengajukan pengembalian dana penuh atau menjadwalkan ulang penerbangan tanpa biaya tambahan.",
             "speaker": "PT Nusantara Air", "surface": "perusahaan", "role": None, "nth": 1},  # 1, 6, 7
            {"content": "Kami terus memantau sebaran abu vulkanik bersama BMKG dan AirNav.",
             "speaker": "Hendro Kusumo", "surface": "Hendro Kusumo", "role": "Kepala Kantor Otoritas Bandar Udara Wilayah IV", "nth": 1},  # 1, 2, 6, 8
            {"content": "Selama abu masih berada di jalur penerbangan, bandara tidak akan kami buka.",
             "speaker": "Hendro Kusumo", "surface": "Hendro Kusumo", "role": "Kepala Kantor Otoritas Bandar Udara Wilayah IV", "nth": 1},  # 1, 2, 6, 8
            {"content": "Evaluasi dilakukan setiap enam jam.",
             "speaker": "Hendro Kusumo", "surface": "Hendro Kusumo", "role": "Kepala Kantor Otoritas Bandar Udara Wilayah IV", "nth": 1},  # 1, 2, 6, 8
        ],
        "not_quotes": [],
    },
    {
        "id": "id-tempo-04", "lang": "id", "style": "Tempo",
        "text": (
            "TEMPO.CO, Jakarta - Mahkamah Konstitusi menolak gugatan uji materi ambang batas pencalonan kepala "
            "daerah yang diajukan sejumlah mahasiswa.\n"
            '"Menolak permohonan para pemohon untuk seluruhnya," kata Ketua Majelis Hakim Konstitusi Widodo '
            "Raharjo saat membacakan amar putusan di Gedung MK, Jakarta, Kamis, 20 November 2025.\n"
            "Hakim konstitusi Dewi Anggraini menyampaikan pendapat berbeda. Ia menilai ambang batas itu "
            '"membatasi hak rakyat untuk memilih calon alternatif".\n'
            'Kuasa hukum pemohon, Fajar Nugroho, menyebut putusan itu mengecewakan. "Kami menghormati putusan, '
            'tetapi perjuangan tidak berhenti di sini," ucap Fajar.\n'
            'Namun, ia mengaku belum memutuskan langkah hukum selanjutnya. "Kami akan berdiskusi dulu dengan '
            'para pemohon," katanya.'
        ),
        "quotes": [
            {"content": "Menolak permohonan para pemohon untuk seluruhnya,",
             "speaker": "Widodo Raharjo", "surface": "Ketua Majelis Hakim Konstitusi Widodo Raharjo", "role": "Ketua Majelis Hakim Konstitusi", "nth": 1},  # 1, 13
            {"content": "membatasi hak rakyat untuk memilih calon alternatif",
             "speaker": "Dewi Anggraini", "surface": "Ia", "role": "Hakim konstitusi", "nth": 1},  # 1, 10, 11
            {"content": "Kami menghormati putusan, tetapi perjuangan tidak berhenti di sini,",
             "speaker": "Fajar Nugroho", "surface": "Fajar", "role": "Kuasa hukum pemohon", "nth": 1},  # 1, 9, 12
            {"content": "Kami akan berdiskusi dulu dengan para pemohon,",
             "speaker": "Fajar Nugroho", "surface": "-nya", "role": "Kuasa hukum pemohon", "nth": 1},  # 1, 10
        ],
        "not_quotes": [],
    },
    {
        "id": "id-tempo-05", "lang": "id", "style": "Tempo",
        "text": (
            'TEMPO.CO, Jakarta - Praktik "serangan fajar" masih marak menjelang pemungutan suara pemilihan '
            "kepala daerah, menurut temuan Badan Pengawas Pemilu (Bawaslu).\n"
            "Anggota Bawaslu Teguh Santosa mengatakan lembaganya menerima 312 laporan dugaan politik uang. "
            '"Modusnya makin beragam, dari amplop sampai saldo dompet digital," kata Teguh.\n'
            'Salah satu calon bupati yang dilaporkan, Haji Darmawan alias "Haji Dar", membantah tuduhan itu. '
            '"Itu fitnah. Saya tidak pernah membagi uang," tandasnya.\n'
            'Tim kampanyenya mengusung slogan "Bersih, Merakyat, Bekerja" sejak awal masa kampanye. Namun, di '
            'grup percakapan warga beredar pesan "Yang datang ke TPS dapat uang transpor Rp 100 ribu, tinggal '
            'tunjukkan KTP."\n'
            '"Selama sanksinya ringan, praktik ini akan terus berulang," papar peneliti Perludem Nurul Amalia.'
        ),
        "quotes": [
            {"content": "Modusnya makin beragam, dari amplop sampai saldo dompet digital,",
             "speaker": "Teguh Santosa", "surface": "Teguh", "role": "Anggota Bawaslu", "nth": 1},  # 1, 9
            {"content": "Itu fitnah. Saya tidak pernah membagi uang,",
             "speaker": "Darmawan", "surface": "-nya", "role": "calon bupati", "nth": 1},  # 1, 10, 12
            {"content": "Yang datang ke TPS dapat uang transpor Rp 100 ribu, tinggal tunjukkan KTP.",
             "speaker": None, "surface": None, "role": None, "nth": 1},  # 1
            {"content": "Selama sanksinya ringan, praktik ini akan terus berulang,",
             "speaker": "Nurul Amalia", "surface": "peneliti Perludem Nurul Amalia", "role": "peneliti Perludem", "nth": 1},  # 1, 12, 13
        ],
        "not_quotes": ["serangan fajar", "Haji Dar", "Bersih, Merakyat, Bekerja"],
    },
    {
        "id": "id-tempo-06", "lang": "id", "style": "Tempo",
        "text": (
            "TEMPO.CO, Jakarta - Perdana Menteri Prancis Julien Moreau menyatakan pemerintahnya akan menunda "
            "reformasi pensiun setelah gelombang mogok kerja melumpuhkan transportasi umum di Paris.\n"
            "«Kami mendengar kemarahan rakyat. Reformasi ini akan kami tunda hingga musim semi,» kata Moreau "
            "dalam pidato yang disiarkan televisi nasional, Rabu, 19 November 2025.\n"
            "Pemimpin serikat buruh CGT Sophie Lambert menyebut langkah itu «kemenangan pertama, tetapi bukan "
            "yang terakhir».\n"
            "«Kami tidak akan berhenti sampai reformasi ini dibatalkan sepenuhnya,» tegasnya.\n"
            "Sementara itu, partai oposisi sayap kanan menuding pemerintah «menyerah pada tekanan jalanan»."
        ),
        "quotes": [
            {"content": "Kami mendengar kemarahan rakyat. Reformasi ini akan kami tunda hingga musim semi,",
             "speaker": "Julien Moreau", "surface": "Moreau", "role": "Perdana Menteri Prancis", "nth": 1},  # 1, 9
            {"content": "kemenangan pertama, tetapi bukan yang terakhir",
             "speaker": "Sophie Lambert", "surface": "Pemimpin serikat buruh CGT Sophie Lambert", "role": "Pemimpin serikat buruh CGT", "nth": 1},  # 1, 11, 13
            {"content": "Kami tidak akan berhenti sampai reformasi ini dibatalkan sepenuhnya,",
             "speaker": "Sophie Lambert", "surface": "-nya", "role": "Pemimpin serikat buruh CGT", "nth": 1},  # 1, 10, 12
            {"content": "menyerah pada tekanan jalanan",
             "speaker": "partai oposisi sayap kanan", "surface": "partai oposisi sayap kanan", "role": None, "nth": 1},  # 1, 11
        ],
        "not_quotes": [],
    },
    {
        "id": "id-cnn-01", "lang": "id", "style": "CNN Indonesia",
        "text": (
            "Jakarta, CNN Indonesia -- Menteri Sekretaris Negara Bagas Wiratama menjawab sejumlah pertanyaan "
            "wartawan soal rencana perombakan kabinet di Kompleks Istana Kepresidenan, Jakarta, Jumat (24/10).\n"
            '"Belum ada. Itu sepenuhnya hak prerogatif Presiden," kata Bagas saat ditanya soal kabar reshuffle.\n'
            'Wartawan kembali bertanya apakah sudah ada menteri yang dipanggil ke Istana. "Saya tidak tahu. Saya '
            'bukan tukang pos," seloroh Bagas disambut tawa.\n'
            "Kepala Kantor Komunikasi Kepresidenan Wulan Ayuningtyas yang mendampingi Bagas menambahkan, "
            'Presiden saat ini fokus pada agenda kunjungan ke luar negeri. "Jadwal beliau padat sampai akhir '
            'bulan," ujar Wulan.\n'
            'Ditanya ulang soal reshuffle, Wulan menjawab: "Kalau ada, pasti diumumkan langsung oleh Presiden."'
        ),
        "quotes": [
            {"content": "Belum ada. Itu sepenuhnya hak prerogatif Presiden,",
             "speaker": "Bagas Wiratama", "surface": "Bagas", "role": "Menteri Sekretaris Negara", "nth": 1},  # 1, 9, 14
            {"content": "Saya tidak tahu. Saya bukan tukang pos,",
             "speaker": "Bagas Wiratama", "surface": "Bagas", "role": "Menteri Sekretaris Negara", "nth": 1},  # 1, 9, 12, 14
            {"content": "Jadwal beliau padat sampai akhir bulan,",
             "speaker": "Wulan Ayuningtyas", "surface": "Wulan", "role": "Kepala Kantor Komunikasi Kepresidenan", "nth": 1},  # 1, 9, 14
            {"content": "Kalau ada, pasti diumumkan langsung oleh Presiden.",
             "speaker": "Wulan Ayuningtyas", "surface": "Wulan", "role": "Kepala Kantor Komunikasi Kepresidenan", "nth": 1},  # 1, 6, 9, 14
        ],
        "not_quotes": [],
    },
    {
        "id": "id-cnn-02", "lang": "id", "style": "CNN Indonesia",
        "text": (
            "Jakarta, CNN Indonesia -- Kementerian Kesehatan melaporkan lonjakan kasus demam berdarah dengue "
            "(DBD) di 12 provinsi sepanjang Oktober 2025.\n"
            "Direktur Penanggulangan Penyakit Menular Kemenkes dr. Lina Marlina mengatakan kasus tertinggi "
            "tercatat di Jawa Barat dan Nusa Tenggara Timur.\n"
            '"Hingga pekan ketiga Oktober ada 18.400 kasus dengan 96 kematian," kata Lina dalam konferensi pers '
            "daring, Selasa (28/10).\n"
            "Menurutnya, perubahan pola hujan membuat populasi nyamuk Aedes aegypti bertambah lebih cepat. "
            "Organisasi Kesehatan Dunia (WHO) juga telah mengingatkan tren serupa di kawasan Asia Tenggara.\n"
            '"Gerakan 3M Plus harus kembali digalakkan di setiap rumah," jelasnya.\n'
            'Kemenkes juga menghidupkan kembali program "Satu Rumah Satu Jumantik" di daerah endemis. "Program '
            'ini melibatkan kader di tingkat RT," ujar Lina.'
        ),
        "quotes": [
            {"content": "Hingga pekan ketiga Oktober ada 18.400 kasus dengan 96 kematian,",
             "speaker": "Lina Marlina", "surface": "Lina", "role": "Direktur Penanggulangan Penyakit Menular Kemenkes", "nth": 1},  # 1, 9
            {"content": "Gerakan 3M Plus harus kembali digalakkan di setiap rumah,",
             "speaker": "Lina Marlina", "surface": "-nya", "role": "Direktur Penanggulangan Penyakit Menular Kemenkes", "nth": 1},  # 1, 10, 12
            {"content": "Program ini melibatkan kader di tingkat RT,",
             "speaker": "Lina Marlina", "surface": "Lina", "role": "Direktur Penanggulangan Penyakit Menular Kemenkes", "nth": 1},  # 1, 9
        ],
        "not_quotes": ["Satu Rumah Satu Jumantik"],
    },
    {
        "id": "id-cnn-03", "lang": "id", "style": "CNN Indonesia",
        "text": (
            'Jakarta, CNN Indonesia -- Penyanyi Rizky "Iky" Pramudya menjalani sidang perdana kasus dugaan '
            "penganiayaan di Pengadilan Negeri Jakarta Selatan, Senin (3/11).\n"
            'Dalam dakwaannya, jaksa menyebut Rizky memukul korban "berulang kali dengan tangan kosong" di '
            "sebuah kafe di kawasan Kemang.\n"
            "Kuasa hukum terdakwa, Maruli Tambunan, menyatakan kliennya keberatan dengan dakwaan tersebut: "
            '"Dakwaan jaksa kabur dan tidak cermat. Kami akan mengajukan eksepsi."\n'
            'Ditemui seusai sidang, Iky meminta maaf kepada para penggemarnya. "Saya minta maaf sudah bikin '
            'kalian kecewa," ucapnya singkat.'
        ),
        "quotes": [
            {"content": "berulang kali dengan tangan kosong",
             "speaker": "jaksa", "surface": "jaksa", "role": "jaksa", "nth": 1},  # 1, 11, 13
            {"content": "Dakwaan jaksa kabur dan tidak cermat. Kami akan mengajukan eksepsi.",
             "speaker": "Maruli Tambunan", "surface": "Maruli Tambunan", "role": "Kuasa hukum terdakwa", "nth": 1},  # 1, 6, 8
            {"content": "Saya minta maaf sudah bikin kalian kecewa,",
             "speaker": "Rizky Pramudya", "surface": "-nya", "role": "Penyanyi", "nth": 1},  # 1, 10, 12
        ],
        "not_quotes": ["Iky"],
    },
    {
        "id": "id-cnn-04", "lang": "id", "style": "CNN Indonesia",
        "text": (
            "Jakarta, CNN Indonesia -- Bank Indonesia (BI) mempertahankan suku bunga acuan di level 5,50 persen "
            "dalam Rapat Dewan Gubernur (RDG) Oktober.\n"
            "Gubernur BI Haryo Santoso mengatakan keputusan itu sejalan dengan upaya menjaga stabilitas nilai "
            'tukar rupiah. "Ketidakpastian global masih tinggi, terutama dari arah kebijakan suku bunga bank '
            'sentral Amerika Serikat," kata Haryo dalam konferensi pers di Jakarta, Rabu (22/10).\n'
            '"Karena itu, fokus kebijakan moneter saat ini adalah stabilitas."\n'
            "Ia memperkirakan inflasi tetap terkendali di kisaran 2,5 plus minus 1 persen hingga akhir tahun. "
            '"BI akan terus berada di pasar," pungkasnya.'
        ),
        "quotes": [
            {"content": "Ketidakpastian global masih tinggi, terutama dari arah kebijakan suku bunga bank sentral Amerika Serikat,",
             "speaker": "Haryo Santoso", "surface": "Haryo", "role": "Gubernur BI", "nth": 1},  # 1, 9
            {"content": "Karena itu, fokus kebijakan moneter saat ini adalah stabilitas.",
             "speaker": "Haryo Santoso", "surface": None, "role": "Gubernur BI", "nth": 1},  # 1, 5
            {"content": "BI akan terus berada di pasar,",
             "speaker": "Haryo Santoso", "surface": "-nya", "role": "Gubernur BI", "nth": 1},  # 1, 10, 12
        ],
        "not_quotes": [],
    },
    {
        "id": "id-cnn-05", "lang": "id", "style": "CNN Indonesia",
        "text": (
            "Jakarta, CNN Indonesia -- Komisi III DPR menggelar rapat dengar pendapat (RDP) dengan Kapolda Metro "
            "Jaya Irjen Surya Darmawan terkait penanganan demonstrasi yang berujung ricuh pekan lalu.\n"
            '"Kenapa gas air mata ditembakkan ke arah kampus? Siapa yang memberi perintah?" tanya anggota Komisi '
            "III dari Fraksi Demokrat Ronny Pakpahan.\n"
            'Surya menjelaskan gas air mata ditembakkan setelah massa melempari petugas dengan batu. "Tidak ada '
            'perintah menembak ke arah kampus, tapi kejadian itu akan kami evaluasi," ujar Surya.\n'
            'Wakil Ketua Komisi III Indah Purnamasari memotong: "Jawab pertanyaannya, Pak Kapolda. Siapa yang '
            'memberi perintah?"\n'
            '"Perintah pengamanan dari saya, tetapi eksekusi di lapangan oleh komandan kompi," jawab Surya.\n'
            'Ronny lalu meminta Polri membuka hasil pemeriksaan Divisi Propam kepada publik. "Jangan ada yang '
            'ditutup-tutupi," tegasnya.'
        ),
        "quotes": [
            {"content": "Kenapa gas air mata ditembakkan ke arah kampus? Siapa yang memberi perintah?",
             "speaker": "Ronny Pakpahan", "surface": "anggota Komisi III dari Fraksi Demokrat Ronny Pakpahan", "role": "anggota Komisi III dari Fraksi Demokrat", "nth": 1},  # 1, 13, 14
            {"content": "Tidak ada perintah menembak ke arah kampus, tapi kejadian itu akan kami evaluasi,",
             "speaker": "Surya Darmawan", "surface": "Surya", "role": "Kapolda Metro Jaya Irjen", "nth": 1},  # 1, 9, 14
            {"content": "Jawab pertanyaannya, Pak Kapolda. Siapa yang memberi perintah?",
             "speaker": "Indah Purnamasari", "surface": "Wakil Ketua Komisi III Indah Purnamasari", "role": "Wakil Ketua Komisi III", "nth": 1},  # 1, 6, 13, 14
            {"content": "Perintah pengamanan dari saya, tetapi eksekusi di lapangan oleh komandan kompi,",
             "speaker": "Surya Darmawan", "surface": "Surya", "role": "Kapolda Metro Jaya Irjen", "nth": 1},  # 1, 9, 14
            {"content": "Jangan ada yang ditutup-tutupi,",
             "speaker": "Ronny Pakpahan", "surface": "-nya", "role": "anggota Komisi III dari Fraksi Demokrat", "nth": 1},  # 1, 10, 12, 14
        ],
        "not_quotes": [],
    },
    {
        "id": "id-cnn-06", "lang": "id", "style": "CNN Indonesia",
        "text": (
            "Jakarta, CNN Indonesia -- Indeks Harga Saham Gabungan (IHSG) ditutup melemah 1,2 persen ke level "
            "7.010 pada perdagangan Kamis (30/10), tertekan aksi jual investor asing.\n"
            '"Investor asing masih mencatatkan jual bersih Rp 1,4 triliun hari ini, terutama di saham '
            'perbankan," kata Nadia Kusuma, analis PT Cakrawala Sekuritas, kepada CNNIndonesia.com.\n'
            "Menurutnya, pasar juga menanti rilis data pertumbuhan ekonomi kuartal III pekan depan.\n"
            "Selain itu, Bursa Efek Indonesia (BEI) mencatat nilai transaksi hanya Rp 9 triliun, terendah dalam "
            'sebulan. "Pelaku pasar cenderung wait and see," ungkapnya.\n'
            'Direktur Pengembangan BEI Irvan Susanto berpendapat koreksi itu masih wajar. "Fundamental emiten '
            'kita masih solid," terang Irvan.'
        ),
        "quotes": [
            {"content": "Investor asing masih mencatatkan jual bersih Rp 1,4 triliun hari ini, terutama di saham perbankan,",
             "speaker": "Nadia Kusuma", "surface": "Nadia Kusuma", "role": "analis PT Cakrawala Sekuritas", "nth": 1},  # 1, 7, 8
            {"content": "Pelaku pasar cenderung wait and see,",
             "speaker": "Nadia Kusuma", "surface": "-nya", "role": "analis PT Cakrawala Sekuritas", "nth": 1},  # 1, 10, 12
            {"content": "Fundamental emiten kita masih solid,",
             "speaker": "Irvan Susanto", "surface": "Irvan", "role": "Direktur Pengembangan BEI", "nth": 1},  # 1, 9, 12
        ],
        "not_quotes": [],
    },
    # Held-out passages (added with issue 11, before the speaker rules were changed; not tuned on).
    {
        "id": "en-reuters-07", "lang": "en", "style": "Reuters",
        "text": (
            "LONDON, Feb 3 (Reuters) - British retailer Hallam & Finch cut its annual profit forecast on Monday, "
            "sending its shares down 14%, as shoppers held back on big-ticket purchases over Christmas.\n"
            '"December was tougher than we expected, and we are not going to pretend otherwise," Chief Executive '
            "Graham Pell told reporters on a call.\n"
            "Pell, who joined from a rival grocer last year, said the company would close 20 stores. \"We have "
            'too many shops in the wrong places," he said.\n'
            'Pell said the chain had been "too slow to move online" and would double its spending on delivery.\n'
            "Analysts said the warning was not a complete surprise. \"The market had already priced in a weak "
            'quarter, just not this weak," said Fiona Clarke, retail analyst at Peel Hunt.\n'
            "A spokeswoman for the GMB union said members had not been consulted. \"We learned about the closures "
            'from the news," she said.'
        ),
        "quotes": [
            {"content": "December was tougher than we expected, and we are not going to pretend otherwise,",
             "speaker": "Graham Pell", "surface": "Chief Executive Graham Pell", "role": "Chief Executive", "nth": 1},  # 1, 13
            {"content": "We have too many shops in the wrong places,",
             "speaker": "Graham Pell", "surface": "he", "role": "Chief Executive", "nth": 1},  # 1, 10
            {"content": "too slow to move online",
             "speaker": "Graham Pell", "surface": "Pell", "role": "Chief Executive", "nth": 1},  # 1, 9, 11
            {"content": "The market had already priced in a weak quarter, just not this weak,",
             "speaker": "Fiona Clarke", "surface": "Fiona Clarke", "role": "retail analyst at Peel Hunt", "nth": 1},  # 1, 8
            {"content": "We learned about the closures from the news,",
             "speaker": "a spokeswoman for the GMB union", "surface": "she", "role": "spokeswoman for the GMB union", "nth": 1},  # 1, 10, 13
        ],
        "not_quotes": [],
    },
    {
        "id": "en-reuters-08", "lang": "en", "style": "Reuters",
        "text": (
            "WASHINGTON, June 12 (Reuters) - U.S. Senate Republicans on Thursday blocked a bill that would have "
            "extended subsidies for electric-vehicle buyers, with two Democrats joining them.\n"
            '"This is a giveaway to people who can already afford a $60,000 car," Senator Mark Ellison (R-Ohio) '
            "said on the Senate floor.\n"
            "Senator Dana Whitfield, a Democrat from Michigan who wrote the bill, said the vote would cost jobs in "
            'her state. "Every plant in Michigan is watching this," she told reporters after the vote. "They will '
            'remember."\n'
            "The White House said in a statement that the president was \"deeply disappointed\" and would keep "
            "pushing for the credit.\n"
            'Asked whether she would bring the bill back, Whitfield said: "Count on it."'
        ),
        "quotes": [
            {"content": "This is a giveaway to people who can already afford a $60,000 car,",
             "speaker": "Mark Ellison", "surface": "Senator Mark Ellison", "role": "Senator", "nth": 1},  # 1, 8, 13
            {"content": "Every plant in Michigan is watching this,",
             "speaker": "Dana Whitfield", "surface": "she", "role": "Senator", "nth": 1},  # 1, 7, 10
            {"content": "They will remember.",
             "speaker": "Dana Whitfield", "surface": "she", "role": "Senator", "nth": 1},  # 1, 10
            {"content": "deeply disappointed",
             "speaker": "White House", "surface": "White House", "role": None, "nth": 1},  # 1, 7, 11
            {"content": "Count on it.",
             "speaker": "Dana Whitfield", "surface": "Whitfield", "role": "Senator", "nth": 1},  # 1, 6, 9
        ],
        "not_quotes": [],
    },
    {
        "id": "en-ap-06", "lang": "en", "style": "AP",
        "text": (
            "PHOENIX (AP) — A wildfire that forced the evacuation of about 2,000 homes north of Phoenix was 40% "
            "contained by Sunday evening, fire officials said.\n"
            "The fire started Friday afternoon near a campground and spread quickly in gusty winds, said Lt. Carla "
            "Benning, a spokeswoman for the Maricopa County Sheriff's Office. \"We had deputies going door to door "
            'within the hour," she said.\n'
            "Jim Okafor, 67, said he left with his two dogs and a box of photographs. \"You don't think about the "
            'TV or the furniture. You think about what you can\'t replace," he said.\n'
            "His neighbor, Teresa Villalobos, stayed until the smoke turned the sky orange. \"I kept telling myself "
            'it would turn," Villalobos said. "It didn\'t."\n'
            "Fire crews expected to lift some evacuation orders Monday, according to the Arizona Department of "
            "Forestry and Fire Management. \"Conditions are improving, but we're not out of the woods,\" the "
            "agency said in a statement."
        ),
        "quotes": [
            {"content": "We had deputies going door to door within the hour,",
             "speaker": "Carla Benning", "surface": "she", "role": "spokeswoman for the Maricopa County Sheriff's Office", "nth": 1},  # 1, 8, 10
            {"content": "You don't think about the TV or the furniture. You think about what you can't replace,",
             "speaker": "Jim Okafor", "surface": "he", "role": None, "nth": 1},  # 1, 10
            {"content": "I kept telling myself it would turn,",
             "speaker": "Teresa Villalobos", "surface": "Villalobos", "role": "neighbor", "nth": 1},  # 1, 9
            {"content": "It didn't.",
             "speaker": "Teresa Villalobos", "surface": "Villalobos", "role": "neighbor", "nth": 1},  # 1, 9
            {"content": "Conditions are improving, but we're not out of the woods,",
             "speaker": "Arizona Department of Forestry and Fire Management", "surface": "agency", "role": None, "nth": 1},  # 1, 7, 13
        ],
        "not_quotes": [],
    },
    {
        "id": "en-ap-07", "lang": "en", "style": "AP",
        "text": (
            "NEW ORLEANS (AP) — A former city inspector was sentenced Wednesday to five years in federal prison "
            "for taking bribes to approve unsafe buildings, including a hotel that partially collapsed in 2019.\n"
            "U.S. District Judge Harold Brisco said Dwayne Lemieux, 58, had \"put a price on people's lives.\" "
            "Before he was sentenced, Lemieux apologized to the families of the three workers killed in the "
            "collapse. \"I can't give you back what you lost. I'm sorry,\" he said, his voice breaking.\n"
            "Prosecutors had asked for eight years. Assistant U.S. Attorney Renee Castille told the court the "
            'bribes totaled more than $200,000. "This was not one bad decision. This was a business," she said.\n'
            "Outside the courthouse, Angela Fontenot, whose brother died in the collapse, said the sentence was "
            'too short. "Five years. My brother got nothing," she said.'
        ),
        "quotes": [
            {"content": "put a price on people's lives.",
             "speaker": "Harold Brisco", "surface": "U.S. District Judge Harold Brisco", "role": "U.S. District Judge", "nth": 1},  # 1, 11, 13
            {"content": "I can't give you back what you lost. I'm sorry,",
             "speaker": "Dwayne Lemieux", "surface": "he", "role": None, "nth": 1},  # 1, 10
            {"content": "This was not one bad decision. This was a business,",
             "speaker": "Renee Castille", "surface": "she", "role": "Assistant U.S. Attorney", "nth": 1},  # 1, 10
            {"content": "Five years. My brother got nothing,",
             "speaker": "Angela Fontenot", "surface": "she", "role": None, "nth": 1},  # 1, 10
        ],
        "not_quotes": [],
    },
    {
        "id": "en-afp-05", "lang": "en", "style": "AFP",
        "text": (
            "Paris (AFP) - France's farmers' unions vowed on Tuesday to keep blocking motorways around Paris until "
            "the government scraps a planned rise in diesel taxes, as Prime Minister Lucien Marchetti prepared to "
            "meet their leaders.\n"
            '"We will stay as long as it takes," Arnaud Delorme, head of the FNSEA union in the Ile-de-France '
            'region, told AFP at a blockade on the A6. "Our tractors are not going anywhere."\n'
            "Marchetti, who has been in office for barely two months, told parliament he was \"open to "
            'discussion" but would not "govern under pressure from the road".\n'
            "Government spokeswoman Claire Aubert said the meeting would take place on Wednesday evening. "
            '"Everything is on the table except the deficit," she said.\n'
            "On the A6, retired dairy farmer Yves Perrin, 71, had brought soup for the younger protesters. \"My "
            'son took over the farm and he earns less than I did in 1990," he said.'
        ),
        "quotes": [
            {"content": "We will stay as long as it takes,",
             "speaker": "Arnaud Delorme", "surface": "Arnaud Delorme", "role": "head of the FNSEA union in the Ile-de-France region", "nth": 1},  # 1, 7, 8
            {"content": "Our tractors are not going anywhere.",
             "speaker": "Arnaud Delorme", "surface": "Arnaud Delorme", "role": "head of the FNSEA union in the Ile-de-France region", "nth": 1},  # 1
            {"content": "open to discussion",
             "speaker": "Lucien Marchetti", "surface": "Marchetti", "role": "Prime Minister", "nth": 1},  # 1, 9, 11
            {"content": "govern under pressure from the road",
             "speaker": "Lucien Marchetti", "surface": "Marchetti", "role": "Prime Minister", "nth": 1},  # 1, 9, 11
            {"content": "Everything is on the table except the deficit,",
             "speaker": "Claire Aubert", "surface": "she", "role": "Government spokeswoman", "nth": 1},  # 1, 10
            {"content": "My son took over the farm and he earns less than I did in 1990,",
             "speaker": "Yves Perrin", "surface": "he", "role": "retired dairy farmer", "nth": 1},  # 1, 10
        ],
        "not_quotes": [],
    },
    {
        "id": "en-bbc-06", "lang": "en", "style": "BBC",
        "text": (
            "A council has apologised after bin collections were missed for three weeks in parts of Bristol.\n"
            "Residents in Bedminster and Southville said rubbish had piled up on pavements, attracting rats and "
            "foxes.\n"
            "Sarah Milton, who lives on North Street, said: \"It's disgusting. My children can't walk to school "
            'without stepping over bags."\n'
            "Bristol City Council said the problems were caused by a shortage of drivers. In a statement, a "
            'spokesperson said: "We are sorry for the disruption and are working to clear the backlog by the end '
            'of the week."\n'
            "Councillor Ed Fairbrother, who chairs the environment committee, said the contractor had \"let "
            'residents down\". He added: "We will be looking very carefully at the contract."\n'
            "The contractor, Avonside Waste, has been approached for comment."
        ),
        "quotes": [
            {"content": "It's disgusting. My children can't walk to school without stepping over bags.",
             "speaker": "Sarah Milton", "surface": "Sarah Milton", "role": None, "nth": 1},  # 1, 6, 8
            {"content": "We are sorry for the disruption and are working to clear the backlog by the end of the week.",
             "speaker": "a spokesperson", "surface": "spokesperson", "role": "spokesperson", "nth": 1},  # 1, 6, 7, 13
            {"content": "let residents down",
             "speaker": "Ed Fairbrother", "surface": "Councillor Ed Fairbrother", "role": "Councillor", "nth": 1},  # 1, 8, 11, 13
            {"content": "We will be looking very carefully at the contract.",
             "speaker": "Ed Fairbrother", "surface": "He", "role": "Councillor", "nth": 1},  # 1, 6, 10
        ],
        "not_quotes": [],
    },
    {
        "id": "en-guardian-07", "lang": "en", "style": "The Guardian",
        "text": (
            "Ministers have been accused of quietly shelving plans to ban no-fault evictions in England, after the "
            "housing bill was left out of the government’s legislative programme.\n"
            "Hannah Oduya, the chief executive of the charity Shelter Together, said renters had been “betrayed by "
            "a government that promised them security”. “Every week this is delayed, thousands more families are "
            "handed an eviction notice,” she said.\n"
            "The housing minister, Rupert Hale, insisted the government remained committed to reform. Speaking on "
            "BBC Radio 4’s Today programme, he said: “Nothing has been shelved. We want to get this right, not "
            "rush it.”\n"
            "But Labour’s shadow housing secretary, Meera Chandra, said the minister’s words were “not worth the "
            "paper they are written on”.\n"
            "Landlord groups welcomed the pause. “Good landlords have been living with uncertainty for four "
            "years,” said Colin Baxter of the National Residential Landlords Association."
        ),
        "quotes": [
            {"content": "betrayed by a government that promised them security",
             "speaker": "Hannah Oduya", "surface": "Hannah Oduya", "role": "chief executive of the charity Shelter Together", "nth": 1},  # 1, 8, 11
            {"content": "Every week this is delayed, thousands more families are handed an eviction notice,",
             "speaker": "Hannah Oduya", "surface": "she", "role": "chief executive of the charity Shelter Together", "nth": 1},  # 1, 10
            {"content": "Nothing has been shelved. We want to get this right, not rush it.",
             "speaker": "Rupert Hale", "surface": "he", "role": "housing minister", "nth": 1},  # 1, 6, 7, 10
            {"content": "not worth the paper they are written on",
             "speaker": "Meera Chandra", "surface": "Meera Chandra", "role": "shadow housing secretary", "nth": 1},  # 1, 8, 11
            {"content": "Good landlords have been living with uncertainty for four years,",
             "speaker": "Colin Baxter", "surface": "Colin Baxter", "role": None, "nth": 1},  # 1, 8
        ],
        "not_quotes": [],
    },
    {
        "id": "en-wire-07", "lang": "en", "style": "1990s wire",
        "text": (
            "TOKYO (AP) _ Japan's finance minister said Tuesday that the government was ready to intervene to "
            "support the yen, which fell to a 40-month low against the dollar.\n"
            "``We are watching the market with great concern,'' Finance Minister Hiroshi Tanabe told a news "
            "conference. ``We will take appropriate steps if necessary.''\n"
            "Tanabe, who has held the post since January, declined to say at what level the ministry would act. "
            "``The market knows where we stand,'' he said.\n"
            "Currency dealers were skeptical. ``They have said this three times this month and nothing has "
            "happened,'' said Kenji Morita, chief dealer at Sanwa Bank in Tokyo.\n"
            "In Washington, a Treasury Department spokesman said the United States ``continues to favor a strong "
            "dollar.''"
        ),
        "quotes": [
            {"content": "We are watching the market with great concern,",
             "speaker": "Hiroshi Tanabe", "surface": "Finance Minister Hiroshi Tanabe", "role": "Finance Minister", "nth": 1},  # 1, 13
            {"content": "We will take appropriate steps if necessary.",
             "speaker": "Hiroshi Tanabe", "surface": "Finance Minister Hiroshi Tanabe", "role": "Finance Minister", "nth": 1},  # 1
            {"content": "The market knows where we stand,",
             "speaker": "Hiroshi Tanabe", "surface": "he", "role": "Finance Minister", "nth": 1},  # 1, 10
            {"content": "They have said this three times this month and nothing has happened,",
             "speaker": "Kenji Morita", "surface": "Kenji Morita", "role": "chief dealer at Sanwa Bank in Tokyo", "nth": 1},  # 1, 8
            {"content": "continues to favor a strong dollar.",
             "speaker": "a Treasury Department spokesman", "surface": "spokesman", "role": "Treasury Department spokesman", "nth": 1},  # 1, 11, 13
        ],
        "not_quotes": [],
    },
    {
        "id": "id-kompas-08", "lang": "id", "style": "Kompas",
        "text": (
            "SURABAYA, KOMPAS.com - Pemerintah Kota Surabaya menutup sementara 12 tempat hiburan malam yang "
            "kedapatan menjual minuman beralkohol tanpa izin.\n"
            "Kepala Satpol PP Kota Surabaya, Eddy Prasetyo, mengatakan, penutupan dilakukan setelah razia gabungan "
            "pada Jumat (21/11/2025) malam.\n"
            '"Kami sudah memberi peringatan dua kali, tetapi tidak diindahkan. Jadi, kami tutup," ujar Eddy saat '
            "dihubungi, Sabtu (22/11/2025).\n"
            "Ia menambahkan, pemilik usaha dapat mengajukan pembukaan kembali setelah melengkapi izin.\n"
            '"Syaratnya jelas, izin harus lengkap dan ada surat pernyataan tidak mengulangi," katanya.\n'
            "Salah satu pengelola tempat hiburan, Rudi Hartono, mengaku keberatan dengan penutupan tersebut. "
            "Menurut dia, izin usahanya sedang diproses di dinas terkait.\n"
            '"Kami ini sudah mengurus, tinggal menunggu. Kok malah ditutup," kata Rudi.\n'
            "Wali Kota Surabaya Bambang Irianto mendukung langkah Satpol PP. \"Aturan berlaku untuk semua, tidak "
            'ada pengecualian," tegas Bambang.'
        ),
        "quotes": [
            {"content": "Kami sudah memberi peringatan dua kali, tetapi tidak diindahkan. Jadi, kami tutup,",
             "speaker": "Eddy Prasetyo", "surface": "Eddy", "role": "Kepala Satpol PP Kota Surabaya", "nth": 1},  # 1, 9
            {"content": "Syaratnya jelas, izin harus lengkap dan ada surat pernyataan tidak mengulangi,",
             "speaker": "Eddy Prasetyo", "surface": "-nya", "role": "Kepala Satpol PP Kota Surabaya", "nth": 1},  # 1, 10
            {"content": "Kami ini sudah mengurus, tinggal menunggu. Kok malah ditutup,",
             "speaker": "Rudi Hartono", "surface": "Rudi", "role": "pengelola tempat hiburan", "nth": 1},  # 1, 9, 14
            {"content": "Aturan berlaku untuk semua, tidak ada pengecualian,",
             "speaker": "Bambang Irianto", "surface": "Bambang", "role": "Wali Kota Surabaya", "nth": 1},  # 1, 9, 12
        ],
        "not_quotes": [],
    },
    {
        "id": "id-kompas-09", "lang": "id", "style": "Kompas",
        "text": (
            "JAKARTA, KOMPAS.com - Rapat Badan Anggaran DPR dengan pemerintah soal subsidi energi berlangsung alot, "
            "Selasa (18/11/2025).\n"
            "Wakil Ketua Banggar DPR Teddy Gunawan mempertanyakan kenaikan anggaran subsidi elpiji. \"Subsidinya "
            'naik, tetapi masyarakat di daerah masih kesulitan mendapatkan gas melon. Ini bagaimana?" tanya '
            "Teddy.\n"
            "Menteri Energi dan Sumber Daya Mineral Raden Pratama menjelaskan bahwa kenaikan dipicu oleh harga "
            "minyak dunia dan kurs rupiah.\n"
            "Ia mengatakan, pemerintah tengah menyiapkan skema distribusi tertutup agar subsidi tepat sasaran: "
            '"Mulai tahun depan, pembeli elpiji tiga kilogram wajib menunjukkan KTP."\n'
            "Anggota Banggar dari Fraksi PKS, Siti Maryam, menilai skema itu akan menyulitkan warga di pelosok.\n"
            '"Di desa-desa banyak lansia yang tidak pegang KTP elektronik," ujarnya.\n'
            '"Jangan sampai niat baik justru menyusahkan rakyat kecil."'
        ),
        "quotes": [
            {"content": "Subsidinya naik, tetapi masyarakat di daerah masih kesulitan mendapatkan gas melon. Ini bagaimana?",
             "speaker": "Teddy Gunawan", "surface": "Teddy", "role": "Wakil Ketua Banggar DPR", "nth": 1},  # 1, 9, 12, 14
            {"content": "Mulai tahun depan, pembeli elpiji tiga kilogram wajib menunjukkan KTP.",
             "speaker": "Raden Pratama", "surface": "Ia", "role": "Menteri Energi dan Sumber Daya Mineral", "nth": 1},  # 1, 6, 10, 14
            {"content": "Di desa-desa banyak lansia yang tidak pegang KTP elektronik,",
             "speaker": "Siti Maryam", "surface": "-nya", "role": "Anggota Banggar dari Fraksi PKS", "nth": 1},  # 1, 10, 14
            {"content": "Jangan sampai niat baik justru menyusahkan rakyat kecil.",
             "speaker": "Siti Maryam", "surface": None, "role": "Anggota Banggar dari Fraksi PKS", "nth": 1},  # 1, 5
        ],
        "not_quotes": [],
    },
    {
        "id": "id-detik-07", "lang": "id", "style": "Detik",
        "text": (
            "Jakarta - Komisi Pemberantasan Korupsi (KPK) memeriksa Sekretaris Daerah Kabupaten Lampung Tengah, "
            "Hendra Wijaya, sebagai saksi kasus dugaan suap proyek jalan.\n"
            "Juru bicara KPK Ali Rahman mengatakan Hendra diperiksa terkait proses lelang proyek tahun 2024. "
            '"Saksi hadir dan didalami soal pengaturan pemenang lelang," kata Ali kepada wartawan, Selasa '
            "(4/11/2025).\n"
            "Usai diperiksa, Hendra irit bicara. Dia hanya mengaku telah menjelaskan semua yang diketahuinya kepada "
            "penyidik.\n"
            '"Semua sudah saya sampaikan ke penyidik. Silakan tanya ke penyidik," ujar Hendra sambil bergegas '
            "menuju mobilnya.\n"
            'Ia juga membantah menerima uang dari kontraktor. "Tidak ada itu," katanya singkat.\n'
            "Sebelumnya, KPK telah menetapkan tiga tersangka dalam kasus ini, termasuk seorang kepala dinas. "
            '"Tidak menutup kemungkinan ada tersangka baru," ucap Ali.'
        ),
        "quotes": [
            {"content": "Saksi hadir dan didalami soal pengaturan pemenang lelang,",
             "speaker": "Ali Rahman", "surface": "Ali", "role": "Juru bicara KPK", "nth": 1},  # 1, 9
            {"content": "Semua sudah saya sampaikan ke penyidik. Silakan tanya ke penyidik,",
             "speaker": "Hendra Wijaya", "surface": "Hendra", "role": "Sekretaris Daerah Kabupaten Lampung Tengah", "nth": 1},  # 1, 9
            {"content": "Tidak ada itu,",
             "speaker": "Hendra Wijaya", "surface": "-nya", "role": "Sekretaris Daerah Kabupaten Lampung Tengah", "nth": 1},  # 1, 10
            {"content": "Tidak menutup kemungkinan ada tersangka baru,",
             "speaker": "Ali Rahman", "surface": "Ali", "role": "Juru bicara KPK", "nth": 1},  # 1, 9, 12
        ],
        "not_quotes": [],
    },
    {
        "id": "id-detik-08", "lang": "id", "style": "Detik",
        "text": (
            "Jakarta - Pelatih Timnas Indonesia U-23, Marco Santoso, puas dengan hasil imbang 1-1 melawan Vietnam "
            "di laga uji coba, Selasa (11/11/2025) malam.\n"
            "Marco mengatakan anak asuhnya tampil disiplin meski bermain dengan sepuluh orang sejak menit ke-60.\n"
            '"Saya bangga dengan pemain. Mereka berjuang sampai peluit akhir," kata Marco dalam konferensi pers '
            "usai laga.\n"
            "Kapten tim, Fajar Ramadhan, mengakui timnya sempat kehilangan konsentrasi setelah kartu merah. "
            '"Kami sempat panik, tapi pelatih minta kami tetap tenang," ujar pemain yang mencetak gol penyeimbang '
            "itu.\n"
            "Sementara itu, pelatih Vietnam, Nguyen Van Tuan, menyebut Indonesia sebagai lawan yang sulit. "
            '"Mereka cepat dan kuat secara fisik," tuturnya.'
        ),
        "quotes": [
            {"content": "Saya bangga dengan pemain. Mereka berjuang sampai peluit akhir,",
             "speaker": "Marco Santoso", "surface": "Marco", "role": "Pelatih Timnas Indonesia U-23", "nth": 1},  # 1, 9
            {"content": "Kami sempat panik, tapi pelatih minta kami tetap tenang,",
             "speaker": "Fajar Ramadhan", "surface": "pemain", "role": "Kapten tim", "nth": 1},  # 1, 13
            {"content": "Mereka cepat dan kuat secara fisik,",
             "speaker": "Nguyen Van Tuan", "surface": "-nya", "role": "pelatih Vietnam", "nth": 1},  # 1, 10
        ],
        "not_quotes": [],
    },
    {
        "id": "id-antara-08", "lang": "id", "style": "Antara",
        "text": (
            "Jakarta (ANTARA) - Kementerian Kesehatan mengimbau masyarakat mewaspadai peningkatan kasus infeksi "
            "saluran pernapasan akut (ISPA) selama musim pancaroba.\n"
            "Direktur Pencegahan dan Pengendalian Penyakit Menular Kemenkes dr. Maya Susanti di Jakarta, Rabu, "
            "mengatakan kasus ISPA naik sekitar 20 persen dalam sebulan terakhir.\n"
            '"Kenaikan ini terutama terjadi pada anak-anak dan lansia, sehingga kami minta orang tua lebih '
            'waspada," katanya.\n'
            "Menurut dia, masyarakat sebaiknya kembali menggunakan masker di tempat ramai dan segera memeriksakan "
            "diri jika mengalami demam lebih dari tiga hari.\n"
            '"Jangan menunggu sampai sesak napas baru ke puskesmas," ujar Maya.\n'
            "Sementara itu, Ketua Umum Ikatan Dokter Anak Indonesia (IDAI) Prof. Hartono Wibisono mengatakan "
            "vaksinasi influenza dapat mengurangi risiko komplikasi pada anak.\n"
            '"Vaksin influenza aman dan sudah tersedia di banyak fasilitas kesehatan," kata dia.'
        ),
        "quotes": [
            {"content": "Kenaikan ini terutama terjadi pada anak-anak dan lansia, sehingga kami minta orang tua lebih waspada,",
             "speaker": "Maya Susanti", "surface": "-nya", "role": "Direktur Pencegahan dan Pengendalian Penyakit Menular Kemenkes", "nth": 1},  # 1, 10
            {"content": "Jangan menunggu sampai sesak napas baru ke puskesmas,",
             "speaker": "Maya Susanti", "surface": "Maya", "role": "Direktur Pencegahan dan Pengendalian Penyakit Menular Kemenkes", "nth": 1},  # 1, 9
            {"content": "Vaksin influenza aman dan sudah tersedia di banyak fasilitas kesehatan,",
             "speaker": "Hartono Wibisono", "surface": "dia", "role": "Ketua Umum Ikatan Dokter Anak Indonesia (IDAI)", "nth": 1},  # 1, 10, 14
        ],
        "not_quotes": [],
    },
    {
        "id": "id-antara-09", "lang": "id", "style": "Antara",
        "text": (
            "Pekanbaru (ANTARA) - Badan Penanggulangan Bencana Daerah (BPBD) Provinsi Riau mencatat luas kebakaran "
            "hutan dan lahan (karhutla) sepanjang 2025 mencapai 1.200 hektare.\n"
            '"Angka ini turun dibandingkan tahun lalu yang mencapai 2.800 hektare," kata Kepala Pelaksana BPBD Riau '
            "Zulkifli Harahap di Pekanbaru, Jumat.\n"
            "Dia menjelaskan, penurunan itu berkat patroli terpadu yang melibatkan TNI, Polri dan masyarakat peduli "
            "api di tingkat desa.\n"
            "Menurut Zulkifli, titik panas paling banyak ditemukan di Kabupaten Pelalawan dan Indragiri Hilir.\n"
            '"Kami tetap siaga karena puncak kemarau diperkirakan pada Agustus," ujarnya.\n'
            "Gubernur Riau Syamsuar Hamid dalam kesempatan terpisah meminta perusahaan perkebunan ikut bertanggung "
            'jawab. "Perusahaan wajib punya peralatan pemadam sendiri. Kalau lahannya terbakar, izinnya kami '
            'evaluasi," kata Gubernur.'
        ),
        "quotes": [
            {"content": "Angka ini turun dibandingkan tahun lalu yang mencapai 2.800 hektare,",
             "speaker": "Zulkifli Harahap", "surface": "Kepala Pelaksana BPBD Riau Zulkifli Harahap", "role": "Kepala Pelaksana BPBD Riau", "nth": 1},  # 1, 13
            {"content": "Kami tetap siaga karena puncak kemarau diperkirakan pada Agustus,",
             "speaker": "Zulkifli Harahap", "surface": "-nya", "role": "Kepala Pelaksana BPBD Riau", "nth": 1},  # 1, 10
            {"content": "Perusahaan wajib punya peralatan pemadam sendiri. Kalau lahannya terbakar, izinnya kami evaluasi,",
             "speaker": "Syamsuar Hamid", "surface": "Gubernur", "role": "Gubernur Riau", "nth": 1},  # 1, 13
        ],
        "not_quotes": [],
    },
    {
        "id": "id-tempo-07", "lang": "id", "style": "Tempo",
        "text": (
            "TEMPO.CO, Jakarta - Menteri Perdagangan Agus Salim Nasution membantah impor beras tahun ini akan "
            "melampaui 3 juta ton. Ia menyebut angka yang beredar di media sosial tidak berdasar.\n"
            '"Tidak ada rencana impor sebesar itu. Kuota yang kami tetapkan 1,5 juta ton," kata Agus di kantornya, '
            "Kamis, 13 November 2025.\n"
            "Ekonom Center of Reform on Economics (CORE) Indonesia, Fitri Handayani, menilai pemerintah perlu lebih "
            "terbuka soal data stok beras. Menurut Fitri, simpang siur angka impor membuat harga di pasar "
            "bergejolak.\n"
            '"Pedagang membaca sinyal dari pemerintah. Kalau datanya tidak jelas, mereka menahan stok," ujarnya.\n'
            "Direktur Utama Perum Bulog, Wahyu Kurniadi, memastikan stok beras di gudang Bulog mencapai 2,1 juta "
            'ton. "Stok aman sampai Lebaran tahun depan," tuturnya.'
        ),
        "quotes": [
            {"content": "Tidak ada rencana impor sebesar itu. Kuota yang kami tetapkan 1,5 juta ton,",
             "speaker": "Agus Salim Nasution", "surface": "Agus", "role": "Menteri Perdagangan", "nth": 1},  # 1, 9
            {"content": "Pedagang membaca sinyal dari pemerintah. Kalau datanya tidak jelas, mereka menahan stok,",
             "speaker": "Fitri Handayani", "surface": "-nya", "role": "Ekonom Center of Reform on Economics (CORE) Indonesia", "nth": 1},  # 1, 10
            {"content": "Stok aman sampai Lebaran tahun depan,",
             "speaker": "Wahyu Kurniadi", "surface": "-nya", "role": "Direktur Utama Perum Bulog", "nth": 1},  # 1, 10, 12
        ],
        "not_quotes": [],
    },
    {
        "id": "id-cnn-07", "lang": "id", "style": "CNN Indonesia",
        "text": (
            "Jakarta, CNN Indonesia -- Tim SAR gabungan menemukan dua korban terakhir longsor di Desa Sirnaresmi, "
            "Kabupaten Sukabumi, Jawa Barat, Senin (17/11).\n"
            "Kepala Kantor SAR Bandung Dedi Supriatna menyebut kedua korban ditemukan sekitar 200 meter dari titik "
            "longsor.\n"
            '"Dengan ditemukannya dua korban ini, seluruh korban yang dilaporkan hilang sudah ditemukan. Total '
            'delapan orang meninggal dunia," kata Dedi dalam keterangan tertulis.\n'
            "Dia menyebut operasi pencarian resmi ditutup pada sore hari. Namun, petugas tetap bersiaga karena "
            "hujan masih turun.\n"
            "Salah satu warga, Ujang Rohman (52), mengatakan longsor terjadi saat sebagian besar warga tertidur.\n"
            '"Suaranya seperti petir, lalu tanah dari bukit turun. Saya langsung bangunkan anak-anak," ucap Ujang.\n'
            'Ujang bersama keluarganya kini mengungsi di rumah kerabat. "Rumah saya tinggal atapnya," kata dia.'
        ),
        "quotes": [
            {"content": "Dengan ditemukannya dua korban ini, seluruh korban yang dilaporkan hilang sudah ditemukan. Total delapan orang meninggal dunia,",
             "speaker": "Dedi Supriatna", "surface": "Dedi", "role": "Kepala Kantor SAR Bandung", "nth": 1},  # 1, 7, 9
            {"content": "Suaranya seperti petir, lalu tanah dari bukit turun. Saya langsung bangunkan anak-anak,",
             "speaker": "Ujang Rohman", "surface": "Ujang", "role": "warga", "nth": 1},  # 1, 9
            {"content": "Rumah saya tinggal atapnya,",
             "speaker": "Ujang Rohman", "surface": "dia", "role": "warga", "nth": 1},  # 1, 10
        ],
        "not_quotes": [],
    },
    # ---- worked on with the attribution fixes (long appositive after a quote, a place and a day between a
    # speaker and the verb, a role with no name, a headline "Name: ...", an acronym organisation)
    {
        "id": "en-afp-07", "lang": "en", "style": "AFP",
        "text": (
            'ECB\'s Lindqvist: "We are not in a hurry to cut again"\n'
            "FRANKFURT, Jan 22, 2026 (AFP) - European Central Bank policymaker Erik Lindqvist said Thursday the bank "
            "could wait until the spring before deciding on another rate cut.\n"
            '"The last mile of disinflation is always the hardest," Sofia Marchetti, head of European rates research '
            "at Banca Fiorentina in Milan, told AFP.\n"
            'A spokeswoman for the German finance ministry said Berlin was "following the debate closely". '
            '"We do not comment on monetary policy," she added.\n'
            "The Organisation for Economic Co-operation and Development (OECD) last month cut its euro zone growth "
            'forecast. "Investment remains weak," the OECD said.'
        ),
        "quotes": [
            {"content": "We are not in a hurry to cut again",
             "speaker": "Erik Lindqvist", "surface": "ECB's Lindqvist", "role": "European Central Bank policymaker", "nth": 1},  # 1, 6
            {"content": "The last mile of disinflation is always the hardest,",
             "speaker": "Sofia Marchetti", "surface": "Sofia Marchetti", "role": "head of European rates research at Banca Fiorentina in Milan", "nth": 1},  # 1, 8
            {"content": "following the debate closely",
             "speaker": "a spokeswoman for the German finance ministry", "surface": "spokeswoman for the German finance ministry", "role": "spokeswoman for the German finance ministry", "nth": 1},  # 1, 11, 13
            {"content": "We do not comment on monetary policy,",
             "speaker": "a spokeswoman for the German finance ministry", "surface": "she", "role": "spokeswoman for the German finance ministry", "nth": 1},  # 1, 10, 13
            {"content": "Investment remains weak,",
             "speaker": "Organisation for Economic Co-operation and Development", "surface": "OECD", "role": None, "nth": 1},  # 1
        ],
        "not_quotes": [],
    },
    {
        "id": "en-guardian-09", "lang": "en", "style": "The Guardian",
        "text": (
            "Care workers in Scotland are to be balloted on strike action after councils offered a 3% pay rise, the "
            "GMB union has said.\n"
            'A spokeswoman for the GMB union said: "Carers have held this country together and are being paid '
            'poverty wages for it. Our members have had enough."\n'
            '"Councils simply do not have the money," Councillor Fiona MacLeod, the resources spokesperson for the '
            "Convention of Scottish Local Authorities (Cosla), told the Guardian.\n"
            '"Any rise above this offer would mean cuts elsewhere," MacLeod said.'
        ),
        "quotes": [
            {"content": "Carers have held this country together and are being paid poverty wages for it. Our members have had enough.",
             "speaker": "a spokeswoman for the GMB union", "surface": "spokeswoman for the GMB union", "role": "spokeswoman for the GMB union", "nth": 1},  # 1, 6, 13
            {"content": "Councils simply do not have the money,",
             "speaker": "Fiona MacLeod", "surface": "Councillor Fiona MacLeod", "role": "resources spokesperson for the Convention of Scottish Local Authorities (Cosla)", "nth": 1},  # 1, 8
            {"content": "Any rise above this offer would mean cuts elsewhere,",
             "speaker": "Fiona MacLeod", "surface": "MacLeod", "role": "resources spokesperson for the Convention of Scottish Local Authorities (Cosla)", "nth": 1},  # 1, 9
        ],
        "not_quotes": [],
    },
    {
        "id": "id-antara-11", "lang": "id", "style": "Antara",
        "text": (
            "Jakarta (ANTARA) - Kementerian Kelautan dan Perikanan (KKP) menargetkan produksi garam nasional mencapai "
            "2,5 juta ton pada 2026.\n"
            "Direktur Jenderal Pengelolaan Kelautan KKP Victor Simanjuntak di Jakarta, Rabu, mengatakan target itu "
            "ditopang perluasan lahan tambak di Nusa Tenggara Timur.\n"
            '"Lahan baru di Kupang dan Rote sudah siap digarap mulai Maret," katanya.\n'
            'Ketua Asosiasi Petani Garam Rakyat Indonesia Jakfar Sodikin saat dihubungi di Sumenep, Kamis, menilai '
            'target tersebut realistis. "Asal cuaca mendukung, petani bisa panen lebih awal," ujarnya.'
        ),
        "quotes": [
            {"content": "Lahan baru di Kupang dan Rote sudah siap digarap mulai Maret,",
             "speaker": "Victor Simanjuntak", "surface": "-nya", "role": "Direktur Jenderal Pengelolaan Kelautan KKP", "nth": 1},  # 1, 10
            {"content": "Asal cuaca mendukung, petani bisa panen lebih awal,",
             "speaker": "Jakfar Sodikin", "surface": "-nya", "role": "Ketua Asosiasi Petani Garam Rakyat Indonesia", "nth": 1},  # 1, 10
        ],
        "not_quotes": [],
    },
    {
        "id": "id-detik-10", "lang": "id", "style": "Detik",
        "text": (
            'Kapolda Jabar soal Mudik: "Puncak Arus Diprediksi H-3"\n'
            "Jakarta - Kepolisian Daerah Jawa Barat menyiapkan 12 ribu personel untuk mengamankan arus mudik Lebaran "
            "tahun ini.\n"
            'Kapolda Jawa Barat Irjen Agus Setiawan di Bandung, Senin (16/3/2026), mengatakan, "Puncak arus mudik '
            'kami prediksi terjadi pada H-3, terutama di jalur tol Cikampek."\n'
            "Sementara itu, Badan Pengatur Jalan Tol (BPJT) memastikan tarif tol tidak naik selama masa mudik. "
            '"Tidak ada penyesuaian tarif sampai arus balik selesai," demikian keterangan BPJT.'
        ),
        "quotes": [
            {"content": "Puncak Arus Diprediksi H-3",
             "speaker": "Kapolda Jabar", "surface": "Kapolda Jabar", "role": "Kapolda Jabar", "nth": 1},  # 1, 6, 13
            {"content": "Puncak arus mudik kami prediksi terjadi pada H-3, terutama di jalur tol Cikampek.",
             "speaker": "Agus Setiawan", "surface": "Kapolda Jawa Barat Irjen Agus Setiawan", "role": "Kapolda Jawa Barat Irjen", "nth": 1},  # 1, 6
            {"content": "Tidak ada penyesuaian tarif sampai arus balik selesai,",
             "speaker": "Badan Pengatur Jalan Tol", "surface": "BPJT", "role": None, "nth": 1},  # 1, 7
        ],
        "not_quotes": [],
    },
    # ---- held out, second batch: written before the speaker rules of the attribution fixes (long appositive
    # after a quote, "X di Jakarta, Rabu, mengatakan", a role with no name, headline "Name: ...", an acronym
    # organisation) were changed, and measured once at the end
    {
        "id": "en-afp-06", "lang": "en", "style": "AFP",
        "text": (
            "SEOUL, March 4, 2026 (AFP) - South Korea's exports rose for a sixth straight month in February, official "
            "data showed Wednesday, led by record shipments of memory chips.\n"
            '"Chip demand from data centres is doing the heavy lifting, and that is unlikely to change this year," '
            "Min-ji Park, senior economist at Hanwha Securities in Seoul, told AFP.\n"
            'A spokeswoman for the trade ministry said the figures were "encouraging but uneven", with car exports '
            "down 4 percent.\n"
            '"We are watching the tariff talks in Washington very closely," the spokeswoman added.\n'
            'Park said a weaker won had also helped. "Exporters have had a tailwind from the currency," she said.'
        ),
        "quotes": [
            {"content": "Chip demand from data centres is doing the heavy lifting, and that is unlikely to change this year,",
             "speaker": "Min-ji Park", "surface": "Min-ji Park", "role": "senior economist at Hanwha Securities in Seoul", "nth": 1},  # 1, 8
            {"content": "encouraging but uneven",
             "speaker": "a spokeswoman for the trade ministry", "surface": "spokeswoman for the trade ministry", "role": "spokeswoman for the trade ministry", "nth": 1},  # 1, 11, 13
            {"content": "We are watching the tariff talks in Washington very closely,",
             "speaker": "a spokeswoman for the trade ministry", "surface": "spokeswoman", "role": "spokeswoman for the trade ministry", "nth": 1},  # 1, 12, 13
            {"content": "Exporters have had a tailwind from the currency,",
             "speaker": "Min-ji Park", "surface": "she", "role": "senior economist at Hanwha Securities in Seoul", "nth": 1},  # 1, 10
        ],
        "not_quotes": [],
    },
    {
        "id": "en-guardian-08", "lang": "en", "style": "The Guardian",
        "text": (
            "Train drivers at four operators will stage a fresh 48-hour walkout next month after talks with the "
            "Department for Transport broke down, the Aslef union said on Tuesday.\n"
            'A spokesperson for Aslef said: "Our members have not had a pay rise in three years. They have been left '
            'with no choice."\n'
            'The Department for Transport said the offer on the table was "fair and affordable" and urged the union '
            "to put it to members.\n"
            '"This strike will cause misery for passengers who have done nothing wrong," said Harriet Okafor, the '
            "chief executive of the Rail Delivery Group, which represents train operators.\n"
            "Okafor added that services would be cut by up to 80% on strike days."
        ),
        "quotes": [
            {"content": "Our members have not had a pay rise in three years. They have been left with no choice.",
             "speaker": "a spokesperson for Aslef", "surface": "spokesperson for Aslef", "role": "spokesperson for Aslef", "nth": 1},  # 1, 6, 13
            {"content": "fair and affordable",
             "speaker": "Department for Transport", "surface": "Department for Transport", "role": None, "nth": 1},  # 1, 11
            {"content": "This strike will cause misery for passengers who have done nothing wrong,",
             "speaker": "Harriet Okafor", "surface": "Harriet Okafor", "role": "chief executive of the Rail Delivery Group", "nth": 1},  # 1, 8
        ],
        "not_quotes": [],
    },
    {
        "id": "en-reuters-09", "lang": "en", "style": "Reuters",
        "text": (
            'Fed\'s Calloway: "We can afford to be patient" on rate cuts\n'
            "WASHINGTON, June 3 (Reuters) - Federal Reserve Governor Thomas Calloway said on Tuesday the central bank "
            "could wait before lowering borrowing costs, as price pressures in services remained stubborn.\n"
            '"We can afford to be patient," Calloway, who votes on rate policy this year, said in remarks prepared '
            'for an event at the Brookings Institution. "The labor market is not flashing red."\n'
            "Investors trimmed bets on a July cut after his remarks. Traders now see about a 40% chance of a move "
            "then, according to CME Group's FedWatch tool.\n"
            '"Markets keep running ahead of the Fed, and the Fed keeps pushing back," said Ana Ribeiro, a rates '
            "strategist at Northgate Capital in New York."
        ),
        "quotes": [
            {"content": "We can afford to be patient",
             "speaker": "Thomas Calloway", "surface": "Calloway", "role": "Federal Reserve Governor", "nth": 1},  # 1, 6
            {"content": "We can afford to be patient,",
             "speaker": "Thomas Calloway", "surface": "Calloway", "role": "Federal Reserve Governor", "nth": 1},  # 1, 8, 9
            {"content": "The labor market is not flashing red.",
             "speaker": "Thomas Calloway", "surface": "Calloway", "role": "Federal Reserve Governor", "nth": 1},  # 1, 9
            {"content": "Markets keep running ahead of the Fed, and the Fed keeps pushing back,",
             "speaker": "Ana Ribeiro", "surface": "Ana Ribeiro", "role": "rates strategist at Northgate Capital in New York", "nth": 1},  # 1, 8
        ],
        "not_quotes": [],
    },
    {
        "id": "en-ap-08", "lang": "en", "style": "AP",
        "text": (
            "LOS ANGELES (AP) — A wildfire that broke out in the hills above Malibu on Sunday had burned more than "
            "3,000 acres by Monday morning and forced the evacuation of about 9,000 residents, fire officials said.\n"
            '"The wind is the enemy right now. We have gusts of 60 miles an hour pushing embers a mile ahead of the '
            'fire," Los Angeles County Fire Chief Marcus Bell told reporters at a briefing in Agoura Hills.\n'
            "A spokesman for Southern California Edison said the utility had cut power to 40,000 customers as a "
            "precaution.\n"
            '"We understand this is a hardship, but keeping the lines energized would put lives at risk," he said.\n'
            "Resident Diane Kowalski, 71, said she had left with only her cat and her medicine. \"I've lived here 30 "
            "years and I've never seen it come this fast,\" she said."
        ),
        "quotes": [
            {"content": "The wind is the enemy right now. We have gusts of 60 miles an hour pushing embers a mile ahead of the fire,",
             "speaker": "Marcus Bell", "surface": "Los Angeles County Fire Chief Marcus Bell", "role": "Los Angeles County Fire Chief", "nth": 1},  # 1, 7
            {"content": "We understand this is a hardship, but keeping the lines energized would put lives at risk,",
             "speaker": "a spokesman for Southern California Edison", "surface": "he", "role": "spokesman for Southern California Edison", "nth": 1},  # 1, 10, 13
            {"content": "I've lived here 30 years and I've never seen it come this fast,",
             "speaker": "Diane Kowalski", "surface": "she", "role": "Resident", "nth": 1},  # 1, 10
        ],
        "not_quotes": [],
    },
    {
        "id": "id-antara-10", "lang": "id", "style": "Antara",
        "text": (
            "Jakarta (ANTARA) - Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) memprakirakan puncak musim hujan "
            "di sebagian besar wilayah Indonesia terjadi pada Januari hingga Februari 2026.\n"
            'Kepala BMKG Dwi Lestari di Jakarta, Selasa, mengatakan, "Curah hujan pada puncak musim hujan nanti bisa '
            'mencapai lebih dari 300 milimeter per bulan di sejumlah daerah."\n'
            "Ia menambahkan BMKG telah menyampaikan peringatan dini kepada pemerintah daerah.\n"
            '"Kami minta BPBD di daerah menyiapkan posko dan jalur evakuasi sejak sekarang," ujarnya.\n'
            "Sementara itu, Deputi Bidang Klimatologi BMKG Ardiansyah Putra saat dihubungi di Jakarta, Rabu, "
            'menjelaskan fenomena La Nina lemah masih berlangsung. "La Nina lemah ini menambah pasokan uap air," '
            "tuturnya."
        ),
        "quotes": [
            {"content": "Curah hujan pada puncak musim hujan nanti bisa mencapai lebih dari 300 milimeter per bulan di sejumlah daerah.",
             "speaker": "Dwi Lestari", "surface": "Kepala BMKG Dwi Lestari", "role": "Kepala BMKG", "nth": 1},  # 1, 6
            {"content": "Kami minta BPBD di daerah menyiapkan posko dan jalur evakuasi sejak sekarang,",
             "speaker": "Dwi Lestari", "surface": "-nya", "role": "Kepala BMKG", "nth": 1},  # 1, 10
            {"content": "La Nina lemah ini menambah pasokan uap air,",
             "speaker": "Ardiansyah Putra", "surface": "-nya", "role": "Deputi Bidang Klimatologi BMKG", "nth": 1},  # 1, 10, 12
        ],
        "not_quotes": [],
    },
    {
        "id": "id-kompas-10", "lang": "id", "style": "Kompas",
        "text": (
            "JAKARTA, KOMPAS.com - Kementerian Kesehatan (Kemenkes) mencatat 1.240 kasus demam berdarah dengue (DBD) "
            "sepanjang pekan lalu, naik hampir dua kali lipat dibandingkan pekan sebelumnya.\n"
            '"Lonjakan ini sejalan dengan curah hujan yang tinggi di banyak daerah," demikian keterangan Kemenkes, '
            "Senin (12/1/2026).\n"
            "Juru bicara Kemenkes mengatakan sebagian besar kasus ditemukan di Jawa Barat dan Banten.\n"
            '"Kami sudah mengirim tambahan reagen dan larvasida ke dinas kesehatan di dua provinsi itu," kata juru '
            "bicara tersebut.\n"
            "Epidemiolog Universitas Indonesia, Rahmat Hidayat, menilai angka sebenarnya bisa lebih tinggi. \"Banyak "
            'pasien yang tidak dites, jadi yang tercatat hanya puncak gunung es," ucap Rahmat.'
        ),
        "quotes": [
            {"content": "Lonjakan ini sejalan dengan curah hujan yang tinggi di banyak daerah,",
             "speaker": "Kementerian Kesehatan", "surface": "Kemenkes", "role": None, "nth": 1},  # 1, 7
            {"content": "Kami sudah mengirim tambahan reagen dan larvasida ke dinas kesehatan di dua provinsi itu,",
             "speaker": "juru bicara Kemenkes", "surface": "juru bicara tersebut", "role": "Juru bicara Kemenkes", "nth": 1},  # 1, 13
            {"content": "Banyak pasien yang tidak dites, jadi yang tercatat hanya puncak gunung es,",
             "speaker": "Rahmat Hidayat", "surface": "Rahmat", "role": "Epidemiolog Universitas Indonesia", "nth": 1},  # 1, 9, 12
        ],
        "not_quotes": [],
    },
    {
        "id": "id-detik-09", "lang": "id", "style": "Detik",
        "text": (
            'Kapolres Bogor: "Pelaku Tawuran Akan Kami Proses Hukum"\n'
            "Jakarta - Polres Bogor menangkap 14 pelajar yang terlibat tawuran di Jalan Raya Parung, Kabupaten Bogor, "
            "Jawa Barat. Seorang pelajar mengalami luka bacok di lengan.\n"
            "Kapolres Bogor AKBP Hendra Gunawan mengatakan para pelajar itu membawa senjata tajam. \"Pelaku tawuran "
            'akan kami proses hukum. Tidak ada toleransi," kata Hendra kepada wartawan, Sabtu (7/2/2026).\n'
            '"Ada celurit dan gir yang diikat sabuk," tambah Hendra, yang didampingi Kasat Reskrim Polres Bogor AKP '
            "Yusuf Maulana.\n"
            "Kepala Dinas Pendidikan Kabupaten Bogor, Siti Aminah, menyebut sekolah para pelajar tersebut akan "
            'dipanggil. "Kami akan evaluasi pembinaan di sekolah," ujarnya.'
        ),
        "quotes": [
            {"content": "Pelaku Tawuran Akan Kami Proses Hukum",
             "speaker": "Kapolres Bogor", "surface": "Kapolres Bogor", "role": "Kapolres Bogor", "nth": 1},  # 1, 6, 13
            {"content": "Pelaku tawuran akan kami proses hukum. Tidak ada toleransi,",
             "speaker": "Hendra Gunawan", "surface": "Hendra", "role": "Kapolres Bogor AKBP", "nth": 1},  # 1, 9
            {"content": "Ada celurit dan gir yang diikat sabuk,",
             "speaker": "Hendra Gunawan", "surface": "Hendra", "role": "Kapolres Bogor AKBP", "nth": 1},  # 1, 8, 12
            {"content": "Kami akan evaluasi pembinaan di sekolah,",
             "speaker": "Siti Aminah", "surface": "-nya", "role": "Kepala Dinas Pendidikan Kabupaten Bogor", "nth": 1},  # 1, 10
        ],
        "not_quotes": [],
    },
    {
        "id": "id-tempo-08", "lang": "id", "style": "Tempo",
        "text": (
            "TEMPO.CO, Jakarta - Otoritas Jasa Keuangan (OJK) mencabut izin usaha sebuah bank perekonomian rakyat di "
            "Jawa Timur karena gagal memenuhi ketentuan permodalan.\n"
            "Kepala Eksekutif Pengawas Perbankan OJK Rahmat Sudrajat di Surabaya, Kamis, 5 Maret 2026, mengatakan "
            "pencabutan izin dilakukan setelah pemegang saham tidak sanggup menambah modal. \"Kami sudah memberi "
            'waktu enam bulan," ujar Rahmat.\n'
            '"Dana nasabah sampai Rp 2 miliar per rekening dijamin," kata Dimas Pratama, Sekretaris Lembaga '
            "Penjamin Simpanan (LPS), dalam keterangan tertulis.\n"
            'Dimas menyebut proses pembayaran klaim dimulai pekan depan. "Nasabah tidak perlu panik," ujarnya.'
        ),
        "quotes": [
            {"content": "Kami sudah memberi waktu enam bulan,",
             "speaker": "Rahmat Sudrajat", "surface": "Rahmat", "role": "Kepala Eksekutif Pengawas Perbankan OJK", "nth": 1},  # 1, 9
            {"content": "Dana nasabah sampai Rp 2 miliar per rekening dijamin,",
             "speaker": "Dimas Pratama", "surface": "Dimas Pratama", "role": "Sekretaris Lembaga Penjamin Simpanan (LPS)", "nth": 1},  # 1, 8
            {"content": "Nasabah tidak perlu panik,",
             "speaker": "Dimas Pratama", "surface": "-nya", "role": "Sekretaris Lembaga Penjamin Simpanan (LPS)", "nth": 1},  # 1, 10
        ],
        "not_quotes": [],
    },
    {
        "id": "en-ap-11", "lang": "en", "style": "AP",
        "text": (
            "SAN BERNARDINO, Calif. (AP) — A fast-moving brush fire jumped a highway in the foothills east of Los "
            "Angeles on Saturday, destroying at least a dozen homes and forcing thousands of people to flee, "
            "authorities said.\n"
            '"If you are in the warning zone, do not wait for an order. Go now," San Bernardino County Fire '
            "Department Division Chief Luis Herrera told reporters at an evening briefing.\n"
            '"We had one structure fully involved within minutes of the first call," Herrera said. "The wind just '
            'carried it."\n'
            'Deputies went door to door in the neighborhoods below the ridge. "Most people left when we asked. A '
            "few refused,\" San Bernardino County Sheriff's Department spokeswoman Carrie Braun said.\n"
            "Resident Gloria Mendez, 52, watched from a parking lot as smoke rose over her street. \"Everything we "
            'own is up there," she said.'
        ),
        "quotes": [
            {"content": "If you are in the warning zone, do not wait for an order. Go now,",
             "speaker": "Luis Herrera", "surface": "San Bernardino County Fire Department Division Chief Luis Herrera", "role": "San Bernardino County Fire Department Division Chief", "nth": 1},  # 1, 13
            {"content": "We had one structure fully involved within minutes of the first call,",
             "speaker": "Luis Herrera", "surface": "Herrera", "role": "San Bernardino County Fire Department Division Chief", "nth": 1},  # 1, 9
            {"content": "The wind just carried it.",
             "speaker": "Luis Herrera", "surface": "Herrera", "role": "San Bernardino County Fire Department Division Chief", "nth": 1},  # 1, 9
            {"content": "Most people left when we asked. A few refused,",
             "speaker": "Carrie Braun", "surface": "San Bernardino County Sheriff's Department spokeswoman Carrie Braun", "role": "San Bernardino County Sheriff's Department spokeswoman", "nth": 1},  # 1, 13
            {"content": "Everything we own is up there,",
             "speaker": "Gloria Mendez", "surface": "she", "role": "Resident", "nth": 1},  # 1, 10
        ],
        "not_quotes": [],
    },
    {
        "id": "en-politico-03", "lang": "en", "style": "Politico",
        "text": (
            "Senators trade barbs over border bill as vote looms\n"
            "WASHINGTON — A bipartisan border security bill ran into fresh trouble on Thursday as senators from both "
            "parties attacked it on the floor hours before a key procedural vote.\n"
            '"This bill does nothing to stop the flow of fentanyl across the border," Sen. Roger Blaine, R-Mo., said '
            "in a floor speech.\n"
            'Sen. Maria Delgado, D-N.M., a lead negotiator, fired back. "My colleague has not read the bill. It funds '
            '1,500 new border agents," she said.\n'
            'Blaine said he had read "every single page." "I read it twice, and it is still a bad bill," he told '
            "reporters afterward.\n"
            "Rep. Tom Kessler (R-Texas) told reporters that the House would not take up the measure \"in its current "
            'form."\n'
            "White House press secretary Karen Walsh said the president would sign the bill if it passed. \"The "
            'president wants a deal. This is the deal," Walsh said at the daily briefing.\n'
            "A senior administration official said the White House was still counting votes. \"We are short, but "
            'not by much," the official said, speaking on condition of anonymity to discuss private conversations.'
        ),
        "quotes": [
            {"content": "This bill does nothing to stop the flow of fentanyl across the border,",
             "speaker": "Roger Blaine", "surface": "Sen. Roger Blaine", "role": "Sen.", "nth": 1},  # 1, 8, 14
            {"content": "My colleague has not read the bill. It funds 1,500 new border agents,",
             "speaker": "Maria Delgado", "surface": "she", "role": "Sen.", "nth": 1},  # 1, 10, 14
            {"content": "every single page.",
             "speaker": "Roger Blaine", "surface": "Blaine", "role": "Sen.", "nth": 1},  # 1, 9, 11, 14
            {"content": "I read it twice, and it is still a bad bill,",
             "speaker": "Roger Blaine", "surface": "he", "role": "Sen.", "nth": 1},  # 1, 10, 14
            {"content": "in its current form.",
             "speaker": "Tom Kessler", "surface": "Rep. Tom Kessler", "role": "Rep.", "nth": 1},  # 1, 8, 11, 14
            {"content": "The president wants a deal. This is the deal,",
             "speaker": "Karen Walsh", "surface": "Walsh", "role": "White House press secretary", "nth": 1},  # 1, 9, 14
            {"content": "We are short, but not by much,",
             "speaker": "a senior administration official", "surface": "official", "role": "senior administration official", "nth": 1},  # 1, 7, 13, 14
        ],
        "not_quotes": [],
    },
    {
        "id": "en-wsj-01", "lang": "en", "style": "The Wall Street Journal",
        "text": (
            "The chief executive of Harlow Foods, Daniel Pryce, and the head of its largest union, Linda Ortiz, "
            "traded accusations on Tuesday as a strike at the company's meatpacking plants entered its third week.\n"
            '"We have made a fair offer, and it is time for our employees to come back to work," Mr. Pryce said in a '
            "video message to staff.\n"
            'Ms. Ortiz said the offer "does not even keep up with inflation." "He keeps saying fair. Our members '
            'can\'t pay rent with fair," she said.\n'
            "Mr. Pryce and Ms. Ortiz met for three hours on Monday without a deal, according to people familiar with "
            'the talks. "There was no movement," she said afterward.\n'
            "Analysts said the strike was beginning to weigh on the company's results. \"Every week of the strike "
            'costs Harlow about $40 million in lost sales," said Priya Raman, an analyst at Jefferies.'
        ),
        "quotes": [
            {"content": "We have made a fair offer, and it is time for our employees to come back to work,",
             "speaker": "Daniel Pryce", "surface": "Mr. Pryce", "role": "chief executive of Harlow Foods", "nth": 1},  # 1, 9, 14
            {"content": "does not even keep up with inflation.",
             "speaker": "Linda Ortiz", "surface": "Ms. Ortiz", "role": "head of its largest union", "nth": 1},  # 1, 9, 11, 14
            {"content": "He keeps saying fair. Our members can't pay rent with fair,",
             "speaker": "Linda Ortiz", "surface": "she", "role": "head of its largest union", "nth": 1},  # 1, 10, 14
            {"content": "There was no movement,",
             "speaker": "Linda Ortiz", "surface": "she", "role": "head of its largest union", "nth": 1},  # 1, 10, 14
            {"content": "Every week of the strike costs Harlow about $40 million in lost sales,",
             "speaker": "Priya Raman", "surface": "Priya Raman", "role": "analyst at Jefferies", "nth": 1},  # 1, 8, 14
        ],
        "not_quotes": [],
    },
    {
        "id": "id-antara-14", "lang": "id", "style": "Antara",
        "text": (
            "Jakarta (ANTARA) - Otoritas Jasa Keuangan (OJK) mencatat penyaluran kredit perbankan tumbuh 9,8 persen "
            "secara tahunan pada Januari 2026.\n"
            "Kepala Eksekutif Pengawas Perbankan OJK Dian Lestari Wibowo dalam konferensi pers di Jakarta, Selasa, "
            "mengatakan pertumbuhan kredit masih ditopang kredit investasi.\n"
            '"Kredit investasi tumbuh dua digit, terutama ke sektor hilirisasi dan energi," kata Dian.\n'
            "Ia menambahkan OJK telah meminta bank memperkuat pencadangan untuk kredit bermasalah.\n"
            '"Kami minta bank tetap berhati-hati menyalurkan kredit konsumsi," ujarnya.\n'
            "Sementara itu, Ekonom Indef Bambang Suryadi menjelaskan fenomena El Nino masih membayangi sektor "
            'pertanian. "El Nino bisa menekan kemampuan bayar debitur di sektor pertanian," tuturnya.'
        ),
        "quotes": [
            {"content": "Kredit investasi tumbuh dua digit, terutama ke sektor hilirisasi dan energi,",
             "speaker": "Dian Lestari Wibowo", "surface": "Dian", "role": "Kepala Eksekutif Pengawas Perbankan OJK", "nth": 1},  # 1, 9
            {"content": "Kami minta bank tetap berhati-hati menyalurkan kredit konsumsi,",
             "speaker": "Dian Lestari Wibowo", "surface": "-nya", "role": "Kepala Eksekutif Pengawas Perbankan OJK", "nth": 1},  # 1, 10
            {"content": "El Nino bisa menekan kemampuan bayar debitur di sektor pertanian,",
             "speaker": "Bambang Suryadi", "surface": "-nya", "role": "Ekonom Indef", "nth": 1},  # 1, 10, 12
        ],
        "not_quotes": [],
    },
    {
        "id": "id-kompas-13", "lang": "id", "style": "Kompas",
        "text": (
            "JAKARTA, KOMPAS.com - Kementerian Perhubungan (Kemenhub) akan memberlakukan pembatasan operasional "
            "angkutan barang selama masa mudik Lebaran 2026.\n"
            "Juru bicara Kemenhub mengatakan pembatasan berlaku untuk truk dengan tiga sumbu atau lebih di jalan tol "
            "dan jalan arteri.\n"
            '"Pembatasan dimulai H-4 sampai H+3 Lebaran, kecuali angkutan BBM dan bahan pokok," kata juru bicara '
            "itu.\n"
            "Ketua Umum Asosiasi Pengusaha Truk Indonesia (Aptrindo) Yusuf Halim menilai pembatasan terlalu lama. "
            '"Sopir kami kehilangan penghasilan hampir sepekan," ujar Yusuf.\n'
            "Seorang pejabat di Korlantas Polri yang tidak mau disebut namanya mengatakan polisi akan menyiapkan "
            'jalur satu arah. "Kalau arus sudah padat, kami berlakukan one way," kata pejabat tersebut.'
        ),
        "quotes": [
            {"content": "Pembatasan dimulai H-4 sampai H+3 Lebaran, kecuali angkutan BBM dan bahan pokok,",
             "speaker": "juru bicara Kemenhub", "surface": "juru bicara itu", "role": "Juru bicara Kemenhub", "nth": 1},  # 1, 13
            {"content": "Sopir kami kehilangan penghasilan hampir sepekan,",
             "speaker": "Yusuf Halim", "surface": "Yusuf", "role": "Ketua Umum Asosiasi Pengusaha Truk Indonesia (Aptrindo)", "nth": 1},  # 1, 9
            {"content": "Kalau arus sudah padat, kami berlakukan one way,",
             "speaker": "seorang pejabat di Korlantas Polri", "surface": "pejabat tersebut", "role": "pejabat di Korlantas Polri", "nth": 1},  # 1, 13
        ],
        "not_quotes": [],
    },
    {
        "id": "id-tempo-11", "lang": "id", "style": "Tempo",
        "text": (
            "TEMPO.CO, Jakarta - Badan Pengawasan Keuangan dan Pembangunan (BPKP) menemukan potensi kerugian negara "
            "Rp 1,3 triliun dalam pengadaan alat kesehatan di sejumlah daerah.\n"
            "Deputi Bidang Pengawasan Penyelenggaraan Keuangan Daerah BPKP Agus Wahyu Hidayat mengatakan temuan itu "
            'berasal dari audit di 14 provinsi. "Sebagian besar karena harga yang digelembungkan," kata Agus di '
            "kantornya, Jakarta, Kamis, 12 Maret 2026.\n"
            "Menurut Agus, hasil audit telah diserahkan kepada Kejaksaan Agung. \"Kami serahkan ke aparat penegak "
            'hukum untuk ditindaklanjuti," ujarnya.\n'
            "Direktur Jenderal Pelayanan Kesehatan dan Farmasi Kementerian Kesehatan Nur Aini Rahmawati mengatakan "
            'kementeriannya akan mengevaluasi sistem pengadaan. "Kami tidak akan menoleransi penggelembungan harga," '
            "ucap Nur Aini."
        ),
        "quotes": [
            {"content": "Sebagian besar karena harga yang digelembungkan,",
             "speaker": "Agus Wahyu Hidayat", "surface": "Agus", "role": "Deputi Bidang Pengawasan Penyelenggaraan Keuangan Daerah BPKP", "nth": 1},  # 1, 9
            {"content": "Kami serahkan ke aparat penegak hukum untuk ditindaklanjuti,",
             "speaker": "Agus Wahyu Hidayat", "surface": "-nya", "role": "Deputi Bidang Pengawasan Penyelenggaraan Keuangan Daerah BPKP", "nth": 1},  # 1, 10
            {"content": "Kami tidak akan menoleransi penggelembungan harga,",
             "speaker": "Nur Aini Rahmawati", "surface": "Nur Aini", "role": "Direktur Jenderal Pelayanan Kesehatan dan Farmasi Kementerian Kesehatan", "nth": 1},  # 1, 9, 12
        ],
        "not_quotes": [],
    },
    {
        "id": "en-politico-01", "lang": "en", "style": "Politico",
        "text": (
            "Senate Democrats force vote on tariff refunds, splitting farm-state Republicans\n"
            "WASHINGTON — Senate Democrats forced a vote Wednesday on a resolution that would require refunds of "
            "tariffs paid by small importers, putting Republicans from farm states in an awkward spot weeks before "
            "the midterm primaries.\n"
            '"Every senator is going to have to go home and explain to their farmers why they voted against getting '
            'their money back," Sen. Rebecca Hollis, D-Mass., told reporters before the vote.\n'
            'Sen. Curtis Vandermeer (R-Kan.) called the resolution "a political stunt" but said he had not decided how '
            'to vote. "I don\'t like the tariffs any more than my growers do," Vandermeer said. "But I\'m not going '
            'to sign on to a messaging bill."\n'
            'Hollis shot back that the bill was "about as far from messaging as you can get." "There\'s real money '
            'at stake here, $4 billion," she said.\n'
            "White House press secretary Dana Mercer said the president would veto the measure if it reached his "
            "desk. \"The president's trade policy is working, and he is not going to reverse it because of a Senate "
            'gimmick," Mercer said at the daily briefing.\n'
            "A senior Republican aide, who requested anonymity to discuss private conversations, said at least six "
            'GOP senators were leaning toward voting yes. "Leadership is nervous," the aide said.\n'
            "Senate Majority Leader Paul Brandt, R-S.D., dismissed the count. \"We'll have the votes,\" he said."
        ),
        "quotes": [
            {"content": "Every senator is going to have to go home and explain to their farmers why they voted against getting their money back,",
             "speaker": "Rebecca Hollis", "surface": "Sen. Rebecca Hollis", "role": "Sen.", "nth": 1},  # 1, 8, 13, 14
            {"content": "a political stunt",
             "speaker": "Curtis Vandermeer", "surface": "Sen. Curtis Vandermeer", "role": "Sen.", "nth": 1},  # 1, 8, 11, 14
            {"content": "I don't like the tariffs any more than my growers do,",
             "speaker": "Curtis Vandermeer", "surface": "Vandermeer", "role": "Sen.", "nth": 1},  # 1, 9, 14
            {"content": "But I'm not going to sign on to a messaging bill.",
             "speaker": "Curtis Vandermeer", "surface": "Vandermeer", "role": "Sen.", "nth": 1},  # 1, 9, 14
            {"content": "about as far from messaging as you can get.",
             "speaker": "Rebecca Hollis", "surface": "Hollis", "role": "Sen.", "nth": 1},  # 1, 9, 11, 14
            {"content": "There's real money at stake here, $4 billion,",
             "speaker": "Rebecca Hollis", "surface": "she", "role": "Sen.", "nth": 1},  # 1, 10, 14
            {"content": "The president's trade policy is working, and he is not going to reverse it because of a Senate gimmick,",
             "speaker": "Dana Mercer", "surface": "Mercer", "role": "White House press secretary", "nth": 1},  # 1, 9, 14
            {"content": "Leadership is nervous,",
             "speaker": "a senior Republican aide", "surface": "aide", "role": "senior Republican aide", "nth": 1},  # 1, 13, 14
            {"content": "We'll have the votes,",
             "speaker": "Paul Brandt", "surface": "he", "role": "Senate Majority Leader", "nth": 1},  # 1, 10, 14
        ],
        "not_quotes": [],
    },
    {
        "id": "en-reuters-10", "lang": "en", "style": "Reuters",
        "text": (
            "FRANKFURT, April 16 (Reuters) - European Central Bank policymakers are increasingly at odds over whether "
            "to cut interest rates again in June, with hawks warning that wage growth remains too strong, five "
            "sources familiar with the discussion told Reuters.\n"
            '"There is no appetite for a cut in June among the northern members," one policymaker said, speaking on '
            "condition of anonymity because the talks were private.\n"
            'ECB Vice President Luis Ortega struck a more cautious tone in a speech in Madrid. "We should not '
            'pre-commit. The data of the next weeks will decide," Ortega said.\n'
            "Bundesbank President Joachim Neubauer, one of the bank's most vocal hawks, told a German newspaper that "
            'inflation in services was "still uncomfortably high".\n'
            '"I would rather wait one meeting too long than cut one meeting too early," he told Boersen-Zeitung.\n'
            "Asked about the comments, an ECB spokesperson declined to comment.\n"
            'Markets currently price about a 60% chance of a June cut. "The ECB is losing control of the narrative," '
            "said Katja Brenner, chief euro zone economist at Berenberg in London. \"Every governor is now running "
            'his own forward guidance."'
        ),
        "quotes": [
            {"content": "There is no appetite for a cut in June among the northern members,",
             "speaker": "one policymaker", "surface": "policymaker", "role": "policymaker", "nth": 1},  # 1, 7, 13
            {"content": "We should not pre-commit. The data of the next weeks will decide,",
             "speaker": "Luis Ortega", "surface": "Ortega", "role": "ECB Vice President", "nth": 1},  # 1, 9
            {"content": "still uncomfortably high",
             "speaker": "Joachim Neubauer", "surface": "Bundesbank President Joachim Neubauer", "role": "Bundesbank President", "nth": 1},  # 1, 8, 11
            {"content": "I would rather wait one meeting too long than cut one meeting too early,",
             "speaker": "Joachim Neubauer", "surface": "he", "role": "Bundesbank President", "nth": 1},  # 1, 7, 10
            {"content": "The ECB is losing control of the narrative,",
             "speaker": "Katja Brenner", "surface": "Katja Brenner", "role": "chief euro zone economist at Berenberg in London", "nth": 1},  # 1, 8
            {"content": "Every governor is now running his own forward guidance.",
             "speaker": "Katja Brenner", "surface": "Katja Brenner", "role": "chief euro zone economist at Berenberg in London", "nth": 1},  # 1, 8
        ],
        "not_quotes": [],
    },
    {
        "id": "en-ap-09", "lang": "en", "style": "AP",
        "text": (
            "PHOENIX (AP) — A former Maricopa County election technician was sentenced Thursday to three years in "
            "prison for tampering with voting equipment during the 2024 election, a case that prosecutors said was "
            "meant to send a message.\n"
            '"Election workers hold a public trust, and Mr. Dalton betrayed it," U.S. District Judge Patricia Navarro '
            "said as she handed down the sentence.\n"
            'Richard Dalton, 58, apologized in court. "I made a terrible mistake, and I will spend the rest of my life '
            'regretting it," he said, his voice breaking.\n'
            "His attorney, Mark Feld, had asked for probation, arguing that Dalton had no prior record. \"He is not a "
            'threat to anyone," Feld told the court.\n'
            "Assistant U.S. Attorney Kimberly Osei said outside the courthouse that the sentence was fair. \"This was "
            'not a paperwork error. He disabled tabulators on purpose," Osei said.\n'
            "The county's recorder, Janet Ruiz, said in a statement that the office had since added new safeguards: "
            '"Every machine is now sealed and logged, every time."'
        ),
        "quotes": [
            {"content": "Election workers hold a public trust, and Mr. Dalton betrayed it,",
             "speaker": "Patricia Navarro", "surface": "U.S. District Judge Patricia Navarro", "role": "U.S. District Judge", "nth": 1},  # 1, 13
            {"content": "I made a terrible mistake, and I will spend the rest of my life regretting it,",
             "speaker": "Richard Dalton", "surface": "he", "role": "former Maricopa County election technician", "nth": 1},  # 1, 7, 10
            {"content": "He is not a threat to anyone,",
             "speaker": "Mark Feld", "surface": "Feld", "role": "attorney", "nth": 1},  # 1, 9
            {"content": "This was not a paperwork error. He disabled tabulators on purpose,",
             "speaker": "Kimberly Osei", "surface": "Osei", "role": "Assistant U.S. Attorney", "nth": 1},  # 1, 9
            {"content": "Every machine is now sealed and logged, every time.",
             "speaker": "Janet Ruiz", "surface": "Janet Ruiz", "role": "county's recorder", "nth": 1},  # 1, 6, 7
        ],
        "not_quotes": [],
    },
    {
        "id": "en-guardian-10", "lang": "en", "style": "The Guardian",
        "text": (
            "Chancellor accused of ‘betraying pensioners’ over winter fuel U-turn\n"
            "The chancellor, Helen Marsh, has been accused of betraying pensioners after the Treasury confirmed that "
            "winter fuel payments would be means-tested again from next year.\n"
            "The shadow chancellor, Tom Avery, said: “Labour promised to protect the poorest pensioners and has done "
            "the opposite. This is a betrayal, plain and simple.”\n"
            "The Liberal Democrats’ work and pensions spokesperson, Sarah Kinnell, said the decision would leave "
            "“hundreds of thousands of older people choosing between heating and eating”.\n"
            "A Treasury spokesperson said: “We have had to take tough decisions to fix the foundations of the "
            "economy. The poorest pensioners will continue to receive support.”\n"
            "Jan Whitby, the charity director at Age UK, said older people had been “left in the dark” about who "
            "would qualify.\n"
            "Marsh told MPs the policy was “fair and targeted”. “I will not apologise for making sure help goes to "
            "those who need it most,” she said."
        ),
        "quotes": [
            {"content": "Labour promised to protect the poorest pensioners and has done the opposite. This is a betrayal, plain and simple.",
             "speaker": "Tom Avery", "surface": "Tom Avery", "role": "shadow chancellor", "nth": 1},  # 1, 6, 14
            {"content": "hundreds of thousands of older people choosing between heating and eating",
             "speaker": "Sarah Kinnell", "surface": "Sarah Kinnell", "role": "Liberal Democrats’ work and pensions spokesperson", "nth": 1},  # 1, 11, 14
            {"content": "We have had to take tough decisions to fix the foundations of the economy. The poorest pensioners will continue to receive support.",
             "speaker": "a Treasury spokesperson", "surface": "Treasury spokesperson", "role": "Treasury spokesperson", "nth": 1},  # 1, 6, 13, 14
            {"content": "left in the dark",
             "speaker": "Jan Whitby", "surface": "Jan Whitby", "role": "charity director at Age UK", "nth": 1},  # 1, 8, 11, 14
            {"content": "fair and targeted",
             "speaker": "Helen Marsh", "surface": "Marsh", "role": "chancellor", "nth": 1},  # 1, 9, 11, 14
            {"content": "I will not apologise for making sure help goes to those who need it most,",
             "speaker": "Helen Marsh", "surface": "she", "role": "chancellor", "nth": 1},  # 1, 10, 14
        ],
        "not_quotes": ["betraying pensioners"],
    },
    {
        "id": "en-reuters-11", "lang": "en", "style": "Reuters",
        "text": (
            "WASHINGTON, May 8 (Reuters) - The United States is preparing new sanctions on shipping companies that "
            "carry Iranian oil and could announce them as early as next week, three U.S. officials said on "
            "Thursday.\n"
            '"The package is ready. It is a question of timing now," a U.S. official said, speaking on condition of '
            "anonymity to discuss internal deliberations.\n"
            "State Department spokesman Oliver Grant declined to comment on the timing but said Washington would "
            '"use every tool available" to cut off Tehran\'s oil revenue.\n'
            "Iran's foreign ministry spokesman, Reza Karimi, said in a statement that new sanctions would \"poison "
            'the atmosphere" of the talks. "Washington cannot negotiate and threaten at the same time," Karimi '
            "said.\n"
            'Oil prices rose about 1% on the report. "The market had priced in some easing of sanctions, and that is '
            'now off the table," said Julia Stern, head of commodity strategy at RBC Capital Markets.\n'
            "Republican Senator Dale Harmon of Idaho, who chairs the Senate Foreign Relations Committee, welcomed "
            'the move. "It\'s long overdue," he said in a post on X.\n'
            "But Democratic Senator Ruth Calder of New Hampshire warned that sanctions alone would not stop Iran's "
            'program. "Sanctions are a tool, not a strategy," Calder said.'
        ),
        "quotes": [
            {"content": "The package is ready. It is a question of timing now,",
             "speaker": "a U.S. official", "surface": "U.S. official", "role": "U.S. official", "nth": 1},  # 1, 7, 13, 14
            {"content": "use every tool available",
             "speaker": "Oliver Grant", "surface": "State Department spokesman Oliver Grant", "role": "State Department spokesman", "nth": 1},  # 1, 11, 14
            {"content": "poison the atmosphere",
             "speaker": "Reza Karimi", "surface": "Reza Karimi", "role": "Iran's foreign ministry spokesman", "nth": 1},  # 1, 7, 11, 14
            {"content": "Washington cannot negotiate and threaten at the same time,",
             "speaker": "Reza Karimi", "surface": "Karimi", "role": "Iran's foreign ministry spokesman", "nth": 1},  # 1, 9, 14
            {"content": "The market had priced in some easing of sanctions, and that is now off the table,",
             "speaker": "Julia Stern", "surface": "Julia Stern", "role": "head of commodity strategy at RBC Capital Markets", "nth": 1},  # 1, 8, 14
            {"content": "It's long overdue,",
             "speaker": "Dale Harmon", "surface": "he", "role": "Republican Senator", "nth": 1},  # 1, 7, 10, 14
            {"content": "Sanctions are a tool, not a strategy,",
             "speaker": "Ruth Calder", "surface": "Calder", "role": "Democratic Senator", "nth": 1},  # 1, 9, 14
        ],
        "not_quotes": [],
    },
    {
        "id": "en-ap-10", "lang": "en", "style": "AP",
        "text": (
            "HOUSTON (AP) — Floodwaters from a slow-moving storm swamped neighborhoods across southeast Texas on "
            "Tuesday, stranding hundreds of drivers and forcing rescues from rooftops, officials said.\n"
            '"We have done more than 300 high-water rescues since midnight, and the rain hasn\'t stopped," Harris '
            "County Judge Elena Marquez said at a news conference.\n"
            'Houston Police Chief Victor Dunn urged residents to stay off the roads. "Turn around, don\'t drown. I '
            'cannot say it enough," Dunn said.\n'
            "At a shelter in a church gym, Keisha Long said she had waded through chest-deep water with her two "
            'children. "The water came up so fast, we didn\'t even have time to grab shoes," she said.\n'
            "Her neighbor, Tom Bui, 64, said it was the third time his house had flooded since 2017. \"I'm done. I'm "
            'not rebuilding again," he said.\n'
            "National Weather Service meteorologist Aaron Kiel said another 4 to 6 inches of rain could fall by "
            'Wednesday. "The ground is saturated, so every inch now becomes runoff," Kiel said.\n'
            "The governor's office said in a statement that state resources had been deployed to 12 counties."
        ),
        "quotes": [
            {"content": "We have done more than 300 high-water rescues since midnight, and the rain hasn't stopped,",
             "speaker": "Elena Marquez", "surface": "Harris County Judge Elena Marquez", "role": "Harris County Judge", "nth": 1},  # 1, 13, 14
            {"content": "Turn around, don't drown. I cannot say it enough,",
             "speaker": "Victor Dunn", "surface": "Dunn", "role": "Houston Police Chief", "nth": 1},  # 1, 9, 14
            {"content": "The water came up so fast, we didn't even have time to grab shoes,",
             "speaker": "Keisha Long", "surface": "she", "role": None, "nth": 1},  # 1, 10, 14
            {"content": "I'm done. I'm not rebuilding again,",
             "speaker": "Tom Bui", "surface": "he", "role": "neighbor", "nth": 1},  # 1, 10, 14
            {"content": "The ground is saturated, so every inch now becomes runoff,",
             "speaker": "Aaron Kiel", "surface": "Kiel", "role": "National Weather Service meteorologist", "nth": 1},  # 1, 9, 14
        ],
        "not_quotes": [],
    },
    {
        "id": "en-politico-02", "lang": "en", "style": "Politico",
        "text": (
            "House GOP hard-liners threaten to sink stopgap as shutdown deadline nears\n"
            "A group of House conservatives is threatening to vote against a stopgap spending bill, leaving Speaker "
            "Michael Hart with little room for error days before a government shutdown deadline.\n"
            '"I\'m not voting for another CR that just kicks the can," Rep. Brent Oakley (R-Texas) told POLITICO on '
            'Monday. "We\'ve done this three times now."\n'
            "Rep. Andrea Fuentes (D-Calif.), the top Democrat on the Appropriations Committee, said Democrats would "
            'not bail out the speaker without concessions. "If he wants our votes, he knows where to find us," '
            "Fuentes said.\n"
            "Hart, speaking to reporters after a closed-door conference meeting, said he was \"confident we'll get "
            'there." "We\'re going to keep the government open. Nobody wants a shutdown," he said.\n'
            "Oakley, a member of the Freedom Caucus, said he had spoken to at least a dozen colleagues who felt the "
            'same. Asked whether he would support a motion to oust Hart, Oakley said: "Everything is on the '
            'table."\n'
            "Fuentes and Oakley have clashed before, most recently over disaster aid for Texas. \"He voted against "
            'help for his own state," she said.'
        ),
        "quotes": [
            {"content": "I'm not voting for another CR that just kicks the can,",
             "speaker": "Brent Oakley", "surface": "Rep. Brent Oakley", "role": "Rep.", "nth": 1},  # 1, 8, 14
            {"content": "We've done this three times now.",
             "speaker": "Brent Oakley", "surface": "Rep. Brent Oakley", "role": "Rep.", "nth": 1},  # 1, 8, 14
            {"content": "If he wants our votes, he knows where to find us,",
             "speaker": "Andrea Fuentes", "surface": "Fuentes", "role": "top Democrat on the Appropriations Committee", "nth": 1},  # 1, 9, 14
            {"content": "confident we'll get there.",
             "speaker": "Michael Hart", "surface": "Hart", "role": "Speaker", "nth": 1},  # 1, 9, 11, 14
            {"content": "We're going to keep the government open. Nobody wants a shutdown,",
             "speaker": "Michael Hart", "surface": "he", "role": "Speaker", "nth": 1},  # 1, 10, 14
            {"content": "Everything is on the table.",
             "speaker": "Brent Oakley", "surface": "Oakley", "role": "Rep.", "nth": 1},  # 1, 6, 9, 14
            {"content": "He voted against help for his own state,",
             "speaker": "Andrea Fuentes", "surface": "she", "role": "top Democrat on the Appropriations Committee", "nth": 1},  # 1, 10, 14
        ],
        "not_quotes": [],
    },
    {
        "id": "en-guardian-11", "lang": "en", "style": "The Guardian",
        "text": (
            "Thames Water customers face bills rising by almost a third over the next five years after the "
            "regulator approved the company's rescue plan, prompting anger from MPs and campaigners.\n"
            "The environment secretary, Priya Sandhu, said the decision was “not one any of us wanted to take”, "
            "but that the alternative was a special administration that would cost taxpayers billions.\n"
            "The campaigner Rob Ellery, who has led protests over sewage spills on the Thames, told the Guardian: "
            "“Customers are being asked to pay twice, once for the pollution and again for the clean-up.”\n"
            "A Thames Water spokesperson said: “This plan delivers the biggest investment in our network in a "
            "generation. We know bills are rising and we are extending our support schemes.”\n"
            "Clare Pemberton, the Liberal Democrat MP for Twickenham, said ministers had “let a failing company "
            "off the hook”. She added: “Not a single executive has lost their bonus.”\n"
            "Ofwat’s interim chief executive, Mark Aldous, defended the settlement. “Without this investment, the "
            "network simply falls apart,” he told BBC Radio 4’s Today programme."
        ),
        "quotes": [
            {"content": "not one any of us wanted to take",
             "speaker": "Priya Sandhu", "surface": "Priya Sandhu", "role": "environment secretary", "nth": 1},  # 1, 11, 14
            {"content": "Customers are being asked to pay twice, once for the pollution and again for the clean-up.",
             "speaker": "Rob Ellery", "surface": "Rob Ellery", "role": "campaigner", "nth": 1},  # 1, 6, 8, 14
            {"content": "This plan delivers the biggest investment in our network in a generation. We know bills are rising and we are extending our support schemes.",
             "speaker": "a Thames Water spokesperson", "surface": "Thames Water spokesperson", "role": "Thames Water spokesperson", "nth": 1},  # 1, 6, 13, 14
            {"content": "let a failing company off the hook",
             "speaker": "Clare Pemberton", "surface": "Clare Pemberton", "role": "Liberal Democrat MP for Twickenham", "nth": 1},  # 1, 8, 11, 14
            {"content": "Not a single executive has lost their bonus.",
             "speaker": "Clare Pemberton", "surface": "She", "role": "Liberal Democrat MP for Twickenham", "nth": 1},  # 1, 6, 10, 14
            {"content": "Without this investment, the network simply falls apart,",
             "speaker": "Mark Aldous", "surface": "he", "role": "Ofwat’s interim chief executive", "nth": 1},  # 1, 7, 10, 14
        ],
        "not_quotes": [],
    },
    {
        "id": "en-nyt-01", "lang": "en", "style": "The New York Times",
        "text": (
            "RICHMOND, Va. — The two candidates for governor of Virginia clashed over taxes and schools on Thursday "
            "night in their only televised debate, trading accusations of extremism before an audience of about 300 "
            "people.\n"
            "Lt. Gov. Denise Carter, the Democratic nominee, accused her Republican opponent, Robert Lyle, of planning "
            'to gut public school funding. "He has said it himself: he wants to cut the education budget by a '
            'fifth," Ms. Carter said.\n'
            'Mr. Lyle, a former state senator, called that "a flat-out lie." "I have never proposed cutting a single '
            "teacher's salary,\" he said. \"What I have proposed is giving parents a choice.\"\n"
            "Ms. Carter and Mr. Lyle also sparred over abortion, an issue Democrats believe will drive turnout in the "
            'suburbs. "This election is about whether women in Virginia keep their rights," she said.\n'
            'Mr. Lyle replied that he supported a 15-week limit with exceptions. "That is a mainstream position," he '
            "said.\n"
            "Alicia Moreno, a political scientist at George Mason University, said neither candidate had landed a "
            'decisive blow. "This was a debate for the base, not for the undecided," she said.'
        ),
        "quotes": [
            {"content": "He has said it himself: he wants to cut the education budget by a fifth,",
             "speaker": "Denise Carter", "surface": "Ms. Carter", "role": "Lt. Gov.", "nth": 1},  # 1, 9, 14
            {"content": "a flat-out lie.",
             "speaker": "Robert Lyle", "surface": "Mr. Lyle", "role": "former state senator", "nth": 1},  # 1, 9, 11, 14
            {"content": "I have never proposed cutting a single teacher's salary,",
             "speaker": "Robert Lyle", "surface": "he", "role": "former state senator", "nth": 1},  # 1, 10, 14
            {"content": "What I have proposed is giving parents a choice.",
             "speaker": "Robert Lyle", "surface": "he", "role": "former state senator", "nth": 1},  # 1, 10, 14
            {"content": "This election is about whether women in Virginia keep their rights,",
             "speaker": "Denise Carter", "surface": "she", "role": "Lt. Gov.", "nth": 1},  # 1, 10, 14
            {"content": "That is a mainstream position,",
             "speaker": "Robert Lyle", "surface": "he", "role": "former state senator", "nth": 1},  # 1, 10, 14
            {"content": "This was a debate for the base, not for the undecided,",
             "speaker": "Alicia Moreno", "surface": "she", "role": "political scientist at George Mason University", "nth": 1},  # 1, 8, 10, 14
        ],
        "not_quotes": [],
    },
    {
        "id": "id-kompas-11", "lang": "id", "style": "Kompas",
        "text": (
            "JAKARTA, KOMPAS.com - Rencana pemerintah menaikkan tarif pajak pertambahan nilai (PPN) menjadi 12 persen "
            "kembali menuai kritik dari sejumlah fraksi di Dewan Perwakilan Rakyat (DPR).\n"
            "Anggota Komisi XI DPR dari Fraksi PDI-P Arif Wibisono menilai kenaikan tarif akan menekan daya beli "
            "kelas menengah.\n"
            '"Kelas menengah kita sedang tidak baik-baik saja. Jangan dibebani lagi," kata Arif saat ditemui di '
            "Kompleks Parlemen, Senayan, Jakarta, Selasa (14/10/2025).\n"
            "Sementara itu, Wakil Ketua Komisi XI DPR dari Fraksi Gerindra Hendra Saputra menyebut kenaikan tarif "
            "merupakan amanat Undang-Undang Harmonisasi Peraturan Perpajakan.\n"
            '"Ini bukan keputusan pemerintah sekarang. Undang-undangnya disahkan bersama, termasuk oleh teman-teman '
            'yang sekarang menolak," ujar Hendra.\n'
            "Di tempat terpisah, Direktur Jenderal Pajak Kementerian Keuangan Bambang Prasetyo mengatakan pemerintah "
            "masih mengkaji waktu penerapan.\n"
            '"Kami mendengar semua masukan, termasuk dari DPR. Keputusan akhirnya ada di Presiden," tutur dia.\n'
            "Ekonom Center of Reform on Economics (CORE) Indonesia, Nadia Kusuma, berpendapat pemerintah sebaiknya "
            'menunda kenaikan tarif. "Momentumnya kurang tepat karena konsumsi rumah tangga melambat," ucapnya.'
        ),
        "quotes": [
            {"content": "Kelas menengah kita sedang tidak baik-baik saja. Jangan dibebani lagi,",
             "speaker": "Arif Wibisono", "surface": "Arif", "role": "Anggota Komisi XI DPR dari Fraksi PDI-P", "nth": 1},  # 1, 9, 14
            {"content": "Ini bukan keputusan pemerintah sekarang. Undang-undangnya disahkan bersama, termasuk oleh teman-teman yang sekarang menolak,",
             "speaker": "Hendra Saputra", "surface": "Hendra", "role": "Wakil Ketua Komisi XI DPR dari Fraksi Gerindra", "nth": 1},  # 1, 9, 14
            {"content": "Kami mendengar semua masukan, termasuk dari DPR. Keputusan akhirnya ada di Presiden,",
             "speaker": "Bambang Prasetyo", "surface": "dia", "role": "Direktur Jenderal Pajak Kementerian Keuangan", "nth": 1},  # 1, 10, 12, 14
            {"content": "Momentumnya kurang tepat karena konsumsi rumah tangga melambat,",
             "speaker": "Nadia Kusuma", "surface": "-nya", "role": "Ekonom Center of Reform on Economics (CORE) Indonesia", "nth": 1},  # 1, 8, 10, 14
        ],
        "not_quotes": [],
    },
    {
        "id": "id-detik-11", "lang": "id", "style": "Detik",
        "text": (
            "Jakarta - Polisi menangkap dua pria yang diduga menjadi pelaku pencurian kabel lampu penerangan jalan "
            "umum (PJU) di kawasan Jakarta Timur. Kerugian akibat pencurian itu ditaksir mencapai ratusan juta "
            "rupiah.\n"
            '"Kedua pelaku kami amankan di sebuah rumah kontrakan di Cakung pada Minggu dini hari," kata Kapolres '
            "Metro Jakarta Timur Kombes Andri Wibowo kepada wartawan, Senin (9/3/2026).\n"
            "Andri mengatakan para pelaku sudah beraksi di tujuh lokasi. Kabel hasil curian dijual ke pengepul "
            "barang bekas di Bekasi.\n"
            '"Modusnya mereka menyamar sebagai petugas perbaikan, lengkap dengan rompi dan kerucut lalu lintas," '
            "ungkapnya.\n"
            "Kepala Dinas Bina Marga DKI Jakarta Heru Santoso menyebut pihaknya akan mengganti kabel yang hilang "
            'dalam dua pekan. "Sementara ini kami pasang lampu darurat di titik-titik rawan," ujar Heru saat '
            "dihubungi detikcom.\n"
            "Warga sekitar, Siti Rohmah (45), mengaku resah karena jalan di depan rumahnya gelap selama sebulan. "
            '"Kalau malam anak-anak takut lewat. Motor juga sering hampir jatuh," tuturnya.\n'
            "Atas perbuatannya, kedua pelaku dijerat Pasal 363 KUHP tentang pencurian dengan pemberatan dengan "
            "ancaman hukuman maksimal tujuh tahun penjara."
        ),
        "quotes": [
            {"content": "Kedua pelaku kami amankan di sebuah rumah kontrakan di Cakung pada Minggu dini hari,",
             "speaker": "Andri Wibowo", "surface": "Kapolres Metro Jakarta Timur Kombes Andri Wibowo", "role": "Kapolres Metro Jakarta Timur Kombes", "nth": 1},  # 1, 13, 14
            {"content": "Modusnya mereka menyamar sebagai petugas perbaikan, lengkap dengan rompi dan kerucut lalu lintas,",
             "speaker": "Andri Wibowo", "surface": "-nya", "role": "Kapolres Metro Jakarta Timur Kombes", "nth": 1},  # 1, 10, 12, 14
            {"content": "Sementara ini kami pasang lampu darurat di titik-titik rawan,",
             "speaker": "Heru Santoso", "surface": "Heru", "role": "Kepala Dinas Bina Marga DKI Jakarta", "nth": 1},  # 1, 9, 14
            {"content": "Kalau malam anak-anak takut lewat. Motor juga sering hampir jatuh,",
             "speaker": "Siti Rohmah", "surface": "-nya", "role": "Warga sekitar", "nth": 1},  # 1, 8, 10, 12, 14
        ],
        "not_quotes": [],
    },
    {
        "id": "id-antara-12", "lang": "id", "style": "Antara",
        "text": (
            "Jakarta (ANTARA) - Badan Pusat Statistik (BPS) mencatat neraca perdagangan Indonesia pada Februari 2026 "
            "surplus 3,1 miliar dolar AS, melanjutkan surplus selama 70 bulan berturut-turut.\n"
            "Deputi Bidang Statistik Produksi BPS Rina Marlina dalam konferensi pers di Jakarta, Senin, mengatakan "
            "surplus terutama ditopang ekspor komoditas nonmigas.\n"
            '"Surplus nonmigas mencapai 4,6 miliar dolar AS, sementara sektor migas masih defisit 1,5 miliar dolar '
            'AS," kata Rina.\n'
            "Menurut dia, ekspor batu bara dan minyak sawit mentah (CPO) turun secara tahunan akibat melemahnya harga "
            "di pasar global. Meski demikian, ekspor besi dan baja naik.\n"
            '"Kenaikan ekspor besi dan baja terutama ke China dan India," ujarnya.\n'
            "Sementara itu, Kepala Ekonom PT Bank Mandiri (Persero) Tbk Andi Firmansyah menilai surplus akan "
            "menyempit pada semester kedua.\n"
            '"Harga komoditas cenderung melandai, sedangkan impor barang modal akan naik seiring proyek '
            'hilirisasi," kata dia.\n'
            "Wakil Menteri Perdagangan Dyah Puspitasari mengatakan pemerintah terus membuka pasar ekspor baru "
            'melalui perjanjian dagang. "Kita kejar penyelesaian IEU-CEPA tahun ini," katanya.'
        ),
        "quotes": [
            {"content": "Surplus nonmigas mencapai 4,6 miliar dolar AS, sementara sektor migas masih defisit 1,5 miliar dolar AS,",
             "speaker": "Rina Marlina", "surface": "Rina", "role": "Deputi Bidang Statistik Produksi BPS", "nth": 1},  # 1, 9, 14
            {"content": "Kenaikan ekspor besi dan baja terutama ke China dan India,",
             "speaker": "Rina Marlina", "surface": "-nya", "role": "Deputi Bidang Statistik Produksi BPS", "nth": 1},  # 1, 10, 14
            {"content": "Harga komoditas cenderung melandai, sedangkan impor barang modal akan naik seiring proyek hilirisasi,",
             "speaker": "Andi Firmansyah", "surface": "dia", "role": "Kepala Ekonom PT Bank Mandiri (Persero) Tbk", "nth": 1},  # 1, 10, 14
            {"content": "Kita kejar penyelesaian IEU-CEPA tahun ini,",
             "speaker": "Dyah Puspitasari", "surface": "-nya", "role": "Wakil Menteri Perdagangan", "nth": 1},  # 1, 10, 14
        ],
        "not_quotes": [],
    },
    {
        "id": "id-tempo-09", "lang": "id", "style": "Tempo",
        "text": (
            "TEMPO.CO, Jakarta - Komisi Pemberantasan Korupsi (KPK) menetapkan seorang kepala dinas di Kabupaten "
            "Lampung Tengah sebagai tersangka kasus dugaan suap proyek jalan.\n"
            "Juru bicara KPK Ahmad Fauzan mengatakan tersangka diduga menerima uang Rp 4,2 miliar dari sejumlah "
            'kontraktor. "Uang itu diberikan agar para kontraktor mendapat paket pekerjaan," kata Fauzan di Gedung '
            "Merah Putih KPK, Jakarta, Rabu, 11 Maret 2026.\n"
            "Fauzan menuturkan penyidik telah menggeledah kantor dinas dan rumah tersangka. Dari penggeledahan itu, "
            "penyidik menyita dokumen dan uang tunai.\n"
            '"Jumlah uang tunai yang disita masih dihitung," ujar dia.\n'
            "Kuasa hukum tersangka, Yohanes Siregar, membantah kliennya menerima suap. Ia menyebut uang yang disita "
            'merupakan hasil penjualan tanah milik keluarga. "Kami punya bukti akta jual belinya," kata Yohanes saat '
            "dihubungi Tempo melalui pesan singkat.\n"
            "Peneliti Indonesia Corruption Watch (ICW) Dewi Anggraini mendesak KPK menelusuri aliran dana ke pejabat "
            "lain. Menurut dia, suap proyek jalan jarang dilakukan seorang diri. \"Pola seperti ini biasanya "
            'melibatkan lebih dari satu orang, termasuk di DPRD," tuturnya.'
        ),
        "quotes": [
            {"content": "Uang itu diberikan agar para kontraktor mendapat paket pekerjaan,",
             "speaker": "Ahmad Fauzan", "surface": "Fauzan", "role": "Juru bicara KPK", "nth": 1},  # 1, 9, 14
            {"content": "Jumlah uang tunai yang disita masih dihitung,",
             "speaker": "Ahmad Fauzan", "surface": "dia", "role": "Juru bicara KPK", "nth": 1},  # 1, 10, 14
            {"content": "Kami punya bukti akta jual belinya,",
             "speaker": "Yohanes Siregar", "surface": "Yohanes", "role": "Kuasa hukum tersangka", "nth": 1},  # 1, 9, 14
            {"content": "Pola seperti ini biasanya melibatkan lebih dari satu orang, termasuk di DPRD,",
             "speaker": "Dewi Anggraini", "surface": "-nya", "role": "Peneliti Indonesia Corruption Watch (ICW)", "nth": 1},  # 1, 10, 12, 14
        ],
        "not_quotes": [],
    },
    {
        "id": "id-kompas-12", "lang": "id", "style": "Kompas",
        "text": (
            "SEMARANG, KOMPAS.com - Banjir merendam sedikitnya 1.200 rumah di Kecamatan Genuk dan Pedurungan, Kota "
            "Semarang, Jawa Tengah, setelah hujan deras mengguyur sejak Rabu (5/2/2026) malam.\n"
            "Kepala Pelaksana Badan Penanggulangan Bencana Daerah (BPBD) Kota Semarang Yudi Hartono mengatakan "
            "ketinggian air mencapai 80 sentimeter di beberapa titik.\n"
            '"Kami sudah mengevakuasi 340 warga, sebagian besar lansia dan anak-anak, ke balai kelurahan," ujar Yudi '
            "saat ditemui di lokasi, Kamis (6/2/2026).\n"
            "Menurut Yudi, banjir diperparah oleh pompa di Rumah Pompa Kali Tenggang yang sempat mati karena "
            "gangguan listrik.\n"
            "Seorang petugas rumah pompa yang enggan disebutkan namanya membenarkan hal tersebut. \"Listrik padam "
            'sekitar dua jam, jadi pompa tidak bisa jalan," kata petugas itu.\n'
            "Wali Kota Semarang Ratna Dewi meminta warga tetap waspada karena hujan diperkirakan masih turun hingga "
            'akhir pekan. "Saya sudah minta PLN memastikan pasokan listrik ke rumah pompa tidak terganggu lagi," '
            "ucap Ratna.\n"
            "Salah satu warga Genuk, Sutrisno (58), mengatakan air mulai masuk ke rumahnya sekitar pukul 23.00 WIB. "
            '"Barang-barang tidak sempat diselamatkan. Kulkas dan kasur terendam semua," katanya.'
        ),
        "quotes": [
            {"content": "Kami sudah mengevakuasi 340 warga, sebagian besar lansia dan anak-anak, ke balai kelurahan,",
             "speaker": "Yudi Hartono", "surface": "Yudi", "role": "Kepala Pelaksana Badan Penanggulangan Bencana Daerah (BPBD) Kota Semarang", "nth": 1},  # 1, 9, 14
            {"content": "Listrik padam sekitar dua jam, jadi pompa tidak bisa jalan,",
             "speaker": "seorang petugas rumah pompa", "surface": "petugas itu", "role": "petugas rumah pompa", "nth": 1},  # 1, 13, 14
            {"content": "Saya sudah minta PLN memastikan pasokan listrik ke rumah pompa tidak terganggu lagi,",
             "speaker": "Ratna Dewi", "surface": "Ratna", "role": "Wali Kota Semarang", "nth": 1},  # 1, 9, 12, 14
            {"content": "Barang-barang tidak sempat diselamatkan. Kulkas dan kasur terendam semua,",
             "speaker": "Sutrisno", "surface": "-nya", "role": "warga Genuk", "nth": 1},  # 1, 10, 14
        ],
        "not_quotes": [],
    },
    {
        "id": "id-detik-12", "lang": "id", "style": "Detik",
        "text": (
            'Pelatih Timnas: "Kami Tidak Takut Lawan Jepang"\n'
            "Jakarta - Timnas Indonesia akan menjamu Jepang pada laga lanjutan kualifikasi Piala Dunia 2026 zona Asia "
            "di Stadion Utama Gelora Bung Karno (SUGBK), Selasa (10/6/2025).\n"
            "Pelatih Timnas Indonesia Marco Verbeek memastikan anak asuhnya siap tempur meski tanpa dua pemain inti "
            "yang cedera.\n"
            '"Kami tidak takut lawan Jepang. Kami main di rumah sendiri, di depan 70 ribu suporter," kata Verbeek '
            "dalam konferensi pers di SUGBK, Senin (9/6/2025).\n"
            "Kapten Timnas Indonesia Rizky Ramadhan menambahkan para pemain sudah melupakan kekalahan di laga "
            'sebelumnya. "Kami sudah evaluasi bersama. Sekarang fokus ke Jepang," ujar Rizky.\n'
            "Di kubu lawan, pelatih Jepang Hiroshi Tanaka menyebut Indonesia sebagai tim yang berkembang pesat. "
            '"Indonesia sekarang punya banyak pemain yang bermain di Eropa. Kami harus hati-hati," tutur Tanaka '
            "melalui penerjemah.\n"
            "Sementara itu, Ketua Umum PSSI Wahyu Nugroho mengatakan seluruh tiket laga tersebut sudah habis "
            'terjual. "Terima kasih untuk suporter. Tolong tetap tertib dan jangan bawa flare," ujarnya.'
        ),
        "quotes": [
            {"content": "Kami Tidak Takut Lawan Jepang",
             "speaker": "Pelatih Timnas", "surface": "Pelatih Timnas", "role": "Pelatih Timnas", "nth": 1},  # 1, 6, 13
            {"content": "Kami tidak takut lawan Jepang. Kami main di rumah sendiri, di depan 70 ribu suporter,",
             "speaker": "Marco Verbeek", "surface": "Verbeek", "role": "Pelatih Timnas Indonesia", "nth": 1},  # 1, 9, 14
            {"content": "Kami sudah evaluasi bersama. Sekarang fokus ke Jepang,",
             "speaker": "Rizky Ramadhan", "surface": "Rizky", "role": "Kapten Timnas Indonesia", "nth": 1},  # 1, 9, 14
            {"content": "Indonesia sekarang punya banyak pemain yang bermain di Eropa. Kami harus hati-hati,",
             "speaker": "Hiroshi Tanaka", "surface": "Tanaka", "role": "pelatih Jepang", "nth": 1},  # 1, 9, 12, 14
            {"content": "Terima kasih untuk suporter. Tolong tetap tertib dan jangan bawa flare,",
             "speaker": "Wahyu Nugroho", "surface": "-nya", "role": "Ketua Umum PSSI", "nth": 1},  # 1, 10, 14
        ],
        "not_quotes": [],
    },
    {
        "id": "id-antara-13", "lang": "id", "style": "Antara",
        "text": (
            "Mataram (ANTARA) - Dinas Kesehatan Provinsi Nusa Tenggara Barat (NTB) mencatat 86 kasus campak pada "
            "anak sepanjang Januari 2026, sebagian besar di Kabupaten Lombok Timur.\n"
            "Kepala Dinas Kesehatan Provinsi NTB Hamdan Zaini di Mataram, Kamis, mengatakan lonjakan kasus terjadi "
            "karena cakupan imunisasi campak yang turun selama beberapa tahun terakhir.\n"
            '"Cakupan imunisasi kita sempat di bawah 80 persen saat pandemi. Sekarang dampaknya terasa," kata '
            "Hamdan.\n"
            "Ia mengatakan pihaknya menggelar imunisasi kejar di 35 puskesmas mulai pekan depan. \"Kami mohon orang "
            'tua membawa anaknya, imunisasi ini gratis," ujarnya.\n'
            "Spesialis kesehatan UNICEF Indonesia Maria Ulfah menyampaikan hal senada. Menurut dia, campak sangat "
            "menular sehingga cakupan imunisasi harus di atas 95 persen.\n"
            '"Satu anak yang terinfeksi bisa menularkan ke 12 hingga 18 anak lain yang belum diimunisasi," ucap '
            "Maria.\n"
            "Seorang ibu di Desa Sakra, Lombok Timur, Nurhayati (31), mengaku sempat ragu membawa anaknya imunisasi "
            'karena khawatir efek samping. "Sekarang saya sudah paham, anak saya yang kedua langsung saya bawa ke '
            'puskesmas," katanya.'
        ),
        "quotes": [
            {"content": "Cakupan imunisasi kita sempat di bawah 80 persen saat pandemi. Sekarang dampaknya terasa,",
             "speaker": "Hamdan Zaini", "surface": "Hamdan", "role": "Kepala Dinas Kesehatan Provinsi NTB", "nth": 1},  # 1, 9, 14
            {"content": "Kami mohon orang tua membawa anaknya, imunisasi ini gratis,",
             "speaker": "Hamdan Zaini", "surface": "-nya", "role": "Kepala Dinas Kesehatan Provinsi NTB", "nth": 1},  # 1, 10, 14
            {"content": "Satu anak yang terinfeksi bisa menularkan ke 12 hingga 18 anak lain yang belum diimunisasi,",
             "speaker": "Maria Ulfah", "surface": "Maria", "role": "Spesialis kesehatan UNICEF Indonesia", "nth": 1},  # 1, 9, 12, 14
            {"content": "Sekarang saya sudah paham, anak saya yang kedua langsung saya bawa ke puskesmas,",
             "speaker": "Nurhayati", "surface": "-nya", "role": "ibu di Desa Sakra, Lombok Timur", "nth": 1},  # 1, 8, 10, 14
        ],
        "not_quotes": [],
    },
    {
        "id": "id-tempo-10", "lang": "id", "style": "Tempo",
        "text": (
            "TEMPO.CO, Jakarta - Pemerintah memutuskan mengimpor 1 juta ton beras tahun ini untuk menjaga cadangan "
            "beras pemerintah (CBP) di atas 2 juta ton.\n"
            "Menteri Koordinator Bidang Pangan Surya Atmaja mengatakan keputusan itu diambil dalam rapat koordinasi "
            "terbatas di kantornya, Selasa, 3 Februari 2026. \"Produksi dalam negeri turun karena musim tanam mundur. "
            'Impor ini untuk jaga-jaga," kata Surya.\n'
            "Direktur Utama Perum Bulog Teguh Wicaksono menyatakan Bulog siap menyerap beras impor tersebut. Menurut "
            "dia, gudang Bulog di seluruh Indonesia masih mampu menampung 1,5 juta ton lagi.\n"
            '"Kapasitas gudang cukup. Beras akan kami sebar ke daerah defisit lebih dulu," ujar Teguh.\n'
            "Keputusan ini dikritik kalangan petani. Ketua Umum Serikat Petani Indonesia (SPI) Darmin Sihombing "
            "menilai impor akan menekan harga gabah di tingkat petani menjelang panen raya.\n"
            '"Setiap kali pemerintah umumkan impor, tengkulak langsung menurunkan harga beli gabah. Petani yang '
            'rugi," kata Darmin saat dihubungi, Rabu, 4 Februari 2026.\n'
            "Anggota Komisi IV DPR, Rina Hapsari, meminta pemerintah membuka data produksi beras secara transparan. "
            '"Jangan sampai impor diputuskan dengan data yang berbeda-beda antar-lembaga," ucap politikus Partai '
            "Golkar itu."
        ),
        "quotes": [
            {"content": "Produksi dalam negeri turun karena musim tanam mundur. Impor ini untuk jaga-jaga,",
             "speaker": "Surya Atmaja", "surface": "Surya", "role": "Menteri Koordinator Bidang Pangan", "nth": 1},  # 1, 9, 14
            {"content": "Kapasitas gudang cukup. Beras akan kami sebar ke daerah defisit lebih dulu,",
             "speaker": "Teguh Wicaksono", "surface": "Teguh", "role": "Direktur Utama Perum Bulog", "nth": 1},  # 1, 9, 14
            {"content": "Setiap kali pemerintah umumkan impor, tengkulak langsung menurunkan harga beli gabah. Petani yang rugi,",
             "speaker": "Darmin Sihombing", "surface": "Darmin", "role": "Ketua Umum Serikat Petani Indonesia (SPI)", "nth": 1},  # 1, 9, 14
            {"content": "Jangan sampai impor diputuskan dengan data yang berbeda-beda antar-lembaga,",
             "speaker": "Rina Hapsari", "surface": "politikus Partai Golkar itu", "role": "Anggota Komisi IV DPR", "nth": 1},  # 1, 13, 14
        ],
        "not_quotes": [],
    },
]

HELD_OUT: dict[str, int] = {
    **dict.fromkeys(("en-reuters-07", "en-reuters-08", "en-ap-06", "en-ap-07", "en-afp-05", "en-bbc-06",
                     "en-guardian-07", "en-wire-07", "id-kompas-08", "id-kompas-09", "id-detik-07", "id-detik-08",
                     "id-antara-08", "id-antara-09", "id-tempo-07", "id-cnn-07"), 1),
    **dict.fromkeys(("en-afp-06", "en-guardian-08", "en-reuters-09", "en-ap-08", "id-antara-10", "id-kompas-10",
                     "id-detik-09", "id-tempo-08"), 2),
    **dict.fromkeys(("en-politico-01", "en-reuters-10", "en-ap-09", "en-guardian-10", "en-reuters-11", "en-ap-10",
                     "en-politico-02", "en-guardian-11", "en-nyt-01", "id-kompas-11", "id-detik-11", "id-antara-12",
                     "id-tempo-09", "id-kompas-12", "id-detik-12", "id-antara-13", "id-tempo-10"), 3),
    **dict.fromkeys((passage["id"] for passage in WEB_PASSAGES), 4),
    **dict.fromkeys((passage["id"] for passage in WEB5_PASSAGES), 5),
}
"""Passages held out of the work on speakers, by batch: each batch was written before the rules it measures
were changed and is not read while fixing them (batch 1 for the speaker rules of issue 11; batch 2 for the
attribution fixes of a long appositive after a quote, a place and day between a speaker and the verb, a role
with no name, a headline "Name: ..." and an acronym organisation; batch 3, 9 English passages of political and
wire copy with many speakers and 8 Indonesian ones, for the fixes of a long title before the verb after a
quote, a pronoun never meaning an acronym, a demonstrative role, long names and a person's name after role
words; batch 4, ``tests/data/quote_passages_web.py``: English, Indonesian and Malay passages with blank lines
between paragraphs as text scraped from web pages, for the fixes of multi-paragraph quotes over blank lines and the
speaker leads listed with it; batch 5, ``tests/data/quote_passages_web5.py``: web text with headlines and
sub-heads that carry quotes, for the fixes of headline attributions after a dash or colon, Malay and Indonesian
appositives after the verb, ``beliau yang juga``, unnamed sources and scare quotes)."""

PASSAGES.extend(WEB_PASSAGES)
PASSAGES.extend(WEB5_PASSAGES)
