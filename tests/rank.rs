//! `newsgraph rank`: who is most connected and most quoted, on the seeds and on a generated
//! store, in every format. (The order on a hand-made graph is unit-tested in src/analytics.rs.)

mod common;
mod generated;

use common::{bin, build_seeds, fails_with, ok, query_json};
use serde_json::Value;
use std::path::Path;

fn ranking(store: &Path, args: &[&str]) -> Value {
    let text = ok(bin()
        .args(["rank", "--format", "json", "--top", "0", "--store"])
        .arg(store)
        .args(args));
    serde_json::from_str(&text).expect("JSON")
}

fn entities(r: &Value) -> &Vec<Value> {
    r["entities"].as_array().unwrap()
}

fn find<'a>(r: &'a Value, name: &str) -> &'a Value {
    entities(r)
        .iter()
        .find(|e| e["entity"] == name)
        .unwrap_or_else(|| panic!("{name} is ranked"))
}

#[test]
fn every_measure_orders_the_seeds() {
    let dir = tempfile::tempdir().unwrap();
    let store = build_seeds(dir.path());
    let statements = query_json(&store, "queries/statements.rq");
    let said_by = |names: &[&str]| {
        statements
            .iter()
            .filter(|r| names.iter().any(|n| r["speaker"].contains(n)))
            .count() as u64
    };

    let by_rank = ranking(&store, &[]);
    let ranks: Vec<f64> = entities(&by_rank)
        .iter()
        .map(|e| e["pagerank"].as_f64().unwrap())
        .collect();
    assert!(ranks.windows(2).all(|w| w[0] >= w[1] - 1e-9), "{ranks:?}");
    // Russia: every Russian official holds a post in it.
    assert_eq!(entities(&by_rank)[0]["entity"], "Russia");
    assert!((ranks.iter().sum::<f64>() - 1.0).abs() < 1e-6);

    let by_quoted = ranking(&store, &["--by", "quoted"]);
    let lavrov = &entities(&by_quoted)[0];
    assert_eq!(lavrov["entity"], "Sergey Lavrov");
    // His statements from all four articles, under both spellings of his name.
    assert_eq!(lavrov["quoted"].as_u64().unwrap(), said_by(&["Lavrov", "Лавров"]));
    assert_eq!(lavrov["top_venue"], "Solovyov LIVE");
    assert_eq!(find(&by_quoted, "Alexander Grushko")["top_venue"], "Sputnik");
    assert_eq!(
        find(&by_quoted, "Alexander Grushko")["quoted"].as_u64().unwrap(),
        said_by(&["Grushko"])
    );

    let by_degree = ranking(&store, &["--by", "degree"]);
    let degrees: Vec<u64> = entities(&by_degree)
        .iter()
        .map(|e| e["degree"].as_u64().unwrap())
        .collect();
    assert!(degrees.windows(2).all(|w| w[0] >= w[1]), "{degrees:?}");

    // Who is quoted where most: Lavrov on Solovyov LIVE, the two articles' names for it as one.
    let first = &by_rank["quoted_where"][0];
    assert_eq!(
        (first["speaker"].as_str(), first["venue"].as_str()),
        (Some("Sergey Lavrov"), Some("Solovyov LIVE"))
    );

    // The groups: the Russian officials and the Americans, each led by one of its people.
    let groups = by_rank["groups"].as_array().unwrap();
    let russian = groups
        .iter()
        .find(|g| find(&by_rank, "Sergey Lavrov")["group"] == g["group"])
        .unwrap();
    let american = groups
        .iter()
        .find(|g| find(&by_rank, "John Sullivan")["group"] == g["group"])
        .unwrap();
    assert_ne!(russian["group"], american["group"]);
    assert_eq!(russian["central_kind"], "person");
    assert_eq!(find(&by_rank, "Russia")["group"], russian["group"]);
    assert_eq!(find(&by_rank, "United States")["group"], american["group"]);
    let sizes: Vec<u64> = groups.iter().map(|g| g["size"].as_u64().unwrap()).collect();
    assert_eq!(sizes.iter().sum::<u64>() as usize, entities(&by_rank).len());
}

#[test]
fn table_and_csv() {
    let dir = tempfile::tempdir().unwrap();
    let store = build_seeds(dir.path());
    let table = ok(bin().args(["rank", "--top", "5", "--store"]).arg(&store));
    assert!(table.starts_with("Most central"), "{table}");
    assert!(
        table.contains("Connected groups") && table.contains("Quoted where most"),
        "{table}"
    );
    let csv_text = ok(bin()
        .args(["rank", "--format", "csv", "--top", "7", "--store"])
        .arg(&store));
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(str::to_string).collect();
    assert_eq!(
        header,
        [
            "rank",
            "entity",
            "kind",
            "pagerank",
            "links",
            "quoted",
            "quoted_most_at",
            "there",
            "group",
            "iri"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 7);
    assert_eq!(&rows[0][1], "Russia");
    assert!(rows.iter().all(|r| r[9].starts_with("https://example.org/newsgraph/")));
    fails_with(
        bin().args(["rank", "--store"]).arg(dir.path().join("none")),
        "no store at",
    );
}

#[test]
fn the_generated_store_ranks_by_statements_made() {
    let dir = tempfile::tempdir().unwrap();
    let store = generated::store(dir.path());
    let by_quoted = ranking(&store, &["--by", "quoted"]);
    let people: Vec<&Value> = entities(&by_quoted).iter().filter(|e| e["kind"] == "person").collect();
    assert_eq!(people.len(), generated::PEOPLE.len());
    // Kishida speaks in eight articles, Lavrov in one: first and last.
    assert_eq!(people[0]["entity"], "Fumio Kishida");
    assert_eq!(people[7]["entity"], "Sergei Lavrov");
    let counts = query_json(&store, "queries/statements.rq");
    for p in &people {
        let name = p["entity"].as_str().unwrap();
        let made = counts
            .iter()
            .filter(|r| r["speaker"] == name || name.ends_with(&*r["speaker"]))
            .count() as u64;
        assert_eq!(p["quoted"].as_u64().unwrap(), made, "{name}");
    }
    let quoted: Vec<u64> = people.iter().map(|e| e["quoted"].as_u64().unwrap()).collect();
    assert!(quoted.windows(2).all(|w| w[0] >= w[1]), "{quoted:?}");
    // All of them meet at the same five outlets: one group.
    let groups = by_quoted["groups"].as_array().unwrap();
    assert_eq!(groups[0]["persons"].as_u64().unwrap(), 8);
}
