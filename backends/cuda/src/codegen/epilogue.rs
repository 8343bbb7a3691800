//! Tensor-core results stored to global memory 16 bytes at a time (the matmul's and
//! attention's epilogue).
//!
//! A `dot` result in registers is spread over a warp in the mma fragment layout: a thread
//! holds pairs of adjacent columns, so storing it straight from the fragments
//! (`Emitter::store`'s fragment path) is one 32-bit store per pair, a quarter of a sector per
//! instruction. Here each warp instead stages its share of the tile in shared memory,
//! converted to 16 bits (`stmatrix` on sm_90, which writes four 8×8 matrices from the
//! fragment registers in one instruction; 32-bit shared stores before), and reads it back 16
//! bytes per lane along the rows, so each global store is one 128-bit `st.global.v4` and a
//! warp writes whole rows. The staging area of a warp is its own (rows of `wtn` columns, the
//! 16-byte chunks of row `r` XOR-permuted by `r % 8`, so that neither the matrix rows
//! `stmatrix` writes nor the chunks a quarter-warp reads share a bank), so only `__syncwarp`
//! separates the two halves; a block barrier before (earlier users of shared memory, and
//! `wgmma`s of other warpgroups still reading their operands) and one after (the next user).
//!
//! # When
//! Unchecked kernels (checked mode keeps each element's own bounds test), 16-bit stored
//! dtypes (f16, bf16), a pointer contiguous along the row (coefficient 1) whose offsets at
//! 8-element boundaries are 16-byte aligned (the divisibility facts), a mask that is the same
//! across each 8 columns starting at a multiple of 8 (`Emitter::uniform_lanes`) or a scalar
//! one, warp tiles whose width is 16 to 256 columns in a power of two, and a tile that fits
//! the shared memory. Otherwise the fragment path stores pairs as before.

use kernel_core::ir::{DType, Op, ValueId};

use super::CodegenError;
use super::analysis::Coef;
use super::emit::{Emitter, Kind};
use super::ops;

impl Emitter<'_> {
    /// Stores fragment value `value` through `ptr` (under `mask`) as described in the
    /// module docs, returning `false` (having emitted nothing) when it does not apply.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn wide_frag_store(
        &mut self,
        ptr: ValueId,
        value: ValueId,
        mask: Option<ValueId>,
        d: DType,
        param: u32,
        exact_nan: bool,
        op: &Op,
    ) -> Result<bool, CodegenError> {
        if self.opts.checked || !matches!(d, DType::F16 | DType::BF16) {
            return Ok(false);
        }
        let af = self.a.affine[ptr.index()];
        if af.coef != Coef::Const(1)
            || af.div < 8
            || af.guard.is_some()
            || !(af.block == u64::MAX || (af.block >= 8 && af.block.is_multiple_of(8)))
        {
            return Ok(false);
        }
        let (info, plan) = self.frag_plan(value, op)?;
        let (wtn, mt, nt) = (plan.wtn(), plan.mt(), plan.nt());
        // 16-byte chunks per row of a warp tile.
        let cpr = wtn / 8;
        if !cpr.is_power_of_two() || !(2..=32).contains(&cpr) {
            return Ok(false);
        }
        let bytes = u64::from(info.m) * u64::from(info.n) * 2;
        if bytes > self.smem_limit() {
            return Ok(false);
        }
        // Global (row, column) of a warp tile's first row of mma tile row `i` and first
        // column: the coordinates lane 0 of the warp holds.
        let lane0 = "(tid & ~31)";
        let row_of = |i: u32| plan.frag_coord(lane0, 4 * i * nt).0;
        let col0 = plan.frag_coord(lane0, 0).1;
        if let Some(m) = mask
            && self.kind(m) != Kind::Scalar
        {
            let probe = [row_of(0), col0.clone()];
            if !self.uniform_lanes_known(m, &probe, 8) {
                return Ok(false);
            }
        }

        let frag = self.name(value).to_string();
        // Bytes per staged row, per warp; the chunk permutation's mask.
        let pitch = wtn * 2;
        let region = 16 * mt * pitch;
        let swz = cpr.min(8) - 1;
        self.need_smem(bytes, bytes / 2, op);
        self.line(format!(
            "// %{}: fragments -> shared memory -> 16-byte stores",
            value.0
        ));
        self.sync();
        self.open("{");
        self.line(format!(
            "unsigned char* const ox_ep = ox_smem + (tid >> 5) * {region};"
        ));
        self.line("const int ox_ln = tid & 31;");
        // The word of fragment registers 4 (i nt + j) + 2 h and + 1 (row 16 i + 8 h + ln / 4,
        // columns 8 j + 2 (ln % 4) and + 1 of the warp tile), declared as `name`.
        let word = |e: &mut Emitter<'_>, name: &str, i: u32, j: u32, h: u32| {
            let r = 4 * (i * nt + j) + 2 * h;
            let (x0, x1) = (format!("{frag}[{r}]"), format!("{frag}[{}]", r + 1));
            e.line(ops::pack_pair16(d, name, &x0, &x1, exact_nan));
        };
        let at = |row: &str, chunk: &str| {
            format!("({row}) * {pitch} + ((({chunk}) ^ (({row}) & {swz})) << 4)")
        };
        if self.opts.arch >= 90 {
            // One stmatrix.x4 per 16 rows × 16 columns: matrices (j, top), (j, bottom),
            // (j + 1, top), (j + 1, bottom); lane ln gives row ln % 8 of matrix ln / 8.
            self.line(
                "const int ox_sr = ((ox_ln >> 3) & 1) * 8 + (ox_ln & 7), ox_sc = ox_ln >> 4;",
            );
            self.line("const u32 ox_eb = ox_smem_u32(ox_ep);");
            for i in 0..mt {
                for j in (0..nt).step_by(2) {
                    let (row, chunk) = (format!("{} + ox_sr", 16 * i), format!("{j} + ox_sc"));
                    self.open("{");
                    for (k, (jj, h)) in [(j, 0), (j, 1), (j + 1, 0), (j + 1, 1)]
                        .into_iter()
                        .enumerate()
                    {
                        word(self, &format!("ox_w{k}"), i, jj, h);
                    }
                    self.line(format!(
                        "ox_stsm_x4(ox_eb + {}, ox_w0, ox_w1, ox_w2, ox_w3);",
                        at(&row, &chunk)
                    ));
                    self.close();
                }
            }
        } else {
            for i in 0..mt {
                for j in 0..nt {
                    for h in 0..2 {
                        let row = format!("{} + (ox_ln >> 2)", 16 * i + 8 * h);
                        self.open("{");
                        word(self, "ox_w", i, j, h);
                        self.line(format!(
                            "*(u32*)(ox_ep + {} + (ox_ln & 3) * 4) = ox_w;",
                            at(&row, &j.to_string())
                        ));
                        self.close();
                    }
                }
            }
        }
        self.line("__syncwarp();");
        // Lane ln reads chunk ln % cpr of rows (32 / cpr) c + ln / cpr, c = 0, 1, ...: a
        // warp covers whole rows, each quarter-warp 128 contiguous bytes of one or more.
        let rows_per = 32 / cpr;
        for c in 0..(16 * mt) / rows_per {
            let first = c * rows_per;
            let (i, rr) = (first / 16, first % 16);
            self.open("{");
            self.clear_memo();
            let lrow = format!("{first} + ox_ln / {cpr}");
            let chunk = format!("ox_ln % {cpr}");
            self.line(format!(
                "const uint4 ox_v = *(const uint4*)(ox_ep + {});",
                at(&lrow, &chunk)
            ));
            let idx = [
                format!("({} + {rr} + ox_ln / {cpr})", row_of(i)),
                format!("({col0} + (ox_ln % {cpr}) * 8)"),
            ];
            let p = self.eval(ptr, &idx);
            let ok = match mask {
                Some(m) if self.kind(m) == Kind::Scalar => self.name(m).to_string(),
                Some(m) => self
                    .uniform_lanes(m, &idx, 8)
                    .unwrap_or_else(|| "false".into()),
                None => "true".into(),
            };
            self.line(format!("if ({ok}) *(uint4*)&p{param}[{p}] = ox_v;"));
            self.clear_memo();
            self.close();
        }
        self.close();
        self.sync();
        Ok(true)
    }
}
