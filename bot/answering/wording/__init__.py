"""From a decision to what a person reads: the Answer's sentences (compose), what the store
holds said beside an "I don't have that" (holdings), and one Answer rendered as plain text,
the CONTRACT's JSON or a chat embed (render).
"""
