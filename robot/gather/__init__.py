"""Gathering: the browser visits, the HTTP pool checks links, pure extractors read the HTML."""
