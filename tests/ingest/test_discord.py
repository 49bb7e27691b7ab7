"""The Discord half: /ingest with a file or pasted text, the candidate pages and their
Approve, Reject, Edit and Approve all buttons, and refusals for anyone who is not an
admin, in every callback. Uses the shared Interaction double (tests/discord_bot/fakes.py)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from bot.config import BotSettings
from bot.discord_bot.cogs.ingesting import Ingesting
from bot.discord_bot.ingest_views import CandidateForm, PasteForm, ReviewView
from bot.facts.store import FactStore
from bot.ingest.documents import parse_document
from bot.ingest.service import ingest
from tests.discord_bot.fakes import FakeInteraction, admin, member
from tests.ingest.conftest import SEEDS

GUILD = SimpleNamespace(id=4242, name="sales")
SCOPE = str(GUILD.id)


class FakeBot(SimpleNamespace):
    async def post_audit(self, guild, line):
        self.audit.append(line)


@pytest.fixture
def store():
    s = FactStore.in_memory()
    yield s
    s.close()


@pytest.fixture
def bot(store):
    return FakeBot(settings=BotSettings(token=""), store=store, audit=[], _connection=None)


def _interaction(bot, user, guild=GUILD):
    return FakeInteraction(bot, user, guild=guild)


def _candidates(store):
    raw = (SEEDS / "000_aebab6e0bc5019f1.txt").read_text(encoding="utf-8")
    from datetime import date

    result = ingest(
        store,
        parse_document(raw, ".txt"),
        published=date(2014, 5, 14),
        scope=SCOPE,
        actor="test",
        entity="Sony",
        fiscal_year_end="03-31",
        named_by="start",
    )
    return [c.id for c in result.candidates]


def _button(view, label):
    return next(b for b in view.children if getattr(b, "label", None) == label)


async def test_admin_approves_and_the_page_moves_on(bot, store):
    ids = _candidates(store)
    view = ReviewView(store, SCOPE, ids)
    it = _interaction(bot, admin())
    await _button(view, "Approve").callback(it)
    assert store.candidate(ids[0], SCOPE).status == "approved"
    (call,) = it.calls
    assert call.method == "edit_message" and f"Approved #{ids[0]}" in call.text()
    assert view.page == 1
    assert any("approved candidate" in line for line in bot.audit)


async def test_reject_and_approve_all(bot, store):
    ids = _candidates(store)
    view = ReviewView(store, SCOPE, ids)
    await _button(view, "Reject").callback(_interaction(bot, admin()))
    assert store.candidate(ids[0], SCOPE).status == "rejected"
    it = _interaction(bot, admin())
    await _button(view, "Approve all").callback(it)
    assert {store.candidate(i, SCOPE).status for i in ids[1:]} == {"approved"}
    assert f"Approved {len(ids) - 1} of {len(ids) - 1}" in it.calls[0].text()
    assert _button(view, "Approve all").disabled


@pytest.mark.parametrize("label", ["Approve", "Reject", "Edit", "Approve all", "▶"])
async def test_non_admins_are_refused_in_every_callback(bot, store, label):
    ids = _candidates(store)
    view = ReviewView(store, SCOPE, ids)
    it = _interaction(bot, member())
    button = _button(view, label)
    try:
        await button.callback(it)
    except Exception as e:  # the view's on_error turns it into the refusal message
        await view.on_error(it, e, button)
    (call,) = it.calls
    assert call.ephemeral and "Manage Server" in call.text()
    assert {store.candidate(i, SCOPE).status for i in ids} == {"pending"}


async def test_another_servers_candidates_are_not_touched(bot, store):
    ids = _candidates(store)
    view = ReviewView(store, SCOPE, ids)
    it = _interaction(bot, admin(), guild=SimpleNamespace(id=99, name="other"))
    with pytest.raises(Exception, match="another server"):
        await _button(view, "Approve").callback(it)
    assert store.candidate(ids[0], SCOPE).status == "pending"


async def test_edit_opens_a_prefilled_form_and_corrects_the_candidate(bot, store):
    ids = _candidates(store)
    view = ReviewView(store, SCOPE, ids)
    it = _interaction(bot, admin())
    await _button(view, "Edit").callback(it)
    form = it.calls[0].kwargs["modal"]
    assert isinstance(form, CandidateForm)
    assert form.inputs["metric"].default == "smartphones sold"
    form.inputs["value"]._value = "55M"
    submit = _interaction(bot, admin())
    await form.on_submit(submit)
    assert store.candidate(ids[0], SCOPE).fields["value"] == 55000000
    assert "Corrected" in submit.calls[0].text()
    refused = _interaction(bot, member())
    with pytest.raises(Exception, match="Manage Server"):
        await form.on_submit(refused)


async def test_slash_ingest_with_an_attached_file(bot, store):
    class Attachment:
        filename = "sony-q2.txt"
        size = 6000

        async def read(self):
            return (SEEDS / "002_ae097e13ff0e5f73.txt").read_bytes()

    cog = Ingesting(bot)
    it = _interaction(bot, admin())
    await cog.ingest.callback(
        cog,
        it,
        file=Attachment(),
        published="2013-10-31",
        entity="Sony",
        fiscal_year_end="03-31",
        named_by="start",
    )
    assert it.calls[0].method == "defer"
    sent = it.calls[1]
    assert isinstance(sent.view, ReviewView) and sent.ephemeral
    assert "candidate facts" in sent.text() and "Candidate #" in sent.text()
    assert len(store.candidates(SCOPE, status="pending")) == len(sent.view.ids) >= 6


async def test_slash_ingest_without_a_file_opens_the_paste_form(bot, store):
    cog = Ingesting(bot)
    it = _interaction(bot, admin())
    await cog.ingest.callback(cog, it, published="2016-02-01", entity="Kite")
    form = it.calls[0].kwargs["modal"]
    assert isinstance(form, PasteForm)
    form.text._value = "Kite sold 3 million watches in 2015."
    form.title_input._value = "Kite results"
    submit = _interaction(bot, admin())
    await form.on_submit(submit)
    pending = store.candidates(SCOPE, status="pending")
    assert [c.fields["value"] for c in pending] == [3000000]


async def test_slash_commands_refuse_non_admins(bot, store):
    cog = Ingesting(bot)
    with pytest.raises(Exception, match="Manage Server"):
        await cog.ingest.callback(cog, _interaction(bot, member()), published="2016-02-01")
    with pytest.raises(Exception, match="Manage Server"):
        await cog.review.callback(cog, _interaction(bot, member()))


async def test_review_lists_pending_candidates_after_a_restart(bot, store, tmp_path):
    path = tmp_path / "store.db"
    first = FactStore.open(path)
    ids = _candidates(first)
    first.close()
    reopened = FactStore.open(path)
    bot.store = reopened
    cog = Ingesting(bot)
    it = _interaction(bot, admin())
    await cog.review.callback(cog, it)
    assert it.calls[0].view.ids == ids
    reopened.close()


async def test_slash_ingest_shows_ranges_specific_metrics_and_a_proposed_calendar(bot, store):
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

    cog = Ingesting(bot)
    it = _interaction(bot, admin())
    await cog.ingest.callback(cog, it, file=Attachment(), published="2024-08-01", entity=None)
    sent = it.calls[1]
    text = sent.text()
    assert "New company **Wren Foods**: fiscal year ends 06-30" in text
    assert "proposed from the report (“fiscal year ended June 30, 2024”)" in text
    pages = []
    for cid in sent.view.ids:
        sent.view.page = sent.view.ids.index(cid)
        pages.append(str(sent.view.embed("").to_dict()))
    shown = "\n".join(pages)
    assert "pie ovens shipped" in shown and "212,000 to 217,000" in shown
    assert "fiscal year ends 06-30, named by its end year (proposed from the report" in shown
