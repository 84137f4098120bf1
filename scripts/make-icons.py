#!/usr/bin/env python3
"""Draws the PNG app icons in assets/icons/ from the design of assets/icon.svg.

    python3 scripts/make-icons.py

Needs Pillow 9.1 or later (Debian: python3-pil). The output is committed; run this again only when the
design changes, and keep the shapes below equal to assets/icon.svg (a 64 x 64 view box):

    <rect width="64" height="64" rx="14" fill="#0b5f73"/>
    <path d="M32 10 52 25 44 50H20L12 25Z" fill="none" stroke="#bfe3ea" stroke-width="2"/>
    <path d="M32 18 45 28 40 44H26L20 28Z" fill="#ffffff" fill-opacity=".85"/>

Icons:
- icon-192.png, icon-512.png: purpose "any", rounded corners on a transparent background, as the SVG;
- icon-maskable-512.png: purpose "maskable", the background fills the square; everything drawn lies
  within 36% of the size from the centre, inside the 40% safe zone platforms keep when they mask;
- apple-touch-icon.png (180 x 180): full square too, iOS rounds the corners itself.
"""
from pathlib import Path

from PIL import Image, ImageDraw

BACKGROUND = (0x0B, 0x5F, 0x73)
STROKE = (0xBF, 0xE3, 0xEA)
INNER = (0xFF, 0xFF, 0xFF)
INNER_OPACITY = 0.85
CORNER_RADIUS = 14
OUTER = [(32, 10), (52, 25), (44, 50), (20, 50), (12, 25)]
OUTER_STROKE_WIDTH = 2
INNER_SHAPE = [(32, 18), (45, 28), (40, 44), (26, 44), (20, 28)]

SUPERSAMPLE = 8
OUT = Path(__file__).resolve().parent.parent / "assets" / "icons"


def offset(points, distance):
    """The convex polygon `points` moved outwards (distance > 0) or inwards by `distance`,
    with mitred corners, as SVG draws a stroke (the corners here are far below the miter limit)."""
    n = len(points)
    # Signed area tells the winding; the outward normal of edge (a, b) depends on it.
    area = sum(points[i][0] * points[(i + 1) % n][1] - points[(i + 1) % n][0] * points[i][1] for i in range(n))
    sign = 1 if area > 0 else -1
    lines = []
    for i in range(n):
        (ax, ay), (bx, by) = points[i], points[(i + 1) % n]
        dx, dy = bx - ax, by - ay
        length = (dx * dx + dy * dy) ** 0.5
        nx, ny = sign * dy / length, -sign * dx / length
        lines.append(((ax + nx * distance, ay + ny * distance), (dx, dy)))
    result = []
    for i in range(n):
        (p, d), (q, e) = lines[i - 1], lines[i]
        # Intersection of p + t d and q + s e.
        denominator = d[0] * e[1] - d[1] * e[0]
        t = ((q[0] - p[0]) * e[1] - (q[1] - p[1]) * e[0]) / denominator
        result.append((p[0] + t * d[0], p[1] + t * d[1]))
    return result


def draw(size, full_bleed):
    big = size * SUPERSAMPLE
    scale = big / 64

    def px(points):
        return [(x * scale, y * scale) for x, y in points]

    # Transparent pixels carry the background colour so that downscaling never darkens the edge.
    image = Image.new("RGBA", (big, big), BACKGROUND + (0,))
    canvas = ImageDraw.Draw(image)
    if full_bleed:
        canvas.rectangle([0, 0, big, big], fill=BACKGROUND + (255,))
    else:
        canvas.rounded_rectangle([0, 0, big - 1, big - 1], radius=CORNER_RADIUS * scale, fill=BACKGROUND + (255,))
    half = OUTER_STROKE_WIDTH / 2
    canvas.polygon(px(offset(OUTER, half)), fill=STROKE + (255,))
    canvas.polygon(px(offset(OUTER, -half)), fill=BACKGROUND + (255,))
    inner = tuple(round(INNER_OPACITY * c + (1 - INNER_OPACITY) * b) for c, b in zip(INNER, BACKGROUND))
    canvas.polygon(px(INNER_SHAPE), fill=inner + (255,))
    return image.resize((size, size), Image.Resampling.LANCZOS)


ALPHA_LEVELS = 16


def pixels(image):
    # getdata() is deprecated from Pillow 12.1, which has get_flattened_data() instead.
    return list(getattr(image, "get_flattened_data", image.getdata)())


def with_palette(image):
    """The image with a palette of 256 colours: plenty for four colours and their smoothed edges,
    and a quarter of the bytes (the service worker downloads the icons on the first visit).
    Opaque pixels get the colours of a median cut, which keeps the large areas exact; the
    see-through pixels (only at the rounded corners, all of the background colour) get one of
    ALPHA_LEVELS levels of transparency."""
    alpha = image.getchannel("A")
    opaque = image.convert("RGB").quantize(colors=256 - ALPHA_LEVELS, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    palette = opaque.getpalette()[: 3 * (256 - ALPHA_LEVELS)]
    palette += list(BACKGROUND) * ALPHA_LEVELS
    transparency = [255] * (256 - ALPHA_LEVELS) + [round(255 * i / ALPHA_LEVELS) for i in range(ALPHA_LEVELS)]
    first_level = 256 - ALPHA_LEVELS
    # The nearest level, where level ALPHA_LEVELS is opaque.
    levels = [round(a * ALPHA_LEVELS / 255) for a in pixels(alpha)]
    indices = [
        index if level == ALPHA_LEVELS else first_level + level
        for index, level in zip(pixels(opaque), levels)
    ]
    result = Image.new("P", image.size)
    result.putpalette(palette)
    result.putdata(indices)
    if min(pixels(alpha)) < 255:
        result.info["transparency"] = bytes(transparency)
    return result


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for name, size, full_bleed in [
        ("icon-192.png", 192, False),
        ("icon-512.png", 512, False),
        ("icon-maskable-512.png", 512, True),
        ("apple-touch-icon.png", 180, True),
    ]:
        image = with_palette(draw(size, full_bleed))
        image.save(OUT / name, optimize=True, transparency=image.info.get("transparency"))
        print(f"{OUT / name} ({size} x {size})")


if __name__ == "__main__":
    main()
