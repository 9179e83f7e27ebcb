//! `newsgraph explain`: an article paragraph by paragraph, each with the facts taken from it,
//! the words they rest on and the rule that found them — why the graph says what it says.

use crate::cli::ExplainArgs;
use crate::extract::{OrgRef, Speaker};
use crate::facts::{org_label, role_label};
use crate::input::expand;
use crate::pipeline::read_document;
use crate::text::ParagraphKind;
use std::io::Write;

pub fn run(args: &ExplainArgs) -> anyhow::Result<()> {
    let (_, options) = super::minter_and_options(&args.options)?;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for input in expand(&args.inputs)? {
        let doc = read_document(&input, &options).map_err(|s| anyhow::anyhow!("{}: {}", s.input, s.reason))?;
        let ex = crate::extract::extract(&doc);
        writeln!(
            out,
            "== {} ({}, published {})",
            doc.source,
            doc.lang.code(),
            doc.published.map_or("unknown".into(), |d| d.lexical())
        )?;
        for (i, p) in doc.paragraphs.iter().enumerate() {
            let kind = match p.kind {
                ParagraphKind::Headline => "headline",
                ParagraphKind::Body => "body",
                ParagraphKind::Caption => "caption",
                ParagraphKind::Boilerplate => "dropped",
            };
            writeln!(
                out,
                "\n[{kind} {}-{}] {}",
                doc.char_offset(p.start),
                doc.char_offset(p.end),
                &doc.text[p.start..p.end]
            )?;
            for m in ex.mentions.iter().filter(|m| m.para == i) {
                let (a, b) = ex.byte_span(m.para, m.start, m.end);
                writeln!(
                    out,
                    "  person   {:<28} \"{}\" @{}-{}  ({})",
                    ex.persons[m.person].full_name(),
                    &doc.text[a..b],
                    doc.char_offset(a),
                    doc.char_offset(b),
                    m.evidence.rule()
                )?;
            }
            for f in ex.roles.iter().filter(|f| f.para == i) {
                let (a, b) = ex.byte_span(f.para, f.start, f.end);
                let org = f
                    .org
                    .as_ref()
                    .map_or("(organisation unknown)".to_string(), |o: &OrgRef| {
                        org_label(o, doc.lang)
                    });
                writeln!(
                    out,
                    "  role     {} — {} — {}",
                    ex.persons[f.person].full_name(),
                    role_label(f, doc.lang),
                    org
                )?;
                writeln!(
                    out,
                    "           from \"{}\" @{}-{}  ({})",
                    &doc.text[a..b],
                    doc.char_offset(a),
                    doc.char_offset(b),
                    f.rule
                )?;
            }
            for s in ex
                .statements
                .iter()
                .filter(|s| p.start <= s.evidence.0 && s.evidence.0 < p.end)
            {
                let speaker = match &s.speaker {
                    Speaker::Person(n) => ex.persons[*n].full_name(),
                    Speaker::Organisation(o) => format!("{} (organisation)", org_label(o, doc.lang)),
                };
                writeln!(
                    out,
                    "  said     {} {} (\"{}\"), {}, {}",
                    speaker,
                    if s.direct { "quoted" } else { "reported" },
                    s.speaker_words,
                    s.date.map_or("no date".into(), |d| d.lexical()),
                    s.venue.as_ref().map_or("no venue".into(), |v| v.label.clone())
                )?;
                writeln!(
                    out,
                    "           \"{}\" @{}-{}  ({})",
                    &doc.text[s.text.0..s.text.1],
                    doc.char_offset(s.text.0),
                    doc.char_offset(s.text.1),
                    s.rule
                )?;
            }
        }
        writeln!(out)?;
    }
    out.flush()?;
    Ok(())
}
