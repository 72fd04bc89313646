"""Walking a record's lines into fields (pipeline/extract/sections.py) as a decision table:
lines in (plain `Document` blocks, bold ones set apart), the text each field gathers and
what no field took out.

Rows walk with listed synonyms only (an empty `Cascade`), so they pin the walking
rules; the cascade's own steps are tested in tests/test_cascade.py.
"""

from __future__ import annotations

import pytest

from pipeline.document import Block, Document, Page, SourceInfo, Style
from pipeline.extract.assemble import RawRecord
from pipeline.extract.extractor import Extractor, get_extractor
from pipeline.extract.field_matcher import Cascade
from pipeline.extract.lines import document_items
from pipeline.extract.sections import walk_record
from pipeline.heading import runs_on

Rows = list[tuple[str, bool]]  # (block text, set apart in bold)
Leftover = tuple[str, str, str]  # (orphan kind, its heading or label, the text under it)

# (what the lines are, record type, lines, field -> gathered text, what no field took)
TABLE: list[tuple[str, str, Rows, dict[str, str], list[Leftover]]] = [
    (
        "a label's value and a heading's paragraphs",
        "case_record",
        [
            ("Nama Klien: Budi", False),
            ("Asesmen", True),
            ("Klien butuh dukungan.", False),
            ("Ia juga butuh teman.", False),
        ],
        {"client_name": "Budi", "assessment": "Klien butuh dukungan.\nIa juga butuh teman."},
        [],
    ),
    (
        "a named label's value over a code read from its value above it",
        "case_record",
        [("NIM : 2021-04-117", False), ("Nomor Kasus : PWT/KLN/2024/09", False)],
        {"case_number": "PWT/KLN/2024/09"},
        [("label", "NIM", "2021-04-117")],  # the overruled guess, no field's: unmatched
    ),
    (
        "a named label left blank does not overrule a value read from its shape",
        "summarized_process_record",
        [
            ("Contacts covered : 4 March 2024, 6 March 2024, 11 March 2024", False),
            ("Tanggal : ____________", False),
        ],
        {"interview_dates": "4 March 2024, 6 March 2024, 11 March 2024"},
        [],
    ),
    (
        "lines of one block are one paragraph",
        "case_record",
        [("Asesmen\nKlien butuh dukungan.\nIa juga butuh teman.", False)],
        {"assessment": "Klien butuh dukungan. Ia juga butuh teman."},
        [],
    ),
    (
        "a heading in capitals needs no bold",
        "case_record",
        [("ASESMEN", False), ("Klien butuh dukungan.", False)],
        {"assessment": "Klien butuh dukungan."},
        [],
    ),
    (
        "a label whose value is on the next line",
        "case_record",
        [("Nama Klien:", False), ("Budi Santoso", False)],
        {"client_name": "Budi Santoso"},
        [],
    ),
    (
        "two labels crowded on one line",
        "case_record",
        [("Nama Klien: Budi Santoso Alamat: Jl. Mawar 3", False)],
        {"client_name": "Budi Santoso", "client_address": "Jl. Mawar 3"},
        [],
    ),
    (
        "a confidentiality marking gives its field",
        "case_record",
        [("RAHASIA", False), ("Nama Klien: Budi", False)],
        {"confidentiality": "RAHASIA", "client_name": "Budi"},
        [],
    ),
    (
        "list items stay items",
        "case_record",
        [("Rencana Intervensi", True), ("a. Konseling", False), ("b. Mediasi keluarga", False)],
        {"intervention_plan": "a. Konseling\nb. Mediasi keluarga"},
        [],
    ),
    (
        "a sign-off ends the section above it",
        "case_record",
        [
            ("Asesmen", True),
            ("Klien butuh dukungan.", False),
            ("Bandung, 28 Juni 2024", False),
            ("Sri Wahyuni", False),
        ],
        {"assessment": "Klien butuh dukungan."},
        [],
    ),
    (
        "an unknown heading keeps its text apart",
        "case_record",
        [
            ("Asesmen", True),
            ("Klien butuh dukungan.", False),
            ("Kegiatan Rekreasi", True),
            ("Klien suka sepak bola.", False),
        ],
        {"assessment": "Klien butuh dukungan."},
        [("heading", "Kegiatan Rekreasi", "Klien suka sepak bola.")],
    ),
    (
        "an unknown label keeps its value apart",
        "case_record",
        [("Hobi Klien: sepak bola", False)],
        {},
        [("label", "Hobi Klien", "sepak bola")],
    ),
    (
        "a person's label before what was said is a turn, not a name",
        "process_record",
        [
            ("Nama Klien: Oma Hendrika", False),
            ("Isi Wawancara", True),
            ("Praktikan: Selamat pagi, Oma. Bagaimana tidurnya?", False),
            ("Klien: Benarkah? Kalau begitu saya mau coba.", False),
        ],
        {
            "client_name": "Oma Hendrika",
            "interview_narrative": "Praktikan: Selamat pagi, Oma. Bagaimana tidurnya?\n"
            "Klien: Benarkah? Kalau begitu saya mau coba.",
        },
        [],
    ),
    (
        "a label a section's word names, over a person's name, is no section",
        "process_record",
        [
            ("Interview with: Mr. Henrik Solvang", False),
            ("Nama Pekerja Sosial: Dewi Lestari", False),
        ],
        {"client_name": "Mr. Henrik Solvang", "worker_name": "Dewi Lestari"},
        [],
    ),
    (
        "a form's labels under a dialogue heading with nothing in it yet are the form's",
        "process_record",
        [
            ("Proses Wawancara", True),
            ("Nama Klien: Budi", False),
            ("Tempat Kejadian: Rumah Aman Kota Surabaya", False),
            ("Tanggal Sesi: ....", False),
            ("Praktikan: Selamat pagi, Bu.", False),
            ("Klien: Pagi.", False),
        ],
        {
            "interview_narrative": "Praktikan: Selamat pagi, Bu.\nKlien: Pagi.",
            "client_name": "Budi",
            "interview_date": "....",
        },
        [("label", "Tempat Kejadian", "Rumah Aman Kota Surabaya")],
    ),
    (
        "an untitled record's first heading over a form's labels stands for its title",
        "summarized_record",
        [
            ("Ringkasan Kasus", True),
            ("No. Kasus: 045/PS/2024", False),
            ("Wilayah Asal: Kota Bandung", False),
            ("Rencana Tindak Lanjut", True),
            ("Kunjungan rumah bulanan.", False),
        ],
        {"case_summary": "", "case_number": "045/PS/2024", "plan": "Kunjungan rumah bulanan."},
        [("label", "Wilayah Asal", "Kota Bandung")],
    ),
    (
        "a marking above an untitled record's first heading leaves it its title's place",
        "case_record",
        [
            ("RAHASIA", False),
            ("Identitas Klien", True),
            ("No. Kasus: 045/PS/2024", False),
            ("Asesmen", True),
            ("Klien butuh dukungan.", False),
        ],
        {
            "confidentiality": "RAHASIA",
            "client_identity": "",
            "case_number": "045/PS/2024",
            "assessment": "Klien butuh dukungan.",
        },
        [],
    ),
    (
        "a field's word and one more, set apart by nothing, head a section: no label and value",
        "process_record",
        [
            ("Nama Klien: Budi", False),
            ("Pendahuluan Kunjungan", False),
            ("Klien datang bersama ibunya ke kantor.", False),
        ],
        {"client_name": "Budi", "introduction": "Klien datang bersama ibunya ke kantor."},
        [],
    ),
    (
        "a numbered first heading is a section's: the labels under it are its text too",
        "case_record",
        [("I. Identitas Klien", True), ("Nama: Budi", False), ("Sekolah: SD Negeri 3", False)],
        {"client_identity": "Nama: Budi\nSekolah: SD Negeri 3", "client_name": "Budi"},
        [("label", "Sekolah", "SD Negeri 3")],
    ),
    (
        "a dialogue's first turns stay turns: a person's label over speech, a one-word tag",
        "process_record",
        [
            ("Proses Wawancara", True),
            ("Praktikan: Selamat pagi, Bu", False),
            ("Adi: Halo Kak", False),
            ("Klien: Pagi.", False),
        ],
        {"interview_narrative": "Praktikan: Selamat pagi, Bu\nAdi: Halo Kak\nKlien: Pagi."},
        [],
    ),
    (
        "a label nobody listed, with its value written, opens no section its first word names",
        "process_record",
        [
            ("Nama Klien: Budi", False),
            ("Interview Room:\tPelita Hati office, counselling room 2", False),
            ("Klien datang sendiri.", False),
        ],
        {"client_name": "Budi"},
        [
            ("label", "Interview Room", "Pelita Hati office, counselling room 2"),
            ("passage", "Klien datang sendiri.", "Klien datang sendiri."),
        ],
    ),
    (
        "a label nobody listed alone on its line heads the text under it, closing the section",
        "process_record",
        [
            ("Isi Wawancara", True),
            ("Praktikan: Halo, apa kabar?", False),
            ("Klien: Baik, Kak.", False),
            ("Hal Lain Sesudahnya:", False),
            ("Klien tampak lelah hari ini.", False),
        ],
        {"interview_narrative": "Praktikan: Halo, apa kabar?\nKlien: Baik, Kak."},
        [("heading", "Hal Lain Sesudahnya", "Klien tampak lelah hari ini.")],
    ),
    (
        "text before any heading is a passage",
        "case_record",
        [("Klien datang ke kantor sendirian.", False), ("Asesmen", True), ("Butuh.", False)],
        {"assessment": "Butuh."},
        [("passage", "Klien datang ke kantor sendirian.", "Klien datang ke kantor sendirian.")],
    ),
]


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return get_extractor()


def _walk(
    extractor: Extractor,
    record_type: str,
    rows: Rows,
    *,
    titled: bool = False,
    title: str | None = None,
    cascade: Cascade | None = None,
    sizes: dict[str, float] | None = None,
) -> RawRecord:
    """Walk `rows` (text, set apart in bold) as one record; `sizes` gives some lines a type size
    (as OCR reads a line's height), `cascade` the stems and classifier (none by default)."""
    blocks = tuple(
        Block("paragraph", text, 1, style=Style(bold=bold, size_ratio=(sizes or {}).get(text)))
        for text, bold in rows
    )
    document = Document(SourceInfo("note.docx", "0" * 64, "docx", 1, 1), (Page(1, blocks),))
    spec = extractor.schemas.get(record_type)
    assert spec is not None
    return walk_record(
        document_items(document),
        spec,
        extractor.index,
        extractor.vocabulary,
        titled,
        cascade or Cascade(),
        title=title,
    )


@pytest.mark.parametrize(
    ("record_type", "rows", "fields", "leftovers"),
    [row[1:] for row in TABLE],
    ids=[row[0] for row in TABLE],
)
def test_lines_gather_into_fields(
    extractor: Extractor,
    record_type: str,
    rows: Rows,
    fields: dict[str, str],
    leftovers: list[Leftover],
) -> None:
    raw = _walk(extractor, record_type, rows)
    assert {name: f.text for name, f in raw.fields.items()} == fields
    assert [(o.kind, o.text, o.body) for o in raw.orphans] == leftovers
    assert [u.text for u in raw.unmatched] == [
        text for kind, text, _ in leftovers if kind != "passage"
    ]


def test_a_sign_off_line_is_kept_apart(extractor: Extractor) -> None:
    rows = [("Asesmen", True), ("Butuh.", False), ("Bandung, 28 Juni 2024", False)]
    assert [line.text for line in _walk(extractor, "case_record", rows).sign_offs] == [
        "Bandung, 28 Juni 2024"
    ]


# (record type, the line, the period read from it: its text and label, or None)
PERIODS = [
    ("summarized_record", "Periode: Januari s.d. Maret 2024", ("Januari s.d. Maret 2024", "Periode")),
    # a label nobody listed, with a value that is a period with both ends
    ("summarized_record", "Rentang Catatan: Februari s.d. Mei 2024", ("Februari s.d. Mei 2024", "Rentang Catatan")),
    ("summarized_record", "Time span: 1 Feb – 30 Apr 2021", ("1 Feb – 30 Apr 2021", "Time span")),
    ("summarized_record", "Rentang Catatan: April 2024", None),  # one month: no period
    # a label naming one end, over both ends: the period, read apart
    ("summarized_record", "Periode Akhir: 1 Februari s.d. 30 April 2024", ("1 Februari s.d. 30 April 2024", "Periode Akhir")),
    ("process_record", "Rentang Catatan: Februari s.d. Mei 2024", None),  # a type with no period
]  # fmt: skip


@pytest.mark.parametrize(("record_type", "line", "period"), PERIODS)
def test_a_one_line_period_is_read_apart(
    extractor: Extractor, record_type: str, line: str, period: tuple[str, str] | None
) -> None:
    raw = _walk(extractor, record_type, [(line, False)])
    assert raw.period == ((*period, 1) if period else None)
    if period:
        assert raw.fields == {}


def test_the_records_own_title_is_its_title_though_its_words_name_a_field(
    extractor: Extractor,
) -> None:
    rows = [
        ("Case file", True),
        ("About Jayden", True),
        ("Jayden is ten and loves football.", False),
    ]
    raw = _walk(extractor, "case_record", rows, titled=True, title="Case file")
    # below the title, a heading nobody listed is reported, not taken for the letterhead
    assert [(u.kind, u.text) for u in raw.unmatched] == [("heading", "About Jayden")]
    assert "case_number" not in raw.fields


def test_a_period_label_takes_its_value_from_the_line_below(extractor: Extractor) -> None:
    raw = _walk(
        extractor, "summarized_record", [("Periode:", False), ("Januari s.d. Maret 2024", False)]
    )
    assert (raw.period, raw.orphans) == (("Januari s.d. Maret 2024", "Periode", 1), [])


@pytest.mark.parametrize(
    ("line", "field", "value"),
    [
        ("Nama Klien Budi Santoso", "client_name", "Budi Santoso"),
        ("Dicatat oleh Yusuf Hamdani, S.Sos.", "worker_name", "Yusuf Hamdani, S.Sos."),
        # a person's value is the name and its degrees, not the sentence going on after it
        (
            "Dicatat oleh Yusuf Hamdani, S.Sos., pendamping KAT, setelah berbincang",
            "worker_name",
            "Yusuf Hamdani, S.Sos.",
        ),
    ],
)
def test_a_label_without_its_colon_keeps_the_whole_name(
    extractor: Extractor, line: str, field: str, value: str
) -> None:
    """The label a synonym names whole is cut before one that takes the first name with it."""
    raw = _walk(extractor, "case_record", [(line, False)])
    assert raw.fields[field].text == value


@pytest.mark.parametrize(
    ("line", "field", "value"),
    [
        ("No. RM / No. Kasus Sosial : 00-48-91-27 / SM-2024-0212", "case_number",
         "00-48-91-27 / SM-2024-0212"),
        ("Unit / Room : 4 West, Room 412", "agency_name", None),  # a room names no agency
    ],
)  # fmt: skip
def test_a_label_of_two_names_is_the_field_one_of_them_names(
    extractor: Extractor, line: str, field: str, value: str | None
) -> None:
    raw = _walk(extractor, "case_record", [(line, False)])
    assert (raw.fields[field].text if field in raw.fields else None) == value


@pytest.mark.parametrize(
    ("record_type", "line", "field"),
    [
        (
            "process_record",
            "- Purpose of the interview and how it was arranged.",
            "interview_purpose",
        ),
        ("process_record", "- Tujuan wawancara dan cara mengaturnya.", "interview_purpose"),
    ],
)
def test_a_phrase_going_on_with_and_is_no_label_and_its_value(
    extractor: Extractor, record_type: str, line: str, field: str
) -> None:
    """A guidance list's item naming a field and going on (`… and how it was arranged`) is one
    phrase: `and …` is no value."""
    rows = [("What to include", True), (line, False), ("- The dialogue, word for word.", False)]
    raw = _walk(extractor, record_type, rows)
    assert field not in raw.fields


@pytest.mark.parametrize(
    ("line", "field"),
    [
        # a plain Title Case line, as OCR gives a heading, that the classifier names; one
        # capitalised word is shaped like a name too, and it is still a heading
        ("Analysis", "assessment"),
        ("Analysis Notes", "assessment"),
        ("Budi Santoso", None),  # the classifier names nothing: text
        ("Ibu Sari Wulandari", None),  # a name with an honorific stays text
    ],
)
def test_a_title_cased_line_past_the_header_may_be_a_heading(
    extractor: Extractor, line: str, field: str | None
) -> None:
    rows = [
        ("CATATAN KASUS", True),
        ("Nama Klien: Budi", False),
        (line, False),
        ("The core problem is unresolved grief and isolation; her strengths are her faith.", False),
    ]
    raw = _walk(extractor, "case_record", rows, titled=True, cascade=extractor.cascade)
    sections = {name for name, f in raw.fields.items() if name != "client_name"}
    assert sections == ({field} if field else set())


@pytest.mark.parametrize(("size", "heading"), [(1.08, True), (None, False)])
def test_a_title_cased_line_read_larger_is_a_heading_though_nobody_names_it(
    extractor: Extractor, size: float | None, heading: bool
) -> None:
    rows = [
        ("CATATAN KASUS", True),
        ("Nama Klien: Budi", False),
        ("Asesmen", True),
        ("Klien butuh dukungan.", False),
        ("Catatan Tambahan Lain", False),  # OCR gives no bold, only a larger line
        ("Ibunya bekerja di luar kota sejak tahun lalu.", False),
    ]
    sizes = {"Catatan Tambahan Lain": size} if size else None
    raw = _walk(extractor, "case_record", rows, titled=True, sizes=sizes)
    assessment = raw.fields["assessment"].text
    assert ("Ibunya" not in assessment) is heading
    assert ("Catatan Tambahan Lain" in [u.text for u in raw.unmatched]) is heading


# (what the lines are, the plain line after the record's plain listed heading and the text
# under it, its section or None)
PEER_HEADINGS = [
    ("shaped as the named headings: the classifier names it", "Apa yang terjadi",
     "Pada pertemuan pertama Mbah Sumarni lebih banyak diam. Beliau mengatakan tidak ada gunanya "
     "ikut senam pagi karena tidak ada yang menjenguk. Praktikan mendengarkan dan menanyakan "
     "tentang keluarganya.", "summary"),
    ("shaped as them, the classifier names another section", "Langkah berikutnya",
     "Praktikan akan menghubungi anak bungsu Mbah Sumarni untuk menjadwalkan panggilan video.",
     "next_steps"),
    ("a sentence is text", "Mbah Sumarni lebih banyak diam hari itu.",
     "Saya belajar bahwa diamnya klien tidak selalu berarti menolak.", None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("line", "body", "field"),
    [r[1:] for r in PEER_HEADINGS],
    ids=[r[0] for r in PEER_HEADINGS],
)
def test_a_plain_line_shaped_as_the_records_plain_headings_is_one(
    extractor: Extractor, line: str, body: str, field: str | None
) -> None:
    rows = [
        ("CATATAN PROSES RINGKAS", True),
        ("Nama Klien : Mbah Sumarni", False),
        ("Latar belakang", False),  # a listed heading, no style: the record's way
        ("Mbah Sumarni tinggal di panti sejak 2022.", False),
        (line, False),
        (body, False),
    ]
    raw = _walk(
        extractor, "summarized_process_record", rows, titled=True, cascade=extractor.cascade
    )
    sections = {name for name in raw.fields if name not in ("client_name", "introduction")}
    assert sections == ({field} if field else set())
    assert (body in raw.fields["introduction"].text) is (field is None)


def test_a_plain_line_under_a_list_heading_is_its_item(extractor: Extractor) -> None:
    rows = [
        ("CATATAN KASUS", True),
        ("Nama Klien : Budi", False),
        ("Asesmen", False),
        ("Klien butuh dukungan.", False),
        ("Lampiran", False),
        ("Surat rujukan sekolah", False),
        ("Putusan pengadilan tentang nafkah anak", False),
    ]
    raw = _walk(extractor, "case_record", rows, titled=True, cascade=extractor.cascade)
    assert raw.fields["attachments"].parts == [
        "Surat rujukan sekolah",
        "Putusan pengadilan tentang nafkah anak",
    ]
    assert not raw.unmatched


# (the numbered line after `2. Masalah` and its text, whether it ends that section unmatched)
NEXT_NUMBERS = [
    ("3. Hal Lain Yang Dicatat", True),  # the next number: a heading nobody listed
    ("C. Hal Lain Yang Dicatat", False),  # another numbering: no sibling of `2.`
    ("1. Konseling keluarga", False),  # numbering starts again: an item under the heading
    ("3. Klien menolak bertemu ayahnya dan menangis.", False),  # a sentence: an item
]


@pytest.mark.parametrize(("line", "heading"), NEXT_NUMBERS)
def test_a_line_numbered_next_after_the_last_heading_is_a_heading(
    extractor: Extractor, line: str, heading: bool
) -> None:
    rows = [
        ("CATATAN KASUS", True),
        ("Nama Klien: Budi", False),
        ("1. Identitas Klien", False),
        ("Laki-laki, 14 tahun.", False),
        ("2. Masalah yang Dihadapi", False),
        ("Sering membolos.", False),
        (line, False),
        ("Ayahnya bekerja di luar kota.", False),
    ]
    raw = _walk(extractor, "case_record", rows, titled=True)
    problem = raw.fields["presenting_problem"].text
    assert ("Ayahnya" not in problem) is heading
    assert (line.split(" ", 1)[1] in [u.text for u in raw.unmatched]) is heading


LONG_LETTERHEAD: Rows = [
    ("YAYASAN PELITA HATI", True),
    ("Jl. Kemang Timur Raya No. 7, Jakarta Selatan 12730, Telp. (021) 7190 2231", False),
    ("CATATAN KASUS", True),
    ("Nama Klien: Budi", False),
    ("Hal Lain Yang Dicatat", True),
    ("Klien suka menggambar dan bermain bola bersama teman sekelasnya setiap sore.", False),
]


@pytest.mark.parametrize("titled", [True, False], ids=["titled", "untitled"])
def test_a_long_letterhead_line_keeps_no_prose_from_the_record(
    extractor: Extractor, titled: bool
) -> None:
    # A long line has no words to match by: the letterhead's long address line once stood for
    # every line of prose, and the text under an unknown heading vanished with it.
    raw = _walk(extractor, "case_record", LONG_LETTERHEAD, titled=titled, title="CATATAN KASUS")
    (heading,) = [o for o in raw.orphans if o.kind == "heading"]
    assert heading.text == "Hal Lain Yang Dicatat"
    assert heading.body == LONG_LETTERHEAD[-1][0]


def test_the_letterhead_repeated_inside_a_section_is_no_text_of_it(extractor: Extractor) -> None:
    rows = [
        *LONG_LETTERHEAD[:4],
        ("Asesmen", True),
        ("Klien butuh dukungan.", False),
        LONG_LETTERHEAD[1],  # the next page's letterhead
        ("Ia juga butuh teman.", False),
    ]
    raw = _walk(extractor, "case_record", rows, titled=True, title="CATATAN KASUS")
    assert raw.fields["assessment"].text == "Klien butuh dukungan.\nIa juga butuh teman."


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("Professional Opinion:", "assessment"),  # opens its block, short, capitalised: a heading
        ("She told me about it and said:", None),  # a sentence's colon: text of the section
    ],
)
def test_a_colon_heading_inside_a_section_is_read_by_the_classifier(
    extractor: Extractor, line: str, field: str | None
) -> None:
    rows = [
        ("CATATAN KASUS", True),
        ("Nama Klien: Budi", False),
        ("Identitas Klien", True),
        ("Klien berusia 40 tahun dan tinggal bersama dua anaknya.", False),
        (line, False),
        ("The core problem is unresolved grief and isolation; her strengths are her faith.", False),
    ]
    raw = _walk(extractor, "case_record", rows, titled=True, cascade=extractor.cascade)
    # named as it is read, not left for the order of sections to place afterwards
    assert (raw.fields["assessment"].via if "assessment" in raw.fields else None) == (
        "model" if field else None
    )
    assert ("grief" in raw.fields["client_identity"].text) is (field is None)


RUN_ON = [
    ("2. MASALAH", "Setelah kecelakaan PM kehilangan pekerjaan sebagai di bengkel dan",
     "mengurung diri di rumah dan menolak bertemu teman-temannya.", "presenting_problem"),
    ("PRESENTING PROBLEM", "After the accident he lost his job at the garage and",
     "stayed at home for weeks, refusing to see his friends.", "presenting_problem"),
]  # fmt: skip


@pytest.mark.parametrize(("heading", "first", "rest", "field"), RUN_ON)
def test_a_sentence_ocr_read_as_a_heading_going_on_in_lower_case_is_text(
    extractor: Extractor, heading: str, first: str, rest: str, field: str
) -> None:
    blocks = (
        Block("heading", "CATATAN KASUS", 1, style=Style(bold=True, size_ratio=1.3)),
        Block("heading", heading, 1, style=Style(bold=True)),
        Block("heading", first, 1, style=Style(bold=True)),
        Block("paragraph", rest, 1),
    )
    document = Document(SourceInfo("scan.pdf", "0" * 64, "pdf", 1, 1), (Page(1, blocks),))
    spec = extractor.schemas.get("case_record")
    assert spec is not None
    raw = walk_record(
        document_items(document), spec, extractor.index, extractor.vocabulary, True, Cascade()
    )
    assert raw.fields[field].text == f"{first}\n{rest}"


@pytest.mark.parametrize(
    ("text", "following", "runs"),
    [
        (
            "Setelah kecelakaan PM kehilangan pekerjaan sebagai di bengkel dan",
            "mengurung diri",
            True,
        ),
        ("Latar Belakang Masalah", "klien datang diantar ibunya.", False),  # a short heading
        ("Setelah kecelakaan PM kehilangan pekerjaan sebagai montir", "PM menolak", False),
        ("Tujuan dan sasaran dari pertemuan pada hari ini:", "membangun relasi", False),
    ],
)
def test_a_line_runs_on_into_lower_case(text: str, following: str, runs: bool) -> None:
    assert runs_on(text, following) is runs


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("III. Hal Lain Yang Dicatat", True),  # the next Roman number: a heading nobody listed
        ("IV. Hal Lain Yang Dicatat", False),  # a number skipped: no sibling of `II.`
        ("1. Konseling keluarga", False),  # numbering starts again: an item under the heading
    ],
)
def test_a_line_numbered_next_in_roman_after_the_last_heading_is_a_heading(
    extractor: Extractor, line: str, heading: bool
) -> None:
    rows = [
        ("CATATAN KASUS", True),
        ("Nama Klien: Budi", False),
        ("I. Identitas Klien", False),
        ("Laki-laki, 14 tahun.", False),
        ("II. Masalah yang Dihadapi", False),
        ("Sering membolos.", False),
        (line, False),
        ("Ayahnya bekerja di luar kota.", False),
    ]
    raw = _walk(extractor, "case_record", rows, titled=True)
    assert ("Ayahnya" not in raw.fields["presenting_problem"].text) is heading
