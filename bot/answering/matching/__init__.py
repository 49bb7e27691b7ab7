"""From a Query and the store's facts of its companies and metrics to a decision: the facts
that answer it (Pick), several that fit equally (Choice), or why nothing does (Miss).

Wording turns the decision into sentences; deriving works further figures out of it.
"""
