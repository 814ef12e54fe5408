"""Fault injection: make the next N matching calls fail, hang or drop the connection."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Fault:
    """One armed fault; `remaining` counts down on each matching call."""

    remaining: int
    status: int = 500
    method: str | None = None
    chat_id: int | None = None
    retry_after: int = 1
    delay: float = 0.0
    reset: bool = False
    apply: bool = False  # process the call first, then fail: the "answer was lost" case

    def matches(self, method: str, chat_id: object) -> bool:
        """Tell whether this fault applies to a call."""
        if self.method is not None and self.method.lower() != method.lower():
            return False
        return self.chat_id is None or _same_chat(self.chat_id, chat_id)


def _same_chat(want: int, got: object) -> bool:
    """Compare chat ids that may arrive as int or string."""
    try:
        return int(str(got)) == want
    except ValueError:
        return False


class FaultInjector:
    """Armed faults, consumed in the order they were added."""

    def __init__(self) -> None:
        self.faults: list[Fault] = []

    def add(self, fault: Fault) -> None:
        """Arm a fault."""
        if fault.remaining > 0:
            self.faults.append(fault)

    def take(self, method: str, chat_id: object) -> Fault | None:
        """Return and count down the first fault matching this call, if any."""
        for fault in self.faults:
            if fault.matches(method, chat_id):
                fault.remaining -= 1
                if fault.remaining <= 0:
                    self.faults.remove(fault)
                return fault
        return None

    def clear(self) -> None:
        """Disarm all faults."""
        self.faults.clear()
