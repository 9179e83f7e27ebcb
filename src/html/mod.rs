//! HTML pages to an article: its text (the headline, then the story's blocks one per
//! paragraph) and the metadata the page carries (headline, publication day, authors,
//! publisher, language).
//!
//! The text is what extraction reads, so it holds the story only: the main content as
//! `content` finds it, without the headline repeated as the first paragraph and without the
//! byline ("By Jane Doe"), which names the authors, not people of the story: it becomes an
//! author instead.

pub mod content;
pub mod metadata;
pub mod pageset;

pub use metadata::PageMeta;
use scraper::Html;

/// A page read: the article's text and its metadata.
#[derive(Debug, Default)]
pub struct Page {
    /// The headline, a blank line, then the story's blocks separated by blank lines.
    pub text: String,
    pub meta: PageMeta,
}

/// The lower-cased words of a text, in order: what is compared when texts are compared.
pub fn words_of(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Two names or headlines are the same when their words are: case, quotes, dashes and
/// spacing aside.
pub fn same_words(a: &str, b: &str) -> bool {
    words_of(a) == words_of(b)
}

/// Runs of whitespace (newlines, tabs, no-break spaces) as one space, ends trimmed.
pub(crate) fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

pub fn parse(html: &str) -> Page {
    let doc = Html::parse_document(html);
    let mut meta = metadata::read(&doc);
    let content = content::main_content(html, &doc);
    let headline = meta.headline.clone();
    let mut bylines = Vec::new();
    let body: Vec<String> = content
        .blocks
        .into_iter()
        .filter(|block| !headline.as_deref().is_some_and(|h| same_words(h, block)))
        .filter(|block| match crate::byline::byline_names(block) {
            Some(names) => {
                bylines.extend(names);
                false
            }
            None => true,
        })
        .collect();
    if meta.authors.is_empty() {
        let site_names: Vec<String> = meta.publisher.iter().cloned().collect();
        let from_readability = content
            .byline
            .as_deref()
            .map(|b| crate::byline::byline_names(b).unwrap_or_else(|| vec![b.to_string()]))
            .unwrap_or_default();
        meta.authors = metadata::persons_only(bylines.into_iter().chain(from_readability).collect(), &site_names);
    }
    // Without a headline in the metadata the page's first block heads the text, as in a
    // plain-text article.
    let mut text = String::new();
    if let Some(h) = &headline {
        text.push_str(h);
        text.push_str("\n\n");
    }
    text.push_str(&body.join("\n\n"));
    Page { text, meta }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn article_text_and_metadata() {
        let page = parse(
            r#"<html lang="en-GB"><head><title>Talks in January | The Daily Ledger</title>
            <meta property="og:site_name" content="The Daily Ledger">
            <meta property="article:published_time" content="2021-12-29T10:00:00Z">
            <script>var x = "<p>no</p>";</script></head>
            <body><nav><p>Home | World</p></nav><article><h1>Talks in January</h1>
            <p class="byline">By Jane Doe</p>
            <p>Russian Foreign Minister <b>Sergey Lavrov</b> said on Monday that the talks would
            begin in January and that Russia expected concrete results from them.</p>
            <p>The talks will be held in Geneva, the minister told reporters in Moscow.</p>
            <footer><p>Copyright</p></footer></article></body></html>"#,
        );
        assert_eq!(page.meta.lang.as_deref(), Some("en"));
        assert_eq!(page.meta.published.as_deref(), Some("2021-12-29"));
        assert_eq!(page.meta.headline.as_deref(), Some("Talks in January"));
        assert_eq!(page.meta.authors, vec!["Jane Doe".to_string()]);
        assert_eq!(page.meta.publisher.as_deref(), Some("The Daily Ledger"));
        assert_eq!(
            page.text,
            "Talks in January\n\nRussian Foreign Minister Sergey Lavrov said on Monday that the talks would \
             begin in January and that Russia expected concrete results from them.\n\nThe talks will be held \
             in Geneva, the minister told reporters in Moscow."
        );
    }
}
