"""Per-file outputs, each written atomically.

Owns `atomic` (temp file, fsync, rename, modes), `json_records` (the
contract's JSON, byte-identical for the same input and options),
`docx_summary` (the Word summary of one file's records) and `condense` (the
key sentences of a long narrative, for the summary).

May import: the top-level models and rules, and `extract` for normalising
values. Never `batch`, `reports` or `commands`.
"""
