"""Extractive digests: short text whole, long text cut to its key sentences in order."""

from __future__ import annotations

import pytest

from pipeline.write.condense import LONG_NARRATIVE_WORDS, MAX_KEPT_WORDS, digest, word_count

FILLER_EN = "The weather was grey that morning."
CORE_EN = "The client and the worker agreed on the school plan for the client."


def test_short_text_is_shown_whole_line_by_line() -> None:
    shown = digest("Klien datang.\n\n  Ibu klien menunggu di luar.  ", "id")
    assert shown.paragraphs == ("Klien datang.", "Ibu klien menunggu di luar.")
    assert not shown.condensed


def test_long_text_keeps_central_sentences_in_original_order() -> None:
    text = " ".join([CORE_EN, FILLER_EN] * 12)
    assert word_count(text) > LONG_NARRATIVE_WORDS
    shown = digest(text, "en")
    assert shown.condensed
    assert shown.sentences_total == 24
    kept = " ".join(shown.paragraphs)
    assert FILLER_EN not in kept  # it shares no word with the rest
    assert kept.startswith(CORE_EN)
    assert word_count(kept) <= MAX_KEPT_WORDS + word_count(CORE_EN)


def test_full_text_skips_condensing() -> None:
    text = " ".join([CORE_EN, FILLER_EN] * 12)
    assert digest(text, "en", full_text=True).paragraphs == (text,)


@pytest.mark.parametrize(
    "abbreviation",
    ["tgl. 5 Maret 2024", "Ny. Sri Wahyuni", "Bpk. Ahmad", "Dr. Hasan", "Jl. Merdeka No. 5"],
)
def test_abbreviations_do_not_end_a_sentence(abbreviation: str) -> None:
    sentence = (
        f"Klien bertemu dengan pekerja sosial dan keluarga klien, {abbreviation}, di rumah klien."
    )
    filler = "Hujan turun sejak pagi hari itu."
    text = "\n".join([sentence, filler] * 8)
    shown = digest(text, "id")
    assert shown.condensed
    assert sentence in shown.paragraphs


def test_stage_direction_in_brackets_stays_with_its_turn() -> None:
    turn = "Klien: Pasti mau dimarahi soal sekolah kan, Pak? (klien menunduk lama)"
    filler = "Hujan turun sejak pagi hari itu."
    shown = digest("\n".join([turn, filler] * 10), "id")
    assert shown.condensed
    assert turn in shown.paragraphs
    assert all(p.count("(") == p.count(")") for p in shown.paragraphs)


def test_kept_sentence_keeps_its_speaker() -> None:
    lines = [
        "Klien: Cuaca mendung sekali. Ibu saya bekerja di luar negeri dan ibu jarang menelepon.",
        "Pekerja Sosial: Sejak kapan ibu bekerja di luar negeri?",
        "Klien: Ibu bekerja di luar negeri sejak dua tahun lalu.",
        "Pekerja Sosial: Kucing tetangga berlari melewati halaman rumah kosong.",
        "Klien: Warung kopi dekat terminal buka sampai larut malam.",
        "Pekerja Sosial: Jalan raya menuju pasar baru diaspal minggu kemarin.",
        "Klien: Pohon mangga berbuah lebat menjelang musim kemarau panjang.",
        "Pekerja Sosial: Lampu kamar mandi asrama putus sejak Selasa pagi.",
        "Klien: Sepeda motor paman mogok berkali-kali di tanjakan curam.",
        "Pekerja Sosial: Kantor kelurahan libur karena peringatan hari besar nasional.",
        "Klien: Tetangga sebelah memelihara ayam kampung dan bebek peking.",
        "Pekerja Sosial: Angkot jurusan stasiun jarang lewat setelah magrib tiba.",
        "Klien: Lapangan voli kampung ramai dipakai remaja setiap sore.",
        "Pekerja Sosial: Spanduk lomba tujuh belasan dipasang di gerbang gang.",
        "Klien: Sumur tua belakang musala sudah lama kering kerontang.",
        "Pekerja Sosial: Toko bangunan depan gapura menjual semen murah.",
        "Klien: Anjing penjaga gudang beras menggonggong tiap tengah malam.",
        "Pekerja Sosial: Genteng dapur bocor ketika angin kencang bertiup.",
    ]
    assert word_count("\n".join(lines)) > LONG_NARRATIVE_WORDS
    shown = digest("\n".join(lines), "id")
    assert shown.condensed
    assert "Cuaca mendung sekali." not in " ".join(shown.paragraphs)
    assert "Klien: Ibu saya bekerja di luar negeri dan ibu jarang menelepon." in shown.paragraphs
