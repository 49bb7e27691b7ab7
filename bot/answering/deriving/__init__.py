"""Figures no single fact states, worked out from several the store holds: a group less a
segment, a share, a change, a sum of periods, growth from levels, an actual against a
range's midpoint, a figure held under a sibling's name.

Each takes the Query and the facts matching chose and hands back a Pick or an Answer that
cites every operand; the engine tries them when a stated figure does not answer.
"""
