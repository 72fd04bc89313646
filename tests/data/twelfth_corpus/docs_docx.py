# ruff: noqa  (written by an independent author; kept as written so the corpus regenerates byte-identically)
"""DOCX documents 01-14 (fictional people and agencies)."""
from make import MISSING, Doc


def d01():
    d = Doc("01_catatan_proses_kunjungan_rumah.docx", "docx", "id",
            "process record; roman-numbered headings; header table (grid) of labels; letterhead with "
            "parent line; dialogue paragraphs with stage directions; 'Waktu' label matches no field; "
            "'Pertemuan ke' -> session_number; Tujuan header line -> interview_purpose",
            docx_font="Times New Roman", size=12)
    d.record("process_record")
    d.letterhead(["PEMERINTAH KABUPATEN SLEMAN",
                  "UPTD RUMAH PERLINDUNGAN SOSIAL ANAK SEKAR ARUM",
                  "Jl. Magelang Km 9,5 Tridadi, Sleman 55511 \u2013 Telp. (0274) 868 240"],
                 agency_line=1, small=[2])
    d.title("CATATAN PROSES", sub="(Process Recording)")
    d.kv([("Nomor Kasus", "RPSA/SA/017/III/2024", "case_number"),
          ("Nama Klien", "Anisa Putri Maharani", "client_name"),
          ("Pekerja Sosial", "Dian Puspitasari, S.Tr.Sos.", "worker_name"),
          ("Hari/Tanggal", "Selasa, 5 Maret 2024", "interview_date", "2024-03-05"),
          ("Waktu", "10.00 \u2013 11.15 WIB", None),
          ("Tempat", "Rumah orang tua klien, Dusun Karangasem RT 03/RW 11, Tridadi", "location"),
          ("Pertemuan ke", "2 (dua)", "session_number", 2),
          ("Tujuan", "Menggali penyebab klien tidak masuk sekolah dan harapan klien serta "
                     "keluarganya", "interview_purpose")], style="grid")
    d.sec("I. PENDAHULUAN", [
        "Klien adalah anak perempuan berusia 13 tahun yang dirujuk oleh pihak sekolah karena sering "
        "tidak masuk kelas selama dua bulan terakhir. Pertemuan pertama dilakukan di kantor RPSA pada "
        "27 Februari 2024 dan pada saat itu klien belum banyak berbicara.",
        "Kunjungan rumah ini dilakukan untuk mengenal situasi keluarga secara langsung. Pekerja sosial "
        "datang sesuai janji yang telah disepakati dengan ibu klien melalui telepon sehari sebelumnya."],
        "introduction")
    d.dialogue("II. JALANNYA WAWANCARA", [
        ("PS", "Selamat pagi, Bu. Selamat pagi, Anisa. Terima kasih sudah mau menerima saya di rumah."),
        ("Ibu Klien", "Iya, Bu, silakan masuk. Maaf rumahnya berantakan. (ibu klien tersenyum canggung "
                      "sambil merapikan kursi)"),
        ("PS", "Tidak apa-apa, Bu. Anisa, bagaimana kabarmu hari ini?"),
        ("Klien", "Baik, Bu. (klien menunduk dan memainkan ujung jilbabnya)"),
        ("PS", "Minggu lalu kita sudah berkenalan di kantor. Hari ini saya ingin mendengar cerita Anisa "
               "tentang sekolah. Boleh?"),
        ("Klien", "Boleh... Saya malas ke sekolah, Bu. Teman-teman suka mengejek karena saya sering "
                  "telat bayar iuran."),
        ("PS", "Diejek teman pasti tidak enak rasanya. Sejak kapan itu terjadi?"),
        ("Klien", "Sejak kelas tujuh semester dua. (suara klien mengecil)"),
        ("Ibu Klien", "Saya baru tahu sekarang, Bu. Dia tidak pernah cerita. (ibu klien menatap klien "
                      "dengan mata berkaca-kaca)"),
        ("PS", "Anisa, terima kasih sudah berani bercerita. Kalau situasinya bisa diperbaiki, apa yang "
               "paling Anisa harapkan?"),
        ("Klien", "Saya mau sekolah lagi, tapi tidak mau duduk dekat Rara dan teman-temannya."),
        ("PS", "Baik, itu harapan yang jelas. Nanti kita pikirkan bersama dengan wali kelas, ya."),
    ])
    d.sec("III. OBSERVASI NONVERBAL", [
        "Pada awal pertemuan klien duduk di belakang ibunya dan jarang melakukan kontak mata. Setelah "
        "sekitar lima belas menit posisi duduk klien mulai terbuka dan ia beberapa kali tersenyum ketika "
        "membicarakan adik bungsunya.",
        "Ibu klien tampak lelah, berbicara dengan nada rendah, dan beberapa kali mengusap mata ketika "
        "mendengar cerita klien tentang ejekan di sekolah."], "nonverbal_observations")
    d.sec("IV. REFLEKSI PEKERJA SOSIAL", [
        "Saya merasa lega karena klien mulai terbuka, tetapi juga sedih mendengar bahwa masalah iuran "
        "sekolah menjadi bahan ejekan. Saya menyadari bahwa saya sempat terburu-buru menawarkan solusi "
        "sebelum klien selesai bercerita; pada pertemuan berikutnya saya perlu lebih banyak menggunakan "
        "teknik refleksi perasaan."], "worker_reflection")
    d.sec("V. KESIMPULAN", [
        "Ketidakhadiran klien di sekolah berkaitan dengan perundungan oleh teman sekelas yang dipicu oleh "
        "kesulitan ekonomi keluarga. Klien memiliki motivasi untuk kembali bersekolah apabila merasa aman, "
        "dan ibu klien bersedia terlibat dalam penyelesaian masalah."], "conclusion")
    d.sec("VI. RENCANA TINDAK LANJUT", [
        "Pekerja sosial akan menemui wali kelas dan guru BK pada 12 Maret 2024 untuk membahas pengaturan "
        "tempat duduk dan penanganan perundungan. Keluarga juga akan dibantu mengajukan keringanan iuran "
        "melalui program bantuan pendidikan desa."], "next_steps")
    d.sec("Komentar Supervisor", [
        "Pencatatan sudah runtut dan dialog dicatat dengan baik. Perhatikan kembali kecenderungan memberi "
        "solusi terlalu cepat; gali juga peran ayah klien yang belum muncul dalam catatan ini."],
        "supervisor_comments")
    d.sig(["Sleman, 6 Maret 2024", "Pekerja Sosial,", "", "", "Dian Puspitasari, S.Tr.Sos."])
    return d


def d02():
    d = Doc("02_process_recording_three_column.docx", "docx", "en",
            "process record as a 3-column table (verbatim | gut feelings | analysis/skills): column 1 -> "
            "interview_narrative, columns 2+3 -> worker_reflection; crowded header lines with several "
            "labels; 'Field Instructor' label matches no field; introduction under an unusual heading; "
            "no location, no non-verbal section",
            docx_font="Calibri", size=11)
    d.record("process_record", rec=["location", "nonverbal_observations"])
    d.title("PROCESS RECORDING")
    d.kvline([("Agency", "Northgate Community Mental Health Team", "agency_name"),
              ("Client System", "Mr Gareth Pryce", "client_name"),
              ("Date", "14/05/2024", "interview_date", "2024-05-14")])
    d.kvline([("Student Worker", "Thomas Kerrigan", "worker_name"),
              ("Field Instructor", "Aisha Rahman, LCSW", None),
              ("Interview No.", "3", "session_number", 3),
              ("File ref", "NCMHT-24-0392", "case_number")])
    d.sec("Purpose of the interview", [
        "To review how Gareth is managing the side effects of his new medication and to agree what he "
        "wants to focus on in our remaining sessions."], "interview_purpose")
    d.sec("Background and pre-interview preparation", [
        "Gareth is a 41-year-old man living alone in a council flat. He was referred to the team after a "
        "hospital admission in January and started on a new antidepressant four weeks ago. He missed our "
        "appointment last week and did not answer two phone calls.",
        "Before the session I re-read my notes from interview 2 and planned to begin with the medication "
        "question he had raised, rather than with the missed appointment."], "introduction")
    d.table(["Verbatim dialogue", "Worker's gut-level feelings", "Analysis / skills used"], [
        ["Worker: Hi Gareth, thanks for coming in today. Last week you mentioned the new medication was "
         "making you tired. How has this week been?",
         "A bit nervous \u2014 he missed our last appointment.",
         "Opening with a link to the previous session; open question."],
        ["Client: Rubbish, honestly. I've been sleeping till lunchtime and then I can't be bothered doing "
         "anything. (looks at the floor)", "",
         "Client signals low mood; non-verbal cue of withdrawal."],
        ["Worker: Sleeping till lunchtime and then feeling flat for the rest of the day. That sounds "
         "exhausting.",
         "I felt for him; I was aware of wanting to fix it.",
         "Paraphrasing and reflecting feeling."],
        ["Client: It is. And my sister keeps ringing to check if I've taken the tablets. It does my head in.",
         "Irritated on his behalf, then wondered about the sister's worries.",
         "Identifying a family-system stressor."],
        ["Worker: What would you like your sister to know about how you're doing?", "",
         "Open question moving toward the client's own voice."],
        ["Client: That I'm not a kid. I've been managing since Mum died. (pause, voice breaks)",
         "Caught off guard by the grief; I slowed down.",
         "Tuning in to unresolved loss; allowed silence."],
        ["Worker: You've carried a lot since your mum died. Would it help to talk about that today, or "
         "would you rather focus on the tiredness?",
         "Unsure whether to go there.",
         "Offering choice; respecting self-determination."],
        ["Client: The tiredness. I'm not ready for the other thing.",
         "Relieved, honestly.",
         "Client sets the pace; note for supervision."],
    ], [8.0, 4.0, 4.0], colfields={0: "interview_narrative", 1: "worker_reflection",
                                   2: "worker_reflection"})
    d.sec("Summary and conclusion", [
        "Gareth's low energy appears linked both to medication side effects and to unresolved grief "
        "following his mother's death in January. He is engaged but wishes to focus on practical "
        "concerns for now."], "conclusion")
    d.sec("Plan for next session", [
        "Ask the team psychiatrist to review the dose at the 21 May clinic. Agree a simple daily routine "
        "with Gareth and, with his consent, invite his sister to a joint session in June."], "next_steps")
    return d


def d03():
    d = Doc("03_catatan_kasus_terminasi_lansia.docx", "docx", "id",
            "closed case record; letterhead sits in the Word page HEADER (not the body) with two parent "
            "lines; RAHASIA stamp; borderless 3-column label table incl. place+date of birth; status "
            "'Selesai (terminasi)' -> closed; lettered sections A-I; attachments as bullet list",
            docx_font="Times New Roman", size=12)
    d.lh_in_header = True
    d.record("case_record")
    d.letterhead(["PEMERINTAH PROVINSI JAWA TENGAH", "DINAS SOSIAL",
                  "UPT PANTI PELAYANAN SOSIAL LANJUT USIA SEKAR MELATI",
                  "Jl. Raya Solo\u2013Jogja Km 21, Klaten \u2013 Telp. (0272) 321 775"],
                 agency_line=2, small=[3])
    d.stamp("RAHASIA")
    d.title("CATATAN KASUS")
    d.kv([("No. Registrasi Kasus", "PSLU-SM/2023/088", "case_number"),
          ("Nama Klien", "Mbah Suparmi", "client_name"),
          ("Tempat, Tanggal Lahir", "Klaten, 2 Februari 1951", "client_birth_date", "1951-02-02"),
          ("Jenis Kelamin", "Perempuan", "client_sex"),
          ("Alamat Asal", "Dukuh Sidowayah RT 02/RW 05, Kecamatan Polanharjo, Klaten", "client_address"),
          ("Pekerja Sosial Penanggung Jawab", "Ratih Kusumaningrum, S.Tr.Sos.", "worker_name"),
          ("Sumber Rujukan", "Puskesmas Polanharjo", "referral_source"),
          ("Tanggal Penerimaan", "14 Agustus 2023", "date_opened", "2023-08-14"),
          ("Tanggal Terminasi", "28 Maret 2024", "date_closed", "2024-03-28"),
          ("Status Kasus", "Selesai (terminasi)", "case_status", "closed")], style="plain3")
    d.sec("A. Identitas Klien", [
        "Klien adalah perempuan lanjut usia berumur 72 tahun, beragama Islam, berpendidikan Sekolah Rakyat "
        "kelas tiga, dan sebelumnya bekerja sebagai buruh tani. Klien berstatus janda sejak tahun 2009 dan "
        "memiliki dua orang anak yang tinggal di luar kota."], "client_identity")
    d.sec("B. Masalah yang Dihadapi Klien", [
        "Klien ditemukan petugas Puskesmas dalam keadaan lemah dan kurang gizi di rumahnya yang nyaris "
        "roboh. Klien tinggal sendirian, tidak memiliki penghasilan tetap, dan sering lupa makan serta "
        "minum obat hipertensi."], "presenting_problem")
    d.sec("C. Kondisi Keluarga dan Lingkungan Sosial", [
        "Anak sulung klien bekerja sebagai buruh pabrik di Bekasi dan jarang pulang, sedangkan anak kedua "
        "tinggal di Kalimantan dan sudah lama tidak berkomunikasi. Tetangga sekitar peduli namun "
        "kemampuan ekonominya terbatas.",
        "Rumah klien terbuat dari papan dengan atap yang bocor. Ketua RT dan kader posyandu lansia "
        "bersedia membantu pemantauan apabila klien kembali ke desa."], "social_environment")
    d.sec("D. Asesmen (Diagnosa Sosial)", [
        "Klien mengalami keterlantaran lanjut usia dengan risiko kesehatan tinggi akibat hipertensi yang "
        "tidak terkontrol. Kekuatan klien adalah semangat hidup yang baik dan jejaring tetangga yang "
        "peduli; hambatan utamanya adalah ketiadaan pendamping sehari-hari dan rumah yang tidak layak."],
        "assessment")
    d.sec("E. Rencana Intervensi", [
        "Pemenuhan kebutuhan dasar dan perawatan kesehatan di panti selama masa pemulihan; penelusuran "
        "dan mediasi keluarga agar anak sulung dapat terlibat dalam pengasuhan; koordinasi dengan "
        "pemerintah desa untuk program bedah rumah; persiapan reunifikasi dengan dukungan kader lansia."],
        "intervention_plan")
    d.sec("F. Pelaksanaan Intervensi", [
        "Klien menjalani pemeriksaan rutin dan pengaturan diet rendah garam; tekanan darah stabil sejak "
        "November 2023. Pekerja sosial melakukan tiga kali mediasi melalui panggilan video dengan anak "
        "sulung klien dan satu kali pertemuan langsung di panti pada Desember 2023.",
        "Rumah klien direhabilitasi melalui program bedah rumah desa pada Februari 2024, dan kader "
        "posyandu lansia dilatih untuk memantau kepatuhan minum obat."], "interventions")
    d.sec("G. Evaluasi", [
        "Kondisi fisik klien membaik dan berat badan naik empat kilogram. Anak sulung klien bersedia "
        "mengirim biaya hidup bulanan dan pulang setiap dua bulan. Tujuan rencana intervensi dinilai "
        "tercapai."], "evaluation")
    d.sec("H. Terminasi", [
        "Klien dikembalikan ke rumahnya pada 28 Maret 2024 dengan berita acara serah terima kepada anak "
        "sulung dan kepala desa. Pemantauan lanjutan diserahkan kepada kader posyandu lansia dan TKSK "
        "Kecamatan Polanharjo."], "termination")
    d.sec("I. Lampiran", [
        "Fotokopi KTP dan Kartu Keluarga",
        "Surat keterangan dokter Puskesmas Polanharjo",
        "Surat pernyataan kesediaan keluarga",
        "Berita acara penyerahan kembali klien"], "attachments", as_list=True)
    d.sig(["Klaten, 28 Maret 2024", "Pekerja Sosial,", "", "", "Ratih Kusumaningrum, S.Tr.Sos."])
    return d


def d04():
    d = Doc("04_six_month_case_summary.docx", "docx", "en",
            "summarized record; review period written on one line ('1 October 2023 to 31 March 2024'); "
            "bold-line headings in own words; no list of reports and no plan (recommended missing); "
            "'Prepared' label matches no field",
            docx_font="Arial", size=11, heading="underline")
    d.record("summarized_record", rec=["reports_summarized", "plan"])
    d.letterhead(["Riverbend Youth Housing Trust",
                  "Supported Accommodation Service \u00b7 22 Quay Street, Riverbend"],
                 agency_line=0, small=[1])
    d.title("CASE SUMMARY \u2014 SIX-MONTH REVIEW")
    d.kv([("Young person", "Jayden Mikaere", "client_name"),
          ("Case no.", "RYHT/0457", "case_number"),
          ("Key worker", "Hollie Brennan", "worker_name"),
          ("Review period", "1 October 2023 to 31 March 2024", ("period_start", "period_end"),
           ("2023-10-01", "2024-03-31")),
          ("Prepared", "5 April 2024", None)], style="lines", tab=3.8)
    d.sec("Overview of work to date", [
        "Jayden (17) moved into the supported flat in October 2023 after a placement breakdown with his "
        "aunt. During the first two months he struggled with the house rules, had two overnight absences "
        "and was behind on his service charge.",
        "From December the weekly key-work sessions focused on budgeting, cooking and re-engaging with "
        "education. Jayden enrolled on a Level 2 carpentry course in January and has attended 80% of "
        "sessions. Contact with his aunt was re-established through two facilitated meetings in February.",
        "There have been no further absences since 14 December 2023 and the arrears were cleared in "
        "March through a repayment plan he negotiated himself."], "case_summary")
    d.sec("Where things stand now", [
        "Jayden is settled in the flat, manages his own budget with light-touch support and describes the "
        "relationship with his aunt as 'better than before'. He remains anxious about turning 18 in "
        "August and what housing options will be available to him."], "current_situation")
    return d


def d05():
    d = Doc("05_catatan_harian_praktikan_tabel.docx", "docx", "id",
            "daily log as a ruled table; blank date cells take the date of the row above; durations "
            "'30 menit', '1 jam', '1,5 jam', '\u00b1 2 jam'; one duration cell '-' (missing required "
            "entries[3].duration_minutes); first entry has no client ('-'); labels 'Minggu ke' and "
            "'Dosen Pembimbing' match no field",
            docx_font="Arial", size=10)
    d.record("daily_log", req=["entries[3].duration_minutes"], rec=["entries[0].client_name"])
    d.title("CATATAN HARIAN PRAKTIKUM", sub="Praktik Pekerjaan Sosial Lembaga \u2013 Semester Genap 2023/2024")
    d.kv([("Nama Mahasiswa Praktikan", "Fajar Nugroho", "worker_name"),
          ("Lembaga Praktik", "Rumah Singgah Anak Bina Lintas", "agency_name"),
          ("Minggu ke", "3", None),
          ("Dosen Pembimbing", "Dr. Sri Lestari Wulandari, M.Si.", None)], style="lines", tab=5.2)
    rows = [
        ["1", "Senin, 4 Maret 2024", "08.00", "30 menit", "-",
         "Apel pagi dan pembagian tugas bersama staf rumah singgah."],
        ["2", "", "09.15", "1 jam", "Bagas Saputra",
         "Pendampingan belajar membaca; Bagas sudah mampu membaca kalimat pendek tetapi mudah "
         "terdistraksi oleh suara dari luar."],
        ["3", "", "13.30", "1,5 jam", "Bagas Saputra",
         "Kunjungan ke rumah nenek Bagas di Kampung Bandarharjo untuk menanyakan kesediaan keluarga "
         "menerima Bagas kembali."],
        ["4", "Selasa, 5 Maret 2024", "10.00", "-", "Putri Ayu Lestari",
         "Mendampingi Putri ke Puskesmas Bandarharjo untuk pemeriksaan luka di kaki; biaya ditanggung "
         "BPJS PBI."],
        ["5", "", "15.45", "45 menit", "Rahmat Hidayat",
         "Konseling singkat setelah Rahmat terlibat perkelahian dengan anak lain di halaman; Rahmat "
         "bersedia meminta maaf."],
        ["6", "Rabu, 6 Maret 2024", "08.30", "\u00b1 2 jam", "Putri Ayu Lestari",
         "Koordinasi dengan Dinas Sosial Kota Semarang untuk pengurusan akta kelahiran Putri."],
    ]
    gold = [("2024-03-04", "08:00", 30), ("2024-03-04", "09:15", 60), ("2024-03-04", "13:30", 90),
            ("2024-03-05", "10:00", None), ("2024-03-05", "15:45", 45), ("2024-03-06", "08:30", 120)]
    entries = []
    for r, (dt, tm, du) in zip(rows, gold):
        e = {"date": dt, "time": tm}
        if du is not None:
            e["duration_minutes"] = du
        e["description"] = r[5]
        if r[4] != "-":
            e["client_name"] = r[4]
        entries.append(e)
    d.logtable(["No", "Hari/Tanggal", "Jam", "Lama", "Klien", "Uraian Kegiatan"], rows,
               [0.9, 3.0, 1.6, 1.9, 2.9, 5.7], entries)
    d.sig(["Semarang, 6 Maret 2024", "Praktikan,", "", "", "Fajar Nugroho"])
    return d


def d06():
    d = Doc("06_daily_log_dated_paragraphs.docx", "docx", "en",
            "daily log written as dated paragraphs under bold date lines; times '9.00 am', '2.30 pm', "
            "'08:45', '3 pm'; durations as a time range, 'approx. an hour and a half', '20 mins', "
            "'two hours', 'a quarter of an hour'; client named in the bold lead-in",
            docx_font="Calibri", size=11)
    d.record("daily_log")
    d.letterhead(["Harbourside Family Support Service"], agency_line=0)
    d.title("Practitioner Daily Log")
    d.kv([("Practitioner", "Megan O'Sullivan, BSW", "worker_name"),
          ("Week beginning", "4 March 2024", None)], style="lines", tab=3.5)
    plan = [
        ("Monday 4 March 2024", [
            ("9.00 am \u2013 9.40 am (Client: Mrs Leanne Ortiz)",
             "Phone call about the school's attendance letter. Leanne was upset and felt blamed; agreed "
             "I would attend the meeting with the year coordinator on Thursday.",
             "2024-03-04", "09:00", 40, "Mrs Leanne Ortiz"),
            ("11:15, approx. an hour and a half (Client: Mr Aaron Whitlock)",
             "Home visit. The kitchen had been cleaned and the children's rooms were tidy. Aaron "
             "showed me the new routine chart; Mia (6) was at school, Tyler (3) at home with a cold.",
             "2024-03-04", "11:15", 90, "Mr Aaron Whitlock")]),
        ("Tuesday 5 March 2024", [
            ("2.30 pm, 20 mins (Client: Mrs Leanne Ortiz)",
             "Text exchange followed by a short call to confirm Thursday's meeting time and to check "
             "whether she needed transport.",
             "2024-03-05", "14:30", 20, "Mrs Leanne Ortiz"),
            ("4.10 pm, 45 minutes (Client: Mia Whitlock)",
             "After-school session at the family centre using drawing to talk about her week. Mia said "
             "she liked Dad's new chart because 'there are stickers'.",
             "2024-03-05", "16:10", 45, "Mia Whitlock")]),
        ("Wednesday 6 March 2024", [
            ("08:45, two hours (Client: Mr Aaron Whitlock)",
             "Accompanied Aaron to the Family Court mention. The matter was adjourned to 10 April; "
             "debriefed with him over coffee afterwards.",
             "2024-03-06", "08:45", 120, "Mr Aaron Whitlock"),
            ("3 pm, a quarter of an hour (Client: Mrs Leanne Ortiz)",
             "Leanne phoned to say her son had gone to school all week. Praised her effort; no further "
             "action needed today.",
             "2024-03-06", "15:00", 15, "Mrs Leanne Ortiz")]),
    ]
    entries = []
    anchor = None
    for day, items in plan:
        hb = d.h(day)
        anchor = anchor or hb
        for lead, text, dt, tm, du, cl in items:
            d.logpara(lead, text)
            entries.append({"date": dt, "time": tm, "duration_minutes": du, "description": text,
                            "client_name": cl})
    d.set_entries(entries, anchor)
    return d


def d07():
    d = Doc("07_catatan_ringkas_triwulan_kdrt.docx", "docx", "id",
            "summarized record; period on one line 'Januari s.d. Maret 2024' -> 2024-01-01..2024-03-31; "
            "numbered headings; reports summarized as a bullet list; label 'Pendamping' for the worker",
            docx_font="Times New Roman", size=12)
    d.record("summarized_record")
    d.letterhead(["YAYASAN PELITA KASIH NUSANTARA",
                  "Layanan Pendampingan Perempuan dan Keluarga",
                  "Jl. Sultan Agung No. 41, Semarang \u2013 Telp. (024) 831 5520"],
                 agency_line=0, small=[2])
    d.title("CATATAN RINGKAS PERKEMBANGAN KASUS")
    d.kv([("No. Kasus", "PKN/KDRT/2024/011", "case_number"),
          ("Nama Klien", "Ibu Rosmiati", "client_name"),
          ("Pendamping", "Yohana Tefa, S.Tr.Sos.", "worker_name"),
          ("Periode", "Januari s.d. Maret 2024", ("period_start", "period_end"),
           ("2024-01-01", "2024-03-31"))], style="lines", tab=3.5)
    d.sec("1. Laporan yang Dirangkum", [
        "Catatan proses wawancara awal, 9 Januari 2024",
        "Catatan kunjungan rumah, 23 Januari 2024",
        "Catatan proses ringkas konseling, 13 dan 27 Februari 2024",
        "Laporan konferensi kasus, 15 Maret 2024"], "reports_summarized", as_list=True)
    d.sec("2. Ringkasan Kasus", [
        "Ibu Rosmiati (38 tahun) datang sendiri ke yayasan pada awal Januari 2024 setelah mengalami "
        "kekerasan fisik berulang dari suaminya. Pada wawancara awal klien menyatakan ingin tetap "
        "mempertahankan rumah tangga tetapi menginginkan kekerasan berhenti.",
        "Kunjungan rumah menunjukkan bahwa kedua anak klien (10 dan 7 tahun) menyaksikan pertengkaran "
        "orang tuanya. Dalam dua sesi konseling Februari klien mulai menyusun rencana keselamatan dan "
        "memutuskan untuk melapor ke Unit PPA. Konferensi kasus bulan Maret menyepakati rujukan suami ke "
        "program konseling bagi pelaku serta pendampingan psikologis untuk anak-anak."], "case_summary")
    d.sec("3. Keadaan Klien Saat Ini", [
        "Klien dan anak-anak tinggal sementara di rumah kakak klien di Kecamatan Genuk. Klien sudah "
        "bekerja kembali sebagai penjahit borongan dan merasa lebih tenang, meskipun masih khawatir akan "
        "proses hukum yang berjalan."], "current_situation")
    d.sec("4. Rencana Selanjutnya", [
        "Mendampingi klien dalam pemeriksaan lanjutan di Unit PPA, memantau kehadiran suami dalam program "
        "konseling, dan mengevaluasi kemungkinan klien kembali ke rumah pada akhir Juni 2024."], "plan")
    return d


def d08():
    d = Doc("08_hospital_sw_summarised_contacts.docx", "docx", "en",
            "summarized process record covering three contacts; dates listed on one label, day-first "
            "(12/02/2024; 19/02/2024; 26/02/2024); indirect speech; label 'Patient' for the client, "
            "'MRN / Case No.' for the case number; letterhead parent line 'Westmere Hospital' above the "
            "keeping unit 'Department of Social Work' (agency_name); Word 'Heading 2' styles",
            docx_font="Calibri", size=11, heading="heading")
    d.record("summarized_process_record")
    d.letterhead(["Westmere Hospital", "Department of Social Work",
                  "Level 2, Outpatients Building \u2013 ext. 4471"], agency_line=1, small=[2])
    d.title("Summarised Process Record")
    d.kv([("Patient", "Mrs Dorothy Hale", "client_name"),
          ("MRN / Case No.", "WH-SW-24-1187", "case_number"),
          ("Social Worker", "Grace Whitfield", "worker_name"),
          ("Dates of contact", "12/02/2024; 19/02/2024; 26/02/2024", "interview_dates",
           ["2024-02-12", "2024-02-19", "2024-02-26"]),
          ("Location", "Ward 7B and family meeting room", "location")], style="grid")
    d.sec("Background", [
        "Mrs Hale, 84, was admitted after a fall at home with a fractured wrist. The ward asked for "
        "social work input because she lives alone and her daughter had raised concerns about how she "
        "would cope on discharge."], "introduction")
    d.sec("Summary of contacts", [
        "At the first contact Mrs Hale said that she wanted to go home as soon as possible and did not "
        "want 'strangers' in her house. She acknowledged that she had fallen twice before Christmas but "
        "had not told her daughter.",
        "At the second contact, held with her daughter Karen present, Mrs Hale agreed to try a short "
        "package of home care for personal care in the mornings. Karen explained that she works full "
        "time and can only visit at weekends.",
        "At the third contact Mrs Hale reported that the occupational therapist's home visit had gone "
        "well. She accepted a pendant alarm and agreed to a review of her medication with her GP."],
        "summary")
    d.sec("Conclusion", [
        "Mrs Hale has capacity to make decisions about her discharge and has moved from refusing all "
        "help to accepting a time-limited package. The main risk remains further falls at night."],
        "conclusion")
    d.sec("Next steps", [
        "Confirm the start date of the home care package with the provider, send the discharge summary "
        "to the GP and arrange a follow-up phone call two weeks after discharge."], "next_steps")
    return d


def d09():
    d = Doc("09_buku_catatan_data_lembaga_lksa.docx", "docx", "id",
            "agency record, complete; grid label table (name, address, founding date, nature, authority); "
            "'Institusional (panti asuhan)' -> institutional; 'Provinsi DIY' -> province; twelve numbered "
            "sections in own words",
            docx_font="Times New Roman", size=12)
    d.record("agency_record")
    d.title("BUKU CATATAN DATA LEMBAGA", sub="Tahun 2024")
    d.kv([("Nama Lembaga", "LKSA Bina Insani Mandiri", "agency_name"),
          ("Alamat", "Jl. Cempaka No. 27, Kelurahan Tegalrejo, Kecamatan Tegalrejo, Kota Yogyakarta 55244",
           "address"),
          ("Tanggal Berdiri", "17 Agustus 1998", "founding_date", "1998-08-17"),
          ("Sifat Lembaga", "Institusional (panti asuhan)", "agency_nature", "institutional"),
          ("Wilayah Kewenangan Pelayanan", "Provinsi Daerah Istimewa Yogyakarta", "service_authority",
           "province")], style="grid")
    d.sec("1. Dasar Hukum", [
        "Akta Notaris Hendro Susilo, S.H. Nomor 12 tanggal 5 Agustus 1998; Surat Keputusan Menteri Hukum "
        "dan HAM tentang pengesahan badan hukum yayasan; Tanda Daftar Lembaga Kesejahteraan Sosial dari "
        "Dinas Sosial DIY yang diperbarui pada tahun 2022; serta akreditasi LKSA dengan nilai B."],
        "legal_basis")
    d.sec("2. Program Kerja", [
        "Pengasuhan berbasis keluarga pengganti bagi 32 anak asuh; dukungan pendidikan formal dan "
        "bimbingan belajar; penguatan keluarga asal melalui kunjungan rumah; serta program reunifikasi "
        "anak dengan keluarga."], "work_program")
    d.sec("3. Prosedur dan Persyaratan Pelayanan", [
        "Anak dapat diterima melalui rujukan Dinas Sosial, kepolisian, atau permohonan keluarga. "
        "Persyaratan meliputi surat rujukan, fotokopi Kartu Keluarga, akta kelahiran atau surat "
        "keterangan lahir, serta hasil asesmen awal pekerja sosial."], "service_procedures")
    d.sec("4. Struktur Organisasi", [
        "Lembaga dipimpin oleh Ketua Pengurus Yayasan yang membawahi Kepala LKSA. Kepala LKSA dibantu oleh "
        "Koordinator Pengasuhan, Koordinator Pekerjaan Sosial, dan Bagian Tata Usaha dan Keuangan."],
        "organizational_structure")
    d.sec("5. Sumber Dana", [
        "Bantuan operasional dari Kementerian Sosial melalui program Atensi, hibah Pemerintah Daerah DIY, "
        "donatur tetap perorangan, serta unit usaha laundry yang dikelola lembaga."], "funding_sources")
    d.sec("6. Kebijakan Lembaga", [
        "Lembaga menerapkan kebijakan perlindungan anak yang wajib ditandatangani seluruh staf dan "
        "relawan, serta mengutamakan pengasuhan dalam keluarga sebelum penempatan di lembaga."], "policies")
    d.sec("7. Proses Pelayanan", [
        "Pelayanan dilaksanakan melalui tahap pendekatan awal, asesmen, perencanaan, intervensi, evaluasi, "
        "terminasi, dan bimbingan lanjut setelah anak kembali ke keluarga."], "service_process")
    d.sec("8. Sistem Pencatatan dan Pelaporan", [
        "Setiap anak memiliki berkas kasus yang disimpan di lemari terkunci. Pekerja sosial menyusun "
        "catatan proses dan catatan ringkas; laporan perkembangan dikirim ke Dinas Sosial DIY setiap "
        "triwulan."], "recording_and_reporting")
    d.sec("9. Bidang-Bidang Fungsional", [
        "Bidang pengasuhan, bidang pekerjaan sosial dan reunifikasi, bidang pendidikan, serta bidang tata "
        "usaha dan keuangan."], "functional_areas")
    d.sec("10. Batasan Khusus Pelayanan", [
        "Lembaga hanya menerima anak usia 6 sampai 18 tahun dan tidak melayani anak dengan kebutuhan "
        "perawatan medis intensif."], "special_limits")
    d.sec("11. Tenaga Profesional", [
        "Dua orang pekerja sosial bersertifikat, satu orang psikolog paruh waktu, dan enam orang "
        "pengasuh terlatih."], "professional_staff")
    d.sec("12. Tenaga Administrasi", [
        "Satu orang staf tata usaha dan satu orang bendahara."], "admin_staff")
    return d


def d10():
    d = Doc("10_agency_data_sheet_community_ngo.docx", "docx", "en",
            "agency record with NO legal basis anywhere (missing required legal_basis); 'Non-institutional "
            "(community-based outreach)' -> non_institutional; 'National' -> national; several recommended "
            "sections absent",
            docx_font="Calibri", size=11)
    d.record("agency_record", req=["legal_basis"],
             rec=["recording_and_reporting", "special_limits", "admin_staff"])
    d.title("AGENCY DATA SHEET")
    d.kv([("Name of agency", "Kawan Sehat Foundation", "agency_name"),
          ("Registered office", "Jl. Kebon Kacang Raya No. 9, Tanah Abang, Central Jakarta 10240", "address"),
          ("Date established", "3 May 2011", "founding_date", "2011-05-03"),
          ("Type of setting", "Non-institutional (community-based outreach)", "agency_nature",
           "non_institutional"),
          ("Level of service authority", "National", "service_authority", "national")],
         style="plain3")
    d.sec("Programmes", [
        "Peer outreach for people living with HIV, community case management, adherence support groups, "
        "and a stigma-reduction programme for health-facility staff in eleven provinces."], "work_program")
    d.sec("How to access our services (procedures and eligibility)", [
        "Anyone can self-refer through our hotline or be referred by a clinic, puskesmas or another NGO. "
        "Eligibility: a confirmed HIV diagnosis or being a close family member of a person living with "
        "HIV. An identity card is requested but not required."], "service_procedures")
    d.sec("Organisational structure", [
        "A Board of Trustees oversees the Executive Director. Three programme managers (Outreach, Case "
        "Management, Advocacy) report to the Executive Director, with provincial coordinators reporting to "
        "the Outreach manager."], "organizational_structure")
    d.sec("Funding", [
        "International grants (about 60%), a national health-ministry partnership, corporate social "
        "responsibility donations and individual monthly donors."], "funding_sources")
    d.sec("Key policies", [
        "Strict confidentiality of client status, a safeguarding policy for children and vulnerable "
        "adults, and meaningful involvement of people living with HIV in all programme decisions."],
        "policies")
    d.sec("Service pathway", [
        "First contact and consent, needs assessment, individual support plan, monthly follow-up, and "
        "case closure when the client has been stable on treatment for twelve months."], "service_process")
    d.sec("Areas of work", [
        "Outreach, case management, advocacy and capacity building, monitoring and evaluation."],
        "functional_areas")
    d.sec("Professional staff", [
        "Fourteen case managers (nine with a social work degree), two counsellors and forty-two trained "
        "peer outreach workers."], "professional_staff")
    return d


def d11():
    d = Doc("11_nota_dinas_standar_pencatatan.docx", "docx", "id",
            "NOT a case note: internal memo (Nota Dinas) about recording standards; mentions record "
            "headings (Pendahuluan, Kesimpulan) in prose; memo labels Kepada/Dari/Sifat/Lampiran '-'/Hal "
            "match no record field -> unknown, no fields",
            docx_font="Arial", size=11)
    d.record("unknown")
    d.letterhead(["PEMERINTAH KOTA MAGELANG", "DINAS SOSIAL",
                  "Jl. Jenderal Sudirman No. 88, Magelang 56117"], small=[2])
    d.title("NOTA DINAS")
    b = d.kv([("Kepada", "Yth. Para Pekerja Sosial dan TKSK"),
              ("Dari", "Kepala Bidang Rehabilitasi Sosial"),
              ("Tanggal", "2 Mei 2024"),
              ("Nomor", "400.9/217/Resos"),
              ("Sifat", "Segera"),
              ("Lampiran", "-"),
              ("Hal", "Penyeragaman format pencatatan kasus")], style="lines", tab=3.0)
    # memo labels are not record labels: do not list them as unmatched of a record
    d.records[0].unmatched.clear()
    d.p("Sehubungan dengan hasil monitoring pelayanan rehabilitasi sosial triwulan I tahun 2024, kami "
        "menemukan bahwa format catatan kasus di setiap unit layanan masih beragam. Beberapa catatan "
        "proses tidak memuat bagian pendahuluan dan kesimpulan, sementara catatan harian sering tidak "
        "mencantumkan durasi kegiatan.", align="justify")
    d.p("Untuk itu, mulai 1 Juni 2024 seluruh pekerja sosial diminta menggunakan format baku yang akan "
        "disosialisasikan pada rapat koordinasi tanggal 20 Mei 2024 di Aula Dinas Sosial. Berkas yang "
        "sudah ada tidak perlu disusun ulang, tetapi catatan baru wajib mengikuti format tersebut.",
        align="justify")
    d.p("Demikian disampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.", align="justify")
    d.sig(["Kepala Bidang Rehabilitasi Sosial,", "", "", "Drs. Haryanto Prabowo, M.Si."])
    return d


def d12():
    d = Doc("12_process_recording_form_partly_filled.docx", "docx", "en",
            "university process-recording FORM, partly filled: italic prompts under each heading; "
            "placeholders '______', '[enter setting]', 'N/A', '....'; purpose and non-verbal left empty; "
            "CONCLUSION left blank (missing required); 'Student name' = worker; client written as "
            "initial ('Mr B. Tran'); ordinal date '8th April 2024'",
            docx_font="Calibri", size=11)
    d.record("process_record", req=["conclusion"],
             rec=["case_number", "location", "interview_purpose", "nonverbal_observations"])
    # no letterhead: the only agency label (placement) is blank
    d.title("PROCESS RECORDING FORM", sub="Complete one form per interview and bring it to supervision.")
    d.kv([("Student name", "Kirra Donnelly", "worker_name"),
          ("Placement agency", "______________________", "agency_name", MISSING),
          ("Client (initials or pseudonym)", "Mr B. Tran", "client_name"),
          ("Date of interview", "8th April 2024", "interview_date", "2024-04-08"),
          ("Location", "[enter setting]", "location", MISSING),
          ("Case/file number", "N/A", "case_number", MISSING),
          ("Interview number", "....", "session_number", MISSING)], style="grid")
    d.sec("1. Introduction", [
        "Mr Tran is a 58-year-old man who approached the neighbourhood centre for help with an overdue "
        "electricity bill. This was our first meeting; the duty worker had told me only that he seemed "
        "embarrassed to ask for help."], "introduction",
        instr="(Briefly describe who the client is, how the contact came about and what you knew beforehand.)")
    d.placeholder_sec("2. Purpose of the interview", "....", "interview_purpose",
                      instr="(What did you hope to achieve in this interview?)")
    d.h("3. Verbatim account")
    d.p("(Record the conversation as accurately as you can. Include your own words.)", italic=True)
    turns = [
        ("Student", "Good morning, Mr Tran. My name is Kirra, I'm a social work student here. What can I "
                    "help you with today?"),
        ("Client", "It's this bill. (slides the envelope across the table) They say they will cut me off "
                   "on Friday."),
        ("Student", "That sounds really stressful, with only a few days to go."),
        ("Client", "I have never missed a bill before. Since my hours were cut at the warehouse, I can't "
                   "keep up."),
        ("Student", "So the reduced hours are what changed. Can you tell me a bit more about that?"),
        ("Client", "They cut everyone to three days. My wife is sick, so I can't ask her to work."),
    ]
    for spk, t in turns:
        d._add("turn", spk=spk, text=t)
    d._set(d.blocks[-len(turns) - 2], "interview_narrative",
           "\n\n".join("%s: %s" % (s, t) for s, t in turns), "3. Verbatim account")
    d.placeholder_sec("4. Non-verbal observations", "N/A", "nonverbal_observations",
                      instr="(Body language, tone, setting \u2014 yours and the client's.)")
    d.sec("5. Your feelings and reflections", [
        "I felt anxious at the start because I did not know the hardship grant rules well. When he "
        "mentioned his wife I noticed I wanted to rescue him, and I had to remind myself to keep "
        "exploring before offering options."], "worker_reflection",
        instr="(What were you feeling? What did you notice about your own reactions?)")
    d.h("6. Conclusion / assessment")
    d.p("(Summarise your understanding of the situation and the client's strengths and needs.)",
        italic=True)
    d.p("")
    d.h("7. Supervisor's comments")
    d.p("(To be completed by the field educator.)", italic=True)
    return d


def d13():
    d = Doc("13_placement_portfolio_week6.docx", "docx", "en",
            "TWO records in one file: a weekly activity log table (daily log, dates dd/mm/yyyy, blank "
            "date cell, durations '1 hr', '1 hr 15 min') then, after a page break, a summarised process "
            "recording (two interview dates, no case number, no next steps); the 'Placement agency' label "
            "sits in Part A only, so agency_name is given to the log only",
            docx_font="Calibri", size=11)
    d.record("daily_log")
    d.title("Field Placement Portfolio \u2014 Week 6")
    d.kv([("Student", "Olivia Tanner", "worker_name"),
          ("Placement agency", "St Brigid's Aged Care Outreach", "agency_name")], style="lines", tab=3.8)
    d.h("Part A: Weekly activity log")
    rows = [
        ["13/05/2024", "09:30", "1 hr", "Mrs Ivy Castellano",
         "Welfare check at home with the community nurse; Ivy was low in mood after her sister's funeral."],
        ["", "13:00", "30 min", "Mr Walter Penhaligon",
         "Phone call to arrange our first meeting; he asked that his son not be told yet."],
        ["15/05/2024", "10:00", "50 min", "Mr Walter Penhaligon",
         "First interview at his unit (see Part B)."],
        ["16/05/2024", "11:30", "1 hr 15 min", "Mrs Ivy Castellano",
         "Accompanied Ivy to the bereavement support group at the parish hall."],
        ["17/05/2024", "14:00", "40 min", "Mr Walter Penhaligon",
         "Second interview; drafted a letter to the housing provider together."],
    ]
    gold = [("2024-05-13", "09:30", 60), ("2024-05-13", "13:00", 30), ("2024-05-15", "10:00", 50),
            ("2024-05-16", "11:30", 75), ("2024-05-17", "14:00", 40)]
    entries = [{"date": g[0], "time": g[1], "duration_minutes": g[2], "description": r[4],
                "client_name": r[3]} for r, g in zip(rows, gold)]
    d.logtable(["Date", "Start", "Length", "Service user", "What happened"], rows,
               [2.8, 1.6, 2.2, 3.2, 6.2], entries)
    d.record("summarized_process_record", rec=["case_number", "next_steps"])
    d.pb()
    d.h("Part B: Summarised process recording")
    d.kv([("Service user", "Mr Walter Penhaligon", "client_name"),
          ("Student social worker", "Olivia Tanner", "worker_name"),
          ("Interview dates", "15 May 2024, 17 May 2024", "interview_dates", ["2024-05-15", "2024-05-17"]),
          ("Where", "Client's unit, Hollybank Retirement Village", "location")], style="lines", tab=4.2)
    d.sec("Summary of the interviews", [
        "In the first interview Mr Penhaligon explained that the retirement village had told him his unit "
        "would be refurbished and that he would have to move to a smaller unit for six months. He said "
        "he felt 'pushed around' and worried that he would not be allowed to return.",
        "He told me that he did not want to involve his son, who had recently separated, because he did "
        "not want to be a burden. We talked about what he needed to know from the village manager.",
        "In the second interview he had written a list of questions, and together we turned them into a "
        "letter to the housing provider asking for written confirmation of his right to return."],
        "summary")
    d.sec("Conclusion", [
        "Mr Penhaligon is independent and articulate but anxious about losing control over his housing. "
        "Putting his concerns in writing helped him feel heard."], "conclusion")
    return d


def d14():
    d = Doc("14_laporan_kunjungan_rumah_tksk.docx", "docx", "id",
            "summarized process record titled as a home-visit report (kind uncertain: could read as a "
            "process record); indirect speech, single visit; labels one per line; worker is a TKSK; no "
            "case number and no follow-up plan (recommended missing)",
            docx_font="Times New Roman", size=12)
    d.record("summarized_process_record", rec=["case_number", "next_steps"],
             alternatives=[{"record_type": "process_record", "confidence": 0.2}])
    d.letterhead(["PEMERINTAH KABUPATEN TEMANGGUNG", "DINAS SOSIAL KABUPATEN TEMANGGUNG",
                  "Jl. Pahlawan No. 15, Temanggung 56211"], agency_line=1, small=[2])
    d.title("LAPORAN KUNJUNGAN RUMAH")
    d.kv([("Nama Klien", "Bapak Sukirman", "client_name"),
          ("Pendamping / TKSK", "Wahyu Setiadi", "worker_name"),
          ("Tanggal Kunjungan", "Kamis, 18 April 2024", "interview_dates", ["2024-04-18"]),
          ("Lokasi", "Dusun Krajan, Desa Kledung, Kecamatan Kledung", "location")],
         style="lines", tab=4.5)
    d.sec("Latar Belakang", [
        "Kunjungan dilakukan berdasarkan laporan kepala dusun bahwa Bapak Sukirman, penyandang disabilitas "
        "fisik berusia 55 tahun, tidak lagi menerima bantuan sembako sejak Januari 2024 dan tinggal "
        "bersama istrinya yang bekerja sebagai buruh petik tembakau."], "introduction")
    d.sec("Hasil Kunjungan", [
        "Bapak Sukirman menyampaikan bahwa namanya hilang dari daftar penerima bantuan setelah pemutakhiran "
        "data desa. Ia mengaku sudah dua kali menanyakan ke kantor desa tetapi diminta menunggu.",
        "Istri klien menjelaskan bahwa penghasilannya tidak menentu karena bergantung pada musim panen "
        "tembakau. Klien menyatakan bahwa kursi roda yang dimilikinya sudah rusak sehingga ia jarang "
        "keluar rumah dan tidak dapat mengikuti kegiatan kelompok disabilitas di desa."], "summary")
    d.sec("Kesimpulan", [
        "Klien memenuhi kriteria penerima bantuan sosial dan membutuhkan penggantian alat bantu. Data "
        "klien perlu diusulkan kembali melalui musyawarah desa."], "conclusion")
    d.sig(["Temanggung, 19 April 2024", "TKSK Kecamatan Kledung,", "", "", "Wahyu Setiadi"])
    return d


DOCS = [d01, d02, d03, d04, d05, d06, d07, d08, d09, d10, d11, d12, d13, d14]
