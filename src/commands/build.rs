//! `newsgraph build`: extract articles in parallel and store each in its own graph, then bring
//! the identity graph up to date.

use crate::cli::BuildArgs;
use crate::ingest::Ingest;
use crate::input::{expand, Input};
use crate::pipeline::{prepare, Prepared, Skip};
use crate::progress::Progress;
use crate::query::count;
use crate::resolve::{self, gazetteer::Gazetteer, IdentityPass, IdentitySummary, PassStats};
use crate::store::{GraphStore, StoreError};
use rayon::prelude::*;
use std::collections::HashSet;
use std::io::Write;
use std::sync::atomic::{AtomicU64, Ordering};

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
    let identity = IdentityPass::begin(&store.store, &minter, &gazetteer)?;
    let mut ingest = Ingest::new(&store, identity);
    let bytes: u64 = inputs.iter().filter_map(Input::size).sum();
    let mut progress = Progress::new(inputs.len(), bytes, args.quiet);
    let mut skipped: Vec<Skip> = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    let clock = Timings::start();
    // Extraction runs a batch ahead of storing: one thread hands batches extracted in
    // parallel to this one, which stores them.
    std::thread::scope(|scope| -> anyhow::Result<()> {
        let (send, batches) = std::sync::mpsc::sync_channel::<(Vec<Result<Prepared, Skip>>, u64)>(1);
        let (options, minter, inputs, clock) = (&options, &minter, &inputs, &clock);
        scope.spawn(move || {
            for batch in inputs.chunks(BATCH) {
                let size = batch.iter().filter_map(Input::size).sum();
                let results = batch
                    .par_iter()
                    .map(|i| clock.extracting(|| prepare(i, options, minter)))
                    .collect();
                if send.send((results, size)).is_err() {
                    break; // storing failed; its error is reported
                }
            }
        });
        for (results, size) in batches {
            let mut ready = Vec::new();
            let count = results.len();
            for r in results {
                match r {
                    Ok(p) => {
                        if !seen.insert(p.source.clone()) && !args.quiet {
                            eprintln!(
                                "warning: two inputs are named {}; the later one replaces the earlier in the graph",
                                p.source
                            );
                        }
                        ready.push((minter.graph(&p.source), p.quads));
                    }
                    Err(skip) => {
                        if !args.quiet {
                            progress.suspend(|| eprintln!("skipped {}: {}", skip.input, skip.reason));
                        }
                        skipped.push(skip);
                    }
                }
            }
            clock.storing(|| ingest.add(ready))?;
            progress.advance(count, size);
        }
        Ok(())
    })?;
    let stored = ingest.stored();
    tracing::info!(
        articles = stored,
        skipped = skipped.len(),
        extraction_cpu = ?clock.extracting_time(),
        "read and extracted the articles"
    );
    clock.storing(|| ingest.flush())?;
    tracing::info!(graphs = stored, elapsed = ?clock.storing_time(), "wrote the article graphs");
    // Who is who across the store, after the articles: one transaction (or one atomic load),
    // so a crash before it leaves the previous decisions and the note of what is left to do.
    progress.stage("who is who");
    let identity_start = std::time::Instant::now();
    let pass = ingest.finish()?;
    let identity_took = identity_start.elapsed();
    // On disk, make sure everything is written before saying it is (a store in memory, in a
    // build without RocksDB, has nothing to flush).
    #[cfg(feature = "rocksdb")]
    anyhow::Context::context(store.store.flush(), "flushing the store to disk")?;
    progress.finish();
    tracing::info!(elapsed = ?started.elapsed(), "built");
    if args.timings {
        eprintln!("{}", clock.report(stored, bytes, identity_took, &pass));
    }
    if !args.quiet {
        let identity = resolve::summary(&store.store, &minter)?;
        summary(&store, stored, skipped.len(), &identity)?;
    }
    if args.strict && !skipped.is_empty() {
        anyhow::bail!("{} input(s) skipped and --strict is set", skipped.len());
    }
    Ok(())
}

/// Where a build's time goes, for `--timings`: extraction is summed over the threads that run
/// it (CPU time), storing and identity are wall time on the thread that writes.
struct Timings {
    start: std::time::Instant,
    extracting_ns: AtomicU64,
    storing_ns: AtomicU64,
}

impl Timings {
    fn start() -> Timings {
        Timings {
            start: std::time::Instant::now(),
            extracting_ns: AtomicU64::new(0),
            storing_ns: AtomicU64::new(0),
        }
    }

    fn time<T>(counter: &AtomicU64, f: impl FnOnce() -> T) -> T {
        let t = std::time::Instant::now();
        let out = f();
        counter.fetch_add(t.elapsed().as_nanos() as u64, Ordering::Relaxed);
        out
    }

    fn extracting<T>(&self, f: impl FnOnce() -> T) -> T {
        Self::time(&self.extracting_ns, f)
    }

    fn storing<T>(&self, f: impl FnOnce() -> T) -> T {
        Self::time(&self.storing_ns, f)
    }

    fn extracting_time(&self) -> std::time::Duration {
        std::time::Duration::from_nanos(self.extracting_ns.load(Ordering::Relaxed))
    }

    fn storing_time(&self) -> std::time::Duration {
        std::time::Duration::from_nanos(self.storing_ns.load(Ordering::Relaxed))
    }

    fn report(&self, articles: usize, bytes: u64, identity: std::time::Duration, pass: &PassStats) -> String {
        let secs = |ns: &AtomicU64| ns.load(Ordering::Relaxed) as f64 / 1e9;
        let total = self.start.elapsed().as_secs_f64();
        format!(
            "timings: {articles} articles, {:.1} MB in {total:.2} s ({:.2} MB/s); extraction {:.2} s of CPU on {} threads; \
             storing {:.2} s; identity {:.2} s ({:?}: {} persons in {} surnames, {} person IRIs read back, {} mentions)",
            bytes as f64 / 1e6,
            bytes as f64 / 1e6 / total.max(1e-9),
            secs(&self.extracting_ns),
            rayon::current_num_threads(),
            secs(&self.storing_ns),
            identity.as_secs_f64(),
            pass.mode,
            pass.nodes,
            pass.surnames,
            pass.persons_read,
            pass.mentions_read,
        )
    }
}

fn summary(store: &GraphStore, stored: usize, skipped: usize, identity: &IdentitySummary) -> anyhow::Result<()> {
    let s = &store.store;
    let mut out = std::io::stdout().lock();
    let articles = count(
        s,
        "SELECT (COUNT(DISTINCT ?a) AS ?n) { GRAPH ?g { ?a a schema:NewsArticle } }",
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
        "  persons        {}  ({} person IRIs, {} merged across articles, {} linked to Wikidata)",
        identity.people, identity.person_iris, identity.merges, identity.linked_to_wikidata
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
