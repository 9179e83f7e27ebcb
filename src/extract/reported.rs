//! Reported speech ("X said that …", "…, X said", "according to X, …"): the speaker's words
//! and the frame around them, whose date and venue the statement takes.

use super::attribution::{
    declined_name, incise_pronoun, names_aside_before, sentence_subject, speaker_after_event, speaker_after_incise,
    speaker_end_before, speaker_ending_at, speaker_starting_at, Found, SpeakerRef,
};
use super::context::{is_speech, span_text, trim, trim_final_punct, Context};
use super::coref::{resolve, Focus};
use super::marks::{MarkKind, Para};
use super::model::{Statement, Venue, VenueKind};
use crate::dates::{find_dates, DateValue, PartialDate};
use crate::lang::Gender;
use std::ops::Range;

/// Whether a quote after an attribution is part of the speaker's reported clause ("said on
/// Wednesday that a rate cut was "probably not …"", "said Male wanted "a relationship of
/// equals"") rather than the statement itself ("said on Monday: "…"", "told AFP that "…"").
pub(super) fn embedded_quote(cx: &Context, para: &Para, verb_end: usize, open: usize) -> bool {
    if verb_end >= open || matches!(para.lower(open - 1), ":" | "," | "—" | "–") {
        return false;
    }
    let start = content_after_verb(cx, para, verb_end, open);
    (start..open)
        .filter(|&t| para.tokens[t].is_word() && !cx.pack.rules.complementizers.contains(&para.lower(t)))
        .count()
        >= 2
}

/// Reported speech in `range` (a sentence, or the inside of a quote), skipping speech verbs
/// inside the `quoted` token ranges.
pub(super) fn reported(
    cx: &Context,
    para: &Para,
    range: Range<usize>,
    quoted: &[Range<usize>],
    focus: &Focus,
) -> Option<Statement> {
    let rules = &cx.pack.rules;
    let inside_quote = |t: usize| quoted.iter().any(|q| q.contains(&t));
    let end = trim_final_punct(para, range.clone());
    // "Pour Marie Dubois, présidente de l'association, « il faut agir vite »": a phrase that
    // means "according to" only where it opens the sentence, its speaker set off by a comma.
    for p in rules.according_to_opening.iter() {
        let Some(n) = super::context::phrase_len_at(para, range.start, p) else {
            continue;
        };
        let Some(f) = speaker_starting_at(cx, para, range.start + n, end)
            .filter(|f| matches!(f.speaker, SpeakerRef::Person(_)) && para.lower(f.span.end) == ",")
        else {
            continue;
        };
        // (A title in apposition after the name is the speaker's, not said.)
        let mut from = f.span.end + 1;
        if let Some(t) = crate::extract::titles::parse_title(para, cx.pack, from) {
            // (The title may run on past its parse: "présidente de l'association des riverains".)
            if let Some(c) = crate::extract::titles::comma_after_title(para, t.end, end) {
                from = c + 1;
            }
        }
        if (from..end).filter(|&t| para.tokens[t].is_word()).count() >= 3 {
            return build(cx, para, f, from..end, range.clone(), "reported.according-to", focus);
        }
    }
    // "according to X, …" and "…, according to X."
    for k in (range.start..end).filter(|&k| rules.according_to.may_open(para.lower(k))) {
        for p in rules.according_to.iter() {
            let Some(n) = super::context::phrase_len_at(para, k, p).filter(|_| !inside_quote(k)) else {
                continue;
            };
            let after = k + n;
            let Some(mut f) = speaker_starting_at(cx, para, after, end) else {
                continue;
            };
            // "Laut Landesrat Stefan Kaineder (Grüne) sollen …": a party in brackets after the name.
            if para.lower(f.span.end) == "(" {
                if let Some(close) = (f.span.end + 2..(f.span.end + 5).min(end)).find(|&t| para.lower(t) == ")") {
                    f.span.end = close + 1;
                }
            }
            // "According to Jane Doe, the chairwoman of the FTC, the merger …": the title in
            // apposition after the name is the speaker's, not said.
            // (The apposition may run on past the title: "délégué syndical chez Renault,".)
            let apposition_end = (para.lower(f.span.end) == ",")
                .then(|| crate::extract::titles::parse_title(para, cx.pack, f.span.end + 1))
                .flatten()
                .and_then(|t| crate::extract::titles::comma_after_title(para, t.end, end))
                .filter(|&comma| comma + 1 < end);
            // ("За словами редакторки … Тетяни Цирульник у коментарі ІМІ, її справу …": where
            // the words were said, between the name and the comma, is no part of them.)
            let interview_end = rules
                .interview_markers
                .iter()
                .any(|m| super::context::phrase_len_at(para, f.span.end, m).is_some())
                .then(|| (f.span.end + 1..(f.span.end + 8).min(end)).find(|&t| para.lower(t) == ","))
                .flatten()
                .filter(|&comma| comma + 1 < end);
            let content = if let Some(comma) = apposition_end.or(interview_end) {
                comma + 1..end
            } else if para.lower(f.span.end) == "," && f.span.end + 1 < end {
                f.span.end + 1..end
            } else if k > range.start + 3 {
                // ("In diesen Matches soll laut Windtner eine Wende gelingen": inside the clause,
                // with no comma before it and words after the name, the phrase leaves the
                // sentence whole.)
                let inside_clause = para.lower(k - 1) != ","
                    && f.span.end + 2 < end
                    && para.tokens[f.span.end].is_word()
                    && !rules.coordinators.contains(para.lower(f.span.end));
                if inside_clause {
                    range.start..end
                } else {
                    range.start..k
                }
            } else if k == range.start
                && (f.span.end..end).filter(|&t| para.tokens[t].is_word()).count() >= 3
                && para.tokens[f.span.end].is_word()
            {
                // "Laut Olaf Scholz ist der Haushalt solide": no comma, the clause goes on.
                f.span.end..end
            } else {
                continue;
            };
            // (The apposition is no frame: "a professor at Fudan University" says where the post
            // is held, not where the words were said.)
            let frame = match apposition_end {
                Some(comma) => comma + 1..range.end,
                None => range.clone(),
            };
            return build(cx, para, f, content, frame, "reported.according-to", focus);
        }
    }
    // "Olaf Scholz zufolge ist der Haushalt solide": the name, then the postposition.
    // (A title may come first: "Bundeskanzler Olaf Scholz zufolge".)
    if let Some(m) = cx.in_para(para.index).find(|m| {
        (range.start..=range.start + 4).contains(&m.start)
            && (range.start..m.start).all(|t| para.tokens[t].is_word())
            && rules.according_to_after.contains(para.lower(m.end))
    }) {
        if (m.end + 1..end).filter(|&t| para.tokens[t].is_word()).count() >= 3 && !inside_quote(m.start) {
            let f = Found {
                speaker: SpeakerRef::Person(m.person),
                span: m.start..m.end,
            };
            return build(
                cx,
                para,
                f,
                m.end + 1..end,
                range.clone(),
                "reported.according-to-after",
                focus,
            );
        }
    }
    // "Wie Olaf Scholz am Montag sagte, ist der Haushalt solide": an opening clause with the
    // speaker and the verb; the words follow its comma.
    // (Not inside a quotation: "“As Mandela told us, ‘…’,” Ramaphosa said" is Ramaphosa's.)
    if rules.as_clause_openers.contains(para.lower(range.start)) && para.sentence_of(range.start).start == range.start {
        let verb = (range.start + 2..(range.start + 10).min(end)).find_map(|v| is_speech(para, v));
        if let Some(verb) = verb {
            // ("Wie Scholz am Montag sagte": when, in a few words, between speaker and verb.)
            let speaker_end = speaker_end_before(rules, para, verb.start, range.start + 1);
            let found = (speaker_end.saturating_sub(3).max(range.start + 2)..=speaker_end)
                .rev()
                .filter(|&e| (e..speaker_end).all(|t| para.tokens[t].kind != crate::text::TokenKind::Punct))
                .find_map(|e| speaker_ending_at(cx, para, e, range.start + 1));
            let comma = (verb.end..(verb.end + 6).min(end)).find(|&t| para.lower(t) == ",");
            if let (Some(f), Some(c)) = (found, comma) {
                let clean = (verb.end..c).all(|t| para.tokens[t].kind != crate::text::TokenKind::Punct);
                if clean && f.span.start == range.start + 1 && end > c + 3 {
                    return build(cx, para, f, c + 1..end, range.clone(), "reported.as-clause", focus);
                }
            }
        }
    }
    // "Heute geht es nach Murten, wie Sprecher André Simonazzi auf Twitter schreibt.", "…, as
    // the minister said.": the clause closing the sentence names speaker and verb; the words
    // come before its comma.
    if let Some(c) = (range.start + 3..end.saturating_sub(2))
        .find(|&t| para.lower(t) == "," && rules.as_clause_openers.contains(para.lower(t + 1)) && !inside_quote(t))
    {
        let words_said = (range.start..c).filter(|&t| para.tokens[t].is_word()).count() >= 4;
        let opener_free = (range.start..c).all(|t| is_speech(para, t).is_none());
        // The speech verb closes the clause, or a few words after it do ("as he said on Monday").
        let verb = (c + 3..end)
            .find_map(|v| is_speech(para, v))
            .filter(|v| v.end + 4 >= end);
        if let (true, true, Some(verb)) = (words_said, opener_free, verb) {
            let found = speaker_starting_at(cx, para, c + 2, verb.start)
                .filter(|f| (f.span.end..verb.start).all(|t| para.tokens[t].kind != crate::text::TokenKind::Punct));
            if let Some(f) = found {
                return build(
                    cx,
                    para,
                    f,
                    range.start..c,
                    range.clone(),
                    "reported.as-clause-after",
                    focus,
                );
            }
        }
    }
    // "по его словам, …", "…, selon lui": the words of the person a pronoun refers to.
    for k in range.start..end {
        if inside_quote(k) || !rules.according_to_pronouns.may_open(para.lower(k)) {
            continue;
        }
        let Some((n, gender)) = rules
            .according_to_pronouns
            .iter()
            .filter_map(|(p, g)| super::context::phrase_len_at(para, k, p).map(|n| (n, g)))
            .max_by_key(|(n, _)| *n)
        else {
            continue;
        };
        let after = k + n + usize::from(para.lower(k + n) == ",");
        let content = if k == range.start && end > after + 2 {
            after..end
        } else if k > range.start + 3 {
            let mut e = k;
            while e > range.start && matches!(para.lower(e - 1), "," | "—" | "–" | "-") {
                e -= 1;
            }
            range.start..e
        } else {
            continue;
        };
        let gender = if gender == "f" { Gender::Female } else { Gender::Male };
        let f = Found {
            speaker: SpeakerRef::Pronoun(gender),
            span: k..k + n,
        };
        return build(
            cx,
            para,
            f,
            content,
            range.clone(),
            "reported.according-to-pronoun",
            focus,
        );
    }
    // "Interfax reported Russian Deputy Defence Minister Alexander Fomin as saying that …"
    for k in range.start..end {
        if inside_quote(k) || super::context::longest_phrase_len_at(para, k, &rules.as_saying).is_none() {
            continue;
        }
        // "X was quoted (by Interfax) as saying …": the subject of the passive before it.
        let passive = || {
            let m = cx.in_para(para.index).find(|m| {
                m.end < k
                    && m.end + 6 >= k
                    && m.start >= range.start
                    && rules.auxiliaries.contains(para.lower(m.end))
                    && (m.end..k).all(|t| para.tokens[t].kind != crate::text::TokenKind::Punct)
            })?;
            Some(Found {
                speaker: SpeakerRef::Person(m.person),
                span: m.start..m.end,
            })
        };
        let Some(f) = speaker_ending_at(cx, para, k, range.start).or_else(passive) else {
            continue;
        };
        let content_start = content_after_verb(cx, para, k + 2, end);
        if end > content_start + 2 {
            let outlet = (range.start..k).find_map(|t| {
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
        // ("in his remarks": after a possessive the word is a noun, not a verb.)
        if v > 0 && rules.possessives.contains(para.lower(v - 1)) {
            continue;
        }
        // ("Rohr was asked about the interview": a passive's subject was spoken to.)
        // (Not a participle after "was": "he was saying", below.)
        if v > 0
            && rules.passive_auxiliaries.contains(para.lower(v - 1))
            && !rules.speech_participles.contains(para.lower(v))
        {
            continue;
        }
        // ("when he was saying that": a participle after an auxiliary is a tense, not a
        // participle clause after its subject's.)
        if rules.speech_participles.contains(para.lower(v)) && v > 0 && rules.auxiliaries.contains(para.lower(v - 1)) {
            continue;
        }
        let speaker_end = speaker_end_before(&cx.pack.rules, para, v, range.start);
        // "…, a indiqué mardi un porte-parole", "…, said a spokesperson": after a comma the verb
        // comes before its own subject, so the sentence's subject is not the speaker.
        let after_comma = (v > range.start && para.lower(v - 1) == ",")
            || (v > range.start + 1
                && para.lower(v - 2) == ","
                && para.tokens[v - 1].is_word()
                && !para.tokens[v - 1].is_cap()
                && para.lower(v - 1).chars().count() <= 4);
        // "…, est le symbole du Maroc, a souligné Mme Yannick Lintz": after a comma, a name
        // right after the verb is its subject, whoever the clause before names.
        // (Not when the sentence opens with a name and an aside set off by commas: "Klein, who
        // was the minister at the time, said Wharton asked him …" is Klein's.)
        // (Or a described person: "The new chief, who takes over in December, said …".)
        let subject_with_aside = speaker_end + 1 < v
            && (cx
                .in_para(para.index)
                .any(|m| m.start == range.start && m.end == speaker_end)
                || speaker_ending_at(cx, para, speaker_end, range.start)
                    .is_some_and(|f| f.span.start == range.start && !matches!(f.speaker, SpeakerRef::Pronoun(_))));
        // ("…, Mr Stephen Steinlein, said the President was happy": a name right before the
        // comma is the subject the comma closes off, not a quote's end; the verb is not
        // inverted.)
        // (Set off by commas on both sides, an honorific allowed: "agreed with Putin, said
        // Lavrov" is inverted after all.)
        // (Honorifics and ranks with their dots too: ", Engr. Musa Bello,", ", Rt. Hon. X,".)
        let set_off = |start: usize| {
            let mut before = start;
            while before > range.start + 1
                && before + 5 > start
                && (rules.personal_honorifics.contains(para.lower(before - 1))
                    || rules.ranks.contains(para.lower(before - 1))
                    || (para.lower(before - 1) == "."
                        && (rules.personal_honorifics.contains(para.lower(before - 2))
                            || rules.ranks.contains(para.lower(before - 2)))))
            {
                before -= 1;
            }
            before > range.start && para.lower(before - 1) == ","
        };
        let named_before_comma = (v > range.start + 1 && para.lower(v - 1) == ",")
            .then(|| {
                cx.in_para(para.index)
                    .find(|m| m.end == v - 1 && m.start >= range.start && set_off(m.start))
            })
            .flatten();
        let inverted = after_comma
            && !subject_with_aside
            && named_before_comma.is_none()
            && speaker_starting_at(cx, para, verb.end, end).is_some();
        let left = named_before_comma
            .map(|m| Found {
                speaker: SpeakerRef::Person(m.person),
                span: m.start..m.end,
            })
            .or_else(|| {
                (!inverted)
                    .then(|| names_aside_before(cx, para, v, range.start))
                    .flatten()
            })
            .or_else(|| {
                (!inverted)
                    .then(|| speaker_ending_at(cx, para, speaker_end, range.start))
                    .flatten()
                    // ("Face à Jérémy Seydoux, il revient sur …, répond …": a name after a
                    // preposition, set off before an aside, is no subject.)
                    .filter(|f| {
                        speaker_end == v
                            || f.span.start == range.start
                            || !rules.oblique_prepositions.contains(para.lower(f.span.start - 1))
                    })
            })
            .or_else(|| {
                // ("declined to comment, saying …": a participle after a comma has the
                // sentence's subject.)
                (!after_comma || rules.speech_participles.contains(para.lower(v)))
                    .then(|| sentence_subject(cx, para, range.start, v))
                    .flatten()
            });
        if let Some(f) = left {
            let before_speaker = f.span.start;
            let mut content_start = content_after_verb(cx, para, verb.end, end);
            let told = cx.pack.rules.told_verbs.contains(&para.lower(v));
            let mut said_that =
                content_start > verb.end && rules.complementizers.contains(&para.lower(content_start - 1));
            if told && content_start == verb.end {
                if let Some(j) = told_clause_start(cx, para, verb.end, end) {
                    content_start = j;
                    said_that = true;
                }
            }
            // What follows the verb is the statement when it is a clause ("said that …", "urged
            // NATO to …"), not when it is only when and where ("said on Wednesday, as …").
            // ("kritisierte den Entwurf scharf": where reported words need a comma, an object;
            // "sagte der „Süddeutschen Zeitung“, die Bundeswehr müsse …": the addressee first.)
            // (Only for verbs of saying: "warnte vor einer Spaltung", "forderte X auf, …" take
            // their object as what was said.)
            let saying = para
                .mark_starting(v)
                .is_some_and(|m| matches!(&m.kind, MarkKind::Speech(k) if k == "say"));
            let mut set_off = !rules.reported_clause_needs_comma
                || !saying
                || (content_start > 0 && matches!(para.lower(content_start - 1), "," | ":"));
            // ("bekräftigte erneut, die Verteilung habe …": a verb that takes an object may
            // still have its clause after one adverb and a comma.)
            if rules.reported_clause_needs_comma
                && !saying
                && !said_that
                && content_start == verb.end
                && para.tokens.get(content_start).is_some_and(|t| t.is_word())
                && para.lower(content_start + 1) == ","
            {
                content_start += 2;
            }
            if !set_off && !said_that {
                let comma = (content_start..(content_start + 10).min(end))
                    .take_while(|&t| !matches!(para.lower(t), "." | ";" | "?" | "!") && is_speech(para, t).is_none())
                    // (not the comma of a number, "1,5")
                    .find(|&t| {
                        para.lower(t) == ","
                            && !(para.tokens[t].start == para.tokens[t.saturating_sub(1)].end
                                && para.lower(t + 1).starts_with(|c: char| c.is_ascii_digit()))
                    });
                if let Some(c) = comma {
                    content_start = c + 1;
                    set_off = true;
                }
            }
            let words_after = (content_start..end).filter(|&t| para.tokens[t].is_word()).count();
            // «заявил о готовности уйти в отставку»: what was said, as a topic.
            // (Not an anaphor of words said before: "заявил об этом в интервью порталу ynet".)
            let anaphor = rules
                .anaphors
                .iter()
                .any(|a| super::context::phrase_len_at(para, content_start, a).is_some());
            let topic = saying
                && content_start == verb.end
                && rules.speech_topic_prepositions.contains(para.lower(content_start))
                && !anaphor
                && words_after >= 3;
            // ("…, a-t-il rappelé lundi soir dans l'émission X": an inverted pronoun is an
            // incise; the words are the clause before it.)
            let inverted_pronoun = rules
                .incise_pronouns
                .iter()
                .any(|(ending, _)| para.lower(f.span.start).ends_with(ending));
            let clause_after = !inverted_pronoun
                && (said_that
                    || topic
                    || (!told && set_off && words_after >= 3 && !adjunct_start(cx, para.lower(content_start))));
            // "…, Foreign Minister Sergei Lavrov said on Wednesday": the clause before; not the
            // speaker's own title set off by a comma ("Der deutsche Botschafter in Moskau, X,").
            // ("The city's police chief, Michel Moore, told …": a title no fact took, for want
            // of its organisation, after at most a possessive.)
            let own_title = cx
                .roles
                .iter()
                .any(|r| r.para == para.index && r.start <= range.start && r.end >= before_speaker)
                || (before_speaker > range.start + 1
                    && (range.start..(range.start + 4).min(before_speaker - 1)).any(|k| {
                        crate::extract::titles::parse_title(para, cx.pack, k).is_some_and(|t| {
                            t.end + 1 == before_speaker
                                // ("La députée de Chicoutimi et ministre des Affaires municipales,
                                // X, a répondu": two titles joined by "and".)
                                // (The first with its place: "de Chicoutimi".)
                                || (t.end..(t.end + 4).min(before_speaker)).any(|c| {
                                    rules.coordinators.contains(para.lower(c))
                                        && crate::extract::titles::parse_title(para, cx.pack, c + 1)
                                            .is_some_and(|u| u.end + 1 == before_speaker)
                                })
                        })
                    }));
            // ("Interrogé par Le Monde, le député X a dénoncé …": where it was said, not words.)
            let interview_opening = rules
                .interview_markers
                .iter()
                .any(|m| super::context::phrase_len_at(para, range.start, m).is_some());
            // ("Nommé à la tête de la région en 2021, X a promis des investissements": where the
            // verb has words of its own after it, what stands before the speaker is no clause
            // of his.)
            // (An object opens with an article: "des investissements"; not "told Sputnik".)
            let object_after = words_after > 0
                && !said_that
                && !told
                && (rules.indefinite_articles.contains(para.lower(content_start))
                    || rules.definite_articles.contains(para.lower(content_start)));
            if !clause_after
                && !own_title
                && !interview_opening
                && !object_after
                && before_speaker > range.start + 3
                && para.lower(before_speaker - 1) == ","
            {
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
                // ("a rejeté la demande, affirmant que le budget était épuisé": where an object
                // is followed by a participle of saying and "that", the words are that clause.)
                // (Only after a short object: "stressed the need to …, adding that …" said both.)
                let participle_clause = (content_start..end.saturating_sub(3).min(content_start + 6)).find(|&k| {
                    para.lower(k) == ","
                        && rules.speech_participles.contains(para.lower(k + 1))
                        && rules.complementizers.contains(para.lower(k + 2))
                });
                let content_start = participle_clause.map_or(content_start, |k| k + 3);
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
        // "…, — сообщил министр", "…, said Lavrov", "…, dit-il"
        if let Some(f) = speaker_starting_at(cx, para, verb.end, end)
            .filter(|f| !declined_name(cx, para, f))
            .or_else(|| speaker_after_event(cx, para, verb.end, end))
            .or_else(|| speaker_after_incise(cx, para, verb.end, end))
            .or_else(|| incise_pronoun(cx, para, &verb))
            // "…, said he did not envisage …": a pronoun with its verb after it is the subject of
            // the words said, not an inverted speaker ("…, sagte sie nach dem Treffen" is one).
            .filter(|f| {
                !(matches!(f.speaker, SpeakerRef::Pronoun(_))
                    && f.span.start >= verb.end
                    && para.tokens.get(f.span.end).is_some_and(|t| t.is_word())
                    && !opens_adjunct(cx, para.lower(f.span.end)))
            })
        {
            // ("…, об этом сообщил X", "…, такое мнение выразил X": words standing for the clause
            // said, between its comma and the verb.)
            let mut clause_end = rules
                .said_anaphors
                .iter()
                .filter_map(|a| {
                    let n = a.split(' ').count();
                    let at = v.checked_sub(n)?;
                    (at > range.start
                        && para.lower(at - 1) == ","
                        && super::context::phrase_len_at(para, at, a) == Some(n))
                    .then_some(at)
                })
                .min()
                .unwrap_or(v);
            while clause_end > range.start && matches!(para.lower(clause_end - 1), "," | "—" | "–" | "-") {
                clause_end -= 1;
            }
            // «Об этом в эфире … заявил X»: an anaphor of words said before, then only where.
            // Not "Das Gericht habe entschieden, sagte X": no clause ends before the verb.
            let anaphoric = super::context::anaphor_opening(rules, para, range.start, v).is_some();
            // ("Auf die Frage, ob sie zurücktreten wolle, antwortete X": the question put.)
            let question = rules
                .question_openers
                .iter()
                .any(|q| super::context::phrase_len_at(para, range.start, q).is_some());
            // ("Am Rande der Konferenz sagte X, die Gespräche seien gut": what comes before a
            // verb not set off from it is where or when, and the words follow the speaker.)
            let set_off = clause_end < v || v.checked_sub(1).is_some_and(|p| !para.tokens[p].is_word());
            // (Three words are enough where only where or to whom follows the speaker: "Man
            // suche extern, sagt X gegenüber der FAS.")
            let only_adjunct_after = f.span.end >= end || rules.adjunct_starts.contains(para.lower(f.span.end));
            let long_enough = clause_end > range.start + 3
                || (clause_end == range.start + 3
                    && only_adjunct_after
                    && (range.start..clause_end).all(|t| para.tokens[t].is_word()));
            if long_enough && !anaphoric && !question && set_off {
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
            // "заявил X в эфире телеканала": when and where is no statement; a clause is.
            let said_that = content_start > f.span.end && rules.complementizers.contains(para.lower(content_start - 1));
            // («Про це повідомила X агентству „Інтерфакс-Україна“»: a sentence that opens with an
            // anaphor of words said before has none of its own; nor is the medium told words.)
            let told_medium = !said_that && rules.medium_nouns.contains(para.lower(content_start));
            if end > content_start + 2
                && rules.speaker_after_verb_before_words
                && !anaphoric
                && !told_medium
                && (said_that || !adjunct_start(cx, para.lower(content_start)))
            {
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
        // «І додав, що …», «Также отметил, что …»: where the verb's ending gives its subject's
        // gender, a sentence may open with the verb; its subject is the last person spoken of.
        if let Some(f) = dropped_subject(cx, para, range.start, &verb) {
            let content_start = content_after_verb(cx, para, verb.end, end);
            let said_that = content_start > verb.end && rules.complementizers.contains(para.lower(content_start - 1));
            if said_that && end > content_start + 2 {
                return build(
                    cx,
                    para,
                    f,
                    content_start..end,
                    range.clone(),
                    "reported.dropped-subject",
                    focus,
                );
            }
        }
    }
    None
}

/// The subject a verb in the past leaves out where verbs agree with it in gender: only
/// conjunctions and adverbs stand before the verb in its clause.
fn dropped_subject(cx: &Context, para: &Para, start: usize, verb: &Range<usize>) -> Option<Found> {
    let rules = &cx.pack.rules;
    if !rules.names_decline {
        return None;
    }
    let bare = (start..verb.start).all(|t| {
        let w = para.lower(t);
        w == "," || rules.coordinators.contains(w) || rules.between_speaker_and_verb.contains(w)
    });
    let word = para.lower(verb.start);
    let ends = |class: &crate::lang::Words| class.iter().any(|e| word.ends_with(e));
    let gender = if ends(&rules.past_female_endings) {
        Gender::Female
    } else if ends(&rules.past_male_endings) {
        Gender::Male
    } else {
        return None;
    };
    bare.then(|| Found {
        speaker: SpeakerRef::Pronoun(gender),
        span: verb.start..verb.start,
    })
}

/// Where the reported words begin after a speech verb: past "that", past the addressee of
/// "told" ("told Sputnik that", "told reporters").
pub(super) fn content_after_verb(cx: &Context, para: &Para, mut k: usize, end: usize) -> usize {
    let rules = &cx.pack.rules;
    // The addressee of "told", up to "that" if one follows soon.
    if let Some(that) = (k..(k + 20).min(end)).find(|&t| rules.complementizers.contains(&para.lower(t))) {
        // "told CBS's "Face the Nation" on Sunday that", "told local television channel LN+ that":
        // names, possessives, quoted titles and dates, but no new sentence or speech verb.
        // A complementizer that is part of a conjunction ("tandis que", "so that") opens another
        // clause, not the words said.
        let conjunction = that > k && rules.conjunction_heads.contains(&para.lower(that - 1));
        // ("told The Post the summit was … and that …": "and that" opens a second clause.)
        let second_clause = that > k && rules.coordinators.contains(para.lower(that - 1));
        // "said it had to be established if … information that turned out …": a pronoun right
        // after the verb opens the words said; the later "that" is inside them.
        let clause_opens = rules.clause_subjects.contains(para.lower(k))
            // "… and there was no issue about that.": a "that" ending the sentence is a pronoun.
            || (that + 1..end).filter(|&t| para.tokens[t].is_word()).count() < 2;
        // After a verb that takes no addressee ("said", not "told"), only when and where may
        // come before "that": "said last night the club's position differed from jobs that
        // become available" has its words right after the date.
        let told = k > 0 && rules.told_verbs.contains(&para.lower(k - 1));
        // (Read only for other verbs: "told" always has its addressee there.)
        let frame_first = told || {
            let after_date = find_dates(&para.tokens, k..end.min(k + 6), rules)
                .first()
                .filter(|d| d.first_token == k)
                .map_or(k, |d| d.end_token);
            // (Only a long plain stretch is suspect: "assured Nigerians that", "сказала
            // журналистам, что", "wies darauf hin, dass", "blasted X in a column, writing that"
            // keep theirs.)
            let long_plain = that > after_date + 3 && (after_date..that).all(|t| para.lower(t) != ",");
            !long_plain
                || after_date == that
                || matches!(para.lower(after_date), "," | "(")
                || [
                    &rules.event_prepositions,
                    &rules.date_prepositions,
                    &rules.medium_prepositions,
                    &rules.place_prepositions,
                ]
                .iter()
                .any(|l| l.contains(para.lower(after_date)))
                || rules
                    .interview_markers
                    .iter()
                    .any(|m| super::context::phrase_len_at(para, after_date, m).is_some())
        };
        let between_is_addressee = !conjunction
            && !second_clause
            && !clause_opens
            && frame_first
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
                    && (d.first_token == k || rules.date_prepositions.contains(para.lower(k))) =>
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

/// "told reporters the plan would take two years", "told the BBC the man had been arrested":
/// where the language leaves out "that" after the addressee of "told", the words begin at the
/// first subject (a pronoun, an article or possessive, a capitalised word after a small one)
/// that an auxiliary follows within a few words. The addressee before it holds no punctuation
/// but a possessive and no verb of saying, and the subject is no preposition's object ("told
/// reporters at the White House the president would …" opens at "the president").
fn told_clause_start(cx: &Context, para: &Para, k: usize, end: usize) -> Option<usize> {
    let rules = &cx.pack.rules;
    if !rules.told_clause_without_complementizer {
        return None;
    }
    for j in k + 1..(k + 9).min(end) {
        let prev = para.lower(j - 1);
        let possessive = matches!(prev, "'s" | "'");
        if (!para.tokens[j - 1].is_word() && !possessive) || is_speech(para, j - 1).is_some() {
            return None;
        }
        let w = para.lower(j);
        let subject = rules.clause_subjects.contains(w)
            || rules.definite_articles.contains(w)
            || rules.indefinite_articles.contains(w)
            || rules.possessives.contains(w)
            // (A name, not the head of the addressee's phrase: "told the BBC the man …".)
            || (para.tokens[j].is_cap()
                && !para.tokens[j - 1].is_cap()
                && !possessive
                && !rules.definite_articles.contains(prev)
                && !rules.indefinite_articles.contains(prev)
                && !rules.possessives.contains(prev));
        let object_of_preposition = [
            &rules.oblique_prepositions,
            &rules.place_prepositions,
            &rules.event_prepositions,
            &rules.date_prepositions,
        ]
        .iter()
        .any(|l| l.contains(prev));
        if !subject || object_of_preposition {
            continue;
        }
        let auxiliary = (j + 1..(j + 6).min(end))
            .take_while(|&t| para.tokens[t].is_word())
            .any(|t| rules.auxiliaries.contains(para.lower(t)));
        if auxiliary {
            return Some(j);
        }
    }
    None
}

/// After a speech verb, an interview or event phrase ("in an interview with X", "bei einer
/// Veranstaltung in Chicago") belongs to the frame: the token after it, or `k` if none starts
/// there. The statement's words follow only when at least three words remain.
pub(super) fn skip_venue_phrase(cx: &Context, para: &Para, k: usize, end: usize) -> usize {
    let rules = &cx.pack.rules;
    let is_article = |t: usize| {
        rules.definite_articles.contains(&para.lower(t)) || rules.indefinite_articles.contains(&para.lower(t))
    };
    let mut after = None;
    if let Some(n) = rules
        .interview_markers
        .iter()
        .filter_map(|m| super::context::phrase_len_at(para, k, m))
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
        let head = (k + 1..(k + 6).min(end))
            .find_map(|h| super::context::longest_phrase_len_at(para, h, &rules.event_heads).map(|n| h + n));
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
pub(super) fn build(
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
    // ("…, передает NUR.KZ со ссылкой на BAQ.KZ": the verb first, then the outlet.)
    if let Some(comma) = (content.start + 3..content.end)
        .find(|&k| para.lower(k) == "," && cx.pack.rules.carried_verbs.contains(para.lower(k + 1)))
    {
        content = content.start..comma;
    }
    // "…, speaking at a seminar in New Delhi": a participle clause after the words says where
    // they were said; it is frame, not statement.
    if let Some(comma) = (content.start + 3..content.end)
        .find(|&k| para.lower(k) == "," && cx.pack.rules.frame_participles.contains(&para.lower(k + 1)))
    {
        content = content.start..comma;
    }
    // "kündigte neue Investitionen an": the particle of a separable verb before the words ends
    // the clause; it is the verb's, not said.
    let particles = (sentence.start..content.start)
        .rev()
        .find_map(|k| cx.pack.rules.separable_speech_verbs.get(para.lower(k)));
    if let Some(particles) = particles {
        let last = trim_final_punct(para, content.clone());
        if last > content.start + 1 && particles.split('|').any(|p| para.lower(last - 1) == p) {
            content = content.start..last - 1;
        }
    }
    // "äußerte sich zunächst nicht", "did not comment": a refusal to speak is no statement.
    let words: Vec<&str> = (content.start..content.end.min(para.tokens.len()))
        .filter(|&t| para.tokens[t].is_word())
        .map(|t| para.lower(t))
        .collect();
    // Not the words of a clause "that" opens ("заявил, что цены не вырастут").
    let clause = content.start > 0 && cx.pack.rules.complementizers.contains(para.lower(content.start - 1));
    if !clause && words.len() <= 4 && words.iter().any(|w| cx.pack.rules.negations.contains(w)) {
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
    // ("Anna Roberts, who leads the team at Oxford University, said …": a relative clause about
    // the speaker says where the speaker works, not where the words were said.)
    let mut frame_start = sentence.start;
    if para.lower(f.span.end) == ","
        && cx
            .pack
            .rules
            .relative_clause_openers
            .contains(para.lower(f.span.end + 1))
    {
        if let Some(close) = (f.span.end + 2..content.start).find(|&k| para.lower(k) == ",") {
            frame_start = close + 1;
        }
    }
    let frame_before = frame_start..content.start;
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
pub(super) fn default_date(cx: &Context, para: &Para, frame: Range<usize>) -> Option<PartialDate> {
    let vague = find_dates(&para.tokens, frame, &cx.pack.rules)
        .iter()
        .any(|d| d.value == DateValue::Vague);
    if vague {
        None
    } else {
        cx.published
    }
}

/// The date and venue stated in a frame. Of several dates the one nearest the speech verb
/// wins: the first may be a dateline ("MOSCOW, January 5 (Sputnik) - … said on Monday").
pub(super) fn date_and_venue(cx: &Context, para: &Para, frame: Range<usize>) -> (Option<PartialDate>, Option<Venue>) {
    if frame.is_empty() {
        return (None, None);
    }
    let anchor = (frame.clone())
        .find(|&t| is_speech(para, t).is_some())
        .unwrap_or(frame.start);
    let mut dates = find_dates(&para.tokens, frame.clone(), &cx.pack.rules);
    // (Not in a relative clause after the verb: "…, sagte der Oberösterreicher, der am 17.
    // Oktober aus dem Amt scheidet", "…, said Smith, who took office on Monday".)
    let rules = &cx.pack.rules;
    let relative = (anchor..frame.end)
        .find(|&t| para.lower(t) == "," && rules.relative_clause_openers.contains(para.lower(t + 1)))
        .unwrap_or(frame.end);
    dates.retain(|d| d.first_token < relative);
    dates.sort_by_key(|d| (d.first_token as i64 - anchor as i64).abs());
    let date = dates.iter().find_map(|d| match d.value {
        DateValue::Vague => None,
        v => v.resolve(cx.published),
    });
    // (Not in a person's apposition: "Nicholas Morris, parliamentary secretary in the Office of
    // the Prime Minister, said" names where he works, not where he spoke.)
    // (Nor after the verb: "…, sagt Hanspeter Krüsi, Leiter Kommunikation bei der
    // Kantonspolizei St. Gallen." names where he works; the apposition then runs to the frame's
    // end where no comma closes it.)
    let apposition = cx
        .in_para(para.index)
        .filter(|m| m.end > frame.start && m.end < frame.end && para.lower(m.end) == ",")
        .find_map(|m| {
            let before_verb = m.end < anchor;
            let limit = if before_verb { anchor } else { frame.end };
            let close = (m.end + 1..limit).find(|&t| para.lower(t) == ",");
            let close = if before_verb {
                close?
            } else {
                close.unwrap_or(frame.end)
            };
            // (A title opens it, after an article and small words at most: "an assistant
            // deputy minister in the Department of Health"; "in an interview with The Hindu",
            // "speaking in Milan" are where.)
            let titled = (m.end + 1..(m.end + 4).min(close))
                .take_while(|&t| {
                    t == m.end + 1
                        || rules.indefinite_articles.contains(para.lower(t - 1))
                        || rules.definite_articles.contains(para.lower(t - 1))
                        || (para.tokens[t - 1].is_word()
                            && !para.tokens[t - 1].is_cap()
                            && is_speech(para, t - 1).is_none()
                            && !rules.place_prepositions.contains(para.lower(t - 1)))
                })
                .any(|t| crate::extract::titles::parse_title(para, cx.pack, t).is_some_and(|title| title.end <= close));
            (close > m.end + 1 && titled).then_some(m.end..(close + 1).min(frame.end))
        });
    let venue = match apposition {
        Some(a) => super::venues::find_venue(cx, para, frame.start..a.start)
            .or_else(|| super::venues::find_venue(cx, para, a.end..frame.end)),
        None => super::venues::find_venue(cx, para, frame),
    };
    (date, venue)
}

/// "James Merlino's announcement that Victoria would enter a seven-day lockdown", "Mr Green's
/// warning that he was so overstretched …": a person's possessive, a noun of saying (pack word
/// class speech_nouns) and "that" give the words said, up to the next comma or the sentence's
/// end.
pub(super) fn possessive_speech_nouns(
    cx: &Context,
    para: &Para,
    sentence: Range<usize>,
    focus: &Focus,
) -> Vec<Statement> {
    let rules = &cx.pack.rules;
    if rules.speech_nouns.is_empty() {
        return Vec::new();
    }
    let end = trim_final_punct(para, sentence.clone());
    let mut found = Vec::new();
    for m in cx
        .in_para(para.index)
        .filter(|m| sentence.start <= m.start && m.end + 3 < end)
    {
        let possessive = matches!(para.lower(m.end), "'s" | "'" | "’s" | "’");
        if !possessive
            || !rules.speech_nouns.contains(para.lower(m.end + 1))
            || !rules.complementizers.contains(para.lower(m.end + 2))
        {
            continue;
        }
        let content_start = m.end + 3;
        let content_end = (content_start..end).find(|&t| para.lower(t) == ",").unwrap_or(end);
        if (content_start..content_end)
            .filter(|&t| para.tokens[t].is_word())
            .count()
            < 3
        {
            continue;
        }
        let f = Found {
            speaker: SpeakerRef::Person(m.person),
            span: m.start..m.end,
        };
        // (Its frame is the possessive and the noun alone: the rest of the sentence is
        // another clause's.)
        if let Some(s) = build(
            cx,
            para,
            f,
            content_start..content_end,
            m.start..content_start,
            "reported.possessive-noun",
            focus,
        ) {
            found.push(s);
        }
    }
    found
}

/// A word that may open where or when something was said ("nach dem Treffen", "у Telegram").
fn opens_adjunct(cx: &Context, word: &str) -> bool {
    let rules = &cx.pack.rules;
    adjunct_start(cx, word)
        || rules.recipient_articles.contains(word)
        || [
            &rules.frame_prepositions,
            &rules.place_prepositions,
            &rules.event_prepositions,
            &rules.medium_prepositions,
            &rules.date_prepositions,
        ]
        .iter()
        .any(|class| class.contains(word))
}

/// Whether a word opens an adjunct (when, where, how) rather than the clause of what was said.
fn adjunct_start(cx: &Context, word: &str) -> bool {
    // (A colon opens quoted words, which the quote rules take.)
    matches!(word, "," | "." | ";" | "—" | "–" | ":") || cx.pack.rules.adjunct_starts.contains(word)
}
