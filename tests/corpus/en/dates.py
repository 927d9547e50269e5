"""English corpus for time: date and duration claims.

The texts are written the way English-language wire and newspaper copy is written (Reuters, AP, BBC, The Guardian,
The Jakarta Post): whole sentences, house styles included (AP ``Feb. 24, 2022`` and ``Sept. 11, 2001``, Reuters
``Aug 26, 2025``, BBC and Guardian ``24 February 2022``, ``3 p.m.``, ``10:30 a.m.``, ``mid-2023``).

What it covers, one group per rule of docs/claims.md ("date", "duration", "Spans"):

- full dates: ``February 24, 2022``, ``Feb. 24, 2022``, ``Aug 26, 2025``, ``24 February 2022``, with a weekday
  (``Tuesday, Aug. 26, 2025``, ``Wednesday, 14 February 2024``: one claim, weekday in the span), numeric
  (``2022-02-24``; ``8/26/2025`` month first in US copy, ``26/08/2025`` day first in British copy; every numeric
  example has a day above 12, so only one reading is possible);
- partial dates: a month and day without a year (``Feb. 24``: ``XXXX-02-24``, relative, resolved to the most recent
  one on or before the reference date), month and year (``December 2009``), a month alone (``XXXX-11``), years
  (``in 2014`` → ``2014``, ``since 2019``, ``by 2050``), parts of a period (``late 2024``, ``early 2025``,
  ``mid-2023``, ``late last year``), quarters and halves (``Q3 2025``, ``H1 2025``), decades (``1990s`` → ``199X``);
- relative dates, resolved against ``reference_date``: ``yesterday``, ``today``, ``tomorrow``, ``two days ago``,
  a weekday alone (``on Friday`` → ``Friday``: the most recent Friday on or before the reference date),
  ``next Monday`` (the Monday of the following week), ``last week`` / ``this week`` / ``next week`` (ISO weeks),
  ``last month`` / ``next month``, ``last September``, ``last year`` / ``this year`` / ``next year``,
  ``three years ago``, ``a year ago``, ``six months ago``;
- intervals: ``2006-2012``, ``1998–2004``, ``from 2019 to 2021`` → ``2019 to 2021``, ``between 2010 and 2020`` →
  ``2010 and 2020``, ``between March and May`` → ``March and May`` (``XXXX-03/XXXX-05``), ``March 1-3, 2024``,
  ``1-3 July 2024``, ``from January to March 2024``;
- clock times alone: ``at 3 p.m.`` → ``3 p.m.`` (``T15:00``), ``10:30 a.m.``, ``3 p.m. WIB`` (``T15:00+07:00``);
- durations: ``three weeks`` (``P3W``), ``a decade`` (``P10Y``), ``six months``, ``10 years in prison`` →
  ``10 years``, fractions (``two and a half years`` → ``P30M``, ``1.5 years`` → ``P18M``, ``half an hour`` →
  ``PT30M``, ``1.5 months`` → ``P1.5M``), compound lengths (``two years and three months`` → ``P27M``,
  ``an hour and 45 minutes`` → ``PT105M``), comparators outside the span (``more than 20 years`` → ``20 years``);
- the line between a duration and a relative date: ``a year`` is ``P1Y``, ``a year ago`` is a date.

NEGATIVES are texts with no date or duration claim: ``may`` the verb, ``march`` the verb, ``May`` and ``Sunday`` in
names, counts, scores, phone numbers, article numbers, ``COVID-19``, version numbers, ``24/7``, money and percent
figures, frequencies (``annual``, ``weekly``) and vague spans (``several weeks``, ``for years``, ``for hours``).

Conventions: ``resolved`` is given only on examples with a ``reference_date`` (and equals ``iso`` for an absolute
date); ``iso`` is ``None`` for a date placed only relative to the day of writing; a weekday name alone has no
``iso``; keys not given are not checked. Sentences avoid ages (``a 45-year-old``), hyphenated adjectives
(``a two-day summit``), rates (``$5bn a year``), future spans (``in three weeks``, ``within 24 hours``), day parts
(``Monday night``, ``this morning``), ``the past``/``the coming`` and vague words (``now``, ``recently``,
``over the weekend``) so that every claim in them is listed. English clock times stay apart from dates here.
"""

from __future__ import annotations

from tests.corpus.spec import C, Ex

KINDS = ("date", "duration")

EXAMPLES: list[Ex] = [
    # ------------------------------------------------------------------------------------------------------------
    # Full dates: month day, year (US) and day month year (British)
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Russia launched its full-scale invasion of Ukraine on February 24, 2022.",
        C("date", "February 24, 2022", iso="2022-02-24", relative=False, granularity="day"),
    ),
    Ex(
        "KYIV, Ukraine (AP) — Russian troops crossed into Ukraine from three directions on Feb. 24, 2022.",
        C("date", "Feb. 24, 2022", iso="2022-02-24", relative=False, granularity="day"),
    ),
    Ex(
        "Russia invaded Ukraine on 24 February 2022, triggering the largest refugee crisis in Europe since the "
        "Second World War.",
        C("date", "24 February 2022", iso="2022-02-24", relative=False, granularity="day"),
    ),
    Ex(
        "Neil Armstrong became the first person to walk on the moon on July 20, 1969.",
        C("date", "July 20, 1969", iso="1969-07-20", granularity="day"),
    ),
    Ex(
        "Nearly 3,000 people were killed in the Sept. 11, 2001, attacks on New York and Washington.",
        C("date", "Sept. 11, 2001", iso="2001-09-11", granularity="day"),
    ),
    Ex(
        "An earthquake and tsunami struck countries around the Indian Ocean on December 26, 2004.",
        C("date", "December 26, 2004", iso="2004-12-26", granularity="day"),
    ),
    Ex(
        "Supporters of Donald Trump stormed the US Capitol on 6 January 2021.",
        C("date", "6 January 2021", iso="2021-01-06", granularity="day"),
    ),
    Ex(
        "Hamas-led militants attacked southern Israel on Oct. 7, 2023, killing about 1,200 people.",
        C("date", "Oct. 7, 2023", iso="2023-10-07", granularity="day"),
    ),
    Ex(
        "More than 200 million Indonesians were eligible to vote in the elections held on 14 February 2024.",
        C("date", "14 February 2024", iso="2024-02-14", granularity="day"),
    ),
    Ex(
        "Donald Trump was sworn in for a second term on Jan. 20, 2025.",
        C("date", "Jan. 20, 2025", iso="2025-01-20", granularity="day"),
    ),
    Ex(
        "The World Health Organization declared COVID-19 a pandemic on March 11, 2020.",
        C("date", "March 11, 2020", iso="2020-03-11", granularity="day"),
        note="COVID-19 is a name; 'March' beside a day is the month",
    ),
    Ex(
        "Britain formally left the European Union on 31 January 2020.",
        C("date", "31 January 2020", iso="2020-01-31", granularity="day"),
    ),
    Ex(
        "Queen Elizabeth II died at Balmoral on 8 September 2022.",
        C("date", "8 September 2022", iso="2022-09-08", granularity="day"),
    ),
    Ex(
        "The Bank of England cut interest rates to 4.25% on May 8, 2025.",
        C("date", "May 8, 2025", iso="2025-05-08", granularity="day"),
        note="'May' beside a day and a year is the month",
    ),
    Ex(
        "Americans went to the polls on Nov. 5, 2024, after a campaign dominated by the economy.",
        C("date", "Nov. 5, 2024", iso="2024-11-05", granularity="day"),
    ),
    Ex(
        "JAKARTA (Reuters) - Indonesia's central bank unexpectedly cut its benchmark rate on Jan 15, 2025.",
        C("date", "Jan 15, 2025", iso="2025-01-15", granularity="day"),
    ),
    Ex(
        "Prabowo Subianto and Gibran Rakabuming Raka were sworn in as president and vice president on Oct. 20, "
        "2024.",
        C("date", "Oct. 20, 2024", iso="2024-10-20", granularity="day"),
    ),
    Ex(
        "The trial is scheduled to begin on Sept. 3, 2025, in federal court in Manhattan.",
        C("date", "Sept. 3, 2025", iso="2025-09-03", granularity="day"),
    ),
    Ex(
        "Mount Marapi in West Sumatra erupted on 3 December 2023, killing 24 climbers.",
        C("date", "3 December 2023", iso="2023-12-03", granularity="day"),
    ),
    Ex(
        "The suspect has been held in custody since 12 July 2025, police said.",
        C("date", "12 July 2025", iso="2025-07-12", resolved="2025-07-12", granularity="day"),
        reference_date="2025-07-20",
        note="an absolute date resolves to itself",
    ),
    Ex(
        "The summit runs June 6 to 9 in Kananaskis; the talks went on from June 15 through 17.",
        C("date", "June 6 to 9", iso="XXXX-06-06/XXXX-06-09", resolved="2025-06-06/2025-06-09"),
        C("date", "June 15 through 17", iso="XXXX-06-15/XXXX-06-17"),
        reference_date="2025-06-07",
        note="a word joins a month's days as a dash does; a span that holds the reference date is this year's",
    ),
    Ex(
        "Support rose from June 15 to 17 percent.",
        C("date", "June 15", iso="XXXX-06-15"),
        note="'to' before a percentage leads to the figure, not to a day",
    ),
    Ex(
        "The verdict was delivered on May 8, 2025; the appeal had been lodged on Feb. 6, 2025.",
        C("date", "May 8, 2025", iso="2025-05-08", granularity="day"),
        C("date", "Feb. 6, 2025", iso="2025-02-06", granularity="day"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Full dates with a weekday: one claim, weekday in the span
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "A federal judge in Manhattan held the hearing on Tuesday, Aug. 26, 2025.",
        C("date", "Tuesday, Aug. 26, 2025", iso="2025-08-26", relative=False, granularity="day"),
    ),
    Ex(
        "Indonesians went to the polls on Wednesday, 14 February 2024, to choose a new president.",
        C("date", "Wednesday, 14 February 2024", iso="2024-02-14", granularity="day"),
    ),
    Ex(
        "The Senate voted on Monday, March 10, 2025, to advance the spending bill.",
        C("date", "Monday, March 10, 2025", iso="2025-03-10", granularity="day"),
    ),
    Ex(
        "The central bank announced its decision on Wednesday, Jan. 15, 2025.",
        C("date", "Wednesday, Jan. 15, 2025", iso="2025-01-15", granularity="day"),
    ),
    Ex(
        "President Prabowo Subianto delivered his state of the nation address in Jakarta on Friday, 15 August 2025.",
        C("date", "Friday, 15 August 2025", iso="2025-08-15", granularity="day"),
    ),
    Ex(
        "Indonesia's parliament passed the revised military law on Thursday, 20 March 2025.",
        C("date", "Thursday, 20 March 2025", iso="2025-03-20", granularity="day"),
    ),
    Ex(
        "The attack began on Saturday, Oct. 7, 2023, a Jewish holiday.",
        C("date", "Saturday, Oct. 7, 2023", iso="2023-10-07", granularity="day"),
    ),
    Ex(
        "Police said the protest was held on Tuesday, Aug. 26, outside the parliament building.",
        C("date", "Tuesday, Aug. 26", iso="XXXX-08-26", resolved="2025-08-26", relative=False, granularity="day"),
        reference_date="2025-08-28",
        note="a weekday and a date without a year: relative, resolved from the reference date",
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Numeric dates: ISO, US month/day/year, British day/month/year
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "The file's metadata shows it was created on 2022-02-24.",
        C("date", "2022-02-24", iso="2022-02-24", granularity="day"),
    ),
    Ex(
        "The court filing, dated 8/26/2025, lists 14 defendants.",
        C("date", "8/26/2025", iso="2025-08-26", granularity="day"),
        note="US copy: month first",
    ),
    Ex(
        "According to a police report dated 12/25/2024, the fire started in the kitchen.",
        C("date", "12/25/2024", iso="2024-12-25", granularity="day"),
    ),
    Ex(
        "The council's letter, dated 26/08/2025, gave residents notice of the demolition.",
        C("date", "26/08/2025", iso="2025-08-26", granularity="day"),
        note="British copy: day first",
    ),
    Ex(
        "The ministry's circular, signed on 19/3/2025, ordered schools to reopen.",
        C("date", "19/3/2025", iso="2025-03-19", granularity="day"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Month and day without a year: XXXX-MM-DD, relative, resolved to the most recent one on or before
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Russian forces invaded Ukraine on Feb. 24, prompting Western sanctions.",
        C("date", "Feb. 24", iso="XXXX-02-24", resolved="2022-02-24", relative=False, granularity="day"),
        reference_date="2022-03-10",
    ),
    Ex(
        "The ceasefire between Israel and Hamas took effect on 19 January.",
        C("date", "19 January", iso="XXXX-01-19", resolved="2025-01-19", relative=False, granularity="day"),
        reference_date="2025-01-25",
    ),
    Ex(
        "The two countries signed the free trade agreement on December 20.",
        C("date", "December 20", iso="XXXX-12-20", resolved="2024-12-20", relative=False, granularity="day"),
        reference_date="2025-01-15",
        note="the most recent 20 December before a January reference date is in the previous year",
    ),
    Ex(
        "Several pollsters released quick count results on Feb. 14.",
        C("date", "Feb. 14", iso="XXXX-02-14", resolved="2024-02-14", relative=False, granularity="day"),
        reference_date="2024-02-14",
        note="on or before: the reference day itself",
    ),
    Ex(
        "The new tariffs took effect on July 1, the commerce ministry said.",
        C("date", "July 1", iso="XXXX-07-01", resolved="2025-07-01", relative=False, granularity="day"),
        reference_date="2025-07-10",
    ),
    Ex(
        "Applications must be submitted by March 31.",
        C("date", "March 31", iso="XXXX-03-31", relative=False, granularity="day"),
        note="no reference date: nothing resolved",
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Month and year; a month alone
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Annual inflation stood at 2.78% in December 2009.",
        C("date", "December 2009", iso="2009-12", relative=False, granularity="month"),
        note="'Annual' is a frequency, not a duration",
    ),
    Ex(
        "Indonesia posted a trade surplus of $4.17 billion in July 2025, Statistics Indonesia said.",
        C("date", "July 2025", iso="2025-07", granularity="month"),
    ),
    Ex(
        "The former executive has been in detention since March 2023.",
        C("date", "March 2023", iso="2023-03", granularity="month"),
    ),
    Ex(
        "The Jakarta-Bandung high-speed railway began commercial operations in October 2023.",
        C("date", "October 2023", iso="2023-10", granularity="month"),
    ),
    Ex(
        "Ryanair said passenger numbers rose 4% in May 2024.",
        C("date", "May 2024", iso="2024-05", granularity="month"),
    ),
    Ex(
        "The trade fair is scheduled to take place in November.",
        C("date", "November", iso="XXXX-11", relative=False, granularity="month"),
    ),
    Ex(
        "October was the wettest month on record, and payrolls rebounded from a hurricane-hit October.",
        C("date", "October", iso="XXXX-10", resolved="2024-10", relative=False, granularity="month"),
        C("date", "October", iso="XXXX-10", resolved="2024-10", relative=False, granularity="month", nth=2),
        reference_date="2024-12-06",
        note="a month's full name stands alone as a month, with no cue before it",
    ),
    Ex(
        "June Carter sang there, and the film Red October opened in March 1990.",
        C("date", "March 1990", iso="1990-03", granularity="month"),
        note="a capitalised word beside a month's name makes it part of a name",
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Years: the preposition (in, since, by) stays outside the span
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Joko Widodo was first elected president in 2014.",
        C("date", "2014", iso="2014", relative=False, granularity="year"),
    ),
    Ex(
        "Inflation has stayed above the central bank's target since 2019.",
        C("date", "2019", iso="2019", granularity="year"),
    ),
    Ex(
        "The government aims to reach net-zero emissions by 2050.",
        C("date", "2050", iso="2050", granularity="year"),
    ),
    Ex(
        "In 1998, the Asian financial crisis toppled Suharto after more than three decades in power.",
        C("date", "1998", iso="1998", granularity="year"),
        C("duration", "three decades", iso="P30Y", comparator="gt"),
    ),
    Ex(
        "The company was founded in 1971 and listed on the Jakarta stock exchange in 2007.",
        C("date", "1971", iso="1971", granularity="year"),
        C("date", "2007", iso="2007", granularity="year"),
    ),
    Ex(
        "Global temperatures in 2024 were the highest on record, the Copernicus service said.",
        C("date", "2024", iso="2024", granularity="year"),
    ),
    Ex(
        "Since 2015, the government has built more than 2,000 kilometres of toll roads.",
        C("date", "2015", iso="2015", granularity="year"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Parts of a period: early / mid / late → modifier start / mid / end
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "The toll road was due to be completed in late 2024.",
        C("date", "late 2024", iso="2024", modifier="end", granularity="year"),
    ),
    Ex(
        "Rice prices began to fall in early 2025 as the main harvest arrived.",
        C("date", "early 2025", iso="2025", modifier="start", granularity="year"),
    ),
    Ex(
        "Dengue cases have surged since mid-2023, according to the health ministry.",
        C("date", "mid-2023", iso="2023", modifier="mid", granularity="year"),
    ),
    Ex(
        "The contract expired in late June 2024.",
        C("date", "late June 2024", iso="2024-06", modifier="end", granularity="month"),
    ),
    Ex(
        "The textile factory halted production in late last year.",
        C("date", "late last year", iso=None, resolved="2024", relative=True, modifier="end", granularity="year"),
        reference_date="2025-03-06",
    ),
    Ex(
        "Chilli prices have soared since early this year, traders said.",
        C("date", "early this year", iso=None, resolved="2025", relative=True, modifier="start",
          granularity="year"),
        reference_date="2025-06-11",
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Quarters and halves
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Indonesia's economy grew 5.04% year on year in Q3 2025.",
        C("date", "Q3 2025", iso="2025-Q3", granularity="quarter"),
    ),
    Ex(
        "The lender's net profit fell 12% in Q1 2024.",
        C("date", "Q1 2024", iso="2024-Q1", granularity="quarter"),
    ),
    Ex(
        "Foreign direct investment reached $27.8 billion in H1 2025.",
        C("date", "H1 2025", iso="2025-H1", granularity="half"),
    ),
    Ex(
        "Car sales slumped in Q4 2024 before recovering in Q1 2025.",
        C("date", "Q4 2024", iso="2024-Q4", granularity="quarter"),
        C("date", "Q1 2025", iso="2025-Q1", granularity="quarter"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Decades
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Indonesia's textile industry reached its peak in the 1990s.",
        C("date", "1990s", iso="199X", granularity="decade"),
    ),
    Ex(
        "The neighbourhood was first settled in the 1980s.",
        C("date", "1980s", iso="198X", granularity="decade"),
    ),
    Ex(
        "Smartphones spread rapidly across Southeast Asia in the 2010s.",
        C("date", "2010s", iso="201X", granularity="decade"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Relative days: yesterday, today, tomorrow, N days ago
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Police said both suspects were arrested yesterday in a boarding house in Depok.",
        C("date", "yesterday", iso=None, resolved="2025-08-26", relative=True, granularity="day"),
        reference_date="2025-08-27",
    ),
    Ex(
        "Yesterday, the president visited flood-hit areas of Bekasi.",
        C("date", "Yesterday", iso=None, resolved="2025-02-28", relative=True, granularity="day"),
        reference_date="2025-03-01",
    ),
    Ex(
        "Gold prices rose 1.2% today as investors sought safe havens.",
        C("date", "today", iso=None, resolved="2025-10-15", relative=True, granularity="day"),
        reference_date="2025-10-15",
    ),
    Ex(
        "The court will deliver its verdict tomorrow, a spokesman said.",
        C("date", "tomorrow", iso=None, resolved="2025-12-04", relative=True, granularity="day"),
        reference_date="2025-12-03",
    ),
    Ex(
        "The climber was reported missing two days ago.",
        C("date", "two days ago", iso=None, resolved="2025-08-25", relative=True, granularity="day"),
        reference_date="2025-08-27",
    ),
    Ex(
        "The market fire broke out three days ago and destroyed 200 stalls.",
        C("date", "three days ago", iso=None, resolved="2025-02-28", relative=True, granularity="day"),
        reference_date="2025-03-03",
        note="three days before 3 March 2025 crosses the end of February",
    ),
    Ex(
        "The rupiah weakened yesterday but strengthened today.",
        C("date", "yesterday", iso=None, resolved="2024-12-31", relative=True, granularity="day"),
        C("date", "today", iso=None, resolved="2025-01-01", relative=True, granularity="day"),
        reference_date="2025-01-01",
    ),
    # ------------------------------------------------------------------------------------------------------------
    # A weekday alone: the most recent such day on or before the reference date
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "The president inspected the collapsed embankment in Bekasi on Monday.",
        C("date", "Monday", iso=None, resolved="2025-09-01", relative=True, granularity="day"),
        reference_date="2025-09-03",
    ),
    Ex(
        "The ferry sank in the Bali Strait on Friday, the search and rescue agency said.",
        C("date", "Friday", iso=None, resolved="2025-08-22", relative=True, granularity="day"),
        reference_date="2025-08-27",
    ),
    Ex(
        "No Indonesians were among the victims, the foreign ministry said Monday.",
        C("date", "Monday", iso=None, resolved="2025-09-01", relative=True, granularity="day"),
        reference_date="2025-09-01",
        note="AP style drops 'on'; the reference day is itself a Monday",
    ),
    Ex(
        "Thousands of people joined a peaceful rally at the Hotel Indonesia roundabout on Saturday.",
        C("date", "Saturday", iso=None, resolved="2025-08-30", relative=True, granularity="day"),
        reference_date="2025-08-31",
    ),
    Ex(
        "Rescuers found the wreckage of the plane on a mountainside on Wednesday.",
        C("date", "Wednesday", iso=None, resolved="2025-01-15", relative=True, granularity="day"),
        reference_date="2025-01-17",
    ),
    Ex(
        "Voters in the state go to the polls on Sunday.",
        C("date", "Sunday", iso=None, resolved="2025-08-31", relative=True, granularity="day"),
        reference_date="2025-08-31",
    ),
    Ex(
        "The trial will resume next Monday, the judge said.",
        C("date", "next Monday", iso=None, resolved="2025-09-01", relative=True, granularity="day"),
        reference_date="2025-08-27",
    ),
    Ex(
        "The electoral commission will publish the final candidate list next Thursday.",
        C("date", "next Thursday", iso=None, resolved="2025-10-23", relative=True, granularity="day"),
        reference_date="2025-10-15",
        note="the Thursday of the following week, even though a Thursday comes sooner",
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Weeks: last week / this week / next week → ISO week
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Onion prices at Jakarta's main wholesale market have risen sharply since last week.",
        C("date", "last week", iso=None, resolved="2024-W26", relative=True, granularity="week"),
        reference_date="2024-07-03",
    ),
    Ex(
        "Parliament is expected to vote on the bill this week.",
        C("date", "this week", iso=None, resolved="2025-W42", relative=True, granularity="week"),
        reference_date="2025-10-15",
    ),
    Ex(
        "The government will unveil a stimulus package next week.",
        C("date", "next week", iso=None, resolved="2025-W50", relative=True, granularity="week"),
        reference_date="2025-12-03",
    ),
    Ex(
        "The governor signed the decree last week.",
        C("date", "last week", iso=None, resolved="2026-W01", relative=True, granularity="week"),
        reference_date="2026-01-07",
    ),
    Ex(
        "Markets will be closed for two days this week.",
        C("duration", "two days", iso="P2D"),
        C("date", "this week", iso=None, resolved="2025-W01", relative=True, granularity="week"),
        reference_date="2024-12-31",
        note="31 December 2024 falls in ISO week 2025-W01",
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Months: last month / this month / next month, "last September", N months ago
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "China held joint military exercises with Russia last September.",
        C("date", "last September", iso=None, resolved="2023-09", relative=True, granularity="month"),
        reference_date="2024-07-04",
    ),
    Ex(
        "Retail sales fell 2.1% last month, a central bank survey showed.",
        C("date", "last month", iso=None, resolved="2024-12", relative=True, granularity="month"),
        reference_date="2025-01-15",
    ),
    Ex(
        "New bus fares in Jakarta take effect next month.",
        C("date", "next month", iso=None, resolved="2026-01", relative=True, granularity="month"),
        reference_date="2025-12-03",
    ),
    Ex(
        "The ministry opened registration for hajj officials this month.",
        C("date", "this month", iso=None, resolved="2025-10", relative=True, granularity="month"),
        reference_date="2025-10-15",
    ),
    Ex(
        "The victim reported the assault to police last March.",
        C("date", "last March", iso=None, resolved="2024-03", relative=True, granularity="month"),
        reference_date="2025-03-06",
        note="the most recent March before the reference month; 'last' makes 'March' a month",
    ),
    Ex(
        "The two suspects were arrested six months ago in Batam.",
        C("date", "six months ago", iso=None, resolved="2024-07", relative=True, granularity="month"),
        reference_date="2025-01-15",
    ),
    Ex(
        "The battery plant started production last December.",
        C("date", "last December", iso=None, resolved="2024-12", relative=True, granularity="month"),
        reference_date="2025-01-15",
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Years: last year / this year / next year, N years ago
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "The poverty rate fell to 8.57% from 9.03% last year.",
        C("date", "last year", iso=None, resolved="2024", relative=True, granularity="year"),
        reference_date="2025-08-27",
    ),
    Ex(
        "The government expects the economy to grow 5.2% this year.",
        C("date", "this year", iso=None, resolved="2025", relative=True, granularity="year"),
        reference_date="2025-08-27",
    ),
    Ex(
        "Next year, the education budget will rise to 757.8 trillion rupiah.",
        C("date", "Next year", iso=None, resolved="2026", relative=True, granularity="year"),
        reference_date="2025-08-27",
    ),
    Ex(
        "The school was built three years ago with provincial funds.",
        C("date", "three years ago", iso=None, resolved="2022", relative=True, granularity="year"),
        reference_date="2025-08-27",
    ),
    Ex(
        "Five years ago, the area was still a mangrove forest.",
        C("date", "Five years ago", iso=None, resolved="2020", relative=True, granularity="year"),
        reference_date="2025-08-27",
    ),
    Ex(
        "Aceh marked the anniversary of the tsunami that struck the province 20 years ago.",
        C("date", "20 years ago", iso=None, resolved="2004", relative=True, granularity="year"),
        reference_date="2024-12-26",
    ),
    Ex(
        "Rice output this year is forecast to be lower than last year because of El Nino.",
        C("date", "this year", iso=None, resolved="2023", relative=True, granularity="year"),
        C("date", "last year", iso=None, resolved="2022", relative=True, granularity="year"),
        reference_date="2023-10-07",
    ),
    Ex(
        "Last year, Bali welcomed 6.3 million foreign tourists.",
        C("date", "Last year", iso=None, resolved="2024", relative=True, granularity="year"),
        reference_date="2025-01-15",
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Intervals: the span covers both ends, the opener (from, between) stays outside
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Prosecutors said the losses to the state occurred over the period 2006-2012.",
        C("date", "2006-2012", iso="2006/2012", granularity="year"),
    ),
    Ex(
        "She served as finance minister in 2005–2010 and again from 2016 to 2024.",
        C("date", "2005–2010", iso="2005/2010", granularity="year"),
        C("date", "2016 to 2024", iso="2016/2024", granularity="year"),
        note="an en dash joins the ends like a hyphen",
    ),
    Ex(
        "The suspect allegedly embezzled village funds from 2019 to 2021.",
        C("date", "2019 to 2021", iso="2019/2021", granularity="year"),
    ),
    Ex(
        "Derby's record low was set in the 2007-08 season, and the 2011-12 budget was cut; sales data for 2024-08 "
        "came later.",
        C("date", "2007-08", iso="2007/2008", granularity="year"),
        C("date", "2011-12", iso="2011/2012", granularity="year"),
        C("date", "2024-08", iso="2024-08", granularity="month"),
        note="a year and the next year's last two digits are a season or a fiscal year, though they read as a month",
    ),
    Ex(
        "Unemployment in the city doubled between 2010 and 2020.",
        C("date", "2010 and 2020", iso="2010/2020", granularity="year"),
    ),
    Ex(
        "Most of the rain falls between March and May, the weather agency said.",
        C("date", "March and May", iso="XXXX-03/XXXX-05", granularity="month"),
        note="'between' makes both 'March' and 'May' months",
    ),
    Ex(
        "Wildfires are most frequent between June and August.",
        C("date", "June and August", iso="XXXX-06/XXXX-08", granularity="month"),
    ),
    Ex(
        "The summit took place on March 1-3, 2024, in Singapore.",
        C("date", "March 1-3, 2024", iso="2024-03-01/2024-03-03", granularity="day"),
    ),
    Ex(
        "The conference was held on 1-3 July 2024 in Nusa Dua, Bali.",
        C("date", "1-3 July 2024", iso="2024-07-01/2024-07-03", granularity="day"),
    ),
    Ex(
        "The country ran a trade surplus from January to March 2024.",
        C("date", "January to March 2024", iso="2024-01/2024-03", granularity="month"),
    ),
    Ex(
        "Suharto ruled Indonesia for 32 years, from 1966 to 1998.",
        C("duration", "32 years", iso="P32Y"),
        C("date", "1966 to 1998", iso="1966/1998", granularity="year"),
    ),
    Ex(
        "Protests in Jakarta on Aug. 25-28, 2025, led to a cabinet reshuffle.",
        C("date", "Aug. 25-28, 2025", iso="2025-08-25/2025-08-28", granularity="day"),
    ),
    Ex(
        "The audit covers transactions from January 2024 to March 2025.",
        C("date", "January 2024 to March 2025", iso="2024-01/2025-03", granularity="month"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Clock times alone: "at" stays outside the span; never a quantity
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Protesters began to disperse at 3 p.m. after their representatives met lawmakers.",
        C("date", "3 p.m.", iso="T15:00", granularity="time"),
    ),
    Ex(
        "The rupiah weakened 0.4% at 10:30 a.m., traders said.",
        C("date", "10:30 a.m.", iso="T10:30", granularity="time"),
    ),
    Ex(
        "The plane landed at 7:45 p.m., about two hours behind schedule.",
        C("date", "7:45 p.m.", iso="T19:45", granularity="time"),
        C("duration", "two hours", iso="PT2H", comparator="approx"),
    ),
    Ex(
        "Polling stations opened at 7 a.m. and closed at 1 p.m.",
        C("date", "7 a.m.", iso="T07:00", granularity="time"),
        C("date", "1 p.m.", iso="T13:00", granularity="time"),
    ),
    Ex(
        "The magnitude 6.1 quake struck at 6:15 a.m., the geophysics agency said.",
        C("date", "6:15 a.m.", iso="T06:15", granularity="time"),
    ),
    Ex(
        "The first train left Gambir station at 3 p.m. WIB.",
        C("date", "3 p.m. WIB", iso="T15:00+07:00", granularity="time"),
        note="a zone after the clock time is in the span and gives the offset",
    ),
    Ex(
        "By 11 p.m., firefighters had brought the blaze under control.",
        C("date", "11 p.m.", iso="T23:00", granularity="time"),
    ),
    Ex(
        "Rolling blackouts started at 12:30 p.m. and lasted for three hours.",
        C("date", "12:30 p.m.", iso="T12:30", granularity="time"),
        C("duration", "three hours", iso="PT3H"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Durations: amount and unit in the span, "for" and comparators outside
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "The SCO summit, which lasted two days, discussed security cooperation.",
        C("duration", "two days", iso="P2D"),
    ),
    Ex(
        "Rescuers searched the area for three weeks before the operation was called off.",
        C("duration", "three weeks", iso="P3W"),
    ),
    Ex(
        "The revitalisation of the old town took a decade to complete.",
        C("duration", "a decade", iso="P10Y"),
    ),
    Ex(
        "A court sentenced the former governor to 10 years in prison for corruption.",
        C("duration", "10 years", iso="P10Y"),
    ),
    Ex(
        "The land dispute has dragged on for more than 20 years.",
        C("duration", "20 years", iso="P20Y", comparator="gt"),
    ),
    Ex(
        "The two sides played out a goalless draw over 90 minutes at Gelora Bung Karno stadium.",
        C("duration", "90 minutes", iso="PT90M"),
    ),
    Ex(
        "Survivors of the quake have lived in tents for six months.",
        C("duration", "six months", iso="P6M"),
    ),
    Ex(
        "The dam project is running two and a half years behind schedule.",
        C("duration", "two and a half years", iso="P30M"),
    ),
    Ex(
        "The defendant was jailed for two years and three months and fined $15,000.",
        C("duration", "two years and three months", iso="P27M"),
        note="units add up in the smallest one",
    ),
    Ex(
        "The adviser was jailed for defrauding clients of A$17 million during a decade of trading.",
        C("duration", "a decade", iso="P10Y"),
        note="a word that announces a length of time between a figure and 'a decade': no rate of the figure",
    ),
    Ex(
        "The hearing lasted an hour and 45 minutes.",
        C("duration", "an hour and 45 minutes", iso="PT105M"),
    ),
    Ex(
        "Hodgkinson won the 800m in 1min 56.72sec; the marathon leader was timed at 2h 5min.",
        C("duration", "1min 56.72sec", iso="PT116.72S"),
        C("duration", "2h 5min", iso="PT125M"),
        note="glued units add up like spaced ones",
    ),
    Ex(
        "The budget raises 40 billion pounds a year in taxes, and the audit will take a year.",
        C("duration", "a year", nth=2, iso="P1Y"),
        note="'a year' after an amount with its scale and currency words is the amount's rate",
    ),
    Ex(
        "Repairs to the grid are expected to take 1.5 years.",
        C("duration", "1.5 years", iso="P18M"),
    ),
    Ex(
        "Restoring power to the affected districts could take 1.5 months.",
        C("duration", "1.5 months", iso="P1.5M"),
        note="half a month is no exact number of days: the fraction stays",
    ),
    Ex(
        "The flight from Jakarta to Surabaya takes 1.5 hours.",
        C("duration", "1.5 hours", iso="PT90M"),
    ),
    Ex(
        "Passengers waited half an hour to board the ferry at Merak port.",
        C("duration", "half an hour", iso="PT30M"),
    ),
    Ex(
        "The strike shut the port for half a day.",
        C("duration", "half a day", iso="PT12H"),
    ),
    Ex(
        "The journey by high-speed train is expected to take 2.5 hours.",
        C("duration", "2.5 hours", iso="PT150M"),
    ),
    Ex(
        "The blackout across parts of Java and Bali lasted nearly 24 hours.",
        C("duration", "24 hours", iso="PT24H", comparator="approx"),
    ),
    Ex(
        "The closed-door meeting lasted at least three hours.",
        C("duration", "three hours", iso="PT3H", comparator="ge"),
    ),
    Ex(
        "Commuters were stuck on the train for almost two hours after a signal failure.",
        C("duration", "two hours", iso="PT2H", comparator="approx"),
    ),
    Ex(
        "With the new toll road, the drive from Medan to Binjai takes less than 30 minutes.",
        C("duration", "30 minutes", iso="PT30M", comparator="lt"),
    ),
    Ex(
        "Suspects can be held for up to 14 days without charge.",
        C("duration", "14 days", iso="P14D", comparator="le"),
    ),
    Ex(
        "The armed conflict in the region has lasted more than two decades.",
        C("duration", "two decades", iso="P20Y", comparator="gt"),
    ),
    Ex(
        "The cemetery is believed to have been in use for a century.",
        C("duration", "a century", iso="P100Y"),
    ),
    Ex(
        "The tsunami warning sirens sounded for 30 seconds.",
        C("duration", "30 seconds", iso="PT30S"),
    ),
    Ex(
        "The president spent a week in Japan on an official visit.",
        C("duration", "a week", iso="P1W"),
    ),
    Ex(
        "The crew drifted at sea for a month before fishermen found them.",
        C("duration", "a month", iso="P1M"),
    ),
    Ex(
        "Regulators suspended the mining company's licence for a year.",
        C("duration", "a year", iso="P1Y"),
    ),
    Ex(
        "The storm lingered off the south coast of Java for four days.",
        C("duration", "four days", iso="P4D"),
    ),
    Ex(
        "Water supplies to the neighbourhood were cut off for 72 hours.",
        C("duration", "72 hours", iso="PT72H"),
    ),
    Ex(
        "The new law extends the term of village heads to eight years.",
        C("duration", "eight years", iso="P8Y"),
    ),
    Ex(
        "The lawmaker was sentenced to four years in prison and barred from office for five years.",
        C("duration", "four years", iso="P4Y"),
        C("duration", "five years", iso="P5Y"),
    ),
    Ex(
        "Police gave the developer three months to obtain the permits.",
        C("duration", "three months", iso="P3M"),
    ),
    Ex(
        "The evacuation of landslide victims took more than 12 hours.",
        C("duration", "12 hours", iso="PT12H", comparator="gt"),
    ),
    Ex(
        "The parliamentary session was suspended for 45 minutes.",
        C("duration", "45 minutes", iso="PT45M"),
    ),
    Ex(
        "The toll road was closed for two weeks for bridge repairs.",
        C("duration", "two weeks", iso="P2W"),
    ),
    Ex(
        "The fighting lasted about 40 minutes, witnesses said.",
        C("duration", "40 minutes", iso="PT40M", comparator="approx"),
    ),
    Ex(
        "The central bank has kept rates on hold for 18 months.",
        C("duration", "18 months", iso="P18M"),
    ),
    Ex(
        "The reactor was shut down for almost a decade after the accident.",
        C("duration", "a decade", iso="P10Y", comparator="approx"),
    ),
    Ex(
        "A state of emergency was declared for 30 days.",
        C("duration", "30 days", iso="P30D"),
    ),
    Ex(
        "He spent seven years in exile before returning to Jakarta.",
        C("duration", "seven years", iso="P7Y"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # A duration is not a relative date: "a year" vs "a year ago"
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "A year ago, he was sentenced to a year in prison for fraud.",
        C("date", "A year ago", iso=None, resolved="2024", relative=True, granularity="year"),
        C("duration", "a year", iso="P1Y"),
        reference_date="2025-06-11",
    ),
    Ex(
        "The climber who went missing two days ago was found alive after a search lasting two days.",
        C("date", "two days ago", iso=None, resolved="2025-08-25", relative=True, granularity="day"),
        C("duration", "two days", iso="P2D", nth=2),
        reference_date="2025-08-27",
    ),
    Ex(
        "Three years ago, the government gave the contractor three years to finish the project.",
        C("date", "Three years ago", iso=None, resolved="2022", relative=True, granularity="year"),
        C("duration", "three years", iso="P3Y"),
        reference_date="2025-06-11",
    ),
    Ex(
        "Rice prices have risen for six months in a row, though six months ago they were stable.",
        C("duration", "six months", iso="P6M"),
        C("date", "six months ago", iso=None, resolved="2024-12", relative=True, granularity="month"),
        reference_date="2025-06-11",
    ),
    Ex(
        "The bridge that collapsed a week ago will be closed for a week.",
        C("date", "a week ago", iso=None, relative=True),
        C("duration", "a week", iso="P1W", nth=2),
        reference_date="2025-06-11",
        note="only iso and relative are checked for 'a week ago': a week back may resolve to a day or a week",
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Several claims in one news sentence
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "The Supreme Court increased the former minister's sentence from five years to eight years in July 2024.",
        C("duration", "five years", iso="P5Y"),
        C("duration", "eight years", iso="P8Y"),
        C("date", "July 2024", iso="2024-07", granularity="month"),
    ),
    Ex(
        "The fugitive, who had been on the run since 2019, was arrested yesterday after five years in hiding.",
        C("date", "2019", iso="2019", granularity="year"),
        C("date", "yesterday", iso=None, resolved="2024-11-11", relative=True, granularity="day"),
        C("duration", "five years", iso="P5Y"),
        reference_date="2024-11-12",
    ),
    Ex(
        "Cement sales rose 4% in Q3 2025 after falling 2% in H1 2025.",
        C("date", "Q3 2025", iso="2025-Q3", granularity="quarter"),
        C("date", "H1 2025", iso="2025-H1", granularity="half"),
    ),
    Ex(
        "The trade minister said the bauxite export ban, in force since June 2023, will be reviewed next year.",
        C("date", "June 2023", iso="2023-06", granularity="month"),
        C("date", "next year", iso=None, resolved="2025", relative=True, granularity="year"),
        reference_date="2024-06-20",
    ),
    Ex(
        "Since the pandemic hit in early 2020, Bali's tourism sector has lost revenue for more than two years.",
        C("date", "early 2020", iso="2020", modifier="start", granularity="year"),
        C("duration", "two years", iso="P2Y", comparator="gt"),
    ),
    Ex(
        "He led the agency for two terms, in 2009-2014 and 2014-2019.",
        C("date", "2009-2014", iso="2009/2014", granularity="year"),
        C("date", "2014-2019", iso="2014/2019", granularity="year"),
        note="'two terms' counts terms of office and is no duration",
    ),
    # British copy measures a change "on" the year it is compared with
    Ex(
        "Labour's share of the vote was 33.7%, up 1.6 percentage points on 2019.",
        C("date", "2019", iso="2019", granularity="year"),
    ),
    Ex(
        "Passenger numbers at Heathrow were 4% higher on 2023, the airport said.",
        C("date", "2023", iso="2023", granularity="year"),
    ),
    Ex(
        "Car exports were down 2.1% on 2023 levels, while imports were up on 2022.",
        C("date", "2023", iso="2023", granularity="year"),
        C("date", "2022", iso="2022", granularity="year"),
    ),
    Ex(
        "Coal exports fell 8% in July 2025 compared with July 2024.",
        C("date", "July 2025", iso="2025-07", granularity="month"),
        C("date", "July 2024", iso="2024-07", granularity="month"),
    ),
    Ex(
        "The government extended the electricity discount for two months, January to February 2025.",
        C("duration", "two months", iso="P2M"),
        C("date", "January to February 2025", iso="2025-01/2025-02", granularity="month"),
    ),
    Ex(
        "A first group of 1,850 pilgrims left today, and the next group departs tomorrow.",
        C("date", "today", iso=None, resolved="2025-05-14", relative=True, granularity="day"),
        C("date", "tomorrow", iso=None, resolved="2025-05-15", relative=True, granularity="day"),
        reference_date="2025-05-14",
    ),
    Ex(
        "Three days ago, the weather agency warned of heavy rain for a week across greater Jakarta.",
        C("date", "Three days ago", iso=None, resolved="2025-02-07", relative=True, granularity="day"),
        C("duration", "a week", iso="P1W"),
        reference_date="2025-02-10",
    ),
    Ex(
        "The attorney general's office detained three suspects for 20 days starting Wednesday, Jan. 15, 2025.",
        C("duration", "20 days", iso="P20D"),
        C("date", "Wednesday, Jan. 15, 2025", iso="2025-01-15", granularity="day"),
    ),
    Ex(
        "This week, investigators questioned 12 witnesses; last week, only five turned up.",
        C("date", "This week", iso=None, resolved="2025-W24", relative=True, granularity="week"),
        C("date", "last week", iso=None, resolved="2025-W23", relative=True, granularity="week"),
        reference_date="2025-06-11",
    ),
    Ex(
        "Foreign direct investment rose in Q1 2025, extending a trend that began in late 2023.",
        C("date", "Q1 2025", iso="2025-Q1", granularity="quarter"),
        C("date", "late 2023", iso="2023", modifier="end", granularity="year"),
    ),
    Ex(
        "The two countries established diplomatic relations in 1950 and have been allies for more than 70 years.",
        C("date", "1950", iso="1950", granularity="year"),
        C("duration", "70 years", iso="P70Y", comparator="gt"),
    ),
    Ex(
        "Egg prices have risen by 3,000 rupiah a kilogram since last June.",
        C("date", "last June", iso=None, resolved="2025-06", relative=True, granularity="month"),
        reference_date="2025-08-27",
    ),
    Ex(
        "The survivor was pulled from the rubble after 36 hours, rescuers said on Thursday, July 3, 2025.",
        C("duration", "36 hours", iso="PT36H"),
        C("date", "Thursday, July 3, 2025", iso="2025-07-03", granularity="day"),
    ),
    Ex(
        "Trading on the stock exchange was halted for 30 minutes on Friday, Sept. 12, 2025, after a system glitch.",
        C("duration", "30 minutes", iso="PT30M"),
        C("date", "Friday, Sept. 12, 2025", iso="2025-09-12", granularity="day"),
    ),
    Ex(
        "The city declared a waste emergency in March 2025 after the landfill had been closed for three weeks.",
        C("date", "March 2025", iso="2025-03", granularity="month"),
        C("duration", "three weeks", iso="P3W"),
    ),
    Ex(
        "Inflation eased to 2.3% last month after staying above 3% for more than two years.",
        C("date", "last month", iso=None, resolved="2025-05", relative=True, granularity="month"),
        C("duration", "two years", iso="P2Y", comparator="gt"),
        reference_date="2025-06-11",
    ),
    Ex(
        "JAKARTA (Reuters) - Indonesia's parliament on Thursday passed a bill that lets the military hold more "
        "civilian posts, a law critics say undoes reforms made since 1998.",
        C("date", "Thursday", iso=None, resolved="2025-03-20", relative=True, granularity="day"),
        C("date", "1998", iso="1998", granularity="year"),
        reference_date="2025-03-20",
    ),
    Ex(
        "Apple shares fell 3% on Friday, extending a slide that has lasted a month.",
        C("date", "Friday", iso=None, resolved="2025-03-14", relative=True, granularity="day"),
        C("duration", "a month", iso="P1M"),
        reference_date="2025-03-15",
    ),
    Ex(
        "The volcano has erupted four times since November 2024, most recently on 9 April.",
        C("date", "November 2024", iso="2024-11", granularity="month"),
        C("date", "9 April", iso="XXXX-04-09", resolved="2025-04-09", relative=False, granularity="day"),
        reference_date="2025-04-11",
    ),
    Ex(
        "The Guardian understands the inquiry, which has run for almost a decade, will report in late 2026.",
        C("date", "late 2026", iso="2026", modifier="end", granularity="year"),
        C("duration", "a decade", iso="P10Y", comparator="approx"),
    ),
    # The tense of the clause picks the year of a yearless date, and the week of a bare weekday
    Ex(
        "Voters will choose a new governor on Nov. 4, election officials said.",
        C("date", "Nov. 4", iso="XXXX-11-04", resolved="2025-11-04", relative=False, granularity="day"),
        reference_date="2025-08-27",
        note="a clause that looks ahead: the next 4 November",
    ),
    Ex(
        "The strike began on Nov. 4 and ended a month later.",
        C("date", "Nov. 4", iso="XXXX-11-04", resolved="2024-11-04", relative=False, granularity="day"),
        C("date", "a month later", iso=None, resolved="2024-12-04", relative=True, granularity="day"),
        reference_date="2025-08-27",
        note="a clause that looks back: the last 4 November; 'a month later' is placed from it",
    ),
    Ex(
        "The ferry sank on March 3, 2024. Two weeks later, divers recovered the last bodies.",
        C("date", "March 3, 2024", iso="2024-03-03"),
        C("date", "Two weeks later", iso="2024-03-17"),
        note="a counted stretch of time after 'later' is placed from the paragraph's last date",
    ),
    Ex(
        "The suspect was arrested on June 12; police said he had bought the knife three days earlier.",
        C("date", "June 12", iso="XXXX-06-12", resolved="2025-06-12"),
        C("date", "three days earlier", iso=None, resolved="2025-06-09", relative=True),
        reference_date="2025-08-27",
    ),
    Ex(
        "Two days later, police arrested a second man.",
        C("date", "Two days later", iso=None, resolved=None, relative=True),
        note="with no date before it the phrase is found and marked, never guessed",
    ),
    Ex(
        "The Federal Reserve announces its next rate decision on Wednesday.",
        C("date", "Wednesday", resolved="2025-08-27", relative=True),
        reference_date="2025-08-25",
        note="a scheduled event in the present tense looks ahead",
    ),
    Ex(
        "The central bank's policy meeting on Sept. 17 drew protests.",
        C("date", "Sept. 17", iso="XXXX-09-17", resolved="2024-09-17", relative=False, granularity="day"),
        reference_date="2025-08-27",
        note="no tense cue: the most recent one",
    ),
    Ex(
        "The central bank's next policy meeting is scheduled for Sept. 17.",
        C("date", "Sept. 17", iso="XXXX-09-17", resolved="2025-09-17", relative=False, granularity="day"),
        reference_date="2025-08-27",
    ),
    Ex(
        "The court will rule on Friday, the judge said.",
        C("date", "Friday", resolved="2025-08-29", relative=True, granularity="day"),
        reference_date="2025-08-27",
    ),
    Ex(
        "The election will be held in November.",
        C("date", "November", iso="XXXX-11", resolved="2025-11", relative=False, granularity="month"),
        reference_date="2025-08-27",
        note="will be held: a passive after will is no past tense",
    ),
    Ex(
        "The new terminal should be finished by late December, the airport's owner said.",
        C("date", "late December", iso="XXXX-12", resolved="2025-12", modifier="end", granularity="month"),
        reference_date="2025-10-14",
        note="should looks ahead: the coming December",
    ),
    Ex(
        "Under the deal, the ministry must publish the audit by March.",
        C("date", "March", iso="XXXX-03", resolved="2026-03", granularity="month"),
        reference_date="2025-10-14",
    ),
    Ex(
        "The repairs should have been finished by August, the council admitted.",
        C("date", "August", iso="XXXX-08", resolved="2025-08", granularity="month"),
        reference_date="2025-10-14",
        note="should have: a deadline passed, the last August",
    ),
    Ex(
        "Britain's energy price cap will rise by 1.2% from January, the regulator said.",
        C("date", "January", iso="XXXX-01", resolved="2026-01", relative=False, granularity="month"),
        reference_date="2025-11-21",
        note="the decimal point of 1.2% ends no clause: will still reaches the month",
    ),
    # A month with its year named relatively
    Ex(
        "The new rules took effect on March 1 last year, the regulator said.",
        C("date", "March 1 last year", resolved="2024-03-01", relative=True, granularity="day"),
        reference_date="2025-08-27",
        note="a month-first day takes the year shift after it, as '1 March last year' does",
    ),
    Ex(
        "Exports rose 6.1% between January and August 10 this year, customs data showed.",
        C("date", "January and August 10 this year", resolved="2025-01/2025-08-10", relative=True, granularity="day"),
        reference_date="2025-08-27",
        note="a span of months does not stop before a day: the yearless month and the day join, the day's shift "
             "gives both their year",
    ),
    Ex(
        "Arrivals fell from January to August 10, 2024, the ministry said.",
        C("date", "January to August 10, 2024", iso="2024-01/2024-08-10", granularity="day"),
    ),
    Ex(
        "It was the bank's fifth rate cut since August last year.",
        C("date", "August last year", resolved="2024-08", relative=True, granularity="month"),
        reference_date="2025-08-27",
    ),
    Ex(
        "The mayor, who was elected in May this year, resigned.",
        C("date", "May this year", resolved="2025-05", relative=True, granularity="month"),
        reference_date="2025-08-27",
    ),
    # A span looked back over after a superlative: a duration, not a date ahead
    Ex(
        "The unemployment rate rose to 4.7%, the highest in four years.",
        C("duration", "four years", iso="P4Y"),
    ),
    Ex(
        "It was the hottest summer in 30 years, the Met Office said.",
        C("duration", "30 years", iso="P30Y"),
    ),
    Ex(
        "A century ago the town was a fishing village; a decade ago it had 10,000 people.",
        C("date", "A century ago", resolved="19XX", relative=True, granularity="century"),
        C("date", "a decade ago", resolved="201X", relative=True, granularity="decade"),
        reference_date="2024-10-01",
        note="a count back in centuries keeps its unit's precision, as decades do",
    ),
    Ex(
        "Monsoon rains kill 23 in a week, and rice prices rose 5% in two weeks.",
        C("duration", "a week", iso="P1W"), C("duration", "two weeks", iso="P2W"),
        reference_date="2024-10-01",
        note="right after a figure, or in a clause that looks back, 'in a week' is the stretch the figure took",
    ),
    Ex(
        "The bridge will reopen in two weeks, officials said.",
        C("date", "in two weeks", resolved="2024-W42", relative=True, granularity="week"),
        reference_date="2024-10-01",
        note="in a clause that looks ahead it is a date to come",
    ),
    # Decades with a part; ages are not decades
    Ex(
        "Home ownership has fallen since the early 2000s.",
        C("date", "early 2000s", iso="200X", granularity="decade", modifier="start"),
    ),
    Ex(
        "Inflation ran high in the late 80s.",
        C("date", "late 80s", iso="198X", granularity="decade", modifier="end"),
    ),
    # A clock time and its day written apart are one date
    Ex(
        "Officers were called to the address at about 11.40pm on 23 August.",
        C("date", "11.40pm on 23 August", iso="XXXX-08-23T23:40", resolved="2025-08-23T23:40", granularity="day"),
        reference_date="2025-08-27",
    ),
    Ex(
        "The bridge will be closed to traffic from 7am to 2pm on Sunday for repairs.",
        C("date", "7am to 2pm on Sunday", resolved="2025-08-31T07:00/2025-08-31T14:00", granularity="day"),
        reference_date="2025-08-27",
        note="a span of clock times and its day: both ends on that day",
    ),
    Ex(
        "The line will be closed from 10pm on Friday until 5.30am on Monday for engineering works.",
        C("date", "10pm on Friday until 5.30am on Monday", resolved="2025-08-29T22:00/2025-09-01T05:30"),
        reference_date="2025-08-27",
        note="two days each with its time make one span",
    ),
    Ex(
        "Junior doctors walked out from Monday to Friday last week over pay.",
        C("date", "Monday to Friday last week", resolved="2025-08-18/2025-08-22", relative=True),
        reference_date="2025-08-27",
        note="the bare weekday takes the week the other end is placed in",
    ),
    Ex(
        "Polling stations will open on Thursday between 7am and 10pm.",
        C("date", "Thursday between 7am and 10pm", resolved="2025-08-28T07:00/2025-08-28T22:00", granularity="day"),
        reference_date="2025-08-27",
        note="the opener of the span of times stands between it and its day",
    ),
    Ex(
        "The queue moved after a quarter of an hour; the wait had been three-quarters of an hour at noon.",
        C("duration", "a quarter of an hour", iso="PT15M"),
        C("duration", "three-quarters of an hour", iso="PT45M"),
        note="a fraction of a unit of time, not an hour or three quarters of a dollar",
    ),
    Ex(
        "Police said the road may stay closed until Friday. Another road remained closed until Friday.",
        C("date", "Friday", resolved="2025-08-29", relative=True, nth=1),
        C("date", "Friday", resolved="2025-08-22", relative=True, nth=2),
        reference_date="2025-08-27",
        note="'stay closed' is a state after a modal, no past tense; 'remained closed' looks back",
    ),
    Ex(
        "The results came the day before yesterday, and the appeal will be heard the day after tomorrow.",
        C("date", "the day before yesterday", resolved="2025-08-25", relative=True),
        C("date", "the day after tomorrow", resolved="2025-08-29", relative=True),
        reference_date="2025-08-27",
        note="a relative day, not 'the day before' a day named after it",
    ),
    Ex(
        "Temperatures are forecast to reach 40C in Seville on Friday, and the storm is set to hit the coast on Sunday.",
        C("date", "Friday", resolved="2025-08-29", relative=True),
        C("date", "Sunday", resolved="2025-08-31", relative=True),
        reference_date="2025-08-27",
        note="'forecast', 'set' look ahead before 'to' ('their September forecast' does not)",
    ),
    Ex(
        "Forecasters said heavy rain could fall through Friday. A farmer said he worked the fields until Friday.",
        C("date", "Friday", resolved="2025-08-29", relative=True, nth=1),
        C("date", "Friday", resolved="2025-08-22", relative=True, nth=2),
        reference_date="2025-08-27",
        note="after a report verb, a modal and a deadline look ahead; with no modal the report's past holds",
    ),
    Ex(
        "Voting will take place on Thursday, 7am-10pm, and the count begins on Friday, 9am to 5pm.",
        C("date", "Thursday, 7am-10pm", resolved="2025-08-28T07:00/2025-08-28T22:00", granularity="day"),
        C("date", "Friday, 9am to 5pm", resolved="2025-08-29T09:00/2025-08-29T17:00", granularity="day"),
        reference_date="2025-08-27",
        note="a day with its time gives its day to the clock time that ends the span",
    ),
    Ex(
        "The museum reopened on 5 May, 10am-6pm, after the works.",
        C("date", "5 May, 10am-6pm", iso="XXXX-05-05T10:00/XXXX-05-05T18:00",
          resolved="2025-05-05T10:00/2025-05-05T18:00", granularity="day"),
        reference_date="2025-08-27",
        note="a span of one day's hours is a date of that day, not of a time alone",
    ),
    Ex(
        "Police said the man was last seen on Tuesday between 9pm and midnight.",
        C("date", "Tuesday", resolved="2025-08-26", granularity="day"),
        C("date", "9pm", iso="T21:00", granularity="time"),
        reference_date="2025-08-27",
        note="'midnight' is no clock time here, so no span: 'between' joins no single time to its day",
    ),
    Ex(
        "The fire was reported at 4.15pm. Crews were on the scene within minutes.",
        C("date", "4.15pm", iso="T16:15", granularity="time"),
        note="the period after pm ends the sentence; a.m. and p.m. keep theirs",
    ),
    # Business quarters and halves, possessive weekdays, runs of years
    Ex(
        "The index has fallen 20% since the start of the year and could fall further by the end of the month.",
        C("date", "start of the year", resolved="2025", modifier="start", relative=True),
        C("date", "end of the month", resolved="2025-08", modifier="end", relative=True),
        reference_date="2025-08-27",
    ),
    Ex(
        "The stock is down 20% year to date, its worst run since 2008.",
        C("date", "year to date", resolved="2025", relative=True, granularity="year"),
        C("date", "2008", iso="2008"),
        reference_date="2025-08-27",
        note="the year so far: this year (relative_periods)",
    ),
    Ex(
        "At the end of the day, the voters will decide.",
        note="an idiom: the day's end is no date",
    ),
    Ex(
        "Net profit rose 5.2% in the first nine months of 2024, the company said.",
        C("date", "first nine months of 2024", iso="2024-01/2024-09", granularity="month"),
    ),
    Ex(
        "Output fell in the last three months of the year, while exports rose in the first half.",
        C("date", "last three months of the year", iso="XXXX-10/XXXX-12", resolved="2025-10/2025-12"),
        C("date", "first half", iso="XXXX-H1"),
        reference_date="2026-01-20",
    ),
    Ex(
        "In the first 100 days of his term the president signed 40 orders; prices rose over the last three months.",
        C("duration", "100 days", iso="P100D"),
        C("duration", "three months", iso="P3M"),
        note="months of a term are no year's months, and 'the last three months' with no year is a stretch of time",
    ),
    Ex(
        "Apple reported a 22% drop in second-quarter profit.",
        C("date", "second-quarter", iso="XXXX-Q2", granularity="quarter"),
    ),
    Ex(
        "Tuesday's vote was closer than expected.",
        C("date", "Tuesday", resolved="2025-08-26", relative=True, granularity="day"),
        reference_date="2025-08-27",
    ),
    Ex(
        "Prices rose for three consecutive years.",
        C("duration", "three consecutive years", iso="P3Y"),
    ),
    Ex(
        "The economy shrank for two consecutive quarters, and profits fell in the past three quarters.",
        C("duration", "two consecutive quarters", iso="P6M"),
        C("duration", "three quarters", iso="P9M"),
        note="quarters of a year with a run word or a shift before the count; 'four quarters' alone stays coins",
    ),
    # Hyphenated lengths of time; decimals stay in their unit; time between two events
    Ex(
        "The former mayor received a 12-year sentence.",
        C("duration", "12-year", iso="P12Y"),
    ),
    Ex(
        "Passengers faced a 90-minute delay at Heathrow.",
        C("duration", "90-minute", iso="PT90M"),
    ),
    Ex(
        "The median wait was 13.6 weeks.",
        C("duration", "13.6 weeks", iso="P13.6W"),
    ),
    Ex(
        "It came two years after the company launched its first phone.",
        C("duration", "two years", iso="P2Y"),
    ),
    Ex(
        "Patients waited longer than 52 weeks for treatment.",
        C("duration", "52 weeks", iso="P52W", comparator="gt"),
    ),
    Ex(
        "House prices have doubled over the past decade.",
        C("duration", "past decade", iso="P10Y"),
        note="the past decade is the stretch up to now; last decade alone is the 2010s",
    ),
    Ex(
        "It was the third time in two years that the dam had failed.",
        C("duration", "two years", iso="P2Y"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # A weekday placed by its week (date.week_weekday) or by its day of the month (date.weekday_day)
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "The vote was moved to Monday of next week, the committee chairman told lawmakers.",
        C("date", "Monday of next week", resolved="2025-06-16", relative=True, granularity="day"),
        reference_date="2025-06-10",
    ),
    Ex(
        "The hearing will resume next week on Tuesday, a court spokeswoman said.",
        C("date", "next week on Tuesday", resolved="2025-06-17", relative=True),
        reference_date="2025-06-10",
    ),
    Ex(
        "Trading was halted on Friday the 13th after the exchange's systems failed.",
        C("date", "Friday the 13th", resolved="2024-12-13", relative=True, granularity="day"),
        reference_date="2025-06-10",
    ),
    Ex(
        "Organisers said the march is planned for Saturday the 21st in central London.",
        C("date", "Saturday the 21st", resolved="2025-06-21", relative=True),
        reference_date="2025-06-10",
    ),
    # ------------------------------------------------------------------------------------------------------------
    # A list of years: each member is its own claim
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "The inquiry heard evidence on June 3, 5 and 9, officials said.",
        C("date", "June 3", iso="XXXX-06-03"),
        C("date", "5", iso="XXXX-06-05"),
        C("date", "9", iso="XXXX-06-09"),
    ),
    Ex(
        "Consumer prices fell in January, May and July 2025.",
        C("date", "January", iso="2025-01"),
        C("date", "May", iso="2025-05"),
        C("date", "July 2025", iso="2025-07"),
    ),
    Ex(
        "India held general elections in 2014, 2019 and 2024.",
        C("date", "2014", iso="2014"),
        C("date", "2019", iso="2019"),
        C("date", "2024", iso="2024"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Years clipped, attributive, and holidays of a shifted year
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "He left the company in April of '98 and never returned.",
        C("date", "April of '98", iso="1998-04"),
    ),
    Ex(
        "Residents still talk about the floods of ’88.",
        C("date", "’88", iso="1988"),
    ),
    Ex(
        "He joined the paper in '05 as a night reporter.",
        C("date", "'05", iso="2005"),
    ),
    # Years said aloud, in transcripts and quoted speech (date.spoken_year)
    Ex(
        '"We lost everything in nineteen ninety-eight," the farmer told the inquiry.',
        C("date", "nineteen ninety-eight", iso="1998"),
    ),
    Ex(
        "The minister said the line would carry passengers by twenty twenty-eight.",
        C("date", "twenty twenty-eight", iso="2028"),
    ),
    Ex(
        "The plant opened in October two thousand and five, the company said.",
        C("date", "October two thousand and five", iso="2005-10"),
    ),
    Ex(
        "Euro 2024 was won by Spain, who beat England in Berlin.",
        C("date", "2024", iso="2024"),
    ),
    Ex(
        "A 2019 report by the auditor warned of cost overruns.",
        C("date", "2019", iso="2019"),
    ),
    Ex(
        "Retail sales at Christmas last year were the weakest in a decade.",
        C("date", "Christmas last year", resolved="2024-12-25", relative=True),
        C("duration", "a decade", iso="P10Y"),
        reference_date="2025-10-30",
    ),
    # A day named for an event is no weekday of the story; Cyber Monday follows Black Friday
    Ex(
        "Japan's Nikkei plunged 12.4% on Monday, its biggest daily drop since the 1987 Black Monday crash.",
        C("date", "Monday", resolved="2024-08-05"), C("date", "1987", iso="1987"),
        reference_date="2024-08-05",
    ),
    Ex(
        "Shoppers spent a record $13.3 billion online on Cyber Monday, Adobe said.",
        C("date", "Cyber Monday", resolved="2024-12-02"),
        reference_date="2024-12-04",
    ),
    Ex(
        "Retailers are hiring thousands of seasonal workers ahead of Christmas.",
        C("date", "Christmas", iso="XXXX-12-25", resolved="2024-12-25"),
        reference_date="2024-11-20",
        note="a holiday a few weeks ahead is the coming one",
    ),
    Ex(
        "Rail strikes disrupted travel over Christmas, the union said.",
        C("date", "Christmas", resolved="2024-12-25"),
        reference_date="2025-01-06",
    ),
    # ------------------------------------------------------------------------------------------------------------
    # An amount of time counted from a day: one date (date.offset)
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "The river burst its banks three days after 12 January, officials said.",
        C("date", "three days after 12 January", iso="XXXX-01-15"),
    ),
    Ex(
        "The tsunami struck the day after Christmas 2004.",
        C("date", "the day after Christmas 2004", iso="2004-12-26"),
    ),
    Ex(
        "Congress approved the aid package three weeks after Sept. 11, 2001.",
        C("date", "three weeks after Sept. 11, 2001", iso="2001-10-02"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # A period defined by the one the text last gave (date.anaphoric)
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Net profit rose 8% in the third quarter of 2025 from a year earlier.",
        C("date", "third quarter of 2025", iso="2025-Q3"),
        C("date", "a year earlier", iso="2024-Q3"),
    ),
    Ex(
        "The plant should be running by the end of the third quarter of 2025.",
        C("date", "end of the third quarter of 2025", iso="2025-Q3", modifier="end", granularity="quarter"),
    ),
    Ex(
        "The strike began on 3 March 2025 and ended the following day.",
        C("date", "3 March 2025", iso="2025-03-03"),
        C("date", "the following day", iso="2025-03-04"),
    ),
    Ex(
        "Sales were down 4% from the same period last year, the company said.",
        C("date", "the same period last year", iso=None, resolved=None, relative=True),
        note="no period given before it: found and marked relative, not guessed",
    ),
    Ex(
        "The former mayor faces five to 10 years in prison if convicted, prosecutors said.",
        C("duration", "five to 10 years", iso="P5Y", amount="5", amount_max="10", unit="year"),
        note="a range of lengths is one duration: amount and iso its lower end, amount_max its upper end",
    ),
    Ex(
        "Engineers expect repairs to take 2-3 weeks, and the line to reopen in 48 hours.",
        C("duration", "2-3 weeks", iso="P2W", amount_max="3"), C("duration", "48 hours", iso="PT48H"),
    ),
    Ex(
        "He faces up to 10 years' jail, and she gave two weeks' notice on Tuesday.",
        C("duration", "10 years", iso="P10Y", comparator="le"), C("duration", "two weeks", iso="P2W"),
        C("date", "Tuesday"),
        note="a plural possessive's apostrophe ends the unit as a space does",
    ),
    Ex(
        "Muslims will fast for 29 or 30 days, and repairs take two or three weeks.",
        C("duration", "29 or 30 days", iso="P29D", amount="29", amount_max="30"),
        C("duration", "two or three weeks", iso="P2W", amount_max="3"),
        note="two lengths either of which it may be are one range",
    ),
    Ex(
        "Most adults need between seven and nine hours of sleep, the study found.",
        C("duration", "seven and nine hours", iso="PT7H", amount_max="9"),
        note="'and' joins the ends of a range only after 'between'",
    ),
    Ex(
        "The storm hit 5 to 10 years ago, and the town spent 2 years and 3 months rebuilding.",
        C("date", "10 years ago", relative=True),
        C("duration", "2 years and 3 months", iso="P27M"),
        note="a range ago is left as it was; 'and' between units adds them up, it makes no range",
    ),
    Ex(
        "The hotline is staffed 24 hours a day, seven days a week, and callers wait about 10 minutes.",
        C("duration", "24 hours", iso="PT24H"), C("duration", "seven days", iso="P7D"),
        C("duration", "10 minutes", iso="PT10M"),
        note="'a day' and 'a week' after a figure, in digits or in words, are its rate: no lengths of their own",
    ),
    Ex(
        "The Met Office has issued a yellow warning for snow on Saturday, after it issued the flood warning on "
        "Tuesday.",
        C("date", "Saturday", resolved="2025-01-25"), C("date", "Tuesday", resolved="2025-01-21"),
        reference_date="2025-01-22",
        note="the time a notice covers ('a warning for …') is to come; when it was issued is past",
    ),
    Ex(
        "The plant closed in late June last year and reopened in early March.",
        C("date", "late June last year", resolved="2023-06", modifier="end"),
        C("date", "early March", resolved="2024-03", modifier="start"),
        reference_date="2024-10-15",
        note="a part of a month takes the month's year shift: one date, last year's June",
    ),
    Ex(
        "Exports fell from March to May last year before recovering.",
        C("date", "March to May last year", resolved="2023-03/2023-05", relative=True),
        reference_date="2024-10-15",
        note="a year shift after a month range is the year of both ends",
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Movable feasts from a table of their dates (date.holiday)
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Factories in Guangdong shut for two weeks over Chinese New Year 2024.",
        C("duration", "two weeks", iso="P2W"),
        C("date", "Chinese New Year 2024", iso="2024-02-10"),
    ),
    Ex(
        "Seoul's planners expect record crowds at Lunar New Year 2027.",
        C("date", "Lunar New Year 2027", iso=None, resolved=None),
        reference_date="2025-03-01",
        note="in 2027 Seollal falls a day after the Chinese new year: no calendar is named, no day is picked",
    ),
    Ex(
        "Millions of Muslims celebrated Eid al-Fitr with prayers and feasts.",
        C("date", "Eid al-Fitr", iso=None, resolved=None),
        reference_date="2025-04-05",
        note="the day of Eid depends on the country, which English copy need not name",
    ),
    Ex(
        "Churches expect record attendance at Easter 2026.",
        C("date", "Easter 2026", iso="2026-04-05"),
    ),
    # A year written once for a span that wraps, or for two joined dates
    Ex(
        "The scheme ran from November to February 2024.",
        C("date", "November to February 2024", iso="2023-11/2024-02", resolved="2023-11/2024-02",
          granularity="month"),
        reference_date="2024-06-01",
    ),
    Ex(
        "Applications were open from 15 March to 5 April 2024.",
        C("date", "15 March to 5 April 2024", iso="2024-03-15/2024-04-05", resolved="2024-03-15/2024-04-05",
          granularity="day"),
        reference_date="2024-06-01",
        note="the year written after the span is the start's too, not a guess from the reference date",
    ),
    Ex(
        "Britain goes to the polls on July 4.",
        C("date", "July 4", iso="XXXX-07-04", resolved="2024-07-04", granularity="day"),
        reference_date="2024-06-20",
        note="a present tense for a scheduled event looks ahead",
    ),
    # A month after a possessive, or after "from": still a month
    Ex(
        "Economists cut their September forecast for growth.",
        C("date", "September", iso="XXXX-09", resolved="2024-09", granularity="month"),
        reference_date="2024-10-15",
    ),
    Ex(
        "Prices have risen steadily from March, the survey showed.",
        C("date", "March", iso="XXXX-03", resolved="2024-03", granularity="month"),
        reference_date="2024-10-15",
    ),
    Ex(
        "The Met Office has issued an amber heat-health alert until 9am on Friday.",
        C("date", "9am on Friday", resolved="2024-08-02T09:00"),
        reference_date="2024-07-29",
        note="a notice in force until a day covers a time to come",
    ),
    Ex(
        "The Covid-19 years were hard for the airline, which lost money in 2020.",
        C("date", "2020", resolved="2020"),
        reference_date="2024-09-18",
        note="the 19 of Covid-19 names the disease: no '19 years'",
    ),
    Ex(
        "Voting closes on Sunday, the exhibition opens on Friday, and Wall Street closed higher on Monday.",
        C("date", "Sunday", resolved="2024-09-22"), C("date", "Friday", resolved="2024-09-20"),
        C("date", "Monday", resolved="2024-09-16"),
        reference_date="2024-09-18",
        note="'opens' and 'closes' schedule as 'begins' and 'ends' do; 'closed' is past",
    ),
    Ex(
        "The fire broke out on Tuesday night and was put out by Wednesday morning.",
        C("date", "Tuesday night", resolved="2025-08-26", relative=True),
        C("date", "Wednesday morning", resolved="2025-08-27", relative=True),
        reference_date="2025-08-27",
        note="a part of the day after a day is in its span; the date stays the day's",
    ),
]

NEGATIVES: list[str] = [
    "© Thomson Reuters 2024. All rights reserved.",  # a copyright line: no date of the story
    # "on" a number after a figure with no change: a count, no year compared with
    "The council spent $2m on 2000 laptops for its schools.",
    "Like-for-like sales rose 4% on 2000 stores that stayed open.",
    # the year of a law names it: no date
    "He was charged under Section 39B(1)(a) of the Dangerous Drugs Act 1952.",
    "The Clean Air Act of 1970 set the first national limits.",
    "Veterans returned from march drills in the rain.",  # march the verb after from
    "Applicants aged between 18 and 35 may apply.",  # an age range, no duration
    # A clipped year needs a cue, a spoken one a cue and no noun after it
    "The band's single '98 topped the charts in Britain.",
    "Officials counted two thousand and twenty ballots by hand.",
    "Of the crews on duty, 3, 5 and 9 men were injured respectively.",
    'Asylum seekers were flown to Christmas Island for processing.',
    'The Good Friday Agreement remains the basis of power-sharing in Northern Ireland.',
    "Haley quit the race after her defeats on Super Tuesday.",
    "Relatives of those killed on Bloody Sunday marched through Derry.",
    "Sterling crashed out of the ERM on Black Wednesday.",
    # An age is no length of time
    "A 19-year-old man was arrested at the scene.",
    # Rates: a unit of time after a figure is its rate, not a length of time
    "Violators face fines of up to $10,000 a day.",
    "The average household pays £1,720 a year for energy.",
    "Adults should walk 7,000 steps a day.",
    "The tablets are taken twice a day.",
    # Ages
    "The victim, a woman in her 40s, was taken to hospital.",
    "Police are looking for a man in his late 30s.",
    # "may" and "march" as verbs; months and weekdays inside names
    "The rally may draw 10,000 people, organisers said.",
    "Officials warned that the storm may cause flooding in low-lying areas.",
    "Protesters plan to march to parliament.",
    "Thousands of students will march on the presidential palace if the bill is passed.",
    "Former prime minister Theresa May criticised the plan.",
    "The Sunday Times reported that the minister had resigned.",
    # Counts, money and percent figures only
    "More than 2,000 troops were deployed to the border.",
    "Inflation eased to 2.5 percent.",
    "The central bank kept its benchmark rate at 5.75 percent.",
    "The company raised $3.2 billion from investors.",
    "Unemployment in the euro zone held at 6.2%.",
    "Police detained a dozen journalists outside the courthouse.",
    # Scores
    "Arsenal won 2-1 at Anfield.",
    "Spain secured a 3-0 victory over Costa Rica.",
    "Sinner won 6-4, 6-3 to reach the final.",
    "The Lakers edged the Celtics 104-102 in overtime.",
    # Phone numbers, URLs, round-the-clock
    "For more information, call +1 202-555-0143.",
    "Readers can contact the embassy at +62 21 3435 9000.",
    "Details were posted on the agency's website, bps.go.id.",
    "The hotline operates 24/7.",
    # Numbers inside names and identifiers
    "Hospitals reported a surge in COVID-19 admissions.",
    "Leaders will meet at the G20 summit in Rio de Janeiro.",
    "NATO has invoked Article 5 only once.",
    "Under Article 50 of the Lisbon Treaty, Britain had to negotiate its exit.",
    "The Boeing 737 MAX was grounded worldwide after the crashes.",
    "Traffic on the M25 was brought to a standstill.",
    "Interstate 95 was closed in both directions after the crash.",
    "The suspect checked into room 1204 of the hotel.",
    "Delegates gathered in Dubai for the COP28 climate talks.",
    "Flight MH370 disappeared with 239 people on board.",
    # Version numbers
    "The company rolled out version 2.0 of its chatbot.",
    "Users were urged to update their phones to iOS 17.2.",
    "Apple unveiled the iPhone 16 at its headquarters in Cupertino.",
    # Frequencies and vague spans are not durations
    "The company published its annual report.",
    "The weekly magazine Tempo published the leaked documents.",
    "The talks have dragged on for several weeks.",
    "The two sides have been at odds for years.",
    "Residents waited for hours to receive food aid.",
    "Fishermen often stay at sea for days without a catch.",
    "The ministry holds a monthly briefing for foreign journalists.",
    "She is one of the most respected judges in the country.",
]

GAPS: list[Ex] = []
