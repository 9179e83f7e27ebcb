//! Helpers for the integration tests: run the real binary on the real seeds.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// Servers and clients for the tests of `serve` and `push`.
pub mod servers;

/// The binary under test. NEWSGRAPH_TEST_BIN names another copy of it: builds that share one
/// target directory (several worktrees) overwrite `target/release/newsgraph` under each other's
/// running tests.
pub fn bin() -> Command {
    let exe = std::env::var_os("NEWSGRAPH_TEST_BIN").unwrap_or_else(|| env!("CARGO_BIN_EXE_newsgraph").into());
    let mut c = Command::new(exe);
    c.current_dir(root());
    c.env_remove("NEWSGRAPH_STORE").env_remove("NEWSGRAPH_BASE_IRI");
    c
}

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn seeds() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(root().join("seeds"))
        .expect("seeds/")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    v.sort();
    v
}

pub fn run(cmd: &mut Command) -> Output {
    let out = cmd.output().expect("run newsgraph");
    out
}

pub fn ok(cmd: &mut Command) -> String {
    let out = run(cmd);
    assert!(
        out.status.success(),
        "failed: {}\nstderr: {}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8 output")
}

/// Builds the seeds into a fresh store under `dir` and returns the store path.
pub fn build_seeds(dir: &Path) -> PathBuf {
    let store = dir.join("store");
    ok(bin().arg("build").arg("--store").arg(&store).args(seeds()));
    store
}

/// Runs a query file and returns its SPARQL JSON results as (variables, rows of optional values).
pub fn query_json(store: &Path, query: &str) -> Vec<std::collections::HashMap<String, String>> {
    query_with(store, &[query])
}

/// Runs a query given inline (`-e`) and returns its rows as `query_json` does.
pub fn query_text(store: &Path, text: &str) -> Vec<std::collections::HashMap<String, String>> {
    query_with(store, &["-e", text])
}

fn query_with(store: &Path, query: &[&str]) -> Vec<std::collections::HashMap<String, String>> {
    let text = ok(bin()
        .args(["query", "--format", "json", "--store"])
        .arg(store)
        .args(query));
    bindings(&text)
}

/// The rows of SPARQL JSON results, whoever wrote them: variable → value (IRI or lexical form).
pub fn bindings(text: &str) -> Vec<std::collections::HashMap<String, String>> {
    let json: serde_json::Value =
        serde_json::from_str(text).unwrap_or_else(|e| panic!("not SPARQL JSON results ({e}): {text}"));
    json["results"]["bindings"]
        .as_array()
        .expect("bindings")
        .iter()
        .map(|b| {
            b.as_object()
                .unwrap()
                .iter()
                .map(|(k, v)| (k.clone(), v["value"].as_str().unwrap_or("").to_string()))
                .collect()
        })
        .collect()
}

/// Runs a command that must fail with one clear line on standard error containing `needle`
/// (no panic, no backtrace); returns that line.
pub fn fails_with(cmd: &mut Command, needle: &str) -> String {
    let out = run(cmd);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(err.contains(needle), "stderr lacks {needle:?}: {err}");
    assert!(!err.contains("panicked") && !err.contains("RUST_BACKTRACE"), "{err}");
    assert_eq!(err.trim().lines().count(), 1, "one line: {err}");
    err
}

/// The Python of the virtual environment where `scripts/install-deps.sh` installs pySHACL (and
/// with it a current rdflib).
pub fn venv_python() -> PathBuf {
    let venv = std::env::var_os("NEWSGRAPH_VENV")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(std::env::var_os("HOME").expect("HOME")).join(".cache/newsgraph/venv"));
    let python = venv.join("bin/python");
    assert!(
        python.exists(),
        "{} is missing: run scripts/install-deps.sh (it installs pySHACL there)",
        python.display()
    );
    python
}

/// Scores a built store against a folder of gold files with the reference scorer's rules
/// (`newsgraph::eval`), reading the store through the contract queries as the scorer does.
pub fn score_store(store: &Path, gold_dir: &Path) -> newsgraph::eval::Summary {
    use newsgraph::eval::{score, Gold, RoleRow, StatementRow};
    let mut files: Vec<PathBuf> = std::fs::read_dir(gold_dir)
        .expect("gold folder")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    let golds: Vec<Gold> = files
        .iter()
        .map(|f| serde_json::from_str(&std::fs::read_to_string(f).unwrap()).expect("gold JSON"))
        .collect();
    let get = |r: &std::collections::HashMap<String, String>, k: &str| r.get(k).cloned().unwrap_or_default();
    let roles: Vec<RoleRow> = query_json(store, "queries/person-roles.rq")
        .iter()
        .map(|r| RoleRow {
            source: get(r, "source"),
            person: get(r, "person"),
            role: get(r, "role"),
            organization: get(r, "organization"),
        })
        .collect();
    let statements: Vec<StatementRow> = query_json(store, "queries/statements.rq")
        .iter()
        .map(|r| StatementRow {
            source: get(r, "source"),
            speaker: get(r, "speaker"),
            date: get(r, "date"),
            venue: get(r, "venue"),
            text: get(r, "text"),
        })
        .collect();
    score(&golds, &roles, &statements)
}
