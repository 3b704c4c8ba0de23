//! The aws.log error journal: one JSON line per record, rolled like log4j's
//! RollingFileAppender (`aws.log` → `aws.log.1` → … → `aws.log.N`, oldest dropped).
//!
//! A record is
//! `{"time":"2026-12-03 16:40:29.123","level":"ERR","errorCode":"500","category":"server","exception":"…","msg":"…","detail":"…"}`:
//! `time` is **UTC**, the platform's `yyyy-MM-dd HH:mm:ss` plus milliseconds; `level`
//! is `ERR` for server-category (5xx) codes and `WARN` otherwise; `errorCode` is a
//! string as on the platform. Every string goes through a JSON encoder, which
//! escapes line breaks and control characters, so no message can split or forge a
//! record; a stack trace's line breaks stay inside `detail`.
//!
//! Guarantees within one process (one [`Journal`] per file): thread-safe, no lost
//! or torn record, each record is one `write(2)` of the whole line or nothing (a
//! short write, e.g. disk full, is cut back off the file). A file never grows past
//! `max_bytes` except by a single record larger than `max_bytes`, which gets a file
//! of its own. I/O errors return [`Error::Io`]; the next write tries again,
//! reopening the file when it was removed or replaced and recreating missing folders.
//! A file whose last line was torn (a writer killed mid-write) gets a line break
//! before our first record; readers should skip lines that are not records
//! (blank ones included, see below).
//!
//! Two processes (or two `Journal`s) on one file: the file is opened `O_APPEND`,
//! so on a local file system each record still lands whole at the end, and each
//! writer follows the path after the other rolled (it checks the file's identity
//! on every write). Rolls are serialised by an exclusive `flock` on the file being
//! rolled, re-checked once the lock is held, so two writers never roll the same
//! file twice nor interleave their renames (which would overwrite backups); with
//! enough backups no record is lost. Not guaranteed: a record written in the
//! instant between the other's rename and our identity check lands in
//! `aws.log.1`, so files can end up slightly past `max_bytes` and records slightly
//! out of order across files. A journal opened while another process is
//! mid-write may take that record for torn and add one blank line. After a short
//! write (disk full) the file is cut back to its size before it, which with other
//! writers could cut their record too. Not for NFS, where `O_APPEND` is not atomic.

use crate::catalogue::Category;
use crate::code::category_of;
use crate::error::{Error, Result};
use crate::response::{json_content_len, push_json_content};
use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{SystemTime, UNIX_EPOCH};

/// log4j's size on the platform: roll at 20 MB.
pub const DEFAULT_MAX_BYTES: u64 = 20 * 1024 * 1024;
/// log4j's backups on the platform: keep 20.
pub const DEFAULT_BACKUPS: u32 = 20;
/// The most backups a journal keeps: every roll renames each backup once, under
/// the lock, so an unbounded count would stall every writer.
pub const MAX_BACKUPS: u32 = 1000;

/// An open journal. Share it between threads by reference (or `Arc`).
#[derive(Debug)]
pub struct Journal {
    path: PathBuf,
    max_bytes: u64,
    backups: u32,
    slot: Mutex<Slot>,
}

/// The open file, if any (None after an error: the next write reopens).
#[derive(Debug)]
struct Slot {
    file: Option<File>,
    /// The open file's identity (device, inode), taken once at opening: it cannot
    /// change while the descriptor is open, so each write stats only the path.
    id: FileId,
    /// The file did not end with a line break when opened: the next record starts
    /// with one. Checked at opening only, when no write of ours is in flight.
    torn_tail: bool,
}

impl Slot {
    fn reopen(&mut self, path: &Path) -> io::Result<()> {
        let file = open_file(path).map_err(|_| io::Error::other("open"))?;
        self.torn_tail = torn_tail(&file);
        self.id = file_id(&file)?;
        self.file = Some(file);
        Ok(())
    }
}

impl Journal {
    /// Opens (creating it and its folders) with the platform's defaults.
    pub fn open(path: impl AsRef<Path>) -> Result<Journal> {
        Journal::open_with(path, DEFAULT_MAX_BYTES, DEFAULT_BACKUPS)
    }

    /// Opens with a roll size and number of backups (0 backups: the file is
    /// truncated when full, as log4j does; more than [`MAX_BACKUPS`]:
    /// [`Error::OutOfRange`]). `max_bytes` 0 is treated as 1.
    pub fn open_with(path: impl AsRef<Path>, max_bytes: u64, backups: u32) -> Result<Journal> {
        let path = path.as_ref();
        if path.as_os_str().is_empty() {
            return Err(Error::Empty);
        }
        if backups > MAX_BACKUPS {
            return Err(Error::OutOfRange);
        }
        let file = open_file(path)?;
        Ok(Journal {
            path: path.to_path_buf(),
            max_bytes: max_bytes.max(1),
            backups,
            slot: Mutex::new(Slot {
                torn_tail: torn_tail(&file),
                id: file_id(&file).map_err(|_| Error::Io)?,
                file: Some(file),
            }),
        })
    }

    /// The journal's file (the current one, not a backup).
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Writes one record stamped now. `code` must have a valid category
    /// ([`Error::CodeOutOfRange`] otherwise); empty strings stand for absent fields.
    pub fn write(&self, code: i32, exception: &str, msg: &str, detail: &str) -> Result<()> {
        let line = record_line(SystemTime::now(), code, exception, msg, detail)?;
        self.write_line(line.as_bytes())
    }

    fn write_line(&self, line: &[u8]) -> Result<()> {
        // A panic elsewhere cannot leave the slot inconsistent: recover it.
        let mut slot = self.slot.lock().unwrap_or_else(|e| e.into_inner());
        let r = self.write_locked(&mut slot, line);
        if r.is_err() {
            // Drop the handle so the next write starts from the path again.
            slot.file = None;
        }
        r.map_err(|_| Error::Io)
    }

    fn write_locked(&self, slot: &mut Slot, line: &[u8]) -> io::Result<()> {
        // One stat of the path per record: it still names our file (same identity),
        // and then its size is our file's size.
        let same = slot
            .file
            .is_some()
            .then(|| size_if_same(slot.id, &self.path));
        let mut size = match same {
            Some(Some(size)) => size,
            _ => {
                // Not open, removed, or rolled by another writer: start from the path.
                slot.file = None;
                slot.reopen(&self.path)?;
                slot.file.as_ref().expect("opened above").metadata()?.len()
            }
        };
        // Other processes may roll the same journal at the same moment: a roll runs
        // under an exclusive advisory lock on the file being rolled, and only if
        // that file is still the journal's and still full once the lock is held.
        // Without it two rolls interleave their renames and overwrite backups.
        // Bounded: a file another writer has just filled again waits for the next write.
        for _ in 0..3 {
            if size == 0 || size + line.len() as u64 <= self.max_bytes {
                break;
            }
            let file = slot.file.take().expect("opened above");
            lock_exclusive(&file)?;
            if let Some(now) = size_if_same(slot.id, &self.path) {
                if now > 0 && now + line.len() as u64 > self.max_bytes {
                    self.roll()?;
                }
            }
            drop(file); // closing releases the lock
            slot.reopen(&self.path)?;
            size = slot.file.as_ref().expect("opened above").metadata()?.len();
        }
        let file = slot.file.as_mut().expect("opened above");
        // A torn last line (a writer killed mid-write) must not swallow our record.
        let mut buf;
        let bytes = if std::mem::take(&mut slot.torn_tail) {
            buf = Vec::with_capacity(line.len() + 1);
            buf.push(b'\n');
            buf.extend_from_slice(line);
            &buf[..]
        } else {
            line
        };
        // One write(2) for the whole line: O_APPEND places it whole at the end.
        match file.write(bytes) {
            Ok(n) if n == bytes.len() => Ok(()),
            other => {
                // Short write (disk full): cut the torn part off again, best effort.
                let _ = file.set_len(size);
                match other {
                    Err(e) => Err(e),
                    Ok(_) => Err(io::Error::new(io::ErrorKind::WriteZero, "short write")),
                }
            }
        }
    }

    /// `path.N` is dropped, `path.i` → `path.i+1`, `path` → `path.1`.
    fn roll(&self) -> io::Result<()> {
        if self.backups == 0 {
            return File::create(&self.path).map(drop);
        }
        // Only the backups that exist move: `.1` … `.k`, contiguous from 1 (a
        // missing one ends the chain, so nothing past it can be overwritten). A
        // roll costs O(existing backups) whatever `backups` is: walking every index
        // up to it took hours for `u32::MAX`.
        let mut k = 0;
        while k < self.backups && backup_path(&self.path, k + 1).exists() {
            k += 1;
        }
        if k == self.backups {
            remove_if_exists(&backup_path(&self.path, k))?;
            k -= 1;
        }
        for i in (1..=k).rev() {
            rename_if_exists(&backup_path(&self.path, i), &backup_path(&self.path, i + 1))?;
        }
        rename_if_exists(&self.path, &backup_path(&self.path, 1))
    }
}

fn open_file(path: &Path) -> Result<File> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        fs::create_dir_all(dir).map_err(|_| Error::Io)?;
    }
    // Readable too, to check for a torn last line (see `torn_tail`).
    let file = OpenOptions::new()
        .read(true)
        .append(true)
        .create(true)
        .open(path)
        .map_err(|_| Error::Io)?;
    // A FIFO or socket would block writers forever once its buffer fills (and,
    // opened for reading too, we would be its only reader): refuse them. Regular
    // files and character devices such as /dev/null are fine.
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let kind = file.metadata().map_err(|_| Error::Io)?.file_type();
        if kind.is_fifo() || kind.is_socket() {
            return Err(Error::Io);
        }
    }
    Ok(file)
}

/// Takes an exclusive `flock` on the file (released when it is closed).
#[cfg(unix)]
fn lock_exclusive(f: &File) -> io::Result<()> {
    use std::os::unix::io::AsRawFd;
    loop {
        // SAFETY: a valid open descriptor for the duration of the call.
        if unsafe { libc::flock(f.as_raw_fd(), libc::LOCK_EX) } == 0 {
            return Ok(());
        }
        let e = io::Error::last_os_error();
        if e.kind() != io::ErrorKind::Interrupted {
            return Err(e);
        }
    }
}

#[cfg(not(unix))]
fn lock_exclusive(_f: &File) -> io::Result<()> {
    Ok(())
}

/// A file's identity: device and inode.
type FileId = (u64, u64);

#[cfg(unix)]
fn file_id(f: &File) -> io::Result<FileId> {
    use std::os::unix::fs::MetadataExt;
    f.metadata().map(|m| (m.dev(), m.ino()))
}

#[cfg(not(unix))]
fn file_id(_f: &File) -> io::Result<FileId> {
    Ok((0, 0))
}

/// The size of the file `path` names, if that is still the file with identity `id`.
#[cfg(unix)]
fn size_if_same(id: FileId, path: &Path) -> Option<u64> {
    use std::os::unix::fs::MetadataExt;
    match fs::metadata(path) {
        Ok(m) if (m.dev(), m.ino()) == id => Some(m.len()),
        _ => None,
    }
}

#[cfg(not(unix))]
fn size_if_same(_id: FileId, path: &Path) -> Option<u64> {
    fs::metadata(path).ok().map(|m| m.len())
}

/// Whether a non-empty file does not end with a line break. Another process
/// appending at this very moment can make it misfire: one blank line, no loss.
#[cfg(unix)]
fn torn_tail(f: &File) -> bool {
    use std::os::unix::fs::FileExt;
    let size = f.metadata().map_or(0, |m| m.len());
    let mut b = [0u8; 1];
    // Unreadable (e.g. a device): assume it is whole.
    size > 0
        && f.read_at(&mut b, size - 1)
            .is_ok_and(|n| n == 1 && b[0] != b'\n')
}

#[cfg(not(unix))]
fn torn_tail(_f: &File) -> bool {
    false
}

fn remove_if_exists(p: &Path) -> io::Result<()> {
    match fs::remove_file(p) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

fn rename_if_exists(from: &Path, to: &Path) -> io::Result<()> {
    match fs::rename(from, to) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

/// `aws.log` + `n` → `aws.log.n`.
pub fn backup_path(path: &Path, n: u32) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(format!(".{n}"));
    PathBuf::from(s)
}

/// The files of a journal that exist, oldest first (`aws.log.N` … `aws.log.1`,
/// `aws.log`): the order to read records in.
pub fn journal_files(path: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = (1..=u32::MAX)
        .map(|n| backup_path(path, n))
        .take_while(|p| p.exists())
        .collect();
    files.reverse();
    if path.exists() {
        files.push(path.to_path_buf());
    }
    files
}

/// The journal's file as on the platform: `<logs>/<instance>.log` in a cluster
/// (the instance name given at start-up as `aws.inst`), `<logs>/aws.log` when
/// `instance` is `None` or empty. An instance name containing `/`, `\`, NUL, or
/// being `.` / `..` gives [`Error::BadInstance`]; longer than 251 bytes (so the
/// file name exceeds 255), [`Error::TooLong`].
pub fn journal_path(logs_dir: &Path, instance: Option<&str>) -> Result<PathBuf> {
    match instance.filter(|s| !s.is_empty()) {
        None => Ok(logs_dir.join("aws.log")),
        Some(i) => {
            if i == "." || i == ".." || i.contains(['/', '\\', '\0']) {
                return Err(Error::BadInstance);
            }
            if i.len() > 251 {
                return Err(Error::TooLong);
            }
            Ok(logs_dir.join(format!("{i}.log")))
        }
    }
}

/// One record's line, newline included. [`Error::CodeOutOfRange`] for a code whose
/// category is INVALID.
pub fn record_line(
    time: SystemTime,
    code: i32,
    exception: &str,
    msg: &str,
    detail: &str,
) -> Result<String> {
    let category = category_of(code);
    if category == Category::Invalid {
        return Err(Error::CodeOutOfRange);
    }
    let level = if category == Category::Server {
        "ERR"
    } else {
        "WARN"
    };
    // The fixed text takes under 160 bytes; the strings are measured with their
    // escapes. One allocation, reserved fallibly: a record near the memory limit is
    // refused, not an abort.
    let text: usize = [exception, msg, detail].map(json_content_len).iter().sum();
    let mut s = crate::text::reserved(160 + text)?;
    s.push_str("{\"time\":\"");
    s.push_str(&format_utc(time));
    s.push_str("\",\"level\":\"");
    s.push_str(level);
    s.push_str("\",\"errorCode\":\"");
    s.push_str(&code.to_string());
    s.push_str("\",\"category\":\"");
    s.push_str(category.as_str());
    s.push('"');
    for (key, value) in [("exception", exception), ("msg", msg), ("detail", detail)] {
        s.push_str(",\"");
        s.push_str(key);
        s.push_str("\":\"");
        // Quotes, backslashes and every control character (\n, \r) escaped.
        push_json_content(&mut s, value);
        s.push('"');
    }
    s.push_str("}\n");
    Ok(s)
}

/// A record read back (for the CLI and tests).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub time: String,
    pub level: String,
    pub error_code: String,
    pub category: String,
    pub exception: String,
    pub msg: String,
    pub detail: String,
}

impl Entry {
    /// The code as a number, if `errorCode` is one.
    pub fn code(&self) -> Option<i32> {
        self.error_code.parse().ok()
    }
}

/// Reads one line; `None` when it is not a record (missing or non-string fields).
pub fn parse_line(line: &str) -> Option<Entry> {
    let v: serde_json::Value = serde_json::from_str(line).ok()?;
    let f = |k: &str| v.get(k)?.as_str().map(str::to_owned);
    Some(Entry {
        time: f("time")?,
        level: f("level")?,
        error_code: f("errorCode")?,
        category: f("category")?,
        exception: f("exception")?,
        msg: f("msg")?,
        detail: f("detail")?,
    })
}

/// `yyyy-MM-dd HH:mm:ss.SSS` in UTC.
pub fn format_utc(t: SystemTime) -> String {
    let ms = t
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as i64);
    let (days, rem) = (ms.div_euclid(86_400_000), ms.rem_euclid(86_400_000));
    let (y, m, d) = civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{d:02} {:02}:{:02}:{:02}.{:03}",
        rem / 3_600_000,
        rem / 60_000 % 60,
        rem / 1000 % 60,
        rem % 1000
    )
}

/// Days since 1970-01-01 → (year, month, day), proleptic Gregorian
/// (H. Hinnant's algorithm).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn utc_format() {
        assert_eq!(format_utc(UNIX_EPOCH), "1970-01-01 00:00:00.000");
        let t = UNIX_EPOCH + Duration::from_millis(1_709_210_096_789); // leap day
        assert_eq!(format_utc(t), "2024-02-29 12:34:56.789");
        let t = UNIX_EPOCH + Duration::from_secs(951_782_400); // 2000-02-29
        assert_eq!(format_utc(t), "2000-02-29 00:00:00.000");
        let t = UNIX_EPOCH + Duration::from_millis(4_102_444_799_999);
        assert_eq!(format_utc(t), "2099-12-31 23:59:59.999");
    }

    #[test]
    fn instance_names() {
        let logs = Path::new("/opt/aws/logs");
        assert_eq!(journal_path(logs, None).unwrap(), logs.join("aws.log"));
        assert_eq!(journal_path(logs, Some("")).unwrap(), logs.join("aws.log"));
        assert_eq!(
            journal_path(logs, Some("node-1")).unwrap(),
            logs.join("node-1.log")
        );
        for bad in ["a/b", "a\\b", "..", ".", "a\0b"] {
            assert_eq!(journal_path(logs, Some(bad)), Err(Error::BadInstance));
        }
        assert_eq!(
            journal_path(logs, Some(&"x".repeat(252))),
            Err(Error::TooLong)
        );
    }
}
