"""Variants first met on the thirtieth corpora (written by authors who saw only the contract),
rewritten in our own words, each as DOCX and as a born-digital PDF, in both languages where
the rule reads words:

- a guidance handout whose prose about the kind of record sits under a heading the walk reads
  as one of the record's sections is still no case note;
- a heading that only the stems of a person's field name (`Case management plan`, stems of
  `Case manager`) over prose is a section nobody listed, not that person's name;
- a run-in label inside a section's text (`Strengths: …` under `Assessment`) is no place where
  a missing section may be: the section is missing, not to review;
- a log's line giving the period it covers (`Week 6 (15-19 April 2024)`) opens no day;
- under a time label, a duration written after the clock (`pukul 10.30, selama 40 menit`) is
  the entry's duration;
- a tick-box row under a label nobody listed fills the one enumeration its ticked option names.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.line_writers import records_of

FORMATS = ["docx", "pdf"]


HANDOUTS = {
    "en": (
        "##Process Recordings in Placement: a Handout for Students",
        "Field Learning Office - seminar 2",
        "#Why the placement asks for them",
        "A process recording lets you slow a conversation down and look at it with your "
        "practice teacher. It is a learning tool, written within a day of the interview, and "
        "it never goes into the client's file.",
        "#What to put in it",
        "1. Introduction - why you met and what you knew beforehand.",
        "2. Dialogue - the conversation, one turn per row.",
        "3. Conclusion - what you learned and what you will do next.",
        "#Before the next seminar",
        "Bring one recording of three or four pages with every name changed.",
    ),
    "id": (
        "##Catatan Proses dalam Praktikum: Bahan Ajar bagi Mahasiswa",
        "Unit Pembelajaran Lapangan - pertemuan 2",
        "#Mengapa praktikum memintanya",
        "Catatan proses membuat mahasiswa dapat memperlambat sebuah percakapan dan melihatnya "
        "bersama pembimbing. Catatan proses adalah alat belajar, ditulis sehari setelah "
        "wawancara, dan tidak pernah masuk ke berkas klien.",
        "#Yang ditulis di dalamnya",
        "1. Pendahuluan - mengapa bertemu dan apa yang sudah diketahui.",
        "2. Isi wawancara - percakapan, satu giliran per baris.",
        "3. Kesimpulan - apa yang dipelajari dan apa langkah berikutnya.",
        "#Sebelum pertemuan berikutnya",
        "Bawalah satu catatan proses sepanjang tiga atau empat halaman dengan semua nama diganti.",
    ),
}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lang", sorted(HANDOUTS))
def test_a_handout_whose_explanation_sits_under_a_section_heading_is_no_case_note(
    tmp_path: Path, lang: str, fmt: str
) -> None:
    (record,) = records_of(tmp_path, fmt, HANDOUTS[lang])
    assert record.record_type == "unknown"
    assert record.status == "not_assessed"


CASE_WITH_PLAN_HEADING = (
    "##Offender Case Record",
    "Case No.: WPO-24-0312",
    "Client: Daniel Joseph Hartley",
    "Supervising Officer: Priya Natarajan",
    "Date opened: 12/02/2024",
    "#Personal details",
    "Daniel is 31, lives alone in a rented room above a shop and works nights at a warehouse. "
    "He left school at sixteen and has no children.",
    "#Offence and presenting issues",
    "Daniel received a twelve-month community order for drink driving in January. He says "
    "he drinks to sleep after night shifts and has lost his licence.",
    "#Family and social circumstances",
    "His brother lives nearby and visits on Sundays; his parents live overseas. Most of his "
    "friends are colleagues from the warehouse.",
    "#Assessment",
    "Low risk of reoffending; the main needs are alcohol use and sleep. He is motivated to "
    "get his licence back and keeps his appointments.",
    "#Case management plan",
    "Monthly supervision; referral to the alcohol service; a sleep-hygiene group at the "
    "health centre; support to apply for the licence course.",
)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_heading_only_a_person_field_s_stems_name_over_prose_is_no_name(
    tmp_path: Path, fmt: str
) -> None:
    (record,) = records_of(tmp_path, fmt, CASE_WITH_PLAN_HEADING)
    assert record.record_type == "case_record"
    assert record.fields["worker_name"] == "Priya Natarajan"
    assert record.fields["intervention_plan"].startswith("Monthly supervision; referral")


RUN_IN_LABEL = {
    "en": (
        "##Case Record",
        "Case No.: FS-2024-0188",
        "Client: Ms. Laura Bennett",
        "Family support worker: Omar Haddad",
        "Date opened: 03/04/2024",
        "#1. Client Identification",
        "Ms. Bennett is 34, lives with her two sons in a rented flat and works part-time as a "
        "shop assistant.",
        "#2. Presenting Problem",
        "The school referred the family after the younger son missed many days of school and "
        "came in without lunch on several mornings this term.",
        "#3. Assessment",
        "The concerns are of neglect linked to low mood and money worries; there is no sign "
        "of intentional harm.",
        "Strengths: a warm bond with both boys, willingness to work with us, and a school that "
        "knows the family well and wants to help.",
        "#4. Intervention Plan",
        "Weekly home visits for ten weeks, a referral to the GP for her mood, and help with a "
        "hardship fund application.",
    ),
    "id": (
        "##Catatan Kasus",
        "No. Kasus: PK-2024-0077",
        "Nama Klien: Ibu Ratna Sari",
        "Pekerja Sosial: Dimas Prakoso",
        "Tanggal dibuka: 03/04/2024",
        "#1. Identitas Klien",
        "Ibu Ratna berusia 34 tahun, tinggal bersama dua anak laki-lakinya di rumah kontrakan "
        "dan bekerja paruh waktu di sebuah toko.",
        "#2. Masalah yang Dihadapi",
        "Sekolah merujuk keluarga ini karena anak bungsu sering tidak masuk sekolah dan "
        "beberapa kali datang tanpa bekal makan siang.",
        "#3. Asesmen",
        "Kekhawatiran utama adalah penelantaran yang berkaitan dengan suasana hati yang murung "
        "dan kesulitan keuangan; tidak ada tanda kekerasan yang disengaja.",
        "Kekuatan: hubungan yang hangat dengan kedua anak, kemauan untuk bekerja sama, dan "
        "sekolah yang mengenal keluarga ini dengan baik serta ingin membantu.",
        "#4. Rencana Intervensi",
        "Kunjungan rumah setiap minggu selama sepuluh minggu, rujukan ke puskesmas, dan "
        "bantuan mengajukan dana darurat.",
    ),
}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lang", sorted(RUN_IN_LABEL))
def test_a_run_in_label_inside_a_section_is_no_place_for_a_missing_one(
    tmp_path: Path, lang: str, fmt: str
) -> None:
    (record,) = records_of(tmp_path, fmt, RUN_IN_LABEL[lang])
    assert record.record_type == "case_record"
    assert "social_environment" in record.missing_required
    assert all(r.field != "social_environment" for r in record.needs_review)


WEEKLY_LOGS = {
    "en": (
        "##Field Placement Log",
        "Student: Hannah Price",
        "Week 3 (8-12 July 2024)",
        "Monday 8 July 2024",
        "Time: 9.15 am Duration: 1 hr 15 min Young person: Tyler Green",
        "Key-work session in the flat; went through the weekly budget together.",
        "Tuesday 9 July 2024",
        "Time: 2:30 pm Duration: half an hour Young person: Amira Hassan",
        "Phone call to arrange the review meeting with her mother.",
    ),
    "id": (
        "##Catatan Harian Praktikum",
        "Nama Praktikan: Hana Pratiwi",
        "Minggu ke-3 (8 - 12 Juli 2024)",
        "Senin, 8 Juli 2024",
        "Pukul: 09.15 Lama: 1 jam 15 menit Klien: Toni Gunawan",
        "Sesi pendampingan di rumah klien; menyusun anggaran mingguan bersama.",
        "Selasa, 9 Juli 2024",
        "Pukul: 14.30 Lama: 30 menit Klien: Amira Hasan",
        "Menelepon ibu klien untuk mengatur pertemuan evaluasi.",
    ),
}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lang", sorted(WEEKLY_LOGS))
def test_the_period_a_log_covers_opens_no_day(tmp_path: Path, lang: str, fmt: str) -> None:
    (record,) = records_of(tmp_path, fmt, WEEKLY_LOGS[lang])
    entries = record.fields["entries"]
    assert [(e["date"], e.get("time")) for e in entries] == [
        ("2024-07-08", "09:15"),
        ("2024-07-09", "14:30"),
    ]
    assert [e.get("duration_minutes") for e in entries] == [75, 30]


DURATION_AFTER_CLOCK = {
    "id": (
        "##Catatan Harian",
        "Nama Pekerja Sosial: Agus Salim",
        "Selasa, 2 Juli 2024",
        "Waktu: pukul 10.30, selama 40 menit",
        "Klien: Ibu Rosma Nainggolan",
        "Mendampingi klien mengurus surat keterangan di kantor kelurahan.",
        "Rabu, 3 Juli 2024",
        "Waktu: pukul 13.15, selama 2 jam",
        "Klien: Bapak Togar Sitanggang",
        "Mengantar klien ke rumah sakit untuk pemeriksaan telinga.",
    ),
    "en": (
        "##Daily Log",
        "Worker: Agnes Miller",
        "Tuesday 2 July 2024",
        "Time: 10.30 am, for 40 minutes",
        "Client: Rose Newman",
        "Went with the client to the housing office to sort out her application.",
        "Wednesday 3 July 2024",
        "Time: 1.15 pm, for about 2 hours",
        "Client: Tom Gregory",
        "Took the client to the hospital for his hearing test.",
    ),
}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lang", sorted(DURATION_AFTER_CLOCK))
def test_a_duration_after_the_clock_under_a_time_label_is_the_entry_s(
    tmp_path: Path, lang: str, fmt: str
) -> None:
    (record,) = records_of(tmp_path, fmt, DURATION_AFTER_CLOCK[lang])
    entries = record.fields["entries"]
    assert [(e.get("time"), e.get("duration_minutes")) for e in entries] == [
        ("10:30", 40),
        ("13:15", 120),
    ]
    assert not [m for m in record.missing_required if m.endswith("duration_minutes")]


def test_a_time_label_s_clock_alone_gives_no_duration(tmp_path: Path) -> None:
    lines = (
        "##Daily Log",
        "Worker: Agnes Miller",
        "Tuesday 2 July 2024",
        "Time: 14h30",
        "Client: Rose Newman",
        "Went with the client to the housing office.",
    )
    (record,) = records_of(tmp_path, "docx", lines)
    (entry,) = record.fields["entries"]
    assert entry["time"] == "14:30"
    assert "duration_minutes" not in entry


TICKED_LEVEL = {
    "en": (
        "##Agency Data Record",
        "Name of agency: Harbour Lights Community Centre",
        "Address: 4 Quay Road, Harbourside HV2 7QD",
        "Level of service: [ ] District [x] Province / Region [ ] National",
        "#Work programme",
        "Short-stay supported housing and a drop-in day centre for adults with nowhere to go.",
    ),
    "id": (
        "##Buku Catatan Data Lembaga",
        "Nama Lembaga: Yayasan Cahaya Pesisir",
        "Alamat: Jl. Pelabuhan No. 4, Makassar",
        "Tingkat pelayanan: [ ] Kabupaten/Kota [x] Provinsi [ ] Nasional",
        "#Program Kerja",
        "Rumah singgah dan pusat layanan harian bagi orang dewasa tanpa tempat tinggal.",
    ),
}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lang", sorted(TICKED_LEVEL))
def test_a_tick_box_row_under_a_label_nobody_listed_fills_its_enumeration(
    tmp_path: Path, lang: str, fmt: str
) -> None:
    (record,) = records_of(tmp_path, fmt, TICKED_LEVEL[lang])
    assert record.record_type == "agency_record"
    assert record.fields["service_authority"] == "province"
