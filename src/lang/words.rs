//! A language's closed word classes, read from its `words.tsv`: small lists that are part of
//! its grammar rather than of the world (pronouns, prepositions, speech-frame words, month
//! names). Each line is `CLASS<TAB>WORD` or `CLASS<TAB>WORD<TAB>VALUE`; a word ending in `*` is
//! a stem ("qualifi*" matches "qualified"); `#` lines are comments. The shared rules ask a class
//! whether it holds a word; they never spell a language's words themselves.

use rustc_hash::{FxHashMap, FxHashSet};

/// One class of words or phrases, in the order the file gives them.
#[derive(Debug, Clone, Default)]
pub struct Words {
    list: Vec<String>,
    exact: FxHashSet<String>,
    /// Entries written with a trailing `*`, without it.
    stems: Vec<String>,
    /// The words that can open a phrase of the class (see `may_open`).
    openers: Openers,
}

/// The elided articles and conjunctions the tokenizer splits off a word ("d'une" -> "d'",
/// "une"): a phrase's word beginning with one is matched as two tokens.
pub const ELISIONS: [&str; 3] = ["d'", "l'", "qu'"];

/// The first word of each phrase of a class, as a token would show it, so that a rule trying
/// every phrase of a class at every token asks the class first and skips the tokens that open
/// none. A first word written as a stem ("bundes*") or with a French elision ("d'une": the
/// tokenizer splits it) is kept as the prefix a token must begin with.
#[derive(Debug, Clone, Default)]
struct Openers {
    words: FxHashSet<String>,
    prefixes: Vec<String>,
}

impl Openers {
    fn push(&mut self, phrase: &str) {
        let first = phrase.split(' ').next().unwrap_or("");
        let elision = ELISIONS
            .iter()
            .copied()
            .find(|p| first.len() > p.len() && first.starts_with(p));
        match (elision, first.strip_suffix('*')) {
            (Some(p), _) => self.words.insert(p.to_string()),
            (None, Some(stem)) => {
                self.prefixes.push(stem.to_string());
                true
            }
            (None, None) => self.words.insert(first.to_string()),
        };
    }

    fn may_open(&self, token: &str) -> bool {
        self.words.contains(token) || self.prefixes.iter().any(|p| token.starts_with(p.as_str()))
    }
}

impl Words {
    pub fn new<S: AsRef<str>>(items: impl IntoIterator<Item = S>) -> Words {
        let mut w = Words::default();
        for item in items {
            w.push(item.as_ref());
        }
        w
    }

    fn push(&mut self, item: &str) {
        match item.strip_suffix('*') {
            Some(stem) if !stem.is_empty() => self.stems.push(stem.to_string()),
            _ => {
                self.exact.insert(item.to_string());
            }
        }
        self.openers.push(item);
        self.list.push(item.to_string());
    }

    /// Whether some phrase of the class can start at a token written `token` (in small
    /// letters): false means every phrase fails there, so its phrases need not be tried.
    pub fn may_open(&self, token: &str) -> bool {
        self.openers.may_open(token)
    }

    /// Whether the class holds `word`: the word itself, or a word one of its stems begins.
    pub fn contains<S: AsRef<str> + ?Sized>(&self, word: &S) -> bool {
        let word = word.as_ref();
        self.exact.contains(word) || self.stems.iter().any(|s| word.starts_with(s.as_str()))
    }

    /// The entries as written (stems with their `*`), in file order.
    pub fn iter(&self) -> impl Iterator<Item = &str> + '_ {
        self.list.iter().map(String::as_str)
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    pub fn first(&self) -> Option<&str> {
        self.list.first().map(String::as_str)
    }
}

/// A class whose words carry a value ("yesterday" → -1, "ex" → "former").
#[derive(Debug, Clone)]
pub struct WordMap<V> {
    list: Vec<(String, V)>,
    exact: FxHashMap<String, usize>,
    /// Indexes into `list` of the stems, in file order.
    stems: Vec<usize>,
    openers: Openers,
}

impl<V> Default for WordMap<V> {
    fn default() -> Self {
        WordMap {
            list: Vec::new(),
            exact: FxHashMap::default(),
            stems: Vec::new(),
            openers: Openers::default(),
        }
    }
}

impl<V> WordMap<V> {
    /// Whether some entry (a phrase) of the class can start at a token written `token`.
    pub fn may_open(&self, token: &str) -> bool {
        self.openers.may_open(token)
    }

    fn push(&mut self, word: &str, value: V) {
        self.openers.push(word);
        if word.ends_with('*') && word.len() > 1 {
            self.stems.push(self.list.len());
        } else {
            self.exact.entry(word.to_string()).or_insert(self.list.len());
        }
        self.list.push((word.to_string(), value));
    }

    /// The value of `word`: its own entry, else the first stem it begins with.
    pub fn get(&self, word: &str) -> Option<&V> {
        if let Some(&k) = self.exact.get(word) {
            return Some(&self.list[k].1);
        }
        self.stems
            .iter()
            .find(|&&k| word.starts_with(self.list[k].0.trim_end_matches('*')))
            .map(|&k| &self.list[k].1)
    }

    /// (entry as written, value), in file order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &V)> + '_ {
        self.list.iter().map(|(w, v)| (w.as_str(), v))
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }
}

/// The rows of a `words.tsv` file, grouped by class.
pub struct WordFile {
    classes: FxHashMap<String, Vec<(String, Option<String>)>>,
}

impl WordFile {
    pub fn parse(data: &str) -> WordFile {
        let mut classes: FxHashMap<String, Vec<(String, Option<String>)>> = FxHashMap::default();
        for line in data.lines() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let mut cells = line.split('\t');
            let (Some(class), Some(word)) = (cells.next(), cells.next()) else {
                continue;
            };
            let value = cells.next().map(|v| v.trim().to_string());
            classes
                .entry(class.trim().to_string())
                .or_default()
                .push((word.trim().to_string(), value));
        }
        WordFile { classes }
    }

    fn rows(&self, class: &str) -> &[(String, Option<String>)] {
        self.classes.get(class).map_or(&[], Vec::as_slice)
    }

    pub fn words(&self, class: &str) -> Words {
        Words::new(self.rows(class).iter().map(|(w, _)| w.as_str()))
    }

    /// A class whose values are text; a word without a value maps to itself.
    pub fn text_map(&self, class: &str) -> WordMap<String> {
        let mut m = WordMap::default();
        for (w, v) in self.rows(class) {
            m.push(w, v.clone().unwrap_or_else(|| w.clone()));
        }
        m
    }

    /// A class whose values are numbers (month 1-12, weekday 0-6, day offsets).
    pub fn numbers<N: std::str::FromStr>(&self, class: &str) -> Vec<(String, N)> {
        self.rows(class)
            .iter()
            .filter_map(|(w, v)| Some((w.clone(), v.as_deref()?.parse().ok()?)))
            .collect()
    }

    /// A single setting (`setting<TAB>NAME<TAB>VALUE`).
    pub fn setting(&self, name: &str) -> Option<&str> {
        self.rows("setting")
            .iter()
            .find(|(w, _)| w == name)
            .and_then(|(_, v)| v.as_deref())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_stems_and_values() {
        let f =
            WordFile::parse("# comment\nq\tformer\tformer\nq\tex\tformer\nq\tqualifi*\tq\nw\tthe\nw\tin a post on\n");
        let w = f.words("w");
        assert!(w.contains("the") && w.contains("in a post on") && !w.contains("them"));
        let q = f.text_map("q");
        assert_eq!(q.get("ex").map(String::as_str), Some("former"));
        assert_eq!(q.get("qualified").map(String::as_str), Some("q"));
        assert_eq!(q.get("other"), None);
        assert!(f.words("missing").is_empty());
    }
}
