"""Variants first met on the thirty-ninth corpora and real excerpts (written by authors who
saw only the contract, or published), rewritten in our own words, each as DOCX and as a
born-digital PDF:

- a worked example run in at its paragraph's head (`Example #1: Situation: …`) on a
  guidance page is part of its text, no run-in heading the classifier reads for a section;
- a dialogue whose worker speaks under a label listed for the worker's name (`Worker:
  Hello, Walter.`) and whose client speaks under his own name (`Walter: …`): both are
  speakers, and the dialogue under a heading nobody listed (`The conversation`) is the
  dialogue, not its introduction;
- an invitation on an agency's paper (a subject line, `Kepada Yth.` / `Dear …`) whose event
  details and timed programme (`Hari/Tanggal`, `Pukul`, `Tempat`, a table of times) vote for a
  log and a case alike is a letter, no case note: votes that agree on no type do not outweigh
  its salutation and subject line;
- a round bullet OCR read as a cent sign (`¢<TAB>Process recordings, sessions I to 3`, the
  vocabulary hold-out's scans) opens a list item, which titles no record;
- a folder's next form on a new page, under a title set as large as the first record's that
  names a document though a field's word is in it (`Progress Summary`, `Ringkasan
  Perkembangan`) and over a grid of labels nobody listed, is the next record, not the first
  one's continuation (the vocabulary hold-out's scanned folders), and the line that started
  it is its title;
- a title nobody listed whose words name the dialogue too (`Laporan Jalannya Wawancara`,
  `Interview Transcript`), over the record's labels: a title, not the dialogue's heading
  swallowing the client's, worker's and date's labels;
- a heading whose last words follow a preposition (`Aim of the interview`, `Timing of the
  assessment`) is not named by them: English puts a compound's noun last (`Family Support
  Plan`), but the noun of `X of Y` is X;
- a process recording in columns whose speakers are first names nobody lists (`Hannah: Hi
  Daniel …` / `Daniel: Whatever.`) under headers nobody lists: the turns in the cells make
  the speakers, so the column is the dialogue and the ones beside it the reflection;
- a group session's plan (`0:00–0:15 Check-in`, `0:15–0:45 Mapping …`): slots back to back
  and no date is a programme, no worker's diary; a dated day of back-to-back visits is one;
- a blank's words after a dash (`— belum diisi`, `- N/A`, fortieth corpus A) are a blank;
- a diary line naming its client by a first name alone before a dash (`13.00 (60 mnt) Wulan –
  belajar membaca …`): a given name of the lexicon is the client, the rest what happened.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.extract.extractor import get_extractor
from pipeline.extract.field_matcher import FieldMatcher
from pipeline.extract.lines import Line
from pipeline.extract.matching import line_key
from pipeline.extract.normalize import fold_words
from pipeline.extract.prompts import is_placeholder
from pipeline.extract.segment import title_of
from pipeline.extract.unnamed_text import run_in_text
from pipeline.vocabulary import load_vocabulary, using
from tests.line_writers import records_of

FORMATS = ["docx", "pdf"]


def _line(text: str) -> Line:
    return Line(text, 1, 0, True, True, False, line_key(text))


@pytest.mark.parametrize(
    ("label", "value", "runs_in"),
    [
        ("Example #1", "Situation: A parent arrived forty minutes late and walked out.", False),
        ("Contoh no. 2", "Situasi: Seorang ibu datang terlambat dan langsung pulang lagi.", False),
        ("How I understand it", "The difficulties appear to have started after the move.", True),
    ],
)
def test_a_worked_example_run_in_is_no_sections_heading(
    label: str, value: str, runs_in: bool
) -> None:
    lines = [_line(f"{label}: {value}")]
    assert (run_in_text(lines, 0, label, value) is not None) is runs_in


SPOKEN_UNDER_A_NAME = {
    "en": (
        "##Process Recording",
        "Patient: Mr. Walter Briggs",
        "Worker: Rachel Adeyemi",
        "Date of visit: 16 May 2024",
        "#What led up to this visit",
        "Mr. Briggs has end-stage lung disease. On my first visit his wife told me he will not talk about what happens next, and the nurse asked me to come back.",
        "#The conversation",
        "Worker: Hello, Walter. Joan said you had a rough night.",
        "Walter: Couldn't get my breath. Thought that was it.",
        "Worker: That sounds frightening. What went through your mind?",
        "Walter: That I don't want them pumping on my chest.",
        "Worker: Have you been able to say that to Joan?",
        "Walter: She cries if I start.",
        "#Where things stand",
        "Walter does not want resuscitation and agrees to a joint conversation with Joan next week.",
    ),
    "id": (
        "##Catatan Proses",
        "Klien: Bapak Darmo Sutikno",
        "Pekerja: Sri Lestari",
        "Tanggal kunjungan: 16 Mei 2024",
        "#Yang mendahului kunjungan ini",
        "Pak Darmo menderita penyakit paru berat. Pada kunjungan pertama istrinya bercerita bahwa ia tidak mau membicarakan apa yang akan terjadi, dan perawat meminta saya datang lagi.",
        "#Percakapan kami",
        "Pekerja: Selamat pagi, Pak Darmo. Kata Ibu semalam Bapak sesak?",
        "Darmo: Iya, susah napas. Saya kira sudah waktunya.",
        "Pekerja: Itu pasti menakutkan. Apa yang Bapak pikirkan saat itu?",
        "Darmo: Saya tidak mau dadanya ditekan-tekan.",
        "Pekerja: Apakah Bapak sudah bilang ke Ibu?",
        "Darmo: Dia menangis kalau saya mulai bicara.",
        "#Posisi saat ini",
        "Pak Darmo tidak menghendaki resusitasi dan setuju berbicara bersama istrinya minggu depan.",
    ),
}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lang", sorted(SPOKEN_UNDER_A_NAME))
def test_a_client_speaking_under_his_name_beside_a_listed_worker(
    tmp_path: Path, lang: str, fmt: str
) -> None:
    (record,) = records_of(tmp_path, fmt, SPOKEN_UNDER_A_NAME[lang])
    assert record.record_type == "process_record"
    dialogue = record.fields["interview_narrative"]
    client = "Walter" if lang == "en" else "Darmo"
    assert dialogue.startswith(("Worker: Hello", "Pekerja: Selamat pagi"))
    assert dialogue.count(f"{client}:") == 3
    assert "introduction" not in record.fields or "Hello" not in record.fields["introduction"]


INVITATIONS = {
    "id": (
        "#PEMERINTAH KABUPATEN SUKAMAJU",
        "#UPTD PUSKESMAS SUKAMAJU",
        "Jl. Kenanga No. 12, Sukamaju",
        "Nomor : 440/127/PKM/IV/2024",
        "Lampiran : 1 (satu) lembar",
        "Perihal : Undangan Pertemuan Keluarga Pendamping",
        "Kepada Yth. Bapak/Ibu keluarga pendamping di wilayah kerja Puskesmas Sukamaju",
        "Dengan hormat,",
        "Dalam rangka meningkatkan kemampuan keluarga merawat anggota keluarga di rumah, kami "
        "mengundang Bapak/Ibu pada:",
        "Hari/Tanggal : Sabtu, 20 April 2024",
        "Waktu : 09.00 - 12.00 WIB",
        "Tempat : Aula Balai Desa Sukamaju",
        "Acara : Mengenali tanda-tanda kekambuhan",
        "| Waktu | Kegiatan | Penanggung jawab",
        "| 09.00 - 09.30 | Registrasi dan pembukaan | Kepala Puskesmas",
        "| 09.30 - 10.30 | Mengenal gangguan jiwa dan pengobatannya | dr. Lestiani",
        "| 10.30 - 12.00 | Tanya jawab dan penutup | Tim Keswa",
        "Atas perhatian dan kehadiran Bapak/Ibu kami ucapkan terima kasih.",
        "Kepala UPTD Puskesmas Sukamaju,",
        "dr. Hendra Wicaksono",
    ),
    "en": (
        "#RIVERSIDE FAMILY SERVICES",
        "14 Mill Lane, Riverside",
        "Re: Carers' information morning",
        "Dear carers,",
        "You are invited to our information morning on supporting a relative at home.",
        "Date: Saturday, 20 April 2024",
        "Time: 09:00 - 12:00",
        "Venue: Hall 2, Riverside Community Centre",
        "Agenda: recognising early signs of relapse",
        "| Time | Session | Led by",
        "| 09:00 - 09:30 | Registration and welcome | Service manager",
        "| 09:30 - 10:30 | Understanding treatment | Dr. Lee",
        "| 10:30 - 12:00 | Questions and close | Carers' team",
        "Yours sincerely,",
        "Joanne Pike",
        "Carers' Lead",
    ),
}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lang", sorted(INVITATIONS))
def test_an_invitation_whose_votes_agree_on_no_type_is_a_letter(
    tmp_path: Path, lang: str, fmt: str
) -> None:
    (record,) = records_of(tmp_path, fmt, INVITATIONS[lang])
    assert record.record_type == "unknown"
    assert record.missing_required == ()


@pytest.mark.parametrize(
    "text", ["¢\tProcess recordings, sessions I to 3", "¢ Catatan proses pertemuan 1 sampai 3"]
)
def test_a_bullet_ocr_read_as_a_cent_sign_opens_a_list_item(text: str) -> None:
    extractor = get_extractor()
    with using(extractor.vocabulary):
        line = Line(text, 1, 0, True, True, True, line_key(text))
        assert line.numbering == "¢"
        assert title_of(line, extractor.index) is None


FOLDERS = {
    "en": (
        "##LOGBOOK",
        "| Social worker | Siti Setiawan, S.Tr.Sos.",
        "| Week | 18-22 March 2024",
        "Entries:",
        "| Date | Time | Duration | Activity | Client",
        "| Monday, 18 March 2024 | 09:00 | 1 hour | Home visit: checked the food parcel | Mrs. Yuni",
        "| Tuesday, 19 March 2024 | 13:30 | 45 minutes | Case conference at the school | Mrs. Yuni",
        "\f",
        "##Progress Summary",
        "| Medical Record Number | PH-JKT-2024-031",
        "| Clients Seen | Mrs. Yuni Rahayu",
        "| Name | Ani Kurniawan, S.Sos.",
        "| Period Covered | 1 February 2024 to 30 April 2024",
        "#1. Reports Covered",
        "- School referral, 20 February 2024",
        "- Process recordings, sessions 1 to 3",
        "#2. Case Synopsis",
        "The family was referred by the school because of repeated lateness and hunger. The "
        "mother started treatment at the puskesmas and received food assistance.",
    ),
    "id": (
        "##BUKU KEGIATAN",
        "| Pekerja sosial | Siti Setiawan, S.Tr.Sos.",
        "| Minggu | 18-22 Maret 2024",
        "Kegiatan:",
        "| Tanggal | Jam | Lama | Kegiatan | Klien",
        "| Senin, 18 Maret 2024 | 09.00 | 1 jam | Kunjungan rumah: memeriksa bantuan pangan | Ibu Yuni",
        "| Selasa, 19 Maret 2024 | 13.30 | 45 menit | Rapat kasus di sekolah | Ibu Yuni",
        "\f",
        "##Ringkasan Perkembangan",
        "| Nomor Rekam Medis | PH-JKT-2024-031",
        "| Klien yang ditemui | Ibu Yuni Rahayu",
        "| Nama | Ani Kurniawan, S.Sos.",
        "| Masa | 1 Februari 2024 s.d. 30 April 2024",
        "#1. Laporan yang Dirangkum",
        "- Rujukan sekolah, 20 Februari 2024",
        "- Catatan proses pertemuan 1 sampai 3",
        "#2. Ringkasan Kasus",
        "Keluarga dirujuk oleh sekolah karena anak sering terlambat dan lapar. Ibu mulai berobat "
        "di puskesmas dan menerima bantuan pangan.",
    ),
}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lang", sorted(FOLDERS))
def test_a_folders_next_form_titled_with_a_fields_word(tmp_path: Path, lang: str, fmt: str) -> None:
    records = records_of(tmp_path, fmt, FOLDERS[lang])
    assert [(r.record_type, r.pages) for r in records] == [
        ("daily_log", (1, 1)),
        ("summarized_record", (2, 2)),
    ]


def _interview(title: str, client: str, date: str, lang: str) -> tuple[str, ...]:
    if lang == "id":
        return (
            f"##{title}",
            f"Klien : {client}",
            "Pekerja Sosial : Rina Marlina, S.Tr.Sos.",
            f"Tanggal Wawancara : {date}",
            "#Pendahuluan",
            "Kunjungan ke rumah klien setelah rujukan dari puskesmas tentang anak yang putus "
            "sekolah.",
            "#Percakapan",
            "Pekerja Sosial: Selamat pagi. Bagaimana kabar hari ini?",
            "Klien: Baik, Bu. Tapi saya bingung soal sekolah Andi.",
            "Pekerja Sosial: Apa yang membuat bingung?",
            "Klien: Biayanya, Bu. Kami tidak punya uang untuk seragam.",
            "#Kesimpulan",
            "Keluarga membutuhkan bantuan biaya sekolah dan akan dirujuk ke program pendidikan.",
        )
    return (
        f"##{title}",
        f"Client : {client}",
        "Social Worker : Rachel Adeyemi",
        f"Date of interview : {date}",
        "#Introduction",
        "A home visit after the clinic's referral about a boy who has stopped going to school.",
        "#The conversation",
        "Social Worker: Good morning. How are things today?",
        "Client: All right. But I am worried about Andy's school.",
        "Social Worker: What worries you most?",
        "Client: The cost. We have no money for the uniform.",
        "#Conclusion",
        "The family needs help with school costs and will be referred to the education fund.",
    )


INTERVIEW_FOLDERS = {
    "id": _interview("CATATAN PROSES", "Ibu Sumarni", "3 Maret 2024", "id")
    + ("\f",)
    + _interview("Laporan Jalannya Wawancara", "Bapak Darmo", "10 Maret 2024", "id"),
    "en": _interview("PROCESS RECORDING", "Mrs. Sue Marsh", "3 March 2024", "en")
    + ("\f",)
    + _interview("Interview Transcript", "Mr. Dan Marsh", "10 March 2024", "en"),
}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lang", sorted(INTERVIEW_FOLDERS))
def test_a_title_naming_the_dialogue_over_the_records_labels(
    tmp_path: Path, lang: str, fmt: str
) -> None:
    first, second = records_of(tmp_path, fmt, INTERVIEW_FOLDERS[lang])
    assert second.pages == (2, 2)
    assert second.fields["client_name"] in ("Bapak Darmo", "Mr. Dan Marsh")
    assert second.fields["interview_date"] == ("2024-03-10")
    assert second.fields["interview_narrative"].startswith(("Pekerja Sosial:", "Social Worker:"))
    assert second.missing_required == ()


UNLISTED_HEADERS = {
    "id": (
        "##Laporan Jalannya Wawancara",
        "KPM : Sdri. Sri Nugroho",
        "Nama Mahasiswa : Dewi Siregar, S.Tr.Sos.",
        "Tanggal Sesi : 06/05/2021",
        "#Maksud Kunjungan",
        "Mengetahui perasaan Dimas tentang tinggal di LKSA dan penyebab ia sulit tidur.",
        "#Jalannya Sesi",
        "Pekerja Sosial: Dimas lagi gambar apa?",
        "Klien: Rumah nenek. Ini kucingnya, namanya Belang.",
        "Pekerja Sosial: Wah, bagus sekali. Dimas kangen nenek ya?",
        "Klien: Iya. Kalau malam gelap, aku takut.",
        "#Tahap Akhir",
        "Dimas membutuhkan lampu tidur dan jadwal komunikasi rutin dengan nenek.",
    ),
    "en": (
        "##Interview Transcript",
        "Participant : Ms. Tanya Brooks",
        "Student on placement : Leah Okafor, BSW",
        "Date of session : 06/05/2021",
        "#Why we met",
        "To hear how Tanya feels about the move to supported housing and why she sleeps badly.",
        "#How the session went",
        "Social Worker: What are you drawing there?",
        "Client: My nan's house. That's her cat.",
        "Social Worker: It's lovely. Do you miss her?",
        "Client: Yes. When it's dark I get scared.",
        "#Closing",
        "Tanya needs a night light and a regular call with her nan.",
    ),
}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lang", sorted(UNLISTED_HEADERS))
def test_a_next_form_started_by_its_title_keeps_it_as_title(
    tmp_path: Path, lang: str, fmt: str
) -> None:
    first = _interview("CATATAN PROSES", "Ibu Sumarni", "3 Maret 2024", "id")
    _, second = records_of(tmp_path, fmt, (*first, "\f", *UNLISTED_HEADERS[lang]))
    assert second.pages == (2, 2)
    assert second.fields["client_name"] in ("Sdri. Sri Nugroho", "Ms. Tanya Brooks")
    assert second.fields["interview_date"] == "2021-05-06"
    assert second.fields["interview_narrative"].startswith(("Pekerja Sosial:", "Social Worker:"))


@pytest.mark.parametrize(
    ("record_type", "heading", "named"),
    [
        ("process_record", "Aim of the interview", None),
        ("process_record", "Tone of the interview", None),
        ("process_record", "Setting for the interview", None),
        ("case_record", "Timing of the assessment", None),
        ("case_record", "Aim of the plan", None),
        ("case_record", "Family Support Plan", "intervention_plan"),
        ("case_record", "Our assessment", "assessment"),
        ("process_record", "Tail end of the interview", "conclusion"),
        ("process_record", "Tujuan wawancara", "interview_purpose"),
    ],
)
def test_a_headings_last_words_after_a_preposition_name_no_section(
    record_type: str, heading: str, named: str | None
) -> None:
    extractor = get_extractor()
    with using(extractor.vocabulary):
        spec = extractor.schemas.get(record_type)
        assert spec is not None
        matcher = FieldMatcher(spec, extractor.index, extractor.vocabulary, extractor.cascade)
        found = matcher.field_match(tuple(fold_words(heading)), "heading", strong=True)
        assert (found.name if found else None) == named


AIMED = (
    "##PROCESS RECORDING",
    "Client: Mrs. Ada Castellano",
    "Worker: Rachel Adeyemi",
    "Date of interview: 4 April 2024",
    "#I. Introduction",
    "The third visit since her husband died; her daughter asked us to keep calling.",
    "#II. Aim of the interview",
    "To explore how Mrs Castellano is coping with her grief and whether she wants a group.",
    "#III. The conversation",
    "Worker: Hello Mrs Castellano. How have you been since last week?",
    "Client: Up and down. Some days I don't get dressed.",
    "Worker: What helps on the better days?",
    "Client: When my daughter rings in the morning.",
    "#IV. Conclusion",
    "She is grieving but not withdrawn; she agreed to try the bereavement group.",
)


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_aim_of_the_interview_is_no_dialogue(tmp_path: Path, fmt: str) -> None:
    (record,) = records_of(tmp_path, fmt, AIMED)
    assert record.fields["interview_narrative"].startswith("Worker: Hello Mrs Castellano")
    assert "To explore" not in record.fields["interview_narrative"]


NAMED_SPEAKER_COLUMNS = {
    "en": (
        "##PROCESS RECORDING - FIELD PLACEMENT",
        "Client: Mr. Daniel Kerr",
        "Student: Hannah O'Rourke",
        "Date of interview: 12 March 2024",
        "#Background to the interview",
        "Daniel was admitted to the ward two weeks ago; the team asked me to hear his views.",
        "#Recording",
        "| What was said, as near word for word as I recall | My gut feelings | Analysis",
        "| Hannah: Hi Daniel, I'm Hannah. Is now a good time? | Nervous. | Checked consent.",
        "| Daniel: Whatever. | Felt dismissed. | Resisted reassuring him.",
        "| Hannah: It sounds like people decide for you? | Hopeful. | Reflection of feeling.",
        "| Daniel: Every time. Nobody asks me. | Moved. | Let the silence sit.",
        "#Summary and impressions",
        "Daniel wants a say in his discharge; we will meet again with his mother on Thursday.",
    ),
    "id": (
        "##CATATAN PROSES PRAKTIKUM",
        "Klien: Bapak Darmo Sutikno",
        "Praktikan: Rina Marlina",
        "Tanggal wawancara: 12 Maret 2024",
        "#Latar belakang wawancara",
        "Pak Darmo dirawat di bangsal dua minggu lalu; tim meminta saya mendengar pendapatnya.",
        "#Rekaman",
        "| Yang diucapkan, sedekat mungkin kata demi kata | Perasaan saya | Analisis",
        "| Rina: Selamat pagi, Pak. Boleh kita bicara sekarang? | Gugup. | Meminta izin.",
        "| Darmo: Terserah. | Merasa diabaikan. | Menahan diri untuk tidak menghibur.",
        "| Rina: Bapak merasa orang lain memutuskan untuk Bapak? | Berharap. | Refleksi.",
        "| Darmo: Selalu begitu. Tidak ada yang bertanya. | Tersentuh. | Membiarkan hening.",
        "#Kesan dan ringkasan",
        "Pak Darmo ingin ikut menentukan rencana pulang; kami bertemu lagi dengan istrinya.",
    ),
}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lang", sorted(NAMED_SPEAKER_COLUMNS))
def test_a_dialogue_column_whose_speakers_are_first_names(
    tmp_path: Path, lang: str, fmt: str
) -> None:
    (record,) = records_of(tmp_path, fmt, NAMED_SPEAKER_COLUMNS[lang])
    dialogue = record.fields["interview_narrative"]
    assert dialogue.startswith(("Hannah: Hi Daniel", "Rina: Selamat pagi"))
    assert dialogue.count("Daniel:" if lang == "en" else "Darmo:") == 2
    assert (
        "Nervous" in record.fields["worker_reflection"]
        or "Gugup" in record.fields["worker_reflection"]
    )


SESSION_PLANS = {
    "en": (
        "##Relapse Prevention Group - Facilitator Sheet",
        "Session 5 of 8: Planning for High-Risk Situations",
        "Agency: Northbridge Community Drug & Alcohol Team",
        "#Session outline",
        "| Time | Activity | Materials",
        "| 0:00-0:15 | Check-in round: one word for the week | Talking piece",
        "| 0:15-0:45 | Mapping high-risk situations: people, places, feelings | Flipchart",
        "| 0:45-1:00 | Break | Tea and coffee",
        "| 1:00-1:40 | Coping plans in pairs, then rehearsal in the group | Worksheet 5B",
    ),
    "id": (
        "##Panduan Fasilitator Kelompok Pencegahan Kekambuhan",
        "Sesi 5 dari 8: Merencanakan Situasi Berisiko",
        "Lembaga: IPWL Yayasan Harapan Baru",
        "#Susunan Sesi",
        "| Waktu | Kegiatan | Bahan",
        "| 0.00-0.15 | Pembukaan: satu kata tentang minggu ini | Benda bicara",
        "| 0.15-0.45 | Memetakan situasi berisiko: orang, tempat, perasaan | Kertas plano",
        "| 0.45-1.00 | Istirahat | Teh dan kopi",
        "| 1.00-1.40 | Rencana menghadapi situasi berisiko berpasangan | Lembar kerja 5B",
    ),
}
A_DAYS_VISITS = (
    "##Daily Log",
    "Worker: Siti Setiawan",
    "| Date | Time | Activity | Client",
    "| 18 March 2024 | 09:00-10:00 | Home visit: checked the food parcel | Mrs. Yuni Rahayu",
    "| 18 March 2024 | 10:00-11:00 | School meeting about attendance | Mrs. Yuni Rahayu",
    "| 18 March 2024 | 11:00-11:30 | Phone call to the puskesmas | Mr. Budi Santoso",
)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lang", sorted(SESSION_PLANS))
def test_a_session_plan_is_no_daily_log(tmp_path: Path, lang: str, fmt: str) -> None:
    (record,) = records_of(tmp_path, fmt, SESSION_PLANS[lang])
    assert record.record_type == "unknown"
    assert record.missing_required == ()


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_dated_day_of_back_to_back_visits_is_a_log(tmp_path: Path, fmt: str) -> None:
    (record,) = records_of(tmp_path, fmt, A_DAYS_VISITS)
    assert record.record_type == "daily_log"
    assert len(record.fields["entries"]) == 3


@pytest.mark.parametrize(
    ("value", "blank"),
    [
        ("— belum diisi", True),
        ("- N/A", True),
        ("– tidak ada data.", True),
        ("- Ibu Sari", False),
        ("— rujuk ke puskesmas", False),
    ],
)
def test_a_blanks_words_after_a_dash(value: str, blank: bool) -> None:
    with using(load_vocabulary()):
        assert is_placeholder(value) is blank


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_plan_left_blank_after_a_dash_is_missing(tmp_path: Path, fmt: str) -> None:
    lines = (
        "##CATATAN KASUS",
        "No. Kasus : RS-2024-017",
        "Nama Klien : Rizky Pratama",
        "Pekerja Sosial : Sri Wahyuni",
        "Tanggal Registrasi : 5 Maret 2024",
        "#Identitas Klien",
        "Rizky berusia 12 tahun dan tinggal bersama neneknya di dekat terminal.",
        "#Masalah yang Dihadapi",
        "Rizky bekerja mengamen di terminal setiap sore dan sering tidak masuk sekolah.",
        "#Lingkungan Sosial",
        "Neneknya berjualan sayur; ayahnya bekerja di luar kota dan jarang pulang.",
        "#Asesmen",
        "Rizky membutuhkan dukungan agar kembali bersekolah secara teratur.",
        "#Rencana Pelayanan",
        "— belum diisi",
    )
    (record,) = records_of(tmp_path, fmt, lines)
    assert record.record_type == "case_record"
    assert "intervention_plan" not in record.fields
    assert "intervention_plan" in record.missing_required


FIRST_NAME_DIARIES = {
    "id": (
        "##Buku Harian Pendamping",
        "Lembaga: Rumah Singgah Pelita Harapan",
        "Pendamping: Yuli Astuti",
        "#Senin, 18 Maret 2024",
        "13.00 (60 mnt) Wulan – belajar membaca bersama di ruang belajar.",
        "16.00 (45 mnt) Fajar – ikut kelas menggambar, lalu diantar pulang ke Gang Sukadami.",
        "17.00 (15 mnt) Rapat – koordinasi singkat dengan pengurus rumah singgah.",
    ),
    "en": (
        "##Outreach Diary",
        "Agency: Harbour Street Youth Drop-In",
        "Worker: Tom Reyes",
        "#Monday 18 March 2024",
        "13:00 (60 min) Wulan – reading practice in the study room.",
        "16:00 (45 min) Fajar – art class, then walked him home to Station Lane.",
        "17:00 (15 min) Handover – quick catch-up with the evening staff.",
    ),
}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lang", sorted(FIRST_NAME_DIARIES))
def test_a_diary_lines_client_named_by_a_first_name_before_a_dash(
    tmp_path: Path, lang: str, fmt: str
) -> None:
    (record,) = records_of(tmp_path, fmt, FIRST_NAME_DIARIES[lang])
    entries = record.fields["entries"]
    assert [e.get("client_name") for e in entries] == ["Wulan", "Fajar", None]
    assert entries[0]["description"].startswith(("belajar membaca", "reading practice"))
