//! `newsgraph rank`: the most connected and most quoted entities, and the connected groups.

use crate::analytics::{rank, RankFormat, Ranking};
use crate::cli::RankArgs;
use crate::output::write_table;
use crate::store::GraphStore;
use crate::views::{self, Scope, ViewRequest};
use std::io::Write;

pub fn run(args: &RankArgs) -> anyhow::Result<()> {
    let store = GraphStore::open_existing(&args.store.store)?;
    let view = views::build(
        &store.store,
        &ViewRequest {
            scope: Scope::Store,
            person: None,
            depth: 0,
            max_nodes: 0,
            lang: args.lang,
        },
    )?;
    let started = std::time::Instant::now();
    let mut ranking = rank(&view.graph, args.by);
    tracing::info!(entities = ranking.entities.len(), elapsed = ?started.elapsed(), "ranked the entities");
    if args.top > 0 {
        ranking.entities.truncate(args.top);
    }
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    match args.format {
        RankFormat::Json => {
            serde_json::to_writer_pretty(&mut out, &ranking)?;
            writeln!(out)?;
        }
        RankFormat::Csv => write_csv(&ranking, &mut out)?,
        RankFormat::Table => write_tables(&ranking, &mut out)?,
    }
    out.flush()?;
    Ok(())
}

const COLUMNS: [&str; 9] = [
    "rank",
    "entity",
    "kind",
    "pagerank",
    "links",
    "quoted",
    "quoted_most_at",
    "there",
    "group",
];

fn cells(k: usize, e: &crate::analytics::EntityRank) -> Vec<String> {
    vec![
        (k + 1).to_string(),
        e.entity.clone(),
        e.kind.name().to_string(),
        format!("{:.4}", e.pagerank),
        e.degree.to_string(),
        e.quoted.to_string(),
        e.top_venue.clone().unwrap_or_default(),
        if e.at_top_venue > 0 {
            e.at_top_venue.to_string()
        } else {
            String::new()
        },
        e.group.to_string(),
    ]
}

fn write_csv(r: &Ranking, out: &mut impl Write) -> anyhow::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(COLUMNS.iter().copied().chain(["iri"]))?;
    for (k, e) in r.entities.iter().enumerate() {
        w.write_record(cells(k, e).iter().map(String::as_str).chain([e.iri.as_str()]))?;
    }
    w.flush()?;
    Ok(())
}

fn write_tables(r: &Ranking, out: &mut impl Write) -> anyhow::Result<()> {
    writeln!(out, "Most central (PageRank; links to other entities; statements made)")?;
    let header: Vec<String> = COLUMNS.iter().map(|c| c.replace('_', " ")).collect();
    let rows: Vec<Vec<String>> = r.entities.iter().enumerate().map(|(k, e)| cells(k, e)).collect();
    write_table(&header, &rows, out)?;
    writeln!(
        out,
        "\nConnected groups (largest first; central: the person with the highest PageRank)"
    )?;
    let rows: Vec<Vec<String>> = r
        .groups
        .iter()
        .filter(|g| g.size > 1)
        .map(|g| {
            vec![
                g.group.to_string(),
                g.size.to_string(),
                g.persons.to_string(),
                format!("{} ({})", g.central, g.central_kind.name()),
            ]
        })
        .collect();
    let header = ["group", "size", "persons", "central member"].map(String::from);
    write_table(&header, &rows, out)?;
    let alone = r.groups.iter().filter(|g| g.size == 1).count();
    if alone > 0 {
        writeln!(
            out,
            "and {alone} entit{} linked to no other",
            if alone == 1 { "y" } else { "ies" }
        )?;
    }
    writeln!(out, "\nQuoted where most")?;
    let rows: Vec<Vec<String>> = r
        .quoted_where
        .iter()
        .take(10)
        .map(|q| vec![q.speaker.clone(), q.venue.clone(), q.statements.to_string()])
        .collect();
    write_table(&["speaker", "venue", "statements"].map(String::from), &rows, out)?;
    Ok(())
}
