//! What must hold for any text, whatever it says: extraction does not panic, every span lies
//! inside the text on character boundaries, and the RDF written parses back whole. The property
//! test and the fuzz targets both check it.

use crate::document::Document;
use crate::extract::extract;
use crate::rdf::graph::article_quads;
use crate::rdf::mint::Minter;
use oxigraph::io::{RdfFormat, RdfParser, RdfSerializer};

/// Checks a document; returns the number of quads written, or what broke.
pub fn check(doc: &Document) -> Result<usize, String> {
    let ex = extract(doc);
    let inside = |(a, b): (usize, usize)| {
        a <= b && b <= doc.text.len() && doc.text.is_char_boundary(a) && doc.text.is_char_boundary(b)
    };
    for m in &ex.mentions {
        let span = ex.byte_span(m.para, m.start, m.end);
        if !inside(span) {
            return Err(format!("person mention {span:?} outside the text"));
        }
    }
    for f in &ex.roles {
        let span = ex.byte_span(f.para, f.start, f.end);
        if !inside(span) {
            return Err(format!("role evidence {span:?} outside the text"));
        }
    }
    for s in &ex.statements {
        if !inside(s.text) || !inside(s.evidence) {
            return Err(format!("statement {:?}/{:?} outside the text", s.text, s.evidence));
        }
    }
    let minter = Minter::new("https://example.org/newsgraph/").map_err(|e| e.to_string())?;
    let quads = article_quads(doc, &ex, &minter);
    let mut ser = RdfSerializer::from_format(RdfFormat::NQuads).for_writer(Vec::new());
    for q in &quads {
        ser.serialize_quad(q).map_err(|e| e.to_string())?;
    }
    let bytes = ser.finish().map_err(|e| e.to_string())?;
    let back = RdfParser::from_format(RdfFormat::NQuads)
        .for_slice(&bytes)
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| format!("the N-Quads written do not parse: {e}"))?;
    if back.len() != quads.len() {
        return Err(format!("{} quads written, {} read back", quads.len(), back.len()));
    }
    Ok(quads.len())
}
