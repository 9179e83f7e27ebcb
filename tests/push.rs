//! `newsgraph push` to a real Virtuoso open-source server (Debian's virtuoso-opensource),
//! started here on loopback with a database of the test's own: push the seeds with the Graph
//! Store Protocol, query them back from Virtuoso's own SPARQL endpoint (always inside
//! GRAPH <g>: Virtuoso's default graph holds its own data) and compare with the local store.

mod common;

use common::servers::{free_port, get, have, Running};
use common::{bin, bindings, build_seeds, ok, query_text, run};
use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

const PACKAGED_INI: &str = "/etc/virtuoso-opensource-7/virtuoso.ini";

struct Virtuoso {
    _process: Running,
    /// `http://127.0.0.1:PORT`
    url: String,
}

/// The packaged configuration with loopback ports and a database folder of our own.
fn configuration(dir: &Path, sql_port: u16, http_port: u16) -> String {
    let packaged = std::fs::read_to_string(PACKAGED_INI).expect("the packaged virtuoso.ini");
    let mut section = String::new();
    let mut out = String::new();
    for line in packaged.lines() {
        let trimmed = line.trim();
        if trimmed.starts_with('[') {
            section = trimmed.to_string();
        }
        let key = trimmed.split('=').next().unwrap_or("").trim();
        let replaced = match (section.as_str(), key) {
            ("[Parameters]", "ServerPort") => Some(format!("127.0.0.1:{sql_port}")),
            ("[HTTPServer]", "ServerPort") => Some(format!("127.0.0.1:{http_port}")),
            (
                "[Database]" | "[TempDatabase]",
                "DatabaseFile" | "ErrorLogFile" | "LockFile" | "TransactionFile" | "xa_persistent_file",
            ) => {
                let file = trimmed.split('=').nth(1).unwrap().trim();
                let name = Path::new(file).file_name().unwrap().to_string_lossy().to_string();
                Some(dir.join(name).display().to_string())
            }
            ("[Parameters]", "DirsAllowed") => {
                Some(format!(".,{}, /usr/share/virtuoso-opensource-7/vad", dir.display()))
            }
            _ => None,
        };
        match replaced {
            Some(value) if !trimmed.starts_with(';') => out.push_str(&format!("{key} = {value}\n")),
            _ => {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    out
}

/// Starts Virtuoso on two free loopback ports and waits for its SPARQL endpoint. (A port found
/// free may be taken again before Virtuoso binds it, by another test's server, and Virtuoso
/// then runs on without its HTTP endpoint or exits: one that has not answered within a minute
/// is stopped and started again on other ports, in a fresh folder, up to three times; it
/// answers within seconds otherwise. The panic quotes the end of its last log.)
fn start_virtuoso(dir: &Path) -> Virtuoso {
    let mut log_tail = String::new();
    for attempt in 0..3 {
        let dir = dir.join(format!("attempt-{attempt}"));
        std::fs::create_dir_all(&dir).unwrap();
        let (sql_port, http_port) = (free_port(), free_port());
        let ini = dir.join("virtuoso.ini");
        std::fs::write(&ini, configuration(&dir, sql_port, http_port)).unwrap();
        let log_path = dir.join("virtuoso.out");
        let log = std::fs::File::create(&log_path).unwrap();
        let child = Command::new("virtuoso-t")
            .args(["+foreground", "+configfile"])
            .arg(&ini)
            .current_dir(&dir)
            .stdin(Stdio::null())
            .stdout(log.try_clone().unwrap())
            .stderr(log)
            .spawn()
            .expect("start virtuoso-t");
        let mut process = Running {
            child,
            name: "virtuoso-t".into(),
        };
        let url = format!("http://127.0.0.1:{http_port}");
        let probe = format!("{url}/sparql?query=ASK%7B%7D");
        let ready = || {
            let request = oxhttp::model::Request::builder()
                .uri(probe.as_str())
                .body(oxhttp::model::Body::empty())
                .unwrap();
            oxhttp::Client::new()
                .with_global_timeout(Duration::from_secs(5))
                .request(request)
                .is_ok_and(|r| r.status().is_success())
        };
        let start = std::time::Instant::now();
        while start.elapsed() < Duration::from_secs(60) {
            if ready() {
                return Virtuoso { _process: process, url };
            }
            if let Ok(Some(_)) = process.child.try_wait() {
                break;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        let log = std::fs::read_to_string(&log_path).unwrap_or_default();
        log_tail = log
            .lines()
            .rev()
            .take(15)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect::<Vec<_>>()
            .join("\n");
    }
    panic!("Virtuoso's SPARQL endpoint not ready; the end of its log:\n{log_tail}");
}

/// Rows of a query on Virtuoso's endpoint, values only.
fn virtuoso_rows(v: &Virtuoso, query: &str) -> Vec<HashMap<String, String>> {
    let r = get(
        &format!("{}/sparql", v.url),
        &[("query", query)],
        &[("Accept", "application/sparql-results+json")],
    );
    assert_eq!(r.status, 200, "{}", r.body);
    bindings(&r.body)
}

/// Graph → triples, in the local store.
fn local_counts(store: &Path) -> BTreeMap<String, String> {
    query_text(
        store,
        "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
    )
    .into_iter()
    .map(|r| (r["g"].clone(), r["n"].clone()))
    .collect()
}

fn remote_count(v: &Virtuoso, graph: &str) -> String {
    virtuoso_rows(
        v,
        &format!("SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"),
    )[0]["n"]
        .clone()
}

fn push(store: &Path, endpoint: &str, extra: &[&str]) -> String {
    ok(bin()
        .args(["push", "--store"])
        .arg(store)
        .args(["--endpoint", endpoint, "--user", "dba"])
        .env("NEWSGRAPH_PUSH_PASSWORD", "dba")
        .args(extra))
}

#[test]
fn pushed_graphs_read_back_from_virtuoso_as_they_are_here_and_a_push_resumes() {
    if !have(&["virtuoso-t", PACKAGED_INI]) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let store = build_seeds(dir.path());
    let virtuoso = start_virtuoso(&dir.path().join("virtuoso"));
    let endpoint = format!("{}/sparql-graph-crud-auth", virtuoso.url);
    let local = local_counts(&store);
    assert!(
        local.len() >= 8,
        "five articles, the ontology, its shapes, the identity graph: {local:?}"
    );

    // A push cut short: one graph only (as if it stopped there).
    let first = local.keys().next().unwrap().clone();
    let out = push(&store, &endpoint, &["--graph", &first]);
    assert_eq!(out.lines().filter(|l| l.starts_with("sent")).count(), 1, "{out}");
    // Running it again for everything sends the rest, not that one again.
    let out = push(&store, &endpoint, &[]);
    assert_eq!(
        out.lines().filter(|l| l.starts_with("sent")).count(),
        local.len() - 1,
        "{out}"
    );
    assert!(
        out.lines().any(|l| l.starts_with("unchanged") && l.contains(&first)),
        "{out}"
    );
    assert!(out.contains("0 failed"), "{out}");

    for (graph, n) in &local {
        assert_eq!(&remote_count(&virtuoso, graph), n, "triples of {graph} in Virtuoso");
    }
    // The facts themselves, not only their number: who is named in each article.
    let names =
        "SELECT ?g ?name WHERE { GRAPH ?g { ?p a <https://schema.org/Person> ; <https://schema.org/name> ?name } }";
    let mut here: Vec<(String, String)> = query_text(&store, names)
        .into_iter()
        .map(|r| (r["g"].clone(), r["name"].clone()))
        .collect();
    let mut there: Vec<(String, String)> = local
        .keys()
        .flat_map(|g| {
            virtuoso_rows(&virtuoso, &format!("SELECT ?name WHERE {{ GRAPH <{g}> {{ ?p a <https://schema.org/Person> ; <https://schema.org/name> ?name }} }}"))
                .into_iter()
                .map(move |r| (g.clone(), r["name"].clone()))
        })
        .collect();
    here.sort();
    there.sort();
    assert!(!here.is_empty());
    assert_eq!(here, there);

    // Nothing changed: nothing sent. --all sends everything again, and PUT leaves the same data.
    let out = push(&store, &endpoint, &[]);
    assert!(!out.lines().any(|l| l.starts_with("sent")), "{out}");
    let out = push(&store, &endpoint, &["--all", "--quiet"]);
    assert!(out.contains(&format!("Pushed {} graph(s)", local.len())), "{out}");
    for (graph, n) in &local {
        assert_eq!(&remote_count(&virtuoso, graph), n, "after pushing twice: {graph}");
    }

    // Wrong credentials: one line, and a failure.
    let out = run(bin().args(["push", "--all", "--store"]).arg(&store).args([
        "--endpoint",
        &endpoint,
        "--user",
        "dba",
        "--password",
        "wrong",
    ]));
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("401") && err.contains("user and password"), "{err}");
    assert_eq!(err.trim().lines().count(), 1, "{err}");
}

#[test]
fn a_push_to_an_endpoint_that_does_not_answer_fails_after_its_attempts_and_says_how_to_resume() {
    let dir = tempfile::tempdir().unwrap();
    let store = build_seeds(dir.path());
    let endpoint = format!("http://127.0.0.1:{}/store", free_port());
    let out = run(bin().args(["push", "--attempts", "2", "--store"]).arg(&store).args([
        "--endpoint",
        &endpoint,
        "--graph",
        "https://example.org/newsgraph/graph/000_b9d7ce6c74f9adfa.txt",
    ]));
    assert!(!out.status.success());
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stdout.contains("failed") && stdout.contains("after 2 attempts"),
        "{stdout}"
    );
    assert!(stderr.contains("run the same command again to resume"), "{stderr}");
    assert!(stderr.contains("trying again in 1 s"), "{stderr}");
}
