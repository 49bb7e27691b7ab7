"""A word read as a slip of a company's name that the company's own reports write as a
name of something else: "farmavita h1 sales" of Farmacia Carpatica, whose reports quote
the rival chain Farmavita. The question is about that other party, whose figures the store
does not hold; answered with the company's own, it would get a wrong figure with a
citation. A slip forgiven must be a word nothing else is called."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import replace

from bot.answering.english.lexicon import parts_of_speech
from bot.answering.english.words import tokenize
from bot.answering.reading.query import Query
from bot.answering.vocabulary.vocabulary import Vocabulary

# A capitalised word as a report writes a name ("Farmavita", "McKinley", "Hana-Tel")
_CAPITALISED = re.compile(r"(?<![\w-])[A-Z][\w'’-]*[a-z][\w'’-]*")
_POSSESSIVE = re.compile(r"['’]s$")
# capitalised words one after another, a name as a report writes it ("Farmavita Group")
_RUN = re.compile(r"(?<![\w-])[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*")


def names_written(texts: Iterable[str], own: frozenset[str] = frozenset()) -> frozenset[str]:
    """The capitalised words of TEXTS that no English dictionary holds (lower case, without
    accents): the names the reports write, of people, rivals, brands and places. A run of
    capitalised words holding one of OWN (the company's name words) is the company's own
    name as the reports write it ("PT Borneo Batubara Tbk"), none of its words another's."""
    found: set[str] = set()
    for text in texts:
        for run in _RUN.finditer(text):
            words = [
                _plain(_POSSESSIVE.sub("", w).rstrip("'’-"))
                for w in _CAPITALISED.findall(run.group())
            ]
            if own.intersection(words):
                continue
            found.update(w for w in words if len(w) >= 4 and not parts_of_speech(w))
    return frozenset(found)


def slip_named_otherwise(
    query: Query, vocab: Vocabulary, written: Callable[[int], frozenset[str]]
) -> Query:
    """QUERY with a word it took for a slip of its company's name, which that company's
    reports write as a name of their own (WRITTEN: a company's names written), noted as
    another party named (`Query.others_named`), which the engine says it has nothing
    about before any figure is read."""
    if not query.entity_ids:
        return query
    for token in tokenize(query.text):
        company = vocab.slip_of_name(token.lemma)
        if company is None or company not in query.entity_ids:
            continue
        word = _plain(_POSSESSIVE.sub("", token.text))
        if word not in written(company) or _a_form_of_its_name(word, vocab, company):
            continue
        if vocab.writes_in_a_name(token.lemma) or vocab.writes_in_a_name(word):
            continue  # (a brand of its own figures' names: "rimalex sales" is the company's)
        return replace(query, others_named=(*query.others_named, _POSSESSIVE.sub("", token.text)))
    return query


def _a_form_of_its_name(word: str, vocab: Vocabulary, company: int) -> bool:
    """Is WORD its company's own name word in another form: with a plural or possessive
    ending, clipped or extended ("petrochem" of "petrochemical"), or its letters doubled or
    not ("rimaal" of "rimal")?"""
    own = {_plain(w) for w in vocab.name_words_of(company)}
    return any(
        word in (w + "s", w + "es")
        or w in (word + "s", word + "es")
        or (min(len(w), len(word)) >= 4 and (w.startswith(word) or word.startswith(w)))
        or _undoubled(w) == _undoubled(word)
        for w in own
    )


def _undoubled(word: str) -> str:
    return re.sub(r"(.)\1+", r"\1", word)


def plain_words(words: Iterable[str]) -> frozenset[str]:
    """WORDS in lower case without accents."""
    return frozenset(_plain(w) for w in words)


def _plain(word: str) -> str:
    """WORD in lower case without accents ("Carpatică" is "carpatica")."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))
