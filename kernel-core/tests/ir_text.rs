//! The textual IR, the verifier and specialization, on kernels built by hand: every op variant
//! round-trips through the text exactly, the verifier accepts the valid kernels and rejects
//! each kind of bad IR with a specific message, specialization substitutes constants, and
//! hashes are stable.

use kernel_core::dtype::DType;
use kernel_core::ir::*;
use kernel_core::specialize::specialize;
use kernel_core::text::{fnv1a_64, kernel_hash, parse_kernel, print_kernel};
use kernel_core::verify::{result_type, verify};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

// ---- a small builder that types ops with `result_type` ------------------------------------

struct B {
    k: Kernel,
    blocks: Vec<Block>,
}

fn sym(s: &str) -> Dim {
    Dim::Sym(s.into())
}

fn c(n: u64) -> Dim {
    Dim::Const(n)
}

impl B {
    fn new(name: &str) -> B {
        B {
            k: Kernel {
                file: None,
                name: name.into(),
                consts: vec![],
                params: vec![],
                values: vec![],
                vars: vec![],
                body: vec![],
                functions: Vec::new(),
            },
            blocks: vec![vec![]],
        }
    }

    fn konst(&mut self, name: &str, dtype: DType) {
        self.k.consts.push(ConstParam {
            name: name.into(),
            dtype,
        });
    }

    fn fresh(&mut self, ty: Type) -> ValueId {
        self.k.values.push(ty);
        ValueId(self.k.values.len() as u32 - 1)
    }

    fn param(&mut self, name: &str, ty: Type) -> ValueId {
        let value = self.fresh(ty.clone());
        self.k.params.push(Param {
            name: name.into(),
            ty,
            value,
        });
        value
    }

    fn op(&mut self, op: Op) -> ValueId {
        let ty = match result_type(&self.k.values, &self.k.vars, &op) {
            Ok(Some(t)) => t,
            other => panic!("{op:?}: {other:?}"),
        };
        let r = self.fresh(ty);
        self.blocks.last_mut().unwrap().push(Inst {
            loc: None,
            result: Some(r),
            op,
        });
        r
    }

    fn void(&mut self, op: Op) {
        assert_eq!(
            result_type(&self.k.values, &self.k.vars, &op),
            Ok(None),
            "{op:?}"
        );
        self.blocks.last_mut().unwrap().push(Inst::new(None, op));
    }

    fn var(&mut self, ty: Type) -> VarId {
        self.k.vars.push(ty);
        VarId(self.k.vars.len() as u32 - 1)
    }

    fn open(&mut self) {
        self.blocks.push(vec![]);
    }

    fn close(&mut self) -> Block {
        self.blocks.pop().unwrap()
    }

    fn cint(&mut self, v: i128, dtype: DType) -> ValueId {
        self.op(Op::Const {
            value: ConstValue::Int(v),
            dtype,
        })
    }

    fn cfloat(&mut self, v: f64, dtype: DType) -> ValueId {
        self.op(Op::Const {
            value: ConstValue::Float(v),
            dtype,
        })
    }

    fn cbool(&mut self, v: bool) -> ValueId {
        self.op(Op::Const {
            value: ConstValue::Bool(v),
            dtype: DType::Bool,
        })
    }

    fn splat(&mut self, v: ValueId, shape: Vec<Dim>) -> ValueId {
        self.op(Op::Broadcast { value: v, shape })
    }

    fn bin(&mut self, op: BinaryOp, lhs: ValueId, rhs: ValueId) -> ValueId {
        self.op(Op::Binary { op, lhs, rhs })
    }

    fn finish(mut self) -> Kernel {
        self.k.body = self.blocks.pop().unwrap();
        assert!(self.blocks.is_empty());
        self.k
    }
}

// ---- the kernels ------------------------------------------------------------------------------

/// Launch values, const generics and shape ops.
fn k_shapes() -> Kernel {
    let mut b = B::new("shapes");
    b.konst("BLOCK", DType::U64);
    b.konst("FLAG", DType::Bool);
    let out = b.param("out", Type::ptr(DType::I32));
    let pid = b.op(Op::ProgramId { axis: 0 });
    let np = b.op(Op::NumPrograms { axis: 2 });
    let _ = b.op(Op::ProgramId { axis: 1 });
    let blk = b.op(Op::ConstParam {
        name: "BLOCK".into(),
        dtype: DType::I32,
    });
    let _flag = b.op(Op::ConstParam {
        name: "FLAG".into(),
        dtype: DType::Bool,
    });
    let base = b.bin(BinaryOp::Mul, pid, blk);
    let base = b.bin(BinaryOp::Add, base, np);
    let ar = b.op(Op::Arange { len: sym("BLOCK") });
    let row = b.op(Op::ExpandDims { value: ar, axis: 1 });
    let col = b.op(Op::ExpandDims { value: ar, axis: 0 });
    let rows = b.splat(row, vec![sym("BLOCK"), c(4)]);
    let four = b.op(Op::Arange { len: c(4) });
    let four = b.op(Op::ExpandDims {
        value: four,
        axis: 0,
    });
    let cols = b.splat(four, vec![sym("BLOCK"), c(4)]);
    let t = b.bin(BinaryOp::Add, rows, cols);
    let tt = b.op(Op::Permute {
        value: t,
        perm: vec![1, 0],
    });
    let flat = b.op(Op::Reshape {
        value: tt,
        shape: vec![sym("BLOCK"), c(2), c(2)],
    });
    let flat = b.op(Op::Permute {
        value: flat,
        perm: vec![2, 0, 1],
    });
    let _ = b.op(Op::Reshape {
        value: flat,
        shape: vec![c(4), sym("BLOCK")],
    });
    let e = b.op(Op::Arange { len: c(8) });
    let e = b.op(Op::Reshape {
        value: e,
        shape: vec![c(2), c(4)],
    });
    let _ = b.op(Op::Reshape {
        value: e,
        shape: vec![c(8)],
    });
    let _ = b.splat(col, vec![c(3), sym("BLOCK"), sym("BLOCK")]);
    let bsplat = b.splat(base, vec![sym("BLOCK")]);
    let offs = b.bin(BinaryOp::Add, bsplat, ar);
    let p = b.splat(out, vec![sym("BLOCK")]);
    let p = b.op(Op::PtrAdd {
        ptr: p,
        offset: offs,
    });
    b.void(Op::Store {
        ptr: p,
        value: offs,
        mask: None,
        hint: AccessHint::default(),
    });
    b.finish()
}

/// Every unary, binary and comparison op, fma, select, cast and bitcast.
fn k_elementwise() -> Kernel {
    let mut b = B::new("elementwise");
    let x = b.param("x", Type::scalar(DType::F32));
    let i = b.param("i", Type::scalar(DType::I64));
    let u = b.param("u", Type::scalar(DType::U16));
    let s = vec![c(16)];
    let xf = b.splat(x, s.clone());
    let xi = b.splat(i, s.clone());
    let xu = b.splat(u, s.clone());
    let t = b.cbool(true);
    let xb = b.splat(t, s.clone());
    use UnaryOp::*;
    for op in [
        Neg, Abs, Exp, Exp2, Log, Log2, Sqrt, Rsqrt, Sin, Cos, Tanh, Floor, Ceil, Sigmoid, Erf,
        Erfc, Asin, Acos, Atan, Sinh, Cosh, Asinh, Acosh, Atanh, Log1p, Expm1, Cbrt,
    ] {
        b.op(Op::Unary { op, value: xf });
    }
    for v in [xi, xu, xb] {
        b.op(Op::Unary { op: Not, value: v });
    }
    b.op(Op::Unary { op: Neg, value: xi });
    b.op(Op::Unary { op: Abs, value: xi });
    use BinaryOp as Bo;
    for op in [
        Bo::Add,
        Bo::Sub,
        Bo::Mul,
        Bo::Div,
        Bo::Rem,
        Bo::Min,
        Bo::Max,
        Bo::Pow,
        Bo::Atan2,
        Bo::DivRn,
        Bo::FastDiv,
    ] {
        b.bin(op, xf, xf);
    }
    for op in [
        Bo::Add,
        Bo::Sub,
        Bo::Mul,
        Bo::Div,
        Bo::Rem,
        Bo::And,
        Bo::Or,
        Bo::Xor,
        Bo::Shl,
        Bo::Shr,
        Bo::Min,
        Bo::Max,
    ] {
        b.bin(op, xi, xi);
        b.bin(op, xu, xu);
    }
    for op in [Bo::And, Bo::Or, Bo::Xor] {
        b.bin(op, xb, xb);
    }
    let mut conds = vec![];
    for op in [
        CmpOp::Eq,
        CmpOp::Ne,
        CmpOp::Lt,
        CmpOp::Le,
        CmpOp::Gt,
        CmpOp::Ge,
    ] {
        conds.push(b.op(Op::Cmp {
            op,
            lhs: xf,
            rhs: xf,
        }));
        b.op(Op::Cmp {
            op,
            lhs: xb,
            rhs: xb,
        });
    }
    let _ = b.op(Op::Cmp {
        op: CmpOp::Lt,
        lhs: x,
        rhs: x,
    });
    let f = b.op(Op::Fma {
        a: xf,
        b: xf,
        c: xf,
    });
    let sel = b.op(Op::Select {
        cond: conds[2],
        on_true: f,
        on_false: xf,
    });
    let h = b.op(Op::Cast {
        value: sel,
        to: DType::F16,
    });
    let h8 = b.op(Op::Cast {
        value: h,
        to: DType::F8E4M3,
    });
    let h8b = b.op(Op::Bitcast {
        value: h8,
        to: DType::U8,
    });
    let _ = b.op(Op::Bitcast {
        value: h8b,
        to: DType::F8E5M2,
    });
    let _ = b.op(Op::Select {
        cond: conds[0],
        on_true: h8,
        on_false: h8,
    });
    let bits = b.op(Op::Bitcast {
        value: sel,
        to: DType::U32,
    });
    let _ = b.op(Op::Bitcast {
        value: bits,
        to: DType::I32,
    });
    let _ = b.op(Op::Cast {
        value: xb,
        to: DType::BF16,
    });
    let _ = b.op(Op::Cast {
        value: xi,
        to: DType::Bool,
    });
    let _ = b.op(Op::Bitcast {
        value: i,
        to: DType::F64,
    });
    b.finish()
}

/// Pointers, loads, stores and atomics.
fn k_memory() -> Kernel {
    let mut b = B::new("memory");
    b.konst("B", DType::I32);
    let pf = b.param("pf", Type::ptr(DType::F32));
    let pi = b.param("pi", Type::ptr(DType::I32));
    let pu = b.param("pu", Type::ptr(DType::U64));
    let ph = b.param("ph", Type::ptr(DType::F16));
    let p8 = b.param("p8", Type::ptr(DType::F8E5M2));
    let n = b.param("n", Type::scalar(DType::I32));
    let s = vec![sym("B")];
    let ar = b.op(Op::Arange { len: sym("B") });
    let nn = b.splat(n, s.clone());
    let mask = b.op(Op::Cmp {
        op: CmpOp::Lt,
        lhs: ar,
        rhs: nn,
    });
    let ar64 = b.op(Op::Cast {
        value: ar,
        to: DType::U64,
    });
    let vf = b.splat(pf, s.clone());
    let vf = b.op(Op::PtrAdd {
        ptr: vf,
        offset: ar64,
    });
    let zero = b.cfloat(0.0, DType::F32);
    let other = b.splat(zero, s.clone());
    let l0 = b.op(Op::Load {
        ptr: vf,
        mask: None,
        other: None,
        hint: AccessHint::default(),
    });
    let _ = b.op(Op::Load {
        ptr: vf,
        mask: Some(mask),
        other: None,
        hint: AccessHint::default(),
    });
    let l2 = b.op(Op::Load {
        ptr: vf,
        mask: Some(mask),
        other: Some(other),
        hint: AccessHint::default(),
    });
    let _ = b.op(Op::Load {
        ptr: pf,
        mask: None,
        other: Some(zero),
        hint: AccessHint::default(),
    });
    b.void(Op::Store {
        ptr: vf,
        value: l0,
        mask: None,
        hint: AccessHint::default(),
    });
    b.void(Op::Store {
        ptr: vf,
        value: l2,
        mask: Some(mask),
        hint: AccessHint::default(),
    });
    let one = b.cint(1, DType::I32);
    let vi = b.splat(pi, s.clone());
    let vi = b.op(Op::PtrAdd {
        ptr: vi,
        offset: ar,
    });
    let ones = b.splat(one, s.clone());
    for op in [
        AtomicOp::Add,
        AtomicOp::Max,
        AtomicOp::Min,
        AtomicOp::And,
        AtomicOp::Or,
        AtomicOp::Xor,
        AtomicOp::Xchg,
    ] {
        b.op(Op::Atomic {
            op,
            ptr: vi,
            value: ones,
            mask: Some(mask),
            order: AtomicOrder::Relaxed,
            scope: AtomicScope::Cta,
        });
    }
    let _ = b.op(Op::Atomic {
        op: AtomicOp::Add,
        ptr: vf,
        value: l0,
        mask: None,
        order: AtomicOrder::Acquire,
        scope: AtomicScope::Gpu,
    });
    let _ = b.op(Op::Atomic {
        op: AtomicOp::Xchg,
        ptr: pi,
        value: one,
        mask: None,
        order: AtomicOrder::Release,
        scope: AtomicScope::Sys,
    });
    let hz = b.cfloat(-0.0, DType::F16);
    let _ = b.op(Op::Atomic {
        op: AtomicOp::Add,
        ptr: ph,
        value: hz,
        mask: None,
        order: AtomicOrder::AcqRel,
        scope: AtomicScope::Gpu,
    });
    let z = b.cint(0, DType::I32);
    let _ = b.op(Op::AtomicCas {
        ptr: pi,
        cmp: z,
        value: one,
        mask: None,
        order: AtomicOrder::SeqCst,
        scope: AtomicScope::Gpu,
    });
    let zeros = b.splat(z, s.clone());
    let _ = b.op(Op::AtomicCas {
        ptr: vi,
        cmp: zeros,
        value: ones,
        mask: Some(mask),
        order: AtomicOrder::Auto,
        scope: AtomicScope::Gpu,
    });
    let big = b.cint(u64::MAX as i128, DType::U64);
    let _ = b.op(Op::AtomicCas {
        ptr: pu,
        cmp: big,
        value: big,
        mask: None,
        order: AtomicOrder::Relaxed,
        scope: AtomicScope::Cta,
    });
    let v8 = b.splat(p8, s.clone());
    let v8 = b.op(Op::PtrAdd {
        ptr: v8,
        offset: ar,
    });
    let x8 = b.op(Op::Load {
        ptr: v8,
        mask: Some(mask),
        other: None,
        hint: AccessHint::default(),
    });
    b.void(Op::Store {
        ptr: v8,
        value: x8,
        mask: Some(mask),
        hint: AccessHint::default(),
    });
    b.finish()
}

/// Reductions, scans, arg-reductions and dots.
fn k_reductions() -> Kernel {
    let mut b = B::new("reductions");
    b.konst("M", DType::U32);
    b.konst("N", DType::U32);
    b.konst("K", DType::U32);
    let x = b.param("x", Type::scalar(DType::F32));
    let i = b.param("i", Type::scalar(DType::U8));
    let xf = b.splat(x, vec![sym("M"), sym("N")]);
    let xi = b.splat(i, vec![sym("M"), sym("N")]);
    for op in [ReduceOp::Sum, ReduceOp::Prod, ReduceOp::Max, ReduceOp::Min] {
        b.op(Op::Reduce {
            op,
            value: xf,
            axis: 1,
        });
        b.op(Op::Scan {
            op,
            value: xf,
            axis: 0,
        });
    }
    for op in ReduceOp::ALL {
        b.op(Op::Reduce {
            op,
            value: xi,
            axis: 0,
        });
        b.op(Op::Scan {
            op,
            value: xi,
            axis: 1,
        });
    }
    let t = b.cbool(false);
    let tb = b.splat(t, vec![c(2), c(3)]);
    b.op(Op::Reduce {
        op: ReduceOp::Or,
        value: tb,
        axis: 1,
    });
    for op in [ArgReduceOp::ArgMax, ArgReduceOp::ArgMin] {
        b.op(Op::ArgReduce {
            op,
            value: xf,
            axis: 0,
        });
        b.op(Op::ArgReduce {
            op,
            value: xi,
            axis: 1,
        });
    }
    for (t, a) in [
        (DType::F16, DType::F32),
        (DType::BF16, DType::F32),
        (DType::F32, DType::F32),
        (DType::F64, DType::F64),
        (DType::F8E4M3, DType::F32),
        (DType::F8E5M2, DType::F32),
        (DType::I8, DType::I32),
        (DType::U8, DType::I32),
    ] {
        let va = b.op(Op::Cast { value: x, to: t });
        let vb = b.op(Op::Cast { value: x, to: t });
        let vc = b.op(Op::Cast { value: x, to: a });
        let ma = b.splat(va, vec![sym("M"), sym("K")]);
        let mb = b.splat(vb, vec![sym("K"), sym("N")]);
        let mc = b.splat(vc, vec![sym("M"), sym("N")]);
        b.op(Op::Dot {
            a: ma,
            b: mb,
            acc: mc,
            precision: DotPrecision::Ieee,
        });
        if t == DType::F32 {
            b.op(Op::Dot {
                a: ma,
                b: mb,
                acc: mc,
                precision: DotPrecision::Tf32,
            });
        }
    }
    b.finish()
}

/// Philox random numbers.
fn k_random() -> Kernel {
    let mut b = B::new("random");
    let s32 = b.param("seed", Type::scalar(DType::U32));
    let s64 = b.param("seed64", Type::scalar(DType::I64));
    let ar = b.op(Op::Arange { len: c(128) });
    let o64 = b.op(Op::Cast {
        value: ar,
        to: DType::U64,
    });
    for kind in RandKind::ALL {
        b.op(Op::Rand {
            kind,
            seed: s32,
            offset: ar,
        });
        b.op(Op::Rand {
            kind,
            seed: s64,
            offset: o64,
        });
    }
    let _ = b.op(Op::Rand {
        kind: RandKind::Uniform,
        seed: s32,
        offset: s32,
    });
    b.finish()
}

/// Variables and nested control flow, with awkward strings.
fn k_control() -> Kernel {
    let mut b = B::new("control");
    b.konst("BLOCK", DType::I64);
    let n = b.param("n", Type::scalar(DType::I32));
    let out = b.param("out", Type::ptr(DType::F32));
    let acc_t = Type::tile(DType::F32, vec![sym("BLOCK")]);
    let acc = b.var(acc_t.clone());
    let cnt = b.var(Type::scalar(DType::I32));
    let zero = b.cfloat(0.0, DType::F32);
    let zeros = b.splat(zero, vec![sym("BLOCK")]);
    b.void(Op::VarInit {
        var: acc,
        init: zeros,
    });
    let z = b.cint(0, DType::I32);
    b.void(Op::VarInit { var: cnt, init: z });
    let one = b.cint(1, DType::I32);
    let four = b.cint(4, DType::I32);

    // for k in 0..4 (unrolled) { while cnt < n { if cnt == k {...} else {...} } }
    let k = b.fresh(Type::scalar(DType::I32));
    b.open();
    {
        b.open();
        let cur = b.op(Op::VarLoad { var: cnt });
        let cond = b.op(Op::Cmp {
            op: CmpOp::Lt,
            lhs: cur,
            rhs: n,
        });
        let cond_block = b.close();
        b.open();
        let cur2 = b.op(Op::VarLoad { var: cnt });
        let eq = b.op(Op::Cmp {
            op: CmpOp::Eq,
            lhs: cur2,
            rhs: k,
        });
        b.open();
        let a = b.op(Op::VarLoad { var: acc });
        let kf = b.op(Op::Cast {
            value: k,
            to: DType::F32,
        });
        let kf = b.splat(kf, vec![sym("BLOCK")]);
        let a2 = b.bin(BinaryOp::Add, a, kf);
        b.void(Op::VarStore {
            var: acc,
            value: a2,
        });
        b.void(Op::Print {
            prefix: "acc = \"quoted\"\\ \n\ttab é ✓ \u{1F600} \u{7f}\u{0}".into(),
            values: vec![a2, k],
        });
        let then_block = b.close();
        b.open();
        b.void(Op::Print {
            prefix: String::new(),
            values: vec![],
        });
        let else_block = b.close();
        b.void(Op::If {
            cond: eq,
            then_block,
            else_block,
        });
        let nxt = b.bin(BinaryOp::Add, cur2, one);
        b.void(Op::VarStore {
            var: cnt,
            value: nxt,
        });
        let body = b.close();
        b.void(Op::While {
            cond_block,
            cond,
            body,
        });
    }
    let body = b.close();
    b.void(Op::For {
        index: k,
        start: z,
        end: four,
        step: one,
        body,
        unroll: Unroll::Full,
        stages: None,
    });

    // for j in 0..n (runtime) { if j > 2 { return } }   (empty else)
    let j = b.fresh(Type::scalar(DType::I32));
    b.open();
    let two = b.cint(2, DType::I32);
    let gt = b.op(Op::Cmp {
        op: CmpOp::Gt,
        lhs: j,
        rhs: two,
    });
    b.open();
    b.void(Op::Return);
    let then_block = b.close();
    b.void(Op::If {
        cond: gt,
        then_block,
        else_block: vec![],
    });
    let body = b.close();
    b.void(Op::For {
        index: j,
        start: z,
        end: n,
        step: one,
        body,
        unroll: Unroll::By(4),
        stages: Some(3),
    });

    // An empty while and an empty for.
    b.open();
    let f = b.cbool(false);
    let cond_block = b.close();
    b.void(Op::While {
        cond_block,
        cond: f,
        body: vec![],
    });
    let e = b.fresh(Type::scalar(DType::I32));
    b.void(Op::For {
        index: e,
        start: z,
        end: z,
        step: one,
        body: vec![],
        unroll: Unroll::Auto,
        stages: None,
    });

    let a = b.op(Op::VarLoad { var: acc });
    let ok = b.op(Op::Cmp {
        op: CmpOp::Eq,
        lhs: a,
        rhs: a,
    });
    b.void(Op::Assert {
        cond: ok,
        message: "no \"NaN\" here\n\\ \r \u{1b}[0m ∀x".into(),
    });
    let t = b.cbool(true);
    b.void(Op::Assert {
        cond: t,
        message: String::new(),
    });
    let p = b.splat(out, vec![sym("BLOCK")]);
    let ar = b.op(Op::Arange { len: sym("BLOCK") });
    let p = b.op(Op::PtrAdd { ptr: p, offset: ar });
    b.void(Op::Store {
        ptr: p,
        value: a,
        mask: None,
        hint: AccessHint::default(),
    });
    b.finish()
}

/// Constants of every kind, including the extremes (not all of them fit their dtype: this
/// kernel does not verify, but it must round-trip).
fn k_weird_consts() -> Kernel {
    let mut k = B::new("weird consts").finish();
    let mut push = |value: ConstValue, dtype: DType| {
        k.values.push(Type::scalar(dtype));
        let r = ValueId(k.values.len() as u32 - 1);
        k.body.push(Inst {
            loc: None,
            result: Some(r),
            op: Op::Const { value, dtype },
        });
    };
    for x in [
        0.0,
        -0.0,
        1.0,
        -1.5,
        0.1,
        1e300,
        -1e-300,
        f64::MIN_POSITIVE,
        5e-324,
        -5e-324,
        f64::MAX,
        f64::MIN,
        f64::EPSILON,
        1e16,
        1e15,
        123456789.125,
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::NAN,
        -f64::NAN,
        f64::from_bits(0x7ff0_0000_0000_0001),
        f64::from_bits(0xfff4_0000_dead_beef),
        std::f64::consts::PI,
    ] {
        push(ConstValue::Float(x), DType::F64);
        push(ConstValue::Float(x), DType::F16);
    }
    for i in [
        0,
        1,
        -1,
        i128::MIN,
        i128::MAX,
        i64::MIN as i128,
        u64::MAX as i128,
        1 << 100,
    ] {
        push(ConstValue::Int(i), DType::I64);
    }
    push(ConstValue::Int(3), DType::F32);
    push(ConstValue::Bool(true), DType::Bool);
    push(ConstValue::Bool(false), DType::I8);
    push(ConstValue::Float(2.5), DType::I32);
    k
}

/// Invalid in many ways, none of which may stop the text from round-tripping: odd names,
/// holes in `values`, a parameter whose type differs from its value's, a store with a result,
/// a load without one, uses of undefined and out-of-range ids, unknown variables.
fn k_invalid_but_printable() -> Kernel {
    Kernel {
        file: Some("src/odd \"dir\"/k.rs".into()),
        name: "odd \"name\"\n".into(),
        consts: vec![
            ConstParam {
                name: "1X".into(),
                dtype: DType::U8,
            },
            ConstParam {
                name: String::new(),
                dtype: DType::F32,
            },
        ],
        params: vec![
            Param {
                name: "déjà vu".into(),
                ty: Type::ptr(DType::F32),
                value: ValueId(3),
            },
            Param {
                name: "x".into(),
                ty: Type::tile(DType::F32, vec![sym("1X"), sym(""), sym("a b")]),
                value: ValueId(0),
            },
        ],
        values: vec![
            Type::scalar(DType::I32),
            Type::tile(DType::Bool, vec![c(0), sym("1X")]),
            Type::ptr(DType::F16),
            Type::ptr(DType::F32),
            Type::scalar(DType::F32),
            Type::scalar(DType::U8),
        ],
        vars: vec![Type::scalar(DType::F8E4M3)],
        body: vec![
            Inst {
                loc: Some(SrcLoc { line: 7, col: 3 }),
                result: Some(ValueId(4)),
                op: Op::Store {
                    ptr: ValueId(3),
                    value: ValueId(99),
                    mask: Some(ValueId(4)),
                    hint: AccessHint::default(),
                },
            },
            Inst {
                loc: None,
                result: None,
                op: Op::Load {
                    ptr: ValueId(3),
                    mask: None,
                    other: Some(ValueId(1)),
                    hint: AccessHint::default(),
                },
            },
            Inst {
                loc: None,
                result: None,
                op: Op::VarStore {
                    var: VarId(7),
                    value: ValueId(u32::MAX),
                },
            },
            Inst {
                loc: None,
                result: Some(ValueId(4)),
                op: Op::ConstParam {
                    name: "\u{0}".into(),
                    dtype: DType::F64,
                },
            },
            Inst {
                loc: None,
                result: None,
                op: Op::Arange { len: sym("") },
            },
            Inst {
                loc: Some(SrcLoc {
                    line: u32::MAX,
                    col: 1,
                }),
                result: Some(ValueId(4)),
                op: Op::If {
                    cond: ValueId(0),
                    then_block: vec![],
                    else_block: vec![Inst {
                        loc: None,
                        result: None,
                        op: Op::Permute {
                            value: ValueId(2),
                            perm: vec![],
                        },
                    }],
                },
            },
        ],
        functions: Vec::new(),
    }
}

/// Rewrites every value id of a kernel with `f` (a permutation of `0..values.len()`).
fn renumber(k: &Kernel, f: &dyn Fn(ValueId) -> ValueId) -> Kernel {
    fn block(b: &mut Block, f: &dyn Fn(ValueId) -> ValueId) {
        for inst in b {
            inst.result = inst.result.map(f);
            let g = |v: &mut ValueId| *v = f(*v);
            match &mut inst.op {
                Op::ProgramId { .. }
                | Op::NumPrograms { .. }
                | Op::Const { .. }
                | Op::ConstParam { .. }
                | Op::Arange { .. }
                | Op::VarLoad { .. }
                | Op::StaticAssert { .. }
                | Op::Barrier
                | Op::Checked
                | Op::Return => {}
                Op::Broadcast { value, .. }
                | Op::ExpandDims { value, .. }
                | Op::Reshape { value, .. }
                | Op::Permute { value, .. }
                | Op::Sort { value, .. }
                | Op::Hint { value, .. }
                | Op::Unary { value, .. }
                | Op::Cast { value, .. }
                | Op::Bitcast { value, .. }
                | Op::Reduce { value, .. }
                | Op::ArgReduce { value, .. }
                | Op::Scan { value, .. }
                | Op::VarInit { init: value, .. }
                | Op::VarStore { value, .. }
                | Op::Assert { cond: value, .. } => g(value),
                Op::Binary { lhs, rhs, .. }
                | Op::Cmp { lhs, rhs, .. }
                | Op::Gather {
                    src: lhs,
                    index: rhs,
                    ..
                } => {
                    g(lhs);
                    g(rhs);
                }
                Op::Histogram { value, mask, .. } => {
                    g(value);
                    mask.iter_mut().for_each(g);
                }
                Op::Fma { a, b, c } | Op::Dot { a, b, acc: c, .. } => {
                    g(a);
                    g(b);
                    g(c);
                }
                Op::Select {
                    cond,
                    on_true,
                    on_false,
                } => {
                    g(cond);
                    g(on_true);
                    g(on_false);
                }
                Op::PtrAdd { ptr, offset } => {
                    g(ptr);
                    g(offset);
                }
                Op::Load {
                    ptr, mask, other, ..
                } => {
                    g(ptr);
                    mask.iter_mut().for_each(g);
                    other.iter_mut().for_each(g);
                }
                Op::Store {
                    ptr, value, mask, ..
                }
                | Op::Atomic {
                    ptr, value, mask, ..
                } => {
                    g(ptr);
                    g(value);
                    mask.iter_mut().for_each(g);
                }
                Op::AtomicCas {
                    ptr,
                    cmp,
                    value,
                    mask,
                    ..
                } => {
                    g(ptr);
                    g(cmp);
                    g(value);
                    mask.iter_mut().for_each(g);
                }
                Op::Rand { seed, offset, .. } => {
                    g(seed);
                    g(offset);
                }
                Op::For {
                    index,
                    start,
                    end,
                    step,
                    body,
                    ..
                } => {
                    g(index);
                    g(start);
                    g(end);
                    g(step);
                    block(body, f);
                }
                Op::While {
                    cond_block,
                    cond,
                    body,
                } => {
                    g(cond);
                    block(cond_block, f);
                    block(body, f);
                }
                Op::Call { args, results, .. } => {
                    args.iter_mut().for_each(g);
                    results.iter_mut().for_each(g);
                }
                Op::Fold {
                    values,
                    params,
                    body,
                    yields,
                    results,
                    ..
                } => {
                    values.iter_mut().for_each(g);
                    params.iter_mut().for_each(g);
                    block(body, f);
                    yields.iter_mut().for_each(g);
                    results.iter_mut().for_each(g);
                }
                Op::If {
                    cond,
                    then_block,
                    else_block,
                } => {
                    g(cond);
                    block(then_block, f);
                    block(else_block, f);
                }
                Op::Print { values, .. } => values.iter_mut().for_each(g),
            }
        }
    }
    let mut out = k.clone();
    for p in &mut out.params {
        p.value = f(p.value);
    }
    // Ids that no longer exist get a placeholder type (a hole in `values`).
    let len = (0..k.values.len() as u32)
        .map(|i| f(ValueId(i)).index() + 1)
        .max()
        .unwrap_or(0);
    let mut values = vec![Type::scalar(DType::U8); len];
    for (i, t) in k.values.iter().enumerate() {
        values[f(ValueId(i as u32)).index()] = t.clone();
    }
    out.values = values;
    block(&mut out.body, f);
    for func in &mut out.functions {
        func.params.iter_mut().for_each(|v| *v = f(*v));
        block(&mut func.body, f);
        func.results.iter_mut().for_each(|v| *v = f(*v));
    }
    out
}

/// The valid kernels (they verify).
fn valid_kernels() -> Vec<Kernel> {
    let control = k_control();
    let n = control.values.len() as u32;
    // Ids reversed: the body defines them in descending order.
    let reversed = renumber(&control, &|v| ValueId(n - 1 - v.0));
    let mems = k_memory();
    let m = mems.values.len() as u32;
    // A rotation: ids are dense but not in program order.
    let rotated = renumber(&mems, &|v| ValueId((v.0 + 7) % m));
    // Folds, as the macro writes them (a tuple argmax by a device function, closures), and
    // renumbered so that the body's values come before the op's operands.
    let folds = parse_kernel(include_str!("../filetests/fold_argmax_8_16.ir")).expect("parses");
    let f = folds.values.len() as u32;
    let folds_reversed = renumber(&folds, &|v| ValueId(f - 1 - v.0));
    // Device functions and calls, as the macro writes them, and renumbered.
    let calls = parse_kernel(include_str!("ir/functions.ir")).expect("parses");
    let c = calls.values.len() as u32;
    let calls_reversed = renumber(&calls, &|v| ValueId(c - 1 - v.0));
    let dims = parse_kernel(include_str!("ir/dims.ir")).expect("parses");
    let barrier = parse_kernel(include_str!("ir/barrier.ir")).expect("parses");
    let positions = parse_kernel(include_str!("ir/positions.ir")).expect("parses");
    // Atomics with orders and scopes.
    let orders = parse_kernel(include_str!("../filetests/atomic_orders_8.ir")).expect("parses");
    let system = parse_kernel(include_str!("../filetests/atomic_system_8.ir")).expect("parses");
    // Loads and stores with cache hints.
    let cached = parse_kernel(include_str!("../filetests/cache_hints_64.ir")).expect("parses");
    // Hints and their checks in `if checked` blocks.
    let hints = parse_kernel(include_str!("../filetests/hints_64.ir")).expect("parses");
    vec![
        calls,
        calls_reversed,
        dims,
        barrier,
        positions,
        orders,
        system,
        cached,
        hints,
        k_shapes(),
        k_elementwise(),
        k_memory(),
        k_reductions(),
        k_random(),
        k_control(),
        reversed,
        rotated,
        folds,
        folds_reversed,
    ]
}

fn all_kernels() -> Vec<Kernel> {
    let mut v = valid_kernels();
    v.push(k_weird_consts());
    v.push(k_invalid_but_printable());
    v
}

fn assert_round_trip(k: &Kernel) {
    let text = print_kernel(k);
    let parsed = parse_kernel(&text).unwrap_or_else(|e| panic!("{e}\n{text}"));
    if parsed != *k {
        // Find the first difference for a readable failure.
        assert_eq!(parsed.name, k.name);
        assert_eq!(parsed.consts, k.consts);
        assert_eq!(parsed.params, k.params);
        assert_eq!(parsed.values, k.values);
        assert_eq!(parsed.vars, k.vars);
        for (a, b) in parsed.body.iter().zip(&k.body) {
            assert_eq!(format!("{a:?}"), format!("{b:?}"), "\n{text}");
        }
        assert_eq!(parsed.body.len(), k.body.len());
        // Only NaN payloads can make `==` fail with equal Debug output: compare bits.
        assert_eq!(print_kernel(&parsed), text);
    }
    assert_eq!(
        print_kernel(&parsed),
        text,
        "print(parse(print(k))) == print(k)"
    );
}

// ---- round trips ------------------------------------------------------------------------------

#[test]
fn every_op_variant_appears_in_a_test_kernel() {
    fn variant(op: &Op) -> usize {
        match op {
            Op::ProgramId { .. } => 0,
            Op::NumPrograms { .. } => 1,
            Op::Const { .. } => 2,
            Op::ConstParam { .. } => 3,
            Op::Arange { .. } => 4,
            Op::Broadcast { .. } => 5,
            Op::ExpandDims { .. } => 6,
            Op::Reshape { .. } => 7,
            Op::Permute { .. } => 8,
            Op::Unary { .. } => 9,
            Op::Binary { .. } => 10,
            Op::Cmp { .. } => 11,
            Op::Fma { .. } => 12,
            Op::Select { .. } => 13,
            Op::Cast { .. } => 14,
            Op::Bitcast { .. } => 15,
            Op::PtrAdd { .. } => 16,
            Op::Load { .. } => 17,
            Op::Store { .. } => 18,
            Op::Atomic { .. } => 19,
            Op::AtomicCas { .. } => 20,
            Op::Reduce { .. } => 21,
            Op::ArgReduce { .. } => 22,
            Op::Scan { .. } => 23,
            Op::Dot { .. } => 24,
            Op::Rand { .. } => 25,
            Op::VarInit { .. } => 26,
            Op::VarLoad { .. } => 27,
            Op::VarStore { .. } => 28,
            Op::For { .. } => 29,
            Op::While { .. } => 30,
            Op::If { .. } => 31,
            Op::Return => 32,
            Op::Assert { .. } => 33,
            Op::Print { .. } => 34,
            Op::Fold { .. } => 35,
            Op::Call { .. } => 36,
            Op::StaticAssert { .. } => 37,
            Op::Barrier => 38,
            Op::Gather { .. } => 39,
            Op::Histogram { .. } => 40,
            Op::Sort { .. } => 41,
            Op::Hint { .. } => 42,
            Op::Checked => 43,
        }
    }
    fn walk(b: &Block, seen: &mut [bool]) {
        for inst in b {
            seen[variant(&inst.op)] = true;
            for nested in inst.op.blocks() {
                walk(nested, seen);
            }
        }
    }
    let mut seen = [false; 44];
    for k in valid_kernels() {
        walk(&k.body, &mut seen);
    }
    let missing: Vec<usize> = (0..44).filter(|&i| !seen[i]).collect();
    assert!(missing.is_empty(), "variants not covered: {missing:?}");
}

#[test]
fn valid_kernels_verify() {
    for k in valid_kernels() {
        if let Err(e) = verify(&k) {
            panic!("{}: {e:#?}\n{}", k.name, print_kernel(&k));
        }
    }
}

#[test]
fn every_kernel_round_trips_exactly() {
    for k in all_kernels() {
        assert_round_trip(&k);
    }
}

#[test]
fn non_dense_value_ids_keep_their_numbers() {
    let k = k_shapes();
    let n = k.values.len() as u32;
    // Spread ids out and fill the gaps with types no instruction defines.
    let mut spread = renumber(&k, &|v| ValueId(v.0 * 3 + 1));
    let mut values = vec![Type::scalar(DType::U8); (n * 3 + 2) as usize];
    for (i, t) in k.values.iter().enumerate() {
        values[i * 3 + 1] = t.clone();
    }
    spread.values = values;
    let text = print_kernel(&spread);
    assert!(text.contains("  type %0: u8\n"), "{text}");
    assert_round_trip(&spread);
    let errs = verify(&spread).unwrap_err();
    assert!(
        errs.iter().any(|e| e
            .message
            .contains("%0 has a type (u8) but no parameter, instruction")),
        "{errs:?}"
    );
}

#[test]
fn nan_payloads_and_signed_zeros_round_trip_bit_exactly() {
    let k = k_weird_consts();
    let parsed = parse_kernel(&print_kernel(&k)).unwrap();
    for (a, b) in parsed.body.iter().zip(&k.body) {
        match (&a.op, &b.op) {
            (
                Op::Const {
                    value: ConstValue::Float(x),
                    ..
                },
                Op::Const {
                    value: ConstValue::Float(y),
                    ..
                },
            ) => assert_eq!(x.to_bits(), y.to_bits()),
            (x, y) => assert_eq!(x, y),
        }
    }
    let text = print_kernel(&k);
    assert!(text.contains("= const f64 -0.0\n"), "{text}");
    assert!(
        text.contains("= const f64 nan:0x7ff8000000000000\n"),
        "{text}"
    );
    assert!(
        text.contains("= const f64 nan:0xfff8000000000000\n"),
        "{text}"
    );
    assert!(text.contains("= const f64 -inf\n"), "{text}");
    assert!(text.contains("= const i64 -170141183460469231731687303715884105728\n"));
    assert!(
        text.contains("= const f32 3\n"),
        "an Int constant stays an integer"
    );
}

#[test]
fn random_floats_round_trip_bit_exactly() {
    let mut rng = StdRng::seed_from_u64(7);
    let mut k = B::new("floats").finish();
    for _ in 0..2000 {
        let x = f64::from_bits(rng.random::<u64>());
        k.values.push(Type::scalar(DType::F64));
        k.body.push(Inst {
            loc: None,
            result: Some(ValueId(k.values.len() as u32 - 1)),
            op: Op::Const {
                value: ConstValue::Float(x),
                dtype: DType::F64,
            },
        });
    }
    let text = print_kernel(&k);
    let parsed = parse_kernel(&text).unwrap();
    for (a, b) in parsed.body.iter().zip(&k.body) {
        let (Op::Const { value: x, .. }, Op::Const { value: y, .. }) = (&a.op, &b.op) else {
            unreachable!()
        };
        let (ConstValue::Float(x), ConstValue::Float(y)) = (x, y) else {
            unreachable!()
        };
        assert_eq!(x.to_bits(), y.to_bits(), "{x:?} vs {y:?}");
    }
    assert_eq!(print_kernel(&parsed), text);
}

#[test]
fn strings_with_any_characters_round_trip() {
    let mut rng = StdRng::seed_from_u64(11);
    let specials = [
        '"', '\\', '\n', '\r', '\t', '\0', '\u{7f}', '\u{85}', '\u{2028}', 'é', '✓',
    ];
    for _ in 0..300 {
        let len = rng.random_range(0..20);
        let s: String = (0..len)
            .map(|_| {
                if rng.random_bool(0.5) {
                    specials[rng.random_range(0..specials.len())]
                } else {
                    loop {
                        if let Some(c) = char::from_u32(rng.random_range(0..0x11000)) {
                            break c;
                        }
                    }
                }
            })
            .collect();
        let mut b = B::new(&s);
        let t = b.cbool(true);
        b.void(Op::Assert {
            cond: t,
            message: s.clone(),
        });
        b.void(Op::Print {
            prefix: s.clone(),
            values: vec![t],
        });
        let k = b.finish();
        let text = print_kernel(&k);
        // Every string stays on one line.
        assert_eq!(text.lines().count(), 5, "{text}");
        assert_round_trip(&k);
    }
}

#[test]
fn printed_text_of_a_small_kernel() {
    let mut b = B::new("vector_add");
    b.konst("BLOCK", DType::U64);
    let x = b.param("x", Type::ptr(DType::F32));
    let out = b.param("out", Type::ptr(DType::F32));
    let n = b.param("n", Type::scalar(DType::I32));
    let pid = b.op(Op::ProgramId { axis: 0 });
    let blk = b.op(Op::ConstParam {
        name: "BLOCK".into(),
        dtype: DType::I32,
    });
    let start = b.bin(BinaryOp::Mul, pid, blk);
    let start = b.splat(start, vec![sym("BLOCK")]);
    let ar = b.op(Op::Arange { len: sym("BLOCK") });
    let offs = b.bin(BinaryOp::Add, start, ar);
    let nn = b.splat(n, vec![sym("BLOCK")]);
    let mask = b.op(Op::Cmp {
        op: CmpOp::Lt,
        lhs: offs,
        rhs: nn,
    });
    let px = b.splat(x, vec![sym("BLOCK")]);
    let px = b.op(Op::PtrAdd {
        ptr: px,
        offset: offs,
    });
    let half = b.cfloat(0.5, DType::F32);
    let halves = b.splat(half, vec![sym("BLOCK")]);
    let v = b.op(Op::Load {
        ptr: px,
        mask: Some(mask),
        other: Some(halves),
        hint: AccessHint::default(),
    });
    let po = b.splat(out, vec![sym("BLOCK")]);
    let po = b.op(Op::PtrAdd {
        ptr: po,
        offset: offs,
    });
    b.void(Op::Store {
        ptr: po,
        value: v,
        mask: Some(mask),
        hint: AccessHint::default(),
    });
    let k = b.finish();
    let want = "\
kernel @vector_add<BLOCK: u64>(x: *f32 = %0, out: *f32 = %1, n: i32 = %2) {
  %3: i32 = program_id 0
  %4: i32 = const_param i32 BLOCK
  %5: i32 = mul %3, %4
  %6: i32[BLOCK] = broadcast %5 to [BLOCK]
  %7: i32[BLOCK] = arange BLOCK
  %8: i32[BLOCK] = add %6, %7
  %9: i32[BLOCK] = broadcast %2 to [BLOCK]
  %10: bool[BLOCK] = cmp lt %8, %9
  %11: *f32[BLOCK] = broadcast %0 to [BLOCK]
  %12: *f32[BLOCK] = ptr_add %11, %8
  %13: f32 = const f32 0.5
  %14: f32[BLOCK] = broadcast %13 to [BLOCK]
  %15: f32[BLOCK] = load %12 mask %10 other %14
  %16: *f32[BLOCK] = broadcast %1 to [BLOCK]
  %17: *f32[BLOCK] = ptr_add %16, %8
  store %17, %15 mask %10
}
";
    assert_eq!(print_kernel(&k), want);
    assert_eq!(parse_kernel(want).unwrap(), k);
    // The hash is FNV-1a of that text, pinned so that it cannot drift between Rust versions.
    assert_eq!(kernel_hash(&k), fnv1a_64(want.as_bytes()));
    assert_eq!(
        kernel_hash(&k),
        0xb948_337e_ffa0_656f,
        "{:#x}",
        kernel_hash(&k)
    );
}

/// A TF32 `dot` prints as `dot tf32`, parses back to the same op, and hashes differently
/// from the IEEE `dot` it would otherwise be (the precision is part of the cache key).
#[test]
fn tf32_dot_round_trips_and_changes_the_hash() {
    let text = "\
kernel @mm(a: *f32 = %0, b: *f32 = %1) {
  %2: f32 = load %0
  %3: f32[16, 8] = broadcast %2 to [16, 8]
  %4: f32 = load %1
  %5: f32[8, 16] = broadcast %4 to [8, 16]
  %6: f32 = const f32 0.0
  %7: f32[16, 16] = broadcast %6 to [16, 16]
  %8: f32[16, 16] = dot tf32 %3, %5, %7
  %9: f32[16, 16] = dot %3, %5, %8
}
";
    let k = parse_kernel(text).unwrap();
    verify(&k).unwrap();
    assert_eq!(print_kernel(&k), text);
    let precisions: Vec<DotPrecision> = k
        .body
        .iter()
        .filter_map(|i| match i.op {
            Op::Dot { precision, .. } => Some(precision),
            _ => None,
        })
        .collect();
    assert_eq!(precisions, [DotPrecision::Tf32, DotPrecision::Ieee]);
    let ieee = parse_kernel(&text.replace("dot tf32", "dot")).unwrap();
    assert_ne!(ieee, k);
    assert_ne!(kernel_hash(&ieee), kernel_hash(&k));
}

#[test]
fn the_module_doc_example_parses_verifies_and_reprints() {
    let text = "\
kernel @vector_add<BLOCK: u64>(x: *f32 = %0, out: *f32 = %1, n: i32 = %2) {
  var $0: f32[BLOCK]
  %3: i32 = program_id 0
  %4: i32[BLOCK] = arange BLOCK
  %5: i32 = const_param i32 BLOCK
  %6: i32 = mul %3, %5
  %7: i32[BLOCK] = broadcast %6 to [BLOCK]
  %8: i32[BLOCK] = add %7, %4
  %9: i32[BLOCK] = broadcast %2 to [BLOCK]
  %10: bool[BLOCK] = cmp lt %8, %9
  %11: *f32[BLOCK] = broadcast %0 to [BLOCK]
  %12: *f32[BLOCK] = ptr_add %11, %8
  %13: f32[BLOCK] = load %12 mask %10
  var_init $0, %13
  %14: i32 = const i32 0
  %15: i32 = const i32 4
  %16: i32 = const i32 1
  for %17: i32 in %14..%15 step %16 unroll {
    %18: f32[BLOCK] = var_load $0
    %19: f32[BLOCK] = exp %18
    var_store $0, %19
  }
  %20: bool = cmp gt %2, %14
  if %20 {
    %21: f32[BLOCK] = var_load $0
    %22: *f32[BLOCK] = broadcast %1 to [BLOCK]
    %23: *f32[BLOCK] = ptr_add %22, %8
    store %23, %21 mask %10
  } else {
    assert %20, \"n must be \\\"positive\\\"\\n\"
  }
}
";
    let k = parse_kernel(text).unwrap();
    verify(&k).unwrap();
    assert_eq!(print_kernel(&k), text);
    let s = specialize(&k, &[128]).unwrap();
    assert!(print_kernel(&s).contains("%13: f32[128] = load %12 mask %10\n"));
}

#[test]
fn comments_and_free_layout_are_accepted() {
    let text =
        "// a comment\nkernel @k ( ) { // here too\n %0 : i32 = const i32 -7 print \"\" , %0 }";
    let k = parse_kernel(text).unwrap();
    assert_eq!(
        print_kernel(&k),
        "kernel @k() {\n  %0: i32 = const i32 -7\n  print \"\", %0\n}\n"
    );
}

// ---- parse errors ---------------------------------------------------------------------------

#[test]
fn parse_errors_report_line_column_and_what_was_expected() {
    let cases: &[(&str, usize, usize, &str)] = &[
        (
            "kernel @k() {\n  %0: f32 = const f32 1.0\n  %1: f32 = frobnicate %0\n}\n",
            3,
            13,
            "unknown op `frobnicate`",
        ),
        (
            "kernel @k() {\n  %0: f32 const f32 1.0\n}\n",
            2,
            11,
            "expected `=`, found `const`",
        ),
        (
            "kernel @k() {\n  %0: f33 = const f32 1.0\n}\n",
            2,
            7,
            "expected a type",
        ),
        (
            "kernel @k() {\n  %0: bool = const bool true\n  print \"abc, %0\n}\n",
            3,
            9,
            "unterminated string literal",
        ),
        (
            "kernel @k() {\n  print \"a\\qb\"\n}\n",
            2,
            11,
            "unknown escape `\\q`",
        ),
        (
            "kernel @k() {\n  return\n",
            3,
            1,
            "expected an instruction or `}`, found end of input",
        ),
        ("kernel @k() {\n  var $1: f32\n}\n", 2, 7, "expected `$0`"),
        (
            "kernel @k() {\n  %0: f32 = const f32 1.0\n  %0: i32 = const i32 1\n}\n",
            3,
            3,
            "%0 is given type i32 here but f32 at 2:3",
        ),
        (
            "kernel @k(x: f32 = %1) {\n}\n",
            1,
            1,
            "value %0 has no type",
        ),
        (
            "kernel @k() {\n  %0: f64 = const f64 nan:0x3ff0000000000000\n}\n",
            2,
            27,
            "`nan:` needs a NaN bit pattern",
        ),
        (
            "kernel @k() {\n}\nkernel @k() {\n}\n",
            3,
            1,
            "expected end of input after the kernel's closing `}`, found `kernel`",
        ),
        (
            "kernel @k() {\n  %0: i32[BLOCK] = arange BLOCK\n  %1: i32 = reduce median %0 axis 0\n}\n",
            3,
            20,
            "expected a reduction (sum, prod, max, min, and, or, xor), found `median`",
        ),
        (
            "kernel @k<N: f128>() {\n}\n",
            1,
            14,
            "expected a dtype (bool, i8",
        ),
        (
            "kernel @k() {\n  %0: i32 = const i32 170141183460469231731687303715884105728\n}\n",
            2,
            23,
            "out-of-range (i128) integer literal",
        ),
        (
            "kernel @k() {\n  %0: i32 = program_id 300\n}\n",
            2,
            24,
            "a grid axis `300` is out of range",
        ),
        (
            "kernel @k() {\n  store %, %1\n}\n",
            2,
            9,
            "expected digits after `%`",
        ),
        (
            "kernel @k() {\n  load %0 # x\n}\n",
            2,
            11,
            "unexpected character `#`",
        ),
        ("", 1, 1, "expected `kernel`, found end of input"),
        (
            "kernel @k() {\n  %0: bool = const bool true\n  while { } cond %0 {\n  }\n}\n",
            3,
            21,
            "expected `do`, found `{`",
        ),
        (
            "kernel @k() {\n  %0: f32[16, 8] = dot bf19 %1, %2, %3\n}\n",
            2,
            24,
            "expected a dot precision (tf32) or a value, found `bf19`",
        ),
    ];
    for (text, line, col, msg) in cases {
        let e = parse_kernel(text).expect_err(text);
        assert!(
            e.line == *line && e.col == *col && e.message.contains(msg),
            "for {text:?}\n got {}:{}: {}\nwant {line}:{col}: ...{msg}...",
            e.line,
            e.col,
            e.message
        );
        assert!(
            e.to_string()
                .starts_with(&format!("IR parse error at {line}:{col}: "))
        );
    }
}

// ---- the verifier ---------------------------------------------------------------------------

/// Verifies `k` and checks that some error contains `fragment`.
#[track_caller]
fn rejects(k: &Kernel, fragment: &str) {
    match verify(k) {
        Ok(()) => panic!("accepted, expected `{fragment}`:\n{}", print_kernel(k)),
        Err(errs) => assert!(
            errs.iter().any(|e| e.message.contains(fragment)),
            "expected an error containing `{fragment}`, got {errs:#?}\n{}",
            print_kernel(k)
        ),
    }
}

/// A kernel with `x: f32[4]` (%0 after a splat), `h: f16[4]` and a pointer, plus `inst`.
fn with_inst(values: Vec<Type>, body: Vec<Inst>) -> Kernel {
    let mut b = B::new("bad");
    b.konst("BLOCK", DType::U32);
    let x = b.param("x", Type::scalar(DType::F32));
    let p = b.param("p", Type::ptr(DType::F32));
    let _ = (x, p);
    let mut k = b.finish();
    k.values.extend(values);
    k.body = body;
    k
}

fn inst(result: Option<u32>, op: Op) -> Inst {
    Inst {
        loc: None,
        result: result.map(ValueId),
        op,
    }
}

/// The verifier's rejections are files (`filetests/verify/*.ir`, run by `verify_files.rs`);
/// this is the one case the text cannot express: a result id with no type (the parser refuses
/// to read `%9: ?`).
#[test]
fn verifier_rejects_a_result_with_no_type() {
    rejects(
        &with_inst(vec![], vec![inst(Some(9), Op::ProgramId { axis: 0 })]),
        "defines %9, which has no type (the kernel has 2 values)",
    );
}

#[test]
fn verifier_collects_every_error_and_never_panics_on_garbage() {
    let errs = verify(&k_invalid_but_printable()).unwrap_err();
    assert!(errs.len() >= 8, "{errs:#?}");
    // Every instruction of every test kernel, checked against an empty value table.
    for k in all_kernels() {
        for inst in &k.body {
            let _ = result_type(&[], &[], &inst.op);
        }
        let mut k2 = k.clone();
        k2.values.truncate(k.values.len() / 2);
        k2.vars.clear();
        assert!(verify(&k2).is_err());
    }
}

// ---- specialization ---------------------------------------------------------------------------

fn generic_kernel() -> Kernel {
    let mut b = B::new("generic");
    b.konst("BLOCK", DType::U64);
    b.konst("HALF", DType::I32);
    b.konst("FLAG", DType::Bool);
    let out = b.param("out", Type::ptr(DType::F32));
    let acc = b.var(Type::tile(DType::F32, vec![sym("BLOCK")]));
    let blk = b.op(Op::ConstParam {
        name: "BLOCK".into(),
        dtype: DType::I32,
    });
    let flag = b.op(Op::ConstParam {
        name: "FLAG".into(),
        dtype: DType::Bool,
    });
    let ar = b.op(Op::Arange { len: sym("BLOCK") });
    let arf = b.op(Op::Cast {
        value: ar,
        to: DType::F32,
    });
    b.void(Op::VarInit {
        var: acc,
        init: arf,
    });
    let _ = b.op(Op::Reshape {
        value: arf,
        shape: vec![c(2), sym("HALF")],
    });
    b.open();
    let blks = b.splat(blk, vec![sym("BLOCK")]);
    let p = b.splat(out, vec![sym("BLOCK")]);
    let p = b.op(Op::PtrAdd {
        ptr: p,
        offset: blks,
    });
    let v = b.op(Op::VarLoad { var: acc });
    b.void(Op::Store {
        ptr: p,
        value: v,
        mask: None,
        hint: AccessHint::default(),
    });
    let then_block = b.close();
    b.void(Op::If {
        cond: flag,
        then_block,
        else_block: vec![],
    });
    b.finish()
}

fn has_symbols(k: &Kernel) -> bool {
    fn block(b: &Block) -> bool {
        b.iter().any(|i| {
            matches!(&i.op, Op::ConstParam { .. })
                || matches!(&i.op, Op::Arange { len: Dim::Sym(_) })
                || matches!(&i.op, Op::Broadcast { shape, .. } | Op::Reshape { shape, .. }
                    if shape.iter().any(|d| matches!(d, Dim::Sym(_))))
                || i.op.blocks().into_iter().any(block)
        })
    }
    let sym_ty = |t: &Type| t.shape.iter().any(|d| matches!(d, Dim::Sym(_)));
    k.values.iter().any(sym_ty) || k.vars.iter().any(sym_ty) || block(&k.body)
}

#[test]
fn specialize_substitutes_every_constant() {
    let k = generic_kernel();
    verify(&k).unwrap();
    assert!(has_symbols(&k));
    let s = specialize(&k, &[8, 4, 1]).unwrap();
    assert!(!has_symbols(&s), "{}", print_kernel(&s));
    assert_eq!(s.consts, k.consts, "declarations are kept");
    assert_eq!(s.vars, vec![Type::tile(DType::F32, vec![c(8)])]);
    let consts: Vec<&Op> = s
        .body
        .iter()
        .filter(|i| matches!(i.op, Op::Const { .. }))
        .map(|i| &i.op)
        .collect();
    assert_eq!(
        consts,
        [
            &Op::Const {
                value: ConstValue::Int(8),
                dtype: DType::I32
            },
            &Op::Const {
                value: ConstValue::Bool(true),
                dtype: DType::Bool
            }
        ]
    );
    verify(&s).unwrap();
    assert_round_trip(&s);
    let text = print_kernel(&s);
    assert!(text.starts_with("kernel @generic<BLOCK: u64, HALF: i32, FLAG: bool>("));
    assert!(
        text.contains("%5: f32[2, 4] = reshape %4 to [2, 4]\n"),
        "{text}"
    );
    // Specializing an already specialized kernel changes nothing.
    assert_eq!(specialize(&s, &[8, 4, 1]).unwrap(), s);
    let s0 = specialize(&k, &[8, 4, 0]).unwrap();
    assert_ne!(kernel_hash(&s), kernel_hash(&s0));
    assert_ne!(kernel_hash(&s), kernel_hash(&k));
}

#[test]
fn specialize_rejects_bad_constants() {
    let k = generic_kernel();
    let cases: &[(&[i64], &str)] = &[
        (
            &[8, 4],
            "expected 3 constants (for <BLOCK: u64, HALF: i32, FLAG: bool>), got 2",
        ),
        (&[8, 4, 1, 1], "expected 3 constants"),
        (
            &[8, 4, 2],
            "const generic `FLAG: bool` = 2: a bool must be 0 or 1",
        ),
        (
            &[-8, 4, 1],
            "const generic `BLOCK: u64` = -8: out of range for u64",
        ),
        (
            &[8, 1 << 40, 1],
            "const generic `HALF: i32` = 1099511627776: out of range for i32",
        ),
        (
            &[0, 0, 1],
            "const generic `BLOCK` = 0 is used as a dimension, which must be at least 1",
        ),
        (
            &[8, 3, 1],
            "`reshape` of f32[8] to [2, 3] changes the number of elements",
        ),
        (
            &[1 << 40, 4, 1],
            "`BLOCK` = 1099511627776 used as i32: out of range for i32",
        ),
    ];
    for (consts, msg) in cases {
        let e = specialize(&k, consts).expect_err(msg);
        assert_eq!(e.kernel, "generic");
        assert!(
            e.message.contains(msg),
            "{consts:?}: got `{}`, want `{msg}`",
            e.message
        );
        assert!(
            e.to_string()
                .starts_with("cannot specialize kernel `generic`: ")
        );
    }
    // A literal zero-sized dimension, and a specialization that does not verify.
    let mut z = B::new("zero");
    z.op(Op::Arange { len: c(0) });
    let e = specialize(&z.finish(), &[]).unwrap_err();
    assert!(e.message.contains("a dimension is 0"), "{e}");
    let mut bad = k.clone();
    bad.params[0].ty = Type::ptr(DType::F16);
    let e = specialize(&bad, &[8, 4, 1]).unwrap_err();
    assert!(e.message.contains("does not verify"), "{e}");
}

/// With source locations, specialization errors point at the user's line instead of a
/// value id.
#[test]
fn specialization_errors_name_the_source_location() {
    let text = "kernel @k<N: u64>(x: *f32 = %0) {
  file \"src/kernels.rs\"
  %1: i32[8] = arange 8 @3:13
  %2: i32[2, N] = reshape %1 to [2, N] @4:13
}
";
    let k = parse_kernel(text).unwrap();
    let e = specialize(&k, &[3]).unwrap_err();
    assert!(
        e.message
            .starts_with("at src/kernels.rs:4:13 (`reshape`): `reshape` of i32[8] to [2, 3]"),
        "{e}"
    );
    // A bad type of a located value names where it is defined.
    let e = specialize(&k, &[0]).unwrap_err();
    assert!(
        e.message.contains("(defined at src/kernels.rs:4:13)"),
        "{e}"
    );
}

// ---- hashing --------------------------------------------------------------------------------

#[test]
fn kernel_hash_is_fnv1a_of_the_text_and_sees_every_constant() {
    assert_eq!(fnv1a_64(b""), 0xcbf2_9ce4_8422_2325);
    assert_eq!(fnv1a_64(b"a"), 0xaf63_dc4c_8601_ec8c);
    assert_eq!(fnv1a_64(b"foobar"), 0x8594_4171_f739_67e8);
    for k in all_kernels() {
        assert_eq!(kernel_hash(&k), kernel_hash(&k.clone()));
        assert_eq!(kernel_hash(&k), fnv1a_64(print_kernel(&k).as_bytes()));
    }
    let mk = |x: f64| {
        let mut b = B::new("h");
        b.cfloat(x, DType::F32);
        b.finish()
    };
    assert_eq!(kernel_hash(&mk(1.0)), kernel_hash(&mk(1.0)));
    assert_ne!(kernel_hash(&mk(1.0)), kernel_hash(&mk(2.0)));
    assert_ne!(kernel_hash(&mk(0.0)), kernel_hash(&mk(-0.0)));
    assert_ne!(
        kernel_hash(&mk(f64::NAN)),
        kernel_hash(&mk(f64::from_bits(f64::NAN.to_bits() | 1)))
    );
}

// ---- random kernels -------------------------------------------------------------------------

/// A random straight-line kernel of elementwise ops over a few dtypes and shapes, with value
/// ids shuffled.
fn random_kernel(rng: &mut StdRng) -> Kernel {
    let dtypes = [
        DType::Bool,
        DType::I8,
        DType::I32,
        DType::U16,
        DType::U64,
        DType::F16,
        DType::BF16,
        DType::F32,
        DType::F64,
        DType::F8E4M3,
    ];
    let shapes = [vec![], vec![c(4)], vec![sym("N"), c(4)]];
    let mut b = B::new(&format!("random_{}", rng.random::<u16>()));
    b.konst("N", DType::U32);
    for i in 0..rng.random_range(0..4) {
        let d = dtypes[rng.random_range(0..dtypes.len())];
        let ty = if rng.random_bool(0.5) {
            Type::ptr(d)
        } else {
            Type::scalar(d)
        };
        b.param(&format!("p{i}"), ty);
    }
    let mut attempts = 0;
    while b.blocks[0].len() < 40 && attempts < 2000 {
        attempts += 1;
        let n = b.k.values.len() as u32;
        let pick = |rng: &mut StdRng| ValueId(rng.random_range(0..n.max(1)));
        // A value of the same type as `v` (often `v` itself).
        let values = b.k.values.clone();
        let like = |rng: &mut StdRng, v: ValueId| {
            let same: Vec<u32> = (0..n)
                .filter(|&i| values[i as usize] == values[v.index()])
                .collect();
            ValueId(same[rng.random_range(0..same.len())])
        };
        let d = dtypes[rng.random_range(0..dtypes.len())];
        let op = match rng.random_range(0..9) {
            0 => Op::Const {
                dtype: d,
                value: if d.is_bool() {
                    ConstValue::Bool(rng.random())
                } else if d.is_float() {
                    ConstValue::Float(f64::from_bits(rng.random()))
                } else {
                    let (lo, hi) = d.int_range().unwrap();
                    ConstValue::Int(rng.random_range(lo..=hi))
                },
            },
            1 if n > 0 => Op::Broadcast {
                value: pick(rng),
                shape: shapes[rng.random_range(0..shapes.len())].clone(),
            },
            2 if n > 0 => Op::Unary {
                op: kernel_core::ir::UnaryOp::ALL
                    [rng.random_range(0..kernel_core::ir::UnaryOp::ALL.len())],
                value: pick(rng),
            },
            3 if n > 0 => {
                let lhs = pick(rng);
                Op::Binary {
                    op: kernel_core::ir::BinaryOp::ALL
                        [rng.random_range(0..kernel_core::ir::BinaryOp::ALL.len())],
                    lhs,
                    rhs: like(rng, lhs),
                }
            }
            4 if n > 0 => {
                let lhs = pick(rng);
                Op::Cmp {
                    op: kernel_core::ir::CmpOp::ALL
                        [rng.random_range(0..kernel_core::ir::CmpOp::ALL.len())],
                    lhs,
                    rhs: like(rng, lhs),
                }
            }
            5 if n > 0 => {
                let on_true = pick(rng);
                Op::Select {
                    cond: pick(rng),
                    on_true,
                    on_false: like(rng, on_true),
                }
            }
            6 if n > 0 => Op::Cast {
                value: pick(rng),
                to: d,
            },
            7 if n > 0 => Op::Bitcast {
                value: pick(rng),
                to: d,
            },
            8 if n > 0 => {
                let a = pick(rng);
                Op::Fma {
                    a,
                    b: like(rng, a),
                    c: like(rng, a),
                }
            }
            _ => continue,
        };
        // Keep only well-typed ops (the random choice of operands mostly is not).
        if let Ok(Some(_)) = result_type(&b.k.values, &b.k.vars, &op) {
            b.op(op);
        }
    }
    let k = b.finish();
    // Shuffle the ids.
    let n = k.values.len();
    let mut perm: Vec<u32> = (0..n as u32).collect();
    for i in (1..n).rev() {
        perm.swap(i, rng.random_range(0..=i));
    }
    renumber(&k, &|v| ValueId(perm[v.index()]))
}

#[test]
fn random_elementwise_kernels_round_trip() {
    let mut rng = StdRng::seed_from_u64(0x000c_711e);
    let mut ops = 0;
    for _ in 0..200 {
        let k = random_kernel(&mut rng);
        ops += k.body.len();
        if let Err(e) = verify(&k) {
            panic!("{e:#?}\n{}", print_kernel(&k));
        }
        assert_round_trip(&k);
        let s = specialize(&k, &[3]).unwrap();
        assert_round_trip(&s);
    }
    assert!(ops > 200 * 30, "the generator makes too few ops: {ops}");
}

#[test]
fn deeply_nested_input_is_an_error_not_a_stack_overflow() {
    let depth = 100_000;
    let mut text = String::from("kernel @k() {\n  %0: bool = const bool true\n");
    for _ in 0..depth {
        text.push_str("if %0 {\n");
    }
    let e = parse_kernel(&text).unwrap_err();
    assert_eq!((e.line, e.col), (259, 7), "{e}");
    assert!(
        e.message.contains("nested more than 256 levels deep"),
        "{e}"
    );
    // 256 levels are fine.
    let mut ok = String::from("kernel @k() {\n  %0: bool = const bool true\n");
    for _ in 0..255 {
        ok.push_str("if %0 {\n");
    }
    for _ in 0..256 {
        ok.push_str("}\n");
    }
    let k = parse_kernel(&ok).unwrap();
    verify(&k).unwrap();
    assert_round_trip(&k);
}
