"""The window runs its model where the CUDA check says, and its status bar says why the CPU."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import config
from app.ui.main_window import MainWindow
from tests.cuda_sim import FALLBACK, simulate_cuda_without_runtime


def test_a_gpu_that_cannot_run_is_named_in_the_status_bar(
    qtbot, model_dir, speech: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tried = simulate_cuda_without_runtime(monkeypatch)
    window = MainWindow(config.Settings())
    qtbot.addWidget(window)
    messages: list[str] = []
    window.statusBar().messageChanged.connect(messages.append)
    tab = window.tab("s1")
    tab.source.insertItem(0, f"File: {speech}", str(speech))
    tab.source.setCurrentIndex(0)
    tab.start_stop.click()
    qtbot.waitUntil(lambda: not window.pipeline.running, timeout=120_000)
    assert len(tried) == 1  # the window's auto choice tried CUDA once ...
    assert "budget" in tab.captions.final_text  # ... and captioned on the CPU
    assert any(FALLBACK in message for message in messages), messages
    window.close()
