//! The check every extraction fuzz target runs (`newsgraph::invariants`).

use newsgraph::document::{Document, DocumentOptions};
use newsgraph::lang::Lang;

pub fn check(lang: Lang, data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let options = DocumentOptions { lang: Some(lang), published: newsgraph::dates::PartialDate::parse_iso("2022-01-05"), ..Default::default() };
    let Ok(doc) = Document::new("fuzz.txt", text.to_string(), &options) else { return };
    if let Err(e) = newsgraph::invariants::check(&doc) {
        panic!("{e}");
    }
}
