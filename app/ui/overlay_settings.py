"""The overlay's appearance dialog: every change previews live; Cancel puts it back."""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFontComboBox,
    QFormLayout,
    QPushButton,
    QSlider,
    QSpinBox,
    QWidget,
)

from app.i18n import translate
from app.ui.overlay import CaptionOverlay
from app.ui.overlay_prefs import OverlayPrefs, declared


class OverlayAppearanceDialog(QDialog):
    def __init__(
        self, overlay: CaptionOverlay, session_names: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("OverlayAppearanceDialog", "Overlay appearance"))
        self.overlay = overlay
        self._original = copy.deepcopy(overlay.prefs)
        self.prefs: OverlayPrefs = copy.deepcopy(overlay.prefs)
        prefs = self.prefs

        self.session = QComboBox()
        self.session.addItem(translate("OverlayAppearanceDialog", "All running sessions"), "")
        for name in session_names:
            self.session.addItem(name, name)
        if prefs.session and self.session.findData(prefs.session) < 0:
            self.session.addItem(prefs.session, prefs.session)
        self.session.setCurrentIndex(max(0, self.session.findData(prefs.session)))
        self.show_labels = QCheckBox(_label("show_labels"))
        self.show_labels.setChecked(prefs.show_labels)
        self.font_family = QFontComboBox()
        if prefs.font_family:
            self.font_family.setCurrentFont(QFont(prefs.font_family))
        self.font_size = _spin(QSpinBox(), "font_size", prefs.font_size, " pt")
        self.text_colour = self._colour_button(prefs.text_colour)
        self.background_colour = self._colour_button(prefs.background_colour)
        self.opacity = QSlider(Qt.Orientation.Horizontal)
        low, high = declared("opacity").bounds
        self.opacity.setRange(round(low * 100), round(high * 100))
        self.opacity.setValue(round(prefs.opacity * 100))
        self.lines = _spin(QSpinBox(), "lines", prefs.lines, "")
        self.max_width = _spin(QSpinBox(), "max_width", prefs.max_width, " px")
        self.max_width.setSingleStep(50)
        self.hide_after = _spin(QDoubleSpinBox(), "hide_after_s", prefs.hide_after_s, " s")
        self.hide_after.setSpecialValueText(translate("OverlayAppearanceDialog", "Never"))
        self.click_through = QCheckBox(_label("click_through"))
        self.click_through.setChecked(prefs.click_through)

        form = QFormLayout(self)
        for name, widget in (
            ("session", self.session),
            ("show_labels", self.show_labels),
            ("font_family", self.font_family),
            ("font_size", self.font_size),
            ("text_colour", self.text_colour),
            ("background_colour", self.background_colour),
            ("opacity", self.opacity),
            ("lines", self.lines),
            ("max_width", self.max_width),
            ("hide_after_s", self.hide_after),
            ("click_through", self.click_through),
        ):
            # Each caption is the preference's declared label; a check box carries its own.
            form.addRow("" if isinstance(widget, QCheckBox) else _label(name), widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

        for signal in (
            self.session.currentIndexChanged,
            self.show_labels.toggled,
            self.font_family.currentFontChanged,
            self.font_size.valueChanged,
            self.opacity.valueChanged,
            self.lines.valueChanged,
            self.max_width.valueChanged,
            self.hide_after.valueChanged,
            self.click_through.toggled,
        ):
            signal.connect(self._preview)

    def _colour_button(self, colour: str) -> QPushButton:
        button = QPushButton(colour)
        button.setProperty("colour", colour)
        button.setStyleSheet(f"background:{colour}; color:{_contrast(colour)}")
        button.clicked.connect(lambda: self._pick(button))
        return button

    def _pick(self, button: QPushButton) -> None:
        chosen = QColorDialog.getColor(QColor(button.property("colour")), self)
        if chosen.isValid():
            self.set_colour(button, chosen.name())

    def set_colour(self, button: QPushButton, colour: str) -> None:
        button.setProperty("colour", colour)
        button.setText(colour)
        button.setStyleSheet(f"background:{colour}; color:{_contrast(colour)}")
        self._preview()

    def _preview(self, *_args: object) -> None:
        prefs = self.prefs
        prefs.session = str(self.session.currentData() or "")
        prefs.show_labels = self.show_labels.isChecked()
        self.show_labels.setEnabled(not prefs.session)  # one session shown: nothing to tell apart
        prefs.font_family = self.font_family.currentFont().family()
        prefs.font_size = self.font_size.value()
        prefs.text_colour = str(self.text_colour.property("colour"))
        prefs.background_colour = str(self.background_colour.property("colour"))
        prefs.opacity = self.opacity.value() / 100
        prefs.lines = self.lines.value()
        prefs.max_width = self.max_width.value()
        prefs.hide_after_s = self.hide_after.value()
        prefs.click_through = self.click_through.isChecked()
        prefs.visible = self.overlay.prefs.visible
        prefs.geometry = self.overlay.prefs.geometry
        prefs.snap = self.overlay.prefs.snap
        self.overlay.apply_prefs(copy.deepcopy(prefs), save=False)

    def accept(self) -> None:
        self._preview()
        self.overlay.apply_prefs(copy.deepcopy(self.prefs), save=True)
        super().accept()

    def reject(self) -> None:
        original = copy.deepcopy(self._original)
        original.geometry = self.overlay.prefs.geometry
        self.overlay.apply_prefs(original, save=False)
        super().reject()


def _label(name: str) -> str:
    """The preference's declared label, in the interface language."""
    return translate("OverlayPrefs", declared(name).label)


def _spin(box, name: str, value: float, suffix: str):
    """``box`` bounded as the preference ``name`` is declared."""
    box.setRange(*declared(name).bounds)
    box.setValue(value)
    box.setSuffix(suffix)
    return box


def _contrast(colour: str) -> str:
    return "#000000" if QColor(colour).lightnessF() > 0.55 else "#ffffff"
