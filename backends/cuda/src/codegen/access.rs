//! Loads, stores and atomics: who touches memory, bounds checks, and vector accesses.
//!
//! Who: a tile lane is accessed by the thread that owns it; a scalar load by every thread (all
//! read the same element); a scalar store or atomic by thread 0 only, an atomic's old value
//! then being broadcast to the block through the `ox_bcast` shared word.
//!
//! Bounds (checked mode): every active lane's offset is compared with the buffer's length
//! (`(u64)o >= n` also catches negative offsets); a failing lane records the error (first
//! error of the launch wins, see `super::status`), is skipped (a load yields `other`) and
//! sets the thread's `ox_fail`, which stops its writes and, at the next barrier, the block.
//!
//! Vectors: when the pointer tile is lazy with `ptr = base + 1 * j` along the last dimension
//! and `base` is a multiple of the vector width (see `analysis`), each thread's run of `V`
//! contiguous elements is one (or a few) 16-byte accesses: the mask is evaluated for every
//! lane of the run, and only a run whose lanes are all active (and in bounds, when checked)
//! takes the vector path; other runs fall back to per-lane accesses. A coefficient that is a
//! kernel scalar (`stride_ak`) is tested at run time (uniformly).
//!
//! Ordering: atomics of one op run in parallel in the owning threads (lanes of one program
//! hitting one address apply in no particular order, as across programs). In kernels where
//! programs pass data through memory (see `analysis`), atomics are fenced with
//! `__threadfence()` (and a barrier, so the whole block's writes precede a scalar atomic),
//! and the buffers involved are read with `volatile` loads that bypass the non-coherent L1.

use kernel_core::DType;
use kernel_core::ir::{
    AccessHint, AtomicOp, AtomicOrder, AtomicScope, CacheOp, Evict, Op, ValueId,
};

use super::CodegenError;
use super::analysis::{Coef, pointee};
use super::emit::{Emitter, Kind};
use super::layout::{self, lane_index, mem_type, reg_type};
use super::ops;
use super::status::{ACCESS_ATOMIC, ACCESS_LOAD, ACCESS_STORE, OUT_OF_BOUNDS as CODE_OOB};

/// A vector plan for one access.
struct VecPlan {
    /// Elements per vector access.
    w: u64,
    /// The run-time condition (a uniform scalar test), if any.
    cond: Option<String>,
}

/// The C vector type of `bytes` bytes and its 32-bit words.
fn vec_type(bytes: u64) -> (&'static str, Vec<&'static str>) {
    match bytes {
        16 => ("uint4", vec![".x", ".y", ".z", ".w"]),
        8 => ("uint2", vec![".x", ".y"]),
        4 => ("u32", vec![""]),
        _ => ("u16", vec![""]),
    }
}

/// The memory value (of the memory type of `d`) of element `i` of a vector register `q`.
fn unpack(d: DType, q: &str, words: &[&str], i: u64) -> String {
    let size = d.size_bytes() as u64;
    let mt = mem_type(d);
    if size == 8 {
        let lo = format!("{q}{}", words[(2 * i) as usize]);
        let hi = format!("{q}{}", words[(2 * i + 1) as usize]);
        let bits = format!("(((u64){hi} << 32) | (u64){lo})");
        return if d == DType::F64 {
            format!("__longlong_as_double((i64){bits})")
        } else {
            format!("(({mt}){bits})")
        };
    }
    let byte = i * size;
    let w = format!("{q}{}", words[(byte / 4) as usize]);
    let sh = (byte % 4) * 8;
    let bits = if size == 4 {
        w
    } else if sh == 0 {
        format!("(u32){w}")
    } else {
        format!("((u32){w} >> {sh})")
    };
    match d {
        DType::F32 => format!("__uint_as_float({bits})"),
        _ => format!("(({mt}){bits})"),
    }
}

/// The 32-bit words (or one 16-bit word) packing the memory values `vals` of dtype `d`.
fn pack(d: DType, vals: &[String], bytes: u64) -> Vec<String> {
    let size = d.size_bytes() as u64;
    let bits = |x: &str| -> String {
        match d {
            DType::F32 => format!("__float_as_uint({x})"),
            DType::F64 => format!("(u64)__double_as_longlong({x})"),
            _ if size == 8 => format!("(u64)({x})"),
            _ => format!("(u32)({x})"),
        }
    };
    if bytes == 2 && size == 2 {
        return vec![format!("(u16)({})", bits(&vals[0]))];
    }
    if bytes == 2 {
        // Two bytes in one 16-bit word.
        return vec![format!(
            "(u16)((({}) & 0xffu) | ((({}) & 0xffu) << 8))",
            bits(&vals[0]),
            bits(&vals[1])
        )];
    }
    let nwords = (bytes / 4).max(1);
    let mut words = vec![Vec::new(); nwords as usize];
    for (i, v) in vals.iter().enumerate() {
        let i = i as u64;
        if size == 8 {
            let b = bits(v);
            words[(2 * i) as usize].push(format!("(u32)({b})"));
            words[(2 * i + 1) as usize].push(format!("(u32)(({b}) >> 32)"));
            continue;
        }
        let byte = i * size;
        let sh = (byte % 4) * 8;
        let mask = if size == 4 {
            String::new()
        } else {
            format!(" & {:#x}u", (1u64 << (size * 8)) - 1)
        };
        let b = if sh == 0 {
            format!("({}{mask})", bits(v))
        } else {
            format!("(({}{mask}) << {sh})", bits(v))
        };
        words[(byte / 4) as usize].push(b);
    }
    words.into_iter().map(|w| w.join(" | ")).collect()
}

impl Emitter<'_> {
    /// The buffer parameter a pointer points into.
    fn param_of(&self, ptr: ValueId, op: &Op) -> Result<u32, CodegenError> {
        self.a.origin[ptr.index()]
            .ok_or_else(|| self.unsupported(op, "a pointer that does not derive from a buffer"))
    }

    /// The statement recording an out-of-bounds lane at offset `o` and failing the thread.
    fn oob(&self, param: u32, o: &str, access: u32) -> String {
        format!(
            "{{ ox_record(ox_status, {CODE_OOB}u, {param}u, (u64){o}, {access}u, {}u); ox_fail = true; }}",
            self.site
        )
    }

    /// The condition of an in-bounds offset (checked mode), or `None` unchecked.
    fn in_bounds(&self, param: u32, o: &str) -> Option<String> {
        self.opts.checked.then(|| format!("(u64){o} < n{param}"))
    }

    /// Checked mode, before a store or atomic: checks every active lane's offset and then
    /// votes across the block, which returns if any thread failed. The interpreter checks a
    /// whole op before it touches memory, so an op with one bad lane writes nothing, and an
    /// earlier failed load (of any thread) stops the block before it writes anything derived
    /// from it; the per-lane checks during the write itself then never fire.
    fn precheck_writes(&mut self, ptr: ValueId, mask: Option<ValueId>, param: u32, access: u32) {
        if !self.opts.checked {
            return;
        }
        if self.kind(ptr) == Kind::Scalar {
            let p = self.name(ptr).to_string();
            let m = mask.map_or_else(|| "true".to_string(), |m| self.name(m).to_string());
            if let Some(ok) = self.in_bounds(param, &p) {
                let oob = self.oob(param, &p, access);
                self.line(format!("if (tid == 0 && {m} && !({ok})) {oob}"));
            }
        } else {
            let dims = self.dims(ptr);
            let s = self.open_slots(&dims, true);
            let p = self.at(ptr, &s);
            let m = mask.map_or_else(|| "true".to_string(), |m| self.at(m, &s));
            if let Some(ok) = self.in_bounds(param, &p) {
                let oob = self.oob(param, &p, access);
                self.line(format!("if (!ox_fail && {m} && !({ok})) {oob}"));
            }
            self.close_slots();
        }
        self.sync();
    }

    /// The expression reading element `o` of buffer `param` (memory type).
    fn read_mem(&self, param: u32, o: &str) -> String {
        let d = pointee(&self.k.params[param as usize].ty);
        if self.a.coherent[param as usize] {
            format!("*(volatile {}*)&p{param}[{o}]", mem_type(d))
        } else if self.hint == AccessHint::default() {
            format!("p{param}[{o}]")
        } else {
            self.load_at(mem_type(d), &format!("&p{param}[{o}]"))
        }
    }

    /// A read of type `ty` at address `addr` with the access's cache hint (`self.hint`):
    /// CUDA's `__ldcg` and its kind for a cache operator, else `L1::evict_first` /
    /// `L1::evict_last` PTX (the `CACHE_PRELUDE`'s `ox_ld_evict_*`).
    pub(crate) fn load_at(&self, ty: &str, addr: &str) -> String {
        let f = match (self.hint.cache, self.hint.evict) {
            (CacheOp::All, _) => "__ldca",
            (CacheOp::Global, _) => "__ldcg",
            (CacheOp::Streaming, _) => "__ldcs",
            (CacheOp::LastUse, _) => "__ldlu",
            (CacheOp::Volatile, _) => "__ldcv",
            (_, Evict::First) => "ox_ld_evict_first",
            (_, Evict::Last) => "ox_ld_evict_last",
            _ => return format!("*(const {ty}*){addr}"),
        };
        format!("{f}((const {ty}*){addr})")
    }

    /// The statement writing `value` (of type `ty`) at address `addr` with the access's
    /// cache hint (see [`Emitter::load_at`]).
    pub(crate) fn store_at(&self, ty: &str, addr: &str, value: &str) -> String {
        let f = match (self.hint.cache, self.hint.evict) {
            (CacheOp::Global, _) => "__stcg",
            (CacheOp::Streaming, _) => "__stcs",
            (CacheOp::WriteBack, _) => "__stwb",
            (CacheOp::WriteThrough, _) => "__stwt",
            (_, Evict::First) => "ox_st_evict_first",
            (_, Evict::Last) => "ox_st_evict_last",
            _ => return format!("*({ty}*){addr} = {value};"),
        };
        format!("{f}(({ty}*){addr}, {value});")
    }

    /// Whether and how a tile access through `ptr` (of run length `v`) can be vectorized.
    fn vec_plan(&self, ptr: ValueId, param: u32) -> Option<VecPlan> {
        if self.kind(ptr) != Kind::Lazy {
            return None;
        }
        let l = self.layout(ptr);
        let d = pointee(self.k.ty(ptr));
        let size = d.size_bytes() as u64;
        let af = self.a.affine[ptr.index()];
        let _ = param;
        // A blockwise value (`%`) is contiguous only within its blocks.
        let mut w = l.v.min(16 / size).min(af.div).min(af.block);
        while w > 1 && !l.v.is_multiple_of(w) {
            w /= 2;
        }
        if w < 2 || w * size < 2 {
            return None;
        }
        let cond = match af.coef {
            Coef::Const(1) => None,
            Coef::Scalar(s) => Some(format!("{} == 1", self.name(s))),
            _ => return None,
        };
        Some(VecPlan { w, cond })
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
        let param = self.param_of(ptr, op)?;
        if self.pipe.as_ref().is_some_and(|p| p.is_load(r)) {
            // Copied to shared memory by the loop's software pipeline (see `pipeline`); its
            // only consumer, the `dot`, reads it there.
            self.define(r, Kind::Lazy);
            return Ok(());
        }
        let d = pointee(self.k.ty(ptr));
        for v in [mask, other].into_iter().flatten() {
            self.unfrag(v, op)?;
        }
        let ty = reg_type(d);
        let zero = ops::cast(DType::I32, d, "0", false);
        // f16 converts with the bare hardware instruction unless the loaded NaNs' bits may
        // be observed (`kernel_core::analysis::exact_nans`).
        let exact_nan = self.a.nan_exact[r.index()];
        if self.kind(ptr) == Kind::Scalar {
            let n = self.define(r, Kind::Scalar);
            let p = self.name(ptr).to_string();
            let m = mask.map(|m| self.name(m).to_string());
            let o = other.map_or(zero, |o| self.name(o).to_string());
            self.line(format!("{ty} {n} = {o};"));
            let read = format!(
                "{n} = {};",
                ops::from_mem_as(d, &self.read_mem(param, &p), exact_nan)
            );
            let body = match self.in_bounds(param, &p) {
                Some(ok) => format!("if ({ok}) {read} else {}", self.oob(param, &p, ACCESS_LOAD)),
                None => read,
            };
            match m {
                Some(m) => self.line(format!("if ({m}) {{ {body} }}")),
                None => self.line(body),
            }
            return Ok(());
        }
        let n = self.declare(r);
        let dims = self.dims(r);
        let converts = ops::from_mem(d, "x") != "x";
        let lane = |e: &mut Emitter<'_>, dst: &str, p: &str, m: Option<String>, o: &str| {
            if converts {
                // The read into a raw register, converted after the branch: nothing in the
                // branch waits for the read, so the reads of every slot are issued before
                // the first is waited for.
                let t = e.fresh("lr");
                let read = format!("{t} = {};", e.read_mem(param, p));
                let checked = match e.in_bounds(param, p) {
                    Some(ok) => format!("if ({ok}) {read} else {}", e.oob(param, p, ACCESS_LOAD)),
                    None => read,
                };
                let mt = mem_type(d);
                let conv = ops::from_mem_as(d, &t, exact_nan);
                match m {
                    Some(m) => e.line(format!(
                        "{mt} {t} = 0; if ({m}) {{ {checked} }} {dst} = ({m}) ? {conv} : {o};"
                    )),
                    None => e.line(format!("{mt} {t} = 0; {checked} {dst} = {conv};")),
                }
                return;
            }
            let read = format!(
                "{dst} = {};",
                ops::from_mem_as(d, &e.read_mem(param, p), exact_nan)
            );
            let checked = match e.in_bounds(param, p) {
                Some(ok) => format!("if ({ok}) {read} else {}", e.oob(param, p, ACCESS_LOAD)),
                None => read,
            };
            match m {
                Some(m) => e.line(format!("{dst} = {o}; if ({m}) {{ {checked} }}")),
                None => e.line(format!("{dst} = {o}; {checked}")),
            }
        };
        if let Some(plan) = self.vec_plan(ptr, param) {
            let l = self.layout_of(&dims);
            let size = d.size_bytes() as u64;
            let (vt, _) = vec_type(plan.w * size);
            let raw = format!("{n}_raw");
            // Runs that are all in or all out (`Emitter::uniform_lanes`), unchecked, with
            // nothing to test at run time and a zero `other`: one predicated vector read per
            // run, zeros where it is out, and no per-lane fallback.
            let exact = other.is_none_or(|o| self.is_zero(o))
                && self.all_or_nothing_runs(ptr, mask, &plan, &dims);
            if exact {
                self.line(format!("{vt} {raw}[{}];", l.c / plan.w));
                let per_run = l.v / plan.w;
                let zero_v = match vt {
                    "uint4" => "make_uint4(0u, 0u, 0u, 0u)",
                    "uint2" => "make_uint2(0u, 0u)",
                    "u32" => "0u",
                    _ => "(u16)0",
                };
                self.vec_w = plan.w;
                self.open_run(&l);
                let idx0 = layout::unravel("e0", &dims);
                let ok = self.run_in(mask, &idx0, l.v);
                let starts = self.vector_starts(ptr, &idx0, l.v, plan.w);
                for k in 0..per_run {
                    self.line(format!("{raw}[run * {per_run} + {k}] = {zero_v};"));
                }
                self.open(format!("if ({ok}) {{"));
                for (k, pk) in starts.iter().enumerate() {
                    let read = self.load_at(vt, &format!("&p{param}[{pk}]"));
                    self.line(format!("{raw}[run * {per_run} + {k}] = {read};"));
                }
                self.close();
                self.close_run(&l, None);
                self.open_run(&l);
                self.convert_runs(d, &n, &raw, l.v, plan.w, exact_nan);
                self.close_run(&l, None);
                return Ok(());
            }
            self.line(format!("{vt} {raw}[{}];", l.c / plan.w));
            self.vector_runs(
                &dims,
                ptr,
                mask,
                plan,
                op,
                Some(&mut |e, idx, ok| {
                    // First pass: every run's vector read, into raw registers, consumed by
                    // nothing in its branch: the reads of all runs are in flight at once
                    // (a conversion right after each read would wait for it before the
                    // next run's read is issued).
                    let l = e.layout_of(&dims);
                    let size = d.size_bytes() as u64;
                    let w = e.vec_w;
                    let (vt, _) = vec_type(w * size);
                    let per_run = l.v / w;
                    let starts = e.vector_starts(ptr, idx, l.v, w);
                    e.open(format!("if ({ok}) {{"));
                    for (k, pk) in starts.iter().enumerate() {
                        let read = e.load_at(vt, &format!("&p{param}[{pk}]"));
                        e.line(format!("{raw}[run * {per_run} + {k}] = {read};"));
                    }
                    e.close();
                }),
                &mut |e, run, idx, ok| {
                    // The vector path: `ok` says every lane of the run is active (and in bounds).
                    let _ = (run, idx);
                    let l = e.layout_of(&dims);
                    let w = e.vec_w;
                    e.open(format!("if ({ok}) {{"));
                    e.convert_runs(d, &n, &raw, l.v, w, exact_nan);
                    e.indent_dec();
                    e.open("} else {");
                },
                &mut |e, slot_expr, lidx, m| {
                    let p = e.eval(ptr, lidx);
                    let o = match other {
                        Some(o) => e.value_at(o, lidx, slot_expr),
                        None => zero.clone(),
                    };
                    lane(e, &format!("{n}[{slot_expr}]"), &p, m, &o);
                },
            )?;
            return Ok(());
        }
        let s = self.open_slots(&dims, true);
        let p = self.at(ptr, &s);
        let m = mask.map(|m| self.at(m, &s));
        let o = match other {
            Some(o) => self.at(o, &s),
            None => zero.clone(),
        };
        lane(self, &format!("{n}[c]"), &p, m, &o);
        self.close_slots();
        Ok(())
    }

    /// Whether a vectorized access of `dims` through `ptr` can skip the per-lane fallback:
    /// unchecked, nothing to test at run time, and every run all in or all out of `mask`
    /// (`Emitter::uniform_lanes`), decided without emitting anything.
    fn all_or_nothing_runs(
        &mut self,
        ptr: ValueId,
        mask: Option<ValueId>,
        plan: &VecPlan,
        dims: &[u64],
    ) -> bool {
        let v = self.layout_of(dims).v;
        !self.opts.checked
            && plan.cond.is_none()
            && self.a.affine[ptr.index()].guard.is_none()
            && mask.is_none_or(|m| {
                let idx0 = layout::unravel("e0", dims);
                self.uniform_lanes_known(m, &idx0, v)
            })
    }

    /// Inside a run's block, for an access [`Emitter::all_or_nothing_runs`] allowed: the
    /// condition that the run starting at `idx0` (`v` lanes) is in.
    fn run_in(&mut self, mask: Option<ValueId>, idx0: &[String], v: u64) -> String {
        match mask {
            Some(m) => self
                .uniform_lanes(m, idx0, v)
                .unwrap_or_else(|| "false".into()),
            None => "true".to_string(),
        }
    }

    /// Inside a run's block: converts the run's vector registers `raw` (`v / w` vectors of
    /// `w` elements) to the register array `n`; f16 through the bare hardware conversion,
    /// with `exact_nan` unless a NaN is among the run's values (one test for the run, see
    /// ox_f16x2_nan).
    fn convert_runs(&mut self, d: DType, n: &str, raw: &str, v: u64, w: u64, exact_nan: bool) {
        let size = d.size_bytes() as u64;
        let (_, words) = vec_type(w * size);
        let per_run = v / w;
        let convert = |e: &mut Emitter<'_>, conv: &dyn Fn(&str) -> String| {
            for k in 0..per_run {
                let q = format!("{raw}[run * {per_run} + {k}]");
                for i in 0..w {
                    let mv = unpack(d, &q, &words, i);
                    e.line(format!("{n}[run * {v} + {}] = {};", k * w + i, conv(&mv)));
                }
            }
        };
        if d == DType::F16 && !exact_nan {
            convert(self, &|mv| format!("ox_cvt_f32_f16({mv})"));
        } else if d == DType::F16 {
            let mut nan: Vec<String> = Vec::new();
            for k in 0..per_run {
                for wd in &words {
                    nan.push(format!("ox_f16x2_nan({raw}[run * {per_run} + {k}]{wd})"));
                }
            }
            self.open(format!("if (!({})) {{", nan.join(" | ")));
            convert(self, &|mv| format!("ox_cvt_f32_f16({mv})"));
            self.indent_dec();
            self.open("} else {");
            convert(self, &|mv| ops::from_mem(d, mv));
            self.close();
        } else {
            convert(self, &|mv| ops::from_mem(d, mv));
        }
    }

    /// The value of `v` (same shape as the access) at multi-index `idx`, which is slot
    /// `slot` of this thread.
    fn value_at(&mut self, v: ValueId, idx: &[String], slot: &str) -> String {
        match self.kind(v) {
            Kind::Scalar => self.name(v).to_string(),
            Kind::Lazy => self.eval(v, idx),
            _ => format!("{}[{slot}]", self.name(v)),
        }
    }

    /// Emits the run loop of a vectorized access: for each run of the thread, the lane
    /// indices, the all-lanes-active test, then `vector(run, idx0, ok)` (which opens the
    /// vector branch and the `else` of the per-lane fallback) and `lane(slot, idx, mask)`
    /// per lane of the fallback.
    ///
    /// With `prefetch`, a first loop over the runs computes each run's test into a `bool`
    /// array and calls `prefetch(idx0, ok)` (a load's vector reads); the second loop's
    /// `vector` then sees that array's entry as its `ok`. Loads use it so that the reads of
    /// every run are issued before any is waited for.
    #[allow(clippy::type_complexity, clippy::too_many_arguments)]
    fn vector_runs(
        &mut self,
        dims: &[u64],
        ptr: ValueId,
        mask: Option<ValueId>,
        plan: VecPlan,
        op: &Op,
        prefetch: Option<&mut dyn FnMut(&mut Emitter<'_>, &[String], &str)>,
        vector: &mut dyn FnMut(&mut Emitter<'_>, &str, &[String], &str),
        lane: &mut dyn FnMut(&mut Emitter<'_>, &str, &[String], Option<String>),
    ) -> Result<(), CodegenError> {
        let _ = op;
        let l = self.layout_of(dims);
        self.vec_w = plan.w;
        let runs = l.c / l.v;
        let oks = match prefetch {
            Some(prefetch) => {
                let oks = self.fresh("vok");
                self.line(format!("bool {oks}[{runs}];"));
                self.open_run(&l);
                let (idx0, _, ok) = self.run_test(dims, ptr, mask, &plan);
                self.line(format!("{oks}[run] = {ok};"));
                prefetch(self, &idx0, &format!("{oks}[run]"));
                self.close_run(&l, Some(&oks));
                Some(oks)
            }
            None => None,
        };
        self.open_run(&l);
        let (idx0, masks, ok) = self.run_test(dims, ptr, mask, &plan);
        let ok = match &oks {
            Some(oks) => format!("{oks}[run]"),
            None => ok,
        };
        let rank = dims.len();
        vector(self, "run", &idx0, &ok);
        for u in 0..l.v {
            let slot = format!("run * {} + {u}", l.v);
            self.open("{");
            let mark = self.memo_mark();
            let li = lane_index(&idx0, rank, u);
            let m = match (&masks[u as usize], mask) {
                (Some(m), _) => Some(m.clone()),
                (None, Some(mv)) => Some(self.eval(mv, &li)),
                (None, None) => None,
            };
            lane(self, &slot, &li, m);
            self.memo_restore(mark);
            self.close();
        }
        self.close();
        self.close_run(&l, None);
        Ok(())
    }

    /// The element offsets at which the `v / w` vectors of `w` elements of a run starting at
    /// multi-index `idx0` begin. Within one block of the pointer's affine facts (`%`
    /// offsets: see `analysis::Affine`) they follow the first; a run longer than the block
    /// evaluates each vector's own address.
    fn vector_starts(&mut self, ptr: ValueId, idx0: &[String], v: u64, w: u64) -> Vec<String> {
        let p0 = self.eval(ptr, idx0);
        let contiguous = self.a.affine[ptr.index()].block >= v;
        (0..v / w)
            .map(|k| match k {
                0 => p0.clone(),
                _ if contiguous => format!("{p0} + {}", k * w),
                _ => self.eval(ptr, &lane_index(idx0, idx0.len(), k * w)),
            })
            .collect()
    }

    /// Opens the loop over this thread's runs of layout `l` and the block of one run (`e0`
    /// its first element; runs past a ragged layout's end are skipped).
    fn open_run(&mut self, l: &layout::Layout) {
        self.line("#pragma unroll");
        self.open(format!("for (int run = 0; run < {}; ++run) {{", l.c / l.v));
        self.line(format!("const int e0 = (run * {} + tid) * {};", l.t, l.v));
        if l.ragged() {
            self.open(format!("if (e0 < {}) {{", l.n));
        } else {
            self.open("{");
        }
        self.clear_memo();
    }

    /// Closes what [`Emitter::open_run`] opened. With `oks`, a skipped run of a ragged
    /// layout gets `false` there (the array's entry is read by the second pass only for
    /// runs it does not skip, but it is written for every run all the same).
    fn close_run(&mut self, l: &layout::Layout, oks: Option<&str>) {
        self.clear_memo();
        if let (true, Some(oks)) = (l.ragged(), oks) {
            self.indent_dec();
            self.open("} else {");
            self.line(format!("{oks}[run] = false;"));
        }
        self.close();
        self.close();
    }

    /// Inside a run's block: the multi-index of its first element, each lane's mask, and
    /// the test that every lane is active (and, checked, in bounds).
    fn run_test(
        &mut self,
        dims: &[u64],
        ptr: ValueId,
        mask: Option<ValueId>,
        plan: &VecPlan,
    ) -> (Vec<String>, Vec<Option<String>>, String) {
        let l = self.layout_of(dims);
        let param = self.a.origin[ptr.index()].unwrap_or(0);
        let rank = dims.len();
        let idx0 = layout::unravel("e0", dims);
        // Every lane active, tested at once when the mask's form allows it (see
        // `Emitter::all_lanes`); the lanes' own masks are then evaluated only on the
        // per-lane path (`None` here), else here for the test.
        let all = mask.and_then(|m| self.all_lanes(m, &idx0, l.v));
        let masks: Vec<Option<String>> = match &all {
            Some(_) => vec![None; l.v as usize],
            None => (0..l.v)
                .map(|u| mask.map(|m| self.eval(m, &lane_index(&idx0, rank, u))))
                .collect(),
        };
        let p0 = self.eval(ptr, &idx0);
        let mut conds: Vec<String> = Vec::new();
        if let Some(c) = &plan.cond {
            conds.push(c.clone());
        }
        if let Some(r) = self.a.affine[ptr.index()].guard {
            conds.push(
                self.rem_guard(ptr, &idx0, r)
                    .unwrap_or_else(|| "false".to_string()),
            );
        }
        for m in masks.iter().flatten().chain(&all) {
            // A mask constant along the last dim is the same temporary for every lane.
            if !conds.contains(m) {
                conds.push(m.clone());
            }
        }
        if self.opts.checked {
            if self.a.affine[ptr.index()].block >= l.v {
                conds.push(format!("{p0} >= 0 && (u64){p0} + {} <= n{param}", l.v));
            } else {
                for pk in self.vector_starts(ptr, &idx0, l.v, plan.w) {
                    conds.push(format!("{pk} >= 0 && (u64){pk} + {} <= n{param}", plan.w));
                }
            }
        }
        let ok = if conds.is_empty() {
            "true".to_string()
        } else {
            conds.join(" && ")
        };
        (idx0, masks, ok)
    }

    /// `store`.
    pub fn store(
        &mut self,
        ptr: ValueId,
        value: ValueId,
        mask: Option<ValueId>,
        op: &Op,
    ) -> Result<(), CodegenError> {
        let param = self.param_of(ptr, op)?;
        let d = pointee(self.k.ty(ptr));
        // A NaN test only where the stored NaNs' bits are specified
        // (`kernel_core::analysis::exact_nans`).
        let exact_nan = self.a.nan_exact[value.index()];
        let value = self.stored_source(value, d);
        let frag_store = self.kind(value) == Kind::Mma
            && self.kind(ptr) == Kind::Lazy
            && mask.is_none_or(|m| matches!(self.kind(m), Kind::Lazy | Kind::Scalar));
        if !frag_store {
            self.unfrag(value, op)?;
        }
        if let Some(m) = mask {
            self.unfrag(m, op)?;
        }
        self.precheck_writes(ptr, mask, param, ACCESS_STORE);
        let fail_guard = if self.opts.checked {
            "!ox_fail && "
        } else {
            ""
        };
        let lane = |e: &mut Emitter<'_>, p: &str, x: &str, m: Option<String>| {
            let x = ops::to_mem_as(d, x, exact_nan);
            let write = if e.hint == AccessHint::default() {
                format!("p{param}[{p}] = {x};")
            } else {
                e.store_at(mem_type(d), &format!("&p{param}[{p}]"), &x)
            };
            let checked = match e.in_bounds(param, p) {
                Some(ok) => format!("if ({ok}) {write} else {}", e.oob(param, p, ACCESS_STORE)),
                None => write,
            };
            let m = m.unwrap_or_else(|| "true".into());
            e.line(format!("if ({fail_guard}{m}) {{ {checked} }}"));
        };
        if self.kind(ptr) == Kind::Scalar {
            let p = self.name(ptr).to_string();
            let m = mask.map(|m| self.name(m).to_string());
            let x = self.name(value).to_string();
            self.open("if (tid == 0) {");
            lane(self, &p, &x, m);
            self.close();
            return Ok(());
        }
        if frag_store && self.wide_frag_store(ptr, value, mask, d, param, exact_nan, op)? {
            return Ok(());
        }
        if frag_store {
            // A tensor-core result straight from its fragments: each thread writes the
            // elements it holds (pairs of adjacent columns), with no trip through shared
            // memory back to the blocked layout.
            let (info, plan) = self.frag_plan(value, op)?;
            let frag = self.name(value).to_string();
            // Registers 2j and 2j + 1 are adjacent columns, an even one first: one store of
            // both where the pointer is contiguous along the row and even elements are
            // aligned to two (unchecked: checked mode keeps every lane's own bounds check).
            let af = self.a.affine[ptr.index()];
            let pairs = !self.opts.checked
                && af.coef == Coef::Const(1)
                && af.block == u64::MAX
                && af.div >= 2
                && matches!(
                    d,
                    DType::F16 | DType::BF16 | DType::F32 | DType::I32 | DType::U32
                );
            for j in 0..info.frag_len / 2 {
                let (row, c0) = plan.frag_coord("tid", 2 * j);
                let (_, c1) = plan.frag_coord("tid", 2 * j + 1);
                let (x0, x1) = (
                    format!("{frag}[{}]", 2 * j),
                    format!("{frag}[{}]", 2 * j + 1),
                );
                self.open("{");
                self.clear_memo();
                let (i0, i1) = ([row.clone(), c0], [row, c1]);
                let p0 = self.eval(ptr, &i0);
                let m0 = mask.map(|m| self.eval(m, &i0));
                let m1 = mask.map(|m| self.eval(m, &i1));
                if pairs {
                    let both = match (&m0, &m1) {
                        (Some(a), Some(b)) => format!("{a} && {b}"),
                        _ => "true".to_string(),
                    };
                    self.open(format!("if ({both}) {{"));
                    let store = match d {
                        DType::F16 | DType::BF16 => format!(
                            "{} {}",
                            ops::pack_pair16(d, "h", &x0, &x1, exact_nan),
                            self.store_at("u32", &format!("&p{param}[{p0}]"), "h")
                        ),
                        DType::F32 => self.store_at(
                            "uint2",
                            &format!("&p{param}[{p0}]"),
                            &format!("make_uint2(__float_as_uint({x0}), __float_as_uint({x1}))"),
                        ),
                        _ => self.store_at(
                            "uint2",
                            &format!("&p{param}[{p0}]"),
                            &format!("make_uint2((u32)({x0}), (u32)({x1}))"),
                        ),
                    };
                    self.line(store);
                    self.indent_dec();
                    self.open("} else {");
                }
                lane(self, &p0, &x0, m0);
                let p1 = self.eval(ptr, &i1);
                lane(self, &p1, &x1, m1);
                if pairs {
                    self.close();
                }
                self.clear_memo();
                self.close();
            }
            return Ok(());
        }
        let dims = self.dims(ptr);
        if let Some(plan) = self.vec_plan(ptr, param) {
            let fg = fail_guard.to_string();
            let l = self.layout_of(&dims);
            // Runs that are all in or all out (`Emitter::uniform_lanes`), unchecked, with
            // nothing to test at run time: one predicated vector write per run, and no
            // per-lane fallback (as the loads' exact path).
            if self.all_or_nothing_runs(ptr, mask, &plan, &dims) {
                self.vec_w = plan.w;
                self.open_run(&l);
                let idx0 = layout::unravel("e0", &dims);
                let ok = self.run_in(mask, &idx0, l.v);
                self.open(format!("if ({ok}) {{"));
                self.store_run(ptr, value, d, param, &dims, &idx0, exact_nan);
                self.close();
                self.close_run(&l, None);
                return Ok(());
            }
            self.vector_runs(
                &dims,
                ptr,
                mask,
                plan,
                op,
                None,
                &mut |e, _run, idx, ok| {
                    e.open(format!("if ({fg}{ok}) {{"));
                    e.store_run(ptr, value, d, param, &dims, idx, exact_nan);
                    e.indent_dec();
                    e.open("} else {");
                },
                &mut |e, slot, lidx, m| {
                    let p = e.eval(ptr, lidx);
                    let x = e.value_at(value, lidx, slot);
                    lane(e, &p, &x, m);
                },
            )?;
            return Ok(());
        }
        let s = self.open_slots(&dims, true);
        let p = self.at(ptr, &s);
        let x = self.at(value, &s);
        let m = mask.map(|m| self.at(m, &s));
        lane(self, &p, &x, m);
        self.close_slots();
        Ok(())
    }

    /// What a store of `value` (dtype `d`) converts: for `cast(w, f16 | bf16)` of an f32
    /// `w` held the same way, `w` itself. Rounding `w` to `d` and converting the result to
    /// memory gives the bits converting `w` gives (NaN bits included, exact or not), so the
    /// cast's round trip through `d` (two conversions an element, layer norm's `y as f16`)
    /// goes dead and the store packs `w` straight away.
    fn stored_source(&self, value: ValueId, d: DType) -> ValueId {
        let Some(inst) = self.defs[value.index()] else {
            return value;
        };
        match inst.op {
            Op::Cast { value: w, to }
                if to == d
                    && matches!(d, DType::F16 | DType::BF16)
                    && self.dtype(w) == DType::F32
                    && self.kind(w) == self.kind(value)
                    && self.kind(w) != Kind::Lazy
                    && self.val_mma[w.index()] == self.val_mma[value.index()] =>
            {
                w
            }
            _ => value,
        }
    }

    /// Inside a run's block: the vector writes of the run starting at multi-index `idx`
    /// (`Emitter::vec_w` elements each) of `value` to `p{param}`. f16 goes in pairs through
    /// the packed hardware conversion, redone value by value (payload kept) only with
    /// `exact_nan` and when a NaN is among the run's values.
    #[allow(clippy::too_many_arguments)]
    fn store_run(
        &mut self,
        ptr: ValueId,
        value: ValueId,
        d: DType,
        param: u32,
        dims: &[u64],
        idx: &[String],
        exact_nan: bool,
    ) {
        let l = self.layout_of(dims);
        let size = d.size_bytes() as u64;
        let w = self.vec_w;
        let (vt, _) = vec_type(w * size);
        let starts = self.vector_starts(ptr, idx, l.v, w);
        let vals: Vec<String> = (0..l.v)
            .map(|u| {
                let mut li = idx.to_vec();
                let r = li.len() - 1;
                if u > 0 {
                    li[r] = format!("({} + {u})", idx[r]);
                }
                self.value_at(value, &li, &format!("run * {} + {u}", l.v))
            })
            .collect();
        let mems: Vec<String> = vals.iter().map(|x| ops::to_mem(d, x)).collect();
        let halves: Option<Vec<String>> = (d == DType::F16).then(|| {
            let hw: Vec<String> = (0..l.v / 2).map(|_| self.fresh("hw")).collect();
            for (j, h) in hw.iter().enumerate() {
                self.line(format!(
                    "u32 {h} = ox_cvt_f16x2_f32({}, {});",
                    vals[2 * j],
                    vals[2 * j + 1]
                ));
            }
            if exact_nan {
                let nan: Vec<String> = hw.iter().map(|h| format!("ox_f16x2_nan({h})")).collect();
                self.open(format!("if ({}) {{", nan.join(" | ")));
                for (j, h) in hw.iter().enumerate() {
                    let bits = pack(d, &mems[2 * j..2 * j + 2], 4);
                    self.line(format!("{h} = {};", bits[0]));
                }
                self.close();
            }
            hw
        });
        for k in 0..l.v / w {
            let words = match &halves {
                Some(hw) => {
                    let per = (w / 2) as usize;
                    hw[k as usize * per..(k as usize + 1) * per].to_vec()
                }
                None => pack(d, &mems[(k * w) as usize..((k + 1) * w) as usize], w * size),
            };
            let init = if vt == "uint4" || vt == "uint2" {
                format!("make_{vt}({})", words.join(", "))
            } else {
                format!("({vt})({})", words[0])
            };
            let write = self.store_at(vt, &format!("&p{param}[{}]", starts[k as usize]), &init);
            self.line(write);
        }
    }

    /// The expression applying one atomic lane at `&p{param}[o]` with operand `v` (and the
    /// compare value `cv` for CAS), giving the old value as a register.
    #[allow(clippy::too_many_arguments)]
    fn atomic_expr(
        &self,
        aop: Option<AtomicOp>,
        d: DType,
        param: u32,
        o: &str,
        v: &str,
        cv: Option<&str>,
        sys: bool,
        op: &Op,
    ) -> Result<String, CodegenError> {
        let at = format!("&p{param}[{o}]");
        // CUDA's system-scope atomics (and the prelude's) are named with `_system`.
        let sfx = if sys { "_system" } else { "" };
        if aop.is_none() {
            let cv = cv.unwrap_or("0");
            let bits = match d.size_bytes() {
                2 => "u16",
                4 => "u32",
                8 => "u64",
                _ => return Err(self.unsupported(op, format!("atomic_cas on {d}"))),
            };
            let (c, n) = (ops::to_bits(d, cv), ops::to_bits(d, v));
            return Ok(ops::from_bits(
                d,
                &format!("atomicCAS{sfx}(({bits}*){at}, ({bits}){c}, ({bits}){n})"),
            ));
        }
        let aop = aop.unwrap_or(AtomicOp::Add);
        let bad = || self.unsupported(op, format!("atomic {aop:?} on {d}"));
        let f = match aop {
            AtomicOp::Add => "atomicAdd",
            AtomicOp::Max => "atomicMax",
            AtomicOp::Min => "atomicMin",
            AtomicOp::And => "atomicAnd",
            AtomicOp::Or => "atomicOr",
            AtomicOp::Xor => "atomicXor",
            AtomicOp::Xchg => "atomicExch",
        };
        let f = format!("{f}{sfx}");
        Ok(match d {
            DType::I32 | DType::U32 => format!("{f}({at}, {v})"),
            DType::U64 => format!("{f}({at}, {v})"),
            DType::I64 => match aop {
                AtomicOp::Max | AtomicOp::Min => {
                    format!("(i64){f}((long long*){at}, (long long){v})")
                }
                _ => format!("(i64){f}((u64*){at}, (u64){v})"),
            },
            DType::F32 => match aop {
                AtomicOp::Add | AtomicOp::Xchg => format!("{f}({at}, {v})"),
                AtomicOp::Max => format!("ox_atomic_max_f32{sfx}({at}, {v})"),
                AtomicOp::Min => format!("ox_atomic_min_f32{sfx}({at}, {v})"),
                _ => return Err(bad()),
            },
            DType::F64 => match aop {
                AtomicOp::Add => format!("atomicAdd{sfx}({at}, {v})"),
                AtomicOp::Xchg => format!(
                    "__longlong_as_double((i64)atomicExch{sfx}((u64*){at}, (u64)__double_as_longlong({v})))"
                ),
                _ => return Err(bad()),
            },
            DType::F16 if aop == AtomicOp::Add => {
                format!("ox_f16_val(ox_atomic_add_f16{sfx}({at}, ox_f16_bits({v})))")
            }
            _ => return Err(bad()),
        })
    }

    /// `atomic` (add, max, min, and, or, xor, xchg), or `atomic_cas` when `aop` is `None`
    /// (then `cmp` is the expected value), with the order and scope asked for: a fence of
    /// the scope (`__threadfence_block`, `__threadfence`, `__threadfence_system`) before a
    /// releasing atomic and after an acquiring one (`Auto`: both where programs pass data
    /// through memory, see the module docs), and CUDA's `_system` atomics for `Scope::Sys`
    /// (a block-scope atomic is the device-scope one, which is allowed).
    #[allow(clippy::too_many_arguments)]
    pub fn atomic(
        &mut self,
        result: Option<ValueId>,
        aop: Option<AtomicOp>,
        ptr: ValueId,
        value: ValueId,
        cmp: Option<ValueId>,
        mask: Option<ValueId>,
        (order, scope): (AtomicOrder, AtomicScope),
        op: &Op,
    ) -> Result<(), CodegenError> {
        let param = self.param_of(ptr, op)?;
        let d = pointee(self.k.ty(ptr));
        for v in [Some(value), cmp, mask].into_iter().flatten() {
            self.unfrag(v, op)?;
        }
        let sys = scope == AtomicScope::Sys;
        // Validate the combination before writing anything.
        self.atomic_expr(aop, d, param, "0", "x", cmp.map(|_| "y"), sys, op)?;
        let (before, after) = match order {
            AtomicOrder::Auto => (self.a.fences, self.a.fences),
            AtomicOrder::Relaxed => (false, false),
            AtomicOrder::Acquire => (false, true),
            AtomicOrder::Release => (true, false),
            AtomicOrder::AcqRel | AtomicOrder::SeqCst => (true, true),
        };
        let fence = match scope {
            AtomicScope::Cta => "__threadfence_block();",
            AtomicScope::Gpu => "__threadfence();",
            AtomicScope::Sys => "__threadfence_system();",
        };
        self.precheck_writes(ptr, mask, param, ACCESS_ATOMIC);
        let ty = reg_type(d);
        let zero = ops::cast(DType::I32, d, "0", false);
        let used = result.is_some_and(|r| self.a.uses[r.index()] > 0);
        let fail_guard = if self.opts.checked {
            "!ox_fail && "
        } else {
            ""
        };
        let lane = |e: &mut Emitter<'_>,
                    dst: Option<&str>,
                    p: &str,
                    x: &str,
                    cv: Option<String>,
                    m: Option<String>|
         -> Result<(), CodegenError> {
            let a = e.atomic_expr(aop, d, param, p, x, cv.as_deref(), sys, op)?;
            let apply = match dst {
                Some(dst) => format!("{dst} = {a};"),
                None => format!("{a};"),
            };
            let checked = match e.in_bounds(param, p) {
                Some(ok) => format!(
                    "if ({ok}) {{ {apply} }} else {}",
                    e.oob(param, p, ACCESS_ATOMIC)
                ),
                None => apply,
            };
            let m = m.unwrap_or_else(|| "true".into());
            e.line(format!("if ({fail_guard}{m}) {{ {checked} }}"));
            Ok(())
        };
        if self.kind(ptr) == Kind::Scalar {
            let p = self.name(ptr).to_string();
            let m = mask.map(|m| self.name(m).to_string());
            let x = self.name(value).to_string();
            let cv = cmp.map(|c| self.name(c).to_string());
            if before {
                // The whole block's earlier writes go before this (releasing) atomic.
                self.line(fence);
                self.sync();
            }
            let old = self.fresh("old");
            self.line(format!("{ty} {old} = {zero};"));
            self.open("if (tid == 0) {");
            lane(self, Some(&old), &p, &x, cv, m)?;
            if after {
                self.line(fence);
            }
            if used {
                self.line(format!("ox_bcast = (u64){};", ops::to_bits(d, &old)));
            }
            self.close();
            if let Some(r) = result {
                let n = self.define(r, Kind::Scalar);
                if used {
                    self.sync();
                    let back = ops::from_bits(d, "ox_bcast");
                    self.line(format!("const {ty} {n} = {back};"));
                    self.sync();
                } else {
                    self.line(format!("const {ty} {n} = {old};"));
                }
            }
            return Ok(());
        }
        if before {
            self.line(fence);
        }
        let out = result.map(|r| self.declare(r));
        let dims = self.dims(ptr);
        let s = self.open_slots(&dims, true);
        let p = self.at(ptr, &s);
        let x = self.at(value, &s);
        let cv = cmp.map(|c| self.at(c, &s));
        let m = mask.map(|m| self.at(m, &s));
        if let Some(out) = &out {
            self.line(format!("{out}[c] = {zero};"));
        }
        let dst = out.as_ref().map(|o| format!("{o}[c]"));
        lane(self, dst.as_deref(), &p, &x, cv, m)?;
        self.close_slots();
        if after {
            self.line(fence);
        }
        Ok(())
    }
}
