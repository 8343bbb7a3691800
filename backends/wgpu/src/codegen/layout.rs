//! How IR values live in WGSL: the register type of each dtype, and how a tile's elements are
//! spread over the threads of the workgroup.
//!
//! # Registers
//! WGSL has 32-bit scalars (f16 behind a feature, and `i64`/`u64`/`f64` behind naga's
//! `SHADER_INT64`/`FLOAT64` capabilities), so every dtype is held in one of seven register
//! types ([`Reg`]): `bool`; `i32` for i8/i16/i32 (sign-extended, kept inside the dtype's range
//! by wrapping after every op); `u32` for u8/u16/u32 (zero-extended, masked); `f32` for f32
//! and for f16, bf16 and both fp8 formats, whose values are kept exactly representable in
//! their format by rounding after every op; `i64`, `u64` and `f64` for the 64-bit dtypes
//! (only where [`super::Caps::int64`] / [`super::Caps::float64`] allow). Pointers are `i32`
//! element offsets into the one buffer parameter they derive from (see `analysis`).
//!
//! # Tiles
//! A tile is a per-thread `array<T, C>` in the blocked layout every backend shares
//! (`kernel_core::codegen::layout`: slot `c` of thread `tid` holds element
//! `((c / V) * T + tid) * V + c % V`). WGSL's runs are `V =` [`RUN`] for tiles of at least
//! `RUN * T` elements in kernels without atomics when [`super::Caps::runs`] is set, else 1;
//! a run whose pointers are contiguous and aligned is one 16-byte access (see `access`). Ops
//! that move elements between threads go through workgroup memory (`exchange`). Scalars
//! (rank 0) are ordinary values computed identically by every thread.

use kernel_core::DType;
use kernel_core::ir::{Elem, Type};

/// The WGSL register type of a dtype.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Reg {
    /// `bool`.
    Bool,
    /// `i32`: i8, i16, i32 and pointers (offsets).
    I32,
    /// `u32`: u8, u16, u32.
    U32,
    /// `f32`: f32, f16, bf16, fp8.
    F32,
    /// `i64` (needs `SHADER_INT64`).
    I64,
    /// `u64` (needs `SHADER_INT64`).
    U64,
    /// `f64` (needs `SHADER_F64`).
    F64,
}

impl Reg {
    /// The register of a dtype.
    pub fn of(d: DType) -> Reg {
        match d {
            DType::Bool => Reg::Bool,
            DType::I8 | DType::I16 | DType::I32 => Reg::I32,
            DType::U8 | DType::U16 | DType::U32 => Reg::U32,
            DType::F16 | DType::BF16 | DType::F32 | DType::F8E4M3 | DType::F8E5M2 => Reg::F32,
            DType::I64 => Reg::I64,
            DType::U64 => Reg::U64,
            DType::F64 => Reg::F64,
        }
    }

    /// The register of an element (pointers are `i32` offsets).
    pub fn of_elem(e: Elem) -> Reg {
        match e {
            Elem::Scalar(d) => Reg::of(d),
            Elem::Ptr(_) => Reg::I32,
        }
    }

    /// Whether the register is 64 bits wide: it takes two `u32` words of workgroup memory
    /// ([`Reg::store_words`]) and two subgroup shuffles ([`Reg::shuffle_xor`]).
    pub fn wide(self) -> bool {
        matches!(self, Reg::I64 | Reg::U64 | Reg::F64)
    }

    /// `u32` words of workgroup memory one value takes: 2 for the 64-bit registers, else 1.
    pub fn words(self) -> u64 {
        if self.wide() { 2 } else { 1 }
    }

    /// Statements writing register value `x` to the `u32` workgroup array `arr` at word `at`
    /// (a `u32` expression); a 64-bit register's high word goes `hi` words further (the
    /// low word at `at`), so that a tile's low words can be one contiguous range and its
    /// high words another.
    pub fn store_words(self, arr: &str, at: &str, hi: u64, x: &str) -> String {
        if !self.wide() {
            return format!("{arr}[{at}] = {};", self.to_word(x));
        }
        let (lo, hi_w) = self.to_words64("ox_w");
        format!("{{ let ox_w = {x}; {arr}[{at}] = {lo}; {arr}[{at} + {hi}u] = {hi_w}; }}")
    }

    /// The register value [`Reg::store_words`] wrote at word `at` of `arr` (the same `hi`).
    pub fn load_words(self, arr: &str, at: &str, hi: u64) -> String {
        if !self.wide() {
            return self.read_word(&format!("{arr}[{at}]"));
        }
        self.read_words64(&format!("{arr}[{at}]"), &format!("{arr}[{at} + {hi}u]"))
    }

    /// `subgroupShuffleXor(x, o)` for any register: WGSL's subgroup operations take 32-bit
    /// (and f16) values only, so a register goes as its word, a 64-bit one as its two words.
    pub fn shuffle_xor(self, x: &str, o: &str) -> String {
        if !self.wide() {
            return self.read_word(&format!("subgroupShuffleXor({}, {o})", self.to_word(x)));
        }
        let (lo, hi) = self.to_words64(x);
        self.read_words64(
            &format!("subgroupShuffleXor({lo}, {o})"),
            &format!("subgroupShuffleXor({hi}, {o})"),
        )
    }

    /// The WGSL type name.
    pub fn wgsl(self) -> &'static str {
        match self {
            Reg::Bool => "bool",
            Reg::I32 => "i32",
            Reg::U32 => "u32",
            Reg::F32 => "f32",
            Reg::I64 => "i64",
            Reg::U64 => "u64",
            Reg::F64 => "f64",
        }
    }

    /// The low and high `u32` words of a 64-bit register's bits.
    pub fn to_words64(self, x: &str) -> (String, String) {
        let bits = match self {
            Reg::U64 => x.to_string(),
            _ => format!("bitcast<u64>({x})"),
        };
        (
            format!("u32({bits} & 0xfffffffflu)"),
            format!("u32({bits} >> 32u)"),
        )
    }

    /// The `u64` holding a 64-bit register's bits.
    pub fn to_u64(self, x: &str) -> String {
        match self {
            Reg::U64 => x.to_string(),
            _ => format!("bitcast<u64>({x})"),
        }
    }

    /// The 64-bit register whose bits are the `u64` `w` ([`Reg::to_u64`]).
    pub fn read_u64(self, w: &str) -> String {
        match self {
            Reg::U64 => w.to_string(),
            _ => format!("bitcast<{}>({w})", self.wgsl()),
        }
    }

    /// The 64-bit register whose bits are the `u32` words `lo` and `hi`.
    pub fn read_words64(self, lo: &str, hi: &str) -> String {
        let bits = format!("((u64({hi}) << 32u) | u64({lo}))");
        match self {
            Reg::U64 => bits,
            _ => format!("bitcast<{}>({bits})", self.wgsl()),
        }
    }

    /// A `u32` word holding the register's value, for workgroup memory. Not for the wide
    /// registers (callers use [`Reg::store_words`]); those give their low word.
    pub fn to_word(self, x: &str) -> String {
        match self {
            Reg::Bool => format!("select(0u, 1u, {x})"),
            Reg::I32 | Reg::F32 => format!("bitcast<u32>({x})"),
            Reg::U32 => x.to_string(),
            Reg::I64 | Reg::U64 | Reg::F64 => self.to_words64(x).0,
        }
    }

    /// The register value stored in a `u32` word by [`Reg::to_word`].
    pub fn read_word(self, w: &str) -> String {
        match self {
            Reg::Bool => format!("({w} != 0u)"),
            Reg::I32 => format!("bitcast<i32>({w})"),
            Reg::F32 => format!("bitcast<f32>({w})"),
            Reg::U32 => w.to_string(),
            Reg::I64 | Reg::U64 | Reg::F64 => self.read_words64(w, "0u"),
        }
    }

    /// The zero value.
    pub fn zero(self) -> &'static str {
        match self {
            Reg::Bool => "false",
            Reg::I32 => "0i",
            Reg::U32 => "0u",
            Reg::F32 => "0.0f",
            Reg::I64 => "0li",
            Reg::U64 => "0lu",
            Reg::F64 => "0.0lf",
        }
    }
}

pub(crate) use kernel_core::codegen::layout::{numel, strides};

/// Elements per run of a large tile: 4 elements of 32 bits are one 16-byte access.
pub(crate) const RUN: u64 = 4;

/// How a value of some type is laid out over the workgroup: the shared blocked layout
/// (`kernel_core::codegen::layout`), with runs `v` of 1 or [`RUN`].
pub(crate) type Layout = kernel_core::codegen::layout::Blocked;

/// WGSL's choice of run length, and the layout's formulas as WGSL `u32` expressions.
pub(crate) trait WgslLayout {
    /// The layout of a concrete shape for `threads` threads; `runs` allows runs of [`RUN`]
    /// elements (kernels whose atomics apply lanes in order do not, see `access`).
    fn of(dims: &[u64], threads: u32, runs: bool) -> Self;
    /// Whether every slot of every thread holds an element (no `e < n` test needed).
    fn full(&self) -> bool;
    /// The element held in slot `c` by thread `tid`.
    fn elem(&self, c: &str) -> String;
    /// The thread owning element `e`.
    fn owner(&self, e: &str) -> String;
    /// The slot holding element `e` in its owner.
    fn slot(&self, e: &str) -> String;
}

impl WgslLayout for Layout {
    fn of(dims: &[u64], threads: u32, runs: bool) -> Layout {
        let n = numel(dims);
        let run = if runs && n >= RUN * u64::from(threads) {
            RUN
        } else {
            1
        };
        Layout::new(dims, threads, run)
    }

    fn full(&self) -> bool {
        self.c * self.t == self.n
    }

    fn elem(&self, c: &str) -> String {
        let (v, t) = (self.v, self.t);
        if v == 1 {
            format!("tid + {c} * {t}u")
        } else {
            format!("({c} / {v}u) * {}u + tid * {v}u + {c} % {v}u", v * t)
        }
    }

    fn owner(&self, e: &str) -> String {
        let (v, t) = (self.v, self.t);
        if v == 1 {
            format!("{e} % {t}u")
        } else {
            format!("({e} / {v}u) % {t}u")
        }
    }

    fn slot(&self, e: &str) -> String {
        let (v, t) = (self.v, self.t);
        if v == 1 {
            format!("{e} / {t}u")
        } else {
            format!("({e} / {}u) * {v}u + {e} % {v}u", v * t)
        }
    }
}

/// The WGSL type of a value's per-thread storage.
pub(crate) fn storage_type(reg: Reg, layout: Layout) -> String {
    if layout.scalar {
        reg.wgsl().to_string()
    } else {
        format!("array<{}, {}>", reg.wgsl(), layout.c)
    }
}

/// The register of a value's type.
pub(crate) fn reg_of_type(t: &Type) -> Reg {
    Reg::of_elem(t.elem)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    #[test]
    fn strides_and_layouts() {
        let l = Layout::of(&[6, 10], 64, true);
        assert_eq!((l.n, l.c, l.scalar, l.v), (60, 1, false, 1));
        let l = Layout::of(&[1024], 64, false);
        assert_eq!((l.n, l.c, l.v), (1024, 16, 1));
        let l = Layout::of(&[1024], 64, true);
        assert_eq!((l.n, l.c, l.v), (1024, 16, 4));
        assert!(l.full());
        let l = Layout::of(&[784], 64, true);
        assert_eq!((l.n, l.c, l.v), (784, 16, 4));
        assert!(!l.full());
        let l = Layout::of(&[], 64, true);
        assert_eq!((l.n, l.c, l.scalar), (1, 1, true));
        let l = Layout::of(&[0], 64, true);
        assert_eq!((l.n, l.c), (0, 1));
    }

    /// Evaluates `elem`, `owner` and `slot` (WGSL integer expressions) on the host.
    pub(crate) fn eval(expr: &str, vars: &[(&str, u64)]) -> u64 {
        let mut s = expr.replace('u', "");
        for (name, v) in vars {
            s = s.replace(name, &v.to_string());
        }
        // Only `+ * / %` and parentheses: a tiny precedence-climbing evaluator.
        fn parse(t: &[String], i: &mut usize, min: u8) -> u64 {
            let mut lhs = if t[*i] == "(" {
                *i += 1;
                let v = parse(t, i, 0);
                *i += 1;
                v
            } else {
                let v = t[*i].parse().unwrap();
                *i += 1;
                v
            };
            while *i < t.len() {
                let (prec, op) = match t[*i].as_str() {
                    "+" => (1, '+'),
                    "*" | "/" | "%" => (2, t[*i].chars().next().unwrap()),
                    _ => break,
                };
                if prec < min {
                    break;
                }
                *i += 1;
                let rhs = parse(t, i, prec + 1);
                lhs = match op {
                    '+' => lhs + rhs,
                    '*' => lhs * rhs,
                    '/' => lhs / rhs,
                    _ => lhs % rhs,
                };
            }
            lhs
        }
        let spaced = s.replace('(', " ( ").replace(')', " ) ");
        let tokens: Vec<String> = spaced.split_whitespace().map(str::to_string).collect();
        parse(&tokens, &mut 0, 0)
    }

    #[test]
    fn owner_and_slot_invert_elem() {
        for (n, runs) in [(1024, true), (784, true), (60, true), (1024, false)] {
            let l = Layout::of(&[n], 64, runs);
            let mut seen = vec![false; n as usize];
            for tid in 0..64 {
                for c in 0..l.c {
                    let e = eval(&l.elem("c").replace("tid", &tid.to_string()), &[("c", c)]);
                    if e >= n {
                        continue;
                    }
                    assert!(!seen[e as usize], "element {e} owned twice");
                    seen[e as usize] = true;
                    assert_eq!(eval(&l.owner("e"), &[("e", e)]), tid);
                    assert_eq!(eval(&l.slot("e"), &[("e", e)]), c);
                    assert_eq!(l.elem_at(c, tid), e, "the shared formula");
                }
            }
            assert!(seen.iter().all(|&s| s), "n {n}: some element has no owner");
        }
    }
}
