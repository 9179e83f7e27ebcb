//! Phrase lexicons loaded from the TSV data files under `src/lang/`.
//!
//! A phrase is matched token by token. A lexicon word ending in `*` is a stem (Russian
//! inflection: "министр*" matches министра, министру...). A word with two or more capitals
//! ("US", "МИД", "NATO") must match with the same case, so "US" never matches the pronoun "us";
//! so must a word marked with a leading `=` ("président du =Conseil", a government's head, is
//! not "président du conseil" of a town); every other word matches case-insensitively.

use crate::text::{tokenize, Token};
use rustc_hash::FxHashMap as HashMap;

#[derive(Debug, Clone, PartialEq, Eq)]
enum WordPattern {
    Exact(String),
    ExactCase(String),
    Stem(String),
}

impl WordPattern {
    fn matches(&self, token: &Token, text: &str) -> bool {
        match self {
            WordPattern::Exact(w) => {
                token.lower == *w || (token.lower.len() < w.len() && capital_unaccented(token.text(text), w))
            }
            WordPattern::ExactCase(w) => token.text(text).replace('’', "'") == *w,
            WordPattern::Stem(s) => token.lower.starts_with(s.as_str()) && token.is_word(),
        }
    }
    /// The key the phrase is found under by its first word: the word in small letters with
    /// French accents folded (so "ETAT" finds "état"), or the stem itself.
    fn index_key(&self) -> String {
        match self {
            WordPattern::Exact(w) => fold_accents(w).into_owned(),
            WordPattern::ExactCase(w) => fold_accents(&w.to_lowercase()).into_owned(),
            WordPattern::Stem(s) => s.clone(),
        }
    }
}

/// `word` with the accents `unaccented` knows removed; borrowed when it has none (most words).
fn fold_accents(word: &str) -> std::borrow::Cow<'_, str> {
    if word.chars().any(|c| unaccented(c).is_some()) {
        word.chars()
            .map(|c| unaccented(c).unwrap_or(c))
            .collect::<String>()
            .into()
    } else {
        word.into()
    }
}

/// "l'Etat", "ETAT", "Ecole": French capitals often drop their accents. The word as written
/// matches the lexicon's accented word when they differ only where a capital stands for an
/// accented small letter.
fn capital_unaccented(written: &str, lexicon_word: &str) -> bool {
    let mut written = written.chars().map(|c| if c == '’' { '\'' } else { c });
    let mut word = lexicon_word.chars();
    loop {
        match (written.next(), word.next()) {
            (None, None) => return true,
            (Some(c), Some(w)) => {
                let same = c.to_lowercase().eq(std::iter::once(w))
                    || (c.is_ascii_uppercase() && unaccented(w) == Some(c.to_ascii_lowercase()));
                if !same {
                    return false;
                }
            }
            _ => return false,
        }
    }
}

fn unaccented(c: char) -> Option<char> {
    Some(match c {
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'à' | 'â' => 'a',
        'î' | 'ï' => 'i',
        'ô' => 'o',
        'ù' | 'û' | 'ü' => 'u',
        'ç' => 'c',
        _ => return None,
    })
}

/// Parses a lexicon phrase into word patterns.
fn compile(phrase: &str) -> Vec<WordPattern> {
    let tokens = tokenize(phrase, 0..phrase.len());
    let mut out: Vec<WordPattern> = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        if t.lower == "*" || (t.lower == "=" && tokens.get(i + 1).is_some_and(|n| n.start == t.end)) {
            continue;
        }
        let stem = tokens.get(i + 1).is_some_and(|n| n.lower == "*" && n.start == t.end);
        // "président du =Conseil": a word marked "=" matches only with its case as written.
        let marked_exact = i > 0 && tokens[i - 1].lower == "=" && tokens[i - 1].end == t.start;
        let raw = t.text(phrase).replace('’', "'");
        let capitals = raw.chars().filter(|c| c.is_uppercase()).count();
        // A short capitalised name is matched as written: "Сум" (of Суми) is not the acronym
        // "СУМ".
        let short_name = capitals == 1 && raw.chars().count() <= 3 && raw.starts_with(char::is_uppercase);
        out.push(if stem {
            WordPattern::Stem(t.lower.clone())
        } else if capitals >= 2 || short_name || marked_exact {
            WordPattern::ExactCase(raw)
        } else {
            WordPattern::Exact(t.lower.clone())
        });
    }
    out
}

/// The words and stems that begin a phrase of any of several sets: one lookup tells whether a
/// token can begin a phrase of any of them, so the sets themselves are asked only where one can
/// (most words of a text begin none).
#[derive(Debug, Clone, Default)]
pub struct PhraseStarts {
    words: rustc_hash::FxHashSet<String>,
    stems: rustc_hash::FxHashSet<String>,
    stem_lengths: Vec<usize>,
}

impl PhraseStarts {
    /// Whether a phrase of one of the sets may begin at `token` (the same test as
    /// `PhraseSet::candidates`, over all the sets at once).
    pub fn may_start(&self, token: &Token) -> bool {
        if !token.is_word() {
            return false;
        }
        let word = token.lower.as_str();
        self.words.contains(fold_accents(word).as_ref())
            || self
                .stem_lengths
                .iter()
                .take_while(|&&n| n <= word.len())
                .any(|&n| word.is_char_boundary(n) && self.stems.contains(&word[..n]))
    }
}

/// A set of phrases, each with a value, matched longest-first over tokens.
///
/// Phrases are indexed by their first word: whole words in one hash map, stems in another
/// keyed by the stem, probed with the token's prefixes of the lengths some stem has. A lookup
/// costs a few hash probes per token whatever the size of the lexicon, and only the phrases
/// whose first word can match are compared word by word.
#[derive(Debug, Clone)]
pub struct PhraseSet<V> {
    entries: Vec<(Vec<WordPattern>, V)>,
    by_word: HashMap<String, Vec<usize>>,
    by_stem: HashMap<String, Vec<usize>>,
    /// The distinct byte lengths of the stems, shortest first.
    stem_lengths: Vec<usize>,
}

impl<V: Clone> Default for PhraseSet<V> {
    fn default() -> Self {
        Self {
            entries: Vec::new(),
            by_word: HashMap::default(),
            by_stem: HashMap::default(),
            stem_lengths: Vec::new(),
        }
    }
}

impl<V: Clone> PhraseSet<V> {
    pub fn insert(&mut self, phrase: &str, value: V) {
        let patterns = compile(phrase);
        let Some(first) = patterns.first() else {
            return;
        };
        let key = first.index_key();
        if let WordPattern::Stem(_) = first {
            if let Err(at) = self.stem_lengths.binary_search(&key.len()) {
                self.stem_lengths.insert(at, key.len());
            }
            self.by_stem.entry(key).or_default().push(self.entries.len());
        } else {
            self.by_word.entry(key).or_default().push(self.entries.len());
        }
        self.entries.push((patterns, value));
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Adds this set's first words and stems to `starts`.
    pub fn add_starts_to(&self, starts: &mut PhraseStarts) {
        starts.words.extend(self.by_word.keys().cloned());
        for stem in self.by_stem.keys() {
            if let Err(at) = starts.stem_lengths.binary_search(&stem.len()) {
                starts.stem_lengths.insert(at, stem.len());
            }
            starts.stems.insert(stem.clone());
        }
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The phrases whose first word may match `word` (a token in small letters).
    fn candidates<'s>(&'s self, word: &'s str) -> impl Iterator<Item = usize> + 's {
        let words = self.by_word.get(fold_accents(word).as_ref()).into_iter().flatten();
        let stems = self
            .stem_lengths
            .iter()
            .take_while(move |&&n| n <= word.len())
            .filter(move |&&n| word.is_char_boundary(n))
            .filter_map(move |&n| self.by_stem.get(&word[..n]))
            .flatten();
        words.chain(stems).copied()
    }

    /// The longest phrase starting at token `i`: (index one past its last token, value).
    pub fn longest_at(&self, tokens: &[Token], i: usize, text: &str) -> Option<(usize, V)> {
        let first = tokens.get(i)?;
        if !first.is_word() {
            return None;
        }
        let mut best: Option<(usize, usize)> = None;
        for e in self.candidates(&first.lower) {
            let pats = &self.entries[e].0;
            let end = i + pats.len();
            // Longest wins; between phrases of one length, the one listed first in the data.
            if end > tokens.len() || best.is_some_and(|(b, be)| end < b || (end == b && e > be)) {
                continue;
            }
            if pats.iter().zip(&tokens[i..]).all(|(p, t)| p.matches(t, text)) {
                best = Some((end, e));
            }
        }
        best.map(|(end, e)| (end, self.entries[e].1.clone()))
    }
}

/// Rows of a TSV data file: `#` lines and blank lines skipped, cells split on tabs.
pub fn tsv_rows(data: &str) -> impl Iterator<Item = Vec<&str>> {
    data.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').map(str::trim).collect())
}

/// The `;`-separated values of a cell.
pub fn values<'a>(cell: Option<&&'a str>) -> impl Iterator<Item = &'a str> {
    cell.copied()
        .unwrap_or("")
        .split(';')
        .map(str::trim)
        .filter(|v| !v.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn longest(set: &PhraseSet<u8>, s: &str) -> Option<(usize, u8)> {
        let toks = tokenize(s, 0..s.len());
        set.longest_at(&toks, 0, s)
    }

    #[test]
    fn longest_match_wins_and_case_rules_hold() {
        let mut set = PhraseSet::default();
        set.insert("foreign minister", 1);
        set.insert("deputy foreign minister", 2);
        set.insert("US", 3);
        set.insert("министр* иностранных дел", 4);
        assert_eq!(longest(&set, "Deputy Foreign Minister Grushko"), Some((3, 2)));
        assert_eq!(longest(&set, "US envoy"), Some((1, 3)));
        assert_eq!(longest(&set, "us envoy"), None);
        assert_eq!(longest(&set, "министру иностранных дел"), Some((3, 4)));
        set.insert("président du =Conseil", 5);
        assert_eq!(longest(&set, "président du Conseil Mario Draghi"), Some((3, 5)));
        assert_eq!(longest(&set, "président du conseil communal"), None);
    }

    #[test]
    fn capitals_may_drop_accents_small_letters_may_not() {
        let mut set = PhraseSet::default();
        set.insert("chef de l'état", 1);
        set.insert("école normale", 2);
        // chef | de | l' | état
        assert_eq!(longest(&set, "chef de l'Etat Alassane"), Some((4, 1)));
        assert_eq!(longest(&set, "Ecole normale"), Some((2, 2)));
        assert_eq!(longest(&set, "chef de l'etat"), None);
        assert_eq!(longest(&set, "ecole normale"), None);
    }
}
