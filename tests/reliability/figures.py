"""What the reliability suite did, printed last by tests/figures_report.py."""

from __future__ import annotations

import logging
import resource
import sys
from dataclasses import dataclass, field, fields


@dataclass
class Figures:
    inputs_tried: int = 0
    faults_injected: int = 0
    updates_accepted: int = 0
    updates_answered: int = 0
    updates_throttled: int = 0  # dropped on purpose by the per-user rate limit
    records_lost: int = 0
    duplicates: int = 0
    # Tests with figures of their own: a title, then "name: value" lines.
    sections: dict[str, dict[str, object]] = field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "sections"}

    def add(self, counts: dict[str, int], sections: dict[str, dict[str, object]]) -> None:
        """Another test process's figures (tests/figures_report.py)."""
        for name, value in counts.items():
            setattr(self, name, getattr(self, name) + value)
        self.sections.update(sections)

    def lines(self, peak_memory: str) -> list[str]:
        rows = [f"{name.replace('_', ' ')}: {value}" for name, value in self.counts().items()]
        rows.append(f"peak memory: {peak_memory}")
        for title, figures in self.sections.items():
            rows.append(f"{title}:")
            rows += [f"  {name}: {value}" for name, value in figures.items()]
        return rows


FIGURES = Figures()
# Other lines for the end of the run (the search accuracy): a test's own print is lost in an
# xdist worker, whose output pytest does not show.
NOTES: list[str] = []


def peak_memory_mb() -> float:
    """Peak resident set size of this process (ru_maxrss is KiB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


class ErrorLog(logging.Handler):
    """Collects ERROR records of the given loggers while installed (a context manager)."""

    def __init__(self, *names: str) -> None:
        super().__init__(logging.ERROR)
        self.names = names or ("handlers.errors",)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def __enter__(self) -> ErrorLog:
        for name in self.names:
            logger = logging.getLogger(name)
            logger.addHandler(self)
            if logger.getEffectiveLevel() > logging.ERROR:
                logger.setLevel(logging.ERROR)
        return self

    def __exit__(self, *exc: object) -> None:
        for name in self.names:
            logging.getLogger(name).removeHandler(self)

    def describe(self) -> list[str]:
        out = []
        for record in self.records:
            text = record.getMessage()
            if record.exc_info and record.exc_info[1] is not None:
                err = record.exc_info[1]
                text += f": {type(err).__name__}: {err}"
            out.append(text)
        return out
