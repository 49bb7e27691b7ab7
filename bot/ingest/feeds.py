"""A news feed pasted as a report (RSS 2.0 or Atom XML): its items as text a reader sees.

Each item becomes its title, a "Published:" line with its own date, and its body with the
markup removed (paragraphs apart, list items as "- " lines). What the feed says before its
XML (a title line, a source, a date) stays on top. `parts.py` dates each item's figures by
its own "Published:" line.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_FEED = re.compile(r"<(?:rss|feed)\b[^>]*>", re.IGNORECASE)
_ITEM = re.compile(r"<(?P<tag>item|entry)\b[^>]*>(?P<body>.*?)</(?P=tag)>", re.IGNORECASE | re.S)
_BOILERPLATE = re.compile(
    r"\W*(?:forward[\s-]looking\s+statements?|safe\s+harbou?r|cautionary\s+statement)",
    re.IGNORECASE,
)
_CDATA = re.compile(r"<!\[CDATA\[(?P<inner>.*?)\]\]>", re.S)


def _field(item: str, *tags: str) -> str | None:
    for tag in tags:
        m = re.search(rf"<{tag}\b[^>]*>(?P<v>.*?)</{tag}>", item, re.IGNORECASE | re.S)
        if m is not None:
            value = _CDATA.sub(lambda c: c["inner"], m["v"]).strip()
            if value:
                return value
    return None


class _Blocks(HTMLParser):
    """HTML -> text blocks: a paragraph or heading each, list items as "- " lines."""

    _BREAKS = frozenset({"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "tr"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.current: list[str] = []
        self.item = False

    def _flush(self) -> None:
        text = " ".join("".join(self.current).split())
        if text:
            self.blocks.append(("- " if self.item else "") + text)
        self.current, self.item = [], False

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in self._BREAKS or tag == "li":
            self._flush()
        if tag == "li":
            self.item = True

    def handle_endtag(self, tag: str) -> None:
        if tag in self._BREAKS or tag == "li":
            self._flush()

    def handle_data(self, data: str) -> None:
        self.current.append(data)


def _as_text(markup: str) -> str:
    parser = _Blocks()
    parser.feed(_CDATA.sub(lambda c: c["inner"], markup))
    parser.close()
    parser._flush()
    out: list[str] = []
    previous = ""
    for block in parser.blocks:
        if _BOILERPLATE.match(block):
            continue  # an item's own disclaimer: no end of the feed, whose next items follow
        # list items stay together; everything else is a paragraph of its own
        joined = block.startswith("- ") and previous.startswith("- ")
        out.append(("\n" if joined else "\n\n") + block if out else block)
        previous = block
    return "".join(out)


def feed_text(text: str) -> str | None:
    """TEXT as its items, when it is a feed's XML; None for any other text."""
    found = _FEED.search(text)
    if found is None:
        return None
    items = list(_ITEM.finditer(text, found.end()))
    if not items:
        return None
    head = text[: text.find("<")]
    out = [head.strip()] if head.strip() else []
    for m in items:
        item = m["body"]
        title = _field(item, "title")
        day = _field(item, "pubDate", "published", "updated", "dc:date")
        body = _field(item, "content:encoded", "description", "content", "summary")
        parts = [_as_text(title) if title else ""]
        if day:
            parts.append(f"Published: {day}")
        out.append("\n".join(p for p in parts if p))
        if body:
            out.append(_as_text(body))
    return "\n\n".join(out) + "\n"
