"""The referral hub's rules as pure functions (no Django): the service's shape, eligibility, allocation,
the case's stages, consent, duplicates and the Victims' Code working-day deadlines.

The Django app (``minutebook.hub``) gathers the facts from the database and asks these functions; the
tests in ``tests/hub/test_rules_*.py`` exercise them without a database.
"""
