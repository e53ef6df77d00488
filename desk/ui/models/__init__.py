"""Qt item models adapting core values for views."""
