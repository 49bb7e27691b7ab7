"""Reports the extractor met first in the wild, over invented companies: a PDF's text layer
(running headers, page numbers, words broken over lines), a regulatory table whose title
states its units after a semicolon, a table of business lines under a year header, and a
ratio named in prose ("the net claims ratio eased to 88.2%")."""

from __future__ import annotations

from datetime import date

from bot.ingest.documents import parse_document
from bot.ingest.extract import KnownEntity, extract
from bot.ingest.pdf_text import page_text

PDF_PAGES = """Brightwater Ports Ltd half-year report (text layer of a PDF)
test
2025-09-02

BRIGHTWATER PORTS LTD        HALF-YEAR REPORT 2025                        7

OPERATING REVIEW

In the six months to 30 June 2025 the Group handled container volumes of approx-
imately 4.12 million TEU. Revenue for the half came to approximately EUR 1.37 bil-
lion. The self-
service terminal in Gdansk opened in March.

                                                                          – 7 –
BRIGHTWATER PORTS LTD        HALF-YEAR REPORT 2025                        8

FINANCIAL REVIEW

Net debt stood at EUR 2.05 billion at 30 June 2025.

                                                                          – 8 –
BRIGHTWATER PORTS LTD        HALF-YEAR REPORT 2025                        9

OUTLOOK

The Board keeps its full-year guidance unchanged.
"""


def test_page_furniture_is_blanked_and_broken_words_are_mended():
    text = page_text(PDF_PAGES)
    assert "HALF-YEAR REPORT 2025" not in text  # the running header, on three pages
    assert "– 7 –" not in text and "– 8 –" not in text
    assert "approximately 4.12 million TEU" in text.replace("\n", " ")
    assert "EUR 1.37 billion." in text
    # a compound's own hyphen stays: "self-service" is no word broken by the typesetter
    assert "self-\nservice" in text
    assert text.count("\n") == PDF_PAGES.count("\n")  # a page break stays a paragraph break


def test_a_number_alone_at_the_margin_is_a_figure_not_a_page():
    card = "Harbour facts\n\n14\nberths in service\n"
    assert page_text(card) == card


def test_a_pdf_reports_amount_is_read_whole_once_mended():
    doc = parse_document(PDF_PAGES, ".txt")
    out = extract(doc.text, published=date(2025, 9, 2), entity=KnownEntity("Brightwater Ports"))
    money = {p.value for p in out.proposals if p.unit == "EUR"}
    assert 1.37e9 in money
    assert not any(p.value in (7, 8, 9, 2025) for p in out.proposals)  # no page, no header


FILING = """Marlowe Mutual: solvency summary 2024
test
2025-04-10

Marlowe Mutual writes household and travel cover in Ireland.

Premiums written by business line (extract from form Q.12; amounts in EUR thousands)

Line of business                       2024          2023
Household property insurance      1,204,533     1,118,902
Travel insurance                    318,077       296,410
Total premiums written            1,522,610     1,415,312
"""


def _figures(text: str, published: date, name: str) -> dict[tuple[str, float], str]:
    out = extract(text, published=published, entity=KnownEntity(name)).proposals
    return {(p.period.iso(), p.value): p.metric for p in out}


def test_units_stated_after_a_semicolon_in_the_title_scale_every_cell():
    facts = _figures(FILING, date(2025, 4, 10), "Marlowe Mutual")
    assert "household" in facts[("2024-01-01/2024-12-31", 1204533000.0)].lower()
    assert "travel" in facts[("2023-01-01/2023-12-31", 296410000.0)].lower()
    assert ("2024-01-01/2024-12-31", 1204533.0) not in facts  # never a plain count


def test_rows_naming_no_part_of_a_year_are_no_period_rows():
    # under a money title, "Household property insurance" is a line of business: each row
    # its own figure, never every row the same "premiums written" of the column's year
    facts = _figures(FILING, date(2025, 4, 10), "Marlowe Mutual")
    household = facts[("2024-01-01/2024-12-31", 1204533000.0)]
    travel = facts[("2024-01-01/2024-12-31", 318077000.0)]
    assert household != travel


RATIOS = """Kilbride Assurance posts first-quarter figures
test
2025-05-14

Kilbride Assurance said its net claims ratio eased to 88.2% in the first quarter of 2025
(first quarter of 2024: 90.6%). The Solvency II ratio was 176% at 31 March 2025.
"""


def test_a_ratio_named_in_prose_is_a_percentage_of_that_name():
    out = extract(
        RATIOS, published=date(2025, 5, 14), entity=KnownEntity("Kilbride Assurance")
    ).proposals
    named = {(p.period.iso(), p.value): p.metric for p in out if p.unit == "percent"}
    assert named[("2025-01-01/2025-03-31", 88.2)] == "net claims ratio"
    # (a ratio at a day: its name is what this test is about, not its period)
    assert [m.lower() for (_, v), m in named.items() if v == 176.0] == ["solvency ii ratio"]


def test_a_rate_of_the_market_is_still_not_the_companys():
    text = RATIOS.replace("its net claims ratio eased to", "the policy rate eased to")
    out = extract(text, published=date(2025, 5, 14), entity=KnownEntity("Kilbride Assurance"))
    assert not any("policy" in p.metric for p in out.proposals)
