//! Per-launch argument work, kept allocation-free for the warm path: the alignment facts
//! that select a specialization, and the kernel-parameter words handed to `cuLaunchKernel`.
//!
//! The kernel ABI (see [`crate::codegen`]): per IR parameter in order, a buffer is its
//! device pointer (8 bytes) then its length in elements (`unsigned long long`); a scalar is
//! its little-endian bits at its dtype's size; last comes the status pointer. Every value
//! fits one `u64` word, and `cuLaunchKernel` reads each parameter through a pointer to its
//! first byte, so a smaller scalar stored in the low bytes of a little-endian word is read
//! correctly.

use kernel_core::ir::{Dim, Kernel};
use kernel_core::runtime::ScalarValue;

use crate::codegen::ParamAbi;

/// One argument reduced to what the kernel receives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ArgBits {
    /// A buffer: device pointer and length in elements.
    Buffer {
        /// The device address.
        ptr: u64,
        /// Its length in elements (what bounds checks compare offsets against).
        len: u64,
    },
    /// A scalar: its bits, zero-extended, and its size in bytes.
    Scalar {
        /// Little-endian bits in the low `bytes` bytes.
        bits: u64,
        /// The dtype's size.
        bytes: u32,
    },
}

/// A scalar's bits and size, without the allocation of [`ScalarValue::to_le_bytes`].
pub(crate) fn scalar_bits(s: &ScalarValue) -> (u64, u32) {
    match *s {
        ScalarValue::Bool(v) => (v as u64, 1),
        ScalarValue::I8(v) => (v as u8 as u64, 1),
        ScalarValue::U8(v) => (v as u64, 1),
        ScalarValue::F8E4M3(v) => (v.0 as u64, 1),
        ScalarValue::F8E5M2(v) => (v.0 as u64, 1),
        ScalarValue::I16(v) => (v as u16 as u64, 2),
        ScalarValue::U16(v) => (v as u64, 2),
        ScalarValue::F16(v) => (v.to_bits() as u64, 2),
        ScalarValue::BF16(v) => (v.to_bits() as u64, 2),
        ScalarValue::I32(v) => (v as u32 as u64, 4),
        ScalarValue::U32(v) => (v as u64, 4),
        ScalarValue::F32(v) => (v.to_bits() as u64, 4),
        ScalarValue::I64(v) => (v as u64, 8),
        ScalarValue::U64(v) => (v, 8),
        ScalarValue::F64(v) => (v.to_bits(), 8),
    }
}

/// Whether an integer scalar is a multiple of 16 (Triton's `divisibility` specialization:
/// a stride or size known to be a multiple of 16 lets the code generator vectorize); `false`
/// for non-integers.
pub(crate) fn scalar_divisible_by_16(s: &ScalarValue) -> bool {
    match *s {
        ScalarValue::I8(v) => v % 16 == 0,
        ScalarValue::I16(v) => v % 16 == 0,
        ScalarValue::I32(v) => v % 16 == 0,
        ScalarValue::I64(v) => v % 16 == 0,
        ScalarValue::U8(v) => v % 16 == 0,
        ScalarValue::U16(v) => v % 16 == 0,
        ScalarValue::U32(v) => v % 16 == 0,
        ScalarValue::U64(v) => v % 16 == 0,
        _ => false,
    }
}

/// Whether an integer scalar argument is 1 (the `equal_to_1` specialization).
pub(crate) fn scalar_is_one(s: &ScalarValue) -> bool {
    match *s {
        ScalarValue::I8(v) => v == 1,
        ScalarValue::I16(v) => v == 1,
        ScalarValue::I32(v) => v == 1,
        ScalarValue::I64(v) => v == 1,
        ScalarValue::U8(v) => v == 1,
        ScalarValue::U16(v) => v == 1,
        ScalarValue::U32(v) => v == 1,
        ScalarValue::U64(v) => v == 1,
        _ => false,
    }
}

/// The alignment facts of a launch as a bit mask (bit `i` for parameter `i`): a buffer
/// whose base address is 16-byte aligned, or an integer scalar divisible by 16. Parameters
/// past the 64th are reported unaligned (conservative, and no real kernel has that many).
pub(crate) fn aligned_mask(args: impl Iterator<Item = ArgFact>) -> u64 {
    let mut mask = 0u64;
    for (i, fact) in args.enumerate().take(64) {
        if fact.aligned16 {
            mask |= 1 << i;
        }
    }
    mask
}

/// One argument's alignment fact (input of [`aligned_mask`]).
#[derive(Debug, Clone, Copy)]
pub(crate) struct ArgFact {
    /// Base 16-byte aligned / divisible by 16.
    pub aligned16: bool,
}

/// The mask as the code generator's per-parameter list.
pub(crate) fn mask_to_vec(mask: u64, params: usize) -> Vec<bool> {
    (0..params).map(|i| i < 64 && mask >> i & 1 == 1).collect()
}

/// The number of elements of the largest tile in the kernel (0 if it has none).
pub(crate) fn largest_tile(kernel: &Kernel) -> u64 {
    kernel
        .values
        .iter()
        .chain(&kernel.vars)
        .filter(|t| !t.shape.is_empty())
        .map(|t| {
            t.shape
                .iter()
                .map(|d| match d {
                    Dim::Const(n) => *n,
                    // Unreachable after specialization; count it as 1.
                    _ => 1,
                })
                .fold(1u64, u64::saturating_mul)
        })
        .max()
        .unwrap_or(0)
}

/// Triton's rule of thumb: 4 warps, 8 once the largest tile has 16384 elements or more
/// (a 128x128 accumulator), so that each thread's share of a big tile stays in registers.
pub(crate) fn default_num_warps(kernel: &Kernel) -> u32 {
    if largest_tile(kernel) >= 16384 { 8 } else { 4 }
}

/// How many `u64` words a kernel's parameters take, the status pointer included.
pub(crate) fn word_count(params: &[ParamAbi]) -> usize {
    params
        .iter()
        .map(|p| match p {
            ParamAbi::Buffer { .. } => 2,
            ParamAbi::Scalar { .. } => 1,
        })
        .sum::<usize>()
        + 1
}

/// Fills `words` (of [`word_count`] length) with the parameters of one launch. An error
/// names the parameter index whose argument does not match the compiled kernel's ABI (a
/// bug: the runtime checked the arguments against the IR).
pub(crate) fn pack(
    params: &[ParamAbi],
    args: impl Iterator<Item = ArgBits>,
    status_ptr: u64,
    words: &mut [u64],
) -> Result<(), String> {
    let mut w = 0;
    let mut n = 0;
    for (i, (abi, arg)) in params.iter().zip(args).enumerate() {
        n += 1;
        match (abi, arg) {
            (ParamAbi::Buffer { .. }, ArgBits::Buffer { ptr, len }) => {
                words[w] = ptr;
                words[w + 1] = len;
                w += 2;
            }
            (ParamAbi::Scalar { bytes: want }, ArgBits::Scalar { bits, bytes })
                if *want == bytes =>
            {
                words[w] = bits;
                w += 1;
            }
            (abi, arg) => {
                return Err(format!(
                    "argument #{i} ({arg:?}) does not match the compiled kernel's parameter \
                     {abi:?}"
                ));
            }
        }
    }
    if n != params.len() {
        return Err(format!(
            "{n} arguments for a kernel compiled with {} parameters",
            params.len()
        ));
    }
    words[w] = status_ptr;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use half::{bf16, f16};
    use kernel_core::DType;
    use kernel_core::ir::{Block, Elem, Type};

    #[test]
    fn scalars_are_little_endian_bits_at_their_size() {
        assert_eq!(scalar_bits(&ScalarValue::Bool(true)), (1, 1));
        assert_eq!(scalar_bits(&ScalarValue::I8(-1)), (0xff, 1));
        assert_eq!(scalar_bits(&ScalarValue::I16(-2)), (0xfffe, 2));
        assert_eq!(scalar_bits(&ScalarValue::I32(-1)), (0xffff_ffff, 4));
        assert_eq!(scalar_bits(&ScalarValue::I64(-1)), (u64::MAX, 8));
        assert_eq!(
            scalar_bits(&ScalarValue::F16(f16::from_f32(1.0))),
            (0x3c00, 2)
        );
        assert_eq!(
            scalar_bits(&ScalarValue::BF16(bf16::from_f32(1.0))),
            (0x3f80, 2)
        );
        assert_eq!(scalar_bits(&ScalarValue::F32(1.0)), (0x3f80_0000, 4));
        assert_eq!(scalar_bits(&ScalarValue::F64(1.0)), (1.0f64.to_bits(), 8));
        // Agrees with the runtime's byte encoding for every dtype.
        for s in [
            ScalarValue::I8(-5),
            ScalarValue::U16(600),
            ScalarValue::I32(-70000),
            ScalarValue::U64(u64::MAX - 3),
            ScalarValue::F32(-0.25),
        ] {
            let (bits, bytes) = scalar_bits(&s);
            assert_eq!(&bits.to_le_bytes()[..bytes as usize], &s.to_le_bytes()[..]);
        }
    }

    #[test]
    fn divisibility_facts() {
        assert!(scalar_divisible_by_16(&ScalarValue::I32(64)));
        assert!(scalar_divisible_by_16(&ScalarValue::I32(-32)));
        assert!(scalar_divisible_by_16(&ScalarValue::U64(0)));
        assert!(!scalar_divisible_by_16(&ScalarValue::I32(65)));
        assert!(!scalar_divisible_by_16(&ScalarValue::F32(16.0)));
        assert!(scalar_is_one(&ScalarValue::I32(1)) && scalar_is_one(&ScalarValue::U64(1)));
        assert!(!scalar_is_one(&ScalarValue::I32(-1)) && !scalar_is_one(&ScalarValue::F32(1.0)));
        let facts = [true, false, true].map(|a| ArgFact { aligned16: a });
        let mask = aligned_mask(facts.into_iter());
        assert_eq!(mask, 0b101);
        assert_eq!(mask_to_vec(mask, 3), vec![true, false, true]);
    }

    #[test]
    fn packing_follows_the_abi() {
        let params = [
            ParamAbi::Buffer { elem_bytes: 4 },
            ParamAbi::Scalar { bytes: 4 },
            ParamAbi::Buffer { elem_bytes: 2 },
            ParamAbi::Scalar { bytes: 1 },
        ];
        assert_eq!(word_count(&params), 7);
        let args = [
            ArgBits::Buffer {
                ptr: 0x1000,
                len: 10,
            },
            ArgBits::Scalar { bits: 7, bytes: 4 },
            ArgBits::Buffer {
                ptr: 0x2000,
                len: 3,
            },
            ArgBits::Scalar { bits: 1, bytes: 1 },
        ];
        let mut words = [0u64; 7];
        pack(&params, args.into_iter(), 0xabc0, &mut words).unwrap();
        assert_eq!(words, [0x1000, 10, 7, 0x2000, 3, 1, 0xabc0]);
        // A scalar of the wrong size, or a missing argument, is refused.
        let bad = [ArgBits::Scalar { bits: 1, bytes: 8 }];
        assert!(pack(&params[1..2], bad.into_iter(), 0, &mut words).is_err());
        assert!(pack(&params, args[..2].iter().copied(), 0, &mut words).is_err());
    }

    #[test]
    fn warps_grow_with_the_largest_tile() {
        let tile = |dims: &[u64]| Type {
            elem: Elem::Scalar(DType::F32),
            shape: dims.iter().map(|&d| Dim::Const(d)).collect(),
        };
        let mut k = Kernel {
            name: "k".into(),
            consts: vec![],
            params: vec![],
            values: vec![Type::scalar(DType::I32), tile(&[64, 64])],
            vars: vec![],
            body: Block::default(),
            file: None,
            functions: Vec::new(),
        };
        assert_eq!(largest_tile(&k), 4096);
        assert_eq!(default_num_warps(&k), 4);
        k.values.push(tile(&[128, 128]));
        assert_eq!(default_num_warps(&k), 8);
    }
}
