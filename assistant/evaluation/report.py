"""Eval output: the terminal table, the Markdown report with its chart, baseline comparison."""

from __future__ import annotations

from pathlib import Path
from typing import Any

# The scores shown, in order; lower-is-better ones are compared the other way.
SHOWN = (
    "hit@1",
    "hit@4",
    "hit@10",
    "mrr@10",
    "mh_hits@4",
    "mh_hits@10",
    "mh_mrr@10",
    "mh_map@10",
    "evidence_recall",
    "answer_accuracy",
    "paper_accuracy",
    "citation_precision",
    "refusal_precision",
    "refusal_recall",
    "dangling_markers",
    "unsupported_sentences",
    "latency_p50",
    "latency_p95",
)
LOWER_IS_BETTER = {"dangling_markers", "unsupported_sentences", "latency_p50", "latency_p95"}
NOT_COMPARED = {"latency_p50", "latency_p95", "unsupported_sentences"}  # noisy or informative only
LABELS = {
    "hit@1": "article hit@1",
    "hit@4": "article hit@4",
    "hit@10": "article hit@10",
    "mrr@10": "article MRR@10",
    "mh_hits@4": "MH Hits@4",
    "mh_hits@10": "MH Hits@10",
    "mh_mrr@10": "MH MRR@10",
    "mh_map@10": "MH MAP@10",
    "paper_accuracy": "MH paper rule (lenient)",
}
# Settings that make two runs comparable; a difference is reported beside the comparison.
COMPARABLE_SETTINGS = (
    "answerer",
    "embedding_model",
    "top_k",
    "retrieve_k",
    "corpus_hash",
    "questions_in_set",
    "limit",
    "types",
)


def _fmt(key: str, value: Any) -> str:
    if value is None:
        return "–"
    if key.startswith("latency"):
        return f"{value * 1000:.0f} ms"
    if isinstance(value, int):
        return str(value)
    return f"{value:.3f}"


def terminal_table(results: dict[str, Any]) -> Any:
    """A rich Table of the totals and each question type."""
    from rich.table import Table

    groups = {"all": results["totals"], **results["by_type"]}
    table = Table(title="newsqa eval")
    table.add_column("score")
    for name in groups:
        table.add_column(f"{name} ({groups[name]['questions']})", justify="right")
    for key in SHOWN:
        if any(key in g for g in groups.values()):
            table.add_row(LABELS.get(key, key), *(_fmt(key, g.get(key)) for g in groups.values()))
    return table


def markdown_report(results: dict[str, Any], path: Path, worst: int = 10) -> Path:
    """Write the Markdown report and its chart (PNG beside it); returns the chart's path."""
    chart = path.with_suffix(".png")
    _chart(results, chart)
    settings = results["settings"]
    groups = {"all": results["totals"], **results["by_type"]}
    lines = [
        "# newsqa evaluation",
        "",
        f"- answerer: `{settings['answerer']}`; embeddings: `{settings['embedding_model']}`; "
        f"top-k {settings['top_k']} (retrieval scored at {settings['retrieve_k']})",
        f"- corpus: {settings['articles']} articles, {settings['chunks']} chunks "
        f"(hash `{settings['corpus_hash']}`); chunking: {settings['chunking']}",
        f"- questions: {results['totals']['questions']} of {settings['questions_in_set']}",
        "",
        "## Scores",
        "",
        "| score | " + " | ".join(f"{n} ({g['questions']})" for n, g in groups.items()) + " |",
        "|---|" + "---:|" * len(groups),
    ]
    for key in SHOWN:
        if any(key in g for g in groups.values()):
            cells = " | ".join(_fmt(key, g.get(key)) for g in groups.values())
            lines.append(f"| {LABELS.get(key, key)} | {cells} |")
    lines += [
        "",
        "`article` scores count a retrieved passage from a gold article as a hit. `MH` scores "
        "follow MultiHop-RAG's official rule (a gold fact, spaces and newlines removed, inside a "
        "retrieved chunk, case-sensitive; MAP@10 as the benchmark's script computes it); null "
        "queries are not scored for retrieval. `answer_accuracy` is the headline: the expected "
        "answer found in the reply. `MH paper rule` is the benchmark's lenient QA rule "
        "(prediction and gold share a lower-cased token; citation markers removed), with "
        'abstention counted as correct on null queries; the constant reply "Yes no '
        'insufficient information." scores 0.622 under it on the dev split, so read it as an '
        "upper bound, not accuracy. Refusal precision is left out where nothing was refused.",
        "",
        f"![scores by question type]({chart.name})",
        "",
        "## Worst questions",
        "",
    ]
    for record in _worst(results["questions"], worst):
        lines.append(f"- **{record['id']}** ({record['type']}): {_inline(record['question'])}")
        expected = record.get("gold_answer") or ", ".join(record["expected"]) or "(abstain)"
        lines.append(f"  - expected: {_inline(expected)}")
        lines.append(f"  - answered: {_inline(record['answer'], 300)}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return chart


def _inline(text: str, limit: int | None = None) -> str:
    """Text for one Markdown list item: a model's line breaks, list bullets or headings would
    otherwise end the item and break the report's structure."""
    flat = " ".join(str(text).split())
    if limit is not None and len(flat) > limit:
        flat = flat[: limit - 1].rstrip() + "…"
    return flat


def _worst(records: list[dict[str, Any]], count: int) -> list[dict[str, Any]]:
    def badness(record: dict[str, Any]) -> float:
        s = record["scores"]
        bad = 0.0
        if record["answerable"] and record["abstained"]:
            bad += 2
        if not record["answerable"] and not record["abstained"]:
            bad += 2
        bad += 1 - (s.get("answer_accuracy") if s.get("answer_accuracy") is not None else 1)
        for key in ("mrr@10", "mh_mrr@10"):
            bad += 1 - (s.get(key) if s.get(key) is not None else 1)
        return bad

    ranked = sorted(records, key=badness, reverse=True)
    return [r for r in ranked if badness(r) > 0][:count]


def _chart(results: dict[str, Any], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    keys = [
        k
        for k in (
            "hit@4",
            "mrr@10",
            "mh_hits@10",
            "mh_map@10",
            "answer_accuracy",
            "citation_precision",
            "refusal_recall",
        )
        if any(k in g for g in results["by_type"].values())
    ]
    groups = results["by_type"] or {"all": results["totals"]}
    fig, ax = plt.subplots(figsize=(max(6, 1.6 * len(groups)), 4.6))
    width = 0.8 / max(1, len(keys))
    for i, key in enumerate(keys):
        values = [g.get(key) or 0 for g in groups.values()]
        positions = [j + i * width for j in range(len(groups))]
        ax.bar(positions, values, width, label=LABELS.get(key, key))
    ax.set_xticks([j + width * (len(keys) - 1) / 2 for j in range(len(groups))])
    ax.set_xticklabels(list(groups), rotation=15)
    ax.set_ylim(0, 1.02)
    ax.set_title("Scores by question type")
    ax.legend(fontsize=7, ncol=4, loc="upper center", bbox_to_anchor=(0.5, -0.16), frameon=False)
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)


def compare(
    current: dict[str, Any], baseline: dict[str, Any], tolerance: float
) -> tuple[list[str], list[str], list[str]]:
    """(regressions beyond tolerance, improvements, per-question changes) against a baseline."""
    regressions, improvements = [], []
    for key in SHOWN:
        if key in NOT_COMPARED:
            continue
        old, new = baseline["totals"].get(key), current["totals"].get(key)
        if old is None:
            continue
        if new is None:  # a score the baseline had is gone: count it as a regression
            regressions.append(f"{LABELS.get(key, key)}: {_fmt(key, old)} → missing")
            continue
        delta = (old - new) if key in LOWER_IS_BETTER else (new - old)
        line = f"{LABELS.get(key, key)}: {_fmt(key, old)} → {_fmt(key, new)}"
        if delta < -tolerance:
            regressions.append(line)
        elif delta > tolerance:
            improvements.append(line)
    before = {q["id"]: q for q in baseline.get("questions", [])}
    changes = []
    for record in current["questions"]:
        old = before.get(record["id"])
        if old is None:
            continue
        was, now = _question_ok(old), _question_ok(record)
        if was != now:
            verb = "now right" if now else "now wrong"
            changes.append(f"{verb}: {record['id']} ({record['question'][:80]})")
    return regressions, improvements, changes


def setting_differences(current: dict[str, Any], baseline: dict[str, Any]) -> list[str]:
    """Settings that differ between two runs (their scores may not be comparable)."""
    now, then = current.get("settings", {}), baseline.get("settings", {})
    return [
        f"{key}: {then.get(key)!r} → {now.get(key)!r}"
        for key in COMPARABLE_SETTINGS
        if then.get(key) != now.get(key)
    ]


def _question_ok(record: dict[str, Any]) -> bool:
    if not record["answerable"]:
        return bool(record["abstained"])
    accuracy = record["scores"].get("answer_accuracy")
    return (not record["abstained"]) and (accuracy is None or accuracy == 1.0)
