"""Hand-written demo content for The Meridian Review, a research outlet.

Everything in this module was written for Masthead's demo site and is read by the
``load_demo_site`` management command, which builds a complete, reproducible site from it
using a fixed random seed (so dates, image variations and ordering come out the same on
every run). The outlet, its partner publications, authors and every quoted person are
fictional; partner homepages use the reserved ``.example`` top-level domain.

The data is plain Python literals so that it can be reviewed, diffed and edited without
touching the loader. Article bodies are lists of ``(block_type, value)`` tuples where
``block_type`` is ``"paragraph"`` (text with optional inline ``<em>``, ``<strong>`` and
``<a>``), ``"subheading"`` (plain text) or ``"quote"`` (a dict with ``text`` and
``attribution``).
"""

OUTLET = {
    "name": "The Meridian Review",
    "tagline": "Independent research and analysis on the places where policy meets daily life",
    "note_to_readers": (
        "If a piece here helped you understand something, please pass it on: forward it to a "
        "colleague, share it with a reading group or crosspost it on your own site. "
        "We write so that our work can travel, and every reader who sends it further helps "
        "an independent outlet reach people we could never reach alone."
    ),
    "membership_cta_text": (
        "The Meridian Review has no paywall and no owner to answer to. Members keep it that "
        "way: become one for the price of a coffee a month."
    ),
    "membership_url": "/membership/",
    "disclaimer": (
        "Each article reflects the research and views of its authors, who are responsible "
        "for its content; it does not necessarily represent the position of The Meridian "
        "Review or its partners. You are welcome to crosspost our original articles, "
        "provided you name The Meridian Review as the source and link back to the piece on "
        "our site."
    ),
    "fair_use_notice": (
        "Some pieces quote or reproduce short excerpts of material whose rights belong to "
        "others, which we use for commentary, criticism, research and news reporting. "
        "We believe this use is fair and proportionate, and we credit sources wherever we "
        "can. If you hold rights in something we have used and want to discuss it, please "
        "write to our media contact."
    ),
    "media_contact_email": "press@meridianreview.example",
}

LICENCES = [
    {
        "code": "CC-BY-4.0",
        "name": "Creative Commons Attribution 4.0 International",
        "url": "https://creativecommons.org/licenses/by/4.0/",
        "allows_derivatives": True,
        "allows_commercial": True,
    },
    {
        "code": "CC-BY-SA-4.0",
        "name": "Creative Commons Attribution-ShareAlike 4.0 International",
        "url": "https://creativecommons.org/licenses/by-sa/4.0/",
        "allows_derivatives": True,
        "allows_commercial": True,
    },
    {
        "code": "CC-BY-ND-4.0",
        "name": "Creative Commons Attribution-NoDerivatives 4.0 International",
        "url": "https://creativecommons.org/licenses/by-nd/4.0/",
        "allows_derivatives": False,
        "allows_commercial": True,
    },
    {
        "code": "CC-BY-NC-4.0",
        "name": "Creative Commons Attribution-NonCommercial 4.0 International",
        "url": "https://creativecommons.org/licenses/by-nc/4.0/",
        "allows_derivatives": True,
        "allows_commercial": False,
    },
    {
        "code": "CC-BY-NC-ND-4.0",
        "name": "Creative Commons Attribution-NonCommercial-NoDerivatives 4.0 International",
        "url": "https://creativecommons.org/licenses/by-nc-nd/4.0/",
        "allows_derivatives": False,
        "allows_commercial": False,
    },
    {
        "code": "PERMISSION",
        "name": "Republished with permission",
        "url": "",
        "allows_derivatives": False,
        "allows_commercial": False,
    },
]

PARTNERS = [
    {
        "slug": "harbour-ledger",
        "name": "The Harbour Ledger",
        "homepage": "https://harbourledger.example/",
        "licence": "CC-BY-4.0",
        "canonical_to_original": True,
    },
    {
        "slug": "steppe-dispatch",
        "name": "Steppe Dispatch",
        "homepage": "https://steppedispatch.example/",
        "licence": "CC-BY-SA-4.0",
        "canonical_to_original": False,
    },
    {
        "slug": "rio-abierto",
        "name": "Río Abierto",
        "homepage": "https://rioabierto.example/",
        "licence": "CC-BY-NC-ND-4.0",
        "canonical_to_original": True,
    },
    {
        "slug": "sahel-notebook",
        "name": "The Sahel Notebook",
        "homepage": "https://sahelnotebook.example/",
        "licence": "PERMISSION",
        "canonical_to_original": True,
    },
    {
        "slug": "baltic-coast-monitor",
        "name": "Baltic Coast Monitor",
        "homepage": "https://balticmonitor.example/",
        "licence": "CC-BY-ND-4.0",
        "canonical_to_original": False,
    },
]

AUTHORS = [
    {
        "slug": "amara-okafor",
        "name": "Amara Okafor",
        "bio": (
            "Amara Okafor is a staff writer at The Meridian Review, covering energy, trade and "
            "public finance across West and Southern Africa. She grew up in Enugu and began "
            "her career at a business weekly in Lagos, where she spent six years reporting on "
            "ports and fuel markets. Her work focuses on how commodity decisions made in "
            "ministries show up in household budgets. She holds a master's degree in "
            "development economics and is writing <em>The Pipeline and the Kitchen</em>, a "
            "book about energy subsidies."
        ),
        "short_bio": "Staff writer covering energy, trade and public finance in Africa.",
        "links": [
            {"label": "Personal site", "url": "https://amaraokafor.example/"},
            {"label": "Mastodon", "url": "https://social.example/@amaraokafor"},
        ],
        "photo_hue": 24,
    },
    {
        "slug": "tomas-lindqvist",
        "name": "Tomas Lindqvist",
        "bio": (
            "Tomas Lindqvist is a freelance maritime reporter and photographer based in "
            "Gothenburg. Before turning to journalism he worked for nine years as a deck "
            "officer on short-sea cargo ships in the Baltic and North Sea. He writes about "
            "shipping, fisheries and coastal communities, and his photographs of working "
            "harbours have been exhibited in several Nordic port cities. He contributes to "
            "The Meridian Review as an outside writer."
        ),
        "short_bio": "Freelance maritime reporter and photographer based in Gothenburg.",
        "links": [{"label": "Portfolio", "url": "https://lindqvistphoto.example/"}],
        "photo_hue": 205,
    },
    {
        "slug": "leila-haddad",
        "name": "Leila Haddad",
        "bio": (
            "Leila Haddad is a senior editor at The Meridian Review, where she leads coverage "
            "of the Middle East and North Africa. Based in Amman, she trained as a hydrologist "
            "and spent a decade working on groundwater monitoring before moving into "
            "research journalism. She writes mainly about water, heat and labour migration. "
            "Her first book, <em>Borrowed Rivers</em>, examines how shared water basins are "
            "governed when rainfall no longer follows the old patterns."
        ),
        "short_bio": "Senior editor for the Middle East and North Africa, based in Amman.",
        "links": [{"label": "Author page", "url": "https://leilahaddad.example/"}],
        "photo_hue": 340,
    },
    {
        "slug": "ines-carvalho",
        "name": "Inês Carvalho",
        "bio": (
            "Inês Carvalho is a staff writer and translator at The Meridian Review. Born in "
            "Porto and raised partly in São Paulo, she covers labour, pensions and social "
            "policy in Southern Europe and Latin America. She translates reporting from "
            "Spanish and Portuguese for the Review and for several partner publications. "
            "Before joining the Review she worked as a researcher for a trade union "
            "confederation's policy unit."
        ),
        "short_bio": "Staff writer and translator covering labour and social policy.",
        "links": [
            {"label": "Translations", "url": "https://inescarvalho.example/translations"},
        ],
        "photo_hue": 150,
    },
    {
        "slug": "valentina-ruiz",
        "name": "Valentina Ruiz",
        "bio": (
            "Valentina Ruiz is a Bolivian journalist based in Cochabamba who writes about "
            "water, mining and rural labour in the Andes. She co-founded a small regional "
            "newsroom that reports in Spanish and Quechua, and she works mostly in Spanish; "
            "her pieces for The Meridian Review are often translated by Inês Carvalho. "
            "She is a contributing writer and an occasional guest lecturer on environmental "
            "reporting."
        ),
        "short_bio": "Contributing writer on water, mining and rural labour in the Andes.",
        "links": [
            {"label": "Newsroom", "url": "https://andesvalleys.example/"},
            {"label": "Profile", "url": "https://valentinaruiz.example/"},
        ],
        "photo_hue": 48,
    },
    {
        "slug": "rahul-menon",
        "name": "Rahul Menon",
        "bio": (
            "Rahul Menon is a public health researcher and writer from Kochi. He spent several "
            "years studying occupational health among fishing and construction workers on "
            "India's south-west coast. He writes for The Meridian Review as an outside "
            "contributor on health systems, fisheries and urban heat in South Asia. "
            "He is the author of <em>Salt and Ice</em>, a short history of the cold chain "
            "in small-scale fishing."
        ),
        "short_bio": "Public health researcher writing on fisheries, heat and health systems.",
        "links": [{"label": "Research profile", "url": "https://rahulmenon.example/"}],
        "photo_hue": 95,
    },
    {
        "slug": "mei-tanaka-ross",
        "name": "Mei Tanaka-Ross",
        "bio": (
            "Mei Tanaka-Ross is a staff writer at The Meridian Review covering East Asia and "
            "the Pacific, with a focus on digital infrastructure and the media business. "
            "She grew up between Osaka and Wellington and previously ran the data desk of a "
            "regional newspaper group. She is particularly interested in what happens to "
            "public services after the launch announcement. She also edits the Review's "
            "series on the economics of local news."
        ),
        "short_bio": "Staff writer on digital infrastructure and media in East Asia and the Pacific.",
        "links": [
            {"label": "Newsletter", "url": "https://meitanakaross.example/newsletter"},
        ],
        "photo_hue": 265,
    },
    {
        "slug": "yusuf-demir",
        "name": "Yusuf Demir",
        "bio": (
            "Yusuf Demir is a research fellow at a maritime security institute and "
            "a regular outside contributor to The Meridian Review. He studies sanctions, "
            "shipping insurance and the routes goods take when the usual ones close. He "
            "previously worked as a claims analyst for a marine insurer in Istanbul. "
            "His writing tries to explain security questions through the ledgers of the "
            "companies that carry the risk."
        ),
        "short_bio": "Research fellow on sanctions, shipping insurance and trade routes.",
        "links": [
            {"label": "Institute page", "url": "https://maritimeinstitute.example/people/demir"},
        ],
        "photo_hue": 0,
    },
]

REGIONS = [
    {
        "slug": "middle-east-north-africa",
        "name": "Middle East & North Africa",
        "description": (
            "From the Maghreb to the Gulf: shared rivers and aquifers, labour migration, "
            "energy transitions and the sea lanes that connect the region to the world."
        ),
    },
    {
        "slug": "latin-america",
        "name": "Latin America",
        "description": (
            "Research and reporting from Mexico to the Southern Cone, with a focus on water, "
            "mining, pensions, work and the newsrooms that cover them."
        ),
    },
    {
        "slug": "sub-saharan-africa",
        "name": "Sub-Saharan Africa",
        "description": (
            "Ports, power grids, farming seasons and public finance across the continent, "
            "often through the eyes of the people who keep them running."
        ),
    },
    {
        "slug": "europe",
        "name": "Europe",
        "description": (
            "Coastal economies, labour markets and media policy, from the Baltic and the "
            "North Sea to the Mediterranean."
        ),
    },
    {
        "slug": "south-central-asia",
        "name": "South & Central Asia",
        "description": (
            "Rivers and irrigation, migration and remittances, urban heat and the overland "
            "routes linking the steppe to the subcontinent."
        ),
    },
    {
        "slug": "east-asia-pacific",
        "name": "East Asia & Pacific",
        "description": (
            "Digital infrastructure, fisheries, island economies and the changing business "
            "of news across East Asia and the Pacific."
        ),
    },
]

THEMES = [
    {
        "slug": "energy",
        "name": "Energy",
        "description": (
            "How power is generated, priced and shared, and who carries the cost when the "
            "system changes."
        ),
    },
    {
        "slug": "water-climate",
        "name": "Water & Climate",
        "description": (
            "Rivers, aquifers, droughts and heat: the physical limits that shape politics and "
            "the institutions built to manage them."
        ),
    },
    {
        "slug": "trade",
        "name": "Trade",
        "description": (
            "Shipping routes, commodity flows, ports and the rules that govern how goods "
            "cross borders."
        ),
    },
    {
        "slug": "security",
        "name": "Intelligence & Security",
        "description": (
            "Sanctions, maritime security and critical infrastructure, analysed through "
            "evidence rather than alarm."
        ),
    },
    {
        "slug": "media-information",
        "name": "Media & Information",
        "description": (
            "The economics of journalism, public-interest information and the infrastructure "
            "that carries it."
        ),
    },
    {
        "slug": "labour",
        "name": "Labour",
        "description": (
            "Work, wages, pensions and workplace safety, and how they change when economies "
            "and climates do."
        ),
    },
    {
        "slug": "public-health",
        "name": "Public Health",
        "description": (
            "Health systems, supply chains and the environmental conditions that decide who "
            "stays well."
        ),
    },
    {
        "slug": "law-rights",
        "name": "Law & Rights",
        "description": (
            "Treaties, regulations and courts, and whether the rights they promise reach the "
            "people they are written for."
        ),
    },
]

REPORTS = [
    {
        "slug": "ports-and-passages",
        "name": "Ports and Passages",
        "introduction": [
            "Most of what we eat, wear and burn arrives by sea, yet the places where cargo "
            "changes hands rarely make the news until something goes wrong. This report "
            "follows goods through harbours, straits and rail yards to ask who absorbs the "
            "cost when a route closes, a queue lengthens or an insurer changes its mind.",
            "Our writers spoke to harbour pilots, freight forwarders, truck drivers and "
            "underwriters. Their accounts suggest that resilience is rarely a matter of grand "
            "strategy; it is built, or neglected, in thousands of small operational choices.",
        ],
        "featured": True,
    },
    {
        "slug": "the-water-ledger",
        "name": "The Water Ledger",
        "introduction": [
            "Water crosses borders without asking permission, and the agreements meant to "
            "share it were mostly written for a climate that no longer exists. The Water "
            "Ledger looks at rivers, glaciers and aquifers where the accounting is changing, "
            "and at the institutions trying to keep up.",
            "We have tried to resist the language of inevitable water wars. The more common "
            "story is slower and more bureaucratic: technical committees, disputed data and "
            "quiet compromises, which matter all the more because they are rarely reported.",
        ],
        "featured": True,
    },
    {
        "slug": "working-through-the-heat",
        "name": "Working Through the Heat",
        "introduction": [
            "Extreme heat is becoming an ordinary condition of work for hundreds of millions "
            "of people, from cane fields to construction sites to street markets. This report "
            "asks what protections exist, how they are enforced and where they fall short.",
            "The pieces collected here avoid a single prescription. A midday work ban can help "
            "in one place and simply shift risk in another; what matters is whether workers "
            "themselves have a say in how the working day is rearranged.",
        ],
        "featured": False,
    },
    {
        "slug": "who-pays-for-local-news",
        "name": "Who Pays for Local News",
        "introduction": [
            "Local newsrooms are where most people first learn about their council budget, "
            "their water bill or their polling station. Many of them are shrinking, and some "
            "have closed. This report examines the economics of small newsrooms on four "
            "continents, and the experiments that are keeping some of them alive.",
            "We publish this series in partnership with several of the outlets it describes, "
            "and we have tried to be candid about our own finances too. There is no single "
            "business model that works everywhere, but there are lessons that travel.",
        ],
        "featured": True,
    },
]

ARTICLES = [
    # ------------------------------------------------------------------
    # Ports and Passages
    # ------------------------------------------------------------------
    {
        "slug": "red-sea-detours-insurance-bills",
        "title": "Why Red Sea Detours Still Show Up in Insurance Bills",
        "lead": (
            "Ships have learned to route around the southern Red Sea. The insurance market "
            "has not yet decided what that risk is worth, and importers far from the region "
            "are paying for the uncertainty."
        ),
        "authors": [("yusuf-demir", "author")],
        "regions": ["middle-east-north-africa"],
        "themes": ["trade", "security"],
        "reports": ["ports-and-passages"],
        "partner": None,
        "original_url": "",
        "days_ago": 3,
        "image": {
            "caption": "A container ship's wake on open water, seen from the bridge wing.",
            "credit": "Meridian Review graphics desk",
            "motif": "waves",
            "hue": 198,
        },
        "body": [
            (
                "paragraph",
                "When a shipping lane becomes dangerous, the first thing that changes is not "
                "the route but the paperwork. Long before a captain alters course, an "
                "underwriter in a quiet office has reclassified a stretch of sea, and a "
                "surcharge has appeared on an invoice that will eventually reach a "
                "supermarket, a pharmacy or a car dealership thousands of kilometres away.",
            ),
            (
                "paragraph",
                "Over the past year, many container lines and tanker operators have chosen "
                "the long way around Africa rather than transit the southern Red Sea. The "
                "detour adds roughly ten days and a great deal of fuel. But shipping "
                "companies that still make the passage face another cost: the additional "
                "premium charged for entering an area that insurers list as high risk.",
            ),
            ("subheading", "A premium priced on guesswork"),
            (
                "paragraph",
                "War-risk cover is sold voyage by voyage, and the price is usually "
                "expressed as a small percentage of the ship's insured value. Small "
                "percentages become large numbers when a vessel is worth well over a "
                "hundred million dollars. The difficulty is that there is little reliable "
                "history on which to base the figure. Incidents are rare in absolute terms, "
                "but each one is expensive, and the pattern of attacks has shifted more "
                "than once.",
            ),
            (
                "quote",
                {
                    "text": (
                        "We are not pricing a storm season with a century of records behind "
                        "it. We are pricing intentions, and intentions can change overnight."
                    ),
                    "attribution": "Selin Aktaş, a marine underwriter at an Istanbul syndicate",
                },
            ),
            (
                "paragraph",
                "That uncertainty explains why premiums have not fallen back as quickly as "
                "traffic has adapted. Underwriters who cut rates and are then caught by a new "
                "incident face scrutiny from their own reinsurers. It is commercially "
                "safer to stay expensive, even if that pushes more ships onto the longer "
                "route and reduces the premium income the market collects.",
            ),
            ("subheading", "Who pays in the end"),
            (
                "paragraph",
                "For large carriers the detour is partly a scheduling puzzle: they add ships "
                "to a loop to keep weekly departures. Smaller operators, and the exporters "
                "who rely on them, have fewer options. A textile firm shipping a few "
                "containers a month cannot negotiate its surcharges, and it often learns the "
                "final cost only when the invoice arrives. Several freight forwarders we "
                "spoke to described customers switching to slower but more predictable "
                "services, accepting longer delivery times in exchange for a known price.",
            ),
            (
                "paragraph",
                "None of this is likely to resolve quickly. Insurance markets tend to "
                "normalise only after a long run of uneventful months, and the region has not "
                "offered many of those. In the meantime, the most useful thing governments "
                "and port authorities can do may be the least glamorous: publish clear, "
                "timely information about incidents, so that the people pricing risk have "
                "something better than rumour to work with.",
            ),
        ],
    },
    {
        "slug": "baltic-ferry-ports-winter-ice",
        "title": "Winter Ice, Thin Margins: The Baltic's Small Ferry Ports",
        "lead": (
            "Icebreaker time is scarce and expensive. For the island ferries of the northern "
            "Baltic, a cold winter is both a test of seamanship and a line in the budget."
        ),
        "authors": [("tomas-lindqvist", "author")],
        "regions": ["europe"],
        "themes": ["trade", "labour"],
        "reports": ["ports-and-passages"],
        "partner": "baltic-coast-monitor",
        "original_url": "https://balticmonitor.example/analysis/ferry-ports-winter-ice",
        "original_days_before": 2,
        "days_ago": 16,
        "image": {
            "caption": "Broken sea ice in a ferry channel on a grey morning.",
            "credit": "Baltic Coast Monitor archive",
            "motif": "stripes",
            "hue": 210,
        },
        "body": [
            (
                "paragraph",
                "At six in the morning the ferry to the outer islands leaves a harbour that "
                "is, for now, open water. By the time it reaches the second stop, the channel "
                "is lined with plates of grey ice, nudged aside by the bow with a sound the "
                "crew no longer notices. In a mild winter this crossing takes forty minutes. "
                "In a hard one it can take two hours, and sometimes it does not happen at "
                "all.",
            ),
            (
                "paragraph",
                "The small ferry ports of the northern Baltic serve communities of a few "
                "hundred people each, many of them older residents, seasonal workers and "
                "families who commute to the mainland for school. The routes are subsidised "
                "by regional authorities because no private operator could run them at a "
                "profit. That makes every extra hour of fuel and every call for icebreaker "
                "assistance a public spending question.",
            ),
            ("subheading", "Sharing a scarce icebreaker"),
            (
                "paragraph",
                "State icebreakers are assigned according to priority lists that favour "
                "large cargo ports, where delays cost industry the most. Island ferries "
                "often wait their turn. Several operators have therefore invested in "
                "ice-class hulls of their own, which are expensive to build and heavier "
                "to run in summer, when there is no ice at all.",
            ),
            (
                "paragraph",
                "Crews carry a different kind of cost. Winter schedules are unpredictable, "
                "and overtime rules written for regular timetables do not always fit a day in "
                "which the ferry is stuck in a pressure ridge for three hours. Unions in "
                "the region have pushed for clearer rest-time rules during ice operations, "
                "arguing that fatigue is the real hazard on these routes.",
            ),
            ("subheading", "Milder winters, harder planning"),
            (
                "paragraph",
                "Warmer winters might seem to solve the problem, but operators describe the "
                "opposite. Ice that forms late, breaks up and reforms is harder to plan "
                "around than a steady freeze. Budgets set in autumn are based on averages "
                "that increasingly describe no actual year. Some regional councils are now "
                "experimenting with multi-year contracts that share weather risk between "
                "the public purse and the operator, rather than leaving one side to absorb "
                "a bad season.",
            ),
            (
                "paragraph",
                "For the islanders, the calculation is simpler. The ferry is the "
                "ambulance route, the school bus and the grocery delivery. A port that "
                "closes for a week is a reminder of how thin the connection is, and of how "
                "much quiet public money keeps it in place.",
            ),
        ],
    },
    {
        "slug": "harbour-pilots-still-board-every-ship",
        "title": "The Harbour Pilots Who Still Board Every Ship",
        "lead": (
            "Navigation software can plot a perfect approach. Lisbon's pilots argue that the "
            "job has always been about judgement in the moments when the plot stops being "
            "perfect."
        ),
        "authors": [("ines-carvalho", "author"), ("tomas-lindqvist", "photographer")],
        "regions": ["europe"],
        "themes": ["labour", "trade"],
        "reports": ["ports-and-passages"],
        "partner": None,
        "original_url": "",
        "days_ago": 41,
        "image": {
            "caption": "A pilot climbs a rope ladder onto a bulk carrier at the river mouth.",
            "credit": "Photo by Tomas Lindqvist",
            "motif": "rings",
            "hue": 32,
        },
        "body": [
            (
                "paragraph",
                "The pilot boat comes alongside a bulk carrier at the mouth of the Tagus, "
                "matching its speed so closely that the two hulls seem to stand still while "
                "the water rushes between them. A rope ladder hangs down the side of the "
                "ship. The pilot waits for the swell to lift the boat, steps across and "
                "begins to climb. It is the most dangerous part of her day, and it takes "
                "about fifteen seconds.",
            ),
            (
                "paragraph",
                "Harbour pilots guide ships through the last and most difficult stretch of "
                "their voyage: shallow channels, strong currents, tight turns and crowded "
                "berths. The profession is old, highly regulated and small. In many ports, "
                "pilotage is compulsory for ships above a certain size, because authorities "
                "have concluded that local knowledge cannot be fully written down.",
            ),
            ("subheading", "What the software cannot see"),
            (
                "paragraph",
                "That conclusion is now being tested. Modern bridge systems combine "
                "satellite positioning, detailed electronic charts and real-time current "
                "data. Some port operators have proposed remote pilotage, with advice "
                "given by radio from a shore centre, at least for smaller or frequently "
                "visiting vessels. Trials elsewhere in Europe have produced mixed results.",
            ),
            (
                "quote",
                {
                    "text": (
                        "The screen tells you where the ship is. It does not tell you that "
                        "this master is tired, that the tug is new to the job, or that the "
                        "wind is about to turn at the bridge."
                    ),
                    "attribution": "Marta Ferreira, a harbour pilot with nineteen years on the river",
                },
            ),
            (
                "paragraph",
                "Pilots are not simply resisting change. Most use the same digital tools "
                "they are said to be threatened by, often carrying portable units that "
                "show the ship's position more precisely than its own equipment does. "
                "Their argument is that technology has made the job safer without making "
                "the person unnecessary, because the hardest decisions happen when "
                "something unexpected occurs.",
            ),
            ("subheading", "An ageing profession"),
            (
                "paragraph",
                "The more pressing issue may be recruitment. Becoming a pilot typically "
                "requires years of seagoing experience as a ship's officer, followed by a long "
                "local apprenticeship. Fewer young Europeans now go to sea at all, and "
                "those who do have attractive options ashore. Several pilots described "
                "colleagues working past the age they had planned to retire because there "
                "was nobody ready to take their place.",
            ),
            (
                "paragraph",
                "For port authorities, this creates an awkward choice. Investing in remote "
                "systems may look like a hedge against shortages, but pilots warn that "
                "skills lost are slow to rebuild. The safest ports, they argue, will be the "
                "ones that treat technology and training as parts of the same plan rather "
                "than substitutes for each other.",
            ),
        ],
    },
    {
        "slug": "grain-corridors-price-of-certainty",
        "title": "Grain Corridors and the Price of Certainty",
        "lead": (
            "Negotiated shipping corridors can keep wheat moving through a war zone. What they "
            "cannot easily provide is the predictability that importing countries need to plan "
            "their bread subsidies."
        ),
        "authors": [("yusuf-demir", "author"), ("amara-okafor", "author")],
        "regions": ["europe", "middle-east-north-africa"],
        "themes": ["trade", "security"],
        "reports": ["ports-and-passages"],
        "partner": None,
        "original_url": "",
        "days_ago": 88,
        "image": {
            "caption": "Grain pouring from a conveyor into the hold of a bulk carrier.",
            "credit": "Meridian Review graphics desk",
            "motif": "grid",
            "hue": 44,
        },
        "body": [
            (
                "paragraph",
                "A cargo of wheat leaving a Black Sea port passes through several layers of "
                "risk before it becomes bread in Cairo, Tunis or Beirut. There is the risk "
                "to the ship itself, the risk that a port will be closed on the day of "
                "loading, and the risk that the corridor arrangement allowing the voyage "
                "will be suspended while the grain is at sea. Each of these is priced, and "
                "the prices add up.",
            ),
            (
                "paragraph",
                "Corridor arrangements, whether formal agreements or informal understandings "
                "backed by naval presence, have kept significant volumes moving during the "
                "conflict. That is a real achievement. But importers and the traders who "
                "supply them say the arrangements have tended to be renewed for short "
                "periods, and each renewal has been a moment of doubt.",
            ),
            ("subheading", "Budgeting for bread"),
            (
                "paragraph",
                "Many governments in North Africa and the Middle East subsidise bread, and "
                "their finance ministries must estimate the cost months in advance. A "
                "corridor that might close next quarter forces them either to buy early, "
                "tying up scarce foreign currency in storage, or to accept the chance of "
                "paying a spike later. Neither is comfortable for a country already "
                "managing debt and a weak exchange rate.",
            ),
            (
                "paragraph",
                "Traders have responded by diversifying origins, buying more from other "
                "exporters when Black Sea supply looks uncertain. This has helped stabilise "
                "volumes but often at a higher delivered cost, because the alternative "
                "origins are farther away or produce wheat that requires different "
                "blending at the mill. Millers, in turn, pass the difference on or absorb it "
                "depending on how tightly their prices are controlled.",
            ),
            ("subheading", "Longer agreements, lower premiums"),
            (
                "paragraph",
                "The clearest lesson from the past two years is that duration matters as "
                "much as access. A corridor that is open but renewed month by month carries "
                "a hidden tax, paid in insurance, storage and hedging. Analysts we spoke to "
                "suggested that longer, more transparent arrangements, even with stricter "
                "inspection rules, could lower costs more than additional naval escorts "
                "would.",
            ),
            (
                "paragraph",
                "That is a diplomatic problem rather than a logistical one, and it is "
                "unlikely to be solved by the ports alone. Still, importing governments have "
                "a role to play. By pooling purchases, sharing storage and publishing their "
                "needs further in advance, they can reduce the panic buying that makes every "
                "rumour of closure so expensive for everyone downstream.",
            ),
        ],
    },
    {
        "slug": "lagos-port-congestion-trucks-that-wait",
        "title": "Lagos Port Congestion and the Trucks That Wait",
        "lead": (
            "A new electronic call-up system was meant to end the queues of trucks on the "
            "roads to Apapa. It has shortened them, but the drivers say the waiting has "
            "simply moved somewhere less visible."
        ),
        "authors": [("amara-okafor", "author")],
        "regions": ["sub-saharan-africa"],
        "themes": ["trade", "labour"],
        "reports": ["ports-and-passages"],
        "partner": "harbour-ledger",
        "original_url": "https://harbourledger.example/features/lagos-trucks-that-wait",
        "original_days_before": 1,
        "days_ago": 121,
        "image": {
            "caption": "A line of container trucks parked along a port access road at dusk.",
            "credit": "The Harbour Ledger archive",
            "motif": "stripes",
            "hue": 18,
        },
        "body": [
            (
                "paragraph",
                "For years, the approach roads to Lagos's main container terminals were "
                "known for one thing: trucks, parked two or three abreast, sometimes for "
                "days, waiting to collect or return a container. Residents lost access to "
                "their own streets, businesses closed, and the cost of moving a box a few "
                "kilometres inland could exceed the cost of shipping it across an ocean.",
            ),
            (
                "paragraph",
                "An electronic call-up system was introduced to change that. Trucks now book "
                "a slot, wait in designated holding parks and are called forward when the "
                "terminal is ready for them. By most accounts, the main roads are clearer "
                "than they have been in a decade.",
            ),
            ("subheading", "Queues that moved out of sight"),
            (
                "paragraph",
                "Drivers describe a more complicated picture. The holding parks are often "
                "far from the port, with limited water, toilets or shade. Slots can be "
                "difficult to obtain at busy times, and drivers report informal payments "
                "to move up the list. The queue still exists; it has been relocated to "
                "places where fewer people see it.",
            ),
            (
                "quote",
                {
                    "text": (
                        "Before, everybody could see us on the bridge. Now we wait in a field "
                        "and nobody knows we are there. The truck still does not move."
                    ),
                    "attribution": "Chinedu Eze, a container truck driver with twelve years on the port run",
                },
            ),
            (
                "paragraph",
                "The underlying problem is capacity and coordination. Empty containers "
                "returned by importers need somewhere to go, and shipping lines do not always "
                "evacuate them quickly. Customs inspections, terminal equipment and rail "
                "links all affect how fast a truck can be served. A booking system can "
                "manage a queue well, but it cannot create space that does not exist.",
            ),
            ("subheading", "What would help"),
            (
                "paragraph",
                "Logistics specialists point to a few practical steps. Inland container "
                "depots, properly connected by rail, could absorb empties away from the "
                "waterfront. Publishing slot availability openly would make it harder to "
                "sell places in the queue. And holding parks could be treated as workplaces, "
                "with basic facilities, since drivers may spend more of their week in them "
                "than on the road.",
            ),
            (
                "paragraph",
                "The call-up system is a genuine improvement, and the cleaner roads matter to "
                "the neighbourhoods around the port. The next stage is less visible and "
                "harder to celebrate: making sure the people who carry the country's imports "
                "are not left to absorb the inefficiency that used to sit on the bridge.",
            ),
        ],
    },
    {
        "slug": "sanctions-transshipment-long-way-round",
        "title": "Sanctions, Transshipment and the Long Way Round",
        "lead": (
            "When direct trade is restricted, goods rarely stop moving; they find longer "
            "routes through third countries. Central Asian rail and road hubs have become "
            "part of that story, with mixed consequences for their own economies."
        ),
        "authors": [("yusuf-demir", "author")],
        "regions": ["south-central-asia", "europe"],
        "themes": ["trade", "security"],
        "reports": ["ports-and-passages"],
        "partner": "steppe-dispatch",
        "original_url": "https://steppedispatch.example/2024/transshipment-long-way-round",
        "original_days_before": 4,
        "days_ago": 199,
        "image": {
            "caption": "Freight wagons lined up at a border rail yard.",
            "credit": "Steppe Dispatch archive",
            "motif": "grid",
            "hue": 120,
        },
        "body": [
            (
                "paragraph",
                "Trade statistics from several Central Asian countries show a pattern that "
                "economists now recognise quickly: imports of certain manufactured goods "
                "from Europe and Asia rise sharply, and exports of the same categories to "
                "a neighbouring sanctioned economy rise in parallel. The countries in the "
                "middle have become corridors, whether or not they intended to.",
            ),
            (
                "paragraph",
                "Transshipment is not new, and much of it is legal. Goods that are not "
                "covered by restrictions can be re-exported freely, and logistics firms in "
                "the region have long earned a living from moving containers between rail "
                "gauges and trucks. What has changed is the volume, and the growing "
                "attention of enforcement agencies abroad.",
            ),
            ("subheading", "A boom with a compliance bill"),
            (
                "paragraph",
                "For local freight companies, the past two years brought welcome business. "
                "Warehouses filled, truck fleets expanded and customs brokers hired staff. "
                "But with the business came risk. Firms found that foreign banks asked more "
                "questions about their payments, and some correspondent banking "
                "relationships became slower or more expensive.",
            ),
            (
                "quote",
                {
                    "text": (
                        "Half my working week now is compliance questionnaires. I understand "
                        "why, but small forwarders cannot hire a legal department."
                    ),
                    "attribution": "Aibek Nurlanov, director of a freight forwarding firm in Almaty",
                },
            ),
            (
                "paragraph",
                "Governments in the region have tried to balance these pressures. They want "
                "to keep the economic benefits of being a transit hub while avoiding "
                "secondary sanctions that could cut them off from Western finance. Some have "
                "introduced export licensing for sensitive categories; others have tightened "
                "documentation rules at their borders.",
            ),
            ("subheading", "The cost of the longer road"),
            (
                "paragraph",
                "Longer routes also have a physical cost. Rail lines and border crossings "
                "built for lower volumes now face congestion, and road freight adds to wear "
                "on highways that local budgets must repair. Prices of some imported goods "
                "have risen for local consumers too, as the same corridors carry more cargo "
                "and freight rates adjust upward.",
            ),
            (
                "paragraph",
                "The long-term question is what happens if restrictions ease or tighten "
                "further. Infrastructure investment made for a temporary surge may not pay "
                "off, while a sudden enforcement push could leave firms with stranded "
                "stock. The safest strategy for the region may be the least dramatic one: "
                "invest in capacity that serves its own trade first, and treat transit "
                "volumes as a bonus rather than a foundation. Firms that keep careful records and "
                "clear customer checks will be better placed whichever way policy moves.",
            ),
        ],
    },
    {
        "slug": "small-pacific-ports-bet-on-transshipment",
        "title": "Small Pacific Ports Bet on Transshipment",
        "lead": (
            "Island nations with deep harbours hope to become regional hubs for fish and "
            "containers. The economics work only if the ships keep calling, and that depends "
            "on decisions made far away."
        ),
        "authors": [("mei-tanaka-ross", "author")],
        "regions": ["east-asia-pacific"],
        "themes": ["trade"],
        "reports": ["ports-and-passages"],
        "partner": "harbour-ledger",
        "original_url": "https://harbourledger.example/features/pacific-transshipment-hubs",
        "original_days_before": 0,
        "days_ago": 308,
        "image": {
            "caption": "Reefer containers stacked on a small island wharf under cloud.",
            "credit": "The Harbour Ledger archive",
            "motif": "dots",
            "hue": 176,
        },
        "body": [
            (
                "paragraph",
                "The wharf is short, but the water beside it is deep, and that is the "
                "island's selling point. Across the Pacific, several small nations are "
                "upgrading harbours in the hope of attracting transshipment: cargo unloaded "
                "from one vessel and loaded onto another, rather than delivered to a final "
                "customer. A hub earns fees on every box that passes through, even if none "
                "of it stays.",
            ),
            (
                "paragraph",
                "Tuna is the obvious starting point. The region's purse-seine fleets already "
                "move enormous volumes of frozen fish, and carrier vessels collect catch for "
                "processing plants elsewhere. Bringing that trade ashore, with cold stores "
                "and inspection facilities, promises jobs and better oversight of what is "
                "being caught.",
            ),
            ("subheading", "The arithmetic of a hub"),
            (
                "paragraph",
                "The difficulty is that hubs compete. A shipping line can choose among "
                "several ports, and it will choose on the basis of cost, reliability and "
                "connections. A small port with one crane and occasional power cuts "
                "struggles to match a larger rival a few hundred nautical miles away. "
                "Governments have therefore offered concessions on fees, which reduce the "
                "very revenue the hub was meant to generate.",
            ),
            (
                "quote",
                {
                    "text": (
                        "A port is a promise of reliability. If we fail the schedule twice, "
                        "the line simply moves its call. There is no loyalty in shipping."
                    ),
                    "attribution": "Losana Vuki, operations manager at a Pacific port authority",
                },
            ),
            (
                "paragraph",
                "Financing adds another layer. Port upgrades are often funded by foreign "
                "lenders or development partners, each with its own conditions and "
                "strategic interests. Island governments have become adept at negotiating "
                "between them, but the debts remain on their books if traffic falls short "
                "of projections.",
            ),
            ("subheading", "Beyond the wharf"),
            (
                "paragraph",
                "Some of the more promising projects treat the port as part of a wider "
                "plan. Reliable electricity, trained inspectors and a customs system that "
                "processes documents electronically can matter as much as the length of the "
                "quay. These investments also benefit local importers, who pay some of the "
                "highest shipping costs in the world for basic goods.",
            ),
            (
                "paragraph",
                "Whether the hubs succeed will depend partly on luck: on fuel prices, fleet "
                "decisions and fishing regulations. But the islands that plan for modest "
                "traffic, and make their ports useful to residents regardless, are less "
                "exposed if the big ships decide to call elsewhere. A harbour that serves its own "
                "people well is never a wasted investment, whatever the shipping lines decide.",
            ),
        ],
    },
    # ------------------------------------------------------------------
    # The Water Ledger
    # ------------------------------------------------------------------
    {
        "slug": "water-for-power-regional-swap",
        "title": "Water for Power: The Logic and Limits of a Regional Swap",
        "lead": (
            "A proposal to trade desalinated water for solar electricity across a border is "
            "elegant on paper. Its success will depend on trust, maintenance budgets and who "
            "holds the switch."
        ),
        "authors": [("leila-haddad", "author")],
        "regions": ["middle-east-north-africa"],
        "themes": ["water-climate", "energy"],
        "reports": ["the-water-ledger"],
        "partner": None,
        "original_url": "",
        "days_ago": 1,
        "image": {
            "caption": "Rows of solar panels in the desert, with a pipeline in the distance.",
            "credit": "Meridian Review graphics desk",
            "motif": "stripes",
            "hue": 52,
        },
        "body": [
            (
                "paragraph",
                "The idea has a satisfying symmetry. One country has abundant sunshine and "
                "open desert, ideal for large solar farms. Its neighbour has a coastline and "
                "the capacity to build desalination plants, which need a great deal of "
                "electricity. Each could supply what the other lacks: power flowing one way, "
                "fresh water flowing the other. Versions of this swap have been discussed "
                "in the eastern Mediterranean and the Levant for several years.",
            ),
            (
                "paragraph",
                "Engineers generally agree that the physical side is achievable. Solar "
                "generation costs have fallen steeply, desalination has become more "
                "efficient, and the distances involved are modest. The harder questions are "
                "about dependence. A country that relies on a neighbour for a large share of "
                "its drinking water has handed over a form of leverage that no finance "
                "ministry can easily price.",
            ),
            ("subheading", "Interdependence, or exposure?"),
            (
                "paragraph",
                "Supporters argue that mutual dependence is stabilising: each side would "
                "have something to lose by interrupting the flow. Sceptics point out that "
                "the consequences of interruption are not symmetrical. A blackout can be "
                "managed with backup generation; a city without water for a week faces a "
                "public health emergency. The party receiving water is therefore more "
                "exposed, however the contract is written.",
            ),
            (
                "paragraph",
                "There are ways to reduce that exposure. Contracts can include storage "
                "requirements, so that the receiving country always holds several weeks of "
                "supply. Independent monitoring of volumes and quality can prevent disputes "
                "over whether obligations were met. And the swap can be designed to supplement "
                "domestic sources rather than replace them, keeping existing wells and "
                "treatment plants in working order.",
            ),
            ("subheading", "The maintenance question"),
            (
                "paragraph",
                "Less discussed, but just as important, is who maintains the pipelines, "
                "substations and membranes over thirty years. Regional infrastructure projects "
                "often attract generous funding for construction and very little for "
                "upkeep. A swap that works brilliantly in its first five years and then "
                "degrades because nobody budgeted for replacement filters would do more harm "
                "to regional trust than never building it at all.",
            ),
            (
                "paragraph",
                "The swap is worth pursuing, but it should be judged by its least exciting "
                "clauses: storage, monitoring, maintenance and dispute resolution. If those "
                "are strong, the symmetry can do its work. If they are vague, the project "
                "risks becoming another piece of infrastructure that is admired at its opening "
                "and argued over for the rest of its life.",
            ),
        ],
    },
    {
        "slug": "nile-filling-talks-separate-timetables",
        "title": "Shared River, Separate Timetables",
        "lead": (
            "Negotiations over filling and operating a large dam on the Blue Nile have stalled "
            "repeatedly. The technical gaps are narrower than the political ones, and drought "
            "years are where they matter most."
        ),
        "authors": [("leila-haddad", "author"), ("amara-okafor", "author")],
        "regions": ["middle-east-north-africa", "sub-saharan-africa"],
        "themes": ["water-climate", "law-rights"],
        "reports": ["the-water-ledger"],
        "partner": None,
        "original_url": "",
        "days_ago": 61,
        "image": {
            "caption": "A wide river bend seen from a hillside, with farmland on both banks.",
            "credit": "Meridian Review graphics desk",
            "motif": "waves",
            "hue": 190,
        },
        "body": [
            (
                "paragraph",
                "Three countries depend on the Nile in very different ways. Upstream, a "
                "large hydroelectric dam promises electricity for tens of millions of people "
                "who have never had a reliable supply. Downstream, the river is the "
                "overwhelming source of fresh water for agriculture and cities. In between, "
                "a third country could benefit from regulated flows but worries about the "
                "safety of its own smaller dams.",
            ),
            (
                "paragraph",
                "Much public commentary treats the dispute as a contest of national pride. "
                "Hydrologists who have followed the talks describe something more technical "
                "and, in a sense, more hopeful. Most of the disagreement concerns a narrow "
                "set of scenarios: what the dam operators should do during a prolonged "
                "drought, and how those obligations should be written down.",
            ),
            ("subheading", "Rules for dry years"),
            (
                "paragraph",
                "In wet years, almost any reasonable filling and operating schedule works "
                "for everyone. The reservoir fills, turbines spin and enough water passes "
                "downstream. The difficulty arises when several dry years follow each other. "
                "Then the upstream operator faces a choice between holding water to keep "
                "generating electricity and releasing it to protect downstream users. Each "
                "side wants that choice defined in its favour before the drought arrives.",
            ),
            (
                "paragraph",
                "A second sticking point is whether any agreement should be legally binding "
                "and how disputes would be settled. Downstream states have generally sought "
                "firm, enforceable commitments; the upstream state has preferred guidelines "
                "that can be adjusted as it develops further projects on its stretch of the "
                "river. These positions reflect different readings of older treaties and of "
                "general principles of international water law, which emphasise both "
                "equitable use and avoiding significant harm.",
            ),
            ("subheading", "Data as a confidence measure"),
            (
                "paragraph",
                "One area where progress seems possible is information sharing. Real-time "
                "data on reservoir levels, releases and rainfall would allow downstream "
                "planners to adjust their own reservoirs and irrigation schedules. Several "
                "technical proposals have suggested a joint monitoring body with access to "
                "the same figures, even while the wider legal questions remain open.",
            ),
            (
                "paragraph",
                "The river will test any agreement sooner or later. Climate projections for "
                "the basin are uncertain, with some models suggesting wetter conditions and "
                "others more variable ones. That uncertainty argues for flexible rules with "
                "clear triggers, agreed in calm years, rather than improvised responses in the "
                "middle of a crisis.",
            ),
        ],
    },
    {
        "slug": "indus-treaty-built-for-another-climate",
        "title": "A Treaty Built for Another Climate",
        "lead": (
            "The agreement dividing the rivers of the Indus basin has survived wars and "
            "decades of tension. Melting glaciers and shifting monsoons are testing it in ways "
            "its drafters could not have foreseen."
        ),
        "authors": [("rahul-menon", "author")],
        "regions": ["south-central-asia"],
        "themes": ["water-climate", "law-rights"],
        "reports": ["the-water-ledger"],
        "partner": None,
        "original_url": "",
        "days_ago": 146,
        "image": {
            "caption": "Meltwater streams running across a glacier's gravel-covered snout.",
            "credit": "Meridian Review graphics desk",
            "motif": "rings",
            "hue": 200,
        },
        "body": [
            (
                "paragraph",
                "When the Indus Waters Treaty was signed in 1960, its central idea was "
                "simple: divide the rivers rather than the water. The eastern rivers would be "
                "used mainly by one country, the western rivers mainly by the other, with "
                "detailed rules about what kinds of projects each side could build. For a "
                "basin shared by two neighbours with a troubled history, the arrangement "
                "has proved remarkably durable.",
            ),
            (
                "paragraph",
                "Durability, however, is not the same as fitness for the future. The treaty "
                "assumed a river system whose overall behaviour was broadly stable. Today the "
                "glaciers that feed the western rivers are changing, snowfall patterns are "
                "shifting, and monsoon rains are becoming more erratic. In the short term, "
                "faster melting may even increase flows; in the longer term, many "
                "researchers expect greater variability and eventually less summer water.",
            ),
            ("subheading", "Engineering disputes in a changing river"),
            (
                "paragraph",
                "Most disputes under the treaty have concerned the design of specific "
                "hydropower projects: the height of a spillway, the volume of pondage, the "
                "position of an outlet. These questions matter because they determine how "
                "much control an upstream operator has over the timing of flows. As "
                "sediment loads and flood peaks change, the technical assumptions behind "
                "earlier rulings may need revisiting.",
            ),
            (
                "paragraph",
                "The treaty's dispute mechanisms, which involve a standing commission, neutral "
                "experts and arbitration, were designed for engineering disagreements. They "
                "are less well suited to a situation in which the river itself is changing "
                "faster than projects can be designed. Legal scholars have suggested "
                "supplementary protocols on data sharing and climate adaptation that would "
                "leave the core division untouched.",
            ),
            (
                "quote",
                {
                    "text": (
                        "The treaty divides rivers as they were. The farmers on both sides "
                        "will have to live with rivers as they are going to be."
                    ),
                    "attribution": "Farah Qureshi, an irrigation engineer at a water policy institute",
                },
            ),
            ("subheading", "The farmers downstream of the debate"),
            (
                "paragraph",
                "For the millions of farmers who depend on canal irrigation in the basin, the "
                "diplomatic arguments can seem remote. Their immediate problems are often "
                "local: canal maintenance, unequal distribution between head and tail "
                "reaches, and groundwater depletion where surface supplies fall short. "
                "Improving these systems would increase resilience regardless of what happens "
                "at the treaty level, and it does not require the agreement of two capitals.",
            ),
            (
                "paragraph",
                "The treaty's greatest strength has been its predictability. Preserving that "
                "strength in a less predictable climate will mean adding shared data and "
                "joint planning around its edges, while leaving the core bargain intact.",
            ),
        ],
    },
    {
        "slug": "counting-drops-aral-basin",
        "title": "Counting Drops in the Aral Basin",
        "lead": (
            "Irrigation canals built for cotton quotas still lose much of their water before "
            "it reaches a field. Lining and metering them is slow, unglamorous work, and it is "
            "beginning to pay off."
        ),
        "authors": [("leila-haddad", "author")],
        "regions": ["south-central-asia"],
        "themes": ["water-climate", "labour"],
        "reports": ["the-water-ledger"],
        "partner": "steppe-dispatch",
        "original_url": "https://steppedispatch.example/2024/counting-drops-aral-basin",
        "original_days_before": 3,
        "days_ago": 231,
        "image": {
            "caption": "An earthen irrigation canal running straight between cotton fields.",
            "credit": "Steppe Dispatch archive",
            "motif": "grid",
            "hue": 86,
        },
        "body": [
            (
                "paragraph",
                "The canal is older than most of the farmers who use it. Dug in the Soviet "
                "period to carry water from the Amu Darya to cotton fields, it runs for "
                "kilometres through sandy soil with no lining at all. Water seeps away "
                "through the bed and evaporates from the surface long before it reaches the "
                "last farms. Engineers in the region estimate that losses on systems like "
                "this can be very large, though nobody measured them carefully for decades.",
            ),
            (
                "paragraph",
                "The collapse of the Aral Sea is one of the most familiar environmental "
                "stories of the twentieth century. Less familiar is what has happened since "
                "in the basin's farms and water offices. After independence, the Central "
                "Asian states inherited irrigation networks designed for a single planned "
                "economy, now split by national borders and short of maintenance money.",
            ),
            ("subheading", "Measurement first"),
            (
                "paragraph",
                "Some of the most useful recent work has been modest: installing flow meters "
                "at key points, training water user associations to record deliveries and "
                "publishing the figures at district level. For the first time in many places, "
                "farmers at the tail end of a canal can show in numbers that they receive "
                "less than their share. That has turned arguments that once depended on "
                "personal connections into discussions about data.",
            ),
            (
                "paragraph",
                "Lining canals with concrete or plastic membranes is the next step, and it "
                "is expensive. Donors and governments have financed sections of the main "
                "canals, but the smaller channels that deliver water to individual fields "
                "remain largely unlined. Farmers are often asked to contribute labour, which "
                "is more feasible in winter than during the growing season.",
            ),
            (
                "paragraph",
                "There is a further complication. Water saved by lining canals does not "
                "automatically flow to the sea or to downstream neighbours. It is often "
                "used to expand irrigation upstream, so basin-wide savings can be smaller "
                "than the project reports suggest. Economists call this a rebound effect, and "
                "it is one reason that efficiency alone has not restored the rivers.",
            ),
            (
                "paragraph",
                "Still, measurement has changed the conversation. Governments in the region "
                "now discuss water allocation with better information than at any time "
                "since the 1980s, and shifts away from the thirstiest crops are slowly "
                "underway. The basin will not return to what it was, but its remaining water "
                "is, at last, being counted.",
            ),
        ],
    },
    {
        "slug": "when-the-glacier-is-the-reservoir",
        "title": "When the Glacier Is the Reservoir",
        "lead": (
            "High Andean towns have relied on glacial meltwater to get through the dry season. "
            "As the ice retreats, communities are building small dams, restoring wetlands and "
            "renegotiating who gets water first."
        ),
        "authors": [("valentina-ruiz", "author"), ("ines-carvalho", "translator")],
        "regions": ["latin-america"],
        "themes": ["water-climate"],
        "reports": ["the-water-ledger"],
        "partner": "rio-abierto",
        "original_url": "https://rioabierto.example/reportajes/cuando-el-glaciar-es-el-embalse",
        "original_days_before": 5,
        "days_ago": 176,
        "image": {
            "caption": "A retreating glacier above a high-altitude lake and grazing land.",
            "credit": "Río Abierto archive",
            "motif": "rings",
            "hue": 222,
        },
        "body": [
            (
                "paragraph",
                "In the dry months, the stream that runs past the village comes almost "
                "entirely from the ice on the mountain above. Older residents remember the "
                "glacier reaching much lower down the valley; today it is a smaller, greyer "
                "mass that has retreated behind a ridge. The water still comes, but people "
                "here no longer assume that it always will.",
            ),
            (
                "paragraph",
                "Glaciers in the tropical Andes act as natural reservoirs, storing "
                "precipitation from the wet season and releasing it gradually. As they shrink, "
                "scientists expect a period in which meltwater increases, followed by a "
                "decline once the ice mass becomes too small. Several valleys may already be "
                "past that peak. The timing differs from basin to basin, which makes "
                "national planning difficult.",
            ),
            ("subheading", "Building storage from the ground up"),
            (
                "paragraph",
                "Communities have not waited for national plans. Across the highlands, "
                "villages are restoring traditional practices such as channelling wet-season "
                "water into the hillsides so that it re-emerges in springs months later. "
                "Others are building small earth dams and protecting high wetlands, which "
                "hold water like sponges. These projects are cheap compared with concrete "
                "reservoirs, and local people maintain them.",
            ),
            (
                "quote",
                {
                    "text": (
                        "Our grandparents planted water in the mountain. We forgot how, and "
                        "now we are learning again, with help from the university and from "
                        "the old people who still remember."
                    ),
                    "attribution": "Teodora Mamani, president of a community water committee",
                },
            ),
            (
                "paragraph",
                "Less water also means harder choices about allocation. Mining operations, "
                "hydroelectric plants, growing towns and farmers all draw on the same "
                "streams. Water rights systems often give priority to those who registered "
                "first, which can leave smallholders and newer users at the back of the line "
                "even when their needs are most basic.",
            ),
            ("subheading", "Rules that follow the ice"),
            (
                "paragraph",
                "Some regional water authorities are experimenting with basin councils that "
                "bring these users together to agree on dry-season allocations. Progress is "
                "uneven, and the councils have limited power over large companies. But they "
                "have created spaces in which villagers, engineers and officials look at the "
                "same data on glacier retreat and stream flow, often for the first time.",
            ),
            (
                "paragraph",
                "No technical fix will bring the ice back. What communities are trying to "
                "build is a system that can cope without it: more storage in the landscape, "
                "fairer rules for sharing, and better information about what the mountains "
                "are likely to deliver in the years ahead.",
            ),
        ],
    },
    {
        "slug": "mexico-city-aquifer-tanker-truck",
        "title": "Mexico City's Aquifer and the Politics of the Tanker Truck",
        "lead": (
            "A city built on a drained lake is now short of water. Who gets a reliable tap and "
            "who waits for a tanker is a question of geography, income and political "
            "attention."
        ),
        "authors": [("valentina-ruiz", "author")],
        "regions": ["latin-america"],
        "themes": ["water-climate", "public-health"],
        "reports": ["the-water-ledger"],
        "partner": None,
        "original_url": "",
        "days_ago": 279,
        "image": {
            "caption": "Plastic water tanks on rooftops across a dense hillside neighbourhood.",
            "credit": "Meridian Review graphics desk",
            "motif": "dots",
            "hue": 14,
        },
        "body": [
            (
                "paragraph",
                "The paradox of Mexico City is familiar to anyone who studies urban water. "
                "The metropolis sits on the bed of a former lake system and receives "
                "substantial rainfall in the wet season, yet much of its supply is pumped "
                "from a heavily overdrawn aquifer or brought over mountains from distant "
                "basins. Parts of the city are sinking as groundwater is extracted, "
                "cracking pipes and buildings alike.",
            ),
            (
                "paragraph",
                "Most of the time, this crisis is slow. It becomes visible in dry years, when "
                "reservoirs that feed the external supply system fall low and utilities "
                "reduce pressure or ration deliveries. Those cuts are not distributed "
                "evenly. Neighbourhoods at higher elevations and at the edges of the network "
                "tend to lose water first and get it back last.",
            ),
            ("subheading", "The tanker economy"),
            (
                "paragraph",
                "Where pipes run dry, tanker trucks fill the gap. Some are dispatched by "
                "public authorities free of charge; others are private and charge by the "
                "load. Residents describe waiting for days for a public tanker, or paying "
                "prices that take a significant share of a household budget. Rooftop tanks "
                "and buckets become part of daily life, and families plan bathing, cooking "
                "and laundry around the delivery schedule.",
            ),
            (
                "paragraph",
                "Public health specialists worry about what happens to hygiene when water is "
                "scarce and stored. Containers that are not cleaned regularly can harbour "
                "bacteria and mosquito larvae. Clinics in some districts report more "
                "gastrointestinal illness during supply cuts, although linking any single "
                "case to water shortages is difficult. Doctors there encourage families to clean "
                "storage tanks regularly and to treat stored water, advice that is easier to give "
                "than to follow in a crowded home.",
            ),
            ("subheading", "Fixing leaks, catching rain"),
            (
                "paragraph",
                "There is no shortage of proposed solutions. A large share of water is lost "
                "through leaks in ageing pipes, and repairing them would free up supply "
                "without new sources. Rainwater harvesting programmes have installed "
                "collection systems on thousands of homes, especially in districts with "
                "unreliable service. Treating and reusing wastewater could also ease pressure "
                "on the aquifer.",
            ),
            (
                "paragraph",
                "Each of these approaches has advocates and limits. What they share is a need "
                "for sustained funding over many years, which is difficult for utilities "
                "whose tariffs cover only part of their costs. Until that changes, the "
                "tanker truck will remain a symbol of a system in which access to water "
                "depends on where you live.",
            ),
        ],
    },
    # ------------------------------------------------------------------
    # Working Through the Heat
    # ------------------------------------------------------------------
    {
        "slug": "what-a-midday-work-ban-can-do",
        "title": "What a Midday Work Ban Can and Cannot Do",
        "lead": (
            "Several Gulf states stop outdoor work in the hottest hours of summer. The rule "
            "is a useful floor, but heat stress does not keep office hours."
        ),
        "authors": [("leila-haddad", "author")],
        "regions": ["middle-east-north-africa"],
        "themes": ["labour", "public-health"],
        "reports": ["working-through-the-heat"],
        "partner": None,
        "original_url": "",
        "days_ago": 26,
        "image": {
            "caption": "Scaffolding on a half-built tower under a white midday sky.",
            "credit": "Meridian Review graphics desk",
            "motif": "stripes",
            "hue": 36,
        },
        "body": [
            (
                "paragraph",
                "Every summer, construction sites across the Gulf fall quiet for a few hours "
                "in the middle of the day. Regulations in several countries prohibit outdoor "
                "work during the hottest part of the afternoon for a fixed period each year, "
                "and inspectors visit sites to check compliance. The bans are among the "
                "most visible heat protections for workers anywhere in the world.",
            ),
            (
                "paragraph",
                "They are also blunt. A ban defined by the calendar and the clock does not "
                "respond to the actual conditions on a given day. Heat stress depends on "
                "humidity, wind, sun exposure and the physical intensity of the work, not "
                "just air temperature. A humid morning in late September, outside the ban "
                "period, can be more dangerous than a dry afternoon in July.",
            ),
            ("subheading", "From the calendar to the thermometer"),
            (
                "paragraph",
                "Occupational health researchers have long argued for rules based on a "
                "measure called wet-bulb globe temperature, which combines heat, humidity, "
                "radiation and air movement. Some governments in the region have begun to "
                "move in that direction, allowing or requiring work to stop when a measured "
                "threshold is reached regardless of the date. Implementation depends on "
                "having reliable instruments on site and supervisors trained to use them.",
            ),
            (
                "quote",
                {
                    "text": (
                        "A rule that ends on a fixed date is easy to inspect. A rule that "
                        "follows the weather is harder to enforce, but it is the only kind "
                        "the body actually recognises."
                    ),
                    "attribution": "Dr Omar Saleh, an occupational physician at a labour health institute",
                },
            ),
            (
                "paragraph",
                "There is also the question of what happens to the hours that are lost. If a "
                "project deadline does not change, work shifts to early mornings and "
                "evenings, sometimes extending the working day and cutting into rest. "
                "Workers who live in shared accommodation far from the site may spend the "
                "break period waiting in buses or unshaded areas rather than resting.",
            ),
            ("subheading", "Rest, water and a voice"),
            (
                "paragraph",
                "The protections that matter most are often the least dramatic: shaded rest "
                "areas, cool drinking water, acclimatisation periods for new arrivals and the "
                "ability to stop without losing pay. Migrant workers, who make up most of the "
                "outdoor workforce in the Gulf, may be reluctant to report symptoms if they "
                "fear losing their job or visa. Mechanisms that let them raise concerns "
                "safely are a precondition for any rule to work.",
            ),
            (
                "paragraph",
                "The midday ban remains worth defending. It sets a public expectation that "
                "heat is a workplace hazard, not a matter of personal endurance. The next "
                "step is to build on it with protections that follow the weather, and that "
                "treat the people doing the work as partners in deciding when it is safe.",
            ),
        ],
    },
    {
        "slug": "street-vendors-and-the-heat-action-plan",
        "title": "Street Vendors and the Heat Action Plan",
        "lead": (
            "Indian cities have pioneered heat action plans that warn residents and open "
            "cooling centres. The people who spend all day outdoors selling fruit and tea "
            "are asking to be written into them."
        ),
        "authors": [("rahul-menon", "author")],
        "regions": ["south-central-asia"],
        "themes": ["labour", "public-health"],
        "reports": ["working-through-the-heat"],
        "partner": None,
        "original_url": "",
        "days_ago": 2,
        "image": {
            "caption": "A fruit seller's cart shaded by a faded umbrella on a busy street.",
            "credit": "Meridian Review graphics desk",
            "motif": "dots",
            "hue": 28,
        },
        "body": [
            (
                "paragraph",
                "By eleven in the morning the pavement outside the railway station is hot "
                "enough to feel through a sandal. The fruit seller who has worked this corner "
                "for twenty years moves her cart a metre to follow the shade of a tree, as "
                "she does several times a day. She cannot go home until the evening rush is "
                "over, because that is when she earns most of her income.",
            ),
            (
                "paragraph",
                "Over the past decade, a number of Indian cities and states have adopted heat "
                "action plans. These typically include early warning systems, public "
                "messaging about hydration and symptoms, extended hours at health centres, "
                "and guidance for employers. Evaluations of early plans suggested they could "
                "reduce deaths during heatwaves, and the model has spread widely.",
            ),
            ("subheading", "Designed for employers who do not exist"),
            (
                "paragraph",
                "The difficulty is that many plans address workers through employers: "
                "adjusting shifts, providing water, allowing breaks. Street vendors, "
                "rickshaw drivers, waste pickers and domestic workers often have no employer "
                "in that sense. They are self-employed or informally engaged, and for them "
                "a lost hour of trading is lost income. Advice to stay indoors during the "
                "hottest hours is sound in medical terms and unrealistic in economic ones.",
            ),
            (
                "paragraph",
                "Associations of informal workers have begun to push for measures that fit "
                "their circumstances. Some want shaded structures and drinking water points "
                "at recognised vending zones. Others ask for heat-linked income support, "
                "paid when temperatures cross a threshold, so that workers can afford to "
                "stop. A few pilots have tested parametric insurance that pays out "
                "automatically based on weather data, avoiding individual claims.",
            ),
            ("subheading", "Counting the invisible"),
            (
                "paragraph",
                "Part of the challenge is data. Heat-related illness among informal workers "
                "is rarely recorded as such; a vendor who collapses may be treated for "
                "dehydration or a heart condition without any note about her work. Researchers "
                "are experimenting with surveys and wearable sensors to understand exposure "
                "more precisely, but the evidence base remains thin compared with that for "
                "formal workplaces.",
            ),
            (
                "paragraph",
                "Heat action plans have already shown that cities can adapt quickly when the "
                "problem is taken seriously. Extending them to the informal economy means "
                "treating pavements, markets and bus stands as workplaces, and the people who "
                "work there as residents whose safety is a municipal responsibility.",
            ),
        ],
    },
    {
        "slug": "harvest-hours-move-into-the-night",
        "title": "Harvest Hours Move Into the Night",
        "lead": (
            "In parts of the Sahel, farmers are shifting field work to the early morning and "
            "after dark to avoid the worst heat. The change brings relief, and new risks."
        ),
        "authors": [("amara-okafor", "author")],
        "regions": ["sub-saharan-africa"],
        "themes": ["labour", "water-climate"],
        "reports": ["working-through-the-heat"],
        "partner": "sahel-notebook",
        "original_url": "https://sahelnotebook.example/stories/harvest-hours-night",
        "original_days_before": 2,
        "days_ago": 71,
        "copyright_holders": ["The Sahel Notebook"],
        "image": {
            "caption": "Farmers working a millet field by the light of head torches.",
            "credit": "The Sahel Notebook archive",
            "motif": "dots",
            "hue": 262,
        },
        "body": [
            (
                "paragraph",
                "The head torches come on a little after four in the morning. In the half "
                "dark, a family moves along the rows of millet, cutting heads of grain into "
                "baskets before the sun is high enough to make the work dangerous. By ten "
                "they will stop and rest in the shade until late afternoon, then return for "
                "a second shift that may run into the night.",
            ),
            (
                "paragraph",
                "Farmers across the Sahel have always adjusted their days to the sun. What has "
                "changed, they say, is the length of the dangerous period and the number of "
                "days on which it applies. Hot spells now arrive earlier in the season and "
                "last longer, overlapping with planting and harvest, when work cannot easily "
                "be postponed.",
            ),
            ("subheading", "Working by torchlight"),
            (
                "paragraph",
                "Night work reduces exposure to heat but brings its own hazards. Snake bites "
                "and scorpion stings are more common in the dark, and injuries from tools "
                "are harder to avoid with limited light. Cheap solar torches have made the "
                "shift possible, but rural clinics are often far away and closed at night. "
                "Women, who do much of the harvest labour, also describe concerns about "
                "safety when walking to distant fields before dawn.",
            ),
            (
                "quote",
                {
                    "text": (
                        "My mother worked at midday and complained of headaches. My "
                        "daughters work at night and I worry about snakes. We have changed "
                        "one fear for another."
                    ),
                    "attribution": "Aïssata Diallo, a farmer and member of a women's cooperative",
                },
            ),
            (
                "paragraph",
                "Rest during the hottest hours is not always restful. Many homes are built "
                "from materials that retain heat, and nights that used to cool down no "
                "longer do so reliably. Sleep is shorter and more broken, and farmers report "
                "fatigue that accumulates over the weeks of harvest. Agronomists worry that "
                "this affects productivity as much as the heat itself.",
            ),
            ("subheading", "Small adaptations, shared knowledge"),
            (
                "paragraph",
                "Local organisations have responded with practical measures: distributing "
                "antivenom to health posts, training community health workers, and sharing "
                "forecasts by radio so that families can plan the hottest days. Some "
                "cooperatives are trialling crop varieties that mature faster, shortening "
                "the harvest window. These steps are modest, but they reflect the way "
                "adaptation actually happens: one adjustment at a time, by people who "
                "cannot wait for a national strategy.",
            ),
            (
                "paragraph",
                "Farmers we spoke to were clear that they do not want to be described only as "
                "victims of the weather. They are experimenting constantly, and they want "
                "research and extension services that learn from those experiments rather "
                "than arriving with ready-made answers from far away.",
            ),
        ],
    },
    {
        "slug": "cane-cutters-heat-and-piece-rates",
        "title": "Cane Cutters, Heat Stress and the Piece-Rate Problem",
        "lead": (
            "When pay depends on tonnes cut, workers have every reason to keep going in "
            "dangerous heat. Researchers studying kidney disease among cane cutters say the "
            "payment system is part of the diagnosis."
        ),
        "authors": [("valentina-ruiz", "author"), ("ines-carvalho", "translator")],
        "regions": ["latin-america"],
        "themes": ["labour", "public-health"],
        "reports": ["working-through-the-heat"],
        "partner": "rio-abierto",
        "original_url": "https://rioabierto.example/reportajes/cortadores-de-cana-calor",
        "original_days_before": 3,
        "days_ago": 161,
        "image": {
            "caption": "Sugar cane stalks stacked at the edge of a field after cutting.",
            "credit": "Río Abierto archive",
            "motif": "stripes",
            "hue": 96,
        },
        "body": [
            (
                "paragraph",
                "Cutting sugar cane by hand is among the most physically demanding jobs in "
                "agriculture. Workers swing a machete thousands of times a day, often under "
                "a strong sun, in fields where the tall cane blocks any breeze. In many "
                "places they are paid by the tonne, which means that resting, drinking water "
                "or seeking shade costs them money directly.",
            ),
            (
                "paragraph",
                "Over the past two decades, doctors in several Central American and "
                "Andean countries have documented high rates of chronic kidney disease among "
                "young agricultural workers, particularly in sugar cane. The causes are "
                "still debated, but repeated heat stress and dehydration are widely "
                "considered important factors. The disease is often detected late, when "
                "treatment options are limited and expensive.",
            ),
            ("subheading", "Water, rest, shade"),
            (
                "paragraph",
                "Intervention studies on plantations have tested a simple package: "
                "guaranteed access to clean water, scheduled rest breaks in shade, and "
                "mobile shelters moved around the field as cutting progresses. Some results "
                "have been encouraging, with fewer signs of kidney strain over a harvest "
                "season and little or no drop in productivity, because rested workers cut "
                "more efficiently.",
            ),
            (
                "quote",
                {
                    "text": (
                        "The companies asked whether breaks would lower output. The answer "
                        "was no. The more difficult question was whether workers would take "
                        "breaks that cost them pay, and the answer to that was also no."
                    ),
                    "attribution": "Dr Andrés Villalobos, an epidemiologist at an occupational health network",
                },
            ),
            (
                "paragraph",
                "This is where the piece-rate system becomes central. Workers who are paid "
                "by output have a rational incentive to skip breaks, particularly if the "
                "season is short and their family depends on what they earn during it. "
                "Researchers and unions have therefore argued for mandatory paid rest, or "
                "for a guaranteed daily minimum that removes some of the pressure.",
            ),
            ("subheading", "Mechanisation is not the whole answer"),
            (
                "paragraph",
                "Some producers are moving towards mechanical harvesting, which removes "
                "the most strenuous work entirely. But machines are expensive, work poorly "
                "on steep or irregular fields and employ far fewer people. In regions with "
                "few other jobs, mechanisation can shift the problem from heat stress to "
                "unemployment. A transition that protects both health and livelihoods "
                "needs training, alternative work and time.",
            ),
            (
                "paragraph",
                "The lesson from the cane fields reaches beyond sugar. Wherever pay is "
                "tied closely to output, heat protections that rely on individual workers "
                "choosing to rest are likely to fail. Effective rules change the incentive, "
                "not just the advice.",
            ),
        ],
    },
    {
        "slug": "construction-sites-rewrite-the-working-day",
        "title": "Construction Sites Rewrite the Working Day",
        "lead": (
            "Southern European countries have begun to allow work stoppages during extreme "
            "heat. Builders, unions and insurers are still working out who pays for the lost "
            "hours."
        ),
        "authors": [("ines-carvalho", "author")],
        "regions": ["europe"],
        "themes": ["labour", "law-rights"],
        "reports": ["working-through-the-heat"],
        "partner": None,
        "original_url": "",
        "days_ago": 331,
        "image": {
            "caption": "A construction crane silhouetted against a hazy orange sky.",
            "credit": "Meridian Review graphics desk",
            "motif": "grid",
            "hue": 22,
        },
        "body": [
            (
                "paragraph",
                "For a long time, the Mediterranean approach to summer heat in construction "
                "was informal. Crews started earlier, took a long lunch and hoped for a "
                "breeze. Foremen who had grown up with the climate made judgement calls, and "
                "most of the time they got them right. In recent summers, with heatwaves "
                "more frequent and more intense, that informal system has shown its limits.",
            ),
            (
                "paragraph",
                "Several countries in Southern Europe have now introduced rules that allow "
                "or require outdoor work to stop when official heat alerts reach certain "
                "levels. In some cases workers can be placed on a form of temporary layoff "
                "scheme during those hours, with public funds covering part of their wages. "
                "Collective agreements in the building sector have added their own "
                "provisions on start times, water and shade.",
            ),
            ("subheading", "The lost-hours question"),
            (
                "paragraph",
                "Employers generally accept the principle but worry about the cost. "
                "Construction contracts include deadlines and penalties, and few of them "
                "anticipated weeks of interrupted work. Contractors argue that heat stoppages "
                "should be treated like severe storms: an event outside their control that "
                "extends deadlines without penalty. Clients, including public authorities, "
                "have been slow to agree.",
            ),
            (
                "paragraph",
                "Unions, for their part, point out that workers on short or informal "
                "contracts often fall outside the wage support schemes. Subcontracting "
                "chains can be long, and the worker on the roof may be employed by a firm "
                "that nobody at the top of the chain has heard of. Enforcement depends on "
                "labour inspectors who are already stretched, and who cannot visit every "
                "site on every hot afternoon.",
            ),
            ("subheading", "Building heat into the contract"),
            (
                "paragraph",
                "One promising idea is to write heat explicitly into public procurement. "
                "If a city commissions a school or a road, the contract can define what "
                "happens when a heat alert is issued: how deadlines shift, who pays for "
                "idle time and what facilities must be on site. Because public works are a "
                "large share of the construction market, such clauses could quickly become "
                "standard across the industry.",
            ),
            (
                "paragraph",
                "None of this changes the physical reality that some summer days are simply "
                "too hot for heavy outdoor work. What policy can change is whether the cost "
                "of that reality falls on the workers least able to bear it, or is shared "
                "among the clients, contractors and public budgets that benefit from the "
                "buildings going up.",
            ),
        ],
    },
    {
        "slug": "who-pays-when-heat-is-the-hazard",
        "title": "Who Pays When Heat Is the Hazard",
        "lead": (
            "Workers' compensation systems were built around accidents with a clear cause. "
            "Heat illness is gradual, cumulative and easy to dispute, and claims are "
            "testing old definitions from Tokyo to Lisbon."
        ),
        "authors": [("mei-tanaka-ross", "author"), ("ines-carvalho", "author")],
        "regions": ["east-asia-pacific", "europe"],
        "themes": ["labour", "law-rights"],
        "reports": ["working-through-the-heat"],
        "partner": None,
        "original_url": "",
        "days_ago": 251,
        "image": {
            "caption": "A worker's hard hat and water bottle on a sunlit concrete ledge.",
            "credit": "Meridian Review graphics desk",
            "motif": "rings",
            "hue": 8,
        },
        "body": [
            (
                "paragraph",
                "Workers' compensation is one of the oldest pieces of the welfare state. "
                "The basic bargain, struck in many countries more than a century ago, was "
                "that employers would fund insurance for workplace injuries and workers "
                "would, in return, give up the right to sue. The system works best when the "
                "cause of harm is obvious: a fall, a crushed hand, a chemical burn.",
            ),
            (
                "paragraph",
                "Heat illness fits this model poorly. Heat stroke on a hot afternoon may be "
                "clearly work-related, but many effects of heat are slower. Kidney damage, "
                "cardiovascular strain and worsening of existing conditions can build over "
                "seasons. Employers and insurers may argue that a worker's age, health or "
                "life outside work contributed, and the burden of proof often falls on the "
                "claimant.",
            ),
            ("subheading", "Two systems, similar questions"),
            (
                "paragraph",
                "In Japan, heat stroke among workers is tracked by labour authorities, and "
                "recent rules have required employers to prepare response procedures for "
                "heat emergencies. In Portugal and Spain, heat has entered collective "
                "bargaining and emergency regulations. In both settings, lawyers we spoke to "
                "described the same gap: acute cases are increasingly recognised, while "
                "chronic, heat-related illness remains difficult to bring within the "
                "compensation system.",
            ),
            (
                "quote",
                {
                    "text": (
                        "The law asks for a moment of injury. Heat does not give you a "
                        "moment. It gives you a summer, and then another summer."
                    ),
                    "attribution": "Sofia Mendes, a labour lawyer at a workers' legal aid clinic",
                },
            ),
            (
                "paragraph",
                "One approach is to create presumptions. Some systems already presume that "
                "certain diseases among certain occupations, such as respiratory illness "
                "among miners, are work-related unless shown otherwise. Extending that logic "
                "to heat would mean defining which conditions, which jobs and which exposure "
                "levels qualify, a task that requires better occupational health data than "
                "most countries collect.",
            ),
            (
                "paragraph",
                "Insurers, meanwhile, are beginning to price heat into premiums for outdoor "
                "industries. That could create an incentive for prevention, rewarding "
                "employers who invest in shade, rest and monitoring. It could also push "
                "costs onto smaller firms that struggle to make those investments, or "
                "encourage employers to shift outdoor work onto contractors outside the "
                "insurance system altogether.",
            ),
            (
                "paragraph",
                "The underlying question is political rather than technical: as heat becomes "
                "a routine occupational hazard, should its costs be treated as part of doing "
                "business, or left with the workers whose bodies absorb them? "
                "Compensation systems will need updating either way, and the choices made "
                "now will shape working life for decades.",
            ),
        ],
    },
    # ------------------------------------------------------------------
    # Who Pays for Local News
    # ------------------------------------------------------------------
    {
        "slug": "arithmetic-of-a-five-person-newsroom",
        "title": "The Arithmetic of a Five-Person Newsroom",
        "lead": (
            "We asked a small digital newsroom in a regional Japanese city to open its books. "
            "The numbers show how little it takes to cover a town well, and how fragile that "
            "little is."
        ),
        "authors": [("mei-tanaka-ross", "author")],
        "regions": ["east-asia-pacific"],
        "themes": ["media-information"],
        "reports": ["who-pays-for-local-news"],
        "partner": None,
        "original_url": "",
        "days_ago": 0,
        "image": {
            "caption": "Desks, laptops and a whiteboard of story ideas in a small office.",
            "credit": "Meridian Review graphics desk",
            "motif": "grid",
            "hue": 232,
        },
        "body": [
            (
                "paragraph",
                "The newsroom occupies two rooms above a bicycle shop. There are five "
                "people: an editor, two reporters, a part-time photographer and a business "
                "manager who also handles the newsletter, the accounts and, on busy days, "
                "the phones. Together they cover a city of around two hundred thousand "
                "people, including its council, schools, hospital and courts.",
            ),
            (
                "paragraph",
                "The founders agreed to share their figures with us on condition that we do "
                "not name the city, because they are negotiating with a local advertiser and "
                "do not want their bargaining position made public. What follows is a "
                "simplified version of their annual budget, rounded and converted so that "
                "readers elsewhere can compare it with their own.",
            ),
            ("subheading", "Where the money comes from"),
            (
                "paragraph",
                "Roughly half of the newsroom's income comes from about three thousand "
                "paying members, who contribute a small monthly amount and receive nothing "
                "that non-members do not also get. A quarter comes from local advertising, "
                "mostly from businesses that want to be associated with serious reporting. "
                "The rest is a mix of grants from a regional foundation and occasional "
                "paid events, such as candidate debates before local elections.",
            ),
            (
                "paragraph",
                "Costs are dominated by salaries, which account for nearly three quarters of "
                "spending. The staff are paid modestly but above the local median wage, a "
                "choice the founders describe as non-negotiable. Rent, software, insurance "
                "and legal advice make up most of the remainder. Legal costs are small in an "
                "average year and potentially catastrophic in a bad one.",
            ),
            (
                "quote",
                {
                    "text": (
                        "Our whole reserve would pay for about one serious defamation case. "
                        "We are careful, but careful is not the same as safe."
                    ),
                    "attribution": "the newsroom's editor, who asked not to be named",
                },
            ),
            ("subheading", "The margin of survival"),
            (
                "paragraph",
                "In its best year, the newsroom ended with a small surplus. In its worst, it "
                "lost the equivalent of two months' salaries and survived only because a "
                "reporter went part-time. The difference between those years was largely "
                "the loss of a single large advertiser. That concentration of risk is "
                "common among small outlets, and it is one reason many are trying to "
                "increase membership revenue even though it grows slowly.",
            ),
            (
                "paragraph",
                "The striking thing about these numbers is how small they are. The entire "
                "annual budget would barely cover a single mid-level executive's salary at "
                "a national media company. Yet this is the newsroom that sends a reporter "
                "to every council meeting, and the only one that does. Its survival is not "
                "a question of finding a grand new business model; it is a question of "
                "whether a few thousand more residents decide its work is worth paying for.",
            ),
        ],
    },
    {
        "slug": "community-radio-keeps-the-market-prices",
        "title": "Community Radio Keeps the Market Prices",
        "lead": (
            "In rural Mali and Niger, a daily broadcast of grain and livestock prices is among "
            "the most listened-to programmes on community radio. Keeping it on air is a small "
            "miracle of volunteer work and careful budgeting."
        ),
        "authors": [("amara-okafor", "author")],
        "regions": ["sub-saharan-africa"],
        "themes": ["media-information", "trade"],
        "reports": ["who-pays-for-local-news"],
        "partner": "sahel-notebook",
        "original_url": "https://sahelnotebook.example/stories/radio-market-prices",
        "original_days_before": 1,
        "days_ago": 51,
        "copyright_holders": ["The Sahel Notebook"],
        "image": {
            "caption": "A presenter at a small radio studio desk with a handwritten price list.",
            "credit": "The Sahel Notebook archive",
            "motif": "waves",
            "hue": 300,
        },
        "body": [
            (
                "paragraph",
                "At seven each evening, the presenter clears his throat and begins reading "
                "numbers: the price of a sack of millet in three nearby markets, the price "
                "of sorghum, of cowpeas, of a young goat and a grown ram. The list takes "
                "about ten minutes. For many listeners, it is the most important ten "
                "minutes of the day's broadcasting.",
            ),
            (
                "paragraph",
                "Community radio stations are the main source of local news across much of "
                "the rural Sahel, where literacy rates are modest and internet access is "
                "patchy. Stations broadcast in local languages, run call-in programmes on "
                "health and farming, and announce everything from vaccination campaigns to "
                "lost livestock. Market price bulletins are among their most valued "
                "services, because they give small farmers information that traders "
                "already have.",
            ),
            ("subheading", "Information as bargaining power"),
            (
                "paragraph",
                "A farmer who knows that millet is selling for more in a town twenty "
                "kilometres away can negotiate better with the trader who arrives at the "
                "village, or decide that the trip to market is worth making. Studies of "
                "market information services in the region have found that access to price "
                "data tends to narrow the gap between farm-gate and market prices, although "
                "the size of the effect varies.",
            ),
            (
                "quote",
                {
                    "text": (
                        "Before the radio, the trader told us the price. Now we tell him "
                        "what the radio said, and he has to explain why he is offering less."
                    ),
                    "attribution": "Moussa Traoré, a farmer and regular listener in a village near Ségou",
                },
            ),
            (
                "paragraph",
                "Gathering the prices is laborious. Volunteers visit markets on market days "
                "and phone in their figures, or send them by text message. The station "
                "checks them against each other and against what traders report. Errors are "
                "taken seriously, because a wrong price can cost a listener money and the "
                "station its credibility.",
            ),
            ("subheading", "Keeping the lights on"),
            (
                "paragraph",
                "Most stations operate on tiny budgets. Income comes from announcements paid "
                "for by families and businesses, from occasional contracts with health or "
                "agricultural programmes, and from membership fees in associations that own "
                "the station. Fuel for generators, replacement transmitters and volunteer "
                "allowances are constant worries. Insecurity in parts of the region has "
                "added further strain, with some stations forced to reduce hours or "
                "suspend broadcasting.",
            ),
            (
                "paragraph",
                "Supporting these stations does not require large sums. Stable funding for "
                "equipment and a few paid staff would go a long way. The harder task is "
                "designing support that does not compromise their independence, so that the "
                "voice reading the prices each evening remains one that listeners trust.",
            ),
        ],
    },
    {
        "slug": "newsroom-cooperatives-share-the-back-office",
        "title": "Newsroom Cooperatives Learn to Share the Back Office",
        "lead": (
            "Independent newsrooms in several Latin American countries are pooling "
            "accounting, legal support and technology. The arrangement saves money, but "
            "it also raises questions about editorial independence."
        ),
        "authors": [("valentina-ruiz", "author")],
        "regions": ["latin-america"],
        "themes": ["media-information", "labour"],
        "reports": ["who-pays-for-local-news"],
        "partner": "rio-abierto",
        "original_url": "https://rioabierto.example/reportajes/cooperativas-de-medios",
        "original_days_before": 0,
        "days_ago": 101,
        "image": {
            "caption": "A shared office with desks labelled for different small newsrooms.",
            "credit": "Río Abierto archive",
            "motif": "grid",
            "hue": 160,
        },
        "body": [
            (
                "paragraph",
                "A small newsroom in a provincial city may have brilliant reporters and no "
                "accountant. It may publish investigations that provoke legal threats "
                "without having a lawyer on retainer. It may run its website on a plugin that "
                "nobody on staff fully understands. These are not glamorous problems, but "
                "they are the ones that close newsrooms.",
            ),
            (
                "paragraph",
                "Across Latin America, a number of independent outlets have begun to share "
                "these functions. Some have formed cooperatives that jointly employ an "
                "accountant, a legal adviser and a developer. Others participate in "
                "networks that negotiate group rates for insurance or software. A few share "
                "physical office space, splitting rent and internet costs.",
            ),
            ("subheading", "What sharing saves"),
            (
                "paragraph",
                "Members of one such cooperative estimated that shared services cut their "
                "administrative costs by a substantial margin, but they emphasised a "
                "different benefit: time. Editors who previously spent days each month "
                "preparing financial reports for funders could spend that time editing. "
                "Legal advice became available before publication rather than after a "
                "complaint arrived.",
            ),
            (
                "paragraph",
                "Shared legal support has proved particularly valuable. Journalists in the "
                "region face lawsuits, often from powerful local figures, that can drag on "
                "for years. A lawyer who handles cases for several outlets builds expertise "
                "and can spot patterns, such as the same law firm filing similar complaints "
                "against different newsrooms.",
            ),
            ("subheading", "Independence under one roof"),
            (
                "paragraph",
                "The arrangement is not without tension. Outlets that share an accountant "
                "also share information about each other's finances, and some worry about "
                "what happens if members disagree on editorial matters or compete for the "
                "same grants. Cooperatives have addressed this with clear governance rules, "
                "strict confidentiality clauses and a principle that the shared services "
                "never touch editorial decisions.",
            ),
            (
                "quote",
                {
                    "text": (
                        "We share a lawyer, not a line. If one of us investigates another "
                        "member's funder, that is fine. It has happened, and we survived."
                    ),
                    "attribution": "Paula Ortega, coordinator of a cooperative of six newsrooms",
                },
            ),
            (
                "paragraph",
                "Models like these will not solve the underlying revenue problem facing "
                "local journalism. They can, however, make each unit of revenue go further "
                "and reduce the chance that a newsroom closes because of a missed tax filing "
                "or an unanswered legal letter. For outlets operating on thin margins, that "
                "may be the difference between surviving a bad year and not. Several members told us "
                "that the cooperative also ended a sense of isolation: for the first time, they had "
                "colleagues in other towns to call when something went wrong.",
            ),
        ],
    },
    {
        "slug": "two-languages-one-local-paper",
        "title": "Two Languages, One Local Paper",
        "lead": (
            "In towns along the Baltic coast where two languages are spoken, a local paper "
            "that publishes in both doubles its costs. Some editors have concluded it is "
            "the only way to keep a community talking to itself."
        ),
        "authors": [("tomas-lindqvist", "author")],
        "regions": ["europe"],
        "themes": ["media-information"],
        "reports": ["who-pays-for-local-news"],
        "partner": "baltic-coast-monitor",
        "original_url": "https://balticmonitor.example/media/two-languages-one-paper",
        "original_days_before": 3,
        "days_ago": 189,
        "image": {
            "caption": "Two versions of the same front page laid side by side on a desk.",
            "credit": "Baltic Coast Monitor archive",
            "motif": "stripes",
            "hue": 244,
        },
        "body": [
            (
                "paragraph",
                "The weekly paper arrives on Thursday, and it comes in two versions. The "
                "stories are the same: the harbour dredging contract, the school "
                "merger, the results of the local football club. The language differs. "
                "About a third of the town's residents read one edition, the rest the other, "
                "and a small number read both to see whether anything was lost in "
                "translation.",
            ),
            (
                "paragraph",
                "Bilingual towns are common around the Baltic, the legacy of centuries of "
                "shifting borders and migration. In some, the two language communities "
                "overlap easily; in others, they live parallel lives, shopping in the same "
                "supermarket but following different news, different social media and, "
                "sometimes, different accounts of the same local events.",
            ),
            ("subheading", "The cost of a second edition"),
            (
                "paragraph",
                "Publishing in two languages is expensive. Every story must be translated "
                "or written twice, proofread twice and laid out twice. For a newsroom of six "
                "people, this can absorb the equivalent of one full-time position. Editors "
                "say advertisers rarely pay a premium for reaching both audiences, and "
                "public subsidies for minority-language media tend to support one language "
                "rather than the work of bridging two.",
            ),
            (
                "paragraph",
                "Several papers have experimented with cheaper approaches: machine "
                "translation checked by a human editor, shared bilingual pages for short "
                "notices, or a single edition that mixes languages by article. Each has "
                "drawbacks. Machine translation struggles with local names and humour; mixed "
                "editions can leave readers feeling that half the paper is not for them.",
            ),
            (
                "quote",
                {
                    "text": (
                        "If we stop publishing in both languages, there will still be two "
                        "communities. There just won't be one place where they read the "
                        "same story about the same council meeting."
                    ),
                    "attribution": "Kaja Rebane, editor of a bilingual weekly",
                },
            ),
            (
                "paragraph",
                "Researchers who study information ecosystems in the region argue that "
                "shared local news has a value that is hard to capture in a business plan. "
                "When residents disagree about a new wind farm or a school closure, it helps "
                "if they at least start from the same facts. A bilingual paper cannot "
                "guarantee that, but it makes it more likely.",
            ),
            (
                "paragraph",
                "For now, the papers that continue to publish in both languages do so largely "
                "out of conviction. Some are exploring whether municipalities or foundations "
                "might fund translation specifically, as a public service distinct from "
                "journalism itself. That would not solve every problem, but it would "
                "recognise that keeping a town in one conversation is work worth paying for.",
            ),
        ],
    },
    {
        "slug": "local-election-coverage-on-a-shoestring",
        "title": "Local Election Coverage on a Shoestring",
        "lead": (
            "In a district of southern India, three part-time reporters covered a municipal "
            "election across forty-two wards. Their methods offer lessons for any newsroom "
            "with more races than reporters."
        ),
        "authors": [("rahul-menon", "author")],
        "regions": ["south-central-asia"],
        "themes": ["media-information"],
        "reports": ["who-pays-for-local-news"],
        "partner": None,
        "original_url": "",
        "days_ago": 266,
        "image": {
            "caption": "Campaign posters layered on a wall at a busy junction.",
            "credit": "Meridian Review graphics desk",
            "motif": "dots",
            "hue": 330,
        },
        "body": [
            (
                "paragraph",
                "National elections in India attract reporters from around the world. "
                "Municipal elections, which determine who manages a town's drains, markets "
                "and primary health centres, attract far less attention. In many districts, "
                "the only coverage comes from a few local reporters, often working part-time "
                "for regional language papers or small digital outlets.",
            ),
            (
                "paragraph",
                "We followed one such team during a recent municipal election: three "
                "reporters, one shared motorbike and a spreadsheet. They were responsible "
                "for covering forty-two wards, each with several candidates. It was "
                "obviously impossible to report on every race in depth, so they made a "
                "series of deliberate choices about what to prioritise.",
            ),
            ("subheading", "A candidate sheet for every ward"),
            (
                "paragraph",
                "Their first decision was to publish basic information about every "
                "candidate, drawn from the affidavits that candidates must file. These "
                "documents include declared assets, educational qualifications and any "
                "pending criminal cases. The reporters summarised them in a simple, "
                "consistent format and published them ward by ward. The candidate sheets "
                "became the most-read pages on the outlet's website during the campaign.",
            ),
            (
                "paragraph",
                "Their second decision was to focus reporting on a handful of issues that "
                "affected many wards at once: waste collection, flooding during the monsoon "
                "and the condition of public toilets. Rather than profiling candidates, they "
                "asked each one the same three questions on these issues and published the "
                "answers side by side. Some candidates declined to answer; that was "
                "published too.",
            ),
            (
                "quote",
                {
                    "text": (
                        "We could not be everywhere, so we tried to be useful everywhere. "
                        "A voter in any ward could find the basic facts and compare what "
                        "people promised."
                    ),
                    "attribution": "Anjali Nair, one of the three reporters, working for a district news site",
                },
            ),
            ("subheading", "After the count"),
            (
                "paragraph",
                "The team's third decision was perhaps the most important: to return to "
                "the promises after the election. Six months on, they revisited the answers "
                "winning candidates had given on waste, flooding and sanitation, and "
                "reported on what had changed. This follow-up required little new money, "
                "since the questions had already been asked and recorded.",
            ),
            (
                "paragraph",
                "None of these methods is new, and larger outlets use similar techniques. What "
                "stands out is how much three people could achieve by prioritising structured, "
                "comparable information over scattered anecdotes. For local newsrooms "
                "everywhere facing more races than reporters, the approach suggests that "
                "thoughtful design can partly compensate for thin staffing.",
            ),
        ],
    },
    {
        "slug": "press-subsidies-that-dont-pick-winners",
        "title": "Designing Press Subsidies That Don't Pick Winners",
        "lead": (
            "Nordic countries have long supported newspapers with public money without, "
            "for the most part, compromising their independence. As other governments "
            "consider subsidies for local news, the design details matter more than the sums."
        ),
        "authors": [("mei-tanaka-ross", "author"), ("tomas-lindqvist", "author")],
        "regions": ["europe"],
        "themes": ["media-information", "law-rights"],
        "reports": ["who-pays-for-local-news"],
        "partner": None,
        "original_url": "",
        "days_ago": 362,
        "image": {
            "caption": "A stack of regional newspapers tied with string outside a kiosk.",
            "credit": "Meridian Review graphics desk",
            "motif": "stripes",
            "hue": 274,
        },
        "body": [
            (
                "paragraph",
                "Public money for journalism makes many people uneasy, and for good reason. "
                "A newsroom that depends on a government for its survival may hesitate to "
                "criticise that government. Yet several European countries have subsidised "
                "newspapers for decades, and their press remains among the most "
                "independent in international rankings. How have they managed it?",
            ),
            (
                "paragraph",
                "The short answer is design. The most durable schemes share a few features: "
                "they are set in law rather than granted at ministerial discretion, they "
                "use objective criteria such as circulation, frequency and the share of "
                "original content, and they are administered by bodies at arm's length from "
                "politicians. Editors do not need to please anyone to qualify; they need to "
                "meet published conditions.",
            ),
            ("subheading", "Criteria, not favours"),
            (
                "paragraph",
                "Objective criteria are powerful precisely because they are boring. A "
                "subsidy that goes automatically to every local outlet publishing a minimum "
                "amount of original reporting cannot easily be withdrawn from one that "
                "annoys the mayor. In contrast, competitive grant schemes, where a panel "
                "decides which projects deserve support, offer more flexibility but more "
                "room for perceived or real favouritism.",
            ),
            (
                "paragraph",
                "Traditional schemes were built around print newspapers, and several "
                "countries have had to revise them for digital outlets. The challenge is to "
                "define eligibility in ways that include new, online-only newsrooms without "
                "opening the door to partisan websites or content farms. Criteria based on "
                "editorial staff, original reporting and adherence to a press ethics code "
                "have become more common.",
            ),
            ("subheading", "Lessons for newcomers"),
            (
                "paragraph",
                "Governments considering new support for local journalism can learn from "
                "this experience. Multi-year funding commitments protect outlets from "
                "sudden cuts after an election. Independent administration reduces the "
                "temptation to reward friendly coverage. Transparency about who receives "
                "what, published regularly, lets readers and competitors check the system.",
            ),
            (
                "paragraph",
                "Readers have a part to play as well. Schemes that are explained openly, with "
                "published lists of recipients and the criteria they met, are easier to "
                "defend when they come under attack. Newsrooms that receive support can help "
                "by saying so clearly on their own sites, so that nobody has to guess who "
                "pays for the reporting they read.",
            ),
            (
                "paragraph",
                "No design is immune to pressure. A determined government can change the "
                "law, cut the budget or appoint sympathetic administrators. But well-designed "
                "schemes raise the political cost of doing so. They also reflect a principle "
                "that is easy to state and harder to practise: if local news is a public "
                "good, it deserves public support that does not come with public strings.",
            ),
        ],
    },
    # ------------------------------------------------------------------
    # Standalone articles
    # ------------------------------------------------------------------
    {
        "slug": "municipal-broadband-after-the-ribbon-cutting",
        "title": "Municipal Broadband After the Ribbon-Cutting",
        "lead": (
            "Towns in New Zealand and rural Japan that built their own fibre networks are "
            "discovering that the hard part begins once the cables are in the ground."
        ),
        "authors": [("mei-tanaka-ross", "author")],
        "regions": ["east-asia-pacific"],
        "themes": ["media-information"],
        "reports": [],
        "partner": None,
        "original_url": "",
        "days_ago": 31,
        "image": {
            "caption": "A coil of fibre-optic cable beside a freshly dug roadside trench.",
            "credit": "Meridian Review graphics desk",
            "motif": "rings",
            "hue": 250,
        },
        "body": [
            (
                "paragraph",
                "The opening ceremony is always the easy part. A mayor cuts a ribbon, a "
                "child video-calls a grandparent on a large screen, and the local paper runs "
                "a photograph of smiling officials. The fibre network that took years to "
                "plan and build is finally live. What rarely makes the paper is the meeting, "
                "eighteen months later, at which the council discovers it has no budget for "
                "replacing the equipment in the street cabinets.",
            ),
            (
                "paragraph",
                "Municipal broadband projects have spread in places where commercial "
                "providers saw too few customers to justify investment. Some towns built "
                "networks themselves; others formed cooperatives or partnered with regional "
                "utilities. The results have often been impressive, with speeds and prices "
                "that rival large cities. But running a network is a different skill from "
                "building one.",
            ),
            ("subheading", "Operations, not construction"),
            (
                "paragraph",
                "A fibre network needs engineers on call at night, customer support, billing "
                "systems and a plan for upgrades. Small councils frequently underestimate "
                "these costs, partly because construction grants are easier to obtain than "
                "operating funds. One rural network we examined had been built almost "
                "entirely with a national grant, but its annual running costs were being "
                "met from the town's general budget, competing with roads and elderly care.",
            ),
            (
                "paragraph",
                "Take-up is the other variable. A network that passes every house but "
                "connects only a third of them will struggle to cover its costs. Successful "
                "projects have invested as much in persuading residents, especially older "
                "people and small businesses, as in laying cable. Digital skills classes, "
                "help with devices and simple pricing have all made a measurable difference.",
            ),
            ("subheading", "Sharing the burden"),
            (
                "paragraph",
                "Some towns have found that cooperation with neighbours makes the sums work. "
                "By pooling network operations across several municipalities, they share the "
                "cost of engineers and software while keeping local ownership of the "
                "infrastructure. Others lease their fibre to commercial providers who handle "
                "customer service, retaining the physical network as a public asset.",
            ),
            (
                "paragraph",
                "The lesson for councils considering their own networks is not that they "
                "should avoid the idea. Community broadband has connected many places that "
                "would otherwise have waited years. It is that the business plan must cover "
                "the next twenty years, not just the first day, and that the ribbon-cutting "
                "should be the start of a budget line rather than the end of one.",
            ),
        ],
    },
    {
        "slug": "fishing-cooperatives-and-the-cold-chain",
        "title": "Fishing Cooperatives and the Cold Chain",
        "lead": (
            "On India's south-west coast, small-scale fishers lose much of the value of their "
            "catch before it reaches a buyer. Shared ice plants and cold stores are changing "
            "the bargain, slowly."
        ),
        "authors": [("rahul-menon", "author")],
        "regions": ["south-central-asia"],
        "themes": ["labour", "trade"],
        "reports": [],
        "partner": None,
        "original_url": "",
        "days_ago": 79,
        "image": {
            "caption": "Crates of sardines packed in crushed ice on a beach landing site.",
            "credit": "Meridian Review graphics desk",
            "motif": "waves",
            "hue": 186,
        },
        "body": [
            (
                "paragraph",
                "The boats come in at first light and the auction begins almost immediately. "
                "Sardines, mackerel and prawns are sorted on the sand and sold to waiting "
                "agents within minutes. Speed matters because fish spoils quickly in tropical "
                "heat. A fisher who cannot sell this morning has little choice but to accept "
                "whatever is offered, and the agents know it.",
            ),
            (
                "paragraph",
                "Access to ice and cold storage changes that equation. With ice on board and "
                "a cold store ashore, a fisher can hold the catch for a few hours or a day "
                "and sell when prices are better, or to a buyer further up the chain. Yet "
                "for many small-scale fishers, ice is expensive and cold storage belongs to "
                "the same traders they are negotiating with.",
            ),
            ("subheading", "Owning the ice"),
            (
                "paragraph",
                "Fishing cooperatives along the coast of Kerala have experimented with "
                "owning their own ice plants and small cold stores. The investment is "
                "significant, often supported by state schemes or development grants, but "
                "the returns can be substantial. Members who use cooperative ice report "
                "lower spoilage and more choice about when and to whom they sell.",
            ),
            (
                "paragraph",
                "Running these facilities is not straightforward. Ice plants depend on "
                "reliable electricity, which can be intermittent. Maintenance requires "
                "technical skills that cooperatives must hire or train. And the "
                "cooperatives themselves can become sites of local politics, with disputes "
                "over who gets priority access during peak season.",
            ),
            (
                "quote",
                {
                    "text": (
                        "When the ice was the trader's, the price was the trader's. Now the "
                        "ice is ours, and at least we can argue."
                    ),
                    "attribution": "Joseph Antony, a fisher and secretary of a coastal cooperative",
                },
            ),
            ("subheading", "Health on the shore"),
            (
                "paragraph",
                "The cold chain also affects health. Fish that is iced properly is safer to "
                "eat, and better handling reduces the use of unapproved preservatives that "
                "some traders have been known to add. Women who dominate fish vending in "
                "local markets benefit from access to insulated boxes and ice, which let "
                "them carry stock further inland and reduce losses at the end of the day.",
            ),
            (
                "paragraph",
                "Cold chains are not a complete answer to the pressures facing small-scale "
                "fisheries, which include declining stocks, competition from larger vessels "
                "and rising fuel costs. But they shift a little bargaining power back to "
                "the people who do the fishing. In an industry where margins are thin, a "
                "little can matter a great deal.",
            ),
        ],
    },
    {
        "slug": "pension-reform-and-the-trust-deficit",
        "title": "Pension Reform and the Trust Deficit",
        "lead": (
            "Chile's privately managed pension system was once exported as a model. Decades "
            "of debate over low payouts show that any reform must rebuild trust as well as "
            "balance the accounts."
        ),
        "authors": [("valentina-ruiz", "author")],
        "regions": ["latin-america"],
        "themes": ["labour", "law-rights"],
        "reports": [],
        "partner": "rio-abierto",
        "original_url": "https://rioabierto.example/analisis/pensiones-deficit-de-confianza",
        "original_days_before": 2,
        "days_ago": 111,
        "copyright_holders": ["Río Abierto"],
        "image": {
            "caption": "Retirees sitting on a bench in a city plaza in late afternoon.",
            "credit": "Río Abierto archive",
            "motif": "dots",
            "hue": 64,
        },
        "body": [
            (
                "paragraph",
                "When Chile replaced its pay-as-you-go pension system with individual "
                "accounts managed by private funds in the early 1980s, the reform was "
                "presented as a modernising breakthrough. Workers would own their savings, "
                "investment returns would grow them, and the state would be freed from an "
                "unaffordable promise. Versions of the model were adopted in several other "
                "countries in the following decades.",
            ),
            (
                "paragraph",
                "Forty years later, many retirees find that their pensions are much lower "
                "than they expected. The reasons are well documented: contribution rates "
                "that were modest by international standards, long periods of informal or "
                "interrupted work, especially among women, and fees that reduced returns. "
                "Frustration with low pensions became one of the recurring grievances in "
                "public protests and a central issue in successive elections.",
            ),
            ("subheading", "Adding a solidarity layer"),
            (
                "paragraph",
                "Reforms since the late 2000s have added a publicly funded basic pension for "
                "those with little or no savings, and later a broader guaranteed minimum. "
                "More recent debates have focused on raising employer contributions and "
                "directing part of them to a collective fund that would supplement low "
                "pensions. Supporters see this as restoring a principle of solidarity; "
                "critics worry about weakening the link between contributions and benefits.",
            ),
            (
                "paragraph",
                "The technical questions are difficult but not unusual. Every pension "
                "system must decide how much to redistribute, how to invest, and how to "
                "handle people whose working lives do not fit the standard pattern. What "
                "makes the Chilean case distinctive is the depth of public distrust. Surveys "
                "have repeatedly shown scepticism towards both the private fund managers "
                "and the political parties negotiating reforms.",
            ),
            ("subheading", "Trust as a design goal"),
            (
                "paragraph",
                "Experts across the political spectrum increasingly argue that trust should be "
                "treated as a design goal. That means clear statements showing workers what "
                "pension they can expect, lower and simpler fees, independent oversight and "
                "reforms agreed with enough cross-party support to survive changes of "
                "government. Predictability may matter as much as generosity.",
            ),
            (
                "paragraph",
                "Other countries considering pension reform can learn from this experience. "
                "Whatever mix of public and private provision they choose, the system must "
                "deliver pensions that people recognise as adequate, and it must explain "
                "itself. A pension is a promise stretched across decades, and promises are "
                "only as strong as the belief that they will be kept.",
            ),
        ],
    },
    {
        "slug": "mining-royalties-and-the-sliding-scale",
        "title": "Mining Royalties and the Sliding Scale",
        "lead": (
            "Copper-producing countries have repeatedly changed how they tax mines, chasing "
            "higher revenue when prices boom and investment when they fall. A sliding-scale "
            "royalty promises to end the cycle, if governments can resist tinkering."
        ),
        "authors": [("amara-okafor", "author")],
        "regions": ["sub-saharan-africa"],
        "themes": ["trade", "law-rights"],
        "reports": [],
        "partner": "harbour-ledger",
        "original_url": "https://harbourledger.example/analysis/mining-royalties-sliding-scale",
        "original_days_before": 1,
        "days_ago": 136,
        "image": {
            "caption": "Terraced walls of an open-pit copper mine under a pale sky.",
            "credit": "The Harbour Ledger archive",
            "motif": "rings",
            "hue": 26,
        },
        "body": [
            (
                "paragraph",
                "When copper prices rise, governments in producing countries face a familiar "
                "pressure. Mines are earning windfall profits, the public sees little "
                "benefit, and politicians promise to claim a fairer share. Royalty rates go "
                "up, new taxes are announced, and mining companies warn that investment will "
                "dry up. When prices fall, the process often runs in reverse.",
            ),
            (
                "paragraph",
                "This cycle is costly for everyone. Frequent changes in fiscal rules make "
                "long-term investment riskier, raising the return companies demand before "
                "committing to new mines. Governments, meanwhile, end up collecting less "
                "during booms than they could have with a stable system, and they face "
                "disputes and arbitration claims when they change rules mid-stream.",
            ),
            ("subheading", "How a sliding scale works"),
            (
                "paragraph",
                "A sliding-scale royalty ties the rate to the price of the metal. When copper "
                "is cheap, the rate is low, easing pressure on marginal mines. When copper is "
                "expensive, the rate rises automatically, capturing more of the windfall for "
                "the public without requiring new legislation. Several copper-producing "
                "countries in Southern and Central Africa have used versions of this "
                "approach, with varying thresholds and rates.",
            ),
            (
                "paragraph",
                "The design details are contentious. Set the thresholds too low and the "
                "scale barely changes revenue; set them too high and mines face steep "
                "charges just as they become profitable. Some schemes calculate royalties on "
                "gross revenue, which is simple to audit; others use measures closer to "
                "profit, which is fairer in principle but easier to manipulate through "
                "accounting.",
            ),
            ("subheading", "The discipline of not changing it"),
            (
                "paragraph",
                "The biggest challenge is political. A sliding scale only delivers stability "
                "if governments resist the temptation to adjust it every time prices move. "
                "In practice, fiscal pressures, elections and public frustration have led to "
                "frequent revisions. Each revision undermines the credibility of the next "
                "promise of stability.",
            ),
            (
                "paragraph",
                "Specialists in extractive industry taxation suggest a few safeguards. "
                "Embedding the scale in legislation that requires a broad majority to amend, "
                "publishing revenue data mine by mine, and committing windfall revenue to "
                "specific uses, such as a stabilisation fund or infrastructure, can make "
                "the system more durable. Transparency also helps citizens see that the "
                "scale is working when prices rise, reducing pressure for sudden changes.",
            ),
            (
                "paragraph",
                "No fiscal design can remove the underlying volatility of metal prices. What "
                "a well-designed and stable royalty regime can do is share that volatility "
                "more predictably between companies and the public, and make copper booms "
                "feel less like a contest between them.",
            ),
        ],
    },
    {
        "slug": "lithium-brine-and-village-water-committees",
        "title": "Lithium, Brine and Village Water Committees",
        "lead": (
            "The salt flats of the Andes hold much of the world's lithium. Communities who "
            "live around them are asking how much water its extraction really uses, and who "
            "gets to measure it."
        ),
        "authors": [("valentina-ruiz", "author"), ("ines-carvalho", "author")],
        "regions": ["latin-america"],
        "themes": ["energy", "water-climate"],
        "reports": [],
        "partner": None,
        "original_url": "",
        "days_ago": 214,
        "image": {
            "caption": "Evaporation ponds in shades of turquoise across a white salt flat.",
            "credit": "Meridian Review graphics desk",
            "motif": "grid",
            "hue": 168,
        },
        "body": [
            (
                "paragraph",
                "Seen from the air, the evaporation ponds on the salt flats look almost "
                "decorative: rectangles of turquoise and pale green laid out across a white "
                "plain. Brine pumped from beneath the crust is left to evaporate in the sun "
                "for months, concentrating the lithium that ends up in batteries for "
                "electric cars and power storage. The process is cheaper than hard-rock "
                "mining, and it relies on one of the driest places on earth.",
            ),
            (
                "paragraph",
                "That dryness is what worries the communities nearby. Indigenous villages "
                "around the salt flats depend on springs, wetlands and shallow wells for "
                "drinking water, herding and small-scale farming. They ask whether pumping "
                "brine, and the fresh water used in processing, is lowering water tables and "
                "drying the lagoons where flamingos feed and llamas graze.",
            ),
            ("subheading", "Brine is not water, or is it?"),
            (
                "paragraph",
                "Companies have argued that brine is a mineral resource, too salty for human "
                "use, and that its extraction should not be counted as water consumption. "
                "Hydrogeologists point out that brine and fresh groundwater are often "
                "connected underground, so removing large volumes of one can affect the "
                "other. The scientific evidence varies by basin and is contested, in part "
                "because long-term monitoring data is scarce.",
            ),
            (
                "paragraph",
                "In several places, community water committees have begun to monitor wells "
                "and springs themselves, sometimes with support from universities. They "
                "record water levels and flows, building data sets that are independent of "
                "the companies and the state. These records have become a basis for "
                "negotiation and, in some cases, for legal challenges.",
            ),
            (
                "quote",
                {
                    "text": (
                        "For years, the only numbers came from the company. Now we have our "
                        "own notebook, and the engineers have to explain why their numbers "
                        "and ours are different."
                    ),
                    "attribution": "Rosa Cruz, a member of a community water committee near the salt flat",
                },
            ),
            ("subheading", "A transition with local costs"),
            (
                "paragraph",
                "The global push to decarbonise depends on minerals like lithium, and producing "
                "countries see an opportunity for revenue and industrial development. National "
                "governments have sought larger shares of profits and, in some cases, greater "
                "state control of the industry. Newer extraction technologies that reinject "
                "brine or use less evaporation are being tested, although their water "
                "footprint is still being assessed.",
            ),
            (
                "paragraph",
                "Communities are not necessarily opposed to mining. Many want jobs, roads and "
                "royalties. What they ask for is meaningful consultation, independent "
                "monitoring and a share of benefits that matches the risks they bear. An "
                "energy transition that treats the people of the salt flats as obstacles "
                "rather than stakeholders risks repeating the mistakes of earlier mining "
                "booms.",
            ),
        ],
    },
    {
        "slug": "what-election-observers-actually-count",
        "title": "What Election Observers Actually Count",
        "lead": (
            "Observer missions are often judged by a single line in a press conference. "
            "Their real value lies in patient, structured data collection that most voters "
            "never see."
        ),
        "authors": [("amara-okafor", "author")],
        "regions": ["sub-saharan-africa"],
        "themes": ["law-rights", "media-information"],
        "reports": [],
        "partner": None,
        "original_url": "",
        "days_ago": 156,
        "image": {
            "caption": "A transparent ballot box sealed with numbered plastic ties.",
            "credit": "Meridian Review graphics desk",
            "motif": "grid",
            "hue": 212,
        },
        "body": [
            (
                "paragraph",
                "The morning after an election, television cameras gather at a hotel "
                "ballroom where the head of an observer mission reads a preliminary "
                "statement. Journalists listen for a verdict: free and fair, or not. The "
                "statement almost never offers one in those words, and the careful language "
                "it does use is often summarised in ways its authors would not recognise.",
            ),
            (
                "paragraph",
                "Observation has changed considerably over the past two decades. Major "
                "international and domestic missions now follow detailed methodologies, "
                "deploying observers long before polling day to assess voter registration, "
                "campaign conditions, media access and the work of election authorities. "
                "On election day itself, many domestic groups use statistical sampling to "
                "check results.",
            ),
            ("subheading", "Sampling the count"),
            (
                "paragraph",
                "The technique, sometimes called a parallel vote tabulation, works by placing "
                "trained observers at a random sample of polling stations. They record the "
                "official count at each station and report it to a central team. Because the "
                "sample is random and large enough, the combined figures can estimate the "
                "national result within a small margin. If the official result falls outside "
                "that margin, something has gone wrong between the polling station and the "
                "final tally.",
            ),
            (
                "paragraph",
                "Domestic observer groups in several African countries have built strong "
                "reputations for this work. Their observers are citizens, often volunteers, "
                "trained to complete standardised forms and send coded text messages. The "
                "approach requires discipline: observers must report what they see, not what "
                "they suspect, and the central team must resist releasing figures before "
                "they are verified.",
            ),
            ("subheading", "Reading a statement properly"),
            (
                "paragraph",
                "Observer reports typically distinguish between different stages of the "
                "process. A mission might find that voting was orderly but that the "
                "campaign environment was uneven, or that counting was transparent but "
                "results management lacked clarity. These distinctions matter, because "
                "problems in one stage do not necessarily invalidate another. Reducing them "
                "to a single verdict discards most of the useful information.",
            ),
            (
                "paragraph",
                "For journalists and citizens, the practical advice is to read the full "
                "preliminary statement and the final report that follows months later, "
                "which often includes specific recommendations for reform. Those "
                "recommendations are where observation does its most lasting work: they "
                "provide a record against which election authorities, parliaments and "
                "civil society can measure progress before the next vote.",
            ),
        ],
    },
    {
        "slug": "last-fifty-kilometres-of-a-vaccine-supply-chain",
        "title": "The Last Fifty Kilometres of a Vaccine Supply Chain",
        "lead": (
            "Vaccines can cross continents in refrigerated aircraft and still spoil on a "
            "motorbike between a district store and a village clinic. The weakest link is "
            "usually the shortest."
        ),
        "authors": [("rahul-menon", "author")],
        "regions": ["sub-saharan-africa", "south-central-asia"],
        "themes": ["public-health", "trade"],
        "reports": [],
        "partner": None,
        "original_url": "",
        "days_ago": 94,
        "image": {
            "caption": "A health worker packs vaccine vials into an insulated cool box.",
            "credit": "Meridian Review graphics desk",
            "motif": "dots",
            "hue": 140,
        },
        "body": [
            (
                "paragraph",
                "A dose of vaccine manufactured in one country may travel thousands of "
                "kilometres before reaching the arm of a child in another. It moves by "
                "refrigerated truck, cargo plane and national warehouse, monitored at every "
                "stage. Then, in the final stretch, it may be packed into a cool box and "
                "carried by a health worker on a motorbike along a dirt road for two hours "
                "in the afternoon heat.",
            ),
            (
                "paragraph",
                "Public health specialists call this stretch the last mile, though in rural "
                "areas it can be fifty kilometres or more. It is where the cold chain is most "
                "likely to break. Refrigerators at small clinics may run on unreliable grid "
                "power or bottled gas. Ice packs may be frozen too hard, damaging vaccines "
                "that are sensitive to freezing as well as heat.",
            ),
            ("subheading", "Solar fridges and data loggers"),
            (
                "paragraph",
                "Over the past decade, solar direct-drive refrigerators have spread widely in "
                "rural health facilities in Africa and South Asia. They do not need batteries, "
                "which were a frequent point of failure in earlier solar models, and they keep "
                "vaccines cold for days without sunlight. Temperature data loggers, which "
                "record conditions continuously and send alerts by mobile network, have made "
                "it easier to detect problems before doses are given.",
            ),
            (
                "paragraph",
                "Technology has its limits. Equipment breaks, and spare parts and "
                "technicians are often concentrated in cities. Several district health "
                "officers told us that a broken refrigerator could wait weeks for repair. "
                "Meanwhile, vaccines must be stored elsewhere, adding journeys and risk. "
                "Budgets for new equipment are far easier to obtain than budgets for keeping "
                "existing equipment running.",
            ),
            ("subheading", "People in the chain"),
            (
                "paragraph",
                "The most reliable improvements have come from investing in people. Training "
                "health workers to pack cool boxes correctly, check temperature indicators and "
                "keep stock records reduces waste. Paying travel allowances on time keeps "
                "outreach sessions running. Giving district managers real-time data on stock "
                "levels allows them to move vaccines before they expire.",
            ),
            (
                "paragraph",
                "When global attention focuses on vaccine supply, it tends to look at "
                "manufacturing capacity and international distribution. Those matter. But "
                "the final stage, carried out by health workers on modest salaries in "
                "difficult conditions, decides whether a dose protects a child or ends up "
                "in a waste bin. It deserves a larger share of the attention and the budget.",
            ),
        ],
    },
    {
        "slug": "remittances-currency-swings-household-budgets",
        "title": "Remittances, Currency Swings and Household Budgets",
        "lead": (
            "In Kyrgyzstan and Tajikistan, money sent home by migrant workers supports a large "
            "share of households. When exchange rates swing, families feel it within weeks."
        ),
        "authors": [("yusuf-demir", "author")],
        "regions": ["south-central-asia"],
        "themes": ["labour", "trade"],
        "reports": [],
        "partner": "steppe-dispatch",
        "original_url": "https://steppedispatch.example/2024/remittances-household-budgets",
        "original_days_before": 2,
        "days_ago": 241,
        "image": {
            "caption": "A queue outside a money transfer office in a provincial town.",
            "credit": "Steppe Dispatch archive",
            "motif": "stripes",
            "hue": 110,
        },
        "body": [
            (
                "paragraph",
                "Every month, hundreds of thousands of workers from Central Asia send part "
                "of their wages home. The money pays for school fees, medicine, weddings and, "
                "increasingly, new houses that rise in villages where many of the men are "
                "away for most of the year. In some Central Asian economies, remittances are "
                "equivalent to a very large share of national income, among the highest "
                "ratios in the world.",
            ),
            (
                "paragraph",
                "This dependence creates exposure. Most migrants work in a single large "
                "neighbouring economy and earn in its currency. When that currency weakens "
                "sharply, the value of remittances in local money falls, even if workers "
                "earn the same wages. When it strengthens, families back home enjoy a "
                "windfall. The swings can be large and sudden.",
            ),
            ("subheading", "Households as shock absorbers"),
            (
                "paragraph",
                "Surveys in the region suggest that households respond to falling remittances "
                "by cutting spending on food quality, delaying medical treatment and, in some "
                "cases, withdrawing children from school to work. Families with savings or "
                "other income sources cope better, but many have neither. Local shopkeepers "
                "report that sales of everything from flour to building materials rise and "
                "fall with exchange rates.",
            ),
            (
                "paragraph",
                "Sanctions and shifts in the host economy have added further uncertainty. "
                "Transfer channels have changed as some payment systems were restricted, and "
                "migrants have had to find new ways to send money, sometimes at higher cost. "
                "Some workers have looked for jobs in other countries, though moving further "
                "away brings new expenses and language barriers. For families at home, the "
                "result is a budget that can change sharply from one season to the next.",
            ),
            ("subheading", "Turning remittances into resilience"),
            (
                "paragraph",
                "Governments and development agencies have long tried to channel remittances "
                "into productive investment, with mixed success. More promising, according "
                "to economists working in the region, are measures that help households "
                "manage volatility: cheaper transfer services, savings products designed for "
                "irregular income and simple financial advice delivered through the same "
                "offices where families collect money.",
            ),
            (
                "paragraph",
                "In the longer term, the challenge is to create enough jobs at home that "
                "migration becomes a choice rather than a necessity. That requires investment "
                "in infrastructure, education and the rule of law, none of which can be "
                "achieved quickly. Until then, household budgets in the region will remain "
                "closely tied to an exchange rate set hundreds of kilometres away.",
            ),
        ],
    },
    {
        "slug": "offshore-wind-needs-quaysides-before-turbines",
        "title": "Offshore Wind Needs Quaysides Before Turbines",
        "lead": (
            "Baltic governments have set ambitious targets for offshore wind. The bottleneck "
            "may not be the turbines or the permits but the handful of ports strong enough "
            "to assemble them."
        ),
        "authors": [("tomas-lindqvist", "author")],
        "regions": ["europe"],
        "themes": ["energy", "trade"],
        "reports": [],
        "partner": "baltic-coast-monitor",
        "original_url": "https://balticmonitor.example/energy/offshore-wind-quaysides",
        "original_days_before": 1,
        "days_ago": 289,
        "image": {
            "caption": "Turbine blades laid out on a reinforced quay awaiting loading.",
            "credit": "Baltic Coast Monitor archive",
            "motif": "stripes",
            "hue": 196,
        },
        "body": [
            (
                "paragraph",
                "A modern offshore wind turbine blade can be longer than a football pitch. The "
                "tower sections are as heavy as small ships, and the foundations heavier "
                "still. Before any of them reach the sea, they must be stored, assembled and "
                "loaded onto specialised vessels at a port with quays strong enough to bear "
                "the weight and enough open space to lay everything out.",
            ),
            (
                "paragraph",
                "Around the Baltic, governments have announced offshore wind targets that "
                "would require dozens of large projects to be built over the coming decade. "
                "Industry groups have warned that the number of ports capable of supporting "
                "this work is limited. Several projects may need the same facilities at the "
                "same time, and ports that are upgraded for wind must still serve their "
                "existing cargo customers.",
            ),
            ("subheading", "Concrete, cranes and deep water"),
            (
                "paragraph",
                "Upgrading a port for offshore wind involves reinforcing quays, dredging "
                "berths, acquiring land and installing heavy-lift equipment. The investment "
                "is large and the payoff uncertain, since port authorities cannot be sure how "
                "many projects will actually proceed. Several projects across Europe have "
                "been delayed or cancelled as interest rates and material costs rose.",
            ),
            (
                "paragraph",
                "Some ports have chosen to specialise, positioning themselves as hubs for a "
                "particular stage such as foundation assembly or operations and maintenance. "
                "Others are cooperating across borders, sharing the work of projects in "
                "neighbouring waters. The choice shapes local employment: maintenance hubs "
                "offer steady jobs for decades, while construction hubs see intense but "
                "temporary activity.",
            ),
            (
                "quote",
                {
                    "text": (
                        "We can build the quay. What we cannot do is build it on a rumour. "
                        "Give us signed projects and a timetable and the concrete follows."
                    ),
                    "attribution": "Jonas Berzins, development director at a Baltic port authority",
                },
            ),
            (
                "paragraph",
                "Governments can reduce the uncertainty. Clear auction schedules, "
                "commitments to grid connections and public co-investment in port "
                "infrastructure all make it easier for ports to plan. Treating key ports as "
                "strategic energy infrastructure, rather than commercial operations expected "
                "to finance upgrades alone, has become a common recommendation.",
            ),
            (
                "paragraph",
                "The energy transition is often imagined in terms of turbines and solar "
                "panels. In practice it runs through places that rarely feature in the "
                "brochures: quaysides, laydown areas and the dredged channels of working "
                "ports. Whether the Baltic meets its targets may depend on decisions made in "
                "harbour offices as much as in ministries.",
            ),
        ],
    },
    {
        "slug": "mekong-fish-catches-and-the-dam-cascade",
        "title": "Mekong Fish Catches and the Dam Cascade",
        "lead": (
            "Dams along the Mekong and its tributaries generate electricity for a growing "
            "region. They also interrupt the fish migrations on which millions of people "
            "depend for protein and income."
        ),
        "authors": [("mei-tanaka-ross", "author"), ("rahul-menon", "author")],
        "regions": ["east-asia-pacific"],
        "themes": ["water-climate", "labour"],
        "reports": [],
        "partner": None,
        "original_url": "",
        "days_ago": 204,
        "image": {
            "caption": "A fisher casts a net from a narrow boat on a wide brown river.",
            "credit": "Meridian Review graphics desk",
            "motif": "waves",
            "hue": 70,
        },
        "body": [
            (
                "paragraph",
                "The Mekong supports one of the largest inland fisheries in the world. Each "
                "year, the river's flood pulse spreads water across floodplains and into "
                "lakes, and fish migrate to spawn and feed. Communities from the highlands "
                "to the delta depend on this cycle for food and income. For many rural "
                "households, fish is the main source of animal protein.",
            ),
            (
                "paragraph",
                "Over the past two decades, a cascade of hydropower dams has been built on "
                "the river's upper reaches and on its tributaries, with more on the lower "
                "main stem. They provide electricity for expanding economies and export "
                "revenue for countries with few other large resources. But dams block fish "
                "migrations, trap sediment and change the timing of flows.",
            ),
            ("subheading", "Measuring a moving resource"),
            (
                "paragraph",
                "Quantifying the effect on fisheries is difficult. Catches vary naturally "
                "from year to year, fishing effort changes, and many catches are never "
                "recorded because they are eaten at home or sold in small local markets. "
                "Researchers rely on household surveys, market monitoring and fish "
                "migration studies, each with its own uncertainty. Nonetheless, fishers in "
                "several areas report smaller catches and changes in species composition.",
            ),
            (
                "quote",
                {
                    "text": (
                        "The river still floods, but it floods at the wrong time. The fish "
                        "come late, or they do not come. We are learning to fish for "
                        "different species, and they sell for less."
                    ),
                    "attribution": "Sok Vanna, a fisher in a village cooperative near the Tonle Sap",
                },
            ),
            (
                "paragraph",
                "Fish passages have been installed at some dams, with mixed results. Designs "
                "developed for salmon in temperate rivers do not necessarily suit the "
                "diverse species of the Mekong, many of which are weaker swimmers. Sediment "
                "trapping is another concern, since the delta depends on sediment to "
                "maintain its land and fertility.",
            ),
            ("subheading", "Coordinating a shared river"),
            (
                "paragraph",
                "The Mekong basin has a regional commission that promotes data sharing and "
                "consultation on major projects, though its powers are limited and not every "
                "riparian country is a full member. Recent efforts to share data on dam "
                "operations and water levels have been welcomed, as has coordination on "
                "releases during drought. Critics argue that consultation often comes after "
                "key decisions have been made.",
            ),
            (
                "paragraph",
                "Balancing energy and fisheries is not a simple trade-off between "
                "development and conservation. Fisheries are themselves a major economic "
                "activity, and their decline imposes costs on some of the poorest households "
                "in the region. Planning that counts those costs alongside the benefits of "
                "electricity would produce better decisions about where, and whether, to "
                "build.",
            ),
        ],
    },
    {
        "slug": "mini-grids-and-the-tariff-question",
        "title": "Mini-Grids and the Tariff Question",
        "lead": (
            "Solar mini-grids can bring reliable power to villages far from the national "
            "network. Their customers often pay more per unit than city dwellers, and the "
            "fairness of that gap is now a policy debate."
        ),
        "authors": [("amara-okafor", "author")],
        "regions": ["sub-saharan-africa"],
        "themes": ["energy"],
        "reports": [],
        "partner": None,
        "original_url": "",
        "days_ago": 321,
        "image": {
            "caption": "Solar panels on a metal frame beside a village grain mill.",
            "credit": "Meridian Review graphics desk",
            "motif": "grid",
            "hue": 58,
        },
        "body": [
            (
                "paragraph",
                "The mini-grid sits at the edge of the village: a field of solar panels, a "
                "container housing batteries and an inverter, and poles carrying wires to "
                "a few hundred homes and businesses. Since it was switched on, the grain mill "
                "runs on electricity instead of diesel, the clinic has a refrigerator, and "
                "shops stay open after dark. By almost any measure, life here has changed.",
            ),
            (
                "paragraph",
                "There is one complaint, and it comes up in every conversation: the price. "
                "Customers of the mini-grid pay several times more per kilowatt-hour than "
                "households in the capital connected to the national utility. For a "
                "tailor running a sewing machine or a barber with clippers, the difference "
                "matters. Some households limit their use to a few light bulbs and a phone "
                "charger.",
            ),
            ("subheading", "Why mini-grid power costs more"),
            (
                "paragraph",
                "The cost difference reflects real economics. Mini-grids are small, serving "
                "customers who individually use little electricity, so fixed costs are spread "
                "thin. Batteries are expensive and must be replaced. Remote sites raise "
                "maintenance and transport costs. National utilities, by contrast, often sell "
                "power below cost, supported by public subsidies or cross-subsidies from "
                "larger customers.",
            ),
            (
                "paragraph",
                "This creates an awkward comparison. Rural customers pay close to the true "
                "cost of their electricity, while urban customers, who are on average "
                "wealthier, pay less than theirs. Developers argue that they cannot lower "
                "tariffs without subsidies; governments worry about the fiscal burden of "
                "extending support to thousands of small systems.",
            ),
            ("subheading", "Options on the table"),
            (
                "paragraph",
                "Several approaches are being tested. Results-based grants pay developers per "
                "connection, reducing the capital they need to recover from tariffs. Some "
                "regulators have allowed cost-reflective tariffs for mini-grids while "
                "offering a lifeline rate for basic consumption. Others plan for eventual "
                "connection to the national grid, with rules on compensating developers when "
                "the main network arrives.",
            ),
            (
                "paragraph",
                "Encouraging productive use is another strategy. When a mini-grid powers "
                "mills, welding shops and cold rooms, daytime demand rises, spreading costs "
                "over more units and making cheaper tariffs possible. Programmes that help "
                "businesses buy efficient electric equipment can therefore benefit the whole "
                "village, not just the entrepreneurs.",
            ),
            (
                "paragraph",
                "The tariff debate is ultimately about equity. Electricity access has been "
                "treated as a development goal for decades; the question now is whether "
                "access on unequal terms is good enough. The answer will shape how quickly, "
                "and how fairly, the remaining unconnected villages are brought into the "
                "electrified economy.",
            ),
        ],
    },
    {
        "slug": "undersea-cables-and-the-repair-ship-shortage",
        "title": "Undersea Cables and the Repair Ship Shortage",
        "lead": (
            "Almost all intercontinental internet traffic travels through cables on the "
            "seabed. When one breaks, a small and ageing fleet of repair ships decides how "
            "long an island nation stays offline."
        ),
        "authors": [("mei-tanaka-ross", "author")],
        "regions": ["east-asia-pacific"],
        "themes": ["security", "media-information"],
        "reports": [],
        "partner": "harbour-ledger",
        "original_url": "https://harbourledger.example/features/undersea-cable-repair-ships",
        "original_days_before": 0,
        "days_ago": 46,
        "image": {
            "caption": "A cable repair ship at anchor with a large drum on its stern.",
            "credit": "The Harbour Ledger archive",
            "motif": "waves",
            "hue": 228,
        },
        "body": [
            (
                "paragraph",
                "When a subsea cable is cut, whether by a ship's anchor, a fishing trawl or "
                "an undersea landslide, the effects can be dramatic. Countries with a single "
                "cable connection may lose most of their international internet capacity, "
                "with knock-on effects for banking, government services and news. Larger "
                "economies with several cables usually reroute traffic, but even they can "
                "see slower service.",
            ),
            (
                "paragraph",
                "Repairing a cable requires a specialised ship that can locate the fault, "
                "grapple the cable from the seabed, splice in a new section and lay it back "
                "down. There are relatively few of these vessels worldwide, and many are "
                "decades old. They are typically stationed under regional maintenance "
                "agreements, and when several faults occur at once, they must be prioritised.",
            ),
            ("subheading", "Waiting for the ship"),
            (
                "paragraph",
                "For Pacific island nations, the wait can be long. A repair ship may need "
                "to sail from a distant port, obtain permits to work in territorial waters "
                "and wait for suitable weather. Outages of several weeks have occurred, during "
                "which countries relied on limited satellite capacity. The experience has "
                "prompted governments to seek second cables and better contingency plans.",
            ),
            (
                "paragraph",
                "Security concerns have added urgency. Incidents in which cables were "
                "damaged in circumstances that raised questions about deliberate "
                "interference have drawn attention to the vulnerability of this "
                "infrastructure. Investigations are often inconclusive, since accidental "
                "damage by anchors and fishing gear is common and hard to distinguish from "
                "sabotage without detailed evidence.",
            ),
            (
                "quote",
                {
                    "text": (
                        "Most breaks are accidents. That is not reassuring. It means the "
                        "system is fragile even when nobody is trying to break it."
                    ),
                    "attribution": "Dr Ana Tuilagi, a telecommunications researcher at a Pacific university",
                },
            ),
            ("subheading", "Building more resilience"),
            (
                "paragraph",
                "Several measures can reduce the risk. More repair ships, possibly financed "
                "jointly by governments and cable operators, would shorten waiting times. "
                "Protected zones where anchoring and trawling are restricted near cable "
                "routes can reduce accidental damage. Diverse routes and landing points make "
                "it less likely that a single incident cuts a country off.",
            ),
            (
                "paragraph",
                "Satellite constellations offer a partial backup, but their capacity is far "
                "smaller than that of modern fibre cables. For now, the seabed remains the "
                "backbone of global communications. Keeping it working depends on a small "
                "fleet of ships, and on governments treating their maintenance as a shared "
                "responsibility rather than an afterthought.",
            ),
        ],
    },
    {
        "slug": "regional-fact-check-desks-and-the-problem-of-scale",
        "title": "Regional Fact-Check Desks and the Problem of Scale",
        "lead": (
            "Arabic-language fact-checking teams have grown in number and skill. They still "
            "face a basic mismatch: a few dozen researchers against an endless stream of "
            "claims in many dialects."
        ),
        "authors": [("leila-haddad", "author")],
        "regions": ["middle-east-north-africa"],
        "themes": ["media-information"],
        "reports": [],
        "partner": None,
        "original_url": "",
        "days_ago": 374,
        "image": {
            "caption": "A researcher compares two versions of a viral image on twin monitors.",
            "credit": "Meridian Review graphics desk",
            "motif": "dots",
            "hue": 286,
        },
        "body": [
            (
                "paragraph",
                "A video circulates on messaging apps showing what is described as a "
                "flooded street in a regional capital. Within an hour, it has been shared "
                "thousands of times. A fact-checker in another city recognises a shop sign "
                "in the background, searches archives and finds the same footage posted "
                "years earlier from a different country. She publishes a correction. By then "
                "the video has moved on to new audiences who will never see it.",
            ),
            (
                "paragraph",
                "This sequence is familiar to the fact-checking teams that have emerged "
                "across the Middle East and North Africa over the past decade. Some operate "
                "within established media organisations, others as independent projects, "
                "often funded by foundations or platform partnerships. Their researchers "
                "have developed strong skills in verifying images, tracing the origin of "
                "claims and explaining their methods to readers.",
            ),
            ("subheading", "Many dialects, few checkers"),
            (
                "paragraph",
                "The region's linguistic diversity poses particular challenges. Claims "
                "circulate in Modern Standard Arabic, in a range of spoken dialects, and in "
                "French, English, Kurdish, Amazigh languages and others. Automated tools "
                "that help flag suspicious content tend to work best in English and less "
                "well in dialects. Teams rely on native speakers and on networks of "
                "contacts who can identify local places, accents and references.",
            ),
            (
                "paragraph",
                "Funding is another constraint. Platform partnerships that paid fact-checkers "
                "to review flagged content have been reduced or restructured in several "
                "places, leaving some teams with sudden budget gaps. Foundation grants tend to "
                "be short-term, making it hard to retain experienced staff. Several "
                "organisations have turned to training, consulting or membership models to "
                "diversify their income.",
            ),
            ("subheading", "From correction to prevention"),
            (
                "paragraph",
                "Given the scale of the problem, many teams have shifted their emphasis from "
                "debunking individual claims to helping audiences recognise common "
                "techniques. Short explainers on how old images are recycled, or how "
                "screenshots of fake official documents are produced, can protect readers "
                "against a whole category of misinformation rather than a single post. "
                "Partnerships with local radio and schools extend that work beyond social "
                "media.",
            ),
            (
                "paragraph",
                "Fact-checking alone will not fix the information environment. It depends "
                "on the wider health of journalism, on access to official data and on the "
                "willingness of platforms to act on findings. But the teams working in the "
                "region have shown that careful verification is possible in difficult "
                "conditions, and that audiences value it when they can find it.",
            ),
        ],
    },
    {
        "slug": "flare-stacks-and-fishing-nets",
        "title": "Flare Stacks and Fishing Nets",
        "lead": (
            "Gas flaring in the Niger Delta wastes energy and pollutes the air of nearby "
            "communities. Capturing the gas is technically possible; the obstacles are mainly "
            "financial and regulatory."
        ),
        "authors": [("amara-okafor", "author")],
        "regions": ["sub-saharan-africa"],
        "themes": ["energy", "public-health"],
        "reports": [],
        "partner": None,
        "original_url": "",
        "days_ago": 396,
        "image": {
            "caption": "An orange gas flare reflected in still creek water at dusk.",
            "credit": "Meridian Review graphics desk",
            "motif": "rings",
            "hue": 12,
        },
        "body": [
            (
                "paragraph",
                "At night the flares are visible from kilometres away, tall columns of flame "
                "burning at the top of steel stacks. Residents of some creek communities in "
                "the Niger Delta have lived beside them for decades. They describe soot on "
                "roofs, a persistent roar and the sense that the heat never quite leaves the "
                "air. Fishers say the creeks near flare sites yield less than they used to, "
                "although separating the effects of flaring from those of oil spills and "
                "overfishing is difficult.",
            ),
            (
                "paragraph",
                "Flaring is the burning of natural gas that comes up alongside oil. Where "
                "there is no pipeline or processing plant to use the gas, operators burn it "
                "rather than vent it, since methane released directly into the air is a more "
                "potent greenhouse gas. Nigeria has long been among the countries that flare "
                "the most gas, although volumes have declined from their peak.",
            ),
            ("subheading", "Wasted energy in an energy-poor country"),
            (
                "paragraph",
                "The irony is hard to miss. Nigeria has large numbers of people without "
                "reliable electricity and businesses that run on expensive diesel generators, "
                "while gas that could generate power is burned in the open. Policy makers have "
                "tried for years to change this, with deadlines to end routine flaring, "
                "penalties for flaring and programmes that auction flare gas to companies "
                "that can capture and use it.",
            ),
            (
                "paragraph",
                "Progress has been slower than planned. Many flare sites are small and "
                "scattered, making gas collection expensive. Penalties have at times been "
                "low enough that paying them was cheaper than investing in capture. Insecurity "
                "and pipeline vandalism discourage infrastructure investment in some areas. "
                "Auction programmes have attracted interest, but moving from awarded licences "
                "to working facilities has proved difficult.",
            ),
            ("subheading", "Health and accountability"),
            (
                "paragraph",
                "Health researchers have linked proximity to flaring with respiratory "
                "problems and other conditions, though rigorous local studies are limited. "
                "Communities have called for independent air quality monitoring and for "
                "health surveys that would clarify the risks. Satellite data has improved "
                "transparency about flare volumes, allowing journalists and civil society "
                "groups to compare reported figures with independent estimates.",
            ),
            (
                "paragraph",
                "Ending routine flaring would reduce emissions, improve local air quality "
                "and potentially supply gas for power and cooking. It requires penalties that "
                "bite, infrastructure that can aggregate small volumes and a stable "
                "investment climate. For the communities living beside the flares, it would "
                "also be evidence that promises made about their environment can be kept.",
            ),
        ],
    },
    {
        "slug": "grain-by-rail-across-the-steppe",
        "title": "Grain by Rail Across the Steppe",
        "lead": (
            "Kazakhstan is one of the world's major wheat exporters, but it has no coastline. "
            "Getting the harvest to buyers depends on railway wagons, border crossings and "
            "the goodwill of neighbours."
        ),
        "authors": [("yusuf-demir", "author")],
        "regions": ["south-central-asia"],
        "themes": ["trade"],
        "reports": [],
        "partner": "steppe-dispatch",
        "original_url": "https://steppedispatch.example/2024/grain-by-rail",
        "original_days_before": 1,
        "days_ago": 171,
        "image": {
            "caption": "Hopper wagons loaded with wheat at a country grain elevator.",
            "credit": "Steppe Dispatch archive",
            "motif": "stripes",
            "hue": 40,
        },
        "body": [
            (
                "paragraph",
                "In a good year, the wheat fields of northern Kazakhstan produce far more "
                "grain than the country can eat. The surplus must travel thousands of "
                "kilometres to reach buyers in Central Asia, Iran, the Caucasus, China or "
                "beyond. Almost all of it leaves by rail, in hopper wagons that are loaded "
                "at country elevators and pulled across the steppe in long trains.",
            ),
            (
                "paragraph",
                "Being landlocked shapes everything about this trade. Freight costs are high "
                "relative to the value of the grain, and exporters depend on transit "
                "through neighbouring countries to reach seaports. Wagon shortages at harvest "
                "time, congestion at border crossings and changes in neighbours' transit "
                "rules can all determine whether a farmer sells at a profit.",
            ),
            ("subheading", "Wagons in the wrong place"),
            (
                "paragraph",
                "Grain exporters frequently cite wagon availability as their main "
                "logistical headache. Hopper wagons are specialised, and many are owned by "
                "private operators who move them to wherever rates are highest. After a "
                "large harvest, demand spikes all at once. Wagons sent to distant "
                "destinations may take weeks to return, and empty wagons crossing borders "
                "face their own delays.",
            ),
            (
                "paragraph",
                "Traders have diversified routes in recent years. Shipments across the "
                "Caspian Sea to ports in Azerbaijan and Iran have grown, as has rail freight "
                "to China, where demand for imported wheat and flour varies with domestic "
                "harvests. Each route requires coordination with different railway "
                "authorities, gauges and customs procedures. The so-called Middle Corridor "
                "through the Caspian and Caucasus has attracted investment but remains "
                "constrained by port capacity and ferry schedules. Traders say a few days' delay at "
                "a single crossing can wipe out the margin on a whole trainload.",
            ),
            ("subheading", "Adding value before shipping"),
            (
                "paragraph",
                "One response to high transport costs is to process grain before exporting "
                "it. Flour is more valuable per tonne than wheat, so milling domestically "
                "reduces the share of value consumed by freight. Kazakhstan has long been a "
                "significant flour exporter to Central Asian neighbours. Expanding into "
                "pasta, animal feed and other products could strengthen that position.",
            ),
            (
                "paragraph",
                "The steppe's grain trade illustrates a wider truth about landlocked "
                "economies. Their competitiveness depends less on what they produce than on "
                "the efficiency of the corridors connecting them to markets, and those "
                "corridors run through other countries' territory. Regional cooperation on "
                "transit is not a diplomatic nicety; it is a question of farm incomes.",
            ),
        ],
    },
    {
        "slug": "desalinations-energy-bill",
        "title": "Desalination's Energy Bill",
        "lead": (
            "Countries across the Middle East and North Africa are turning to the sea for "
            "drinking water. Powering desalination plants with renewables could cut costs and "
            "emissions, but the brine has to go somewhere."
        ),
        "authors": [("leila-haddad", "author")],
        "regions": ["middle-east-north-africa"],
        "themes": ["water-climate", "energy"],
        "reports": [],
        "partner": None,
        "original_url": "",
        "days_ago": 344,
        "image": {
            "caption": "Pipes and pressure vessels inside a reverse-osmosis desalination hall.",
            "credit": "Meridian Review graphics desk",
            "motif": "grid",
            "hue": 182,
        },
        "body": [
            (
                "paragraph",
                "For much of the Gulf, desalinated seawater is not a supplement to other "
                "sources; it is the main supply. Large coastal plants provide most of the "
                "drinking water for cities that have grown rapidly in some of the driest "
                "places on earth. Elsewhere in the region, countries from Morocco to Jordan "
                "are building or planning desalination plants as rivers and aquifers come "
                "under strain.",
            ),
            (
                "paragraph",
                "Desalination is energy-intensive. Older thermal plants, which boil seawater "
                "and condense the steam, use large amounts of heat, often supplied by burning "
                "gas or oil. Newer reverse-osmosis plants, which push seawater through "
                "membranes at high pressure, are far more efficient, but they still need "
                "substantial electricity. For countries that import fuel, this makes water "
                "prices vulnerable to energy markets.",
            ),
            ("subheading", "Pairing water with sunshine"),
            (
                "paragraph",
                "The falling cost of solar power has changed the calculation. Several recent "
                "projects in the region pair reverse-osmosis plants with solar farms, either "
                "directly or through power purchase agreements. Because desalinated water can "
                "be stored more cheaply than electricity, plants can run harder when solar "
                "output is high and slow down at night, though membranes perform best with "
                "steady operation.",
            ),
            (
                "paragraph",
                "Engineers describe this as one of the most promising combinations in the "
                "energy transition. It could lower the cost of water over the long term and "
                "reduce the emissions associated with each cubic metre. It also raises "
                "questions about land use, grid integration and the financing of large "
                "upfront investments in countries with limited fiscal space.",
            ),
            ("subheading", "The brine problem"),
            (
                "paragraph",
                "Every litre of fresh water produced leaves behind a more concentrated brine, "
                "often with chemical additives used to clean and protect the membranes. Most "
                "plants discharge it back into the sea. In enclosed or shallow waters, such "
                "as parts of the Gulf and the Red Sea, marine scientists have raised concerns "
                "about local increases in salinity and temperature that could affect "
                "seagrass, coral and fish.",
            ),
            (
                "paragraph",
                "Better outfall design, which disperses brine more widely, can reduce the "
                "impact. Researchers are also exploring ways to extract useful minerals from "
                "brine, turning a waste product into a resource, though most such methods are "
                "not yet commercially viable at scale. Environmental monitoring around "
                "outfalls remains patchy, and published data is limited.",
            ),
            (
                "paragraph",
                "Desalination will almost certainly play a growing role in the region's "
                "water supply. The policy question is how to make it affordable, low in "
                "emissions and gentle on the seas it depends on. Reducing leaks in urban "
                "networks and reusing treated wastewater remain cheaper ways to find "
                "water, and they deserve as much attention as the plants on the coast.",
            ),
        ],
    },
    {
        "slug": "domestic-workers-and-sponsorship-reform",
        "title": "Domestic Workers and the Slow Reform of Sponsorship Rules",
        "lead": (
            "Several countries in the Middle East have loosened the sponsorship systems that "
            "tie migrant workers to a single employer. Domestic workers, living inside their "
            "employers' homes, have often been the last to benefit."
        ),
        "authors": [("ines-carvalho", "author")],
        "regions": ["middle-east-north-africa"],
        "themes": ["labour", "law-rights"],
        "reports": [],
        "partner": None,
        "original_url": "",
        "days_ago": 126,
        "image": {
            "caption": "A kitchen window at night with a single light left on.",
            "credit": "Meridian Review graphics desk",
            "motif": "dots",
            "hue": 316,
        },
        "body": [
            (
                "paragraph",
                "Under the sponsorship arrangements common in parts of the Middle East, a "
                "migrant worker's legal residence is tied to a specific employer. Changing "
                "jobs, leaving the country or even renewing a permit can require the "
                "employer's consent. Critics have long argued that this concentrates power "
                "in employers' hands and leaves workers vulnerable to abuse, from unpaid "
                "wages to confiscated passports.",
            ),
            (
                "paragraph",
                "In recent years, several governments have introduced reforms. Some now "
                "allow workers to change employers after a set period without permission, or "
                "to leave the country without an exit permit. Minimum wages have been "
                "introduced or extended, and wage protection systems require salaries to be "
                "paid through banks so that payment can be verified.",
            ),
            ("subheading", "The household exception"),
            (
                "paragraph",
                "Domestic workers have often been covered later, partially or not at all. "
                "Their workplace is a private home, which labour inspectors cannot easily "
                "enter. Their working hours are difficult to define when they live with "
                "their employer. Many are women from South and South-East Asia and East "
                "Africa, recruited through agencies that may charge fees in both countries.",
            ),
            (
                "paragraph",
                "Some countries have adopted specific domestic worker laws that set limits on "
                "working hours, guarantee a weekly day off and establish complaint "
                "mechanisms. Implementation is uneven. Workers interviewed by researchers "
                "describe not knowing their rights, fearing that complaints will lead to "
                "deportation, and having limited access to phones or time outside the home.",
            ),
            (
                "quote",
                {
                    "text": (
                        "The law gives her a day off. The law does not give her a place to "
                        "go, a friend to call or the confidence to ask for it."
                    ),
                    "attribution": "Maria Santos, a caseworker at a migrant workers' support centre",
                },
            ),
            ("subheading", "Origin countries and recruitment"),
            (
                "paragraph",
                "Countries of origin have a role too. Some have negotiated bilateral "
                "agreements specifying minimum conditions for their nationals, or temporarily "
                "suspended deployment to destinations with poor records. Others have tried to "
                "regulate recruitment agencies more strictly. These measures can protect "
                "workers, but bans may push migration into irregular channels where workers "
                "have even less protection.",
            ),
            (
                "paragraph",
                "Reform in this area tends to be incremental. Each change in the law matters, "
                "but its effect depends on enforcement, on workers' access to information and "
                "on whether complaints lead to remedies. Measuring progress means looking "
                "beyond statutes to the lived experience of people working behind closed "
                "doors.",
            ),
        ],
    },
    {
        "slug": "herring-quotas-and-the-small-boat-fleet",
        "title": "Herring Quotas and the Small-Boat Fleet",
        "lead": (
            "As Baltic herring stocks have weakened, quotas have been cut sharply. The "
            "question dividing coastal communities is who should bear the reduction: the "
            "industrial trawlers or the small boats."
        ),
        "authors": [("tomas-lindqvist", "author")],
        "regions": ["europe"],
        "themes": ["labour", "water-climate"],
        "reports": [],
        "partner": "baltic-coast-monitor",
        "original_url": "https://balticmonitor.example/fisheries/herring-quotas-small-boats",
        "original_days_before": 4,
        "days_ago": 259,
        "image": {
            "caption": "Small wooden fishing boats moored in a quiet archipelago harbour.",
            "credit": "Baltic Coast Monitor archive",
            "motif": "waves",
            "hue": 214,
        },
        "body": [
            (
                "paragraph",
                "In the archipelago harbours of the Baltic, herring has been part of local "
                "life for centuries. It was salted for winter, pickled for holidays and sold "
                "at markets along the coast. Today, most herring caught in the Baltic is "
                "landed by large trawlers and processed into fishmeal and fish oil for "
                "aquaculture feed. The small boats that supply local markets catch a tiny "
                "fraction of the total.",
            ),
            (
                "paragraph",
                "Scientific advice in recent years has pointed to weakened herring stocks in "
                "parts of the Baltic, with fewer large, older fish. Quotas have been cut "
                "accordingly. Small-scale fishers and some scientists argue that heavy "
                "trawling close to the coast is depleting local populations, and that the "
                "burden of cuts should fall mainly on the industrial fleet.",
            ),
            ("subheading", "Two fleets, one quota"),
            (
                "paragraph",
                "The way quotas are allocated matters as much as their size. In several "
                "countries, fishing rights have become concentrated in a few large "
                "companies over the past two decades, through transferable quota systems that "
                "allow rights to be bought and sold. These systems were intended to make "
                "fleets more efficient and reduce overcapacity. They have also made it "
                "harder for small operators and new entrants to survive.",
            ),
            (
                "paragraph",
                "Some governments have responded by moving trawling further offshore, "
                "creating coastal zones reserved for small-scale fishing. Supporters say this "
                "protects spawning areas and local livelihoods. The industrial sector argues "
                "that its catches are well managed and that restrictions would raise costs "
                "without clear benefits for the stock. Evidence on the effect of coastal "
                "trawling on local herring populations is still being gathered.",
            ),
            ("subheading", "Beyond fishing"),
            (
                "paragraph",
                "Herring face pressures that quotas cannot address alone. Nutrient pollution "
                "from agriculture, warmer water and changes in the food web all affect the "
                "Baltic ecosystem. Seals and cormorants, whose populations have recovered, "
                "compete with fishers and sometimes damage gear. Small-scale fishers often "
                "feel that they are asked to carry costs caused by problems they did not "
                "create.",
            ),
            (
                "paragraph",
                "The future of the small-boat fleet is partly a cultural question. Coastal "
                "communities value fishing as part of their identity and as a source of "
                "visitors and local food. Whether that value is reflected in fisheries "
                "policy, alongside the efficiency arguments of the industrial sector, will "
                "decide whether the archipelago harbours still have working boats in "
                "twenty years.",
            ),
        ],
    },
]
