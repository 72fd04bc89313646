"""Review and teach: a local web app over a finished run, where a person checks each record
beside its page, corrects it, and maps headings no schema knows to fields.

Owns `corrections` (a reviewer's value checked against its field's kind, and a
record with the corrections applied, in the contract's form), `store` (the
SQLite file `OUT/.casenotes/review.sqlite`: the queue index and every change
with reviewer, time, old and new value), `pages` (page images and DOCX text
beside the record), `teach` (learned headings as a `--schema-dir` file),
`gold` (`--export-gold` and `--apply`) and `app` (the Starlette routes, the
token checks and the templates). The run's JSON is read, never written.

May import: the top-level models and rules, `ingest`, `extract`, `write`,
`batch` and `reports` (the one outputs reader). Never `commands`.
"""
