"""Batch: many notices in, per-document outputs, one combined table and a SQLite database out.

files finds the inputs (files, folders, globs); work parses one document in a worker (with a timeout)
and returns plain records; database writes them to SQLite in one transaction per document; run
drives the pool in input order, the progress display and the summary; scale has helpers for Dask.
"""
