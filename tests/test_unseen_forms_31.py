"""Variants first met on the thirty-first corpora (written by authors who saw only the
contract), rewritten in our own words, each as DOCX and as a born-digital PDF:

- a form's labels with dotted leaders before the colon (`Nama lembaga ....... : X`) are labels;
- a value left open at a comma goes on over the next short line (`Kabupaten Jayawijaya,` /
  `Papua Pegunungan`), even where the reader made that line a block of its own;
- a summary of a case at its closing (`Resume Penutupan Kasus`, `Case Closing Summary`) is a
  summarized record: the summary's word qualifies the case's;
- the agency's name set large over its address is the agency's though the title under it is in
  words nobody listed (`DAY SHIFT LOG`);
- a log line's client written as a placeholder (`Client: N/A`) names no client;
- a letter sending its client to another service (`Dear colleague, … to refer him`) is
  correspondence about a case, not a case note, and keeps the values of its labels though its
  place and date (`Salatiga, 14 Maret 2024`) stand above them; a letter reporting a visit is
  still a case note.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.line_writers import records_of

FORMATS = ["docx", "pdf"]


DOTTED_LEADERS = {
    "id": (
        "##BUKU CATATAN DATA LEMBAGA",
        "#I. IDENTITAS LEMBAGA",
        "1) Nama lembaga ........... : LKSA Harapan Lembah",
        "2) Alamat ................. : Jl. Pattimura No. 8, Distrik Wamena",
        "3) Tgl. berdiri ........... : 21-VIII-2006",
        "4) Sifat lembaga .......... : Institusional (pelayanan di dalam panti)",
        "#II. DASAR HUKUM",
        "Akta Notaris Yayasan Harapan Lembah Nomor 14 tanggal 3 Juli 2006.",
    ),
    "en": (
        "##AGENCY DATA RECORD",
        "#1. Identity of the agency",
        "a) Name of agency ........ : Harbour Lights Community Centre",
        "b) Address ............... : 4 Quay Road, Harbourside",
        "c) Date established ...... : 12/06/1998",
        "d) Type of agency ........ : Semi-institutional",
        "#2. Legal basis",
        "Registered charity no. 1072215, incorporated in 1998.",
    ),
}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lang", sorted(DOTTED_LEADERS))
def test_labels_with_dotted_leaders_are_labels(tmp_path: Path, lang: str, fmt: str) -> None:
    (record,) = records_of(tmp_path, fmt, DOTTED_LEADERS[lang])
    assert record.record_type == "agency_record"
    fields = record.fields
    assert fields["agency_name"] in ("LKSA Harapan Lembah", "Harbour Lights Community Centre")
    assert fields["address"].startswith(("Jl. Pattimura No. 8", "4 Quay Road"))
    assert fields["founding_date"] in ("2006-08-21", "1998-06-12")
    assert fields["agency_nature"] in ("institutional", "semi_institutional")


CLOSING_SUMMARIES = {
    "id": (
        "##RESUME PENUTUPAN KASUS",
        "Nomor Kasus: LH/KDRT/2023/087",
        "Nama Klien: Ibu Siti Rahmah",
        "Pekerja Sosial: Agus Santoso, S.Tr.Sos.",
        "Masa Pendampingan: 14 Agustus 2023 s.d. 29 Februari 2024",
        "#Dasar Penyusunan",
        "Laporan asesmen awal tanggal 14 Agustus 2023; catatan proses pertemuan ke-1 sampai ke-9.",
        "#Ringkasan Perjalanan Kasus",
        "Klien datang atas saran kader PKK setelah mengalami kekerasan berulang. Selama "
        "pendampingan klien mendapat konseling sembilan kali dan pendampingan hukum.",
        "#Keadaan Klien pada Saat Penutupan",
        "Klien kini tinggal bersama orang tuanya dan bekerja di sebuah warung makan.",
        "#Rencana Tindak Lanjut",
        "Kasus ditutup dengan kesepakatan klien; kader PKK akan memantau secara informal.",
    ),
    "en": (
        "##CASE CLOSING SUMMARY",
        "Service user: Mr Rajan Varma",
        "Record no.: MASC-E-30877",
        "Social worker: Joanna Bright",
        "Period of involvement: 1 Sep 2023 - 31 Jan 2024",
        "#Summary of involvement",
        "Mr Varma was referred by the hospital discharge team after a stroke. A reablement "
        "package of two calls a day was arranged and equipment was fitted at home.",
        "#Situation at closure",
        "Mr Varma manages his personal care with the equipment provided.",
        "#After closure",
        "The GP will continue to monitor his blood pressure.",
    ),
}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lang", sorted(CLOSING_SUMMARIES))
def test_a_case_s_closing_summary_is_a_summarized_record(
    tmp_path: Path, lang: str, fmt: str
) -> None:
    (record,) = records_of(tmp_path, fmt, CLOSING_SUMMARIES[lang])
    assert record.record_type == "summarized_record"
    assert record.fields["period_start"] in ("2023-08-14", "2023-09-01")
    assert record.fields["period_end"] in ("2024-02-29", "2024-01-31")


SHIFT_LOG = (
    "##Elm Street Supported Housing",
    "Project office, 9 Elm Terrace, Port Ellis",
    "##DAY SHIFT LOG",
    "Staff on shift: Kieran Doyle",
    "Date: 16/03/2024",
    "Time: 09:30 Duration: 45 min Client: Marcus Bell",
    "Key-work session in the lounge; went through his benefit letter together.",
    "Time: 11:00 Duration: 2 hrs Client: N/A",
    "Monthly staff meeting at the office: caseload review.",
    "Date: 17/03/2024",
    "Time: 08:15 Duration: 30 min Client: Leanne Foster",
    "Checked on Leanne after yesterday's dental treatment; pain controlled.",
)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_shift_log_keeps_its_letterhead_s_agency_and_no_placeholder_client(
    tmp_path: Path, fmt: str
) -> None:
    (record,) = records_of(tmp_path, fmt, SHIFT_LOG)
    assert record.record_type == "daily_log"
    assert record.fields["agency_name"] == "Elm Street Supported Housing"
    first, meeting, _ = record.fields["entries"]
    assert first["client_name"] == "Marcus Bell"
    assert "client_name" not in meeting
    assert meeting["duration_minutes"] == 120


REFERRAL_LETTERS = {
    "en": (
        "##Riverside Family Centre",
        "14 Canal Street, Millbrook MB2 4RT",
        "14 March 2024",
        "#Referral for housing advice",
        "Our case no.: RFS-2024-0117",
        "Client name: Daniel Okoro",
        "Date of birth: 4 November 1989",
        "Dear colleague,",
        "I am writing with Mr Okoro's consent to refer him and his family to your service. He "
        "has received a notice seeking possession of the flat the family rents.",
        "Please let me know when an appointment has been offered.",
        "Yours sincerely,",
        "Megan Holt, MSW - Family Support Practitioner",
    ),
    "id": (
        "##YAYASAN PELITA KASIH",
        "Jl. Merdeka No. 12, Salatiga",
        "Salatiga, 14 Maret 2024",
        "#Perihal: Rujukan layanan konseling",
        "No. Kasus: YPK-2024-031",
        "Nama Klien: Sdr. Bayu Pratama",
        "Tanggal lahir: 4 November 2006",
        "Dengan hormat,",
        "Bersama surat ini kami rujuk klien tersebut di atas untuk mendapatkan layanan "
        "konseling lanjutan di lembaga Bapak/Ibu, karena klien mengalami kecemasan berat.",
        "Atas perhatian dan kerja samanya kami ucapkan terima kasih.",
        "Hormat kami,",
        "Rina Lestari, S.Sos.",
    ),
}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lang", sorted(REFERRAL_LETTERS))
def test_a_referral_letter_is_no_case_note(tmp_path: Path, lang: str, fmt: str) -> None:
    (record,) = records_of(tmp_path, fmt, REFERRAL_LETTERS[lang])
    assert record.record_type == "unknown"
    assert record.status == "not_assessed"
    assert record.fields["client_name"] in ("Daniel Okoro", "Sdr. Bayu Pratama")


VISIT_LETTER = (
    "Nomor : 014/TKSK-KLW/III/2024",
    "Perihal : Laporan Kunjungan Rumah",
    "Kepada Yth.",
    "Kepala Dinas Sosial Kabupaten Sigi",
    "Dengan hormat,",
    "Bersama ini kami sampaikan laporan kunjungan rumah terhadap warga yang dilaporkan oleh "
    "Kepala Desa Bolapapu.",
    "Nama klien : Bpk. Yusuf Lamalaka",
    "Tgl. kunjungan : 12-III-2024 dan 19-III-2024",
    "Petugas (TKSK) : Hendra Tandi",
    "#Ringkasan hasil kunjungan",
    "Pada kunjungan pertama klien menceritakan bahwa rumahnya rusak karena banjir dan ia belum "
    "menerima bantuan. Pada kunjungan kedua kami mencocokkan data klien dengan data desa.",
    "#Kesimpulan",
    "Klien adalah lanjut usia yang hidup sendiri dan belum terdaftar sebagai penerima bantuan.",
    "Demikian laporan ini kami sampaikan.",
    "Hormat kami,",
    "Hendra Tandi",
)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_letter_reporting_visits_stays_a_case_note(tmp_path: Path, fmt: str) -> None:
    (record,) = records_of(tmp_path, fmt, VISIT_LETTER)
    assert record.record_type == "summarized_process_record"
    assert record.fields["interview_dates"] == ["2024-03-12", "2024-03-19"]


WRAPPED_ADDRESS = (
    "##BUKU CATATAN DATA LEMBAGA",
    "Nama lembaga : LKSA Harapan Lembah",
    "Alamat : Jl. Pattimura No. 8, Distrik Wamena, Kabupaten Jayawijaya,",
    "Papua Pegunungan",
    "Tanggal berdiri : 21 Agustus 2006",
    "#Program Kerja",
    "Pengasuhan berbasis panti bagi anak dari distrik-distrik terpencil.",
)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_value_left_open_at_a_comma_goes_on_over_the_next_line(tmp_path: Path, fmt: str) -> None:
    (record,) = records_of(tmp_path, fmt, WRAPPED_ADDRESS)
    assert record.fields["address"] == (
        "Jl. Pattimura No. 8, Distrik Wamena, Kabupaten Jayawijaya, Papua Pegunungan"
    )
    assert record.fields["founding_date"] == "2006-08-21"
