"""The admin's broadcast draft: its declared steps and what it has gathered so far.

The draft rides in the admin's Redis session as JSON (`session.data["bc"]`), so any bot process
can take the next step. A stored draft this version cannot read (an earlier version's, or a
damaged one) reads as None; the handlers then tell the admin and start over.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

VERSION = 2  # version 1 kept the step as a string such as "text:en"


class Step(StrEnum):
    """What the draft waits for next."""

    SOURCE = "source"  # a button: knowledge base, own text, tip of the week, photo
    TOPIC = "topic"  # a typed topic or link name from the knowledge base
    PHOTO = "photo"  # the photo itself
    MODE = "mode"  # a button: one text for every chat, or one per language
    TEXT = "text"  # a typed text in `Draft.text_for`
    AUDIENCE = "audience"  # a button: who receives it
    CONFIRM = "confirm"  # a button under the preview: send now or schedule
    WHEN = "when"  # a typed time, or a time-zone button


class Kind(StrEnum):
    """What the broadcast sends; the values are `Job.kind`'s."""

    KB = "kb"
    TEXT = "text"
    PHOTO = "photo"
    TIP = "tip"


@dataclass
class Draft:
    """A broadcast being composed."""

    step: Step = Step.SOURCE
    kind: Kind | None = None
    node: str = ""  # the knowledge-base node, for Kind.KB
    texts: dict[str, str] = field(default_factory=dict)  # by locale, or "*" for every chat
    text_for: str = ""  # the locale (or "*") Step.TEXT waits for
    audience: str = "all"
    photo: str = ""  # the file_id of the admin's photo

    def to_json(self) -> dict[str, Any]:
        return {"v": VERSION, "step": self.step.value,
                "kind": self.kind.value if self.kind else None, "node": self.node,
                "texts": self.texts, "text_for": self.text_for, "audience": self.audience,
                "photo": self.photo}  # fmt: skip

    @classmethod
    def from_json(cls, value: object) -> Draft | None:
        """The stored draft, or None when it is not one this version wrote."""
        if not isinstance(value, dict) or value.get("v") != VERSION:
            return None
        try:
            kind = value["kind"]
            draft = cls(
                step=Step(value["step"]), kind=None if kind is None else Kind(kind),
                node=value["node"], texts=value["texts"], text_for=value["text_for"],
                audience=value["audience"], photo=value["photo"])  # fmt: skip
        except (KeyError, ValueError, TypeError):
            return None
        strings = (draft.node, draft.text_for, draft.audience, draft.photo)
        if not all(isinstance(s, str) for s in strings) or not isinstance(draft.texts, dict):
            return None
        if not all(isinstance(k, str) and isinstance(t, str) for k, t in draft.texts.items()):
            return None
        return draft
