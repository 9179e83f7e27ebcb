//! `newsgraph dot` (or `graph`): a view of the store as DOT, SVG, PNG or JSON.

use crate::cli::DotArgs;
use crate::store::GraphStore;
use crate::views::{self, render::render, Scope, ViewFormat, ViewRequest};
use anyhow::Context;
use std::io::Write;

pub fn run(args: &DotArgs, quiet: bool) -> anyhow::Result<()> {
    let format = match (args.format, args.svg) {
        (Some(f), _) => f,
        (None, true) => ViewFormat::Svg,
        (None, false) => args
            .output
            .as_deref()
            .and_then(ViewFormat::from_path)
            .unwrap_or(ViewFormat::Dot),
    };
    // A bad query file is reported before the store is opened.
    let query = match &args.query {
        Some(file) => Some(Scope::Query {
            text: std::fs::read_to_string(file)
                .with_context(|| format!("{}: cannot read the query file", file.display()))?,
            origin: file.display().to_string(),
        }),
        None => None,
    };
    let store = GraphStore::open_existing(&args.store.store)?;
    let scope = match (query, &args.article, &args.graph) {
        (Some(q), _, _) => q,
        (None, Some(file), _) => Scope::Graph(views::source::article_graph(&store.store, file)?),
        (None, None, Some(iri)) => Scope::Graph(
            oxigraph::model::NamedNode::new(iri.as_str()).with_context(|| format!("--graph {iri}: not an IRI"))?,
        ),
        (None, None, None) => Scope::Store,
    };
    let title = title(args, &scope);
    let view = views::build(
        &store.store,
        &ViewRequest {
            scope,
            person: args.person.clone(),
            depth: args.depth,
            max_nodes: args.max_nodes,
            lang: args.lang,
        },
    )?;
    if !quiet {
        if view.persons.len() > 1 {
            eprintln!(
                "{:?} names {} persons: {}",
                args.person.as_deref().unwrap_or_default(),
                view.persons.len(),
                view.persons.join(", ")
            );
        }
        if let Some(left) = &view.left_out {
            eprintln!("{}", left.describe(view.graph.node_count()));
        }
    }
    let bytes = match format {
        ViewFormat::Json => views::json::to_json(&view.graph)?.into_bytes(),
        ViewFormat::Dot => views::dot::to_dot(&view.graph, &title, args.layout).into_bytes(),
        ViewFormat::Svg => render(&views::dot::to_dot(&view.graph, &title, args.layout), "svg")?,
        ViewFormat::Png => render(&views::dot::to_dot(&view.graph, &title, args.layout), "png")?,
    };
    match &args.output {
        Some(path) => std::fs::write(path, bytes).with_context(|| format!("{}: cannot write", path.display()))?,
        None => std::io::stdout().lock().write_all(&bytes)?,
    }
    Ok(())
}

/// What the picture shows, written above it.
fn title(args: &DotArgs, scope: &Scope) -> String {
    let what = match (scope, &args.article) {
        (Scope::Query { origin, .. }, _) => format!("the CONSTRUCT of {origin}"),
        (_, Some(file)) => format!("article {}", crate::input::Input::File(file.clone()).source_name()),
        (Scope::Graph(g), None) => format!("graph <{}>", g.as_str()),
        (Scope::Store, None) => format!("the store {}", args.store.store.display()),
    };
    match &args.person {
        Some(p) => format!(
            "newsgraph: {p}, {} link{} deep, in {what}",
            args.depth,
            if args.depth == 1 { "" } else { "s" }
        ),
        None => format!("newsgraph: {what}"),
    }
}
