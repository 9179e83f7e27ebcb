//! Text primitives: tokens with byte offsets, paragraphs and sentences.
//!
//! Everything downstream works on byte offsets into the document's text; offsets are turned into
//! Unicode code-point offsets only when written to RDF (`Document::char_offset`).

/// One token: a word, a number, or a single punctuation character.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    /// Lower-cased text, with ’ (and a backtick inside a word) folded to ' so lexicons need one
    /// spelling.
    pub lower: String,
    pub kind: TokenKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Starts with an upper-case letter.
    Capitalised,
    /// Any other word (lower case, digits, mixed).
    Word,
    Punct,
}

impl Token {
    pub fn is_word(&self) -> bool {
        self.kind != TokenKind::Punct
    }
    pub fn is_cap(&self) -> bool {
        self.kind == TokenKind::Capitalised
    }
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
}

/// Whether `c` is a letter of the Cyrillic block (U+0400–U+04FF): the script Russian and
/// Ukrainian names are written in.
pub fn is_cyrillic(c: char) -> bool {
    ('\u{0400}'..='\u{04FF}').contains(&c)
}

/// `char::is_alphabetic`, answered without the Unicode tables for the Latin and Cyrillic letters
/// that make up most of what newsgraph reads.
pub fn is_letter(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' => true,
        '\u{00C0}'..='\u{024F}' => c != '\u{00D7}' && c != '\u{00F7}',
        '\u{0400}'..='\u{0481}' | '\u{048A}'..='\u{052F}' => true,
        _ if c.is_ascii() => false,
        _ => c.is_alphabetic(),
    }
}

fn is_word_char(c: char) -> bool {
    // The scripts newsgraph reads first, without the Unicode tables (their lookup is the
    // tokenizer's main cost on Cyrillic text).
    match c {
        'a'..='z' | 'A'..='Z' | '0'..='9' => true,
        '\u{00C0}'..='\u{024F}' => c != '\u{00D7}' && c != '\u{00F7}',
        '\u{0400}'..='\u{0481}' | '\u{048A}'..='\u{052F}' => true,
        _ if c.is_ascii() => false,
        _ => c.is_alphanumeric() || unicode_general_mark(c),
    }
}

fn unicode_general_mark(c: char) -> bool {
    // Combining marks (e.g. a decomposed accent) belong to the word they follow.
    ('\u{0300}'..='\u{036F}').contains(&c) || c == '\u{0301}'
}

/// Splits `text[range]` into tokens. Hyphens, apostrophes and dots join word characters
/// ("well-known", "O'Brien", "U.S."), except that the qualifiers "ex-" and "then-" stand
/// alone ("ex-premier" is "ex" "-" "premier"); a possessive "'s"/"’s" becomes a token of its own so
/// "Russia's" is "Russia" + "'s".
pub fn tokenize(text: &str, range: std::ops::Range<usize>) -> Vec<Token> {
    let mut tokens = Vec::new();
    let chars: Vec<(usize, char)> = text[range.clone()]
        .char_indices()
        .map(|(i, c)| (i + range.start, c))
        .collect();
    let end_of = |k: usize| chars.get(k).map_or(range.end, |&(i, _)| i);
    let mut k = 0;
    while k < chars.len() {
        let (start, c) = chars[k];
        if c.is_whitespace() || c.is_control() {
            k += 1;
            continue;
        }
        if !is_word_char(c) {
            // A possessive "'s" after a word is one token: "Russia's" = "Russia" + "'s".
            let possessive = matches!(c, '\'' | '’')
                && k > 0
                && is_word_char(chars[k - 1].1)
                && chars.get(k + 1).is_some_and(|&(_, n)| n == 's' || n == 'S')
                && !chars.get(k + 2).is_some_and(|&(_, n)| is_word_char(n));
            let len = if possessive { 2 } else { 1 };
            tokens.push(make_token(text, start, end_of(k + len), TokenKind::Punct));
            k += len;
            continue;
        }
        let mut j = k + 1;
        while j < chars.len() {
            let c = chars[j].1;
            if is_word_char(c) {
                j += 1;
            } else if matches!(c, '-' | '\'' | '’' | '`' | '.' | '‑')
                && chars.get(j + 1).is_some_and(|&(_, n)| is_word_char(n))
            {
                // "'s" at the end of a word is a possessive, not part of the word.
                if matches!(c, '\'' | '’')
                    && chars.get(j + 1).is_some_and(|&(_, n)| n == 's' || n == 'S')
                    && !chars.get(j + 2).is_some_and(|&(_, n)| is_word_char(n))
                {
                    break;
                }
                j += 2;
            } else {
                break;
            }
        }
        // Initialisms keep their final dot: "U.S." "U.N.".
        let word = &text[start..end_of(j)];
        if chars.get(j).is_some_and(|&(_, c)| c == '.') && is_initialism(word) {
            j += 1;
        }
        let word = &text[start..end_of(j)];
        // Words that are two tokens: "ex-premier" and "then-foreign minister" (a qualifier of
        // their own), "l'AFP" (French elision), "US-Außenminister" (an acronym joined on).
        if let Some(split) = qualifier_prefix(word)
            .or_else(|| qualifier_suffix(word))
            .or_else(|| elision(word))
            .or_else(|| acronym_prefix(word))
        {
            let at = start + split;
            let hyphen = text[..at].ends_with('-');
            let head_end = if hyphen { at - 1 } else { at };
            let head_kind = if word.starts_with(char::is_uppercase) {
                TokenKind::Capitalised
            } else {
                TokenKind::Word
            };
            tokens.push(make_token(text, start, head_end, head_kind));
            if hyphen {
                tokens.push(make_token(text, head_end, at, TokenKind::Punct));
            }
            let kind = if text[at..].starts_with(char::is_uppercase) {
                TokenKind::Capitalised
            } else {
                TokenKind::Word
            };
            tokens.push(make_token(text, at, end_of(j), kind));
            k = j;
            continue;
        }
        let kind = if c.is_uppercase() {
            TokenKind::Capitalised
        } else {
            TokenKind::Word
        };
        tokens.push(make_token(text, start, end_of(j), kind));
        k = j;
    }
    tokens
}

/// Where a qualifier joined after a title begins ("President-elect", "Minister-designate": the
/// title and the qualifier are tokens of their own, the hyphen between them).
fn qualifier_suffix(word: &str) -> Option<usize> {
    if !word.contains('-') {
        return None;
    }
    let lower = word.to_lowercase();
    ["-elect", "-designate"].iter().find_map(|s| {
        let head = lower.strip_suffix(s)?;
        // (The suffixes are ASCII: their byte length is the same in the original.)
        (head.chars().count() >= 3).then_some(word.len() - s.len() + 1)
    })
}

/// Byte length of a qualifier prefix with its hyphen ("ex-", "then-", "экс-", "екс-").
fn qualifier_prefix(word: &str) -> Option<usize> {
    // (Most words have no hyphen: nothing to lower-case then.)
    if !word.contains('-') {
        return None;
    }
    let lower = word.to_lowercase();
    // ("L'ex-ministre": the elided article stays with "ex", a qualifier of its own, "l'ex".)
    ["ex-", "then-", "экс-", "екс-", "l'ex-", "l’ex-"].iter().find_map(|p| {
        let rest = lower.strip_prefix(p)?;
        // The byte length in the original is the same: these prefixes have no case-dependent width.
        (rest.chars().count() >= 3).then_some(p.len())
    })
}

/// Where a French elided article or pronoun ends ("l'", "d'", "qu'").
fn elision(word: &str) -> Option<usize> {
    const ELIDED: &[&str] = &[
        "l'", "d'", "j'", "n'", "s'", "c'", "m'", "t'", "qu'", "l’", "d’", "j’", "n’", "s’", "c’", "m’", "t’", "qu’",
    ];
    if !word.contains(['\'', '’']) {
        return None;
    }
    let lower = word.to_lowercase();
    ELIDED.iter().find_map(|e| {
        let rest = lower.strip_prefix(e)?;
        (rest.chars().next().is_some_and(char::is_alphabetic) && rest.chars().count() >= 2).then_some(e.len())
    })
}

/// Byte length of an upper-case acronym and its hyphen before a word ("US-", "EZB-").
fn acronym_prefix(word: &str) -> Option<usize> {
    let h = word.find('-')?;
    let head = &word[..h];
    ((2..=4).contains(&head.chars().count())
        && head.chars().all(char::is_uppercase)
        && word[h + 1..].chars().count() >= 3
        && word[h + 1..].chars().all(|c| c.is_alphabetic()))
    .then_some(h + 1)
}

fn is_initialism(word: &str) -> bool {
    // "U.S.", "U.N."; in small letters too, the first capitalised where it opens a sentence:
    // «в.о.», «И.о.» (acting), "a.m.".
    let parts: Vec<&str> = word.split('.').collect();
    let upper = parts.iter().all(|p| p.chars().all(char::is_uppercase));
    let lower = parts.iter().skip(1).all(|p| p.chars().all(char::is_lowercase));
    parts.len() >= 2 && (upper || lower) && parts.iter().all(|p| p.chars().count() == 1)
}

fn make_token(text: &str, start: usize, end: usize, kind: TokenKind) -> Token {
    let word = &text[start..end];
    // (Most tokens are ASCII, and most of the others Latin or Cyrillic letters whose small
    // letter is one character: `str::to_lowercase` looks each up in Unicode's tables, which
    // cost a third of tokenizing. The same result, by the cheap path where it applies; only a
    // capital sigma depends on its neighbours.)
    let mut lower = if word.is_ascii() {
        word.to_ascii_lowercase()
    } else if !word.contains('Σ') {
        let mut out = String::with_capacity(word.len());
        for c in word.chars() {
            match c {
                'А'..='Я' => out.push(char::from_u32(c as u32 + 0x20).unwrap_or(c)),
                'Ѐ'..='Џ' => out.push(char::from_u32(c as u32 + 0x50).unwrap_or(c)),
                c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
                c => out.extend(c.to_lowercase()),
            }
        }
        out
    } else {
        word.to_lowercase()
    };
    // (A backtick inside a word is an apostrophe too: Ukrainian sites write "обов`язки".)
    if lower.contains(['’', '`']) {
        lower = lower.replace(['’', '`'], "'");
    }
    Token {
        start,
        end,
        lower,
        kind,
    }
}

/// What a paragraph is, so extractors can skip boilerplate and mark captions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParagraphKind {
    Headline,
    Body,
    /// A photo caption: facts are kept but marked.
    Caption,
    /// "Other news", "Read more", "Source: ..." blocks: not part of the article.
    Boilerplate,
}

#[derive(Debug, Clone)]
pub struct Paragraph {
    pub start: usize,
    pub end: usize,
    pub kind: ParagraphKind,
}

/// Longest paragraph handled as one: a longer line (a page flattened into one line, a dump)
/// is cut at a sentence end or a space, so the work per paragraph stays bounded.
pub const MAX_PARAGRAPH_BYTES: usize = 16 * 1024;

/// Splits text into non-empty lines (news text puts one paragraph per line), trimmed.
pub fn paragraphs(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        let lead = content.len() - content.trim_start().len();
        let trimmed = content.trim();
        if !trimmed.is_empty() {
            let start = offset + lead;
            split_long(text, start, start + trimmed.len(), &mut out);
        }
        offset += line.len();
    }
    out
}

fn split_long(text: &str, mut start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    while end - start > MAX_PARAGRAPH_BYTES {
        let mut cut = start + MAX_PARAGRAPH_BYTES;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let window = &text[start..cut];
        // The last sentence end in the window, else the last space, else a hard cut.
        let at = window
            .rfind(". ")
            .map(|i| i + 1)
            .or_else(|| window.rfind(char::is_whitespace))
            .filter(|&i| i > 0)
            .unwrap_or(window.len());
        out.push((start, start + at));
        start += at;
        while start < end && text[start..].starts_with(char::is_whitespace) {
            start += text[start..].chars().next().map_or(1, char::len_utf8);
        }
    }
    if start < end {
        out.push((start, end));
    }
}

/// Sentence boundaries over tokens: ranges of token indices.
/// A sentence ends at . ! ? (or … ) unless the dot ends a known abbreviation or an initial,
/// and the next token starts a new sentence (capital letter, quote or digit).
pub fn sentences(tokens: &[Token], abbreviations: &crate::lang::Words) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for i in 0..tokens.len() {
        let t = &tokens[i];
        let ends = match t.lower.as_str() {
            "!" | "?" | "…" => true,
            "." => {
                let prev = i.checked_sub(1).map(|p| &tokens[p]);
                let abbreviation = prev.is_some_and(|p| {
                    p.end == t.start
                        && (abbreviations.contains(&p.lower.as_str()) || (p.is_cap() && p.lower.chars().count() == 1))
                });
                !abbreviation
            }
            _ => false,
        };
        if !ends {
            continue;
        }
        // Closing quotes and brackets right after the stop belong to this sentence. (A straight
        // quote after a space opens the next one: `… der APA. "Ich halte …`.)
        let mut end = i + 1;
        while end < tokens.len()
            && match tokens[end].lower.as_str() {
                "”" | ")" => true,
                // (A guillemet after a space opens the next sentence: `… worden. »Er ist …«`.)
                "»" | "\"" | "'" => tokens[end].start == tokens[end - 1].end,
                _ => false,
            }
        {
            end += 1;
        }
        let next_starts = tokens
            .get(end)
            .is_none_or(|n| n.is_cap() || n.lower.chars().next().is_some_and(|c| c.is_ascii_digit()) || !n.is_word());
        if next_starts {
            out.push(start..end);
            start = end;
        }
    }
    if start < tokens.len() {
        out.push(start..tokens.len());
    }
    out.retain(|r| !r.is_empty());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        tokenize(s, 0..s.len())
            .into_iter()
            .map(|t| t.text(s).to_string())
            .collect()
    }

    #[test]
    fn possessive_and_initialisms() {
        assert_eq!(words("Russia’s U.S. envoy"), ["Russia", "’s", "U.S.", "envoy"]);
        // Acting, abbreviated in small letters, keeps its dot: no sentence ends there.
        assert_eq!(words("в.о. глави НБУ"), ["в.о.", "глави", "НБУ"]);
        assert_eq!(words("И.о. губернатора"), ["И.о.", "губернатора"]);
        assert_eq!(
            words("the ex-minister O'Brien said."),
            ["the", "ex", "-", "minister", "O'Brien", "said", "."]
        );
    }

    #[test]
    fn a_backtick_inside_a_word_is_an_apostrophe() {
        let s = "виконуючий обов`язки тренера, `цитата`";
        let tokens = tokenize(s, 0..s.len());
        assert_eq!(
            words(s),
            ["виконуючий", "обов`язки", "тренера", ",", "`", "цитата", "`"]
        );
        assert_eq!(tokens[1].lower, "обов'язки");
    }

    #[test]
    fn sentences_skip_abbreviations() {
        let s = "Mr. Smith met the U.S. envoy. He left. «Да», — сказал он.";
        let toks = tokenize(s, 0..s.len());
        let sents = sentences(&toks, &crate::lang::Words::new(["mr"]));
        assert_eq!(sents.len(), 3, "{sents:?}");
    }

    #[test]
    fn a_straight_quote_after_a_space_opens_the_next_sentence() {
        let s = "Das bestätigte er der APA. \"Ich halte nichts davon.\" Er ging.";
        let toks = tokenize(s, 0..s.len());
        let sents = sentences(&toks, &crate::lang::Words::new(["mr"]));
        let texts: Vec<&str> = sents
            .iter()
            .map(|r| &s[toks[r.start].start..toks[r.end - 1].end])
            .collect();
        assert_eq!(
            texts,
            ["Das bestätigte er der APA.", "\"Ich halte nichts davon.\"", "Er ging."]
        );
    }

    #[test]
    fn long_lines_are_cut_into_bounded_paragraphs() {
        let line = "Word after word in a sentence. ".repeat(5000);
        let p = paragraphs(&line);
        assert!(p.len() > 5);
        assert!(p
            .iter()
            .all(|&(a, b)| b - a <= MAX_PARAGRAPH_BYTES && line.is_char_boundary(a) && line.is_char_boundary(b)));
        let emoji = "😀".repeat(20000);
        assert!(paragraphs(&emoji)
            .iter()
            .all(|&(a, b)| emoji.is_char_boundary(a) && emoji.is_char_boundary(b)));
    }

    #[test]
    fn paragraphs_are_trimmed_lines() {
        let s = "Title\n\n  Body one. \nBody two";
        let p = paragraphs(s);
        assert_eq!(
            p.iter().map(|&(a, b)| &s[a..b]).collect::<Vec<_>>(),
            ["Title", "Body one.", "Body two"]
        );
    }
}
