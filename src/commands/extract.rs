//! `newsgraph extract`: the build's extraction, printed as RDF instead of stored.

use crate::cli::ExtractArgs;
use crate::input::expand;
use crate::output::RdfOutput;
use crate::pipeline::{prepare, Prepared, Skip};
use oxigraph::io::WriterQuadSerializer;
use rayon::prelude::*;
use std::io::Write;

/// Where articles go: bytes already serialized per article (line formats), or one serializer
/// for formats with a document structure (prefixes, nesting).
enum Sink<W: Write> {
    Lines(W),
    Document(WriterQuadSerializer<W>),
}

pub fn run(args: &ExtractArgs) -> anyhow::Result<()> {
    let (minter, options) = super::minter_and_options(&args.options)?;
    let inputs = expand(&args.inputs)?;
    // Buffered: standard output is line-buffered, and N-Quads is all short lines.
    let out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    // Line formats are written per article on the worker threads, so serializing (as much
    // work as extracting, for these verbose formats) runs in parallel too.
    let per_article = matches!(args.format, RdfOutput::Nquads | RdfOutput::Ntriples);
    let mut sink = if per_article {
        Sink::Lines(out)
    } else {
        Sink::Document(args.format.serializer().for_writer(out))
    };
    let triples_only = !args.format.format().supports_datasets();
    let mut skipped = 0;
    for batch in inputs.chunks(64) {
        let results: Vec<Result<(Prepared, Vec<u8>), Skip>> = batch
            .par_iter()
            .map(|i| {
                let p = prepare(i, &options, &minter)?;
                let bytes = if per_article {
                    lines(&p, args.format)
                } else {
                    Vec::new()
                };
                Ok((p, bytes))
            })
            .collect();
        for r in results {
            match (r, &mut sink) {
                (Ok((_, bytes)), Sink::Lines(out)) => out.write_all(&bytes)?,
                (Ok((p, _)), Sink::Document(ser)) => {
                    for q in &p.quads {
                        if triples_only {
                            ser.serialize_triple(oxigraph::model::TripleRef::from(q.as_ref()))?;
                        } else {
                            ser.serialize_quad(q)?;
                        }
                    }
                }
                (Err(skip), _) => {
                    eprintln!("skipped {}: {}", skip.input, skip.reason);
                    skipped += 1;
                }
            }
        }
    }
    match sink {
        Sink::Lines(mut out) => out.flush()?,
        Sink::Document(ser) => ser.finish()?.flush()?,
    }
    if skipped > 0 && inputs.len() == skipped {
        anyhow::bail!("no article could be read");
    }
    Ok(())
}

/// An article's quads as N-Quads (or its triples as N-Triples).
fn lines(p: &Prepared, format: RdfOutput) -> Vec<u8> {
    let mut ser = format.serializer().for_writer(Vec::with_capacity(p.quads.len() * 160));
    for q in &p.quads {
        let written = if format == RdfOutput::Ntriples {
            ser.serialize_triple(oxigraph::model::TripleRef::from(q.as_ref()))
        } else {
            ser.serialize_quad(q)
        };
        written.expect("writing to memory does not fail");
    }
    ser.finish().expect("writing to memory does not fail")
}
