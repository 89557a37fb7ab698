"""The meeting cycle, pure Python (no Django): deadlines, carried-forward items, numbering.

The store-side queries that feed these (open actions, Matters Arising, draft agenda, approval)
live in :mod:`minutebook.store.cycle`; nothing here imports Django.
"""
