"""What a question never asked before costs to read: work done once per word or per metric
name and kept, and patterns searched only where the words they need are in the text. Each
test checks the mechanism (what is kept, what is never tried) and that the reading is the
one the full work gives."""

from __future__ import annotations

import pytest

from bot import patterns
from bot.answering.english import spelling, words
from bot.answering.english.spelling import Speller, table
from bot.answering.english.words import Token, tokenize
from bot.answering.matching import occasions
from bot.answering.reading import agreement, asks, currencies, rates, word_roles
from bot.facts import quantities
from bot.facts.periods import find_periods, finding, scanning
from bot.facts.periods.words import MONTH_WORDS


class _Refused:
    """A compiled pattern that must never be asked."""

    def __getattr__(self, name: str):
        raise AssertionError(f"pattern asked ({name}) where its words are not in the text")


def test_a_words_mending_is_kept_on_its_speller() -> None:
    speller = Speller(table(["deliver", "shipment", "quarter"]), table(["about"], False))
    asked: list[str] = []

    def meant(word: str) -> bool:
        asked.append(word)
        return word == "comms"

    first = spelling.respell_kept("Brantwood delviered comms shipmnets", speller, meant)
    again = spelling.respell_kept("how many shipmnets were delviered", speller, meant)
    assert first == "Brantwood delivered comms shipments"
    assert again == "how many shipments were delivered"
    # each word looked at once, whichever question it came in
    assert sorted(asked) == sorted({"brantwood", "delviered", "comms", "shipmnets", "many", "were"})
    for text in ("Brantwood delviered comms shipmnets", "Shipmnets delviered in the quartr"):
        assert spelling.respell_kept(text, speller, meant) == spelling.respell(
            text, speller, meant=meant
        )


def test_a_question_without_digits_has_no_amounts_and_reads_no_periods(monkeypatch) -> None:
    monkeypatch.setattr(quantities, "find_periods", _Refused())
    assert quantities.find_quantities("how many bikes did Ostravo sell last quarter") == []
    monkeypatch.undo()
    found = quantities.find_quantities("Ostravo sold 41,200 bikes, up 5%")
    assert [m.quantity.value for m in found] == [41200, 5]


def test_a_text_without_a_dollar_sign_is_not_searched_for_one(monkeypatch) -> None:
    monkeypatch.setattr(currencies, "DOLLAR_SIGN", _Refused())
    assert currencies.currencies_in("Velmar revenue in euros, Q3 2025 please") == {"EUR"}


def test_dollar_signs_are_read_where_the_text_has_one() -> None:
    assert currencies.currencies_in("Velmar revenue in NZ$ for FY25") == {"NZD"}
    assert "USD" in currencies.currencies_in("how many $ did Velmar make")


def test_occasions_are_searched_only_where_an_event_word_is(monkeypatch) -> None:
    assert occasions.mentioned("what was the target set at the Ostravo investor day")
    assert occasions.mentioned("the range in its Q3 RESULTS")
    monkeypatch.setattr(occasions, "_OCCASION", _Refused())
    assert not occasions.mentioned("how many bikes did Ostravo sell in fiscal 2024")


@pytest.mark.parametrize(
    "text",
    [
        "the year before FY2021",
        "two quarters after Q3 2013 sales",
        "revenue in the fiscal year prior to FY24",
        "units a year before the end of 2024",
    ],
)
def test_relative_periods_are_read_where_a_head_is(text: str) -> None:
    assert scanning._ANY_RELATIVE_HEAD.search(text)
    assert any(type(m.ref).__name__ == "RelativeRef" for m in find_periods(text))


def test_a_text_without_a_relative_head_never_tries_one(monkeypatch) -> None:
    monkeypatch.setattr(scanning, "_RELATIVE_HEAD", _Refused())
    text = "Ostravo bikes sold in Q3 2013 vs the year earlier"
    found = scanning.scan(text)
    assert [text[f.start : f.end] for f in found] == ["Q3 2013", "the year earlier"]


def test_a_metric_names_rate_is_read_once() -> None:
    assert rates._per_name("Net revenue per hl") is rates._per_name("Net revenue per hl")
    assert rates._per_name("Net revenue") is None


def test_tokens_are_those_their_fields_make() -> None:
    tokens = tokenize("Ostravo’s bikes sold q-o-q, H&L up 5%")
    assert tokens[:3] == [
        Token("ostravo's", "ostravo", 0, 9),
        Token("bikes", "bike", 10, 15),
        Token("sold", "sell", 16, 20),
    ]
    assert [t.text for t in tokens[3:]] == ["qoq", "hl", "up", "5%"]
    assert len({*tokens, Token("bikes", "bike", 10, 15)}) == len(tokens)


@pytest.mark.parametrize(
    ("text", "words", "may"),
    [
        ("Ostravo bikes in Q3", ("first", "second"), False),
        ("Ostravo bikes before the SECOND cut", ("first", "second"), True),
        ("the FİRST cut", ("first",), True),  # ("İ" is an "i" to a case-blind search)
        ("the ſecond cut", ("second",), True),
    ],
)
def test_a_text_may_hold_a_word_unless_plainly_not(text: str, words, may: bool) -> None:
    assert patterns.may_hold(text, words) is may


def test_every_month_name_begins_as_the_month_test_reads() -> None:
    for name in MONTH_WORDS.replace("(?:", "").replace(")?", "").split("|"):
        assert name[:3] in finding._MONTH_STARTS, name


def test_ordinal_revisions_are_read_only_where_an_ordinal_is(monkeypatch) -> None:
    assert asks.revision_ordinal("the target before the second cut") == (True, 2)
    assert asks.revision_ordinal("the target after its 1st raise") == (False, 1)
    monkeypatch.setattr(asks.revisions, "_REVISION_ORDINAL", _Refused())
    assert asks.revision_ordinal("the target before the cut") is None


def test_word_starts_are_those_of_the_characters() -> None:
    text = "Q3'24 sales_total (ex-FX) — 2.5%  up\u00a0Ⅻ x²"
    assert scanning._starts(text) == [
        i for i, ch in enumerate(text) if not ch.isspace() and (i == 0 or not text[i - 1].isalnum())
    ]


def test_a_metric_names_words_are_kept_apart_from_the_texts() -> None:
    first = words.name_tokens("Orchard Lane packs sold")
    words._tokens.cache_clear()  # (what thousands of later questions would push out)
    assert words.name_tokens("Orchard Lane packs sold") is first
    assert list(first) == tokenize("Orchard Lane packs sold")
    assert words.name_lemmas("Orchard Lane packs sold") == ("orchard", "lane", "pack", "sell")


def test_family_phrases_are_found_in_runs_of_words() -> None:
    texts = tuple(t.text for t in tokenize("what were Acme's comparable store sales in Q3"))
    spans = {(i, j): named for i, j, _, named in agreement._named_spans_of(texts)}
    assert "comparable_sales" in spans[(3, 6)]
    assert all(j - i >= 2 for i, j in spans)


def test_a_words_role_is_worked_out_once_per_word_and_the_word_before() -> None:
    word_roles._is_filler.cache_clear()
    said = [Token("thre", "thre", 30, 34), Token("tonnes", "tonne", 0, 6)]
    first = [word_roles.is_filler(t, "did") for t in said]
    again = [word_roles.is_filler(Token(t.text, t.lemma, 0, 0), "did") for t in said]
    assert first == again == [False, True]  # ("thre": there or three? left unexplained)
    assert word_roles._is_filler.cache_info().hits == 2


def test_a_texts_lower_case_is_made_once_for_its_tests() -> None:
    patterns._LOWERED.clear()
    text = "what were Ostravo's Q3 sales"
    assert patterns.may_hold(text, ("sales",)) and not patterns.may_hold(text, ("units",))
    assert {text: text.lower()} == patterns._LOWERED
    assert patterns.may_hold("Ostravo sales in Q3 — FİRST", ("units",))  # (not ASCII)
    assert not patterns.may_hold("", ("units",))
