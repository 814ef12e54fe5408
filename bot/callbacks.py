"""callback_data: one small class per kind of button, packed into at most 64 bytes.

Like the nodes they lead to (bot/addresses.py), the packed strings are the wire format: buttons
already in users' chats keep them. The `Tap` base and the packing are bot/callback_format.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from bot.addresses import Address, Compare, Node
from bot.callback_format import MAX_BYTES, SEP, Tap

__all__ = [
    "MAX_BYTES", "OVERVIEW", "SEP", "Back", "Broadcast", "ChatLanguage", "ChooseLanguage",
    "DraftButton", "Forget", "Go", "GoHome", "JobControl", "Picture", "Tap", "Translate", "go",
]


@dataclass(frozen=True)
class Go(Tap, kind="g"):
    """Open a node's screen (one of its pages) in the tapped message."""

    target: Address

    def arg(self) -> str:
        return self.target.pack()

    @classmethod
    def from_arg(cls, arg: str) -> Tap | None:
        target = Address.unpack(arg)
        return cls(target) if target is not None else None

    @classmethod
    def to(cls, node: Node, page: int = 1) -> Go:
        return cls(Address(node, page))


@dataclass(frozen=True)
class Back(Tap, kind="b"):
    """Back along the path the tapped message has shown."""


@dataclass(frozen=True)
class GoHome(Tap, kind="h"):
    """The main menu, starting the message's path again."""


@dataclass(frozen=True)
class ChooseLanguage(Tap, kind="l"):
    """The user's (or, in a group, the chat's) language."""

    code: str

    def arg(self) -> str:
        return self.code

    @classmethod
    def from_arg(cls, arg: str) -> Tap | None:
        return cls(arg) if arg else None


@dataclass(frozen=True)
class Forget(Tap, kind="f"):
    """The answer to /forget's question: delete the user's data, or keep it."""

    confirm: bool

    def arg(self) -> str:
        return "yes" if self.confirm else "no"

    @classmethod
    def from_arg(cls, arg: str) -> Tap | None:
        return cls(arg == "yes") if arg in ("yes", "no") else None


@dataclass(frozen=True)
class Translate(Tap, kind="t"):
    """One screen in another language, the user's choice unchanged: `t:es|cmp:health:social`."""

    locale: str
    target: Address

    def arg(self) -> str:
        return f"{self.locale}|{self.target.pack()}"

    @classmethod
    def from_arg(cls, arg: str) -> Tap | None:
        locale, _sep, node = arg.partition("|")
        target = Address.unpack(node)
        return cls(locale, target) if locale and target is not None else None


@dataclass(frozen=True)
class Broadcast(Tap, kind="B"):
    """An admin's broadcast button: a step of /broadcast's draft or a control of /broadcasts."""

    @classmethod
    def from_arg(cls, arg: str) -> Tap | None:
        control, sep, rest = arg.partition(SEP)
        if control == JobControl.PREFIX and sep:
            return JobControl.read(rest)
        return DraftButton.read(arg)


@dataclass(frozen=True)
class DraftButton(Broadcast):
    """A button of the draft's current step: `B:aud:lang:es` is action `aud`, value `lang:es`."""

    action: str
    value: str = ""

    def arg(self) -> str:
        return f"{self.action}{SEP}{self.value}" if self.value else self.action

    @classmethod
    def read(cls, arg: str) -> DraftButton | None:
        action, _sep, value = arg.partition(SEP)
        return cls(action, value) if action else None


@dataclass(frozen=True)
class JobControl(Broadcast):
    """Pause, resume, cancel or send again a broadcast job: `B:ctl:pause:12`."""

    PREFIX: ClassVar[str] = "ctl"
    action: str
    job_id: int

    def arg(self) -> str:
        return f"{self.PREFIX}{SEP}{self.action}{SEP}{self.job_id}"

    @classmethod
    def read(cls, rest: str) -> JobControl | None:
        action, _sep, job_id = rest.partition(SEP)
        if not action or not (job_id.isascii() and job_id.isdigit()):
            return None
        return cls(action, int(job_id))


@dataclass(frozen=True)
class ChatLanguage(Tap, kind="C"):
    """A group's or channel's language, chosen by its admin: `C:l:<chat id>:<code>`."""

    chat_id: int
    code: str

    def arg(self) -> str:
        return f"l{SEP}{self.chat_id}{SEP}{self.code}"

    @classmethod
    def from_arg(cls, arg: str) -> Tap | None:
        setting, _sep, rest = arg.partition(SEP)
        chat_id, _sep, code = rest.partition(SEP)
        digits = chat_id.removeprefix("-")
        if setting != "l" or not (digits.isascii() and digits.isdigit()) or not code:
            return None
        return cls(int(chat_id), code)


OVERVIEW = "overview"


@dataclass(frozen=True)
class Picture(Tap, kind="P"):
    """Send a comparison's picture (`P:health:social`), or all six cards' (`P:overview`)."""

    first: str | None = None
    second: str | None = None

    @property
    def name(self) -> str:
        """`health:social` or `overview`, as bot/pictures names them."""
        return OVERVIEW if self.first is None else f"{self.first}{SEP}{self.second}"

    def arg(self) -> str:
        return self.name

    @classmethod
    def of(cls, node: Node | None) -> Picture | None:
        """The picture of a comparison's summary (`cmp:a:b`); None for any other node."""
        if isinstance(node, Compare) and node.second is not None and node.point is None:
            return cls(node.first, node.second)
        return None

    @classmethod
    def from_arg(cls, arg: str) -> Tap | None:
        if arg == OVERVIEW:
            return cls()
        first, _sep, second = arg.partition(SEP)
        return cls(first, second) if first and second and SEP not in second else None


def go(node: str) -> str:
    """The callback_data of a button to `node` (a packed address, `cmp:health:social@2`)."""
    target = Address.unpack(node)
    if target is None:
        raise ValueError(f"no such node: {node!r}")
    return Go(target).pack()
