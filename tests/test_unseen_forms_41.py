"""Variants first met on the forty-first corpora (written by authors who saw only the
contract), rewritten in our own words, each as DOCX and as a born-digital PDF:

- a crowded header line where OCR read a speck before a later label as a quote mark
  (`Case No.: LR/2024/071 ‘Opened: 19 February 2024 Status: Open`): the label is still cut
  off the value before it, and the speck belongs to neither;
- a diary typed in columns without rules (`09:30<TAB>40 min<TAB>Darren Holt<TAB>Drop-in …`,
  a DOCX's tabs or a PDF's gaps): each cell is a part of the entry, so the length is read,
  a name alone in its cell is the client, and a dash for a length no one wrote is no
  description;
- a photographed notebook page: its ruled lines, its margin and the paper's edges on a dark
  desk close cells whose writing is all in the last column; that is ruled paper, not a
  table, and its lines are read as the diary they are (real tesseract);
- a letterhead whose lines hold no agency's word (`LK3 SEHATI LOMBOK TIMUR` over `Layanan
  Konseling …`) over a title the schemas list: its opening line names who keeps the record;
- a confidentiality marking atop the letterhead, qualified after a dash (`RAHASIA – hanya
  untuk tim pendamping kasus`, `OFFICIAL - SENSITIVE`): the letterhead's lines are passed
  over as the record's furniture, but a marking among them is the record's;
- a list's bulleted items under its heading (`Attachments` / `- OASys assessment (October
  2023)`) are its items, though an item's words name another section (`assessment`);
- a label qualified by where (`Alamat di Semarang`, `Address in the UK`) names the field of its
  first words;
- numbered meetings' labels nobody listed, a date each (`Pertemuan I : Selasa, 2 April 2024`,
  `Pertemuan II : …`, `Session 3: …`): the dates of a summary's several interviews;
- a diary whose day lines carry the time, the length and the client after middle dots
  (`Monday 1 April 2024 · 09:15 · 45 min · Daniel Osei`), what happened on the line below,
  and a closing sentence ending with a date (`Log reviewed at team meeting, 8 April 2024.`),
  which opens no day;
- a leaflet for the people an agency supports, its sections speaking to the reader (`Ask your
  IDVA about …`), most of them under headings no field takes: no case note, though two of
  its headings read as a process record's (the Indonesian leaflet was never typed one: it
  guards the variant);
- a heading whose bold the reader missed (OCR does, now and then), set as large as the
  record's bold headings, short and alone in its block (`Summing up` between `Body language
  and tone` and `Agreed actions`): a heading too (the Indonesian `Penutupan`, a stem of a
  listed word, was found before: it guards the variant).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document as WordDocument

from pipeline.extract.extractor import extract_records
from pipeline.ingest import read_document
from tests.line_writers import records_of
from tests.ocr_marks import needs_ocr

FORMATS = ["docx", "pdf"]

SPECKED_HEADERS = {
    "en": (
        "##Case File - Intake",
        "Case No.: LR/KL/2024/071 \u2018Opened: 19 February 2024 Status: Open",
        "Client: Lalu Ahmad Fauzi",
        "Case officer: Nur Azman",
        "#Presenting problem",
        "Mr Fauzi and eleven co-workers have not been paid since November and their permits end next month.",
    ),
    "id": (
        "##Catatan Kasus",
        "No. Kasus: RPS/ETK/2024/019 \u2018Tanggal Dibuka: 4 Maret 2024 Status: Aktif",
        "Nama Klien: Yohana Lende",
        "Pekerja Sosial: Markus Ndun",
        "#Permasalahan",
        "Klien dipulangkan dari Malaysia tanpa dokumen dan gajinya selama delapan bulan belum dibayar.",
    ),
}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lang", sorted(SPECKED_HEADERS))
def test_a_speck_before_a_crowded_lines_label(tmp_path: Path, lang: str, fmt: str) -> None:
    (record,) = records_of(tmp_path, fmt, SPECKED_HEADERS[lang])
    assert record.record_type == "case_record"
    number = "LR/KL/2024/071" if lang == "en" else "RPS/ETK/2024/019"
    assert record.fields["case_number"] == number
    assert record.fields["date_opened"] == ("2024-02-19" if lang == "en" else "2024-03-04")
    assert "date_opened" not in record.missing_required


COLUMNED_DIARIES = {
    "en": (
        "Caseworker diary - week 15",
        "Caseworker: Sam Okafor",
        "Monday 8 April 2024",
        (
            "09:30",
            "40 min",
            "Darren Holt",
            "Drop-in after his licence ended; talked about training.",
        ),
        (
            "11:00",
            "90 min",
            "Kyle Brennan",
            "Met at the gate on release and took him to the Jobcentre.",
        ),
        (
            "14:15",
            "--",
            "Lee Firth",
            "Phone call from his sister: he has not been seen since Sunday.",
        ),
    ),
    "id": (
        "Buku harian pendamping - minggu 15",
        "Pendamping: Yustina Bere",
        "Senin, 8 April 2024",
        ("09.30", "40 menit", "Agus Salim", "Datang ke kantor setelah masa bimbingan selesai."),
        ("11.00", "90 menit", "Markus Ndun", "Menjemput di lapas dan mengantar ke dinas sosial."),
        ("14.15", "-", "Yohana Lende", "Telepon dari kakaknya: belum pulang sejak hari Minggu."),
    ),
}


def _columned_docx(path: Path, lines: tuple) -> Path:  # type: ignore[type-arg]
    doc = WordDocument()
    for line in lines:
        doc.add_paragraph("\t".join(line) if isinstance(line, tuple) else line)
    doc.save(path)
    return path


def _columned_pdf(path: Path, lines: tuple) -> Path:  # type: ignore[type-arg]
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    y = 780.0
    for line in lines:
        if isinstance(line, tuple):
            for x, cell in zip((50, 100, 160, 250), line, strict=True):
                canvas.drawString(x, y, cell)
        else:
            canvas.drawString(50, y, line)
        y -= 16
    canvas.save()
    return path


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lang", sorted(COLUMNED_DIARIES))
def test_a_diary_typed_in_columns(tmp_path: Path, lang: str, fmt: str) -> None:
    lines = COLUMNED_DIARIES[lang]
    writer = _columned_docx if fmt == "docx" else _columned_pdf
    (record,) = extract_records(read_document(writer(tmp_path / f"log.{fmt}", lines))).records
    assert record.record_type == "daily_log"
    entries = record.fields["entries"]
    rows = [line for line in lines if isinstance(line, tuple)]
    assert [e.get("client_name") for e in entries] == [row[2] for row in rows]
    assert [e.get("duration_minutes") for e in entries] == [40, 90, None]
    assert [e["description"] for e in entries] == [row[3] for row in rows]
    assert record.missing_required == ("entries[2].duration_minutes",)


NOTEBOOK_PAGE = (
    "Buku Harian Pendamping",
    "Pendamping: Dewi Kartika Sari",
    "Rabu, 13 Maret 2024",
    "07.45 (30 mnt) Operan pagi dengan perawat bangsal.",
    "09.00 (45 mnt) Ny. Wartini - cek kesiapan pulang besok.",
    "Kamis, 14 Maret 2024",
    "08.00 (60 mnt) Ny. Wartini - pemulangan, antar ke ambulans.",
    "13.00 (40 mnt) Rapat tim paliatif mingguan.",
)


def _photographed_notebook(path: Path) -> Path:
    from PIL import Image, ImageDraw, ImageFont

    step, desk, width = 60, 50, 1400
    height = step * (len(NOTEBOOK_PAGE) + 3)
    image = Image.new("L", (width + 2 * desk, height + 2 * desk), 70)
    draw = ImageDraw.Draw(image)
    draw.rectangle([desk, desk, desk + width, desk + height], fill=240)
    for k in range(1, height // step + 1):
        draw.line([(desk, desk + k * step + 19), (desk + width, desk + k * step + 19)], 110, 2)
    draw.line([(desk + 110, desk), (desk + 110, desk + height)], 120, 3)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 28)
    for k, text in enumerate(NOTEBOOK_PAGE):
        draw.text((desk + 130, desk + (k + 1) * step - 28), text, font=font, fill=20)
    image.save(path, dpi=(200, 200))
    return path


@needs_ocr
def test_a_photographed_notebooks_ruled_lines_are_no_table(tmp_path: Path) -> None:
    doc = read_document(_photographed_notebook(tmp_path / "diary.png"))
    assert all(block.table is None for block in doc.blocks)
    (record,) = extract_records(doc).records
    assert record.record_type == "daily_log"
    assert record.fields["worker_name"] == "Dewi Kartika Sari"
    entries = record.fields["entries"]
    assert [(e["date"], e["time"], e["duration_minutes"]) for e in entries] == [
        ("2024-03-13", "07:45", 30),
        ("2024-03-13", "09:00", 45),
        ("2024-03-14", "08:00", 60),
        ("2024-03-14", "13:00", 40),
    ]


UNWORDED_LETTERHEADS = {
    "id": (
        "#LK3 SEHATI LOMBOK TIMUR",
        "#Layanan Konseling Keluarga Pengungsi Gempa",
        "##CATATAN PROSES",
        "Nama Klien: Ibu Baiq Sumarni",
        "Pekerja Sosial: Lalu Hamdi",
        "Tanggal Wawancara: 12 Agustus 2018",
        "#Pendahuluan",
        "Wawancara kedua dilakukan di tenda keluarga setelah gempa susulan semalam.",
    ),
    "en": (
        "#HARAPAN ANAK INTERNATIONAL",
        "#Child Protection Team - Palu",
        "##Process Recording",
        "Client: Jono Oge",
        "Worker: Maria Tandi",
        "Date of interview: 14 October 2018",
        "#Introduction",
        "Second session with Jono at the child-friendly space after the aftershock last night.",
    ),
}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lang", sorted(UNWORDED_LETTERHEADS))
def test_a_letterheads_opening_line_with_no_agency_word(
    tmp_path: Path, lang: str, fmt: str
) -> None:
    (record,) = records_of(tmp_path, fmt, UNWORDED_LETTERHEADS[lang])
    assert record.record_type == "process_record"
    assert record.fields["agency_name"] == UNWORDED_LETTERHEADS[lang][0].lstrip("#")


MARKED_LETTERHEADS = {
    "id": (
        "RAHASIA \u2013 hanya untuk tim pendamping kasus",
        "#DINAS SOSIAL KABUPATEN SANGGAU",
        "Jl. Jenderal Sudirman No. 12, Sanggau",
        "##CATATAN KASUS",
        "No. Kasus: 045/PPA/SGU/2024",
        "Nama Klien: Marlina Ayu",
        "#Identitas Klien",
        "Klien perempuan berusia 22 tahun, dipulangkan dari Kuching bulan lalu.",
    ),
    "en": (
        "OFFICIAL - SENSITIVE",
        "#Leeds Probation Delivery Unit",
        "Waterloo House, 58 Wellington Street, Leeds",
        "##Case Record",
        "Case No.: LDS-2023-0871",
        "Client: Darren Holt",
        "#About Darren",
        "Darren is a 34-year-old man who grew up in Chapeltown and left school at sixteen.",
    ),
}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lang", sorted(MARKED_LETTERHEADS))
def test_a_marking_atop_the_letterhead(tmp_path: Path, lang: str, fmt: str) -> None:
    (record,) = records_of(tmp_path, fmt, MARKED_LETTERHEADS[lang])
    assert record.record_type == "case_record"
    assert record.fields["confidentiality"] == MARKED_LETTERHEADS[lang][0]
    assert "confidentiality" not in record.missing_recommended


LISTED_ATTACHMENTS = {
    "en": (
        "##Case Record",
        "Case No.: LDS-2023-0871",
        "Client: Darren Holt",
        "#Assessment",
        "Darren was rated medium risk; his needs were drugs, housing and work.",
        "#Attachments",
        "- OASys assessment (October 2023)",
        "- Approved premises move-on letter",
        "- Employment offer letter",
    ),
    "id": (
        "##Catatan Kasus",
        "No. Kasus: 045/PPA/SGU/2024",
        "Nama Klien: Marlina Ayu",
        "#Asesmen",
        "Klien mengalami trauma ringan dan membutuhkan pendampingan hukum.",
        "#Lampiran",
        "- Hasil asesmen psikolog (Maret 2024)",
        "- Surat keterangan dokter",
        "- Fotokopi KTP",
    ),
}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lang", sorted(LISTED_ATTACHMENTS))
def test_a_lists_items_are_no_headings(tmp_path: Path, lang: str, fmt: str) -> None:
    lines = LISTED_ATTACHMENTS[lang]
    (record,) = records_of(tmp_path, fmt, lines)
    assert record.fields["attachments"] == [line[2:] for line in lines[-3:]]
    assert record.fields["assessment"] == lines[4]


PLACED_LABELS = {
    "id": (
        "##Catatan Kasus",
        "No. Kasus: PSM/2024/03/052",
        "Nama: Sdr. Yohanes Seran",
        "Alamat di Semarang: Mes pekerja proyek Griya Pucang Asri, Kec. Pedurungan",
        "#Masalah yang Dihadapi",
        "Klien terjatuh dari perancah di lokasi proyek dan tidak memiliki jaminan kesehatan.",
    ),
    "en": (
        "##Case Record",
        "Case No.: MLRD/KL/2024/071",
        "Client: Lalu Ahmad Fauzi",
        "Address in Malaysia: Workers' hostel, Jalan Cheras 12, Kuala Lumpur",
        "#Presenting problem",
        "Mr Fauzi and eleven co-workers have not been paid since November last year.",
    ),
}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lang", sorted(PLACED_LABELS))
def test_a_label_qualified_by_where(tmp_path: Path, lang: str, fmt: str) -> None:
    lines = PLACED_LABELS[lang]
    (record,) = records_of(tmp_path, fmt, lines)
    assert record.fields["client_address"] == lines[3].partition(": ")[2]


NUMBERED_MEETINGS = {
    "id": (
        "##Catatan Proses Ringkas",
        "Nama Klien : Hendra Gunawan",
        "Pembimbing Kemasyarakatan : Sri Wulandari, S.Psi.",
        "Pertemuan I : Selasa, 2 April 2024",
        "Pertemuan II : Selasa, 16 April 2024",
        "Pertemuan III : Selasa, 30 April 2024",
        "#Ringkasan Hasil Pertemuan",
        "Pada pertemuan pertama klien menyampaikan bahwa ia merasa malu bertemu tetangga; "
        "pada pertemuan berikutnya ia mulai bekerja di bengkel pamannya.",
    ),
    "en": (
        "##Summarized Process Record",
        "Client: Tom Whitaker",
        "Probation officer: Hannah Cole",
        "Session 1: 2 April 2024",
        "Session 2: 16 April 2024",
        "Session 3: 30 April 2024",
        "#Summary",
        "At the first session Tom said he felt ashamed to meet his neighbours; by the third he "
        "had started work at his uncle's garage.",
    ),
}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lang", sorted(NUMBERED_MEETINGS))
def test_numbered_meetings_dates(tmp_path: Path, lang: str, fmt: str) -> None:
    (record,) = records_of(tmp_path, fmt, NUMBERED_MEETINGS[lang])
    assert record.record_type == "summarized_process_record"
    assert record.fields["interview_dates"] == ["2024-04-02", "2024-04-16", "2024-04-30"]


DOTTED_DAY_LINES = {
    "en": (
        "##Support Worker Daily Log",
        "Support worker: Jess Tran",
        "#Monday 1 April 2024 \u00b7 09:15 \u00b7 45 min \u00b7 Daniel Osei",
        "Met Daniel off the bus at the Hub; he travelled alone for the second time.",
        "#Monday 1 April 2024 \u00b7 13:00 \u00b7 90 min \u00b7 Kevin Doyle",
        "Cooking group: Kevin measured the ingredients with the picture recipe.",
        "#Tuesday 2 April 2024 \u00b7 10:00 \u00b7 Thomas Reilly",
        "Phone call from Thomas about the accessible bathroom during his visit next week.",
        "Log reviewed at team meeting, 8 April 2024.",
    ),
    "id": (
        "##Buku Harian Kader",
        "Kader: Tumini",
        "#Senin, 1 April 2024 \u00b7 09.15 \u00b7 45 menit \u00b7 Budi Santoso",
        "Mendampingi Budi naik angkutan desa ke puskesmas untuk kontrol kaki palsu.",
        "#Senin, 1 April 2024 \u00b7 13.00 \u00b7 90 menit \u00b7 Siti Aminah",
        "Kelompok memasak: Siti menakar bahan dengan resep bergambar.",
        "#Selasa, 2 April 2024 \u00b7 10.00 \u00b7 Wulan Sari",
        "Telepon dari Wulan tentang kamar mandi yang bisa dipakai kursi roda di balai desa.",
        "Catatan ini diperiksa dalam rapat tim, 8 April 2024.",
    ),
}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lang", sorted(DOTTED_DAY_LINES))
def test_a_diarys_day_lines_parted_by_middle_dots(tmp_path: Path, lang: str, fmt: str) -> None:
    (record,) = records_of(tmp_path, fmt, DOTTED_DAY_LINES[lang])
    assert record.record_type == "daily_log"
    entries = record.fields["entries"]
    assert [(e.get("time"), e.get("duration_minutes"), e.get("client_name")) for e in entries] == [
        ("09:15", 45, "Daniel Osei" if lang == "en" else "Budi Santoso"),
        ("13:00", 90, "Kevin Doyle" if lang == "en" else "Siti Aminah"),
        ("10:00", None, "Thomas Reilly" if lang == "en" else "Wulan Sari"),
    ]
    assert record.missing_required == ("entries[2].duration_minutes",)


READERS_LEAFLETS = {
    "en": (
        "Harbour Lane Domestic Abuse Services",
        "IDVA Service - 0114 496 0750 (Mon-Fri, 9am-5pm)",
        "#Going to court: what to expect",
        "This sheet is for anyone we are supporting through a criminal trial or a family court "
        "hearing. Your IDVA will go through it with you and answer any questions.",
        "#Before the day",
        "Ask your IDVA about special measures, such as a screen, giving evidence by video link, "
        "or having a supporter with you. You can ask for a pre-trial visit so you can see the "
        "courtroom before the hearing.",
        "#On the day",
        "Come to the agreed entrance. The Witness Service has a separate waiting room. Bring any "
        "medication, something to read and a snack; hearings often start late.",
        "#Giving evidence",
        "Take your time. If you do not understand a question, say so. You can ask for a break. "
        "You do not have to look at the defendant.",
        "#After the hearing",
        "Your IDVA will explain the outcome and any orders that were made, and will review your "
        "safety plan with you.",
    ),
    "id": (
        "UPTD PPA Kota Mataram",
        "Layanan Pendampingan - 0370 631 234 (Senin-Jumat, 08.00-16.00)",
        "#Menghadiri sidang: apa yang perlu Anda ketahui",
        "Lembar ini untuk siapa saja yang kami dampingi dalam sidang pidana atau sidang di "
        "pengadilan agama. Pendamping Anda akan membahasnya bersama Anda.",
        "#Sebelum hari sidang",
        "Tanyakan kepada pendamping Anda tentang ruang tunggu terpisah, memberi keterangan lewat "
        "video, atau ditemani orang yang Anda percaya.",
        "#Pada hari sidang",
        "Datang ke pintu masuk yang disepakati. Bawa obat-obatan, bacaan dan makanan ringan; "
        "sidang sering dimulai terlambat.",
        "#Memberi keterangan",
        "Jangan terburu-buru. Jika Anda tidak memahami pertanyaan, katakan saja. Anda boleh "
        "meminta istirahat.",
        "#Setelah sidang",
        "Pendamping Anda akan menjelaskan putusan dan meninjau rencana keselamatan Anda.",
    ),
}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lang", sorted(READERS_LEAFLETS))
def test_a_leaflet_for_the_reader_is_no_case_note(tmp_path: Path, lang: str, fmt: str) -> None:
    (record,) = records_of(tmp_path, fmt, READERS_LEAFLETS[lang])
    assert record.record_type == "unknown"


UNBOLDED_HEADINGS = {
    "en": (
        ("Process Recording", "title"),
        ("Tenant: Stephen Doyle", "body"),
        ("Keyworker: Aisha Rahman", "body"),
        ("Visit date: 12 February 2024", "body"),
        ("Setting the scene", "bold"),
        ("Stephen moved into his flat in November after eleven years of rough sleeping.", "body"),
        ("What was said", "bold"),
        ("Aisha: Hiya Stephen, thanks for letting me in. How are things?", "body"),
        ("Stephen: Alright. You're here about the complaint, aren't you?", "body"),
        ("Aisha: I am, partly. I wanted you to hear it from me first.", "body"),
        ("Stephen: She's always moaning. I play music to drown out the voices.", "body"),
        ("Summing up", "plain"),
        ("The noise complaint is linked to his voices getting worse since Christmas.", "body"),
        ("Agreed actions", "bold"),
        ("Bring headphones from the tenancy fund on Thursday and book the GP.", "body"),
    ),
    "id": (
        ("Catatan Proses", "title"),
        ("Nama Klien: Bapak Stefanus Dore", "body"),
        ("Pekerja Sosial: Aisyah Rahman", "body"),
        ("Tanggal Kunjungan: 12 Februari 2024", "body"),
        ("Pendahuluan", "bold"),
        (
            "Pak Stefanus pindah ke rumah susun pada bulan November setelah bertahun-tahun di jalan.",
            "body",
        ),
        ("Jalannya Wawancara", "bold"),
        ("Aisyah: Selamat pagi, Pak. Boleh saya masuk? Bagaimana kabarnya?", "body"),
        ("Stefanus: Baik. Ibu datang karena ada keluhan tetangga, kan?", "body"),
        ("Aisyah: Iya, sebagian. Saya ingin Bapak mendengarnya dari saya dulu.", "body"),
        ("Stefanus: Dia selalu mengeluh. Saya putar musik supaya suara-suara itu hilang.", "body"),
        ("Penutupan", "plain"),
        ("Keluhan tetangga berkaitan dengan suara-suara yang makin sering sejak Natal.", "body"),
        ("Rencana tindak lanjut", "bold"),
        ("Membawa headphone dari dana sewa hari Kamis dan membuat janji ke puskesmas.", "body"),
    ),
}
SIZES = {"title": 16, "bold": 11, "plain": 11, "body": 10}


def _unbolded_docx(path: Path, lines: tuple[tuple[str, str], ...]) -> Path:
    from docx.shared import Pt

    doc = WordDocument()
    for text, kind in lines:
        run = doc.add_paragraph().add_run(text)
        run.font.size = Pt(SIZES[kind])
        run.bold = kind in ("title", "bold")
    doc.save(str(path))
    return path


def _unbolded_pdf(path: Path, lines: tuple[tuple[str, str], ...]) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    y = 790.0
    for text, kind in lines:
        y -= 10 if kind in ("bold", "plain") else 0
        canvas.setFont("Helvetica-Bold" if kind in ("title", "bold") else "Helvetica", SIZES[kind])
        canvas.drawString(50, y, text)
        y -= SIZES[kind] + 8
    canvas.save()
    return path


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lang", sorted(UNBOLDED_HEADINGS))
def test_a_heading_the_reader_saw_no_bold_in(tmp_path: Path, lang: str, fmt: str) -> None:
    lines = UNBOLDED_HEADINGS[lang]
    writer = _unbolded_docx if fmt == "docx" else _unbolded_pdf
    (record,) = extract_records(read_document(writer(tmp_path / f"note.{fmt}", lines))).records
    assert record.record_type == "process_record"
    assert record.fields["conclusion"] == lines[12][0]
    assert lines[12][0] not in record.fields.get("interview_narrative", "")
