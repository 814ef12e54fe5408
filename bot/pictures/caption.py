"""The caption of a comparison picture: the comparison's summary, within Telegram's 1,024."""

from __future__ import annotations

import re
from html import unescape

from bot import knowledge
from bot.callbacks import Picture
from bot.i18n import _
from bot.knowledge.model import comparison_id
from bot.pictures.tables import OVERVIEW
from bot.screens.kit import card_name, footer, sources_line, translated

CAPTION_LIMIT = 1024  # characters after entity parsing (sendPhoto's caption)
_TAGS = re.compile(r"<[^>]+>")


def visible_length(html_text: str) -> int:
    """What Telegram counts: the text without its tags, entities decoded."""
    return len(unescape(_TAGS.sub("", html_text)))


def picture_id(picture: Picture) -> str:
    """The drawn picture a button names: a pair's, whatever its order, or OVERVIEW."""
    if picture.first is None or picture.second is None:
        return OVERVIEW
    return comparison_id(picture.first, picture.second)


def caption(picture: Picture) -> str | None:
    """HTML caption for a pair (in the order the user chose) or the overview; None for a pair
    of cards that do not exist (an old or forged button)."""
    a, b = picture.first, picture.second
    if a is None or b is None:
        return "<b>" + _("The six cards at a glance") + "</b>"
    if a == b or knowledge.card(a) is None or knowledge.card(b) is None:
        return None
    comparison = knowledge.comparison(a, b)
    title = f"<b>{card_name(a)}</b> ⚖️ <b>{card_name(b)}</b>"
    if comparison is None:
        verdict = _("{a} and {b}: two different cards.").format(a=card_name(a), b=card_name(b))
        return f"{title}\n\n{verdict}"
    parts = [title, translated(comparison.verdict.text)]
    for point_id, fact in comparison.differences.items():
        label = translated(knowledge.POINTS[point_id].label)
        parts.append(f"<b>{label}</b>: {translated(fact.text)}")
    facts = comparison.facts()
    parts.append("\n".join(line for line in (footer(facts), sources_line(facts)) if line))
    # Whole paragraphs are left out from the end (before the sources) until it fits.
    while visible_length("\n\n".join(parts)) > CAPTION_LIMIT and len(parts) > 3:
        del parts[-2]
    text = "\n\n".join(parts)
    return text if visible_length(text) <= CAPTION_LIMIT else f"{title}\n\n{parts[1]}"
