//! Batched (3-D) `dot`s on tensor cores: `[B, M, K] x [B, K, N]` as `B * M/16 * N/8` tiles
//! of `mma.sync` m16n8, shared out over the warps.
//!
//! The fragment layouts of `mma.rs` hold one 2-D product spread over the whole block; a
//! batch of products has no such layout, so a batched `dot` goes through shared memory
//! whole: A is staged as the bit patterns of its `[B * M, K]` rows, B transposed as `[B *
//! N, K]` rows (so both factors' registers are 32-bit loads of consecutive k), the
//! accumulator as `[B * M, N]` sums. Each warp then takes tiles in turn: it reads the tile's
//! sums, runs the `mma.sync`s along K, and writes the sums back in place (no other warp
//! touches that tile); the result is read back into the blocked layout. An f16 accumulator
//! runs on f32 sums rounded to f16 after the `dot`, as the 2-D path does (`MmaKind::of`).
//!
//! # Registers of one m16n8 tile
//! With `g = lane / 4`, `t = lane % 4`, `P = 4 / esize` elements to a 32-bit register and
//! `H = kstep / 2` (PTX ISA, "Matrix Fragments for mma.m16n8k*"): A's register `r` (0..4)
//! holds row `g + 8 (r % 2)`, columns `t P + H (r / 2) ..` (P of them, the first in the low
//! bits); B's register `r` (0..2) holds column `g`, rows `t P + H r ..`; the sums `d0, d1`
//! are row `g`, columns `2t, 2t + 1`, and `d2, d3` the same columns of row `g + 8`. That is
//! one rule for f16/bf16 (m16n8k16, P = 2), 8-bit (m16n8k32, P = 4) and TF32 (m16n8k8, P = 1).

use kernel_core::DType;
use kernel_core::ir::{DotPrecision, Op, ValueId};

use super::CodegenError;
use super::emit::Emitter;
use super::exchange::{align16, smem};
use super::mma::MmaKind;
use super::ops;

/// The tensor-core kind of a batched `dot` of `dims` (`[B, M, K]`, `[B, K, N]`) factors of
/// dtype `d` into an `acc` accumulator on architecture `arch`, when its shape takes whole
/// m16n8 tiles and whole k-steps.
pub(crate) fn batched_kind(
    d: DType,
    acc: DType,
    precision: DotPrecision,
    (m, k, n): (u64, u64, u64),
    arch: u32,
) -> Option<MmaKind> {
    let kind = MmaKind::of(d, acc, precision)?;
    let fits = m.is_multiple_of(16)
        && n.is_multiple_of(8)
        && k > 0
        && k.is_multiple_of(u64::from(kind.kstep()))
        && arch >= kind.min_arch();
    fits.then_some(kind)
}

impl Emitter<'_> {
    /// `r = dot(a, b, acc)` of `nb` batches of `[m, k] x [k, n]` on tensor cores of `kind`
    /// (see the module docs).
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn dot_batched_mma(
        &mut self,
        r: ValueId,
        (a, b, acc): (ValueId, ValueId, ValueId),
        (nb, m, k, n): (u64, u64, u64, u64),
        kind: MmaKind,
        op: &Op,
    ) -> Result<(), CodegenError> {
        for v in [a, b, acc] {
            self.unfrag(v, op)?;
        }
        self.uses_mma = true;
        let es = u64::from(kind.esize());
        let st = match es {
            2 => "u16",
            4 => "u32",
            _ => "u8",
        };
        let acc_ty = kind.acc_ty();
        let b_off = align16(nb * m * k * es);
        let c_off = align16(b_off + nb * n * k * es);
        self.need_smem(c_off + nb * m * n * 4, nb * (m * k + k * n + m * n), op);
        let (sa, sb, sc) = (smem(st, 0), smem(st, b_off), smem(acc_ty, c_off));
        let tf32 = kind == MmaKind::TF32;
        let d = self.dtype(a);
        let bits = |x: &str| {
            if tf32 {
                format!("ox_tf32_bits({x})")
            } else {
                ops::to_bits(d, x)
            }
        };
        // A as it is ([nb * m, k] rows); B transposed to [nb * n, k] rows; the sums.
        let dims = self.dims(a);
        let sl = self.open_slots(&dims, true);
        let x = self.at(a, &sl);
        self.line(format!("{sa}[e] = {};", bits(&x)));
        self.close_slots();
        let dims = self.dims(b);
        let sl = self.open_slots(&dims, true);
        let x = self.at(b, &sl);
        self.line(format!(
            "{sb}[(e / {kn} * {n} + e % {n}) * {k} + e / {n} % {k}] = {};",
            bits(&x),
            kn = k * n
        ));
        self.close_slots();
        let dims = self.dims(acc);
        let sl = self.open_slots(&dims, true);
        let x = self.at(acc, &sl);
        self.line(format!("{sc}[e] = {x};"));
        self.close_slots();
        self.sync();

        let (mt, nt) = (m / 16, n / 8);
        let tiles = nb * mt * nt;
        let warps = u64::from(self.opts.num_warps);
        let per = 4 / es;
        let half = u64::from(kind.kstep()) / 2;
        let word =
            |s: &str, row: &str, col: String| format!("*(const u32*)&{s}[{row} * {k} + {col}]");
        self.open("{");
        self.line("const int lane = tid % 32, g = lane / 4, t4 = lane % 4;");
        self.open(format!(
            "for (int tile = tid / 32; tile < {tiles}; tile += {warps}) {{"
        ));
        self.line(format!(
            "const int bt = tile / {}, mt = tile / {nt} % {mt}, nt = tile % {nt};",
            mt * nt
        ));
        self.line(format!(
            "{acc_ty}* c = {sc} + (bt * {m} + mt * 16 + g) * {n} + nt * 8 + 2 * t4;"
        ));
        self.line(format!(
            "{acc_ty} d0 = c[0], d1 = c[1], d2 = c[{n8}], d3 = c[{n8} + 1];",
            n8 = 8 * n
        ));
        self.line(format!(
            "const {st}* ra = {sa} + (bt * {m} + mt * 16 + g) * {k} + t4 * {per};"
        ));
        self.line(format!(
            "const {st}* rb = {sb} + (bt * {n} + nt * 8 + g) * {k} + t4 * {per};"
        ));
        self.line("#pragma unroll 4");
        self.open(format!(
            "for (int kk = 0; kk < {k}; kk += {}) {{",
            kind.kstep()
        ));
        let a_regs = [
            word("ra", "0", "kk".into()),
            word("ra", "8", "kk".into()),
            word("ra", "0", format!("kk + {half}")),
            word("ra", "8", format!("kk + {half}")),
        ];
        let b_regs = [
            word("rb", "0", "kk".into()),
            word("rb", "0", format!("kk + {half}")),
        ];
        self.line(format!(
            "{}(d0, d1, d2, d3, {}, {});",
            kind.mma_fn(),
            a_regs.join(", "),
            b_regs.join(", ")
        ));
        self.close();
        // An f16 accumulation: the f32 sums rounded once, after the `dot`.
        let out = |x: &str| {
            if self.dtype(r) == DType::F16 {
                ops::round(DType::F16, x)
            } else {
                x.to_string()
            }
        };
        let (o0, o1, o2, o3) = (out("d0"), out("d1"), out("d2"), out("d3"));
        self.line(format!(
            "c[0] = {o0}; c[1] = {o1}; c[{n8}] = {o2}; c[{n8} + 1] = {o3};",
            n8 = 8 * n
        ));
        self.close();
        self.close();
        self.sync();
        self.read_results(r, &sc);
        self.sync();
        Ok(())
    }
}
