"""One Answer, three renderings: plain text, the CONTRACT's JSON object, and the parts of
a chat embed. All three read the same fields, so they never disagree.

The embed is plain data (`EmbedSpec`); the Discord layer turns it into a `discord.Embed`,
so the engine never imports discord.py. Discord's limits are enforced here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.answering.answer import Answer, Status
from bot.answering.phrases import amount, calendar_of, day, kind_word, when
from bot.facts.bundle import json_number
from bot.facts.model import FactView
from bot.facts.periods import label

# Discord's embed limits (https://discord.com/developers/docs/resources/message#embed-limits).
TITLE_LIMIT = 256
DESCRIPTION_LIMIT = 4096
FIELD_NAME_LIMIT = 256
FIELD_VALUE_LIMIT = 1024
FOOTER_LIMIT = 2048
FIELDS_LIMIT = 25
EMBED_TOTAL_LIMIT = 6000
# Fewer fields than Discord allows: an answer citing more facts lists the rest by id.
FIELDS_SHOWN = 6


def clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# -- JSON ---------------------------------------------------------------------------------


def fact_json(view: FactView) -> dict:
    f, s = view.fact, view.source
    return {
        "id": f.id,
        "entity": f.entity,
        "metric": f.metric,
        "period": {
            "start": f.period.start.isoformat(),
            "end": f.period.end.isoformat(),
            "label": label(f.period, calendar_of(view)),
        },
        "kind": f.kind.value,
        "value": json_number(f.value),
        **({} if f.value_high is None else {"value_high": json_number(f.value_high)}),
        "unit": f.unit,
        "as_of": f.as_of.isoformat(),
        "quote": f.quote,
        "source": {
            "key": s.key,
            "title": s.title,
            "publisher": s.publisher,
            "url": s.url,
            "published": s.published.isoformat() if s.published else None,
        },
        "revision": {"number": view.revision, "of": view.revisions, "current": view.is_current},
        "scope": f.scope,
    }


def to_json(answer: Answer) -> dict:
    out = {
        "question": answer.question,
        "status": answer.status.value,
        "answer": answer.text,
        "facts": [fact_json(v) for v in answer.facts],
        "suggestions": list(answer.suggestions),
        "intent": answer.intent,
    }
    if answer.error:
        out["error"] = answer.error
    return out


# -- plain text ---------------------------------------------------------------------------


def source_line(view: FactView) -> str:
    s = view.source
    parts = [s.title]
    if s.publisher:
        parts.append(s.publisher)
    if s.published:
        parts.append(day(s.published))
    if s.url:
        parts.append(s.url)
    return ", ".join(parts)


def fact_summary(view: FactView) -> str:
    f = view.fact
    revision = f", revision {view.revision} of {view.revisions}" if view.revisions > 1 else ""
    return f"{amount(view)} · {when(view)} · {kind_word(f.kind)} · stated {day(f.as_of)}{revision}"


def to_text(answer: Answer) -> str:
    lines = [answer.text]
    if answer.status is Status.ANSWERED:
        for view in answer.facts:
            lines += [
                "",
                f"  [#{view.fact.id}] {fact_summary(view)}",
                f"      “{view.fact.quote}”",
                f"      Source: {source_line(view)}",
            ]
    if answer.suggestions:
        lines += ["", "You could ask:"] + [f"  - {s}" for s in answer.suggestions]
    return "\n".join(lines)


# -- embed --------------------------------------------------------------------------------


@dataclass(frozen=True)
class EmbedField:
    """One named field of a Discord embed."""

    name: str
    value: str
    inline: bool = False


@dataclass(frozen=True)
class EmbedSpec:
    """An answer laid out as a Discord embed."""

    title: str
    description: str
    status: Status
    url: str | None = None
    fields: tuple[EmbedField, ...] = field(default=())
    footer: str = ""

    def total_length(self) -> int:
        return (
            len(self.title)
            + len(self.description)
            + len(self.footer)
            + sum(len(f.name) + len(f.value) for f in self.fields)
        )


def _source_markdown(view: FactView) -> str:
    s = view.source
    title = f"[{s.title}]({s.url})" if s.url else s.title
    extra = ", ".join(p for p in (s.publisher, day(s.published) if s.published else None) if p)
    return f"{title}" + (f" — {extra}" if extra else "")


def to_embed(answer: Answer) -> EmbedSpec:
    fields: list[EmbedField] = []
    if answer.status is Status.ANSWERED:
        for view in answer.facts[:FIELDS_SHOWN]:
            f = view.fact
            name = f"#{f.id} · {f.entity} {f.metric} · {label(f.period, calendar_of(view))}"
            value = (
                f"**{amount(view)}** · {kind_word(f.kind)} · {when(view)} · "
                f"stated {day(f.as_of)}\n> {f.quote}\nSource: {_source_markdown(view)}"
            )
            fields.append(EmbedField(clip(name, FIELD_NAME_LIMIT), clip(value, FIELD_VALUE_LIMIT)))
    elif answer.suggestions:
        fields.append(
            EmbedField(
                "You could ask",
                clip("\n".join(f"• {s}" for s in answer.suggestions), FIELD_VALUE_LIMIT),
            )
        )
    ids = [f"#{v.fact.id}" for v in answer.facts]
    footer = ("Fact " if len(ids) == 1 else "Facts ") + ", ".join(ids) if ids else ""
    main_url = (
        answer.facts[0].source.url if answer.facts and answer.status is Status.ANSWERED else None
    )
    spec = EmbedSpec(
        title=clip(answer.title, TITLE_LIMIT),
        description=clip(answer.text, DESCRIPTION_LIMIT),
        status=answer.status,
        url=main_url,
        fields=tuple(fields[:FIELDS_LIMIT]),
        footer=clip(footer, FOOTER_LIMIT),
    )
    while spec.total_length() > EMBED_TOTAL_LIMIT and spec.fields:
        spec = EmbedSpec(
            spec.title, spec.description, spec.status, spec.url, spec.fields[:-1], spec.footer
        )
    return spec
