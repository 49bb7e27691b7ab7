"""SalesBot: cited answers about sales figures, targets and forecasts.

Layers, top to bottom (dependencies point down only):
    bot.cli, bot.discord_bot   front doors
    bot.answering, bot.ingest  question -> Answer; report -> candidate facts
    bot.facts                  the domain: model, periods, quantities, the store
"""

__version__ = "0.1.0"
