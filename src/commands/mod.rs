//! One module per subcommand; each takes its parsed arguments and does its one job.

pub mod build;
pub mod completions;
pub mod dot;
pub mod entities;
pub mod explain;
pub mod export;
pub mod extract;
pub mod man;
pub mod publish;
pub mod push;
pub mod query;
pub mod rank;
pub mod serve;
pub mod stats;
pub mod validate;

use crate::document::DocumentOptions;
use crate::rdf::mint::Minter;

fn minter_and_options(o: &crate::cli::ExtractOptions) -> anyhow::Result<(Minter, DocumentOptions)> {
    let minter = Minter::new(&o.base_iri)?;
    Ok((
        minter,
        DocumentOptions {
            lang: o.lang,
            published: o.published,
            ..Default::default()
        },
    ))
}
