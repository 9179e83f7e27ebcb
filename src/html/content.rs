//! The article's own text blocks. The main content is found by `dom_smoothie` (a maintained
//! port of Mozilla's Readability, chosen by measuring it against `rs-trafilatura`,
//! `trafilatura` and newsgraph's former reader on saved pages: README "Real web pages"); its
//! result is then cut into one line per block (paragraph, heading, list item, quote) with
//! figures and their captions left out, since a caption describes a picture, not the story.
//! A page Readability finds nothing readable in falls back to every block of the page's
//! `<article>` or `<body>`.

use super::collapse;
use scraper::{ElementRef, Html, Selector};

/// Elements whose text is never article text.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "nav", "footer", "header", "aside", "form", "iframe", "svg", "template", "button",
    "figure", "figcaption", "picture",
];
/// Elements that make one line of text each.
const BLOCKS: &[&str] = &["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td", "dd", "dt"];

/// What the main-content extractor found: the text blocks and the byline it saw, if any.
#[derive(Debug, Default)]
pub struct MainContent {
    pub blocks: Vec<String>,
    pub byline: Option<String>,
}

pub fn main_content(html: &str, doc: &Html) -> MainContent {
    let config = dom_smoothie::Config {
        max_elements_to_parse: 200_000,
        ..Default::default()
    };
    let article = dom_smoothie::Readability::new(html, None, Some(config)).and_then(|mut r| r.parse());
    if let Ok(article) = article {
        let blocks = blocks_of(Html::parse_fragment(&article.content).root_element());
        if !blocks.is_empty() {
            return MainContent {
                blocks,
                byline: article.byline,
            };
        }
    }
    let root = ["article", "body"]
        .iter()
        .find_map(|css| doc.select(&Selector::parse(css).expect("static selector")).next());
    MainContent {
        blocks: root.map(blocks_of).unwrap_or_default(),
        byline: None,
    }
}

fn blocks_of(root: ElementRef) -> Vec<String> {
    let mut lines = Vec::new();
    collect_blocks(root, &mut lines);
    lines
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
            let name = c.value().name();
            if !SKIPPED.contains(&name) {
                // A line break inside a block separates words.
                if name == "br" {
                    s.push(' ');
                }
                s.push_str(&visible_text(c));
            }
        }
    }
    s
}


#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_without_figures_and_navigation() {
        let html = r#"<html><body><nav><p>Home | World</p></nav><article><h1>Talks</h1>
            <figure><img src="a.jpg"><figcaption>The minister in Geneva</figcaption></figure>
            <p>Russian Foreign Minister <b>Sergey Lavrov</b> said on Monday.<br>Next line.</p>
            <footer><p>Copyright</p></footer></article></body></html>"#;
        let doc = Html::parse_document(html);
        let root = doc.select(&Selector::parse("article").unwrap()).next().unwrap();
        assert_eq!(
            blocks_of(root),
            ["Talks", "Russian Foreign Minister Sergey Lavrov said on Monday. Next line."]
        );
    }
}
