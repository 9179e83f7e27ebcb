//! The real binary on the real seeds: build, the contract queries, every export format parsed
//! back, rebuilds, and the errors a user meets.

mod common;
use common::*;
use oxigraph::io::{JsonLdProfileSet, RdfFormat, RdfParser};

#[test]
fn build_prints_a_summary_and_contract_queries_have_their_columns() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let out = ok(bin().arg("build").arg("--store").arg(&store).args(seeds()));
    for word in [
        "articles",
        "persons",
        "organisations",
        "role facts",
        "statements",
        "triples",
        "Try next",
    ] {
        assert!(out.contains(word), "summary lacks {word}: {out}");
    }
    let roles = query_json(&store, "queries/person-roles.rq");
    assert!(roles.len() >= 5, "{roles:?}");
    for r in &roles {
        for col in ["source", "person", "role", "organization"] {
            assert!(!r.get(col).map_or(true, |v| v.is_empty()), "empty {col} in {r:?}");
        }
    }
    assert!(
        roles.iter().any(|r| r["person"] == "Sergey Lavrov"
            && r["role"] == "Foreign Minister"
            && r["organization"] == "Russia"),
        "{roles:?}"
    );
    let statements = query_json(&store, "queries/statements.rq");
    assert!(
        statements
            .iter()
            .any(|s| s["speaker"] == "Сергей Лавров" && s["date"] == "2021-12-22"),
        "{statements:?}"
    );
    let people = query_json(&store, "queries/people.rq");
    assert!(people
        .iter()
        .all(|p| p["entity"].starts_with("https://example.org/newsgraph/person/")));
}

#[test]
fn the_same_person_is_one_iri_across_articles_and_scripts() {
    let dir = tempfile::tempdir().unwrap();
    let store = build_seeds(dir.path());
    let people = query_json(&store, "queries/people.rq");
    let lavrov: std::collections::HashSet<&str> = people
        .iter()
        .filter(|p| p["person"].contains("Lavrov") || p["person"].contains("Лавров"))
        .map(|p| p["entity"].as_str())
        .collect();
    assert_eq!(lavrov.len(), 1, "{people:?}");
    let lavrov_articles = people.iter().filter(|p| lavrov.contains(p["entity"].as_str())).count();
    assert_eq!(lavrov_articles, 4, "Lavrov is in four seeds: {people:?}");
}

#[test]
fn building_twice_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let store = build_seeds(dir.path());
    let dump = |s: &std::path::Path| ok(bin().args(["export", "--format", "nquads", "--store"]).arg(s));
    let first = dump(&store);
    ok(bin().arg("build").arg("--store").arg(&store).args(seeds()));
    let mut a: Vec<&str> = first.lines().collect();
    let second = dump(&store);
    let mut b: Vec<&str> = second.lines().collect();
    a.sort();
    b.sort();
    assert_eq!(a.len(), b.len());
    assert!(a == b, "a rebuild changed the store");
}

#[test]
fn an_edited_article_replaces_its_old_facts() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let article = dir.path().join("note.txt");
    std::fs::write(&article, "Talks in Geneva.\n\nRussian Foreign Minister Sergey Lavrov said on Monday that the talks would begin in January.\n").unwrap();
    ok(bin().arg("build").arg("--store").arg(&store).arg(&article));
    std::fs::write(&article, "Talks in Geneva.\n\nUS Secretary of State Antony Blinken said on Monday that the talks would begin in January.\n").unwrap();
    ok(bin().arg("build").arg("--store").arg(&store).arg(&article));
    let people = query_json(&store, "queries/people.rq");
    let names: Vec<&str> = people.iter().map(|p| p["person"].as_str()).collect();
    assert_eq!(names, ["Antony Blinken"]);
}

#[test]
fn every_export_format_parses_back_with_the_same_quads() {
    let dir = tempfile::tempdir().unwrap();
    let store = build_seeds(dir.path());
    let count_quads = |text: &str, format: RdfFormat| {
        RdfParser::from_format(format)
            .for_slice(text.as_bytes())
            .map(|q| q.expect("parses back"))
            .count()
    };
    let nquads = ok(bin().args(["export", "--format", "nquads", "--store"]).arg(&store));
    let total = count_quads(&nquads, RdfFormat::NQuads);
    assert!(total > 500);
    for (name, format) in [
        ("trig", RdfFormat::TriG),
        (
            "jsonld",
            RdfFormat::JsonLd {
                profile: JsonLdProfileSet::empty(),
            },
        ),
    ] {
        let text = ok(bin().args(["export", "--format", name, "--store"]).arg(&store));
        assert_eq!(count_quads(&text, format), total, "{name}");
    }
    let graph = "https://example.org/newsgraph/graph/003_c1ddbacee037c545.txt";
    let graph_nq = nquads.lines().filter(|l| l.contains(&format!("<{graph}> ."))).count();
    for (name, format) in [
        ("turtle", RdfFormat::Turtle),
        ("ntriples", RdfFormat::NTriples),
        ("rdfxml", RdfFormat::RdfXml),
    ] {
        let text = ok(bin()
            .args(["export", "--format", name, "--graph", graph, "--store"])
            .arg(&store));
        assert_eq!(count_quads(&text, format), graph_nq, "{name}");
    }
}

#[test]
fn extract_streams_rdf_without_a_store() {
    let text = ok(bin().args(["extract", "--format", "nquads"]).arg(&seeds()[3]));
    let quads = RdfParser::from_format(RdfFormat::NQuads)
        .for_slice(text.as_bytes())
        .map(|q| q.unwrap())
        .count();
    assert!(quads > 50);
    assert!(text.contains("Grushko"));
    let turtle = ok(bin().args(["extract", "--format", "turtle"]).arg(&seeds()[3]));
    assert!(RdfParser::from_format(RdfFormat::Turtle)
        .for_slice(turtle.as_bytes())
        .all(|q| q.is_ok()));
}

#[test]
fn construct_ask_and_bound_queries() {
    let dir = tempfile::tempdir().unwrap();
    let store = build_seeds(dir.path());
    let ask = ok(bin()
        .args([
            "query",
            "--format",
            "json",
            "-e",
            "ASK { GRAPH ?g { ?p a schema:Person } }",
            "--store",
        ])
        .arg(&store));
    assert!(ask.contains("true"));
    let ttl = ok(bin()
        .args([
            "query",
            "-e",
            "CONSTRUCT { ?p a schema:Person } WHERE { GRAPH ?g { ?p a schema:Person } }",
            "--store",
        ])
        .arg(&store));
    assert!(
        RdfParser::from_format(RdfFormat::Turtle)
            .for_slice(ttl.as_bytes())
            .count()
            >= 5
    );
    let said = ok(bin()
        .args([
            "query",
            "--format",
            "csv",
            "--bind",
            "name=grushko",
            "queries/said-by.rq",
            "--store",
        ])
        .arg(&store));
    assert!(said.lines().count() >= 3, "{said}");
    assert!(said.lines().skip(1).all(|l| l.contains("Alexander Grushko")), "{said}");
    // A hostile value is a value, not query text.
    let hostile = ok(bin()
        .args([
            "query",
            "--format",
            "csv",
            "--bind",
            "name=\") } DROP ALL #",
            "queries/said-by.rq",
            "--store",
        ])
        .arg(&store));
    assert_eq!(hostile.lines().count(), 1);
}

#[test]
fn stats_counts_by_class_language_and_article() {
    let dir = tempfile::tempdir().unwrap();
    let store = build_seeds(dir.path());
    let out = ok(bin().args(["stats", "--store"]).arg(&store));
    assert!(out.contains("Membership") && out.contains("Statement") && out.contains("Person"));
    assert!(out.contains("ru") && out.contains("002_cac326ca777fe690.txt"));
}

#[test]
fn errors_are_one_clear_line() {
    let dir = tempfile::tempdir().unwrap();
    fails_with(
        bin()
            .args(["build", "--store"])
            .arg(dir.path().join("s"))
            .arg("no/such/file.txt"),
        "no/such/file.txt: no such file",
    );
    fails_with(
        bin()
            .args(["query", "--store"])
            .arg(dir.path().join("nothing"))
            .arg("queries/people.rq"),
        "no store at",
    );
    let store = build_seeds(dir.path());
    fails_with(
        bin()
            .args(["query", "-e", "SELECT ?x WHERE { ?x ?y }", "--store"])
            .arg(&store),
        "1:",
    );
    fails_with(
        bin().args(["export", "--format", "turtle", "--store"]).arg(&store),
        "--graph",
    );
    let file = dir.path().join("afile");
    std::fs::write(&file, "x").unwrap();
    fails_with(bin().args(["stats", "--store"]).arg(&file), "not a newsgraph store");
    // Usage errors exit with 2.
    let out = run(bin().args(["build", "--published", "yesterday", "seeds"]));
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn a_store_in_use_is_reported_as_such() {
    let dir = tempfile::tempdir().unwrap();
    let store = build_seeds(dir.path());
    let _held = oxigraph::store::Store::open(&store).unwrap();
    fails_with(
        bin().args(["stats", "--store"]).arg(&store),
        "in use by another process",
    );
}

#[test]
fn unreadable_inputs_are_skipped_with_a_reason_and_strict_fails() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty.txt");
    std::fs::write(&empty, "").unwrap();
    let binary = dir.path().join("image.txt");
    std::fs::write(&binary, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR").unwrap();
    let store = dir.path().join("store");
    let out = run(bin()
        .arg("build")
        .arg("--store")
        .arg(&store)
        .arg(&empty)
        .arg(&binary)
        .arg(&seeds()[3]));
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("empty.txt: the file is empty"), "{err}");
    assert!(err.contains("image.txt: this looks like a binary file"), "{err}");
    let out = run(bin()
        .arg("build")
        .arg("--strict")
        .arg("--store")
        .arg(&store)
        .arg(&empty));
    assert!(!out.status.success());
}

#[test]
fn broken_pipe_ends_quietly() {
    let dir = tempfile::tempdir().unwrap();
    let store = build_seeds(dir.path());
    let commands: [&[&str]; 4] = [
        &["export", "--format", "nquads"],
        &["stats"],
        &["query", "--format", "csv", "queries/statements.rq"],
        &["dot"],
    ];
    for args in commands {
        let mut child = bin()
            .args(args)
            .arg("--store")
            .arg(&store)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            out.stderr.is_empty(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn html_pages_and_stdin_are_read() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let page = dir.path().join("page.html");
    std::fs::write(&page, "<html lang=\"en\"><head><title>Talks</title><meta property=\"article:published_time\" content=\"2022-01-05T09:00:00Z\"></head><body><nav><p>Home</p></nav><article><p>Russian Deputy Foreign Minister Alexander Grushko told Sputnik on Monday that Russia expects concrete results.</p></article></body></html>").unwrap();
    ok(bin().arg("build").arg("--store").arg(&store).arg(&page));
    let st = query_json(&store, "queries/statements.rq");
    assert_eq!(st.len(), 1, "{st:?}");
    assert_eq!(st[0]["date"], "2022-01-03");
    assert_eq!(st[0]["venue"], "Sputnik");
    let mut child = bin()
        .arg("build")
        .arg("--lang")
        .arg("en")
        .arg("--store")
        .arg(&store)
        .arg("-")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"US President Joe Biden said the talks would go on.")
        .unwrap();
    assert!(child.wait().unwrap().success());
    let people = query_json(&store, "queries/people.rq");
    assert!(
        people
            .iter()
            .any(|p| p["source"] == "stdin" && p["person"] == "Joe Biden"),
        "{people:?}"
    );
}

#[test]
fn graphviz_draws_persons_roles_and_venues() {
    let dir = tempfile::tempdir().unwrap();
    let store = build_seeds(dir.path());
    let dot = ok(bin().args(["dot", "--store"]).arg(&store));
    assert!(dot.starts_with("digraph"), "{dot}");
    assert!(
        dot.contains("Lavrov\"")
            && !dot.contains("Лавров")
            && dot.contains("Foreign Minister")
            && dot.contains("shape = box"),
        "{dot}"
    );
    // Rendered by the real Graphviz (scripts/install-deps.sh installs it).
    let svg = dir.path().join("g.svg");
    ok(bin()
        .args(["dot", "--svg", "--output"])
        .arg(&svg)
        .arg("--store")
        .arg(&store));
    let text = std::fs::read_to_string(&svg).unwrap();
    assert!(text.contains("<svg") && text.contains("Lavrov"), "{text}");
}

/// Debian's Python, where `scripts/install-deps.sh` installs python3-rdflib.
const DEBIAN_PYTHON: &str = "/usr/bin/python3";

#[test]
fn exports_read_back_identically_with_rdflib() {
    // A second, independent RDF implementation (Python rdflib) reads every format we write and
    // finds the quads Oxigraph finds.
    let dir = tempfile::tempdir().unwrap();
    let store = build_seeds(dir.path());
    let graph = "https://example.org/newsgraph/graph/003_c1ddbacee037c545.txt";
    let mut files = Vec::new();
    for (format, rdflib_format, whole) in [
        ("nquads", "nquads", true),
        ("trig", "trig", true),
        ("jsonld", "json-ld", true),
        ("turtle", "turtle", false),
        ("ntriples", "nt", false),
        ("rdfxml", "xml", false),
    ] {
        let mut cmd = bin();
        cmd.args(["export", "--format", format, "--store"]).arg(&store);
        if !whole {
            cmd.args(["--graph", graph]);
        }
        let path = dir.path().join(format!("export.{format}"));
        std::fs::write(&path, ok(&mut cmd)).unwrap();
        files.push((path, rdflib_format, whole));
    }
    // rdflib reads each file, and compares what it finds with what it finds in the N-Quads:
    // the same quads (datasets), or the same triples as that graph's quads (single graphs).
    let script = "import sys, rdflib\n\
        ref = rdflib.Dataset(); ref.parse(sys.argv[1], format='nquads')\n\
        quads = set((s, p, o, c.identifier if hasattr(c, 'identifier') else c) for s, p, o, c in ref.quads((None, None, None, None)) if c is not None)\n\
        graph = rdflib.URIRef(sys.argv[2])\n\
        one = set((s, p, o) for s, p, o, c in quads if c == graph)\n\
        for path, fmt, whole in zip(sys.argv[3::3], sys.argv[4::3], sys.argv[5::3]):\n\
        \x20   if whole == 'yes':\n\
        \x20       d = rdflib.Dataset(); d.parse(path, format=fmt)\n\
        \x20       got = set((s, p, o, c.identifier if hasattr(c, 'identifier') else c) for s, p, o, c in d.quads((None, None, None, None)) if c is not None)\n\
        \x20       print(len(got), len(got ^ quads))\n\
        \x20   else:\n\
        \x20       g = rdflib.Graph(); g.parse(path, format=fmt)\n\
        \x20       got = set(g)\n\
        \x20       print(len(got), len(got ^ one))\n";
    let mut cmd = std::process::Command::new(DEBIAN_PYTHON);
    cmd.arg("-c").arg(script).arg(&files[0].0).arg(graph);
    for (path, fmt, whole) in &files {
        cmd.arg(path).arg(fmt).arg(if *whole { "yes" } else { "no" });
    }
    let out = cmd
        .output()
        .expect("Debian's python3 (scripts/install-deps.sh installs python3-rdflib)");
    assert!(out.status.success(), "rdflib: {}", String::from_utf8_lossy(&out.stderr));
    let counts: Vec<usize> = String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .map(|n| n.parse().unwrap())
        .collect();
    let all = nquads_count(&std::fs::read_to_string(&files[0].0).unwrap());
    let one = RdfParser::from_format(RdfFormat::NTriples)
        .for_slice(std::fs::read_to_string(&files[4].0).unwrap().as_bytes())
        .count();
    // Per format (N-Quads, TriG, JSON-LD, Turtle, N-Triples, RDF/XML): how many statements rdflib
    // read, and how many differ from the N-Quads (none).
    assert_eq!(counts, [all, 0, all, 0, all, 0, one, 0, one, 0, one, 0]);
}

fn nquads_count(text: &str) -> usize {
    RdfParser::from_format(RdfFormat::NQuads)
        .for_slice(text.as_bytes())
        .count()
}

#[test]
fn entities_list_labels_languages_and_articles() {
    let dir = tempfile::tempdir().unwrap();
    let store = build_seeds(dir.path());
    let out = ok(bin().args(["entities", "--store"]).arg(&store));
    let lavrov = out
        .lines()
        .find(|l| l.contains("person/sergey-lavrov"))
        .expect("Lavrov is listed");
    assert!(
        lavrov.contains("Сергей Лавров@ru") && lavrov.contains("Sergey Lavrov@en"),
        "{lavrov}"
    );
    assert!(lavrov.contains("en ru") || lavrov.contains("ru en"), "{lavrov}");
    let russia = out
        .lines()
        .find(|l| l.contains("country/RU"))
        .expect("Russia is listed");
    assert!(russia.contains("http://www.wikidata.org/entity/Q159"), "{russia}");
    let rows = query_json(&store, "queries/entities.rq");
    let row = rows
        .iter()
        .find(|r| r["entity"].ends_with("person/sergey-lavrov"))
        .unwrap();
    assert_eq!(row["articles"], "4");
}
