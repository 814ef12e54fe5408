"""The suite's figures, printed at the very end of the run, after pytest's own lines.

Tests add to FIGURES and NOTES (tests/reliability/figures.py) in whichever process runs them. Under
pytest-xdist that is a worker: each worker hands its figures to the controller when it finishes
(`workeroutput`), and the controller adds them up and prints them. Without xdist the one process
prints its own.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.reliability.figures import FIGURES, NOTES, peak_memory_mb

_from_workers: list[dict[str, Any]] = []


def _own_figures() -> dict[str, Any]:
    # Plain types only: workeroutput crosses to the controller through execnet.
    sections = {title: {name: str(value) for name, value in figures.items()}
                for title, figures in FIGURES.sections.items()}  # fmt: skip
    return {"counts": FIGURES.counts(), "sections": sections, "notes": list(NOTES),
            "peak_mb": peak_memory_mb()}  # fmt: skip


def _is_worker(config: pytest.Config) -> bool:
    return hasattr(config, "workerinput")


def pytest_sessionfinish(session: pytest.Session) -> None:
    if _is_worker(session.config):
        session.config.workeroutput["figures"] = _own_figures()  # type: ignore[attr-defined]


@pytest.hookimpl(optionalhook=True)  # an xdist hook: xdist may be absent (`pytest -p no:xdist`)
def pytest_testnodedown(node: Any, error: object) -> None:
    figures = getattr(node, "workeroutput", {}).get("figures")
    if figures is not None:
        _from_workers.append(figures)


def pytest_unconfigure(config: pytest.Config) -> None:
    reporter = config.pluginmanager.get_plugin("terminalreporter")
    if _is_worker(config) or reporter is None:
        return
    processes = [_own_figures(), *_from_workers]
    for figures in processes[1:]:
        FIGURES.add(figures["counts"], figures["sections"])
        NOTES.extend(figures["notes"])
    if NOTES:
        reporter.write_sep("=", "figures")
    for note in NOTES:
        reporter.write_line(note)
    if FIGURES.inputs_tried == 0 and FIGURES.updates_accepted == 0:
        return  # the reliability suite did not run (deselected)
    reporter.write_sep("=", "reliability figures")
    peak = max(figures["peak_mb"] for figures in processes)
    tested_in = f" (the largest of {len(_from_workers)} test processes)" if _from_workers else ""
    for line in FIGURES.lines(f"{peak:.1f} MB{tested_in}"):
        reporter.write_line(line)
