"""Agency records (buku catatan data lembaga) and two documents that are not case notes."""

from __future__ import annotations

from samples.compose import KV
from samples.content import LH_BANDUNG, LH_GUYUB_RUKUN, LH_KASIH_BUNDA, LH_PELITA, LH_TAMAN_HARAPAN
from samples.gold import PAGEBREAK
from samples.values import Bullets, D, E, Missing

AR01 = {
    "stem": "ar01_data_lembaga_taman_harapan",
    "format": "docx",
    "lang": "id",
    "letterhead": LH_TAMAN_HARAPAN,
    "style": {
        "font": "times",
        "size": 11,
        "header": "lines",
        "heading": {"kind": "word"},
        "word_lists": True,
        "footer": "Halaman {page} dari {pages}",
    },
    "features": "key/value labels then Word-heading sections; enumerations `Institusional "
    "(panti)` and `Provinsi Jawa Barat`; 2 pages",
    "records": [
        {
            "type": "agency_record",
            "title": ["BUKU CATATAN DATA LEMBAGA"],
            "header": [
                ("agency_name", "Nama Lembaga", "UPTD Panti Sosial Asuhan Anak Taman Harapan"),
                (
                    "address",
                    "Alamat",
                    "Jl. Raya Cibadak KM 3 No. 88, Kecamatan Cibadak, Kabupaten Sukabumi 43351",
                ),
                ("founding_date", "Tanggal Berdiri", D("1979-04-02", "id_long")),
                ("agency_nature", "Sifat Lembaga", E("Institusional (panti)", "institutional")),
                ("service_authority", "Kewenangan Pelayanan", E("Provinsi Jawa Barat", "province")),
                (
                    "funding_sources",
                    "Sumber Dana",
                    "APBD Provinsi Jawa Barat, dana CSR perusahaan dan donatur perorangan",
                ),
            ],
            "sections": [
                (
                    "legal_basis",
                    "Dasar Hukum",
                    [
                        Bullets(
                            (
                                "Undang-Undang Nomor 11 Tahun 2009 tentang Kesejahteraan Sosial",
                                "Undang-Undang Nomor 35 Tahun 2014 tentang Perlindungan Anak",
                                "Peraturan Gubernur Jawa Barat tentang Pembentukan UPTD di "
                                "lingkungan Dinas Sosial",
                            ),
                            "1.",
                        )
                    ],
                ),
                (
                    "work_program",
                    "Program Kerja",
                    [
                        "Pengasuhan dan perawatan anak usia 6–18 tahun, pendidikan formal dan "
                        "bimbingan belajar, bimbingan mental dan sosial, pelatihan keterampilan "
                        "vokasional, serta reunifikasi dan pengasuhan berbasis keluarga."
                    ],
                ),
                (
                    "service_procedures",
                    "Prosedur dan Persyaratan Pelayanan",
                    [
                        "Anak dirujuk oleh Dinas Sosial kabupaten/kota dengan surat rujukan, "
                        "akta kelahiran atau surat keterangan lahir, Kartu Keluarga, dan surat "
                        "keterangan tidak mampu. Pekerja sosial melakukan asesmen awal dan "
                        "kunjungan rumah sebelum anak diterima."
                    ],
                ),
                (
                    "organizational_structure",
                    "Struktur Organisasi",
                    [
                        "Kepala UPTD membawahi Subbagian Tata Usaha dan Kelompok Jabatan "
                        "Fungsional (pekerja sosial, penyuluh sosial dan pengasuh). Pengasuh "
                        "asrama bertanggung jawab kepada koordinator pelayanan."
                    ],
                ),
                (
                    "policies",
                    "Kebijakan Lembaga",
                    [
                        "Pengasuhan di panti adalah pilihan terakhir dan bersifat sementara. "
                        "Setiap anak memiliki rencana pengasuhan yang ditinjau setiap enam bulan."
                    ],
                ),
                PAGEBREAK,
                (
                    "service_process",
                    "Proses Pelayanan",
                    [
                        "Pendekatan awal, asesmen, penyusunan rencana pengasuhan, pelaksanaan "
                        "pelayanan, evaluasi, reunifikasi atau terminasi, dan bimbingan lanjut."
                    ],
                ),
                (
                    "recording_and_reporting",
                    "Pencatatan dan Pelaporan",
                    [
                        "Setiap anak memiliki berkas kasus yang memuat catatan kasus, catatan "
                        "proses dan catatan ringkas. Laporan triwulan disampaikan kepada Kepala "
                        "Dinas Sosial Provinsi."
                    ],
                ),
                (
                    "functional_areas",
                    "Bidang Fungsional",
                    [
                        "Pelayanan pengasuhan, pendidikan, kesehatan, rehabilitasi sosial dan "
                        "reintegrasi keluarga."
                    ],
                ),
                (
                    "special_limits",
                    "Batasan Khusus",
                    [
                        "Panti tidak menerima anak dengan disabilitas berat yang memerlukan "
                        "perawatan medis intensif; anak tersebut dirujuk ke sentra milik "
                        "Kementerian Sosial."
                    ],
                ),
                (
                    "professional_staff",
                    "Tenaga Profesional",
                    ["Empat pekerja sosial, satu psikolog, satu perawat dan dua belas pengasuh."],
                ),
                (
                    "admin_staff",
                    "Tenaga Administrasi",
                    [
                        "Lima staf tata usaha, dua juru masak, satu pengemudi dan dua petugas keamanan."
                    ],
                ),
            ],
        }
    ],
}

AR02 = {
    "stem": "ar02_data_lembaga_guyub_rukun",
    "format": "pdf",
    "lang": "id",
    "letterhead": LH_GUYUB_RUKUN,
    "style": {
        "font": "dejavu_sans",
        "size": 10,
        "header": "table",
        "heading": {"numbering": "roman", "upper": True},
        "footer": "Halaman {page} dari {pages}",
    },
    "features": "key/value ruled table; roman numbered CAPS headings; `Dasar Hukum` heading "
    "present but empty; semi-institutional, district; 2 pages",
    "records": [
        {
            "type": "agency_record",
            "title": ["PROFIL LEMBAGA"],
            "header": [
                (
                    "agency_name",
                    "Nama Lembaga",
                    "Pusat Pelayanan Sosial Lansia Harian Guyub Rukun",
                ),
                ("address", "Alamat Kantor", "Jl. Merbabu No. 14, Klaten Tengah, Kabupaten Klaten"),
                ("founding_date", "Didirikan", D("2016-08-12", "dmy_slash")),
                (
                    "agency_nature",
                    "Jenis Pelayanan",
                    E("Semi-institusional (pelayanan harian)", "semi_institutional"),
                ),
                ("service_authority", "Wilayah Pelayanan", E("Kabupaten Klaten", "district")),
                (None, "Nomor Tanda Daftar LKS", "460/031/LKS/2016"),
            ],
            "sections": [
                (
                    "work_program",
                    "Program Kerja",
                    [
                        "Pelayanan harian bagi lansia pada hari Senin sampai Jumat: pemeriksaan "
                        "kesehatan sederhana, senam, kegiatan kesenian, makan siang bergizi dan "
                        "konseling keluarga pendamping lansia."
                    ],
                ),
                (
                    "service_procedures",
                    "Prosedur Pelayanan",
                    [
                        "Lansia atau keluarganya mendaftar dengan membawa KTP, Kartu Keluarga dan "
                        "surat keterangan sehat dari puskesmas. Pekerja sosial melakukan asesmen "
                        "kebutuhan sebelum lansia mengikuti kegiatan."
                    ],
                ),
                (
                    "organizational_structure",
                    "Struktur Organisasi",
                    [
                        "Ketua pengurus, sekretaris, bendahara, koordinator pelayanan, pekerja "
                        "sosial dan relawan pendamping."
                    ],
                ),
                (
                    "funding_sources",
                    "Sumber Dana",
                    [
                        "Hibah APBD Kabupaten Klaten, bantuan program ATENSI Kementerian Sosial, "
                        "iuran sukarela keluarga dan donatur."
                    ],
                ),
                ("legal_basis", "Dasar Hukum", Missing("")),
                PAGEBREAK,
                (
                    "policies",
                    "Kebijakan",
                    [
                        "Lansia tetap tinggal bersama keluarga; lembaga hanya memberikan pelayanan "
                        "pada siang hari dan mendorong peran keluarga dalam perawatan."
                    ],
                ),
                (
                    "service_process",
                    "Alur Pelayanan",
                    [
                        "Pendaftaran, asesmen, penyusunan rencana kegiatan, pelayanan harian, "
                        "evaluasi bulanan dan rujukan bila diperlukan."
                    ],
                ),
                (
                    "recording_and_reporting",
                    "Sistem Pencatatan dan Pelaporan",
                    [
                        "Daftar hadir harian, kartu kesehatan lansia dan laporan bulanan kepada "
                        "Dinas Sosial Kabupaten Klaten."
                    ],
                ),
                (
                    "professional_staff",
                    "Staf Profesional",
                    ["Satu pekerja sosial, satu perawat paruh waktu dan satu instruktur senam."],
                ),
                (
                    "admin_staff",
                    "Staf Administrasi",
                    ["Satu tenaga administrasi dan dua juru masak."],
                ),
            ],
        }
    ],
}

AR03 = {
    "stem": "ar03_agency_record_pelita_hati",
    "format": "pdf",
    "lang": "en",
    "letterhead": LH_PELITA,
    "style": {
        "font": "helvetica",
        "size": 10.5,
        "header": "lines",
        "heading": {"upper": True},
    },
    "features": "English agency profile; CAPS headings; non-institutional, national; several "
    "recommended sections absent",
    "records": [
        {
            "type": "agency_record",
            "title": ["AGENCY DATA RECORD"],
            "header": [
                ("agency_name", "Name of Agency", "Pelita Hati Child Protection Foundation"),
                ("address", "Address", "Jl. Kemang Timur Raya No. 7, South Jakarta 12730"),
                ("founding_date", "Established", D("2009-03-03", "en_mdy")),
                (
                    "agency_nature",
                    "Nature of Agency",
                    E("Non-institutional (community-based)", "non_institutional"),
                ),
                ("service_authority", "Service Area", E("National", "national")),
            ],
            "sections": [
                (
                    "legal_basis",
                    "Legal Basis",
                    [
                        "Deed of establishment of Yayasan Pelita Hati (2009), approved by the "
                        "Ministry of Law and Human Rights; registered as a social welfare "
                        "organisation with the Ministry of Social Affairs."
                    ],
                ),
                (
                    "work_program",
                    "Work Programme",
                    [
                        "Family support and case management for children at risk, school-based "
                        "child protection, parenting groups and emergency response for child "
                        "victims of violence in Jakarta, Surabaya and Kupang."
                    ],
                ),
                (
                    "service_procedures",
                    "Service Procedures and Requirements",
                    [
                        "Referrals are accepted from schools, health centres, police and families. "
                        "A caseworker contacts the family within three working days. Services are "
                        "free of charge and require the consent of a parent or guardian, except in "
                        "emergencies."
                    ],
                ),
                (
                    "organizational_structure",
                    "Organisational Structure",
                    [
                        "Board of trustees, executive director, programme manager, three area "
                        "coordinators and teams of caseworkers; finance and administration unit."
                    ],
                ),
                (
                    "funding_sources",
                    "Funding Sources",
                    [
                        "Grants from international foundations, corporate partners and individual "
                        "monthly donors."
                    ],
                ),
                (
                    "policies",
                    "Policies",
                    [
                        "Child safeguarding policy signed by all staff and volunteers; "
                        "family-based care is preferred to residential care."
                    ],
                ),
                (
                    "service_process",
                    "Service Process",
                    [
                        "Referral, intake, assessment, case plan, intervention, review every three "
                        "months and case closure."
                    ],
                ),
                (
                    "professional_staff",
                    "Professional Staff",
                    ["Eleven social workers, two psychologists and one lawyer."],
                ),
            ],
        }
    ],
}

AR04 = {
    "stem": "ar04_data_lembaga_kasih_bunda_scan",
    "format": "scan",
    "lang": "id",
    "seed": 404,
    "letterhead": LH_KASIH_BUNDA,
    "style": {
        "font": "times",
        "size": 11.5,
        "header": "lines",
        "heading": {"colon": True},
        "footer": "Halaman {page} dari {pages}",
    },
    "features": "scanned 2 pages; Title Case headings with colon; founding date `tidak ada data`",
    "records": [
        {
            "type": "agency_record",
            "title": ["BUKU CATATAN DATA LEMBAGA"],
            "header": [
                ("agency_name", "Nama Lembaga", "LKSA Kasih Bunda"),
                ("address", "Alamat", "Jl. Tukad Badung No. 31, Renon, Denpasar, Bali"),
                ("founding_date", "Tanggal Pendirian", Missing("tidak ada data")),
                ("agency_nature", "Sifat Lembaga", E("Panti (institusional)", "institutional")),
                ("service_authority", "Cakupan Wilayah Pelayanan", E("Provinsi Bali", "province")),
                ("funding_sources", "Sumber Pendanaan", "Yayasan Kasih Bunda Dewata dan donatur"),
            ],
            "sections": [
                (
                    "legal_basis",
                    "Legalitas",
                    [
                        "Akta Yayasan Kasih Bunda Dewata, tanda daftar LKS dari Dinas Sosial "
                        "Provinsi Bali, dan akreditasi LKSA dengan nilai B."
                    ],
                ),
                (
                    "work_program",
                    "Program Pelayanan",
                    [
                        "Pengasuhan anak terlantar dan anak dari keluarga rentan, dukungan "
                        "pendidikan, penguatan keluarga dan pengasuhan alternatif berbasis kerabat."
                    ],
                ),
                (
                    "service_procedures",
                    "Syarat dan Prosedur Penerimaan",
                    [
                        "Anak diterima atas rujukan Dinas Sosial atau desa adat, dengan akta "
                        "kelahiran, Kartu Keluarga dan hasil asesmen pekerja sosial. Penempatan "
                        "ditinjau setiap enam bulan."
                    ],
                ),
                (
                    "organizational_structure",
                    "Struktur Organisasi",
                    [
                        "Ketua yayasan, kepala LKSA, pekerja sosial, pengasuh putra dan putri, "
                        "bendahara dan staf dapur."
                    ],
                ),
                PAGEBREAK,
                (
                    "service_process",
                    "Proses Pelayanan",
                    [
                        "Penerimaan rujukan, asesmen, rencana pengasuhan, pelayanan, evaluasi dan "
                        "reunifikasi dengan keluarga."
                    ],
                ),
                (
                    "recording_and_reporting",
                    "Pencatatan dan Pelaporan",
                    [
                        "Berkas kasus anak disimpan di lemari terkunci; laporan semester dikirim "
                        "ke Dinas Sosial Provinsi Bali."
                    ],
                ),
                (
                    "professional_staff",
                    "Tenaga Profesional",
                    ["Dua pekerja sosial dan delapan pengasuh."],
                ),
                ("admin_staff", "Tenaga Administrasi", ["Satu bendahara dan dua staf dapur."]),
            ],
        }
    ],
}

UNK01 = {
    "stem": "unk01_undangan_rapat",
    "format": "docx",
    "lang": "id",
    "letterhead": {**LH_BANDUNG, "mode": "first"},
    "style": {"font": "times", "size": 12, "header": "lines"},
    "features": "not a case note: meeting invitation with `Hari/Tanggal`, `Tempat` labels",
    "records": [
        {
            "type": "unknown",
            "header": [
                (None, "Nomor", "005/412/Dinsos/2024"),
                (None, "Lampiran", "-"),
                (None, "Perihal", "Undangan Rapat Koordinasi Penanganan Kasus"),
            ],
            "sections": [
                (
                    None,
                    None,
                    [
                        "Kepada Yth.",
                        "Para Pekerja Sosial dan TKSK se-Kota Bandung",
                        "di tempat",
                        "Dengan hormat, bersama ini kami mengundang Bapak/Ibu untuk menghadiri "
                        "rapat koordinasi penanganan kasus kekerasan dalam rumah tangga dan anak "
                        "yang akan dilaksanakan pada:",
                        KV(
                            (
                                ("Hari/Tanggal", "Kamis, 21 Maret 2024"),
                                ("Waktu", "09.00 WIB s.d. selesai"),
                                ("Tempat", "Aula Dinas Sosial Kota Bandung"),
                                (
                                    "Acara",
                                    "Evaluasi rujukan kasus triwulan I dan pembagian wilayah",
                                ),
                            )
                        ),
                        "Mengingat pentingnya acara tersebut, kehadiran Bapak/Ibu sangat kami "
                        "harapkan. Atas perhatian dan kerja samanya kami ucapkan terima kasih.",
                    ],
                )
            ],
            "sign": {
                "place_date": "Bandung, 14 Maret 2024",
                "cols": [
                    [""],
                    ["Kepala Bidang Rehabilitasi Sosial,", "", "", "", "Drs. Asep Suherman"],
                ],
            },
        }
    ],
}

UNK02 = {
    "stem": "unk02_internal_memo",
    "format": "pdf",
    "lang": "en",
    "letterhead": LH_PELITA,
    "style": {"font": "helvetica", "size": 11, "header": "lines"},
    "features": "not a case note: internal memo on filing procedure",
    "records": [
        {
            "type": "unknown",
            "title": ["MEMORANDUM"],
            "header": [
                (None, "To", "All caseworkers"),
                (None, "From", "Programme Manager"),
                (None, "Date", "8 April 2024"),
                (None, "Subject", "Filing of case notes and use of the shared drive"),
            ],
            "sections": [
                (
                    None,
                    None,
                    [
                        "From 15 April all signed case notes must be scanned and saved in the "
                        "client's folder on the shared drive within five working days. Paper "
                        "originals stay in the locked cabinet in the records room.",
                        "Please name files with the case number and the date of the note, and do "
                        "not send case notes by personal e-mail or messaging apps.",
                        "Questions can be raised at the staff meeting on Friday.",
                    ],
                )
            ],
        }
    ],
}

DOCS = [AR01, AR02, AR03, AR04, UNK01, UNK02]
