"""The servers' shared assistant: its readers-writer gate, and answers found again by clients."""

from __future__ import annotations

import threading
import time

from assistant.server.shared import Gate, RecentAnswers
from assistant.types import Answer


def test_readers_share_the_gate_and_a_writer_waits_for_them_then_goes_first() -> None:
    gate = Gate()
    events: list[str] = []
    first_reader_in = threading.Event()
    second_reader_in = threading.Event()
    writer_waiting = threading.Event()
    release_readers = threading.Event()

    def reader(name: str, inside: threading.Event) -> None:
        with gate.shared():
            events.append(f"{name} in")
            inside.set()
            release_readers.wait(30)
            events.append(f"{name} out")

    def writer() -> None:
        writer_waiting.set()
        with gate.exclusive():
            events.append("writer")

    def late_reader() -> None:
        with gate.shared():
            events.append("late reader")

    readers = [
        threading.Thread(target=reader, args=("r1", first_reader_in)),
        threading.Thread(target=reader, args=("r2", second_reader_in)),
    ]
    for thread in readers:
        thread.start()
    assert first_reader_in.wait(30) and second_reader_in.wait(30)  # both inside at once
    write = threading.Thread(target=writer)
    write.start()
    assert writer_waiting.wait(30)
    for _ in range(3000):  # the writer queues behind the readers
        if gate._writers_waiting:
            break
        time.sleep(0.01)
    assert gate._writers_waiting == 1
    late = threading.Thread(target=late_reader)
    late.start()
    assert "writer" not in events and "late reader" not in events
    release_readers.set()
    for thread in [*readers, write, late]:
        thread.join(30)
    assert events.index("writer") > max(events.index("r1 out"), events.index("r2 out"))
    assert events.index("late reader") > events.index("writer")  # writers first


def test_the_gate_can_be_released_by_another_thread() -> None:
    """A streamed answer starts on one worker thread and is closed on another."""
    gate = Gate()
    section = gate.shared()
    section.__enter__()
    threading.Thread(target=section.__exit__, args=(None, None, None)).start()
    with gate.exclusive():  # would wait for ever if the reader were still counted
        pass


def answer(question: str, text: str) -> Answer:
    return Answer(question, text, [], [], abstained=False, answerer="offline")


def test_recent_answers_are_found_by_question_and_text_whatever_the_spacing() -> None:
    recent = RecentAnswers(size=2)
    first = answer("What did Putin offer?", "Aluminium [1].\n\nAnd rare earths [2].")
    recent.add(first)
    assert recent.get("What did Putin offer?", "Aluminium [1]. And rare earths [2].") is first
    assert recent.get("What did Putin offer?", "Aluminium.") is None
    recent.add(answer("b", "b"))
    recent.add(answer("c", "c"))
    assert recent.get("What did Putin offer?", first.text) is None  # the oldest went first
