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

from collections.abc import Callable, Iterable

#: The catalogue context of error templates marked with :func:`N_`.
ERRORS = ""
#: The interface languages, each by its own name (with its menu mnemonic) as View ▸
#: Language lists them; English is the language of the sources.
LANGUAGE_MENU = (
    ("en", "E&nglish"),
    ("de", "&Deutsch"),
    ("es", "&Español"),
    ("fr", "&Français"),
    ("ja", "日本語 (&J)"),
    ("zh_CN", "简体中文 (&Z)"),
)
#: The languages with a catalogue: English's holds only the plural forms of its sources.
CATALOGUES = tuple(code for code, _ in LANGUAGE_MENU)

_translate: Callable[[str, str, str | None, int], str] | None = None


def N_(template: str) -> str:
    """Mark an error template for extraction; returns it unchanged."""
    return template


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for extraction in ``context``; returns it unchanged."""
    return text


def install(translate: Callable[[str, str, str | None, int], str] | None) -> None:
    """Use ``translate(context, text, disambiguation, n)`` from now on (None: English)."""
    global _translate
    _translate = translate


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the interface language, or as written when none is installed; with
    ``n``, the plural form for ``n`` with ``%n`` replaced (Qt's QCoreApplication.translate:
    lupdate reads these calls in the window's code)."""
    if _translate is None:
        return text.replace("%n", str(n)) if n >= 0 else text
    return _translate(context, text, disambiguation, n)


def message(template: str, **arguments: object) -> str:
    """The error template ``template`` translated, then filled in with ``arguments``."""
    translated = translate(ERRORS, template)
    if not arguments:  # a message passed on as it came (braces in it are no fields)
        return translated
    try:
        return translated.format(**arguments)
    except (KeyError, IndexError, ValueError):  # a broken translation: English still reads
        return template.format(**arguments)


def interface_language(choice: str, preferred: Iterable[str]) -> str:
    """The interface language: ``choice`` when the user made one (View ▸ Language), else
    the first of the system's ``preferred`` languages that Captionist speaks
    (``QLocale.uiLanguages()``: "de-AT", "zh-Hans-CN", ...); English when none is."""
    known = {code for code, _ in LANGUAGE_MENU}
    if choice in known:
        return choice
    for tag in preferred:
        parts = tag.replace("_", "-").split("-")
        base = parts[0].lower()
        if base == "zh":
            # Only Simplified Chinese has a catalogue; Traditional readers get English.
            traditional = "Hant" in parts or any(p.upper() in {"TW", "HK", "MO"} for p in parts)
            if traditional:
                continue
            return "zh_CN"
        if base in known:
            return base
    return "en"
