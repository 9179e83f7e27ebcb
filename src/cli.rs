//! The command line: one subcommand per job, each with examples in its --help.

use crate::analytics::{RankBy, RankFormat};
use crate::dates::PartialDate;
use crate::lang::Lang;
use crate::output::{QueryOutput, RdfOutput};
use crate::rdf::vocab::DEFAULT_BASE_IRI;
use crate::views::dot::Layout;
use crate::views::ViewFormat;
use clap::{ArgAction, Args, Parser, Subcommand, ValueEnum};
use std::net::SocketAddr;
use std::path::PathBuf;

#[derive(Parser, Debug)]
#[command(
    name = "newsgraph",
    version,
    propagate_version = true,
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
        newsgraph publish --out release/             dumps, VoID and a DCAT-AP catalogue record\n  \
        newsgraph extract article.txt                facts of one article as TriG, no store\n  \
        newsgraph dot --person Lavrov -o lavrov.svg  one person's neighbourhood as a picture\n  \
        newsgraph rank                               who is most connected and most quoted\n\n\
        Every command takes -v/-vv (what was read, skipped and merged, and how long each stage took; \
        RUST_LOG=newsgraph=debug works too), -q, --color and --threads.\n\
        Shell completions: newsgraph completions bash|zsh|fish. Manual page: newsgraph man."
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

/// Options every command takes.
#[derive(Args, Debug, Clone)]
pub struct GlobalArgs {
    /// Say more on standard error: -v what was read, skipped and merged and how long each
    /// stage took, -vv each article too. RUST_LOG (e.g. RUST_LOG=newsgraph=debug) overrides.
    #[arg(short, long, action = ArgAction::Count, global = true)]
    pub verbose: u8,
    /// Say nothing on standard error but errors (results still go to standard output).
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    pub quiet: bool,
    /// Colour in messages and help: auto (on a terminal, unless NO_COLOR is set), always, never.
    #[arg(long, value_enum, global = true, default_value = "auto", value_name = "WHEN")]
    pub color: ColorWhen,
    /// Worker threads for reading articles (default: one per core).
    #[arg(long, global = true, env = "NEWSGRAPH_THREADS", value_name = "N",
          value_parser = clap::value_parser!(u16).range(1..))]
    pub threads: Option<u16>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorWhen {
    Auto,
    Always,
    Never,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    Build(BuildArgs),
    Extract(ExtractArgs),
    Query(QueryArgs),
    Export(ExportArgs),
    Stats(StatsArgs),
    Explain(ExplainArgs),
    #[command(visible_alias = "graph")]
    Dot(DotArgs),
    Rank(RankArgs),
    Entities(EntitiesArgs),
    Publish(PublishArgs),
    Validate(ValidateArgs),
    Serve(ServeArgs),
    Push(PushArgs),
    Completions(CompletionsArgs),
    Man(ManArgs),
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
    A web page gives its main content and what it says about the article (JSON-LD, OpenGraph):\n\
    headline, publication day (relative dates resolve against it), authors, publisher. A byline\n\
    (\"By Jane Doe\") names an author (schema:author), never a person of the story.\n\
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
    /// Say nothing but errors: set from the global -q, which every command takes.
    #[arg(skip)]
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
    newsgraph query -e 'SELECT DISTINCT ?name { ?p a schema:Person ; schema:name ?name }'\n  \
    newsgraph query --strict-dataset -e 'SELECT (COUNT(*) AS ?n) { ?s ?p ?o }'\n\n\
    The default graph is the union of all graphs (every article, the identity graph, the ontology),\n\
    as Oxigraph's server (--union-default-graph) and Fuseki (unionDefaultGraph) offer: a pattern\n\
    outside GRAPH matches a triple in any graph, once per graph that holds it (use DISTINCT).\n\
    GRAPH ?g still names each graph. A query with FROM or FROM NAMED gets exactly the dataset it asks\n\
    for; --strict-dataset makes the default graph the store's own, which newsgraph leaves empty.\n\n\
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
    /// Query the store's own default graph (empty) instead of the union of all graphs: the
    /// dataset exactly as SPARQL defines it, where only GRAPH reaches the articles.
    #[arg(long)]
    pub strict_dataset: bool,
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

/// Draw the store, one person's neighbourhood, one article or a CONSTRUCT as a picture:
/// persons, countries, organisations, venues, statements and dates, each kind its own shape
/// and colour, posts as labelled arrows, with a legend.
#[derive(Args, Debug)]
#[command(after_help = "Examples:\n  \
    newsgraph dot -o store.svg                        the whole store (SVG and PNG need Graphviz)\n  \
    newsgraph dot --person Lavrov -o lavrov.svg       one person, two links deep\n  \
    newsgraph dot --person 'Сергей Лавров' --depth 1 --lang ru\n  \
    newsgraph dot --article seeds/003_c1ddbacee037c545.txt -o grushko.png\n  \
    newsgraph dot --query queries/mentions-view.rq -o mentions.svg\n  \
    newsgraph dot --max-nodes 0 --layout force -o all.svg   every node, laid out by force\n  \
    newsgraph dot > store.dot && dot -Tpdf store.dot > store.pdf\n\n\
    Persons are found by any name any article or the identity graph gives them, in any script.\n\
    The format is --format, else the extension of --output, else DOT. --max-nodes keeps the most\n\
    connected nodes and says on standard error what it left out.")]
pub struct DotArgs {
    #[command(flatten)]
    pub store: StoreArg,
    /// Only this person's neighbourhood: any name the store knows, in any script.
    #[arg(long, value_name = "NAME")]
    pub person: Option<String>,
    /// How many links from --person to follow (2 reaches their statements' venues and dates).
    #[arg(long, default_value_t = 2, value_name = "N", requires = "person")]
    pub depth: usize,
    /// Only the article read from FILE (found by its file name, as `build` stored it).
    #[arg(long, value_name = "FILE", conflicts_with_all = ["graph", "query"])]
    pub article: Option<PathBuf>,
    /// Only this named graph (an article's graph IRI).
    #[arg(long, value_name = "IRI", conflicts_with = "query")]
    pub graph: Option<String>,
    /// Draw the triples of this CONSTRUCT (or DESCRIBE) query; types and labels of what it
    /// names are read from the store.
    #[arg(long, value_name = "FILE.rq")]
    pub query: Option<PathBuf>,
    /// At most N nodes, the most connected; what is left out is said on standard error (0: all).
    #[arg(long, default_value_t = 500, value_name = "N")]
    pub max_nodes: usize,
    /// Output format (default: the extension of --output, else dot).
    #[arg(long, short, value_enum)]
    pub format: Option<ViewFormat>,
    /// The same as --format svg.
    #[arg(long, hide = true, conflicts_with = "format")]
    pub svg: bool,
    /// How Graphviz places the nodes: ranked left to right (readable to about 150 nodes),
    /// force-directed (compact at any size), or auto (ranked up to 150 nodes).
    #[arg(long, value_enum, default_value = "auto")]
    pub layout: Layout,
    /// Labels in this language where the store has them, else English (en, ru, uk, de, fr).
    #[arg(long, value_parser = parse_lang, default_value = "en", value_name = "CODE")]
    pub lang: Lang,
    /// Write to this file instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// Rank people and organisations: the most connected (PageRank, links) and the most quoted,
/// where each is quoted most, and the connected groups with their central member.
#[derive(Args, Debug)]
#[command(after_help = "Examples:\n  \
    newsgraph rank\n  \
    newsgraph rank --by quoted --top 5\n  \
    newsgraph rank --format csv > rank.csv\n  \
    newsgraph rank --format json | jq '.groups'\n\n\
    Ranks are taken over persons, organisations, countries and venues; a statement counts as a\n\
    link from its speaker to its venue. PageRank (petgraph, damping 0.85) counts every link both ways.")]
pub struct RankArgs {
    #[command(flatten)]
    pub store: StoreArg,
    #[arg(long, short, value_enum, default_value = "table")]
    pub format: RankFormat,
    /// What to order by.
    #[arg(long, value_enum, default_value = "pagerank")]
    pub by: RankBy,
    /// Only the first N entities (0: all).
    #[arg(long, default_value_t = 20, value_name = "N")]
    pub top: usize,
    /// Names in this language where the store has them, else English.
    #[arg(long, value_parser = parse_lang, default_value = "en", value_name = "CODE")]
    pub lang: Lang,
}

/// Print a shell completion script.
#[derive(Args, Debug)]
#[command(after_help = "Examples:\n  \
    source <(newsgraph completions bash)                                  this shell\n  \
    newsgraph completions bash > ~/.local/share/bash-completion/completions/newsgraph\n  \
    newsgraph completions zsh > \"${fpath[1]}/_newsgraph\"\n  \
    newsgraph completions fish > ~/.config/fish/completions/newsgraph.fish")]
pub struct CompletionsArgs {
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// Print the manual page (roff), or write one page per command into a directory.
#[derive(Args, Debug)]
#[command(after_help = "Examples:\n  \
    newsgraph man | man -l -\n  \
    newsgraph man --output ~/.local/share/man/man1    then: man newsgraph, man newsgraph-dot")]
pub struct ManArgs {
    /// Write newsgraph.1 and newsgraph-COMMAND.1 into this directory.
    #[arg(long, short, value_name = "DIR")]
    pub output: Option<PathBuf>,
}

/// List every person, organisation, country and news outlet with its labels in each language, the
/// languages of the articles that name it, how many articles do, and its sameAs links.
#[derive(Args, Debug)]
#[command(
    after_help = "Examples:\n  newsgraph entities\n  newsgraph query --format csv queries/entities.rq > entities.csv"
)]
pub struct EntitiesArgs {
    #[command(flatten)]
    pub store: StoreArg,
}

/// Write a release folder of the store's data: dumps in six RDF formats, the ontology and the
/// shapes, a VoID description and a DCAT-AP catalogue record.
#[derive(Args, Debug)]
#[command(after_help = "Examples:\n  \
    newsgraph publish --out release/\n  \
    newsgraph publish --out /srv/data/kg --force --base-iri https://data.example.org/kg/ \\\n      \
    --title 'Who said what' --publisher 'Example Newsroom' \\\n      \
    --license https://creativecommons.org/licenses/by/4.0/ \\\n      \
    --sparql-endpoint https://data.example.org/kg/sparql\n  \
    newsgraph validate --data release/catalog.ttl --shapes ontology/dcat-ap/dcat-ap-SHACL.ttl\n\n\
    The release holds newsgraph.nq, .trig and .jsonld (one named graph per article, and the identity\n\
    graph), newsgraph.nt.gz, .ttl and .rdf (the triples of all graphs together), ontology.ttl,\n\
    shapes.ttl, void.ttl (VoID: counts, partitions, linksets, dumps) and catalog.ttl (DCAT-AP 3.0.1:\n\
    catalogue, dataset, one distribution per dump with its size and SHA-256, the endpoint). Every\n\
    figure is computed from the store. The folder is written beside --out and renamed into place\n\
    when complete, so a failed publish leaves no half-written release.\n\n\
    --base-iri must be the one the store was built with. Download URLs are --download-base (default:\n\
    BASE/download/) followed by the file name.")]
pub struct PublishArgs {
    #[command(flatten)]
    pub store: StoreArg,
    /// The release folder to write (absent or empty, unless --force).
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
    /// Replace --out if it already holds files.
    #[arg(long)]
    pub force: bool,
    /// The base IRI the store was built with: the dataset's IRI space.
    #[arg(long, env = "NEWSGRAPH_BASE_IRI", default_value = DEFAULT_BASE_IRI, value_name = "IRI")]
    pub base_iri: String,
    /// Where the release's files will be downloadable from (a URL ending in '/').
    #[arg(long, value_parser = parse_folder_url, value_name = "URL")]
    pub download_base: Option<String>,
    /// The SPARQL endpoint that serves the data, if there is one.
    #[arg(long, value_parser = parse_iri, value_name = "URL")]
    pub sparql_endpoint: Option<String>,
    /// The dataset's title.
    #[arg(long, default_value = "newsgraph knowledge graph", value_name = "TEXT")]
    pub title: String,
    /// The dataset's description (default: written from the figures of the store).
    #[arg(long, value_name = "TEXT")]
    pub description: Option<String>,
    /// The name of the publisher (a person or an organisation).
    #[arg(long, default_value = "newsgraph", value_name = "NAME")]
    pub publisher: String,
    /// The licence of the data, as the IRI of its text (none is stated without it).
    #[arg(long, value_parser = parse_iri, value_name = "URL")]
    pub license: Option<String>,
    /// A theme of the EU data-theme vocabulary (repeatable): AGRI ECON EDUC ENER ENVI GOVE HEAL
    /// INTR JUST REGI SOCI TECH TRAN.
    #[arg(long = "theme", value_parser = parse_theme, default_values = ["GOVE", "INTR"], value_name = "CODE")]
    pub themes: Vec<String>,
    /// When the dataset was first issued (default: today).
    #[arg(long, value_parser = parse_full_date, value_name = "YYYY-MM-DD")]
    pub issued: Option<String>,
    /// Say nothing but errors: set from the global -q, which every command takes.
    #[arg(skip)]
    pub quiet: bool,
}

/// Serve the store over HTTP: a SPARQL 1.1 endpoint, a page to type queries, and every
/// resource under the base IRI (HTML for browsers, RDF by Accept header). Builds on the same
/// store go on working while it runs: they hand their articles to the server.
#[derive(Args, Debug)]
#[command(after_help = "Examples:\n  \
    newsgraph serve                          page: http://127.0.0.1:7878/, endpoint: /sparql\n  \
    newsgraph serve --store /data/kg --bind 0.0.0.0:8080 --timeout 10 --max-rows 50000\n  \
    NEWSGRAPH_UPDATE_TOKEN=s3cret newsgraph serve --allow-update\n  \
    curl -H 'Accept: text/csv' --data-urlencode 'query=ASK {}' http://127.0.0.1:7878/sparql\n  \
    curl -H 'Accept: text/turtle' http://127.0.0.1:7878/person/sergei-lavrov\n  \
    newsgraph build seeds/                   while it serves: the server stores the articles\n\n\
    Queries see the union of all graphs as their default graph (as Oxigraph's --union-default-graph and\n\
    Fuseki's unionDefaultGraph): every article's facts without GRAPH. --strict-dataset gives the store's\n\
    own default graph instead, which newsgraph leaves empty. FROM, FROM NAMED and the protocol's\n\
    default-graph-uri / named-graph-uri always win. The prefixes of `newsgraph query` are predefined.\n\
    Results: JSON, XML, CSV, TSV; CONSTRUCT/DESCRIBE and resources: Turtle, N-Triples, JSON-LD, RDF/XML,\n\
    N-Quads, TriG (by Accept, or ?format=csv, turtle...). Any web page may query it (CORS).\n\
    SPARQL Update needs --allow-update and the bearer token from NEWSGRAPH_UPDATE_TOKEN or\n\
    --update-token-file (never on the command line, where other users see it).")]
pub struct ServeArgs {
    #[command(flatten)]
    pub store: StoreArg,
    /// Address and port to listen on (port 0: any free port, printed at start).
    #[arg(long, default_value = "127.0.0.1:7878", value_name = "ADDR:PORT")]
    pub bind: SocketAddr,
    /// The base IRI served at the root: GET /person/x answers for <IRI/person/x>. Default: the
    /// store's own, as built.
    #[arg(long, env = "NEWSGRAPH_BASE_IRI", value_name = "IRI")]
    pub base_iri: Option<String>,
    /// Seconds a query or update may run before it is cancelled (503).
    #[arg(long, default_value_t = 30, value_parser = clap::value_parser!(u64).range(1..), value_name = "SECONDS")]
    pub timeout: u64,
    /// Rows (or triples) a response holds at most; a longer result is cut there and the
    /// response says so in its X-SPARQL-MaxRows header.
    #[arg(long, default_value_t = 10_000, value_parser = clap::value_parser!(u64).range(1..), value_name = "N")]
    pub max_rows: u64,
    /// The default graph is the store's own default graph, as SPARQL's dataset strictly
    /// reads, instead of the union of all graphs.
    #[arg(long)]
    pub strict_dataset: bool,
    /// Accept SPARQL Update (POST) from clients that send the bearer token.
    #[arg(long)]
    pub allow_update: bool,
    /// A file holding the update token (instead of NEWSGRAPH_UPDATE_TOKEN).
    #[arg(long, value_name = "FILE", requires = "allow_update")]
    pub update_token_file: Option<PathBuf>,
}

/// Send every named graph to another store with the SPARQL 1.1 Graph Store HTTP Protocol
/// (one PUT per graph: a push done twice leaves the same data, and a push cut short is
/// resumed by running it again).
#[derive(Args, Debug)]
#[command(after_help = "Examples:\n  \
    newsgraph push --endpoint http://127.0.0.1:8890/sparql-graph-crud-auth --user dba --password dba\n  \
    newsgraph push --endpoint http://127.0.0.1:3030/news/data                  (Apache Jena Fuseki)\n  \
    NEWSGRAPH_PUSH_PASSWORD=... newsgraph push --endpoint https://kg.example.org/store --user me\n  \
    newsgraph push --endpoint URL --graph https://example.org/newsgraph/graph/000_b9d7ce6c74f9adfa.txt\n\n\
    Each graph is PUT to ENDPOINT?graph=IRI as Turtle, with Basic or Digest authentication as the\n\
    endpoint asks, retried with growing waits on network errors and 5xx answers. A journal in the\n\
    store directory remembers what each endpoint was sent: a graph unchanged since is not sent again\n\
    (--all sends everything), so running the same push again resumes one that was cut short.\n\
    One line per graph on standard output (sent / unchanged / failed), a summary at the end.")]
pub struct PushArgs {
    #[command(flatten)]
    pub store: StoreArg,
    /// The Graph Store Protocol endpoint (Virtuoso: http://HOST:8890/sparql-graph-crud-auth;
    /// Fuseki: http://HOST:3030/DATASET/data; Oxigraph: http://HOST:7878/store).
    #[arg(long, value_name = "URL")]
    pub endpoint: String,
    /// User name, when the endpoint asks for one.
    #[arg(long, env = "NEWSGRAPH_PUSH_USER", value_name = "NAME")]
    pub user: Option<String>,
    /// Password for --user (better from NEWSGRAPH_PUSH_PASSWORD: a command line is visible to
    /// other users).
    #[arg(
        long,
        env = "NEWSGRAPH_PUSH_PASSWORD",
        hide_env_values = true,
        requires = "user",
        value_name = "PASSWORD"
    )]
    pub password: Option<String>,
    /// Push only this named graph (repeatable); default: every named graph of the store.
    #[arg(long = "graph", value_name = "IRI")]
    pub graphs: Vec<String>,
    /// Send every graph, even those the journal says the endpoint already holds unchanged.
    #[arg(long)]
    pub all: bool,
    /// Attempts per graph before it counts as failed (waits of 1 s, 2 s, 4 s... between).
    #[arg(long, default_value_t = 4, value_parser = clap::value_parser!(u32).range(1..), value_name = "N")]
    pub attempts: u32,
    /// Seconds to wait for the endpoint to take one graph.
    #[arg(long, default_value_t = 120, value_parser = clap::value_parser!(u64).range(1..), value_name = "SECONDS")]
    pub timeout: u64,
    /// Print only the summary and failures: set from the global -q, which every command takes.
    #[arg(skip)]
    pub quiet: bool,
}

/// Check RDF against SHACL shapes: the store's article and identity graphs against newsgraph's
/// shapes, or any RDF file against any shapes.
#[derive(Args, Debug)]
#[command(after_help = "Examples:\n  \
    newsgraph validate\n  \
    newsgraph validate --store /data/kg --shapes my-shapes.ttl\n  \
    newsgraph validate --data release/catalog.ttl --shapes ontology/dcat-ap/dcat-ap-SHACL.ttl\n\n\
    Without --data, the data is the store's article graphs and identity graph taken together (the\n\
    ontology and shapes graphs left out), and the shapes are newsgraph's own (ontology/shapes.ttl).\n\
    Files are read in the format their extension names (.ttl, .nt, .nq, .trig, .jsonld, .rdf).\n\
    SHACL Core with the shacl crate of the rudof project. Each result is printed with its focus\n\
    node, path, constraint component, value and message; the exit code is 1 when any result is\n\
    a violation, 0 when the data conforms (warnings and infos are printed but do not fail).")]
pub struct ValidateArgs {
    #[command(flatten)]
    pub store: StoreArg,
    /// Validate this RDF file instead of the store.
    #[arg(long, value_name = "FILE")]
    pub data: Option<PathBuf>,
    /// The SHACL shapes to check against (default: newsgraph's own shapes).
    #[arg(long, value_name = "FILE")]
    pub shapes: Option<PathBuf>,
}

fn parse_date(s: &str) -> Result<PartialDate, String> {
    PartialDate::parse_iso(s).ok_or_else(|| format!("{s:?} is not a date of the form YYYY-MM-DD"))
}

fn parse_full_date(s: &str) -> Result<String, String> {
    match PartialDate::parse_iso(s) {
        Some(d) if d.year.is_some() => Ok(d.lexical()),
        _ => Err(format!("{s:?} is not a date of the form YYYY-MM-DD")),
    }
}

fn parse_iri(s: &str) -> Result<String, String> {
    oxigraph::model::NamedNode::new(s)
        .map(|n| n.into_string())
        .map_err(|e| format!("{s:?} is not an absolute IRI: {e}"))
}

fn parse_folder_url(s: &str) -> Result<String, String> {
    let iri = parse_iri(s)?;
    if iri.ends_with('/') {
        Ok(iri)
    } else {
        Err(format!("{s:?} must end in '/': file names are appended to it"))
    }
}

fn parse_theme(s: &str) -> Result<String, String> {
    let code = s.to_ascii_uppercase();
    if crate::publish::dcat::theme_label(&code).is_some() {
        Ok(code)
    } else {
        Err(format!(
            "{s:?} is not a theme of the EU data-theme vocabulary; use one of: {}",
            crate::publish::dcat::THEMES
                .iter()
                .map(|(c, _)| *c)
                .collect::<Vec<_>>()
                .join(" ")
        ))
    }
}

fn parse_lang(s: &str) -> Result<Lang, String> {
    Lang::from_code(s).ok_or_else(|| {
        format!(
            "newsgraph does not read {s:?}; it reads: {}",
            Lang::ALL.iter().map(|l| l.code()).collect::<Vec<_>>().join(", ")
        )
    })
}
