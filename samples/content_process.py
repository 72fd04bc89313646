"""Process records (catatan proses): one interview in detail, dialogue included."""

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
    MARIA,
    RINA,
    SUP_ENDANG,
    WAHYU,
    sign,
)
from samples.gold import PAGEBREAK
from samples.values import D, Dialogue3, Missing, N

PR01 = {
    "stem": "pr01_catatan_proses_sumarni",
    "format": "docx",
    "lang": "id",
    "letterhead": LH_BANDUNG,
    "style": {
        "font": "times",
        "size": 10.5,
        "header": "table",
        "heading": {"kind": "word"},
        "footer": "Halaman {page} dari {pages}",
        "bold_speakers": True,
    },
    "features": "Word heading styles; header as Word key/value table; dialogue as paragraphs; "
    "letterhead and `Halaman x dari y` in header/footer; 2 pages",
    "records": [
        {
            "type": "process_record",
            "title": ["CATATAN PROSES"],
            "header": [
                ("case_number", "Nomor Kasus", "045/PS-BDG/II/2024"),
                ("client_name", "Nama Klien", "Ibu Sumarni"),
                ("worker_name", "Pekerja Sosial", RINA),
                ("interview_date", "Hari/Tanggal", D("2024-03-05", "id_weekday")),
                (None, "Waktu", "09.30 – 10.45 WIB"),
                ("location", "Tempat", "Rumah klien, Kelurahan Cibangkong, Kecamatan Batununggal"),
                ("session_number", "Pertemuan ke", N("2", 2)),
            ],
            "sections": [
                (
                    "introduction",
                    "Pendahuluan",
                    [
                        "Kunjungan rumah ini merupakan pertemuan kedua dengan Ibu Sumarni setelah "
                        "asesmen awal di kantor Dinas Sosial pada 20 Februari 2024. Klien dirujuk "
                        "oleh Puskesmas Cibangkong setelah berobat karena luka memar di lengan kiri.",
                        "Pekerja sosial datang sesuai janji yang dibuat melalui telepon dua hari "
                        "sebelumnya. Suami klien sedang bekerja di proyek bangunan sehingga klien "
                        "dapat berbicara lebih leluasa.",
                    ],
                ),
                (
                    "interview_purpose",
                    "Tujuan Wawancara",
                    [
                        "Menggali situasi rumah tangga klien sejak pertemuan pertama, kondisi "
                        "keuangan keluarga, dan kesediaan klien untuk mengikuti layanan konseling "
                        "di UPTD PPA."
                    ],
                ),
                (
                    "interview_narrative",
                    "Isi Laporan",
                    [
                        "Pekerja Sosial: Selamat pagi, Bu Sumarni. Terima kasih sudah mau menerima "
                        "saya lagi. Bagaimana kabar Ibu minggu ini?",
                        "Klien: Pagi, Bu Rina. Ya begitulah, Bu... (klien tersenyum tipis lalu "
                        "menunduk) Alhamdulillah masih bisa jualan.",
                        "Pekerja Sosial: Minggu lalu Ibu sempat cerita soal Bapak yang sering "
                        "pulang larut. Apakah ada kejadian lagi setelah itu?",
                        "Klien: Hari Sabtu kemarin dia marah lagi, Bu, karena uang belanja kurang. "
                        "Piring dibanting. Anak-anak sampai ketakutan di kamar. (suara klien "
                        "bergetar)",
                        "Pekerja Sosial: Itu pasti sangat menakutkan untuk Ibu dan anak-anak. Apakah "
                        "Ibu atau anak-anak terluka waktu itu?",
                        "Klien: Saya tidak apa-apa, cuma Nisa menangis terus sampai malam. Dewi "
                        "bilang mau pindah ke rumah neneknya saja.",
                        "Pekerja Sosial: Ibu sudah berusaha melindungi anak-anak. Kalau boleh tahu, "
                        "bagaimana keadaan uang belanja bulan ini?",
                        "Klien: Dari jualan gorengan paling dapat lima puluh ribu sehari, Bu. Uang "
                        "sekolah Dewi sudah nunggak tiga bulan. (klien menghela napas panjang)",
                        "Pekerja Sosial: Ada beberapa bantuan yang bisa kita coba urus bersama, "
                        "misalnya PKH dan keringanan biaya sekolah. Ibu bersedia kita urus pelan-pelan?",
                        "Klien: Mau, Bu, kalau memang bisa. Saya cuma takut Bapak tahu saya minta "
                        "bantuan ke kantor.",
                        "Pekerja Sosial: Kekhawatiran Ibu wajar. Kita atur waktu pertemuan yang "
                        "aman untuk Ibu. Ibu juga bisa bicara dengan konselor di UPTD PPA.",
                        "Klien: Iya, Bu. Saya coba. (klien mengangguk dan mengusap matanya)",
                    ],
                ),
                PAGEBREAK,
                (
                    "nonverbal_observations",
                    "Observasi Nonverbal",
                    [
                        "Klien lebih banyak menunduk ketika membicarakan suaminya dan menghindari "
                        "kontak mata. Suaranya bergetar saat menceritakan kejadian hari Sabtu.",
                        "Ketika membicarakan bantuan sekolah untuk anaknya, klien tampak lebih "
                        "bersemangat, duduk lebih tegak dan beberapa kali tersenyum.",
                    ],
                ),
                (
                    "worker_reflection",
                    "Refleksi Pekerja Sosial",
                    [
                        "Saya merasa cemas mendengar anak-anak menyaksikan kekerasan di rumah dan "
                        "sempat ingin segera menyarankan klien pindah. Saya menahan diri agar "
                        "keputusan tetap berada di tangan klien.",
                        "Keterampilan yang saya gunakan adalah mendengarkan aktif, refleksi "
                        "perasaan dan pemberian dukungan. Pertemuan berikutnya perlu menyusun "
                        "rencana keselamatan bersama klien.",
                    ],
                ),
                (
                    "conclusion",
                    "Kesimpulan",
                    [
                        "Klien masih mengalami kekerasan psikis dan ancaman fisik dari suami, "
                        "disertai kesulitan ekonomi dan tunggakan biaya sekolah anak sulung. Klien "
                        "bersedia mengikuti konseling dan pengurusan bantuan sosial."
                    ],
                ),
                (
                    "next_steps",
                    "Rencana Tindak Lanjut",
                    [
                        "Mendampingi klien ke UPTD PPA Kota Bandung pada 12 Maret 2024, menghubungi "
                        "wali kelas Dewi untuk keringanan biaya sekolah, dan memeriksa data klien "
                        "dalam DTKS kelurahan."
                    ],
                ),
                (
                    "supervisor_comments",
                    "Catatan Supervisor",
                    [
                        "Rencana keselamatan perlu dibuat pada pertemuan berikutnya, termasuk "
                        "nomor darurat yang dapat dihubungi klien. Refleksi pekerja sosial sudah baik."
                    ],
                ),
            ],
            "sign": sign("Bandung, 5 Maret 2024", RINA, SUP_ENDANG),
        }
    ],
}

PR02 = {
    "stem": "pr02_catatan_proses_rizky_tabel",
    "format": "pdf",
    "lang": "id",
    "letterhead": LH_TAMAN_HARAPAN,
    "pdf_title": "Catatan Proses An. Rizky Ramadhan",
    "style": {
        "font": "dejavu_serif",
        "size": 10,
        "header": "lines",
        "heading": {"numbering": "roman", "upper": True},
        "footer": "Halaman {page} dari {pages}",
    },
    "features": "3-column process table (Dialog | Perasaan | Analisis); roman numbered CAPS headings; "
    "`Label : value` header with `Tujuan :` line; repeated letterhead; multi-page",
    "records": [
        {
            "type": "process_record",
            "title": ["CATATAN PROSES", "(PROCESS RECORDING)"],
            "header": [
                ("case_number", "No. Registrasi", "PSAA-TH/2024/019"),
                ("client_name", "Nama Klien", "An. Rizky Ramadhan"),
                ("worker_name", "Nama Pekerja Sosial", DEDI),
                ("interview_date", "Tanggal", D("2024-03-07", "id_long")),
                ("location", "Tempat", "Ruang konseling UPTD PSAA Taman Harapan"),
                ("session_number", "Pertemuan ke", N("3", 3)),
                (
                    "interview_purpose",
                    "Tujuan",
                    "Membahas perkelahian klien dengan teman asrama dan mengetahui penyebab klien "
                    "membolos sekolah selama empat hari.",
                ),
            ],
            "sections": [
                (
                    "introduction",
                    "Pendahuluan",
                    [
                        "Klien dipanggil ke ruang konseling setelah pengasuh asrama melaporkan "
                        "perkelahian antara klien dan An. Fajar pada malam sebelumnya. Wali kelas "
                        "juga mengabarkan bahwa klien tidak masuk sekolah sejak hari Senin.",
                        "Klien datang tepat waktu, masih memakai seragam olahraga, dan duduk di "
                        "kursi dekat pintu.",
                    ],
                ),
                (
                    "interview_narrative",
                    "Jalannya Wawancara",
                    Dialogue3(
                        ("Dialog", "Perasaan Pekerja Sosial", "Analisis / Keterampilan"),
                        (
                            (
                                "Pekerja Sosial: Rizky, terima kasih sudah datang. Silakan duduk "
                                "yang nyaman.",
                                "Saya ingin klien merasa aman, bukan dihakimi.",
                                "Membuka pertemuan dan membangun relasi.",
                            ),
                            (
                                "Klien: Pasti mau dimarahi soal Fajar kan, Pak? (klien melipat "
                                "tangan di dada)",
                                "Saya sedikit tersinggung, tetapi mencoba tetap tenang.",
                                "Klien defensif; perlu penerimaan tanpa syarat.",
                            ),
                            (
                                "Pekerja Sosial: Bapak tidak mau memarahi. Bapak ingin dengar "
                                "cerita dari sisi kamu.",
                                "",
                                "Klarifikasi tujuan dan empati.",
                            ),
                            (
                                "Klien: Dia ngatain ibu saya pergi karena tidak sayang saya. Ya "
                                "saya pukul. (suara meninggi, mata berkaca-kaca)",
                                "Saya merasa iba mendengar hal itu.",
                                "Pemicu konflik: rasa kehilangan ibu yang bekerja di Malaysia.",
                            ),
                            (
                                "Pekerja Sosial: Kata-kata itu pasti menyakitkan sekali buat kamu.",
                                "",
                                "Refleksi perasaan.",
                            ),
                            (
                                "Klien: Ibu saya kerja buat saya, Pak. Tapi sudah dua bulan tidak "
                                "telepon. (klien menunduk lama)",
                                "Saya sedih dan ingin segera membantu menghubungi ibunya.",
                                "Klien merasa ditinggalkan; kebutuhan akan kontak dengan ibu.",
                            ),
                            (
                                "Pekerja Sosial: Apakah itu juga yang membuat kamu tidak berangkat "
                                "sekolah minggu ini?",
                                "",
                                "Pertanyaan terbuka untuk menghubungkan dua masalah.",
                            ),
                            (
                                "Klien: Malas, Pak. Di sekolah juga diejek anak panti. Mending "
                                "nongkrong di warung.",
                                "Saya khawatir klien terpengaruh teman di luar panti.",
                                "Risiko: pergaulan di warung dekat terminal; rasa malu sebagai "
                                "anak panti.",
                            ),
                            (
                                "Pekerja Sosial: Kalau Bapak bantu menghubungi ibumu lewat "
                                "kantor BP3MI, kamu mau mencoba masuk sekolah lagi besok?",
                                "Saya berharap tawaran ini tidak terdengar seperti syarat.",
                                "Menawarkan pilihan dan membangun motivasi.",
                            ),
                            (
                                "Klien: Iya, Pak. Saya coba. Tapi jangan bilang ke Fajar saya "
                                "nangis. (klien tersenyum kecil)",
                                "Saya lega.",
                                "Klien mulai terbuka; kesepakatan awal tercapai.",
                            ),
                        ),
                    ),
                ),
                (
                    "nonverbal_observations",
                    "Observasi Non-Verbal",
                    [
                        "Pada awal pertemuan klien melipat tangan dan menghindari kontak mata. "
                        "Setelah membicarakan ibunya, posisi duduk klien lebih santai dan ia mulai "
                        "menatap pekerja sosial."
                    ],
                ),
                (
                    "conclusion",
                    "Kesimpulan",
                    [
                        "Perkelahian dan perilaku membolos klien berkaitan dengan rasa kehilangan "
                        "dan putusnya komunikasi dengan ibu kandung, serta stigma sebagai anak panti "
                        "di sekolah. Klien bersedia kembali bersekolah."
                    ],
                ),
                (
                    "next_steps",
                    "Tindak Lanjut",
                    [
                        "Menghubungi BP3MI Jawa Barat untuk melacak kontak ibu klien, berkoordinasi "
                        "dengan wali kelas, dan memfasilitasi mediasi antara klien dan An. Fajar."
                    ],
                ),
            ],
            "sign": sign("Sukabumi, 7 Maret 2024", DEDI),
        }
    ],
}

PR03 = {
    "stem": "pr03_process_recording_hartono_table",
    "format": "docx",
    "lang": "en",
    "letterhead": LH_PELITA,
    "style": {
        "font": "helvetica",
        "size": 10.5,
        "header": "lines",
        "heading": {"bold": True},
    },
    "features": "bold-only headings; 3-column table (Dialogue | Worker's Feelings | Analysis / "
    "Skills Used); conclusion heading absent",
    "records": [
        {
            "type": "process_record",
            "title": ["PROCESS RECORDING"],
            "header": [
                ("case_number", "Case No.", "PH-JKT-2024-031"),
                ("client_name", "Client", "Mrs. Lina Hartono"),
                ("worker_name", "Social Worker", MARIA),
                ("interview_date", "Date of Interview", D("2024-02-27", "en_mdy")),
                ("location", "Place", "Client's rented room, Kampung Melayu, East Jakarta"),
                ("session_number", "Session No.", N("1", 1)),
            ],
            "sections": [
                (
                    "introduction",
                    "Introduction",
                    [
                        "This first home visit followed a report from the homeroom teacher of "
                        "Kevin Hartono (9), who has come to school hungry and without his uniform "
                        "several times this month. Mrs. Hartono agreed by phone to meet at home "
                        "in the afternoon, when her younger child Sarah (6) would be napping."
                    ],
                ),
                (
                    "interview_narrative",
                    "Recording",
                    Dialogue3(
                        ("Dialogue", "Worker's Feelings", "Analysis / Skills Used"),
                        (
                            (
                                "Worker: Good afternoon, Mrs. Hartono. Thank you for letting me "
                                "come. I am Maria from Pelita Hati.",
                                "I felt nervous; a home visit after a school report can feel "
                                "like an accusation.",
                                "Introduction and clarifying the worker's role.",
                            ),
                            (
                                "Client: The school called you, right? I know Kevin has been "
                                "late. (client looks at the floor)",
                                "",
                                "Client anticipates blame; shame is visible.",
                            ),
                            (
                                "Worker: The teacher is worried about Kevin, and I am here to "
                                "see how we can support your family, not to judge you.",
                                "I wanted to reassure her.",
                                "Reframing the purpose; reducing defensiveness.",
                            ),
                            (
                                "Client: Since the divorce I can't get up in the morning. Some "
                                "days I don't have money for breakfast. (voice breaks)",
                                "I felt sad and a little overwhelmed by how alone she is.",
                                "Possible depression; financial hardship after divorce.",
                            ),
                            (
                                "Worker: That sounds very heavy to carry on your own. Who helps "
                                "you with the children?",
                                "",
                                "Reflecting feelings; exploring the support network.",
                            ),
                            (
                                "Client: Nobody. My mother is in Semarang. My ex-husband stopped "
                                "sending money in December.",
                                "I felt angry at the father for stopping support.",
                                "No informal support; unpaid child maintenance.",
                            ),
                            (
                                "Worker: Would you be willing to see a counsellor at the "
                                "puskesmas, and let me help you with the food assistance forms?",
                                "I worried I was offering too much too fast.",
                                "Offering concrete resources; partialising the problem.",
                            ),
                            (
                                "Client: Yes. I want Kevin to go to school properly. (client nods, "
                                "wipes her eyes)",
                                "Relief.",
                                "Motivation centred on the children; agreement reached.",
                            ),
                        ),
                    ),
                ),
                (
                    "nonverbal_observations",
                    "Non-verbal Observations",
                    [
                        "The room was tidy but there was little food in the kitchen. Mrs. Hartono "
                        "spoke softly, kept her arms crossed at first and relaxed when the "
                        "conversation turned to the children."
                    ],
                ),
                (
                    "next_steps",
                    "Plan for Next Session",
                    [
                        "Accompany the client to Puskesmas Jatinegara for a mental health "
                        "screening; submit the food assistance application; agree a morning "
                        "routine for Kevin with the school."
                    ],
                ),
            ],
        }
    ],
}

PR04 = {
    "stem": "pr04_catatan_proses_wulan_scan",
    "format": "scan",
    "lang": "id",
    "seed": 4,
    "letterhead": LH_SURABAYA,
    "style": {
        "font": "times",
        "size": 12,
        "header": "lines",
        "heading": {"upper": True, "bold": False, "underline": True},
    },
    "features": "scanned; plain CAPS underlined headings; interview date left as `....`",
    "records": [
        {
            "type": "process_record",
            "title": ["CATATAN PROSES WAWANCARA"],
            "header": [
                ("case_number", "No. Kasus", "UPTD-PPA/SBY/2024/077"),
                ("client_name", "Nama Klien", "Sdri. Wulan Permatasari"),
                ("worker_name", "Pekerja Sosial", AYU),
                ("interview_date", "Tanggal Wawancara", Missing("....")),
                ("location", "Lokasi", "Rumah Aman UPTD PPA Kota Surabaya"),
            ],
            "sections": [
                (
                    "introduction",
                    "Pendahuluan",
                    [
                        "Wawancara dilakukan satu minggu setelah klien ditempatkan di rumah aman "
                        "sepulang dari Batam. Klien sudah bisa tidur lebih teratur, tetapi masih "
                        "menolak bertemu petugas laki-laki."
                    ],
                ),
                (
                    "interview_narrative",
                    "Jalannya Wawancara",
                    [
                        "Pekerja Sosial: Wulan, bagaimana tidurmu tadi malam?",
                        "Klien: Lumayan, Kak. Sudah tidak mimpi buruk lagi. (klien memainkan ujung "
                        "jilbabnya)",
                        "Pekerja Sosial: Syukurlah. Hari ini Kakak ingin bicara tentang rencana "
                        "Wulan setelah dari sini. Boleh?",
                        "Klien: Saya mau pulang ke Bojonegoro, tapi malu sama tetangga. Mereka "
                        "pikir saya kerja yang tidak-tidak. (klien terdiam cukup lama)",
                        "Pekerja Sosial: Wulan tidak bersalah atas apa yang terjadi. Yang salah "
                        "adalah orang yang menipu Wulan.",
                        "Klien: Ibu saya juga bilang begitu di telepon. Saya ingin kursus menjahit "
                        "saja, Kak, biar bisa kerja di rumah.",
                        "Pekerja Sosial: Itu rencana yang bagus. Kakak akan carikan informasi "
                        "pelatihan menjahit yang dekat rumahmu.",
                    ],
                ),
                (
                    "nonverbal_observations",
                    "Pengamatan Non-Verbal",
                    [
                        "Klien duduk memeluk bantal dan lebih sering menatap lantai. Ekspresi "
                        "wajahnya berubah cerah ketika membicarakan kursus menjahit."
                    ],
                ),
                (
                    "conclusion",
                    "Kesimpulan",
                    [
                        "Klien mulai pulih secara emosional, memiliki dukungan dari ibu kandung, "
                        "dan sudah mempunyai gambaran rencana ekonomi setelah reintegrasi. "
                        "Kekhawatiran utama klien adalah stigma dari lingkungan."
                    ],
                ),
                (
                    "next_steps",
                    "Rencana Tindak Lanjut",
                    [
                        "Menghubungi Dinas Sosial Kabupaten Bojonegoro untuk persiapan "
                        "reintegrasi dan mencari pelatihan menjahit di BLK setempat."
                    ],
                ),
            ],
        }
    ],
}

PR05 = {
    "stem": "pr05_process_recording_hartono",
    "format": "pdf",
    "lang": "en",
    "letterhead": LH_PELITA,
    "pdf_title": "Process Recording - Hartono",
    "style": {
        "font": "dejavu_sans",
        "size": 10.5,
        "header": "inline",
        "kv_sep": ": ",
        "heading": {"colon": True},
        "bold_speakers": True,
    },
    "features": "Title Case headings with trailing colon; `Label: value` header lines; dialogue "
    "as paragraphs; separate reflection and supervisor sections",
    "records": [
        {
            "type": "process_record",
            "title": ["Process Recording"],
            "header": [
                ("case_number", "Case Number", "PH-JKT-2024-031"),
                ("client_name", "Client Name", "Mrs. Lina Hartono"),
                ("worker_name", "Worker", MARIA),
                ("interview_date", "Date", D("2024-03-19", "en_weekday")),
                ("location", "Location", "Pelita Hati office, counselling room 2"),
                ("session_number", "Session", N("3", 3)),
            ],
            "sections": [
                (
                    "introduction",
                    "Introduction",
                    [
                        "Mrs. Hartono came to the office on her own for the third session, "
                        "two weeks after starting treatment for depression at the puskesmas. "
                        "She brought Sarah, who played in the children's corner during the talk."
                    ],
                ),
                (
                    "interview_purpose",
                    "Purpose of Interview",
                    [
                        "To review the morning routine agreed with the school and to discuss "
                        "the letter requesting child maintenance from her former husband."
                    ],
                ),
                (
                    "interview_narrative",
                    "Interview",
                    [
                        "Worker: You came on your own today, and on time. How have the mornings "
                        "been?",
                        "Client: Better. I set two alarms now. Kevin was late only once this week. "
                        "(client smiles)",
                        "Worker: That is real progress. What helped the most?",
                        "Client: Packing his bag the night before, like we said. And the medicine "
                        "helps me sleep.",
                        "Worker: Last time you mentioned the letter to Kevin's father. Have you "
                        "decided what you want to do?",
                        "Client: I'm scared he will get angry. But the children need the money. "
                        "(client twists her handbag strap)",
                        "Worker: It is your decision. The legal aid office can send the letter for "
                        "you, so you don't have to face him alone.",
                        "Client: Then yes. Please help me make the appointment.",
                    ],
                ),
                (
                    "nonverbal_observations",
                    "Non-verbal Observations",
                    [
                        "The client was neatly dressed and made steady eye contact. She became "
                        "tense and fidgeted with her bag when her former husband was mentioned, "
                        "then relaxed once the legal aid option was explained."
                    ],
                ),
                (
                    "worker_reflection",
                    "Worker's Reflection",
                    [
                        "I felt encouraged by her progress and had to be careful not to push the "
                        "maintenance issue because of my own sense of injustice.",
                        "Skills used: affirmation, exploring options, respecting client "
                        "self-determination.",
                    ],
                ),
                (
                    "conclusion",
                    "Conclusion",
                    [
                        "The client's functioning is improving: the children's school attendance "
                        "is more regular and she is engaged in treatment. She has decided to "
                        "pursue child maintenance with legal aid support."
                    ],
                ),
                (
                    "next_steps",
                    "Next Steps",
                    [
                        "Book an appointment with LBH Jakarta for the maintenance claim; check "
                        "attendance with the school at the end of March."
                    ],
                ),
                (
                    "supervisor_comments",
                    "Supervisor's Comments",
                    [
                        "Good use of self-awareness. Review safety planning before the letter is sent."
                    ],
                ),
            ],
        }
    ],
}

PR06 = {
    "stem": "pr06_catatan_proses_sukinem_wordpdf",
    "format": "word_pdf",
    "lang": "id",
    "letterhead": LH_SEKAR_WANGI,
    "style": {
        "font": "helvetica",
        "size": 11,
        "header": "lines",
        "heading": {"numbering": "alpha", "bold": True},
        "footer": "Halaman {page} dari {pages}",
    },
    "features": "PDF exported from Word (LibreOffice); `A. Pendahuluan` lettered headings; "
    "3-column process table; weekday date",
    "records": [
        {
            "type": "process_record",
            "title": ["LAPORAN CATATAN PROSES"],
            "header": [
                ("case_number", "No. Kasus", "PPSLU-SW/2024/012"),
                ("client_name", "Nama Penerima Manfaat", "Mbah Sukinem"),
                ("worker_name", "Peksos", FITRI),
                ("interview_date", "Hari/Tanggal", D("2024-03-14", "id_weekday")),
                ("location", "Tempat", "Wisma Melati, PPSLU Sekar Wangi"),
            ],
            "sections": [
                (
                    "introduction",
                    "Pendahuluan",
                    [
                        "Mbah Sukinem sudah tiga minggu tinggal di Wisma Melati. Pengasuh "
                        "melaporkan bahwa klien sering menanyakan keponakannya dan menolak makan "
                        "siang dua hari terakhir. Wawancara dilakukan di teras wisma pada pagi hari."
                    ],
                ),
                (
                    "interview_narrative",
                    "Isi Wawancara",
                    Dialogue3(
                        ("Dialog", "Perasaan Pekerja Sosial", "Analisis / Keterampilan"),
                        (
                            (
                                "Pekerja Sosial: Sugeng enjing, Mbah. Sudah sarapan?",
                                "Saya ingin suasana santai.",
                                "Pembukaan dengan bahasa yang akrab bagi klien.",
                            ),
                            (
                                "Klien: Sampun, Nduk. Sedikit saja. (klien mengusap lututnya)",
                                "",
                                "Nafsu makan menurun.",
                            ),
                            (
                                "Pekerja Sosial: Kata Bu Sri, Mbah kemarin tidak mau makan siang. "
                                "Ada yang membuat Mbah sedih?",
                                "Saya khawatir kondisi kesehatannya menurun.",
                                "Eksplorasi perasaan.",
                            ),
                            (
                                "Klien: Saya kangen Parno. Dia keponakan saya, dulu tinggal di "
                                "Wedi. (mata klien berkaca-kaca)",
                                "Saya terharu.",
                                "Ada kerabat yang mungkin dapat dilacak.",
                            ),
                            (
                                "Pekerja Sosial: Mbah masih ingat alamat Mas Parno?",
                                "",
                                "Pertanyaan tertutup untuk informasi penelusuran keluarga.",
                            ),
                            (
                                "Klien: Dekat pasar Wedi, rumahnya yang ada pohon sawonya. (klien "
                                "tersenyum)",
                                "Saya berharap penelusuran berhasil.",
                                "Informasi awal untuk family tracing.",
                            ),
                        ),
                    ),
                ),
                (
                    "conclusion",
                    "Kesimpulan",
                    [
                        "Penurunan nafsu makan klien berkaitan dengan kerinduan kepada keluarga. "
                        "Klien memberikan petunjuk alamat keponakan di Kecamatan Wedi yang dapat "
                        "digunakan untuk penelusuran keluarga."
                    ],
                ),
                (
                    "next_steps",
                    "Tindak Lanjut",
                    [
                        "Berkoordinasi dengan pemerintah desa di Kecamatan Wedi, meminta perawat "
                        "memantau asupan makan klien, dan melibatkan klien dalam kegiatan "
                        "karawitan sore hari."
                    ],
                ),
            ],
            "sign": sign("Klaten, 14 Maret 2024", FITRI),
        }
    ],
}

PR07 = {
    "stem": "pr07_catatan_proses_andi",
    "format": "docx",
    "lang": "id",
    "letterhead": LH_SLEMAN,
    "style": {
        "font": "helvetica",
        "size": 11,
        "header": "lines",
        "heading": {"bold": True, "underline": True},
        "word_lists": True,
    },
    "features": "bold underlined headings; `Kesimpulan` heading present but empty; Word letterhead "
    "header",
    "records": [
        {
            "type": "process_record",
            "title": ["CATATAN PROSES KUNJUNGAN RUMAH"],
            "header": [
                ("case_number", "No. Kasus", "460/112/DINSOS-SLM/2024"),
                ("client_name", "Nama Klien", "Sdr. Andi Saputra"),
                ("worker_name", "Nama Pekerja Sosial", WAHYU),
                ("interview_date", "Tanggal Kunjungan", D("2024-07-22", "dmy_slash")),
                ("location", "Tempat", "Rumah klien, Padukuhan Ngemplak, Kalasan"),
            ],
            "sections": [
                (
                    "introduction",
                    "Pengantar",
                    [
                        "Kunjungan ini adalah tindak lanjut laporan Puskesmas Kalasan tentang "
                        "pemuda yang mengalami kelumpuhan kedua kaki setelah kecelakaan sepeda "
                        "motor pada Januari 2024. Klien tinggal bersama ibu dan adik perempuannya.",
                        "Pekerja sosial didampingi kader kesehatan padukuhan, Ibu Tumini.",
                    ],
                ),
                (
                    "interview_narrative",
                    "Jalannya Wawancara",
                    [
                        "Pekerja Sosial: Mas Andi, saya Wahyu dari Dinas Sosial. Boleh saya "
                        "ngobrol sebentar?",
                        "Klien: Monggo, Mas. Tapi saya tidak bisa ke mana-mana. (klien menunjuk "
                        "kakinya sambil tertawa kecil)",
                        "Pekerja Sosial: Sejak pulang dari rumah sakit, kegiatan Mas Andi sehari-"
                        "hari apa saja?",
                        "Klien: Ya cuma di kasur, main HP. Dulu saya bengkel motor, Mas. Sekarang "
                        "ibu yang kerja buruh cuci. (klien memalingkan wajah ke jendela)",
                        "Pekerja Sosial: Kalau ada kursi roda dan latihan, apa yang paling ingin "
                        "Mas Andi lakukan lagi?",
                        "Klien: Buka servis HP di depan rumah. Saya bisa kalau tangan, Mas.",
                    ],
                ),
                (
                    "nonverbal_observations",
                    "Observasi",
                    [
                        "Klien berbicara dengan nada bercanda tetapi menghindari pembicaraan "
                        "tentang kakinya. Terdapat luka tekan kecil di tumit kiri yang perlu "
                        "diperiksa perawat."
                    ],
                ),
                ("conclusion", "Kesimpulan", Missing("")),
                (
                    "next_steps",
                    "Rencana Tindak Lanjut",
                    [
                        "Mengajukan bantuan kursi roda melalui program ATENSI, merujuk klien ke "
                        "fisioterapi RSUD Sleman, dan menjajaki pelatihan servis telepon seluler."
                    ],
                ),
            ],
            "sign": sign("Sleman, 22 Juli 2024", WAHYU),
        }
    ],
}

PR08 = {
    "stem": "pr08_process_recording_lake_scan",
    "format": "scan",
    "lang": "en",
    "seed": 8,
    "letterhead": LH_FLOBAMORA,
    "style": {
        "font": "courier",
        "size": 11,
        "header": "lines",
        "heading": {"upper": True},
    },
    "features": "scanned typewriter-style page; CAPS headings; worker name `N/A`; ordinal date "
    "(`5th March 2024`)",
    "records": [
        {
            "type": "process_record",
            "title": ["PROCESS RECORD"],
            "header": [
                ("case_number", "File No.", "FRH/2024/046"),
                ("client_name", "Client", "Mr. Yohanes Lake"),
                ("worker_name", "Caseworker", Missing("N/A")),
                ("interview_date", "Date", D("2024-03-05", "en_ord")),
                ("location", "Venue", "Flobamora Recovery House, group room"),
            ],
            "sections": [
                (
                    "introduction",
                    "Introduction",
                    [
                        "Yohanes has been in the residential programme for six weeks. He asked "
                        "for this meeting after receiving a message that his father is ill in "
                        "Soe."
                    ],
                ),
                (
                    "interview_narrative",
                    "Interview",
                    [
                        "Worker: You asked to talk today. What is on your mind?",
                        "Client: My father is in hospital in Soe. I want to go home for a week. "
                        "(client taps his foot quickly)",
                        "Worker: That is worrying news. How are you feeling about going back?",
                        "Client: Scared. My old friends are there. They will offer me stuff.",
                        "Worker: It takes courage to say that. What could help you stay safe if "
                        "you go?",
                        "Client: Maybe if my brother picks me up and I stay at his place, not in "
                        "town.",
                    ],
                ),
                (
                    "conclusion",
                    "Conclusion",
                    [
                        "The client recognises the risk of relapse during home leave and proposes "
                        "a protective plan involving his brother. Home leave is possible if the "
                        "plan is confirmed by the family."
                    ],
                ),
                (
                    "next_steps",
                    "Follow-up",
                    [
                        "Call the client's brother to confirm the plan; prepare a relapse "
                        "prevention card; present the leave request at the team meeting."
                    ],
                ),
            ],
        }
    ],
}

PR09 = {
    "stem": "pr09_catatan_proses_dimas",
    "format": "pdf",
    "lang": "id",
    "letterhead": LH_KASIH_BUNDA,
    "pdf_title": "Catatan Proses",
    "style": {
        "font": "times",
        "size": 11.5,
        "header": "table",
        "heading": {"upper": True},
    },
    "features": "header as ruled PDF key/value table; CAPS headings; multi-paragraph sections; "
    "no case number or location",
    "records": [
        {
            "type": "process_record",
            "title": ["CATATAN PROSES"],
            "header": [
                ("client_name", "Nama Anak", "An. Dimas Pratama"),
                ("worker_name", "Pekerja Sosial", KADEK),
                ("interview_date", "Tanggal", D("2024-05-06", "iso")),
                ("session_number", "Sesi ke-", N("4", 4)),
            ],
            "sections": [
                (
                    "introduction",
                    "Pembukaan",
                    [
                        "Dimas (9 tahun) baru dua bulan tinggal di LKSA setelah neneknya tidak "
                        "mampu lagi merawatnya. Pengasuh menyampaikan bahwa Dimas sering mengompol "
                        "dan terbangun menangis pada malam hari.",
                        "Pertemuan dilakukan sambil menggambar bersama di ruang bermain agar "
                        "Dimas merasa nyaman.",
                    ],
                ),
                (
                    "interview_purpose",
                    "Tujuan",
                    [
                        "Mengetahui perasaan Dimas tentang tinggal di LKSA dan penyebab ia sulit tidur."
                    ],
                ),
                (
                    "interview_narrative",
                    "Isi Wawancara",
                    [
                        "Pekerja Sosial: Dimas lagi gambar apa?",
                        "Klien: Rumah nenek. Ini kucingnya, namanya Belang. (klien menunjuk "
                        "gambarnya dengan bangga)",
                        "Pekerja Sosial: Wah, bagus sekali. Dimas kangen nenek ya?",
                        "Klien: Iya. Kalau malam gelap, aku takut. Di rumah nenek lampunya nyala. "
                        "(klien berhenti menggambar)",
                        "Pekerja Sosial: Oh, jadi Dimas takut karena lampu kamar dimatikan. Mau "
                        "kalau kita minta lampu kecil dinyalakan?",
                        "Klien: Mau. Terus boleh telepon nenek hari Minggu?",
                        "Pekerja Sosial: Boleh. Nanti Kakak bantu atur jadwalnya.",
                    ],
                ),
                (
                    "nonverbal_observations",
                    "Observasi Non Verbal",
                    [
                        "Dimas bersemangat saat menggambar dan menjelaskan gambarnya. Ia berhenti "
                        "menggambar dan suaranya mengecil ketika bercerita tentang malam hari.",
                        "Setelah diberi pilihan lampu tidur, Dimas kembali menggambar dan "
                        "menambahkan matahari di gambarnya.",
                    ],
                ),
                (
                    "worker_reflection",
                    "Refleksi Pekerja Sosial",
                    [
                        "Saya merasa tersentuh dan menyadari bahwa masalah mengompol mungkin "
                        "berkaitan dengan rasa takut dan kehilangan, bukan kenakalan. Teknik "
                        "bermain efektif untuk anak usia ini."
                    ],
                ),
                (
                    "conclusion",
                    "Kesimpulan",
                    [
                        "Kesulitan tidur dan mengompol pada Dimas berkaitan dengan rasa takut "
                        "gelap dan kerinduan kepada nenek.",
                        "Dimas membutuhkan lampu tidur dan jadwal komunikasi rutin dengan nenek.",
                    ],
                ),
                (
                    "next_steps",
                    "Langkah Selanjutnya",
                    [
                        "Menyampaikan kebutuhan lampu tidur kepada pengasuh, menjadwalkan telepon "
                        "dengan nenek setiap Minggu sore, dan memantau frekuensi mengompol selama "
                        "dua minggu."
                    ],
                ),
            ],
        }
    ],
}

DOCS = [PR01, PR02, PR03, PR04, PR05, PR06, PR07, PR08, PR09]
