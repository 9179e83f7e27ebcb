//! `newsgraph publish` on a real store of the seeds: every dump read back (by Oxigraph, by gzip,
//! by Python rdflib) to exactly the store's data, every figure of the descriptions against
//! counts taken from the store, every file against its size and SHA-256 (`sha256sum`), the
//! catalogue record against the DCAT-AP 3.0.1 shapes with two engines (newsgraph's own
//! `validate` and pySHACL), and a release that is written whole or not at all.

mod common;
use common::*;
use oxigraph::io::{JsonLdProfileSet, RdfFormat, RdfParser, RdfSerializer};
use oxigraph::model::{GraphName, NamedNode, Quad, Term, Triple};
use oxigraph::store::Store;
use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::{Path, PathBuf};

const ONTOLOGY_GRAPH: &str = "https://w3id.org/newsgraph/ns";
const SHAPES_GRAPH: &str = "https://w3id.org/newsgraph/shapes";
const DCAT_AP: &str = "ontology/dcat-ap/dcat-ap-SHACL.ttl";
const ENDPOINT: &str = "https://data.example.org/kg/sparql";
const LICENSE: &str = "https://creativecommons.org/licenses/by/4.0/";
const DOWNLOAD: &str = "https://data.example.org/kg/files/";

/// A store of the seeds and a release of it (with an endpoint and a licence).
fn published(dir: &Path) -> (PathBuf, PathBuf) {
    let store = build_seeds(dir);
    let out = dir.join("release");
    ok(bin()
        .args(["publish", "--store"])
        .arg(&store)
        .arg("--out")
        .arg(&out)
        .args([
            "--sparql-endpoint",
            ENDPOINT,
            "--license",
            LICENSE,
            "--download-base",
            DOWNLOAD,
        ])
        .args(["--title", "Seeds", "--publisher", "Test Newsroom"]));
    (store, out)
}

fn parse(path: &Path, format: RdfFormat) -> Vec<Quad> {
    let bytes = std::fs::read(path).unwrap();
    RdfParser::from_format(format)
        .for_slice(&bytes)
        .map(|q| q.unwrap_or_else(|e| panic!("{}: {e}", path.display())))
        .collect()
}

/// The store's data graphs as `newsgraph export` gives them (everything but the ontology and
/// the shapes).
fn data_quads(store: &Path) -> HashSet<Quad> {
    let nquads = ok(bin().args(["export", "--format", "nquads", "--store"]).arg(store));
    RdfParser::from_format(RdfFormat::NQuads)
        .for_slice(nquads.as_bytes())
        .map(|q| q.unwrap())
        .filter(|q| match &q.graph_name {
            GraphName::NamedNode(g) => g.as_str() != ONTOLOGY_GRAPH && g.as_str() != SHAPES_GRAPH,
            _ => true,
        })
        .collect()
}

fn triples_of(quads: impl IntoIterator<Item = Quad>) -> HashSet<Triple> {
    quads.into_iter().map(Triple::from).collect()
}

/// A description file loaded into an in-memory store, to ask it questions.
fn description(path: &Path) -> Store {
    let store = Store::new().unwrap();
    store
        .load_from_slice(RdfFormat::Turtle, &std::fs::read(path).unwrap())
        .unwrap();
    store
}

/// Rows of a SELECT on a description, each value as text (the library's own helper).
fn select(store: &Store, query: &str) -> Vec<Vec<String>> {
    newsgraph::query::rows(store, query).unwrap()
}

fn one(store: &Store, query: &str) -> String {
    let rows = select(store, query);
    assert_eq!(rows.len(), 1, "{query}: {rows:?}");
    rows[0][0].clone()
}

/// The single number a `newsgraph query` SELECT (COUNT(...) AS ?n) returns on the store.
fn count(store: &Path, query: &str) -> u64 {
    let rows = query_text(store, query);
    rows[0]["n"].parse().unwrap()
}

const PREFIXES: &str = "PREFIX void: <http://rdfs.org/ns/void#> PREFIX dcat: <http://www.w3.org/ns/dcat#> \
    PREFIX dct: <http://purl.org/dc/terms/> PREFIX spdx: <http://spdx.org/rdf/terms#> \
    PREFIX foaf: <http://xmlns.com/foaf/0.1/> PREFIX owl: <http://www.w3.org/2002/07/owl#> ";

#[test]
fn every_dump_parses_back_to_the_stores_data() {
    let dir = tempfile::tempdir().unwrap();
    let (store, out) = published(dir.path());
    let quads = data_quads(&store);
    assert!(quads.len() > 1000, "{}", quads.len());
    let json_ld = RdfFormat::JsonLd {
        profile: JsonLdProfileSet::empty(),
    };
    for (file, format) in [
        ("newsgraph.nq", RdfFormat::NQuads),
        ("newsgraph.trig", RdfFormat::TriG),
        ("newsgraph.jsonld", json_ld),
    ] {
        let got: HashSet<Quad> = parse(&out.join(file), format).into_iter().collect();
        assert!(got == quads, "{file}: {} quads, the store {}", got.len(), quads.len());
    }
    // The triple formats hold the union of the graphs; gzip itself unpacks the N-Triples.
    let triples = triples_of(quads);
    let unpacked = std::process::Command::new("gzip")
        .arg("-dc")
        .arg(out.join("newsgraph.nt.gz"))
        .output()
        .expect("gzip");
    assert!(unpacked.status.success());
    let nt = dir.path().join("unpacked.nt");
    std::fs::write(&nt, &unpacked.stdout).unwrap();
    for (path, format) in [
        (nt, RdfFormat::NTriples),
        (out.join("newsgraph.ttl"), RdfFormat::Turtle),
        (out.join("newsgraph.rdf"), RdfFormat::RdfXml),
    ] {
        let got = triples_of(parse(&path, format));
        assert!(
            got == triples,
            "{}: {} triples, the store {}",
            path.display(),
            got.len(),
            triples.len()
        );
    }
    // The ontology and the shapes are the files of the repository.
    for (file, source) in [
        ("ontology.ttl", "ontology/newsgraph.ttl"),
        ("shapes.ttl", "ontology/shapes.ttl"),
    ] {
        assert_eq!(
            std::fs::read(out.join(file)).unwrap(),
            std::fs::read(root().join(source)).unwrap(),
            "{file}"
        );
    }
}

#[test]
fn the_json_ld_dump_has_short_names_and_rdflib_reads_the_same_quads() {
    let dir = tempfile::tempdir().unwrap();
    let (store, out) = published(dir.path());
    let text = std::fs::read_to_string(out.join("newsgraph.jsonld")).unwrap();
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    let context = json["@context"].as_object().expect("an @context object");
    assert_eq!(context["name"], "https://schema.org/name");
    assert_eq!(context["member"], "http://www.w3.org/ns/org#member");
    assert_eq!(context["schema"], "https://schema.org/");
    // No node uses a full IRI as a key: every property has its short name.
    let mut long_keys = BTreeSet::new();
    fn keys(v: &serde_json::Value, long: &mut BTreeSet<String>) {
        match v {
            serde_json::Value::Object(o) => {
                for (k, v) in o {
                    if k.contains("://") {
                        long.insert(k.clone());
                    }
                    keys(v, long);
                }
            }
            serde_json::Value::Array(a) => a.iter().for_each(|v| keys(v, long)),
            _ => {}
        }
    }
    keys(&json["@graph"], &mut long_keys);
    assert!(long_keys.is_empty(), "{long_keys:?}");
    assert!(text.contains("\"@type\":\"xsd:date\""), "datatypes as compact IRIs");

    // Python rdflib, a second JSON-LD implementation, finds the quads of the N-Quads dump.
    let script = "import sys, rdflib\n\
        def quads(path, fmt):\n\
        \x20   d = rdflib.Dataset(); d.parse(path, format=fmt)\n\
        \x20   return set((s, p, o, c.identifier if hasattr(c, 'identifier') else c) for s, p, o, c in d.quads((None, None, None, None)))\n\
        a = quads(sys.argv[1], 'json-ld'); b = quads(sys.argv[2], 'nquads')\n\
        print(len(a), len(b), len(a ^ b))\n";
    for python in [PathBuf::from("/usr/bin/python3"), venv_python()] {
        let run = std::process::Command::new(&python)
            .arg("-c")
            .arg(script)
            .arg(out.join("newsgraph.jsonld"))
            .arg(out.join("newsgraph.nq"))
            .output()
            .unwrap();
        assert!(
            run.status.success(),
            "{}: {}",
            python.display(),
            String::from_utf8_lossy(&run.stderr)
        );
        let counts: Vec<usize> = String::from_utf8_lossy(&run.stdout)
            .split_whitespace()
            .map(|n| n.parse().unwrap())
            .collect();
        let n = data_quads(&store).len();
        assert_eq!(counts, [n, n, 0], "{}", python.display());
    }
}

#[test]
fn the_void_figures_are_the_stores_counts() {
    let dir = tempfile::tempdir().unwrap();
    let (store, out) = published(dir.path());
    let void = description(&out.join("void.ttl"));
    let dataset = "<https://example.org/newsgraph/dataset>";
    let figure = |p: &str| -> u64 {
        one(&void, &format!("{PREFIXES} SELECT ?n {{ {dataset} void:{p} ?n }}"))
            .parse()
            .unwrap()
    };
    let data = "GRAPH ?g { ?s ?p ?o } FILTER(?g != <https://w3id.org/newsgraph/ns> && ?g != <https://w3id.org/newsgraph/shapes>)";
    for (name, query) in [
        ("triples", format!("SELECT (COUNT(*) AS ?n) {{ SELECT DISTINCT ?s ?p ?o {{ {data} }} }}")),
        (
            "entities",
            format!("SELECT (COUNT(DISTINCT ?s) AS ?n) {{ {data} FILTER(STRSTARTS(STR(?s), 'https://example.org/newsgraph/')) }}"),
        ),
        ("distinctSubjects", format!("SELECT (COUNT(DISTINCT ?s) AS ?n) {{ {data} }}")),
        ("distinctObjects", format!("SELECT (COUNT(DISTINCT ?o) AS ?n) {{ {data} }}")),
        ("properties", format!("SELECT (COUNT(DISTINCT ?p) AS ?n) {{ {data} }}")),
        ("classes", format!("SELECT (COUNT(DISTINCT ?o) AS ?n) {{ {data} FILTER(?p = rdf:type) }}")),
    ] {
        assert_eq!(figure(name), count(&store, &query), "void:{name}");
    }

    // Each class partition against the number of instances in the store.
    let partitions: BTreeMap<String, String> = select(
        &void,
        &format!("{PREFIXES} SELECT ?c ?n {{ {dataset} void:classPartition [ void:class ?c ; void:entities ?n ] }}"),
    )
    .into_iter()
    .map(|r| (r[0].clone(), r[1].clone()))
    .collect();
    let expected: BTreeMap<String, String> = query_text(
        &store,
        &format!("SELECT ?c (COUNT(DISTINCT ?s) AS ?n) {{ {data} FILTER(?p = rdf:type) BIND(?o AS ?c) }} GROUP BY ?c"),
    )
    .into_iter()
    .map(|r| (r["c"].clone(), r["n"].clone()))
    .collect();
    assert_eq!(partitions, expected);
    assert_eq!(partitions["https://schema.org/NewsArticle"], "5");

    // Each property partition, and the partitions add up to the triples.
    let properties: BTreeMap<String, u64> = select(
        &void,
        &format!(
            "{PREFIXES} SELECT ?p ?n {{ {dataset} void:propertyPartition [ void:property ?p ; void:triples ?n ] }}"
        ),
    )
    .into_iter()
    .map(|r| (r[0].clone(), r[1].parse().unwrap()))
    .collect();
    assert_eq!(properties.values().sum::<u64>(), figure("triples"));
    let names = count(
        &store,
        &format!("SELECT (COUNT(*) AS ?n) {{ SELECT DISTINCT ?s ?o {{ {data} FILTER(?p = schema:name) }} }}"),
    );
    assert_eq!(properties["https://schema.org/name"], names);

    // The Wikidata linkset counts the distinct sameAs links into Wikidata.
    let links: u64 = one(
        &void,
        &format!(
            "{PREFIXES} SELECT ?n {{ ?l a void:Linkset ; void:linkPredicate owl:sameAs ; void:subjectsTarget {dataset} ; \
             void:objectsTarget [ void:uriSpace 'http://www.wikidata.org/entity/' ] ; void:triples ?n }}"
        ),
    )
    .parse()
    .unwrap();
    assert_eq!(
        links,
        count(
            &store,
            &format!(
                "SELECT (COUNT(*) AS ?n) {{ SELECT DISTINCT ?s ?o {{ {data} FILTER(?p = owl:sameAs && STRSTARTS(STR(?o), 'http://www.wikidata.org/entity/')) }} }}"
            )
        )
    );
    assert!(links >= 2, "Putin and Biden at least: {links}");

    // Where the data is: one dump per file, the endpoint, the vocabularies it uses.
    let dumps = select(
        &void,
        &format!("{PREFIXES} SELECT ?d {{ {dataset} void:dataDump ?d }} ORDER BY ?d"),
    );
    assert_eq!(dumps.len(), 6, "{dumps:?}");
    for d in &dumps {
        let file = d[0].strip_prefix(DOWNLOAD).expect("under --download-base");
        assert!(out.join(file).is_file(), "{file}");
    }
    assert_eq!(
        one(
            &void,
            &format!("{PREFIXES} SELECT ?e {{ {dataset} void:sparqlEndpoint ?e }}")
        ),
        ENDPOINT
    );
    let vocabularies: Vec<String> = select(
        &void,
        &format!("{PREFIXES} SELECT ?v {{ {dataset} void:vocabulary ?v }}"),
    )
    .into_iter()
    .map(|r| r[0].clone())
    .collect();
    for v in [
        "http://www.w3.org/ns/org#",
        "https://schema.org/",
        "http://www.w3.org/ns/prov#",
    ] {
        assert!(vocabularies.iter().any(|x| x == v), "{v}: {vocabularies:?}");
    }
    assert_eq!(
        one(&void, &format!("{PREFIXES} SELECT ?u {{ {dataset} void:uriSpace ?u }}")),
        "https://example.org/newsgraph/"
    );
}

#[test]
fn the_catalogue_describes_each_file_its_languages_and_its_period() {
    let dir = tempfile::tempdir().unwrap();
    let (store, out) = published(dir.path());
    let catalog = description(&out.join("catalog.ttl"));
    let rows = select(
        &catalog,
        &format!(
            "{PREFIXES} SELECT ?url ?size ?sum ?media {{ <https://example.org/newsgraph/dataset> dcat:distribution ?d . \
             ?d dcat:downloadURL ?url ; dcat:byteSize ?size ; dcat:mediaType ?media ; dcat:accessURL <{DOWNLOAD}> ; \
             dct:license <{LICENSE}> ; \
             spdx:checksum [ spdx:algorithm spdx:checksumAlgorithm_sha256 ; spdx:checksumValue ?sum ] }} ORDER BY ?url"
        ),
    );
    assert_eq!(rows.len(), 6, "{rows:?}");
    for row in &rows {
        let file = out.join(row[0].strip_prefix(DOWNLOAD).unwrap());
        assert_eq!(
            row[1],
            std::fs::metadata(&file).unwrap().len().to_string(),
            "{}",
            file.display()
        );
        let sha = std::process::Command::new("sha256sum")
            .arg(&file)
            .output()
            .expect("sha256sum");
        let sha = String::from_utf8_lossy(&sha.stdout);
        assert_eq!(row[2], sha.split_whitespace().next().unwrap(), "{}", file.display());
        assert!(
            row[3].starts_with("https://www.iana.org/assignments/media-types/"),
            "{row:?}"
        );
    }
    let media: BTreeMap<String, String> = rows
        .iter()
        .map(|r| {
            (
                r[0].rsplit('/').next().unwrap().to_string(),
                r[3].rsplit("media-types/").next().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(media["newsgraph.ttl"], "text/turtle");
    assert_eq!(media["newsgraph.nt.gz"], "application/n-triples");
    assert_eq!(media["newsgraph.jsonld"], "application/ld+json");
    assert_eq!(
        one(
            &catalog,
            &format!(
                "{PREFIXES} SELECT ?c {{ ?d dcat:downloadURL <{DOWNLOAD}newsgraph.nt.gz> ; dcat:compressFormat ?c }}"
            )
        ),
        "https://www.iana.org/assignments/media-types/application/gzip"
    );

    // The languages of the articles, as the EU's language authority names them.
    let languages: Vec<String> = select(
        &catalog,
        &format!("{PREFIXES} SELECT ?l {{ <https://example.org/newsgraph/dataset> dct:language ?l }} ORDER BY ?l"),
    )
    .into_iter()
    .map(|r| r[0].rsplit('/').next().unwrap().to_string())
    .collect();
    assert_eq!(languages, ["ENG", "RUS"]);
    // The period: the first and last full date of a statement.
    let period = select(
        &catalog,
        &format!(
            "{PREFIXES} SELECT ?start ?end {{ <https://example.org/newsgraph/dataset> dct:temporal [ a dct:PeriodOfTime ; dcat:startDate ?start ; dcat:endDate ?end ] }}"
        ),
    );
    let dates = query_text(
        &store,
        "SELECT (MIN(?d) AS ?start) (MAX(?d) AS ?end) { GRAPH ?g { ?s a ng:Statement ; schema:dateCreated ?d } FILTER(DATATYPE(?d) = xsd:date) }",
    );
    assert_eq!(period, [[dates[0]["start"].clone(), dates[0]["end"].clone()]]);
    // The endpoint is a data service of the catalogue, and the publisher an agent with a name.
    assert_eq!(
        one(
            &catalog,
            &format!("{PREFIXES} SELECT ?e {{ ?c dcat:service [ a dcat:DataService ; dcat:endpointURL ?e ] }}")
        ),
        ENDPOINT
    );
    assert_eq!(
        one(
            &catalog,
            &format!("{PREFIXES} SELECT ?n {{ ?c a dcat:Catalog ; dct:publisher [ a foaf:Agent ; foaf:name ?n ] }}")
        ),
        "Test Newsroom"
    );
    // The description in words quotes the store's own counts.
    let text = one(
        &catalog,
        &format!("{PREFIXES} SELECT ?t {{ <https://example.org/newsgraph/dataset> dct:description ?t }}"),
    );
    let statements = count(
        &store,
        "SELECT (COUNT(DISTINCT ?s) AS ?n) { GRAPH ?g { ?s a ng:Statement } }",
    );
    assert!(text.contains("5 news articles in English, Russian"), "{text}");
    assert!(text.contains(&format!("{statements} statements")), "{text}");
}

/// Runs pySHACL on `data` against the DCAT-AP shapes; returns whether it conforms and its
/// violations as (focus node, path, constraint component) IRIs. With `drop_undefined`, the two
/// property shapes the profile references but never defines are dropped first (pySHACL rejects
/// them whenever the data holds a dcat:DataService: see ontology/dcat-ap/README.md).
fn pyshacl(data: &Path, drop_undefined: bool) -> (bool, BTreeSet<(String, String, String)>) {
    let script = "import sys, rdflib, pyshacl\n\
        SH = rdflib.Namespace('http://www.w3.org/ns/shacl#')\n\
        shapes = rdflib.Graph().parse(sys.argv[1])\n\
        if sys.argv[3] == 'yes':\n\
        \x20   for s, o in list(shapes.subject_objects(SH.property)):\n\
        \x20       if (o, SH.path, None) not in shapes:\n\
        \x20           shapes.remove((s, SH.property, o))\n\
        data = rdflib.Graph().parse(sys.argv[2])\n\
        conforms, report, _ = pyshacl.validate(data, shacl_graph=shapes)\n\
        print('CONFORMS' if conforms else 'VIOLATES')\n\
        for r in report.subjects(SH.resultSeverity, SH.Violation):\n\
        \x20   print(report.value(r, SH.focusNode), report.value(r, SH.resultPath) or '', report.value(r, SH.sourceConstraintComponent), sep='\\t')\n";
    let out = std::process::Command::new(venv_python())
        .arg("-c")
        .arg(script)
        .arg(root().join(DCAT_AP))
        .arg(data)
        .arg(if drop_undefined { "yes" } else { "no" })
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "pySHACL failed: {}{text}",
        String::from_utf8_lossy(&out.stderr)
    );
    let violations = text
        .lines()
        .skip(1)
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            (f[0].to_string(), f[1].to_string(), f[2].to_string())
        })
        .collect();
    (text.starts_with("CONFORMS"), violations)
}

/// The violations in a `newsgraph validate` report, as (focus node, path, constraint component).
fn violations_in(report: &str) -> BTreeSet<(String, String, String)> {
    let mut found = BTreeSet::new();
    let mut current: Option<(String, String, String)> = None;
    for line in report.lines() {
        if let Some(focus) = line.strip_prefix("Violation: ") {
            found.extend(current.take());
            current = Some((focus.to_string(), String::new(), String::new()));
        } else if let (Some(c), Some(rest)) = (current.as_mut(), line.strip_prefix("  ")) {
            if let Some((label, value)) = rest.split_once(' ') {
                match label {
                    "path" => c.1 = value.trim().to_string(),
                    "constraint" => c.2 = value.trim().to_string(),
                    _ => {}
                }
            }
        } else {
            found.extend(current.take());
        }
    }
    found.extend(current);
    found
}

#[test]
fn the_catalogue_conforms_to_dcat_ap_for_both_engines() {
    let dir = tempfile::tempdir().unwrap();
    let (store, out) = published(dir.path());
    let catalog = out.join("catalog.ttl");
    let report = ok(bin()
        .args(["validate", "--data"])
        .arg(&catalog)
        .args(["--shapes", DCAT_AP]));
    assert!(report.contains(": 0 violations"), "{report}");
    let (conforms, violations) = pyshacl(&catalog, true);
    assert!(conforms, "{violations:?}");
    // A release without an endpoint has no data service: pySHACL takes the profile unchanged.
    let plain = dir.path().join("plain");
    ok(bin()
        .args(["publish", "-q", "--store"])
        .arg(&store)
        .arg("--out")
        .arg(&plain));
    let (conforms, violations) = pyshacl(&plain.join("catalog.ttl"), false);
    assert!(conforms, "{violations:?}");
    let report = ok(bin()
        .args(["validate", "--data"])
        .arg(plain.join("catalog.ttl"))
        .args(["--shapes", DCAT_AP]));
    assert!(report.contains(": 0 violations"), "{report}");
}

#[test]
fn a_defective_catalogue_is_a_violation_for_both_engines() {
    let dir = tempfile::tempdir().unwrap();
    let (_, out) = published(dir.path());
    let triples: Vec<Triple> = parse(&out.join("catalog.ttl"), RdfFormat::Turtle)
        .into_iter()
        .map(Triple::from)
        .collect();
    let access_url = NamedNode::new("http://www.w3.org/ns/dcat#accessURL").unwrap();
    let agent = NamedNode::new("http://xmlns.com/foaf/0.1/Agent").unwrap();
    let nquads = NamedNode::new("https://example.org/newsgraph/dataset/distribution/newsgraph.nq").unwrap();
    // Two defects: a distribution without an access URL, a publisher that is no foaf:Agent.
    let defective: Vec<&Triple> = triples
        .iter()
        .filter(|t| !(t.predicate == access_url && t.subject == nquads.clone().into()))
        .filter(|t| t.object != Term::NamedNode(agent.clone()))
        .collect();
    assert_eq!(defective.len(), triples.len() - 2);
    let bad = dir.path().join("bad.ttl");
    let mut writer = RdfSerializer::from_format(RdfFormat::Turtle).for_writer(Vec::new());
    for t in defective {
        writer.serialize_triple(t).unwrap();
    }
    std::fs::write(&bad, writer.finish().unwrap()).unwrap();

    let run = run(bin().args(["validate", "--data"]).arg(&bad).args(["--shapes", DCAT_AP]));
    assert!(!run.status.success());
    let report = String::from_utf8_lossy(&run.stdout);
    let err = String::from_utf8_lossy(&run.stderr);
    assert!(
        err.contains("does not conform") && err.trim().lines().count() == 1,
        "{err}"
    );
    assert!(
        report.contains(&format!("Violation: {}", nquads.as_str()))
            && report.contains("http://www.w3.org/ns/dcat#accessURL")
            && report.contains("MinCountConstraintComponent"),
        "{report}"
    );
    assert!(report.contains("ClassConstraintComponent"), "the publisher: {report}");

    // pySHACL finds the same violations: the same nodes, paths and constraints.
    let (conforms, theirs) = pyshacl(&bad, true);
    assert!(!conforms);
    let ours = violations_in(&report);
    assert_eq!(ours, theirs);
    assert_eq!(
        ours.len(),
        4,
        "the catalogue, dataset and service publisher, the access URL: {ours:?}"
    );
}

#[test]
fn a_release_is_never_written_over_files_unless_forced() {
    let dir = tempfile::tempdir().unwrap();
    let store = build_seeds(dir.path());
    let out = dir.path().join("release");
    std::fs::create_dir(&out).unwrap();
    std::fs::write(out.join("notes.txt"), "mine").unwrap();
    let publish = |extra: &[&str]| {
        let mut cmd = bin();
        cmd.args(["publish", "-q", "--store"])
            .arg(&store)
            .arg("--out")
            .arg(&out)
            .args(extra);
        cmd
    };
    fails_with(&mut publish(&[]), "is not empty");
    assert_eq!(std::fs::read_to_string(out.join("notes.txt")).unwrap(), "mine");
    ok(&mut publish(&["--force"]));
    assert!(!out.join("notes.txt").exists());
    assert!(out.join("catalog.ttl").is_file());
    // Nothing but the release is left beside it.
    let beside: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.'))
        .collect();
    assert!(beside.is_empty(), "{beside:?}");
    // A base IRI the store was not built with, a --download-base that is no folder, an unknown theme.
    fails_with(
        bin()
            .args(["publish", "--store"])
            .arg(&store)
            .arg("--out")
            .arg(dir.path().join("x"))
            .args(["--base-iri", "https://other.example/"]),
        "no article under https://other.example/",
    );
    assert!(!dir.path().join("x").exists());
    for (flag, value, needle) in [
        ("--download-base", "https://example.org/files", "must end in '/'"),
        ("--theme", "NEWS", "not a theme of the EU data-theme vocabulary"),
        ("--license", "not an iri", "not an absolute IRI"),
    ] {
        let out = run(bin().args(["publish", "--out", "y", flag, value]));
        assert_eq!(out.status.code(), Some(2), "{flag} {value}");
        assert!(String::from_utf8_lossy(&out.stderr).contains(needle), "{flag} {value}");
    }
}

#[test]
fn a_publish_that_runs_out_of_space_leaves_no_release() {
    let dir = tempfile::tempdir().unwrap();
    let store = build_seeds(dir.path());
    let mnt = dir.path().join("disk");
    std::fs::create_dir_all(&mnt).unwrap();
    // The seed release takes about 1.2 MB: 400 KiB are not enough.
    let mounted = std::process::Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=400k", "tmpfs"])
        .arg(&mnt)
        .status()
        .is_ok_and(|s| s.success());
    if !mounted {
        eprintln!("skipped: this test mounts a tmpfs, which needs root");
        return;
    }
    let out = mnt.join("release");
    let result = run(bin()
        .args(["publish", "-q", "--store"])
        .arg(&store)
        .arg("--out")
        .arg(&out));
    let left: Vec<String> = std::fs::read_dir(&mnt)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    std::process::Command::new("umount").arg(&mnt).status().ok();
    assert!(!result.status.success());
    let err = String::from_utf8_lossy(&result.stderr);
    assert!(
        err.contains("No space left on device") && err.trim().lines().count() == 1,
        "{err}"
    );
    assert!(left.is_empty(), "a failed publish left {left:?}");
}
