"""Daily logs (catatan harian): dated events with clock time, duration and client."""

from __future__ import annotations

from samples.content import (
    DEDI,
    FITRI,
    KADEK,
    LH_KASIH_BUNDA,
    LH_SEKAR_WANGI,
    LH_SLEMAN,
    LH_TAMAN_HARAPAN,
    MARIA,
    SUP_HARYO,
    WAHYU,
    sign,
)
from samples.values import DatedEntries, Entry, EntryTable

DL01 = {
    "stem": "dl01_catatan_harian_dedi",
    "format": "docx",
    "lang": "id",
    "letterhead": LH_TAMAN_HARAPAN,
    "style": {"font": "helvetica", "size": 10, "header": "lines", "heading": {"bold": True}},
    "features": "Word table No | Tanggal | Jam | Durasi | Uraian Kegiatan | Klien; blank date "
    "cells = same date as above; one event without a client",
    "records": [
        {
            "type": "daily_log",
            "title": ["CATATAN HARIAN PEKERJA SOSIAL"],
            "header": [
                ("worker_name", "Nama Pekerja Sosial", DEDI),
                (None, "Bulan", "Maret 2024"),
                (None, "Minggu ke", "I"),
            ],
            "sections": [
                (
                    "entries",
                    None,
                    EntryTable(
                        ("no", "date", "time", "duration", "desc", "client"),
                        ("No", "Tanggal", "Jam", "Durasi", "Uraian Kegiatan", "Klien"),
                        (
                            Entry(
                                "2024-03-04",
                                "07:30",
                                30,
                                "Apel pagi dan pembagian tugas pendampingan sekolah.",
                            ),
                            Entry(
                                "2024-03-04",
                                "13:00",
                                45,
                                "Konseling individu tentang penyesuaian diri di asrama.",
                                "An. Bayu Saputra",
                            ),
                            Entry(
                                "2024-03-05",
                                "09:00",
                                90,
                                "Kunjungan ke SMP Negeri 2 Cibadak bertemu wali kelas terkait "
                                "ketidakhadiran klien selama empat hari.",
                                "An. Rizky Ramadhan",
                            ),
                            Entry(
                                "2024-03-05",
                                "14:30",
                                60,
                                "Mendampingi pemeriksaan gigi di Puskesmas Cibadak.",
                                "An. Siti Nurjanah",
                            ),
                            Entry(
                                "2024-03-06",
                                "19:30",
                                30,
                                "Menerima laporan pengasuh tentang perkelahian di kamar asrama; "
                                "memisahkan kedua anak.",
                                "An. Rizky Ramadhan",
                            ),
                            Entry(
                                "2024-03-07",
                                "10:00",
                                75,
                                "Wawancara konseling setelah perkelahian (lihat catatan proses "
                                "pertemuan ke-3).",
                                "An. Rizky Ramadhan",
                            ),
                            Entry(
                                "2024-03-07",
                                "15:00",
                                40,
                                "Telepon ke BP3MI Jawa Barat untuk menanyakan kontak ibu klien.",
                                "An. Rizky Ramadhan",
                            ),
                            Entry(
                                "2024-03-08",
                                "08:00",
                                120,
                                "Pendampingan kelompok keterampilan sablon untuk anak usia SMA.",
                                "An. Deni Firmansyah",
                            ),
                        ),
                        date_fmt="dmy_slash",
                        time_fmt="dot",
                        dur_style="id",
                    ),
                )
            ],
            "sign": sign("Sukabumi, 8 Maret 2024", DEDI, SUP_HARYO),
        }
    ],
}

_DL02_ENTRIES = (
    Entry("2024-03-11", "07:30", 30, "Serah terima tugas dengan petugas jaga malam.", None),
    Entry("2024-03-11", "09:00", 45, "Pemantauan makan pagi di Wisma Melati.", "Mbah Sukinem"),
    Entry(
        "2024-03-11",
        "13:30",
        60,
        "Asesmen lanjutan calon penerima manfaat baru.",
        "Mbah Kromo Diharjo",
    ),
    Entry(
        "2024-03-12",
        "08:00",
        None,
        "Mendampingi pemeriksaan tekanan darah bersama perawat.",
        "Mbah Sukinem",
    ),
    Entry(
        "2024-03-12",
        "10:30",
        90,
        "Terapi kelompok senam lansia dan permainan ingatan.",
        "Mbah Painem",
    ),
    Entry("2024-03-12", "14:00", 45, "Rapat koordinasi dengan perawat dan ahli gizi.", None),
    Entry(
        "2024-03-13", "09:00", 60, "Konseling individu tentang rasa rindu keluarga.", "Mbah Sukinem"
    ),
    Entry(
        "2024-03-13",
        "11:00",
        30,
        "Menghubungi Disdukcapil untuk jadwal perekaman KTP.",
        "Mbah Sukinem",
    ),
    Entry("2024-03-13", "15:30", 60, "Kegiatan karawitan sore di aula.", "Mbah Painem"),
    Entry(
        "2024-03-14",
        "08:30",
        75,
        "Wawancara di teras Wisma Melati (lihat catatan proses).",
        "Mbah Sukinem",
    ),
    Entry(
        "2024-03-14",
        "13:00",
        120,
        "Kunjungan ke Kecamatan Wedi untuk penelusuran keluarga; bertemu perangkat desa.",
        "Mbah Sukinem",
    ),
    Entry(
        "2024-03-14", "16:00", 30, "Menyampaikan hasil kunjungan Wedi kepada klien.", "Mbah Sukinem"
    ),
    Entry("2024-03-15", "07:30", 30, "Apel pagi dan pembagian tugas piket akhir pekan.", None),
    Entry(
        "2024-03-15", "09:00", 60, "Pendampingan kontrol ke RSUD Bagas Waras.", "Mbah Kromo Diharjo"
    ),
    Entry(
        "2024-03-15",
        "11:00",
        45,
        "Konseling keluarga melalui telepon dengan anak klien di Solo.",
        "Mbah Painem",
    ),
    Entry("2024-03-15", "13:00", 45, "Menyusun laporan mingguan dan memperbarui buku kasus.", None),
    Entry(
        "2024-03-16",
        "08:00",
        240,
        "Piket akhir pekan: pemantauan kesehatan dan kunjungan keluarga penerima manfaat.",
        "Mbah Sukinem",
    ),
    Entry(
        "2024-03-16",
        "13:30",
        60,
        "Menerima kunjungan keluarga dan mencatat hasil pertemuan.",
        "Mbah Painem",
    ),
)

DL02 = {
    "stem": "dl02_catatan_harian_fitri",
    "format": "pdf",
    "lang": "id",
    "letterhead": LH_SEKAR_WANGI,
    "style": {
        "font": "times",
        "size": 11,
        "header": "lines",
        "heading": {"bold": True},
        "footer": "Halaman {page} dari {pages}",
    },
    "features": "ruled PDF table over 2 pages (header row repeated); blank date cells; one "
    "duration cell `-`; letterhead on every page",
    "records": [
        {
            "type": "daily_log",
            "title": ["CATATAN HARIAN", "Periode 11 – 16 Maret 2024"],
            "header": [
                ("worker_name", "Pekerja Sosial", FITRI),
                (None, "Jabatan", "Pekerja Sosial Ahli Pertama"),
            ],
            "sections": [
                (
                    "entries",
                    None,
                    EntryTable(
                        ("date", "time", "duration", "desc", "client"),
                        ("Tanggal", "Waktu", "Durasi", "Kegiatan", "Klien"),
                        _DL02_ENTRIES,
                        date_fmt="id_short",
                        time_fmt="wib",
                        dur_style="id",
                        blank="-",
                    ),
                )
            ],
            "sign": sign("Klaten, 16 Maret 2024", FITRI),
        }
    ],
}

DL03 = {
    "stem": "dl03_daily_log_maria",
    "format": "docx",
    "lang": "en",
    "style": {"font": "dejavu_sans", "size": 10, "header": "inline", "kv_sep": ": "},
    "features": "no letterhead, agency from an `Agency:` label; a.m./p.m. times; `1.5 hours`, "
    "`30 minutes`; every date written; one event without a client",
    "records": [
        {
            "type": "daily_log",
            "title": ["DAILY LOG"],
            "header": [
                ("worker_name", "Social Worker", MARIA),
                ("agency_name", "Agency", "Pelita Hati Child Protection Foundation"),
                (None, "Week", "18–22 March 2024"),
            ],
            "sections": [
                (
                    "entries",
                    None,
                    EntryTable(
                        ("date", "time", "duration", "desc", "client"),
                        ("Date", "Time", "Duration", "Activity", "Client"),
                        (
                            Entry(
                                "2024-03-18",
                                "09:00",
                                60,
                                "Home visit; checked the children's morning routine chart.",
                                "Mrs. Lina Hartono",
                            ),
                            Entry(
                                "2024-03-18",
                                "14:00",
                                30,
                                "Phone call with the school counsellor about attendance.",
                                "Mrs. Lina Hartono",
                            ),
                            Entry(
                                "2024-03-19",
                                "10:00",
                                90,
                                "Session 3 at the office (see process recording).",
                                "Mrs. Lina Hartono",
                            ),
                            Entry(
                                "2024-03-20",
                                "13:30",
                                120,
                                "Team case conference on new referrals.",
                                None,
                            ),
                            Entry(
                                "2024-03-21",
                                "08:30",
                                45,
                                "Accompanied a child to the police for a witness statement.",
                                "Ayu Kartika (12)",
                            ),
                            Entry(
                                "2024-03-22",
                                "15:00",
                                30,
                                "Wrote up case notes and updated the referral register.",
                                "Ayu Kartika (12)",
                            ),
                        ),
                        date_fmt="en_dmy",
                        time_fmt="ampm",
                        dur_style="en_hours",
                        repeat_dates=True,
                    ),
                )
            ],
        }
    ],
}

DL04 = {
    "stem": "dl04_catatan_harian_wahyu_paragraf",
    "format": "pdf",
    "lang": "id",
    "letterhead": LH_SLEMAN,
    "style": {"font": "dejavu_sans", "size": 10.5, "header": "lines", "heading": {"bold": True}},
    "features": "daily log as dated paragraphs (date line, `Pukul 08.00 (45 menit) — client`, "
    "description)",
    "records": [
        {
            "type": "daily_log",
            "title": ["CATATAN HARIAN PEKERJA SOSIAL"],
            "header": [
                ("worker_name", "Pekerja Sosial", WAHYU),
                (None, "Wilayah Tugas", "Kecamatan Kalasan dan Ngemplak"),
            ],
            "sections": [
                (
                    "entries",
                    "Uraian Kegiatan",
                    DatedEntries(
                        (
                            Entry(
                                "2024-07-22",
                                "08:00",
                                30,
                                "Koordinasi dengan kader kesehatan Padukuhan Ngemplak sebelum "
                                "kunjungan rumah.",
                            ),
                            Entry(
                                "2024-07-22",
                                "09:00",
                                90,
                                "Kunjungan rumah pertama; wawancara dengan klien dan ibunya "
                                "tentang kondisi setelah kecelakaan.",
                                "Sdr. Andi Saputra",
                            ),
                            Entry(
                                "2024-07-23",
                                "10:00",
                                60,
                                "Menyusun usulan bantuan kursi roda program ATENSI dan "
                                "melengkapi berkas.",
                                "Sdr. Andi Saputra",
                            ),
                            Entry(
                                "2024-07-23",
                                "13:30",
                                45,
                                "Kunjungan ke lansia tunggal yang dilaporkan tetangga tidak "
                                "keluar rumah tiga hari.",
                                "Mbah Wiryo",
                            ),
                            Entry(
                                "2024-07-24",
                                "09:30",
                                120,
                                "Rapat koordinasi rehabilitasi sosial tingkat kabupaten.",
                            ),
                        ),
                        date_fmt="id_weekday",
                        time_fmt="dot",
                        dur_style="id",
                    ),
                )
            ],
        }
    ],
}

DL05 = {
    "stem": "dl05_catatan_harian_kadek_scan",
    "format": "scan",
    "lang": "id",
    "seed": 55,
    "letterhead": LH_KASIH_BUNDA,
    "style": {"font": "helvetica", "size": 11, "header": "lines", "heading": {"bold": True}},
    "features": "scanned; table with combined `Waktu (Durasi)` column and row numbers; blank "
    "date cells",
    "records": [
        {
            "type": "daily_log",
            "title": ["CATATAN HARIAN"],
            "header": [
                ("worker_name", "Nama", KADEK),
                (None, "Periode", "April 2024"),
            ],
            "sections": [
                (
                    "entries",
                    None,
                    EntryTable(
                        ("no", "date", "time_dur", "desc", "client"),
                        ("No.", "Tanggal", "Waktu (Durasi)", "Kegiatan", "Nama Anak"),
                        (
                            Entry(
                                "2024-04-15",
                                "09:00",
                                45,
                                "Konseling individu sesi pertama.",
                                "An. Putri Ayu Lestari",
                            ),
                            Entry(
                                "2024-04-15",
                                "13:00",
                                60,
                                "Mendaftarkan anak ke SD Negeri 7 Sumerta.",
                                "An. Putri Ayu Lestari",
                            ),
                            Entry(
                                "2024-04-17",
                                "16:00",
                                30,
                                "Bermain peran bersama kelompok anak usia 8–10 tahun.",
                                "An. Dimas Pratama",
                            ),
                            Entry(
                                "2024-04-20",
                                "10:00",
                                20,
                                "Mendampingi telepon dengan bibi di Tabanan.",
                                "An. Putri Ayu Lestari",
                            ),
                            Entry(
                                "2024-04-20",
                                "11:00",
                                60,
                                "Menyusun rencana pengasuhan bersama pengasuh asrama putri.",
                                "An. Komang Sari",
                            ),
                        ),
                        date_fmt="dmy_slash",
                        time_fmt="dot",
                        dur_style="id",
                    ),
                )
            ],
        }
    ],
}

DOCS = [DL01, DL02, DL03, DL04, DL05]
