"""The names a question can use: the store's companies with their aliases and its metrics
with their synonyms, built once per scope from the store (and kept between processes).

Reading looks a question's words up here; the hits it hands on (EntityHit, MetricHit) are
what matching narrows the store's facts by.
"""
