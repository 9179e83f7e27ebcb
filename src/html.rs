//! HTML pages to article text: the readable blocks of the page (headings, paragraphs, list
//! items, quotes, captions) one per line, without scripts, styles, navigation or footers;
//! `<title>`, `<html lang>` and the publication time as metadata.

use scraper::{ElementRef, Html, Selector};

#[derive(Debug, Default)]
pub struct Page {
    pub text: String,
    pub title: Option<String>,
    pub lang: Option<String>,
    /// `YYYY-MM-DD` from `article:published_time`, `<time datetime>` or similar.
    pub published: Option<String>,
}

const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "nav", "footer", "header", "aside", "form", "iframe", "svg", "template", "button",
];
const BLOCKS: &[&str] = &[
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "blockquote",
    "figcaption",
    "pre",
    "td",
    "dd",
    "dt",
];

pub fn parse(html: &str) -> Page {
    let doc = Html::parse_document(html);
    let select = |s: &str| Selector::parse(s).expect("static selector");
    let title = doc
        .select(&select("title"))
        .next()
        .map(|t| collapse(&t.text().collect::<String>()))
        .filter(|t| !t.is_empty());
    let lang = doc
        .select(&select("html"))
        .next()
        .and_then(|h| h.value().attr("lang"))
        .map(|l| l.split(['-', '_']).next().unwrap_or(l).to_lowercase());
    let published = [
        "meta[property='article:published_time']",
        "meta[name='pubdate']",
        "meta[name='date']",
        "meta[itemprop='datePublished']",
        "time[datetime]",
    ]
    .iter()
    .find_map(|s| {
        let e = doc.select(&select(s)).next()?;
        let v = e.value().attr("content").or_else(|| e.value().attr("datetime"))?;
        let day = v.get(..10)?;
        crate::dates::PartialDate::parse_iso(day).map(|_| day.to_string())
    });
    // The article element when the page has one, else the body.
    let root = doc
        .select(&select("article"))
        .next()
        .or_else(|| doc.select(&select("body")).next());
    let mut lines = Vec::new();
    if let Some(root) = root {
        collect_blocks(root, &mut lines);
    }
    let mut text = String::new();
    if let Some(t) = &title {
        if !lines.first().is_some_and(|l| l == t) {
            text.push_str(t);
            text.push_str("\n\n");
        }
    }
    text.push_str(&lines.join("\n\n"));
    Page {
        text,
        title,
        lang,
        published,
    }
}

fn collect_blocks(element: ElementRef, lines: &mut Vec<String>) {
    for child in element.children() {
        let Some(e) = ElementRef::wrap(child) else { continue };
        let name = e.value().name();
        if SKIPPED.contains(&name) {
            continue;
        }
        if BLOCKS.contains(&name) && !has_block_child(e) {
            let line = collapse(&visible_text(e));
            if !line.is_empty() {
                lines.push(line);
            }
        } else {
            collect_blocks(e, lines);
        }
    }
}

fn has_block_child(e: ElementRef) -> bool {
    e.children()
        .filter_map(ElementRef::wrap)
        .any(|c| BLOCKS.contains(&c.value().name()) || has_block_child(c))
}

fn visible_text(e: ElementRef) -> String {
    let mut s = String::new();
    for node in e.children() {
        if let Some(t) = node.value().as_text() {
            s.push_str(t);
        } else if let Some(c) = ElementRef::wrap(node) {
            if !SKIPPED.contains(&c.value().name()) {
                s.push_str(&visible_text(c));
            }
        }
    }
    s
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn article_text_and_metadata() {
        let page = parse(
            r#"<html lang="en-GB"><head><title>Talks in January</title>
            <meta property="article:published_time" content="2021-12-29T10:00:00Z">
            <script>var x = "<p>no</p>";</script></head>
            <body><nav><p>Home | World</p></nav><article><h1>Talks in January</h1>
            <p>Russian Foreign Minister <b>Sergey Lavrov</b> said on Monday.</p>
            <footer><p>Copyright</p></footer></article></body></html>"#,
        );
        assert_eq!(page.lang.as_deref(), Some("en"));
        assert_eq!(page.published.as_deref(), Some("2021-12-29"));
        assert_eq!(
            page.text,
            "Talks in January\n\nRussian Foreign Minister Sergey Lavrov said on Monday."
        );
    }
}
