//! Bad input of every kind: each file is processed or skipped with one line naming it and the
//! reason, nothing panics, and what is stored stays valid RDF.

mod common;
use common::*;
use oxigraph::io::{RdfFormat, RdfParser};
use std::path::Path;

fn write(dir: &Path, name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

#[test]
fn legacy_encodings_are_decoded() {
    let dir = tempfile::tempdir().unwrap();
    let ru = "Министр иностранных дел России Сергей Лавров заявил журналистам, что переговоры начнутся в январе.";
    let en = "French Foreign Minister Catherine Colonna said on Monday that the café talks in Genève would resume.";
    let (cp1251, _, _) = encoding_rs::WINDOWS_1251.encode(ru);
    let (koi8, _, _) = encoding_rs::KOI8_R.encode(ru);
    let (latin, _, _) = encoding_rs::WINDOWS_1252.encode(en);
    let mut utf16be = vec![0xFE, 0xFF];
    utf16be.extend(ru.encode_utf16().flat_map(|u| u.to_be_bytes()));
    let mut utf16le = vec![0xFF, 0xFE];
    utf16le.extend(en.encode_utf16().flat_map(|u| u.to_le_bytes()));
    let mut bom = b"\xEF\xBB\xBF".to_vec();
    bom.extend(ru.as_bytes());
    let files = [
        write(dir.path(), "cp1251.txt", &cp1251),
        write(dir.path(), "koi8.txt", &koi8),
        write(dir.path(), "utf16be.txt", &utf16be),
        write(dir.path(), "bom.txt", &bom),
        write(dir.path(), "latin1.txt", &latin),
        write(dir.path(), "utf16le.txt", &utf16le),
    ];
    let store = dir.path().join("store");
    ok(bin().arg("build").arg("--store").arg(&store).args(&files));
    let people = query_json(&store, "queries/people.rq");
    for f in ["cp1251.txt", "koi8.txt", "utf16be.txt", "bom.txt"] {
        assert!(
            people
                .iter()
                .any(|p| p["source"] == f && p["person"] == "Сергей Лавров"),
            "{f}: {people:?}"
        );
    }
    for f in ["latin1.txt", "utf16le.txt"] {
        assert!(
            people
                .iter()
                .any(|p| p["source"] == f && p["person"] == "Catherine Colonna"),
            "{f}: {people:?}"
        );
    }
    // Offsets refer to the decoded text: the evidence of each role is exactly its anchor.
    let check = ok(bin().args(["query", "--format", "csv", "-e",
        "SELECT ?ok { GRAPH ?g { ?m ng:evidence ?e . ?e nif:anchorOf ?a ; nif:beginIndex ?b ; nif:endIndex ?n . ?art a schema:NewsArticle ; nif:isString ?t } \
         BIND(SUBSTR(?t, ?b + 1, ?n - ?b) = ?a AS ?ok) }", "--store"]).arg(&store));
    assert!(
        check.lines().skip(1).count() >= 6 && check.lines().skip(1).all(|l| l == "true"),
        "{check}"
    );
}

#[test]
fn hostile_files_are_processed_or_skipped_with_a_reason() {
    let dir = tempfile::tempdir().unwrap();
    let names: Vec<String> = (0..3000).map(|i| format!("John Smith{i}")).collect();
    let hostile = [
        ("empty.txt", b"".to_vec()),
        ("spaces.txt", b"   \n\n\t \n".to_vec()),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00".to_vec()),
        ("archive.html", b"PK\x03\x04\x14\x00\x00\x00\x08\x00".to_vec()),
        ("cjk.txt", "東京で会議が開かれた。首相が発言した。".as_bytes().to_vec()),
        ("quotes.txt", "Russian Foreign Minister Sergey Lavrov said «this «never» ends and “nothing ‘closes.\n\n» ” ’ Lavrov said.".as_bytes().to_vec()),
        ("names.txt", format!("President Joe Biden met {} and said the talks would go on.", names.join(", ")).into_bytes()),
        ("control.txt", "US President Joe Biden\u{1} said\u{7} on\u{1b}[31m Monday \u{202e}that the talks\u{200f} would go on 😀🇺🇦.".as_bytes().to_vec()),
        ("markup.txt", "<script>alert(1)</script> US President Joe Biden said \"} ; DROP ALL ; <http://x> \\\" ''' \n that the talks would go on.".as_bytes().to_vec()),
        ("rtl.txt", "قال الرئيس الأمريكي جو بايدن إن المحادثات ستستمر.".as_bytes().to_vec()),
    ];
    let mut files: Vec<std::path::PathBuf> = hostile.iter().map(|(n, b)| write(dir.path(), n, b)).collect();
    // One line of 200 KB: cut into bounded paragraphs, processed.
    let long = "Russian Foreign Minister Sergey Lavrov said the talks would go on. ".repeat(3_000);
    files.push(write(dir.path(), "oneline.txt", long.as_bytes()));
    // Far beyond an article: skipped before it is read.
    let big = std::fs::File::create(dir.path().join("huge.txt")).unwrap();
    big.set_len(40 * 1024 * 1024).unwrap();
    files.push(dir.path().join("huge.txt"));
    let store = dir.path().join("store");
    let out = run(bin().arg("build").arg("--store").arg(&store).args(&files));
    let err = String::from_utf8_lossy(&out.stderr);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    for (file, reason) in [
        ("empty.txt", "the file is empty"),
        ("spaces.txt", "the text is empty"),
        ("image.txt", "binary"),
        ("archive.html", "binary"),
        ("cjk.txt", "cannot tell which language"),
        ("rtl.txt", "cannot tell which language"),
        ("huge.txt", "too large"),
    ] {
        assert!(
            err.lines().any(|l| l.contains(file) && l.contains(reason)),
            "{file}: {err}"
        );
    }
    assert!(stdout.contains("(7 skipped)"), "{stdout}");
    // Everything stored reads back as RDF, hostile literals included.
    let nq = ok(bin().args(["export", "--format", "nquads", "--store"]).arg(&store));
    assert!(RdfParser::from_format(RdfFormat::NQuads)
        .for_slice(nq.as_bytes())
        .all(|q| q.is_ok()));
    let trig = ok(bin().args(["export", "--format", "trig", "--store"]).arg(&store));
    assert!(RdfParser::from_format(RdfFormat::TriG)
        .for_slice(trig.as_bytes())
        .all(|q| q.is_ok()));
    let people = query_json(&store, "queries/people.rq");
    assert!(
        people
            .iter()
            .any(|p| p["source"] == "markup.txt" && p["person"] == "Joe Biden"),
        "{people:?}"
    );
    assert!(
        people
            .iter()
            .any(|p| p["source"] == "oneline.txt" && p["person"] == "Sergey Lavrov"),
        "{people:?}"
    );
    // --strict turns any skip into a failure.
    let strict = run(bin()
        .arg("build")
        .arg("--strict")
        .arg("--store")
        .arg(&store)
        .arg(&files[0]));
    assert!(!strict.status.success());
}
