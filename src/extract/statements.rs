//! Statements: who said what, when and where.
//!
//! Direct quotes take their speaker from the attribution after them ("…», he said"; "…»,
//! — сказал Лавров"; "…' TASS reported Shoigu as saying") or before them ("Lavrov said
//! today, '…'"), or continue the previous quote. Reported speech is a speaker beside a speech
//! verb ("X said that …", "…, X said", "according to X, …"), found in `reported`. The words
//! around the statement that are not the statement itself (its frame) give the date and the
//! venue.

use super::attribution::{attribution_after, attribution_before, speaker_end_before, speaker_ending_at};
use super::context::{is_speech, span_text, token_at, trim, trim_final_punct, Context};
use super::continued;
use super::coref::{initial_focus, resolve, resolve_sentence_pronouns};
use super::marks::Para;
use super::model::{Speaker, Statement, Venue, VenueKind};
use super::quotes::find_quotes;
use super::reported::{date_and_venue, default_date, embedded_quote, reported};
use crate::dates::PartialDate;
use crate::text::ParagraphKind;
use rustc_hash::FxHashMap as HashMap;
use std::ops::Range;

pub fn find_statements(cx: &Context) -> Vec<Statement> {
    let mut out: Vec<Statement> = Vec::new();
    // Persons in the order the article mentions them, for pronouns and role nouns.
    let mut focus = initial_focus(cx);
    let mut seq = cx.mentions.len();
    let mut last_direct: Option<(usize, Speaker, String)> = None;
    // The statement of earlier paragraphs ending last: with this paragraph's own statements, the
    // candidates for "the statement before this sentence", without rescanning the whole article.
    let mut earlier_last: Option<usize> = None;
    for para in cx.paras.iter().filter(|p| p.kind != ParagraphKind::Boilerplate) {
        resolve_sentence_pronouns(cx, para, &mut focus, &mut seq);
        let para_first = out.len();
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
            // A subheading set in quote marks ("‘Alternatives to plant closure’") is no one's
            // words; the quotes after it go on from the last speaker's as they did through it
            // (not through one of fewer than four words, which no rule ever took for a quote).
            if quoted_subheading(para, open_tok, close_tok, words) {
                if let Some((p, _, _)) = last_direct
                    .as_mut()
                    .filter(|(p, _, _)| *p + 1 >= para.index && words >= 4)
                {
                    *p = para.index;
                }
                continue;
            }
            // A short quote is a scare quote, unless a speech verb and a colon introduce it
            // ("said: «…»"; not a heading's "Stimmen aus der Politik: „…“").
            let introduced = open_tok > 1
                && para.lower(open_tok - 1) == ":"
                && (open_tok.saturating_sub(4)..open_tok - 1)
                    .any(|t| is_speech(para, t).is_some_and(|v| v.end == open_tok - 1));
            if words < 4 && !(introduced && words >= 2) {
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
            // ("“Have you got money for it?” Mr Riordan asked.": a quote that closes its
            // sentence, then a short sentence of its speaker and verb.)
            if found.is_none() && after.is_empty() && close_tok < para.tokens.len() {
                let next = para
                    .sentences
                    .iter()
                    .find(|r| r.start == close_sentence.end)
                    .filter(|r| r.end - r.start <= 12 && !quoted_in(para, r))
                    .cloned();
                if let Some(next) = next {
                    found = attribution_after(cx, para, next.clone())
                        .filter(|(f, _)| f.span.start == next.start || f.span.end <= next.start + 6)
                        .map(|(f, venue)| (f, venue, next, "quote.attribution-next-sentence"));
                }
            }
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
            let opens_sentence = before.clone().filter(|&t| para.tokens[t].is_word()).count() <= 1
                && (before.is_empty() || para.lower(open_tok.saturating_sub(1)) == ":");
            let from_previous = (found.is_none() && opens_sentence)
                .then(|| previous_speaker(cx, para, &open_sentence))
                .flatten();
            // Without a verb of saying beside it, a quote whose own sentence is nothing else goes
            // to the one person the sentence before names ("Moderatorin Christine Haiden spendete
            // … Trost. „60 ist das neue 40.“"); one after a colon, to the one person the clause
            // before the colon names ("… stößt bei Grünen-Klubobfrau Sandra Krautwaschl auf
            // scharfe Kritik: „…“"); neither where that sentence or clause quotes something.
            // (The colon's clause only in the body: a headline's "Idriss Diallo (FIF) : « … »"
            // repeats words the body gives.)
            let alone = !after.clone().any(|t| para.tokens[t].is_word());
            let unattributed = !after.clone().any(|t| is_speech(para, t).is_some());
            let introducer = if found.is_some() || from_previous.is_some() {
                None
            } else if opens_sentence && alone {
                sole_person_before(cx, para, &open_sentence).map(|(p, w)| (p, w, "quote.after-subject-sentence"))
            } else if open_tok > open_sentence.start
                && para.lower(open_tok - 1) == ":"
                && unattributed
                && para.kind == ParagraphKind::Body
            {
                let clause = open_sentence.start..open_tok - 1;
                // (A clause naming no one may open with the post its holder is known by: "La
                // ministre a d'ailleurs tenu à souligner ce lien … : « … »".)
                let by_title = || {
                    let f =
                        super::attribution::speaker_starting_at(cx, para, clause.start, clause.end).filter(|f| {
                            matches!(
                                f.speaker,
                                super::attribution::SpeakerRef::Role { indefinite: false, .. }
                            )
                        })?;
                    match resolve(cx, &f.speaker, (para.index, f.span.start), &focus)? {
                        Speaker::Person(p) => Some((p, span_text(cx, para, f.span.clone()))),
                        _ => None,
                    }
                };
                let named_here = cx.in_para(para.index).any(|m| clause.contains(&m.start));
                (!quoted_in(para, &clause))
                    .then(|| {
                        if named_here {
                            one_person_named(cx, para, &clause)
                        } else {
                            by_title()
                        }
                    })
                    .flatten()
                    .map(|(p, w)| (p, w, "quote.after-colon-clause"))
            } else {
                None
            };
            let (speaker, words_of_speaker, frame, rule, venue) = match (found, from_previous) {
                // "“… Senator Trillanes went on a trip …,” he pointed out": a pronoun after a quote
                // refers to someone before it; the persons the quote names are not its speaker.
                (Some((f, venue, frame, rule)), _) => match resolve(
                    cx,
                    &f.speaker,
                    (
                        para.index,
                        if f.span.start > close_tok {
                            open_tok
                        } else {
                            f.span.start
                        },
                    ),
                    &focus,
                ) {
                    Some(s) => (s, span_text(cx, para, f.span.clone()), frame, rule.to_string(), venue),
                    None => continue,
                },
                // "…, sagte Cassis. Und: „Es ist eine Genugtuung …“": a quote that opens its
                // sentence (after "and:" at most) right after a sentence whose speech verb has its
                // speaker beside it goes on with that speaker.
                (None, Some(f)) => match resolve(cx, &f.speaker, (para.index, f.span.start), &focus) {
                    Some(s) => (
                        s,
                        span_text(cx, para, f.span.clone()),
                        0..0,
                        "quote.after-speaker-sentence".to_string(),
                        None,
                    ),
                    None => continue,
                },
                (None, None) if introducer.is_some() => {
                    let (person, words, rule) = introducer.clone().unwrap_or_default();
                    (Speaker::Person(person), words, 0..0, rule.to_string(), None)
                }
                (None, None) => match (&last_direct, introduced_by_previous(cx, para, open_tok)) {
                    // "Кінзінгер висловився так:" / "X believes relations will remain strong:"
                    // closing the paragraph before: the quote opening this one is that person's.
                    (_, Some((person, words))) => (
                        Speaker::Person(person),
                        words,
                        0..0,
                        "quote.introduced".to_string(),
                        None,
                    ),
                    // No attribution: the quote goes on from the previous one (not where a verb
                    // of saying after it and another person's name give a speaker the rules
                    // could not read: «…», - подчеркнул ассистент Быкова Игорь Захаркин).
                    // (Nor where a verb of saying and a colon introduce it with a speaker the
                    // rules could not read: "The CJP replied: “…”".)
                    (Some((p, s, w)), None)
                        if *p + 1 >= para.index
                            && !(after.clone().any(|t| is_speech(para, t).is_some())
                                && cx
                                    .in_para(para.index)
                                    .any(|m| after.contains(&m.start) && Speaker::Person(m.person) != *s))
                            && !introduced_by_unread(para, open_tok) =>
                    {
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
            last_direct = Some((para.index, speaker.clone(), words_of_speaker));
            // What follows a quote in its sentence may be another speaker's clause.
            let rest = close_tok + 1..close_sentence.end;
            if rest.len() > 4
                && cx
                    .pack
                    .rules
                    .contrast_conjunctions
                    .contains(para.lower(rest.start + usize::from(para.lower(rest.start) == ",")))
            {
                if let Some(mut s) = reported(cx, para, rest, &quoted_tokens, &focus) {
                    s.caption = caption;
                    out.push(s);
                }
            }
            // "X told the board that …, adding: «…»": the clause reported before the quote is
            // the same speaker's statement too.
            // (Only where a comma and a verb of saying stand before the colon: ", adding:".)
            let adding = (open_tok > open_sentence.start + 6 && para.lower(open_tok - 1) == ":")
                .then(|| {
                    (open_tok.saturating_sub(4)..open_tok - 1)
                        .rev()
                        .find(|&c| para.lower(c) == ",")
                })
                .flatten()
                .filter(|&c| is_speech(para, c + 1).is_some_and(|v| v.end == open_tok - 1));
            if let Some(comma) = adding {
                if let Some(mut s) = reported(cx, para, open_sentence.start..comma, &quoted_tokens, &focus)
                    .filter(|s| s.speaker == speaker && s.text.1 <= q.open)
                {
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
                // (Not the quote's own speaker: inside their words they are "I", and "He said
                // …" there is someone else: "I have spoken to him and he flatly denied …" is the
                // last other person of that gender spoken of before.)
                if s.speaker == speaker {
                    let rules = &cx.pack.rules;
                    let words = s.speaker_words.to_lowercase();
                    let gender = if rules.male_pronouns.contains(&words) {
                        Some(crate::lang::Gender::Male)
                    } else if rules.female_pronouns.contains(&words) {
                        Some(crate::lang::Gender::Female)
                    } else {
                        None
                    };
                    let at = (para.index, open_tok);
                    let other = gender.and_then(|g| {
                        focus.range(..=(at, usize::MAX)).rev().map(|(_, (p, _))| *p).find(|&p| {
                            Speaker::Person(p) != speaker
                                && (cx.persons[p].gender == g || cx.persons[p].gender == crate::lang::Gender::Unknown)
                        })
                    });
                    if let Some(p) = other {
                        s.speaker = Speaker::Person(p);
                        s.speaker_words = String::new();
                    }
                }
                if matches!(s.speaker, Speaker::Person(_)) && s.speaker != speaker {
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
            if let Some(mut s) = continued::anaphoric(cx, para, sentence.clone(), &focus) {
                s.caption = caption;
                out.push(s);
                continue;
            }
            let found_before = out.len();
            // "X said …, while Y said …": one statement per speaker.
            let mut from = sentence.start;
            while let Some(mut s) = reported(cx, para, from..sentence.end, &quoted_tokens, &focus) {
                s.caption = caption;
                if let Speaker::Person(p) = s.speaker {
                    seq += 1;
                    // After the words said: the speaker, not a name in the frame before it
                    // ("Pressed by Pearse Doherty on …, Mr Varadkar stressed that …"), is the
                    // last one spoken of.
                    let after = token_at(para, s.text.1.saturating_sub(1)).max(from);
                    focus.insert(((para.index, after), seq), (p, true));
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
            // "Before Acting Premier James Merlino's announcement that Victoria would enter a
            // lockdown, Mr Riordan asked …": words said, named by a noun after the speaker's
            // possessive, beside the sentence's own statement.
            for mut s in super::reported::possessive_speech_nouns(cx, para, sentence.clone(), &focus) {
                if !out[found_before..]
                    .iter()
                    .any(|o| o.text.0 < s.text.1 && s.text.0 < o.text.1)
                {
                    s.caption = caption;
                    out.push(s);
                }
            }
            if out.len() == found_before {
                let sentence_start = para.tokens[sentence.start].start;
                let before = earlier_last
                    .into_iter()
                    .chain(para_first..out.len())
                    .map(|k| &out[k])
                    .filter(|s| s.evidence.1 <= sentence_start)
                    .max_by_key(|s| s.evidence.1);
                if let Some(mut s) = continued::subjunctive(cx, para, sentence.clone(), &quoted_tokens, before) {
                    s.caption = caption;
                    out.push(s);
                }
            }
        }
        // A quote without attribution in the next paragraph goes on from the last statement
        // of this one, reported or quoted ("X said he … .\n\n"…"").
        let para_bytes = para_range.clone();
        if let Some(last) = out[para_first..]
            .iter()
            .filter(|s| para_bytes.contains(&s.evidence.0) && matches!(s.speaker, Speaker::Person(_)))
            .max_by_key(|s| s.evidence.1)
        {
            last_direct = Some((para.index, last.speaker.clone(), last.speaker_words.clone()));
        }
        for k in para_first..out.len() {
            if earlier_last.is_none_or(|e| out[k].evidence.1 >= out[e].evidence.1) {
                earlier_last = Some(k);
            }
        }
    }
    // Quotes are found before reported speech in each paragraph; venues pass on in text order.
    out.sort_by_key(|s| (s.evidence.0, s.text.0));
    let paragraph_of = |byte: usize| super::marks::para_at(cx.paras, byte).map_or(0, |p| p.index);
    participle_continuations(cx, &mut out);
    from_previous_sentence(cx, &mut out);
    inherit_dates(&mut out, paragraph_of);
    lead_date(cx, &mut out);
    inherit_venues(&mut out);
    scene_venues(cx, &mut out);
    venues_back_in_paragraph(&mut out, paragraph_of);
    dash_attributed_paragraphs(cx, &mut out);
    drop_headline_repeats(cx, &mut out);
    out.sort_by_key(|s| (s.evidence.0, s.text.0));
    out
}

/// A paragraph that is only a short quote (`words` words) with no stop inside its marks
/// ("‘Alternatives to plant closure’"): a subheading set in quote marks, not words said.
fn quoted_subheading(para: &Para, open_tok: usize, close_tok: usize, words: usize) -> bool {
    let last = para.tokens.len().saturating_sub(1);
    let alone = open_tok == 0 && (close_tok == last || (close_tok + 1 == last && para.lower(last) == "."));
    let stop = close_tok > 0 && matches!(para.lower(close_tok - 1), "." | "!" | "?" | "…");
    alone && words <= 6 && !stop
}

/// A headline's statement is its speaker's words cut short and rewritten by the desk
/// ("Vlavonou condamne le coup d'Etat"): where the body gives the same speaker's statements,
/// those are the statements, and the headline adds none of its own. (A speaker the body never
/// quotes keeps the headline's words: they are all the article gives.)
fn drop_headline_repeats(cx: &Context, out: &mut Vec<Statement>) {
    let in_headline =
        |s: &Statement| super::marks::para_at(cx.paras, s.text.0).is_some_and(|p| p.kind == ParagraphKind::Headline);
    let body_speakers: Vec<Speaker> = out
        .iter()
        .filter(|s| !in_headline(s))
        .map(|s| s.speaker.clone())
        .collect();
    out.retain(|s| !in_headline(s) || !body_speakers.contains(&s.speaker));
}

/// The marks that open or close a quotation: a paragraph holding one is quoted words, not speech
/// set off by a dash.
const QUOTE_MARKS: [char; 6] = ['«', '»', '"', '“', '”', '„'];

/// «Спочатку відбулась розмова … . Калитвинцев попрощався з командою, — сказав Денисов.»: where
/// the words before a dash and the attribution that closes a paragraph are its last sentence,
/// the sentences before them in the paragraph are the same speaker's words too, when nothing
/// else in the paragraph is said or quoted.
fn dash_attributed_paragraphs(cx: &Context, statements: &mut Vec<Statement>) {
    let mut continued: Vec<Statement> = Vec::new();
    for k in 0..statements.len() {
        let s = &statements[k];
        if s.direct || !s.rule.ends_with("verb-speaker-after-clause") {
            continue;
        }
        let Some(para) = super::marks::para_at(cx.paras, s.text.0) else {
            continue;
        };
        let (Some(first), Some(last)) = (para.tokens.first(), para.tokens.last()) else {
            continue;
        };
        let (para_start, para_end) = (first.start, last.end);
        // The dash right after the words, and the attribution closing the paragraph.
        let after = cx.text[s.text.1..s.evidence.1.max(s.text.1)].trim_start_matches([',', ' ', '"', '»', '”']);
        let dashed = after.starts_with(['—', '–']);
        let closes = cx.text[s.evidence.1.min(para_end)..para_end]
            .trim_matches(['.', ' '])
            .is_empty();
        let before = &cx.text[para_start..s.text.0];
        let quoted = before.contains(QUOTE_MARKS);
        let other_said = statements
            .iter()
            .enumerate()
            .any(|(j, o)| j != k && o.evidence.0 < s.text.0 && o.evidence.1 > para_start);
        if dashed && closes && !quoted && !other_said && !before.trim().starts_with(['—', '–']) {
            if s.text.0 > para_start {
                let (a, _) = super::context::trim(cx.text, para_start, s.text.1);
                statements[k].text.0 = a;
                statements[k].evidence.0 = statements[k].evidence.0.min(a);
            }
            // (And the paragraphs between it and the one that opened the speech with a dash,
            // the same speaker's: "— Те, що … . ¶ Це непроста ситуація … . ¶ …, — сказав X.")
            continued.extend(paragraphs_of_the_speech(cx, statements, k, para.index));
        }
    }
    statements.extend(continued);
}

/// The paragraphs before paragraph `closing` that nothing is said or quoted in, back to one that
/// opens with a dash and holds a statement of the same speaker as statement `k`: each one his.
fn paragraphs_of_the_speech(cx: &Context, statements: &[Statement], k: usize, closing: usize) -> Vec<Statement> {
    let s = &statements[k];
    let mut middle: Vec<&Para> = Vec::new();
    for index in (closing.saturating_sub(4)..closing).rev() {
        let para = &cx.paras[index];
        let (Some(first), Some(last)) = (para.tokens.first(), para.tokens.last()) else {
            return Vec::new();
        };
        if para.kind != ParagraphKind::Body {
            return Vec::new();
        }
        let (start, end) = (first.start, last.end);
        let said: Vec<&Statement> = statements
            .iter()
            .filter(|o| o.evidence.0 < end && o.evidence.1 > start)
            .collect();
        if !said.is_empty() {
            let opened = matches!(para.lower(0), "—" | "–") && said.iter().all(|o| o.speaker == s.speaker);
            if !opened {
                return Vec::new();
            }
            return middle
                .into_iter()
                .map(|p| {
                    let a = p.tokens[0].start;
                    let b = p.tokens[p.tokens.len() - 1].end;
                    let (a, b) = super::context::trim(cx.text, a, b);
                    Statement {
                        speaker: s.speaker.clone(),
                        speaker_words: s.speaker_words.clone(),
                        text: (a, b),
                        direct: true,
                        date_stated: s.date_stated,
                        date: s.date,
                        venue: s.venue.clone(),
                        evidence: (a, b),
                        rule: format!("{}.quote.dash-continued", cx.pack.lang.code()),
                        caption: false,
                    }
                })
                .collect();
        }
        if cx.text[start..end].contains(QUOTE_MARKS) {
            return Vec::new();
        }
        middle.push(para);
    }
    Vec::new()
}

/// A statement without a venue, followed in its paragraph by one of the same speaker's that
/// names where it was said ("X said the talks were over. 'We will not yield,' he told the
/// Dáil."): one scene, said there. Not past another speaker's statement between them.
fn venues_back_in_paragraph(statements: &mut [Statement], paragraph_of: impl Fn(usize) -> usize) {
    for k in (0..statements.len()).rev() {
        let Some(v) = statements[k].venue.clone().filter(|v| v.kind != VenueKind::Audience) else {
            continue;
        };
        let Speaker::Person(p) = statements[k].speaker else {
            continue;
        };
        let para = paragraph_of(statements[k].evidence.0);
        for j in (0..k).rev() {
            let s = &mut statements[j];
            if paragraph_of(s.evidence.0) != para || s.speaker != Speaker::Person(p) {
                break;
            }
            if s.venue.is_none() && !s.rule.ends_with("inner-report") {
                s.venue = Some(v.clone());
            }
        }
    }
}

/// The speaker of the sentence before `sentence` in its paragraph, when it is one person named
/// beside a speech verb ("…, sagte Cassis.", "Smith said."), not a quote of its own.
fn previous_speaker(cx: &Context, para: &Para, sentence: &Range<usize>) -> Option<super::attribution::Found> {
    let k = para.sentences.iter().position(|s| s.start == sentence.start)?;
    let prev = para.sentences.get(k.checked_sub(1)?)?.clone();
    let f = attribution_before(cx, para, prev).map(|(f, _)| f)?;
    matches!(f.speaker, super::attribution::SpeakerRef::Person(_)).then_some(f)
}

/// The one person the sentence before `sentence` in its paragraph names, when it quotes
/// nothing, with the words naming them.
fn sole_person_before(cx: &Context, para: &Para, sentence: &Range<usize>) -> Option<(usize, String)> {
    let k = para.sentences.iter().position(|s| s.start == sentence.start)?;
    let prev = para.sentences.get(k.checked_sub(1)?)?.clone();
    if quoted_in(para, &prev) {
        return None;
    }
    one_person_named(cx, para, &prev)
}

/// The one person a sentence names (however often), with the words of its first mention.
fn one_person_named(cx: &Context, para: &Para, sentence: &Range<usize>) -> Option<(usize, String)> {
    let mut named = cx
        .in_para(para.index)
        .filter(|m| sentence.start <= m.start && m.end <= sentence.end);
    let first = named.next()?;
    if named.any(|m| m.person != first.person) {
        return None;
    }
    Some((first.person, span_text(cx, para, first.start..first.end)))
}

/// A quote that opens its paragraph, after a paragraph whose last sentence ends with a colon and
/// names one person ("Адам Кінзінгер, конгресмен-республіканець, вірить, що …:"): that person
/// and the words naming them.
fn introduced_by_previous(cx: &Context, para: &Para, open_tok: usize) -> Option<(usize, String)> {
    if open_tok != 0 || para.index == 0 {
        return None;
    }
    let previous = cx.paras.get(para.index - 1).filter(|p| p.kind == ParagraphKind::Body)?;
    let last = previous.tokens.len().checked_sub(1)?;
    if previous.lower(last) != ":" {
        return None;
    }
    one_person_named(cx, previous, &previous.sentence_of(last))
}

/// "Das Landgericht Halle hat gestern einen Richter freigesprochen. … sagte die Vorsitzende
/// Richterin": the day the lead paragraph reports is the story's, and a statement that gives no
/// day of its own was made then rather than on the day of publication. Only the first date of the
/// lead's first sentence, a day in the week before publication, counts.
fn lead_date(cx: &Context, statements: &mut [Statement]) {
    let Some(published) = cx.published else { return };
    let Some(p) = published.to_naive() else { return };
    let Some(lead) = cx
        .paras
        .iter()
        .find(|para| para.kind == ParagraphKind::Body && para.tokens.iter().filter(|t| t.is_word()).count() >= 8)
    else {
        return;
    };
    // The lead's first sentence reports the story; later ones recall or announce other days.
    // (A dateline may stand as a sentence of its own: "Halle/MZ. - Das Landgericht …".)
    let opening = lead
        .sentences
        .iter()
        .find(|s| (*s).clone().filter(|&t| lead.tokens[t].is_word()).count() >= 5)
        .cloned()
        .unwrap_or(0..lead.tokens.len());
    let first = crate::dates::find_dates(&lead.tokens, opening, &cx.pack.rules)
        .into_iter()
        .next()
        .and_then(|d| d.value.resolve(cx.published));
    let Some(day) = first.filter(|d| d.to_naive().is_some_and(|n| n < p && (p - n).num_days() <= 7)) else {
        return;
    };
    for s in statements
        .iter_mut()
        .filter(|s| !s.date_stated && s.date == Some(published))
    {
        s.date = Some(day);
    }
}

/// The byte spans of the statements' words, sorted, with the furthest any reaches so far at
/// each: whether a span holds some statement's words is a binary search.
struct SaidSpans {
    spans: Vec<(usize, usize)>,
    reach: Vec<usize>,
}

impl SaidSpans {
    fn of(statements: &[Statement]) -> SaidSpans {
        let mut spans: Vec<(usize, usize)> = statements.iter().map(|s| s.text).collect();
        spans.sort_unstable();
        let mut far = 0;
        let reach = spans
            .iter()
            .map(|&(_, b)| {
                far = far.max(b);
                far
            })
            .collect();
        SaidSpans { spans, reach }
    }

    /// Whether bytes `a..b` overlap some statement's words.
    fn overlaps(&self, a: usize, b: usize) -> bool {
        // Statements starting before `b`; the furthest any of them reaches.
        let k = self.spans.partition_point(|&(start, _)| start < b);
        k > 0 && self.reach[k - 1] > a
    }
}

/// "Netanjahu hat am Sonntag in einer Fernsehansprache einen Krieg angekündigt. „Wir werden
/// gewinnen“, sagte Netanjahu.": a statement that names no day (or place) of its own was made
/// on the day, and at the event, the sentence before it gives for the same person.
pub(super) fn from_previous_sentence(cx: &Context, statements: &mut [Statement]) {
    // Words of statements: a sentence holding some is a statement's own frame, whose date and
    // venue pass on with that statement (`inherit_dates`, `inherit_venues`), not as a scene.
    let said = SaidSpans::of(statements);
    for s in statements.iter_mut().filter(|s| !s.date_stated || weak_venue(&s.venue)) {
        let Speaker::Person(p) = s.speaker else { continue };
        let Some(para) = super::marks::para_at(cx.paras, s.evidence.0) else {
            continue;
        };
        let Some(here) = para
            .sentences
            .iter()
            .find(|r| {
                para.tokens.get(r.start).is_some_and(|t| t.start <= s.evidence.0)
                    && para.tokens.get(r.end - 1).is_some_and(|t| t.end > s.evidence.0)
            })
            .cloned()
        else {
            continue;
        };
        // The scene is the sentence before, in this paragraph or the one before, when it is
        // about the same person ("Brandt spoke at a press conference in Oslo. 'We will not
        // yield,' he said."); another person's sentence is another scene.
        let Some((p_before, before)) = super::continued::sentence_before(cx, para, &here) else {
            continue;
        };
        let names_speaker = cx.in_para(p_before).any(|m| m.person == p && before.contains(&m.start));
        let source = &cx.paras[p_before];
        let bytes = source.tokens[before.start].start..source.tokens[before.end - 1].end;
        let holds_words = said.overlaps(bytes.start, bytes.end);
        if !names_speaker || holds_words {
            continue;
        }
        let (date, venue) = date_and_venue(cx, &cx.paras[p_before], before);
        if let (Some(d), false) = (date, s.date_stated) {
            s.date = Some(d);
            s.date_stated = true;
        }
        if weak_venue(&s.venue) && venue.is_some() {
            s.venue = venue;
        }
    }
}

/// "Lai Mohammed proposed the time limit during a round-table with German museum directors. …
/// Mohammed said Germany had agreed …": a sentence that names persons and an event, and holds
/// no statement's words, sets the scene of their later statements that name no
/// venue of their own (nor pass one on), up to the next scene that names them. Only events:
/// a place or an outlet named once says less about where later words were said.
pub(super) fn scene_venues(cx: &Context, statements: &mut [Statement]) {
    let said = SaidSpans::of(statements);
    // (Where each scene begins, whose it is, and its venue; in text order.)
    let mut scenes: Vec<(usize, usize, Venue)> = Vec::new();
    for para in cx.paras.iter().filter(|p| p.kind == ParagraphKind::Body) {
        for sentence in &para.sentences {
            let persons = persons_in(cx, para, sentence);
            if persons.is_empty() {
                continue;
            }
            let bytes = para.tokens[sentence.start].start..para.tokens[sentence.end - 1].end;
            if said.overlaps(bytes.start, bytes.end) {
                continue;
            }
            // (Everyone the sentence names was there: "the meeting between A and B".)
            // (Not a body's noun alone: "élus au Conseil national" names no scene.)
            let scene = |v: &Venue| {
                v.kind == VenueKind::Event
                    && (v.label.contains(' ') || !cx.pack.rules.org_heads.contains(&v.label.to_lowercase()))
            };
            if let Some(v) = super::venues::find_venue(cx, para, sentence.clone()).filter(scene) {
                scenes.extend(persons.into_iter().map(|p| (bytes.start, p, v.clone())));
            }
        }
    }
    scenes.extend(anaphor_scenes(cx, statements, &said));
    scenes.sort_by_key(|(at, _, _)| *at);
    if scenes.is_empty() {
        return;
    }
    for s in statements.iter_mut().filter(|s| weak_venue(&s.venue)) {
        let Speaker::Person(p) = s.speaker else { continue };
        if let Some((_, _, v)) = scenes
            .iter()
            .filter(|(at, who, _)| *who == p && *at <= s.evidence.0)
            .last()
        {
            s.venue = Some(v.clone());
        }
    }
}

/// The persons a sentence names, each once.
fn persons_in(cx: &Context, para: &Para, sentence: &std::ops::Range<usize>) -> Vec<usize> {
    let mut persons: Vec<usize> = cx
        .in_para(para.index)
        .filter(|m| sentence.start <= m.start && m.start < sentence.end)
        .map(|m| m.person)
        .collect();
    persons.sort_unstable();
    persons.dedup();
    persons
}

/// «Про це він заявив в інтерв'ю телеканалу "Дім".», "This was said by X in an interview with
/// Y": a sentence that refers back to words said and names where it was said (an interview,
/// an outlet, a medium, an event), and holds no statement's words, sets the scene of its
/// speaker's statements from the one it refers to onwards. Its speaker is the one person it
/// names, else, where a pronoun is its subject, the speaker of the statement right after it,
/// else of the one before.
fn anaphor_scenes(cx: &Context, statements: &[Statement], said: &SaidSpans) -> Vec<(usize, usize, Venue)> {
    let rules = &cx.pack.rules;
    let mut scenes = Vec::new();
    let person_of = |s: &Statement| match s.speaker {
        Speaker::Person(p) => Some(p),
        Speaker::Organisation(_) => None,
    };
    for para in cx.paras.iter().filter(|p| p.kind == ParagraphKind::Body) {
        for sentence in &para.sentences {
            let Some(verb) = (sentence.start..sentence.end).find(|&t| is_speech(para, t).is_some()) else {
                continue;
            };
            if super::context::anaphor_opening(rules, para, sentence.start, verb).is_none() {
                continue;
            }
            let bytes = para.tokens[sentence.start].start..para.tokens[sentence.end - 1].end;
            if said.overlaps(bytes.start, bytes.end) {
                continue;
            }
            let Some(venue) = super::venues::find_venue(cx, para, sentence.clone())
                .filter(|v| matches!(v.kind, VenueKind::Outlet | VenueKind::Medium | VenueKind::Event))
            else {
                continue;
            };
            let named = persons_in(cx, para, sentence);
            let before = statements
                .iter()
                .filter(|s| s.evidence.1 <= bytes.start)
                .max_by_key(|s| s.evidence.1);
            let after = statements
                .iter()
                .filter(|s| s.evidence.0 >= bytes.end)
                .min_by_key(|s| s.evidence.0);
            // (A pronoun, not a channel or a title: «Об этом сообщил Telegram-канал» names the
            // source of a fact, not the scene of someone's words.)
            let pronoun = (sentence.start..verb + 2).any(|t| {
                let w = para.lower(t);
                rules.male_pronouns.contains(w) || rules.female_pronouns.contains(w)
            });
            let speaker = match named.as_slice() {
                [p] => Some(*p),
                [] if pronoun => after.and_then(person_of).or_else(|| before.and_then(person_of)),
                _ => None,
            };
            let Some(p) = speaker else { continue };
            // (From the words it refers to, when they are that speaker's.)
            let from = before
                .filter(|s| person_of(s) == Some(p))
                .map_or(bytes.start, |s| s.evidence.0);
            scenes.push((from, p, venue));
        }
    }
    scenes
}

/// "Le festival sera national, a assuré le ministre, estimant que le rôle du secteur est …":
/// a participle of saying and "that" after a statement's attribution go on with its speaker's
/// words, to the sentence's end.
fn participle_continuations(cx: &Context, statements: &mut Vec<Statement>) {
    let rules = &cx.pack.rules;
    let mut added = Vec::new();
    for s in statements.iter() {
        let Some(para) = super::marks::para_at(cx.paras, s.text.0) else {
            continue;
        };
        // (Tokens are in text order: a search, not a scan per statement.)
        let after = para.tokens.partition_point(|t| t.start < s.text.1);
        if after >= para.tokens.len() {
            continue;
        }
        let sentence = para.sentence_of(after.saturating_sub(1));
        // (", estimant que", ", en précisant que", ", adding that", ", добавив, что": the
        // token where the words begin.)
        let participle_at = |k: usize| {
            let p = if para.lower(k + 1) == "en" { k + 2 } else { k + 1 };
            let that = if para.lower(p + 1) == "," { p + 2 } else { p + 1 };
            (para.lower(k) == ","
                && para.lower(p) != "en"
                && rules.speech_participles.contains(para.lower(p))
                && rules.complementizers.contains(para.lower(that)))
            .then_some(that + 1)
        };
        let Some((k, from)) = (after..sentence.end.saturating_sub(3)).find_map(|k| participle_at(k).map(|f| (k, f)))
        else {
            continue;
        };
        let content = trim_final_punct(para, from..sentence.end);
        if (from..content).filter(|&t| para.tokens[t].is_word()).count() < 3 {
            continue;
        }
        let text = (para.tokens[from].start, para.tokens[content - 1].end);
        if statements.iter().any(|o| o.text.0 < text.1 && text.0 < o.text.1) {
            continue;
        }
        let mut c = s.clone();
        c.text = text;
        c.evidence = (para.tokens[k + 1].start, text.1);
        c.direct = false;
        c.rule.push_str("+participle");
        added.push(c);
    }
    statements.extend(added);
    statements.sort_by_key(|s| (s.evidence.0, s.text.0));
}

/// A quote right after a colon that closes a clause with a verb of saying ("The CJP replied:").
fn introduced_by_unread(para: &Para, open_tok: usize) -> bool {
    open_tok >= 2
        && para.lower(open_tok - 1) == ":"
        && (open_tok.saturating_sub(4)..open_tok - 1).any(|t| is_speech(para, t).is_some())
}

/// No venue, or only the press it was said to: a scene's venue or the speaker's last one is
/// better ("…, — заявила она депутатам" after "выступила в Госдуме").
fn weak_venue(v: &Option<Venue>) -> bool {
    v.as_ref().is_none_or(|v| v.kind == VenueKind::Audience)
}

/// A second speaker inside a statement's words ("…, while US Ambassador Linda Thomas-Greenfield
/// said …"): the token where that clause starts and the byte where the first statement ends.
pub(super) fn second_speaker(cx: &Context, para: &Para, s: &Statement) -> Option<(usize, usize)> {
    let tokens: Vec<usize> = (0..para.tokens.len())
        .filter(|&t| para.tokens[t].start >= s.text.0 && para.tokens[t].end <= s.text.1)
        .collect();
    let (first, last) = (*tokens.first()?, *tokens.last()?);
    // ("While newcomer Krystal Lee complained of sewage problems, Deputy Mayor Jason James
    // called for …": a sentence opened by "while" has its second clause after a comma.)
    let opened_by_contrast = cx
        .pack
        .rules
        .contrast_conjunctions
        .contains(para.lower(para.sentence_of(first).start));
    for t in first + 1..=last {
        let clause_break = para.lower(t) == ";"
            || cx.pack.rules.contrast_conjunctions.contains(para.lower(t))
            || (opened_by_contrast && para.lower(t) == ",");
        if !clause_break {
            continue;
        }
        for v in t + 1..(t + 12).min(last + 1) {
            if is_speech(para, v).is_none() {
                continue;
            }
            let end = speaker_end_before(&cx.pack.rules, para, v, t + 1);
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
/// day (or after a run of theirs that follows one), was made that day ("X said on Tuesday that
/// … . "…," X said").
pub(super) fn inherit_dates(statements: &mut [Statement], paragraph_of: impl Fn(usize) -> usize) {
    let mut last: HashMap<usize, (PartialDate, usize)> = HashMap::default();
    for s in statements.iter_mut() {
        let Speaker::Person(p) = s.speaker else { continue };
        let para = paragraph_of(s.evidence.0);
        match (s.date_stated, s.date) {
            (true, Some(d)) => {
                last.insert(p, (d, para));
            }
            _ => {
                // (A run of the speaker's paragraphs shares the day: each passes it on.)
                if let Some(&(d, at)) = last.get(&p) {
                    if para <= at + 1 {
                        s.date = Some(d);
                        last.insert(p, (d, para));
                    }
                }
            }
        }
    }
}

/// A statement without a venue of its own was said where the same speaker's previous one was
/// ("In an interview with X, Lavrov said … . ‘…’, he said").
pub(super) fn inherit_venues(statements: &mut [Statement]) {
    let mut last: HashMap<usize, Venue> = HashMap::default();
    for s in statements.iter_mut() {
        let Speaker::Person(p) = s.speaker else { continue };
        if s.rule.ends_with("inner-report") {
            continue;
        }
        // The speaker's last venue stands for one not given, and a stronger one for the press
        // alone; the press alone is passed on only where nothing stronger was given.
        let known = last.get(&p).cloned();
        let stronger = |v: &Venue| v.kind != VenueKind::Audience;
        match (&s.venue, known) {
            (None, Some(k)) => s.venue = Some(k),
            (Some(v), Some(k)) if !stronger(v) && stronger(&k) => s.venue = Some(k),
            (Some(v), k) if stronger(v) || k.is_none() => {
                last.insert(p, v.clone());
            }
            _ => {}
        }
    }
}

/// When a reported clause opens with a quotation mark, the words up to its closing mark.
pub(super) fn inner_quoted(text: &str, (a, b): (usize, usize)) -> (usize, usize) {
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

/// Whether a sentence holds a quote mark (its own quote: not the attribution of another).
fn quoted_in(para: &Para, sentence: &Range<usize>) -> bool {
    sentence.clone().any(|t| super::context::is_quote_mark(para.lower(t)))
}

#[cfg(test)]
mod tests {
    use crate::document::{Document, DocumentOptions};
    use crate::extract::model::Speaker;
    use crate::lang::Lang;

    /// The words of each statement, with whether its speaker is the person named `name`.
    fn statements(text: &str, name: &str) -> Vec<(String, bool)> {
        let options = DocumentOptions {
            lang: Some(Lang::En),
            ..Default::default()
        };
        let doc = Document::new("t.txt", text.to_string(), &options).unwrap();
        let x = crate::extract::extract(&doc);
        x.statements
            .iter()
            .map(|s| {
                let by = matches!(s.speaker, Speaker::Person(p) if x.persons[p].full_name() == name);
                (doc.text[s.text.0..s.text.1].to_string(), by)
            })
            .collect()
    }

    #[test]
    fn third_person_inside_a_quote_is_not_its_speaker() {
        let text = "Published: 2008-02-18\n\nGraham Alden said the newspaper had behaved badly.\n\n\"In putting a gun to his head, I asked the chief constable if he felt he had been blackmailed. He said [he] would use the term 'extreme duress'.\n";
        let found = statements(text, "Graham Alden");
        assert!(
            found.iter().any(|(w, by)| *by && w.starts_with("In putting")),
            "{found:?}"
        );
        // (The words he reported are in the quote, but no statement of Alden's of their own.)
        let inner = |w: &str| w.contains("would use the term") && !w.starts_with("In putting");
        assert!(!found.iter().any(|(w, by)| *by && inner(w)), "{found:?}");
    }

    #[test]
    fn a_subheading_in_quote_marks_is_no_statement_and_the_quotes_go_on() {
        let text = "Published: 2015-10-16\n\nUnion official Andy Richards said: \"This is a further blow to the sector and to the town.\"\n\n‘Alternatives to plant closure’\n\n\"We call upon the government to do everything in its power to intervene.\"\n";
        let found = statements(text, "Andy Richards");
        assert!(!found.iter().any(|(w, _)| w.contains("Alternatives")), "{found:?}");
        assert!(
            found.iter().any(|(w, by)| *by && w.contains("We call upon")),
            "{found:?}"
        );
    }

    #[test]
    fn a_headline_adds_no_statement_where_the_body_quotes_its_speaker() {
        let body = "Published: 2021-03-02\n\nTrade minister Lena Varga said on Monday the tariffs would stay until the talks ended.\n";
        let with_body = statements(
            &format!("Varga says the tariffs will stay in place\n{body}"),
            "Lena Varga",
        );
        assert!(
            with_body.iter().any(|(w, by)| *by && w.contains("would stay")),
            "{with_body:?}"
        );
        assert!(!with_body.iter().any(|(w, _)| w.contains("in place")), "{with_body:?}");
        // (A speaker the body never quotes keeps the headline's words.)
        let alone = statements(
            "Lena Varga says tariffs will stay in place\n\nThe tariffs were set in 2019 by the cabinet.\n",
            "Lena Varga",
        );
        assert!(
            alone.iter().any(|(w, by)| *by && w.contains("tariffs will stay")),
            "{alone:?}"
        );
    }
}
