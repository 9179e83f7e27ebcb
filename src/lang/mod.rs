//! Language packs: for each language, its lexicons (TSV data beside its rules) and its rules.
//!
//! Adding a language is: a folder `src/lang/XX/` with the surface-form lexicons
//! (countries, organisations, roles, given names, speech verbs, outlets), a `rules.rs` giving
//! the closed word classes and patterns (`LangRules`), a `corpus.txt` of example sentences, and
//! one line in `Lang` below. The extractors themselves are shared.

/// The raw data files of the language whose module invokes it: every language keeps the same
/// six lexicons beside its rules, under the same names.
macro_rules! lang_data {
    () => {
        $crate::lang::LangData {
            countries: include_str!("countries.tsv"),
            organisations: include_str!("organisations.tsv"),
            roles: include_str!("roles.tsv"),
            speech_verbs: include_str!("speech-verbs.tsv"),
            outlets: include_str!("outlets.tsv"),
            given_names: include_str!("given-names.tsv"),
        }
    };
}

pub mod de;
pub mod detect;
pub mod en;
pub mod fr;
pub mod ru;
pub mod uk;

use crate::lexicon::{tsv_rows, values, PhraseSet};
use std::collections::HashMap;
use std::sync::OnceLock;

/// A language newsgraph can read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    En,
    Ru,
    Uk,
    De,
    Fr,
}

impl Lang {
    pub const ALL: [Lang; 5] = [Lang::En, Lang::Ru, Lang::Uk, Lang::De, Lang::Fr];

    /// BCP 47 code, as written in `schema:inLanguage` and language tags.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ru => "ru",
            Lang::Uk => "uk",
            Lang::De => "de",
            Lang::Fr => "fr",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code().eq_ignore_ascii_case(code))
    }

    /// Detects the language of a text; `None` when it is none newsgraph reads (see
    /// [`detect::identify`] for why, and the language it is when it can tell).
    pub fn detect(text: &str) -> Option<Lang> {
        match detect::identify(text) {
            detect::Detected::Reads(lang) => Some(lang),
            detect::Detected::Unsupported(_) | detect::Detected::Unknown => None,
        }
    }

    pub fn rules(self) -> &'static LangRules {
        match self {
            Lang::En => &en::RULES,
            Lang::Ru => &ru::RULES,
            Lang::Uk => &uk::RULES,
            Lang::De => &de::RULES,
            Lang::Fr => &fr::RULES,
        }
    }

    /// The language's compiled lexicons, loaded the first time the language is met.
    pub fn pack(self) -> &'static LanguagePack {
        static PACKS: [OnceLock<LanguagePack>; 5] = [const { OnceLock::new() }; 5];
        let slot = Lang::ALL
            .iter()
            .position(|l| *l == self)
            .expect("every language is in ALL");
        PACKS[slot].get_or_init(|| LanguagePack::load(self))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
    Unknown,
}

/// What a lexicon phrase names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CountryForm {
    Name,
    Demonym,
}

/// `LangRules::nominative` for languages whose names do not inflect (English, German, French).
pub fn names_as_written(words: &[&str], _gender: Gender) -> Vec<String> {
    words.iter().map(|w| w.to_string()).collect()
}

/// The closed word classes and patterns of one language: small lists that are part of its
/// grammar rather than of the world (those are the TSV lexicons).
pub struct LangRules {
    /// Month names and stems, lower case, with their number.
    pub months: &'static [(&'static str, u32)],
    /// Weekday names and stems, lower case; 0 is Monday.
    pub weekdays: &'static [(&'static str, u32)],
    pub male_pronouns: &'static [&'static str],
    pub female_pronouns: &'static [&'static str],
    /// Abbreviations whose dot does not end a sentence.
    pub abbreviations: &'static [&'static str],
    /// Capitalised words that never begin a person's name (sentence-initial function words).
    pub never_names: &'static [&'static str],
    /// Paragraphs starting with one of these begin page furniture: it and all that follows is
    /// dropped ("Other news", "Read more").
    pub boilerplate_blocks: &'static [&'static str],
    /// Paragraphs starting with one of these are dropped alone ("Source:", "Photo:").
    pub boilerplate_lines: &'static [&'static str],
    /// Paragraph openings that mark a photo caption.
    pub caption_markers: &'static [&'static str],
    /// Day offsets relative to publication ("yesterday" = -1).
    pub relative_days: &'static [(&'static str, i64)],
    /// Expressions that place a statement in time without giving its day ("last month"):
    /// when present, no publication-date default is applied.
    pub vague_times: &'static [&'static str],
    /// "according to" and kin: the speaker follows.
    pub according_to: &'static [&'static str],
    /// Complementizers after a speech verb ("that").
    pub complementizers: &'static [&'static str],
    pub definite_articles: &'static [&'static str],
    pub indefinite_articles: &'static [&'static str],
    /// Words between a country and a title that add nothing ("top", "chief").
    pub title_fillers: &'static [&'static str],
    /// Qualifiers that change a role fact, with their canonical value.
    pub qualifiers: &'static [(&'static str, &'static str)],
    /// Prepositions linking a title to its organisation or posting ("of", "to").
    pub role_links: &'static [&'static str],
    /// Those of `role_links` that name where the post is held ("of Russia"), not a posting.
    pub of_links: &'static [&'static str],
    /// Prepositions before a place ("in Brussels").
    pub place_prepositions: &'static [&'static str],
    /// Phrases introducing an interview outlet ("in an interview with").
    pub interview_markers: &'static [&'static str],
    /// Verbs whose object is the outlet when it is a known outlet or a capitalised name ("told").
    pub told_verbs: &'static [&'static str],
    /// Prepositions before an event venue ("at", "during").
    pub event_prepositions: &'static [&'static str],
    /// Heads of event phrases ("press conference", "meeting").
    pub event_heads: &'static [&'static str],
    /// Prepositions before a medium ("on" Twitter).
    pub medium_prepositions: &'static [&'static str],
    /// "reported X as saying": the outlet reports the speaker.
    pub as_saying: &'static [&'static str],
    /// Generic nouns that refer back to a person holding a role ("the diplomat").
    pub role_nouns: &'static [(&'static str, &'static str)],
    /// Words that put a person's name after them ("Mr", "Frau", "Mme"), lower case, no dot:
    /// a single capitalised word after one is a surname.
    pub personal_honorifics: &'static [&'static str],
    /// The plural of a role phrase ("foreign minister" -> "foreign ministers"), for lists of
    /// people under one title; `None` where the language has no list rule yet.
    pub plural: Option<fn(&str) -> String>,
    /// The country a state body named without one belongs to when the article gives none:
    /// "МИД" in Russian-language news is Russia's. `None` where the language spans many
    /// countries (English, French, German).
    pub home_country: Option<&'static str>,
    /// Whether the home country holds even when the article names other countries: true where
    /// the press names foreign officials with their country as a rule (Russian, Ukrainian);
    /// false where other countries share the language (German: Austria, Switzerland).
    pub home_despite_other_countries: bool,
    /// "counterpart", "коллега": the person in the same post in another country.
    pub counterpart_words: &'static [&'static str],
    /// "predecessor", "предшественник": the one who held the post before.
    pub predecessor_words: &'static [&'static str],
    /// Participles that open a clause about where words were said ("…, speaking at …").
    pub frame_participles: &'static [&'static str],
    /// Prepositions of a circumstance between a speech verb and words reported without a
    /// complementizer ("sagte bei einem Besuch in Kiew, Polen bleibe …"); empty where the
    /// language always has one.
    pub frame_prepositions: &'static [&'static str],
    /// Words before a complementizer that make it part of a conjunction ("tandis que", "so
    /// that"): no reported words follow.
    pub conjunction_heads: &'static [&'static str],
    /// Negations: "declined to comment", "äußerte sich nicht" report no words.
    pub negations: &'static [&'static str],
    /// Stems of nouns after which a person's name names a thing ("вулиця", "проспект").
    pub thing_nouns: &'static [&'static str],
    /// Endings of surnames, for a single word after a speech verb ("— рассказал Лавров");
    /// empty where a single capitalised word there is as often a place or an outlet.
    pub surname_endings: &'static [&'static str],
    /// Brings an inflected name back to the nominative (identity for English).
    pub nominative: fn(&[&str], Gender) -> Vec<String>,
}

/// The lexicons of one language, compiled for matching.
pub struct LanguagePack {
    pub lang: Lang,
    pub countries: PhraseSet<(String, CountryForm)>,
    pub organisations: PhraseSet<String>,
    pub roles: PhraseSet<String>,
    /// The role phrases in the plural ("foreign ministers"), where the language has a list rule.
    pub plural_roles: PhraseSet<String>,
    pub speech_verbs: PhraseSet<String>,
    pub outlets: PhraseSet<String>,
    pub given_names: HashMap<String, Gender>,
    pub rules: &'static LangRules,
}

/// The raw data files of one language.
pub struct LangData {
    pub countries: &'static str,
    pub organisations: &'static str,
    pub roles: &'static str,
    pub speech_verbs: &'static str,
    pub outlets: &'static str,
    pub given_names: &'static str,
}

impl LanguagePack {
    fn load(lang: Lang) -> LanguagePack {
        let data = match lang {
            Lang::En => &en::DATA,
            Lang::Ru => &ru::DATA,
            Lang::Uk => &uk::DATA,
            Lang::De => &de::DATA,
            Lang::Fr => &fr::DATA,
        };
        let mut countries = PhraseSet::default();
        for row in tsv_rows(data.countries) {
            let code = row[0].to_string();
            for name in values(row.get(1)) {
                countries.insert(name, (code.clone(), CountryForm::Name));
            }
            for demonym in values(row.get(2)) {
                countries.insert(demonym, (code.clone(), CountryForm::Demonym));
            }
        }
        let keyed = |file: &str| {
            let mut set = PhraseSet::default();
            for row in tsv_rows(file) {
                if let Some(value) = row.get(1) {
                    set.insert(row[0], value.to_string());
                }
            }
            set
        };
        let given_names = tsv_rows(data.given_names)
            .map(|row| {
                let gender = match row.get(1).copied() {
                    Some("m") => Gender::Male,
                    Some("f") => Gender::Female,
                    _ => Gender::Unknown,
                };
                (row[0].to_lowercase(), gender)
            })
            .collect();
        let mut plural_roles = PhraseSet::default();
        if let Some(plural) = lang.rules().plural {
            for row in tsv_rows(data.roles) {
                if let Some(key) = row.get(1) {
                    plural_roles.insert(&plural(row[0]), key.to_string());
                }
            }
        }
        LanguagePack {
            lang,
            countries,
            organisations: keyed(data.organisations),
            roles: keyed(data.roles),
            plural_roles,
            speech_verbs: keyed(data.speech_verbs),
            outlets: keyed(data.outlets),
            given_names,
            rules: lang.rules(),
        }
    }
}

/// Language-independent reference data: countries, organisations and roles by key.
pub struct World {
    /// Dateline cities (upper case) and their country codes ("-" for diplomatic hubs).
    pub places: HashMap<String, String>,
    pub countries: HashMap<String, Entry>,
    pub organisations: HashMap<String, Entry>,
    pub roles: HashMap<String, Entry>,
}

/// One country, organisation or role, with its labels per language.
#[derive(Debug, Clone, Default)]
pub struct Entry {
    pub key: String,
    pub wikidata: Option<String>,
    pub labels: Vec<(Lang, String)>,
    /// Organisations: their kind. Roles: their category.
    pub kind: String,
    /// Organisations: the country a national body belongs to ("*" = from context).
    /// Roles: the country a title implies when none is named ("Secretary of State" -> US).
    pub country: Option<String>,
}

impl Entry {
    pub fn label(&self, lang: Lang) -> &str {
        self.labels
            .iter()
            .find(|(l, _)| *l == lang)
            .or_else(|| self.labels.iter().find(|(l, _)| *l == Lang::En))
            .map_or(self.key.as_str(), |(_, s)| s.as_str())
    }
}

impl World {
    pub fn get() -> &'static World {
        static WORLD: OnceLock<World> = OnceLock::new();
        WORLD.get_or_init(World::load)
    }

    /// The country a dateline city is in; `None` for unknown places and diplomatic hubs.
    pub fn place_country(&self, place: &str) -> Option<&str> {
        self.places
            .get(&place.to_uppercase())
            .map(String::as_str)
            .filter(|c| *c != "-")
    }

    fn load() -> World {
        let nonempty = |s: Option<&&str>| s.filter(|s| !s.is_empty()).map(|s| s.to_string());
        let labels = |row: &[&str], from: usize, langs: &[Lang]| {
            langs
                .iter()
                .enumerate()
                .filter_map(|(k, l)| nonempty(row.get(from + k)).map(|s| (*l, s)))
                .collect::<Vec<_>>()
        };
        // countries.tsv: code, wikidata, en, ru, uk, de, fr
        let countries = tsv_rows(include_str!("countries.tsv"))
            .map(|r| {
                let e = Entry {
                    key: r[0].to_string(),
                    wikidata: nonempty(r.get(1)),
                    labels: labels(&r, 2, &[Lang::En, Lang::Ru, Lang::Uk, Lang::De, Lang::Fr]),
                    kind: "country".into(),
                    country: Some(r[0].to_string()),
                };
                (e.key.clone(), e)
            })
            .collect();
        // organisations.tsv: key, kind, country, wikidata, en, ru
        let organisations = tsv_rows(include_str!("organisations.tsv"))
            .map(|r| {
                let e = Entry {
                    key: r[0].to_string(),
                    kind: r.get(1).unwrap_or(&"").to_string(),
                    country: nonempty(r.get(2)),
                    wikidata: nonempty(r.get(3)),
                    labels: labels(&r, 4, &[Lang::En, Lang::Ru]),
                };
                (e.key.clone(), e)
            })
            .collect();
        // roles.tsv: key, category, default_org, en, ru
        let roles = tsv_rows(include_str!("roles.tsv"))
            .map(|r| {
                let e = Entry {
                    key: r[0].to_string(),
                    kind: r.get(1).unwrap_or(&"").to_string(),
                    country: nonempty(r.get(2)),
                    wikidata: None,
                    labels: labels(&r, 3, &[Lang::En, Lang::Ru]),
                };
                (e.key.clone(), e)
            })
            .collect();
        let (mut organisations, mut roles): (HashMap<String, Entry>, HashMap<String, Entry>) = (organisations, roles);
        // Labels of the languages added later live beside their lexicons.
        for (lang, role_labels, organisation_labels) in [
            (
                Lang::Uk,
                include_str!("uk/role-labels.tsv"),
                include_str!("uk/organisation-labels.tsv"),
            ),
            (
                Lang::De,
                include_str!("de/role-labels.tsv"),
                include_str!("de/organisation-labels.tsv"),
            ),
            (
                Lang::Fr,
                include_str!("fr/role-labels.tsv"),
                include_str!("fr/organisation-labels.tsv"),
            ),
        ] {
            for (file, table) in [(role_labels, &mut roles), (organisation_labels, &mut organisations)] {
                for r in tsv_rows(file) {
                    if let (Some(entry), Some(label)) = (table.get_mut(r[0]), r.get(1).filter(|l| !l.is_empty())) {
                        entry.labels.push((lang, label.to_string()));
                    }
                }
            }
        }
        let places = tsv_rows(include_str!("places.tsv"))
            .filter_map(|r| Some((r[0].to_uppercase(), r.get(1)?.to_string())))
            .collect();
        World {
            places,
            countries,
            organisations,
            roles,
        }
    }
}

