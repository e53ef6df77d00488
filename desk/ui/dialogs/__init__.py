"""Dialogs: metadata editing, pasting an article, the import report."""
