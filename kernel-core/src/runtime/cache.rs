//! The on-disk caches' shared parts: where they live and the stable hash their keys use.
//! The CUDA backend keeps compiled kernels there, the autotuner its winners
//! (`oxtile::autotune`), each in a directory of its own.

use std::path::{Path, PathBuf};

/// The directory of the disk cache, or `None` when disabled.
///
/// `OXTILE_DISABLE_DISK_CACHE=1` or an empty `OXTILE_CACHE_DIR` disables it;
/// `OXTILE_CACHE_DIR` otherwise names it; the default is `$XDG_CACHE_HOME/oxtile`, else
/// `~/.cache/oxtile`.
pub fn cache_dir() -> Option<PathBuf> {
    cache_dir_from(|k| std::env::var_os(k).map(|v| v.to_string_lossy().into_owned()))
}

/// [`cache_dir`] over any environment (testable without touching the process's).
pub fn cache_dir_from(env: impl Fn(&str) -> Option<String>) -> Option<PathBuf> {
    if env("OXTILE_DISABLE_DISK_CACHE").is_some_and(|v| v == "1") {
        return None;
    }
    if let Some(dir) = env("OXTILE_CACHE_DIR") {
        return (!dir.is_empty()).then(|| PathBuf::from(dir));
    }
    if let Some(xdg) = env("XDG_CACHE_HOME").filter(|x| !x.is_empty()) {
        return Some(Path::new(&xdg).join("oxtile"));
    }
    env("HOME")
        .filter(|h| !h.is_empty())
        .map(|h| Path::new(&h).join(".cache").join("oxtile"))
}

/// 64-bit FNV-1a: a hash that is stable across Rust versions and platforms (std's
/// `DefaultHasher` is not), as a persistent cache key must be.
#[derive(Debug, Clone, Copy)]
pub struct StableHasher(u64);

impl Default for StableHasher {
    fn default() -> Self {
        StableHasher(0xcbf2_9ce4_8422_2325)
    }
}

impl StableHasher {
    /// Hashes `bytes`, prefixed by their length so that `("ab", "c")` and `("a", "bc")`
    /// differ.
    pub fn bytes(&mut self, bytes: &[u8]) -> &mut Self {
        for b in (bytes.len() as u64).to_le_bytes().iter().chain(bytes) {
            self.0 ^= *b as u64;
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
        self
    }
    /// Hashes a string.
    pub fn str(&mut self, s: &str) -> &mut Self {
        self.bytes(s.as_bytes())
    }
    /// The hash.
    pub fn finish(&self) -> u64 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directory_follows_the_knobs() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |k: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == k)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert_eq!(
            cache_dir_from(env(&[("HOME", "/home/u")])),
            Some(PathBuf::from("/home/u/.cache/oxtile"))
        );
        assert_eq!(
            cache_dir_from(env(&[("HOME", "/home/u"), ("XDG_CACHE_HOME", "/xdg")])),
            Some(PathBuf::from("/xdg/oxtile"))
        );
        assert_eq!(
            cache_dir_from(env(&[("HOME", "/h"), ("OXTILE_CACHE_DIR", "/c")])),
            Some(PathBuf::from("/c"))
        );
        assert_eq!(
            cache_dir_from(env(&[("HOME", "/h"), ("OXTILE_CACHE_DIR", "")])),
            None
        );
        assert_eq!(
            cache_dir_from(env(&[
                ("OXTILE_CACHE_DIR", "/c"),
                ("OXTILE_DISABLE_DISK_CACHE", "1")
            ])),
            None
        );
        assert_eq!(cache_dir_from(env(&[])), None);
    }

    #[test]
    fn hash_is_stable_and_length_prefixed() {
        // Pinned: a change here silently invalidates every user's cache.
        assert_eq!(StableHasher::default().finish(), 0xcbf2_9ce4_8422_2325);
        let ab_c = StableHasher::default().str("ab").str("c").finish();
        let a_bc = StableHasher::default().str("a").str("bc").finish();
        assert_ne!(ab_c, a_bc);
        assert_eq!(ab_c, StableHasher::default().str("ab").str("c").finish());
    }
}
