//! The check every extraction fuzz target runs: no panic, every span inside the text on
//! character boundaries, and the RDF written parses back whole.

use newsgraph::document::{Document, DocumentOptions};
use newsgraph::extract::extract;
use newsgraph::lang::Lang;
use newsgraph::rdf::graph::article_quads;
use newsgraph::rdf::mint::Minter;
use oxigraph::io::{RdfFormat, RdfParser, RdfSerializer};

pub fn check(lang: Lang, data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let options = DocumentOptions { lang: Some(lang), published: newsgraph::dates::PartialDate::parse_iso("2022-01-05") };
    let Ok(doc) = Document::new("fuzz.txt", text.to_string(), &options) else { return };
    let ex = extract(&doc);
    let inside = |(a, b): (usize, usize)| a <= b && b <= doc.text.len() && doc.text.is_char_boundary(a) && doc.text.is_char_boundary(b);
    for m in &ex.mentions {
        assert!(inside(ex.byte_span(m.para, m.start, m.end)));
    }
    for f in &ex.roles {
        assert!(inside(ex.byte_span(f.para, f.start, f.end)));
    }
    for s in &ex.statements {
        assert!(inside(s.text) && inside(s.evidence));
    }
    let minter = Minter::new("https://example.org/newsgraph/").unwrap();
    let quads = article_quads(&doc, &ex, &minter);
    let mut ser = RdfSerializer::from_format(RdfFormat::NQuads).for_writer(Vec::new());
    for q in &quads {
        ser.serialize_quad(q).unwrap();
    }
    let bytes = ser.finish().unwrap();
    let back = RdfParser::from_format(RdfFormat::NQuads).for_slice(&bytes).collect::<Result<Vec<_>, _>>().unwrap();
    assert_eq!(back.len(), quads.len());
}
