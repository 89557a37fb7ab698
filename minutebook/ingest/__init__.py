"""Ingestion: readers turn files into lines, parsers turn lines into records."""
