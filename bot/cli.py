"""The `cardbot` command: run the bot, run the local Telegram alone, manage catalogs, and check
the knowledge base against its seeds."""

from __future__ import annotations

import argparse
import contextlib
import logging
import sys

from bot.config import ConfigError, load_config


def _configure_logging(level: str) -> None:
    logging.basicConfig(
        level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s", stream=sys.stderr
    )
    # httpx logs every request at INFO: far too chatty for a bot.
    logging.getLogger("httpx").setLevel(logging.WARNING)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="cardbot", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("run", help="run the bot (local mode when TELEGRAM_BOT_TOKEN is unset)")
    emulator = commands.add_parser("emulator", help="run the local Telegram alone")
    emulator.add_argument("--host", default="127.0.0.1")
    emulator.add_argument("--port", type=int, default=8080)
    catalog = commands.add_parser("catalog", help="gettext workflow for the locales/ catalogs")
    catalog.add_argument("action", choices=["extract", "update", "compile", "check"])
    commands.add_parser("graph", help="print the menu graph as a Mermaid flowchart")
    knowledge = commands.add_parser("knowledge", help="check the knowledge base against the seeds")
    knowledge.add_argument("action", choices=["check"])
    learned = commands.add_parser(
        "search-model", help="train the search's learned reading, or cross-validate the search"
    )
    learned.add_argument("action", choices=["train", "crossval"])
    learned.add_argument("--from-set", type=int, default=0, help="crossval: the first set read")
    args = parser.parse_args(argv)

    if args.command == "graph":
        import bot.screens
        from bot.screens.graph import mermaid

        assert bot.screens  # importing registers every screen
        print(mermaid(), end="")
        return 0

    if args.command == "knowledge":
        from bot.knowledge.quoting import check, summary

        report = check()
        print(summary(report))
        return 0 if report.ok else 1

    if args.command == "search-model" and args.action == "crossval":
        from bot.search.crossval import cross_validate

        print("\n".join(cross_validate(args.from_set).lines()))
        return 0

    if args.command == "search-model":
        from bot.search.training import write

        print(write())
        return 0

    if args.command == "catalog":
        from bot.catalogs import run_catalog_action

        return run_catalog_action(args.action)
    try:
        config = load_config()
    except ConfigError as exc:
        print(f"cardbot: configuration error: {exc}", file=sys.stderr)
        return 2
    _configure_logging(config.log_level)
    if args.command == "emulator":
        from bot.emulator import run_emulator

        run_emulator(args.host, args.port)
        return 0
    from bot.runner import run

    with contextlib.suppress(KeyboardInterrupt):
        run(config)
    return 0


if __name__ == "__main__":
    sys.exit(main())
