//! The release folder is written whole or not at all: everything goes to a hidden folder beside
//! `--out`, which is renamed into place only once every file is written and synced. A publish
//! that fails (a full disk, a killed process) leaves the old release, or nothing, never half a
//! new one; a hidden folder left by a killed process names the process and can be deleted.

use anyhow::Context;
use std::path::{Path, PathBuf};

/// A folder being filled; dropped without [`Staging::commit`], it is removed.
pub struct Staging {
    dir: PathBuf,
    out: PathBuf,
    committed: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum ReleaseError {
    #[error("{0} is a file, not a folder: choose another --out")]
    OutIsAFile(String),
    #[error("{0} is not empty: choose another --out, or pass --force to replace it")]
    OutNotEmpty(String),
}

impl Staging {
    /// Checks `out` (absent, or an empty folder, or any folder with `force`) and creates the
    /// staging folder beside it.
    pub fn begin(out: &Path, force: bool) -> anyhow::Result<Staging> {
        let shown = out.display().to_string();
        if out.is_file() {
            return Err(ReleaseError::OutIsAFile(shown).into());
        }
        if out.is_dir() && !force {
            let mut entries = std::fs::read_dir(out).with_context(|| format!("{shown}: cannot read the folder"))?;
            if entries.next().is_some() {
                return Err(ReleaseError::OutNotEmpty(shown).into());
            }
        }
        let name = out
            .file_name()
            .ok_or_else(|| anyhow::anyhow!("--out {shown}: name a folder"))?
            .to_string_lossy()
            .into_owned();
        let parent = match out.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        std::fs::create_dir_all(&parent).with_context(|| format!("{}: cannot create the folder", parent.display()))?;
        let dir = parent.join(format!(".{name}.publishing-{}", std::process::id()));
        if dir.exists() {
            std::fs::remove_dir_all(&dir)
                .with_context(|| format!("{}: cannot remove an old staging folder", dir.display()))?;
        }
        std::fs::create_dir(&dir).with_context(|| format!("{}: cannot create the staging folder", dir.display()))?;
        Ok(Staging {
            dir,
            out: out.to_path_buf(),
            committed: false,
        })
    }

    /// Where the files go until the release is committed.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Puts the release in place: an existing `out` is moved aside, the new folder renamed to
    /// `out`, the old one removed.
    pub fn commit(mut self) -> anyhow::Result<PathBuf> {
        sync_dir(&self.dir)?;
        let aside = self.dir.with_file_name(format!(
            "{}.replaced",
            self.dir.file_name().unwrap_or_default().to_string_lossy()
        ));
        let had_old = self.out.exists();
        if had_old {
            std::fs::rename(&self.out, &aside)
                .with_context(|| format!("{}: cannot move the old release aside", self.out.display()))?;
        }
        if let Err(e) = std::fs::rename(&self.dir, &self.out) {
            if had_old {
                // Put the old release back: a failed publish changes nothing.
                let _ = std::fs::rename(&aside, &self.out);
            }
            return Err(e).with_context(|| format!("{}: cannot put the release in place", self.out.display()));
        }
        self.committed = true;
        if had_old {
            std::fs::remove_dir_all(&aside)
                .with_context(|| format!("{}: cannot remove the replaced release", aside.display()))?;
        }
        if let Some(parent) = self.out.parent().filter(|p| !p.as_os_str().is_empty()) {
            sync_dir(parent)?;
        }
        Ok(self.out.clone())
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed {
            let _ = std::fs::remove_dir_all(&self.dir);
        }
    }
}

/// Makes a folder's entries durable (the files themselves are synced as they are closed).
fn sync_dir(dir: &Path) -> anyhow::Result<()> {
    std::fs::File::open(dir)
        .and_then(|f| f.sync_all())
        .with_context(|| format!("{}: cannot sync the folder", dir.display()))
}
