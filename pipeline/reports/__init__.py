"""Everything that reads a finished run.

Owns `outputs` (the one reader of a run's JSON tree or `records.jsonl`),
`audit` with its renderers `audit_html` and `audit_csv`, `export` with
`deid` (de-identification), `evaluate` (scores against gold files) and `headings` (the
headings and labels no schema knows yet).

May import: the top-level models and rules, `extract`, `write` and `batch`
(the manifest). Never `commands`.
"""
