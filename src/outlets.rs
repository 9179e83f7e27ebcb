//! Outlets as entities: "TASS", "ТАСС" and "the TASS news agency" are one venue, as "Russia"
//! and "Россия" are one country. Extraction gives a venue its words as the article writes them;
//! after it, the venue's label is looked up in `src/lang/outlets.tsv` (key, kind, Wikidata id,
//! and per language the forms that language's articles write), and a known outlet is written
//! under one IRI per key with its labels in every language.

use crate::extract::VenueKind;
use crate::lang::Lang;
use crate::lexicon::tsv_rows;
use std::collections::HashMap;
use std::sync::OnceLock;

/// One news outlet or platform.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outlet {
    pub key: String,
    /// agency, newspaper, tv, radio, online or social.
    pub kind: String,
    pub wikidata: Option<String>,
    /// The label per language that has one (the first form of its column).
    pub labels: Vec<(Lang, String)>,
}

impl Outlet {
    /// A social network or messenger rather than a newsroom.
    pub fn is_platform(&self) -> bool {
        self.kind == "social"
    }
}

/// A form's words; a word ending in `*` is a stem.
type Form = Vec<String>;

pub struct Outlets {
    outlets: Vec<Outlet>,
    by_key: HashMap<String, usize>,
    /// Per language (in `Lang::ALL` order): each form and its outlet.
    forms: Vec<Vec<(Form, usize)>>,
}

/// The table's columns of forms, in order.
const COLUMNS: [Lang; 5] = [Lang::En, Lang::Ru, Lang::Uk, Lang::De, Lang::Fr];

fn slot(lang: Lang) -> usize {
    COLUMNS
        .iter()
        .position(|l| *l == lang)
        .expect("every language has a column")
}

/// A label's words without the punctuation around them: quotes, brackets, a possessive
/// ("CBS's" is CBS), a comma or stop at the end. Dots and hyphens inside stay ("Lenta.ru").
fn words(text: &str) -> Vec<String> {
    text.split_whitespace()
        .map(|w| {
            let w = w.trim_matches(|c: char| "«»“”„\"'‘’()[],;:.!?".contains(c));
            let w = w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")).unwrap_or(w);
            w.to_string()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

fn word_matches(form_word: &str, word: &str) -> bool {
    match form_word.strip_suffix('*') {
        Some(stem) => word.starts_with(stem),
        None => word == form_word,
    }
}

impl Outlets {
    /// The bundled table (`src/lang/outlets.tsv`).
    pub fn get() -> &'static Outlets {
        static OUTLETS: OnceLock<Outlets> = OnceLock::new();
        OUTLETS.get_or_init(|| Outlets::parse(include_str!("lang/outlets.tsv")))
    }

    /// Reads the table. The file is part of the binary and checked by the tests, so a
    /// malformed row is a bug, not a user error.
    fn parse(text: &str) -> Outlets {
        let mut outlets = Vec::new();
        let mut forms: Vec<Vec<(Form, usize)>> = vec![Vec::new(); COLUMNS.len()];
        for row in tsv_rows(text) {
            let index = outlets.len();
            let mut labels = Vec::new();
            for (k, lang) in COLUMNS.iter().enumerate() {
                let cell = row.get(3 + k).copied().unwrap_or("");
                for (n, form) in cell.split('|').map(str::trim).filter(|f| !f.is_empty()).enumerate() {
                    if n == 0 {
                        labels.push((*lang, form.to_string()));
                    }
                    forms[k].push((form.split(' ').map(str::to_string).collect(), index));
                }
            }
            outlets.push(Outlet {
                key: row[0].to_string(),
                kind: row.get(1).copied().unwrap_or("").to_string(),
                wikidata: row.get(2).filter(|q| !q.is_empty()).map(|q| q.to_string()),
                labels,
            });
        }
        let by_key = outlets.iter().enumerate().map(|(k, o)| (o.key.clone(), k)).collect();
        Outlets { outlets, by_key, forms }
    }

    pub fn by_key(&self, key: &str) -> Option<&Outlet> {
        self.by_key.get(key).map(|&k| &self.outlets[k])
    }

    pub fn all(&self) -> &[Outlet] {
        &self.outlets
    }

    /// The outlet a venue's label names in an article in `lang`, if any.
    ///
    /// An outlet or medium may be named among other words ("the TASS news agency", "the
    /// YouTube channel Solovyov LIVE"): the longest form found wins, a newsroom before a
    /// platform. A platform alone is taken only when the other words are not a name (“his
    /// Telegram channel” is Telegram, "the Telegram channel Rybar" is not). Events and
    /// places must be an outlet's form whole.
    pub fn lookup(&self, label: &str, kind: &VenueKind, lang: Lang) -> Option<&Outlet> {
        let words = words(label);
        if words.is_empty() {
            return None;
        }
        let whole_only = matches!(kind, VenueKind::Event | VenueKind::Place);
        // (platform?, fewer words, later start): the best match is the least.
        type Rank = (bool, std::cmp::Reverse<usize>, usize);
        let mut best: Option<(Rank, usize, std::ops::Range<usize>)> = None;
        for (form, outlet) in &self.forms[slot(lang)] {
            if form.len() > words.len() || (whole_only && form.len() != words.len()) {
                continue;
            }
            for start in 0..=words.len() - form.len() {
                if form.iter().zip(&words[start..]).all(|(f, w)| word_matches(f, w)) {
                    let rank = (
                        self.outlets[*outlet].is_platform(),
                        std::cmp::Reverse(form.len()),
                        start,
                    );
                    if best.as_ref().is_none_or(|(r, _, _)| rank < *r) {
                        best = Some((rank, *outlet, start..start + form.len()));
                    }
                }
            }
        }
        let (_, outlet, matched) = best?;
        let outlet = &self.outlets[outlet];
        // On a platform, any other capitalised word names a channel or an account.
        let names_more = words
            .iter()
            .enumerate()
            .filter(|(k, _)| !matched.contains(k))
            .any(|(_, w)| w.chars().next().is_some_and(char::is_uppercase));
        if outlet.is_platform() && names_more {
            return None;
        }
        Some(outlet)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(label: &str, kind: VenueKind, lang: Lang) -> Option<String> {
        Outlets::get().lookup(label, &kind, lang).map(|o| o.key.clone())
    }

    #[test]
    fn one_outlet_however_it_is_written() {
        let tass = Some("tass".to_string());
        assert_eq!(key("TASS", VenueKind::Outlet, Lang::En), tass);
        assert_eq!(key("ТАСС", VenueKind::Outlet, Lang::Ru), tass);
        assert_eq!(key("the TASS news agency", VenueKind::Outlet, Lang::En), tass);
        assert_eq!(key("Tass", VenueKind::Outlet, Lang::De), tass);
        let solovyov = Some("solovyov-live".to_string());
        assert_eq!(
            key("YouTube channel Solovyov LIVE", VenueKind::Outlet, Lang::En),
            solovyov
        );
        assert_eq!(
            key("SolovyovLife YouTube channel", VenueKind::Outlet, Lang::En),
            solovyov
        );
        assert_eq!(
            key("Kommersant newspaper", VenueKind::Outlet, Lang::En),
            Some("kommersant".into())
        );
        assert_eq!(
            key("«Коммерсанту»", VenueKind::Outlet, Lang::Ru),
            Some("kommersant".into())
        );
        assert_eq!(
            key("Первому каналу", VenueKind::Outlet, Lang::Ru),
            Some("channel-one-russia".into())
        );
        assert_eq!(
            key("CBS's Face the Nation", VenueKind::Outlet, Lang::En),
            Some("cbs".into())
        );
        assert_eq!(
            key("Times of India", VenueKind::Outlet, Lang::En),
            Some("times-of-india".into())
        );
    }

    #[test]
    fn the_same_name_in_two_languages_can_be_two_outlets() {
        assert_eq!(key("RTL", VenueKind::Outlet, Lang::De), Some("rtl-germany".into()));
        assert_eq!(key("RTL", VenueKind::Outlet, Lang::Fr), Some("rtl-radio".into()));
        assert_eq!(key("ntv", VenueKind::Outlet, Lang::De), Some("n-tv".into()));
        assert_eq!(key("NTV", VenueKind::Outlet, Lang::En), Some("ntv".into()));
    }

    #[test]
    fn platforms_events_and_places() {
        assert_eq!(
            key("his Telegram channel", VenueKind::Medium, Lang::En),
            Some("telegram".into())
        );
        assert_eq!(key("Telegram-каналі Рибар", VenueKind::Medium, Lang::Uk), None);
        assert_eq!(key("Twitter", VenueKind::Medium, Lang::En), Some("x-twitter".into()));
        assert_eq!(
            key("Kurznachrichtendienst X", VenueKind::Medium, Lang::De),
            Some("x-twitter".into())
        );
        assert_eq!(key("Defense Ministry meeting", VenueKind::Event, Lang::En), None);
        assert_eq!(key("a TASS press conference", VenueKind::Event, Lang::En), None);
        assert_eq!(key("Congress", VenueKind::Place, Lang::En), None);
        assert_eq!(key("", VenueKind::Outlet, Lang::En), None);
    }

    #[test]
    fn the_table_is_well_formed() {
        let outlets = Outlets::get();
        let mut keys = std::collections::HashSet::new();
        for o in outlets.all() {
            assert!(keys.insert(o.key.clone()), "{} twice", o.key);
            assert!(
                ["agency", "newspaper", "tv", "radio", "online", "social"].contains(&o.kind.as_str()),
                "{}: kind {:?}",
                o.key,
                o.kind
            );
            assert!(!o.labels.is_empty(), "{} has no label", o.key);
            if let Some(q) = &o.wikidata {
                assert!(
                    q.starts_with('Q') && q[1..].chars().all(|c| c.is_ascii_digit()),
                    "{}: {q}",
                    o.key
                );
            }
        }
        assert_eq!(outlets.by_key("tass").unwrap().wikidata.as_deref(), Some("Q223799"));
    }

    /// The shared table is the mapping of every language's outlet phrases to one key: each
    /// phrase of `src/lang/XX/outlets.tsv` is a form of that language in it.
    #[test]
    fn every_phrase_of_the_language_files_has_a_key() {
        let files = [
            (Lang::En, include_str!("lang/en/outlets.tsv")),
            (Lang::Ru, include_str!("lang/ru/outlets.tsv")),
            (Lang::Uk, include_str!("lang/uk/outlets.tsv")),
            (Lang::De, include_str!("lang/de/outlets.tsv")),
            (Lang::Fr, include_str!("lang/fr/outlets.tsv")),
        ];
        let outlets = Outlets::get();
        for (lang, file) in files {
            for row in tsv_rows(file) {
                let phrase: Form = row[0].split(' ').map(str::to_string).collect();
                assert!(
                    outlets.forms[slot(lang)].iter().any(|(f, _)| *f == phrase),
                    "{}: {:?} has no outlet key in src/lang/outlets.tsv",
                    lang.code(),
                    row[0]
                );
            }
        }
    }
}
