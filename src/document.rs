//! A news article ready for extraction: its text, language, publication date and paragraphs.

use crate::dates::{find_dates, DateValue, PartialDate};
use crate::lang::detect::Detected;
use crate::lang::Lang;
use crate::text::{paragraphs, tokenize, Paragraph, ParagraphKind};

#[derive(Debug, Clone)]
pub struct Document {
    /// The input's file name ("000_b9d7.txt"), or "stdin". It names the article in the graph.
    pub source: String,
    /// The decoded text; every offset in the graph counts Unicode code points from its start.
    pub text: String,
    pub lang: Lang,
    pub published: Option<PartialDate>,
    pub headline: Option<String>,
    /// Who wrote the article (`schema:author`): from the page's metadata or a byline
    /// paragraph. Never people of the story unless the story names them too.
    pub authors: Vec<String>,
    /// The outlet that published it, when the page says (`schema:publisher`).
    pub publisher: Option<String>,
    pub paragraphs: Vec<Paragraph>,
    /// Byte range of a dateline opening the first body paragraph ("MOSCOW (Sputnik - 05th
    /// January, 2022)", "WASHINGTON (Reuters) -"): metadata, not part of any sentence.
    pub dateline: Option<std::ops::Range<usize>>,
    /// (byte, character) pairs about every kilobyte, so character offsets of long texts are
    /// found without counting from the start each time.
    char_checkpoints: Vec<(usize, usize)>,
}

/// Options that override what is read from the text.
#[derive(Debug, Clone, Default)]
pub struct DocumentOptions {
    pub lang: Option<Lang>,
    pub published: Option<PartialDate>,
    /// The headline a web page's metadata gives: the first paragraph is the headline when it
    /// is this, whatever punctuation it ends with.
    pub headline: Option<String>,
    /// Authors a web page's metadata names.
    pub authors: Vec<String>,
    pub publisher: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum DocumentError {
    #[error("the text is empty")]
    Empty,
    #[error("cannot tell which language this is (newsgraph reads: {0}); pass --lang to say")]
    UnknownLanguage(String),
    #[error("this looks like {name}, which newsgraph does not read (it reads: {reads}); pass --lang to read it as one of those anyway")]
    UnsupportedLanguage { name: &'static str, reads: String },
}

impl Document {
    pub fn new(source: &str, text: String, options: &DocumentOptions) -> Result<Document, DocumentError> {
        // A byte-order mark is not text.
        let text = text.strip_prefix('\u{feff}').map(str::to_string).unwrap_or(text);
        if text.trim().is_empty() {
            return Err(DocumentError::Empty);
        }
        let reads = || Lang::ALL.iter().map(|l| l.code()).collect::<Vec<_>>().join(", ");
        let lang = match options.lang {
            Some(l) => l,
            None => match crate::lang::detect::identify(&text) {
                Detected::Reads(l) => l,
                Detected::Unsupported(name) => return Err(DocumentError::UnsupportedLanguage { name, reads: reads() }),
                Detected::Unknown => return Err(DocumentError::UnknownLanguage(reads())),
            },
        };
        let mut paragraphs = classify_paragraphs(&text, lang);
        if let (Some(first), Some(h)) = (paragraphs.first_mut(), &options.headline) {
            if text[first.start..first.end].trim() == h.trim() {
                first.kind = ParagraphKind::Headline;
            }
        }
        let bylines = set_bylines_aside(&text, &mut paragraphs);
        let authors = if options.authors.is_empty() {
            bylines
        } else {
            options.authors.clone()
        };
        let published = options.published.or_else(|| dateline(&text, &paragraphs, lang));
        let headline = paragraphs
            .iter()
            .find(|p| p.kind == ParagraphKind::Headline)
            .map(|p| text[p.start..p.end].to_string());
        let dateline = paragraphs
            .iter()
            .filter(|p| matches!(p.kind, ParagraphKind::Body | ParagraphKind::Headline))
            .take(3)
            .find_map(|p| dateline_span(&text[p.start..p.end]).map(|r| p.start + r.start..p.start + r.end));
        let char_checkpoints = checkpoints(&text);
        Ok(Document {
            source: source.to_string(),
            text,
            lang,
            published,
            headline,
            authors,
            publisher: options.publisher.clone(),
            paragraphs,
            dateline,
            char_checkpoints,
        })
    }

    /// The country of the dateline's city, when it names one and is not a diplomatic hub.
    pub fn dateline_country(&self) -> Option<&'static str> {
        let span = self.dateline.clone()?;
        // The place ends at the date, the agency or the dash: "MOSCOW, Jan 5 (Reuters) -",
        // "MOSCOW - The ministry", "KATHMANDU —". Hyphens inside a name stay ("PORT-AU-PRINCE").
        let dateline = &self.text[span];
        let head = dateline
            .split([',', '(', '–', '—', ':'])
            .next()
            .unwrap_or("")
            .split(" - ")
            .next()
            .unwrap_or("");
        crate::lang::World::get().place_country(head.trim().trim_end_matches('-').trim())
    }

    /// Code-point offset of a byte offset (RDF offsets count characters, not bytes).
    pub fn char_offset(&self, byte: usize) -> usize {
        let k = self
            .char_checkpoints
            .partition_point(|&(b, _)| b <= byte)
            .saturating_sub(1);
        let (b, c) = self.char_checkpoints.get(k).copied().unwrap_or((0, 0));
        c + self.text[b..byte].chars().count()
    }

    /// Length in code points (counted once: every evidence span names the whole text).
    pub fn char_len(&self) -> usize {
        self.char_offset(self.text.len())
    }
}

fn checkpoints(text: &str) -> Vec<(usize, usize)> {
    let mut out = vec![(0, 0)];
    let mut chars = 0;
    let mut next = 1024;
    for (b, _) in text.char_indices() {
        if b >= next {
            out.push((b, chars));
            next = b + 1024;
        }
        chars += 1;
    }
    out
}

fn starts_with_any(paragraph: &str, prefixes: &crate::lang::Words) -> bool {
    // Markers are short: the opening of the paragraph is enough to compare.
    let head_end = paragraph.char_indices().nth(48).map_or(paragraph.len(), |(i, _)| i);
    let lower = paragraph[..head_end].to_lowercase();
    prefixes
        .iter()
        .any(|p| lower.starts_with(p) && lower[p.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric()))
}

/// Headline, body, captions and page furniture. The first paragraph is the headline when it
/// does not end like a sentence; later paragraphs that do not end like one are captions.
fn classify_paragraphs(text: &str, lang: Lang) -> Vec<Paragraph> {
    let rules = lang.rules();
    let mut out = Vec::new();
    let mut in_furniture = false;
    for (n, (start, end)) in paragraphs(text).into_iter().enumerate() {
        let p = &text[start..end];
        let kind = if in_furniture {
            ParagraphKind::Boilerplate
        } else if starts_with_any(p, &rules.boilerplate_blocks) && p.chars().count() < 60 {
            in_furniture = true;
            ParagraphKind::Boilerplate
        } else if starts_with_any(p, &rules.boilerplate_lines) || starts_with_any(p, &rules.metadata_lines) {
            ParagraphKind::Boilerplate
        } else if n == 0 && (!ends_like_sentence(p) || ends_in_quoted_words(p)) {
            ParagraphKind::Headline
        } else if starts_with_any(p, &rules.caption_markers)
            || (!ends_like_sentence(p) && !is_bullet(p) && n > 0 && has_caption_shape(p))
        {
            ParagraphKind::Caption
        } else {
            ParagraphKind::Body
        };
        out.push(Paragraph { start, end, kind });
    }
    out
}

/// A byline near the top ("By Jane Doe") names the authors, not people of the story: its
/// paragraph becomes furniture, so extraction never reads it, and the text (and every
/// offset into it) stays as it was. Returns the names.
fn set_bylines_aside(text: &str, paragraphs: &mut [Paragraph]) -> Vec<String> {
    let mut names = Vec::new();
    for p in paragraphs
        .iter_mut()
        .filter(|p| p.kind != ParagraphKind::Headline)
        .take(4)
    {
        if let Some(found) = crate::byline::byline_names(&text[p.start..p.end]) {
            p.kind = ParagraphKind::Boilerplate;
            for name in found {
                if !names.contains(&name) {
                    names.push(name);
                }
            }
        }
    }
    names
}

fn ends_like_sentence(p: &str) -> bool {
    p.trim_end().chars().last().is_some_and(|c| ".!?…\"”»’'):;".contains(c))
}

/// "Centre Ouest Céréales renouvelle sa direction pour cause de « divergence politique »": a line
/// closing on quoted words with no stop of its own is a headline's shape (a sentence puts its
/// stop inside the quote or after it). One line only.
fn ends_in_quoted_words(p: &str) -> bool {
    let p = p.trim_end();
    let Some(last) = p.chars().last().filter(|c| "\"”»’'".contains(*c)) else {
        return false;
    };
    let before = p[..p.len() - last.len_utf8()].trim_end().chars().last();
    !p.contains('\n') && before.is_some_and(|c| c.is_alphanumeric())
}

fn is_bullet(p: &str) -> bool {
    p.starts_with(['•', '-', '*', '–', '—', '·'])
}

/// A caption describes a picture: it is a full clause (several words) without a final stop.
/// A short line without a stop is a heading or a dateline and stays in the body.
fn has_caption_shape(p: &str) -> bool {
    p.split_whitespace().count() >= 8
}

/// A wire dateline at the start of a paragraph: an upper-case place, an optional date, the
/// agency in brackets and/or a dash. Returns its byte range within the paragraph.
fn dateline_span(p: &str) -> Option<std::ops::Range<usize>> {
    use std::sync::OnceLock;
    static BRACKETED: OnceLock<regex::Regex> = OnceLock::new();
    static DASHED: OnceLock<regex::Regex> = OnceLock::new();
    let bracketed = BRACKETED.get_or_init(|| {
        regex::Regex::new(r"^\p{Lu}[\p{Lu}\s.'’-]{2,40}(?:,[^\n()–—]{1,40})?\s*\([^)\n]{1,80}\)\s*(?:[-–—:]+\s*)?")
            .expect("static regex")
    });
    let dashed = DASHED.get_or_init(|| {
        regex::Regex::new(
            // A hyphen separates only with spaces around it: "CDU-Chef" is a word, not a dateline.
            r"^\p{Lu}[\p{Lu}\s.'’-]{2,40}(?:,[^\n()–—.]{1,40})?(?:\s+-+\s+|\s*[–—]+\s*)(?:[\p{Lu}][^\n.,]{0,30}\.\s+)?",
        )
        .expect("static regex")
    });
    // "LAHORE: The Pakistan football federation …", "RAIPUR: Chief Minister …": a place the
    // gazetteer of datelines knows, then a colon (a word in capitals before a colon may be a
    // heading's: "UPDATE:").
    static COLON: OnceLock<regex::Regex> = OnceLock::new();
    let colon = COLON.get_or_init(|| regex::Regex::new(r"^(\p{Lu}[\p{Lu}\s.'’-]{2,30}):\s+").expect("static regex"));
    let known_place = |place: &str| crate::lang::World::get().places.contains_key(place.trim());
    // "Wien (APA) - Bundesminister …", "Berlin (dpa) –": a place the gazetteer knows, written
    // in small letters, then its agency in brackets and a dash.
    static AGENCY: OnceLock<regex::Regex> = OnceLock::new();
    let agency = AGENCY.get_or_init(|| {
        regex::Regex::new(r"^(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?)\s*\([^)\n]{1,40}\)\s*[-–—]+\s+")
            .expect("static regex")
    });
    if let Some(c) = agency.captures(p).filter(|c| known_place(&c[1].to_uppercase())) {
        let m = c.get(0).expect("the whole match");
        return (m.end() < p.len()).then(|| 0..m.end());
    }
    let m = bracketed
        .find(p)
        .or_else(|| dashed.find(p))
        .or_else(|| colon.captures(p).filter(|c| known_place(&c[1])).and_then(|c| c.get(0)))?;
    // The place must be more than one capital letter and the rest must be text.
    let place: String = p[..m.end()]
        .chars()
        .take_while(|c| c.is_uppercase() || *c == ' ')
        .collect();
    (place.trim().chars().count() >= 3 && m.end() < p.len()).then(|| 0..m.end())
}

/// The publication date from a dateline near the top: "MOSCOW (Sputnik - 05th January, 2022)",
/// "22/12/2021 - 12:44", "Published: 5 January 2022", "МОСКВА, 3 мар – РИА Новости".
fn dateline(text: &str, paragraphs: &[Paragraph], lang: Lang) -> Option<PartialDate> {
    let metadata = |p: &Paragraph| starts_with_any(&text[p.start..p.end], &lang.rules().metadata_lines);
    for p in paragraphs
        .iter()
        .filter(|p| p.kind != ParagraphKind::Boilerplate || metadata(p))
        .take(3)
    {
        // Only the opening of a paragraph can be a dateline.
        let mut end = p.end.min(p.start + 160);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let tokens = tokenize(text, p.start..end);
        let dates = find_dates(&tokens, 0..tokens.len(), lang.rules());
        let first_date = dates.iter().find_map(|d| match d.value {
            DateValue::Day(day) if d.first_token <= 12 => Some(day),
            _ => None,
        });
        if let Some(day) = first_date {
            return Some(day);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str) -> Document {
        Document::new("t.txt", text.to_string(), &DocumentOptions::default()).unwrap()
    }

    #[test]
    fn datelines() {
        let d = doc(
            "Talks\n\nMOSCOW (UrduPoint News / Sputnik - 05th January, 2022) Russia expects results from the talks.",
        );
        assert_eq!(d.published, PartialDate::parse_iso("2022-01-05"));
        let d = doc("Переговоры начнутся в январе\n\n22/12/2021 - 12:44 (по МСК)\n\nПереговоры состоятся в январе, сообщил министр.");
        assert_eq!(d.published, PartialDate::parse_iso("2021-12-22"));
        assert_eq!(d.lang, Lang::Ru);
        let d = doc("Russia says the talks will begin in January next year, the minister said on Monday.");
        assert_eq!(d.published, None);
    }

    #[test]
    fn character_offsets_count_code_points() {
        let text = format!("{}Лавров said.", "é😀a".repeat(900));
        let english = DocumentOptions {
            lang: Some(Lang::En),
            ..DocumentOptions::default()
        };
        let d = Document::new("t.txt", text.clone(), &english).unwrap();
        for byte in [0, 5, 1024, 2000, text.find("Лавров").unwrap(), text.len()] {
            if text.is_char_boundary(byte) {
                assert_eq!(d.char_offset(byte), text[..byte].chars().count(), "{byte}");
            }
        }
    }

    #[test]
    fn dateline_spans() {
        fn span(p: &str) -> Option<&str> {
            dateline_span(p).map(|r| &p[r])
        }
        assert_eq!(
            span("MOSCOW (UrduPoint News / Sputnik - 05th January, 2022) Russia expects"),
            Some("MOSCOW (UrduPoint News / Sputnik - 05th January, 2022) ")
        );
        assert_eq!(
            span("WASHINGTON (Reuters) - Federal Reserve Chair"),
            Some("WASHINGTON (Reuters) - ")
        );
        assert_eq!(span("KATHMANDU — President Ram Chandra Paudel"), Some("KATHMANDU — "));
        assert_eq!(
            span("МОСКВА, 3 мар – РИА Новости. Глава МИД"),
            Some("МОСКВА, 3 мар – РИА Новости. ")
        );
        assert_eq!(span("US President Joe Biden said"), None);
        assert_eq!(span("NATO has decided"), None);
        assert_eq!(span("CDU-Chef Friedrich Merz sagte am Montag"), None);
        assert_eq!(span("WIEN - Der Kanzler sagte"), Some("WIEN - "));
        // A known place in small letters with its agency; not any capitalised word.
        assert_eq!(span("Wien (APA) - Der Kanzler sagte"), Some("Wien (APA) - "));
        assert_eq!(span("Bundesminister (SPÖ) - Der Kanzler sagte"), None);
        // A known place and a colon; a heading in capitals is no place.
        assert_eq!(span("LAHORE: The Pakistan football federation"), Some("LAHORE: "));
        assert_eq!(span("UPDATE: The minister said"), None);
    }

    #[test]
    fn furniture_and_captions() {
        let d = doc("Headline here\n\nThe minister said the talks would go on.\n\nUkrainian reservists attend a military exercise near Kiev, Ukraine, on December 18\n\nOther news\nSomething else entirely happened today.");
        let kinds: Vec<_> = d.paragraphs.iter().map(|p| p.kind).collect();
        assert_eq!(
            kinds,
            [
                ParagraphKind::Headline,
                ParagraphKind::Body,
                ParagraphKind::Caption,
                ParagraphKind::Boilerplate,
                ParagraphKind::Boilerplate
            ]
        );
    }

    #[test]
    fn a_byline_is_an_author_and_furniture() {
        let d =
            doc("Talks in Geneva\n\nBy Jane Doe\n\nRussia says the talks will begin in January, the minister said.");
        assert_eq!(d.authors, vec!["Jane Doe".to_string()]);
        assert_eq!(d.paragraphs[1].kind, ParagraphKind::Boilerplate);
        assert_eq!(d.paragraphs[2].kind, ParagraphKind::Body);
        let d = doc("Is this the end?\n\nRussia says the talks will begin in January, the minister said.");
        assert_eq!(
            d.paragraphs[0].kind,
            ParagraphKind::Body,
            "a question ends like a sentence"
        );
        let options = DocumentOptions {
            headline: Some("Is this the end?".into()),
            ..Default::default()
        };
        let d = Document::new(
            "t.html",
            "Is this the end?\n\nRussia says so, the minister said.".into(),
            &options,
        )
        .unwrap();
        assert_eq!(d.paragraphs[0].kind, ParagraphKind::Headline);
        assert_eq!(d.headline.as_deref(), Some("Is this the end?"));
    }

    #[test]
    fn empty_and_unknown_language() {
        assert!(matches!(
            Document::new("e.txt", " \n".into(), &DocumentOptions::default()),
            Err(DocumentError::Empty)
        ));
        assert!(matches!(
            Document::new("z.txt", "東京で会議が開かれた。".into(), &DocumentOptions::default()),
            Err(DocumentError::UnknownLanguage(_))
        ));
        let spanish = "El ministro dijo que las conversaciones continuarían la próxima semana.";
        let err = Document::new("es.txt", spanish.into(), &DocumentOptions::default()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "this looks like Spanish, which newsgraph does not read (it reads: en, ru, uk, de, fr); pass --lang to read it as one of those anyway"
        );
        // --lang forces.
        let forced = DocumentOptions {
            lang: Some(Lang::En),
            ..DocumentOptions::default()
        };
        assert_eq!(Document::new("es.txt", spanish.into(), &forced).unwrap().lang, Lang::En);
    }
}
