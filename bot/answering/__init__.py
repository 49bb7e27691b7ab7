"""From a question to an Answer, in stages a folder each, each handing its result to the next:

english/     ordinary English: tokens, lemmas, which words name things, spelling
vocabulary/  the store's names a question can use (companies, metrics, their synonyms)
reading/     question text -> Query (company, metric, period, kind, intent, what it asks)
matching/    Query + the store's facts -> a decision (Pick, Choice or Miss)
wording/     a decision -> the Answer's sentences; an Answer -> text, JSON or a chat embed
deriving/    figures worked out from several facts (changes, shares, sums, growth)

engine.py runs the stages for one question (answer_steps.py: the steps that need no store
reads); answer.py is the value every front door renders; phrases.py names facts in
sentences for every stage and front door.
"""

from bot.answering.answer import Answer, Status
from bot.answering.engine import Engine

__all__ = ["Answer", "Engine", "Status"]
