"""Variants first met on the thirty-fifth corpora (written by authors who saw only the
contract) and on real published records, rewritten in our own words, each as DOCX and as a
born-digital PDF:

- a case-management export's metadata above the title (`Reviewed by admin.desk`): a
  sign-off's words there label the file, and the label table under the title is read;
- a line of a label in capitals, a dash and its value (`JAM — 08.00`) is a label's line;
- a label ending in a number's word its field's synonyms lack (`Local authority ref.`) gives
  the record's number, not an agency;
- a time column in twenty-four-hour figures (`0730`, `1415-1500`);
- a shift report: the day's heading gives the shift (`— shift pagi (07.00-15.00)`), no entry
  of its own; each line `0730 - 20' - Oma … (Wisma Anggrek)` is one, the room in brackets no
  part of the client's name, `1j 15m` an hour and a quarter;
- a label that is a role the schema's prose names a person by (`Care worker`), whatever
  the shape of the name under it (`Aminah bt Yusof`);
- a document's name after a role (`Supervising Social Worker — Daily Activity Log`) names
  nobody: a log, a diary or a recording is no person;
- a ticked option alone on its line (`☑ Risk assessment`) heads no section: the list goes on;
- a case file titled `… — Summary of Work` whose sections are a case's is a case record;
- a summary's title word (`Summary of contacts`) shared by the summary of interviews: the
  headings choose, and a label's line with a case's number above it is no title;
- a note in prose: the client met in its opening sentence (`I met …`, `Saya bertemu …`),
  a name with a particle (`binti`), the writer named before a role in its last line, a case's
  number with a caption after it; a section only the interview has (the worker's reflection)
  makes it a process record, though no dialogue is written out;
- an excerpt of an agency's profile (`Profil Yayasan …` over its sources of funding): one
  section of the agency's own under the agency's name is an agency record;
- a summary record's list of the reports it summarises, each dated (`Catatan proses 9 Januari
  2024; …`), lists no interviews: the record is no summary of interviews;
- a memo covering the record (`TO:` / `FROM:` / `RE:`, `Kepada:` / `Dari:` / `Perihal:`) on
  the file's first page is its front matter, not a record whose client is the addressee.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.line_writers import records_of

FORMATS = ["docx", "pdf"]

METADATA_ABOVE_TITLE = {
    "en": (
        "Harbour Family Services",
        "Record ID HFS/CMS/2231",
        "Reviewed by admin.desk (K. Lowe)",
        "Last changed 02/05/2024 11:40",
        "##CASE RECORD",
        "| CASE NO. | HFS-2024-077",
        "| CLIENT | Mia Rangi",
        "| SOCIAL WORKER | Daniel Ferris",
        "| DATE OPENED | 4 March 2024",
        "#Presenting problem",
        "The school reported that Mia had missed eleven days in February and seemed hungry.",
    ),
    "id": (
        "Lembaga Perlindungan Anak Kota Bima",
        "Record ID LPA/CMS/0419",
        "Dibuat oleh admin.arsip (Rina W.)",
        "Terakhir diubah 02/05/2024 11.40",
        "##CATATAN KASUS",
        "| NO. KASUS | LPA-BM/2024/077",
        "| NAMA ANAK | Siti Rahmah",
        "| PEKERJA SOSIAL | Dedi Kurnia",
        "| TGL. REGISTRASI | 4 Maret 2024",
        "#Masalah yang dilaporkan",
        "Pihak sekolah melaporkan bahwa anak tidak masuk sebelas hari pada bulan Februari.",
    ),
}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lang", sorted(METADATA_ABOVE_TITLE))
def test_sign_off_words_above_the_title_label_the_file(tmp_path: Path, lang: str, fmt: str) -> None:
    (record,) = records_of(tmp_path, fmt, METADATA_ABOVE_TITLE[lang])
    assert record.record_type == "case_record"
    assert record.fields["case_number"] == ("HFS-2024-077", "LPA-BM/2024/077")[lang == "id"]
    assert record.fields["client_name"] == ("Mia Rangi", "Siti Rahmah")[lang == "id"]
    assert record.fields["worker_name"] == ("Daniel Ferris", "Dedi Kurnia")[lang == "id"]
    assert record.fields["date_opened"] == "2024-03-04"


DASHED_LOGS = {
    "en": (
        "##DAILY LOG OF THE SOCIAL WORKER",
        "WORKER — Agnes Mali",
        "DATE — 08/07/2024",
        "TIME — 08.00",
        "DURATION — 60 minutes",
        "ACTIVITY — Took the child from the safe house to the hospital for her check-up.",
        "DATE — 09/07/2024",
        "TIME — 13.30",
        "DURATION — 2 hours",
        "ACTIVITY — Case conference at the district office about the two siblings.",
    ),
    "id": (
        "##CATATAN HARIAN PEKERJA SOSIAL",
        "PEKSOS — Agnes Mali",
        "TANGGAL — 08/07/2024",
        "JAM — 08.00",
        "LAMA — 60 menit",
        "KEGIATAN — Menjemput anak dari rumah aman ke rumah sakit untuk pemeriksaan.",
        "TANGGAL — 09/07/2024",
        "JAM — 13.30",
        "LAMA — 2 jam",
        "KEGIATAN — Rapat kasus di kantor dinas tentang dua anak bersaudara.",
    ),
}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lang", sorted(DASHED_LOGS))
def test_capital_labels_before_a_dash_are_labels(tmp_path: Path, lang: str, fmt: str) -> None:
    (record,) = records_of(tmp_path, fmt, DASHED_LOGS[lang])
    assert record.record_type == "daily_log"
    assert record.fields["worker_name"] == "Agnes Mali"
    assert [
        (e.get("date"), e.get("time"), e.get("duration_minutes")) for e in record.fields["entries"]
    ] == [("2024-07-08", "08:00", 60), ("2024-07-09", "13:30", 120)]
    assert not record.missing_required


HOURS_IN_FIGURES = {
    "en": (
        "##DAILY LOG — HOME CARE ROUND",
        "Care worker : Lim Mei Ling",
        "| Date | Time | Client | What happened",
        "| Mon 13/05/2024 | 0730 | Mdm Tan Ah Moy | Helped her shower and checked her tablets.",
        "|  | 1415-1500 | Mr Gopal Nair | Walked with him to the clinic for his review.",
    ),
    "id": (
        "##CATATAN HARIAN — KUNJUNGAN RUMAH LANSIA",
        "Pasien : Ibu Sumirah",
        "Petugas : Lim Mei Ling",
        "| Tanggal | Jam | Klien | Kegiatan",
        "| Senin 13/05/2024 | 0730 | Ibu Sumirah | Membantu mandi dan memeriksa obatnya.",
        "|  | 1415-1500 | Bapak Gopal | Menemani ke puskesmas untuk kontrol.",
    ),
}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lang", sorted(HOURS_IN_FIGURES))
def test_a_time_column_in_twenty_four_hour_figures(tmp_path: Path, lang: str, fmt: str) -> None:
    (record,) = records_of(tmp_path, fmt, HOURS_IN_FIGURES[lang])
    assert record.record_type == "daily_log"
    assert record.fields["worker_name"] == "Lim Mei Ling"
    entries = record.fields["entries"]
    assert [(e.get("date"), e.get("time")) for e in entries] == [
        ("2024-05-13", "07:30"),
        ("2024-05-13", "14:15"),
    ]
    assert entries[1].get("duration_minutes") == 45


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_role_the_prose_names_labels_that_person(tmp_path: Path, fmt: str) -> None:
    lines = (
        "##DAILY LOG",
        "Care worker : Aminah bt Yusof",
        "Team lead : Grace Tan",
        "| Date | Time | Duration | Client | What happened",
        "| 2 April 2024 | 09:00 | 45 min | Mr Tomas Reid | Helped him wash and dress.",
    )
    (record,) = records_of(tmp_path, fmt, lines)
    assert record.fields["worker_name"] == "Aminah bt Yusof"


CASE_FILE_SUMMARY_OF_WORK = (
    "Riverstone Disability Support Trust",
    "##Case File — Summary of Work",
    "| File no. | RDS-2023-0412",
    "| Client name | Henare Wiremu",
    "| Key worker | Sally Burke",
    "| File opened | 3 July 2023",
    "#Client identity",
    "Henare is a 64-year-old man who lives alone in a rented flat after a stroke last year.",
    "#Presenting problem",
    "After his discharge he fell twice at home and missed several doses of his tablets.",
    "#Social environment",
    "His daughter lives twenty minutes away and visits on Sundays; the neighbours keep an eye.",
    "#Assessment",
    "The falls came less from his weakness than from low mood and isolation since the stroke.",
    "#Intervention plan",
    "Grab rails in the bathroom, weekly blister packs, and a place at the stroke group.",
)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_case_files_summary_of_work_is_a_case_record(tmp_path: Path, fmt: str) -> None:
    (record,) = records_of(tmp_path, fmt, CASE_FILE_SUMMARY_OF_WORK)
    assert record.record_type == "case_record"
    assert record.fields["client_name"] == "Henare Wiremu"


CONTACT_SUMMARY = (
    "Wattle Grove Foster Care",
    "CASE NO. WG-FC-2207 | file copy",
    "##Summary of contacts",
    "#What happened",
    "I visited Ruby Clarke on 6 June 2024 and again on 13 June 2024 at her carers' home. "
    "She had stopped eating with the family after her father missed two contact visits.",
    "#Conclusion",
    "Ruby's withdrawal looks like grief for the missed contact, not a new eating problem.",
    "#Next steps",
    "I will speak with her father about reliable contact and see Ruby again next week.",
    "Ken Adams, Foster Care Caseworker — 14 June 2024",
)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_summary_word_shared_by_interviews_summary(tmp_path: Path, fmt: str) -> None:
    (record,) = records_of(tmp_path, fmt, CONTACT_SUMMARY)
    assert record.record_type == "summarized_process_record"
    assert record.fields["case_number"] == "WG-FC-2207"
    assert record.fields["client_name"] == "Ruby Clarke"
    assert record.fields["worker_name"] == "Ken Adams"
    assert record.fields["interview_dates"] == ["2024-06-06", "2024-06-13"]


PROSE_VISITS = {
    "en": (
        "Sunrise Kinship Care Programme, Penang",
        "Our ref: SK/PG/2024/031 — home visit note",
        "##Home visit",
        "#How I found her",
        "I met Nur Hidayah binti Osman at her aunt's house in Jelutong on 5 March 2024. "
        "She is 14 and has looked after her younger brother since January.",
        "#What we talked about",
        "She said school felt pointless because she was always behind. She asked whether her "
        "brother could stay with her if she went back to school full time.",
        "#My own reactions",
        "I wanted to promise more than I could. Her worry about being split from her brother "
        "explains why she said so little about her mother.",
        "#Where we ended up",
        "Her absence from school comes from caring for her brother. We agreed to ask the aunt "
        "about afternoons.",
        "Written up the same evening by Farah Aziz, kinship care worker.",
    ),
    "id": (
        "Program Pengasuhan Kerabat Sejahtera, Medan",
        "Nomor kasus: PK/MDN/2024/031 — catatan kunjungan",
        "##Kunjungan rumah",
        "#Bagaimana saya menemuinya",
        "Saya bertemu Nur Hidayah binti Osman di rumah bibinya di Medan Johor pada 5 Maret 2024. "
        "Ia berusia 14 tahun dan mengasuh adiknya sejak Januari.",
        "#Yang kami bicarakan",
        "Ia bilang sekolah terasa sia-sia karena selalu tertinggal. Ia bertanya apakah adiknya "
        "boleh tinggal bersamanya bila ia kembali sekolah penuh.",
        "#Refleksi pekerja sosial",
        "Saya ingin menjanjikan lebih dari yang saya mampu. Kekhawatirannya dipisahkan dari "
        "adiknya menjelaskan mengapa ia sedikit bercerita tentang ibunya.",
        "#Akhir pertemuan",
        "Ketidakhadirannya di sekolah berasal dari mengasuh adiknya. Kami sepakat bertanya "
        "kepada bibinya tentang sore hari.",
        "Ditulis malam itu juga oleh Farah Aziz, pekerja sosial pendamping.",
    ),
}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lang", sorted(PROSE_VISITS))
def test_a_visit_written_in_prose_names_its_people(tmp_path: Path, lang: str, fmt: str) -> None:
    (record,) = records_of(tmp_path, fmt, PROSE_VISITS[lang])
    assert record.record_type == "process_record"
    assert record.fields["client_name"] == "Nur Hidayah binti Osman"
    assert record.fields["worker_name"] == "Farah Aziz"
    assert record.fields["interview_date"] == "2024-03-05"
    assert record.fields["case_number"] == ("SK/PG/2024/031", "PK/MDN/2024/031")[lang == "id"]


AGENCY_PROFILE_EXCERPTS = {
    "id": (
        "#Profil Yayasan Pelita Harapan Bangsa",
        "#3.2. Sumber Dana Lembaga",
        "Dana yayasan berasal dari tiga sumber: bantuan pemerintah daerah untuk biaya makan anak, "
        "donatur tetap dari jemaat setempat, dan hasil usaha kebun sayur yang dikelola pengurus.",
        "Setiap tahun pengurus menyusun laporan keuangan yang diperiksa oleh akuntan publik.",
    ),
    "en": (
        "#Yayasan Pelita Harapan Bangsa: the foundation's profile",
        "#3.2 Sources of funding",
        "The foundation's money comes from three sources: a grant from the district government "
        "for the children's meals, regular donors from the local congregation, and a vegetable "
        "garden run by the board.",
    ),
}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lang", sorted(AGENCY_PROFILE_EXCERPTS))
def test_an_excerpt_of_a_named_agencys_profile(tmp_path: Path, lang: str, fmt: str) -> None:
    (record,) = records_of(tmp_path, fmt, AGENCY_PROFILE_EXCERPTS[lang])
    assert record.record_type == "agency_record"
    assert record.fields["funding_sources"].startswith(("Dana yayasan", "The foundation's money"))


COVERING_MEMOS = {
    "en": (
        "##NORTHGATE DRUG AND ALCOHOL SERVICE",
        "##MEMORANDUM",
        "TO: Dr A. Lindqvist, Clinical Lead",
        "FROM: Paul Greer, Recovery Worker",
        "DATE: 15 April 2024",
        "RE: Quarterly summary for the review panel, Janine Morrow",
        "Please find attached my summary of the work with the above client for the panel next "
        "week. I would welcome the panel's view on whether she is ready for discharge.",
        "Paul Greer",
        "\f",
        "##SUMMARY RECORD",
        "Client: Janine Morrow",
        "Case number: PDA-2024-118",
        "Worker: Paul Greer",
        "Period: 15 January 2024 to 12 April 2024",
        "#Case summary",
        "Ms Morrow came through the custody referral scheme and attended seven of nine sessions.",
    ),
    "id": (
        "##BALAI REHABILITASI SOSIAL KORBAN NAPZA",
        "##NOTA DINAS",
        "Kepada: dr. Anita Lindqvist, Kepala Seksi Rehabilitasi",
        "Dari: Wahyu Pratama, Konselor Adiksi",
        "Tanggal: 15 April 2024",
        "Perihal: Ringkasan triwulan untuk rapat kasus, Janine Morrow",
        "Bersama ini kami sampaikan ringkasan pendampingan klien tersebut di atas untuk bahan "
        "rapat kasus minggu depan. Mohon arahan apakah klien dapat diakhiri pendampingannya.",
        "Wahyu Pratama",
        "\f",
        "##CATATAN RINGKAS",
        "Nama Klien: Janine Morrow",
        "Nomor Kasus: BR-2024-118",
        "Pekerja Sosial: Wahyu Pratama",
        "Periode: 15 Januari 2024 s.d. 12 April 2024",
        "#Ringkasan kasus",
        "Klien datang melalui rujukan kepolisian dan hadir dalam tujuh dari sembilan sesi.",
    ),
}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lang", sorted(COVERING_MEMOS))
def test_a_memo_covering_the_record_is_no_record(tmp_path: Path, lang: str, fmt: str) -> None:
    (record,) = records_of(tmp_path, fmt, COVERING_MEMOS[lang])
    assert record.record_type == "summarized_record"
    assert record.fields["client_name"] == "Janine Morrow"
    assert record.pages == (2, 2)


SHIFT_REPORTS = {
    "id": (
        "##LAPORAN JAGA PEKSOS (Catatan Harian)",
        "Peksos jaga : Hendra Saputra",
        "#Senin, 15 Juli 2024 — shift pagi (07.00-15.00)",
        "0730 - 20' - Oma Ruth Wowiling (Wisma Anggrek)",
        "Kl. menolak sarapan dan mengeluh pusing; dilaporkan ke perawat jaga.",
        "0915 - 1j 15m - Opa Daud Hutapea (kantor)",
        "Konseling lanjutan tentang keinginan kl. pulang ke Tarutung.",
    ),
    "en": (
        "##SHIFT REPORT (Daily Log)",
        "Duty social worker : Hendra Saputra",
        "#Monday, 15 July 2024 — morning shift (07.00-15.00)",
        "0730 - 20' - Mrs Ruth Wowiling (Orchid House)",
        "Refused breakfast and said she felt dizzy; reported to the duty nurse.",
        "0915 - 1 hr 15 min - Mr Daud Hutapea (office)",
        "Follow-up counselling about his wish to go home to Tarutung.",
    ),
}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lang", sorted(SHIFT_REPORTS))
def test_a_shift_under_the_days_heading_is_no_entry(tmp_path: Path, lang: str, fmt: str) -> None:
    (record,) = records_of(tmp_path, fmt, SHIFT_REPORTS[lang])
    assert record.record_type == "daily_log"
    entries = record.fields["entries"]
    assert [(e.get("time"), e.get("duration_minutes"), e.get("client_name")) for e in entries] == [
        ("07:30", 20, ("Mrs Ruth Wowiling", "Oma Ruth Wowiling")[lang == "id"]),
        ("09:15", 75, ("Mr Daud Hutapea", "Opa Daud Hutapea")[lang == "id"]),
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_label_ending_in_a_number_word_gives_a_number(tmp_path: Path, fmt: str) -> None:
    lines = (
        "##SOCIAL WORK CASE RECORD",
        "| Local authority ref. | WHC/CS/24/1187",
        "| Child | Amelia Stone",
        "| Allocated social worker | Grace Obi",
        "| Case opened | 6 February 2024",
        "#Presenting problem",
        "The nursery raised concerns about bruising on Amelia's arms after a weekend at home.",
    )
    (record,) = records_of(tmp_path, fmt, lines)
    assert record.fields["case_number"] == "WHC/CS/24/1187"
    assert "agency_name" not in record.fields


SUMMARIES_OF_LISTED_REPORTS = {
    "id": (
        "##CATATAN RINGKAS",
        "No. Kasus : RPS-2023/118",
        "Nama Klien : Ibu Sarinah",
        "Pekerja Sosial : Agus Wibowo",
        "Periode : Januari s.d. Maret 2024",
        "Laporan yang diringkas : Catatan proses 9 Januari 2024; Catatan proses 23 Januari 2024; "
        "Laporan kunjungan rumah 7 Februari 2024",
        "#Ringkasan Kasus",
        "Ibu Sarinah masuk panti pada November 2023 setelah ditemukan tidur di emperan pasar.",
    ),
    "en": (
        "##SUMMARY RECORD",
        "Case No. : RPS-2023/118",
        "Client : Mrs Sarah Lane",
        "Social worker : Agus Wibowo",
        "Period : January to March 2024",
        "Reports summarised : Process record 9 January 2024; Process record 23 January 2024; "
        "Home visit report 7 February 2024",
        "#Case summary",
        "Mrs Lane came to the home in November 2023 after she was found sleeping at the market.",
    ),
}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lang", sorted(SUMMARIES_OF_LISTED_REPORTS))
def test_the_dates_of_the_reports_summarised_are_no_interviews(
    tmp_path: Path, lang: str, fmt: str
) -> None:
    (record,) = records_of(tmp_path, fmt, SUMMARIES_OF_LISTED_REPORTS[lang])
    assert record.record_type == "summarized_record"
    assert record.fields["period_start"] == "2024-01-01"
    assert len(record.fields["reports_summarized"]) == 3


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_role_over_a_documents_name_is_no_persons(tmp_path: Path, fmt: str) -> None:
    lines = (
        "Kestrel Fostering (North East)",
        "##Supervising Social Worker — Daily Activity Log",
        "| Date | Time | Duration | Child | Activity",
        "| 03/06/2024 | 9.15am | 45 mins | Ellie Ward | Unannounced visit to the carers' home.",
    )
    (record,) = records_of(tmp_path, fmt, lines)
    assert record.record_type == "daily_log"
    assert record.fields.get("worker_name") != "Daily Activity Log"


QUESTION_HEADINGS_IN_ORDER = (
    "##Case File",
    "| File no. | KWS-2023-0288 |",
    "| Client name | Hemi Walker |",
    "| Key worker | Fiona Reid |",
    "| File opened | 3 July 2023 |",
    "#Who is Hemi?",
    "Hemi is a 66-year-old man who lives alone in a rented cottage after a stroke last winter; "
    "he follows the rugby closely and calls himself a practical man.",
    "#What brought him to us?",
    "After his discharge from the rehabilitation ward he fell twice at home, missed doses of "
    "his tablets and stopped going to the shops on his own.",
    "#Family and surroundings",
    "His daughter lives twenty minutes away and visits on Sundays; the house has steep steps "
    "and no rails in the bathroom.",
    "#How did it go?",
    "No falls were recorded after August. The pharmacy reported that every blister pack was "
    "collected, and Hemi now goes to the community lunch every week.",
    "#Documents on file",
    "\u2611 GP referral letter",
    "\u2611 Risk assessment",
    "\u2610 Occupational therapy report",
)


def test_a_ticked_option_heads_no_section(tmp_path: Path) -> None:
    # Word only: the PDF writer's standard font has no box glyphs.
    (record,) = records_of(tmp_path, "docx", QUESTION_HEADINGS_IN_ORDER)
    assert record.record_type == "case_record"
    assert record.fields["presenting_problem"].startswith("After his discharge")
    assert "assessment" not in record.fields  # a ticked option heads no section
    assert record.fields["attachments"] == ["GP referral letter", "Risk assessment"]
