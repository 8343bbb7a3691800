#!/usr/bin/env python3
"""Draws the book's performance figures (SVG, no dependencies) from the measured results in
book/data/*.csv, whose first line says when, where and how each was measured.

    python3 book/plots/plot.py          # rewrite book/src/figures/{cpu-times,h100-*}.svg
    python3 book/plots/plot.py --check  # fail if a figure differs from what the data gives

CI runs --check, so a figure cannot drift from its data.
"""

import csv
import math
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
FIGS = ROOT / "src" / "figures"

FONT = 'font-family="sans-serif"'
COLORS = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd"]


def read(name):
    """The data rows of a CSV and its first (comment) line."""
    lines = (DATA / name).read_text().splitlines()
    note = lines[0].lstrip("# ")
    rows = list(csv.DictReader(lines[1:]))
    return note, rows


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class Svg:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.parts = [f'<rect width="{w}" height="{h}" fill="white"/>']

    def text(self, x, y, s, size=12, anchor="start", color="black", weight="normal"):
        self.parts.append(
            f'<text x="{x:.1f}" y="{y:.1f}" {FONT} font-size="{size}" '
            f'text-anchor="{anchor}" fill="{color}" font-weight="{weight}">{esc(s)}</text>'
        )

    def line(self, x1, y1, x2, y2, color="black", width=1, dash=None):
        d = f' stroke-dasharray="{dash}"' if dash else ""
        self.parts.append(
            f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" '
            f'stroke="{color}" stroke-width="{width}"{d}/>'
        )

    def rect(self, x, y, w, h, color):
        self.parts.append(
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{h:.1f}" fill="{color}"/>'
        )

    def circle(self, x, y, r, color):
        self.parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r}" fill="{color}"/>')

    def render(self):
        body = "\n".join(self.parts)
        return (
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{self.w}" height="{self.h}" '
            f'viewBox="0 0 {self.w} {self.h}">\n{body}\n</svg>\n'
        )


def wrap(s, width):
    """`s` in lines of at most `width` characters."""
    out, line = [], ""
    for word in s.split():
        if line and len(line) + 1 + len(word) > width:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return out + [line]


def cpu_times():
    note, rows = read("cpu-2026-12-03.csv")
    series = [("cpu", "cpu device"), ("interpreter", "interpreter"),
              ("wgpu_lavapipe", "wgpu on lavapipe"), ("numpy", "NumPy")]
    left, right, top = 220, 45, 60
    group = 22 * len(series) + 16
    notes = wrap(note, 105)
    h = top + group * len(rows) + 50 + 15 * len(notes)
    s = Svg(720, h)
    s.text(360, 24, "CPU times of the benchmark kernels (log scale, lower is better)", 15,
           "middle", weight="bold")
    lo, hi = 1.0, 10000.0
    plot_w = s.w - left - right
    x = lambda ms: left + plot_w * math.log10(ms / lo) / math.log10(hi / lo)
    bottom = top + group * len(rows)
    for tick in [1, 10, 100, 1000, 10000]:
        s.line(x(tick), top - 6, x(tick), bottom, "#ddd")
        s.text(x(tick), bottom + 16, f"{tick} ms", 11, "middle")
    for i, row in enumerate(rows):
        y0 = top + i * group
        s.text(left - 8, y0 + group / 2 - 4, row["kernel"], 12, "end", weight="bold")
        s.text(left - 8, y0 + group / 2 + 10, row["size"], 11, "end", "#555")
        for j, (key, label) in enumerate(series):
            v = float(row[key])
            y = y0 + 6 + j * 22
            s.rect(left, y, x(v) - left, 18, COLORS[j])
            s.text(x(v) + 4, y + 13, f"{v:g} ms", 11)
    for j, (_, label) in enumerate(series):
        lx = left + j * 130 - 10
        s.rect(lx, 36, 12, 12, COLORS[j])
        s.text(lx + 16, 46, label, 12)
    for k, line in enumerate(notes):
        s.text(20, bottom + 40 + 15 * k, line, 11, color="#555")
    return s.render()


def h100_rows():
    note, rows = read("h100-2026-11-24.csv")
    return note, rows


def h100_of_floor():
    note, rows = h100_rows()
    left, right, top, bar = 220, 60, 50, 34
    notes = wrap(note, 105)
    h = top + bar * len(rows) + 50 + 15 * len(notes)
    s = Svg(720, h)
    s.text(360, 24, "oxtile on an H100: fraction of the floor reached (higher is better)", 15,
           "middle", weight="bold")
    plot_w = s.w - left - right
    bottom = top + bar * len(rows)
    for pct in [0, 25, 50, 75, 100]:
        px = left + plot_w * pct / 100
        s.line(px, top - 6, px, bottom, "#ddd")
        s.text(px, bottom + 16, f"{pct}%", 11, "middle")
    for i, row in enumerate(rows):
        frac = float(row["floor_us"]) / float(row["oxtile_us"])
        y = top + i * bar
        s.text(left - 8, y + 14, row["kernel"], 12, "end", weight="bold")
        s.text(left - 8, y + 27, row["size"], 11, "end", "#555")
        s.rect(left, y + 4, plot_w * min(frac, 1.0), 24, COLORS[0])
        s.text(left + plot_w * min(frac, 1.0) + 4, y + 21, f"{100 * frac:.0f}%", 11)
    for k, line in enumerate(notes):
        s.text(20, bottom + 40 + 15 * k, line, 11, color="#555")
    return s.render()


def h100_roofline():
    note, rows = h100_rows()
    bw, peak = 3001e9, 710e12  # the measured ceilings (the data's note)
    left, right, top, plot_h = 80, 40, 50, 360
    notes = wrap(note, 105)
    h = top + plot_h + 60 + 15 * len(notes)
    s = Svg(720, h)
    s.text(360, 24, "The roofline of an H100 (measured ceilings) and oxtile's kernels", 15,
           "middle", weight="bold")
    xlo, xhi, ylo, yhi = 0.01, 10000.0, 0.01, 1000.0
    plot_w = s.w - left - right
    x = lambda i: left + plot_w * math.log10(i / xlo) / math.log10(xhi / xlo)
    y = lambda t: top + plot_h - plot_h * math.log10(t / ylo) / math.log10(yhi / ylo)
    for e in range(-2, 5):
        v = 10.0 ** e
        s.line(x(v), top, x(v), top + plot_h, "#eee")
        s.text(x(v), top + plot_h + 16, f"{v:g}", 11, "middle")
    for e in range(-2, 4):
        v = 10.0 ** e
        s.line(left, y(v), left + plot_w, y(v), "#eee")
        s.text(left - 6, y(v) + 4, f"{v:g}", 11, "end")
    s.text(left + plot_w / 2, top + plot_h + 34, "arithmetic intensity (FLOP per byte moved)",
           12, "middle")
    s.parts.append(
        f'<text x="18" y="{top + plot_h / 2:.1f}" {FONT} font-size="12" text-anchor="middle" '
        f'transform="rotate(-90 18 {top + plot_h / 2:.1f})">TFLOP/s</text>'
    )
    ridge = peak / bw
    s.line(x(xlo), y(bw * xlo / 1e12), x(ridge), y(peak / 1e12), "black", 2)
    s.line(x(ridge), y(peak / 1e12), x(xhi), y(peak / 1e12), "black", 2)
    s.text(x(3), y(bw * 3 / 1e12) - 14, "memory: 3001 GB/s", 11, "end", "#333")
    s.text(x(ridge) - 6, y(peak / 1e12) + 18, "f16 tensor cores: 710 TFLOP/s", 11, "end", "#333")
    s.text(x(ridge) - 6, y(peak / 1e12) + 32, f"(ridge: {ridge:.0f} FLOP per byte)", 11, "end",
           "#333")
    # Where each label goes: right of its point, or left (anchor "end"), and how far down.
    place = {
        "vector add": ("start", 14),
        "fused softmax": ("end", -6),
        "layer norm fwd": ("start", 14),
        "matmul f16": ("end", 14),
        "matmul bf16": ("end", -8),
        "flash attention fwd": ("end", 28),
    }
    for i, row in enumerate(rows):
        inten = float(row["flops"]) / float(row["bytes"])
        achieved = float(row["flops"]) / (float(row["oxtile_us"]) * 1e-6) / 1e12
        c = COLORS[i] if i < len(COLORS) else "#8c564b"
        anchor, dy = place.get(row["kernel"], ("start", 4))
        dx = 8 if anchor == "start" else -8
        s.circle(x(inten), y(achieved), 5, c)
        s.text(x(inten) + dx, y(achieved) + dy, f"{row['kernel']} ({achieved:.2g} TFLOP/s)", 11,
               anchor, c)
    for k, line in enumerate(notes):
        s.text(20, top + plot_h + 60 + 15 * k, line, 11, color="#555")
    return s.render()


FIGURES = {
    "cpu-times.svg": cpu_times,
    "h100-of-floor.svg": h100_of_floor,
    "h100-roofline.svg": h100_roofline,
}


def main():
    check = "--check" in sys.argv[1:]
    stale = []
    for name, draw in FIGURES.items():
        path = FIGS / name
        svg = draw()
        if check:
            if not path.exists() or path.read_text() != svg:
                stale.append(name)
        else:
            path.write_text(svg)
            print(f"wrote {path.relative_to(ROOT.parent)}")
    if stale:
        sys.exit(f"figures out of date with book/data: {', '.join(stale)} "
                 "(run python3 book/plots/plot.py)")


if __name__ == "__main__":
    main()
