//! How IR values live in CUDA C: the register and memory types of each dtype, and how a
//! tile's elements are spread over the threads of the block.
//!
//! # Registers
//! Integers, `bool`, f32 and f64 are held in their own C types (`i8`..`u64` are typedefs of
//! the prelude). f16, bf16 and both fp8 formats are held in `float` registers whose values are
//! exactly representable in the format (rounded after every op), as the interpreter holds them
//! in f64: arithmetic is then plain f32 arithmetic plus one rounding. Pointers are `i64` element
//! offsets into the one buffer parameter they derive from (see `analysis`).
//!
//! # Tiles
//! A tile is a per-thread array of `C` registers in the blocked layout every backend shares
//! (`kernel_core::codegen::layout`: slot `c` of thread `tid` holds element
//! `((c / V) * T + tid) * V + c % V`). CUDA's run length `V` is the largest power of two
//! that divides the last dimension, up to the kernel-wide maximum the analysis chooses from
//! the dtypes it moves (16 bytes of the narrowest), so a thread loads and stores its run with
//! one vector access while consecutive threads still touch consecutive memory. Scalars
//! (rank 0) are ordinary values computed identically by every thread.

use kernel_core::DType;
use kernel_core::ir::Elem;

/// The C register type of a dtype.
pub(crate) fn reg_type(d: DType) -> &'static str {
    match d {
        DType::Bool => "bool",
        DType::I8 => "i8",
        DType::I16 => "i16",
        DType::I32 => "i32",
        DType::I64 => "i64",
        DType::U8 => "u8",
        DType::U16 => "u16",
        DType::U32 => "u32",
        DType::U64 => "u64",
        DType::F16 | DType::BF16 | DType::F32 | DType::F8E4M3 | DType::F8E5M2 => "f32",
        DType::F64 => "f64",
    }
}

/// The C register type of an element (pointers are `i64` offsets).
pub(crate) fn reg_type_elem(e: Elem) -> &'static str {
    match e {
        Elem::Scalar(d) => reg_type(d),
        Elem::Ptr(_) => "i64",
    }
}

/// The C type of a buffer element in memory.
pub(crate) fn mem_type(d: DType) -> &'static str {
    match d {
        DType::Bool | DType::U8 | DType::F8E4M3 | DType::F8E5M2 => "u8",
        DType::F16 | DType::BF16 | DType::U16 => "u16",
        DType::F32 => "f32",
        DType::F64 => "f64",
        _ => reg_type(d),
    }
}

/// The unsigned integer type as wide as a dtype (how a scalar parameter is passed).
pub(crate) fn bits_type(d: DType) -> &'static str {
    match d.size_bytes() {
        1 => "u8",
        2 => "u16",
        4 => "u32",
        _ => "u64",
    }
}

/// The unsigned type used for wrapping arithmetic on an integer dtype: `u32` up to 32 bits
/// (C promotes narrower operands to `int`, whose overflow would be undefined), `u64` above.
pub(crate) fn wide_type(d: DType) -> &'static str {
    if d.bits() > 32 { "u64" } else { "u32" }
}

pub(crate) use kernel_core::codegen::layout::{numel, strides};

/// How a value of some shape is laid out over the block: the shared blocked layout
/// (`kernel_core::codegen::layout`), with CUDA's choice of run length.
pub(crate) type Layout = kernel_core::codegen::layout::Blocked;

/// CUDA's choice of run length, and the layout's formula as a C expression.
pub(crate) trait CudaLayout {
    /// The layout of a concrete shape for `threads` threads and runs of at most `vmax`: the
    /// largest power of two up to `vmax` dividing the last dim, halved while some thread
    /// would get no element.
    fn of(dims: &[u64], threads: u32, vmax: u64) -> Self;
    /// The C expression of the linear element of slot `c` (an `int` expression) of thread
    /// `tid`.
    fn elem_expr(&self, c: &str) -> String;
}

impl CudaLayout for Layout {
    fn of(dims: &[u64], threads: u32, vmax: u64) -> Layout {
        let n = numel(dims);
        let t = u64::from(threads);
        let last = *dims.last().unwrap_or(&1);
        let mut v = 1u64;
        while v * 2 <= vmax && last.is_multiple_of(v * 2) {
            v *= 2;
        }
        // Every thread should get work before runs lengthen.
        while v > 1 && n < t * v {
            v /= 2;
        }
        Layout::new(dims, threads, v)
    }

    fn elem_expr(&self, c: &str) -> String {
        if self.v == 1 {
            format!("({c} * {} + tid)", self.t)
        } else {
            format!(
                "((({c}) / {v} * {t} + tid) * {v} + ({c}) % {v})",
                v = self.v,
                t = self.t
            )
        }
    }
}

/// The C declaration of a value's per-thread storage named `name`.
pub(crate) fn declare(ty: &str, name: &str, l: Layout) -> String {
    if l.scalar {
        format!("{ty} {name};")
    } else {
        format!("{ty} {name}[{}];", l.c)
    }
}

/// `(e / div) % modulo` written without the no-op parts (`e` an `int` expression).
pub(crate) fn digit(e: &str, div: u64, modulo: Option<u64>) -> String {
    let q = if div == 1 {
        e.to_string()
    } else {
        format!("({e} / {div})")
    };
    match modulo {
        Some(m) => format!("({q} % {m})"),
        None => q,
    }
}

/// The multi-index (one `int` expression per dim) of linear element `e` of a shape.
pub(crate) fn unravel(e: &str, dims: &[u64]) -> Vec<String> {
    let s = strides(dims);
    (0..dims.len())
        .map(|i| {
            if dims[i] == 1 {
                "0".to_string()
            } else {
                digit(e, s[i], (i > 0).then_some(dims[i]))
            }
        })
        .collect()
}

/// The linear index of a multi-index of a shape.
pub(crate) fn ravel(idx: &[String], dims: &[u64]) -> String {
    let s = strides(dims);
    let terms: Vec<String> = (0..dims.len())
        .filter(|&i| dims[i] != 1 && idx[i] != "0")
        .map(|i| {
            if s[i] == 1 {
                idx[i].clone()
            } else {
                format!("{} * {}", idx[i], s[i])
            }
        })
        .collect();
    if terms.is_empty() {
        "0".to_string()
    } else {
        format!("({})", terms.join(" + "))
    }
}

/// Lane `u` of a run starting at multi-index `idx0` (C expressions) of rank `rank`: the same
/// row, last index + `u` (a run never crosses a row).
pub(crate) fn lane_index(idx0: &[String], rank: usize, u: u64) -> Vec<String> {
    let mut idx = idx0.to_vec();
    if u > 0 {
        idx[rank - 1] = format!("({} + {u})", idx0[rank - 1]);
    }
    idx
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layouts_pick_runs_that_divide_the_last_dim() {
        let l = Layout::of(&[1024], 128, 4);
        assert_eq!((l.n, l.v, l.c), (1024, 4, 8));
        assert!(!l.ragged());
        let l = Layout::of(&[784], 128, 4);
        assert_eq!((l.v, l.c), (4, 8));
        assert!(l.ragged());
        let l = Layout::of(&[6, 10], 128, 4);
        assert_eq!((l.v, l.c), (1, 1));
        let l = Layout::of(&[], 128, 4);
        assert!(l.scalar);
        let l = Layout::of(&[32, 16], 128, 8);
        assert_eq!((l.v, l.c), (4, 4));
        assert_eq!(
            unravel("e", &[2, 3, 4]),
            vec!["(e / 12)", "((e / 4) % 3)", "(e % 4)"]
        );
    }
}
