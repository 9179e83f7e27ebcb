//! Quotation spans in every quote style: « » “ ” „ “ ‘ ’ " ' . Only outermost quotes are
//! returned; a quote left open at the end of a paragraph runs to its end (news continues a
//! long quote into the next paragraph with a fresh opening mark).

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    /// Byte offset of the opening mark.
    pub open: usize,
    /// Byte offset of the closing mark, `None` when the paragraph ends first.
    pub close: Option<usize>,
    /// Byte range of the words inside.
    pub content: (usize, usize),
}

fn closer_for(open: char) -> &'static [char] {
    match open {
        '«' => &['»'],
        '“' => &['”', '“'],
        // (Web pages often close a German quote with a straight mark.)
        '„' => &['“', '”', '"'],
        '‘' => &['’'],
        '‹' => &['›'],
        // German print also quotes the other way round: »Wir brauchen jemanden«.
        '»' => &['«'],
        '›' => &['‹'],
        '"' => &['"'],
        '\'' => &['\''],
        _ => &[],
    }
}

pub fn find_quotes(text: &str, start: usize, end: usize) -> Vec<Quote> {
    if let Some(q) = dialogue(text, start, end) {
        return vec![q];
    }
    let chars: Vec<(usize, char)> = text[start..end].char_indices().map(|(i, c)| (i + start, c)).collect();
    let mut stack: Vec<(char, usize)> = Vec::new();
    let mut out = Vec::new();
    for (k, &(pos, c)) in chars.iter().enumerate() {
        // Only quote marks open or close a quote (the letters around them are read for those).
        if !matches!(c, '«' | '»' | '„' | '“' | '”' | '‘' | '’' | '‹' | '›' | '"' | '\'') {
            continue;
        }
        let prev = k.checked_sub(1).map(|p| chars[p].1);
        let next = chars.get(k + 1).map(|&(_, n)| n);
        let letter_after = next.is_some_and(char::is_alphanumeric);
        let letter_before = prev.is_some_and(char::is_alphanumeric);
        // Closing the innermost open quote?
        if let Some(&(open, open_pos)) = stack.last() {
            let apostrophe = matches!(c, '’' | '\'') && letter_before && letter_after;
            if closer_for(open).contains(&c) && !apostrophe && !(c == '\'' && !letter_before && letter_after) {
                stack.pop();
                if stack.is_empty() {
                    out.push(Quote {
                        open: open_pos,
                        close: Some(pos),
                        content: (open_pos + open.len_utf8(), pos),
                    });
                }
                continue;
            }
        }
        let opens = match c {
            '«' | '„' | '“' | '‹' => true,
            // (Only where no quote is open: inside «…» it closes, handled above.)
            '»' | '›' => !letter_before && letter_after,
            '‘' => !letter_before,
            '"' => !letter_before,
            '\'' => !letter_before && letter_after,
            _ => false,
        };
        if opens {
            stack.push((c, pos));
        }
    }
    if let Some(&(open, open_pos)) = stack.first() {
        out.push(Quote {
            open: open_pos,
            close: None,
            content: (open_pos + open.len_utf8(), end),
        });
    }
    out
}

/// A paragraph of direct speech opened by a dash, as Russian and Ukrainian print interviews
/// and remarks ("- Зустріч була результативною, - сказав він."): the words run from the dash
/// to the dash that opens the attribution (a dash between spaces before a lower-case word), or
/// to the paragraph's end; the attribution dash stands for the closing mark.
fn dialogue(text: &str, start: usize, end: usize) -> Option<Quote> {
    let para = &text[start..end];
    let dash = para.chars().next().filter(|c| matches!(c, '-' | '–' | '—'))?;
    let after = para[dash.len_utf8()..].strip_prefix(' ')?;
    let content_start = end - after.len();
    let mut close = None;
    for (i, c) in after.char_indices() {
        if matches!(c, '-' | '–' | '—') && after[..i].ends_with(' ') {
            let rest = after[i + c.len_utf8()..].trim_start();
            let lower_word = rest.chars().next().is_some_and(char::is_lowercase);
            let clause_end = after[..i].trim_end().ends_with([',', '.', '!', '?', '…']);
            if lower_word && clause_end {
                close = Some(content_start + i);
                break;
            }
        }
    }
    Some(Quote {
        open: start,
        close,
        content: (content_start, close.unwrap_or(end)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(s: &str) -> Vec<&str> {
        find_quotes(s, 0, s.len())
            .into_iter()
            .map(|q| &s[q.content.0..q.content.1])
            .collect()
    }

    #[test]
    fn styles_and_apostrophes() {
        assert_eq!(quoted("«Да», — сказал он."), ["Да"]);
        assert_eq!(quoted("»Wir brauchen jemanden«, sagte sie."), ["Wir brauchen jemanden"]);
        assert_eq!(quoted("Sie sagte: »Das ist ›neu‹ für uns«."), ["Das ist ›neu‹ für uns"]);
        assert_eq!(
            quoted("‘We want Russia’s forces back,’ Blinken said."),
            ["We want Russia’s forces back,"]
        );
        assert_eq!(quoted("He said \"no\" and 'yes'."), ["no", "yes"]);
        assert_eq!(quoted("«Он сказал „нет“ вчера»"), ["Он сказал „нет“ вчера"]);
        assert_eq!(quoted("„Wir schaffen das“, sagte sie."), ["Wir schaffen das"]);
        assert_eq!(quoted("Russia’s and the US’ positions"), Vec::<&str>::new());
    }

    #[test]
    fn dialogue_dashes() {
        assert_eq!(
            quoted("- Зустріч була результативною, - сказав він."),
            ["Зустріч була результативною, "]
        );
        assert_eq!(quoted("— Мы готовы. Это важно"), ["Мы готовы. Это важно"]);
        assert_eq!(quoted("-12 degrees tonight"), Vec::<&str>::new());
    }

    #[test]
    fn open_quote_runs_to_paragraph_end() {
        let s = "“This goes on into the next paragraph";
        let q = find_quotes(s, 0, s.len());
        assert_eq!(q[0].close, None);
    }
}
