//! The build's progress bar: articles done, megabytes of text read per second and the time
//! left, drawn on standard error only when it is a terminal (nothing in pipes, logs or with
//! `-q`).

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;

pub struct Progress {
    bar: Option<ProgressBar>,
    articles: usize,
    total: usize,
}

impl Progress {
    /// A bar over `bytes` of input in `articles` articles; hidden unless standard error is a
    /// terminal and `quiet` is off.
    pub fn new(articles: usize, bytes: u64, quiet: bool) -> Progress {
        let bar = (!quiet && std::io::stderr().is_terminal()).then(|| {
            let bar = ProgressBar::with_draw_target(Some(bytes), ProgressDrawTarget::stderr_with_hz(4));
            bar.set_style(
                ProgressStyle::with_template("{bar:30} {msg}  {bytes}/{total_bytes}  {bytes_per_sec}  ETA {eta}")
                    .expect("a valid template"),
            );
            bar
        });
        Progress {
            bar,
            articles: 0,
            total: articles,
        }
    }

    /// Counts `articles` more articles of `bytes` bytes done.
    pub fn advance(&mut self, articles: usize, bytes: u64) {
        self.articles += articles;
        if let Some(bar) = &self.bar {
            bar.set_message(format!("{}/{} articles", self.articles, self.total));
            bar.inc(bytes);
        }
    }

    /// Runs `f` (a message to print) with the bar out of the way.
    pub fn suspend(&self, f: impl FnOnce()) {
        match &self.bar {
            Some(bar) => bar.suspend(f),
            None => f(),
        }
    }

    /// Says what the build does after the articles (the bar stays until then).
    pub fn stage(&self, what: &str) {
        if let Some(bar) = &self.bar {
            bar.set_message(format!("{}/{} articles, then {what}", self.articles, self.total));
        }
    }

    pub fn finish(self) {
        if let Some(bar) = self.bar {
            bar.finish_and_clear();
        }
    }
}
