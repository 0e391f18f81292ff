from .plugin import CoprodPlugin

__all__ = ["CoprodPlugin"]
