"""The vocabulary hold-out's machinery: a fixed third of the words leaves the schemas,
the reduced schemas load in place of the shipped ones, and the generator writes
only the held-out words where it has some."""

import random

from bench.holdout import held_out, reduced_schemas
from pipeline.extract.matching import PhraseIndex
from pipeline.specs import load_schemas
from samples.archive import Wording, _vary_record


def test_the_held_out_share_is_fixed_and_about_a_third():
    phrases = [f"Tanggal {word}" for word in ("Masuk", "Keluar", "Lahir", "Kunjungan")] * 50
    assert [held_out(p) for p in phrases] == [held_out(p) for p in phrases]
    holdout_share = sum(held_out(f"phrase number {i}") for i in range(3000)) / 3000
    assert 0.3 < holdout_share < 0.37
    # Spellings that fold to the same words share their fate.
    assert held_out("TANGGAL MASUK:") == held_out("Tanggal  masuk")


def test_reduced_schemas_lose_the_held_out_words_and_keep_the_rest(tmp_path):
    holdout = reduced_schemas(tmp_path)
    full, reduced = load_schemas(), load_schemas(base=tmp_path)
    assert set(reduced.records) == set(full.records)
    out = holdout.fields["client_name"]["en"]
    assert out
    full_index, reduced_index = PhraseIndex(full), PhraseIndex(reduced)
    spec = full.records["case_record"].field("client_name")
    kept = [s for s in spec.all_synonyms() if not held_out(s)]
    for phrase in sorted(out)[:3]:
        assert full_index.match(phrase)
        assert not any(
            m.name == "client_name" and m.coverage == 1.0 for m in reduced_index.match(phrase)
        )
    assert any(m.name == "client_name" for m in reduced_index.match(kept[0]))


def test_the_generator_writes_headings_labels_and_titles_in_the_given_words():
    wording = Wording(
        fields={"client_name": {"en": ("Person Served",)}, "assessment": {"en": ("Formulation",)}},
        titles={"case_record": {"en": ("Service Chronicle",)}},
    )
    rec = {
        "type": "case_record",
        "title": ["CASE RECORD"],
        "header": [("client_name", "Client Name", "Ms. Ani"), ("worker_name", "Worker", "Budi")],
        "sections": [("assessment", "Assessment", "Text."), ("plan", "Plan", "More.")],
    }
    for seed in range(20):
        varied = _vary_record(rec, "en", random.Random(seed), wording)
        assert varied["title"][0].casefold() == "service chronicle"
        labels = dict((f, label) for f, label, _ in varied["header"])
        assert labels.get("client_name", "Person Served") == "Person Served"
        assert labels.get("worker_name", "Worker") == "Worker"  # no held-out words: kept
        headings = dict((f, h) for f, h, _ in varied["sections"])
        assert headings.get("assessment", "Formulation") == "Formulation"
