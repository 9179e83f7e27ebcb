//! The blind development set (tests/dev/, real articles annotated by readers who never saw the
//! rules): both splits built through the real binary and scored with the reference scorer's
//! rules. `test` is only ever scored, never read for rule work; its figures are held here as a
//! floor (the figures measured when set, rounded down), so quality on news nobody here wrote
//! may rise but never silently drop. `dev` is held too: it is where rules are checked first.
//! (Both splits grew by further collections: the floors were set again on the 269 dev and 250
//! test articles of the fifteenth collection, on 2026-12-08, at the figures the session's rules
//! reached, as this crate's scorer counts them (test 0.438 / 0.759 / 0.495 / 0.765, dev 0.619 /
//! 0.862 / 0.653 / 0.829), rounded down; it reads dev roles F1 a little lower than score.py
//! (0.619 against 0.623). The ninth to fifteenth collections' short, mostly undated pages
//! lowered complete F1, dates and statements; the fifteenth lowered test statements F1 from
//! 0.765 to 0.758 with unchanged rules, so that floor is 0.75.)

mod common;
use common::*;
use newsgraph::eval::Summary;

struct Floor {
    roles_f1: f64,
    stmt_f1: f64,
    complete_f1: f64,
    stmt_p_text: f64,
}

fn score_split(split: &str) -> Summary {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let articles = root().join("tests/dev").join(split).join("articles");
    let mut inputs: Vec<std::path::PathBuf> = std::fs::read_dir(&articles)
        .expect("the blind set's articles")
        .map(|e| e.unwrap().path())
        .collect();
    inputs.sort();
    assert!(inputs.len() >= 20, "{split}: {} articles", inputs.len());
    ok(bin().args(["build", "-q", "--store"]).arg(&store).args(&inputs));
    score_store(&store, &root().join("tests/dev").join(split).join("gold"))
}

fn hold(split: &str, floor: Floor) {
    let s = score_split(split);
    eprintln!("blind {split} scores: {s:?}");
    for (what, got, min) in [
        ("roles F1", s.roles_f1, floor.roles_f1),
        ("statements F1", s.stmt_f1, floor.stmt_f1),
        ("complete F1", s.complete_f1, floor.complete_f1),
        ("statements holding a gold quote", s.stmt_p_text, floor.stmt_p_text),
    ] {
        assert!(got >= min, "{split}: {what} {got:.3} < floor {min}");
    }
}

#[test]
fn the_test_split_meets_its_floor() {
    hold(
        "test",
        Floor {
            roles_f1: 0.43,
            stmt_f1: 0.75,
            complete_f1: 0.49,
            stmt_p_text: 0.76,
        },
    );
}

#[test]
fn the_dev_split_meets_its_floor() {
    hold(
        "dev",
        Floor {
            roles_f1: 0.61,
            stmt_f1: 0.86,
            complete_f1: 0.65,
            stmt_p_text: 0.82,
        },
    );
}
