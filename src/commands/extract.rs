//! `newsgraph extract`: the build's extraction, printed as RDF instead of stored.

use crate::cli::ExtractArgs;
use crate::input::expand;
use crate::pipeline::prepare;
use rayon::prelude::*;
use std::io::Write;

pub fn run(args: &ExtractArgs) -> anyhow::Result<()> {
    let (minter, options) = super::minter_and_options(&args.options)?;
    let inputs = expand(&args.inputs)?;
    let stdout = std::io::stdout();
    let mut ser = args.format.serializer().for_writer(stdout.lock());
    let triples_only = !args.format.format().supports_datasets();
    let mut skipped = 0;
    for batch in inputs.chunks(64) {
        let results: Vec<_> = batch.par_iter().map(|i| prepare(i, &options, &minter)).collect();
        for r in results {
            match r {
                Ok(p) => {
                    for q in &p.quads {
                        if triples_only {
                            ser.serialize_triple(oxigraph::model::TripleRef::from(q.as_ref()))?;
                        } else {
                            ser.serialize_quad(q)?;
                        }
                    }
                }
                Err(skip) => {
                    eprintln!("skipped {}: {}", skip.input, skip.reason);
                    skipped += 1;
                }
            }
        }
    }
    ser.finish()?.flush()?;
    if skipped > 0 && inputs.len() == skipped {
        anyhow::bail!("no article could be read");
    }
    Ok(())
}
