//! The buffers of a launch as programs see them: shared between the threads that run
//! programs in parallel ([`super::run_parallel`]), so every access is an atomic one.
//!
//! Programs of one launch may load and store the same bytes at once (on a GPU too: which
//! value wins a race is unspecified there, and here). In Rust such a race on plain memory
//! would be undefined behaviour, so each byte is read and written as a relaxed
//! [`AtomicU8`], which costs a plain move on common CPUs. The read-modify-write atomics of
//! the IR (`atomic_add`, `atomic_cas`...) hold one of [`LOCKS`] striped locks, chosen by
//! address, for the whole update of an element: elements of up to 8 bytes and every dtype
//! (f16 adds included) without a CPU instruction for each, and the lock's acquire and release
//! order the plain accesses around it, as a GPU's `acq_rel` atomics do.

use std::sync::atomic::{AtomicU8, Ordering};

use crate::dtype::DType;
use crate::numeric;
use std::sync::{Mutex, MutexGuard, PoisonError};

/// How many locks the read-modify-write atomics are spread over.
const LOCKS: usize = 64;

/// A launch's buffers (one slot per distinct buffer) and the atomics' locks.
pub(crate) struct Memory<'m> {
    slots: Vec<&'m [AtomicU8]>,
    locks: [Mutex<()>; LOCKS],
}

impl<'m> Memory<'m> {
    /// Shares `memory` (borrowed for the launch) between threads.
    pub fn new(memory: &'m mut [&mut [u8]]) -> Memory<'m> {
        let slots = memory
            .iter_mut()
            .map(|s| {
                let s: &'m mut [u8] = s;
                // SAFETY: `AtomicU8` has the size, alignment and bit validity of `u8`, and
                // the exclusive borrow of `s` (for 'm) means nothing else accesses these
                // bytes while the shared atomic view lives.
                unsafe { &*(s as *mut [u8] as *const [AtomicU8]) }
            })
            .collect();
        Memory {
            slots,
            locks: std::array::from_fn(|_| Mutex::new(())),
        }
    }

    /// The byte length of a slot (`None` if there is no such slot).
    pub fn len(&self, slot: usize) -> Option<usize> {
        self.slots.get(slot).map(|s| s.len())
    }

    /// The `size` bytes at `at`, little-endian, as the low bytes of a `u64`. Callers have
    /// bounds-checked the element.
    #[inline]
    pub fn read(&self, slot: usize, at: usize, size: usize) -> u64 {
        let bytes = &self.slots[slot][at..at + size];
        let mut v = 0u64;
        for (i, b) in bytes.iter().enumerate() {
            v |= u64::from(b.load(Ordering::Relaxed)) << (8 * i);
        }
        v
    }

    /// The `len` bytes at `at` (callers have bounds-checked them), for the row loops of
    /// [`decode_floats`] and [`encode_floats`].
    #[inline]
    pub fn bytes(&self, slot: usize, at: usize, len: usize) -> &[AtomicU8] {
        &self.slots[slot][at..at + len]
    }

    /// Writes the low `size` bytes of `bits` at `at`, little-endian.
    #[inline]
    pub fn write(&self, slot: usize, at: usize, size: usize, bits: u64) {
        for (i, b) in self.slots[slot][at..at + size].iter().enumerate() {
            b.store((bits >> (8 * i)) as u8, Ordering::Relaxed);
        }
    }

    /// The lock that every read-modify-write atomic on the element at `(slot, at)` holds.
    pub fn lock(&self, slot: usize, at: usize) -> MutexGuard<'_, ()> {
        let i = (slot.wrapping_mul(0x9e37_79b9) ^ (at / 8)) % LOCKS;
        self.locks[i].lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// Appends the floats of dtype `d` whose little-endian bytes are `bytes` (a whole number of
/// elements) to `out`, as [`super::value::from_bits`] decodes each: the loads of a row, with
/// the dtype decided once. `false` (and nothing appended) for a dtype without a row loop.
#[inline]
pub(crate) fn decode_floats(d: DType, bytes: &[AtomicU8], out: &mut Vec<f64>) -> bool {
    let b = |x: &AtomicU8| x.load(Ordering::Relaxed);
    match d {
        DType::F32 => out.extend(bytes.chunks_exact(4).map(|c| {
            numeric::f32_to_f64(f32::from_bits(u32::from_le_bytes([
                b(&c[0]),
                b(&c[1]),
                b(&c[2]),
                b(&c[3]),
            ])))
        })),
        DType::F64 => out.extend(
            bytes
                .chunks_exact(8)
                .map(|c| f64::from_bits(u64::from_le_bytes(std::array::from_fn(|i| b(&c[i]))))),
        ),
        DType::F16 => out.extend(bytes.chunks_exact(2).map(|c| {
            numeric::f16_to_f64(half::f16::from_bits(u16::from_le_bytes([
                b(&c[0]),
                b(&c[1]),
            ])))
        })),
        DType::BF16 => out.extend(bytes.chunks_exact(2).map(|c| {
            numeric::bf16_to_f64(half::bf16::from_bits(u16::from_le_bytes([
                b(&c[0]),
                b(&c[1]),
            ])))
        })),
        _ => return false,
    }
    true
}

/// Writes `values` (floats exact in dtype `d`) as `d`'s little-endian bytes over `bytes`, as
/// [`super::value::to_bits`] encodes each; `false` (and nothing written) for a dtype
/// without a row loop.
#[inline]
pub(crate) fn encode_floats(d: DType, values: &[f64], bytes: &[AtomicU8]) -> bool {
    let put = |c: &[AtomicU8], le: &[u8]| {
        for (x, v) in c.iter().zip(le) {
            x.store(*v, Ordering::Relaxed);
        }
    };
    match d {
        DType::F32 => {
            for (c, &x) in bytes.chunks_exact(4).zip(values) {
                put(c, &numeric::f64_to_f32(x).to_bits().to_le_bytes());
            }
        }
        DType::F64 => {
            for (c, &x) in bytes.chunks_exact(8).zip(values) {
                put(c, &x.to_bits().to_le_bytes());
            }
        }
        DType::F16 => {
            for (c, &x) in bytes.chunks_exact(2).zip(values) {
                put(c, &numeric::f64_to_f16(x).to_bits().to_le_bytes());
            }
        }
        DType::BF16 => {
            for (c, &x) in bytes.chunks_exact(2).zip(values) {
                put(c, &numeric::f64_to_bf16(x).to_bits().to_le_bytes());
            }
        }
        _ => return false,
    }
    true
}
