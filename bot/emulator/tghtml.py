"""Telegram's HTML parse mode: parse to text + entities, and render entities back to safe HTML."""

from __future__ import annotations

import html
import itertools
import re
from dataclasses import dataclass, field
from typing import Any

from bot.emulator.errors import parse_entities_error

_TAGS = {
    "b": "bold", "strong": "bold", "i": "italic", "em": "italic",
    "u": "underline", "ins": "underline", "s": "strikethrough", "strike": "strikethrough",
    "del": "strikethrough", "span": "spoiler", "tg-spoiler": "spoiler", "a": "text_link",
    "tg-emoji": "custom_emoji", "code": "code", "pre": "pre", "blockquote": "blockquote",
}  # fmt: skip
_ENTITY = re.compile(r"&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|(lt|gt|amp|quot));")
_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_PLAIN = re.compile(r"[^<&]+")
_TAG_NAME = re.compile(r"[a-zA-Z][a-zA-Z0-9-]*")
_ATTR = re.compile(r"""\s*([a-zA-Z][a-zA-Z0-9_-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?""")


def utf16_len(text: str) -> int:
    """Length in UTF-16 code units, the unit of Telegram's entity offsets."""
    return len(text.encode("utf-16-le")) // 2


@dataclass
class _Open:
    tag: str
    attrs: dict[str, str]
    start: int  # UTF-16 offset in the output text
    byte_offset: int
    extra: dict[str, Any] = field(default_factory=dict)


def parse_html(src: str, *, strict_amp: bool = True) -> tuple[str, list[dict[str, Any]]]:
    """Parse Telegram HTML into (text, entities); raise the 400 Telegram would send."""
    out: list[str] = []
    pos16 = 0
    stack: list[_Open] = []
    entities: list[dict[str, Any]] = []
    i, n = 0, len(src)

    def byte_at(k: int) -> int:
        return len(src[:k].encode("utf-8"))

    while i < n:
        c = src[i]
        if c == "&":
            m = _ENTITY.match(src, i)
            if m is None:
                if strict_amp:
                    raise parse_entities_error(
                        f"Character '&' at byte offset {byte_at(i)} must be escaped as \"&amp;\""
                    )
                chunk = "&"
                i += 1
            else:
                chunk = _decode_entity(m)
                i = m.end()
            out.append(chunk)
            pos16 += utf16_len(chunk)
            continue
        if c != "<":
            # A whole run of plain text at once: per-character work made long messages slow.
            run = _PLAIN.match(src, i)
            assert run is not None
            out.append(run.group(0))
            pos16 += utf16_len(run.group(0))
            i = run.end()
            continue
        begin = i
        end = src.find(">", i)
        if end < 0:
            raise parse_entities_error(f"Unclosed start tag at byte offset {byte_at(begin)}")
        body = src[i + 1 : end]
        i = end + 1
        if body.startswith("/"):
            name = body[1:].strip().lower()
            if not stack:
                raise parse_entities_error(f"Unexpected end tag at byte offset {byte_at(begin)}")
            top = stack[-1]
            if name != top.tag:
                raise parse_entities_error(
                    f'Unmatched end tag at byte offset {byte_at(begin)}, expected "</{top.tag}>", '
                    f'found "</{name}>"'
                )
            stack.pop()
            entity = _entity_for(top, pos16, stack)
            if entity is not None:
                entities.append(entity)
            continue
        m = _TAG_NAME.match(body)
        name = m.group(0).lower() if m else ""
        if name not in _TAGS:
            raise parse_entities_error(
                f'Unsupported start tag "{name}" at byte offset {byte_at(begin)}'
            )
        attrs = _parse_attrs(body[len(name) :].rstrip("/"), byte_at(begin))
        if name == "span" and attrs.get("class") != "tg-spoiler":
            raise parse_entities_error('Tag "span" must have class "tg-spoiler"')
        if name == "tg-emoji" and not attrs.get("emoji-id"):
            raise parse_entities_error("Custom emoji entity must have a custom emoji identifier")
        stack.append(_Open(name, attrs, pos16, byte_at(begin)))
    if stack:
        raise parse_entities_error(
            f'Can\'t find end tag corresponding to start tag "{stack[-1].tag}"'
        )
    return _strip("".join(out), entities)


def _decode_entity(m: re.Match[str]) -> str:
    """Decode one numeric or named HTML entity."""
    if m.group(3):
        return _NAMED[m.group(3)]
    code = int(m.group(1)) if m.group(1) else int(m.group(2), 16)
    return chr(code) if 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else "\ufffd"


def _parse_attrs(text: str, byte_offset: int) -> dict[str, str]:
    """Parse tag attributes; values are entity-decoded as Telegram does."""
    attrs: dict[str, str] = {}
    pos = 0
    while pos < len(text) and text[pos:].strip():
        m = _ATTR.match(text, pos)
        if m is None or m.end() == pos:
            raise parse_entities_error(f"Invalid tag attributes at byte offset {byte_offset}")
        value = next((g for g in m.groups()[1:] if g is not None), "")
        attrs[m.group(1).lower()] = html.unescape(value)
        pos = m.end()
    return attrs


def _entity_for(tag: _Open, end16: int, stack: list[_Open]) -> dict[str, Any] | None:
    """Make the MessageEntity for a closed tag; empty ones are dropped like Telegram does."""
    length = end16 - tag.start
    kind = _TAGS[tag.tag]
    if kind == "code" and stack and stack[-1].tag == "pre":
        lang = tag.attrs.get("class", "")
        if lang.startswith("language-"):
            stack[-1].extra["language"] = lang[len("language-") :]
            return None
    if length <= 0:
        return None
    entity: dict[str, Any] = {"type": kind, "offset": tag.start, "length": length}
    if kind == "text_link":
        href = tag.attrs.get("href", "")
        m = re.fullmatch(r"tg://user\?id=(\d+)", href)
        if m:
            entity.update(type="text_mention", user={"id": int(m.group(1)), "is_bot": False,
                                                     "first_name": ""})
        elif href:
            entity["url"] = href
        else:
            return None
    elif kind == "custom_emoji":
        entity["custom_emoji_id"] = tag.attrs["emoji-id"]
    elif kind == "blockquote" and "expandable" in tag.attrs:
        entity["type"] = "expandable_blockquote"
    elif kind == "pre" and "language" in tag.extra:
        entity["language"] = tag.extra["language"]
    return entity


def _strip(text: str, entities: list[dict[str, Any]]) -> tuple[str, list[dict[str, Any]]]:
    """Trim surrounding whitespace as Telegram does, shifting and clipping entities."""
    stripped = text.strip()
    lead = utf16_len(text[: len(text) - len(text.lstrip())])
    total = utf16_len(stripped)
    kept = []
    for e in entities:
        start = max(e["offset"] - lead, 0)
        end = min(e["offset"] + e["length"] - lead, total)
        if end > start:
            kept.append({**e, "offset": start, "length": end - start})
    kept.sort(key=lambda e: (e["offset"], -e["length"]))
    return stripped, kept


_OPEN_TAG = {
    "bold": "<b>", "italic": "<i>", "underline": "<u>", "strikethrough": "<s>",
    "spoiler": '<span class="tg-spoiler">', "code": "<code>", "pre": "<pre>",
    "blockquote": "<blockquote>", "expandable_blockquote": '<blockquote class="expandable">',
    "bot_command": '<span class="tg-command">', "mention": '<span class="tg-mention">',
    "hashtag": '<span class="tg-hashtag">', "custom_emoji": "<span>", "text_mention": "<u>",
}  # fmt: skip


def _open_tag(entity: dict[str, Any]) -> tuple[str, str]:
    """Return the (open, close) HTML for an entity; only safe tags and escaped URLs."""
    kind = entity["type"]
    if kind in ("text_link", "url"):
        url = str(entity.get("url", ""))
        if re.match(r"(https?|tg)://", url, re.IGNORECASE):
            href = html.escape(url, quote=True)
            return f'<a href="{href}" target="_blank" rel="noopener noreferrer">', "</a>"
        return "<span>", "</span>"
    tag = _OPEN_TAG.get(kind, "<span>")
    name = tag[1:].split(">")[0].split(" ")[0]
    return tag, f"</{name}>"


def entities_to_html(text: str, entities: list[dict[str, Any]]) -> str:
    """Render text + entities as HTML safe for innerHTML: text escaped, known tags only."""
    units = text.encode("utf-16-le")
    bounds = {0, len(units) // 2}
    for e in entities:
        bounds.update((e["offset"], e["offset"] + e["length"]))
    cuts = sorted(b for b in bounds if 0 <= b <= len(units) // 2)
    ordered = sorted(entities, key=lambda e: (e["offset"], -e["length"]))
    parts: list[str] = []
    active: list[dict[str, Any]] = []
    for a, b in itertools.pairwise(cuts):
        want = [e for e in ordered if e["offset"] <= a and e["offset"] + e["length"] >= b]
        # Keep the common prefix open; close and reopen the rest so nesting stays valid.
        keep = 0
        while keep < len(active) and keep < len(want) and active[keep] is want[keep]:
            keep += 1
        for e in reversed(active[keep:]):
            parts.append(_open_tag(e)[1])
        for e in want[keep:]:
            parts.append(_open_tag(e)[0])
        active = want
        parts.append(html.escape(units[a * 2 : b * 2].decode("utf-16-le", "replace")))
    for e in reversed(active):
        parts.append(_open_tag(e)[1])
    return "".join(parts).replace("\n", "<br>")
