"""The free-form question set (typed as people type, over MultiHop-RAG's news) is gated like the
seed set: offline answers no worse than the committed baseline, on a fixed subset of the corpus
(`freeform_subset`). `make eval-freeform` runs it on the whole corpus."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from freeform_subset import FREEFORM, write_subset
from freeform_subset import __doc__ as REGENERATE

from assistant.cli.main import cli
from assistant.evaluation.report import compare, setting_differences

BASELINE = FREEFORM.with_name("freeform-gate-baseline.json")


@pytest.fixture(scope="module")
def freeform_run(embedder, tmp_path_factory: pytest.TempPathFactory) -> dict:
    folder = tmp_path_factory.mktemp("freeform")
    corpus, out = folder / "subset.json", folder / "results.json"
    write_subset(corpus)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr("assistant.api.LocalEmbedder", lambda **_: embedder)
        mp.setenv("NEWSQA_CONFIG", str(folder / "no-config.toml"))
        for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "NEWSQA_MODEL", "NEWSQA_CHROMA_URL"):
            mp.delenv(name, raising=False)
        args = ["--home", str(folder / "home"), "eval", str(FREEFORM), "--offline", "-q"]
        result = CliRunner().invoke(
            cli, [*args, "--corpus", str(corpus), "--out", str(out)], catch_exceptions=False
        )
    assert result.exit_code == 0, result.output
    return json.loads(out.read_text(encoding="utf-8"))


def test_freeform_set_has_not_regressed(freeform_run: dict) -> None:
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    assert setting_differences(freeform_run, baseline) == [], REGENERATE
    regressions, _improvements, changes = compare(freeform_run, baseline, tolerance=0.02)
    assert regressions == [], f"{regressions}; {REGENERATE}"
    now_wrong = [c for c in changes if c.startswith("now wrong")]
    assert len(now_wrong) <= 1, f"{now_wrong}; {REGENERATE}"  # one flip is within tolerance


def test_freeform_set_shape(freeform_run: dict) -> None:
    by_type = freeform_run["by_type"]
    assert by_type["single"]["questions"] >= 40
    assert by_type["unanswerable"]["questions"] >= 20
    assert by_type["follow-up"]["questions"] >= 10
    assert freeform_run["totals"]["dangling_markers"] == 0
