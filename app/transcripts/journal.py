"""Autosave: every final caption goes to disk the moment it exists.

A journal is a JSON-lines file in ``journals_dir()``: a header line (session, language,
start time, format version), one line per caption, and a closing line once the session
ends cleanly. Each line is written and fsync'd before ``append`` returns, so a crash or a
power cut loses at most the caption still being formed.

Writing never raises into the capture path: a failed write (disk full, a vanished USB
folder) is kept in ``Journal.error``, logged, and handed once to the owner's
``on_autosave_failed`` hook as an ``AutosaveFailed``; the lines stay queued in memory, and
the next write tries them again (``on_autosave_restored`` says when one succeeds).

At start-up, before any session opens a journal, ``recover()`` lists the journals that
never got their closing line; ``list_journals()`` also lists the finished ones (history).

The writer holds a lock on its journal for as long as it is open (``flock`` on POSIX, a
byte-range lock on Windows); the operating system drops it when the process dies. So a
journal without its closing line whose lock is held belongs to a session recording now
(this app's, another window's, a ``transcribe`` run), not to a crash, and is never offered
for recovery. A session that ends cleanly without a single caption leaves no journal.
"""

from __future__ import annotations

import json
import logging
import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from app import paths

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]
    import msvcrt
from app.errors import AutosaveFailed
from app.transcripts.export import safe_filename
from app.transcripts.transcript import Caption, Transcript

log = logging.getLogger(__name__)

JOURNAL_FORMAT = "captionist-journal"
JOURNAL_VERSION = 1
SUFFIX = ".jsonl"


def _line(record: dict[str, Any]) -> bytes:
    return (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")


# Windows locks are mandatory: lock a byte far past any journal's end, never its text.
_WINDOWS_LOCK_OFFSET = 0x7FFF_FFF0


def _windows_lock(fd: int, mode: int) -> None:
    position = os.lseek(fd, 0, os.SEEK_CUR)
    os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
    try:
        msvcrt.locking(fd, mode, 1)
    finally:
        os.lseek(fd, position, os.SEEK_SET)


def _try_lock(fd: int) -> bool:
    """Take the journal's writer lock without waiting; False when another holds it."""
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        else:
            _windows_lock(fd, msvcrt.LK_NBLCK)
    except OSError:
        return False
    return True


def is_being_written(path: Path) -> bool:
    """True while a live process (this one included) has the journal open for writing."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    except OSError:
        return False
    try:
        if not _try_lock(fd):
            return True
        if fcntl is None:  # closing drops a flock, but Windows wants its lock undone
            _windows_lock(fd, msvcrt.LK_UNLCK)
        return False
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    # A new file's directory entry must be on disk too, or a power cut can lose the file.
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class Journal:
    """The autosave file of one session; owned by whoever owns its ``Transcript``.

    Stopping and restarting a session keeps the same journal open; ``close()`` when the
    session is closed for good.

    ``on_autosave_failed`` is called with an ``AutosaveFailed`` (its ``str`` is the sentence
    to show) when a write fails after the previous one worked: once per stretch of
    failures, not once per caption. ``on_autosave_restored`` is called when a write works
    again and every queued line is on disk. Both run on the thread that called
    ``append``/``flush``/``close`` (or the constructor, which writes the header).
    """

    def __init__(
        self,
        transcript: Transcript,
        folder: Path | None = None,
        *,
        on_autosave_failed: Callable[[AutosaveFailed], None] | None = None,
        on_autosave_restored: Callable[[], None] | None = None,
    ) -> None:
        self.transcript = transcript
        self.folder = folder
        self._on_failed = on_autosave_failed
        self._on_restored = on_autosave_restored
        stamp = transcript.started_at.strftime("%Y%m%d-%H%M%S")
        name = f"{stamp}-{safe_filename(transcript.session)}-{secrets.token_hex(3)}{SUFFIX}"
        self.path: Path | None = None  # set once the file exists
        self._name = name
        self.error: str | None = None  # why the last write failed; None once writes work
        self._fd: int | None = None
        self._good_size = 0  # bytes of complete lines on disk
        self._language = transcript.language
        self._closed = False
        self._captions = 0  # appended so far: a clean close with none leaves no file
        self._pending: list[bytes] = [
            _line(
                {
                    "type": "header",
                    "format": JOURNAL_FORMAT,
                    "version": JOURNAL_VERSION,
                    "session": transcript.session,
                    "language": transcript.language,
                    "started_at": transcript.started_at.isoformat(),
                }
            )
        ]
        self.flush()

    @property
    def pending_lines(self) -> int:
        """Lines waiting in memory because writing failed."""
        return len(self._pending)

    def append(self, caption: Caption) -> None:
        """Save one final caption; never raises for I/O trouble (see ``error``)."""
        if self._closed:
            raise RuntimeError("append to a closed journal")
        self._note_language()
        self._captions += 1
        self._pending.append(
            _line(
                {
                    "type": "caption",
                    "start": caption.start_s,
                    "end": caption.end_s,
                    "text": caption.text,
                }
            )
        )
        self.flush()

    def set_language(self, code: str) -> None:
        """Record the language automatic detection settled on, at once (a crash keeps it)."""
        self.transcript.language = code
        if not self._closed and self._note_language():
            self.flush()

    def _note_language(self) -> bool:
        if self.transcript.language == self._language:
            return False
        self._language = self.transcript.language
        self._pending.append(_line({"type": "language", "language": self._language}))
        return True

    def close(self, clean: bool = True) -> None:
        """Finish the journal; ``clean=False`` leaves it for ``recover()`` to offer later.

        A clean close of a session that never produced a caption removes the file: an
        empty entry in Saved transcripts (a failed or silent run) is only clutter.
        """
        if self._closed:
            return
        if clean and not self._captions:
            self._closed = True
            self._pending.clear()
            self._close_fd()
            if self.path is not None:
                self.path.unlink(missing_ok=True)
                log.info("journal %s removed: the session produced no caption", self._name)
            return
        if clean:
            closed_at = datetime.now().astimezone().isoformat()
            self._pending.append(_line({"type": "end", "clean": True, "closed_at": closed_at}))
        self.flush()
        self._closed = True
        if self._pending:
            log.warning("journal %s closed with %d unsaved lines", self._name, len(self._pending))
        self._close_fd()

    def _close_fd(self) -> None:
        if self._fd is not None:
            try:
                os.close(self._fd)
            except OSError as error:
                log.warning("closing journal %s: %s", self.path, error)
            self._fd = None

    def flush(self) -> bool:
        """Write every queued line; True when nothing is left waiting."""
        try:
            self._write_pending()
        except OSError as error:
            is_new_failure = self.error is None
            self.error = f"Autosave failed: {error.strerror or error}"
            if is_new_failure:
                log.warning("journal %s: autosave failed, will retry: %s", self._name, error)
                if self._on_failed is not None:
                    self._on_failed(AutosaveFailed(error.strerror or str(error), error.errno))
            return False
        if self.error is not None:
            log.warning("journal %s: autosave works again", self._name)
            self.error = None
            if self._on_restored is not None:
                self._on_restored()
        return True

    def _open(self) -> int:
        folder = self.folder if self.folder is not None else paths.journals_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / self._name
        flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        fd = os.open(path, flags, 0o600)  # transcripts are private
        if not _try_lock(fd):  # cannot happen to a file just made with O_EXCL, but say so
            log.warning("journal %s: could not lock it; it may show as crashed", path)
        self.path = path
        _fsync_folder(folder)
        return fd

    def _write_pending(self) -> None:
        if self._fd is None:
            self._fd = self._open()
        if os.fstat(self._fd).st_size != self._good_size:
            # A failed write may have left part of a line; cut it off so the retried
            # line starts cleanly instead of gluing onto the torn one.
            os.ftruncate(self._fd, self._good_size)
        while self._pending:
            data = memoryview(self._pending[0])
            while data:
                written = os.write(self._fd, data)
                data = data[written:]
            os.fsync(self._fd)
            self._good_size += len(self._pending.pop(0))


@dataclass
class JournalInfo:
    """A journal found on disk, read back into a transcript."""

    path: Path
    transcript: Transcript
    is_clean: bool  # it has its closing line: history rather than something to recover
    skipped_lines: int = 0  # lines that could not be read (a torn last line after a crash)
    closed_at: datetime | None = None
    recovered: bool = False  # closed at a later start, after the app had died
    is_live: bool = False  # its writer is running now: recording, not crashed


class JournalUnreadable(ValueError):
    """A file in the journals folder without a valid header."""


def read_journal(path: Path) -> JournalInfo:
    """Read a journal back, skipping lines that do not parse (a crash can tear the last)."""
    with open(path, "rb") as handle:
        raw_lines = handle.read().split(b"\n")
    records: list[dict[str, Any]] = []
    skipped = 0
    for raw in raw_lines:
        if not raw.strip():
            continue
        try:
            record = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            skipped += 1
            continue
        if isinstance(record, dict):
            records.append(record)
        else:
            skipped += 1
    if not records or records[0].get("type") != "header":
        raise JournalUnreadable(f"{path} has no journal header")
    header = records[0]
    version = header.get("version")
    if header.get("format") != JOURNAL_FORMAT or version not in range(1, JOURNAL_VERSION + 1):
        raise JournalUnreadable(f"{path} is not a journal this version can read")
    try:
        transcript = Transcript(
            session=str(header["session"]),
            language=str(header.get("language", "")),
            started_at=datetime.fromisoformat(header["started_at"]),
        )
    except (KeyError, TypeError, ValueError) as error:
        raise JournalUnreadable(f"{path} has a damaged header: {error}") from error
    info = JournalInfo(path=path, transcript=transcript, is_clean=False)
    for record in records[1:]:
        kind = record.get("type")
        try:
            if kind == "caption":
                transcript.add_caption(str(record["text"]), record["start"], record["end"])
            elif kind == "language":
                transcript.language = str(record["language"])
            elif kind == "end":
                info.is_clean = True
                info.closed_at = datetime.fromisoformat(record["closed_at"])
                info.recovered = bool(record.get("recovered", False))
        except (KeyError, TypeError, ValueError):
            skipped += 1
    info.skipped_lines = skipped
    info.is_live = not info.is_clean and is_being_written(path)
    if skipped:
        log.warning("journal %s: skipped %d unreadable lines", path, skipped)
    return info


def _read_all(folder: Path | None, between: Callable[[], None] | None) -> list[JournalInfo]:
    folder = folder if folder is not None else paths.journals_dir()
    found: list[JournalInfo] = []
    for path in sorted(folder.glob(f"*{SUFFIX}")):
        if between is not None:
            between()
        try:
            found.append(read_journal(path))
        except (OSError, JournalUnreadable) as error:
            log.warning("ignoring journal %s: %s", path, error)
    return sorted(found, key=lambda info: info.transcript.started_at)


def list_journals(
    folder: Path | None = None, between: Callable[[], None] | None = None
) -> list[JournalInfo]:
    """Every readable journal with at least one caption, oldest first.

    Unreadable files are logged and left alone; sessions recording now are included,
    marked ``is_live``. ``between()`` is called before each file is read.
    """
    return [info for info in _read_all(folder, between) if info.transcript.captions]


def recover(
    folder: Path | None = None, between: Callable[[], None] | None = None
) -> list[JournalInfo]:
    """Journals of sessions that never finished cleanly (the app crashed or was killed).

    A journal still being written is not one of them. A dead one without a caption holds
    nothing to recover, so it is removed here rather than offered. ``between()`` is called
    before each file is read.
    """
    found: list[JournalInfo] = []
    for info in _read_all(folder, between):
        if info.is_clean or info.is_live:
            continue
        if info.transcript.captions:
            found.append(info)
        else:
            delete(info)
    return found


def recover_and_mark(
    folder: Path | None = None, between: Callable[[], None] | None = None
) -> list[JournalInfo]:
    """What a crash left (``recover``), each marked recovered so it is offered only once:
    the window's scan at start-up, which reads and writes files and so runs off its GUI
    thread."""
    found = recover(folder, between)
    for info in found:
        mark_recovered(info)
    return found


def mark_recovered(info: JournalInfo) -> None:
    """Close a journal the user has been offered after a crash; it joins the history.

    It gets the closing line a clean stop would have written, marked ``recovered``, so the
    next start does not offer it again. A torn last line (the crash cut it) is cut off
    first so the closing line stands on a line of its own.
    """
    closed_at = datetime.now().astimezone().isoformat()
    with open(info.path, "rb+") as handle:
        if not _try_lock(handle.fileno()):
            # Its writer is alive after all: closing its journal would end its autosave.
            log.warning("journal %s is being written; not marked recovered", info.path)
            info.is_live = True
            return
        data = handle.read()
        handle.truncate(data.rfind(b"\n") + 1)
        handle.seek(0, os.SEEK_END)
        handle.write(
            _line({"type": "end", "clean": False, "recovered": True, "closed_at": closed_at})
        )
        handle.flush()
        os.fsync(handle.fileno())
    info.is_clean, info.recovered = True, True
    info.closed_at = datetime.fromisoformat(closed_at)


def delete(journal: JournalInfo | Path) -> None:
    """Remove a journal the user no longer wants (after recovering or exporting it)."""
    path = journal.path if isinstance(journal, JournalInfo) else Path(journal)
    path.unlink(missing_ok=True)
    log.info("deleted journal %s", path)
