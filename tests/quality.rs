//! The seeds scored against their gold annotations, through the real binary and the contract
//! queries, with the reference scorer's matching rules (`newsgraph::eval`). The floors are the
//! figures measured when they were set, rounded down: quality may rise, never silently drop.

mod common;
use common::*;
use newsgraph::eval::{score, Gold, RoleRow, StatementRow};

const ROLES_F1_FLOOR: f64 = 1.0;
const STATEMENTS_F1_FLOOR: f64 = 0.98;
const COMPLETE_F1_FLOOR: f64 = 0.98;

#[test]
fn seeds_meet_the_quality_floor() {
    let dir = tempfile::tempdir().unwrap();
    let store = build_seeds(dir.path());
    let golds: Vec<Gold> = std::fs::read_dir(root().join("tests/gold"))
        .unwrap()
        .map(|e| serde_json::from_str(&std::fs::read_to_string(e.unwrap().path()).unwrap()).unwrap())
        .collect();
    assert_eq!(golds.len(), 5);
    let get = |r: &std::collections::HashMap<String, String>, k: &str| r.get(k).cloned().unwrap_or_default();
    let roles: Vec<RoleRow> = query_json(&store, "queries/person-roles.rq")
        .iter()
        .map(|r| RoleRow {
            source: get(r, "source"),
            person: get(r, "person"),
            role: get(r, "role"),
            organization: get(r, "organization"),
        })
        .collect();
    let statements: Vec<StatementRow> = query_json(&store, "queries/statements.rq")
        .iter()
        .map(|r| StatementRow {
            source: get(r, "source"),
            speaker: get(r, "speaker"),
            date: get(r, "date"),
            venue: get(r, "venue"),
            text: get(r, "text"),
        })
        .collect();
    let s = score(&golds, &roles, &statements);
    eprintln!("seed scores: {s:?}");
    assert!(
        s.roles_f1 >= ROLES_F1_FLOOR,
        "roles F1 {:.3} < floor {ROLES_F1_FLOOR}",
        s.roles_f1
    );
    assert!(
        s.stmt_f1 >= STATEMENTS_F1_FLOOR,
        "statements F1 {:.3} < floor {STATEMENTS_F1_FLOOR}",
        s.stmt_f1
    );
    assert!(
        s.complete_f1 >= COMPLETE_F1_FLOOR,
        "complete F1 {:.3} < floor {COMPLETE_F1_FLOOR}",
        s.complete_f1
    );
}
