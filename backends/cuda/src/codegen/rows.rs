//! Row vectors in the tensor-core fragment layout, so that the softmax of flash attention (a
//! row max and a row sum of a `dot` result, then the result minus or times the rows' values)
//! runs in registers, as Triton's MMA layout does, instead of converting the `dot` result to
//! the blocked layout through shared memory at every step.
//!
//! # The layout
//! A `dot` result held in fragments ([`Kind::Mma`]) gives thread `tid` the elements at rows
//! `wr * WTM + i * 16 + g + 8 * h` (warp grid row `wr`, `g = (tid % 32) / 4`, `i < MT`,
//! `h < 2`) and at some columns of them. A *row vector* ([`Kind::Row`], a [`RowLayout`])
//! holds, in each thread, one value per such row: register `ri = 2 * i + h`. It depends only
//! on `M` and the warp grid's height `wm` (`WTM = M / wm`), so two `dot`s of `M` rows whose
//! plans split `M` alike share it. The four lanes of a quad, and the warps of one warp row,
//! hold the same values.
//!
//! With `wgmma` (a warpgroup of four warps owning `4 * WTM` rows, see `wgmma`), warp `w`
//! holds rows `(w / 4) * 4 * WTM + (w % 4) * 16 + i * 64 + g + 8 * h` instead; the grid is one
//! warp wide, so rows never combine across warps.
//!
//! A value of shape `[M]`, `[M, 1]`, or `[M, N]` constant along `N` (a broadcast of `[M, 1]`)
//! can be held so. Fragment register `r` of a plan with that row layout reads row register
//! [`MmaPlan::row_reg`](super::mma::MmaPlan::row_reg)`(r)`.
//!
//! # Which values
//! [`Class`] and [`class_of`] (in `plan`, beside the types they decide) say which ops give
//! fragments or row vectors, from their operands' forms: the same rule serves the planner of
//! variables ([`plan_vars`](super::plan::plan_vars), which has to predict what a loop will
//! store) and the emitter (which applies it to what it holds).
//! - a tensor-core `dot`: fragments;
//! - `max`/`min` along axis 1 of fragments, and `sum` when the axis is longer than
//!   [`super::EXACT_REDUCE_LEN`] (shorter float sums fold in the interpreter's order, which
//!   this does not): a row vector. Each thread folds its registers of a row, the quad's
//!   lanes combine by shuffles, and the warps of a warp row through shared memory (one
//!   barrier pair) when the grid is more than one warp wide;
//! - `expand_dims(row, 1)` and its broadcast along axis 1: the same registers;
//! - an elementwise op with a fragment operand, the others scalars, lazy tiles, fragments
//!   of the same plan or row vectors of its layout, and a float result: fragments (with the
//!   row vectors read at each register's row);
//! - an elementwise op with a row-vector operand, the others scalars, row vectors of the
//!   same layout, or lazy tiles constant along axis 1 (`[M]`, `[M, 1]`): a row vector.
//!
//! Anything else converts a row vector to the blocked layout through shared memory first
//! (as `unfrag` does for fragments). A variable whose every stored value is of one form
//! lives in it across loop iterations.

use kernel_core::DType;
use kernel_core::ir::{Op, ReduceOp, ValueId};

use super::emit::{Emitter, Kind};
use super::plan::{Class, RowLayout, class_of};
use super::{CodegenError, ops};

impl Emitter<'_> {
    /// The class of value `v` as held now.
    pub fn held_class(&self, v: ValueId) -> Class {
        match self.kind(v) {
            Kind::Scalar | Kind::Lazy => Class::Free,
            Kind::Mma => self.val_mma[v.index()]
                .clone()
                .map_or(Class::Other, Class::Mma),
            Kind::Row => self.val_row[v.index()].map_or(Class::Other, Class::Row),
            Kind::Tile => Class::Other,
        }
    }

    /// What the rule of [`class_of`] says of `op`'s result given what is held now.
    pub fn result_class(&self, r: ValueId, op: &Op) -> Class {
        class_of(self.k, self.a, self.opts, r, op, &|v| self.held_class(v))
    }

    /// Emits `op` (result `r`) in the row or fragment form when the rule gives one; false
    /// when it does not (the caller emits it in the blocked layout).
    pub fn row_op(&mut self, r: ValueId, op: &Op) -> Result<bool, CodegenError> {
        match (self.result_class(r, op), op) {
            (Class::Row(l), Op::Reduce { op: ro, value, .. }) => {
                self.row_reduce(r, *ro, *value, l, op)?;
            }
            (Class::Row(_), Op::ExpandDims { value, .. } | Op::Broadcast { value, .. }) => {
                // The same registers, read as another shape.
                self.alias(r, *value);
            }
            (Class::Row(l), _) => self.row_elementwise(r, l, op)?,
            (Class::Mma(_), Op::Dot { .. }) => return Ok(false),
            (Class::Mma(info), _) => return self.mma_elementwise(r, info, op),
            _ => return Ok(false),
        }
        Ok(true)
    }

    /// Declares the registers of row vector `r` and records its layout.
    fn define_row(&mut self, r: ValueId, l: RowLayout) -> String {
        let n = self.define(r, Kind::Row);
        self.val_row[r.index()] = Some(l);
        let ty = self.ctype(r);
        self.line(format!("{ty} {n}[{}];", l.len()));
        n
    }

    /// A reduction along axis 1 of fragments into a row vector.
    fn row_reduce(
        &mut self,
        r: ValueId,
        rop: ReduceOp,
        v: ValueId,
        l: RowLayout,
        op: &Op,
    ) -> Result<(), CodegenError> {
        let (info, plan) = self.frag_plan(v, op)?;
        let d = DType::F32;
        let bop = super::exchange::reduce_binary(rop);
        let combine = |x: &str, y: &str| ops::binary(bop, d, x, y);
        combine("a", "b").map_err(|why| self.unsupported(op, why))?;
        let src = self.name(v).to_string();
        let out = self.define_row(r, l);
        self.line(format!("// row {rop:?} of fragments %{}", v.0));
        // This thread's registers of each row (ascending columns), then the quad's lanes.
        for ri in 0..l.len() {
            let regs: Vec<u32> = (0..info.frag_len)
                .filter(|&rg| plan.row_reg(rg) == ri)
                .collect();
            let mut acc = format!("{src}[{}]", regs[0]);
            for rg in &regs[1..] {
                acc = combine(&acc, &format!("{src}[{rg}]")).unwrap_or_default();
            }
            self.line(format!("{out}[{ri}] = {acc};"));
        }
        for off in [1, 2] {
            self.open("{");
            for ri in 0..l.len() {
                self.line(format!(
                    "const f32 o{ri} = __shfl_xor_sync(0xffffffffu, {out}[{ri}], {off});"
                ));
            }
            for ri in 0..l.len() {
                let c = combine(&format!("{out}[{ri}]"), &format!("o{ri}")).unwrap_or_default();
                self.line(format!("{out}[{ri}] = {c};"));
            }
            self.close();
        }
        let (wc, wn) = l.warp_col();
        if wn > 1 {
            // The warps of a warp row hold other columns: their partials through shared
            // memory, combined in warp-column order by every thread.
            let m = l.m as u64;
            self.need_smem(wn as u64 * m * 4, wn as u64 * m, op);
            self.line(format!(
                "if ((tid & 3) == 0) {{ {} }}",
                (0..l.len())
                    .map(|ri| format!("((f32*)ox_smem)[{wc} * {m} + {}] = {out}[{ri}];", l.row(ri)))
                    .collect::<Vec<_>>()
                    .join(" ")
            ));
            self.sync();
            for ri in 0..l.len() {
                let row = l.row(ri);
                let mut acc = format!("((f32*)ox_smem)[{row}]");
                for c in 1..wn {
                    acc = combine(&acc, &format!("((f32*)ox_smem)[{} + {row}]", c as u64 * m))
                        .unwrap_or_default();
                }
                self.line(format!("{out}[{ri}] = {acc};"));
            }
            self.sync();
        }
        Ok(())
    }

    /// An elementwise op giving a row vector: per row register, with row-vector operands
    /// read at it, lazy ones evaluated at its row (column 0).
    fn row_elementwise(&mut self, r: ValueId, l: RowLayout, op: &Op) -> Result<(), CodegenError> {
        let operands = op.operands();
        let out = self.define_row(r, l);
        for ri in 0..l.len() {
            self.open("{");
            self.clear_memo();
            let row = l.row(ri);
            let mut args = Vec::new();
            for v in &operands {
                let a = match self.kind(*v) {
                    Kind::Row => format!("{}[{ri}]", self.name(*v)),
                    Kind::Scalar => self.name(*v).to_string(),
                    _ => {
                        let rank = self.dims(*v).len();
                        let mut idx = vec![row.clone()];
                        idx.extend((1..rank).map(|_| "0".to_string()));
                        self.eval(*v, &idx)
                    }
                };
                args.push(a);
            }
            let e = self
                .elementwise_expr(op, &args)
                .map_err(|why| self.unsupported(op, why))?;
            self.line(format!("{out}[{ri}] = {e};"));
            self.clear_memo();
            self.close();
        }
        Ok(())
    }

    /// Converts row vector `v` to the blocked layout of its shape, through shared memory.
    pub fn unrow(&mut self, v: ValueId, op: &Op) -> Result<(), CodegenError> {
        let l = self.val_row[v.index()]
            .ok_or_else(|| self.unsupported(op, "a row vector without a layout"))?;
        let dims = self.dims(v);
        let m = l.m as u64;
        let ty = self.ctype(v);
        let inner: u64 = dims[1..].iter().product();
        self.need_smem(m * 8, m, op);
        let src = self.name(v).to_string();
        self.line(format!("// row vector -> blocked layout of %{}", v.0));
        let (wc, _) = l.warp_col();
        self.line(format!(
            "if ((tid & 3) == 0 && {wc} == 0) {{ {} }}",
            (0..l.len())
                .map(|ri| format!("(({ty}*)ox_smem)[{}] = {src}[{ri}];", l.row(ri)))
                .collect::<Vec<_>>()
                .join(" ")
        ));
        self.sync();
        let dst = self.fresh("blk");
        let lay = self.layout_of(&dims);
        self.line(super::layout::declare(ty, &dst, lay));
        let _ = self.open_slots(&dims, true);
        self.line(format!("{dst}[c] = (({ty}*)ox_smem)[e / {inner}];"));
        self.close_slots();
        self.sync();
        self.rebind(v, dst, Kind::Tile);
        Ok(())
    }

    /// `var_load` of a row-vector variable: a copy (the variable may change later).
    pub fn row_var_load(&mut self, r: ValueId, var: usize, l: RowLayout) {
        let n = self.define_row(r, l);
        self.line(format!(
            "#pragma unroll\n{}for (int c = 0; c < {}; ++c) {n}[c] = x{var}[c];",
            "    ".repeat(self.indent_level()),
            l.len()
        ));
    }

    /// `var_store`/`var_init` of a row-vector variable.
    pub fn row_var_store(
        &mut self,
        var: usize,
        l: RowLayout,
        value: ValueId,
        op: &Op,
    ) -> Result<(), CodegenError> {
        if self.kind(value) == Kind::Row && self.val_row[value.index()] == Some(l) {
            let x = self.name(value).to_string();
            self.line(format!(
                "#pragma unroll\n{}for (int c = 0; c < {}; ++c) x{var}[c] = {x}[c];",
                "    ".repeat(self.indent_level()),
                l.len()
            ));
            return Ok(());
        }
        if matches!(self.kind(value), Kind::Scalar | Kind::Lazy) {
            for ri in 0..l.len() {
                self.open("{");
                self.clear_memo();
                let x = self.eval(value, &[l.row(ri)]);
                self.line(format!("x{var}[{ri}] = {x};"));
                self.clear_memo();
                self.close();
            }
            return Ok(());
        }
        // Anything else: to the blocked layout, then each thread reads its rows.
        self.unfrag(value, op)?;
        let m = l.m as u64;
        let ty = self.ctype(value);
        self.need_smem(m * 8, m, op);
        let dims = self.dims(value);
        let s = self.open_slots(&dims, false);
        let x = self.at(value, &s);
        self.line(format!("(({ty}*)ox_smem)[e] = {x};"));
        self.close_slots();
        self.sync();
        for ri in 0..l.len() {
            self.line(format!("x{var}[{ri}] = (({ty}*)ox_smem)[{}];", l.row(ri)));
        }
        self.sync();
        Ok(())
    }
}
