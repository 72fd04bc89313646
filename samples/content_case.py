"""Case records (catatan kasus), and a scanned case folder holding three records."""

from __future__ import annotations

from samples.content import (
    AYU,
    DEDI,
    FITRI,
    KADEK,
    LH_BANDUNG,
    LH_FLOBAMORA,
    LH_KASIH_BUNDA,
    LH_PELITA,
    LH_SEKAR_WANGI,
    LH_SLEMAN,
    LH_SURABAYA,
    LH_TAMAN_HARAPAN,
    LUKAS,
    MARIA,
    RINA,
    SUP_ENDANG,
    SUP_TEGUH,
    WAHYU,
    sign,
)
from samples.gold import PAGEBREAK
from samples.values import Bullets, D, E, Missing, N

CR01 = {
    "stem": "cr01_catatan_kasus_sumarni_selesai",
    "format": "docx",
    "lang": "id",
    "letterhead": LH_BANDUNG,
    "style": {
        "font": "times",
        "size": 11,
        "header": "lines",
        "heading": {"kind": "word", "numbering": "roman", "upper": True},
        "footer": "Halaman {page} dari {pages}",
        "footer_left": "RAHASIA",
    },
    "features": "RAHASIA; closed (`Selesai (terminasi)` + closing date); roman numbered CAPS Word "
    "headings; 3 pages with letterhead and `Halaman x dari y`",
    "records": [
        {
            "type": "case_record",
            "marking": "RAHASIA",
            "title": ["CATATAN KASUS"],
            "header": [
                ("case_number", "No. Kasus", "045/PS-BDG/II/2024"),
                ("client_name", "Nama Klien", "Ibu Sumarni"),
                ("client_sex", "Jenis Kelamin", "Perempuan"),
                ("client_birth_date", "Tanggal Lahir", D("1981-06-14", "id_long")),
                (
                    "client_address",
                    "Alamat",
                    "Jl. Cibangkong Gg. Mesjid No. 27 RT 04/RW 07, Kel. Cibangkong, Kec. "
                    "Batununggal, Kota Bandung",
                ),
                ("worker_name", "Pekerja Sosial", RINA),
                ("referral_source", "Sumber Rujukan", "Puskesmas Cibangkong"),
                ("date_opened", "Tanggal Pembukaan Kasus", D("2024-02-12", "dmy_slash")),
                ("date_closed", "Tanggal Penutupan Kasus", D("2024-06-28", "dmy_slash")),
                ("case_status", "Status Kasus", E("Selesai (terminasi)", "closed")),
            ],
            "sections": [
                (
                    "client_identity",
                    "Identitas Klien",
                    [
                        "Klien adalah perempuan berusia 42 tahun, beragama Islam, berpendidikan "
                        "terakhir SMP, dan bekerja sebagai pedagang gorengan keliling. Klien "
                        "menikah dengan Bapak Darsono (47) dan memiliki tiga anak: Dewi (16), Agus "
                        "(12) dan Nisa (5)."
                    ],
                ),
                (
                    "presenting_problem",
                    "Masalah yang Dihadapi",
                    [
                        "Klien mengalami kekerasan fisik dan psikis dari suami, terutama ketika "
                        "suami mabuk. Pada Februari 2024 klien berobat ke puskesmas dengan memar di "
                        "lengan kiri. Keluarga juga mengalami kesulitan ekonomi dan biaya sekolah "
                        "anak sulung menunggak tiga bulan."
                    ],
                ),
                (
                    "social_environment",
                    "Lingkungan Sosial",
                    [
                        "Keluarga tinggal di rumah kontrakan dua petak di permukiman padat. Ketua "
                        "RT dan beberapa tetangga mengetahui pertengkaran di rumah klien tetapi "
                        "enggan ikut campur. Ibu kandung klien tinggal di Cicalengka dan bersedia "
                        "menampung anak-anak sementara bila diperlukan."
                    ],
                ),
                (
                    "assessment",
                    "Asesmen",
                    [
                        "Klien berada dalam siklus kekerasan dalam rumah tangga dengan risiko "
                        "sedang. Faktor risiko: konsumsi alkohol suami, tekanan ekonomi, dan "
                        "ketergantungan finansial klien. Faktor pelindung: ibu kandung yang suportif, "
                        "motivasi klien untuk melindungi anak, dan kesediaan suami mengikuti "
                        "konseling."
                    ],
                ),
                PAGEBREAK,
                (
                    "intervention_plan",
                    "Rencana Intervensi",
                    [
                        Bullets(
                            (
                                "Konseling individu bagi klien di UPTD PPA Kota Bandung.",
                                "Penyusunan rencana keselamatan bersama klien.",
                                "Pengusulan keluarga sebagai penerima PKH dan keringanan biaya sekolah.",
                                "Konseling keluarga bagi klien dan suami.",
                            ),
                            "1.",
                        )
                    ],
                ),
                (
                    "interventions",
                    "Pelaksanaan Intervensi",
                    [
                        "Klien mengikuti enam sesi konseling individu antara Maret dan Mei 2024 "
                        "dan menyusun rencana keselamatan pada 12 Maret 2024. Keluarga ditetapkan "
                        "sebagai penerima PKH pada April 2024.",
                        "Sekolah membebaskan tunggakan biaya Dewi. Suami klien mengikuti dua sesi "
                        "konseling keluarga dan program berhenti minum di puskesmas.",
                    ],
                ),
                (
                    "evaluation",
                    "Evaluasi",
                    [
                        "Sejak April 2024 tidak ada laporan kekerasan fisik. Klien merasa lebih "
                        "percaya diri dan penghasilannya bertambah dari pesanan katering. Anak-anak "
                        "bersekolah secara teratur."
                    ],
                ),
                PAGEBREAK,
                (
                    "termination",
                    "Terminasi",
                    [
                        "Kasus diakhiri pada 28 Juni 2024 atas kesepakatan bersama karena tujuan "
                        "intervensi telah tercapai. Klien diberi nomor pengaduan UPTD PPA dan "
                        "dianjurkan menghubungi pekerja sosial bila kekerasan terulang."
                    ],
                ),
                (
                    "attachments",
                    "Lampiran",
                    [
                        Bullets(
                            (
                                "Fotokopi KTP dan Kartu Keluarga",
                                "Surat rujukan Puskesmas Cibangkong",
                                "Surat keterangan dokter",
                                "Rencana keselamatan klien",
                            ),
                            "-",
                        )
                    ],
                ),
            ],
            "sign": sign("Bandung, 28 Juni 2024", RINA, SUP_ENDANG),
        }
    ],
}

CR02 = {
    "stem": "cr02_catatan_kasus_wulan",
    "format": "pdf",
    "lang": "id",
    "letterhead": LH_SURABAYA,
    "style": {
        "font": "dejavu_sans",
        "size": 10,
        "header": "table",
        "heading": {"bold": True},
    },
    "features": "RAHASIA; header as ruled PDF table; birth date after place (`Tempat/Tgl. "
    "Lahir`); open case; assessment heading absent",
    "records": [
        {
            "type": "case_record",
            "marking": "RAHASIA",
            "title": ["CATATAN KASUS"],
            "header": [
                ("case_number", "No. Kasus", "UPTD-PPA/SBY/2024/077"),
                ("client_name", "Nama Klien", "Sdri. Wulan Permatasari"),
                (
                    "client_birth_date",
                    "Tempat/Tgl. Lahir",
                    D("2005-01-03", "id_long", prefix="Bojonegoro, "),
                ),
                ("client_sex", "Jenis Kelamin", "Perempuan"),
                ("client_address", "Alamat Asal", "Desa Sumberrejo, Kec. Balen, Kab. Bojonegoro"),
                ("date_opened", "Tanggal Registrasi", D("2024-03-18", "id_long")),
                ("referral_source", "Dirujuk oleh", "Unit PPA Polrestabes Surabaya"),
                ("worker_name", "Pekerja Sosial", AYU),
                ("case_status", "Status Kasus", E("Dalam proses", "open")),
            ],
            "sections": [
                (
                    "client_identity",
                    "Data Klien",
                    [
                        "Klien berusia 19 tahun, lulusan SMK jurusan tata boga, anak kedua dari "
                        "tiga bersaudara. Ayah klien sudah meninggal, ibunya bekerja sebagai buruh "
                        "tani di Bojonegoro."
                    ],
                ),
                (
                    "presenting_problem",
                    "Permasalahan",
                    [
                        "Klien direkrut oleh seorang kenalan di media sosial dengan janji bekerja "
                        "di restoran di Batam. Setibanya di Batam, dokumen klien ditahan dan ia "
                        "dipaksa bekerja di tempat hiburan malam tanpa upah selama dua bulan.",
                        "Klien berhasil menghubungi kakaknya dan dipulangkan oleh kepolisian pada "
                        "Maret 2024. Klien mengalami trauma, sulit tidur dan takut bertemu orang "
                        "asing.",
                    ],
                ),
                (
                    "social_environment",
                    "Latar Belakang Keluarga dan Lingkungan",
                    [
                        "Ibu dan kakak klien memberikan dukungan dan ingin klien pulang. Sebagian "
                        "tetangga sudah mendengar kabar tentang klien dan ada desas-desus yang "
                        "menyudutkan klien."
                    ],
                ),
                (
                    "intervention_plan",
                    "Rencana Penanganan",
                    [
                        "Penempatan sementara di rumah aman, pemulihan psikososial bersama "
                        "psikolog, pendampingan hukum sebagai saksi korban, serta persiapan "
                        "reintegrasi ke keluarga dan pelatihan keterampilan."
                    ],
                ),
                (
                    "interventions",
                    "Intervensi yang Dilakukan",
                    [
                        "Klien menjalani empat sesi konseling trauma dan didampingi saat memberikan "
                        "keterangan kepada penyidik pada 26 Maret 2024."
                    ],
                ),
                (
                    "attachments",
                    "Dokumen Pendukung",
                    [
                        Bullets(
                            (
                                "Laporan polisi",
                                "Hasil pemeriksaan psikologis",
                                "Fotokopi ijazah SMK",
                            ),
                            "•",
                        )
                    ],
                ),
            ],
        }
    ],
}

CR03 = {
    "stem": "cr03_case_record_hartono_closed",
    "format": "docx",
    "lang": "en",
    "letterhead": LH_PELITA,
    "style": {
        "font": "helvetica",
        "size": 10.5,
        "header": "table",
        "heading": {"numbering": "decimal", "upper": True, "bold": True},
        "footer": "Page {page} of {pages}",
    },
    "features": "CONFIDENTIAL; closed by `Date Closed` (no status line); decimal numbered CAPS "
    "headings; header as Word table; evaluation missing; 2 pages",
    "records": [
        {
            "type": "case_record",
            "marking": "CONFIDENTIAL",
            "title": ["CASE RECORD"],
            "header": [
                ("case_number", "Case No.", "PH-JKT-2024-031"),
                ("client_name", "Client Name", "Mrs. Lina Hartono"),
                ("client_birth_date", "Date of Birth", D("1988-10-12", "en_dmy")),
                ("client_sex", "Sex", "Female"),
                ("client_address", "Address", "Jl. Kampung Melayu Kecil II No. 15, East Jakarta"),
                ("worker_name", "Social Worker", MARIA),
                ("referral_source", "Referred by", "SD Negeri Kampung Melayu 03"),
                ("date_opened", "Intake Date", D("2024-02-20", "en_mdy")),
                ("date_closed", "Date Closed", D("2024-07-31", "dmy_slash")),
            ],
            "sections": [
                (
                    "client_identity",
                    "Identifying Information",
                    [
                        "Mrs. Hartono is a 35-year-old divorced mother of two children, Kevin (9) "
                        "and Sarah (6). She finished senior high school and worked as a shop "
                        "assistant until her divorce in 2023."
                    ],
                ),
                (
                    "presenting_problem",
                    "Reason for Referral",
                    [
                        "The school reported that Kevin repeatedly arrived late, hungry and "
                        "without a uniform. The teacher was concerned about neglect at home."
                    ],
                ),
                (
                    "social_environment",
                    "Family and Social Background",
                    [
                        "The family rents one room in a crowded neighbourhood. The client's mother "
                        "lives in Semarang and the former husband stopped paying maintenance in "
                        "December 2023. Neighbours are friendly but the client rarely asks for help."
                    ],
                ),
                (
                    "assessment",
                    "Assessment",
                    [
                        "The neglect was not deliberate but linked to the mother's depression and "
                        "sudden loss of income. The children are attached to their mother and the "
                        "home is safe. Risk was assessed as low to moderate."
                    ],
                ),
                PAGEBREAK,
                (
                    "intervention_plan",
                    "Case Plan",
                    [
                        Bullets(
                            (
                                "Mental health screening and treatment for the mother.",
                                "Food assistance and school fee waiver.",
                                "Legal aid for the child maintenance claim.",
                                "Agreed morning routine with the school.",
                            ),
                            "a.",
                        )
                    ],
                ),
                (
                    "interventions",
                    "Services Provided",
                    [
                        "The client was treated for depression at Puskesmas Jatinegara from March "
                        "2024. The family received food assistance for four months and the school "
                        "waived outstanding fees. LBH Jakarta filed a maintenance claim, which the "
                        "religious court granted in July 2024."
                    ],
                ),
                (
                    "termination",
                    "Termination",
                    [
                        "The case was closed by mutual agreement on 31 July 2024. The client knows "
                        "how to contact the foundation again and the school will report any new "
                        "concern."
                    ],
                ),
                (
                    "attachments",
                    "Attachments",
                    [
                        Bullets(
                            (
                                "School referral letter",
                                "Puskesmas screening result",
                                "Court decision on child maintenance",
                            ),
                            "-",
                        )
                    ],
                ),
            ],
            "sign": sign("Jakarta, 31 July 2024", MARIA, SUP_TEGUH, lang="en"),
        }
    ],
}

CR04 = {
    "stem": "cr04_catatan_kasus_andi_scan",
    "format": "scan",
    "lang": "id",
    "seed": 44,
    "letterhead": LH_SLEMAN,
    "style": {
        "font": "times",
        "size": 12,
        "header": "lines",
        "heading": {"bold": True},
        "footer": "Halaman {page} dari {pages}",
    },
    "features": "scanned 2 pages; bold headings; `Status Kasus : Dalam Penanganan`; no referral "
    "source, attachments or marking",
    "records": [
        {
            "type": "case_record",
            "title": ["CATATAN KASUS"],
            "header": [
                ("case_number", "No. Kasus", "460/112/DINSOS-SLM/2024"),
                ("client_name", "Nama", "Sdr. Andi Saputra"),
                ("client_sex", "Jenis Kelamin", "Laki-laki"),
                ("client_birth_date", "Tanggal Lahir", D("2002-09-30", "dmy_dash")),
                ("worker_name", "Petugas", WAHYU),
                ("date_opened", "Tanggal Penerimaan", D("2024-07-15", "id_long")),
                ("case_status", "Status Kasus", E("Dalam Penanganan", "open")),
            ],
            "sections": [
                (
                    "client_identity",
                    "Keterangan Diri Klien",
                    [
                        "Klien laki-laki berusia 21 tahun, lulusan SMK teknik sepeda motor, belum "
                        "menikah. Sebelum kecelakaan klien bekerja sebagai mekanik di bengkel "
                        "dekat rumahnya."
                    ],
                ),
                (
                    "presenting_problem",
                    "Masalah Klien",
                    [
                        "Klien mengalami kelumpuhan kedua kaki (paraplegia) akibat cedera tulang "
                        "belakang dalam kecelakaan sepeda motor pada Januari 2024. Klien kehilangan "
                        "pekerjaan, tidak memiliki alat bantu mobilitas dan menarik diri dari "
                        "pergaulan."
                    ],
                ),
                (
                    "social_environment",
                    "Kondisi Keluarga dan Lingkungan Sosial",
                    [
                        "Klien tinggal bersama ibunya (buruh cuci) dan adik perempuan yang masih "
                        "SMA. Ayah klien meninggal tahun 2019. Rumah klien sempit dan jalan menuju "
                        "rumah berupa gang tanah yang sulit dilalui kursi roda.",
                        "Kader kesehatan dan pemuda karang taruna bersedia membantu perbaikan "
                        "akses jalan.",
                    ],
                ),
                (
                    "assessment",
                    "Diagnosa / Asesmen",
                    [
                        "Klien mengalami disabilitas fisik baru dengan dampak psikososial berupa "
                        "penarikan diri dan kehilangan peran sebagai pencari nafkah. Potensi "
                        "klien: keterampilan teknik, motivasi bekerja, dan dukungan keluarga."
                    ],
                ),
                PAGEBREAK,
                (
                    "intervention_plan",
                    "Rencana Intervensi",
                    [
                        Bullets(
                            (
                                "Pemberian kursi roda melalui program ATENSI.",
                                "Rujukan fisioterapi ke RSUD Sleman.",
                                "Pelatihan servis telepon seluler dan bantuan modal usaha.",
                                "Perbaikan akses jalan bersama karang taruna.",
                            ),
                            "-",
                        )
                    ],
                ),
                (
                    "interventions",
                    "Intervensi yang Telah Dilakukan",
                    [
                        "Kursi roda diserahkan pada 1 Agustus 2024. Klien mengikuti fisioterapi "
                        "seminggu sekali dan sudah dapat berpindah secara mandiri."
                    ],
                ),
            ],
            "sign": sign("Sleman, 26 Agustus 2024", WAHYU),
        }
    ],
}

CR05 = {
    "stem": "cr05_case_record_lake",
    "format": "pdf",
    "lang": "en",
    "letterhead": LH_FLOBAMORA,
    "pdf_title": "Case Record FRH/2024/046",
    "style": {
        "font": "times",
        "size": 11,
        "header": "inline",
        "kv_sep": ": ",
        "heading": {"colon": True, "bold": True},
        "footer": "Page {page} of {pages}",
    },
    "features": "STRICTLY CONFIDENTIAL; Title Case headings with colon; `Case Status: Open`; "
    "intervention plan `N/A`",
    "records": [
        {
            "type": "case_record",
            "marking": "STRICTLY CONFIDENTIAL",
            "title": ["Case Record"],
            "header": [
                ("case_number", "File Number", "FRH/2024/046"),
                ("client_name", "Name of Client", "Mr. Yohanes Lake"),
                ("client_birth_date", "DOB", D("1996-04-02", "dmy_slash")),
                ("client_sex", "Gender", "Male"),
                ("worker_name", "Caseworker", LUKAS),
                (
                    "referral_source",
                    "Referral Source",
                    "Kupang District Court (rehabilitation order)",
                ),
                ("date_opened", "Date of Intake", D("2024-01-22", "en_ord")),
                ("case_status", "Case Status", E("Open", "open")),
            ],
            "sections": [
                (
                    "client_identity",
                    "Client Information",
                    [
                        "Yohanes is a 28-year-old single man from Soe, South Central Timor. He "
                        "left school after year 10 and worked as a motorcycle taxi driver in "
                        "Kupang."
                    ],
                ),
                (
                    "presenting_problem",
                    "Presenting Problem",
                    [
                        "The client has used methamphetamine for about four years, with daily use "
                        "in the six months before his arrest in November 2023. The court ordered "
                        "residential rehabilitation instead of prison."
                    ],
                ),
                (
                    "social_environment",
                    "Social Environment",
                    [
                        "His parents are farmers in Soe; his father has diabetes. An older brother "
                        "is a teacher and supports his recovery. His former circle of friends in "
                        "Kupang includes active users."
                    ],
                ),
                (
                    "assessment",
                    "Assessment",
                    [
                        "Moderate stimulant use disorder with good insight and family support. "
                        "Main risks are peer pressure and unemployment after discharge."
                    ],
                ),
                ("intervention_plan", "Intervention Plan", Missing("N/A")),
                (
                    "interventions",
                    "Interventions",
                    [
                        "Completed the primary residential phase (January to June 2024), weekly "
                        "individual counselling and a family session with his brother."
                    ],
                ),
                (
                    "evaluation",
                    "Evaluation",
                    [
                        "All urine tests negative since admission. The client shows stable mood "
                        "and leads the morning meeting in the house."
                    ],
                ),
            ],
        }
    ],
}

CR06 = {
    "stem": "cr06_catatan_kasus_sukinem_wordpdf",
    "format": "word_pdf",
    "lang": "id",
    "letterhead": LH_SEKAR_WANGI,
    "style": {
        "font": "dejavu_sans",
        "size": 10.5,
        "header": "lines",
        "heading": {"kind": "word"},
        "footer": "Halaman {page} dari {pages}",
    },
    "features": "PDF exported from Word; RAHASIA; `Selesai (terminasi)` without a closing date; "
    "Word headings; 2 pages",
    "records": [
        {
            "type": "case_record",
            "marking": "RAHASIA",
            "title": ["CATATAN KASUS PENERIMA MANFAAT"],
            "header": [
                ("case_number", "Nomor Register Kasus", "PPSLU-SW/2024/012"),
                ("client_name", "Nama Penerima Manfaat", "Mbah Sukinem"),
                ("client_sex", "Jenis Kelamin", "Perempuan"),
                ("worker_name", "Pekerja Sosial", FITRI),
                (
                    "referral_source",
                    "Asal Rujukan",
                    "Kelurahan Tegalyoso dan Satpol PP Kabupaten Klaten",
                ),
                ("date_opened", "Tgl. Masuk", D("2024-02-21", "id_long")),
                ("case_status", "Status Kasus", E("Selesai (terminasi)", "closed")),
            ],
            "sections": [
                (
                    "client_identity",
                    "Identitas Klien",
                    [
                        "Klien perempuan lanjut usia, diperkirakan berusia 74 tahun, janda tanpa "
                        "anak, berbahasa Jawa dan tidak dapat membaca. Klien tidak memiliki KTP "
                        "saat diterima."
                    ],
                ),
                (
                    "presenting_problem",
                    "Permasalahan",
                    [
                        "Klien ditemukan tidur di emper toko di Pasar Klaten selama beberapa malam "
                        "dalam keadaan lemah. Klien mengalami hipertensi dan mudah lupa."
                    ],
                ),
                (
                    "social_environment",
                    "Riwayat Sosial",
                    [
                        "Suami klien meninggal sekitar sepuluh tahun lalu. Klien pernah tinggal "
                        "dengan keponakannya di Kecamatan Wedi, lalu pergi setelah rumah itu "
                        "direnovasi dan tidak pernah kembali."
                    ],
                ),
                (
                    "assessment",
                    "Asesmen",
                    [
                        "Klien lansia terlantar dengan demensia ringan dan hipertensi terkontrol. "
                        "Kebutuhan utama: perawatan kesehatan, identitas kependudukan, dan "
                        "penelusuran keluarga."
                    ],
                ),
                (
                    "intervention_plan",
                    "Rencana Intervensi",
                    [
                        "Pelayanan residensial sementara, pemeriksaan kesehatan rutin, perekaman "
                        "KTP melalui Disdukcapil, penelusuran keluarga dan reunifikasi."
                    ],
                ),
                PAGEBREAK,
                (
                    "interventions",
                    "Pelaksanaan Intervensi",
                    [
                        "Klien mendapat perawatan dan obat hipertensi rutin. KTP klien terbit "
                        "pada April 2024. Keponakan klien, Bapak Suparno, ditemukan pada Maret "
                        "2024 melalui pemerintah desa dan mengunjungi klien dua kali."
                    ],
                ),
                (
                    "evaluation",
                    "Evaluasi",
                    [
                        "Kondisi kesehatan klien stabil dan klien menyatakan ingin tinggal bersama "
                        "keponakannya. Keluarga keponakan siap menerima dan merawat klien."
                    ],
                ),
                (
                    "termination",
                    "Terminasi dan Rujukan",
                    [
                        "Klien dikembalikan kepada keluarga keponakannya di Desa Canan, Kecamatan "
                        "Wedi. Pemantauan lanjutan diserahkan kepada TKSK Kecamatan Wedi."
                    ],
                ),
            ],
            "sign": sign("Klaten, 31 Mei 2024", FITRI),
        }
    ],
}

CR07 = {
    "stem": "cr07_catatan_kasus_rizky",
    "format": "pdf",
    "lang": "id",
    "letterhead": {**LH_TAMAN_HARAPAN, "mode": "first"},
    "style": {
        "font": "dejavu_serif",
        "size": 10.5,
        "header": "lines",
        "heading": {"bold": True},
        "footer": "Halaman {page} dari {pages}",
    },
    "features": "RAHASIA; nested decimal headings (`1.2 Riwayat Masalah`) with unmatched group "
    "headings; `Tempat/Tgl. Lahir`; open case (`Aktif`)",
    "records": [
        {
            "type": "case_record",
            "marking": "RAHASIA",
            "title": ["CATATAN KASUS ANAK"],
            "header": [
                ("case_number", "No. Registrasi", "PSAA-TH/2024/019"),
                ("client_name", "Nama Anak", "An. Rizky Ramadhan"),
                (
                    "client_birth_date",
                    "Tempat/Tgl. Lahir",
                    D("2009-08-17", "id_long", prefix="Sukabumi, "),
                ),
                ("client_sex", "Jenis Kelamin", "Laki-laki"),
                (
                    "client_address",
                    "Alamat Asal",
                    "Kampung Cikukulu RT 02/RW 05, Desa Cibadak, Kab. Sukabumi",
                ),
                ("worker_name", "Pekerja Sosial", DEDI),
                ("referral_source", "Sumber Rujukan", "Dinas Sosial Kabupaten Sukabumi"),
                ("date_opened", "Tanggal Masuk Panti", D("2023-11-06", "dmy_slash")),
                ("case_status", "Status", E("Aktif", "open")),
            ],
            "sections": [
                (None, "1. DATA KLIEN", []),
                (
                    "client_identity",
                    "1.1 Identitas Klien",
                    [
                        "Klien laki-laki berusia 14 tahun, kelas VIII SMP Negeri 2 Cibadak. Ayah "
                        "klien meninggal pada 2022 dan ibu klien bekerja sebagai pekerja migran di "
                        "Johor, Malaysia."
                    ],
                ),
                (
                    "presenting_problem",
                    "1.2 Riwayat Masalah",
                    [
                        "Sebelum masuk panti klien tinggal bersama neneknya yang sakit-sakitan. "
                        "Klien sering tidak pulang, membolos sekolah dan mulai merokok. Di panti "
                        "klien beberapa kali berkelahi dengan teman asrama."
                    ],
                ),
                (
                    "social_environment",
                    "1.3 Lingkungan Sosial",
                    [
                        "Nenek klien berusia 70 tahun dan tinggal sendiri. Paman klien tinggal di "
                        "Bogor dan jarang berkomunikasi. Di sekolah klien diejek sebagai anak "
                        "panti, tetapi memiliki dua teman dekat di tim sepak bola."
                    ],
                ),
                (None, "2. ASESMEN DAN RENCANA", []),
                (
                    "assessment",
                    "2.1 Asesmen",
                    [
                        "Perilaku agresif dan membolos merupakan ekspresi rasa kehilangan dan "
                        "terputusnya komunikasi dengan ibu. Klien memiliki minat olahraga dan "
                        "kemampuan akademik rata-rata."
                    ],
                ),
                (
                    "intervention_plan",
                    "2.2 Rencana Intervensi",
                    [
                        "Konseling individu dua minggu sekali, pemulihan komunikasi dengan ibu "
                        "melalui BP3MI, mediasi konflik dengan teman asrama, dan pendampingan "
                        "belajar bersama relawan mahasiswa."
                    ],
                ),
                (
                    "interventions",
                    "2.3 Pelaksanaan Intervensi",
                    [
                        "Komunikasi dengan ibu klien pulih pada April 2024. Mediasi dengan An. "
                        "Fajar dilakukan pada Maret 2024. Klien mengikuti bimbingan belajar dua "
                        "kali seminggu."
                    ],
                ),
                (
                    "evaluation",
                    "2.4 Evaluasi",
                    [
                        "Tidak ada perkelahian sejak Maret 2024 dan kehadiran sekolah meningkat. "
                        "Kebiasaan merokok belum sepenuhnya berhenti."
                    ],
                ),
                (
                    "attachments",
                    "3. LAMPIRAN",
                    [
                        Bullets(
                            (
                                "Akta kelahiran",
                                "Surat keterangan kematian ayah",
                                "Rapor semester ganjil 2023/2024",
                                "Surat rujukan Dinas Sosial Kabupaten Sukabumi",
                            ),
                            "a.",
                        )
                    ],
                ),
            ],
            "sign": sign("Sukabumi, 10 Juni 2024", DEDI),
        }
    ],
}

FOLDER01 = {
    "stem": "folder01_berkas_kasus_putri_scan",
    "format": "scan",
    "lang": "id",
    "seed": 101,
    "letterhead": LH_KASIH_BUNDA,
    "style": {
        "font": "times",
        "size": 11.5,
        "header": "lines",
        "heading": {"upper": True},
        "footer": "Halaman {page} dari {pages}",
        "bold_speakers": True,
    },
    "features": "scanned case folder: case record (pp. 1–2) then two process records (p. 3, "
    "p. 4); the second process record has no conclusion",
    "records": [
        {
            "type": "case_record",
            "marking": "RAHASIA",
            "title": ["CATATAN KASUS"],
            "header": [
                ("case_number", "No. Kasus", "LKSA-KB/2024/008"),
                ("client_name", "Nama Anak", "An. Putri Ayu Lestari"),
                ("client_sex", "Jenis Kelamin", "Perempuan"),
                ("client_birth_date", "Tanggal Lahir", D("2013-02-09", "id_long")),
                ("worker_name", "Pekerja Sosial", KADEK),
                ("referral_source", "Sumber Rujukan", "Dinas Sosial Kota Denpasar"),
                ("date_opened", "Tanggal Penerimaan", D("2024-03-25", "id_long")),
                ("case_status", "Status Kasus", E("Aktif", "open")),
            ],
            "sections": [
                (
                    "client_identity",
                    "Identitas Anak",
                    [
                        "Putri berusia 11 tahun, kelas V SD Negeri 7 Sumerta. Orang tua Putri "
                        "bercerai pada 2022; ayahnya tidak diketahui keberadaannya dan ibunya "
                        "bekerja di kapal pesiar."
                    ],
                ),
                (
                    "presenting_problem",
                    "Masalah yang Dihadapi",
                    [
                        "Putri tinggal bersama neneknya yang sakit stroke dan sering tidak terurus. "
                        "Guru melaporkan Putri kerap tidak masuk sekolah untuk merawat nenek dan "
                        "berjualan canang di pasar."
                    ],
                ),
                (
                    "social_environment",
                    "Lingkungan Sosial",
                    [
                        "Nenek Putri kini dirawat oleh bibinya di Tabanan yang tidak sanggup "
                        "merawat Putri sekaligus. Ibu Putri mengirim uang tidak menentu dan dapat "
                        "dihubungi melalui pesan singkat."
                    ],
                ),
                PAGEBREAK,
                (
                    "assessment",
                    "Asesmen",
                    [
                        "Putri mengalami penelantaran dan beban peran pengasuhan yang tidak sesuai "
                        "usianya. Putri cerdas, mandiri dan mudah bergaul, tetapi sering cemas "
                        "memikirkan neneknya."
                    ],
                ),
                (
                    "intervention_plan",
                    "Rencana Intervensi",
                    [
                        "Pengasuhan sementara di LKSA, pemulihan kehadiran sekolah, konseling "
                        "individu, komunikasi rutin dengan ibu dan kunjungan ke nenek sebulan sekali."
                    ],
                ),
                (
                    "attachments",
                    "Lampiran",
                    [
                        Bullets(
                            ("Akta kelahiran", "Surat rujukan Dinas Sosial", "Rapor kelas IV"),
                            "-",
                        )
                    ],
                ),
            ],
            "sign": sign("Denpasar, 25 Maret 2024", KADEK),
        },
        {
            "type": "process_record",
            "title": ["CATATAN PROSES"],
            "header": [
                ("case_number", "No. Kasus", "LKSA-KB/2024/008"),
                ("client_name", "Nama Anak", "An. Putri Ayu Lestari"),
                ("worker_name", "Pekerja Sosial", KADEK),
                ("interview_date", "Tanggal", D("2024-04-15", "id_weekday")),
                ("location", "Tempat", "Ruang konseling LKSA Kasih Bunda"),
                ("session_number", "Sesi", N("1", 1)),
            ],
            "sections": [
                (
                    "introduction",
                    "Pendahuluan",
                    [
                        "Pertemuan pertama setelah Putri tiga minggu tinggal di LKSA. Pengasuh "
                        "melaporkan Putri rajin tetapi sering menyendiri pada sore hari."
                    ],
                ),
                (
                    "interview_narrative",
                    "Jalannya Wawancara",
                    [
                        "Pekerja Sosial: Putri, bagaimana rasanya tinggal di sini?",
                        "Klien: Enak, Kak. Ada teman. Tapi aku kepikiran Dadong. (klien "
                        "memainkan gelang)",
                        "Pekerja Sosial: Putri sayang sekali sama Dadong ya. Apa yang paling "
                        "Putri khawatirkan?",
                        "Klien: Nanti tidak ada yang suapin Dadong. (klien menangis pelan)",
                        "Pekerja Sosial: Bibi sekarang merawat Dadong. Bagaimana kalau hari "
                        "Sabtu kita telepon Bibi bersama?",
                        "Klien: Mau, Kak!",
                    ],
                ),
                (
                    "conclusion",
                    "Kesimpulan",
                    [
                        "Putri menyesuaikan diri dengan baik tetapi masih merasa bertanggung jawab "
                        "atas neneknya. Kontak rutin dengan bibi dapat mengurangi kecemasannya."
                    ],
                ),
            ],
        },
        {
            "type": "process_record",
            "title": ["CATATAN PROSES"],
            "header": [
                ("case_number", "No. Kasus", "LKSA-KB/2024/008"),
                ("client_name", "Nama Anak", "An. Putri Ayu Lestari"),
                ("worker_name", "Pekerja Sosial", KADEK),
                ("interview_date", "Tanggal", D("2024-04-29", "id_weekday")),
                ("session_number", "Sesi", N("2", 2)),
            ],
            "sections": [
                (
                    "introduction",
                    "Pendahuluan",
                    [
                        "Pertemuan kedua dilakukan setelah Putri menelepon bibi dan neneknya dua "
                        "kali. Wali kelas melaporkan Putri tidak pernah absen selama dua minggu."
                    ],
                ),
                (
                    "interview_narrative",
                    "Jalannya Wawancara",
                    [
                        "Pekerja Sosial: Kakak dengar Putri sudah telepon Dadong. Bagaimana?",
                        "Klien: Dadong sudah bisa ngomong sedikit, Kak. Aku senang. (klien "
                        "tersenyum lebar)",
                        "Pekerja Sosial: Ikut senang. Di sekolah bagaimana?",
                        "Klien: Aku ikut lomba mewarnai minggu depan.",
                    ],
                ),
                (
                    "nonverbal_observations",
                    "Observasi",
                    ["Putri ceria, banyak bercerita dan menatap mata pekerja sosial."],
                ),
            ],
        },
    ],
}

DOCS = [CR01, CR02, CR03, CR04, CR05, CR06, CR07, FOLDER01]
