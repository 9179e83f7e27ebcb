//! Inputs: files, directories (walked for .txt, .html and .htm) and standard input.

use std::io::Read;
use std::path::{Path, PathBuf};

/// One article to read.
#[derive(Debug, Clone)]
pub enum Input {
    File(PathBuf),
    Stdin,
}

impl Input {
    /// The name the article goes by in the graph: the file name, or "stdin".
    pub fn source_name(&self) -> String {
        match self {
            Input::File(p) => p
                .file_name()
                .map_or_else(|| p.display().to_string(), |n| n.to_string_lossy().into_owned()),
            Input::Stdin => "stdin".to_string(),
        }
    }

    /// How to name it in messages: the path as given.
    pub fn display(&self) -> String {
        match self {
            Input::File(p) => p.display().to_string(),
            Input::Stdin => "<stdin>".to_string(),
        }
    }

    pub fn read(&self) -> std::io::Result<Vec<u8>> {
        match self {
            Input::File(p) => std::fs::read(p),
            Input::Stdin => {
                // Standard input has no size to check first: read one byte past the limit.
                let mut buf = Vec::new();
                std::io::stdin()
                    .take(crate::pipeline::MAX_INPUT_BYTES + 1)
                    .read_to_end(&mut buf)?;
                if buf.len() as u64 > crate::pipeline::MAX_INPUT_BYTES {
                    return Err(std::io::Error::other(format!(
                        "standard input holds more than {} MiB, more than one article",
                        crate::pipeline::MAX_INPUT_BYTES / (1024 * 1024)
                    )));
                }
                Ok(buf)
            }
        }
    }

    /// The file's size, when it is a file.
    pub fn size(&self) -> Option<u64> {
        match self {
            Input::File(p) => std::fs::metadata(p).ok().map(|m| m.len()),
            Input::Stdin => None,
        }
    }

    pub fn is_html(&self) -> bool {
        matches!(self, Input::File(p) if p.extension().is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm")))
    }
}

#[derive(Debug, thiserror::Error)]
pub enum InputError {
    #[error("{0}: no such file or directory")]
    Missing(String),
    #[error("{path}: cannot read the directory: {source}")]
    Walk { path: String, source: walkdir::Error },
}

const ARTICLE_EXTENSIONS: &[&str] = &["txt", "html", "htm"];

/// Expands the command line's inputs into articles, in a stable order (directories sorted).
pub fn expand(args: &[PathBuf]) -> Result<Vec<Input>, InputError> {
    let mut out = Vec::new();
    for arg in args {
        if arg.as_os_str() == "-" {
            out.push(Input::Stdin);
            continue;
        }
        if !arg.exists() {
            return Err(InputError::Missing(arg.display().to_string()));
        }
        if arg.is_dir() {
            for entry in walkdir::WalkDir::new(arg).sort_by_file_name() {
                let entry = entry.map_err(|e| InputError::Walk {
                    path: arg.display().to_string(),
                    source: e,
                })?;
                if entry.file_type().is_file() && has_article_extension(entry.path()) {
                    out.push(Input::File(entry.into_path()));
                }
            }
        } else {
            out.push(Input::File(arg.clone()));
        }
    }
    Ok(out)
}

fn has_article_extension(p: &Path) -> bool {
    p.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| ARTICLE_EXTENSIONS.iter().any(|x| x.eq_ignore_ascii_case(e)))
}
