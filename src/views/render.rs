//! SVG and PNG through the real Graphviz `dot` program.

use std::io::Write;
use std::process::{Command, Stdio};

#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    #[error("Graphviz's `dot` program is not installed, so newsgraph cannot draw {0}: install it (Debian/Ubuntu: apt-get install graphviz; macOS: brew install graphviz), or use --format dot, which needs no Graphviz")]
    NoGraphviz(&'static str),
    #[error("Graphviz `dot` failed: {0}")]
    Failed(String),
    #[error("running Graphviz `dot`: {0}")]
    Io(#[from] std::io::Error),
}

/// Runs `dot -T<format>` on the DOT text and returns what it drew. `format` is "svg" or "png".
pub fn render(dot: &str, format: &'static str) -> Result<Vec<u8>, RenderError> {
    let started = std::time::Instant::now();
    let mut child = match Command::new("dot")
        .arg(format!("-T{format}"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
    {
        Ok(c) => c,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(RenderError::NoGraphviz(format)),
        Err(e) => return Err(e.into()),
    };
    // Write from another thread: `dot` may fill its output pipe before it has read all input.
    let mut stdin = child.stdin.take().expect("stdin is piped");
    let text = dot.to_string();
    let writer = std::thread::spawn(move || stdin.write_all(text.as_bytes()));
    let out = child.wait_with_output()?;
    let written = writer.join().expect("the writer thread does not panic");
    if !out.status.success() {
        let message = String::from_utf8_lossy(&out.stderr);
        return Err(RenderError::Failed(
            message.lines().next().unwrap_or("no message").trim().to_string(),
        ));
    }
    written?;
    tracing::info!(format, bytes = out.stdout.len(), elapsed = ?started.elapsed(), "Graphviz drew the view");
    Ok(out.stdout)
}
