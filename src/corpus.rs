//! Example corpora: per language, sentences with the facts a careful reader takes from them
//! (and, as negatives, what must not be taken). Each language's `corpus.txt` lies beside its
//! lexicons and rules; `tests/corpus.rs` runs them all. Format: see `src/lang/en/corpus.txt`.

use crate::dates::PartialDate;
use crate::document::{Document, DocumentOptions};
use crate::eval::{date_match, label_match, name_match, overlap};
use crate::extract::extract;
use crate::facts::rows;
use crate::lang::Lang;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expectation {
    Role {
        person: String,
        role: String,
        org: String,
    },
    Statement {
        speaker: String,
        date: String,
        venue: String,
        words: String,
    },
    NoRole {
        person: String,
        role: String,
        org: String,
    },
    /// No statement by the speaker, or none holding `words` where they are given.
    NoStatement {
        speaker: String,
        words: Option<String>,
    },
    Person(String),
    NoPerson(String),
}

#[derive(Debug, Clone)]
pub struct Example {
    /// Line number of the example's first text line.
    pub line: usize,
    pub published: Option<PartialDate>,
    pub text: String,
    pub expectations: Vec<Expectation>,
}

pub fn corpus_text(lang: Lang) -> &'static str {
    match lang {
        Lang::En => include_str!("lang/en/corpus.txt"),
        Lang::Ru => include_str!("lang/ru/corpus.txt"),
        Lang::Uk => include_str!("lang/uk/corpus.txt"),
        Lang::De => include_str!("lang/de/corpus.txt"),
        Lang::Fr => include_str!("lang/fr/corpus.txt"),
    }
}

pub fn parse(text: &str) -> Result<Vec<Example>, String> {
    let mut out = Vec::new();
    let mut current: Option<Example> = None;
    let fields = |rest: &str, n: usize, line: usize| -> Result<Vec<String>, String> {
        let f: Vec<String> = rest.split('|').map(|s| s.trim().to_string()).collect();
        if f.len() == n {
            Ok(f)
        } else {
            Err(format!("line {line}: expected {n} fields separated by '|'"))
        }
    };
    for (k, raw) in text.lines().enumerate() {
        let n = k + 1;
        let line = raw.trim_end();
        if line.trim().is_empty() {
            if let Some(e) = current.take() {
                out.push(e);
            }
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        let ex = current.get_or_insert_with(|| Example {
            line: n,
            published: None,
            text: String::new(),
            expectations: Vec::new(),
        });
        if let Some(date) = line.strip_prefix("@published") {
            ex.published = Some(PartialDate::parse_iso(date.trim()).ok_or(format!("line {n}: bad date"))?);
        } else if let Some(p) = line.strip_prefix('>') {
            if !ex.text.is_empty() {
                ex.text.push_str("\n\n");
            }
            ex.text.push_str(p.trim());
        } else if let Some((kind, rest)) = line.split_once(':') {
            let e = match kind.trim() {
                "role" => {
                    let f = fields(rest, 3, n)?;
                    Expectation::Role {
                        person: f[0].clone(),
                        role: f[1].clone(),
                        org: f[2].clone(),
                    }
                }
                "no-role" => {
                    let f = fields(rest, 3, n)?;
                    Expectation::NoRole {
                        person: f[0].clone(),
                        role: f[1].clone(),
                        org: f[2].clone(),
                    }
                }
                "statement" => {
                    let f = fields(rest, 4, n)?;
                    Expectation::Statement {
                        speaker: f[0].clone(),
                        date: f[1].clone(),
                        venue: f[2].clone(),
                        words: f[3].clone(),
                    }
                }
                "no-statement" => match rest.split_once('|') {
                    Some((speaker, words)) => Expectation::NoStatement {
                        speaker: speaker.trim().to_string(),
                        words: Some(words.trim().to_string()),
                    },
                    None => Expectation::NoStatement {
                        speaker: rest.trim().to_string(),
                        words: None,
                    },
                },
                "person" => Expectation::Person(rest.trim().to_string()),
                "no-person" => Expectation::NoPerson(rest.trim().to_string()),
                other => return Err(format!("line {n}: unknown expectation {other:?}")),
            };
            ex.expectations.push(e);
        } else {
            return Err(format!("line {n}: expected '>', '@published' or an expectation"));
        }
    }
    if let Some(e) = current {
        out.push(e);
    }
    Ok(out)
}

/// What an example's extraction got wrong (empty when it passes).
pub fn check(example: &Example, lang: Lang) -> Vec<String> {
    let options = DocumentOptions {
        lang: Some(lang),
        published: example.published,
        ..Default::default()
    };
    let doc = match Document::new("example.txt", example.text.clone(), &options) {
        Ok(d) => d,
        Err(e) => return vec![format!("not read: {e}")],
    };
    let ex = extract(&doc);
    let (roles, statements) = rows(&doc, &ex);
    let persons: Vec<String> = ex.persons.iter().map(|p| p.full_name()).collect();
    let role_found = |person: &str, role: &str, org: &str| {
        roles.iter().any(|r| {
            name_match(&r.person, person)
                && label_match(&r.role, &[role.to_string()], 2)
                && qualifiers(&r.role) == qualifiers(role)
                && label_match(&r.organization, &[org.to_string()], 2)
        })
    };
    let mut problems = Vec::new();
    for e in &example.expectations {
        match e {
            Expectation::Role { person, role, org } if !role_found(person, role, org) => {
                problems.push(format!(
                    "missing role {person} | {role} | {org}; found {:?}",
                    roles
                        .iter()
                        .map(|r| format!("{} | {} | {}", r.person, r.role, r.organization))
                        .collect::<Vec<_>>()
                ));
            }
            Expectation::NoRole { person, role, org } if role_found(person, role, org) => {
                problems.push(format!("wrong role {person} | {role} | {org}"));
            }
            Expectation::Statement {
                speaker,
                date,
                venue,
                words,
            } => {
                let by_speaker: Vec<_> = statements
                    .iter()
                    .filter(|s| name_match(&s.speaker, speaker) && overlap(&s.text, words) >= 0.6)
                    .collect();
                let ok = by_speaker.iter().any(|s| {
                    let date_ok = if date.is_empty() {
                        s.date.is_empty()
                    } else {
                        date_match(&s.date, Some(&full_or_dummy_year(date)))
                            && s.date.starts_with("--") == date.starts_with("--")
                    };
                    let venue_ok = if venue.is_empty() {
                        s.venue.is_empty()
                    } else {
                        label_match(&s.venue, &[venue.clone()], 4)
                    };
                    date_ok && venue_ok
                });
                if !ok {
                    problems.push(format!(
                        "missing statement {speaker} | {date} | {venue} | {words}; found {:?}",
                        statements
                            .iter()
                            .map(|s| format!(
                                "{} | {} | {} | {}",
                                s.speaker,
                                s.date,
                                s.venue,
                                s.text.chars().take(50).collect::<String>()
                            ))
                            .collect::<Vec<_>>()
                    ));
                }
            }
            Expectation::NoStatement { speaker, words }
                if statements.iter().any(|s| {
                    name_match(&s.speaker, speaker) && words.as_ref().is_none_or(|w| overlap(&s.text, w) >= 0.6)
                }) =>
            {
                problems.push(format!("wrong statement by {speaker}"));
            }
            Expectation::Person(name) if !persons.iter().any(|p| name_match(p, name)) => {
                problems.push(format!("missing person {name}; found {persons:?}"));
            }
            Expectation::NoPerson(name) if persons.iter().any(|p| name_match(p, name)) => {
                problems.push(format!("wrong person {name}"));
            }
            _ => {}
        }
    }
    problems
}

/// The qualifiers of a role label, in one vocabulary: a former minister is not the minister.
fn qualifiers(label: &str) -> Vec<&'static str> {
    let lower = label.to_lowercase();
    let mut q: Vec<&'static str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter_map(|w| match w {
            "former" | "ex" | "then" | "late" | "ancien" | "ancienne" | "экс" | "колишній" | "колишня" => {
                Some("former")
            }
            w if w.starts_with("бывш")
                || w.starts_with("ehemalig")
                || w.starts_with("früher")
                || w.starts_with("колишн") =>
            {
                Some("former")
            }
            "acting" | "interim" | "врио" | "intérim" | "intérimaire" | "в" => Some("acting"),
            w if w.starts_with("исполняющ") || w.starts_with("kommissarisch") || w.starts_with("виконуюч") => {
                Some("acting")
            }
            "outgoing" | "sortant" | "sortante" => Some("outgoing"),
            w if w.starts_with("scheidend") => Some("outgoing"),
            "designate" | "incoming" | "nominee" | "désigné" | "désignée" => Some("designate"),
            w if w.starts_with("designiert") => Some("designate"),
            _ => None,
        })
        .collect();
    q.sort();
    q.dedup();
    q
}

/// `--MM-DD` compared as a full date with any year.
fn full_or_dummy_year(date: &str) -> String {
    match date.strip_prefix("--") {
        Some(md) => format!("0000-{md}"),
        None => date.to_string(),
    }
}
