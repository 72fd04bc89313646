"""De-identification of record values: find identifying spans in text, replace them consistently.

What is found, and which evidence wins where two findings overlap (first wins):
1. e-mail addresses, 2. NIK / KK numbers (16 digits, spaces, dots or dashes
   allowed), 3. phone numbers (+62 / 0… / international, 9–15 digits),
4. exact birth dates (a date a few words after a cue such as `lahir`, `TTL`,
   `born`, or any date equal to the record's own `client_birth_date`),
5. addresses (a street or area word such as `Jl.`, `Gg.`, `Perum`, `Desa`,
   `Kec.` with the rest of its clause, `RT 03/RW 05`, `24 Baker Street`),
6. person names, found by rules over a blank spaCy pipeline's tokens:
   a name after an honorific (`Ibu`, `Bpk.`, `Mrs`, `dr.`…), names already known
   from the records' own `client_name` / `worker_name` fields and each of their
   parts, capitalised words of a given-names lexicon, a value after a name label
   (`Nama Ayah:`), capitalised runs followed by a degree (`, S.Sos.`), and bare
   runs of capitalised words that are not at a sentence start and are not
   known non-name words (months, days, institutions, places, roles, the
   schemas' headings, stop words); with `--spacy-model`, also the PERSON/PER
   (names) and LOC/GPE (addresses) entities of a trained pipeline.

Every word list is the vocabulary's (`schemas/vocabulary/`, extended by a
`--schema-dir`'s `vocabulary/`), checked when loaded. Which fields name a
client, a worker, another person or a case, and which hold a whole address or
birth date, is the schemas' `x-identifies` annotation. Names become pseudonyms
that keep the same number for the same person everywhere: `[KLIEN-0007]` (a known client), `[PEKERJA-0003]` (a known
worker), `[NAMA-0012]` (anyone else). The number comes from a keyed hash
(HMAC-SHA256 with the export's secret salt) of the folded name; a table beside
the salt keeps the numbers assigned so far, so collisions are resolved once
and for good (see `PseudonymTable`). Other kinds become fixed placeholders
(`[NIK]`, `[TELEPON]`, `[EMAIL]`, `[ALAMAT]`, `[TGL-LAHIR]`). A leading
honorific stays in the text (`Ibu [KLIEN-0007]`); degrees go with the name.

Date shifting (`DateShifter`) moves every full date of a case by one offset
of 1–180 days either way, keyed on the case, keeping each date's spelling.

Nothing here reads or writes files except `load_salt` (reads, or creates the
salt) and `PseudonymTable` (reads; `save` writes).
"""
