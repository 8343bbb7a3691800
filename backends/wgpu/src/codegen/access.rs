//! Emission of loads, stores and atomics (the array types and element access are in
//! `memory`).
//!
//! Who touches memory: a tile lane is accessed by the thread that owns it; a scalar load by
//! every thread (all read the same element); a scalar store or atomic by thread 0 only, an
//! atomic's old value then being broadcast to the workgroup as a uniform value.
//!
//! Ordering: the IR applies the lanes of an atomic in row-major order and lets the highest
//! lane of a store win. Atomics whose result or final memory could depend on that order run
//! serialized: in rounds of one slot per thread, the lanes go through workgroup memory to
//! thread 0, which applies them in lane order. Integer add/and/or/xor/max/min whose old values
//! are unused commute, so they run in parallel in the owning threads. Stores run in parallel:
//! two lanes storing to one address in one op leave either value on this backend.
//!
//! Visibility: after a store or atomic to a buffer that the kernel also reads, a
//! `storageBarrier()` makes the writes visible to the other threads of the program before its
//! next op, as the interpreter's sequential semantics imply.

use kernel_core::DType;
use kernel_core::ir::{AtomicOp, BinaryOp, Op, ValueId};

use super::CodegenError;
use super::analysis::pointee;
use super::emit::{Emitter, Region};
use super::layout::{Layout, RUN, Reg, WgslLayout};
use super::math::Helper;
use super::memory::{Buffer, Storage};
use super::ops;
use super::status::{ACCESS_ATOMIC, ACCESS_LOAD, ACCESS_STORE, OUT_OF_BOUNDS as CODE_OOB};

/// What a memory op does: its access code in the status record, and whether it writes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Load,
    Store,
    Atomic,
}

impl Kind {
    fn code(self) -> u32 {
        match self {
            Kind::Load => ACCESS_LOAD,
            Kind::Store => ACCESS_STORE,
            Kind::Atomic => ACCESS_ATOMIC,
        }
    }
}

/// One memory op's target, resolved and bounds-checked by [`Emitter::access`].
struct Access {
    /// The pointer value.
    ptr_v: ValueId,
    /// The mask value, if masked.
    mask_v: Option<ValueId>,
    /// The buffer parameter the pointer points into.
    param: u32,
    /// The WGSL name of its array.
    name: String,
    /// Its array type.
    storage: Storage,
    /// The pointee dtype.
    dtype: DType,
    /// The pointer's layout.
    layout: Layout,
    /// The offset (`i32`) of the lane in slot `c`; a scalar pointer's value itself.
    ptr: String,
    /// The mask of that lane, if masked.
    mask: Option<String>,
}

impl Access {
    /// Reads and writes of the buffer.
    fn buffer(&self) -> Buffer<'_> {
        Buffer {
            name: &self.name,
            storage: self.storage,
            dtype: self.dtype,
        }
    }

    /// The mask of the lane, `true` when unmasked.
    fn active(&self) -> String {
        self.mask.clone().unwrap_or_else(|| "true".to_string())
    }
}

impl Emitter<'_> {
    /// Emits a memory op on `ptr`: resolves the buffer it points into, emits the bounds check
    /// of a write's active lanes (a load checks each lane itself), then `body`; after a write
    /// to a buffer the kernel also reads, a `storageBarrier()`.
    fn access(
        &mut self,
        ptr: ValueId,
        mask: Option<ValueId>,
        kind: Kind,
        op: &Op,
        body: impl FnOnce(&mut Self, &Access) -> Result<(), CodegenError>,
    ) -> Result<(), CodegenError> {
        let p = self.a.origin[ptr.index()].ok_or_else(|| {
            self.unsupported(op, "a pointer that does not derive from a buffer parameter")
        })?;
        let (_, storage) = self.a.params[p as usize]
            .buffer
            .ok_or_else(|| self.unsupported(op, "a pointer into a scalar parameter"))?;
        let layout = self.layout(ptr);
        let slot = if layout.scalar { "0u" } else { "c" };
        let a = Access {
            ptr_v: ptr,
            mask_v: mask,
            param: p,
            name: format!("b{p}"),
            storage,
            dtype: pointee(self.k.ty(ptr)),
            layout,
            ptr: self.at(ptr, slot),
            mask: mask.map(|m| self.at(m, slot)),
        };
        if kind == Kind::Load {
            return body(self, &a);
        }
        self.bounds_check(ptr, &a, kind);
        // A stopped program writes nothing more (`ox_stop` is uniform: set after votes).
        self.open("if (!ox_stop) {");
        body(self, &a)?;
        if self.a.params[p as usize].read {
            self.line("storageBarrier();");
        }
        self.close();
        Ok(())
    }

    /// Emits the all-lanes bounds check of a store or atomic: if any active lane's offset is
    /// outside the buffer, the owner of the lowest such lane records the error and the
    /// program stops (`ox_stop`: it runs on but writes nothing more); it also stops,
    /// recording nothing new, when an earlier load of any thread failed (`ox_fail`) or it was
    /// stopped already. Not `return`: llvmpipe (lavapipe) lowers each early return into one
    /// more level of nesting and silently drops code nested about 80 deep, which lost every
    /// store after the 78th of a kernel.
    fn bounds_check(&mut self, ptr: ValueId, a: &Access, kind: Kind) {
        self.h.need(Helper::AnyBad);
        self.h.need(Helper::Record);
        let site = self.site();
        let (l, p, param, access) = (a.layout, &a.ptr, a.param, kind.code());
        let len = format!("params[{}]", self.a.params[param as usize].word);
        self.open("{");
        if l.scalar {
            let active = a.active();
            self.line(format!(
                "let bad = select(select(0u, 1u, ox_fail || ox_stop), 0xffffffffu, {active} && ({p} < 0i || u32({p}) >= {len}));"
            ));
            // 1: an earlier load failed, and recorded the error.
            self.line("let worst = ox_any_bad(bad);");
            self.synced();
            self.open("if (worst != 0u) {");
            let (lo, hi) = self.offset_words(ptr, "0u");
            self.line(format!(
                "if (tid == 0u && worst != 1u) {{ ox_record({CODE_OOB}u, {param}u, {lo}, {hi}, {access}u, {site}u, wid); }}"
            ));
        } else {
            // 1: an earlier load failed (lanes are 0xffffffff - e, far above 1).
            self.line("var bad = select(0u, 1u, ox_fail || ox_stop);");
            self.open_lanes(l);
            let active = match &a.mask {
                Some(m) => format!("e < {}u && {m}", l.n),
                None => format!("e < {}u", l.n),
            };
            // Slots ascend with lanes: the first bad one found is this thread's lowest.
            self.line(format!(
                "if (bad <= 1u && {active} && ({p} < 0i || u32({p}) >= {len})) {{ bad = 0xffffffffu - e; }}"
            ));
            self.close();
            self.line("let worst = ox_any_bad(bad);");
            self.synced();
            self.open("if (worst != 0u) {");
            self.line("let lane = 0xffffffffu - worst;");
            let (lo, hi) = self.offset_words(ptr, &l.slot("lane"));
            self.line(format!(
                "if (worst != 1u && {} == tid) {{ ox_record({CODE_OOB}u, {param}u, {lo}, {hi}, {access}u, {site}u, wid); }}",
                l.owner("lane"),
            ));
        }
        self.line("ox_stop = true;");
        self.close();
        self.close();
    }

    /// Whether a tile access goes by runs of [`RUN`] elements (see `layout` and `memory`).
    fn by_runs(&self, a: &Access) -> bool {
        !a.layout.scalar && a.layout.v == RUN && a.buffer().has_runs()
    }

    /// Opens the loop over the runs of a tile access (slots `r..r + RUN`) and the test of
    /// whether the run is one whole access: all its lanes exist and are active, its pointers
    /// are contiguous and the first is a multiple of 4 (and, with `len`, in bounds). The
    /// caller writes the whole-run branch, then calls [`Emitter::run_lanes`].
    fn open_runs(&mut self, a: &Access, len: Option<&str>) {
        let l = a.layout;
        self.open(format!("for (var r = 0u; r < {}u; r = r + {RUN}u) {{", l.c));
        let p = |s: &Self, k: u64| s.at(a.ptr_v, &format!("r + {k}u"));
        self.line(format!("let p0 = {};", p(self, 0)));
        let mut conds = Vec::new();
        if !l.full() {
            conds.push(format!("{} + 3u < {}u", l.elem("r"), l.n));
        }
        if let Some(m) = a.mask_v {
            for k in 0..RUN {
                conds.push(self.at(m, &format!("r + {k}u")));
            }
        }
        for k in 1..RUN {
            conds.push(format!("{} == p0 + {k}i", p(self, k)));
        }
        conds.push("p0 >= 0i && (p0 & 3i) == 0i".to_string());
        if let Some(len) = len {
            conds.push(format!("u32(p0) + 3u < {len}"));
        }
        self.open(format!("if ({}) {{", conds.join(" && ")));
        self.line("let o = u32(p0);");
    }

    /// Closes the whole-run branch of [`Emitter::open_runs`] and opens the per-lane one: a
    /// loop over the run's slots defining `c` and `e`.
    fn run_lanes(&mut self, a: &Access) {
        self.close_with("} else {");
        self.indent_in();
        self.open(format!("for (var c = r; c < r + {RUN}u; c = c + 1u) {{"));
        self.line(format!("let e = {};", a.layout.elem("c")));
    }

    /// `load`.
    pub fn load(
        &mut self,
        r: ValueId,
        ptr: ValueId,
        mask: Option<ValueId>,
        other: Option<ValueId>,
        op: &Op,
    ) -> Result<(), CodegenError> {
        let site = self.site();
        self.access(ptr, mask, Kind::Load, op, |s, a| {
            s.h.need(Helper::Record);
            let read = a.buffer().read("o", &mut s.h);
            let zero = Reg::of(a.dtype).zero().to_string();
            let (l, p, m) = (a.layout, &a.ptr, a.active());
            let len = format!("params[{}]", s.a.params[a.param as usize].word);
            let n = s.declare(r);
            let runs = s.by_runs(a);
            let (slot, o) = if l.scalar {
                (n.clone(), other.map_or(zero, |o| s.at(o, "0u")))
            } else {
                if runs {
                    s.open_runs(a, Some(&len));
                    let (setup, xs) = a.buffer().read_run("o", &mut s.h).unwrap_or_default();
                    s.line(setup);
                    for (k, x) in xs.iter().enumerate() {
                        s.line(format!("{n}[r + {k}u] = {x};"));
                    }
                    s.run_lanes(a);
                } else {
                    s.open_lanes(l);
                }
                s.open(format!("if (e < {}u) {{", l.n));
                (format!("{n}[c]"), other.map_or(zero, |o| s.at(o, "c")))
            };
            // An out-of-bounds lane records the error, marks the thread failed (its program
            // stops at the next store or atomic, before writing) and yields `other`.
            let (lo, hi) = s.offset_words(a.ptr_v, if l.scalar { "0u" } else { "c" });
            s.line(format!(
                "if ({m} && {p} >= 0i && u32({p}) < {len}) {{ let o = u32({p}); {slot} = {read}; }} \
                 else {{ {slot} = {o}; if ({m}) {{ ox_fail = true; \
                 ox_record({CODE_OOB}u, {}u, {lo}, {hi}, {ACCESS_LOAD}u, {site}u, wid); }} }}",
                a.param
            ));
            if !l.scalar {
                s.close();
                s.close();
                if runs {
                    s.close();
                    s.close();
                }
            }
            Ok(())
        })
    }

    /// `store`.
    pub fn store(
        &mut self,
        ptr: ValueId,
        value: ValueId,
        mask: Option<ValueId>,
        op: &Op,
    ) -> Result<(), CodegenError> {
        self.access(ptr, mask, Kind::Store, op, |s, a| {
            let (l, p, m) = (a.layout, &a.ptr, a.active());
            let w = a.buffer().write("o", &s.at(value, "c"), &mut s.h);
            if l.scalar {
                s.line(format!("if (tid == 0u && {m}) {{ let o = u32({p}); {w} }}"));
            } else {
                let runs = s.by_runs(a);
                if runs {
                    // The bounds were checked for every active lane above.
                    s.open_runs(a, None);
                    let xs = [0, 1, 2, 3].map(|k| s.at(value, &format!("r + {k}u")));
                    let whole = a.buffer().write_run("o", &xs, &mut s.h).unwrap_or_default();
                    s.line(whole);
                    s.run_lanes(a);
                } else {
                    s.open_lanes(l);
                }
                s.line(format!(
                    "if (e < {}u && {m}) {{ let o = u32({p}); {w} }}",
                    l.n
                ));
                s.close();
                if runs {
                    s.close();
                    s.close();
                }
            }
            Ok(())
        })
    }

    /// Statements applying one atomic lane: offset `o` (u32), operand register `v`; the old
    /// value goes to the register variable `old`.
    fn atomic_lane(
        &mut self,
        aop: AtomicOp,
        buf: &Buffer<'_>,
        op: &Op,
    ) -> Result<String, CodegenError> {
        let d = buf.dtype;
        let n = buf.name;
        let native = Self::native_atomic(buf.storage, d);
        if native {
            let f = match aop {
                AtomicOp::Add => "atomicAdd",
                AtomicOp::Max => "atomicMax",
                AtomicOp::Min => "atomicMin",
                AtomicOp::And => "atomicAnd",
                AtomicOp::Or => "atomicOr",
                AtomicOp::Xor => "atomicXor",
                AtomicOp::Xchg => "atomicExchange",
            };
            return Ok(format!("old = {f}(&{n}[o], v);"));
        }
        if aop == AtomicOp::Xchg
            && matches!(
                buf.storage,
                Storage::Atomic32 { .. } | Storage::Atomic64 { .. }
            )
        {
            // f32 and f64, by their bits.
            let (reg, s) = (Reg::of(d), buf.storage);
            let x = format!("atomicExchange(&{n}[o], {})", s.to_atomic(reg, "v"));
            return Ok(format!("old = {};", s.read_atomic(reg, &x)));
        }
        let combine: Box<dyn Fn(&str) -> String> = match aop {
            AtomicOp::Xchg => Box::new(|_: &str| "v".to_string()),
            _ => {
                let b = match aop {
                    AtomicOp::Add => BinaryOp::Add,
                    AtomicOp::Max => BinaryOp::Max,
                    AtomicOp::Min => BinaryOp::Min,
                    AtomicOp::And => BinaryOp::And,
                    AtomicOp::Or => BinaryOp::Or,
                    _ => BinaryOp::Xor,
                };
                let e = ops::binary(b, d, "cur", "v", &mut self.h)
                    .map_err(|why| self.unsupported(op, why))?;
                Box::new(move |_: &str| e.clone())
            }
        };
        Ok(buf.rmw_cas_loop("o", &*combine, &mut self.h))
    }

    /// Whether atomics on `d` in a buffer of `storage` are WGSL's own `atomicAdd`... (32-
    /// and 64-bit integers in arrays of atomics); others are compare-exchange loops.
    fn native_atomic(storage: Storage, d: DType) -> bool {
        match storage {
            Storage::Atomic32 { .. } => matches!(d, DType::I32 | DType::U32),
            Storage::Atomic64 { .. } => matches!(d, DType::I64 | DType::U64),
            _ => false,
        }
    }

    /// `atomic` (add, max, min, and, or, xor, xchg).
    pub fn atomic(
        &mut self,
        result: Option<ValueId>,
        aop: AtomicOp,
        ptr: ValueId,
        value: ValueId,
        mask: Option<ValueId>,
        op: &Op,
    ) -> Result<(), CodegenError> {
        if let Some(r) = result {
            // Zero where the program was stopped before the atomic.
            self.declare(r);
        }
        self.access(ptr, mask, Kind::Atomic, op, |s, a| {
            let lane = s.atomic_lane(aop, &a.buffer(), op)?;
            let unused = result.is_none_or(|r| s.a.uses[r.index()] == 0);
            let commutes = Self::native_atomic(a.storage, a.dtype) && aop != AtomicOp::Xchg;
            s.atomic_lanes(result, a, &[value], &lane, unused && commutes, op)
        })
    }

    /// `atomic_cas`.
    pub fn atomic_cas(
        &mut self,
        result: Option<ValueId>,
        ptr: ValueId,
        cmp: ValueId,
        value: ValueId,
        mask: Option<ValueId>,
        op: &Op,
    ) -> Result<(), CodegenError> {
        if let Some(r) = result {
            // Zero where the program was stopped before the atomic.
            self.declare(r);
        }
        self.access(ptr, mask, Kind::Atomic, op, |s, a| {
            let lane = a.buffer().cas("o", "cv", "v", &mut s.h);
            s.atomic_lanes(result, a, &[value, cmp], &lane, false, op)
        })
    }

    /// Runs `lane` (which reads `o`, `v` and, for CAS, `cv`, and sets `old`) for every active
    /// lane: in parallel in the owners if `parallel`, else serialized in lane order.
    fn atomic_lanes(
        &mut self,
        result: Option<ValueId>,
        a: &Access,
        operands: &[ValueId],
        lane: &str,
        parallel: bool,
        op: &Op,
    ) -> Result<(), CodegenError> {
        let reg = self.reg(operands[0]);
        let ty = reg.wgsl();
        let zero = reg.zero();
        let (l, p, m) = (a.layout, &a.ptr, a.active());
        // Declared by the caller, before the `if (!ox_stop)` around this op.
        let out = result.map(|r| self.name(r).to_string());
        if l.scalar {
            // Once per program, by thread 0; the old value is broadcast as a uniform value.
            self.h.need(Helper::Uniform);
            let v = self.name(operands[0]).to_string();
            let cv = operands.get(1).map(|c| self.name(*c).to_string());
            self.open("{");
            self.line(format!("var old: {ty} = {zero};"));
            self.open(format!("if (tid == 0u && {m}) {{"));
            self.line(format!("let o = u32({p}); let v = {v};"));
            if let Some(cv) = cv {
                self.line(format!("let cv = {cv};"));
            }
            self.line(lane);
            self.close();
            if let Some(n) = out {
                let back = self.uniform_of(reg, "old");
                self.line(format!("{n} = {back};"));
            }
            self.close();
            return Ok(());
        }
        let v = self.at(operands[0], "c");
        let cv = operands.get(1).map(|c| self.at(*c, "c"));
        if parallel {
            self.open_lanes(l);
            self.open(format!("if (e < {}u && {m}) {{", l.n));
            self.line(format!("var old: {ty}; let o = u32({p}); let v = {v};"));
            self.line(lane);
            if let Some(n) = &out {
                self.line(format!("{n}[c] = old;"));
            }
            self.close();
            if let Some(n) = &out {
                self.line(format!("else {{ {n}[c] = {zero}; }}"));
            }
            self.close();
            return Ok(());
        }
        // Serialized: per round c, lane tid + c*T of every thread goes through scratch
        // (active flag, offset, value, compare value; values of 64 bits in two words) to
        // thread 0, which applies the T lanes in order and writes the old values back.
        let t = self.threads();
        let words = reg.words();
        let stride = 2 + words * if cv.is_some() { 2 } else { 1 };
        let cv_at = 2 + words;
        self.need_scratch(stride * t as u64, l.n, op)?;
        self.prepare_write(Region::Scratch);
        let put = |at: &str, x: &str| reg.store_words("ox_scratch", at, 1, x);
        let get = |at: &str| reg.load_words("ox_scratch", at, 1);
        self.open_lanes(l);
        self.line(format!("let act = e < {}u && {m};", l.n));
        self.line(format!("let s = tid * {stride}u;"));
        self.line("ox_scratch[s] = select(0u, 1u, act);");
        self.line(format!("ox_scratch[s + 1u] = bitcast<u32>({p});"));
        self.line(put("s + 2u", &v));
        if let Some(cv) = &cv {
            self.line(put(&format!("s + {cv_at}u"), cv));
        }
        self.line("workgroupBarrier();");
        self.open("if (tid == 0u) {");
        self.open(format!("for (var t = 0u; t < {t}u; t = t + 1u) {{"));
        self.line(format!("let st = t * {stride}u;"));
        self.open("if (ox_scratch[st] != 0u) {");
        self.line("let o = ox_scratch[st + 1u];");
        self.line(format!("let v = {};", get("st + 2u")));
        if cv.is_some() {
            self.line(format!("let cv = {};", get(&format!("st + {cv_at}u"))));
        }
        self.line(format!("var old: {ty};"));
        self.line(lane);
        self.line(put("st + 2u", "old"));
        self.close();
        self.close();
        self.close();
        self.line("workgroupBarrier();");
        if let Some(n) = &out {
            let back = get("s + 2u");
            self.line(format!("{n}[c] = select({zero}, {back}, act);"));
        }
        self.line("workgroupBarrier();");
        self.close();
        // Every round ends with a barrier, and there is at least one round.
        self.synced();
        Ok(())
    }
}
