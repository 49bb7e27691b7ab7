"""Files people attach to a command (a bundle, a report): checked, then downloaded.

One place for the rules every attachment follows: the kinds of file a command takes, a
size limit, and one clear message when Discord cannot hand the file over."""

from __future__ import annotations

import discord

from bot.facts.model import SalesBotError


def check_attachment(attachment: discord.Attachment, suffixes: tuple[str, ...], limit: int) -> None:
    """Refuse the wrong kind of file or one that is too large, before downloading it."""
    name = attachment.filename
    if not name.lower().endswith(suffixes):
        raise SalesBotError(f"attach a {' or '.join(suffixes)} file, not {name}")
    if attachment.size > limit:
        raise SalesBotError(
            f"{name} is too large ({attachment.size // 1024} KB; at most {limit // 1024} KB)"
        )


async def read_bytes(
    attachment: discord.Attachment, suffixes: tuple[str, ...], limit: int
) -> bytes:
    check_attachment(attachment, suffixes, limit)
    try:
        return await attachment.read()
    except discord.HTTPException:
        name = attachment.filename
        raise SalesBotError(f"could not download {name} from Discord; please try again") from None


async def read_text(attachment: discord.Attachment, suffixes: tuple[str, ...], limit: int) -> str:
    data = await read_bytes(attachment, suffixes, limit)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise SalesBotError(f"{attachment.filename} is not UTF-8 text") from None
