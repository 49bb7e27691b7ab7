"""The pieces on their own: Discord's limits on embeds and components, the admin check,
the question limiter, the error policy, and finding a question in a mention."""

from __future__ import annotations

from dataclasses import replace
from types import SimpleNamespace

import discord
import pytest
from discord.ext import commands
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.answering.answer import Answer, Status
from bot.config import BotSettings
from bot.discord_bot import errors
from bot.discord_bot.admin_components import FactForm
from bot.discord_bot.answers import AnswerChoice, AskButton, present
from bot.discord_bot.checks import actor_of, is_admin, require_admin, scope_of
from bot.discord_bot.cogs.asking import mention_question
from bot.discord_bot.cooldown import QuestionLimiter
from bot.discord_bot.embeds import chat_embed, fit, web_url
from bot.facts.model import NotFoundError, PermissionDeniedError, SalesBotError
from tests.discord_bot.fakes import FakeRole, FakeUser


def within_limits(embed: discord.Embed) -> None:
    assert len(embed.title or "") <= 256
    assert len(embed.description or "") <= 4096
    assert len(embed.fields) <= 25
    assert all(len(f.name) <= 256 and len(f.value) <= 1024 for f in embed.fields)
    assert len(embed.footer.text or "") <= 2048
    assert len(embed) <= 6000


texts = st.text(min_size=1, max_size=7000)


@settings(max_examples=40, deadline=None)
@given(
    text=texts,
    note=st.text(max_size=3000),
    suggestions=st.lists(st.text(min_size=1, max_size=400), max_size=10),
    status=st.sampled_from(list(Status)),
)
def test_any_chat_answer_fits_discords_limits(text, note, suggestions, status):
    answer = Answer("q", status, text, suggestions=tuple(suggestions), headline=text[:300])
    within_limits(chat_embed(answer, note=note))


@pytest.fixture(scope="module")
def long_views(seed):
    from bot.facts.store import FactStore

    store = FactStore.in_memory(seed=seed)
    views = store.list_facts("shared")
    store.close()
    long = "x" * 3000
    return [
        replace(
            v,
            fact=replace(v.fact, id=i, entity=long, quote=long),
            source=replace(v.source, title=long),
        )
        for i, v in enumerate(views * 3, 1)
    ]


def test_an_answer_citing_many_long_facts_still_fits(long_views):
    answer = Answer("q", Status.ANSWERED, "y" * 5000, facts=tuple(long_views), headline="z" * 400)
    embed, view = present(None, answer, asker_id=1)
    within_limits(embed)
    (button,) = view.children  # Sources: the ids that fit in a custom_id
    assert len(button.custom_id) <= 100


def test_a_select_of_many_long_candidates_fits_discords_limits(long_views):
    answer = Answer("q", Status.AMBIGUOUS, "which?", facts=tuple(long_views))
    embed, view = present(None, answer, asker_id=1)
    within_limits(embed)
    (choice,) = view.children
    assert isinstance(choice, AnswerChoice)
    options = choice.item.options
    assert len(options) == 25
    assert all(
        len(o.label) <= 100 and len(o.description) <= 100 and len(o.value) <= 100 for o in options
    )
    assert len(choice.custom_id) <= 100
    assert len(view.to_components()) <= 5


def test_suggestion_buttons_are_at_most_three_short_labels():
    questions = ("q" * 80, "r" * 200, "s" * 20, "t" * 30, "u" * 40)
    answer = Answer("q", Status.UNKNOWN, "no", suggestions=questions)
    _, view = present(None, answer, asker_id=1)
    assert 1 <= len(view.children) <= 3
    assert all(isinstance(b, AskButton) for b in view.children)
    assert all(len(b.item.label) <= 80 and len(b.custom_id) <= 100 for b in view.children)
    assert len(view.to_components()) <= 5


def test_the_fact_form_keeps_to_modal_limits():
    form = FactForm(
        title="Edit fact #" + "9" * 60,
        custom_id="sb:fact:1:edit:1:",
        defaults={"quote": "q" * 5000, "entity": "Sony"},
        required=False,
    )
    inputs = {i.custom_id: i for i in form.children}
    assert len(form.title) <= 45 and len(form.children) == 5
    assert inputs["quote"].default is None  # too long to show: left blank = unchanged
    assert inputs["entity"].default == "Sony"
    assert not any(i.required for i in inputs.values())


def test_web_url_keeps_only_http_links():
    assert web_url("https://example.com/a") == "https://example.com/a"
    assert web_url("javascript:alert(1)") is None and web_url(None) is None


def test_fit_drops_fields_before_clipping_the_description():
    embed = discord.Embed(title="t", description="d" * 4000)
    for _ in range(10):
        embed.add_field(name="n", value="v" * 1000)
    fit(embed)
    assert len(embed) <= 6000 and embed.description == "d" * 4000 and len(embed.fields) == 1


# -- who is an admin --------------------------------------------------------------------------

ROLE = BotSettings(token="", admin_role="Sales Ops")
NO_ROLE = BotSettings(token="")


@pytest.mark.parametrize(
    ("user", "settings", "expected"),
    [
        (FakeUser(guild_permissions=discord.Permissions(manage_guild=True)), NO_ROLE, True),
        (FakeUser(guild_permissions=discord.Permissions(administrator=True)), NO_ROLE, True),
        (FakeUser(guild_permissions=discord.Permissions(manage_messages=True)), NO_ROLE, False),
        (FakeUser(roles=[FakeRole(1, "sales ops")]), ROLE, True),
        (FakeUser(roles=[FakeRole(1, "Sales Ops")]), NO_ROLE, False),
        (FakeUser(roles=[FakeRole(1, "Sales")]), ROLE, False),
        (FakeUser(roles=[FakeRole(4242, "anything")]), replace(ROLE, admin_role="4242"), True),
        (SimpleNamespace(id=1, name="dm user"), ROLE, False),  # a User (DMs) has no permissions
    ],
)
def test_is_admin(user, settings, expected):
    assert is_admin(user, settings) is expected


def test_require_admin_refuses_dms_and_names_the_role():
    guild = SimpleNamespace(id=99)
    with pytest.raises(PermissionDeniedError, match="not in direct messages"):
        require_admin(FakeUser(guild_permissions=discord.Permissions.all()), None, NO_ROLE)
    with pytest.raises(PermissionDeniedError, match="or the Sales Ops role"):
        require_admin(FakeUser(), guild, ROLE)
    assert require_admin(FakeUser(roles=[FakeRole(1, "Sales Ops")]), guild, ROLE) == "99"
    assert scope_of(None) == "shared" and scope_of(guild) == "99"
    assert actor_of(FakeUser("ada", id=7)) == "discord:7:ada"


# -- the question limiter -----------------------------------------------------------------------


def test_the_limiter_allows_n_questions_per_window_per_user():
    now = [0.0]
    limiter = QuestionLimiter(2, 10, clock=lambda: now[0])
    assert limiter.hit(1) == 0 and limiter.hit(1) == 0
    assert limiter.hit(1) == 10
    assert limiter.hit(2) == 0  # per user
    now[0] = 4
    assert limiter.hit(1) == 6  # refusals do not count as questions
    now[0] = 10
    assert limiter.hit(1) == 0


def test_the_limiter_tells_once_per_refused_stretch():
    now = [0.0]
    limiter = QuestionLimiter(1, 10, clock=lambda: now[0])
    limiter.hit(1)
    assert limiter.first_refusal(1, limiter.hit(1)) is True
    assert limiter.first_refusal(1, limiter.hit(1)) is False
    now[0] = 10.5
    limiter.hit(1)
    assert limiter.first_refusal(1, limiter.hit(1)) is True


def test_the_limiter_forgets_idle_users():
    now = [0.0]
    limiter = QuestionLimiter(1, 10, clock=lambda: now[0])
    for user in range(1200):
        limiter.hit(user)
    now[0] = 100
    limiter.hit(5000)
    assert len(limiter._asked) < 10


# -- the error policy --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("error", "message"),
    [
        (NotFoundError("there is no fact #9"), "There is no fact #9."),
        (SalesBotError("fact #3 already has those values"), "Fact #3 already has those values."),
        (commands.CommandInvokeError(PermissionDeniedError("Only admins.")), "Only admins."),
        (
            commands.BadArgument('Converting to "int" failed for parameter "fact_id".'),
            'Converting to "int" failed for parameter "fact_id".',
        ),
        (commands.CheckFailure(), "You can't use that here."),
        (RuntimeError("secret internals"), None),
        (commands.CommandInvokeError(KeyError("x")), None),
    ],
)
def test_user_errors_get_their_message_and_others_none(error, message):
    assert errors.user_message(error) == message


async def test_an_unknown_command_is_not_answered():
    sent = []

    class Recorder:
        user = guild = None

        async def send(self, **kwargs):
            sent.append(kwargs)

    await errors.report(Recorder(), commands.CommandNotFound("nope"), where="test")
    await errors.report(Recorder(), RuntimeError("boom"), where="test")
    assert sent == [{"content": errors.APOLOGY, "ephemeral": True}]


# -- mentions -----------------------------------------------------------------------------------


def message(content: str, self_role_id: int | None = None, *, dm: bool = False):
    role = SimpleNamespace(id=self_role_id) if self_role_id else None
    return SimpleNamespace(content=content, guild=None if dm else SimpleNamespace(self_role=role))


@pytest.mark.parametrize(
    ("content", "question"),
    [
        ("<@10> how many?", "how many?"),
        ("how   many <@!10> ?", "how many ?"),
        ("<@&77> sony net loss", "sony net loss"),  # the bot's own role, picked from the @ menu
        ("<@11> how many?", None),  # someone else
        ("!ask <@10> how many?", None),  # a prefix command handles itself
        ("<@&78> how many?", None),
    ],
)
def test_mention_question(content, question):
    assert mention_question(message(content, 77), 10, "!") == question


def test_in_a_direct_message_any_text_is_a_question():
    assert mention_question(message(" how  many? ", dm=True), 10, "!") == "how many?"
    assert mention_question(message("!ask how many?", dm=True), 10, "!") is None
