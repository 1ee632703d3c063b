"""Captionist: live, offline captions for several speakers and sources at once."""

__version__ = "0.1.0"
APP_NAME = "Captionist"
