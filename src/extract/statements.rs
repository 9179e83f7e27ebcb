//! Statements: who said what, when and where.
//!
//! Direct quotes take their speaker from the attribution after them ("…», he said"; "…»,
//! — сказал Лавров"; "…' TASS reported Shoigu as saying") or before them ("Lavrov said
//! today, '…'"), or continue the previous quote. Reported speech is a speaker beside a speech
//! verb ("X said that …", "…, X said", "according to X, …"). The words around the statement
//! that are not the statement itself (its frame) give the date and the venue.

use super::marks::{MarkKind, Para};
use super::persons::{Person, PersonMention};
use super::quotes::find_quotes;
use super::roles::RoleFact;
use super::titles::{parse_title, title_ending_at, OrgRef};
use crate::dates::{find_dates, DateValue, PartialDate};
use crate::lang::{Gender, LanguagePack, World};
use crate::text::{ParagraphKind, TokenKind};
use std::collections::HashMap;
use std::ops::Range;

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

/// What a speaker phrase refers to, before resolution.
enum SpeakerRef {
    Person(usize),
    Pronoun(Gender),
    Role {
        role: String,
        org: Option<OrgRef>,
        indefinite: bool,
    },
    RoleNoun(String),
    Organisation(OrgRef),
}

struct Found {
    speaker: SpeakerRef,
    /// Token range of the speaker phrase.
    span: Range<usize>,
}

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
    fn template_country(&self) -> Option<&'static str> {
        self.dateline_country.or(self.pack.rules.home_country)
    }

    /// The mentions in paragraph `para`.
    pub fn in_para(&self, para: usize) -> impl Iterator<Item = &'a PersonMention> + '_ {
        self.mentions_by_para.get(para).into_iter().flatten().copied()
    }
}

/// Persons in the order the article refers to them (position, then order of discovery), for
/// pronouns and role nouns: a pronoun is the last fitting person before it.
/// Each entry: the person, and whether the reference is salient (a speaker, or a name in the
/// subject's form rather than an object's: "…с Владимиром Путиным", "talks with X").
type Focus = std::collections::BTreeMap<((usize, usize), usize), (usize, bool)>;

/// Adverbs and auxiliaries that may stand between a speaker and the speech verb.
const BETWEEN_SPEAKER_AND_VERB: &[&str] = &[
    "also",
    "had",
    "has",
    "have",
    "then",
    "later",
    "further",
    "again",
    "today",
    "yesterday",
    "previously",
    "earlier",
    "once",
    "would",
    "will",
    "reportedly",
    "has",
    "was",
    "is",
    "were",
    "recently",
    "repeatedly",
    "publicly",
    "finally",
    "separately",
    "himself",
    "herself",
    "has",
    "также",
    "тоже",
    "уже",
    "ранее",
    "затем",
    "вновь",
    "снова",
    "сегодня",
    "вчера",
    "же",
];

const NOUNS_IN_LY: &[&str] = &[
    "ally", "rally", "family", "assembly", "supply", "reply", "italy", "july", "anomaly", "monopoly", "bully", "belly",
    "jelly", "holly", "lily", "folly", "tally",
];

/// Words that open an adjunct of time, place or manner after a speech verb, not a clause.
const ADJUNCT_STARTS: &[&str] = &[
    "on",
    "in",
    "at",
    "during",
    "after",
    "before",
    "yesterday",
    "today",
    "last",
    "this",
    "earlier",
    "later",
    "as",
    "while",
    "when",
    "according",
    "ahead",
    "late",
    "early",
    ",",
    ".",
    ";",
    "—",
    "–",
    "в",
    "на",
    "во",
    "после",
    "накануне",
    "вчера",
    "сегодня",
    "позднее",
    "ранее",
];

pub fn find_statements(cx: &Context) -> Vec<Statement> {
    let mut out: Vec<Statement> = Vec::new();
    // Persons in the order the article mentions them, for pronouns and role nouns.
    let mut focus: Focus = cx
        .mentions
        .iter()
        .enumerate()
        .map(|(n, m)| (((m.para, m.start), n), (m.person, salient(cx, m))))
        .collect();
    let mut seq = cx.mentions.len();
    let mut last_direct: Option<(usize, Speaker, String)> = None;
    for para in cx.paras.iter().filter(|p| p.kind != ParagraphKind::Boilerplate) {
        let caption = para.kind == ParagraphKind::Caption;
        let para_range = para.tokens.first().map_or(0, |t| t.start)..para.tokens.last().map_or(0, |t| t.end);
        let quotes = find_quotes(cx.text, para_range.start, para_range.end);
        let mut quoted_tokens: Vec<Range<usize>> = Vec::new();
        let mut handled_sentences: Vec<Range<usize>> = Vec::new();
        for q in &quotes {
            let open_tok = token_at(para, q.open);
            let close_tok = q.close.map(|c| token_at(para, c)).unwrap_or(para.tokens.len());
            quoted_tokens.push(open_tok..close_tok + 1);
            let words = para.tokens[open_tok + 1..close_tok.min(para.tokens.len())]
                .iter()
                .filter(|t| t.is_word())
                .count();
            if words < 4 {
                continue;
            }
            let open_sentence = para.sentence_of(open_tok);
            let close_sentence = if close_tok < para.tokens.len() {
                para.sentence_of(close_tok)
            } else {
                open_sentence.clone()
            };
            // Attribution after the quote, in the sentence that closes it.
            let after = close_tok + 1..close_sentence.end.max(close_tok + 1);
            let before = open_sentence.start..open_tok;
            let mut found = attribution_after(cx, para, after.clone())
                .map(|(f, venue)| (f, venue, after.clone(), "quote.attribution-after"));
            if found.is_none() {
                match attribution_before(cx, para, before.clone()) {
                    // "Powell said on Wednesday that a rate cut was "probably not …"": words of
                    // the speaker's own between verb and quote make it reported speech, below.
                    Some((_, verb_end)) if embedded_quote(cx, para, verb_end, open_tok) => continue,
                    Some((f, _)) => found = Some((f, None, before.clone(), "quote.attribution-before")),
                    None => {}
                }
            }
            if found.is_none()
                && before.clone().filter(|&t| para.tokens[t].is_word()).count() >= 3
                && para.lower(open_tok.saturating_sub(1)) != ":"
            {
                // Words quoted inside someone's sentence: reported speech takes it below.
                continue;
            }
            let (speaker, words_of_speaker, frame, rule, venue) = match found {
                Some((f, venue, frame, rule)) => match resolve(cx, &f.speaker, (para.index, f.span.start), &focus) {
                    Some(s) => (s, span_text(cx, para, f.span.clone()), frame, rule.to_string(), venue),
                    None => continue,
                },
                None => match &last_direct {
                    // No attribution: the quote goes on from the previous one.
                    Some((p, s, w)) if *p + 1 >= para.index => {
                        (s.clone(), w.clone(), 0..0, "quote.continued".to_string(), None)
                    }
                    _ => continue,
                },
            };
            if let Speaker::Person(p) = speaker {
                seq += 1;
                focus.insert(((para.index, frame.start), seq), (p, true));
            }
            let (date, venue_in_frame) = date_and_venue(cx, para, frame.clone());
            let ev_start = para.tokens[open_tok.min(frame.start.max(open_sentence.start))]
                .start
                .min(q.open);
            let ev_end = para.tokens[(close_sentence.end.max(frame.end)).min(para.tokens.len()) - 1]
                .end
                .max(q.close.unwrap_or(0) + 1);
            let (a, b) = trim(cx.text, q.content.0, q.content.1);
            out.push(Statement {
                speaker: speaker.clone(),
                speaker_words: words_of_speaker.clone(),
                text: (a, b),
                direct: true,
                date_stated: date.is_some(),
                date: date.or_else(|| default_date(cx, para, frame.clone())),
                venue: venue.or(venue_in_frame),
                evidence: (ev_start, ev_end.min(para_range.end)),
                rule: format!("{}.{rule}", cx.pack.lang.code()),
                caption,
            });
            last_direct = Some((para.index, speaker, words_of_speaker));
            // What follows a quote in its sentence may be another speaker's clause.
            let rest = close_tok + 1..close_sentence.end;
            if rest.len() > 4
                && matches!(
                    para.lower(rest.start + usize::from(para.lower(rest.start) == ",")),
                    "while" | "whereas" | "а"
                )
            {
                if let Some(mut s) = reported(cx, para, rest, &quoted_tokens, &focus) {
                    s.caption = caption;
                    out.push(s);
                }
            }
            handled_sentences.push(open_sentence.start..close_sentence.end);
            // Someone quoted inside the quote ("Blinken said that …") said the inner words.
            let inner = open_tok + 1..close_tok.min(para.tokens.len());
            if let Some(mut s) = reported(cx, para, inner, &[], &focus) {
                // "Как сказал Путин, „…“, и эта позиция …": only the words quoted inside are
                // the inner speaker's; what follows them is the outer speaker's again.
                s.text = inner_quoted(cx.text, s.text);
                s.date = None;
                s.venue = None;
                s.rule = format!("{}.quote.inner-report", cx.pack.lang.code());
                s.caption = caption;
                if matches!(s.speaker, Speaker::Person(_)) {
                    out.push(s);
                }
            }
        }
        for sentence in para.sentences.clone() {
            if handled_sentences
                .iter()
                .any(|h| h.start <= sentence.start && sentence.end <= h.end)
            {
                continue;
            }
            // "X said …, while Y said …": one statement per speaker.
            let mut from = sentence.start;
            while let Some(mut s) = reported(cx, para, from..sentence.end, &quoted_tokens, &focus) {
                s.caption = caption;
                if let Speaker::Person(p) = s.speaker {
                    seq += 1;
                    focus.insert(((para.index, from), seq), (p, true));
                }
                let next = second_speaker(cx, para, &s);
                if let Some((cut, text_end)) = next {
                    s.text.1 = text_end;
                    from = cut;
                }
                out.push(s);
                if next.is_none() {
                    break;
                }
            }
        }
    }
    // Quotes are found before reported speech in each paragraph; venues pass on in text order.
    out.sort_by_key(|s| (s.evidence.0, s.text.0));
    let paragraph_of = |byte: usize| {
        cx.paras
            .iter()
            .position(|p| p.tokens.last().is_some_and(|t| byte < t.end))
            .unwrap_or(0)
    };
    from_previous_sentence(cx, &mut out);
    inherit_dates(&mut out, paragraph_of);
    inherit_venues(&mut out);
    out
}

/// "Netanjahu hat am Sonntag in einer Fernsehansprache einen Krieg angekündigt. „Wir werden
/// gewinnen“, sagte Netanjahu.": a statement that names no day (or place) of its own was made
/// on the day, and at the event, the sentence before it gives for the same person.
fn from_previous_sentence(cx: &Context, statements: &mut [Statement]) {
    for s in statements.iter_mut().filter(|s| !s.date_stated) {
        let Speaker::Person(p) = s.speaker else { continue };
        let Some(para) = cx.paras.iter().find(|para| {
            para.tokens.first().is_some_and(|t| t.start <= s.evidence.0)
                && para.tokens.last().is_some_and(|t| t.end >= s.evidence.0)
        }) else {
            continue;
        };
        let Some(here) = para.sentences.iter().position(|r| {
            para.tokens.get(r.start).is_some_and(|t| t.start <= s.evidence.0)
                && para.tokens.get(r.end - 1).is_some_and(|t| t.end > s.evidence.0)
        }) else {
            continue;
        };
        let Some(before) = here.checked_sub(1).map(|k| para.sentences[k].clone()) else {
            continue;
        };
        let names_speaker = cx
            .in_para(para.index)
            .any(|m| m.person == p && before.contains(&m.start));
        if !names_speaker {
            continue;
        }
        let (date, venue) = date_and_venue(cx, para, before);
        if let Some(d) = date {
            s.date = Some(d);
            s.date_stated = true;
            if s.venue.is_none() {
                s.venue = venue;
            }
        }
    }
}

/// A second speaker inside a statement's words ("…, while US Ambassador Linda Thomas-Greenfield
/// said …"): the token where that clause starts and the byte where the first statement ends.
fn second_speaker(cx: &Context, para: &Para, s: &Statement) -> Option<(usize, usize)> {
    let tokens: Vec<usize> = (0..para.tokens.len())
        .filter(|&t| para.tokens[t].start >= s.text.0 && para.tokens[t].end <= s.text.1)
        .collect();
    let (first, last) = (*tokens.first()?, *tokens.last()?);
    for t in first + 1..=last {
        if !matches!(para.lower(t), "while" | "whereas" | ";" | "а" | "тогда") {
            continue;
        }
        for v in t + 1..(t + 12).min(last + 1) {
            if is_speech(para, v).is_none() {
                continue;
            }
            let end = speaker_end_before(para, v, t + 1);
            if speaker_ending_at(cx, para, end, t + 1).is_some_and(|f| f.span.start <= t + 1 + 1) {
                let mut cut_end = t;
                while cut_end > first && matches!(para.lower(cut_end - 1), "," | ";") {
                    cut_end -= 1;
                }
                return Some((t + 1, para.tokens[cut_end - 1].end));
            }
        }
    }
    None
}

/// A statement with no date of its own, right after one by the same speaker that states its
/// day, was made that day ("X said on Tuesday that … . "…," X said").
fn inherit_dates(statements: &mut [Statement], paragraph_of: impl Fn(usize) -> usize) {
    let mut last: HashMap<usize, (PartialDate, usize)> = HashMap::new();
    for s in statements.iter_mut() {
        let Speaker::Person(p) = s.speaker else { continue };
        let para = paragraph_of(s.evidence.0);
        match (s.date_stated, s.date) {
            (true, Some(d)) => {
                last.insert(p, (d, para));
            }
            _ => {
                if let Some((d, at)) = last.get(&p) {
                    if para <= at + 1 {
                        s.date = Some(*d);
                    }
                }
            }
        }
    }
}

/// A statement without a venue of its own was said where the same speaker's previous one was
/// ("In an interview with X, Lavrov said … . ‘…’, he said").
fn inherit_venues(statements: &mut [Statement]) {
    let mut last: HashMap<usize, Venue> = HashMap::new();
    for s in statements.iter_mut() {
        let Speaker::Person(p) = s.speaker else { continue };
        if s.rule.ends_with("inner-report") {
            continue;
        }
        match &s.venue {
            Some(v) => {
                last.insert(p, v.clone());
            }
            None => s.venue = last.get(&p).cloned(),
        }
    }
}

fn token_at(para: &Para, byte: usize) -> usize {
    para.tokens
        .iter()
        .position(|t| t.start <= byte && byte < t.end)
        .unwrap_or(para.tokens.len().saturating_sub(1))
}

fn span_text(cx: &Context, para: &Para, span: Range<usize>) -> String {
    if span.is_empty() {
        return String::new();
    }
    cx.text[para.tokens[span.start].start..para.tokens[span.end - 1].end].to_string()
}

fn trim(text: &str, mut a: usize, mut b: usize) -> (usize, usize) {
    let s = &text[a..b];
    let lead = s.len() - s.trim_start().len();
    a += lead;
    let t = &text[a..b];
    let t2 = t.trim_end().trim_end_matches([',', ';', ':', '—', '–', '-']).trim_end();
    b = a + t2.len();
    (a, b)
}

fn is_speech(para: &Para, t: usize) -> Option<Range<usize>> {
    para.mark_starting(t)
        .filter(|m| matches!(m.kind, MarkKind::Speech(_)))
        .map(|m| m.start..m.end)
}

/// The speaker phrase ending right before token `end`.
fn speaker_ending_at(cx: &Context, para: &Para, end: usize, floor: usize) -> Option<Found> {
    if end <= floor {
        return None;
    }
    if let Some(m) = cx.in_para(para.index).find(|m| m.end == end && m.start >= floor) {
        // A title before the name belongs to the speaker phrase.
        let start = title_ending_at(para, cx.pack, m.start)
            .map_or(m.start, |t| t.start)
            .max(floor);
        // "A spokesperson for Foreign Minister Annalena Baerbock said": the spokesperson
        // spoke, not the minister.
        if start >= floor + 2 && matches!(para.lower(start - 1), "for" | "of" | "to" | "de" | "du" | "von" | "des") {
            let head = start - 2;
            let role_before = para.mark(head).is_some_and(|k| matches!(k.kind, MarkKind::Role(_)))
                || role_noun(cx, para.lower(head)).is_some()
                || matches!(
                    para.lower(head),
                    "aide"
                        | "aides"
                        | "spokesman"
                        | "spokeswoman"
                        | "spokesperson"
                        | "porte-parole"
                        | "sprecher"
                        | "sprecherin"
                        | "adviser"
                        | "advisor"
                        | "source"
                        | "sources"
                        | "office"
                );
            if role_before {
                return Some(Found {
                    speaker: SpeakerRef::Role {
                        role: String::new(),
                        org: None,
                        indefinite: true,
                    },
                    span: head..end,
                });
            }
        }
        return Some(Found {
            speaker: SpeakerRef::Person(m.person),
            span: start..end,
        });
    }
    let last = para.lower(end - 1);
    let rules = &cx.pack.rules;
    if rules.male_pronouns.contains(&last) {
        return Some(Found {
            speaker: SpeakerRef::Pronoun(Gender::Male),
            span: end - 1..end,
        });
    }
    if rules.female_pronouns.contains(&last) {
        return Some(Found {
            speaker: SpeakerRef::Pronoun(Gender::Female),
            span: end - 1..end,
        });
    }
    if let Some(t) = title_ending_at(para, cx.pack, end).filter(|t| t.start >= floor) {
        return Some(Found {
            speaker: SpeakerRef::Role {
                role: t.role,
                org: t.org,
                indefinite: t.indefinite,
            },
            span: t.start..end,
        });
    }
    if end >= floor + 2 && rules.definite_articles.contains(&para.lower(end - 2)) {
        if let Some(category) = role_noun(cx, last) {
            return Some(Found {
                speaker: SpeakerRef::RoleNoun(category),
                span: end - 2..end,
            });
        }
    }
    if let Some(m) = para.mark_ending(end).filter(|m| m.start >= floor) {
        let country_before = |at: usize| match para.mark_ending(at).map(|c| (c.start, &c.kind)) {
            Some((start, MarkKind::Country(c, _))) if start >= floor => Some((start, c.clone())),
            _ => None,
        };
        let found = match &m.kind {
            // "МИД Таджикистана": the body, then its country in the genitive.
            MarkKind::Country(c, crate::lang::CountryForm::Name) => match para.mark_ending(m.start).map(|o| &o.kind) {
                Some(MarkKind::Organisation(k)) if is_template(k) => {
                    let start = para.mark_ending(m.start).map_or(m.start, |o| o.start);
                    Some((super::titles::organisation(k, Some(c)), start.max(floor)))
                }
                _ => Some((OrgRef::Country(c.clone()), m.start)),
            },
            // "the Russian Foreign Ministry"; "the Foreign Ministry" in Moscow.
            MarkKind::Organisation(k) => Some(match country_before(m.start) {
                Some((start, c)) if is_template(k) => (super::titles::organisation(k, Some(&c)), start),
                _ => (
                    super::titles::organisation(k, is_template(k).then(|| cx.template_country()).flatten()),
                    m.start,
                ),
            }),
            _ => None,
        };
        if let Some((org, start)) = found {
            return Some(Found {
                speaker: SpeakerRef::Organisation(org),
                span: start..end,
            });
        }
    }
    None
}

/// The speaker phrase starting at token `start` (verb-first attribution: "said Lavrov").
fn speaker_starting_at(cx: &Context, para: &Para, start: usize, ceiling: usize) -> Option<Found> {
    if start >= ceiling {
        return None;
    }
    if let Some(m) = cx.in_para(para.index).find(|m| m.start == start) {
        return Some(Found {
            speaker: SpeakerRef::Person(m.person),
            span: start..m.end,
        });
    }
    if let Some(t) = parse_title(para, cx.pack, start) {
        // "…", sagte die Sprecherin des Außenministeriums, Maria Sacharowa: the name after a comma.
        let after = if para.lower(t.end) == "," { t.end + 1 } else { t.end };
        if let Some(m) = cx.in_para(para.index).find(|m| m.start == t.end || m.start == after) {
            return Some(Found {
                speaker: SpeakerRef::Person(m.person),
                span: start..m.end,
            });
        }
        return Some(Found {
            speaker: SpeakerRef::Role {
                role: t.role,
                org: t.org,
                indefinite: t.indefinite,
            },
            span: start..t.end,
        });
    }
    let word = para.lower(start);
    let rules = &cx.pack.rules;
    if rules.male_pronouns.contains(&word) {
        return Some(Found {
            speaker: SpeakerRef::Pronoun(Gender::Male),
            span: start..start + 1,
        });
    }
    if rules.female_pronouns.contains(&word) {
        return Some(Found {
            speaker: SpeakerRef::Pronoun(Gender::Female),
            span: start..start + 1,
        });
    }
    if let Some(category) = role_noun(cx, word) {
        return Some(Found {
            speaker: SpeakerRef::RoleNoun(category),
            span: start..start + 1,
        });
    }
    None
}

fn role_noun(cx: &Context, word: &str) -> Option<String> {
    cx.pack.rules.role_nouns.get(word).cloned()
}

/// "The foreign ministers of France and Germany, Catherine Colonna and Annalena Baerbock,
/// said": an aside made only of names, right before the verb, is the speaker (the last name;
/// the others share the statement, see `lists::share_coordinated_statements`).
fn names_aside_before(cx: &Context, para: &Para, verb: usize, floor: usize) -> Option<Found> {
    if verb < floor + 2 || para.lower(verb - 1) != "," {
        return None;
    }
    let last = cx.in_para(para.index).find(|m| m.end == verb - 1 && m.start > floor)?;
    // Walk back over "A and B", "A, B and C" to the comma that opens the aside.
    let mut start = last.start;
    loop {
        let before = start.checked_sub(1)?;
        match para.lower(before) {
            "," if cx.in_para(para.index).all(|m| m.end != before) => break,
            "and" | "," => {
                let sep = if before > 0 && para.lower(before) == "and" && para.lower(before - 1) == "," {
                    before - 1
                } else {
                    before
                };
                start = cx.in_para(para.index).find(|m| m.end == sep && m.start > floor)?.start;
            }
            _ => return None,
        }
    }
    (start > floor + 1).then(|| Found {
        speaker: SpeakerRef::Person(last.person),
        span: start..verb - 1,
    })
}

/// Skips adverbs and an appositive ", …," going left from `verb`; returns where the speaker ends.
fn speaker_end_before(para: &Para, verb: usize, floor: usize) -> usize {
    let mut end = verb;
    let mut skipped = 0;
    while end > floor && skipped < 3 {
        let w = para.lower(end - 1);
        // Nouns in -ly ("ally", "rally") are not adverbs.
        let ly_adverb = w.ends_with("ly") && w.len() >= 5 && !NOUNS_IN_LY.contains(&w);
        let adverb =
            para.tokens[end - 1].kind == TokenKind::Word && (ly_adverb || BETWEEN_SPEAKER_AND_VERB.contains(&w));
        if !adverb {
            break;
        }
        end -= 1;
        skipped += 1;
    }
    // "Putin, clearly alarmed by the moves, vowed": skip the comma-enclosed aside.
    if end > floor && para.lower(end - 1) == "," {
        let aside = (floor..end - 1).rev().take(15).find(|&k| para.lower(k) == ",");
        if let Some(k) = aside {
            if !(k + 1..end - 1).any(|t| is_speech(para, t).is_some()) {
                return k;
            }
        }
    }
    end
}

fn attribution_after(cx: &Context, para: &Para, seg: Range<usize>) -> Option<(Found, Option<Venue>)> {
    let mut start = seg.start;
    while start < seg.end
        && matches!(
            para.lower(start),
            "," | "." | "—" | "–" | "-" | "»" | "”" | "’" | "\"" | "'"
        )
    {
        start += 1;
    }
    // ", while US Ambassador X said …" starts another speaker's clause, not an attribution.
    if matches!(para.lower(start), "while" | "whereas" | "and" | "but" | "а" | "тогда") {
        return None;
    }
    let window_end = seg.end.min(start + 10);
    // "… TASS reported Shoigu as saying"
    for k in start..window_end {
        if cx.pack.rules.as_saying.iter().any(|p| phrase_at(para, k, p)) {
            if let Some(f) = speaker_ending_at(cx, para, k, start) {
                let outlet = (start..f.span.start).find_map(|t| {
                    para.mark_starting(t)
                        .filter(|m| matches!(m.kind, MarkKind::Outlet(_)))
                        .map(|m| m.start..m.end)
                });
                let venue = outlet.map(|r| Venue {
                    label: span_text(cx, para, r),
                    kind: VenueKind::Outlet,
                });
                return Some((f, venue));
            }
        }
    }
    for v in start..window_end {
        let Some(verb) = is_speech(para, v) else { continue };
        if let Some(f) = names_aside_before(cx, para, v, start) {
            return Some((f, None));
        }
        let end = speaker_end_before(para, v, start);
        if let Some(f) = speaker_ending_at(cx, para, end, start) {
            return Some((f, None));
        }
        if let Some(f) = speaker_starting_at(cx, para, verb.end, seg.end) {
            return Some((f, None));
        }
        return None;
    }
    None
}

/// The speaker of a quote from the words before it, and where the attribution ends.
fn attribution_before(cx: &Context, para: &Para, seg: Range<usize>) -> Option<(Found, usize)> {
    let rules = &cx.pack.rules;
    for v in seg.clone().rev() {
        if let Some(verb) = is_speech(para, v) {
            if let Some(f) = names_aside_before(cx, para, v, seg.start) {
                return Some((f, verb.end));
            }
            let end = speaker_end_before(para, v, seg.start);
            if let Some(f) = speaker_ending_at(cx, para, end, seg.start) {
                return Some((f, verb.end));
            }
            if let Some(f) = speaker_starting_at(cx, para, verb.end, seg.end) {
                let after = f.span.end;
                return Some((f, after));
            }
        }
    }
    for k in seg.clone() {
        for p in rules.according_to.iter() {
            if phrase_at(para, k, p) {
                let after = k + p.split(' ').count();
                if let Some(f) = speaker_starting_at(cx, para, after, seg.end) {
                    let after = f.span.end;
                    return Some((f, after));
                }
            }
        }
    }
    None
}

/// Whether a quote after an attribution is part of the speaker's reported clause ("said on
/// Wednesday that a rate cut was "probably not …"", "said Male wanted "a relationship of
/// equals"") rather than the statement itself ("said on Monday: "…"", "told AFP that "…"").
fn embedded_quote(cx: &Context, para: &Para, verb_end: usize, open: usize) -> bool {
    if verb_end >= open || matches!(para.lower(open - 1), ":" | "," | "—" | "–") {
        return false;
    }
    let start = content_after_verb(cx, para, verb_end, open);
    (start..open)
        .filter(|&t| para.tokens[t].is_word() && !cx.pack.rules.complementizers.contains(&para.lower(t)))
        .count()
        >= 2
}

fn phrase_at(para: &Para, k: usize, phrase: &str) -> bool {
    phrase.split(' ').enumerate().all(|(n, w)| para.lower(k + n) == w)
}

/// Reported speech in `range` (a sentence, or the inside of a quote), skipping speech verbs
/// inside the `quoted` token ranges.
fn reported(
    cx: &Context,
    para: &Para,
    range: Range<usize>,
    quoted: &[Range<usize>],
    focus: &Focus,
) -> Option<Statement> {
    let rules = &cx.pack.rules;
    let inside_quote = |t: usize| quoted.iter().any(|q| q.contains(&t));
    let end = trim_final_punct(para, range.clone());
    // "according to X, …" and "…, according to X."
    for k in range.start..end {
        for p in rules.according_to.iter() {
            if !phrase_at(para, k, p) || inside_quote(k) {
                continue;
            }
            let after = k + p.split(' ').count();
            let Some(f) = speaker_starting_at(cx, para, after, end) else {
                continue;
            };
            let content = if para.lower(f.span.end) == "," && f.span.end + 1 < end {
                f.span.end + 1..end
            } else if k > range.start + 3 {
                range.start..k
            } else {
                continue;
            };
            return build(cx, para, f, content, range.clone(), "reported.according-to", focus);
        }
    }
    // "Interfax reported Russian Deputy Defence Minister Alexander Fomin as saying that …"
    for k in range.start..end {
        if inside_quote(k) || !rules.as_saying.iter().any(|p| phrase_at(para, k, p)) {
            continue;
        }
        let Some(f) = speaker_ending_at(cx, para, k, range.start) else {
            continue;
        };
        let content_start = content_after_verb(cx, para, k + 2, end);
        if end > content_start + 2 {
            let outlet = (range.start..f.span.start).find_map(|t| {
                para.mark_starting(t)
                    .filter(|m| matches!(m.kind, MarkKind::Outlet(_)))
                    .map(|m| m.start..m.end)
            });
            let mut s = build(
                cx,
                para,
                f,
                content_start..end,
                range.clone(),
                "reported.as-saying",
                focus,
            )?;
            if let Some(r) = outlet {
                s.venue = Some(Venue {
                    label: span_text(cx, para, r),
                    kind: VenueKind::Outlet,
                });
            }
            return Some(s);
        }
    }
    for v in range.start..end {
        if inside_quote(v) {
            continue;
        }
        let Some(verb) = is_speech(para, v) else { continue };
        let speaker_end = speaker_end_before(para, v, range.start);
        // "…, a indiqué mardi un porte-parole", "…, said a spokesperson": after a comma the verb
        // comes before its own subject, so the sentence's subject is not the speaker.
        let after_comma = (v > range.start && para.lower(v - 1) == ",")
            || (v > range.start + 1
                && para.lower(v - 2) == ","
                && para.tokens[v - 1].is_word()
                && !para.tokens[v - 1].is_cap()
                && para.lower(v - 1).chars().count() <= 4);
        let left = names_aside_before(cx, para, v, range.start)
            .or_else(|| speaker_ending_at(cx, para, speaker_end, range.start))
            .or_else(|| {
                (!after_comma)
                    .then(|| sentence_subject(cx, para, range.start, v))
                    .flatten()
            });
        if let Some(f) = left {
            let before_speaker = f.span.start;
            let content_start = content_after_verb(cx, para, verb.end, end);
            let told = cx.pack.rules.told_verbs.contains(&para.lower(v));
            let said_that = content_start > verb.end && rules.complementizers.contains(&para.lower(content_start - 1));
            let words_after = (content_start..end).filter(|&t| para.tokens[t].is_word()).count();
            // What follows the verb is the statement when it is a clause ("said that …", "urged
            // NATO to …"), not when it is only when and where ("said on Wednesday, as …").
            let clause_after =
                said_that || (!told && words_after >= 3 && !ADJUNCT_STARTS.contains(&para.lower(content_start)));
            // "…, Foreign Minister Sergei Lavrov said on Wednesday": the clause before.
            if !clause_after && before_speaker > range.start + 3 && para.lower(before_speaker - 1) == "," {
                return build(
                    cx,
                    para,
                    f,
                    range.start..before_speaker - 1,
                    range.clone(),
                    "reported.speaker-verb-after-clause",
                    focus,
                );
            }
            if clause_after {
                return build(
                    cx,
                    para,
                    f,
                    content_start..end,
                    range.clone(),
                    "reported.speaker-verb-clause",
                    focus,
                );
            }
            continue;
        }
        // "…, — сообщил министр", "…, said Lavrov"
        if let Some(f) = speaker_starting_at(cx, para, verb.end, end) {
            let mut clause_end = v;
            while clause_end > range.start && matches!(para.lower(clause_end - 1), "," | "—" | "–" | "-") {
                clause_end -= 1;
            }
            if clause_end > range.start + 3 {
                return build(
                    cx,
                    para,
                    f,
                    range.start..clause_end,
                    range.clone(),
                    "reported.verb-speaker-after-clause",
                    focus,
                );
            }
            let content_start = content_after_verb(cx, para, f.span.end, end);
            if end > content_start + 2 {
                return build(
                    cx,
                    para,
                    f,
                    content_start..end,
                    range.clone(),
                    "reported.verb-speaker-clause",
                    focus,
                );
            }
        }
    }
    None
}

/// The sentence's subject when words stand between it and the verb ("Лавров в интервью RT
/// заявил", "X expressed concern … and stated that"): the one person named before the verb,
/// at the head of the sentence (after an opening adverbial and a title at most).
fn sentence_subject(cx: &Context, para: &Para, start: usize, verb: usize) -> Option<Found> {
    let persons: Vec<&PersonMention> = cx
        .in_para(para.index)
        .filter(|m| m.start >= start && m.end <= verb)
        .collect();
    let [m] = persons.as_slice() else { return None };
    let head = title_ending_at(para, cx.pack, m.start).map_or(m.start, |t| t.start);
    // Only an opening adverbial ("On Monday,", "В среду") may come before the subject.
    let opening = &para.tokens[start..head];
    let adverbial = opening.is_empty()
        || (opening.len() <= 5 && opening.last().is_some_and(|t| t.lower == ","))
        || find_dates(&para.tokens, start..head, &cx.pack.rules)
            .first()
            .is_some_and(|d| d.end_token == head && d.first_token <= start + 1);
    // No other clause between subject and verb: no second speech verb.
    let clause_free = !(m.end..verb).any(|t| is_speech(para, t).is_some());
    (adverbial && clause_free && verb - m.end <= 12).then(|| Found {
        speaker: SpeakerRef::Person(m.person),
        span: m.start..m.end,
    })
}

fn trim_final_punct(para: &Para, range: Range<usize>) -> usize {
    let mut end = range.end;
    while end > range.start
        && para.tokens[end - 1].kind == TokenKind::Punct
        && !matches!(para.lower(end - 1), "»" | "”" | "’" | "\"" | "'" | ")")
    {
        end -= 1;
    }
    end
}

/// Where the reported words begin after a speech verb: past "that", past the addressee of
/// "told" ("told Sputnik that", "told reporters").
fn content_after_verb(cx: &Context, para: &Para, mut k: usize, end: usize) -> usize {
    let rules = &cx.pack.rules;
    // The addressee of "told", up to "that" if one follows soon.
    if let Some(that) = (k..(k + 20).min(end)).find(|&t| rules.complementizers.contains(&para.lower(t))) {
        // "told CBS's "Face the Nation" on Sunday that", "told local television channel LN+ that":
        // names, possessives, quoted titles and dates, but no new sentence or speech verb.
        // A complementizer that is part of a conjunction ("tandis que", "so that") opens another
        // clause, not the words said.
        let conjunction = that > k && rules.conjunction_heads.contains(&para.lower(that - 1));
        // ("told The Post the summit was … and that …": "and that" opens a second clause.)
        let second_clause = that > k && para.lower(that - 1) == "and";
        let between_is_addressee = !conjunction
            && !second_clause
            && (k..that).all(|t| !matches!(para.lower(t), "." | ";" | "?" | "!" | ":") && is_speech(para, t).is_none());
        if between_is_addressee {
            return that + 1;
        }
    }
    // "vowed on Tuesday to take …": a date right after the verb is part of the frame.
    loop {
        if para.lower(k) == "," {
            k += 1;
            continue;
        }
        let dates = find_dates(&para.tokens, k..end.min(k + 6), rules);
        match dates.first() {
            Some(d)
                if d.first_token <= k + 1
                    && (d.first_token == k
                        || ["on", "in", "at", "в", "на", "у", "am", "vom", "le", "ce"].contains(&para.lower(k))) =>
            {
                k = d.end_token
            }
            _ => break,
        }
    }
    // "warnte im Interview mit der „Welt am Sonntag“ vor …", "kritisierte gegenüber Reuters
    // …": where the words were said comes first, then the words.
    k = skip_venue_phrase(cx, para, k, end);
    // German reports without "dass" after a circumstance: "sagte bei einem Besuch in Kiew,
    // Polen bleibe …": the phrase up to the comma is frame (where, when), the rest the words.
    if cx.pack.rules.frame_prepositions.contains(&para.lower(k)) {
        if let Some(comma) = (k + 1..(k + 12).min(end)).find(|&t| para.lower(t) == ",") {
            let plain = (k..comma).all(|t| para.tokens[t].is_word() || para.lower(t) == "-");
            let rest = (comma + 1..end).filter(|&t| para.tokens[t].is_word()).count();
            if plain && rest >= 3 {
                return comma + 1;
            }
        }
    }
    k
}

/// After a speech verb, an interview or event phrase ("in an interview with X", "bei einer
/// Veranstaltung in Chicago") belongs to the frame: the token after it, or `k` if none starts
/// there. The statement's words follow only when at least three words remain.
fn skip_venue_phrase(cx: &Context, para: &Para, k: usize, end: usize) -> usize {
    let rules = &cx.pack.rules;
    let is_article = |t: usize| {
        rules.definite_articles.contains(&para.lower(t)) || rules.indefinite_articles.contains(&para.lower(t))
    };
    let mut after = None;
    if let Some(n) = rules
        .interview_markers
        .iter()
        .filter_map(|m| super::venues::phrase_len_at(para, k, m))
        .max()
    {
        let mut j = k + n;
        if is_article(j) {
            j += 1;
        }
        let opens = matches!(para.lower(j), "„" | "«" | "“" | "\"" | "‚");
        if opens {
            if let Some(close) =
                (j + 1..(j + 12).min(end)).find(|&t| matches!(para.lower(t), "“" | "»" | "”" | "\"" | "‘"))
            {
                j = close + 1;
            }
        } else {
            while j < end && j < k + n + 6 && para.tokens[j].is_cap() {
                j += 1;
            }
        }
        if j > k + n {
            after = Some(j);
        }
    } else if rules.medium_prepositions.contains(&para.lower(k))
        && para
            .mark_starting(k + 1)
            .is_some_and(|m| matches!(m.kind, MarkKind::Outlet(_)))
    {
        // "a dénoncé sur Telegram une « provocation »", "wrote on X that …".
        after = para.mark_starting(k + 1).map(|m| m.end);
    } else if rules.event_prepositions.contains(&para.lower(k)) {
        // An event head within a few words: "bei einer Veranstaltung (in Chicago)".
        let head = (k + 1..(k + 6).min(end)).find_map(|h| {
            rules
                .event_heads
                .iter()
                .filter_map(|e| super::venues::phrase_len_at(para, h, e))
                .max()
                .map(|n| h + n)
        });
        if let Some(mut j) = head {
            if rules.place_prepositions.contains(&para.lower(j)) && para.tokens.get(j + 1).is_some_and(|t| t.is_cap()) {
                j += 2;
            }
            after = Some(j);
        }
    }
    match after {
        Some(mut j) => {
            if para.lower(j) == "," {
                j += 1;
            }
            let rest = (j..end).filter(|&t| para.tokens[t].is_word()).count();
            if rest >= 3 {
                j
            } else {
                k
            }
        }
        None => k,
    }
}

/// A reported statement: `content` is the speaker's words, the rest of `sentence` its frame.
#[allow(clippy::too_many_arguments)]
fn build(
    cx: &Context,
    para: &Para,
    f: Found,
    content: Range<usize>,
    sentence: Range<usize>,
    rule: &str,
    focus: &Focus,
) -> Option<Statement> {
    if content.start >= content.end || content.end > para.tokens.len() {
        return None;
    }
    // "…, ANI reported.": the outlet that carried the words is the frame, not the words.
    let mut content = content;
    if let Some(comma) = (content.start + 3..content.end).rev().find(|&k| para.lower(k) == ",") {
        let carried = para
            .mark_starting(comma + 1)
            .filter(|m| matches!(m.kind, MarkKind::Outlet(_)));
        if let Some(m) = carried {
            if is_speech(para, m.end).is_some() && m.end + 1 >= content.end.min(para.tokens.len()) - 1 {
                content = content.start..comma;
            }
        }
    }
    // "…, speaking at a seminar in New Delhi": a participle clause after the words says where
    // they were said; it is frame, not statement.
    if let Some(comma) = (content.start + 3..content.end)
        .find(|&k| para.lower(k) == "," && cx.pack.rules.frame_participles.contains(&para.lower(k + 1)))
    {
        content = content.start..comma;
    }
    // "äußerte sich zunächst nicht", "did not comment": a refusal to speak is no statement.
    let words: Vec<&str> = (content.start..content.end.min(para.tokens.len()))
        .filter(|&t| para.tokens[t].is_word())
        .map(|t| para.lower(t))
        .collect();
    if words.len() <= 4 && words.iter().any(|w| cx.pack.rules.negations.contains(w)) {
        return None;
    }
    let speaker = resolve(cx, &f.speaker, (para.index, f.span.start), focus)?;
    let a = para.tokens[content.start].start;
    let b = para.tokens[content.end - 1].end;
    let (a, b) = trim(cx.text, a, b);
    if a >= b {
        return None;
    }
    // The frame: the sentence without the reported words.
    let frame_before = sentence.start..content.start;
    let frame_after = content.end..sentence.end;
    let (d1, v1) = date_and_venue(cx, para, frame_before.clone());
    let (d2, v2) = date_and_venue(cx, para, frame_after.clone());
    let stated = d1.or(d2);
    let date = stated.or_else(|| {
        let vague = |r: Range<usize>| {
            find_dates(&para.tokens, r, &cx.pack.rules)
                .iter()
                .any(|d| d.value == DateValue::Vague)
        };
        (!vague(frame_before.clone()) && !vague(frame_after.clone()))
            .then_some(cx.published)
            .flatten()
    });
    Some(Statement {
        speaker,
        speaker_words: span_text(cx, para, f.span),
        text: (a, b),
        direct: false,
        date,
        date_stated: stated.is_some(),
        venue: v1.or(v2),
        evidence: (para.tokens[sentence.start].start, para.tokens[sentence.end - 1].end),
        rule: format!("{}.{rule}", cx.pack.lang.code()),
        caption: false,
    })
}

/// The publication date, unless the frame places the statement vaguely in the past.
fn default_date(cx: &Context, para: &Para, frame: Range<usize>) -> Option<PartialDate> {
    let vague = find_dates(&para.tokens, frame, &cx.pack.rules)
        .iter()
        .any(|d| d.value == DateValue::Vague);
    if vague {
        None
    } else {
        cx.published
    }
}

fn resolve(cx: &Context, speaker: &SpeakerRef, at: (usize, usize), focus: &Focus) -> Option<Speaker> {
    // Walk back from `at` to the last person who fits: a salient reference in this paragraph
    // or the one before, else any.
    let recent = |ok: &dyn Fn(usize) -> bool| {
        let back = || focus.range(..=(at, usize::MAX)).rev();
        back()
            .take_while(|(((para, _), _), _)| para + 1 >= at.0)
            .find(|(_, (p, salient))| *salient && ok(*p))
            .or_else(|| back().find(|(_, (p, _))| ok(*p)))
            .map(|(_, (p, _))| *p)
    };
    match speaker {
        SpeakerRef::Person(p) => Some(Speaker::Person(*p)),
        SpeakerRef::Pronoun(g) => {
            recent(&|p| cx.persons[p].gender == *g || cx.persons[p].gender == Gender::Unknown).map(Speaker::Person)
        }
        SpeakerRef::Role { role, org, indefinite } => {
            if !indefinite {
                let holds = |p: usize| {
                    cx.roles
                        .iter()
                        .any(|f| f.person == p && role_fits(&f.role, role) && org_fits(f.org.as_ref(), org.as_ref()))
                };
                if let Some(p) = recent(&holds).or_else(|| (0..cx.persons.len()).find(|&p| holds(p))) {
                    return Some(Speaker::Person(p));
                }
            }
            org.clone().map(Speaker::Organisation)
        }
        SpeakerRef::RoleNoun(category) => {
            // "the diplomat": the last person whose role fits, else the last person with a role.
            let fits = |p: usize| {
                cx.roles.iter().any(|f| {
                    f.person == p
                        && (category == "*"
                            || World::get().roles.get(&f.role).is_some_and(|r| r.kind == *category)
                            || f.role.contains(category.as_str()))
                })
            };
            let any_role = |p: usize| cx.roles.iter().any(|f| f.person == p);
            recent(&fits).or_else(|| recent(&any_role)).map(Speaker::Person)
        }
        SpeakerRef::Organisation(o) => Some(Speaker::Organisation(o.clone())),
    }
}

/// A mention in the subject's form: in Russian and Ukrainian the nominative (its words are the
/// name's), elsewhere not after a preposition ("met with X", "talks to X").
fn salient(cx: &Context, m: &PersonMention) -> bool {
    let para = &cx.paras[m.para];
    let before = m.start.checked_sub(1).map(|k| para.lower(k)).unwrap_or("");
    if matches!(cx.pack.lang, crate::lang::Lang::Ru | crate::lang::Lang::Uk) {
        let written = para.tokens[m.start..m.end]
            .iter()
            .map(|t| t.lower.as_str())
            .collect::<Vec<_>>();
        let name = cx.persons[m.person]
            .name
            .iter()
            .map(|w| w.to_lowercase())
            .collect::<Vec<_>>();
        let last = written.last().copied().unwrap_or("");
        return name.last().is_some_and(|n| n == last)
            && !matches!(before, "с" | "о" | "об" | "к" | "у" | "от" | "для" | "з" | "про");
    }
    !matches!(
        before,
        "with" | "to" | "about" | "of" | "for" | "by" | "from" | "against" | "and" | "avec" | "mit" | "à" | "de"
    )
}

/// "the minister" fits "foreign-minister"; "the ambassador" fits "ambassador".
fn role_fits(held: &str, referred: &str) -> bool {
    held == referred || held.ends_with(&format!("-{referred}"))
}

fn org_fits(held: Option<&OrgRef>, referred: Option<&OrgRef>) -> bool {
    match (held, referred) {
        (_, None) => true,
        (None, Some(_)) => true,
        (Some(h), Some(r)) => h == r || h.country().is_some() && h.country() == r.country(),
    }
}

/// The date and venue stated in a frame. Of several dates the one nearest the speech verb
/// wins: the first may be a dateline ("MOSCOW, January 5 (Sputnik) - … said on Monday").
fn date_and_venue(cx: &Context, para: &Para, frame: Range<usize>) -> (Option<PartialDate>, Option<Venue>) {
    if frame.is_empty() {
        return (None, None);
    }
    let anchor = (frame.clone())
        .find(|&t| is_speech(para, t).is_some())
        .unwrap_or(frame.start);
    let mut dates = find_dates(&para.tokens, frame.clone(), &cx.pack.rules);
    dates.sort_by_key(|d| (d.first_token as i64 - anchor as i64).abs());
    let date = dates.iter().find_map(|d| match d.value {
        DateValue::Vague => None,
        v => v.resolve(cx.published),
    });
    (date, super::venues::find_venue(cx, para, frame))
}

/// An organisation named the same in every country ("Foreign Ministry"), whose country the text
/// must give.
fn is_template(key: &str) -> bool {
    crate::lang::World::get()
        .organisations
        .get(key)
        .is_some_and(|e| e.country.as_deref() == Some("*"))
}

/// When a reported clause opens with a quotation mark, the words up to its closing mark.
fn inner_quoted(text: &str, (a, b): (usize, usize)) -> (usize, usize) {
    const PAIRS: &[(char, char)] = &[('„', '“'), ('«', '»'), ('“', '”'), ('"', '"'), ('‘', '’'), ('‚', '‘')];
    let Some(open) = text[a..b].chars().next() else {
        return (a, b);
    };
    let Some(&(_, close)) = PAIRS.iter().find(|(o, _)| *o == open) else {
        return (a, b);
    };
    let start = a + open.len_utf8();
    match text[start..b].find(close) {
        Some(k) if k > 0 => (start, start + k),
        _ => (a, b),
    }
}
