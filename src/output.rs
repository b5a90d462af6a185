//! Output: pages and assets written to a staging folder beside the output, swapped in only
//! when everything was written, so a failed build leaves the previous site untouched.

use std::collections::HashSet;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};

/// One file of the built site, its path relative to the output root.
///
/// The bytes are shared, not copied, when a file is cloned: `serve` keeps every briefing's
/// files between rebuilds and hands the unchanged ones to the next build as they are (copying
/// them was 80 MB per reload of a 1,000-article archive). `Arc<Vec<u8>>` rather than
/// `Arc<[u8]>` so that making one moves the rendered page in without copying it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SiteFile {
    pub path: PathBuf,
    pub bytes: std::sync::Arc<Vec<u8>>,
}

impl SiteFile {
    pub fn new(path: impl Into<PathBuf>, bytes: impl Into<Vec<u8>>) -> SiteFile {
        SiteFile {
            path: path.into(),
            bytes: std::sync::Arc::new(bytes.into()),
        }
    }
}

/// Where built files go as they are made: the staging folder (`Staging`) or memory
/// (`Collected`). Shared across the threads that render.
pub trait FileSink: Sync {
    /// Takes one whole file.
    fn file(&self, file: SiteFile) -> Result<()>;

    /// Takes a file written piece by piece by `fill`, for files too big to hold whole (the
    /// print edition and export of a briefing of thousands of sources).
    fn stream(&self, path: &Path, fill: &mut dyn FnMut(&mut dyn Write) -> Result<()>)
        -> Result<()>;
}

/// Files kept in memory, in the order they arrived.
#[derive(Default)]
pub struct Collected {
    files: std::sync::Mutex<Vec<SiteFile>>,
}

impl Collected {
    pub fn into_files(self) -> Vec<SiteFile> {
        self.files.into_inner().unwrap_or_else(|p| p.into_inner())
    }
}

impl FileSink for Collected {
    fn file(&self, file: SiteFile) -> Result<()> {
        self.files
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push(file);
        Ok(())
    }

    fn stream(
        &self,
        path: &Path,
        fill: &mut dyn FnMut(&mut dyn Write) -> Result<()>,
    ) -> Result<()> {
        let mut bytes = Vec::new();
        fill(&mut bytes)?;
        self.file(SiteFile::new(path, bytes))
    }
}

/// A sink that puts everything under a folder of another (an archive's briefing).
pub struct Under<'a> {
    pub dir: Option<&'a str>,
    pub sink: &'a dyn FileSink,
}

impl Under<'_> {
    fn place(&self, path: &Path) -> PathBuf {
        match self.dir {
            Some(dir) => Path::new(dir).join(path),
            None => path.to_path_buf(),
        }
    }
}

impl FileSink for Under<'_> {
    fn file(&self, file: SiteFile) -> Result<()> {
        self.sink.file(SiteFile {
            path: self.place(&file.path),
            bytes: file.bytes,
        })
    }

    fn stream(
        &self,
        path: &Path,
        fill: &mut dyn FnMut(&mut dyn Write) -> Result<()>,
    ) -> Result<()> {
        self.sink.stream(&self.place(path), fill)
    }
}

/// The file that marks a folder as written by brief; its content lists what brief wrote.
pub const MARKER: &str = ".brief-output";

/// Resolves the output folder against the site root and refuses dangerous choices: the
/// filesystem root, the site root, the seeds folder, or a parent of either.
pub fn resolve_output_dir(root: &Path, output: &Path, seeds_dir: &Path) -> Result<PathBuf> {
    let root = absolute(root)?;
    let out = normalise(&root.join(output));
    let seeds = normalise(&root.join(seeds_dir));
    if out.parent().is_none() {
        bail!(
            "refusing to write the site to {}: it is the filesystem root",
            out.display()
        );
    }
    for (what, protected) in [("the site root", &root), ("the seeds folder", &seeds)] {
        if protected.starts_with(&out) {
            bail!(
                "refusing to write the site to {}: it is {what} or a folder containing it (choose another output_dir)",
                out.display()
            );
        }
    }
    Ok(out)
}

fn absolute(p: &Path) -> Result<PathBuf> {
    let abs = if p.is_absolute() {
        p.to_path_buf()
    } else {
        std::env::current_dir()
            .context("reading the current folder")?
            .join(p)
    };
    Ok(normalise(&abs))
}

/// Removes `.` and `..` without touching the filesystem.
fn normalise(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            std::path::Component::ParentDir => {
                out.pop();
            }
            std::path::Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

/// A site being written: a staging folder beside the output, swapped in by `commit` only
/// when everything was written. Dropped without a commit, it removes itself.
pub struct Staging {
    output: PathBuf,
    parent: PathBuf,
    name: String,
    dir: PathBuf,
    written: std::sync::Mutex<Vec<String>>,
    pages: std::sync::atomic::AtomicUsize,
    committed: bool,
}

impl Staging {
    /// Checks the output may be replaced, clears what a killed build left, and starts.
    pub fn begin(output: &Path) -> Result<Staging> {
        refuse_anything_but_a_folder(output)?;
        if output.exists()
            && !output.join(MARKER).exists()
            && fs::read_dir(output)
                .map(|mut d| d.next().is_some())
                .unwrap_or(false)
        {
            bail!(
                "{} already exists and was not written by brief (no {MARKER} file); move it away or choose another output_dir",
                output.display()
            );
        }
        let parent = output
            .parent()
            .context("output folder has no parent")?
            .to_path_buf();
        fs::create_dir_all(&parent).with_context(|| format!("creating {}", parent.display()))?;
        let name = output
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "public".into());
        let dir = parent.join(format!(".{name}.brief-staging-{}", std::process::id()));
        reuse_a_spare(&parent, &name, &dir)?;
        fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
        Ok(Staging {
            output: output.to_path_buf(),
            parent,
            name,
            dir,
            written: Default::default(),
            pages: Default::default(),
            committed: false,
        })
    }

    /// The staging folder, for steps that add files themselves (the PDF).
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// How many HTML pages were written.
    pub fn pages(&self) -> usize {
        self.pages.load(std::sync::atomic::Ordering::Relaxed)
    }

    fn write_one(
        &self,
        rel: &Path,
        fill: &mut dyn FnMut(&mut dyn Write) -> Result<()>,
    ) -> Result<()> {
        let path = self.dir.join(rel);
        let file = create_over_the_spare(&self.dir, &path)?;
        let mut out = std::io::BufWriter::with_capacity(64 * 1024, file);
        fill(&mut out)
            .and_then(|()| Ok(out.flush()?))
            .with_context(|| format!("writing {}", path.display()))?;
        self.record(&rel.to_string_lossy().replace('\\', "/"));
        Ok(())
    }

    /// Whether this build has written the file at `rel` (the staging folder may also hold the
    /// spare's files of an earlier build).
    pub fn wrote(&self, rel: &str) -> bool {
        self.written
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .iter()
            .any(|w| w == rel)
    }

    /// Records a file a step wrote into the staging folder itself.
    pub fn record(&self, rel: &str) {
        if rel.ends_with(".html") {
            self.pages
                .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        }
        self.written
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push(rel.to_string());
    }

    /// Keeps the user's own files, writes the marker and swaps the new site in.
    pub fn commit(mut self) -> Result<()> {
        let written = std::mem::take(&mut *self.written.lock().unwrap_or_else(|p| p.into_inner()));
        remove_what_was_not_written(&self.dir, &written)?;
        carry_over_user_files(&self.output, &self.dir, &written)?;
        write_marker(&self.dir, written)?;
        swap_in(&self.dir, &self.output, &self.parent, &self.name)?;
        self.committed = true;
        Ok(())
    }
}

impl FileSink for Staging {
    fn file(&self, file: SiteFile) -> Result<()> {
        self.write_one(&file.path, &mut |w| Ok(w.write_all(&file.bytes)?))
    }

    fn stream(
        &self,
        path: &Path,
        fill: &mut dyn FnMut(&mut dyn Write) -> Result<()>,
    ) -> Result<()> {
        self.write_one(path, fill)
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        // What a failed build half-wrote is the next build's spare, like any other.
        if !self.committed
            && self.dir.exists()
            && fs::rename(&self.dir, spare_of(&self.parent, &self.name)).is_err()
        {
            let _ = fs::remove_dir_all(&self.dir);
        }
    }
}

/// The files a previous build listed in its marker.
fn files_brief_wrote(output: &Path) -> Vec<String> {
    fs::read_to_string(output.join(MARKER))
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(str::to_string)
        .collect()
}

/// Files in the previous output that brief did not write (a user's notes, a CNAME) are
/// copied into the new site, so replacing the output never loses them. One that the new
/// build also writes is an error rather than a silent overwrite.
fn carry_over_user_files(output: &Path, staging: &Path, written: &[String]) -> Result<()> {
    if !output.join(MARKER).is_file() {
        return Ok(());
    }
    let ours: HashSet<String> = files_brief_wrote(output).into_iter().collect();
    let written: HashSet<&str> = written.iter().map(String::as_str).collect();
    for entry in walkdir::WalkDir::new(output).sort_by_file_name() {
        let entry = entry.with_context(|| format!("reading {}", output.display()))?;
        if !entry.file_type().is_file() {
            continue;
        }
        let rel = entry.path().strip_prefix(output).unwrap_or(entry.path());
        let rel_str = rel.to_string_lossy().replace('\\', "/");
        if rel_str == MARKER || ours.contains(&rel_str) {
            continue;
        }
        if written.contains(rel_str.as_str()) {
            bail!(
                "{} is not brief's but this build writes a page there; move it away first",
                entry.path().display()
            );
        }
        let target = staging.join(rel);
        if let Some(dir) = target.parent() {
            fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
        }
        fs::copy(entry.path(), &target)
            .with_context(|| format!("keeping {}", entry.path().display()))?;
    }
    Ok(())
}

/// The marker lists every file the build wrote.
fn write_marker(staging: &Path, mut written: Vec<String>) -> Result<()> {
    written.sort();
    let marker = format!(
        "# written by brief; these files are replaced by every build\n{}\n",
        written.join("\n")
    );
    fs::write(staging.join(MARKER), marker)
        .with_context(|| format!("writing {}", staging.join(MARKER).display()))
}

/// The output must be a folder or not exist yet: a file or link there is the user's (`--output
/// mine.txt` once moved `mine.txt` aside for good, issue 14), so nothing is touched.
fn refuse_anything_but_a_folder(output: &Path) -> Result<()> {
    let Ok(meta) = fs::symlink_metadata(output) else {
        return Ok(());
    };
    let what = if meta.file_type().is_symlink() {
        "a symbolic link"
    } else if meta.is_dir() {
        return Ok(());
    } else {
        "a file, not a folder"
    };
    bail!(
        "refusing to write the site to {}: it is {what}; choose another output_dir or --output",
        output.display()
    )
}

/// Moves the finished staging folder into place, the old output aside first. The old output
/// stays beside the new one as the next build's spare (see [`reuse_a_spare`]).
fn swap_in(staging: &Path, output: &Path, parent: &Path, name: &str) -> Result<()> {
    let old = parent.join(format!(".{name}.brief-old-{}", std::process::id()));
    let had_old = output.exists();
    if had_old {
        fs::rename(output, &old)
            .with_context(|| format!("moving the previous {} aside", output.display()))?;
    }
    if let Err(e) = fs::rename(staging, output) {
        if had_old {
            let _ = fs::rename(&old, output);
        }
        return Err(e).with_context(|| format!("moving the new site into {}", output.display()));
    }
    if had_old && fs::rename(&old, spare_of(parent, name)).is_err() {
        remove_tree(&old)
            .with_context(|| format!("removing the previous site at {}", old.display()))?;
    }
    Ok(())
}

/// Takes the folder a previous build left beside the output (its spare, or what a killed build
/// left) as this build's staging folder, and removes any other such folder.
///
/// Writing over a spare's files and folders costs no new inodes: on this disk (ext4 with
/// `discard`) making a folder just after others were removed took 1.2 ms, and a 2,000-source
/// site's 2,000 folders and files were most of the build's system time (3.4 s of it, where
/// Hugo, writing over its own output, spends 0.3 s). The price is a second copy of the site
/// on disk, hidden beside it.
fn reuse_a_spare(parent: &Path, name: &str, staging: &Path) -> Result<()> {
    let spare = spare_of(parent, name);
    let mut reused = spare.is_dir() && fs::rename(&spare, staging).is_ok();
    let prefixes = [
        format!(".{name}.brief-staging-"),
        format!(".{name}.brief-old-"),
        format!(".{name}.brief-spare"),
    ];
    for entry in fs::read_dir(parent).with_context(|| format!("reading {}", parent.display()))? {
        let entry = entry.with_context(|| format!("reading {}", parent.display()))?;
        let file_name = entry.file_name().to_string_lossy().into_owned();
        let path = entry.path();
        if path == staging
            || !prefixes.iter().any(|p| file_name.starts_with(p.as_str()))
            || !path.is_dir()
        {
            continue;
        }
        if !reused && fs::rename(&path, staging).is_ok() {
            reused = true;
            continue;
        }
        remove_tree(&path).with_context(|| format!("removing the leftover {}", path.display()))?;
    }
    Ok(())
}

/// Where the site replaced last waits for the next build, beside the output named `name`.
fn spare_of(parent: &Path, name: &str) -> PathBuf {
    parent.join(format!(".{name}.brief-spare"))
}

/// Creates (or empties) the file at `path` inside the staging folder `root`, first removing
/// whatever of the spare stands in the way: a file where a folder is wanted, or a folder where
/// the file goes.
fn create_over_the_spare(root: &Path, path: &Path) -> Result<fs::File> {
    let dir = path.parent().unwrap_or(root);
    if fs::create_dir_all(dir).is_err() {
        for ancestor in dir
            .ancestors()
            .take_while(|a| a.starts_with(root) && *a != root)
        {
            if ancestor.is_file() || ancestor.is_symlink() {
                fs::remove_file(ancestor)
                    .with_context(|| format!("removing {}", ancestor.display()))?;
            }
        }
        fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    }
    if path.is_dir() && !path.is_symlink() {
        fs::remove_dir_all(path).with_context(|| format!("removing {}", path.display()))?;
    }
    fs::File::create(path).with_context(|| format!("writing {}", path.display()))
}

/// Removes from the staging folder every file this build did not write (the spare's pages of
/// sources since removed, a user's files, which are carried over afresh), then the folders
/// left empty.
fn remove_what_was_not_written(staging: &Path, written: &[String]) -> Result<()> {
    let written: HashSet<&str> = written.iter().map(String::as_str).collect();
    let mut folders = Vec::new();
    for entry in walkdir::WalkDir::new(staging).min_depth(1) {
        let entry = entry.with_context(|| format!("reading {}", staging.display()))?;
        let rel = entry.path().strip_prefix(staging).unwrap_or(entry.path());
        if entry.file_type().is_dir() {
            folders.push((entry.depth(), entry.into_path()));
            continue;
        }
        if !written.contains(rel.to_string_lossy().replace('\\', "/").as_str()) {
            fs::remove_file(entry.path())
                .with_context(|| format!("removing {}", entry.path().display()))?;
        }
    }
    folders.sort_by_key(|(depth, _)| std::cmp::Reverse(*depth));
    for (_, folder) in folders {
        // Only empty folders go; one that still holds a page fails here, as it should.
        let _ = fs::remove_dir(folder);
    }
    Ok(())
}

/// How many files are unlinked at once when a previous site is removed.
const REMOVERS: usize = 8;

/// Removes a folder and everything in it, its files by several threads at once, then its
/// folders, deepest first, each level's at once. On a disk mounted with `discard` every
/// unlink waits on the device (a 2,000-source site took 12 s to remove one file at a time,
/// 7 s eight at a time), and removing a folder waits longest (3 ms each here: the seeds'
/// 13 folders one after another were 40 ms, most of a five-article build); the waits overlap,
/// the work is the same.
fn remove_tree(dir: &Path) -> Result<()> {
    let mut files = Vec::new();
    let mut folders: Vec<(usize, PathBuf)> = Vec::new();
    for entry in walkdir::WalkDir::new(dir)
        .min_depth(1)
        .into_iter()
        .filter_map(Result::ok)
    {
        if entry.file_type().is_dir() {
            folders.push((entry.depth(), entry.into_path()));
        } else {
            files.push(entry.into_path());
        }
    }
    folders.sort_by_key(|(depth, _)| std::cmp::Reverse(*depth));
    let levels: Vec<&[(usize, PathBuf)]> = folders.chunk_by(|a, b| a.0 == b.0).collect();
    remove_in_turn(&files, &levels);
    Ok(fs::remove_dir_all(dir)?)
}

/// Removes `files`, then each level of `levels`' folders in turn, by up to [`REMOVERS`]
/// threads started once, each taking every n-th item and waiting for the others before
/// the next level (a folder goes only once it is empty). What fails is left to the
/// caller's `remove_dir_all`, which reports it.
fn remove_in_turn(files: &[PathBuf], levels: &[&[(usize, PathBuf)]]) {
    let most = levels.iter().map(|l| l.len()).fold(files.len(), usize::max);
    let workers = most.clamp(1, REMOVERS);
    let barrier = std::sync::Barrier::new(workers);
    let barrier = &barrier;
    std::thread::scope(|scope| {
        for w in 0..workers {
            scope.spawn(move || {
                for f in files.iter().skip(w).step_by(workers) {
                    let _ = fs::remove_file(f);
                }
                for level in levels {
                    barrier.wait();
                    for (_, folder) in level.iter().skip(w).step_by(workers) {
                        let _ = fs::remove_dir(folder);
                    }
                }
            });
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removing_a_tree_removes_every_file_and_folder() {
        let dir = tempfile::tempdir().unwrap();
        let site = dir.path().join("old");
        for i in 0..20 {
            let page = site.join(format!("sources/s{i}"));
            fs::create_dir_all(&page).unwrap();
            fs::write(page.join("index.html"), "x").unwrap();
        }
        fs::write(site.join("index.html"), "x").unwrap();
        remove_tree(&site).unwrap();
        assert!(!site.exists());
    }

    fn write(staging: &Staging, rel: &str, text: &str) {
        staging
            .file(SiteFile::new(rel, text.as_bytes().to_vec()))
            .unwrap();
    }

    fn files_under(dir: &Path) -> Vec<String> {
        let mut found: Vec<String> = walkdir::WalkDir::new(dir)
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_file())
            .map(|e| {
                e.path()
                    .strip_prefix(dir)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned()
            })
            .collect();
        found.sort();
        found
    }

    #[test]
    fn a_rebuild_writes_over_the_spare_and_keeps_only_its_own_pages() {
        let dir = tempfile::tempdir().unwrap();
        let output = dir.path().join("public");
        for round in 0..3 {
            let staging = Staging::begin(&output).unwrap();
            write(&staging, "index.html", &format!("home {round}"));
            if round == 0 {
                write(
                    &staging,
                    "sources/gone/index.html",
                    "a source since removed",
                );
                write(&staging, "page", "a file where a folder will be");
            } else {
                write(&staging, "page/index.html", "now a folder");
            }
            staging.commit().unwrap();
        }
        assert_eq!(
            files_under(&output),
            [".brief-output", "index.html", "page/index.html"]
        );
        assert_eq!(
            fs::read_to_string(output.join("index.html")).unwrap(),
            "home 2"
        );
        assert!(!output.join("sources").exists(), "an emptied folder goes");
        // The previous site waits beside the output for the next build.
        assert!(dir.path().join(".public.brief-spare/index.html").is_file());
        let beside: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(beside.len(), 2, "only the output and its spare");
    }

    #[test]
    fn output_may_not_contain_the_site_or_seeds() {
        let root = Path::new("/tmp/site");
        assert!(resolve_output_dir(root, Path::new("."), Path::new("seeds")).is_err());
        assert!(resolve_output_dir(root, Path::new(".."), Path::new("seeds")).is_err());
        assert!(resolve_output_dir(root, Path::new("seeds"), Path::new("seeds")).is_err());
        assert!(resolve_output_dir(root, Path::new("/"), Path::new("seeds")).is_err());
        assert_eq!(
            resolve_output_dir(root, Path::new("public"), Path::new("seeds")).unwrap(),
            PathBuf::from("/tmp/site/public")
        );
    }
}
