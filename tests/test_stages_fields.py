"""Raw text into field values (pipeline/extract/fields.py over normalize.py) as a decision
table: the text a field gathered in, the value of its kind and any warning out.

Each row is one field's `RawField` as the sections stage leaves it; no document is read.
"""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.document import BBox, Block
from pipeline.extract.addresses import is_agency_name
from pipeline.extract.assemble import RawField, RawRecord
from pipeline.extract.fields import ExtractedFields, extract_fields
from pipeline.extract.letterhead import letterhead_agency, top_letterhead
from pipeline.extract.lines import Line
from pipeline.extract.matching import line_key
from pipeline.specs import load_schemas
from pipeline.vocabulary import load_vocabulary

PAGE = 2


def _extract(raw: RawRecord, record_type: str, month_first: bool = False) -> ExtractedFields:
    spec = load_schemas().get(record_type)
    assert spec is not None
    return extract_fields(raw, spec, (), (), None, month_first, load_vocabulary())


# (record type, field, the parts it gathered, its value, the warning or None)
TABLE: list[tuple[str, str, list[str], Any, str | None]] = [
    # text: whitespace, numbering, a stray colon and placeholders
    ("case_record", "client_name", ["  Budi   Santoso "], "Budi Santoso", None),
    ("case_record", "client_name", ["1. Budi"], "Budi", None),
    ("case_record", "client_name", [": Budi"], "Budi", None),
    ("case_record", "client_name", ["N/A"], None, None),
    # a case's code with OCR's space beside a joiner; a name keeps its spaces
    ("case_record", "case_number", ["IPWL -PH/023/2023"], "IPWL-PH/023/2023", None),
    ("case_record", "case_number", ["112/PPA- SLM/VII/2024"], "112/PPA-SLM/VII/2024", None),
    ("case_record", "client_name", ["Budi - Ani"], "Budi - Ani", None),
    ("case_record", "client_sex", ["Perempuan"], "Perempuan", None),  # no enum: as written
    # text with x-values: the schema's words give the code
    ("case_record", "case_status", ["Selesai"], "closed", None),
    ("case_record", "case_status", ["masih berjalan"], "open", None),
    ("case_record", "case_status", ["ditunda"], None, "value not one of open/closed"),
    # date: day first, both languages, a weekday before it
    ("case_record", "date_opened", ["5 Maret 2024"], "2024-03-05", None),
    ("case_record", "date_opened", ["03/05/2024"], "2024-05-03", None),
    ("case_record", "date_opened", ["Senin, 5 Maret 2024"], "2024-03-05", None),
    ("case_record", "date_opened", ["March 5, 2024"], "2024-03-05", None),
    ("case_record", "date_opened", ["kemarin sore"], None, "date not understood"),
    ("case_record", "date_opened", ["-"], None, None),  # a placeholder is no warning
    # dates: several sharing a month
    (
        "summarized_process_record",
        "interview_dates",
        ["5, 12 dan 19 Maret 2024"],
        ["2024-03-05", "2024-03-12", "2024-03-19"],
        None,
    ),
    ("summarized_process_record", "interview_dates", ["tidak tentu"], None, "dates not understood"),
    # integer: figures, ordinals, a figure with its word
    ("process_record", "session_number", ["ke-3"], 3, None),
    ("process_record", "session_number", ["ketiga"], 3, None),
    ("process_record", "session_number", ["3 (tiga)"], 3, None),
    ("process_record", "session_number", ["beberapa"], None, "number not understood"),
    # list: items by line or by separator on one line; a placeholder is no item
    ("case_record", "attachments", ["- KK", "- Akta kelahiran"], ["KK", "Akta kelahiran"], None),
    ("case_record", "attachments", ["KK; Akta; Surat rujukan"], ["KK", "Akta", "Surat rujukan"], None),
    ("case_record", "attachments", ["KK, Akta"], ["KK", "Akta"], None),
    # a table cell's lines, each opening an item; a line going on in lower case is no item
    ("case_record", "attachments", ["Consent to share information\nDVA claim correspondence"],
     ["Consent to share information", "DVA claim correspondence"], None),
    ("case_record", "attachments", ["Surat keterangan dari\nkelurahan setempat"],
     ["Surat keterangan dari kelurahan setempat"], None),
    ("case_record", "attachments", ["belum ada"], None, None),
    # numbered in the running text: split at the numbers, commas kept inside an item
    ("case_record", "attachments", ["(1) Bank summary, Oct 2023 (2) GP letter, Dr. Iyer (3) Safety plan"],
     ["Bank summary, Oct 2023", "GP letter, Dr. Iyer", "Safety plan"], None),
    ("summarized_record", "reports_summarized", ["1) Asesmen awal 3 Juli 2023; 2) Kunjungan 12 dan 21 Agustus"],
     ["Asesmen awal 3 Juli 2023", "Kunjungan 12 dan 21 Agustus"], None),
    ("case_record", "attachments", ["a) KK b) Akta kelahiran"], ["KK", "Akta kelahiran"], None),
    ("case_record", "attachments", ["Surat (2) rujukan, KK"], ["Surat (2) rujukan", "KK"], None),  # guard: no run from one
    # a person's name has a capital; OCR's reading of a dotted blank has none
    ("summarized_process_record", "worker_name", ["peka es"], None, None),
    ("summarized_process_record", "worker_name", ["Ni Made Ayu"], "Ni Made Ayu", None),
    # narrative: paragraphs kept apart
    ("case_record", "assessment", ["Paragraf satu.", "Paragraf dua."], "Paragraf satu.\nParagraf dua.", None),
    ("case_record", "assessment", ["-"], None, None),
]  # fmt: skip


@pytest.mark.parametrize(("record_type", "name", "parts", "value", "warning"), TABLE)
def test_a_field_value_of_its_kind(
    record_type: str, name: str, parts: list[str], value: Any, warning: str | None
) -> None:
    raw = RawRecord(fields={name: RawField(name, "Label", PAGE, list(parts))})
    found = _extract(raw, record_type)
    assert found.values.get(name) == value
    assert found.warnings == ((f"{name}: {warning} (page {PAGE})",) if warning else ())
    assert (name in found.evidence) is (value is not None)


def test_month_first_reads_a_numeric_date_the_other_way() -> None:
    raw = RawRecord(fields={"date_opened": RawField("date_opened", "Tanggal", 1, ["03/05/2024"])})
    assert _extract(raw, "case_record", month_first=True).values == {"date_opened": "2024-03-05"}


def test_a_one_line_period_gives_both_ends() -> None:
    raw = RawRecord(period=("Januari s.d. Maret 2024", "Periode", 1))
    found = _extract(raw, "summarized_record")
    assert found.values == {"period_start": "2024-01-01", "period_end": "2024-03-31"}
    assert found.evidence["period_end"].label == "Periode"


def test_evidence_names_the_page_label_and_cascade_step() -> None:
    raw = RawRecord(fields={"assessment": RawField("assessment", "Kajian", 3, ["Teks."], "stem")})
    evidence = _extract(raw, "case_record").evidence["assessment"]
    assert (evidence.page, evidence.label, evidence.via) == (3, "Kajian", "stem")


# (what the top of the record is, its lines in order, the title, the agency read or None)
LETTERHEADS: list[tuple[str, list[str], str | None, str | None]] = [
    ("a street's word inside the agency's name is no address: a number or a comma makes one",
     ["BAHAY TULAY DROP-IN CENTER FOR STREET CHILDREN", "Pier 4 Road, Barangay San Roque",
      "Interview Notes"],
     None, "BAHAY TULAY DROP-IN CENTER FOR STREET CHILDREN"),
    ("a hospice over its team",
     ["HOLLYBROOK HOSPICE", "Psychosocial & Family Support Team", "PROCESS RECORDING"],
     "PROCESS RECORDING", "HOLLYBROOK HOSPICE"),
    ("the letterhead's last agency line, above the title",
     ["PEMERINTAH KOTA BANDUNG", "DINAS SOSIAL", "UPTD PANTI SOSIAL ASUHAN ANAK", "CATATAN KASUS"],
     "CATATAN KASUS", "UPTD PANTI SOSIAL ASUHAN ANAK"),
    ("no letterhead: the line under the title",
     ["Quarterly Case Summary", "Brackenford County Council — Adult Social Care", "Case no.: A-1"],
     "Quarterly Case Summary", "Brackenford County Council — Adult Social Care"),
    ("a singular agency word",
     ["Case Record", "Oakhaven Youth Justice & Family Service"],
     "Case Record", "Oakhaven Youth Justice & Family Service"),
    ("only the one line under the title",
     ["Case Record", "Prepared for the review panel", "Oakhaven Family Service"],
     "Case Record", None),
    ("a label under the title ends the search",
     ["Case Record", "Worker: Beatrix Holloway", "Oakhaven Family Service"], "Case Record", None),
    ("a marking under the agency's line is no part of its name",
     ["HARBOURSIDE HOMELESSNESS PROJECT", "CONFIDENTIAL", "Client Case File"],
     "Client Case File", "HARBOURSIDE HOMELESSNESS PROJECT"),
    ("a sentence under the title is no agency's name",
     ["MIGRANT CARE NETWORK", "Organisation profile prepared for the district social services"],
     "MIGRANT CARE NETWORK", None),
    ("a long address line still ends the letterhead, before an untitled heading",
     ["DINAS SOSIAL", "UPTD PANTI SOSIAL ASUHAN ANAK TAMAN HARAPAN",
      "Jl. Raya Cibadak KM 3 No. 88, Kabupaten Sukabumi 43351 Telp. (0266) 531 207",
      "Deskripsi Lembaga"],
     None, "UPTD PANTI SOSIAL ASUHAN ANAK TAMAN HARAPAN"),
    ("a unit line under the agency's names its part, whatever other words it holds",
     ["MERIDIAN REFUGEE SUPPORT NETWORK", "Child Protection & Case Management Unit - Zone C Office",
      "PROCESS RECORDING"],
     "PROCESS RECORDING", "MERIDIAN REFUGEE SUPPORT NETWORK"),
    ("above the title outranks below it",
     ["DINAS SOSIAL", "Case Record", "Oakhaven Family Service"], "Case Record", "DINAS SOSIAL"),
    ("a house number a few words before a street's suffix is an address, not a unit's name",
     ["Maple Grove Family Center", "Intake & Assessment · 2210 Birchwood Avenue", "Case Record"],
     None, "Maple Grove Family Center"),
    ("a name's place wrapped under it is its own, not a parent body's",
     ["UNIT PELAYANAN SOSIAL ANAK TERPADU (UPSAT)", "KABUPATEN LEMBAH HIJAU",
      "Jl. Merdeka No. 4, Lembah Hijau", "CATATAN KASUS"],
     "CATATAN KASUS", "UNIT PELAYANAN SOSIAL ANAK TERPADU (UPSAT) KABUPATEN LEMBAH HIJAU"),
    ("a name's initials wrapped under it, with its city",
     ["PUSAT PELAYANAN TERPADU PERLINDUNGAN PEREMPUAN DAN ANAK", "(P2TP2A) KOTA SUKAMULYA",
      "Jl. Kenanga No. 12, Sukamulya", "CATATAN PROSES RINGKAS"],
     "CATATAN PROSES RINGKAS",
     "PUSAT PELAYANAN TERPADU PERLINDUNGAN PEREMPUAN DAN ANAK (P2TP2A) KOTA SUKAMULYA"),
    ("a city's government above the agency is still its parent",
     ["PEMERINTAH KOTA KUPANG", "UPTD PPA KOTA KUPANG", "DAILY LOG"], "DAILY LOG",
     "UPTD PPA KOTA KUPANG"),
    ("a title nobody listed ending with a document's word names no agency",
     ["Outreach Log", "Outreach worker: Tom Hale"], None, None),
    ("a title nobody listed opening with a document's word names no agency",
     ["CATATAN HARIAN PENDAMPING RUMAH AMAN", "Pendamping: Sari"], None, None),
    ("a title nobody listed under the agency's line",
     ["Harbour Street Outreach Project", "Night Patrol Diary", "Worker: Tom Hale"], None,
     "Harbour Street Outreach Project"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lines", "title", "agency"), [t[1:] for t in LETTERHEADS], ids=[t[0] for t in LETTERHEADS]
)
def test_the_agency_is_read_from_the_letterhead(
    lines: list[str], title: str | None, agency: str | None
) -> None:
    items = tuple(
        Line(text, 1, n, True, True, False, line_key(text)) for n, text in enumerate(lines)
    )
    case = load_schemas().records["case_record"]
    markings = frozenset(m.casefold() for f in case.fields for m in f.markings)
    found = letterhead_agency(items, (), title, load_vocabulary(), markings)
    assert (found[0] if found else None) == agency


# (what the letterhead is, its lines as (text, type size against the body's), the agency read)
SIZED_LETTERHEADS: list[tuple[str, list[tuple[str, float | None]], str | None]] = [
    ("the last line, set largest, whatever its words",
     [("RUMAH SAKIT UMUM DAERAH dr. SOEKARDJO", 0.85),
      ("Instalasi Pelayanan Sosial Medis RSUD dr. Soekardjo Tasikmalaya", 1.25),
      ("Jl. Rumah Sakit No. 33, Tasikmalaya", 0.85), ("LEMBAR CATATAN KASUS", 1.2)],
     "Instalasi Pelayanan Sosial Medis RSUD dr. Soekardjo Tasikmalaya"),
    ("a department named largest under its hospital",
     [("St. Brendan's General Hospital", 0.85), ("Department of Social Work", 1.25),
      ("14 Quay Road, Cork", 0.85), ("SUMMARY RECORD", 1.3)], "Department of Social Work"),
    ("a name set largest over its tagline and address",
     [("Tri-County Community Food Bank", 1.36), ("Client Support Services", 0.91),
      ("1180 Industrial Parkway, Dayton, OH 45414", 0.82), ("CONTACT SUMMARY", 1.2)],
     "Tri-County Community Food Bank"),
    ("a foundation set largest over what it does",
     [("YAYASAN BURUH MIGRAN SEJAHTERA (YBMS)", 1.33),
      ("Shelter dan Layanan Reintegrasi Pekerja Migran Indonesia", 0.95),
      ("Jl. Raya Juanda No. 88, Sedati, Sidoarjo 61253", 0.86), ("CATATAN PROSES", 1.14)],
     "YAYASAN BURUH MIGRAN SEJAHTERA (YBMS)"),
    ("guard: a government department set largest over its unit: the unit",
     [("DINAS SOSIAL KABUPATEN SUKAMAJU", 1.18),
      ("UPT Rumah Perlindungan Sosial Anak Tunas Harapan", 0.91),
      ("Jl. Melati No. 4, Sukamaju", 0.91), ("CATATAN PROSES WAWANCARA", 1.27)],
     "UPT Rumah Perlindungan Sosial Anak Tunas Harapan"),
    ("a larger parent above: the words decide",
     [("NORTHFIELD BOROUGH COUNCIL", 1.21), ("Northfield Family Placement Service", 1.0),
      ("Unit 4, Brook House, 18 Mill Lane, Northfield", 0.84), ("CASE RECORD", 1.32)],
     "Northfield Family Placement Service"),
    ("no size stands out: the words decide",
     [("PEMERINTAH KOTA BANDUNG", 1.0), ("DINAS SOSIAL", 1.05),
      ("Jl. Sindangsirna No. 40, Bandung", 0.9), ("CATATAN KASUS", 1.3)], "DINAS SOSIAL"),
    ("no address: a title is no letterhead",
     [("Riverside Lane Homeless Outreach Team", 0.9), ("Contact Note", 1.4)],
     "Riverside Lane Homeless Outreach Team"),
    ("places listed by their units, with no number, are the address",
     [("TAGANA — TARUNA SIAGA BENCANA", 0.85),
      ("Posko Layanan Dukungan Psikososial Huntara Balaroa", 1.25),
      ("Kel. Balaroa, Kec. Palu Barat, Kota Palu", 0.85), ("BUKU HARIAN LAYANAN", 1.2)],
     "Posko Layanan Dukungan Psikososial Huntara Balaroa"),
    ("a camp's village among commas is the address",
     [("JARINGAN RELAWAN KEMANUSIAAN JAWA BARAT", 0.92),
      ("Posko Layanan Lansia Tangguh Bencana", 1.17),
      ("Hunian sementara Desa Sukamulya, Cugenang, Cianjur", 0.8), ("BERKAS KASUS LANSIA", 1.08)],
     "Posko Layanan Lansia Tangguh Bencana"),
    ("one large line over an address given by a label, the title below",
     [("Harbour Light Migrant Family Support", 1.18),
      ("Field office: Jl. Batoro Katong 21, Ponorogo", 0.91), ("Case Record", 1.18)],
     "Harbour Light Migrant Family Support"),
    ("no address, the title below: the name set largest over the office under it",
     [("Harlow Street Middle School", 1.4), ("Pupil Services Office · Room 12", 0.85),
      ("Contact Log", 1.3)],
     "Harlow Street Middle School"),
    ("guard: no address, one line over the title: a misplaced heading is no letterhead",
     [("4. Evaluation\tCONFIDENTIAL", 1.14), ("CASE FILE", 1.2)], None),
    ("a sentence among commas is no address",
     [("TIM RELAWAN", 0.9), ("Pelita Kasih", 1.3),
      ("Kami melayani Desa Sukamulya, Cugenang, dan sekitarnya.", 0.8), ("CATATAN", 1.2)],
     None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lines", "agency"),
    [t[1:] for t in SIZED_LETTERHEADS],
    ids=[t[0] for t in SIZED_LETTERHEADS],
)
def test_the_letterheads_line_set_largest_is_the_agency(
    lines: list[tuple[str, float | None]], agency: str | None
) -> None:
    items = tuple(
        Line(text, 1, n, True, True, False, line_key(text), size)
        for n, (text, size) in enumerate(lines)
    )
    found = letterhead_agency(items, (), lines[-1][0], load_vocabulary())
    assert (found[0] if found else None) == agency


def test_a_title_over_the_client_s_address_is_no_letterhead() -> None:
    lines = [("Home Visit Note", 1.3), ("Address: 14 Quay Road, Cork", 1.0)]
    items = tuple(
        Line(text, 1, n, True, True, False, line_key(text), size)
        for n, (text, size) in enumerate(lines)
    )
    assert letterhead_agency(items, (), None, load_vocabulary()) is None


# (what the top of an untitled record is, its lines (text, styled as a heading), how many of
# the first lines are its letterhead)
TOP_LETTERHEADS: list[tuple[str, list[tuple[str, bool]], int]] = [
    ("an agency and its address above a title nobody named",
     [("DINAS SOSIAL KABUPATEN SLEMAN", True),
      ("Jl. Candi Gebang No. 5, Beran, Tridadi, Sleman 55511 Telp. (0274) 868 337", False),
      ("Catatan Rekam Sosial", True), ("Nama : Kartini", False)], 2),
    ("two agency lines, then an e-mail line",
     [("YAYASAN PELITA HATI", False), ("Child Protection Unit", True),
      ("info@pelitahati.example.org", False), ("Case notes", True)], 3),
    ("the address alone, the agency's name gone to the page furniture",
     [("Jl. Frans Seda No. 19, Kupang 85111 - Tel. (0380) 833 410", False),
      ("SUMMARY REPORT", True), ("Client ID: FRH/2021/046", False)], 1),
    ("no address: no letterhead", [("DINAS SOSIAL", True), ("Catatan Kasus", True),
                                   ("Nama : Kartini", False)], 0),
    ("a label before the address", [("DINAS SOSIAL", True), ("Nama : Kartini", False),
                                    ("Jl. Kaliurang 5, Sleman", False)], 0),
    ("a sentence with a date and a comma is no address",
     [("Latar Belakang", True),
      ("Klien lahir di Sleman pada 12 Maret 2010, anak kedua dari tiga bersaudara.", False)], 0),
    ("a first sentence above is no letterhead",
     [("Klien datang diantar ibunya ke kantor dinas bersama adiknya.", False),
      ("Jl. Kaliurang 5, Sleman", False)], 0),
    ("a first sentence with a date and a comma is no address",
     [("Pada 12 Maret 2024, klien datang diantar ibunya ke kantor dinas.", False)], 0),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lines", "expected"), [t[1:] for t in TOP_LETTERHEADS], ids=[t[0] for t in TOP_LETTERHEADS]
)
def test_an_untitled_record_s_letterhead_ends_at_its_address(
    lines: list[tuple[str, bool]], expected: int
) -> None:
    items = tuple(
        Line(text, 1, n, True, True, styled, line_key(text))
        for n, (text, styled) in enumerate(lines)
    )
    assert top_letterhead(items, load_vocabulary()) == {i.letterhead_key for i in items[:expected]}


def test_a_name_in_the_page_header_does_not_run_on_into_the_pages_first_line() -> None:
    # The agency repeated atop every page (furniture), then the record's own title in capitals:
    # two lines of two sources, not one name wrapped.
    header = Block(
        "heading", "BALAI PEMASYARAKATAN KELAS II KALITIRTO", 1, bbox=BBox(160, 65, 430, 75)
    )
    lines = ["RINGKASAN PEMBIMBINGAN KLIEN PEMASYARAKATAN", "Nama Klien: Hendra Saputra"]
    items = tuple(
        Line(text, 1, n, True, True, False, line_key(text)) for n, text in enumerate(lines)
    )
    found = letterhead_agency(items, (header,), None, load_vocabulary())
    assert found == ("BALAI PEMASYARAKATAN KELAS II KALITIRTO", 1)


@pytest.mark.parametrize(
    ("label", "value", "agency"),
    [
        ("Lembaga Praktik", "LKSA Al-Hikmah, Kab. Bandung Barat", True),
        ("iembaga praktik", "LKSA Al-Hikmah, Kab. Bandung Barat", True),  # as matching folds it
        ("Field agency", "Lakeside County Department of Human Services", True),
        ("Rujukan dari", "Puskesmas Cibeber", False),  # a referral's source, not the agency
    ],
)
def test_an_agency_s_name_under_a_label_that_says_so(label: str, value: str, agency: bool) -> None:
    assert is_agency_name(label, value, load_vocabulary()) is agency
