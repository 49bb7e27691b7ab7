"""Ordinary English, knowing nothing of the store: how text is cut into lemma tokens, which
words name things and which are grammar or chat, the lemma dictionary, and spelling.

Every later stage compares words through these, so a question and a metric's name are
always compared like for like.
"""
