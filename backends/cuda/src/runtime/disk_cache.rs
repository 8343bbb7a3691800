//! The on-disk cache of compiled kernels: CUBINs keyed by everything that determines them.
//!
//! A cache hit skips NVRTC (tens to hundreds of milliseconds per kernel); the CUBIN loads
//! without a JIT. Entries are written atomically (temporary file, then rename) so that
//! concurrent processes never see half a file, and carry a checksum so that a truncated or
//! corrupted entry is detected, recompiled and overwritten, never reported as an error.
//! Only regular files are read, header first (a FIFO or a huge garbage file is a miss).

use std::path::Path;

pub use kernel_core::runtime::cache::{StableHasher, cache_dir};

/// The file name of an entry: the kernel's name (made file-safe) and the key's hash, so
/// that a person listing the directory sees which kernels are cached.
pub fn entry_name(kernel: &str, key: u64) -> String {
    let safe: String = kernel
        .chars()
        .take(64)
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    format!("{safe}-{key:016x}.cubin")
}

/// Bumped when the entry layout changes.
const MAGIC: &[u8; 12] = b"OXTILE-CUBIN";
const FORMAT: u32 = 1;
const HEADER: usize = 12 + 4 + 8 + 8;

/// The largest payload an entry may hold: a CUBIN of a generated kernel is kilobytes to a few
/// megabytes, so a header claiming more is corrupt and its file is not read.
const MAX_PAYLOAD: u64 = 256 << 20;

/// Reads an entry's payload; `None` when missing, not a regular file, truncated or
/// corrupted.
///
/// Only regular files are opened (a FIFO would block the open forever, a device could
/// stream without end), and the header is checked before the payload is read: a
/// gigabyte of garbage costs a 32-byte read, not a gigabyte.
pub fn read(path: &Path) -> Option<Vec<u8>> {
    if !std::fs::metadata(path).ok()?.is_file() {
        return None;
    }
    let file = std::fs::File::open(path).ok()?;
    let meta = file.metadata().ok()?;
    if !meta.is_file() {
        return None;
    }
    read_from(file, meta.len())
}

/// Reads an entry of `file_len` bytes from `r`: the header, then (when it is sound and
/// matches the length) exactly the payload it announces.
fn read_from(mut r: impl std::io::Read, file_len: u64) -> Option<Vec<u8>> {
    let mut header = [0u8; HEADER];
    r.read_exact(&mut header).ok()?;
    let len = u64::from_le_bytes(header[24..32].try_into().ok()?);
    if &header[..12] != MAGIC
        || header[12..16] != FORMAT.to_le_bytes()
        || len > MAX_PAYLOAD
        || file_len != HEADER as u64 + len
    {
        return None;
    }
    let mut data = header.to_vec();
    data.resize(HEADER + len as usize, 0);
    r.read_exact(&mut data[HEADER..]).ok()?;
    decode(&data)
}

fn decode(data: &[u8]) -> Option<Vec<u8>> {
    if data.len() < HEADER || &data[..12] != MAGIC {
        return None;
    }
    let word = |r: std::ops::Range<usize>| data.get(r).map(|b| b.to_vec());
    let format = u32::from_le_bytes(word(12..16)?.try_into().ok()?);
    let sum = u64::from_le_bytes(word(16..24)?.try_into().ok()?);
    let len = u64::from_le_bytes(word(24..32)?.try_into().ok()?);
    let payload = &data[HEADER..];
    if format != FORMAT || payload.len() as u64 != len {
        return None;
    }
    (StableHasher::default().bytes(payload).finish() == sum).then(|| payload.to_vec())
}

fn encode(payload: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(HEADER + payload.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&FORMAT.to_le_bytes());
    out.extend_from_slice(
        &StableHasher::default()
            .bytes(payload)
            .finish()
            .to_le_bytes(),
    );
    out.extend_from_slice(&(payload.len() as u64).to_le_bytes());
    out.extend_from_slice(payload);
    out
}

/// Writes an entry atomically. Failures (read-only disk, full disk) are returned for the
/// caller to ignore: the cache is an optimization.
pub fn write(path: &Path, payload: &[u8]) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let file = path.file_name().map(|f| f.to_string_lossy().into_owned());
    let tmp = dir.join(format!(
        ".{}.{}.{:x}.tmp",
        file.unwrap_or_default(),
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos())
    ));
    let result = std::fs::write(&tmp, encode(payload)).and_then(|()| std::fs::rename(&tmp, path));
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entry_names_are_file_safe() {
        assert_eq!(entry_name("matmul", 0xab), "matmul-00000000000000ab.cubin");
        assert_eq!(entry_name("a/b c", 1), "a_b_c-0000000000000001.cubin");
    }

    #[test]
    fn entries_round_trip_and_corruption_is_detected() {
        let dir = std::env::temp_dir().join(format!("oxtile-cache-test-{}", std::process::id()));
        let path = dir.join(entry_name("k", 7));
        assert_eq!(read(&path), None);
        write(&path, b"\x7fELF payload").unwrap();
        assert_eq!(read(&path).as_deref(), Some(&b"\x7fELF payload"[..]));
        // Truncated, flipped, garbage: all misses.
        let good = std::fs::read(&path).unwrap();
        std::fs::write(&path, &good[..good.len() - 1]).unwrap();
        assert_eq!(read(&path), None);
        let mut flipped = good.clone();
        *flipped.last_mut().unwrap() ^= 1;
        std::fs::write(&path, &flipped).unwrap();
        assert_eq!(read(&path), None);
        std::fs::write(&path, b"garbage").unwrap();
        assert_eq!(read(&path), None);
        // Overwriting a corrupt entry works.
        write(&path, b"new").unwrap();
        assert_eq!(read(&path).as_deref(), Some(&b"new"[..]));
        let _ = std::fs::remove_dir_all(&dir);
    }

    /// A reader of `len` bytes, `head` then zeros, that counts what was read from it.
    struct Counting<'a> {
        head: &'a [u8],
        len: u64,
        at: u64,
    }

    impl std::io::Read for Counting<'_> {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            let n = (buf.len() as u64).min(self.len - self.at) as usize;
            for (i, b) in buf[..n].iter_mut().enumerate() {
                *b = *self.head.get(self.at as usize + i).unwrap_or(&0);
            }
            self.at += n as u64;
            Ok(n)
        }
    }

    #[test]
    fn a_huge_garbage_entry_is_rejected_from_its_header() {
        // It was read whole (1 GiB) before being rejected.
        let len = 1 << 30;
        let mut r = Counting {
            head: b"garbage",
            len,
            at: 0,
        };
        assert_eq!(read_from(&mut r, len), None);
        assert_eq!(r.at, HEADER as u64);
        // A sound header announcing a payload of another size than the file's: rejected
        // unread, as is one announcing more than any CUBIN.
        let good = encode(b"payload");
        for (head, file_len) in [(good.clone(), len), (good.clone(), good.len() as u64 - 1)] {
            let mut r = Counting {
                head: &head,
                len: file_len,
                at: 0,
            };
            assert_eq!(read_from(&mut r, file_len), None);
            assert!(r.at <= HEADER as u64);
        }
        let mut r = Counting {
            head: &good,
            len: good.len() as u64,
            at: 0,
        };
        assert_eq!(
            read_from(&mut r, good.len() as u64).as_deref(),
            Some(&b"payload"[..])
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_fifo_entry_is_a_miss_not_a_hang() {
        // Opening a FIFO for reading blocks until a writer comes: the launch hung.
        let dir = std::env::temp_dir().join(format!("oxtile-cache-fifo-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(entry_name("k", 9));
        let made = std::process::Command::new("mkfifo").arg(&path).status();
        if !made.is_ok_and(|s| s.success()) {
            eprintln!("skipped: mkfifo did not run");
            return;
        }
        let (tx, rx) = std::sync::mpsc::channel();
        let p = path.clone();
        std::thread::spawn(move || tx.send(read(&p)).unwrap());
        let got = rx.recv_timeout(std::time::Duration::from_secs(10));
        if got.is_err() {
            // Unblock the reader so that the test process can end.
            let _ = std::fs::write(&path, b"");
        }
        assert_eq!(got, Ok(None), "reading a FIFO entry blocked");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
