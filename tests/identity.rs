//! One identity per person and organisation across articles, languages and scripts, decided
//! with evidence and never on a surname alone: built and queried through the real binary.

mod common;
use common::*;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

/// Writes articles (name, text) into `dir/articles` and returns their paths.
fn articles(dir: &Path, texts: &[(&str, &str)]) -> Vec<PathBuf> {
    let folder = dir.join("articles");
    std::fs::create_dir_all(&folder).unwrap();
    texts
        .iter()
        .map(|(name, text)| {
            let p = folder.join(name);
            std::fs::write(&p, text).unwrap();
            p
        })
        .collect()
}

fn build(store: &Path, files: &[PathBuf], extra: &[&str]) -> String {
    ok(bin().arg("build").arg("--store").arg(store).args(extra).args(files))
}

/// person name as written -> entity IRIs, from queries/people.rq.
fn entities(store: &Path) -> HashMap<String, HashSet<String>> {
    let mut out: HashMap<String, HashSet<String>> = HashMap::new();
    for row in query_json(store, "queries/people.rq") {
        out.entry(row["person"].clone())
            .or_default()
            .insert(row["entity"].clone());
    }
    out
}

fn one(map: &HashMap<String, HashSet<String>>, name: &str) -> String {
    let set = map.get(name).unwrap_or_else(|| panic!("{name} not found in {map:?}"));
    assert_eq!(set.len(), 1, "{name}: {set:?}");
    set.iter().next().unwrap().clone()
}

#[test]
fn the_seeds_hold_exactly_one_lavrov_and_one_putin() {
    let dir = tempfile::tempdir().unwrap();
    let store = build_seeds(dir.path());
    let people = query_json(&store, "queries/people.rq");
    for (latin, cyrillic) in [("Lavrov", "Лавров"), ("Putin", "Путин")] {
        let iris: HashSet<&str> = people
            .iter()
            .filter(|p| p["person"].contains(latin) || p["person"].contains(cyrillic))
            .map(|p| p["entity"].as_str())
            .collect();
        assert_eq!(iris.len(), 1, "{latin}: {iris:?}");
    }
    // Putin is in the gazetteer: the store links him to Wikidata.
    let linked = query_json(&store, "queries/entities.rq");
    let putin = linked
        .iter()
        .find(|r| r["entity"].ends_with("/person/vladimir-putin"))
        .expect("Putin listed");
    assert_eq!(putin["sameAs"], "http://www.wikidata.org/entity/Q7747");
}

#[test]
fn a_surname_alone_joins_a_person_only_through_the_same_post() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let files = articles(
        dir.path(),
        &[
            (
                "full.txt",
                "Finance Minister Halvard Strøm of Norway said on Monday that the budget was balanced.\n",
            ),
            (
                "post.txt",
                "Norwegian Finance Minister Strøm said the krone would stay strong.\n",
            ),
            (
                "bare.txt",
                "\"The weather has been poor all week,\" Mr. Strøm told reporters.\n",
            ),
        ],
    );
    build(&store, &files, &[]);
    let people = entities(&store);
    let full = one(&people, "Halvard Strøm");
    let alone: HashSet<String> = people["Strøm"].clone();
    assert_eq!(
        alone.len(),
        2,
        "the two surname-only articles stay two until evidence joins them: {alone:?}"
    );
    assert!(alone.contains(&full), "the finance minister is joined: {people:?}");
    // The decision is written with its rule, its reason and the articles it rests on.
    let decisions = query_text(
        &store,
        "SELECT ?rule ?reason (COUNT(?a) AS ?articles) WHERE { GRAPH ?g { ?d a ng:IdentityDecision ; ng:rule ?rule ; rdfs:comment ?reason ; prov:wasDerivedFrom ?a } } GROUP BY ?rule ?reason",
    );
    assert_eq!(decisions.len(), 1, "{decisions:?}");
    assert_eq!(decisions[0]["rule"], "surname-and-post");
    assert!(
        decisions[0]["reason"].contains("finance-minister of NO"),
        "{decisions:?}"
    );
    assert_eq!(decisions[0]["articles"], "2");
}

#[test]
fn a_misspelt_name_merges_with_recorded_evidence_and_only_with_the_same_post() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let files = articles(
        dir.path(),
        &[
            ("a.txt", "WASHINGTON (Reuters) - U.S. Secretary of State Antony Blinken said on Tuesday that talks would resume.\n"),
            ("b.txt", "MOSCOW - Sergey Lavrov met US Secretary of State Blinkin in Geneva on Friday.\n"),
            ("c.txt", "Local councillor Mark Blinkin said the road would reopen.\n"),
        ],
    );
    build(&store, &files, &[]);
    let people = entities(&store);
    assert_eq!(one(&people, "Blinkin"), one(&people, "Antony Blinken"));
    assert_ne!(one(&people, "Mark Blinkin"), one(&people, "Antony Blinken"));
    let reasons = query_text(
        &store,
        "SELECT ?reason WHERE { GRAPH ?g { ?d ng:rule \"spelling-and-post\" ; rdfs:comment ?reason } }",
    );
    assert_eq!(reasons.len(), 1, "{reasons:?}");
    assert!(reasons[0]["reason"].contains("Blinkin") && reasons[0]["reason"].contains("Antony Blinken"));
}

#[test]
fn different_people_sharing_a_surname_are_never_merged() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let files = articles(
        dir.path(),
        &[
            (
                "family.txt",
                "US President Joe Biden pardoned his son Hunter Biden on Sunday. Hunter Biden said he was grateful.\n",
            ),
            (
                "first.txt",
                "Jill Biden, the first lady, said on Monday that the garden was open.\n",
            ),
            (
                "ministers.txt",
                "Anna Kovacs, Hungary's justice minister, met Peter Kovacs, a Budapest lawyer.\n",
            ),
        ],
    );
    build(&store, &files, &[]);
    let people = entities(&store);
    let bidens: HashSet<String> = ["Joe Biden", "Hunter Biden", "Jill Biden"]
        .iter()
        .map(|n| one(&people, n))
        .collect();
    assert_eq!(bidens.len(), 3, "{people:?}");
    assert_ne!(one(&people, "Anna Kovacs"), one(&people, "Peter Kovacs"));
}

#[test]
fn merges_do_not_depend_on_the_order_articles_arrive_in() {
    let dir = tempfile::tempdir().unwrap();
    let files = articles(
        dir.path(),
        &[
            (
                "later.txt",
                "Russian Foreign Minister Lavrov said on Monday that the talks were useful.\n",
            ),
            (
                "earlier.txt",
                "Russian Foreign Minister Sergey Lavrov arrived in Ankara on Sunday.\n",
            ),
        ],
    );
    let one_run = dir.path().join("one");
    build(&one_run, &files, &[]);
    let two_runs = dir.path().join("two");
    build(&two_runs, &files[..1], &[]);
    build(&two_runs, &files[1..], &[]);
    for store in [&one_run, &two_runs] {
        let people = entities(store);
        assert_eq!(
            one(&people, "Lavrov"),
            one(&people, "Sergey Lavrov"),
            "{}",
            store.display()
        );
    }
}

#[test]
fn one_country_and_one_ministry_whatever_the_language_or_form() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let files = articles(
        dir.path(),
        &[
            (
                "en.txt",
                "MOSCOW - Russian Foreign Ministry spokeswoman Maria Zakharova said the talks had failed.\n",
            ),
            (
                "en2.txt",
                "MOSCOW - The Foreign Ministry said on Monday it would respond.\n",
            ),
            (
                "ru.txt",
                "МОСКВА, 3 мар – РИА Новости. МИД России заявил, что ответит на санкции.\n",
            ),
            ("ru2.txt", "Президент РФ Владимир Путин провел совещание.\n"),
            (
                "en3.txt",
                "Vladimir Putin, President of the Russian Federation, spoke on Monday.\n",
            ),
        ],
    );
    build(&store, &files, &[]);
    let orgs = query_text(
        &store,
        "SELECT DISTINCT ?o WHERE { GRAPH ?g { { ?m org:organization ?o } UNION { ?s a ng:Statement ; schema:creator ?o . ?o a org:Organization } } }",
    );
    let iris: HashSet<&str> = orgs.iter().map(|r| r["o"].as_str()).collect();
    assert_eq!(
        iris,
        HashSet::from([
            "https://example.org/newsgraph/org/mfa-RU",
            "https://example.org/newsgraph/country/RU"
        ]),
        "{orgs:?}"
    );
}

#[test]
fn a_users_gazetteer_links_people_and_a_bad_one_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let files = articles(
        dir.path(),
        &[
            (
                "a.txt",
                "Prime Minister Halvard Strøm of Norway said on Monday that taxes would fall.\n",
            ),
            // No country in the text: the gazetteer's row gives the post its country.
            (
                "b.txt",
                "Prime Minister Halvard Strøm said on Tuesday that the budget would balance.\n",
            ),
        ],
    );
    let good = dir.path().join("mine.tsv");
    std::fs::write(
        &good,
        "# my people\nQ999999999\tHalvard Strøm|Хальвард Стрём\tprime-minister\tNO\n",
    )
    .unwrap();
    build(&store, &files, &["--gazetteer", good.to_str().unwrap()]);
    let rows = query_json(&store, "queries/entities.rq");
    let strom = rows
        .iter()
        .find(|r| r["labels"].contains("Halvard Strøm"))
        .expect("listed");
    assert_eq!(strom["sameAs"], "http://www.wikidata.org/entity/Q999999999");
    let roles = query_json(&store, "queries/person-roles.rq");
    assert!(
        roles
            .iter()
            .any(|r| r["source"] == "b.txt" && r["organization"] == "Norway"),
        "{roles:?}"
    );

    let bad = dir.path().join("bad.tsv");
    std::fs::write(&bad, "Q1\tJohn Smith\nnot-an-id\tJane Doe\n").unwrap();
    let before = ok(bin().args(["export", "--format", "nquads", "--store"]).arg(&store));
    let err = fails_with(
        bin()
            .arg("build")
            .arg("--store")
            .arg(&store)
            .args(["--gazetteer", bad.to_str().unwrap()])
            .args(&files),
        "bad.tsv, line 2",
    );
    assert!(err.contains("not a Wikidata identifier"), "{err}");
    let after = ok(bin().args(["export", "--format", "nquads", "--store"]).arg(&store));
    assert_eq!(before, after);
}
