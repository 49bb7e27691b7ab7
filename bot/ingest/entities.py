"""Who a sentence talks about: the store's companies, new names used as the subject of a
reporting verb, and "it" / "the company" for the report's own company."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from bot.facts import reporting
from bot.facts.periods import CALENDAR, FiscalCalendar
from bot.ingest import lexicon as lx
from bot.ingest.layout import Layout
from bot.ingest.model import KnownEntity


@dataclass
class Names:
    """Who the report talks about: known entities, and names it uses that the store lacks."""

    known: list[KnownEntity]
    main: KnownEntity
    new: set[str] = field(default_factory=set)
    # short names of titles the report writes in full ("LSC" for "Legends of the Shattered
    # Crown"): products, not companies, when they sell or ship
    titles: frozenset[str] = frozenset()
    # the company's own parts, named by its tables' rows ("Memory", "Mobile Devices (MD)"):
    # "MD shipped 14.2 million smartphones" is a division's figure, no other company's
    parts: frozenset[str] = frozenset()
    _pattern: re.Pattern[str] | None = None
    _owner: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for e in [self.main, *self.known]:
            for n in (e.name, *e.aliases):
                self._owner.setdefault(n.casefold(), e.name)
        names = sorted(self._owner, key=len, reverse=True)
        self._pattern = (
            re.compile(
                r"(?<![\w])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w])",
                re.IGNORECASE,
            )
            if names
            else None
        )

    def _short_name(self, name: str) -> str | None:
        """ "Northwind" for "Northwind Devices": a known name's first word(s)."""
        folded = name.casefold()
        for e in [self.main, *self.known]:
            for n in (e.name, *e.aliases):
                if n.casefold().startswith(folded + " "):
                    return e.name
        return None

    def _generic_word(self, name: str) -> bool:
        """One capitalised word that is a later word of a known company's name and no name
        of its own ("Instruments" of "Caldera Instruments", "Motors", "Software"): a
        sentence that begins with the common noun, not another company."""
        if " " in name or name.casefold() in self._owner:
            return False
        if _plural_noun(name):
            return True  # "E-bikes sold 161k", "Deliveries rose 9%": what, not who
        return any(
            name.casefold() in (w.casefold() for w in n.split()[1:])
            for e in [self.main, *self.known]
            for n in (e.name, *e.aliases)
        )

    def calendar(self, name: str) -> FiscalCalendar:
        for e in [self.main, *self.known]:
            if e.name == name:
                return e.calendar
        return CALENDAR

    def mentions(self, text: str) -> list[tuple[int, int, str, str]]:
        """(start, end, entity name, as written) for every name of a company in the text."""
        out: list[tuple[int, int, str, str]] = []
        if self._pattern is not None:
            for m in self._pattern.finditer(text):
                written = m.group()
                if not written[:1].isupper():
                    continue
                # "Sony Mobile Communications", "Sony Group": the longer name is the same company
                longer = re.match(r"(?:\s+(?:[A-Z][\w&.-]*|&))+", text[m.end() :])
                end = m.end()
                if longer and not _is_product_phrase(text[m.end() :]):
                    tail_words = longer.group().split()
                    keep = []
                    for w in tail_words:
                        if w in lx.NOT_NAMES and w not in ("Group", "Corp", "Corporation"):
                            break
                        keep.append(w)
                    if keep:
                        end = (
                            m.end()
                            + len(" ".join(keep))
                            + (len(longer.group()) - len(longer.group().lstrip()))
                        )
                        written = text[m.start() : end]
                out.append((m.start(), end, self._owner[m.group().casefold()], written))
        for m in [*_ORG.finditer(text), *_RIVAL.finditer(text), *_TICKERED.finditer(text)]:
            name = clean_org(m["name"])
            if not name or any(s < m.end("name") and m.start("name") < e for s, e, _, _ in out):
                continue
            if self._generic_word(name):
                continue  # "Instruments shipped totaled ...": the noun, not a company
            if m.re is _ORG and _PARTICIPLE_OF_A_NOUN.match(text, m.end("name")):
                continue  # "Electricity generated in H1 reached ...": what, not who
            if _TITLE_BEFORE.search(text, max(0, m.start("name") - 40), m.start("name")):
                continue  # "Chief commercial officer Luis Ortega says": a person, no company
            if _courtesy_before(text, m.start("name")) or lx.COURTESY_TITLE.match(m["name"]):
                continue  # "Ms Haddad said 2025 revenue was ...": a person, no company
            if (
                _THE_BEFORE.search(text, 0, m.start("name"))
                and not lx.CORPORATE_SUFFIXES.search(m["name"])
                and self._owner.get(name.casefold()) is None
            ):
                continue  # "the Nimbus has sold ...": a product named with "the", no company
            owner = self._owner.get(name.casefold()) or self._short_name(name)
            if owner is None and (name in self.titles or name in self.parts):
                continue  # "LSC sold 9.6 million units": the game, not a company
            out.append((m.start("name"), m.end("name"), owner or name, m["name"]))
            if owner is None:
                self.new.add(name)
        for m in _PRONOUN.finditer(text):
            if not any(s <= m.start() < e for s, e, _, _ in out):
                out.append((m.start(), m.end(), self.main.name, m.group()))
        out.sort()
        return out


# A capitalised name as the subject of a reporting verb, or with a possessive metric.
_ORG = re.compile(
    r"(?<![\w’'])(?P<name>(?:[A-Z][\w&.-]*[A-Za-z]|[A-Z])(?:\s+(?:[A-Z][\w&.-]*|&))*)"
    # "Veloxa, which sells mostly e-bikes, delivered ...", "Veloxa, a German maker, sold ...",
    # "Daejin, Korea's largest cell maker, said ...", "ClearLane, the U.S.-based operator, ..."
    r"(?=(?:\s*,\s*(?:which|who|that|an?|its|the|[A-Z][\w.-]*['’]s)\s(?:[^,;.]|\.(?=\S)){1,60},)?"
    r"\s+(?:(?:also|has|had|have|just|on\s+\w+|last\s+(?:week|month|year|quarter|\w+day)"
    r"|earlier\s+(?:this|in\s+the)\s+\w+|this\s+week|yesterday|recently|separately|apparently|reportedly"
    r"|reckons?\s+(?:it|they)|says\s+(?:it|they))\s+)?(?:said|says|sold|sells|shipped|ships|moved|reported"
    r"|reports|posted|posts|expects|expected|aims|hopes|plans|forecast|forecasts|estimates|is\s+estimating"
    r"|lowered|raised|cut|delivered|delivers|registered|recorded|booked|generated|earned|lost|grew"
    r"|announced|targets|sees|projected|predicts|guided|shipped)\b"
    r"|['’]s\s+(?:\w+\s+){0,3}?(?:revenue|sales|profit|income|loss|shipments|earnings|margin|share))"
)
# A verb's participle after a capitalised word, then (past a time phrase) the clause's own
# verb: "Electricity generated in H1/2025 reached", "Energy sold in the quarter was". The
# participle qualifies a noun (what was generated), so the word names no company that did it.
_PARTICIPLE_OF_A_NOUN = re.compile(
    r"\s+(?:sold|shipped|delivered|generated|produced|supplied|exported|handled|moved)\s+"
    r"(?:(?:in|during|over|for|through|across|at)\s+[^,;.()]{1,30}?\s+)?"
    r"(?:was|were|is|are|reached|totall?ed|amounted|came|stood|rose|fell|increased|decreased"
    r"|grew|climbed|dropped|declined|jumped|slipped|averaged)\b"
)
# a person's title right before a name: the name is a person's
_TITLE_BEFORE = re.compile(
    r"\b(?:officer|executive|chief|president|director|manager|chair(?:man|woman|person)?|ceo|cfo"
    r"|coo|cto|head|spokes(?:man|woman|person)|founder|analyst|economist|strategist)\s+$",
    re.IGNORECASE,
)
# "rival Hartwell & Co", "competitors such as Ostrander": another company, whatever it did
_RIVAL = re.compile(
    r"\b(?:[Rr]ivals?|[Cc]ompetitors?|[Pp]eers?)\s+(?:such\s+as\s+|like\s+|including\s+)?"
    r"(?P<name>[A-Z][\w&.-]*[A-Za-z](?:\s+(?:[A-Z][\w&.-]*|&))*)"
)
# "Red Gully Gold (RGG) AISC A$2,690/oz", "Coppermoor Mining (CMR)": a name ending in a
# company's word with its ticker in brackets is a company, whatever it did
_TICKERED = re.compile(
    r"(?<![\w’'])(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}\s+(?:Gold|Mining|Minerals"
    r"|Metals|Resources|Energy|Copper|Holdings|Group|Industries|Corp|Inc|Ltd|Limited|AG|plc|SE))"
    r"\s+\((?:[A-Z]{2,5}(?:\.[A-Z]{1,3})?|(?:ASX|NYSE|LSE|TSX|NASDAQ):\s*[A-Z]{2,5})\)"
)
_PRONOUN = re.compile(
    r"\b(?:the|The)\s+(?:company|firm|group|corporation|manufacturer|maker|vendor|retailer"
    r"|carmaker|automaker|chipmaker|giant|business)\b(?!\s+(?:unit|segment|division))"
    r"|\b(?:it|It|its|Its|they|They|their|Their|we|We|our|Our)\b"
)


_THE_BEFORE = re.compile(r"\bthe\s+$")


def _courtesy_before(text: str, start: int) -> bool:
    """Does a courtesy title stand right before the name at START ("Mr Okafor")?"""
    return any(
        m.end() == start for m in lx.COURTESY_TITLE.finditer(text, max(0, start - 8), start + 1)
    )


def _plural_noun(word: str) -> bool:
    """A common noun in the plural ("E-bikes", "Scooters"): a name is no plural."""
    from lemminflect import getAllLemmas

    last = word.lower().split("-")[-1]  # "E-bikes": bikes
    if not last.endswith("s") or last.endswith("ss"):
        return False
    lemma = getAllLemmas(last).get("NOUN")  # words the dictionary knows, never a name
    return bool(lemma) and lemma[0] != last


def clean_org(name: str) -> str | None:
    words = name.split()
    last = words[-1].lower() if words else ""
    if (
        last in lx.PLURAL_TO_SINGULAR
        or last in lx.PRODUCTS
        or last in lx.MONEY_HEADS
        or (last in lx.LEVEL_PLURAL)
    ):
        return None
    while words and (words[0] in lx.NOT_NAMES or lx.PERSON_TITLES.fullmatch(words[0])):
        words.pop(0)
    if not words or any(lx.PERSON_TITLES.fullmatch(w) for w in words):
        return None
    name = " ".join(words)
    stripped = lx.CORPORATE_SUFFIXES.sub("", name).strip().rstrip(",")
    if not stripped or stripped in lx.NOT_NAMES or len(stripped) < 2:
        return None
    return stripped


def _is_product_phrase(after: str) -> bool:
    m = re.match(r"\s+([A-Za-z-]+)", after)
    return (bool(m) and m.group(1).lower() in lx.PLURAL_TO_SINGULAR) or (
        bool(m) and (m.group(1).lower() in lx.PRODUCTS)
    )


_HEADLINE_VERB = re.compile(
    r"\s+(?:reports?|says?|posts?|sees|raises|lifts|cuts|lowers|sells|sold|ships|shipped"
    r"|announces?|expects?)\b"
)


def main_entity(layout: Layout, known: Sequence[KnownEntity]) -> str | None:
    counts: Counter[str] = Counter()
    probe = Names(list(known), KnownEntity("\u0000"))
    for s in layout.sentences:
        for _, _, name, _ in probe.mentions(s.text):
            if name != "\u0000":
                counts[name] += 2 if name in {e.name for e in known} else 1
        if s.role == "title":  # a headline's first name is usually the subject
            m = re.match(r"\s*(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)", s.text)
            name = clean_org(m["name"]) if m else None
            if name is None and m is not None and _HEADLINE_VERB.match(s.text, m.end()):
                # "Nimbus Consoles reports ...": a name ending in a product noun is still
                # the company when a headline has it report
                name = lx.CORPORATE_SUFFIXES.sub("", m["name"]).strip() or None
            if name:
                owner = next(
                    (
                        e.name
                        for e in known
                        if name.casefold() in {n.casefold() for n in (e.name, *e.aliases)}
                    ),
                    name,
                )
                counts[owner] += 3
    return counts.most_common(1)[0][0] if counts else None


_SUFFIX = (
    r"(?:,\s*)?(?:Inc\.?|Incorporated|Corp\.?|Corporation|Co\.|Company|Ltd\.?|Limited|plc|PLC|"
    r"AG|SE|S\.A\.|N\.V\.|Group|Holdings?|Motor(?:\s+(?:Corp\.?|Corporation|Co\.?))?)"
)
_TICKER = re.compile(
    r"\s*\((?:(?:NYSE|NASDAQ|Nasdaq|LSE|TSE|TYO|KRX|Euronext(?:\s+[A-Z][a-z]+)?|ticker)\s*:\s*)?"
    r"(?P<t>[A-Z]{1,5}(?:\.[A-Z]{1,2})?)\)"
)
# 'Veldhoven Semiconductor Systems N.V. ("VSS")': the short name a report defines for itself
_DEFINED = re.compile(
    r"\s*\(\s*(?:the\s+)?[\"“'‘](?P<a>[A-Z][\w&.-]{1,29}(?:\s+[\w&.-]+){0,3})[\"”'’]\s*\)"
)
# words a report defines for any company: no name of its own
# Words that name a trade or a form at the start of a company's name, as Spanish, Portuguese,
# Italian and French names put them ("Cementos Huasteca", "Grupo Alvor", "Banco Sorel")
_TRADE_FIRST = frozenset(
    "grupo groupe gruppo banco banca banque cementos cimentos ciments industrias industrie"
    " industries compañía compania companhia compagnie corporación corporacion empresas"
    " sociedad société societe laboratorios laboratoires productos aceros alimentos"
    " cervecería cerveceria minera inmobiliaria fomento distribuidora transportes almacenes"
    " tiendas farmacias seguros hoteles construcciones constructora".split()
)
_GENERIC_DEFINED = frozenset("company group issuer corporation firm we us".split())


# A title: capitalised words, small words between them ("Legends of the Shattered Crown")
_TITLE = re.compile(
    r"(?<![\w-])[A-Z][\w'’-]+(?:\s+(?:(?:of|the|and|&|a|an|in|for|to|on)\s+)*[A-Z][\w'’-]+)+"
)


def title_initials(text: str, company: Sequence[str]) -> frozenset[str]:
    """The initials of every title of three or more capitalised words the text writes, that
    the text also writes on their own, other than the company's own."""
    own = {initials(n) for n in company}
    found = set()
    for m in _TITLE.finditer(text):
        short = initials(m.group())
        # "Sales of Tides of the Iron Coast": the title may start at any capital word
        found |= {
            short[k:] for k in range(len(short) - 2) if short[k:] not in own and short.isupper()
        }
    return frozenset(a for a in found if re.search(rf"(?<![\w-]){a}(?![\w-])", text))


_ROW_LABEL = re.compile(
    r"^\s*\|?\s*(?P<label>[A-Z][\w&'’ -]*?)(?:\s*\((?P<short>[A-Z][A-Za-z&]{1,5})\))?"
    r"(?:\s{2,}|\s*\||$)"
)


def table_parts(layout: Layout) -> frozenset[str]:
    """The names a report's tables give their rows ("Memory", "Display Panel (DP)": the
    name and its short form): parts of the company's figures, never other companies."""
    found: set[str] = set()
    for s in layout.sentences:
        if s.role != "row":
            continue
        m = _ROW_LABEL.match(s.text)
        if m is None or any(c.isdigit() for c in m["label"]):
            continue
        found.add(m["label"].strip())
        if m["short"]:
            found.add(m["short"])
    return frozenset(n for n in found if n)


def initials(name: str) -> str:
    """ "Veldhoven Semiconductor Systems" -> "VSS": the capitals its words start with."""
    return "".join(w[0] for w in re.split(r"[\s-]+", name) if w[:1].isupper())


def _distinctive(word: str) -> bool:
    """A first name word no English dictionary or region has ("Tessaro" of "Tessaro
    Appliances", not "General" or "American"): people call the company by it."""
    from lemminflect import getAllLemmas

    return (
        len(word) >= 4
        and word[:1].isupper()
        and word[1:].islower()
        and word.isalpha()
        and not getAllLemmas(word.lower())
        and not reporting.regions_in(word)
    )


def report_aliases(text: str, name: str, others: Sequence[str] = ()) -> tuple[str, ...]:
    """Other names the report gives its company, so that questions in any of them find its
    facts: the name with its legal suffix ("Harley-Davidson, Inc."), its ticker in
    brackets ("(HOG)"), the short name it goes by ("Harley", "LG") when no other company
    the store knows has it, and the name without its hyphen."""
    taken = {o.casefold() for o in others}
    found: list[str] = []
    for m in re.finditer(
        rf"(?<![\w-])(?i:{re.escape(name)})(?P<suffix>\s*(?i:{_SUFFIX})(?![\w]))?", text
    ):
        written = m.group()
        if m["suffix"] and not written.isupper():
            found.append(written.rstrip(",. ") if written.endswith(",") else written)
        ticker = _TICKER.match(text, m.end())
        if ticker:
            found.append(ticker["t"])
        defined = _DEFINED.match(text, m.end())
        if defined and defined["a"].casefold() not in _GENERIC_DEFINED:
            found.append(defined["a"])
    short_form = initials(name)
    if len(short_form) >= 3 and re.search(rf"(?<![\w-]){short_form}(?![\w-])", text):
        found.append(short_form)  # the company's initials, written on their own
    short = re.split(r"[\s-]", name)[0]
    if (
        short != name
        and len(short) >= 2
        and short.casefold() not in taken
        and short.casefold() not in _TRADE_FIRST  # "Grupo" alone names no one
    ):
        # used on its own, not as the start of the full name
        alone = rf"(?<![\w-]){re.escape(short)}(?![\w-]|\s+{re.escape(name[len(short) :].strip())})"
        if re.search(alone, text) or _distinctive(short):
            found.append(short)
    words = name.split()
    if len(words) >= 2 and words[0].casefold() in _TRADE_FIRST and len(words[-1]) >= 4:
        # "Cementos Huasteca", "Grupo Alvor": the trade named first, the company's own
        # name after it is what people call it by
        found.append(" ".join(words[1:]))
    if "-" in name:
        found.append(name.replace("-", " "))
    out = []
    for a in found:
        a = a.strip()
        if a and a.casefold() != name.casefold() and a.casefold() not in taken and a not in out:
            out.append(a)
    return tuple(out)
