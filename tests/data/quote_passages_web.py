# ruff: noqa: E501  (annotated news text, kept as written)
"""Held-out batch 4 of the quote passages: English, Indonesian and Malay news as text scraped from web pages.

Written in the house styles of Reuters, AP, the BBC and The Guardian; Kompas, Detik, Tempo, Antara and CNN
Indonesia; Bernama, Berita Harian, Utusan Malaysia, Malaysiakini and Astro Awani, with what those outlets do:
quotes over several paragraphs (no closing mark at the end of an open paragraph, an opening mark at the start of
the next), partial quotes, the quote before and after the verb, pronoun back-references, roles without names,
titles and honorifics (Sen., Gov., Lt., Irjen, Kombes, AKBP, Datuk Seri, Tan Sri, Superintendan), ``menurut``,
``kata dia``, ``ujarnya``, ``katanya``, ``jelasnya``, ``dalam satu kenyataan``, ``in a statement``, ``told
Reuters``, and single quotes in headlines. Unlike the other batches, paragraphs are separated by a blank line
(``\n\n``), as text taken from a web page usually is. Names of people are invented.

The annotation follows ``tests/data/quote_passages.py`` (its docstring gives the rules); these passages were
written before the fixes they measure and are not read while making them.
"""

from __future__ import annotations

from typing import Any


def _text(raw: str) -> str:
    return raw.strip("\n")


def _q(content: str, speaker: str | None, surface: str | None, role: str | None = None,
       nth: int = 1) -> dict[str, Any]:
    return {"content": content, "speaker": speaker, "surface": surface, "role": role, "nth": nth}


WEB_PASSAGES: list[dict[str, Any]] = [
    # ---------------------------------------------------------------- English
    {
        "id": "en-reuters-12", "lang": "en", "style": "Reuters",
        "text": _text("""
KUALA LUMPUR, March 4 (Reuters) - Malaysia will not raise its crude palm oil export duty in April, Plantation and Commodities Minister Hamid Razak said on Tuesday, as prices slipped to a four-month low.

"We want to keep our oil competitive against soyoil, especially with Indian demand softening," Hamid told reporters after a meeting with industry groups.

The Malaysian Palm Oil Council said in a statement that stocks had risen for a third month. "Production is recovering faster than exports," the council said.

A senior official at the Malaysian Palm Oil Board, who declined to be named because he was not authorised to speak to the media, said the board expected stocks to peak in May. "After that, the seasonal slowdown kicks in," he said.
"""),
        "quotes": [
            _q("We want to keep our oil competitive against soyoil, especially with Indian demand softening,", "Hamid Razak", "Hamid", "Plantation and Commodities Minister"),
            _q("Production is recovering faster than exports,", "Malaysian Palm Oil Council", "council"),
            _q("After that, the seasonal slowdown kicks in,", "a senior official at the Malaysian Palm Oil Board", "he"),
        ],
        "not_quotes": [],
    },
    {
        "id": "en-reuters-13", "lang": "en", "style": "Reuters",
        "text": _text("""
WASHINGTON, May 12 (Reuters) - The United States is prepared to send additional air defence systems to the region if talks stall, two U.S. officials told Reuters on Monday.

Pentagon spokeswoman Laura Benton declined to discuss specific systems but said the department was "watching the situation hour by hour."

"We have made clear to all sides that we will defend our partners," Benton said in a briefing. "That has not changed and it will not change."

Sen. Mark Whitfield, a Republican from Ohio who sits on the Armed Services Committee, said the administration had moved too slowly. "Every week we wait, the price goes up," Whitfield said in an interview.

One of the officials, speaking on condition of anonymity, said a decision could come "within days, not weeks."
"""),
        "quotes": [
            _q("watching the situation hour by hour.", "Laura Benton", "Pentagon spokeswoman Laura Benton", "Pentagon spokeswoman"),
            _q("We have made clear to all sides that we will defend our partners,", "Laura Benton", "Benton", "Pentagon spokeswoman"),
            _q("That has not changed and it will not change.", "Laura Benton", "Benton", "Pentagon spokeswoman"),
            _q("Every week we wait, the price goes up,", "Mark Whitfield", "Whitfield", "Sen."),
            _q("within days, not weeks.", "one of the officials", "One of the officials"),
        ],
        "not_quotes": [],
    },
    {
        "id": "en-ap-12", "lang": "en", "style": "AP",
        "text": _text("""
PHOENIX (AP) — A former county election official pleaded guilty Thursday to misusing public funds, ending a case that had drawn national attention.

Linda Marsh, 58, told the judge she had "made terrible choices" and apologized to the voters of Maricopa County.

"I betrayed the trust of people who counted on me to do a job honestly," Marsh said in court, her voice breaking. "I will spend the rest of my life trying to make that right."

Prosecutors had asked for a two-year sentence. Assistant Attorney General Daniel Ruiz said outside the courthouse that the plea "speaks for itself."

"This was not a paperwork error. This was a deliberate scheme that went on for years," Ruiz said.

"And it hurt the very people the office is supposed to serve."

Marsh's attorney, Peter Kowalski, said his client had cooperated fully. "She came forward before anyone asked her to," he said.
"""),
        "quotes": [
            _q("made terrible choices", "Linda Marsh", "Linda Marsh"),
            _q("I betrayed the trust of people who counted on me to do a job honestly,", "Linda Marsh", "Marsh"),
            _q("I will spend the rest of my life trying to make that right.", "Linda Marsh", "Marsh"),
            _q("speaks for itself.", "Daniel Ruiz", "Assistant Attorney General Daniel Ruiz", "Assistant Attorney General"),
            _q("This was not a paperwork error. This was a deliberate scheme that went on for years,", "Daniel Ruiz", "Ruiz", "Assistant Attorney General"),
            _q("And it hurt the very people the office is supposed to serve.", "Daniel Ruiz", None, "Assistant Attorney General"),
            _q("She came forward before anyone asked her to,", "Peter Kowalski", "he", "Marsh's attorney"),
        ],
        "not_quotes": [],
    },
    {
        "id": "en-bbc-07", "lang": "en", "style": "BBC",
        "text": _text("""
Junior doctors 'not going away', union warns

Junior doctors in England will stage further strikes unless the government returns to talks, the British Medical Association has said.

In a statement, the BMA said members were "exhausted, underpaid and out of patience".

Health Secretary Martin Hale said the walkout was "deeply disappointing" and urged doctors to accept the offer on the table.

"We have put forward a fair deal that recognises the vital work doctors do," he told BBC Breakfast. "I'd urge the BMA to put it to their members."

Dr Amira Patel, who works in A&E at a hospital in Leeds, said she had voted for strike action for the first time.

"I never thought I'd be here," she said. "But when you see colleagues leaving for Australia every month, you have to do something."
"""),
        "quotes": [
            _q("not going away", "British Medical Association", "union"),
            _q("exhausted, underpaid and out of patience", "British Medical Association", "BMA"),
            _q("deeply disappointing", "Martin Hale", "Health Secretary Martin Hale", "Health Secretary"),
            _q("We have put forward a fair deal that recognises the vital work doctors do,", "Martin Hale", "he", "Health Secretary"),
            _q("I'd urge the BMA to put it to their members.", "Martin Hale", "he", "Health Secretary"),
            _q("I never thought I'd be here,", "Amira Patel", "she"),
            _q("But when you see colleagues leaving for Australia every month, you have to do something.", "Amira Patel", "she"),
        ],
        "not_quotes": [],
    },
    {
        "id": "en-guardian-12", "lang": "en", "style": "Guardian",
        "text": _text("""
Ministers have been accused of “quietly shelving” a promise to build 40 new hospitals, after a Treasury document showed that funding for half of the schemes had been pushed back to the 2030s.

The shadow health secretary, Rachel Dunmore, said: “This is a betrayal of every community that was promised a new hospital.

“People in Hereford and in Kettering were told the diggers would be in by now. Instead they have been handed another delay and no explanation.

“The government owes them an apology.”

A Department of Health and Social Care spokesperson said: “We remain committed to the new hospital programme and will set out a realistic timetable shortly.”

Prof Alan Crick, a health economist at the University of York, said the delays were predictable. “Capital budgets are always the first thing to go when money is tight,” he said.
"""),
        "quotes": [
            _q("This is a betrayal of every community that was promised a new hospital.", "Rachel Dunmore", "Rachel Dunmore", "shadow health secretary"),
            _q("People in Hereford and in Kettering were told the diggers would be in by now. Instead they have been handed another delay and no explanation.", "Rachel Dunmore", "Rachel Dunmore", "shadow health secretary"),
            _q("The government owes them an apology.", "Rachel Dunmore", "Rachel Dunmore", "shadow health secretary"),
            _q("We remain committed to the new hospital programme and will set out a realistic timetable shortly.", "a Department of Health and Social Care spokesperson", "Department of Health and Social Care spokesperson"),
            _q("Capital budgets are always the first thing to go when money is tight,", "Alan Crick", "he", "health economist at the University of York"),
        ],
        "not_quotes": ["quietly shelving"],
    },
    {
        "id": "en-reuters-14", "lang": "en", "style": "Reuters",
        "text": _text("""
SINGAPORE, June 3 (Reuters) - Asian refiners are cutting run rates as margins for diesel sink to their lowest in three years, traders and analysts said.

"Margins are simply too thin to justify running at full tilt," said Jonathan Wee, head of oil research at Vanda Insights in Singapore.

Priya Raman, an analyst at FGE, said the slump could last into the third quarter. "Chinese exports are flooding the market, and India is adding capacity," she told Reuters by phone.

Wee said refiners in South Korea and Japan had already brought forward maintenance. "They would rather shut units for a month than lose money on every barrel," he added.

A trader at a Singapore-based trading house said spot cargoes for July loading were being offered at a discount. "Buyers are just not there," the trader said.
"""),
        "quotes": [
            _q("Margins are simply too thin to justify running at full tilt,", "Jonathan Wee", "Jonathan Wee", "head of oil research at Vanda Insights"),
            _q("Chinese exports are flooding the market, and India is adding capacity,", "Priya Raman", "she", "analyst at FGE"),
            _q("They would rather shut units for a month than lose money on every barrel,", "Jonathan Wee", "he", "head of oil research at Vanda Insights"),
            _q("Buyers are just not there,", "a trader at a Singapore-based trading house", "trader"),
        ],
        "not_quotes": [],
    },
    {
        "id": "en-ap-13", "lang": "en", "style": "AP",
        "text": _text("""
SACRAMENTO, Calif. (AP) — Gov. Teresa Alvarado on Wednesday signed a bill that will require large employers to disclose salary ranges in every job posting, calling it “a simple matter of fairness.”

“Workers should not have to guess what a job is worth,” Alvarado said at a signing ceremony in Los Angeles. “Now they won’t have to.”

The measure was opposed by the California Chamber of Commerce, whose president, Gregory Fenn, said it would add “another layer of paperwork” for businesses already struggling with high costs.

“We support transparency, but this bill goes well beyond what other states require,” Fenn said in a statement.

Alvarado dismissed the criticism. “If you pay people fairly, you have nothing to hide,” she said.
"""),
        "quotes": [
            _q("a simple matter of fairness.", "Teresa Alvarado", "Gov. Teresa Alvarado", "Gov."),
            _q("Workers should not have to guess what a job is worth,", "Teresa Alvarado", "Alvarado", "Gov."),
            _q("Now they won’t have to.", "Teresa Alvarado", "Alvarado", "Gov."),
            _q("another layer of paperwork", "Gregory Fenn", "Gregory Fenn", "president"),
            _q("We support transparency, but this bill goes well beyond what other states require,", "Gregory Fenn", "Fenn", "president"),
            _q("If you pay people fairly, you have nothing to hide,", "Teresa Alvarado", "she", "Gov."),
        ],
        "not_quotes": [],
    },
    {
        "id": "en-bbc-08", "lang": "en", "style": "BBC",
        "text": _text("""
Flood defences in the town of Tewkesbury were overwhelmed overnight, forcing about 300 people from their homes.

A spokesman for Gloucestershire Fire and Rescue Service said crews had carried out 42 rescues. "Conditions were extremely challenging, with fast-flowing water in several streets," he said.

Resident Karen Holt, 64, said the water had come up "in a matter of minutes".

"I've lived here 30 years and I have never seen anything like it. We got the dog and the photo albums and that was it.

"Everything else is gone."

According to the Environment Agency, river levels on the Severn were expected to peak on Saturday. "People should stay away from flood water and follow the advice of the emergency services," an agency spokeswoman said.
"""),
        "quotes": [
            _q("Conditions were extremely challenging, with fast-flowing water in several streets,", "a spokesman for Gloucestershire Fire and Rescue Service", "he"),
            _q("in a matter of minutes", "Karen Holt", "Resident Karen Holt", "Resident"),
            _q("I've lived here 30 years and I have never seen anything like it. We got the dog and the photo albums and that was it.", "Karen Holt", None, "Resident"),
            _q("Everything else is gone.", "Karen Holt", None, "Resident"),
            _q("People should stay away from flood water and follow the advice of the emergency services,", "an agency spokeswoman", "agency spokeswoman"),
        ],
        "not_quotes": [],
    },
    {
        "id": "en-reuters-15", "lang": "en", "style": "Reuters",
        "text": _text("""
Boeing says 'there will be no shortcuts' as FAA review drags on

SEATTLE, Aug 19 (Reuters) - Boeing Co will not rush the certification of its 777X jet, the planemaker's commercial chief said on Monday, as a review by U.S. regulators stretches into a second year.

"There will be no shortcuts. Safety is the only thing that matters here," Karen Whitlock, chief executive of Boeing Commercial Airplanes, told a conference in Seattle.

The Federal Aviation Administration said in a statement it would "take the time needed" to complete the review and did not comment on a timeline.

Emirates airline president Hugh Darrow said in an interview that the delays were costing the carrier money. "We were promised these aircraft in 2020. It is now 2025," Darrow said.
"""),
        "quotes": [
            _q("there will be no shortcuts", "Boeing", "Boeing"),
            _q("There will be no shortcuts. Safety is the only thing that matters here,", "Karen Whitlock", "Karen Whitlock", "chief executive of Boeing Commercial Airplanes"),
            _q("take the time needed", "Federal Aviation Administration", "Federal Aviation Administration"),
            _q("We were promised these aircraft in 2020. It is now 2025,", "Hugh Darrow", "Darrow", "Emirates airline president"),
        ],
        "not_quotes": [],
    },
    {
        "id": "en-guardian-13", "lang": "en", "style": "Guardian",
        "text": _text("""
A senior Conservative MP has called for an inquiry into the sale of a council-owned leisure centre to a developer with links to the party.

Caroline Pike, who chairs the Commons public accounts committee, said the deal raised “serious questions” about value for money.

“When public assets are sold at a fraction of their value, taxpayers deserve to know why,” she told the Guardian. “I have written to the council asking for the full valuation.”

The council’s leader, Graham Tolley, rejected the claims. “Every step of this sale was independently audited,” he said. “There is nothing to hide.”

Pike said she was not satisfied. “An audit is not the same as a fair price,” she said.
"""),
        "quotes": [
            _q("When public assets are sold at a fraction of their value, taxpayers deserve to know why,", "Caroline Pike", "she"),
            _q("I have written to the council asking for the full valuation.", "Caroline Pike", "she"),
            _q("Every step of this sale was independently audited,", "Graham Tolley", "he", "The council’s leader"),
            _q("There is nothing to hide.", "Graham Tolley", "he", "The council’s leader"),
            _q("An audit is not the same as a fair price,", "Caroline Pike", "she"),
        ],
        "not_quotes": ["serious questions"],
    },
    {
        "id": "en-ap-14", "lang": "en", "style": "AP",
        "text": _text("""
MIAMI (AP) — Jalen Brooks scored 31 points, and the Miami Heat beat the Boston Celtics 112-104 on Saturday night.

“We just kept attacking,” Brooks said. “Coach told us at halftime to stop settling for jumpers, and we listened.”

Heat coach Mike Dawson said Brooks was “playing with a different level of confidence” since returning from a knee injury.

“He’s seeing the floor better than at any point in his career,” Dawson said.

Celtics guard Marcus Lee, who had 22 points, said Boston “got too comfortable” after building a 10-point lead. “That’s on us,” he said.
"""),
        "quotes": [
            _q("We just kept attacking,", "Jalen Brooks", "Brooks"),
            _q("Coach told us at halftime to stop settling for jumpers, and we listened.", "Jalen Brooks", "Brooks"),
            _q("playing with a different level of confidence", "Mike Dawson", "Heat coach Mike Dawson", "Heat coach"),
            _q("He’s seeing the floor better than at any point in his career,", "Mike Dawson", "Dawson", "Heat coach"),
            _q("got too comfortable", "Marcus Lee", "Celtics guard Marcus Lee", "Celtics guard"),
            _q("That’s on us,", "Marcus Lee", "he", "Celtics guard"),
        ],
        "not_quotes": [],
    },
    {
        "id": "en-reuters-16", "lang": "en", "style": "Reuters",
        "text": _text("""
JAKARTA, Jan 15 (Reuters) - Indonesia's finance minister said on Wednesday the government would keep the budget deficit below the legal limit of 3% of GDP this year, despite the cost of a free meals programme.

"We are very disciplined on this. The 3% ceiling is not up for discussion," Finance Minister Sri Wahyuni told reporters at the presidential palace.

The programme, one of the president's flagship policies, is expected to cost 171 trillion rupiah ($10.5 billion) this year.

Wahyuni said revenue collection in January had been "in line with expectations", without giving figures.

Economists were less sure. "The numbers only add up if commodity prices hold and tax collection improves sharply," said Fajar Nugroho, an economist at Bank Central Asia. "Neither is guaranteed."
"""),
        "quotes": [
            _q("We are very disciplined on this. The 3% ceiling is not up for discussion,", "Sri Wahyuni", "Finance Minister Sri Wahyuni", "Finance Minister"),
            _q("in line with expectations", "Sri Wahyuni", "Wahyuni", "Finance Minister"),
            _q("The numbers only add up if commodity prices hold and tax collection improves sharply,", "Fajar Nugroho", "Fajar Nugroho", "economist at Bank Central Asia"),
            _q("Neither is guaranteed.", "Fajar Nugroho", "Fajar Nugroho", "economist at Bank Central Asia"),
        ],
        "not_quotes": [],
    },
    {
        "id": "en-bbc-09", "lang": "en", "style": "BBC",
        "text": _text("""
Prime Minister Thomas Reddick has said the UK will meet its target of building 1.5 million homes by the end of the parliament, despite figures showing construction slowing.

Speaking at a building site in Milton Keynes, he said: "I know people are sceptical. I understand why.

"For too long, governments of all colours have promised homes and not delivered. We are changing the planning rules so that we can.

"This is the moment we get Britain building again."

But the chief executive of the Home Builders Federation, Alan Brewer, said the target was "unrealistic without more support for first-time buyers".
"""),
        "quotes": [
            _q("I know people are sceptical. I understand why.", "Thomas Reddick", "he", "Prime Minister"),
            _q("For too long, governments of all colours have promised homes and not delivered. We are changing the planning rules so that we can.", "Thomas Reddick", "he", "Prime Minister"),
            _q("This is the moment we get Britain building again.", "Thomas Reddick", "he", "Prime Minister"),
            _q("unrealistic without more support for first-time buyers", "Alan Brewer", "Alan Brewer", "chief executive of the Home Builders Federation"),
        ],
        "not_quotes": [],
    },
    {
        "id": "en-reuters-17", "lang": "en", "style": "Reuters",
        "text": _text("""
FRANKFURT, Feb 6 (Reuters) - Volkswagen is in talks to sell a stake in its battery unit to an outside investor, three people familiar with the matter said.

A Volkswagen spokesperson declined to comment on the talks but said the company was "open to partnerships that strengthen PowerCo".

"We do not comment on market speculation," the spokesperson said in an emailed statement.

Union leader Daniela Roth, who sits on Volkswagen's supervisory board, said workers would oppose any deal that put jobs at risk. "PowerCo was built with the money of our members," Roth told Reuters. "It will not be sold off cheaply."

Analysts at Jefferies said in a note that a sale could raise up to 5 billion euros. "A partner would de-risk the capital plan," they wrote.
"""),
        "quotes": [
            _q("open to partnerships that strengthen PowerCo", "a Volkswagen spokesperson", "Volkswagen spokesperson"),
            _q("We do not comment on market speculation,", "a Volkswagen spokesperson", "spokesperson"),
            _q("PowerCo was built with the money of our members,", "Daniela Roth", "Roth", "Union leader"),
            _q("It will not be sold off cheaply.", "Daniela Roth", "Roth", "Union leader"),
            _q("A partner would de-risk the capital plan,", "Analysts at Jefferies", "they"),
        ],
        "not_quotes": [],
    },
    {
        "id": "en-ap-15", "lang": "en", "style": "AP",
        "text": _text("""
CHICAGO (AP) — Two people were killed and five others wounded in a shooting at a house party on the city's South Side early Sunday, police said.

Police Superintendent Raymond Ochoa said officers arrived within minutes. "Our officers ran toward the gunfire, and they saved lives," Ochoa said at a news conference.

No arrests had been made by Sunday afternoon. A police spokeswoman said detectives were "following several leads" and urged witnesses to come forward.

Tanya Hill, whose nephew was among the wounded, said the family was in shock. "He went to a birthday party. He should have come home," she said. "Somebody out there knows who did this."

Lt. Carl Mendes said investigators believed the shooting stemmed from an argument. "This was not random," he said.
"""),
        "quotes": [
            _q("Our officers ran toward the gunfire, and they saved lives,", "Raymond Ochoa", "Ochoa", "Police Superintendent"),
            _q("following several leads", "a police spokeswoman", "police spokeswoman"),
            _q("He went to a birthday party. He should have come home,", "Tanya Hill", "she"),
            _q("Somebody out there knows who did this.", "Tanya Hill", "she"),
            _q("This was not random,", "Carl Mendes", "he", "Lt."),
        ],
        "not_quotes": [],
    },
    {
        "id": "en-ap-16", "lang": "en", "style": "AP",
        "text": _text("""
WASHINGTON (AP) — Sen. Maria Delgado, D-N.M., said Tuesday that she would vote against the nominee for defense secretary, becoming the first Democrat on the Armed Services Committee to announce her opposition.

“I have serious doubts that he has the experience to run the largest organization in the federal government,” Delgado said in a statement.

Sen. Roger Blaine, R-Miss., the committee chairman, said he expected the nomination to advance anyway. “We have the votes,” Blaine told reporters outside the Senate chamber. “I’d welcome her support, but we don’t need it.”

“The American people deserve a defense secretary who has run something bigger than a television studio,” she said.
"""),
        "quotes": [
            _q("I have serious doubts that he has the experience to run the largest organization in the federal government,", "Maria Delgado", "Delgado", "Sen."),
            _q("We have the votes,", "Roger Blaine", "Blaine", "the committee chairman"),
            _q("I’d welcome her support, but we don’t need it.", "Roger Blaine", "Blaine", "the committee chairman"),
            _q("The American people deserve a defense secretary who has run something bigger than a television studio,", "Maria Delgado", "she", "Sen."),
        ],
        "not_quotes": [],
    },
    {
        "id": "en-reuters-18", "lang": "en", "style": "Reuters",
        "text": _text("""
EXCLUSIVE-Ukraine's grain exporters warn of 'catastrophic' losses if port strikes continue

KYIV, Sept 9 (Reuters) - Ukrainian grain traders could lose up to a third of their export capacity if Russian strikes on Odesa region ports continue at the current pace, the head of the country's grain association told Reuters.

Oleksandr Bondar, president of the Ukrainian Grain Association, said: "Every week we lose another terminal or another silo. Insurance costs have tripled since July.

"If this continues through the winter, we will not be able to fulfil our contracts."

He said some traders had started routing cargoes through Romanian ports on the Danube, which added about $25 a tonne to costs.

A spokesperson for Ukraine's infrastructure ministry said repairs were under way at two terminals but declined to say when they would reopen.
"""),
        "quotes": [
            _q("Every week we lose another terminal or another silo. Insurance costs have tripled since July.", "Oleksandr Bondar", "Oleksandr Bondar", "president of the Ukrainian Grain Association"),
            _q("If this continues through the winter, we will not be able to fulfil our contracts.", "Oleksandr Bondar", "Oleksandr Bondar", "president of the Ukrainian Grain Association"),
        ],
        "not_quotes": ["catastrophic"],
    },
    {
        "id": "en-bbc-10", "lang": "en", "style": "BBC",
        "text": _text("""
Scottish ferry contract 'a national scandal', says watchdog

The delays and cost overruns on two ferries built at the Ferguson Marine yard amount to "a national scandal", Scotland's public spending watchdog has said.

Auditor General Fiona Drummond says the final cost of the vessels is now expected to be more than four times the original contract price.

"There have been repeated failures of governance and oversight at every level," she says. "Islanders have paid the price."

A Scottish government spokesperson said: "We accept the report's findings and are already acting on its recommendations."

Islander Donald MacRae, who runs a guest house on Arran, said the delays had cost him bookings every summer. "You can't run a business when you don't know if the boat is coming," he said.
"""),
        "quotes": [
            _q("a national scandal", "Scotland's public spending watchdog", "watchdog"),
            _q("a national scandal", "Scotland's public spending watchdog", "Scotland's public spending watchdog", nth=2),
            _q("There have been repeated failures of governance and oversight at every level,", "Fiona Drummond", "she", "Auditor General"),
            _q("Islanders have paid the price.", "Fiona Drummond", "she", "Auditor General"),
            _q("We accept the report's findings and are already acting on its recommendations.", "a Scottish government spokesperson", "Scottish government spokesperson"),
            _q("You can't run a business when you don't know if the boat is coming,", "Donald MacRae", "he", "Islander"),
        ],
        "not_quotes": [],
    },
    {
        "id": "en-reuters-19", "lang": "en", "style": "Reuters",
        "text": _text("""
KUALA LUMPUR, Nov 6 (Reuters) - Malaysia's central bank kept its benchmark interest rate unchanged on Thursday, as expected, and said growth would remain resilient next year on the back of strong domestic demand.

Bank Negara Malaysia held the overnight policy rate at 2.75%. "The current OPR level remains supportive of the economy," the central bank said in a statement.

Economy Minister Datuk Seri Azman Harun told reporters in Putrajaya that the government expected growth of 4.5% to 5.5% next year. "Investment approvals are at a record, and they are turning into actual projects," Azman said.

Tan Sri Kamal Idris, a former deputy governor of the central bank, said the bank had room to cut if exports weakened. "They have kept their powder dry, which is sensible," he said.
"""),
        "quotes": [
            _q("The current OPR level remains supportive of the economy,", "Bank Negara Malaysia", "central bank"),
            _q("Investment approvals are at a record, and they are turning into actual projects,", "Azman Harun", "Azman", "Economy Minister"),
            _q("They have kept their powder dry, which is sensible,", "Kamal Idris", "he", "former deputy governor of the central bank"),
        ],
        "not_quotes": [],
    },
    {
        "id": "en-guardian-15", "lang": "en", "style": "Guardian",
        "text": _text("""
The head of the Metropolitan police has apologised to the family of a man who died in custody, saying the force "got it badly wrong".

In a letter to the family, seen by the Guardian, Commissioner Helen Carr wrote: "I am deeply sorry for the failings that contributed to your son's death.

"I cannot undo what happened, but I can make sure that the officers involved are held to account."

The family's solicitor, Imran Shah, said the apology was "a first step". "They have waited four years for someone to say the words 'we were wrong'," he said.

The Independent Office for Police Conduct said in a statement that its investigation was continuing.
"""),
        "quotes": [
            _q("got it badly wrong", "Helen Carr", "head of the Metropolitan police", "Commissioner"),
            _q("I am deeply sorry for the failings that contributed to your son's death.", "Helen Carr", "Commissioner Helen Carr", "Commissioner"),
            _q("I cannot undo what happened, but I can make sure that the officers involved are held to account.", "Helen Carr", "Commissioner Helen Carr", "Commissioner"),
            _q("a first step", "Imran Shah", "Imran Shah", "The family's solicitor"),
            _q("They have waited four years for someone to say the words 'we were wrong',", "Imran Shah", "he", "The family's solicitor"),
        ],
        "not_quotes": [],
    },
    # ---------------------------------------------------------------- Indonesian
    {
        "id": "id-kompas-14", "lang": "id", "style": "Kompas",
        "text": _text("""
JAKARTA, KOMPAS.com - Kepolisian Daerah Metro Jaya menangkap tiga orang yang diduga terlibat penipuan investasi robot trading dengan kerugian korban mencapai Rp 45 miliar.

Kabid Humas Polda Metro Jaya Kombes Ade Santoso mengatakan, para tersangka ditangkap di dua lokasi berbeda di Tangerang Selatan.

"Ketiganya berperan sebagai perekrut dan pengelola dana. Modusnya menjanjikan keuntungan 10 persen per bulan," kata Ade di Mapolda Metro Jaya, Senin (10/3/2025).

Ia menambahkan, polisi masih memburu satu orang lainnya yang diduga sebagai otak penipuan.

"Kami imbau masyarakat tidak mudah tergiur iming-iming keuntungan besar dalam waktu singkat," ujarnya.

Salah satu korban, Wulan (38), mengaku kehilangan tabungan Rp 200 juta. "Saya sudah lapor sejak Desember, baru sekarang ada kabar," tutur Wulan.
"""),
        "quotes": [
            _q("Ketiganya berperan sebagai perekrut dan pengelola dana. Modusnya menjanjikan keuntungan 10 persen per bulan,", "Ade Santoso", "Ade", "Kabid Humas Polda Metro Jaya Kombes"),
            _q("Kami imbau masyarakat tidak mudah tergiur iming-iming keuntungan besar dalam waktu singkat,", "Ade Santoso", "-nya", "Kabid Humas Polda Metro Jaya Kombes"),
            _q("Saya sudah lapor sejak Desember, baru sekarang ada kabar,", "Wulan", "Wulan", "korban"),
        ],
        "not_quotes": [],
    },
    {
        "id": "id-detik-13", "lang": "id", "style": "Detik",
        "text": _text("""
Menkes soal Antrean BPJS: 'Kami Akan Tambah Dokter Spesialis'

Jakarta - Menteri Kesehatan Budi Santosa menanggapi keluhan masyarakat soal panjangnya antrean pasien BPJS Kesehatan di rumah sakit rujukan. Menurut Budi, akar masalahnya adalah kurangnya dokter spesialis di daerah.

"Rasio dokter spesialis kita masih jauh di bawah standar. Kami akan tambah lewat program pendidikan berbasis rumah sakit," kata Budi kepada wartawan di Gedung DPR, Senayan, Jakarta, Selasa (4/2/2025).

"Targetnya dalam lima tahun ada tambahan 20 ribu dokter spesialis. Ini bukan pekerjaan satu-dua tahun.

"Kita juga perbaiki sistem rujukan supaya pasien tidak menumpuk di rumah sakit tipe A," lanjutnya.

Anggota Komisi IX DPR Nurhayati Siregar menilai langkah itu terlambat. "Keluhan ini sudah bertahun-tahun. Pemerintah baru bergerak sekarang," ujar politikus PDIP tersebut.
"""),
        "quotes": [
            _q("Kami Akan Tambah Dokter Spesialis", "Budi Santosa", "Menkes", "Menkes"),
            _q("Rasio dokter spesialis kita masih jauh di bawah standar. Kami akan tambah lewat program pendidikan berbasis rumah sakit,", "Budi Santosa", "Budi", "Menteri Kesehatan"),
            _q("Targetnya dalam lima tahun ada tambahan 20 ribu dokter spesialis. Ini bukan pekerjaan satu-dua tahun.", "Budi Santosa", "-nya", "Menteri Kesehatan"),
            _q("Kita juga perbaiki sistem rujukan supaya pasien tidak menumpuk di rumah sakit tipe A,", "Budi Santosa", "-nya", "Menteri Kesehatan"),
            _q("Keluhan ini sudah bertahun-tahun. Pemerintah baru bergerak sekarang,", "Nurhayati Siregar", "politikus PDIP tersebut", "Anggota Komisi IX DPR"),
        ],
        "not_quotes": [],
    },
    {
        "id": "id-tempo-12", "lang": "id", "style": "Tempo",
        "text": _text("""
TEMPO.CO, Jakarta - Komisi Pemberantasan Korupsi (KPK) menetapkan mantan Direktur Utama PT Pelabuhan Nusantara, Hendra Wijaya, sebagai tersangka korupsi pengadaan kapal tunda.

Juru bicara KPK Rudi Prasetyo membenarkan penetapan tersangka tersebut. "Benar, penyidik sudah menetapkan HW sebagai tersangka. Kerugian negara sementara Rp 120 miliar," kata Rudi saat dikonfirmasi, Kamis, 6 Maret 2025.

Menurut dia, penyidik telah memeriksa 25 saksi, termasuk pejabat Kementerian Perhubungan. "Tidak menutup kemungkinan ada tersangka lain," ujar Rudi.

Kuasa hukum Hendra, Yosef Manurung, menyatakan kliennya akan kooperatif. "Klien kami menghormati proses hukum dan akan hadir jika dipanggil," ucapnya.
"""),
        "quotes": [
            _q("Benar, penyidik sudah menetapkan HW sebagai tersangka. Kerugian negara sementara Rp 120 miliar,", "Rudi Prasetyo", "Rudi", "Juru bicara KPK"),
            _q("Tidak menutup kemungkinan ada tersangka lain,", "Rudi Prasetyo", "Rudi", "Juru bicara KPK"),
            _q("Klien kami menghormati proses hukum dan akan hadir jika dipanggil,", "Yosef Manurung", "-nya", "Kuasa hukum Hendra"),
        ],
        "not_quotes": [],
    },
    {
        "id": "id-antara-15", "lang": "id", "style": "Antara",
        "text": _text("""
Jakarta (ANTARA) - Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) meminta masyarakat di wilayah pesisir selatan Jawa mewaspadai gelombang tinggi hingga 6 meter dalam tiga hari ke depan.

"Gelombang tinggi ini dipicu oleh siklon tropis di Samudra Hindia selatan Jawa. Nelayan dengan kapal kecil kami minta tidak melaut," kata Deputi Bidang Meteorologi BMKG Agus Wibowo di Jakarta, Minggu.

Dia menjelaskan, siklon tersebut diperkirakan melemah pada Rabu.

"Namun hujan lebat masih berpotensi terjadi di sebagian besar Jawa bagian selatan hingga akhir pekan," jelasnya.

Sementara itu, Kepala Pelaksana BPBD Cilacap, Budi Setiawan, mengatakan pihaknya telah menyiagakan personel di sepanjang pantai. "Kami sudah pasang tanda larangan berenang di semua pantai wisata," ucap Budi.
"""),
        "quotes": [
            _q("Gelombang tinggi ini dipicu oleh siklon tropis di Samudra Hindia selatan Jawa. Nelayan dengan kapal kecil kami minta tidak melaut,", "Agus Wibowo", "Deputi Bidang Meteorologi BMKG Agus Wibowo", "Deputi Bidang Meteorologi BMKG"),
            _q("Namun hujan lebat masih berpotensi terjadi di sebagian besar Jawa bagian selatan hingga akhir pekan,", "Agus Wibowo", "-nya", "Deputi Bidang Meteorologi BMKG"),
            _q("Kami sudah pasang tanda larangan berenang di semua pantai wisata,", "Budi Setiawan", "Budi", "Kepala Pelaksana BPBD Cilacap"),
        ],
        "not_quotes": [],
    },
    {
        "id": "id-cnn-08", "lang": "id", "style": "CNN Indonesia",
        "text": _text("""
CNN Indonesia -- Sebuah kapal motor pengangkut penumpang tenggelam di perairan Selat Alas, Nusa Tenggara Barat, Sabtu (15/2) sore. Sebanyak 12 orang dilaporkan hilang.

Kepala Kantor SAR Mataram membenarkan kejadian tersebut. "Benar, ada 38 penumpang dan awak. Sebanyak 26 orang sudah kami evakuasi dalam keadaan selamat," katanya saat dihubungi.

Ia menyebut cuaca buruk dan gelombang tinggi menghambat pencarian. "Tim gabungan akan melanjutkan pencarian besok pagi pukul 06.00 Wita," ujarnya.

Seorang penumpang yang selamat, Lalu Ahmad (45), mengatakan kapal oleng setelah dihantam ombak besar. "Semua orang panik, air masuk dari samping," tuturnya.
"""),
        "quotes": [
            _q("Benar, ada 38 penumpang dan awak. Sebanyak 26 orang sudah kami evakuasi dalam keadaan selamat,", "Kepala Kantor SAR Mataram", "-nya", "Kepala Kantor SAR Mataram"),
            _q("Tim gabungan akan melanjutkan pencarian besok pagi pukul 06.00 Wita,", "Kepala Kantor SAR Mataram", "-nya", "Kepala Kantor SAR Mataram"),
            _q("Semua orang panik, air masuk dari samping,", "Lalu Ahmad", "-nya", "penumpang yang selamat"),
        ],
        "not_quotes": [],
    },
    {
        "id": "id-kompas-15", "lang": "id", "style": "Kompas",
        "text": _text("""
JAKARTA, KOMPAS.com - Ketua Fraksi Partai Nasdem DPR Viktor Simanjuntak menilai revisi Undang-Undang Pemilu perlu segera dibahas agar tidak mepet dengan tahapan Pemilu 2029.

"Kalau dibahas tahun depan, waktunya terlalu sempit. Idealnya tahun ini sudah mulai," kata Viktor di Kompleks Parlemen, Senayan, Jakarta, Rabu (12/3/2025).

Menurut dia, sejumlah isu krusial seperti ambang batas parlemen dan sistem pemilu harus dibahas dengan matang.

"Jangan sampai seperti dulu, undang-undang baru selesai ketika tahapan sudah berjalan," kata dia.

Sementara itu, Wakil Ketua Komisi II DPR dari Fraksi PKB, Lukman Hakim Fauzi, mengatakan pihaknya menunggu draf dari pemerintah. "Kami siap membahas kapan pun, tetapi inisiatifnya perlu jelas," ujar legislator asal Jawa Timur itu.
"""),
        "quotes": [
            _q("Kalau dibahas tahun depan, waktunya terlalu sempit. Idealnya tahun ini sudah mulai,", "Viktor Simanjuntak", "Viktor", "Ketua Fraksi Partai Nasdem DPR"),
            _q("Jangan sampai seperti dulu, undang-undang baru selesai ketika tahapan sudah berjalan,", "Viktor Simanjuntak", "dia", "Ketua Fraksi Partai Nasdem DPR"),
            _q("Kami siap membahas kapan pun, tetapi inisiatifnya perlu jelas,", "Lukman Hakim Fauzi", "legislator asal Jawa Timur itu", "Wakil Ketua Komisi II DPR dari Fraksi PKB"),
        ],
        "not_quotes": [],
    },
    {
        "id": "id-detik-14", "lang": "id", "style": "Detik",
        "text": _text("""
Jakarta - Pelatih Timnas Indonesia U-23, Indra Saputra, mengaku puas dengan permainan anak asuhnya meski hanya bermain imbang 1-1 melawan Vietnam.

"Anak-anak bermain disiplin sesuai rencana. Sayang kita kebobolan di menit akhir karena kurang konsentrasi," ungkap Indra usai pertandingan di Stadion Gelora Bung Karno, Jumat (21/3/2025) malam.

Kapten tim, Rizal Fahmi, juga menyampaikan permintaan maaf kepada suporter.

"Kami minta maaf belum bisa memberi kemenangan di kandang sendiri. Kami akan bangkit di laga berikutnya," tutur Rizal.

Indra menegaskan timnya tidak punya waktu untuk meratapi hasil ini. "Empat hari lagi kita main di Hanoi. Fokus ke situ," tegasnya.
"""),
        "quotes": [
            _q("Anak-anak bermain disiplin sesuai rencana. Sayang kita kebobolan di menit akhir karena kurang konsentrasi,", "Indra Saputra", "Indra", "Pelatih Timnas Indonesia U-23"),
            _q("Kami minta maaf belum bisa memberi kemenangan di kandang sendiri. Kami akan bangkit di laga berikutnya,", "Rizal Fahmi", "Rizal", "Kapten tim"),
            _q("Empat hari lagi kita main di Hanoi. Fokus ke situ,", "Indra Saputra", "-nya", "Pelatih Timnas Indonesia U-23"),
        ],
        "not_quotes": [],
    },
    {
        "id": "id-tempo-13", "lang": "id", "style": "Tempo",
        "text": _text("""
TEMPO.CO, Yogyakarta - Ratusan pedagang Pasar Beringharjo menolak rencana relokasi sementara selama renovasi pasar yang dijadwalkan mulai Mei.

Ketua Paguyuban Pedagang Pasar Beringharjo, Sutarno, mengatakan lokasi penampungan yang disiapkan pemerintah kota terlalu jauh dari pusat keramaian. "Di sana tidak ada pembeli. Pedagang bisa bangkrut sebelum pasar selesai direnovasi," kata dia saat ditemui Tempo, Selasa, 18 Maret 2025.

"Kami tidak menolak renovasi. Kami hanya minta lokasi sementara yang masuk akal.

"Kalau perlu kami ikut mencari lahannya," ujar Sutarno.

Kepala Dinas Perdagangan Kota Yogyakarta Siti Rahmawati menyatakan pemerintah masih membuka ruang dialog. "Kami akan duduk bersama paguyuban minggu depan," ujarnya.
"""),
        "quotes": [
            _q("Di sana tidak ada pembeli. Pedagang bisa bangkrut sebelum pasar selesai direnovasi,", "Sutarno", "dia", "Ketua Paguyuban Pedagang Pasar Beringharjo"),
            _q("Kami tidak menolak renovasi. Kami hanya minta lokasi sementara yang masuk akal.", "Sutarno", "Sutarno", "Ketua Paguyuban Pedagang Pasar Beringharjo"),
            _q("Kalau perlu kami ikut mencari lahannya,", "Sutarno", "Sutarno", "Ketua Paguyuban Pedagang Pasar Beringharjo"),
            _q("Kami akan duduk bersama paguyuban minggu depan,", "Siti Rahmawati", "-nya", "Kepala Dinas Perdagangan Kota Yogyakarta"),
        ],
        "not_quotes": [],
    },
    {
        "id": "id-antara-16", "lang": "id", "style": "Antara",
        "text": _text("""
Medan (ANTARA) - Kapolda Sumatera Utara Irjen Pol. Hendro Purnomo memerintahkan jajarannya menindak tegas pelaku balap liar yang meresahkan warga Kota Medan.

"Saya sudah perintahkan para kapolres untuk patroli setiap malam di titik-titik rawan. Tidak ada toleransi," kata Hendro dalam keterangan tertulis di Medan, Sabtu.

Ia mengatakan, sepanjang Februari polisi telah mengamankan 87 sepeda motor dan 112 pelaku balap liar.

Kabid Humas Polda Sumut Kombes Pol. Sandi Harahap menambahkan, sebagian besar pelaku masih berusia di bawah 18 tahun. "Orang tua kami panggil dan kami minta membuat surat pernyataan," ucap dia.
"""),
        "quotes": [
            _q("Saya sudah perintahkan para kapolres untuk patroli setiap malam di titik-titik rawan. Tidak ada toleransi,", "Hendro Purnomo", "Hendro", "Kapolda Sumatera Utara Irjen Pol."),
            _q("Orang tua kami panggil dan kami minta membuat surat pernyataan,", "Sandi Harahap", "dia", "Kabid Humas Polda Sumut Kombes Pol."),
        ],
        "not_quotes": [],
    },
    {
        "id": "id-cnn-09", "lang": "id", "style": "CNN Indonesia",
        "text": _text("""
CNN Indonesia -- Presiden meminta para menteri tidak membuat pernyataan yang membingungkan publik soal kebijakan pajak.

Hal itu disampaikan Menteri Sekretaris Negara Arief Nugroho usai rapat terbatas di Istana Kepresidenan, Jakarta, Senin (17/3).

"Bapak Presiden menekankan, 'Satu pintu saja untuk komunikasi kebijakan, jangan masing-masing bicara.' Itu arahan beliau," kata Arief.

Arief menyebut Presiden juga meminta kementerian terkait segera menyelesaikan aturan turunan. "Targetnya bulan depan sudah terbit," ujar dia.
"""),
        "quotes": [
            _q("Bapak Presiden menekankan, 'Satu pintu saja untuk komunikasi kebijakan, jangan masing-masing bicara.' Itu arahan beliau,", "Arief Nugroho", "Arief", "Menteri Sekretaris Negara"),
            _q("Targetnya bulan depan sudah terbit,", "Arief Nugroho", "dia", "Menteri Sekretaris Negara"),
        ],
        "not_quotes": [],
    },
    {
        "id": "id-kompas-16", "lang": "id", "style": "Kompas",
        "text": _text("""
BANDUNG, KOMPAS.com - Harga cabai rawit di sejumlah pasar tradisional Kota Bandung melonjak hingga Rp 120.000 per kilogram menjelang Ramadhan.

Seorang pedagang di Pasar Kosambi, Enjang (52), mengatakan pasokan dari petani berkurang karena cuaca. "Biasanya sehari datang dua truk, sekarang cuma satu. Pembeli juga jadi mengurangi," kata Enjang.

Menurut Kepala Dinas Perdagangan dan Perindustrian Kota Bandung, Ratna Kusumawati, pemerintah kota akan menggelar operasi pasar pekan depan.

"Kami bekerja sama dengan Bulog dan distributor. Harapannya harga bisa turun sebelum puasa," jelasnya.

Ia juga meminta warga tidak panik. "Belanja secukupnya saja, stok sebenarnya aman," ujar Ratna.
"""),
        "quotes": [
            _q("Biasanya sehari datang dua truk, sekarang cuma satu. Pembeli juga jadi mengurangi,", "Enjang", "Enjang", "pedagang di Pasar Kosambi"),
            _q("Kami bekerja sama dengan Bulog dan distributor. Harapannya harga bisa turun sebelum puasa,", "Ratna Kusumawati", "-nya", "Kepala Dinas Perdagangan dan Perindustrian Kota Bandung"),
            _q("Belanja secukupnya saja, stok sebenarnya aman,", "Ratna Kusumawati", "Ratna", "Kepala Dinas Perdagangan dan Perindustrian Kota Bandung"),
        ],
        "not_quotes": [],
    },
    {
        "id": "id-detik-15", "lang": "id", "style": "Detik",
        "text": _text("""
Jakarta - Wakil Ketua Umum Partai Gerindra Hasan Basri mengatakan partainya belum memutuskan calon yang akan diusung pada Pilkada Jawa Barat.

"Semua masih dinamis. Kami akan dengar aspirasi kader di daerah dulu," kata Hasan kepada wartawan, Kamis (20/3/2025).

Hasan tidak menampik nama Dedi Kurnia masuk dalam radar partai. "Beliau punya elektabilitas tinggi, tentu kami pertimbangkan," ujar pria yang akrab disapa Bang Hasan itu.

Dedi sendiri enggan berkomentar banyak. "Saya fokus bekerja dulu. Soal pencalonan, biar partai yang menentukan," ucap Dedi singkat.
"""),
        "quotes": [
            _q("Semua masih dinamis. Kami akan dengar aspirasi kader di daerah dulu,", "Hasan Basri", "Hasan", "Wakil Ketua Umum Partai Gerindra"),
            _q("Beliau punya elektabilitas tinggi, tentu kami pertimbangkan,", "Hasan Basri", "pria yang akrab disapa Bang Hasan itu", "Wakil Ketua Umum Partai Gerindra"),
            _q("Saya fokus bekerja dulu. Soal pencalonan, biar partai yang menentukan,", "Dedi Kurnia", "Dedi"),
        ],
        "not_quotes": [],
    },
    {
        "id": "id-antara-17", "lang": "id", "style": "Antara",
        "text": _text("""
Jakarta (ANTARA) - Badan Pusat Statistik (BPS) mencatat inflasi tahunan pada Februari 2025 sebesar 1,8 persen, terendah dalam empat tahun terakhir.

Plt Kepala BPS Nurul Hidayah mengatakan penurunan inflasi terutama disumbang oleh turunnya tarif listrik karena kebijakan diskon dari pemerintah.

"Kelompok perumahan, air, listrik, dan bahan bakar rumah tangga memberikan andil deflasi terbesar," kata Nurul dalam konferensi pers di Jakarta, Senin.

Menurut dia, tanpa diskon tarif listrik, inflasi tahunan akan berada di kisaran 2,5 persen.

Ekonom Universitas Indonesia Hendrawan Saputra menilai daya beli masyarakat masih perlu dijaga. "Inflasi rendah belum tentu kabar baik kalau penyebabnya permintaan yang melemah," ujarnya saat dihubungi ANTARA.
"""),
        "quotes": [
            _q("Kelompok perumahan, air, listrik, dan bahan bakar rumah tangga memberikan andil deflasi terbesar,", "Nurul Hidayah", "Nurul", "Plt Kepala BPS"),
            _q("Inflasi rendah belum tentu kabar baik kalau penyebabnya permintaan yang melemah,", "Hendrawan Saputra", "-nya", "Ekonom Universitas Indonesia"),
        ],
        "not_quotes": [],
    },
    {
        "id": "id-tempo-14", "lang": "id", "style": "Tempo",
        "text": _text("""
TEMPO.CO, Jakarta - Koalisi masyarakat sipil mengkritik rencana pemerintah memberikan izin tambang kepada organisasi kemasyarakatan keagamaan.

Peneliti Indonesia Corruption Watch (ICW), Dewi Anggraini, menilai kebijakan itu rawan konflik kepentingan. "Ormas tidak punya kapasitas teknis mengelola tambang. Ujungnya pasti bekerja sama dengan pihak ketiga," kata Dewi, Jumat, 14 Maret 2025.

Ia menyebut kebijakan itu sebagai "bagi-bagi konsesi" menjelang tahun politik.

Adapun Kepala Biro Komunikasi Kementerian ESDM, Bambang Irawan, menyatakan pemberian izin tetap mengikuti ketentuan. "Semua ada syarat teknis dan lingkungan yang harus dipenuhi," tutur Bambang.
"""),
        "quotes": [
            _q("Ormas tidak punya kapasitas teknis mengelola tambang. Ujungnya pasti bekerja sama dengan pihak ketiga,", "Dewi Anggraini", "Dewi", "Peneliti Indonesia Corruption Watch (ICW)"),
            _q("Semua ada syarat teknis dan lingkungan yang harus dipenuhi,", "Bambang Irawan", "Bambang", "Kepala Biro Komunikasi Kementerian ESDM"),
        ],
        "not_quotes": ["bagi-bagi konsesi"],
    },
    {
        "id": "id-cnn-10", "lang": "id", "style": "CNN Indonesia",
        "text": _text("""
CNN Indonesia -- Jaksa penuntut umum menuntut terdakwa kasus pembunuhan berencana di Bekasi, Andi Saputra, dengan hukuman penjara seumur hidup.

"Menuntut supaya majelis hakim menjatuhkan pidana penjara seumur hidup kepada terdakwa Andi Saputra," kata jaksa saat membacakan tuntutan di Pengadilan Negeri Bekasi, Selasa (11/3).

Jaksa menilai tidak ada hal yang meringankan. "Terdakwa tidak menunjukkan penyesalan selama persidangan," ujar jaksa.

Kuasa hukum terdakwa, Martin Sitorus, menyatakan akan mengajukan pleidoi. "Kami menghormati tuntutan jaksa, tetapi fakta persidangan berkata lain," kata Martin.
"""),
        "quotes": [
            _q("Menuntut supaya majelis hakim menjatuhkan pidana penjara seumur hidup kepada terdakwa Andi Saputra,", "jaksa", "jaksa"),
            _q("Terdakwa tidak menunjukkan penyesalan selama persidangan,", "jaksa", "jaksa"),
            _q("Kami menghormati tuntutan jaksa, tetapi fakta persidangan berkata lain,", "Martin Sitorus", "Martin", "Kuasa hukum terdakwa"),
        ],
        "not_quotes": [],
    },
    {
        "id": "id-kompas-17", "lang": "id", "style": "Kompas",
        "text": _text("""
SURABAYA, KOMPAS.com - Wali Kota Surabaya Arif Rahman Hakim meminta warga tidak membuang sampah ke saluran air setelah banjir merendam sejumlah kawasan di Surabaya barat.

"Saya sudah cek langsung, saluran di Jalan Raya Darmo tersumbat sampah plastik dan kasur bekas," kata Arif saat meninjau lokasi, Minggu (9/3/2025).

"Ini bukan soal pompa kurang. Pompa kita cukup, tapi airnya tidak bisa mengalir.

"Jadi saya minta tolong, warga jangan buang sampah sembarangan."

Camat Sukomanunggal, Lilik Indrawati, mengatakan air mulai surut sejak pagi. "Petugas kebersihan kami kerahkan untuk mengangkat lumpur," ucapnya.
"""),
        "quotes": [
            _q("Saya sudah cek langsung, saluran di Jalan Raya Darmo tersumbat sampah plastik dan kasur bekas,", "Arif Rahman Hakim", "Arif", "Wali Kota Surabaya"),
            _q("Ini bukan soal pompa kurang. Pompa kita cukup, tapi airnya tidak bisa mengalir.", "Arif Rahman Hakim", None, "Wali Kota Surabaya"),
            _q("Jadi saya minta tolong, warga jangan buang sampah sembarangan.", "Arif Rahman Hakim", None, "Wali Kota Surabaya"),
            _q("Petugas kebersihan kami kerahkan untuk mengangkat lumpur,", "Lilik Indrawati", "-nya", "Camat Sukomanunggal"),
        ],
        "not_quotes": [],
    },
    {
        "id": "id-detik-16", "lang": "id", "style": "Detik",
        "text": _text("""
Tangerang - Polisi menangkap seorang pria berinisial RS (29) yang diduga menganiaya pengemudi ojek online di Ciledug, Kota Tangerang.

Kapolres Metro Tangerang Kota Kombes Yudha Pratama mengatakan pelaku ditangkap di rumah kerabatnya di Bogor. "Pelaku sempat melarikan diri selama tiga hari sebelum kami tangkap," kata Yudha kepada wartawan, Rabu (19/3/2025).

Menurut Yudha, penganiayaan dipicu oleh salah paham soal titik penjemputan. "Korban mengalami luka di kepala dan sudah dirawat di rumah sakit," jelasnya.

Kasat Reskrim Polres Metro Tangerang Kota AKBP Reza Mahendra menambahkan, pelaku dijerat Pasal 351 KUHP. "Ancaman hukumannya maksimal lima tahun penjara," ujar Reza.
"""),
        "quotes": [
            _q("Pelaku sempat melarikan diri selama tiga hari sebelum kami tangkap,", "Yudha Pratama", "Yudha", "Kapolres Metro Tangerang Kota Kombes"),
            _q("Korban mengalami luka di kepala dan sudah dirawat di rumah sakit,", "Yudha Pratama", "-nya", "Kapolres Metro Tangerang Kota Kombes"),
            _q("Ancaman hukumannya maksimal lima tahun penjara,", "Reza Mahendra", "Reza", "Kasat Reskrim Polres Metro Tangerang Kota AKBP"),
        ],
        "not_quotes": [],
    },
    {
        "id": "id-antara-18", "lang": "id", "style": "Antara",
        "text": _text("""
Jakarta (ANTARA) - PT Kereta Api Indonesia (Persero) menyiapkan 2,1 juta tiket untuk angkutan Lebaran 2025, naik 8 persen dibanding tahun lalu.

"Sampai hari ini sudah terjual 1,2 juta tiket. Okupansi tertinggi ada di relasi Jakarta menuju Jawa Tengah," kata Vice President Public Relations KAI Yuni Astuti di Jakarta, Rabu.

Yuni mengatakan KAI juga menambah 40 perjalanan kereta tambahan selama masa angkutan Lebaran.

Kementerian Perhubungan dalam siaran pers menyebutkan, puncak arus mudik diperkirakan terjadi pada H-3 Lebaran. "Masyarakat diimbau mudik lebih awal untuk menghindari kepadatan," tulis Kemenhub.
"""),
        "quotes": [
            _q("Sampai hari ini sudah terjual 1,2 juta tiket. Okupansi tertinggi ada di relasi Jakarta menuju Jawa Tengah,", "Yuni Astuti", "Vice President Public Relations KAI Yuni Astuti", "Vice President Public Relations KAI"),
            _q("Masyarakat diimbau mudik lebih awal untuk menghindari kepadatan,", "Kementerian Perhubungan", "Kemenhub"),
        ],
        "not_quotes": [],
    },
    {
        "id": "id-tempo-15", "lang": "id", "style": "Tempo",
        "text": _text("""
TEMPO.CO, Jakarta - Kepala Divisi Humas Polri Irjen Bayu Setiadi memastikan polisi akan mengusut tuntas kasus kematian seorang tahanan di Polsek Tanah Abang.

"Kami tidak akan menutup-nutupi. Kalau ada anggota yang terbukti melakukan kekerasan, pasti ditindak," kata Irjen Bayu Setiadi di Markas Besar Polri, Jakarta, Jumat, 7 Maret 2025.

Keluarga tahanan, yang diwakili kakaknya, Rahmat, meminta proses hukum berjalan terbuka. "Adik saya masuk dalam keadaan sehat. Keluar sudah jadi jenazah," ucap dia.

Komisioner Komnas HAM Putri Handayani mengatakan lembaganya telah menerjunkan tim. Ia menyebut ada dugaan "penyiksaan yang sistematis" dalam kasus itu.
"""),
        "quotes": [
            _q("Kami tidak akan menutup-nutupi. Kalau ada anggota yang terbukti melakukan kekerasan, pasti ditindak,", "Bayu Setiadi", "Irjen Bayu Setiadi", "Kepala Divisi Humas Polri Irjen"),
            _q("Adik saya masuk dalam keadaan sehat. Keluar sudah jadi jenazah,", "Rahmat", "dia", "kakaknya"),
            _q("penyiksaan yang sistematis", "Putri Handayani", "Ia", "Komisioner Komnas HAM"),
        ],
        "not_quotes": [],
    },
    {
        "id": "id-cnn-11", "lang": "id", "style": "CNN Indonesia",
        "text": _text("""
CNN Indonesia -- Menteri Keuangan Sri Lestari memastikan pemerintah tidak akan menaikkan tarif Pajak Pertambahan Nilai (PPN) untuk bahan pokok.

"Beras, daging, telur, sayur, itu tetap tidak dikenai PPN. Jadi masyarakat tidak perlu khawatir," ujar Sri Lestari dalam konferensi pers APBN Kita, Kamis (13/3).

Dirjen Pajak Bimo Santoso menambahkan penerimaan pajak hingga Februari mencapai Rp 187 triliun.

"Memang ada penurunan dibanding tahun lalu karena restitusi yang cukup besar," kata Bimo.

Sri Lestari menyebut pemerintah akan terus memantau penerimaan. "Kita jaga supaya defisit tetap di bawah 3 persen," ujarnya.
"""),
        "quotes": [
            _q("Beras, daging, telur, sayur, itu tetap tidak dikenai PPN. Jadi masyarakat tidak perlu khawatir,", "Sri Lestari", "Sri Lestari", "Menteri Keuangan"),
            _q("Memang ada penurunan dibanding tahun lalu karena restitusi yang cukup besar,", "Bimo Santoso", "Bimo", "Dirjen Pajak"),
            _q("Kita jaga supaya defisit tetap di bawah 3 persen,", "Sri Lestari", "-nya", "Menteri Keuangan"),
        ],
        "not_quotes": [],
    },
    {
        "id": "id-kompas-18", "lang": "id", "style": "Kompas",
        "text": _text("""
BOGOR, KOMPAS.com - Longsor menimbun empat rumah di Kampung Cibuluh, Kecamatan Sukajaya, Kabupaten Bogor, Selasa (4/3/2025) dini hari. Dua warga dilaporkan tertimbun.

Kepala Pelaksana BPBD Kabupaten Bogor, Dimas Prayoga, mengatakan tim gabungan masih melakukan pencarian. "Medannya sulit, alat berat belum bisa masuk karena jalan tertutup material longsor," kata Dimas.

Seorang warga, Iyan (40), mengaku mendengar suara gemuruh sebelum longsor terjadi. "Saya langsung bangunkan anak-istri dan lari keluar. Tetangga saya belum sempat keluar," ujar Iyan sambil menangis.

Dimas mengimbau warga di lereng bukit untuk mengungsi sementara. "Hujan diperkirakan masih turun beberapa hari ke depan," kata dia.
"""),
        "quotes": [
            _q("Medannya sulit, alat berat belum bisa masuk karena jalan tertutup material longsor,", "Dimas Prayoga", "Dimas", "Kepala Pelaksana BPBD Kabupaten Bogor"),
            _q("Saya langsung bangunkan anak-istri dan lari keluar. Tetangga saya belum sempat keluar,", "Iyan", "Iyan", "warga"),
            _q("Hujan diperkirakan masih turun beberapa hari ke depan,", "Dimas Prayoga", "dia", "Kepala Pelaksana BPBD Kabupaten Bogor"),
        ],
        "not_quotes": [],
    },
    # ---------------------------------------------------------------- Malay
    {
        "id": "ms-bernama-01", "lang": "ms", "style": "Bernama",
        "text": _text("""
PUTRAJAYA, 12 Mac (Bernama) -- Kerajaan akan meneruskan pelaksanaan subsidi bersasar petrol RON95 mulai Jun ini, kata Menteri Kewangan II Datuk Seri Khairul Anuar Mohd Noor.

"Kerajaan tidak akan tergesa-gesa. Kita mahu pastikan golongan sasar tidak tercicir," katanya kepada pemberita selepas majlis di sini hari ini.

Beliau berkata, mekanisme pelaksanaan akan diumumkan selepas dibentangkan kepada Kabinet.

"Data daripada Pangkalan Data Utama (PADU) akan digunakan sepenuhnya," tambahnya.
"""),
        "quotes": [
            _q("Kerajaan tidak akan tergesa-gesa. Kita mahu pastikan golongan sasar tidak tercicir,", "Khairul Anuar Mohd Noor", "-nya", "Menteri Kewangan II"),
            _q("Data daripada Pangkalan Data Utama (PADU) akan digunakan sepenuhnya,", "Khairul Anuar Mohd Noor", "-nya", "Menteri Kewangan II"),
        ],
        "not_quotes": [],
    },
    {
        "id": "ms-bh-01", "lang": "ms", "style": "Berita Harian",
        "text": _text("""
KUALA LUMPUR: Polis menahan tiga lelaki dipercayai terbabit dalam sindiket penipuan pelaburan dalam talian yang mengakibatkan kerugian RM8 juta.

Pengarah Jabatan Siasatan Jenayah Komersial (JSJK) Bukit Aman, Datuk Seri Rusdi Ismail, berkata suspek berusia antara 28 hingga 41 tahun ditahan dalam serbuan di Cheras dan Puchong, semalam.

"Sindiket ini menggunakan aplikasi palsu yang menunjukkan keuntungan kononnya berlipat ganda untuk memancing mangsa," katanya dalam satu kenyataan, hari ini.

Menurutnya, seramai 214 mangsa dikenal pasti setakat ini.

"Orang ramai dinasihatkan menyemak status syarikat pelaburan dengan Suruhanjaya Sekuriti sebelum membuat sebarang pelaburan," katanya.
"""),
        "quotes": [
            _q("Sindiket ini menggunakan aplikasi palsu yang menunjukkan keuntungan kononnya berlipat ganda untuk memancing mangsa,", "Rusdi Ismail", "-nya", "Pengarah Jabatan Siasatan Jenayah Komersial (JSJK) Bukit Aman"),
            _q("Orang ramai dinasihatkan menyemak status syarikat pelaburan dengan Suruhanjaya Sekuriti sebelum membuat sebarang pelaburan,", "Rusdi Ismail", "-nya", "Pengarah Jabatan Siasatan Jenayah Komersial (JSJK) Bukit Aman"),
        ],
        "not_quotes": [],
    },
    {
        "id": "ms-utusan-01", "lang": "ms", "style": "Utusan Malaysia",
        "text": _text("""
'Jangan politikkan isu banjir' - Menteri Besar

KOTA BHARU: Menteri Besar Kelantan, Datuk Ahmad Fauzi Yusoff meminta semua pihak tidak mempolitikkan isu banjir yang melanda negeri itu sejak minggu lalu.

Beliau berkata, keutamaan kerajaan negeri ketika ini ialah memastikan mangsa banjir menerima bantuan secukupnya.

"Ini bukan masa untuk menuding jari. Rakyat sedang susah, jadi semua pihak perlu bekerjasama," katanya ketika melawat pusat pemindahan sementara di Pasir Mas, hari ini.

"Kerajaan negeri sudah memohon peruntukan tambahan daripada kerajaan Persekutuan," ujarnya.
"""),
        "quotes": [
            _q("Jangan politikkan isu banjir", "Ahmad Fauzi Yusoff", "Menteri Besar", "Menteri Besar Kelantan"),
            _q("Ini bukan masa untuk menuding jari. Rakyat sedang susah, jadi semua pihak perlu bekerjasama,", "Ahmad Fauzi Yusoff", "-nya", "Menteri Besar Kelantan"),
            _q("Kerajaan negeri sudah memohon peruntukan tambahan daripada kerajaan Persekutuan,", "Ahmad Fauzi Yusoff", "-nya", "Menteri Besar Kelantan"),
        ],
        "not_quotes": [],
    },
    {
        "id": "ms-mkini-01", "lang": "ms", "style": "Malaysiakini",
        "text": _text("""
Ahli Parlimen Bukit Bendera Lim Wei Jie menggesa kerajaan mendedahkan laporan audit penuh projek sistem pembetungan yang tertangguh sejak 2019.

Dalam satu kenyataan hari ini, beliau berkata: "Rakyat berhak tahu ke mana perginya RM1.2 bilion wang awam.

"Kontraktor sudah dibayar hampir 70 peratus, tetapi kerja di tapak hanya siap separuh.

"Siapa yang bertanggungjawab?"

Jurucakap Kementerian Kerja Raya ketika dihubungi berkata pihaknya akan memberi maklum balas dalam masa terdekat.
"""),
        "quotes": [
            _q("Rakyat berhak tahu ke mana perginya RM1.2 bilion wang awam.", "Lim Wei Jie", "beliau", "Ahli Parlimen Bukit Bendera"),
            _q("Kontraktor sudah dibayar hampir 70 peratus, tetapi kerja di tapak hanya siap separuh.", "Lim Wei Jie", "beliau", "Ahli Parlimen Bukit Bendera"),
            _q("Siapa yang bertanggungjawab?", "Lim Wei Jie", "beliau", "Ahli Parlimen Bukit Bendera"),
        ],
        "not_quotes": [],
    },
    {
        "id": "ms-awani-01", "lang": "ms", "style": "Astro Awani",
        "text": _text("""
KUALA LUMPUR: Jabatan Meteorologi Malaysia (MetMalaysia) mengeluarkan amaran hujan lebat tahap bahaya di beberapa daerah di Johor dan Pahang sehingga Sabtu.

Ketua Pengarahnya, Dr Rozana Abdul Latif, berkata monsun timur laut dijangka membawa hujan berterusan dalam tempoh tiga hari.

"Penduduk di kawasan rendah dan berhampiran sungai diminta bersiap sedia untuk berpindah jika diarahkan oleh pihak berkuasa," katanya dalam satu kenyataan.

Sementara itu, seorang penduduk Kampung Tanjung Agas, Muar, Rosnah Ibrahim, 56, berkata dia sudah mengemas barang berharga sejak semalam.

"Tahun lepas air naik sampai paras pinggang. Kali ini saya tak mahu tunggu," katanya ketika ditemui Astro AWANI.
"""),
        "quotes": [
            _q("Penduduk di kawasan rendah dan berhampiran sungai diminta bersiap sedia untuk berpindah jika diarahkan oleh pihak berkuasa,", "Rozana Abdul Latif", "-nya", "Ketua Pengarahnya"),
            _q("Tahun lepas air naik sampai paras pinggang. Kali ini saya tak mahu tunggu,", "Rosnah Ibrahim", "-nya", "penduduk Kampung Tanjung Agas, Muar"),
        ],
        "not_quotes": [],
    },
    {
        "id": "ms-bernama-02", "lang": "ms", "style": "Bernama",
        "text": _text("""
JOHOR BAHRU, 5 Mac (Bernama) -- Sistem Transit Aliran Ringan Johor Bahru-Singapura (RTS Link) dijangka beroperasi sepenuhnya pada Disember 2026, kata Menteri Pengangkutan Steven Goh.

"Kerja-kerja pembinaan di sebelah Malaysia sudah mencapai 85 peratus dan kita berada di landasan yang betul," kata beliau kepada pemberita selepas meninjau tapak projek di Bukit Chagar di sini hari ini.

Goh berkata, kerajaan juga sedang berunding dengan Singapura mengenai tambang dan kekerapan perkhidmatan.

"Kita mahu tambang yang berpatutan supaya pekerja yang berulang-alik setiap hari mendapat manfaat," katanya.

Menteri Besar Johor Datuk Hafizul Rahman yang turut hadir berkata, kerajaan negeri akan menambah baik sistem bas perantara ke stesen Bukit Chagar.
"""),
        "quotes": [
            _q("Kerja-kerja pembinaan di sebelah Malaysia sudah mencapai 85 peratus dan kita berada di landasan yang betul,", "Steven Goh", "beliau", "Menteri Pengangkutan"),
            _q("Kita mahu tambang yang berpatutan supaya pekerja yang berulang-alik setiap hari mendapat manfaat,", "Steven Goh", "-nya", "Menteri Pengangkutan"),
        ],
        "not_quotes": [],
    },
    {
        "id": "ms-bh-02", "lang": "ms", "style": "Berita Harian",
        "text": _text("""
SHAH ALAM: Seorang bekas pengurus syarikat dihukum penjara lapan tahun dan denda RM500,000 oleh Mahkamah Sesyen di sini, hari ini selepas didapati bersalah atas empat pertuduhan rasuah.

Hakim Norhayati Kassim dalam penghakimannya berkata, pendakwaan berjaya membuktikan kes tanpa sebarang keraguan munasabah.

"Tertuduh sebagai penjawat yang diamanahkan telah menyalahgunakan kedudukannya untuk kepentingan diri," katanya.

Timbalan Pendakwa Raya memohon hukuman berat dijatuhkan sebagai pengajaran kepada orang ramai. "Rasuah merosakkan keyakinan rakyat terhadap institusi," katanya.

Peguam tertuduh, Ravi Shankar, memaklumkan mahkamah bahawa anak guamnya akan memfailkan rayuan.
"""),
        "quotes": [
            _q("Tertuduh sebagai penjawat yang diamanahkan telah menyalahgunakan kedudukannya untuk kepentingan diri,", "Norhayati Kassim", "-nya", "Hakim"),
            _q("Rasuah merosakkan keyakinan rakyat terhadap institusi,", "Timbalan Pendakwa Raya", "-nya", "Timbalan Pendakwa Raya"),
        ],
        "not_quotes": [],
    },
    {
        "id": "ms-utusan-02", "lang": "ms", "style": "Utusan Malaysia",
        "text": _text("""
KUALA LUMPUR: Ketua Polis Negara, Tan Sri Azlan Shah Mokhtar berkata, polis akan meningkatkan rondaan di lokasi tumpuan menjelang sambutan Aidilfitri.

"Seramai 12,000 anggota akan digerakkan di seluruh negara sepanjang Ops Selamat," katanya dalam sidang media di Bukit Aman, hari ini.

Menurut beliau, orang ramai yang pulang ke kampung dinasihatkan memaklumkan kepada balai polis berhampiran untuk pemantauan rumah.

"Perkhidmatan ini percuma dan boleh dibuat secara dalam talian," jelasnya.
"""),
        "quotes": [
            _q("Seramai 12,000 anggota akan digerakkan di seluruh negara sepanjang Ops Selamat,", "Azlan Shah Mokhtar", "-nya", "Ketua Polis Negara"),
            _q("Perkhidmatan ini percuma dan boleh dibuat secara dalam talian,", "Azlan Shah Mokhtar", "-nya", "Ketua Polis Negara"),
        ],
        "not_quotes": [],
    },
    {
        "id": "ms-mkini-02", "lang": "ms", "style": "Malaysiakini",
        "text": _text("""
Ketua Pembangkang Datuk Seri Firdaus Jamil mendakwa kerajaan gagal mengawal kenaikan harga barang keperluan.

"Gaji rakyat tidak naik, tetapi harga barang naik setiap bulan. Itu realiti di lapangan," kata Firdaus ketika berucap di Dewan Rakyat hari ini.

Menjawab dakwaan itu, Menteri Perdagangan Dalam Negeri dan Kos Sara Hidup Datuk Razali Mohd Said berkata, kadar inflasi negara kekal rendah pada 1.5 peratus.

"Angka tidak menipu. Kita antara negara dengan inflasi terendah di rantau ini," katanya.

Firdaus kemudian bangun semula. "Cuba Menteri pergi ke pasar sendiri," kata beliau, disambut sorakan ahli pembangkang.
"""),
        "quotes": [
            _q("Gaji rakyat tidak naik, tetapi harga barang naik setiap bulan. Itu realiti di lapangan,", "Firdaus Jamil", "Firdaus", "Ketua Pembangkang"),
            _q("Angka tidak menipu. Kita antara negara dengan inflasi terendah di rantau ini,", "Razali Mohd Said", "-nya", "Menteri Perdagangan Dalam Negeri dan Kos Sara Hidup"),
            _q("Cuba Menteri pergi ke pasar sendiri,", "Firdaus Jamil", "beliau", "Ketua Pembangkang"),
        ],
        "not_quotes": [],
    },
    {
        "id": "ms-awani-02", "lang": "ms", "style": "Astro Awani",
        "text": _text("""
“Kami tidak akan bertolak ansur” – KKM

PUTRAJAYA: Kementerian Kesihatan (KKM) memberi amaran tindakan tegas akan diambil terhadap premis makanan yang gagal mematuhi tahap kebersihan.

Ketua Pengarah Kesihatan, Datuk Dr Zainal Abidin Omar berkata, sebanyak 320 premis diarah tutup sepanjang tahun lalu.

“Kami tidak akan bertolak ansur dengan premis yang membahayakan kesihatan orang ramai.

“Pengusaha perlu faham, notis penutupan bukan hukuman sahaja tetapi peringatan,” ujarnya.
"""),
        "quotes": [
            _q("Kami tidak akan bertolak ansur", "Kementerian Kesihatan", "KKM"),
            _q("Kami tidak akan bertolak ansur dengan premis yang membahayakan kesihatan orang ramai.", "Zainal Abidin Omar", "-nya", "Ketua Pengarah Kesihatan"),
            _q("Pengusaha perlu faham, notis penutupan bukan hukuman sahaja tetapi peringatan,", "Zainal Abidin Omar", "-nya", "Ketua Pengarah Kesihatan"),
        ],
        "not_quotes": [],
    },
    {
        "id": "ms-bernama-03", "lang": "ms", "style": "Bernama",
        "text": _text("""
KUALA LUMPUR, 9 Mac (Bernama) -- Jurulatih beregu lelaki negara Tan Kok Wai berpuas hati dengan persembahan Ong Jia Hao-Lee Zi Xuan yang mara ke separuh akhir Kejohanan Badminton Seluruh England.

"Mereka bermain dengan tenang walaupun ketinggalan pada set pertama. Itu tanda kematangan," kata Kok Wai ketika dihubungi Bernama.

Jia Hao pula berkata, gandingan itu akan memperbaiki kelemahan pada pertahanan. "Kami banyak buat kesilapan mudah di depan jaring. Itu perlu dibaiki sebelum Terbuka Swiss," ujarnya.
"""),
        "quotes": [
            _q("Mereka bermain dengan tenang walaupun ketinggalan pada set pertama. Itu tanda kematangan,", "Tan Kok Wai", "Kok Wai", "Jurulatih beregu lelaki negara"),
            _q("Kami banyak buat kesilapan mudah di depan jaring. Itu perlu dibaiki sebelum Terbuka Swiss,", "Ong Jia Hao", "-nya"),
        ],
        "not_quotes": [],
    },
    {
        "id": "ms-bh-03", "lang": "ms", "style": "Berita Harian",
        "text": _text("""
IPOH: Seorang lelaki maut manakala dua lagi cedera selepas kereta dinaiki mereka terbabas dan melanggar pembahagi jalan di Kilometer 268 Lebuhraya Utara-Selatan dekat Gopeng, awal pagi tadi.

Ketua Polis Daerah Kampar, Superintendan Nor Azmi Yusof berkata, mangsa yang maut dipercayai pemandu kereta terbabit.

"Siasatan awal mendapati kereta itu dipandu laju sebelum hilang kawalan," katanya ketika dihubungi.

Seorang saksi yang enggan dikenali berkata, dia melihat kereta itu memotong beberapa kenderaan sebelum kemalangan. "Bunyi dentuman sangat kuat, macam letupan," katanya.
"""),
        "quotes": [
            _q("Siasatan awal mendapati kereta itu dipandu laju sebelum hilang kawalan,", "Nor Azmi Yusof", "-nya", "Ketua Polis Daerah Kampar, Superintendan"),
            _q("Bunyi dentuman sangat kuat, macam letupan,", "seorang saksi", "-nya"),
        ],
        "not_quotes": [],
    },
    {
        "id": "ms-utusan-03", "lang": "ms", "style": "Utusan Malaysia",
        "text": _text("""
PUTRAJAYA: Kementerian Pendidikan (KPM) akan memperkenalkan semula peperiksaan bertulis bagi murid Tahun Empat mulai tahun depan.

Menteri Pendidikan, Siti Aminah Rosli berkata, keputusan itu dibuat selepas mengambil kira maklum balas ibu bapa dan guru.

"Kita dengar suara ibu bapa. Mereka mahu tahu tahap sebenar anak-anak mereka," katanya pada sidang media selepas mesyuarat pasca Kabinet di sini, hari ini.

Menurut Siti Aminah, format peperiksaan itu akan diperincikan oleh Lembaga Peperiksaan. "Ia tidak akan membebankan murid, itu saya jamin," tegasnya.

Presiden Kesatuan Perkhidmatan Perguruan Kebangsaan (NUTP) Mohd Azlan Ibrahim menyambut baik keputusan itu tetapi meminta beban tugas guru diambil kira. "Guru sudah dibebani kerja perkeranian. Jangan tambah lagi," katanya.
"""),
        "quotes": [
            _q("Kita dengar suara ibu bapa. Mereka mahu tahu tahap sebenar anak-anak mereka,", "Siti Aminah Rosli", "-nya", "Menteri Pendidikan"),
            _q("Ia tidak akan membebankan murid, itu saya jamin,", "Siti Aminah Rosli", "-nya", "Menteri Pendidikan"),
            _q("Guru sudah dibebani kerja perkeranian. Jangan tambah lagi,", "Mohd Azlan Ibrahim", "-nya", "Presiden Kesatuan Perkhidmatan Perguruan Kebangsaan (NUTP)"),
        ],
        "not_quotes": [],
    },
    {
        "id": "ms-mkini-03", "lang": "ms", "style": "Malaysiakini",
        "text": _text("""
Seorang aktivis alam sekitar mendakwa kerja-kerja pembersihan tanah di Bukit Kukus, Pulau Pinang dilakukan tanpa kelulusan penilaian kesan alam sekitar (EIA).

"Kami sudah semak dengan Jabatan Alam Sekitar. Tiada EIA diluluskan untuk tapak itu," kata pengerusi Persatuan Pencinta Alam Pulau Pinang, Khoo Seng Huat, kepada Malaysiakini.

Beliau berkata, penduduk di kaki bukit bimbang berlaku tanah runtuh seperti yang berlaku pada 2018.

"Siapa yang akan bertanggungjawab jika berlaku lagi tragedi?" soalnya.

Exco Kerajaan Tempatan Pulau Pinang Chow Kah Meng berkata pihaknya akan menyiasat dakwaan tersebut.
"""),
        "quotes": [
            _q("Kami sudah semak dengan Jabatan Alam Sekitar. Tiada EIA diluluskan untuk tapak itu,", "Khoo Seng Huat", "Khoo Seng Huat", "pengerusi Persatuan Pencinta Alam Pulau Pinang"),
            _q("Siapa yang akan bertanggungjawab jika berlaku lagi tragedi?", "Khoo Seng Huat", "-nya", "pengerusi Persatuan Pencinta Alam Pulau Pinang"),
        ],
        "not_quotes": [],
    },
    {
        "id": "ms-awani-03", "lang": "ms", "style": "Astro Awani",
        "text": _text("""
PM: 'Kerajaan tidak akan campur tangan'

KUALA LUMPUR: Perdana Menteri Datuk Seri Ismail Rahman menegaskan kerajaan tidak akan campur tangan dalam proses perundangan membabitkan mana-mana individu.

"Saya sudah katakan berkali-kali, biar mahkamah buat keputusan. Kerajaan tidak akan campur tangan," katanya kepada media selepas solat Jumaat di Masjid Putra, hari ini.

Beliau turut menolak dakwaan bahawa tindakan itu bermotifkan politik.

"Tuduhan seperti itu tidak berasas sama sekali," kata beliau.
"""),
        "quotes": [
            _q("Kerajaan tidak akan campur tangan", "Ismail Rahman", "PM", "Perdana Menteri"),
            _q("Saya sudah katakan berkali-kali, biar mahkamah buat keputusan. Kerajaan tidak akan campur tangan,", "Ismail Rahman", "-nya", "Perdana Menteri"),
            _q("Tuduhan seperti itu tidak berasas sama sekali,", "Ismail Rahman", "beliau", "Perdana Menteri"),
        ],
        "not_quotes": [],
    },
    {
        "id": "ms-bernama-04", "lang": "ms", "style": "Bernama",
        "text": _text("""
KUALA LUMPUR, 14 Mac (Bernama) -- Bank Negara Malaysia (BNM) mengekalkan Kadar Dasar Semalaman (OPR) pada 3.00 peratus, sejajar dengan jangkaan pasaran.

"Pada tahap OPR semasa, pendirian dasar monetari kekal menyokong ekonomi dan selaras dengan penilaian semasa mengenai prospek inflasi dan pertumbuhan," kata BNM dalam satu kenyataan hari ini.

Ketua Ekonomi Bank Muamalat Malaysia Bhd, Dr Hafiz Zulkifli berkata, keputusan itu dijangka kerana inflasi masih terkawal. "Kami menjangkakan OPR kekal sepanjang tahun ini," katanya kepada Bernama.
"""),
        "quotes": [
            _q("Pada tahap OPR semasa, pendirian dasar monetari kekal menyokong ekonomi dan selaras dengan penilaian semasa mengenai prospek inflasi dan pertumbuhan,", "Bank Negara Malaysia", "BNM"),
            _q("Kami menjangkakan OPR kekal sepanjang tahun ini,", "Hafiz Zulkifli", "-nya", "Ketua Ekonomi Bank Muamalat Malaysia Bhd"),
        ],
        "not_quotes": [],
    },
    {
        "id": "ms-bh-04", "lang": "ms", "style": "Berita Harian",
        "text": _text("""
GEORGE TOWN: Seorang ibu tunggal, Siti Hajar Mohamad, 34, tidak menyangka gerai kuih yang dimulakan dengan modal RM200 kini mampu menjana pendapatan RM6,000 sebulan.

Siti Hajar berkata, dia mula berniaga selepas suaminya meninggal dunia pada 2020.

"Masa itu saya tak ada pilihan. Anak tiga orang masih kecil, jadi saya buat kuih dari rumah dan jual di depan sekolah," katanya ketika ditemui di gerainya di Jalan Air Itam.

Anak sulungnya, Muhammad Amir, 15, turut membantu selepas waktu sekolah. "Saya tolong mak bungkus kuih dan kira duit," katanya sambil tersenyum.

"Saya nak jadi usahawan macam mak," tambahnya.
"""),
        "quotes": [
            _q("Masa itu saya tak ada pilihan. Anak tiga orang masih kecil, jadi saya buat kuih dari rumah dan jual di depan sekolah,", "Siti Hajar Mohamad", "-nya", "ibu tunggal"),
            _q("Saya tolong mak bungkus kuih dan kira duit,", "Muhammad Amir", "-nya", "Anak sulungnya"),
            _q("Saya nak jadi usahawan macam mak,", "Muhammad Amir", "-nya", "Anak sulungnya"),
        ],
        "not_quotes": [],
    },
    {
        "id": "ms-utusan-04", "lang": "ms", "style": "Utusan Malaysia",
        "text": _text("""
SEREMBAN: Kebakaran yang berlaku di sebuah kilang perabot di Senawang malam tadi memusnahkan hampir 80 peratus bangunan.

"Kami menerima panggilan kecemasan pada 11.42 malam dan tiba di lokasi dalam tempoh lapan minit," kata Pengarah Jabatan Bomba dan Penyelamat Negeri Sembilan, Mohd Nazri Abdullah. "Api marak dengan cepat kerana terdapat bahan mudah terbakar seperti kayu dan cat."

Beliau berkata, tiada kemalangan jiwa dilaporkan dan punca kebakaran masih disiasat.

Pemilik kilang, Lee Chong Wah, 61, berkata dia mengalami kerugian dianggarkan RM3 juta. "Semua mesin baru dibeli tahun lepas," katanya.
"""),
        "quotes": [
            _q("Kami menerima panggilan kecemasan pada 11.42 malam dan tiba di lokasi dalam tempoh lapan minit,", "Mohd Nazri Abdullah", "Mohd Nazri Abdullah", "Pengarah Jabatan Bomba dan Penyelamat Negeri Sembilan"),
            _q("Api marak dengan cepat kerana terdapat bahan mudah terbakar seperti kayu dan cat.", "Mohd Nazri Abdullah", "Mohd Nazri Abdullah", "Pengarah Jabatan Bomba dan Penyelamat Negeri Sembilan"),
            _q("Semua mesin baru dibeli tahun lepas,", "Lee Chong Wah", "-nya", "Pemilik kilang"),
        ],
        "not_quotes": [],
    },
    {
        "id": "ms-mkini-04", "lang": "ms", "style": "Malaysiakini",
        "text": _text("""
Naib Presiden Parti Amanah Negara, Datuk Hasnul Fikri berkata partinya bersedia berunding mengenai pembahagian kerusi untuk pilihan raya negeri Melaka.

Menurutnya, rundingan perlu berasaskan prestasi calon pada pilihan raya lepas.

"Kita tidak mahu pertandingan tiga penjuru yang hanya menguntungkan lawan. Sebab itu rundingan awal penting," katanya kepada Malaysiakini.

Sementara itu, sumber dalam Pakatan Harapan memberitahu bahawa mesyuarat majlis presiden akan diadakan minggu depan. "Isu kerusi akan jadi agenda utama," kata sumber itu.
"""),
        "quotes": [
            _q("Kita tidak mahu pertandingan tiga penjuru yang hanya menguntungkan lawan. Sebab itu rundingan awal penting,", "Hasnul Fikri", "-nya", "Naib Presiden Parti Amanah Negara"),
            _q("Isu kerusi akan jadi agenda utama,", "sumber dalam Pakatan Harapan", "sumber itu"),
        ],
        "not_quotes": [],
    },
    {
        "id": "ms-awani-04", "lang": "ms", "style": "Astro Awani",
        "text": _text("""
SHAH ALAM: Kerajaan Selangor akan memperkenalkan bas percuma baharu di tiga laluan mulai bulan depan bagi memudahkan pelajar institusi pengajian tinggi.

Exco Infrastruktur dan Pengangkutan Awam Selangor, Wong Mei Ling berkata, inisiatif itu melibatkan peruntukan RM4.5 juta setahun.

"Kita dapati ramai pelajar terpaksa berbelanja besar untuk pengangkutan setiap bulan," katanya kepada Astro AWANI.

"Dengan bas percuma ini, beban mereka dapat dikurangkan."

Seorang pelajar Universiti Teknologi MARA (UiTM), Nur Syafiqah Azman, 21, menyambut baik langkah itu. "Saya belanja hampir RM200 sebulan untuk Grab. Ini sangat membantu," katanya.
"""),
        "quotes": [
            _q("Kita dapati ramai pelajar terpaksa berbelanja besar untuk pengangkutan setiap bulan,", "Wong Mei Ling", "-nya", "Exco Infrastruktur dan Pengangkutan Awam Selangor"),
            _q("Dengan bas percuma ini, beban mereka dapat dikurangkan.", "Wong Mei Ling", None, "Exco Infrastruktur dan Pengangkutan Awam Selangor"),
            _q("Saya belanja hampir RM200 sebulan untuk Grab. Ini sangat membantu,", "Nur Syafiqah Azman", "-nya", "pelajar Universiti Teknologi MARA (UiTM)"),
        ],
        "not_quotes": [],
    },
    {
        "id": "ms-bernama-05", "lang": "ms", "style": "Bernama",
        "text": _text("""
KOTA KINABALU, 20 Mac (Bernama) -- Kerajaan Sabah akan menaik taraf 15 loji rawatan air di seluruh negeri bagi mengatasi masalah gangguan bekalan yang berlarutan.

"Projek ini melibatkan kos RM1.1 bilion dan akan dilaksanakan secara berperingkat dalam tempoh tiga tahun," kata Timbalan Ketua Menteri Datuk Seri Panglima Alexander Gimbang.

Beliau yang juga Menteri Kerja Raya negeri berkata, keutamaan diberikan kepada kawasan yang paling teruk terjejas seperti Tawau dan Sandakan.

"Kita tidak mahu rakyat terus bergantung kepada lori tangki," jelas beliau.
"""),
        "quotes": [
            _q("Projek ini melibatkan kos RM1.1 bilion dan akan dilaksanakan secara berperingkat dalam tempoh tiga tahun,", "Alexander Gimbang", "Timbalan Ketua Menteri Datuk Seri Panglima Alexander Gimbang", "Timbalan Ketua Menteri"),
            _q("Kita tidak mahu rakyat terus bergantung kepada lori tangki,", "Alexander Gimbang", "beliau", "Timbalan Ketua Menteri"),
        ],
        "not_quotes": [],
    },
    {
        "id": "ms-bh-05", "lang": "ms", "style": "Berita Harian",
        "text": _text("""
KUALA LUMPUR: Pengerusi Persekutuan Pekilang-Pekilang Malaysia (FMM), Tan Sri Lim Kok Seng berkata, pengilang tempatan bimbang dengan kenaikan tarif elektrik yang berkuat kuasa bulan depan.

Beliau memberitahu Berita Harian, "Kos pengeluaran akan naik antara lima hingga lapan peratus. Akhirnya pengguna juga yang menanggung."

"Kami minta kerajaan pertimbangkan pelaksanaan secara berperingkat," katanya.

Tenaga Nasional Berhad (TNB) dalam satu kenyataan berkata, pelarasan tarif itu perlu bagi memastikan kemampanan sektor tenaga. "Lebih 85 peratus pengguna domestik tidak terkesan dengan pelarasan ini," menurut kenyataan itu.
"""),
        "quotes": [
            _q("Kos pengeluaran akan naik antara lima hingga lapan peratus. Akhirnya pengguna juga yang menanggung.", "Lim Kok Seng", "Beliau", "Pengerusi Persekutuan Pekilang-Pekilang Malaysia (FMM)"),
            _q("Kami minta kerajaan pertimbangkan pelaksanaan secara berperingkat,", "Lim Kok Seng", "-nya", "Pengerusi Persekutuan Pekilang-Pekilang Malaysia (FMM)"),
            _q("Lebih 85 peratus pengguna domestik tidak terkesan dengan pelarasan ini,", "Tenaga Nasional Berhad", "TNB"),
        ],
        "not_quotes": [],
    },
]
"""Batch 4, held out: 20 English, 21 Indonesian and 22 Malay passages with blank lines between paragraphs."""
