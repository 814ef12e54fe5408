"""Configuration: good values parse; a bad one stops the program with one line and exit code 2."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import ConfigError, load_config

GOOD_TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"


def test_defaults_mean_local_mode(tmp_path: Path) -> None:
    config = load_config({}, dotenv=tmp_path / "none")
    assert config.local_mode
    assert config.default_language == "en"
    assert config.redis_url is None


def test_values_are_read(tmp_path: Path) -> None:
    config = load_config(
        {
            "TELEGRAM_BOT_TOKEN": GOOD_TOKEN,
            "REDIS_URL": "redis://localhost:6379/2",
            "ADMIN_IDS": "1, 22,333",
            "DEFAULT_LANGUAGE": "ES",
            "LOG_LEVEL": "debug",
        },
        dotenv=tmp_path / "none",
    )
    assert not config.local_mode
    assert config.admin_ids == {1, 22, 333}
    assert config.default_language == "es"
    assert config.log_level == "DEBUG"


def test_dotenv_is_read_and_environment_wins(tmp_path: Path) -> None:
    dotenv = tmp_path / ".env"
    dotenv.write_text("# comment\nDEFAULT_LANGUAGE=es\nADMIN_IDS='7'\n", encoding="utf-8")
    config = load_config({"ADMIN_IDS": "8"}, dotenv=dotenv)
    assert config.default_language == "es"
    assert config.admin_ids == {8}


@pytest.mark.parametrize(
    ("name", "value", "says"),
    [
        ("TELEGRAM_BOT_TOKEN", "not-a-token", "BotFather"),
        ("REDIS_URL", "localhost:6379", "redis"),
        ("ADMIN_IDS", "12,abc", "user ids"),
        ("DEFAULT_LANGUAGE", "fr", "en, es"),
        ("LOG_LEVEL", "LOUD", "DEBUG"),
        ("SESSION_TTL_DAYS", "0", "from 1"),
        ("WEBHOOK_SECRET", "has space", "WEBHOOK_SECRET"),
    ],
)
def test_malformed_values_are_named(tmp_path: Path, name: str, value: str, says: str) -> None:
    with pytest.raises(ConfigError) as error:
        load_config({name: value}, dotenv=tmp_path / "none")
    assert str(error.value).startswith(f"{name}:")
    assert says in str(error.value)


def test_webhook_needs_a_token(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"^WEBHOOK_URL:"):
        load_config({"WEBHOOK_URL": "https://example.org/hook"}, dotenv=tmp_path / "none")


def test_cli_reports_bad_config_in_one_line_with_exit_code_2(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    env["REDIS_URL"] = "mysql://nope"
    result = subprocess.run(
        [sys.executable, "-m", "bot", "run"], env=env, cwd=tmp_path,
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert lines == ["cardbot: configuration error: REDIS_URL: expected a URL starting with "
                     "redis or rediss or unix or redis+cluster or rediss+cluster or "
                     "redis+sentinel://"]
    assert "Traceback" not in result.stderr


def test_local_mode_makes_the_page_user_an_admin_and_runs_a_worker_only_without_a_token() -> None:
    from bot.runner import local_mode_config

    local = local_mode_config(load_config({}, dotenv=Path("/nonexistent")))
    assert local.admin_ids == {1001} and local.broadcast_worker
    real = load_config({"TELEGRAM_BOT_TOKEN": "123456:" + "A" * 30}, dotenv=Path("/nonexistent"))
    assert local_mode_config(real) == real
    assert 1001 not in real.admin_ids and not real.broadcast_worker
