"""Hypothesis strategies for whole Telegram updates, built from the Bot API spec (api.json).

Every field kind of `Update` can be drawn. Objects get their required fields and a few optional
ones, with discriminators ("type", "status", "source") set as the spec's descriptions require.
What only Telegram decides (who sent it, in which chat, query ids) is then filled in by `World`
so the bot's answers land in chats that exist; what users control (text, entities, callback
data, inline queries, names, language codes) stays arbitrary and hostile.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from hypothesis import strategies as st

from bot.emulator.spec import default_spec_path

MAX_DEPTH = 3
MARKER = "zq9"
# Text a user may send hoping the bot repeats it unescaped into an HTML message.
HOSTILE = [
    f"<b>{MARKER}</b>", f'<a href="tg://user?id=1">{MARKER}</a>', f"&amp;{MARKER}",
    f"<{MARKER}>", f"</i></b>{MARKER}<pre>", f"&{MARKER};", f"<script>{MARKER}</script>",
]  # fmt: skip
# Unescaped forms that must never appear in an HTML request of the bot.
FORBIDDEN_RAW = [h for h in HOSTILE if "<" in h or "&" in h]
NODES = [
    "home", "cards", "cmp", "cmp:health:social", "cmp:social:health", "faq", "faq:1", "faq:99",
    "law", "lang", "search", "card:citizen", "card:health", "cmp:health", "cmp:health:health",
    "law:sil-58", "card:citizen:2",
]  # fmt: skip
FUTURE = "future_field_v99"


@cache
def spec_types() -> dict[str, Any]:
    with open(default_spec_path(), encoding="utf-8") as fh:
        types: dict[str, Any] = json.load(fh)["types"]
    return types


def update_kinds() -> list[tuple[str, str]]:
    """(field, type) of every Update field but update_id."""
    fields = spec_types()["Update"]["fields"]
    return [(f["name"], f["types"][0]) for f in fields if f["name"] != "update_id"]


_TAG = re.compile(r'must be ([A-Za-z_]+)\b|always "([A-Za-z_]+)"')
_QUOTED = re.compile(r'"([a-z_]{2,40})"')


def _fixed_value(field: dict[str, Any]) -> str | None:
    if field["name"] not in ("type", "status", "source"):
        return None
    found = _TAG.search(field.get("description", ""))
    return (found.group(1) or found.group(2)) if found else None


def user_text(max_size: int = 300) -> st.SearchStrategy[str]:
    return st.one_of(
        st.text(max_size=max_size),
        st.sampled_from(HOSTILE),
        st.sampled_from([
            "/start", "/help", "/menu", "/language", "/forget", "/stats",
            "/start cmp-health-social",
            "/start ../../etc", "/start " + "x" * 80, "/unknown", "/start@cardguide_bot faq-1",
            "@cardguide_bot health card vs social card", "health card", "tarjeta sanitaria",
            "", " ", "\u202e\u200b", "🏥" * 50, "\x00", "/stats@cardguide_bot",
        ]),
        st.builds(lambda a, b: a + b, st.sampled_from(HOSTILE), st.text(max_size=40)),
    )


def callback_data() -> st.SearchStrategy[str]:
    valid = [f"g:{n}" for n in NODES] + [
        "b", "h", "l:en", "l:es", "l:xx", "f:yes", "f:no", "t:es|faq:1", "t:en|home", "t:zz|x",
    ]
    forged = [
        "g:", "g:../../", "g:" + "a" * 62, "l:", "f:yes:1000", "t:|", "t:es|", "admin", "stats",
        "x:y", "b:1", "h:home", "g:home\x00", "g:<b>x</b>", "\u00e9" * 40, "g:cmp:health:health",
    ]
    return st.one_of(
        st.sampled_from(valid), st.sampled_from(forged), st.text(max_size=64),
        st.binary(max_size=64).map(lambda b: b.decode("latin-1")),
    )


def _primitive(tname: str, field: dict[str, Any]) -> st.SearchStrategy[Any]:
    name = field["name"]
    if tname == "String":
        fixed = _fixed_value(field)
        if fixed is not None:
            return st.just(fixed)
        quoted = _QUOTED.findall(field.get("description", ""))
        if name in ("type", "status", "source") and quoted:
            return st.sampled_from(quoted)
        return user_text(80)
    if tname == "Integer":
        if name.endswith(("date", "_time", "_period")):
            return st.integers(0, 2_000_000_000)  # Telegram sends real Unix times
        return st.integers(-(2**40), 2**40)
    if tname == "Float":
        return st.floats(-1e6, 1e6, allow_nan=False)
    if tname == "Boolean":
        return st.booleans()
    return user_text(40)  # InputFile and anything unexpected


def _value(tname: str, field: dict[str, Any], depth: int) -> st.SearchStrategy[Any]:
    if tname.startswith("Array of "):
        inner = tname[len("Array of "):]
        return st.lists(_value(inner, field, depth), max_size=2 if depth < MAX_DEPTH else 0)
    if tname in ("String", "Integer", "Float", "Boolean", "InputFile"):
        return _primitive(tname, field)
    return spec_object(tname, depth)


def minimal(tname: str, level: int = 0) -> Any:
    """A fixed, smallest valid value of a type: its required fields only."""
    if tname.startswith("Array of "):
        return []
    simple = {"String": "x", "Integer": 1, "Float": 1.0, "Boolean": False, "InputFile": "x"}
    if tname in simple:
        return simple[tname]
    entry = spec_types().get(tname)
    if entry is None or level > 8:
        return {}
    if "subtypes" in entry:
        return minimal(entry["subtypes"][0], level + 1)
    out = {}
    for f in entry.get("fields", []):
        if f.get("required"):
            fixed = _fixed_value(f)
            out[f["name"]] = fixed if fixed is not None else minimal(f["types"][0], level + 1)
    return out


@cache
def spec_object(tname: str, depth: int = 0) -> st.SearchStrategy[dict[str, Any]]:
    """A JSON object of type `tname` with all required fields and a few optional ones."""
    entry = spec_types().get(tname)
    if entry is None:
        return st.just({})
    if depth > MAX_DEPTH:
        if "subtypes" in entry:
            return st.sampled_from([minimal(s) for s in entry["subtypes"]])
        return st.just(minimal(tname))
    if "subtypes" in entry:
        return st.one_of([spec_object(s, depth) for s in entry["subtypes"]])
    fields = entry.get("fields", [])
    required = {
        f["name"]: st.one_of([_value(t, f, depth + 1) for t in f["types"]])
        for f in fields if f.get("required")
    }
    optional = [f for f in fields if not f.get("required")]
    if depth >= MAX_DEPTH or not optional:
        return st.fixed_dictionaries(required)
    most = 4 if depth == 0 else 1

    @st.composite
    def build(draw: st.DrawFn) -> dict[str, Any]:
        out = draw(st.fixed_dictionaries(required))
        picked = draw(st.lists(st.sampled_from(optional), max_size=most,
                               unique_by=lambda f: f["name"]))
        for f in picked:
            out[f["name"]] = draw(st.one_of([_value(t, f, depth + 1) for t in f["types"]]))
        return out

    return build()


def inline_offsets() -> st.SearchStrategy[str]:
    """The paging offset a (modified) client sends back with an inline query."""
    return st.one_of(
        st.sampled_from(["", "0", "10", "-1", "²", "१२", "9" * 64, "1e3", " 1", "0x10"]),
        st.text(max_size=64), st.integers(0, 10**6).map(str),
    )


def entities() -> st.SearchStrategy[list[dict[str, Any]]]:
    kinds = ["bot_command", "mention", "bold", "text_link", "url", "code", "pre", "custom_emoji",
             "hashtag", "spoiler", "date_time"]
    entity = st.fixed_dictionaries(
        {"type": st.sampled_from(kinds), "offset": st.integers(-2, 400),
         "length": st.integers(-1, 400)},
        optional={"url": st.text(max_size=30), "language": st.text(max_size=10)},
    )
    return st.lists(entity, max_size=4)


@dataclass(frozen=True)
class Draw:
    """One update as drawn: its kind, the spec payload, and what users control."""

    kind: str
    payload: dict[str, Any]
    actor: int
    place: str  # private, group or channel
    text: str
    entities: list[dict[str, Any]]
    data: str
    future: bool
    lang: str | None = None
    offset: str = ""
    inline: bool = False  # a button on an inline message rather than on a chat message


def drawn_updates(actors: list[int]) -> st.SearchStrategy[Draw]:
    kinds = update_kinds()
    return st.sampled_from(kinds).flatmap(
        lambda kt: st.builds(
            Draw, kind=st.just(kt[0]), payload=spec_object(kt[1]),
            actor=st.sampled_from(actors), place=st.sampled_from(["private", "group", "channel"]),
            text=user_text(), entities=entities(), data=callback_data(), future=st.booleans(),
            lang=st.one_of(st.none(), st.sampled_from(["en", "es", "es-MX", "EN", "zh-hans", ""]),
                           st.text(max_size=12)),
            offset=inline_offsets(), inline=st.booleans(),
        )
    )


def _patch_people(value: Any, user: dict[str, Any], chat: dict[str, Any]) -> Any:
    """Every User is the actor and every chat the chosen one, as Telegram would fill them in."""
    if isinstance(value, list):
        return [_patch_people(v, user, chat) for v in value]
    if not isinstance(value, dict):
        return value
    out: dict[str, Any] = {}
    for key, item in value.items():
        if key in ("from", "user", "from_user") and isinstance(item, dict):
            out[key] = dict(user)
        elif key in ("chat", "sender_chat") and isinstance(item, dict):
            out[key] = dict(chat)
        else:
            out[key] = _patch_people(item, user, chat)
    return out


MESSAGE_KINDS = {"message", "edited_message", "channel_post", "edited_channel_post",
                 "business_message", "edited_business_message", "guest_message"}


def materialize(draw: Draw, telegram: Any, update_id: int, group_id: int,
                channel_id: int) -> dict[str, Any]:
    """The update Telegram would deliver for `draw`: real people, chats and query ids."""
    world = telegram.world
    user = world.get_user(draw.actor)
    if draw.lang is None:
        user.pop("language_code", None)
    else:
        user["language_code"] = draw.lang  # whatever the user's app reports
    chat_id = {"private": draw.actor, "group": group_id, "channel": channel_id}[draw.place]
    if draw.kind in ("channel_post", "edited_channel_post"):
        chat_id = channel_id
    chat = dict(world.chats[chat_id].data)
    payload = _patch_people(draw.payload, user, chat)
    if draw.kind in MESSAGE_KINDS:
        if draw.text:
            payload["text"] = draw.text
            payload["entities"] = draw.entities
        payload["chat"] = chat
        if chat["type"] == "channel":
            payload.pop("from", None)
            payload["sender_chat"] = chat
        else:
            payload["from"] = user
    elif draw.kind == "callback_query":
        qid = world.next_id()
        payload.update({"id": qid, "from": user, "data": draw.data})
        sent = [m for m in world.chats[chat_id].messages.values() if m.from_bot]
        if draw.inline:
            payload.pop("message", None)
            payload["inline_message_id"] = f"inline-{qid}"
        elif sent:
            payload["message"] = dict(sent[-1].data)
        elif isinstance(payload.get("message"), dict):
            payload["message"]["chat"] = chat
        world.callback_queries[qid] = payload
    elif draw.kind == "inline_query":
        qid = world.next_id()
        payload.update({"id": qid, "from": user, "query": draw.text[:256], "offset": draw.offset})
        world.inline_queries[qid] = payload
    if draw.future:
        payload[FUTURE] = {"nested": [draw.text]}
    update: dict[str, Any] = {"update_id": update_id, draw.kind: payload}
    if draw.future:
        update[FUTURE + "_top"] = {"id": 1}
    return update
