//! One input through the whole pipeline: bytes -> text -> Document -> Extraction -> quads.
//! Pure per document, so documents run in parallel.

use crate::decode::decode;
use crate::document::{Document, DocumentOptions};
use crate::extract::{extract, Extraction};
use crate::input::Input;
use crate::lang::Lang;
use crate::rdf::graph::article_quads;
use crate::rdf::mint::Minter;
use oxigraph::model::Quad;

/// An article read and extracted, ready to store or print.
pub struct Prepared {
    pub source: String,
    pub doc: Document,
    pub extraction: Extraction,
    pub quads: Vec<Quad>,
}

/// Why an input was skipped, in one line.
#[derive(Debug, Clone)]
pub struct Skip {
    pub input: String,
    pub reason: String,
}

/// Largest input read: an article is rarely above a megabyte; far larger files are dumps or
/// archives that would only hold memory.
pub const MAX_INPUT_BYTES: u64 = 32 * 1024 * 1024;

/// Reads and decodes an input into a Document (HTML pages through the HTML reader).
pub fn read_document(input: &Input, options: &DocumentOptions) -> Result<Document, Skip> {
    let skip = |reason: String| Skip {
        input: input.display(),
        reason,
    };
    if let Some(size) = input.size().filter(|&n| n > MAX_INPUT_BYTES) {
        return Err(skip(format!(
            "it is too large for one article ({} MiB; newsgraph reads articles up to {} MiB)",
            size / (1024 * 1024),
            MAX_INPUT_BYTES / (1024 * 1024)
        )));
    }
    let bytes = input.read().map_err(|e| skip(format!("cannot read it: {e}")))?;
    let (text, _encoding) = decode(&bytes).map_err(|e| skip(e.to_string()))?;
    let mut options = options.clone();
    let text = if input.is_html() || looks_like_html(&text) {
        let page = crate::html::parse(&text);
        let meta = page.meta;
        if options.lang.is_none() {
            options.lang = meta.lang.as_deref().and_then(Lang::from_code);
        }
        if options.published.is_none() {
            options.published = meta.published.as_deref().and_then(crate::dates::PartialDate::parse_iso);
        }
        options.headline = meta.headline;
        options.authors = meta.authors;
        options.publisher = meta.publisher;
        page.text
    } else {
        text
    };
    Document::new(&input.source_name(), text, &options).map_err(|e| skip(e.to_string()))
}

fn looks_like_html(text: &str) -> bool {
    let head: String = text.trim_start().chars().take(200).collect::<String>().to_lowercase();
    head.starts_with("<!doctype html") || head.starts_with("<html")
}

pub fn prepare(input: &Input, options: &DocumentOptions, minter: &Minter) -> Result<Prepared, Skip> {
    let started = std::time::Instant::now();
    let doc = read_document(input, options)?;
    let extraction = extract(&doc);
    let quads = article_quads(&doc, &extraction, minter);
    tracing::debug!(
        input = %input.display(),
        lang = doc.lang.code(),
        persons = extraction.persons.len(),
        roles = extraction.roles.len(),
        statements = extraction.statements.len(),
        quads = quads.len(),
        elapsed = ?started.elapsed(),
        "read"
    );
    Ok(Prepared {
        source: doc.source.clone(),
        doc,
        extraction,
        quads,
    })
}
