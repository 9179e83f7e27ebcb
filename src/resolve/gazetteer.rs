//! The persons gazetteer: well-known people with their Wikidata identifiers, the names news
//! gives them in several scripts, and the post news most often names them by.
//!
//! The bundled file is `ontology/people.tsv`; `newsgraph build --gazetteer FILE` adds rows from
//! files in the same format. Names are matched by their identity key
//! ([`crate::identity::name_key`]), so "Sergei Lavrov" matches a row that lists "Sergey Lavrov".

use crate::identity::name_key;
use crate::lang::World;
use std::collections::HashMap;
use std::path::Path;

pub const BUNDLED: &str = include_str!("../../ontology/people.tsv");

static SHARED: std::sync::OnceLock<Gazetteer> = std::sync::OnceLock::new();

/// One person of the gazetteer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KnownPerson {
    /// The Wikidata identifier ("Q7747").
    pub wikidata: String,
    pub names: Vec<String>,
    /// A role key of `src/lang/roles.tsv` ("president").
    pub role: Option<String>,
    /// The organisation of that role: a country code ("RU") or an organisation key ("nato").
    pub organisation: Option<String>,
}

#[derive(Debug, Default, Clone)]
pub struct Gazetteer {
    pub people: Vec<KnownPerson>,
    /// Identity key of every listed name -> index in `people`.
    by_key: HashMap<String, usize>,
}

#[derive(Debug, thiserror::Error)]
pub enum GazetteerError {
    #[error("cannot read the gazetteer {file}: {source}")]
    Read { file: String, source: std::io::Error },
    #[error("{file}, line {line}: {problem} (format: WIKIDATA<TAB>NAME|NAME...<TAB>ROLE<TAB>ORGANISATION, see ontology/people.tsv)")]
    Row { file: String, line: usize, problem: String },
}

impl Gazetteer {
    /// The bundled gazetteer; it is checked by the tests, so it always parses.
    pub fn bundled() -> Gazetteer {
        let mut g = Gazetteer::default();
        g.add_rows(BUNDLED, "ontology/people.tsv")
            .expect("the bundled gazetteer is valid");
        g
    }

    /// The gazetteer extraction consults per article: the one `install`ed for this process (the
    /// bundled rows plus `--gazetteer` files), else the bundled one.
    pub fn shared() -> &'static Gazetteer {
        SHARED.get_or_init(Gazetteer::bundled)
    }

    /// Makes `gazetteer` the one extraction consults; only before the first article is read.
    pub fn install(gazetteer: Gazetteer) -> bool {
        SHARED.set(gazetteer).is_ok()
    }

    /// Adds the rows of a user's gazetteer file.
    pub fn add_file(&mut self, path: &Path) -> Result<(), GazetteerError> {
        let file = path.display().to_string();
        let bytes = std::fs::read(path).map_err(|source| GazetteerError::Read {
            file: file.clone(),
            source,
        })?;
        let text = String::from_utf8(bytes).map_err(|_| GazetteerError::Row {
            file: file.clone(),
            line: 0,
            problem: "it is not UTF-8 text".into(),
        })?;
        self.add_rows(&text, &file)
    }

    /// Parses rows; a row whose name is already listed for another identifier is an error, since
    /// one name would then stand for two people.
    pub fn add_rows(&mut self, text: &str, file: &str) -> Result<(), GazetteerError> {
        let world = World::get();
        for (n, line) in text.lines().enumerate() {
            let line_no = n + 1;
            let err = |problem: String| GazetteerError::Row {
                file: file.to_string(),
                line: line_no,
                problem,
            };
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let cells: Vec<&str> = line.split('\t').map(str::trim).collect();
            let wikidata = cells[0];
            if !(wikidata.len() > 1 && wikidata.starts_with('Q') && wikidata[1..].chars().all(|c| c.is_ascii_digit())) {
                return Err(err(format!("{wikidata:?} is not a Wikidata identifier such as Q7747")));
            }
            let names: Vec<String> = cells
                .get(1)
                .copied()
                .unwrap_or("")
                .split('|')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(String::from)
                .collect();
            if names.is_empty() {
                return Err(err("no names in the second column".into()));
            }
            let nonempty = |i: usize| cells.get(i).filter(|s| !s.is_empty()).map(|s| s.to_string());
            let role = nonempty(2);
            if let Some(r) = role.as_deref().filter(|r| !world.roles.contains_key(*r)) {
                return Err(err(format!("unknown role {r:?} (use a key of src/lang/roles.tsv)")));
            }
            let organisation = nonempty(3);
            if let Some(o) = organisation
                .as_deref()
                .filter(|o| !world.countries.contains_key(*o) && !world.organisations.contains_key(*o))
            {
                return Err(err(format!(
                    "unknown organisation {o:?} (use a country code such as RU or a key of src/lang/organisations.tsv)"
                )));
            }
            let index = match self.people.iter().position(|p| p.wikidata == wikidata) {
                // A later row for the same person adds names and fills what the first left out.
                Some(i) => {
                    let p = &mut self.people[i];
                    p.role = p.role.take().or(role.clone());
                    p.organisation = p.organisation.take().or(organisation.clone());
                    i
                }
                None => {
                    self.people.push(KnownPerson {
                        wikidata: wikidata.to_string(),
                        names: Vec::new(),
                        role: role.clone(),
                        organisation: organisation.clone(),
                    });
                    self.people.len() - 1
                }
            };
            for name in names {
                let key = name_key(&name);
                if key.split('-').count() < 2 {
                    return Err(err(format!(
                        "{name:?} is a single word; list full names (a surname alone could be anyone)"
                    )));
                }
                match self.by_key.get(&key) {
                    Some(&other) if other != index => {
                        return Err(err(format!(
                            "{name:?} is already listed for {}",
                            self.people[other].wikidata
                        )))
                    }
                    _ => {
                        self.by_key.insert(key, index);
                    }
                }
                self.people[index].names.push(name);
            }
        }
        Ok(())
    }

    /// The gazetteer of only some of its people (in the order given): what a block of persons
    /// is resolved against, since no one outside it could be joined to them.
    pub fn subset(&self, people: &[usize]) -> Gazetteer {
        let mut out = Gazetteer::default();
        for &p in people {
            let index = out.people.len();
            out.people.push(self.people[p].clone());
            for (key, &q) in &self.by_key {
                if q == p {
                    out.by_key.insert(key.clone(), index);
                }
            }
        }
        out
    }

    /// The person a full name's identity key belongs to.
    pub fn by_key(&self, key: &str) -> Option<usize> {
        self.by_key.get(key).copied()
    }

    /// Every listed name key with its person (for matching by surname and first name).
    pub fn keys(&self) -> impl Iterator<Item = (&str, usize)> {
        self.by_key.iter().map(|(k, &i)| (k.as_str(), i))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_gazetteer_parses_and_names_each_person_once() {
        let g = Gazetteer::bundled();
        assert!(g.people.len() >= 40, "{} people", g.people.len());
        let mut ids: Vec<&str> = g.people.iter().map(|p| p.wikidata.as_str()).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), g.people.len());
    }

    #[test]
    fn bad_rows_are_named_by_file_and_line() {
        let mut g = Gazetteer::default();
        let e = g.add_rows("# comment\nQ1\tJohn Smith\tpresident\tUS\nX9\tJane Doe\n", "my.tsv");
        let msg = e.unwrap_err().to_string();
        assert!(msg.starts_with("my.tsv, line 3:"), "{msg}");
        let e = g.add_rows("Q2\tSmith\n", "my.tsv").unwrap_err().to_string();
        assert!(e.contains("single word"), "{e}");
        let e = g.add_rows("Q3\tJohn Smith\n", "my.tsv").unwrap_err().to_string();
        assert!(e.contains("already listed for Q1"), "{e}");
        let e = g
            .add_rows("Q4\tAnn Lee\tqueen-mother\n", "my.tsv")
            .unwrap_err()
            .to_string();
        assert!(e.contains("unknown role"), "{e}");
    }

    #[test]
    fn names_match_across_spellings_and_scripts() {
        let mut g = Gazetteer::default();
        g.add_rows("Q100\tSergey Lavrov|Сергей Лавров\tforeign-minister\tRU\n", "t.tsv")
            .unwrap();
        assert_eq!(g.by_key(&name_key("Sergei Lavrov")), Some(0));
        assert_eq!(g.by_key(&name_key("Сергей Лавров")), Some(0));
        assert_eq!(g.by_key(&name_key("Sergey Lavrentiev")), None);
    }
}
