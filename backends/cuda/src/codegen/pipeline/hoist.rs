//! What a pipelined copy's address does not owe to the loop index, computed once before the
//! loop (Triton's copies keep one pointer per chunk and bump it; ours recomputed every
//! chunk's address, swizzle included, from the index in each iteration: ptxas does not hoist
//! it, and it was half of a 128x256x64 matmul's main loop, 241 instructions per iteration).
//!
//! # Exactly the interpreter's address
//! A pointer is an `i64` element offset from its buffer, a sum (wrapping) of terms: its root
//! and the offsets of the `ptr_add`s above it, each converted to `i64` as the op does. Each
//! term is classified by how it depends on the loop index `k` and on the element (the lane,
//! see [`Dep`]). Terms independent of `k` go into a per-chunk base pointer, computed before
//! the loop; terms independent of the lane are computed once per iteration, at the thread's
//! first chunk; a term that is a sum `U(k) + L(lane)` in its own integer ring (products only
//! by values depending on neither, so `(k + cols) * stride` is one, `k * cols` is not) is
//! `t(k, c0) + [t(0, c) - t(0, c0)]` for any lane `c0`, exactly, wrapping included; the
//! bracket is computed before the loop per chunk, and the sum is converted to `i64` after
//! the addition, as the `ptr_add` converts it. Anything else keeps the address computed
//! whole in each iteration.
//!
//! The per-chunk base goes through `ox_opaque` (an empty asm): NVVM otherwise takes it
//! apart and re-associates every chunk's address into a 64-bit sum scaled by the element
//! size (six instructions a chunk; attention's 16 chunks an iteration spent 96 on them),
//! where from an opaque base it is one add and one `IMAD.WIDE`.
//!
//! The shared-memory destination is hoisted too: a thread's chunks are `R` rows apart with
//! the same columns (when the block's threads cover whole rows of chunks), and moving `R`
//! rows adds a constant to every layout's index ([`SmemLayout::row_shift`]).

use std::collections::HashMap;

use kernel_core::ir::{BinaryOp, Block, Elem, Op, UnaryOp, ValueId};

use super::super::emit::Emitter;
use super::super::mma::SmemLayout;
use super::super::plan::{Dep, Hoisted, Operand, Pipe};

/// The integer ring a value's arithmetic wraps in: `(bits, signed C type, unsigned C type)`;
/// pointers are `i64` element offsets. `None` for floats and `bool`.
fn ring(e: &Emitter<'_>, v: ValueId) -> Option<(u32, &'static str, &'static str)> {
    let d = match e.k.ty(v).elem {
        Elem::Ptr(_) => return Some((64, "i64", "u64")),
        Elem::Scalar(d) => d,
    };
    if !d.is_int() {
        return None;
    }
    let ut = match d.bits() {
        8 => "u8",
        16 => "u16",
        32 => "u32",
        _ => "u64",
    };
    Some((d.bits(), e.ctype(v), ut))
}

impl Emitter<'_> {
    /// How `v` depends on loop index `index` of loop body `body` (see [`Dep`]).
    fn dep(
        &self,
        body: &Block,
        index: ValueId,
        v: ValueId,
        memo: &mut HashMap<ValueId, Dep>,
    ) -> Dep {
        if v == index {
            return Dep::Iter;
        }
        if let Some(d) = memo.get(&v) {
            return *d;
        }
        let Some(inst) = body.iter().find(|i| i.result == Some(v)) else {
            // Defined before the loop: a scalar, or a lane-varying (lazy) tile.
            return if self.dims(v).is_empty() {
                Dep::Fixed
            } else {
                Dep::Lane
            };
        };
        let mut d = |x: ValueId| self.dep(body, index, x, memo);
        let same_ring = |a: ValueId, b: ValueId| {
            ring(self, a).is_some_and(|(x, ..)| ring(self, b).is_some_and(|(y, ..)| x == y))
        };
        let r = match &inst.op {
            Op::Const { .. } => Dep::Fixed,
            Op::Arange { .. } => Dep::Lane,
            Op::Broadcast { value, .. }
            | Op::ExpandDims { value, .. }
            | Op::Reshape { value, .. }
            | Op::Permute { value, .. } => d(*value),
            Op::Binary { op, lhs, rhs } if same_ring(v, *lhs) && same_ring(v, *rhs) => {
                let (a, b) = (d(*lhs), d(*rhs));
                match op {
                    BinaryOp::Add | BinaryOp::Sub => Dep::sum(a, b),
                    BinaryOp::Mul => Dep::product(a, b),
                    // `x << n` is `x * 2^(n mod width)`.
                    BinaryOp::Shl if b == Dep::Fixed => a,
                    _ => Dep::any([a, b]),
                }
            }
            Op::Unary {
                op: UnaryOp::Neg,
                value,
            } if same_ring(v, *value) => d(*value),
            // Truncation and reinterpretation are ring maps; widening is not.
            Op::Cast { value, .. } | Op::Bitcast { value, .. }
                if ring(self, *value)
                    .is_some_and(|(b, ..)| ring(self, v).is_some_and(|(w, ..)| w <= b)) =>
            {
                d(*value)
            }
            Op::PtrAdd { ptr, offset } if same_ring(v, *offset) => Dep::sum(d(*ptr), d(*offset)),
            op => {
                let ops = op.operands();
                Dep::any(ops.into_iter().map(d))
            }
        };
        memo.insert(v, r);
        r
    }

    /// The terms whose `i64` sum is pointer `v` at `idx` (see the module docs), with the index
    /// of each: the root, then the `ptr_add` offsets from the innermost out.
    fn ptr_terms(&self, v: ValueId, idx: &[String], out: &mut Vec<(ValueId, Vec<String>)>) {
        if self.a.lazy[v.index()]
            && let Some(inst) = self.defs[v.index()]
        {
            if let Some((src, sidx)) = self.source_index(v, &inst.op, idx) {
                return self.ptr_terms(src, &sidx, out);
            }
            if let Op::PtrAdd { ptr, offset } = &inst.op {
                self.ptr_terms(*ptr, idx, out);
                out.push((*offset, idx.to_vec()));
                return;
            }
        }
        out.push((v, idx.to_vec()));
    }

    /// Whether every chunk of operand `o` is one `cp.async` with no per-chunk test but its
    /// mask (see `issue_operand`), decided without emitting anything.
    pub(super) fn single_copy(&mut self, o: &Operand) -> bool {
        let af = self.a.affine[o.ptr.index()];
        let param = self.a.origin[o.ptr.index()].unwrap_or(0) as usize;
        let aligned =
            af.div.min(af.block) >= 8 && self.opts.aligned16.get(param).copied().unwrap_or(false);
        if o.coef_cond.is_some() || af.guard.is_some() || !aligned {
            return false;
        }
        match o.mask {
            None => true,
            Some(m) => {
                let idx = ["ox_r".to_string(), "(ox_c + 0)".to_string()];
                o.other.is_none_or(|v| self.is_zero(v)) && self.uniform_lanes_known(m, &idx, 8)
            }
        }
    }

    /// Before the loop: sets up operand `o`'s hoisted addresses when it can have them (see
    /// the module docs), and records them for `issue_operand`.
    pub(super) fn hoist_operand(&mut self, pipe: &Pipe, o: &Operand) {
        let dims = self.dims(o.load);
        let (rows, cols) = (dims[0], dims[1]);
        let (t, cpr) = (self.t as u64, cols / 8);
        let chunks = rows * cpr;
        if cpr == 0 || !t.is_multiple_of(cpr) || !chunks.is_multiple_of(t) {
            return;
        }
        let rows_step = t / cpr;
        let Some(shift) = o.layout.row_shift(rows_step as u32) else {
            return;
        };
        let mut terms = Vec::new();
        let probe = ["ox_r".to_string(), "ox_c".to_string()];
        self.ptr_terms(o.ptr, &probe, &mut terms);
        let mut memo = HashMap::new();
        let deps: Vec<Dep> = terms
            .iter()
            .map(|(v, _)| self.dep(&pipe.body, pipe.index, *v, &mut memo))
            .collect();
        // The root is a pointer; a `Sum` term must be an offset (its ring is its own).
        if deps.contains(&Dep::Mixed)
            || deps[0] == Dep::Sum
            || !deps.iter().any(|d| matches!(d, Dep::Iter | Dep::Sum))
        {
            return;
        }
        let n = self.fresh("ox_h");
        let param = self.a.origin[o.ptr.index()].unwrap_or(0);
        let lanes: Vec<String> = (0..terms.len())
            .filter(|j| deps[*j] == Dep::Sum)
            .map(|j| format!("{n}_l{j}"))
            .collect();
        let h = Hoisted {
            base: format!("{n}_base"),
            lanes,
            smem: format!("{n}_smem"),
            r0: format!("{n}_r0"),
            c0: format!("{n}_c0"),
            rows: rows_step,
            shift: shift as u64 * 2,
            per_thread: chunks / t,
            deps,
        };
        // Computed at k = 0 (any value would do: only differences between lanes are kept), in
        // the block where the body's lazy tiles are defined; the arrays are declared before
        // it once the copy is known to be a single `cp.async` per chunk (which needs them).
        let mark = self.out.len();
        let ty = pipe.ty;
        let mut single = false;
        self.with_iteration(pipe, &format!("({ty})0"), |e| {
            single = e.single_copy(o);
            if !single {
                return;
            }
            let idx0 = [h.r0.clone(), format!("({} + 0)", h.c0)];
            let mut t0 = Vec::new();
            e.ptr_terms(o.ptr, &idx0, &mut t0);
            let at0: Vec<Option<String>> = t0
                .iter()
                .zip(&h.deps)
                .map(|((v, i), d)| (*d == Dep::Sum).then(|| e.eval(*v, i)))
                .collect();
            e.line("#pragma unroll");
            e.open(format!(
                "for (int ox_i = 0; ox_i < {}; ++ox_i) {{",
                h.per_thread
            ));
            e.line(format!(
                "const int ox_r = ox_i * {} + {}, ox_c = {};",
                h.rows, h.r0, h.c0
            ));
            let idx = ["ox_r".to_string(), "(ox_c + 0)".to_string()];
            let mut tc = Vec::new();
            e.ptr_terms(o.ptr, &idx, &mut tc);
            let mut fixed = Vec::new();
            let mut lanes = h.lanes.iter();
            for (j, (v, i)) in tc.iter().enumerate() {
                match h.deps[j] {
                    Dep::Fixed | Dep::Lane => {
                        let x = e.eval(*v, i);
                        fixed.push(format!("(i64){x}"));
                    }
                    Dep::Sum => {
                        let (_, ty, ut) = ring(e, *v).unwrap_or((32, "i32", "u32"));
                        let x = e.eval(*v, i);
                        let x0 = at0[j].clone().unwrap_or_default();
                        let name = lanes.next().cloned().unwrap_or_default();
                        e.line(format!("{name}[ox_i] = ({ty})(({ut}){x} - ({ut}){x0});"));
                    }
                    _ => {}
                }
            }
            let sum = if fixed.is_empty() {
                "0".to_string()
            } else {
                fixed.join(" + ")
            };
            e.line(format!("{}[ox_i] = ox_opaque(p{param} + ({sum}));", h.base));
            e.clear_memo();
            e.close();
        });
        if !single {
            self.out.truncate(mark);
            return;
        }
        let block = self.out.split_off(mark);
        self.line(format!(
            "// pipeline: the addresses of %{}'s chunks less what the loop index adds",
            o.load.0
        ));
        self.line(format!(
            "const int {} = (int)((u32)tid / {cpr}u), {} = (int)((u32)tid % {cpr}u) * 8;",
            h.r0, h.c0
        ));
        self.line(format!("decltype(p{param}) {}[{}];", h.base, h.per_thread));
        for (j, name) in (0..terms.len())
            .filter(|j| h.deps[*j] == Dep::Sum)
            .zip(&h.lanes)
        {
            let (_, ty, _) = ring(self, terms[j].0).unwrap_or((32, "i32", "u32"));
            self.line(format!("{ty} {name}[{}];", h.per_thread));
        }
        self.line(format!(
            "const u32 {} = ox_smem_u32((u16*)(ox_smem + {} + {}) + {});",
            h.smem,
            pipe.base_token(),
            o.off,
            o.layout.index(&h.r0, &h.c0)
        ));
        self.out.push_str(&block);
        self.hoisted.insert(o.load, h);
    }

    /// In an issue block: the copies of hoisted operand `o` into stage `stage` (a C
    /// expression); `false` when it has no hoisted addresses.
    pub(super) fn issue_hoisted(&mut self, pipe: &Pipe, o: &Operand, stage: &str) -> bool {
        let Some(h) = self.hoisted.get(&o.load).cloned() else {
            return false;
        };
        let param = self.a.origin[o.ptr.index()].unwrap_or(0);
        // The terms that move with k, at the thread's first chunk, once per iteration.
        let idx0 = [h.r0.clone(), format!("({} + 0)", h.c0)];
        let mut t0 = Vec::new();
        self.ptr_terms(o.ptr, &idx0, &mut t0);
        let mut iter = Vec::new();
        let mut sums = Vec::new();
        for (j, (v, i)) in t0.iter().enumerate() {
            match h.deps[j] {
                Dep::Iter => {
                    let x = self.eval(*v, i);
                    iter.push(format!("(i64){x}"));
                }
                Dep::Sum => {
                    let x = self.eval(*v, i);
                    let (_, ty, ut) = ring(self, *v).unwrap_or((32, "i32", "u32"));
                    sums.push((x, ty, ut));
                }
                _ => {}
            }
        }
        let k = self.fresh("ox_k");
        let iter_sum = if iter.is_empty() {
            "0".to_string()
        } else {
            iter.join(" + ")
        };
        self.line(format!("const i64 {k} = {iter_sum};"));
        self.line("#pragma unroll");
        self.open(format!(
            "for (int ox_i = 0; ox_i < {}; ++ox_i) {{",
            h.per_thread
        ));
        self.clear_memo();
        self.line(format!(
            "const int ox_r = ox_i * {} + {}, ox_c = {};",
            h.rows, h.r0, h.c0
        ));
        let mut addr = format!("{}[ox_i] + ({k}", h.base);
        for ((x, ty, ut), l) in sums.iter().zip(&h.lanes) {
            addr.push_str(&format!(" + (i64)({ty})(({ut}){x} + ({ut}){l}[ox_i])"));
        }
        addr.push(')');
        let dst = format!(
            "{} + ({stage}) * {}u + (u32)ox_i * {}u",
            h.smem, pipe.stage_bytes, h.shift
        );
        match o.mask {
            None => self.line(format!("ox_cp_async16({dst}, {addr});")),
            Some(m) => {
                let idx = ["ox_r".to_string(), "(ox_c + 0)".to_string()];
                let u = self
                    .uniform_lanes(m, &idx, 8)
                    .unwrap_or_else(|| "false".to_string());
                self.line(format!("ox_cp_async16_zfill({dst}, {addr}, {u});"));
            }
        }
        let _ = param;
        self.clear_memo();
        self.close();
        true
    }
}

impl SmemLayout {
    /// The elements added to [`SmemLayout::index`] when the row goes up by `rows` (from any
    /// row whose area holds `rows` more), when that is a constant: always when pitched, for
    /// multiples of 8 rows when swizzled (the XOR pattern repeats every 8 rows).
    pub fn row_shift(&self, rows: u32) -> Option<u32> {
        match *self {
            SmemLayout::Pitched { pitch } => Some(rows * pitch),
            SmemLayout::Swizzled { width, esize, .. } => {
                rows.is_multiple_of(8).then_some(rows * width / esize)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The ring rules: sums of one-sided terms are `Sum`, products keep the side of a factor
    /// that depends on neither, and a product of the index and a lane is `Mixed`.
    #[test]
    fn dependence_follows_the_ring_rules() {
        use Dep::*;
        assert_eq!(Dep::sum(Iter, Lane), Sum);
        assert_eq!(Dep::sum(Sum, Lane), Sum);
        assert_eq!(Dep::sum(Fixed, Iter), Iter);
        assert_eq!(Dep::sum(Lane, Lane), Lane);
        assert_eq!(Dep::sum(Mixed, Fixed), Mixed);
        // (k + cols) * stride is separable; k * cols is not.
        assert_eq!(Dep::product(Dep::sum(Iter, Lane), Fixed), Sum);
        assert_eq!(Dep::product(Iter, Lane), Mixed);
        assert_eq!(Dep::product(Sum, Sum), Mixed);
        assert_eq!(Dep::product(Iter, Iter), Iter);
        // Any other op: one side only, or mixed.
        assert_eq!(Dep::any([Fixed, Lane, Lane]), Lane);
        assert_eq!(Dep::any([Iter, Fixed]), Iter);
        assert_eq!(Dep::any([Iter, Lane]), Mixed);
        assert_eq!(Dep::any([Sum]), Mixed);
        assert_eq!(Dep::any([]), Fixed);
    }

    /// `row_shift(R)` is what moving `R` rows adds to the layout's index, from every row and
    /// column of the area, for the pitched and every swizzled layout (evaluated with
    /// `index_value`, the prelude's arithmetic).
    #[test]
    fn row_shifts_match_the_layouts() {
        let layouts = [
            SmemLayout::Pitched { pitch: 72 },
            SmemLayout::swizzled(128, 64, 2),
            SmemLayout::swizzled(64, 256, 2),
            SmemLayout::swizzled(64, 32, 2),
            SmemLayout::swizzled(64, 16, 2),
        ];
        for l in layouts {
            let (rows, cols) = match l {
                SmemLayout::Swizzled { rows, width, esize } => (rows, 2 * width / esize),
                SmemLayout::Pitched { pitch } => (64, pitch),
            };
            for step in [8, 16, 32] {
                let s = l.row_shift(step).unwrap();
                for r in 0..rows - step {
                    for c in (0..cols.min(256)).step_by(8) {
                        assert_eq!(
                            l.index_value(r + step, c),
                            l.index_value(r, c) + s,
                            "{l:?} r {r} c {c} step {step}"
                        );
                    }
                }
            }
            if matches!(l, SmemLayout::Swizzled { .. }) {
                assert_eq!(l.row_shift(4), None, "{l:?}");
            }
        }
    }
}
