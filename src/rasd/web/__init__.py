"""The web page served by ``rasd serve``: static files (package data)."""
