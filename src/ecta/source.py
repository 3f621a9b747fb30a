"""Reading input: bytes to text and numbered lines. The only place ecta decodes bytes."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from .errors import InputError

MAX_BYTES = 64 * 1024 * 1024
"""Anything larger is not one earnings call; refuse it before reading it all."""

MAX_TEXT_BYTES = 8 * 1024 * 1024
"""The same for anything but a PDF or a Word file (whose images can weigh what they like): the longest real
transcript in any text layout is under 0.4 MB, and parsing 50 MB of text only to refuse its 100,000th word took a
minute. A Word file's text is held to it once unpacked."""

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
"""A compound file: a Word 97-2003 `.doc`, or an encrypted `.docx` (Office wraps the encrypted zip in one)."""


def size_limit(head: bytes) -> int:
    """The most bytes a document starting with `head` may have."""
    if head[:1024].lstrip().startswith(b"%PDF") or head.startswith((ZIP_MAGIC, OLE_MAGIC)):
        return MAX_BYTES
    return MAX_TEXT_BYTES

_PAGE_TAGS = (b"!doctype html", b"html", b"head", b"body", b"meta", b"title", b"main", b"article", b"section",
              b"div", b"p", b"h1", b"h2", b"h3", b"table", b"span", b"strong", b"b")
"""The tags a web page or a pasted fragment of one opens with."""

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


@dataclass
class Source:
    """One input document: its bytes, its decoded text, and its lines (1-based via `line(n)`)."""

    data: bytes
    name: str | None = None
    encoding: str | None = None
    _text: str | None = field(default=None, repr=False)
    _bold_lines: frozenset[int] = field(default=frozenset(), repr=False)
    sniffed: dict[str, float] = field(default_factory=dict, repr=False, compare=False)
    """Each format's confidence about this source, worked out once (`ecta.formats.sniff`)."""

    @classmethod
    def from_text(cls, text: str, name: str | None = None) -> Source:
        return cls(data=text.encode("utf-8"), name=name, encoding="utf-8", _text=text)

    @classmethod
    def from_path(cls, path: str | Path) -> Source:
        p = Path(path)
        if not p.exists():
            raise InputError(f"{p}: no such file. Check the path.")
        if p.is_dir():
            raise InputError(f"{p}: is a directory; give a transcript file.")
        size = p.stat().st_size
        if size > MAX_TEXT_BYTES:
            with p.open("rb") as f:
                limit = size_limit(f.read(1024))
            if size > limit:
                raise InputError(
                    f"{p}: {size / 1e6:.0f} MB is too large for one transcript "
                    f"(limit {limit // 2**20} MiB)."
                )
        try:
            data = p.read_bytes()
        except OSError as e:
            raise InputError(f"{p}: cannot read ({e.strerror}).") from None
        return cls(data=data, name=str(p))

    @property
    def label(self) -> str:
        return self.name or "<text>"

    @cached_property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()

    @property
    def is_pdf(self) -> bool:
        return self.data[:1024].lstrip().startswith(b"%PDF")

    @property
    def is_word(self) -> bool:
        """A zip or an Office compound file: read as a Word document (which names any other kind it meets)."""
        return self.data.startswith((ZIP_MAGIC, OLE_MAGIC))

    @property
    def is_web_page(self) -> bool:
        """Markup from its first tag: `<!DOCTYPE html>`, `<html>`, or a fragment opening with a block or bold tag."""
        if self.is_pdf or self.is_word:
            return False
        head = self.data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
        while head.startswith((b"<?xml", b"<!--")):
            end = head.find(b"?>" if head.startswith(b"<?") else b"-->")
            if end < 0:
                return False
            head = head[end + (2 if head.startswith(b"<?") else 3):].lstrip()
        return head.startswith(b"<") and any(
            head[1:].startswith(tag) and head[1 + len(tag):2 + len(tag)] in (b">", b" ", b"/", b"\t", b"\r", b"\n")
            for tag in _PAGE_TAGS
        )

    @property
    def text(self) -> str:
        """The decoded text; for a Word file, its body's text, one line per paragraph (`ecta.containers`)."""
        if self._text is None:
            if self.is_word:
                from .containers import docx_text  # here, as only Word files need it: start-up

                text, self._bold_lines = docx_text(self.data, self.label)
                if len(text.encode("utf-8")) > MAX_TEXT_BYTES:
                    raise InputError(f"{self.label}: the Word document holds more text than one transcript "
                                     f"(limit {MAX_TEXT_BYTES // 2**20} MiB).")
                self._text, self.encoding = text, "docx"
            else:
                self._text, self.encoding = decode(self.data, self.label)
        return self._text

    @property
    def bold_lines(self) -> frozenset[int]:
        """The lines a Word file or a web page sets in bold throughout (a name heading a turn, a section heading):
        the text shows them plain, as a text copy does, and a layout that needs to know asks here."""
        if self.is_word:
            self.text  # noqa: B018 - reading the document finds them
        return self._bold_lines

    @cached_property
    def lines(self) -> list[str]:
        """Lines without their endings; `lines[n - 1]` is line n of the file."""
        return split_lines(self.text)


def split_lines(text: str) -> list[str]:
    """Split on LF, CRLF and lone CR only.

    str.splitlines() also breaks on U+0085, U+2028 and form feeds, which editors and
    line-numbering tools do not, so line numbers would drift from the file.
    """
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def decode(data: bytes, label: str = "<bytes>") -> tuple[str, str]:
    """Decode transcript bytes: BOM, then strict UTF-8, then charset detection.

    Raises InputError for empty or binary input.
    """
    if not data.strip():
        raise InputError(f"{label}: the file is empty. Give a transcript file.")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(enc), enc
            except UnicodeDecodeError:
                break
    head = data[:8192]
    if b"\x00" in head or _control_ratio(head) > 0.1:
        raise InputError(
            f"{label}: looks like a binary file, not a transcript. "
            "Give a text, HTML, JSON, PDF or Word (.docx) transcript."
        )
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    # Transcripts that are not UTF-8 are in practice Windows-1252 or Latin-1; naming the
    # candidates keeps the detector from guessing an exotic code page on short samples.
    best = from_bytes(data, cp_isolation=["cp1252", "latin_1", "utf_16"]).best()
    if best is None:
        best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise InputError(f"{label}: cannot detect the text encoding. Convert it to UTF-8.")
    return str(best), best.encoding


def _control_ratio(chunk: bytes) -> float:
    if not chunk:
        return 0.0
    bad = sum(1 for b in chunk if b < 32 and b not in (9, 10, 12, 13))
    return bad / len(chunk)
