"""Real-world headings and labels per field, and name pools, for randomised documents.

Each field lists several ways agencies write its heading or label, in
Indonesian and English; the hand-written corpus picks among them and
`make_archive` draws from them at random. Names are invented combinations of
common Indonesian given names and family names.
"""

from __future__ import annotations

SYNONYMS: dict[str, dict[str, tuple[str, ...]]] = {
    "case_number": {
        "id": ("No. Kasus", "Nomor Kasus", "No. Registrasi", "Nomor Register Kasus"),
        "en": ("Case No.", "Case Number", "File No.", "File Number"),
    },
    "client_name": {
        "id": ("Nama Klien", "Nama", "Nama Penerima Manfaat", "Nama Anak"),
        "en": ("Client Name", "Client", "Name of Client"),
    },
    "worker_name": {
        "id": ("Pekerja Sosial", "Nama Pekerja Sosial", "Peksos", "Petugas", "Pendamping"),
        "en": ("Social Worker", "Worker", "Caseworker", "Prepared by"),
    },
    "agency_name": {
        "id": ("Lembaga", "Nama Lembaga", "Instansi"),
        "en": ("Agency", "Agency Name", "Organisation"),
    },
    "interview_date": {
        "id": (
            "Tanggal Wawancara",
            "Tanggal",
            "Hari/Tanggal",
            "Tgl. Wawancara",
            "Tanggal Kunjungan",
        ),
        "en": ("Date of Interview", "Interview Date", "Date"),
    },
    "interview_dates": {
        "id": ("Tanggal Wawancara", "Tanggal Pertemuan"),
        "en": ("Interview Dates", "Dates of Contact", "Date of Contact"),
    },
    "location": {
        "id": ("Tempat", "Lokasi", "Tempat Wawancara"),
        "en": ("Location", "Place", "Venue"),
    },
    "session_number": {
        "id": ("Pertemuan ke", "Sesi ke-", "Sesi"),
        "en": ("Session No.", "Session", "Contact No."),
    },
    "interview_purpose": {
        "id": ("Tujuan Wawancara", "Tujuan", "Tujuan Kunjungan"),
        "en": ("Purpose of Interview", "Purpose"),
    },
    "introduction": {
        "id": ("Pendahuluan", "Pengantar", "Pembukaan"),
        "en": ("Introduction", "Opening"),
    },
    "interview_narrative": {
        "id": ("Isi Laporan", "Jalannya Wawancara", "Isi Wawancara", "Proses Wawancara"),
        "en": ("Interview", "Recording", "Process of the Interview", "Dialogue"),
    },
    "conclusion": {
        "id": ("Kesimpulan", "Simpulan", "Kesimpulan Wawancara"),
        "en": ("Conclusion", "Conclusions"),
    },
    "nonverbal_observations": {
        "id": ("Observasi Nonverbal", "Pengamatan Non-Verbal", "Observasi", "Hasil Observasi"),
        "en": ("Non-verbal Observations", "Observations"),
    },
    "worker_reflection": {
        "id": ("Refleksi Pekerja Sosial", "Perasaan dan Analisis Pekerja Sosial"),
        "en": ("Worker's Reflection", "Worker's Feelings and Analysis", "Self-reflection"),
    },
    "supervisor_comments": {
        "id": ("Catatan Supervisor", "Komentar Supervisor", "Tanggapan Supervisor"),
        "en": ("Supervisor's Comments", "Supervisor Notes"),
    },
    "next_steps": {
        "id": ("Rencana Tindak Lanjut", "Tindak Lanjut", "Langkah Selanjutnya"),
        "en": ("Next Steps", "Follow-up", "Plan for Next Session"),
    },
    "summary": {
        "id": ("Ringkasan Wawancara", "Uraian Singkat", "Ringkasan", "Isi Ringkas"),
        "en": ("Summary", "Summary of Contacts", "Summary of Interviews"),
    },
    "case_summary": {
        "id": ("Ringkasan Kasus", "Gambaran Umum Kasus", "Ikhtisar Kasus"),
        "en": ("Case Summary", "Overview of the Case"),
    },
    "reports_summarized": {
        "id": ("Laporan yang Diringkas", "Daftar Laporan", "Sumber Laporan"),
        "en": ("Reports Summarized", "Reports Reviewed"),
    },
    "current_situation": {
        "id": ("Situasi Saat Ini", "Keadaan Klien Saat Ini", "Perkembangan Terakhir"),
        "en": ("Current Situation", "Present Status"),
    },
    "plan": {
        "id": ("Rencana", "Rencana Selanjutnya", "Rencana Pelayanan"),
        "en": ("Plan", "Plan of Action", "Future Plan"),
    },
    "client_identity": {
        "id": ("Identitas Klien", "Data Klien", "Keterangan Diri Klien"),
        "en": ("Client Information", "Identifying Information"),
    },
    "presenting_problem": {
        "id": ("Masalah yang Dihadapi", "Permasalahan", "Masalah Klien", "Riwayat Masalah"),
        "en": ("Presenting Problem", "Reason for Referral"),
    },
    "social_environment": {
        "id": (
            "Lingkungan Sosial",
            "Latar Belakang Keluarga dan Lingkungan",
            "Kondisi Keluarga dan Lingkungan Sosial",
            "Riwayat Sosial",
        ),
        "en": ("Social Environment", "Family and Social Background", "Family Background"),
    },
    "assessment": {
        "id": ("Asesmen", "Diagnosa / Asesmen", "Asesmen Masalah", "Diagnosis Sosial"),
        "en": ("Assessment", "Social Assessment"),
    },
    "intervention_plan": {
        "id": ("Rencana Intervensi", "Rencana Penanganan", "Rencana Pelayanan"),
        "en": ("Intervention Plan", "Case Plan", "Plan of Intervention"),
    },
    "interventions": {
        "id": (
            "Pelaksanaan Intervensi",
            "Intervensi yang Dilakukan",
            "Tindakan yang Telah Dilakukan",
        ),
        "en": ("Interventions", "Services Provided", "Interventions Carried Out"),
    },
    "evaluation": {
        "id": ("Evaluasi", "Evaluasi Hasil", "Hasil Evaluasi"),
        "en": ("Evaluation", "Evaluation of Progress"),
    },
    "termination": {
        "id": ("Terminasi", "Pengakhiran Pelayanan", "Terminasi dan Rujukan"),
        "en": ("Termination", "Case Closure"),
    },
    "attachments": {
        "id": ("Lampiran", "Dokumen Pendukung", "Berkas Terlampir"),
        "en": ("Attachments", "Enclosures"),
    },
    "date_opened": {
        "id": ("Tanggal Pembukaan Kasus", "Tanggal Registrasi", "Tanggal Penerimaan", "Tgl. Masuk"),
        "en": ("Date Opened", "Intake Date", "Date of Intake"),
    },
    "date_closed": {
        "id": ("Tanggal Penutupan Kasus", "Tanggal Terminasi"),
        "en": ("Date Closed", "Closure Date"),
    },
    "referral_source": {
        "id": ("Sumber Rujukan", "Dirujuk oleh", "Asal Rujukan"),
        "en": ("Referral Source", "Referred by"),
    },
    "work_program": {
        "id": ("Program Kerja", "Program Pelayanan"),
        "en": ("Work Programme", "Programs"),
    },
    "service_procedures": {
        "id": (
            "Prosedur dan Persyaratan Pelayanan",
            "Prosedur Pelayanan",
            "Syarat dan Prosedur Penerimaan",
        ),
        "en": ("Service Procedures and Requirements", "Admission Procedures"),
    },
    "organizational_structure": {
        "id": ("Struktur Organisasi",),
        "en": ("Organisational Structure", "Organizational Structure"),
    },
    "funding_sources": {"id": ("Sumber Dana", "Sumber Pendanaan"), "en": ("Funding Sources",)},
    "legal_basis": {"id": ("Dasar Hukum", "Landasan Hukum", "Legalitas"), "en": ("Legal Basis",)},
    "policies": {"id": ("Kebijakan Lembaga", "Kebijakan"), "en": ("Policies",)},
    "service_process": {"id": ("Proses Pelayanan", "Alur Pelayanan"), "en": ("Service Process",)},
    "recording_and_reporting": {
        "id": ("Pencatatan dan Pelaporan", "Sistem Pencatatan dan Pelaporan"),
        "en": ("Recording and Reporting",),
    },
    "functional_areas": {
        "id": ("Bidang Fungsional", "Bidang-bidang Pelayanan"),
        "en": ("Functional Areas",),
    },
    "special_limits": {
        "id": ("Batasan Khusus", "Batasan Pelayanan"),
        "en": ("Special Limits", "Limitations"),
    },
    "professional_staff": {
        "id": ("Tenaga Profesional", "Staf Profesional"),
        "en": ("Professional Staff",),
    },
    "admin_staff": {
        "id": ("Tenaga Administrasi", "Staf Administrasi"),
        "en": ("Administrative Staff",),
    },
}

PLACEHOLDERS = ("-", "....", "N/A", "belum diisi", "tidak ada data", "")

GIVEN_F = [
    "Siti",
    "Sri",
    "Dewi",
    "Nur",
    "Wulan",
    "Rina",
    "Yuni",
    "Lestari",
    "Ratna",
    "Indah",
    "Fitri",
    "Aisyah",
    "Ani",
    "Endah",
    "Kartini",
]
GIVEN_M = [
    "Budi",
    "Agus",
    "Andi",
    "Dedi",
    "Joko",
    "Slamet",
    "Rudi",
    "Hendra",
    "Yusuf",
    "Eko",
    "Bayu",
    "Fajar",
    "Rizky",
    "Dimas",
    "Arif",
]
FAMILY = [
    "Santoso",
    "Wijaya",
    "Saputra",
    "Hidayat",
    "Pratama",
    "Lestari",
    "Siregar",
    "Nasution",
    "Kurniawan",
    "Setiawan",
    "Rahayu",
    "Permana",
    "Simanjuntak",
    "Wibowo",
    "Gunawan",
    "Purnomo",
    "Suryadi",
    "Harahap",
    "Nugroho",
    "Susanti",
]
DEGREES = ("S.Tr.Sos.", "S.Sos.", "S.Sos., M.Si.", "A.KS", "S.Psi.")


def client_name(rng, lang: str) -> str:
    """Return a client name with an honorific suited to the language and a random age group."""
    female = rng.random() < 0.55
    given = rng.choice(GIVEN_F if female else GIVEN_M)
    family = rng.choice(FAMILY)
    if lang == "en":
        title = rng.choice(("Mrs.", "Ms.")) if female else "Mr."
        return f"{title} {given} {family}"
    title = rng.choice(
        ("Ibu", "Sdri.", "An.", "Ny.") if female else ("Bapak", "Sdr.", "An.", "Mbah")
    )
    return f"{title} {given} {family}"


def worker_name(rng) -> str:
    female = rng.random() < 0.6
    given = rng.choice(GIVEN_F if female else GIVEN_M)
    return f"{given} {rng.choice(FAMILY)}, {rng.choice(DEGREES)}"
