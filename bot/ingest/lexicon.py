"""The words a sales report uses for what it reports: kinds, verbs, metrics, products.

Small and general on purpose: every list is about how business writing states figures,
never about one company or one report.
"""

from __future__ import annotations

import re

from bot.facts.model import Kind
from bot.ingest.money import money_heads


def words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# -- kinds ------------------------------------------------------------------------------

TARGET_CUES = words("""
aim aims aimed aiming target targets targeted targeting goal goals hope hopes hoped hoping
plan plans planned planning objective objectives ambition ambitions intend intends intended
seek seeks sought aspire aspires quota quotas want wants wanted
""")
FORECAST_CUES = words("""
expect expects expected expecting expectation expectations forecast forecasts forecasted
forecasting estimate estimates estimated estimating estimation project projects projected
projecting projection projections outlook guidance guide guides guided anticipate anticipates
anticipated anticipating predict predicts predicted predicting prediction predictions sees see
guiding seeing
""")
# Verbs of a figure that happened. "to sell", "will post" hand over to the word before.
ACTUAL_CUES = words("""
sold shipped reported reports posted registered recorded reached totaled totalled
was were had generated delivered booked earned achieved made logged grew rose increased
fell declined dropped climbed jumped surged soared plunged slumped gained lost turned came
saw sell sells selling ship ships shipping post report record deliver delivers deliver
hit topped exceeded represented accounted amounted stood
reporting posting recording generating booking
""")
MODALS = words("will would could should might shall 'll")
# Nouns naming what kind of figure follows ("its target of 42 million").
KIND_NOUNS = {
    **{
        w: Kind.TARGET
        for w in (
            "target",
            "targets",
            "goal",
            "goals",
            "objective",
            "objectives",
            "ambition",
            "ambitions",
            "aim",
            "quota",
            "plan",
            "plans",
        )
    },
    **{
        w: Kind.FORECAST
        for w in (
            "forecast",
            "forecasts",
            "guidance",
            "outlook",
            "estimate",
            "estimates",
            "projection",
            "projections",
            "prediction",
            "expectation",
            "expectations",
            "view",
        )
    },
}
# Figures that belong to someone other than the company.
THIRD_PARTY = re.compile(
    r"\banalysts?(?![a-z])|\bconsensus(?![a-z])|\bwall\s+street\b|\binvestors\s+(?:had\s+)?expected\b"
    r"|\bestimates?\s+compiled\b|\bpolled\s+by\b|\bsurveyed\s+by\b|\bFactSet\b|\bRefinitiv\b"
    r"|\bLSEG\b|\bIDC\b|\bGartner\b|\bCanalys\b|\bCounterpoint\b|\bStrategy\s+Analytics\b"
    r"|\bdata\s+(?:provider|firm|company)\b|\bresearch\s+(?:firm|house|company)\b|\btrackers?\b"
    r"|\b(?:after|amid|following|despite)\s+(?:media\s+|press\s+)?reports\s+that\b"
    r"|\b(?:media|press)\s+reports\b|\bindustry\s+sources\b|\bpeople\s+familiar\b"
    r"|\bthe\s+(?-i:Street)\b"  # the market's consensus, in traders' shorthand
    # "(industry association estimate)", "the national shipowners' association"
    r"|\bassociation\b",
    re.IGNORECASE,
)


# A third party speaking: "an analyst at Harlow Securities, said she expected ...": the
# figure that follows is theirs, even when the company is named in between.
THIRD_PARTY_SPEAKER = re.compile(
    # (an industry association forecasting its market: "The association continues to expect")
    r"\b(?:analysts?|economists?|consensus|data\s+provider|research\s+firm|brokers?|brokerages?"
    r"|(?:industry|trade)\s+(?:association|federation|body)|the\s+association|the\s+federation"
    # "a survey by the dealers' council found that members paid an average of $21,380"
    r"|surveys?)\b"
    r"(?:[^.;]|(?<=\d)\.(?=\d)){0,80}?\b(?:said|says|expects?|expected|estimates?|estimated"
    r"|forecasts?|predicts?|found|finds|showed|shows"
    r"|predicted|sees?|saw|put|puts|projects?|projected|reckons?)\b"
    # "the consensus we compiled before the call had EBITDA at ...": the consensus holding
    # figures is the market's view, whoever compiled it
    r"|\bconsensus\b(?:[^.;]|(?<=\d)\.(?=\d)){0,60}?\b(?:had|has|was|is|stood|stands)\b",
    re.IGNORECASE,
)


def kind_of_cue(word: str) -> Kind | None:
    w = word.lower()
    if w in TARGET_CUES:
        return Kind.TARGET
    if w in FORECAST_CUES:
        return Kind.FORECAST
    return None


# -- changes --------------------------------------------------------------------------------

# A stated figure being changed ("lowered its target to 40 million from 42 million").
CHANGE_VERBS = words("""
lower lowers lowered lowering cut cuts cutting reduce reduces reduced reducing raise raises
raised raising lift lifts lifted lifting revise revises revised revising trim trims trimmed
trimming slash slashes slashed slashing downgrade downgrades downgraded upgrade upgrades
upgraded change changes changed adjust adjusts adjusted boost boosts boosted hike hikes hiked
increase increases increased decrease decreases decreased narrow narrows narrowed widen widens
widened update updates updated reaffirm reaffirmed tighten tightens tightened tightening
""")
DOWN_WORDS = words("""
decrease decreased decreases fell fall falls declined decline declines dropped drop drops
slipped slip slid slide plunged plunge slumped slump lost down falling declining dropping lower
shrank shrink contracted contraction
""")

# -- metrics ----------------------------------------------------------------------------

# Things counted in units, singular -> plural. Anything else plural after "sold" works too.
PRODUCTS = {
    "smartphone": "smartphones",
    "phone": "phones",
    "handset": "handsets",
    "mobile phone": "mobile phones",
    "feature phone": "feature phones",
    "tablet": "tablets",
    "pc": "PCs",
    "notebook": "notebooks",
    "laptop": "laptops",
    "computer": "computers",
    "desktop": "desktops",
    "tv": "TVs",
    "television": "televisions",
    "console": "consoles",
    "camera": "cameras",
    "device": "devices",
    "vehicle": "vehicles",
    "car": "cars",
    "truck": "trucks",
    "ev": "EVs",
    "motorcycle": "motorcycles",
    "aircraft": "aircraft",
    "airplane": "airplanes",
    "plane": "planes",
    "jet": "jets",
    "watch": "watches",
    "smartwatch": "smartwatches",
    "wearable": "wearables",
    "headphone": "headphones",
    "speaker": "speakers",
    "server": "servers",
    "chip": "chips",
    "processor": "processors",
    "game": "games",
    "copy": "copies",
    "home": "homes",
    "bike": "bikes",
    "scooter": "scooters",
    "handheld": "handhelds",
    "e-reader": "e-readers",
    "printer": "printers",
    "router": "routers",
    "drone": "drones",
    "appliance": "appliances",
    "refrigerator": "refrigerators",
    "robot": "robots",
    "license": "licenses",
    "seat": "seats",
    "ticket": "tickets",
    "subscription": "subscriptions",
}
PLURAL_TO_SINGULAR = {plural.lower(): single for single, plural in PRODUCTS.items()}
# Broader names people use for a product, so questions in those words find it.
HYPERNYMS = {
    "smartphone": ("phone", "handset", "mobile phone"),
    "feature phone": ("phone", "handset", "mobile phone"),
    "mobile phone": ("phone", "handset"),
    "notebook": ("laptop", "PC"),
    "laptop": ("notebook", "PC"),
    "desktop": ("PC",),
    "tv": ("television",),
    "television": ("TV",),
    "car": ("vehicle",),
    "ev": ("electric vehicle", "car", "vehicle"),
    "truck": ("vehicle",),
    "motorcycle": ("motorbike", "bike"),
    "smartwatch": ("watch", "wearable"),
    "tablet": ("device",),
}
# Counts that are levels rather than sales: "200 million subscribers".
LEVEL_NOUNS = {
    "subscriber": "subscribers",
    "subscription": "subscriptions",
    "paid subscription": "paid subscriptions",
    "user": "users",
    "customer": "customers",
    "member": "members",
    "employee": "employees",
    "headcount": "headcount",  # people employed, counted at a day
    "store": "stores",
    "account": "accounts",
    "download": "downloads",
    "active user": "active users",
    "monthly active user": "monthly active users",
    "membership": "memberships",
    "paid membership": "paid memberships",
    "consumer": "consumers",
    "active consumer": "active consumers",
    "restaurant": "restaurants",
    "point of sale": "points of sale",
    # outlets a chain opens, closes and counts at a day, as it does its stores
    "clinic": "clinics",
    "centre": "centres",
    "center": "centers",
    "café": "cafés",
    "cafe": "cafes",
    "gym": "gyms",
    "dealership": "dealerships",
    "salon": "salons",
    "campus": "campuses",
    # places and assets a company holds and counts at a day, as it does its stores
    "location": "locations",
    "plant": "plants",
    "screen": "screens",
    "billboard face": "billboard faces",
    "retail door": "retail doors",
    "service route": "service routes",
}
LEVEL_PLURAL = {plural: single for single, plural in LEVEL_NOUNS.items()}
# Nouns that name a count though singular: "Attendance (millions of guests)", "Visitation",
# "Ridership": a row so named counts people or visits
COUNT_NOUNS = words("""
attendance visitation footfall ridership patronage viewership readership turnout
""")
# Never a product: "in 20 countries", "5 million people".
NOT_PRODUCTS = words("""
countries markets cities regions people persons times years months quarters weeks days
states provinces territories locations sites towns villages districts
percent points basis shares stake steps places ranks models versions generations languages
colleagues employees staff workers engineers showrooms
""")

# Money metrics: head phrase (lower case) -> the name its amount gets, read from the
# reporting vocabulary (`money.py`): one vocabulary for ingestion and answering.
MONEY_HEADS = money_heads()
MONEY_SYNONYMS = {
    "revenue": ("revenues", "sales", "net sales", "turnover"),
    "net income": ("net profit", "net earnings", "profit", "earnings"),
    "profit": ("profits", "earnings"),
    "operating income": ("operating profit",),
    "pretax profit": ("pre-tax profit", "profit before tax"),
    "net loss": ("loss", "losses", "net losses"),
    "operating loss": ("operating losses",),
    "earnings per share": ("EPS",),
    "capital expenditure": ("capex", "capital spending"),
}
PERCENT_HEADS = {
    "market share": "market share",
    "share": "market share",
    "margin": "margin",
    "gross margin": "gross margin",
    "operating margin": "operating margin",
    "net margin": "net margin",
    "profit margin": "profit margin",
    "ebitda margin": "EBITDA margin",
    # rates a report states as percentages of a base it names elsewhere: a marketplace's
    # revenue of what passes through it, the rooms a hotel sold, the customers who left
    "take rate": "take rate",
    "occupancy": "occupancy",
    "occupancy rate": "occupancy",
    "churn": "churn",
    "churn rate": "churn",
    # the seats a carrier filled (passenger-kilometres of the seat-kilometres it flew)
    "load factor": "load factor",
}
# Words that name the thing measured when a growth rate is given ("sales rose 12%").
GROWTH_BASES = words("""
sales revenue revenues rev turnover shipments deliveries income profit profits earnings
orders bookings subscribers users customers units volumes volume demand
""")

# Modifiers that say nothing about which metric it is.
EMPTY_MODIFIERS = words("""
the a an its their his her our this that these those total overall quarterly annual yearly
full-year full year record consolidated reported company company-wide group-wide its whole
first-quarter second-quarter third-quarter fourth-quarter first-half second-half fiscal
current latest new higher lower previous prior original initial revised combined global
worldwide strong weak solid better worse own some around about approximately roughly nearly
almost more less over under just only also its, such year-to-date ytd to-date nine-month
quarter-to-date month-to-date qtd mtd
six-month three-month half-year positive
monday tuesday wednesday thursday friday saturday sunday today yesterday
""")
# Business-unit words kept in a metric name but droppable in a shorter synonym.
SEGMENT_WORDS = words(
    "unit units segment segments business businesses division divisions arm operations"
)

CORPORATE_SUFFIXES = re.compile(
    r"(?:,?\s+(?:inc|incorporated|corp|corporation|co|company|ltd|limited|plc|ag|sa|se|nv|n\.v|"
    r"ab|asa|oyj|spa|s\.p\.a|gmbh|llc|lp|holdings?|group|kk|k\.k))\.?$",
    re.IGNORECASE,
)
# Capitalised words that start sentences or name no company.
NOT_NAMES = words("""
The A An In For At On By To Of From With As After Before During Since Until Still Overall
However Meanwhile Also And But Or So Yet This That These Those It Its Their They We Our He She
His Her There Here When While Although Though If Because Despite Even Last Next First Second
Third Fourth Fiscal Full Sales Revenue Net Profit Loss Operating Quarterly Annual Total
According Analysts Investors Shares Share Q1 Q2 Q3 Q4 H1 H2 FY CEO CFO COO CTO President
Chairman Chief Executive Officer Financial Mr Mrs Ms Dr January February March April May June
July August September October November December Monday Tuesday Wednesday Thursday Friday
Saturday Sunday Holiday Christmas Global Worldwide North South East West Asia Europe America
Americas Africa China Japan India Korea Germany France Britain UK U.K US U.S USA U.S.A Canada
Mexico Brazil Russia Australia Taiwan Singapore Italy Spain EMEA APAC LatAm Asian European
American Chinese Japanese Korean Indian German French British Reuters Bloomberg AP Associated
Press Year Years Quarter Quarters Company Companies Group Unit Units Business Results Report
Earnings Outlook Guidance Forecast Target Highlights Summary Table Metric Metrics Period Note
Notes Source Sources Comments Related Read More Photo Image Video Update Updated Editor Editors
Today Yesterday Tomorrow Now Then Thus Moreover Furthermore Additionally Finally Separately
Elsewhere Such Some Many Most All Both Each Every Any No Not None Other Another Several
Rival Rivals Competitor Competitors Peer Peers Research Firm Market Industry Data
Board Directors Management Chairwoman Shareholders Shareholder
""")
# A courtesy title before a name: "Ms Haddad", "Mr. Okafor", "Dr Lindqvist" is a person,
# never a company, whatever the sentence says they did (a closed class, as written in English
# reports and their translations: "Eng." of Arab engineers, "Herr", "Sra.")
COURTESY_TITLE = re.compile(
    r"(?:Mr|Mrs|Ms|Mx|Miss|Dr|Prof|Sir|Dame|Eng|Herr|Frau|Sr|Sra|Mme|Mlle)\.?\s+(?=[A-Z])"
)
PERSON_TITLES = re.compile(
    r"\b(?:CEO|CFO|COO|CTO|chief|president|chairman|chairwoman|spokesman|spokeswoman|"
    r"spokesperson|analyst|director|head|officer|vice)\b",
    re.IGNORECASE,
)


# A reconciling line between a company's parts and its whole ("Others & eliminations",
# "Unallocated / corporate"): no part anyone sells in, never a region's or segment's figure
RECONCILING = re.compile(
    r"\beliminations?\b|\bunallocated\b|\bcorporate\b|^\s*adjustments?\s*$", re.IGNORECASE
)
