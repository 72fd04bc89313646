"""Batch processing: many inputs, resumable, in parallel, with progress.

Owns `walk` (inputs to files), `manifest` (what was read, with which
settings, and where its output went), `worker` (one long-lived process that
reads and extracts files), `engines` (local worker pool or Dask), `run` (the
batch itself: schedule, tally, write outputs), `summary` (what a run reports)
and `progress` (the live bar and the plain progress lines).

May import: the top-level models and rules, `ingest`, `extract` and `write`.
Never `reports` or `commands`.
"""
