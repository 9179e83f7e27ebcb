//! `newsgraph publish`: the store as a release folder (dumps, ontology, VoID, DCAT-AP).

use crate::cli::PublishArgs;
use crate::publish::{publish, Release};
use crate::rdf::mint::Minter;
use crate::store::GraphStore;
use std::io::Write;

pub fn run(args: &PublishArgs) -> anyhow::Result<()> {
    let base = Minter::new(&args.base_iri)?.base().to_string();
    let today = chrono::Utc::now().date_naive().format("%Y-%m-%d").to_string();
    let release = Release {
        download_base: args.download_base.clone().unwrap_or_else(|| format!("{base}download/")),
        base,
        sparql_endpoint: args.sparql_endpoint.clone(),
        title: args.title.clone(),
        description: args.description.clone(),
        publisher: args.publisher.clone(),
        license: args.license.clone(),
        themes: args.themes.clone(),
        issued: args.issued.clone().unwrap_or_else(|| today.clone()),
        modified: today,
    };
    let store = GraphStore::open_existing(&args.store.store)?;
    let published = publish(&store.store, &args.out, args.force, &release)?;
    if args.quiet {
        return Ok(());
    }
    let mut out = std::io::stdout().lock();
    let f = &published.figures;
    writeln!(
        out,
        "Published {} into {}:",
        args.store.store.display(),
        published.dir.display()
    )?;
    for file in &published.files {
        writeln!(
            out,
            "  {:<18} {:>12} bytes  sha256 {}",
            file.name, file.bytes, file.sha256
        )?;
    }
    writeln!(
        out,
        "The dataset: {} triples, {} entities, {} classes, {} properties, {} sameAs linkset{}.",
        f.triples,
        f.entities,
        f.classes.len(),
        f.properties.len(),
        f.linksets.len(),
        if f.linksets.len() == 1 { "" } else { "s" }
    )?;
    writeln!(
        out,
        "Check the catalogue record: newsgraph validate --data {} --shapes ontology/dcat-ap/dcat-ap-SHACL.ttl",
        published.dir.join(crate::publish::CATALOG_FILE).display()
    )?;
    Ok(())
}
