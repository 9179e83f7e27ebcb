//! Statements whose words stand in another sentence than the one naming the speaker: a sentence
//! that only attributes what came before ("Das sagte Bundespräsident Ignazio Cassis am
//! Donnerstag.", «Об этом заявил посол X», «Про це заявив посол X»), and reported speech that
//! goes on in the subjunctive without a new speech verb ("Es sei ein sehr würdiger Abschied
//! gewesen.").

use super::attribution::{speaker_end_before, speaker_ending_at, speaker_starting_at, Found, SpeakerRef};
use super::context::{is_speech, span_text, trim, Context};
use super::coref::{resolve, Focus};
use super::marks::Para;
use super::model::{Speaker, Statement};
use super::reported::{date_and_venue, default_date};
use crate::text::ParagraphKind;
use std::ops::Range;

/// The sentence before `sentence`: in its paragraph, or the last of the paragraph before (not a
/// headline or page furniture). (paragraph index, token range).
pub(super) fn sentence_before(cx: &Context, para: &Para, sentence: &Range<usize>) -> Option<(usize, Range<usize>)> {
    if let Some(k) = para.sentences.iter().position(|s| s.start == sentence.start) {
        if k > 0 {
            return Some((para.index, para.sentences[k - 1].clone()));
        }
    }
    let prev = cx.paras[..para.index]
        .iter()
        .rev()
        .find(|p| !p.tokens.is_empty())
        .filter(|p| matches!(p.kind, ParagraphKind::Body | ParagraphKind::Caption))?;
    Some((prev.index, prev.sentences.last()?.clone()))
}

/// Byte range of a sentence without its final punctuation and spaces.
fn sentence_bytes(cx: &Context, para: &Para, sentence: &Range<usize>) -> (usize, usize) {
    let a = para.tokens[sentence.start].start;
    let b = para.tokens[sentence.end - 1].end;
    let (a, b) = trim(cx.text, a, b);
    let end = cx.text[a..b].trim_end_matches(['.', '!', '?', '…']).len();
    (a, a + end)
}

/// "Das sagte X", «Об этом сообщил X», «Про це заявив X», "C'est ce qu'a déclaré X": a sentence
/// that opens with an anaphor of the words before it, then a speech verb and its speaker, and
/// says nothing else. The statement is the sentence before; its date and venue come from the
/// attributing sentence.
pub(super) fn anaphoric(cx: &Context, para: &Para, sentence: Range<usize>, focus: &Focus) -> Option<Statement> {
    let rules = &cx.pack.rules;
    let n = rules
        .anaphors
        .iter()
        .filter_map(|a| super::context::phrase_len_at(para, sentence.start, a))
        .max()?;
    let after = sentence.start + n;
    let verb = (after..(after + 10).min(sentence.end)).find_map(|v| is_speech(para, v))?;
    // "Das sagte X", "Об этом Песков сообщил": no clause stands between anaphor and verb.
    super::context::anaphor_opening(rules, para, sentence.start, verb.start)?;
    // The speaker between anaphor and verb ("Об этом Песков сообщил"), or after the verb.
    let end = speaker_end_before(rules, para, verb.start, after);
    let found = speaker_ending_at(cx, para, end, after)
        .filter(|f| f.span.start == after)
        .or_else(|| speaker_starting_at(cx, para, verb.end, sentence.end))
        .or_else(|| subject_later(cx, para, verb.end, sentence.end))?;
    let speaker = resolve(cx, &found.speaker, (para.index, found.span.start), focus)?;
    let Speaker::Person(_) = speaker else { return None };
    let (p, before) = sentence_before(cx, para, &sentence)?;
    let source = &cx.paras[p];
    // The sentence before must be words, not another person's attribution (an outlet that
    // carried them may be named: "…, передає Паляниця. Про це заявив посол …").
    let words = before.clone().filter(|&t| source.tokens[t].is_word()).count();
    let attributed = before.clone().any(|t| {
        is_speech(source, t).is_some()
            && cx
                .in_para(p)
                .any(|m| m.end + 3 >= t && m.start <= t + 4 && before.contains(&m.start))
    });
    if words < 4 || attributed {
        return None;
    }
    let text = sentence_bytes(cx, source, &before);
    let (date, venue) = date_and_venue(cx, para, sentence.clone());
    Some(Statement {
        speaker,
        speaker_words: span_text(cx, para, found.span),
        text,
        direct: false,
        date_stated: date.is_some(),
        date: date.or_else(|| default_date(cx, para, sentence.clone())),
        venue,
        evidence: (text.0, para.tokens[sentence.end - 1].end),
        rule: format!("{}.reported.anaphoric", cx.pack.lang.code()),
        caption: false,
    })
}

/// «Об этом сообщил ТАСС по итогам встречи директор театра Кирилл Крок»: the subject of an
/// attributing sentence may come after an outlet and a circumstance; the last person named
/// after the verb in the subject's form.
fn subject_later(cx: &Context, para: &Para, from: usize, to: usize) -> Option<Found> {
    let m = cx
        .in_para(para.index)
        .filter(|m| m.start >= from && m.end <= to && super::coref::salient(cx, m))
        .last()?;
    Some(Found {
        speaker: SpeakerRef::Person(m.person),
        span: m.start..m.end,
    })
}

/// "Polfer eröffnete die Sitzung mit einem Rückblick. Es sei ein sehr würdiger Abschied
/// gewesen.": where a language marks reported speech by its verb's mood, a sentence in that
/// mood without a speech verb goes on with what the last speaker said (the speaker of the
/// statement just before, or the person the sentence before is about).
pub(super) fn subjunctive(
    cx: &Context,
    para: &Para,
    sentence: Range<usize>,
    quoted: &[Range<usize>],
    before: Option<&Statement>,
) -> Option<Statement> {
    let rules = &cx.pack.rules;
    if rules.reported_mood_verbs.is_empty() {
        return None;
    }
    let inside_quote = |t: usize| quoted.iter().any(|q| q.contains(&t));
    let mood = sentence
        .clone()
        .any(|t| !inside_quote(t) && rules.reported_mood_verbs.contains(para.lower(t)));
    let speech = sentence.clone().any(|t| is_speech(para, t).is_some());
    if !mood || speech || sentence.clone().filter(|&t| para.tokens[t].is_word()).count() < 4 {
        return None;
    }
    // ("SPD-Vorsitzender Lars Klingbeil merkt an, dass alles gut sei": a main clause before the
    // first comma that names a person, the subjunctive after it, is that person's own report.)
    let first_mood = sentence
        .clone()
        .find(|&t| !inside_quote(t) && rules.reported_mood_verbs.contains(para.lower(t)))?;
    if let Some(comma) = (sentence.start..first_mood).find(|&t| para.lower(t) == ",") {
        if cx
            .in_para(para.index)
            .any(|m| m.start >= sentence.start && m.end <= comma)
        {
            return None;
        }
    }
    let (p, prev) = sentence_before(cx, para, &sentence)?;
    let source = &cx.paras[p];
    let prev_bytes = source.tokens[prev.start].start..source.tokens[prev.end - 1].end;
    // The statement just before, ending in the sentence before.
    let speaker = match before.filter(|s| prev_bytes.contains(&s.evidence.1.saturating_sub(1))) {
        Some(s) => s.speaker.clone(),
        // Else the person the sentence before opens with (its subject).
        // ("Zur Eröffnung der Sitzungen hatte Erbprinz Alois die Politiker zum Sparen
        // aufgerufen.": after a fronted phrase, the subject right after the auxiliary, a title
        // at most between.)
        None => {
            let head = (prev.start..(prev.start + 4).min(prev.end))
                .find_map(|t| cx.in_para(p).find(|m| m.start == t || m.start == t + 1))
                .or_else(|| {
                    let auxiliary = |t: usize| {
                        rules.auxiliaries.contains(source.lower(t))
                            || rules.perfect_auxiliaries.contains(source.lower(t))
                    };
                    let first_aux = (prev.start..prev.end).find(|&t| auxiliary(t))?;
                    cx.in_para(p)
                        .find(|m| m.start > first_aux && m.start <= first_aux + 3 && m.end <= prev.end)
                })?;
            Speaker::Person(head.person)
        }
    };
    let Speaker::Person(_) = speaker else { return None };
    let text = sentence_bytes(cx, para, &sentence);
    Some(Statement {
        speaker,
        speaker_words: String::new(),
        text,
        direct: false,
        date_stated: false,
        date: default_date(cx, para, sentence.clone()),
        venue: None,
        evidence: text,
        rule: format!("{}.reported.subjunctive-continued", cx.pack.lang.code()),
        caption: false,
    })
}
