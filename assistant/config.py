"""Settings: one class, documented field by field; env prefix NEWSQA_, optional TOML file.

Precedence: explicit arguments (CLI flags, `Assistant.open(...)`) > environment > the TOML file
(`~/.config/newsqa/config.toml`, or NEWSQA_CONFIG) > defaults.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, SecretStr, ValidationError
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from assistant.locations import config_file, default_home


class Settings(BaseSettings):
    """Everything a user can configure; this class is the configuration reference."""

    # An empty variable counts as unset: `NEWSQA_HOME=` must not make the working folder the home.
    model_config = SettingsConfigDict(env_prefix="NEWSQA_", extra="ignore", env_ignore_empty=True)

    home: Path = Field(default_factory=default_home)
    """Where the store, catalogs and conversations live (NEWSQA_HOME)."""

    chroma_url: str | None = None
    """A Chroma server (`chroma run`) to use instead of the embedded store, e.g. http://127.0.0.1:8000."""

    collection: str = "news"
    """The Chroma collection (and catalog) name; several corpora can live side by side."""

    embedding_model: str = "local"
    """`local` (the bundled all-MiniLM-L6-v2) or a model at the OpenAI-compatible endpoint."""

    embed_precision: str = "auto"
    """Local encoder: `auto` (bf16 on CPUs with native bf16 — AVX512-BF16/AMX —, else int8),
    int8 (ONNX Runtime, per-channel int8 weights: 1.4× fp32, cosine ≈ 0.993, same retrieval
    quality), fp32 (ONNX Runtime, the model's exact vectors), bf16 (large ingests through torch
    with bf16 weights: 1.8× int8 on a native-bf16 CPU, cosine 0.998; questions through ONNX int8,
    so no torch import at query time)."""

    models_dir: Path | None = None
    """Where the ONNX exports of the local model are cached (default: HOME/models)."""

    embed_batch_size: int = Field(default=64, ge=1)
    """Chunks per encoder batch."""

    embed_group: int = Field(default=512, ge=1)
    """Chunks per encoder call during ingest; articles commit as their chunks finish."""

    model: str | None = None
    """The chat model at the OpenAI-compatible endpoint (NEWSQA_MODEL). Unset: offline answers."""

    openai_api_key: SecretStr | None = Field(
        default=None, validation_alias=AliasChoices("OPENAI_API_KEY", "NEWSQA_OPENAI_API_KEY")
    )
    """API key for the endpoint (OPENAI_API_KEY). Never printed, logged or stored."""

    openai_base_url: str | None = Field(
        default=None, validation_alias=AliasChoices("OPENAI_BASE_URL", "NEWSQA_OPENAI_BASE_URL")
    )
    """An OpenAI-compatible server (Ollama, vLLM, llama.cpp, LM Studio): OPENAI_BASE_URL."""

    offline: bool = False
    """Always use the offline answerer, even when a model is configured."""

    top_k: int = Field(default=6, ge=1, le=50)
    """Passages given to the answerer."""

    llm_timeout: float = Field(default=30.0, gt=0)
    """Seconds before an LLM request counts as failed."""

    llm_retries: int = Field(default=2, ge=0)
    """Retries (with backoff) on 429, 5xx and refused connections before falling back to the
    offline answer; a timeout is not retried."""

    llm_max_tokens: int = Field(default=512, ge=1)
    """Most tokens the model may write for one answer (sent with every request as `max_tokens`).
    A reply cut there ends with "…", carries a notice and `"truncated": true` in `ask --json`."""

    llm_total_timeout: float = Field(default=120.0, gt=0)
    """Seconds one LLM answer may take in all: retries, waiting and writing. `llm_timeout` bounds
    each wait (for the response, then for each next piece); this bounds the whole call, so a
    server that keeps writing cannot hold an answer for ever."""

    api_key: SecretStr | None = None
    """The key `newsqa serve` asks for (NEWSQA_API_KEY): set, every `/v1/` route needs
    `Authorization: Bearer <key>`; unset, the routes are open and `/v1/ingest` is refused."""

    profile: Literal["general", "multihop"] = "general"
    """How questions are read: `general` (everybody), or `multihop`, which reads sources the way
    MultiHop-RAG's question templates name them (for benchmark runs: `newsqa eval --profile`)."""

    keymap: dict[str, str] = Field(default_factory=dict)
    """Chat UI key bindings by id, e.g. `{"app.new" = "ctrl+o", "turn.copy" = "c"}` ([keymap]).
    Ids: app.new, app.help, app.quit, app.conversations, app.sidebar, chat.cancel, chat.previous,
    chat.next, turn.copy, turn.sources, turn.back, source.open, article.back, help.close,
    confirm.yes, confirm.no."""

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        toml = TomlConfigSettingsSource(settings_cls, toml_file=config_file())
        return (init_settings, env_settings, toml)

    @property
    def llm_configured(self) -> bool:
        """True when answers should go through an LLM endpoint."""
        return bool(self.model) and not self.offline


class ConfigError(ValueError):
    """A setting that cannot be used; the message names it and where it can come from."""


def load_settings(**overrides: object) -> Settings:
    """Settings from file and environment, with explicit overrides (None means: not given)."""
    given = {k: v for k, v in overrides.items() if v is not None}
    try:
        return Settings(**given)  # type: ignore[arg-type]
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"the config file {config_file()} is not valid TOML: {exc}") from None
    except ValidationError as exc:
        raise ConfigError(_explain(exc)) from None


def _explain(exc: ValidationError) -> str:
    """Pydantic's report as one line per problem: the setting, its value, where it is set."""
    problems = []
    for error in exc.errors():
        name = ".".join(str(part) for part in error["loc"]) or "settings"
        field = Settings.model_fields.get(str(error["loc"][0])) if error["loc"] else None
        env = f"NEWSQA_{name.upper()}"
        if field is not None and isinstance(field.validation_alias, AliasChoices):
            env = str(field.validation_alias.choices[0])
        message = str(error["msg"]).removeprefix("Value error, ")
        value = error.get("input")
        shown = f" = {value!r}" if isinstance(value, (str, int, float, bool)) else ""
        problems.append(
            f"invalid setting {name}{shown} ({env}, or {name} in {config_file()}): {message}"
        )
    return "; ".join(problems)
