"""read(): every kind of bad input is an InputError with one line naming the file and the problem."""
from __future__ import annotations

import os
import random

import pypdf
import pytest

from minutebook.ingest.errors import InputError
from minutebook.ingest.readers import MAX_BYTES, load, read


def _error(path) -> str:
    with pytest.raises(InputError) as err:
        read(path)
    message = str(err.value)
    assert "\n" not in message and "\r" not in message
    assert message.startswith(f"{path}: ")
    assert "Traceback" not in message
    return message[len(f"{path}: "):]


def test_empty_file(tmp_path):
    path = tmp_path / "empty.pdf"
    path.write_bytes(b"")
    assert _error(path) == "file is empty"
    blank = tmp_path / "blank.txt"
    blank.write_bytes(b"  \n\n \t\n")
    assert _error(blank) == "file is empty"


def test_random_bytes_named_pdf(tmp_path):
    path = tmp_path / "minutes.pdf"
    path.write_bytes(random.Random(4).randbytes(20000))
    assert _error(path) == "not a valid PDF (damaged, or not a PDF at all)"


def test_truncated_pdf(tmp_path, minutes_pdf):
    path = tmp_path / "cut.pdf"
    path.write_bytes(minutes_pdf(pages=2).data[:2000])
    assert _error(path).startswith("not a valid PDF (")


def test_encrypted_pdf(tmp_path, minutes_pdf):
    source = tmp_path / "plain.pdf"
    source.write_bytes(minutes_pdf(pages=1).data)
    writer = pypdf.PdfWriter(clone_from=str(source))
    writer.encrypt("secret", algorithm="AES-256")
    path = tmp_path / "locked.pdf"
    with open(path, "wb") as fh:
        writer.write(fh)
    assert _error(path) == "PDF is encrypted (password protected)"


def test_pdf_without_a_text_layer(tmp_path):
    writer = pypdf.PdfWriter()
    writer.add_blank_page(595, 842)
    path = tmp_path / "scan.pdf"
    with open(path, "wb") as fh:
        writer.write(fh)
    assert _error(path) == "PDF has no text layer (scanned image?)"


def test_binary_named_txt(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_bytes(random.Random(7).randbytes(4096) + b"\x00" * 64)
    assert _error(path) == "not a text document (binary content)"
    image = tmp_path / "photo.txt"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + random.Random(8).randbytes(512))
    assert _error(image) == "this is a PNG image, not a meeting document"


def test_old_word_file(tmp_path):
    path = tmp_path / "minutes.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(2000))
    assert "save it as .docx or PDF" in _error(path)


def test_file_over_the_size_limit_is_refused_before_reading(tmp_path):
    path = tmp_path / "huge.pdf"
    with open(path, "wb") as fh:
        fh.truncate(200 * 1024 * 1024)         # sparse: costs no disk
    assert MAX_BYTES == 100 * 1024 * 1024
    assert _error(path) == "file is too large (200 MB; the limit is 100 MB)"
    with pytest.raises(InputError, match="file is too large"):
        load(path)                             # the checked read that callers use for the bytes


def test_directory(tmp_path):
    path = tmp_path / "folder.pdf"
    path.mkdir()
    assert _error(path) == "is a directory, not a file"


def test_missing_file(tmp_path):
    assert _error(tmp_path / "nowhere.pdf") == "file not found"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_permission_denied(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text("Minutes")
    path.chmod(0)
    try:
        assert _error(path) == "permission denied"
    finally:
        path.chmod(0o600)


def test_permission_denied_when_opening(tmp_path, monkeypatch):
    """The same message when the open itself is refused (as for root the mode bits above are not)."""
    import minutebook.ingest.readers as readers

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    path = tmp_path / "secret.pdf"
    path.write_bytes(b"%PDF-1.4")
    monkeypatch.setattr(readers, "open", refuse, raising=False)
    assert _error(path) == "permission denied"


def test_scanned_page_among_text_pages_is_a_warning(tmp_path):
    import io

    from PIL import Image
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 11)
    c.drawString(72, 700, "Minutes of the meeting held on 9 March 2017")
    c.showPage()
    scan = io.BytesIO()
    Image.new("L", (200, 280), 230).save(scan, format="PNG")
    c.drawImage(ImageReader(io.BytesIO(scan.getvalue())), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()
    path = tmp_path / "part-scanned.pdf"
    path.write_bytes(buf.getvalue())
    text = read(path)
    assert [ln.text for ln in text.lines if ln.text] == ["Minutes of the meeting held on 9 March 2017"]
    assert text.warnings == ["page 2: PDF has no text layer (scanned image?)"]
