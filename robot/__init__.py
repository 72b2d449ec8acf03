"""zwgk-robot: inspection robot for government transparency (政务公开) websites."""

__version__ = "0.1.0"

__all__ = ["__version__"]
