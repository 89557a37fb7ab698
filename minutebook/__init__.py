"""minutebook: the governance cycle of multi-agency partnerships."""

__version__ = "0.1.0"
