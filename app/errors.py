"""Exceptions that cross a boundary and become a message for the user.

Each carries a sentence a user can act on; the layer above shows ``str(error)``
and never a traceback.
"""

from __future__ import annotations


class CaptionistError(Exception):
    """Base of every error with a user-facing message."""


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
