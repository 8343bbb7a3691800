//! Reductions (`reduce`, `argmax`/`argmin`) in parallel.
//!
//! # Whole-tile reductions (a rank-0 result)
//! Each thread folds the elements it owns in its registers (no workgroup memory), then the
//! partial results combine across the threads: with the adapter's subgroups
//! ([`super::Caps::subgroups`]) by a `subgroupShuffleXor` butterfly inside each subgroup,
//! whose first lane then writes one partial per subgroup to workgroup memory; without, every
//! thread writes its own partial. After a barrier every thread folds those partials in
//! ascending order, so all threads hold the same result. Softmax's and layer norm's row
//! statistics are such reductions: one barrier each, instead of every thread re-reading the
//! whole row from workgroup memory.
//!
//! # Reductions along an axis
//! The operand goes through workgroup memory (as in `exchange`). When there are fewer result
//! elements ("lines") than threads, each line gets a group of `P` threads (a power of two),
//! each folding a strided part of the axis; the line's owner then folds the `P` partials.
//!
//! # Order and precision
//! Float sums and products along at most [`EXACT_REDUCE_LEN`] elements fold sequentially in
//! ascending order, bit-identical to the interpreter; longer ones (and every other reduction,
//! whose result does not depend on the order) combine as a tree, within the bound the IR's
//! `Op::Reduce` states. f16/bf16 sums and products combine their f32 registers without
//! rounding and round once to the dtype in the result (`ReduceOp::accumulator`); partials
//! go through workgroup memory and subgroup shuffles as unrounded f32. 64-bit values go as
//! two words (in workgroup memory: low word, then high word; subgroup shuffles take 32-bit
//! values, so one shuffle per word); f64 sums follow the f32 rules. argmax/argmin combine
//! (value, index) pairs ordered by value, NaN first, then by the lowest index: the
//! interpreter's "first index of the best" in any combining order.

use kernel_core::DType;
use kernel_core::ir::{ArgReduceOp, Op, ReduceOp, ValueId};

use super::CodegenError;
use super::emit::{Emitter, Region};
use super::exchange::{digit, reduce_binary, split_axis};
use super::layout::{Reg, WgslLayout};
use super::math::Helper;
use super::ops;

/// Float sum/prod reductions along an axis of at most this many elements fold sequentially in
/// ascending order, bit-identical to the interpreter; longer axes reduce as a tree (the same
/// rule as the CUDA backend's).
pub const EXACT_REDUCE_LEN: u64 = 32;

/// How partial results of one reduction are held and combined.
struct Fold {
    /// The state variables of a partial result and their registers; an incoming partial is
    /// held in the same names with `_o` appended.
    state: Vec<(&'static str, Reg)>,
    /// What each state variable is for a single element.
    elem: Vec<Part>,
    /// Statements merging the incoming partial (`*_o`) into the state.
    merge: String,
    /// The result's register expression, from the state.
    result: String,
}

/// A state variable's value for a single element.
#[derive(Clone, Copy)]
enum Part {
    /// The element's value.
    Value,
    /// The element's index along the axis (`u32`).
    Index,
}

impl Part {
    /// The expression, given the value's and the index's.
    fn of(self, x: &str, k: &str) -> String {
        match self {
            Part::Value => x.to_string(),
            Part::Index => k.to_string(),
        }
    }
}

impl Fold {
    /// Words of workgroup memory per partial's state (two per 64-bit state variable).
    fn state_words(&self) -> u64 {
        self.state.iter().map(|(_, reg)| reg.words()).sum()
    }

    /// The word of each state variable within a partial: consecutive, a 64-bit one's low
    /// word first (its high word next).
    fn offsets(&self) -> Vec<u64> {
        self.state
            .iter()
            .scan(0, |at, (_, reg)| {
                let o = *at;
                *at += reg.words();
                Some(o)
            })
            .collect()
    }

    /// Words of workgroup memory per partial: the state and a "holds anything" flag.
    fn words(&self) -> u64 {
        self.state_words() + 1
    }
}

impl Emitter<'_> {
    /// `reduce`.
    pub fn reduce(
        &mut self,
        r: ValueId,
        rop: ReduceOp,
        v: ValueId,
        axis: u32,
        op: &Op,
    ) -> Result<(), CodegenError> {
        let d = self.dtype(v);
        let reg = self.reg(v);
        let dims = self.a.dims[v.index()].clone();
        let (_, n, _) = split_axis(&dims, axis as usize);
        if n == 0 {
            return Err(self.unsupported(op, "a reduction over an empty axis"));
        }
        // f16/bf16 sums and products combine in f32 (their registers are f32 already) and
        // round once, in the result: the interpreter's `ReduceOp::accumulator`.
        let acc_d = rop.accumulator(d);
        let combine = ops::binary(reduce_binary(rop), acc_d, "acc", "acc_o", &mut self.h)
            .map_err(|why| self.unsupported(op, why))?;
        let result = if acc_d == d {
            "acc".to_string()
        } else {
            ops::round(d, "acc", &mut self.h)
        };
        let fold = Fold {
            state: vec![("acc", reg)],
            elem: vec![Part::Value],
            merge: format!("acc = {combine};"),
            result,
        };
        let ordered = d.is_float() && matches!(rop, ReduceOp::Sum | ReduceOp::Prod);
        self.fold(r, v, axis, &fold, ordered && n <= EXACT_REDUCE_LEN, op)
    }

    /// `argmax`/`argmin`: the first index of the best element; a NaN beats everything.
    pub fn arg_reduce(
        &mut self,
        r: ValueId,
        aop: ArgReduceOp,
        v: ValueId,
        axis: u32,
        op: &Op,
    ) -> Result<(), CodegenError> {
        let d = self.dtype(v);
        let reg = self.reg(v);
        if d.is_bool() || d.is_fp8() {
            return Err(self.unsupported(op, format!("argmax/argmin on {d}")));
        }
        let dims = self.a.dims[v.index()].clone();
        if split_axis(&dims, axis as usize).1 == 0 {
            return Err(self.unsupported(op, "argmax/argmin over an empty axis"));
        }
        let cmp = match aop {
            ArgReduceOp::ArgMax => ">",
            ArgReduceOp::ArgMin => "<",
        };
        // The incoming pair wins if its value is better, or equal (both NaN included) with a
        // lower index.
        let (better, same) = if d.is_float() {
            let isnan = if d == DType::F64 {
                self.h.need(Helper::Float64);
                "ox_isnan64"
            } else {
                self.h.need(Helper::IsNan);
                "ox_isnan"
            };
            (
                format!("!{isnan}(best) && ({isnan}(best_o) || best_o {cmp} best)"),
                format!("(best_o == best || ({isnan}(best_o) && {isnan}(best)))"),
            )
        } else {
            (format!("best_o {cmp} best"), "best_o == best".to_string())
        };
        let fold = Fold {
            state: vec![("best", reg), ("bi", Reg::U32)],
            elem: vec![Part::Value, Part::Index],
            merge: format!(
                "if ({better} || ({same} && bi_o < bi)) {{ best = best_o; bi = bi_o; }}"
            ),
            result: "i32(bi)".to_string(),
        };
        self.fold(r, v, axis, &fold, false, op)
    }

    /// Defines `r` as the fold of `v` along `axis`; `sequential` asks for one thread folding
    /// each line in ascending order.
    fn fold(
        &mut self,
        r: ValueId,
        v: ValueId,
        axis: u32,
        f: &Fold,
        sequential: bool,
        op: &Op,
    ) -> Result<(), CodegenError> {
        let dims = self.a.dims[v.index()].clone();
        let (outer, n, inner) = split_axis(&dims, axis as usize);
        let t = u64::from(self.threads());
        if outer * inner == 1 && !sequential {
            return self.fold_tile(r, v, f, op);
        }
        // Lanes per line: a power of two, at most the axis length.
        let lines = outer * inner;
        let mut p = 1u64;
        while !sequential && lines * p * 2 <= t && p * 2 <= n {
            p *= 2;
        }
        let reg = self.reg(v);
        let x = Self::scratch_read(reg, &format!("base + k * {inner}u"), outer * n * inner);
        let line_base = |e: &str| {
            format!(
                "let base = {} * {}u + {};",
                digit(e, inner, None),
                n * inner,
                digit(e, 1, Some(inner))
            )
        };
        // Folds a line from element `first` in steps of `step` (the first exists).
        let fold_line = |first: &str, step: u64| {
            let mut s = vec![format!("var k = {first};"), format!("let x0 = {x};")];
            for ((name, reg), part) in f.state.iter().zip(&f.elem) {
                s.push(format!(
                    "var {name}: {} = {};",
                    reg.wgsl(),
                    part.of("x0", "k")
                ));
            }
            let incoming: Vec<String> = f
                .state
                .iter()
                .zip(&f.elem)
                .map(|((name, _), part)| format!("let {name}_o = {};", part.of("x", "k")))
                .collect();
            s.push(format!(
                "for (k = k + {step}u; k < {n}u; k = k + {step}u) {{ let x = {x}; {} {} }}",
                incoming.join(" "),
                f.merge
            ));
            s
        };
        if p == 1 {
            // One thread per line.
            let result = f.result.clone();
            return self.exchange(r, &[v], op, |e| {
                let mut s = vec![line_base(e)];
                s.extend(fold_line("0u", 1));
                (s, result.clone())
            });
        }
        // `p` lanes per line: spill the operand, each lane folds a strided part of its line
        // into a partial, then the line's owner folds the partials in lane order. Every lane
        // has an element, so a partial is its state alone (no "holds anything" flag).
        let words = f.state_words();
        let offsets = f.offsets();
        let spill = self.scratch_words_of(v);
        let partials = lines * p * words;
        self.need_scratch(spill + partials, spill, op)?;
        self.prepare_write(Region::Scratch);
        self.scratch_write(v, 0);
        self.barrier();
        self.open(format!("if (tid < {}u) {{", lines * p));
        self.line(format!("let q = tid % {p}u;"));
        for s in line_base(&format!("(tid / {p}u)")).lines() {
            self.line(s);
        }
        // Lane q's first element exists: p <= n.
        for s in fold_line("q", p) {
            self.line(s);
        }
        let at = format!("{spill}u + tid * {words}u");
        for ((name, reg), o) in f.state.iter().zip(&offsets) {
            let at = format!("{at} + {o}u");
            self.line(reg.store_words("ox_scratch", &at, 1, name));
        }
        self.close();
        self.barrier();
        let l = self.layout(r);
        let out = self.declare(r);
        let value = if l.scalar {
            self.open("{");
            self.line("let e = 0u;");
            format!("{out} = ")
        } else {
            self.open_lanes(l);
            self.open(format!("if (e < {}u) {{", l.n));
            format!("{out}[c] = ")
        };
        self.line(format!("let first = {spill}u + e * {};", p * words));
        for ((name, reg), o) in f.state.iter().zip(&offsets) {
            let w = reg.load_words("ox_scratch", &format!("first + {o}u"), 1);
            self.line(format!("var {name}: {} = {w};", reg.wgsl()));
        }
        self.open(format!("for (var j = 1u; j < {p}u; j = j + 1u) {{"));
        for ((name, reg), o) in f.state.iter().zip(&offsets) {
            let w = reg.load_words("ox_scratch", &format!("first + j * {words}u + {o}u"), 1);
            self.line(format!("let {name}_o = {w};"));
        }
        self.line(&f.merge);
        self.close();
        self.line(format!("{value}{};", f.result));
        self.close();
        if !l.scalar {
            self.close();
        }
        self.release(Region::Scratch);
        Ok(())
    }

    /// A reduction of a whole tile to one element (a scalar, or a tile whose dims are all 1):
    /// registers, then subgroups or workgroup memory (see the module docs).
    fn fold_tile(&mut self, r: ValueId, v: ValueId, f: &Fold, op: &Op) -> Result<(), CodegenError> {
        let l = self.layout(v);
        let t = u64::from(self.threads());
        let words = f.words();
        let offsets = f.offsets();
        // Every slot of every thread holds an element.
        let full = l.full();
        let sub = self.caps.subgroups;
        self.need_part(t * words, l.n, op)?;
        let region = self.next_part(t * words);
        let Region::Part(half) = region else {
            unreachable!("next_part gives a part")
        };
        let part = format!("ox_part{half}");
        let out = self.declare(r);
        self.open("{");
        for (name, reg) in &f.state {
            self.line(format!("var {name}: {};", reg.wgsl()));
        }
        self.line(format!("var has = {full};"));
        let elem_state = |e: &mut Self, x: &str| {
            for ((name, _), part) in f.state.iter().zip(&f.elem) {
                e.line(format!("let {name}_o = {};", part.of(x, "e")));
            }
        };
        let take = f
            .state
            .iter()
            .map(|(name, _)| format!("{name} = {name}_o;"))
            .collect::<Vec<_>>()
            .join(" ");
        let merge_or_take = format!("if (has) {{ {} }} else {{ {take} }} has = true;", f.merge);
        // 1. This thread's elements, in registers.
        if full {
            self.open("{");
            self.line(format!("let e = {};", l.elem("0u")));
            let x = self.at(v, "0u");
            elem_state(self, &x);
            self.line(&take);
            self.close();
            if l.c > 1 {
                self.open_lanes_from(l, 1);
                let x = self.at(v, "c");
                elem_state(self, &x);
                self.line(&f.merge);
                self.close();
            }
        } else {
            self.open_lanes(l);
            self.open(format!("if (e < {}u) {{", l.n));
            let x = self.at(v, "c");
            elem_state(self, &x);
            self.line(&merge_or_take);
            self.close();
            self.close();
        }
        // 2. Across the subgroup.
        let merge_in = if full {
            f.merge.clone()
        } else {
            format!("if (has_o) {{ {merge_or_take} }}")
        };
        if sub {
            self.uses_subgroups = true;
            self.open(format!(
                "for (var o = min(sg_size, {t}u) / 2u; o > 0u; o = o / 2u) {{"
            ));
            for (name, reg) in &f.state {
                self.line(format!("let {name}_o = {};", reg.shuffle_xor(name, "o")));
            }
            if !full {
                self.line("let has_o = subgroupShuffleXor(select(0u, 1u, has), o) != 0u;");
            }
            self.line(&merge_in);
            self.close();
        }
        // 3. One partial per subgroup (per thread without subgroups) through workgroup memory.
        let (writer, slot, count) = if sub {
            ("sg_lane == 0u", "sg_id", "sg_count".to_string())
        } else {
            ("true", "tid", format!("{t}u"))
        };
        self.prepare_write(region);
        self.open(format!("if ({writer}) {{"));
        self.line(format!("let at = {slot} * {words}u;"));
        for ((name, reg), o) in f.state.iter().zip(&offsets) {
            self.line(reg.store_words(&part, &format!("at + {o}u"), 1, name));
        }
        self.line(format!(
            "{part}[at + {}u] = select(0u, 1u, has);",
            words - 1
        ));
        self.close();
        self.barrier();
        self.line("has = false;");
        self.open(format!("for (var s = 0u; s < {count}; s = s + 1u) {{"));
        self.line(format!("let at = s * {words}u;"));
        for ((name, reg), o) in f.state.iter().zip(&offsets) {
            let w = reg.load_words(&part, &format!("at + {o}u"), 1);
            self.line(format!("let {name}_o = {w};"));
        }
        self.line(format!(
            "if ({part}[at + {}u] != 0u) {{ {merge_or_take} }}",
            words - 1
        ));
        self.close();
        // A rank-0 result is a scalar; a reduction of `[1, N]` along 1 (or any shape whose
        // other dims are 1) has one element but a tile's layout, so every slot gets it.
        let rl = self.layout(r);
        if rl.scalar {
            self.line(format!("{out} = {};", f.result));
        } else {
            self.line(self.slot_each(0, rl.c, &format!("{out}[c] = {};", f.result)));
        }
        self.close();
        self.release(region);
        Ok(())
    }
}
