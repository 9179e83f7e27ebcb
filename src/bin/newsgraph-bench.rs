//! `newsgraph-bench`: the benchmark's tools, beside the `newsgraph` command. `gen` writes a
//! realistic corpus, `load` runs Oxigraph's own bulk loader on an N-Quads file (the reference
//! a build is measured against), `plot` draws the figures `scripts/bench.sh` collects.

use clap::{Parser, Subcommand};
use newsgraph::bench::{explain, gen, plot, reference};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "newsgraph-bench",
    version,
    about = "Benchmark tools for newsgraph: generate a corpus, bulk-load with Oxigraph's own loader, plot the figures.",
    after_help = "Examples:\n  \
        newsgraph-bench gen --articles 10000 --langs en,ru,uk,de,fr --seed 1 --out /tmp/corpus\n  \
        newsgraph extract --format nquads /tmp/corpus > /tmp/corpus.nq\n  \
        newsgraph-bench load --store /tmp/reference /tmp/corpus.nq\n  \
        newsgraph-bench plot --table bench/results.csv --output bench/scaling.svg\n  \
        newsgraph-bench explain --store /tmp/store queries/person-roles.rq\n\n\
        scripts/bench.sh runs them all at 1k, 10k and 100k articles."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    Gen(GenArgs),
    Load(LoadArgs),
    Plot(PlotArgs),
    Explain(ExplainArgs),
}

/// Run a query and print Oxigraph's plan for it with the rows and time of every step (JSON).
#[derive(clap::Args)]
#[command(
    after_help = "Example:\n  newsgraph-bench explain --store newsgraph-store --bind name=Lavrov queries/said-by.rq"
)]
struct ExplainArgs {
    #[arg(long, value_name = "DIR", default_value = "newsgraph-store")]
    store: PathBuf,
    /// Binds a query variable to a string, as `newsgraph query --bind` does.
    #[arg(long, value_name = "VAR=VALUE")]
    bind: Vec<String>,
    #[arg(value_name = "FILE.rq")]
    file: PathBuf,
}

/// Write N news articles (text and some HTML pages) about thousands of recurring people, in
/// the languages asked for; the same seed writes the same corpus.
#[derive(clap::Args)]
#[command(after_help = "Examples:\n  \
    newsgraph-bench gen --articles 1000 --out /tmp/c1k\n  \
    newsgraph-bench gen --articles 100000 --langs en,ru --seed 7 --out /tmp/c100k\n  \
    newsgraph-bench gen --articles 101000 --to 100000 --out /tmp/archive\n  \
    newsgraph-bench gen --articles 101000 --from 100000 --out /tmp/next-day   (its last 1,000)")]
struct GenArgs {
    #[arg(long, value_name = "N")]
    articles: usize,
    /// Languages, comma-separated.
    #[arg(long, value_delimiter = ',', default_value = "en,ru,uk,de,fr", value_parser = ["en", "ru", "uk", "de", "fr"])]
    langs: Vec<String>,
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// People in the roster (default: 2,000 plus one per 20 articles).
    #[arg(long, value_name = "N")]
    people: Option<usize>,
    /// Share of articles written as HTML pages.
    #[arg(long, default_value_t = 0.1, value_name = "FRACTION")]
    html_share: f64,
    /// Write only the articles from this number on (a part of the corpus: the same files as
    /// writing it whole).
    #[arg(long, default_value_t = 0, value_name = "N")]
    from: usize,
    /// Write only the articles before this number (0: to the end).
    #[arg(long, default_value_t = 0, value_name = "N")]
    to: usize,
    /// Directory to write the articles into (created if needed).
    #[arg(long, value_name = "DIR")]
    out: PathBuf,
}

/// Load N-Quads into a store with Oxigraph's own bulk loader, as `oxigraph load` does: the
/// reference for the build's speed.
#[derive(clap::Args)]
#[command(after_help = "Example:\n  newsgraph-bench load --store /tmp/reference corpus.nq")]
struct LoadArgs {
    #[arg(long, value_name = "DIR")]
    store: PathBuf,
    /// The loader's memory target (Oxigraph's default when absent).
    #[arg(long, value_name = "MB")]
    max_memory: Option<usize>,
    #[arg(value_name = "FILE.nq")]
    file: PathBuf,
}

/// Draw time against corpus size from the benchmark's table (CSV: articles,series,seconds).
#[derive(clap::Args)]
#[command(after_help = "Example:\n  newsgraph-bench plot --table bench/results.csv --output bench/scaling.svg")]
struct PlotArgs {
    #[arg(long, value_name = "FILE.csv")]
    table: PathBuf,
    #[arg(long, value_name = "FILE.svg")]
    output: PathBuf,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Gen(a) => run_gen(a),
        Command::Load(a) => reference::bulk_load(&a.store, &a.file, a.max_memory),
        Command::Plot(a) => plot::draw(&a.table, &a.output),
        Command::Explain(a) => {
            let rows = explain::explain(&a.store, &a.file, &a.bind, &mut std::io::stdout().lock());
            rows.map(|n| eprintln!("{n} rows"))
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("newsgraph-bench: error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn run_gen(a: GenArgs) -> anyhow::Result<()> {
    let options = gen::GenOptions {
        articles: a.articles,
        langs: a.langs,
        seed: a.seed,
        people: a.people,
        html_share: a.html_share,
        from: a.from,
        to: a.to,
    };
    let summary = gen::generate(&options, &a.out)
        .map_err(|e| anyhow::anyhow!("writing the corpus into {}: {e}", a.out.display()))?;
    println!(
        "{} articles, {:.1} MB, {} people in the roster, in {}",
        summary.articles,
        summary.bytes as f64 / 1e6,
        summary.people,
        a.out.display()
    );
    Ok(())
}
