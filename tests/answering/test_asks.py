"""The question-reading cues of asks/: verb cues are the lemma sets of words.py, matched
in every inflection the English dictionary gives (a property over the sets, not a list of
sentences)."""

from __future__ import annotations

import lemminflect
import pytest

from bot.answering.english.words import ADD_VERBS, CHANGE_VERBS, MOVE_VERBS
from bot.answering.reading import asks


def _forms(lemma: str) -> set[str]:
    found = lemminflect.getAllInflections(lemma, upos="VERB")
    return {lemma, *(f for forms in found.values() for f in forms)}


@pytest.mark.parametrize("lemma", sorted(ADD_VERBS | MOVE_VERBS))
def test_every_form_of_a_move_or_add_verb_asks_for_a_change(lemma: str) -> None:
    for form in _forms(lemma):
        assert asks.added(f"how many subscriptions {form} in the spring"), form


@pytest.mark.parametrize("lemma", sorted(ADD_VERBS))
def test_every_form_of_an_add_verb_asks_for_additions(lemma: str) -> None:
    for form in _forms(lemma):
        assert asks.adds(f"how many members did they say were {form}"), form


@pytest.mark.parametrize("lemma", sorted(CHANGE_VERBS - {"update"}))
def test_every_form_of_a_change_verb_names_a_revision(lemma: str) -> None:
    for form in _forms(lemma):
        assert asks.changed(f"when it was {form} how big was it"), form
        assert asks.before_change(f"the goal before they {form} it"), form
        assert asks.revision_month(f"the goal after the June {form}") == (False, 6), form


def test_an_updated_figure_is_the_latest_not_a_revision_to_size() -> None:
    assert not asks.changed("how much is the updated forecast")
    assert asks.before_change("the forecast before it was updated")


@pytest.mark.parametrize(
    "text",
    ["how many did they sell", "what is the goal for the year", "the June plan", "sales in May"],
)
def test_questions_without_those_verbs_ask_for_a_level(text: str) -> None:
    assert not asks.added(text)
    assert not asks.changed(text)
    assert asks.revision_month(text) is None


def test_comparisons_and_full_years_are_read_from_the_question() -> None:
    assert asks.than_before("how many more did they sell than a year earlier")
    assert not asks.than_before("how many did they sell a year earlier")
    assert asks.compares("did they build more cars than they delivered")
    assert not asks.compares("how many cars did they build")
    assert asks.full_year("comparable sales for the full year")
    assert not asks.full_year("comparable sales for the quarter")
