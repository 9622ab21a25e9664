"""Widgets of the warta explorer; each renders only what the screen hands it."""
