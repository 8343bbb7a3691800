//! Hopper tensor cores: `dot` with warpgroup MMA (`wgmma.mma_async`, sm_90a), both factors
//! read by the tensor cores straight from shared memory through matrix descriptors, the
//! accumulator in registers. Chosen by [`super::mma::MmaPlan::new`] over `mma.sync` where
//! [`MmaPlan::new`] says so (`super::mma::wgmma_eligible`); everything else about a tensor-core `dot` (staging, pipelining,
//! fragments, row vectors) is shared with the `mma.sync` path through the plan.
//!
//! # Who owns what
//! Four consecutive warps form a warpgroup (warps `4g .. 4g + 3`); warpgroup `g` owns rows
//! `g * WGTM .. (g + 1) * WGTM` of the result (`WGTM = M / (num_warps / 4)`, a multiple of 64)
//! and every column, in `WGTM / 64` instructions of 64 rows (`m64nNk16`, `m64nNk32` for fp8,
//! `m64nNk8` for TF32, N up to 256; wider results take several instructions side by side). Within one instruction warp `w % 4`
//! holds rows `16 (w % 4) ..+ 16`, and lane `l` (`g = l / 4`, `t = l % 4`) the accumulator
//! registers the PTX ISA lays out for `wgmma .m64nNk16` D: register `4j + q` is row
//! `g + 8 (q / 2)`, column `8j + 2t + q % 2` — the `m16n8` fragment of `mma.sync` repeated
//! along N. So the plan's `frag_coord` is the `mma.sync` one with warp tiles of 16 rows per
//! instruction (64 apart), and a row reduction of a `dot` result is a quad shuffle, with no
//! exchange between warps.
//!
//! # Operands in shared memory
//! A is staged K-major (`[M][K]`, rows of K); B K-major (`[N][K]`) when it is the transpose
//! of a tile, else MN-major (`[K][N]`, rows of N, the instruction's `imm-trans-b` = 1), so a
//! row-major B in global memory is copied as it is. Both in the canonical 128/64/32-byte
//! swizzled layouts of the PTX ISA ([`super::mma::SmemLayout::Swizzled`]): rows of at most
//! 128 bytes cut from the tile ("slabs"), 16-byte chunks permuted by the row's position, no
//! padding, bank-conflict free for the tensor cores and for 16-byte stores alike. The staging
//! areas are 1024-byte aligned (the swizzle pattern's period) in a shared-memory window the
//! kernel aligns to 1024 at run time.
//!
//! A descriptor (64 bits: start address / 16, leading and stride byte offsets / 16, swizzle
//! mode) points one instruction at its 64×16 slice of A and its 16×N slice of B:
//! - K-major: start at the row's slab and the k-step's byte in the row (k-steps of 32 bytes
//!   advance inside the 128-byte row, as Triton and CUTLASS do); stride byte offset = 8 rows
//!   (`8 * width`) between 8-row core-matrix groups; the leading byte offset is unused;
//! - MN-major: start at the k-step's row; leading byte offset = one slab (`K * width`)
//!   between 64-element (128-byte) column groups; stride byte offset = 8 rows of K.
//!
//! These are the values Triton 3.6 emits for its `128×128×64` f16 matmul on sm_90a (A: LBO 0,
//! SBO 1024, 128B swizzle, +32 bytes per k-step; B: LBO 8192, SBO 1024, +2048 per k-step).
//!
//! # Order
//! Factors written by ordinary stores are made visible to the tensor cores' (async) proxy by
//! `fence.proxy.async.shared::cta` in each writing thread before the barrier that precedes
//! the products; copies by `cp.async` need the barrier only. `wgmma.fence` orders the
//! accumulator registers' earlier writes before the first instruction; the instructions of
//! one `dot` are one commit group, waited for (`wgmma.wait_group 0`) before anything reads
//! the accumulator or overwrites the factors, and an empty `asm volatile` on every
//! accumulator register after the wait keeps the compiler from reading one earlier. A
//! pipelined loop's in-place accumulation waits one group behind instead (`wait_group 1`,
//! see `pipeline`, "Overlap"). A zero accumulator is not read: the first k-step of each
//! accumulator block has scale-d 0.

use std::collections::BTreeSet;

use super::mma::{MmaKind, MmaPlan, SmemLayout, n_chunk};

/// One instruction variant a kernel uses: operand kind, N, and whether B is MN-major.
/// (`tf32`: `m64nNk8`, fp8: `m64nNk32`, no transpose operands; `s8`/`u8`: `m64nNk32` into
/// `s32` registers.)
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Variant {
    /// `f16`, `bf16`, `e4m3`, `e5m2`, `tf32`, `s8` or `u8`.
    suffix: &'static str,
    /// Columns of the instruction.
    n: u32,
    /// B is MN-major (`imm-trans-b` = 1).
    trans_b: bool,
    /// A comes from registers (four 32-bit words per thread per instruction) rather than
    /// through a descriptor.
    reg_a: bool,
    /// Scale-d 0: the accumulator is not read (D = A·B), so it needs no value before (the
    /// first k-step of a `dot` whose accumulator is zero: no register is zeroed for it).
    zero: bool,
}

impl Variant {
    fn name(&self) -> String {
        format!(
            "ox_wgmma{}_{}_n{}_t{}{}",
            if self.reg_a { "_ra" } else { "" },
            self.suffix,
            self.n,
            u8::from(self.trans_b),
            if self.zero { "_z" } else { "" }
        )
    }
}

/// The instruction variants of a plan (for [`prelude`]); `reg_a`: A from registers;
/// `zero`: the accumulator is zero (its first k-step does not read it).
pub(crate) fn variants(p: &MmaPlan, reg_a: bool, zero: bool) -> Vec<Variant> {
    let nc = n_chunk(p.wtn(), p.kind().esize()).unwrap_or(8);
    let v = Variant {
        suffix: suffix(p.kind()),
        n: nc,
        trans_b: p.b_row_major(),
        reg_a,
        zero: false,
    };
    let mut vs = vec![Variant { zero, ..v }];
    if zero && p.k() > 16 {
        vs.push(v);
    }
    vs
}

/// Where a `dot` on wgmma finds A in registers (see [`a_from_registers`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum RegA {
    /// An f32 fragment array (values exact in the factor dtype): packed two per word here.
    Floats(String),
    /// The same values already packed, two per `u32` (word `j` holds registers `2j`, `2j + 1`).
    Packed(String),
}

/// Whether the `dot` of plan `p` can take its A from the registers of a fragment value of
/// plan `ap` with `a_cols` columns (flash attention's `p`, the result of the first `dot`,
/// rounded to the factor dtype): both on wgmma with the same rows per warpgroup, so that the
/// accumulator registers of the first are the A registers of the second (the PTX ISA's A
/// fragment of `m64nNk16` is the `m16n8k16` one per warp: words `(g, 2t..)`, `(g + 8, 2t..)`,
/// `(g, 2t + 8..)`, `(g + 8, 2t + 8..)` of each 16-column step, which are accumulator
/// registers `8s .. 8s + 8` of step `s`, paired in order; Triton 3.6 packs them the same
/// way for its attention).
pub(crate) fn a_from_registers(p: &MmaPlan, ap: &MmaPlan, a_cols: u32) -> bool {
    p.wg && ap.wg
        && matches!(p.kind(), MmaKind::F16 | MmaKind::BF16)
        && p.m == ap.m
        && p.warps == ap.warps
        && a_cols == p.k()
}

fn suffix(kind: MmaKind) -> &'static str {
    match kind {
        MmaKind::BF16 => "bf16",
        MmaKind::TF32 => "tf32",
        MmaKind::E4M3 => "e4m3",
        MmaKind::E5M2 => "e5m2",
        MmaKind::S8 => "s8",
        MmaKind::U8 => "u8",
        _ => "f16",
    }
}

/// The swizzle width and the descriptor's mode code (128B: 1, 64B: 2, 32B: 3).
fn width(l: SmemLayout) -> (u32, u64) {
    match l {
        SmemLayout::Swizzled { width, .. } => (
            width,
            match width {
                128 => 1,
                64 => 2,
                _ => 3,
            },
        ),
        SmemLayout::Pitched { .. } => (128, 1),
    }
}

/// The constant (high) part of a descriptor: leading and stride byte offsets and swizzle.
fn desc_hi(lbo: u32, sbo: u32, mode: u64) -> u64 {
    (u64::from(lbo >> 4) << 16) | (u64::from(sbo >> 4) << 32) | (mode << 62)
}

/// One `wgmma` instruction of a `dot`: byte offsets of its A and B slices from the
/// warpgroup's A base and from B, and its first accumulator register.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Inst {
    a_off: u32,
    b_off: u32,
    reg: u32,
    /// The instruction's k-step (rows of K `16 * ks ..`), first row of the warpgroup's rows
    /// and first column.
    ks: u32,
    row: u32,
    col: u32,
}

/// The constant parts of the A and B descriptors of a plan.
fn descs(p: &MmaPlan) -> (u64, u64) {
    let (aw, amode) = width(p.a_layout());
    let (bw, bmode) = width(p.b_layout());
    let ahi = desc_hi(0, 8 * aw, amode);
    let bhi = if p.b_row_major() {
        desc_hi(p.k() * bw, 8 * bw, bmode)
    } else {
        desc_hi(0, 8 * bw, bmode)
    };
    (ahi, bhi)
}

/// Bytes of the A rows of warpgroup 1 past those of warpgroup 0.
fn wg_a_stride(p: &MmaPlan) -> u32 {
    4 * p.wtm() * width(p.a_layout()).0
}

/// A plan's instructions, k-step by k-step (see the module docs).
fn instructions(p: &MmaPlan) -> Vec<Inst> {
    let es = p.kind().esize();
    let (m, n, k) = (p.m, p.wtn(), p.k());
    let aw = width(p.a_layout()).0;
    let bw = width(p.b_layout()).0;
    let nc = n_chunk(n, es).unwrap_or(n);
    let mut v = Vec::new();
    // Row block by row block, k-step by k-step: each accumulator's chain of instructions
    // back to back (as Triton orders them).
    // A k-step is 32 bytes of a row: 16 elements of f16/bf16, 32 of fp8, 8 of TF32.
    let kstep = p.kind().kstep();
    for i in 0..p.mt() {
        for ks in 0..k / kstep {
            let kb = ks * kstep * es;
            let a_k = (kb / aw) * (m * aw) + kb % aw;
            for c in 0..n / nc {
                let b_off = if p.b_row_major() {
                    ((c * nc * es) / bw) * (k * bw) + ks * kstep * bw
                } else {
                    (kb / bw) * (n * bw) + c * nc * bw + kb % bw
                };
                v.push(Inst {
                    a_off: a_k + i * 64 * aw,
                    b_off,
                    reg: i * n / 2 + c * nc / 2,
                    ks,
                    row: i * 64,
                    col: c * nc,
                });
            }
        }
    }
    v
}

/// Appends the statements of `frag += A·B` on `wgmma` (see the module docs): `a_smem`,
/// `b_smem` point at the staged factors (the plan's layouts), `frag` is the accumulator
/// array of thread `tid`. All threads of the block run it.
///
/// `reg_a`: A is instead the fragment array of that name (f32 values exact in the factor
/// dtype, in the layout of a plan with this one's rows and `K` columns, see
/// [`a_from_registers`]), packed two per word as the instructions take them.
///
/// `zero`: the accumulator is zero, and `frag` holds nothing yet: the first k-step of each
/// accumulator block does not read it (scale-d 0), which writes every register of `frag`.
///
/// `deferred`: the products stay in flight (`wgmma.wait_group 1`: the previous group is
/// retired instead), and nothing may touch `frag` until a later wait (see `pipeline`,
/// "Overlap").
#[allow(clippy::too_many_arguments)]
pub(crate) fn emit(
    p: &MmaPlan,
    out: &mut String,
    frag: &str,
    a_smem: &str,
    b_smem: &str,
    tid: &str,
    reg_a: Option<&RegA>,
    zero: bool,
    deferred: bool,
) {
    let (ahi, bhi) = descs(p);
    let vs = variants(p, reg_a.is_some(), zero);
    let (first, rest) = (vs[0].name(), vs[vs.len() - 1].name());
    let mut w = |s: String| {
        out.push_str(&s);
        out.push('\n');
    };
    w("{".into());
    // The descriptors of the first slices; the others add their offsets / 16 to the
    // address field (shared addresses stay below 2^18, so the 14-bit field never carries).
    if reg_a.is_none() {
        w(format!(
            "const u64 ox_wg_da = ox_wg_desc(ox_smem_u32({a_smem}) + ox_wg_index((u32)({tid})) * {}u, {ahi}ull);",
            wg_a_stride(p)
        ));
    }
    w(format!(
        "const u64 ox_wg_db = ox_wg_desc(ox_smem_u32({b_smem}), {bhi}ull);"
    ));
    let pack = |x: &RegA, r: u32| -> String {
        match x {
            RegA::Packed(h) => format!("{h}[{}]", r / 2),
            RegA::Floats(x) => {
                let (lo, hi) = (format!("{x}[{r}]"), format!("{x}[{}]", r + 1));
                if p.kind() == MmaKind::BF16 {
                    format!(
                        "((__float_as_uint({lo}) >> 16) | (__float_as_uint({hi}) & 0xffff0000u))"
                    )
                } else {
                    format!("ox_cvt_f16x2_f32({lo}, {hi})")
                }
            }
        }
    };
    let insts = instructions(p);
    if let Some(src) = reg_a {
        // Every A word before the fence, so that no instruction waits on one being written
        // (ptxas serializes a wgmma whose registers are defined after the last fence).
        let words: Vec<String> = insts
            .iter()
            .filter(|x| x.col == 0)
            .flat_map(|x| {
                // Step `ks` of row block `i`: registers `i * K / 2 + 8 ks ..+ 8`, in pairs.
                let base = (x.row / 64) * (p.k() / 2) + 8 * x.ks;
                (0..4).map(move |q| (base, q))
            })
            .map(|(base, q)| pack(src, base + 2 * q))
            .collect();
        w(format!(
            "const u32 ox_wg_ra[{}] = {{{}}};",
            words.len(),
            words.join(", ")
        ));
    }
    w("ox_wgmma_fence();".into());
    for x in &insts {
        let a = match reg_a {
            Some(_) => {
                let w0 = ((x.row / 64) * (p.k() / 16) + x.ks) * 4;
                (0..4)
                    .map(|q| format!("ox_wg_ra[{}]", w0 + q))
                    .collect::<Vec<_>>()
                    .join(", ")
            }
            None => format!("ox_wg_da + {}ull", x.a_off >> 4),
        };
        let v = if x.ks == 0 { &first } else { &rest };
        w(format!(
            "{v}(&{frag}[{}], {a}, ox_wg_db + {}ull);",
            x.reg,
            x.b_off >> 4
        ));
    }
    w("ox_wgmma_commit();".into());
    if deferred {
        w("ox_wgmma_wait<1>();".into());
    } else {
        w("ox_wgmma_wait<0>();".into());
        w(format!(
            "#pragma unroll\nfor (int ox_r = 0; ox_r < {}; ++ox_r) ox_wgmma_hold({frag}[ox_r]);",
            p.frag_len()
        ));
    }
    w("}".into());
}

/// The prelude of a kernel using `wgmma`: the swizzle and descriptor helpers, the fences,
/// and one wrapper per instruction variant (inline PTX on the GPU; the emulator's model under
/// `OX_EMU`).
pub(crate) fn prelude(used: &BTreeSet<Variant>) -> String {
    let mut s = String::from(WGMMA_PRELUDE);
    for v in used {
        let regs = v.n / 2;
        let list: Vec<String> = (0..regs).map(|r| format!("%{r}")).collect();
        // 8-bit integers accumulate into s32 registers ("r"), everything else into f32.
        let int = matches!(v.suffix, "s8" | "u8");
        let (cty, reg, dty) = if int {
            ("i32", 'r', "s32")
        } else {
            ("f32", 'f', "f32")
        };
        // Scale-d 0 writes the accumulator without reading it.
        let (io, scale) = if v.zero { ('=', 0) } else { ('+', 1) };
        let outs: Vec<String> = (0..regs)
            .map(|r| format!("\"{io}{reg}\"(d[{r}])"))
            .collect();
        let zero = if v.zero { ", true" } else { "" };
        let name = v.name();
        let (n, t, tb) = (v.n, v.suffix, u8::from(v.trans_b));
        let (ty, tbb) = (v.suffix.to_uppercase(), v.trans_b);
        let (list, outs) = (list.join(", "), outs.join(", "));
        if v.reg_a {
            let (a0, a1, a2, a3) = (regs, regs + 1, regs + 2, regs + 3);
            let (b, s2) = (regs + 4, regs + 5);
            s.push_str(&format!(
                "#ifndef OX_EMU\nOX_INLINE void {name}(f32* d, u32 a0, u32 a1, u32 a2, u32 a3, u64 b) {{\n    asm volatile(\"{{\\n.reg .pred p;\\nsetp.ne.b32 p, %{s2}, 0;\\n\"\n        \"wgmma.mma_async.sync.aligned.m64n{n}k16.f32.{t}.{t} {{{list}}}, {{%{a0}, %{a1}, %{a2}, %{a3}}}, %{b}, p, 1, 1, {tb};\\n}}\\n\"\n        : {outs}\n        : \"r\"(a0), \"r\"(a1), \"r\"(a2), \"r\"(a3), \"l\"(b), \"r\"({scale}));\n}}\n#else\nOX_INLINE void {name}(f32* d, u32 a0, u32 a1, u32 a2, u32 a3, u64 b) {{\n    const u32 a[4] = {{a0, a1, a2, a3}};\n    oxemu::wgmma_ra(d, {n}u, a, b, oxemu::{ty}, {tbb}{zero});\n}}\n#endif\n",
            ));
            continue;
        }
        let (a, b, s2) = (regs, regs + 1, regs + 2);
        // The k of one instruction (32 bytes of a row) and the operands after scale-d: input
        // scales for floats, transposes for 16-bit factors only (TF32 and 8-bit factors are
        // both K-major), nothing more for integers.
        let (kk, tail) = match v.suffix {
            "tf32" => ("k8", String::from(", 1, 1")),
            "e4m3" | "e5m2" => ("k32", String::from(", 1, 1")),
            "s8" | "u8" => ("k32", String::new()),
            _ => ("k16", format!(", 1, 1, 0, {tb}")),
        };
        let emu = if int {
            format!("oxemu::wgmma_int(d, {n}u, a, b, oxemu::{ty}{zero})")
        } else {
            format!("oxemu::wgmma(d, {n}u, a, b, oxemu::{ty}, false, {tbb}{zero})")
        };
        s.push_str(&format!(
            "#ifndef OX_EMU\nOX_INLINE void {name}({cty}* d, u64 a, u64 b) {{\n    asm volatile(\"{{\\n.reg .pred p;\\nsetp.ne.b32 p, %{s2}, 0;\\n\"\n        \"wgmma.mma_async.sync.aligned.m64n{n}{kk}.{dty}.{t}.{t} {{{list}}}, %{a}, %{b}, p{tail};\\n}}\\n\"\n        : {outs}\n        : \"l\"(a), \"l\"(b), \"r\"({scale}));\n}}\n#else\nOX_INLINE void {name}({cty}* d, u64 a, u64 b) {{ {emu}; }}\n#endif\n",
        ));
    }
    s
}

/// Helpers of every kernel using `wgmma` (see [`prelude`]).
const WGMMA_PRELUDE: &str = r#"
// wgmma's swizzled staging layouts (SmemLayout::Swizzled): the element index of (r, c) in an
// area of R rows whose bytes are cut in slabs W bytes wide, 16-byte chunks XOR-permuted.
template <u32 ES, u32 W, u32 R> OX_INLINE u32 ox_swz(u32 r, u32 c) {
    const u32 b = c * ES;
    return ((b / W) * (R * W) + r * W +
            ((((b % W) >> 4) ^ ((r / (128u / W)) & (W / 16u - 1u))) << 4) + (b & 15u)) / ES;
}
// A matrix descriptor: the constant fields `hi` and the start address / 16.
OX_INLINE u64 ox_wg_desc(u32 addr, u64 hi) { return hi | (u64)((addr >> 4) & 0x3fffu); }
#ifndef OX_EMU
// The thread's warpgroup, read from lane 0 so that ptxas knows it is the same across the
// warp and keeps the descriptors built from it in uniform registers (as Triton does).
OX_INLINE u32 ox_wg_index(u32 tid) { return __shfl_sync(0xffffffffu, tid >> 7, 0); }
OX_INLINE void ox_wgmma_fence() { asm volatile("wgmma.fence.sync.aligned;" ::: "memory"); }
OX_INLINE void ox_wgmma_commit() { asm volatile("wgmma.commit_group.sync.aligned;" ::: "memory"); }
template <int N> OX_INLINE void ox_wgmma_wait() {
    asm volatile("wgmma.wait_group.sync.aligned %0;" :: "n"(N) : "memory");
}
// Ordinary shared-memory stores made visible to the tensor cores (the async proxy).
OX_INLINE void ox_fence_proxy_async() { asm volatile("fence.proxy.async.shared::cta;" ::: "memory"); }
// Keeps the compiler from moving a read of an accumulator register above the wait.
OX_INLINE void ox_wgmma_hold(f32& x) { asm volatile("" : "+f"(x) :: "memory"); }
OX_INLINE void ox_wgmma_hold(i32& x) { asm volatile("" : "+r"(x) :: "memory"); }
#else
OX_INLINE u32 ox_wg_index(u32 tid) { return tid >> 7; }
#endif
"#;

#[cfg(test)]
mod tests {
    use super::super::mma::wgmma_eligible as eligible;
    use super::*;
    use std::collections::HashSet;

    /// The hardware's reading of a descriptor, as the PTX ISA describes it (and as the
    /// emulator models it, `oxemu::wg_addr`): the byte address of element (`mn`, `k`) of a
    /// K-major or MN-major operand slice.
    fn hw_addr(desc: u64, mn_major: bool, mn: u32, k: u32, es: u32) -> u32 {
        let start = ((desc & 0x3fff) as u32) << 4;
        let lbo = (((desc >> 16) & 0x3fff) as u32) << 4;
        let sbo = (((desc >> 32) & 0x3fff) as u32) << 4;
        let w = match desc >> 62 {
            1 => 128,
            2 => 64,
            3 => 32,
            _ => panic!("no swizzle"),
        };
        let a = if mn_major {
            start + (mn * es / w) * lbo + (k / 8) * sbo + (k % 8) * w + (mn * es) % w
        } else {
            assert!(k * es < w, "a K-major slice wider than its swizzle");
            start + (mn / 8) * sbo + (mn % 8) * w + k * es
        };
        a ^ (((a >> 7) & (w / 16 - 1)) << 4)
    }

    /// Shapes (m, n, k, warps, B transposed) on wgmma.
    const SHAPES: &[(u32, u32, u32, u32, bool)] = &[
        (64, 16, 16, 4, false),
        (64, 32, 32, 4, true),
        (64, 64, 64, 4, false),
        (128, 128, 64, 4, false),
        (128, 128, 64, 8, true),
        (128, 256, 64, 8, false),
        (128, 64, 128, 8, false),
        (256, 128, 32, 8, false),
        (64, 512, 16, 4, false),
        (64, 48, 48, 4, false),
        (128, 96, 16, 4, true),
    ];

    fn plan(m: u32, n: u32, k: u32, w: u32, t: bool) -> MmaPlan {
        plan_of(MmaKind::F16, m, n, k, w, t)
    }

    fn plan_of(kind: MmaKind, m: u32, n: u32, k: u32, w: u32, t: bool) -> MmaPlan {
        let p = MmaPlan::new(m, n, k, kind, w, 90)
            .unwrap_or_else(|| panic!("{m}x{n}x{k} w{w} eligible"));
        assert!(p.wg, "{m}x{n}x{k} w{w} on wgmma");
        if t { p.with_b_trans() } else { p }
    }

    /// Every element every instruction reads through its descriptors is the element the
    /// staging code put there (`SmemLayout::index_value`), for both warpgroups' rows, every
    /// k-step and column chunk: the descriptors and the staging layouts agree.
    #[test]
    fn descriptors_read_what_the_staging_layouts_wrote() {
        // f16 at every shape (B either way), then TF32 (k8, B K-major: staged transposed).
        let tf32 = [
            (64, 64, 16, 4),
            (128, 128, 32, 8),
            (64, 256, 32, 4),
            (128, 64, 8, 8),
            (64, 16, 8, 4),
        ];
        // fp8 (k32, B K-major: staged transposed), rows of 32, 64 and 128 bytes.
        let fp8 = [
            (64, 64, 32, 4),
            (128, 128, 64, 8),
            (64, 256, 128, 4),
            (128, 64, 32, 8),
            (64, 32, 96, 4),
        ];
        let cases = SHAPES
            .iter()
            .map(|&(m, n, k, w, t)| (MmaKind::F16, m, n, k, w, t))
            .chain(tf32.map(|(m, n, k, w)| (MmaKind::TF32, m, n, k, w, false)))
            .chain(fp8.map(|(m, n, k, w)| (MmaKind::E4M3, m, n, k, w, false)));
        for (kind, m, n, k, w, t) in cases {
            let p = plan_of(kind, m, n, k, w, t);
            let (ahi, bhi) = descs(&p);
            let (al, bl) = (p.a_layout(), p.b_layout());
            let es = kind.esize();
            let kstep = kind.kstep();
            let nc = variants(&p, false, false)[0].n;
            for g in 0..w / 4 {
                for x in instructions(&p) {
                    assert!(x.a_off % 16 == 0 && x.b_off % 16 == 0, "{x:?}");
                    // As emitted: the first slices' descriptors plus the offsets / 16.
                    let da =
                        (ahi | u64::from((g * wg_a_stride(&p)) >> 4)) + u64::from(x.a_off >> 4);
                    let db = bhi + u64::from(x.b_off >> 4);
                    for kk in 0..kstep {
                        let kg = kstep * x.ks + kk;
                        for r in 0..64 {
                            let row = g * 4 * p.wtm() + x.row + r;
                            let want = al.index_value(row, kg) * es;
                            let got = hw_addr(da, false, r, kk, es);
                            assert_eq!(got, want, "{m}x{n}x{k} w{w}: A ({row}, {kg})");
                        }
                        for c in 0..nc {
                            let col = x.col + c;
                            let want = if p.b_row_major() {
                                bl.index_value(kg, col) * es
                            } else {
                                bl.index_value(col, kg) * es
                            };
                            let got = hw_addr(db, p.b_row_major(), c, kk, es);
                            assert_eq!(got, want, "{m}x{n}x{k} t{t}: B ({kg}, {col})");
                        }
                    }
                }
            }
            // Each instruction's accumulator registers are its own columns of its rows.
            let mut regs = HashSet::new();
            for x in instructions(&p).iter().filter(|x| x.ks == 0) {
                for r in 0..nc / 2 {
                    assert!(regs.insert(x.reg + r), "register {} twice", x.reg + r);
                    let (row, col) = p.frag_coord_value(0, x.reg + r);
                    assert_eq!(row, x.row + 8 * ((r / 2) % 2), "register {}", x.reg + r);
                    assert_eq!(col, x.col + 8 * (r / 4) + r % 2, "register {}", x.reg + r);
                }
            }
            assert_eq!(regs.len() as u32, p.frag_len());
        }
    }

    /// The swizzled layouts are a bijection onto their area (no element lost or doubled,
    /// nothing outside), and keep 16-byte chunks contiguous.
    #[test]
    fn swizzled_layouts_are_bijections_with_whole_chunks() {
        for (rows, cols) in [(64, 64), (64, 16), (128, 32), (16, 128), (64, 48), (8, 256)] {
            let l = SmemLayout::swizzled(rows, cols, 2);
            let mut seen = HashSet::new();
            for r in 0..rows {
                for c in 0..cols {
                    let i = l.index_value(r, c);
                    assert!(i < rows * cols, "{rows}x{cols}: ({r}, {c}) at {i}");
                    assert!(seen.insert(i), "{rows}x{cols}: {i} twice");
                    if c % 8 != 0 {
                        assert_eq!(i, l.index_value(r, c - 1) + 1, "chunk split");
                    }
                }
            }
        }
    }

    /// With A from registers, word `r` (half `h`) of a thread for the instruction of step
    /// `ks` and row block `i` is the accumulator register of the first `dot` that holds the
    /// element the PTX ISA's A fragment puts there: row `64 i + 16 (w % 4) + g + 8 (r % 2)`,
    /// column `16 ks + 2 t + 8 (r / 2) + h`.
    #[test]
    fn registers_of_the_first_dot_are_the_a_fragment_of_the_second() {
        for (m, n, k, w) in [
            (128, 64, 64, 4),
            (128, 128, 128, 8),
            (64, 32, 16, 4),
            (256, 64, 32, 8),
        ] {
            // `p = dot(q, trans(k))`: M x K; then `dot(p, v)`: M x N with K = p's columns.
            let first = plan(m, k, 64, w, true);
            let second = plan(m, n, k, w, false);
            assert!(a_from_registers(&second, &first, k));
            for tid in 0..32 * w {
                let (wi, g, t) = ((tid / 32) % 4, (tid % 32) / 4, tid % 4);
                let rows0 = (tid / 128) * 4 * second.wtm();
                for x in instructions(&second) {
                    let base = (x.row / 64) * (k / 2) + 8 * x.ks;
                    for r in 0..4 {
                        for h in 0..2 {
                            let want = (
                                rows0 + x.row + 16 * wi + g + 8 * (r % 2),
                                16 * x.ks + 2 * t + 8 * (r / 2) + h,
                            );
                            let got = first.frag_coord_value(tid, base + 2 * r + h);
                            assert_eq!(got, want, "{m}x{n}x{k} w{w} tid {tid} {x:?} word {r}");
                        }
                    }
                }
            }
        }
        // Different rows per warpgroup: staged through shared memory instead.
        let (a, b) = (plan(128, 64, 64, 8, true), plan(128, 64, 64, 4, false));
        assert!(!a_from_registers(&b, &a, 64));
    }

    #[test]
    fn eligibility() {
        assert!(eligible(128, 256, 64, MmaKind::F16, 8, 90));
        assert!(eligible(64, 64, 16, MmaKind::BF16, 4, 90));
        // TF32 in k-steps of 8; K a multiple of 8.
        assert!(eligible(64, 64, 8, MmaKind::TF32, 4, 90));
        assert!(eligible(64, 16, 8, MmaKind::TF32, 4, 90));
        assert!(!eligible(64, 64, 4, MmaKind::TF32, 4, 90));
        // fp8 and 8-bit integers in k-steps of 32.
        assert!(eligible(128, 128, 64, MmaKind::E4M3, 4, 90));
        assert!(eligible(64, 64, 32, MmaKind::E5M2, 4, 90));
        assert!(!eligible(64, 64, 16, MmaKind::E4M3, 4, 90));
        assert!(eligible(128, 128, 64, MmaKind::S8, 4, 90));
        assert!(eligible(64, 64, 32, MmaKind::U8, 4, 90));
        // sm_80 and sm_100 have no wgmma.
        assert!(!eligible(128, 128, 64, MmaKind::F16, 4, 80));
        assert!(!eligible(128, 128, 64, MmaKind::F16, 4, 100));
        assert!(!eligible(128, 128, 64, MmaKind::S8, 4, 80));
        // Whole warpgroups, 64 rows each; N a multiple of 16.
        assert!(!eligible(64, 64, 16, MmaKind::F16, 2, 90));
        assert!(!eligible(64, 64, 16, MmaKind::F16, 8, 90));
        assert!(!eligible(64, 40, 16, MmaKind::F16, 4, 90));
    }
}
