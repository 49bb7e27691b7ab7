"""Buttons, menus and forms through discord.py's own dispatch (tests/discord_bot/dispatch.py):
they act, refuse non-admins, survive a restart (a new bot on the same store, clicking
what the old one sent), say so when their target is gone, and grey out on timeout."""

from __future__ import annotations

import asyncio

import discord.ext.test as dpytest

from bot.discord_bot import components
from bot.facts.bundle import parse_bundle
from tests.discord_bot.conftest import (
    ACME_QUOTE,
    acme_bundle,
    add_acme,
    make_admin,
    only_reply,
    replies,
    say,
    server,
)

REFUSAL = "Only members with the Manage Server permission"
ACME_Q = "how many smartphones did acme sell in 2013"
AMBIGUOUS = "how many smartphones were sold"
UNKNOWN = "what was the weather"


def channel(index: int = 0):
    return server(index).channels[0]


def add_acme_source(bot, guild) -> None:
    bundle = acme_bundle()
    bundle["facts"] = []
    bot.store.import_bundle(parse_bundle(bundle), actor="test", scope=str(guild.id))


def scope(index: int = 0) -> str:
    return str(server(index).guild.id)


async def ask_in(index: int, question: str):
    await say(f"!ask {question}", server_index=index)
    return only_reply().embeds[0]


# -- the fact form and Undo ----------------------------------------------------------------


async def test_add_a_fact_through_the_form_and_only_this_server_sees_it(make_bot, discord_api):
    bot = await make_bot(audit=True)
    discord_api.use(bot)
    add_acme_source(bot, server(0).guild)
    ada = await make_admin()
    await discord_api.slash(
        "fact add", ada, channel(), source="acme-2013", metric="smartphones sold"
    )
    modal = discord_api.last()
    assert modal.kind == "modal" and modal.payload["title"] == "Add a fact"
    fields = {c["custom_id"]: c for row in modal.payload["components"] for c in row["components"]}
    assert fields["metric"]["value"] == "smartphones sold"  # pre-filled
    await discord_api.submit(
        modal.payload, ada, channel(), company="Acme", period="2013", value="12M", quote=ACME_QUOTE
    )
    card = discord_api.last()
    assert card.ephemeral and card.embeds[0]["title"].startswith("Added fact #")
    fact_id = int(card.embeds[0]["title"].split("#")[1])
    stored = bot.store.fact(fact_id, scope()).fact
    assert (stored.entity, stored.value, stored.scope) == ("Acme", 12e6, scope())
    assert stored.created_by == f"discord:{ada.id}:{ada.name}"
    audit = [m.content for m in replies()]
    assert audit == [
        f"<@{ada.id}> ({ada.name}) added fact #{fact_id}: Acme smartphones sold, 2013 (actual): "
        "12 million smartphones"
    ]
    assert (await ask_in(0, ACME_Q)).description == "Acme sold 12 million smartphones in 2013."
    assert (await ask_in(1, ACME_Q)).title == "I don't have that"

    bob = await make_admin(member=1)
    await discord_api.click(card.message, "Undo", bob, channel())
    undone = discord_api.last()
    assert undone.kind == "update" and undone.items() == []
    assert undone.embeds[0]["title"] == f"Undone: fact #{fact_id} (removed)"
    assert f"fact #{fact_id} is removed again" in only_reply().content  # the audit line
    assert (await ask_in(0, ACME_Q)).title == "I don't have that"


async def test_an_unknown_source_is_refused_before_the_form_opens(bot, discord_api):
    discord_api.use(bot)
    ada = await make_admin()
    await discord_api.slash("fact add", ada, channel(), source="no-such-report")
    (sent,) = discord_api.new()
    assert sent.kind == "message" and sent.ephemeral
    assert sent.content.startswith("No source with key 'no-such-report'")


async def test_edit_opens_a_prefilled_form_and_changes_what_was_typed(bot, discord_api):
    discord_api.use(bot)
    fact_id = add_acme(bot, server(0).guild)
    ada = await make_admin()
    await discord_api.slash("fact edit", ada, channel(), id=fact_id)
    modal = discord_api.last().payload
    assert modal["title"] == f"Edit fact #{fact_id}"
    defaults = {
        c["custom_id"]: c.get("value") for r in modal["components"] for c in r["components"]
    }
    assert defaults == {
        "entity": "Acme",
        "metric": "smartphones sold",
        "period": "2013",
        "value": "12 million units",
        "quote": ACME_QUOTE,
    }
    await discord_api.submit(modal, ada, channel())
    assert "already has those values" in discord_api.last().content
    await discord_api.submit(modal, ada, channel(), value="lots")
    assert discord_api.last().ephemeral and "lots" in discord_api.last().content
    assert bot.store.fact(fact_id, scope()).fact.value == 12e6
    await discord_api.submit(modal, ada, channel(), value="13M")
    assert discord_api.last().embeds[0]["title"] == f"Edited fact #{fact_id}"
    assert (await ask_in(0, ACME_Q)).description == "Acme sold 13 million smartphones in 2013."


async def test_prefix_add_offers_a_button_for_its_admin_only(bot, discord_api, payloads):
    discord_api.use(bot)
    add_acme(bot, server(0).guild)
    boss = await make_admin(member=1)
    await say("!fact add acme-2013 target", member=boss)
    reply = only_reply()
    assert "press the button" in reply.content
    message = discord_api.adopt(reply, payloads[-1])

    other = await make_admin()
    await discord_api.click(message, "Open the form to add the fact", other, channel())
    assert "belongs to the admin who asked" in discord_api.last().content
    await discord_api.click(message, "Open the form to add the fact", boss, channel())
    modal = discord_api.last()
    assert modal.kind == "modal"
    await discord_api.submit(
        modal.payload,
        boss,
        channel(),
        company="Acme",
        metric="smartphones sold",
        period="2014",
        value="20M",
        quote=ACME_QUOTE,
    )
    fact_id = int(discord_api.last().embeds[0]["title"].split("#")[1])
    fact = bot.store.fact(fact_id, scope()).fact
    assert (fact.kind.value, fact.value, fact.period.iso()) == (
        "target",
        20e6,
        "2014-01-01/2014-12-31",
    )


async def test_buttons_and_forms_refuse_non_admins_and_change_nothing(bot, discord_api):
    discord_api.use(bot)
    fact_id = add_acme(bot, server(0).guild)
    ada = await make_admin()
    stranger = server(1).members[0]  # not an admin anywhere
    await discord_api.slash("fact remove", ada, channel(), id=fact_id)
    removed = discord_api.last()
    await discord_api.slash("fact list", ada, channel())
    listed = discord_api.last()
    await discord_api.slash("fact add", ada, channel(), source="acme-2013")
    form = discord_api.last().payload
    before = bot.store.audit_log(scope(), limit=1000)
    plain = server(0).members[1]
    for message, label in ((removed.message, "Undo"), (listed.message, "Next")):
        await discord_api.click(message, label, plain, channel())
        refused = discord_api.last()
        assert refused.ephemeral and refused.content.startswith(REFUSAL), label
    await discord_api.submit(form, plain, channel(), company="Acme", period="2015", value="1M")
    assert discord_api.last().content.startswith(REFUSAL)
    # A component shown in one server, clicked from another: refused too.
    await discord_api.click(removed.message, "Undo", stranger, channel(1))
    assert discord_api.last().content == "This belongs to another server."
    assert bot.store.audit_log(scope(), limit=1000) == before


# -- lists ---------------------------------------------------------------------------------


async def test_fact_list_pages_with_buttons(bot, discord_api):
    from bot.discord_bot.curation import PAGE_SIZE

    discord_api.use(bot)
    ada = await make_admin()
    await discord_api.slash("fact list", ada, channel())
    listed = discord_api.last()
    first = listed.embeds[0]
    assert listed.ephemeral and len(first["description"].splitlines()) == PAGE_SIZE
    await discord_api.click(listed.message, "Next", ada, channel())
    second = discord_api.last().embeds[0]
    total = len(bot.store.list_facts("shared", limit=1000))
    assert len(second["description"].splitlines()) == total - PAGE_SIZE
    assert discord_api.current(listed.message).item("Next")["disabled"]
    await discord_api.click(listed.message, "Previous", ada, channel())
    assert discord_api.last().embeds[0]["description"] == first["description"]

    await discord_api.slash(
        "fact list", ada, channel(), kind="target", entity="Sony", period="FY2013"
    )
    narrowed = discord_api.last()
    assert len(narrowed.embeds[0]["description"].splitlines()) == 2 and narrowed.items() == []


async def test_source_list_pages_through_every_source(bot, discord_api):
    discord_api.use(bot)
    bundle = acme_bundle()
    bundle["facts"] = []
    base = bundle["sources"][0]
    bundle["sources"] = [
        {**base, "key": f"report-{i:03}", "title": f"Report {i:03}"} for i in range(302)
    ]
    bot.store.import_bundle(parse_bundle(bundle), actor="test", scope=scope())
    total = len(bot.store.sources(scope()))
    ada = await make_admin()
    await discord_api.slash("source list", ada, channel())
    listed = discord_api.last()
    seen = []
    for _ in range(total):
        page = discord_api.current(listed.message)
        seen += [line.split("`")[1] for line in page.embeds[0]["description"].splitlines()]
        if page.item("Next")["disabled"]:
            break
        await discord_api.click(listed.message, "Next", ada, channel())
    assert len(seen) == len(set(seen)) == total  # every source, each once
    assert page.embeds[0]["footer"]["text"].endswith(f"of {total}")


async def test_an_ambiguous_answer_says_how_many_more_fit(bot, discord_api):
    discord_api.use(bot)
    bundle = acme_bundle()
    fact = bundle["facts"][0]
    for i in range(30):
        bundle["entities"].append({"name": f"Maker {i:02}"})
        bundle["facts"].append({**fact, "entity": f"Maker {i:02}"})
    bot.store.import_bundle(parse_bundle(bundle), actor="test", scope=scope())
    await discord_api.slash("ask", server(0).members[0], channel(), question=AMBIGUOUS)
    asked = discord_api.last()
    offered = len(asked.item("select")["options"])
    companies = len(
        bot.store.entities_having(
            scope(),
            [m.id for m in bot.store.metrics(scope()) if m.name == "smartphones sold"],
            limit=1000,
        )
    )
    assert offered < companies
    assert (
        f"…and {companies - offered} more companies have smartphones sold figures"
        in (asked.embeds[0]["description"])
    )
    assert "Narrow it down by naming the company" in asked.embeds[0]["description"]


# -- restarts ------------------------------------------------------------------------------


async def test_every_component_keeps_working_after_a_restart(make_bot, discord_api, payloads):
    bot = await make_bot()
    discord_api.use(bot)
    add_acme(bot, server(0).guild)
    asker = server(0).members[0]
    ada = await make_admin(member=1)
    # Before: an ambiguous menu, suggestion buttons, Sources, Undo, a pager, an open form,
    # a form button and a review page.
    await discord_api.slash("ask", asker, channel(), question=AMBIGUOUS)
    menu = discord_api.last().message
    await discord_api.slash("ask", asker, channel(), question=UNKNOWN)
    suggestions = discord_api.last()
    await discord_api.slash("ask", asker, channel(), question=ACME_Q)
    answered = discord_api.last().message
    other = bot.store.list_facts(scope(), entity="Acme")[0].fact.id
    await discord_api.slash("fact remove", ada, channel(), id=other)
    undo = discord_api.last().message
    await discord_api.slash("fact list", ada, channel())
    pager = discord_api.last().message
    await discord_api.slash("fact add", ada, channel(), source="acme-2013")
    open_form = discord_api.last().payload
    await say("!fact add acme-2013", member=ada)
    form_button = discord_api.adopt(only_reply(), payloads[-1])
    candidate = add_candidate(bot)
    await discord_api.slash("review", ada, channel())
    review = discord_api.last().message

    bot = await make_bot.restart(bot)
    discord_api.use(bot)

    await discord_api.click(menu, "select", asker, channel(), values=["1"])
    assert discord_api.last().embeds[0]["description"].startswith("Sony sold 39 million")
    await discord_api.click(suggestions.message, suggestions.items()[0]["label"], asker, channel())
    assert discord_api.last().kind == "message" and discord_api.last().embeds[0]["description"]
    await discord_api.click(undo, "Undo", ada, channel())
    assert discord_api.last().embeds[0]["title"] == f"Undone: fact #{other} is back as it was"
    await discord_api.click(answered, "Sources", asker, channel())
    assert discord_api.last().ephemeral and ACME_QUOTE in discord_api.last().text()
    await discord_api.click(pager, "Next", ada, channel())
    assert discord_api.last().kind == "update"
    assert discord_api.last().embeds[0]["title"].endswith("page 2")
    await discord_api.submit(
        open_form,
        ada,
        channel(),
        company="Acme",
        metric="smartphones sold",
        period="2016",
        value="7M",
        quote=ACME_QUOTE,
    )
    assert discord_api.last().embeds[0]["title"].startswith("Added fact #")
    await discord_api.click(form_button, "Open the form to add the fact", ada, channel())
    assert discord_api.last().kind == "modal"
    await discord_api.click(review, "Approve", ada, channel())
    assert f"Approved #{candidate}" in discord_api.last().text()
    assert bot.store.candidate(candidate, scope()).status == "approved"


def add_candidate(bot) -> int:
    fields = {
        "entity": "Acme",
        "metric": "smartphones sold",
        "kind": "actual",
        "period": "2012-01-01/2012-12-31",
        "value": 9e6,
        "unit": "units",
        "as_of": "2014-02-01",
        "source": "acme-2013",
        "quote": ACME_QUOTE,
    }
    (cid,) = bot.store.add_candidates("acme-2013", [fields], scope=scope(), actor="test")
    return cid


async def test_a_component_whose_target_is_gone_says_so_and_disables_itself(bot, discord_api):
    discord_api.use(bot)
    fact_id = add_acme(bot, server(0).guild)
    ada = await make_admin()
    await discord_api.slash("fact remove", ada, channel(), id=fact_id)
    card = discord_api.last().message
    await discord_api.slash("fact undo", ada, channel())  # undone another way meanwhile
    await discord_api.click(card, "Undo", ada, channel())
    said = discord_api.new()
    assert said[-1].ephemeral and "was already undone" in said[-1].content
    assert discord_api.current(card).item("Undo")["disabled"]

    await discord_api.slash("ask", server(0).members[0], channel(), question=AMBIGUOUS)
    menu = discord_api.last().message
    bot.store.remove_fact(fact_id, scope=scope(), actor="test")
    await discord_api.click(menu, "select", server(0).members[0], channel(), values=[str(fact_id)])
    assert "removed meanwhile" in discord_api.last().content
    assert discord_api.current(menu).item("select")["disabled"]


async def test_review_pages_know_their_message_and_grey_out_on_timeout(
    bot, discord_api, monkeypatch
):
    monkeypatch.setattr(components, "VIEW_TIMEOUT", 0.05)
    discord_api.use(bot)
    add_acme(bot, server(0).guild)
    add_candidate(bot)
    ada = await make_admin()
    await discord_api.slash("review", ada, channel())
    page = discord_api.last().message
    assert any(not c.get("disabled") for c in discord_api.current(page).items())
    for _ in range(100):
        await asyncio.sleep(0.01)
        if all(c.get("disabled") for c in discord_api.current(page).items()):
            break
    assert all(c.get("disabled") for c in discord_api.current(page).items())
    # ... and the bot still listens for such buttons on other messages.
    await discord_api.slash("fact list", ada, channel())
    listed = discord_api.last().message
    await discord_api.click(listed, "Next", ada, channel())
    assert discord_api.last().kind == "update"
    # A page a click put there (ephemeral: only its interaction can edit it) greys out too.
    for _ in range(100):
        await asyncio.sleep(0.01)
        if all(c.get("disabled") for c in discord_api.current(listed).items()):
            break
    assert all(c.get("disabled") for c in discord_api.current(listed).items())


async def test_dpytest_world_is_shared_by_a_restart(make_bot):
    """The harness itself: a restarted bot answers in the same servers."""
    bot = await make_bot()
    bot = await make_bot.restart(bot)
    await dpytest.message(f"!ask {ACME_Q}", channel=channel(), member=server(0).members[0])
    assert only_reply().embeds[0].title == "I don't have that"


async def test_undo_works_from_the_direct_message_a_prefix_command_sent(bot, discord_api, payloads):
    discord_api.use(bot)
    fact_id = add_acme(bot, server(0).guild)
    boss = await make_admin(member=1)
    await say(f"!fact remove {fact_id}", member=boss)
    card, note = replies()
    dm = await boss.create_dm()
    assert card.channel.id == dm.id and note.channel == channel()
    message = discord_api.adopt(card, next(p for p in payloads if p.get("components")))
    # Someone else who got hold of the message cannot use it: they are not an admin there.
    await discord_api.click(message, "Undo", server(0).members[0], dm)
    assert discord_api.last().content.startswith(REFUSAL)
    await discord_api.click(message, "Undo", boss, dm)
    assert discord_api.last().embeds[0]["title"] == f"Undone: fact #{fact_id} is back as it was"
    assert not bot.store.fact(fact_id, scope()).fact.deleted


async def test_no_click_or_command_reads_the_store_on_the_event_loop(bot, discord_api, monkeypatch):
    """Every store call from Discord runs in the worker thread, so a long import never
    freezes the bot (the event loop never waits on the store's lock)."""
    import threading

    from bot.facts.store import FactStore

    discord_api.use(bot)
    fact_id = add_acme(bot, server(0).guild)
    add_candidate(bot)
    ada = await make_admin()
    asker = server(0).members[1]
    loop_thread = threading.get_ident()
    on_loop: set[str] = set()
    for name in dir(FactStore):
        method = getattr(FactStore, name)
        if name.startswith("__") or not callable(method) or isinstance(method, type):
            continue

        def spy(self, *args, _method=method, _name=name, **kwargs):
            if threading.get_ident() == loop_thread:
                on_loop.add(_name)
            return _method(self, *args, **kwargs)

        monkeypatch.setattr(FactStore, name, spy)

    await discord_api.slash("ask", asker, channel(), question=AMBIGUOUS)
    await discord_api.click(discord_api.last().message, "select", asker, channel(), values=["1"])
    await discord_api.click(discord_api.last().message, "Sources", asker, channel())
    await discord_api.slash("ask", asker, channel(), question=UNKNOWN)
    suggestions = discord_api.last()
    await discord_api.click(suggestions.message, suggestions.items()[0]["label"], asker, channel())
    await discord_api.slash("help", ada, channel())
    await discord_api.slash("fact list", ada, channel())
    await discord_api.click(discord_api.last().message, "Next", ada, channel())
    await discord_api.slash("source list", ada, channel())
    await discord_api.slash("review", ada, channel())
    page = discord_api.last().message
    for label in ("Edit", "Approve"):
        await discord_api.click(page, label, ada, channel())
    await discord_api.autocomplete("fact remove", ada, channel(), "id", id="")
    await discord_api.slash("fact remove", ada, channel(), id=fact_id)
    await discord_api.click(discord_api.last().message, "Undo", ada, channel())
    await discord_api.slash("fact add", ada, channel(), source="acme-2013")
    await discord_api.slash("settings", ada, channel(), cooldown_questions=9)
    assert on_loop == set()


async def test_a_button_from_before_components_carried_their_state_says_so(bot, discord_api):
    discord_api.use(bot)
    await discord_api.slash("ask", server(0).members[0], channel(), question=ACME_Q)
    message = discord_api.last().message
    # What the previous version sent: a random custom_id only its own process knew.
    message["components"] = [
        {
            "type": 1,
            "components": [
                {"type": 2, "style": 2, "label": "Next", "custom_id": "26ae566edaf75cac1844f1b1"}
            ],
        }
    ]
    await discord_api.click(message, "Next", server(0).members[0], channel())
    said = discord_api.last()
    assert said.ephemeral and said.content == components.STALE
    assert discord_api.current(message).item("Next")["disabled"]
