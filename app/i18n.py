"""Translation without Qt: markers the extraction sees, and one hook the window fills.

The modules below the interface (audio, models, engine, transcripts, states) must not
import Qt, yet what they say reaches the user. They mark each sentence for Qt's
``lupdate`` (which reads these names in any Python file) and look it up through
:func:`translate`, which is the identity until the window installs Qt's translator
(``app.ui.translations``). The command line installs none, so it stays English, as do
logs written before the window starts.

- ``N_("There is no audio source '{key}'.")``: an error message's template, in the
  catalogue's context ``""`` (lupdate runs with ``-tr-function-alias QT_TR_NOOP+=N_``).
  :class:`app.errors.CaptionistError` takes the template and its arguments and formats the
  translated template, so a translator moves ``{key}`` where their grammar wants it.
- ``QT_TRANSLATE_NOOP(context, text)``: any other sentence, in a named context.
"""

from __future__ import annotations

from collections.abc import Callable

#: The catalogue context of error templates marked with :func:`N_`.
ERRORS = ""

_translate: Callable[[str, str], str] | None = None


def N_(template: str) -> str:
    """Mark an error template for extraction; returns it unchanged."""
    return template


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for extraction in ``context``; returns it unchanged."""
    return text


def install(translate: Callable[[str, str], str] | None) -> None:
    """Use ``translate(context, text)`` from now on (None: English again)."""
    global _translate
    _translate = translate


def translate(context: str, text: str) -> str:
    """``text`` in the interface language, or as written when none is installed."""
    return text if _translate is None else _translate(context, text)


def message(template: str, **arguments: object) -> str:
    """The error template ``template`` translated, then filled in with ``arguments``."""
    translated = translate(ERRORS, template)
    if not arguments:  # a message passed on as it came (braces in it are no fields)
        return translated
    try:
        return translated.format(**arguments)
    except (KeyError, IndexError, ValueError):  # a broken translation: English still reads
        return template.format(**arguments)
