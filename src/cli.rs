//! The command line: one subcommand per job, each with examples in its --help.

use crate::dates::PartialDate;
use crate::lang::Lang;
use crate::output::{QueryOutput, RdfOutput};
use crate::rdf::vocab::DEFAULT_BASE_IRI;
use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

#[derive(Parser, Debug)]
#[command(
    name = "newsgraph",
    version,
    about = "Turn news articles into a linked-data knowledge graph: who holds which role, who said what, when and where.",
    long_about = "Turn news articles into a linked-data knowledge graph.\n\n\
        newsgraph reads articles (English, Russian, Ukrainian, German and French; .txt or .html), extracts \
        person-role-organisation facts and statements (speaker, text, date, venue) with the characters each \
        came from, and stores them as RDF (W3C ORG, schema.org, PROV-O, NIF) in an embedded Oxigraph store, \
        one named graph per article, with an identity graph that says which names across articles and \
        scripts are one person (and why). Query it with SPARQL, export it in any RDF format.",
    after_help = "Examples:\n  \
        newsgraph build seeds/                       extract the seed articles into ./newsgraph-store\n  \
        newsgraph query queries/person-roles.rq      who holds which role\n  \
        newsgraph query -e 'SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }'\n  \
        newsgraph export --format trig > graph.trig  the whole store\n  \
        newsgraph extract article.txt                facts of one article as TriG, no store"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    Build(BuildArgs),
    Extract(ExtractArgs),
    Query(QueryArgs),
    Export(ExportArgs),
    Stats(StatsArgs),
    Explain(ExplainArgs),
    Dot(DotArgs),
    Entities(EntitiesArgs),
}

#[derive(Args, Debug, Clone)]
pub struct StoreArg {
    /// Directory of the on-disk store.
    #[arg(long, env = "NEWSGRAPH_STORE", default_value = "newsgraph-store", value_name = "DIR")]
    pub store: PathBuf,
}

#[derive(Args, Debug, Clone)]
pub struct ExtractOptions {
    /// Base IRI under which persons, articles and facts are named.
    #[arg(long, env = "NEWSGRAPH_BASE_IRI", default_value = DEFAULT_BASE_IRI, value_name = "IRI")]
    pub base_iri: String,
    /// Publication date of the articles, when their text does not give it (relative dates
    /// such as "on Monday" resolve against it).
    #[arg(long, value_parser = parse_date, value_name = "YYYY-MM-DD")]
    pub published: Option<PartialDate>,
    /// Language of the articles (en, ru, uk, de, fr) instead of detecting it.
    #[arg(long, value_parser = parse_lang, value_name = "CODE")]
    pub lang: Option<Lang>,
}

/// Extract articles and load them into the store (one named graph per article; building an
/// article again replaces its graph).
#[derive(Args, Debug)]
#[command(after_help = "Examples:\n  \
    newsgraph build seeds/\n  \
    newsgraph build --store /data/kg --published 2022-01-05 today/*.txt\n  \
    curl -s https://example.org/a.html | newsgraph build --lang en -\n  \
    newsgraph build --timings -q archive/     where the time goes\n\n\
    INPUT is a file, a directory (walked for .txt, .html and .htm) or - for standard input.\n\
    An input that cannot be read is skipped with a message; --strict makes that an error.\n\
    Adding articles to a store reads back only the persons they could be merged with; a\n\
    progress bar shows on a terminal (articles, MB/s, time left).")]
pub struct BuildArgs {
    #[command(flatten)]
    pub store: StoreArg,
    #[command(flatten)]
    pub options: ExtractOptions,
    /// Exit with an error if any input is skipped.
    #[arg(long)]
    pub strict: bool,
    /// More people to link to Wikidata, beside the bundled ontology/people.tsv (same format:
    /// WIKIDATA<TAB>NAME|NAME...<TAB>ROLE<TAB>ORGANISATION). Repeat for several files.
    #[arg(long, value_name = "FILE")]
    pub gazetteer: Vec<PathBuf>,
    /// Say nothing but errors.
    #[arg(long, short)]
    pub quiet: bool,
    /// Print where the time went to standard error: extraction, storing, identity, and how
    /// many persons the identity pass read back.
    #[arg(long)]
    pub timings: bool,
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
}

/// Extract articles and print their RDF to standard output, without a store.
#[derive(Args, Debug)]
#[command(after_help = "Examples:\n  \
    newsgraph extract seeds/000_b9d7ce6c74f9adfa.txt\n  \
    newsgraph extract --format nquads seeds/ > seeds.nq\n  \
    newsgraph extract --format turtle article.txt   (triples of all articles in one graph)")]
pub struct ExtractArgs {
    #[command(flatten)]
    pub options: ExtractOptions,
    #[arg(long, short, value_enum, default_value = "trig")]
    pub format: RdfOutput,
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
}

/// Run a SPARQL query on the store.
#[derive(Args, Debug)]
#[command(after_help = "Examples:\n  \
    newsgraph query queries/statements.rq\n  \
    newsgraph query --format csv queries/person-roles.rq > roles.csv\n  \
    newsgraph query --bind name=Lavrov queries/said-by.rq\n  \
    newsgraph query -e 'SELECT ?name { ?p a schema:Person ; schema:name ?name }'\n\n\
    The prefixes ng: schema: org: prov: skos: dcterms: nif: rdf: rdfs: owl: xsd: wd: are predefined.\n\
    SELECT and ASK print results (a table on a terminal, CSV otherwise); CONSTRUCT and DESCRIBE print RDF.")]
pub struct QueryArgs {
    #[command(flatten)]
    pub store: StoreArg,
    /// Output format (default: table on a terminal, csv otherwise; turtle for CONSTRUCT).
    #[arg(long, short, value_enum)]
    pub format: Option<QueryOutput>,
    /// The query text itself instead of a file.
    #[arg(short = 'e', long = "expression", value_name = "SPARQL", conflicts_with = "file")]
    pub expression: Option<String>,
    /// Binds a query variable to a string before running (repeatable): --bind name=Lavrov.
    #[arg(long, value_name = "VAR=VALUE")]
    pub bind: Vec<String>,
    /// A file holding the query (- for standard input).
    #[arg(value_name = "FILE.rq", required_unless_present = "expression")]
    pub file: Option<PathBuf>,
}

/// Dump the store, or one named graph, in an RDF format.
#[derive(Args, Debug)]
#[command(after_help = "Examples:\n  \
    newsgraph export > all.trig\n  \
    newsgraph export --format nquads > all.nq\n  \
    newsgraph export --format turtle --graph https://example.org/newsgraph/graph/000_b9d7ce6c74f9adfa.txt\n\n\
    Turtle, N-Triples and RDF/XML hold one graph: name it with --graph. TriG, N-Quads and JSON-LD hold them all.")]
pub struct ExportArgs {
    #[command(flatten)]
    pub store: StoreArg,
    #[arg(long, short, value_enum, default_value = "trig")]
    pub format: RdfOutput,
    /// Only this named graph (an article's graph, or the ontology's).
    #[arg(long, value_name = "IRI")]
    pub graph: Option<String>,
}

/// Counts: facts by class, articles per language, facts per article.
#[derive(Args, Debug)]
#[command(after_help = "Examples:\n  newsgraph stats\n  newsgraph stats --store /data/kg | less")]
pub struct StatsArgs {
    #[command(flatten)]
    pub store: StoreArg,
}

/// Print an article with every fact taken from it, the words it rests on and the rule that
/// found it.
#[derive(Args, Debug)]
#[command(
    after_help = "Examples:\n  newsgraph explain seeds/000_b9d7ce6c74f9adfa.txt\n  newsgraph explain --published 2022-01-05 article.txt | less"
)]
pub struct ExplainArgs {
    #[command(flatten)]
    pub options: ExtractOptions,
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
}

/// Draw the graph with Graphviz: persons, the organisations they hold roles in, the venues
/// they spoke at.
#[derive(Args, Debug)]
#[command(
    after_help = "Examples:\n  newsgraph dot > graph.dot\n  newsgraph dot --svg --output graph.svg\n  newsgraph dot | dot -Tpng > graph.png"
)]
pub struct DotArgs {
    #[command(flatten)]
    pub store: StoreArg,
    /// Only this named graph (one article).
    #[arg(long, value_name = "IRI")]
    pub graph: Option<String>,
    /// Render SVG with Graphviz's `dot` instead of printing DOT.
    #[arg(long)]
    pub svg: bool,
    /// Write to this file instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// List every person, organisation and country with its labels in each language, the
/// languages of the articles that name it, how many articles do, and its sameAs links.
#[derive(Args, Debug)]
#[command(
    after_help = "Examples:\n  newsgraph entities\n  newsgraph query --format csv queries/entities.rq > entities.csv"
)]
pub struct EntitiesArgs {
    #[command(flatten)]
    pub store: StoreArg,
}

fn parse_date(s: &str) -> Result<PartialDate, String> {
    PartialDate::parse_iso(s).ok_or_else(|| format!("{s:?} is not a date of the form YYYY-MM-DD"))
}

fn parse_lang(s: &str) -> Result<Lang, String> {
    Lang::from_code(s).ok_or_else(|| {
        format!(
            "newsgraph does not read {s:?}; it reads: {}",
            Lang::ALL.iter().map(|l| l.code()).collect::<Vec<_>>().join(", ")
        )
    })
}
