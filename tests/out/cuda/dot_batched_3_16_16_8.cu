// entry: ox_batched_dots
// params: buffer(4) buffer(4) buffer(4) buffer(4) buffer(4) buffer(4) buffer(4)
// threads: 128, shared bytes: 4608
// stages: 2 requested, 0 chosen, loops []
// site 1: tests/lang_tiles.rs:1964:24
// site 2: tests/lang_tiles.rs:1964:40
// site 3: tests/lang_tiles.rs:1964:56
// site 4: tests/lang_tiles.rs:1965:5
// site 5: tests/lang_tiles.rs:1967:5
// site 6: tests/lang_tiles.rs:1968:5
// site 7: tests/lang_tiles.rs:1969:19
// site 8: tests/lang_tiles.rs:1969:42
// site 9: tests/lang_tiles.rs:1970:5

// oxtile kernel `batched_dots`: one block of 128 threads per program, sm_90, bounds-checked.

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
// The shared-state-space address of a pointer into shared memory.
OX_INLINE u32 ox_smem_u32(const void* p) { return (u32)__cvta_generic_to_shared(p); }
// `p`, through an empty asm the compiler cannot see into: a hoisted copy's base pointer
// stays one register, so each chunk's address is one IMAD.WIDE from it (the sign-extended
// offset times the element size) rather than a 64-bit sum NVVM re-associates per chunk.
template <typename T> OX_INLINE T* ox_opaque(T* p) { asm("" : "+l"(p)); return p; }
OX_INLINE void ox_ldsm_x4(u32 a, u32& r0, u32& r1, u32& r2, u32& r3) {
    asm volatile("ldmatrix.sync.aligned.m8n8.x4.shared.b16 {%0,%1,%2,%3}, [%4];"
                 : "=r"(r0), "=r"(r1), "=r"(r2), "=r"(r3) : "r"(a));
}
OX_INLINE void ox_ldsm_x4_t(u32 a, u32& r0, u32& r1, u32& r2, u32& r3) {
    asm volatile("ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {%0,%1,%2,%3}, [%4];"
                 : "=r"(r0), "=r"(r1), "=r"(r2), "=r"(r3) : "r"(a));
}
OX_INLINE void ox_ldsm_x2(u32 a, u32& r0, u32& r1) {
    asm volatile("ldmatrix.sync.aligned.m8n8.x2.shared.b16 {%0,%1}, [%2];"
                 : "=r"(r0), "=r"(r1) : "r"(a));
}
OX_INLINE void ox_ldsm_x2_t(u32 a, u32& r0, u32& r1) {
    asm volatile("ldmatrix.sync.aligned.m8n8.x2.trans.shared.b16 {%0,%1}, [%2];"
                 : "=r"(r0), "=r"(r1) : "r"(a));
}
// Four 8x8 matrices of 16-bit elements from registers (the mma fragment layout) to the
// shared-memory rows whose addresses lanes 8j..8j+7 give (sm_90+; the epilogue's staging).
OX_INLINE void ox_stsm_x4(u32 a, u32 r0, u32 r1, u32 r2, u32 r3) {
    asm volatile("stmatrix.sync.aligned.m8n8.x4.shared.b16 [%0], {%1,%2,%3,%4};"
                 :: "r"(a), "r"(r0), "r"(r1), "r"(r2), "r"(r3) : "memory");
}
// mma.sync of one m16n8 tile: `shape` is its k (m16n8k16 / k32 / k8), `types` the
// D.A.B.C types, `ct`/`cc` the accumulator's C type and asm constraint.
#define OX_MMA(name, shape, types, ct, cc)                                                    \
    OX_INLINE void name(ct& d0, ct& d1, ct& d2, ct& d3, u32 a0, u32 a1, u32 a2, u32 a3,         \
                        u32 b0, u32 b1) {                                                      \
        asm("mma.sync.aligned." shape ".row.col." types " {%0,%1,%2,%3}, {%4,%5,%6,%7}, "     \
            "{%8,%9}, {%0,%1,%2,%3};"                                                          \
            : "+" cc(d0), "+" cc(d1), "+" cc(d2), "+" cc(d3)                                   \
            : "r"(a0), "r"(a1), "r"(a2), "r"(a3), "r"(b0), "r"(b1));                           \
    }
// 16-bit operands, 16 of k per instruction, f32 sums.
OX_MMA(ox_mma_f16, "m16n8k16", "f32.f16.f16.f32", f32, "f")
OX_MMA(ox_mma_bf16, "m16n8k16", "f32.bf16.bf16.f32", f32, "f")
// 8-bit operands, 32 of k per instruction: integers wrap in i32; fp8 (sm_89+) sums in f32.
OX_MMA(ox_mma_s8, "m16n8k32", "s32.s8.s8.s32", i32, "r")
OX_MMA(ox_mma_u8, "m16n8k32", "s32.u8.u8.s32", i32, "r")
OX_MMA(ox_mma_e4m3, "m16n8k32", "f32.e4m3.e4m3.f32", f32, "f")
OX_MMA(ox_mma_e5m2, "m16n8k32", "f32.e5m2.e5m2.f32", f32, "f")
// f32 operands rounded to TF32 (the .b32 patterns cvt.rna.tf32.f32 gives), 8 of k per
// instruction, f32 sums.
OX_MMA(ox_mma_tf32, "m16n8k8", "f32.tf32.tf32.f32", f32, "f")
// f32 -> TF32, to nearest with ties away from zero (sm_80+). ptxas 13 lowers it to
// `bits + 0x1000` unless |x| >= inf or x is a NaN, then `& 0xffffe000` (no rounding mode of
// the mma itself: it would ignore the low 13 bits, i.e. truncate).
OX_INLINE u32 ox_cvt_tf32(f32 x) {
    u32 r;
    asm("cvt.rna.tf32.f32 %0, %1;" : "=r"(r) : "f"(x));
    return r;
}
// 16 bytes from global to shared memory, asynchronously (sm_80+), bypassing L1.
OX_INLINE void ox_cp_async16(u32 dst, const void* src) {
    asm volatile("cp.async.cg.shared.global [%0], [%1], 16;" :: "r"(dst), "l"(src) : "memory");
}
// The same, or 16 zero bytes without reading `src` when `full` is false (source size 0).
OX_INLINE void ox_cp_async16_zfill(u32 dst, const void* src, bool full) {
    asm volatile("cp.async.cg.shared.global [%0], [%1], 16, %2;"
                 :: "r"(dst), "l"(src), "r"(full ? 16u : 0u) : "memory");
}
// Closes the group of the copies issued so far by this thread.
OX_INLINE void ox_cp_async_commit() { asm volatile("cp.async.commit_group;" ::: "memory"); }
// Waits until at most N of this thread's committed groups are in flight.
template <int N> OX_INLINE void ox_cp_async_wait() {
    asm volatile("cp.async.wait_group %0;" :: "n"(N) : "memory");
}
#endif
// A TF32 tensor-core operand: cvt.rna.tf32.f32, whose rounding is the interpreter's, with a
// NaN kept a NaN (cvt clears its low 13 bits, which leaves an infinity when the payload was
// there; the quiet bit makes it a NaN again, as round_tf32 keeps it).
OX_INLINE u32 ox_tf32_bits(f32 x) {
    u32 r = ox_cvt_tf32(x);
    return x != x ? (r | 0x00400000u) : r;
}

extern "C" __global__ void __launch_bounds__(128) ox_batched_dots(
    const f32* __restrict__ p0 /* `a`: *f32 */,
    u64 n0,
    const f32* __restrict__ p1 /* `b`: *f32 */,
    u64 n1,
    const f32* __restrict__ p2 /* `c`: *f32 */,
    u64 n2,
    const i32* __restrict__ p3 /* `ia`: *i32 */,
    u64 n3,
    const i32* __restrict__ p4 /* `ib`: *i32 */,
    u64 n4,
    f32* __restrict__ p5 /* `out`: *f32 */,
    u64 n5,
    i32* __restrict__ p6 /* `iout`: *i32 */,
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
    const i64 v2 = 0; // `c`: offset into p2
    const i64 v3 = 0; // `ia`: offset into p3
    const i64 v4 = 0; // `ib`: offset into p4
    const i64 v5 = 0; // `out`: offset into p5
    const i64 v6 = 0; // `iout`: offset into p6
    // %7: i32[3] = arange
    // %8: i32[3, 1] = expand_dims %7
    // %9: i32[3, 1, 1] = expand_dims %8
    // %10: i32[16] = arange
    // %11: i32[1, 16] = expand_dims %10
    // %12: i32[1, 16, 1] = expand_dims %11
    // %13: i32[16] = arange
    // %14: i32[8] = arange
    // %15: i32[1, 8] = expand_dims %14
    // %16: i32[1, 1, 8] = expand_dims %15
    // %17: i32 = const
    const i32 v17 = 16;
    // %18: i32 = const
    const i32 v18 = 16;
    // %19: i32 = mul %17, %18
    const i32 v19 = ((i32)((u32)(u32)v17 * (u32)(u32)v18));
    // %20: i32[3, 1, 1] = broadcast %19
    // %21: i32[3, 1, 1] = mul %9, %20
    // %22: i32 = const
    const i32 v22 = 16;
    // %23: i32[1, 16, 1] = broadcast %22
    // %24: i32[1, 16, 1] = mul %12, %23
    // %25: i32[3, 16, 1] = broadcast %21
    // %26: i32[3, 16, 1] = broadcast %24
    // %27: i32[3, 16, 1] = add %25, %26
    // %28: i32[1, 16] = expand_dims %13
    // %29: i32[1, 1, 16] = expand_dims %28
    // %30: i32[3, 16, 16] = broadcast %27
    // %31: i32[3, 16, 16] = broadcast %29
    // %32: i32[3, 16, 16] = add %30, %31
    // %33: i32 = const
    const i32 v33 = 16;
    // %34: i32 = const
    const i32 v34 = 8;
    // %35: i32 = mul %33, %34
    const i32 v35 = ((i32)((u32)(u32)v33 * (u32)(u32)v34));
    // %36: i32[3, 1, 1] = broadcast %35
    // %37: i32[3, 1, 1] = mul %9, %36
    // %38: i32[1, 16] = expand_dims %13
    // %39: i32[1, 16, 1] = expand_dims %38
    // %40: i32 = const
    const i32 v40 = 8;
    // %41: i32[1, 16, 1] = broadcast %40
    // %42: i32[1, 16, 1] = mul %39, %41
    // %43: i32[3, 16, 1] = broadcast %37
    // %44: i32[3, 16, 1] = broadcast %42
    // %45: i32[3, 16, 1] = add %43, %44
    // %46: i32[3, 16, 8] = broadcast %45
    // %47: i32[3, 16, 8] = broadcast %16
    // %48: i32[3, 16, 8] = add %46, %47
    // %49: i32 = const
    const i32 v49 = 16;
    // %50: i32 = const
    const i32 v50 = 8;
    // %51: i32 = mul %49, %50
    const i32 v51 = ((i32)((u32)(u32)v49 * (u32)(u32)v50));
    // %52: i32[3, 1, 1] = broadcast %51
    // %53: i32[3, 1, 1] = mul %9, %52
    // %54: i32 = const
    const i32 v54 = 8;
    // %55: i32[1, 16, 1] = broadcast %54
    // %56: i32[1, 16, 1] = mul %12, %55
    // %57: i32[3, 16, 1] = broadcast %53
    // %58: i32[3, 16, 1] = broadcast %56
    // %59: i32[3, 16, 1] = add %57, %58
    // %60: i32[3, 16, 8] = broadcast %59
    // %61: i32[3, 16, 8] = broadcast %16
    // %62: i32[3, 16, 8] = add %60, %61
    // %63: *f32[3, 16, 16] = broadcast %0
    // %64: *f32[3, 16, 16] = ptr_add %63, %32
    // %65: f32[3, 16, 16] = load %64
    f32 v65[8];
    #pragma unroll
    for (int c = 0; c < 8; ++c) {
        const int e = (((c) / 4 * 128 + tid) * 4 + (c) % 4);
        if (e < 768) {
            const i32 l1 = ((i32)((u32)(u32)(e / 256) * (u32)(u32)v19));
            const i32 l2 = ((i32)((u32)(u32)((e / 16) % 16) * (u32)(u32)v22));
            const i32 l3 = ((i32)((u32)(u32)l1 + (u32)(u32)l2));
            const i32 l4 = ((i32)((u32)(u32)l3 + (u32)(u32)(e % 16)));
            const i64 l5 = (v0 + (i64)l4);
            v65[c] = ((f32)(0)); if ((u64)l5 < n0) v65[c] = p0[l5]; else { ox_record(ox_status, 1u, 0u, (u64)l5, 0u, 1u); ox_fail = true; }
        }
    }
    // %66: *f32[3, 16, 8] = broadcast %1
    // %67: *f32[3, 16, 8] = ptr_add %66, %48
    // %68: f32[3, 16, 8] = load %67
    f32 v68[4];
    #pragma unroll
    for (int c = 0; c < 4; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        if (e < 384) {
            const i32 l6 = ((i32)((u32)(u32)(e / 128) * (u32)(u32)v35));
            const i32 l7 = ((i32)((u32)(u32)((e / 8) % 16) * (u32)(u32)v40));
            const i32 l8 = ((i32)((u32)(u32)l6 + (u32)(u32)l7));
            const i32 l9 = ((i32)((u32)(u32)l8 + (u32)(u32)(e % 8)));
            const i64 l10 = (v1 + (i64)l9);
            v68[c] = ((f32)(0)); if ((u64)l10 < n1) v68[c] = p1[l10]; else { ox_record(ox_status, 1u, 1u, (u64)l10, 0u, 2u); ox_fail = true; }
        }
    }
    // %69: *f32[3, 16, 8] = broadcast %2
    // %70: *f32[3, 16, 8] = ptr_add %69, %62
    // %71: f32[3, 16, 8] = load %70
    f32 v71[4];
    #pragma unroll
    for (int c = 0; c < 4; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        if (e < 384) {
            const i32 l11 = ((i32)((u32)(u32)(e / 128) * (u32)(u32)v51));
            const i32 l12 = ((i32)((u32)(u32)((e / 8) % 16) * (u32)(u32)v54));
            const i32 l13 = ((i32)((u32)(u32)l11 + (u32)(u32)l12));
            const i32 l14 = ((i32)((u32)(u32)l13 + (u32)(u32)(e % 8)));
            const i64 l15 = (v2 + (i64)l14);
            v71[c] = ((f32)(0)); if ((u64)l15 < n2) v71[c] = p2[l15]; else { ox_record(ox_status, 1u, 2u, (u64)l15, 0u, 3u); ox_fail = true; }
        }
    }
    // %72: *f32[3, 16, 8] = broadcast %5
    // %73: *f32[3, 16, 8] = ptr_add %72, %62
    // %74: f32[3, 16, 8] = dot %65, %68, %71
    #pragma unroll
    for (int c = 0; c < 8; ++c) {
        const int e = (((c) / 4 * 128 + tid) * 4 + (c) % 4);
        if (e < 768) {
            ((f32*)ox_smem)[e] = v65[c];
        }
    }
    #pragma unroll
    for (int c = 0; c < 4; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        if (e < 384) {
            ((f32*)(ox_smem + 3072))[e] = v68[c];
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    f32 v74[4];
    #pragma unroll
    for (int c = 0; c < 4; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            v74[c] = v71[c];
        }
    }
    #pragma unroll
    for (int run = 0; run < 2; ++run) {
        const int e0 = (run * 128 + tid) * 2;
        if (e0 < 384) {
            const int i = e0 / 8, j0 = e0 % 8;
            const int bt = i / 16;
            for (int kk = 0; kk < 16; ++kk) {
                const f32 x = ((f32*)ox_smem)[i * 16 + kk];
                const f32* sb = ((f32*)(ox_smem + 3072)) + (bt * 16 + kk) * 8 + j0;
                #pragma unroll
                for (int u = 0; u < 2; ++u) {
                    const f32 y = v74[run * 2 + u];
                    v74[run * 2 + u] = fmaf(x, sb[u], y);
                }
            }
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    // store %73, %74
    #pragma unroll
    for (int c = 0; c < 4; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        if (e < 384) {
            const i32 l16 = ((i32)((u32)(u32)(e / 128) * (u32)(u32)v51));
            const i32 l17 = ((i32)((u32)(u32)((e / 8) % 16) * (u32)(u32)v54));
            const i32 l18 = ((i32)((u32)(u32)l16 + (u32)(u32)l17));
            const i32 l19 = ((i32)((u32)(u32)l18 + (u32)(u32)(e % 8)));
            const i64 l20 = (v5 + (i64)l19);
            if (!ox_fail && true && !((u64)l20 < n5)) { ox_record(ox_status, 1u, 5u, (u64)l20, 1u, 4u); ox_fail = true; }
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    #pragma unroll
    for (int c = 0; c < 4; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        if (e < 384) {
            const i32 l21 = ((i32)((u32)(u32)(e / 128) * (u32)(u32)v51));
            const i32 l22 = ((i32)((u32)(u32)((e / 8) % 16) * (u32)(u32)v54));
            const i32 l23 = ((i32)((u32)(u32)l21 + (u32)(u32)l22));
            const i32 l24 = ((i32)((u32)(u32)l23 + (u32)(u32)(e % 8)));
            const i64 l25 = (v5 + (i64)l24);
            if (!ox_fail && true) { if ((u64)l25 < n5) p5[l25] = v74[c]; else { ox_record(ox_status, 1u, 5u, (u64)l25, 1u, 4u); ox_fail = true; } }
        }
    }
    // %75: f16[3, 16, 16] = cast %65
    f32 v75[8];
    #pragma unroll
    for (int c = 0; c < 8; ++c) {
        const int e = (((c) / 4 * 128 + tid) * 4 + (c) % 4);
        {
            v75[c] = ox_rnd_f16_arith(v65[c]);
        }
    }
    // %76: f16[3, 16, 8] = cast %68
    f32 v76[4];
    #pragma unroll
    for (int c = 0; c < 4; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            v76[c] = ox_rnd_f16_arith(v68[c]);
        }
    }
    // %77: i32 = const
    const i32 v77 = 3;
    // %78: i32 = const
    const i32 v78 = 16;
    // %79: i32 = mul %77, %78
    const i32 v79 = ((i32)((u32)(u32)v77 * (u32)(u32)v78));
    // %80: i32 = const
    const i32 v80 = 8;
    // %81: i32 = mul %79, %80
    const i32 v81 = ((i32)((u32)(u32)v79 * (u32)(u32)v80));
    // %82: *f32 = ptr_add %5, %81
    const i64 v82 = (v5 + (i64)v81);
    // %83: *f32[3, 16, 8] = broadcast %82
    // %84: *f32[3, 16, 8] = ptr_add %83, %62
    // %85: f32 = const
    const f32 v85 = 0.0f;
    // %86: f32[3, 16, 8] = broadcast %85
    // %87: f32[3, 16, 8] = dot %75, %76, %86
    #pragma unroll
    for (int c = 0; c < 8; ++c) {
        const int e = (((c) / 4 * 128 + tid) * 4 + (c) % 4);
        if (e < 768) {
            ((u16*)ox_smem)[e] = ox_f16_bits(v75[c]);
        }
    }
    #pragma unroll
    for (int c = 0; c < 4; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        if (e < 384) {
            ((u16*)(ox_smem + 1536))[(e / 128 * 8 + e % 8) * 16 + e / 8 % 16] = ox_f16_bits(v76[c]);
        }
    }
    #pragma unroll
    for (int c = 0; c < 4; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        if (e < 384) {
            ((f32*)(ox_smem + 2304))[e] = v85;
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    {
        const int lane = tid % 32, g = lane / 4, t4 = lane % 4;
        for (int tile = tid / 32; tile < 3; tile += 4) {
            const int bt = tile / 1, mt = tile / 1 % 1, nt = tile % 1;
            f32* c = ((f32*)(ox_smem + 2304)) + (bt * 16 + mt * 16 + g) * 8 + nt * 8 + 2 * t4;
            f32 d0 = c[0], d1 = c[1], d2 = c[64], d3 = c[64 + 1];
            const u16* ra = ((u16*)ox_smem) + (bt * 16 + mt * 16 + g) * 16 + t4 * 2;
            const u16* rb = ((u16*)(ox_smem + 1536)) + (bt * 8 + nt * 8 + g) * 16 + t4 * 2;
            #pragma unroll 4
            for (int kk = 0; kk < 16; kk += 16) {
                ox_mma_f16(d0, d1, d2, d3, *(const u32*)&ra[0 * 16 + kk], *(const u32*)&ra[8 * 16 + kk], *(const u32*)&ra[0 * 16 + kk + 8], *(const u32*)&ra[8 * 16 + kk + 8], *(const u32*)&rb[0 * 16 + kk], *(const u32*)&rb[0 * 16 + kk + 8]);
            }
            c[0] = d0; c[1] = d1; c[64] = d2; c[64 + 1] = d3;
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    f32 v87[4];
    #pragma unroll
    for (int c = 0; c < 4; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        if (e < 384) {
            v87[c] = ((f32*)(ox_smem + 2304))[e];
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    // store %84, %87
    #pragma unroll
    for (int c = 0; c < 4; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        if (e < 384) {
            const i32 l26 = ((i32)((u32)(u32)(e / 128) * (u32)(u32)v51));
            const i32 l27 = ((i32)((u32)(u32)((e / 8) % 16) * (u32)(u32)v54));
            const i32 l28 = ((i32)((u32)(u32)l26 + (u32)(u32)l27));
            const i32 l29 = ((i32)((u32)(u32)l28 + (u32)(u32)(e % 8)));
            const i64 l30 = (v82 + (i64)l29);
            if (!ox_fail && true && !((u64)l30 < n5)) { ox_record(ox_status, 1u, 5u, (u64)l30, 1u, 5u); ox_fail = true; }
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    #pragma unroll
    for (int c = 0; c < 4; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        if (e < 384) {
            const i32 l31 = ((i32)((u32)(u32)(e / 128) * (u32)(u32)v51));
            const i32 l32 = ((i32)((u32)(u32)((e / 8) % 16) * (u32)(u32)v54));
            const i32 l33 = ((i32)((u32)(u32)l31 + (u32)(u32)l32));
            const i32 l34 = ((i32)((u32)(u32)l33 + (u32)(u32)(e % 8)));
            const i64 l35 = (v82 + (i64)l34);
            if (!ox_fail && true) { if ((u64)l35 < n5) p5[l35] = v87[c]; else { ox_record(ox_status, 1u, 5u, (u64)l35, 1u, 5u); ox_fail = true; } }
        }
    }
    // %88: i32 = const
    const i32 v88 = 2;
    // %89: i32 = const
    const i32 v89 = 3;
    // %90: i32 = mul %88, %89
    const i32 v90 = ((i32)((u32)(u32)v88 * (u32)(u32)v89));
    // %91: i32 = const
    const i32 v91 = 16;
    // %92: i32 = mul %90, %91
    const i32 v92 = ((i32)((u32)(u32)v90 * (u32)(u32)v91));
    // %93: i32 = const
    const i32 v93 = 8;
    // %94: i32 = mul %92, %93
    const i32 v94 = ((i32)((u32)(u32)v92 * (u32)(u32)v93));
    // %95: *f32 = ptr_add %5, %94
    const i64 v95 = (v5 + (i64)v94);
    // %96: *f32[3, 16, 8] = broadcast %95
    // %97: *f32[3, 16, 8] = ptr_add %96, %62
    // %98: f16[3, 16, 8] = cast %71
    f32 v98[4];
    #pragma unroll
    for (int c = 0; c < 4; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            v98[c] = ox_rnd_f16_arith(v71[c]);
        }
    }
    // %99: f16[3, 16, 8] = dot %75, %76, %98
    #pragma unroll
    for (int c = 0; c < 8; ++c) {
        const int e = (((c) / 4 * 128 + tid) * 4 + (c) % 4);
        if (e < 768) {
            ((u16*)ox_smem)[e] = ox_f16_bits(v75[c]);
        }
    }
    #pragma unroll
    for (int c = 0; c < 4; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        if (e < 384) {
            ((u16*)(ox_smem + 1536))[(e / 128 * 8 + e % 8) * 16 + e / 8 % 16] = ox_f16_bits(v76[c]);
        }
    }
    #pragma unroll
    for (int c = 0; c < 4; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        if (e < 384) {
            ((f32*)(ox_smem + 2304))[e] = v98[c];
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    {
        const int lane = tid % 32, g = lane / 4, t4 = lane % 4;
        for (int tile = tid / 32; tile < 3; tile += 4) {
            const int bt = tile / 1, mt = tile / 1 % 1, nt = tile % 1;
            f32* c = ((f32*)(ox_smem + 2304)) + (bt * 16 + mt * 16 + g) * 8 + nt * 8 + 2 * t4;
            f32 d0 = c[0], d1 = c[1], d2 = c[64], d3 = c[64 + 1];
            const u16* ra = ((u16*)ox_smem) + (bt * 16 + mt * 16 + g) * 16 + t4 * 2;
            const u16* rb = ((u16*)(ox_smem + 1536)) + (bt * 8 + nt * 8 + g) * 16 + t4 * 2;
            #pragma unroll 4
            for (int kk = 0; kk < 16; kk += 16) {
                ox_mma_f16(d0, d1, d2, d3, *(const u32*)&ra[0 * 16 + kk], *(const u32*)&ra[8 * 16 + kk], *(const u32*)&ra[0 * 16 + kk + 8], *(const u32*)&ra[8 * 16 + kk + 8], *(const u32*)&rb[0 * 16 + kk], *(const u32*)&rb[0 * 16 + kk + 8]);
            }
            c[0] = ox_rnd_f16_arith(d0); c[1] = ox_rnd_f16_arith(d1); c[64] = ox_rnd_f16_arith(d2); c[64 + 1] = ox_rnd_f16_arith(d3);
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    f32 v99[4];
    #pragma unroll
    for (int c = 0; c < 4; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        if (e < 384) {
            v99[c] = ((f32*)(ox_smem + 2304))[e];
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    // %100: f32[3, 16, 8] = cast %99
    f32 v100[4];
    #pragma unroll
    for (int c = 0; c < 4; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            v100[c] = v99[c];
        }
    }
    // store %97, %100
    #pragma unroll
    for (int c = 0; c < 4; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        if (e < 384) {
            const i32 l36 = ((i32)((u32)(u32)(e / 128) * (u32)(u32)v51));
            const i32 l37 = ((i32)((u32)(u32)((e / 8) % 16) * (u32)(u32)v54));
            const i32 l38 = ((i32)((u32)(u32)l36 + (u32)(u32)l37));
            const i32 l39 = ((i32)((u32)(u32)l38 + (u32)(u32)(e % 8)));
            const i64 l40 = (v95 + (i64)l39);
            if (!ox_fail && true && !((u64)l40 < n5)) { ox_record(ox_status, 1u, 5u, (u64)l40, 1u, 6u); ox_fail = true; }
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    #pragma unroll
    for (int c = 0; c < 4; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        if (e < 384) {
            const i32 l41 = ((i32)((u32)(u32)(e / 128) * (u32)(u32)v51));
            const i32 l42 = ((i32)((u32)(u32)((e / 8) % 16) * (u32)(u32)v54));
            const i32 l43 = ((i32)((u32)(u32)l41 + (u32)(u32)l42));
            const i32 l44 = ((i32)((u32)(u32)l43 + (u32)(u32)(e % 8)));
            const i64 l45 = (v95 + (i64)l44);
            if (!ox_fail && true) { if ((u64)l45 < n5) p5[l45] = v100[c]; else { ox_record(ox_status, 1u, 5u, (u64)l45, 1u, 6u); ox_fail = true; } }
        }
    }
    // %101: *i32[3, 16, 16] = broadcast %3
    // %102: *i32[3, 16, 16] = ptr_add %101, %32
    // %103: i32[3, 16, 16] = load %102
    i32 v103[8];
    #pragma unroll
    for (int c = 0; c < 8; ++c) {
        const int e = (((c) / 4 * 128 + tid) * 4 + (c) % 4);
        if (e < 768) {
            const i32 l46 = ((i32)((u32)(u32)(e / 256) * (u32)(u32)v19));
            const i32 l47 = ((i32)((u32)(u32)((e / 16) % 16) * (u32)(u32)v22));
            const i32 l48 = ((i32)((u32)(u32)l46 + (u32)(u32)l47));
            const i32 l49 = ((i32)((u32)(u32)l48 + (u32)(u32)(e % 16)));
            const i64 l50 = (v3 + (i64)l49);
            v103[c] = 0; if ((u64)l50 < n3) v103[c] = p3[l50]; else { ox_record(ox_status, 1u, 3u, (u64)l50, 0u, 7u); ox_fail = true; }
        }
    }
    // %104: i8[3, 16, 16] = cast %103
    i8 v104[8];
    #pragma unroll
    for (int c = 0; c < 8; ++c) {
        const int e = (((c) / 4 * 128 + tid) * 4 + (c) % 4);
        {
            v104[c] = ((i8)(v103[c]));
        }
    }
    // %105: *i32[3, 16, 8] = broadcast %4
    // %106: *i32[3, 16, 8] = ptr_add %105, %48
    // %107: i32[3, 16, 8] = load %106
    i32 v107[4];
    #pragma unroll
    for (int c = 0; c < 4; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        if (e < 384) {
            const i32 l51 = ((i32)((u32)(u32)(e / 128) * (u32)(u32)v35));
            const i32 l52 = ((i32)((u32)(u32)((e / 8) % 16) * (u32)(u32)v40));
            const i32 l53 = ((i32)((u32)(u32)l51 + (u32)(u32)l52));
            const i32 l54 = ((i32)((u32)(u32)l53 + (u32)(u32)(e % 8)));
            const i64 l55 = (v4 + (i64)l54);
            v107[c] = 0; if ((u64)l55 < n4) v107[c] = p4[l55]; else { ox_record(ox_status, 1u, 4u, (u64)l55, 0u, 8u); ox_fail = true; }
        }
    }
    // %108: i8[3, 16, 8] = cast %107
    i8 v108[4];
    #pragma unroll
    for (int c = 0; c < 4; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            v108[c] = ((i8)(v107[c]));
        }
    }
    // %109: *i32[3, 16, 8] = broadcast %6
    // %110: *i32[3, 16, 8] = ptr_add %109, %62
    // %111: i32 = const
    const i32 v111 = 0;
    // %112: i32[3, 16, 8] = broadcast %111
    // %113: i32[3, 16, 8] = dot %104, %108, %112
    #pragma unroll
    for (int c = 0; c < 8; ++c) {
        const int e = (((c) / 4 * 128 + tid) * 4 + (c) % 4);
        if (e < 768) {
            ((i8*)ox_smem)[e] = v104[c];
        }
    }
    #pragma unroll
    for (int c = 0; c < 4; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        if (e < 384) {
            ((i8*)(ox_smem + 768))[e] = v108[c];
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    i32 v113[4];
    #pragma unroll
    for (int c = 0; c < 4; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        {
            v113[c] = v111;
        }
    }
    #pragma unroll
    for (int run = 0; run < 2; ++run) {
        const int e0 = (run * 128 + tid) * 2;
        if (e0 < 384) {
            const int i = e0 / 8, j0 = e0 % 8;
            const int bt = i / 16;
            for (int kk = 0; kk < 16; ++kk) {
                const i8 x = ((i8*)ox_smem)[i * 16 + kk];
                const i8* sb = ((i8*)(ox_smem + 768)) + (bt * 16 + kk) * 8 + j0;
                #pragma unroll
                for (int u = 0; u < 2; ++u) {
                    const i32 y = v113[run * 2 + u];
                    v113[run * 2 + u] = (i32)((u32)y + (u32)((i32)x * (i32)sb[u]));
                }
            }
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    // store %110, %113
    #pragma unroll
    for (int c = 0; c < 4; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        if (e < 384) {
            const i32 l56 = ((i32)((u32)(u32)(e / 128) * (u32)(u32)v51));
            const i32 l57 = ((i32)((u32)(u32)((e / 8) % 16) * (u32)(u32)v54));
            const i32 l58 = ((i32)((u32)(u32)l56 + (u32)(u32)l57));
            const i32 l59 = ((i32)((u32)(u32)l58 + (u32)(u32)(e % 8)));
            const i64 l60 = (v6 + (i64)l59);
            if (!ox_fail && true && !((u64)l60 < n6)) { ox_record(ox_status, 1u, 6u, (u64)l60, 1u, 9u); ox_fail = true; }
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    #pragma unroll
    for (int c = 0; c < 4; ++c) {
        const int e = (((c) / 2 * 128 + tid) * 2 + (c) % 2);
        if (e < 384) {
            const i32 l61 = ((i32)((u32)(u32)(e / 128) * (u32)(u32)v51));
            const i32 l62 = ((i32)((u32)(u32)((e / 8) % 16) * (u32)(u32)v54));
            const i32 l63 = ((i32)((u32)(u32)l61 + (u32)(u32)l62));
            const i32 l64 = ((i32)((u32)(u32)l63 + (u32)(u32)(e % 8)));
            const i64 l65 = (v6 + (i64)l64);
            if (!ox_fail && true) { if ((u64)l65 < n6) p6[l65] = v113[c]; else { ox_record(ox_status, 1u, 6u, (u64)l65, 1u, 9u); ox_fail = true; } }
        }
    }
}
