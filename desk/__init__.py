"""Quote Desk: check the quotations of news articles before they are published."""

__version__ = "0.1.0"
