"""Claims and conflicts scored on the labelled development corpus (tests/devcorpus).

A predicted claim matches a labelled one when they are in the same document, the predicted
span overlaps the labelled ``number_text`` inside its ``quote``, the values agree within 1 %
(value or lower bound) and the dimensions are equal. Subject agreement among matched claims
is reported separately, with a lenient normaliser (any content word shared by the label's
subject and the predicted subject or counted noun). A predicted row
overlapping a labelled non-claim counts as a non-claim. A labelled conflict is recalled when
the two claims it names fall in two statements the conflicts table reports as conflicting; an
artefact is a reported conflict (severity above ``wording``) between the claims of a labelled
``not_conflicts`` pair.

Usage: ``PYTHONPATH=src python benchmarks/number_claims.py [CORPUS]`` prints a markdown table;
:func:`run` returns it for ``benchmarks/run.py``. (Not ``numbers.py``: that name would shadow
the standard library's ``numbers`` module, which numpy imports, when run from this folder.)

Every fix made while iterating on this corpus was to a class of input, never to one page:
number formats by language (decimal comma, dot and space thousands), magnitudes (milliards,
百萬, 兆 before a currency, hyphenated), Chinese numerals and classifiers, changes ("from X to
Y") and shared head nouns, rates, ranks, references ("the two men"), parts of a total (of
which, dont, 其中), rounding versus contradiction, targets versus actuals. Pages added to the
corpus after a round of fixes were scored before any further change (21 new pages: P 0.956,
R 0.905; 6 more: P 0.966, R 0.932).

``tests/devcorpus2`` (pages on four other stories, labelled before the extractor was run on them)
was scored before each round of changes: its first 16 pages P 0.908, R 0.748, forecast agreement
0.697; its 7 later pages, after the first round, P 0.812, R 0.812, forecast agreement 0.564. All 23
pages with the code before both rounds: P 0.876, R 0.760; after: P 0.982, R 0.970 (in-sample). The
held-out corpus moved from P 0.915, R 0.785, forecast agreement 0.613 to P 0.920, R 0.794, 0.617:
most of the gain on the new pages was their own classes.

``tests/devcorpus4`` (26 pages on three other stories chosen for disagreeing numbers: the OpenAI-AMD
deal, Anthropic's Google TPUs, Kimi K2 Thinking's training cost; 18 labelled conflicts) was labelled
and committed before the extractor was run on it. Unseen score: P 0.847, R 0.723, subject agreement
0.500, forecast agreement 0.723, non-claim rate 0.027, conflict recall 0.111 (2 of 18), 0 artefacts
among 43 labelled non-conflicts, 9 predicted conflicts. After fixing the classes it showed (compound
vague amounts, share counts, spelled-out and multiplier forms, Chinese units and magnitudes, percentage
subjects from their own clause, quote widgets, rate denominators; tested with sentences of our own):
P 0.970, R 0.977, non-claim rate 0.011, with dev and dev2 unchanged or better.

``tests/devcorpus5`` (24 pages with site furniture left in: Cambricon's half-year results, SMIC's
quarterly results, Humain's Nvidia chip plans; 10 labelled conflicts) was labelled and committed before
the package was run on it. Unseen score: P 0.934, R 0.918, subject agreement 0.269, forecast agreement
0.910, non-claim rate 0.026, conflict recall 0.300 (3 of 10), 4 artefacts among 27 labelled
non-conflicts, 110 predicted conflicts (100 of severity low).

``tests/devcorpus6`` (24 pages on two stories: Mistral AI's September 2025 funding round and Nvidia's
third quarter of fiscal 2026; 20 labelled conflicts, 29 not-conflicts; only the numbers of its pairs
are labelled, ``claim_labels: partial``, so claim precision and recall are not reported) was labelled
and committed before any code ran on it. Unseen score: conflict recall 0.000 (0 of 20), 3 predicted
conflicts, 0 artefacts. Its failure classes (results figures of the story's own company, valuations
before and after a round, a segment's figure for the company's) guided the results-coverage rules in
``helpers.compare.changes``; most of them still miss (see its README).

``tests/devcorpus7`` (22 pages: Meta's $14.3bn for 49% of Scale AI, Anthropic's $30bn round at $380bn;
16 labelled conflicts, 26 not-conflicts; claim_labels partial) was labelled and committed before any
code ran on it, and scored with the code of this round's results and owner rules: conflict recall
0.125 (2 of 16), 5 predicted conflicts, 0 artefacts. The one class fixed after it: a Chinese page with a
transcribed name (亚历山大・王) was read as Japanese and left unclaimed; later rounds tuned on it (relabelled
figures, lettered funding rounds, hedges on precise figures).

``tests/devcorpus8`` (24 pages: xAI's Colossus GPUs, TSMC's US investment; 13 labelled conflicts, 25
not-conflicts; claim_labels partial) was labelled and committed before any code ran on it, and scored
with the code of 62589cd: conflict recall 0.077 (1 of 13), 11 predicted conflicts, 2 artefacts (see its
README).

``tests/devcorpus9`` (16 pages: SK hynix's and Samsung's 2025 results; every claim labelled, 210 claims and
103 non-claims) was labelled and committed before any code ran on it, and scored with the code of 687e481:
claims precision 0.979, recall 0.670 (the Korean won was no currency), 0 artefacts.

``tests/devcorpus10`` (13 pages: the US government's stake in Intel; claims and conflicts labelled, 146 claims,
6 conflicts, 15 not-conflicts) was labelled and committed before any code ran on it, and scored with the
code of 7834db4: claims precision 0.951, recall 0.932, conflict recall 0.167 (1 of 6), 7 predicted
conflicts (4 of them bogus: 元新台幣 read as yuan), 1 artefact.

``tests/devcorpus11`` (15 pages: Microsoft's stake in the restructured OpenAI; 106 claims, 7 conflicts, 13
not-conflicts) was labelled and committed before any code ran on it, and scored with the code of ee7eb01:
claims precision 0.962, recall 0.962, conflict recall 0.143 (1 of 7), 3 predicted conflicts, 0 artefacts.

``tests/devcorpus12`` (14 pages: BYD overtaking Tesla in 2025 electric-car sales, the first story not about AI or
chips; 145 claims, 6 conflicts, 17 not-conflicts) was labelled and committed before any code ran on it, and
scored with the code of 6ca2c08: claims precision 0.878, recall 0.503, conflict recall 0.000 (0 of 6), 0 artefacts.

``tests/devcorpus13`` (14 pages: the March 2025 Myanmar earthquake's toll, magnitudes and distances; 135 claims, 6
conflicts, 22 not-conflicts) was labelled and committed before any code ran on it, and scored with the code of
3272b52: claims precision 0.905, recall 0.496, conflict recall 0.167 (1 of 6), 79 predicted conflicts, 0 artefacts.

``tests/devcorpus14`` (15 pages: the cost and figures of the Paris 2024 Olympic Games, the first story about an event
and public money; 158 claims, 5 conflicts, 32 not-conflicts) was labelled and committed before any code ran on it,
and scored with the code of 729ddd9: claims precision 0.942, recall 0.832, subject agreement 0.295 (0.488 with
synonyms), conflict recall 0.000 (0 of 5), 1 predicted conflict, 1 artefact.

``tests/devcorpus15`` (15 pages: the October 2025 jewel theft at the Louvre; 119 claims, 4 conflicts, 27
not-conflicts) was labelled and committed before any code ran on it, and scored with the code of 2522f24: claims
precision 0.940, recall 0.687, subject agreement 0.367 (0.392 with synonyms), conflict recall 0.000 (0 of 4), 0
predicted conflicts, 0 artefacts (with the code of 729ddd9: 0.952, 0.687, 0.354).

``tests/devcorpus16`` (15 pages: the cost of restoring Notre-Dame de Paris and the donations for it; 162 claims, 4
conflicts, 42 not-conflicts) was labelled and committed before any code ran on it, and scored with the code of
97d854b and again of b55dfa6 (the same figures): claims precision 0.897, recall 0.823, subject agreement 0.169
(0.277 with synonyms; donations were no subject), conflict recall 0.000 (0 of 4), 0 predicted conflicts, 0 artefacts.

``tests/devcorpus17`` (15 pages: the March 2025 Myanmar earthquake's tolls, magnitude and aid; 145 claims, 10
conflicts, 39 not-conflicts) was labelled and committed before any code ran on it, and scored with the code of
97d854b and of 27ac7a7 (the same figures): claims precision 0.867, recall 0.700, subject agreement 0.837,
conflict recall 0.000 (0 of 10), 16 predicted conflicts, 0 artefacts. Its 9 distances were labelled with the
dimension "distance" (the labelling brief offered it; every other corpus says "other"); renamed "other" in the
labels, the same code scores precision 0.947, recall 0.764. Three of its pages are development 13's (the same
addresses and text); on its 12 other pages: precision 0.929, recall 0.709, conflict recall 0.000 (0 of 8).

``tests/devcorpus18`` (15 pages: the collapse of Baltimore's Key Bridge in March 2024; 103 claims, 6 conflicts, 30
not-conflicts) was labelled and committed before any code ran on it, and scored with the code of f0f054d: claims
precision 0.913, recall 0.832, subject agreement 0.393 (0.369 with the code of 97d854b, the round's start; claims
the same), conflict recall 0.000 (0 of 6), 2 predicted conflicts, 0 artefacts.

``tests/devcorpus19`` (15 pages: the January 2025 Los Angeles wildfires, 5 en, 5 fr, 5 zh; 157 claims, 7 conflicts, 50
not-conflicts) was labelled and committed before any code ran on it, and scored with the code of 26ce461: claims
precision 0.879, recall 0.748, subject agreement 0.517 (0.681 with synonyms), conflict recall 0.143 (1 of 7), 7
predicted conflicts, 1 artefact.

``tests/devcorpus20`` (15 pages: the July 2025 Texas Hill Country floods, 5 en, 5 fr, 5 zh; 169 claims, 8 conflicts,
61 not-conflicts) was labelled and committed before any code ran on it, and scored with the code of 65face1: claims
precision 0.967, recall 0.708, subject agreement 0.588 (0.605 with synonyms), conflict recall 0.000 (0 of 8), 5
predicted conflicts, 0 artefacts.

``tests/devcorpus21`` (12 pages: the October 2024 Valencia floods, 4 en, 4 fr, 4 zh; 104 claims, 3 conflicts, 30
not-conflicts) was labelled and committed before any code ran on it, and scored with the code of ef287ff: claims
precision 0.963, recall 0.757, subject agreement 0.538 (0.564 with synonyms), conflict recall 0.000 (0 of 3), 0
predicted conflicts, 0 artefacts. It arrived at the end of a round and was not tuned on then; the next round
read its misses (a count changing "from 95 to 158", "45 residents perish", 遗体增至155具, rainfall in litres per
square metre) and tuned on it.

``tests/devcorpus22`` (15 pages: the 2025 US curbs on Nvidia's H20 chip for China, 5 en, 5 fr, 5 zh; 134 claims, 7
conflicts, 34 not-conflicts) was labelled and committed before any code ran on it, and scored with the code of
82a7862: claims precision 0.911, recall 0.864, subject agreement 0.658 (0.737 with synonyms), conflict recall 0.000
(0 of 7), 7 predicted conflicts, 0 artefacts.

``tests/devcorpus23`` (14 pages: Meta's Hyperion and Prometheus data centres, 5 en, 4 fr, 5 zh; 145 claims, 6
conflicts, 40 not-conflicts) was labelled and committed before any code ran on it, and scored with the code of
a9d1dbf: claims precision 0.942, recall 0.915, subject agreement 0.685 (0.792 with synonyms), forecast agreement
0.615 (forward-looking 0.715), conflict recall 0.000 (0 of 6), 3 predicted conflicts, 0 artefacts.

``tests/devcorpus24`` (15 pages: xAI's Colossus supercomputer in Memphis, 5 en, 4 fr, 6 zh; 141 claims, 11
conflicts, 50 not-conflicts) and ``tests/devcorpus25`` (14 pages: the crash of Air India flight 171, 5 en, 4 fr,
5 zh; 133 claims, 12 conflicts, 28 not-conflicts) were labelled and committed before any code ran on them, and scored
with the code of 67a2179 (and this scorer, which since matches a labelled conflict's number by its place in the
page too): development 24 claims precision 0.910, recall 0.787, subject agreement 0.396 (0.514 with synonyms),
forecast agreement 0.775, conflict recall 0.000 (0 of 11), 5 predicted conflicts, 0 artefacts; development 25
claims precision 0.898, recall 0.662, subject agreement 0.500 (0.523), non-claim rate 0.071, conflict recall 0.000
(0 of 12), 4 predicted conflicts, 1 artefact. Development 24 shares its story with some held-out pages (xAI
Colossus): tuning on it may flatter the held-out score.

``tests/devcorpus26`` (15 pages: the output of Huawei's Ascend AI chips in 2025, 5 en, 5 fr, 5 zh; 101 claims, 14
conflicts, 35 not-conflicts) was labelled and committed before any code ran on it, and scored with the code of
22f2c74: claims precision 0.845, recall 0.747, subject agreement 0.493 (0.563 with synonyms), forecast agreement
0.873, non-claim rate 0.083, conflict recall 0.000 (0 of 14), 7 predicted conflicts, 0 artefacts.

``tests/devcorpus27`` (15 pages: the funeral of Pope Francis, 5 en, 5 fr, 5 zh; 119 claims, 15 conflicts, 32
not-conflicts) arrived at the end of a round, was labelled and committed before any code ran on it, and was scored
with the code of 99d5e46 and not tuned on: claims precision 0.903, recall 0.788, subject agreement 0.344 (0.366
with synonyms), forecast agreement 0.731, non-claim rate 0.000, conflict recall 0.067 (1 of 15), 3 predicted
conflicts, 1 artefact (130 delegations confirmed on 24 April against 164 on 25 April: a count confirmed day by day).
It was then tuned on (counted nouns glossed into English; tallies confirmed so far).

``tests/devcorpus28`` (15 pages: the Iberian blackout of 28 April 2025, 5 en, 5 fr, 5 zh; 144 claims, 15 conflicts,
35 not-conflicts) was labelled and committed before any code ran on it, and scored with the code of f2856d6: claims
precision 0.942, recall 0.883, subject agreement 0.434 (0.513 with synonyms), forecast agreement 0.920, non-claim
rate 0.008, conflict recall 0.000 (0 of 15), 4 predicted conflicts, 0 artefacts; 16 labels stand in text the
cleaner removed.

``tests/devcorpus29`` (15 pages: the Kamchatka earthquake of 30 July 2025 and its tsunami warnings, 5 en, 5 fr,
5 zh; 136 claims, 30 conflicts, 48 not-conflicts) was labelled and committed before any code ran on it, and scored
with the code of b23c072: claims precision 0.879, recall 0.801, subject agreement 0.615 (0.615 with synonyms),
forecast agreement 0.917, non-claim rate 0.032, conflict recall 0.133 (4 of 30), 16 predicted conflicts, 0
artefacts.

``tests/devcorpus30`` (15 pages: the box office and records of the animated film Ne Zha 2, 2025, 5 en, 5 fr, 5 zh;
150 claims, 13 conflicts, 49 not-conflicts) and ``tests/devcorpus31`` (15 pages: the Wang Fuk Court fire in Tai Po,
Hong Kong, November 2025, 5 en, 5 fr, 5 zh; 204 claims, 18 conflicts, 78 not-conflicts) were labelled blind and
committed before any code ran on them, and scored with the code of 4fa6ee0: development 30 claims precision 0.964,
recall 0.735, subject agreement 0.407 (0.407 with synonyms), forecast agreement 0.944, non-claim rate 0.018,
conflict recall 0.000 (0 of 13), 4 predicted conflicts, 3 artefacts (box-office grosses of different days);
development 31 claims precision 0.925, recall 0.721, subject agreement 0.680 (0.721), forecast agreement 0.993,
non-claim rate 0.019, conflict recall 0.000 (0 of 18), 5 predicted conflicts, 1 artefact (279 missing read as
people against 62 taken to hospital).

``tests/devcorpus32`` (15 pages: Super Typhoon Ragasa, September 2025, its toll in Taiwan's Hualien flood and
elsewhere, 5 en, 5 fr, 5 zh; 196 claims, 19 conflicts, 69 not-conflicts) and ``tests/devcorpus33`` (15 pages: the
US-China tariffs of April-May 2025 and the Geneva truce, 5 en, 5 fr, 5 zh; 166 claims, 29 conflicts, 74
not-conflicts) were labelled blind and committed before any code ran on them, and scored with the code of 6d81025:
development 32 claims precision 0.956, recall 0.770, subject agreement 0.682 (0.695 with synonyms), non-claim rate
0.013, conflict recall 0.263 (5 of 19), 11 predicted conflicts, 0 artefacts; development 33 claims precision 0.970,
recall 0.964, subject agreement 0.623 (0.667), non-claim rate 0.000, conflict recall 0.069 (2 of 29), 5 predicted
conflicts, 2 artefacts (tariff rates of different days).

``tests/devcorpus34`` (15 pages: the Gen Z protests in Nepal, September 2025, tolls by the day and by source,
prisoners escaped, damage, 5 en, 5 fr, 5 zh; 132 claims, 21 conflicts, 52 not-conflicts) and ``tests/devcorpus35``
(15 pages: Pop Mart and Labubu in 2025, first-half results, third quarter, targets, market value, 5 en, 5 fr, 5 zh;
277 claims, 20 conflicts, 92 not-conflicts) were labelled blind and committed before any code ran on them, and
scored with the code of b5ef283: development 34 claims precision 0.922, recall 0.740, subject agreement 0.638 (0.702
with synonyms), non-claim rate 0.000, conflict recall 0.095 (2 of 21), 2 predicted conflicts, 0 artefacts;
development 35 claims precision 0.934, recall 0.874, subject agreement 0.736 (0.822), non-claim rate 0.008,
conflict recall 0.400 (8 of 20), 4 predicted conflicts, 0 artefacts.

``tests/devcorpus36`` (15 pages: the launch of Xiaomi's YU7 in June 2025, orders by window, prices, range, deposits,
waiting times, 5 en, 5 fr, 5 zh; 234 claims, 21 conflicts, 51 not-conflicts) was labelled blind, committed before
any code ran on it, and scored with the code of f2ae1c8: claims precision 0.949, recall 0.811, subject agreement
0.124 (0.276 with synonyms), non-claim rate 0.010, conflict recall 0.048 (1 of 21), 7 predicted conflicts, 1
artefact (orders of two windows, three minutes and an hour, set against each other).

``tests/devcorpus37`` (15 pages: the Louvre jewel heist of 19 October 2025, none of development 15's pages; 150
claims, 19 conflicts, 44 not-conflicts), ``tests/devcorpus38`` (15 pages: Ne Zha 2's box office, records and making,
none of development 30's pages; 131 claims, 12 conflicts, 41 not-conflicts), ``tests/devcorpus39`` (15 pages: the
2025 chikungunya outbreak in Guangdong; 99 claims, 10 conflicts, 39 not-conflicts) and ``tests/devcorpus40`` (15
pages: TSMC's US investment of March 2025 and its Arizona fabs, none of development 2's or 8's pages; 183 claims, 17
conflicts, 41 not-conflicts), 5 en, 5 fr, 5 zh each, were labelled blind, committed before any code ran on them,
and scored with the code of b88f914: development 37 claims precision 0.956, recall 0.730, subject agreement 0.491
(0.546 with synonyms), conflict recall 0.000 (0 of 19), 0 artefacts; development 38 precision 0.978, recall 0.664,
subject agreement 0.448 (0.448), conflict recall 0.083 (1 of 12), 0 artefacts; development 39 precision 0.887,
recall 0.485 (disease cases, 例 and 宗, were no subject), subject agreement 0.766 (0.766), non-claim rate 0.019,
conflict recall 0.000 (0 of 10), 0 artefacts; development 40 precision 0.952, recall 0.873, subject agreement 0.690
(0.785), conflict recall 0.118 (2 of 17), 0 artefacts.

``tests/devcorpus41`` (15 pages: the toll, cost and winds of Hurricane Melissa in Jamaica and the Caribbean, October and
November 2025; 156 claims, 19 conflicts, 53 not-conflicts) and ``tests/devcorpus42`` (15 pages: Alibaba's pledge of RMB
380 billion for AI and cloud infrastructure, February 2025, and what followed; 224 claims, 11 conflicts, 48
not-conflicts), 5 en, 5 fr, 5 zh each, were labelled blind and committed before any code ran on them. Development 41
scored with the code of bbb1f0e: claims precision 0.980, recall 0.941, subject agreement 0.681 (0.688 with synonyms),
non-claim rate 0.007, conflict recall 0.000 (0 of 19), 1 artefact (two wind speeds a day apart, 282 km/h read as a
distance). Development 42 scored with the code of fe2c391: precision 0.939, recall 0.830, subject agreement 0.753
(0.812), non-claim rate 0.010, conflict recall 0.000 (0 of 11), 1 artefact.

``tests/devcorpus43`` (15 pages: the Dingri earthquake in Tibet of 7 January 2025: magnitude, tolls, houses,
aftershocks, cold; 212 claims, 20 conflicts, 72 not-conflicts) and ``tests/devcorpus44`` (15 pages: the launch and
sales of Nintendo's Switch 2, June-July 2025; 156 claims, 15 conflicts, 47 not-conflicts), 5 en, 5 fr, 5 zh each,
were labelled blind and committed before any code ran on them, and scored with the code of 49008d3. Development 43:
claims precision 0.833 (a Markdown image's percent-encoded address read as 32 percentages), recall 0.885, subject
agreement 0.746 (0.773 with synonyms), non-claim rate 0.000, conflict recall 0.100 (2 of 20), 0 artefacts.
Development 44: precision 0.901, recall 0.771 (臺 was no classifier; "63万552台" read as 552), subject agreement 0.517
(0.610), non-claim rate 0.046 (the 2 of "Switch 2" and "Joy-Con 2" counted), conflict recall 0.333 (5 of 15), 0 artefacts.

``tests/devcorpus45`` (15 pages: the fatal crash of a Xiaomi SU7 near Tongling on 29 March 2025: speeds, seconds
from warning to impact, share falls; 123 claims, 13 conflicts, 46 not-conflicts; 5 en, 5 fr, 5 zh) was labelled blind
and scored with the code of 5c7eba4: claims precision 0.932, recall 0.865 ("116kmh" was no speed; a closing Chinese
sentence written with ASCII commas was cut as "after article"), subject agreement 0.708 (0.708 with synonyms),
non-claim rate 0.000, conflict recall 0.077 (1 of 13), 0 artefacts.

``tests/devcorpus46`` (15 pages: the US TikTok deal of September 2025: valuation, stakes, users, board seats; 105
claims, 14 conflicts, 41 not-conflicts; 5 en, 5 fr, 5 zh) was labelled blind and scored with the code of df3282b:
claims precision 0.944, recall 0.824 (fractions such as 約半數 and 十分之一 were no percentages; "2000–3000 亿" lost its
first end), subject agreement 0.607 (0.762 with synonyms), non-claim rate 0.000, conflict recall 0.143 (2 of 14),
0 artefacts.

``tests/devcorpus47`` (15 pages: the launch and sales of Black Myth: Wukong, August 2024; 143 claims, 23 conflicts, 52
not-conflicts), ``tests/devcorpus48`` (15 pages: the Jeju Air crash at Muan, 29 December 2024; 155 claims, 12
conflicts, 43 not-conflicts) and ``tests/devcorpus49`` (15 pages: the India-Pakistan clashes of May 2025; 135 claims, 18
conflicts, 51 not-conflicts), 5 en, 5 fr, 5 zh each, were labelled blind and scored with the code of eeb086c:
development 47 claims precision 0.897, recall 0.686 (copies counted by 份 and 套, players, 人數 before a verb),
subject agreement 0.448 (0.552 with synonyms), conflict recall 0.000 (0 of 23), 0 artefacts; development 48 precision
0.946, recall 0.903, subject agreement 0.736 (0.764), conflict recall 0.000 (0 of 12), 0 artefacts; development 49
precision 0.957, recall 0.842, subject agreement 0.491 (0.714), conflict recall 0.278 (5 of 18), 0 artefacts.

``tests/devcorpus50`` (15 pages: the US government shutdown of October-November 2025; 132 claims, 19 conflicts, 41
not-conflicts) and ``tests/devcorpus51`` (15 pages: Japan's rice prices of 2024-2025; 194 claims, 17 conflicts, 44
not-conflicts), 5 en, 5 fr, 5 zh each, were labelled blind and scored with the code of 2324396: development 50 claims
precision 0.881, recall 0.733 (ordinal days of a running event, 第36天 and "its 36th day", are no durations here;
percentage points are read as another dimension than the labellers' percent; 票 was no classifier), subject agreement
0.219 (0.281), conflict recall 0.053 (1 of 19), 0 artefacts; development 51 precision 0.920, recall 0.711 (weights in
kg, kilos and 公斤 were no unit), subject agreement 0.203 (0.457), conflict recall 0.000 (0 of 17), 0 artefacts.

``tests/devcorpus52`` (15 pages: the Everest blizzard of October 2025; 147 claims, 23 conflicts, 47 not-conflicts),
``tests/devcorpus53`` (15 pages: the West Texas measles outbreak of 2025; 164 claims, 10 conflicts, 71 not-conflicts)
and ``tests/devcorpus54`` (15 pages: the Thailand-Cambodia clashes of July 2025; 151 claims, 21 conflicts, 49
not-conflicts), 5 en, 5 fr, 5 zh each, were labelled blind and scored with the code of dbd4931: development 52 claims
precision 0.956, recall 0.745 (近千人, counts with a pronoun, 一两天 read as 12), subject agreement 0.287 (0.306),
conflict recall 0.000 (0 of 23), 0 artefacts; development 53 precision 0.915, recall 0.730, subject agreement 0.765
(0.773), non-claim rate 0.069, conflict recall 0.100 (1 of 10), 0 artefacts; development 54 precision 0.902, recall
0.701 (a breakdown by country after a total), subject agreement 0.525 (0.752), conflict recall 0.000 (0 of 21), 0
artefacts.

``tests/devcorpus55`` (15 pages: the Beijing and Hebei floods of July 2025; 179 claims, 12 conflicts, 42
not-conflicts), ``tests/devcorpus56`` (15 pages: Typhoon Kalmaegi in the Philippines and Vietnam, November 2025; 150
claims, 21 conflicts, 53 not-conflicts) and ``tests/devcorpus57`` (15 pages: the Global Sumud Flotilla to Gaza,
September-October 2025; 147 claims, 21 conflicts, 49 not-conflicts), 5 en, 5 fr, 5 zh each, were labelled blind and
scored with the code of 2470cd4: development 55 claims precision 0.974, recall 0.843 (rain in millimetres read as a
length, 转移 and relogés no evacuation), subject agreement 0.673 (0.673), conflict recall 0.250 (3 of 12), 2 artefacts
(a city's average rain against one station's maximum; 105 villages of one district against 136 of the city);
development 56 precision 0.978, recall 0.893, subject agreement 0.761 (0.791), conflict recall 0.095 (2 of 21), 0
artefacts; development 57 precision 0.966, recall 0.779, subject agreement 0.513 (0.566), conflict recall 0.143 (3
of 21), 2 artefacts (nautical miles read as statute miles).

``tests/devcorpus58`` (15 pages: the heat deaths of the Hajj of June 2024; 195 claims, 22 conflicts, 60 not-conflicts)
and ``tests/devcorpus59`` (15 pages: the wildfires in Spain and Portugal of August 2025; 171 claims, 18 conflicts, 40
not-conflicts) were scored with the code of 44234d9: development 58 claims precision 0.973, recall 0.774 (a toll
reached by a verb with no noun after it, 人數增至1080人), subject agreement 0.354 (0.660), conflict recall 0.091 (2 of
22), 0 artefacts; development 59 precision 0.903, recall 0.667 (hectares in Chinese, 公頃, and square kilometres in
French were not read), subject agreement 0.741 (0.750), conflict recall 0.000 (0 of 18), 0 artefacts.
``tests/devcorpus60`` (15 pages: Expo 2025 in Osaka; 158 claims, 19 conflicts, 47 not-conflicts) and
``tests/devcorpus61`` (15 pages: the 2025 crackdown on Myanmar's scam centres; 137 claims, 12 conflicts, 36
not-conflicts) were scored with the code of 02d92ce: development 60 precision 0.947, recall 0.801 ("the number of
visitors was 110,000", 入場人數約為19.5萬), subject agreement 0.648 (0.688), conflict recall 0.000 (0 of 19), 0
artefacts; development 61 precision 1.000, recall 0.844, subject agreement 0.593 (0.741), conflict recall 0.000 (0 of
12), 0 artefacts. All four have 5 en, 5 fr and 5 zh pages.

``tests/devcorpus62`` (15 pages: the Maha Kumbh crowd crush of 29 January 2025; 134 claims, 23 conflicts, 35
not-conflicts) and ``tests/devcorpus64`` (15 pages: Typhoon Yagi of September 2024; 219 claims, 17 conflicts, 60
not-conflicts) were scored with the code of 7f3408f: development 62 precision 0.970, recall 0.789, subject agreement
0.722 (0.732), conflict recall 0.043 (1 of 23), 0 artefacts; development 64 precision 0.950, recall 0.850, subject
agreement 0.824 (0.882), conflict recall 0.059 (1 of 17), 0 artefacts. Both have 5 en, 5 fr and 5 zh pages.
``tests/devcorpus63`` (15 pages: the Bybit hack of February 2025; 172 claims, 17 conflicts, 38 not-conflicts) was
scored with the same code: precision 0.938, recall 0.818, subject agreement 0.222 (0.274: money stolen had no
subject), conflict recall 0.176 (3 of 17), 0 artefacts.

``tests/devcorpus65`` (14 pages: CATL's Hong Kong listing of May 2025; 177 claims, 11 conflicts, 68 not-conflicts) and
``tests/devcorpus66`` (14 pages: the twelve-day war between Israel and Iran of June 2025; 181 claims, 11 conflicts, 86
not-conflicts) were labelled blind and scored with the code of 0e3385d: development 65 precision 0.989, recall 0.983,
subject agreement 0.497 (0.578), conflict recall 0.273 (3 of 11), 3 artefacts (an amount raised with the
over-allotment option against one without it, twice; 1.15 % against 1.1 %); development 66 precision 0.959, recall
0.801, subject agreement 0.780 (0.844), conflict recall 0.000 (0 of 11), 0 artefacts.

``tests/devcorpus67`` (15 pages: Cyclone Chido in Mayotte of December 2024; 168 claims, 13 conflicts, 77
not-conflicts) and ``tests/devcorpus68`` (14 pages: the Hualien earthquake of April 2024; 198 claims, 12 conflicts, 62
not-conflicts) were labelled blind and scored with the code of e858d55: development 67 precision 0.979, recall 0.815,
subject agreement 0.832 (0.861), conflict recall 0.000 (0 of 13), 0 artefacts; development 68 precision 0.875, recall
0.821, subject agreement 0.826 (0.888), conflict recall 0.333 (4 of 12), 6 artefacts (two agencies' magnitudes, twice;
running counts of injured, trapped and aftershocks hours apart; 15 km for a depth of 15.5 km).

``tests/devcorpus70`` (14 pages: the Zhuhai car attack of November 2024; 91 claims, 9 conflicts, 41 not-conflicts) was
labelled blind and scored with the code of 1614ff3: precision 0.795, recall 0.713, subject agreement 0.903 (0.935),
conflict recall 0.222 (2 of 9), 0 artefacts (ages, which its labels give as durations, were read as `other`).

``tests/devcorpus69`` (13 pages) and ``tests/devcorpus71`` (15 pages, six of them shared with 69) are Mistral AI's
funding round of September 2025, labelled blind by two helpers at once (105 claims, 12 conflicts; 127 claims, 28
conflicts) and scored with the code of 1614ff3: development 69 precision 0.951, recall 0.951, subject agreement 0.388
(0.837), conflict recall 0.000 (0 of 12), 0 artefacts; development 71 precision 0.924, recall 0.909, subject agreement
0.391 (0.864), conflict recall 0.036 (1 of 28), 0 artefacts.
"""
from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path


ROOT = Path(__file__).resolve().parent.parent / "tests" / "devcorpus"
_CLASSIFIER_TAIL = re.compile(r"[\u3400-\u9fff]{1,2}")
#: a one-character Chinese numeral is a whole number ("五" of the label "五座")
_CJK_DIGITS = frozenset("一二三四五六七八九十两兩")
_STOPWORDS = {"of", "the", "a", "an", "by", "in", "for", "to", "and", "per", "de", "des", "du", "la", "le", "les"}


def _norm_subject(s: str) -> set[str]:
    words = re.findall(r"[a-z\u3400-\u9fff]+", (s or "").lower().replace("centres", "centers").replace("centre", "center"))
    return {w[:-1] if w.endswith("s") and len(w) > 3 else w for w in words if w not in _STOPWORDS}


def _lexicon_subjects(label: str) -> set[str]:
    """The package's subject names whose lexicon words occur in a labeller's free-text subject ("gpus used
    in training" names chips): the synonyms our lexicon already holds, applied to the label's words."""
    from helpers.extract.binding import nouns

    return {subject for subject, _, rx in nouns() if rx.search(label or "")}


def _locate(text: str, quote: str, number_text: str) -> tuple[int, int] | None:
    """The span of ``number_text`` inside ``quote`` inside ``text`` (whitespace-tolerant)."""
    def find(hay: str, needle: str, start: int = 0) -> tuple[int, int] | None:
        i = hay.find(needle, start)
        if i >= 0:
            return i, i + len(needle)
        rx = r"\s+".join(re.escape(p) for p in needle.split())
        m = re.compile(rx).search(hay, start) if rx else None
        return (m.start(), m.end()) if m else None

    q = find(text, quote)
    if q is None:
        return None
    n = find(text[q[0]:q[1]], number_text)
    return (q[0] + n[0], q[0] + n[1]) if n else None


def _written_scale(counted: object, unit: object = None) -> float:
    """The factor a claim's value was normalised by: its written unit's scale in units.csv (else 1); a length the
    claim gives in millimetres (rainfall: 60 cm is 600 mm) was scaled to millimetres, not metres."""
    from helpers.extract.binding import units

    if not isinstance(counted, str) or not counted:
        return 1.0
    u = units()[1].get(counted.lower()) or units()[1].get(counted) or units()[1].get(counted.lower().replace("-", " "))
    if u is None or u.currency is not None:
        return 1.0
    return u.scale * 1000 if unit == "mm" and u.unit == "metres" else 1.0 if unit == "mm" and u.unit == "mm" else u.scale


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 0.01 * max(abs(a), abs(b)) or a == b


def score(root: Path = ROOT) -> dict[str, float]:
    """Every measure of the claim extractor and the conflicts table on the corpus at ``root``."""
    import helpers
    from helpers.compare.conflicts import statement_of

    labels = json.loads((root / "labels.json").read_text(encoding="utf-8"))
    docs = helpers.load_corpus(root / "pages")
    claims = helpers.extract_claims(docs)
    conflicts = helpers.find_conflicts(claims, docs)  # as the pipeline calls it
    text = dict(zip(docs["doc_id"], docs["clean_text"]))
    by_doc = {d: g for d, g in claims.groupby("doc_id")}
    empty = claims.iloc[:0]
    matched_pred: set[str] = set()
    n_lab = n_hit = n_subj = n_syn = n_fc = n_ahead = n_unlocated = 0
    non_claim_rows: set[str] = set()
    for file, page in sorted(labels["pages"].items()):
        doc = Path(file).stem
        g = by_doc.get(doc, empty)
        for lab in page.get("claims", []):
            span = _locate(text.get(doc, ""), lab["quote"], lab["number_text"])
            if span is None:
                n_unlocated += 1
                continue
            n_lab += 1
            hit = g[(g["start"] < span[1]) & (g["end"] > span[0]) & (g["dimension"] == lab["dimension"])]
            # the labels keep energy, power and area in the unit written; claims normalise them (a duration in decades
            # is normalised by both: "two decades", 20 years)
            k = [_written_scale(c, u) for c, u in zip(hit["counted"], hit["unit"])]
            own = lab["value"] * _written_scale(lab.get("unit"))  # (a label may give "100億瓦" in its own unit: 10 GW)
            hit = hit[[_close(v / f, lab["value"]) or _close(lo / f, lab["value"]) or _close(v, lab["value"]) or
                       _close(v, own) or
                       (lab.get("value_low") is not None and _close(lo / f, lab["value_low"]))
                       for v, lo, f in zip(hit["value"], hit["value_low"], k)]]
            if len(hit):
                n_hit += 1
                matched_pred.update(hit["claim_id"])
                got = " ".join(str(hit.iloc[0].get(k, "")) for k in ("subject", "counted", "measure_of"))  # the subject,
                # the noun as written, and what a percentage is of
                agree = bool(_norm_subject(got) & _norm_subject(lab["subject"]))
                n_subj += agree
                n_syn += agree or bool({hit.iloc[0]["subject"], hit.iloc[0].get("measure_of", "")}
                                       & _lexicon_subjects(lab["subject"]))
                n_fc += bool(hit.iloc[0]["is_forecast"]) == bool(lab.get("is_forecast"))
                # the labels' is_forecast covers plans and targets too; the claims table keeps them apart
                ahead = bool(hit.iloc[0]["is_forecast"]) or hit.iloc[0].get("scope") == "planned"
                n_ahead += ahead == bool(lab.get("is_forecast"))
        for nc in page.get("non_claims", []):
            span = _locate(text.get(doc, ""), nc["quote"], nc["number_text"])
            if span:
                non_claim_rows.update(g[(g["start"] < span[1]) & (g["end"] > span[0])]["claim_id"])
    stmt = statement_of(claims)
    pairs = {frozenset((stmt[a], stmt[b])) for a, b in zip(conflicts["claim_a"], conflicts["claim_b"])
             if a in stmt and b in stmt}
    serious = {frozenset((stmt[a], stmt[b])) for a, b, s in zip(conflicts["claim_a"], conflicts["claim_b"],
                                                               conflicts["severity"])
               if a in stmt and b in stmt and s != "wording"}

    def side(ref: dict) -> set:
        g = by_doc.get(Path(ref["file"]).stem, empty)
        nt = ref["number_text"]
        # the predicted text holds the labelled number, or is the labelled number without the Chinese
        # classifier glued after it ("約30萬" for the label "約30萬片")
        # or the labelled number with its counted noun ("40 adults" for the row "40" counting adults)
        hits = g.loc[[nt in t or ((len(t) >= 2 or t in _CJK_DIGITS) and nt.startswith(t) and (
            _CLASSIFIER_TAIL.fullmatch(nt[len(t):]) is not None
            or bool(str(w)) and nt[len(t):].strip().lower() == str(w).lower()))
            for t, w in zip(g["text"], g["counted"])]]
        ids = set(hits["claim_id"])
        # or the row whose span overlaps the labelled number where its quote stands ("274人遇難" labels the row
        # "274" counting the dead: the same place in the page, as claims are matched above)
        for lab in labels["pages"].get(ref["file"], {}).get("claims", []):
            span = _locate(text.get(Path(ref["file"]).stem, ""), lab["quote"], nt) if lab["number_text"] == nt else None
            if span:
                ids |= set(g[(g["start"] < span[1]) & (g["end"] > span[0])]["claim_id"])
        return {stmt[c] for c in ids if c in stmt}

    def found(item: dict, among: set) -> bool:
        return any(frozenset((x, y)) in among for x in side(item["a"]) for y in side(item["b"]))

    recalled = sum(found(c, pairs) for c in labels.get("conflicts", []))
    artefacts = sum(found(c, serious) for c in labels.get("not_conflicts", []))
    n_pred = len(claims)
    if labels.get("claim_labels") == "partial":  # a conflicts corpus: only the numbers of its pairs are labelled
        n_pred = n_lab = n_hit = 0
        matched_pred, non_claim_rows = set(), set()
    return {
        "pages": len(docs), "labelled_claims": n_lab, "unlocated_labels": n_unlocated, "predicted_claims": len(claims),
        "precision": len(matched_pred) / n_pred if n_pred else float("nan"),
        "recall": n_hit / n_lab if n_lab else float("nan"),
        "subject_agreement": n_subj / n_hit if n_hit else float("nan"),
        "subject_agreement_with_synonyms": n_syn / n_hit if n_hit else float("nan"),
        "subject_and_value_recall": n_subj / n_lab if n_lab else float("nan"),
        "subject_and_value_recall_with_synonyms": n_syn / n_lab if n_lab else float("nan"),
        "forecast_agreement": n_fc / n_hit if n_hit else float("nan"),
        "forward_looking_agreement": n_ahead / n_hit if n_hit else float("nan"),
        "non_claim_rate": len(non_claim_rows) / n_pred if n_pred else float("nan"),
        "labelled_conflicts": len(labels.get("conflicts", [])),
        "conflict_recall": recalled / len(labels["conflicts"]) if labels.get("conflicts") else float("nan"),
        "predicted_conflicts": len(conflicts), "artefacts": artefacts,
        "not_conflicts": len(labels.get("not_conflicts", [])),
    }


HELDOUT = ROOT.parent / "holdout"
#: the numbered development corpora, in the order the results table lists them: each labelled blind, scored unseen,
#: then tuned on (6, 7 and 8 label conflicts only)
NUMBERED = tuple(ROOT.parent / f"devcorpus{n}" for n in (2, 4, 5, 6, 7, 8, *range(9, 127)))
DEV6, DEV7, DEV8 = (ROOT.parent / f"devcorpus{n}" for n in (6, 7, 8))
#: how the results table names each corpus
NAMES = {ROOT: "development (tuned on)", HELDOUT: "held-out (never tuned on)"}
NAMES.update({r: f"development {r.name.removeprefix('devcorpus')} (scored unseen, then tuned on)" for r in NUMBERED})
NAMES.update({r: f"development {r.name.removeprefix('devcorpus')}, conflicts only (scored unseen, then tuned on)"
              for r in (DEV6, DEV7, DEV8)})


def run(roots: tuple[Path, ...] = (ROOT, *NUMBERED, HELDOUT)) -> str:
    """The scores on the development corpora (tuned on) and the held-out corpus (never tuned on), as markdown."""
    roots = tuple(Path(r).resolve() for r in roots)
    found = [(r, score(r)) for r in roots if (r / "labels.json").is_file()]
    head = "## Claims and conflicts on labelled real pages (development corpora and a held-out one)"
    if not found:
        return f"{head}\n\nNo labelled corpus under tests/.\n"
    goal = {"precision": ">= 0.9", "recall": ">= 0.9", "non_claim_rate": "< 0.05", "conflict_recall": ">= 0.8",
            "artefacts": "0"}
    known = {k.resolve(): v for k, v in NAMES.items()}
    names = [known.get(r, r.name) for r, _ in found]
    lines = [head, "", "A predicted claim matches a label when it is in the same page, its number overlaps the "
             "labelled number inside the labelled quote, the values agree within 1% and the dimension matches. "
             "`python benchmarks/number_claims.py [corpus]` scores one corpus. The labels' `is_forecast` marks plans "
             "and targets as well as forecasts; the claims table keeps them apart (a reported plan has `scope` "
             "planned, not `is_forecast`), so *forward looking agreement* counts ours as forward-looking when "
             "either is set. *Subject agreement* is over the matched claims; *subject and value recall* over all "
             "labelled claims (a label counts when a predicted claim matches its value and its subject: the issue's "
             "subject+value recall).", ""]
    for name, (r, s) in zip(names, found):
        lines.append(f"- {name}: `{os.path.relpath(r, ROOT.parent.parent)}`, {s['pages']} pages, {s['labelled_claims']} "
                     f"labelled claims located ({s['unlocated_labels']} labels whose quote the cleaner removed), "
                     f"{s['predicted_claims']} predicted claims, {s['labelled_conflicts']} labelled conflicts, "
                     f"{s['not_conflicts']} labelled non-conflicts, {s['predicted_conflicts']} predicted conflicts.")
    lines += ["", "| measure | " + " | ".join(names) + " | goal |", "|---|" + "---|" * len(names) + "---|"]
    for k in ("precision", "recall", "subject_agreement", "subject_agreement_with_synonyms", "subject_and_value_recall",
              "subject_and_value_recall_with_synonyms", "forecast_agreement", "forward_looking_agreement",
              "non_claim_rate", "conflict_recall",
              "artefacts"):
        vals = [s[k] for _, s in found]
        cells = [str(v) if isinstance(v, int) else f"{v:.3f}" for v in vals]
        lines.append(f"| {k.replace('_', ' ')} | " + " | ".join(cells) + f" | {goal.get(k, '')} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(run((Path(sys.argv[1]),) if len(sys.argv) > 1 else (ROOT, *NUMBERED[:3], HELDOUT)))
