//! The seeds scored against their gold annotations, through the real binary and the contract
//! queries, with the reference scorer's matching rules (`newsgraph::eval`). The floors are the
//! figures measured when they were set, rounded down: quality may rise, never silently drop.

mod common;
use common::*;

const ROLES_F1_FLOOR: f64 = 1.0;
const STATEMENTS_F1_FLOOR: f64 = 0.98;
const COMPLETE_F1_FLOOR: f64 = 0.98;

#[test]
fn seeds_meet_the_quality_floor() {
    let dir = tempfile::tempdir().unwrap();
    let store = build_seeds(dir.path());
    let s = score_store(&store, &root().join("tests/gold"));
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
