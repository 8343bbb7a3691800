//! Tensor-core matrix products with `mma.sync` (sm_80+): `C[M][N] += A[M][K] · B[K][N]` with
//! f16 or bf16 operands and an f32 accumulator (also 8-bit operands, see [`MmaKind`], and
//! f32 operands rounded to TF32 for a `dot` of [`DotPrecision::Tf32`]), for one thread block
//! of `num_warps` warps.
//!
//! On sm_90a the plans of f16/bf16 shapes that [`wgmma_eligible`] accepts run on
//! Hopper's `wgmma` instead ([`MmaPlan::wg`]): the same accumulator layout (each warp's
//! rows in 16-row runs, here 64 apart), the factors staged in the swizzled layouts of
//! [`SmemLayout::Swizzled`] rather than at the pitches below, and no `ldmatrix`.
//!
//! The instructions (`ldmatrix`, `mma.sync`) are inline PTX because NVRTC compiles with no
//! headers (no `mma.h`, no `cuda_fp16.h`); they are wrapped in the prelude functions of
//! [`super::math::MMA_PRELUDE`] (`ox_ldsm_x4`, `ox_mma_f16`, ...), which the tests' CPU
//! emulation defines with the PTX ISA's semantics instead.
//!
//! # Operands in shared memory
//! The caller stages A (`[M][K]`, row-major) and B (`[K][N]`, row-major) as 16-bit patterns
//! (`unsigned short`) with the row pitches [`MmaPlan::a_pitch`] and [`MmaPlan::b_pitch`]; B
//! starts [`MmaPlan::a_bytes`] bytes after A. 8-bit and TF32 operands are staged the same way
//! as bytes or 32-bit words, B transposed (`[N][K]`, see [`MmaPlan::b_row_major`]). A pitch is a multiple of 8 elements (rows
//! 16-byte aligned, as `ldmatrix` needs) whose count of 16-byte units is odd, so the eight
//! row addresses of one 8×8 `ldmatrix` matrix fall in eight distinct 16-byte bank groups:
//! loads are free of bank conflicts. (`K + 8` for A since `K % 16 == 0`; `N` or `N + 8` for
//! B, whichever has an odd count of 16-byte units.)
//!
//! # Who owns what (the fragment layout)
//! The M×N accumulator is cut into a `wm × wn` grid of warp tiles (`wm * wn = num_warps`),
//! each `WTM = M / wm` rows by `WTN = N / wn` columns; warp `w = tid / 32` owns the warp tile
//! at grid row `w % wm`, grid column `w / wm` (warps run along M first). The grid is chosen
//! to need the fewest `ldmatrix` per k-step, i.e. warp tiles as square as possible (fewest
//! bytes read from shared memory per `mma`), with `WTM % 16 == 0` and `WTN % 8 == 0`; when no
//! such grid exists, [`MmaPlan::new`] says `None`, so every warp gets the same work and every
//! accumulator element is owned by exactly one thread (no idle or duplicate owners).
//!
//! A warp tile is `MT = WTM / 16` by `NT = WTN / 8` mma tiles of 16×8; within each, lane `l`
//! (`g = l / 4`, `t = l % 4`) holds the four f32 of the `m16n8` C fragment, as the PTX ISA
//! lays it out: `(g, 2t)`, `(g, 2t + 1)`, `(g + 8, 2t)`, `(g + 8, 2t + 1)`. Fragment register
//! `r` of a thread is register `q = r % 4` of mma tile `(i, j) = ((r / 4) / NT, (r / 4) % NT)`:
//!
//! ```text
//! row = (w % wm) * WTM + i * 16 + g + 8 * (q / 2)
//! col = (w / wm) * WTN + j * 8 + 2 * t + q % 2
//! ```
//!
//! so [`MmaPlan::frag_len`] is `4 * MT * NT` = `M * N / (32 * num_warps)`, the same for every
//! thread, and `(tid, r) -> (row, col)` is a bijection onto the M×N elements.
//!
//! # The product
//! Per k-step of 16 (32 for 8-bit operands, 8 for TF32: always 32 bytes of a row), each warp
//! loads its B fragments (`NT / 2` × `ldmatrix.x4.trans`, each
//! two 16×8 column-operand tiles; an `.x2.trans` for an odd last one), then for each of its
//! `MT` row tiles one A fragment (`ldmatrix.x4`, row-major 16×16) and the `NT`
//! `mma.sync.m16n8k16` of that row. `ldmatrix` lane `l` points at row `l % 16`, column block
//! `l / 16` of the 16×16 block: for A that gives the `a0..a3` order of the `m16n8k16` A
//! fragment; for B (rows = k, columns = n, transposed on load) it gives `b0, b1` of column
//! tile `2j` then `b0, b1` of tile `2j + 1`.
//!
//! The same `ldmatrix` addressing serves 8-bit and TF32 operands: an 8×8 matrix of 16-bit
//! elements is an 8×16 matrix of bytes or an 8×4 matrix of 32-bit words, and lane `l` receives
//! the 32-bit word at row `l / 4`, word `l % 4` of each. For `m16n8k8.tf32` (PTX ISA, "Matrix
//! Fragments for mma.m16n8k8", `g = l / 4`, `t = l % 4`) `a0..a3` are A at `(g, t)`,
//! `(g + 8, t)`, `(g, t + 4)`, `(g + 8, t + 4)`, which is what the four matrices of A's
//! `ldmatrix.x4` (rows 0-7 and 8-15 of k-words 0-3, then of k-words 4-7) give; `b0, b1` are B
//! at `(k, n) = (t, g)` and `(t + 4, g)`, what B^T's matrices (n 0-7 of k-words 0-3, then
//! 4-7) give. TF32 operands are the f32 factors rounded with `cvt.rna.tf32.f32` when they are
//! staged, so that the product is the interpreter's (the instruction itself would ignore the
//! low 13 bits, i.e. truncate).
//!
//! The k loop is unrolled fully when the accumulator plus two k-steps of operand fragments
//! fit in about 128 registers (so the next step's loads overlap this step's products), else
//! not at all: a 64×64 warp tile (128×128 on 4 warps) then uses 164 registers instead of
//! spilling at 255. Measured on an H100 (f16, operands resident in shared memory, 4 blocks
//! per SM, `mma_throughput_on_gpu`): 128×128×32 on 4 warps 504 TFLOP/s (580 when fully
//! unrolled, with 120 bytes of spills in the test kernel), on 8 warps 532; 128×128×64 on 4
//! warps 548; 64×64×32 on 4 warps 439.

use kernel_core::DType;
use kernel_core::ir::DotPrecision;

/// A tensor-core plan for one `dot` shape on one block shape (see the module docs).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct MmaPlan {
    /// Rows of the result.
    pub(crate) m: u32,
    n: u32,
    k: u32,
    kind: MmaKind,
    /// B is staged transposed, `[N][K]` (see [`MmaPlan::b_row_major`]).
    b_trans: bool,
    /// Warps of the block.
    pub(crate) warps: u32,
    /// Warps along M (the warp grid is `wm × warps / wm`).
    pub(crate) wm: u32,
    /// Hopper warpgroup MMA (`wgmma`, sm_90a; see [`super::wgmma`]): every warp is on M
    /// (`wm == warps`), four consecutive warps form a warpgroup that owns `M / (warps / 4)`
    /// rows in instructions of 64, and the operands are staged in wgmma's swizzled layouts.
    pub(crate) wg: bool,
}

/// The operand type of a tensor-core product and what follows from it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum MmaKind {
    /// f16 operands, f32 accumulator (`m16n8k16`).
    F16,
    /// bf16 operands, f32 accumulator (`m16n8k16`).
    BF16,
    /// i8 operands, i32 accumulator (`m16n8k32`, wrapping).
    S8,
    /// u8 operands, i32 accumulator (`m16n8k32`, wrapping).
    U8,
    /// fp8 E4M3 operands, f32 accumulator (`m16n8k32`, sm_89+).
    E4M3,
    /// fp8 E5M2 operands, f32 accumulator (`m16n8k32`, sm_89+).
    E5M2,
    /// f32 operands rounded to TF32, f32 accumulator (`m16n8k8`): a `dot` of
    /// [`DotPrecision::Tf32`] only, since TF32 products are not the exact f32 products of an
    /// IEEE `dot`.
    TF32,
}

impl MmaKind {
    /// The kind of a `dot` of operand dtype `d` and `precision` into an accumulator of `acc`,
    /// if tensor cores take it. An f16 accumulator of f16 or fp8 factors runs as the f32 one
    /// does, rounded to f16 after each `dot` (see `Emitter::dot_mma_staged`): within the
    /// bound the IR gives f16 accumulation, and in the fragments' f32 registers either way.
    pub fn of(d: DType, acc: DType, precision: DotPrecision) -> Option<MmaKind> {
        let acc = match (d, acc) {
            (DType::F16 | DType::F8E4M3 | DType::F8E5M2, DType::F16) => DType::F32,
            _ => acc,
        };
        if precision == DotPrecision::Tf32 {
            return (d == DType::F32 && acc == DType::F32).then_some(MmaKind::TF32);
        }
        Some(match (d, acc) {
            (DType::F16, DType::F32) => MmaKind::F16,
            (DType::BF16, DType::F32) => MmaKind::BF16,
            (DType::I8, DType::I32) => MmaKind::S8,
            (DType::U8, DType::I32) => MmaKind::U8,
            (DType::F8E4M3, DType::F32) => MmaKind::E4M3,
            (DType::F8E5M2, DType::F32) => MmaKind::E5M2,
            _ => return None,
        })
    }

    /// Bytes per operand element.
    pub fn esize(self) -> u32 {
        match self {
            MmaKind::F16 | MmaKind::BF16 => 2,
            MmaKind::TF32 => 4,
            _ => 1,
        }
    }

    /// The k of one `mma` (32 bytes of a row).
    pub(crate) fn kstep(self) -> u32 {
        32 / self.esize()
    }

    /// The oldest architecture with this `mma.sync`.
    pub(crate) fn min_arch(self) -> u32 {
        match self {
            MmaKind::E4M3 | MmaKind::E5M2 => 89,
            _ => 80,
        }
    }

    /// The accumulator's C type.
    pub fn acc_ty(self) -> &'static str {
        match self {
            MmaKind::S8 | MmaKind::U8 => "i32",
            _ => "f32",
        }
    }

    /// The prelude's `ox_mma_*` function of one m16n8 tile.
    pub(crate) fn mma_fn(self) -> String {
        format!("ox_mma_{}", self.suffix())
    }

    /// The suffix of the prelude's `ox_mma_*` function.
    fn suffix(self) -> &'static str {
        match self {
            MmaKind::F16 => "f16",
            MmaKind::BF16 => "bf16",
            MmaKind::S8 => "s8",
            MmaKind::U8 => "u8",
            MmaKind::E4M3 => "e4m3",
            MmaKind::E5M2 => "e5m2",
            MmaKind::TF32 => "tf32",
        }
    }

    /// B can be staged `[K][N]` and loaded with `ldmatrix.trans` (16-bit elements); 8-bit and
    /// 32-bit B must be staged transposed (`ldmatrix` transposes 16-bit elements only).
    fn b_can_be_row_major(self) -> bool {
        self.esize() == 2
    }
}

/// How a `dot` factor is laid out in its shared-memory staging area.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum SmemLayout {
    /// Row-major with this row pitch in elements (`ldmatrix`'s conflict-free pitches).
    Pitched {
        /// Elements from one row to the next.
        pitch: u32,
    },
    /// wgmma's canonical swizzled layout (see `wgmma`): `rows` rows whose bytes are cut into
    /// slabs `width` bytes wide (32, 64 or 128); slab `s` holds every row's bytes
    /// `s * width ..` at `s * rows * width + row * width`, and within each 1024-byte (for
    /// 128) block the 16-byte chunks of a row are permuted by XOR with the row's position
    /// (the hardware's 128B/64B/32B swizzle of address bits 4-6 by bits 7-9).
    Swizzled {
        /// Rows of the staged tile (a multiple of 8).
        rows: u32,
        /// Bytes of a row per slab: 128, 64 or 32.
        width: u32,
        /// Bytes per element.
        esize: u32,
    },
}

impl SmemLayout {
    /// The swizzled layout of `rows` rows of `cols` elements of `esize` bytes: the widest
    /// swizzle that divides a row (`cols * esize` a multiple of 32).
    pub fn swizzled(rows: u32, cols: u32, esize: u32) -> SmemLayout {
        let bytes = cols * esize;
        let width = [128, 64, 32]
            .into_iter()
            .find(|w| bytes.is_multiple_of(*w))
            .unwrap_or(32);
        SmemLayout::Swizzled { rows, width, esize }
    }

    /// A C expression of the element index of `(row, col)` in the area (in elements: `u16`
    /// for 16-bit factors). 16-byte chunks of a row stay contiguous in every layout, so a
    /// 16-byte store of 8 (or 16) elements starting at a multiple of 8 (16) is one store.
    pub fn index(&self, row: &str, col: &str) -> String {
        match *self {
            SmemLayout::Pitched { pitch } => format!("({row}) * {pitch} + ({col})"),
            SmemLayout::Swizzled { rows, width, esize } => {
                format!("ox_swz<{esize}u, {width}u, {rows}u>({row}, {col})")
            }
        }
    }

    /// [`SmemLayout::index`] evaluated (the arithmetic of the prelude's `ox_swz`).
    #[allow(dead_code)]
    pub fn index_value(&self, row: u32, col: u32) -> u32 {
        match *self {
            SmemLayout::Pitched { pitch } => row * pitch + col,
            SmemLayout::Swizzled { rows, width, esize } => {
                let b = col * esize;
                let chunk = ((b % width) >> 4) ^ ((row / (128 / width)) & (width / 16 - 1));
                ((b / width) * (rows * width) + row * width + (chunk << 4) + (b & 15)) / esize
            }
        }
    }
}

/// An index expression over the thread index, rendered as C and evaluated in Rust from one
/// tree, so that [`MmaPlan::frag_coord`] and [`MmaPlan::frag_coord_value`] cannot disagree.
enum Ix {
    Tid,
    C(u32),
    Add(Box<Ix>, Box<Ix>),
    Mul(Box<Ix>, u32),
    Div(Box<Ix>, u32),
    Rem(Box<Ix>, u32),
    Shr(Box<Ix>, u32),
    And(Box<Ix>, u32),
}

impl Ix {
    fn add(self, o: Ix) -> Ix {
        match (self, o) {
            (Ix::C(0), x) | (x, Ix::C(0)) => x,
            (Ix::C(a), Ix::C(b)) => Ix::C(a + b),
            (a, b) => Ix::Add(Box::new(a), Box::new(b)),
        }
    }
    fn mul(self, c: u32) -> Ix {
        match (self, c) {
            (_, 0) => Ix::C(0),
            (x, 1) => x,
            (x, c) => Ix::Mul(Box::new(x), c),
        }
    }
    fn div(self, c: u32) -> Ix {
        Ix::Div(Box::new(self), c)
    }
    fn rem(self, c: u32) -> Ix {
        Ix::Rem(Box::new(self), c)
    }
    fn shr(self, c: u32) -> Ix {
        Ix::Shr(Box::new(self), c)
    }
    fn and(self, c: u32) -> Ix {
        Ix::And(Box::new(self), c)
    }

    fn render(&self, tid: &str) -> String {
        match self {
            Ix::Tid => format!("({tid})"),
            Ix::C(c) => c.to_string(),
            Ix::Add(a, b) => format!("({} + {})", a.render(tid), b.render(tid)),
            Ix::Mul(a, c) => format!("({} * {c})", a.render(tid)),
            Ix::Div(a, c) => format!("({} / {c})", a.render(tid)),
            Ix::Rem(a, c) => format!("({} % {c})", a.render(tid)),
            Ix::Shr(a, c) => format!("({} >> {c})", a.render(tid)),
            Ix::And(a, c) => format!("({} & {c})", a.render(tid)),
        }
    }

    fn eval(&self, tid: u32) -> u32 {
        match self {
            Ix::Tid => tid,
            Ix::C(c) => *c,
            Ix::Add(a, b) => a.eval(tid) + b.eval(tid),
            Ix::Mul(a, c) => a.eval(tid) * c,
            Ix::Div(a, c) => a.eval(tid) / c,
            Ix::Rem(a, c) => a.eval(tid) % c,
            Ix::Shr(a, c) => a.eval(tid) >> c,
            Ix::And(a, c) => a.eval(tid) & c,
        }
    }
}

/// The smallest pitch `>= cols` (elements of `esize` bytes) whose rows are a whole, odd
/// number of 16-byte units (aligned and conflict-free `ldmatrix`).
fn pitch(cols: u32, esize: u32) -> u32 {
    let per = 16 / esize;
    let p = cols.div_ceil(per) * per;
    if (p / per) % 2 == 1 { p } else { p + per }
}

/// Whether a `dot` of this shape runs on `wgmma` on `arch`: sm_90 exactly (sm_90a, the only
/// architecture with `wgmma`), f16, bf16, fp8 (E4M3, E5M2) or TF32 factors, whole
/// warpgroups (`num_warps` a multiple of 4) each owning a multiple of 64 rows, `N` a multiple
/// of 16 (rows of an MN-major B are at least 32 bytes) split in instructions of at most 256
/// columns, `K` a multiple of the k-step (16; 32 for fp8, 8 for TF32, whose B is always
/// K-major: staged transposed, as for `mma.sync`, since `wgmma` transposes 16-bit factors
/// only). 8-bit integers too, in k-steps of 32 into `s32` accumulators (wrapping, as
/// `mma.sync` and the interpreter do: no `.satfinite`).
pub(crate) fn wgmma_eligible(m: u32, n: u32, k: u32, kind: MmaKind, warps: u32, arch: u32) -> bool {
    arch == 90
        && warps >= 4
        && warps.is_multiple_of(4)
        && m.is_multiple_of(64 * (warps / 4))
        && n.is_multiple_of(16)
        && k.is_multiple_of(kind.kstep())
        && n_chunk(n, kind.esize()).is_some()
}

/// Columns per `wgmma` instruction: the widest multiple of 16 up to 256 that divides `n`
/// and starts every instruction at a slab of an MN-major B (`chunk * esize` a multiple of
/// the slab width).
pub(crate) fn n_chunk(n: u32, esize: u32) -> Option<u32> {
    let SmemLayout::Swizzled { width, .. } = SmemLayout::swizzled(8, n, esize) else {
        return None;
    };
    (1..=256 / 16)
        .rev()
        .map(|c| 16 * c)
        .find(|&c| n.is_multiple_of(c) && (c * esize).is_multiple_of(width))
}

impl MmaPlan {
    /// `None` when not eligible: `arch` at least the kind's (80; 89 for fp8), `M % 16 == 0`,
    /// `N % 8 == 0`, `K` a multiple of the kind's k-step (16; 32 for 8-bit, 8 for TF32), all
    /// nonzero, and the `M/16 × N/8` mma tiles
    /// must split evenly over a `wm × wn` grid of the `num_warps` warps (so no thread is idle
    /// and none duplicates another: see the module docs).
    pub fn new(
        m: u32,
        n: u32,
        k: u32,
        kind: MmaKind,
        num_warps: u32,
        arch: u32,
    ) -> Option<MmaPlan> {
        if arch < kind.min_arch()
            || num_warps == 0
            || m == 0
            || n == 0
            || k == 0
            || !m.is_multiple_of(16)
            || !n.is_multiple_of(8)
            || !k.is_multiple_of(kind.kstep())
        {
            return None;
        }
        if wgmma_eligible(m, n, k, kind, num_warps, arch) {
            return Some(MmaPlan {
                m,
                n,
                k,
                kind,
                b_trans: !kind.b_can_be_row_major(),
                warps: num_warps,
                wm: num_warps,
                wg: true,
            });
        }
        let (mtiles, ntiles) = (m / 16, n / 8);
        // Cost of a grid: ldmatrix per k-step per warp, then squareness; ties: more warps on M.
        let mut best: Option<((u32, u32, u32), u32)> = None;
        for wm in (1..=num_warps).filter(|d| num_warps.is_multiple_of(*d)) {
            let wn = num_warps / wm;
            if !mtiles.is_multiple_of(wm) || !ntiles.is_multiple_of(wn) {
                continue;
            }
            let (mt, nt) = (mtiles / wm, ntiles / wn);
            let cost = (
                mt + nt.div_ceil(2),
                (m / wm).abs_diff(n / wn),
                num_warps - wm,
            );
            if best.as_ref().is_none_or(|(c, _)| cost < *c) {
                best = Some((cost, wm));
            }
        }
        let (_, wm) = best?;
        Some(MmaPlan {
            m,
            n,
            k,
            kind,
            b_trans: !kind.b_can_be_row_major(),
            warps: num_warps,
            wm,
            wg: false,
        })
    }

    fn wn(&self) -> u32 {
        self.warps / self.wm
    }

    /// Rows of a warp tile (with `wgmma`: the rows a warp holds, in `mt` runs of 16 rows 64
    /// apart).
    pub(crate) fn wtm(&self) -> u32 {
        self.m / self.wm
    }

    /// Columns of a warp tile.
    pub(crate) fn wtn(&self) -> u32 {
        self.n / self.wn()
    }

    /// The reduction length.
    pub(crate) fn k(&self) -> u32 {
        self.k
    }

    /// The operand kind.
    pub(crate) fn kind(&self) -> MmaKind {
        self.kind
    }

    /// mma tiles (16 rows) along M in a warp tile.
    pub(crate) fn mt(&self) -> u32 {
        self.wtm() / 16
    }

    /// mma tiles (8 columns) along N in a warp tile.
    pub(crate) fn nt(&self) -> u32 {
        self.wtn() / 8
    }

    /// The register of this plan's row vectors (see `rows`) holding the row of fragment
    /// register `r`: `2 * i + q / 2` for register `q` of mma tile `(i, j)`.
    pub fn row_reg(&self, r: u32) -> u32 {
        let (tile, q) = (r / 4, r % 4);
        (tile / self.nt()) * 2 + q / 2
    }

    /// f32 accumulator registers per thread: this thread's share of the M×N accumulator
    /// ("fragment"), the same for every thread: `M * N / (32 * num_warps)`.
    pub fn frag_len(&self) -> u32 {
        4 * self.mt() * self.nt()
    }

    /// The same plan with B staged transposed, `[N][K]` (rows of K): for a B that is the
    /// transpose of a tile, which is then staged as it is held.
    pub fn with_b_trans(mut self) -> MmaPlan {
        self.b_trans = true;
        self
    }

    /// B is staged `[K][N]` (rows of N) and loaded with `ldmatrix.trans`; else `[N][K]`
    /// (rows of K) and loaded as is: always for 8-bit and TF32 operands, and for a transposed
    /// B.
    pub fn b_row_major(&self) -> bool {
        !self.b_trans
    }

    /// How A (`[M][K]`) is laid out in its shared-memory area.
    pub fn a_layout(&self) -> SmemLayout {
        if self.wg {
            return SmemLayout::swizzled(self.m, self.k, self.kind.esize());
        }
        SmemLayout::Pitched {
            pitch: self.a_pitch(),
        }
    }

    /// How B is laid out in its shared-memory area: `[K][N]` when
    /// [`MmaPlan::b_row_major`], else `[N][K]`.
    pub fn b_layout(&self) -> SmemLayout {
        if self.wg {
            let (rows, cols) = if self.b_row_major() {
                (self.k, self.n)
            } else {
                (self.n, self.k)
            };
            return SmemLayout::swizzled(rows, cols, self.kind.esize());
        }
        SmemLayout::Pitched {
            pitch: self.b_pitch(),
        }
    }

    /// Alignment in bytes the staging areas need (wgmma's swizzle patterns repeat every
    /// 1024 bytes at most).
    pub fn align(&self) -> u32 {
        if self.wg { 1024 } else { 16 }
    }

    /// Row pitch in elements of A (`[M][K]`) staged in shared memory as bit patterns.
    pub fn a_pitch(&self) -> u32 {
        pitch(self.k, self.kind.esize())
    }

    /// Row pitch in elements of B staged in shared memory: rows of N (`[K][N]`) for 16-bit
    /// operands, rows of K (`[N][K]`, transposed) for 8-bit and TF32 ones and a transposed B
    /// ([`MmaPlan::b_row_major`]).
    pub fn b_pitch(&self) -> u32 {
        if self.b_row_major() {
            pitch(self.n, self.kind.esize())
        } else {
            pitch(self.k, self.kind.esize())
        }
    }

    /// Bytes of the A staging area (a multiple of [`MmaPlan::align`]: B starts right after
    /// it).
    pub fn a_bytes(&self) -> u32 {
        let bytes = match self.a_layout() {
            SmemLayout::Pitched { pitch } => self.m * pitch * self.kind.esize(),
            SmemLayout::Swizzled { .. } => self.m * self.k * self.kind.esize(),
        };
        bytes.div_ceil(self.align()) * self.align()
    }

    /// Bytes of both staging areas.
    pub fn smem_bytes(&self) -> u32 {
        let b = match self.b_layout() {
            SmemLayout::Pitched { pitch } => {
                let b_rows = if self.b_row_major() { self.k } else { self.n };
                b_rows * pitch * self.kind.esize()
            }
            SmemLayout::Swizzled { .. } => self.n * self.k * self.kind.esize(),
        };
        self.a_bytes() + b
    }

    fn coord_ix(&self, r: u32) -> (Ix, Ix) {
        assert!(r < self.frag_len(), "fragment register {r} out of range");
        let (tile, q) = (r / 4, r % 4);
        let (i, j) = (tile / self.nt(), tile % self.nt());
        let warp = || Ix::Tid.shr(5);
        let (wm, wn) = (self.wm, self.wn());
        // Warp grid row and column (simplified where the grid is one warp wide).
        let wr = if wm == 1 {
            Ix::C(0)
        } else if wn == 1 {
            warp()
        } else {
            warp().rem(wm)
        };
        let wc = if wn == 1 {
            Ix::C(0)
        } else if wm == 1 {
            warp()
        } else {
            warp().div(wm)
        };
        let row = if self.wg && self.mt() > 1 {
            // Warpgroup `w / 4` owns `4 * WTM` rows; warp `w % 4` of it rows `16 (w % 4)` of
            // each of its 64-row instructions.
            warp()
                .shr(2)
                .mul(4 * self.wtm())
                .add(warp().and(3).mul(16))
                .add(Ix::Tid.and(31).shr(2))
                .add(Ix::C(i * 64 + 8 * (q / 2)))
        } else {
            wr.mul(self.wtm())
                .add(Ix::Tid.and(31).shr(2))
                .add(Ix::C(i * 16 + 8 * (q / 2)))
        };
        let col = wc
            .mul(self.wtn())
            .add(Ix::Tid.and(3).mul(2))
            .add(Ix::C(j * 8 + q % 2));
        (row, col)
    }

    /// C expressions, over the thread-index expression `tid` (`0..32 * num_warps`), of the
    /// (row, col) in the M×N accumulator held by fragment register `r` of that thread.
    pub fn frag_coord(&self, tid: &str, r: u32) -> (String, String) {
        let (row, col) = self.coord_ix(r);
        (row.render(tid), col.render(tid))
    }

    /// [`MmaPlan::frag_coord`] evaluated for one thread (from the same expression tree).
    #[allow(dead_code)]
    pub fn frag_coord_value(&self, tid: u32, r: u32) -> (u32, u32) {
        let (row, col) = self.coord_ix(r);
        (row.eval(tid), col.eval(tid))
    }

    /// Appends the `mma.sync` CUDA C statements computing `frag[0..frag_len] += A·B` (a
    /// [`MmaPlan::wg`] plan is `wgmma::emit`'s instead): `a_smem` and `b_smem`
    /// are `const unsigned short*` expressions into shared memory (pitches above), `frag` a
    /// `float[frag_len]` array of thread `tid` (`int` for 8-bit integers). All threads of the block run it (uniform
    /// control flow, warp-synchronous instructions); the caller puts `__syncthreads()` around
    /// it. The statements are one `{ }` block declaring only `ox_mma_*` names.
    pub fn emit_mma(&self, out: &mut String, frag: &str, a_smem: &str, b_smem: &str, tid: &str) {
        debug_assert!(!self.wg, "a wgmma plan is emitted by `wgmma::emit`");
        self.emit_mma_unrolled(out, frag, a_smem, b_smem, tid, self.k_unroll());
    }

    /// How many k-steps to unroll: all of them while the accumulator and two k-steps'
    /// operand fragments fit comfortably in registers (then the next step's `ldmatrix` overlap
    /// this step's `mma`), else 1 (one step's fragments live at a time: a 64×64 warp tile, 128
    /// accumulators, spills with more; its 32 independent `mma` per step give enough overlap).
    fn k_unroll(&self) -> u32 {
        let step_regs = 4 * self.mt() + 2 * self.nt();
        if self.frag_len() + 2 * step_regs <= 128 {
            self.k / self.kind.kstep()
        } else {
            1
        }
    }

    /// [`MmaPlan::emit_mma`] with the k loop unrolled `unroll` times.
    fn emit_mma_unrolled(
        &self,
        out: &mut String,
        frag: &str,
        a_smem: &str,
        b_smem: &str,
        tid: &str,
        unroll: u32,
    ) {
        let (ap, bp) = (self.a_pitch(), self.b_pitch());
        let (mt, nt) = (self.mt(), self.nt());
        let (es, ks) = (self.kind.esize(), self.kind.kstep());
        let ty = self.kind.suffix();
        let steps = self.k / ks;
        let wm = self.wm;
        let w = |out: &mut String, s: String| {
            out.push_str(&s);
            out.push('\n');
        };
        w(out, "{".into());
        w(
            out,
            format!(
                "const unsigned ox_mma_lane = (unsigned)({tid}) & 31u, ox_mma_warp = (unsigned)({tid}) >> 5;"
            ),
        );
        w(
            out,
            format!(
                "const unsigned ox_mma_wr = ox_mma_warp % {wm}u, ox_mma_wc = ox_mma_warp / {wm}u;"
            ),
        );
        // Byte addresses (shared state space) of this lane's ldmatrix row at k = 0: A's lane
        // `l` points at row `l % 16`, 16-byte column block `l / 16` of the 16-row tile.
        w(
            out,
            format!(
                "const unsigned ox_mma_a = ox_smem_u32({a_smem}) + \
                 (ox_mma_wr * {wtm}u + (ox_mma_lane & 15u)) * {arow}u + (ox_mma_lane >> 4) * 16u;",
                wtm = self.wtm(),
                arow = ap * es
            ),
        );
        if self.b_row_major() {
            // B `[K][N]`, loaded transposed: lane `l` at k-row `l % 16`, column block `l / 16`.
            w(
                out,
                format!(
                    "const unsigned ox_mma_b = ox_smem_u32({b_smem}) + \
                     ((ox_mma_lane & 15u) * {bp}u + ox_mma_wc * {wtn}u + (ox_mma_lane >> 4) * 8u) * 2u;",
                    wtn = self.wtn()
                ),
            );
        } else {
            // B^T `[N][K]`, loaded as is: lane `l` at n-row `l % 8 + 8 * (l / 16)`, 16-byte
            // k block `(l / 8) % 2`: matrices (n 0-7, k 0-15), (n 0-7, k 16-31), then n 8-15.
            w(
                out,
                format!(
                    "const unsigned ox_mma_b = ox_smem_u32({b_smem}) + \
                     (ox_mma_wc * {wtn}u + (ox_mma_lane & 7u) + ((ox_mma_lane >> 4) << 3)) * {brow}u + \
                     ((ox_mma_lane >> 3) & 1u) * 16u;",
                    wtn = self.wtn(),
                    brow = bp * es
                ),
            );
        }
        let unroll = if unroll >= steps {
            "#pragma unroll".to_string()
        } else {
            format!("#pragma unroll {unroll}")
        };
        w(out, unroll);
        w(
            out,
            format!(
                "for (unsigned ox_mma_k = 0; ox_mma_k < {}u; ox_mma_k += {ks}u) {{",
                self.k
            ),
        );
        w(
            out,
            format!("unsigned ox_mma_fa[{mt}][4], ox_mma_fb[{nt}][2];"),
        );
        // B fragments: two n-tiles per x4, an x2 for an odd last one (lanes 0..16 give the
        // addresses; the others' are ignored).
        let (b_x4, b_x2, b_tile_bytes, b_k_bytes) = if self.b_row_major() {
            ("ox_ldsm_x4_t", "ox_ldsm_x2_t", 8 * 2, bp * 2)
        } else {
            ("ox_ldsm_x4", "ox_ldsm_x2", 8 * bp * es, es)
        };
        for j in 0..nt / 2 {
            let (j0, j1) = (2 * j, 2 * j + 1);
            w(
                out,
                format!(
                    "{b_x4}(ox_mma_b + {off}u + ox_mma_k * {b_k_bytes}u, ox_mma_fb[{j0}][0], \
                     ox_mma_fb[{j0}][1], ox_mma_fb[{j1}][0], ox_mma_fb[{j1}][1]);",
                    off = 2 * j * b_tile_bytes,
                ),
            );
        }
        if nt % 2 == 1 {
            let jl = nt - 1;
            w(
                out,
                format!(
                    "{b_x2}(ox_mma_b + {off}u + ox_mma_k * {b_k_bytes}u, ox_mma_fb[{jl}][0], \
                     ox_mma_fb[{jl}][1]);",
                    off = jl * b_tile_bytes,
                ),
            );
        }
        for i in 0..mt {
            w(
                out,
                format!(
                    "ox_ldsm_x4(ox_mma_a + {off}u + ox_mma_k * {es}u, ox_mma_fa[{i}][0], ox_mma_fa[{i}][1], \
                     ox_mma_fa[{i}][2], ox_mma_fa[{i}][3]);",
                    off = i * 16 * ap * es
                ),
            );
            for j in 0..nt {
                let c = (i * nt + j) * 4;
                w(
                    out,
                    format!(
                        "ox_mma_{ty}({frag}[{c0}], {frag}[{c1}], {frag}[{c2}], {frag}[{c3}], \
                         ox_mma_fa[{i}][0], ox_mma_fa[{i}][1], ox_mma_fa[{i}][2], ox_mma_fa[{i}][3], \
                         ox_mma_fb[{j}][0], ox_mma_fb[{j}][1]);",
                        c0 = c,
                        c1 = c + 1,
                        c2 = c + 2,
                        c3 = c + 3
                    ),
                );
            }
        }
        w(out, "}".into());
        w(out, "}".into());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    const SHAPES: &[(u32, u32, u32, u32)] = &[
        (16, 8, 16, 1),
        (16, 16, 16, 2),
        (32, 32, 16, 4),
        (64, 64, 32, 4),
        (64, 32, 16, 2),
        (128, 128, 32, 4),
        (128, 128, 32, 8),
        (128, 128, 64, 4),
        (128, 64, 32, 8),
        (64, 128, 32, 8),
        (16, 256, 16, 4),
        (256, 16, 16, 4),
        (48, 24, 16, 1),
        (48, 24, 16, 3),
        (128, 256, 32, 16),
    ];

    #[test]
    fn frag_coord_is_a_bijection_and_strings_agree() {
        for &(m, n, k, w) in SHAPES {
            let p = MmaPlan::new(m, n, k, MmaKind::F16, w, 80)
                .unwrap_or_else(|| panic!("{m}x{n}x{k} w{w} should be eligible"));
            assert_eq!(p.frag_len() * 32 * w, m * n, "{m}x{n} w{w}");
            let mut seen = HashSet::new();
            for tid in 0..32 * w {
                for r in 0..p.frag_len() {
                    let (row, col) = p.frag_coord_value(tid, r);
                    assert!(
                        row < m && col < n,
                        "{m}x{n} w{w}: ({row}, {col}) out of range"
                    );
                    assert!(
                        seen.insert((row, col)),
                        "{m}x{n} w{w}: ({row}, {col}) twice"
                    );
                }
            }
            assert_eq!(seen.len() as u32, m * n);
            // The C strings, with the thread index substituted, evaluate to the same values.
            for tid in [0, 1, 5, 31, 32 * w - 1, 17 + 32 * (w / 2)] {
                for r in 0..p.frag_len() {
                    let (rs, cs) = p.frag_coord(&tid.to_string(), r);
                    assert_eq!(
                        (eval_c(&rs), eval_c(&cs)),
                        p.frag_coord_value(tid, r),
                        "{rs} / {cs}"
                    );
                }
            }
        }
    }

    /// Evaluates the tiny C subset of `frag_coord` (fully parenthesized binary operations on
    /// unsigned integers).
    fn eval_c(s: &str) -> u32 {
        fn parse(t: &[&str], i: &mut usize) -> u32 {
            let tok = t[*i];
            *i += 1;
            if tok != "(" {
                return tok.parse().unwrap_or_else(|_| panic!("bad token {tok}"));
            }
            let a = parse(t, i);
            if t[*i] == ")" {
                *i += 1;
                return a;
            }
            let op = t[*i];
            *i += 1;
            let b = parse(t, i);
            assert_eq!(t[*i], ")");
            *i += 1;
            match op {
                "+" => a + b,
                "*" => a * b,
                "/" => a / b,
                "%" => a % b,
                ">>" => a >> b,
                "&" => a & b,
                _ => panic!("bad op {op}"),
            }
        }
        let spaced = s.replace('(', " ( ").replace(')', " ) ");
        let toks: Vec<&str> = spaced.split_whitespace().collect();
        let mut i = 0;
        let v = parse(&toks, &mut i);
        assert_eq!(i, toks.len(), "trailing tokens in {s}");
        v
    }

    #[test]
    fn eligibility() {
        let ieee = DotPrecision::Ieee;
        let ok = |m, n, k, d: DType, w, a| {
            MmaKind::of(d, DType::F32, ieee)
                .or(MmaKind::of(d, DType::I32, ieee))
                .and_then(|kind| MmaPlan::new(m, n, k, kind, w, a))
                .is_some()
        };
        assert!(ok(16, 8, 16, DType::F16, 1, 80));
        assert!(ok(16, 8, 16, DType::BF16, 1, 90));
        assert!(!ok(16, 8, 16, DType::F32, 1, 80));
        // 8-bit operands: k in steps of 32; fp8 from sm_89.
        assert!(!ok(16, 8, 16, DType::I8, 1, 90));
        assert!(ok(16, 8, 32, DType::I8, 1, 80));
        assert!(ok(16, 8, 32, DType::U8, 1, 80));
        assert!(!ok(16, 8, 32, DType::F8E4M3, 1, 80));
        assert!(ok(16, 8, 32, DType::F8E4M3, 1, 89));
        assert!(ok(16, 8, 32, DType::F8E5M2, 1, 90));
        assert_eq!(MmaKind::of(DType::I8, DType::F32, ieee), None);
        // TF32: only a tf32 dot of f32 factors, k in steps of 8, sm_80+.
        let tf32 = DotPrecision::Tf32;
        assert_eq!(MmaKind::of(DType::F32, DType::F32, ieee), None);
        assert_eq!(
            MmaKind::of(DType::F32, DType::F32, tf32),
            Some(MmaKind::TF32)
        );
        assert_eq!(MmaKind::of(DType::F16, DType::F32, tf32), None);
        assert_eq!(MmaKind::of(DType::F64, DType::F64, tf32), None);
        let ok32 = |m, n, k, w, a| MmaPlan::new(m, n, k, MmaKind::TF32, w, a).is_some();
        assert!(ok32(16, 8, 8, 1, 80));
        assert!(ok32(32, 16, 24, 4, 90));
        assert!(!ok32(16, 8, 4, 1, 80));
        assert!(!ok32(16, 8, 12, 1, 80));
        assert!(!ok32(16, 8, 8, 1, 75));
        // B is staged transposed, rows of K words at an odd count of 16-byte units.
        let p = MmaPlan::new(32, 16, 24, MmaKind::TF32, 4, 80).unwrap();
        assert!(!p.b_row_major());
        assert_eq!((p.a_pitch(), p.b_pitch()), (28, 28));
        assert_eq!(p.a_bytes(), 32 * 28 * 4);
        assert_eq!(p.smem_bytes(), 32 * 28 * 4 + 16 * 28 * 4);
        assert!(!ok(16, 8, 16, DType::F16, 1, 75));
        assert!(!ok(8, 8, 16, DType::F16, 1, 80));
        assert!(!ok(16, 4, 16, DType::F16, 1, 80));
        assert!(!ok(16, 8, 8, DType::F16, 1, 80));
        assert!(!ok(0, 8, 16, DType::F16, 1, 80));
        assert!(!ok(16, 8, 16, DType::F16, 0, 80));
        // Fewer mma tiles than warps: some warps would idle, so not eligible.
        assert!(!ok(16, 8, 16, DType::F16, 2, 80));
        assert!(!ok(16, 16, 16, DType::F16, 4, 80));
        assert!(ok(16, 16, 16, DType::F16, 2, 80));
        // 3 m-tiles, 1 n-tile: no grid of 2 warps.
        assert!(!ok(48, 8, 16, DType::F16, 2, 80));
    }

    #[test]
    fn warp_grids_and_pitches() {
        let p = MmaPlan::new(128, 128, 32, MmaKind::F16, 4, 80).unwrap();
        assert_eq!((p.wm, p.wtm(), p.wtn(), p.frag_len()), (2, 64, 64, 128));
        let p = MmaPlan::new(128, 128, 32, MmaKind::F16, 8, 80).unwrap();
        assert_eq!((p.wtm() * p.wtn(), p.frag_len()), (64 * 32, 64));
        assert_eq!((p.a_pitch(), p.b_pitch()), (40, 136));
        let p = MmaPlan::new(16, 24, 16, MmaKind::F16, 1, 80).unwrap();
        assert_eq!((p.a_pitch(), p.b_pitch()), (24, 24));
        assert_eq!(p.a_bytes(), 16 * 24 * 2);
        assert_eq!(p.smem_bytes(), 16 * 24 * 2 + 16 * 24 * 2);
        for &(m, n, k, w) in SHAPES {
            let p = MmaPlan::new(m, n, k, MmaKind::F16, w, 80).unwrap();
            for pitch in [p.a_pitch(), p.b_pitch()] {
                assert!(pitch.is_multiple_of(8) && (pitch / 8) % 2 == 1);
            }
            assert!(p.a_bytes().is_multiple_of(16));
        }
    }

    // ---- NVRTC / ptxas / GPU -------------------------------------------------------------

    /// A test kernel: `C[M][N] += A[M][K] · B[K][N]` (`reps` times, re-using the staged
    /// operands) with A, B as 16-bit patterns in global memory, one block.
    fn test_kernel(p: &MmaPlan, reps: u32, unroll: Option<u32>) -> String {
        let (m, n, k) = (p.m, p.n, p.k);
        let t = 32 * p.warps;
        let mut s = format!(
            "{}{}extern \"C\" __global__ void __launch_bounds__({t}) mma_test(\
             const unsigned short* __restrict__ ga, const unsigned short* __restrict__ gb, \
             float* __restrict__ gc) {{\n\
             extern __shared__ __align__(16) unsigned char ox_smem[];\n\
             const unsigned tid = threadIdx.x;\n\
             unsigned short* sa = (unsigned short*)ox_smem;\n\
             unsigned short* sb = (unsigned short*)(ox_smem + {ab});\n\
             gc += (unsigned long long)blockIdx.x * {mn};\n\
             for (unsigned e = tid; e < {mk}u; e += {t}u) sa[(e / {k}u) * {ap}u + e % {k}u] = ga[e];\n\
             for (unsigned e = tid; e < {kn}u; e += {t}u) sb[(e / {n}u) * {bp}u + e % {n}u] = gb[e];\n\
             float frag[{fl}];\n",
            super::super::math::PRELUDE,
            super::super::math::MMA_PRELUDE,
            ab = p.a_bytes(),
            mn = m * n,
            mk = m * k,
            kn = k * n,
            ap = p.a_pitch(),
            bp = p.b_pitch(),
            fl = p.frag_len(),
        );
        for r in 0..p.frag_len() {
            let (row, col) = p.frag_coord("tid", r);
            s += &format!("frag[{r}] = gc[({row}) * {n} + ({col})];\n");
        }
        s += "__syncthreads();\n";
        s += &format!("for (unsigned rep = 0; rep < {reps}u; ++rep) {{\n");
        p.emit_mma_unrolled(
            &mut s,
            "frag",
            "((const unsigned short*)ox_smem)",
            &format!("((const unsigned short*)(ox_smem + {}))", p.a_bytes()),
            "tid",
            unroll.unwrap_or(p.k_unroll()),
        );
        s += "__syncthreads();\n}\n";
        for r in 0..p.frag_len() {
            let (row, col) = p.frag_coord("tid", r);
            s += &format!("gc[({row}) * {n} + ({col})] = frag[{r}];\n");
        }
        s += "}\n";
        s
    }

    fn nvrtc_present() -> bool {
        let present = unsafe { cudarc::nvrtc::sys::is_culib_present() };
        if !present {
            assert!(
                std::env::var("OXTILE_REQUIRE_NVRTC").as_deref() != Ok("1"),
                "libnvrtc not found and OXTILE_REQUIRE_NVRTC=1"
            );
            eprintln!("note: libnvrtc not found (set LD_LIBRARY_PATH); skipping");
        }
        present
    }

    fn compile(src: &str, arch: &'static str) -> cudarc::nvrtc::Ptx {
        let opts = cudarc::nvrtc::CompileOptions {
            arch: Some(arch),
            ..Default::default()
        };
        cudarc::nvrtc::compile_ptx_with_opts(src, opts)
            .unwrap_or_else(|e| panic!("NVRTC ({arch}) failed: {e:?}\n{src}"))
    }

    /// A tool from env `var`, else `name` on PATH.
    fn tool(var: &str, name: &str) -> Option<std::path::PathBuf> {
        if let Some(p) = std::env::var_os(var) {
            return Some(p.into());
        }
        std::env::split_paths(&std::env::var_os("PATH")?)
            .map(|d| d.join(name))
            .find(|p| p.is_file())
    }

    const COMPILE_SHAPES: &[(u32, u32, u32, u32)] = &[
        (16, 8, 16, 1),
        (64, 32, 16, 2),
        (48, 24, 16, 3),
        (128, 128, 32, 4),
        (128, 128, 64, 8),
    ];

    #[test]
    fn nvrtc_compiles_and_ptxas_emits_hmma() {
        if !nvrtc_present() {
            return;
        }
        let ptxas = tool("OXTILE_PTXAS", "ptxas");
        let cuobjdump = tool("OXTILE_CUOBJDUMP", "cuobjdump");
        if ptxas.is_none() || cuobjdump.is_none() {
            assert!(
                std::env::var("OXTILE_REQUIRE_NVRTC").as_deref() != Ok("1"),
                "ptxas/cuobjdump not found and OXTILE_REQUIRE_NVRTC=1"
            );
            eprintln!("note: ptxas or cuobjdump not found; checking NVRTC only");
        }
        let dir = std::env::temp_dir().join(format!("oxtile-mma-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        for &(m, n, k, w) in COMPILE_SHAPES {
            for dt in [DType::F16, DType::BF16] {
                let p = MmaPlan::new(
                    m,
                    n,
                    k,
                    MmaKind::of(dt, DType::F32, DotPrecision::Ieee).unwrap(),
                    w,
                    80,
                )
                .unwrap();
                let src = test_kernel(&p, 1, None);
                for (carch, sm) in [("compute_80", "sm_80"), ("compute_90", "sm_90")] {
                    let ptx = compile(&src, carch).to_src();
                    assert!(ptx.contains("mma.sync.aligned.m16n8k16"));
                    assert!(ptx.contains("ldmatrix.sync.aligned"));
                    let (Some(ptxas), Some(cuobjdump)) = (&ptxas, &cuobjdump) else {
                        continue;
                    };
                    let pf = dir.join("k.ptx");
                    let cf = dir.join("k.cubin");
                    std::fs::write(&pf, &ptx).unwrap();
                    let o = std::process::Command::new(ptxas)
                        .args(["-arch", sm, "-v", "-o"])
                        .arg(&cf)
                        .arg(&pf)
                        .output()
                        .expect("running ptxas");
                    let info = String::from_utf8_lossy(&o.stderr);
                    assert!(o.status.success(), "ptxas failed: {info}");
                    let spills = info
                        .lines()
                        .find(|l| l.contains("spill stores"))
                        .unwrap_or("")
                        .trim()
                        .to_string();
                    let o = std::process::Command::new(cuobjdump)
                        .arg("-sass")
                        .arg(&cf)
                        .output()
                        .expect("running cuobjdump");
                    let sass = String::from_utf8_lossy(&o.stdout);
                    let hmma = sass.matches("HMMA").count();
                    let ldsm = sass.matches("LDSM").count();
                    let regs = info
                        .lines()
                        .find_map(|l| l.split("Used ").nth(1))
                        .unwrap_or("?")
                        .trim();
                    eprintln!(
                        "{m}x{n}x{k} w{w} {dt:?} {sm}: {hmma} HMMA, {ldsm} LDSM; {regs}; {spills}"
                    );
                    assert!(hmma > 0, "no HMMA in SASS:\n{sass}");
                    assert!(spills.contains(" 0 bytes spill stores"), "spills: {spills}");
                    assert!(ldsm > 0, "no LDSM in SASS");
                }
            }
        }
        let _ = std::fs::remove_dir_all(&dir);
    }

    fn bits(x: f32, bf16: bool) -> (u16, f32) {
        if bf16 {
            let h = half::bf16::from_f32(x);
            (h.to_bits(), h.to_f32())
        } else {
            let h = half::f16::from_f32(x);
            (h.to_bits(), h.to_f32())
        }
    }

    struct Rng(u64);
    impl Rng {
        fn unit(&mut self) -> f32 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            ((self.0 >> 40) as f32 / (1u64 << 24) as f32) * 2.0 - 1.0
        }
    }

    #[test]
    #[ignore = "needs an NVIDIA GPU (sm_80+) and libnvrtc"]
    fn mma_matches_reference_on_gpu() {
        use cudarc::driver::{CudaContext, LaunchConfig, PushKernelArg};
        assert!(
            unsafe { cudarc::nvrtc::sys::is_culib_present() },
            "libnvrtc not found"
        );
        let ctx = CudaContext::new(0).expect("CUDA device 0");
        let (maj, min) = ctx.compute_capability().unwrap();
        let arch: &'static str = Box::leak(format!("sm_{maj}{min}").into_boxed_str());
        let stream = ctx.default_stream();
        let cases = [
            (16, 8, 16, 1),
            (64, 64, 32, 4),
            (128, 128, 64, 4),
            (128, 128, 32, 8),
            (64, 32, 16, 2),
            (48, 24, 16, 3),
            (16, 256, 32, 4),
            (256, 64, 128, 8),
        ];
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        let mut failed = Vec::new();
        for (m, n, k, w) in cases {
            for dt in [DType::F16, DType::BF16] {
                let bf = dt == DType::BF16;
                let p = MmaPlan::new(
                    m,
                    n,
                    k,
                    MmaKind::of(dt, DType::F32, DotPrecision::Ieee).unwrap(),
                    w,
                    (maj * 10 + min) as u32,
                )
                .unwrap();
                let (mu, nu, ku) = (m as usize, n as usize, k as usize);
                let (ab, af): (Vec<u16>, Vec<f32>) =
                    (0..mu * ku).map(|_| bits(rng.unit(), bf)).unzip();
                let (bb, bfv): (Vec<u16>, Vec<f32>) =
                    (0..ku * nu).map(|_| bits(rng.unit(), bf)).unzip();
                let c0: Vec<f32> = (0..mu * nu).map(|_| rng.unit()).collect();
                let reps = 2u32;
                let mut want = c0.clone();
                for _ in 0..reps {
                    for i in 0..mu {
                        for j in 0..nu {
                            let mut s = 0f64;
                            for kk in 0..ku {
                                s += af[i * ku + kk] as f64 * bfv[kk * nu + j] as f64;
                            }
                            want[i * nu + j] += s as f32;
                        }
                    }
                }
                let src = test_kernel(&p, reps, None);
                let ptx = compile(&src, arch);
                let module = ctx.load_module(ptx).unwrap();
                let f = module.load_function("mma_test").unwrap();
                f.set_attribute(
                    cudarc::driver::sys::CUfunction_attribute_enum::CU_FUNC_ATTRIBUTE_MAX_DYNAMIC_SHARED_SIZE_BYTES,
                    p.smem_bytes() as i32,
                )
                .unwrap();
                let a_d = stream.clone_htod(&ab).unwrap();
                let b_d = stream.clone_htod(&bb).unwrap();
                let mut c_d = stream.clone_htod(&c0).unwrap();
                let cfg = LaunchConfig {
                    grid_dim: (1, 1, 1),
                    block_dim: (32 * w, 1, 1),
                    shared_mem_bytes: p.smem_bytes(),
                };
                let mut lb = stream.launch_builder(&f);
                lb.arg(&a_d).arg(&b_d).arg(&mut c_d);
                unsafe { lb.launch(cfg) }.unwrap();
                let got = stream.clone_dtoh(&c_d).unwrap();
                let mut max_err = 0f32;
                let mut worst = 0;
                for e in 0..mu * nu {
                    let err = (got[e] - want[e]).abs() / want[e].abs().max(1.0);
                    if err.is_nan() || err > max_err {
                        max_err = err;
                        worst = e;
                    }
                }
                let ok = max_err <= 1e-3;
                println!(
                    "{m}x{n}x{k} w{w} {dt:?}: max rel err {max_err:.2e} at ({}, {}) got {} want {} {}",
                    worst / nu,
                    worst % nu,
                    got[worst],
                    want[worst],
                    if ok { "ok" } else { "MISMATCH" }
                );
                if !ok {
                    failed.push(format!("{m}x{n}x{k} w{w} {dt:?}"));
                }
            }
        }
        assert!(failed.is_empty(), "mismatches: {failed:?}");
    }

    /// Throughput of the emitted inner product alone (operands resident in shared memory),
    /// on many blocks: prints TFLOP/s for a few block shapes.
    #[test]
    #[ignore = "needs an NVIDIA GPU (sm_80+) and libnvrtc; a benchmark"]
    fn mma_throughput_on_gpu() {
        use cudarc::driver::{CudaContext, LaunchConfig, PushKernelArg};
        let ctx = CudaContext::new(0).expect("CUDA device 0");
        let (maj, min) = ctx.compute_capability().unwrap();
        let arch: &'static str = Box::leak(format!("sm_{maj}{min}").into_boxed_str());
        let sms = ctx
            .attribute(
                cudarc::driver::sys::CUdevice_attribute::CU_DEVICE_ATTRIBUTE_MULTIPROCESSOR_COUNT,
            )
            .unwrap() as u32;
        let stream = ctx.default_stream();
        let mut rng = Rng(0x1234_5678_9ABC_DEF1);
        let shapes = [
            (128, 128, 32, 4),
            (128, 128, 32, 8),
            (128, 128, 64, 4),
            (128, 128, 64, 8),
            (64, 64, 32, 4),
        ];
        for (m, n, k, w) in shapes {
            let p = MmaPlan::new(m, n, k, MmaKind::F16, w, (maj * 10 + min) as u32).unwrap();
            let reps = 2000u32;
            let ab: Vec<u16> = (0..m * k).map(|_| bits(rng.unit(), false).0).collect();
            let bb: Vec<u16> = (0..k * n).map(|_| bits(rng.unit(), false).0).collect();
            let a_d = stream.clone_htod(&ab).unwrap();
            let b_d = stream.clone_htod(&bb).unwrap();
            let blocks = sms * 4;
            let mut c_d = stream
                .alloc_zeros::<f32>((m * n * blocks) as usize)
                .unwrap();
            let cfg = LaunchConfig {
                grid_dim: (blocks, 1, 1),
                block_dim: (32 * w, 1, 1),
                shared_mem_bytes: p.smem_bytes(),
            };
            for unroll in [None, Some(1), Some(k / 16)] {
                let src = test_kernel(&p, reps, unroll);
                let module = ctx.load_module(compile(&src, arch)).unwrap();
                let f = module.load_function("mma_test").unwrap();
                let mut best = f64::MAX;
                for _ in 0..4 {
                    let t = std::time::Instant::now();
                    let mut lb = stream.launch_builder(&f);
                    lb.arg(&a_d).arg(&b_d).arg(&mut c_d);
                    unsafe { lb.launch(cfg) }.unwrap();
                    stream.synchronize().unwrap();
                    best = best.min(t.elapsed().as_secs_f64());
                }
                let flops = 2.0 * (m * n * k) as f64 * reps as f64 * blocks as f64;
                println!(
                    "{m}x{n}x{k} w{w} f16, k unroll {}: {:.1} TFLOP/s ({} blocks, {:.2} ms)",
                    match unroll {
                        None => format!("{} (default)", p.k_unroll()),
                        Some(u) => u.to_string(),
                    },
                    flops / best / 1e12,
                    blocks,
                    best * 1e3
                );
            }
        }
    }
}
