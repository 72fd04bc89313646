# ruff: noqa  (written by an independent author; kept as written so the corpus regenerates byte-identically)
"""All documents of the corpus, in file order."""
import docs_docx
import docs_pdf
import docs_scan

ALL = docs_docx.DOCS + docs_pdf.DOCS + docs_scan.DOCS
