#!/usr/bin/env python3
"""Convert an OpenType/CFF font (``.otf``) to TrueType outlines (``.ttf``).

Why: reportlab's ``TTFont`` only accepts TrueType (``glyf``) outlines, while
Noto Sans SC is published with CFF (PostScript) outlines.  One converted file
then serves both the Qt UI and reportlab PDFs.

Usage::

    python installer/tools/otf_to_ttf.py IN.otf OUT.ttf [--max-err 1.0] [--post-format 2]

What it does (after fontTools' ``Snippets/otf2ttf.py``):

* every glyph's cubic curves are approximated by quadratic ones
  (``Cu2QuPen``, max error ``--max-err`` font units, default 1.0; contour
  direction reversed to TrueType's clockwise convention) and drawn into a
  ``TTGlyphPen``; the results form new ``glyf``/``loca`` tables;
* ``CFF `` and the CFF-only ``VORG`` table are dropped, as is ``DSIG`` (its
  signature no longer matches);
* ``maxp`` becomes version 1.0, ``post`` format 2 (glyph names kept),
  ``head.glyphDataFormat`` 0;
* ``hmtx`` left side bearings are set to each glyph's new ``xMin``; ``vmtx``
  top side bearings are recomputed from the old ``VORG`` vertical origins and
  each glyph's new ``yMax``, so vertical layout keeps the same origins;
* a ``gasp`` table asking for smoothing at all sizes is added (the outlines
  carry no hinting instructions);
* every other table (``name``, ``OS/2``, ``cmap``, ``GSUB``, ``GPOS``, ...) is
  kept unchanged; ``head.modified`` is kept so the output is reproducible.

Only fontTools is needed (``pip install fonttools``).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable

MAX_ERR = 1.0  # font units (UPEM 1000 for Noto CJK)
POST_FORMAT = 2.0
# CFF contours run counter-clockwise; TrueType expects clockwise.
REVERSE_DIRECTION = True


def glyphs_to_quadratic(
    glyph_set, max_err: float = MAX_ERR, reverse_direction: bool = REVERSE_DIRECTION
) -> dict:
    """Return ``{glyph name: TrueType Glyph}`` for every glyph in ``glyph_set``."""
    quad_glyphs = {}
    for name in glyph_set:
        tt_pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(tt_pen, max_err, reverse_direction=reverse_direction))
        quad_glyphs[name] = tt_pen.glyph()
    return quad_glyphs


def otf_to_ttf(font: TTFont, max_err: float = MAX_ERR, post_format: float = POST_FORMAT) -> None:
    """Convert ``font`` (CFF-flavoured, loaded with fontTools) in place."""
    if font.sfntVersion != "OTTO" or "CFF " not in font:
        raise ValueError("input is not an OpenType font with a 'CFF ' table")

    glyph_order = font.getGlyphOrder()

    # Vertical origins before CFF/VORG go away (needed to fix vmtx below).
    vorg = font.get("VORG")
    vert_origin = dict(vorg.VOriginRecords) if vorg is not None else {}

    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = glyphs_to_quadratic(font.getGlyphSet(), max_err)
    for tag in ("CFF ", "VORG", "DSIG"):
        if tag in font:
            del font[tag]

    for glyph in glyf.glyphs.values():
        glyph.recalcBounds(glyf)  # TTGlyphPen leaves xMin/yMin/xMax/yMax unset

    # Side bearings must match the new TrueType bounding boxes.
    hmtx = font["hmtx"]
    for name, glyph in glyf.glyphs.items():
        if glyph.numberOfContours:  # skip empty glyphs
            advance, _ = hmtx[name]
            hmtx[name] = (advance, glyph.xMin)

    if "vmtx" in font:
        vmtx = font["vmtx"]
        # Without VORG the CFF default vertical origin is the ascender.
        default_origin = vorg.defaultVertOriginY if vorg is not None else font["OS/2"].sTypoAscender
        for name, glyph in glyf.glyphs.items():
            if glyph.numberOfContours:
                advance, _ = vmtx[name]
                origin = vert_origin.get(name, default_origin)
                vmtx[name] = (advance, origin - glyph.yMax)

    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    maxp.maxZones = 1
    maxp.maxTwilightPoints = 0
    maxp.maxStorage = 0
    maxp.maxFunctionDefs = 0
    maxp.maxInstructionDefs = 0
    maxp.maxStackElements = 0
    maxp.maxSizeOfInstructions = 0
    maxp.maxComponentElements = max(
        (len(g.components) for g in glyf.glyphs.values() if getattr(g, "components", None)), default=0
    )
    # maxPoints/maxContours/... are recalculated by fontTools on save.

    post = font["post"]
    post.formatType = post_format
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = glyph_order

    font["head"].glyphDataFormat = 0

    gasp = font["gasp"] = newTable("gasp")
    # 0x000F: gridfit + grayscale + symmetric gridfit + symmetric smoothing.
    gasp.gaspRange = {0xFFFF: 0x000F}

    font.sfntVersion = "\x00\x01\x00\x00"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", type=Path, help="input .otf (CFF outlines)")
    parser.add_argument("output", type=Path, help="output .ttf (TrueType outlines)")
    parser.add_argument(
        "--max-err",
        type=float,
        default=MAX_ERR,
        help=f"max curve approximation error in font units (default {MAX_ERR})",
    )
    parser.add_argument(
        "--post-format",
        type=float,
        default=POST_FORMAT,
        choices=(2.0, 3.0),
        help="'post' table format: 2 keeps glyph names, 3 drops them (smaller file); default 2",
    )
    args = parser.parse_args(argv)

    start = time.perf_counter()
    # recalcTimestamp=False keeps head.modified, so reruns are byte-identical.
    font = TTFont(args.input, recalcTimestamp=False)
    otf_to_ttf(font, max_err=args.max_err, post_format=args.post_format)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    font.save(args.output)
    print(
        f"{args.input} -> {args.output}: {args.output.stat().st_size:,} bytes, "
        f"{len(font.getGlyphOrder())} glyphs, {time.perf_counter() - start:.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
