//! The emitter: walks the kernel body and writes the body of the `__global__` function, one IR
//! instruction at a time. Elementwise ops, values, variables and control flow live here; ops
//! that exchange elements between threads are in `exchange`, tensor-core `dot`s and their
//! fragments in `fragments`, memory ops in `access`. The plans this state holds (fragment
//! shapes, row layouts, software pipelines) are defined in `plan`.
//!
//! # Values
//! Every IR value is one of ([`Kind`]): a scalar (a C `const` every thread computes
//! identically), a tile in registers (a per-thread array, see `layout`), a lazy tile (no
//! storage: each consumer evaluates it from the element's multi-index, see `analysis`), or a
//! tile in the tensor-core fragment layout (`fragments`).
//!
//! # Uniform control flow
//! Every scalar is computed identically by every thread (scalar loads read one address, scalar
//! atomics are broadcast through shared memory), so every `if`, `while` and `for` of the
//! generated code is uniform and `__syncthreads()` may appear anywhere. Per-lane work happens
//! in fully unrolled loops over a thread's slots (`#pragma unroll`, so the arrays stay in
//! registers), which contain no barrier.
//!
//! # Errors
//! In checked mode a thread that finds an out-of-bounds lane records it (first error wins),
//! skips the lane and sets `ox_fail`, which stops its memory writes; every barrier is then a
//! `__syncthreads_or(ox_fail)` vote after which the whole block returns. Failed assertions and
//! bad loop steps stop the block at once.

use std::collections::HashMap;

use kernel_core::DType;
use kernel_core::ir::{
    AccessHint, BinaryOp, Block, CmpOp, Elem, Inst, Kernel, Op, RandKind, Unroll, ValueId,
};

use super::analysis::{Analysis, Coef};
use super::layout::{self, CudaLayout, Layout, reg_type, reg_type_elem};
use super::ops;
use super::plan::{Forms, Hoisted, MmaInfo, Pipe, RowLayout, mma_info, plan_vars};
use super::status::{ASSERT as CODE_ASSERT, BAD_LOOP_STEP as CODE_BAD_STEP};
use super::wgmma::Variant;
use super::{CodegenError, Options};

/// How a value is held (see the module docs).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Rank 0: a C value.
    Scalar,
    /// A per-thread register array in the blocked layout.
    Tile,
    /// Evaluated from the multi-index by each consumer.
    Lazy,
    /// A per-thread `float` array in the tensor-core accumulator layout of an `MmaPlan`.
    Mma,
    /// A per-thread array of the rows of a fragment layout (see `rows`).
    Row,
}

/// The context of a loop over a thread's slots: which layout, and the multi-index (C `int`
/// expressions) of the slot's element in `dims`.
#[derive(Clone, Debug)]
pub(crate) struct Slot {
    /// The layout iterated.
    pub layout: Layout,
    /// The element's multi-index.
    pub idx: Vec<String>,
}

/// The lazy temporaries and their log, set aside by [`Emitter::take_memo`].
pub(crate) type SavedMemo = (HashMap<(u32, Vec<String>), String>, Vec<(u32, Vec<String>)>);

/// State of one kernel's generation.
pub(crate) struct Emitter<'k> {
    /// The kernel.
    pub k: &'k Kernel,
    /// The options.
    pub opts: &'k Options,
    /// Facts about the kernel.
    pub a: &'k Analysis,
    /// Threads per block.
    pub t: u32,
    /// The body written so far.
    pub out: String,
    indent: usize,
    /// The C name of each value (a scalar's value, a tile's array).
    names: Vec<String>,
    kinds: Vec<Kind>,
    /// The defining instruction of each value.
    pub(crate) defs: Vec<Option<&'k Inst>>,
    tmp: u32,
    /// Lazy sub-expressions already evaluated in the current slot loop.
    memo: HashMap<(u32, Vec<String>), String>,
    /// Dynamic shared memory needed so far, and the op that needs the most.
    pub smem_bytes: u64,
    /// The op that needs the most shared memory.
    pub smem_op: &'static str,
    /// Elements of that op's tile.
    pub smem_elems: u64,
    /// Where that op is in the kernel's source.
    pub smem_at: Option<String>,
    /// Where the instruction being emitted is in the kernel's source (for errors).
    pub at: Option<String>,
    /// The status site of the instruction being emitted (`status[8]`): 0 without a source
    /// location or for ops that cannot fail, else 1 + its index in [`Emitter::sites`].
    pub site: u32,
    /// Source locations the status site can name (one per distinct location of an op that
    /// may fail: an access, an assertion, a loop).
    pub sites: Vec<String>,
    /// Assertion messages, indexed by id.
    pub messages: Vec<String>,
    /// Some `dot` runs on tensor cores.
    pub uses_mma: bool,
    /// The `wgmma` instruction variants the kernel uses (their wrappers go in the prelude).
    pub wgmma_used: std::collections::BTreeSet<Variant>,
    /// f16 fragment values also held packed, two per `u32` (the array's name): a `dot`
    /// taking its A from registers uses those words (see `wgmma::a_from_registers`).
    pub packed_f16: std::collections::HashMap<ValueId, String>,
    /// Some pipelined copy may take the element-by-element path (ordinary stores into the
    /// stages, which `wgmma` reads only after `fence.proxy.async`).
    pub pipe_stores: bool,
    /// Per variable: its fragment plan when it lives in the MMA layout.
    pub var_mma: Vec<Option<MmaInfo>>,
    /// Per value: its fragment plan when it is of kind [`Kind::Mma`].
    pub val_mma: Vec<Option<MmaInfo>>,
    /// Per value: the fragment plan [`plan_vars`] predicts for it (known before the value
    /// is emitted).
    pub mma_class: Vec<Option<MmaInfo>>,
    /// Per variable: its row layout when it lives as a row vector (see `rows`).
    pub var_row: Vec<Option<RowLayout>>,
    /// Per value: its row layout when it is of kind [`Kind::Row`].
    pub val_row: Vec<Option<RowLayout>>,
    /// Elements per vector access of the access being emitted.
    pub vec_w: u64,
    /// Keys inserted in `memo`, in order (for scoped undo).
    memo_log: Vec<(u32, Vec<String>)>,
    /// IR block nesting: per open block, the rebindings to undo when it closes.
    scopes: Vec<Vec<(ValueId, String, Kind)>>,
    /// The IR block depth at which each value was defined.
    def_depth: Vec<usize>,
    /// The software pipeline of the loop being emitted, if any (see `pipeline`).
    pub pipe: Option<Pipe>,
    /// Some loop was software-pipelined.
    pub pipelined: bool,
    /// The most stages any loop may have: a loop's own `num_stages` hint included, lowered
    /// by `emit_cuda` when the stages do not fit (`u32::MAX` on the first attempt).
    pub stage_cap: u32,
    /// The cache hint of the load or store being emitted (see `access`).
    pub hint: AccessHint,
    /// Transposes (`permute [1, 0]`) whose only use is as the B factor of a tensor-core
    /// `dot` with 16-bit or TF32 operands, and the value they transpose: the `dot` stages that
    /// value as it is, as B^T, and the transpose itself emits nothing.
    pub trans_b: HashMap<ValueId, ValueId>,
    /// Pipelined loads whose chunk addresses are partly computed before their loop (see
    /// `pipeline::hoist`).
    pub hoisted: HashMap<ValueId, Hoisted>,
}

impl<'k> Emitter<'k> {
    /// A fresh emitter.
    pub fn new(k: &'k Kernel, opts: &'k Options, a: &'k Analysis, t: u32) -> Self {
        let defs = kernel_core::analysis::defs(k);
        let Forms {
            var_mma,
            var_row,
            mma_class,
        } = plan_vars(k, a, opts);
        let mut trans_b = HashMap::new();
        super::analysis::walk(&k.body, &mut |inst| {
            let Op::Dot {
                a: x,
                b: y,
                acc,
                precision,
            } = &inst.op
            else {
                return;
            };
            let Some(Op::Permute { value, perm }) = defs[y.index()].map(|i| &i.op) else {
                return;
            };
            let info = mma_info(k, a, opts, (*x, *y, *acc), *precision);
            if perm.as_slice() == [1, 0]
                && a.uses[y.index()] == 1
                && info.is_some_and(|i| matches!(i.kind.esize(), 2 | 4))
            {
                trans_b.insert(*y, *value);
            }
        });
        Emitter {
            k,
            opts,
            a,
            t,
            out: String::new(),
            indent: 1,
            names: vec![String::new(); k.values.len()],
            kinds: vec![Kind::Scalar; k.values.len()],
            defs,
            tmp: 0,
            memo: HashMap::new(),
            smem_bytes: 0,
            smem_op: "",
            smem_elems: 0,
            smem_at: None,
            at: None,
            site: 0,
            sites: Vec::new(),
            messages: Vec::new(),
            uses_mma: false,
            wgmma_used: Default::default(),
            packed_f16: Default::default(),
            pipe_stores: false,
            var_mma,
            val_mma: vec![None; k.values.len()],
            mma_class,
            var_row,
            val_row: vec![None; k.values.len()],
            vec_w: 1,
            memo_log: Vec::new(),
            scopes: Vec::new(),
            def_depth: vec![0; k.values.len()],
            pipe: None,
            pipelined: false,
            stage_cap: u32::MAX,
            hint: AccessHint::default(),
            trans_b,
            hoisted: HashMap::new(),
        }
    }

    /// Takes the lazy temporaries (before a C block where the same values mean something
    /// else: a later loop iteration); [`Emitter::put_memo`] puts them back.
    pub fn take_memo(&mut self) -> SavedMemo {
        (
            std::mem::take(&mut self.memo),
            std::mem::take(&mut self.memo_log),
        )
    }

    /// Restores what [`Emitter::take_memo`] took.
    pub fn put_memo(&mut self, saved: SavedMemo) {
        (self.memo, self.memo_log) = saved;
    }

    /// Sets a value's name and kind, with no scoped undo (the caller restores them).
    pub fn rebind_plain(&mut self, v: ValueId, name: String, kind: Kind) {
        self.names[v.index()] = name;
        self.kinds[v.index()] = kind;
    }

    /// The current indentation level.
    pub fn indent_level(&self) -> usize {
        self.indent
    }

    /// Dedents without writing anything (before an `} else {`).
    pub fn indent_dec(&mut self) {
        self.indent -= 1;
    }

    /// Forgets every lazy temporary.
    pub fn clear_memo(&mut self) {
        self.memo.clear();
        self.memo_log.clear();
    }

    /// A mark of the lazy temporaries defined so far (see [`Emitter::memo_restore`]).
    pub fn memo_mark(&self) -> usize {
        self.memo_log.len()
    }

    /// Forgets the lazy temporaries defined since `mark` (they were in a closed C block).
    pub fn memo_restore(&mut self, mark: usize) {
        for key in self.memo_log.drain(mark..) {
            self.memo.remove(&key);
        }
    }

    /// Gives value `v` a new storage, until the IR block in which this happens closes if `v`
    /// was defined outside it (the C array would be out of scope there).
    pub fn rebind(&mut self, v: ValueId, name: String, kind: Kind) {
        let old = (v, self.names[v.index()].clone(), self.kinds[v.index()]);
        if self.def_depth[v.index()] < self.scopes.len()
            && let Some(s) = self.scopes.last_mut()
        {
            s.push(old);
        }
        self.names[v.index()] = name;
        self.kinds[v.index()] = kind;
    }

    /// Emits an IR block nested in the current one (a loop body, a branch).
    fn nested(&mut self, b: &Block) -> Result<(), CodegenError> {
        self.scopes.push(Vec::new());
        let r = self.block(b);
        if let Some(undo) = self.scopes.pop() {
            for (v, name, kind) in undo.into_iter().rev() {
                self.names[v.index()] = name;
                self.kinds[v.index()] = kind;
            }
        }
        r
    }

    // ---- output --------------------------------------------------------------------------

    /// Writes one line at the current indentation.
    pub fn line(&mut self, s: impl AsRef<str>) {
        for _ in 0..self.indent {
            self.out.push_str("    ");
        }
        self.out.push_str(s.as_ref());
        self.out.push('\n');
    }

    /// Writes `s` (ending in `{`) and indents.
    pub fn open(&mut self, s: impl AsRef<str>) {
        self.line(s);
        self.indent += 1;
    }

    /// Dedents and writes `}`.
    pub fn close(&mut self) {
        self.indent -= 1;
        self.line("}");
    }

    /// A fresh C identifier.
    pub fn fresh(&mut self, prefix: &str) -> String {
        self.tmp += 1;
        format!("{prefix}{}", self.tmp)
    }

    /// A block-wide barrier; in checked mode also the vote that stops the block after an
    /// out-of-bounds access.
    pub fn sync(&mut self) {
        if self.opts.checked {
            self.line("if (__syncthreads_or(ox_fail)) return;");
        } else {
            self.line("__syncthreads();");
        }
    }

    // ---- values --------------------------------------------------------------------------

    /// The concrete shape of a value.
    pub fn dims(&self, v: ValueId) -> Vec<u64> {
        self.a.dims[v.index()].clone()
    }

    /// The layout of a shape.
    pub fn layout_of(&self, dims: &[u64]) -> Layout {
        Layout::of(dims, self.t, self.a.vmax)
    }

    /// The layout of a value.
    pub fn layout(&self, v: ValueId) -> Layout {
        self.layout_of(&self.a.dims[v.index()])
    }

    /// The dtype of a non-pointer value (the pointee for pointers).
    pub fn dtype(&self, v: ValueId) -> DType {
        match self.k.ty(v).elem {
            Elem::Scalar(d) | Elem::Ptr(d) => d,
        }
    }

    /// The C register type of a value.
    pub fn ctype(&self, v: ValueId) -> &'static str {
        reg_type_elem(self.k.ty(v).elem)
    }

    /// How a value is held.
    pub fn kind(&self, v: ValueId) -> Kind {
        self.kinds[v.index()]
    }

    /// The name of a value.
    pub fn name(&self, v: ValueId) -> &str {
        &self.names[v.index()]
    }

    /// Makes `r` another name for `v` (no data moves; same layout).
    pub fn alias(&mut self, r: ValueId, v: ValueId) {
        self.names[r.index()] = self.names[v.index()].clone();
        self.kinds[r.index()] = self.kinds[v.index()];
        self.val_mma[r.index()] = self.val_mma[v.index()].clone();
        self.val_row[r.index()] = self.val_row[v.index()];
        self.def_depth[r.index()] = self.def_depth[v.index()];
    }

    /// Names `r` `v{r}` with kind `kind` and returns the name.
    pub fn define(&mut self, r: ValueId, kind: Kind) -> String {
        let n = format!("v{}", r.0);
        self.names[r.index()] = n.clone();
        self.kinds[r.index()] = kind;
        self.def_depth[r.index()] = self.scopes.len();
        n
    }

    /// Declares the register storage of tile or scalar result `r`.
    pub fn declare(&mut self, r: ValueId) -> String {
        let l = self.layout(r);
        let kind = if l.scalar { Kind::Scalar } else { Kind::Tile };
        let n = self.define(r, kind);
        let ty = self.ctype(r);
        self.line(layout::declare(ty, &n, l));
        n
    }

    /// Opens a loop over the slots of `dims` (`guard`: skip slots past the tile's end),
    /// defining `c` and `e` in C. Must be closed by [`Emitter::close_slots`].
    pub fn open_slots(&mut self, dims: &[u64], guard: bool) -> Slot {
        let l = self.layout_of(dims);
        self.line("#pragma unroll");
        self.open(format!("for (int c = 0; c < {}; ++c) {{", l.c));
        self.line(format!("const int e = {};", l.elem_expr("c")));
        if guard && l.ragged() {
            self.open(format!("if (e < {}) {{", l.n));
        } else {
            self.open("{");
        }
        self.clear_memo();
        Slot {
            layout: l,
            idx: layout::unravel("e", dims),
        }
    }

    /// Closes a loop opened by [`Emitter::open_slots`].
    pub fn close_slots(&mut self) {
        self.clear_memo();
        self.close();
        self.close();
    }

    /// The expression of value `v` at the slot's element (`v` has the slot's shape, or is a
    /// scalar). May emit temporaries (lazy values): call at the slot body's top level.
    pub fn at(&mut self, v: ValueId, s: &Slot) -> String {
        match self.kind(v) {
            Kind::Scalar => self.names[v.index()].clone(),
            Kind::Tile => {
                debug_assert_eq!(self.layout(v), s.layout, "operand %{} layout", v.0);
                format!("{}[c]", self.names[v.index()])
            }
            Kind::Lazy => self.eval(v, &s.idx.clone()),
            Kind::Mma | Kind::Row => {
                // Callers convert fragments and row vectors before slot loops (see
                // `fragments`, `rows`).
                format!("{}[c]", self.names[v.index()])
            }
        }
    }

    /// The expression of lazy (or scalar) value `v` at multi-index `idx` of its own shape.
    pub fn eval(&mut self, v: ValueId, idx: &[String]) -> String {
        if self.kind(v) == Kind::Scalar {
            return self.names[v.index()].clone();
        }
        let key = (v.0, idx.to_vec());
        if let Some(n) = self.memo.get(&key) {
            return n.clone();
        }
        let Some(inst) = self.defs[v.index()] else {
            return self.names[v.index()].clone();
        };
        if let Some((src, sidx)) = self.source_index(v, &inst.op, idx) {
            return self.eval(src, &sidx);
        }
        let expr = match &inst.op {
            Op::Arange { .. } => return idx[0].clone(),
            op => {
                let args: Vec<String> = op.operands().iter().map(|o| self.eval(*o, idx)).collect();
                // Lazy ops are non-float elementwise ops the analysis vetted, so the
                // expression builders cannot fail on them; fall back to 0 defensively.
                self.elementwise_expr(op, &args)
                    .unwrap_or_else(|_| "0".to_string())
            }
        };
        let n = self.fresh("l");
        let ty = self.ctype(v);
        self.line(format!("const {ty} {n} = {expr};"));
        self.memo_log.push(key.clone());
        self.memo.insert(key, n.clone());
        n
    }

    /// For a lazy op that only moves elements (broadcast, `expand_dims`, reshape, permute):
    /// its operand and the operand's multi-index for element `idx` of `v` (empty for a
    /// scalar operand).
    pub(crate) fn source_index(
        &self,
        v: ValueId,
        op: &Op,
        idx: &[String],
    ) -> Option<(ValueId, Vec<String>)> {
        let dims = self.dims(v);
        Some(match op {
            // The same value, with facts for the analysis.
            Op::Hint { value, .. } => (*value, idx.to_vec()),
            Op::Broadcast { value, .. } => {
                let sd = self.dims(*value);
                let off = dims.len() - sd.len();
                let sidx = (0..sd.len())
                    .map(|j| {
                        if sd[j] == 1 {
                            "0".to_string()
                        } else {
                            idx[off + j].clone()
                        }
                    })
                    .collect();
                (*value, sidx)
            }
            Op::ExpandDims { value, axis } => {
                let mut sidx = idx.to_vec();
                sidx.remove(*axis as usize);
                (*value, sidx)
            }
            Op::Reshape { value, .. } => {
                let sd = self.dims(*value);
                if sd.is_empty() {
                    return Some((*value, Vec::new()));
                }
                let lin = layout::ravel(idx, &dims);
                (*value, layout::unravel(&lin, &sd))
            }
            Op::Permute { value, perm } => {
                let mut sidx = vec![String::new(); perm.len()];
                for (i, &p) in perm.iter().enumerate() {
                    sidx[p as usize] = idx[i].clone();
                }
                (*value, sidx)
            }
            _ => return None,
        })
    }

    /// The run-time condition under which the blockwise affine facts of lazy value `v` at
    /// multi-index `idx` hold (see `analysis::Affine::guard`): the `rem` `r = x % n` among
    /// its operands, evaluated where `v`'s element `idx` takes it, has `x >= 0 && n != 0`.
    /// `None` when `r` is not found below `v` (the facts then have no guard).
    pub fn rem_guard(&mut self, v: ValueId, idx: &[String], r: ValueId) -> Option<String> {
        if self.kind(v) != Kind::Lazy {
            return None;
        }
        let inst = self.defs[v.index()]?;
        if v == r {
            let Op::Binary { lhs, rhs, .. } = &inst.op else {
                return None;
            };
            let (x, n) = (self.eval(*lhs, idx), self.eval(*rhs, idx));
            return Some(format!("{x} >= 0 && {n} != 0"));
        }
        if let Some((src, sidx)) = self.source_index(v, &inst.op, idx) {
            return self.rem_guard(src, &sidx, r);
        }
        if matches!(inst.op, Op::Arange { .. } | Op::Const { .. }) {
            return None;
        }
        for o in inst.op.operands() {
            if let Some(g) = self.rem_guard(o, idx, r) {
                return Some(g);
            }
        }
        None
    }

    /// A condition equivalent to "lazy boolean `mask` is true at every one of the `w` lanes
    /// `idx0`, `idx0 + 1`, ... along the last dim", cheaper than testing each lane, or `None`
    /// when no such shortcut is known (the caller tests each lane).
    ///
    /// Masks are usually `&`s of comparisons of an index with a bound: `rows < m` is the
    /// same for every lane, `cols < n` (an index going up by a constant per lane against
    /// a bound that does not) is true at an interval of lanes, so at all of them when at the
    /// first and the last one, provided the index does not wrap around in between (tested).
    pub fn all_lanes(&mut self, mask: ValueId, idx0: &[String], w: u64) -> Option<String> {
        self.lane_test(mask, idx0, w, LaneTest::All)
    }

    /// A condition that is true when mask `mask` is true at all `w` lanes `idx0 ..` along
    /// the last dim and false when it is false at all of them, where the facts prove that
    /// the lanes of a chunk starting at a multiple of `w` always agree (so a copy of the
    /// chunk is all or nothing: `cp.async` with zero fill, no per-lane fallback), or `None`.
    ///
    /// `index < bound` and `index >= bound` (also written `bound > index`, `bound <= index`)
    /// agree over such a chunk when the index goes up by 1 per lane from a multiple of `w` and
    /// the bound is a multiple of `w` (Triton's divisibility facts); comparisons constant
    /// along the last dim, and `&`s of agreeing masks, agree too.
    pub fn uniform_lanes(&mut self, mask: ValueId, idx0: &[String], w: u64) -> Option<String> {
        self.lane_test(mask, idx0, w, LaneTest::Uniform { dry: false })
    }

    /// Whether [`Emitter::uniform_lanes`] would find a condition, without emitting anything.
    pub fn uniform_lanes_known(&mut self, mask: ValueId, idx0: &[String], w: u64) -> bool {
        self.lane_test(mask, idx0, w, LaneTest::Uniform { dry: true })
            .is_some()
    }

    /// The walk [`Emitter::all_lanes`] and [`Emitter::uniform_lanes`] share: through
    /// broadcasts and `expand_dims` that move the last index along, and `&`s; they differ
    /// only in which comparisons they accept and what they test for them.
    fn lane_test(&mut self, mask: ValueId, idx0: &[String], w: u64, t: LaneTest) -> Option<String> {
        if self.kind(mask) != Kind::Lazy {
            return None;
        }
        let inst = self.defs[mask.index()]?;
        let rank = idx0.len();
        let last = layout::lane_index(idx0, rank, w - 1);
        // The condition at the first lane (nothing in a dry run).
        let first = |e: &mut Emitter<'_>, v: ValueId, idx: &[String]| match t {
            LaneTest::Uniform { dry: true } => String::new(),
            _ => e.eval(v, idx),
        };
        if let Some((src, s0)) = self.source_index(mask, &inst.op, idx0) {
            let (_, s1) = self.source_index(mask, &inst.op, &last)?;
            if s0 == s1 {
                // The last index does not reach the operand: the same for every lane.
                return Some(first(self, src, &s0));
            }
            let moves_last = matches!(inst.op, Op::Broadcast { .. } | Op::ExpandDims { .. })
                && !s0.is_empty()
                && s0[..s0.len() - 1] == s1[..s1.len() - 1]
                && s0[s0.len() - 1] == idx0[rank - 1];
            return if moves_last {
                self.lane_test(src, &s0, w, t)
            } else {
                None
            };
        }
        match &inst.op {
            Op::Binary {
                op: BinaryOp::And,
                lhs,
                rhs,
            } => {
                let a = self.lane_test(*lhs, idx0, w, t)?;
                let b = self.lane_test(*rhs, idx0, w, t)?;
                Some(format!("({a} && {b})"))
            }
            Op::Cmp { op, lhs, rhs } => {
                let (la, ra) = (self.a.affine[lhs.index()], self.a.affine[rhs.index()]);
                let global = |a: &super::analysis::Affine| a.block == u64::MAX;
                let ordered = matches!(op, CmpOp::Lt | CmpOp::Le | CmpOp::Gt | CmpOp::Ge);
                if !global(&la) || !global(&ra) || (t == LaneTest::All && !ordered) {
                    return None;
                }
                if let LaneTest::Uniform { .. } = t {
                    let ok = match (la.coef, ra.coef, op) {
                        (Coef::Const(0), Coef::Const(0), _) => true,
                        (Coef::Const(1), Coef::Const(0), CmpOp::Lt | CmpOp::Ge)
                        | (Coef::Const(0), Coef::Const(1), CmpOp::Gt | CmpOp::Le) => {
                            la.div.is_multiple_of(w) && ra.div.is_multiple_of(w)
                        }
                        _ => false,
                    };
                    return ok.then(|| first(self, mask, idx0));
                }
                let (v, c) = match (la.coef, ra.coef) {
                    (Coef::Const(0), Coef::Const(0)) => return Some(self.eval(mask, idx0)),
                    (Coef::Const(c), Coef::Const(0)) => (*lhs, c),
                    (Coef::Const(0), Coef::Const(c)) => (*rhs, c),
                    _ => return None,
                };
                if c.unsigned_abs().saturating_mul(w) >= 1 << 30 {
                    return None;
                }
                let first = self.eval(mask, idx0);
                let end = self.eval(mask, &last);
                let (v0, v1) = (self.eval(v, idx0), self.eval(v, &last));
                // Monotone over the lanes: the value moved by c per lane without wrapping.
                let no_wrap = if c > 0 {
                    format!("{v1} >= {v0}")
                } else {
                    format!("{v1} <= {v0}")
                };
                Some(format!("({first} && {end} && {no_wrap})"))
            }
            _ => None,
        }
    }

    /// Whether `v` is the constant +0 (integer 0, float +0.0, `false`), possibly broadcast:
    /// a masked load's `other` that a zero-filling copy gives.
    pub fn is_zero(&self, v: ValueId) -> bool {
        let Some(inst) = self.defs[v.index()] else {
            return false;
        };
        match &inst.op {
            Op::Const { value, .. } => match value {
                kernel_core::ir::ConstValue::Int(i) => *i == 0,
                kernel_core::ir::ConstValue::Float(f) => f.to_bits() == 0,
                kernel_core::ir::ConstValue::Bool(b) => !*b,
            },
            Op::Broadcast { value, .. } | Op::ExpandDims { value, .. } => self.is_zero(*value),
            _ => false,
        }
    }

    /// Under fast math, `f`'s expression (`None`: the op has no fast form).
    fn fast(&self, f: impl FnOnce() -> Option<String>) -> Option<String> {
        if self.opts.fast_math { f() } else { None }
    }

    /// The C expression of an elementwise op on operand expressions `args` (in the order of
    /// `Op::operands`).
    pub fn elementwise_expr(&mut self, op: &Op, args: &[String]) -> Result<String, String> {
        Ok(match op {
            Op::Unary { op: u, value } => {
                let d = self.dtype(*value);
                match self.fast(|| ops::fast_unary(*u, d, &args[0])) {
                    Some(e) => e,
                    None => ops::unary(*u, d, &args[0])?,
                }
            }
            Op::Binary { op: b, lhs, .. } => {
                let d = self.dtype(*lhs);
                match self.fast(|| ops::fast_binary(*b, d, &args[0], &args[1])) {
                    Some(e) => e,
                    None => ops::binary(*b, d, &args[0], &args[1])?,
                }
            }
            Op::Cmp { op: c, .. } => ops::cmp(*c, &args[0], &args[1]),
            Op::Fma { a, .. } => ops::fma(self.dtype(*a), &args[0], &args[1], &args[2])?,
            Op::Select { .. } => format!("({} ? {} : {})", args[0], args[1], args[2]),
            // Exact when the operand's NaN bits are: a result whose bits are specified and
            // observed has an operand that is both too (`kernel_core::analysis::exact_nans`),
            // so this never takes the fast conversion where the bits matter.
            Op::Cast { value, to } => ops::cast(
                self.dtype(*value),
                *to,
                &args[0],
                self.a.nan_exact[value.index()],
            ),
            Op::Bitcast { value, to } => {
                let from = self.dtype(*value);
                if from.size_bytes() != to.size_bytes() || from.is_bool() || to.is_bool() {
                    return Err(format!("bitcast from {from} to {to}"));
                }
                ops::bitcast(from, *to, &args[0])
            }
            Op::PtrAdd { offset, .. } => {
                let od = self.dtype(*offset);
                if od.is_int() {
                    format!("({} + (i64){})", args[0], args[1])
                } else {
                    return Err(format!("pointer offset of dtype {od}"));
                }
            }
            _ => return Err("not an elementwise op".into()),
        })
    }

    /// Defines `r` elementwise from `operands` (same shape as `r`, or scalars).
    fn elementwise(&mut self, r: ValueId, op: &Op) -> Result<(), CodegenError> {
        let operands = op.operands();
        let l = self.layout(r);
        if l.scalar {
            let args: Vec<String> = operands.iter().map(|v| self.name(*v).to_string()).collect();
            let e = self
                .elementwise_expr(op, &args)
                .map_err(|why| self.unsupported(op, why))?;
            let n = self.define(r, Kind::Scalar);
            let ty = self.ctype(r);
            self.line(format!("const {ty} {n} = {e};"));
            return Ok(());
        }
        if self.a.lazy[r.index()] {
            // Check the expression builds, then leave it to the consumers.
            let args: Vec<String> = operands.iter().map(|_| "x".to_string()).collect();
            self.elementwise_expr(op, &args)
                .map_err(|why| self.unsupported(op, why))?;
            self.define(r, Kind::Lazy);
            return Ok(());
        }
        for v in &operands {
            self.unfrag(*v, op)?;
        }
        let n = self.declare(r);
        let dims = self.dims(r);
        let s = self.open_slots(&dims, false);
        let mut args: Vec<String> = Vec::with_capacity(operands.len());
        for (i, v) in operands.iter().enumerate() {
            let run = match op {
                Op::Select { .. } if i == 0 => self.run_cond(*v, &dims, s.layout),
                _ => None,
            };
            let a = match run {
                Some(a) => a,
                None => self.at(*v, &s),
            };
            args.push(a);
        }
        let e = self
            .elementwise_expr(op, &args)
            .map_err(|why| self.unsupported(op, why))?;
        self.line(format!("{n}[c] = {e};"));
        self.close_slots();
        Ok(())
    }

    /// Inside a slot loop over layout `l`: a `select`'s condition `cond` (a lazy `bool`
    /// tile of shape `dims`) tested once per run of `l.v` lanes, where
    /// [`Emitter::uniform_lanes`] proves it the same for every lane of every run (layer
    /// norm's `cols < n` with `n` a multiple of the run): each lane of a run evaluates the
    /// test at the run's first element, so the compiler keeps one comparison per run
    /// instead of one per element. `None` where that is not proven.
    fn run_cond(&mut self, cond: ValueId, dims: &[u64], l: Layout) -> Option<String> {
        if l.v <= 1 || l.scalar || self.kind(cond) != Kind::Lazy {
            return None;
        }
        let idx0 = layout::unravel("er", dims);
        if !self.uniform_lanes_known(cond, &idx0, l.v) {
            return None;
        }
        let start = l.elem_expr(&format!("((c) / {v} * {v})", v = l.v));
        self.line(format!("const int er = {start};"));
        self.uniform_lanes(cond, &idx0, l.v)
    }

    // ---- errors and shared memory ----------------------------------------------------------

    /// An `Unsupported` error for `op`.
    pub fn unsupported(&self, op: &Op, why: impl Into<String>) -> CodegenError {
        CodegenError::Unsupported {
            backend: "CUDA",
            kernel: self.k.name.clone(),
            op: op.name(),
            why: why.into(),
            at: self.at.clone(),
        }
    }

    /// Reserves `bytes` of dynamic shared memory for `op` (checked against the architecture's
    /// limit at the end).
    pub fn need_smem(&mut self, bytes: u64, elems: u64, op: &Op) {
        if bytes > self.smem_bytes {
            self.smem_bytes = bytes;
            self.smem_op = op.name();
            self.smem_elems = elems;
            self.smem_at = self.at.clone();
        }
    }

    // ---- the body ------------------------------------------------------------------------

    /// Declares the parameters' values and the kernel's variables.
    pub fn prologue(&mut self) {
        for (i, p) in self.k.params.iter().enumerate() {
            let n = self.define(p.value, Kind::Scalar);
            match p.ty.elem {
                Elem::Ptr(_) => self.line(format!(
                    "const i64 {n} = 0; // `{}`: offset into p{i}",
                    p.name
                )),
                Elem::Scalar(d) if d.is_int() && self.opts.ones.get(i) == Some(&true) => {
                    let ty = reg_type(d);
                    self.line(format!(
                        "const {ty} {n} = 1; (void)s{i}; // `{}`, specialized: equal to 1",
                        p.name
                    ));
                }
                Elem::Scalar(d) => {
                    let e = ops::from_bits(d, &format!("s{i}"));
                    let ty = reg_type(d);
                    self.line(format!("const {ty} {n} = {e}; // `{}`", p.name));
                }
            }
        }
        for (i, t) in self.k.vars.iter().enumerate() {
            let ty = reg_type_elem(t.elem);
            if let Some(l) = self.var_row[i] {
                self.line(format!(
                    "{ty} x{i}[{}]; // variable ${i}: {t}, row vector of fragments",
                    l.len()
                ));
                continue;
            }
            if let Some(m) = &self.var_mma[i] {
                let len = m.frag_len;
                let acc_ty = m.kind.acc_ty();
                self.line(format!(
                    "{acc_ty} x{i}[{len}]; // variable ${i}: {t}, tensor-core accumulator fragment"
                ));
                continue;
            }
            let l = self.layout_of(&self.a.var_dims[i]);
            self.line(format!(
                "{} // variable ${i}: {t}",
                layout::declare(ty, &format!("x{i}"), l)
            ));
        }
    }

    /// Emits a block.
    pub fn block(&mut self, b: &Block) -> Result<(), CodegenError> {
        for inst in b {
            self.inst(inst)?;
        }
        Ok(())
    }

    /// A comment naming the IR instruction, so dumped sources read alongside the IR.
    fn comment(&mut self, inst: &Inst) {
        let args: Vec<String> = inst
            .op
            .operands()
            .iter()
            .map(|v| format!("%{}", v.0))
            .collect();
        let m = inst.op.name();
        let t = match inst.result {
            Some(r) => format!("%{}: {} = {m} {}", r.0, self.k.ty(r), args.join(", ")),
            None => format!("{m} {}", args.join(", ")),
        };
        self.line(format!("// {}", t.trim_end()));
    }

    fn inst(&mut self, inst: &Inst) -> Result<(), CodegenError> {
        let op = &inst.op;
        self.at = self.k.source_of(inst);
        // Only the ops that may fail get a site: the others never write the status words.
        let may_fail = matches!(
            inst.op,
            Op::Load { .. }
                | Op::Store { .. }
                | Op::Atomic { .. }
                | Op::AtomicCas { .. }
                | Op::Assert { .. }
                | Op::For { .. }
        );
        self.site = if may_fail {
            kernel_core::runtime::status::site(&mut self.sites, self.at.as_deref())
        } else {
            0
        };
        self.comment(inst);
        // Every op with a result defines it; the verifier guarantees `result` is set.
        let r = inst.result.unwrap_or(ValueId(u32::MAX));
        // Fragments and row vectors (see `rows`: its rule gives the ops that can be), else
        // row vectors go to the blocked layout (a variable held as a row vector takes them
        // as they are).
        if inst.result.is_some() && self.row_op(r, op)? {
            return Ok(());
        }
        if !matches!(op, Op::VarStore { .. } | Op::VarInit { .. }) {
            for o in op.operands() {
                if self.kind(o) == Kind::Row {
                    self.unfrag(o, op)?;
                }
            }
        }
        match op {
            Op::ProgramId { axis } | Op::NumPrograms { axis } => {
                let comp = ["x", "y", "z"]
                    .get(*axis as usize)
                    .ok_or_else(|| self.unsupported(op, format!("grid axis {axis}")))?;
                let src = if matches!(op, Op::ProgramId { .. }) {
                    "blockIdx"
                } else {
                    "gridDim"
                };
                let n = self.define(r, Kind::Scalar);
                self.line(format!("const i32 {n} = (i32){src}.{comp};"));
            }
            Op::Const { value, dtype } => {
                let lit = ops::literal(*value, *dtype).map_err(|why| self.unsupported(op, why))?;
                let n = self.define(r, Kind::Scalar);
                let ty = self.ctype(r);
                self.line(format!("const {ty} {n} = {lit};"));
            }
            Op::ConstParam { .. } | Op::Call { .. } | Op::StaticAssert { .. } => {
                return Err(self.unsupported(op, "not specialized"));
            }
            Op::Arange { .. } => {
                self.define(r, Kind::Lazy);
            }
            Op::Broadcast { value, .. } => self.broadcast(r, *value, op)?,
            Op::ExpandDims { value, .. } | Op::Reshape { value, .. } => {
                self.reshape(r, *value, op)?
            }
            Op::Permute { value, perm } => self.permute(r, *value, perm, op)?,
            Op::Hint { value, .. } => {
                if self.a.lazy[r.index()] {
                    self.define(r, Kind::Lazy);
                } else {
                    self.alias(r, *value);
                }
            }
            Op::Checked => {
                let n = self.define(r, Kind::Scalar);
                self.line(format!("const bool {n} = {};", self.opts.checked));
            }
            Op::Gather { src, index, axis } => self.gather_along(r, *src, *index, *axis, op)?,
            Op::Histogram { value, mask, .. } => self.histogram(r, *value, *mask, op)?,
            Op::Sort {
                value,
                axis,
                descending,
            } => self.sort(r, *value, *axis, *descending, op)?,
            Op::Unary { .. }
            | Op::Binary { .. }
            | Op::Cmp { .. }
            | Op::Fma { .. }
            | Op::Select { .. }
            | Op::Cast { .. }
            | Op::Bitcast { .. }
            | Op::PtrAdd { .. } => self.elementwise(r, op)?,
            Op::Load {
                ptr,
                mask,
                other,
                hint,
            } => {
                self.hint = *hint;
                let r = self.load(r, *ptr, *mask, *other, op);
                self.hint = AccessHint::default();
                r?
            }
            Op::Store {
                ptr,
                value,
                mask,
                hint,
            } => {
                self.hint = *hint;
                let r = self.store(*ptr, *value, *mask, op);
                self.hint = AccessHint::default();
                r?
            }
            Op::Atomic {
                op: a,
                ptr,
                value,
                mask,
                order,
                scope,
            } => self.atomic(
                inst.result,
                Some(*a),
                *ptr,
                *value,
                None,
                *mask,
                (*order, *scope),
                op,
            )?,
            Op::AtomicCas {
                ptr,
                cmp,
                value,
                mask,
                order,
                scope,
            } => self.atomic(
                inst.result,
                None,
                *ptr,
                *value,
                Some(*cmp),
                *mask,
                (*order, *scope),
                op,
            )?,
            Op::Reduce {
                op: ro,
                value,
                axis,
            } => self.reduce(r, *ro, *value, *axis, op)?,
            Op::ArgReduce {
                op: ao,
                value,
                axis,
            } => self.arg_reduce(r, *ao, *value, *axis, op)?,
            Op::Scan {
                op: so,
                value,
                axis,
            } => self.scan(r, *so, *value, *axis, op)?,
            Op::Dot {
                a,
                b,
                acc,
                precision,
            } => self.dot(r, (*a, *b, *acc), *precision, op)?,
            Op::Fold { .. } => {
                let f = op.as_fold().expect("a fold");
                self.fold_with(&f, op)?
            }
            Op::Rand { kind, seed, offset } => self.rand(r, *kind, *seed, *offset, op)?,
            Op::VarInit { var, init: value } | Op::VarStore { var, value } => {
                self.var_store(var.index(), *value, op)?
            }
            Op::VarLoad { var } => self.var_load(r, var.index(), op)?,
            Op::For {
                index,
                start,
                end,
                step,
                body,
                unroll,
                stages,
            } => self.for_loop(*index, [*start, *end, *step], body, *unroll, *stages)?,
            Op::While {
                cond_block,
                cond,
                body,
            } => {
                self.open("while (true) {");
                self.scopes.push(Vec::new());
                self.block(cond_block)?;
                let c = self.name(*cond).to_string();
                self.line(format!("if (!{c}) break;"));
                self.nested(body)?;
                if let Some(undo) = self.scopes.pop() {
                    for (v, name, kind) in undo.into_iter().rev() {
                        self.names[v.index()] = name;
                        self.kinds[v.index()] = kind;
                    }
                }
                self.close();
            }
            Op::If {
                cond,
                then_block,
                else_block,
            } => {
                // The front end's checks of hints and `assume` (`if checked`) are not
                // emitted at all unchecked: no code, and no shared memory reserved for them.
                let unchecked_check = !self.opts.checked
                    && matches!(
                        self.defs.get(cond.index()).copied().flatten(),
                        Some(Inst {
                            op: Op::Checked,
                            ..
                        })
                    );
                if unchecked_check {
                    return self.nested(else_block);
                }
                let c = self.name(*cond).to_string();
                self.open(format!("if ({c}) {{"));
                self.nested(then_block)?;
                if else_block.is_empty() {
                    self.close();
                } else {
                    self.indent -= 1;
                    self.open("} else {");
                    self.nested(else_block)?;
                    self.close();
                }
            }
            Op::Return => self.line("return;"),
            // `__syncthreads` also makes the block's global writes visible to it.
            Op::Barrier => self.sync(),
            Op::Assert { cond, message } => self.assert(*cond, message),
            Op::Print { prefix, values } => self.print(prefix, values, op)?,
        }
        Ok(())
    }

    fn var_store(&mut self, var: usize, value: ValueId, op: &Op) -> Result<(), CodegenError> {
        if let Some(l) = self.var_row[var] {
            return self.row_var_store(var, l, value, op);
        }
        if self.kind(value) == Kind::Row {
            self.unfrag(value, op)?;
        }
        if self.var_mma[var].is_some() {
            if self.name(value) == format!("x{var}") {
                // Computed in place (see `pipeline`, "Overlap").
                return Ok(());
            }
            return self.mma_var_store(var, value, op);
        }
        let l = self.layout_of(&self.a.var_dims[var]);
        if l.scalar {
            let n = self.name(value).to_string();
            self.line(format!("x{var} = {n};"));
            return Ok(());
        }
        self.unfrag(value, op)?;
        if self.kind(value) == Kind::Tile {
            let n = self.name(value).to_string();
            self.line(format!(
                "#pragma unroll\n{}for (int c = 0; c < {}; ++c) x{var}[c] = {n}[c];",
                "    ".repeat(self.indent),
                l.c
            ));
            return Ok(());
        }
        let dims = self.a.var_dims[var].clone();
        let s = self.open_slots(&dims, false);
        let x = self.at(value, &s);
        self.line(format!("x{var}[c] = {x};"));
        self.close_slots();
        Ok(())
    }

    fn var_load(&mut self, r: ValueId, var: usize, op: &Op) -> Result<(), CodegenError> {
        let _ = op;
        if let Some(l) = self.var_row[var] {
            self.row_var_load(r, var, l);
            return Ok(());
        }
        if let Some(m) = self.var_mma[var].clone() {
            if self.pipe.as_ref().is_some_and(|p| p.deferred == Some(var)) {
                // The accumulator of a `dot` done in place (see `pipeline`, "Overlap"): the
                // variable itself, which nothing else in the loop reads or writes.
                self.rebind_plain(r, format!("x{var}"), Kind::Mma);
                self.val_mma[r.index()] = Some(m);
                return Ok(());
            }
            // A copy: the variable may change later, the SSA value must not.
            let n = self.define(r, Kind::Mma);
            self.val_mma[r.index()] = Some(m.clone());
            self.line(format!("f32 {n}[{}];", m.frag_len));
            self.line(format!(
                "#pragma unroll\n{}for (int c = 0; c < {}; ++c) {n}[c] = x{var}[c];",
                "    ".repeat(self.indent),
                m.frag_len
            ));
            return Ok(());
        }
        let l = self.layout(r);
        if l.scalar {
            let n = self.define(r, Kind::Scalar);
            let ty = self.ctype(r);
            self.line(format!("const {ty} {n} = x{var};"));
            return Ok(());
        }
        let n = self.declare(r);
        self.line(format!(
            "#pragma unroll\n{}for (int c = 0; c < {}; ++c) {n}[c] = x{var}[c];",
            "    ".repeat(self.indent),
            l.c
        ));
        Ok(())
    }

    fn for_loop(
        &mut self,
        index: ValueId,
        [start, end, step]: [ValueId; 3],
        body: &Block,
        unroll: Unroll,
        stages: Option<u32>,
    ) -> Result<(), CodegenError> {
        let d = self.dtype(index);
        let ty = reg_type(d);
        let ut = match d.bits() {
            8 => "u8",
            16 => "u16",
            32 => "u32",
            _ => "u64",
        };
        let (lo, hi, st) = (
            self.name(start).to_string(),
            self.name(end).to_string(),
            self.name(step).to_string(),
        );
        self.open("{");
        let bad = if d.is_signed_int() {
            format!("{st} <= 0")
        } else {
            format!("{st} == 0")
        };
        self.line(format!(
            "if ({bad}) {{ if (tid == 0) ox_record(ox_status, {CODE_BAD_STEP}u, 0u, (u64)(i64){st}, 0u, {}u); return; }}",
            self.site
        ));
        let stages = stages.unwrap_or(self.opts.num_stages).min(self.stage_cap);
        let pipe = self.pipeline_plan(index, body, (&hi, &st, ty, ut), stages);
        if let Some(p) = &pipe {
            self.pipelined = true;
            self.pipeline_prologue(p, &lo);
        }
        let outer_pipe = std::mem::replace(&mut self.pipe, pipe.clone());
        // The body's own shared memory, measured apart: the stages go after it.
        let outer_smem = std::mem::replace(&mut self.smem_bytes, 0);
        // Not `i`: `i8`, `i16`, `i32` and `i64` are type names of the prelude.
        let i = self.fresh("it");
        match unroll {
            Unroll::Auto => {}
            Unroll::Full => self.line("#pragma unroll"),
            Unroll::By(n) => self.line(format!("#pragma unroll {n}")),
        }
        self.open(format!("for ({ty} {i} = {lo}; {i} < {hi};) {{"));
        let n = self.define(index, Kind::Scalar);
        self.line(format!("const {ty} {n} = {i};"));
        let r = self.nested(body);
        self.pipe = outer_pipe;
        r?;
        let inner_smem = std::mem::replace(&mut self.smem_bytes, outer_smem);
        self.smem_bytes = self.smem_bytes.max(inner_smem);
        if let Some(p) = &pipe {
            self.pipeline_step(p);
            let base = inner_smem.div_ceil(p.align) * p.align;
            self.out = self.out.replace(&p.base_token(), &base.to_string());
            if base + p.bytes() > self.smem_bytes {
                self.smem_bytes = base + p.bytes();
                self.smem_op = "dot";
                self.smem_elems = p.bytes() / 2;
                self.smem_at = self.at.clone();
            }
        }
        // Leave before the increment could wrap past `end` (the interpreter counts in i128).
        self.line(format!(
            "if (({ut})(({ut}){hi} - ({ut}){i}) <= ({ut}){st}) break;"
        ));
        self.line(format!("{i} = ({ty})(({ut}){i} + ({ut}){st});"));
        self.close();
        if let Some(p) = &pipe {
            self.pipeline_epilogue(p);
        }
        self.close();
        Ok(())
    }

    fn assert(&mut self, cond: ValueId, message: &str) {
        let id = self.messages.len() as u32;
        self.messages.push(message.to_string());
        let record = format!(
            "if (tid == 0) ox_record(ox_status, {CODE_ASSERT}u, {id}u, 0ull, 0u, {}u); return;",
            self.site
        );
        if self.kind(cond) == Kind::Scalar {
            let c = self.name(cond).to_string();
            self.line(format!("if (!{c}) {{ {record} }}"));
            return;
        }
        let bad = self.fresh("bad");
        self.line(format!("bool {bad} = false;"));
        let dims = self.dims(cond);
        let _ = self.unfrag(cond, &Op::Return);
        let s = self.open_slots(&dims, true);
        let c = self.at(cond, &s);
        self.line(format!("if (!{c}) {bad} = true;"));
        self.close_slots();
        self.line(format!("if (__syncthreads_or({bad})) {{ {record} }}"));
    }

    fn rand(
        &mut self,
        r: ValueId,
        kind: RandKind,
        seed: ValueId,
        offset: ValueId,
        op: &Op,
    ) -> Result<(), CodegenError> {
        let sd = self.dtype(seed);
        let od = self.dtype(offset);
        if !od.is_int() {
            return Err(self.unsupported(op, format!("offsets of dtype {od}")));
        }
        let s = self.name(seed).to_string();
        // A 32-bit seed is sign-extended to 64 bits: the high key word is its sign.
        let (k0, k1) = match sd {
            DType::I32 | DType::I16 | DType::I8 => (
                format!("(u32)(i32){s}"),
                format!("({s} < 0 ? 0xffffffffu : 0u)"),
            ),
            DType::U32 | DType::U16 | DType::U8 => (format!("(u32){s}"), "0u".to_string()),
            DType::I64 | DType::U64 => (format!("(u32)(u64){s}"), format!("(u32)((u64){s} >> 32)")),
            _ => return Err(self.unsupported(op, format!("a seed of dtype {sd}"))),
        };
        let key = self.fresh("key");
        self.line(format!("const u32 {key}_0 = {k0}, {key}_1 = {k1};"));
        let f = |ctr: &str| -> String {
            match kind {
                RandKind::Int => format!("ox_philox((u32){ctr}, {key}_0, {key}_1).x"),
                RandKind::Uniform => {
                    format!("ox_u2uniform(ox_philox((u32){ctr}, {key}_0, {key}_1).x)")
                }
                RandKind::Normal => format!("ox_randn((u32){ctr}, {key}_0, {key}_1)"),
            }
        };
        if self.kind(offset) == Kind::Scalar {
            let n = self.define(r, Kind::Scalar);
            let ty = self.ctype(r);
            let o = self.name(offset).to_string();
            self.line(format!("const {ty} {n} = {};", f(&o)));
            return Ok(());
        }
        self.unfrag(offset, op)?;
        let n = self.declare(r);
        let dims = self.dims(r);
        let s = self.open_slots(&dims, false);
        let o = self.at(offset, &s);
        self.line(format!("{n}[c] = {};", f(&o)));
        self.close_slots();
        Ok(())
    }

    fn print(&mut self, prefix: &str, values: &[ValueId], op: &Op) -> Result<(), CodegenError> {
        let esc: String = prefix
            .chars()
            .flat_map(|c| match c {
                '%' => vec!['%', '%'],
                '"' => vec!['\\', '"'],
                '\\' => vec!['\\', '\\'],
                '\n' => vec!['\\', 'n'],
                c if c.is_ascii_graphic() || c == ' ' => vec![c],
                _ => vec!['?'],
            })
            .collect();
        // One `printf` per value (per element for tiles), each naming the program.
        for (vi, &v) in values.iter().enumerate() {
            let d = self.dtype(v);
            if matches!(self.k.ty(v).elem, Elem::Ptr(_)) {
                return Err(self.unsupported(op, "printing pointers"));
            }
            let (fmt, ty, conv): (&str, &str, fn(&str) -> String) = if d.is_float() {
                ("%g", "f64", |x| format!("(f64){x}"))
            } else if d.is_bool() {
                ("%d", "i32", |x| format!("(i32){x}"))
            } else if d.is_signed_int() {
                ("%lld", "i64", |x| format!("(i64){x}"))
            } else {
                ("%llu", "u64", |x| format!("(u64){x}"))
            };
            let args = |e: &mut Emitter<'_>, idx: Option<&str>, x: &str| {
                let mut members = vec!["u32 a; u32 b; u32 c;".to_string()];
                let mut inits = vec![
                    "blockIdx.x".to_string(),
                    "blockIdx.y".to_string(),
                    "blockIdx.z".to_string(),
                ];
                if let Some(i) = idx {
                    members.push("i32 i;".into());
                    inits.push(i.to_string());
                }
                members.push(format!("{ty} v;"));
                inits.push(conv(x));
                let f = if idx.is_some() {
                    format!("pid (%u, %u, %u) {esc} [{vi}][%d]: {fmt}\\n")
                } else {
                    format!("pid (%u, %u, %u) {esc} [{vi}]: {fmt}\\n")
                };
                e.line(format!(
                    "{{ struct {{ {} }} ox_a = {{ {} }}; vprintf(\"{f}\", (const char*)&ox_a); }}",
                    members.join(" "),
                    inits.join(", ")
                ));
            };
            if self.kind(v) == Kind::Scalar {
                let x = self.name(v).to_string();
                self.open("if (tid == 0) {");
                args(self, None, &x);
                self.close();
                continue;
            }
            self.unfrag(v, op)?;
            let dims = self.dims(v);
            let s = self.open_slots(&dims, true);
            let x = self.at(v, &s);
            args(self, Some("e"), &x);
            self.close_slots();
        }
        Ok(())
    }
}

/// What [`Emitter::lane_test`] looks for.
#[derive(Clone, Copy, PartialEq, Eq)]
enum LaneTest {
    /// Every lane of the chunk is active ([`Emitter::all_lanes`]).
    All,
    /// The lanes provably agree ([`Emitter::uniform_lanes`]); `dry`: decide only.
    Uniform { dry: bool },
}
