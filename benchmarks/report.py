"""The benchmark's tables: figures, the target each is held to, and whether it is met."""

from __future__ import annotations

from typing import Any


def _f(value: Any, digits: int = 1) -> str:
    if isinstance(value, float):
        return f"{value:,.{digits}f}"
    return str(value)


def _met(ok: bool) -> str:
    return "met" if ok else "MISSED"


def _by_kind(rows: list[dict[str, Any]], kind: str, http: str = "aiohttp") -> dict[str, Any]:
    return next((r for r in rows if r["kind"] == kind and r["http"] == http), {})


def taps_table(rows: list[dict[str, Any]]) -> list[str]:
    lines = [
        "| bot | taps/s | p50 ms | p99 ms | p99/p50 | bot CPU ms/tap | Redis cmds/tap "
        "| Redis reads/tap | taps/s of each run |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for r in rows:
        lines.append(
            f"| {r['variant']} | {_f(r['taps_per_s'])} | {_f(r['p50_ms'])} | {_f(r['p99_ms'])} "
            f"| {_f(r['p99_ms'] / r['p50_ms'])} | {_f(r['bot_cpu_ms_per_tap'], 2)} "
            f"| {_f(r['redis_commands_per_tap'], 2)} | {_f(r['redis_reads_per_tap'], 2)} "
            f"| {', '.join(_f(x) for x in r['runs_taps_per_s'])} |"
        )
    return lines


def issue_10(rows: list[dict[str, Any]]) -> list[str]:
    ours, floor, peer = _by_kind(rows, "ours"), _by_kind(rows, "floor"), _by_kind(rows, "aiogram")
    lines = ["Menu taps, long polling (issue 10):", "", *taps_table(rows), ""]
    if not peer:
        lines.append("- the aiogram peer is not installed (pip install -e '.[bench]')")
    if ours and floor and peer:
        vs_peer = ours["taps_per_s"] / peer["taps_per_s"]
        vs_floor = ours["taps_per_s"] / floor["taps_per_s"]
        spread = ours["p99_ms"] / ours["p50_ms"]
        lines += [
            f"- ours / aiogram peer: {vs_peer:.2f}x (target >= 1.5x): {_met(vs_peer >= 1.5)}",
            f"- ours / bare PTB floor: {vs_floor:.2f}x (target >= 0.7x): {_met(vs_floor >= 0.7)}",
            f"- ours p99 / p50: {spread:.2f} (target < 4): {_met(spread < 4)}",
        ]
    return lines


def issue_8(results: dict[str, Any]) -> list[str]:
    lines = ["| # | scenario | figures | target | |", "|---|---|---|---|---|"]
    if "webhook" in results:
        ours, floor = _by_kind(results["webhook"], "ours"), _by_kind(results["webhook"], "floor")
        ratio = ours["taps_per_s"] / floor["taps_per_s"]
        spread = ours["p99_ms"] / ours["p50_ms"]
        trips = ours["redis_reads_per_tap"]
        ok = ratio >= 0.7 and trips <= 2.05 and spread < 4
        lines.append(
            f"| 1 | menu taps, webhook, {ours['taps']:,} taps | {_f(ours['taps_per_s'])} taps/s "
            f"vs floor {_f(floor['taps_per_s'])} = {ratio:.2f}x; p50 {_f(ours['p50_ms'])} ms, "
            f"p99 {_f(ours['p99_ms'])} ms ({spread:.1f}x); Redis "
            f"{ours['redis_commands_per_tap']:.2f} commands, {trips:.2f} round trips per update "
            f"| >= 0.7x floor, <= 2 round trips, "
            f"p99 < 4x p50 | {_met(ok)} |"
        )
    if "questions" in results:
        q = results["questions"]
        worst = max(q["text_p99_vs_floor"], q["inline_p99_vs_floor"])
        lines.append(
            f"| 2 | typed questions / inline queries ({q['queries']} timed) | text p50 "
            f"{_f(q['text_p50_ms'], 2)} / p99 {_f(q['text_p99_ms'], 2)} ms vs floor p99 "
            f"{_f(q['floor_text_p99_ms'], 2)} ms = {q['text_p99_vs_floor']:.2f}x; inline p50 "
            f"{_f(q['inline_p50_ms'], 2)} / p99 {_f(q['inline_p99_ms'], 2)} ms vs floor p99 "
            f"{_f(q['floor_inline_p99_ms'], 2)} ms = {q['inline_p99_vs_floor']:.2f}x "
            f"| p99 <= 1.5x floor | {_met(worst <= 1.5)} |"
        )
    if "startup" in results:
        s = results["startup"]
        small, large = sorted(int(k.split("_")[2]) for k in s if k.startswith("first_answer_"))
        ok = abs(s["time_ratio"] - 1) <= 0.1 and abs(s["rss_ratio"] - 1) <= 0.1
        lines.append(
            f"| 3 | start-up, {small:,} vs {large:,} stored users | first answer "
            f"{_f(s[f'first_answer_{small}_s'], 2)} vs {_f(s[f'first_answer_{large}_s'], 2)} s; "
            f"peak RSS {_f(s[f'peak_rss_{small}_mib'])} vs {_f(s[f'peak_rss_{large}_mib'])} MiB "
            f"| within 10% | {_met(ok)} |"
        )
    if "broadcast" in results:
        b = results["broadcast"]
        if b.get("status") != "measured":
            lines.append(f"| 4 | broadcast, 3,000 chats at 30/s | {b.get('status')} | >= 0.95 of "
                         "limit | - |")
        else:
            shown = ", ".join(f"{k} {_f(v, 3)}" for k, v in b.items()
                              if k != "status" and not isinstance(v, list))  # fmt: skip
            ok = b.get("fraction", 0) >= 0.95 and not b.get("too_many_requests", 1)
            ok = ok and b.get("delivered") == b.get("chats")
            lines.append(f"| 4 | broadcast (benchmarks/broadcast_bench.py) | {shown} | >= 0.95 of "
                         f"limit, no 429, each chat once | {_met(ok)} |")
    if "scaleout" in results:
        s = results["scaleout"]
        lines.append(
            f"| 5 | scale-out, 1 vs 2 webhook processes | shared CPUs: "
            f"{_f(s['shared_1p_taps_per_s'])} vs {_f(s['shared_2p_taps_per_s'])} taps/s = "
            f"{s['shared_ratio']:.2f}x; Telegram on "
            f"CPU 0, bots on CPU 1: {_f(s['pinned_1p_taps_per_s'])} vs "
            f"{_f(s['pinned_2p_taps_per_s'])} = {s['pinned_ratio']:.2f}x | (reported) | - |"
        )
    if "memory" in results:
        m = results["memory"]
        ok = m["bytes_per_new_user"] < 100
        lines.append(
            f"| 6 | memory of one process | baseline {_f(m['baseline_mib'])} MiB; after users A "
            f"{_f(m['after_users_a_mib'])}, new users B {_f(m['after_new_users_b_mib'])}, new "
            f"users C {_f(m.get('after_new_users_c_mib', 0))}, A again "
            f"{_f(m['after_users_a_again_mib'])} MiB; {_f(m['bytes_per_new_user'])} bytes per new "
            f"user from B to C (A to B: {_f(m.get('first_round_bytes_per_new_user', 0))}) | no "
            f"growth per user | {_met(ok)} |"
        )
    return lines


def render(results: dict[str, Any]) -> str:
    lines = [f"machine: {results['machine']}", f"redis: {results.get('redis')}", ""]
    if "taps" in results:
        lines += [*issue_10(results["taps"]), ""]
    if "webhook" in results:
        lines += ["Menu taps, webhook (issue 8, scenario 1):", "", *taps_table(results["webhook"]),
                  ""]  # fmt: skip
    lines += ["Targets (issue 8):", "", *issue_8(results)]
    lines.append(f"\nwhole run: {results.get('seconds', 0):.0f} s")
    return "\n".join(lines)
