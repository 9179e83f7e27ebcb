//! Who is speaking: the speaker phrase beside a speech verb ("said Lavrov", "the top diplomat
//! told", "according to X", "A and B, the ministers, said"), before it is resolved to a person.

use super::context::{is_age, is_quote_mark, is_speech, is_template, span_text, Context};
use super::marks::{MarkKind, Para};
use super::model::{OrgRef, PersonMention, Venue, VenueKind};
use super::titles::{parse_title, title_ending_at};
use crate::dates::find_dates;
use crate::lang::{CountryForm, Gender, LangRules};
use crate::text::TokenKind;
use std::ops::Range;

/// "dit-il", "mentionne-t-elle": a speech verb whose last token carries its subject pronoun.
pub(super) fn incise_pronoun(cx: &Context, para: &Para, verb: &Range<usize>) -> Option<Found> {
    let last = verb.end.checked_sub(1)?;
    let word = para.lower(last);
    let gender = cx
        .pack
        .rules
        .incise_pronouns
        .iter()
        .find(|(ending, _)| word.ends_with(ending))
        .map(|(_, g)| if g == "f" { Gender::Female } else { Gender::Male })?;
    Some(Found {
        speaker: SpeakerRef::Pronoun(gender),
        span: last..last + 1,
    })
}

/// What a speaker phrase refers to, before resolution.
pub(super) enum SpeakerRef {
    Person(usize),
    Pronoun(Gender),
    Role {
        role: String,
        org: Option<OrgRef>,
        indefinite: bool,
        /// "l'ex-députée", "the former minister": a former holder, who no longer speaks for
        /// the body.
        former: bool,
    },
    RoleNoun(String),
    /// "the 45-year-old", "der Oberösterreicher": the person last spoken of.
    Described,
    /// "cette dernière", "the latter": the person of that gender last named.
    Latter(Gender),
    Organisation(OrgRef),
}

pub(super) struct Found {
    pub(super) speaker: SpeakerRef,
    /// Token range of the speaker phrase.
    pub(super) span: Range<usize>,
}

/// The speaker phrase ending right before token `end`.
pub(super) fn speaker_ending_at(cx: &Context, para: &Para, end: usize, floor: usize) -> Option<Found> {
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
        let rules = &cx.pack.rules;
        if start >= floor + 2 && rules.agent_prepositions.contains(para.lower(start - 1)) {
            let head = start - 2;
            let role_before = para.mark(head).is_some_and(|k| matches!(k.kind, MarkKind::Role(_)))
                || role_noun(cx, para.lower(head)).is_some()
                || rules.spokesperson_words.contains(para.lower(head));
            if role_before {
                return Some(Found {
                    speaker: SpeakerRef::Role {
                        role: String::new(),
                        org: None,
                        indefinite: true,
                        former: false,
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
    // ("Ce dernier ajoute que …": the latter, before its verb.)
    if let Some((at, g)) = rules.latter_phrases.iter().find_map(|(phrase, g)| {
        let n = phrase.split(' ').count();
        let at = end.checked_sub(n)?;
        (super::context::phrase_len_at(para, at, phrase) == Some(n)).then_some((at, g))
    }) {
        return Some(latter(g, at..end));
    }
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
    // A bare role noun ("the diplomat", «Чиновник»), even one the lexicon also knows as a title,
    // describes the person last spoken of; a fuller title is a post to find its holder by.
    // ("the new chief", "the former minister": an adjective or qualifier between them.)
    let described =
        |k: usize| rules.role_noun_adjectives.contains(para.lower(k)) || rules.qualifiers.get(para.lower(k)).is_some();
    // ("the PCB chief": the body's acronym between them.)
    let body_acronym = |k: usize| {
        para.tokens.get(k).is_some_and(|t| t.is_word())
            && super::context::in_capitals(para.tokens[k].text(&para.text))
            && para.mark(k).is_none_or(|m| matches!(m.kind, MarkKind::Organisation(_)))
    };
    let article_at = if end >= floor + 3 && (described(end - 2) || body_acronym(end - 2)) {
        end - 3
    } else {
        end - 2
    };
    // ("The Irishman said he was returning": a person by origin, the one last spoken of.)
    if end >= floor + 2 && article_at >= floor && rules.definite_articles.contains(&para.lower(article_at)) {
        if rules.demonym_nouns.contains(last) {
            return Some(Found {
                speaker: SpeakerRef::Described,
                span: article_at..end,
            });
        }
        if let Some(category) = role_noun(cx, last) {
            return Some(Found {
                speaker: SpeakerRef::RoleNoun(category),
                span: article_at..end,
            });
        }
    }
    // «Чиновник отметил, что …»: without articles, a role noun that opens the clause.
    if rules.definite_articles.is_empty() && end == floor + 1 {
        if let Some(category) = role_noun(cx, last) {
            return Some(Found {
                speaker: SpeakerRef::RoleNoun(category),
                span: end - 1..end,
            });
        }
    }
    if let Some(t) = title_ending_at(para, cx.pack, end).filter(|t| t.start >= floor) {
        return Some(Found {
            speaker: SpeakerRef::Role {
                former: t.qualifiers.iter().any(|q| q == "former"),
                role: t.role,
                org: t.org,
                indefinite: t.indefinite,
            },
            span: t.start..end,
        });
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
/// «називають Сергія Реброва»: where names decline, a name written in an oblique case (its
/// surname not the nominative) after a verb is the verb's object, not an inverted speaker.
pub(super) fn declined_name(cx: &Context, para: &Para, found: &Found) -> bool {
    let SpeakerRef::Person(p) = found.speaker else {
        return false;
    };
    let written_surname = para.tokens[found.span.end - 1].text(&para.text);
    cx.pack.rules.names_decline
        && cx
            .in_para(para.index)
            .any(|m| m.end == found.span.end && m.end - m.start >= 2 && m.person == p)
        && cx.persons[p].name.last().is_some_and(|n| n != written_surname)
}

pub(super) fn speaker_starting_at(cx: &Context, para: &Para, start: usize, ceiling: usize) -> Option<Found> {
    if start >= ceiling {
        return None;
    }
    if let Some(m) = cx.in_para(para.index).find(|m| m.start == start) {
        return Some(Found {
            speaker: SpeakerRef::Person(m.person),
            span: start..m.end,
        });
    }
    // "sagte Commerzbank-Chefvolkswirt Jörg Krämer": where nouns are capitalised, one noun no
    // lexicon knows (a title) may stand before the name.
    if cx.pack.rules.nouns_capitalised && para.tokens[start].is_cap() && para.mark(start).is_none() {
        if let Some(m) = cx
            .in_para(para.index)
            .find(|m| m.start == start + 1 && m.end <= ceiling)
        {
            return Some(Found {
                speaker: SpeakerRef::Person(m.person),
                span: start..m.end,
            });
        }
    }
    // "« … », a assuré mardi la ministre de la Santé, X": the day between verb and speaker.
    let rules = &cx.pack.rules;
    let day = |w: &str| {
        rules.weekdays.iter().any(|(d, _)| w.starts_with(d.as_str())) || rules.relative_days.iter().any(|(d, _)| d == w)
    };
    if day(para.lower(start)) && start + 1 < ceiling {
        return speaker_starting_at(cx, para, start + 1, ceiling).map(|f| Found {
            speaker: f.speaker,
            span: start + 1..f.span.end,
        });
    }
    // "« … », a répondu, sèchement, M. Lemaire", "said, in turn, the minister": an aside of a
    // few plain words between commas before the speaker.
    if para.lower(start) == "," {
        let close = (start + 2..(start + 5).min(ceiling)).find(|&k| para.lower(k) == ",")?;
        let plain = (start + 1..close).all(|k| para.tokens[k].kind == TokenKind::Word && para.mark(k).is_none());
        if plain {
            return speaker_starting_at(cx, para, close + 1, ceiling).map(|f| Found {
                speaker: f.speaker,
                span: close + 1..f.span.end,
            });
        }
        return None;
    }
    // "soutient le Dr Gilbert Boucher": an article before the honorific.
    if cx.pack.rules.definite_articles.contains(para.lower(start))
        && cx.pack.rules.personal_honorifics.contains(para.lower(start + 1))
    {
        return speaker_starting_at(cx, para, start + 1, ceiling).map(|f| Found {
            speaker: f.speaker,
            span: start..f.span.end,
        });
    }
    // "a souligné Mme Yannick Lintz", "said Mr. Smith": an honorific (and its dot) first.
    if cx.pack.rules.personal_honorifics.contains(para.lower(start)) {
        let k = start + 1 + usize::from(para.lower(start + 1) == ".");
        if let Some(m) = cx.in_para(para.index).find(|m| m.start == k && k < ceiling) {
            return Some(Found {
                speaker: SpeakerRef::Person(m.person),
                span: start..m.end,
            });
        }
    }
    // "erklärte sein Anwalt Wolfgang Müller", "said his lawyer John Smith": a possessive and a
    // word or two describing the person, then the name.
    if cx.pack.rules.possessives.contains(para.lower(start)) {
        // ("a indiqué son président, Stéphane Martin": a comma may set the name off.)
        let name = (start + 2..(start + 5).min(ceiling)).find_map(|k| {
            let words_end = if para.lower(k - 1) == "," { k - 1 } else { k };
            let plain = words_end > start + 1
                && words_end <= start + 3
                && (start + 1..words_end).all(|t| para.tokens[t].is_word());
            plain.then(|| cx.in_para(para.index).find(|m| m.start == k)).flatten()
        });
        if let Some(m) = name {
            return Some(Found {
                speaker: SpeakerRef::Person(m.person),
                span: start..m.end,
            });
        }
    }
    // "– зазначив дипломат", "said the diplomat": a bare role noun describes the person last
    // spoken of who holds a post of its kind, even where the lexicon also knows it as a title.
    let bare = start + usize::from(cx.pack.rules.definite_articles.contains(&para.lower(start)));
    let ends_at = |k: usize| {
        let r = &cx.pack.rules;
        k >= ceiling
            || !para.tokens.get(k).is_some_and(|t| t.is_word())
            || [&r.event_prepositions, &r.place_prepositions, &r.date_prepositions]
                .iter()
                .any(|l| l.contains(para.lower(k)))
    };
    // ("a lancé le chef caquiste en point de presse": one adjective after the noun.)
    let adjective_after = para
        .tokens
        .get(bare + 1)
        .is_some_and(|t| t.is_word() && !t.is_cap() && bare + 1 < ceiling)
        && is_speech(para, bare + 1).is_none()
        && ends_at(bare + 2);
    // ("отметил глава «Газпрома» Иван Петров": a name in quote marks after the noun makes it a
    // title, not a bare role noun.)
    // (Only where a person's name follows the quote: "сказал глава «Роснефти»" alone is the
    // head last spoken of.)
    let quoted_name_after = is_quote_mark(para.lower(bare + 1))
        && (bare + 3..(bare + 7).min(ceiling))
            .find(|&k| is_quote_mark(para.lower(k)))
            .is_some_and(|close| cx.in_para(para.index).any(|m| m.start == close + 1));
    if let Some(category) = role_noun(cx, para.lower(bare)).filter(|_| {
        bare + 1 >= ceiling
            || (!para.tokens.get(bare + 1).is_some_and(|t| t.is_word()) && !quoted_name_after)
            || adjective_after
    }) {
        let end = if adjective_after { bare + 2 } else { bare + 1 };
        return Some(Found {
            speaker: SpeakerRef::RoleNoun(category),
            span: start..end,
        });
    }
    if let Some(t) = parse_title(para, cx.pack, start) {
        // "…", sagte die Sprecherin des Außenministeriums, Maria Sacharowa: the name after a
        // comma, or after the place of the post ("посол України в Лондоні Вадим Пристайко").
        let starts = super::titles::name_starts_after(para, cx.pack, t.end);
        if let Some(m) = cx.in_para(para.index).find(|m| starts.contains(&m.start)) {
            return Some(Found {
                speaker: SpeakerRef::Person(m.person),
                span: start..m.end,
            });
        }
        // "– сказала депутатка Львівської обласної ради Ірина Гнатишин": where the title runs
        // on in words it did not take (a body no lexicon knows), the name right after them.
        let later = cx.in_para(para.index).find(|m| {
            m.start > t.end
                && m.start <= t.end + 4
                && m.end <= ceiling
                && (t.end..m.start).all(|k| para.tokens[k].is_word() && is_speech(para, k).is_none())
        });
        if let Some(m) = later {
            return Some(Found {
                speaker: SpeakerRef::Person(m.person),
                span: start..m.end,
            });
        }
        return Some(Found {
            speaker: SpeakerRef::Role {
                former: t.qualifiers.iter().any(|q| q == "former"),
                role: t.role,
                org: t.org,
                indefinite: t.indefinite,
            },
            span: start..t.end,
        });
    }
    let word = para.lower(start);
    let rules = &cx.pack.rules;
    if let Some((n, g)) = rules
        .latter_phrases
        .iter()
        .find_map(|(phrase, g)| super::context::phrase_len_at(para, start, phrase).map(|n| (n, g)))
    {
        return Some(latter(g, start..start + n));
    }
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
    // "sagte der 56-Jährige", "said the 45-year-old", "sagte der Oberösterreicher": a definite
    // description by age or origin, with no name after it.
    let article = usize::from(rules.definite_articles.contains(&word));
    let k = start + article;
    let by_age = para.tokens.get(k).is_some_and(|t| {
        t.lower.starts_with(|c: char| c.is_ascii_digit())
            && rules.descriptor_endings.iter().any(|e| t.lower.ends_with(e))
    });
    let by_origin = article == 1
        && (rules.demonym_nouns.contains(para.lower(k))
            || para.mark_starting(k).is_some_and(|m| {
                m.end == k + 1
                    && matches!(
                        m.kind,
                        MarkKind::Country(_, CountryForm::Demonym) | MarkKind::Region(_, CountryForm::Demonym)
                    )
            }));
    // Not "the 45-year-old Smith": a name after the description is the speaker itself.
    let clause_ends = k + 1 >= ceiling || !para.tokens.get(k + 1).is_some_and(|t| t.is_cap());
    if (by_age || by_origin) && clause_ends {
        return Some(Found {
            speaker: SpeakerRef::Described,
            span: start..k + 1,
        });
    }
    None
}

pub(super) fn role_noun(cx: &Context, word: &str) -> Option<String> {
    cx.pack.rules.role_nouns.get(word).cloned()
}

/// "The foreign ministers of France and Germany, Catherine Colonna and Annalena Baerbock,
/// said": an aside made only of names, right before the verb, is the speaker (the last name;
/// the others share the statement, see `lists::share_coordinated_statements`).
pub(super) fn names_aside_before(cx: &Context, para: &Para, verb: usize, floor: usize) -> Option<Found> {
    if verb < floor + 2 || para.lower(verb - 1) != "," {
        return None;
    }
    let last = cx.in_para(para.index).find(|m| m.end == verb - 1 && m.start > floor)?;
    // ("…, Mr. Temi Popoola, said": an honorific opens the name.)
    let honorific = |k: usize| cx.pack.rules.personal_honorifics.contains(para.lower(k));
    let opening = |s: usize| {
        if s >= 2 && para.lower(s - 1) == "." && honorific(s - 2) {
            s - 2
        } else if s >= 1 && honorific(s - 1) {
            s - 1
        } else {
            s
        }
    };
    // Walk back over "A and B", "A, B and C" to the comma that opens the aside.
    let mut start = opening(last.start);
    loop {
        let before = start.checked_sub(1)?;
        match para.lower(before) {
            "," if cx.in_para(para.index).all(|m| m.end != before) => break,
            w if w == "," || cx.pack.rules.coordinators.contains(w) => {
                let sep = if before > 0
                    && cx.pack.rules.coordinators.contains(para.lower(before))
                    && para.lower(before - 1) == ","
                {
                    before - 1
                } else {
                    before
                };
                start = opening(cx.in_para(para.index).find(|m| m.end == sep && m.start > floor)?.start);
            }
            _ => return None,
        }
    }
    (start > floor + 1).then(|| Found {
        speaker: SpeakerRef::Person(last.person),
        span: start..verb - 1,
    })
}

/// The speaker after an event phrase that follows the verb: «— сообщил на брифинге в
/// Кризисном медиа-центре министр X», "a déclaré lors d'un point de presse le ministre X". The
/// phrase is plain words (no punctuation, no other name) from an event preposition to the
/// speaker's title or name, a few words at most; it stays in the frame, where the venue is read.
pub(super) fn speaker_after_event(cx: &Context, para: &Para, start: usize, ceiling: usize) -> Option<Found> {
    let rules = &cx.pack.rules;
    // "« … », a indiqué à l'AFP Julie Martin": the outlet told, then the speaker.
    if rules.told_prepositions.contains(para.lower(start)) {
        let at = start + 1 + usize::from(rules.definite_articles.contains(para.lower(start + 1)));
        if let Some(m) = para
            .mark_starting(at)
            .filter(|m| matches!(m.kind, MarkKind::Outlet(_)) && m.end < ceiling)
        {
            if let Some(f) = speaker_starting_at(cx, para, m.end, ceiling) {
                return Some(f);
            }
        }
    }
    let prep = rules
        .event_prepositions
        .iter()
        .filter_map(|p| super::context::phrase_len_at(para, start, p))
        .max()?;
    let heads_at = |h: usize| {
        rules
            .event_heads
            .iter()
            .any(|e| super::context::phrase_len_at(para, h, e).is_some())
    };
    let mut saw_head = false;
    for k in start + prep..(start + prep + 8).min(ceiling) {
        saw_head |= heads_at(k);
        if saw_head && k > start + prep {
            if let Some(f) = speaker_starting_at(cx, para, k, ceiling) {
                return Some(f);
            }
        }
        // ("в интервью «Домской площади» министр …": an outlet's name in its quote marks.)
        let plain = (para.tokens[k].is_word() && is_speech(para, k).is_none()) || is_quote_mark(para.lower(k));
        if !plain || cx.in_para(para.index).any(|m| m.start == k) {
            return None;
        }
    }
    None
}

/// "the latter", «ce dernier» over `span`, of the gender its pack row gives (m, f).
fn latter(gender: &str, span: Range<usize>) -> Found {
    let gender = match gender {
        "m" => Gender::Male,
        "f" => Gender::Female,
        _ => Gender::Unknown,
    };
    Found {
        speaker: SpeakerRef::Latter(gender),
        span,
    }
}

/// "…, a affirmé, dimanche soir à Batna, le ministre de la Culture, Azzedine Mihoubi", "…, a
/// répondu, sèchement, M. Lemaire", "…, a répondu sèchement M. Lemaire": when, where or how,
/// set off by commas (eight words at most, none a speech verb) or adverbs alone, between the
/// verb and the speaker after it.
pub(super) fn speaker_after_incise(cx: &Context, para: &Para, start: usize, ceiling: usize) -> Option<Found> {
    let rules = &cx.pack.rules;
    let plain = |k: usize| {
        para.tokens[k].is_word()
            && is_speech(para, k).is_none()
            && !cx.in_para(para.index).any(|m| m.start == k)
            && !rules.complementizers.contains(para.lower(k))
    };
    if para.lower(start) == "," {
        let close = (start + 2..(start + 10).min(ceiling)).find(|&k| para.lower(k) == ",")?;
        if !(start + 1..close).all(plain) {
            return None;
        }
        return speaker_starting_at(cx, para, close + 1, ceiling);
    }
    let mut k = start;
    while k < ceiling && k < start + 2 && plain(k) && rules.is_adverb(para.lower(k)) {
        k += 1;
    }
    (k > start).then(|| speaker_starting_at(cx, para, k, ceiling)).flatten()
}

/// Skips adverbs and an appositive ", …," going left from `verb`; returns where the speaker ends.
pub(super) fn speaker_end_before(rules: &LangRules, para: &Para, verb: usize, floor: usize) -> usize {
    let mut end = verb;
    // ("Bongani Mkongi had on 23 April stated that …": a day between a name's auxiliary and the
    // verb; dates are looked for only where such an auxiliary stands.)
    let auxiliary = (verb.saturating_sub(6).max(floor + 1)..verb.saturating_sub(1))
        .rev()
        .find(|&k| rules.perfect_auxiliaries.contains(para.lower(k)) && para.tokens[k - 1].is_cap());
    if let Some(aux) = auxiliary {
        let day = find_dates(&para.tokens, aux + 1..verb, rules).into_iter().any(|d| {
            let opens = d.first_token == aux + 1
                || (d.first_token == aux + 2 && rules.date_prepositions.contains(para.lower(aux + 1)));
            opens && d.end_token == verb && d.value != crate::dates::DateValue::Vague
        });
        if day {
            end = aux;
        }
    }
    let mut skipped = 0;
    while end > floor && skipped < 3 {
        let adverb = |k: usize| para.tokens[k].kind == TokenKind::Word && rules.is_adverb(para.lower(k));
        // ("Er habe stets gesagt, …", "He has said …": a perfect tense's auxiliary too.)
        // ("Салиев в свою очередь отметил", "X for his part said": a phrase of several words.)
        let phrase = rules.between_speaker_and_verb.iter().find_map(|p| {
            let n = p.split(' ').count();
            let at = end.checked_sub(n).filter(|&at| n > 1 && at > floor)?;
            (super::context::phrase_len_at(para, at, p) == Some(n)).then_some(at)
        });
        if let Some(at) = phrase {
            end = at;
        } else if adverb(end - 1) || rules.perfect_auxiliaries.contains(para.lower(end - 1)) {
            end -= 1;
        } else if end >= floor + 3 && para.lower(end - 1) == "," && adverb(end - 2) && para.lower(end - 3) != "," {
            // "He however, acknowledged that": the adverb's comma, without its pair before it.
            end -= 2;
        } else {
            break;
        }
        skipped += 1;
    }
    // "Governor Abba Yusuf of Kano State said": the place or body of the name's post between
    // name and verb.
    if let Some(link) = (end.saturating_sub(6).max(floor + 1)..end).find(|&k| {
        rules.of_links.contains(para.lower(k)) && para.tokens[k - 1].is_cap() && {
            let at = k + 1 + usize::from(rules.definite_articles.contains(para.lower(k + 1)));
            para.mark_starting(at).is_some_and(|m| {
                m.end == end
                    && matches!(
                        m.kind,
                        MarkKind::Country(..) | MarkKind::Region(..) | MarkKind::Organisation(_)
                    )
            })
        }
    }) {
        end = link;
    }
    end = past_brackets_after_name(para, end, floor);
    // "Putin, clearly alarmed by the moves, vowed": skip the comma-enclosed aside.
    if end > floor && para.lower(end - 1) == "," {
        let aside = (floor..end - 1).rev().take(15).find(|&k| para.lower(k) == ",");
        if let Some(k) = aside {
            // (A speech word after a possessive is a noun: "in his remarks".)
            if !(k + 1..end - 1).any(|t| is_speech(para, t).is_some() && !rules.possessives.contains(para.lower(t - 1)))
            {
                // ("Maria Lopez, 45, a spokeswoman for …, said": an age set off before the aside.)
                let age = k >= floor + 3 && para.lower(k - 2) == "," && is_age(para.lower(k - 1));
                // ("Jane Smith (Labour), MP for Leeds North, said": the party after the name,
                // before the aside.)
                return if age {
                    k - 2
                } else {
                    past_brackets_after_name(para, k, floor)
                };
            }
        }
    }
    end
}

/// The name's end before an age or a party in brackets that ends at `end` ("Jörg Schmadtke
/// (51)", "Philippe Close (PS)"), else `end`.
fn past_brackets_after_name(para: &Para, end: usize, floor: usize) -> usize {
    let mut end = end;
    // "Jörg Schmadtke (51) sagte", "Kasper Rorsted (60) werde": an age in brackets after the name.
    if end >= floor + 4 && para.lower(end - 1) == ")" && para.lower(end - 3) == "(" && is_age(para.lower(end - 2)) {
        end -= 3;
    } else if end >= floor + 4 && para.lower(end - 1) == ")" {
        // "Philippe Close (PS) s'est félicité", "Stefan Kaineder (Grüne) sagte", "Ted Cruz
        // (R-Texas) said": a party of a few words in brackets after the name.
        let open = (end.saturating_sub(6).max(floor + 1)..end - 1)
            .rev()
            .find(|&k| para.lower(k) == "(");
        if let Some(open) = open {
            let party = (open + 1..end - 1)
                .all(|t| para.tokens[t].is_word() || matches!(para.lower(t), "-" | "/" | "."))
                && para.tokens.get(open + 1).is_some_and(|t| t.is_cap());
            if party && open > floor + 1 {
                end = open;
            }
        }
    }
    end
}

pub(super) fn attribution_after(cx: &Context, para: &Para, seg: Range<usize>) -> Option<(Found, Option<Venue>)> {
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
    if cx.pack.rules.clause_openers.contains(para.lower(start)) {
        return None;
    }
    let window_end = seg.end.min(start + 10);
    // "„Ich führe mein Amt weiter“, so Kummer.", "'…,' according to Smith": the phrase of
    // "according to" right after the quote, then the speaker.
    for p in cx.pack.rules.according_to.iter() {
        if let Some(n) = super::context::phrase_len_at(para, start, p) {
            if let Some(f) =
                speaker_starting_at(cx, para, start + n, seg.end).filter(|f| matches!(f.speaker, SpeakerRef::Person(_)))
            {
                return Some((f, None));
            }
        }
    }
    // «…», — цитує «СпортАрена» президента клубу Івіцу Піріча: the outlet that quotes, then the
    // speaker; the outlet is where the words were said.
    if cx.pack.rules.quoting_verbs.contains(para.lower(start)) {
        if let Some(outlet) = quoting_outlet(para, start + 1, seg.end) {
            if let Some(f) = speaker_starting_at(cx, para, outlet.end, seg.end)
                .filter(|f| matches!(f.speaker, SpeakerRef::Person(_)))
            {
                let inner = outlet.start + usize::from(is_quote_mark(para.lower(outlet.start)))
                    ..outlet.end - usize::from(is_quote_mark(para.lower(outlet.end - 1)));
                let venue = Venue {
                    label: span_text(cx, para, inner),
                    kind: VenueKind::Outlet,
                };
                return Some((f, Some(venue)));
            }
        }
    }
    // "… TASS reported Shoigu as saying"
    for k in start..window_end {
        if super::context::longest_phrase_len_at(para, k, &cx.pack.rules.as_saying).is_some() {
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
        let end = speaker_end_before(&cx.pack.rules, para, v, start);
        if let Some(f) = speaker_ending_at(cx, para, end, start) {
            return Some((f, None));
        }
        if let Some(f) = speaker_starting_at(cx, para, verb.end, seg.end)
            .or_else(|| speaker_after_event(cx, para, verb.end, seg.end))
            .or_else(|| speaker_after_incise(cx, para, verb.end, seg.end))
            .or_else(|| incise_pronoun(cx, para, &verb))
        {
            return Some((f, None));
        }
        return None;
    }
    None
}

/// The outlet named after a quoting verb: one the lexicon knows, a name in quote marks, or up to
/// three capitalised words.
fn quoting_outlet(para: &Para, start: usize, end: usize) -> Option<Range<usize>> {
    if let Some(m) = para
        .mark_starting(start)
        .filter(|m| matches!(m.kind, MarkKind::Outlet(_)))
    {
        return Some(m.start..m.end);
    }
    if is_quote_mark(para.lower(start)) {
        let close = (start + 2..(start + 6).min(end)).find(|&t| is_quote_mark(para.lower(t)))?;
        return Some(start..close + 1);
    }
    let words = (start..(start + 3).min(end))
        .take_while(|&t| para.tokens[t].is_cap() && para.tokens[t].is_word() && para.mark(t).is_none())
        .count();
    (words > 0).then(|| start..start + words)
}

/// The speaker of a quote from the words before it, and where the attribution ends.
pub(super) fn attribution_before(cx: &Context, para: &Para, seg: Range<usize>) -> Option<(Found, usize)> {
    let rules = &cx.pack.rules;
    for v in seg.clone().rev() {
        if let Some(verb) = is_speech(para, v) {
            if let Some(f) = names_aside_before(cx, para, v, seg.start) {
                return Some((f, verb.end));
            }
            let end = speaker_end_before(&cx.pack.rules, para, v, seg.start);
            if let Some(f) = speaker_ending_at(cx, para, end, seg.start) {
                return Some((f, verb.end));
            }
            if let Some(f) = speaker_starting_at(cx, para, verb.end, seg.end) {
                let after = f.span.end;
                return Some((f, after));
            }
        }
    }
    // "Stöger: „…“", "Sportchef Jörg Schmadtke: „…“": a name alone before a colon (a title and
    // an article before it at most) introduces the quote; not a heading ("Stimmen: „…“").
    if seg.end >= seg.start + 2 && para.lower(seg.end - 1) == ":" {
        // From the end of the quote or sentence before it, which the sentence splitter may have
        // kept ("… verteidigt.“ Kapitän Joshua Kimmich: „…“").
        let from = (seg.start..seg.end - 1)
            .rev()
            .find(|&t| matches!(para.lower(t), "»" | "“" | "”" | "\"" | "." | "!" | "?"))
            .map_or(seg.start, |t| t + 1);
        let lead_in = from..seg.end - 1;
        if let Some(f) = speaker_ending_at(cx, para, lead_in.end, lead_in.start) {
            let only_name = (lead_in.start..f.span.start).all(|t| rules.definite_articles.contains(para.lower(t)));
            if only_name && matches!(f.speaker, SpeakerRef::Person(_)) {
                return Some((f, seg.end));
            }
        }
        // "Schmadtke mit einem Lächeln: „…“", "Kapitän Joshua Kimmich nach dem Abpfiff: „…“",
        // "Sport-Boss Jörg Schmadtke (51) mit einem zufriedenen Lächeln im Gesicht: „…“": the name
        // (after an article and a title) opens a lead-in of a dozen words or so that names no one
        // else.
        let mut name_start = lead_in.start;
        while name_start < lead_in.end && rules.definite_articles.contains(para.lower(name_start)) {
            name_start += 1;
        }
        if let Some(m) = para
            .mark_starting(name_start)
            .filter(|m| matches!(m.kind, MarkKind::Role(_)))
        {
            name_start = m.end;
        }
        if let Some(f) = speaker_starting_at(cx, para, name_start, lead_in.end) {
            let alone = !cx
                .in_para(para.index)
                .any(|m| m.start >= f.span.end && m.end <= lead_in.end);
            if alone && matches!(f.speaker, SpeakerRef::Person(_)) && lead_in.end - f.span.end <= 14 {
                return Some((f, seg.end));
            }
        }
    }
    for k in seg.clone() {
        for p in rules.according_to.iter() {
            if let Some(n) = super::context::phrase_len_at(para, k, p) {
                let after = k + n;
                if let Some(f) = speaker_starting_at(cx, para, after, seg.end) {
                    let after = f.span.end;
                    return Some((f, after));
                }
            }
        }
    }
    None
}

/// The sentence's subject when words stand between it and the verb ("Лавров в интервью RT
/// заявил", "X expressed concern … and stated that"): the one person named before the verb,
/// at the head of the sentence (after an opening adverbial and a title at most).
pub(super) fn sentence_subject(cx: &Context, para: &Para, start: usize, verb: usize) -> Option<Found> {
    let persons: Vec<&PersonMention> = cx
        .in_para(para.index)
        .filter(|m| m.start >= start && m.end <= verb)
        .collect();
    // "Schwab, who refused to comment … before coach Dean Bailey - said …": the names inside a
    // relative clause after the subject are not the subject.
    let rules = &cx.pack.rules;
    let relative_after =
        |m: &PersonMention| para.lower(m.end) == "," && rules.relative_clause_openers.contains(para.lower(m.end + 1));
    let (m, longest) = match persons.as_slice() {
        [m] => (*m, 12),
        [m, ..] if relative_after(m) => (*m, 40),
        _ => return None,
    };
    let head = title_ending_at(para, cx.pack, m.start).map_or(m.start, |t| t.start);
    // Only an opening adverbial ("On Monday,", "В среду") may come before the subject.
    let opening = &para.tokens[start..head];
    // (Or a dateline: "RAIPUR:", "NAIROBI, Kenya, Aug 20 –".)
    let dateline = opening.len() <= 8
        && opening.first().is_some_and(|t| t.is_cap())
        && opening
            .last()
            .is_some_and(|t| matches!(t.lower.as_str(), ":" | "–" | "—" | "-"));
    // (Or the subject's own title, in capitals with its links: "Union Minister for Road
    // Transport Nitin Gadkari on Monday said".)
    let own_title = opening.len() <= 8
        && (start..head).any(|k| para.mark(k).is_some_and(|m| matches!(m.kind, MarkKind::Role(_))))
        && opening
            .iter()
            .all(|t| t.is_cap() || rules.role_links.contains(&t.lower) || rules.definite_articles.contains(&t.lower));
    let adverbial = opening.is_empty()
        || dateline
        || own_title
        || (opening.len() <= 5 && opening.last().is_some_and(|t| t.lower == ","))
        || find_dates(&para.tokens, start..head, &cx.pack.rules)
            .first()
            .is_some_and(|d| d.end_token == head && d.first_token <= start + 1);
    // No other clause between subject and verb: no second speech verb.
    let clause_free = !(m.end..verb).any(|t| is_speech(para, t).is_some());
    (adverbial && clause_free && verb - m.end <= longest).then(|| Found {
        speaker: SpeakerRef::Person(m.person),
        span: m.start..m.end,
    })
}
