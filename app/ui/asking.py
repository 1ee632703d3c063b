"""Asking the user before something that cannot be undone, one way everywhere."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def confirm(
    parent: QWidget | None,
    title: str,
    question: str,
    action: QMessageBox.StandardButton = QMessageBox.StandardButton.Yes,
) -> bool:
    """True if the user chose ``action``; Cancel is the default, so Enter changes nothing."""
    answer = QMessageBox.question(
        parent, title, question, action | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )  # fmt: skip
    return answer == action
