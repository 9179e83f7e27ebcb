//! Messages on standard error: how much to say (`-q`, `-v`, `-vv`, or `RUST_LOG`), in colour
//! or not (`--color`), and the worker threads (`--threads`). Set up once, before a command runs.

use crate::cli::{ColorWhen, GlobalArgs};
use std::ffi::OsString;
use std::io::IsTerminal;
use tracing_subscriber::EnvFilter;

/// Whether to colour what goes to standard error: `auto` colours a terminal unless NO_COLOR
/// is set (<https://no-color.org>).
pub fn colour_stderr(when: ColorWhen) -> bool {
    match when {
        ColorWhen::Always => true,
        ColorWhen::Never => false,
        ColorWhen::Auto => std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
    }
}

/// `--color` read before clap parses the line, so that `--help` and usage errors obey it
/// too. The parser checks the value properly afterwards.
pub fn color_from_args(args: &[OsString]) -> ColorWhen {
    let mut when = ColorWhen::Auto;
    let mut iter = args.iter().map(|a| a.to_string_lossy());
    while let Some(arg) = iter.next() {
        if arg == "--" {
            break;
        }
        let value = match arg.strip_prefix("--color") {
            Some("") => iter.next().map(|v| v.into_owned()),
            Some(rest) => rest.strip_prefix('=').map(str::to_string),
            None => None,
        };
        when = match value.as_deref() {
            Some("always") => ColorWhen::Always,
            Some("never") => ColorWhen::Never,
            Some("auto") => ColorWhen::Auto,
            _ => when,
        };
    }
    when
}

pub fn clap_color(when: ColorWhen) -> clap::ColorChoice {
    match when {
        ColorWhen::Auto => clap::ColorChoice::Auto,
        ColorWhen::Always => clap::ColorChoice::Always,
        ColorWhen::Never => clap::ColorChoice::Never,
    }
}

/// The level newsgraph's own messages are shown from: errors only with -q, warnings by
/// default, then info (-v), debug (-vv) and trace (-vvv). Other crates stay at warnings.
fn default_filter(global: &GlobalArgs) -> String {
    let level = if global.quiet {
        "error"
    } else {
        match global.verbose {
            0 => "warn",
            1 => "info",
            2 => "debug",
            _ => "trace",
        }
    };
    format!("warn,newsgraph={level}")
}

/// Installs the log subscriber: RUST_LOG when set, else the level of -q/-v; times since start.
pub fn init(global: &GlobalArgs) {
    let filter = match std::env::var("RUST_LOG") {
        Ok(spec) if !spec.trim().is_empty() => EnvFilter::try_new(&spec).unwrap_or_else(|e| {
            eprintln!("newsgraph: warning: RUST_LOG={spec:?} is not a log filter ({e}); using the default");
            EnvFilter::new(default_filter(global))
        }),
        _ => EnvFilter::new(default_filter(global)),
    };
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(colour_stderr(global.color))
        .with_timer(tracing_subscriber::fmt::time::uptime())
        .with_target(false)
        .try_init();
}

/// Sizes rayon's global pool, which `build` and `extract` read articles with.
pub fn set_threads(threads: Option<u16>) -> anyhow::Result<()> {
    if let Some(n) = threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(usize::from(n))
            .build_global()
            .map_err(|e| anyhow::anyhow!("--threads {n}: {e}"))?;
    }
    tracing::info!(threads = rayon::current_num_threads(), "worker threads");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(line: &str) -> Vec<OsString> {
        line.split(' ').map(OsString::from).collect()
    }

    #[test]
    fn color_is_read_in_both_spellings() {
        assert_eq!(
            color_from_args(&args("newsgraph --color never stats")),
            ColorWhen::Never
        );
        assert_eq!(
            color_from_args(&args("newsgraph stats --color=always")),
            ColorWhen::Always
        );
        assert_eq!(color_from_args(&args("newsgraph stats")), ColorWhen::Auto);
        assert_eq!(
            color_from_args(&args("newsgraph query -- --color=always")),
            ColorWhen::Auto
        );
    }
}
