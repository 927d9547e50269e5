"""The page in a real browser: headless Chromium (Debian's ``chromium``, which ``.ci/run`` installs) renders it;
the text after its script ran and the screenshot's colours say the claims are shown, marked and shaded."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

import factcheck
from factcheck.page import COLOURS, render_html

pytestmark = pytest.mark.slow

TEXT = ("Banjir di Demak, Selasa (9/1/2024), menewaskan 15 orang dan merendam 300 rumah.\n"
        '"Kami masih mencari 4 orang lagi," kata Kepala BPBD Demak Budi Santoso. <b>Bukan tag</b>')
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _browser() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        if os.environ.get("FACTCHECK_REQUIRE_BROWSER"):
            pytest.fail("chromium is not installed (.ci/run installs Debian's chromium)")
        pytest.skip("chromium is not installed")
    return found


def _pixels(png: bytes) -> list[tuple[int, int, int]]:
    """The RGB pixels of an 8-bit RGB or RGBA, non-interlaced PNG (what Chromium writes)."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width = 8, b"", 0
    height = channels = 0
    while pos < len(png):
        size, kind = struct.unpack(">I4s", png[pos:pos + 8])
        body = png[pos + 8:pos + 8 + size]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and colour in (2, 6)
            channels = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + size
    raw = zlib.decompress(idat)
    stride = width * channels
    rows: list[bytearray] = []
    previous = bytearray(stride)
    for y in range(height):
        line = raw[y * (stride + 1):(y + 1) * (stride + 1)]
        kind, row = line[0], bytearray(line[1:])
        for x in range(stride):
            left = row[x - channels] if x >= channels else 0
            up, corner = previous[x], previous[x - channels] if x >= channels else 0
            if kind == 1:
                row[x] = (row[x] + left) & 255
            elif kind == 2:
                row[x] = (row[x] + up) & 255
            elif kind == 3:
                row[x] = (row[x] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                row[x] = (row[x] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 255
        rows.append(row)
        previous = row
    return [(r[x], r[x + 1], r[x + 2]) for r in rows for x in range(0, stride, channels)]


def test_chromium_renders_the_marked_article(tmp_path: Path) -> None:
    browser = _browser()
    claims = factcheck.extract_claims(TEXT, lang="id")
    page = tmp_path / "page.html"
    page.write_text(render_html(TEXT, claims, factcheck.score_sentences(TEXT, "id")), encoding="utf-8")
    profile = ["--user-data-dir=" + str(tmp_path / "profile")]
    dom = subprocess.run([browser, *FLAGS, *profile, "--dump-dom", page.as_uri()], capture_output=True,
                         text=True, timeout=120, check=True).stdout
    assert "<b>Bukan tag</b>" not in dom and "&lt;b&gt;Bukan tag&lt;/b&gt;" in dom
    assert 'id="shown">0.35<' in dom  # the threshold control's script ran
    assert dom.count('class="sentence worth"') >= 1
    shot = tmp_path / "page.png"
    subprocess.run([browser, *FLAGS, *profile, f"--screenshot={shot}", "--window-size=1000,700", page.as_uri()],
                   capture_output=True, timeout=120, check=True)
    colours = set(_pixels(shot.read_bytes()))
    for kind in ("quantity", "date", "quote"):
        hex_colour = COLOURS[kind].lstrip("#")
        rgb = tuple(int(hex_colour[i:i + 2], 16) for i in (0, 2, 4))
        assert any(all(abs(a - b) <= 6 for a, b in zip(rgb, seen, strict=True)) for seen in colours), kind
