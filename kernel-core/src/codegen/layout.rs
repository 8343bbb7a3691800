//! The blocked layout of a tile over the threads of a program, shared by every backend.
//!
//! A tile of `N` elements is a per-thread array of `C` slots for a program of `T` threads.
//! Each thread owns runs of `V` contiguous row-major elements: slot `c` of thread `tid` holds
//! linear element
//!
//! ```text
//! e = ((c / V) * T + tid) * V + c % V        C = max(1, ceil(N / (T * V)) * V)
//! ```
//!
//! (slots with `e >= N` are padding). Neighbouring threads own neighbouring runs, so a warp's
//! accesses stay coalesced, and a run whose pointers are contiguous and aligned is one
//! 16-byte access. With `V = 1` this is `e = tid + c * T`. A backend picks `V` from the shape
//! alone (and kernel-wide facts), so tiles of one shape share a layout and elementwise ops
//! between them need no communication; how it picks is its own policy (CUDA: the largest
//! power of two dividing the last dim up to 16 bytes of the narrowest dtype moved; WGSL: 4
//! or 1). Scalars (rank 0) are one value per thread, all equal.
//!
//! The formulas here are evaluated on numbers; each backend writes the same formulas as
//! expressions in its language and its tests check the two agree.

use crate::ir::Dim;

/// Largest tile a backend lowers, in elements: keeps every linear index far from 32-bit
/// overflow and per-thread arrays to sizes drivers compile.
pub const MAX_TILE_ELEMS: u64 = 1 << 24;

/// The concrete extents of a specialized shape; `None` if a dim is still symbolic.
pub fn dims(shape: &[Dim]) -> Option<Vec<u64>> {
    shape.iter().map(Dim::as_const).collect()
}

/// Number of elements of a concrete shape (saturating: callers reject huge tiles).
pub fn numel(dims: &[u64]) -> u64 {
    dims.iter().fold(1u64, |a, &d| a.saturating_mul(d))
}

/// Row-major strides of a concrete shape.
pub fn strides(dims: &[u64]) -> Vec<u64> {
    let mut s = vec![1u64; dims.len()];
    for i in (0..dims.len().saturating_sub(1)).rev() {
        s[i] = s[i + 1] * dims[i + 1];
    }
    s
}

/// How a value of some shape is laid out over a program's threads (see the module docs).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Blocked {
    /// Rank 0: one value per thread, all equal.
    pub scalar: bool,
    /// Number of elements (1 for a scalar).
    pub n: u64,
    /// Contiguous elements per run (`V`).
    pub v: u64,
    /// Slots per thread (`C`: a multiple of `v`, at least 1).
    pub c: u64,
    /// Threads of the program (`T`).
    pub t: u64,
}

impl Blocked {
    /// The layout of a concrete shape for `threads` threads with runs of `v` elements (the
    /// backend's choice; 1 for a scalar).
    pub fn new(dims: &[u64], threads: u32, v: u64) -> Blocked {
        let n = numel(dims);
        let t = u64::from(threads);
        let v = if dims.is_empty() { 1 } else { v.max(1) };
        Blocked {
            scalar: dims.is_empty(),
            n,
            v,
            c: (n.div_ceil(t * v) * v).max(1),
            t,
        }
    }

    /// True when some slots of a tile hold no element (`e < n` must be tested). A scalar is
    /// never ragged: every thread holds the value.
    pub fn ragged(&self) -> bool {
        !self.scalar && self.c * self.t != self.n
    }

    /// The linear element held in slot `c` by thread `tid` (may be `>= n`: padding).
    pub fn elem_at(&self, c: u64, tid: u64) -> u64 {
        ((c / self.v) * self.t + tid) * self.v + c % self.v
    }

    /// The thread owning element `e`.
    pub fn owner_of(&self, e: u64) -> u64 {
        (e / self.v) % self.t
    }

    /// The slot holding element `e` in its owner.
    pub fn slot_of(&self, e: u64) -> u64 {
        (e / (self.v * self.t)) * self.v + e % self.v
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strides_and_counts() {
        assert_eq!(strides(&[2, 3, 4]), vec![12, 4, 1]);
        assert_eq!(strides(&[]), Vec::<u64>::new());
        assert_eq!(numel(&[]), 1);
        assert_eq!(numel(&[u64::MAX, 2]), u64::MAX);
        assert_eq!(dims(&[Dim::Const(3), Dim::Sym("N".into())]), None);
    }

    /// Every element has exactly one (thread, slot), and `owner`/`slot` invert `elem`.
    #[test]
    fn slots_cover_every_element_once() {
        for (shape, t, v) in [
            (vec![1024u64], 128u32, 4u64),
            (vec![784], 128, 4),
            (vec![6, 10], 64, 1),
            (vec![32, 16], 128, 4),
            (vec![3], 64, 1),
        ] {
            let l = Blocked::new(&shape, t, v);
            let mut seen = vec![0u32; l.n as usize];
            for tid in 0..l.t {
                for c in 0..l.c {
                    let e = l.elem_at(c, tid);
                    if e < l.n {
                        seen[e as usize] += 1;
                        assert_eq!((l.owner_of(e), l.slot_of(e)), (tid, c), "{shape:?} e={e}");
                    }
                }
            }
            assert!(seen.iter().all(|&s| s == 1), "{shape:?}");
            assert_eq!(l.ragged(), l.c * l.t != l.n);
        }
        let s = Blocked::new(&[], 128, 4);
        assert!(s.scalar && !s.ragged() && (s.n, s.v, s.c) == (1, 1, 1));
        assert_eq!(Blocked::new(&[0], 64, 1).c, 1);
    }
}
