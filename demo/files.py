"""Small real files for the demo: PDF, CSV and text documents, WebVTT captions, the video.

The video (assets/kompetansebanken-intro.webm, VP8, 320×180, 6 s, no sound) was recorded once,
offline, with Chromium's MediaRecorder from a canvas animation that shows «Velkommen til
Kompetansebanken» and «Lær av hverandre» on coloured backgrounds; the captions below follow it.
"""

from pathlib import Path

ASSETS = Path(__file__).resolve().parent / "assets"
VIDEO_FILE = ASSETS / "kompetansebanken-intro.webm"
VIDEO_SIZE = (320, 180)
VIDEO_SECONDS = 6


def pdf_bytes(title, lines):
    """A minimal one-page PDF (A4, Helvetica, WinAnsi so æ, ø and å print) with selectable text."""

    def escape(text):
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    stream_lines = [
        "BT",
        "/F1 18 Tf",
        "56 780 Td",
        f"({escape(title)}) Tj",
        "/F1 11 Tf",
        "0 -30 Td",
    ]
    for line in lines:
        stream_lines.append(f"({escape(line)}) Tj")
        stream_lines.append("0 -16 Td")
    stream_lines.append("ET")
    stream = "\n".join(stream_lines).encode("cp1252")

    objects = [
        b"<< /Type /Catalog /Pages 2 0 R /Lang (nb) >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Title (" + escape(title).encode("cp1252") + b") >>",
    ]
    output = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(output))
        output += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(output)
    output += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        output += b"%010d 00000 n \n" % offset
    output += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(output)


def csv_bytes(rows):
    """Semicolon-separated, UTF-8 with BOM, as Norwegian spreadsheet users expect."""
    text = "\r\n".join(";".join(cell.replace(";", ",") for cell in row) for row in rows)
    return ("\ufeff" + text + "\r\n").encode("utf-8")


def text_bytes(title, lines):
    return (title + "\n" + "=" * len(title) + "\n\n" + "\n".join(lines) + "\n").encode("utf-8")


def document_bytes(spec):
    """The file name and bytes for a document spec from `demo.data.documents`."""
    kind = spec["kind"]
    if kind == "pdf":
        return spec["filename"], pdf_bytes(spec["title"], spec["lines"])
    if kind == "csv":
        return spec["filename"], csv_bytes(spec["rows"])
    if kind == "txt":
        return spec["filename"], text_bytes(spec["title"], spec["lines"])
    raise ValueError(f"Unknown document kind: {kind}")


CAPTIONS = {
    "nb": [
        ("00:00:00.000", "00:00:01.500", "Velkommen til Kompetansebanken."),
        ("00:00:01.500", "00:00:03.000", "Her lærer bibliotekansatte av hverandre."),
        ("00:00:03.000", "00:00:04.500", "Nettkurs, læringsressurser og tiltak fra hele landet."),
        ("00:00:04.500", "00:00:06.000", "Lær av hverandre – på bokmål og nynorsk."),
    ],
    "nn": [
        ("00:00:00.000", "00:00:01.500", "Velkomen til Kompetansebanken."),
        ("00:00:01.500", "00:00:03.000", "Her lærer bibliotektilsette av kvarandre."),
        ("00:00:03.000", "00:00:04.500", "Nettkurs, læringsressursar og tiltak frå heile landet."),
        ("00:00:04.500", "00:00:06.000", "Lær av kvarandre – på bokmål og nynorsk."),
    ],
}


def webvtt_bytes(language):
    cues = [
        f"{number}\n{start} --> {end}\n{text}\n"
        for number, (start, end, text) in enumerate(CAPTIONS[language], start=1)
    ]
    return ("WEBVTT\n\n" + "\n".join(cues)).encode("utf-8")
