"""A case written up as prose with bold run-in labels (first met in the thirty-second corpus B,
rewritten in our own words), as DOCX and as a born-digital PDF, in both languages:

- a header line of several bold labels, each closed by a full stop and followed by its value
  (`**Agency.** Eastmere Family Centre. **Case no.** EFC-0412.`), gives every label's value
  without the full stops, and each of those labels votes for the type;
- run-in headings nobody listed (`**What worries the family.** …`) stand among the record's
  sections, where the schema's order of a case record places them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.line_writers import records_of

FORMATS = ["docx", "pdf"]

CASE_STUDIES = {
    "en": (
        "##Case Study: the Mensah family",
        "**Agency.** Eastmere Family Centre. **Case number.** EFC-2024-0412. "
        "**Worker.** Priya Raman. **Opened.** 3 April 2024. **Referred by.** Health visitor.",
        "**Client.** Abena Mensah. **Status.** Open.",
        "**Who she is.** Abena is a 29-year-old mother of twins who came to the town two years "
        "ago to join her husband, who drives for a delivery firm.",
        "**What worries the family.** The twins, now fourteen months old, sleep badly and Abena "
        "says she has not slept more than three hours at a stretch since February.",
        "**Home and people around her.** The family rents a first-floor flat with no lift; "
        "Abena's mother lives abroad and the neighbours are new to her.",
        "**How we read it.** Exhaustion and isolation rather than a lack of care: the twins are "
        "well fed, clean and gaining weight as expected.",
        "**What we will do.** Weekly home visits for two months, a place at the parents' group "
        "on Thursdays, and an application for a nursery place for three mornings.",
    ),
    "id": (
        "##Studi Kasus: Keluarga Ibu Wartini",
        "**Lembaga.** LKS Mitra Keluarga. **Nomor kasus.** MK-2024-077. "
        "**Pekerja sosial.** Yosef Bria.",
        "**Tanggal dibuka.** 3 April 2024. **Dirujuk oleh.** Bidan desa.",
        "**Klien.** Ibu Wartini. **Status.** Aktif.",
        "**Siapa dia.** Ibu Wartini berusia 41 tahun, ibu dari tiga anak, dan bekerja sebagai "
        "buruh cuci di dua rumah tetangga setiap pagi.",
        "**Yang membuat keluarga cemas.** Anak sulungnya berhenti sekolah sejak Januari dan "
        "sering pulang larut malam tanpa memberi kabar kepada ibunya.",
        "**Rumah dan orang di sekitarnya.** Keluarga menumpang di rumah kakak Ibu Wartini; "
        "tetangga dekat dan ketua RT sudah lama mengenal keluarga ini.",
        "**Cara kami memahaminya.** Keluarga ini kehilangan penghasilan ayah sejak ia sakit, "
        "sehingga anak sulung merasa harus ikut mencari uang.",
        "**Yang akan kami lakukan.** Kunjungan rumah setiap minggu selama dua bulan, mendaftarkan "
        "anak ke program kejar paket, dan mengajukan bantuan sosial untuk keluarga.",
    ),
}
HEADERS = {
    "en": {
        "agency_name": "Eastmere Family Centre",
        "case_number": "EFC-2024-0412",
        "worker_name": "Priya Raman",
        "date_opened": "2024-04-03",
        "referral_source": "Health visitor",
        "client_name": "Abena Mensah",
        "case_status": "open",
    },
    "id": {
        "agency_name": "LKS Mitra Keluarga",
        "case_number": "MK-2024-077",
        "worker_name": "Yosef Bria",
        "date_opened": "2024-04-03",
        "referral_source": "Bidan desa",
        "client_name": "Ibu Wartini",
        "case_status": "open",
    },
}
SECTIONS = ("client_identity", "presenting_problem", "social_environment", "assessment")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lang", sorted(CASE_STUDIES))
def test_a_case_study_with_bold_run_in_labels_is_a_case_record(
    tmp_path: Path, lang: str, fmt: str
) -> None:
    (record,) = records_of(tmp_path, fmt, CASE_STUDIES[lang])
    assert record.record_type == "case_record"
    assert {name: record.fields.get(name) for name in HEADERS[lang]} == HEADERS[lang]
    body = [line for line in CASE_STUDIES[lang] if line.count("**") == 2]
    for name, paragraph in zip(SECTIONS, body, strict=False):
        assert record.fields.get(name) == paragraph.split("** ", 1)[1], name
