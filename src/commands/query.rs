//! `newsgraph query`: SPARQL in, results or RDF out.

use crate::cli::QueryArgs;
use crate::output::{write_boolean, write_solutions, write_triples, QueryOutput};
use crate::store::GraphStore;
use anyhow::Context;
use oxigraph::sparql::QueryResults;
use std::io::{IsTerminal, Read, Write};

pub fn run(args: &QueryArgs) -> anyhow::Result<()> {
    let (text, origin) = match (&args.expression, &args.file) {
        (Some(e), _) => (e.clone(), "-e".to_string()),
        (None, Some(f)) if f.as_os_str() == "-" => {
            let mut s = String::new();
            std::io::stdin()
                .read_to_string(&mut s)
                .context("reading the query from standard input")?;
            (s, "<stdin>".to_string())
        }
        (None, Some(f)) => (
            std::fs::read_to_string(f).with_context(|| format!("{}: cannot read the query file", f.display()))?,
            f.display().to_string(),
        ),
        (None, None) => anyhow::bail!("give a query file or -e 'SPARQL'"),
    };
    let mut query = crate::query::parse(&text, &origin)?;
    for b in &args.bind {
        let (var, value) = b
            .split_once('=')
            .ok_or_else(|| anyhow::anyhow!("--bind {b:?}: write it as VAR=VALUE"))?;
        query = crate::query::bind(query, var, value)?;
    }
    if !args.strict_dataset {
        crate::query::use_union_default_graph(&mut query);
    }
    let store = GraphStore::open_existing(&args.store.store)?;
    let stdout = std::io::stdout();
    let terminal = stdout.is_terminal();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let results = query
        .on_store(&store.store)
        .execute()
        .with_context(|| format!("{origin}: evaluating the query"))?;
    match results {
        QueryResults::Solutions(s) => {
            let format = args
                .format
                .unwrap_or(if terminal { QueryOutput::Table } else { QueryOutput::Csv });
            write_solutions(format, s, &mut out)?;
        }
        QueryResults::Boolean(b) => write_boolean(args.format.unwrap_or(QueryOutput::Table), b, &mut out)?,
        QueryResults::Graph(t) => write_triples(args.format.unwrap_or(QueryOutput::Turtle), t, &mut out)?,
    }
    out.flush()?;
    Ok(())
}
