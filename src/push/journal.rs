//! What an endpoint was last sent, per graph, so a push sends only what changed and a push
//! cut short resumes where it stopped: one tab-separated file per endpoint in the store
//! directory, a line appended after each graph the endpoint took.

use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};

pub struct Journal {
    path: PathBuf,
    /// Graph IRI → digest of the content last sent.
    sent: HashMap<String, String>,
}

/// The digest a graph's serialized content is remembered by.
pub fn digest(content: &[u8]) -> String {
    hex::encode(Sha256::digest(content))
}

impl Journal {
    /// The journal of `endpoint` in `store`'s directory (empty if there is none yet).
    pub fn open(store: &Path, endpoint: &str) -> std::io::Result<Journal> {
        let dir = store.join("push-journal");
        let path = dir.join(format!("{}.tsv", &digest(endpoint.as_bytes())[..16]));
        let mut sent = HashMap::new();
        match std::fs::read_to_string(&path) {
            Ok(text) => {
                for line in text.lines().filter(|l| !l.starts_with('#')) {
                    let mut cells = line.split('\t');
                    if let (Some(graph), Some(d)) = (cells.next(), cells.next()) {
                        sent.insert(graph.to_string(), d.to_string());
                    }
                }
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                std::fs::create_dir_all(&dir)?;
                std::fs::write(
                    &path,
                    format!("# newsgraph push journal for {endpoint}\n# graph\tsha256\ttriples\n"),
                )?;
            }
            Err(e) => return Err(e),
        }
        Ok(Journal { path, sent })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Whether the endpoint was last sent exactly this content for `graph`.
    pub fn holds(&self, graph: &str, digest: &str) -> bool {
        self.sent.get(graph).is_some_and(|d| d == digest)
    }

    /// Records that the endpoint took `graph` with this content.
    pub fn record(&mut self, graph: &str, digest: &str, triples: usize) -> std::io::Result<()> {
        let mut file = std::fs::OpenOptions::new().append(true).open(&self.path)?;
        writeln!(file, "{graph}\t{digest}\t{triples}")?;
        self.sent.insert(graph.to_string(), digest.to_string());
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_recorded_graph_is_held_until_its_content_changes_and_survives_reopening() {
        let dir = tempfile::tempdir().unwrap();
        let mut j = Journal::open(dir.path(), "http://a/store").unwrap();
        assert!(!j.holds("http://g/1", "d1"));
        j.record("http://g/1", "d1", 3).unwrap();
        j.record("http://g/1", "d2", 4).unwrap();
        let j = Journal::open(dir.path(), "http://a/store").unwrap();
        assert!(j.holds("http://g/1", "d2"));
        assert!(!j.holds("http://g/1", "d1"));
        let other = Journal::open(dir.path(), "http://b/store").unwrap();
        assert!(!other.holds("http://g/1", "d2"));
    }
}
