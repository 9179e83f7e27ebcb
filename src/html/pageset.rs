//! Saved news pages with the article text and metadata a reader finds on them
//! (`tests/pages/NAME/{source.html,expected.txt,expected.json}`), and the token-overlap
//! scores that compare an extractor's output with them. Shared by `tests/html_pages.rs` and
//! `tools/extractor-eval`, so the floor in the test and the table in the README measure the
//! same thing.

use super::{same_words, words_of};
use std::collections::HashMap;
use std::path::Path;

/// One saved page and what a careful reader takes from it.
#[derive(Debug, Clone)]
pub struct SavedPage {
    pub name: String,
    pub html: String,
    /// The headline, then the body paragraphs, blank lines between.
    pub expected_text: String,
    pub expected: ExpectedMeta,
}

/// The page's metadata as read from the page; lists hold every acceptable form.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct ExpectedMeta {
    pub address: String,
    pub lang: String,
    pub headline: Vec<String>,
    /// `YYYY-MM-DD`.
    pub published: String,
    /// Persons only; an agency or "Our Foreign Staff" is no author.
    pub authors: Vec<String>,
    pub publisher: Vec<String>,
    /// Added after newsgraph's reader was tuned, to see how it does on pages it was not
    /// tuned on.
    #[serde(default)]
    pub held_out: bool,
}

impl SavedPage {
    /// The expected body: the expected text without its first line, the headline.
    pub fn expected_body(&self) -> &str {
        self.expected_text.split_once("\n\n").map_or("", |(_, body)| body)
    }
}

/// Every page under `dir`, in name order.
pub fn load(dir: &Path) -> std::io::Result<Vec<SavedPage>> {
    let mut names: Vec<_> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok())
        .filter(|e| e.path().join("source.html").is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|name| {
            let at = dir.join(&name);
            let expected = std::fs::read_to_string(at.join("expected.json"))?;
            let expected: ExpectedMeta = serde_json::from_str(&expected)
                .map_err(|e| std::io::Error::other(format!("{}: {e}", at.join("expected.json").display())))?;
            Ok(SavedPage {
                html: String::from_utf8_lossy(&std::fs::read(at.join("source.html"))?).into_owned(),
                expected_text: std::fs::read_to_string(at.join("expected.txt"))?,
                expected,
                name,
            })
        })
        .collect()
}

/// Precision, recall and F1 of words (a bag: each word counted as often as it occurs).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Overlap {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

/// Lower-cased words (letters and digits), so punctuation and spacing never count.
fn words(text: &str) -> HashMap<String, usize> {
    let mut bag = HashMap::new();
    for w in words_of(text) {
        *bag.entry(w).or_insert(0) += 1;
    }
    bag
}

/// How much of `expected` the `got` text holds (recall) and how much of `got` is expected
/// (precision), word by word.
pub fn overlap(expected: &str, got: &str) -> Overlap {
    let (e, g) = (words(expected), words(got));
    let common: usize = e.iter().map(|(w, n)| (*n).min(*g.get(w).unwrap_or(&0))).sum();
    let (ne, ng): (usize, usize) = (e.values().sum(), g.values().sum());
    let precision = if ng == 0 { 0.0 } else { common as f64 / ng as f64 };
    let recall = if ne == 0 { 0.0 } else { common as f64 / ne as f64 };
    let f1 = if precision + recall == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    };
    Overlap { precision, recall, f1 }
}

/// What an extractor found on a page, for scoring.
#[derive(Debug, Clone, Default)]
pub struct FoundMeta {
    pub headline: Option<String>,
    pub published: Option<String>,
    pub authors: Vec<String>,
    pub publisher: Option<String>,
}

/// The four metadata fields right (1.0 each) or wrong (0.0): headline, date (the day), the
/// authors (the same set of persons) and publisher.
pub fn metadata_hits(expected: &ExpectedMeta, found: &FoundMeta) -> [bool; 4] {
    let headline = found
        .headline
        .as_deref()
        .is_some_and(|h| expected.headline.iter().any(|e| same_words(e, h)));
    let published = found.published.as_deref().and_then(|d| d.get(..10)) == Some(expected.published.as_str());
    let authors = found.authors.len() == expected.authors.len()
        && expected
            .authors
            .iter()
            .all(|e| found.authors.iter().any(|f| same_words(e, f)));
    let publisher = found
        .publisher
        .as_deref()
        .is_some_and(|p| expected.publisher.iter().any(|e| same_words(e, p)));
    [headline, published, authors, publisher]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlap_counts_words_as_a_bag() {
        let o = overlap("The cat sat on the mat.", "the cat, the cat sat");
        // common: the×2, cat, sat = 4; got has 5 words, expected 6.
        assert!((o.precision - 0.8).abs() < 1e-9);
        assert!((o.recall - 4.0 / 6.0).abs() < 1e-9);
        assert_eq!(overlap("a b", "").f1, 0.0);
        assert!(same_words(
            "'What is the sea telling us?'",
            "“What is the sea telling us”"
        ));
        assert!(!same_words("Jane Doe", "Jane Do"));
    }
}
