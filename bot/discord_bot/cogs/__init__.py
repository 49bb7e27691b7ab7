"""Cogs, one per file, loaded automatically by `SalesBot.load_cogs`: every module here
that does not start with an underscore must define `async def setup(bot)`."""
