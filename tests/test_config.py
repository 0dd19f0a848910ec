"""Settings errors read as one line naming the setting, its value and where it is set."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from assistant.cli.main import cli
from assistant.config import ConfigError, load_settings


def run_status(isolated_home: Path) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["--home", str(isolated_home), "status"])
    return result.exit_code, result.stderr


def test_a_bad_environment_value(monkeypatch: pytest.MonkeyPatch, isolated_home: Path) -> None:
    monkeypatch.setenv("NEWSQA_TOP_K", "abc")
    code, stderr = run_status(isolated_home)
    assert code == 1
    [line] = stderr.splitlines()
    assert line.startswith("error: invalid setting top_k = 'abc' (NEWSQA_TOP_K, or top_k in ")
    assert "Input should be a valid integer" in line
    assert "pydantic" not in line and "validation error" not in line


def test_a_bad_value_in_the_config_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, isolated_home: Path
) -> None:
    config = tmp_path / "config.toml"
    config.write_text("llm_timeout = -3\n", encoding="utf-8")
    monkeypatch.setenv("NEWSQA_CONFIG", str(config))
    code, stderr = run_status(isolated_home)
    assert code == 1
    assert stderr == (
        f"error: invalid setting llm_timeout = -3 (NEWSQA_LLM_TIMEOUT, or llm_timeout in "
        f"{config}): Input should be greater than 0\n"
    )


def test_a_config_file_that_is_not_toml(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, isolated_home: Path
) -> None:
    config = tmp_path / "config.toml"
    config.write_text("top_k = \n", encoding="utf-8")
    monkeypatch.setenv("NEWSQA_CONFIG", str(config))
    code, stderr = run_status(isolated_home)
    assert code == 1
    assert stderr.startswith(f"error: the config file {config} is not valid TOML: ")


def test_the_api_raises_a_config_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSQA_LLM_RETRIES", "-1")
    with pytest.raises(ConfigError, match="invalid setting llm_retries = '-1'"):
        load_settings()
