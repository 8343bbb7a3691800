//! Values in the tensor-core fragment layout ([`Kind::Mma`]): the `dot` on tensor cores that
//! gives them, the ops that keep them in that layout, and their conversion to the blocked
//! layout.
//!
//! # dot on tensor cores
//! When the `MmaPlan` of `mma.rs` accepts the shape (f16/bf16 operands, f32 accumulator,
//! sm_80+): A and B are staged in shared memory as 16-bit patterns (or are already there, in
//! a software pipeline's stages, see `pipeline`) and the result stays in the fragment layout
//! ([`Kind::Mma`]), and so do elementwise ops on it, row reductions of it (as row vectors)
//! and variables whose every stored value is in it (see `rows`); it is converted to the
//! blocked layout through shared memory ([`Emitter::unfrag`]) only where something else reads
//! it. A factor A held in fragments (a softmax's `p`) is staged from them. Other `dot`s (one
//! fused multiply-add per k) are in `exchange`.

use kernel_core::DType;
use kernel_core::ir::{Op, ValueId};

use super::CodegenError;
use super::emit::{Emitter, Kind};
use super::exchange::{align16, smem};
use super::layout;
use super::mma::{MmaKind, MmaPlan, SmemLayout};
use super::ops;
use super::plan::MmaInfo;

impl Emitter<'_> {
    /// The fragment shape and tensor-core plan of value `v`, held in fragments (an internal
    /// error otherwise: callers check the kind first).
    pub(crate) fn frag_plan(
        &self,
        v: ValueId,
        op: &Op,
    ) -> Result<(MmaInfo, MmaPlan), CodegenError> {
        let info = self.val_mma[v.index()]
            .clone()
            .ok_or_else(|| self.unsupported(op, "a fragment value without its plan"))?;
        let plan = info
            .plan(self.opts)
            .ok_or_else(|| self.unsupported(op, "tensor-core plan vanished"))?;
        Ok((info, plan))
    }

    /// Makes sure `v` can be read slot by slot in the blocked layout: converts a fragment
    /// (tensor-core layout) value through shared memory. Tiles, lazy tiles and scalars need
    /// nothing.
    pub fn unfrag(&mut self, v: ValueId, op: &Op) -> Result<(), CodegenError> {
        if self.kind(v) == Kind::Row {
            return self.unrow(v, op);
        }
        if self.kind(v) != Kind::Mma {
            return Ok(());
        }
        let (info, plan) = self.frag_plan(v, op)?;
        let (m, n) = (info.m as u64, info.n as u64);
        self.need_smem(m * n * 4, m * n, op);
        let src = self.name(v).to_string();
        let acc_ty = info.kind.acc_ty();
        let s = smem(acc_ty, 0);
        self.line(format!("// fragment -> blocked layout of %{}", v.0));
        for r in 0..info.frag_len {
            let (row, col) = plan.frag_coord("tid", r);
            self.line(format!("{s}[({row}) * {n} + ({col})] = {src}[{r}];"));
        }
        self.sync();
        let dst = self.fresh("blk");
        let dims = self.dims(v);
        let l = self.layout_of(&dims);
        self.line(layout::declare(acc_ty, &dst, l));
        let sl = self.open_slots(&dims, true);
        let _ = sl;
        self.line(format!("{dst}[c] = {s}[e];"));
        self.close_slots();
        self.sync();
        self.rebind(v, dst, Kind::Tile);
        Ok(())
    }

    /// `dot` on tensor cores: A and B staged as bit patterns, the accumulator in fragments.
    pub(crate) fn dot_mma(
        &mut self,
        r: ValueId,
        a: ValueId,
        b: ValueId,
        acc: ValueId,
        info: MmaInfo,
        op: &Op,
    ) -> Result<(), CodegenError> {
        self.dot_mma_ext(r, a, b, acc, info, op, [None, None], true)
    }

    /// [`Emitter::dot_mma`] where a factor may already be in shared memory: `ext[0]` (A),
    /// `ext[1]` (B) are then C pointers (`const unsigned short*`) to it at the plan's pitch
    /// (a software pipeline's stage); the others are staged from registers.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn dot_mma_ext(
        &mut self,
        r: ValueId,
        a: ValueId,
        b: ValueId,
        acc: ValueId,
        info: MmaInfo,
        op: &Op,
        ext: [Option<String>; 2],
        trailing_sync: bool,
    ) -> Result<(), CodegenError> {
        let mut plan = info
            .plan(self.opts)
            .ok_or_else(|| self.unsupported(op, "tensor-core plan vanished"))?;
        // B given as the transpose of a tile: stage that tile as it is, as B^T.
        let b_src = self.trans_b.get(&b).copied();
        if b_src.is_some() {
            plan = plan.with_b_trans();
        }
        let (m, n, k) = (info.m as u64, info.n as u64, info.k as u64);
        let (al, bl) = (plan.a_layout(), plan.b_layout());
        let a_bytes = plan.a_bytes() as u64;
        let acc_is_frag =
            self.kind(acc) == Kind::Mma && self.val_mma[acc.index()].as_ref() == Some(&info);
        let b_staged = b_src.unwrap_or(b);
        // A in fragments (flash attention's `p`): staged from them, no blocked layout; on
        // wgmma with the same rows, not staged at all (A from registers).
        let a_frag = (self.kind(a) == Kind::Mma
            && ext[0].is_none()
            && matches!(self.dtype(a), DType::F16 | DType::BF16))
        .then(|| self.val_mma[a.index()].clone())
        .flatten()
        .and_then(|i| i.plan(self.opts).map(|p| (i, p)));
        let reg_a = match &a_frag {
            Some((ai, ap_)) if super::wgmma::a_from_registers(&plan, ap_, ai.n) => {
                Some(match self.packed_f16.get(&a) {
                    Some(h) => super::wgmma::RegA::Packed(h.clone()),
                    None => super::wgmma::RegA::Floats(self.name(a).to_string()),
                })
            }
            _ => None,
        };
        // Whether anything is staged here (else both factors are in shared memory or A is
        // in registers).
        let staging = ext[1].is_none() || (ext[0].is_none() && reg_a.is_none());
        if staging {
            self.need_smem(plan.smem_bytes() as u64, m * k + k * n, op);
        }
        for (v, e) in [(a, &ext[0]), (b_staged, &ext[1])] {
            if e.is_none() && !(v == a && a_frag.is_some()) {
                self.unfrag(v, op)?;
            }
        }
        if !acc_is_frag {
            // Before A and B take the shared memory.
            self.unfrag(acc, op)?;
        }
        // TF32 operands are rounded here, once per element, the way the interpreter rounds.
        let tf32 = info.kind == MmaKind::TF32;
        let bits = |e: &Emitter<'_>, x: &str| {
            if tf32 {
                format!("ox_tf32_bits({x})")
            } else {
                ops::to_bits(e.dtype(a), x)
            }
        };
        // Stage A ([M][K], pitch ap) and B ([K][N], pitch bp; 8-bit and TF32: B^T [N][K]).
        let wide = info.kind.esize() == 2;
        let st = match info.kind.esize() {
            2 => "u16",
            4 => "u32",
            _ => "u8",
        };
        let sa = smem(st, 0);
        let sb = smem(st, a_bytes);
        let b_cols = if b_src.is_some() { k } else { n };
        for (v, s, lay, cols, e) in [
            (a, &sa, al, k, &ext[0]),
            (b_staged, &sb, bl, b_cols, &ext[1]),
        ] {
            if e.is_some() {
                continue;
            }
            if v == a && reg_a.is_some() {
                continue;
            }
            if let (true, Some((ai, ap_))) = (v == a, &a_frag) {
                // Registers 2j and 2j + 1 are adjacent columns (an even one first): one
                // 32-bit store of both (pitches and columns even keep it aligned).
                let src = self.name(a).to_string();
                let is_f16 = self.dtype(a) == DType::F16;
                for j in 0..ai.frag_len / 2 {
                    let (row, col) = ap_.frag_coord("tid", 2 * j);
                    let (x0, x1) = (format!("{src}[{}]", 2 * j), format!("{src}[{}]", 2 * j + 1));
                    let word = if is_f16 {
                        format!("ox_cvt_f16x2_f32({x0}, {x1})")
                    } else {
                        format!(
                            "((__float_as_uint({x0}) >> 16) | (__float_as_uint({x1}) & 0xffff0000u))"
                        )
                    };
                    self.line(format!("*(u32*)&{s}[{}] = {word};", lay.index(&row, &col)));
                }
                continue;
            }
            let dims = self.dims(v);
            if !wide {
                // Element by element (bytes, or TF32 words); B transposed (`ldmatrix`
                // transposes 16-bit elements only).
                let sl = self.open_slots(&dims, true);
                let x = self.at(v, &sl);
                let bx = bits(self, &x);
                let (row, col) = if v == b && b_src.is_none() && !plan.b_row_major() {
                    (format!("e % {cols}"), format!("e / {cols}"))
                } else {
                    (format!("e / {cols}"), format!("e % {cols}"))
                };
                self.line(format!("{s}[{}] = {bx};", lay.index(&row, &col)));
                self.close_slots();
                continue;
            }
            self.stage_16(v, s, lay, cols, a_bytes.is_multiple_of(16));
        }
        if plan.wg && staging {
            // Ordinary stores, read next by the tensor cores (the async proxy).
            self.line("ox_fence_proxy_async();");
        }
        let synced = !staging;
        let [ea, eb] = ext;
        let sa = ea.unwrap_or_else(|| "((const unsigned short*)ox_smem)".to_string());
        let sb = eb.unwrap_or_else(|| format!("((const unsigned short*)(ox_smem + {a_bytes}))"));
        self.dot_mma_staged(
            r,
            acc,
            info,
            op,
            (sa, sb),
            b_src.is_some(),
            synced,
            trailing_sync,
            reg_a,
        )
    }

    /// Stages 16-bit tile `v` (`[rows][cols]`, a tile, lazy tile or scalar of the `dot`'s
    /// factor dtype) at `s` (a `u16` pointer expression) in layout `lay`; `aligned`: `s` is
    /// 16-byte aligned.
    pub(crate) fn stage_16(
        &mut self,
        v: ValueId,
        s: &str,
        lay: SmemLayout,
        cols: u64,
        aligned: bool,
    ) {
        let dims = self.dims(v);
        let l = self.layout_of(&dims);
        let bits = |e: &Emitter<'_>, x: &str| ops::to_bits(e.dtype(v), x);
        // A materialized tile whose runs are whole 16-byte chunks of one row: staged with
        // 16-byte shared stores (a run of `l.v` never crosses a row since `cols % l.v == 0`;
        // `pitch % w == 0` and 16-byte-aligned bases keep every chunk aligned).
        let w = l.v.min(8);
        if self.kind(v) == Kind::Tile
            && w == 8
            && !l.ragged()
            && cols.is_multiple_of(l.v)
            && match lay {
                SmemLayout::Pitched { pitch } => u64::from(pitch).is_multiple_of(w),
                SmemLayout::Swizzled { .. } => cols.is_multiple_of(w),
            }
            && aligned
        {
            let name = self.name(v).to_string();
            // The tile's values are exact in its 16-bit dtype: take the bits directly.
            let is_f16 = self.dtype(v) == DType::F16;
            let raw = |x: &str| {
                if is_f16 {
                    format!("ox_f16_raw({x})")
                } else {
                    format!("(__float_as_uint({x}) >> 16)")
                }
            };
            self.line("#pragma unroll");
            self.open(format!("for (int run = 0; run < {}; ++run) {{", l.c / l.v));
            self.line(format!("const int e0 = (run * {} + tid) * {};", l.t, l.v));
            for q in 0..l.v / w {
                let words: Vec<String> = (0..w / 2)
                    .map(|u| {
                        let c0 = format!("{name}[run * {} + {}]", l.v, q * w + 2 * u);
                        let c1 = format!("{name}[run * {} + {}]", l.v, q * w + 2 * u + 1);
                        format!("((u32){} | ((u32){} << 16))", raw(&c0), raw(&c1))
                    })
                    .collect();
                let off = q * w;
                let at = lay.index(
                    &format!("(e0 + {off}) / {cols}"),
                    &format!("(e0 + {off}) % {cols}"),
                );
                self.line(format!(
                    "*(uint4*)&{s}[{at}] = make_uint4({});",
                    words.join(", ")
                ));
            }
            self.close();
            return;
        }
        let sl = self.open_slots(&dims, true);
        let x = self.at(v, &sl);
        let bx = bits(self, &x);
        let at = lay.index(&format!("e / {cols}"), &format!("e % {cols}"));
        self.line(format!("{s}[{at}] = {bx};"));
        self.close_slots();
    }

    /// The rest of a tensor-core `dot` once its operands are in shared memory, at the C
    /// pointers `staged` (`const unsigned short*` to A and B, at the plan's pitches);
    /// `b_trans`: B is staged transposed (`[N][K]`); `synced`: the factors are already
    /// visible to every thread (a pipeline's stages after its wait and barrier), so no
    /// barrier is needed before the products unless the accumulator goes through shared
    /// memory; `trailing_sync`: a barrier after the products, so that shared memory they read
    /// may be written next (false only when a later barrier comes first, see `pipeline`);
    /// `reg_a`: on wgmma, A is the fragment array of that name (see
    /// `wgmma::a_from_registers`), not staged.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn dot_mma_staged(
        &mut self,
        r: ValueId,
        acc: ValueId,
        info: MmaInfo,
        op: &Op,
        staged: (String, String),
        b_trans: bool,
        synced: bool,
        trailing_sync: bool,
        reg_a: Option<super::wgmma::RegA>,
    ) -> Result<(), CodegenError> {
        let mut plan = info
            .plan(self.opts)
            .ok_or_else(|| self.unsupported(op, "tensor-core plan vanished"))?;
        if b_trans {
            plan = plan.with_b_trans();
        }
        self.uses_mma = true;
        let (m, n) = (info.m as u64, info.n as u64);
        let acc_is_frag =
            self.kind(acc) == Kind::Mma && self.val_mma[acc.index()].as_ref() == Some(&info);
        let acc_off = align16(plan.smem_bytes() as u64);
        if !acc_is_frag && self.kind(acc) == Kind::Tile {
            self.need_smem(acc_off + m * n * 4, m * n, op);
            self.unfrag(acc, op)?;
        }
        let zero =
            plan.wg && matches!(self.kind(acc), Kind::Scalar | Kind::Lazy) && self.is_zero(acc);
        // In place, its wait deferred (see `pipeline`, "Overlap"): the accumulator is the
        // loop's variable itself, and so is the result.
        let deferred = plan.wg
            && acc_is_frag
            && self
                .pipe
                .as_ref()
                .and_then(|p| p.deferred)
                .is_some_and(|var| self.name(acc) == format!("x{var}"));
        let frag = if deferred {
            let x = self.name(acc).to_string();
            self.rebind_plain(r, x.clone(), Kind::Mma);
            x
        } else {
            self.define(r, Kind::Mma)
        };
        self.val_mma[r.index()] = Some(info.clone());
        let acc_ty = info.kind.acc_ty();
        if !deferred {
            self.line(format!("{acc_ty} {frag}[{}];", info.frag_len));
        }
        match self.kind(acc) {
            Kind::Mma if deferred => {
                if !synced {
                    self.sync();
                }
            }
            Kind::Mma if acc_is_frag => {
                let x = self.name(acc).to_string();
                self.line(format!(
                    "#pragma unroll\n{}for (int c = 0; c < {}; ++c) {frag}[c] = {x}[c];",
                    "    ".repeat(self.indent_level()),
                    info.frag_len
                ));
                if !synced {
                    self.sync();
                }
            }
            Kind::Tile => {
                let sacc = smem(acc_ty, acc_off);
                let dims = self.dims(acc);
                let sl = self.open_slots(&dims, true);
                let x = self.at(acc, &sl);
                self.line(format!("{sacc}[e] = {x};"));
                self.close_slots();
                self.sync();
                for rg in 0..info.frag_len {
                    let (row, col) = plan.frag_coord("tid", rg);
                    self.line(format!("{frag}[{rg}] = {sacc}[({row}) * {n} + ({col})];"));
                }
            }
            _ if zero => {
                // Written by the first k-step without being read (wgmma's scale-d 0).
                if !synced {
                    self.sync();
                }
            }
            _ => {
                // Scalars and lazy tiles are evaluated at each fragment register's position.
                if !synced {
                    self.sync();
                }
                for rg in 0..info.frag_len {
                    let (row, col) = plan.frag_coord("tid", rg);
                    let x = self.eval(acc, &[row, col]);
                    self.line(format!("{frag}[{rg}] = {x};"));
                }
            }
        }
        let (sa, sb) = staged;
        let mut body = String::new();
        if plan.wg {
            super::wgmma::emit(
                &plan,
                &mut body,
                &frag,
                &sa,
                &sb,
                "tid",
                reg_a.as_ref(),
                zero,
                deferred,
            );
            self.wgmma_used
                .extend(super::wgmma::variants(&plan, reg_a.is_some(), zero));
        } else {
            plan.emit_mma(&mut body, &frag, &sa, &sb, "tid");
        }
        self.open("{");
        for l in body.lines() {
            self.line(l);
        }
        self.close();
        if self.dtype(r) == DType::F16 {
            // An f16 accumulation (`MmaKind::of`): the f32 sums rounded once per `dot`. Never
            // deferred (`pipeline`'s `deferrable`), so the products have landed.
            let rounded = ops::round(DType::F16, &format!("{frag}[c]"));
            self.line(format!(
                "#pragma unroll\n{}for (int c = 0; c < {}; ++c) {frag}[c] = {rounded};",
                "    ".repeat(self.indent_level()),
                info.frag_len
            ));
        }
        if trailing_sync {
            self.sync();
        }
        Ok(())
    }

    /// Elementwise ops on fragment values stay in the fragment layout when the rule of
    /// `plan::class_of` says so (`info`: the plan it gives): every other operand a scalar, a lazy tile (evaluated at each
    /// register's position), fragments of the same plan or a row vector of its rows (read at
    /// each register's row), and a float result (f16 and bf16 values are held as f32, as in
    /// the blocked layout). Returns false when the op is not such a case.
    pub fn mma_elementwise(
        &mut self,
        r: ValueId,
        info: MmaInfo,
        op: &Op,
    ) -> Result<bool, CodegenError> {
        let Some(plan) = info.plan(self.opts) else {
            return Ok(false);
        };
        let operands = op.operands();
        let frag = self.define(r, Kind::Mma);
        self.val_mma[r.index()] = Some(info.clone());
        self.line(format!("{} {frag}[{}];", info.kind.acc_ty(), info.frag_len));
        if let Op::Cast {
            value,
            to: DType::F16,
        } = op
            && self.kind(*value) == Kind::Mma
            && self.dtype(*value) == DType::F32
            && info.frag_len.is_multiple_of(2)
        {
            // Rounding to f16 (flash attention's `p`): pairs through the packed conversion
            // and back, one NaN test for the whole fragment (ox_rnd_f16, which keeps a NaN's
            // payload as the interpreter does, only when a NaN is among them).
            let src = self.name(*value).to_string();
            let h = self.fresh("h");
            let pairs = info.frag_len / 2;
            let exact_nan = self.a.nan_exact[value.index()];
            self.line(format!("u32 {h}[{pairs}];"));
            if exact_nan {
                self.line(format!("u32 {h}_nan = 0u;"));
            }
            for j in 0..pairs {
                let test = if exact_nan {
                    format!(" {h}_nan |= ox_f16x2_nan({h}[{j}]);")
                } else {
                    String::new()
                };
                self.line(format!(
                    "{h}[{j}] = ox_cvt_f16x2_f32({src}[{}], {src}[{}]);{test}",
                    2 * j,
                    2 * j + 1
                ));
            }
            self.packed_f16.insert(r, h.clone());
            // The f16 values back in f32: all of them where the NaNs' bits are never
            // observed (`kernel_core::analysis::exact_nans`; attention's `p` comes from `exp`
            // and feeds a `dot`), else where the fragment holds no NaN.
            if exact_nan {
                self.open(format!("if ({h}_nan == 0u) {{"));
            }
            for j in 0..pairs {
                self.line(format!(
                    "{frag}[{}] = ox_cvt_f32_f16((u16){h}[{j}]); {frag}[{}] = ox_cvt_f32_f16((u16)({h}[{j}] >> 16));",
                    2 * j,
                    2 * j + 1
                ));
            }
            if !exact_nan {
                return Ok(true);
            }
            self.indent_dec();
            self.open("} else {");
            for rg in 0..info.frag_len {
                self.line(format!("{frag}[{rg}] = ox_rnd_f16({src}[{rg}]);"));
            }
            self.close();
            return Ok(true);
        }
        for rg in 0..info.frag_len {
            let (row, col) = plan.frag_coord("tid", rg);
            self.open("{");
            self.clear_memo();
            let args: Vec<String> = operands
                .iter()
                .map(|v| match self.kind(*v) {
                    Kind::Mma => format!("{}[{rg}]", self.name(*v)),
                    Kind::Row => format!("{}[{}]", self.name(*v), plan.row_reg(rg)),
                    _ => self.eval(*v, &[row.clone(), col.clone()]),
                })
                .collect();
            let e = self
                .elementwise_expr(op, &args)
                .map_err(|why| self.unsupported(op, why))?;
            self.line(format!("{frag}[{rg}] = {e};"));
            self.clear_memo();
            self.close();
        }
        Ok(true)
    }

    /// `var_store`/`var_init` of a variable held in fragments.
    pub fn mma_var_store(
        &mut self,
        var: usize,
        value: ValueId,
        op: &Op,
    ) -> Result<(), CodegenError> {
        let info = self.var_mma[var]
            .clone()
            .ok_or_else(|| self.unsupported(op, "not a fragment variable"))?;
        let plan = info
            .plan(self.opts)
            .ok_or_else(|| self.unsupported(op, "tensor-core plan vanished"))?;
        let len = info.frag_len;
        match self.kind(value) {
            Kind::Mma if self.val_mma[value.index()].as_ref() == Some(&info) => {
                let x = self.name(value).to_string();
                self.line(format!(
                    "#pragma unroll\n{}for (int c = 0; c < {len}; ++c) x{var}[c] = {x}[c];",
                    "    ".repeat(self.indent_level())
                ));
            }
            Kind::Scalar | Kind::Lazy => {
                for rg in 0..len {
                    let (row, col) = plan.frag_coord("tid", rg);
                    self.open("{");
                    self.clear_memo();
                    let x = self.eval(value, &[row, col]);
                    self.line(format!("x{var}[{rg}] = {x};"));
                    self.clear_memo();
                    self.close();
                }
            }
            _ => {
                self.unfrag(value, op)?;
                let (m, n) = (info.m as u64, info.n as u64);
                self.need_smem(m * n * 4, m * n, op);
                self.write_smem(value, 0, op)?;
                self.sync();
                let s = smem(info.kind.acc_ty(), 0);
                for rg in 0..len {
                    let (row, col) = plan.frag_coord("tid", rg);
                    self.line(format!("x{var}[{rg}] = {s}[({row}) * {n} + ({col})];"));
                }
                self.sync();
            }
        }
        Ok(())
    }
}
