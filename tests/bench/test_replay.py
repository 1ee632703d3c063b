"""The replay: live sessions on a virtual clock, with the real model and engine."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from app.bench.live import final_text
from app.bench.metrics import error_rate
from app.bench.replay import DecodeCost, Session, main, replay, stream_config
from tests.speech import ENGLISH, GERMAN


def sessions(speech: Path, german_speech: Path) -> dict[str, Session]:
    return {"me": Session("en", speech), "remote": Session("de", german_speech)}


def test_a_replay_gives_the_same_captions_every_run(decoder, speech, german_speech) -> None:
    first, cost = replay(sessions(speech, german_speech), decoder)
    again, cost_again = replay(sessions(speech, german_speech), decoder)
    assert first == again and cost == cost_again
    for name, said, language in (("me", ENGLISH, "en"), ("remote", GERMAN, "de")):
        mine = [e for e in first if e["session"] == name]
        assert error_rate(said, final_text(mine), language) < 0.15, final_text(mine)
        finals = [e for e in mine if e["kind"] == "final" and e["text"]]
        # Captions are live: each final after its words were spoken, none long after.
        assert all(0 < e["audio_pos"] - e["end"] < 6 for e in finals), finals
        # Some words were final before the speech ended: agreement, not only the last decode.
        assert finals[0]["audio_pos"] < max(e["end"] for e in finals)


def test_a_dearer_decode_makes_captions_later(decoder, speech, german_speech) -> None:
    cheap, _ = replay(sessions(speech, german_speech), decoder)
    dear, _ = replay(sessions(speech, german_speech), decoder, DecodeCost(fixed_s=1.0))

    def lag(events: list[dict]) -> float:
        """How long a final word took, on average over words: dear decodes make fewer and
        longer finals, and a mean over captions moved with how many short ones there were."""
        finals = [e for e in events if e["kind"] == "final" and e["text"]]
        words = [len(e["text"].split()) for e in finals]
        waits = [e["audio_pos"] - e["end"] for e in finals]
        return sum(n * w for n, w in zip(words, waits, strict=True)) / sum(words)

    assert lag(dear) > lag(cheap) + 0.5


def test_the_command_reports_every_session(tmp_path: Path, speech, german_speech, capsys) -> None:
    english = shutil.copy(speech, tmp_path / "english.wav")
    (tmp_path / "english.txt").write_text(ENGLISH, encoding="utf-8")
    out = tmp_path / "numbers.json"
    assert main([f"en={english}", f"de={german_speech}", "--json", str(out)]) == 0
    numbers = json.loads(out.read_text(encoding="utf-8"))
    assert set(numbers) == {"english", "german"}
    assert numbers["english"]["error_rate"] < 0.15 and numbers["german"]["error_rate"] is None
    printed = capsys.readouterr().out
    assert "english: WER" in printed and "german: WER (no reference)" in printed


def test_scales_replay_once_each_and_give_the_means(tmp_path: Path, speech, capsys) -> None:
    english = shutil.copy(speech, tmp_path / "english.wav")
    (tmp_path / "english.txt").write_text(ENGLISH, encoding="utf-8")
    out, events = tmp_path / "numbers.json", tmp_path / "events.jsonl"
    argv = [f"en={english}", "--scales", "0.5,3", "--json", str(out), "--events", str(events)]
    assert main(argv) == 0
    numbers = json.loads(out.read_text(encoding="utf-8"))
    cheap, dear = (numbers["scales"][s]["english"] for s in ("0.5", "3"))
    assert dear["final_median_s"] > cheap["final_median_s"]  # the scale reached the clock
    mean = numbers["mean"]["english"]
    for field in ("error_rate", "final_median_s", "final_p95_s", "longest_undecided_s"):
        assert mean[field] == pytest.approx((cheap[field] + dear[field]) / 2)
    assert (tmp_path / "events.scale0.5.jsonl").is_file()
    assert (tmp_path / "events.scale3.jsonl").is_file()
    assert "english, mean of 2 scales: WER" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main([f"en={english}", "--scales", "1,-1"])


def test_a_replay_takes_engine_settings_by_name() -> None:
    config = stream_config(["unsure_probability=0.7", "min_new_audio_s=1.5", "beam_size=1"])
    assert (config.unsure_probability, config.min_new_audio_s, config.beam_size) == (0.7, 1.5, 1)
    with pytest.raises(ValueError, match="not a StreamConfig field"):
        stream_config(["unsure=0.7"])
