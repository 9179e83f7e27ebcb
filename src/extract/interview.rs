//! Interviews and transcripts: a paragraph that opens with a speaker's name and a colon
//! ("Xavier Bettel: Wir haben …", "Андрис АМЕРИКС: — Я хочу …"), or a paragraph that is
//! only the name and a colon ("Кумар Аксакалов, аким Северо-Казахстанской области:") with the
//! words in the next one ("— Я многих …"). The words are the speaker's, quoted or not.

use super::context::{trim, Context};
use super::marks::Para;
use super::model::{Speaker, Statement};
use super::reported::default_date;
use crate::text::ParagraphKind;

/// At most this many tokens may stand between the name and the colon: a title in apposition
/// ("Кумар Аксакалов, аким Северо-Казахстанской области:").
const LONGEST_APPOSITION: usize = 8;

/// The statements of interview turns in paragraphs no other rule found a statement in.
pub(super) fn turns(cx: &Context, found: &[Statement]) -> Vec<Statement> {
    let mut out = Vec::new();
    let body: Vec<&Para> = cx.paras.iter().filter(|p| p.kind == ParagraphKind::Body).collect();
    for (k, para) in body.iter().enumerate() {
        let Some((speaker, colon)) = turn_opening(cx, para) else {
            continue;
        };
        // The words after the colon, else (the name alone) the next paragraph's.
        let (words_para, first) = if colon + 1 < para.tokens.len() {
            (*para, colon + 1)
        } else {
            match body.get(k + 1) {
                Some(next) if next.index == para.index + 1 && turn_opening(cx, next).is_none() => (*next, 0),
                _ => continue,
            }
        };
        // Quoted words are the quote rules'; a dash only marks the turn.
        let mut first = first;
        if matches!(words_para.lower(first), "—" | "–" | "-") {
            first += 1;
        }
        let Some(start_token) = words_para.tokens.get(first) else {
            continue;
        };
        if !start_token.is_word() {
            continue;
        }
        let start = start_token.start;
        let end = words_para.tokens.last().map_or(start, |t| t.end);
        let overlaps = |s: &Statement| s.evidence.0 < end && start < s.evidence.1;
        if found.iter().any(overlaps) || words_para.tokens[first..].iter().filter(|t| t.is_word()).count() < 4 {
            continue;
        }
        let (a, b) = trim(cx.text, start, end);
        let name = &para.text[para.tokens[0].start..para.tokens[colon].start];
        out.push(Statement {
            speaker: Speaker::Person(speaker),
            speaker_words: name.trim().to_string(),
            text: (a, b),
            direct: true,
            date_stated: false,
            date: default_date(cx, words_para, first..words_para.tokens.len()),
            venue: None,
            evidence: (para.tokens[0].start, b),
            rule: format!("{}.interview-turn", cx.pack.lang.code()),
            caption: false,
        });
        // The turns after it whose speaker is not named: each paragraph that follows a question
        // is the answer ("Sie werden wieder antreten?" / "Das entscheidet meine Partei. …").
        answers(cx, found, &body[k + 1..], speaker, &mut out);
    }
    out
}

/// The unnamed answers of `speaker` in the paragraphs after his named turn, up to the next named
/// turn: a paragraph right after one that ends with a question mark, with words of its own.
fn answers(cx: &Context, found: &[Statement], after: &[&Para], speaker: usize, out: &mut Vec<Statement>) {
    let mut question = false;
    for (k, para) in after.iter().enumerate() {
        // (A gap in the body, or a turn named again, ends the run.)
        let next_in_body = k == 0 || after[k - 1].index + 1 == para.index;
        if !next_in_body || turn_opening(cx, para).is_some() {
            return;
        }
        let asks = !para.tokens.is_empty() && para.lower(para.tokens.len() - 1) == "?";
        if asks {
            question = true;
            continue;
        }
        let answer = std::mem::replace(&mut question, false);
        let (Some(first), Some(last)) = (para.tokens.first(), para.tokens.last()) else {
            continue;
        };
        let (start, end) = (first.start, last.end);
        let overlaps = |s: &Statement| s.evidence.0 < end && start < s.evidence.1;
        let words = para.tokens.iter().filter(|t| t.is_word()).count();
        if !answer || words < 4 || found.iter().chain(out.iter()).any(overlaps) {
            continue;
        }
        let (a, b) = trim(cx.text, start, end);
        out.push(Statement {
            speaker: Speaker::Person(speaker),
            speaker_words: String::new(),
            text: (a, b),
            direct: true,
            date_stated: false,
            date: default_date(cx, para, 0..para.tokens.len()),
            venue: None,
            evidence: (a, b),
            rule: format!("{}.interview-answer", cx.pack.lang.code()),
            caption: false,
        });
    }
}

/// The person a paragraph opens with, when a colon follows the name (or a short apposition after
/// it) and no one else is named before the colon: the person and the colon's token.
fn turn_opening(cx: &Context, para: &Para) -> Option<(usize, usize)> {
    let mention = cx.in_para(para.index).find(|m| m.start == 0)?;
    let colon =
        (mention.end..(mention.end + 1 + LONGEST_APPOSITION).min(para.tokens.len())).find(|&t| para.lower(t) == ":")?;
    let apposition = mention.end..colon;
    // Right after the name, or after a comma that opens the apposition.
    let opens = apposition.is_empty() || para.lower(mention.end) == ",";
    let others = cx
        .in_para(para.index)
        .any(|m| m.start > mention.start && m.start < colon);
    let plain = apposition
        .clone()
        .all(|t| !matches!(para.lower(t), "." | "?" | "!" | "«" | "»" | "„" | "“" | "\""));
    (opens && !others && plain).then_some((mention.person, colon))
}
