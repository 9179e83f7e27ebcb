//! What the statement rules share while reading one article: its paragraphs, persons, role
//! facts and publication date ([`Context`]), and small questions about a paragraph's tokens.

use super::marks::{MarkKind, Para};
use super::model::{Person, PersonMention, RoleFact};
use crate::dates::PartialDate;
use crate::lang::LanguagePack;
use crate::text::TokenKind;
use std::ops::Range;

pub struct Context<'a> {
    pub paras: &'a [Para],
    pub text: &'a str,
    pub pack: &'a LanguagePack,
    pub persons: &'a [Person],
    pub mentions: &'a [PersonMention],
    pub roles: &'a [RoleFact],
    pub published: Option<PartialDate>,
    /// The country of the dateline's city, if any.
    pub dateline_country: Option<&'static str>,
    /// The mentions of each paragraph, so lookups stay local on long documents.
    pub mentions_by_para: Vec<Vec<&'a PersonMention>>,
}

impl<'a> Context<'a> {
    pub fn new(
        paras: &'a [Para],
        text: &'a str,
        pack: &'a LanguagePack,
        persons: &'a [Person],
        mentions: &'a [PersonMention],
        roles: &'a [RoleFact],
        published: Option<PartialDate>,
    ) -> Context<'a> {
        let mut mentions_by_para: Vec<Vec<&PersonMention>> = vec![Vec::new(); paras.len()];
        for m in mentions {
            mentions_by_para[m.para].push(m);
        }
        Context {
            paras,
            text,
            pack,
            persons,
            mentions,
            roles,
            published,
            dateline_country: None,
            mentions_by_para,
        }
    }

    pub fn with_dateline_country(mut self, country: Option<&'static str>) -> Context<'a> {
        self.dateline_country = country;
        self
    }

    /// A state body named without its country ("the Foreign Ministry", "МИД"): the dateline's
    /// country, else the language's home country.
    pub fn template_country(&self) -> Option<&'static str> {
        self.dateline_country.or(self.pack.rules.home_country)
    }

    /// The mentions in paragraph `para`.
    pub fn in_para(&self, para: usize) -> impl Iterator<Item = &'a PersonMention> + '_ {
        self.mentions_by_para.get(para).into_iter().flatten().copied()
    }
}

pub(super) fn token_at(para: &Para, byte: usize) -> usize {
    para.tokens
        .iter()
        .position(|t| t.start <= byte && byte < t.end)
        .unwrap_or(para.tokens.len().saturating_sub(1))
}

pub(super) fn span_text(cx: &Context, para: &Para, span: Range<usize>) -> String {
    if span.is_empty() {
        return String::new();
    }
    cx.text[para.tokens[span.start].start..para.tokens[span.end - 1].end].to_string()
}

pub(super) fn trim(text: &str, mut a: usize, mut b: usize) -> (usize, usize) {
    let s = &text[a..b];
    let lead = s.len() - s.trim_start().len();
    a += lead;
    let t = &text[a..b];
    let t2 = t.trim_end().trim_end_matches([',', ';', ':', '—', '–', '-']).trim_end();
    b = a + t2.len();
    (a, b)
}

pub(super) fn is_speech(para: &Para, t: usize) -> Option<Range<usize>> {
    para.mark_starting(t)
        .filter(|m| matches!(m.kind, MarkKind::Speech(_)))
        .map(|m| m.start..m.end)
}

/// A word written in capitals, two letters or more: an acronym ("GAA", "КБР", "FIF").
pub(super) fn in_capitals(word: &str) -> bool {
    word.chars().count() >= 2 && word.chars().all(char::is_uppercase)
}

/// The length of the longest phrase of `phrases` at token `k`, if any starts there.
pub(super) fn longest_phrase_len_at(para: &Para, k: usize, phrases: &crate::lang::Words) -> Option<usize> {
    if !phrases.may_open(para.lower(k)) {
        return None;
    }
    phrases.iter().filter_map(|p| phrase_len_at(para, k, p)).max()
}

pub fn phrase_len_at(para: &Para, k: usize, phrase: &str) -> Option<usize> {
    // (Most phrases of a list fail on their first letter: no word of them is split then.)
    if para.lower(k).as_bytes().first() != phrase.as_bytes().first() {
        return None;
    }
    let mut n = 0;
    // One word of the phrase against the next token; "*" ends a stem. Nothing is allocated:
    // this runs for every token against every phrase of a list.
    let mut next_is = |piece: &str| {
        let word = para.lower(k + n);
        n += 1;
        match piece.strip_suffix('*') {
            Some(stem) => word.starts_with(stem),
            None => word == piece,
        }
    };
    for w in phrase.split(' ') {
        // The tokenizer splits French elisions ("d'une" -> "d'", "une"); phrases are split alike.
        let elision = crate::lang::words::ELISIONS
            .iter()
            .find(|p| w.len() > p.len() && w.starts_with(*p));
        let fits = match elision {
            Some(p) => next_is(&w[..p.len()]) && next_is(&w[p.len()..]),
            None => next_is(w),
        };
        if !fits {
            return None;
        }
    }
    Some(n)
}

/// A person's age as news sets it after the name ("Maria Lopez, 45,", "Jörg Schmadtke (51)").
pub(super) fn is_age(word: &str) -> bool {
    (1..=3).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_digit())
}

pub(super) fn trim_final_punct(para: &Para, range: Range<usize>) -> usize {
    let mut end = range.end;
    // (Only the sentence's own marks: "rose by 4%" keeps its "%".)
    while end > range.start
        && para.tokens[end - 1].kind == TokenKind::Punct
        && matches!(
            para.lower(end - 1),
            "." | "," | ";" | ":" | "!" | "?" | "—" | "–" | "-" | "…"
        )
    {
        end -= 1;
    }
    end
}

/// An organisation named the same in every country ("Foreign Ministry"), whose country the text
/// must give.
pub(super) fn is_template(key: &str) -> bool {
    crate::lang::World::get()
        .organisations
        .get(key)
        .is_some_and(|e| e.country.as_deref() == Some("*"))
}

/// "Das sagte X", «Об этом в эфире «Россия 1» заявил X»: the length of the anaphor of words said
/// before that opens a clause at `start`, when nothing but words (and the quote marks of a
/// name) stand between it and the speech verb at `verb` (not "Das Urteil sei angemessen, sagte
/// X", whose "Das" is an article).
pub(super) fn anaphor_opening(rules: &crate::lang::LangRules, para: &Para, start: usize, verb: usize) -> Option<usize> {
    let n = rules
        .anaphors
        .iter()
        .filter_map(|a| phrase_len_at(para, start, a))
        .max()?;
    let quote_mark = |t: usize| is_quote_mark(para.lower(t));
    (start + n..verb)
        .all(|t| para.tokens[t].kind != crate::text::TokenKind::Punct || quote_mark(t))
        .then_some(n)
}

/// A word with an ending only common nouns have, three letters or more before it ("Leitung",
/// not "Jung").
pub(super) fn common_noun(pack: &crate::lang::LanguagePack, word: &str) -> bool {
    pack.rules
        .common_noun_endings
        .iter()
        .any(|e| word.ends_with(e) && word.chars().count() >= e.chars().count() + 3)
}

/// A quote mark of any of the languages' styles, opening or closing.
pub(super) fn is_quote_mark(word: &str) -> bool {
    matches!(word, "«" | "»" | "„" | "“" | "”" | "\"")
}
