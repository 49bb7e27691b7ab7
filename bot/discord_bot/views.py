"""Buttons, selects, modals and pagination. Pure UI: what a click does is passed in as a
callback, so the asking and curating code owns the behaviour and this module owns the
widgets. Every admin widget calls `checks.require_admin` inside its own callback."""

from __future__ import annotations

import contextlib
from collections.abc import Awaitable, Callable, Mapping, Sequence

import discord

from bot.answering.phrases import day, fact_label
from bot.answering.render import clip
from bot.discord_bot import errors
from bot.discord_bot.checks import require_admin
from bot.facts.model import FactView

# Discord's component limits.
BUTTON_LABEL_LIMIT = 80
OPTION_LABEL_LIMIT = 100
OPTION_DESCRIPTION_LIMIT = 100
SELECT_OPTIONS_LIMIT = 25
MODAL_TITLE_LIMIT = 45
TEXT_INPUT_LIMIT = 4000
# Under the 15-minute life of an interaction token, so a timed-out view can still be disabled.
VIEW_TIMEOUT = 600.0

Chosen = Callable[[discord.Interaction, int], Awaitable[None]]
Picked = Callable[[discord.Interaction, str], Awaitable[None]]
Clicked = Callable[[discord.Interaction], Awaitable[None]]
Submitted = Callable[[discord.Interaction, dict[str, str]], Awaitable[None]]
PageFetcher = Callable[[int], Awaitable[tuple[discord.Embed, bool]]]


def admin_scope(interaction: discord.Interaction) -> str:
    return require_admin(interaction.user, interaction.guild, interaction.client.settings)  # type: ignore[attr-defined]


class BaseView(discord.ui.View):
    """Routes errors to the one error handler and greys itself out when it times out."""

    message: discord.Message | None = None

    def __init__(self) -> None:
        super().__init__(timeout=VIEW_TIMEOUT)

    async def on_error(
        self, interaction: discord.Interaction, error: Exception, item: discord.ui.Item
    ) -> None:
        await errors.on_interaction_error(interaction, error, item)

    async def on_timeout(self) -> None:
        for item in self.children:
            if hasattr(item, "disabled"):
                item.disabled = True  # type: ignore[attr-defined]
        if self.message is not None:
            # Deleted, or the token expired: nothing left to tidy.
            with contextlib.suppress(discord.HTTPException):
                await self.message.edit(view=self)


class ChoiceView(BaseView):
    """'Which one did you mean?': a select of the candidate facts; only the asker may choose."""

    def __init__(self, options: Sequence[FactView], *, asker_id: int, on_choose: Chosen) -> None:
        super().__init__()
        self.asker_id, self.on_choose = asker_id, on_choose
        self.select: discord.ui.Select = discord.ui.Select(
            placeholder="Choose the figure you meant",
            options=[
                discord.SelectOption(
                    label=clip(f"#{v.fact.id} {fact_label(v)}", OPTION_LABEL_LIMIT),
                    value=str(v.fact.id),
                    description=clip(
                        f"{v.source.title}, stated {day(v.fact.as_of)}", OPTION_DESCRIPTION_LIMIT
                    ),
                )
                for v in options[:SELECT_OPTIONS_LIMIT]
            ],
        )
        self.select.callback = self._chosen  # type: ignore[method-assign]
        self.add_item(self.select)

    async def _chosen(self, interaction: discord.Interaction) -> None:
        if interaction.user.id != self.asker_id:
            await interaction.response.send_message(
                "Only the person who asked can choose; ask the question yourself to pick one.",
                ephemeral=True,
            )
            return
        await self.on_choose(interaction, int(self.select.values[0]))
        self.stop()


class SuggestionsView(BaseView):
    """Up to three questions the store can answer; clicking one asks it (anyone may)."""

    def __init__(self, suggestions: Sequence[str], *, on_pick: Picked) -> None:
        super().__init__()
        for question in suggestions[:3]:
            button: discord.ui.Button = discord.ui.Button(
                label=clip(question, BUTTON_LABEL_LIMIT), style=discord.ButtonStyle.secondary
            )
            button.callback = self._asker(question, on_pick)  # type: ignore[method-assign]
            self.add_item(button)

    @staticmethod
    def _asker(question: str, on_pick: Picked) -> Clicked:
        async def clicked(interaction: discord.Interaction) -> None:
            await on_pick(interaction, question)

        return clicked


class UndoView(BaseView):
    """One Undo button under a change; any admin of the server may press it, once."""

    def __init__(self, *, on_undo: Clicked, label: str = "Undo") -> None:
        super().__init__()
        self.on_undo = on_undo
        self.button: discord.ui.Button = discord.ui.Button(
            label=label, style=discord.ButtonStyle.danger
        )
        self.button.callback = self._clicked  # type: ignore[method-assign]
        self.add_item(self.button)

    async def _clicked(self, interaction: discord.Interaction) -> None:
        admin_scope(interaction)
        await self.on_undo(interaction)
        self.stop()


class PagerView(BaseView):
    """Previous / Next over pages that `fetch(page)` builds; admins only, like the list."""

    def __init__(self, fetch: PageFetcher, *, more: bool) -> None:
        super().__init__()
        self.fetch, self.page = fetch, 0
        self.previous: discord.ui.Button = discord.ui.Button(label="Previous", disabled=True)
        self.next: discord.ui.Button = discord.ui.Button(label="Next", disabled=not more)
        self.previous.callback = self._previous  # type: ignore[method-assign]
        self.next.callback = self._next  # type: ignore[method-assign]
        self.add_item(self.previous)
        self.add_item(self.next)

    async def _previous(self, interaction: discord.Interaction) -> None:
        await self._turn(interaction, max(0, self.page - 1))

    async def _next(self, interaction: discord.Interaction) -> None:
        await self._turn(interaction, self.page + 1)

    async def _turn(self, interaction: discord.Interaction, page: int) -> None:
        admin_scope(interaction)
        embed, more = await self.fetch(page)
        self.page = page
        self.previous.disabled = page == 0
        self.next.disabled = not more
        await interaction.response.edit_message(embed=embed, view=self)


class FactForm(discord.ui.Modal):
    """Entity, metric, period, value and quote: the five fields a modal can hold. For an
    edit, fields come pre-filled and a blank field means 'unchanged'."""

    FIELDS = (
        ("entity", "Company", "Sony", discord.TextStyle.short, 100),
        ("metric", "Metric", "smartphones sold", discord.TextStyle.short, 100),
        (
            "period",
            "Period",
            "FY2013, Q3 2013, 2013-04-01/2014-03-31",
            discord.TextStyle.short,
            100,
        ),
        ("value", "Value", "39M, 39 million, $1.25 billion, 29.6%", discord.TextStyle.short, 100),
        (
            "quote",
            "Quote (verbatim from the source)",
            "the sentence that states the figure",
            discord.TextStyle.paragraph,
            TEXT_INPUT_LIMIT,
        ),
    )

    def __init__(
        self,
        *,
        title: str,
        on_submit: Submitted,
        defaults: Mapping[str, str] | None = None,
        required: bool = True,
    ) -> None:
        super().__init__(title=clip(title, MODAL_TITLE_LIMIT), timeout=VIEW_TIMEOUT)
        self.submitted = on_submit
        self.inputs: dict[str, discord.ui.TextInput] = {}
        for name, label, placeholder, style, limit in self.FIELDS:
            default = (defaults or {}).get(name)
            text_input: discord.ui.TextInput = discord.ui.TextInput(
                label=label,
                placeholder=placeholder,
                style=style,
                max_length=limit,
                required=required,
                default=default if default and len(default) <= limit else None,
            )
            self.inputs[name] = text_input
            self.add_item(text_input)

    def values(self) -> dict[str, str]:
        return {name: field.value for name, field in self.inputs.items()}

    async def on_submit(self, interaction: discord.Interaction) -> None:
        admin_scope(interaction)
        await self.submitted(interaction, self.values())

    async def on_error(self, interaction: discord.Interaction, error: Exception) -> None:
        await errors.on_interaction_error(interaction, error, self)


class FormButtonView(BaseView):
    """A prefix command cannot open a modal; this button can. For the admin who asked only."""

    def __init__(
        self, *, label: str, owner_id: int, make_form: Callable[[], discord.ui.Modal]
    ) -> None:
        super().__init__()
        self.owner_id, self.make_form = owner_id, make_form
        self.button: discord.ui.Button = discord.ui.Button(
            label=clip(label, BUTTON_LABEL_LIMIT), style=discord.ButtonStyle.primary
        )
        self.button.callback = self._clicked  # type: ignore[method-assign]
        self.add_item(self.button)

    async def _clicked(self, interaction: discord.Interaction) -> None:
        admin_scope(interaction)
        if interaction.user.id != self.owner_id:
            await interaction.response.send_message(
                "This form belongs to the admin who asked for it; run the command yourself.",
                ephemeral=True,
            )
            return
        await interaction.response.send_modal(self.make_form())
