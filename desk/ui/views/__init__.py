"""Widgets that show the library and its articles."""
