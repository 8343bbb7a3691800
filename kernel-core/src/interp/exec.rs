//! The executor: runs the instructions of one program at a time.

use std::io::Write;
use std::rc::Rc;

use crate::dtype::DType;
use crate::ir::{
    AtomicOp, BinaryOp, Block, ConstValue, Dim, Elem, FoldKind, FoldRef, Inst, Kernel, Op,
    RandKind, SrcLoc, ValueId, VarId,
};
use crate::numeric;
use crate::runtime::{Access, Grid, LaunchError, ProgramId, ScalarValue};

use super::InterpArg;
use super::lazy::{self, Form, Lazy};
use super::memory::{Memory, decode_floats, encode_floats};
use super::ops::{self, numel};
use super::value::{
    Data, Ptr, Tile, Val, empty_data, floats, from_bits, int_range, int_to_float, kind_matches,
    recycle, round_cast, to_bits, zero,
};

/// What a block tells its caller.
enum Flow {
    /// Continue with the next instruction.
    Next,
    /// A `return` ran: the program is over.
    Return,
}

/// A value's declared type, made concrete: element and shape in numbers.
#[derive(Clone, Debug, PartialEq)]
struct Decl {
    elem: Elem,
    shape: Vec<usize>,
}

/// Why a fold failed: an error of its body, or IR it cannot run (named with the op).
enum FoldError {
    Launch(LaunchError),
    Ir(String),
}

impl From<LaunchError> for FoldError {
    fn from(e: LaunchError) -> FoldError {
        FoldError::Launch(e)
    }
}

/// A value as the executor holds it: its elements, or a closed form of them.
#[derive(Clone, Debug)]
enum Slot {
    Tile(Rc<Tile>),
    Lazy(Rc<Lazy>),
}

pub(crate) struct Machine<'r, 'm> {
    kernel: &'r Kernel,
    values: Vec<Decl>,
    vars_decl: Vec<Decl>,
    env: Vec<Option<Slot>>,
    /// Keep index arithmetic in closed form ([`lazy`]); off only to test that it changes
    /// nothing.
    pub closed_forms: bool,
    vars: Vec<Option<Rc<Tile>>>,
    memory: &'r Memory<'m>,
    /// For each parameter: the memory slot of its buffer (`None` for scalars).
    param_slot: Vec<Option<usize>>,
    /// The tile each parameter's value starts as.
    param_tiles: Vec<Rc<Tile>>,
    grid: Grid,
    pid: ProgramId,
    /// The source location of the instruction running, for run-time errors.
    at: Option<SrcLoc>,
}

fn scalar_val(s: ScalarValue) -> Val {
    match s {
        ScalarValue::Bool(v) => Val::Bool(v),
        ScalarValue::I8(v) => Val::Int(v as i128),
        ScalarValue::I16(v) => Val::Int(v as i128),
        ScalarValue::I32(v) => Val::Int(v as i128),
        ScalarValue::I64(v) => Val::Int(v as i128),
        ScalarValue::U8(v) => Val::Int(v as i128),
        ScalarValue::U16(v) => Val::Int(v as i128),
        ScalarValue::U32(v) => Val::Int(v as i128),
        ScalarValue::U64(v) => Val::Int(v as i128),
        ScalarValue::F16(v) => Val::Float(numeric::f16_to_f64(v)),
        ScalarValue::BF16(v) => Val::Float(numeric::bf16_to_f64(v)),
        ScalarValue::F32(v) => Val::Float(numeric::f32_to_f64(v)),
        ScalarValue::F64(v) => Val::Float(v),
        ScalarValue::F8E4M3(v) => Val::Float(v.to_f64()),
        ScalarValue::F8E5M2(v) => Val::Float(v.to_f64()),
    }
}

impl<'r, 'm> Machine<'r, 'm> {
    /// Prepares a run: checks the arguments against the parameters and makes every declared
    /// type concrete (failing on symbolic dims: the kernel must be specialized).
    pub fn new(
        kernel: &'r Kernel,
        grid: Grid,
        args: &[InterpArg],
        memory: &'r Memory<'m>,
    ) -> Result<Self, LaunchError> {
        let invalid = |message: String| LaunchError::InvalidIr {
            kernel: kernel.name.clone(),
            message,
        };
        let concrete = |what: String, ty: &crate::ir::Type| -> Result<Decl, LaunchError> {
            let mut shape = Vec::with_capacity(ty.shape.len());
            for d in &ty.shape {
                match d {
                    Dim::Const(n) => shape.push(usize::try_from(*n).map_err(|_| {
                        invalid(format!("{what}: dimension {n} does not fit in memory"))
                    })?),
                    Dim::Sym(_) | Dim::Op(..) => {
                        return Err(invalid(format!(
                            "{what} has symbolic dimension `{d}`: the kernel is not specialized"
                        )));
                    }
                }
            }
            if numel(&shape).is_none() {
                return Err(invalid(format!("{what}: shape {shape:?} is too large")));
            }
            Ok(Decl {
                elem: ty.elem,
                shape,
            })
        };
        let values = kernel
            .values
            .iter()
            .enumerate()
            .map(|(i, t)| concrete(format!("value %{i}"), t))
            .collect::<Result<Vec<_>, _>>()?;
        let vars_decl = kernel
            .vars
            .iter()
            .enumerate()
            .map(|(i, t)| concrete(format!("variable {i}"), t))
            .collect::<Result<Vec<_>, _>>()?;

        if args.len() != kernel.params.len() {
            return Err(LaunchError::ArgCount {
                kernel: kernel.name.clone(),
                expected: kernel.params.len(),
                found: args.len(),
            });
        }
        let mut param_slot = Vec::with_capacity(args.len());
        let mut param_tiles = Vec::with_capacity(args.len());
        for (i, (param, arg)) in kernel.params.iter().zip(args).enumerate() {
            if !param.ty.shape.is_empty() || param.value.index() >= values.len() {
                return Err(invalid(format!("parameter `{}` is malformed", param.name)));
            }
            let wrong = |found: String| LaunchError::ArgType {
                kernel: kernel.name.clone(),
                arg: param.name.clone(),
                expected: match param.ty.elem {
                    Elem::Ptr(d) => format!("a buffer of {d}"),
                    Elem::Scalar(d) => format!("a scalar {d}"),
                },
                found,
            };
            match (param.ty.elem, arg) {
                (Elem::Ptr(d), InterpArg::Buffer(slot)) => {
                    let Some(bytes) = memory.len(*slot) else {
                        return Err(wrong(format!("memory slot {slot}, which does not exist")));
                    };
                    if bytes % d.size_bytes() != 0 {
                        return Err(wrong(format!(
                            "a buffer of {bytes} bytes, not a whole number of {d}"
                        )));
                    }
                    param_slot.push(Some(*slot));
                    param_tiles.push(Rc::new(Tile {
                        elem: Elem::Ptr(d),
                        shape: Vec::new(),
                        data: Data::Ptr(vec![Ptr {
                            param: i as u32,
                            offset: 0,
                        }]),
                    }));
                }
                (Elem::Scalar(d), InterpArg::Scalar(s)) if s.dtype() == d => {
                    param_slot.push(None);
                    param_tiles.push(Rc::new(Tile::scalar_of(d, scalar_val(*s))));
                }
                (_, InterpArg::Buffer(_)) => return Err(wrong("a buffer".into())),
                (_, InterpArg::Scalar(s)) => {
                    return Err(wrong(format!("a scalar {}", s.dtype())));
                }
            }
        }
        Ok(Machine {
            kernel,
            env: vec![None; values.len()],
            vars: vec![None; vars_decl.len()],
            values,
            vars_decl,
            memory,
            param_slot,
            param_tiles,
            grid,
            pid: ProgramId::default(),
            at: None,
            closed_forms: true,
        })
    }

    /// Runs every program of the grid, x fastest, each to completion.
    pub fn run(&mut self) -> Result<(), LaunchError> {
        for i in 0..self.programs() {
            self.run_program(i)?;
        }
        Ok(())
    }

    /// How many programs the grid has.
    pub fn programs(&self) -> u64 {
        u64::from(self.grid.x) * u64::from(self.grid.y) * u64::from(self.grid.z)
    }

    /// Runs program `i` of the grid's row-major order (x fastest), to completion.
    pub fn run_program(&mut self, i: u64) -> Result<(), LaunchError> {
        let (gx, gy) = (u64::from(self.grid.x), u64::from(self.grid.y));
        // Each coordinate is below its grid dimension, a u32.
        self.pid = ProgramId {
            x: (i % gx) as u32,
            y: (i / gx % gy) as u32,
            z: (i / (gx * gy)) as u32,
        };
        for v in &mut self.env {
            if let Some(Slot::Tile(t)) = v.take() {
                recycle(t);
            }
        }
        for v in &mut self.vars {
            if let Some(t) = v.take() {
                recycle(t);
            }
        }
        for (p, t) in self.kernel.params.iter().zip(&self.param_tiles) {
            self.env[p.value.index()] = Some(Slot::Tile(t.clone()));
        }
        let kernel = self.kernel;
        self.exec_block(&kernel.body)?;
        Ok(())
    }

    fn invalid(&self, message: impl Into<String>) -> LaunchError {
        LaunchError::InvalidIr {
            kernel: self.kernel.name.clone(),
            message: message.into(),
        }
    }

    fn slot(&self, v: ValueId) -> Result<&Slot, LaunchError> {
        self.env
            .get(v.index())
            .and_then(|t| t.as_ref())
            .ok_or_else(|| self.invalid(format!("value %{} used before its definition", v.0)))
    }

    /// A value's elements (a closed form is written out, once).
    fn val(&self, v: ValueId) -> Result<Rc<Tile>, LaunchError> {
        Ok(match self.slot(v)? {
            Slot::Tile(t) => t.clone(),
            Slot::Lazy(l) => l.tile(),
        })
    }

    /// A value in closed form: a lazy one, or a scalar; `None` for a tile of elements (or
    /// when closed forms are off).
    fn closed(&self, v: ValueId) -> Option<Rc<Lazy>> {
        if !self.closed_forms {
            return None;
        }
        match self.slot(v).ok()? {
            Slot::Lazy(l) => Some(l.clone()),
            Slot::Tile(t) => Lazy::of_scalar(t).map(Rc::new),
        }
    }

    /// A scalar of an integer dtype.
    fn scalar_int(&self, v: ValueId) -> Result<(DType, i128), LaunchError> {
        let t = self.val(v)?;
        match (&t.data, t.elem, t.shape.is_empty()) {
            (Data::Int(x), Elem::Scalar(d), true) => Ok((d, x[0])),
            _ => Err(self.invalid(format!("%{} is not an integer scalar", v.0))),
        }
    }

    fn scalar_bool(&self, v: ValueId) -> Result<bool, LaunchError> {
        let t = self.val(v)?;
        match (&t.data, t.shape.is_empty()) {
            (Data::Bool(x), true) => Ok(x[0]),
            _ => Err(self.invalid(format!("%{} is not a bool scalar", v.0))),
        }
    }

    fn dims(&self, shape: &[Dim]) -> Result<Vec<usize>, LaunchError> {
        shape
            .iter()
            .map(|d| match d {
                Dim::Const(n) => usize::try_from(*n)
                    .map_err(|_| self.invalid(format!("dimension {n} too large"))),
                Dim::Sym(_) | Dim::Op(..) => Err(self.invalid(format!(
                    "symbolic dimension `{d}`: the kernel is not specialized"
                ))),
            })
            .collect()
    }

    fn define(&mut self, inst: &Inst, tile: Rc<Tile>) -> Result<Flow, LaunchError> {
        if let Some(r) = inst.result {
            let decl = self
                .values
                .get(r.index())
                .ok_or_else(|| self.invalid(format!("result %{} has no declared type", r.0)))?;
            if decl.elem != tile.elem
                || decl.shape != tile.shape
                || !kind_matches(tile.elem, &tile.data)
            {
                return Err(self.invalid(format!(
                    "{} defining %{}: computes {}{:?} but the value is declared {}{:?}",
                    inst.op.name(),
                    r.0,
                    tile.elem,
                    tile.shape,
                    decl.elem,
                    decl.shape
                )));
            }
            if let Some(Slot::Tile(old)) = self.env[r.index()].replace(Slot::Tile(tile)) {
                recycle(old);
            }
        }
        Ok(Flow::Next)
    }

    /// Defines `inst`'s result as a closed form, after the same type check as [`Self::define`].
    fn define_lazy(&mut self, inst: &Inst, l: Lazy) -> Result<Flow, LaunchError> {
        if let Some(r) = inst.result {
            let decl = self
                .values
                .get(r.index())
                .ok_or_else(|| self.invalid(format!("result %{} has no declared type", r.0)))?;
            if decl.elem != l.elem || decl.shape != l.shape {
                // The general path reports the mismatch.
                return self.define(inst, l.tile());
            }
            self.env[r.index()] = Some(Slot::Lazy(Rc::new(l)));
        }
        Ok(Flow::Next)
    }

    fn exec_block(&mut self, block: &Block) -> Result<Flow, LaunchError> {
        for inst in block {
            if let Flow::Return = self.exec_inst(inst)? {
                return Ok(Flow::Return);
            }
        }
        Ok(Flow::Next)
    }

    /// Where the running instruction is in the kernel's source, as errors print it.
    fn here(&self) -> Option<String> {
        Some(self.at?.in_file(self.kernel.file.as_deref()))
    }

    fn exec_inst(&mut self, inst: &Inst) -> Result<Flow, LaunchError> {
        self.at = inst.loc;
        if self.closed_forms
            && let Some(flow) = self.exec_closed(inst)?
        {
            return Ok(flow);
        }
        let ctx = |m: String| format!("{}: {m}", inst.op.name());
        let tile: Tile = match &inst.op {
            Op::ProgramId { axis } | Op::NumPrograms { axis } => {
                let (p, g) = match axis {
                    0 => (self.pid.x, self.grid.x),
                    1 => (self.pid.y, self.grid.y),
                    2 => (self.pid.z, self.grid.z),
                    _ => return Err(self.invalid(format!("grid axis {axis} (must be 0, 1 or 2)"))),
                };
                let v = if matches!(inst.op, Op::ProgramId { .. }) {
                    p
                } else {
                    g
                };
                Tile::scalar_of(DType::I32, Val::Int(v as i128))
            }
            Op::Const { value, dtype } => self.constant(*value, *dtype)?,
            // The lanes of a program run in step here: every store is done and seen.
            Op::Barrier => return Ok(Flow::Next),
            // The reference checks everything: the front end's checks of hints run.
            Op::Checked => Tile::scalar_of(DType::Bool, Val::Bool(true)),
            // The facts are for code generators; the checks before it verified them.
            Op::Hint { value, .. } => (*self.val(*value)?).clone(),
            Op::StaticAssert { .. } => {
                return Err(self.invalid(
                    "a static assertion: the kernel is not specialized (specialization checks and removes them)",
                ));
            }
            Op::Call { .. } => {
                return Err(self.invalid(
                    "a call of a device function: the kernel is not specialized (specialization inlines calls)",
                ));
            }
            Op::ConstParam { name, .. } => {
                return Err(self.invalid(format!(
                    "const generic `{name}` is not substituted: the kernel is not specialized"
                )));
            }
            Op::Arange { len } => {
                let n = self.dims(std::slice::from_ref(len))?[0];
                if n > i32::MAX as usize + 1 {
                    return Err(self.invalid(format!("arange of {n} elements exceeds i32")));
                }
                Tile {
                    elem: Elem::Scalar(DType::I32),
                    shape: vec![n],
                    data: Data::Int((0..n as i128).collect()),
                }
            }
            Op::Broadcast { value, shape } => {
                let shape = self.dims(shape)?;
                ops::broadcast(&*self.val(*value)?, &shape).map_err(|m| self.invalid(ctx(m)))?
            }
            Op::ExpandDims { value, axis } => {
                let t = self.val(*value)?;
                let axis = *axis as usize;
                if axis > t.shape.len() {
                    return Err(self.invalid(ctx(format!(
                        "axis {axis} out of range for rank {}",
                        t.shape.len()
                    ))));
                }
                let mut t = (*t).clone();
                t.shape.insert(axis, 1);
                t
            }
            Op::Reshape { value, shape } => {
                let shape = self.dims(shape)?;
                let t = self.val(*value)?;
                if numel(&shape) != Some(t.data.len()) {
                    return Err(
                        self.invalid(ctx(format!("cannot reshape {:?} to {shape:?}", t.shape)))
                    );
                }
                let mut t = (*t).clone();
                t.shape = shape;
                t
            }
            Op::Permute { value, perm } => {
                ops::permute(&*self.val(*value)?, perm).map_err(|m| self.invalid(ctx(m)))?
            }
            Op::Sort {
                value,
                axis,
                descending,
            } => ops::sort(&*self.val(*value)?, *axis, *descending)
                .map_err(|m| self.invalid(ctx(m)))?,
            Op::Histogram { value, mask, bins } => {
                let bins = bins
                    .as_const()
                    .ok_or_else(|| self.invalid(ctx("symbolic bins".into())))?;
                let m = match mask {
                    Some(m) => Some(self.val(*m)?),
                    None => None,
                };
                ops::histogram(&*self.val(*value)?, m.as_deref(), bins)
                    .map_err(|e| self.invalid(ctx(e)))?
            }
            Op::Gather { src, index, axis } => {
                ops::gather(&*self.val(*src)?, &*self.val(*index)?, *axis)
                    .map_err(|m| self.invalid(ctx(m)))?
            }
            Op::Unary { op, value } => {
                ops::unary(*op, &*self.val(*value)?).map_err(|m| self.invalid(ctx(m)))?
            }
            Op::Binary { op, lhs, rhs } => ops::binary(*op, &*self.val(*lhs)?, &*self.val(*rhs)?)
                .map_err(|m| self.invalid(ctx(m)))?,
            Op::Cmp { op, lhs, rhs } => ops::cmp(*op, &*self.val(*lhs)?, &*self.val(*rhs)?)
                .map_err(|m| self.invalid(ctx(m)))?,
            Op::Fma { a, b, c } => ops::fma(&*self.val(*a)?, &*self.val(*b)?, &*self.val(*c)?)
                .map_err(|m| self.invalid(ctx(m)))?,
            Op::Select {
                cond,
                on_true,
                on_false,
            } => ops::select(
                &*self.val(*cond)?,
                &*self.val(*on_true)?,
                &*self.val(*on_false)?,
            )
            .map_err(|m| self.invalid(ctx(m)))?,
            Op::Cast { value, to } => {
                ops::cast(&*self.val(*value)?, *to).map_err(|m| self.invalid(ctx(m)))?
            }
            Op::Bitcast { value, to } => {
                ops::bitcast(&*self.val(*value)?, *to).map_err(|m| self.invalid(ctx(m)))?
            }
            Op::PtrAdd { ptr, offset } => ops::ptr_add(&*self.val(*ptr)?, &*self.val(*offset)?)
                .map_err(|m| self.invalid(ctx(m)))?,
            Op::Load {
                ptr, mask, other, ..
            } => self.load(*ptr, *mask, *other)?,
            Op::Store {
                ptr, value, mask, ..
            } => {
                self.store(*ptr, *value, *mask)?;
                return Ok(Flow::Next);
            }
            Op::Atomic {
                op,
                ptr,
                value,
                mask,
                ..
            } => self.atomic(*op, *ptr, *value, *mask)?,
            Op::AtomicCas {
                ptr,
                cmp,
                value,
                mask,
                ..
            } => self.atomic_cas(*ptr, *cmp, *value, *mask)?,
            Op::Reduce { op, value, axis } => {
                ops::reduce(*op, &*self.val(*value)?, *axis).map_err(|m| self.invalid(ctx(m)))?
            }
            Op::ArgReduce { op, value, axis } => ops::arg_reduce(*op, &*self.val(*value)?, *axis)
                .map_err(|m| self.invalid(ctx(m)))?,
            Op::Scan { op, value, axis } => {
                ops::scan(*op, &*self.val(*value)?, *axis).map_err(|m| self.invalid(ctx(m)))?
            }
            Op::Dot {
                a,
                b,
                acc,
                precision,
            } => ops::dot(
                &*self.val(*a)?,
                &*self.val(*b)?,
                &*self.val(*acc)?,
                *precision,
            )
            .map_err(|m| self.invalid(ctx(m)))?,
            Op::Rand { kind, seed, offset } => self.rand(*kind, *seed, *offset)?,
            Op::VarInit { var, init } | Op::VarStore { var, value: init } => {
                let t = self.val(*init)?;
                self.set_var(*var, t)?;
                return Ok(Flow::Next);
            }
            Op::VarLoad { var } => {
                let t = self
                    .vars
                    .get(var.index())
                    .and_then(|v| v.clone())
                    .ok_or_else(|| {
                        self.invalid(format!("variable {} read before initialization", var.0))
                    })?;
                return self.define(inst, t);
            }
            Op::For {
                index,
                start,
                end,
                step,
                body,
                ..
            } => return self.exec_for(*index, *start, *end, *step, body),
            Op::Fold { .. } => {
                let f = inst.op.as_fold().expect("a fold");
                self.exec_fold(&f).map_err(|e| match e {
                    FoldError::Launch(e) => e,
                    FoldError::Ir(m) => self.invalid(ctx(m)),
                })?;
                return Ok(Flow::Next);
            }
            Op::While {
                cond_block,
                cond,
                body,
            } => loop {
                // No iteration limit: like a GPU, the interpreter leaves a loop only through
                // its condition (or a `return` or an error inside it).
                if let Flow::Return = self.exec_block(cond_block)? {
                    return Ok(Flow::Return);
                }
                if !self.scalar_bool(*cond)? {
                    return Ok(Flow::Next);
                }
                if let Flow::Return = self.exec_block(body)? {
                    return Ok(Flow::Return);
                }
            },
            Op::If {
                cond,
                then_block,
                else_block,
            } => {
                let c = self.scalar_bool(*cond)?;
                return self.exec_block(if c { then_block } else { else_block });
            }
            Op::Return => return Ok(Flow::Return),
            Op::Assert { cond, message } => {
                let t = self.val(*cond)?;
                let Data::Bool(v) = &t.data else {
                    return Err(self.invalid(ctx("condition is not bool".into())));
                };
                if v.iter().any(|&b| !b) {
                    return Err(LaunchError::AssertionFailed {
                        kernel: self.kernel.name.clone(),
                        message: message.clone(),
                        program: self.pid,
                        at: self.here(),
                    });
                }
                return Ok(Flow::Next);
            }
            Op::Print { prefix, values } => {
                let mut line = format!(
                    "pid ({}, {}, {}) {prefix}",
                    self.pid.x, self.pid.y, self.pid.z
                );
                for v in values {
                    let t = self.val(*v)?;
                    line.push(' ');
                    line.push_str(&self.format_tile(&t));
                }
                let mut out = std::io::stdout().lock();
                // A closed stdout must not fail the launch: printing is best effort.
                let _ = writeln!(out, "{line}");
                return Ok(Flow::Next);
            }
        };
        self.define(inst, Rc::new(tile))
    }

    // ---- closed forms ------------------------------------------------------------------

    /// Runs `inst` on closed forms ([`lazy`]) when its operands have them and the op keeps
    /// them exact; `None` leaves it to the general path (which then computes the same bits).
    fn exec_closed(&mut self, inst: &Inst) -> Result<Option<Flow>, LaunchError> {
        let lazy = match &inst.op {
            Op::Arange { len } => {
                let Ok(n) = self.dims(std::slice::from_ref(len)) else {
                    return Ok(None);
                };
                if n[0] > i32::MAX as usize + 1 {
                    return Ok(None);
                }
                let form = Form::Affine {
                    base: 0,
                    strides: vec![1],
                };
                Lazy::new(Elem::Scalar(DType::I32), n, form)
            }
            // A hint's value is its operand's: shared, not copied.
            Op::Hint { value, .. } => match self.slot(*value)?.clone() {
                Slot::Tile(t) => return self.define(inst, t).map(Some),
                Slot::Lazy(l) => {
                    if let Some(r) = inst.result
                        && self.values.get(r.index())
                            == Some(&Decl {
                                elem: l.elem,
                                shape: l.shape.clone(),
                            })
                    {
                        self.env[r.index()] = Some(Slot::Lazy(l));
                        return Ok(Some(Flow::Next));
                    }
                    None
                }
            },
            Op::Broadcast { value, shape } => {
                let Ok(shape) = self.dims(shape) else {
                    return Ok(None);
                };
                match self.closed(*value) {
                    Some(src) => broadcast_closed(&src, shape),
                    None => {
                        // A mask of equal lanes (all in bounds, mostly) becomes a splat.
                        let t = self.val(*value)?;
                        match &t.data {
                            Data::Bool(v)
                                if !v.is_empty()
                                    && v.iter().all(|&b| b == v[0])
                                    && broadcast_strides(&t.shape, &shape).is_some() =>
                            {
                                Lazy::new(t.elem, shape, Form::Splat(Val::Bool(v[0])))
                            }
                            _ => None,
                        }
                    }
                }
            }
            Op::ExpandDims { value, axis } => self.closed(*value).and_then(|src| {
                let axis = *axis as usize;
                let mut shape = src.shape.clone();
                if axis > shape.len() {
                    return None;
                }
                shape.insert(axis, 1);
                let form = match &src.form {
                    Form::Affine { base, strides } => {
                        let mut strides = strides.clone();
                        strides.insert(axis, 0);
                        Form::Affine {
                            base: *base,
                            strides,
                        }
                    }
                    Form::Ptr {
                        param,
                        base,
                        strides,
                    } => {
                        let mut strides = strides.clone();
                        strides.insert(axis, 0);
                        Form::Ptr {
                            param: *param,
                            base: *base,
                            strides,
                        }
                    }
                    Form::Splat(v) => Form::Splat(*v),
                };
                Lazy::new(src.elem, shape, form)
            }),
            Op::Binary { op, lhs, rhs } => {
                let (Some(a), Some(b)) = (self.closed(*lhs), self.closed(*rhs)) else {
                    return Ok(None);
                };
                if a.shape != b.shape || a.elem != b.elem {
                    return Ok(None);
                }
                if let (Some(x), Some(y)) = (a.affine(), b.affine()) {
                    affine_binary(*op, x, y)
                        .and_then(|form| Lazy::new(a.elem, a.shape.clone(), form))
                } else {
                    // `true & m` is `m`, `false & m` is `false` (and so on for `|`).
                    let (sa, sb) = (a.splat(), b.splat());
                    let keep = |v: ValueId| self.slot(v).cloned();
                    let shared = match (op, sa, sb) {
                        (BinaryOp::And, Some(Val::Bool(true)), _)
                        | (BinaryOp::Or, Some(Val::Bool(false)), _) => Some(keep(*rhs)?),
                        (BinaryOp::And, _, Some(Val::Bool(true)))
                        | (BinaryOp::Or, _, Some(Val::Bool(false))) => Some(keep(*lhs)?),
                        (BinaryOp::And, Some(Val::Bool(false)), _)
                        | (BinaryOp::Or, Some(Val::Bool(true)), _) => Some(keep(*lhs)?),
                        (BinaryOp::And, _, Some(Val::Bool(false)))
                        | (BinaryOp::Or, _, Some(Val::Bool(true))) => Some(keep(*rhs)?),
                        _ => None,
                    };
                    match shared {
                        Some(Slot::Tile(t)) => return self.define(inst, t).map(Some),
                        Some(Slot::Lazy(l)) => Lazy::new(l.elem, l.shape.clone(), l.form.clone()),
                        None => None,
                    }
                }
            }
            Op::PtrAdd { ptr, offset } => {
                let (Some(p), Some(o)) = (self.closed(*ptr), self.closed(*offset)) else {
                    return Ok(None);
                };
                match (&p.form, o.affine()) {
                    (
                        Form::Ptr {
                            param,
                            base,
                            strides,
                        },
                        Some((ob, os)),
                    ) if p.shape == o.shape => {
                        let form = Form::Ptr {
                            param: *param,
                            base: base + ob,
                            strides: strides.iter().zip(os).map(|(a, b)| a + b).collect(),
                        };
                        Lazy::new(p.elem, p.shape.clone(), form)
                    }
                    _ => None,
                }
            }
            Op::Cmp { op, lhs, rhs } => {
                let (Some(a), Some(b)) = (self.closed(*lhs), self.closed(*rhs)) else {
                    return Ok(None);
                };
                let (Some((ab, as_)), Some((bb, bs))) = (a.affine(), b.affine()) else {
                    return Ok(None);
                };
                if a.shape != b.shape || a.elem != b.elem {
                    return Ok(None);
                }
                // Exact in i128: `a op b` is `a - b op 0`.
                let base = ab - bb;
                let strides: Vec<i128> = as_.iter().zip(bs).map(|(x, y)| x - y).collect();
                let Some((lo, hi)) = lazy::bounds(base, &strides, &a.shape) else {
                    return Ok(None);
                };
                let bool_t = Elem::Scalar(DType::Bool);
                if let Some(v) = all_same(*op, lo, hi) {
                    Lazy::new(bool_t, a.shape.clone(), Form::Splat(Val::Bool(v)))
                } else {
                    let mut out = Vec::new();
                    lazy::for_each(base, &strides, &a.shape, |x| out.push(op.holds(x, 0)));
                    let t = Tile {
                        elem: bool_t,
                        shape: a.shape.clone(),
                        data: Data::Bool(out),
                    };
                    return self.define(inst, Rc::new(t)).map(Some);
                }
            }
            _ => None,
        };
        match lazy {
            Some(l) => self.define_lazy(inst, l).map(Some),
            None => Ok(None),
        }
    }

    fn constant(&self, value: ConstValue, dtype: DType) -> Result<Tile, LaunchError> {
        let v = match (value, dtype) {
            (ConstValue::Int(i), d) if d.is_int() => {
                let (lo, hi) = int_range(d);
                if i < lo || i > hi {
                    return Err(self.invalid(format!("constant {i} does not fit {d}")));
                }
                Val::Int(i)
            }
            (ConstValue::Int(i), d) if d.is_float() => Val::Float(int_to_float(d, i)),
            (ConstValue::Int(i), DType::Bool) => Val::Bool(i != 0),
            (ConstValue::Float(x), d) if d.is_float() => Val::Float(round_cast(d, x)),
            (ConstValue::Bool(b), DType::Bool) => Val::Bool(b),
            (ConstValue::Bool(b), d) if d.is_float() => Val::Float(b as u8 as f64),
            (ConstValue::Bool(b), _) => Val::Int(b as i128),
            (ConstValue::Float(x), d) => {
                return Err(self.invalid(format!("float constant {x} of dtype {d}")));
            }
            // Unreachable by the guards above (every dtype is int, float or bool), but a
            // match on data must not panic.
            (ConstValue::Int(i), d) => {
                return Err(self.invalid(format!("constant {i} of dtype {d}")));
            }
        };
        Ok(Tile::scalar_of(dtype, v))
    }

    fn set_var(&mut self, var: VarId, t: Rc<Tile>) -> Result<(), LaunchError> {
        let decl = self
            .vars_decl
            .get(var.index())
            .ok_or_else(|| self.invalid(format!("variable {} is not declared", var.0)))?;
        if decl.elem != t.elem || decl.shape != t.shape {
            return Err(self.invalid(format!(
                "variable {} of type {}{:?} assigned {}{:?}",
                var.0, decl.elem, decl.shape, t.elem, t.shape
            )));
        }
        if let Some(old) = self.vars[var.index()].replace(t) {
            recycle(old);
        }
        Ok(())
    }

    fn exec_for(
        &mut self,
        index: ValueId,
        start: ValueId,
        end: ValueId,
        step: ValueId,
        body: &Block,
    ) -> Result<Flow, LaunchError> {
        let (d, start) = self.scalar_int(start)?;
        let (d2, end) = self.scalar_int(end)?;
        let (d3, step) = self.scalar_int(step)?;
        if d != d2 || d != d3 {
            return Err(self.invalid(format!("for bounds of dtypes {d}, {d2}, {d3}")));
        }
        if step <= 0 {
            return Err(LaunchError::BadLoopStep {
                kernel: self.kernel.name.clone(),
                step,
                program: self.pid,
                at: self.here(),
            });
        }
        let index_decl = Decl {
            elem: Elem::Scalar(d),
            shape: Vec::new(),
        };
        if self.values.get(index.index()) != Some(&index_decl) {
            return Err(self.invalid(format!("for index %{} is not declared {d}", index.0)));
        }
        // The induction variable lives in i128, so `i + step` cannot overflow even when `end`
        // is the dtype's maximum; every value the body sees is < end, hence in range.
        let mut i = start;
        while i < end {
            self.env[index.index()] = Some(Slot::Tile(Rc::new(Tile::scalar_of(d, Val::Int(i)))));
            if let Flow::Return = self.exec_block(body)? {
                return Ok(Flow::Return);
            }
            i += step;
        }
        Ok(Flow::Next)
    }

    /// Runs a `reduce_with`/`scan_with` (see [`Op::Fold`]): each line folded in ascending
    /// order by running the body once per element after the first, its parameters bound to
    /// scalars.
    fn exec_fold(&mut self, f: &FoldRef<'_>) -> Result<(), FoldError> {
        let n = f.values.len();
        let tiles = f
            .values
            .iter()
            .map(|v| self.val(*v))
            .collect::<Result<Vec<_>, _>>()?;
        let Some(first) = tiles.first() else {
            return Err(FoldError::Ir("no operands".into()));
        };
        if f.params.len() != 2 * n || f.yields.len() != n || f.results.len() != n {
            return Err(FoldError::Ir(format!(
                "{n} operands need {} parameters, {n} yields and {n} results",
                2 * n
            )));
        }
        let mut dtypes = Vec::new();
        for t in &tiles {
            match t.elem {
                Elem::Scalar(d) if t.shape == first.shape => dtypes.push(d),
                _ => return Err(FoldError::Ir("operands of different shapes".into())),
            }
        }
        let (outer, len, inner) = ops::split_axis(&first.shape, f.axis).map_err(FoldError::Ir)?;
        if len == 0 && f.kind == FoldKind::Reduce {
            return Err(FoldError::Ir("reduction over an empty axis".into()));
        }
        let scan = f.kind == FoldKind::Scan;
        let cap = if scan {
            first.data.len()
        } else {
            outer * inner
        };
        let mut out: Vec<Vec<Option<Val>>> = vec![vec![None; cap]; n];
        for o in 0..outer {
            for i in 0..inner {
                let mut acc: Vec<Val> = Vec::with_capacity(n);
                for k in 0..len {
                    let at = (o * len + k) * inner + i;
                    if k == 0 {
                        acc = tiles.iter().map(|t| t.data.get(at)).collect();
                    } else {
                        for (j, t) in tiles.iter().enumerate() {
                            let d = dtypes[j];
                            self.env[f.params[j].index()] =
                                Some(Slot::Tile(Rc::new(Tile::scalar_of(d, acc[j]))));
                            self.env[f.params[n + j].index()] =
                                Some(Slot::Tile(Rc::new(Tile::scalar_of(d, t.data.get(at)))));
                        }
                        if let Flow::Return = self.exec_block(f.body)? {
                            return Err(FoldError::Ir("a combine body cannot return".into()));
                        }
                        for (j, y) in f.yields.iter().enumerate() {
                            let t = self.val(*y)?;
                            if t.elem != Elem::Scalar(dtypes[j]) || !t.shape.is_empty() {
                                return Err(FoldError::Ir(format!(
                                    "yield %{} is {}{:?}, expected a {} scalar",
                                    y.0, t.elem, t.shape, dtypes[j]
                                )));
                            }
                            acc[j] = t.data.get(0);
                        }
                    }
                    if scan {
                        for j in 0..n {
                            out[j][at] = Some(acc[j]);
                        }
                    }
                }
                if !scan {
                    for j in 0..n {
                        out[j][o * inner + i] = Some(acc[j]);
                    }
                }
            }
        }
        let mut shape = first.shape.clone();
        if !scan {
            shape.remove(f.axis as usize);
        }
        for (j, vals) in out.into_iter().enumerate() {
            let elem = Elem::Scalar(dtypes[j]);
            let mut data = empty_data(elem, vals.len());
            for v in vals.into_iter().flatten() {
                data.push(v);
            }
            let r = f.results[j];
            let decl = Decl {
                elem,
                shape: shape.clone(),
            };
            if self.values.get(r.index()) != Some(&decl) {
                return Err(FoldError::Ir(format!(
                    "result %{} is not declared {elem}{shape:?}",
                    r.0
                )));
            }
            self.env[r.index()] = Some(Slot::Tile(Rc::new(Tile {
                elem,
                shape: shape.clone(),
                data,
            })));
        }
        Ok(())
    }

    // ---- memory ------------------------------------------------------------------------

    /// A pointer operand: its pointee dtype and lanes.
    fn pointers(&self, ptr: ValueId) -> Result<(DType, Rc<Tile>), LaunchError> {
        let t = self.val(ptr)?;
        match (t.elem, &t.data) {
            (Elem::Ptr(d), Data::Ptr(_)) => Ok((d, t)),
            _ => Err(self.invalid(format!("%{} is not a pointer", ptr.0))),
        }
    }

    /// A mask operand of shape `shape`, as lanes.
    fn mask(
        &self,
        mask: Option<ValueId>,
        shape: &[usize],
    ) -> Result<Option<Rc<Tile>>, LaunchError> {
        let Some(m) = mask else { return Ok(None) };
        let t = self.val(m)?;
        if !matches!(t.data, Data::Bool(_)) || t.shape != shape {
            return Err(self.invalid(format!("mask %{} is not bool of shape {shape:?}", m.0)));
        }
        Ok(Some(t))
    }

    /// A data operand of dtype `d` and shape `shape`.
    fn operand(&self, v: ValueId, d: DType, shape: &[usize]) -> Result<Rc<Tile>, LaunchError> {
        let t = self.val(v)?;
        if t.elem != Elem::Scalar(d) || t.shape != shape {
            return Err(self.invalid(format!(
                "%{} is {}{:?}, expected {d}{shape:?}",
                v.0, t.elem, t.shape
            )));
        }
        Ok(t)
    }

    /// Bounds-checks every active lane of one memory op *before* any lane touches memory, and
    /// returns each active lane's (memory slot, byte offset).
    fn locate(
        &self,
        access: Access,
        d: DType,
        ptrs: &Tile,
        mask: Option<&Tile>,
    ) -> Result<Vec<Option<(usize, usize)>>, LaunchError> {
        let Data::Ptr(lanes) = &ptrs.data else {
            return Err(self.invalid("pointer operand is not a pointer"));
        };
        let active = |i: usize| match mask.map(|m| &m.data) {
            Some(Data::Bool(m)) => m[i],
            _ => true,
        };
        let size = d.size_bytes();
        let mut out = Vec::with_capacity(lanes.len());
        // The lanes of a tile nearly always come from one parameter: its checks once.
        let mut last: Option<(u32, usize, usize)> = None;
        for (i, p) in lanes.iter().enumerate() {
            if !active(i) {
                out.push(None);
                continue;
            }
            let (slot, len) = match last {
                Some((param, slot, len)) if param == p.param => (slot, len),
                _ => {
                    let (slot, len) = self.buffer_of(p.param, d)?;
                    last = Some((p.param, slot, len));
                    (slot, len)
                }
            };
            if p.offset < 0 || p.offset as u64 >= len as u64 {
                let param = &self.kernel.params[p.param as usize];
                return Err(LaunchError::OutOfBounds {
                    kernel: self.kernel.name.clone(),
                    arg: param.name.clone(),
                    access,
                    offset: p.offset,
                    len,
                    program: self.pid,
                    at: self.here(),
                });
            }
            out.push(Some((slot, p.offset as usize * size)));
        }
        Ok(out)
    }

    /// The memory slot and length in elements of the buffer parameter `param`, which a
    /// `*d` pointer was derived from.
    fn buffer_of(&self, param: u32, d: DType) -> Result<(usize, usize), LaunchError> {
        let p = self
            .kernel
            .params
            .get(param as usize)
            .ok_or_else(|| self.invalid("pointer into a parameter that does not exist"))?;
        if p.ty.elem != Elem::Ptr(d) {
            return Err(self.invalid(format!(
                "a *{d} pointer derived from parameter `{}` of type {}",
                p.name, p.ty
            )));
        }
        let slot = self.param_slot[param as usize]
            .ok_or_else(|| self.invalid(format!("parameter `{}` is not a buffer", p.name)))?;
        Ok((slot, self.memory.len(slot).unwrap_or(0) / d.size_bytes()))
    }

    fn read(&self, d: DType, slot: usize, at: usize) -> Val {
        from_bits(d, self.memory.read(slot, at, d.size_bytes()))
    }

    fn write(&self, d: DType, slot: usize, at: usize, v: Val) {
        self.memory.write(slot, at, d.size_bytes(), to_bits(d, v));
    }

    /// The active lanes of a memory op in closed form: all, none, or per lane (`None` when
    /// the mask is malformed, which the general path reports).
    fn lanes(&self, mask: Option<ValueId>, shape: &[usize]) -> Option<Lanes> {
        let Some(m) = mask else {
            return Some(Lanes::All);
        };
        if let Some(l) = self.closed(m)
            && let Some(Val::Bool(b)) = l.splat()
            && l.shape == shape
        {
            return Some(if b { Lanes::All } else { Lanes::Nothing });
        }
        let t = self.val(m).ok()?;
        match &t.data {
            Data::Bool(_) if t.shape == shape => Some(Lanes::Some(t)),
            _ => None,
        }
    }

    /// A pointer operand in closed form, with its buffer, for the fast memory paths: `(d,
    /// slot, len, base, strides, shape)`. `None` sends the op to the general path (no closed
    /// form, or a pointer the general path will refuse).
    #[allow(clippy::type_complexity)]
    fn closed_pointer(&self, ptr: ValueId) -> Option<(DType, usize, usize, Rc<Lazy>)> {
        let p = self.closed(ptr)?;
        let (Form::Ptr { param, .. }, Elem::Ptr(d)) = (&p.form, p.elem) else {
            return None;
        };
        let (slot, len) = self.buffer_of(*param, d).ok()?;
        Some((d, slot, len, p))
    }

    /// Whether every active lane of the closed-form pointer `p` is inside a buffer of `len`
    /// elements (when not, the general path finds the first lane that is not, and reports
    /// it).
    fn closed_in_bounds(p: &Lazy, len: usize, lanes: &Lanes) -> bool {
        let Form::Ptr { base, strides, .. } = &p.form else {
            return false;
        };
        let len = len as i128;
        match lanes {
            Lanes::Nothing => true,
            Lanes::All => {
                lazy::bounds(*base, strides, &p.shape).is_some_and(|(lo, hi)| lo >= 0 && hi < len)
            }
            Lanes::Some(m) => {
                let Data::Bool(m) = &m.data else {
                    return false;
                };
                let (mut i, mut ok) = (0, true);
                lazy::for_each(*base, strides, &p.shape, |x| {
                    ok &= !m[i] || (0..len).contains(&x);
                    i += 1;
                });
                ok
            }
        }
    }

    /// A load through a closed-form pointer: no pointer per lane, bounds checked from the
    /// form, the elements read row by row. `None` leaves it to the general path.
    fn load_closed(
        &mut self,
        ptr: ValueId,
        mask: Option<ValueId>,
        other: Option<ValueId>,
    ) -> Result<Option<Tile>, LaunchError> {
        let Some((d, slot, len, p)) = self.closed_pointer(ptr) else {
            return Ok(None);
        };
        let Some(lanes) = self.lanes(mask, &p.shape) else {
            return Ok(None);
        };
        if !Self::closed_in_bounds(&p, len, &lanes) {
            return Ok(None);
        }
        let Form::Ptr { base, strides, .. } = &p.form else {
            return Ok(None);
        };
        // The value of an inactive lane: `other`'s, a splat or a tile, else zero.
        let other_splat = match other {
            None => Some(zero(d)),
            Some(o) => match self.closed(o) {
                Some(l) if l.shape == p.shape && l.elem == Elem::Scalar(d) => l.splat(),
                _ => None,
            },
        };
        let other_tile = match (other, other_splat) {
            (Some(o), None) => Some(self.operand(o, d, &p.shape)?),
            _ => None,
        };
        let size = d.size_bytes();
        let n = numel(&p.shape).unwrap_or(0);
        let mem = self.memory;
        // Every lane, rows contiguous: a row at a time.
        let rank = p.shape.len();
        if d.is_float() && matches!(lanes, Lanes::All) && rank > 0 && strides[rank - 1] == 1 {
            let inner = p.shape[rank - 1];
            let mut out = floats(n);
            let mut decoded = true;
            lazy::for_each(*base, &strides[..rank - 1], &p.shape[..rank - 1], |row| {
                let bytes = mem.bytes(slot, row as usize * size, inner * size);
                decoded &= decode_floats(d, bytes, &mut out);
            });
            if decoded {
                return Ok(Some(Tile {
                    elem: Elem::Scalar(d),
                    shape: p.shape.clone(),
                    data: Data::Float(out),
                }));
            }
        }
        let active = |i: usize| match &lanes {
            Lanes::All => true,
            Lanes::Nothing => false,
            Lanes::Some(m) => matches!(&m.data, Data::Bool(m) if m[i]),
        };
        let inactive = |i: usize| match (other_splat, &other_tile) {
            (Some(v), _) => v,
            (None, Some(t)) => t.data.get(i),
            (None, None) => zero(d),
        };
        let data = if d.is_float() {
            let mut out = floats(n);
            let mut i = 0;
            let mut gather = |decode: &dyn Fn(u64) -> f64| {
                lazy::for_each(*base, strides, &p.shape, |x| {
                    out.push(if active(i) {
                        decode(mem.read(slot, x as usize * size, size))
                    } else {
                        match inactive(i) {
                            Val::Float(f) => f,
                            _ => 0.0,
                        }
                    });
                    i += 1;
                })
            };
            // `from_bits`, with the dtype decided once.
            match d {
                DType::F32 => gather(&|b| numeric::f32_to_f64(f32::from_bits(b as u32))),
                DType::F64 => gather(&f64::from_bits),
                _ => gather(&|b| match from_bits(d, b) {
                    Val::Float(f) => f,
                    _ => 0.0,
                }),
            }
            Data::Float(out)
        } else {
            let mut out = empty_data(Elem::Scalar(d), n);
            let mut i = 0;
            lazy::for_each(*base, strides, &p.shape, |x| {
                out.push(if active(i) {
                    from_bits(d, mem.read(slot, x as usize * size, size))
                } else {
                    inactive(i)
                });
                i += 1;
            });
            out
        };
        Ok(Some(Tile {
            elem: Elem::Scalar(d),
            shape: p.shape.clone(),
            data,
        }))
    }

    /// A store through a closed-form pointer (as [`Self::load_closed`]); `false` leaves it
    /// to the general path. Every lane is checked before any is written.
    fn store_closed(
        &mut self,
        ptr: ValueId,
        value: ValueId,
        mask: Option<ValueId>,
    ) -> Result<bool, LaunchError> {
        let Some((d, slot, len, p)) = self.closed_pointer(ptr) else {
            return Ok(false);
        };
        let Some(lanes) = self.lanes(mask, &p.shape) else {
            return Ok(false);
        };
        if !Self::closed_in_bounds(&p, len, &lanes) {
            return Ok(false);
        }
        let Form::Ptr { base, strides, .. } = &p.form else {
            return Ok(false);
        };
        let v = self.operand(value, d, &p.shape)?;
        let size = d.size_bytes();
        let mem = self.memory;
        // Every lane, rows contiguous: a row at a time (the same writes, in the same
        // row-major order, as the loop below).
        let rank = p.shape.len();
        if let Data::Float(values) = &v.data
            && matches!(lanes, Lanes::All)
            && rank > 0
            && strides[rank - 1] == 1
            && matches!(d, DType::F32 | DType::F64 | DType::F16 | DType::BF16)
        {
            let inner = p.shape[rank - 1];
            let mut at = 0;
            lazy::for_each(*base, &strides[..rank - 1], &p.shape[..rank - 1], |row| {
                let bytes = mem.bytes(slot, row as usize * size, inner * size);
                encode_floats(d, &values[at..at + inner], bytes);
                at += inner;
            });
            return Ok(true);
        }
        // `to_bits`, with the dtype decided once for f32 tiles.
        let bits = |i: usize| match (&v.data, d) {
            (Data::Float(x), DType::F32) => u64::from(numeric::f64_to_f32(x[i]).to_bits()),
            (data, _) => to_bits(d, data.get(i)),
        };
        let mut i = 0;
        // Row-major order: when lanes collide, the highest lane's value stays.
        lazy::for_each(*base, strides, &p.shape, |x| {
            let on = match &lanes {
                Lanes::All => true,
                Lanes::Nothing => false,
                Lanes::Some(m) => matches!(&m.data, Data::Bool(m) if m[i]),
            };
            if on {
                mem.write(slot, x as usize * size, size, bits(i));
            }
            i += 1;
        });
        Ok(true)
    }

    fn load(
        &mut self,
        ptr: ValueId,
        mask: Option<ValueId>,
        other: Option<ValueId>,
    ) -> Result<Tile, LaunchError> {
        if let Some(t) = self.load_closed(ptr, mask, other)? {
            return Ok(t);
        }
        let (d, p) = self.pointers(ptr)?;
        let mask = self.mask(mask, &p.shape)?;
        let other = match other {
            Some(o) => Some(self.operand(o, d, &p.shape)?),
            None => None,
        };
        let at = self.locate(Access::Load, d, &p, mask.as_deref())?;
        if d.is_float() {
            // The float dtypes' loop: no `Val` per element.
            let size = d.size_bytes();
            let other = match other.as_ref().map(|o| &o.data) {
                Some(Data::Float(o)) => Some(o),
                _ => None,
            };
            let data = at
                .iter()
                .enumerate()
                .map(|(i, a)| match a {
                    Some((slot, off)) => {
                        let Val::Float(x) = from_bits(d, self.memory.read(*slot, *off, size))
                        else {
                            unreachable!("a float dtype decodes to a float")
                        };
                        x
                    }
                    None => other.map_or(0.0, |o| o[i]),
                })
                .collect();
            return Ok(Tile {
                elem: Elem::Scalar(d),
                shape: p.shape.clone(),
                data: Data::Float(data),
            });
        }
        let mut data = empty_data(Elem::Scalar(d), at.len());
        for (i, a) in at.iter().enumerate() {
            data.push(match a {
                Some((slot, off)) => self.read(d, *slot, *off),
                None => other.as_ref().map_or(zero(d), |o| o.data.get(i)),
            });
        }
        Ok(Tile {
            elem: Elem::Scalar(d),
            shape: p.shape.clone(),
            data,
        })
    }

    fn store(
        &mut self,
        ptr: ValueId,
        value: ValueId,
        mask: Option<ValueId>,
    ) -> Result<(), LaunchError> {
        if self.store_closed(ptr, value, mask)? {
            return Ok(());
        }
        let (d, p) = self.pointers(ptr)?;
        let v = self.operand(value, d, &p.shape)?;
        let mask = self.mask(mask, &p.shape)?;
        let at = self.locate(Access::Store, d, &p, mask.as_deref())?;
        // Row-major order: when lanes collide, the highest lane's value stays.
        for (i, a) in at.iter().enumerate() {
            if let Some((slot, off)) = a {
                self.write(d, *slot, *off, v.data.get(i));
            }
        }
        Ok(())
    }

    fn atomic(
        &mut self,
        op: AtomicOp,
        ptr: ValueId,
        value: ValueId,
        mask: Option<ValueId>,
    ) -> Result<Tile, LaunchError> {
        let (d, p) = self.pointers(ptr)?;
        let v = self.operand(value, d, &p.shape)?;
        let mask = self.mask(mask, &p.shape)?;
        let bop = match op {
            AtomicOp::Add => Some(BinaryOp::Add),
            AtomicOp::Max => Some(BinaryOp::Max),
            AtomicOp::Min => Some(BinaryOp::Min),
            AtomicOp::And => Some(BinaryOp::And),
            AtomicOp::Or => Some(BinaryOp::Or),
            AtomicOp::Xor => Some(BinaryOp::Xor),
            AtomicOp::Xchg => None,
        };
        // Check that the combination is defined before touching memory, so a malformed op
        // never leaves a half-applied update behind.
        if let Some(b) = bop
            && ops::binary_val(b, d, zero(d), zero(d)).is_none()
        {
            return Err(self.invalid(format!("atomic {op:?} is not defined on {d}")));
        }
        let at = self.locate(Access::Atomic, d, &p, mask.as_deref())?;
        let mut data = empty_data(Elem::Scalar(d), at.len());
        for (i, a) in at.iter().enumerate() {
            let Some((slot, off)) = *a else {
                data.push(zero(d));
                continue;
            };
            let _update = self.memory.lock(slot, off);
            let old = self.read(d, slot, off);
            let x = v.data.get(i);
            let new = match bop {
                Some(b) => ops::binary_val(b, d, old, x)
                    .ok_or_else(|| self.invalid(format!("atomic {op:?} on {d}")))?,
                None => x,
            };
            self.write(d, slot, off, new);
            data.push(old);
        }
        Ok(Tile {
            elem: Elem::Scalar(d),
            shape: p.shape.clone(),
            data,
        })
    }

    fn atomic_cas(
        &mut self,
        ptr: ValueId,
        cmp: ValueId,
        value: ValueId,
        mask: Option<ValueId>,
    ) -> Result<Tile, LaunchError> {
        let (d, p) = self.pointers(ptr)?;
        let c = self.operand(cmp, d, &p.shape)?;
        let v = self.operand(value, d, &p.shape)?;
        let mask = self.mask(mask, &p.shape)?;
        let at = self.locate(Access::Atomic, d, &p, mask.as_deref())?;
        let size = d.size_bytes();
        let mut data = empty_data(Elem::Scalar(d), at.len());
        for (i, a) in at.iter().enumerate() {
            let Some((slot, off)) = *a else {
                data.push(zero(d));
                continue;
            };
            // Compare bit patterns (the element's whole bytes; `to_bits` fills no others),
            // as hardware CAS does (so -0.0 != 0.0 and a NaN matches itself).
            let expect = to_bits(d, c.data.get(i));
            let _update = self.memory.lock(slot, off);
            let bits = self.memory.read(slot, off, size);
            if bits == expect {
                self.write(d, slot, off, v.data.get(i));
            }
            data.push(from_bits(d, bits));
        }
        Ok(Tile {
            elem: Elem::Scalar(d),
            shape: p.shape.clone(),
            data,
        })
    }

    fn rand(&self, kind: RandKind, seed: ValueId, offset: ValueId) -> Result<Tile, LaunchError> {
        let (_, seed) = self.scalar_int(seed)?;
        // Signed seeds are sign-extended to 64 bits, as Triton's cast to uint64.
        let seed = seed as u64;
        let off = self.val(offset)?;
        let Data::Int(offs) = &off.data else {
            return Err(self.invalid(format!("rand offset %{} is not an integer", offset.0)));
        };
        let counters = offs.iter().map(|&o| o as u32);
        let (elem, data) = match kind {
            RandKind::Int => (
                DType::U32,
                Data::Int(
                    counters
                        .map(|c| numeric::randint(seed, c) as i128)
                        .collect(),
                ),
            ),
            RandKind::Uniform => (
                DType::F32,
                Data::Float(
                    counters
                        .map(|c| numeric::rand_uniform(seed, c) as f64)
                        .collect(),
                ),
            ),
            RandKind::Normal => (
                DType::F32,
                Data::Float(counters.map(|c| numeric::randn(seed, c) as f64).collect()),
            ),
        };
        Ok(Tile {
            elem: Elem::Scalar(elem),
            shape: off.shape.clone(),
            data,
        })
    }

    // ---- printing ----------------------------------------------------------------------

    fn format_val(&self, elem: Elem, v: Val) -> String {
        match v {
            Val::Bool(b) => b.to_string(),
            Val::Int(i) => i.to_string(),
            Val::Float(x) => match elem {
                Elem::Scalar(DType::F64) => format!("{x:?}"),
                _ => format!("{:?}", x as f32),
            },
            Val::Ptr(p) => {
                let name = self
                    .kernel
                    .params
                    .get(p.param as usize)
                    .map_or("?", |p| p.name.as_str());
                format!("{name}+{}", p.offset)
            }
        }
    }

    fn format_tile(&self, t: &Tile) -> String {
        fn rec(m: &Machine<'_, '_>, t: &Tile, dim: usize, base: usize, out: &mut String) {
            if dim == t.shape.len() {
                out.push_str(&m.format_val(t.elem, t.data.get(base)));
                return;
            }
            let inner: usize = t.shape[dim + 1..].iter().product();
            out.push('[');
            for k in 0..t.shape[dim] {
                if k > 0 {
                    out.push_str(", ");
                }
                rec(m, t, dim + 1, base + k * inner, out);
            }
            out.push(']');
        }
        let mut s = String::new();
        rec(self, t, 0, 0, &mut s);
        s
    }
}

/// The strides, per dim of `to`, that read a tile of shape `from` broadcast to `to`
/// (`ops::broadcast`'s rule: dims aligned from the right, each equal or 1); `None` when the
/// broadcast is invalid. A stretched dim reads stride 0; `None` entries are the dims added on
/// the left.
fn broadcast_strides(from: &[usize], to: &[usize]) -> Option<Vec<Option<usize>>> {
    let (r, n) = (from.len(), to.len());
    if r > n {
        return None;
    }
    let mut out = vec![None; n];
    for (j, &d) in from.iter().enumerate() {
        let target = to[n - r + j];
        if d != target && d != 1 {
            return None;
        }
        out[n - r + j] = Some(j);
    }
    Some(out)
}

/// `src` broadcast to `shape`, in closed form.
fn broadcast_closed(src: &Lazy, shape: Vec<usize>) -> Option<Lazy> {
    let map = broadcast_strides(&src.shape, &shape)?;
    let stretch = |strides: &[i128]| -> Vec<i128> {
        map.iter()
            .map(|j| match j {
                Some(j) if src.shape[*j] != 1 => strides[*j],
                _ => 0,
            })
            .collect()
    };
    let form = match &src.form {
        Form::Affine { base, strides } => Form::Affine {
            base: *base,
            strides: stretch(strides),
        },
        Form::Ptr {
            param,
            base,
            strides,
        } => Form::Ptr {
            param: *param,
            base: *base,
            strides: stretch(strides),
        },
        Form::Splat(v) => Form::Splat(*v),
    };
    Lazy::new(src.elem, shape, form)
}

/// `a op b` of two affine integer forms, when the result is affine: sums, differences, and
/// products where one side is a constant (`Lazy::new` then checks the range).
fn affine_binary(
    op: BinaryOp,
    (ab, as_): (i128, &[i128]),
    (bb, bs): (i128, &[i128]),
) -> Option<Form> {
    let zip = |f: fn(i128, i128) -> Option<i128>| -> Option<Vec<i128>> {
        as_.iter().zip(bs).map(|(&x, &y)| f(x, y)).collect()
    };
    let (base, strides) = match op {
        BinaryOp::Add => (ab.checked_add(bb)?, zip(i128::checked_add)?),
        BinaryOp::Sub => (ab.checked_sub(bb)?, zip(i128::checked_sub)?),
        BinaryOp::Mul if bs.iter().all(|&s| s == 0) => (
            ab.checked_mul(bb)?,
            as_.iter()
                .map(|&s| s.checked_mul(bb))
                .collect::<Option<_>>()?,
        ),
        BinaryOp::Mul if as_.iter().all(|&s| s == 0) => (
            ab.checked_mul(bb)?,
            bs.iter()
                .map(|&s| s.checked_mul(ab))
                .collect::<Option<_>>()?,
        ),
        _ => return None,
    };
    Some(Form::Affine { base, strides })
}

/// Whether `x op 0` has one answer for every `x` in `lo..=hi`: that answer.
fn all_same(op: crate::ir::CmpOp, lo: i128, hi: i128) -> Option<bool> {
    use crate::ir::CmpOp;
    match op {
        CmpOp::Lt if hi < 0 => Some(true),
        CmpOp::Lt if lo >= 0 => Some(false),
        CmpOp::Le if hi <= 0 => Some(true),
        CmpOp::Le if lo > 0 => Some(false),
        CmpOp::Gt if lo > 0 => Some(true),
        CmpOp::Gt if hi <= 0 => Some(false),
        CmpOp::Ge if lo >= 0 => Some(true),
        CmpOp::Ge if hi < 0 => Some(false),
        CmpOp::Eq if lo == 0 && hi == 0 => Some(true),
        CmpOp::Eq if lo > 0 || hi < 0 => Some(false),
        CmpOp::Ne if lo == 0 && hi == 0 => Some(false),
        CmpOp::Ne if lo > 0 || hi < 0 => Some(true),
        _ => None,
    }
}

/// Which lanes of a memory op are active.
enum Lanes {
    All,
    Nothing,
    /// Per lane: a bool tile of the op's shape.
    Some(Rc<Tile>),
}
