//! Content negotiation: which of the formats a response can take the client's `Accept` header
//! prefers (RFC 9110 §12.5.1: quality values, the most specific range deciding).

/// One media range of an `Accept` header with its quality.
#[derive(Debug, Clone, PartialEq)]
struct Range {
    kind: String,
    subtype: String,
    quality: f32,
}

fn parse_accept(header: &str) -> Vec<Range> {
    header
        .split(',')
        .filter_map(|part| {
            let mut params = part.split(';');
            let (kind, subtype) = params.next()?.trim().split_once('/')?;
            let mut quality = 1.0;
            for p in params {
                if let Some((k, v)) = p.split_once('=') {
                    if k.trim().eq_ignore_ascii_case("q") {
                        quality = v.trim().parse().unwrap_or(0.0);
                    }
                }
            }
            Some(Range {
                kind: kind.trim().to_ascii_lowercase(),
                subtype: subtype.trim().to_ascii_lowercase(),
                quality,
            })
        })
        .collect()
}

/// The quality the client gives `media_type`: that of the most specific range matching it
/// (`text/turtle` before `text/*` before `*/*`), 0 when none does.
fn quality_of(ranges: &[Range], media_type: &str) -> f32 {
    let Some((kind, subtype)) = media_type.split_once('/') else {
        return 0.0;
    };
    ranges
        .iter()
        .filter_map(|r| {
            let specificity = match (r.kind.as_str(), r.subtype.as_str()) {
                (k, s) if k == kind && s == subtype => 3,
                (k, "*") if k == kind => 2,
                ("*", "*") => 1,
                _ => return None,
            };
            Some((specificity, r.quality))
        })
        .max_by_key(|(specificity, _)| *specificity)
        .map_or(0.0, |(_, q)| q)
}

/// Picks among `offers` (media type, value), listed in the server's order of preference: the
/// one the client rates highest, the server's order breaking ties. No header means anything
/// goes (the first offer); `None` when the client accepts none of them (406).
pub fn choose<T: Copy>(accept: Option<&str>, offers: &[(&str, T)]) -> Option<T> {
    let Some(header) = accept.filter(|h| !h.trim().is_empty()) else {
        return offers.first().map(|(_, v)| *v);
    };
    let ranges = parse_accept(header);
    let mut best: Option<(f32, T)> = None;
    for (media_type, value) in offers {
        let q = quality_of(&ranges, media_type);
        if q > 0.0 && best.is_none_or(|(b, _)| q > b) {
            best = Some((q, *value));
        }
    }
    best.map(|(_, v)| v)
}

#[cfg(test)]
mod tests {
    use super::choose;

    const OFFERS: &[(&str, u8)] = &[("text/html", 0), ("text/turtle", 1), ("application/ld+json", 2)];

    #[test]
    fn a_browser_gets_html_and_a_linked_data_client_rdf() {
        let browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
        assert_eq!(choose(Some(browser), OFFERS), Some(0));
        assert_eq!(choose(Some("text/turtle"), OFFERS), Some(1));
        assert_eq!(
            choose(Some("application/ld+json;q=0.9, text/turtle;q=0.5"), OFFERS),
            Some(2)
        );
    }

    #[test]
    fn specific_ranges_outrank_wildcards_and_ties_keep_the_servers_order() {
        assert_eq!(choose(Some("text/*;q=0.2, text/turtle"), OFFERS), Some(1));
        assert_eq!(choose(Some("*/*"), OFFERS), Some(0));
        assert_eq!(choose(None, OFFERS), Some(0));
        assert_eq!(choose(Some("text/html;q=0, */*"), OFFERS), Some(1));
    }

    #[test]
    fn nothing_acceptable_is_none() {
        assert_eq!(choose(Some("image/png"), OFFERS), None);
        assert_eq!(choose(Some("text/turtle;q=0"), OFFERS), None);
    }
}
