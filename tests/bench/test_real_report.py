"""The real-voices report: what its files table says about time."""

from __future__ import annotations

from pathlib import Path

from app.bench.real import write_report


def test_the_files_table_gives_the_start_up_and_the_whole_runs(tmp_path: Path) -> None:
    clip = {
        "language": "en", "audio_s": 11.0, "offline_error": 0.0, "offline_wall_s": 1.7,
        "offline_words_error": 0.0, "offline_words_wall_s": 1.8, "error": 0.0,
        "wall_s": 0.4, "whole_run_s": 6.1, "identical_srt": True, "text": "ask not",
    }  # fmt: skip
    results = {
        "machine": {"cpu": "test"},
        "files": {"threads": 1, "startup_wall_s": 5.7, "clips": {"jfk.flac": clip}},
    }
    path = tmp_path / "report.md"
    write_report(results, path)
    text = path.read_text(encoding="utf-8")
    assert "less its start-up (5.7 s: the median of three runs" in text
    assert "| jfk.flac | 0.0 % | 0.0 % | 0.0 % | 1.7 | 1.8 | 0.4 | 6.1 | True |" in text
