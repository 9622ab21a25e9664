"""Screens of the warta explorer."""
