"""Fixtures for the audio tests: private PulseAudio servers (the clips and the model come
from the root conftest).

The servers are real ones with null sinks ("virtual speakers"): what ``paplay`` plays
into a sink comes out of its monitor source, which is how a meeting's remote voices reach
Captionist on a desktop. Each runs in its own runtime folder, so it neither needs nor
disturbs a user's session, and it is stopped after its tests.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from .helpers import PulseServer, start_pulse


@pytest.fixture(scope="module")
def pulse(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PulseServer]:
    """A PulseAudio server shared by one test module (null sinks 'meeting' and 'other')."""
    with pytest.MonkeyPatch.context() as monkeypatch:
        server = start_pulse(tmp_path_factory.mktemp("pulse"), monkeypatch)
        try:
            yield server
        finally:
            server.kill()


@pytest.fixture
def private_pulse(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[PulseServer]:
    """A PulseAudio server for one test, which may kill it."""
    server = start_pulse(tmp_path, monkeypatch)
    try:
        yield server
    finally:
        server.kill()


@pytest.fixture
def no_pulse_server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No PulseAudio server to be found: listing must cope. Also keeps pactl from making
    itself a runtime folder under /tmp when the machine has no XDG_RUNTIME_DIR."""
    monkeypatch.setenv("PULSE_SERVER", "unix:/nonexistent/captionist-test")
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
