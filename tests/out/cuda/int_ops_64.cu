// entry: ox_int_ops
// params: buffer(4) buffer(4) buffer(4) buffer(1) buffer(1) buffer(4) buffer(4)
// threads: 128, shared bytes: 0
// stages: 2 requested, 0 chosen, loops []

// oxtile kernel `int_ops`: one block of 128 threads per program, sm_90, bounds-checked.

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

extern "C" __global__ void __launch_bounds__(128) ox_int_ops(
    const i32* __restrict__ p0 /* `a`: *i32 */,
    u64 n0,
    const i32* __restrict__ p1 /* `b`: *i32 */,
    u64 n1,
    i32* __restrict__ p2 /* `out`: *i32 */,
    u64 n2,
    const i8* __restrict__ p3 /* `bytes`: *i8 */,
    u64 n3,
    i8* __restrict__ p4 /* `bytes_out`: *i8 */,
    u64 n4,
    const u32* __restrict__ p5 /* `u`: *u32 */,
    u64 n5,
    u32* __restrict__ p6 /* `u_out`: *u32 */,
    u64 n6,
    u32* __restrict__ ox_status)
{
    extern __shared__ __align__(16) unsigned char ox_smem[];
    __shared__ u64 ox_bcast;
    const int tid = (int)threadIdx.x;
    bool ox_fail = false; // this thread found an out-of-bounds lane
    (void)ox_bcast; (void)tid;
    const i64 v0 = 0; // `a`: offset into p0
    const i64 v1 = 0; // `b`: offset into p1
    const i64 v2 = 0; // `out`: offset into p2
    const i64 v3 = 0; // `bytes`: offset into p3
    const i64 v4 = 0; // `bytes_out`: offset into p4
    const i64 v5 = 0; // `u`: offset into p5
    const i64 v6 = 0; // `u_out`: offset into p6
    // %7: i32[64] = arange
    // %8: *i32[64] = broadcast %0
    // %9: *i32[64] = ptr_add %8, %7
    // %10: i32[64] = load %9
    i32 v10[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        if (e < 64) {
            const i64 l1 = (v0 + (i64)e);
            v10[c] = 0; if ((u64)l1 < n0) v10[c] = p0[l1]; else { ox_record(ox_status, 1u, 0u, (u64)l1, 0u, 0u); ox_fail = true; }
        }
    }
    // %11: *i32[64] = broadcast %1
    // %12: *i32[64] = ptr_add %11, %7
    // %13: i32[64] = load %12
    i32 v13[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        if (e < 64) {
            const i64 l2 = (v1 + (i64)e);
            v13[c] = 0; if ((u64)l2 < n1) v13[c] = p1[l2]; else { ox_record(ox_status, 1u, 1u, (u64)l2, 0u, 0u); ox_fail = true; }
        }
    }
    // %14: *i32[64] = broadcast %2
    // %15: *i32[64] = ptr_add %14, %7
    // %16: i32[64] = add %10, %13
    i32 v16[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            v16[c] = ((i32)((u32)(u32)v10[c] + (u32)(u32)v13[c]));
        }
    }
    // store %15, %16
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        if (e < 64) {
            const i64 l3 = (v2 + (i64)e);
            if (!ox_fail && true && !((u64)l3 < n2)) { ox_record(ox_status, 1u, 2u, (u64)l3, 1u, 0u); ox_fail = true; }
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        if (e < 64) {
            const i64 l4 = (v2 + (i64)e);
            if (!ox_fail && true) { if ((u64)l4 < n2) p2[l4] = v16[c]; else { ox_record(ox_status, 1u, 2u, (u64)l4, 1u, 0u); ox_fail = true; } }
        }
    }
    // %17: i32 = const
    const i32 v17 = 64;
    // %18: *i32 = ptr_add %2, %17
    const i64 v18 = (v2 + (i64)v17);
    // %19: *i32[64] = broadcast %18
    // %20: *i32[64] = ptr_add %19, %7
    // %21: i32[64] = mul %10, %13
    i32 v21[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            v21[c] = ((i32)((u32)(u32)v10[c] * (u32)(u32)v13[c]));
        }
    }
    // store %20, %21
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        if (e < 64) {
            const i64 l5 = (v18 + (i64)e);
            if (!ox_fail && true && !((u64)l5 < n2)) { ox_record(ox_status, 1u, 2u, (u64)l5, 1u, 0u); ox_fail = true; }
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        if (e < 64) {
            const i64 l6 = (v18 + (i64)e);
            if (!ox_fail && true) { if ((u64)l6 < n2) p2[l6] = v21[c]; else { ox_record(ox_status, 1u, 2u, (u64)l6, 1u, 0u); ox_fail = true; } }
        }
    }
    // %22: i32 = const
    const i32 v22 = 2;
    // %23: i32 = const
    const i32 v23 = 64;
    // %24: i32 = mul %22, %23
    const i32 v24 = ((i32)((u32)(u32)v22 * (u32)(u32)v23));
    // %25: *i32 = ptr_add %2, %24
    const i64 v25 = (v2 + (i64)v24);
    // %26: *i32[64] = broadcast %25
    // %27: *i32[64] = ptr_add %26, %7
    // %28: i32[64] = div %10, %13
    i32 v28[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            v28[c] = (v13[c] == 0 ? (i32)0 : v13[c] == (i32)-1 ? ((i32)((u32)(u32)0 - (u32)(u32)v10[c])) : (i32)(v10[c] / v13[c]));
        }
    }
    // store %27, %28
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        if (e < 64) {
            const i64 l7 = (v25 + (i64)e);
            if (!ox_fail && true && !((u64)l7 < n2)) { ox_record(ox_status, 1u, 2u, (u64)l7, 1u, 0u); ox_fail = true; }
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        if (e < 64) {
            const i64 l8 = (v25 + (i64)e);
            if (!ox_fail && true) { if ((u64)l8 < n2) p2[l8] = v28[c]; else { ox_record(ox_status, 1u, 2u, (u64)l8, 1u, 0u); ox_fail = true; } }
        }
    }
    // %29: i32 = const
    const i32 v29 = 3;
    // %30: i32 = const
    const i32 v30 = 64;
    // %31: i32 = mul %29, %30
    const i32 v31 = ((i32)((u32)(u32)v29 * (u32)(u32)v30));
    // %32: *i32 = ptr_add %2, %31
    const i64 v32 = (v2 + (i64)v31);
    // %33: *i32[64] = broadcast %32
    // %34: *i32[64] = ptr_add %33, %7
    // %35: i32[64] = rem %10, %13
    i32 v35[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            v35[c] = ((v13[c] == 0 || v13[c] == (i32)-1) ? (i32)0 : (i32)(v10[c] % v13[c]));
        }
    }
    // store %34, %35
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        if (e < 64) {
            const i64 l9 = (v32 + (i64)e);
            if (!ox_fail && true && !((u64)l9 < n2)) { ox_record(ox_status, 1u, 2u, (u64)l9, 1u, 0u); ox_fail = true; }
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        if (e < 64) {
            const i64 l10 = (v32 + (i64)e);
            if (!ox_fail && true) { if ((u64)l10 < n2) p2[l10] = v35[c]; else { ox_record(ox_status, 1u, 2u, (u64)l10, 1u, 0u); ox_fail = true; } }
        }
    }
    // %36: i32 = const
    const i32 v36 = 4;
    // %37: i32 = const
    const i32 v37 = 64;
    // %38: i32 = mul %36, %37
    const i32 v38 = ((i32)((u32)(u32)v36 * (u32)(u32)v37));
    // %39: *i32 = ptr_add %2, %38
    const i64 v39 = (v2 + (i64)v38);
    // %40: *i32[64] = broadcast %39
    // %41: *i32[64] = ptr_add %40, %7
    // %42: i32[64] = and %10, %13
    i32 v42[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            v42[c] = ((i32)(v10[c] & v13[c]));
        }
    }
    // %43: i32 = const
    const i32 v43 = 7;
    // %44: i32[64] = broadcast %43
    // %45: i32[64] = xor %10, %44
    i32 v45[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            v45[c] = ((i32)(v10[c] ^ v43));
        }
    }
    // %46: i32[64] = or %42, %45
    i32 v46[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            v46[c] = ((i32)(v42[c] | v45[c]));
        }
    }
    // store %41, %46
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        if (e < 64) {
            const i64 l11 = (v39 + (i64)e);
            if (!ox_fail && true && !((u64)l11 < n2)) { ox_record(ox_status, 1u, 2u, (u64)l11, 1u, 0u); ox_fail = true; }
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        if (e < 64) {
            const i64 l12 = (v39 + (i64)e);
            if (!ox_fail && true) { if ((u64)l12 < n2) p2[l12] = v46[c]; else { ox_record(ox_status, 1u, 2u, (u64)l12, 1u, 0u); ox_fail = true; } }
        }
    }
    // %47: i32 = const
    const i32 v47 = 5;
    // %48: i32 = const
    const i32 v48 = 64;
    // %49: i32 = mul %47, %48
    const i32 v49 = ((i32)((u32)(u32)v47 * (u32)(u32)v48));
    // %50: *i32 = ptr_add %2, %49
    const i64 v50 = (v2 + (i64)v49);
    // %51: *i32[64] = broadcast %50
    // %52: *i32[64] = ptr_add %51, %7
    // %53: i32 = const
    const i32 v53 = 15;
    // %54: i32[64] = broadcast %53
    // %55: i32[64] = and %13, %54
    i32 v55[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            v55[c] = ((i32)(v13[c] & v53));
        }
    }
    // %56: i32[64] = shl %10, %55
    i32 v56[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            v56[c] = ((i32)((u32)(u32)v10[c] << ((u32)v55[c] & 31u)));
        }
    }
    // store %52, %56
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        if (e < 64) {
            const i64 l13 = (v50 + (i64)e);
            if (!ox_fail && true && !((u64)l13 < n2)) { ox_record(ox_status, 1u, 2u, (u64)l13, 1u, 0u); ox_fail = true; }
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        if (e < 64) {
            const i64 l14 = (v50 + (i64)e);
            if (!ox_fail && true) { if ((u64)l14 < n2) p2[l14] = v56[c]; else { ox_record(ox_status, 1u, 2u, (u64)l14, 1u, 0u); ox_fail = true; } }
        }
    }
    // %57: i32 = const
    const i32 v57 = 6;
    // %58: i32 = const
    const i32 v58 = 64;
    // %59: i32 = mul %57, %58
    const i32 v59 = ((i32)((u32)(u32)v57 * (u32)(u32)v58));
    // %60: *i32 = ptr_add %2, %59
    const i64 v60 = (v2 + (i64)v59);
    // %61: *i32[64] = broadcast %60
    // %62: *i32[64] = ptr_add %61, %7
    // %63: i32 = const
    const i32 v63 = 15;
    // %64: i32[64] = broadcast %63
    // %65: i32[64] = and %13, %64
    i32 v65[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            v65[c] = ((i32)(v13[c] & v63));
        }
    }
    // %66: i32[64] = shr %10, %65
    i32 v66[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            v66[c] = ((i32)(v10[c] >> ((u32)v65[c] & 31u)));
        }
    }
    // store %62, %66
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        if (e < 64) {
            const i64 l15 = (v60 + (i64)e);
            if (!ox_fail && true && !((u64)l15 < n2)) { ox_record(ox_status, 1u, 2u, (u64)l15, 1u, 0u); ox_fail = true; }
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        if (e < 64) {
            const i64 l16 = (v60 + (i64)e);
            if (!ox_fail && true) { if ((u64)l16 < n2) p2[l16] = v66[c]; else { ox_record(ox_status, 1u, 2u, (u64)l16, 1u, 0u); ox_fail = true; } }
        }
    }
    // %67: i32 = const
    const i32 v67 = 7;
    // %68: i32 = const
    const i32 v68 = 64;
    // %69: i32 = mul %67, %68
    const i32 v69 = ((i32)((u32)(u32)v67 * (u32)(u32)v68));
    // %70: *i32 = ptr_add %2, %69
    const i64 v70 = (v2 + (i64)v69);
    // %71: *i32[64] = broadcast %70
    // %72: *i32[64] = ptr_add %71, %7
    // %73: bool[64] = cmp %10, %13
    bool v73[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            v73[c] = (v10[c] < v13[c]);
        }
    }
    // %74: i32[64] = select %73, %10, %13
    i32 v74[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            v74[c] = (v73[c] ? v10[c] : v13[c]);
        }
    }
    // %75: bool[64] = cmp %10, %13
    bool v75[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            v75[c] = (v10[c] == v13[c]);
        }
    }
    // %76: i32[64] = cast %75
    i32 v76[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            v76[c] = ((i32)(v75[c] ? 1 : 0));
        }
    }
    // %77: i32[64] = add %74, %76
    i32 v77[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            v77[c] = ((i32)((u32)(u32)v74[c] + (u32)(u32)v76[c]));
        }
    }
    // store %72, %77
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        if (e < 64) {
            const i64 l17 = (v70 + (i64)e);
            if (!ox_fail && true && !((u64)l17 < n2)) { ox_record(ox_status, 1u, 2u, (u64)l17, 1u, 0u); ox_fail = true; }
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        if (e < 64) {
            const i64 l18 = (v70 + (i64)e);
            if (!ox_fail && true) { if ((u64)l18 < n2) p2[l18] = v77[c]; else { ox_record(ox_status, 1u, 2u, (u64)l18, 1u, 0u); ox_fail = true; } }
        }
    }
    // %78: i32 = const
    const i32 v78 = 8;
    // %79: i32 = const
    const i32 v79 = 64;
    // %80: i32 = mul %78, %79
    const i32 v80 = ((i32)((u32)(u32)v78 * (u32)(u32)v79));
    // %81: *i32 = ptr_add %2, %80
    const i64 v81 = (v2 + (i64)v80);
    // %82: *i32[64] = broadcast %81
    // %83: *i32[64] = ptr_add %82, %7
    // %84: i32[64] = not %10
    i32 v84[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            v84[c] = ((i32)(~v10[c]));
        }
    }
    // store %83, %84
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        if (e < 64) {
            const i64 l19 = (v81 + (i64)e);
            if (!ox_fail && true && !((u64)l19 < n2)) { ox_record(ox_status, 1u, 2u, (u64)l19, 1u, 0u); ox_fail = true; }
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        if (e < 64) {
            const i64 l20 = (v81 + (i64)e);
            if (!ox_fail && true) { if ((u64)l20 < n2) p2[l20] = v84[c]; else { ox_record(ox_status, 1u, 2u, (u64)l20, 1u, 0u); ox_fail = true; } }
        }
    }
    // %85: i32 = const
    const i32 v85 = 9;
    // %86: i32 = const
    const i32 v86 = 64;
    // %87: i32 = mul %85, %86
    const i32 v87 = ((i32)((u32)(u32)v85 * (u32)(u32)v86));
    // %88: *i32 = ptr_add %2, %87
    const i64 v88 = (v2 + (i64)v87);
    // %89: *i32[64] = broadcast %88
    // %90: *i32[64] = ptr_add %89, %7
    // %91: i32[64] = min %10, %13
    i32 v91[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            v91[c] = (v10[c] < v13[c] ? v10[c] : v13[c]);
        }
    }
    // %92: i32[64] = max %10, %13
    i32 v92[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            v92[c] = (v10[c] > v13[c] ? v10[c] : v13[c]);
        }
    }
    // %93: i32[64] = sub %91, %92
    i32 v93[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            v93[c] = ((i32)((u32)(u32)v91[c] - (u32)(u32)v92[c]));
        }
    }
    // %94: i32[64] = abs %10
    i32 v94[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            v94[c] = (v10[c] < 0 ? ((i32)((u32)(u32)0 - (u32)(u32)v10[c])) : v10[c]);
        }
    }
    // %95: i32[64] = add %93, %94
    i32 v95[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            v95[c] = ((i32)((u32)(u32)v93[c] + (u32)(u32)v94[c]));
        }
    }
    // store %90, %95
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        if (e < 64) {
            const i64 l21 = (v88 + (i64)e);
            if (!ox_fail && true && !((u64)l21 < n2)) { ox_record(ox_status, 1u, 2u, (u64)l21, 1u, 0u); ox_fail = true; }
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        if (e < 64) {
            const i64 l22 = (v88 + (i64)e);
            if (!ox_fail && true) { if ((u64)l22 < n2) p2[l22] = v95[c]; else { ox_record(ox_status, 1u, 2u, (u64)l22, 1u, 0u); ox_fail = true; } }
        }
    }
    // %96: i32 = const
    const i32 v96 = 10;
    // %97: i32 = const
    const i32 v97 = 64;
    // %98: i32 = mul %96, %97
    const i32 v98 = ((i32)((u32)(u32)v96 * (u32)(u32)v97));
    // %99: *i32 = ptr_add %2, %98
    const i64 v99 = (v2 + (i64)v98);
    // %100: *i32[64] = broadcast %99
    // %101: *i32[64] = ptr_add %100, %7
    // %102: i32[64] = abs %10
    i32 v102[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            v102[c] = (v10[c] < 0 ? ((i32)((u32)(u32)0 - (u32)(u32)v10[c])) : v10[c]);
        }
    }
    // %103: i32 = const
    const i32 v103 = 7;
    // %104: i32[64] = broadcast %103
    // %105: i32[64] = add %102, %104
    i32 v105[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            v105[c] = ((i32)((u32)(u32)v102[c] + (u32)(u32)v103));
        }
    }
    // %106: i32 = const
    const i32 v106 = 1;
    // %107: i32[64] = broadcast %106
    // %108: i32[64] = sub %105, %107
    i32 v108[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            v108[c] = ((i32)((u32)(u32)v105[c] - (u32)(u32)v106));
        }
    }
    // %109: i32 = const
    const i32 v109 = 7;
    // %110: i32[64] = broadcast %109
    // %111: i32[64] = div %108, %110
    i32 v111[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            v111[c] = (v109 == 0 ? (i32)0 : v109 == (i32)-1 ? ((i32)((u32)(u32)0 - (u32)(u32)v108[c])) : (i32)(v108[c] / v109));
        }
    }
    // store %101, %111
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        if (e < 64) {
            const i64 l23 = (v99 + (i64)e);
            if (!ox_fail && true && !((u64)l23 < n2)) { ox_record(ox_status, 1u, 2u, (u64)l23, 1u, 0u); ox_fail = true; }
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        if (e < 64) {
            const i64 l24 = (v99 + (i64)e);
            if (!ox_fail && true) { if ((u64)l24 < n2) p2[l24] = v111[c]; else { ox_record(ox_status, 1u, 2u, (u64)l24, 1u, 0u); ox_fail = true; } }
        }
    }
    // %112: *i8[64] = broadcast %3
    // %113: *i8[64] = ptr_add %112, %7
    // %114: i8[64] = load %113
    i8 v114[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        if (e < 64) {
            const i64 l25 = (v3 + (i64)e);
            v114[c] = ((i8)(0)); if ((u64)l25 < n3) v114[c] = p3[l25]; else { ox_record(ox_status, 1u, 3u, (u64)l25, 0u, 0u); ox_fail = true; }
        }
    }
    // %115: *i8[64] = broadcast %4
    // %116: *i8[64] = ptr_add %115, %7
    // %117: i8 = const
    const i8 v117 = ((i8)3);
    // %118: i8[64] = broadcast %117
    // %119: i8[64] = mul %114, %118
    i8 v119[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            v119[c] = ((i8)((u32)(u8)v114[c] * (u32)(u8)v117));
        }
    }
    // %120: i8 = const
    const i8 v120 = ((i8)100);
    // %121: i8[64] = broadcast %120
    // %122: i8[64] = add %119, %121
    i8 v122[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            v122[c] = ((i8)((u32)(u8)v119[c] + (u32)(u8)v120));
        }
    }
    // store %116, %122
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        if (e < 64) {
            const i64 l26 = (v4 + (i64)e);
            if (!ox_fail && true && !((u64)l26 < n4)) { ox_record(ox_status, 1u, 4u, (u64)l26, 1u, 0u); ox_fail = true; }
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        if (e < 64) {
            const i64 l27 = (v4 + (i64)e);
            if (!ox_fail && true) { if ((u64)l27 < n4) p4[l27] = v122[c]; else { ox_record(ox_status, 1u, 4u, (u64)l27, 1u, 0u); ox_fail = true; } }
        }
    }
    // %123: *u32[64] = broadcast %5
    // %124: *u32[64] = ptr_add %123, %7
    // %125: u32[64] = load %124
    u32 v125[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        if (e < 64) {
            const i64 l28 = (v5 + (i64)e);
            v125[c] = ((u32)(0)); if ((u64)l28 < n5) v125[c] = p5[l28]; else { ox_record(ox_status, 1u, 5u, (u64)l28, 0u, 0u); ox_fail = true; }
        }
    }
    // %126: *u32[64] = broadcast %6
    // %127: *u32[64] = ptr_add %126, %7
    // %128: u32 = const
    const u32 v128 = 3u;
    // %129: u32[64] = broadcast %128
    // %130: u32[64] = shr %125, %129
    u32 v130[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            v130[c] = ((u32)(v125[c] >> ((u32)v128 & 31u)));
        }
    }
    // %131: u32 = const
    const u32 v131 = 5u;
    // %132: u32[64] = broadcast %131
    // %133: u32[64] = sub %130, %132
    u32 v133[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            v133[c] = ((u32)((u32)(u32)v130[c] - (u32)(u32)v131));
        }
    }
    // store %127, %133
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        if (e < 64) {
            const i64 l29 = (v6 + (i64)e);
            if (!ox_fail && true && !((u64)l29 < n6)) { ox_record(ox_status, 1u, 6u, (u64)l29, 1u, 0u); ox_fail = true; }
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        if (e < 64) {
            const i64 l30 = (v6 + (i64)e);
            if (!ox_fail && true) { if ((u64)l30 < n6) p6[l30] = v133[c]; else { ox_record(ox_status, 1u, 6u, (u64)l30, 1u, 0u); ox_fail = true; } }
        }
    }
}
