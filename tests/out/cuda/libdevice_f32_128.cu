// entry: ox_libdevice
// params: buffer(4) buffer(4) scalar(4)
// threads: 128, shared bytes: 0
// stages: 2 requested, 0 chosen, loops []
// site 1: tests/lang_math.rs:28:25
// site 2: tests/lang_math.rs:28:5
// site 3: tests/lang_math.rs:29:29
// site 4: tests/lang_math.rs:29:5
// site 5: tests/lang_math.rs:30:33
// site 6: tests/lang_math.rs:30:5
// site 7: tests/lang_math.rs:31:33
// site 8: tests/lang_math.rs:31:5
// site 9: tests/lang_math.rs:32:33
// site 10: tests/lang_math.rs:32:5
// site 11: tests/lang_math.rs:33:34
// site 12: tests/lang_math.rs:33:5
// site 13: tests/lang_math.rs:34:34
// site 14: tests/lang_math.rs:34:5
// site 15: tests/lang_math.rs:35:34
// site 16: tests/lang_math.rs:35:5
// site 17: tests/lang_math.rs:36:34
// site 18: tests/lang_math.rs:36:5
// site 19: tests/lang_math.rs:37:34
// site 20: tests/lang_math.rs:37:5
// site 21: tests/lang_math.rs:38:29
// site 22: tests/lang_math.rs:38:5
// site 23: tests/lang_math.rs:39:34
// site 24: tests/lang_math.rs:39:5
// site 25: tests/lang_math.rs:40:19
// site 26: tests/lang_math.rs:40:41
// site 27: tests/lang_math.rs:41:5
// site 28: tests/lang_math.rs:42:5
// site 29: tests/lang_math.rs:43:5
// site 30: tests/lang_math.rs:44:5

// oxtile kernel `libdevice`: one block of 128 threads per program, sm_90, bounds-checked.

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

#ifndef OX_EMU
// 2^x, at most 2 ulp; subnormal inputs and results flushed to zero.
OX_INLINE f32 ox_ex2_approx(f32 x) {
    f32 r;
    asm("ex2.approx.ftz.f32 %0, %1;" : "=f"(r) : "f"(x));
    return r;
}
// a / b, at most 2 ulp across the full range (operands scaled, then a reciprocal).
OX_INLINE f32 ox_div_full(f32 a, f32 b) {
    f32 r;
    asm("div.full.f32 %0, %1, %2;" : "=f"(r) : "f"(a), "f"(b));
    return r;
}
#endif

extern "C" __global__ void __launch_bounds__(128) ox_libdevice(
    const f32* __restrict__ p0 /* `x`: *f32 */,
    u64 n0,
    f32* __restrict__ p1 /* `out`: *f32 */,
    u64 n1,
    u32 s2 /* `r`: i32 */,
    u32* __restrict__ ox_status)
{
    extern __shared__ __align__(16) unsigned char ox_smem[];
    __shared__ u64 ox_bcast;
    const int tid = (int)threadIdx.x;
    bool ox_fail = false; // this thread found an out-of-bounds lane
    (void)ox_bcast; (void)tid;
    const i64 v0 = 0; // `x`: offset into p0
    const i64 v1 = 0; // `out`: offset into p1
    const i32 v2 = ((i32)(u32(s2))); // `r`
    // %3: i32 = program_id
    const i32 v3 = (i32)blockIdx.x;
    // %4: i32 = const
    const i32 v4 = 128;
    // %5: i32 = mul %3, %4
    const i32 v5 = ((i32)((u32)(u32)v3 * (u32)(u32)v4));
    // %6: i32[128] = arange
    // %7: i32[128] = broadcast %5
    // %8: i32[128] = add %7, %6
    // %9: *f32[128] = broadcast %1
    // %10: *f32[128] = ptr_add %9, %8
    // %11: *f32[128] = broadcast %0
    // %12: *f32[128] = ptr_add %11, %8
    // %13: f32[128] = load %12
    f32 v13[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            const i32 l1 = ((i32)((u32)(u32)v5 + (u32)(u32)e));
            const i64 l2 = (v0 + (i64)l1);
            v13[c] = ((f32)(0)); if ((u64)l2 < n0) v13[c] = p0[l2]; else { ox_record(ox_status, 1u, 0u, (u64)l2, 0u, 1u); ox_fail = true; }
        }
    }
    // %14: f32[128] = asin %13
    f32 v14[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            v14[c] = asinf(v13[c]);
        }
    }
    // store %10, %14
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            const i32 l3 = ((i32)((u32)(u32)v5 + (u32)(u32)e));
            const i64 l4 = (v1 + (i64)l3);
            if (!ox_fail && true && !((u64)l4 < n1)) { ox_record(ox_status, 1u, 1u, (u64)l4, 1u, 2u); ox_fail = true; }
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            const i32 l5 = ((i32)((u32)(u32)v5 + (u32)(u32)e));
            const i64 l6 = (v1 + (i64)l5);
            if (!ox_fail && true) { if ((u64)l6 < n1) p1[l6] = v14[c]; else { ox_record(ox_status, 1u, 1u, (u64)l6, 1u, 2u); ox_fail = true; } }
        }
    }
    // %15: *f32 = ptr_add %1, %2
    const i64 v15 = (v1 + (i64)v2);
    // %16: *f32[128] = broadcast %15
    // %17: *f32[128] = ptr_add %16, %8
    // %18: *f32 = ptr_add %0, %2
    const i64 v18 = (v0 + (i64)v2);
    // %19: *f32[128] = broadcast %18
    // %20: *f32[128] = ptr_add %19, %8
    // %21: f32[128] = load %20
    f32 v21[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            const i32 l7 = ((i32)((u32)(u32)v5 + (u32)(u32)e));
            const i64 l8 = (v18 + (i64)l7);
            v21[c] = ((f32)(0)); if ((u64)l8 < n0) v21[c] = p0[l8]; else { ox_record(ox_status, 1u, 0u, (u64)l8, 0u, 3u); ox_fail = true; }
        }
    }
    // %22: f32[128] = acos %21
    f32 v22[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            v22[c] = acosf(v21[c]);
        }
    }
    // store %17, %22
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            const i32 l9 = ((i32)((u32)(u32)v5 + (u32)(u32)e));
            const i64 l10 = (v15 + (i64)l9);
            if (!ox_fail && true && !((u64)l10 < n1)) { ox_record(ox_status, 1u, 1u, (u64)l10, 1u, 4u); ox_fail = true; }
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            const i32 l11 = ((i32)((u32)(u32)v5 + (u32)(u32)e));
            const i64 l12 = (v15 + (i64)l11);
            if (!ox_fail && true) { if ((u64)l12 < n1) p1[l12] = v22[c]; else { ox_record(ox_status, 1u, 1u, (u64)l12, 1u, 4u); ox_fail = true; } }
        }
    }
    // %23: i32 = const
    const i32 v23 = 2;
    // %24: i32 = mul %23, %2
    const i32 v24 = ((i32)((u32)(u32)v23 * (u32)(u32)v2));
    // %25: *f32 = ptr_add %1, %24
    const i64 v25 = (v1 + (i64)v24);
    // %26: *f32[128] = broadcast %25
    // %27: *f32[128] = ptr_add %26, %8
    // %28: i32 = const
    const i32 v28 = 2;
    // %29: i32 = mul %28, %2
    const i32 v29 = ((i32)((u32)(u32)v28 * (u32)(u32)v2));
    // %30: *f32 = ptr_add %0, %29
    const i64 v30 = (v0 + (i64)v29);
    // %31: *f32[128] = broadcast %30
    // %32: *f32[128] = ptr_add %31, %8
    // %33: f32[128] = load %32
    f32 v33[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            const i32 l13 = ((i32)((u32)(u32)v5 + (u32)(u32)e));
            const i64 l14 = (v30 + (i64)l13);
            v33[c] = ((f32)(0)); if ((u64)l14 < n0) v33[c] = p0[l14]; else { ox_record(ox_status, 1u, 0u, (u64)l14, 0u, 5u); ox_fail = true; }
        }
    }
    // %34: f32[128] = atan %33
    f32 v34[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            v34[c] = atanf(v33[c]);
        }
    }
    // store %27, %34
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            const i32 l15 = ((i32)((u32)(u32)v5 + (u32)(u32)e));
            const i64 l16 = (v25 + (i64)l15);
            if (!ox_fail && true && !((u64)l16 < n1)) { ox_record(ox_status, 1u, 1u, (u64)l16, 1u, 6u); ox_fail = true; }
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            const i32 l17 = ((i32)((u32)(u32)v5 + (u32)(u32)e));
            const i64 l18 = (v25 + (i64)l17);
            if (!ox_fail && true) { if ((u64)l18 < n1) p1[l18] = v34[c]; else { ox_record(ox_status, 1u, 1u, (u64)l18, 1u, 6u); ox_fail = true; } }
        }
    }
    // %35: i32 = const
    const i32 v35 = 3;
    // %36: i32 = mul %35, %2
    const i32 v36 = ((i32)((u32)(u32)v35 * (u32)(u32)v2));
    // %37: *f32 = ptr_add %1, %36
    const i64 v37 = (v1 + (i64)v36);
    // %38: *f32[128] = broadcast %37
    // %39: *f32[128] = ptr_add %38, %8
    // %40: i32 = const
    const i32 v40 = 3;
    // %41: i32 = mul %40, %2
    const i32 v41 = ((i32)((u32)(u32)v40 * (u32)(u32)v2));
    // %42: *f32 = ptr_add %0, %41
    const i64 v42 = (v0 + (i64)v41);
    // %43: *f32[128] = broadcast %42
    // %44: *f32[128] = ptr_add %43, %8
    // %45: f32[128] = load %44
    f32 v45[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            const i32 l19 = ((i32)((u32)(u32)v5 + (u32)(u32)e));
            const i64 l20 = (v42 + (i64)l19);
            v45[c] = ((f32)(0)); if ((u64)l20 < n0) v45[c] = p0[l20]; else { ox_record(ox_status, 1u, 0u, (u64)l20, 0u, 7u); ox_fail = true; }
        }
    }
    // %46: f32[128] = sinh %45
    f32 v46[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            v46[c] = sinhf(v45[c]);
        }
    }
    // store %39, %46
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            const i32 l21 = ((i32)((u32)(u32)v5 + (u32)(u32)e));
            const i64 l22 = (v37 + (i64)l21);
            if (!ox_fail && true && !((u64)l22 < n1)) { ox_record(ox_status, 1u, 1u, (u64)l22, 1u, 8u); ox_fail = true; }
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            const i32 l23 = ((i32)((u32)(u32)v5 + (u32)(u32)e));
            const i64 l24 = (v37 + (i64)l23);
            if (!ox_fail && true) { if ((u64)l24 < n1) p1[l24] = v46[c]; else { ox_record(ox_status, 1u, 1u, (u64)l24, 1u, 8u); ox_fail = true; } }
        }
    }
    // %47: i32 = const
    const i32 v47 = 4;
    // %48: i32 = mul %47, %2
    const i32 v48 = ((i32)((u32)(u32)v47 * (u32)(u32)v2));
    // %49: *f32 = ptr_add %1, %48
    const i64 v49 = (v1 + (i64)v48);
    // %50: *f32[128] = broadcast %49
    // %51: *f32[128] = ptr_add %50, %8
    // %52: i32 = const
    const i32 v52 = 4;
    // %53: i32 = mul %52, %2
    const i32 v53 = ((i32)((u32)(u32)v52 * (u32)(u32)v2));
    // %54: *f32 = ptr_add %0, %53
    const i64 v54 = (v0 + (i64)v53);
    // %55: *f32[128] = broadcast %54
    // %56: *f32[128] = ptr_add %55, %8
    // %57: f32[128] = load %56
    f32 v57[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            const i32 l25 = ((i32)((u32)(u32)v5 + (u32)(u32)e));
            const i64 l26 = (v54 + (i64)l25);
            v57[c] = ((f32)(0)); if ((u64)l26 < n0) v57[c] = p0[l26]; else { ox_record(ox_status, 1u, 0u, (u64)l26, 0u, 9u); ox_fail = true; }
        }
    }
    // %58: f32[128] = cosh %57
    f32 v58[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            v58[c] = coshf(v57[c]);
        }
    }
    // store %51, %58
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            const i32 l27 = ((i32)((u32)(u32)v5 + (u32)(u32)e));
            const i64 l28 = (v49 + (i64)l27);
            if (!ox_fail && true && !((u64)l28 < n1)) { ox_record(ox_status, 1u, 1u, (u64)l28, 1u, 10u); ox_fail = true; }
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            const i32 l29 = ((i32)((u32)(u32)v5 + (u32)(u32)e));
            const i64 l30 = (v49 + (i64)l29);
            if (!ox_fail && true) { if ((u64)l30 < n1) p1[l30] = v58[c]; else { ox_record(ox_status, 1u, 1u, (u64)l30, 1u, 10u); ox_fail = true; } }
        }
    }
    // %59: i32 = const
    const i32 v59 = 5;
    // %60: i32 = mul %59, %2
    const i32 v60 = ((i32)((u32)(u32)v59 * (u32)(u32)v2));
    // %61: *f32 = ptr_add %1, %60
    const i64 v61 = (v1 + (i64)v60);
    // %62: *f32[128] = broadcast %61
    // %63: *f32[128] = ptr_add %62, %8
    // %64: i32 = const
    const i32 v64 = 5;
    // %65: i32 = mul %64, %2
    const i32 v65 = ((i32)((u32)(u32)v64 * (u32)(u32)v2));
    // %66: *f32 = ptr_add %0, %65
    const i64 v66 = (v0 + (i64)v65);
    // %67: *f32[128] = broadcast %66
    // %68: *f32[128] = ptr_add %67, %8
    // %69: f32[128] = load %68
    f32 v69[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            const i32 l31 = ((i32)((u32)(u32)v5 + (u32)(u32)e));
            const i64 l32 = (v66 + (i64)l31);
            v69[c] = ((f32)(0)); if ((u64)l32 < n0) v69[c] = p0[l32]; else { ox_record(ox_status, 1u, 0u, (u64)l32, 0u, 11u); ox_fail = true; }
        }
    }
    // %70: f32[128] = asinh %69
    f32 v70[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            v70[c] = asinhf(v69[c]);
        }
    }
    // store %63, %70
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            const i32 l33 = ((i32)((u32)(u32)v5 + (u32)(u32)e));
            const i64 l34 = (v61 + (i64)l33);
            if (!ox_fail && true && !((u64)l34 < n1)) { ox_record(ox_status, 1u, 1u, (u64)l34, 1u, 12u); ox_fail = true; }
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            const i32 l35 = ((i32)((u32)(u32)v5 + (u32)(u32)e));
            const i64 l36 = (v61 + (i64)l35);
            if (!ox_fail && true) { if ((u64)l36 < n1) p1[l36] = v70[c]; else { ox_record(ox_status, 1u, 1u, (u64)l36, 1u, 12u); ox_fail = true; } }
        }
    }
    // %71: i32 = const
    const i32 v71 = 6;
    // %72: i32 = mul %71, %2
    const i32 v72 = ((i32)((u32)(u32)v71 * (u32)(u32)v2));
    // %73: *f32 = ptr_add %1, %72
    const i64 v73 = (v1 + (i64)v72);
    // %74: *f32[128] = broadcast %73
    // %75: *f32[128] = ptr_add %74, %8
    // %76: i32 = const
    const i32 v76 = 6;
    // %77: i32 = mul %76, %2
    const i32 v77 = ((i32)((u32)(u32)v76 * (u32)(u32)v2));
    // %78: *f32 = ptr_add %0, %77
    const i64 v78 = (v0 + (i64)v77);
    // %79: *f32[128] = broadcast %78
    // %80: *f32[128] = ptr_add %79, %8
    // %81: f32[128] = load %80
    f32 v81[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            const i32 l37 = ((i32)((u32)(u32)v5 + (u32)(u32)e));
            const i64 l38 = (v78 + (i64)l37);
            v81[c] = ((f32)(0)); if ((u64)l38 < n0) v81[c] = p0[l38]; else { ox_record(ox_status, 1u, 0u, (u64)l38, 0u, 13u); ox_fail = true; }
        }
    }
    // %82: f32[128] = acosh %81
    f32 v82[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            v82[c] = acoshf(v81[c]);
        }
    }
    // store %75, %82
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            const i32 l39 = ((i32)((u32)(u32)v5 + (u32)(u32)e));
            const i64 l40 = (v73 + (i64)l39);
            if (!ox_fail && true && !((u64)l40 < n1)) { ox_record(ox_status, 1u, 1u, (u64)l40, 1u, 14u); ox_fail = true; }
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            const i32 l41 = ((i32)((u32)(u32)v5 + (u32)(u32)e));
            const i64 l42 = (v73 + (i64)l41);
            if (!ox_fail && true) { if ((u64)l42 < n1) p1[l42] = v82[c]; else { ox_record(ox_status, 1u, 1u, (u64)l42, 1u, 14u); ox_fail = true; } }
        }
    }
    // %83: i32 = const
    const i32 v83 = 7;
    // %84: i32 = mul %83, %2
    const i32 v84 = ((i32)((u32)(u32)v83 * (u32)(u32)v2));
    // %85: *f32 = ptr_add %1, %84
    const i64 v85 = (v1 + (i64)v84);
    // %86: *f32[128] = broadcast %85
    // %87: *f32[128] = ptr_add %86, %8
    // %88: i32 = const
    const i32 v88 = 7;
    // %89: i32 = mul %88, %2
    const i32 v89 = ((i32)((u32)(u32)v88 * (u32)(u32)v2));
    // %90: *f32 = ptr_add %0, %89
    const i64 v90 = (v0 + (i64)v89);
    // %91: *f32[128] = broadcast %90
    // %92: *f32[128] = ptr_add %91, %8
    // %93: f32[128] = load %92
    f32 v93[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            const i32 l43 = ((i32)((u32)(u32)v5 + (u32)(u32)e));
            const i64 l44 = (v90 + (i64)l43);
            v93[c] = ((f32)(0)); if ((u64)l44 < n0) v93[c] = p0[l44]; else { ox_record(ox_status, 1u, 0u, (u64)l44, 0u, 15u); ox_fail = true; }
        }
    }
    // %94: f32[128] = atanh %93
    f32 v94[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            v94[c] = atanhf(v93[c]);
        }
    }
    // store %87, %94
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            const i32 l45 = ((i32)((u32)(u32)v5 + (u32)(u32)e));
            const i64 l46 = (v85 + (i64)l45);
            if (!ox_fail && true && !((u64)l46 < n1)) { ox_record(ox_status, 1u, 1u, (u64)l46, 1u, 16u); ox_fail = true; }
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            const i32 l47 = ((i32)((u32)(u32)v5 + (u32)(u32)e));
            const i64 l48 = (v85 + (i64)l47);
            if (!ox_fail && true) { if ((u64)l48 < n1) p1[l48] = v94[c]; else { ox_record(ox_status, 1u, 1u, (u64)l48, 1u, 16u); ox_fail = true; } }
        }
    }
    // %95: i32 = const
    const i32 v95 = 8;
    // %96: i32 = mul %95, %2
    const i32 v96 = ((i32)((u32)(u32)v95 * (u32)(u32)v2));
    // %97: *f32 = ptr_add %1, %96
    const i64 v97 = (v1 + (i64)v96);
    // %98: *f32[128] = broadcast %97
    // %99: *f32[128] = ptr_add %98, %8
    // %100: i32 = const
    const i32 v100 = 8;
    // %101: i32 = mul %100, %2
    const i32 v101 = ((i32)((u32)(u32)v100 * (u32)(u32)v2));
    // %102: *f32 = ptr_add %0, %101
    const i64 v102 = (v0 + (i64)v101);
    // %103: *f32[128] = broadcast %102
    // %104: *f32[128] = ptr_add %103, %8
    // %105: f32[128] = load %104
    f32 v105[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            const i32 l49 = ((i32)((u32)(u32)v5 + (u32)(u32)e));
            const i64 l50 = (v102 + (i64)l49);
            v105[c] = ((f32)(0)); if ((u64)l50 < n0) v105[c] = p0[l50]; else { ox_record(ox_status, 1u, 0u, (u64)l50, 0u, 17u); ox_fail = true; }
        }
    }
    // %106: f32[128] = log1p %105
    f32 v106[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            v106[c] = log1pf(v105[c]);
        }
    }
    // store %99, %106
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            const i32 l51 = ((i32)((u32)(u32)v5 + (u32)(u32)e));
            const i64 l52 = (v97 + (i64)l51);
            if (!ox_fail && true && !((u64)l52 < n1)) { ox_record(ox_status, 1u, 1u, (u64)l52, 1u, 18u); ox_fail = true; }
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            const i32 l53 = ((i32)((u32)(u32)v5 + (u32)(u32)e));
            const i64 l54 = (v97 + (i64)l53);
            if (!ox_fail && true) { if ((u64)l54 < n1) p1[l54] = v106[c]; else { ox_record(ox_status, 1u, 1u, (u64)l54, 1u, 18u); ox_fail = true; } }
        }
    }
    // %107: i32 = const
    const i32 v107 = 9;
    // %108: i32 = mul %107, %2
    const i32 v108 = ((i32)((u32)(u32)v107 * (u32)(u32)v2));
    // %109: *f32 = ptr_add %1, %108
    const i64 v109 = (v1 + (i64)v108);
    // %110: *f32[128] = broadcast %109
    // %111: *f32[128] = ptr_add %110, %8
    // %112: i32 = const
    const i32 v112 = 9;
    // %113: i32 = mul %112, %2
    const i32 v113 = ((i32)((u32)(u32)v112 * (u32)(u32)v2));
    // %114: *f32 = ptr_add %0, %113
    const i64 v114 = (v0 + (i64)v113);
    // %115: *f32[128] = broadcast %114
    // %116: *f32[128] = ptr_add %115, %8
    // %117: f32[128] = load %116
    f32 v117[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            const i32 l55 = ((i32)((u32)(u32)v5 + (u32)(u32)e));
            const i64 l56 = (v114 + (i64)l55);
            v117[c] = ((f32)(0)); if ((u64)l56 < n0) v117[c] = p0[l56]; else { ox_record(ox_status, 1u, 0u, (u64)l56, 0u, 19u); ox_fail = true; }
        }
    }
    // %118: f32[128] = expm1 %117
    f32 v118[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            v118[c] = expm1f(v117[c]);
        }
    }
    // store %111, %118
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            const i32 l57 = ((i32)((u32)(u32)v5 + (u32)(u32)e));
            const i64 l58 = (v109 + (i64)l57);
            if (!ox_fail && true && !((u64)l58 < n1)) { ox_record(ox_status, 1u, 1u, (u64)l58, 1u, 20u); ox_fail = true; }
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            const i32 l59 = ((i32)((u32)(u32)v5 + (u32)(u32)e));
            const i64 l60 = (v109 + (i64)l59);
            if (!ox_fail && true) { if ((u64)l60 < n1) p1[l60] = v118[c]; else { ox_record(ox_status, 1u, 1u, (u64)l60, 1u, 20u); ox_fail = true; } }
        }
    }
    // %119: i32 = const
    const i32 v119 = 10;
    // %120: i32 = mul %119, %2
    const i32 v120 = ((i32)((u32)(u32)v119 * (u32)(u32)v2));
    // %121: *f32 = ptr_add %1, %120
    const i64 v121 = (v1 + (i64)v120);
    // %122: *f32[128] = broadcast %121
    // %123: *f32[128] = ptr_add %122, %8
    // %124: i32 = const
    const i32 v124 = 10;
    // %125: i32 = mul %124, %2
    const i32 v125 = ((i32)((u32)(u32)v124 * (u32)(u32)v2));
    // %126: *f32 = ptr_add %0, %125
    const i64 v126 = (v0 + (i64)v125);
    // %127: *f32[128] = broadcast %126
    // %128: *f32[128] = ptr_add %127, %8
    // %129: f32[128] = load %128
    f32 v129[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            const i32 l61 = ((i32)((u32)(u32)v5 + (u32)(u32)e));
            const i64 l62 = (v126 + (i64)l61);
            v129[c] = ((f32)(0)); if ((u64)l62 < n0) v129[c] = p0[l62]; else { ox_record(ox_status, 1u, 0u, (u64)l62, 0u, 21u); ox_fail = true; }
        }
    }
    // %130: f32[128] = cbrt %129
    f32 v130[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            v130[c] = cbrtf(v129[c]);
        }
    }
    // store %123, %130
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            const i32 l63 = ((i32)((u32)(u32)v5 + (u32)(u32)e));
            const i64 l64 = (v121 + (i64)l63);
            if (!ox_fail && true && !((u64)l64 < n1)) { ox_record(ox_status, 1u, 1u, (u64)l64, 1u, 22u); ox_fail = true; }
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            const i32 l65 = ((i32)((u32)(u32)v5 + (u32)(u32)e));
            const i64 l66 = (v121 + (i64)l65);
            if (!ox_fail && true) { if ((u64)l66 < n1) p1[l66] = v130[c]; else { ox_record(ox_status, 1u, 1u, (u64)l66, 1u, 22u); ox_fail = true; } }
        }
    }
    // %131: i32 = const
    const i32 v131 = 11;
    // %132: i32 = mul %131, %2
    const i32 v132 = ((i32)((u32)(u32)v131 * (u32)(u32)v2));
    // %133: *f32 = ptr_add %1, %132
    const i64 v133 = (v1 + (i64)v132);
    // %134: *f32[128] = broadcast %133
    // %135: *f32[128] = ptr_add %134, %8
    // %136: i32 = const
    const i32 v136 = 11;
    // %137: i32 = mul %136, %2
    const i32 v137 = ((i32)((u32)(u32)v136 * (u32)(u32)v2));
    // %138: *f32 = ptr_add %0, %137
    const i64 v138 = (v0 + (i64)v137);
    // %139: *f32[128] = broadcast %138
    // %140: *f32[128] = ptr_add %139, %8
    // %141: f32[128] = load %140
    f32 v141[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            const i32 l67 = ((i32)((u32)(u32)v5 + (u32)(u32)e));
            const i64 l68 = (v138 + (i64)l67);
            v141[c] = ((f32)(0)); if ((u64)l68 < n0) v141[c] = p0[l68]; else { ox_record(ox_status, 1u, 0u, (u64)l68, 0u, 23u); ox_fail = true; }
        }
    }
    // %142: f32[128] = erfc %141
    f32 v142[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            v142[c] = erfcf(v141[c]);
        }
    }
    // store %135, %142
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            const i32 l69 = ((i32)((u32)(u32)v5 + (u32)(u32)e));
            const i64 l70 = (v133 + (i64)l69);
            if (!ox_fail && true && !((u64)l70 < n1)) { ox_record(ox_status, 1u, 1u, (u64)l70, 1u, 24u); ox_fail = true; }
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            const i32 l71 = ((i32)((u32)(u32)v5 + (u32)(u32)e));
            const i64 l72 = (v133 + (i64)l71);
            if (!ox_fail && true) { if ((u64)l72 < n1) p1[l72] = v142[c]; else { ox_record(ox_status, 1u, 1u, (u64)l72, 1u, 24u); ox_fail = true; } }
        }
    }
    // %143: i32 = const
    const i32 v143 = 12;
    // %144: i32 = mul %143, %2
    const i32 v144 = ((i32)((u32)(u32)v143 * (u32)(u32)v2));
    // %145: *f32 = ptr_add %0, %144
    const i64 v145 = (v0 + (i64)v144);
    // %146: *f32[128] = broadcast %145
    // %147: *f32[128] = ptr_add %146, %8
    // %148: f32[128] = load %147
    f32 v148[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            const i32 l73 = ((i32)((u32)(u32)v5 + (u32)(u32)e));
            const i64 l74 = (v145 + (i64)l73);
            v148[c] = ((f32)(0)); if ((u64)l74 < n0) v148[c] = p0[l74]; else { ox_record(ox_status, 1u, 0u, (u64)l74, 0u, 25u); ox_fail = true; }
        }
    }
    // %149: i32 = const
    const i32 v149 = 13;
    // %150: i32 = mul %149, %2
    const i32 v150 = ((i32)((u32)(u32)v149 * (u32)(u32)v2));
    // %151: *f32 = ptr_add %0, %150
    const i64 v151 = (v0 + (i64)v150);
    // %152: *f32[128] = broadcast %151
    // %153: *f32[128] = ptr_add %152, %8
    // %154: f32[128] = load %153
    f32 v154[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            const i32 l75 = ((i32)((u32)(u32)v5 + (u32)(u32)e));
            const i64 l76 = (v151 + (i64)l75);
            v154[c] = ((f32)(0)); if ((u64)l76 < n0) v154[c] = p0[l76]; else { ox_record(ox_status, 1u, 0u, (u64)l76, 0u, 26u); ox_fail = true; }
        }
    }
    // %155: i32 = const
    const i32 v155 = 12;
    // %156: i32 = mul %155, %2
    const i32 v156 = ((i32)((u32)(u32)v155 * (u32)(u32)v2));
    // %157: *f32 = ptr_add %1, %156
    const i64 v157 = (v1 + (i64)v156);
    // %158: *f32[128] = broadcast %157
    // %159: *f32[128] = ptr_add %158, %8
    // %160: f32[128] = atan2 %148, %154
    f32 v160[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            v160[c] = atan2f(v148[c], v154[c]);
        }
    }
    // store %159, %160
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            const i32 l77 = ((i32)((u32)(u32)v5 + (u32)(u32)e));
            const i64 l78 = (v157 + (i64)l77);
            if (!ox_fail && true && !((u64)l78 < n1)) { ox_record(ox_status, 1u, 1u, (u64)l78, 1u, 27u); ox_fail = true; }
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            const i32 l79 = ((i32)((u32)(u32)v5 + (u32)(u32)e));
            const i64 l80 = (v157 + (i64)l79);
            if (!ox_fail && true) { if ((u64)l80 < n1) p1[l80] = v160[c]; else { ox_record(ox_status, 1u, 1u, (u64)l80, 1u, 27u); ox_fail = true; } }
        }
    }
    // %161: i32 = const
    const i32 v161 = 13;
    // %162: i32 = mul %161, %2
    const i32 v162 = ((i32)((u32)(u32)v161 * (u32)(u32)v2));
    // %163: *f32 = ptr_add %1, %162
    const i64 v163 = (v1 + (i64)v162);
    // %164: *f32[128] = broadcast %163
    // %165: *f32[128] = ptr_add %164, %8
    // %166: f32[128] = div_rn %148, %154
    f32 v166[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            v166[c] = __fdiv_rn(v148[c], v154[c]);
        }
    }
    // store %165, %166
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            const i32 l81 = ((i32)((u32)(u32)v5 + (u32)(u32)e));
            const i64 l82 = (v163 + (i64)l81);
            if (!ox_fail && true && !((u64)l82 < n1)) { ox_record(ox_status, 1u, 1u, (u64)l82, 1u, 28u); ox_fail = true; }
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            const i32 l83 = ((i32)((u32)(u32)v5 + (u32)(u32)e));
            const i64 l84 = (v163 + (i64)l83);
            if (!ox_fail && true) { if ((u64)l84 < n1) p1[l84] = v166[c]; else { ox_record(ox_status, 1u, 1u, (u64)l84, 1u, 28u); ox_fail = true; } }
        }
    }
    // %167: i32 = const
    const i32 v167 = 14;
    // %168: i32 = mul %167, %2
    const i32 v168 = ((i32)((u32)(u32)v167 * (u32)(u32)v2));
    // %169: *f32 = ptr_add %1, %168
    const i64 v169 = (v1 + (i64)v168);
    // %170: *f32[128] = broadcast %169
    // %171: *f32[128] = ptr_add %170, %8
    // %172: f32[128] = fdiv %148, %154
    f32 v172[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            v172[c] = ox_div_full(v148[c], v154[c]);
        }
    }
    // store %171, %172
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            const i32 l85 = ((i32)((u32)(u32)v5 + (u32)(u32)e));
            const i64 l86 = (v169 + (i64)l85);
            if (!ox_fail && true && !((u64)l86 < n1)) { ox_record(ox_status, 1u, 1u, (u64)l86, 1u, 29u); ox_fail = true; }
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            const i32 l87 = ((i32)((u32)(u32)v5 + (u32)(u32)e));
            const i64 l88 = (v169 + (i64)l87);
            if (!ox_fail && true) { if ((u64)l88 < n1) p1[l88] = v172[c]; else { ox_record(ox_status, 1u, 1u, (u64)l88, 1u, 29u); ox_fail = true; } }
        }
    }
    // %173: i32 = const
    const i32 v173 = 15;
    // %174: i32 = mul %173, %2
    const i32 v174 = ((i32)((u32)(u32)v173 * (u32)(u32)v2));
    // %175: *f32 = ptr_add %1, %174
    const i64 v175 = (v1 + (i64)v174);
    // %176: *f32[128] = broadcast %175
    // %177: *f32[128] = ptr_add %176, %8
    // %178: f32[128] = abs %148
    f32 v178[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            v178[c] = fabsf(v148[c]);
        }
    }
    // %179: f32[128] = sqrt %178
    f32 v179[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            v179[c] = __fsqrt_rn(v178[c]);
        }
    }
    // store %177, %179
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            const i32 l89 = ((i32)((u32)(u32)v5 + (u32)(u32)e));
            const i64 l90 = (v175 + (i64)l89);
            if (!ox_fail && true && !((u64)l90 < n1)) { ox_record(ox_status, 1u, 1u, (u64)l90, 1u, 30u); ox_fail = true; }
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            const i32 l91 = ((i32)((u32)(u32)v5 + (u32)(u32)e));
            const i64 l92 = (v175 + (i64)l91);
            if (!ox_fail && true) { if ((u64)l92 < n1) p1[l92] = v179[c]; else { ox_record(ox_status, 1u, 1u, (u64)l92, 1u, 30u); ox_fail = true; } }
        }
    }
}
