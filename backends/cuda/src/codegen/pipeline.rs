//! Software pipelining of tensor-core `dot` operands over a `for` loop (Triton's
//! `num_stages`): the loads feeding the `dot`s of a loop body are copied from global to
//! shared memory with `cp.async` (16 bytes per instruction, no trip through registers),
//! `num_stages - 1` iterations ahead of the `dot`s that consume them.
//!
//! # When
//! A `for` loop whose body has, at its top level, `dot`s on tensor cores with 16-bit
//! operands. A factor is pipelined when it is a `load` of that body used by nothing else (B
//! may also be the transpose of such a load: it is then copied as it is, as B^T), and:
//! - its address, mask and `other` depend, inside the body, only on the loop index,
//!   constants, elementwise scalar ops and lazy tiles (so they can be computed again for a
//!   later iteration), and outside it only on scalars and lazy tiles;
//! - its pointer is affine along the last axis with coefficient 1 (or a scalar stride,
//!   checked to be 1 at run time).
//!
//! `dot`s with 8-bit or TF32 operands are not pipelined: their B is staged transposed, which a
//! copy cannot do, and TF32 operands are rounded as they are staged.
//!
//! The other factor of such a `dot` is staged from registers each iteration as before when
//! the loop computes it, and once, before the loop, into a resident part of the region when
//! it is a tile defined before the loop (attention's `q`). A `dot` whose factors are both in
//! the region needs no barrier after it unless it is the loop's last pipelined `dot` (whose
//! barrier releases the stage to the next copies): the body's other shared-memory users
//! work below the region. Also needed: the accumulator is held in
//! fragments, a scalar or a lazy tile; the body has no `return` or `assert` (a prefetch must
//! not run for an iteration the program would not reach); and the kernel is not
//! bounds-checked (checked mode keeps every access in program order, so the first error
//! reported is the interpreter's).
//!
//! # How
//! The stages are a shared-memory region of their own, after what the loop body's other ops
//! use (its offset is a placeholder until the body is emitted; before and after the loop
//! the region is free for anything else). A stage holds every pipelined factor of one
//! iteration, at the pitches of its `MmaPlan`. Before the loop, iterations `0..S-1` are
//! issued (one commit group each, empty when the iteration does not exist). At the first
//! pipelined `dot` of iteration `i`: issue every pipelined factor of iteration `i + S - 1`
//! into stage `(i + S - 1) % S` (the stage iteration `i - 1` read, released by the barrier
//! that ended each of its `dot`s), commit, wait until at most `S - 1` groups are in flight
//! (so iteration `i`'s copies have landed), barrier; every pipelined `dot` of the iteration
//! then reads stage `i % S`.
//!
//! # Overlap
//! On wgmma, a loop whose one pipelined `dot` accumulates into a variable that nothing else
//! in the body touches (the matmul's `acc = dot(a, b, acc)`) keeps the products of one
//! iteration in flight while the next iteration's copies are issued, as Triton's loops do:
//! the `dot` works in place on the variable's registers (no copies of the accumulator,
//! which the tensor cores are still writing), and the iteration runs: wait for its copies
//! (`cp.async.wait_group S-2`: the copies are now issued after the products, so one group
//! fewer is newer), barrier, the products, `wgmma.wait_group 1` (the previous iteration's
//! are done), barrier (every warp's are: their stage is free), then the copies of
//! iteration `i + S - 1` into that stage. After the loop, `wgmma.wait_group 0` before the
//! variable is read. The emulator reports a copy landing in shared memory that products
//! still in flight read.
//!
//! The copies for a later iteration evaluate the same address expressions with the loop
//! index rebound (a C block that shadows its variable). An 8-element chunk is one
//! `cp.async` when its 8 lanes are active (tested at the first and last lane when the mask
//! allows, see `Emitter::all_lanes`) and its address is 16-byte aligned (known from the
//! affine facts, or tested at run time); otherwise its elements are read one by one, with `other` where masked, and
//! stored to the stage directly.

mod hoist;

use std::cell::RefCell;

use kernel_core::DType;
use kernel_core::ir::{Block, Op, ValueId};

use super::analysis::Coef;
use super::emit::{Emitter, Kind};
use super::mma::SmemLayout;
use super::plan::{Operand, Pipe, PipeDot, Resident};
use super::{CodegenError, Shortfall};

/// The depth one loop's pipeline got (see [`recording`]).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Planned {
    /// Its stages.
    pub stages: u32,
    /// Why fewer than `Options::num_stages`, when fewer.
    pub shortfall: Option<Shortfall>,
}

thread_local! {
    /// The plans of the kernel being generated on this thread, while [`recording`].
    static PLANNED: RefCell<Option<Vec<Planned>>> = const { RefCell::new(None) };
}

/// Runs `f` (one generation of a kernel, on this thread) and returns, beside its result, the
/// depth each loop's pipeline got, in the order they were planned. (Kept beside the emitter
/// rather than in it: they outlive the `Pipe`, which ends with its loop.)
pub(crate) fn recording<R>(f: impl FnOnce() -> R) -> (R, Vec<Planned>) {
    /// Restores the enclosing recording, also when `f` unwinds.
    struct Restore(Option<Vec<Planned>>);
    impl Drop for Restore {
        fn drop(&mut self) {
            PLANNED.with(|p| *p.borrow_mut() = self.0.take());
        }
    }
    let _restore = Restore(PLANNED.with(|p| p.borrow_mut().replace(Vec::new())));
    let r = f();
    let planned = PLANNED.with(|p| p.borrow_mut().take()).unwrap_or_default();
    (r, planned)
}

/// Whether `b` (recursively) has an op that may stop the program.
fn may_stop(b: &Block) -> bool {
    b.iter().any(|i| match &i.op {
        Op::Return | Op::Assert { .. } => true,
        Op::For { body, .. } => may_stop(body),
        Op::While {
            cond_block, body, ..
        } => may_stop(cond_block) || may_stop(body),
        Op::If {
            then_block,
            else_block,
            ..
        } => may_stop(then_block) || may_stop(else_block),
        _ => false,
    })
}

impl Emitter<'_> {
    /// The values a pipelined operand's expressions need that are defined in `body`, in
    /// definition order; `None` when one of them cannot be recomputed for another iteration.
    fn slice(&self, body: &Block, index: ValueId, roots: &[ValueId]) -> Option<Vec<ValueId>> {
        let pos = |v: ValueId| body.iter().position(|i| i.result == Some(v));
        let mut seen = std::collections::HashSet::new();
        let mut stack: Vec<ValueId> = roots.to_vec();
        let mut inside = Vec::new();
        while let Some(v) = stack.pop() {
            if v == index || !seen.insert(v) {
                continue;
            }
            match pos(v) {
                Some(p) => {
                    let op = &body[p].op;
                    if self.dims(v).is_empty() {
                        // A scalar of the body: a constant or an elementwise op, recomputed
                        // for the other iteration (with its operands).
                        if !(matches!(op, Op::Const { .. }) || op.is_elementwise()) {
                            return None;
                        }
                    } else if !self.a.lazy[v.index()] {
                        return None;
                    }
                    inside.push((p, v));
                    stack.extend(op.operands());
                }
                None => {
                    // Defined before the loop: a scalar, or a lazy tile (recomputed from
                    // values that are themselves outside the loop).
                    if !matches!(self.kind(v), Kind::Scalar | Kind::Lazy) {
                        return None;
                    }
                }
            }
        }
        inside.sort();
        Some(inside.into_iter().map(|(_, v)| v).collect())
    }

    /// A factor `v` of a `dot` in `body` as a pipelined copy (pitch and offset to be set),
    /// if it can be one (see the module docs).
    fn pipelined_operand(&self, body: &Block, index: ValueId, v: ValueId) -> Option<Operand> {
        let (ptr, mask, other) = body.iter().find_map(|i| match (&i.op, i.result) {
            (
                Op::Load {
                    ptr, mask, other, ..
                },
                Some(r),
            ) if r == v => Some((*ptr, *mask, *other)),
            _ => None,
        })?;
        if self.a.uses[v.index()] != 1 || self.a.origin[ptr.index()].is_none() {
            return None;
        }
        let af = self.a.affine[ptr.index()];
        let coef_cond = match af.coef {
            Coef::Const(1) => None,
            Coef::Scalar(s) => Some(s),
            _ => return None,
        };
        // Chunks of 8 elements: a blockwise pointer (`%`) must be contiguous over them.
        if af.block < 8 {
            return None;
        }
        let roots: Vec<ValueId> = [Some(ptr), mask, other, coef_cond]
            .into_iter()
            .flatten()
            .collect();
        self.slice(body, index, &roots)?;
        Some(Operand {
            load: v,
            ptr,
            mask,
            other,
            coef_cond,
            layout: SmemLayout::Pitched { pitch: 0 },
            off: 0,
        })
    }

    /// The pipelining plan of a `for` loop, if it has one (see the module docs).
    pub fn pipeline_plan(
        &mut self,
        index: ValueId,
        body: &Block,
        names: (&str, &str, &'static str, &'static str),
        requested: u32,
    ) -> Option<Pipe> {
        if self.opts.checked || requested == 0 || may_stop(body) {
            return None;
        }
        let mut dots = Vec::new();
        let mut stage_bytes = 0u64;
        let mut resident_bytes = 0u64;
        let mut align = 128u64;
        for inst in body {
            let (
                Op::Dot {
                    a,
                    b,
                    acc,
                    precision,
                },
                Some(r),
            ) = (&inst.op, inst.result)
            else {
                continue;
            };
            let Some(info) =
                super::plan::mma_info(self.k, self.a, self.opts, (*a, *b, *acc), *precision)
            else {
                continue;
            };
            // 16-bit operands only: 8-bit and TF32 B are staged transposed, which a copy cannot
            // do, and TF32 operands are rounded as they are staged (a copy would leave them
            // unrounded), so those `dot`s stage their factors from registers as outside a
            // pipeline.
            if info.kind.esize() != 2 {
                continue;
            }
            let Some(mut plan) = info.plan(self.opts) else {
                continue;
            };
            let a_op = self.pipelined_operand(body, index, *a);
            let (b_op, b_trans) = match self.trans_b.get(b) {
                Some(x) => (self.pipelined_operand(body, index, *x), true),
                None => (self.pipelined_operand(body, index, *b), false),
            };
            if a_op.is_none() && b_op.is_none() {
                continue;
            }
            if b_trans {
                plan = plan.with_b_trans();
            }
            // The accumulator must not need the factors' shared memory (fragments, scalars,
            // lazy tiles): a variable in fragments is the usual case, or fragments the body
            // computes (attention's `acc * alpha`, see `combine`).
            let acc_ok = match body.iter().find(|i| i.result == Some(*acc)) {
                Some(i) => match &i.op {
                    Op::VarLoad { var } => self.var_mma[var.index()].as_ref() == Some(&info),
                    _ => {
                        self.a.lazy[acc.index()]
                            || self.dims(*acc).is_empty()
                            || self.mma_class[acc.index()].as_ref() == Some(&info)
                    }
                },
                None => matches!(self.kind(*acc), Kind::Scalar | Kind::Lazy),
            };
            if !acc_ok {
                continue;
            }
            // A factor that is neither pipelined nor computed in the loop (a tile loaded
            // before it, 16-bit, held in the blocked layout) stays in shared memory: staged
            // once before the loop instead of every iteration. Not a transposed B.
            let invariant = |e: &Emitter<'_>, v: ValueId| {
                body.iter().all(|i| i.result != Some(v))
                    && matches!(e.kind(v), Kind::Tile | Kind::Lazy)
                    && e.dims(v).len() == 2
            };
            let resident_of = |e: &Emitter<'_>, w: usize, v: ValueId| {
                let piped = if w == 0 {
                    a_op.is_some()
                } else {
                    b_op.is_some()
                };
                (!piped && (w == 0 || !b_trans) && invariant(e, v)).then_some(v)
            };
            let resident_vals = [resident_of(self, 0, *a), resident_of(self, 1, *b)];
            let mut ops = [None, None];
            let sizes = [
                (plan.a_layout(), plan.a_bytes() as u64),
                (plan.b_layout(), (plan.smem_bytes() - plan.a_bytes()) as u64),
            ];
            // Every area starts at a multiple of the largest alignment any of them needs.
            align = align.max(plan.align() as u64);
            for (w, o) in [a_op, b_op].into_iter().enumerate() {
                if let Some(o) = o {
                    let (layout, bytes) = sizes[w];
                    ops[w] = Some(Operand {
                        layout,
                        off: stage_bytes,
                        ..o
                    });
                    stage_bytes += bytes.div_ceil(1024) * 1024;
                }
            }
            let mut resident = [None, None];
            for (w, v) in resident_vals.into_iter().enumerate() {
                if let Some(v) = v {
                    let (layout, bytes) = sizes[w];
                    let cols = if w == 0 { info.k as u64 } else { info.n as u64 };
                    resident[w] = Some(Resident {
                        value: v,
                        layout,
                        cols,
                        off: resident_bytes,
                    });
                    resident_bytes += bytes.div_ceil(1024) * 1024;
                }
            }
            dots.push(PipeDot {
                dot: r,
                info,
                ops,
                resident,
            });
        }
        if dots.is_empty() {
            return None;
        }
        // As many stages as asked for that fit in the block's shared memory (less the 1 KiB a
        // wgmma kernel may spend aligning its window); when the loop's other exchanges do not
        // fit beside them, `emit_cuda` tries again with fewer (both reported in
        // `CudaSource::stages`). Flash attention with D = 128 on 128 x 128 blocks keeps its 3
        // stages (225 KiB), as Triton's does; the budget was 3/4 of the limit before.
        let budget = self.opts.shared_limit().saturating_sub(1024);
        let mut stages = requested;
        while stages > 1 && stages as u64 * stage_bytes + resident_bytes > budget {
            stages -= 1;
        }
        let shortfall = (stages < requested).then_some(Shortfall::Pipeline {
            needed_bytes: requested as u64 * stage_bytes + resident_bytes,
            budget_bytes: budget,
        });
        PLANNED.with(|p| {
            if let Some(p) = p.borrow_mut().as_mut() {
                p.push(Planned { stages, shortfall });
            }
        });
        let (hi, st, ty, ut) = names;
        let counter = self.fresh("ox_pit");
        let deferred = self.deferrable(body, &dots, stages);
        Some(Pipe {
            dots,
            body: body.clone(),
            stages,
            stage_bytes,
            align,
            resident_bytes,
            index,
            deferred,
            counter,
            hi: hi.to_string(),
            st: st.to_string(),
            ty,
            ut,
        })
    }

    /// The variable a loop's one pipelined `dot` can accumulate into in place with its wait
    /// deferred by an iteration (see the module docs, "Overlap"): a `dot` on wgmma whose
    /// accumulator is a `var_load` of a variable held in its fragments and read by nothing
    /// else, whose result is only stored back to that variable, which the body touches
    /// nowhere else; and at least 2 stages. Not an f16 accumulation, which is rounded right
    /// after its products land.
    fn deferrable(&self, body: &Block, dots: &[PipeDot], stages: u32) -> Option<usize> {
        let [d] = dots else { return None };
        if stages < 2
            || !d.info.plan(self.opts).is_some_and(|p| p.wg)
            || self.k.ty(d.dot).dtype() == Some(DType::F16)
        {
            return None;
        }
        let Some(Op::Dot { acc, .. }) =
            body.iter().find(|i| i.result == Some(d.dot)).map(|i| &i.op)
        else {
            return None;
        };
        let var = body.iter().find_map(|i| match (&i.op, i.result) {
            (Op::VarLoad { var }, Some(r)) if r == *acc => Some(var.index()),
            _ => None,
        })?;
        if self.a.uses[acc.index()] != 1
            || self.a.uses[d.dot.index()] != 1
            || self.var_mma[var].as_ref() != Some(&d.info)
        {
            return None;
        }
        // Exactly one load and one store of the variable in the body: this `dot`'s.
        let (mut loads, mut stores, mut stored) = (0, 0, false);
        super::analysis::walk(body, &mut |i| match &i.op {
            Op::VarLoad { var: v } if v.index() == var => loads += 1,
            Op::VarStore { var: v, value } if v.index() == var => {
                stores += 1;
                stored = *value == d.dot;
            }
            _ => {}
        });
        (loads == 1 && stores == 1 && stored).then_some(var)
    }

    /// Before the loop: the counter, and the copies of iterations `0..S-1` (`lo` is the
    /// loop's start), each in its own commit group.
    pub fn pipeline_prologue(&mut self, pipe: &Pipe, lo: &str) {
        self.uses_mma = true;
        self.line(format!("u32 {} = 0;", pipe.counter));
        // The resident factors (visible to every thread after the barrier that precedes the
        // first iteration's first `dot`).
        for r in pipe.dots.iter().flat_map(|d| d.resident.iter().flatten()) {
            self.line(format!(
                "// pipeline: %{} stays in shared memory for the loop",
                r.value.0
            ));
            let s = pipe
                .resident_ptr(r)
                .replace("const unsigned short*", "unsigned short*");
            self.stage_16(r.value, &s, r.layout, r.cols, true);
        }
        if self.pipe_fences(pipe) {
            self.line("ox_fence_proxy_async();");
        }
        let ops: Vec<Operand> = pipe.operands().cloned().collect();
        for o in &ops {
            self.hoist_operand(pipe, o);
        }
        let (ty, ut, hi, st) = (pipe.ty, pipe.ut, pipe.hi.clone(), pipe.st.clone());
        for s in 0..pipe.stages - 1 {
            self.line(format!("// pipeline: copies of iteration {s}"));
            self.open("{");
            let next = self.fresh("ox_nx");
            self.line(format!(
                "const {ty} {next} = ({ty})(({ut}){lo} + ({ut})({s}u * ({ut}){st}));"
            ));
            self.line(format!(
                "const bool ox_go = {lo} < {hi} && (u64)({ut})(({ut}){hi} - ({ut}){lo}) > (u64){s}u * (u64)({ut}){st};"
            ));
            self.issue(pipe, &next, &s.to_string());
            self.line("ox_cp_async_commit();");
            self.close();
        }
    }

    /// The copies of every pipelined factor for the iteration whose index is the C value
    /// `at`, into stage `stage` (a C expression), under the C condition `ox_go`.
    fn issue(&mut self, pipe: &Pipe, at: &str, stage: &str) {
        self.with_iteration(pipe, at, |e| {
            e.open("if (ox_go) {");
            let ops: Vec<Operand> = pipe.operands().cloned().collect();
            for o in &ops {
                e.issue_operand(pipe, o, stage);
            }
            e.close();
        });
    }

    /// Runs `f` in a C block where the loop index is the C value `at`, with the body's lazy
    /// tiles and scalars the copies' expressions need (re)defined for it: some may not have
    /// been emitted yet (before the loop, or a later `dot`'s).
    fn with_iteration(&mut self, pipe: &Pipe, at: &str, f: impl FnOnce(&mut Self)) {
        let saved = self.take_memo();
        self.open("{");
        let idx_name = format!("v{}", pipe.index.0);
        self.line(format!("const {} {idx_name} = {at};", pipe.ty));
        let rebind_index = self.kind(pipe.index);
        let old_name = self.name(pipe.index).to_string();
        self.rebind_plain(pipe.index, idx_name, Kind::Scalar);
        let roots: Vec<ValueId> = pipe
            .operands()
            .flat_map(|o| [Some(o.ptr), o.mask, o.other, o.coef_cond])
            .flatten()
            .collect();
        let slice = self
            .slice(&pipe.body, pipe.index, &roots)
            .unwrap_or_default();
        for v in slice {
            if !self.dims(v).is_empty() {
                self.define(v, Kind::Lazy);
                continue;
            }
            let Some(op) = pipe
                .body
                .iter()
                .find(|i| i.result == Some(v))
                .map(|i| i.op.clone())
            else {
                continue;
            };
            let expr = match &op {
                Op::Const { value, dtype } => super::ops::literal(*value, *dtype),
                _ => {
                    let args: Vec<String> = op
                        .operands()
                        .iter()
                        .map(|o| self.name(*o).to_string())
                        .collect();
                    self.elementwise_expr(&op, &args)
                }
            };
            // The expression was built once already when the body's own copy was emitted (or
            // will be); it cannot fail for an op `slice` accepted.
            let expr = expr.unwrap_or_else(|_| "0".into());
            let n = self.define(v, Kind::Scalar);
            let t = self.ctype(v);
            self.line(format!("const {t} {n} = {expr};"));
        }
        f(self);
        self.close();
        self.rebind_plain(pipe.index, old_name, rebind_index);
        self.put_memo(saved);
    }

    /// The copies of one factor, row by row of the loaded tile.
    fn issue_operand(&mut self, pipe: &Pipe, o: &Operand, stage: &str) {
        if self.issue_hoisted(pipe, o, stage) {
            return;
        }
        let dims = self.dims(o.load);
        let (rows, cols) = (dims[0], dims[1]);
        let (layout, off) = (o.layout, o.off);
        let param = self.a.origin[o.ptr.index()].unwrap_or(0);
        let d = self.dtype(o.load);
        let t = self.t as u64;
        let cpr = cols / 8;
        let chunks = rows * cpr;
        // Rolled when a chunk may take the element-by-element path: unrolled, the chunks'
        // addresses and masks stay live together and a 64x64 warp tile (128 accumulators)
        // spills (128x128x32 on 4 warps, sm_90: 255 registers and 108-124 bytes of spills;
        // rolled: 166 registers, none). Unrolled when every chunk is one `cp.async` with no
        // branch (decided below, where the facts are read: `unroll` is patched in).
        let unroll = self.fresh("OX_UNROLL_");
        self.line(unroll.clone());
        self.open(format!(
            "for (int ox_i = 0; ox_i < {}; ++ox_i) {{",
            chunks.div_ceil(t)
        ));
        self.line(format!("const int ox_ch = ox_i * {t} + tid;"));
        if !chunks.is_multiple_of(t) {
            self.open(format!("if (ox_ch < {chunks}) {{"));
        } else {
            self.open("{");
        }
        self.clear_memo();
        if t.is_multiple_of(cpr) {
            // A thread's chunks are whole rows apart, in the same columns.
            self.line(format!(
                "const int ox_r = ox_i * {} + (int)((u32)tid / {cpr}u), ox_c = (int)((u32)tid % {cpr}u) * 8;",
                t / cpr
            ));
        } else {
            self.line(format!(
                "const int ox_r = (int)((u32)ox_ch / {cpr}u), ox_c = (int)((u32)ox_ch % {cpr}u) * 8;"
            ));
        }
        self.line(format!(
            "u16* ox_dst = (u16*)(ox_smem + {} + ({stage}) * {} + {off}) + {};",
            pipe.base_token(),
            pipe.stage_bytes,
            layout.index("ox_r", "ox_c")
        ));
        let idx = |u: u64| vec!["ox_r".to_string(), format!("(ox_c + {u})")];
        let p0 = self.eval(o.ptr, &idx(0));
        // All 8 lanes active, tested at once when the mask allows it (`Emitter::all_lanes`);
        // then the lanes' own masks are evaluated only on the element-by-element path.
        let all = o.mask.and_then(|mv| self.all_lanes(mv, &idx(0), 8));
        let mut m: Vec<String> = match (o.mask, &all) {
            (Some(mv), None) => (0..8).map(|u| self.eval(mv, &idx(u))).collect(),
            _ => Vec::new(),
        };
        let mut conds: Vec<String> = Vec::new();
        for c in m.iter().chain(&all) {
            // A mask constant along the last dim is the same temporary for every lane.
            if !conds.contains(c) {
                conds.push(c.clone());
            }
        }
        if let Some(c) = o.coef_cond {
            conds.push(format!("{} == 1", self.name(c)));
        }
        if let Some(r) = self.a.affine[o.ptr.index()].guard {
            conds.push(
                self.rem_guard(o.ptr, &idx(0), r)
                    .unwrap_or_else(|| "false".to_string()),
            );
        }
        // 16-byte aligned by the facts (an aligned buffer, a base that is a multiple of 8
        // elements, chunks starting at multiples of 8), or tested.
        let af = self.a.affine[o.ptr.index()];
        if af.div.min(af.block) < 8
            || !self
                .opts
                .aligned16
                .get(param as usize)
                .copied()
                .unwrap_or(false)
        {
            conds.push(format!("(((u64)(p{param} + {p0})) & 15ull) == 0ull"));
        }
        let pragma = |e: &mut Emitter<'_>, unrolled: bool| {
            let p = if unrolled {
                "#pragma unroll"
            } else {
                "#pragma unroll 1"
            };
            e.out = e.out.replacen(&unroll, p, 1);
        };
        // Contiguous and aligned by the facts, a mask whose chunks are all in or all out
        // (`Emitter::uniform_lanes`), and `other` zero: one `cp.async` per chunk whose
        // source size is 16 or 0 (zero fill), with no branch (Triton's copies).
        let exact = self.single_copy(o);
        let single = if conds.is_empty() {
            // No mask, and contiguous and aligned by the facts: every chunk is one 16-byte
            // copy (an empty condition was an `if ()` NVRTC rejects).
            Some(format!(
                "ox_cp_async16(ox_smem_u32(ox_dst), p{param} + {p0});"
            ))
        } else {
            match (exact, o.mask) {
                (true, Some(mv)) => self.uniform_lanes(mv, &idx(0), 8).map(|u| {
                    format!("ox_cp_async16_zfill(ox_smem_u32(ox_dst), p{param} + {p0}, {u});")
                }),
                _ => None,
            }
        };
        if let Some(copy) = single {
            self.line(copy);
            pragma(self, true);
            self.clear_memo();
            self.close();
            self.close();
            return;
        }
        pragma(self, false);
        self.pipe_stores = true;
        self.open(format!("if ({}) {{", conds.join(" && ")));
        self.line(format!(
            "ox_cp_async16(ox_smem_u32(ox_dst), p{param} + {p0});"
        ));
        self.indent_dec();
        self.open("} else {");
        // The other lanes' addresses only here (fewer live registers on the fast path); the
        // temporaries are scoped to this branch, so the memo is cleared after it.
        if let (Some(mv), Some(_)) = (o.mask, &all) {
            m = (0..8).map(|u| self.eval(mv, &idx(u))).collect();
        }
        let mut p = vec![p0];
        for u in 1..8 {
            let x = self.eval(o.ptr, &idx(u));
            p.push(x);
        }
        for u in 0..8u64 {
            let other = match o.other {
                Some(ov) => {
                    let x = self.eval(ov, &idx(u));
                    super::ops::to_bits(d, &x)
                }
                None => "0".to_string(),
            };
            let read = format!("p{param}[{}]", p[u as usize]);
            match m.get(u as usize) {
                Some(mu) => self.line(format!("ox_dst[{u}] = {mu} ? (u16){read} : (u16){other};")),
                None => self.line(format!("ox_dst[{u}] = (u16){read};")),
            }
        }
        self.close();
        self.clear_memo();
        self.close();
        self.close();
    }

    /// A pipelined `dot` (see the module docs): `which` indexes `pipe.dots`.
    #[allow(clippy::too_many_arguments)]
    pub fn dot_pipelined(
        &mut self,
        pipe: &Pipe,
        which: usize,
        r: ValueId,
        a: ValueId,
        b: ValueId,
        acc: ValueId,
        op: &Op,
    ) -> Result<(), CodegenError> {
        if pipe.deferred.is_some() {
            return self.dot_deferred(pipe, r, a, b, acc, op);
        }
        if which == 0 {
            self.issue_ahead(pipe, "then wait for this one's");
            self.wait_stage(pipe, pipe.stages - 1);
        }
        let ext = self.stage_factors(pipe, which);
        // Both factors in the region (stages, resident): the products need no barrier after
        // them unless this is the loop's last pipelined `dot`, whose barrier releases the
        // stage to the next copies (other shared-memory users of the body use another part).
        let trailing = !(ext.iter().all(Option::is_some) && which + 1 < pipe.dots.len());
        let d = &pipe.dots[which];
        self.dot_mma_ext(r, a, b, acc, d.info.clone(), op, ext, trailing)
    }

    /// The one `dot` of a pipeline whose wgmma wait is deferred (see the module docs,
    /// "Overlap"): wait for this iteration's copies, barrier, the products in place
    /// (`wgmma.wait_group 1` retires the previous iteration's), barrier (every warp's previous
    /// products done: their stage is free), then the copies of iteration `i + S - 1` into it.
    fn dot_deferred(
        &mut self,
        pipe: &Pipe,
        r: ValueId,
        a: ValueId,
        b: ValueId,
        acc: ValueId,
        op: &Op,
    ) -> Result<(), CodegenError> {
        // Committed so far: S - 1 groups before the loop and one per earlier iteration, so
        // at most S - 2 in flight leaves this iteration's landed.
        self.wait_stage(pipe, pipe.stages - 2);
        let ext = self.stage_factors(pipe, 0);
        let d = &pipe.dots[0];
        self.dot_mma_ext(r, a, b, acc, d.info.clone(), op, ext, true)?;
        self.issue_ahead(pipe, "into the stage the last products read");
        Ok(())
    }

    /// The copies of iteration `i + S - 1` (`i` the current one) into its stage, one commit
    /// group (empty past the loop's end); `what` ends the comment.
    fn issue_ahead(&mut self, pipe: &Pipe, what: &str) {
        let (s, ty, ut) = (pipe.stages, pipe.ty, pipe.ut);
        let (hi, st, cnt) = (pipe.hi.clone(), pipe.st.clone(), pipe.counter.clone());
        let i = self.name(pipe.index).to_string();
        self.line(format!(
            "// pipeline: copies of iteration +{}, {what}",
            s - 1
        ));
        self.open("{");
        let next = self.fresh("ox_nx");
        self.line(format!(
            "const {ty} {next} = ({ty})(({ut}){i} + ({ut})({}u * ({ut}){st}));",
            s - 1
        ));
        self.line(format!(
            "const bool ox_go = (u64)({ut})(({ut}){hi} - ({ut}){i}) > (u64){}u * (u64)({ut}){st};",
            s - 1
        ));
        self.issue(pipe, &next, &format!("(({cnt} + {}u) % {s}u)", s - 1));
        self.line("ox_cp_async_commit();");
        self.close();
    }

    /// Waits until at most `pending` copy groups are in flight, then the barrier after which
    /// every thread sees this iteration's stage.
    fn wait_stage(&mut self, pipe: &Pipe, pending: u32) {
        self.line(format!("ox_cp_async_wait<{pending}>();"));
        if self.pipe_fences(pipe) && self.pipe_stores {
            // The element-by-element fallback copies are ordinary stores (copies by
            // cp.async need only the barrier, as in Triton's pipelines).
            self.line("ox_fence_proxy_async();");
        }
        self.line("__syncthreads();");
    }

    /// Where `dot` `which` of the pipeline finds its factors this iteration: in the current
    /// stage, in the resident part, or (`None`) staged from registers.
    fn stage_factors(&self, pipe: &Pipe, which: usize) -> [Option<String>; 2] {
        let (s, cnt) = (pipe.stages, &pipe.counter);
        let d = &pipe.dots[which];
        let at = |o: &Option<Operand>| {
            o.as_ref().map(|o| {
                format!(
                    "((const unsigned short*)(ox_smem + {} + ({cnt} % {s}u) * {} + {}))",
                    pipe.base_token(),
                    pipe.stage_bytes,
                    o.off
                )
            })
        };
        [0, 1]
            .map(|w| at(&d.ops[w]).or_else(|| d.resident[w].as_ref().map(|x| pipe.resident_ptr(x))))
    }

    /// After a pipelined loop whose `dot` waits are deferred: the last products land in the
    /// variable before anything reads it. With several warpgroups, a barrier too: another
    /// warpgroup's last products may still read their stage, which the ops after the loop
    /// may reuse.
    pub fn pipeline_epilogue(&mut self, pipe: &Pipe) {
        if let Some(var) = pipe.deferred {
            let n = pipe.dots[0].info.frag_len;
            self.line("ox_wgmma_wait<0>();");
            self.line(format!(
                "#pragma unroll\n{}for (int ox_r = 0; ox_r < {n}; ++ox_r) ox_wgmma_hold(x{var}[ox_r]);",
                "    ".repeat(self.indent_level())
            ));
            if self.opts.num_warps > 4 {
                self.sync();
            }
        }
    }

    /// Whether a pipeline's factors are read by `wgmma` (through the async proxy), so that
    /// ordinary stores into its region need `fence.proxy.async` before the barrier.
    fn pipe_fences(&self, pipe: &Pipe) -> bool {
        pipe.dots
            .iter()
            .any(|d| d.info.plan(self.opts).is_some_and(|p| p.wg))
    }

    /// After the loop body: the next iteration's stage.
    pub fn pipeline_step(&mut self, pipe: &Pipe) {
        self.line(format!("{} += 1u;", pipe.counter));
    }
}
