"""Extraction: a `Document` in, `Record`s out.

Owns the stages between ingestion and output, in the order data flows:
`lines` (blocks and table cells as classified lines) -> `matching` (headings
and labels against the schemas' phrases) -> `segment` (record boundaries)
-> `classify` (record type) -> `sections` (which text belongs under which field: it
asks `field_matcher` what a line names, builds with `assemble`, and reads
tables with `tables`) ->
`fields` with `normalize` (values in the contract's form) -> `validate`
(missing lists) -> `absence` (a missing field some unmatched text could hold
goes to `needs_review`). `extractor` is the entry point that runs them.

May import: the top-level models and rules (`document`, `records`, `specs`,
`options`, `errors`, `language`). Never `ingest`, `write`, `batch`, `reports`
or `commands`.
"""
