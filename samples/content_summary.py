"""Summarized process records and summary records (catatan proses ringkas, catatan ringkas)."""

from __future__ import annotations

from samples.content import (
    AYU,
    DEDI,
    FITRI,
    LH_BANDUNG,
    LH_FLOBAMORA,
    LH_PELITA,
    LH_SEKAR_WANGI,
    LH_SLEMAN,
    LH_SURABAYA,
    LH_TAMAN_HARAPAN,
    LUKAS,
    MARIA,
    RINA,
    SUP_ENDANG,
    SUP_HARYO,
    WAHYU,
    sign,
)
from samples.gold import PAGEBREAK
from samples.values import DS, Bullets, D, Missing, Period

SPR01 = {
    "stem": "spr01_catatan_proses_ringkas_sumarni",
    "format": "docx",
    "lang": "id",
    "letterhead": {**LH_BANDUNG, "mode": "first"},
    "style": {"font": "times", "size": 12, "header": "lines", "heading": {"bold": True}},
    "features": "bold-only headings; tab-aligned `Label : value` header; two interview dates "
    "joined by `dan`; letterhead typed in the body",
    "records": [
        {
            "type": "summarized_process_record",
            "title": ["CATATAN PROSES RINGKAS"],
            "header": [
                ("case_number", "No. Kasus", "045/PS-BDG/II/2024"),
                ("client_name", "Nama Klien", "Ibu Sumarni"),
                ("worker_name", "Pekerja Sosial", RINA),
                (
                    "interview_dates",
                    "Tanggal Wawancara",
                    DS(("2024-03-05", "2024-03-12"), "id_long", " dan "),
                ),
                ("location", "Tempat", "Rumah klien dan kantor UPTD PPA Kota Bandung"),
            ],
            "sections": [
                (
                    "introduction",
                    "Pendahuluan",
                    [
                        "Catatan ini merangkum dua pertemuan dengan klien: kunjungan rumah pada "
                        "5 Maret 2024 dan pendampingan ke UPTD PPA Kota Bandung pada 12 Maret 2024."
                    ],
                ),
                (
                    "summary",
                    "Ringkasan Wawancara",
                    [
                        "Pada kunjungan rumah, klien menceritakan bahwa suaminya kembali marah dan "
                        "membanting piring karena uang belanja kurang. Anak-anak menyaksikan "
                        "kejadian tersebut. Klien mengatakan penghasilannya dari berjualan gorengan "
                        "sekitar Rp50.000 per hari dan biaya sekolah anak sulungnya menunggak tiga bulan.",
                        "Pada pertemuan kedua, klien bersedia didampingi ke UPTD PPA. Klien "
                        "bertemu konselor, menyusun rencana keselamatan dan mencatat nomor "
                        "pengaduan darurat. Klien belum bersedia melapor ke polisi karena khawatir "
                        "suaminya kehilangan pekerjaan.",
                    ],
                ),
                (
                    "conclusion",
                    "Kesimpulan",
                    [
                        "Klien mulai aktif mencari pertolongan dan sudah memiliki rencana "
                        "keselamatan. Risiko kekerasan masih ada, terutama ketika suami mabuk."
                    ],
                ),
                (
                    "next_steps",
                    "Rencana Tindak Lanjut",
                    [
                        "Mengurus keringanan biaya sekolah Dewi, mendaftarkan keluarga ke PKH "
                        "melalui kelurahan, dan konseling lanjutan setiap dua minggu."
                    ],
                ),
            ],
            "sign": sign("Bandung, 13 Maret 2024", RINA, SUP_ENDANG),
        }
    ],
}

SPR02 = {
    "stem": "spr02_summarized_process_record_hartono",
    "format": "pdf",
    "lang": "en",
    "letterhead": LH_PELITA,
    "style": {
        "font": "helvetica",
        "size": 11,
        "header": "lines",
        "heading": {"colon": True},
    },
    "features": "Title Case headings with colon; ISO date; no next steps",
    "records": [
        {
            "type": "summarized_process_record",
            "title": ["Summarized Process Record"],
            "header": [
                ("case_number", "Case No.", "PH-JKT-2024-031"),
                ("client_name", "Client", "Mrs. Lina Hartono"),
                ("worker_name", "Social Worker", MARIA),
                ("interview_dates", "Date of Contact", DS(("2024-04-02",), "iso")),
                ("location", "Place", "SD Negeri Kampung Melayu 03, principal's office"),
            ],
            "sections": [
                (
                    "summary",
                    "Summary",
                    [
                        "The worker attended a meeting at Kevin's school with Mrs. Hartono, the "
                        "homeroom teacher and the school counsellor. The teacher reported that "
                        "Kevin has been on time on most days since mid-March and now brings his "
                        "own breakfast. Mrs. Hartono explained the family's situation briefly and "
                        "asked the school to contact her directly, not her former husband.",
                        "The school agreed to waive the outstanding uniform fee and to enrol Kevin "
                        "in the free after-school reading club twice a week.",
                    ],
                ),
                (
                    "conclusion",
                    "Conclusion",
                    [
                        "Cooperation between the mother and the school has improved. Kevin's "
                        "attendance is no longer a protection concern."
                    ],
                ),
            ],
        }
    ],
}

SPR03 = {
    "stem": "spr03_catatan_proses_ringkas_wulan_scan",
    "format": "scan",
    "lang": "id",
    "seed": 13,
    "letterhead": LH_SURABAYA,
    "style": {"font": "helvetica", "size": 11, "header": "lines", "heading": {"colon": True}},
    "features": "scanned; Title Case headings with colon; summary left `belum diisi`",
    "records": [
        {
            "type": "summarized_process_record",
            "title": ["CATATAN PROSES RINGKAS"],
            "header": [
                ("case_number", "No. Kasus", "UPTD-PPA/SBY/2024/077"),
                ("client_name", "Nama Klien", "Sdri. Wulan Permatasari"),
                ("worker_name", "Pendamping", AYU),
                (
                    "interview_dates",
                    "Tanggal Pertemuan",
                    DS(("2024-04-02", "2024-04-09"), "dmy_slash"),
                ),
            ],
            "sections": [
                (
                    "introduction",
                    "Pendahuluan",
                    [
                        "Dua pertemuan ini membahas persiapan reintegrasi klien ke keluarganya di "
                        "Kabupaten Bojonegoro."
                    ],
                ),
                ("summary", "Ringkasan", Missing("belum diisi")),
                (
                    "conclusion",
                    "Kesimpulan",
                    [
                        "Klien siap kembali ke keluarga dengan pendampingan Dinas Sosial "
                        "Kabupaten Bojonegoro. Ibu klien menyatakan siap menerima klien."
                    ],
                ),
                (
                    "next_steps",
                    "Rencana Tindak Lanjut",
                    [
                        "Menyiapkan surat rujukan reintegrasi dan mengantar klien pulang pada "
                        "akhir April 2024."
                    ],
                ),
            ],
        }
    ],
}

SPR04 = {
    "stem": "spr04_catatan_proses_ringkas_andi",
    "format": "pdf",
    "lang": "id",
    "letterhead": LH_SLEMAN,
    "style": {
        "font": "times",
        "size": 12,
        "header": "lines",
        "heading": {"numbering": "decimal"},
        "footer": "Halaman {page} dari {pages}",
    },
    "features": "decimal numbered headings (`1. Pendahuluan`); three dates `05/08/2024, …`",
    "records": [
        {
            "type": "summarized_process_record",
            "title": ["CATATAN PROSES RINGKAS"],
            "header": [
                ("case_number", "Nomor Kasus", "460/112/DINSOS-SLM/2024"),
                ("client_name", "Nama Klien", "Sdr. Andi Saputra"),
                ("worker_name", "Pekerja Sosial", WAHYU),
                (
                    "interview_dates",
                    "Tanggal Wawancara",
                    DS(("2024-08-05", "2024-08-12", "2024-08-19"), "dmy_slash", ", "),
                ),
                ("location", "Tempat", "Instalasi Rehabilitasi Medik RSUD Sleman dan rumah klien"),
            ],
            "sections": [
                (
                    "introduction",
                    "Pendahuluan",
                    [
                        "Catatan ini meringkas tiga pertemuan selama klien mengikuti fisioterapi "
                        "di RSUD Sleman setelah menerima kursi roda dari program ATENSI."
                    ],
                ),
                (
                    "summary",
                    "Uraian Singkat",
                    [
                        "Pada pertemuan pertama klien mengeluh lelah karena harus menunggu "
                        "angkutan dua jam. Pekerja sosial membantu klien mendaftar layanan "
                        "antar-jemput difabel milik kabupaten.",
                        "Pada pertemuan kedua dan ketiga klien sudah mampu berpindah sendiri dari "
                        "tempat tidur ke kursi roda. Klien bercerita ingin memulai usaha servis "
                        "telepon seluler dan meminta informasi pelatihan. Ibu klien mengatakan "
                        "klien lebih banyak tersenyum dan mau makan bersama keluarga.",
                    ],
                ),
                (
                    "conclusion",
                    "Kesimpulan",
                    [
                        "Kemandirian fisik dan semangat klien meningkat. Hambatan utama saat ini "
                        "adalah transportasi dan modal usaha."
                    ],
                ),
                (
                    "next_steps",
                    "Tindak Lanjut",
                    [
                        "Mendaftarkan klien ke pelatihan servis ponsel di Balai Besar Rehabilitasi "
                        "Sosial dan mengajukan bantuan modal usaha melalui program kewirausahaan "
                        "Dinas Sosial."
                    ],
                ),
            ],
            "sign": sign("Sleman, 20 Agustus 2024", WAHYU, SUP_HARYO),
        }
    ],
}

SPR05 = {
    "stem": "spr05_summarized_process_record_hartono",
    "format": "docx",
    "lang": "en",
    "letterhead": LH_PELITA,
    "style": {
        "font": "dejavu_sans",
        "size": 11,
        "header": "table",
        "heading": {"kind": "word"},
    },
    "features": "Word heading styles; header as Word table; client name left `-`; two dates",
    "records": [
        {
            "type": "summarized_process_record",
            "title": ["SUMMARIZED PROCESS RECORD"],
            "header": [
                ("case_number", "Case Number", "PH-JKT-2024-031"),
                ("client_name", "Client Name", Missing("-")),
                ("worker_name", "Worker", MARIA),
                ("interview_dates", "Interview Dates", DS(("2024-04-09", "2024-04-16"), "en_mdy")),
            ],
            "sections": [
                (
                    "summary",
                    "Summary of Contacts",
                    [
                        "On 9 April the worker accompanied the client to LBH Jakarta, where a "
                        "lawyer explained the procedure for claiming child maintenance through the "
                        "religious court. The client decided to file the claim.",
                        "On 16 April the client reported that her former husband had phoned her "
                        "angrily after receiving the lawyer's letter. She stayed calm, ended the "
                        "call and informed the worker the same day, as agreed in her safety plan.",
                    ],
                ),
                (
                    "conclusion",
                    "Conclusion",
                    [
                        "The client is using her safety plan and legal support effectively. No "
                        "threats to the children have been made."
                    ],
                ),
                (
                    "next_steps",
                    "Next Steps",
                    [
                        "Attend the first court hearing with the client; review the safety plan "
                        "with the client after the hearing."
                    ],
                ),
            ],
        }
    ],
}

SR01 = {
    "stem": "sr01_catatan_ringkas_sumarni",
    "format": "docx",
    "lang": "id",
    "letterhead": LH_BANDUNG,
    "style": {
        "font": "times",
        "size": 11.5,
        "header": "lines",
        "heading": {"numbering": "alpha", "bold": True},
        "word_lists": True,
        "footer": "Halaman {page} dari {pages}",
    },
    "features": "lettered headings (`A.`); period on one line `Februari s.d. Mei 2024`; Word "
    "bullet list of reports",
    "records": [
        {
            "type": "summarized_record",
            "title": ["CATATAN RINGKAS"],
            "header": [
                ("case_number", "No. Kasus", "045/PS-BDG/II/2024"),
                ("client_name", "Nama Klien", "Ibu Sumarni"),
                ("worker_name", "Pekerja Sosial", RINA),
                ("period", "Periode", Period("Februari s.d. Mei 2024", "2024-02-01", "2024-05-31")),
            ],
            "sections": [
                (
                    "reports_summarized",
                    "Laporan yang Diringkas",
                    [
                        Bullets(
                            (
                                "Laporan asesmen awal, 20 Februari 2024",
                                "Catatan proses kunjungan rumah, 5 Maret 2024",
                                "Catatan proses ringkas, 5 dan 12 Maret 2024",
                                "Laporan konseling UPTD PPA, April 2024",
                                "Laporan kunjungan sekolah, 8 Mei 2024",
                            ),
                            "•",
                        )
                    ],
                ),
                (
                    "case_summary",
                    "Ringkasan Kasus",
                    [
                        "Ibu Sumarni (42) dirujuk oleh Puskesmas Cibangkong pada Februari 2024 "
                        "karena luka memar akibat kekerasan dalam rumah tangga. Klien adalah ibu "
                        "tiga anak dengan penghasilan tidak tetap dari berjualan gorengan, "
                        "sedangkan suaminya bekerja serabutan dan sering mabuk.",
                        "Selama periode ini klien mengikuti enam sesi konseling di UPTD PPA, "
                        "menyusun rencana keselamatan, dan keluarga terdaftar sebagai penerima PKH. "
                        "Sekolah memberikan keringanan biaya untuk anak sulung klien.",
                    ],
                ),
                (
                    "current_situation",
                    "Situasi Saat Ini",
                    [
                        "Suami klien mengikuti konseling keluarga dua kali dan tidak ada laporan "
                        "kekerasan fisik sejak April. Klien menambah penghasilan dengan menerima "
                        "pesanan katering kecil."
                    ],
                ),
                (
                    "plan",
                    "Rencana",
                    [
                        "Memantau keluarga satu kali sebulan hingga Juni 2024 dan mempersiapkan "
                        "terminasi bila situasi tetap aman."
                    ],
                ),
            ],
            "sign": sign("Bandung, 31 Mei 2024", RINA, SUP_ENDANG),
        }
    ],
}

SR02 = {
    "stem": "sr02_summary_record_hartono",
    "format": "pdf",
    "lang": "en",
    "letterhead": LH_PELITA,
    "style": {
        "font": "dejavu_serif",
        "size": 10.5,
        "header": "table",
        "heading": {"bold": True},
    },
    "features": "header as ruled PDF table; period `1 Feb – 30 Apr 2024`; bullet list; no "
    "current situation",
    "records": [
        {
            "type": "summarized_record",
            "title": ["SUMMARY RECORD"],
            "header": [
                ("case_number", "Case No.", "PH-JKT-2024-031"),
                ("client_name", "Client", "Mrs. Lina Hartono"),
                ("worker_name", "Prepared by", MARIA),
                (
                    "period",
                    "Period Covered",
                    Period("1 Feb – 30 Apr 2024", "2024-02-01", "2024-04-30"),
                ),
            ],
            "sections": [
                (
                    "reports_summarized",
                    "Reports Summarized",
                    [
                        Bullets(
                            (
                                "School referral, 20 February 2024",
                                "Process recordings, sessions 1 to 3",
                                "Summarized process records, April 2024",
                                "Puskesmas Jatinegara screening result",
                            ),
                            "•",
                        )
                    ],
                ),
                (
                    "case_summary",
                    "Case Summary",
                    [
                        "The family was referred by Kevin's school because of repeated lateness, "
                        "hunger and a missing uniform. Assessment found a mother with symptoms of "
                        "depression after divorce, no income and unpaid child maintenance.",
                        "The mother started treatment at the puskesmas, received food assistance "
                        "and filed a maintenance claim with legal aid. School attendance recovered "
                        "by the end of March.",
                    ],
                ),
                (
                    "plan",
                    "Plan",
                    [
                        "Monthly home visits until the maintenance claim is decided; refer the "
                        "mother to a job placement programme when her treatment allows."
                    ],
                ),
            ],
        }
    ],
}

SR03 = {
    "stem": "sr03_catatan_ringkas_sukinem_wordpdf",
    "format": "word_pdf",
    "lang": "id",
    "letterhead": LH_SEKAR_WANGI,
    "style": {
        "font": "times",
        "size": 12,
        "header": "lines",
        "heading": {"kind": "word", "upper": True},
    },
    "features": "PDF exported from Word; Word headings in CAPS; period as two label lines; case "
    "number left `-`",
    "records": [
        {
            "type": "summarized_record",
            "title": ["CATATAN RINGKAS PENERIMA MANFAAT"],
            "header": [
                ("case_number", "No. Kasus", Missing("-")),
                ("client_name", "Nama", "Mbah Sukinem"),
                ("worker_name", "Pekerja Sosial", FITRI),
                ("period_start", "Periode Awal", D("2024-02-21", "dmy_slash")),
                ("period_end", "Periode Akhir", D("2024-05-20", "dmy_slash")),
            ],
            "sections": [
                (
                    "case_summary",
                    "Ringkasan Kasus",
                    [
                        "Mbah Sukinem (74) diterima di PPSLU Sekar Wangi pada 21 Februari 2024 "
                        "atas rujukan Kelurahan Tegalyoso setelah ditemukan tidur di emper toko. "
                        "Klien mengalami hipertensi dan demensia ringan serta tidak membawa "
                        "dokumen kependudukan.",
                        "Melalui penelusuran keluarga, pekerja sosial menemukan keponakan klien, "
                        "Bapak Suparno, di Kecamatan Wedi. Keluarga bersedia menerima klien "
                        "kembali dengan dukungan pemantauan dari TKSK kecamatan.",
                    ],
                ),
                (
                    "current_situation",
                    "Keadaan Klien Saat Ini",
                    [
                        "Tekanan darah klien stabil dengan obat rutin. Klien sudah dua kali "
                        "dikunjungi keponakannya dan tampak gembira."
                    ],
                ),
                (
                    "plan",
                    "Rencana Selanjutnya",
                    [
                        "Reunifikasi klien dengan keluarga keponakan pada akhir Mei 2024 dan "
                        "pendaftaran klien sebagai penerima bantuan ATENSI lansia."
                    ],
                ),
            ],
        }
    ],
}

SR04 = {
    "stem": "sr04_catatan_ringkas_rizky",
    "format": "pdf",
    "lang": "id",
    "letterhead": LH_TAMAN_HARAPAN,
    "style": {
        "font": "times",
        "size": 11.5,
        "header": "lines",
        "heading": {"upper": True},
        "footer": "Halaman {page} dari {pages}",
        "footer_left": "Catatan Ringkas – PSAA-TH/2024/019",
    },
    "features": "2 pages with repeated letterhead and footer; period `1 Juli – 30 September "
    "2024`; numbered list of reports",
    "records": [
        {
            "type": "summarized_record",
            "title": ["CATATAN RINGKAS", "Triwulan III Tahun 2024"],
            "header": [
                ("case_number", "No. Registrasi", "PSAA-TH/2024/019"),
                ("client_name", "Nama Anak", "An. Rizky Ramadhan"),
                ("worker_name", "Pekerja Sosial", DEDI),
                (
                    "period",
                    "Periode Laporan",
                    Period("1 Juli – 30 September 2024", "2024-07-01", "2024-09-30"),
                ),
            ],
            "sections": [
                (
                    "reports_summarized",
                    "Daftar Laporan",
                    [
                        Bullets(
                            (
                                "Catatan proses pertemuan ke-7 sampai ke-10",
                                "Laporan perkembangan dari sekolah (rapor semester genap)",
                                "Laporan mediasi dengan An. Fajar",
                                "Catatan harian pengasuh asrama bulan Juli–September",
                                "Laporan komunikasi dengan BP3MI Jawa Barat",
                            ),
                            "1.",
                        )
                    ],
                ),
                (
                    "case_summary",
                    "Ringkasan Kasus",
                    [
                        "Rizky (14 tahun) ditempatkan di UPTD PSAA Taman Harapan sejak November "
                        "2023 karena ayahnya meninggal dan ibunya bekerja sebagai pekerja migran "
                        "di Malaysia. Pada awal 2024 klien sering membolos dan terlibat "
                        "perkelahian dengan teman asrama.",
                        "Setelah kontak dengan ibunya dipulihkan melalui BP3MI, klien melakukan "
                        "panggilan video dua kali sebulan. Mediasi dengan An. Fajar berhasil dan "
                        "keduanya kini satu tim sepak bola asrama.",
                        "Kehadiran klien di sekolah meningkat menjadi 92 persen pada triwulan "
                        "ini, dan klien naik ke kelas IX dengan nilai rata-rata 78.",
                    ],
                ),
                PAGEBREAK,
                (
                    "current_situation",
                    "Situasi Saat Ini",
                    [
                        "Klien aktif dalam kegiatan sepak bola dan pramuka. Klien masih sesekali "
                        "merokok bersama teman di luar panti, tetapi mengakuinya secara terbuka "
                        "dalam sesi konseling.",
                        "Ibu klien merencanakan pulang ke Indonesia pada Desember 2024 dan ingin "
                        "mengasuh klien kembali di Sukabumi.",
                    ],
                ),
                (
                    "plan",
                    "Rencana",
                    [
                        "Mempersiapkan reunifikasi dengan ibu klien pada Desember 2024, termasuk "
                        "asesmen rumah dan kemampuan pengasuhan.",
                        "Melanjutkan konseling berhenti merokok dan pemantauan sekolah setiap bulan.",
                    ],
                ),
            ],
            "sign": sign("Sukabumi, 4 Oktober 2024", DEDI, SUP_HARYO),
        }
    ],
}

SR05 = {
    "stem": "sr05_summary_record_lake_scan",
    "format": "scan",
    "lang": "en",
    "seed": 25,
    "letterhead": LH_FLOBAMORA,
    "style": {
        "font": "times",
        "size": 12,
        "header": "lines",
        "heading": {"bold": True, "underline": True},
    },
    "features": "scanned; period `July to September 2024`; no plan section",
    "records": [
        {
            "type": "summarized_record",
            "title": ["SUMMARY RECORD"],
            "header": [
                ("case_number", "File No.", "FRH/2024/046"),
                ("client_name", "Client Name", "Mr. Yohanes Lake"),
                ("worker_name", "Caseworker", LUKAS),
                (
                    "period",
                    "Reporting Period",
                    Period("July to September 2024", "2024-07-01", "2024-09-30"),
                ),
            ],
            "sections": [
                (
                    "reports_summarized",
                    "Reports Reviewed",
                    [
                        Bullets(
                            (
                                "Weekly process records, July to September",
                                "Urine test results (12 tests, all negative)",
                                "Vocational trainer's report, September 2024",
                            ),
                            "-",
                        )
                    ],
                ),
                (
                    "case_summary",
                    "Case Summary",
                    [
                        "Yohanes entered the residential programme in January 2024 after a court "
                        "referral for methamphetamine use. He completed the primary phase in June "
                        "and moved to the re-entry phase in July.",
                        "During this quarter he stayed drug-free, completed a welding course and "
                        "spent two supervised weekends with his brother's family in Soe.",
                    ],
                ),
                (
                    "current_situation",
                    "Present Status",
                    [
                        "The client works part-time at a welding workshop in Oebobo and attends "
                        "the aftercare group every Thursday."
                    ],
                ),
            ],
        }
    ],
}

DOCS = [SPR01, SPR02, SPR03, SPR04, SPR05, SR01, SR02, SR03, SR04, SR05]
