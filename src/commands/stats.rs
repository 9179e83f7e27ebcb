//! `newsgraph stats`: what the store holds, by class, language and article.

use crate::cli::StatsArgs;
use crate::output::write_table;
use crate::query::rows;
use crate::store::GraphStore;
use std::io::Write;

const BY_CLASS: &str = "SELECT ?class (COUNT(DISTINCT ?s) AS ?n) { GRAPH ?g { ?s a ?c } FILTER(?g != <https://w3id.org/newsgraph/ns> && ?g != <https://w3id.org/newsgraph/shapes>) BIND(REPLACE(STR(?c), '^.*[/#]', '') AS ?class) } GROUP BY ?class ORDER BY DESC(?n) ?class";
const BY_LANGUAGE: &str = "SELECT ?language (COUNT(DISTINCT ?a) AS ?articles) { GRAPH ?g { ?a a schema:NewsArticle ; schema:inLanguage ?language } } GROUP BY ?language ORDER BY ?language";
// One sub-select per count: OPTIONALs side by side would multiply rows.
const BY_ARTICLE: &str = "SELECT ?article ?language ?published ?persons ?roles ?statements { \
    GRAPH ?g { ?a a schema:NewsArticle ; dcterms:identifier ?article ; schema:inLanguage ?language . \
    OPTIONAL { ?a schema:datePublished ?published } } \
    OPTIONAL { SELECT ?g (COUNT(?p) AS ?persons) { GRAPH ?g { ?a schema:mentions ?p . ?p a schema:Person } } GROUP BY ?g } \
    OPTIONAL { SELECT ?g (COUNT(?m) AS ?roles) { GRAPH ?g { ?m a org:Membership } } GROUP BY ?g } \
    OPTIONAL { SELECT ?g (COUNT(?st) AS ?statements) { GRAPH ?g { ?st a ng:Statement } } GROUP BY ?g } \
    } ORDER BY ?article";

pub fn run(args: &StatsArgs) -> anyhow::Result<()> {
    let store = GraphStore::open_existing(&args.store.store)?;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let header = |h: &[&str]| h.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    writeln!(out, "By class:")?;
    write_table(&header(&["class", "count"]), &rows(&store.store, BY_CLASS)?, &mut out)?;
    writeln!(out, "\nBy language:")?;
    write_table(
        &header(&["language", "articles"]),
        &rows(&store.store, BY_LANGUAGE)?,
        &mut out,
    )?;
    writeln!(out, "\nBy article:")?;
    write_table(
        &header(&["article", "language", "published", "persons", "roles", "statements"]),
        &rows(&store.store, BY_ARTICLE)?,
        &mut out,
    )?;
    writeln!(out, "\n{} triples in all.", store.store.len()?)?;
    out.flush()?;
    Ok(())
}
