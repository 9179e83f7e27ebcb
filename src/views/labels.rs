//! Which of a resource's many labels a picture shows: the one in the language asked for,
//! else English, else one without a language, else any; a statement's words shortened.

use crate::lang::Lang;

/// How strongly a property names its subject: a preferred label above a name above a plain
/// label above an alternative one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum LabelWeight {
    Preferred,
    Name,
    Label,
    Alternative,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    pub text: String,
    /// The language tag, empty for a plain literal.
    pub lang: String,
    pub weight: LabelWeight,
}

/// The label to show in `lang`. Within one language the strongest property wins, then the
/// longest text (a full name before a surname alone), then the first in order, so the choice
/// never depends on the order the store returned them in.
pub fn pick<'a>(labels: &'a [Label], lang: Lang) -> Option<&'a Label> {
    let language_rank = |l: &Label| -> u8 {
        if l.lang.eq_ignore_ascii_case(lang.code()) {
            0
        } else if l.lang.eq_ignore_ascii_case("en") {
            1
        } else if l.lang.is_empty() {
            2
        } else {
            3
        }
    };
    labels.iter().min_by(|a, b| {
        (
            language_rank(a),
            a.weight,
            std::cmp::Reverse(a.text.chars().count()),
            &a.lang,
            &a.text,
        )
            .cmp(&(
                language_rank(b),
                b.weight,
                std::cmp::Reverse(b.text.chars().count()),
                &b.lang,
                &b.text,
            ))
    })
}

/// A statement's words for a picture: at most `max` characters, cut at a word, with "…".
pub fn shorten(text: &str, max: usize) -> String {
    let one_line: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() <= max {
        return one_line;
    }
    let cut: String = one_line.chars().take(max).collect();
    let at_word = match cut.rfind(' ') {
        Some(space) if space > cut.len() / 2 => &cut[..space],
        _ => cut.as_str(),
    };
    format!("{}…", at_word.trim_end_matches([',', ';', ':', '.', ' ']))
}

/// Breaks a label into lines of about `width` characters at spaces, for boxes that stay
/// narrow in a picture.
pub fn wrap(text: &str, width: usize) -> String {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split(' ') {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn label(text: &str, lang: &str, weight: LabelWeight) -> Label {
        Label {
            text: text.into(),
            lang: lang.into(),
            weight,
        }
    }

    #[test]
    fn the_asked_language_first_then_english_then_plain() {
        let labels = vec![
            label("Сергей Лавров", "ru", LabelWeight::Name),
            label("Sergey Lavrov", "en", LabelWeight::Name),
            label("Lavrov", "en", LabelWeight::Alternative),
            label("lavrov", "", LabelWeight::Label),
        ];
        assert_eq!(pick(&labels, Lang::Ru).unwrap().text, "Сергей Лавров");
        assert_eq!(pick(&labels, Lang::En).unwrap().text, "Sergey Lavrov");
        assert_eq!(pick(&labels, Lang::De).unwrap().text, "Sergey Lavrov");
        assert_eq!(pick(&labels[3..], Lang::De).unwrap().text, "lavrov");
        assert!(pick(&[], Lang::En).is_none());
    }

    #[test]
    fn within_a_language_the_preferred_label_then_the_longest() {
        let labels = vec![
            label("Lavrov", "en", LabelWeight::Name),
            label("Sergei Lavrov", "en", LabelWeight::Name),
            label("Sergey Lavrov", "en", LabelWeight::Preferred),
        ];
        assert_eq!(pick(&labels, Lang::En).unwrap().text, "Sergey Lavrov");
        assert_eq!(pick(&labels[..2], Lang::En).unwrap().text, "Sergei Lavrov");
    }

    #[test]
    fn quotes_are_cut_at_a_word() {
        assert_eq!(shorten("Russia wants results", 40), "Russia wants results");
        assert_eq!(
            shorten("We will not negotiate for the sake of negotiations, ever", 30),
            "We will not negotiate for the…"
        );
        assert_eq!(shorten("a\n  b", 10), "a b");
        assert_eq!(
            wrap("We will not negotiate for the sake", 12),
            "We will not\nnegotiate\nfor the sake"
        );
    }
}
