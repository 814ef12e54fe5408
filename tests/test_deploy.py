"""deploy/ is checked by the linters these machines have (no Docker engine, no cluster)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from redis.asyncio import Redis

from bot.emulator import LocalTelegram
from tests.conftest import TEST_REDIS_URL
from tests.harness import User
from tests.webhook_harness import BotProcess, free_port

DEPLOY = Path(__file__).resolve().parent.parent / "deploy"
BIN = Path(sys.executable).parent
K8S_VERSION = "1.30.0"
MANIFESTS = sorted(p for p in (DEPLOY / "k8s").glob("*.yaml") if p.name != "kustomization.yaml")


def run(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    tool = shutil.which(str(args[0]), path=f"{BIN}:/usr/bin:/usr/local/bin")
    assert tool is not None, f"{args[0]} is not installed (make test installs it)"
    return subprocess.run([tool, *map(str, args[1:])], capture_output=True, text=True,
                          timeout=120, env=env)  # fmt: skip


def test_dockerfile_passes_hadolint() -> None:
    result = run("hadolint", DEPLOY / "Dockerfile")
    assert result.returncode == 0, result.stdout + result.stderr


def test_dockerfile_runs_as_non_root_and_compiles_catalogs() -> None:
    text = (DEPLOY / "Dockerfile").read_text()
    final = text.rsplit("\nFROM ", 1)[1]
    assert "\nUSER 10001" in final
    assert "cardbot catalog compile" in text
    assert 'ENTRYPOINT ["cardbot"]' in final


def test_yaml_passes_yamllint() -> None:
    result = run("yamllint", "--strict", "-c", DEPLOY / ".yamllint", DEPLOY)
    assert result.returncode == 0, result.stdout + result.stderr


def test_manifests_match_the_kubernetes_schemas() -> None:
    result = run("kubernetes-validate", "--strict", "-k", K8S_VERSION, *MANIFESTS)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "passed" in result.stdout + result.stderr


def test_deployment_has_three_replicas_probes_and_a_budget() -> None:
    docs = [d for p in MANIFESTS for d in yaml.safe_load_all(p.read_text()) if d]
    kinds = {d["kind"] for d in docs}
    assert {"Deployment", "Service", "PodDisruptionBudget", "Secret", "StatefulSet"} <= kinds
    deployment = next(
        d for d in docs if d["kind"] == "Deployment" and d["metadata"]["name"] == "cardbot"
    )
    assert deployment["spec"]["replicas"] == 3
    container = deployment["spec"]["template"]["spec"]["containers"][0]
    assert container["readinessProbe"]["httpGet"]["path"] == "/readyz"
    assert container["livenessProbe"]["httpGet"]["path"] == "/healthz"
    assert {"secretRef": {"name": "cardbot"}} in container["envFrom"]


def test_compose_file_is_valid(tmp_path: Path) -> None:
    env_file = tmp_path / "env"
    env_file.write_text((DEPLOY / "env.example").read_text())
    result = run("docker-compose", "-f", DEPLOY / "compose.yaml", "--env-file", env_file,
                 "config", "-q")  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr


def test_caddyfile_is_valid(tmp_path: Path) -> None:
    if shutil.which("caddy") is None:
        pytest.fail("caddy is not installed (apt-get install caddy; make test does)")
    result = run("caddy", "validate", "--adapter", "caddyfile", "--config", DEPLOY / "Caddyfile",
                 env={"PATH": "/usr/bin:/bin", "BOT_DOMAIN": "bot.example.org",
                      "HOME": str(tmp_path)})  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr


def image_files(dest: Path) -> None:
    """Copy what the Dockerfile's build stage copies (COPY lines without --from)."""
    root = DEPLOY.parent
    for line in (DEPLOY / "Dockerfile").read_text().splitlines():
        if line.startswith("COPY ") and "--from" not in line:
            for source in line.split()[1:-1]:
                path = root / source
                if path.is_dir():
                    shutil.copytree(path, dest / source,
                                    ignore=shutil.ignore_patterns("__pycache__", "*.mo"))
                else:
                    shutil.copy2(path, dest / source)


async def test_the_image_file_set_serves_webhook_mode(
    telegram: LocalTelegram, key_prefix: str, redis: Redis, tmp_path: Path
) -> None:
    """Without Docker: the files the image gets, catalogs compiled as at build, serve an update."""
    app_dir = tmp_path / "app"
    app_dir.mkdir()
    image_files(app_dir)
    env = {**os.environ, "PYTHONPATH": str(app_dir), "PYTHONDONTWRITEBYTECODE": "1"}  # as built
    compiled = subprocess.run([sys.executable, "-m", "bot", "catalog", "compile"], cwd=app_dir,
                              env=env, capture_output=True, text=True, timeout=120)  # fmt: skip
    assert compiled.returncode == 0, compiled.stderr
    assert sorted(app_dir.glob("locales/*/LC_MESSAGES/*.mo"))  # built beside the copied sources
    port = free_port()
    bot = BotProcess(
        telegram.url, TEST_REDIS_URL, key_prefix, public_url=f"http://127.0.0.1:{port}/telegram",
        port=port, secret="image-secret", log_path=tmp_path / "bot.log", cwd=app_dir,
        extra_env={"PYTHONPATH": str(app_dir), "PYTHONDONTWRITEBYTECODE": "1"},
    )  # fmt: skip
    try:
        await bot.ready()
        assert "Card Guide" in (await User(telegram, 601).send("/start")).text
        bot.terminate()
        assert await bot.wait() == 0
    finally:
        bot.kill()
    assert not list(app_dir.rglob("__pycache__"))  # nothing written: a read-only root works
