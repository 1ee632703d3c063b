"""The reference tap: one session's audio handed to another's capture thread by clock time."""

from __future__ import annotations

import threading
import time

import numpy as np

from app.audio.base import SAMPLE_RATE
from app.audio.echo_link import EchoLink
from app.audio.echo_tap import STALL_S, BlockClock, ReferenceTap


def ramp(n: int, start: int = 0) -> np.ndarray:
    return (np.arange(start, start + n) % 1000).astype(np.float32) / 1000


def test_a_file_clock_counts_samples_and_a_live_one_starts_at_its_first_block() -> None:
    file_clock = BlockClock(realtime=False)
    assert file_clock.stamp(1600) == 0.0
    assert file_clock.stamp(800) == 0.1
    live = BlockClock(realtime=True, now=100.0)
    assert live.stamp(3200) == 100.0 - 0.2  # the first block was recorded before it arrived
    assert abs(live.stamp(1600) - 100.0) < 1e-9  # then by samples, whatever the jitter


def test_read_returns_exactly_the_samples_of_that_time() -> None:
    tap = ReferenceTap(realtime=False)
    tap.write(ramp(1600), 0.0)
    tap.write(ramp(1600, 1600), 0.1)
    got = tap.read(0.05, 1600)
    assert got is not None
    np.testing.assert_array_equal(got, ramp(1600, 800))


def test_a_file_reader_waits_for_its_reference_to_get_there() -> None:
    tap = ReferenceTap(realtime=False)
    tap.write(ramp(1600), 0.0)
    result: list[np.ndarray | None] = []
    reader = threading.Thread(target=lambda: result.append(tap.read(0.05, 1600)))
    reader.start()
    time.sleep(0.3)
    assert not result  # half of the stretch is not written yet
    tap.write(ramp(1600, 1600), 0.1)
    reader.join(2)
    np.testing.assert_array_equal(result[0], ramp(1600, 800))


def test_a_stalled_live_reference_gives_silence_for_what_never_came() -> None:
    tap = ReferenceTap(realtime=True)
    tap.write(ramp(800), 10.0)
    started = time.monotonic()
    got = tap.read(10.0, 1600)
    waited = time.monotonic() - started
    assert STALL_S - 0.05 <= waited < STALL_S + 1.0
    assert got is not None
    np.testing.assert_array_equal(got[:800], ramp(800))
    assert not got[800:].any()
    started = time.monotonic()
    tap.read(10.1, 1600)  # stalled already: not waited for again
    assert time.monotonic() - started < 0.1


def test_a_closed_reference_is_not_waited_for_and_nothing_heard_is_none() -> None:
    silent = ReferenceTap(realtime=True)
    assert silent.read(0.0, 160) is None  # a live one that never delivered: none at all
    tap = ReferenceTap(realtime=False)
    tap.write(ramp(1600), 0.0)
    tap.close()
    started = time.monotonic()
    assert tap.read(5.0, 1600) is None  # after its end
    assert time.monotonic() - started < 0.1


def test_a_live_reference_keeps_only_its_capacity() -> None:
    tap = ReferenceTap(realtime=True, capacity_s=1.0)
    for i in range(30):
        tap.write(ramp(1600, i * 1600), i * 0.1)
    assert tap.read(0.0, 1600) is None  # dropped long ago
    got = tap.read(2.5, 1600)
    np.testing.assert_array_equal(got, ramp(1600, 25 * 1600))


def test_a_tap_nobody_reads_keeps_nothing_until_a_microphone_asks() -> None:
    tap = ReferenceTap(realtime=True, keep=False)
    tap.write(ramp(1600), 0.0)
    tap.keep()
    tap.write(ramp(1600, 1600), 0.1)
    assert tap.read(0.0, 1600) is None  # counted, not kept
    np.testing.assert_array_equal(tap.read(0.1, 1600), ramp(1600, 1600))  # clock still right
    got = tap.read(0.05, 1600)
    assert not got[:800].any()
    np.testing.assert_array_equal(got[800:], ramp(800, 1600))


def test_a_block_longer_than_the_capacity_keeps_its_newest_part() -> None:
    tap = ReferenceTap(realtime=True, capacity_s=0.1)
    tap.write(ramp(1000), 0.0)
    tap.write(ramp(3000, 1000), 1000 / SAMPLE_RATE)
    np.testing.assert_array_equal(tap.read(2400 / SAMPLE_RATE, 1600), ramp(1600, 2400))
    assert tap.read(0.0, 800) is None


def test_a_file_reference_waits_for_a_lagging_reader_until_it_detaches() -> None:
    tap = ReferenceTap(realtime=False, capacity_s=2.0)
    tap.write(ramp(1600), 0.0)
    tap.read(0.0, 1600)  # a reader is attached, and has read up to 0.1 s
    done = threading.Event()

    def write_5_s() -> None:
        for i in range(1, 50):
            tap.write(ramp(1600, i * 1600), i * 0.1)
        done.set()

    writer = threading.Thread(target=write_5_s)
    writer.start()
    time.sleep(0.5)
    assert not done.is_set()  # it would otherwise drop audio its reader still needs
    assert (tap.end_s or 0) <= 1.2 + 1e-6
    got = tap.read(0.5, 1600)  # the reader moves on: the writer may too
    np.testing.assert_array_equal(got, ramp(1600, 8000))
    tap.detach_reader()
    writer.join(2)
    assert done.is_set()
    assert abs(tap.end_s - 50 * 1600 / SAMPLE_RATE) < 1e-6


# -- the microphone's side: EchoLink --------------------------------------------------
def echo_scene() -> tuple[np.ndarray, np.ndarray]:
    """A microphone hearing a reference 60 ms late, 15 dB down (noise stands in for speech:
    the link is what is under test, the canceller has tests of its own)."""
    from app.bench.echo_rig import RoomSettings, room

    rng = np.random.default_rng(3)
    reference = (rng.standard_normal(4 * SAMPLE_RATE) * 0.1).astype(np.float32)
    return room(reference, RoomSettings(delay_ms=60, attenuation_db=15)), reference


def feed(link: EchoLink, tap: ReferenceTap, mic: np.ndarray, ref: np.ndarray) -> np.ndarray:
    out = []
    for i in range(0, len(mic), 3200):
        tap.write(ref[i : i + 3200], i / SAMPLE_RATE)
        out.append(link.process(mic[i : i + 3200], i / SAMPLE_RATE))
    return np.concatenate(out)


def test_a_guard_turned_off_gives_the_microphone_exactly_as_captured() -> None:
    mic, ref = echo_scene()
    link = EchoLink()
    tap = ReferenceTap(realtime=False)
    link.attach(tap, "Remote")
    cleaned = feed(link, tap, mic, ref)
    assert np.mean(cleaned[SAMPLE_RATE:] ** 2) < np.mean(mic[SAMPLE_RATE:] ** 2) / 10
    assert link.state().working and "Remote" in link.state().describe()
    link.set_enabled(False)
    tap2 = ReferenceTap(realtime=False)
    link.attach(tap2, "Remote")
    np.testing.assert_array_equal(feed(link, tap2, mic, ref), mic)
    assert link.state().describe().startswith("Echo guard off")


def test_without_a_reference_the_microphone_passes_untouched() -> None:
    mic, _ = echo_scene()
    link = EchoLink()
    out = np.concatenate(
        [link.process(mic[i : i + 3200], i / 16000) for i in range(0, len(mic), 3200)]
    )
    np.testing.assert_array_equal(out, mic)
    assert "idle" in link.state().describe()


def test_a_guard_that_cannot_load_leaves_the_microphone_working() -> None:
    def broken():
        raise RuntimeError("The echo canceller (livekit) is not installed.")

    mic, ref = echo_scene()
    link = EchoLink(guard_factory=broken)
    tap = ReferenceTap(realtime=False)
    link.attach(tap, "Remote")
    np.testing.assert_array_equal(feed(link, tap, mic, ref), mic)
    assert link.state().describe() == (
        "Echo guard unavailable: The echo canceller (livekit) is not installed."
    )


def run_link(link: EchoLink, mic: np.ndarray, ref: np.ndarray) -> np.ndarray:
    """The whole reference written first (a tap that is never waited for), then the mic."""
    tap = ReferenceTap(realtime=False, capacity_s=len(ref) / SAMPLE_RATE + 1)
    tap.write(ref, 0.0)
    tap.close()
    link.attach(tap, "Remote")
    blocks = range(0, len(mic), 3200)
    return np.concatenate([link.process(mic[i : i + 3200], i / SAMPLE_RATE) for i in blocks])


def tail_reduction_db(mic: np.ndarray, out: np.ndarray) -> float:
    tail = slice(len(mic) // 2, None)
    return 10 * np.log10(np.mean(mic[tail] ** 2) / (np.mean(out[tail] ** 2) + 1e-12))


def test_a_microphone_stamped_ahead_of_its_reference_is_still_cleaned() -> None:
    """Live blocks are stamped on arrival, and a monitor's can arrive after the microphone's
    recording of the same sound: the live lead reads the reference ahead for that."""
    from app.bench.echo_rig import RoomSettings, room

    rng = np.random.default_rng(5)
    ref = (rng.standard_normal(8 * SAMPLE_RATE) * 0.1).astype(np.float32)
    echo = room(ref, RoomSettings(delay_ms=20, attenuation_db=15))
    ahead = int(0.1 * SAMPLE_RATE)  # the mic's clock says 100 ms earlier than the ref's
    mic = np.concatenate([echo[ahead:], np.zeros(ahead, np.float32)])
    with_lead = run_link(EchoLink(lead_s=0.15), mic, ref)
    without = run_link(EchoLink(lead_s=0.0), mic, ref)
    assert tail_reduction_db(mic, with_lead) > 20
    assert tail_reduction_db(mic, without) < 10  # what happened before the lead


def test_drift_past_what_the_canceller_follows_moves_the_reference() -> None:
    from app.bench.echo_rig import RoomSettings, room

    rng = np.random.default_rng(6)
    ref = (rng.standard_normal(16 * SAMPLE_RATE) * 0.1).astype(np.float32)
    mic = room(ref, RoomSettings(delay_ms=480, attenuation_db=15))  # drifted far behind
    link = EchoLink(lead_s=0.0)
    out = run_link(link, mic, ref)
    state = link.state()
    assert state.stats is not None and state.stats.delay_ms is not None
    assert abs(state.stats.delay_ms - 480) < 5  # the room's delay, whatever the lead
    # Moved so the canceller is fed the echo 150 ms behind, mid-range, before drift takes
    # it past the 500 ms the delay estimate looks at.
    assert abs(link.lead_s - (0.15 - 0.48)) < 0.01
    assert tail_reduction_db(mic, out) > 20
