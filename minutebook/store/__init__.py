"""The store: Django models for bodies, people, meetings, minutes and actions, and the ingest into them."""
