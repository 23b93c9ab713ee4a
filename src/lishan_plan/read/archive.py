"""Archives read defensively (.docx, .xlsx): sizes checked from the directory before anything is inflated."""

from __future__ import annotations

import io
import zipfile

from ..errors import InputError

# A member of an archive may inflate to at most --max-bytes, all members together to twice that, and no
# member larger than a megabyte may inflate more than this many times its compressed size (Word's XML
# compresses about 5-20 times; a zip bomb thousands of times).
MAX_RATIO = 200
RATIO_FLOOR = 1024 * 1024


def check_archive(archive: zipfile.ZipFile, name: str, max_bytes: int) -> None:
    """Refuse a hostile archive from its directory, before anything is inflated. The sizes it declares
    bind: zipfile never reads a member past its declared size (a lie ends in a CRC error)."""
    total = 0
    for member in archive.infolist():
        size = member.file_size
        if size > max_bytes:
            raise InputError(
                f"{name}: archive member {member.filename} inflates to {size:,} bytes, over the limit of "
                f"{max_bytes:,} (raise it with --max-bytes)"
            )
        if size > RATIO_FLOOR and size > MAX_RATIO * max(member.compress_size, 1):
            raise InputError(
                f"{name}: archive member {member.filename} inflates {size // max(member.compress_size, 1):,} "
                f"times its size (over {MAX_RATIO}): refused as a zip bomb"
            )
        total += size
    if total > 2 * max_bytes:
        raise InputError(f"{name}: archive inflates to {total:,} bytes, over twice the limit of {max_bytes:,}")


def open_archive(data: bytes, name: str, max_bytes: int, kind: str) -> None:
    """Fail with one line unless `data` is a ZIP archive whose members are safe to inflate."""
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise InputError(f"{name}: not a {kind} file (not a ZIP archive)")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            check_archive(archive, name, max_bytes)
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise InputError(f"{name}: not a readable {kind} file ({type(error).__name__})") from None
