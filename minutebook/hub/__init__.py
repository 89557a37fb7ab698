"""The referral hub: referrals in, cases allocated and worked, the referrer kept informed.

``rules/`` holds the service's rules as pure functions; the rest is the Django app (label ``hub``):
models, the configuration loader, the workflow that changes cases, the web pages and the API routes.
"""
