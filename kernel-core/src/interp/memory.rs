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

use std::sync::atomic::{AtomicU8, AtomicU16, AtomicU32, AtomicU64, Ordering};

use crate::dtype::DType;
use crate::ir::{Elem, Kernel};
use crate::numeric;

use super::InterpArg;
use std::sync::{Mutex, MutexGuard, PoisonError};

/// How many locks the read-modify-write atomics are spread over.
const LOCKS: usize = 64;

/// A launch's buffers (one slot per distinct buffer) and the atomics' locks.
pub(crate) struct Memory<'m> {
    slots: Vec<&'m [AtomicU8]>,
    /// Per slot, the width every access to it has: the element size when every parameter
    /// bound to the slot has one dtype size of 2, 4 or 8 bytes and the bytes are aligned to
    /// it, so elements are read and written whole (one move each, not one per byte); else 1.
    /// Accesses to one slot never mix widths, as Rust's memory model asks of racing atomics.
    width: Vec<usize>,
    locks: [Mutex<()>; LOCKS],
}

impl<'m> Memory<'m> {
    /// Shares `memory` (borrowed for the launch) between threads, each slot accessed in
    /// the element size of the parameters of `kernel` that `args` bind to it, when they
    /// agree.
    pub fn new(memory: &'m mut [&mut [u8]], kernel: &Kernel, args: &[InterpArg]) -> Memory<'m> {
        let mut sizes: Vec<Option<usize>> = vec![None; memory.len()];
        let mut mixed = vec![false; memory.len()];
        for (param, arg) in kernel.params.iter().zip(args) {
            if let (Elem::Ptr(d), InterpArg::Buffer(slot)) = (param.ty.elem, arg)
                && *slot < sizes.len()
            {
                let size = d.size_bytes();
                mixed[*slot] |= sizes[*slot].is_some_and(|s| s != size);
                sizes[*slot] = Some(size);
            }
        }
        let width = memory
            .iter()
            .enumerate()
            .map(|(i, m)| match sizes[i] {
                Some(s @ (2 | 4 | 8))
                    if !mixed[i]
                        && (m.as_ptr() as usize).is_multiple_of(s)
                        && m.len().is_multiple_of(s) =>
                {
                    s
                }
                _ => 1,
            })
            .collect();
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
            width,
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
        if self.width[slot] == size {
            match size {
                2 => return u64::from(as_u16(bytes)[0].load(Ordering::Relaxed)),
                4 => return u64::from(as_u32(bytes)[0].load(Ordering::Relaxed)),
                8 => return as_u64(bytes)[0].load(Ordering::Relaxed),
                _ => {}
            }
        }
        let mut v = 0u64;
        for (i, b) in bytes.iter().enumerate() {
            v |= u64::from(b.load(Ordering::Relaxed)) << (8 * i);
        }
        v
    }

    /// The `len` bytes at `at` (callers have bounds-checked them) and the width they are
    /// accessed in, for the row loops of [`decode_floats`] and [`encode_floats`].
    #[inline]
    pub fn bytes(&self, slot: usize, at: usize, len: usize) -> (&[AtomicU8], usize) {
        (&self.slots[slot][at..at + len], self.width[slot])
    }

    /// Writes the low `size` bytes of `bits` at `at`, little-endian.
    #[inline]
    pub fn write(&self, slot: usize, at: usize, size: usize, bits: u64) {
        let bytes = &self.slots[slot][at..at + size];
        if self.width[slot] == size {
            match size {
                2 => return as_u16(bytes)[0].store(bits as u16, Ordering::Relaxed),
                4 => return as_u32(bytes)[0].store(bits as u32, Ordering::Relaxed),
                8 => return as_u64(bytes)[0].store(bits, Ordering::Relaxed),
                _ => {}
            }
        }
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
pub(crate) fn decode_floats(
    d: DType,
    (bytes, width): (&[AtomicU8], usize),
    out: &mut Vec<f64>,
) -> bool {
    let b = |x: &AtomicU8| x.load(Ordering::Relaxed);
    let r = Ordering::Relaxed;
    match d {
        DType::F32 if width == 4 => out.extend(
            as_u32(bytes)
                .iter()
                .map(|w| numeric::f32_to_f64(f32::from_bits(w.load(r)))),
        ),
        DType::F64 if width == 8 => {
            out.extend(as_u64(bytes).iter().map(|w| f64::from_bits(w.load(r))))
        }
        DType::F16 if width == 2 => out.extend(
            as_u16(bytes)
                .iter()
                .map(|w| numeric::f16_to_f64(half::f16::from_bits(w.load(r)))),
        ),
        DType::BF16 if width == 2 => out.extend(
            as_u16(bytes)
                .iter()
                .map(|w| numeric::bf16_to_f64(half::bf16::from_bits(w.load(r)))),
        ),
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
pub(crate) fn encode_floats(
    d: DType,
    values: &[f64],
    (bytes, width): (&[AtomicU8], usize),
) -> bool {
    let put = |c: &[AtomicU8], le: &[u8]| {
        for (x, v) in c.iter().zip(le) {
            x.store(*v, Ordering::Relaxed);
        }
    };
    let r = Ordering::Relaxed;
    match d {
        DType::F32 if width == 4 => {
            for (w, &x) in as_u32(bytes).iter().zip(values) {
                w.store(numeric::f64_to_f32(x).to_bits(), r);
            }
        }
        DType::F64 if width == 8 => {
            for (w, &x) in as_u64(bytes).iter().zip(values) {
                w.store(x.to_bits(), r);
            }
        }
        DType::F16 if width == 2 => {
            for (w, &x) in as_u16(bytes).iter().zip(values) {
                w.store(numeric::f64_to_f16(x).to_bits(), r);
            }
        }
        DType::BF16 if width == 2 => {
            for (w, &x) in as_u16(bytes).iter().zip(values) {
                w.store(numeric::f64_to_bf16(x).to_bits(), r);
            }
        }
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

// The whole-element views of a slot whose width is the element size. SAFETY (all three): the
// slot's start is aligned to the width and every access offset is a multiple of it (element
// offsets times the element size), so `bytes` is aligned; `AtomicU16/32/64` have the size
// and bit validity of 2/4/8 `AtomicU8`s; and every access to the slot uses this width.
#[inline]
fn as_u16(bytes: &[AtomicU8]) -> &[AtomicU16] {
    debug_assert!((bytes.as_ptr() as usize).is_multiple_of(2));
    unsafe { std::slice::from_raw_parts(bytes.as_ptr().cast(), bytes.len() / 2) }
}
#[inline]
fn as_u32(bytes: &[AtomicU8]) -> &[AtomicU32] {
    debug_assert!((bytes.as_ptr() as usize).is_multiple_of(4));
    unsafe { std::slice::from_raw_parts(bytes.as_ptr().cast(), bytes.len() / 4) }
}
#[inline]
fn as_u64(bytes: &[AtomicU8]) -> &[AtomicU64] {
    debug_assert!((bytes.as_ptr() as usize).is_multiple_of(8));
    unsafe { std::slice::from_raw_parts(bytes.as_ptr().cast(), bytes.len() / 8) }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A kernel with one `*f32` parameter bound to slot 0.
    fn one_f32_param() -> Kernel {
        crate::text::parse_kernel("kernel @k(x: *f32 = %0) {\n}").unwrap()
    }

    #[test]
    fn whole_elements_and_bytes_agree() {
        let k = one_f32_param();
        let values: Vec<f64> = vec![1.5, -0.0, f64::INFINITY, 3.0e-40, -7.25];
        let mut backing = vec![0u8; 4 * values.len() + 8];
        let aligned = backing.as_ptr().align_offset(4);
        let mut seen = Vec::new();
        // Aligned (whole f32 moves) and one byte off (byte moves): the same bytes and values.
        for start in [aligned, aligned + 1] {
            let buf = &mut backing[start..start + 4 * values.len()];
            let mut slots = [buf];
            let mem = Memory::new(&mut slots, &k, &[InterpArg::Buffer(0)]);
            assert_eq!(mem.width[0], if start == aligned { 4 } else { 1 });
            assert!(encode_floats(
                DType::F32,
                &values,
                mem.bytes(0, 0, 4 * values.len())
            ));
            let mut back = Vec::new();
            assert!(decode_floats(
                DType::F32,
                mem.bytes(0, 0, 4 * values.len()),
                &mut back
            ));
            assert_eq!(back.len(), values.len());
            for (b, v) in back.iter().zip(&values) {
                assert_eq!(b.to_bits(), (*v as f32 as f64).to_bits());
            }
            mem.write(0, 4, 4, 0x3f80_0000);
            assert_eq!(mem.read(0, 4, 4), 0x3f80_0000);
            drop(mem);
            seen.push(slots[0].to_vec());
        }
        assert_eq!(seen[0], seen[1]);
    }
}
