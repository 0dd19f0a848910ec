"""Hybrid retrieval on real Chroma: outlet and date filters, boosts, stories, `ask --json`."""

from __future__ import annotations

import copy
import json
import random
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from store_fixtures import SEEDS

from assistant.api import Assistant
from assistant.citations import MARKER, parse_marker
from assistant.cli.main import cli
from assistant.query import QueryAnalysis
from assistant.retrieval import Filters, RetrievalConfig, Retriever, _Search, group_stories
from assistant.types import Passage
from index.lexical import RowFilter, porter_stem
from index.terms import stem

ARTICLES = {
    "gazette-bridge": (
        "Harbor Gazette",
        "2024-03-01",
        "Council approves the new harbor bridge",
        "The city council voted seven to two on Friday to approve the new harbor bridge. The "
        "bridge will carry cyclists and buses across the harbor and should open in 2027.",
    ),
    "times-bridge": (
        "Valley Times",
        "2024-03-02",
        "Harbor bridge wins council vote",
        "Councillors backed plans for a harbor bridge in a vote on Friday. Construction of the "
        "bridge, which will serve buses and bicycles, is expected to take three years.",
    ),
    "herald-library": (
        "The Metro Herald",
        "2024-03-10T18:30:00Z",
        "Central library reopens after repairs",
        "The central library reopened on Sunday evening after two years of roof repairs. "
        "Librarians said the reading rooms now have better light and more seats.",
    ),
    "gazette-festival": (
        "Harbor Gazette",
        "2024-03-15",
        "Food festival draws record crowds",
        "A record forty thousand visitors came to the spring food festival on the waterfront. "
        "Stall holders sold out of dumplings and grilled fish by mid afternoon.",
    ),
    "times-school": (
        "Valley Times",
        "2024-03-20",
        "School budget raises teacher pay",
        "The school board adopted a budget that raises teacher pay by four percent. Parents "
        "asked the board to spend more on school buses and after-school clubs.",
    ),
    "herald-transit": (
        "The Metro Herald",
        "2024-03-25",
        "Transit fares to rise in April",
        "Bus and tram fares will rise by ten cents in April, the transit authority said. "
        "Monthly passes for students and pensioners will keep their current price.",
    ),
}


def write_article(folder: Path, article_id: str) -> Path:
    outlet, published, title, body = ARTICLES[article_id]
    path = folder / f"{article_id}.txt"
    path.write_text(
        f"---\nid: {article_id}\ntitle: {title}\noutlet: {outlet}\npublished: '{published}'\n"
        f"---\n{body}\n",
        encoding="utf-8",
    )
    return path


@pytest.fixture(scope="module", params=["embedded", "server"])
def town(
    embedder, tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> Iterator[Assistant]:
    """A store of six short local-news articles from three outlets (read only), on the embedded
    store and on a `chroma run` server alike."""
    root = tmp_path_factory.mktemp("town")
    where: dict[str, str] = {}
    if request.param == "server":
        where = {"chroma_url": request.getfixturevalue("chroma_url"), "collection": "town"}
    folder = root / "articles"
    folder.mkdir()
    for article_id in ARTICLES:
        write_article(folder, article_id)
    with pytest.MonkeyPatch.context() as env:
        env.setenv("NEWSQA_CONFIG", str(root / "no-config.toml"))
        a = Assistant.open(
            home=root / "home",
            offline=True,
            embedder=embedder,
            **where,  # type: ignore[arg-type]
        )
    report = a.ingest([folder])
    assert (report.added, report.duplicates, report.skipped) == (6, 0, [])
    yield a
    a.close()


def ids(passages: list[Passage]) -> set[str]:
    return {p.article_id for p in passages}


ALL = set(ARTICLES)


# --- filters -----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["Valley Times", "valley times", "VALLEY TIMES"])
def test_outlet_filter(town: Assistant, name: str) -> None:
    passages = town.retrieve("harbor bridge council vote", k=20, outlets=[name])
    assert ids(passages) == {"times-bridge", "times-school"}
    assert {p.outlet for p in passages} == {"Valley Times"}


def test_several_outlets_and_an_unknown_one(town: Assistant) -> None:
    both = town.retrieve("news", k=20, outlets=["the metro herald", "Harbor Gazette"])
    assert {p.outlet for p in both} == {"The Metro Herald", "Harbor Gazette"}
    assert ids(both) == {"herald-library", "herald-transit", "gazette-bridge", "gazette-festival"}
    assert town.retrieve("harbor bridge", k=20, outlets=["No Such Paper"]) == []


@pytest.mark.parametrize(
    ("since", "until", "expected"),
    [
        ("2024-03-10", None, ALL - {"gazette-bridge", "times-bridge"}),
        (None, "2024-03-10", {"gazette-bridge", "times-bridge", "herald-library"}),  # whole day
        (None, "2024-03-09", {"gazette-bridge", "times-bridge"}),
        ("2024-03-02", "2024-03-15", {"times-bridge", "herald-library", "gazette-festival"}),
        ("2024-03-15", "2024-03-15", {"gazette-festival"}),
        ("2024-03-26", None, set()),
        (None, None, ALL),
    ],
)  # fmt: skip
def test_date_filters(
    town: Assistant, since: str | None, until: str | None, expected: set[str]
) -> None:
    passages = town.retrieve("what happened in town", k=20, since=since, until=until)
    assert ids(passages) == expected


def test_dates_as_date_objects(town: Assistant) -> None:
    since = datetime(2024, 3, 10, tzinfo=UTC).date()
    until = datetime(2024, 3, 20, tzinfo=UTC).date()
    passages = town.retrieve("town news", k=20, since=since, until=until)
    assert ids(passages) == {"herald-library", "gazette-festival", "times-school"}


def test_outlet_and_dates_together(town: Assistant) -> None:
    passages = town.retrieve(
        "town news", k=20, outlets=["harbor gazette"], since="2024-03-02", until="2024-03-31"
    )
    assert ids(passages) == {"gazette-festival"}
    none = town.retrieve("town news", k=20, outlets=["Valley Times"], until="2024-03-01")
    assert none == []


def test_filters_build() -> None:
    f = Filters.build(["A"], "2024-03-10", "2024-03-10")
    assert f.since == int(datetime(2024, 3, 10, tzinfo=UTC).timestamp())
    assert f.until == f.since + 86400 - 1
    assert f.chroma_where() == {
        "$and": [
            {"outlet": {"$in": ["A"]}},
            {"published_ts": {"$gte": f.since}},
            {"published_ts": {"$lte": f.until}},
        ]
    }
    assert Filters.build().chroma_where() is None
    assert Filters.build(since="").since is None
    with pytest.raises(ValueError, match="not a date: 'notadate'"):
        Filters.build(since="notadate")


# --- ranking -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("outlet", "article"),
    [("Valley Times", "times-bridge"), ("Harbor Gazette", "gazette-bridge")],
)
def test_named_outlet_ranks_first(town: Assistant, outlet: str, article: str) -> None:
    question = f"What did the council decide about the harbor bridge, as reported by {outlet}?"
    passages = town.retrieve(question, k=6)
    assert passages[0].article_id == article
    assert passages[0].outlet == outlet
    unnamed = town.retrieve("What did the council decide about the harbor bridge?", k=6)
    assert ids(unnamed[:2]) == {"gazette-bridge", "times-bridge"}  # the two equals


def test_a_long_word_mistyped_is_searched_as_the_stores_word(town: Assistant) -> None:
    # "pensionres": one slip from "pensioners", which one article holds
    respelt = town.retriever._respelt(["pensionres", "library"])
    assert [porter_stem(w) for w in respelt] == [porter_stem("pensioners")]
    assert town.retriever._respelt(["zzyzxqwer"]) == []
    lexical = town.retriever._lexical(
        QueryAnalysis(text="pensionres", terms=["pensionres"]), Filters()
    )
    assert [chunk.split(":")[0] for chunk in lexical] == ["herald-transit"]


def test_scores_are_ordered(town: Assistant) -> None:
    passages = town.retrieve("school budget teacher pay", k=6)
    assert passages[0].article_id == "times-school"
    assert [p.score for p in passages] == sorted((p.score for p in passages), reverse=True)
    assert len(passages) == len({p.chunk_id for p in passages}) == 6
    assert len(town.retrieve("school budget teacher pay", k=2)) == 2


def test_empty_store(assistant: Assistant) -> None:
    assert assistant.retrieve("How much aluminium could Russia supply?") == []
    assert assistant.retrieve("anything", outlets=["AnewZ"], since="2020-01-01") == []


# --- stories -----------------------------------------------------------------------------------


def passage(chunk_id: str, story: str, score: float) -> Passage:
    return Passage(
        chunk_id=chunk_id,
        article_id=chunk_id.split(":")[0],
        title=None,
        outlet=None,
        published=None,
        score=score,
        text="",
        story_id=story,
    )


def test_group_stories_unit() -> None:
    ranked = [
        passage("a1:0", "A", 0.9),
        passage("a1:1", "A", 0.8),
        passage("a2:0", "A", 0.7),
        passage("b1:0", "B", 0.6),
        passage("a1:2", "A", 0.5),
        passage("c1:0", "", 0.4),  # no story: its article stands alone
        passage("c1:1", "", 0.3),
        passage("b1:1", "B", 0.2),
    ]
    order = [p.chunk_id for p in group_stories(ranked, per_story=2)]
    assert order == ["a1:0", "a1:1", "b1:0", "c1:0", "c1:1", "b1:1", "a2:0", "a1:2"]
    one = [p.chunk_id for p in group_stories(ranked, per_story=1)]
    assert one == ["a1:0", "b1:0", "c1:0", "a1:1", "a2:0", "a1:2", "c1:1", "b1:1"]
    assert group_stories(ranked, per_story=10) == ranked
    assert group_stories([], per_story=3) == []


def test_story_cap_on_the_seeds(assistant: Assistant, tmp_path: Path) -> None:
    """The two seeds are one story (four chunks); another story gets its turn after the cap."""
    other = tmp_path / "other"
    other.mkdir()
    write_article(other, "herald-transit")  # shares no word with the question: ranks last
    assistant.ingest([SEEDS, other])
    status = assistant.status()
    assert (status["articles"], status["stories"]) == (3, 2)
    question = "How much aluminium could Russia supply to the US each year?"

    def stories(per_story: int) -> list[str]:
        passages = Retriever(assistant.index, RetrievalConfig(per_story=per_story)).retrieve(
            question, k=10
        )
        assert len(passages) == 5
        return ["other" if p.article_id == "herald-transit" else "seeds" for p in passages]

    found = assistant.retrieve(question, k=10)
    seed_stories = {p.story_id for p in found if p.article_id != "herald-transit"}
    assert len(seed_stories) == 1
    assert seed_stories.isdisjoint(p.story_id for p in found if p.article_id == "herald-transit")
    assert stories(10) == ["seeds"] * 4 + ["other"]
    assert stories(3) == ["seeds"] * 3 + ["other", "seeds"]
    assert stories(1) == ["seeds", "other"] + ["seeds"] * 3
    assert assistant.retrieve(question, k=10) == Retriever(assistant.index).retrieve(question, 10)


# --- `newsqa ask --json` -----------------------------------------------------------------------

ANSWER_KEYS = {"question", "answer", "abstained", "answerer", "truncated", "citations", "passages"}
CITATION_KEYS = {"marker", "article_id", "title", "outlet", "published", "url", "path"}
CITATION_KEYS |= {"chunk_id", "quote"}
PASSAGE_KEYS = {"chunk_id", "article_id", "title", "outlet", "published", "score", "text"}


@pytest.fixture
def newsqa(monkeypatch: pytest.MonkeyPatch, embedder, isolated_home: Path):
    monkeypatch.setattr("assistant.api.LocalEmbedder", lambda **_: embedder)
    runner = CliRunner()

    def run(*args: str):
        return runner.invoke(cli, ["--home", str(isolated_home), *args], catch_exceptions=False)

    return run


def test_ask_json_shape(newsqa) -> None:
    assert newsqa("ingest", "-q", str(SEEDS)).exit_code == 0
    question = "How much aluminium could Russia supply to the US each year?"
    result = newsqa("ask", "--json", question)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) == ANSWER_KEYS
    assert data["question"] == question
    assert data["abstained"] is False
    assert data["answerer"] == "offline"
    assert "2 million ton" in data["answer"]
    assert data["citations"] and data["passages"]
    for citation in data["citations"]:
        assert set(citation) == CITATION_KEYS
        assert citation["article_id"] == "trt-putin-offer"
        assert citation["outlet"] == "TRT World"
        assert citation["published"] == "2025-02-24"
        assert citation["path"].endswith("trt-putin-offer.txt")
        assert citation["quote"]
    for p in data["passages"]:
        assert set(p) == PASSAGE_KEYS
        assert isinstance(p["score"], float) and p["text"]
    markers = [n for m in MARKER.finditer(data["answer"]) for n in parse_marker(m.group(1))]
    assert sorted(set(markers)) == [c["marker"] for c in data["citations"]]
    assert len(data["citations"]) == len({c["marker"] for c in data["citations"]})
    for citation in data["citations"]:
        chunk = next(p for p in data["passages"] if p["chunk_id"] == citation["chunk_id"])
        assert citation["quote"] in chunk["text"]


def test_ask_json_abstention(newsqa) -> None:
    assert newsqa("ingest", "-q", str(SEEDS)).exit_code == 0
    data = json.loads(newsqa("ask", "--json", "Who won the 2024 Super Bowl?").stdout)
    assert set(data) == ANSWER_KEYS
    assert data["abstained"] is True
    assert data["citations"] == []
    assert data["answer"].startswith("The articles don't mention 2024 Super Bowl.")


def test_ask_filters_on_the_command_line(newsqa) -> None:
    assert newsqa("ingest", "-q", str(SEEDS)).exit_code == 0
    question = "What did Putin offer the United States?"
    data = json.loads(newsqa("ask", "--json", "--outlet", "anewz", question).stdout)
    assert {p["outlet"] for p in data["passages"]} == {"AnewZ"}
    late = json.loads(newsqa("ask", "--json", "--since", "2025-03-01", question).stdout)
    assert late["passages"] == [] and late["abstained"] is True


def test_an_outlet_filter_takes_what_people_call_it(newsqa) -> None:
    """The raw seed files name TRT World "TRTWorld"; `--outlet "TRT World"` finds it."""
    assert (
        newsqa("ingest", "-q", str(SEEDS.parent.parent.parent / "shared" / "seeds")).exit_code == 0
    )
    question = "How much aluminium could Russia supply each year?"
    data = json.loads(newsqa("ask", "--json", "--outlet", "TRT World", question).stdout)
    assert data["passages"] and {p["outlet"] for p in data["passages"]} == {"TRTWorld"}
    assert not data["abstained"]


def test_ask_bad_date_is_a_usage_error(newsqa) -> None:
    result = newsqa("ask", "What did Putin offer?", "--since", "notadate")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "Invalid value" in result.stderr
    assert re.search(r"not a date: 'notadate' \(use YYYY-MM-DD\)", result.stderr)


def test_one_sentence_that_says_it_all_ranks_first(town: Assistant) -> None:
    """The sentence rerank: a passage whose single sentence holds the question's words beats one
    that scatters them over several sentences (equal retrieval scores to start with)."""
    question = "Will bus and tram fares rise for students in April?"
    scattered = passage("a:0", "a", 1.0)
    scattered.text = "Bus lanes open in April. Tram fares are frozen. Students rise early."
    together = passage("b:0", "b", 1.0)
    together.text = "Bus and tram fares will rise for students in April. Nothing else changes."
    retriever = Retriever(town.index, RetrievalConfig(sentence_weight=4.0))
    analysis = retriever.analyse(question)
    reranked = retriever._rerank_sentences(analysis, [scattered, together])
    assert [p.chunk_id for p in reranked] == ["b:0", "a:0"]
    assert reranked[0].score > reranked[1].score > 1.0
    # End to end, with the default configuration.
    assert town.retrieve(question, k=3)[0].article_id == "herald-transit"


@pytest.mark.parametrize(
    ("coverage", "order"), [(0.0, ["a:0", "a:1", "b:0"]), (0.7, ["a:0", "b:0", "a:1"])]
)
def test_coverage_lifts_the_other_part_of_a_two_part_question(
    town: Assistant, coverage: float, order: list[str]
) -> None:
    """A question joining two facts: once a passage holds the first, a second passage on the
    same words counts for less than one on the question's other part (the next hop)."""
    question = (
        "Did the library reopen after roof repairs, and did the food festival sell dumplings?"
    )
    first = passage("a:0", "a", 1.0)
    first.text = "The library reopened after two years of roof repairs."
    again = passage("a:1", "a", 1.0)
    again.text = "Roof repairs kept the library shut; it reopened on Sunday."
    other = passage("b:0", "b", 0.9)
    other.text = "The food festival sold out of dumplings."
    retriever = Retriever(town.index, RetrievalConfig(coverage=coverage))
    reranked = retriever._rerank_sentences(retriever.analyse(question), [first, again, other])
    assert [p.chunk_id for p in reranked] == order


@pytest.mark.parametrize("on", [True, False])
def test_a_named_outlet_and_date_count_as_said_by_their_passages(town: Assistant, on: bool) -> None:
    """Two passages saying the same words: the one from the outlet (and the day) the question
    names holds more of the question, though its sentences never name either."""
    question = "What did the Valley Times report on March 2, 2024 about the harbor bridge vote?"
    elsewhere = passage("a:0", "a", 1.0)
    named = passage("b:0", "b", 1.0)
    for p, outlet in ((elsewhere, "Harbor Gazette"), (named, "Valley Times")):
        p.text, p.outlet = "Councillors backed the harbor bridge in a vote.", outlet
    config = RetrievalConfig(outlet_terms=on, date_terms=False)
    retriever = Retriever(town.index, config)
    reranked = retriever._rerank_sentences(retriever.analyse(question), [elsewhere, named])
    assert [p.chunk_id for p in reranked] == (["b:0", "a:0"] if on else ["a:0", "b:0"])

    elsewhere.outlet = "Valley Times"  # same outlet now: the day the question names decides
    for p in (elsewhere, named):
        p.score = 1.0
    day = int(datetime(2024, 3, 2, 12, tzinfo=UTC).timestamp())
    retriever = Retriever(town.index, RetrievalConfig(outlet_terms=True, date_terms=on))
    retriever._timestamps = {"a:0": day - 20 * 86400, "b:0": day}
    reranked = retriever._rerank_sentences(retriever.analyse(question), [elsewhere, named])
    assert [p.chunk_id for p in reranked] == (["b:0", "a:0"] if on else ["a:0", "b:0"])


@pytest.mark.parametrize(
    ("novelty", "order"), [(1.0, ["a:0", "a:1", "b:0"]), (0.85, ["a:0", "b:0", "a:1"])]
)
def test_outlet_novelty_gives_the_next_place_to_another_source(
    town: Assistant, novelty: float, order: list[str]
) -> None:
    """Two outlets' passages on the same words: once one outlet holds a place, its next
    passage yields to the other outlet's a little behind it (passages without an outlet are
    never held back)."""
    question = "What did the papers say about the harbor bridge vote?"
    first, again, other = (
        passage("a:0", "a", 1.0),
        passage("a:1", "a2", 0.97),
        passage("b:0", "b", 0.9),
    )
    for p, outlet in ((first, "Valley Times"), (again, "Valley Times"), (other, "Harbor Gazette")):
        p.text, p.outlet = "Councillors backed the harbor bridge in a vote.", outlet
    config = RetrievalConfig(coverage=0.0, outlet_novelty=novelty, outlet_terms=False)
    retriever = Retriever(town.index, config)
    heads = [copy.copy(p) for p in (first, again, other)]
    reranked = retriever._rerank_sentences(retriever.analyse(question), heads)
    assert [p.chunk_id for p in reranked] == order
    if novelty < 1:
        for p in (first, again):
            p.outlet = None
        heads = [copy.copy(p) for p in (first, again, other)]
        reranked = retriever._rerank_sentences(retriever.analyse(question), heads)
        assert [p.chunk_id for p in reranked] == ["a:0", "a:1", "b:0"]


@pytest.mark.parametrize("field", ["coverage", "outlet_novelty"])
def test_rerank_knobs_outside_0_1_are_refused(field: str) -> None:
    with pytest.raises(ValueError, match=f"RetrievalConfig.{field} must be between 0 and 1"):
        RetrievalConfig(**{field: 1.2})


def test_a_day_tied_to_an_outlet_narrows_its_subquery(town: Assistant) -> None:
    """For "the Valley Times report published on March 20, 2024", the outlet's sub-query keeps to
    that day, searched with the words around it; a day with nothing of the outlet's leaves the
    usual sub-query in place."""
    retriever = town.retriever
    question = (
        "Did the Valley Times report published on March 20, 2024 say councillors backed the "
        "harbor bridge in a vote, while the Harbor Gazette covered the festival?"
    )
    analysis = retriever.analyse(question)
    (search,) = retriever._dated_searches("Valley Times", analysis, Filters())
    assert search.text.startswith("Did the Valley Times report published on March 20, 2024")
    (ranking,) = retriever._rank_all([search])
    assert ids(ranking) == {"times-school"}
    # Without the day, the outlet's sub-query also holds its bridge story of March 2.
    only = Filters(outlets=["Valley Times"])
    (usual,) = retriever._rank_all([_Search(search.text, search.analysis, only, True, 50)])
    assert ids(usual) == {"times-bridge", "times-school"}
    assert retriever._dated_searches("Harbor Gazette", analysis, Filters()) == []
    empty_day = retriever.analyse("What did the Valley Times report published on March 5, 2024?")
    assert retriever._dated_searches("Valley Times", empty_day, Filters()) == []
    # The user's own dates bound the day too: cut inside it, or ruling it out.
    since = Filters.build(since="2024-03-20")
    (inside,) = retriever._dated_searches("Valley Times", analysis, since)
    assert inside.filters.since == since.since and inside.filters.until < since.since + 2 * 86400
    outside = Filters.build(until="2024-03-10")
    assert retriever._dated_searches("Valley Times", analysis, outside) == []


def test_outlet_subqueries_keep_to_their_outlet(town: Assistant) -> None:
    """A question naming two outlets: each one's sub-query ranks only that outlet's passages
    (its dense side comes from the store's nearest chunks, filtered afterwards), and both
    outlets' reports of the story lead the results."""
    question = "Did the Valley Times and the Harbor Gazette both report the bridge vote?"
    retriever = town.retriever
    analysis = retriever.analyse(question)
    assert sorted(analysis.outlets) == ["Harbor Gazette", "Valley Times"]
    for outlet in analysis.outlets:
        only = Filters(outlets=[outlet])
        search = _Search(question, analysis, only, dense=True, pool=50)
        dense = retriever._dense(town.index.embedder.embed_query(question), only, pool=50)
        assert dense and town.index.lexical.admits(dense, RowFilter([outlet])) == dense
        (ranking,) = retriever._rank_all([search])
        assert ranking and {p.outlet for p in ranking} == {outlet}
    top = town.retrieve(question, k=2)
    assert ids(top) == {"gazette-bridge", "times-bridge"}


def test_lazy_rerank_picks_what_the_plain_greedy_picks(town: Assistant) -> None:
    """The rerank's lazy greedy against the textbook loop (every score recomputed each round),
    on random passages: the same order and scores."""
    rng = random.Random(3)
    vocabulary = [
        "bridge",
        "vote",
        "council",
        "harbor",
        "library",
        "roof",
        "festival",
        "fish",
        "school",
        "pay",
        "fares",
    ]
    question = "Did the council vote on the harbor bridge, and did school pay or fares rise?"
    config = RetrievalConfig(coverage=0.7, sentence_weight=4.0, outlet_novelty=0.85)
    retriever = Retriever(town.index, config)
    analysis = retriever.analyse(question)
    for trial in range(30):
        head = []
        for i in range(12):
            p = passage(f"p:{trial}:{i}", f"a{i}", rng.choice([1.0, 0.9, 0.5, 0.5, 0.2]))
            p.outlet = rng.choice(["Valley Times", "Harbor Gazette", "Pier Post", None])
            p.text = (
                ". ".join(" ".join(rng.sample(vocabulary, rng.randint(1, 4))) for _ in range(3))
                + "."
            )
            head.append(p)
        expected = plain_greedy(retriever, analysis, [copy.copy(p) for p in head])
        got = retriever._rerank_sentences(analysis, [copy.copy(p) for p in head])
        assert [(p.chunk_id, round(p.score, 9)) for p in got] == expected


def plain_greedy(
    retriever: Retriever, analysis: QueryAnalysis, head: list[Passage]
) -> list[tuple[str, float]]:
    terms = {stem(t): retriever.idf(t) for t in analysis.terms}
    total = sum(terms.values())
    sentences = [
        [[t for t in words if t in terms] for words in retriever._sentence_stems(p)] for p in head
    ]
    weight, coverage = retriever.config.sentence_weight, retriever.config.coverage
    novelty = retriever.config.outlet_novelty
    said: set[str] = set()
    chosen_outlets: list[str | None] = []
    left = list(range(len(head)))
    out = []
    while left:
        best_i, best = -1, -1.0
        for i in left:
            share = max(
                (sum(terms[t] * (1 - coverage if t in said else 1) for t in held) / total)
                for held in sentences[i]
            )
            seen = chosen_outlets.count(head[i].outlet) if head[i].outlet else 0
            score = head[i].score * (1 + weight * share) * novelty**seen
            if score > best:
                best_i, best = i, score
        left.remove(best_i)
        out.append((head[best_i].chunk_id, round(best, 9)))
        said.update(t for held in sentences[best_i] for t in held)
        chosen_outlets.append(head[best_i].outlet)
    return out
