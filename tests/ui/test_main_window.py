"""The real window, offscreen: tabs, sessions on espeak-ng speech, captions in their own tab."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from app import config
from app.ui.main_window import MainWindow
from tests.speech import CHINESE, MANDARIN_VOICE, espeak_clip


@pytest.fixture(scope="module")
def chinese_clip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Mandarin speech made with espeak-ng (cmn voice)."""
    return espeak_clip(tmp_path_factory.mktemp("zh") / "zh.wav", MANDARIN_VOICE, CHINESE)


@pytest.fixture
def window(qtbot, model_dir) -> MainWindow:
    win = MainWindow(config.Settings())
    qtbot.addWidget(win)
    win.show()
    yield win
    win.pipeline.stop_all()
    qtbot.waitUntil(lambda: not win.pipeline.running, timeout=20_000)
    win.close()


def choose(tab, source: str, language: str) -> None:
    tab.source.insertItem(0, f"File: {source}", source)
    tab.source.setCurrentIndex(0)
    tab.language.setCurrentIndex(tab.language.findData(language))


def test_two_tabs_caption_their_own_languages(qtbot, window, speech: Path, chinese_clip) -> None:
    english = window.tab("s1")
    window.rename_session("s1", "Me")
    chinese = window.add_session(config.SessionSettings(name="中文"))
    assert window.tabs.count() == 3  # the meeting, then a tab per session
    choose(english, str(speech), "en")
    choose(chinese, str(chinese_clip), "zh")
    # What the overlay shows as captions come: a stopped session's lines fade soon after.
    labels: set[str] = set()
    window.caption_received.connect(
        lambda _event, _name: labels.update(
            block.label for block in window.overlay.lines.blocks.values() if block.final
        )
    )
    english.start_stop.click()
    chinese.start_stop.click()
    assert english.start_stop.text() == "Stop" and not english.language.isEnabled()
    qtbot.waitUntil(lambda: not window.pipeline.running, timeout=180_000)
    assert "budget" in english.captions.final_text
    zh_text = chinese.captions.final_text
    assert any("\u4e00" <= ch <= "\u9fff" for ch in zh_text), zh_text
    assert "budget" not in zh_text
    assert not any("\u4e00" <= ch <= "\u9fff" for ch in english.captions.final_text)
    # The meeting view shows both at once, each in its own column, and as one stream.
    window.tabs.setCurrentWidget(window.meeting)
    assert window.meeting.column("s1").final_text == english.captions.final_text
    assert window.meeting.column("s2").final_text == zh_text
    stream = window.meeting.stream.final_text
    assert "budget" in stream and any("\u4e00" <= ch <= "\u9fff" for ch in stream)
    assert labels == {"Me", "中文"}  # the overlay heard both, each under its own name
    assert window.transcript("s1").session == "Me"
    assert window.transcript("s1").captions
    assert english.start_stop.text() == "Start" and english.language.isEnabled()


def test_a_bad_source_is_an_error_in_the_tab(qtbot, window, tmp_path: Path) -> None:
    tab = window.tab("s1")
    choose(tab, str(tmp_path / "missing.flac"), "en")
    tab.start_stop.click()
    qtbot.waitUntil(lambda: tab.status.text().startswith("Error"), timeout=20_000)
    assert "missing.flac" in tab.status.text()
    qtbot.waitUntil(lambda: tab.start_stop.text() == "Start", timeout=20_000)
    assert tab.retry.isVisible()


def test_tabs_are_restored_stopped(qtbot, model_dir, speech: Path) -> None:
    first = MainWindow(config.Settings())
    qtbot.addWidget(first)
    first.rename_session("s1", "Me")
    remote = first.add_session(config.SessionSettings(name="Remote", language="de"))
    choose(remote, str(speech), "de")
    first.close()
    saved = json.loads(config.settings_path().read_text(encoding="utf-8"))
    assert [s["name"] for s in saved["sessions"]] == ["Me", "Remote"]
    second = MainWindow()
    qtbot.addWidget(second)
    assert second.tabs.count() == 3  # and the meeting view, in front
    assert second.tabs.currentWidget() is second.meeting
    restored = second.tab("s2")
    assert restored.name == "Remote"
    assert restored.language.currentData() == "de"
    assert restored.source.currentData() == str(speech)
    assert restored.start_stop.text() == "Start"
    second.close()


def test_a_garbage_settings_file_is_backed_up(qtbot, model_dir) -> None:
    path = config.settings_path()
    path.write_text("{not json", encoding="utf-8")
    settings = config.load()
    assert settings.sessions == [] and "could not be read" in settings.notice
    assert list(path.parent.glob("settings.json.bad-*"))


def test_a_file_is_transcribed_at_offline_quality_unless_played_live(
    qtbot, window, speech: Path
) -> None:
    tab = window.tab("s1")
    assert not tab.real_time.isVisible()  # a device: nothing to pace
    choose(tab, str(speech), "en")
    assert tab.real_time.isVisible() and not tab.real_time.isChecked()
    tab.start_stop.click()
    assert not tab.real_time.isEnabled()
    qtbot.waitUntil(lambda: not window.pipeline.running, timeout=120_000)
    # Decoded once, whole, as the command line does: the sentence, not its pieces.
    first = window.transcript("s1").captions[0].text
    assert first.startswith("Good morning everyone, and thank you for coming."), first
    assert window.tab("s1").session_settings().play_in_real_time is False


def test_a_restart_is_marked_and_each_paragraph_has_one_time(qtbot, window, speech: Path) -> None:
    tab = window.tab("s1")
    choose(tab, str(speech), "en")
    tab.real_time.setChecked(True)  # live: finals of a few words each
    tab.start_stop.click()
    qtbot.waitUntil(lambda: "morning" in tab.captions.final_text, timeout=60_000)
    tab.start_stop.click()
    qtbot.waitUntil(lambda: not window.pipeline.running, timeout=20_000)
    before = tab.captions.final_text
    tab.start_stop.click()  # the same session again: the file plays from its start
    qtbot.waitUntil(lambda: tab.captions.final_text != before, timeout=60_000)
    tab.start_stop.click()
    qtbot.waitUntil(lambda: not window.pipeline.running, timeout=20_000)
    tab.captions.show_timestamps = True
    shown = [line for line in tab.captions.text.toPlainText().split("\n") if line]
    marks = [i for i, line in enumerate(shown) if line.startswith("— Restarted at ")]
    assert len(marks) == 1, shown
    # The new run's words are on a line of their own, not run on from the last one.
    after = re.sub(
        r"^\d\d:\d\d:\d\d\s+", "", shown[marks[0] + 1] if len(shown) > marks[0] + 1 else ""
    )
    assert after.lower().startswith("good morning"), shown
    paragraphs = [line for line in shown if not line.startswith("—")]
    stamp = re.compile(r"\d\d:\d\d:\d\d")
    # One time per paragraph, at its start (tests/ui/test_caption_view.py: not per final).
    assert all(len(stamp.findall(line)) == 1 and stamp.match(line) for line in paragraphs)
