"""Read: bytes to text, the first stage of the pipeline.

Plain text is decoded from UTF-8 (with or without BOM), UTF-16 with a BOM, or GB18030; other
legacy encodings (Big5) are left to charset-normalizer. Undecodable input is an `InputError` that
names the byte offset, never a guess: a mostly-UTF-8 file with one bad byte is reported, not read as
GB18030. Word and HTML inputs have readers of their own (readers/), chosen by extension.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from ..errors import InputError
from ..grammar.compiled import compile_pattern

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
BINARY_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF-", "a PDF file (read it as one: --input-format pdf, with the pdf extra)"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"\xd0\xcf\x11\xe0", "a legacy Office file (.doc/.xls; save it as .docx or text)"),
    (b"\x7fELF", "an executable"),
)


@dataclass(frozen=True)
class Decoded:
    """Text as decoded, the BOM removed, and the codec that read it."""

    text: str
    encoding: str


# 發(fā)展 · 經(jīng)開區(qū): a pinyin gloss some mirror sites print after a polyphonic character. It is
# never part of the notice (FORMATS.md §10), and it breaks labels and names mid-word (責任單(dān)位),
# so the reading stage renders the text without it, as the HTML reader renders a page without its tags.
PINYIN_GLOSS = compile_pattern(
    r"(?<=\p{Han})[(（](?=[a-zü]{0,6}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}[)）]"
)


def drop_pinyin_glosses(text: str) -> str:
    """The text without pinyin glosses after Han characters; line breaks are kept, so line numbers hold."""
    return PINYIN_GLOSS.sub("", text) if "(" in text or "（" in text else text


def strip_bom(text: str) -> str:
    return text[1:] if text.startswith("\ufeff") else text


def _utf8_error(data: bytes) -> UnicodeDecodeError | None:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        return error
    return None


def _mostly_utf8(data: bytes) -> bool:
    """Whether the bytes are UTF-8 text with a few bad bytes (rather than another encoding)."""
    decoded = data.decode("utf-8", errors="replace")
    errors = decoded.count("\ufffd")
    multibyte = sum(1 for char in decoded if ord(char) > 0x7F and char != "\ufffd")
    return multibyte >= 8 and errors * 20 <= multibyte


def _looks_like_utf16(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd > half * 0.3 and even < half * 0.05:
        return "utf-16-le"
    if even > half * 0.3 and odd < half * 0.05:
        return "utf-16-be"
    return None


def decode_with(data: bytes, encoding: str, name: str) -> Decoded:
    """Decode with a codec the user chose; a failure names the byte offset."""
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r}", usage=True) from None
    try:
        return Decoded(strip_bom(data.decode(encoding)), codecs.lookup(encoding).name)
    except UnicodeDecodeError as error:
        raise InputError(
            f"{name}: cannot decode as {encoding}: byte 0x{data[error.start]:02x} at offset {error.start}"
        ) from None


def sniff_binary(data: bytes, name: str) -> None:
    """Refuse files that are not text at all, with what they look like."""
    for signature, what in BINARY_SIGNATURES:
        if data.startswith(signature):
            raise InputError(f"{name}: not a text notice: looks like {what}")


def decode_text(data: bytes, name: str, encoding: str | None = None, max_bytes: int = 0) -> Decoded:
    """Bytes of a plain-text notice to text (`max_bytes` is checked by the caller: text does not inflate)."""
    if encoding:
        return decode_with(data, encoding, name)
    for bom, codec in BOMS:
        if data.startswith(bom):
            return decode_with(data, codec, name)
    sniff_binary(data, name)
    if utf16 := _looks_like_utf16(data):
        return decode_with(data, utf16, name)
    if b"\x00" in data[:8192]:  # valid UTF-8, but no text file of a notice holds NUL bytes
        offset = data.index(b"\x00")
        raise InputError(f"{name}: not a text notice: NUL bytes at offset {offset}")
    error = _utf8_error(data)
    if error is None:
        return Decoded(strip_bom(data.decode("utf-8")), "utf-8")
    if _mostly_utf8(data):
        raise InputError(
            f"{name}: invalid UTF-8: byte 0x{data[error.start]:02x} at offset {error.start} "
            "(use --encoding to read it with another codec)"
        )
    return _legacy_chinese(data, name, error)


def _legacy_chinese(data: bytes, name: str, utf8_error: UnicodeDecodeError) -> Decoded:
    """GB18030 (a superset of GBK and GB2312) first; Big5 and others through charset-normalizer."""
    try:
        text = data.decode("gb18030")
        if _plausible_chinese(text):
            return Decoded(strip_bom(text), "gb18030")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # only for the rare non-UTF-8, non-GB18030 file

    best = from_bytes(data, cp_isolation=["big5", "big5hkscs", "gb18030", "cp950", "euc_jp"]).best()
    if best is not None:
        return Decoded(strip_bom(str(best)), best.encoding)
    raise InputError(
        f"{name}: cannot detect the encoding (not UTF-8, UTF-16 or GB18030; first bad UTF-8 byte "
        f"0x{data[utf8_error.start]:02x} at offset {utf8_error.start}); name one with --encoding"
    )


def _plausible_chinese(text: str) -> bool:
    """Most non-ASCII characters of a GB18030 reading are common CJK ideographs or CJK punctuation."""
    wide = [char for char in text[:20000] if ord(char) > 0x7F]
    if not wide:
        return True
    common = sum(
        1
        for char in wide
        if "\u4e00" <= char <= "\u9fff"
        or "\u3000" <= char <= "\u303f"
        or "\uff00" <= char <= "\uffef"
        or char in "“”‘’—…·"
    )
    return common / len(wide) > 0.9
