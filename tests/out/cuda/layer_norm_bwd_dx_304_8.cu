// entry: ox_layer_norm_bwd_dx
// params: buffer(4) buffer(4) buffer(4) buffer(4) buffer(4) buffer(4) buffer(4) buffer(4) buffer(4) scalar(4) scalar(4)
// threads: 128, shared bytes: 16
// stages: 2 requested, 0 chosen, loops []

// oxtile kernel `layer_norm_bwd_dx`: one block of 128 threads per program, sm_90, bounds-checked.

typedef signed char i8;
typedef short i16;
typedef int i32;
typedef long long i64;
typedef unsigned char u8;
typedef unsigned short u16;
typedef unsigned int u32;
typedef unsigned long long u64;
typedef float f32;
typedef double f64;
#define OX_INLINE static __device__ __forceinline__

extern "C" __device__ int vprintf(const char*, const char*);

// Records an error in the status words; the first error of the launch wins. `site` names
// the failing op's source location (0: unknown).
static __device__ __noinline__ void ox_record(u32* st, u32 code, u32 a, u64 b, u32 c, u32 site) {
    if (atomicCAS(&st[0], 0u, code) == 0u) {
        st[1] = a;
        st[2] = (u32)b;
        st[3] = (u32)(b >> 32);
        st[4] = c;
        st[5] = blockIdx.x;
        st[6] = blockIdx.y;
        st[7] = blockIdx.z;
        st[8] = site;
        __threadfence();
    }
}

// ---- PTX primitives: the only inline assembly of the prelude. A CPU emulation of the
// generated code (the tests' `OX_EMU`) defines these itself, with the same semantics ----
#ifndef OX_EMU
OX_INLINE f32 ox_cvt_f32_f16(u16 h) {
    f32 r;
    asm("cvt.f32.f16 %0, %1;" : "=f"(r) : "h"(h));
    return r;
}
OX_INLINE u16 ox_cvt_f16_f32(f32 x) {
    u16 h;
    asm("cvt.rn.f16.f32 %0, %1;" : "=h"(h) : "f"(x));
    return h;
}
// Two f32 to a packed pair of f16 (`lo` in the low half), one instruction from sm_80 on.
OX_INLINE u32 ox_cvt_f16x2_f32(f32 lo, f32 hi) {
#if __CUDA_ARCH__ >= 800
    u32 r;
    asm("cvt.rn.f16x2.f32 %0, %1, %2;" : "=r"(r) : "f"(hi), "f"(lo));
    return r;
#else
    return (u32)ox_cvt_f16_f32(lo) | ((u32)ox_cvt_f16_f32(hi) << 16);
#endif
}
OX_INLINE u16 ox_atomic_add_f16(u16* p, u16 v) {
    u16 old;
    asm volatile("atom.global.add.noftz.f16 %0, [%1], %2;" : "=h"(old) : "l"(p), "h"(v) : "memory");
    return old;
}
#endif

// ---- f16: hardware conversions, NaNs by hand (payload kept, as kernel_core::numeric) ----
OX_INLINE f32 ox_f16_val(u16 h) {
    if ((h & 0x7fffu) > 0x7c00u) {
        return __uint_as_float(((u32)(h & 0x8000u) << 16) | 0x7f800000u | ((u32)(h & 0x3ffu) << 13));
    }
    return ox_cvt_f32_f16(h);
}
OX_INLINE u16 ox_f16_bits(f32 x) {
    u32 b = __float_as_uint(x);
    if ((b & 0x7fffffffu) > 0x7f800000u) {
        u32 payload = (b >> 13) & 0x3ffu;
        return (u16)(((b >> 16) & 0x8000u) | 0x7c00u | (payload == 0u ? 0x200u : payload));
    }
    return ox_cvt_f16_f32(x);
}
// The f16 bits of a value already exact in f16 (a tile of dtype f16), for tensor-core
// operands: the hardware conversion alone (a NaN's payload does not matter to an mma).
OX_INLINE u16 ox_f16_raw(f32 x) { return ox_cvt_f16_f32(x); }
// Nonzero when either f16 of the packed pair `w` is a NaN: per half, (h & 0x7fff) > 0x7c00,
// tested for both at once (each half's sum stays below 0x10000). Vector loads and stores
// convert 8 values at once with the bare hardware conversion when no value of the vector is
// a NaN, and fall back to ox_f16_val / ox_f16_bits (payload kept) when one is.
OX_INLINE u32 ox_f16x2_nan(u32 w) { return ((w & 0x7fff7fffu) + 0x03ff03ffu) & 0x80008000u; }
// Rounds an f32 to f16 for a cast whose NaN bits may be observed (data movement). A NaN
// goes through ox_f16_bits so that its payload is the one the interpreter's f16 holds (cvt
// would make every NaN 0x7fff).
OX_INLINE f32 ox_rnd_f16(f32 x) {
    if (x != x) return ox_f16_val(ox_f16_bits(x));
    return ox_cvt_f32_f16(ox_cvt_f16_f32(x));
}
// Rounds an f32 result of arithmetic to f16 where no NaN test is needed: the IR leaves the
// bits of arithmetic's NaNs unspecified, and the hardware conversions keep a NaN a NaN.
OX_INLINE f32 ox_rnd_f16_arith(f32 x) { return ox_cvt_f32_f16(ox_cvt_f16_f32(x)); }

// ---- bf16: the high half of an f32 ----
OX_INLINE f32 ox_bf16_val(u16 h) { return __uint_as_float((u32)h << 16); }
OX_INLINE u16 ox_bf16_bits(f32 x) {
    u32 b = __float_as_uint(x);
    if ((b & 0x7fffffffu) > 0x7f800000u) {
        u32 hi = b >> 16;
        return (u16)((hi & 0x7fu) == 0u ? (hi | 0x40u) : hi);
    }
    return (u16)((b + 0x7fffu + ((b >> 16) & 1u)) >> 16);
}
OX_INLINE f32 ox_rnd_bf16(f32 x) { return ox_bf16_val(ox_bf16_bits(x)); }

// ---- TF32: an f32 rounded to 10 mantissa bits, to nearest with ties away from zero, as
// kernel_core::numeric::round_tf32 (infinities and NaNs kept): the factors of a tf32 `dot`
// on the FMA path (any architecture; the tensor-core path uses cvt.rna.tf32.f32) ----
OX_INLINE f32 ox_rnd_tf32(f32 x) {
    u32 b = __float_as_uint(x);
    if ((b & 0x7fffffffu) >= 0x7f800000u) return x;
    return __uint_as_float((b + 0x1000u) & 0xffffe000u);
}

// ---- generic narrow formats (fp8, and f64 -> f16/bf16): `eb` exponent bits, `mb` mantissa
// bits; `sat`: OCP "fn" (no infinities, one NaN, saturating overflow) as E4M3 ----
OX_INLINE u32 ox_enc_f32(f32 x, int eb, int mb, bool sat) {
    u32 bits = __float_as_uint(x);
    u32 sign = (bits >> 31) << (eb + mb);
    u32 emax = (1u << eb) - 1u;
    u32 mmask = (1u << mb) - 1u;
    int bias = (1 << (eb - 1)) - 1;
    u32 abits = bits & 0x7fffffffu;
    if (abits > 0x7f800000u) {
        if (sat) return sign | (emax << mb) | mmask;
        u32 payload = (abits >> (23 - mb)) & mmask;
        return sign | (emax << mb) | (payload == 0u ? (1u << (mb - 1)) : payload);
    }
    u32 maxfin = sat ? ((emax << mb) | (mmask - 1u)) : (((emax - 1u) << mb) | mmask);
    u32 big = sat ? maxfin : (emax << mb);
    if (abits == 0x7f800000u) return sign | big;
    if (abits == 0u) return sign;
    f32 a = __uint_as_float(abits);
    int emin = 1 - bias;
    int eq = max((int)(abits >> 23) - 127, emin);
    // Scaling by a power of two is exact; rintf ties to even: the only rounding step.
    u32 n = (u32)rintf(ldexpf(a, mb - eq));
    if (n == (1u << (mb + 1))) { n >>= 1; eq += 1; }
    u32 ef = 0u, man = n;
    if (n >= (1u << mb)) { ef = (u32)(eq + bias); man = n & mmask; }
    bool over = sat ? (ef > emax || (ef == emax && man == mmask)) : (ef >= emax);
    if (over) return sign | big;
    return sign | (ef << mb) | man;
}
OX_INLINE u32 ox_enc_f64(f64 x, int eb, int mb, bool sat) {
    u64 bits = (u64)__double_as_longlong(x);
    u32 sign = (u32)(bits >> 63) << (eb + mb);
    u32 emax = (1u << eb) - 1u;
    u32 mmask = (1u << mb) - 1u;
    int bias = (1 << (eb - 1)) - 1;
    u64 abits = bits & 0x7fffffffffffffffull;
    if (abits > 0x7ff0000000000000ull) {
        if (sat) return sign | (emax << mb) | mmask;
        u32 payload = (u32)(abits >> (52 - mb)) & mmask;
        return sign | (emax << mb) | (payload == 0u ? (1u << (mb - 1)) : payload);
    }
    u32 maxfin = sat ? ((emax << mb) | (mmask - 1u)) : (((emax - 1u) << mb) | mmask);
    u32 big = sat ? maxfin : (emax << mb);
    if (abits == 0x7ff0000000000000ull) return sign | big;
    if (abits == 0ull) return sign;
    f64 a = __longlong_as_double((i64)abits);
    int emin = 1 - bias;
    int eq = max((int)(abits >> 52) - 1023, emin);
    f64 s = rint(ldexp(a, mb - eq));
    if (s >= 4294967296.0) return sign | big;
    u32 n = (u32)s;
    if (n == (1u << (mb + 1))) { n >>= 1; eq += 1; }
    u32 ef = 0u, man = n;
    if (n >= (1u << mb)) {
        if (eq + bias >= (int)emax + 1) return sign | big;
        ef = (u32)(eq + bias);
        man = n & mmask;
    }
    bool over = sat ? (ef > emax || (ef == emax && man == mmask)) : (ef >= emax);
    if (over) return sign | big;
    return sign | (ef << mb) | man;
}
OX_INLINE f32 ox_dec(u32 b, int eb, int mb, bool sat) {
    u32 emax = (1u << eb) - 1u;
    u32 mmask = (1u << mb) - 1u;
    int bias = (1 << (eb - 1)) - 1;
    u32 neg = (b >> (eb + mb)) & 1u;
    u32 ef = (b >> mb) & emax;
    u32 man = b & mmask;
    u32 mag;
    if (ef == emax && (!sat || man == mmask)) {
        mag = 0x7f800000u | (man << (23 - mb));
    } else if (ef == 0u) {
        mag = __float_as_uint(ldexpf((f32)man, 1 - bias - mb));
    } else {
        mag = __float_as_uint(ldexpf((f32)((1u << mb) | man), (int)ef - bias - mb));
    }
    return __uint_as_float(mag | (neg << 31));
}
OX_INLINE f32 ox_e4m3_val(u8 b) { return ox_dec(b, 4, 3, true); }
OX_INLINE f32 ox_e5m2_val(u8 b) { return ox_dec(b, 5, 2, false); }
OX_INLINE u8 ox_e4m3_bits(f32 x) { return (u8)ox_enc_f32(x, 4, 3, true); }
OX_INLINE u8 ox_e5m2_bits(f32 x) { return (u8)ox_enc_f32(x, 5, 2, false); }
OX_INLINE f32 ox_rnd_e4m3(f32 x) { return ox_e4m3_val(ox_e4m3_bits(x)); }
OX_INLINE f32 ox_rnd_e5m2(f32 x) { return ox_e5m2_val(ox_e5m2_bits(x)); }
OX_INLINE f32 ox_d2f16(f64 x) { return ox_f16_val((u16)ox_enc_f64(x, 5, 10, false)); }
OX_INLINE f32 ox_d2bf16(f64 x) { return ox_bf16_val((u16)ox_enc_f64(x, 8, 7, false)); }
OX_INLINE f32 ox_d2e4m3(f64 x) { return ox_e4m3_val((u8)ox_enc_f64(x, 4, 3, true)); }
OX_INLINE f32 ox_d2e5m2(f64 x) { return ox_e5m2_val((u8)ox_enc_f64(x, 5, 2, false)); }

// ---- integer -> bf16 rounded once: to 8 significant bits first (exactly) ----
OX_INLINE f32 ox_u2bf16(u64 m) {
    int nbits = 64 - __clzll((i64)m);
    if (nbits > 8) {
        int shift = nbits - 8;
        u64 q = m >> shift;
        u64 rem = m & ((1ull << shift) - 1ull);
        u64 half = 1ull << (shift - 1);
        if (rem > half || (rem == half && (q & 1ull))) q += 1ull;
        return ldexpf((f32)q, shift);
    }
    return (f32)m;
}
OX_INLINE f32 ox_s2bf16(i64 v) {
    f32 r = ox_u2bf16(v < 0 ? 0ull - (u64)v : (u64)v);
    return v < 0 ? -r : r;
}

// ---- float -> integer as Rust's `as`: truncate, saturate, NaN -> 0 ----
OX_INLINE i64 ox_f2s(f64 x, i64 lo, i64 hi) {
    if (x != x) return 0;
    if (x <= (f64)lo) return lo;
    if (x >= (f64)hi) return hi;
    return (i64)x;
}
OX_INLINE u64 ox_f2u(f64 x, u64 hi) {
    if (!(x > 0.0)) return 0ull;
    if (x >= (f64)hi) return hi;
    return (u64)x;
}

// ---- Philox4x32-10, as kernel_core::numeric::philox4x32_10 and Triton's philox_impl ----
OX_INLINE uint4 ox_philox(u32 c0, u32 k0, u32 k1) {
    u32 c1 = 0u, c2 = 0u, c3 = 0u;
#pragma unroll
    for (int r = 0; r < 10; ++r) {
        u32 hi_a = __umulhi(0xD2511F53u, c0), lo_a = 0xD2511F53u * c0;
        u32 hi_b = __umulhi(0xCD9E8D57u, c2), lo_b = 0xCD9E8D57u * c2;
        u32 n0 = hi_b ^ c1 ^ k0, n2 = hi_a ^ c3 ^ k1;
        c0 = n0; c1 = lo_b; c2 = n2; c3 = lo_a;
        k0 += 0x9E3779B9u; k1 += 0xBB67AE85u;
    }
    return make_uint4(c0, c1, c2, c3);
}
// Triton's uint_to_uniform_float: a u32 word to [0, 1).
OX_INLINE f32 ox_u2uniform(u32 x) {
    i32 i = (i32)x;
    if (i < 0) i = ~i;
    return __fmul_rn((f32)i, __uint_as_float(0x2fffffffu));
}
// Triton's randn: Box-Muller on the first two Philox words.
OX_INLINE f32 ox_randn(u32 offset, u32 k0, u32 k1) {
    uint4 w = ox_philox(offset, k0, k1);
    f32 u1 = fmaxf(ox_u2uniform(w.x), 1.0e-7f);
    f32 u2 = ox_u2uniform(w.y);
    f32 th = __fmul_rn(__uint_as_float(0x40c90fdbu), u2);
    f32 r = __fsqrt_rn(__fmul_rn(-2.0f, logf(u1)));
    return __fmul_rn(r, cosf(th));
}

// ---- atomics CUDA lacks ----
OX_INLINE f32 ox_atomic_max_f32(f32* p, f32 v) {
    u32* a = (u32*)p;
    u32 old = *(volatile u32*)a, assumed;
    do {
        assumed = old;
        old = atomicCAS(a, assumed, __float_as_uint(fmaxf(__uint_as_float(assumed), v)));
    } while (old != assumed);
    return __uint_as_float(old);
}
OX_INLINE f32 ox_atomic_min_f32(f32* p, f32 v) {
    u32* a = (u32*)p;
    u32 old = *(volatile u32*)a, assumed;
    do {
        assumed = old;
        old = atomicCAS(a, assumed, __float_as_uint(fminf(__uint_as_float(assumed), v)));
    } while (old != assumed);
    return __uint_as_float(old);
}

extern "C" __global__ void __launch_bounds__(128) ox_layer_norm_bwd_dx(
    f32* __restrict__ p0 /* `dx`: *f32 */,
    u64 n0,
    const f32* __restrict__ p1 /* `dy`: *f32 */,
    u64 n1,
    f32* __restrict__ p2 /* `dw_partial`: *f32 */,
    u64 n2,
    f32* __restrict__ p3 /* `db_partial`: *f32 */,
    u64 n3,
    const f32* __restrict__ p4 /* `x`: *f32 */,
    u64 n4,
    const f32* __restrict__ p5 /* `w`: *f32 */,
    u64 n5,
    const f32* __restrict__ p6 /* `mean`: *f32 */,
    u64 n6,
    const f32* __restrict__ p7 /* `rstd`: *f32 */,
    u64 n7,
    i32* __restrict__ p8 /* `locks`: *i32 */,
    u64 n8,
    u32 s9 /* `stride`: i32 */,
    u32 s10 /* `n`: i32 */,
    u32* __restrict__ ox_status)
{
    extern __shared__ __align__(16) unsigned char ox_smem[];
    __shared__ u64 ox_bcast;
    const int tid = (int)threadIdx.x;
    bool ox_fail = false; // this thread found an out-of-bounds lane
    (void)ox_bcast; (void)tid;
    const i64 v0 = 0; // `dx`: offset into p0
    const i64 v1 = 0; // `dy`: offset into p1
    const i64 v2 = 0; // `dw_partial`: offset into p2
    const i64 v3 = 0; // `db_partial`: offset into p3
    const i64 v4 = 0; // `x`: offset into p4
    const i64 v5 = 0; // `w`: offset into p5
    const i64 v6 = 0; // `mean`: offset into p6
    const i64 v7 = 0; // `rstd`: offset into p7
    const i64 v8 = 0; // `locks`: offset into p8
    const i32 v9 = ((i32)(u32(s9))); // `stride`
    const i32 v10 = ((i32)(u32(s10))); // `n`
    f32 x0[4]; // variable $0: f32[304]
    f32 x1[4]; // variable $1: f32[304]
    // %11: i32 = program_id
    const i32 v11 = (i32)blockIdx.x;
    // %12: i32[304] = arange
    // %13: i32[304] = broadcast %10
    // %14: bool[304] = cmp %12, %13
    // %15: i32 = mul %11, %9
    const i32 v15 = ((i32)((u32)(u32)v11 * (u32)(u32)v9));
    // %16: *f32 = ptr_add %4, %15
    const i64 v16 = (v4 + (i64)v15);
    // %17: *f32[304] = broadcast %16
    // %18: *f32[304] = ptr_add %17, %12
    // %19: f32 = const
    const f32 v19 = 0.0f;
    // %20: f32[304] = broadcast %19
    // %21: f32[304] = load %18, %14, %20
    f32 v21[4];
    #pragma unroll
    for (int c = 0; c < 4; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        if (e < 304) {
            const i64 l1 = (v16 + (i64)e);
            const bool l2 = (e < v10);
            v21[c] = v19; if (l2) { if ((u64)l1 < n4) v21[c] = p4[l1]; else { ox_record(ox_status, 1u, 4u, (u64)l1, 0u, 0u); ox_fail = true; } }
        }
    }
    // %22: i32 = mul %11, %9
    const i32 v22 = ((i32)((u32)(u32)v11 * (u32)(u32)v9));
    // %23: *f32 = ptr_add %1, %22
    const i64 v23 = (v1 + (i64)v22);
    // %24: *f32[304] = broadcast %23
    // %25: *f32[304] = ptr_add %24, %12
    // %26: f32 = const
    const f32 v26 = 0.0f;
    // %27: f32[304] = broadcast %26
    // %28: f32[304] = load %25, %14, %27
    f32 v28[4];
    #pragma unroll
    for (int c = 0; c < 4; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        if (e < 304) {
            const i64 l3 = (v23 + (i64)e);
            const bool l4 = (e < v10);
            v28[c] = v26; if (l4) { if ((u64)l3 < n1) v28[c] = p1[l3]; else { ox_record(ox_status, 1u, 1u, (u64)l3, 0u, 0u); ox_fail = true; } }
        }
    }
    // %29: *f32[304] = broadcast %5
    // %30: *f32[304] = ptr_add %29, %12
    // %31: f32 = const
    const f32 v31 = 0.0f;
    // %32: f32[304] = broadcast %31
    // %33: f32[304] = load %30, %14, %32
    f32 v33[4];
    #pragma unroll
    for (int c = 0; c < 4; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        if (e < 304) {
            const i64 l5 = (v5 + (i64)e);
            const bool l6 = (e < v10);
            v33[c] = v31; if (l6) { if ((u64)l5 < n5) v33[c] = p5[l5]; else { ox_record(ox_status, 1u, 5u, (u64)l5, 0u, 0u); ox_fail = true; } }
        }
    }
    // %34: *f32 = ptr_add %6, %11
    const i64 v34 = (v6 + (i64)v11);
    // %35: f32 = load %34
    f32 v35 = ((f32)(0));
    if ((u64)v34 < n6) v35 = p6[v34]; else { ox_record(ox_status, 1u, 6u, (u64)v34, 0u, 0u); ox_fail = true; }
    // %36: *f32 = ptr_add %7, %11
    const i64 v36 = (v7 + (i64)v11);
    // %37: f32 = load %36
    f32 v37 = ((f32)(0));
    if ((u64)v36 < n7) v37 = p7[v36]; else { ox_record(ox_status, 1u, 7u, (u64)v36, 0u, 0u); ox_fail = true; }
    // %38: f32[304] = broadcast %35
    // %39: f32[304] = sub %21, %38
    f32 v39[4];
    #pragma unroll
    for (int c = 0; c < 4; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            v39[c] = __fsub_rn(v21[c], v35);
        }
    }
    // %40: f32[304] = broadcast %37
    // %41: f32[304] = mul %39, %40
    f32 v41[4];
    #pragma unroll
    for (int c = 0; c < 4; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            v41[c] = __fmul_rn(v39[c], v37);
        }
    }
    // %42: f32 = const
    const f32 v42 = 0.0f;
    // %43: f32[304] = broadcast %42
    // %44: f32[304] = select %14, %41, %43
    f32 v44[4];
    #pragma unroll
    for (int c = 0; c < 4; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            const bool l7 = (e < v10);
            v44[c] = (l7 ? v41[c] : v42);
        }
    }
    // %45: f32[304] = mul %33, %28
    f32 v45[4];
    #pragma unroll
    for (int c = 0; c < 4; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            v45[c] = __fmul_rn(v33[c], v28[c]);
        }
    }
    // %46: f32 = const
    const f32 v46 = 0.0f;
    // %47: f32[304] = broadcast %46
    // %48: f32[304] = select %14, %45, %47
    f32 v48[4];
    #pragma unroll
    for (int c = 0; c < 4; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            const bool l8 = (e < v10);
            v48[c] = (l8 ? v45[c] : v46);
        }
    }
    // %49: f32[304] = mul %44, %48
    f32 v49[4];
    #pragma unroll
    for (int c = 0; c < 4; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            v49[c] = __fmul_rn(v44[c], v48[c]);
        }
    }
    // %50: f32 = reduce %49
    f32 v50;
    {
        f32 acc = (-0.0f);
        #pragma unroll
        for (int c = 0; c < 4; ++c) {
            const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
            if (e < 304) {
                acc = __fadd_rn(acc, v49[c]);
            }
        }
        for (int off = 16; off > 0; off >>= 1) { const f32 o = __shfl_xor_sync(0xffffffffu, acc, off); acc = __fadd_rn(acc, o); }
        if ((tid & 31) == 0) ((f32*)ox_smem)[tid >> 5] = acc;
        if (__syncthreads_or(ox_fail)) return;
        acc = ((f32*)ox_smem)[0];
        for (int w = 1; w < 4; ++w) acc = __fadd_rn(acc, ((f32*)ox_smem)[w]);
        if (__syncthreads_or(ox_fail)) return;
        v50 = acc;
    }
    // %51: f32 = cast %10
    const f32 v51 = ((f32)(v10));
    // %52: f32 = div %50, %51
    const f32 v52 = __fdiv_rn(v50, v51);
    // %53: f32 = reduce %48
    f32 v53;
    {
        f32 acc = (-0.0f);
        #pragma unroll
        for (int c = 0; c < 4; ++c) {
            const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
            if (e < 304) {
                acc = __fadd_rn(acc, v48[c]);
            }
        }
        for (int off = 16; off > 0; off >>= 1) { const f32 o = __shfl_xor_sync(0xffffffffu, acc, off); acc = __fadd_rn(acc, o); }
        if ((tid & 31) == 0) ((f32*)ox_smem)[tid >> 5] = acc;
        if (__syncthreads_or(ox_fail)) return;
        acc = ((f32*)ox_smem)[0];
        for (int w = 1; w < 4; ++w) acc = __fadd_rn(acc, ((f32*)ox_smem)[w]);
        if (__syncthreads_or(ox_fail)) return;
        v53 = acc;
    }
    // %54: f32 = cast %10
    const f32 v54 = ((f32)(v10));
    // %55: f32 = div %53, %54
    const f32 v55 = __fdiv_rn(v53, v54);
    // %56: i32 = mul %11, %9
    const i32 v56 = ((i32)((u32)(u32)v11 * (u32)(u32)v9));
    // %57: *f32 = ptr_add %0, %56
    const i64 v57 = (v0 + (i64)v56);
    // %58: *f32[304] = broadcast %57
    // %59: *f32[304] = ptr_add %58, %12
    // %60: f32[304] = broadcast %52
    // %61: f32[304] = mul %44, %60
    f32 v61[4];
    #pragma unroll
    for (int c = 0; c < 4; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            v61[c] = __fmul_rn(v44[c], v52);
        }
    }
    // %62: f32[304] = broadcast %55
    // %63: f32[304] = add %61, %62
    f32 v63[4];
    #pragma unroll
    for (int c = 0; c < 4; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            v63[c] = __fadd_rn(v61[c], v55);
        }
    }
    // %64: f32[304] = sub %48, %63
    f32 v64[4];
    #pragma unroll
    for (int c = 0; c < 4; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            v64[c] = __fsub_rn(v48[c], v63[c]);
        }
    }
    // %65: f32[304] = broadcast %37
    // %66: f32[304] = mul %64, %65
    f32 v66[4];
    #pragma unroll
    for (int c = 0; c < 4; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            v66[c] = __fmul_rn(v64[c], v37);
        }
    }
    // store %59, %66, %14
    #pragma unroll
    for (int c = 0; c < 4; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        if (e < 304) {
            const i64 l9 = (v57 + (i64)e);
            const bool l10 = (e < v10);
            if (!ox_fail && l10 && !((u64)l9 < n0)) { ox_record(ox_status, 1u, 0u, (u64)l9, 1u, 0u); ox_fail = true; }
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    #pragma unroll
    for (int c = 0; c < 4; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        if (e < 304) {
            const i64 l11 = (v57 + (i64)e);
            const bool l12 = (e < v10);
            if (!ox_fail && l12) { if ((u64)l11 < n0) p0[l11] = v66[c]; else { ox_record(ox_status, 1u, 0u, (u64)l11, 1u, 0u); ox_fail = true; } }
        }
    }
    // %67: f32[304] = mul %28, %44
    f32 v67[4];
    #pragma unroll
    for (int c = 0; c < 4; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            v67[c] = __fmul_rn(v28[c], v44[c]);
        }
    }
    // var_init %67
    #pragma unroll
    for (int c = 0; c < 4; ++c) x0[c] = v67[c];
    // var_init %28
    #pragma unroll
    for (int c = 0; c < 4; ++c) x1[c] = v28[c];
    // %68: i32 = const
    const i32 v68 = 8;
    // %69: i32 = rem %11, %68
    const i32 v69 = ((v68 == 0 || v68 == (i32)-1) ? (i32)0 : (i32)(v11 % v68));
    // %70: *i32 = ptr_add %8, %69
    const i64 v70 = (v8 + (i64)v69);
    // %71: i32 = const
    const i32 v71 = 8;
    // %72: *i32 = ptr_add %8, %71
    const i64 v72 = (v8 + (i64)v71);
    // %73: *i32 = ptr_add %72, %69
    const i64 v73 = (v72 + (i64)v69);
    // %74: i32 = mul %69, %10
    const i32 v74 = ((i32)((u32)(u32)v69 * (u32)(u32)v10));
    // %75: i32[304] = broadcast %74
    // %76: i32[304] = add %75, %12
    // while
    while (true) {
        // %77: i32 = const
        const i32 v77 = 0;
        // %78: i32 = const
        const i32 v78 = 1;
        // %79: i32 = atomic_cas %70, %77, %78
        if (tid == 0 && true && !((u64)v70 < n8)) { ox_record(ox_status, 1u, 8u, (u64)v70, 2u, 0u); ox_fail = true; }
        if (__syncthreads_or(ox_fail)) return;
        __threadfence();
        if (__syncthreads_or(ox_fail)) return;
        i32 old13 = 0;
        if (tid == 0) {
            if (!ox_fail && true) { if ((u64)v70 < n8) { old13 = ((i32)(u32(atomicCAS((u32*)&p8[v70], (u32)((u32)(v77)), (u32)((u32)(v78)))))); } else { ox_record(ox_status, 1u, 8u, (u64)v70, 2u, 0u); ox_fail = true; } }
            __threadfence();
            ox_bcast = (u64)((u32)(old13));
        }
        if (__syncthreads_or(ox_fail)) return;
        const i32 v79 = ((i32)(u32(ox_bcast)));
        if (__syncthreads_or(ox_fail)) return;
        // %80: i32 = const
        const i32 v80 = 1;
        // %81: bool = cmp %79, %80
        const bool v81 = (v79 == v80);
        if (!v81) break;
    }
    // %82: i32 = load %73
    i32 v82 = 0;
    if ((u64)v73 < n8) v82 = *(volatile i32*)&p8[v73]; else { ox_record(ox_status, 1u, 8u, (u64)v73, 0u, 0u); ox_fail = true; }
    // %83: i32 = const
    const i32 v83 = 0;
    // %84: bool = cmp %82, %83
    const bool v84 = (v82 == v83);
    // if %84
    if (v84) {
        // %85: i32 = const
        const i32 v85 = 1;
        // %86: i32 = atomic %73, %85
        if (tid == 0 && true && !((u64)v73 < n8)) { ox_record(ox_status, 1u, 8u, (u64)v73, 2u, 0u); ox_fail = true; }
        if (__syncthreads_or(ox_fail)) return;
        __threadfence();
        if (__syncthreads_or(ox_fail)) return;
        i32 old14 = 0;
        if (tid == 0) {
            if (!ox_fail && true) { if ((u64)v73 < n8) { old14 = atomicExch(&p8[v73], v85); } else { ox_record(ox_status, 1u, 8u, (u64)v73, 2u, 0u); ox_fail = true; } }
            __threadfence();
        }
        const i32 v86 = old14;
    } else {
        // %87: f32[304] = var_load
        f32 v87[4];
        #pragma unroll
        for (int c = 0; c < 4; ++c) v87[c] = x0[c];
        // %88: *f32[304] = broadcast %2
        // %89: *f32[304] = ptr_add %88, %76
        // %90: f32 = const
        const f32 v90 = 0.0f;
        // %91: f32[304] = broadcast %90
        // %92: f32[304] = load %89, %14, %91
        f32 v92[4];
        #pragma unroll
        for (int c = 0; c < 4; ++c) {
            const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
            if (e < 304) {
                const i32 l15 = ((i32)((u32)(u32)v74 + (u32)(u32)e));
                const i64 l16 = (v2 + (i64)l15);
                const bool l17 = (e < v10);
                v92[c] = v90; if (l17) { if ((u64)l16 < n2) v92[c] = *(volatile f32*)&p2[l16]; else { ox_record(ox_status, 1u, 2u, (u64)l16, 0u, 0u); ox_fail = true; } }
            }
        }
        // %93: f32[304] = add %87, %92
        f32 v93[4];
        #pragma unroll
        for (int c = 0; c < 4; ++c) {
            const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
            {
                v93[c] = __fadd_rn(v87[c], v92[c]);
            }
        }
        // var_store %93
        #pragma unroll
        for (int c = 0; c < 4; ++c) x0[c] = v93[c];
        // %94: f32[304] = var_load
        f32 v94[4];
        #pragma unroll
        for (int c = 0; c < 4; ++c) v94[c] = x1[c];
        // %95: *f32[304] = broadcast %3
        // %96: *f32[304] = ptr_add %95, %76
        // %97: f32 = const
        const f32 v97 = 0.0f;
        // %98: f32[304] = broadcast %97
        // %99: f32[304] = load %96, %14, %98
        f32 v99[4];
        #pragma unroll
        for (int c = 0; c < 4; ++c) {
            const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
            if (e < 304) {
                const i32 l18 = ((i32)((u32)(u32)v74 + (u32)(u32)e));
                const i64 l19 = (v3 + (i64)l18);
                const bool l20 = (e < v10);
                v99[c] = v97; if (l20) { if ((u64)l19 < n3) v99[c] = *(volatile f32*)&p3[l19]; else { ox_record(ox_status, 1u, 3u, (u64)l19, 0u, 0u); ox_fail = true; } }
            }
        }
        // %100: f32[304] = add %94, %99
        f32 v100[4];
        #pragma unroll
        for (int c = 0; c < 4; ++c) {
            const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
            {
                v100[c] = __fadd_rn(v94[c], v99[c]);
            }
        }
        // var_store %100
        #pragma unroll
        for (int c = 0; c < 4; ++c) x1[c] = v100[c];
    }
    // %101: *f32[304] = broadcast %2
    // %102: *f32[304] = ptr_add %101, %76
    // %103: f32[304] = var_load
    f32 v103[4];
    #pragma unroll
    for (int c = 0; c < 4; ++c) v103[c] = x0[c];
    // store %102, %103, %14
    #pragma unroll
    for (int c = 0; c < 4; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        if (e < 304) {
            const i32 l21 = ((i32)((u32)(u32)v74 + (u32)(u32)e));
            const i64 l22 = (v2 + (i64)l21);
            const bool l23 = (e < v10);
            if (!ox_fail && l23 && !((u64)l22 < n2)) { ox_record(ox_status, 1u, 2u, (u64)l22, 1u, 0u); ox_fail = true; }
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    #pragma unroll
    for (int c = 0; c < 4; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        if (e < 304) {
            const i32 l24 = ((i32)((u32)(u32)v74 + (u32)(u32)e));
            const i64 l25 = (v2 + (i64)l24);
            const bool l26 = (e < v10);
            if (!ox_fail && l26) { if ((u64)l25 < n2) p2[l25] = v103[c]; else { ox_record(ox_status, 1u, 2u, (u64)l25, 1u, 0u); ox_fail = true; } }
        }
    }
    // %104: *f32[304] = broadcast %3
    // %105: *f32[304] = ptr_add %104, %76
    // %106: f32[304] = var_load
    f32 v106[4];
    #pragma unroll
    for (int c = 0; c < 4; ++c) v106[c] = x1[c];
    // store %105, %106, %14
    #pragma unroll
    for (int c = 0; c < 4; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        if (e < 304) {
            const i32 l27 = ((i32)((u32)(u32)v74 + (u32)(u32)e));
            const i64 l28 = (v3 + (i64)l27);
            const bool l29 = (e < v10);
            if (!ox_fail && l29 && !((u64)l28 < n3)) { ox_record(ox_status, 1u, 3u, (u64)l28, 1u, 0u); ox_fail = true; }
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    #pragma unroll
    for (int c = 0; c < 4; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        if (e < 304) {
            const i32 l30 = ((i32)((u32)(u32)v74 + (u32)(u32)e));
            const i64 l31 = (v3 + (i64)l30);
            const bool l32 = (e < v10);
            if (!ox_fail && l32) { if ((u64)l31 < n3) p3[l31] = v106[c]; else { ox_record(ox_status, 1u, 3u, (u64)l31, 1u, 0u); ox_fail = true; } }
        }
    }
    // %107: i32 = const
    const i32 v107 = 0;
    // %108: i32 = atomic %70, %107
    if (tid == 0 && true && !((u64)v70 < n8)) { ox_record(ox_status, 1u, 8u, (u64)v70, 2u, 0u); ox_fail = true; }
    if (__syncthreads_or(ox_fail)) return;
    __threadfence();
    if (__syncthreads_or(ox_fail)) return;
    i32 old33 = 0;
    if (tid == 0) {
        if (!ox_fail && true) { if ((u64)v70 < n8) { old33 = atomicExch(&p8[v70], v107); } else { ox_record(ox_status, 1u, 8u, (u64)v70, 2u, 0u); ox_fail = true; } }
        __threadfence();
    }
    const i32 v108 = old33;
}
