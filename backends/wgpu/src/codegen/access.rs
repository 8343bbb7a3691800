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
use super::emit::Emitter;
use super::layout::{Layout, Reg};
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
    /// of its active lanes, then `body`; after a write to a buffer the kernel also reads, a
    /// `storageBarrier()`.
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
            param: p,
            name: format!("b{p}"),
            storage,
            dtype: pointee(self.k.ty(ptr)),
            layout,
            ptr: self.at(ptr, slot),
            mask: mask.map(|m| self.at(m, slot)),
        };
        self.bounds_check(ptr, &a, kind);
        body(self, &a)?;
        if kind != Kind::Load && self.a.params[p as usize].read {
            self.line("storageBarrier();");
        }
        Ok(())
    }

    /// Emits the all-lanes bounds check of one memory op: if any active lane's offset is
    /// outside the buffer, the owner of the lowest such lane records the error and every
    /// thread returns.
    fn bounds_check(&mut self, ptr: ValueId, a: &Access, kind: Kind) {
        self.h.need(Helper::AnyBad);
        self.h.need(Helper::Record);
        let (l, p, param, access) = (a.layout, &a.ptr, a.param, kind.code());
        let len = format!("params[{}]", self.a.params[param as usize].word);
        let t = self.threads();
        self.open("{");
        if l.scalar {
            let active = a.active();
            self.line(format!(
                "let bad = select(0u, 0xffffffffu, {active} && ({p} < 0i || u32({p}) >= {len}));"
            ));
            self.open("if (ox_any_bad(bad) != 0u) {");
            self.line(format!(
                "if (tid == 0u) {{ ox_record({CODE_OOB}u, {param}u, bitcast<u32>({p}), {access}u, wid); }}"
            ));
        } else {
            self.line("var bad = 0u;");
            self.open_lanes(l);
            let active = match &a.mask {
                Some(m) => format!("e < {}u && {m}", l.n),
                None => format!("e < {}u", l.n),
            };
            // Slots ascend with lanes: the first bad one found is this thread's lowest.
            self.line(format!(
                "if (bad == 0u && {active} && ({p} < 0i || u32({p}) >= {len})) {{ bad = 0xffffffffu - e; }}"
            ));
            self.close();
            self.line("let worst = ox_any_bad(bad);");
            self.open("if (worst != 0u) {");
            self.line("let lane = 0xffffffffu - worst;");
            let name = self.name(ptr).to_string();
            self.line(format!(
                "if (lane % {t}u == tid) {{ ox_record({CODE_OOB}u, {param}u, bitcast<u32>({name}[lane / {t}u]), {access}u, wid); }}"
            ));
        }
        self.line("return;");
        self.close();
        self.close();
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
        self.access(ptr, mask, Kind::Load, op, |s, a| {
            let read = a.buffer().read("o", &mut s.h);
            let zero = Reg::of(a.dtype).unwrap_or(Reg::U32).zero().to_string();
            let (l, p, m) = (a.layout, &a.ptr, a.active());
            let n = s.declare(r);
            if l.scalar {
                let o = other.map_or(zero, |o| s.at(o, "0u"));
                s.line(format!(
                    "if ({m}) {{ let o = u32({p}); {n} = {read}; }} else {{ {n} = {o}; }}"
                ));
            } else {
                s.open_lanes(l);
                let o = other.map_or(zero, |o| s.at(o, "c"));
                s.open(format!("if (e < {}u) {{", l.n));
                s.line(format!(
                    "if ({m}) {{ let o = u32({p}); {n}[c] = {read}; }} else {{ {n}[c] = {o}; }}"
                ));
                s.close();
                s.close();
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
                s.open_lanes(l);
                s.line(format!(
                    "if (e < {}u && {m}) {{ let o = u32({p}); {w} }}",
                    l.n
                ));
                s.close();
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
        let native =
            matches!(buf.storage, Storage::Atomic32 { .. }) && matches!(d, DType::I32 | DType::U32);
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
        if aop == AtomicOp::Xchg && matches!(buf.storage, Storage::Atomic32 { .. }) {
            let reg = Reg::of(d).unwrap_or(Reg::U32);
            let back = reg.read_word(&format!("atomicExchange(&{n}[o], {})", reg.to_word("v")));
            return Ok(format!("old = {back};"));
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
        self.access(ptr, mask, Kind::Atomic, op, |s, a| {
            let lane = s.atomic_lane(aop, &a.buffer(), op)?;
            let unused = result.is_none_or(|r| s.a.uses[r.index()] == 0);
            let commutes = matches!(a.storage, Storage::Atomic32 { .. })
                && matches!(a.dtype, DType::I32 | DType::U32)
                && aop != AtomicOp::Xchg;
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
        let out = result.map(|r| self.declare(r));
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
                let w = reg.to_word("old");
                let back = reg.read_word(&format!("ox_uniform({w}, tid)"));
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
        // (active flag, offset, value, compare value) to thread 0, which applies the T lanes
        // in order and writes the old values back.
        let t = self.threads();
        let stride = if cv.is_some() { 4u64 } else { 3 };
        self.need_scratch(stride * t as u64, l.n, op)?;
        let w = |x: &str| reg.to_word(x);
        self.open_lanes(l);
        self.line(format!("let act = e < {}u && {m};", l.n));
        self.line(format!("let s = tid * {stride}u;"));
        self.line("ox_scratch[s] = select(0u, 1u, act);");
        self.line(format!("ox_scratch[s + 1u] = bitcast<u32>({p});"));
        self.line(format!("ox_scratch[s + 2u] = {};", w(&v)));
        if let Some(cv) = &cv {
            self.line(format!("ox_scratch[s + 3u] = {};", w(cv)));
        }
        self.line("workgroupBarrier();");
        self.open("if (tid == 0u) {");
        self.open(format!("for (var t = 0u; t < {t}u; t = t + 1u) {{"));
        self.line(format!("let st = t * {stride}u;"));
        self.open("if (ox_scratch[st] != 0u) {");
        self.line("let o = ox_scratch[st + 1u];");
        self.line(format!("let v = {};", reg.read_word("ox_scratch[st + 2u]")));
        if cv.is_some() {
            self.line(format!(
                "let cv = {};",
                reg.read_word("ox_scratch[st + 3u]")
            ));
        }
        self.line(format!("var old: {ty};"));
        self.line(lane);
        self.line(format!("ox_scratch[st + 2u] = {};", w("old")));
        self.close();
        self.close();
        self.close();
        self.line("workgroupBarrier();");
        if let Some(n) = &out {
            let back = reg.read_word("ox_scratch[s + 2u]");
            self.line(format!("{n}[c] = select({zero}, {back}, act);"));
        }
        self.line("workgroupBarrier();");
        self.close();
        Ok(())
    }
}
