#!/usr/bin/env python3
"""Checks the built book (target/book, from `mdbook build book`): every page's local links
lead to a page that exists and, with a `#fragment`, to an element with that id; every image
exists and is not empty (an SVG must parse as XML); no `{{#include}}` was left unexpanded.
External links (http...) are listed, not fetched: CI has no business depending on them.

    python3 book/plots/check_links.py [target/book]
"""

import html.parser
import pathlib
import sys
import urllib.parse
import xml.dom.minidom


class Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids, self.links, self.images = set(), [], []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        if tag == "img" and a.get("src"):
            self.images.append(a["src"])


def main():
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "target/book").resolve()
    pages = {}
    for path in root.rglob("*.html"):
        if any(part in ("FontAwesome", "fonts") for part in path.parts):
            continue
        text = path.read_text(errors="replace")
        p = Page()
        p.feed(text)
        p.text = text
        pages[path] = p
    if not pages:
        sys.exit(f"no pages under {root}: build the book first (mdbook build book)")
    errors, external = [], set()
    for path, page in sorted(pages.items()):
        rel = path.relative_to(root)
        if "{{#include" in page.text:
            errors.append(f"{rel}: an unexpanded {{{{#include}}}}")
        for href in page.links:
            url = urllib.parse.urlparse(href)
            if url.scheme in ("http", "https"):
                external.add(href)
                continue
            if url.scheme or href.startswith("mailto:"):
                continue
            target = (path.parent / urllib.parse.unquote(url.path)).resolve() if url.path else path
            if target.is_dir():
                target = target / "index.html"
            if not target.exists():
                errors.append(f"{rel}: link to a missing page: {href}")
                continue
            if url.fragment and target in pages and url.fragment not in pages[target].ids:
                errors.append(f"{rel}: link to a missing anchor: {href}")
        for src in page.images:
            if urllib.parse.urlparse(src).scheme:
                external.add(src)
                continue
            img = (path.parent / urllib.parse.unquote(src)).resolve()
            if not img.exists() or img.stat().st_size == 0:
                errors.append(f"{rel}: missing image: {src}")
            elif img.suffix == ".svg":
                try:
                    xml.dom.minidom.parse(str(img))
                except Exception as e:  # noqa: BLE001 (any parse failure is the finding)
                    errors.append(f"{rel}: image {src} is not valid SVG: {e}")
    print(f"{len(pages)} pages checked, {len(external)} external links not fetched")
    if errors:
        print("\n".join(errors), file=sys.stderr)
        sys.exit(f"{len(errors)} broken links or images")


if __name__ == "__main__":
    main()
