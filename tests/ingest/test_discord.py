"""The Discord half: /ingest with a file or pasted text, the candidate pages and their
Approve, Reject, Edit and Approve all buttons, and refusals for anyone who is not an
admin, in every callback. Clicks and forms go through discord.py's own dispatch
(tests/discord_bot/dispatch.py); the file upload uses the shared Interaction double."""

# ruff: noqa: F811 - the Discord fixtures are imported from tests/discord_bot/conftest.py
from __future__ import annotations

import threading
from datetime import date

import discord
import pytest

from bot.ingest import decisions, service
from bot.ingest.documents import parse_document
from bot.ingest.service import ingest
from tests.discord_bot.conftest import (  # noqa: F401 - fixtures
    discord_api,
    make_admin,
    make_bot,
    replies,
    server,
)
from tests.discord_bot.fakes import FakeInteraction, FakeUser
from tests.ingest.conftest import SEEDS


def scope() -> str:
    return str(server(0).guild.id)


def channel(index: int = 0):
    return server(index).channels[0]


def _candidates(store) -> list[int]:
    raw = (SEEDS / "000_aebab6e0bc5019f1.txt").read_text(encoding="utf-8")
    result = ingest(
        store,
        parse_document(raw, ".txt"),
        published=date(2014, 5, 14),
        scope=scope(),
        actor="test",
        entity="Sony",
        fiscal_year_end="03-31",
        named_by="start",
    )
    return [c.id for c in result.candidates]


@pytest.fixture
async def bot(make_bot, discord_api):
    made = await make_bot(audit=True, empty=True)  # the seed would state these figures already
    discord_api.use(made)
    return made


async def review(api, person) -> dict:
    await api.slash("review", person, channel())
    page = api.last()
    assert page.ephemeral
    return page.message


async def test_admin_approves_and_the_page_moves_on(bot, discord_api):
    ids = _candidates(bot.store)
    ada = await make_admin()
    page = await review(discord_api, ada)
    await discord_api.click(page, "Approve", ada, channel())
    assert bot.store.candidate(ids[0], scope()).status == "approved"
    shown = discord_api.last()
    assert shown.kind == "update" and f"Approved #{ids[0]}" in shown.text()
    assert f"Candidate #{ids[1]}" in shown.text()
    assert any(f"approved candidate #{ids[0]}" in m.content for m in replies())  # audited


async def test_reject_and_approve_all(bot, discord_api):
    ids = _candidates(bot.store)
    ada = await make_admin()
    page = await review(discord_api, ada)
    await discord_api.click(page, "Reject", ada, channel())
    assert bot.store.candidate(ids[0], scope()).status == "rejected"
    await discord_api.click(page, "Approve all", ada, channel())
    assert {bot.store.candidate(i, scope()).status for i in ids[1:]} == {"approved"}
    shown = discord_api.last()
    assert f"Approved {len(ids) - 1} of {len(ids) - 1}" in shown.text()
    buttons = discord_api.current(page).items()
    assert [b["disabled"] for b in buttons if b["label"] != "▶"] == [True] * 5  # nothing left


@pytest.mark.parametrize("label", ["Approve", "Reject", "Edit", "Approve all", "▶"])
async def test_non_admins_are_refused_in_every_callback(bot, discord_api, label):
    ids = _candidates(bot.store)
    page = await review(discord_api, await make_admin())
    await discord_api.click(page, label, server(0).members[1], channel())
    refused = discord_api.last()
    assert refused.ephemeral and "Manage Server" in refused.text()
    assert {bot.store.candidate(i, scope()).status for i in ids} == {"pending"}


async def test_another_servers_candidates_are_not_touched(bot, discord_api):
    ids = _candidates(bot.store)
    page = await review(discord_api, await make_admin())
    elsewhere = await make_admin(index=1)
    await discord_api.click(page, "Approve", elsewhere, channel(1))
    assert "not one of this server's candidates" in discord_api.last().content
    assert bot.store.candidate(ids[0], scope()).status == "pending"


async def test_edit_opens_a_prefilled_form_and_corrects_the_candidate(bot, discord_api):
    ids = _candidates(bot.store)
    ada = await make_admin()
    page = await review(discord_api, ada)
    await discord_api.click(page, "Edit", ada, channel())
    modal = discord_api.last()
    assert modal.kind == "modal"
    fields = {c["custom_id"]: c for r in modal.payload["components"] for c in r["components"]}
    assert fields["metric"]["value"] == "smartphones sold"
    await discord_api.submit(
        modal.payload, server(0).members[1], channel(), message=page, value="1M"
    )
    assert "Manage Server" in discord_api.last().content
    await discord_api.submit(modal.payload, ada, channel(), message=page, value="55M")
    assert bot.store.candidate(ids[0], scope()).fields["value"] == 55000000
    assert "Corrected" in discord_api.last().text()


async def test_a_decided_candidate_says_so_and_its_button_greys_out(bot, discord_api):
    ids = _candidates(bot.store)
    ada = await make_admin()
    page = await review(discord_api, ada)
    decisions.reject(bot.store, ids[0], scope=scope(), actor="cli")  # decided elsewhere meanwhile
    await discord_api.click(page, "Approve", ada, channel())
    assert "already rejected" in discord_api.last().content
    assert discord_api.current(page).item("Approve")["disabled"]


async def test_review_buttons_never_read_the_store_on_the_event_loop(bot, discord_api, monkeypatch):
    """Every store call from a click runs in the worker (a click during a long import must
    not freeze the bot)."""
    _candidates(bot.store)
    ada = await make_admin()
    page = await review(discord_api, ada)
    loop_thread = threading.get_ident()
    on_loop: list[str] = []
    store_class = type(bot.store)
    for name in (
        "candidate",
        "candidates",
        "pending_place",
        "pending_ids",
        "approve_fact",
        "list_facts",
        "fact",
        "sources",
    ):
        original = getattr(store_class, name, None)
        if original is None:
            continue

        def spy(self, *args, _original=original, _name=name, **kwargs):
            if threading.get_ident() == loop_thread:
                on_loop.append(_name)
            return _original(self, *args, **kwargs)

        monkeypatch.setattr(store_class, name, spy)
    for label in ("▶", "◀", "Approve", "Reject", "Approve all"):
        await discord_api.click(page, label, ada, channel())
    await review(discord_api, ada)
    assert on_loop == []


async def test_review_pages_walk_the_pending_candidates_in_order(bot, discord_api):
    ids = _candidates(bot.store)
    n = len(ids)
    ada = await make_admin()
    page = await review(discord_api, ada)
    assert f"Candidate #{ids[0]}" in discord_api.last().text() and f"1 of {n}" in (
        discord_api.last().text()
    )
    assert discord_api.current(page).item("◀")["disabled"]
    await discord_api.click(page, "▶", ada, channel())
    assert f"Candidate #{ids[1]}" in discord_api.last().text()
    assert f"2 of {n}" in discord_api.last().text()
    await discord_api.click(page, "Reject", ada, channel())  # the page moves to the next one
    shown = discord_api.last().text()
    assert f"Candidate #{ids[2]}" in shown and f"2 of {n - 1}" in shown
    await discord_api.click(page, "◀", ada, channel())  # over the rejected one
    assert f"Candidate #{ids[0]}" in discord_api.last().text()
    for _ in range(n):
        await discord_api.click(page, "▶", ada, channel())
    assert f"Candidate #{ids[-1]}" in discord_api.last().text()
    assert f"{n - 1} of {n - 1}" in discord_api.last().text()
    assert discord_api.current(page).item("▶")["disabled"]


async def test_a_review_click_reads_one_candidate_not_every_pending_one(
    bot, discord_api, monkeypatch
):
    """A long report leaves thousands pending: a click reads the candidate it shows and
    the pending ids' counts, never every pending candidate."""
    _candidates(bot.store)
    ada = await make_admin()
    page = await review(discord_api, ada)
    read: list[int] = []
    store_class = type(bot.store)
    original = store_class.candidates

    def spy(self, *args, **kwargs):
        found = original(self, *args, **kwargs)
        read.append(len(found))
        return found

    monkeypatch.setattr(store_class, "candidates", spy)
    for label in ("▶", "▶", "◀", "Approve", "Reject", "Edit"):
        await discord_api.click(page, label, ada, channel())
    choices = await discord_api.autocomplete("review", ada, channel(), "source", source="")
    assert read == [] and len(choices) == 1  # the source list reads keys, not candidates


async def test_slash_ingest_with_an_attached_file(bot):
    class Attachment:
        filename = "sony-q2.txt"
        size = 6000

        async def read(self):
            return (SEEDS / "002_ae097e13ff0e5f73.txt").read_bytes()

    cog = bot.get_cog("Ingesting")
    ada = FakeUser("ada", guild_permissions=discord.Permissions(manage_guild=True))
    it = FakeInteraction(bot, ada, guild=server(0).guild, channel=channel())
    await cog.ingest.callback(
        cog,
        it,
        file=Attachment(),
        published="2013-10-31",
        entity="Sony",
        fiscal_year_end="03-31",
        named_by="start",
    )
    assert it.calls[0].method == "defer" and it.calls[0].ephemeral
    sent = it.calls[1]  # the private "thinking…" becomes the first candidate
    assert sent.method == "edit_original_response"
    assert "candidate facts" in sent.text() and "Candidate #" in sent.text()
    labels = [getattr(c.item, "label", None) for c in sent.view.children]
    assert labels == ["◀", "▶", "Approve", "Reject", "Edit", "Approve all"]
    assert len(bot.store.candidates(scope(), status="pending")) >= 6


async def test_slash_ingest_without_a_file_opens_the_paste_form(bot, discord_api):
    ada = await make_admin()
    await discord_api.slash("ingest", ada, channel(), published="2016-02-01", entity="Kite")
    modal = discord_api.last()
    assert modal.kind == "modal"
    await discord_api.submit(
        modal.payload,
        ada,
        channel(),
        title="Kite results",
        report="Kite sold 3 million watches in 2015.",
    )
    pending = bot.store.candidates(scope(), status="pending")
    assert [c.fields["value"] for c in pending] == [3000000]
    shown = discord_api.last()
    assert shown.ephemeral and "Candidate #" in shown.text()


async def test_a_bad_date_is_refused_before_the_paste_form(bot, discord_api):
    await discord_api.slash("ingest", await make_admin(), channel(), published="last week")
    (sent,) = discord_api.new()
    assert (
        sent.kind == "message"
        and sent.ephemeral
        and "published must be a date" in sent.text().lower()
    )


async def test_slash_commands_refuse_non_admins(bot, discord_api):
    plain = server(0).members[1]
    for name, options in (("ingest", {"published": "2016-02-01"}), ("review", {})):
        await discord_api.slash(name, plain, channel(), **options)
        refused = discord_api.last()
        assert refused.ephemeral and "Manage Server" in refused.content


async def test_review_autocompletes_its_source_for_admins_only(bot, discord_api):
    _candidates(bot.store)
    key = bot.store.candidates(scope())[0].source_key
    choices = await discord_api.autocomplete(
        "review", await make_admin(), channel(), "source", source=""
    )
    assert [c["value"] for c in choices] == [key]
    none = await discord_api.autocomplete(
        "review", server(0).members[1], channel(), "source", source=""
    )
    assert none == []
    for c in bot.store.candidates(scope()):
        bot.store.reject_candidate(c.id, scope=scope(), actor="test")
    decided = await discord_api.autocomplete(
        "review", await make_admin(), channel(), "source", source=""
    )
    assert decided == []  # nothing of it waits for review any more


async def test_review_lists_pending_candidates_after_a_restart(make_bot, discord_api):
    first = await make_bot(empty=True)
    discord_api.use(first)
    ids = _candidates(first.store)
    ada = await make_admin()
    page = await review(discord_api, ada)
    bot = await make_bot.restart(first)
    discord_api.use(bot)
    await discord_api.click(page, "▶", ada, channel())
    assert f"Candidate #{ids[1]}" in discord_api.last().text()
    await discord_api.click(page, "Approve", ada, channel())
    assert bot.store.candidate(ids[1], scope()).status == "approved"


async def test_slash_ingest_shows_ranges_specific_metrics_and_a_proposed_calendar(bot, discord_api):
    report = (
        "Wren Foods raises its outlook\n\n"
        "Wren Foods said revenue for its fiscal year ended June 30, 2024 was $5 billion. "
        "It expects to ship 212,000 to 217,000 pie ovens in fiscal 2025.\n"
    )

    class Attachment:
        filename = "wren.txt"
        size = len(report)

        async def read(self):
            return report.encode()

    cog = bot.get_cog("Ingesting")
    ada = FakeUser("ada", guild_permissions=discord.Permissions(manage_guild=True))
    it = FakeInteraction(bot, ada, guild=server(0).guild, channel=channel())
    await cog.ingest.callback(cog, it, file=Attachment(), published="2024-08-01", entity=None)
    text = it.calls[1].text()
    assert "New company **Wren Foods**: fiscal year ends 06-30" in text
    assert "proposed from the report (“fiscal year ended June 30, 2024”)" in text
    admin = await make_admin()
    page = await review(discord_api, admin)
    shown = [discord_api.last().text()]
    for _ in bot.store.candidates(scope(), status="pending")[1:]:
        await discord_api.click(page, "▶", admin, channel())
        shown.append(discord_api.last().text())
    pages = "\n".join(shown)
    assert "pie ovens shipped" in pages and "212,000 to 217,000" in pages
    assert "fiscal year ends 06-30, named by its end year (proposed from the report" in pages


async def test_a_long_ingest_shows_its_progress_then_the_candidates(bot, discord_api, monkeypatch):
    """Through discord.py's dispatch: the pasted report is read in the worker thread, its
    progress edits the private response, and the first candidate replaces the progress."""
    from bot.discord_bot import progress

    monkeypatch.setattr(progress, "EDIT_INTERVAL", 0)  # every figure the loop sees is shown
    read_on: list[str] = []
    real_read = service.read

    def spy(*args, **kwargs):
        read_on.append(threading.current_thread().name)
        return real_read(*args, **kwargs)

    monkeypatch.setattr(service, "read", spy)
    paragraphs = [
        f"Kite sold {n} million watches in {year}, the company said. "
        f"It expects to sell {n + 1} million watches in {year + 1}."
        for n, year in zip(range(2, 30), range(1990, 2018), strict=True)
    ]
    ada = await make_admin()
    await discord_api.slash("ingest", ada, channel(), published="2019-02-01", entity="Kite")
    modal = discord_api.last()
    discord_api.new()
    await discord_api.submit(
        modal.payload, ada, channel(), title="Kite results", report="\n\n".join(paragraphs)
    )
    sent = discord_api.new()
    assert sent[0].kind == "defer" and sent[0].ephemeral
    # (a Sent's message is the message as it is now; its payload is what that edit said)
    progress_edits = [
        s
        for s in sent
        if s.kind == "edit" and "Reading the report…" in (s.payload["content"] or "")
    ]
    assert progress_edits, [s.kind for s in sent]
    figures = [int(s.payload["content"].split("…")[1].strip(" %")) for s in progress_edits]
    assert figures == sorted(figures) and all(0 <= f <= 100 for f in figures)
    final = sent[-1]
    assert final.kind == "edit" and final.message is sent[0].message  # the same response
    assert "Candidate #" in final.text() and "Reading the report" not in final.text()
    assert discord_api.current(final.message).item("Approve")
    # read on its own thread: neither the event loop nor the store's worker waits on it
    assert read_on and read_on[0].startswith("salesbot-reader")
    pending = bot.store.candidates(scope(), status="pending")
    assert {c.fields["value"] for c in pending} >= {2e6, 3e6, 29e6}


async def test_an_ingest_that_fails_midway_leaves_no_progress_line(bot, discord_api, monkeypatch):
    from bot.discord_bot import progress

    monkeypatch.setattr(progress, "EDIT_INTERVAL", 0)
    report = "\n\n".join(f"sales rose to {n} million units in {1990 + n}." for n in range(2, 20))
    ada = await make_admin()
    await discord_api.slash("ingest", ada, channel(), published="2019-02-01")
    modal = discord_api.last()
    discord_api.new()
    await discord_api.submit(modal.payload, ada, channel(), title="Results", report=report)
    sent = discord_api.new()
    response = sent[0].message
    assert any(s.kind == "edit" and "…" in (s.payload.get("content") or "") for s in sent)
    assert discord_api.current(response).content == "Reading the report stopped."
    error = sent[-1]
    assert error.ephemeral and "could not tell which company" in error.text().lower()
    assert bot.store.candidates(scope()) == []


async def test_cancel_stops_a_running_ingest_before_anything_is_stored(
    bot, discord_api, monkeypatch
):
    """Cancel on the progress line, clicked while the worker is still reading: the ingest
    ends without storing anything, and the button then says the ingest is gone."""
    import asyncio

    from bot.discord_bot import progress

    monkeypatch.setattr(progress, "EDIT_INTERVAL", 0)
    clicked = threading.Event()
    real_read = service.read

    def held(*args, progress, **kwargs):
        def report(at: int, whole: int) -> None:
            progress(at, whole)
            clicked.wait(20)  # the reader waits here until the test has clicked Cancel

        return real_read(*args, progress=report, **kwargs)

    monkeypatch.setattr(service, "read", held)
    ada = await make_admin()
    await discord_api.slash("ingest", ada, channel(), published="2019-02-01", entity="Kite")
    modal = discord_api.last()
    discord_api.new()
    report = "\n\n".join(f"Kite sold {n} million kites in {1990 + n}." for n in range(2, 30))
    submitting = asyncio.create_task(
        discord_api.submit(modal.payload, ada, channel(), title="Kite", report=report)
    )
    response = None
    for _ in range(500):  # until the progress line with its Cancel button is shown
        await asyncio.sleep(0.01)
        shown = [s for s in discord_api.sent if s.kind == "edit" and s.payload.get("components")]
        if shown:
            response = shown[0].message
            break
    assert response is not None, [s.kind for s in discord_api.sent]
    await discord_api.click(response, "Cancel", server(0).members[1], channel())
    assert "Manage Server" in discord_api.last().text()  # a member cannot cancel it
    await discord_api.click(response, "Cancel", ada, channel())
    assert discord_api.last().kind == "update" and "Cancelling" in discord_api.last().text()
    clicked.set()
    await submitting
    assert "cancelled; nothing was stored" in discord_api.current(response).content
    assert discord_api.current(response).components == []
    assert bot.store.candidates(scope(), status=None) == []
    assert bot.store.sources(scope()) == []


async def test_questions_are_answered_while_a_report_is_being_read(bot, discord_api, monkeypatch):
    """Reading a long report takes minutes of CPU: it runs on its own thread, so the store's
    worker answers everyone's questions meanwhile instead of queueing them behind it."""
    import asyncio

    reading = threading.Event()
    release = threading.Event()
    real_read = service.read

    def held(*args, **kwargs):
        reading.set()
        release.wait(60)  # the reader is busy until the question has been answered
        return real_read(*args, **kwargs)

    monkeypatch.setattr(service, "read", held)
    ada = await make_admin()
    await discord_api.slash("ingest", ada, channel(), published="2019-02-01", entity="Kite")
    modal = discord_api.last()
    discord_api.new()
    report = "\n\n".join(f"Kite sold {n} million kites in {1990 + n}." for n in range(2, 8))
    submitting = asyncio.create_task(
        discord_api.submit(modal.payload, ada, channel(), title="Kite", report=report)
    )
    for _ in range(6000):  # (a minute at most: a busy machine may take seconds to start it)
        await asyncio.sleep(0.01)
        if reading.is_set():
            break
    assert reading.is_set()
    try:
        await asyncio.wait_for(
            discord_api.slash(
                "ask", server(0).members[1], channel(), question="sony smartphones sold fy2013"
            ),
            timeout=60,
        )
        answered = discord_api.last()
        assert answered.kind == "message" and "sony" in answered.text().lower()
        assert not release.is_set()  # answered while the report was still being read
    finally:
        release.set()
    await submitting
    assert bot.store.candidates(scope(), status="pending")


async def test_a_cancel_button_whose_ingest_is_over_says_so(bot, discord_api):
    from bot.discord_bot.components import BaseView
    from bot.discord_bot.ingest_views import CancelIngest

    ada = await make_admin()
    await discord_api.slash("review", ada, channel())  # any private response to carry it
    message = discord_api.last().message
    message["components"] = BaseView(bot, CancelIngest(server(0).guild.id, "ab12")).to_components()
    await discord_api.click(message, "Cancel", ada, channel())
    assert "no longer running" in discord_api.last().text()
    assert discord_api.current(message).item("Cancel")["disabled"]


async def test_a_report_over_the_configured_size_is_refused_before_downloading(make_bot):
    from bot.facts.model import SalesBotError

    bot = await make_bot(empty=True, max_report_mb=1)

    class Huge:
        filename = "huge.txt"
        size = 3 * 1024 * 1024

        async def read(self):
            raise AssertionError("a report over the limit must not be downloaded")

    cog = bot.get_cog("Ingesting")
    ada = FakeUser("ada", guild_permissions=discord.Permissions(manage_guild=True))
    it = FakeInteraction(bot, ada, guild=server(0).guild, channel=channel())
    with pytest.raises(SalesBotError, match=r"huge.txt is too large \(3072 KB; at most 1024 KB\)"):
        await cog.ingest.callback(cog, it, file=Huge(), published="2019-02-01", entity="Kite")
    assert it.calls == []  # not even deferred: the refusal is the first and only answer
    assert bot.store.sources(scope()) == []


async def test_a_result_that_outlives_the_interaction_comes_by_direct_message(bot):
    class Expired(FakeInteraction):
        async def edit_original_response(self, **kwargs):
            raise discord.HTTPException(_Gone(), "Invalid Webhook Token")

    class Admin(FakeUser):
        async def send(self, **kwargs):
            direct.append(kwargs)

    class Attachment:
        filename = "sony-q2.txt"
        size = 6000

        async def read(self):
            return (SEEDS / "002_ae097e13ff0e5f73.txt").read_bytes()

    direct: list[dict] = []
    ada = Admin("ada", guild_permissions=discord.Permissions(manage_guild=True))
    cog = bot.get_cog("Ingesting")
    it = Expired(bot, ada, guild=server(0).guild, channel=channel())
    await cog.ingest.callback(cog, it, file=Attachment(), published="2013-10-31", entity="Sony")
    [sent] = direct
    assert "Candidate #" in sent["embed"].title and sent["view"] is not None
    assert bot.store.candidates(scope(), status="pending")


class _Gone:
    status = 401
    reason = "Unauthorized"
