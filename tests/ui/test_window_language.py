"""A window session on "Detect automatically" saves the language it detected, never
"auto": in its export and in its journal (what Saved transcripts lists)."""

from __future__ import annotations

import json
from pathlib import Path

from app import config
from app.transcripts.journal import list_journals
from app.ui.main_window import MainWindow


def test_a_detected_language_reaches_the_export_and_the_journal(
    qtbot, model_dir, german_speech: Path, tmp_path: Path
) -> None:
    clip = german_speech
    session = config.SessionSettings(name="Berlin", source=str(clip), language="auto")
    window = MainWindow(config.Settings(sessions=[session]))
    qtbot.addWidget(window)
    window.show()
    tab = window.tab("s1")
    assert tab.language.currentData() == "auto"  # "Detect automatically"

    tab.start_stop.click()
    qtbot.waitUntil(lambda: tab.detected.text().startswith("Detected German"), timeout=60_000)
    qtbot.waitUntil(lambda: not window.pipeline.running, timeout=60_000)
    assert window.transcript("s1").captions

    exported = window.export_current(str(tmp_path / "berlin.json"))
    assert exported is not None
    assert json.loads(exported.read_text(encoding="utf-8"))["language"] == "de"

    window.close()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    [saved] = [j for j in list_journals() if j.transcript.session == "Berlin"]
    assert saved.transcript.language == "de"
