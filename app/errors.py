"""Exceptions that cross a boundary and become a message for the user.

Each carries a sentence a user can act on; the layer above shows ``str(error)``
and never a traceback.
"""

from __future__ import annotations

import errno

from app.i18n import N_, message


class CaptionistError(Exception):
    """Base of every error with a user-facing message.

    Raised with a template marked by :func:`app.i18n.N_` and its arguments
    (``ModelMissing(N_("Unknown model '{name}'."), name=name)``): the message is the
    template in the interface language, filled in, so ``str(error)`` is what to show.
    """

    def __init__(self, template: str = "", /, **arguments: object) -> None:
        self.template = template
        self.arguments = arguments
        super().__init__(message(template, **arguments))


class ModelMissing(CaptionistError):
    """A model name or folder that cannot be found or loaded."""


class ModelCorrupt(CaptionistError):
    """A model file whose size or checksum is wrong."""


class ModelDownloadFailed(CaptionistError):
    """The hub could not be reached or a download broke off."""


class AudioUnreadable(CaptionistError):
    """A file that is missing, empty, truncated or not audio."""


class DeviceError(CaptionistError):
    """An audio device that is missing, busy, or failed mid-stream."""


class LanguageError(CaptionistError):
    """An unknown language code, or a change of language in a running session."""


class AutosaveFailed(CaptionistError):
    """The autosave journal could not be written (disk full, folder gone, no permission).

    Never raised into the capture path: ``Journal`` hands it to its ``on_autosave_failed``
    hook once per failure. Captions stay in memory and the journal retries on each new
    caption, so the user's remedy is to free space or export before closing.
    """

    def __init__(self, reason: str, error_code: int | None = None) -> None:
        self.reason = reason  # the system's words, e.g. "No space left on device"
        self.error_code = error_code  # errno of the failed write, if there was one
        if error_code in _DISK_FULL:
            template = N_(
                "Autosave failed: disk full — captions are kept in memory; export them "
                "before closing"
            )
        else:
            template = N_(
                "Autosave failed: {reason} — captions are kept in memory; export them "
                "before closing"
            )
        super().__init__(template, reason=reason[:1].lower() + reason[1:])


_DISK_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}  # a quota feels the same
