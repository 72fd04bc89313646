# ruff: noqa  (written by an independent author; kept as written so the corpus regenerates byte-identically)
"""Scanned PDFs 27-32 (page images, no text layer) and image files 33-36."""
from make import MISSING, Doc


def s27():
    d = Doc("27_berkas_kasus_anak_scan.pdf", "scan", "id",
            "SCANNED case folder, 3 pages, TWO records: case record (pp.1-2, open) then a process record "
            "(p.3, first session, no non-verbal section, no reflection); letterhead with parent line on "
            "p.1 only (agency_name given to the case record only); 'Dalam penanganan' -> open",
            font="serif", size=11, seed=2701)
    d.record("case_record")
    d.letterhead(["PEMERINTAH KABUPATEN SLEMAN",
                  "UPTD RUMAH PERLINDUNGAN SOSIAL ANAK SEKAR ARUM",
                  "Jl. Magelang Km 9,5 Tridadi, Sleman 55511"], agency_line=1, small=[2])
    d.stamp("RAHASIA")
    d.title("CATATAN KASUS")
    d.kv([("Nomor Kasus", "RPSA/SA/022/IV/2024", "case_number"),
          ("Nama Klien", "Rizky Aditya Pratama", "client_name"),
          ("Jenis Kelamin", "Laki-laki", "client_sex"),
          ("Tanggal Lahir", "21 Oktober 2011", "client_birth_date", "2011-10-21"),
          ("Pekerja Sosial", "Dian Puspitasari, S.Tr.Sos.", "worker_name"),
          ("Asal Rujukan", "Polsek Mlati", "referral_source"),
          ("Tanggal Kasus Dibuka", "3 April 2024", "date_opened", "2024-04-03"),
          ("Status", "Dalam penanganan", "case_status", "open")], style="lines")
    d.sec("1. Identitas Klien", [
        "Klien adalah anak laki-laki berusia 12 tahun, kelas VI SD, anak tunggal. Klien tinggal bersama "
        "ayah dan ibu tirinya di Kecamatan Mlati."], "client_identity")
    d.sec("2. Masalah", [
        "Klien ditemukan warga tidur di emperan toko selama tiga malam berturut-turut. Klien mengaku kabur "
        "dari rumah karena sering dimarahi dan dipukul oleh ayahnya apabila pulang terlambat."],
        "presenting_problem")
    d.sec("3. Lingkungan Keluarga dan Sosial", [
        "Ayah klien bekerja sebagai sopir truk dan sering tidak di rumah; ibu tiri klien mengurus dua anak "
        "balita. Ibu kandung klien tinggal di Kulon Progo dan masih berkomunikasi melalui telepon. Wali "
        "kelas klien dikenal dekat dengan klien."], "social_environment")
    d.sec("4. Asesmen", [
        "Klien mengalami kekerasan fisik dan psikis dalam pengasuhan serta berisiko menjadi anak jalanan. "
        "Klien masih memiliki figur pendukung, yaitu ibu kandung dan wali kelas."], "assessment")
    d.sec("5. Rencana Intervensi", [
        "Pengasuhan sementara di RPSA, konseling individu, konferensi kasus dengan ayah dan ibu kandung, "
        "serta koordinasi dengan sekolah agar klien dapat mengikuti ujian akhir."], "intervention_plan")
    d.sec("6. Intervensi", [
        "Klien telah ditempatkan di RPSA sejak 3 April 2024 dan tetap bersekolah dengan antar jemput "
        "petugas."], "interventions")
    d.sec("7. Evaluasi", ["Belum dapat dievaluasi karena penanganan baru berjalan dua minggu."], "evaluation")
    d.sec("8. Lampiran", ["Laporan polisi", "Fotokopi Kartu Keluarga", "Rapor semester ganjil"],
          "attachments", as_list=True)
    d.record("process_record", rec=["nonverbal_observations", "worker_reflection"])
    d.pb()
    d.title("CATATAN PROSES")
    d.kv([("Nama Klien", "Rizky Aditya Pratama", "client_name"),
          ("Nomor Kasus", "RPSA/SA/022/IV/2024", "case_number"),
          ("Pekerja Sosial", "Dian Puspitasari, S.Tr.Sos.", "worker_name"),
          ("Tanggal", "4 April 2024", "interview_date", "2024-04-04"),
          ("Tempat", "Ruang konseling RPSA", "location"),
          ("Pertemuan ke", "1", "session_number", 1),
          ("Tujuan", "Membangun relasi dan memahami alasan klien meninggalkan rumah", "interview_purpose")],
         style="lines")
    d.sec("Pendahuluan", [
        "Klien tiba di RPSA sehari sebelumnya diantar petugas Polsek Mlati. Pertemuan ini adalah "
        "wawancara pertama antara pekerja sosial dan klien."], "introduction")
    d.dialogue("Jalannya Wawancara", [
        ("PS", "Halo, Rizky. Bagaimana tidurmu tadi malam?"),
        ("Klien", "Lumayan, Bu. Kasurnya empuk. (klien tersenyum kecil)"),
        ("PS", "Syukurlah. Boleh Ibu tahu, apa yang membuatmu pergi dari rumah?"),
        ("Klien", "Bapak marah terus. Kalau saya pulang telat, saya dipukul pakai sabuk. (klien menunduk)"),
        ("PS", "Itu pasti menakutkan dan menyakitkan. Rizky sudah berani cerita, terima kasih."),
        ("Klien", "Saya mau tinggal sama Ibu di Kulon Progo saja, Bu."),
    ])
    d.sec("Kesimpulan", [
        "Klien meninggalkan rumah karena kekerasan fisik oleh ayahnya dan berharap tinggal bersama ibu "
        "kandungnya. Relasi awal dengan klien sudah terbangun."], "conclusion")
    d.sec("Rencana Tindak Lanjut", [
        "Menghubungi ibu kandung klien dan menjadwalkan konferensi kasus pada minggu berikutnya."],
        "next_steps")
    return d


def s28():
    d = Doc("28_process_recording_columns_scan.pdf", "scan", "en",
            "SCANNED process record, 2 pages; dialogue laid out as a 3-column table (dialogue | feelings "
            "| analysis) -> interview_narrative + worker_reflection; header as a grid table; separate "
            "non-verbal section; conclusion runs over onto page 2",
            font="sans", size=10, seed=2802)
    d.record("process_record")
    d.letterhead(["St Brigid's Aged Care Outreach", "Social Work Team"], agency_line=0, small=[1])
    d.title("PROCESS RECORDING")
    d.kv([("Client", "Mrs Ivy Castellano", "client_name"),
          ("Worker", "Olivia Tanner", "worker_name"),
          ("Client ID", "SBACO-1193", "case_number"),
          ("Date of interview", "22 May 2024", "interview_date", "2024-05-22"),
          ("Place", "Client's home, 9 Wattle Street", "location")], style="grid")
    d.sec("Introduction", [
        "Mrs Castellano is an 81-year-old widow whose sister died in April. The community nurse was "
        "concerned that she had stopped going to church and was not eating well. This was my third "
        "contact with her."], "introduction")
    d.sec("Aim of the interview", [
        "To explore how Mrs Castellano is coping with her grief and whether she would like more "
        "support."], "interview_purpose")
    d.h("Interview")
    d.table(["Dialogue", "What I was feeling", "Analysis / skills"], [
        ["Worker: Hello Mrs Castellano, thank you for having me again. How have you been since last week?",
         "Warm; she seemed pleased to see me.", "Greeting, open question."],
        ["Client: Oh, you know. Up and down. The house is very quiet. (looks at her sister's photo)",
         "Sad.", "Non-verbal cue pointing to the loss."],
        ["Worker: It sounds like the quiet is hard. I noticed you looked at the photo of your sister.",
         "A little nervous about naming it.", "Reflecting feeling; naming the non-verbal cue."],
        ["Client: We spoke every morning for sixty years. Now I don't know what to do with my mornings.",
         "", "Loss of routine as well as relationship."],
        ["Worker: Sixty years of mornings together. What would your sister have said about how you are "
         "managing now?",
         "Hoped this was not too bold.", "Circular question to bring in the sister's voice."],
        ["Client: (laughs) She'd tell me to stop moping and go to the Thursday lunch.",
         "Relieved to hear her laugh.", "Client identifies her own resource."],
        ["Worker: Would you like me to find out about the Thursday lunch and transport?",
         "", "Offering concrete support; checking consent."],
        ["Client: Yes, dear. Maybe I will.", "Hopeful.", "Tentative agreement."],
    ], [8.0, 4.0, 4.0], colfields={0: "interview_narrative", 1: "worker_reflection",
                                   2: "worker_reflection"})
    d.sec("Non-verbal observations", [
        "Mrs Castellano was dressed and had done her hair, but the kitchen bench was covered with unopened "
        "mail. She held a handkerchief throughout and brightened noticeably when talking about the "
        "Thursday lunch."], "nonverbal_observations")
    d.sec("Conclusion", [
        "Mrs Castellano is experiencing normal grief, complicated by the loss of a daily routine. She has "
        "strengths, including humour and a church community, and is open to reconnecting with the "
        "Thursday lunch."], "conclusion")
    d.sec("Next steps", [
        "Contact the parish office about the Thursday lunch and community transport; review in two "
        "weeks."], "next_steps")
    return d


def s29():
    d = Doc("29_catatan_harian_tksk_scan.pdf", "scan", "id",
            "SCANNED daily log, ruled table; blank date cells; one time cell holds a placeholder "
            "('....') -> missing required entries[2].time; durations '1 jam', '20 menit', '2,5 jam'",
            font="sans", size=10, seed=2903)
    d.record("daily_log", req=["entries[2].time"])
    d.letterhead(["PEMERINTAH KABUPATEN TEMANGGUNG", "DINAS SOSIAL KABUPATEN TEMANGGUNG"],
                 agency_line=1)
    d.title("CATATAN HARIAN TKSK")
    d.kv([("Nama TKSK", "Wahyu Setiadi", "worker_name"),
          ("Kecamatan", "Kledung", None),
          ("Bulan", "April 2024", None)], style="lines")
    rows = [
        ["22-04-2024", "08.00", "1 jam", "Bapak Sukirman",
         "Mengantar usulan data klien ke kantor desa untuk dibahas dalam musyawarah desa."],
        ["", "10.30", "20 menit", "Ibu Paini",
         "Verifikasi data lansia tunggal penerima bantuan permakanan."],
        ["23-04-2024", "....", "2,5 jam", "Bapak Sukirman",
         "Mendampingi klien ke Dinas Sosial untuk pengajuan kursi roda pengganti."],
        ["", "14.00", "1 jam", "Sdr. Anton Wibisono",
         "Kunjungan rumah penyandang disabilitas mental yang dilaporkan dipasung keluarga."],
    ]
    gold = [("2024-04-22", "08:00", 60), ("2024-04-22", "10:30", 20), ("2024-04-23", None, 150),
            ("2024-04-23", "14:00", 60)]
    entries = []
    for r, (dt, tm, du) in zip(rows, gold):
        e = {"date": dt}
        if tm:
            e["time"] = tm
        e["duration_minutes"] = du
        e["description"] = r[4]
        e["client_name"] = r[3]
        entries.append(e)
    d.logtable(["Tanggal", "Jam", "Lama", "Klien", "Kegiatan"], rows, [2.4, 1.5, 1.6, 3.2, 7.5], entries)
    d.sig(["Kledung, 23 April 2024", "TKSK,", "", "", "Wahyu Setiadi"])
    return d


def s30():
    d = Doc("30_case_closure_record_scan.pdf", "scan", "en",
            "SCANNED closed case record, complete incl. closure section; 'CONFIDENTIAL' stamp; "
            "crowded label lines; status 'Closed \u2013 goals met' -> closed",
            font="serif", size=10, seed=3004)
    d.record("case_record")
    d.letterhead(["Riverbend Youth Housing Trust", "22 Quay Street, Riverbend"], agency_line=0, small=[1])
    d.stamp("CONFIDENTIAL")
    d.title("CASE FILE \u2014 INTAKE TO CLOSURE")
    d.kvline([("Case no.", "RYHT/0391", "case_number"),
              ("Young person", "Sienna Clarke", "client_name"),
              ("DOB", "14/02/2006", "client_birth_date", "2006-02-14")])
    d.kvline([("Key worker", "Hollie Brennan", "worker_name"),
              ("Referred by", "Riverbend District Council housing team", "referral_source")])
    d.kvline([("Opened", "6 March 2023", "date_opened", "2023-03-06"),
              ("Closed", "15 March 2024", "date_closed", "2024-03-15"),
              ("Status", "Closed \u2013 goals met", "case_status", "closed")])
    d.sec("Client identity", [
        "Sienna is a 17-year-old young woman (at intake), of Maori and Pakeha descent, who left school in "
        "Year 11. She was working part-time in a cafe and has a two-year-old son."], "client_identity")
    d.sec("Presenting issues", [
        "Sienna and her son had been sofa-surfing for six weeks after conflict with her mother's partner. "
        "She had no stable address, which put her benefit and her son's daycare place at risk."],
        "presenting_problem")
    d.sec("Family and social environment", [
        "Sienna's mother lives in Riverbend with a partner with whom Sienna does not get on. Her son's "
        "father is not involved. She has a close friend and an aunt in the next town who have offered "
        "babysitting."], "social_environment")
    d.sec("Assessment", [
        "Homelessness driven by family conflict rather than by Sienna's own behaviour. Strengths: "
        "motivated, employed, a committed parent. Needs: stable housing, income support, parenting "
        "support and a safe relationship with her mother."], "assessment")
    d.sec("Intervention plan", [
        "Place Sienna and her son in a supported flat; weekly key-work on budgeting and tenancy skills; "
        "mediated contact with her mother; referral to a young parents' programme; plan a move to "
        "independent housing within twelve months."], "intervention_plan")
    d.sec("Interventions", [
        "Supported flat from March 2023; 40 key-work sessions; two mediation sessions with her mother in "
        "June and August 2023; Sienna completed the young parents' programme and a budgeting course."],
        "interventions")
    d.sec("Evaluation", [
        "All plan goals were met: Sienna kept her tenancy with no arrears, her son stayed in daycare, and "
        "she now has regular contact with her mother."], "evaluation")
    d.sec("Closure", [
        "Sienna moved into a social housing flat on 1 March 2024. A closing session was held on 15 March "
        "2024; she knows she can re-contact the Trust within six months for advice."], "termination")
    d.sec("Attachments", ["Tenancy agreement", "Young parents' programme certificate",
                          "Mediation agreement"], "attachments", as_list=True)
    return d


def s31():
    d = Doc("31_catatan_proses_ringkas_petugas_kosong_scan.pdf", "scan", "id",
            "SCANNED summarized process record; worker label holds only dots ('Petugas : ..........') and "
            "the signature line is empty -> missing required worker_name; no case number; two meeting "
            "dates written as '6 dan 13 Mei 2024'",
            font="sans", size=11, seed=3105)
    d.record("summarized_process_record", req=["worker_name"], rec=["case_number"])
    d.letterhead(["LEMBAGA KONSULTASI KESEJAHTERAAN KELUARGA (LK3) MELATI",
                  "Jl. Ahmad Yani No. 56, Banjarmasin"], agency_line=0, small=[1])
    d.title("CATATAN PROSES RINGKAS")
    d.kv([("Nama Klien", "Ibu Rusmini dan Bapak Hairil", "client_name"),
          ("Petugas", "....................", "worker_name", MISSING),
          ("Tanggal Pertemuan", "6 dan 13 Mei 2024", "interview_dates", ["2024-05-06", "2024-05-13"])],
         style="lines")
    d.sec("Ringkasan Pertemuan", [
        "Pada pertemuan pertama Ibu Rusmini menceritakan bahwa ia dan suaminya sering bertengkar soal "
        "keuangan sejak suami berhenti bekerja di perusahaan tambang. Bapak Hairil mengatakan bahwa ia "
        "merasa tidak dihargai sebagai kepala keluarga.",
        "Pada pertemuan kedua pasangan menyepakati anggaran bulanan sederhana dan pembagian tugas rumah "
        "tangga. Keduanya menyatakan ingin melanjutkan konseling."], "summary")
    d.sec("Kesimpulan", [
        "Konflik pasangan dipicu oleh tekanan ekonomi dan perubahan peran dalam keluarga. Pasangan "
        "memiliki komitmen untuk memperbaiki komunikasi."], "conclusion")
    d.sec("Rencana Tindak Lanjut", [
        "Pertemuan ketiga dijadwalkan 27 Mei 2024 dengan fokus pada keterampilan komunikasi; Bapak Hairil "
        "dirujuk ke pelatihan kerja di BLK."], "next_steps")
    d.sig(["Banjarmasin, 13 Mei 2024", "Konselor,", "", "", "( ................................ )"])
    return d


def s32():
    d = Doc("32_agency_record_day_centre_scan.pdf", "scan", "en",
            "SCANNED agency record with no funding section anywhere (missing required "
            "funding_sources); 'District (Badung Regency)' -> district; 'semi-institutional (day "
            "centre)' -> semi_institutional; founding date '12 September 2008'",
            font="sans", size=10, seed=3206)
    d.record("agency_record", req=["funding_sources"], rec=["recording_and_reporting", "admin_staff"])
    d.title("AGENCY RECORD BOOK")
    d.kv([("Name", "Matahari Terbit Disability Day Centre", "agency_name"),
          ("Address", "Jl. Raya Mengwi No. 77, Mengwi, Badung, Bali", "address"),
          ("Established", "12 September 2008", "founding_date", "2008-09-12"),
          ("Nature", "Semi-institutional (day centre)", "agency_nature", "semi_institutional"),
          ("Area of authority", "District (Badung Regency)", "service_authority", "district")],
         style="lines")
    d.sec("Legal foundation", [
        "Foundation deed No. 18 of 2008 before notary Ni Luh Putu Ariani, S.H.; registration with the "
        "Badung Regency Social Service Office; operating licence renewed in 2021."], "legal_basis")
    d.sec("Programme of work", [
        "Day activities and therapy for children and young adults with intellectual and physical "
        "disabilities, a parents' support group, inclusive-education advocacy with local schools and a "
        "small vocational workshop making offering baskets."], "work_program")
    d.sec("Procedures and requirements", [
        "Families apply in person or are referred by the puskesmas or a school. Requirements: family card, "
        "a doctor's note about the disability, and an initial home visit by the social worker. There is no "
        "fee for families holding a social welfare card."], "service_procedures")
    d.sec("Structure", [
        "The Foundation Board appoints the Centre Director. The Director leads the Therapy Unit, the Social "
        "Work Unit and the Workshop Unit."], "organizational_structure")
    d.sec("Policies", [
        "Family involvement in every individual plan, positive behaviour support instead of restraint, and "
        "use of Balinese and Indonesian in all activities."], "policies")
    d.sec("Service process", [
        "Referral, home visit and assessment, individual plan, daily programme, six-monthly review with the "
        "family, and transition planning at age 21."], "service_process")
    d.sec("Functional areas", ["Therapy, social work, education advocacy, vocational workshop."],
          "functional_areas")
    d.sec("Special limits", [
        "No overnight care; the centre cannot accept people who need continuous nursing."], "special_limits")
    d.sec("Professional staff", [
        "One social worker, two physiotherapists, one speech therapist and five trained carers."],
        "professional_staff")
    return d


def i33():
    d = Doc("33_catatan_ringkas_foto.jpg", "jpeg", "id",
            "PHOTO (JPEG) of a summarized record page: uneven lighting, slight tilt; period day-first "
            "'01/04/2024 \u2013 30/06/2024'; reports listed",
            font="sans", size=11, seed=3307, angle=1.1, photo=True, dpi=200)
    d.record("summarized_record")
    d.letterhead(["LEMBAGA KONSULTASI KESEJAHTERAAN KELUARGA (LK3) MELATI"], agency_line=0)
    d.title("CATATAN RINGKAS")
    d.kv([("No. Kasus", "LK3M/2024/044", "case_number"),
          ("Nama Klien", "Sdri. Nabila Rahmah", "client_name"),
          ("Konselor", "Hj. Norhayati, S.Sos.", "worker_name"),
          ("Periode", "01/04/2024 \u2013 30/06/2024", ("period_start", "period_end"),
           ("2024-04-01", "2024-06-30"))], style="lines")
    d.sec("Laporan yang dirangkum", [
        "Catatan proses 2 April 2024", "Catatan proses ringkas 16 dan 30 April 2024",
        "Catatan kunjungan sekolah 21 Mei 2024"], "reports_summarized", as_list=True)
    d.sec("Ringkasan", [
        "Klien (16 tahun) dirujuk oleh guru BK karena menyakiti diri sendiri setelah orang tuanya "
        "bercerai. Selama tiga bulan klien mengikuti konseling dua minggu sekali dan sekolah menyesuaikan "
        "beban tugasnya. Klien mulai mampu mengenali pemicu dan menggunakan strategi menenangkan diri."],
        "case_summary")
    d.sec("Situasi saat ini", [
        "Tidak ada lagi perilaku menyakiti diri dalam enam minggu terakhir. Klien tinggal bersama ibunya "
        "dan bertemu ayahnya setiap akhir pekan."], "current_situation")
    d.sec("Rencana", ["Konseling dilanjutkan sebulan sekali hingga akhir semester."], "plan")
    return d


def i34():
    d = Doc("34_daily_log_page.png", "png", "en",
            "PNG page of a daily log written as dated paragraphs; first entry is a team meeting with no "
            "client (recommended entries[0].client_name missing); durations '1 hr', '35 min', "
            "'1.5 hours', 'about 25 minutes'; 12-hour times",
            font="sans", size=11, seed=3408, dpi=200)
    d.record("daily_log", rec=["entries[0].client_name"])
    d.letterhead(["Riverbend Youth Housing Trust"], agency_line=0)
    d.title("Caseworker Daily Log")
    d.kv([("Caseworker", "Hollie Brennan", "worker_name")], style="lines")
    plan = [
        ("Thursday 11 April 2024", [
            ("9.00 am \u2014 1 hr \u2014 team meeting:",
             "Weekly allocation meeting; two new referrals discussed.", "2024-04-11", "09:00", 60, None),
            ("10.30 am \u2014 35 min \u2014 Jayden Mikaere:",
             "Key-work session on the repayment plan; first instalment paid on time.",
             "2024-04-11", "10:30", 35, "Jayden Mikaere")]),
        ("Friday 12 April 2024", [
            ("1.15 pm \u2014 1.5 hours \u2014 Sienna Clarke:",
             "Closing-follow-up visit at her new flat; helped set up the power account.",
             "2024-04-12", "13:15", 90, "Sienna Clarke"),
            ("4.00 pm \u2014 about 25 minutes \u2014 Jayden Mikaere:",
             "Phone call; he asked about youth housing options after he turns 18.",
             "2024-04-12", "16:00", 25, "Jayden Mikaere")]),
    ]
    entries = []
    anchor = None
    for day, items in plan:
        hb = d.h(day)
        anchor = anchor or hb
        for lead, text, dt, tm, du, cl in items:
            d.logpara(lead, text)
            e = {"date": dt, "time": tm, "duration_minutes": du, "description": text}
            if cl:
                e["client_name"] = cl
            entries.append(e)
    d.set_entries(entries, anchor)
    return d


def i35():
    d = Doc("35_catatan_kasus_dua_halaman.tiff", "tiff", "id",
            "multi-page TIFF (2 pages) case record, open, with NO assessment section anywhere (missing "
            "required assessment); identity section written as label lines; no attachments, no "
            "confidentiality marking; page 1 ends with 'bersambung ke halaman 2'",
            font="serif", size=11, seed=3509, dpi=200)
    d.record("case_record", req=["assessment"], rec=["attachments", "confidentiality"])
    d.letterhead(["PEMERINTAH KOTA MAGELANG", "DINAS SOSIAL KOTA MAGELANG",
                  "Jl. Jenderal Sudirman No. 88, Magelang"], agency_line=1, small=[2])
    d.title("CATATAN KASUS")
    d.kv([("Nomor Kasus", "DINSOS-MGL/LU/2024/007", "case_number"),
          ("Pekerja Sosial", "Tri Wahyuningsih, S.Tr.Sos.", "worker_name"),
          ("Tanggal Registrasi", "19 Februari 2024", "date_opened", "2024-02-19"),
          ("Sumber Rujukan", "Laporan Ketua RW 05 Kelurahan Rejowinangun Utara", "referral_source"),
          ("Status Kasus", "Terbuka", "case_status", "open")], style="lines")
    d.h("I. IDENTITAS KLIEN")
    ident = [("Nama", "Bapak Darmo Sutrisno"), ("Umur", "67 tahun"), ("Jenis Kelamin", "Laki-laki"),
             ("Alamat", "Kampung Tidar RT 04/RW 05, Rejowinangun Utara"),
             ("Pekerjaan", "Tidak bekerja (dahulu tukang becak)")]
    b = d.blocks[-1]
    d.kv([(l, v) for l, v in ident], style="lines")
    d.records[0].unmatched.clear()
    d._set(b, "client_identity", "\n".join("%s: %s" % (l, v) for l, v in ident), "I. IDENTITAS KLIEN")
    d._set(d.blocks[-1], "client_name", "Bapak Darmo Sutrisno", "Nama")
    d._set(d.blocks[-1], "client_sex", "Laki-laki", "Jenis Kelamin")
    d._set(d.blocks[-1], "client_address", "Kampung Tidar RT 04/RW 05, Rejowinangun Utara", "Alamat")
    d.sec("II. PERMASALAHAN", [
        "Klien hidup sendiri di rumah kontrakan yang sewanya sudah menunggak empat bulan. Klien mengalami "
        "stroke ringan pada akhir 2023 sehingga sulit berjalan dan tidak mampu mengurus kebutuhan "
        "sehari-hari."], "presenting_problem")
    d.sec("III. KONDISI KELUARGA DAN LINGKUNGAN", [
        "Klien tidak memiliki anak; istri klien meninggal pada tahun 2020. Keponakan klien tinggal di "
        "Kabupaten Magelang dan bersedia menjenguk sesekali. Tetangga bergantian mengantar makanan, "
        "tetapi pemilik rumah meminta klien segera pindah."], "social_environment")
    d.p("bersambung ke halaman 2", italic=True, align="right")
    d.pb()
    d.sec("IV. RENCANA INTERVENSI", [
        "Pengajuan klien sebagai penerima bantuan Atensi lanjut usia, rujukan ke puskesmas untuk "
        "fisioterapi, mediasi dengan pemilik rumah terkait tunggakan sewa, dan penjajakan kesediaan "
        "keponakan sebagai pendamping."], "intervention_plan")
    d.sec("V. PELAKSANAAN INTERVENSI", [
        "Klien telah didaftarkan fisioterapi di Puskesmas Magelang Tengah dan mendapat bantuan permakanan "
        "harian sejak Maret 2024. Mediasi dengan pemilik rumah menghasilkan penundaan pembayaran "
        "tunggakan selama tiga bulan."], "interventions")
    d.sec("VI. EVALUASI", [
        "Kondisi fisik klien stabil dan klien sudah dapat berjalan dengan tongkat. Masalah tempat tinggal "
        "belum terselesaikan."], "evaluation")
    d.sig(["Magelang, 30 April 2024", "Pekerja Sosial,", "", "", "Tri Wahyuningsih, S.Tr.Sos."])
    return d


def i36():
    d = Doc("36_appointment_letter_form.jpg", "jpeg", "en",
            "NOT a case note: appointment form letter to a client (unknown); yet it carries labels a "
            "schema knows (Client name, Case reference, Caseworker) whose values are still extracted",
            font="serif", size=11, seed=3610, dpi=200, angle=-0.5)
    d.record("unknown")
    d.letterhead(["Harbourside Family Support Service",
                  "PO Box 318, Harbourside \u2022 Phone (02) 4960 1123"], small=[1])
    d.p("15 April 2024")
    d.kv([("Client name", "Mr Samuel Okafor", "client_name"),
          ("Case reference", "HFSS-2024-0178", "case_number"),
          ("Caseworker", "Ms Hannah Prescott", "worker_name")], style="lines")
    d.p("Dear Mr Okafor,")
    d.p("This letter is to confirm your appointment with your caseworker on Tuesday 23 April 2024 at "
        "10.30 am at our Harbourside office, Level 1, 40 Marine Parade.")
    d.p("Please bring your Medicare card, your most recent rent statement and any letters you have "
        "received from the housing provider. If you cannot attend, please call us at least one day "
        "before so that we can offer the time to another family.")
    d.p("We look forward to seeing you.")
    d.sig(["Yours sincerely,", "", "Reception Team", "Harbourside Family Support Service"])
    return d


DOCS = [s27, s28, s29, s30, s31, s32, i33, i34, i35, i36]
