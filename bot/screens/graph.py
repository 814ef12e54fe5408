"""Walk the menus from Home and draw them as a Mermaid flowchart of node kinds."""

from __future__ import annotations

from collections import deque

from bot import knowledge
from bot.addresses import Address, Node, Source
from bot.callbacks import Go, Tap
from bot.i18n import use_locale
from bot.screens.base import render
from bot.state.session import HOME


def _arg_kind(arg: str) -> str:
    if arg in knowledge.CARDS:
        return "card"
    if arg in knowledge.POINTS:
        return "point"
    if arg in knowledge.LAWS:
        return "article"
    if arg in knowledge.TASKS:
        return "task"
    if arg in knowledge.TASK_GROUPS:
        return "group"
    return "n" if arg.isdigit() else "?"


def kind_of(node: str) -> str:
    """`cmp:health:social` → `cmp:card:card`: the shape of a node, not the instance."""
    address = Address.unpack(node)
    if address is None:
        return "?"
    return _shape(address.node) + (" page" if address.page > 1 else "")


def _shape(node: Node) -> str:
    if isinstance(node, Source):
        return f"{node.prefix}:{_shape(node.of)}"
    return ":".join([node.prefix, *(_arg_kind(arg) for arg in node.parts())])


def walk(start: str = HOME, locale: str = "en") -> dict[str, set[str]]:
    """Every node reachable by tapping buttons in `locale` (pages differ between languages),
    with the nodes each one leads to."""
    edges: dict[str, set[str]] = {}
    queue = deque([start])
    with use_locale(locale):
        while queue:
            node = queue.popleft()
            if node in edges:
                continue
            screen = render(node)
            edges[node] = set()
            if screen is None:
                continue
            for row in screen.rows:
                for button in row:
                    tap = Tap.unpack(button.callback_data)
                    if isinstance(tap, Go):
                        edges[node].add(tap.target.pack())
                        queue.append(tap.target.pack())
    return edges


def mermaid(edges: dict[str, set[str]] | None = None) -> str:
    """The flowchart of node kinds; Back and Home are on every screen and left out."""
    edges = walk() if edges is None else edges
    kinds: dict[str, set[str]] = {}
    for node, targets in edges.items():
        kinds.setdefault(kind_of(node), set()).update(kind_of(t) for t in targets)
    ident = {kind: f"n{i}" for i, kind in enumerate(sorted(kinds))}
    lines = ["flowchart TD"]
    lines += [f'    {ident[kind]}["{kind}"]' for kind in sorted(kinds)]
    for kind in sorted(kinds):
        for target in sorted(kinds[kind] - {kind}):
            lines.append(f"    {ident[kind]} --> {ident[target]}")
    return "\n".join(lines) + "\n"
