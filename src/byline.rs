//! Bylines: the line that names who wrote an article ("By Jane Doe", "Von Anna Müller",
//! "Par Martin Untersinger (avec Damien Leloup et Morgane Tual)", «Автор: Майя Пономаренко»).
//! A byline names the article's authors, not people of the story, so it is read as metadata
//! and kept away from extraction.
//!
//! The recogniser is strict on purpose: a line is a byline only when, after its opening word,
//! everything up to a date, a dash or a bar is a list of person-shaped names. "By the time
//! he arrived" and "Von der Leyen sagte" are sentences, not bylines.

/// The word classes bylines are made of, read from `byline-words.tsv` (data, not code).
pub struct BylineWords {
    pub openers: Vec<String>,
    pub joiners: Vec<String>,
    pub months: Vec<String>,
    pub particles: Vec<String>,
    /// Words that make a name a desk or an agency ("Our Foreign Staff").
    pub not_person: Vec<String>,
}

impl BylineWords {
    pub fn get() -> &'static BylineWords {
        static WORDS: std::sync::OnceLock<BylineWords> = std::sync::OnceLock::new();
        WORDS.get_or_init(|| BylineWords::parse(include_str!("byline-words.tsv")).expect("src/byline-words.tsv"))
    }

    fn parse(tsv: &str) -> Result<BylineWords, String> {
        let mut w = BylineWords {
            openers: vec![],
            joiners: vec![],
            months: vec![],
            particles: vec![],
            not_person: vec![],
        };
        for (n, line) in tsv
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        {
            let (class, word) = line.split_once('\t').ok_or(format!("line {}: no tab", n + 1))?;
            let list = match class {
                "opener" => &mut w.openers,
                "joiner" => &mut w.joiners,
                "month" => &mut w.months,
                "particle" => &mut w.particles,
                "not-person" => &mut w.not_person,
                other => return Err(format!("line {}: unknown class {other:?}", n + 1)),
            };
            list.push(word.trim().to_lowercase());
        }
        Ok(w)
    }
}

/// The authors a byline names, or `None` when the line is not a byline.
pub fn byline_names(line: &str) -> Option<Vec<String>> {
    let line = line.trim();
    if line.chars().count() > 160 {
        return None;
    }
    // "Le Monde | 04.05.2015 à 13h36 | Par Martin Untersinger": the byline may be one part of
    // a line of page furniture.
    line.split(['|', '•']).find_map(|part| names_after_opener(part.trim()))
}

fn names_after_opener(part: &str) -> Option<Vec<String>> {
    let lower = part.to_lowercase();
    let words = BylineWords::get();
    let opener = words
        .openers
        .iter()
        .filter(|o| lower.starts_with(o.as_str()))
        .max_by_key(|o| o.len())?;
    // The opener must end at a word boundary ("Byron", "Parlament" are no openers).
    let rest = &part[opener.len()..];
    if !opener.ends_with(':') && !rest.starts_with(|c: char| c.is_whitespace() || c == ':') {
        return None;
    }
    let rest = rest.trim_start_matches(|c: char| c == ':' || c.is_whitespace());
    // The names end at a date, a dash or the end of the line.
    let end = rest
        .char_indices()
        .find(|&(i, c)| c.is_ascii_digit() || c == '—' || c == '–' || rest[i..].starts_with(" - "))
        .map_or(rest.len(), |(i, _)| i);
    let mut names_part = rest[..end].trim().trim_end_matches([',', ';']);
    // "BY JEFFREY GETTLEMAN JAN. 13, 2017": a month before the date is the date's.
    if end < rest.len() {
        if let Some((head, last)) = names_part.rsplit_once(' ') {
            if words.months.contains(&last.to_lowercase()) {
                names_part = head.trim_end_matches([',', ';']);
            }
        }
    }
    name_list(names_part.trim_end_matches('.'))
}

/// A list of person names ("Martin Untersinger (avec Damien Leloup et Morgane Tual)",
/// "Jane Doe and John Roe"), or `None` unless every item is shaped like a person's name.
pub fn name_list(names_part: &str) -> Option<Vec<String>> {
    let mut names = Vec::new();
    for chunk in names_part.split([',', ';', '(', ')']).flat_map(split_on_joiners) {
        let chunk = chunk.trim();
        if chunk.is_empty() {
            continue;
        }
        names.push(person_name(chunk)?);
    }
    (!names.is_empty() && names.len() <= 6).then_some(names)
}

fn split_on_joiners(chunk: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    for word in chunk.split_whitespace() {
        if BylineWords::get().joiners.contains(&word.to_lowercase()) {
            out.push(String::new());
        } else {
            let last = out.last_mut().expect("never empty");
            if !last.is_empty() {
                last.push(' ');
            }
            last.push_str(word);
        }
    }
    out
}

/// A person's name: two to five words, each capitalised (initials and particles such as
/// "van", "de", "von" allowed inside), in one script. An all-capitals name is brought to
/// title case ("JOE HILDEBRAND" → "Joe Hildebrand").
pub fn person_name(text: &str) -> Option<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    if !(2..=5).contains(&words.len()) {
        return None;
    }
    for (i, w) in words.iter().enumerate() {
        let first = w.chars().next()?;
        let inner = i > 0 && i + 1 < words.len();
        let ok_chars = w
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'));
        if !ok_chars || !(first.is_uppercase() || (inner && BylineWords::get().particles.contains(&w.to_lowercase()))) {
            return None;
        }
    }
    let all_caps = text.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
    Some(if all_caps { title_case(&words) } else { words.join(" ") })
}

fn title_case(words: &[&str]) -> String {
    words
        .iter()
        .map(|w| {
            let mut out = String::new();
            let mut start = true;
            for c in w.chars() {
                if start {
                    out.extend(c.to_uppercase());
                } else {
                    out.extend(c.to_lowercase());
                }
                start = matches!(c, '-' | '\'' | '’');
            }
            out
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(line: &str) -> Option<Vec<String>> {
        byline_names(line)
    }

    #[test]
    fn bylines_in_each_language() {
        assert_eq!(names("By Jane Doe"), Some(vec!["Jane Doe".into()]));
        assert_eq!(
            names("BY JEFFREY GETTLEMAN JAN. 13, 2017"),
            Some(vec!["Jeffrey Gettleman".into()])
        );
        assert_eq!(
            names("By Erin Cunningham and Heba Habib"),
            Some(vec!["Erin Cunningham".into(), "Heba Habib".into()])
        );
        assert_eq!(names("Von Anna Müller"), Some(vec!["Anna Müller".into()]));
        assert_eq!(
            names("Le Monde | 04.05.2015 à 13h36 | Par Martin Untersinger (avec Damien Leloup et Morgane Tual)"),
            Some(vec![
                "Martin Untersinger".into(),
                "Damien Leloup".into(),
                "Morgane Tual".into()
            ])
        );
        assert_eq!(names("Автор: Майя Пономаренко"), Some(vec!["Майя Пономаренко".into()]));
        assert_eq!(names("by: Laurie Oakes"), Some(vec!["Laurie Oakes".into()]));
        assert_eq!(names("Dan Goodin - Apr 16, 2015 8:02 pm UTC"), None);
    }

    #[test]
    fn the_word_list_reads_and_a_bad_row_is_named() {
        let w = BylineWords::get();
        assert!(w.openers.contains(&"von".to_string()) && w.not_person.contains(&"staff".to_string()));
        assert_eq!(
            BylineWords::parse("opener\tby\nverb\tsaid").err().as_deref(),
            Some("line 2: unknown class \"verb\"")
        );
    }

    #[test]
    fn sentences_are_not_bylines() {
        for line in [
            "By the time he arrived, the talks had ended.",
            "Von der Leyen sagte am Montag, die EU werde handeln.",
            "Par ailleurs, le ministre a annoncé une réforme.",
            "By Reuters",
            "Byron Smith said the vote was close.",
            "Parlament stimmt zu",
            "Автор законопроекта заявил, что поправки будут приняты.",
        ] {
            assert_eq!(names(line), None, "{line}");
        }
    }
}
