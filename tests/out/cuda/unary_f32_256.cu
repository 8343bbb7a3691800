// entry: ox_unary_f32
// params: buffer(4) buffer(4) scalar(4)
// threads: 128, shared bytes: 0
// stages: 2 requested, 0 chosen, loops []

// oxtile kernel `unary_f32`: one block of 128 threads per program, sm_90, bounds-checked.

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

extern "C" __global__ void __launch_bounds__(128) ox_unary_f32(
    const f32* __restrict__ p0 /* `x`: *f32 */,
    u64 n0,
    f32* __restrict__ p1 /* `out`: *f32 */,
    u64 n1,
    u32 s2 /* `n`: i32 */,
    u32* __restrict__ ox_status)
{
    extern __shared__ __align__(16) unsigned char ox_smem[];
    __shared__ u64 ox_bcast;
    const int tid = (int)threadIdx.x;
    bool ox_fail = false; // this thread found an out-of-bounds lane
    (void)ox_bcast; (void)tid;
    const i64 v0 = 0; // `x`: offset into p0
    const i64 v1 = 0; // `out`: offset into p1
    const i32 v2 = ((i32)(u32(s2))); // `n`
    // %3: i32[256] = arange
    // %4: i32[256] = broadcast %2
    // %5: bool[256] = cmp %3, %4
    // %6: *f32[256] = broadcast %0
    // %7: *f32[256] = ptr_add %6, %3
    // %8: f32 = const
    const f32 v8 = 1.0f;
    // %9: f32[256] = broadcast %8
    // %10: f32[256] = load %7, %5, %9
    f32 v10[2];
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            const i64 l1 = (v0 + (i64)e);
            const bool l2 = (e < v2);
            v10[c] = v8; if (l2) { if ((u64)l1 < n0) v10[c] = p0[l1]; else { ox_record(ox_status, 1u, 0u, (u64)l1, 0u, 0u); ox_fail = true; } }
        }
    }
    // %11: i32 = const
    const i32 v11 = 0;
    // %12: i32 = mul %11, %2
    const i32 v12 = ((i32)((u32)(u32)v11 * (u32)(u32)v2));
    // %13: *f32 = ptr_add %1, %12
    const i64 v13 = (v1 + (i64)v12);
    // %14: *f32[256] = broadcast %13
    // %15: *f32[256] = ptr_add %14, %3
    // %16: f32[256] = exp %10
    f32 v16[2];
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            v16[c] = expf(v10[c]);
        }
    }
    // store %15, %16, %5
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            const i64 l3 = (v13 + (i64)e);
            const bool l4 = (e < v2);
            if (!ox_fail && l4 && !((u64)l3 < n1)) { ox_record(ox_status, 1u, 1u, (u64)l3, 1u, 0u); ox_fail = true; }
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            const i64 l5 = (v13 + (i64)e);
            const bool l6 = (e < v2);
            if (!ox_fail && l6) { if ((u64)l5 < n1) p1[l5] = v16[c]; else { ox_record(ox_status, 1u, 1u, (u64)l5, 1u, 0u); ox_fail = true; } }
        }
    }
    // %17: i32 = const
    const i32 v17 = 1;
    // %18: i32 = mul %17, %2
    const i32 v18 = ((i32)((u32)(u32)v17 * (u32)(u32)v2));
    // %19: *f32 = ptr_add %1, %18
    const i64 v19 = (v1 + (i64)v18);
    // %20: *f32[256] = broadcast %19
    // %21: *f32[256] = ptr_add %20, %3
    // %22: f32[256] = exp2 %10
    f32 v22[2];
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            v22[c] = exp2f(v10[c]);
        }
    }
    // store %21, %22, %5
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            const i64 l7 = (v19 + (i64)e);
            const bool l8 = (e < v2);
            if (!ox_fail && l8 && !((u64)l7 < n1)) { ox_record(ox_status, 1u, 1u, (u64)l7, 1u, 0u); ox_fail = true; }
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            const i64 l9 = (v19 + (i64)e);
            const bool l10 = (e < v2);
            if (!ox_fail && l10) { if ((u64)l9 < n1) p1[l9] = v22[c]; else { ox_record(ox_status, 1u, 1u, (u64)l9, 1u, 0u); ox_fail = true; } }
        }
    }
    // %23: i32 = const
    const i32 v23 = 2;
    // %24: i32 = mul %23, %2
    const i32 v24 = ((i32)((u32)(u32)v23 * (u32)(u32)v2));
    // %25: *f32 = ptr_add %1, %24
    const i64 v25 = (v1 + (i64)v24);
    // %26: *f32[256] = broadcast %25
    // %27: *f32[256] = ptr_add %26, %3
    // %28: f32[256] = abs %10
    f32 v28[2];
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            v28[c] = fabsf(v10[c]);
        }
    }
    // %29: f32[256] = log %28
    f32 v29[2];
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            v29[c] = logf(v28[c]);
        }
    }
    // store %27, %29, %5
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            const i64 l11 = (v25 + (i64)e);
            const bool l12 = (e < v2);
            if (!ox_fail && l12 && !((u64)l11 < n1)) { ox_record(ox_status, 1u, 1u, (u64)l11, 1u, 0u); ox_fail = true; }
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            const i64 l13 = (v25 + (i64)e);
            const bool l14 = (e < v2);
            if (!ox_fail && l14) { if ((u64)l13 < n1) p1[l13] = v29[c]; else { ox_record(ox_status, 1u, 1u, (u64)l13, 1u, 0u); ox_fail = true; } }
        }
    }
    // %30: i32 = const
    const i32 v30 = 3;
    // %31: i32 = mul %30, %2
    const i32 v31 = ((i32)((u32)(u32)v30 * (u32)(u32)v2));
    // %32: *f32 = ptr_add %1, %31
    const i64 v32 = (v1 + (i64)v31);
    // %33: *f32[256] = broadcast %32
    // %34: *f32[256] = ptr_add %33, %3
    // %35: f32[256] = abs %10
    f32 v35[2];
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            v35[c] = fabsf(v10[c]);
        }
    }
    // %36: f32[256] = log2 %35
    f32 v36[2];
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            v36[c] = log2f(v35[c]);
        }
    }
    // store %34, %36, %5
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            const i64 l15 = (v32 + (i64)e);
            const bool l16 = (e < v2);
            if (!ox_fail && l16 && !((u64)l15 < n1)) { ox_record(ox_status, 1u, 1u, (u64)l15, 1u, 0u); ox_fail = true; }
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            const i64 l17 = (v32 + (i64)e);
            const bool l18 = (e < v2);
            if (!ox_fail && l18) { if ((u64)l17 < n1) p1[l17] = v36[c]; else { ox_record(ox_status, 1u, 1u, (u64)l17, 1u, 0u); ox_fail = true; } }
        }
    }
    // %37: i32 = const
    const i32 v37 = 4;
    // %38: i32 = mul %37, %2
    const i32 v38 = ((i32)((u32)(u32)v37 * (u32)(u32)v2));
    // %39: *f32 = ptr_add %1, %38
    const i64 v39 = (v1 + (i64)v38);
    // %40: *f32[256] = broadcast %39
    // %41: *f32[256] = ptr_add %40, %3
    // %42: f32[256] = abs %10
    f32 v42[2];
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            v42[c] = fabsf(v10[c]);
        }
    }
    // %43: f32[256] = sqrt %42
    f32 v43[2];
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            v43[c] = __fsqrt_rn(v42[c]);
        }
    }
    // store %41, %43, %5
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            const i64 l19 = (v39 + (i64)e);
            const bool l20 = (e < v2);
            if (!ox_fail && l20 && !((u64)l19 < n1)) { ox_record(ox_status, 1u, 1u, (u64)l19, 1u, 0u); ox_fail = true; }
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            const i64 l21 = (v39 + (i64)e);
            const bool l22 = (e < v2);
            if (!ox_fail && l22) { if ((u64)l21 < n1) p1[l21] = v43[c]; else { ox_record(ox_status, 1u, 1u, (u64)l21, 1u, 0u); ox_fail = true; } }
        }
    }
    // %44: i32 = const
    const i32 v44 = 5;
    // %45: i32 = mul %44, %2
    const i32 v45 = ((i32)((u32)(u32)v44 * (u32)(u32)v2));
    // %46: *f32 = ptr_add %1, %45
    const i64 v46 = (v1 + (i64)v45);
    // %47: *f32[256] = broadcast %46
    // %48: *f32[256] = ptr_add %47, %3
    // %49: f32[256] = abs %10
    f32 v49[2];
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            v49[c] = fabsf(v10[c]);
        }
    }
    // %50: f32[256] = rsqrt %49
    f32 v50[2];
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            v50[c] = __frsqrt_rn(v49[c]);
        }
    }
    // store %48, %50, %5
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            const i64 l23 = (v46 + (i64)e);
            const bool l24 = (e < v2);
            if (!ox_fail && l24 && !((u64)l23 < n1)) { ox_record(ox_status, 1u, 1u, (u64)l23, 1u, 0u); ox_fail = true; }
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            const i64 l25 = (v46 + (i64)e);
            const bool l26 = (e < v2);
            if (!ox_fail && l26) { if ((u64)l25 < n1) p1[l25] = v50[c]; else { ox_record(ox_status, 1u, 1u, (u64)l25, 1u, 0u); ox_fail = true; } }
        }
    }
    // %51: i32 = const
    const i32 v51 = 6;
    // %52: i32 = mul %51, %2
    const i32 v52 = ((i32)((u32)(u32)v51 * (u32)(u32)v2));
    // %53: *f32 = ptr_add %1, %52
    const i64 v53 = (v1 + (i64)v52);
    // %54: *f32[256] = broadcast %53
    // %55: *f32[256] = ptr_add %54, %3
    // %56: f32[256] = sin %10
    f32 v56[2];
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            v56[c] = sinf(v10[c]);
        }
    }
    // store %55, %56, %5
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            const i64 l27 = (v53 + (i64)e);
            const bool l28 = (e < v2);
            if (!ox_fail && l28 && !((u64)l27 < n1)) { ox_record(ox_status, 1u, 1u, (u64)l27, 1u, 0u); ox_fail = true; }
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            const i64 l29 = (v53 + (i64)e);
            const bool l30 = (e < v2);
            if (!ox_fail && l30) { if ((u64)l29 < n1) p1[l29] = v56[c]; else { ox_record(ox_status, 1u, 1u, (u64)l29, 1u, 0u); ox_fail = true; } }
        }
    }
    // %57: i32 = const
    const i32 v57 = 7;
    // %58: i32 = mul %57, %2
    const i32 v58 = ((i32)((u32)(u32)v57 * (u32)(u32)v2));
    // %59: *f32 = ptr_add %1, %58
    const i64 v59 = (v1 + (i64)v58);
    // %60: *f32[256] = broadcast %59
    // %61: *f32[256] = ptr_add %60, %3
    // %62: f32[256] = cos %10
    f32 v62[2];
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            v62[c] = cosf(v10[c]);
        }
    }
    // store %61, %62, %5
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            const i64 l31 = (v59 + (i64)e);
            const bool l32 = (e < v2);
            if (!ox_fail && l32 && !((u64)l31 < n1)) { ox_record(ox_status, 1u, 1u, (u64)l31, 1u, 0u); ox_fail = true; }
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            const i64 l33 = (v59 + (i64)e);
            const bool l34 = (e < v2);
            if (!ox_fail && l34) { if ((u64)l33 < n1) p1[l33] = v62[c]; else { ox_record(ox_status, 1u, 1u, (u64)l33, 1u, 0u); ox_fail = true; } }
        }
    }
    // %63: i32 = const
    const i32 v63 = 8;
    // %64: i32 = mul %63, %2
    const i32 v64 = ((i32)((u32)(u32)v63 * (u32)(u32)v2));
    // %65: *f32 = ptr_add %1, %64
    const i64 v65 = (v1 + (i64)v64);
    // %66: *f32[256] = broadcast %65
    // %67: *f32[256] = ptr_add %66, %3
    // %68: f32[256] = tanh %10
    f32 v68[2];
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            v68[c] = tanhf(v10[c]);
        }
    }
    // store %67, %68, %5
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            const i64 l35 = (v65 + (i64)e);
            const bool l36 = (e < v2);
            if (!ox_fail && l36 && !((u64)l35 < n1)) { ox_record(ox_status, 1u, 1u, (u64)l35, 1u, 0u); ox_fail = true; }
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            const i64 l37 = (v65 + (i64)e);
            const bool l38 = (e < v2);
            if (!ox_fail && l38) { if ((u64)l37 < n1) p1[l37] = v68[c]; else { ox_record(ox_status, 1u, 1u, (u64)l37, 1u, 0u); ox_fail = true; } }
        }
    }
    // %69: i32 = const
    const i32 v69 = 9;
    // %70: i32 = mul %69, %2
    const i32 v70 = ((i32)((u32)(u32)v69 * (u32)(u32)v2));
    // %71: *f32 = ptr_add %1, %70
    const i64 v71 = (v1 + (i64)v70);
    // %72: *f32[256] = broadcast %71
    // %73: *f32[256] = ptr_add %72, %3
    // %74: f32[256] = abs %10
    f32 v74[2];
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            v74[c] = fabsf(v10[c]);
        }
    }
    // store %73, %74, %5
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            const i64 l39 = (v71 + (i64)e);
            const bool l40 = (e < v2);
            if (!ox_fail && l40 && !((u64)l39 < n1)) { ox_record(ox_status, 1u, 1u, (u64)l39, 1u, 0u); ox_fail = true; }
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            const i64 l41 = (v71 + (i64)e);
            const bool l42 = (e < v2);
            if (!ox_fail && l42) { if ((u64)l41 < n1) p1[l41] = v74[c]; else { ox_record(ox_status, 1u, 1u, (u64)l41, 1u, 0u); ox_fail = true; } }
        }
    }
    // %75: i32 = const
    const i32 v75 = 10;
    // %76: i32 = mul %75, %2
    const i32 v76 = ((i32)((u32)(u32)v75 * (u32)(u32)v2));
    // %77: *f32 = ptr_add %1, %76
    const i64 v77 = (v1 + (i64)v76);
    // %78: *f32[256] = broadcast %77
    // %79: *f32[256] = ptr_add %78, %3
    // %80: f32[256] = floor %10
    f32 v80[2];
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            v80[c] = floorf(v10[c]);
        }
    }
    // store %79, %80, %5
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            const i64 l43 = (v77 + (i64)e);
            const bool l44 = (e < v2);
            if (!ox_fail && l44 && !((u64)l43 < n1)) { ox_record(ox_status, 1u, 1u, (u64)l43, 1u, 0u); ox_fail = true; }
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            const i64 l45 = (v77 + (i64)e);
            const bool l46 = (e < v2);
            if (!ox_fail && l46) { if ((u64)l45 < n1) p1[l45] = v80[c]; else { ox_record(ox_status, 1u, 1u, (u64)l45, 1u, 0u); ox_fail = true; } }
        }
    }
    // %81: i32 = const
    const i32 v81 = 11;
    // %82: i32 = mul %81, %2
    const i32 v82 = ((i32)((u32)(u32)v81 * (u32)(u32)v2));
    // %83: *f32 = ptr_add %1, %82
    const i64 v83 = (v1 + (i64)v82);
    // %84: *f32[256] = broadcast %83
    // %85: *f32[256] = ptr_add %84, %3
    // %86: f32[256] = ceil %10
    f32 v86[2];
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            v86[c] = ceilf(v10[c]);
        }
    }
    // store %85, %86, %5
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            const i64 l47 = (v83 + (i64)e);
            const bool l48 = (e < v2);
            if (!ox_fail && l48 && !((u64)l47 < n1)) { ox_record(ox_status, 1u, 1u, (u64)l47, 1u, 0u); ox_fail = true; }
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            const i64 l49 = (v83 + (i64)e);
            const bool l50 = (e < v2);
            if (!ox_fail && l50) { if ((u64)l49 < n1) p1[l49] = v86[c]; else { ox_record(ox_status, 1u, 1u, (u64)l49, 1u, 0u); ox_fail = true; } }
        }
    }
    // %87: i32 = const
    const i32 v87 = 12;
    // %88: i32 = mul %87, %2
    const i32 v88 = ((i32)((u32)(u32)v87 * (u32)(u32)v2));
    // %89: *f32 = ptr_add %1, %88
    const i64 v89 = (v1 + (i64)v88);
    // %90: *f32[256] = broadcast %89
    // %91: *f32[256] = ptr_add %90, %3
    // %92: f32[256] = sigmoid %10
    f32 v92[2];
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            v92[c] = __fdiv_rn(1.0f, __fadd_rn(1.0f, expf(-v10[c])));
        }
    }
    // store %91, %92, %5
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            const i64 l51 = (v89 + (i64)e);
            const bool l52 = (e < v2);
            if (!ox_fail && l52 && !((u64)l51 < n1)) { ox_record(ox_status, 1u, 1u, (u64)l51, 1u, 0u); ox_fail = true; }
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            const i64 l53 = (v89 + (i64)e);
            const bool l54 = (e < v2);
            if (!ox_fail && l54) { if ((u64)l53 < n1) p1[l53] = v92[c]; else { ox_record(ox_status, 1u, 1u, (u64)l53, 1u, 0u); ox_fail = true; } }
        }
    }
    // %93: i32 = const
    const i32 v93 = 13;
    // %94: i32 = mul %93, %2
    const i32 v94 = ((i32)((u32)(u32)v93 * (u32)(u32)v2));
    // %95: *f32 = ptr_add %1, %94
    const i64 v95 = (v1 + (i64)v94);
    // %96: *f32[256] = broadcast %95
    // %97: *f32[256] = ptr_add %96, %3
    // %98: f32[256] = erf %10
    f32 v98[2];
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            v98[c] = erff(v10[c]);
        }
    }
    // store %97, %98, %5
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            const i64 l55 = (v95 + (i64)e);
            const bool l56 = (e < v2);
            if (!ox_fail && l56 && !((u64)l55 < n1)) { ox_record(ox_status, 1u, 1u, (u64)l55, 1u, 0u); ox_fail = true; }
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            const i64 l57 = (v95 + (i64)e);
            const bool l58 = (e < v2);
            if (!ox_fail && l58) { if ((u64)l57 < n1) p1[l57] = v98[c]; else { ox_record(ox_status, 1u, 1u, (u64)l57, 1u, 0u); ox_fail = true; } }
        }
    }
    // %99: i32 = const
    const i32 v99 = 14;
    // %100: i32 = mul %99, %2
    const i32 v100 = ((i32)((u32)(u32)v99 * (u32)(u32)v2));
    // %101: *f32 = ptr_add %1, %100
    const i64 v101 = (v1 + (i64)v100);
    // %102: *f32[256] = broadcast %101
    // %103: *f32[256] = ptr_add %102, %3
    // %104: f32[256] = neg %10
    f32 v104[2];
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            v104[c] = (-v10[c]);
        }
    }
    // store %103, %104, %5
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            const i64 l59 = (v101 + (i64)e);
            const bool l60 = (e < v2);
            if (!ox_fail && l60 && !((u64)l59 < n1)) { ox_record(ox_status, 1u, 1u, (u64)l59, 1u, 0u); ox_fail = true; }
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            const i64 l61 = (v101 + (i64)e);
            const bool l62 = (e < v2);
            if (!ox_fail && l62) { if ((u64)l61 < n1) p1[l61] = v104[c]; else { ox_record(ox_status, 1u, 1u, (u64)l61, 1u, 0u); ox_fail = true; } }
        }
    }
    // %105: i32 = const
    const i32 v105 = 15;
    // %106: i32 = mul %105, %2
    const i32 v106 = ((i32)((u32)(u32)v105 * (u32)(u32)v2));
    // %107: *f32 = ptr_add %1, %106
    const i64 v107 = (v1 + (i64)v106);
    // %108: *f32[256] = broadcast %107
    // %109: *f32[256] = ptr_add %108, %3
    // %110: f32[256] = exp %10
    f32 v110[2];
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            v110[c] = expf(v10[c]);
        }
    }
    // %111: f32[256] = sqrt %110
    f32 v111[2];
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            v111[c] = __fsqrt_rn(v110[c]);
        }
    }
    // store %109, %111, %5
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            const i64 l63 = (v107 + (i64)e);
            const bool l64 = (e < v2);
            if (!ox_fail && l64 && !((u64)l63 < n1)) { ox_record(ox_status, 1u, 1u, (u64)l63, 1u, 0u); ox_fail = true; }
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    #pragma unroll
    for (int c = 0; c < 2; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            const i64 l65 = (v107 + (i64)e);
            const bool l66 = (e < v2);
            if (!ox_fail && l66) { if ((u64)l65 < n1) p1[l65] = v111[c]; else { ox_record(ox_status, 1u, 1u, (u64)l65, 1u, 0u); ox_fail = true; } }
        }
    }
}
