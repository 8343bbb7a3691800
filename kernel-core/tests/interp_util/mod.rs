//! A small IR builder for the interpreter and runtime tests: builds kernels by hand, with
//! result types inferred for the ops the tests use, and launch helpers.
#![allow(dead_code)]

use kernel_core::dtype::{DType, Element};
use kernel_core::ir::*;
use kernel_core::runtime::{self, Arg, Buffer, Device, Grid, KernelDef, LaunchError};

/// Kernel builder.
pub struct KB {
    pub k: Kernel,
    blocks: Vec<Block>,
}

pub fn dims(v: &[u64]) -> Vec<Dim> {
    v.iter().map(|&d| Dim::Const(d)).collect()
}

impl KB {
    pub fn new(name: &str) -> KB {
        KB {
            k: Kernel {
                name: name.to_string(),
                consts: vec![],
                params: vec![],
                values: vec![],
                vars: vec![],
                body: vec![],
                file: None,
                functions: Vec::new(),
            },
            blocks: vec![vec![]],
        }
    }

    fn new_value(&mut self, ty: Type) -> ValueId {
        let id = ValueId(self.k.values.len() as u32);
        self.k.values.push(ty);
        id
    }

    pub fn ptr_param(&mut self, name: &str, d: DType) -> ValueId {
        let v = self.new_value(Type::ptr(d));
        self.k.params.push(Param {
            name: name.into(),
            ty: Type::ptr(d),
            value: v,
        });
        v
    }

    pub fn scalar_param(&mut self, name: &str, d: DType) -> ValueId {
        let v = self.new_value(Type::scalar(d));
        self.k.params.push(Param {
            name: name.into(),
            ty: Type::scalar(d),
            value: v,
        });
        v
    }

    pub fn const_generic(&mut self, name: &str, d: DType) {
        self.k.consts.push(ConstParam {
            name: name.into(),
            dtype: d,
        });
    }

    pub fn ty(&self, v: ValueId) -> Type {
        self.k.values[v.index()].clone()
    }

    pub fn finish(mut self) -> Kernel {
        self.k.body = self.blocks.pop().unwrap();
        assert!(self.blocks.is_empty());
        self.k
    }

    fn push(&mut self, inst: Inst) {
        self.blocks.last_mut().unwrap().push(inst);
    }

    /// Emits an op with a result, inferring its type.
    pub fn emit(&mut self, op: Op) -> ValueId {
        let ty = self.infer(&op);
        let r = self.new_value(ty);
        self.push(Inst::new(Some(r), op));
        r
    }

    /// Emits an op without a result.
    pub fn emit_void(&mut self, op: Op) {
        self.push(Inst::new(None, op));
    }

    fn infer(&self, op: &Op) -> Type {
        let t = |v: &ValueId| self.ty(*v);
        match op {
            Op::ProgramId { .. } | Op::NumPrograms { .. } => Type::scalar(DType::I32),
            Op::Const { dtype, .. } | Op::ConstParam { dtype, .. } => Type::scalar(*dtype),
            Op::Arange { len } => Type::tile(DType::I32, vec![len.clone()]),
            Op::Broadcast { value, shape } => t(value).with_shape(shape.clone()),
            Op::ExpandDims { value, axis } => {
                let mut s = t(value).shape;
                s.insert(*axis as usize, Dim::Const(1));
                t(value).with_shape(s)
            }
            Op::Reshape { value, shape } => t(value).with_shape(shape.clone()),
            Op::Permute { value, perm } => {
                let s = t(value).shape;
                t(value).with_shape(perm.iter().map(|&p| s[p as usize].clone()).collect())
            }
            Op::Unary { value, .. } => t(value),
            Op::Binary { lhs, .. } => t(lhs),
            Op::Cmp { lhs, .. } => t(lhs).with_elem(Elem::Scalar(DType::Bool)),
            Op::Fma { a, .. } => t(a),
            Op::Select { on_true, .. } => t(on_true),
            Op::Cast { value, to } | Op::Bitcast { value, to } => {
                t(value).with_elem(Elem::Scalar(*to))
            }
            Op::PtrAdd { ptr, .. } => t(ptr),
            Op::Load { ptr, .. } | Op::Atomic { ptr, .. } | Op::AtomicCas { ptr, .. } => {
                let p = t(ptr);
                p.with_elem(Elem::Scalar(p.pointee().unwrap()))
            }
            Op::Reduce { value, axis, .. } => {
                let mut s = t(value).shape;
                s.remove(*axis as usize);
                t(value).with_shape(s)
            }
            Op::ArgReduce { value, axis, .. } => {
                let mut s = t(value).shape;
                s.remove(*axis as usize);
                Type::tile(DType::I32, s)
            }
            Op::Scan { value, .. } => t(value),
            Op::Dot { acc, .. } => t(acc),
            Op::Rand { kind, offset, .. } => t(offset).with_elem(Elem::Scalar(match kind {
                RandKind::Int => DType::U32,
                _ => DType::F32,
            })),
            Op::VarLoad { var } => self.k.vars[var.index()].clone(),
            other => panic!("no result type for {other:?}"),
        }
    }

    // ---- shorthands --------------------------------------------------------------------

    pub fn c_int(&mut self, v: i128, d: DType) -> ValueId {
        self.emit(Op::Const {
            value: ConstValue::Int(v),
            dtype: d,
        })
    }
    pub fn c_i32(&mut self, v: i32) -> ValueId {
        self.c_int(v as i128, DType::I32)
    }
    pub fn c_float(&mut self, v: f64, d: DType) -> ValueId {
        self.emit(Op::Const {
            value: ConstValue::Float(v),
            dtype: d,
        })
    }
    pub fn c_bool(&mut self, v: bool) -> ValueId {
        self.emit(Op::Const {
            value: ConstValue::Bool(v),
            dtype: DType::Bool,
        })
    }
    pub fn pid(&mut self, axis: u8) -> ValueId {
        self.emit(Op::ProgramId { axis })
    }
    pub fn arange(&mut self, n: u64) -> ValueId {
        self.emit(Op::Arange { len: Dim::Const(n) })
    }
    pub fn splat(&mut self, v: ValueId, shape: &[u64]) -> ValueId {
        self.emit(Op::Broadcast {
            value: v,
            shape: dims(shape),
        })
    }
    pub fn broadcast(&mut self, v: ValueId, shape: &[u64]) -> ValueId {
        self.splat(v, shape)
    }
    pub fn bin(&mut self, op: BinaryOp, a: ValueId, b: ValueId) -> ValueId {
        self.emit(Op::Binary { op, lhs: a, rhs: b })
    }
    pub fn add(&mut self, a: ValueId, b: ValueId) -> ValueId {
        self.bin(BinaryOp::Add, a, b)
    }
    pub fn mul(&mut self, a: ValueId, b: ValueId) -> ValueId {
        self.bin(BinaryOp::Mul, a, b)
    }
    pub fn un(&mut self, op: UnaryOp, a: ValueId) -> ValueId {
        self.emit(Op::Unary { op, value: a })
    }
    pub fn cmp(&mut self, op: CmpOp, a: ValueId, b: ValueId) -> ValueId {
        self.emit(Op::Cmp { op, lhs: a, rhs: b })
    }
    pub fn cast(&mut self, v: ValueId, to: DType) -> ValueId {
        self.emit(Op::Cast { value: v, to })
    }
    pub fn ptr_add(&mut self, p: ValueId, off: ValueId) -> ValueId {
        self.emit(Op::PtrAdd {
            ptr: p,
            offset: off,
        })
    }
    pub fn load(&mut self, p: ValueId, mask: Option<ValueId>, other: Option<ValueId>) -> ValueId {
        self.emit(Op::Load {
            ptr: p,
            mask,
            other,
            hint: AccessHint::default(),
        })
    }
    pub fn store(&mut self, p: ValueId, v: ValueId, mask: Option<ValueId>) {
        self.emit_void(Op::Store {
            ptr: p,
            value: v,
            mask,
            hint: AccessHint::default(),
        })
    }
    /// `base_ptr + offs`, broadcasting the scalar pointer to the offsets' shape.
    pub fn ptrs(&mut self, base: ValueId, offs: ValueId) -> ValueId {
        let shape = self.ty(offs).shape;
        let p = self.emit(Op::Broadcast { value: base, shape });
        self.ptr_add(p, offs)
    }
    /// `pid * block + arange(block)` and the mask `offs < n`.
    pub fn block_offsets(&mut self, block: u64, n: ValueId) -> (ValueId, ValueId) {
        let pid = self.pid(0);
        let bs = self.c_i32(block as i32);
        let start = self.mul(pid, bs);
        let start = self.splat(start, &[block]);
        let ar = self.arange(block);
        let offs = self.add(start, ar);
        let nb = self.splat(n, &[block]);
        let mask = self.cmp(CmpOp::Lt, offs, nb);
        (offs, mask)
    }

    pub fn var(&mut self, init: ValueId) -> VarId {
        let id = VarId(self.k.vars.len() as u32);
        self.k.vars.push(self.ty(init));
        self.emit_void(Op::VarInit { var: id, init });
        id
    }
    pub fn var_load(&mut self, var: VarId) -> ValueId {
        self.emit(Op::VarLoad { var })
    }
    pub fn var_store(&mut self, var: VarId, value: ValueId) {
        self.emit_void(Op::VarStore { var, value })
    }

    pub fn for_(
        &mut self,
        start: ValueId,
        end: ValueId,
        step: ValueId,
        body: impl FnOnce(&mut KB, ValueId),
    ) {
        let index = self.new_value(self.ty(start));
        self.blocks.push(vec![]);
        body(self, index);
        let body = self.blocks.pop().unwrap();
        self.emit_void(Op::For {
            index,
            start,
            end,
            step,
            body,
            unroll: Unroll::Auto,
            stages: None,
        });
    }

    pub fn while_(&mut self, cond: impl FnOnce(&mut KB) -> ValueId, body: impl FnOnce(&mut KB)) {
        self.blocks.push(vec![]);
        let c = cond(self);
        let cond_block = self.blocks.pop().unwrap();
        self.blocks.push(vec![]);
        body(self);
        let body = self.blocks.pop().unwrap();
        self.emit_void(Op::While {
            cond_block,
            cond: c,
            body,
        });
    }

    pub fn if_(
        &mut self,
        cond: ValueId,
        then: impl FnOnce(&mut KB),
        otherwise: impl FnOnce(&mut KB),
    ) {
        self.blocks.push(vec![]);
        then(self);
        let then_block = self.blocks.pop().unwrap();
        self.blocks.push(vec![]);
        otherwise(self);
        let else_block = self.blocks.pop().unwrap();
        self.emit_void(Op::If {
            cond,
            then_block,
            else_block,
        });
    }
}

/// An elementwise kernel: `out[i] = f(in0[i], in1[i], ...)` for `i < n`, in blocks of
/// `block`, with masked loads and stores (so `n` need not be a multiple of `block`).
pub fn elementwise(
    name: &str,
    inputs: &[DType],
    out: DType,
    block: u64,
    f: impl FnOnce(&mut KB, &[ValueId]) -> ValueId,
) -> Kernel {
    let mut b = KB::new(name);
    let ins: Vec<ValueId> = inputs
        .iter()
        .enumerate()
        .map(|(i, &d)| b.ptr_param(&format!("in{i}"), d))
        .collect();
    let o = b.ptr_param("out", out);
    let n = b.scalar_param("n", DType::I32);
    let (offs, mask) = b.block_offsets(block, n);
    let xs: Vec<ValueId> = ins
        .iter()
        .map(|&p| {
            let p = b.ptrs(p, offs);
            b.load(p, Some(mask), None)
        })
        .collect();
    let r = f(&mut b, &xs);
    let po = b.ptrs(o, offs);
    b.store(po, r, Some(mask));
    b.finish()
}

/// Launches through the full runtime path: [`KernelDef::from_kernel`] + [`runtime::launch`]
/// (specialize, verify, cache) when `OXTILE_TEST_DIRECT` is unset, else
/// [`runtime::launch_kernel`] (no specialization or verification).
pub fn launch(dev: &Device, k: &Kernel, grid: Grid, args: &[Arg<'_>]) -> Result<(), LaunchError> {
    if std::env::var("OXTILE_TEST_DIRECT").is_ok() {
        runtime::launch_kernel(dev, k, 0, grid, args)
    } else {
        let def = KernelDef::from_kernel(k.clone());
        runtime::launch(dev, &def, &[], grid, args)
    }
}

/// Runs an elementwise kernel from [`elementwise`] on host vectors.
pub fn run_ew<T: Element, U: Element>(k: &Kernel, inputs: &[&[T]], block: usize) -> Vec<U> {
    let dev = Device::interpreter();
    let n = inputs[0].len();
    let bufs: Vec<Buffer<T>> = inputs.iter().map(|v| dev.upload(v).unwrap()).collect();
    let out = dev.alloc::<U>(n).unwrap();
    let mut args: Vec<Arg> = bufs.iter().map(Arg::from).collect();
    args.push(Arg::from(&out));
    args.push(Arg::from(n as i32));
    launch(&dev, k, Grid::x(n.div_ceil(block) as u32), &args).unwrap();
    out.to_vec().unwrap()
}

/// `n` random values from `gen`, never all zero.
pub fn random_vec<T>(
    n: usize,
    seed: u64,
    mut g: impl FnMut(&mut rand::rngs::StdRng) -> T,
) -> Vec<T> {
    use rand::SeedableRng;
    let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
    (0..n).map(|_| g(&mut rng)).collect()
}
