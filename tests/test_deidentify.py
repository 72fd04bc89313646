"""De-identification: the measured test set, each finder on tiny inputs, pseudonyms, salt, date shifts.

`tests/data/deid_sentences.jsonl` holds one sentence per line: `lang`, `split`
(`dev`: written while building the rules; `heldout`: written afterwards and
measured once, without changing a rule for it), `text`, and gold `spans`
(`start`, `end`, `kind`, `text`). Gold names exclude honorifics and degrees.
A gold span is recalled when predicted spans of its kind cover every letter
and digit of it; a predicted span is precise when it overlaps a gold span of
its kind. Names of both gold kinds are one predicted kind.
"""

from __future__ import annotations

import datetime as dt
import json
import stat
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

from pipeline.errors import DependencyMissing, InputError
from pipeline.reports.deid.dates import MAX_SHIFT_DAYS, DateFinder, DateShifter
from pipeline.reports.deid.deidentifier import Deidentifier, RecordContext
from pipeline.reports.deid.patterns import load_patterns, name_key, schema_words
from pipeline.reports.deid.people import KnownPeople
from pipeline.reports.deid.pseudonyms import PseudonymTable, load_salt
from pipeline.reports.deid.recognizer import Recognizer, load_model
from pipeline.specs import load_schemas

DATA = Path(__file__).parent / "data" / "deid_sentences.jsonl"
GOLD_GROUP = {"name_honorific": "name", "name_bare": "name"}
# Recall floors pin today's level (bare names 87/89) so that keeping ordinary words out of
# names cannot cost recall; the name precision floor is issue 12's aim, measured on sentences
# full of agency names, legal words and capitalised common words (0.968 on 309 sentences).
RECALL_FLOOR = {
    "name_honorific": 0.98,
    "nik": 0.98,
    "phone": 0.98,
    "email": 0.98,
    "name_bare": 0.97,
}
PRECISION_FLOOR = {
    "name": 0.95,
    "nik": 0.98,
    "phone": 0.98,
    "email": 0.98,
    "address": 0.9,
    "birth_date": 0.9,
}


@dataclass(frozen=True)
class Score:
    found: int
    total: int

    @property
    def rate(self) -> float:
        return self.found / self.total if self.total else 1.0


@cache
def recognizers() -> Mapping[str, Recognizer]:
    patterns = load_patterns()
    words = schema_words(load_schemas())
    return {lang: Recognizer(patterns, lang, extra_non_names=words) for lang in ("id", "en")}


def sentences(split: str | None = None) -> list[dict]:
    rows = [
        json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    return [r for r in rows if split is None or r["split"] == split]


def measure(rows: Iterable[dict]) -> tuple[dict[str, Score], dict[str, Score]]:
    """Return (recall per gold kind, precision per predicted kind) over `rows`."""
    recall: dict[str, list[int]] = {}
    precision: dict[str, list[int]] = {}
    for row in rows:
        text = row["text"]
        predicted = recognizers()[row["lang"]](text)
        for gold in row["spans"]:
            group = GOLD_GROUP.get(gold["kind"], gold["kind"])
            covered = {i for p in predicted if p.kind == group for i in range(p.start, p.end)}
            needed = {i for i in range(gold["start"], gold["end"]) if text[i].isalnum()}
            recall.setdefault(gold["kind"], [0, 0])[0] += needed <= covered
            recall[gold["kind"]][1] += 1
        for p in predicted:
            hits = [g for g in row["spans"] if GOLD_GROUP.get(g["kind"], g["kind"]) == p.kind]
            overlap = any(p.start < g["end"] and g["start"] < p.end for g in hits)
            precision.setdefault(p.kind, [0, 0])[0] += overlap
            precision[p.kind][1] += 1
    return (
        {k: Score(*v) for k, v in recall.items()},
        {k: Score(*v) for k, v in precision.items()},
    )


class TestTestSet:
    def test_is_large_bilingual_and_consistent(self) -> None:
        rows = sentences()
        assert len(rows) >= 150
        assert {r["lang"] for r in rows} == {"id", "en"}
        kinds = {s["kind"] for r in rows for s in r["spans"]}
        assert kinds == {
            "name_honorific",
            "name_bare",
            "nik",
            "phone",
            "email",
            "address",
            "birth_date",
        }
        for row in rows:
            for span in row["spans"]:
                assert row["text"][span["start"] : span["end"]] == span["text"]

    def test_meets_the_recall_floors(self) -> None:
        recall, precision = measure(sentences())
        report = {k: f"{s.found}/{s.total}" for k, s in {**recall, **precision}.items()}
        for kind, floor in RECALL_FLOOR.items():
            assert recall[kind].rate >= floor, (kind, report)

    def test_keeps_precision_at_its_measured_level(self) -> None:
        _, precision = measure(sentences())
        for kind, floor in PRECISION_FLOOR.items():
            assert precision[kind].rate >= floor, (kind, precision[kind])

    def test_holds_on_sentences_written_after_the_rules(self) -> None:
        recall, _ = measure(sentences("heldout"))
        assert recall["name_honorific"].rate >= 0.95
        assert recall["name_bare"].rate >= 0.90
        for kind in ("nik", "phone", "email"):
            assert recall[kind].rate == 1.0, kind


def spans(text: str, lang: str = "id") -> list[tuple[str, str]]:
    return [(s.kind, text[s.start : s.end]) for s in recognizers()[lang](text)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("id", "Penyusunan rencana mengacu pada Undang-Undang Nomor 35 Tahun 2014."),
        ("id", "Pelita Hati menerima rujukan dari Dinas Sosial."),
        ("id", "Berdasarkan Keputusan Bupati, klien menerima bantuan."),
        ("en", "The care plan follows the Domestic Abuse Act guidance."),
    ],
)
def test_keeps_legal_and_agency_words(lang: str, text: str) -> None:
    assert spans(text, lang) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NIK 3273014507100002.", "3273014507100002"),
        ("NIK: 3273 0145 0710 0002", "3273 0145 0710 0002"),
        ("KK 3204.0112.0390.0007 ada", "3204.0112.0390.0007"),
        ("nomor 3171-0405-8801-0003", "3171-0405-8801-0003"),
    ],
)
def test_nik_and_kk_numbers_with_separators(text: str, expected: str) -> None:
    assert ("nik", expected) in spans(text)


@pytest.mark.parametrize(
    "text",
    [
        "rekening 12345678901234567",
        "tahun 2019-2023",
        "NIK 327301450710000",
    ],  # 17 digits, a range, 15 digits
)
def test_numbers_that_are_not_a_nik(text: str) -> None:
    assert not [k for k, _ in spans(text) if k == "nik"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("HP 0812-3456-7890.", "0812-3456-7890"),
        ("WA +62 857 2233 4455 ya", "+62 857 2233 4455"),
        ("telp (022) 7201234", "(022) 7201234"),
        ("kontak (0857-1111-2222)", "0857-1111-2222"),
        ("call +44 20 7946 0958", "+44 20 7946 0958"),
        ("nomor 62 812 9988 7766", "62 812 9988 7766"),
    ],
)
def test_phone_numbers(text: str, expected: str) -> None:
    assert ("phone", expected) in spans(text)


@pytest.mark.parametrize(
    "text", ["pukul 08.00-10.30 WIB", "tanggal 05-06-2012", "Rp 1.500.000", "umur 0-5 tahun"]
)
def test_times_dates_and_amounts_are_not_phones(text: str) -> None:
    assert not [k for k, _ in spans(text) if k == "phone"]


def test_email_wins_over_the_name_inside_it() -> None:
    assert spans("Kirim ke budi.santoso@gmail.com segera.") == [("email", "budi.santoso@gmail.com")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "tinggal di Jl. Merdeka No. 12, RT 03/RW 05, Kel. Sukasari bersama ibunya",
            "Jl. Merdeka No. 12, RT 03/RW 05, Kel. Sukasari",
        ),
        ("di RT.003 RW.005 Desa Cibodas.", "RT.003 RW.005 Desa Cibodas"),
        ("alamat RT/RW 003/005", "RT/RW 003/005"),
        ("lives at 24 Baker Street in Leeds", "24 Baker Street"),
        ("pindah ke Gg. Mawar II No. 7.", "Gg. Mawar II No. 7"),
    ],
)
def test_addresses_take_their_whole_clause(text: str, expected: str) -> None:
    assert ("address", expected) in spans(text, "en" if "lives" in text else "id")


@pytest.mark.parametrize(
    "text", ["Kepala Desa hadir.", "surat dari kelurahan setempat", "ketua RT setempat"]
)
def test_area_words_without_a_name_are_not_addresses(text: str) -> None:
    assert not [k for k, _ in spans(text) if k == "address"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Klien lahir di Garut, 12 Maret 2010, anak kedua.", "12 Maret 2010"),
        ("TTL : Bandung / 05-06-2012", "05-06-2012"),
        ("born on 3rd March 2011 in Jakarta", "3rd March 2011"),
        ("DOB: June 4, 2015", "June 4, 2015"),
    ],
)
def test_birth_dates_after_a_cue(text: str, expected: str) -> None:
    assert ("birth_date", expected) in spans(
        text, "en" if "born" in text or "DOB" in text else "id"
    )


def test_other_dates_stay() -> None:
    assert spans("Kunjungan pada 12 April 2024 berjalan lancar.") == []


def test_the_records_own_birth_date_is_found_in_any_spelling() -> None:
    text = "Ulang tahun klien 12/03/2010 dirayakan; kunjungan 2024-03-12."
    found = recognizers()["id"](text, birth_dates=[dt.date(2010, 3, 12)])
    assert [(s.kind, text[s.start : s.end]) for s in found] == [("birth_date", "12/03/2010")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bapak Drs. H. Ahmad Fauzi, M.Si. hadir.", "Ahmad Fauzi, M.Si."),
        ("dr. Lestari Handayani, Sp.KJ dari RSUD", "Lestari Handayani, Sp.KJ"),
        ("bertemu ibu Sri di pasar", "Sri"),
        ("Ibu klien, IBU SITI RAHAYU, hadir", "SITI RAHAYU"),
        ("Bapak I Made Sudarma datang", "I Made Sudarma"),
        ("Mrs. O'Neil-Brown agreed.", "O'Neil-Brown"),
    ],
)
def test_names_after_honorifics(text: str, expected: str) -> None:
    assert ("name", expected) in spans(text, "en" if "Mrs" in text else "id")


@pytest.mark.parametrize(
    "text",
    [
        "Bapak Kepala Desa hadir.",
        "Ibu Kota Jakarta ramai.",
        "Nama Ibu Kandung:",
        "Hari Raya Idul Fitri tiba.",
    ],
)
def test_honorifics_and_capitals_that_lead_to_no_name(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Menurut wali kelas, Fajar Nugroho sering absen.", "Fajar Nugroho"),
        ("Nama Ayah : Suwarno", "Suwarno"),
        ("Prepared by: Maya Puspitasari, S.Psi.", "Maya Puspitasari, S.Psi."),
        ("Dewi mengatakan ia takut.", "Dewi"),
    ],
)
def test_bare_names(text: str, expected: str) -> None:
    assert ("name", expected) in spans(text)


@pytest.mark.parametrize(
    "text",
    [
        "Klien dirujuk ke Puskesmas Cibeber pada bulan Mei.",
        "Rapat di Dinas Sosial Kota Bandung.",
        "Pada hari Senin klien datang.",
    ],
)
def test_places_months_and_institutions_are_not_names(text: str) -> None:
    assert spans(text) == []


# --- known people and the record rewrite ------------------------------------------------------


def deidentifier(tmp_path: Path, records: list[dict], shift: bool = False) -> Deidentifier:
    patterns = load_patterns()
    salt = load_salt(tmp_path / "salt")
    people = KnownPeople.from_fields(records, patterns)
    recs = {lang: Recognizer(patterns, lang, people) for lang in ("id", "en")}
    shifter = DateShifter(salt.value, DateFinder(patterns)) if shift else None
    return Deidentifier(
        patterns, people, recs, PseudonymTable(salt, tmp_path / "table.json"), shifter
    )


def test_known_names_and_their_parts_share_one_pseudonym(tmp_path: Path) -> None:
    record = {
        "client_name": "An. Budi Santoso",
        "worker_name": "Rina Marlina, S.Tr.Sos.",
        "presenting_problem": "Budi menangis. SANTOSO keluarga miskin. Rina mencatat. Bu Ani datang.",
        "entries": [{"client_name": "Budi", "description": "Visit to Budi Santoso."}],
        "case_number": "045/LKS/2024",
        "client_address": "Jl. Melati 5",
        "client_birth_date": "2012-03-12",
    }
    deid = deidentifier(tmp_path, [record])
    out = deid.fields(record, RecordContext("id"))
    client = out["client_name"].removeprefix("An. ")
    assert client.startswith("[KLIEN-")
    assert out["worker_name"].startswith("[PEKERJA-")
    assert (
        out["presenting_problem"]
        == f"{client} menangis. {client} keluarga miskin. {out['worker_name']} mencatat. Bu [NAMA-{out['presenting_problem'].split('[NAMA-')[1]}"
    )
    assert out["entries"] == [{"client_name": client, "description": f"Visit to {client}."}]
    assert out["case_number"].startswith("[KASUS-")
    assert (out["client_address"], out["client_birth_date"]) == ("[ALAMAT]", "[TGL-LAHIR]")
    assert record["client_name"] == "An. Budi Santoso"  # the input is not changed
    assert deid.replaced.as_dict()["name_client"] == 5


def test_name_key_drops_honorifics_degrees_and_case() -> None:
    patterns = load_patterns()
    assert (
        name_key("Ibu Sri Wahyuni, S.Sos.", patterns)
        == name_key("SRI WAHYUNI", patterns)
        == "sri wahyuni"
    )


def test_the_same_salt_and_table_give_the_same_numbers_in_later_exports(tmp_path: Path) -> None:
    salt = load_salt(tmp_path / "salt")
    first = PseudonymTable(salt, tmp_path / "table.json")
    numbers = [first.number("person", f"name {i}") for i in range(3000)]
    assert len(set(numbers)) == 3000  # collisions in 10,000 are resolved, not shared
    first.save(lambda path, data: path.write_bytes(data))
    again = PseudonymTable(load_salt(tmp_path / "salt"), tmp_path / "table.json")
    assert [again.number("person", f"name {i}") for i in range(3000)] == numbers
    other = PseudonymTable(load_salt(tmp_path / "other-salt"), None)
    assert [other.number("person", f"name {i}") for i in range(50)] != numbers[:50]


def test_a_table_refuses_another_salt(tmp_path: Path) -> None:
    table = PseudonymTable(load_salt(tmp_path / "a"), tmp_path / "table.json")
    table.number("person", "budi")
    table.save(lambda path, data: path.write_bytes(data))
    with pytest.raises(InputError, match="another salt"):
        PseudonymTable(load_salt(tmp_path / "b"), tmp_path / "table.json")


def test_a_new_salt_is_private_and_a_short_one_is_refused(tmp_path: Path) -> None:
    salt = load_salt(tmp_path / "keys" / "salt")
    assert salt.created
    assert len(salt.value) == 32
    assert stat.S_IMODE((tmp_path / "keys" / "salt").stat().st_mode) == 0o600
    assert not load_salt(tmp_path / "keys" / "salt").created
    (tmp_path / "short").write_bytes(b"1234")
    with pytest.raises(InputError, match="at least 16"):
        load_salt(tmp_path / "short")


# --- dates ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "days", "expected"),
    [
        ("pada 2024-03-05.", 10, "pada 2024-03-15."),
        ("pada 05/03/2024", -5, "pada 29/02/2024"),
        ("pada 5-3-2024", 30, "pada 4-4-2024"),
        ("Selasa, 5 Maret 2024 pukul 09.00", 1, "Rabu, 6 Maret 2024 pukul 09.00"),
        ("on Tuesday, March 5, 2024", 31, "on Friday, April 5, 2024"),
        ("on 5th March 2024", -3, "on 2nd March 2024"),
        ("tgl 5 MEI 2024", 31, "tgl 5 JUNI 2024"),
        ("sejak 31 Des 2023", 1, "sejak 1 Jan 2024"),
    ],
)
def test_shifted_dates_keep_their_spelling(text: str, days: int, expected: str) -> None:
    shifter = DateShifter(b"k" * 32, DateFinder(load_patterns()))
    assert shifter.shift(text, days, "en" if "on " in text else "id") == (expected, 1)


def test_offsets_are_stable_never_zero_and_within_the_limit() -> None:
    shifter = DateShifter(b"k" * 32, DateFinder(load_patterns()))
    offsets = [shifter.offset(f"case:{i}") for i in range(500)]
    assert offsets == [shifter.offset(f"case:{i}") for i in range(500)]
    assert all(0 < abs(o) <= MAX_SHIFT_DAYS for o in offsets)
    assert min(offsets) < -90
    assert max(offsets) > 90


def test_invalid_dates_are_left_alone() -> None:
    shifter = DateShifter(b"k" * 32, DateFinder(load_patterns()))
    assert shifter.shift("pada 31/02/2024", 3, "id") == ("pada 31/02/2024", 0)


def test_entries_shift_with_their_own_client(tmp_path: Path) -> None:
    records = [{"client_name": "Budi Santoso", "interview_date": "2024-03-05"}]
    log = {"entries": [{"client_name": "Budi", "date": "2024-03-05"}, {"date": "2024-03-05"}]}
    deid = deidentifier(tmp_path, [*records, log], shift=True)
    case = deid.fields(records[0], RecordContext("id", shift_days=7))
    out = deid.fields(log, RecordContext("id", shift_days=7))
    assert out["entries"][0]["date"] == case["interview_date"] != "2024-03-05"
    assert out["entries"][1]["date"] == "2024-03-12"


# --- data and models -----------------------------------------------------------------------------


def test_a_missing_spacy_model_is_a_clear_error() -> None:
    with pytest.raises(DependencyMissing, match="never downloads"):
        load_model("xx_casenotes_no_such_model")


def test_an_installed_pipeline_adds_its_person_and_place_entities(tmp_path: Path) -> None:
    import spacy

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(
        [{"label": "PERSON", "pattern": "zorbo"}, {"label": "GPE", "pattern": "Atlantis"}]
    )
    nlp.to_disk(tmp_path / "model")
    model = load_model(str(tmp_path / "model"))
    recognizer = Recognizer(load_patterns(), "en", model=model)
    text = "the client zorbo moved to Atlantis"
    assert [(s.kind, text[s.start : s.end]) for s in recognizer(text)] == [
        ("name", "zorbo"),
        ("address", "Atlantis"),
    ]
