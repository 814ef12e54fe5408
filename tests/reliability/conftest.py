"""The reliability suite prints its figures at the very end of the run, after pytest's own lines."""

from __future__ import annotations

import pytest

from tests.reliability.figures import FIGURES


def pytest_unconfigure(config: pytest.Config) -> None:
    if FIGURES.inputs_tried == 0 and FIGURES.updates_accepted == 0:
        return  # the suite did not run (deselected)
    reporter = config.pluginmanager.get_plugin("terminalreporter")
    if reporter is None:
        return
    reporter.write_sep("=", "reliability figures")
    for line in FIGURES.lines():
        reporter.write_line(line)
