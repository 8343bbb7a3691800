//! `dot`: the factors through workgroup memory, one fused multiply-add per k in ascending order
//! into the accumulator element each thread owns (the interpreter's order).
//!
//! # Packing
//! Narrow factors are staged several to a `u32` word of `ox_scratch`: 16-bit ones (f16, bf16)
//! two, 8-bit ones (i8, u8, both fp8 formats) four, each as its format's bit pattern (their
//! registers hold values exactly representable in the format, so that is lossless). Workgroup
//! memory has no sub-word stores that two threads could make to one word safely, so every
//! word is written whole by one thread, from elements that thread owns (see `layout`):
//! elements `e` and `e + d` have the same owner, `d / T` slots apart, when `d` is a multiple
//! of `V * T` (run length times threads), and inside a run of `V` consecutive elements share
//! one. A word therefore holds `P` elements a fixed stride `s` apart along one axis of the
//! factor ([`Pack`]): along its rows when the row length times `s` is a multiple of `V * T`
//! (with one element per slot and 64 threads, rows `i` and `i + 1` of a 64-column tile), or
//! along its columns inside runs. A factor with no such stride that divides its extent (a
//! tile too small to matter) is staged one element per word.
//!
//! # Chunks of K
//! When even packed factors do not fit the device's workgroup memory (lavapipe has 32 KiB;
//! Triton tutorial 03's 128 x 128 x 64 f16 block needs 32 KiB and a few bytes more), `dot` stages `a[:, k0..k0 + KC]` and `b[k0..k0 + KC, :]` for one chunk of K at a
//! time, barriers around each, with `KC` the largest divisor of K that fits. Every element
//! still gets one `fma` per k in ascending order, so results do not depend on `KC`. Only a
//! `dot` whose single-k chunk does not fit is refused ([`CodegenError::TooLarge`]).
//!
//! # Loop turns
//! The k loop does up to 8 steps per turn: llvmpipe (lavapipe) ends every loop of an
//! invocation after 65,535 back-edges in all, and one step per turn spent `M * N / T * K` of
//! them on a `dot` (16,384 for 128 x 128 x 64 with 64 threads): tutorial 03's loop at that
//! block ran out within K = 256, and a loop of 64 x 64 x 64 `dot`s within K = 1024.

use kernel_core::DType;
use kernel_core::ir::{DotPrecision, Op, ValueId};

use super::CodegenError;
use super::emit::{Emitter, Region};
use super::exchange::digit;
use super::layout::{Layout, Reg, WgslLayout};
use super::math::Helper;
use super::ops;

/// k steps per turn of the k loop (at most; the largest power of two dividing the chunk).
const UNROLL: u64 = 8;

/// How the `P` elements of one scratch word are chosen: `p` elements `s` apart along the
/// factor's rows or columns, found `sigma` slots apart in the thread owning them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Pack {
    /// Elements per word (2 or 4).
    pub p: u64,
    /// Along the rows (else the columns).
    pub rows: bool,
    /// Distance, in rows or columns, between consecutive elements of a word.
    pub s: u64,
    /// Distance, in slots of their owner, between consecutive elements of a word.
    pub sigma: u64,
}

impl Pack {
    /// Bits per element.
    fn bits(self) -> u64 {
        32 / self.p
    }
}

/// One factor's staging in a chunk of K: a `[rows, cols]` tile whose K axis is its columns
/// (`a`) or its rows (`b`), laid out as `layout`, staged packed or one element per word. A
/// batched factor (`[B, M, K]`, `[B, K, N]`) is staged as its `[B * M, K]` or `[B * K, N]`
/// matrix, whole (one chunk of K).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Stage {
    /// Rows of the whole factor.
    pub rows: u64,
    /// Columns of the whole factor.
    pub cols: u64,
    /// K is the columns (`a`), else the rows (`b`).
    pub k_cols: bool,
    /// How the factor lies over the threads.
    pub layout: Layout,
    /// The packing, or `None`: one element per word.
    pub pack: Option<Pack>,
    /// First word of the factor's chunk in `ox_scratch`.
    pub base: u64,
    /// Batches stacked along the rows of a `b` factor (else 1): its chunk has `kc` rows of
    /// each.
    pub batch: u64,
}

impl Stage {
    /// The rows and columns of one chunk of `kc` steps of K.
    fn chunk(&self, kc: u64) -> (u64, u64) {
        if self.k_cols {
            (self.rows, kc)
        } else {
            (kc * self.batch, self.cols)
        }
    }

    /// Words one chunk of `kc` steps takes.
    pub fn words(&self, kc: u64) -> u64 {
        let (r, c) = self.chunk(kc);
        (r * c) / self.pack.map_or(1, |p| p.p)
    }

    /// The word holding chunk-local element `(r, c)` (WGSL `u32` expressions) and, when
    /// packed, the element's position in it.
    fn word(&self, kc: u64, r: &str, c: &str) -> (String, Option<String>) {
        let (_, ec) = self.chunk(kc);
        let (at, q) = match self.pack {
            None => (format!("{} + {c}", times(r, ec)), None),
            Some(pk) => {
                let (along, other) = if pk.rows { (r, c) } else { (c, r) };
                // The packed index along the axis: groups of `s * p` become `s` words.
                let packed = if pk.s == 1 {
                    digit(along, pk.p, None)
                } else {
                    format!(
                        "{} + {}",
                        times(&digit(along, pk.s * pk.p, None), pk.s),
                        digit(along, 1, Some(pk.s))
                    )
                };
                let q = digit(along, pk.s, Some(pk.p));
                let at = if pk.rows {
                    format!("({packed}) * {ec}u + {other}")
                } else {
                    format!("{} + {packed}", times(other, ec / pk.p))
                };
                (at, Some(q))
            }
        };
        let at = if self.base == 0 {
            at
        } else {
            format!("{}u + {at}", self.base)
        };
        (at, q)
    }
}

/// `x * k` without the no-op.
fn times(x: &str, k: u64) -> String {
    if k == 1 {
        x.to_string()
    } else {
        format!("{x} * {k}u")
    }
}

/// Elements of dtype `d` per scratch word.
fn per_word(d: DType) -> u64 {
    match d.bits() {
        8 => 4,
        16 => 2,
        _ => 1,
    }
}

fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 { a } else { gcd(b, a % b) }
}

/// The packing of `p` elements per word for a `[rows, cols]` factor laid out as `l` whose
/// chunk is `[er, ec]`, if one exists (see the module docs).
fn pack_for(l: Layout, rows_cols: (u64, u64), chunk: (u64, u64), p: u64) -> Option<Pack> {
    let (_, cols) = rows_cols;
    let (er, ec) = chunk;
    if p == 1 || l.scalar || l.t == 0 {
        return None;
    }
    let vt = l.v * l.t;
    let mut candidates = Vec::new();
    // Inside a run: consecutive elements, one slot apart. The words start at multiples of
    // `p` (the columns are), so they do not straddle runs.
    if l.v > 1 && l.v.is_multiple_of(p) && cols.is_multiple_of(p) {
        candidates.push(Pack {
            p,
            rows: false,
            s: 1,
            sigma: 1,
        });
    }
    // Rows `s` apart: `s * cols` elements apart, a multiple of `V * T`.
    let s = vt / gcd(cols.max(1), vt);
    candidates.push(Pack {
        p,
        rows: true,
        s,
        sigma: s * cols / l.t,
    });
    // Columns `V * T` apart (wide tiles).
    candidates.push(Pack {
        p,
        rows: false,
        s: vt,
        sigma: l.v,
    });
    candidates.into_iter().find(|pk| {
        let extent = if pk.rows { er } else { ec };
        extent.is_multiple_of(pk.s * p)
    })
}

/// Where a `dot`'s factors go in `ox_scratch`: `kc` steps of K at a time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct DotPlan {
    /// Steps of K per chunk (a divisor of K).
    pub kc: u64,
    /// `a`'s staging, at word 0.
    pub a: Stage,
    /// `b`'s staging, after `a`'s.
    pub b: Stage,
}

impl DotPlan {
    /// Words of scratch the plan uses.
    pub fn words(&self) -> u64 {
        self.a.words(self.kc) + self.b.words(self.kc)
    }

    /// The plan for `[m, k] x [k, n]` factors of dtype `d` (packed unless `packed` is false)
    /// laid out as `la` and `lb`, with the largest chunk of K whose words satisfy `fits`;
    /// `Err` with the words of the smallest chunk when none does. `k` is at least 1. With
    /// `nb` batches (`[nb, m, k] x [nb, k, n]`) above 1, K is staged whole or not at all.
    pub fn new(
        (nb, m, k, n): (u64, u64, u64, u64),
        (la, lb): (Layout, Layout),
        d: DType,
        packed: bool,
        fits: impl Fn(u64) -> bool,
    ) -> Result<DotPlan, u64> {
        let p = if packed { per_word(d) } else { 1 };
        let plan = |kc: u64| {
            let stage = |l: Layout, rows: u64, cols: u64, k_cols: bool, base: u64| {
                let mut st = Stage {
                    rows,
                    cols,
                    k_cols,
                    layout: l,
                    pack: None,
                    base,
                    batch: if k_cols { 1 } else { nb },
                };
                st.pack = pack_for(l, (rows, cols), st.chunk(kc), p);
                st
            };
            let a = stage(la, nb * m, k, true, 0);
            let b = stage(lb, nb * k, n, false, a.words(kc));
            DotPlan { kc, a, b }
        };
        let mut divisors: Vec<u64> = (1..=k)
            .filter(|&d| k.is_multiple_of(d) && (nb == 1 || d == k))
            .collect();
        divisors.reverse();
        for &kc in &divisors {
            let pl = plan(kc);
            if fits(pl.words()) {
                return Ok(pl);
            }
        }
        Err(divisors.last().map_or(0, |&kc| plan(kc).words()))
    }
}

/// The statements decoding the bits `b` (a `u32` expression, the low bits of the format) of a
/// narrow value of dtype `d` into its register, named `x`: the exact value of every pattern
/// (what `ox_decode` gives) in a few integer operations and no call, as the k loop does it
/// for every step. Normal numbers are rebiased in the exponent field; subnormals (and zero)
/// are the mantissa times a power of two, computed exactly in f32; infinities and NaNs keep
/// their payload.
fn decode(d: DType, b: &str, x: &str, h: &mut super::math::Helpers) -> Vec<String> {
    let (eb, mb, sat) = match d {
        DType::F16 => (5u32, 10u32, false),
        DType::F8E5M2 => (5, 2, false),
        DType::F8E4M3 => (4, 3, true),
        DType::BF16 => return vec![format!("let {x} = bitcast<f32>({b} << 16u);")],
        _ => return vec![format!("let {x} = {};", ops::from_bits(d, b, h))],
    };
    let bias = (1i32 << (eb - 1)) - 1;
    let mag = (1u32 << (eb + mb)) - 1;
    let mmask = (1u32 << mb) - 1;
    let emax = (1u32 << eb) - 1;
    let rebias = ((127 - bias) as u32) << 23;
    let sub = ops::f32_literal(2f32.powi(1 - bias - mb as i32));
    let special = if sat {
        format!("{x}_m == {mag:#x}u")
    } else {
        format!("{x}_m >= {:#x}u", emax << mb)
    };
    vec![
        format!("let {x}_m = {b} & {mag:#x}u;"),
        format!(
            "let {x} = bitcast<f32>((({b} >> {}u) << 31u) | select(select(bitcast<u32>(f32({x}_m) * {sub}), ({x}_m << {}u) + {rebias:#x}u, {x}_m >= {:#x}u), 0x7f800000u | (({x}_m & {mmask:#x}u) << {}u), {special}));",
            eb + mb,
            23 - mb,
            1u32 << mb,
            23 - mb,
        ),
    ]
}

impl Emitter<'_> {
    /// `dot`: see the module docs. A tf32 `dot` reads its f32 factors rounded to TF32
    /// (`ox_tf32`, the interpreter's rounding in bit arithmetic); their products are then
    /// exact, so even an unfused `fma` gives the interpreter's sums.
    pub fn dot(
        &mut self,
        r: ValueId,
        (a, b, acc): (ValueId, ValueId, ValueId),
        precision: DotPrecision,
        op: &Op,
    ) -> Result<(), CodegenError> {
        // Batched factors (`[nb, m, k] x [nb, k, n]`) are staged as `[nb * m, k]` and
        // `[nb * k, n]`; result row `i` (of `nb * m`) reads `b`'s batch `i / m`.
        let ad = self.a.dims[a.index()].clone();
        let bd = self.a.dims[b.index()].clone();
        let r3 = ad.len() - 2;
        let nb: u64 = ad[..r3].iter().product();
        let (m, k, n) = (ad[r3], ad[r3 + 1], bd[r3 + 1]);
        let t = self.dtype(a);
        let acc_d = self.dtype(acc);
        let tf32 = precision == DotPrecision::Tf32;
        if tf32 {
            if t != DType::F32 || acc_d != DType::F32 {
                return Err(self.unsupported(op, format!("a tf32 dot of {t} factors")));
            }
            self.h.need(Helper::Tf32);
        }
        let signed = t.is_signed_int();
        // One step of K on `xa`, `xb`: `{x}` and `{y}` below.
        let step = match acc_d {
            DType::F32 if t.is_float() => "acc = fma({x}, {y}, acc);".to_string(),
            // The f32 step rounded to f16, as the interpreter's `fma_one` (the products of
            // f16 and fp8 values are exact in f32, so even an unfused `fma` rounds once).
            DType::F16 if matches!(t, DType::F16 | DType::F8E4M3 | DType::F8E5M2) => format!(
                "acc = {};",
                ops::round(DType::F16, "fma({x}, {y}, acc)", &mut self.h)
            ),
            DType::I32 if t.is_int() && signed => "acc = acc + {x} * {y};".to_string(),
            DType::I32 if t.is_int() => {
                "acc = acc + bitcast<i32>({x}) * bitcast<i32>({y});".to_string()
            }
            _ => {
                return Err(self.unsupported(op, format!("dot of {t} into a {acc_d} accumulator")));
            }
        };
        // The staging below packs 32-bit words; 64-bit factors have no accumulator above.
        if [a, b, r].iter().any(|&v| self.reg(v).wide()) {
            return Err(self.unsupported(op, format!("dot of {t} factors into {acc_d}")));
        }

        let (la, lb, lr) = (self.layout(a), self.layout(b), self.layout(r));
        let acc_at = self.at(acc, "c");
        let name = self.declare(r);
        if k == 0 {
            self.line(self.slot_each(0, lr.c, &format!("{name}[c] = {acc_at};")));
            return Ok(());
        }
        let budget = self.scratch_budget();
        let plan = match DotPlan::new((nb, m, k, n), (la, lb), t, !tf32, |w| w <= budget) {
            Ok(plan) => plan,
            Err(words) => {
                self.need_scratch(words, la.n + lb.n, op)?;
                return Err(self.unsupported(op, "not enough workgroup memory"));
            }
        };
        self.need_scratch(plan.words(), la.n + lb.n, op)?;
        let chunked = plan.kc < k;
        if chunked {
            self.line(self.slot_each(0, lr.c, &format!("{name}[c] = {acc_at};")));
        }
        self.prepare_write(Region::Scratch);
        if chunked {
            self.open(format!(
                "for (var k0 = 0u; k0 < {k}u; k0 = k0 + {}u) {{",
                plan.kc
            ));
        }
        self.stage_write(a, &plan.a, plan.kc, chunked);
        self.stage_write(b, &plan.b, plan.kc, chunked);
        self.barrier();

        // Each result element: its accumulator, then `kc` steps of K, `unroll` per turn.
        let kc = plan.kc;
        let unroll = (0..=UNROLL.trailing_zeros())
            .rev()
            .map(|s| 1u64 << s)
            .find(|&u| kc.is_multiple_of(u))
            .unwrap_or(1);
        let ty = self.reg(r).wgsl();
        let init = if chunked {
            format!("{name}[c]")
        } else {
            acc_at
        };
        self.open_lanes(lr);
        self.open(format!("if (e < {}u) {{", lr.n));
        self.line(format!("let i = {};", digit("e", n, None)));
        self.line(format!("let j = {};", digit("e", 1, Some(n))));
        let b_row = if nb > 1 {
            self.line(format!("let bk = {};", times(&digit("i", m, None), k)));
            "(bk + kl)"
        } else {
            "kl"
        };
        self.line(format!("var acc: {ty} = {init};"));
        self.open(format!(
            "for (var kk = 0u; kk < {kc}u; kk = kk + {unroll}u) {{"
        ));
        for u in 0..unroll {
            self.open("{");
            self.line(if u == 0 {
                "let kl = kk;".to_string()
            } else {
                format!("let kl = kk + {u}u;")
            });
            let xa = self.stage_read(t, &plan.a, kc, ("i", "kl"), "xa", tf32);
            let xb = self.stage_read(t, &plan.b, kc, (b_row, "j"), "xb", tf32);
            self.line(step.replace("{x}", &xa).replace("{y}", &xb));
            self.close();
        }
        self.close();
        self.line(format!("{name}[c] = acc;"));
        self.close();
        self.close();
        if chunked {
            // The next chunk overwrites what this one read.
            self.barrier();
            self.close();
        } else {
            self.release(Region::Scratch);
        }
        Ok(())
    }

    /// Writes the elements of factor `v` in the current chunk of K (all of them unless
    /// `chunked`; else those with `k0 <= k < k0 + kc`) to their words: each thread writes
    /// the words whose elements it owns, whole.
    fn stage_write(&mut self, v: ValueId, st: &Stage, kc: u64, chunked: bool) {
        let l = st.layout;
        let reg = self.reg(v);
        let d = self.dtype(v);
        self.open_lanes(l);
        self.line(format!("let rr = {};", digit("e", st.cols, None)));
        self.line(format!("let cc = {};", digit("e", 1, Some(st.cols))));
        let along_k = if st.k_cols { "cc" } else { "rr" };
        let mut cond = Vec::new();
        if !l.full() {
            cond.push(format!("e < {}u", l.n));
        }
        let kl = if chunked {
            // Wraps past `kc` below the chunk.
            self.line(format!("let kl = {along_k} - k0;"));
            cond.push(format!("kl < {kc}u"));
            "kl"
        } else {
            along_k
        };
        let (r, c) = if st.k_cols { ("rr", kl) } else { (kl, "cc") };
        let (word, q) = st.word(kc, r, c);
        let value = match st.pack {
            None => reg.to_word(&self.at(v, "c")),
            Some(pk) => {
                // Only the first element of each word writes it.
                if let Some(q) = q {
                    cond.push(format!("{q} == 0u"));
                }
                let mask = (1u64 << pk.bits()) - 1;
                let mut parts = Vec::new();
                for j in 0..pk.p {
                    let slot = if j == 0 {
                        "c".to_string()
                    } else {
                        format!("c + {}u", j * pk.sigma)
                    };
                    let x = self.at(v, &slot);
                    let bits = format!("({} & {mask:#x}u)", ops::to_bits(d, &x, &mut self.h));
                    parts.push(if j == 0 {
                        bits
                    } else {
                        format!("({bits} << {}u)", j * pk.bits())
                    });
                }
                parts.join(" | ")
            }
        };
        let store = format!("ox_scratch[{word}] = {value};");
        if cond.is_empty() {
            self.line(store);
        } else {
            self.line(format!("if ({}) {{ {store} }}", cond.join(" && ")));
        }
        self.close();
    }

    /// Emits the statements reading chunk-local element `(r, c)` of a factor of dtype `d`
    /// staged as `st`; returns the register expression (`x`, or a TF32 rounding).
    fn stage_read(
        &mut self,
        d: DType,
        st: &Stage,
        kc: u64,
        (r, c): (&str, &str),
        x: &str,
        tf32: bool,
    ) -> String {
        let (word, q) = st.word(kc, r, c);
        let w = format!("ox_scratch[{word}]");
        match (st.pack, q) {
            (Some(pk), Some(q)) => {
                let mask = (1u64 << pk.bits()) - 1;
                self.line(format!(
                    "let {x}_b = ({w} >> ({q} * {}u)) & {mask:#x}u;",
                    pk.bits()
                ));
                for s in decode(d, &format!("{x}_b"), x, &mut self.h) {
                    self.line(s);
                }
                x.to_string()
            }
            _ if tf32 => format!("ox_tf32({w})"),
            _ => Reg::of(d).read_word(&w),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::layout::tests::eval;
    use super::*;

    /// `(word, position)` of chunk-local element `(r, c)`, evaluated on the host.
    fn place(st: &Stage, kc: u64, r: u64, c: u64) -> (u64, u64) {
        let (w, q) = st.word(kc, "R", "C");
        let vars = [("R", r), ("C", c)];
        (eval(&w, &vars), q.map_or(0, |q| eval(&q, &vars)))
    }

    /// Simulates the staging of every chunk of every plan over layouts, shapes (2-D and
    /// batched) and budgets:
    /// each word is written by one thread, from elements it owns in the slots the writer
    /// reads; the reader finds every element where the writer put it; no two elements share
    /// a place and every place is inside the factor's words.
    #[test]
    fn every_word_is_written_whole_by_the_thread_owning_its_elements() {
        let shapes = [(16, 32, 64), (1, 8, 256), (12, 10, 20), (128, 32, 16)];
        // Packings seen: (along rows, stride above 1).
        let mut seen = std::collections::HashSet::new();
        for threads in [64u32, 32] {
            for runs in [false, true] {
                for ((m, n, k), nb) in shapes.into_iter().flat_map(|s| [(s, 1), (s, 3)]) {
                    let la = Layout::of(&[nb, m, k], threads, runs);
                    let lb = Layout::of(&[nb, k, n], threads, runs);
                    for d in [DType::F16, DType::I8] {
                        for budget in [u64::MAX, 300] {
                            let Ok(plan) =
                                DotPlan::new((nb, m, k, n), (la, lb), d, true, |w| w <= budget)
                            else {
                                continue;
                            };
                            for st in [plan.a, plan.b] {
                                if let Some(pk) = st.pack {
                                    seen.insert((pk.rows, pk.s > 1));
                                }
                                check(&st, plan.kc, k);
                            }
                        }
                    }
                }
            }
        }
        assert_eq!(seen.len(), 4, "{seen:?}");
    }

    fn check(st: &Stage, kc: u64, k: u64) {
        let l = st.layout;
        let words = st.words(kc);
        let p = st.pack.map_or(1, |pk| pk.p);
        let what = format!("{st:?}, kc {kc}");
        // Owner and slot of every element (the formula of the `layout` docs).
        let mut home = std::collections::HashMap::new();
        for tid in 0..l.t {
            for c in 0..l.c {
                let e = l.elem_at(c, tid);
                if e < l.n {
                    home.insert(e, (tid, c));
                }
            }
        }
        let (er, ec) = st.chunk(kc);
        // Where the reader looks for each chunk-local element (the same in every chunk).
        let mut places = std::collections::HashMap::new();
        for r in 0..er {
            for c in 0..ec {
                places.insert((r, c), place(st, kc, r, c));
            }
        }
        for k0 in (0..k).step_by(kc as usize) {
            let mut seen = std::collections::HashSet::new();
            for r in 0..er {
                for c in 0..ec {
                    let (gr, gc) = if st.k_cols { (r, k0 + c) } else { (k0 + r, c) };
                    let e = gr * st.cols + gc;
                    let (w, q) = places[&(r, c)];
                    assert!(w >= st.base && w < st.base + words, "{what}: word {w}");
                    assert!(q < p, "{what}: position {q}");
                    assert!(seen.insert((w, q)), "{what}: ({r}, {c}) shares ({w}, {q})");
                    let Some(pk) = st.pack else { continue };
                    if q != 0 {
                        continue;
                    }
                    // The writer: the thread owning `e` writes the word from slots
                    // `c + j * sigma`; element j of the word must be there.
                    let (tid, slot) = home[&e];
                    for j in 0..pk.p {
                        let (mr, mc) = if pk.rows {
                            (r + j * pk.s, c)
                        } else {
                            (r, c + j * pk.s)
                        };
                        let (gmr, gmc) = if st.k_cols {
                            (mr, k0 + mc)
                        } else {
                            (k0 + mr, mc)
                        };
                        let me = gmr * st.cols + gmc;
                        assert_eq!(
                            home.get(&me),
                            Some(&(tid, slot + j * pk.sigma)),
                            "{what}: element {j} of the word of ({r}, {c})"
                        );
                        assert_eq!(places.get(&(mr, mc)), Some(&(w, j)), "{what}: reader");
                    }
                }
            }
            assert_eq!(seen.len() as u64, words * p, "{what}: places");
        }
    }
}
