"""A report made of parts that were each written on a day of their own: a feed's items
("Published: Wed, 19 Feb 2025"), an email chain's messages ("Sent: Wednesday, July 16,
2025 6:40 PM"), a thread's posts ("Posted: ..."). A figure in a part was stated on the
part's day, and "the fourth quarter" in it counts from that day, not from the day the
whole was put together."""

from __future__ import annotations

import bisect
import re
from datetime import date

from bot.ingest.timing import find_times

# a part's own date line; a quoted reply's too ("> Sent: ...")
_DATE_LINE = re.compile(
    r"^[ \t]*(?:>[ \t]*)*(?:sent|date|published|posted|updated|pubdate)[ \t]*:[ \t]*(?P<when>.+)$",
    re.IGNORECASE | re.MULTILINE,
)
_OLDEST = 400  # days: a part written more than a year before the whole is no part of it


class DatedParts:
    """The day each part of TEXT was written, looked up by offset."""

    def __init__(self, text: str, published: date) -> None:
        self.published = published
        self.starts: list[int] = []
        self.days: list[date] = []
        for m in _DATE_LINE.finditer(text):
            found = [t.day for t in find_times(m["when"], published) if t.mode == "day" and t.day]
            if not found:
                continue
            day = found[0]
            if day > published or (published - day).days > _OLDEST:
                continue
            self.starts.append(m.start())
            self.days.append(day)

    def day_at(self, offset: int) -> date:
        """The day the part holding OFFSET was written; the report's own day before any."""
        k = bisect.bisect_right(self.starts, offset) - 1
        return self.days[k] if k >= 0 else self.published
