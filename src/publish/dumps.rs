//! The data dumps of a release, written in one pass over the store: every quad of the data
//! graphs goes to each serializer as it is read, so the store is never held in memory.
//!
//! N-Quads, TriG and JSON-LD keep the named graphs (one per article, and the identity graph);
//! N-Triples, Turtle and RDF/XML hold triples only, the union of those graphs. They are written
//! graph after graph, so a triple stated in several articles (a country's label) is written once
//! per article: readers take an RDF graph as a set, and find the same triples.

use super::jsonld::{self, JsonLdContext};
use crate::output::RdfOutput;
use crate::store::data_quads;
use anyhow::Context;
use flate2::write::GzEncoder;
use flate2::Compression;
use oxigraph::io::{JsonLdProfileSet, RdfFormat, RdfSerializer, WriterQuadSerializer};
use oxigraph::model::{QuadRef, TripleRef};
use oxigraph::store::Store;
use oxjsonld::WriterJsonLdSerializer;
use sha2::{Digest, Sha256};
use std::fs::File;
use std::io::{BufWriter, Read, Write};
use std::path::Path;

/// One dump of the release.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DumpFormat {
    pub file: &'static str,
    pub format: RdfFormat,
    pub gzip: bool,
    pub title: &'static str,
}

const JSON_LD: RdfFormat = RdfFormat::JsonLd {
    profile: JsonLdProfileSet::empty(),
};

/// The dumps, in the order a catalogue lists them.
pub const DUMPS: &[DumpFormat] = &[
    DumpFormat {
        file: "newsgraph.nq",
        format: RdfFormat::NQuads,
        gzip: false,
        title: "N-Quads dump: one named graph per article, and the identity graph",
    },
    DumpFormat {
        file: "newsgraph.trig",
        format: RdfFormat::TriG,
        gzip: false,
        title: "TriG dump: one named graph per article, and the identity graph",
    },
    DumpFormat {
        file: "newsgraph.jsonld",
        format: JSON_LD,
        gzip: false,
        title: "JSON-LD dump with a context of short names: one named graph per article, and the identity graph",
    },
    DumpFormat {
        file: "newsgraph.nt.gz",
        format: RdfFormat::NTriples,
        gzip: true,
        title: "N-Triples dump, gzip-compressed: the triples of all graphs together",
    },
    DumpFormat {
        file: "newsgraph.ttl",
        format: RdfFormat::Turtle,
        gzip: false,
        title: "Turtle dump: the triples of all graphs together",
    },
    DumpFormat {
        file: "newsgraph.rdf",
        format: RdfFormat::RdfXml,
        gzip: false,
        title: "RDF/XML dump: the triples of all graphs together",
    },
];

/// A file of the release as written: its name, size and SHA-256 digest (lowercase hex).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WrittenFile {
    pub name: String,
    pub bytes: u64,
    pub sha256: String,
}

impl WrittenFile {
    /// Size and digest of a file as it lies on disk.
    pub fn measure(dir: &Path, name: &str) -> anyhow::Result<WrittenFile> {
        let path = dir.join(name);
        let mut file = File::open(&path).with_context(|| format!("{}: cannot read it back", path.display()))?;
        let mut hasher = Sha256::new();
        let mut buffer = vec![0u8; 1 << 16];
        let mut bytes = 0u64;
        loop {
            let n = file.read(&mut buffer)?;
            if n == 0 {
                break;
            }
            hasher.update(&buffer[..n]);
            bytes += n as u64;
        }
        let sha256 = hasher.finalize().iter().map(|b| format!("{b:02x}")).collect();
        Ok(WrittenFile {
            name: name.to_string(),
            bytes,
            sha256,
        })
    }
}

/// A file being written: buffered, gzip-compressed or not, synced to disk when closed.
enum DumpWriter {
    Plain(BufWriter<File>),
    Gzip(GzEncoder<BufWriter<File>>),
}

impl DumpWriter {
    fn create(path: &Path, gzip: bool) -> anyhow::Result<DumpWriter> {
        let file = BufWriter::with_capacity(
            1 << 16,
            File::create(path).with_context(|| format!("{}: cannot create the file", path.display()))?,
        );
        Ok(if gzip {
            DumpWriter::Gzip(GzEncoder::new(file, Compression::default()))
        } else {
            DumpWriter::Plain(file)
        })
    }

    fn close(self) -> std::io::Result<()> {
        let buffered = match self {
            DumpWriter::Plain(w) => w,
            DumpWriter::Gzip(w) => w.finish()?,
        };
        buffered.into_inner().map_err(|e| e.into_error())?.sync_all()
    }
}

impl Write for DumpWriter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match self {
            DumpWriter::Plain(w) => w.write(buf),
            DumpWriter::Gzip(w) => w.write(buf),
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        match self {
            DumpWriter::Plain(w) => w.flush(),
            DumpWriter::Gzip(w) => w.flush(),
        }
    }
}

/// A serializer of one dump; JSON-LD goes first to an intermediate file (see [`jsonld`]).
struct Sink {
    dump: &'static DumpFormat,
    serializer: SinkSerializer,
}

enum SinkSerializer {
    Rdf(WriterQuadSerializer<DumpWriter>),
    JsonLd(WriterJsonLdSerializer<DumpWriter>),
}

impl Sink {
    fn open(dir: &Path, dump: &'static DumpFormat, context: &JsonLdContext) -> anyhow::Result<Sink> {
        let serializer = if dump.format == JSON_LD {
            let writer = DumpWriter::create(&dir.join(jsonld::EXPANDED_FILE), dump.gzip)?;
            SinkSerializer::JsonLd(context.serializer()?.for_writer(writer))
        } else {
            let writer = DumpWriter::create(&dir.join(dump.file), dump.gzip)?;
            SinkSerializer::Rdf(serializer_for(dump.format).for_writer(writer))
        };
        Ok(Sink { dump, serializer })
    }

    fn write(&mut self, quad: QuadRef<'_>) -> std::io::Result<()> {
        match &mut self.serializer {
            SinkSerializer::JsonLd(s) => s.serialize_quad(quad),
            SinkSerializer::Rdf(s) if self.dump.format.supports_datasets() => s.serialize_quad(quad),
            SinkSerializer::Rdf(s) => s.serialize_triple(TripleRef::from(quad)),
        }
    }

    fn finish(self) -> std::io::Result<()> {
        match self.serializer {
            SinkSerializer::JsonLd(s) => s.finish()?.close(),
            SinkSerializer::Rdf(s) => s.finish()?.close(),
        }
    }
}

/// The serializer `export` uses for the format, with the project's prefixes where it has them.
fn serializer_for(format: RdfFormat) -> RdfSerializer {
    let output = match format {
        RdfFormat::NQuads => RdfOutput::Nquads,
        RdfFormat::TriG => RdfOutput::Trig,
        RdfFormat::NTriples => RdfOutput::Ntriples,
        RdfFormat::Turtle => RdfOutput::Turtle,
        RdfFormat::RdfXml => RdfOutput::Rdfxml,
        _ => RdfOutput::Jsonld,
    };
    output.serializer()
}

/// Writes every dump into `dir` and returns them as written (sizes and digests read back from
/// disk).
pub fn write_all(store: &Store, dir: &Path, context: &JsonLdContext) -> anyhow::Result<Vec<(DumpFormat, WrittenFile)>> {
    let mut sinks: Vec<Sink> = DUMPS
        .iter()
        .map(|d| Sink::open(dir, d, context))
        .collect::<anyhow::Result<_>>()?;
    for quad in data_quads(store) {
        let quad = quad?;
        for sink in &mut sinks {
            sink.write(quad.as_ref())
                .with_context(|| format!("{}: writing the dump", dir.join(sink.dump.file).display()))?;
        }
    }
    let mut written = Vec::new();
    for sink in sinks {
        let path = dir.join(sink.dump.file);
        let dump = sink.dump;
        sink.finish()
            .with_context(|| format!("{}: writing the dump", path.display()))?;
        if dump.format == JSON_LD {
            context.compact(&dir.join(jsonld::EXPANDED_FILE), &path)?;
        }
        written.push((*dump, WrittenFile::measure(dir, dump.file)?));
    }
    Ok(written)
}
