//! Oxigraph's plan for a query over a store, with the rows and time of every step once the
//! results are read to the end: where a slow query spends its time.

use crate::query::{bind, parse};
use anyhow::Context;
use oxigraph::sparql::QueryResults;
use oxigraph::store::Store;
use std::path::Path;

/// Runs `query_file` on the store at `store_dir` (with `--bind`-style `VAR=VALUE` pairs),
/// reads every result, and writes the plan with statistics as JSON to `out`. Returns the
/// number of result rows.
pub fn explain(
    store_dir: &Path,
    query_file: &Path,
    binds: &[String],
    out: &mut dyn std::io::Write,
) -> anyhow::Result<usize> {
    let text = std::fs::read_to_string(query_file).with_context(|| format!("cannot read {}", query_file.display()))?;
    let mut query = parse(&text, &query_file.display().to_string())?;
    for b in binds {
        let (var, value) = b
            .split_once('=')
            .with_context(|| format!("--bind {b}: expected VAR=VALUE"))?;
        query = bind(query, var, value)?;
    }
    let store = Store::open_read_only(store_dir)
        .with_context(|| format!("cannot open the store at {}", store_dir.display()))?;
    let (results, explanation) = query.on_store(&store).compute_statistics().explain();
    let mut rows = 0;
    if let QueryResults::Solutions(solutions) = results? {
        for s in solutions {
            s?;
            rows += 1;
        }
    }
    explanation.write_in_json(&mut *out)?;
    writeln!(out)?;
    Ok(rows)
}
