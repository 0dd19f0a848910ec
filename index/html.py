"""HTML pages: main text and metadata through trafilatura, the field's standard extractor.

trafilatura drops navigation, footers and comment sections itself; its text still goes through
`index.clean` like every other format, for captions and promos inside the article body.
"""

from __future__ import annotations

import json


def extract_html(html: str) -> tuple[str, dict[str, object]]:
    """The article text of an HTML page (paragraphs split by blank lines) and its metadata."""
    import trafilatura

    result = trafilatura.extract(
        html,
        output_format="json",
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
        # Only dates the page states (meta tags, JSON-LD, <time>): htmldate's extensive search
        # otherwise turns a footer's "© 2024" into 2024-01-01, a date the article never had.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if not result:
        return "", {}
    data = json.loads(result)
    text = str(data.get("text") or "")
    # trafilatura puts one paragraph a line; a blank line between keeps paragraphs apart.
    text = "\n\n".join(line for line in text.split("\n") if line.strip())
    meta: dict[str, object] = {
        "title": data.get("title"),
        # trafilatura's JSON names og:site_name "source-hostname"; "hostname" is the domain.
        "outlet": data.get("sitename") or data.get("source-hostname") or data.get("hostname"),
        "published": data.get("date"),
        "url": data.get("source") or data.get("url"),
        "author": data.get("author"),
        "category": data.get("categories") or None,
    }
    return text, {k: v for k, v in meta.items() if v}
