//! Software pipelining of tensor-core `dot` operands over a `for` loop (Triton's
//! `num_stages`): the loads feeding a `dot` are copied from global to shared memory with
//! `cp.async` (16 bytes per instruction, no trip through registers), `num_stages - 1`
//! iterations ahead of the `dot` that consumes them.
//!
//! # When
//! A `for` loop whose body has, at its top level, `dot(a, b, acc)` on tensor cores where `a`
//! and `b` are each a `load` of that body used by nothing else, and where:
//! - the addresses, masks and `other` values of both loads depend, inside the body, only on
//!   the loop index, constants and lazy tiles (so they can be computed for a later
//!   iteration), and outside it only on scalars and lazy tiles;
//! - both pointers are affine along the last axis with coefficient 1 (or a scalar stride,
//!   checked to be 1 at run time);
//! - the body has no `return` or `assert` (a prefetch must not run for an iteration the
//!   program would not reach), and the kernel is not bounds-checked (checked mode keeps
//!   every access in program order, so the first error reported is the interpreter's).
//!
//! # How
//! The stages are a shared-memory region of their own, after what the loop body's other ops
//! use (its offset is a placeholder until the body is emitted; before and after the loop
//! the region is free for anything else): stage `s` holds A (`[M][K]`) and B (`[K][N]`) at the pitches of the `MmaPlan`.
//! Before the loop, iterations `0..S-1` are issued (one commit group each, empty when the
//! iteration does not exist). At the `dot` of iteration `i`: issue iteration `i + S - 1`
//! into stage `(i + S - 1) % S` (the stage iteration `i - 1` read, released by the barrier
//! that ended its `dot`), commit, wait until at most `S - 1` groups are in flight (so
//! iteration `i`'s copies have landed), barrier, then the `mma`s on stage `i % S`.
//!
//! The copies for a later iteration evaluate the same address expressions with the loop
//! index rebound (a C block that shadows its variable). An 8-element chunk is one
//! `cp.async` when its 8 lanes are active and its address is 16-byte aligned (checked at
//! run time); otherwise its elements are read one by one, with `other` where masked, and
//! stored to the stage directly.

use kernel_core::ir::{Block, Op, ValueId};

use super::CodegenError;
use super::analysis::Coef;
use super::emit::{Emitter, Kind};
use super::exchange::MmaInfo;
use super::mma::MmaPlan;

/// One pipelined operand: the load and its operands.
#[derive(Clone, Debug)]
pub(crate) struct Operand {
    load: ValueId,
    ptr: ValueId,
    mask: Option<ValueId>,
    other: Option<ValueId>,
    /// A run-time condition making the pointer contiguous along the last axis, if any.
    coef_cond: Option<ValueId>,
}

/// A pipelined loop (see the module docs).
#[derive(Clone, Debug)]
pub(crate) struct Pipe {
    /// The `dot` result.
    pub dot: ValueId,
    ops: [Operand; 2],
    info: MmaInfo,
    plan: MmaPlan,
    stages: u32,
    /// Bytes of one stage.
    stage_bytes: u64,
    index: ValueId,
    /// C names: the iteration counter, the loop's end and step.
    counter: String,
    hi: String,
    st: String,
    ty: &'static str,
    ut: &'static str,
}

impl Pipe {
    /// The placeholder of the region's byte offset in the generated code.
    pub fn base_token(&self) -> String {
        format!("OX_PIPE_BASE_{}", self.counter)
    }

    /// Bytes of the region.
    pub fn bytes(&self) -> u64 {
        self.stages as u64 * self.stage_bytes
    }

    /// Whether `v` is one of the pipelined loads.
    pub fn is_load(&self, v: ValueId) -> bool {
        self.ops.iter().any(|o| o.load == v)
    }
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
                        // A scalar of the body: only constants are the same every iteration.
                        if !matches!(op, Op::Const { .. }) {
                            return None;
                        }
                    } else if !self.a.lazy[v.index()] {
                        return None;
                    }
                    inside.push((p, v));
                    stack.extend(kernel_core::verify::operands(op));
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

    /// The pipelining plan of a `for` loop, if it has one (see the module docs).
    pub fn pipeline_plan(
        &mut self,
        index: ValueId,
        body: &Block,
        names: (&str, &str, &'static str, &'static str),
    ) -> Option<Pipe> {
        if self.opts.checked || self.opts.num_stages == 0 || may_stop(body) {
            return None;
        }
        let load_of = |v: ValueId| {
            body.iter().find_map(|i| match (&i.op, i.result) {
                (Op::Load { ptr, mask, other }, Some(r)) if r == v => Some((*ptr, *mask, *other)),
                _ => None,
            })
        };
        for inst in body {
            let (Op::Dot { a, b, acc }, Some(r)) = (&inst.op, inst.result) else {
                continue;
            };
            let info = super::exchange::mma_info_of(self, *a, *b, *acc)?;
            // 16-bit operands only: 8-bit B is staged transposed, which a copy cannot do.
            if info.kind.esize() != 2 {
                return None;
            }
            let plan = info.plan_for(self.opts)?;
            let mut ops = Vec::new();
            for v in [*a, *b] {
                let (ptr, mask, other) = load_of(v)?;
                if self.a.uses[v.index()] != 1 || self.a.origin[ptr.index()].is_none() {
                    return None;
                }
                let coef_cond = match self.a.affine[ptr.index()].coef {
                    Coef::Const(1) => None,
                    Coef::Scalar(s) => Some(s),
                    _ => return None,
                };
                let roots: Vec<ValueId> = [Some(ptr), mask, other, coef_cond]
                    .into_iter()
                    .flatten()
                    .collect();
                self.slice(body, index, &roots)?;
                ops.push(Operand {
                    load: v,
                    ptr,
                    mask,
                    other,
                    coef_cond,
                });
            }
            // The accumulator must not need the operands' shared memory (fragments, scalars,
            // lazy tiles): a variable in fragments is the usual case.
            let acc_ok = match body.iter().find(|i| i.result == Some(*acc)) {
                Some(i) => match &i.op {
                    Op::VarLoad { var } => self.var_mma[var.index()].as_ref() == Some(&info),
                    _ => false,
                },
                None => matches!(self.kind(*acc), Kind::Scalar | Kind::Lazy),
            };
            if !acc_ok {
                return None;
            }
            let stage_bytes = (plan.smem_bytes() as u64).div_ceil(128) * 128;
            let limit = super::max_shared_bytes(self.opts.arch) as u64;
            // As many stages as asked for that fit beside a small remainder of the budget.
            let mut stages = self.opts.num_stages;
            while stages > 1 && stages as u64 * stage_bytes > limit / 2 + limit / 4 {
                stages -= 1;
            }
            let (hi, st, ty, ut) = names;
            let counter = self.fresh("ox_pit");
            let [oa, ob]: [Operand; 2] = ops.try_into().ok()?;
            return Some(Pipe {
                dot: r,
                ops: [oa, ob],
                info,
                plan,
                stages,
                stage_bytes,
                index,
                counter,
                hi: hi.to_string(),
                st: st.to_string(),
                ty,
                ut,
            });
        }
        None
    }

    /// Before the loop: the counter, and the copies of iterations `0..S-1` (`lo` is the
    /// loop's start), each in its own commit group.
    pub fn pipeline_prologue(&mut self, pipe: &Pipe, body: &Block, lo: &str) {
        self.uses_mma = true;
        self.line(format!("u32 {} = 0;", pipe.counter));
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
            self.issue(pipe, Some(body), &next, &s.to_string());
            self.line("ox_cp_async_commit();");
            self.close();
        }
    }

    /// The copies of both operands for the iteration whose index is the C value `at`, into
    /// stage `stage` (a C expression), under the C condition `ox_go`. `predefine`: the
    /// body's values have not been emitted yet (before the loop).
    fn issue(&mut self, pipe: &Pipe, predefine: Option<&Block>, at: &str, stage: &str) {
        let saved = self.take_memo();
        self.open("{");
        let idx_name = format!("v{}", pipe.index.0);
        self.line(format!("const {} {idx_name} = {at};", pipe.ty));
        let rebind_index = self.kind(pipe.index);
        let old_name = self.name(pipe.index).to_string();
        self.rebind_plain(pipe.index, idx_name, Kind::Scalar);
        if let Some(body) = predefine {
            let roots: Vec<ValueId> = pipe
                .ops
                .iter()
                .flat_map(|o| [Some(o.ptr), o.mask, o.other, o.coef_cond])
                .flatten()
                .collect();
            let slice = self.slice(body, pipe.index, &roots).unwrap_or_default();
            for v in slice {
                if self.dims(v).is_empty() {
                    if let Some(Op::Const { value, dtype }) =
                        body.iter().find(|i| i.result == Some(v)).map(|i| &i.op)
                    {
                        let lit =
                            super::ops::literal(*value, *dtype).unwrap_or_else(|_| "0".into());
                        let n = self.define(v, Kind::Scalar);
                        let t = self.ctype(v);
                        self.line(format!("const {t} {n} = {lit};"));
                    }
                } else {
                    self.define(v, Kind::Lazy);
                }
            }
        }
        self.open("if (ox_go) {");
        for (w, o) in pipe.ops.iter().enumerate() {
            self.issue_operand(pipe, o, w, stage);
        }
        self.close();
        self.close();
        self.rebind_plain(pipe.index, old_name, rebind_index);
        self.put_memo(saved);
    }

    /// The copies of one operand (`w`: 0 for A, 1 for B).
    fn issue_operand(&mut self, pipe: &Pipe, o: &Operand, w: usize, stage: &str) {
        let dims = self.dims(o.load);
        let (rows, cols) = (dims[0], dims[1]);
        let (pitch, off) = if w == 0 {
            (pipe.plan.a_pitch() as u64, 0)
        } else {
            (pipe.plan.b_pitch() as u64, pipe.plan.a_bytes() as u64)
        };
        let param = self.a.origin[o.ptr.index()].unwrap_or(0);
        let d = self.dtype(o.load);
        let t = self.t as u64;
        let cpr = cols / 8;
        let chunks = rows * cpr;
        self.line("#pragma unroll");
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
        self.line(format!(
            "const int ox_r = ox_ch / {cpr}, ox_c = (ox_ch % {cpr}) * 8;"
        ));
        self.line(format!(
            "u16* ox_dst = (u16*)(ox_smem + {} + ({stage}) * {} + {off}) + ox_r * {pitch} + ox_c;",
            pipe.base_token(),
            pipe.stage_bytes
        ));
        let idx = |u: u64| vec!["ox_r".to_string(), format!("(ox_c + {u})")];
        let p0 = self.eval(o.ptr, &idx(0));
        let m: Vec<String> = match o.mask {
            Some(mv) => (0..8).map(|u| self.eval(mv, &idx(u))).collect(),
            None => Vec::new(),
        };
        let mut conds = m.clone();
        if let Some(c) = o.coef_cond {
            conds.push(format!("{} == 1", self.name(c)));
        }
        conds.push(format!("(((u64)(p{param} + {p0})) & 15ull) == 0ull"));
        self.open(format!("if ({}) {{", conds.join(" && ")));
        self.line(format!(
            "ox_cp_async16(ox_smem_u32(ox_dst), p{param} + {p0});"
        ));
        self.indent_dec();
        self.open("} else {");
        // The other lanes' addresses only here (fewer live registers on the fast path); the
        // temporaries are scoped to this branch, so the memo is cleared after it.
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

    /// The pipelined `dot` (see the module docs).
    pub fn dot_pipelined(
        &mut self,
        pipe: &Pipe,
        r: ValueId,
        acc: ValueId,
        op: &Op,
    ) -> Result<(), CodegenError> {
        let (s, ty, ut) = (pipe.stages, pipe.ty, pipe.ut);
        let (hi, st, cnt) = (pipe.hi.clone(), pipe.st.clone(), pipe.counter.clone());
        let i = self.name(pipe.index).to_string();
        self.line(format!(
            "// pipeline: copies of iteration +{} (stage {}), then wait for this one's",
            s - 1,
            if s == 1 { "this" } else { "next free" }
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
        self.issue(pipe, None, &next, &format!("(({cnt} + {}u) % {s}u)", s - 1));
        self.line("ox_cp_async_commit();");
        self.close();
        self.line(format!("ox_cp_async_wait<{}>();", s - 1));
        self.line("__syncthreads();");
        let base = format!(
            "(ox_smem + {} + ({cnt} % {s}u) * {})",
            pipe.base_token(),
            pipe.stage_bytes
        );
        let a = format!("((const unsigned short*){base})");
        let b = format!(
            "((const unsigned short*)({base} + {}))",
            pipe.plan.a_bytes()
        );
        self.dot_mma_staged(r, acc, pipe.info.clone(), op, Some((a, b)), false)
    }

    /// After the loop body: the next iteration's stage.
    pub fn pipeline_step(&mut self, pipe: &Pipe) {
        self.line(format!("{} += 1u;", pipe.counter));
    }
}
