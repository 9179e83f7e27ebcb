//! The lexicons hold together: every phrase names a key its language-independent file defines,
//! every role has a category and every organisation a kind the rules know, every country code is
//! one of `countries.tsv`, and the regions gazetteer (read by no rule yet) parses with the same
//! rules as the other files (tab-separated, `#` comments). A bad row fails with its file and line.

use std::collections::HashSet;
use std::path::Path;

const LANGS: [&str; 5] = ["en", "ru", "uk", "de", "fr"];

/// Rows of a data file: (line number, cells), comments and blank lines left out.
fn rows(path: &str) -> Vec<(usize, Vec<String>)> {
    let full = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/lang").join(path);
    let text = std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{}: {e}", full.display()));
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|(i, l)| (i + 1, l.split('\t').map(|c| c.trim().to_string()).collect()))
        .collect()
}

fn keys(path: &str) -> HashSet<String> {
    rows(path).into_iter().map(|(_, r)| r[0].clone()).collect()
}

/// Every row of a phrase file names a known key in its second cell.
fn phrases_name_known_keys(path: &str, known: &HashSet<String>) {
    for (line, r) in rows(path) {
        assert!(r.len() >= 2, "{path}:{line}: a phrase without a key");
        assert!(!r[0].is_empty(), "{path}:{line}: an empty phrase");
        assert!(known.contains(&r[1]), "{path}:{line}: unknown key {:?}", r[1]);
    }
}

/// Every row of a label file gives a known key a label.
fn labels_name_known_keys(path: &str, known: &HashSet<String>) {
    for (line, r) in rows(path) {
        assert!(known.contains(&r[0]), "{path}:{line}: unknown key {:?}", r[0]);
        assert!(r.get(1).is_some_and(|l| !l.is_empty()), "{path}:{line}: no label");
    }
}

#[test]
fn role_phrases_and_labels_name_defined_roles_of_known_categories() {
    let categories = [
        "head_of_state",
        "head_of_government",
        "government",
        "legislature",
        "party",
        "diplomacy",
        "military",
        "business",
        "international",
        "judiciary",
        "media",
        "regional",
        "local",
        "other",
    ];
    let countries = keys("countries.tsv");
    let organisations = keys("organisations.tsv");
    let mut roles = HashSet::new();
    for (line, r) in rows("roles.tsv") {
        assert!(r.len() >= 5, "roles.tsv:{line}: key, category, default_org, en, ru");
        assert!(roles.insert(r[0].clone()), "roles.tsv:{line}: {} defined twice", r[0]);
        assert!(
            categories.contains(&r[1].as_str()),
            "roles.tsv:{line}: unknown category {:?}",
            r[1]
        );
        let org = &r[2];
        assert!(
            org.is_empty() || countries.contains(org) || organisations.contains(org),
            "roles.tsv:{line}: default_org {org:?} is neither a country nor an organisation"
        );
        assert!(
            !r[3].is_empty() && !r[4].is_empty(),
            "roles.tsv:{line}: a label is missing"
        );
    }
    for lang in LANGS {
        phrases_name_known_keys(&format!("{lang}/roles.tsv"), &roles);
    }
    for lang in ["uk", "de", "fr"] {
        labels_name_known_keys(&format!("{lang}/role-labels.tsv"), &roles);
        let labelled = keys(&format!("{lang}/role-labels.tsv"));
        for role in &roles {
            assert!(labelled.contains(role), "{lang}/role-labels.tsv: no label for {role}");
        }
    }
}

#[test]
fn organisation_phrases_name_defined_organisations_of_known_kinds() {
    let kinds = [
        "international",
        "ministry",
        "agency",
        "government",
        "legislature",
        "party",
        "company",
        "military",
        "central_bank",
        "court",
        "sport",
        "union",
    ];
    let countries = keys("countries.tsv");
    let mut organisations = HashSet::new();
    for (line, r) in rows("organisations.tsv") {
        assert!(
            r.len() >= 6,
            "organisations.tsv:{line}: key, kind, country, wikidata, en, ru"
        );
        assert!(
            organisations.insert(r[0].clone()),
            "organisations.tsv:{line}: {} defined twice",
            r[0]
        );
        assert!(
            kinds.contains(&r[1].as_str()),
            "organisations.tsv:{line}: unknown kind {:?}",
            r[1]
        );
        assert!(
            r[2].is_empty() || r[2] == "*" || countries.contains(&r[2]),
            "organisations.tsv:{line}: unknown country {:?}",
            r[2]
        );
        assert!(
            r[3].is_empty() || (r[3].starts_with('Q') && r[3][1..].chars().all(|c| c.is_ascii_digit())),
            "organisations.tsv:{line}: {:?} is not a Wikidata identifier",
            r[3]
        );
    }
    for lang in LANGS {
        phrases_name_known_keys(&format!("{lang}/organisations.tsv"), &organisations);
    }
    for lang in ["uk", "de", "fr"] {
        labels_name_known_keys(&format!("{lang}/organisation-labels.tsv"), &organisations);
    }
}

#[test]
fn the_regions_gazetteer_parses_and_its_phrases_name_its_regions() {
    let kinds = [
        "state",
        "province",
        "territory",
        "district",
        "region",
        "oblast",
        "krai",
        "okrug",
        "republic",
        "canton",
        "land",
        "county",
        "city",
    ];
    let countries = keys("countries.tsv");
    let mut regions = HashSet::new();
    let mut capitals = HashSet::new();
    let mut kind_country = std::collections::HashMap::new();
    for (_, r) in rows("regions.tsv") {
        kind_country.insert(r[0].clone(), (r[2].clone(), r[1].clone()));
    }
    // city-regions.tsv: a city of regions.tsv, then the region of its own country it lies in.
    for (line, r) in rows("city-regions.tsv") {
        assert_eq!(r.len(), 2, "city-regions.tsv:{line}: city, region");
        let (city, region) = (kind_country.get(&r[0]), kind_country.get(&r[1]));
        assert!(
            city.is_some_and(|(k, _)| k == "city"),
            "city-regions.tsv:{line}: {:?} is no city of regions.tsv",
            r[0]
        );
        assert!(
            region.is_some_and(|(k, _)| k != "city"),
            "city-regions.tsv:{line}: {:?} is no region of regions.tsv",
            r[1]
        );
        assert_eq!(
            city.map(|c| &c.1),
            region.map(|c| &c.1),
            "city-regions.tsv:{line}: city and region in different countries"
        );
    }
    for (line, r) in rows("regions.tsv") {
        assert_eq!(
            r.len(),
            9,
            "regions.tsv:{line}: key, country, kind, wikidata, en, ru, uk, de, fr"
        );
        assert!(
            regions.insert(r[0].clone()),
            "regions.tsv:{line}: {} defined twice",
            r[0]
        );
        assert!(
            countries.contains(&r[1]),
            "regions.tsv:{line}: unknown country {:?}",
            r[1]
        );
        assert!(
            kinds.contains(&r[2].as_str()),
            "regions.tsv:{line}: unknown kind {:?}",
            r[2]
        );
        assert!(
            r[4..].iter().all(|l| !l.is_empty()),
            "regions.tsv:{line}: a label is missing"
        );
        if r[2] == "city" || r[0] == "DE-BE" {
            capitals.insert(r[1].clone());
        }
    }
    // Every country has at least one city (its capital).
    for c in &countries {
        assert!(capitals.contains(c), "regions.tsv: no city of {c}");
    }
    for lang in LANGS {
        let path = format!("{lang}/regions.tsv");
        phrases_name_known_keys(&path, &regions);
        for (line, r) in rows(&path) {
            assert!(
                r.get(2).is_some_and(|f| f == "name" || f == "demonym"),
                "{path}:{line}: form must be name or demonym"
            );
        }
    }
}
