"""A session's input level, and whether it is hearing speech."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from app.i18n import translate


class LevelMeter(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bar = QProgressBar()
        self._bar.setRange(-60, 0)
        self._bar.setTextVisible(False)
        self._bar.setMaximumHeight(10)
        self._speech = QLabel(self.tr("silence"))
        self._speech.setMinimumWidth(60)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(translate("LevelMeter", "Level")))
        layout.addWidget(self._bar, 1)
        layout.addWidget(self._speech)
        self.setAccessibleName(self.tr("Input level"))
        self._bar.setAccessibleName(self.tr("Input level"))
        self._bar.setAccessibleDescription(
            self.tr("How loud this session's source is, from -60 dB to 0 dB")
        )
        self._speech.setAccessibleName(self.tr("Speech heard"))
        self.reset()

    def set_level(self, level_db: float, is_speech: bool) -> None:
        self._bar.setValue(int(max(-60.0, min(0.0, level_db))))
        self._speech.setText(self.tr("speech") if is_speech else self.tr("silence"))
        self._speech.setStyleSheet("font-weight: bold" if is_speech else "")

    def reset(self) -> None:
        self.set_level(-60.0, False)
