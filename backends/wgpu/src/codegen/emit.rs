//! The emitter: walks the kernel body and writes the body of `main`, one IR instruction at a
//! time. Elementwise ops, values, variables and control flow live here; ops that exchange
//! elements between threads are in `exchange`, memory ops in `access`.
//!
//! # Uniform control flow
//! Barriers (which the exchanges and memory ops use) must be reached by every thread of the
//! workgroup, so every branch and loop of the generated code is uniform: conditions, loop
//! bounds and steps that WGSL's uniformity analysis cannot prove uniform (anything read from a
//! buffer, `params` included) are first broadcast from thread 0 with `workgroupUniformLoad`.
//! Per-lane work happens inside `for c` loops over a thread's slots, which contain no barrier.
//!
//! # Barriers
//! An exchange through workgroup memory needs a barrier between its writes and its reads,
//! and another before the memory is written again. The second one is deferred: the region
//! read last is marked dirty ([`Region`]), and the next write to a dirty region first emits a
//! barrier, unless some barrier (another exchange's, a vote's `workgroupUniformLoad`) came
//! in between. Whole-tile reductions alternate between two small regions of their own, so
//! back-to-back reductions (softmax's max then sum) need one barrier each. Control flow is
//! handled conservatively: a loop body ends clean (a barrier where it would end dirty), and
//! after a branch every region dirty in either arm is dirty.

use kernel_core::DType;
use kernel_core::ir::{AtomicOrder, AtomicScope, Block, Inst, Kernel, Op, RandKind, ValueId};

use super::analysis::{Analysis, walk};
use super::layout::{Layout, Reg, WgslLayout, storage_type};
use super::math::{Helper, Helpers};
use super::ops;
use super::status::{
    ASSERT as CODE_ASSERT, BAD_LOOP_STEP as CODE_BAD_STEP, LOOP_LIMIT as CODE_LOOP_LIMIT,
};
use super::{Caps, CodegenError};

/// Bytes of the fixed workgroup variables (vote flag, broadcast word).
const FIXED_BYTES: u64 = 8;

/// A region of workgroup memory whose reads may be outstanding (see the module docs).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Region {
    /// `ox_scratch`: exchanges, axis reductions, serialized atomics.
    Scratch,
    /// Half `h` of `ox_part`: the partial results of whole-tile reductions.
    Part(u32),
}

impl Region {
    fn bit(self) -> u8 {
        match self {
            Region::Scratch => 1,
            Region::Part(h) => 2 << h,
        }
    }
}

/// State of one shader's generation.
pub(crate) struct Emitter<'k> {
    /// The kernel.
    pub k: &'k Kernel,
    /// What the adapter offers.
    pub caps: &'k Caps,
    /// Facts about the kernel.
    pub a: &'k Analysis,
    /// Helper functions used so far.
    pub h: Helpers,
    /// The body of `main` written so far.
    pub out: String,
    indent: usize,
    /// The WGSL expression naming each value (a scalar's value, a tile's array).
    names: Vec<String>,
    tmp: u32,
    /// Words of workgroup scratch memory needed so far.
    pub scratch_words: u64,
    /// Assertion messages, indexed by id.
    pub messages: Vec<String>,
    /// Where the instruction being emitted is in the kernel's source (for errors).
    pub at: Option<String>,
    /// Source locations the status word `status[8]` can name, by index + 1 (see
    /// [`Emitter::site`]).
    pub sites: Vec<String>,
    /// The body uses the subgroup builtins (`sg_lane`, `sg_size`, `sg_id`, `sg_count`).
    pub uses_subgroups: bool,
    /// Words of each half of `ox_part` needed so far (0: unused).
    pub part_words: u64,
    /// The half of `ox_part` the next whole-tile reduction uses.
    part_next: u32,
    /// Regions with outstanding reads ([`Region::bit`]s).
    dirty: u8,
    /// For a pointer whose true offset may not fit the `i32` it is held in (a `ptr_add` of a
    /// 64-bit offset, or of anything to such a pointer): the `(ptr, offset)` of its
    /// `ptr_add`, from which [`Emitter::offset_words`] recomputes the offset in 64 bits;
    /// `(ptr, None)` for a copy of such a pointer, slot for slot or splatted from a scalar.
    far: Vec<Option<(ValueId, Option<ValueId>)>>,
    /// Elementwise tiles computed inside their one consumer's loop rather than stored (see
    /// [`fusible`]): for each, the `let` statements defining it (and its own fused operands)
    /// for slot `c`, once it has been reached. Its name is then the last `let`'s.
    fused: Vec<Option<Vec<String>>>,
    /// Which values [`fusible`] found.
    fusible: Vec<bool>,
    /// Which values [`fusible`] found lazy.
    lazy_ok: Vec<bool>,
    /// The lazy values reached so far: each one's expression at element [`ELEM`] (see
    /// [`Fusion::lazy`]).
    pub lazy: Vec<Option<String>>,
}

/// The placeholder of a lazy value's element index (a `u32` expression) in its expression.
pub(crate) const ELEM: &str = "\u{27e8}E\u{27e9}";

/// A lazy value's expression longer than this is stored instead (its consumers would each
/// recompute it).
const LAZY_MAX: usize = 400;

/// What [`fusible`] finds.
struct Fusion {
    /// Per value: computed inside its consumer's loop.
    fused: Vec<bool>,
    /// Per value: an integer or `bool` tile computed from its element index alone, where it
    /// is read, with no array and no exchange: `arange`, splats of a scalar, broadcasts and
    /// reshapes of such tiles, and elementwise ops of them and scalars (a program's offsets
    /// `pid * B + arange(0, B)`, a 2-D tile's `rm[:, None] * N + rn[None, :]`, the masks
    /// compared from them). Every reader of a tile reads it at its own elements (through
    /// `Emitter::at`), except a variable's store, which takes the array: a value a variable
    /// stores is not lazy. The stretching broadcasts of such tiles were exchanges through
    /// workgroup memory with barriers, and every step an array, which cost lavapipe seconds
    /// of compilation for 2-D tiles of 32 x 64.
    lazy: Vec<bool>,
}

/// The elementwise ops whose results may be fused into their consumer ([`fusible`]).
fn is_elementwise(op: &Op) -> bool {
    matches!(
        op,
        Op::Unary { .. }
            | Op::Binary { .. }
            | Op::Cmp { .. }
            | Op::Fma { .. }
            | Op::Select { .. }
            | Op::Cast { .. }
            | Op::Bitcast { .. }
    )
}

/// The tiles computed in their consumer's loop instead of an array of their own: results of
/// elementwise ops (pure functions of their operands' slots) on numbers, used once, by
/// another elementwise op (which reads every operand at its own slot `c`). A chain of them
/// (a bias + GELU) becomes one loop of `let`s per slot instead of an array and a loop per
/// op: the same arithmetic, but far fewer live arrays for the driver's compiler, whose time
/// grew steeply with them (lavapipe took seconds for 2-D tiles of 32 x 64 and up).
fn fusible(k: &Kernel, a: &Analysis, threads: u32) -> Fusion {
    let n = k.values.len();
    let scalar = |v: ValueId| Layout::of(&a.dims[v.index()], threads, a.runs).scalar;
    // Uses by elementwise ops (with multiplicity, as `Analysis::uses` counts them), and the
    // values variables store.
    let mut elementwise_uses = vec![0u32; n];
    let mut stored = vec![false; n];
    walk(&k.body, &mut |i: &Inst| {
        if is_elementwise(&i.op) {
            for v in i.op.operands() {
                elementwise_uses[v.index()] += 1;
            }
        }
        if let Op::VarInit { init: v, .. } | Op::VarStore { value: v, .. } = &i.op {
            stored[v.index()] = true;
        }
    });
    let mut candidate = vec![false; n];
    let mut lazy = vec![false; n];
    // Definitions come before uses, in `walk`'s order too.
    walk(&k.body, &mut |i: &Inst| {
        let Some(r) = i.result else { return };
        let t = k.ty(r);
        let number = matches!(t.elem, kernel_core::ir::Elem::Scalar(_));
        let index_like = t.dtype().is_some_and(|d| d.is_int() || d.is_bool());
        let ready = |v: ValueId| scalar(v) || lazy[v.index()];
        let computable = match &i.op {
            Op::Arange { .. } => true,
            Op::Broadcast { value, .. }
            | Op::ExpandDims { value, .. }
            | Op::Reshape { value, .. } => ready(*value),
            op if is_elementwise(op) => op.operands().into_iter().all(ready),
            _ => false,
        };
        lazy[r.index()] = computable && number && index_like && !scalar(r) && !stored[r.index()];
        candidate[r.index()] = is_elementwise(&i.op) && number && !scalar(r) && !lazy[r.index()];
    });
    let only_elementwise = |v: usize| a.uses[v] > 0 && elementwise_uses[v] == a.uses[v];
    Fusion {
        fused: (0..n)
            .map(|v| candidate[v] && a.uses[v] == 1 && only_elementwise(v))
            .collect(),
        lazy,
    }
}

/// Slots at most this many are unrolled by [`Emitter::slot_each`].
const UNROLL_SLOTS: u64 = 4;

impl<'k> Emitter<'k> {
    /// A fresh emitter.
    pub fn new(k: &'k Kernel, caps: &'k Caps, a: &'k Analysis) -> Self {
        let fusion = fusible(k, a, caps.workgroup_size);
        Emitter {
            k,
            caps,
            a,
            h: Helpers::default(),
            out: String::new(),
            indent: 1,
            names: vec![String::new(); k.values.len()],
            tmp: 0,
            scratch_words: 0,
            messages: Vec::new(),
            at: None,
            sites: Vec::new(),
            uses_subgroups: false,
            part_words: 0,
            part_next: 0,
            dirty: 0,
            far: vec![None; k.values.len()],
            fused: vec![None; k.values.len()],
            fusible: fusion.fused,
            lazy_ok: fusion.lazy,
            lazy: vec![None; k.values.len()],
        }
    }

    /// Whether `v` is computed where it is read ([`Fusion::lazy`]).
    pub fn is_lazy(&self, v: ValueId) -> bool {
        self.lazy_ok[v.index()]
    }

    /// Defines the lazy value `r` by its expression at element [`ELEM`] (`expr`), or stores
    /// it in an array when the expression is too long to recompute at every read.
    pub fn define_lazy(&mut self, r: ValueId, expr: String) {
        if expr.len() <= LAZY_MAX {
            self.lazy[r.index()] = Some(expr);
            return;
        }
        self.lazy_ok[r.index()] = false;
        self.store_elementwise(r, &expr);
    }

    /// Stores `r` in its array: each slot `c` the expression `expr` (of the element index
    /// [`ELEM`]) at the slot's element.
    pub fn store_elementwise(&mut self, r: ValueId, expr: &str) {
        let n = self.declare(r);
        let l = self.layout(r);
        let x = expr.replace(ELEM, &format!("({})", l.elem("c")));
        self.line(self.slot_each(0, l.c, &format!("{n}[c] = {x};")));
    }

    /// The expression of `v` at element [`ELEM`], for a lazy value's definition: a scalar
    /// itself, or a lazy value's expression.
    pub fn lazy_expr(&self, v: ValueId) -> String {
        match &self.lazy[v.index()] {
            Some(x) => x.clone(),
            None => self.names[v.index()].clone(),
        }
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

    /// Dedents and writes `}` (or `s`).
    pub fn close_with(&mut self, s: &str) {
        self.indent -= 1;
        self.line(s);
    }

    /// Indents without writing anything (after a `close_with("} else {")`).
    pub fn indent_in(&mut self) {
        self.indent += 1;
    }

    /// Dedents and writes `}`.
    pub fn close(&mut self) {
        self.close_with("}");
    }

    /// A fresh WGSL identifier.
    pub fn fresh(&mut self, prefix: &str) -> String {
        self.tmp += 1;
        format!("{prefix}{}", self.tmp)
    }

    // ---- barriers ------------------------------------------------------------------------

    /// Emits `workgroupBarrier()`: every region's reads are done.
    pub fn barrier(&mut self) {
        self.line("workgroupBarrier();");
        self.dirty = 0;
    }

    /// Notes that a barrier just happened (a vote or `workgroupUniformLoad`).
    pub fn synced(&mut self) {
        self.dirty = 0;
    }

    /// Before writing `region`: a barrier if its last reads may be outstanding.
    pub fn prepare_write(&mut self, region: Region) {
        if self.dirty & region.bit() != 0 {
            self.barrier();
        }
    }

    /// After reading `region`: the barrier before its next write is deferred.
    pub fn release(&mut self, region: Region) {
        self.dirty |= region.bit();
    }

    /// The next half of `ox_part`, for a whole-tile reduction needing `words` words.
    pub fn next_part(&mut self, words: u64) -> Region {
        let h = self.part_next;
        self.part_next ^= 1;
        self.part_words = self.part_words.max(words);
        Region::Part(h)
    }

    // ---- values --------------------------------------------------------------------------

    /// Threads per workgroup.
    pub fn threads(&self) -> u32 {
        self.caps.workgroup_size
    }

    /// The layout of a value.
    pub fn layout(&self, v: ValueId) -> Layout {
        Layout::of(&self.a.dims[v.index()], self.threads(), self.a.runs)
    }

    /// The register type of a value.
    pub fn reg(&self, v: ValueId) -> Reg {
        super::layout::reg_of_type(self.k.ty(v))
    }

    /// The dtype of a non-pointer value.
    pub fn dtype(&self, v: ValueId) -> DType {
        self.k.ty(v).dtype().unwrap_or(DType::I32)
    }

    /// The name of a value.
    pub fn name(&self, v: ValueId) -> &str {
        &self.names[v.index()]
    }

    /// The expression for slot `c` of a value (the value itself for a scalar; a fused
    /// value's `let`, for its consumer at slot `c`).
    pub fn at(&self, v: ValueId, c: &str) -> String {
        if let Some(x) = &self.lazy[v.index()] {
            return x.replace(ELEM, &format!("({})", self.layout(v).elem(c)));
        }
        if self.layout(v).scalar || self.fused[v.index()].is_some() {
            self.names[v.index()].clone()
        } else {
            format!("{}[{c}]", self.names[v.index()])
        }
    }

    /// The low and high words (`u32` expressions) of the true element offset, in 64 bits,
    /// of slot `c` of pointer `v`, for an out-of-bounds record. Pointers are `i32` offsets
    /// (buffers have fewer than 2^31 elements), and a `ptr_add` of a 64-bit offset clamps its
    /// sum into them (to -1 or `i32::MAX`, out of bounds either way); the record recomputes
    /// such a pointer's offset in `i64` from the chain of `ptr_add`s (and splats and
    /// renaming broadcasts) that made it, so that the error names the offset the interpreter
    /// does. A chain broken by another op (a `select`, a variable, a stretching broadcast)
    /// falls back to the clamped value.
    pub fn offset_words(&self, v: ValueId, c: &str) -> (String, String) {
        if self.far[v.index()].is_none() {
            let p = self.at(v, c);
            return (
                format!("bitcast<u32>({p})"),
                format!("bitcast<u32>({p} >> 31u)"),
            );
        }
        let w = format!("bitcast<u64>({})", self.offset64(v, c, 0));
        (format!("u32({w})"), format!("u32({w} >> 32u)"))
    }

    /// Notes that slot `c` of `r` holds the pointer in slot `c` of `v` (or `v` itself, a
    /// scalar), for [`Emitter::offset_words`].
    pub fn copies_pointer(&mut self, r: ValueId, v: ValueId) {
        if self.far[v.index()].is_some() {
            self.far[r.index()] = Some((v, None));
        }
    }

    /// The `i64` expression of [`Emitter::offset_words`] (`depth`: `ptr_add`s followed so
    /// far, bounded so that no chain makes an unbounded expression).
    fn offset64(&self, v: ValueId, c: &str, depth: u32) -> String {
        match self.far[v.index()] {
            Some((ptr, None)) if depth < 64 => self.offset64(ptr, c, depth + 1),
            Some((ptr, Some(offset))) if depth < 64 => {
                let o = self.at(offset, c);
                let o = match self.dtype(offset) {
                    DType::I64 => o,
                    DType::U64 => format!("bitcast<i64>({o})"),
                    _ => format!("i64({o})"),
                };
                format!("({} + {o})", self.offset64(ptr, c, depth + 1))
            }
            _ => format!("i64({})", self.at(v, c)),
        }
    }

    /// Makes `r` another name for `v` (no data moves): the same expression for a lazy `v`
    /// (aliases keep the row-major order, so the element index is the same).
    pub fn alias(&mut self, r: ValueId, v: ValueId) {
        self.names[r.index()] = self.names[v.index()].clone();
        self.lazy[r.index()] = self.lazy[v.index()].clone();
    }

    /// Names `r` `v{r}` and returns the name.
    pub fn define(&mut self, r: ValueId) -> String {
        let n = format!("v{}", r.0);
        self.names[r.index()] = n.clone();
        n
    }

    /// Declares the storage of result `r` (`var vR: T;` or `var vR: array<T, C>;`).
    pub fn declare(&mut self, r: ValueId) -> String {
        let n = self.define(r);
        let ty = storage_type(self.reg(r), self.layout(r));
        self.line(format!("var {n}: {ty};"));
        n
    }

    /// The opening of a loop over slots `first..count` as `c` (up to its `{`, closed by
    /// `}`): a plain block defining `c` when there is one slot. llvmpipe (lavapipe)
    /// instruments every loop for its per-invocation budget of back-edges, and compiles a
    /// shader's loops in time that grows far faster than their number: `many_stores` (a
    /// hundred one-slot stores and their checks, ~500 one-iteration loops) took 13 s to
    /// compile as loops and 0.17 s as blocks. On a CPU adapter the bound of a loop of 8
    /// slots or more is also opaque (`+ ox_nc`, which is 0): LLVM then keeps the loop
    /// rather than unrolling its body 8 or 16 times, which cut the compile of the flash
    /// attention example by a third and of the fused softmax example by 40%, and left the CPU
    /// benchmark's run times on lavapipe unchanged. (Opaque bounds on loops of 2 to 4 slots
    /// too made the layer norm example's compile a third slower.)
    pub fn slot_loop(&self, first: u64, count: u64) -> String {
        if count == first + 1 {
            format!("{{ let c = {first}u;")
        } else {
            format!(
                "for (var c = {first}u; c < {}; c = c + 1u) {{",
                self.slot_bound(count)
            )
        }
    }

    /// The statement `stmt` (which reads the slot as `c`) for slots `first..count`: a block
    /// per slot when there are at most [`UNROLL_SLOTS`], else a loop (see
    /// [`Emitter::slot_loop`]): unrolling the two-slot one-line loops of `libdevice_f32_128`
    /// took its compile on lavapipe from 1.34 s to 0.39 s.
    pub fn slot_each(&self, first: u64, count: u64, stmt: &str) -> String {
        if count > first && count - first <= UNROLL_SLOTS {
            (first..count)
                .map(|c| format!("{{ let c = {c}u; {stmt} }}"))
                .collect::<Vec<_>>()
                .join(" ")
        } else {
            format!(
                "for (var c = {first}u; c < {}; c = c + 1u) {{ {stmt} }}",
                self.slot_bound(count)
            )
        }
    }

    /// A slot loop's bound: `count`, plus the opaque zero `ox_nc` on CPU adapters when it is
    /// 8 or more.
    fn slot_bound(&self, count: u64) -> String {
        if self.caps.cpu && count >= 8 {
            format!("{count}u + ox_nc")
        } else {
            format!("{count}u")
        }
    }

    /// Opens a loop over the slots of `layout`, defining `c` and the linear index `e`.
    pub fn open_lanes(&mut self, layout: Layout) {
        self.open_lanes_from(layout, 0);
    }

    /// [`Emitter::open_lanes`] from slot `first` on.
    pub fn open_lanes_from(&mut self, layout: Layout, first: u64) {
        self.open(self.slot_loop(first, layout.c));
        self.line(format!("let e = {};", layout.elem("c")));
    }

    /// Defines `r` elementwise: `expr(args)` per element, where `args` are the operands'
    /// slot expressions (a scalar operand stands for itself in every slot).
    fn elementwise(
        &mut self,
        r: ValueId,
        operands: &[ValueId],
        expr: impl FnOnce(&[String], &mut Helpers) -> Result<String, String>,
        op: &Op,
    ) -> Result<(), CodegenError> {
        if self.is_lazy(r) {
            let args: Vec<String> = operands.iter().map(|v| self.lazy_expr(*v)).collect();
            let e = expr(&args, &mut self.h).map_err(|why| self.unsupported(op, why))?;
            self.define_lazy(r, e);
            return Ok(());
        }
        let args: Vec<String> = operands.iter().map(|v| self.at(*v, "c")).collect();
        let e = expr(&args, &mut self.h).map_err(|why| self.unsupported(op, why))?;
        let l = self.layout(r);
        // The `let`s of the fused operands, in order (each is used once: by this op).
        let mut lets = Vec::new();
        for v in operands {
            if let Some(l) = self.fused[v.index()].take() {
                lets.extend(l);
            }
        }
        if l.scalar {
            let n = self.define(r);
            let ty = self.reg(r).wgsl();
            self.line(format!("let {n}: {ty} = {e};"));
        } else if self.fusible[r.index()] {
            let n = format!("w{}", r.0);
            lets.push(format!("let {n}: {} = {e};", self.reg(r).wgsl()));
            self.names[r.index()] = n;
            self.fused[r.index()] = Some(lets);
        } else if lets.is_empty() {
            let n = self.declare(r);
            self.line(self.slot_each(0, l.c, &format!("{n}[c] = {e};")));
        } else {
            let n = self.declare(r);
            self.open(self.slot_loop(0, l.c));
            for s in lets {
                self.line(s);
            }
            self.line(format!("{n}[c] = {e};"));
            self.close();
        }
        Ok(())
    }

    /// A scalar's value as an expression WGSL knows is uniform: the value itself when the
    /// analysis proved it, else thread 0's copy broadcast by `workgroupUniformLoad`.
    pub fn uniform(&mut self, v: ValueId) -> String {
        if self.a.uniform[v.index()] {
            return self.names[v.index()].clone();
        }
        let reg = self.reg(v);
        let x = self.names[v.index()].clone();
        self.uniform_of(reg, &x)
    }

    /// Thread 0's value of register expression `x`, broadcast to every thread by
    /// `workgroupUniformLoad` (a barrier): the name of a new `let` holding it.
    pub fn uniform_of(&mut self, reg: Reg, x: &str) -> String {
        self.h.need(Helper::Uniform);
        let t = self.fresh("u");
        if reg.wide() {
            // Two words, one broadcast each.
            let (lo, hi) = reg.to_words64(x);
            self.line(format!("let {t}_lo = ox_uniform({lo}, tid);"));
            self.line(format!("let {t}_hi = ox_uniform({hi}, tid);"));
            let back = reg.read_words64(&format!("{t}_lo"), &format!("{t}_hi"));
            self.line(format!("let {t} = {back};"));
        } else {
            let w = reg.to_word(x);
            let back = reg.read_word(&format!("ox_uniform({w}, tid)"));
            self.line(format!("let {t} = {back};"));
        }
        self.synced();
        t
    }

    // ---- errors --------------------------------------------------------------------------

    /// The status site of the instruction being emitted: 0 without a source location, else
    /// 1 + its index in [`Emitter::sites`] (one entry per distinct location).
    pub fn site(&mut self) -> u32 {
        kernel_core::runtime::status::site(&mut self.sites, self.at.as_deref())
    }

    /// An `Unsupported` error for `op`.
    pub fn unsupported(&self, op: &Op, why: impl Into<String>) -> CodegenError {
        CodegenError::Unsupported {
            backend: "WGSL",
            kernel: self.k.name.clone(),
            op: op.name(),
            why: why.into(),
            at: self.at.clone(),
        }
    }

    /// Reserves `words` of workgroup scratch memory for `op`, failing if the device has too
    /// little.
    pub fn need_scratch(&mut self, words: u64, elems: u64, op: &Op) -> Result<(), CodegenError> {
        self.check_memory(words.max(self.scratch_words), self.part_words, elems, op)?;
        self.scratch_words = self.scratch_words.max(words);
        Ok(())
    }

    /// Words of `ox_scratch` an op may use with the `ox_part` reserved so far, within the
    /// device's workgroup memory (see [`Emitter::need_scratch`]): `dot` stages its factors in
    /// chunks that fit it.
    pub fn scratch_budget(&self) -> u64 {
        let bytes = u64::from(self.caps.max_workgroup_storage_bytes).saturating_sub(FIXED_BYTES);
        (bytes / 4).saturating_sub(self.part_words.saturating_mul(2))
    }

    /// Reserves the two halves of `ox_part` (`words` each) for a whole-tile reduction.
    pub fn need_part(&mut self, words: u64, elems: u64, op: &Op) -> Result<(), CodegenError> {
        self.check_memory(self.scratch_words, words.max(self.part_words), elems, op)
    }

    /// Whether `words` words of `ox_scratch` fit beside the `ox_part` reserved so far.
    pub fn fits(&self, words: u64) -> bool {
        Self::bytes(words.max(self.scratch_words), self.part_words)
            <= u64::from(self.caps.max_workgroup_storage_bytes)
    }

    /// The most words `ox_scratch` can have beside two halves of `ox_part` of at least
    /// `part` words each (0 if not even those fit).
    pub fn free_words(&self, part: u64) -> u64 {
        let limit = u64::from(self.caps.max_workgroup_storage_bytes);
        let used = Self::bytes(0, part.max(self.part_words));
        limit.saturating_sub(used) / 4
    }

    /// Bytes of workgroup memory for `scratch` words of `ox_scratch` and two halves of
    /// `part` words of `ox_part`; the fixed workgroup variables (vote flag, broadcast word)
    /// take 8 more.
    fn bytes(scratch: u64, part: u64) -> u64 {
        let words = scratch.saturating_add(part.saturating_mul(2));
        words.saturating_mul(4).saturating_add(FIXED_BYTES)
    }

    /// Fails if `scratch` words of `ox_scratch` and two halves of `part` words of `ox_part`
    /// do not fit in the device's workgroup memory.
    fn check_memory(
        &self,
        scratch: u64,
        part: u64,
        elems: u64,
        op: &Op,
    ) -> Result<(), CodegenError> {
        let bytes = Self::bytes(scratch, part);
        if bytes > self.caps.max_workgroup_storage_bytes as u64 {
            return Err(CodegenError::TooLarge {
                backend: "WGSL",
                memory: "workgroup memory",
                kernel: self.k.name.clone(),
                op: op.name(),
                elems,
                needed_bytes: bytes,
                limit_bytes: self.caps.max_workgroup_storage_bytes,
                at: self.at.clone(),
            });
        }
        Ok(())
    }

    // ---- the body ------------------------------------------------------------------------

    /// Declares the parameters' values and the kernel's variables.
    pub fn prologue(&mut self) {
        if self.caps.cpu {
            // 0 (grids are far below 2^31 programs along x), but not a constant: the slot
            // loops' bounds (see `slot_loop`).
            self.line("let ox_nc = wid.x >> 31u;");
        }
        // Set by an out-of-bounds load lane (see `access`).
        self.line("var ox_fail = false;");
        // Set (uniformly) once the program has failed: it writes nothing more (see `access`).
        self.line("var ox_stop = false;");
        for (i, p) in self.k.params.iter().enumerate() {
            let info = &self.a.params[i];
            let n = self.define(p.value);
            let w = format!("params[{}]", info.word);
            let e = match p.ty.elem {
                kernel_core::ir::Elem::Ptr(_) => "0i".to_string(),
                kernel_core::ir::Elem::Scalar(d) => match d {
                    DType::F16 | DType::BF16 => {
                        ops::from_bits(d, &format!("({w} & 0xffffu)"), &mut self.h)
                    }
                    DType::F8E4M3 | DType::F8E5M2 => {
                        ops::from_bits(d, &format!("({w} & 0xffu)"), &mut self.h)
                    }
                    DType::U8 | DType::U16 | DType::U32 => w,
                    DType::I8 | DType::I16 | DType::I32 => format!("bitcast<i32>({w})"),
                    DType::F32 => format!("bitcast<f32>({w})"),
                    DType::Bool => format!("({w} != 0u)"),
                    DType::I64 | DType::U64 | DType::F64 => {
                        Reg::of(d).read_words64(&w, &format!("params[{}]", info.word + 1))
                    }
                },
            };
            self.line(format!("let {n} = {e};"));
        }
        for (i, t) in self.k.vars.iter().enumerate() {
            let reg = super::layout::reg_of_type(t);
            let l = Layout::of(&self.a.var_dims[i], self.threads(), self.a.runs);
            self.line(format!("var x{i}: {};", storage_type(reg, l)));
        }
    }

    /// Emits a block.
    pub fn block(&mut self, b: &Block) -> Result<(), CodegenError> {
        for inst in b {
            self.inst(inst)?;
        }
        Ok(())
    }

    /// Refuses an atomic order or scope WGSL cannot give: its atomics are relaxed, on
    /// storage buffers of one device (a program's own lanes, `Scope::Cta`, get that wider
    /// device scope, which is allowed).
    fn atomic_order(
        &self,
        order: AtomicOrder,
        scope: AtomicScope,
        op: &Op,
    ) -> Result<(), CodegenError> {
        if !matches!(order, AtomicOrder::Auto | AtomicOrder::Relaxed) {
            return Err(self.unsupported(
                op,
                format!(
                    "`{}` ordering: WGSL's atomics are relaxed (use `Ordering::Relaxed`, or \
                     the CUDA backend)",
                    order.name()
                ),
            ));
        }
        if scope == AtomicScope::Sys {
            return Err(self.unsupported(
                op,
                "`sys` scope: WGSL's atomics are atomic within the device only",
            ));
        }
        Ok(())
    }

    fn inst(&mut self, inst: &Inst) -> Result<(), CodegenError> {
        let op = &inst.op;
        self.at = self.k.source_of(inst);
        // Every op with a result defines it; the verifier guarantees `result` is set.
        let r = inst.result.unwrap_or(ValueId(u32::MAX));
        match op {
            Op::ProgramId { axis } | Op::NumPrograms { axis } => {
                let comp = ["x", "y", "z"]
                    .get(*axis as usize)
                    .ok_or_else(|| self.unsupported(op, format!("grid axis {axis}")))?;
                let src = if matches!(op, Op::ProgramId { .. }) {
                    "wid"
                } else {
                    "nwg"
                };
                let n = self.define(r);
                self.line(format!("let {n} = i32({src}.{comp});"));
            }
            Op::Const { value, dtype } => {
                let lit = ops::literal(*value, *dtype).map_err(|why| self.unsupported(op, why))?;
                let n = self.define(r);
                let ty = self.reg(r).wgsl();
                self.line(format!("let {n}: {ty} = {lit};"));
            }
            Op::Call { .. } | Op::StaticAssert { .. } => {
                return Err(self.unsupported(op, "not specialized"));
            }
            Op::ConstParam { .. } | Op::Print { .. } => {
                // Rejected by the analysis.
                return Err(self.unsupported(op, "not supported"));
            }
            Op::Arange { .. } if self.is_lazy(r) => self.define_lazy(r, format!("i32({ELEM})")),
            Op::Arange { .. } => {
                let n = self.declare(r);
                let l = self.layout(r);
                let stmt = format!("{n}[c] = i32({});", l.elem("c"));
                self.line(self.slot_each(0, l.c, &stmt));
            }
            Op::Broadcast { value, .. } => self.broadcast(r, *value, op)?,
            Op::ExpandDims { value, .. } => self.reshape(r, *value, op)?,
            Op::Reshape { value, .. } => self.reshape(r, *value, op)?,
            Op::Permute { value, perm } => self.permute(r, *value, perm, op)?,
            Op::Gather { src, index, axis } => self.gather_along(r, *src, *index, *axis, op)?,
            // The same value (WGSL accesses elements one by one: no facts to use).
            Op::Hint { value, .. } => self.alias(r, *value),
            // This backend always checks.
            Op::Checked => {
                let n = self.define(r);
                self.line(format!("let {n} = true;"));
            }
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
            | Op::Bitcast { .. } => {
                let k = self.k;
                let operands = op.operands();
                self.elementwise(r, &operands, |a, h| ops::elementwise(k, op, a, h), op)?;
            }
            Op::PtrAdd { ptr, offset } => {
                let od = self.dtype(*offset);
                self.elementwise(
                    r,
                    &[*ptr, *offset],
                    |a, _| {
                        Ok(match od {
                            // The sum in 64 bits, clamped to [-1, i32::MAX]: either way out of
                            // bounds if it does not fit (buffers have < 2^31 elements).
                            DType::I64 => {
                                format!("i32(clamp(i64({}) + {}, -1li, 2147483647li))", a[0], a[1])
                            }
                            DType::U64 => format!(
                                "select(i32(clamp(i64({}) + bitcast<i64>({}), -1li, \
                                 2147483647li)), 2147483647i, {} > 0x7ffffffffffffffflu)",
                                a[0], a[1], a[1]
                            ),
                            _ if od.is_signed_int() => format!("({} + {})", a[0], a[1]),
                            _ => format!("({} + bitcast<i32>({}))", a[0], a[1]),
                        })
                    },
                    op,
                )?;
                if od.bits() == 64 || self.far[ptr.index()].is_some() {
                    self.far[r.index()] = Some((*ptr, Some(*offset)));
                }
            }
            // Cache hints: WGSL has no cache control.
            Op::Load {
                ptr, mask, other, ..
            } => self.load(r, *ptr, *mask, *other, op)?,
            Op::Store {
                ptr, value, mask, ..
            } => self.store(*ptr, *value, *mask, op)?,
            Op::Atomic {
                op: a,
                ptr,
                value,
                mask,
                order,
                scope,
            } => {
                self.atomic_order(*order, *scope, op)?;
                self.atomic(inst.result, *a, *ptr, *value, *mask, op)?
            }
            Op::AtomicCas {
                ptr,
                cmp,
                value,
                mask,
                order,
                scope,
            } => {
                self.atomic_order(*order, *scope, op)?;
                self.atomic_cas(inst.result, *ptr, *cmp, *value, *mask, op)?
            }
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
            Op::VarInit { var, init: value } | Op::VarStore { var, value }
                if self.lazy[value.index()].is_some() =>
            {
                // An alias of a lazy value (it has no array): element by element.
                let l = self.layout(*value);
                let x = self.at(*value, "c");
                self.line(self.slot_each(0, l.c, &format!("x{}[c] = {x};", var.0)));
            }
            Op::VarInit { var, init: value } | Op::VarStore { var, value } => {
                let n = self.name(*value).to_string();
                self.line(format!("x{} = {n};", var.0));
            }
            Op::VarLoad { var } => {
                let n = self.define(r);
                // A copy: the variable may change later, the SSA value must not.
                self.line(format!("var {n} = x{};", var.0));
            }
            Op::For {
                index,
                start,
                end,
                step,
                body,
                ..
            } => self.for_loop(*index, *start, *end, *step, body)?,
            Op::While {
                cond_block,
                cond,
                body,
            } => {
                self.open("loop {");
                self.block(cond_block)?;
                let c = self.uniform(*cond);
                // Leaving the loop here, the state is the condition block's.
                let after = self.dirty;
                self.line(format!("if (!{c}) {{ break; }}"));
                self.block(body)?;
                self.end_loop_body();
                self.close();
                self.dirty = after;
            }
            Op::If {
                cond,
                then_block,
                else_block,
            } => {
                let c = self.uniform(*cond);
                let before = self.dirty;
                self.open(format!("if ({c}) {{"));
                self.block(then_block)?;
                let then_dirty = self.dirty;
                self.dirty = before;
                if else_block.is_empty() {
                    self.close();
                } else {
                    self.close_with("} else {");
                    self.indent += 1;
                    self.block(else_block)?;
                    self.close();
                }
                self.dirty |= then_dirty;
            }
            Op::Barrier => {
                // Storage writes ordered and seen, then every lane here.
                self.line("storageBarrier();");
                self.barrier();
            }
            Op::Return => {
                self.loop_probe();
                self.line("return;");
            }
            Op::Assert { cond, message } => self.assert(*cond, message),
        }
        Ok(())
    }

    fn for_loop(
        &mut self,
        index: ValueId,
        start: ValueId,
        end: ValueId,
        step: ValueId,
        body: &Block,
    ) -> Result<(), CodegenError> {
        let d = self.dtype(index);
        let signed = d.is_signed_int();
        self.open("{");
        let lo = self.uniform(start);
        let hi = self.uniform(end);
        let st = self.uniform(step);
        self.h.need(Helper::Record);
        let reg = Reg::of(d);
        let zero = reg.zero();
        // The status record holds the step as an i64: its two words, or a narrower step's
        // word sign-extended.
        let (bits, bits_hi) = if reg.wide() {
            reg.to_words64(&st)
        } else if signed {
            (
                reg.to_word(&st),
                format!("select(0u, 0xffffffffu, {st} < {zero})"),
            )
        } else {
            (reg.to_word(&st), "0u".to_string())
        };
        let bad = if signed {
            format!("{st} <= {zero}")
        } else {
            format!("{st} == {zero}")
        };
        let site = self.site();
        self.line(format!(
            "if ({bad}) {{ if (tid == 0u) {{ ox_record({CODE_BAD_STEP}u, 0u, {bits}, {bits_hi}, 0u, {site}u, wid); }} return; }}"
        ));
        let i = self.fresh("i");
        self.line(format!("var {i} = {lo};"));
        self.open("loop {");
        self.line(format!("if (!({i} < {hi})) {{ break; }}"));
        let n = self.define(index);
        self.line(format!("let {n} = {i};"));
        // Zero iterations leave the state as it is here; others end clean.
        let before = self.dirty;
        self.block(body)?;
        self.end_loop_body();
        // Leave before the increment could wrap past `end` (the interpreter counts in i128).
        let (dist, stu) = match reg {
            Reg::I64 => (
                format!("bitcast<u64>({hi}) - bitcast<u64>({i})"),
                format!("bitcast<u64>({st})"),
            ),
            _ if signed => (
                format!("bitcast<u32>({hi}) - bitcast<u32>({i})"),
                format!("bitcast<u32>({st})"),
            ),
            _ => (format!("{hi} - {i}"), st.clone()),
        };
        self.open("continuing {");
        self.line(format!("let left = {dist};"));
        self.line(format!("{i} = {i} + {st};"));
        self.line(format!("break if left <= {stu};"));
        self.close();
        self.close();
        self.close();
        self.dirty = before;
        Ok(())
    }

    /// At an exit of `main`: reports [`CODE_LOOP_LIMIT`] if the driver cut a loop short (see
    /// [`super::math::LOOP_PROBE`]). No barrier follows, so the per-thread branch is safe.
    pub fn loop_probe(&mut self) {
        self.h.need(Helper::LoopProbe);
        self.h.need(Helper::Record);
        self.line(format!(
            "if (ox_loop_probe(wid)) {{ ox_record({CODE_LOOP_LIMIT}u, 0u, 0u, 0u, 0u, 0u, wid); }}"
        ));
    }

    /// The end of a loop body: the next iteration starts with no outstanding reads.
    fn end_loop_body(&mut self) {
        if self.dirty != 0 {
            self.barrier();
        }
    }

    fn assert(&mut self, cond: ValueId, message: &str) {
        let id = self.messages.len() as u32;
        self.messages.push(message.to_string());
        self.h.need(Helper::AnyBad);
        self.h.need(Helper::Record);
        let l = self.layout(cond);
        self.open("{");
        if l.scalar {
            let c = self.at(cond, "0u");
            self.line(format!("let bad = select(1u, 0u, {c});"));
        } else {
            self.line("var bad = 0u;");
            self.open_lanes(l);
            let c = self.at(cond, "c");
            self.line(format!("if (e < {}u && !{c}) {{ bad = 1u; }}", l.n));
            self.close();
        }
        let site = self.site();
        self.line(format!(
            "if (ox_any_bad(bad) != 0u) {{ if (tid == 0u && !ox_stop) {{ ox_record({CODE_ASSERT}u, {id}u, 0u, 0u, 0u, {site}u, wid); }} ox_stop = true; }}"
        ));
        self.synced();
        self.close();
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
        let s = self.name(seed).to_string();
        // A 32-bit seed is sign-extended to 64 bits: the high key word is its sign.
        let key = match sd {
            DType::I32 | DType::I16 | DType::I8 => {
                format!("vec2<u32>(bitcast<u32>({s}), select(0u, 0xffffffffu, {s} < 0i))")
            }
            DType::U32 | DType::U16 | DType::U8 => format!("vec2<u32>({s}, 0u)"),
            DType::I64 | DType::U64 => {
                let (lo, hi) = Reg::of(sd).to_words64(&s);
                format!("vec2<u32>({lo}, {hi})")
            }
            _ => return Err(self.unsupported(op, format!("a seed of dtype {sd}"))),
        };
        let k = self.fresh("key");
        self.line(format!("let {k} = {key};"));
        self.h.need(Helper::Philox);
        self.elementwise(
            r,
            &[offset],
            |a, h| {
                // Offsets are truncated to u32.
                let ctr = if od.bits() == 64 {
                    Reg::of(od).to_words64(&a[0]).0
                } else if od.is_signed_int() {
                    format!("bitcast<u32>({})", a[0])
                } else {
                    a[0].clone()
                };
                Ok(match kind {
                    RandKind::Int => format!("ox_philox(vec4<u32>({ctr}, 0u, 0u, 0u), {k}).x"),
                    RandKind::Uniform => {
                        h.need(Helper::Uniform01);
                        format!("ox_u2uniform(ox_philox(vec4<u32>({ctr}, 0u, 0u, 0u), {k}).x)")
                    }
                    RandKind::Normal => {
                        h.need(Helper::Randn);
                        format!("ox_randn({ctr}, {k})")
                    }
                })
            },
            op,
        )
    }
}
