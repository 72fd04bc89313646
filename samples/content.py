"""The fictional sample corpus as plain data: agencies, people and the document list.

All people, agencies, addresses and case numbers are invented. A document is a
dict: `stem`, `format` (docx | pdf | word_pdf | scan), `lang`, `letterhead`,
`style` (layout choices), `features` (for the README) and `records`. A record
holds its `type`, `title`, `header` rows `(field, label, value)`, `sections`
`(field, heading, body)` and an optional `marking` and `sign` block; a field of
None is text the gold ignores. The documents themselves live in the
`content_*` modules, one per family of record types.
"""

from __future__ import annotations

from typing import Any

# Letterheads: the last line is the agency's own line (agency_name when no label gives it).
LH_BANDUNG = {
    "lines": ["PEMERINTAH KOTA BANDUNG", "DINAS SOSIAL KOTA BANDUNG"],
    "address": ["Jl. Babakan Karet No. 12, Bandung 40211  Telp. (022) 601 4412"],
    "mode": "every",
}
LH_TAMAN_HARAPAN = {
    "lines": [
        "PEMERINTAH PROVINSI JAWA BARAT",
        "DINAS SOSIAL",
        "UPTD PANTI SOSIAL ASUHAN ANAK TAMAN HARAPAN",
    ],
    "address": ["Jl. Raya Cibadak KM 3 No. 88, Kabupaten Sukabumi 43351  Telp. (0266) 531 207"],
    "mode": "every",
}
LH_SURABAYA = {
    "lines": [
        "PEMERINTAH KOTA SURABAYA",
        "UPTD PERLINDUNGAN PEREMPUAN DAN ANAK KOTA SURABAYA",
    ],
    "address": ["Jl. Kedung Cowek No. 21, Surabaya 60129  Telp. (031) 372 0915"],
    "mode": "first",
}
LH_SEKAR_WANGI = {
    "lines": [
        "PEMERINTAH PROVINSI JAWA TENGAH",
        "DINAS SOSIAL",
        "PANTI PELAYANAN SOSIAL LANJUT USIA SEKAR WANGI",
    ],
    "address": ["Jl. Pemuda Selatan No. 40, Klaten 57412  Telp. (0272) 321 556"],
    "mode": "every",
}
LH_PELITA = {
    "lines": ["PELITA HATI CHILD PROTECTION FOUNDATION"],
    "address": [
        "Jl. Kemang Timur Raya No. 7, South Jakarta 12730, Indonesia",
        "Tel. +62 21 7190 2231  ·  www.pelitahati.example.org",
    ],
    "mode": "first",
    "emblem": False,
}
LH_FLOBAMORA = {
    "lines": ["FLOBAMORA RECOVERY HOUSE"],
    "address": ["Jl. Frans Seda No. 19, Kupang, East Nusa Tenggara 85111  ·  Tel. (0380) 833 410"],
    "mode": "first",
    "emblem": False,
}
LH_SLEMAN = {
    "lines": ["PEMERINTAH KABUPATEN SLEMAN", "DINAS SOSIAL KABUPATEN SLEMAN"],
    "address": ["Jl. Candi Gebang No. 5, Beran, Tridadi, Sleman 55511  Telp. (0274) 868 337"],
    "mode": "every",
}
LH_KASIH_BUNDA = {
    "lines": ["YAYASAN KASIH BUNDA DEWATA", "LKSA KASIH BUNDA"],
    "address": ["Jl. Tukad Badung No. 31, Renon, Denpasar 80226  Telp. (0361) 224 718"],
    "mode": "every",
}
LH_GUYUB_RUKUN = {
    "lines": ["PEMERINTAH KABUPATEN KLATEN", "PUSAT PELAYANAN SOSIAL LANSIA HARIAN GUYUB RUKUN"],
    "address": ["Jl. Merbabu No. 14, Klaten Tengah, Klaten 57411  Telp. (0272) 322 190"],
    "mode": "every",
}

# Social workers and supervisors, names as they sign them.
RINA = "Rina Marlina, S.Tr.Sos."
DEDI = "Dedi Kurniawan, S.Sos."
AYU = "Ayu Lestari, S.Tr.Sos."
FITRI = "Fitri Handayani, S.Tr.Sos."
MARIA = "Maria Goretti Sitanggang, S.Sos."
LUKAS = "Lukas Tamba, S.Sos."
WAHYU = "Wahyu Nugroho, S.Tr.Sos."
KADEK = "Ni Kadek Sri Astuti, S.Tr.Sos."
SUP_ENDANG = "Dra. Endang Suryani, M.Kesos."
SUP_TEGUH = "Drs. Teguh Santoso, M.Si."
SUP_HARYO = "Haryo Wibisono, S.Sos., M.Si."


def sign(place_date: str, worker: str, supervisor: str | None = None, lang: str = "id") -> dict:
    """Return a signature block: the worker on the right, a supervisor's `Mengetahui` on the left."""
    role = "Pekerja Sosial," if lang == "id" else "Social Worker,"
    right = [role, "", "", worker]
    if supervisor is None:
        return {"place_date": place_date, "cols": [[""], right]}
    left = (
        ["Mengetahui,", "Supervisor,", "", supervisor]
        if lang == "id"
        else ["Acknowledged by,", "Supervisor,", "", supervisor]
    )
    return {"place_date": place_date, "cols": [left, right]}


def documents() -> list[dict[str, Any]]:
    """Return every sample document, in a stable order."""
    from samples import content_agency, content_case, content_log, content_process, content_summary

    docs = (
        content_process.DOCS
        + content_summary.DOCS
        + content_case.DOCS
        + content_log.DOCS
        + content_agency.DOCS
    )
    stems = [d["stem"] for d in docs]
    if len(stems) != len(set(stems)):
        raise ValueError("duplicate sample stems")
    return docs
