"""The settings file: declared once, upgraded step by step, never lost to a newer version."""

from __future__ import annotations

import json
import logging
import shutil
from dataclasses import asdict, dataclass
from pathlib import Path

import pytest

from app import config
from app.settings_schema import names, read, setting, spec
from app.ui.overlay_prefs import OverlayPrefs

FIXTURES = Path(__file__).parent / "fixtures"


def placed(tmp_path: Path, data: object) -> Path:
    path = tmp_path / config.FILE_NAME
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_a_version_1_file_loads_with_every_session_and_overlay_choice_kept(tmp_path) -> None:
    # Written by the Captionist of commit a366f99 (config.save), before the registry.
    path = tmp_path / config.FILE_NAME
    shutil.copy(FIXTURES / "settings-v1.json", path)
    settings = config.load(path)
    assert settings.notice == "" and path.exists()
    assert [(s.name, s.source, s.language, s.model, s.translate, s.play_in_real_time)
            for s in settings.sessions] == [
        ("Me", "default", "en", "small", False, False),
        ("Remote", "System audio: Speakers", "de", "base", True, False),
        ("Lecture", "/home/user/Recordings/lecture.flac", "auto", "tiny", False, True),
    ]  # fmt: skip
    assert settings.geometry == "01d9d0cb000300000000"
    assert settings.caption_font_size == 20 and settings.show_timestamps is True
    assert settings.theme == "dark" and settings.meeting_layout == "stream"
    assert settings.model_folders == ["/home/user/models"]
    assert settings.export_folder == "/home/user/Documents"
    overlay = OverlayPrefs.from_dict(settings.overlay)
    assert overlay == OverlayPrefs(
        visible=True, click_through=True, session="Remote", show_labels=False,
        font_family="DejaVu Sans", font_size=30, text_colour="#ffff00",
        background_colour="#000080", opacity=0.5, lines=2, max_width=900,
        hide_after_s=8.0, snap="top", geometry=[100, 50, 900, 120],
    )  # fmt: skip
    # Saved again, nothing of the old file is dropped.
    config.save(settings, path)
    again = json.loads(path.read_text(encoding="utf-8"))
    old = json.loads((FIXTURES / "settings-v1.json").read_text(encoding="utf-8"))
    assert set(again) >= set(old)
    for key, value in old.items():
        if key == "sessions":  # settings added since keep their defaults beside the old
            for saved, before in zip(again[key], value, strict=True):
                assert {k: saved[k] for k in before} == before
            assert all(s["echo_guard"] is True for s in again[key])
        elif key != "version":
            assert again[key] == value, key


def test_a_file_from_a_newer_version_is_kept_aside_not_overwritten(tmp_path, caplog) -> None:
    newer = config.VERSION + 1
    path = placed(tmp_path, {"version": newer, "sessions": [{"name": "Future"}]})
    original = path.read_bytes()
    with caplog.at_level(logging.WARNING, logger="app.config"):
        settings = config.load(path)
    kept = tmp_path / f"settings.json.v{newer}-newer"
    assert kept.read_bytes() == original and not path.exists()
    assert settings.sessions == [] and "newer version of Captionist" in settings.notice
    assert kept.name in settings.notice
    assert f"settings version {newer}" in caplog.text and kept.name in caplog.text
    config.save(settings, path)  # this version's own file, beside the kept one
    assert kept.read_bytes() == original
    # A second newer file never replaces the first one kept.
    placed(tmp_path, {"version": newer, "sessions": []})
    config.load(path)
    assert kept.read_bytes() == original
    assert len(list(tmp_path.glob(f"settings.json.v{newer}-newer*"))) == 2


@pytest.mark.parametrize("text", ["{not json", "[]", '{"sessions": []}', '{"version": "1"}'])
def test_a_file_that_is_not_settings_is_kept_aside(tmp_path, text: str) -> None:
    path = tmp_path / config.FILE_NAME
    path.write_text(text, encoding="utf-8")
    settings = config.load(path)
    assert settings.sessions == [] and "could not be read" in settings.notice
    [kept] = tmp_path.glob("settings.json.bad-*")
    assert kept.read_text(encoding="utf-8") == text


def test_one_bad_value_costs_only_itself(tmp_path, caplog) -> None:
    path = placed(
        tmp_path,
        {
            "version": 1,
            "sessions": [
                {"name": "Me", "language": "klingon", "model": "small"},
                {"name": 5, "source": "default", "translate": "yes"},
                "not a session",
            ],
            "caption_font_size": 500,
            "theme": "neon",
            "show_timestamps": True,
            "model_folders": "/not/a/list",
            "meeting_layout": "stream",
            "overlay": {"font_size": 30},
        },
    )
    with caplog.at_level(logging.WARNING, logger="app.settings_schema"):
        settings = config.load(path)
    assert settings.notice == "" and path.exists()
    me, second = settings.sessions
    assert (me.name, me.language, me.model) == ("Me", "auto", "small")
    assert (second.name, second.source, second.translate) == ("Session", "default", False)
    assert settings.caption_font_size == 72  # clamped to the top of its range
    assert settings.theme == "system" and settings.model_folders == []
    assert settings.show_timestamps is True and settings.meeting_layout == "stream"
    assert settings.overlay == {"font_size": 30}
    assert "Caption font size 500 is out of range; 72 is used" in caplog.text
    assert "Language 'klingon' is not usable" in caplog.text


def test_upgrades_run_one_step_at_a_time_from_the_file_version() -> None:
    steps = {
        1: lambda data: {"version": data["version"], "font": data["size"]},
        2: lambda data: {**data, "font": data["font"] + 1, "upgraded": True},
    }
    assert config.upgrade({"version": 1, "size": 10}, steps, latest=3) == {
        "version": 3, "font": 11, "upgraded": True,
    }  # fmt: skip
    assert config.upgrade({"version": 2, "font": 10}, steps, latest=3) == {
        "version": 3, "font": 11, "upgraded": True,
    }  # fmt: skip
    assert config.upgrade({"version": 3, "font": 10}, steps, latest=3) == {
        "version": 3, "font": 10,
    }  # fmt: skip
    with pytest.raises(config.NewerSettings):
        config.upgrade({"version": 4}, steps, latest=3)


def test_every_older_version_has_an_upgrade_step() -> None:
    assert sorted(config.UPGRADES) == list(range(1, config.VERSION))


def test_every_setting_is_declared_and_readable_from_what_save_writes() -> None:
    # A field added without setting() would be saved but never read back.
    saved = set(json.loads(json.dumps(asdict(config.Settings()))))
    assert saved - {"notice"} == set(names(config.Settings))
    assert set(OverlayPrefs().to_dict()) == set(names(OverlayPrefs))
    assert read(config.Settings, {}, "test") == config.Settings()
    assert read(OverlayPrefs, OverlayPrefs().to_dict(), "test") == OverlayPrefs()


def test_a_setting_of_a_type_that_cannot_be_judged_needs_a_check() -> None:
    @dataclass
    class Odd:
        pair: tuple[int, int] = setting((0, 0), "Pair")

    with pytest.raises(TypeError, match="needs a check"):
        read(Odd, {"pair": [1, 2]}, "test")
    assert spec(Odd, "pair").label == "Pair"


def test_the_window_steps_caption_size_within_the_declared_range(qtbot, tmp_path) -> None:
    from app.ui.main_window import MainWindow

    # A size the settings file accepts is one the window keeps and steps from.
    window = MainWindow(config.load(placed(tmp_path, {"version": 1, "caption_font_size": 60})))
    qtbot.addWidget(window)
    larger = next(a for a in window.view_menu.actions() if "Larger" in a.text())
    larger.trigger()
    assert window.settings.caption_font_size == 61
    for _ in range(20):
        larger.trigger()
    assert window.settings.caption_font_size == config.CAPTION_FONT_SIZE.high == 72
    window.close()
