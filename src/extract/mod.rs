//! From a document to facts: marks, persons, role facts, statements.
//! Each stage is a function over the plain data of the stages before it.

pub mod attribution;
pub mod completion;
pub mod context;
pub mod continued;
pub mod coref;
pub mod interview;
pub mod lists;
pub mod marks;
pub mod model;
pub mod persons;
pub mod quotes;
pub mod reported;
pub mod roles;
pub mod statements;
pub mod titles;
pub mod venues;

use crate::document::Document;
use marks::Para;
pub use model::{NameEvidence, OrgRef, Person, PersonMention, RoleFact, Speaker, Statement, Venue, VenueKind};

/// Everything extracted from one article. Token positions refer to `paras`.
#[derive(Debug)]
pub struct Extraction {
    pub paras: Vec<Para>,
    pub persons: Vec<Person>,
    pub mentions: Vec<PersonMention>,
    pub roles: Vec<RoleFact>,
    pub statements: Vec<Statement>,
}

impl Extraction {
    /// Byte range of a token range in a paragraph.
    pub fn byte_span(&self, para: usize, start: usize, end: usize) -> (usize, usize) {
        let p = &self.paras[para];
        (p.tokens[start].start, p.tokens[end - 1].end)
    }
}

pub fn extract(doc: &Document) -> Extraction {
    let pack = doc.lang.pack();
    let shared: std::sync::Arc<str> = doc.text.as_str().into();
    let paras: Vec<Para> = doc
        .paragraphs
        .iter()
        .enumerate()
        .map(|(i, p)| {
            Para::new(
                i,
                p.kind,
                &shared,
                p.start..p.end,
                doc.dateline.clone().filter(|d| p.start <= d.start && d.start < p.end),
                pack,
            )
        })
        .collect();
    let (persons, mentions) = persons::find_persons(&paras, &doc.text, pack);
    let (roles, _references) = roles::find_roles(&paras, pack, &persons, &mentions, doc.dateline_country());
    let cx = context::Context::new(&paras, &doc.text, pack, &persons, &mentions, &roles, doc.published)
        .with_dateline_country(doc.dateline_country());
    let mut found = statements::find_statements(&cx);
    let turns = interview::turns(&cx, &found);
    found.extend(turns);
    found.sort_by_key(|s| (s.evidence.0, s.text.0));
    let statements = lists::share_coordinated_statements(&paras, &pack.rules, &mentions, found);
    Extraction {
        paras,
        persons,
        mentions,
        roles,
        statements,
    }
}
