// entry: ox_attention_fwd
// params: buffer(2) buffer(2) buffer(2) buffer(4) scalar(4) scalar(4)
// threads: 128, shared bytes: 4096
// stages: 2 requested, 0 chosen, loops []

// oxtile kernel `attention_fwd`: one block of 128 threads per program, sm_90, bounds-checked.

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

extern "C" __global__ void __launch_bounds__(128) ox_attention_fwd(
    const u16* __restrict__ p0 /* `q`: *f16 */,
    u64 n0,
    const u16* __restrict__ p1 /* `k`: *f16 */,
    u64 n1,
    const u16* __restrict__ p2 /* `v`: *f16 */,
    u64 n2,
    f32* __restrict__ p3 /* `o`: *f32 */,
    u64 n3,
    u32 s4 /* `seq`: i32 */,
    u32 s5 /* `sm_scale`: f32 */,
    u32* __restrict__ ox_status)
{
    extern __shared__ __align__(16) unsigned char ox_smem[];
    __shared__ u64 ox_bcast;
    const int tid = (int)threadIdx.x;
    bool ox_fail = false; // this thread found an out-of-bounds lane
    (void)ox_bcast; (void)tid;
    const i64 v0 = 0; // `q`: offset into p0
    const i64 v1 = 0; // `k`: offset into p1
    const i64 v2 = 0; // `v`: offset into p2
    const i64 v3 = 0; // `o`: offset into p3
    const i32 v4 = ((i32)(u32(s4))); // `seq`
    const f32 v5 = __uint_as_float((u32)(s5)); // `sm_scale`
    f32 x0[2]; // variable $0: f32[32], row vector of fragments
    f32 x1[1]; // variable $1: f32[32]
    f32 x2[8]; // variable $2: f32[32, 32], tensor-core accumulator fragment
    i32 x3; // variable $3: i32
    // %6: i32 = program_id
    const i32 v6 = (i32)blockIdx.x;
    // %7: i32 = program_id
    const i32 v7 = (i32)blockIdx.y;
    // %8: i32 = mul %7, %4
    const i32 v8 = ((i32)((u32)(u32)v7 * (u32)(u32)v4));
    // %9: i32 = const
    const i32 v9 = 32;
    // %10: i32 = mul %8, %9
    const i32 v10 = ((i32)((u32)(u32)v8 * (u32)(u32)v9));
    // %11: i32 = const
    const i32 v11 = 32;
    // %12: i32 = mul %6, %11
    const i32 v12 = ((i32)((u32)(u32)v6 * (u32)(u32)v11));
    // %13: i32[32] = arange
    // %14: i32[32] = broadcast %12
    // %15: i32[32] = add %14, %13
    // %16: i32[32] = arange
    // %17: i32[32, 1] = expand_dims %15
    // %18: i32[32, 1] = broadcast %4
    // %19: bool[32, 1] = cmp %17, %18
    // %20: *f16 = ptr_add %0, %10
    const i64 v20 = (v0 + (i64)v10);
    // %21: i32[32, 1] = expand_dims %15
    // %22: i32 = const
    const i32 v22 = 32;
    // %23: i32[32, 1] = broadcast %22
    // %24: i32[32, 1] = mul %21, %23
    // %25: *f16[32, 1] = broadcast %20
    // %26: *f16[32, 1] = ptr_add %25, %24
    // %27: i32[1, 32] = expand_dims %16
    // %28: *f16[32, 32] = broadcast %26
    // %29: i32[32, 32] = broadcast %27
    // %30: *f16[32, 32] = ptr_add %28, %29
    // %31: bool[32, 32] = broadcast %19
    // %32: f16 = const
    const f32 v32 = 0.0f;
    // %33: f16[32, 32] = broadcast %32
    // %34: f16[32, 32] = load %30, %31, %33
    f32 v34[8];
    #pragma unroll
    for (int c = 0; c < 8; ++c) {
        const int e = (((c) / 8 * 128 + tid) * 8 + (c) % 8);
        {
            const i32 l1 = ((i32)((u32)(u32)v12 + (u32)(u32)(e / 32)));
            const i32 l2 = ((i32)((u32)(u32)l1 * (u32)(u32)v22));
            const i64 l3 = (v20 + (i64)l2);
            const i64 l4 = (l3 + (i64)(e % 32));
            const bool l5 = (l1 < v4);
            u16 lr6 = 0; if (l5) { if ((u64)l4 < n0) lr6 = p0[l4]; else { ox_record(ox_status, 1u, 0u, (u64)l4, 0u, 0u); ox_fail = true; } } v34[c] = (l5) ? ox_cvt_f32_f16(lr6) : v32;
        }
    }
    // %35: f32 = const
    const f32 v35 = __uint_as_float(0xff800000u);
    // %36: f32[32] = broadcast %35
    // var_init %36
    {
        x0[0] = v35;
    }
    {
        x0[1] = v35;
    }
    // %37: f32 = const
    const f32 v37 = 0.0f;
    // %38: f32[32] = broadcast %37
    // var_init %38
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        {
            x1[c] = v37;
        }
    }
    // %39: f32 = const
    const f32 v39 = 0.0f;
    // %40: f32[32, 32] = broadcast %39
    // var_init %40
    {
        x2[0] = v39;
    }
    {
        x2[1] = v39;
    }
    {
        x2[2] = v39;
    }
    {
        x2[3] = v39;
    }
    {
        x2[4] = v39;
    }
    {
        x2[5] = v39;
    }
    {
        x2[6] = v39;
    }
    {
        x2[7] = v39;
    }
    // %41: f32 = const
    const f32 v41 = 1.442695f;
    // %42: f32 = mul %5, %41
    const f32 v42 = __fmul_rn(v5, v41);
    // %43: bool = const
    const bool v43 = false;
    // if %43
    if (v43) {
        // %44: i32 = const
        const i32 v44 = 1;
        // %45: i32 = add %6, %44
        const i32 v45 = ((i32)((u32)(u32)v6 + (u32)(u32)v44));
        // %46: i32 = const
        const i32 v46 = 32;
        // %47: i32 = mul %45, %46
        const i32 v47 = ((i32)((u32)(u32)v45 * (u32)(u32)v46));
        // %48: i32 = min %47, %4
        const i32 v48 = (v47 < v4 ? v47 : v4);
        // var_init %48
        x3 = v48;
    } else {
        // var_init %4
        x3 = v4;
    }
    // %49: i32 = var_load
    const i32 v49 = x3;
    // %50: i32 = const
    const i32 v50 = 0;
    // %51: i32 = const
    const i32 v51 = 16;
    // for %50, %49, %51
    {
        if (v51 <= 0) { if (tid == 0) ox_record(ox_status, 3u, 0u, (u64)(i64)v51, 0u, 0u); return; }
        for (i32 it7 = v50; it7 < v49;) {
            const i32 v52 = it7;
            // %53: i32[16] = arange
            // %54: i32[16] = broadcast %52
            // %55: i32[16] = add %54, %53
            // %56: i32[16, 1] = expand_dims %55
            // %57: i32[16, 1] = broadcast %4
            // %58: bool[16, 1] = cmp %56, %57
            // %59: *f16 = ptr_add %1, %10
            const i64 v59 = (v1 + (i64)v10);
            // %60: i32[16, 1] = expand_dims %55
            // %61: i32 = const
            const i32 v61 = 32;
            // %62: i32[16, 1] = broadcast %61
            // %63: i32[16, 1] = mul %60, %62
            // %64: *f16[16, 1] = broadcast %59
            // %65: *f16[16, 1] = ptr_add %64, %63
            // %66: i32[1, 32] = expand_dims %16
            // %67: *f16[16, 32] = broadcast %65
            // %68: i32[16, 32] = broadcast %66
            // %69: *f16[16, 32] = ptr_add %67, %68
            // %70: bool[16, 32] = broadcast %58
            // %71: f16 = const
            const f32 v71 = 0.0f;
            // %72: f16[16, 32] = broadcast %71
            // %73: f16[16, 32] = load %69, %70, %72
            f32 v73[4];
            #pragma unroll
            for (int c = 0; c < 4; ++c) {
                const int e = (((c) / 4 * 128 + tid) * 4 + (c) % 4);
                {
                    const i32 l8 = ((i32)((u32)(u32)v52 + (u32)(u32)(e / 32)));
                    const i32 l9 = ((i32)((u32)(u32)l8 * (u32)(u32)v61));
                    const i64 l10 = (v59 + (i64)l9);
                    const i64 l11 = (l10 + (i64)(e % 32));
                    const bool l12 = (l8 < v4);
                    u16 lr13 = 0; if (l12) { if ((u64)l11 < n1) lr13 = p1[l11]; else { ox_record(ox_status, 1u, 1u, (u64)l11, 0u, 0u); ox_fail = true; } } v73[c] = (l12) ? ox_cvt_f32_f16(lr13) : v71;
                }
            }
            // %74: *f16 = ptr_add %2, %10
            const i64 v74 = (v2 + (i64)v10);
            // %75: i32[16, 1] = expand_dims %55
            // %76: i32 = const
            const i32 v76 = 32;
            // %77: i32[16, 1] = broadcast %76
            // %78: i32[16, 1] = mul %75, %77
            // %79: *f16[16, 1] = broadcast %74
            // %80: *f16[16, 1] = ptr_add %79, %78
            // %81: i32[1, 32] = expand_dims %16
            // %82: *f16[16, 32] = broadcast %80
            // %83: i32[16, 32] = broadcast %81
            // %84: *f16[16, 32] = ptr_add %82, %83
            // %85: bool[16, 32] = broadcast %58
            // %86: f16 = const
            const f32 v86 = 0.0f;
            // %87: f16[16, 32] = broadcast %86
            // %88: f16[16, 32] = load %84, %85, %87
            f32 v88[4];
            #pragma unroll
            for (int c = 0; c < 4; ++c) {
                const int e = (((c) / 4 * 128 + tid) * 4 + (c) % 4);
                {
                    const i32 l14 = ((i32)((u32)(u32)v52 + (u32)(u32)(e / 32)));
                    const i32 l15 = ((i32)((u32)(u32)l14 * (u32)(u32)v76));
                    const i64 l16 = (v74 + (i64)l15);
                    const i64 l17 = (l16 + (i64)(e % 32));
                    const bool l18 = (l14 < v4);
                    u16 lr19 = 0; if (l18) { if ((u64)l17 < n2) lr19 = p2[l17]; else { ox_record(ox_status, 1u, 2u, (u64)l17, 0u, 0u); ox_fail = true; } } v88[c] = (l18) ? ox_cvt_f32_f16(lr19) : v86;
                }
            }
            // %89: i32[1, 16] = expand_dims %55
            // %90: i32[1, 16] = broadcast %4
            // %91: bool[1, 16] = cmp %89, %90
            // %92: i32[32, 1] = expand_dims %15
            // %93: i32[1, 16] = expand_dims %55
            // %94: i32[32, 16] = broadcast %92
            // %95: i32[32, 16] = broadcast %93
            // %96: bool[32, 16] = cmp %94, %95
            // %97: bool = const
            const bool v97 = false;
            // %98: bool = not %97
            const bool v98 = (!v97);
            // %99: bool[32, 16] = broadcast %98
            // %100: bool[32, 16] = or %96, %99
            // %101: bool[32, 16] = broadcast %91
            // %102: bool[32, 16] = and %101, %100
            // %103: f16[32, 16] = permute %73
            // %104: f32 = const
            const f32 v104 = 0.0f;
            // %105: f32[32, 16] = broadcast %104
            // %106: f32[32, 16] = dot %34, %103, %105
            #pragma unroll
            for (int run = 0; run < 1; ++run) {
                const int e0 = (run * 128 + tid) * 8;
                *(uint4*)&((u16*)ox_smem)[((e0 + 0) / 32) * 40 + ((e0 + 0) % 32)] = make_uint4(((u32)ox_f16_raw(v34[run * 8 + 0]) | ((u32)ox_f16_raw(v34[run * 8 + 1]) << 16)), ((u32)ox_f16_raw(v34[run * 8 + 2]) | ((u32)ox_f16_raw(v34[run * 8 + 3]) << 16)), ((u32)ox_f16_raw(v34[run * 8 + 4]) | ((u32)ox_f16_raw(v34[run * 8 + 5]) << 16)), ((u32)ox_f16_raw(v34[run * 8 + 6]) | ((u32)ox_f16_raw(v34[run * 8 + 7]) << 16)));
            }
            #pragma unroll
            for (int c = 0; c < 4; ++c) {
                const int e = (((c) / 4 * 128 + tid) * 4 + (c) % 4);
                {
                    ((u16*)(ox_smem + 2560))[(e / 32) * 40 + (e % 32)] = ox_f16_bits(v73[c]);
                }
            }
            f32 v106[4];
            if (__syncthreads_or(ox_fail)) return;
            v106[0] = v104;
            v106[1] = v104;
            v106[2] = v104;
            v106[3] = v104;
            {
                {
                const unsigned ox_mma_lane = (unsigned)(tid) & 31u, ox_mma_warp = (unsigned)(tid) >> 5;
                const unsigned ox_mma_wr = ox_mma_warp % 2u, ox_mma_wc = ox_mma_warp / 2u;
                const unsigned ox_mma_a = ox_smem_u32(((const unsigned short*)ox_smem)) + (ox_mma_wr * 16u + (ox_mma_lane & 15u)) * 80u + (ox_mma_lane >> 4) * 16u;
                const unsigned ox_mma_b = ox_smem_u32(((const unsigned short*)(ox_smem + 2560))) + (ox_mma_wc * 8u + (ox_mma_lane & 7u) + ((ox_mma_lane >> 4) << 3)) * 80u + ((ox_mma_lane >> 3) & 1u) * 16u;
                #pragma unroll
                for (unsigned ox_mma_k = 0; ox_mma_k < 32u; ox_mma_k += 16u) {
                unsigned ox_mma_fa[1][4], ox_mma_fb[1][2];
                ox_ldsm_x2(ox_mma_b + 0u + ox_mma_k * 2u, ox_mma_fb[0][0], ox_mma_fb[0][1]);
                ox_ldsm_x4(ox_mma_a + 0u + ox_mma_k * 2u, ox_mma_fa[0][0], ox_mma_fa[0][1], ox_mma_fa[0][2], ox_mma_fa[0][3]);
                ox_mma_f16(v106[0], v106[1], v106[2], v106[3], ox_mma_fa[0][0], ox_mma_fa[0][1], ox_mma_fa[0][2], ox_mma_fa[0][3], ox_mma_fb[0][0], ox_mma_fb[0][1]);
                }
                }
            }
            if (__syncthreads_or(ox_fail)) return;
            // %107: f32[32, 16] = broadcast %42
            // %108: f32[32, 16] = mul %106, %107
            f32 v108[4];
            {
                v108[0] = __fmul_rn(v106[0], v42);
            }
            {
                v108[1] = __fmul_rn(v106[1], v42);
            }
            {
                v108[2] = __fmul_rn(v106[2], v42);
            }
            {
                v108[3] = __fmul_rn(v106[3], v42);
            }
            // %109: f32 = const
            const f32 v109 = __uint_as_float(0xff800000u);
            // %110: f32[32, 16] = broadcast %109
            // %111: f32[32, 16] = select %102, %108, %110
            f32 v111[4];
            {
                const i32 l20 = ((i32)((u32)(u32)v52 + (u32)(u32)(((((tid) >> 5) / 2) * 8) + (((tid) & 3) * 2))));
                const bool l21 = (l20 < v4);
                const i32 l22 = ((i32)((u32)(u32)v12 + (u32)(u32)(((((tid) >> 5) % 2) * 16) + (((tid) & 31) >> 2))));
                const bool l23 = (l22 >= l20);
                const bool l24 = (l23 || v98);
                const bool l25 = (l21 && l24);
                v111[0] = (l25 ? v108[0] : v109);
            }
            {
                const i32 l26 = ((i32)((u32)(u32)v52 + (u32)(u32)((((((tid) >> 5) / 2) * 8) + (((tid) & 3) * 2)) + 1)));
                const bool l27 = (l26 < v4);
                const i32 l28 = ((i32)((u32)(u32)v12 + (u32)(u32)(((((tid) >> 5) % 2) * 16) + (((tid) & 31) >> 2))));
                const bool l29 = (l28 >= l26);
                const bool l30 = (l29 || v98);
                const bool l31 = (l27 && l30);
                v111[1] = (l31 ? v108[1] : v109);
            }
            {
                const i32 l32 = ((i32)((u32)(u32)v52 + (u32)(u32)(((((tid) >> 5) / 2) * 8) + (((tid) & 3) * 2))));
                const bool l33 = (l32 < v4);
                const i32 l34 = ((i32)((u32)(u32)v12 + (u32)(u32)((((((tid) >> 5) % 2) * 16) + (((tid) & 31) >> 2)) + 8)));
                const bool l35 = (l34 >= l32);
                const bool l36 = (l35 || v98);
                const bool l37 = (l33 && l36);
                v111[2] = (l37 ? v108[2] : v109);
            }
            {
                const i32 l38 = ((i32)((u32)(u32)v52 + (u32)(u32)((((((tid) >> 5) / 2) * 8) + (((tid) & 3) * 2)) + 1)));
                const bool l39 = (l38 < v4);
                const i32 l40 = ((i32)((u32)(u32)v12 + (u32)(u32)((((((tid) >> 5) % 2) * 16) + (((tid) & 31) >> 2)) + 8)));
                const bool l41 = (l40 >= l38);
                const bool l42 = (l41 || v98);
                const bool l43 = (l39 && l42);
                v111[3] = (l43 ? v108[3] : v109);
            }
            // %112: f32[32] = var_load
            f32 v112[2];
            #pragma unroll
            for (int c = 0; c < 2; ++c) v112[c] = x0[c];
            // %113: f32[32] = reduce %111
            f32 v113[2];
            // row Max of fragments %111
            v113[0] = fmaxf(v111[0], v111[1]);
            v113[1] = fmaxf(v111[2], v111[3]);
            {
                const f32 o0 = __shfl_xor_sync(0xffffffffu, v113[0], 1);
                const f32 o1 = __shfl_xor_sync(0xffffffffu, v113[1], 1);
                v113[0] = fmaxf(v113[0], o0);
                v113[1] = fmaxf(v113[1], o1);
            }
            {
                const f32 o0 = __shfl_xor_sync(0xffffffffu, v113[0], 2);
                const f32 o1 = __shfl_xor_sync(0xffffffffu, v113[1], 2);
                v113[0] = fmaxf(v113[0], o0);
                v113[1] = fmaxf(v113[1], o1);
            }
            if ((tid & 3) == 0) { ((f32*)ox_smem)[((tid >> 5) / 2) * 32 + (((tid >> 5) % 2) * 16 + ((tid & 31) >> 2) + 0)] = v113[0]; ((f32*)ox_smem)[((tid >> 5) / 2) * 32 + (((tid >> 5) % 2) * 16 + ((tid & 31) >> 2) + 8)] = v113[1]; }
            if (__syncthreads_or(ox_fail)) return;
            v113[0] = fmaxf(((f32*)ox_smem)[(((tid >> 5) % 2) * 16 + ((tid & 31) >> 2) + 0)], ((f32*)ox_smem)[32 + (((tid >> 5) % 2) * 16 + ((tid & 31) >> 2) + 0)]);
            v113[1] = fmaxf(((f32*)ox_smem)[(((tid >> 5) % 2) * 16 + ((tid & 31) >> 2) + 8)], ((f32*)ox_smem)[32 + (((tid >> 5) % 2) * 16 + ((tid & 31) >> 2) + 8)]);
            if (__syncthreads_or(ox_fail)) return;
            // %114: f32[32] = max %112, %113
            f32 v114[2];
            {
                v114[0] = fmaxf(v112[0], v113[0]);
            }
            {
                v114[1] = fmaxf(v112[1], v113[1]);
            }
            // %115: f32[32, 1] = expand_dims %114
            // %116: f32[32, 16] = broadcast %115
            // %117: f32[32, 16] = sub %111, %116
            f32 v117[4];
            {
                v117[0] = __fsub_rn(v111[0], v114[0]);
            }
            {
                v117[1] = __fsub_rn(v111[1], v114[0]);
            }
            {
                v117[2] = __fsub_rn(v111[2], v114[1]);
            }
            {
                v117[3] = __fsub_rn(v111[3], v114[1]);
            }
            // %118: f32[32, 16] = exp2 %117
            f32 v118[4];
            {
                v118[0] = exp2f(v117[0]);
            }
            {
                v118[1] = exp2f(v117[1]);
            }
            {
                v118[2] = exp2f(v117[2]);
            }
            {
                v118[3] = exp2f(v117[3]);
            }
            // %119: f32[32] = var_load
            f32 v119[2];
            #pragma unroll
            for (int c = 0; c < 2; ++c) v119[c] = x0[c];
            // %120: f32[32] = sub %119, %114
            f32 v120[2];
            {
                v120[0] = __fsub_rn(v119[0], v114[0]);
            }
            {
                v120[1] = __fsub_rn(v119[1], v114[1]);
            }
            // %121: f32[32] = exp2 %120
            f32 v121[2];
            {
                v121[0] = exp2f(v120[0]);
            }
            {
                v121[1] = exp2f(v120[1]);
            }
            // %122: f32[32] = var_load
            f32 v122[1];
            #pragma unroll
            for (int c = 0; c < 1; ++c) v122[c] = x1[c];
            // %123: f32[32] = mul %122, %121
            // row vector -> blocked layout of %121
            if ((tid & 3) == 0 && ((tid >> 5) / 2) == 0) { ((f32*)ox_smem)[(((tid >> 5) % 2) * 16 + ((tid & 31) >> 2) + 0)] = v121[0]; ((f32*)ox_smem)[(((tid >> 5) % 2) * 16 + ((tid & 31) >> 2) + 8)] = v121[1]; }
            if (__syncthreads_or(ox_fail)) return;
            f32 blk44[1];
            #pragma unroll
            for (int c = 0; c < 1; ++c) {
                const int e = (c * 128 + tid);
                if (e < 32) {
                    blk44[c] = ((f32*)ox_smem)[e / 1];
                }
            }
            if (__syncthreads_or(ox_fail)) return;
            f32 v123[1];
            #pragma unroll
            for (int c = 0; c < 1; ++c) {
                const int e = (c * 128 + tid);
                {
                    v123[c] = __fmul_rn(v122[c], blk44[c]);
                }
            }
            // %124: f32[32] = reduce %118
            // fragment -> blocked layout of %118
            ((f32*)ox_smem)[((((((tid) >> 5) % 2) * 16) + (((tid) & 31) >> 2))) * 16 + ((((((tid) >> 5) / 2) * 8) + (((tid) & 3) * 2)))] = v118[0];
            ((f32*)ox_smem)[((((((tid) >> 5) % 2) * 16) + (((tid) & 31) >> 2))) * 16 + (((((((tid) >> 5) / 2) * 8) + (((tid) & 3) * 2)) + 1))] = v118[1];
            ((f32*)ox_smem)[(((((((tid) >> 5) % 2) * 16) + (((tid) & 31) >> 2)) + 8)) * 16 + ((((((tid) >> 5) / 2) * 8) + (((tid) & 3) * 2)))] = v118[2];
            ((f32*)ox_smem)[(((((((tid) >> 5) % 2) * 16) + (((tid) & 31) >> 2)) + 8)) * 16 + (((((((tid) >> 5) / 2) * 8) + (((tid) & 3) * 2)) + 1))] = v118[3];
            if (__syncthreads_or(ox_fail)) return;
            f32 blk45[4];
            #pragma unroll
            for (int c = 0; c < 4; ++c) {
                const int e = (((c) / 4 * 128 + tid) * 4 + (c) % 4);
                {
                    blk45[c] = ((f32*)ox_smem)[e];
                }
            }
            if (__syncthreads_or(ox_fail)) return;
            #pragma unroll
            for (int c = 0; c < 4; ++c) {
                const int e = (((c) / 4 * 128 + tid) * 4 + (c) % 4);
                {
                    ((f32*)ox_smem)[e] = blk45[c];
                }
            }
            if (__syncthreads_or(ox_fail)) return;
            {
                const int g = tid / 1, l = tid % 1;
                for (int rr = 0; rr < 1; ++rr) {
                    const int r = g + rr * 128;
                    const int rc = r < 32 ? r : 31;
                    const int base = rc * 16 + (rc % 1);
                    f32 acc = ((f32*)ox_smem)[base + l * 1];
                    for (int kk = l + 1; kk < 16; kk += 1) acc = __fadd_rn(acc, ((f32*)ox_smem)[base + kk * 1]);
                    if (r < 32 && l == 0) ((f32*)(ox_smem + 2048))[r] = acc;
                }
            }
            if (__syncthreads_or(ox_fail)) return;
            f32 v124[1];
            #pragma unroll
            for (int c = 0; c < 1; ++c) {
                const int e = (c * 128 + tid);
                if (e < 32) {
                    v124[c] = ((f32*)(ox_smem + 2048))[e];
                }
            }
            if (__syncthreads_or(ox_fail)) return;
            // %125: f32[32] = add %123, %124
            f32 v125[1];
            #pragma unroll
            for (int c = 0; c < 1; ++c) {
                const int e = (c * 128 + tid);
                {
                    v125[c] = __fadd_rn(v123[c], v124[c]);
                }
            }
            // var_store %125
            #pragma unroll
            for (int c = 0; c < 1; ++c) x1[c] = v125[c];
            // %126: f32[32, 32] = var_load
            f32 v126[8];
            #pragma unroll
            for (int c = 0; c < 8; ++c) v126[c] = x2[c];
            // %127: f32[32, 1] = expand_dims %121
            // %128: f32[32, 32] = broadcast %127
            #pragma unroll
            for (int c = 0; c < 1; ++c) {
                const int e = (c * 128 + tid);
                if (e < 32) {
                    ((f32*)ox_smem)[e] = blk44[c];
                }
            }
            if (__syncthreads_or(ox_fail)) return;
            f32 v128[8];
            #pragma unroll
            for (int c = 0; c < 8; ++c) {
                const int e = (((c) / 8 * 128 + tid) * 8 + (c) % 8);
                {
                    v128[c] = ((f32*)ox_smem)[(e / 32)];
                }
            }
            if (__syncthreads_or(ox_fail)) return;
            // %129: f32[32, 32] = mul %126, %128
            // fragment -> blocked layout of %126
            ((f32*)ox_smem)[((((((tid) >> 5) % 2) * 16) + (((tid) & 31) >> 2))) * 32 + ((((((tid) >> 5) / 2) * 16) + (((tid) & 3) * 2)))] = v126[0];
            ((f32*)ox_smem)[((((((tid) >> 5) % 2) * 16) + (((tid) & 31) >> 2))) * 32 + (((((((tid) >> 5) / 2) * 16) + (((tid) & 3) * 2)) + 1))] = v126[1];
            ((f32*)ox_smem)[(((((((tid) >> 5) % 2) * 16) + (((tid) & 31) >> 2)) + 8)) * 32 + ((((((tid) >> 5) / 2) * 16) + (((tid) & 3) * 2)))] = v126[2];
            ((f32*)ox_smem)[(((((((tid) >> 5) % 2) * 16) + (((tid) & 31) >> 2)) + 8)) * 32 + (((((((tid) >> 5) / 2) * 16) + (((tid) & 3) * 2)) + 1))] = v126[3];
            ((f32*)ox_smem)[((((((tid) >> 5) % 2) * 16) + (((tid) & 31) >> 2))) * 32 + (((((((tid) >> 5) / 2) * 16) + (((tid) & 3) * 2)) + 8))] = v126[4];
            ((f32*)ox_smem)[((((((tid) >> 5) % 2) * 16) + (((tid) & 31) >> 2))) * 32 + (((((((tid) >> 5) / 2) * 16) + (((tid) & 3) * 2)) + 9))] = v126[5];
            ((f32*)ox_smem)[(((((((tid) >> 5) % 2) * 16) + (((tid) & 31) >> 2)) + 8)) * 32 + (((((((tid) >> 5) / 2) * 16) + (((tid) & 3) * 2)) + 8))] = v126[6];
            ((f32*)ox_smem)[(((((((tid) >> 5) % 2) * 16) + (((tid) & 31) >> 2)) + 8)) * 32 + (((((((tid) >> 5) / 2) * 16) + (((tid) & 3) * 2)) + 9))] = v126[7];
            if (__syncthreads_or(ox_fail)) return;
            f32 blk46[8];
            #pragma unroll
            for (int c = 0; c < 8; ++c) {
                const int e = (((c) / 8 * 128 + tid) * 8 + (c) % 8);
                {
                    blk46[c] = ((f32*)ox_smem)[e];
                }
            }
            if (__syncthreads_or(ox_fail)) return;
            f32 v129[8];
            #pragma unroll
            for (int c = 0; c < 8; ++c) {
                const int e = (((c) / 8 * 128 + tid) * 8 + (c) % 8);
                {
                    v129[c] = __fmul_rn(blk46[c], v128[c]);
                }
            }
            // %130: f16[32, 16] = cast %118
            f32 v130[4];
            #pragma unroll
            for (int c = 0; c < 4; ++c) {
                const int e = (((c) / 4 * 128 + tid) * 4 + (c) % 4);
                {
                    v130[c] = ox_rnd_f16_arith(blk45[c]);
                }
            }
            // %131: f32 = const
            const f32 v131 = 0.0f;
            // %132: f32[32, 32] = broadcast %131
            // %133: f32[32, 32] = dot %130, %88, %132
            #pragma unroll
            for (int c = 0; c < 4; ++c) {
                const int e = (((c) / 4 * 128 + tid) * 4 + (c) % 4);
                {
                    ((u16*)ox_smem)[(e / 16) * 24 + (e % 16)] = ox_f16_bits(v130[c]);
                }
            }
            #pragma unroll
            for (int c = 0; c < 4; ++c) {
                const int e = (((c) / 4 * 128 + tid) * 4 + (c) % 4);
                {
                    ((u16*)(ox_smem + 1536))[(e / 32) * 40 + (e % 32)] = ox_f16_bits(v88[c]);
                }
            }
            f32 v133[8];
            if (__syncthreads_or(ox_fail)) return;
            v133[0] = v131;
            v133[1] = v131;
            v133[2] = v131;
            v133[3] = v131;
            v133[4] = v131;
            v133[5] = v131;
            v133[6] = v131;
            v133[7] = v131;
            {
                {
                const unsigned ox_mma_lane = (unsigned)(tid) & 31u, ox_mma_warp = (unsigned)(tid) >> 5;
                const unsigned ox_mma_wr = ox_mma_warp % 2u, ox_mma_wc = ox_mma_warp / 2u;
                const unsigned ox_mma_a = ox_smem_u32(((const unsigned short*)ox_smem)) + (ox_mma_wr * 16u + (ox_mma_lane & 15u)) * 48u + (ox_mma_lane >> 4) * 16u;
                const unsigned ox_mma_b = ox_smem_u32(((const unsigned short*)(ox_smem + 1536))) + ((ox_mma_lane & 15u) * 40u + ox_mma_wc * 16u + (ox_mma_lane >> 4) * 8u) * 2u;
                #pragma unroll
                for (unsigned ox_mma_k = 0; ox_mma_k < 16u; ox_mma_k += 16u) {
                unsigned ox_mma_fa[1][4], ox_mma_fb[2][2];
                ox_ldsm_x4_t(ox_mma_b + 0u + ox_mma_k * 80u, ox_mma_fb[0][0], ox_mma_fb[0][1], ox_mma_fb[1][0], ox_mma_fb[1][1]);
                ox_ldsm_x4(ox_mma_a + 0u + ox_mma_k * 2u, ox_mma_fa[0][0], ox_mma_fa[0][1], ox_mma_fa[0][2], ox_mma_fa[0][3]);
                ox_mma_f16(v133[0], v133[1], v133[2], v133[3], ox_mma_fa[0][0], ox_mma_fa[0][1], ox_mma_fa[0][2], ox_mma_fa[0][3], ox_mma_fb[0][0], ox_mma_fb[0][1]);
                ox_mma_f16(v133[4], v133[5], v133[6], v133[7], ox_mma_fa[0][0], ox_mma_fa[0][1], ox_mma_fa[0][2], ox_mma_fa[0][3], ox_mma_fb[1][0], ox_mma_fb[1][1]);
                }
                }
            }
            if (__syncthreads_or(ox_fail)) return;
            // %134: f32[32, 32] = add %129, %133
            // fragment -> blocked layout of %133
            ((f32*)ox_smem)[((((((tid) >> 5) % 2) * 16) + (((tid) & 31) >> 2))) * 32 + ((((((tid) >> 5) / 2) * 16) + (((tid) & 3) * 2)))] = v133[0];
            ((f32*)ox_smem)[((((((tid) >> 5) % 2) * 16) + (((tid) & 31) >> 2))) * 32 + (((((((tid) >> 5) / 2) * 16) + (((tid) & 3) * 2)) + 1))] = v133[1];
            ((f32*)ox_smem)[(((((((tid) >> 5) % 2) * 16) + (((tid) & 31) >> 2)) + 8)) * 32 + ((((((tid) >> 5) / 2) * 16) + (((tid) & 3) * 2)))] = v133[2];
            ((f32*)ox_smem)[(((((((tid) >> 5) % 2) * 16) + (((tid) & 31) >> 2)) + 8)) * 32 + (((((((tid) >> 5) / 2) * 16) + (((tid) & 3) * 2)) + 1))] = v133[3];
            ((f32*)ox_smem)[((((((tid) >> 5) % 2) * 16) + (((tid) & 31) >> 2))) * 32 + (((((((tid) >> 5) / 2) * 16) + (((tid) & 3) * 2)) + 8))] = v133[4];
            ((f32*)ox_smem)[((((((tid) >> 5) % 2) * 16) + (((tid) & 31) >> 2))) * 32 + (((((((tid) >> 5) / 2) * 16) + (((tid) & 3) * 2)) + 9))] = v133[5];
            ((f32*)ox_smem)[(((((((tid) >> 5) % 2) * 16) + (((tid) & 31) >> 2)) + 8)) * 32 + (((((((tid) >> 5) / 2) * 16) + (((tid) & 3) * 2)) + 8))] = v133[6];
            ((f32*)ox_smem)[(((((((tid) >> 5) % 2) * 16) + (((tid) & 31) >> 2)) + 8)) * 32 + (((((((tid) >> 5) / 2) * 16) + (((tid) & 3) * 2)) + 9))] = v133[7];
            if (__syncthreads_or(ox_fail)) return;
            f32 blk47[8];
            #pragma unroll
            for (int c = 0; c < 8; ++c) {
                const int e = (((c) / 8 * 128 + tid) * 8 + (c) % 8);
                {
                    blk47[c] = ((f32*)ox_smem)[e];
                }
            }
            if (__syncthreads_or(ox_fail)) return;
            f32 v134[8];
            #pragma unroll
            for (int c = 0; c < 8; ++c) {
                const int e = (((c) / 8 * 128 + tid) * 8 + (c) % 8);
                {
                    v134[c] = __fadd_rn(v129[c], blk47[c]);
                }
            }
            // var_store %134
            #pragma unroll
            for (int c = 0; c < 8; ++c) {
                const int e = (((c) / 8 * 128 + tid) * 8 + (c) % 8);
                {
                    ((f32*)ox_smem)[e] = v134[c];
                }
            }
            if (__syncthreads_or(ox_fail)) return;
            x2[0] = ((f32*)ox_smem)[((((((tid) >> 5) % 2) * 16) + (((tid) & 31) >> 2))) * 32 + ((((((tid) >> 5) / 2) * 16) + (((tid) & 3) * 2)))];
            x2[1] = ((f32*)ox_smem)[((((((tid) >> 5) % 2) * 16) + (((tid) & 31) >> 2))) * 32 + (((((((tid) >> 5) / 2) * 16) + (((tid) & 3) * 2)) + 1))];
            x2[2] = ((f32*)ox_smem)[(((((((tid) >> 5) % 2) * 16) + (((tid) & 31) >> 2)) + 8)) * 32 + ((((((tid) >> 5) / 2) * 16) + (((tid) & 3) * 2)))];
            x2[3] = ((f32*)ox_smem)[(((((((tid) >> 5) % 2) * 16) + (((tid) & 31) >> 2)) + 8)) * 32 + (((((((tid) >> 5) / 2) * 16) + (((tid) & 3) * 2)) + 1))];
            x2[4] = ((f32*)ox_smem)[((((((tid) >> 5) % 2) * 16) + (((tid) & 31) >> 2))) * 32 + (((((((tid) >> 5) / 2) * 16) + (((tid) & 3) * 2)) + 8))];
            x2[5] = ((f32*)ox_smem)[((((((tid) >> 5) % 2) * 16) + (((tid) & 31) >> 2))) * 32 + (((((((tid) >> 5) / 2) * 16) + (((tid) & 3) * 2)) + 9))];
            x2[6] = ((f32*)ox_smem)[(((((((tid) >> 5) % 2) * 16) + (((tid) & 31) >> 2)) + 8)) * 32 + (((((((tid) >> 5) / 2) * 16) + (((tid) & 3) * 2)) + 8))];
            x2[7] = ((f32*)ox_smem)[(((((((tid) >> 5) % 2) * 16) + (((tid) & 31) >> 2)) + 8)) * 32 + (((((((tid) >> 5) / 2) * 16) + (((tid) & 3) * 2)) + 9))];
            if (__syncthreads_or(ox_fail)) return;
            // var_store %114
            #pragma unroll
            for (int c = 0; c < 2; ++c) x0[c] = v114[c];
            if ((u32)((u32)v49 - (u32)it7) <= (u32)v51) break;
            it7 = (i32)((u32)it7 + (u32)v51);
        }
    }
    // %135: *f32 = ptr_add %3, %10
    const i64 v135 = (v3 + (i64)v10);
    // %136: i32[32, 1] = expand_dims %15
    // %137: i32 = const
    const i32 v137 = 32;
    // %138: i32[32, 1] = broadcast %137
    // %139: i32[32, 1] = mul %136, %138
    // %140: *f32[32, 1] = broadcast %135
    // %141: *f32[32, 1] = ptr_add %140, %139
    // %142: i32[1, 32] = expand_dims %16
    // %143: *f32[32, 32] = broadcast %141
    // %144: i32[32, 32] = broadcast %142
    // %145: *f32[32, 32] = ptr_add %143, %144
    // %146: f32[32, 32] = var_load
    f32 v146[8];
    #pragma unroll
    for (int c = 0; c < 8; ++c) v146[c] = x2[c];
    // %147: f32[32] = var_load
    f32 v147[1];
    #pragma unroll
    for (int c = 0; c < 1; ++c) v147[c] = x1[c];
    // %148: f32[32, 1] = expand_dims %147
    // %149: f32[32, 32] = broadcast %148
    #pragma unroll
    for (int c = 0; c < 1; ++c) {
        const int e = (c * 128 + tid);
        if (e < 32) {
            ((f32*)ox_smem)[e] = v147[c];
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    f32 v149[8];
    #pragma unroll
    for (int c = 0; c < 8; ++c) {
        const int e = (((c) / 8 * 128 + tid) * 8 + (c) % 8);
        {
            v149[c] = ((f32*)ox_smem)[(e / 32)];
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    // %150: f32[32, 32] = div %146, %149
    // fragment -> blocked layout of %146
    ((f32*)ox_smem)[((((((tid) >> 5) % 2) * 16) + (((tid) & 31) >> 2))) * 32 + ((((((tid) >> 5) / 2) * 16) + (((tid) & 3) * 2)))] = v146[0];
    ((f32*)ox_smem)[((((((tid) >> 5) % 2) * 16) + (((tid) & 31) >> 2))) * 32 + (((((((tid) >> 5) / 2) * 16) + (((tid) & 3) * 2)) + 1))] = v146[1];
    ((f32*)ox_smem)[(((((((tid) >> 5) % 2) * 16) + (((tid) & 31) >> 2)) + 8)) * 32 + ((((((tid) >> 5) / 2) * 16) + (((tid) & 3) * 2)))] = v146[2];
    ((f32*)ox_smem)[(((((((tid) >> 5) % 2) * 16) + (((tid) & 31) >> 2)) + 8)) * 32 + (((((((tid) >> 5) / 2) * 16) + (((tid) & 3) * 2)) + 1))] = v146[3];
    ((f32*)ox_smem)[((((((tid) >> 5) % 2) * 16) + (((tid) & 31) >> 2))) * 32 + (((((((tid) >> 5) / 2) * 16) + (((tid) & 3) * 2)) + 8))] = v146[4];
    ((f32*)ox_smem)[((((((tid) >> 5) % 2) * 16) + (((tid) & 31) >> 2))) * 32 + (((((((tid) >> 5) / 2) * 16) + (((tid) & 3) * 2)) + 9))] = v146[5];
    ((f32*)ox_smem)[(((((((tid) >> 5) % 2) * 16) + (((tid) & 31) >> 2)) + 8)) * 32 + (((((((tid) >> 5) / 2) * 16) + (((tid) & 3) * 2)) + 8))] = v146[6];
    ((f32*)ox_smem)[(((((((tid) >> 5) % 2) * 16) + (((tid) & 31) >> 2)) + 8)) * 32 + (((((((tid) >> 5) / 2) * 16) + (((tid) & 3) * 2)) + 9))] = v146[7];
    if (__syncthreads_or(ox_fail)) return;
    f32 blk48[8];
    #pragma unroll
    for (int c = 0; c < 8; ++c) {
        const int e = (((c) / 8 * 128 + tid) * 8 + (c) % 8);
        {
            blk48[c] = ((f32*)ox_smem)[e];
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    f32 v150[8];
    #pragma unroll
    for (int c = 0; c < 8; ++c) {
        const int e = (((c) / 8 * 128 + tid) * 8 + (c) % 8);
        {
            v150[c] = __fdiv_rn(blk48[c], v149[c]);
        }
    }
    // %151: bool[32, 32] = broadcast %19
    // store %145, %150, %151
    #pragma unroll
    for (int c = 0; c < 8; ++c) {
        const int e = (((c) / 8 * 128 + tid) * 8 + (c) % 8);
        {
            const i32 l49 = ((i32)((u32)(u32)v12 + (u32)(u32)(e / 32)));
            const i32 l50 = ((i32)((u32)(u32)l49 * (u32)(u32)v137));
            const i64 l51 = (v135 + (i64)l50);
            const i64 l52 = (l51 + (i64)(e % 32));
            const bool l53 = (l49 < v4);
            if (!ox_fail && l53 && !((u64)l52 < n3)) { ox_record(ox_status, 1u, 3u, (u64)l52, 1u, 0u); ox_fail = true; }
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    #pragma unroll
    for (int c = 0; c < 8; ++c) {
        const int e = (((c) / 8 * 128 + tid) * 8 + (c) % 8);
        {
            const i32 l54 = ((i32)((u32)(u32)v12 + (u32)(u32)(e / 32)));
            const i32 l55 = ((i32)((u32)(u32)l54 * (u32)(u32)v137));
            const i64 l56 = (v135 + (i64)l55);
            const i64 l57 = (l56 + (i64)(e % 32));
            const bool l58 = (l54 < v4);
            if (!ox_fail && l58) { if ((u64)l57 < n3) p3[l57] = v150[c]; else { ox_record(ox_status, 1u, 3u, (u64)l57, 1u, 0u); ox_fail = true; } }
        }
    }
}
