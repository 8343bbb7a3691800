//! The plans the analysis and the [`Emitter`](super::emit::Emitter) hold: the tensor-core
//! fragments a value or variable lives in ([`MmaInfo`], and the rule of [`class_of`] and
//! [`plan_vars`] that decides it), the row vectors of those fragments ([`RowLayout`]), a
//! loop's software pipeline ([`Pipe`]) and its hoisted copies ([`Hoisted`]).
//!
//! They are defined apart from the code that emits them (the `impl Emitter` blocks of
//! `fragments`, `rows` and `pipeline`, whose module docs describe them), so that `emit`
//! depends on none of those modules: they use `emit`'s `Emitter` and `Kind`, `emit` uses
//! only these types, and this module uses neither. Nothing here writes code.

use kernel_core::DType;
use kernel_core::ir::{Block, DotPrecision, Kernel, Op, ReduceOp, ValueId};

use super::analysis::{Analysis, walk};
use super::mma::{MmaKind, MmaPlan, SmemLayout};
use super::{EXACT_REDUCE_LEN, Options};

/// The shape of a tensor-core `dot` whose result is held in fragments.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct MmaInfo {
    /// Rows of the result.
    pub m: u32,
    /// Columns of the result.
    pub n: u32,
    /// The reduction length.
    pub k: u32,
    /// The operand kind (f16, bf16, i8, u8, fp8, tf32).
    pub kind: MmaKind,
    /// f32 registers per thread.
    pub frag_len: u32,
}

impl MmaInfo {
    /// The tensor-core plan of this shape under `opts`.
    pub(crate) fn plan(&self, opts: &Options) -> Option<MmaPlan> {
        MmaPlan::new(self.m, self.n, self.k, self.kind, opts.num_warps, opts.arch)
    }
}

/// The `MmaInfo` of a `dot` of `a` by `b` (factors of `precision`) into an f32 or i32
/// accumulator, when tensor cores take it.
pub(crate) fn mma_info(
    k: &Kernel,
    a: &Analysis,
    opts: &Options,
    (x, y, acc): (ValueId, ValueId, ValueId),
    precision: DotPrecision,
) -> Option<MmaInfo> {
    let ad = &a.dims[x.index()];
    let bd = &a.dims[y.index()];
    let kind = MmaKind::of(k.ty(x).dtype()?, k.ty(acc).dtype()?, precision)?;
    if k.ty(y).dtype() != k.ty(x).dtype() || ad.len() != 2 || bd.len() != 2 {
        return None;
    }
    let (m, kk, n) = (ad[0] as u32, ad[1] as u32, bd[1] as u32);
    let plan = MmaPlan::new(m, n, kk, kind, opts.num_warps, opts.arch)?;
    Some(MmaInfo {
        m,
        n,
        k: kk,
        kind,
        frag_len: plan.frag_len(),
    })
}

/// Which rows of an `M`-row fragment layout each thread holds (see `rows`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) struct RowLayout {
    /// Rows of the vector.
    pub m: u32,
    /// Warps along M in the warp grid.
    pub wm: u32,
    /// Warps of the block.
    pub warps: u32,
    /// A `wgmma` plan's rows: warpgroup `w / 4` owns `4 * WTM` rows, warp `w % 4` of it 16
    /// rows of each 64-row instruction (see `wgmma`).
    pub wg: bool,
}

impl RowLayout {
    /// The row layout of a plan's fragments.
    pub fn of(plan: &MmaPlan) -> RowLayout {
        RowLayout {
            m: plan.m,
            wm: plan.wm,
            warps: plan.warps,
            wg: plan.wg,
        }
    }

    /// Rows per warp tile.
    fn wtm(&self) -> u32 {
        self.m / self.wm
    }

    /// Registers per thread.
    pub fn len(&self) -> u32 {
        2 * (self.wtm() / 16)
    }

    /// The warp grid row of thread `tid` (C expression).
    fn warp_row(&self) -> String {
        if self.wm == 1 {
            "0".into()
        } else if self.wm == self.warps {
            "(tid >> 5)".into()
        } else {
            format!("((tid >> 5) % {})", self.wm)
        }
    }

    /// The warp grid column of thread `tid` (C expression), and the grid's width.
    pub fn warp_col(&self) -> (String, u32) {
        let wn = self.warps / self.wm;
        let c = if wn == 1 {
            "0".into()
        } else if self.wm == 1 {
            "(tid >> 5)".into()
        } else {
            format!("((tid >> 5) / {})", self.wm)
        };
        (c, wn)
    }

    /// The row held in register `ri` by thread `tid` (C expression).
    pub fn row(&self, ri: u32) -> String {
        if self.wg && self.wtm() > 16 {
            return format!(
                "((tid >> 7) * {} + ((tid >> 5) & 3) * 16 + ((tid & 31) >> 2) + {})",
                4 * self.wtm(),
                (ri / 2) * 64 + 8 * (ri % 2)
            );
        }
        format!(
            "({} * {} + ((tid & 31) >> 2) + {})",
            self.warp_row(),
            self.wtm(),
            (ri / 2) * 16 + 8 * (ri % 2)
        )
    }
}

/// The form a value is held in, as far as fragments are concerned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Class {
    /// Not known yet (a variable before the planner has seen its stores).
    Top,
    /// A scalar, or a lazy tile: fits any form (evaluated where needed).
    Free,
    /// Tensor-core fragments of this shape.
    Mma(MmaInfo),
    /// A row vector of this layout.
    Row(RowLayout),
    /// The blocked layout.
    Other,
}

/// The class of the result of `op` (result `r`), given its operands' classes (see `rows`,
/// "Which values"). `class` gives an operand's class.
pub(crate) fn class_of(
    k: &Kernel,
    a: &Analysis,
    opts: &Options,
    r: ValueId,
    op: &Op,
    class: &dyn Fn(ValueId) -> Class,
) -> Class {
    let dims = |v: ValueId| a.dims[v.index()].clone();
    let rd = dims(r);
    match op {
        Op::Dot {
            a: x,
            b: y,
            acc,
            precision,
        } => match mma_info(k, a, opts, (*x, *y, *acc), *precision) {
            Some(info) => Class::Mma(info),
            None => Class::Other,
        },
        Op::Reduce {
            op: ro,
            value,
            axis: 1,
        } => {
            let Class::Mma(info) = class(*value) else {
                return Class::Other;
            };
            let vd = dims(*value);
            let reduces = match ro {
                ReduceOp::Max | ReduceOp::Min => true,
                ReduceOp::Sum => vd.get(1).is_some_and(|&n| n > EXACT_REDUCE_LEN),
                _ => false,
            };
            let f32_ = k.ty(r).dtype() == Some(DType::F32);
            match info.plan(opts) {
                Some(plan) if reduces && f32_ && vd.len() == 2 => Class::Row(RowLayout::of(&plan)),
                _ => Class::Other,
            }
        }
        Op::ExpandDims { value, axis: 1 } if rd.len() == 2 => match class(*value) {
            Class::Row(l) => Class::Row(l),
            _ => Class::Other,
        },
        Op::Broadcast { value, .. } => {
            let vd = dims(*value);
            match class(*value) {
                Class::Row(l) if vd.len() == 2 && vd[1] == 1 && rd.len() == 2 && rd[0] == vd[0] => {
                    Class::Row(l)
                }
                _ => Class::Other,
            }
        }
        // Elementwise ops on numbers (pointers and bit reinterpretations never meet a
        // fragment or a row vector).
        op if op.is_elementwise() && !matches!(op, Op::Bitcast { .. } | Op::PtrAdd { .. }) => {
            let operands = op.operands();
            let classes: Vec<(ValueId, Class)> = operands.iter().map(|v| (*v, class(*v))).collect();
            let mma = classes.iter().find_map(|(_, c)| match c {
                Class::Mma(i) => Some(i.clone()),
                _ => None,
            });
            if let Some(info) = mma {
                let Some(plan) = info.plan(opts) else {
                    return Class::Other;
                };
                let rows = RowLayout::of(&plan);
                // f32 accumulators hold f16 and bf16 results as f32 (as the blocked layout
                // does); i32 accumulators, i32 results.
                let float = match info.kind.acc_ty() {
                    "f32" => matches!(k.ty(r).dtype(), Some(DType::F32 | DType::F16 | DType::BF16)),
                    _ => k.ty(r).dtype() == Some(DType::I32),
                };
                let fits = classes.iter().all(|(v, c)| match c {
                    Class::Top | Class::Free => true,
                    Class::Mma(i) => *i == info,
                    Class::Row(l) => *l == rows && dims(*v) == rd,
                    Class::Other => false,
                });
                return if float && fits && rd.len() == 2 {
                    Class::Mma(info)
                } else {
                    Class::Other
                };
            }
            let row = classes.iter().find_map(|(_, c)| match c {
                Class::Row(l) => Some(*l),
                _ => None,
            });
            if let Some(l) = row {
                // Lazy operands must be constant along axis 1 (evaluated at column 0).
                let const_along = rd.len() == 1 || rd.get(1) == Some(&1);
                let fits = classes.iter().all(|(v, c)| match c {
                    Class::Top => true,
                    Class::Free => const_along || dims(*v).is_empty(),
                    Class::Row(x) => *x == l,
                    _ => false,
                });
                return if fits && rd.first() == Some(&(l.m as u64)) {
                    Class::Row(l)
                } else {
                    Class::Other
                };
            }
            if classes.iter().any(|(_, c)| *c == Class::Top)
                && classes
                    .iter()
                    .all(|(_, c)| matches!(c, Class::Top | Class::Free))
            {
                return Class::Top;
            }
            Class::Other
        }
        _ => Class::Other,
    }
}

/// For every variable: the fragment plan or row layout it lives in across iterations, when
/// every value stored to it is of that form (scalars and lazy tiles fit any). A fixed point
/// over the kernel: a variable read in a loop takes the form of what the loop stores. Also,
/// for every value, the fragment plan the same rule gives it (what the emitter will hold it
/// in; the pipeline planner needs it for a `dot`'s accumulator before it is emitted).
pub(crate) fn plan_vars(k: &Kernel, a: &Analysis, opts: &Options) -> Forms {
    let nv = k.values.len();
    let mut vars = vec![Class::Top; k.vars.len()];
    let mut cls: Vec<Class> = vec![Class::Other; nv];
    for _ in 0..8 {
        cls = vec![Class::Other; nv];
        for p in &k.params {
            cls[p.value.index()] = Class::Free;
        }
        let mut stored = vec![Class::Top; k.vars.len()];
        walk(&k.body, &mut |inst| {
            match &inst.op {
                Op::VarInit { var, init: value } | Op::VarStore { var, value } => {
                    let c = match &cls[value.index()] {
                        Class::Free => Class::Top,
                        c => c.clone(),
                    };
                    let s = &mut stored[var.index()];
                    *s = meet(s, &c);
                }
                _ => {}
            }
            let Some(r) = inst.result else { return };
            let free = a.dims[r.index()].is_empty() || a.lazy[r.index()];
            cls[r.index()] = match &inst.op {
                _ if free => Class::Free,
                Op::VarLoad { var } => vars[var.index()].clone(),
                op => class_of(k, a, opts, r, op, &|v| cls[v.index()].clone()),
            };
        });
        if stored == vars {
            break;
        }
        vars = stored;
    }
    let mut mma = vec![None; k.vars.len()];
    let mut rows = vec![None; k.vars.len()];
    for (i, c) in vars.into_iter().enumerate() {
        let vd = &a.var_dims[i];
        match c {
            Class::Mma(info) if vd.len() == 2 => mma[i] = Some(info),
            Class::Row(l) if vd.len() == 1 && vd[0] == l.m as u64 => rows[i] = Some(l),
            _ => {}
        }
    }
    let vals = cls
        .into_iter()
        .map(|c| match c {
            Class::Mma(info) => Some(info),
            _ => None,
        })
        .collect();
    Forms {
        var_mma: mma,
        var_row: rows,
        mma_class: vals,
    }
}

/// What [`plan_vars`] finds.
pub(crate) struct Forms {
    /// Per variable: the fragment plan it lives in, if any.
    pub var_mma: Vec<Option<MmaInfo>>,
    /// Per variable: the row layout it lives in, if any.
    pub var_row: Vec<Option<RowLayout>>,
    /// Per value: the fragment plan the rule gives it, if any.
    pub mma_class: Vec<Option<MmaInfo>>,
}

/// The greatest lower bound of two classes (`Top` above all, `Other` below).
fn meet(a: &Class, b: &Class) -> Class {
    match (a, b) {
        (Class::Top, x) | (x, Class::Top) => x.clone(),
        (x, y) if x == y => x.clone(),
        _ => Class::Other,
    }
}

/// One pipelined factor: the load, its operands, and where it goes in a stage.
#[derive(Clone, Debug)]
pub(crate) struct Operand {
    pub load: ValueId,
    pub ptr: ValueId,
    pub mask: Option<ValueId>,
    pub other: Option<ValueId>,
    /// A run-time condition making the pointer contiguous along the last axis, if any.
    pub coef_cond: Option<ValueId>,
    /// How the staged copy is laid out.
    pub layout: SmemLayout,
    /// Byte offset in a stage.
    pub off: u64,
}

/// One `dot` of a pipelined loop.
#[derive(Clone, Debug)]
pub(crate) struct PipeDot {
    /// The `dot` result.
    pub dot: ValueId,
    pub info: MmaInfo,
    /// A and B: pipelined, or staged from registers (`None`). A B given as the transpose of
    /// a load (`Emitter::trans_b`) is that load, copied as B^T.
    pub ops: [Option<Operand>; 2],
    /// A and B: when not pipelined but defined before the loop (attention's `q`), staged
    /// once before it, at this byte offset of the resident part of the region.
    pub resident: [Option<Resident>; 2],
}

/// A `dot` factor that does not change in the loop, staged once before it.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Resident {
    pub value: ValueId,
    pub layout: SmemLayout,
    pub cols: u64,
    /// Byte offset in the resident part (after the stages).
    pub off: u64,
}

/// A pipelined loop (see `pipeline`).
#[derive(Clone, Debug)]
pub(crate) struct Pipe {
    /// Its pipelined `dot`s, in program order.
    pub dots: Vec<PipeDot>,
    pub body: Block,
    pub stages: u32,
    /// Bytes of one stage.
    pub stage_bytes: u64,
    /// Alignment of the region's base in bytes (1024 for wgmma's swizzled factors).
    pub align: u64,
    /// Bytes of the resident factors, after the stages.
    pub resident_bytes: u64,
    pub index: ValueId,
    /// The variable its one `dot` accumulates into in place, when that `dot`'s wait is
    /// deferred by an iteration (see `pipeline`, "Overlap").
    pub deferred: Option<usize>,
    /// C names: the iteration counter, the loop's end and step.
    pub counter: String,
    pub hi: String,
    pub st: String,
    pub ty: &'static str,
    pub ut: &'static str,
}

impl Pipe {
    /// The placeholder of the region's byte offset in the generated code.
    pub fn base_token(&self) -> String {
        format!("OX_PIPE_BASE_{}", self.counter)
    }

    /// Bytes of the region.
    pub fn bytes(&self) -> u64 {
        self.stages as u64 * self.stage_bytes + self.resident_bytes
    }

    /// The C pointer (`const unsigned short*`) to a resident factor.
    pub fn resident_ptr(&self, r: &Resident) -> String {
        format!(
            "((const unsigned short*)(ox_smem + {} + {}))",
            self.base_token(),
            self.stages as u64 * self.stage_bytes + r.off
        )
    }

    /// Whether `v` is one of the pipelined loads.
    pub fn is_load(&self, v: ValueId) -> bool {
        self.operands().any(|o| o.load == v)
    }

    pub fn operands(&self) -> impl Iterator<Item = &Operand> {
        self.dots.iter().flat_map(|d| d.ops.iter().flatten())
    }
}

/// How a value depends on the loop index `k` and on the lane (the element's coordinates).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Dep {
    /// Neither: the same for every lane and iteration.
    Fixed,
    /// Only on `k`: the same for every lane.
    Iter,
    /// Only on the lane.
    Lane,
    /// `U(k) + L(lane)` in the value's integer ring (wrapping): no product of the two.
    Sum,
    /// Anything else.
    Mixed,
}

impl Dep {
    /// A value computed from operands depending as `ds` by any op: one-sided or mixed.
    pub fn any(ds: impl IntoIterator<Item = Dep>) -> Dep {
        let (mut iter, mut lane) = (false, false);
        for d in ds {
            match d {
                Dep::Fixed => {}
                Dep::Iter => iter = true,
                Dep::Lane => lane = true,
                Dep::Sum | Dep::Mixed => return Dep::Mixed,
            }
        }
        match (iter, lane) {
            (true, true) => Dep::Mixed,
            (true, false) => Dep::Iter,
            (false, true) => Dep::Lane,
            (false, false) => Dep::Fixed,
        }
    }

    /// `a + b` (or `a - b`) in a ring.
    pub fn sum(a: Dep, b: Dep) -> Dep {
        match (a, b) {
            (Dep::Mixed, _) | (_, Dep::Mixed) => Dep::Mixed,
            (Dep::Fixed, x) | (x, Dep::Fixed) => x,
            (x, y) if x == y => x,
            _ => Dep::Sum,
        }
    }

    /// `a * b` in a ring.
    pub fn product(a: Dep, b: Dep) -> Dep {
        match (a, b) {
            (Dep::Fixed, x) | (x, Dep::Fixed) => x,
            (x, y) => Dep::any([x, y]),
        }
    }
}

/// A hoisted copy (see `pipeline::hoist`): the C names set up before the loop.
#[derive(Clone, Debug)]
pub(crate) struct Hoisted {
    /// Per chunk of the thread: its base pointer (the terms independent of `k`).
    pub base: String,
    /// Per `Sum` term, in walk order: per chunk, `t(0, c) - t(0, c0)`.
    pub lanes: Vec<String>,
    /// The thread's first chunk's shared-memory address in stage 0.
    pub smem: String,
    /// The row and column of the thread's first chunk.
    pub r0: String,
    pub c0: String,
    /// Rows from one of the thread's chunks to the next, and the bytes that adds.
    pub rows: u64,
    pub shift: u64,
    /// Chunks per thread.
    pub per_thread: u64,
    /// Per term in walk order: how it depends.
    pub deps: Vec<Dep>,
}
