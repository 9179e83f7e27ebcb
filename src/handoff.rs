//! A graph that is served is also fed. While `newsgraph serve` holds a store (RocksDB allows
//! one process), `newsgraph build --store` on the same store hands its extracted articles to
//! the server, which writes each article's graph in its own transaction as it arrives and,
//! once the build has sent its last batch, updates the identity graph, as a build does; queries
//! go on answering meanwhile.
//!
//! The server leaves a note in the store directory ([`NOTE_FILE`], readable by its user only)
//! with its address and a secret made for this run; a build that finds the store locked reads
//! it and POSTs N-Quads to [`PATH`] with the secret as bearer token. A note left by a server
//! that died is harmless: a store no process holds opens directly and the note is not read.

use crate::cli::BuildArgs;
use crate::document::DocumentOptions;
use crate::input::Input;
use crate::pipeline::{prepare, Prepared, Skip};
use crate::rdf::mint::Minter;
use crate::store::StoreError;
use anyhow::Context;
use oxigraph::io::{RdfFormat, RdfSerializer};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The note's name inside the store directory (RocksDB leaves files it does not know alone).
pub const NOTE_FILE: &str = "newsgraph-serve.json";

/// Where the server takes articles.
pub const PATH: &str = "/handoff";

/// Articles sent per request: the build's own batch, so each request is one parallel batch.
const BATCH: usize = 64;

/// What a running server tells builds about itself.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ServerNote {
    /// `http://ADDR:PORT`, reachable from this machine.
    pub url: String,
    /// The bearer token for [`PATH`], new on every run.
    pub token: String,
    pub pid: u32,
}

/// The query parameter that marks a build's last batch: the server updates the identity graph
/// after writing it (once per build, as a build does: after every batch it cost a build of
/// 500 articles a third more time).
pub const LAST: &str = "last";

/// What the server did with one hand-off.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct FeedReport {
    /// Article graphs replaced.
    pub graphs: usize,
    pub quads: usize,
    /// Whether the identity graph was updated (the last batch); the counts below say how.
    pub identity_updated: bool,
    pub person_iris: usize,
    pub people: usize,
    pub merges: usize,
    pub linked_to_wikidata: usize,
    /// Triples in the whole store afterwards.
    pub triples: usize,
}

pub fn note_path(store: &Path) -> PathBuf {
    store.join(NOTE_FILE)
}

/// Writes the note atomically (a build never reads half of it), readable by this user only.
pub fn write_note(store: &Path, note: &ServerNote) -> std::io::Result<()> {
    let tmp = store.join(format!(".{NOTE_FILE}.{}", std::process::id()));
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(&tmp)?;
    file.write_all(&serde_json::to_vec_pretty(note).map_err(std::io::Error::other)?)?;
    file.sync_all()?;
    std::fs::rename(&tmp, note_path(store))
}

/// Removes the note if it is this process's.
pub fn remove_note(store: &Path) {
    if read_note(store).is_some_and(|n| n.pid == std::process::id()) {
        let _ = std::fs::remove_file(note_path(store));
    }
}

pub fn read_note(store: &Path) -> Option<ServerNote> {
    serde_json::from_slice(&std::fs::read(note_path(store)).ok()?).ok()
}

/// The build's side: `held` is the error opening the store gave; without a server's note it
/// is the answer.
pub fn feed_running_server(
    args: &BuildArgs,
    inputs: &[Input],
    options: &DocumentOptions,
    minter: &Minter,
    held: StoreError,
) -> anyhow::Result<()> {
    let Some(note) = read_note(&args.store.store) else {
        return Err(held.into());
    };
    let store = args.store.store.display().to_string();
    let client = oxhttp::Client::new().with_global_timeout(Duration::from_secs(3600));
    let mut url = url::Url::parse(&note.url).and_then(|u| u.join(PATH)).with_context(|| {
        format!(
            "{}: the server's note has no valid address",
            note_path(&args.store.store).display()
        )
    })?;
    url.query_pairs_mut().append_pair("base", minter.base());
    for file in &args.gazetteer {
        // The server reads the same files: by absolute path, wherever it was started.
        let absolute =
            std::fs::canonicalize(file).with_context(|| format!("{}: cannot read the gazetteer", file.display()))?;
        url.query_pairs_mut()
            .append_pair("gazetteer", &absolute.to_string_lossy());
    }
    let mut skipped: Vec<Skip> = Vec::new();
    let batches: Vec<&[Input]> = inputs.chunks(BATCH).collect();
    // The server writes one batch while the next is extracted here.
    let (to_sender, ready_batches) = std::sync::mpsc::sync_channel::<(Vec<u8>, bool)>(1);
    let total = std::thread::scope(|scope| -> anyhow::Result<FeedReport> {
        let sender = scope.spawn(|| -> anyhow::Result<FeedReport> {
            let mut total = FeedReport::default();
            for (body, last) in ready_batches {
                let report = send(&client, &url, &note, body, last)?;
                total = FeedReport {
                    graphs: total.graphs + report.graphs,
                    quads: total.quads + report.quads,
                    ..report
                };
            }
            Ok(total)
        });
        for (i, batch) in batches.iter().enumerate() {
            let (ready, skips): (Vec<_>, Vec<_>) = batch
                .par_iter()
                .map(|i| prepare(i, options, minter))
                .partition(Result::is_ok);
            for skip in skips.into_iter().filter_map(Result::err) {
                if !args.quiet {
                    eprintln!("skipped {}: {}", skip.input, skip.reason);
                }
                skipped.push(skip);
            }
            let ready = last_of_each_source(ready.into_iter().filter_map(Result::ok).collect());
            let last = i + 1 == batches.len();
            if ready.is_empty() && !last {
                continue;
            }
            // A sender that stopped has its error to give at the join below.
            if to_sender.send((nquads(&ready)?, last)).is_err() {
                break;
            }
        }
        drop(to_sender);
        sender.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic))
    })
    .with_context(|| {
        format!(
            "the store at {store} is held by a running server ({}), and handing it articles failed",
            note.url
        )
    })?;
    if !args.quiet {
        println!(
            "Built {} article(s) into {store} through the server at {} that holds it{}.",
            total.graphs,
            note.url,
            if skipped.is_empty() {
                String::new()
            } else {
                format!(" ({} skipped)", skipped.len())
            }
        );
        println!("The store now holds:");
        println!(
            "  persons        {}  ({} person IRIs, {} merged across articles, {} linked to Wikidata)",
            total.people, total.person_iris, total.merges, total.linked_to_wikidata
        );
        println!("  triples        {}", total.triples);
    }
    if args.strict && !skipped.is_empty() {
        anyhow::bail!("{} input(s) skipped and --strict is set", skipped.len());
    }
    Ok(())
}

/// Two inputs of one name are one graph: as in a build, the later replaces the earlier.
fn last_of_each_source(articles: Vec<Prepared>) -> Vec<Prepared> {
    let mut seen = std::collections::HashSet::new();
    let mut kept: Vec<Prepared> = articles
        .into_iter()
        .rev()
        .filter(|p| seen.insert(p.source.clone()))
        .collect();
    kept.reverse();
    kept
}

/// One batch as N-Quads, each article in its own graph.
fn nquads(articles: &[Prepared]) -> anyhow::Result<Vec<u8>> {
    let mut serializer = RdfSerializer::from_format(RdfFormat::NQuads).for_writer(Vec::new());
    for article in articles {
        for quad in &article.quads {
            serializer.serialize_quad(quad)?;
        }
    }
    Ok(serializer.finish()?)
}

/// Hands one batch to the server and reads its report.
fn send(
    client: &oxhttp::Client,
    url: &url::Url,
    note: &ServerNote,
    body: Vec<u8>,
    last: bool,
) -> anyhow::Result<FeedReport> {
    let mut url = url.clone();
    if last {
        url.query_pairs_mut().append_pair(LAST, "true");
    }
    let request = oxhttp::model::Request::builder()
        .method(oxhttp::model::Method::POST)
        .uri(url.as_str())
        .header("Content-Type", "application/n-quads")
        .header("Authorization", format!("Bearer {}", note.token))
        .body(oxhttp::model::Body::from(body))?;
    let response = client.request(request).context("the server does not answer")?;
    let status = response.status();
    let text = response.into_body().to_string().unwrap_or_default();
    if !status.is_success() {
        anyhow::bail!("the server answered {status}: {}", text.trim());
    }
    serde_json::from_str(&text).with_context(|| format!("the server's answer is not a hand-off report: {text}"))
}
