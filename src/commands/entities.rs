//! `newsgraph entities`: each person, organisation, country and outlet with its labels, the languages
//! that name it, its article count and its sameAs links (the same as `queries/entities.rq`).

use crate::cli::EntitiesArgs;
use crate::output::write_table;
use crate::query::rows;
use crate::store::GraphStore;
use std::io::Write;

pub const QUERY: &str = include_str!("../../queries/entities.rq");

pub fn run(args: &EntitiesArgs) -> anyhow::Result<()> {
    let store = GraphStore::open_existing(&args.store.store)?;
    let rows = rows(&store.store, QUERY)?;
    let header: Vec<String> = ["entity", "kind", "labels", "languages", "articles", "sameAs"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    write_table(&header, &rows, &mut out)?;
    out.flush()?;
    Ok(())
}
