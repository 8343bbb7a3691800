// entry: ox_extras
// params: buffer(4) buffer(4) buffer(1) buffer(2) buffer(4) buffer(1) buffer(4)
// threads: 128, shared bytes: 68
// stages: 2 requested, 0 chosen, loops []

// oxtile kernel `extras`: one block of 128 threads per program, sm_90, bounds-checked.

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

extern "C" __global__ void __launch_bounds__(128) ox_extras(
    i32* __restrict__ p0 /* `a`: *i32 */,
    u64 n0,
    f32* __restrict__ p1 /* `f`: *f32 */,
    u64 n1,
    u8* __restrict__ p2 /* `flags`: *bool */,
    u64 n2,
    u16* __restrict__ p3 /* `h`: *u16 */,
    u64 n3,
    f32* __restrict__ p4 /* `out`: *f32 */,
    u64 n4,
    const u8* __restrict__ p5 /* `bytes`: *u8 */,
    u64 n5,
    i32* __restrict__ p6 /* `io`: *i32 */,
    u64 n6,
    u32* __restrict__ ox_status)
{
    extern __shared__ __align__(16) unsigned char ox_smem[];
    __shared__ u64 ox_bcast;
    const int tid = (int)threadIdx.x;
    bool ox_fail = false; // this thread found an out-of-bounds lane
    (void)ox_bcast; (void)tid;
    const i64 v0 = 0; // `a`: offset into p0
    const i64 v1 = 0; // `f`: offset into p1
    const i64 v2 = 0; // `flags`: offset into p2
    const i64 v3 = 0; // `h`: offset into p3
    const i64 v4 = 0; // `out`: offset into p4
    const i64 v5 = 0; // `bytes`: offset into p5
    const i64 v6 = 0; // `io`: offset into p6
    u32 x0; // variable $0: u32
    // %7: i32[16] = arange
    // %8: *i32[16] = broadcast %0
    // %9: *i32[16] = ptr_add %8, %7
    // %10: i32[16] = load %9
    i32 v10[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        if (e < 16) {
            const i64 l1 = (v0 + (i64)e);
            v10[c] = 0; if ((u64)l1 < n0) v10[c] = *(volatile i32*)&p0[l1]; else { ox_record(ox_status, 1u, 0u, (u64)l1, 0u, 0u); ox_fail = true; }
        }
    }
    // %11: i32 = const
    const i32 v11 = 3;
    // %12: i32[16] = broadcast %11
    // %13: i32[16] = rem %10, %12
    i32 v13[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            v13[c] = ((v11 == 0 || v11 == (i32)-1) ? (i32)0 : (i32)(v10[c] % v11));
        }
    }
    // %14: i32[16] = atomic_cas %9, %13, %7
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        if (e < 16) {
            const i64 l2 = (v0 + (i64)e);
            if (!ox_fail && true && !((u64)l2 < n0)) { ox_record(ox_status, 1u, 0u, (u64)l2, 2u, 0u); ox_fail = true; }
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    __threadfence();
    i32 v14[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        if (e < 16) {
            const i64 l3 = (v0 + (i64)e);
            v14[c] = 0;
            if (!ox_fail && true) { if ((u64)l3 < n0) { v14[c] = ((i32)(u32(atomicCAS((u32*)&p0[l3], (u32)((u32)(v13[c])), (u32)((u32)(e)))))); } else { ox_record(ox_status, 1u, 0u, (u64)l3, 2u, 0u); ox_fail = true; } }
        }
    }
    __threadfence();
    // %15: f32[16] = cast %14
    f32 v15[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            v15[c] = ((f32)(v14[c]));
        }
    }
    // %16: *f32[16] = broadcast %4
    // %17: *f32[16] = ptr_add %16, %7
    // store %17, %15
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        if (e < 16) {
            const i64 l4 = (v4 + (i64)e);
            if (!ox_fail && true && !((u64)l4 < n4)) { ox_record(ox_status, 1u, 4u, (u64)l4, 1u, 0u); ox_fail = true; }
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        if (e < 16) {
            const i64 l5 = (v4 + (i64)e);
            if (!ox_fail && true) { if ((u64)l5 < n4) p4[l5] = v15[c]; else { ox_record(ox_status, 1u, 4u, (u64)l5, 1u, 0u); ox_fail = true; } }
        }
    }
    // %18: *f32[16] = broadcast %1
    // %19: *f32[16] = ptr_add %18, %7
    // %20: f32[16] = load %19
    f32 v20[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        if (e < 16) {
            const i64 l6 = (v1 + (i64)e);
            v20[c] = ((f32)(0)); if ((u64)l6 < n1) v20[c] = *(volatile f32*)&p1[l6]; else { ox_record(ox_status, 1u, 1u, (u64)l6, 0u, 0u); ox_fail = true; }
        }
    }
    // %21: f32[16] = atomic_cas %19, %20, %15
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        if (e < 16) {
            const i64 l7 = (v1 + (i64)e);
            if (!ox_fail && true && !((u64)l7 < n1)) { ox_record(ox_status, 1u, 1u, (u64)l7, 2u, 0u); ox_fail = true; }
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    __threadfence();
    f32 v21[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        if (e < 16) {
            const i64 l8 = (v1 + (i64)e);
            v21[c] = ((f32)(0));
            if (!ox_fail && true) { if ((u64)l8 < n1) { v21[c] = __uint_as_float((u32)(atomicCAS((u32*)&p1[l8], (u32)__float_as_uint(v20[c]), (u32)__float_as_uint(v15[c])))); } else { ox_record(ox_status, 1u, 1u, (u64)l8, 2u, 0u); ox_fail = true; } }
        }
    }
    __threadfence();
    // %22: *bool[16] = broadcast %2
    // %23: *bool[16] = ptr_add %22, %7
    // %24: bool[16] = load %23
    bool v24[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        if (e < 16) {
            const i64 l9 = (v2 + (i64)e);
            u8 lr10 = 0; if ((u64)l9 < n2) lr10 = *(volatile u8*)&p2[l9]; else { ox_record(ox_status, 1u, 2u, (u64)l9, 0u, 0u); ox_fail = true; } v24[c] = (lr10 != 0);
        }
    }
    // %25: bool[16] = not %24
    bool v25[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            v25[c] = (!v24[c]);
        }
    }
    // store %23, %25
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        if (e < 16) {
            const i64 l11 = (v2 + (i64)e);
            if (!ox_fail && true && !((u64)l11 < n2)) { ox_record(ox_status, 1u, 2u, (u64)l11, 1u, 0u); ox_fail = true; }
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        if (e < 16) {
            const i64 l12 = (v2 + (i64)e);
            if (!ox_fail && true) { if ((u64)l12 < n2) p2[l12] = ((u8)(v25[c] ? 1 : 0)); else { ox_record(ox_status, 1u, 2u, (u64)l12, 1u, 0u); ox_fail = true; } }
        }
    }
    // %26: *u16[16] = broadcast %3
    // %27: *u16[16] = ptr_add %26, %7
    // %28: u16[16] = load %27
    u16 v28[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        if (e < 16) {
            const i64 l13 = (v3 + (i64)e);
            v28[c] = ((u16)(0)); if ((u64)l13 < n3) v28[c] = *(volatile u16*)&p3[l13]; else { ox_record(ox_status, 1u, 3u, (u64)l13, 0u, 0u); ox_fail = true; }
        }
    }
    // %29: u16 = const
    const u16 v29 = ((u16)65535);
    // %30: u16[16] = broadcast %29
    // %31: u16[16] = mul %28, %30
    u16 v31[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            v31[c] = ((u16)((u32)(u16)v28[c] * (u32)(u16)v29));
        }
    }
    // store %27, %31
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        if (e < 16) {
            const i64 l14 = (v3 + (i64)e);
            if (!ox_fail && true && !((u64)l14 < n3)) { ox_record(ox_status, 1u, 3u, (u64)l14, 1u, 0u); ox_fail = true; }
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        if (e < 16) {
            const i64 l15 = (v3 + (i64)e);
            if (!ox_fail && true) { if ((u64)l15 < n3) p3[l15] = v31[c]; else { ox_record(ox_status, 1u, 3u, (u64)l15, 1u, 0u); ox_fail = true; } }
        }
    }
    // %32: i32[1] = arange
    // %33: i32 = reshape %32
    const i32 v33 = 0;
    // %34: u32 = const
    const u32 v34 = 0u;
    // var_init %34
    x0 = v34;
    // %35: u32 = const
    const u32 v35 = 10u;
    // %36: u32 = const
    const u32 v36 = 3u;
    // for %34, %35, %36
    {
        if (v36 == 0) { if (tid == 0) ox_record(ox_status, 3u, 0u, (u64)(i64)v36, 0u, 0u); return; }
        for (u32 it16 = v34; it16 < v35;) {
            const u32 v37 = it16;
            // %38: u32 = var_load
            const u32 v38 = x0;
            // %39: u32 = add %38, %37
            const u32 v39 = ((u32)((u32)(u32)v38 + (u32)(u32)v37));
            // var_store %39
            x0 = v39;
            if ((u32)((u32)v35 - (u32)it16) <= (u32)v36) break;
            it16 = (u32)((u32)it16 + (u32)v36);
        }
    }
    // %40: u32 = var_load
    const u32 v40 = x0;
    // %41: f32 = cast %40
    const f32 v41 = ((f32)(v40));
    // %42: i32 = const
    const i32 v42 = 16;
    // %43: i32 = add %42, %33
    const i32 v43 = ((i32)((u32)(u32)v42 + (u32)(u32)v33));
    // %44: *f32 = ptr_add %4, %43
    const i64 v44 = (v4 + (i64)v43);
    // store %44, %41
    if (tid == 0 && true && !((u64)v44 < n4)) { ox_record(ox_status, 1u, 4u, (u64)v44, 1u, 0u); ox_fail = true; }
    if (__syncthreads_or(ox_fail)) return;
    if (tid == 0) {
        if (!ox_fail && true) { if ((u64)v44 < n4) p4[v44] = v41; else { ox_record(ox_status, 1u, 4u, (u64)v44, 1u, 0u); ox_fail = true; } }
    }
    // %45: f16[16] = cast %20
    f32 v45[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            v45[c] = ox_rnd_f16(v20[c]);
        }
    }
    // %46: f16[16] = scan %45
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        if (e < 16) {
            ((f32*)ox_smem)[e] = v45[c];
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    for (int line = tid; line < 1; line += 128) {
        const int base = line * 16 + (line % 1);
        f32 acc = ((f32*)ox_smem)[base];
        for (int k = 1; k < 16; ++k) { const f32 x = ((f32*)ox_smem)[base + k * 1]; acc = fmaxf(acc, x); ((f32*)ox_smem)[base + k * 1] = acc; }
    }
    if (__syncthreads_or(ox_fail)) return;
    f32 v46[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        if (e < 16) {
            v46[c] = ((f32*)ox_smem)[e];
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    // %47: i32 = argmin %45
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        if (e < 16) {
            ((f32*)ox_smem)[e] = v45[c];
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    {
        const int g = tid / 16, l = tid % 16;
        for (int rr = 0; rr < 1; ++rr) {
            const int r = g + rr * 8;
            const int rc = r < 1 ? r : 0;
            const int base = rc * 16 + (rc % 1);
            f32 best = ((f32*)ox_smem)[base + l * 1];
            int bi = l;
            for (int kk = l + 16; kk < 16; kk += 16) {
                const f32 x = ((f32*)ox_smem)[base + kk * 1];
                if (((best != best) ? ((x != x) && kk < bi) : ((x != x) || x < best || (x == best && kk < bi)))) { best = x; bi = kk; }
            }
            for (int off = 8; off > 0; off >>= 1) {
                const f32 x = __shfl_xor_sync(0xffffffffu, best, off);
                const int xi = __shfl_xor_sync(0xffffffffu, bi, off);
                if (((best != best) ? ((x != x) && xi < bi) : ((x != x) || x < best || (x == best && xi < bi)))) { best = x; bi = xi; }
            }
            if (r < 1 && l == 0) ((i32*)(ox_smem + 64))[r] = bi;
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    i32 v47;
    v47 = ((i32*)(ox_smem + 64))[0];
    if (__syncthreads_or(ox_fail)) return;
    // %48: f32[16] = cast %46
    f32 v48[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            v48[c] = v46[c];
        }
    }
    // %49: i32 = const
    const i32 v49 = 32;
    // %50: i32[16] = broadcast %49
    // %51: i32[16] = add %7, %50
    // %52: *f32[16] = broadcast %4
    // %53: *f32[16] = ptr_add %52, %51
    // store %53, %48
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        if (e < 16) {
            const i32 l17 = ((i32)((u32)(u32)e + (u32)(u32)v49));
            const i64 l18 = (v4 + (i64)l17);
            if (!ox_fail && true && !((u64)l18 < n4)) { ox_record(ox_status, 1u, 4u, (u64)l18, 1u, 0u); ox_fail = true; }
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        if (e < 16) {
            const i32 l19 = ((i32)((u32)(u32)e + (u32)(u32)v49));
            const i64 l20 = (v4 + (i64)l19);
            if (!ox_fail && true) { if ((u64)l20 < n4) p4[l20] = v48[c]; else { ox_record(ox_status, 1u, 4u, (u64)l20, 1u, 0u); ox_fail = true; } }
        }
    }
    // %54: f32 = cast %47
    const f32 v54 = ((f32)(v47));
    // %55: i32 = const
    const i32 v55 = 17;
    // %56: *f32 = ptr_add %4, %55
    const i64 v56 = (v4 + (i64)v55);
    // store %56, %54
    if (tid == 0 && true && !((u64)v56 < n4)) { ox_record(ox_status, 1u, 4u, (u64)v56, 1u, 0u); ox_fail = true; }
    if (__syncthreads_or(ox_fail)) return;
    if (tid == 0) {
        if (!ox_fail && true) { if ((u64)v56 < n4) p4[v56] = v54; else { ox_record(ox_status, 1u, 4u, (u64)v56, 1u, 0u); ox_fail = true; } }
    }
    // %57: i32[4] = arange
    // %58: i32[8] = arange
    // %59: i32[4, 1] = expand_dims %57
    // %60: i32 = const
    const i32 v60 = 8;
    // %61: i32[4, 1] = broadcast %60
    // %62: i32[4, 1] = mul %59, %61
    // %63: i32[1, 8] = expand_dims %58
    // %64: i32[4, 8] = broadcast %62
    // %65: i32[4, 8] = broadcast %63
    // %66: i32[4, 8] = add %64, %65
    // %67: *u8[4, 8] = broadcast %5
    // %68: *u8[4, 8] = ptr_add %67, %66
    // %69: u8[4, 8] = load %68
    u8 v69[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        if (e < 32) {
            const i32 l21 = ((i32)((u32)(u32)(e / 8) * (u32)(u32)v60));
            const i32 l22 = ((i32)((u32)(u32)l21 + (u32)(u32)(e % 8)));
            const i64 l23 = (v5 + (i64)l22);
            v69[c] = ((u8)(0)); if ((u64)l23 < n5) v69[c] = p5[l23]; else { ox_record(ox_status, 1u, 5u, (u64)l23, 0u, 0u); ox_fail = true; }
        }
    }
    // %70: u8[8, 4] = permute %69
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        if (e < 32) {
            ((u8*)ox_smem)[e] = v69[c];
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    u8 v70[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        if (e < 32) {
            v70[c] = ((u8*)ox_smem)[(e / 4) + (e % 4) * 8];
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    // %71: i32 = const
    const i32 v71 = 0;
    // %72: i32[4, 4] = broadcast %71
    // %73: i32[4, 4] = dot %69, %70, %72
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        if (e < 32) {
            ((u8*)ox_smem)[e] = v69[c];
        }
    }
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        if (e < 32) {
            ((u8*)(ox_smem + 32))[e] = v70[c];
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    i32 v73[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            v73[c] = v71;
        }
    }
    #pragma unroll
    for (int run = 0; run < 1; ++run) {
        const int e0 = (run * 128 + tid) * 1;
        if (e0 < 16) {
            const int i = e0 / 4, j0 = e0 % 4;
            for (int kk = 0; kk < 8; ++kk) {
                const u8 x = ((u8*)ox_smem)[i * 8 + kk];
                const u8* sb = ((u8*)(ox_smem + 32)) + kk * 4 + j0;
                #pragma unroll
                for (int u = 0; u < 1; ++u) {
                    const i32 y = v73[run * 1 + u];
                    v73[run * 1 + u] = (i32)((u32)y + (u32)((i32)x * (i32)sb[u]));
                }
            }
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    // %74: i32[4, 4] = reshape %73
    // %75: i32[16] = reshape %74
    // %76: *i32[16] = broadcast %6
    // %77: *i32[16] = ptr_add %76, %7
    // %78: i32[16] = atomic %77, %75
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        if (e < 16) {
            const i64 l24 = (v6 + (i64)e);
            if (!ox_fail && true && !((u64)l24 < n6)) { ox_record(ox_status, 1u, 6u, (u64)l24, 2u, 0u); ox_fail = true; }
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    __threadfence();
    i32 v78[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        if (e < 16) {
            const i64 l25 = (v6 + (i64)e);
            v78[c] = 0;
            if (!ox_fail && true) { if ((u64)l25 < n6) { v78[c] = atomicExch(&p6[l25], v73[c]); } else { ox_record(ox_status, 1u, 6u, (u64)l25, 2u, 0u); ox_fail = true; } }
        }
    }
    __threadfence();
    // %79: i32[16] = atomic %77, %78
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        if (e < 16) {
            const i64 l26 = (v6 + (i64)e);
            if (!ox_fail && true && !((u64)l26 < n6)) { ox_record(ox_status, 1u, 6u, (u64)l26, 2u, 0u); ox_fail = true; }
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    __threadfence();
    i32 v79[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        if (e < 16) {
            const i64 l27 = (v6 + (i64)e);
            v79[c] = 0;
            if (!ox_fail && true) { if ((u64)l27 < n6) { v79[c] = atomicMax(&p6[l27], v78[c]); } else { ox_record(ox_status, 1u, 6u, (u64)l27, 2u, 0u); ox_fail = true; } }
        }
    }
    __threadfence();
    // %80: i32[16] = atomic %77, %79
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        if (e < 16) {
            const i64 l28 = (v6 + (i64)e);
            if (!ox_fail && true && !((u64)l28 < n6)) { ox_record(ox_status, 1u, 6u, (u64)l28, 2u, 0u); ox_fail = true; }
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    __threadfence();
    i32 v80[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        if (e < 16) {
            const i64 l29 = (v6 + (i64)e);
            v80[c] = 0;
            if (!ox_fail && true) { if ((u64)l29 < n6) { v80[c] = atomicAdd(&p6[l29], v79[c]); } else { ox_record(ox_status, 1u, 6u, (u64)l29, 2u, 0u); ox_fail = true; } }
        }
    }
    __threadfence();
    // %81: f32[16] = cast %80
    f32 v81[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            v81[c] = ((f32)(v80[c]));
        }
    }
    // %82: f32[16] = atomic %19, %81
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        if (e < 16) {
            const i64 l30 = (v1 + (i64)e);
            if (!ox_fail && true && !((u64)l30 < n1)) { ox_record(ox_status, 1u, 1u, (u64)l30, 2u, 0u); ox_fail = true; }
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    __threadfence();
    f32 v82[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        if (e < 16) {
            const i64 l31 = (v1 + (i64)e);
            v82[c] = ((f32)(0));
            if (!ox_fail && true) { if ((u64)l31 < n1) { v82[c] = atomicAdd(&p1[l31], v81[c]); } else { ox_record(ox_status, 1u, 1u, (u64)l31, 2u, 0u); ox_fail = true; } }
        }
    }
    __threadfence();
    // %83: f32[16] = atomic %19, %82
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        if (e < 16) {
            const i64 l32 = (v1 + (i64)e);
            if (!ox_fail && true && !((u64)l32 < n1)) { ox_record(ox_status, 1u, 1u, (u64)l32, 2u, 0u); ox_fail = true; }
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    __threadfence();
    f32 v83[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        if (e < 16) {
            const i64 l33 = (v1 + (i64)e);
            v83[c] = ((f32)(0));
            if (!ox_fail && true) { if ((u64)l33 < n1) { v83[c] = ox_atomic_max_f32(&p1[l33], v82[c]); } else { ox_record(ox_status, 1u, 1u, (u64)l33, 2u, 0u); ox_fail = true; } }
        }
    }
    __threadfence();
    // %84: i32 = const
    const i32 v84 = 48;
    // %85: i32[16] = broadcast %84
    // %86: i32[16] = add %7, %85
    // %87: *f32[16] = ptr_add %52, %86
    // store %87, %83
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        if (e < 16) {
            const i32 l34 = ((i32)((u32)(u32)e + (u32)(u32)v84));
            const i64 l35 = (v4 + (i64)l34);
            if (!ox_fail && true && !((u64)l35 < n4)) { ox_record(ox_status, 1u, 4u, (u64)l35, 1u, 0u); ox_fail = true; }
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        if (e < 16) {
            const i32 l36 = ((i32)((u32)(u32)e + (u32)(u32)v84));
            const i64 l37 = (v4 + (i64)l36);
            if (!ox_fail && true) { if ((u64)l37 < n4) p4[l37] = v83[c]; else { ox_record(ox_status, 1u, 4u, (u64)l37, 1u, 0u); ox_fail = true; } }
        }
    }
    // %88: bool = const
    const bool v88 = true;
    // %89: *i32 = ptr_add %6, %42
    const i64 v89 = (v6 + (i64)v42);
    // %90: i32 = atomic %89, %42, %88
    if (tid == 0 && v88 && !((u64)v89 < n6)) { ox_record(ox_status, 1u, 6u, (u64)v89, 2u, 0u); ox_fail = true; }
    if (__syncthreads_or(ox_fail)) return;
    __threadfence();
    if (__syncthreads_or(ox_fail)) return;
    i32 old38 = 0;
    if (tid == 0) {
        if (!ox_fail && v88) { if ((u64)v89 < n6) { old38 = atomicAdd(&p6[v89], v42); } else { ox_record(ox_status, 1u, 6u, (u64)v89, 2u, 0u); ox_fail = true; } }
        __threadfence();
        ox_bcast = (u64)((u32)(old38));
    }
    if (__syncthreads_or(ox_fail)) return;
    const i32 v90 = ((i32)(u32(ox_bcast)));
    if (__syncthreads_or(ox_fail)) return;
    // %91: i32 = atomic_cas %89, %90, %11
    if (tid == 0 && true && !((u64)v89 < n6)) { ox_record(ox_status, 1u, 6u, (u64)v89, 2u, 0u); ox_fail = true; }
    if (__syncthreads_or(ox_fail)) return;
    __threadfence();
    if (__syncthreads_or(ox_fail)) return;
    i32 old39 = 0;
    if (tid == 0) {
        if (!ox_fail && true) { if ((u64)v89 < n6) { old39 = ((i32)(u32(atomicCAS((u32*)&p6[v89], (u32)((u32)(v90)), (u32)((u32)(v11)))))); } else { ox_record(ox_status, 1u, 6u, (u64)v89, 2u, 0u); ox_fail = true; } }
        __threadfence();
    }
    const i32 v91 = old39;
}
