//! Calendar dates as news gives them: full, or day and month without a year.

use crate::lang::LangRules;
use crate::text::Token;
use chrono::{Datelike, Duration, NaiveDate};

/// A day, with or without its year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartialDate {
    pub year: Option<i32>,
    pub month: u32,
    pub day: u32,
}

impl PartialDate {
    pub fn full(date: NaiveDate) -> Self {
        PartialDate {
            year: Some(date.year()),
            month: date.month(),
            day: date.day(),
        }
    }

    pub fn to_naive(self) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(self.year?, self.month, self.day)
    }

    /// `YYYY-MM-DD`, or the xsd:gMonthDay form `--MM-DD` when the year is unknown.
    pub fn lexical(self) -> String {
        match self.year {
            Some(y) => format!("{y:04}-{:02}-{:02}", self.month, self.day),
            None => format!("--{:02}-{:02}", self.month, self.day),
        }
    }

    pub fn parse_iso(s: &str) -> Option<Self> {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").ok().map(Self::full)
    }

    fn valid(year: Option<i32>, month: u32, day: u32) -> Option<Self> {
        // 2000 is a leap year: a year-less 29 February stays valid.
        NaiveDate::from_ymd_opt(year.unwrap_or(2000), month, day)?;
        Some(PartialDate { year, month, day })
    }
}

/// A date expression found in text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMention {
    pub first_token: usize,
    pub end_token: usize,
    pub value: DateValue,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateValue {
    /// An explicit day: "December 27", "27 December 2021", "22/12/2021".
    Day(PartialDate),
    /// A weekday: "on Monday", optionally with its date ("Monday, December 27").
    Weekday(u32),
    /// Days from publication: "yesterday" = -1.
    Relative(i64),
    /// A period that does not give the day ("last month").
    Vague,
}

impl DateValue {
    /// The day this names, given the publication date. A weekday is the latest such day on or
    /// before publication (news reports the past); without a publication date only explicit
    /// days resolve.
    pub fn resolve(self, published: Option<PartialDate>) -> Option<PartialDate> {
        match self {
            DateValue::Day(d) => match (d.year, published.and_then(|p| p.to_naive())) {
                (None, Some(p)) => Some(year_near(d, p)),
                _ => Some(d),
            },
            DateValue::Weekday(w) => {
                let p = published?.to_naive()?;
                let back = (p.weekday().num_days_from_monday() as i64 - w as i64).rem_euclid(7);
                Some(PartialDate::full(p - Duration::days(back)))
            }
            DateValue::Relative(n) => {
                let p = published?;
                match p.to_naive() {
                    Some(d) => Some(PartialDate::full(d + Duration::days(n))),
                    None if n == 0 => Some(p),
                    None => None,
                }
            }
            DateValue::Vague => None,
        }
    }
}

/// The year that puts a year-less day closest to (and preferably not after) publication.
fn year_near(d: PartialDate, published: NaiveDate) -> PartialDate {
    let candidates = [published.year(), published.year() - 1, published.year() + 1];
    let best = candidates
        .iter()
        .filter_map(|&y| NaiveDate::from_ymd_opt(y, d.month, d.day))
        .min_by_key(|c| {
            let diff = (*c - published).num_days();
            // Dates a little after publication are plans ("talks on January 12"): allowed, but
            // the past wins at equal distance.
            if diff > 0 {
                diff * 2
            } else {
                -diff
            }
        });
    best.map(PartialDate::full).unwrap_or(d)
}

/// Finds date expressions in `tokens[range]`.
pub fn find_dates(tokens: &[Token], range: std::ops::Range<usize>, rules: &LangRules) -> Vec<DateMention> {
    let mut out = Vec::new();
    let month_of = |t: &Token| -> Option<u32> {
        if !t.is_word() {
            return None;
        }
        rules
            .months
            .iter()
            .find(|(m, _)| month_matches(&t.lower, m))
            .map(|&(_, n)| n)
    };
    let number = |t: Option<&Token>| -> Option<u32> {
        let t = t?;
        let digits = t.lower.trim_end_matches(|c: char| c.is_alphabetic());
        let suffix = &t.lower[digits.len()..];
        let ordinal = suffix.is_empty() || ["st", "nd", "rd", "th", "го", "е", "-го", "er", "-е"].contains(&suffix);
        if ordinal && !digits.is_empty() && digits.len() <= 4 && digits.chars().all(|c| c.is_ascii_digit()) {
            digits.parse().ok()
        } else {
            None
        }
    };
    let year_after = |k: usize| -> Option<(i32, usize)> {
        // optional comma, then a four-digit year
        let mut j = k;
        if tokens.get(j).is_some_and(|t| t.lower == ",") {
            j += 1;
        }
        let y = number(tokens.get(j)).filter(|&y| (1900..=2200).contains(&y))?;
        (j < range.end).then_some((y as i32, j + 1))
    };
    let mut i = range.start;
    while i < range.end {
        let t = &tokens[i];
        // 22/12/2021, 22.12.2021 or 2021-12-22 written as one or several tokens.
        if let Some((date, end)) = numeric_date(tokens, i, range.end) {
            out.push(DateMention {
                first_token: i,
                end_token: end,
                value: DateValue::Day(date),
            });
            i = end;
            continue;
        }
        // 27 December (2021), 05th January, 2022, 27. Dezember
        let dotted = usize::from(tokens.get(i + 1).is_some_and(|d| d.lower == "." && d.start == t.end));
        if let (Some(day), Some(month)) = (
            number(Some(t)),
            tokens
                .get(i + 1 + dotted)
                .filter(|_| i + 1 + dotted < range.end)
                .and_then(month_of),
        ) {
            let (year, end) = year_after(i + 2 + dotted).map_or((None, i + 2 + dotted), |(y, e)| (Some(y), e));
            if let Some(d) = PartialDate::valid(year, month, day) {
                out.push(DateMention {
                    first_token: i,
                    end_token: end,
                    value: DateValue::Day(d),
                });
                i = end;
                continue;
            }
        }
        // December 27(, 2021)
        // "Dec. 14": an abbreviated month keeps its dot.
        let dot =
            usize::from(tokens.get(i + 1).is_some_and(|d| d.lower == "." && d.start == t.end) && month_of(t).is_some());
        if let (Some(month), Some(day)) = (
            month_of(t),
            number(tokens.get(i + 1 + dot)).filter(|_| i + 1 + dot < range.end),
        ) {
            if day <= 31 {
                let (year, end) = year_after(i + 2 + dot).map_or((None, i + 2 + dot), |(y, e)| (Some(y), e));
                if let Some(d) = PartialDate::valid(year, month, day) {
                    // "Monday, December 27": the weekday before belongs to the same mention.
                    let first = weekday_before(tokens, i, rules).unwrap_or(i);
                    if first < i {
                        out.retain(|m| m.first_token != first);
                    }
                    out.push(DateMention {
                        first_token: first,
                        end_token: end,
                        value: DateValue::Day(d),
                    });
                    i = end;
                    continue;
                }
            }
        }
        if t.is_word() {
            if let Some(&(_, w)) = rules
                .weekdays
                .iter()
                .find(|(w, _)| t.lower.starts_with(w) && t.lower.len() <= w.len() + 4)
            {
                // "told the Sunday World", "the Sunday Times": where nouns take no capital, a
                // weekday before a capitalised word opens a name, unless a date's preposition
                // comes first ("on Monday President X said").
                let opens_name = !rules.nouns_capitalised
                    && tokens.get(i + 1).is_some_and(|n| n.is_cap() && month_of(n).is_none())
                    && !(i > 0 && rules.date_prepositions.contains(tokens[i - 1].lower.as_str()));
                if !opens_name {
                    out.push(DateMention {
                        first_token: i,
                        end_token: i + 1,
                        value: DateValue::Weekday(w),
                    });
                }
                i += 1;
                continue;
            }
            let heads_phrase = rules.date_phrase_heads.contains(t.lower.as_str());
            if let Some((end, n)) = heads_phrase
                .then(|| {
                    phrase_at(
                        tokens,
                        i,
                        range.end,
                        rules.relative_days.iter().map(|(w, n)| (w.as_str(), *n)),
                    )
                })
                .flatten()
            {
                out.push(DateMention {
                    first_token: i,
                    end_token: end,
                    value: DateValue::Relative(n),
                });
                i = end;
                continue;
            }
            if let Some((end, _)) = heads_phrase
                .then(|| phrase_at(tokens, i, range.end, rules.vague_times.iter().map(|v| (v, 0))))
                .flatten()
            {
                out.push(DateMention {
                    first_token: i,
                    end_token: end,
                    value: DateValue::Vague,
                });
                i = end;
                continue;
            }
        }
        i += 1;
    }
    out
}

fn month_matches(word: &str, month: &str) -> bool {
    let w = word.trim_end_matches('.');
    // English forms are whole words ("may", "dec"). Russian ones are stems of inflected forms
    // ("декабр" -> декабря) or abbreviations ("мар"); May is too short a stem to share a rule.
    if month.is_ascii() {
        return w == month;
    }
    if month == "ма" {
        return matches!(w, "май" | "мая" | "мае" | "маю" | "маем");
    }
    w == month || (w.starts_with(month) && w.chars().count() <= month.chars().count() + 3)
}

fn weekday_before(tokens: &[Token], i: usize, rules: &LangRules) -> Option<usize> {
    let mut j = i.checked_sub(1)?;
    if tokens[j].lower == "," {
        j = j.checked_sub(1)?;
    }
    rules
        .weekdays
        .iter()
        .any(|(w, _)| tokens[j].lower.starts_with(w))
        .then_some(j)
}

fn phrase_at<'a, T: Copy>(
    tokens: &[Token],
    i: usize,
    end: usize,
    phrases: impl IntoIterator<Item = (&'a str, T)>,
) -> Option<(usize, T)> {
    let first = tokens.get(i)?.lower.as_str();
    let mut best: Option<(usize, T)> = None;
    for (phrase, value) in phrases {
        // Most phrases fail on their first word: test it before walking the rest.
        if phrase.split(' ').next() != Some(first) {
            continue;
        }
        let mut n = 0;
        let matched = phrase.split(' ').all(|w| {
            n += 1;
            i + n <= end && tokens[i + n - 1].lower == w
        });
        if matched && best.is_none_or(|(b, _)| i + n > b) {
            best = Some((i + n, value));
        }
    }
    best
}

/// DD/MM/YYYY, DD.MM.YYYY (day first, as news outside the US writes it; a first number above
/// 12 settles it) or YYYY-MM-DD.
fn numeric_date(tokens: &[Token], i: usize, end: usize) -> Option<(PartialDate, usize)> {
    let t = &tokens[i];
    // The tokenizer keeps "22.12.2021" and "2021-12-22" whole.
    let whole: Vec<&str> = t.lower.split(['.', '-']).collect();
    if whole.len() == 3
        && whole
            .iter()
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
    {
        let n: Vec<u32> = whole.iter().filter_map(|p| p.parse().ok()).collect();
        let d = if whole[0].len() == 4 {
            PartialDate::valid(Some(n[0] as i32), n[1], n[2])
        } else if whole[2].len() == 4 {
            PartialDate::valid(Some(n[2] as i32), n[1], n[0])
        } else {
            None
        };
        return d.map(|d| (d, i + 1));
    }
    // 22 / 12 / 2021 as five tokens
    if i + 5 <= end && tokens[i + 1].lower == "/" && tokens[i + 3].lower == "/" {
        let nums: Option<Vec<u32>> = [i, i + 2, i + 4]
            .iter()
            .map(|&k| tokens[k].lower.parse().ok())
            .collect();
        let n = nums?;
        let (day, month) = if n[0] > 12 || n[1] <= 12 {
            (n[0], n[1])
        } else {
            (n[1], n[0])
        };
        if tokens[i + 4].lower.len() == 4 {
            return PartialDate::valid(Some(n[2] as i32), month, day).map(|d| (d, i + 5));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use crate::text::tokenize;

    fn dates(s: &str, lang: Lang) -> Vec<DateValue> {
        let toks = tokenize(s, 0..s.len());
        find_dates(&toks, 0..toks.len(), lang.rules())
            .into_iter()
            .map(|m| m.value)
            .collect()
    }

    fn day(y: Option<i32>, m: u32, d: u32) -> DateValue {
        DateValue::Day(PartialDate {
            year: y,
            month: m,
            day: d,
        })
    }

    #[test]
    fn english_forms() {
        assert_eq!(dates("on Monday, December 27.", Lang::En), [day(None, 12, 27)]);
        assert_eq!(
            dates("(Sputnik - 05th January, 2022)", Lang::En),
            [day(Some(2022), 1, 5)]
        );
        assert_eq!(dates("22/12/2021 - 12:44", Lang::En), [day(Some(2021), 12, 22)]);
        assert_eq!(dates("on 2021-12-22", Lang::En), [day(Some(2021), 12, 22)]);
        assert_eq!(dates("said yesterday", Lang::En), [DateValue::Relative(-1)]);
        assert_eq!(dates("Last month, he", Lang::En), [DateValue::Vague]);
        assert!(dates("in May we will", Lang::En).is_empty());
        assert_eq!(dates("on Wednesday, Dec. 14, that", Lang::En), [day(None, 12, 14)]);
    }

    #[test]
    fn russian_forms() {
        assert_eq!(dates("17 декабря МИД", Lang::Ru), [day(None, 12, 17)]);
        assert_eq!(dates("МОСКВА, 3 мар – РИА", Lang::Ru), [day(None, 3, 3)]);
        assert_eq!(dates("в понедельник", Lang::Ru), [DateValue::Weekday(0)]);
    }

    #[test]
    fn relative_days_resolve_against_publication() {
        let p = PartialDate::parse_iso("2021-12-29"); // a Wednesday
        assert_eq!(DateValue::Weekday(0).resolve(p), PartialDate::parse_iso("2021-12-27"));
        assert_eq!(DateValue::Relative(-1).resolve(p), PartialDate::parse_iso("2021-12-28"));
        assert_eq!(DateValue::Weekday(0).resolve(None), None);
        let jan5 = PartialDate::parse_iso("2022-01-05");
        assert_eq!(
            DateValue::Day(PartialDate {
                year: None,
                month: 12,
                day: 17
            })
            .resolve(jan5),
            PartialDate::parse_iso("2021-12-17")
        );
        assert_eq!(
            DateValue::Day(PartialDate {
                year: None,
                month: 1,
                day: 12
            })
            .resolve(jan5),
            PartialDate::parse_iso("2022-01-12")
        );
    }
}
