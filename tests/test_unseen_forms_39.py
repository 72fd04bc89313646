"""Variants first met on the thirty-ninth corpora and real excerpts (written by authors who
saw only the contract, or published), rewritten in our own words, each as DOCX and as a
born-digital PDF:

- a worked example run in at its paragraph's head (`Example #1: Situation: …`) on a
  guidance page is part of its text, no run-in heading the classifier reads for a section;
- a dialogue whose worker speaks under a label listed for the worker's name (`Worker:
  Hello, Walter.`) and whose client speaks under his own name (`Walter: …`): both are
  speakers, and the dialogue under a heading nobody listed (`The conversation`) is the
  dialogue, not its introduction;
- an invitation on an agency's paper (a subject line, `Kepada Yth.` / `Dear …`) whose event
  details and timed programme (`Hari/Tanggal`, `Pukul`, `Tempat`, a table of times) vote for a
  log and a case alike is a letter, no case note: votes that agree on no type do not outweigh
  its salutation and subject line.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.extract.lines import Line
from pipeline.extract.matching import line_key
from pipeline.extract.unnamed_text import run_in_text
from tests.line_writers import records_of

FORMATS = ["docx", "pdf"]


def _line(text: str) -> Line:
    return Line(text, 1, 0, True, True, False, line_key(text))


@pytest.mark.parametrize(
    ("label", "value", "runs_in"),
    [
        ("Example #1", "Situation: A parent arrived forty minutes late and walked out.", False),
        ("Contoh no. 2", "Situasi: Seorang ibu datang terlambat dan langsung pulang lagi.", False),
        ("How I understand it", "The difficulties appear to have started after the move.", True),
    ],
)
def test_a_worked_example_run_in_is_no_sections_heading(
    label: str, value: str, runs_in: bool
) -> None:
    lines = [_line(f"{label}: {value}")]
    assert (run_in_text(lines, 0, label, value) is not None) is runs_in


SPOKEN_UNDER_A_NAME = {
    "en": (
        "##Process Recording",
        "Patient: Mr. Walter Briggs",
        "Worker: Rachel Adeyemi",
        "Date of visit: 16 May 2024",
        "#What led up to this visit",
        "Mr. Briggs has end-stage lung disease. On my first visit his wife told me he will not talk about what happens next, and the nurse asked me to come back.",
        "#The conversation",
        "Worker: Hello, Walter. Joan said you had a rough night.",
        "Walter: Couldn't get my breath. Thought that was it.",
        "Worker: That sounds frightening. What went through your mind?",
        "Walter: That I don't want them pumping on my chest.",
        "Worker: Have you been able to say that to Joan?",
        "Walter: She cries if I start.",
        "#Where things stand",
        "Walter does not want resuscitation and agrees to a joint conversation with Joan next week.",
    ),
    "id": (
        "##Catatan Proses",
        "Klien: Bapak Darmo Sutikno",
        "Pekerja: Sri Lestari",
        "Tanggal kunjungan: 16 Mei 2024",
        "#Yang mendahului kunjungan ini",
        "Pak Darmo menderita penyakit paru berat. Pada kunjungan pertama istrinya bercerita bahwa ia tidak mau membicarakan apa yang akan terjadi, dan perawat meminta saya datang lagi.",
        "#Percakapan kami",
        "Pekerja: Selamat pagi, Pak Darmo. Kata Ibu semalam Bapak sesak?",
        "Darmo: Iya, susah napas. Saya kira sudah waktunya.",
        "Pekerja: Itu pasti menakutkan. Apa yang Bapak pikirkan saat itu?",
        "Darmo: Saya tidak mau dadanya ditekan-tekan.",
        "Pekerja: Apakah Bapak sudah bilang ke Ibu?",
        "Darmo: Dia menangis kalau saya mulai bicara.",
        "#Posisi saat ini",
        "Pak Darmo tidak menghendaki resusitasi dan setuju berbicara bersama istrinya minggu depan.",
    ),
}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lang", sorted(SPOKEN_UNDER_A_NAME))
def test_a_client_speaking_under_his_name_beside_a_listed_worker(
    tmp_path: Path, lang: str, fmt: str
) -> None:
    (record,) = records_of(tmp_path, fmt, SPOKEN_UNDER_A_NAME[lang])
    assert record.record_type == "process_record"
    dialogue = record.fields["interview_narrative"]
    client = "Walter" if lang == "en" else "Darmo"
    assert dialogue.startswith(("Worker: Hello", "Pekerja: Selamat pagi"))
    assert dialogue.count(f"{client}:") == 3
    assert "introduction" not in record.fields or "Hello" not in record.fields["introduction"]


INVITATIONS = {
    "id": (
        "#PEMERINTAH KABUPATEN SUKAMAJU",
        "#UPTD PUSKESMAS SUKAMAJU",
        "Jl. Kenanga No. 12, Sukamaju",
        "Nomor : 440/127/PKM/IV/2024",
        "Lampiran : 1 (satu) lembar",
        "Perihal : Undangan Pertemuan Keluarga Pendamping",
        "Kepada Yth. Bapak/Ibu keluarga pendamping di wilayah kerja Puskesmas Sukamaju",
        "Dengan hormat,",
        "Dalam rangka meningkatkan kemampuan keluarga merawat anggota keluarga di rumah, kami "
        "mengundang Bapak/Ibu pada:",
        "Hari/Tanggal : Sabtu, 20 April 2024",
        "Waktu : 09.00 - 12.00 WIB",
        "Tempat : Aula Balai Desa Sukamaju",
        "Acara : Mengenali tanda-tanda kekambuhan",
        "| Waktu | Kegiatan | Penanggung jawab",
        "| 09.00 - 09.30 | Registrasi dan pembukaan | Kepala Puskesmas",
        "| 09.30 - 10.30 | Mengenal gangguan jiwa dan pengobatannya | dr. Lestiani",
        "| 10.30 - 12.00 | Tanya jawab dan penutup | Tim Keswa",
        "Atas perhatian dan kehadiran Bapak/Ibu kami ucapkan terima kasih.",
        "Kepala UPTD Puskesmas Sukamaju,",
        "dr. Hendra Wicaksono",
    ),
    "en": (
        "#RIVERSIDE FAMILY SERVICES",
        "14 Mill Lane, Riverside",
        "Re: Carers' information morning",
        "Dear carers,",
        "You are invited to our information morning on supporting a relative at home.",
        "Date: Saturday, 20 April 2024",
        "Time: 09:00 - 12:00",
        "Venue: Hall 2, Riverside Community Centre",
        "Agenda: recognising early signs of relapse",
        "| Time | Session | Led by",
        "| 09:00 - 09:30 | Registration and welcome | Service manager",
        "| 09:30 - 10:30 | Understanding treatment | Dr. Lee",
        "| 10:30 - 12:00 | Questions and close | Carers' team",
        "Yours sincerely,",
        "Joanne Pike",
        "Carers' Lead",
    ),
}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lang", sorted(INVITATIONS))
def test_an_invitation_whose_votes_agree_on_no_type_is_a_letter(
    tmp_path: Path, lang: str, fmt: str
) -> None:
    (record,) = records_of(tmp_path, fmt, INVITATIONS[lang])
    assert record.record_type == "unknown"
    assert record.missing_required == ()
