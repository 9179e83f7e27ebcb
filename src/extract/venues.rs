//! Venues: where a statement was made. The outlet of an interview ("in an interview with the
//! YouTube channel Solovyov LIVE", "told Sputnik"), an event ("at a press conference in
//! Brussels", "during a Tuesday Defense Ministry meeting"), a medium ("on Twitter").

use super::context::{phrase_len_at, Context};
use super::marks::{MarkKind, Para};
use super::model::{Venue, VenueKind};
use crate::lang::LangRules;
use crate::text::TokenKind;
use std::ops::Range;

/// A noun phrase from `start`: up to punctuation (quotes allowed), a preposition in lower
/// case, a complementizer or a date word; a leading article is dropped.
fn noun_phrase(cx: &Context, para: &Para, mut start: usize, limit: usize) -> Option<Range<usize>> {
    let rules = &cx.pack.rules;
    // A lower-case article goes; "The Hindu" keeps its capital one.
    let article =
        rules.definite_articles.contains(&para.lower(start)) || rules.indefinite_articles.contains(&para.lower(start));
    if article && !para.tokens[start].is_cap() {
        start += 1;
    }
    // «Известиям», "Face the Nation": a quoted name ends at its closing quote.
    if matches!(para.lower(start), "«" | "“" | "\"" | "„") {
        let close = (start + 1..limit.min(start + 10)).find(|&k| matches!(para.lower(k), "»" | "”" | "\"" | "“"));
        if let Some(close) = close {
            return (close > start + 1).then_some(start + 1..close);
        }
    }
    let mut end = start;
    while end < limit && end < start + 8 {
        let t = &para.tokens[end];
        if t.kind == TokenKind::Punct && !matches!(t.lower.as_str(), "«" | "»" | "“" | "”" | "\"" | "-") {
            break;
        }
        if t.kind == TokenKind::Word
            && (rules.venue_stops.contains(&t.lower) || rules.complementizers.contains(&t.lower))
        {
            break;
        }
        // "в интервью телеканалу RT заявил": the speech verb ends the name.
        if !is_speech_free(para, end) {
            break;
        }
        // ("в интервью радио Baltkom посол России …": so does the speaker's title or name.)
        if end > start
            && (para
                .mark_starting(end)
                .is_some_and(|m| matches!(m.kind, MarkKind::Role(_) | MarkKind::Roles(_)))
                || cx.in_para(para.index).any(|m| m.start == end))
        {
            break;
        }
        if rules.weekdays.iter().any(|(w, _)| t.lower.starts_with(w)) || rules.months.iter().any(|(m, _)| t.lower == *m)
        {
            break;
        }
        end += 1;
    }
    // Unbalanced quote marks at the edges are not part of the name (a straight one closes a
    // name it opened: видання "ГОРДОН").
    let straight = |end: usize| (start..end).filter(|&k| para.lower(k) == "\"").count();
    while end > start
        && (matches!(para.lower(end - 1), "«" | "“" | "-") || (para.lower(end - 1) == "\"" && straight(end) % 2 == 1))
    {
        end -= 1;
    }
    (end > start).then_some(start..end)
}

/// The end of the name starting at `start`: capitalised words, signs joined to them ("LN+"),
/// and small words between capitalised ones ("Face the Nation"), up to `limit`.
fn capitalised_run(rules: &LangRules, para: &Para, start: usize, limit: usize) -> usize {
    let mut end = start;
    while end < limit {
        let t = &para.tokens[end];
        let joined_sign = !t.is_word()
            && end > start
            && t.start == para.tokens[end - 1].end
            && !matches!(t.lower.as_str(), "," | "." | ";" | ":");
        let small_inside =
            rules.name_inner_words.contains(&t.lower) && para.tokens.get(end + 1).is_some_and(|n| n.is_cap());
        if t.is_cap()
            || joined_sign
            || (end > start && small_inside)
            || matches!(t.lower.as_str(), "«" | "»" | "“" | "”" | "\"")
        {
            end += 1;
        } else {
            break;
        }
    }
    while end > start + 1 && matches!(para.lower(end - 1), "«" | "“" | "\"") {
        end -= 1;
    }
    end.max(start + 1).min(limit.max(start + 1))
}

fn label(cx: &Context, para: &Para, r: Range<usize>) -> String {
    let s = &cx.text[para.tokens[r.start].start..para.tokens[r.end - 1].end];
    let mut l = s
        .trim_matches(|c: char| matches!(c, '«' | '»' | '“' | '”' | '"' | ' '))
        .to_string();
    // (A closing mark of a name quoted inside the label stays: видання "ГОРДОН".)
    for (open, close) in [('"', '"'), ('«', '»'), ('“', '”')] {
        let opens = l.matches(open).count();
        let closes = if open == close { 0 } else { l.matches(close).count() };
        let unclosed = if open == close { opens % 2 == 1 } else { opens > closes };
        if unclosed && s.trim_end().ends_with(close) {
            l.push(close);
        }
    }
    l
}

fn is_speech_free(para: &Para, t: usize) -> bool {
    !para.mark(t).is_some_and(|m| matches!(m.kind, MarkKind::Speech(_)))
}

pub fn find_venue(cx: &Context, para: &Para, frame: Range<usize>) -> Option<Venue> {
    let rules = &cx.pack.rules;
    for k in frame.clone() {
        // in an interview with X
        for marker in rules.interview_markers.iter() {
            if let Some(n) = phrase_len_at(para, k, marker) {
                // "speaking to reporters": an audience, not an outlet.
                // "в своём Telegram-канале сообщил": no name follows, the verb does.
                if let Some(np) = noun_phrase(cx, para, k + n, frame.end).filter(|np| {
                    !cx.pack.rules.audiences.contains(&para.lower(np.end - 1)) && is_speech_free(para, np.start)
                }) {
                    return Some(Venue {
                        label: label(cx, para, np),
                        kind: VenueKind::Outlet,
                    });
                }
            }
        }
        // told Sputnik / told the Kommersant newspaper (not "told reporters")
        if rules.told_verbs.contains(&para.lower(k)) {
            let mut j = k + 1;
            // ("a déclaré mercredi à l'AFP": the day first.)
            if rules
                .weekdays
                .iter()
                .any(|(d, _)| para.lower(j).starts_with(d.as_str()))
                && rules.told_prepositions.contains(para.lower(j + 1))
            {
                j += 1;
            }
            // ("a indiqué dans un entretien au Parisien": the interview names the outlet, below.)
            if rules
                .interview_markers
                .iter()
                .any(|m| phrase_len_at(para, j, m).is_some())
            {
                continue;
            }
            if rules.told_prepositions.contains(para.lower(j)) {
                j += 1;
            }
            // ("told The Guardian": a capitalised article is the outlet's name's first word.)
            // (When the outlet's own name holds it, "The Guardian", the mark starts there.)
            let outlet_with_article = para
                .mark_starting(j)
                .is_some_and(|m| matches!(m.kind, MarkKind::Outlet(_)));
            let capital_article =
                rules.definite_articles.contains(&para.lower(j)) && para.tokens[j].is_cap() && !outlet_with_article;
            if rules.definite_articles.contains(&para.lower(j)) && !outlet_with_article {
                j += 1;
            }
            // «— сказал Дмитрий Песков РИА Новости»: the speaker between verb and outlet (with
            // his title first: «повідомила в.о. глави НБУ Катерина Рожкова агентству …»).
            let speaker_at = cx
                .in_para(para.index)
                .map(|m| m.start)
                .filter(|&s| s >= j && s < j + 8 && (j..s).all(|t| para.tokens[t].is_word() || para.lower(t) == "."))
                .min();
            if let Some(s) = speaker_at {
                if let Some(v) = outlet_after_speaker(cx, para, s, frame.end, false) {
                    return Some(v);
                }
            }
            // "сообщил «Интерфаксу»": the outlet in quotes.
            if matches!(para.lower(j), "«" | "„" | "“")
                && para
                    .mark_starting(j + 1)
                    .is_some_and(|m| matches!(m.kind, MarkKind::Outlet(_)))
            {
                j += 1;
            }
            // ("сообщил «Азаттыку», что …": an outlet no lexicon knows, in quotes, told right
            // after the verb, the words after a comma and "that" or after a colon.)
            if matches!(para.lower(j), "«" | "„" | "“" | "\"") && para.mark_starting(j + 1).is_none() {
                let close = (j + 2..(j + 5).min(frame.end)).find(|&t| matches!(para.lower(t), "»" | "“" | "”" | "\""));
                if let Some(close) =
                    close.filter(|&c| (j + 1..c).all(|t| para.tokens[t].is_cap() && para.tokens[t].is_word()))
                {
                    let words_follow = (para.lower(close + 1) == ","
                        && rules.complementizers.contains(para.lower(close + 2)))
                        || para.lower(close + 1) == ":";
                    if words_follow {
                        return Some(Venue {
                            label: label(cx, para, j + 1..close),
                            kind: VenueKind::Outlet,
                        });
                    }
                }
            }
            // "told CBS's "Face the Nation"", "told the European Parliament's economic and
            // monetary affairs committee": the programme or body of a known outlet or institution.
            let owner = para.mark(j).filter(|m| {
                matches!(m.kind, MarkKind::Outlet(_) | MarkKind::Organisation(_)) && para.lower(m.end) == "'s"
            });
            if let Some(m) = owner {
                // The owned name runs to the next date, clause or punctuation (quotes kept).
                let end = (m.end + 1..(m.end + 9).min(frame.end))
                    .take_while(|&t| {
                        let w = para.lower(t);
                        !matches!(w, "," | "." | ";")
                            && !rules.owned_name_stops.contains(w)
                            && !rules.weekdays.iter().any(|(d, _)| w.starts_with(d))
                    })
                    .last()
                    .map(|t| t + 1);
                if let Some(end) = end {
                    return Some(Venue {
                        label: label(cx, para, j..end),
                        kind: VenueKind::Outlet,
                    });
                }
            }
            // "told a news conference", "told a rally in Islamabad": an event (not when an outlet
            // is told: «сообщил ТАСС по итогам встречи»).
            let outlet_told = para
                .mark_starting(j)
                .is_some_and(|m| matches!(m.kind, MarkKind::Outlet(_)));
            // ("a affirmé à l'issue du conseil des ministres": the event's preposition first, a
            // phrase of several words; not "в", whose outlet is told: «в интервью Интерфаксу».)
            let event_at = rules
                .event_prepositions
                .iter()
                .filter(|p| p.contains(' '))
                .filter_map(|p| phrase_len_at(para, j, p))
                .max()
                .map_or(j, |n| j + n);
            if let Some(v) = event_from(cx, para, event_at, frame.end).filter(|_| !outlet_told) {
                return Some(v);
            }
            // "told local television channel LN+": a descriptor in lower case, then the name.
            let described = (j..(j + 4).min(frame.end))
                .rev()
                .find(|&d| rules.medium_nouns.contains(&para.lower(d)))
                .filter(|&d| (j..d).all(|t| para.tokens[t].is_word() && !para.tokens[t].is_cap()));
            if let Some(d) = described {
                // (The name may be in quotes: «агентству „Інтерфакс-Україна“».)
                let quoted = matches!(para.lower(d + 1), "«" | "„" | "“" | "\"");
                let first = d + 1 + usize::from(quoted);
                let name_end = Some(capitalised_run(rules, para, first, frame.end)).filter(|&e| e > first);
                if let (true, Some(end)) = (quoted, name_end) {
                    if para.tokens.get(first).is_some_and(|t| t.is_cap()) {
                        return Some(Venue {
                            label: label(cx, para, first..end),
                            kind: VenueKind::Outlet,
                        });
                    }
                }
                if let Some(end) = name_end.filter(|_| para.tokens.get(d + 1).is_some_and(|t| t.is_cap())) {
                    // ("told Radio New Zealand": a capitalised medium noun is the name's first word.)
                    let from = if para.tokens[d].is_cap() { d } else { d + 1 };
                    return Some(Venue {
                        label: label(cx, para, from..end),
                        kind: VenueKind::Outlet,
                    });
                }
            }
            let outlet = para.mark_starting(j).filter(|m| matches!(m.kind, MarkKind::Outlet(_)));
            if let Some(m) = outlet {
                // (Not the speaker after it: "a indiqué à l'AFP Julie Martin".)
                // (Nor a title after it: "a assuré à l'AFP la présidente de la région, X".)
                let person = cx.in_para(para.index).map(|p| p.start).filter(|&s| s >= m.end).min();
                let title =
                    (m.end..frame.end).find(|&t| para.mark(t).is_some_and(|m| matches!(m.kind, MarkKind::Role(_))));
                let mut limit = person
                    .unwrap_or(frame.end)
                    .min(frame.end)
                    .min(title.unwrap_or(frame.end));
                while limit > m.end
                    && (rules.definite_articles.contains(para.lower(limit - 1))
                        || rules.indefinite_articles.contains(para.lower(limit - 1)))
                {
                    limit -= 1;
                }
                let np = noun_phrase(cx, para, j, limit)
                    .filter(|np| np.end >= m.end)
                    .unwrap_or(m.start..m.end);
                let np = if capital_article { np.start - 1..np.end } else { np };
                return Some(Venue {
                    label: label(cx, para, np),
                    kind: VenueKind::Outlet,
                });
            }
            // (Not a title: «сообщил Министр экономики X», the speaker after the verb.)
            // (Nor an honorific: "a déclaré Mme Bergeron".)
            let title = para.mark(j).is_some_and(|m| matches!(m.kind, MarkKind::Role(_)))
                || rules.personal_honorifics.contains(&para.lower(j));
            if para.tokens.get(j).is_some_and(|t| t.is_cap()) && !title && !cx.in_para(para.index).any(|m| m.start == j)
            {
                // A name, not the clause after it: "told The Post the summit was …".
                let name = |np: Range<usize>| {
                    let mut end = capitalised_run(rules, para, np.start, np.end);
                    // "Lebanese broadcaster LBCI", "Serbian TV Pink": a descriptor, then the name.
                    if end + 1 < np.end
                        && rules.medium_nouns.contains(&para.lower(end))
                        && para.tokens[end + 1].is_cap()
                    {
                        end = capitalised_run(rules, para, end + 1, np.end);
                    }
                    np.start..end
                };
                if let Some(np) = noun_phrase(cx, para, j, frame.end).map(name) {
                    return Some(Venue {
                        label: label(cx, para, np),
                        kind: VenueKind::Outlet,
                    });
                }
            }
        }
    }
    // "sagte der „Süddeutschen Zeitung“", "sagte Lindner dem Deutschlandfunk": any verb of
    // saying, then (the speaker and) an article and a known outlet, is said to that outlet.
    for k in frame.clone().filter(|_| rules.addressee_article_after_verb) {
        if is_speech_free(para, k) {
            continue;
        }
        let after_verb = para.mark(k).map_or(k + 1, |m| m.end);
        if let Some(v) = outlet_after_speaker(cx, para, after_verb, frame.end, true) {
            return Some(v);
        }
    }
    // «кореспонденту УНН повідомила», «передает корреспондент РИА Новости»: the outlet whose
    // reporter heard the words, known, in quotes or an acronym in capitals.
    for k in frame
        .clone()
        .filter(|&k| rules.correspondent_nouns.contains(para.lower(k)))
    {
        if let Some(v) = outlet_named_at(cx, para, k + 1, frame.end) {
            return Some(v);
        }
    }
    // "…, ANI reported", "Interfax reported": the outlet that carried the statement.
    for k in frame.clone() {
        if let Some(m) = para
            .mark_starting(k)
            .filter(|m| matches!(m.kind, MarkKind::Outlet(_)) && m.end < frame.end)
        {
            if rules.carried_verbs.contains(para.lower(m.end)) {
                return Some(Venue {
                    label: label(cx, para, m.start..m.end),
                    kind: VenueKind::Outlet,
                });
            }
        }
    }
    // at a press conference in Brussels / during a Tuesday Defense Ministry meeting
    for k in frame.clone() {
        // ("nach Angaben von", "nach Ansicht von": the phrase of "according to" is no event.)
        if super::context::longest_phrase_len_at(para, k, &rules.according_to).is_some() {
            continue;
        }
        if !rules.event_prepositions.may_open(para.lower(k)) {
            continue;
        }
        // (The longest preposition first: « au terme de la réunion » is « réunion », not « terme
        // de la réunion » after « au ».)
        let mut lengths: Vec<usize> = rules
            .event_prepositions
            .iter()
            .filter_map(|prep| phrase_len_at(para, k, prep))
            .collect();
        lengths.sort_unstable_by(|a, b| b.cmp(a));
        lengths.dedup();
        for n in lengths {
            if let Some(v) = event_from(cx, para, k + n, frame.end).or_else(|| named_event(cx, para, k + n, frame.end))
            {
                return Some(v);
            }
        }
    }
    place_or_medium(cx, para, frame.clone())
        .or_else(|| medium_of_verb(cx, para, frame.clone()))
        .or_else(|| audience(cx, para, frame))
}

/// "'…,' tweeted Scholz", "twitterte Bundeskanzler Olaf Scholz": a verb that names its medium.
fn medium_of_verb(cx: &Context, para: &Para, frame: Range<usize>) -> Option<Venue> {
    frame.clone().find_map(|k| {
        let medium = cx.pack.rules.medium_verbs.get(para.lower(k))?;
        Some(Venue {
            label: medium.clone(),
            kind: VenueKind::Medium,
        })
    })
}

/// The outlet told right after a verb of saying, past its speaker: from `j`, a title and a
/// name (if there), an article (required where `article` says so: the German dative), an
/// opening quote, then an outlet the lexicon knows («— сказал Дмитрий Песков РИА Новости»,
/// "sagte Finanzminister Paul Lenz der „Süddeutschen Zeitung“").
fn outlet_after_speaker(cx: &Context, para: &Para, mut j: usize, limit: usize, article: bool) -> Option<Venue> {
    if let Some(t) = para.mark_starting(j).filter(|t| matches!(t.kind, MarkKind::Role(_))) {
        j = t.end;
    }
    if let Some(m) = cx.in_para(para.index).find(|m| m.start == j) {
        j = m.end;
    }
    if cx.pack.rules.definite_articles.contains(para.lower(j)) {
        j += 1;
    } else if article {
        return None;
    }
    // («… Катерина Рожкова агентству „Інтерфакс-Україна“»: a medium's noun, then its name.)
    let described = !article && cx.pack.rules.medium_nouns.contains(para.lower(j));
    if described {
        j += 1;
    }
    let quoted = matches!(para.lower(j), "„" | "«" | "“" | "\"");
    j += usize::from(quoted);
    if let Some(o) = para
        .mark_starting(j)
        .filter(|o| matches!(o.kind, MarkKind::Outlet(_)) && o.end <= limit)
    {
        return Some(Venue {
            label: label(cx, para, o.start..o.end),
            kind: VenueKind::Outlet,
        });
    }
    let end = capitalised_run(&cx.pack.rules, para, j, limit);
    (described && end > j && para.tokens[j].is_cap()).then(|| Venue {
        label: label(cx, para, j..end),
        kind: VenueKind::Outlet,
    })
}

/// The outlet named at `j` (after "of" and an article, if there): one the lexicon knows, a
/// capitalised name in quotes, or an acronym in capitals that is no person's.
fn outlet_named_at(cx: &Context, para: &Para, mut j: usize, limit: usize) -> Option<Venue> {
    let rules = &cx.pack.rules;
    if rules.of_links.contains(para.lower(j)) {
        j += 1;
    }
    if rules.definite_articles.contains(para.lower(j)) {
        j += 1;
    }
    if j >= limit {
        return None;
    }
    let outlet = |r: Range<usize>| {
        Some(Venue {
            label: label(cx, para, r),
            kind: VenueKind::Outlet,
        })
    };
    if let Some(m) = para
        .mark_starting(j)
        .filter(|m| matches!(m.kind, MarkKind::Outlet(_)) && m.end <= limit)
    {
        return outlet(m.start..m.end);
    }
    if matches!(para.lower(j), "«" | "„" | "“" | "\"") {
        let np = noun_phrase(cx, para, j, limit)?;
        return para.tokens[np.start].is_cap().then_some(()).and_then(|_| outlet(np));
    }
    let word = para.tokens[j].text(&para.text);
    let acronym = super::context::in_capitals(word);
    if acronym && para.mark(j).is_none() && !cx.in_para(para.index).any(|m| m.start == j) {
        return outlet(j..capitalised_run(rules, para, j, limit));
    }
    None
}

/// "during Leaders' Questions", "at the Munich Security Conference", "lors des Fêtes de
/// Wallonie": an event by its capitalised name after an event preposition (not a person, a
/// country or region, or a day).
fn named_event(cx: &Context, para: &Para, from: usize, limit: usize) -> Option<Venue> {
    let rules = &cx.pack.rules;
    let start = from + usize::from(rules.definite_articles.contains(para.lower(from)));
    let first = para.tokens.get(start).filter(|t| t.is_cap() && start < limit)?;
    let day_or_month = |w: &str| {
        rules.weekdays.iter().any(|(d, _)| w.starts_with(d.as_str())) || rules.months.iter().any(|(m, _)| w == m)
    };
    let place = para.mark(start).is_some_and(|m| {
        matches!(
            m.kind,
            MarkKind::Country(..) | MarkKind::Region(..) | MarkKind::Outlet(_)
        )
    });
    // (Nor a title: "after Presidential Spokesperson Salvador Panelo said".)
    let title = para.mark(start).is_some_and(|m| matches!(m.kind, MarkKind::Role(_)));
    if day_or_month(&first.lower) || place || title || cx.in_para(para.index).any(|m| m.start <= start && start < m.end)
    {
        return None;
    }
    // (The name ends where a person's begins.)
    let limit = cx
        .in_para(para.index)
        .map(|m| m.start)
        .filter(|&s| s > start && s < limit)
        .min()
        .unwrap_or(limit);
    let mut end = capitalised_run(rules, para, start, limit);
    // ("bei der Gelegenheit", "auf Anfrage": where every noun takes a capital, one word alone is
    // a common noun, not an event's name, unless it is a compound of an event's noun: "in seiner
    // Festrede", "bei ihrer Abschiedsrede".)
    if rules.nouns_capitalised && end == start + 1 {
        let word = para.lower(start);
        let compound_event = rules.event_heads.iter().any(|h| {
            h.strip_suffix('*')
                .is_some_and(|h| !h.contains(' ') && word.ends_with(h))
        });
        if !compound_event {
            return None;
        }
    }
    // "Leaders' Questions": a possessive mark inside the name.
    while end + 1 < limit && matches!(para.lower(end), "'" | "’" | "'s") && para.tokens[end + 1].is_cap() {
        end = capitalised_run(rules, para, end + 1, limit);
    }
    (end >= start + 2 || para.lower(end).is_empty() || !para.tokens[end].is_cap()).then(|| Venue {
        label: label(cx, para, start..end),
        kind: VenueKind::Event,
    })
}

/// "told reporters", «заявил журналистам», "a déclaré à la presse": the press the words were
/// said to, the venue of last resort.
fn audience(cx: &Context, para: &Para, frame: Range<usize>) -> Option<Venue> {
    // (Not a word of a title: "press secretary", "media adviser".)
    let k = frame.clone().find(|&k| {
        cx.pack.rules.audiences.contains(para.lower(k))
            && !para.mark(k).is_some_and(|m| matches!(m.kind, MarkKind::Role(_)))
    })?;
    Some(Venue {
        label: para.tokens[k].text(&para.text).to_string(),
        kind: VenueKind::Audience,
    })
}

/// An event phrase starting at `from` (after its preposition): up to eight words ending in an
/// event head, with "of the X" and "in PLACE" after it.
fn event_from(cx: &Context, para: &Para, from: usize, limit: usize) -> Option<Venue> {
    let rules = &cx.pack.rules;
    let frame = from..limit;
    for head_end in from..(from + 8).min(frame.end) {
        let head = rules
            .event_heads
            .iter()
            .filter_map(|h| {
                let len = h.split(' ').count();
                let start = (head_end + 1).checked_sub(len)?;
                (start >= from && phrase_len_at(para, start, h).is_some()).then_some(start)
            })
            .min();
        let Some(head_start) = head else {
            continue;
        };
        // "conférence de presse" rather than "conférence": the longest head from that start.
        let head_end = rules
            .event_heads
            .iter()
            .filter_map(|h| phrase_len_at(para, head_start, h))
            .map(|n| head_start + n - 1)
            .filter(|&e| e < frame.end)
            .max()
            .unwrap_or(head_end);
        let mut start = from;
        // "his inauguration": the possessive is not the event's name.
        if rules.possessives.contains(para.lower(start)) {
            start += 1;
        }
        while start < head_end
            && (rules.definite_articles.contains(&para.lower(start))
                || rules.indefinite_articles.contains(&para.lower(start))
                || rules.weekdays.iter().any(|(w, _)| para.lower(start).starts_with(w)))
        {
            start += 1;
        }
        // The words before the head describe the event; a preposition, a date or a person
        // means the phrase began elsewhere ("reporters in Stockholm on Thursday after meeting",
        // « a déclaré Jean Dupont lors d'une conférence de presse »).
        let describes = |t: usize| {
            para.tokens[t].kind != TokenKind::Punct
                && !cx.in_para(para.index).any(|m| m.start <= t && t < m.end)
                && !rules.event_breaks.contains(&para.lower(t))
                && !rules.weekdays.iter().any(|(w, _)| para.lower(t).starts_with(w))
                && !rules.months.iter().any(|(m, _)| para.lower(t) == *m)
        };
        if !(start..head_end).all(describes) {
            break;
        }
        let mut end = head_end + 1;
        // "заседании Совбеза ООН", "засіданні Верховної Ради": a name in the genitive after the
        // head, in languages that need no preposition for it.
        if cx.pack.rules.names_decline {
            let mut k = end;
            // (Not the speaker after it: «сообщил на брифинге Олег Ветров».)
            while k < frame.end
                && k < end + 4
                && para.tokens[k].is_cap()
                && is_speech_free(para, k)
                && !cx.in_para(para.index).any(|m| m.start <= k && k < m.end)
            {
                k += 1;
            }
            end = k;
        }
        // "dans l'émission Terzake": a programme's name after its head.
        if !cx.pack.rules.names_decline && rules.programme_heads.contains(para.lower(head_end)) {
            let mut k = end;
            while k < frame.end
                && k < end + 3
                && para.tokens[k].is_cap()
                && para.mark(k).is_none()
                && !cx.in_para(para.index).any(|m| m.start <= k && k < m.end)
            {
                k += 1;
            }
            // (Its name is the whole venue: not "émission Terzake sur la VRT".)
            if k > end {
                return Some(Venue {
                    label: label(cx, para, start..k),
                    kind: VenueKind::Event,
                });
            }
        }
        // "board meeting of the Defence Ministry"
        if rules.of_links.contains(para.lower(end)) {
            let mut j = end + 1;
            if rules.definite_articles.contains(&para.lower(j)) {
                j += 1;
            }
            let mut k = j;
            while k < frame.end && para.tokens[k].is_cap() {
                k += 1;
            }
            if k > j {
                end = k;
            }
        }
        // "meeting with Mikhail Mishustin", "rally at Shivaji Park", "summit of heads of state":
        // a short complement whose words are names or plain nouns.
        if end < frame.end && rules.event_complement_links.contains(para.lower(end)) {
            let mut k = end + 1;
            if rules.definite_articles.contains(&para.lower(k)) {
                k += 1;
            }
            let mut j = k;
            while j < frame.end
                && j < k + 4
                && para.tokens[j].is_word()
                && !rules.event_breaks.contains(&para.lower(j))
                && !rules.complementizers.contains(&para.lower(j))
                && !rules.weekdays.iter().any(|(w, _)| para.lower(j).starts_with(w))
                // (Nor the word that opens a day: "du conseil ce lundi".)
                && !rules.weekdays.iter().any(|(w, _)| para.lower(j + 1).starts_with(w))
                && is_speech_free(para, j)
                // "un entretien au Parisien": an outlet is a venue of its own.
                && !para.mark(j).is_some_and(|m| matches!(m.kind, MarkKind::Outlet(_)))
            {
                j += 1;
            }
            // ("зустрічі з міністром транспорту Росії Ігорем Левітіним": never cut inside a name.)
            if let Some(m) = cx
                .in_para(para.index)
                .find(|m| m.start < j && j < m.end && m.end <= frame.end)
            {
                j = m.end;
            }
            if j > k {
                end = j;
            }
        }
        // "… in Brussels"
        if rules.place_prepositions.contains(&para.lower(end))
            && para.tokens.get(end + 1).is_some_and(|t| t.is_cap())
            && end + 1 < frame.end
        {
            // ("in New York", "in Den Haag": the place's whole name.)
            // (Not the speaker after it: «в Москве Сергей Лавров заявил», "in Berlin
            // Bundeskanzler Scholz".)
            let person = cx.in_para(para.index).map(|m| m.start).filter(|&s| s > end + 1).min();
            let limit = (end + 2..person.unwrap_or(frame.end).min(frame.end))
                .find(|&t| para.mark(t).is_some_and(|m| matches!(m.kind, MarkKind::Role(_))))
                .unwrap_or(person.unwrap_or(frame.end).min(frame.end));
            end = capitalised_run(rules, para, end + 1, limit);
        }
        return Some(Venue {
            label: label(cx, para, start..end),
            kind: VenueKind::Event,
        });
    }
    None
}

fn place_or_medium(cx: &Context, para: &Para, frame: Range<usize>) -> Option<Venue> {
    let rules = &cx.pack.rules;
    // "told reporters in Stockholm", "said in Ankara": the place.
    for k in frame.clone() {
        if rules.place_prepositions.contains(&para.lower(k))
            && k + 1 < frame.end
            && para.tokens[k + 1].is_cap()
            && para
                .mark(k + 1)
                .is_none_or(|m| matches!(m.kind, MarkKind::Country(..) | MarkKind::Region(..)))
            && !cx.in_para(para.index).any(|m| m.start == k + 1)
            // ("in Richtung Elisabeth Sobotka", "nach Ende des Krieges": no place.)
            && !rules.not_places.contains(para.lower(k + 1))
            && !super::context::common_noun(cx.pack, para.lower(k + 1))
            && !rules.months.iter().any(|(m, _)| para.lower(k + 1) == *m)
            && !rules.weekdays.iter().any(|(w, _)| para.lower(k + 1).starts_with(w))
        {
            // (A country's or region's name ends where its mark does, and no place runs on into
            // a person's name: "сказал посол России в Латвии Александр Вешняков".)
            let end = match para.mark_starting(k + 1) {
                Some(m) if m.end <= frame.end => m.end,
                _ => {
                    let mut end = k + 2;
                    while end < frame.end
                        && para.tokens[end].is_cap()
                        && !cx.in_para(para.index).any(|m| m.start == end)
                    {
                        end += 1;
                    }
                    end
                }
            };
            // (A place right before a name is the post's: "посол России в Латвии Александр
            // Вешняков".)
            if cx.in_para(para.index).any(|m| m.start == end) {
                continue;
            }
            return Some(Venue {
                label: label(cx, para, k + 1..end),
                kind: VenueKind::Place,
            });
        }
    }
    // "told reporters at the Interior Ministry", "выступила в Госдуме": a building or chamber
    // known by its institution.
    for k in frame.clone() {
        if rules.building_prepositions.contains(para.lower(k)) || rules.place_prepositions.contains(&para.lower(k)) {
            let at = k + 1 + usize::from(rules.definite_articles.contains(&para.lower(k + 1)));
            if let Some(m) = para
                .mark_starting(at)
                .filter(|m| matches!(m.kind, MarkKind::Organisation(_)) && m.end <= frame.end)
            {
                return Some(Venue {
                    label: label(cx, para, m.start..m.end),
                    kind: VenueKind::Place,
                });
            }
        }
    }
    // on Twitter / в Telegram
    for k in frame.clone() {
        for prep in rules.medium_prepositions.iter() {
            let Some(n) = phrase_len_at(para, k, prep) else {
                continue;
            };
            // "on his Facebook page": a possessive before the outlet.
            let at = if rules.possessives.contains(para.lower(k + n))
                || rules.definite_articles.contains(para.lower(k + n))
            {
                k + n + 1
            } else {
                k + n
            };
            // "в своём Telegram-канале", "на YouTube-канале": a platform joined to its noun.
            if let Some(t) = para.tokens.get(at).filter(|_| at < frame.end) {
                let word = t.text(&para.text);
                if let Some((platform, noun)) = word.split_once('-') {
                    let noun = noun.to_lowercase();
                    if platform.starts_with(|c: char| c.is_ascii_uppercase())
                        && platform.chars().all(|c| c.is_ascii_alphanumeric())
                        && rules.platform_nouns.contains(&noun)
                    {
                        return Some(Venue {
                            label: platform.to_string(),
                            kind: VenueKind::Medium,
                        });
                    }
                }
            }
            // "wrote on X": the platform's one-letter name, only right after "on".
            if para.tokens.get(at).is_some_and(|t| t.text(&para.text) == "X")
                && at < frame.end
                && !para.tokens.get(at + 1).is_some_and(|t| t.is_word() && t.is_cap())
            {
                return Some(Venue {
                    label: "X".to_string(),
                    kind: VenueKind::Medium,
                });
            }
            if let Some(m) = para
                .mark_starting(at)
                .filter(|m| matches!(m.kind, MarkKind::Outlet(_)) && m.end <= frame.end)
            {
                // "France Inter radio", "Facebook page", "Telegram channel"
                let mut end = m.end;
                if end < frame.end && rules.medium_nouns.contains(&para.lower(end)) {
                    end += 1;
                }
                return Some(Venue {
                    label: label(cx, para, m.start..end),
                    kind: VenueKind::Medium,
                });
            }
        }
    }
    None
}
