//! `newsgraph push`: the store's graphs to another store, with a line per graph.

use crate::cli::PushArgs;
use crate::push::{push, Outcome, PushOptions};
use crate::store::GraphStore;
use oxigraph::model::NamedNode;
use std::time::Duration;

pub fn run(args: &PushArgs) -> anyhow::Result<()> {
    let endpoint = url::Url::parse(&args.endpoint)
        .ok()
        .filter(|u| matches!(u.scheme(), "http" | "https"))
        .ok_or_else(|| anyhow::anyhow!("--endpoint {:?} is not an http:// or https:// URL", args.endpoint))?;
    let graphs = args
        .graphs
        .iter()
        .map(|g| NamedNode::new(g).map_err(|e| anyhow::anyhow!("--graph {g:?} is not an IRI: {e}")))
        .collect::<anyhow::Result<Vec<_>>>()?;
    let store = GraphStore::open_existing(&args.store.store)?;
    let options = PushOptions {
        endpoint,
        credentials: args
            .user
            .clone()
            .map(|u| (u, args.password.clone().unwrap_or_default())),
        graphs,
        all: args.all,
        attempts: args.attempts,
        timeout: Duration::from_secs(args.timeout),
    };
    let quiet = args.quiet;
    let report = push(&store, &options, |graph, outcome| match outcome {
        Outcome::Sent { triples, attempts } if !quiet => {
            let retried = if *attempts > 1 {
                format!(", {attempts} attempts")
            } else {
                String::new()
            };
            println!("sent       {}  ({triples} triples{retried})", graph.as_str());
        }
        Outcome::Unchanged { triples } if !quiet => {
            println!("unchanged  {}  ({triples} triples, sent before)", graph.as_str());
        }
        Outcome::Failed(why) => println!("failed     {}  {why}", graph.as_str()),
        _ => {}
    })?;
    println!(
        "Pushed {} graph(s), {} triples, to {}; {} unchanged since the last push; {} failed. Journal: {}",
        report.sent,
        report.triples_sent,
        args.endpoint,
        report.unchanged,
        report.failed,
        report.journal.display()
    );
    if report.failed > 0 {
        anyhow::bail!(
            "{} graph(s) could not be pushed to {}; run the same command again to resume",
            report.failed,
            args.endpoint
        );
    }
    Ok(())
}
