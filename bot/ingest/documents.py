"""Reading a report file into plain text: .txt as it is (a PDF's page furniture and broken
words mended: `pdf_text.py`), .md without its markup, .html through trafilatura (which
drops navigation, comments and page boilerplate).

The text returned is what the store keeps as the source, so every quote the extractor
takes from it is verbatim. Heavy libraries are imported inside the functions that need
them: `salesbot ask` never pays for them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from bot.facts.model import SalesBotError
from bot.ingest.feeds import feed_text
from bot.ingest.leaders import blank_leaders
from bot.ingest.pdf_text import page_text

SUFFIXES = (".txt", ".text", ".md", ".markdown", ".html", ".htm")


@dataclass(frozen=True)
class Document:
    text: str
    title: str | None = None  # from the HTML metadata, when there is one
    published: date | None = None
    publisher: str | None = None
    url: str | None = None


def read_document(path: str | Path) -> Document:
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise SalesBotError(f"cannot read {path.name}: use a .txt, .md or .html report")
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise SalesBotError(f"no such report file: {path}") from None
    except OSError as e:
        raise SalesBotError(f"cannot read {path}: {e.strerror or e}") from None
    return parse_document(raw, suffix)


def parse_document(raw: bytes | str, suffix: str) -> Document:
    """A report's bytes (or text) and its file suffix (".txt", ".md", ".html") -> Document."""
    suffix = suffix.lower() if suffix.startswith(".") else "." + suffix.lower()
    if suffix in (".html", ".htm"):
        return _html(raw)
    text = _decode(raw)
    page = _pasted_page(text)
    if page is not None:
        return page
    feed = feed_text(text)
    if feed is not None:
        text = feed  # an RSS or Atom feed pasted as text: its items, as a reader sees them
    elif suffix in (".md", ".markdown"):
        text = markdown_to_text(text)
    else:
        text = page_text(text)  # a PDF's text layer: no page furniture, no broken words
    text = _tidy(blank_leaders(text))  # "Europe ...... 4.4": a table's row
    if not text.strip():
        raise SalesBotError("the report has no text")
    return Document(text=text)


def _decode(raw: bytes | str) -> str:
    if isinstance(raw, str):
        return raw
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise SalesBotError("the report is not text (neither UTF-8 nor Windows-1252)")


# a web page saved as text: its markup starts a line ("<html>", "<!DOCTYPE html>", "<body>")
_PAGE_START = re.compile(
    r"^\s*<(?:!doctype\s+html|html|body|head|nav|header|article|main|section|div)\b",
    re.IGNORECASE | re.MULTILINE,
)


def _pasted_page(text: str) -> Document | None:
    """A page's HTML saved in a .txt file, perhaps under a few lines of its own (title,
    publisher, date): read as the page it is, so that its navigation, related links and
    readers' comments are not taken for the report, and its tables are rows. The lines
    above the markup are kept as they are."""
    m = _PAGE_START.search(text)
    if m is None:
        return None
    head = text[: m.start()].strip()
    if "<" in head:
        return None  # markup before the page's start: not a page pasted whole
    page = _html(text[m.start() :])
    if not head:
        return page
    return Document(
        text=_tidy(f"{head}\n\n{page.text}"),
        title=page.title,
        published=page.published,
        publisher=page.publisher,
        url=page.url,
    )


def _tidy(text: str) -> str:
    """Unix line ends, no trailing spaces; the words themselves are left alone."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(line.rstrip() for line in lines).strip("\n") + "\n"


def _html(raw: bytes | str) -> Document:
    import trafilatura

    html = _decode(raw) if isinstance(raw, bytes) else raw
    extracted = trafilatura.bare_extraction(
        html,
        include_comments=False,
        include_tables=True,
        include_links=False,
        include_images=False,
        with_metadata=True,
        favor_precision=True,
    )
    body = getattr(extracted, "text", None) if extracted is not None else None
    if not body or not body.strip():
        raise SalesBotError("found no article text in the HTML")
    # trafilatura puts one paragraph a line; a blank line between them reads better and
    # keeps paragraphs apart for the sentence splitter.
    lines = [line.strip() for line in body.split("\n")]
    text = _tidy("\n\n".join(line for line in lines if line and not _is_rule(line)))
    published = None
    raw_date = getattr(extracted, "date", None)
    if raw_date:
        try:
            published = date.fromisoformat(str(raw_date)[:10])
        except ValueError:
            published = None
    title = (getattr(extracted, "title", None) or "").strip() or None
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"  # the headline is part of what was published
    return Document(
        text=text,
        title=title,
        published=published,
        publisher=(getattr(extracted, "sitename", None) or None),
        url=(getattr(extracted, "url", None) or None),
    )


def _is_rule(line: str) -> bool:
    """A markdown table's |---|---| line."""
    return bool(line) and set(line) <= set("|-: ")


def markdown_to_text(source: str) -> str:
    """Markdown -> the text a reader sees: headings, paragraphs, list items and table rows
    on their own lines, inline markup (emphasis, links, code ticks) removed."""
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark").enable("table").enable("strikethrough")
    tokens = md.parse(source)
    blocks: list[str] = []
    row: list[str] | None = None
    prefix = ""
    for tok in tokens:
        if tok.type == "list_item_open":
            prefix = "- "
        elif tok.type == "tr_open":
            row = []
        elif tok.type == "tr_close" and row is not None:
            blocks.append("| " + " | ".join(row) + " |")
            row = None
        elif tok.type == "inline":
            text = _inline_text(tok)
            if row is not None:
                row.append(text)
            elif text.strip():
                blocks.append(prefix + text)
                prefix = ""
        elif tok.type in ("fence", "code_block"):
            blocks.append(tok.content.rstrip("\n"))
    out: list[str] = []
    previous = ""
    for block in blocks:
        # Table rows and list items stay together; everything else is its own paragraph.
        joined = block.startswith(("| ", "- ")) and previous.startswith(block[:2])
        out.append(("\n" if joined else "\n\n") + block if out else block)
        previous = block
    return "".join(out)


def _inline_text(tok) -> str:
    parts: list[str] = []
    for child in tok.children or []:
        if child.type in ("text", "code_inline", "html_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
        elif child.type == "image":
            continue
    return "".join(parts)
