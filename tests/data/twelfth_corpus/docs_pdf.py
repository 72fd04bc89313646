# ruff: noqa  (written by an independent author; kept as written so the corpus regenerates byte-identically)
"""Text (born-digital) PDF documents 15-26."""
from make import MISSING, Doc


def p15():
    d = Doc("15_process_recording_counselling_session.pdf", "pdf", "en",
            "process record, 2 pages; crowded header lines (Worker/Client/Session, Date/Venue/File); US "
            "date 'March 21, 2024'; numbered headings; dialogue paragraphs with stage directions; "
            "separate non-verbal section; supervisor comments; 'Printed:' page footer is furniture",
            font="serif", size=11, footer="Printed: 22/03/2024 09:14  \u2014  LFCC case management system  "
                                         "\u2014  page {page}")
    d.record("process_record")
    d.letterhead(["Lakeside Family Counselling Centre",
                  "118 Shore Road, Lakeside \u2022 (03) 5521 0448"], agency_line=0, small=[1])
    d.title("Process Recording")
    d.kvline([("Worker", "Daniel Moorcroft", "worker_name"),
              ("Client", "Ms Tanisha Brooks", "client_name"),
              ("Session", "4", "session_number", 4)])
    d.kvline([("Date", "March 21, 2024", "interview_date", "2024-03-21"),
              ("Venue", "Interview room 2", "location"),
              ("File", "LFC-0912", "case_number")])
    d.sec("1. Introduction", [
        "Tanisha is a 29-year-old mother of two who self-referred in February after her partner moved out. "
        "The first three sessions focused on practical matters: Centrelink payments, the children's "
        "school routine and a tenancy issue.",
        "She arrived ten minutes early for this session and asked if we could talk about 'the real stuff' "
        "today."], "introduction")
    d.sec("2. Purpose", [
        "To create space for Tanisha to talk about the end of the relationship and to explore how she is "
        "coping emotionally, while keeping the children's safety in view."], "interview_purpose")
    d.dialogue("3. Process of the interview", [
        ("Worker", "Last time you said you wanted to talk about the real stuff. Where would you like to "
                   "start?"),
        ("Client", "I don't even know. (laughs, then goes quiet) I keep thinking I should be relieved he's "
                   "gone, and I'm not."),
        ("Worker", "Part of you expected to feel relieved, and instead you're feeling something else."),
        ("Client", "Lonely. Stupid, right? He was horrible to me for years."),
        ("Worker", "It doesn't sound stupid. Loneliness can sit right next to relief."),
        ("Client", "(wipes eyes) The kids keep asking when Dad is coming back. I don't know what to say."),
        ("Worker", "What have you told them so far?"),
        ("Client", "That he's staying at Nan's for a while. I don't want to lie to them, but I don't want "
                   "to scare them either."),
        ("Worker", "Would it help if we worked out together some words you could use with them?"),
        ("Client", "Yeah. Yeah, it would."),
    ])
    d.sec("4. Non-verbal observations", [
        "Tanisha sat on the edge of her chair for the first part of the session and held her car keys "
        "throughout. Her voice became softer when she spoke about loneliness, and she cried briefly when "
        "talking about the children. By the end she had put the keys in her bag and was leaning back.",
        "I noticed that I leaned forward a lot and spoke more slowly than usual."], "nonverbal_observations")
    d.sec("5. Worker's reflection", [
        "I felt moved by her honesty and also a pull to reassure her that she had done the right thing. "
        "I think my reflection of mixed feelings helped her name the loneliness. I was less sure how to "
        "respond when she called herself stupid; I want to discuss with my supervisor how to address "
        "self-blame without dismissing it."], "worker_reflection")
    d.sec("6. Conclusion", [
        "Tanisha is grieving the relationship despite its abusive nature and is worried about how to talk "
        "with her children. She is motivated and engaged. There are no current safety concerns: the "
        "intervention order remains in place and the ex-partner has had no contact."], "conclusion")
    d.sec("7. Next steps", [
        "Prepare age-appropriate language about separation for the next session; offer the 'Kids and "
        "Change' group for the older child; continue weekly sessions."], "next_steps")
    d.sec("8. Supervisor's comments", [
        "A sensitive session, well recorded. Explore the self-blame theme next time and check in about "
        "her support network outside the centre. \u2014 J. Halloran, Senior Practitioner"],
        "supervisor_comments")
    return d


def p16():
    d = Doc("16_catatan_proses_napza_tanpa_pendahuluan.pdf", "pdf", "id",
            "process record with NO introduction anywhere (missing required); Tujuan header line -> "
            "interview_purpose; date '02/04/2024' is day-first (2 April); 'Usia' label matches no field; "
            "speaker tags 'Peksos'/'Klien'; analysis+feelings section in own words",
            font="sans", size=10)
    d.record("process_record", req=["introduction"])
    d.letterhead(["KEMENTERIAN SOSIAL REPUBLIK INDONESIA",
                  "BALAI REHABILITASI SOSIAL KORBAN NAPZA CAHAYA BANGSA",
                  "Jl. Raya Cikole Km 3, Lembang, Bandung Barat"], agency_line=1, small=[2])
    d.title("CATATAN PROSES WAWANCARA")
    d.kv([("Nomor Kasus", "CB/REH/2024/0142", "case_number"),
          ("Nama Klien", "Sdr. Hendra Gunawan", "client_name"),
          ("Usia", "24 tahun", None),
          ("Nama Pekerja Sosial", "Muhammad Iqbal Ramadhan, S.Sos., M.Kesos.", "worker_name"),
          ("Tanggal", "02/04/2024", "interview_date", "2024-04-02"),
          ("Tempat", "Ruang konseling lantai 2", "location"),
          ("Tujuan", "Mengidentifikasi pemicu kekambuhan dan dukungan keluarga setelah klien keluar dari "
                     "balai", "interview_purpose")], style="plain3")
    d.dialogue("Isi Laporan", [
        ("Peksos", "Selamat siang, Hendra. Minggu depan kamu sudah selesai program. Bagaimana perasaanmu?"),
        ("Klien", "Senang, Pak, tapi juga takut. (klien menggosok-gosok telapak tangannya)"),
        ("Peksos", "Takut seperti apa yang kamu rasakan?"),
        ("Klien", "Takut ketemu teman-teman lama di pangkalan ojek. Dulu saya pakai pertama kali juga di "
                  "sana."),
        ("Peksos", "Jadi pangkalan ojek itu salah satu tempat yang berisiko untukmu."),
        ("Klien", "Iya, Pak. Tapi saya butuh kerja, dan kerja yang saya bisa cuma ngojek."),
        ("Peksos", "Siapa di rumah yang bisa kamu ajak bicara kalau keinginan memakai muncul lagi?"),
        ("Klien", "Kakak perempuan saya. Ibu saya sudah tua, nanti malah sakit kalau tahu. (klien terdiam "
                  "cukup lama)"),
    ])
    d.sec("Pengamatan Nonverbal", [
        "Klien banyak menggerakkan tangan dan kaki ketika membicarakan pangkalan ojek. Kontak mata baik "
        "ketika membicarakan kakaknya, dan nada suara menjadi lebih pelan ketika menyebut ibunya."],
        "nonverbal_observations")
    d.sec("Analisis dan Perasaan Pekerja Sosial", [
        "Saya merasa optimis melihat kesadaran klien tentang situasi berisiko, tetapi juga cemas karena "
        "pilihan pekerjaannya terbatas. Teknik refleksi isi membantu klien memetakan pemicu; ke depan "
        "perlu dilakukan pemetaan jejaring dukungan (ecomap) bersama kakak klien."], "worker_reflection")
    d.sec("Kesimpulan", [
        "Pemicu utama kekambuhan adalah lingkungan pergaulan di tempat kerja lama. Klien memiliki dukungan "
        "dari kakak perempuannya dan motivasi untuk tetap pulih, namun memerlukan alternatif pekerjaan "
        "atau strategi menghadapi situasi berisiko."], "conclusion")
    d.sig(["Lembang, 2 April 2024", "Pekerja Sosial,", "", "",
           "Muhammad Iqbal Ramadhan, S.Sos., M.Kesos."])
    return d


def p17():
    d = Doc("17_catatan_kasus_anak_aktif.pdf", "pdf", "id",
            "open case record; crowded header lines with several labels each (No. Kasus / Tgl. "
            "Registrasi / Status; Nama / JK / Tgl. Lahir 11-07-2009); 'Aktif' -> open; 'Rujukan dari'; "
            "RAHASIA stamp; no attachments (recommended missing)",
            font="sans", size=10, footer="Dokumen rahasia \u2014 halaman {page}")
    d.record("case_record", rec=["attachments"])
    d.letterhead(["PERKUMPULAN SAHABAT ANAK NUSA TENGGARA",
                  "Jl. Frans Seda No. 5, Kelurahan Oesapa, Kota Kupang"], agency_line=0, small=[1])
    d.stamp("RAHASIA")
    d.title("CATATAN KASUS")
    d.kvline([("No. Kasus", "SANT/KPG/24/031", "case_number"),
              ("Tgl. Registrasi", "8 Januari 2024", "date_opened", "2024-01-08"),
              ("Status", "Aktif", "case_status", "open")])
    d.kvline([("Nama Klien", "Maria Goreti Lelo", "client_name"),
              ("JK", "P", "client_sex"),
              ("Tgl. Lahir", "11-07-2009", "client_birth_date", "2009-07-11")])
    d.kvline([("Alamat", "Kelurahan Oesapa, Kecamatan Kelapa Lima, Kota Kupang", "client_address")])
    d.kvline([("Rujukan dari", "Unit PPA Polresta Kupang Kota", "referral_source"),
              ("Pekerja Sosial", "Fransiska Dhiu, S.Tr.Sos.", "worker_name")])
    d.sec("1. Identitas dan Riwayat Singkat Klien", [
        "Klien adalah anak perempuan berusia 14 tahun, anak kedua dari empat bersaudara, duduk di kelas "
        "VIII SMP. Klien lahir di Kabupaten Timor Tengah Selatan dan pindah ke Kupang bersama ibunya pada "
        "tahun 2019."], "client_identity")
    d.sec("2. Permasalahan", [
        "Klien menjadi korban eksploitasi kerja sebagai pengasuh anak di rumah seorang kerabat jauh. Klien "
        "bekerja dari pagi hingga malam tanpa upah dan tidak bersekolah selama satu semester. Kasus "
        "terungkap setelah guru wali kelas melapor ke kepolisian."], "presenting_problem")
    d.sec("3. Situasi Keluarga dan Lingkungan", [
        "Ibu klien bekerja sebagai pedagang sayur di Pasar Oeba dengan penghasilan tidak tetap, sedangkan "
        "ayah klien merantau ke Malaysia dan jarang mengirim kabar. Keluarga tinggal di rumah kontrakan "
        "dua kamar.",
        "Lingkungan sekitar cukup padat; gereja setempat dan kelompok ibu-ibu PKK aktif membantu keluarga "
        "yang kesulitan."], "social_environment")
    d.sec("4. Asesmen", [
        "Klien mengalami trauma ringan dengan gejala sulit tidur dan menarik diri, tetapi masih memiliki "
        "keinginan kuat untuk bersekolah. Ibu klien menyesal dan bersedia mengasuh klien kembali. Faktor "
        "risiko utama adalah kemiskinan keluarga dan pengawasan yang lemah."], "assessment")
    d.sec("5. Rencana Intervensi", [
        "Pendampingan psikososial mingguan; pemulihan hak pendidikan melalui koordinasi dengan sekolah dan "
        "Dinas Pendidikan; penguatan ekonomi keluarga melalui rujukan ke program PKH; pendampingan hukum "
        "bersama Unit PPA."], "intervention_plan")
    d.sec("6. Intervensi yang Telah Dilakukan", [
        "Klien telah mengikuti enam sesi konseling dan kembali bersekolah sejak 5 Februari 2024. Keluarga "
        "sudah diusulkan sebagai penerima PKH melalui pendamping PKH kelurahan."], "interventions")
    d.sec("7. Evaluasi Sementara", [
        "Pola tidur klien membaik dan kehadiran di sekolah mencapai 90 persen. Proses hukum terhadap "
        "pelaku masih berjalan."], "evaluation")
    return d


def p18():
    d = Doc("18_case_record_closed_no_closure_section.pdf", "pdf", "en",
            "CLOSED case record (status Closed + date closed) with no closure/termination section: "
            "missing required termination; UK-style 'OFFICIAL \u2013 SENSITIVE' marking; DOB 03/09/2012 "
            "day-first; documents list as attachments",
            font="sans", size=10)
    d.record("case_record", req=["termination"])
    d.letterhead(["Brookvale Borough Council", "Brookvale Child and Family Services",
                  "Civic Centre, Market Square, Brookvale"], agency_line=1, small=[2])
    d.stamp("OFFICIAL \u2013 SENSITIVE")
    d.title("Case Record")
    d.kv([("Case reference", "BCFS/2022/1145", "case_number"),
          ("Child / young person", "Ellie-Mae Carter", "client_name"),
          ("DOB", "03/09/2012", "client_birth_date", "2012-09-03"),
          ("Gender", "Female", "client_sex"),
          ("Address", "14 Linden Close, Brookvale", "client_address"),
          ("Allocated social worker", "Joanne Petrakis", "worker_name"),
          ("Referred by", "Brookvale Primary School (Designated Safeguarding Lead)", "referral_source"),
          ("Case opened", "17 October 2022", "date_opened", "2022-10-17"),
          ("Case closed", "29 February 2024", "date_closed", "2024-02-29"),
          ("Status", "Closed", "case_status", "closed")], style="grid")
    d.sec("Identifying information", [
        "Ellie-Mae is a 10-year-old white British girl, the eldest of three children. She attends "
        "Brookvale Primary School, has no diagnosed health conditions and speaks English at home."],
        "client_identity")
    d.sec("Reason for referral", [
        "The school reported repeated lateness, Ellie-Mae arriving hungry and in unwashed uniform, and "
        "a disclosure that she was often left to look after her younger siblings in the evenings."],
        "presenting_problem")
    d.sec("Family and community context", [
        "Ellie-Mae lives with her mother, Ms Shannon Carter, and two half-siblings aged 4 and 2. Ms Carter "
        "works evening shifts at a care home. The maternal grandmother lives nearby but had fallen out with "
        "Ms Carter. The family were not known to other services apart from the health visitor."],
        "social_environment")
    d.sec("Assessment and analysis", [
        "Neglect at the level of a child in need rather than child protection: Ms Carter loves the "
        "children and wants support, but childcare gaps in the evenings and financial pressure meant "
        "Ellie-Mae was taking on a caring role beyond her age."], "assessment")
    d.sec("Plan", [
        "Child in need plan: secure evening childcare, repair the relationship with the grandmother, "
        "breakfast club place at school, benefits check for the family, and young carers' assessment "
        "for Ellie-Mae."], "intervention_plan")
    d.sec("Work undertaken", [
        "Family group conference held in January 2023; the grandmother agreed to cover three evenings a "
        "week. Breakfast club and a young carers' group started in February 2023. A benefits check led to "
        "an increase in Universal Credit and a childcare element."], "interventions")
    d.sec("Review of outcomes", [
        "By the final review in January 2024 Ellie-Mae's attendance was 97% with no lateness, she no "
        "longer looked after her siblings alone, and Ms Carter reported feeling supported by her mother. "
        "All actions on the child in need plan were completed."], "evaluation")
    d.h("Documents held on file")
    d.ul(["Referral form from school", "Family group conference agreement",
          "Child in need plan and review minutes", "Young carers' assessment"])
    b = d.blocks[-2]
    d._set(b, "attachments", ["Referral form from school", "Family group conference agreement",
                              "Child in need plan and review minutes", "Young carers' assessment"],
           "Documents held on file")
    return d


def p19():
    d = Doc("19_catatan_harian_panti_netra.pdf", "pdf", "id",
            "daily log as a ruled PDF table; dates dd/mm/yyyy with blank cells repeating the row above; "
            "time written as a range '09.00\u201310.15' with duration '1 jam 15 menit'; durations "
            "'30 mnt', '\u00bd jam', '2 jam', \"45'\"; 'NIM' label matches no field",
            font="sans", size=10)
    d.record("daily_log")
    d.letterhead(["PANTI SOSIAL BINA NETRA CAHAYA KASIH",
                  "Jl. Imam Bonjol No. 120, Padang \u2013 Sumatera Barat"], agency_line=0, small=[1])
    d.title("CATATAN HARIAN PEKERJA SOSIAL")
    d.kv([("Nama Praktikan", "Nur Aisyah Rahmawati", "worker_name"),
          ("NIM", "2110457", None)], style="lines")
    rows = [
        ["15/04/2024", "07.30", "30 mnt", "Bpk. Slamet Riyadi",
         "Mendampingi klien latihan orientasi mobilitas dari asrama ke ruang makan menggunakan tongkat."],
        ["", "09.00\u201310.15", "1 jam 15 menit", "Bpk. Slamet Riyadi",
         "Wawancara lanjutan tentang rencana kembali ke keluarga di Bukittinggi; klien ragu karena "
         "istrinya bekerja di luar kota."],
        ["16/04/2024", "13.00", "\u00bd jam", "Ibu Tri Handayani",
         "Perkenalan dan pengisian formulir asesmen awal; klien baru masuk panti dua hari lalu."],
        ["", "14.00", "2 jam", "Ibu Tri Handayani",
         "Mendampingi klien mengikuti kelas braille tingkat dasar dan mencatat hambatan yang dihadapi."],
        ["17/04/2024", "10.30", "45'", "Bpk. Slamet Riyadi",
         "Menelepon istri klien untuk menjadwalkan pertemuan keluarga pada akhir bulan."],
    ]
    gold = [("2024-04-15", "07:30", 30), ("2024-04-15", "09:00", 75), ("2024-04-16", "13:00", 30),
            ("2024-04-16", "14:00", 120), ("2024-04-17", "10:30", 45)]
    entries = [{"date": g[0], "time": g[1], "duration_minutes": g[2], "description": r[4],
                "client_name": r[3]} for r, g in zip(rows, gold)]
    d.logtable(["Tanggal", "Waktu", "Durasi", "Nama Klien", "Kegiatan dan Hasil"], rows,
               [2.3, 2.9, 2.4, 3.0, 6.8], entries)
    d.sig(["Padang, 17 April 2024", "Mengetahui, Pembimbing Lembaga", "", "", "Zulkarnain, S.Sos."])
    return d


def p20():
    d = Doc("20_quarterly_case_summary_outreach.pdf", "pdf", "en",
            "summarized record, complete; period on one line with an en dash and abbreviated months "
            "('1 Jan \u2013 31 Mar 2024'); reports drawn on as a bullet list; label 'Case manager'",
            font="sans", size=10)
    d.record("summarized_record")
    d.letterhead(["Eastside Homelessness Outreach Service"], agency_line=0)
    d.title("Quarterly Case Summary")
    d.kv([("Client name", "Mr Tama Rangi", "client_name"),
          ("Case number", "EHOS-2023-208", "case_number"),
          ("Case manager", "Priya Raman", "worker_name"),
          ("Period covered", "1 Jan \u2013 31 Mar 2024", ("period_start", "period_end"),
           ("2024-01-01", "2024-03-31"))], style="plain3")
    d.sec("Reports drawn on", [
        "Outreach contact notes, 4 January to 29 March 2024",
        "Housing assessment, 16 January 2024",
        "Summarised process records of key-work sessions, 6 and 20 February 2024",
        "Multi-agency meeting minutes, 14 March 2024"], "reports_summarized", as_list=True)
    d.sec("Summary of the case", [
        "Tama (52) had been sleeping rough in the Eastside park area for about eight months when outreach "
        "first engaged him in January. He has chronic back pain and drinks daily, and had lost contact "
        "with his whanau in Rotorua.",
        "After the housing assessment he agreed to stay in temporary accommodation from late January. Two "
        "key-work sessions in February focused on his income and on reducing his drinking; he re-applied "
        "for the disability support payment with our help. The March multi-agency meeting agreed a "
        "supported-housing referral."], "case_summary")
    d.sec("Current situation", [
        "Tama is still in temporary accommodation, has attended two GP appointments and says he is "
        "drinking less. He has phoned his sister twice. The supported-housing application is pending."],
        "current_situation")
    d.sec("Plan for the next quarter", [
        "Follow up the supported-housing application fortnightly, link Tama with the community alcohol and "
        "drug service, and support a planned visit to his sister in May."], "plan")
    return d


def p21():
    d = Doc("21_catatan_ringkas_periode_belum_lengkap.pdf", "pdf", "id",
            "summarized record whose period end is a placeholder ('3 Juni 2024 s.d. ........'): "
            "period_start found, period_end missing (required); no list of reports (recommended missing)",
            font="serif", size=11)
    d.record("summarized_record", req=["period_end"], rec=["reports_summarized"])
    d.letterhead(["RUMAH PERLINDUNGAN SOSIAL WANITA KARTINI MANDIRI",
                  "Jl. Gatot Subroto Barat No. 210, Denpasar"], agency_line=0, small=[1])
    d.title("CATATAN RINGKAS")
    d.kv([("Nomor Berkas", "RPSW-KM/2024/019", "case_number"),
          ("Nama Klien", "Sdri. Ni Kadek Sri Astuti", "client_name"),
          ("Pekerja Sosial", "I Made Darma Yasa, S.Sos.", "worker_name"),
          ("Periode Laporan", "3 Juni 2024 s.d. ........", ("period_start",), ("2024-06-03",))],
         style="lines")
    d.sec("Ringkasan Perkembangan Kasus", [
        "Klien (19 tahun) diterima di rumah perlindungan pada 3 Juni 2024 setelah dipulangkan dari "
        "penampungan tenaga kerja ilegal di Surabaya. Pada minggu pertama klien menjalani pemeriksaan "
        "kesehatan dan konseling awal; klien menyampaikan bahwa dokumennya ditahan oleh perekrut.",
        "Pada minggu kedua dan ketiga klien mengikuti kelas keterampilan tata boga dan dua sesi konseling "
        "kelompok. Pekerja sosial telah menghubungi keluarga klien di Kabupaten Karangasem yang menyatakan "
        "siap menerima klien kembali."], "case_summary")
    d.sec("Kondisi Terkini", [
        "Klien dalam keadaan sehat, mulai dapat tidur dengan nyenyak, dan aktif dalam kegiatan kelompok. "
        "Klien masih menunggu kepastian pengembalian dokumen pribadinya."], "current_situation")
    d.sec("Rencana Tindak Lanjut", [
        "Koordinasi dengan BP3MI Bali untuk pengurusan dokumen, persiapan reunifikasi dengan keluarga, dan "
        "rujukan ke program pelatihan kerja di Balai Latihan Kerja Karangasem."], "plan")
    return d


def p22():
    d = Doc("22_agency_data_record_transitional_shelter.pdf", "pdf", "en",
            "agency record in English about an Indonesian shelter; 'Semi-institutional (transitional "
            "shelter with day programme)' -> semi_institutional; 'Provincial (DKI Jakarta)' -> province; "
            "no admin-staff section (recommended missing)",
            font="sans", size=10)
    d.record("agency_record", rec=["admin_staff"])
    d.title("AGENCY DATA RECORD")
    d.kv([("Agency", "Jakarta Women's Transitional Shelter (Rumah Transisi Perempuan)", "agency_name"),
          ("Address", "Jl. Cipinang Jaya No. 31, Jatinegara, East Jakarta 13410", "address"),
          ("Founded", "20 January 2015", "founding_date", "2015-01-20"),
          ("Nature of the agency", "Semi-institutional (transitional shelter with day programme)",
           "agency_nature", "semi_institutional"),
          ("Service authority", "Provincial (DKI Jakarta)", "service_authority", "province")],
         style="grid")
    d.sec("Legal basis", [
        "Notarial deed No. 44 of 12 January 2015; Decree of the Minister of Law and Human Rights "
        "recognising the association; operating permit from the DKI Jakarta Social Affairs Office, "
        "renewed in 2023."], "legal_basis")
    d.sec("Work programme", [
        "Temporary shelter for up to 20 women survivors of violence and their young children; a day "
        "programme of counselling, life skills and legal literacy; and follow-up support after women leave "
        "the shelter."], "work_program")
    d.sec("Procedures and admission requirements", [
        "Admission through referral by the integrated service unit (UPTD PPA), the police, hospitals or "
        "self-referral by phone. Women must be 18 or older and willing to follow house rules; a risk "
        "assessment is completed within 24 hours of arrival."], "service_procedures")
    d.sec("Organisational structure", [
        "General Assembly of members; Executive Board; Shelter Manager supervising the Case Management "
        "Team, the House Team and the Finance Officer."], "organizational_structure")
    d.sec("Sources of funding", [
        "Provincial social affairs grant, an international women's fund, church and mosque donations, and "
        "sales from the shelter's batik workshop."], "funding_sources")
    d.sec("Policies", [
        "Zero tolerance of violence, confidential location, no male visitors inside the shelter, and a "
        "maximum stay of six months unless extended by the case conference."], "policies")
    d.sec("Service process", [
        "Intake and risk assessment, safety planning, individual service plan, group and individual "
        "counselling, preparation for exit, and three months of follow-up."], "service_process")
    d.sec("Recording and reporting", [
        "Each resident has an electronic case file with restricted access. Monthly statistics go to the "
        "provincial social affairs office; narrative reports go to funders every six months."],
        "recording_and_reporting")
    d.sec("Functional areas", [
        "Case management, residential care, legal assistance, economic empowerment."], "functional_areas")
    d.sec("Special limits", [
        "The shelter cannot admit women with active substance dependence or boys over 12; these are "
        "referred to partner agencies."], "special_limits")
    d.sec("Professional staff", [
        "Three social workers, one psychologist, one paralegal and two night-shift house mothers with "
        "counselling training."], "professional_staff")
    return d


def p23():
    d = Doc("23_profil_lembaga_rumah_singgah.pdf", "pdf", "id",
            "agency record with the key data on ONE crowded line (Sifat Lembaga / Wilayah Pelayanan / "
            "Berdiri); 'Semi Institusional' -> semi_institutional; 'Kota Semarang' -> district; policies, "
            "functional areas, special limits absent (recommended missing)",
            font="serif", size=11)
    d.record("agency_record", rec=["policies", "functional_areas", "special_limits"])
    d.title("BUKU DATA LEMBAGA")
    d.kv([("Nama Lembaga", "Rumah Singgah Anak Bina Lintas", "agency_name"),
          ("Alamat", "Jl. Arteri Yos Sudarso No. 12, Bandarharjo, Semarang Utara", "address")],
         style="lines")
    d.kvline([("Sifat Lembaga", "Semi Institusional", "agency_nature", "semi_institutional"),
              ("Wilayah Pelayanan", "Kota Semarang", "service_authority", "district"),
              ("Berdiri", "1 Mei 2003", "founding_date", "2003-05-01")])
    d.sec("A. Landasan Hukum", [
        "Akta Pendirian Yayasan Bina Lintas Nomor 3 Tahun 2003, Surat Keputusan Menteri Hukum dan HAM "
        "tentang pengesahan yayasan, dan Surat Tanda Daftar dari Dinas Sosial Kota Semarang."],
        "legal_basis")
    d.sec("B. Program Kerja", [
        "Penjangkauan anak jalanan di kawasan pelabuhan dan pasar, layanan singgah siang hari, pendidikan "
        "kesetaraan Paket A dan B, serta reunifikasi anak dengan keluarga."], "work_program")
    d.sec("C. Prosedur dan Persyaratan", [
        "Anak dijangkau oleh pendamping lapangan atau dirujuk oleh Satpol PP dan Dinas Sosial. Anak "
        "berusia 6 sampai 18 tahun dan bersedia mengikuti aturan rumah singgah; data identitas dilengkapi "
        "secara bertahap bersama keluarga."], "service_procedures")
    d.sec("D. Struktur Organisasi", [
        "Pembina dan Pengurus Yayasan, Koordinator Rumah Singgah, Pekerja Sosial, Pendamping Lapangan, "
        "Tutor, dan Staf Administrasi."], "organizational_structure")
    d.sec("E. Sumber Dana", [
        "Bantuan Atensi Kementerian Sosial, hibah Pemerintah Kota Semarang, dana CSR perusahaan pelabuhan, "
        "serta donasi masyarakat."], "funding_sources")
    d.sec("F. Proses Pelayanan", [
        "Penjangkauan, pendekatan awal, asesmen, penyusunan rencana layanan, pelaksanaan layanan di rumah "
        "singgah, reunifikasi, dan pemantauan pascareunifikasi."], "service_process")
    d.sec("G. Pencatatan dan Pelaporan", [
        "Catatan harian pendamping, berkas kasus per anak, dan laporan bulanan kepada Dinas Sosial Kota "
        "Semarang."], "recording_and_reporting")
    d.sec("H. Tenaga Profesional", [
        "Dua pekerja sosial, empat pendamping lapangan, dan tiga tutor pendidikan kesetaraan."],
        "professional_staff")
    d.sec("I. Tenaga Administrasi", ["Satu staf administrasi merangkap bendahara."], "admin_staff")
    return d


def p24():
    d = Doc("24_newsletter_autumn_2024.pdf", "pdf", "en",
            "NOT a case note: agency community newsletter (stories, event dates, staff news, a "
            "de-identified client story) -> unknown, no fields; publication date is not a value",
            font="serif", size=10, footer="Harbourside Family Support Service \u2014 Community Newsletter "
                                          "\u2014 page {page}")
    d.record("unknown")
    d.title("Harbourside Connections", sub="Community Newsletter \u2022 Autumn 2024 \u2022 Issue 37")
    d.h("From the manager")
    d.p("Welcome to our autumn edition. It has been a busy quarter: our family workers supported 214 "
        "families, the new Saturday playgroup is full every week, and we said farewell to two long-serving "
        "volunteers. Thank you to everyone who donated to the winter appeal.")
    d.h("New: Parenting After Separation group")
    d.p("Starting on Tuesday 7 May, this six-week group is for parents who are co-parenting after a "
        "separation. Sessions run from 6.30 to 8.30 pm in the community room, with free childcare. Bookings "
        "through reception.")
    d.h("A family's story")
    d.p("'When I first came here I didn't know where to start,' says one mum, who asked us not to use her "
        "name. With help from her family worker she sorted out her rent arrears, found a kindergarten place "
        "for her youngest and joined the playgroup, where she now helps set up each week.")
    d.h("Meet the team")
    d.p("Megan joined us in February as a family practitioner after five years in child protection. Outside "
        "work she coaches junior netball and makes excellent banana bread.")
    d.h("Dates for your diary")
    d.ul(["Tuesday 7 May \u2014 Parenting After Separation group begins",
          "Friday 24 May \u2014 Volunteer morning tea",
          "Saturday 15 June \u2014 Family fun day at Foreshore Park"])
    return d


def p25():
    d = Doc("25_materi_pelatihan_pencatatan_kasus.pdf", "pdf", "id",
            "NOT a case note: training handout on case recording; describes record types and headings and "
            "includes an EMPTY example form whose labels only carry placeholders ('........', 'belum "
            "diisi') -> unknown, no fields",
            font="sans", size=10, footer="Bahan ajar \u2014 tidak untuk diperbanyak tanpa izin \u2014 {page}")
    d.record("unknown")
    d.title("MATERI PELATIHAN", sub="Pencatatan dan Pelaporan dalam Praktik Pekerjaan Sosial")
    d.p("Disusun untuk Pelatihan Dasar Pekerja Sosial Pemula, Angkatan II Tahun 2024", align="center")
    d.h("1. Mengapa pencatatan penting?")
    d.p("Catatan yang baik membantu pekerja sosial memahami perkembangan klien, menjadi dasar "
        "pertanggungjawaban kepada lembaga, dan melindungi hak klien. Catatan juga menjadi bahan supervisi "
        "dan evaluasi program.", align="justify")
    d.h("2. Jenis-jenis catatan")
    d.ul(["Catatan harian: kegiatan pekerja sosial setiap hari beserta waktu dan lamanya.",
          "Catatan proses: uraian rinci satu wawancara, termasuk dialog dan reaksi nonverbal.",
          "Catatan proses ringkas: uraian wawancara dalam kalimat tidak langsung.",
          "Catatan ringkas: rangkuman beberapa laporan untuk melihat gambaran kasus.",
          "Catatan kasus: berkas lengkap klien dari penerimaan sampai terminasi."])
    d.h("3. Contoh format kosong")
    d.p("Isilah format di bawah ini selama latihan kelompok.", italic=True)
    d.kv([("Nama Klien", "........................"),
          ("Nama Pekerja Sosial", "........................"),
          ("Tanggal Wawancara", "belum diisi")], style="lines")
    d.records[0].unmatched.clear()
    d.h("4. Tugas kelompok")
    d.p("Setiap kelompok menyusun satu catatan proses dari video simulasi wawancara yang diputar oleh "
        "fasilitator, lalu mempresentasikannya dalam waktu sepuluh menit.")
    return d


def p26():
    d = Doc("26_summary_of_two_contacts.pdf", "pdf", "en",
            "summarized process record; two interview dates compressed into one expression '3 and 10 April "
            "2024'; 'Setting' label -> location; no conclusion section (recommended missing)",
            font="sans", size=10)
    d.record("summarized_process_record", rec=["conclusion"])
    d.letterhead(["Northgate Community Mental Health Team",
                  "Unit 4, Northgate Health Precinct"], agency_line=0, small=[1])
    d.title("Summary Record of Interviews")
    d.kv([("Client", "Ms Rebecca Lindqvist", "client_name"),
          ("Worker", "Aisha Rahman, LCSW", "worker_name"),
          ("Case no.", "NCMHT-24-0417", "case_number"),
          ("Interview dates", "3 and 10 April 2024", "interview_dates", ["2024-04-03", "2024-04-10"]),
          ("Setting", "Outpatient clinic, room 12", "location")], style="plain3")
    d.sec("Summary", [
        "On 3 April Ms Lindqvist said that since starting her new job she had been having panic attacks on "
        "the train. She described avoiding the train on two days and taking expensive taxis instead. She "
        "said she was frightened the attacks meant she was 'going backwards'.",
        "On 10 April she reported that she had used the breathing exercise twice and managed one full "
        "train journey. She said her manager had agreed to flexible start times for a month."], "summary")
    d.sec("Next steps", [
        "Continue graded exposure to train travel; review with the team psychologist on 24 April."],
        "next_steps")
    return d


DOCS = [p15, p16, p17, p18, p19, p20, p21, p22, p23, p24, p25, p26]
