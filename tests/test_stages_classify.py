"""Where records start and which type each is (pipeline/extract/classify.py) as a decision
table: lines in (plain `Document` blocks, bold ones set apart), the segments and, for each,
the type and the evidence class it rests on.

Confidence is left out on purpose: it is the calibration table's number for the
evidence class (tests/test_classify.py checks that), not a decision of these rules.
"""

from __future__ import annotations

import zlib
from dataclasses import replace

import numpy as np
import pytest

from pipeline.document import Block, Cell, Document, Page, SourceInfo, Style, Table
from pipeline.extract.classify import Classification, classify, within_folder
from pipeline.extract.extractor import Extractor, get_extractor
from pipeline.extract.fieldmodel import N_FEATURES, FieldModel
from pipeline.extract.lines import document_items
from pipeline.extract.segment import segment
from pipeline.extract.summaries import qualified

Rows = list[tuple[str, bool]]  # (text, set apart in bold)

CASE: Rows = [
    ("No. Kasus: CK-2024-017", False),
    ("Nama Klien: Ani Lestari", False),
    ("Identitas Klien", True),
    ("Klien berusia 15 tahun.", False),
    ("Masalah yang Dihadapi", True),
    ("Klien sering membolos.", False),
    ("Asesmen", True),
    ("Kehilangan figur orang tua.", False),
    ("Rencana Intervensi", True),
    ("Konseling individu setiap minggu.", False),
]
DIALOGUE: Rows = [
    ("Nama Klien: Ani", False),
    ("Tanggal Wawancara: 5 Maret 2024", False),
    ("Klien: Saya capek, Bu.", False),
    ("Pekerja Sosial: Capek karena apa?", False),
    ("Klien: Sekolah dan rumah.", False),
    ("Pekerja Sosial: Ceritakan.", False),
    ("Klien: Ibu sering marah.", False),
    ("Refleksi Pekerja Sosial", True),
    ("Klien tampak lelah.", False),
]
ENGLISH_CASE: Rows = [
    ("CASE RECORD", True),
    ("Client Name: Ani", False),
    ("Presenting Problem", True),
    ("Truancy since March.", False),
    ("Assessment", True),
    ("Needs support.", False),
]
LOG: Rows = [
    ("CATATAN HARIAN", True),
    ("Nama Pekerja Sosial: Sri", False),
    ("Senin, 4 Maret 2024", True),
    ("Pukul 09.00 - 10.00: kunjungan rumah klien Budi.", False),
    ("Selasa, 5 Maret 2024", True),
    ("Pukul 13.00 - 13.30: konseling Ani.", False),
]

INDIRECT: Rows = [
    ("Nama Klien: Ani", False),
    ("Tanggal Wawancara: 5 Maret 2024", False),
    ("Klien bercerita bahwa ia lelah karena menjaga warung sampai malam.", False),
    ("Pekerja sosial menanyakan rencananya untuk kembali bersekolah.", False),
]

Verdict = tuple[str | None, str, str]  # the title's type, the record's type, its evidence class
# (what the lines are, the lines, one verdict per segment)
TABLE: list[tuple[str, Rows, list[Verdict]]] = [
    ("a title the fields agree with", [("CATATAN KASUS", True), *CASE], [
        ("case_record", "case_record", "title"),
    ]),
    ("an English title", ENGLISH_CASE, [("case_record", "case_record", "title")]),
    ("a log's title", LOG, [("daily_log", "daily_log", "title")]),
    ("no title: headings and labels vote", CASE, [(None, "case_record", "votes_clear")]),
    ("no title: dialogue turns vote", DIALOGUE, [(None, "process_record", "votes_clear")]),
    ("a title the fields contest", [("CATATAN PROSES", True), *CASE], [
        ("process_record", "process_record", "title_contested"),
    ]),
    ("a letterhead line before the title", [("DINAS SOSIAL KOTA BANDUNG", False),
                                            ("CATATAN KASUS", True), *CASE], [
        ("case_record", "case_record", "title"),
    ]),
    ("a report named in passing starts no record", [
        ("CATATAN KASUS", True), *CASE[:4], ("Catatan proses", False), *CASE[4:],
    ], [("case_record", "case_record", "title")]),
    ("two titles, two records", [("CATATAN KASUS", True), *CASE, ("CATATAN PROSES", True),
                                 *DIALOGUE], [
        ("case_record", "case_record", "title"),
        ("process_record", "process_record", "title"),
    ]),
    ("a qualified title, no dialogue: the summarized form", [
        ("REKAMAN PROSES RINGKAS", True), *INDIRECT,
    ], [("process_record", "summarized_process_record", "title_summarized")]),
    ("a qualifier of another ending: the summarized form", [
        ("PROCESS RECORDING (SUMMARISING)", True), *INDIRECT,
    ], [("process_record", "summarized_process_record", "title_summarized")]),
    ("a qualified title over dialogue turns stays", [
        ("PROCESS RECORDING (ABBREVIATED)", True), *DIALOGUE,
    ], [("process_record", "process_record", "title")]),
    ("an unqualified title, no dialogue, stays", [
        ("Process Recording Template", True), *INDIRECT,
    ], [("process_record", "process_record", "title")]),
    ("a part of a document titles a record", [("CATATAN KASUS", True), *CASE,
                                              ("Bagian B: Catatan Proses", True), *DIALOGUE], [
        ("case_record", "case_record", "title"),
        ("process_record", "process_record", "title"),
    ]),
    ("the type's own name in brackets in a title", [
        ("CATATAN KASUS", True), *CASE, ("LAPORAN PROSES (CATATAN PROSES) – KUNJUNGAN I", True),
        *DIALOGUE,
    ], [
        ("case_record", "case_record", "title"),
        ("process_record", "process_record", "title"),
    ]),
    ("a page's headline above the record's own title is one record", [
        ("Process Recording Example", True), ("Written by a second-year student.", False),
        ("PROCESS RECORDING", True), *DIALOGUE,
    ], [("process_record", "process_record", "title")]),
    ("an item of a list titles nothing", [("CATATAN KASUS", True), *CASE,
                                          ("2. Catatan Proses", True), *DIALOGUE], [
        ("case_record", "case_record", "title"),
    ]),
    ("a summary title over the dates of several meetings", [
        ("Summary Record of Interviews", True), ("Client: Ms Rebecca Lindqvist", False),
        ("Interview dates: 3 and 10 April 2024", False), *INDIRECT[2:],
    ], [("summarized_record", "summarized_process_record", "title_summarized")]),
    ("a summary title over a period stays", [
        ("Summary Record", True), ("Client: Ms Rebecca Lindqvist", False),
        ("Period covered: 1 Feb - 30 Apr 2025", False), *INDIRECT[2:],
    ], [("summarized_record", "summarized_record", "title")]),
    ("a summary of interviews' title over a period: the summary of a period", [
        ("Summary Recording", True), ("Client: Ms Tegan Whitlock", False),
        ("Period covered: 1 July - 30 September 2021", False), *INDIRECT[2:],
    ], [("summarized_process_record", "summarized_record", "title_summarized")]),
    ("the same title over the dates of its interviews stays", [
        ("Summary Recording", True), ("Client: Ms Tegan Whitlock", False),
        ("Interview dates: 3 and 10 April 2024", False), *INDIRECT[2:],
    ], [("summarized_process_record", "summarized_process_record", "title")]),
    ("a period on a crowded line is no list of meetings", [
        ("Summary Record", True), ("Client: Ms Rebecca Lindqvist", False),
        ("From: 2 February 2024 To: 28 April 2024", False), *INDIRECT[2:],
    ], [("summarized_record", "summarized_record", "title")]),
    ("a summary title over the dates of several meetings on a crowded line", [
        ("Summary Record", True), ("Client: Ms Tegan Whitlock", False),
        ("Contacts: 03/03/2026, 10/03/2026 and 17/03/2026 Venue: Clinic room 3", False),
        *INDIRECT[2:],
    ], [("summarized_record", "summarized_process_record", "title_summarized")]),
    ("the same, the dates under the line's second label", [
        ("Summary Record", True), ("Client: Ms Tegan Whitlock", False),
        ("Venue: Clinic room 3 Contacts: 3 and 10 March 2026", False), *INDIRECT[2:],
    ], [("summarized_record", "summarized_process_record", "title_summarized")]),
    ("an untitled note opening with dated visits to a named person is a case note", [
        ("Catatan Kunjungan Rumah", True),
        ("Kunjungan ini dilakukan pada hari Selasa, 3 Maret 2026 oleh pekerja sosial Rina "
         "Wulandari untuk menemui Sdr. Tono Sugiarto di rumahnya. Kunjungan kedua dilakukan "
         "pada hari Selasa, 10 Maret 2026.", False),
        ("Tono menyambut dengan tenang dan mau duduk bersama di ruang tamu.", False),
    ], [(None, "summarized_process_record", "visit_stated")]),
    ("an untitled visit report's labels give the visit's date and the client", [
        ("LAPORAN KUNJUNGAN RUMAH", True),
        ("Nama Klien : Ibu Wartini", False),
        ("Tanggal Kunjungan : Kamis, 17 Oktober 2024", False),
        ("Pekerja sosial tiba di rumah keluarga pukul 10.00 dan diterima oleh Ibu Wartini.",
         False),
    ], [(None, "summarized_process_record", "visit_stated")]),
    ("title words of two types: the one the headings vote for", [
        ("Summary of Case Notes", True),
        ("Resident: Mr. Andi Siregar", False),
        ("Case number: CBR/IN/2025/204", False),
        ("Key worker: Maria Dewi, S.Tr.Sos.", False),
        ("Notes covered: From 3 November 2025 to 27 February 2026", False),
        ("Where he is now", True),
        ("Andi is in the last phase of the programme and works in the kitchen.", False),
        ("Looking ahead", True),
        ("Prepare a discharge and aftercare plan for April, with a job placement and weekly "
         "contact with his key worker.", False),
    ], [(None, "summarized_record", "title_words")]),
    ("a letter saying whom the writer saw, and when, is the summary of those visits", [
        ("Dear Ibu Margaret,", False),
        ("I saw Mr. Lim Boon Keat on 8 April 2024 and again on 15 April 2024. As the two "
         "visits followed on from each other I have written them up together.", False),
        ("What happened", True),
        ("On the first visit Mr. Lim said he had stopped going to the exercise group.", False),
    ], [(None, "summarized_process_record", "visit_stated")]),
    ("an invitation to a dated meeting names no visit: no case note", [
        ("Undangan Rapat", True),
        ("Dengan hormat, kami mengundang Bapak Joko Susilo untuk menghadiri rapat koordinasi "
         "pada hari Senin, 5 Mei 2025 pukul 09.00 di aula dinas.", False),
    ], [(None, "unknown", "unknown_bare")]),
    ("a client, a worker and a date under labels nobody listed: a case note", [
        ("Person Seen : Mr. Fajar Santoso", False),
        ("Lead Professional : Wulan Pratama, S.Tr.Sos.", False), ("When : 2 April 2024", False),
        ("Summary of the Session", True),
        ("The school agreed to waive the outstanding uniform fee and to enrol Kevin in the free "
         "after-school club.", False),
        ("Closing Remarks", True), ("Mr. Santoso will phone the school next week.", False),
    ], [(None, "summarized_process_record", "title_words")]),
    ("the same in Indonesian", [
        ("Yang ditemui : Ibu Sri Rahayu", False),
        ("Petugas lapangan : Andi Pratama, S.Tr.Sos.", False), ("Hari itu : 2 April 2024", False),
        ("Jalannya Pertemuan", True),
        ("Ibu Sri menceritakan bahwa anaknya sudah kembali bersekolah sejak minggu lalu.", False),
    ], [(None, "process_record", "people_dated")]),
    ("a memo about a client named under a client's label, dated: a case note", [
        ("MEMORANDUM", True), ("TO: Coordinated Entry Case Conferencing Panel", False),
        ("FROM: Tamika Brooks", False), ("DATE: June 3, 2024", False),
        ("CLIENT: Raymond Ellsworth\tHMIS ID: 220415", False),
        ("RE: Six-month summary, December 1, 2023 - May 31, 2024", False),
        ("The first two months were difficult, but by spring he had reconnected with his "
         "sister and started volunteering at the food shelf.", False),
    ], [(None, "summarized_record", "people_dated")]),
    ("a memo from a professional, to no client, is no case note", [
        ("To : Finance Committee", False), ("From : Dr. Anne Wright, MSW", False),
        ("Date : 2 April 2024", False), ("Budget for hygiene kits", True),
        ("We ask for funds to buy two hundred hygiene kits for the shelter.", False),
    ], [(None, "unknown", "unknown_weak")]),
    ("a notice naming a contact, and no professional, is no case note", [
        ("Contact : Mrs. Sari Dewi", False), ("Date : 2 April 2024", False),
        ("Community Meeting", True), ("All residents are invited to the hall.", False),
    ], [(None, "unknown", "unknown_bare")]),
    ("rows dated within their month, each with a clock time: a daily log", [
        ("BUKU KEGIATAN PENDAMPING", True),
        ("02/02 08.00 2 jam Kelompok Melati, pertemuan kelompok modul kesehatan.", False),
        ("04/02 09.00 1 jam Ibu Yati, kunjungan rumah.", False),
        ("06/02 14.00 45 menit Bpk. Rohmat, pemutakhiran data anak.", False),
    ], [(None, "daily_log", "votes_clear")]),
    ("a header's speaker words over names are labels, not a dialogue's turns", [
        ("Summarised Interview Note", True), ("Client: Michael Sihombing", False),
        ("Worker: Grace Natalia Siregar", False), ("Interview date: 03/09/2024", False),
        ("Summary of discussion", True),
        ("The refusal appears to breach the regulation. Michael is clear about what he wants.",
         False),
    ], [(None, "summarized_process_record", "title_words")]),
    ("a period under a label nobody listed, under a summary's title: the summary of a period", [
        ("TERM SUMMARY - SOCIAL WORK", True), ("Student: Jasmine Nguyen", False),
        ("Social worker: Ms Bronwyn Keller", False),
        ("Summary covers: 15 April 2024 to 28 June 2024", False),
        ("What happened this term", True),
        ("Jasmine self-referred after photos of her were shared in a group chat.", False),
    ], [(None, "summarized_record", "title_words")]),
    ("the same in Indonesian", [
        ("RINGKASAN SEMESTER - LAYANAN KONSELING", True), ("Siswa: Rizky Ananda", False),
        ("Konselor: Ibu Dewi Lestari", False),
        ("Masa layanan: 8 Januari 2024 s.d. 28 Juni 2024", False),
        ("Yang terjadi selama semester", True),
        ("Rizky datang sendiri setelah bertengkar dengan teman sekelasnya.", False),
    ], [(None, "summarized_record", "title_words")]),
    ("a case's number under its label over sections nobody listed: a case note", [
        ("SUPERVISION FILE", True), ("Case no.: GPP-23-1187", False),
        ("Parolee: Lionel Ashcombe", False), ("Referral source: Parole Board order", False),
        ("Offender details", True),
        ("Lionel Ashcombe, aged 35, single, no children, released on parole last month.", False),
        ("Supervision plan", True), ("Weekly reporting for the first three months.", False),
    ], [(None, "case_record", "case_numbered")]),
    ("a letter quoting a reference, and nothing else a schema knows, is no case note", [
        ("Our reference: HL-DW-0388", False),
        ("Dear colleagues, we refer Ms Bautista to your food parcel programme.", False),
    ], [(None, "unknown", "unknown_bare")]),
    ("nothing a schema knows", [("Daftar belanja", True), ("Beras lima kilo.", False)], [
        (None, "unknown", "unknown_bare"),
    ]),
]  # fmt: skip


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return get_extractor()


def _document(rows: Rows) -> Document:
    blocks = tuple(Block("paragraph", text, 1, style=Style(bold=bold)) for text, bold in rows)
    return Document(SourceInfo("note.docx", "0" * 64, "docx", 1, 1), (Page(1, blocks),))


@pytest.mark.parametrize(
    ("rows", "verdicts"), [(r, v) for _, r, v in TABLE], ids=[n for n, _, _ in TABLE]
)
def test_segments_and_their_types(
    extractor: Extractor, rows: Rows, verdicts: list[Verdict]
) -> None:
    segments = segment(document_items(_document(rows)), extractor.index)
    found = []
    for seg in segments:
        verdict = classify(
            seg,
            extractor.index,
            extractor.schemas,
            extractor.vocabulary,
            extractor.stems,
            extractor.cascade.model,
        )
        found.append((seg.title_type, verdict.record_type, verdict.evidence))
    assert found == verdicts


def test_a_contested_title_names_the_type_its_fields_voted_for(extractor: Extractor) -> None:
    (seg,) = segment(document_items(_document([("CATATAN PROSES", True), *CASE])), extractor.index)
    verdict = classify(seg, extractor.index, extractor.schemas, extractor.vocabulary)
    assert verdict.alternatives[0][0] == "case_record"


# Headings in words no schema lists; what is under them says which section each is.
UNLISTED_HEADINGS: Rows = [
    ("Yang Terjadi", True),
    ("Saya menyapa klien, lalu kami bercerita tentang sekolahnya.", False),
    ("Yang Tampak", True),
    ("Klien menunduk dan tangannya gemetar selama pertemuan.", False),
]


def _model_reading(clues: dict[str, str]) -> FieldModel:
    """A real FieldModel whose only knowledge is one feature per field ("b:word" in the text
    under a heading, "h:word" in the heading, words folded as the model reads them); a
    third field keeps a blank reading under 0.5."""
    classes = (*clues, "worker_reflection")
    rows = [zlib.crc32(clue.encode("utf-8")) % N_FEATURES for clue in clues.values()]
    weights = np.zeros((len(rows), len(classes)), dtype=np.float32)
    for column in range(len(rows)):
        weights[column, column] = 8.0
    return FieldModel(classes, rows, weights, np.zeros(len(classes), np.float32), 0.5)


# Labels no synonym or stem names, over short values, and a heading the model cannot read.
UNLISTED_LABELS = [
    ("Pengirimnya : Puskesmas Cibeber", False),
    ("Masuknya : 4 Maret 2024", False),
    ("Tutupnya : 30 Juni 2024", False),
    ("Keadaannya : Selesai", False),
    ("Cerita Singkat", True),
    ("Klien datang diantar kader posyandu.", False),
]


@pytest.mark.parametrize(
    ("rows", "model_knows", "expected"),
    [
        (UNLISTED_HEADINGS, None, ("unknown", "unknown_bare")),
        (UNLISTED_HEADINGS,
         {"interview_narrative": "b:bercerita", "nonverbal_observations": "b:menunduk"},
         ("process_record", "votes_clear")),
        # The section's text alone must agree with the heading's reading, or no vote.
        (UNLISTED_HEADINGS, {"interview_narrative": "h:terjadi", "nonverbal_observations": "h:tampak"},
         ("unknown", "unknown_bare")),
        (UNLISTED_LABELS, None, ("unknown", "unknown_bare")),
        # A label is read alone, among the short fields: its value only narrows the choice.
        (UNLISTED_LABELS,
         {"referral_source": "h:pengirimnya", "date_opened": "h:masuknya",
          "date_closed": "h:tutupnya", "case_status": "h:keadaannya"},
         ("case_record", "votes_clear")),
    ],
    ids=["no model", "the text under each heading names a field", "only the heading does",
         "labels, no model", "the model reads each label alone"],
)  # fmt: skip
def test_headings_and_labels_no_synonym_names_vote_through_the_field_model(
    extractor: Extractor,
    rows: Rows,
    model_knows: dict[str, str] | None,
    expected: tuple[str, str],
) -> None:
    (seg,) = segment(document_items(_document(rows)), extractor.index)
    model = _model_reading(model_knows) if model_knows else None
    verdict = classify(
        seg, extractor.index, extractor.schemas, extractor.vocabulary, extractor.stems, model
    )
    assert (verdict.record_type, verdict.evidence) == expected


# Pages of lines (text, bold, type size / body size): where a record starts when its title
# is in words no schema lists, by the title's type size alone.
Sized = list[tuple[str, bool, float | None]]
AGENCY_UNLISTED: Sized = [
    ("Potret Lembaga Mitra", True, 1.25),  # no schema lists these words
    ("Nama Lembaga: Yayasan Pelita", False, None),
    ("Alamat: Jl. Mawar 3, Bogor", False, None),
    ("Visi dan Misi", True, 1.0),
    ("Menjadi lembaga yang melindungi anak.", False, None),
]
CASE_UNLISTED: Sized = [
    ("Berkas Penanganan Anak", True, 1.25),
    *((text, bold, None) for text, bold in CASE),
]
LETTERHEAD: Sized = [("DINAS SOSIAL KOTA BOGOR", True, 1.22)]
DIALOGUE_PAGE_1: Sized = [
    ("CATATAN PROSES WAWANCARA", True, 1.43),
    ("Nama Klien : Bagas Saputra", False, None),
    ("Pekerja Sosial : Ni Luh Putu Ariani", False, None),
    ("Tanggal : 9 September 2025", False, None),
    ("Dialog Lengkap", True, 1.17),
    ("Peksos: Bagas, Ibu perhatikan kamu sering mengantuk di kelas. Ada apa?", False, None),
    ("Klien: Saya kerja malam, Bu, bantu paman jaga warung kopi sampai jam dua.", False, None),
]
DIALOGUE_PAGE_2: Sized = [
    ("Peksos: Kamu sangat peduli pada adikmu. Apa orang tuamu tahu?", False, None),
    ("Klien: Ibu tahu. Bapak sedang sakit, tidak bisa kerja.", False, None),
    ("Kesimpulan Wawancara", True, 1.17),
    ("Klien bekerja malam untuk membantu ekonomi keluarga karena ayah sakit.", False, None),
]

SIZED_TABLE: list[tuple[str, list[Sized], list[str | None]]] = [
    ("a new unlisted title atop a page starts a record",
     [AGENCY_UNLISTED, CASE_UNLISTED], [None, None]),
    ("a listed title before it, then an unlisted one",
     [[("CATATAN KASUS", True, 1.25), *CASE_UNLISTED[1:]], AGENCY_UNLISTED],
     ["case_record", None]),
    ("an unlisted title, then a listed one",
     [AGENCY_UNLISTED, [("CATATAN KASUS", True, 1.25), *CASE_UNLISTED[1:]]],
     [None, "case_record"]),
    ("a letterhead repeated atop every page is no title",
     [LETTERHEAD + AGENCY_UNLISTED, LETTERHEAD + CASE_UNLISTED[1:]], [None]),
    ("after the letterhead, a new title is",
     [LETTERHEAD + AGENCY_UNLISTED, LETTERHEAD + CASE_UNLISTED], [None, None]),
    ("headings as large as the title: size alone tells nothing",
     [[*AGENCY_UNLISTED[:3], ("Visi dan Misi", True, 1.25), AGENCY_UNLISTED[4]],
      [CASE_UNLISTED[0], *CASE_UNLISTED[3:]]], [None]),
    ("headings as large as the title, but a new form's labels under it",
     [[*AGENCY_UNLISTED[:3], ("Visi dan Misi", True, 1.25), AGENCY_UNLISTED[4]],
      CASE_UNLISTED], [None, None]),
    ("over a new form's labels, a title OCR read a little smaller still starts a record",
     [AGENCY_UNLISTED, [("Berkas Penanganan Anak", True, 1.17), *CASE_UNLISTED[1:]]],
     [None, None]),
    ("without labels under it, a title read smaller starts nothing",
     [AGENCY_UNLISTED, [("Berkas Penanganan Anak", True, 1.17), *CASE_UNLISTED[3:]]],
     [None]),
    ("a large line below a page's top is no title",
     [AGENCY_UNLISTED, [*((t, b, None) for t, b in CASE[:9]), CASE_UNLISTED[0]]], [None]),
    ("body-sized bold lines atop pages start nothing",
     [[(t, b, None) for t, b, _ in AGENCY_UNLISTED],
      [(t, b, None) for t, b, _ in CASE_UNLISTED]], [None]),
    ("a large line under a page's running text is no title (OCR set a signature large)",
     [AGENCY_UNLISTED, [("kemudian klien diajak berbicara tentang sekolah dan rencananya.", False, None),
                        ("Arif Wijaya, S.Psi.", True, 1.25), *CASE_UNLISTED[1:]]], [None]),
    ("a signature's scrawl OCR read large atop a page is no title (`ena`, a word's letters short)",
     [AGENCY_UNLISTED, [("Pekerja Sosial,", False, None), ("ena", False, 2.17),
                        ("Arif Wijaya, S.Psi.", False, None)]], [None]),
    ("a section heading atop a page is no title, however large",
     [AGENCY_UNLISTED, [("Rencana Intervensi", True, 1.25), *CASE_UNLISTED[1:]]], [None]),
    ("a dialogue going on over a page break is no new copy of the header's labels",
     [DIALOGUE_PAGE_1, DIALOGUE_PAGE_2], ["process_record"]),
    ("a page opening with the header's labels for another client is the next record",
     [DIALOGUE_PAGE_1, [("Nama Klien : Sinta Dewi", False, None), *DIALOGUE_PAGE_1[2:]]],
     ["process_record", "process_record"]),
]  # fmt: skip


def _sized_document(pages: list[Sized]) -> Document:
    return Document(
        SourceInfo("folder.pdf", "0" * 64, "pdf", len(pages), 1),
        tuple(
            Page(
                number,
                tuple(
                    Block("paragraph", text, number, style=Style(size_ratio=size, bold=bold))
                    for text, bold, size in lines
                ),
            )
            for number, lines in enumerate(pages, start=1)
        ),
    )


@pytest.mark.parametrize(
    ("pages", "titles"), [(p, t) for _, p, t in SIZED_TABLE], ids=[n for n, _, _ in SIZED_TABLE]
)
def test_a_title_no_schema_lists_starts_a_record_by_its_size(
    extractor: Extractor, pages: list[Sized], titles: list[str | None]
) -> None:
    segments = segment(document_items(_sized_document(pages)), extractor.index)
    assert [seg.title_type for seg in segments] == titles
    if len(titles) > 1:
        assert [seg.pages for seg in segments] == [(n, n) for n in range(1, len(titles) + 1)]


def _table(grid: list[list[str]]) -> Table:
    return Table(
        tuple(
            tuple(Cell(text, r, c, (r, c)) for c, text in enumerate(row))
            for r, row in enumerate(grid)
        )
    )


@pytest.mark.parametrize(
    ("header", "summarized"),
    [
        (["Dialog", "Perasaan", "Analisis"], False),
        (["Client- Therapist Dialogue", "Student's feeling", "Interpretations"], False),
        (["Tanggal", "Kegiatan", "Hasil"], True),
    ],
    ids=["dialogue-column-id", "dialogue-column-en", "no-dialogue-column"],
)
def test_a_dialogue_column_keeps_a_qualified_title_s_type(
    extractor: Extractor, header: list[str], summarized: bool
) -> None:
    grid = [header, ["Saya menyapa.", "Tenang.", "Membuka."]]
    table = _table(grid)
    blocks = (
        Block("paragraph", "REKAMAN PROSES RINGKAS", 1, style=Style(bold=True)),
        *(Block("paragraph", text, 1) for text, _ in INDIRECT[:2]),
        Block("table", "", 1, table=table),
    )
    doc = Document(SourceInfo("note.docx", "0" * 64, "docx", 1, 1), (Page(1, blocks),))
    (seg,) = segment(document_items(doc), extractor.index)
    verdict = classify(seg, extractor.index, extractor.schemas, extractor.vocabulary)
    expected = "summarized_process_record" if summarized else "process_record"
    assert verdict.record_type == expected


# (the header grid's rows, the sections under it: heading, then its text)
GRID_DATES = [
    pytest.param(
        [["Student", "Priya Hale", "Year", "10"],
         ["Seen", "6 March 2024 and 13 March 2024", "Referral", "Self"]],
        [("Summary", "On 13 March she reported sleeping a little better."),
         ("Overall impression / conclusion", "Adjustment difficulties; no safety concerns."),
         ("Next steps", "Check in fortnightly.")],
        id="en",
    ),
    pytest.param(
        [["Nama", "Rizky Ananda", "Kelas", "VIII"],
         ["Ditemui", "4 dan 11 Maret 2024", "Rujukan", "Wali kelas"]],
        [("Ringkasan", "Rizky mulai mau bercerita tentang rumah."),
         ("Kesan / kesimpulan", "Kesulitan menyesuaikan diri; tidak ada tanda bahaya."),
         ("Langkah berikutnya", "Bertemu lagi dua minggu lagi.")],
        id="id",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("grid", "sections"), GRID_DATES)
def test_a_header_grid_listing_several_meetings_dates_names_their_summary(
    extractor: Extractor, grid: list[list[str]], sections: list[tuple[str, str]]
) -> None:
    # The dates of several meetings in a label | value cell pair, as on a label's line.
    table = _table(grid)
    blocks = (
        Block("paragraph", "Wellbeing contact summary", 1, style=Style(bold=True)),
        Block("table", "", 1, table=table),
        *(
            block
            for heading, text in sections
            for block in (
                Block("paragraph", heading, 1, style=Style(bold=True)),
                Block("paragraph", text, 1),
            )
        ),
    )
    doc = Document(SourceInfo("note.docx", "0" * 64, "docx", 1, 1), (Page(1, blocks),))
    (seg,) = segment(document_items(doc), extractor.index)
    verdict = classify(
        seg,
        extractor.index,
        extractor.schemas,
        extractor.vocabulary,
        extractor.stems,
        extractor.cascade.model,
    )
    assert verdict.record_type == "summarized_process_record"


WEAK = Classification("unknown", 0.78, "unknown_weak", (("case_record", 0.15), ("daily_log", 0.07)))
TITLED = Classification("process_record", 0.99, "title")
BARE = Classification("unknown", 0.89, "unknown_bare")

# (what the file holds, its records' verdicts, the types they end with)
FOLDERS: list[tuple[str, list[Classification], list[str]]] = [
    ("a weak vote among case notes takes its likeliest type", [TITLED, WEAK],
     ["process_record", "case_record"]),
    ("a weak vote alone stays unknown: maybe no case note", [WEAK], ["unknown"]),
    ("weak votes only: nothing says it is a folder of case notes", [WEAK, WEAK],
     ["unknown", "unknown"]),
    ("nothing named stays unknown, folder or not", [TITLED, BARE], ["process_record", "unknown"]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("verdicts", "types"), [t[1:] for t in FOLDERS], ids=[t[0] for t in FOLDERS]
)
def test_a_weak_record_in_a_folder_of_case_notes_gets_its_likeliest_type(
    verdicts: list[Classification], types: list[str]
) -> None:
    found = within_folder(verdicts)
    assert [v.record_type for v in found] == types
    for before, after in zip(verdicts, found, strict=True):
        if after.record_type != before.record_type:
            assert after.evidence == "folder_weak"
            assert after.confidence < before.confidence
            assert "case_record" not in [t for t, _ in after.alternatives]


@pytest.mark.parametrize(
    ("title", "full_titles", "summarized"),
    [
        ("REKAMAN PROSES WAWANCARA", (("process",),), False),
        ("REKAMAN PROSES RINGKAS", (("process",),), True),
        ("REKAMAN PROSES WAWANCARA", (("proses",), ("process",)), False),
    ],
    ids=["base-word-unlisted-for-the-full-type", "qualifier", "base-word-listed"],
)
def test_the_summary_s_base_word_qualifies_nothing(
    extractor: Extractor, title: str, full_titles: tuple[tuple[str, ...], ...], summarized: bool
) -> None:
    # `proses` opens several of the summary's word sets: it names the process record whether or
    # not the process record's own list holds it (a shorter list, an agency's schema).
    schemas = extractor.schemas
    full = replace(schemas.records["process_record"], title_words=full_titles)
    assert qualified(title, schemas.records["summarized_process_record"], full) is summarized
