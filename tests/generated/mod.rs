//! A store generated for the view and rank tests: eight people, each quoted in one article
//! more than the one before, at five outlets.
#![allow(dead_code)]

use crate::common::{bin, ok};
use std::path::{Path, PathBuf};

/// The people: title, full name, surname. Person k appears in k + 1 articles.
pub const PEOPLE: [(&str, &str, &str); 8] = [
    ("Russian Foreign Minister", "Sergei Lavrov", "Lavrov"),
    ("German Chancellor", "Olaf Scholz", "Scholz"),
    ("French President", "Emmanuel Macron", "Macron"),
    ("US Secretary of State", "Antony Blinken", "Blinken"),
    ("British Prime Minister", "Boris Johnson", "Johnson"),
    ("Turkish President", "Recep Tayyip Erdogan", "Erdogan"),
    ("Chinese Foreign Minister", "Wang Yi", "Wang"),
    ("Japanese Prime Minister", "Fumio Kishida", "Kishida"),
];

/// Builds the generated articles into `dir/generated-store` and returns its path.
pub fn store(dir: &Path) -> PathBuf {
    const OUTLETS: [&str; 5] = ["TASS", "Reuters", "AFP", "Interfax", "the BBC"];
    let articles = dir.join("generated");
    std::fs::create_dir_all(&articles).unwrap();
    let mut n = 0;
    for (k, (title, name, surname)) in PEOPLE.iter().enumerate() {
        for a in 0..=k {
            let outlet = OUTLETS[(k + a) % OUTLETS.len()];
            std::fs::write(
                articles.join(format!("g{n:03}.txt")),
                format!(
                    "Talks go on\n\n{title} {name} told {outlet} on Monday that the talks would continue next week.\n\n\"We are ready for a serious conversation about security,\" {surname} said.\n"
                ),
            )
            .unwrap();
            n += 1;
        }
    }
    let store = dir.join("generated-store");
    ok(bin()
        .args(["build", "--published", "2022-01-05", "--store"])
        .arg(&store)
        .arg(&articles));
    store
}
