"""From a question's text to a Query: the text mended, then which company, metric, period,
kind and intent it asks, and whatever its words leave unexplained.

It reads only the text and the vocabulary, never the store's facts; matching takes the Query
from here.
"""
