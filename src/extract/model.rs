//! The facts extraction produces, shared by the rules that find them: persons and their
//! mentions, role facts, statements with their speaker and venue, and organisation references.
//! Plain data: every rule module reads and writes these, none owns them.

use crate::dates::PartialDate;
use crate::lang::Gender;

// Persons.

/// One person of the article.
#[derive(Debug, Clone)]
pub struct Person {
    /// The fullest name the article gives, in the nominative.
    pub name: Vec<String>,
    pub gender: Gender,
    /// Every form the article uses, as written.
    pub forms: Vec<String>,
}

impl Person {
    pub fn full_name(&self) -> String {
        self.name.join(" ")
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameEvidence {
    GivenName,
    Title,
    Apposition,
    SpeechVerb,
    KnownSurname,
    /// A given name alone, of the one person of the article who bears it ("Dmytro said …").
    KnownGivenName,
    Honorific,
    /// "Enos Karani was appointed the fitness coach": the subject of a passive appointment to a
    /// post.
    Appointed,
    /// "Kasper Rorsted (60) werde …", "Michael Sen (54) übernahm": an age in brackets after the
    /// name.
    Age,
    /// "Арнис Вецвагарс возглавил сборную" … "— сказал Вецвагарс после …": two capitalised
    /// words whose last one stands alone beside a verb of saying elsewhere in the article.
    SurnameSpeaks,
    /// "Исламхан Есенбаев": where names decline, two capitalised words, the second with a
    /// surname's ending.
    SurnameShape,
}

impl NameEvidence {
    pub fn rule(self) -> &'static str {
        match self {
            NameEvidence::GivenName => "name.given-name",
            NameEvidence::Title => "name.after-title",
            NameEvidence::Apposition => "name.before-apposition",
            NameEvidence::SpeechVerb => "name.beside-speech-verb",
            NameEvidence::KnownSurname => "name.known-surname",
            NameEvidence::KnownGivenName => "name.known-given-name",
            NameEvidence::Honorific => "name.after-honorific",
            NameEvidence::Appointed => "name.appointed",
            NameEvidence::Age => "name.before-age",
            NameEvidence::SurnameSpeaks => "name.surname-beside-speech-verb",
            NameEvidence::SurnameShape => "name.surname-ending",
        }
    }
}

#[derive(Debug, Clone)]
pub struct PersonMention {
    pub para: usize,
    pub start: usize,
    pub end: usize,
    pub person: usize,
    pub evidence: NameEvidence,
}

// Where a role is held.

/// Where a role is held: a country, or an organisation (a ministry carries its country when
/// the text gives it: "Russian Foreign Ministry").
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OrgRef {
    Country(String),
    Organisation {
        key: String,
        country: Option<String>,
    },
    /// An organisation no lexicon knows, by the name the text gives it ("Rockwell Collins",
    /// "Lumenra Systems"): companies are too many to list.
    Named(String),
    /// A region or city whose post it is ("NSW Premier", "аким Алматы"), by its key in the
    /// gazetteer (src/lang/regions.tsv).
    Region(String),
}

impl OrgRef {
    /// The country this organisation belongs to, if known.
    pub fn country(&self) -> Option<&str> {
        match self {
            OrgRef::Country(c) => Some(c),
            OrgRef::Organisation { country, .. } => country.as_deref(),
            OrgRef::Named(_) => None,
            OrgRef::Region(key) => crate::lang::World::get()
                .regions
                .get(key)
                .and_then(|e| e.country.as_deref()),
        }
    }
}

// Role facts.

#[derive(Debug, Clone)]
pub struct RoleFact {
    pub person: usize,
    pub role: String,
    pub complement: Option<String>,
    pub org: Option<OrgRef>,
    pub qualifiers: Vec<String>,
    /// The role's words as the text writes them, when a title phrase gave the role.
    pub written: Option<String>,
    pub para: usize,
    /// Token range of the evidence: title and name.
    pub start: usize,
    pub end: usize,
    pub rule: String,
    pub caption: bool,
}

// Statements.

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Speaker {
    Person(usize),
    Organisation(OrgRef),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VenueKind {
    Outlet,
    Event,
    Place,
    Medium,
    /// The press a statement was made to, when nothing else says where ("told reporters").
    Audience,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Venue {
    pub label: String,
    pub kind: VenueKind,
}

#[derive(Debug, Clone)]
pub struct Statement {
    pub speaker: Speaker,
    /// The words that name the speaker ("he", "the top diplomat", "Лавров").
    pub speaker_words: String,
    /// Byte range of the statement's words.
    pub text: (usize, usize),
    pub direct: bool,
    pub date: Option<PartialDate>,
    /// Whether the date is stated for this statement (not the publication-date default).
    pub date_stated: bool,
    pub venue: Option<Venue>,
    /// Byte range of statement and attribution together.
    pub evidence: (usize, usize),
    pub rule: String,
    pub caption: bool,
}
