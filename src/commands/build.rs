//! `newsgraph build`: extract articles in parallel and store each in its own graph.

use crate::cli::BuildArgs;
use crate::input::expand;
use crate::pipeline::{prepare, Prepared, Skip};
use crate::query::count;
use crate::resolve::{self, gazetteer::Gazetteer, IdentitySummary};
use crate::store::{GraphStore, StoreError};
use rayon::prelude::*;
use std::collections::HashSet;
use std::io::{IsTerminal, Write};

/// Articles extracted at once: enough to keep every core busy, few enough that a large corpus
/// never sits in memory.
const BATCH: usize = 64;

pub fn run(args: &BuildArgs) -> anyhow::Result<()> {
    let (minter, options) = super::minter_and_options(&args.options)?;
    let started = std::time::Instant::now();
    let inputs = expand(&args.inputs)?;
    tracing::info!(inputs = inputs.len(), "found the inputs");
    if inputs.is_empty() {
        anyhow::bail!(
            "no articles found in {} (newsgraph reads .txt, .html and .htm files)",
            args.inputs
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    let mut gazetteer = Gazetteer::bundled();
    for file in &args.gazetteer {
        gazetteer.add_file(file)?;
    }
    // Extraction gives national posts the country of people the gazetteer knows: users' rows too.
    Gazetteer::install(gazetteer.clone());
    let store = match GraphStore::open_or_create(&args.store.store) {
        // Held by a running `newsgraph serve`: hand the articles to it (src/handoff.rs).
        Err(held @ StoreError::Locked(_)) => {
            return crate::handoff::feed_running_server(args, &inputs, &options, &minter, held)
        }
        opened => opened?,
    };
    store.load_ontology()?;
    let progress = !args.quiet && std::io::stderr().is_terminal() && inputs.len() > BATCH;
    let mut skipped: Vec<Skip> = Vec::new();
    let mut stored = 0usize;
    let mut seen: HashSet<String> = HashSet::new();
    let (mut reading, mut writing) = (std::time::Duration::ZERO, std::time::Duration::ZERO);
    for batch in inputs.chunks(BATCH) {
        let read_at = std::time::Instant::now();
        let results: Vec<Result<Prepared, Skip>> = batch.par_iter().map(|i| prepare(i, &options, &minter)).collect();
        reading += read_at.elapsed();
        let mut ready: Vec<Prepared> = Vec::new();
        for r in results {
            match r {
                Ok(p) => {
                    if !seen.insert(p.source.clone()) && !args.quiet {
                        eprintln!(
                            "warning: two inputs are named {}; the later one replaces the earlier in the graph",
                            p.source
                        );
                    }
                    ready.push(p);
                }
                Err(skip) => {
                    if !args.quiet {
                        eprintln!("skipped {}: {}", skip.input, skip.reason);
                    }
                    skipped.push(skip);
                }
            }
        }
        // One transaction per article: measured no faster in batches (scripts/bench.sh), and
        // a failure then costs one article, not a batch.
        let write_at = std::time::Instant::now();
        for p in &ready {
            store.replace_graph(&minter.graph(&p.source), &p.quads)?;
            stored += 1;
        }
        writing += write_at.elapsed();
        if progress {
            eprint!("\r{} of {} articles", stored + skipped.len(), inputs.len());
        }
    }
    if progress {
        eprintln!();
    }
    tracing::info!(articles = stored, skipped = skipped.len(), elapsed = ?reading, "read and extracted the articles");
    tracing::info!(graphs = stored, elapsed = ?writing, "wrote the article graphs");
    // Who is who across the whole store, not just this run's articles: one transaction, after
    // the articles, so a crash before it leaves the previous decisions in place.
    let identity = resolve::update(&store, &minter, &gazetteer)?;
    // On disk, make sure everything is written before saying it is (a store in memory, in a
    // build without RocksDB, has nothing to flush).
    #[cfg(feature = "rocksdb")]
    anyhow::Context::context(store.store.flush(), "flushing the store to disk")?;
    tracing::info!(elapsed = ?started.elapsed(), "built");
    if !args.quiet {
        summary(&store, stored, skipped.len(), &identity)?;
    }
    if args.strict && !skipped.is_empty() {
        anyhow::bail!("{} input(s) skipped and --strict is set", skipped.len());
    }
    Ok(())
}

fn summary(store: &GraphStore, stored: usize, skipped: usize, identity: &IdentitySummary) -> anyhow::Result<()> {
    let s = &store.store;
    let mut out = std::io::stdout().lock();
    let articles = count(
        s,
        "SELECT (COUNT(DISTINCT ?a) AS ?n) { GRAPH ?g { ?a a schema:NewsArticle } }",
    )?;
    let persons = count(
        s,
        "SELECT (COUNT(DISTINCT ?p) AS ?n) { GRAPH ?g { ?a schema:mentions ?p . ?p a schema:Person } }",
    )?;
    let orgs = count(s, "SELECT (COUNT(DISTINCT ?o) AS ?n) { GRAPH ?g { ?o a org:Organization } FILTER(?g != <https://w3id.org/newsgraph/ns>) }")?;
    let roles = count(
        s,
        "SELECT (COUNT(DISTINCT ?m) AS ?n) { GRAPH ?g { ?m a org:Membership } }",
    )?;
    let statements = count(
        s,
        "SELECT (COUNT(DISTINCT ?st) AS ?n) { GRAPH ?g { ?st a ng:Statement } }",
    )?;
    let triples = s.len()?;
    let store_arg = store.path.display();
    writeln!(
        out,
        "Built {stored} article(s) into {store_arg}{}.",
        if skipped > 0 {
            format!(" ({skipped} skipped)")
        } else {
            String::new()
        }
    )?;
    writeln!(out, "The store now holds:")?;
    writeln!(out, "  articles       {articles}")?;
    writeln!(
        out,
        "  persons        {}  ({persons} person IRIs, {} merged across articles, {} linked to Wikidata)",
        identity.people, identity.merges, identity.linked_to_wikidata
    )?;
    writeln!(out, "  organisations  {orgs}  (countries included)")?;
    writeln!(out, "  role facts     {roles}")?;
    writeln!(out, "  statements     {statements}")?;
    writeln!(out, "  triples        {triples}")?;
    let flag = if store.path.as_os_str() == "newsgraph-store" {
        String::new()
    } else {
        format!(" --store {store_arg}")
    };
    writeln!(out, "Try next:")?;
    writeln!(out, "  newsgraph query{flag} queries/person-roles.rq")?;
    writeln!(out, "  newsgraph query{flag} queries/statements.rq")?;
    writeln!(out, "  newsgraph stats{flag}")?;
    Ok(())
}
