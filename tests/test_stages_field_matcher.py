"""What a line names (pipeline/extract/field_matcher.py) as decision tables: a label, heading,
cell or line in, the field (or verdict) out, with the shipped schemas and vocabulary.

A rule change in matching shows here as a moved row before it shows in a record.
Only listed synonyms are asked (`cascade=False`) unless a row says otherwise, so a
row pins the matching rule, not the classifier.
"""

from __future__ import annotations

import pytest

from pipeline.extract.crowded import crowded_parts
from pipeline.extract.extractor import Extractor, get_extractor
from pipeline.extract.field_matcher import FieldMatcher, numbering_class
from pipeline.extract.normalize import fold_words
from pipeline.extract.value_guess import guess_from_value


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return get_extractor()


def matcher(extractor: Extractor, record_type: str) -> FieldMatcher:
    spec = extractor.schemas.get(record_type)
    assert spec is not None
    return FieldMatcher(spec, extractor.index, extractor.vocabulary, extractor.cascade)


# (record type, label as written, the field it names or None)
LABELS = [
    ("case_record", "Nama Klien", "client_name"),
    ("case_record", "Client Name", "client_name"),
    ("case_record", "Nama", "client_name"),  # a bare "Nama" on a case record is the client's
    ("agency_record", "Name", "agency_name"),  # an agency's data book names the agency
    ("agency_record", "Nama", "agency_name"),
    ("agency_record", "Nama Ketua", None),
    ("daily_log", "Placement", "agency_name"),  # a student's placement is the agency
    ("daily_log", "Unit Kerja", "agency_name"),
    ("process_record", "Lembaga Tempat Praktik", "agency_name"),
    ("process_record", "Lokasi", "location"),
    ("case_record", "Tgl. Lahir", "client_birth_date"),  # an abbreviation read expanded
    ("case_record", "No. Kasus", "case_number"),
    ("case_record", "Nama Pekerja Sosial", "worker_name"),  # longer phrase wins over "Nama"
    ("case_record", "Tanggal Masuk Panti", "date_opened"),  # nearly whole, from its start
    ("case_record", "Status Kasus", "case_status"),
    ("case_record", "Alamat", "client_address"),
    ("case_record", "Hobi Klien", None),  # shares a word, names nothing
    ("case_record", "Asesmen Psikososial Keluarga Besar Klien", None),  # a heading is no label
    ("process_record", "Tanggal Wawancara", "interview_date"),
    ("daily_log", "Tanggal", None),  # a log's date is an entry column, not a header label
    ("process_record", "Student", None),  # a placement's student or a school's pupil: undecided
]


@pytest.mark.parametrize(("record_type", "label", "field"), LABELS)
def test_a_label_names_a_field(
    extractor: Extractor, record_type: str, label: str, field: str | None
) -> None:
    found = matcher(extractor, record_type).map(tuple(fold_words(label)), "label", cascade=False)
    assert ((found.spec.name, found.via) if found else None) == (field and (field, "synonym"))


# (record type, heading, strongly set apart, the field it names or None)
HEADINGS = [
    ("case_record", "RIWAYAT MASALAH", False, "presenting_problem"),
    ("case_record", "Masalah Klien", False, "presenting_problem"),
    ("case_record", "Asesmen", False, "assessment"),
    ("case_record", "Hasil Asesmen Psikologis Lanjutan", False, "assessment"),  # covered enough
    ("case_record", "Rencana Intervensi", False, "intervention_plan"),
    ("case_record", "Terminasi dan Rujukan Lanjutan ke Lembaga", False, "termination"),
    # A first word alone names a narrative only for a heading set apart by the layout.
    ("case_record", "Asesmen Psikososial Keluarga Besar Klien", False, None),
    ("case_record", "Asesmen Psikososial Keluarga Besar Klien", True, "assessment"),
    ("case_record", "Intervensi Bersama Jejaring Layanan Daerah", False, None),
    ("case_record", "Intervensi Bersama Jejaring Layanan Daerah", True, "interventions"),
    # English puts the noun last: the last words name it when they are half the heading.
    ("case_record", "Family Support Plan", False, None),
    ("case_record", "Family Support Plan", True, "intervention_plan"),
    ("case_record", "Riwayat", True, None),  # one shared word is not enough
    ("case_record", "Kegiatan Rekreasi", True, None),
    ("process_record", "Refleksi Pekerja Sosial", False, "worker_reflection"),
    ("summarized_record", "Ringkasan", False, "case_summary"),
]


@pytest.mark.parametrize(("record_type", "heading", "strong", "field"), HEADINGS)
def test_a_heading_names_a_field(
    extractor: Extractor, record_type: str, heading: str, strong: bool, field: str | None
) -> None:
    words = tuple(fold_words(heading))
    found = matcher(extractor, record_type).map(words, "heading", strong=strong, cascade=False)
    assert (found.spec.name if found else None) == field


# (table cell, the field it names or None): numbering and the trailing colon do not matter.
CELLS = [
    ("1. Nama Klien:", "client_name"),
    ("Nama Klien", "client_name"),
    ("A. Client's Name:", "client_name"),
    ("Tanggal Lahir :", "client_birth_date"),
    ("Hobi", None),
]


@pytest.mark.parametrize(("cell", "field"), CELLS)
def test_a_label_cell_names_a_field(extractor: Extractor, cell: str, field: str | None) -> None:
    found = matcher(extractor, "case_record").cell_field(cell)
    assert (found.name if found else None) == field


# (line, opens the sign-off?)
SIGNATURES = [
    ("Bandung, 28 Juni 2024", True),  # place, date
    ("Jakarta, 5 March 2024", True),
    ("Mengetahui,", True),  # an opener word
    ("Hormat kami,", True),
    ("Yours sincerely,", True),
    ("Approved by", True),
    ("Senin, 3 Juni 2024", False),  # a weekday is no place: a log's date line
    ("Tanggal Kunjungan: 3 Juni 2024", False),  # a label's date
    ("Pada 3 Juni 2024 klien datang bersama ibunya ke kantor dinas sosial", False),  # a sentence
]


@pytest.mark.parametrize(("line", "signature"), SIGNATURES)
def test_a_line_opens_the_sign_off(extractor: Extractor, line: str, signature: bool) -> None:
    assert matcher(extractor, "case_record").is_signature(line) is signature


# (label before a colon, is it a speaker tag of a dialogue?)
TURNS = [
    ("Klien", True),
    ("Pekerja Sosial", True),
    ("Worker", True),
    ("SW", True),
    ("Ibu", True),
    ("Nama Klien", False),
]


@pytest.mark.parametrize(("label", "turn"), TURNS)
def test_a_label_is_a_speaker_tag(extractor: Extractor, label: str, turn: bool) -> None:
    assert matcher(extractor, "process_record").is_turn(label) is turn


# (record type, header cells, column -> entry field)
ENTRY_HEADERS = [
    (
        "daily_log",
        ["Tanggal", "Waktu", "Kegiatan", "Durasi"],
        {0: "date", 1: "time", 2: "description", 3: "duration_minutes"},
    ),
    (
        "daily_log",
        ["No", "Date", "Time", "Activity", "Duration"],
        {1: "date", 2: "time", 3: "description", 4: "duration_minutes"},
    ),
    (  # a narrow cell broke a word
        "daily_log",
        ["Tanggal", "Duratio n", "Uraian Kegiatan"],
        {0: "date", 1: "duration_minutes", 2: "description"},
    ),
    (  # PKH's families (Keluarga Penerima Manfaat) are a social assistance worker's clients
        "daily_log",
        ["No", "Hari/Tgl", "Jam", "Lama", "Nama KPM", "Uraian Kegiatan", "Ket."],
        {1: "date", 2: "time", 3: "duration_minutes", 4: "client_name", 5: "description"},
    ),
    ("daily_log", ["Tanggal"], {}),  # one column is no entry table
    ("daily_log", ["Nama", "Alamat"], {}),
    ("case_record", ["Tanggal", "Waktu", "Kegiatan", "Durasi"], {}),  # a type with no entries
]


@pytest.mark.parametrize(("record_type", "cells", "columns"), ENTRY_HEADERS)
def test_a_header_row_names_entry_columns(
    extractor: Extractor, record_type: str, cells: list[str], columns: dict[int, str]
) -> None:
    assert matcher(extractor, record_type).entry_header(cells) == columns


# (line, where its first label's value starts, the parts a later label cuts it into)
CROWDED = [
    (
        "Nama Klien: Budi Santoso Alamat: Jl. Mawar 3",
        11,
        ["Nama Klien: Budi Santoso", "Alamat: Jl. Mawar 3"],
    ),
    ("Nama Klien: Budi No. Kasus: SK-12", 11, ["Nama Klien: Budi", "No. Kasus: SK-12"]),
    ("Catatan: jam 09:15 klien datang", 8, ["Catatan: jam 09:15 klien datang"]),  # a clock
    (  # after a speaker tag, a speaker tag is the next turn, not a label
        "Klien: saya capek Pekerja Sosial: kenapa?",
        6,
        ["Klien: saya capek Pekerja Sosial: kenapa?"],
    ),
    (  # a speaker word after a person's name is the header's next label
        "Client: Ms. Fenella Ashgrove Worker: Rukhsana Mirza",
        8,
        ["Client: Ms. Fenella Ashgrove", "Worker: Rukhsana Mirza"],
    ),
    (  # labels no case record lists: sentence case leaves the name whole
        "Service user: Mr. Caspian Ellery Outreach worker: Ngozi Adebayo-Wren Contact date: 22.10.2025",
        14,
        [
            "Service user: Mr. Caspian Ellery",
            "Outreach worker: Ngozi Adebayo-Wren",
            "Contact date: 22.10.2025",
        ],
    ),
    (  # a title-case label opening with a label word
        "Agency: St. Brigid's Hospice Outreach Client System: Mrs. Odile Fanshawe",
        8,
        ["Agency: St. Brigid's Hospice Outreach", "Client System: Mrs. Odile Fanshawe"],
    ),
    (  # a label of no field (the vocabulary's other labels), single-spaced
        "Nama: Sdr. Agus Umur: 34 th Jenis Kelamin: L",
        6,
        ["Nama: Sdr. Agus", "Umur: 34 th", "Jenis Kelamin: L"],
    ),
    (  # after a whole name, a capitalised word before a colon is a label
        "Client: Chloe Bennett PA: Mark Dunne",
        8,
        ["Client: Chloe Bennett", "PA: Mark Dunne"],
    ),
    (
        "Nama Klien: Mbah Sukinah Wisma: Melati",
        12,
        ["Nama Klien: Mbah Sukinah", "Wisma: Melati"],
    ),
    (  # ... and a word in lower case after it
        "Young person: Aaliyah Hussain YOT officer: Mark Davies",
        14,
        ["Young person: Aaliyah Hussain", "YOT officer: Mark Davies"],
    ),
    (  # reported speech in a sentence is no label
        "Catatan: pada kunjungan ini ibu klien bercerita panjang sekali tentang anaknya. Klien berkata: capek",
        9,
        [
            "Catatan: pada kunjungan ini ibu klien bercerita panjang sekali tentang anaknya."
            " Klien berkata: capek"
        ],
    ),
    (  # a quotation after the colon is speech
        'Comment: Mrs Hale Contact person: "call me later"',
        9,
        ['Comment: Mrs Hale Contact person: "call me later"'],
    ),
    (  # an address's parts are no labels
        "Alamat: Jl. Mawar 3 RT: 02 RW: 05",
        8,
        ["Alamat: Jl. Mawar 3 RT: 02 RW: 05"],
    ),
    (  # a tab after a label's colon parts it from its own value, not from the next column
        "Worker:\tAlicia Romero, LCSW\tSummary period:\t01/08/2024 - 03/29/2024",
        8,
        ["Worker:\tAlicia Romero, LCSW", "Summary period:\t01/08/2024 - 03/29/2024"],
    ),
    (  # an initial ends the name before the next label; it opens no label
        "Nama Klien : Sdr. A. Jenis Kelamin : Laki-laki",
        13,
        ["Nama Klien : Sdr. A.", "Jenis Kelamin : Laki-laki"],
    ),
    (  # tick boxes parted by column gaps are one value's options
        "Status Kasus: [ ] Aktif   [x] Selesai",
        13,
        ["Status Kasus: [ ] Aktif   [x] Selesai"],
    ),
]


@pytest.mark.parametrize(("line", "value_start", "parts"), CROWDED)
def test_later_labels_cut_a_crowded_line(
    extractor: Extractor, line: str, value_start: int, parts: list[str]
) -> None:
    first_label = line[: value_start - 1]
    assert crowded_parts(matcher(extractor, "case_record"), first_label, line, value_start) == parts


# (line whose colon was lost, the label tried first and the rest) or None: a label a synonym
# names whole, else the longest one that nearly matches
UNCOLONED = [
    ("Nama Klien Budi Santoso", ("client_name", "Nama Klien", "Budi Santoso")),
    # an honorific opens the value, in both languages, when the label is named without it
    (
        "Nama Klien Sdri. Wulan Permatasari",
        ("client_name", "Nama Klien", "Sdri. Wulan Permatasari"),
    ),
    ("Client Name Mrs. Ellen Pike", ("client_name", "Client Name", "Mrs. Ellen Pike")),
    ("Client Name Budi", ("client_name", "Client Name", "Budi")),
    ("Nomor Kasus 12/2024 dibuka", ("case_number", "Nomor Kasus", "12/2024 dibuka")),
    ("Budi datang", None),
    # an agency's word opening the line opens its name, the whole line
    (
        'Lembaga Penyelenggara Kesejahteraan Sosial "Bina Mandiri"',
        ("agency_name", "Lembaga", 'Lembaga Penyelenggara Kesejahteraan Sosial "Bina Mandiri"'),
    ),
    # ... but not a label's word that opens no name (`Agency`, its colon lost)
    ("Agency Eastmere Family Centre", ("agency_name", "Agency", "Eastmere Family Centre")),
]


@pytest.mark.parametrize(("line", "first"), UNCOLONED)
def test_a_label_without_its_colon(
    extractor: Extractor, line: str, first: tuple[str, str, str] | None
) -> None:
    ways = matcher(extractor, "case_record").uncoloned_labels(line)
    found = [(spec.name, label, rest) for spec, _, label, rest in ways]
    assert (found[0] if found else None) == first


# (numbering as read, the level it marks)
NUMBERINGS = [
    (None, None),
    ("1.", "decimal"),
    ("(2)", "decimal"),
    ("1.2", "decimal2"),
    ("1.2.3", "decimal3"),
    ("IV.", "roman"),
    ("A.", "upper"),
    ("a)", "lower"),
    ("•", "bullet"),
]


@pytest.mark.parametrize(("numbering", "level"), NUMBERINGS)
def test_numbering_marks_a_level(numbering: str | None, level: str | None) -> None:
    assert numbering_class(numbering) == level


# (record type, a label no synonym or stem names, its value, fields already filled, the guess)
VALUE_GUESSES = [
    ("process_record", "Waktu Pertemuan Ini", "Senin, 4 Maret 2024", (), "interview_date"),
    ("process_record", "Waktu Pertemuan Ini", "Senin, 4 Maret 2024", ("interview_date",), None),
    ("process_record", "Waktu Pertemuan Ini", "Maret 2024", (), None),  # a month is no date
    # a date, but the label alone does not name the interview's (an incident's day)
    ("process_record", "Hari Kejadian", "Senin, 4 Maret 2024", (), None),
    ("process_record", "Tanggal Lahir", "4 Maret 2010", (), None),  # another type's birth date
    ("process_record", "Kali Ke", "3", (), "session_number"),
    ("process_record", "Kali Ke", "3 kali seminggu", (), None),  # a number in words is text
    ("process_record", "Penerima Layanan", "Ibu Sari Wulandari", (), "client_name"),  # a person
    ("process_record", "Pendamping Lapangan", "Bapak Joko Susilo", (), "worker_name"),
    ("process_record", "Penerima Layanan", "Ibu Sari", ("client_name", "worker_name"), None),
    ("process_record", "Penerima Layanan", "Sari Wulandari", (), None),  # no honorific: anything
    # a name with a degree after it is a worker's, whatever the label
    ("daily_log", "Tim Lapangan", "Endah Wibowo, S.Sos., M.Si.", (), "worker_name"),
    ("process_record", "Tim Lapangan", "Endah Wibowo, S.Sos., M.Si.", (), "worker_name"),
    ("daily_log", "Tim Lapangan", "Endah Wibowo, S.Sos.", ("worker_name",), None),
    # a label naming another type's section (`Asesmen`) names no name's field
    ("daily_log", "Asesmen", "Endah Wibowo, S.Sos., M.Si.", (), "worker_name"),
    ("process_record", "Kode Arsip", "PS/045/2024", (), "case_number"),  # a code is the case's
    ("process_record", "Kode Arsip", "Maret 2024", (), None),  # words are no code
    ("process_record", "Kode Arsip", "12/03/2024", (), None),  # a date under a code's label
    # a few plain words: a text field with no shape of its own, or one whose shape they fit
    ("case_record", "Referred on by", "SD Negeri Kampung Melayu 03", (), "referral_source"),
    ("case_record", "Religion of child", "Katolik", ("client_sex",), None),  # no field holds it
    ("process_record", "Tempat Bertemu", "Rumah klien, Desa Cibadak", (), "location"),
    ("process_record", "Tempat Bertemu", "rumahnya sendiri, seperti biasa", (), None),  # no place's name
    ("case_record", "Agama", "Islam", (), None),  # a label no field's
    ("case_record", "Status Perkawinan", "Kawin", (), None),  # no value of the case's status
    ("case_record", "Nama Sekolah", "SD Negeri 7 Sumerta", (), None),  # reads as a person's label
    # a sentence is no field's value
    ("case_record", "Referred on by", "The school sent her to us after three weeks away", (), None),
]  # fmt: skip


@pytest.mark.parametrize(("record_type", "label", "value", "taken", "field"), VALUE_GUESSES)
def test_a_label_nobody_listed_is_read_from_its_value(
    extractor: Extractor,
    record_type: str,
    label: str,
    value: str,
    taken: tuple[str, ...],
    field: str | None,
) -> None:
    words = tuple(fold_words(label))
    assert matcher(extractor, record_type).map(words, "label") is None  # nobody listed it
    guess = guess_from_value(matcher(extractor, record_type), words, value, taken)
    assert (guess.spec.name if guess else None) == field
    # `arsip` is a word only the case number's synonyms have, and a code only a case's shape
    by_own_word = (label, value) == ("Kode Arsip", "PS/045/2024")
    by_degree = "S.Sos." in value
    assert guess is None or guess.via == (
        "stem" if by_own_word else "value" if by_degree else "model"
    )


# (record type, a label no synonym names, its value, fields filled already, the field its value's
# shape (`x-shape`) gives, via "value")
SHAPE_GUESSES = [
    ("agency_record", "Find us at", "Jl. Kemang Timur Raya No. 7, South Jakarta 12730", (), "address"),
    ("agency_record", "Find us at", "24 Upper Wickham Lane, Leeds LS2 7QT", (), "address"),
    ("case_record", "Whereabouts", "Kampung Cikukulu RT 02/RW 05, Desa Cibadak", (), "client_address"),
    ("agency_record", "Find us at", "Jl. Kemang Timur Raya No. 7", ("address",), None),  # filled
    ("agency_record", "Find us at", "Dusun Krajan dan Ngemplak", (), None),  # a place, no street
    ("agency_record", "Find us at", "Telp. (0266) 531 207", (), None),  # a contact line
    ("process_record", "Find us at", "Jl. Kemang Timur Raya No. 7", (), None),  # no address field
    # an agency's name under a label holding an agency word
    ("summarized_process_record", "Service", "Riverbend Family Support Service", (), "agency_name"),
    ("process_record", "Field agency", "Lakeside County Department of Human Services", (), "agency_name"),
    ("process_record", "Field agency", "see attached", (), None),  # no agency's name
    ("process_record", "Dirujuk dari", "Puskesmas Cibeber", (), None),  # no agency word in the label
    # a sex, whole: only the client's sex holds one
    ("case_record", "Jantina", "Laki-laki", (), "client_sex"),
    ("case_record", "Jantina", "Female", (), "client_sex"),
    ("case_record", "Jantina", "Female", ("client_sex",), None),  # filled
    ("case_record", "Jantina", "Female carer, aged 40", (), None),  # not a sex alone
    ("process_record", "Jantina", "Female", (), None),  # no sex field
    # several dates: only a field of several dates holds them
    ("summarized_process_record", "Hari Bertemu", "5, 12 dan 19 Maret 2024", (), "interview_dates"),
    ("summarized_process_record", "Hari Bertemu", "5 Maret 2024", (), None),  # one date: which?
    # a word of the label's own (`Seen`, in `Where seen`) names no place holding dates
    ("summarized_process_record", "Seen", "6 March 2024 and 13 March 2024", (), "interview_dates"),
    ("summarized_record", "Hari Bertemu", "1 Feb – 30 Apr 2021", (), None),  # a period's two ends
    # a few words naming one value of one enumeration, an aside and a gloss apart
    ("agency_record", "Area of operation", "Sub-county level (district) – Ruwani Sub-County", (), "service_authority"),
    ("agency_record", "Area of operation", "National (branches in four States)", (), "service_authority"),
    ("agency_record", "Area of operation", "National", ("service_authority",), None),  # filled
    ("agency_record", "Julukan", "Pusat Pelayanan Sosial Lansia Harian Guyub Rukun", (), None),  # a name
    # a reference code is the case's number, the one code a record has
    ("process_record", "Participant ID", "PH-JKT-2023-031", (), "case_number"),
    ("case_record", "Kartu Layanan", "PSAA-TH/2022/019", (), "case_number"),
    ("process_record", "Participant ID", "PH-JKT-2023-031", ("case_number",), None),  # filled
    ("agency_record", "Nomor Tanda Daftar LKS", "460/031/LKS/2016", (), None),  # no case here
    ("process_record", "Participant ID", "12/03/2024", (), None),  # a date, no code
    # figures alone under a label ending in an identifier word: the record's number
    ("summarized_record", "HMIS ID", "220415", (), "case_number"),
    ("case_record", "Register number", "2231", (), "case_number"),
    ("case_record", "Mobile no.", "081234567", (), None),  # a phone's number, no case's
    ("case_record", "Jumlah anak", "3", (), None),
]  # fmt: skip


@pytest.mark.parametrize(("record_type", "label", "value", "taken", "field"), SHAPE_GUESSES)
def test_a_label_nobody_listed_is_read_from_its_values_shape(
    extractor: Extractor,
    record_type: str,
    label: str,
    value: str,
    taken: tuple[str, ...],
    field: str | None,
) -> None:
    words = tuple(fold_words(label))
    assert matcher(extractor, record_type).map(words, "label") is None  # nobody listed it
    guess = guess_from_value(matcher(extractor, record_type), words, value, taken)
    assert ((guess.spec.name, guess.via) if guess else None) == (
        (field, "value") if field else None
    )


# (record type, a label no synonym names, its value, the field named by a word of its own)
OWN_WORD_GUESSES = [
    ("case_record", "Allocated practitioner", "Tomasz Wierzbicki, MSW", "worker_name"),
    ("summarized_record", "Child", "Tamsin Oduya-Reeve", "client_name"),
    ("summarized_record", "Supervising social worker", "Gareth Llewellyn-Price", "worker_name"),
    ("case_record", "Allocated practitioner", "Team B", None),  # a team is nobody's name
    # `petugas` (an officer) stems to `tugas` (a task): the area of a task names no one
    ("case_record", "Wilayah Tugas", "Kecamatan Kalasan dan Ngemplak", None),
    ("case_record", "Allocated practitioner", "sees the family weekly", None),  # not a name
    # a place written as a name, under a label holding a word only the place's synonyms have
    (
        "process_record",
        "Lokasi Pertemuan Hari Itu",
        "Rumah Aman UPTD PPA Kota Surabaya",
        "location",
    ),
    ("process_record", "Venue of the talk", "Pelita Hati office, counselling room 2", "location"),
    ("process_record", "Venue of the talk", "She came in late and sat down.", None),  # a sentence
    ("process_record", "Venue of the talk", "Ms. Nur Permana", None),  # whom, not where
    ("process_record", "Venue of the talk", "2nd April 2024", None),  # when, not where
    # a place named after a comma, the first words in lower case
    ("process_record", "Where", "family room, Cedar Ward", "location"),
    ("process_record", "Where", "at home with her daughter", None),  # no place named
]


@pytest.mark.parametrize(("record_type", "label", "value", "field"), OWN_WORD_GUESSES)
def test_a_label_names_a_field_by_a_word_of_its_own(
    extractor: Extractor, record_type: str, label: str, value: str, field: str | None
) -> None:
    words = tuple(fold_words(label))
    assert matcher(extractor, record_type).map(words, "label") is None  # nobody listed it
    guess = guess_from_value(matcher(extractor, record_type), words, value, ())
    assert ((guess.spec.name, guess.via) if guess else None) == ((field, "stem") if field else None)


# (a label's value, shaped like one person's name)
PERSON_NAMES = [
    ("VIII-C", False),  # a school class (`Kelas : VIII-C`), not the worker nobody named
    ("XI IPA", False),
    ("I Gede Putu Arsana", True),  # a Balinese name's I is no numeral
    ("Amara Mbeki", True),
    ("Tomasz Wierzbicki, MSW", True),
    ("Y.", True),
    ("Oma Hendrika Lumbantoruan", True),
    ("Benarkah? Kalau begitu saya mau coba.", False),  # what the client said
    ("Kecamatan Kalasan dan Ngemplak", False),  # a place, and two of them
    ("Panti Sosial Tresna Werdha", False),  # an agency
    ("Budi (12 tahun)", True),  # an aside in brackets after the name: the age
    ("Jayden Brooks (Grade 7)", True),
    ("Budi 12 tahun", False),  # a figure outside brackets: more than a name
    ("sees the family weekly", False),
    ("An. Endah Santoso", True),  # "An." (Anak) opens it, though "an" is no name's word
    ("An Endah Santoso", True),
    ("an old woman", False),
    ("Ratna Suryadi, A.KS", True),  # the degree's "A" is no joining word
    ("Nurul Hikmah, A.Md.IP., S.H.", True),  # a degree nobody listed, by its dotted shape
    ("Laki-laki", False),  # a sex
    ("Female", False),
    ("Dalam Penanganan", False),  # a value of the type's enumeration (case_status), capitalised
    ("Active", False),
]


@pytest.mark.parametrize(
    ("label", "holding", "names"),
    [
        (("sumber", "dana"), None, True),  # an agency record's field, not a process record's
        (("pencatatan",), None, True),  # an agency record's section
        (("pencatatan",), ("text",), False),  # ... which holds no short text such as a name
    ],
)
def test_a_label_names_another_types_field(
    extractor: Extractor, label: tuple[str, ...], holding: tuple[str, ...] | None, names: bool
) -> None:
    assert matcher(extractor, "process_record").names_another_type(label, holding) is names


@pytest.mark.parametrize(("value", "name"), PERSON_NAMES)
def test_a_value_is_shaped_like_a_name(extractor: Extractor, value: str, name: bool) -> None:
    assert matcher(extractor, "case_record").people.is_person_name(value) is name


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("David and Grace Ellison", True),
        ("Bapak Hendra dan Ibu Lestari", True),
        ("Intake & Assessment", False),  # a team's name: a section's words are no one's name
        ("Asesmen Lanjutan", False),
    ],
)
def test_a_value_names_one_person_or_a_couple(
    extractor: Extractor, value: str, names: bool
) -> None:
    assert matcher(extractor, "case_record").people.names_people(value) is names


# (a name, carrying a degree after it: a professional's)
PROFESSIONALS = [
    ("Kartini Pratama, A.KS", True),
    ("Nurul Hikmah, A.Md.IP., S.H.", True),  # `A.Md.IP.` is listed nowhere: its shape tells
    ("Dewi Anggraini, S.Tr.Keb.", True),
    ("Sri Rahayu Handayani, A.Md.IP", True),  # its last stop left off
    ("Sri R. Wahyuni", False),  # an initial inside a name is no degree
    ("R.A. Kartini", False),
    ("Budi Santoso", False),
]


@pytest.mark.parametrize(("value", "professional"), PROFESSIONALS)
def test_a_degree_after_a_name_makes_it_a_professionals(
    extractor: Extractor, value: str, professional: bool
) -> None:
    assert matcher(extractor, "case_record").people.is_professional(value) is professional


@pytest.mark.parametrize(
    ("heading", "field"),
    [
        ("Reactions", "worker_reflection"),  # `reaction`: a word of `Worker's Reactions` alone
        ("Ending", "conclusion"),
        ("Closing words", None),  # `words` is no section's own word
        ("Summary of the opening reactions", None),  # longer: the classifier's to read
    ],
)
def test_a_short_heading_of_one_sections_own_words_names_it(
    extractor: Extractor, heading: str, field: str | None
) -> None:
    words = tuple(fold_words(heading))
    found = matcher(extractor, "process_record").map(words, "heading", body="Some text under it.")
    if field is None:
        assert found is None or found.via == "model"
    else:
        assert found is not None
        assert (found.spec.name, found.via) == (field, "stem")


# (a form's label cell, the field it names in a case record)
CELLS = [
    ("Child / Client", "client_name"),  # two names for one value; one part is listed
    ("Klien / Anak", "client_name"),
    ("Case Number", "case_number"),
    ("Supervisor / Program", None),  # neither part names a field
]


@pytest.mark.parametrize(("cell", "name"), CELLS)
def test_a_label_cell_naming_a_field_in_one_of_its_parts(
    extractor: Extractor, cell: str, name: str | None
) -> None:
    found = matcher(extractor, "case_record").cell_field(cell)
    assert (found.name if found else None) == name
