//! The first layer over a paragraph: tokens, sentences, and the lexicon phrases found in them
//! (countries, organisations, role titles, speech verbs, outlets).

use crate::lang::{CountryForm, LanguagePack};
use crate::text::{sentences, tokenize, ParagraphKind, Token};
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MarkKind {
    Country(String, CountryForm),
    /// A region or city below the country, by key ("NSW", "Bayerns", "Victorian").
    Region(String, CountryForm),
    Organisation(String),
    Role(String),
    /// A title in the plural ("foreign ministers"): several people hold it.
    Roles(String),
    Speech(String),
    Outlet(String),
}

/// A lexicon phrase over tokens `start..end`.
#[derive(Debug, Clone)]
pub struct Mark {
    pub start: usize,
    pub end: usize,
    pub kind: MarkKind,
}

/// One paragraph, tokenized and marked.
#[derive(Debug)]
pub struct Para {
    pub index: usize,
    /// The whole document's text (token offsets index into it).
    pub text: std::sync::Arc<str>,
    pub kind: ParagraphKind,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Range<usize>>,
    /// Index into `marks` of the mark covering each token.
    pub mark_at: Vec<Option<usize>>,
    pub marks: Vec<Mark>,
}

impl Para {
    /// `skip` is a byte range (a dateline) whose tokens belong to no sentence.
    pub fn new(
        index: usize,
        kind: ParagraphKind,
        text: &std::sync::Arc<str>,
        range: Range<usize>,
        skip: Option<Range<usize>>,
        pack: &LanguagePack,
    ) -> Para {
        let tokens = tokenize(text, range);
        let mut sentences = sentences(&tokens, &pack.rules.abbreviations);
        if let Some(skip) = skip {
            let body = tokens.iter().position(|t| t.start >= skip.end).unwrap_or(tokens.len());
            sentences = sentences
                .into_iter()
                .filter(|s| s.end > body)
                .map(|s| s.start.max(body)..s.end)
                .collect();
        }
        let mut marks = Vec::new();
        let mut mark_at = vec![None; tokens.len()];
        let mut i = 0;
        while i < tokens.len() {
            if !pack.phrase_starts.may_start(&tokens[i]) {
                i += 1;
                continue;
            }
            // Longest phrase of any lexicon wins; on a tie the order below decides.
            let candidates = [
                pack.roles
                    .longest_at(&tokens, i, text)
                    .map(|(e, k)| (e, MarkKind::Role(k))),
                pack.plural_roles
                    .longest_at(&tokens, i, text)
                    .map(|(e, k)| (e, MarkKind::Roles(k))),
                pack.organisations
                    .longest_at(&tokens, i, text)
                    .map(|(e, k)| (e, MarkKind::Organisation(k))),
                // (An outlet's name before a country's stem: "Deutschlandfunk" is no
                // "Deutschland*".)
                pack.outlets
                    .longest_at(&tokens, i, text)
                    .map(|(e, k)| (e, MarkKind::Outlet(k))),
                pack.countries
                    .longest_at(&tokens, i, text)
                    .map(|(e, (c, f))| (e, MarkKind::Country(c, f))),
                pack.regions
                    .longest_at(&tokens, i, text)
                    .map(|(e, (r, f))| (e, MarkKind::Region(r, f))),
                pack.speech_verbs
                    .longest_at(&tokens, i, text)
                    .map(|(e, k)| (e, MarkKind::Speech(k))),
            ];
            let best = candidates
                .into_iter()
                .flatten()
                .filter(|(end, kind)| proper_use(&tokens, i, *end, kind, &pack.rules))
                .fold(None, |best: Option<(usize, MarkKind)>, c| match best {
                    Some(b) if b.0 >= c.0 => Some(b),
                    _ => Some(c),
                });
            match best {
                Some((end, kind)) => {
                    for slot in &mut mark_at[i..end] {
                        *slot = Some(marks.len());
                    }
                    marks.push(Mark { start: i, end, kind });
                    i = end;
                }
                _ => i += 1,
            }
        }
        separable_speech_verbs(&tokens, pack, &mut marks, &mut mark_at);
        compound_titles(&tokens, pack, &mut marks, &mut mark_at);
        open_titles(&tokens, pack, &mut marks, &mut mark_at);
        Para {
            index,
            text: text.clone(),
            kind,
            tokens,
            sentences,
            mark_at,
            marks,
        }
    }

    pub fn mark(&self, token: usize) -> Option<&Mark> {
        self.mark_at.get(token).copied().flatten().map(|m| &self.marks[m])
    }

    /// The mark that starts exactly at `token`.
    pub fn mark_starting(&self, token: usize) -> Option<&Mark> {
        self.mark(token).filter(|m| m.start == token)
    }

    /// The mark that ends exactly before `token`.
    pub fn mark_ending(&self, token: usize) -> Option<&Mark> {
        token
            .checked_sub(1)
            .and_then(|t| self.mark(t))
            .filter(|m| m.end == token)
    }

    pub fn sentence_of(&self, token: usize) -> Range<usize> {
        self.sentences
            .iter()
            .find(|s| s.contains(&token))
            .cloned()
            .unwrap_or(0..self.tokens.len())
    }

    /// Whether token `k` is a hyphen written inside a word, with no space before it
    /// ("Arles-Crau", "VR-Präsident"), not a dash between words.
    pub fn inner_hyphen(&self, k: usize) -> bool {
        k > 0 && self.lower(k) == "-" && self.tokens[k].start == self.tokens[k - 1].end
    }

    pub fn lower(&self, token: usize) -> &str {
        self.tokens.get(token).map_or("", |t| t.lower.as_str())
    }
}

/// "Festspielintendant", "Nachwuchstrainer": a capitalised word no lexicon knows that ends in a
/// title of the language's compound_title_heads is that title (the words before it narrow it).
fn compound_titles(tokens: &[Token], pack: &LanguagePack, marks: &mut Vec<Mark>, mark_at: &mut [Option<usize>]) {
    let heads = &pack.rules.compound_title_heads;
    if heads.is_empty() {
        return;
    }
    for (i, t) in tokens.iter().enumerate() {
        if mark_at[i].is_some() || !t.is_cap() {
            continue;
        }
        let Some(head) = heads
            .iter()
            // (Or after a hyphen, any first part: "Co-Präsident".)
            .filter(|h| {
                t.lower.strip_suffix(*h).is_some_and(|first| {
                    first.len() >= 4
                        || (first.ends_with('-') && first.chars().filter(|c| c.is_alphabetic()).count() >= 2)
                })
            })
            .max_by_key(|h| h.len())
        else {
            continue;
        };
        let head_tokens = tokenize(head, 0..head.len());
        if let Some((1, key)) = pack.roles.longest_at(&head_tokens, 0, head) {
            mark_at[i] = Some(marks.len());
            marks.push(Mark {
                start: i,
                end: i + 1,
                kind: MarkKind::Role(key),
            });
        }
    }
}

/// "Chief Airport and Customer Experience Officer": a title whose first and last words are
/// fixed and whose words between, in capitals (joined by "and" at most), name its field. The
/// language's frames say which words open and close one and the role it is.
fn open_titles(tokens: &[Token], pack: &LanguagePack, marks: &mut Vec<Mark>, mark_at: &mut [Option<usize>]) {
    let frames = &pack.rules.open_title_frames;
    if frames.is_empty() {
        return;
    }
    for i in 0..tokens.len() {
        if mark_at[i].is_some() || !tokens[i].is_cap() {
            continue;
        }
        for (frame, key) in frames.iter() {
            // ("chief officer": the token opens the frame; its last word closes it.)
            let Some(last) = frame
                .strip_prefix(tokens[i].lower.as_str())
                .and_then(|rest| rest.strip_prefix(' '))
            else {
                continue;
            };
            let inner = |k: usize| {
                mark_at[k].is_none()
                    && tokens[k].is_word()
                    && (tokens[k].is_cap() || pack.rules.coordinators.contains(&tokens[k].lower))
            };
            let mut k = i + 1;
            while k < tokens.len() && k < i + 7 && tokens[k].lower != last && inner(k) {
                k += 1;
            }
            // (At least one word of the field, and the closing word in capitals.)
            if k > i + 1 && k < tokens.len() && tokens[k].lower == last && tokens[k].is_cap() && mark_at[k].is_none() {
                for slot in &mut mark_at[i..=k] {
                    *slot = Some(marks.len());
                }
                marks.push(Mark {
                    start: i,
                    end: k + 1,
                    kind: MarkKind::Role(key.clone()),
                });
                break;
            }
        }
    }
}

/// "gab am Montag bekannt, dass …", "teilte mit, die Lage sei ruhig": a speech verb whose
/// particle ends its clause. Verb, the words between (a few, none marked, no punctuation) and
/// particle become one speech mark, so the words said start after the particle.
fn separable_speech_verbs(tokens: &[Token], pack: &LanguagePack, marks: &mut Vec<Mark>, mark_at: &mut [Option<usize>]) {
    let verbs = &pack.rules.separable_speech_verbs;
    if verbs.is_empty() {
        return;
    }
    for i in 0..tokens.len() {
        let Some(particles) = verbs.get(&tokens[i].lower) else {
            continue;
        };
        if mark_at[i].is_some() {
            continue;
        }
        let particle = (i + 1..(i + 8).min(tokens.len()))
            .take_while(|&k| tokens[k].kind != crate::text::TokenKind::Punct && mark_at[k].is_none())
            .find(|&k| particles.split('|').any(|p| tokens[k].lower == p));
        if let Some(p) = particle {
            // The particle ends the clause: a comma, a full stop or a colon follows.
            if tokens
                .get(p + 1)
                .is_some_and(|t| t.kind == crate::text::TokenKind::Punct)
            {
                for slot in &mut mark_at[i..=p] {
                    *slot = Some(marks.len());
                }
                marks.push(Mark {
                    start: i,
                    end: p + 1,
                    kind: MarkKind::Speech("say".to_string()),
                });
            }
        }
    }
    marks.sort_by_key(|m| m.start);
    for (n, m) in marks.iter().enumerate() {
        for slot in &mut mark_at[m.start..m.end] {
            *slot = Some(n);
        }
    }
}

/// Names of countries, organisations and outlets are proper nouns: in lower case they are
/// ordinary words ("the union", "post", "mir"), so only a capitalised first word counts.
/// Adjectival forms (demonyms) are free: Russian writes them in lower case ("российский").
/// A region's name may open with its lower-case noun ("области Абай", "state of New York"):
/// one capitalised word is enough there.
fn proper_use(tokens: &[Token], start: usize, end: usize, kind: &MarkKind, rules: &crate::lang::LangRules) -> bool {
    let first = &tokens[start];
    match kind {
        MarkKind::Outlet(_) | MarkKind::Organisation(_) | MarkKind::Country(_, CountryForm::Name) => first.is_cap(),
        MarkKind::Region(_, CountryForm::Name) => tokens[start..end].iter().any(Token::is_cap),
        // "s'est opposée à la demande": a verb's form after an article is a noun.
        MarkKind::Speech(_) => {
            // ("SriLankan Catering continues to be …", "added to the list": a verb of saying
            // before the word that makes it another verb.)
            // (A short list of word pairs, matched without building the pair.)
            let non_use = end == start + 1
                && tokens.get(end).is_some_and(|next| {
                    rules
                        .speech_non_uses
                        .iter()
                        .any(|pair| pair.split_once(' ') == Some((first.lower.as_str(), next.lower.as_str())))
                });
            !non_use && (end > start + 1 || start == 0 || !rules.noun_determiners.contains(&tokens[start - 1].lower))
        }
        _ => true,
    }
}

/// The paragraph holding byte `byte` of the text, found by binary search over the paragraphs'
/// spans (they are in text order and do not overlap).
pub fn para_at(paras: &[Para], byte: usize) -> Option<&Para> {
    let k = paras.partition_point(|p| p.tokens.last().is_none_or(|t| t.end <= byte));
    paras
        .get(k)
        .filter(|p| p.tokens.first().is_some_and(|t| t.start <= byte))
}
