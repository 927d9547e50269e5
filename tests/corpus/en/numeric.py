"""English corpus for figures: quantity, percent, money and ordinal claims.

The texts are written the way English-language wire and newspaper copy is written (Reuters, AP, BBC, The Guardian,
Bloomberg, The Jakarta Post, The Straits Times): whole sentences, house styles included (``$3bn``, ``£1.2m``,
``3.5m people``, ``18 per cent``, ``Rp 14.6 trillion``, ``US$930 million``).

What it covers, one group per rule of docs/claims.md:

- number formats: ``2,000``, ``2.5``, ``1,234,567.89``, thin space (U+2009) and no-break space (U+00A0) as the
  thousands separator, negative figures (``minus 5``, ``-0.3%``);
- scale words and their newsroom abbreviations: thousand, million, billion, trillion, ``m``, ``bn``, ``tn``, ``k``;
- numbers written as words (``two thousand five hundred``, ``a dozen``, ``half a million``, ``twenty-one``);
- counted nouns (``noun``, outside the span; given only where the words after the number are clearly a noun phrase
  that ends at a preposition, a verb, ``and`` or punctuation) and "18 of 20 regions" as two quantities;
- units of measure (in the span, canonical symbol in ``unit``);
- percentages, percentage points, basis points;
- money in the currencies English news names, major and minor units;
- comparators (outside the span, in ``comparator``) and ranges (``amount`` .. ``amount_max``);
- ordinals (``second term``, ``third-largest``, ``10th``, ``21st century``, ``twenty-first``, ranking ``first``);
- sentences that also hold years, dates and clock times, which are not claims of these kinds.

NEGATIVES are texts with no claim of these four kinds: numbers inside identifiers and names, phone numbers, URLs,
e-mail addresses, list enumerators, clock times, scores, years and dates, idioms with "one", "a second" as a span of
time, and sentence-initial "First," / "Second," enumerators.

Conventions: an amount is the exact decimal value as a string, scale applied (``"1.2m"`` -> ``"1200000"``); a
comparator key is given only when the text has one; keys not given are not checked.
"""

from __future__ import annotations

from tests.corpus.spec import C, Ex

KINDS = ("quantity", "percent", "money", "ordinal")

EXAMPLES: list[Ex] = [
    Ex(
        "The jobless rate rose from 4.1% to 4.4%, down from a peak of 5%.",
        C("percent", "4.1%", amount="4.1", measure=None),
        C("percent", "4.4%", amount="4.4"),
        C("percent", "5%", amount="5", measure=None),
        note="a figure after 'from' is the level before, not the change",
    ),
    Ex(
        "Inflation fell from 3.2 to 2.9 per cent in March, the statistics office said.",
        C("percent", "3.2", amount="3.2"),
        C("percent", "2.9 per cent", amount="2.9"),
        note="the level before takes the percent of the level after it",
    ),
    Ex(
        "Shares in the group have fallen 12% this year, while the economy has grown 2.1% and prices have risen 4.5%.",
        C("percent", "12%", amount="12", measure="change"),
        C("percent", "2.1%", amount="2.1", measure="change"),
        C("percent", "4.5%", amount="4.5", measure="change"),
        note="the past participles of change words measure a change too",
    ),
    Ex(
        "Prices fell 0.2% in July, compared with a fall of 0.4% a year earlier, after an increase of 0.1% in June.",
        C("percent", "0.2%", amount="0.2", measure="change"),
        C("percent", "0.4%", amount="0.4", measure="change"),
        C("percent", "0.1%", amount="0.1", measure="change"),
        note="'of' joins a noun of change to its amount as 'by' joins a verb",
    ),
    Ex(
        "Brent settled 1.2% lower, U.S. crude had ended lower by more than 2% on Monday, and sales were 5% higher than "
        "a year earlier, while fewer than 5% of voters agreed.",
        C("percent", "1.2%", amount="1.2", measure="change"),
        C("percent", "2%", nth=2, amount="2", comparator="gt", measure="change"),
        C("percent", "5%", amount="5", measure="change"),
        C("percent", "5%", nth=2, amount="5", comparator="lt", measure="share"),
        note="a comparative after a percentage, or before its 'by', makes it a change; one before it is a bound",
    ),
    Ex(
        "Indonesia's rupiah weakened 0.3% to 16,612 per dollar, while the ringgit strengthened 0.2%.",
        C("percent", "0.3%", amount="0.3", measure="change"), C("percent", "0.2%", amount="0.2", measure="change"),
        C("quantity", "16,612", amount="16612"),
        note="a currency weakens and strengthens as a price falls and rises",
    ),
    Ex(
        "About 30 per cent of the 2,300 express buses had no seat belts, after annual growth of 2.4% in July; growth "
        "slowed to 2.1%.",
        C("percent", "30 per cent", amount="30", comparator="approx", measure="share", of="the 2,300 express buses"),
        C("quantity", "2,300", amount="2300", noun="express buses"),
        C("percent", "2.4%", amount="2.4", measure="change"),
        C("percent", "2.1%", amount="2.1", measure=None),
        note="a share of a counted whole; growth is a noun of change, and slowing to a figure names the level",
    ),
    Ex(
        "The party's share of 34% was up from a low of 23%, and the fund holds a stake of 5%.",
        C("percent", "34%", amount="34", measure=None), C("percent", "23%", amount="23", measure=None),
        C("percent", "5%", amount="5", measure=None),
        note="'of' after a noun that names no change: a level, not a change",
    ),
    Ex(
        "Shares fell between 3 and 5% on Monday, and profit fell $2bn, or 12%, to $15bn.",
        C("percent", "3 and 5%", amount="3", amount_max="5", measure="change"),
        C("money", "$2bn", amount="2000000000", currency="USD"),
        C("percent", "12%", amount="12", measure="change"),
        C("money", "$15bn", amount="15000000000", currency="USD"),
        note="a change verb before a range's opener, or before an amount of money the percentage restates",
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Number formats: thousands commas, decimals, plain counts
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "More than 2,000 people were evacuated from the flooded district on Sunday, officials said.",
        C("quantity", "2,000", amount="2000", noun="people", comparator="gt"),
    ),
    Ex(
        "Police arrested 14 people after clashes broke out near the stadium.",
        C("quantity", "14", amount="14", noun="people"),
    ),
    Ex(
        "Police said 12,500 demonstrators had gathered outside parliament by midday.",
        C("quantity", "12,500", amount="12500", noun="demonstrators"),
    ),
    Ex(
        "The airline carried 1,234,567 passengers in March, its busiest month since the pandemic.",
        C("quantity", "1,234,567", amount="1234567", noun="passengers"),
    ),
    Ex(
        "The court ordered the former fund manager to repay $1,234,567.89 to investors.",
        C("money", "$1,234,567.89", amount="1234567.89", currency="USD"),
    ),
    Ex(
        "The bridge, which opened in 2018, is 2.5 kilometres long.",
        C("quantity", "2.5 kilometres", amount="2.5", unit="km"),
    ),
    Ex(
        "The outbreak has killed 37 people and infected 412 others across three provinces.",
        C("quantity", "37", amount="37", noun="people"),
        C("quantity", "412", amount="412"),
        C("quantity", "three", amount="3", noun="provinces"),
    ),
    Ex(
        "Israel said it had struck 150 targets in Gaza overnight.",
        C("quantity", "150", amount="150", noun="targets"),
    ),
    Ex(
        "A total of 580 candidates are competing for 40 seats in the regional assembly.",
        C("quantity", "580", amount="580", noun="candidates"),
        C("quantity", "40", amount="40", noun="seats"),
    ),
    Ex(
        "The typhoon destroyed 3,400 homes and damaged 12,000 more, the disaster agency said.",
        C("quantity", "3,400", amount="3400", noun="homes"),
        C("quantity", "12,000", amount="12000"),
    ),
    Ex(
        "Singapore recorded 1,204 dengue cases in the week to Saturday.",
        C("quantity", "1,204", amount="1204", noun="dengue cases"),
    ),
    Ex(
        "Authorities have issued 10,000 visas for the pilgrimage season.",
        C("quantity", "10,000", amount="10000", noun="visas"),
    ),
    Ex(
        "The ferry was carrying 188 passengers and 12 crew.",
        C("quantity", "188", amount="188", noun="passengers"),
        C("quantity", "12", amount="12", noun="crew"),
    ),
    Ex(
        "The hospital has only 12 beds for intensive care patients.",
        C("quantity", "12", amount="12", noun="beds"),
    ),
    Ex(
        "The museum holds 8,000 artefacts from the Majapahit era.",
        C("quantity", "8,000", amount="8000", noun="artefacts"),
    ),
    Ex(
        "The FTSE 100 fell 1.2% to 7,250.4.",
        C("percent", "1.2%", amount="1.2"),
        C("quantity", "7,250.4", amount="7250.4"),
        note="'FTSE 100' is an index name; the closing full stop is not a decimal point",
    ),
    Ex(
        "Indonesia's 2024 election involved 204.8 million eligible voters.",
        C("quantity", "204.8 million", amount="204800000", noun="eligible voters"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Scale words and newsroom abbreviations: million, billion, trillion, m, bn, tn, k
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "The region is home to 1.2 million people, most of them farmers.",
        C("quantity", "1.2 million", amount="1200000", noun="people"),
    ),
    Ex(
        "Floods have displaced 3.5m people across Pakistan, the UN said.",
        C("quantity", "3.5m", amount="3500000", noun="people"),
    ),
    Ex(
        "The world's population passed 8 billion in November 2022, according to the United Nations.",
        C("quantity", "8 billion", amount="8000000000"),
    ),
    Ex(
        "The app now has 1.5bn users, according to the company.",
        C("quantity", "1.5bn", amount="1500000000", noun="users"),
    ),
    Ex(
        "Thailand welcomed 28 million foreign tourists in 2023.",
        C("quantity", "28 million", amount="28000000", noun="foreign tourists"),
    ),
    Ex(
        "Apple said it would return $3bn to shareholders through buybacks.",
        C("money", "$3bn", amount="3000000000", currency="USD"),
    ),
    Ex(
        "Congress approved a $1.2tn infrastructure package in November 2021.",
        C("money", "$1.2tn", amount="1200000000000", currency="USD"),
    ),
    Ex(
        "The trust was fined £1.2m over failings in maternity care.",
        C("money", "£1.2m", amount="1200000", currency="GBP"),
    ),
    Ex(
        "Microsoft agreed to buy the games studio for $3.2 billion in cash.",
        C("money", "$3.2 billion", amount="3200000000", currency="USD"),
    ),
    Ex(
        "The US national debt has topped $34 trillion.",
        C("money", "$34 trillion", amount="34000000000000", currency="USD"),
    ),
    Ex(
        "Nvidia's market value hit $3 trillion on Wednesday.",
        C("money", "$3 trillion", amount="3000000000000", currency="USD"),
    ),
    Ex(
        "Graduate starting salaries in the City now average £45k, a survey found.",
        C("money", "£45k", amount="45000", currency="GBP"),
    ),
    Ex(
        "The crowdfunding appeal has raised $250k for the victims' families.",
        C("money", "$250k", amount="250000", currency="USD"),
    ),
    Ex(
        "The studio's latest film has grossed $1.2bn worldwide.",
        C("money", "$1.2bn", amount="1200000000", currency="USD"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Numbers written as words
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "“We have lost two thousand five hundred homes,” the governor told reporters.",
        C("quantity", "two thousand five hundred", amount="2500", noun="homes"),
    ),
    Ex(
        "Police detained a dozen journalists outside the courthouse.",
        C("quantity", "a dozen", amount="12", noun="journalists"),
    ),
    Ex(
        "Half a million people have fled the fighting, aid agencies say.",
        C("quantity", "Half a million", amount="500000", noun="people"),
    ),
    Ex(
        "Organisers expect one and a half million visitors during the festival.",
        C("quantity", "one and a half million", amount="1500000", noun="visitors"),
    ),
    Ex(
        "Twenty-one miners were rescued on Friday, the mining company said.",
        C("quantity", "Twenty-one", amount="21", noun="miners"),
    ),
    Ex(
        "A hundred firefighters were deployed to contain the blaze.",
        C("quantity", "A hundred", amount="100", noun="firefighters"),
    ),
    Ex(
        "Three soldiers were killed and five wounded in the attack, the army said.",
        C("quantity", "Three", amount="3", noun="soldiers"),
        C("quantity", "five", amount="5"),
    ),
    Ex(
        "The ship was carrying seven crew members, the coast guard said.",
        C("quantity", "seven", amount="7", noun="crew members"),
    ),
    Ex(
        "A million homes were left without power after the storm.",
        C("quantity", "A million", amount="1000000", noun="homes"),
    ),
    Ex(
        "Fifteen countries in the region signed the declaration.",
        C("quantity", "Fifteen", amount="15", noun="countries"),
    ),
    Ex(
        "Ten thousand people were on the streets of central London on Saturday.",
        C("quantity", "Ten thousand", amount="10000", noun="people"),
    ),
    Ex(
        "Three hundred thousand people are still without clean water, the Red Cross said.",
        C("quantity", "Three hundred thousand", amount="300000", noun="people"),
    ),
    Ex(
        "Only one hospital is still functioning in the north of the territory.",
        C("quantity", "one", amount="1", noun="hospital"),
    ),
    Ex(
        "The government has pledged to build ninety-nine new schools in the province.",
        C("quantity", "ninety-nine", amount="99", noun="new schools"),
    ),
    Ex(
        "Two million Venezuelans have settled in Colombia.",
        C("quantity", "Two million", amount="2000000", noun="Venezuelans"),
    ),
    Ex(
        "The city recorded zero homicides in January, the police chief said.",
        C("quantity", "zero", amount="0", noun="homicides"),
    ),
    Ex(
        "Forty-two bodies have been recovered from the rubble.",
        C("quantity", "Forty-two", amount="42", noun="bodies"),
    ),
    Ex(
        "“One hundred and twenty families have lost everything,” the village head said.",
        C("quantity", "One hundred and twenty", amount="120", noun="families"),
    ),
    Ex(
        "Ukraine says it shot down 23 drones and two missiles on Sunday night.",
        C("quantity", "23", amount="23", noun="drones"),
        C("quantity", "two", amount="2", noun="missiles"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Thin space (U+2009) and no-break space (U+00A0) as thousands separators
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "A total of 12\u2009500 people have registered to vote in the district.",
        C("quantity", "12\u2009500", amount="12500", noun="people"),
    ),
    Ex(
        "The 2021 census counted 1\u2009234\u2009567 inhabitants.",
        C("quantity", "1\u2009234\u2009567", amount="1234567", noun="inhabitants"),
    ),
    Ex(
        "About 2\u00a0000 refugees were turned back at the border on Tuesday.",
        C("quantity", "2\u00a0000", amount="2000", noun="refugees", comparator="approx"),
    ),
    Ex(
        "Organisers said 150\u00a0000 people were at the rally.",
        C("quantity", "150\u00a0000", amount="150000", noun="people"),
    ),
    Ex(
        "The port handled 1\u00a0250\u00a0000 tonnes of grain last year.",
        C("quantity", "1\u00a0250\u00a0000 tonnes", amount="1250000", unit="t"),
    ),
    Ex(
        "The regulator fined the bank €45\u2009000 for late reporting.",
        C("money", "€45\u2009000", amount="45000", currency="EUR"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Negative figures
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Temperatures dropped to minus 5 degrees Celsius overnight in the capital.",
        C("quantity", "minus 5 degrees Celsius", amount="-5", unit="°C"),
    ),
    Ex(
        "Overnight lows of -12°C are forecast in the Highlands.",
        C("quantity", "-12°C", amount="-12", unit="°C"),
    ),
    Ex(
        "Wind chills could reach minus 40 degrees Fahrenheit in parts of Minnesota.",
        C("quantity", "minus 40 degrees Fahrenheit", amount="-40", unit="°F"),
    ),
    Ex(
        "Germany's economy posted growth of -0.3% in 2023, the statistics office said.",
        C("percent", "-0.3%", amount="-0.3"),
    ),
    Ex(
        "The Bank of Japan kept its short-term rate at minus 0.1% until March 2024.",
        C("percent", "minus 0.1%", amount="-0.1"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Counted nouns: modifiers come before the head noun; the noun stops at a preposition, verb, "and" or punctuation
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Russia has massed more than 2,000 troops along with 21 fighter jets and 300 military vehicles, "
        "the ministry said.",
        C("quantity", "2,000", amount="2000", noun="troops", comparator="gt"),
        C("quantity", "21", amount="21", noun="fighter jets"),
        C("quantity", "300", amount="300", noun="military vehicles"),
    ),
    Ex(
        "The convoy included 40 armoured vehicles and 12 tanks.",
        C("quantity", "40", amount="40", noun="armoured vehicles"),
        C("quantity", "12", amount="12", noun="tanks"),
    ),
    Ex(
        "At least 43 people were killed in the fire, the fire department said.",
        C("quantity", "43", amount="43", noun="people", comparator="ge"),
    ),
    Ex(
        "The Philippine coast guard said 17 Chinese vessels were spotted near the shoal.",
        C("quantity", "17", amount="17", noun="Chinese vessels"),
    ),
    Ex(
        "India has ordered 26 Rafale jets from France.",
        C("quantity", "26", amount="26", noun="Rafale jets"),
    ),
    Ex(
        "Indonesia is made up of more than 17,000 islands.",
        C("quantity", "17,000", amount="17000", noun="islands", comparator="gt"),
    ),
    Ex(
        "The company will cut 1,800 jobs, or about 6% of its workforce.",
        C("quantity", "1,800", amount="1800", noun="jobs"),
        C("percent", "6%", amount="6", comparator="approx"),
    ),
    Ex(
        "The United States has sent 31 Abrams tanks to Ukraine.",
        C("quantity", "31", amount="31", noun="Abrams tanks"),
    ),
    Ex(
        "Denmark has pledged 19 F-16 fighter jets to Ukraine.",
        C("quantity", "19", amount="19"),
        note="F-16 is a model name, not a figure",
    ),
    Ex(
        "The airline has ordered 50 Boeing 737 MAX jets.",
        C("quantity", "50", amount="50"),
        note="737 is part of the model name",
    ),
    Ex(
        "More than 7 million people have died of COVID-19 worldwide.",
        C("quantity", "7 million", amount="7000000", noun="people", comparator="gt"),
    ),
    Ex(
        "Voters will elect 575 members of parliament.",
        C("quantity", "575", amount="575", noun="members"),
    ),
    Ex(
        "Unilever will cut 7,500 jobs and spend €800 million on restructuring.",
        C("quantity", "7,500", amount="7500", noun="jobs"),
        C("money", "€800 million", amount="800000000", currency="EUR"),
    ),
    Ex(
        "Garuda carried 18.6 million passengers, up 9% on the previous year.",
        C("quantity", "18.6 million", amount="18600000", noun="passengers"),
        C("percent", "9%", amount="9"),
    ),
    Ex(
        "The 500 MW solar farm will power 150,000 homes.",
        C("quantity", "500 MW", amount="500", unit="MW"),
        C("quantity", "150,000", amount="150000", noun="homes"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # "18 of 20 regions": two quantities, the counted noun goes with the second
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Opposition candidates won 18 of 20 regions in Sunday's vote.",
        C("quantity", "18", amount="18"),
        C("quantity", "20", amount="20", noun="regions"),
    ),
    Ex(
        "Nine of the 11 victims were children, police said.",
        C("quantity", "Nine", amount="9"),
        C("quantity", "11", amount="11", noun="victims"),
    ),
    Ex(
        "Three out of four voters in the survey said the economy was their main concern.",
        C("quantity", "Three out of four", fraction="3/4", amount="0.75", noun="voters"),
    ),
    Ex(
        "Doctors estimate the condition affects one in 10,000 newborns.",
        C("quantity", "one in 10,000", fraction="1/10000", amount="0.0001", noun="newborns"),
        note="a ratio out of a figure with its thousands marked",
    ),
    Ex(
        "Only 12 of the 27 member states have met the target.",
        C("quantity", "12", amount="12"),
        C("quantity", "27", amount="27", noun="member states"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Units of measure: length and distance
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "The village lies 80 kilometres (50 miles) north of the capital.",
        C("quantity", "80 kilometres", amount="80", unit="km"),
        C("quantity", "50 miles", amount="50", unit="mi"),
    ),
    Ex(
        "PM2.5 levels reached 88 micrograms per cubic metre, against a WHO guideline of 15µg/m3.",
        C("quantity", "88 micrograms per cubic metre", amount="88", unit="µg/m3"),
        C("quantity", "15µg/m3", amount="15", unit="µg/m3"),
    ),
    Ex(
        "The front line stretches for more than 1,000 km.",
        C("quantity", "1,000 km", amount="1000", unit="km", comparator="gt"),
    ),
    Ex(
        "The earthquake struck at a depth of 10 km, the USGS said.",
        C("quantity", "10 km", amount="10", unit="km"),
    ),
    Ex(
        "The exclusion zone extends 30km around the plant.",
        C("quantity", "30km", amount="30", unit="km"),
    ),
    Ex(
        "The tunnel runs 57 kilometres beneath the Alps.",
        C("quantity", "57 kilometres", amount="57", unit="km"),
    ),
    Ex(
        "Mount Everest stands 8,849 metres above sea level.",
        C("quantity", "8,849 metres", amount="8849", unit="m"),
        note="'above' after the figure is not a comparator",
    ),
    Ex(
        "The volcano spewed ash 5,000 metres into the sky.",
        C("quantity", "5,000 metres", amount="5000", unit="m"),
    ),
    Ex(
        "Waves of up to 6 meters battered the coast.",
        C("quantity", "6 meters", amount="6", unit="m", comparator="le"),
    ),
    Ex(
        "Up to 30 cm of snow is expected in the Alps.",
        C("quantity", "30 cm", amount="30", unit="cm", comparator="le"),
    ),
    Ex(
        "The glacier has thinned by 40 centimetres since last summer.",
        C("quantity", "40 centimetres", amount="40", unit="cm"),
    ),
    Ex(
        "The Hong Kong Observatory recorded 158.1 mm of rainfall on Thursday.",
        C("quantity", "158.1 mm", amount="158.1", unit="mm"),
    ),
    Ex(
        "Parts of Jakarta received more than 200 millimetres of rain overnight.",
        C("quantity", "200 millimetres", amount="200", unit="mm", comparator="gt"),
    ),
    Ex(
        "Some coastal areas could see 100mm of rain, the Met Office warned.",
        C("quantity", "100mm", amount="100", unit="mm"),
    ),
    Ex(
        "The storm was centred 200 miles south-east of Miami.",
        C("quantity", "200 miles", amount="200", unit="mi"),
    ),
    Ex(
        "The plane was cruising at 35,000 feet when the engine failed.",
        C("quantity", "35,000 feet", amount="35000", unit="ft"),
    ),
    Ex(
        "Parts of Buffalo got more than 50 inches of snow.",
        C("quantity", "50 inches", amount="50", unit="in", comparator="gt"),
    ),
    Ex(
        "The missile can travel 3 kilometres in a second, the ministry claimed.",
        C("quantity", "3 kilometres", amount="3", unit="km"),
        note="'a second' is a span of time, not an ordinal",
    ),
    Ex(
        "Retail sales fell for a second straight month, and for a second consecutive quarter in Wales.",
        C("ordinal", "second", rank=2, noun="straight"),
        C("ordinal", "second", nth=2, rank=2, noun="consecutive"),
        note="'for a second' is a moment only with no noun after it",
    ),
    Ex(
        "Norris finished first in Miami, came in first again in Austin and was the first, ahead of Piastri.",
        C("ordinal", "first", rank=1),
        C("ordinal", "first", nth=2, rank=1),
        C("ordinal", "first", nth=3, rank=1),
        note="a bare 'first' after a placing verb or 'the' is a rank",
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Units of measure: weight
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Customs officers seized 150 kg of methamphetamine hidden in tea packets.",
        C("quantity", "150 kg", amount="150", unit="kg"),
    ),
    Ex(
        "Police found 1.2 kilograms of heroin in the suspect's luggage.",
        C("quantity", "1.2 kilograms", amount="1.2", unit="kg"),
    ),
    Ex(
        "Each ration pack contains 500 grams of rice.",
        C("quantity", "500 grams", amount="500", unit="g"),
    ),
    Ex(
        "Ukraine exported 4.2 million tonnes of grain in October.",
        C("quantity", "4.2 million tonnes", amount="4200000", unit="t"),
    ),
    Ex(
        "The ship was carrying 20,000 metric tons of fertiliser.",
        C("quantity", "20,000 metric tons", amount="20000", unit="t"),
    ),
    Ex(
        "The bear weighed about 600 pounds, wildlife officials said.",
        C("quantity", "600 pounds", amount="600", unit="lb", comparator="approx"),
    ),
    Ex(
        "Officers recovered 8 ounces of cocaine from the car.",
        C("quantity", "8 ounces", amount="8", unit="oz"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Units of measure: speed and temperature
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "The train reaches a top speed of 350 km/h.",
        C("quantity", "350 km/h", amount="350", unit="km/h"),
    ),
    Ex(
        "Wind speeds exceeding 200 km/h were recorded on the island.",
        C("quantity", "200 km/h", amount="200", unit="km/h", comparator="gt"),
    ),
    Ex(
        "Astronomers detected a galaxy 13.4 billion light years away, whose hottest stars reach up to 40,000 "
        "degrees Kelvin; a star near the black hole moves at 8,000 km/s.",
        C("quantity", "13.4 billion light years", amount="13400000000", unit="ly"),
        C("quantity", "40,000 degrees Kelvin", amount="40000", unit="K", comparator="le"),
        C("quantity", "8,000 km/s", amount="8000", unit="km/s"),
        note="science copy: light years, kelvin and kilometres per second are units, in the span",
    ),
    Ex(
        "The phone has a 48-megapixel camera, a 12MP selfie sensor, 128GB of storage, a 5,000mAh battery and "
        "cores that run at up to 4.05GHz; five MPs and 12 MP candidates attended the launch.",
        C("quantity", "48-megapixel", amount="48", unit="MP"),
        C("quantity", "5,000mAh", amount="5000", unit="mAh"),
        C("quantity", "12MP", amount="12", unit="MP"),
        C("quantity", "128GB", amount="128", unit="GB"),
        C("quantity", "4.05GHz", amount="4.05", unit="GHz", comparator="le"),
        C("quantity", "five", amount="5"),
        C("quantity", "12", nth=3, amount="12", unit=None),
        note="tech copy: megapixels and gigahertz are units; MP glued to its figure only (12 MP candidates count)",
    ),
    Ex(
        "Hurricane Milton made landfall with winds of 120 miles per hour.",
        C("quantity", "120 miles per hour", amount="120", unit="mph"),
    ),
    Ex(
        "Gusts of up to 90 mph are forecast along the coast.",
        C("quantity", "90 mph", amount="90", unit="mph", comparator="le"),
    ),
    Ex(
        "Winds of up to 150 miles per hour (240 km/h) battered the islands.",
        C("quantity", "150 miles per hour", amount="150", unit="mph", comparator="le"),
        C("quantity", "240 km/h", amount="240", unit="km/h"),
    ),
    Ex(
        "Temperatures hit 45.2°C in Seville on Saturday.",
        C("quantity", "45.2°C", amount="45.2", unit="°C"),
    ),
    Ex(
        "Forecasters warned temperatures could reach 42 degrees Celsius in Delhi.",
        C("quantity", "42 degrees Celsius", amount="42", unit="°C"),
    ),
    Ex(
        "Temperatures reached 42°C (107.6°F) in the shade.",
        C("quantity", "42°C", amount="42", unit="°C"),
        C("quantity", "107.6°F", amount="107.6", unit="°F"),
    ),
    Ex(
        "Phoenix reached 118 degrees Fahrenheit on Wednesday.",
        C("quantity", "118 degrees Fahrenheit", amount="118", unit="°F"),
    ),
    Ex(
        "Death Valley recorded 128°F, the National Weather Service said.",
        C("quantity", "128°F", amount="128", unit="°F"),
    ),
    Ex(
        "Night-time temperatures fell below 10°C for the first time this autumn.",
        C("quantity", "10°C", amount="10", unit="°C", comparator="lt"),
        C("ordinal", "first", rank=1),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Units of measure: area and volume
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "The fires have burned 25,000 hectares of forest in Riau.",
        C("quantity", "25,000 hectares", amount="25000", unit="ha"),
    ),
    Ex(
        "The wildfire has scorched more than 14,000 acres in Los Angeles County.",
        C("quantity", "14,000 acres", amount="14000", unit="acre", comparator="gt"),
    ),
    Ex(
        "Lake Toba covers 1,130 square kilometres.",
        C("quantity", "1,130 square kilometres", amount="1130", unit="km2"),
    ),
    Ex(
        "Each resident is entitled to 20 litres of water a day.",
        C("quantity", "20 litres", amount="20", unit="l"),
    ),
    Ex(
        "The vaccine is given as a single 0.5 ml dose.",
        C("quantity", "0.5 ml", amount="0.5", unit="ml"),
    ),
    Ex(
        "The pipeline leaked about 588,000 gallons of crude oil in Kansas.",
        C("quantity", "588,000 gallons", amount="588000", unit="gal", comparator="approx"),
    ),
    Ex(
        "OPEC+ agreed to cut output by 2 million barrels a day.",
        C("quantity", "2 million barrels a day", amount="2000000", unit="bbl/d"),
    ),
    Ex(
        "Saudi Arabia pumps roughly 9 million barrels per day.",
        C("quantity", "9 million barrels per day", amount="9000000", unit="bbl/d", comparator="approx"),
    ),
    Ex(
        "Russia's seaborne crude exports averaged 3.3 million barrels per day in May.",
        C("quantity", "3.3 million barrels per day", amount="3300000", unit="bbl/d"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Units of measure: power and energy
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "The plant generates 1,200 megawatts of electricity.",
        C("quantity", "1,200 megawatts", amount="1200", unit="MW"),
    ),
    Ex(
        "India aims to install 500 GW of renewable capacity by 2030.",
        C("quantity", "500 GW", amount="500", unit="GW"),
    ),
    Ex(
        "The new reactors will add 3 gigawatts to the grid.",
        C("quantity", "3 gigawatts", amount="3", unit="GW"),
    ),
    Ex(
        "The average household uses 2,700 kWh of electricity a year.",
        C("quantity", "2,700 kWh", amount="2700", unit="kWh"),
    ),
    Ex(
        "A typical British home consumes about 2,700 kilowatt-hours of electricity annually.",
        C("quantity", "2,700 kilowatt-hours", amount="2700", unit="kWh", comparator="approx"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Basis points (a quantity with unit bp)
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "The Federal Reserve raised rates by 25 basis points.",
        C("quantity", "25 basis points", amount="25", unit="bp"),
    ),
    Ex(
        "Bank Indonesia cut its benchmark rate by 25 basis points to 5.75%.",
        C("quantity", "25 basis points", amount="25", unit="bp"),
        C("percent", "5.75%", amount="5.75"),
    ),
    Ex(
        "Treasury yields rose 12 basis points on Friday.",
        C("quantity", "12 basis points", amount="12", unit="bp"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Percent: percent, per cent, %, decimals, word numbers
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Exports to China fell 18 percent in September from a year earlier.",
        C("percent", "18 percent", amount="18"),
    ),
    Ex(
        "Youth unemployment stands at 18 per cent, the highest in the region.",
        C("percent", "18 per cent", amount="18"),
    ),
    Ex(
        "Brent crude has risen 18% since January.",
        C("percent", "18%", amount="18"),
    ),
    Ex(
        "Britain's economy grew 0.5% in August, the Office for National Statistics said.",
        C("percent", "0.5%", amount="0.5"),
    ),
    Ex(
        "Inflation eased to 2.5 per cent in October, the central bank said.",
        C("percent", "2.5 per cent", amount="2.5"),
    ),
    Ex(
        "Turnout was 67.3%, up from 61.2% at the last election.",
        C("percent", "67.3%", amount="67.3"),
        C("percent", "61.2%", amount="61.2"),
    ),
    Ex(
        "Core inflation rose to 3.1% in January from 2.9% in December.",
        C("percent", "3.1%", amount="3.1"),
        C("percent", "2.9%", amount="2.9"),
    ),
    Ex(
        "The G20 accounts for 85% of global GDP.",
        C("percent", "85%", amount="85"),
    ),
    Ex(
        "Tesla shares jumped 12.1% on Thursday.",
        C("percent", "12.1%", amount="12.1"),
    ),
    Ex(
        "The company holds a 25% stake in the joint venture.",
        C("percent", "25%", amount="25"),
    ),
    Ex(
        "The government owns 100 percent of the airline.",
        C("percent", "100 percent", amount="100"),
    ),
    Ex(
        "Unemployment fell to 3.9%, its lowest level since 2000.",
        C("percent", "3.9%", amount="3.9"),
    ),
    Ex(
        "The rupiah has lost 5.2% against the dollar this year.",
        C("percent", "5.2%", amount="5.2"),
    ),
    Ex(
        "Five per cent of households own more than 40 per cent of the land.",
        C("percent", "Five per cent", amount="5"),
        C("percent", "40 per cent", amount="40", comparator="gt"),
    ),
    Ex(
        "Turnout in the 2019 election was 81%, a record.",
        C("percent", "81%", amount="81"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Percentage points
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "The Federal Reserve cut interest rates by half a percentage point on Wednesday.",
        C("percent", "half a percentage point", amount="0.5", measure="points"),
        note="a fraction of a percentage point is a percentage, not a share of something",
    ),
    Ex(
        "Three of the nine policymakers voted for a quarter of a percentage point cut, and one wanted three "
        "quarters of a percentage point.",
        C("quantity", "Three", amount="3"), C("quantity", "nine", amount="9"), C("quantity", "one", amount="1"),
        C("percent", "a quarter of a percentage point", amount="0.25", measure="points"),
        C("percent", "three quarters of a percentage point", amount="0.75", measure="points"),
    ),
    Ex(
        "The Fed delivered a half-point cut in September, then cut by a quarter point in November, and markets "
        "expect half a point more next year.",
        C("percent", "a half-point", amount="0.5", measure="points"),
        C("percent", "a quarter point", amount="0.25", measure="points"),
        C("percent", "half a point", amount="0.5", measure="points"),
        note="after a fraction a point is a percentage point, as news writes rate moves",
    ),
    Ex(
        "The FTSE 100 fell 300 points, and half the points it gained this year are gone.",
        C("quantity", "300", amount="300"),
        note="after a whole number a point is the index's; half of them is no fraction of a point",
    ),
    Ex(
        "Growth slowed to one and a half percent.",
        C("percent", "one and a half percent", amount="1.5"),
        note="the half of a mixed number stays in its figure",
    ),
    Ex(
        "Support for the government fell 3 percentage points to 41%.",
        C("percent", "3 percentage points", amount="3", measure="points"),
        C("percent", "41%", amount="41"),
    ),
    Ex(
        "Labour's lead narrowed by two percentage points in the latest poll.",
        C("percent", "two percentage points", amount="2", measure="points"),
    ),
    Ex(
        "The Fed cut rates by 0.25 percentage point to a range of 4.25%-4.50%.",
        C("percent", "0.25 percentage point", amount="0.25", measure="points"),
        C("percent", "4.25%-4.50%", amount="4.25", amount_max="4.5"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Money: US dollars ($, US$, USD, US dollars)
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Indonesia secured US$1.5 billion in loans from the World Bank.",
        C("money", "US$1.5 billion", amount="1500000000", currency="USD"),
    ),
    Ex(
        "The ministry disbursed USD 200 million in aid.",
        C("money", "USD 200 million", amount="200000000", currency="USD"),
    ),
    Ex(
        "The government has received 1.5 billion US dollars in pledges.",
        C("money", "1.5 billion US dollars", amount="1500000000", currency="USD"),
    ),
    Ex(
        "The startup raised US$20 million in a Series B round.",
        C("money", "US$20 million", amount="20000000", currency="USD"),
    ),
    Ex(
        "Brent crude settled at $82.50 a barrel.",
        C("money", "$82.50", amount="82.5", currency="USD"),
    ),
    Ex(
        "The company reported earnings of $3.20 a share.",
        C("money", "$3.20", amount="3.2", currency="USD"),
    ),
    Ex(
        "Gold hit a record $2,450 an ounce on Monday.",
        C("money", "$2,450", amount="2450", currency="USD"),
    ),
    Ex(
        "A Big Mac costs $5.69 in the United States.",
        C("money", "$5.69", amount="5.69", currency="USD"),
    ),
    Ex(
        "The strike, which began on March 3, has cost the carmaker $1.5 billion.",
        C("money", "$1.5 billion", amount="1500000000", currency="USD"),
    ),
    Ex(
        "Kenya's Treasury presented a KSh3.99 trillion budget and plans to borrow Ksh 263.2 billion locally, while "
        "Tanzania tabled TSh49.3 trillion; the Shah 2 drama premiered on the SH1 channel.",
        C("money", "KSh3.99 trillion", amount="3990000000000", currency="KES"),
        C("money", "Ksh 263.2 billion", amount="263200000000", currency="KES"),
        C("money", "TSh49.3 trillion", amount="49300000000000", currency="TZS"),
        note="East African shillings: KSh, TSh, USh name theirs; a name with a capital Sh is no currency",
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Money: euros and pounds sterling
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Brussels fined the tech giant €1.8 billion.",
        C("money", "€1.8 billion", amount="1800000000", currency="EUR"),
    ),
    Ex(
        "The club sold the striker for 90 million euros.",
        C("money", "90 million euros", amount="90000000", currency="EUR"),
    ),
    Ex(
        "Siemens Energy reported a net loss of €4.6bn.",
        C("money", "€4.6bn", amount="4600000000", currency="EUR"),
    ),
    Ex(
        "The Treasury will spend £3bn on new hospitals.",
        C("money", "£3bn", amount="3000000000", currency="GBP"),
    ),
    Ex(
        "The painting sold at auction for £4.7m.",
        C("money", "£4.7m", amount="4700000", currency="GBP"),
    ),
    Ex(
        "The average house price is now £285,000.",
        C("money", "£285,000", amount="285000", currency="GBP"),
    ),
    Ex(
        "The price cap takes the typical household bill to 1,738 pounds a year.",
        C("money", "1,738 pounds", amount="1738", currency="GBP"),
        note="'pounds' before a rate of a week or longer ('a year', 'per month') is sterling",
    ),
    Ex(
        "An adult bear can eat about 90 pounds a day before hibernating.",
        C("quantity", "90 pounds", amount="90", unit="lb", comparator="approx"),
        note="by the day, pounds are weight more often than money",
    ),
    Ex(
        "London prices fell 0.8% to an average of 538,790 pounds, and a flat sold for 299,331 pounds ($404,000). "
        "The bear weighed 1,200 pounds.",
        C("percent", "0.8%", amount="0.8", measure="change"),
        C("money", "538,790 pounds", amount="538790", currency="GBP"),
        C("money", "299,331 pounds", amount="299331", currency="GBP"),
        C("money", "$404,000", amount="404000", currency="USD"),
        C("quantity", "1,200 pounds", amount="1200", unit="lb"),
        note="'pounds' after a price word of its sentence, or before a conversion in brackets, is sterling",
    ),
    Ex(
        "The fund was valued at 40 million pounds sterling.",
        C("money", "40 million pounds sterling", amount="40000000", currency="GBP"),
    ),
    Ex(
        "Since 2019, the scheme has paid out £2.4bn.",
        C("money", "£2.4bn", amount="2400000000", currency="GBP"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Money: Asian and other currencies
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Toyota forecast an operating profit of ¥4.3 trillion for the year.",
        C("money", "¥4.3 trillion", amount="4300000000000", currency="JPY"),
    ),
    Ex(
        "The government unveiled a stimulus package worth 39 trillion yen.",
        C("money", "39 trillion yen", amount="39000000000000", currency="JPY"),
    ),
    Ex(
        "Tokyo spent ¥9.8 trillion intervening in currency markets.",
        C("money", "¥9.8 trillion", amount="9800000000000", currency="JPY"),
    ),
    Ex(
        "Beijing will issue 1 trillion yuan in special treasury bonds.",
        C("money", "1 trillion yuan", amount="1000000000000", currency="CNY"),
    ),
    Ex(
        "China's economy is worth roughly 126 trillion yuan ($17.7 trillion), official figures show.",
        C("money", "126 trillion yuan", amount="126000000000000", currency="CNY", comparator="approx"),
        C("money", "$17.7 trillion", amount="17700000000000", currency="USD"),
    ),
    Ex(
        "Changi Airport Group will invest S$1.5 billion in the new terminal.",
        C("money", "S$1.5 billion", amount="1500000000", currency="SGD"),
    ),
    Ex(
        "Canberra has committed A$368 billion to the submarine programme.",
        C("money", "A$368 billion", amount="368000000000", currency="AUD"),
    ),
    Ex(
        "Ottawa will spend C$500 million on wildfire prevention.",
        C("money", "C$500 million", amount="500000000", currency="CAD"),
    ),
    Ex(
        "Each eligible resident will receive HK$10,000 in cash.",
        C("money", "HK$10,000", amount="10000", currency="HKD"),
    ),
    Ex(
        "The state budget allocates Rp 3,325.1 trillion for spending in 2024.",
        C("money", "Rp 3,325.1 trillion", amount="3325100000000000", currency="IDR"),
    ),
    Ex(
        "The project is expected to cost Rp 14.6 trillion (US$930 million).",
        C("money", "Rp 14.6 trillion", amount="14600000000000", currency="IDR"),
        C("money", "US$930 million", amount="930000000", currency="USD"),
    ),
    Ex(
        "The 2024 budget sets aside Rp 665 trillion for education.",
        C("money", "Rp 665 trillion", amount="665000000000000", currency="IDR"),
    ),
    Ex(
        "The MRT extension will cost Rp25.3 trillion, the city administration said.",
        C("money", "Rp25.3 trillion", amount="25300000000000", currency="IDR"),
    ),
    Ex(
        "The minimum wage in Jakarta rose to 5.4 million rupiah a month.",
        C("money", "5.4 million rupiah", amount="5400000", currency="IDR"),
    ),
    Ex(
        "The magnitude 6.1 quake struck at 3.12°S, 128.45°E, at a depth of 10 km, and 5 W bulbs burned out.",
        C("quantity", "magnitude 6.1", amount="6.1", unit="M"),
        C("quantity", "10 km", amount="10", unit="km"),
        C("quantity", "5", nth=2, amount="5"),
        note="a coordinate (a degree sign and a hemisphere letter) names a place; a letter alone is no mark",
    ),
    Ex(
        "Petronas posted a net profit of RM80.7 billion.",
        C("money", "RM80.7 billion", amount="80700000000", currency="MYR"),
    ),
    Ex(
        "Investigators traced some 2.6 billion ringgit deposited in personal accounts.",
        C("money", "2.6 billion ringgit", amount="2600000000", currency="MYR", comparator="approx"),
    ),
    Ex(
        "Farmers will receive ₹6,000 a year under the scheme.",
        C("money", "₹6,000", amount="6000", currency="INR"),
    ),
    Ex(
        "A Delhi court fined the company 10,000 rupees.",
        C("money", "10,000 rupees", amount="10000", currency="INR"),
    ),
    Ex(
        "Samsung plans to invest 5 trillion won in chip research.",
        C("money", "5 trillion won", amount="5000000000000", currency="KRW"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Money: minor units (cents, pence)
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Shares closed down 50 cents at $12.40.",
        C("money", "50 cents", amount="0.50", currency="USD", minor=True),
        C("money", "$12.40", amount="12.4", currency="USD"),
        note="cents with no dollar or euro amount before them: English news copy's default, US dollars",
    ),
    Ex(
        "The company earned €1.2bn, or 45 cents a share.",
        C("money", "€1.2bn", amount="1200000000", currency="EUR"),
        C("money", "45 cents", amount="0.45", currency="EUR", minor=True),
        note="cents take the currency of the amount before them",
    ),
    Ex(
        "A can of soda will cost 99 cents under the new pricing.",
        C("money", "99 cents", amount="0.99", currency="USD", minor=True),
    ),
    Ex(
        "The levy adds less than 5 cents to each ticket.",
        C("money", "5 cents", amount="0.05", currency="USD", minor=True, comparator="lt"),
    ),
    Ex(
        "The price of a loaf of bread has gone up by 12 pence.",
        C("money", "12 pence", amount="0.12", minor=True),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Comparators: gt (more than, over, above, exceeding)
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "The war has cost more than $100 billion, the report estimated.",
        C("money", "$100 billion", amount="100000000000", currency="USD", comparator="gt"),
    ),
    Ex(
        "Over 5,000 people have signed the petition.",
        C("quantity", "5,000", amount="5000", noun="people", comparator="gt"),
    ),
    Ex(
        "The house sold for over £1m.",
        C("money", "£1m", amount="1000000", currency="GBP", comparator="gt"),
    ),
    Ex(
        "Inflation remained above 3% in March.",
        C("percent", "3%", amount="3", comparator="gt"),
    ),
    Ex(
        "Bitcoin climbed above $70,000 for the first time since March.",
        C("money", "$70,000", amount="70000", currency="USD", comparator="gt"),
        C("ordinal", "first", rank=1, noun="time"),
    ),
    Ex(
        "Fines exceeding $10 million were imposed on three banks.",
        C("money", "$10 million", amount="10000000", currency="USD", comparator="gt"),
        C("quantity", "three", amount="3", noun="banks"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Comparators: ge (at least, no fewer than)
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "The project will create at least 5,000 jobs, the minister said.",
        C("quantity", "5,000", amount="5000", noun="jobs", comparator="ge"),
    ),
    Ex(
        "The bank needs at least $2 billion in fresh capital.",
        C("money", "$2 billion", amount="2000000000", currency="USD", comparator="ge"),
    ),
    Ex(
        "Parties need at least 4% of the national vote to win seats.",
        C("percent", "4%", amount="4", comparator="ge"),
    ),
    Ex(
        "No fewer than 12 ships were damaged in the attack.",
        C("quantity", "12", amount="12", noun="ships", comparator="ge"),
    ),
    Ex(
        "The motion requires no fewer than 30 signatures from lawmakers.",
        C("quantity", "30", amount="30", noun="signatures", comparator="ge"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Comparators: lt (less than, fewer than, under, below)
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "The party won less than 2% of the vote.",
        C("percent", "2%", amount="2", comparator="lt"),
    ),
    Ex(
        "The company paid less than $1 million in tax last year.",
        C("money", "$1 million", amount="1000000", currency="USD", comparator="lt"),
    ),
    Ex(
        "Fewer than 80 Javan rhinos are left in the wild.",
        C("quantity", "80", amount="80", noun="Javan rhinos", comparator="lt"),
    ),
    Ex(
        "The village now has fewer than 200 residents.",
        C("quantity", "200", amount="200", noun="residents", comparator="lt"),
    ),
    Ex(
        "The car sells for under $30,000.",
        C("money", "$30,000", amount="30000", currency="USD", comparator="lt"),
    ),
    Ex(
        "Under 10% of the budget goes to health care.",
        C("percent", "10%", amount="10", comparator="lt"),
    ),
    Ex(
        "Unemployment remains below 4%, the lowest in decades.",
        C("percent", "4%", amount="4", comparator="lt"),
    ),
    Ex(
        "Approval of the president dropped below 40 per cent for the first time.",
        C("percent", "40 per cent", amount="40", comparator="lt"),
        C("ordinal", "first", rank=1, noun="time"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Comparators: le (up to, at most, no more than)
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "The new law allows fines of up to €20 million.",
        C("money", "€20 million", amount="20000000", currency="EUR", comparator="le"),
    ),
    Ex(
        "Up to 300 people were on board the boat, officials said.",
        C("quantity", "300", amount="300", noun="people", comparator="le"),
    ),
    Ex(
        "Each household may buy at most 2 kg of sugar.",
        C("quantity", "2 kg", amount="2", unit="kg", comparator="le"),
    ),
    Ex(
        "The bonds pay at most 4% a year.",
        C("percent", "4%", amount="4", comparator="le"),
    ),
    Ex(
        "Demonstrations of no more than 50 people are permitted.",
        C("quantity", "50", amount="50", noun="people", comparator="le"),
    ),
    Ex(
        "Annual rent increases are capped at no more than 5 per cent.",
        C("percent", "5 per cent", amount="5", comparator="le"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Comparators: approx (about, around, nearly, almost, roughly, some, an estimated)
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "The island is home to about 30,000 people.",
        C("quantity", "30,000", amount="30000", noun="people", comparator="approx"),
    ),
    Ex(
        "The bridge cost about $1.5bn to build.",
        C("money", "$1.5bn", amount="1500000000", currency="USD", comparator="approx"),
    ),
    Ex(
        "Around 60% of the country's rice is grown on Java.",
        C("percent", "60%", amount="60", comparator="approx"),
    ),
    Ex(
        "The quake killed around 1,500 people.",
        C("quantity", "1,500", amount="1500", noun="people", comparator="approx"),
    ),
    Ex(
        "Nearly 40 percent of Americans say they cannot cover an emergency expense of $400.",
        C("percent", "40 percent", amount="40", comparator="approx"),
        C("money", "$400", amount="400", currency="USD"),
    ),
    Ex(
        "The fighting has displaced nearly 10 million Sudanese.",
        C("quantity", "10 million", amount="10000000", noun="Sudanese", comparator="approx"),
    ),
    Ex(
        "Nearly a thousand pilgrims were treated for heatstroke.",
        C("quantity", "a thousand", amount="1000", noun="pilgrims", comparator="approx"),
    ),
    Ex(
        "Almost 90% of the country's garment workers are women.",
        C("percent", "90%", amount="90", comparator="approx"),
    ),
    Ex(
        "Japan's exports reached almost ¥100 trillion last year.",
        C("money", "¥100 trillion", amount="100000000000000", currency="JPY", comparator="approx"),
    ),
    Ex(
        "Roughly 3,000 police officers were deployed across the capital.",
        C("quantity", "3,000", amount="3000", noun="police officers", comparator="approx"),
    ),
    Ex(
        "Some 400 families in the village depend on fishing.",
        C("quantity", "400", amount="400", noun="families", comparator="approx"),
    ),
    Ex(
        "The dam will flood some 5,000 hectares of farmland.",
        C("quantity", "5,000 hectares", amount="5000", unit="ha", comparator="approx"),
    ),
    Ex(
        "On February 24, 2022, Russia sent some 190,000 troops into Ukraine.",
        C("quantity", "190,000", amount="190000", noun="troops", comparator="approx"),
    ),
    Ex(
        "An estimated 50,000 people were at the funeral.",
        C("quantity", "50,000", amount="50000", noun="people", comparator="approx"),
    ),
    Ex(
        "The storm caused an estimated $50 billion in damage.",
        C("money", "$50 billion", amount="50000000000", currency="USD", comparator="approx"),
    ),
    Ex(
        "The Nile stretches some 6,650 km from its source to the Mediterranean.",
        C("quantity", "6,650 km", amount="6650", unit="km", comparator="approx"),
    ),
    Ex(
        "Windows 11 now runs on about 400 million devices.",
        C("quantity", "400 million", amount="400000000", noun="devices", comparator="approx"),
        note="'Windows 11' is a product name",
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Ranges: the span runs from the first number to the last word of the range
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Scientists estimate that between 5 and 10 million people could be displaced.",
        C("quantity", "5 and 10 million", amount="5000000", amount_max="10000000"),
    ),
    Ex(
        "Officials said 30 to 40 people were still missing.",
        C("quantity", "30 to 40", amount="30", amount_max="40"),
    ),
    Ex(
        "The country could deploy 3,000 to 5,000 troops to the mission.",
        C("quantity", "3,000 to 5,000", amount="3000", amount_max="5000"),
    ),
    Ex(
        "Between 2,000 and 3,000 workers are expected to strike.",
        C("quantity", "2,000 and 3,000", amount="2000", amount_max="3000"),
    ),
    Ex(
        "The Milky Way holds 100 billion to 400 billion stars.",
        C("quantity", "100 billion to 400 billion", amount="100000000000", amount_max="400000000000"),
    ),
    Ex(
        "The harvest is forecast at 5-6 million tonnes.",
        C("quantity", "5-6 million tonnes", amount="5000000", amount_max="6000000", unit="t"),
    ),
    Ex(
        "The missiles have a range of between 200 and 300 kilometres.",
        C("quantity", "200 and 300 kilometres", amount="200", amount_max="300", unit="km"),
    ),
    Ex(
        "The storm could bring 100 to 150 mm of rain.",
        C("quantity", "100 to 150 mm", amount="100", amount_max="150", unit="mm"),
    ),
    Ex(
        "The merger could save $5 million to $10 million a year.",
        C("money", "$5 million to $10 million", amount="5000000", amount_max="10000000", currency="USD"),
    ),
    Ex(
        "Tickets are expected to cost between $10 and $20.",
        C("money", "$10 and $20", amount="10", amount_max="20", currency="USD"),
    ),
    Ex(
        "The painting is expected to fetch £3m to £5m at auction.",
        C("money", "£3m to £5m", amount="3000000", amount_max="5000000", currency="GBP"),
    ),
    Ex(
        "Analysts expect home prices to rise 10-20% next year.",
        C("percent", "10-20%", amount="10", amount_max="20"),
    ),
    Ex(
        "The economy is forecast to grow between 5 and 7 percent this year.",
        C("percent", "5 and 7 percent", amount="5", amount_max="7"),
    ),
    Ex(
        "Prices of some staples have risen 15 to 20 per cent since the subsidy was cut.",
        C("percent", "15 to 20 per cent", amount="15", amount_max="20"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Ordinals
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Joko Widodo won a second term in 2019.",
        C("ordinal", "second", rank=2, noun="term"),
    ),
    Ex(
        "Biden had been seeking a second term before he withdrew.",
        C("ordinal", "second", rank=2, noun="term"),
        note="'a second term' ranks; only 'a second' as a span of time is not an ordinal",
    ),
    Ex(
        "Xi Jinping secured an unprecedented third term as party leader.",
        C("ordinal", "third", rank=3, noun="term"),
    ),
    Ex(
        "Modi was sworn in for a third term on Sunday.",
        C("ordinal", "third", rank=3, noun="term"),
    ),
    Ex(
        "Germany overtook Japan to become the world's third-largest economy.",
        C("ordinal", "third", rank=3),
    ),
    Ex(
        "Surabaya is Indonesia's second-largest city.",
        C("ordinal", "second", rank=2),
    ),
    Ex(
        "Indonesia is the world's fourth most populous country.",
        C("ordinal", "fourth", rank=4),
    ),
    Ex(
        "Annual inflation slowed for the 10th consecutive month in April.",
        C("ordinal", "10th", rank=10),
    ),
    Ex(
        "Manufacturing activity contracted for a fifth straight month in June.",
        C("ordinal", "fifth", rank=5),
    ),
    Ex(
        "Manchester City won a record fourth consecutive Premier League title.",
        C("ordinal", "fourth", rank=4),
    ),
    Ex(
        "Climate change is the defining challenge of the 21st century.",
        C("ordinal", "21st", rank=21, noun="century"),
    ),
    Ex(
        "“This is the twenty-first century, not the nineteenth,” the minister said.",
        C("ordinal", "twenty-first", rank=21, noun="century"),
        C("ordinal", "nineteenth", rank=19),
    ),
    Ex(
        "Claudia Sheinbaum became the first woman to lead Mexico.",
        C("ordinal", "first", rank=1, noun="woman"),
    ),
    Ex(
        "Kamala Harris was the first Black woman to serve as vice president.",
        C("ordinal", "first", rank=1),
    ),
    Ex(
        "The first flight from Jakarta landed in Nusantara on Monday.",
        C("ordinal", "first", rank=1, noun="flight"),
    ),
    Ex(
        "The central bank held rates steady for the second time, citing weak demand.",
        C("ordinal", "second", rank=2, noun="time"),
    ),
    Ex(
        "Parliament will debate the bill for the first time on Tuesday.",
        C("ordinal", "first", rank=1, noun="time"),
    ),
    Ex(
        "The party celebrated its 100th anniversary in July 2021.",
        C("ordinal", "100th", rank=100, noun="anniversary"),
    ),
    Ex(
        "This year marks the 75th anniversary of the founding of NATO.",
        C("ordinal", "75th", rank=75, noun="anniversary"),
    ),
    Ex(
        "The EU adopted its 14th package of sanctions against Russia.",
        C("ordinal", "14th", rank=14, noun="package"),
    ),
    Ex(
        "Negotiators met for a seventh round of talks in Doha.",
        C("ordinal", "seventh", rank=7, noun="round"),
    ),
    Ex(
        "It is the 23rd round of talks since the war began.",
        C("ordinal", "23rd", rank=23, noun="round"),
    ),
    Ex(
        "The fire started on the 17th floor of the tower.",
        C("ordinal", "17th", rank=17, noun="floor"),
    ),
    Ex(
        "The twelfth edition of the festival drew large crowds.",
        C("ordinal", "twelfth", rank=12, noun="edition"),
    ),
    Ex(
        "Verstappen finished 3rd in Saturday's sprint.",
        C("ordinal", "3rd", rank=3),
    ),
    Ex(
        "The country ranked 5th in the medal table.",
        C("ordinal", "5th", rank=5),
    ),
    Ex(
        "Djokovic won his 24th Grand Slam title in New York.",
        C("ordinal", "24th", rank=24),
    ),
    Ex(
        "She has now won two Grand Slam titles and 25 Grand Prix races.",
        C("quantity", "two", amount="2", noun="Grand Slam titles"),
        C("quantity", "25", amount="25", noun="Grand Prix races"),
    ),
    Ex(
        "The scammer pocketed 10 grand from each victim.",
        C("money", "10 grand", amount="10000", currency="USD"),
    ),
    Ex(
        "Sri Lanka will hold its ninth presidential election on Saturday.",
        C("ordinal", "ninth", rank=9),
    ),
    Ex(
        "Paetongtarn Shinawatra became Thailand's 31st prime minister.",
        C("ordinal", "31st", rank=31),
    ),
    Ex(
        "The party came second with 24% of the vote.",
        C("ordinal", "second", rank=2),
        C("percent", "24%", amount="24"),
    ),
    Ex(
        "The central bank sold $2.1 billion of reserves last week, its second intervention this month.",
        C("money", "$2.1 billion", amount="2100000000", currency="USD"),
        C("ordinal", "second", rank=2),
    ),
    # A list run into a paragraph (a press release's points): its numbers are no counts; a lone figure after a
    # colon or a stop that numbers no list stays one
    Ex(
        "The Ministry of Health announced the following measures: 1. The minimum age to buy tobacco will rise from 18 "
        "to 21. 2. Fines will double to S$10,000 for a first offence. 3. As at 30 June, 1,245 retailers had been "
        "inspected.",
        C("quantity", "18", amount="18"), C("quantity", "21", amount="21"),
        C("money", "S$10,000", amount="10000", currency="SGD"), C("ordinal", "first", rank=1),
        C("quantity", "1,245", amount="1245"),
    ),
    Ex(
        "Britain's medal tally: Gold: 14. Silver: 22. Bronze: 29.",
        C("quantity", "14", amount="14"), C("quantity", "22", amount="22"), C("quantity", "29", amount="29"),
    ),
    # Sentence-initial enumerators are not ordinals, even next to other claims.
    Ex(
        "First, the bank raised rates by 50 basis points; then it sold reserves.",
        C("quantity", "50 basis points", amount="50", unit="bp"),
        note="'First,' enumerates",
    ),
    Ex(
        "Second, the plan sets aside $2bn for social housing.",
        C("money", "$2bn", amount="2000000000", currency="USD"),
        note="'Second,' enumerates",
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Years, dates, clock times, scores and identifiers beside real claims
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "In 2014, the company sold 1.2 million cars.",
        C("quantity", "1.2 million", amount="1200000", noun="cars"),
    ),
    Ex(
        "By 3 p.m., 5,000 people had queued outside the stadium.",
        C("quantity", "5,000", amount="5000", noun="people"),
    ),
    Ex(
        "At 10:30 a.m. on Tuesday, the rupiah traded 0.4% weaker.",
        C("percent", "0.4%", amount="0.4"),
    ),
    Ex(
        "Between 2010 and 2020, the city's population grew 18%.",
        C("percent", "18%", amount="18"),
        note="a span of years is a date, not a quantity range",
    ),
    Ex(
        "Arsenal, who won 2-1 on Sunday, have scored 50 goals in the league.",
        C("quantity", "50", amount="50", noun="goals"),
    ),
    Ex(
        "The COVID-19 pandemic had killed 6.9 million people by the end of 2023, according to the WHO.",
        C("quantity", "6.9 million", amount="6900000", noun="people"),
    ),
    Ex(
        "Flight MH370 was carrying 239 people, including 227 passengers.",
        C("quantity", "239", amount="239", noun="people"),
        C("quantity", "227", amount="227", noun="passengers"),
    ),
    Ex(
        "Under Article 50, Britain agreed to pay £30bn to settle its accounts with the EU.",
        C("money", "£30bn", amount="30000000000", currency="GBP"),
        note="'Under' before 'Article 50' is no comparator",
    ),
    Ex(
        "The retailer, which filed for Chapter 11 in January, owes creditors $1.9 billion.",
        C("money", "$1.9 billion", amount="1900000000", currency="USD"),
    ),
    Ex(
        "Since the G20 summit on 9 September, the rupee has fallen 1.5%.",
        C("percent", "1.5%", amount="1.5"),
    ),
    # Poll splits are two figures; a margin of error is plus or minus, not negative
    Ex(
        "Sherrill led Ciattarelli 48% to 40% among likely voters.",
        C("percent", "48%", amount="48", amount_max=None),
        C("percent", "40%", amount="40", amount_max=None),
    ),
    Ex(
        "The poll has a margin of error of plus or minus 3.3 percentage points.",
        C("percent", "plus or minus 3.3 percentage points", amount="3.3", measure="points"),
    ),
    Ex(
        "The unemployment rate ticked up to 4.2%, the Labor Department said.",
        C("percent", "4.2%", amount="4.2", comparator=None),
        note="up to after a verb is its particle, not a bound",
    ),
    Ex(
        "Crude inventories posted a 1.8-million-barrel draw last week.",
        C("quantity", "1.8-million-barrel", amount="1800000", unit="bbl"),
    ),
    # British weather copy glues C, F and in to the number
    Ex(
        "Temperatures hit 35C (95F) in London on Monday.",
        C("quantity", "35C", amount="35", unit="°C"),
        C("quantity", "95F", amount="95", unit="°F"),
    ),
    Ex(
        "Up to 2in of rain fell overnight.",
        C("quantity", "2in", amount="2", unit="in"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # What a percentage measures (share, change, points) and "nearly" (just below): what a check compares
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Quarterly profit rose 12% to $3.2 billion, the company said.",
        C("percent", "12%", amount="12", measure="change"),
        C("money", "$3.2 billion", amount="3200000000", currency="USD"),
    ),
    Ex(
        "Retail sales fell by 0.8 percent in March from February.",
        C("percent", "0.8 percent", amount="0.8", measure="change"),
    ),
    Ex(
        "The unemployment rate rose to 4.2% in May, the highest in three years.",
        C("percent", "4.2%", amount="4.2", measure=None),
    ),
    Ex(
        "Councils approved a 5% increase in parking fees.",
        C("percent", "5%", amount="5", measure="change"),
    ),
    Ex(
        "The pound recovered 0.5% against the dollar.",
        C("percent", "0.5%", amount="0.5", measure="change"),
    ),
    Ex(
        "The Nasdaq shed 210 points, or 1.3%, while shares of Nvidia added 2.4%.",
        C("quantity", "210", amount="210", noun="points"),
        C("percent", "1.3%", amount="1.3", measure="change"),
        C("percent", "2.4%", amount="2.4", measure="change"),
        note="'shed' and 'added' are market verbs of change; a restated change takes its verb",
    ),
    Ex(
        "The quake, with a magnitude of 6.8, struck at a depth of 10 km.",
        C("quantity", "magnitude of 6.8", amount="6.8", unit="M"),
        C("quantity", "10 km", amount="10", unit="km"),
        note="'a magnitude of 6.8' as 'magnitude 6.8': the unit written before the figure",
    ),
    Ex(
        "Workers rejected a contract that included a 25% pay rise over four years.",
        C("percent", "25%", amount="25", measure="change"),
        note="a noun of change after the noun that changed: 'pay rise', 'price increase'",
    ),
    Ex(
        "The deal gives teachers a 13.8% raise over three years, and nurses won a 4% pay raise.",
        C("percent", "13.8%", amount="13.8", measure="change"),
        C("percent", "4%", amount="4", measure="change"),
        note="'raise' is the American 'rise': a noun of change after the figure or after the noun that changed",
    ),
    Ex(
        "The index slumped 120 points, or 3.2%, on Monday.",
        C("quantity", "120", amount="120", noun="points"),
        C("percent", "3.2%", amount="3.2", measure="change"),
        note="the change verb before the first figure carries to the one 'or' restates it as",
    ),
    Ex(
        "Its 5% stake increased in value after the deal.",
        C("percent", "5%", amount="5", measure=None),
        note="a verb after a noun after the percentage: the stake changed, not by 5%",
    ),
    Ex(
        "About 40% of voters said the economy was their main concern.",
        C("percent", "40%", amount="40", measure="share", comparator="approx", of="voters"),
    ),
    Ex(
        "Nearly 3,000 people fled the fighting over the weekend.",
        C("quantity", "3,000", amount="3000", comparator="approx", nearly=True, noun="people"),
    ),
    Ex(
        "Almost half of the 1,200 workers were laid off.",
        C("quantity", "half", fraction="1/2", amount="0.5", comparator="approx", nearly=True),
        C("quantity", "1,200", amount="1200", noun="workers"),
    ),
    Ex(
        "The magnitude 6.2 quake was centered 85 kilometers southwest of Malang.",
        C("quantity", "magnitude 6.2", amount="6.2", unit="M", noun=None),
        C("quantity", "85 kilometers", amount="85", unit="km"),
        note="a unit written before its figure: earthquake magnitudes",
    ),
    Ex(
        "In November 2022, a magnitude 5.6 earthquake killed hundreds of people in Cianjur.",
        C("quantity", "magnitude 5.6", amount="5.6", unit="M"),
        note="'a magnitude' is no quantity of one",
    ),
    Ex(
        "The average bus fare rose 79 cents from a year earlier.",
        C("money", "79 cents", amount="0.79", currency="USD", minor=True),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Ages: a quantity in years with the noun "age", never a duration
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "A 9-year-old girl was among those rescued from the rubble.",
        C("quantity", "9-year-old", amount="9", unit="year", noun="age"),
    ),
    Ex(
        "Police arrested two men, aged 19 and 24, after the attack.",
        C("quantity", "two", amount="2", noun="men"),
        C("quantity", "19", amount="19", unit="year", noun="age"),
        C("quantity", "24", amount="24", unit="year", noun="age"),
        note="a second age after 'and' that ends its clause is an age too, not a bare count",
    ),
    Ex(
        "Applicants aged 18 to 35 may apply for the scheme.",
        C("quantity", "18 to 35", amount="18", amount_max="35", unit="year", noun="age"),
    ),
    Ex(
        "People aged over 65 and children aged under five are most at risk.",
        C("quantity", "65", amount="65", unit="year", noun="age", comparator="gt"),
        C("quantity", "five", amount="5", unit="year", noun="age", comparator="lt"),
    ),
    Ex(
        "The man, 61, must also forfeit his car, and an elderly woman, 84, was treated in hospital.",
        C("quantity", "61", amount="61", unit="year", noun="age"),
        C("quantity", "84", amount="84", unit="year", noun="age"),
        note="a person not named, an article and a noun of one person, introduced with an age",
    ),
    Ex(
        "The ranking, 12, was lower than last year's.",
        C("quantity", "12", amount="12", noun=None),
        note="no person: a bare figure, no age",
    ),
    Ex(
        "John Prescott has died. He was 86. The other driver, who was 45, was unhurt; he was 5 points behind and "
        "she is 34 years old.",
        C("quantity", "86", amount="86", unit="year", noun="age"),
        C("quantity", "45", amount="45", unit="year", noun="age"),
        C("quantity", "5", nth=2, amount="5", unit=None),
        C("quantity", "34 years old", amount="34", unit="year", noun="age"),
        note="'he was', 'who was' … make an age of a bare number that ends its clause (obituaries, crime "
             "reports); before a noun the number counts it",
    ),
    Ex(
        "The driver, aged 52, was arrested at the scene.",
        C("quantity", "52", amount="52", unit="year", noun="age"),
    ),
    Ex(
        "John Mitchell, 45, of Dayton, Ohio, was charged with arson.",
        C("quantity", "45", amount="45", unit="year", noun="age"),
    ),
    Ex(
        "The victim, who was 71 years old, died in hospital.",
        C("quantity", "71 years old", amount="71", unit="year", noun="age"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Fractions and ratios: the value held exactly as written, and what it is a share of
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Two-thirds of voters said they backed the measure.",
        C("quantity", "Two-thirds", fraction="2/3", noun="voters"),
    ),
    Ex(
        "About a third of the budget goes to debt service.",
        C("quantity", "a third", fraction="1/3", comparator="approx"),
    ),
    Ex(
        "One in five adults in the region smokes, the survey found.",
        C("quantity", "One in five", fraction="1/5", noun="adults"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # Lists and changes: a bare figure takes the currency, unit or percent of its partner
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "The economy grew 3, 5 and 7 per cent in the three years to 2024.",
        C("percent", "3", amount="3"),
        C("percent", "5", amount="5"),
        C("percent", "7 per cent", amount="7"),
    ),
    Ex(
        "The utility cut its annual profit forecast from $320 million to 275 million.",
        C("money", "$320 million", amount="320000000", currency="USD"),
        C("money", "275 million", amount="275000000", currency="USD"),
    ),
    Ex(
        "The exclusion zone around the volcano was widened from 20 km to 35.",
        C("quantity", "20 km", amount="20", unit="km"),
        C("quantity", "35", amount="35", unit="km"),
    ),
    Ex(
        "A 3-month-old baby was among the passengers rescued.",
        C("quantity", "3-month-old", amount="3", unit="month", noun="age"),
    ),
    # ------------------------------------------------------------------------------------------------------------
    # How figures are written: fractions in words and digits, mixed numbers, scales, groupings, codes
    # ------------------------------------------------------------------------------------------------------------
    Ex(
        "Half a dozen people were taken to hospital after the blast, police said.",
        C("quantity", "Half a dozen", amount="6", noun="people"),
        note="half a dozen is six, not a dozen",
    ),
    Ex(
        "Exports fell by one fifth in the year to March.",
        C("quantity", "one fifth", amount="0.2", fraction="1/5"),
        note="a singular ordinal after 'one' is a denominator; after 'a' it still ranks ('a fifth straight day')",
    ),
    Ex(
        "A million and a half visitors passed through the gates last year.",
        C("quantity", "A million and a half", amount="1500000", noun="visitors"),
    ),
    Ex(
        "The fund raised three-quarters of a billion dollars from investors.",
        C("money", "three-quarters of a billion dollars", amount="750000000", currency="USD"),
    ),
    Ex(
        "The toll machine only took coins, so she paid with four quarters and a dime.",
        C("money", "four quarters", amount="1", currency="USD"),
        C("money", "a dime", amount="0.1", currency="USD"),
        note="quarters with no word of a run of time or shift before them are coins",
    ),
    Ex(
        "The new runway will be two and a third miles long.",
        C("quantity", "two and a third miles", unit="mi", fraction="7/3"),
        note="a mixed number held exactly: 7/3, its amount the quotient to 12 digits",
    ),
    Ex(
        "The leaders covered the last 10 1/2 miles in under an hour.",
        C("quantity", "10 1/2 miles", amount="10.5", unit="mi", fraction="21/2"),
    ),
    Ex(
        "The track is a 1/4-mile paved oval.",
        C("quantity", "1/4-mile", amount="0.25", unit="mi", fraction="1/4"),
    ),
    Ex(
        "The central bank raised its key rate to 2 1/2 percent.",
        C("percent", "2 1/2 percent", amount="2.5"),
        note="AP writes fractions with a space: 2 1/2",
    ),
    Ex(
        "The storm dropped 2⅓ inches of rain on the city overnight.",
        C("quantity", "2⅓ inches", unit="in", fraction="7/3"),
    ),
    Ex(
        "Researchers counted about 1.3e6 bacteria per millilitre in the samples.",
        C("quantity", "1.3e6", amount="1300000", comparator="approx", noun="bacteria"),
    ),
    Ex(
        "The index of consumer sentiment slipped to minus one in June.",
        C("quantity", "minus one", amount="-1"),
        note="'one' alone is no figure, but with a sign it is",
    ),
    Ex(
        "The plant will hire 500-1500 workers, the company said.",
        C("quantity", "500-1500", amount="500", amount_max="1500", noun="workers"),
        note="a figure that could be a year at one end does not make a range of figures a date",
    ),
    Ex(
        "Order intake rose to MEUR 120.5 in the quarter, while net sales reached 1,250 MSEK.",
        C("money", "MEUR 120.5", amount="120500000", currency="EUR"),
        C("money", "1,250 MSEK", amount="1250000000", currency="SEK"),
        note="Nordic company reports write millions as a prefix on the currency code",
    ),
    Ex(
        "Speeding fines start at SEK 1,500, police said.",
        C("money", "SEK 1,500", amount="1500", currency="SEK"),
    ),
    Ex(
        "The farmer was paid Rs 1,25,000 in compensation.",
        C("money", "Rs 1,25,000", amount="125000", currency="INR"),
        note="Indian English groups digits in lakhs",
    ),
    Ex(
        "The census counted 1 414 021 100 people, and some 40 000 were missed.",
        C("quantity", "1 414 021 100", amount="1414021100", noun="people"),
        C("quantity", "40 000", amount="40000", comparator="approx"),
        note="thousands grouped by spaces, SI style",
    ),
    Ex(
        "The suspect is described as 5ft 10in tall, police said.",
        C("quantity", "5ft 10in", amount="70", unit="in"),
    ),
    Ex(
        "Labour holds a 5 percentage-point lead, the poll showed.",
        C("percent", "5 percentage-point", amount="5", measure="points"),
    ),
    Ex(
        "Households earning less than or equal to $50,000 a year qualify for the rebate.",
        C("money", "$50,000", amount="50000", currency="USD", comparator="le"),
    ),
    Ex(
        "The stamp now costs 2 ringgit 50 sens.",
        C("money", "2 ringgit 50 sens", amount="2.5", currency="MYR"),
    ),
    Ex(
        "BYD's sales in the quarter topped 1.1 million vehicles.",
        C("quantity", "1.1 million", amount="1100000", comparator="gt"),
        note="a verb of passing before the figure bounds it",
    ),
    Ex(
        "Analysts expect the economy to grow 2 to 3 percent next year.",
        C("percent", "2 to 3 percent", amount="2", amount_max="3", measure="change"),
        note="a change by a range: a bare first figure shares the second's percent word ('rose 0.2% to 3.1%' and "
             "'rose from 4 to 5 percent' stay two figures)",
    ),
    Ex(
        "Traders see roughly a 60% chance of a cut in December.",
        C("percent", "60%", amount="60", comparator="approx"),
        note="an approximation word before an article before the figure",
    ),
    Ex(
        "Annual sales:\n2022 - 14,500\n2023 - 16,200",
        C("quantity", "14,500", amount="14500"),
        C("quantity", "16,200", amount="16200"),
        note="a table row as text: a year opening its line, a spaced dash, its figure",
    ),
    Ex(
        "The tunnel opened a decade later than first planned, and Mandela was the first elected black president.",
        C("ordinal", "first", nth=2, rank=1),
        note="'first' right before a past participle is an adverb of time, a rank only after an article",
    ),
    Ex(
        "Farmgate prices were raised to 1,500 CFA francs ($2.48) per kg, and a fine of 2 million West African CFA "
        "francs was imposed.",
        C("money", "1,500 CFA francs", amount="1500", currency=None),
        C("money", "$2.48", amount="2.48", currency="USD"),
        C("money", "2 million West African CFA francs", amount="2000000", currency="XOF"),
        note="CFA francs are money; bare, they name no one currency (West or Central African), as bare francs",
    ),
    Ex(
        "The average price of a litre of petrol fell by 2.4p, and the cost of a 1kg bag of rice rose.",
        C("money", "2.4p", amount="0.024", currency="GBP"),
        C("quantity", "1kg", amount="1", unit="kg"),
        note="'the price of a litre' names the unit a price is for, not a quantity of one litre",
    ),
    Ex(
        "Of the 152 councils that responded, three-quarters said they would cut services.",
        C("quantity", "152", amount="152"),
        C("quantity", "three-quarters", fraction="3/4"),
        note="a hyphened fraction is a share with no 'of' after it; spaced 'three quarters' may be of a year",
    ),
    Ex(
        "Nearly half of days last year were 1.5C warmer, and two thirds of days in July were dry.",
        C("quantity", "half", fraction="1/2", comparator="approx"),
        C("quantity", "1.5C", amount="1.5", unit="°C"),
        C("quantity", "two thirds", fraction="2/3"),
        note="a fraction of units of time counted with no article is a share of them; 'a quarter of an hour' is "
             "a length",
    ),
    Ex(
        "The line carried its 10 millionth passenger on Tuesday.",
        C("ordinal", "10 millionth", rank=10000000, noun="passenger"),
        note="a figure before a scale's ordinal ranks by their product; the figure is no count of its own",
    ),
    Ex(
        "Passenger numbers on the line reached 200 million in its first year.",
        C("quantity", "200 million", amount="200000000"),
        C("ordinal", "first", rank=1, noun="year"),
        note="an ordinal before a unit of time ranks it ('its first year', 'his first day'), after any determiner",
    ),
    Ex(
        "Just over 40% backed the plan, while just under a third opposed it and more than a fifth did not vote.",
        C("percent", "40%", amount="40", comparator="gt"),
        C("quantity", "a third", fraction="1/3", comparator="lt"),
        C("quantity", "a fifth", fraction="1/5", comparator="gt"),
        note="a comparator before 'a third' makes it an amount with no 'of' after it; no rank takes a comparator",
    ),
    Ex(
        "People aged 65 or over are eligible, and children aged 5 and younger were hit hardest.",
        C("quantity", "65", amount="65", unit="year", noun="age", comparator="ge"),
        C("quantity", "5", nth=2, amount="5", unit="year", noun="age", comparator="le"),
        note="'or over', 'and older', 'and younger' after a figure bound it",
    ),
    Ex(
        "Labour won 412 seats, the Conservatives 121 seats and the Lib Dems 72 seats.",
        C("quantity", "412", amount="412", noun="seats"),
        C("quantity", "121", amount="121", noun="seats"),
        C("quantity", "72", amount="72", noun="seats"),
        note="the names own the counts of a list of one noun",
    ),
    Ex(
        "Harris's 226 electoral votes fell short, and about 300 workers lost their jobs.",
        C("quantity", "226", amount="226", noun="electoral votes"),
        C("quantity", "300", amount="300", noun="workers", comparator="approx"),
        note="an irregular past tense ends the counted noun, as a verb in -ed does",
    ),
    Ex(
        "The FTSE 100 closed 41.6 points higher, while three larger rivals fell.",
        C("quantity", "41.6", amount="41.6", noun="points"),
        C("quantity", "three", amount="3", noun="larger rivals"),
        note="a comparative after the counted noun ends it; before it, it describes the noun",
    ),
    Ex(
        "Food prices rose 0.4% month on month and 3.8% from a year earlier, while turnout was 60% and 70% voted.",
        C("percent", "0.4%", amount="0.4", measure="change"),
        C("percent", "3.8%", amount="3.8", measure="change"),
        C("percent", "60%", amount="60"),
        C("percent", "70%", amount="70"),
        note="a percentage joined by 'and' to a change shares its verb; after a level it is none",
    ),
]

NEGATIVES: list[str] = [
    "The airline flies Boeing 737 jets and Airbus 320 jets on the route.",
    "Call 0800-555111 for details.",
    # a hotline and its alternatives: numbers to call, no figures
    "The helpline 116 123 is free to call, as is the hotline 111 or 999.",
    # a section's subsections glued to it in brackets
    "He was charged under Section 376(2) of the Penal Code.",
    "Read the terms first. She spoke first, then he did. He paused for a second before answering.",
    "The rule is set out in Article 5.2 of the treaty.",
    # Fractions that are names or dates, codes that are names, ordinals that rank
    "The 9/11 attacks changed air travel for good.",
    "Delegates gathered in Dubai for the COP 28 climate talks.",
    "Exercises 22,24,26 were set as homework.",
    "Traffic on the M5 motorway was stopped near junction 4.",
    # Numbers that name a stage, an exit, a match day
    "She was diagnosed with stage 4 cancer last year.",
    "The crash happened near exit 12 of the motorway.",
    "The match-day 12 fixture drew a record crowd.",
    # Ordinals that make adjectives
    "First-time buyers accounted for most sales.",
    "He bought a second-hand car.",
    # A scale word with no count
    "The project cost hundreds of millions of dollars.",
    # Phone numbers, URLs, e-mail addresses
    "For more information, call +1 202-555-0143 or visit the ministry's website.",
    "Call the hotline on 0800 123 4567 for advice.",
    "Readers can contact the embassy at +62 21 3435 9000.",
    "Readers can email tips to newsdesk2024@example.com.",
    "The email came from info@covid19-relief.org.",
    "The full report is available at https://www.example.org/reports/2023/q4-results.",
    "Details were posted on the agency's website, www.bps.go.id/pressrelease/2024/11/05/2398.",
    "Follow the live updates at bbc.co.uk/news/live/world-68123456.",
    # Numbers inside names and identifiers
    "NATO has invoked Article 5 only once, after the attacks of September 11.",
    "Under Article 50 of the Lisbon Treaty, Britain had to negotiate its exit.",
    "Tech companies have long relied on Section 230 of the Communications Decency Act.",
    "India's Supreme Court struck down Section 377 of the penal code.",
    "The UN Security Council passed Resolution 2334 in December 2016.",
    "Hospitals across the region reported a surge in COVID-19 admissions.",
    "The World Health Organization declared COVID-19 a pandemic in March 2020.",
    "Leaders will meet at the G20 summit in Rio de Janeiro next month.",
    "Delegates gathered in Dubai for the COP28 climate talks.",
    "The H5N1 bird flu virus has spread to dairy herds in several states.",
    "The Boeing 737 MAX was grounded worldwide after the crashes.",
    "The Airbus A320neo is the best-selling jet in its class.",
    "Kyiv has long asked Western allies for F-16 fighter jets.",
    "The Pentagon approved the sale of Patriot missiles and F-35 jets.",
    "B-52 bombers flew over the Korean peninsula.",
    "Kyiv has been hit by Iranian-made Shahed-136 drones.",
    "Flight MH17 was shot down over eastern Ukraine in July 2014.",
    "Microsoft said Windows 11 would be offered as a free upgrade.",
    "Apple unveiled the iPhone 16 at its headquarters in Cupertino.",
    "She would ask one simple question and the room fell silent.",  # one as an article before an adjective
    "Traffic was diverted from the Mass Rapid Transit (MRT) 2 line near the station.",  # the line's number
    "[3/8] Rescuers search the rubble of a collapsed house in Sukabumi.",  # a photo gallery's counter
    "The PlayStation 5 went on sale in November 2020.",
    "The epicentre was at 3.12°S, 128.45° E, according to the survey.",
    "Nvidia's H100 chips are subject to US export controls.",
    "The company rolled out version 2.0 of its chatbot.",
    "Operators are rolling out 5G networks across Southeast Asia.",
    "The retailer filed for Chapter 11 bankruptcy protection on Monday.",
    "Interstate 95 was closed in both directions after the crash.",
    "Traffic on the M25 was brought to a standstill.",
    "Apollo 11 landed on the moon on July 20, 1969.",
    # List enumerators at the start of a line
    "1. Preheat the oven.\n2. Grease a baking tin.",
    "What you need to know:\n1. Polls are open.\n2. Bring your identity card.",
    "The council announced the following changes: 1. Parking will be free on Sundays. 2. Permits can be renewed "
    "online. 3. Wardens will patrol after dark.",
    "The ministry said: (1) Schools will reopen. (2) Masks are optional.",
    # Clock times
    "The press conference will begin at 10:30 a.m. local time.",
    "Polls close at 3 p.m. on Sunday.",
    "The spacecraft lifted off at 0600 GMT.",
    "The talks resume at 9.30am on Tuesday.",
    "The summit opens at 14:00 in Geneva.",
    "The meeting was held between 2 p.m. and 4 p.m.",
    # Scores
    "Arsenal won 2-1 at Anfield on Sunday.",
    "Spain secured a 3-0 victory over Costa Rica.",
    "Australia drew 1-1 with Indonesia in Jakarta.",
    "Sinner won 6-4, 6-3 to reach the final.",
    "The Lakers edged the Celtics 104-102 in overtime.",
    # Plain years and dates
    "The company was founded in 2014.",
    "Inflation has been above target since 2019.",
    "Russia launched its full-scale invasion of Ukraine on February 24, 2022.",
    "The ceasefire took effect on March 3.",
    "The verdict is expected on 12 December.",
    "The 9/11 attacks reshaped American foreign policy.",
    "The band released its debut album in the 1990s.",
    # Idioms with "one", "more" without a figure
    "She is one of the most respected judges in the country.",
    "No one was hurt in the explosion, police said.",
    "The rivals blamed one another for the collapse of the talks.",
    "More than ever, voters are worried about prices.",
    # "a second" as a span of time, sentence-initial enumerators
    "The minister paused for a second before answering.",
    "For a second, it looked as though the deal would collapse.",
    "First, the government must restore confidence in the banks.",
    "Second, the plan does nothing to address housing costs.",
    # A number before a unit of time with no duration (a frequency, a date counted from another) counts nothing
    "Trains on the line now run every three minutes at peak hours.",
    "Three weeks later, the minister resigned.",
    # "first" as an adverb of time before a participle ranks nothing
    "The tunnel will cost more than first planned.",
    "The virus was first detected in a sample from Kent.",
    # the unit a price is quoted for is no quantity of one
    "The price of a barrel of Brent crude has swung wildly this year.",
    # a frequency, not a rank, before a unit of time
    "Every second year the festival moves to a new city.",
]

GAPS: list[Ex] = [
    Ex(
        "Kenya plans to borrow Sh263.2 billion from local markets, up to 700 Should the budget pass.",
        C("money", "Sh263.2 billion", amount="263200000000"),
        C("quantity", "700", amount="700", comparator="le"),
        note="a bare Sh (Kenyan, Tanzanian, Ugandan copy) is money of an unknown shilling, but a symbol after a "
             "figure takes no word end in kinds/numeric/patterns.py, so 'Sh' would make '700 Should' money",
    ),
]
