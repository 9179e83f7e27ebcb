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
    "script",
    "style",
    "noscript",
    "nav",
    "footer",
    "header",
    "aside",
    "form",
    "iframe",
    "svg",
    "template",
    "button",
    "figure",
    "figcaption",
    "picture",
];
/// Elements that make one line of text each.
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
    "pre",
    "td",
    "dd",
    "dt",
];

/// What the main-content extractor found: the text blocks and the byline it saw, if any.
#[derive(Debug, Default)]
pub struct MainContent {
    pub blocks: Vec<String>,
    pub byline: Option<String>,
}

/// Deeper than any real page (news pages nest a few dozen elements): Readability's scoring
/// recurses and slows with depth, so a page nested deeper goes straight to the block walk.
const MAX_READABLE_DEPTH: usize = 512;

pub fn main_content(html: &str, doc: &Html) -> MainContent {
    let config = dom_smoothie::Config {
        max_elements_to_parse: 200_000,
        ..Default::default()
    };
    let article = (depth(doc) <= MAX_READABLE_DEPTH)
        .then(|| dom_smoothie::Readability::new(html, None, Some(config)).and_then(|mut r| r.parse()));
    if let Some(Ok(article)) = article {
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

/// One line per innermost block, in document order. A block holding other blocks gives
/// only theirs (its own loose text is layout). The walk is a loop over the tree's open and
/// close edges, not a recursion, so a page nested a hundred thousand elements deep is read like
/// any other.
/// How deep the page's elements nest, counted without recursion.
fn depth(doc: &Html) -> usize {
    use ego_tree::iter::Edge;
    let (mut now, mut most) = (0usize, 0usize);
    for edge in doc.tree.root().traverse() {
        match edge {
            Edge::Open(_) => {
                now += 1;
                most = most.max(now);
            }
            Edge::Close(_) => now -= 1,
        }
    }
    most
}

fn blocks_of(root: ElementRef) -> Vec<String> {
    use ego_tree::iter::Edge;
    struct Open {
        text: String,
        holds_blocks: bool,
    }
    let mut lines = Vec::new();
    let mut open: Vec<Open> = Vec::new();
    let mut skipped_depth = 0usize;
    for edge in root.traverse() {
        match edge {
            Edge::Open(node) => {
                if let Some(e) = node.value().as_element() {
                    let name = e.name();
                    if skipped_depth > 0 || SKIPPED.contains(&name) {
                        skipped_depth += 1;
                    } else if BLOCKS.contains(&name) {
                        if let Some(parent) = open.last_mut() {
                            parent.holds_blocks = true;
                        }
                        open.push(Open {
                            text: String::new(),
                            holds_blocks: false,
                        });
                    } else if name == "br" {
                        // A line break inside a block separates words.
                        if let Some(block) = open.last_mut() {
                            block.text.push(' ');
                        }
                    }
                } else if let (Some(t), 0, Some(block)) = (node.value().as_text(), skipped_depth, open.last_mut()) {
                    block.text.push_str(t);
                }
            }
            Edge::Close(node) => {
                let Some(e) = node.value().as_element() else { continue };
                if skipped_depth > 0 {
                    skipped_depth -= 1;
                } else if BLOCKS.contains(&e.name()) {
                    let block = open.pop().expect("every block closes after it opens");
                    let line = collapse(&block.text);
                    if !block.holds_blocks && !line.is_empty() {
                        lines.push(line);
                    }
                }
            }
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_without_figures_and_navigation() {
        let html = r#"<html><body><nav><p>Home | World</p></nav><article><h1>Talks</h1>
            <figure><img src="a.jpg"><figcaption>The minister in Geneva</figcaption></figure>
            <p>Russian Foreign Minister <b>Sergey Lavrov</b> said on Monday.<br>Next line.</p>
            <ul><li>One <span>item</span><ul><li>nested</li></ul></li><li>Two</li></ul>
            <footer><p>Copyright</p></footer></article></body></html>"#;
        let doc = Html::parse_document(html);
        let root = doc.select(&Selector::parse("article").unwrap()).next().unwrap();
        assert_eq!(
            blocks_of(root),
            [
                "Talks",
                "Russian Foreign Minister Sergey Lavrov said on Monday. Next line.",
                "nested",
                "Two"
            ]
        );
    }

    #[test]
    fn deep_nesting_is_read_without_recursion() {
        let html = format!(
            "<html><body><article>{}<p>Deep text.</p>{}</article></body></html>",
            "<span>".repeat(100_000),
            "</span>".repeat(100_000)
        );
        let content = std::thread::Builder::new()
            .stack_size(256 * 1024)
            .spawn(move || {
                let doc = Html::parse_document(&html);
                let root = doc.select(&Selector::parse("article").unwrap()).next().unwrap();
                blocks_of(root)
            })
            .unwrap()
            .join()
            .unwrap();
        assert_eq!(content, ["Deep text."]);
        // The whole reader, on a thread with a small stack, as rayon's are.
        let page = std::thread::Builder::new()
            .stack_size(256 * 1024)
            .spawn(|| {
                let html = format!(
                    "<html><body>{}<p>Deep text of a hostile page.</p>{}</body></html>",
                    "<div><span>".repeat(5_000),
                    "</span></div>".repeat(5_000)
                );
                crate::html::parse(&html).text
            })
            .unwrap()
            .join()
            .unwrap();
        assert_eq!(page, "Deep text of a hostile page.");
    }
}
