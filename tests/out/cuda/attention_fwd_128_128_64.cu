// entry: ox_attention_fwd
// params: buffer(2) buffer(2) buffer(2) buffer(2) scalar(4) scalar(4)
// threads: 128, shared bytes: 50176
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

// wgmma's swizzled staging layouts (SmemLayout::Swizzled): the element index of (r, c) in an
// area of R rows whose bytes are cut in slabs W bytes wide, 16-byte chunks XOR-permuted.
template <u32 ES, u32 W, u32 R> OX_INLINE u32 ox_swz(u32 r, u32 c) {
    const u32 b = c * ES;
    return ((b / W) * (R * W) + r * W +
            ((((b % W) >> 4) ^ ((r / (128u / W)) & (W / 16u - 1u))) << 4) + (b & 15u)) / ES;
}
// A matrix descriptor: the constant fields `hi` and the start address / 16.
OX_INLINE u64 ox_wg_desc(u32 addr, u64 hi) { return hi | (u64)((addr >> 4) & 0x3fffu); }
#ifndef OX_EMU
// The thread's warpgroup, read from lane 0 so that ptxas knows it is the same across the
// warp and keeps the descriptors built from it in uniform registers (as Triton does).
OX_INLINE u32 ox_wg_index(u32 tid) { return __shfl_sync(0xffffffffu, tid >> 7, 0); }
OX_INLINE void ox_wgmma_fence() { asm volatile("wgmma.fence.sync.aligned;" ::: "memory"); }
OX_INLINE void ox_wgmma_commit() { asm volatile("wgmma.commit_group.sync.aligned;" ::: "memory"); }
template <int N> OX_INLINE void ox_wgmma_wait() {
    asm volatile("wgmma.wait_group.sync.aligned %0;" :: "n"(N) : "memory");
}
// Ordinary shared-memory stores made visible to the tensor cores (the async proxy).
OX_INLINE void ox_fence_proxy_async() { asm volatile("fence.proxy.async.shared::cta;" ::: "memory"); }
// Keeps the compiler from moving a read of an accumulator register above the wait.
OX_INLINE void ox_wgmma_hold(f32& x) { asm volatile("" : "+f"(x) :: "memory"); }
OX_INLINE void ox_wgmma_hold(i32& x) { asm volatile("" : "+r"(x) :: "memory"); }
#else
OX_INLINE u32 ox_wg_index(u32 tid) { return tid >> 7; }
#endif
#ifndef OX_EMU
OX_INLINE void ox_wgmma_ra_f16_n64_t1(f32* d, u32 a0, u32 a1, u32 a2, u32 a3, u64 b) {
    asm volatile("{\n.reg .pred p;\nsetp.ne.b32 p, %37, 0;\n"
        "wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {%0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12, %13, %14, %15, %16, %17, %18, %19, %20, %21, %22, %23, %24, %25, %26, %27, %28, %29, %30, %31}, {%32, %33, %34, %35}, %36, p, 1, 1, 1;\n}\n"
        : "+f"(d[0]), "+f"(d[1]), "+f"(d[2]), "+f"(d[3]), "+f"(d[4]), "+f"(d[5]), "+f"(d[6]), "+f"(d[7]), "+f"(d[8]), "+f"(d[9]), "+f"(d[10]), "+f"(d[11]), "+f"(d[12]), "+f"(d[13]), "+f"(d[14]), "+f"(d[15]), "+f"(d[16]), "+f"(d[17]), "+f"(d[18]), "+f"(d[19]), "+f"(d[20]), "+f"(d[21]), "+f"(d[22]), "+f"(d[23]), "+f"(d[24]), "+f"(d[25]), "+f"(d[26]), "+f"(d[27]), "+f"(d[28]), "+f"(d[29]), "+f"(d[30]), "+f"(d[31])
        : "r"(a0), "r"(a1), "r"(a2), "r"(a3), "l"(b), "r"(1));
}
#else
OX_INLINE void ox_wgmma_ra_f16_n64_t1(f32* d, u32 a0, u32 a1, u32 a2, u32 a3, u64 b) {
    const u32 a[4] = {a0, a1, a2, a3};
    oxemu::wgmma_ra(d, 64u, a, b, oxemu::F16, true);
}
#endif
#ifndef OX_EMU
OX_INLINE void ox_wgmma_ra_f16_n64_t1_z(f32* d, u32 a0, u32 a1, u32 a2, u32 a3, u64 b) {
    asm volatile("{\n.reg .pred p;\nsetp.ne.b32 p, %37, 0;\n"
        "wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {%0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12, %13, %14, %15, %16, %17, %18, %19, %20, %21, %22, %23, %24, %25, %26, %27, %28, %29, %30, %31}, {%32, %33, %34, %35}, %36, p, 1, 1, 1;\n}\n"
        : "=f"(d[0]), "=f"(d[1]), "=f"(d[2]), "=f"(d[3]), "=f"(d[4]), "=f"(d[5]), "=f"(d[6]), "=f"(d[7]), "=f"(d[8]), "=f"(d[9]), "=f"(d[10]), "=f"(d[11]), "=f"(d[12]), "=f"(d[13]), "=f"(d[14]), "=f"(d[15]), "=f"(d[16]), "=f"(d[17]), "=f"(d[18]), "=f"(d[19]), "=f"(d[20]), "=f"(d[21]), "=f"(d[22]), "=f"(d[23]), "=f"(d[24]), "=f"(d[25]), "=f"(d[26]), "=f"(d[27]), "=f"(d[28]), "=f"(d[29]), "=f"(d[30]), "=f"(d[31])
        : "r"(a0), "r"(a1), "r"(a2), "r"(a3), "l"(b), "r"(0));
}
#else
OX_INLINE void ox_wgmma_ra_f16_n64_t1_z(f32* d, u32 a0, u32 a1, u32 a2, u32 a3, u64 b) {
    const u32 a[4] = {a0, a1, a2, a3};
    oxemu::wgmma_ra(d, 64u, a, b, oxemu::F16, true, true);
}
#endif
#ifndef OX_EMU
OX_INLINE void ox_wgmma_f16_n128_t0(f32* d, u64 a, u64 b) {
    asm volatile("{\n.reg .pred p;\nsetp.ne.b32 p, %66, 0;\n"
        "wgmma.mma_async.sync.aligned.m64n128k16.f32.f16.f16 {%0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12, %13, %14, %15, %16, %17, %18, %19, %20, %21, %22, %23, %24, %25, %26, %27, %28, %29, %30, %31, %32, %33, %34, %35, %36, %37, %38, %39, %40, %41, %42, %43, %44, %45, %46, %47, %48, %49, %50, %51, %52, %53, %54, %55, %56, %57, %58, %59, %60, %61, %62, %63}, %64, %65, p, 1, 1, 0, 0;\n}\n"
        : "+f"(d[0]), "+f"(d[1]), "+f"(d[2]), "+f"(d[3]), "+f"(d[4]), "+f"(d[5]), "+f"(d[6]), "+f"(d[7]), "+f"(d[8]), "+f"(d[9]), "+f"(d[10]), "+f"(d[11]), "+f"(d[12]), "+f"(d[13]), "+f"(d[14]), "+f"(d[15]), "+f"(d[16]), "+f"(d[17]), "+f"(d[18]), "+f"(d[19]), "+f"(d[20]), "+f"(d[21]), "+f"(d[22]), "+f"(d[23]), "+f"(d[24]), "+f"(d[25]), "+f"(d[26]), "+f"(d[27]), "+f"(d[28]), "+f"(d[29]), "+f"(d[30]), "+f"(d[31]), "+f"(d[32]), "+f"(d[33]), "+f"(d[34]), "+f"(d[35]), "+f"(d[36]), "+f"(d[37]), "+f"(d[38]), "+f"(d[39]), "+f"(d[40]), "+f"(d[41]), "+f"(d[42]), "+f"(d[43]), "+f"(d[44]), "+f"(d[45]), "+f"(d[46]), "+f"(d[47]), "+f"(d[48]), "+f"(d[49]), "+f"(d[50]), "+f"(d[51]), "+f"(d[52]), "+f"(d[53]), "+f"(d[54]), "+f"(d[55]), "+f"(d[56]), "+f"(d[57]), "+f"(d[58]), "+f"(d[59]), "+f"(d[60]), "+f"(d[61]), "+f"(d[62]), "+f"(d[63])
        : "l"(a), "l"(b), "r"(1));
}
#else
OX_INLINE void ox_wgmma_f16_n128_t0(f32* d, u64 a, u64 b) { oxemu::wgmma(d, 128u, a, b, oxemu::F16, false, false); }
#endif
#ifndef OX_EMU
OX_INLINE void ox_wgmma_f16_n128_t0_z(f32* d, u64 a, u64 b) {
    asm volatile("{\n.reg .pred p;\nsetp.ne.b32 p, %66, 0;\n"
        "wgmma.mma_async.sync.aligned.m64n128k16.f32.f16.f16 {%0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12, %13, %14, %15, %16, %17, %18, %19, %20, %21, %22, %23, %24, %25, %26, %27, %28, %29, %30, %31, %32, %33, %34, %35, %36, %37, %38, %39, %40, %41, %42, %43, %44, %45, %46, %47, %48, %49, %50, %51, %52, %53, %54, %55, %56, %57, %58, %59, %60, %61, %62, %63}, %64, %65, p, 1, 1, 0, 0;\n}\n"
        : "=f"(d[0]), "=f"(d[1]), "=f"(d[2]), "=f"(d[3]), "=f"(d[4]), "=f"(d[5]), "=f"(d[6]), "=f"(d[7]), "=f"(d[8]), "=f"(d[9]), "=f"(d[10]), "=f"(d[11]), "=f"(d[12]), "=f"(d[13]), "=f"(d[14]), "=f"(d[15]), "=f"(d[16]), "=f"(d[17]), "=f"(d[18]), "=f"(d[19]), "=f"(d[20]), "=f"(d[21]), "=f"(d[22]), "=f"(d[23]), "=f"(d[24]), "=f"(d[25]), "=f"(d[26]), "=f"(d[27]), "=f"(d[28]), "=f"(d[29]), "=f"(d[30]), "=f"(d[31]), "=f"(d[32]), "=f"(d[33]), "=f"(d[34]), "=f"(d[35]), "=f"(d[36]), "=f"(d[37]), "=f"(d[38]), "=f"(d[39]), "=f"(d[40]), "=f"(d[41]), "=f"(d[42]), "=f"(d[43]), "=f"(d[44]), "=f"(d[45]), "=f"(d[46]), "=f"(d[47]), "=f"(d[48]), "=f"(d[49]), "=f"(d[50]), "=f"(d[51]), "=f"(d[52]), "=f"(d[53]), "=f"(d[54]), "=f"(d[55]), "=f"(d[56]), "=f"(d[57]), "=f"(d[58]), "=f"(d[59]), "=f"(d[60]), "=f"(d[61]), "=f"(d[62]), "=f"(d[63])
        : "l"(a), "l"(b), "r"(0));
}
#else
OX_INLINE void ox_wgmma_f16_n128_t0_z(f32* d, u64 a, u64 b) { oxemu::wgmma(d, 128u, a, b, oxemu::F16, false, false, true); }
#endif

extern "C" __global__ void __launch_bounds__(128) ox_attention_fwd(
    const u16* __restrict__ p0 /* `q`: *f16 */,
    u64 n0,
    const u16* __restrict__ p1 /* `k`: *f16 */,
    u64 n1,
    const u16* __restrict__ p2 /* `v`: *f16 */,
    u64 n2,
    u16* __restrict__ p3 /* `o`: *f16 */,
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
    unsigned char* const ox_smem_al = ox_smem + ((0u - ox_smem_u32(ox_smem)) & 1023u);
    {
    unsigned char* const ox_smem = ox_smem_al;
    const i64 v0 = 0; // `q`: offset into p0
    const i64 v1 = 0; // `k`: offset into p1
    const i64 v2 = 0; // `v`: offset into p2
    const i64 v3 = 0; // `o`: offset into p3
    const i32 v4 = ((i32)(u32(s4))); // `seq`
    const f32 v5 = __uint_as_float((u32)(s5)); // `sm_scale`
    f32 x0[4]; // variable $0: f32[128], row vector of fragments
    f32 x1[4]; // variable $1: f32[128], row vector of fragments
    f32 x2[64]; // variable $2: f32[128, 64], tensor-core accumulator fragment
    // %6: i32 = program_id
    const i32 v6 = (i32)blockIdx.x;
    // %7: i32 = program_id
    const i32 v7 = (i32)blockIdx.y;
    // %8: i32 = mul %7, %4
    const i32 v8 = ((i32)((u32)(u32)v7 * (u32)(u32)v4));
    // %9: i32 = const
    const i32 v9 = 64;
    // %10: i32 = mul %8, %9
    const i32 v10 = ((i32)((u32)(u32)v8 * (u32)(u32)v9));
    // %11: i32 = const
    const i32 v11 = 128;
    // %12: i32 = mul %6, %11
    const i32 v12 = ((i32)((u32)(u32)v6 * (u32)(u32)v11));
    // %13: i32[128] = arange
    // %14: i32[128] = broadcast %12
    // %15: i32[128] = add %14, %13
    // %16: i32[64] = arange
    // %17: i32[128, 1] = expand_dims %15
    // %18: i32[128, 1] = broadcast %4
    // %19: bool[128, 1] = cmp %17, %18
    // %20: bool = const
    const bool v20 = true;
    // %21: bool[128, 1] = broadcast %20
    // %22: bool[128, 1] = or %19, %21
    // %23: *f16 = ptr_add %0, %10
    const i64 v23 = (v0 + (i64)v10);
    // %24: i32[128, 1] = expand_dims %15
    // %25: i32 = const
    const i32 v25 = 64;
    // %26: i32[128, 1] = broadcast %25
    // %27: i32[128, 1] = mul %24, %26
    // %28: *f16[128, 1] = broadcast %23
    // %29: *f16[128, 1] = ptr_add %28, %27
    // %30: i32[1, 64] = expand_dims %16
    // %31: *f16[128, 64] = broadcast %29
    // %32: i32[128, 64] = broadcast %30
    // %33: *f16[128, 64] = ptr_add %31, %32
    // %34: bool[128, 64] = broadcast %22
    // %35: f16 = const
    const f32 v35 = 0.0f;
    // %36: f16[128, 64] = broadcast %35
    // %37: f16[128, 64] = load %33, %34, %36
    f32 v37[64];
    #pragma unroll
    for (int c = 0; c < 64; ++c) {
        const int e = (((c) / 8 * 128 + tid) * 8 + (c) % 8);
        {
            const i32 l1 = ((i32)((u32)(u32)v12 + (u32)(u32)(e / 64)));
            const i32 l2 = ((i32)((u32)(u32)l1 * (u32)(u32)v25));
            const i64 l3 = (v23 + (i64)l2);
            const i64 l4 = (l3 + (i64)(e % 64));
            const bool l5 = (l1 < v4);
            const bool l6 = (l5 || v20);
            u16 lr7 = 0; if (l6) { if ((u64)l4 < n0) lr7 = p0[l4]; else { ox_record(ox_status, 1u, 0u, (u64)l4, 0u, 0u); ox_fail = true; } } v37[c] = (l6) ? ox_cvt_f32_f16(lr7) : v35;
        }
    }
    // %38: f32 = const
    const f32 v38 = __uint_as_float(0xff800000u);
    // %39: f32[128] = broadcast %38
    // var_init %39
    {
        x0[0] = v38;
    }
    {
        x0[1] = v38;
    }
    {
        x0[2] = v38;
    }
    {
        x0[3] = v38;
    }
    // %40: f32 = const
    const f32 v40 = 0.0f;
    // %41: f32[128] = broadcast %40
    // var_init %41
    {
        x1[0] = v40;
    }
    {
        x1[1] = v40;
    }
    {
        x1[2] = v40;
    }
    {
        x1[3] = v40;
    }
    // %42: f32 = const
    const f32 v42 = 0.0f;
    // %43: f32[128, 64] = broadcast %42
    // var_init %43
    {
        x2[0] = v42;
    }
    {
        x2[1] = v42;
    }
    {
        x2[2] = v42;
    }
    {
        x2[3] = v42;
    }
    {
        x2[4] = v42;
    }
    {
        x2[5] = v42;
    }
    {
        x2[6] = v42;
    }
    {
        x2[7] = v42;
    }
    {
        x2[8] = v42;
    }
    {
        x2[9] = v42;
    }
    {
        x2[10] = v42;
    }
    {
        x2[11] = v42;
    }
    {
        x2[12] = v42;
    }
    {
        x2[13] = v42;
    }
    {
        x2[14] = v42;
    }
    {
        x2[15] = v42;
    }
    {
        x2[16] = v42;
    }
    {
        x2[17] = v42;
    }
    {
        x2[18] = v42;
    }
    {
        x2[19] = v42;
    }
    {
        x2[20] = v42;
    }
    {
        x2[21] = v42;
    }
    {
        x2[22] = v42;
    }
    {
        x2[23] = v42;
    }
    {
        x2[24] = v42;
    }
    {
        x2[25] = v42;
    }
    {
        x2[26] = v42;
    }
    {
        x2[27] = v42;
    }
    {
        x2[28] = v42;
    }
    {
        x2[29] = v42;
    }
    {
        x2[30] = v42;
    }
    {
        x2[31] = v42;
    }
    {
        x2[32] = v42;
    }
    {
        x2[33] = v42;
    }
    {
        x2[34] = v42;
    }
    {
        x2[35] = v42;
    }
    {
        x2[36] = v42;
    }
    {
        x2[37] = v42;
    }
    {
        x2[38] = v42;
    }
    {
        x2[39] = v42;
    }
    {
        x2[40] = v42;
    }
    {
        x2[41] = v42;
    }
    {
        x2[42] = v42;
    }
    {
        x2[43] = v42;
    }
    {
        x2[44] = v42;
    }
    {
        x2[45] = v42;
    }
    {
        x2[46] = v42;
    }
    {
        x2[47] = v42;
    }
    {
        x2[48] = v42;
    }
    {
        x2[49] = v42;
    }
    {
        x2[50] = v42;
    }
    {
        x2[51] = v42;
    }
    {
        x2[52] = v42;
    }
    {
        x2[53] = v42;
    }
    {
        x2[54] = v42;
    }
    {
        x2[55] = v42;
    }
    {
        x2[56] = v42;
    }
    {
        x2[57] = v42;
    }
    {
        x2[58] = v42;
    }
    {
        x2[59] = v42;
    }
    {
        x2[60] = v42;
    }
    {
        x2[61] = v42;
    }
    {
        x2[62] = v42;
    }
    {
        x2[63] = v42;
    }
    // %44: f32 = const
    const f32 v44 = 1.442695f;
    // %45: f32 = mul %5, %44
    const f32 v45 = __fmul_rn(v5, v44);
    // %46: i32 = const
    const i32 v46 = 0;
    // %47: i32 = const
    const i32 v47 = 128;
    // for %46, %4, %47
    {
        if (v47 <= 0) { if (tid == 0) ox_record(ox_status, 3u, 0u, (u64)(i64)v47, 0u, 0u); return; }
        for (i32 it8 = v46; it8 < v4;) {
            const i32 v48 = it8;
            // %49: i32[128] = arange
            // %50: i32[128] = broadcast %48
            // %51: i32[128] = add %50, %49
            // %52: i32[128, 1] = expand_dims %51
            // %53: i32[128, 1] = broadcast %4
            // %54: bool[128, 1] = cmp %52, %53
            // %55: bool = const
            const bool v55 = true;
            // %56: bool[128, 1] = broadcast %55
            // %57: bool[128, 1] = or %54, %56
            // %58: *f16 = ptr_add %1, %10
            const i64 v58 = (v1 + (i64)v10);
            // %59: i32[128, 1] = expand_dims %51
            // %60: i32 = const
            const i32 v60 = 64;
            // %61: i32[128, 1] = broadcast %60
            // %62: i32[128, 1] = mul %59, %61
            // %63: *f16[128, 1] = broadcast %58
            // %64: *f16[128, 1] = ptr_add %63, %62
            // %65: i32[1, 64] = expand_dims %16
            // %66: *f16[128, 64] = broadcast %64
            // %67: i32[128, 64] = broadcast %65
            // %68: *f16[128, 64] = ptr_add %66, %67
            // %69: bool[128, 64] = broadcast %57
            // %70: f16 = const
            const f32 v70 = 0.0f;
            // %71: f16[128, 64] = broadcast %70
            // %72: f16[128, 64] = load %68, %69, %71
            f32 v72[64];
            #pragma unroll
            for (int c = 0; c < 64; ++c) {
                const int e = (((c) / 8 * 128 + tid) * 8 + (c) % 8);
                {
                    const i32 l9 = ((i32)((u32)(u32)v48 + (u32)(u32)(e / 64)));
                    const i32 l10 = ((i32)((u32)(u32)l9 * (u32)(u32)v60));
                    const i64 l11 = (v58 + (i64)l10);
                    const i64 l12 = (l11 + (i64)(e % 64));
                    const bool l13 = (l9 < v4);
                    const bool l14 = (l13 || v55);
                    u16 lr15 = 0; if (l14) { if ((u64)l12 < n1) lr15 = p1[l12]; else { ox_record(ox_status, 1u, 1u, (u64)l12, 0u, 0u); ox_fail = true; } } v72[c] = (l14) ? ox_cvt_f32_f16(lr15) : v70;
                }
            }
            // %73: *f16 = ptr_add %2, %10
            const i64 v73 = (v2 + (i64)v10);
            // %74: i32[128, 1] = expand_dims %51
            // %75: i32 = const
            const i32 v75 = 64;
            // %76: i32[128, 1] = broadcast %75
            // %77: i32[128, 1] = mul %74, %76
            // %78: *f16[128, 1] = broadcast %73
            // %79: *f16[128, 1] = ptr_add %78, %77
            // %80: i32[1, 64] = expand_dims %16
            // %81: *f16[128, 64] = broadcast %79
            // %82: i32[128, 64] = broadcast %80
            // %83: *f16[128, 64] = ptr_add %81, %82
            // %84: bool[128, 64] = broadcast %57
            // %85: f16 = const
            const f32 v85 = 0.0f;
            // %86: f16[128, 64] = broadcast %85
            // %87: f16[128, 64] = load %83, %84, %86
            f32 v87[64];
            #pragma unroll
            for (int c = 0; c < 64; ++c) {
                const int e = (((c) / 8 * 128 + tid) * 8 + (c) % 8);
                {
                    const i32 l16 = ((i32)((u32)(u32)v48 + (u32)(u32)(e / 64)));
                    const i32 l17 = ((i32)((u32)(u32)l16 * (u32)(u32)v75));
                    const i64 l18 = (v73 + (i64)l17);
                    const i64 l19 = (l18 + (i64)(e % 64));
                    const bool l20 = (l16 < v4);
                    const bool l21 = (l20 || v55);
                    u16 lr22 = 0; if (l21) { if ((u64)l19 < n2) lr22 = p2[l19]; else { ox_record(ox_status, 1u, 2u, (u64)l19, 0u, 0u); ox_fail = true; } } v87[c] = (l21) ? ox_cvt_f32_f16(lr22) : v85;
                }
            }
            // %88: i32[1, 128] = expand_dims %51
            // %89: i32[1, 128] = broadcast %4
            // %90: bool[1, 128] = cmp %88, %89
            // %91: bool = const
            const bool v91 = true;
            // %92: bool[1, 128] = broadcast %91
            // %93: bool[1, 128] = or %90, %92
            // %94: f16[64, 128] = permute %72
            // %95: f32 = const
            const f32 v95 = 0.0f;
            // %96: f32[128, 128] = broadcast %95
            // %97: f32[128, 128] = dot %37, %94, %96
            #pragma unroll
            for (int run = 0; run < 8; ++run) {
                const int e0 = (run * 128 + tid) * 8;
                *(uint4*)&((u16*)ox_smem)[ox_swz<2u, 128u, 128u>((e0 + 0) / 64, (e0 + 0) % 64)] = make_uint4(((u32)ox_f16_raw(v37[run * 8 + 0]) | ((u32)ox_f16_raw(v37[run * 8 + 1]) << 16)), ((u32)ox_f16_raw(v37[run * 8 + 2]) | ((u32)ox_f16_raw(v37[run * 8 + 3]) << 16)), ((u32)ox_f16_raw(v37[run * 8 + 4]) | ((u32)ox_f16_raw(v37[run * 8 + 5]) << 16)), ((u32)ox_f16_raw(v37[run * 8 + 6]) | ((u32)ox_f16_raw(v37[run * 8 + 7]) << 16)));
            }
            #pragma unroll
            for (int run = 0; run < 8; ++run) {
                const int e0 = (run * 128 + tid) * 8;
                *(uint4*)&((u16*)(ox_smem + 16384))[ox_swz<2u, 128u, 128u>((e0 + 0) / 64, (e0 + 0) % 64)] = make_uint4(((u32)ox_f16_raw(v72[run * 8 + 0]) | ((u32)ox_f16_raw(v72[run * 8 + 1]) << 16)), ((u32)ox_f16_raw(v72[run * 8 + 2]) | ((u32)ox_f16_raw(v72[run * 8 + 3]) << 16)), ((u32)ox_f16_raw(v72[run * 8 + 4]) | ((u32)ox_f16_raw(v72[run * 8 + 5]) << 16)), ((u32)ox_f16_raw(v72[run * 8 + 6]) | ((u32)ox_f16_raw(v72[run * 8 + 7]) << 16)));
            }
            ox_fence_proxy_async();
            f32 v97[128];
            if (__syncthreads_or(ox_fail)) return;
            {
                {
                const u64 ox_wg_da = ox_wg_desc(ox_smem_u32(((const unsigned short*)ox_smem)) + ox_wg_index((u32)(tid)) * 16384u, 4611686293305294848ull);
                const u64 ox_wg_db = ox_wg_desc(ox_smem_u32(((const unsigned short*)(ox_smem + 16384))), 4611686293305294848ull);
                ox_wgmma_fence();
                ox_wgmma_f16_n128_t0_z(&v97[0], ox_wg_da + 0ull, ox_wg_db + 0ull);
                ox_wgmma_f16_n128_t0(&v97[0], ox_wg_da + 2ull, ox_wg_db + 2ull);
                ox_wgmma_f16_n128_t0(&v97[0], ox_wg_da + 4ull, ox_wg_db + 4ull);
                ox_wgmma_f16_n128_t0(&v97[0], ox_wg_da + 6ull, ox_wg_db + 6ull);
                ox_wgmma_f16_n128_t0_z(&v97[64], ox_wg_da + 512ull, ox_wg_db + 0ull);
                ox_wgmma_f16_n128_t0(&v97[64], ox_wg_da + 514ull, ox_wg_db + 2ull);
                ox_wgmma_f16_n128_t0(&v97[64], ox_wg_da + 516ull, ox_wg_db + 4ull);
                ox_wgmma_f16_n128_t0(&v97[64], ox_wg_da + 518ull, ox_wg_db + 6ull);
                ox_wgmma_commit();
                ox_wgmma_wait<0>();
                #pragma unroll
                for (int ox_r = 0; ox_r < 128; ++ox_r) ox_wgmma_hold(v97[ox_r]);
                }
            }
            if (__syncthreads_or(ox_fail)) return;
            // %98: f32[128, 128] = broadcast %45
            // %99: f32[128, 128] = mul %97, %98
            f32 v99[128];
            {
                v99[0] = __fmul_rn(v97[0], v45);
            }
            {
                v99[1] = __fmul_rn(v97[1], v45);
            }
            {
                v99[2] = __fmul_rn(v97[2], v45);
            }
            {
                v99[3] = __fmul_rn(v97[3], v45);
            }
            {
                v99[4] = __fmul_rn(v97[4], v45);
            }
            {
                v99[5] = __fmul_rn(v97[5], v45);
            }
            {
                v99[6] = __fmul_rn(v97[6], v45);
            }
            {
                v99[7] = __fmul_rn(v97[7], v45);
            }
            {
                v99[8] = __fmul_rn(v97[8], v45);
            }
            {
                v99[9] = __fmul_rn(v97[9], v45);
            }
            {
                v99[10] = __fmul_rn(v97[10], v45);
            }
            {
                v99[11] = __fmul_rn(v97[11], v45);
            }
            {
                v99[12] = __fmul_rn(v97[12], v45);
            }
            {
                v99[13] = __fmul_rn(v97[13], v45);
            }
            {
                v99[14] = __fmul_rn(v97[14], v45);
            }
            {
                v99[15] = __fmul_rn(v97[15], v45);
            }
            {
                v99[16] = __fmul_rn(v97[16], v45);
            }
            {
                v99[17] = __fmul_rn(v97[17], v45);
            }
            {
                v99[18] = __fmul_rn(v97[18], v45);
            }
            {
                v99[19] = __fmul_rn(v97[19], v45);
            }
            {
                v99[20] = __fmul_rn(v97[20], v45);
            }
            {
                v99[21] = __fmul_rn(v97[21], v45);
            }
            {
                v99[22] = __fmul_rn(v97[22], v45);
            }
            {
                v99[23] = __fmul_rn(v97[23], v45);
            }
            {
                v99[24] = __fmul_rn(v97[24], v45);
            }
            {
                v99[25] = __fmul_rn(v97[25], v45);
            }
            {
                v99[26] = __fmul_rn(v97[26], v45);
            }
            {
                v99[27] = __fmul_rn(v97[27], v45);
            }
            {
                v99[28] = __fmul_rn(v97[28], v45);
            }
            {
                v99[29] = __fmul_rn(v97[29], v45);
            }
            {
                v99[30] = __fmul_rn(v97[30], v45);
            }
            {
                v99[31] = __fmul_rn(v97[31], v45);
            }
            {
                v99[32] = __fmul_rn(v97[32], v45);
            }
            {
                v99[33] = __fmul_rn(v97[33], v45);
            }
            {
                v99[34] = __fmul_rn(v97[34], v45);
            }
            {
                v99[35] = __fmul_rn(v97[35], v45);
            }
            {
                v99[36] = __fmul_rn(v97[36], v45);
            }
            {
                v99[37] = __fmul_rn(v97[37], v45);
            }
            {
                v99[38] = __fmul_rn(v97[38], v45);
            }
            {
                v99[39] = __fmul_rn(v97[39], v45);
            }
            {
                v99[40] = __fmul_rn(v97[40], v45);
            }
            {
                v99[41] = __fmul_rn(v97[41], v45);
            }
            {
                v99[42] = __fmul_rn(v97[42], v45);
            }
            {
                v99[43] = __fmul_rn(v97[43], v45);
            }
            {
                v99[44] = __fmul_rn(v97[44], v45);
            }
            {
                v99[45] = __fmul_rn(v97[45], v45);
            }
            {
                v99[46] = __fmul_rn(v97[46], v45);
            }
            {
                v99[47] = __fmul_rn(v97[47], v45);
            }
            {
                v99[48] = __fmul_rn(v97[48], v45);
            }
            {
                v99[49] = __fmul_rn(v97[49], v45);
            }
            {
                v99[50] = __fmul_rn(v97[50], v45);
            }
            {
                v99[51] = __fmul_rn(v97[51], v45);
            }
            {
                v99[52] = __fmul_rn(v97[52], v45);
            }
            {
                v99[53] = __fmul_rn(v97[53], v45);
            }
            {
                v99[54] = __fmul_rn(v97[54], v45);
            }
            {
                v99[55] = __fmul_rn(v97[55], v45);
            }
            {
                v99[56] = __fmul_rn(v97[56], v45);
            }
            {
                v99[57] = __fmul_rn(v97[57], v45);
            }
            {
                v99[58] = __fmul_rn(v97[58], v45);
            }
            {
                v99[59] = __fmul_rn(v97[59], v45);
            }
            {
                v99[60] = __fmul_rn(v97[60], v45);
            }
            {
                v99[61] = __fmul_rn(v97[61], v45);
            }
            {
                v99[62] = __fmul_rn(v97[62], v45);
            }
            {
                v99[63] = __fmul_rn(v97[63], v45);
            }
            {
                v99[64] = __fmul_rn(v97[64], v45);
            }
            {
                v99[65] = __fmul_rn(v97[65], v45);
            }
            {
                v99[66] = __fmul_rn(v97[66], v45);
            }
            {
                v99[67] = __fmul_rn(v97[67], v45);
            }
            {
                v99[68] = __fmul_rn(v97[68], v45);
            }
            {
                v99[69] = __fmul_rn(v97[69], v45);
            }
            {
                v99[70] = __fmul_rn(v97[70], v45);
            }
            {
                v99[71] = __fmul_rn(v97[71], v45);
            }
            {
                v99[72] = __fmul_rn(v97[72], v45);
            }
            {
                v99[73] = __fmul_rn(v97[73], v45);
            }
            {
                v99[74] = __fmul_rn(v97[74], v45);
            }
            {
                v99[75] = __fmul_rn(v97[75], v45);
            }
            {
                v99[76] = __fmul_rn(v97[76], v45);
            }
            {
                v99[77] = __fmul_rn(v97[77], v45);
            }
            {
                v99[78] = __fmul_rn(v97[78], v45);
            }
            {
                v99[79] = __fmul_rn(v97[79], v45);
            }
            {
                v99[80] = __fmul_rn(v97[80], v45);
            }
            {
                v99[81] = __fmul_rn(v97[81], v45);
            }
            {
                v99[82] = __fmul_rn(v97[82], v45);
            }
            {
                v99[83] = __fmul_rn(v97[83], v45);
            }
            {
                v99[84] = __fmul_rn(v97[84], v45);
            }
            {
                v99[85] = __fmul_rn(v97[85], v45);
            }
            {
                v99[86] = __fmul_rn(v97[86], v45);
            }
            {
                v99[87] = __fmul_rn(v97[87], v45);
            }
            {
                v99[88] = __fmul_rn(v97[88], v45);
            }
            {
                v99[89] = __fmul_rn(v97[89], v45);
            }
            {
                v99[90] = __fmul_rn(v97[90], v45);
            }
            {
                v99[91] = __fmul_rn(v97[91], v45);
            }
            {
                v99[92] = __fmul_rn(v97[92], v45);
            }
            {
                v99[93] = __fmul_rn(v97[93], v45);
            }
            {
                v99[94] = __fmul_rn(v97[94], v45);
            }
            {
                v99[95] = __fmul_rn(v97[95], v45);
            }
            {
                v99[96] = __fmul_rn(v97[96], v45);
            }
            {
                v99[97] = __fmul_rn(v97[97], v45);
            }
            {
                v99[98] = __fmul_rn(v97[98], v45);
            }
            {
                v99[99] = __fmul_rn(v97[99], v45);
            }
            {
                v99[100] = __fmul_rn(v97[100], v45);
            }
            {
                v99[101] = __fmul_rn(v97[101], v45);
            }
            {
                v99[102] = __fmul_rn(v97[102], v45);
            }
            {
                v99[103] = __fmul_rn(v97[103], v45);
            }
            {
                v99[104] = __fmul_rn(v97[104], v45);
            }
            {
                v99[105] = __fmul_rn(v97[105], v45);
            }
            {
                v99[106] = __fmul_rn(v97[106], v45);
            }
            {
                v99[107] = __fmul_rn(v97[107], v45);
            }
            {
                v99[108] = __fmul_rn(v97[108], v45);
            }
            {
                v99[109] = __fmul_rn(v97[109], v45);
            }
            {
                v99[110] = __fmul_rn(v97[110], v45);
            }
            {
                v99[111] = __fmul_rn(v97[111], v45);
            }
            {
                v99[112] = __fmul_rn(v97[112], v45);
            }
            {
                v99[113] = __fmul_rn(v97[113], v45);
            }
            {
                v99[114] = __fmul_rn(v97[114], v45);
            }
            {
                v99[115] = __fmul_rn(v97[115], v45);
            }
            {
                v99[116] = __fmul_rn(v97[116], v45);
            }
            {
                v99[117] = __fmul_rn(v97[117], v45);
            }
            {
                v99[118] = __fmul_rn(v97[118], v45);
            }
            {
                v99[119] = __fmul_rn(v97[119], v45);
            }
            {
                v99[120] = __fmul_rn(v97[120], v45);
            }
            {
                v99[121] = __fmul_rn(v97[121], v45);
            }
            {
                v99[122] = __fmul_rn(v97[122], v45);
            }
            {
                v99[123] = __fmul_rn(v97[123], v45);
            }
            {
                v99[124] = __fmul_rn(v97[124], v45);
            }
            {
                v99[125] = __fmul_rn(v97[125], v45);
            }
            {
                v99[126] = __fmul_rn(v97[126], v45);
            }
            {
                v99[127] = __fmul_rn(v97[127], v45);
            }
            // %100: f32 = const
            const f32 v100 = __uint_as_float(0xff800000u);
            // %101: f32[128, 128] = broadcast %100
            // %102: bool[128, 128] = broadcast %93
            // %103: f32[128, 128] = select %102, %99, %101
            f32 v103[128];
            {
                const i32 l23 = ((i32)((u32)(u32)v48 + (u32)(u32)((0 * 128) + (((tid) & 3) * 2))));
                const bool l24 = (l23 < v4);
                const bool l25 = (l24 || v91);
                v103[0] = (l25 ? v99[0] : v100);
            }
            {
                const i32 l26 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 1)));
                const bool l27 = (l26 < v4);
                const bool l28 = (l27 || v91);
                v103[1] = (l28 ? v99[1] : v100);
            }
            {
                const i32 l29 = ((i32)((u32)(u32)v48 + (u32)(u32)((0 * 128) + (((tid) & 3) * 2))));
                const bool l30 = (l29 < v4);
                const bool l31 = (l30 || v91);
                v103[2] = (l31 ? v99[2] : v100);
            }
            {
                const i32 l32 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 1)));
                const bool l33 = (l32 < v4);
                const bool l34 = (l33 || v91);
                v103[3] = (l34 ? v99[3] : v100);
            }
            {
                const i32 l35 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 8)));
                const bool l36 = (l35 < v4);
                const bool l37 = (l36 || v91);
                v103[4] = (l37 ? v99[4] : v100);
            }
            {
                const i32 l38 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 9)));
                const bool l39 = (l38 < v4);
                const bool l40 = (l39 || v91);
                v103[5] = (l40 ? v99[5] : v100);
            }
            {
                const i32 l41 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 8)));
                const bool l42 = (l41 < v4);
                const bool l43 = (l42 || v91);
                v103[6] = (l43 ? v99[6] : v100);
            }
            {
                const i32 l44 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 9)));
                const bool l45 = (l44 < v4);
                const bool l46 = (l45 || v91);
                v103[7] = (l46 ? v99[7] : v100);
            }
            {
                const i32 l47 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 16)));
                const bool l48 = (l47 < v4);
                const bool l49 = (l48 || v91);
                v103[8] = (l49 ? v99[8] : v100);
            }
            {
                const i32 l50 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 17)));
                const bool l51 = (l50 < v4);
                const bool l52 = (l51 || v91);
                v103[9] = (l52 ? v99[9] : v100);
            }
            {
                const i32 l53 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 16)));
                const bool l54 = (l53 < v4);
                const bool l55 = (l54 || v91);
                v103[10] = (l55 ? v99[10] : v100);
            }
            {
                const i32 l56 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 17)));
                const bool l57 = (l56 < v4);
                const bool l58 = (l57 || v91);
                v103[11] = (l58 ? v99[11] : v100);
            }
            {
                const i32 l59 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 24)));
                const bool l60 = (l59 < v4);
                const bool l61 = (l60 || v91);
                v103[12] = (l61 ? v99[12] : v100);
            }
            {
                const i32 l62 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 25)));
                const bool l63 = (l62 < v4);
                const bool l64 = (l63 || v91);
                v103[13] = (l64 ? v99[13] : v100);
            }
            {
                const i32 l65 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 24)));
                const bool l66 = (l65 < v4);
                const bool l67 = (l66 || v91);
                v103[14] = (l67 ? v99[14] : v100);
            }
            {
                const i32 l68 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 25)));
                const bool l69 = (l68 < v4);
                const bool l70 = (l69 || v91);
                v103[15] = (l70 ? v99[15] : v100);
            }
            {
                const i32 l71 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 32)));
                const bool l72 = (l71 < v4);
                const bool l73 = (l72 || v91);
                v103[16] = (l73 ? v99[16] : v100);
            }
            {
                const i32 l74 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 33)));
                const bool l75 = (l74 < v4);
                const bool l76 = (l75 || v91);
                v103[17] = (l76 ? v99[17] : v100);
            }
            {
                const i32 l77 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 32)));
                const bool l78 = (l77 < v4);
                const bool l79 = (l78 || v91);
                v103[18] = (l79 ? v99[18] : v100);
            }
            {
                const i32 l80 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 33)));
                const bool l81 = (l80 < v4);
                const bool l82 = (l81 || v91);
                v103[19] = (l82 ? v99[19] : v100);
            }
            {
                const i32 l83 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 40)));
                const bool l84 = (l83 < v4);
                const bool l85 = (l84 || v91);
                v103[20] = (l85 ? v99[20] : v100);
            }
            {
                const i32 l86 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 41)));
                const bool l87 = (l86 < v4);
                const bool l88 = (l87 || v91);
                v103[21] = (l88 ? v99[21] : v100);
            }
            {
                const i32 l89 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 40)));
                const bool l90 = (l89 < v4);
                const bool l91 = (l90 || v91);
                v103[22] = (l91 ? v99[22] : v100);
            }
            {
                const i32 l92 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 41)));
                const bool l93 = (l92 < v4);
                const bool l94 = (l93 || v91);
                v103[23] = (l94 ? v99[23] : v100);
            }
            {
                const i32 l95 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 48)));
                const bool l96 = (l95 < v4);
                const bool l97 = (l96 || v91);
                v103[24] = (l97 ? v99[24] : v100);
            }
            {
                const i32 l98 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 49)));
                const bool l99 = (l98 < v4);
                const bool l100 = (l99 || v91);
                v103[25] = (l100 ? v99[25] : v100);
            }
            {
                const i32 l101 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 48)));
                const bool l102 = (l101 < v4);
                const bool l103 = (l102 || v91);
                v103[26] = (l103 ? v99[26] : v100);
            }
            {
                const i32 l104 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 49)));
                const bool l105 = (l104 < v4);
                const bool l106 = (l105 || v91);
                v103[27] = (l106 ? v99[27] : v100);
            }
            {
                const i32 l107 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 56)));
                const bool l108 = (l107 < v4);
                const bool l109 = (l108 || v91);
                v103[28] = (l109 ? v99[28] : v100);
            }
            {
                const i32 l110 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 57)));
                const bool l111 = (l110 < v4);
                const bool l112 = (l111 || v91);
                v103[29] = (l112 ? v99[29] : v100);
            }
            {
                const i32 l113 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 56)));
                const bool l114 = (l113 < v4);
                const bool l115 = (l114 || v91);
                v103[30] = (l115 ? v99[30] : v100);
            }
            {
                const i32 l116 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 57)));
                const bool l117 = (l116 < v4);
                const bool l118 = (l117 || v91);
                v103[31] = (l118 ? v99[31] : v100);
            }
            {
                const i32 l119 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 64)));
                const bool l120 = (l119 < v4);
                const bool l121 = (l120 || v91);
                v103[32] = (l121 ? v99[32] : v100);
            }
            {
                const i32 l122 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 65)));
                const bool l123 = (l122 < v4);
                const bool l124 = (l123 || v91);
                v103[33] = (l124 ? v99[33] : v100);
            }
            {
                const i32 l125 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 64)));
                const bool l126 = (l125 < v4);
                const bool l127 = (l126 || v91);
                v103[34] = (l127 ? v99[34] : v100);
            }
            {
                const i32 l128 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 65)));
                const bool l129 = (l128 < v4);
                const bool l130 = (l129 || v91);
                v103[35] = (l130 ? v99[35] : v100);
            }
            {
                const i32 l131 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 72)));
                const bool l132 = (l131 < v4);
                const bool l133 = (l132 || v91);
                v103[36] = (l133 ? v99[36] : v100);
            }
            {
                const i32 l134 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 73)));
                const bool l135 = (l134 < v4);
                const bool l136 = (l135 || v91);
                v103[37] = (l136 ? v99[37] : v100);
            }
            {
                const i32 l137 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 72)));
                const bool l138 = (l137 < v4);
                const bool l139 = (l138 || v91);
                v103[38] = (l139 ? v99[38] : v100);
            }
            {
                const i32 l140 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 73)));
                const bool l141 = (l140 < v4);
                const bool l142 = (l141 || v91);
                v103[39] = (l142 ? v99[39] : v100);
            }
            {
                const i32 l143 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 80)));
                const bool l144 = (l143 < v4);
                const bool l145 = (l144 || v91);
                v103[40] = (l145 ? v99[40] : v100);
            }
            {
                const i32 l146 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 81)));
                const bool l147 = (l146 < v4);
                const bool l148 = (l147 || v91);
                v103[41] = (l148 ? v99[41] : v100);
            }
            {
                const i32 l149 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 80)));
                const bool l150 = (l149 < v4);
                const bool l151 = (l150 || v91);
                v103[42] = (l151 ? v99[42] : v100);
            }
            {
                const i32 l152 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 81)));
                const bool l153 = (l152 < v4);
                const bool l154 = (l153 || v91);
                v103[43] = (l154 ? v99[43] : v100);
            }
            {
                const i32 l155 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 88)));
                const bool l156 = (l155 < v4);
                const bool l157 = (l156 || v91);
                v103[44] = (l157 ? v99[44] : v100);
            }
            {
                const i32 l158 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 89)));
                const bool l159 = (l158 < v4);
                const bool l160 = (l159 || v91);
                v103[45] = (l160 ? v99[45] : v100);
            }
            {
                const i32 l161 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 88)));
                const bool l162 = (l161 < v4);
                const bool l163 = (l162 || v91);
                v103[46] = (l163 ? v99[46] : v100);
            }
            {
                const i32 l164 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 89)));
                const bool l165 = (l164 < v4);
                const bool l166 = (l165 || v91);
                v103[47] = (l166 ? v99[47] : v100);
            }
            {
                const i32 l167 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 96)));
                const bool l168 = (l167 < v4);
                const bool l169 = (l168 || v91);
                v103[48] = (l169 ? v99[48] : v100);
            }
            {
                const i32 l170 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 97)));
                const bool l171 = (l170 < v4);
                const bool l172 = (l171 || v91);
                v103[49] = (l172 ? v99[49] : v100);
            }
            {
                const i32 l173 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 96)));
                const bool l174 = (l173 < v4);
                const bool l175 = (l174 || v91);
                v103[50] = (l175 ? v99[50] : v100);
            }
            {
                const i32 l176 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 97)));
                const bool l177 = (l176 < v4);
                const bool l178 = (l177 || v91);
                v103[51] = (l178 ? v99[51] : v100);
            }
            {
                const i32 l179 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 104)));
                const bool l180 = (l179 < v4);
                const bool l181 = (l180 || v91);
                v103[52] = (l181 ? v99[52] : v100);
            }
            {
                const i32 l182 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 105)));
                const bool l183 = (l182 < v4);
                const bool l184 = (l183 || v91);
                v103[53] = (l184 ? v99[53] : v100);
            }
            {
                const i32 l185 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 104)));
                const bool l186 = (l185 < v4);
                const bool l187 = (l186 || v91);
                v103[54] = (l187 ? v99[54] : v100);
            }
            {
                const i32 l188 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 105)));
                const bool l189 = (l188 < v4);
                const bool l190 = (l189 || v91);
                v103[55] = (l190 ? v99[55] : v100);
            }
            {
                const i32 l191 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 112)));
                const bool l192 = (l191 < v4);
                const bool l193 = (l192 || v91);
                v103[56] = (l193 ? v99[56] : v100);
            }
            {
                const i32 l194 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 113)));
                const bool l195 = (l194 < v4);
                const bool l196 = (l195 || v91);
                v103[57] = (l196 ? v99[57] : v100);
            }
            {
                const i32 l197 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 112)));
                const bool l198 = (l197 < v4);
                const bool l199 = (l198 || v91);
                v103[58] = (l199 ? v99[58] : v100);
            }
            {
                const i32 l200 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 113)));
                const bool l201 = (l200 < v4);
                const bool l202 = (l201 || v91);
                v103[59] = (l202 ? v99[59] : v100);
            }
            {
                const i32 l203 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 120)));
                const bool l204 = (l203 < v4);
                const bool l205 = (l204 || v91);
                v103[60] = (l205 ? v99[60] : v100);
            }
            {
                const i32 l206 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 121)));
                const bool l207 = (l206 < v4);
                const bool l208 = (l207 || v91);
                v103[61] = (l208 ? v99[61] : v100);
            }
            {
                const i32 l209 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 120)));
                const bool l210 = (l209 < v4);
                const bool l211 = (l210 || v91);
                v103[62] = (l211 ? v99[62] : v100);
            }
            {
                const i32 l212 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 121)));
                const bool l213 = (l212 < v4);
                const bool l214 = (l213 || v91);
                v103[63] = (l214 ? v99[63] : v100);
            }
            {
                const i32 l215 = ((i32)((u32)(u32)v48 + (u32)(u32)((0 * 128) + (((tid) & 3) * 2))));
                const bool l216 = (l215 < v4);
                const bool l217 = (l216 || v91);
                v103[64] = (l217 ? v99[64] : v100);
            }
            {
                const i32 l218 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 1)));
                const bool l219 = (l218 < v4);
                const bool l220 = (l219 || v91);
                v103[65] = (l220 ? v99[65] : v100);
            }
            {
                const i32 l221 = ((i32)((u32)(u32)v48 + (u32)(u32)((0 * 128) + (((tid) & 3) * 2))));
                const bool l222 = (l221 < v4);
                const bool l223 = (l222 || v91);
                v103[66] = (l223 ? v99[66] : v100);
            }
            {
                const i32 l224 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 1)));
                const bool l225 = (l224 < v4);
                const bool l226 = (l225 || v91);
                v103[67] = (l226 ? v99[67] : v100);
            }
            {
                const i32 l227 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 8)));
                const bool l228 = (l227 < v4);
                const bool l229 = (l228 || v91);
                v103[68] = (l229 ? v99[68] : v100);
            }
            {
                const i32 l230 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 9)));
                const bool l231 = (l230 < v4);
                const bool l232 = (l231 || v91);
                v103[69] = (l232 ? v99[69] : v100);
            }
            {
                const i32 l233 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 8)));
                const bool l234 = (l233 < v4);
                const bool l235 = (l234 || v91);
                v103[70] = (l235 ? v99[70] : v100);
            }
            {
                const i32 l236 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 9)));
                const bool l237 = (l236 < v4);
                const bool l238 = (l237 || v91);
                v103[71] = (l238 ? v99[71] : v100);
            }
            {
                const i32 l239 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 16)));
                const bool l240 = (l239 < v4);
                const bool l241 = (l240 || v91);
                v103[72] = (l241 ? v99[72] : v100);
            }
            {
                const i32 l242 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 17)));
                const bool l243 = (l242 < v4);
                const bool l244 = (l243 || v91);
                v103[73] = (l244 ? v99[73] : v100);
            }
            {
                const i32 l245 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 16)));
                const bool l246 = (l245 < v4);
                const bool l247 = (l246 || v91);
                v103[74] = (l247 ? v99[74] : v100);
            }
            {
                const i32 l248 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 17)));
                const bool l249 = (l248 < v4);
                const bool l250 = (l249 || v91);
                v103[75] = (l250 ? v99[75] : v100);
            }
            {
                const i32 l251 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 24)));
                const bool l252 = (l251 < v4);
                const bool l253 = (l252 || v91);
                v103[76] = (l253 ? v99[76] : v100);
            }
            {
                const i32 l254 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 25)));
                const bool l255 = (l254 < v4);
                const bool l256 = (l255 || v91);
                v103[77] = (l256 ? v99[77] : v100);
            }
            {
                const i32 l257 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 24)));
                const bool l258 = (l257 < v4);
                const bool l259 = (l258 || v91);
                v103[78] = (l259 ? v99[78] : v100);
            }
            {
                const i32 l260 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 25)));
                const bool l261 = (l260 < v4);
                const bool l262 = (l261 || v91);
                v103[79] = (l262 ? v99[79] : v100);
            }
            {
                const i32 l263 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 32)));
                const bool l264 = (l263 < v4);
                const bool l265 = (l264 || v91);
                v103[80] = (l265 ? v99[80] : v100);
            }
            {
                const i32 l266 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 33)));
                const bool l267 = (l266 < v4);
                const bool l268 = (l267 || v91);
                v103[81] = (l268 ? v99[81] : v100);
            }
            {
                const i32 l269 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 32)));
                const bool l270 = (l269 < v4);
                const bool l271 = (l270 || v91);
                v103[82] = (l271 ? v99[82] : v100);
            }
            {
                const i32 l272 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 33)));
                const bool l273 = (l272 < v4);
                const bool l274 = (l273 || v91);
                v103[83] = (l274 ? v99[83] : v100);
            }
            {
                const i32 l275 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 40)));
                const bool l276 = (l275 < v4);
                const bool l277 = (l276 || v91);
                v103[84] = (l277 ? v99[84] : v100);
            }
            {
                const i32 l278 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 41)));
                const bool l279 = (l278 < v4);
                const bool l280 = (l279 || v91);
                v103[85] = (l280 ? v99[85] : v100);
            }
            {
                const i32 l281 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 40)));
                const bool l282 = (l281 < v4);
                const bool l283 = (l282 || v91);
                v103[86] = (l283 ? v99[86] : v100);
            }
            {
                const i32 l284 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 41)));
                const bool l285 = (l284 < v4);
                const bool l286 = (l285 || v91);
                v103[87] = (l286 ? v99[87] : v100);
            }
            {
                const i32 l287 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 48)));
                const bool l288 = (l287 < v4);
                const bool l289 = (l288 || v91);
                v103[88] = (l289 ? v99[88] : v100);
            }
            {
                const i32 l290 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 49)));
                const bool l291 = (l290 < v4);
                const bool l292 = (l291 || v91);
                v103[89] = (l292 ? v99[89] : v100);
            }
            {
                const i32 l293 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 48)));
                const bool l294 = (l293 < v4);
                const bool l295 = (l294 || v91);
                v103[90] = (l295 ? v99[90] : v100);
            }
            {
                const i32 l296 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 49)));
                const bool l297 = (l296 < v4);
                const bool l298 = (l297 || v91);
                v103[91] = (l298 ? v99[91] : v100);
            }
            {
                const i32 l299 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 56)));
                const bool l300 = (l299 < v4);
                const bool l301 = (l300 || v91);
                v103[92] = (l301 ? v99[92] : v100);
            }
            {
                const i32 l302 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 57)));
                const bool l303 = (l302 < v4);
                const bool l304 = (l303 || v91);
                v103[93] = (l304 ? v99[93] : v100);
            }
            {
                const i32 l305 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 56)));
                const bool l306 = (l305 < v4);
                const bool l307 = (l306 || v91);
                v103[94] = (l307 ? v99[94] : v100);
            }
            {
                const i32 l308 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 57)));
                const bool l309 = (l308 < v4);
                const bool l310 = (l309 || v91);
                v103[95] = (l310 ? v99[95] : v100);
            }
            {
                const i32 l311 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 64)));
                const bool l312 = (l311 < v4);
                const bool l313 = (l312 || v91);
                v103[96] = (l313 ? v99[96] : v100);
            }
            {
                const i32 l314 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 65)));
                const bool l315 = (l314 < v4);
                const bool l316 = (l315 || v91);
                v103[97] = (l316 ? v99[97] : v100);
            }
            {
                const i32 l317 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 64)));
                const bool l318 = (l317 < v4);
                const bool l319 = (l318 || v91);
                v103[98] = (l319 ? v99[98] : v100);
            }
            {
                const i32 l320 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 65)));
                const bool l321 = (l320 < v4);
                const bool l322 = (l321 || v91);
                v103[99] = (l322 ? v99[99] : v100);
            }
            {
                const i32 l323 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 72)));
                const bool l324 = (l323 < v4);
                const bool l325 = (l324 || v91);
                v103[100] = (l325 ? v99[100] : v100);
            }
            {
                const i32 l326 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 73)));
                const bool l327 = (l326 < v4);
                const bool l328 = (l327 || v91);
                v103[101] = (l328 ? v99[101] : v100);
            }
            {
                const i32 l329 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 72)));
                const bool l330 = (l329 < v4);
                const bool l331 = (l330 || v91);
                v103[102] = (l331 ? v99[102] : v100);
            }
            {
                const i32 l332 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 73)));
                const bool l333 = (l332 < v4);
                const bool l334 = (l333 || v91);
                v103[103] = (l334 ? v99[103] : v100);
            }
            {
                const i32 l335 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 80)));
                const bool l336 = (l335 < v4);
                const bool l337 = (l336 || v91);
                v103[104] = (l337 ? v99[104] : v100);
            }
            {
                const i32 l338 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 81)));
                const bool l339 = (l338 < v4);
                const bool l340 = (l339 || v91);
                v103[105] = (l340 ? v99[105] : v100);
            }
            {
                const i32 l341 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 80)));
                const bool l342 = (l341 < v4);
                const bool l343 = (l342 || v91);
                v103[106] = (l343 ? v99[106] : v100);
            }
            {
                const i32 l344 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 81)));
                const bool l345 = (l344 < v4);
                const bool l346 = (l345 || v91);
                v103[107] = (l346 ? v99[107] : v100);
            }
            {
                const i32 l347 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 88)));
                const bool l348 = (l347 < v4);
                const bool l349 = (l348 || v91);
                v103[108] = (l349 ? v99[108] : v100);
            }
            {
                const i32 l350 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 89)));
                const bool l351 = (l350 < v4);
                const bool l352 = (l351 || v91);
                v103[109] = (l352 ? v99[109] : v100);
            }
            {
                const i32 l353 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 88)));
                const bool l354 = (l353 < v4);
                const bool l355 = (l354 || v91);
                v103[110] = (l355 ? v99[110] : v100);
            }
            {
                const i32 l356 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 89)));
                const bool l357 = (l356 < v4);
                const bool l358 = (l357 || v91);
                v103[111] = (l358 ? v99[111] : v100);
            }
            {
                const i32 l359 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 96)));
                const bool l360 = (l359 < v4);
                const bool l361 = (l360 || v91);
                v103[112] = (l361 ? v99[112] : v100);
            }
            {
                const i32 l362 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 97)));
                const bool l363 = (l362 < v4);
                const bool l364 = (l363 || v91);
                v103[113] = (l364 ? v99[113] : v100);
            }
            {
                const i32 l365 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 96)));
                const bool l366 = (l365 < v4);
                const bool l367 = (l366 || v91);
                v103[114] = (l367 ? v99[114] : v100);
            }
            {
                const i32 l368 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 97)));
                const bool l369 = (l368 < v4);
                const bool l370 = (l369 || v91);
                v103[115] = (l370 ? v99[115] : v100);
            }
            {
                const i32 l371 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 104)));
                const bool l372 = (l371 < v4);
                const bool l373 = (l372 || v91);
                v103[116] = (l373 ? v99[116] : v100);
            }
            {
                const i32 l374 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 105)));
                const bool l375 = (l374 < v4);
                const bool l376 = (l375 || v91);
                v103[117] = (l376 ? v99[117] : v100);
            }
            {
                const i32 l377 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 104)));
                const bool l378 = (l377 < v4);
                const bool l379 = (l378 || v91);
                v103[118] = (l379 ? v99[118] : v100);
            }
            {
                const i32 l380 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 105)));
                const bool l381 = (l380 < v4);
                const bool l382 = (l381 || v91);
                v103[119] = (l382 ? v99[119] : v100);
            }
            {
                const i32 l383 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 112)));
                const bool l384 = (l383 < v4);
                const bool l385 = (l384 || v91);
                v103[120] = (l385 ? v99[120] : v100);
            }
            {
                const i32 l386 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 113)));
                const bool l387 = (l386 < v4);
                const bool l388 = (l387 || v91);
                v103[121] = (l388 ? v99[121] : v100);
            }
            {
                const i32 l389 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 112)));
                const bool l390 = (l389 < v4);
                const bool l391 = (l390 || v91);
                v103[122] = (l391 ? v99[122] : v100);
            }
            {
                const i32 l392 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 113)));
                const bool l393 = (l392 < v4);
                const bool l394 = (l393 || v91);
                v103[123] = (l394 ? v99[123] : v100);
            }
            {
                const i32 l395 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 120)));
                const bool l396 = (l395 < v4);
                const bool l397 = (l396 || v91);
                v103[124] = (l397 ? v99[124] : v100);
            }
            {
                const i32 l398 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 121)));
                const bool l399 = (l398 < v4);
                const bool l400 = (l399 || v91);
                v103[125] = (l400 ? v99[125] : v100);
            }
            {
                const i32 l401 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 120)));
                const bool l402 = (l401 < v4);
                const bool l403 = (l402 || v91);
                v103[126] = (l403 ? v99[126] : v100);
            }
            {
                const i32 l404 = ((i32)((u32)(u32)v48 + (u32)(u32)(((0 * 128) + (((tid) & 3) * 2)) + 121)));
                const bool l405 = (l404 < v4);
                const bool l406 = (l405 || v91);
                v103[127] = (l406 ? v99[127] : v100);
            }
            // %104: f32[128] = var_load
            f32 v104[4];
            #pragma unroll
            for (int c = 0; c < 4; ++c) v104[c] = x0[c];
            // %105: f32[128] = reduce %103
            f32 v105[4];
            // row Max of fragments %103
            v105[0] = fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(v103[0], v103[1]), v103[4]), v103[5]), v103[8]), v103[9]), v103[12]), v103[13]), v103[16]), v103[17]), v103[20]), v103[21]), v103[24]), v103[25]), v103[28]), v103[29]), v103[32]), v103[33]), v103[36]), v103[37]), v103[40]), v103[41]), v103[44]), v103[45]), v103[48]), v103[49]), v103[52]), v103[53]), v103[56]), v103[57]), v103[60]), v103[61]);
            v105[1] = fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(v103[2], v103[3]), v103[6]), v103[7]), v103[10]), v103[11]), v103[14]), v103[15]), v103[18]), v103[19]), v103[22]), v103[23]), v103[26]), v103[27]), v103[30]), v103[31]), v103[34]), v103[35]), v103[38]), v103[39]), v103[42]), v103[43]), v103[46]), v103[47]), v103[50]), v103[51]), v103[54]), v103[55]), v103[58]), v103[59]), v103[62]), v103[63]);
            v105[2] = fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(v103[64], v103[65]), v103[68]), v103[69]), v103[72]), v103[73]), v103[76]), v103[77]), v103[80]), v103[81]), v103[84]), v103[85]), v103[88]), v103[89]), v103[92]), v103[93]), v103[96]), v103[97]), v103[100]), v103[101]), v103[104]), v103[105]), v103[108]), v103[109]), v103[112]), v103[113]), v103[116]), v103[117]), v103[120]), v103[121]), v103[124]), v103[125]);
            v105[3] = fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(fmaxf(v103[66], v103[67]), v103[70]), v103[71]), v103[74]), v103[75]), v103[78]), v103[79]), v103[82]), v103[83]), v103[86]), v103[87]), v103[90]), v103[91]), v103[94]), v103[95]), v103[98]), v103[99]), v103[102]), v103[103]), v103[106]), v103[107]), v103[110]), v103[111]), v103[114]), v103[115]), v103[118]), v103[119]), v103[122]), v103[123]), v103[126]), v103[127]);
            {
                const f32 o0 = __shfl_xor_sync(0xffffffffu, v105[0], 1);
                const f32 o1 = __shfl_xor_sync(0xffffffffu, v105[1], 1);
                const f32 o2 = __shfl_xor_sync(0xffffffffu, v105[2], 1);
                const f32 o3 = __shfl_xor_sync(0xffffffffu, v105[3], 1);
                v105[0] = fmaxf(v105[0], o0);
                v105[1] = fmaxf(v105[1], o1);
                v105[2] = fmaxf(v105[2], o2);
                v105[3] = fmaxf(v105[3], o3);
            }
            {
                const f32 o0 = __shfl_xor_sync(0xffffffffu, v105[0], 2);
                const f32 o1 = __shfl_xor_sync(0xffffffffu, v105[1], 2);
                const f32 o2 = __shfl_xor_sync(0xffffffffu, v105[2], 2);
                const f32 o3 = __shfl_xor_sync(0xffffffffu, v105[3], 2);
                v105[0] = fmaxf(v105[0], o0);
                v105[1] = fmaxf(v105[1], o1);
                v105[2] = fmaxf(v105[2], o2);
                v105[3] = fmaxf(v105[3], o3);
            }
            // %106: f32[128] = max %104, %105
            f32 v106[4];
            {
                v106[0] = fmaxf(v104[0], v105[0]);
            }
            {
                v106[1] = fmaxf(v104[1], v105[1]);
            }
            {
                v106[2] = fmaxf(v104[2], v105[2]);
            }
            {
                v106[3] = fmaxf(v104[3], v105[3]);
            }
            // %107: f32[128, 1] = expand_dims %106
            // %108: f32[128, 128] = broadcast %107
            // %109: f32[128, 128] = sub %103, %108
            f32 v109[128];
            {
                v109[0] = __fsub_rn(v103[0], v106[0]);
            }
            {
                v109[1] = __fsub_rn(v103[1], v106[0]);
            }
            {
                v109[2] = __fsub_rn(v103[2], v106[1]);
            }
            {
                v109[3] = __fsub_rn(v103[3], v106[1]);
            }
            {
                v109[4] = __fsub_rn(v103[4], v106[0]);
            }
            {
                v109[5] = __fsub_rn(v103[5], v106[0]);
            }
            {
                v109[6] = __fsub_rn(v103[6], v106[1]);
            }
            {
                v109[7] = __fsub_rn(v103[7], v106[1]);
            }
            {
                v109[8] = __fsub_rn(v103[8], v106[0]);
            }
            {
                v109[9] = __fsub_rn(v103[9], v106[0]);
            }
            {
                v109[10] = __fsub_rn(v103[10], v106[1]);
            }
            {
                v109[11] = __fsub_rn(v103[11], v106[1]);
            }
            {
                v109[12] = __fsub_rn(v103[12], v106[0]);
            }
            {
                v109[13] = __fsub_rn(v103[13], v106[0]);
            }
            {
                v109[14] = __fsub_rn(v103[14], v106[1]);
            }
            {
                v109[15] = __fsub_rn(v103[15], v106[1]);
            }
            {
                v109[16] = __fsub_rn(v103[16], v106[0]);
            }
            {
                v109[17] = __fsub_rn(v103[17], v106[0]);
            }
            {
                v109[18] = __fsub_rn(v103[18], v106[1]);
            }
            {
                v109[19] = __fsub_rn(v103[19], v106[1]);
            }
            {
                v109[20] = __fsub_rn(v103[20], v106[0]);
            }
            {
                v109[21] = __fsub_rn(v103[21], v106[0]);
            }
            {
                v109[22] = __fsub_rn(v103[22], v106[1]);
            }
            {
                v109[23] = __fsub_rn(v103[23], v106[1]);
            }
            {
                v109[24] = __fsub_rn(v103[24], v106[0]);
            }
            {
                v109[25] = __fsub_rn(v103[25], v106[0]);
            }
            {
                v109[26] = __fsub_rn(v103[26], v106[1]);
            }
            {
                v109[27] = __fsub_rn(v103[27], v106[1]);
            }
            {
                v109[28] = __fsub_rn(v103[28], v106[0]);
            }
            {
                v109[29] = __fsub_rn(v103[29], v106[0]);
            }
            {
                v109[30] = __fsub_rn(v103[30], v106[1]);
            }
            {
                v109[31] = __fsub_rn(v103[31], v106[1]);
            }
            {
                v109[32] = __fsub_rn(v103[32], v106[0]);
            }
            {
                v109[33] = __fsub_rn(v103[33], v106[0]);
            }
            {
                v109[34] = __fsub_rn(v103[34], v106[1]);
            }
            {
                v109[35] = __fsub_rn(v103[35], v106[1]);
            }
            {
                v109[36] = __fsub_rn(v103[36], v106[0]);
            }
            {
                v109[37] = __fsub_rn(v103[37], v106[0]);
            }
            {
                v109[38] = __fsub_rn(v103[38], v106[1]);
            }
            {
                v109[39] = __fsub_rn(v103[39], v106[1]);
            }
            {
                v109[40] = __fsub_rn(v103[40], v106[0]);
            }
            {
                v109[41] = __fsub_rn(v103[41], v106[0]);
            }
            {
                v109[42] = __fsub_rn(v103[42], v106[1]);
            }
            {
                v109[43] = __fsub_rn(v103[43], v106[1]);
            }
            {
                v109[44] = __fsub_rn(v103[44], v106[0]);
            }
            {
                v109[45] = __fsub_rn(v103[45], v106[0]);
            }
            {
                v109[46] = __fsub_rn(v103[46], v106[1]);
            }
            {
                v109[47] = __fsub_rn(v103[47], v106[1]);
            }
            {
                v109[48] = __fsub_rn(v103[48], v106[0]);
            }
            {
                v109[49] = __fsub_rn(v103[49], v106[0]);
            }
            {
                v109[50] = __fsub_rn(v103[50], v106[1]);
            }
            {
                v109[51] = __fsub_rn(v103[51], v106[1]);
            }
            {
                v109[52] = __fsub_rn(v103[52], v106[0]);
            }
            {
                v109[53] = __fsub_rn(v103[53], v106[0]);
            }
            {
                v109[54] = __fsub_rn(v103[54], v106[1]);
            }
            {
                v109[55] = __fsub_rn(v103[55], v106[1]);
            }
            {
                v109[56] = __fsub_rn(v103[56], v106[0]);
            }
            {
                v109[57] = __fsub_rn(v103[57], v106[0]);
            }
            {
                v109[58] = __fsub_rn(v103[58], v106[1]);
            }
            {
                v109[59] = __fsub_rn(v103[59], v106[1]);
            }
            {
                v109[60] = __fsub_rn(v103[60], v106[0]);
            }
            {
                v109[61] = __fsub_rn(v103[61], v106[0]);
            }
            {
                v109[62] = __fsub_rn(v103[62], v106[1]);
            }
            {
                v109[63] = __fsub_rn(v103[63], v106[1]);
            }
            {
                v109[64] = __fsub_rn(v103[64], v106[2]);
            }
            {
                v109[65] = __fsub_rn(v103[65], v106[2]);
            }
            {
                v109[66] = __fsub_rn(v103[66], v106[3]);
            }
            {
                v109[67] = __fsub_rn(v103[67], v106[3]);
            }
            {
                v109[68] = __fsub_rn(v103[68], v106[2]);
            }
            {
                v109[69] = __fsub_rn(v103[69], v106[2]);
            }
            {
                v109[70] = __fsub_rn(v103[70], v106[3]);
            }
            {
                v109[71] = __fsub_rn(v103[71], v106[3]);
            }
            {
                v109[72] = __fsub_rn(v103[72], v106[2]);
            }
            {
                v109[73] = __fsub_rn(v103[73], v106[2]);
            }
            {
                v109[74] = __fsub_rn(v103[74], v106[3]);
            }
            {
                v109[75] = __fsub_rn(v103[75], v106[3]);
            }
            {
                v109[76] = __fsub_rn(v103[76], v106[2]);
            }
            {
                v109[77] = __fsub_rn(v103[77], v106[2]);
            }
            {
                v109[78] = __fsub_rn(v103[78], v106[3]);
            }
            {
                v109[79] = __fsub_rn(v103[79], v106[3]);
            }
            {
                v109[80] = __fsub_rn(v103[80], v106[2]);
            }
            {
                v109[81] = __fsub_rn(v103[81], v106[2]);
            }
            {
                v109[82] = __fsub_rn(v103[82], v106[3]);
            }
            {
                v109[83] = __fsub_rn(v103[83], v106[3]);
            }
            {
                v109[84] = __fsub_rn(v103[84], v106[2]);
            }
            {
                v109[85] = __fsub_rn(v103[85], v106[2]);
            }
            {
                v109[86] = __fsub_rn(v103[86], v106[3]);
            }
            {
                v109[87] = __fsub_rn(v103[87], v106[3]);
            }
            {
                v109[88] = __fsub_rn(v103[88], v106[2]);
            }
            {
                v109[89] = __fsub_rn(v103[89], v106[2]);
            }
            {
                v109[90] = __fsub_rn(v103[90], v106[3]);
            }
            {
                v109[91] = __fsub_rn(v103[91], v106[3]);
            }
            {
                v109[92] = __fsub_rn(v103[92], v106[2]);
            }
            {
                v109[93] = __fsub_rn(v103[93], v106[2]);
            }
            {
                v109[94] = __fsub_rn(v103[94], v106[3]);
            }
            {
                v109[95] = __fsub_rn(v103[95], v106[3]);
            }
            {
                v109[96] = __fsub_rn(v103[96], v106[2]);
            }
            {
                v109[97] = __fsub_rn(v103[97], v106[2]);
            }
            {
                v109[98] = __fsub_rn(v103[98], v106[3]);
            }
            {
                v109[99] = __fsub_rn(v103[99], v106[3]);
            }
            {
                v109[100] = __fsub_rn(v103[100], v106[2]);
            }
            {
                v109[101] = __fsub_rn(v103[101], v106[2]);
            }
            {
                v109[102] = __fsub_rn(v103[102], v106[3]);
            }
            {
                v109[103] = __fsub_rn(v103[103], v106[3]);
            }
            {
                v109[104] = __fsub_rn(v103[104], v106[2]);
            }
            {
                v109[105] = __fsub_rn(v103[105], v106[2]);
            }
            {
                v109[106] = __fsub_rn(v103[106], v106[3]);
            }
            {
                v109[107] = __fsub_rn(v103[107], v106[3]);
            }
            {
                v109[108] = __fsub_rn(v103[108], v106[2]);
            }
            {
                v109[109] = __fsub_rn(v103[109], v106[2]);
            }
            {
                v109[110] = __fsub_rn(v103[110], v106[3]);
            }
            {
                v109[111] = __fsub_rn(v103[111], v106[3]);
            }
            {
                v109[112] = __fsub_rn(v103[112], v106[2]);
            }
            {
                v109[113] = __fsub_rn(v103[113], v106[2]);
            }
            {
                v109[114] = __fsub_rn(v103[114], v106[3]);
            }
            {
                v109[115] = __fsub_rn(v103[115], v106[3]);
            }
            {
                v109[116] = __fsub_rn(v103[116], v106[2]);
            }
            {
                v109[117] = __fsub_rn(v103[117], v106[2]);
            }
            {
                v109[118] = __fsub_rn(v103[118], v106[3]);
            }
            {
                v109[119] = __fsub_rn(v103[119], v106[3]);
            }
            {
                v109[120] = __fsub_rn(v103[120], v106[2]);
            }
            {
                v109[121] = __fsub_rn(v103[121], v106[2]);
            }
            {
                v109[122] = __fsub_rn(v103[122], v106[3]);
            }
            {
                v109[123] = __fsub_rn(v103[123], v106[3]);
            }
            {
                v109[124] = __fsub_rn(v103[124], v106[2]);
            }
            {
                v109[125] = __fsub_rn(v103[125], v106[2]);
            }
            {
                v109[126] = __fsub_rn(v103[126], v106[3]);
            }
            {
                v109[127] = __fsub_rn(v103[127], v106[3]);
            }
            // %110: f32[128, 128] = exp2 %109
            f32 v110[128];
            {
                v110[0] = exp2f(v109[0]);
            }
            {
                v110[1] = exp2f(v109[1]);
            }
            {
                v110[2] = exp2f(v109[2]);
            }
            {
                v110[3] = exp2f(v109[3]);
            }
            {
                v110[4] = exp2f(v109[4]);
            }
            {
                v110[5] = exp2f(v109[5]);
            }
            {
                v110[6] = exp2f(v109[6]);
            }
            {
                v110[7] = exp2f(v109[7]);
            }
            {
                v110[8] = exp2f(v109[8]);
            }
            {
                v110[9] = exp2f(v109[9]);
            }
            {
                v110[10] = exp2f(v109[10]);
            }
            {
                v110[11] = exp2f(v109[11]);
            }
            {
                v110[12] = exp2f(v109[12]);
            }
            {
                v110[13] = exp2f(v109[13]);
            }
            {
                v110[14] = exp2f(v109[14]);
            }
            {
                v110[15] = exp2f(v109[15]);
            }
            {
                v110[16] = exp2f(v109[16]);
            }
            {
                v110[17] = exp2f(v109[17]);
            }
            {
                v110[18] = exp2f(v109[18]);
            }
            {
                v110[19] = exp2f(v109[19]);
            }
            {
                v110[20] = exp2f(v109[20]);
            }
            {
                v110[21] = exp2f(v109[21]);
            }
            {
                v110[22] = exp2f(v109[22]);
            }
            {
                v110[23] = exp2f(v109[23]);
            }
            {
                v110[24] = exp2f(v109[24]);
            }
            {
                v110[25] = exp2f(v109[25]);
            }
            {
                v110[26] = exp2f(v109[26]);
            }
            {
                v110[27] = exp2f(v109[27]);
            }
            {
                v110[28] = exp2f(v109[28]);
            }
            {
                v110[29] = exp2f(v109[29]);
            }
            {
                v110[30] = exp2f(v109[30]);
            }
            {
                v110[31] = exp2f(v109[31]);
            }
            {
                v110[32] = exp2f(v109[32]);
            }
            {
                v110[33] = exp2f(v109[33]);
            }
            {
                v110[34] = exp2f(v109[34]);
            }
            {
                v110[35] = exp2f(v109[35]);
            }
            {
                v110[36] = exp2f(v109[36]);
            }
            {
                v110[37] = exp2f(v109[37]);
            }
            {
                v110[38] = exp2f(v109[38]);
            }
            {
                v110[39] = exp2f(v109[39]);
            }
            {
                v110[40] = exp2f(v109[40]);
            }
            {
                v110[41] = exp2f(v109[41]);
            }
            {
                v110[42] = exp2f(v109[42]);
            }
            {
                v110[43] = exp2f(v109[43]);
            }
            {
                v110[44] = exp2f(v109[44]);
            }
            {
                v110[45] = exp2f(v109[45]);
            }
            {
                v110[46] = exp2f(v109[46]);
            }
            {
                v110[47] = exp2f(v109[47]);
            }
            {
                v110[48] = exp2f(v109[48]);
            }
            {
                v110[49] = exp2f(v109[49]);
            }
            {
                v110[50] = exp2f(v109[50]);
            }
            {
                v110[51] = exp2f(v109[51]);
            }
            {
                v110[52] = exp2f(v109[52]);
            }
            {
                v110[53] = exp2f(v109[53]);
            }
            {
                v110[54] = exp2f(v109[54]);
            }
            {
                v110[55] = exp2f(v109[55]);
            }
            {
                v110[56] = exp2f(v109[56]);
            }
            {
                v110[57] = exp2f(v109[57]);
            }
            {
                v110[58] = exp2f(v109[58]);
            }
            {
                v110[59] = exp2f(v109[59]);
            }
            {
                v110[60] = exp2f(v109[60]);
            }
            {
                v110[61] = exp2f(v109[61]);
            }
            {
                v110[62] = exp2f(v109[62]);
            }
            {
                v110[63] = exp2f(v109[63]);
            }
            {
                v110[64] = exp2f(v109[64]);
            }
            {
                v110[65] = exp2f(v109[65]);
            }
            {
                v110[66] = exp2f(v109[66]);
            }
            {
                v110[67] = exp2f(v109[67]);
            }
            {
                v110[68] = exp2f(v109[68]);
            }
            {
                v110[69] = exp2f(v109[69]);
            }
            {
                v110[70] = exp2f(v109[70]);
            }
            {
                v110[71] = exp2f(v109[71]);
            }
            {
                v110[72] = exp2f(v109[72]);
            }
            {
                v110[73] = exp2f(v109[73]);
            }
            {
                v110[74] = exp2f(v109[74]);
            }
            {
                v110[75] = exp2f(v109[75]);
            }
            {
                v110[76] = exp2f(v109[76]);
            }
            {
                v110[77] = exp2f(v109[77]);
            }
            {
                v110[78] = exp2f(v109[78]);
            }
            {
                v110[79] = exp2f(v109[79]);
            }
            {
                v110[80] = exp2f(v109[80]);
            }
            {
                v110[81] = exp2f(v109[81]);
            }
            {
                v110[82] = exp2f(v109[82]);
            }
            {
                v110[83] = exp2f(v109[83]);
            }
            {
                v110[84] = exp2f(v109[84]);
            }
            {
                v110[85] = exp2f(v109[85]);
            }
            {
                v110[86] = exp2f(v109[86]);
            }
            {
                v110[87] = exp2f(v109[87]);
            }
            {
                v110[88] = exp2f(v109[88]);
            }
            {
                v110[89] = exp2f(v109[89]);
            }
            {
                v110[90] = exp2f(v109[90]);
            }
            {
                v110[91] = exp2f(v109[91]);
            }
            {
                v110[92] = exp2f(v109[92]);
            }
            {
                v110[93] = exp2f(v109[93]);
            }
            {
                v110[94] = exp2f(v109[94]);
            }
            {
                v110[95] = exp2f(v109[95]);
            }
            {
                v110[96] = exp2f(v109[96]);
            }
            {
                v110[97] = exp2f(v109[97]);
            }
            {
                v110[98] = exp2f(v109[98]);
            }
            {
                v110[99] = exp2f(v109[99]);
            }
            {
                v110[100] = exp2f(v109[100]);
            }
            {
                v110[101] = exp2f(v109[101]);
            }
            {
                v110[102] = exp2f(v109[102]);
            }
            {
                v110[103] = exp2f(v109[103]);
            }
            {
                v110[104] = exp2f(v109[104]);
            }
            {
                v110[105] = exp2f(v109[105]);
            }
            {
                v110[106] = exp2f(v109[106]);
            }
            {
                v110[107] = exp2f(v109[107]);
            }
            {
                v110[108] = exp2f(v109[108]);
            }
            {
                v110[109] = exp2f(v109[109]);
            }
            {
                v110[110] = exp2f(v109[110]);
            }
            {
                v110[111] = exp2f(v109[111]);
            }
            {
                v110[112] = exp2f(v109[112]);
            }
            {
                v110[113] = exp2f(v109[113]);
            }
            {
                v110[114] = exp2f(v109[114]);
            }
            {
                v110[115] = exp2f(v109[115]);
            }
            {
                v110[116] = exp2f(v109[116]);
            }
            {
                v110[117] = exp2f(v109[117]);
            }
            {
                v110[118] = exp2f(v109[118]);
            }
            {
                v110[119] = exp2f(v109[119]);
            }
            {
                v110[120] = exp2f(v109[120]);
            }
            {
                v110[121] = exp2f(v109[121]);
            }
            {
                v110[122] = exp2f(v109[122]);
            }
            {
                v110[123] = exp2f(v109[123]);
            }
            {
                v110[124] = exp2f(v109[124]);
            }
            {
                v110[125] = exp2f(v109[125]);
            }
            {
                v110[126] = exp2f(v109[126]);
            }
            {
                v110[127] = exp2f(v109[127]);
            }
            // %111: f32[128] = var_load
            f32 v111[4];
            #pragma unroll
            for (int c = 0; c < 4; ++c) v111[c] = x0[c];
            // %112: f32[128] = sub %111, %106
            f32 v112[4];
            {
                v112[0] = __fsub_rn(v111[0], v106[0]);
            }
            {
                v112[1] = __fsub_rn(v111[1], v106[1]);
            }
            {
                v112[2] = __fsub_rn(v111[2], v106[2]);
            }
            {
                v112[3] = __fsub_rn(v111[3], v106[3]);
            }
            // %113: f32[128] = exp2 %112
            f32 v113[4];
            {
                v113[0] = exp2f(v112[0]);
            }
            {
                v113[1] = exp2f(v112[1]);
            }
            {
                v113[2] = exp2f(v112[2]);
            }
            {
                v113[3] = exp2f(v112[3]);
            }
            // %114: f32[128] = var_load
            f32 v114[4];
            #pragma unroll
            for (int c = 0; c < 4; ++c) v114[c] = x1[c];
            // %115: f32[128] = mul %114, %113
            f32 v115[4];
            {
                v115[0] = __fmul_rn(v114[0], v113[0]);
            }
            {
                v115[1] = __fmul_rn(v114[1], v113[1]);
            }
            {
                v115[2] = __fmul_rn(v114[2], v113[2]);
            }
            {
                v115[3] = __fmul_rn(v114[3], v113[3]);
            }
            // %116: f32[128] = reduce %110
            f32 v116[4];
            // row Sum of fragments %110
            v116[0] = __fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(v110[0], v110[1]), v110[4]), v110[5]), v110[8]), v110[9]), v110[12]), v110[13]), v110[16]), v110[17]), v110[20]), v110[21]), v110[24]), v110[25]), v110[28]), v110[29]), v110[32]), v110[33]), v110[36]), v110[37]), v110[40]), v110[41]), v110[44]), v110[45]), v110[48]), v110[49]), v110[52]), v110[53]), v110[56]), v110[57]), v110[60]), v110[61]);
            v116[1] = __fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(v110[2], v110[3]), v110[6]), v110[7]), v110[10]), v110[11]), v110[14]), v110[15]), v110[18]), v110[19]), v110[22]), v110[23]), v110[26]), v110[27]), v110[30]), v110[31]), v110[34]), v110[35]), v110[38]), v110[39]), v110[42]), v110[43]), v110[46]), v110[47]), v110[50]), v110[51]), v110[54]), v110[55]), v110[58]), v110[59]), v110[62]), v110[63]);
            v116[2] = __fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(v110[64], v110[65]), v110[68]), v110[69]), v110[72]), v110[73]), v110[76]), v110[77]), v110[80]), v110[81]), v110[84]), v110[85]), v110[88]), v110[89]), v110[92]), v110[93]), v110[96]), v110[97]), v110[100]), v110[101]), v110[104]), v110[105]), v110[108]), v110[109]), v110[112]), v110[113]), v110[116]), v110[117]), v110[120]), v110[121]), v110[124]), v110[125]);
            v116[3] = __fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(__fadd_rn(v110[66], v110[67]), v110[70]), v110[71]), v110[74]), v110[75]), v110[78]), v110[79]), v110[82]), v110[83]), v110[86]), v110[87]), v110[90]), v110[91]), v110[94]), v110[95]), v110[98]), v110[99]), v110[102]), v110[103]), v110[106]), v110[107]), v110[110]), v110[111]), v110[114]), v110[115]), v110[118]), v110[119]), v110[122]), v110[123]), v110[126]), v110[127]);
            {
                const f32 o0 = __shfl_xor_sync(0xffffffffu, v116[0], 1);
                const f32 o1 = __shfl_xor_sync(0xffffffffu, v116[1], 1);
                const f32 o2 = __shfl_xor_sync(0xffffffffu, v116[2], 1);
                const f32 o3 = __shfl_xor_sync(0xffffffffu, v116[3], 1);
                v116[0] = __fadd_rn(v116[0], o0);
                v116[1] = __fadd_rn(v116[1], o1);
                v116[2] = __fadd_rn(v116[2], o2);
                v116[3] = __fadd_rn(v116[3], o3);
            }
            {
                const f32 o0 = __shfl_xor_sync(0xffffffffu, v116[0], 2);
                const f32 o1 = __shfl_xor_sync(0xffffffffu, v116[1], 2);
                const f32 o2 = __shfl_xor_sync(0xffffffffu, v116[2], 2);
                const f32 o3 = __shfl_xor_sync(0xffffffffu, v116[3], 2);
                v116[0] = __fadd_rn(v116[0], o0);
                v116[1] = __fadd_rn(v116[1], o1);
                v116[2] = __fadd_rn(v116[2], o2);
                v116[3] = __fadd_rn(v116[3], o3);
            }
            // %117: f32[128] = add %115, %116
            f32 v117[4];
            {
                v117[0] = __fadd_rn(v115[0], v116[0]);
            }
            {
                v117[1] = __fadd_rn(v115[1], v116[1]);
            }
            {
                v117[2] = __fadd_rn(v115[2], v116[2]);
            }
            {
                v117[3] = __fadd_rn(v115[3], v116[3]);
            }
            // var_store %117
            #pragma unroll
            for (int c = 0; c < 4; ++c) x1[c] = v117[c];
            // %118: f32[128, 64] = var_load
            f32 v118[64];
            #pragma unroll
            for (int c = 0; c < 64; ++c) v118[c] = x2[c];
            // %119: f32[128, 1] = expand_dims %113
            // %120: f32[128, 64] = broadcast %119
            // %121: f32[128, 64] = mul %118, %120
            f32 v121[64];
            {
                v121[0] = __fmul_rn(v118[0], v113[0]);
            }
            {
                v121[1] = __fmul_rn(v118[1], v113[0]);
            }
            {
                v121[2] = __fmul_rn(v118[2], v113[1]);
            }
            {
                v121[3] = __fmul_rn(v118[3], v113[1]);
            }
            {
                v121[4] = __fmul_rn(v118[4], v113[0]);
            }
            {
                v121[5] = __fmul_rn(v118[5], v113[0]);
            }
            {
                v121[6] = __fmul_rn(v118[6], v113[1]);
            }
            {
                v121[7] = __fmul_rn(v118[7], v113[1]);
            }
            {
                v121[8] = __fmul_rn(v118[8], v113[0]);
            }
            {
                v121[9] = __fmul_rn(v118[9], v113[0]);
            }
            {
                v121[10] = __fmul_rn(v118[10], v113[1]);
            }
            {
                v121[11] = __fmul_rn(v118[11], v113[1]);
            }
            {
                v121[12] = __fmul_rn(v118[12], v113[0]);
            }
            {
                v121[13] = __fmul_rn(v118[13], v113[0]);
            }
            {
                v121[14] = __fmul_rn(v118[14], v113[1]);
            }
            {
                v121[15] = __fmul_rn(v118[15], v113[1]);
            }
            {
                v121[16] = __fmul_rn(v118[16], v113[0]);
            }
            {
                v121[17] = __fmul_rn(v118[17], v113[0]);
            }
            {
                v121[18] = __fmul_rn(v118[18], v113[1]);
            }
            {
                v121[19] = __fmul_rn(v118[19], v113[1]);
            }
            {
                v121[20] = __fmul_rn(v118[20], v113[0]);
            }
            {
                v121[21] = __fmul_rn(v118[21], v113[0]);
            }
            {
                v121[22] = __fmul_rn(v118[22], v113[1]);
            }
            {
                v121[23] = __fmul_rn(v118[23], v113[1]);
            }
            {
                v121[24] = __fmul_rn(v118[24], v113[0]);
            }
            {
                v121[25] = __fmul_rn(v118[25], v113[0]);
            }
            {
                v121[26] = __fmul_rn(v118[26], v113[1]);
            }
            {
                v121[27] = __fmul_rn(v118[27], v113[1]);
            }
            {
                v121[28] = __fmul_rn(v118[28], v113[0]);
            }
            {
                v121[29] = __fmul_rn(v118[29], v113[0]);
            }
            {
                v121[30] = __fmul_rn(v118[30], v113[1]);
            }
            {
                v121[31] = __fmul_rn(v118[31], v113[1]);
            }
            {
                v121[32] = __fmul_rn(v118[32], v113[2]);
            }
            {
                v121[33] = __fmul_rn(v118[33], v113[2]);
            }
            {
                v121[34] = __fmul_rn(v118[34], v113[3]);
            }
            {
                v121[35] = __fmul_rn(v118[35], v113[3]);
            }
            {
                v121[36] = __fmul_rn(v118[36], v113[2]);
            }
            {
                v121[37] = __fmul_rn(v118[37], v113[2]);
            }
            {
                v121[38] = __fmul_rn(v118[38], v113[3]);
            }
            {
                v121[39] = __fmul_rn(v118[39], v113[3]);
            }
            {
                v121[40] = __fmul_rn(v118[40], v113[2]);
            }
            {
                v121[41] = __fmul_rn(v118[41], v113[2]);
            }
            {
                v121[42] = __fmul_rn(v118[42], v113[3]);
            }
            {
                v121[43] = __fmul_rn(v118[43], v113[3]);
            }
            {
                v121[44] = __fmul_rn(v118[44], v113[2]);
            }
            {
                v121[45] = __fmul_rn(v118[45], v113[2]);
            }
            {
                v121[46] = __fmul_rn(v118[46], v113[3]);
            }
            {
                v121[47] = __fmul_rn(v118[47], v113[3]);
            }
            {
                v121[48] = __fmul_rn(v118[48], v113[2]);
            }
            {
                v121[49] = __fmul_rn(v118[49], v113[2]);
            }
            {
                v121[50] = __fmul_rn(v118[50], v113[3]);
            }
            {
                v121[51] = __fmul_rn(v118[51], v113[3]);
            }
            {
                v121[52] = __fmul_rn(v118[52], v113[2]);
            }
            {
                v121[53] = __fmul_rn(v118[53], v113[2]);
            }
            {
                v121[54] = __fmul_rn(v118[54], v113[3]);
            }
            {
                v121[55] = __fmul_rn(v118[55], v113[3]);
            }
            {
                v121[56] = __fmul_rn(v118[56], v113[2]);
            }
            {
                v121[57] = __fmul_rn(v118[57], v113[2]);
            }
            {
                v121[58] = __fmul_rn(v118[58], v113[3]);
            }
            {
                v121[59] = __fmul_rn(v118[59], v113[3]);
            }
            {
                v121[60] = __fmul_rn(v118[60], v113[2]);
            }
            {
                v121[61] = __fmul_rn(v118[61], v113[2]);
            }
            {
                v121[62] = __fmul_rn(v118[62], v113[3]);
            }
            {
                v121[63] = __fmul_rn(v118[63], v113[3]);
            }
            // %122: f16[128, 128] = cast %110
            f32 v122[128];
            u32 h407[64];
            h407[0] = ox_cvt_f16x2_f32(v110[0], v110[1]);
            h407[1] = ox_cvt_f16x2_f32(v110[2], v110[3]);
            h407[2] = ox_cvt_f16x2_f32(v110[4], v110[5]);
            h407[3] = ox_cvt_f16x2_f32(v110[6], v110[7]);
            h407[4] = ox_cvt_f16x2_f32(v110[8], v110[9]);
            h407[5] = ox_cvt_f16x2_f32(v110[10], v110[11]);
            h407[6] = ox_cvt_f16x2_f32(v110[12], v110[13]);
            h407[7] = ox_cvt_f16x2_f32(v110[14], v110[15]);
            h407[8] = ox_cvt_f16x2_f32(v110[16], v110[17]);
            h407[9] = ox_cvt_f16x2_f32(v110[18], v110[19]);
            h407[10] = ox_cvt_f16x2_f32(v110[20], v110[21]);
            h407[11] = ox_cvt_f16x2_f32(v110[22], v110[23]);
            h407[12] = ox_cvt_f16x2_f32(v110[24], v110[25]);
            h407[13] = ox_cvt_f16x2_f32(v110[26], v110[27]);
            h407[14] = ox_cvt_f16x2_f32(v110[28], v110[29]);
            h407[15] = ox_cvt_f16x2_f32(v110[30], v110[31]);
            h407[16] = ox_cvt_f16x2_f32(v110[32], v110[33]);
            h407[17] = ox_cvt_f16x2_f32(v110[34], v110[35]);
            h407[18] = ox_cvt_f16x2_f32(v110[36], v110[37]);
            h407[19] = ox_cvt_f16x2_f32(v110[38], v110[39]);
            h407[20] = ox_cvt_f16x2_f32(v110[40], v110[41]);
            h407[21] = ox_cvt_f16x2_f32(v110[42], v110[43]);
            h407[22] = ox_cvt_f16x2_f32(v110[44], v110[45]);
            h407[23] = ox_cvt_f16x2_f32(v110[46], v110[47]);
            h407[24] = ox_cvt_f16x2_f32(v110[48], v110[49]);
            h407[25] = ox_cvt_f16x2_f32(v110[50], v110[51]);
            h407[26] = ox_cvt_f16x2_f32(v110[52], v110[53]);
            h407[27] = ox_cvt_f16x2_f32(v110[54], v110[55]);
            h407[28] = ox_cvt_f16x2_f32(v110[56], v110[57]);
            h407[29] = ox_cvt_f16x2_f32(v110[58], v110[59]);
            h407[30] = ox_cvt_f16x2_f32(v110[60], v110[61]);
            h407[31] = ox_cvt_f16x2_f32(v110[62], v110[63]);
            h407[32] = ox_cvt_f16x2_f32(v110[64], v110[65]);
            h407[33] = ox_cvt_f16x2_f32(v110[66], v110[67]);
            h407[34] = ox_cvt_f16x2_f32(v110[68], v110[69]);
            h407[35] = ox_cvt_f16x2_f32(v110[70], v110[71]);
            h407[36] = ox_cvt_f16x2_f32(v110[72], v110[73]);
            h407[37] = ox_cvt_f16x2_f32(v110[74], v110[75]);
            h407[38] = ox_cvt_f16x2_f32(v110[76], v110[77]);
            h407[39] = ox_cvt_f16x2_f32(v110[78], v110[79]);
            h407[40] = ox_cvt_f16x2_f32(v110[80], v110[81]);
            h407[41] = ox_cvt_f16x2_f32(v110[82], v110[83]);
            h407[42] = ox_cvt_f16x2_f32(v110[84], v110[85]);
            h407[43] = ox_cvt_f16x2_f32(v110[86], v110[87]);
            h407[44] = ox_cvt_f16x2_f32(v110[88], v110[89]);
            h407[45] = ox_cvt_f16x2_f32(v110[90], v110[91]);
            h407[46] = ox_cvt_f16x2_f32(v110[92], v110[93]);
            h407[47] = ox_cvt_f16x2_f32(v110[94], v110[95]);
            h407[48] = ox_cvt_f16x2_f32(v110[96], v110[97]);
            h407[49] = ox_cvt_f16x2_f32(v110[98], v110[99]);
            h407[50] = ox_cvt_f16x2_f32(v110[100], v110[101]);
            h407[51] = ox_cvt_f16x2_f32(v110[102], v110[103]);
            h407[52] = ox_cvt_f16x2_f32(v110[104], v110[105]);
            h407[53] = ox_cvt_f16x2_f32(v110[106], v110[107]);
            h407[54] = ox_cvt_f16x2_f32(v110[108], v110[109]);
            h407[55] = ox_cvt_f16x2_f32(v110[110], v110[111]);
            h407[56] = ox_cvt_f16x2_f32(v110[112], v110[113]);
            h407[57] = ox_cvt_f16x2_f32(v110[114], v110[115]);
            h407[58] = ox_cvt_f16x2_f32(v110[116], v110[117]);
            h407[59] = ox_cvt_f16x2_f32(v110[118], v110[119]);
            h407[60] = ox_cvt_f16x2_f32(v110[120], v110[121]);
            h407[61] = ox_cvt_f16x2_f32(v110[122], v110[123]);
            h407[62] = ox_cvt_f16x2_f32(v110[124], v110[125]);
            h407[63] = ox_cvt_f16x2_f32(v110[126], v110[127]);
            v122[0] = ox_cvt_f32_f16((u16)h407[0]); v122[1] = ox_cvt_f32_f16((u16)(h407[0] >> 16));
            v122[2] = ox_cvt_f32_f16((u16)h407[1]); v122[3] = ox_cvt_f32_f16((u16)(h407[1] >> 16));
            v122[4] = ox_cvt_f32_f16((u16)h407[2]); v122[5] = ox_cvt_f32_f16((u16)(h407[2] >> 16));
            v122[6] = ox_cvt_f32_f16((u16)h407[3]); v122[7] = ox_cvt_f32_f16((u16)(h407[3] >> 16));
            v122[8] = ox_cvt_f32_f16((u16)h407[4]); v122[9] = ox_cvt_f32_f16((u16)(h407[4] >> 16));
            v122[10] = ox_cvt_f32_f16((u16)h407[5]); v122[11] = ox_cvt_f32_f16((u16)(h407[5] >> 16));
            v122[12] = ox_cvt_f32_f16((u16)h407[6]); v122[13] = ox_cvt_f32_f16((u16)(h407[6] >> 16));
            v122[14] = ox_cvt_f32_f16((u16)h407[7]); v122[15] = ox_cvt_f32_f16((u16)(h407[7] >> 16));
            v122[16] = ox_cvt_f32_f16((u16)h407[8]); v122[17] = ox_cvt_f32_f16((u16)(h407[8] >> 16));
            v122[18] = ox_cvt_f32_f16((u16)h407[9]); v122[19] = ox_cvt_f32_f16((u16)(h407[9] >> 16));
            v122[20] = ox_cvt_f32_f16((u16)h407[10]); v122[21] = ox_cvt_f32_f16((u16)(h407[10] >> 16));
            v122[22] = ox_cvt_f32_f16((u16)h407[11]); v122[23] = ox_cvt_f32_f16((u16)(h407[11] >> 16));
            v122[24] = ox_cvt_f32_f16((u16)h407[12]); v122[25] = ox_cvt_f32_f16((u16)(h407[12] >> 16));
            v122[26] = ox_cvt_f32_f16((u16)h407[13]); v122[27] = ox_cvt_f32_f16((u16)(h407[13] >> 16));
            v122[28] = ox_cvt_f32_f16((u16)h407[14]); v122[29] = ox_cvt_f32_f16((u16)(h407[14] >> 16));
            v122[30] = ox_cvt_f32_f16((u16)h407[15]); v122[31] = ox_cvt_f32_f16((u16)(h407[15] >> 16));
            v122[32] = ox_cvt_f32_f16((u16)h407[16]); v122[33] = ox_cvt_f32_f16((u16)(h407[16] >> 16));
            v122[34] = ox_cvt_f32_f16((u16)h407[17]); v122[35] = ox_cvt_f32_f16((u16)(h407[17] >> 16));
            v122[36] = ox_cvt_f32_f16((u16)h407[18]); v122[37] = ox_cvt_f32_f16((u16)(h407[18] >> 16));
            v122[38] = ox_cvt_f32_f16((u16)h407[19]); v122[39] = ox_cvt_f32_f16((u16)(h407[19] >> 16));
            v122[40] = ox_cvt_f32_f16((u16)h407[20]); v122[41] = ox_cvt_f32_f16((u16)(h407[20] >> 16));
            v122[42] = ox_cvt_f32_f16((u16)h407[21]); v122[43] = ox_cvt_f32_f16((u16)(h407[21] >> 16));
            v122[44] = ox_cvt_f32_f16((u16)h407[22]); v122[45] = ox_cvt_f32_f16((u16)(h407[22] >> 16));
            v122[46] = ox_cvt_f32_f16((u16)h407[23]); v122[47] = ox_cvt_f32_f16((u16)(h407[23] >> 16));
            v122[48] = ox_cvt_f32_f16((u16)h407[24]); v122[49] = ox_cvt_f32_f16((u16)(h407[24] >> 16));
            v122[50] = ox_cvt_f32_f16((u16)h407[25]); v122[51] = ox_cvt_f32_f16((u16)(h407[25] >> 16));
            v122[52] = ox_cvt_f32_f16((u16)h407[26]); v122[53] = ox_cvt_f32_f16((u16)(h407[26] >> 16));
            v122[54] = ox_cvt_f32_f16((u16)h407[27]); v122[55] = ox_cvt_f32_f16((u16)(h407[27] >> 16));
            v122[56] = ox_cvt_f32_f16((u16)h407[28]); v122[57] = ox_cvt_f32_f16((u16)(h407[28] >> 16));
            v122[58] = ox_cvt_f32_f16((u16)h407[29]); v122[59] = ox_cvt_f32_f16((u16)(h407[29] >> 16));
            v122[60] = ox_cvt_f32_f16((u16)h407[30]); v122[61] = ox_cvt_f32_f16((u16)(h407[30] >> 16));
            v122[62] = ox_cvt_f32_f16((u16)h407[31]); v122[63] = ox_cvt_f32_f16((u16)(h407[31] >> 16));
            v122[64] = ox_cvt_f32_f16((u16)h407[32]); v122[65] = ox_cvt_f32_f16((u16)(h407[32] >> 16));
            v122[66] = ox_cvt_f32_f16((u16)h407[33]); v122[67] = ox_cvt_f32_f16((u16)(h407[33] >> 16));
            v122[68] = ox_cvt_f32_f16((u16)h407[34]); v122[69] = ox_cvt_f32_f16((u16)(h407[34] >> 16));
            v122[70] = ox_cvt_f32_f16((u16)h407[35]); v122[71] = ox_cvt_f32_f16((u16)(h407[35] >> 16));
            v122[72] = ox_cvt_f32_f16((u16)h407[36]); v122[73] = ox_cvt_f32_f16((u16)(h407[36] >> 16));
            v122[74] = ox_cvt_f32_f16((u16)h407[37]); v122[75] = ox_cvt_f32_f16((u16)(h407[37] >> 16));
            v122[76] = ox_cvt_f32_f16((u16)h407[38]); v122[77] = ox_cvt_f32_f16((u16)(h407[38] >> 16));
            v122[78] = ox_cvt_f32_f16((u16)h407[39]); v122[79] = ox_cvt_f32_f16((u16)(h407[39] >> 16));
            v122[80] = ox_cvt_f32_f16((u16)h407[40]); v122[81] = ox_cvt_f32_f16((u16)(h407[40] >> 16));
            v122[82] = ox_cvt_f32_f16((u16)h407[41]); v122[83] = ox_cvt_f32_f16((u16)(h407[41] >> 16));
            v122[84] = ox_cvt_f32_f16((u16)h407[42]); v122[85] = ox_cvt_f32_f16((u16)(h407[42] >> 16));
            v122[86] = ox_cvt_f32_f16((u16)h407[43]); v122[87] = ox_cvt_f32_f16((u16)(h407[43] >> 16));
            v122[88] = ox_cvt_f32_f16((u16)h407[44]); v122[89] = ox_cvt_f32_f16((u16)(h407[44] >> 16));
            v122[90] = ox_cvt_f32_f16((u16)h407[45]); v122[91] = ox_cvt_f32_f16((u16)(h407[45] >> 16));
            v122[92] = ox_cvt_f32_f16((u16)h407[46]); v122[93] = ox_cvt_f32_f16((u16)(h407[46] >> 16));
            v122[94] = ox_cvt_f32_f16((u16)h407[47]); v122[95] = ox_cvt_f32_f16((u16)(h407[47] >> 16));
            v122[96] = ox_cvt_f32_f16((u16)h407[48]); v122[97] = ox_cvt_f32_f16((u16)(h407[48] >> 16));
            v122[98] = ox_cvt_f32_f16((u16)h407[49]); v122[99] = ox_cvt_f32_f16((u16)(h407[49] >> 16));
            v122[100] = ox_cvt_f32_f16((u16)h407[50]); v122[101] = ox_cvt_f32_f16((u16)(h407[50] >> 16));
            v122[102] = ox_cvt_f32_f16((u16)h407[51]); v122[103] = ox_cvt_f32_f16((u16)(h407[51] >> 16));
            v122[104] = ox_cvt_f32_f16((u16)h407[52]); v122[105] = ox_cvt_f32_f16((u16)(h407[52] >> 16));
            v122[106] = ox_cvt_f32_f16((u16)h407[53]); v122[107] = ox_cvt_f32_f16((u16)(h407[53] >> 16));
            v122[108] = ox_cvt_f32_f16((u16)h407[54]); v122[109] = ox_cvt_f32_f16((u16)(h407[54] >> 16));
            v122[110] = ox_cvt_f32_f16((u16)h407[55]); v122[111] = ox_cvt_f32_f16((u16)(h407[55] >> 16));
            v122[112] = ox_cvt_f32_f16((u16)h407[56]); v122[113] = ox_cvt_f32_f16((u16)(h407[56] >> 16));
            v122[114] = ox_cvt_f32_f16((u16)h407[57]); v122[115] = ox_cvt_f32_f16((u16)(h407[57] >> 16));
            v122[116] = ox_cvt_f32_f16((u16)h407[58]); v122[117] = ox_cvt_f32_f16((u16)(h407[58] >> 16));
            v122[118] = ox_cvt_f32_f16((u16)h407[59]); v122[119] = ox_cvt_f32_f16((u16)(h407[59] >> 16));
            v122[120] = ox_cvt_f32_f16((u16)h407[60]); v122[121] = ox_cvt_f32_f16((u16)(h407[60] >> 16));
            v122[122] = ox_cvt_f32_f16((u16)h407[61]); v122[123] = ox_cvt_f32_f16((u16)(h407[61] >> 16));
            v122[124] = ox_cvt_f32_f16((u16)h407[62]); v122[125] = ox_cvt_f32_f16((u16)(h407[62] >> 16));
            v122[126] = ox_cvt_f32_f16((u16)h407[63]); v122[127] = ox_cvt_f32_f16((u16)(h407[63] >> 16));
            // %123: f32 = const
            const f32 v123 = 0.0f;
            // %124: f32[128, 64] = broadcast %123
            // %125: f32[128, 64] = dot %122, %87, %124
            #pragma unroll
            for (int run = 0; run < 8; ++run) {
                const int e0 = (run * 128 + tid) * 8;
                *(uint4*)&((u16*)(ox_smem + 32768))[ox_swz<2u, 128u, 128u>((e0 + 0) / 64, (e0 + 0) % 64)] = make_uint4(((u32)ox_f16_raw(v87[run * 8 + 0]) | ((u32)ox_f16_raw(v87[run * 8 + 1]) << 16)), ((u32)ox_f16_raw(v87[run * 8 + 2]) | ((u32)ox_f16_raw(v87[run * 8 + 3]) << 16)), ((u32)ox_f16_raw(v87[run * 8 + 4]) | ((u32)ox_f16_raw(v87[run * 8 + 5]) << 16)), ((u32)ox_f16_raw(v87[run * 8 + 6]) | ((u32)ox_f16_raw(v87[run * 8 + 7]) << 16)));
            }
            ox_fence_proxy_async();
            f32 v125[64];
            if (__syncthreads_or(ox_fail)) return;
            {
                {
                const u64 ox_wg_db = ox_wg_desc(ox_smem_u32(((const unsigned short*)(ox_smem + 32768))), 4611686293372403712ull);
                const u32 ox_wg_ra[64] = {h407[0], h407[1], h407[2], h407[3], h407[4], h407[5], h407[6], h407[7], h407[8], h407[9], h407[10], h407[11], h407[12], h407[13], h407[14], h407[15], h407[16], h407[17], h407[18], h407[19], h407[20], h407[21], h407[22], h407[23], h407[24], h407[25], h407[26], h407[27], h407[28], h407[29], h407[30], h407[31], h407[32], h407[33], h407[34], h407[35], h407[36], h407[37], h407[38], h407[39], h407[40], h407[41], h407[42], h407[43], h407[44], h407[45], h407[46], h407[47], h407[48], h407[49], h407[50], h407[51], h407[52], h407[53], h407[54], h407[55], h407[56], h407[57], h407[58], h407[59], h407[60], h407[61], h407[62], h407[63]};
                ox_wgmma_fence();
                ox_wgmma_ra_f16_n64_t1_z(&v125[0], ox_wg_ra[0], ox_wg_ra[1], ox_wg_ra[2], ox_wg_ra[3], ox_wg_db + 0ull);
                ox_wgmma_ra_f16_n64_t1(&v125[0], ox_wg_ra[4], ox_wg_ra[5], ox_wg_ra[6], ox_wg_ra[7], ox_wg_db + 128ull);
                ox_wgmma_ra_f16_n64_t1(&v125[0], ox_wg_ra[8], ox_wg_ra[9], ox_wg_ra[10], ox_wg_ra[11], ox_wg_db + 256ull);
                ox_wgmma_ra_f16_n64_t1(&v125[0], ox_wg_ra[12], ox_wg_ra[13], ox_wg_ra[14], ox_wg_ra[15], ox_wg_db + 384ull);
                ox_wgmma_ra_f16_n64_t1(&v125[0], ox_wg_ra[16], ox_wg_ra[17], ox_wg_ra[18], ox_wg_ra[19], ox_wg_db + 512ull);
                ox_wgmma_ra_f16_n64_t1(&v125[0], ox_wg_ra[20], ox_wg_ra[21], ox_wg_ra[22], ox_wg_ra[23], ox_wg_db + 640ull);
                ox_wgmma_ra_f16_n64_t1(&v125[0], ox_wg_ra[24], ox_wg_ra[25], ox_wg_ra[26], ox_wg_ra[27], ox_wg_db + 768ull);
                ox_wgmma_ra_f16_n64_t1(&v125[0], ox_wg_ra[28], ox_wg_ra[29], ox_wg_ra[30], ox_wg_ra[31], ox_wg_db + 896ull);
                ox_wgmma_ra_f16_n64_t1_z(&v125[32], ox_wg_ra[32], ox_wg_ra[33], ox_wg_ra[34], ox_wg_ra[35], ox_wg_db + 0ull);
                ox_wgmma_ra_f16_n64_t1(&v125[32], ox_wg_ra[36], ox_wg_ra[37], ox_wg_ra[38], ox_wg_ra[39], ox_wg_db + 128ull);
                ox_wgmma_ra_f16_n64_t1(&v125[32], ox_wg_ra[40], ox_wg_ra[41], ox_wg_ra[42], ox_wg_ra[43], ox_wg_db + 256ull);
                ox_wgmma_ra_f16_n64_t1(&v125[32], ox_wg_ra[44], ox_wg_ra[45], ox_wg_ra[46], ox_wg_ra[47], ox_wg_db + 384ull);
                ox_wgmma_ra_f16_n64_t1(&v125[32], ox_wg_ra[48], ox_wg_ra[49], ox_wg_ra[50], ox_wg_ra[51], ox_wg_db + 512ull);
                ox_wgmma_ra_f16_n64_t1(&v125[32], ox_wg_ra[52], ox_wg_ra[53], ox_wg_ra[54], ox_wg_ra[55], ox_wg_db + 640ull);
                ox_wgmma_ra_f16_n64_t1(&v125[32], ox_wg_ra[56], ox_wg_ra[57], ox_wg_ra[58], ox_wg_ra[59], ox_wg_db + 768ull);
                ox_wgmma_ra_f16_n64_t1(&v125[32], ox_wg_ra[60], ox_wg_ra[61], ox_wg_ra[62], ox_wg_ra[63], ox_wg_db + 896ull);
                ox_wgmma_commit();
                ox_wgmma_wait<0>();
                #pragma unroll
                for (int ox_r = 0; ox_r < 64; ++ox_r) ox_wgmma_hold(v125[ox_r]);
                }
            }
            if (__syncthreads_or(ox_fail)) return;
            // %126: f32[128, 64] = add %121, %125
            f32 v126[64];
            {
                v126[0] = __fadd_rn(v121[0], v125[0]);
            }
            {
                v126[1] = __fadd_rn(v121[1], v125[1]);
            }
            {
                v126[2] = __fadd_rn(v121[2], v125[2]);
            }
            {
                v126[3] = __fadd_rn(v121[3], v125[3]);
            }
            {
                v126[4] = __fadd_rn(v121[4], v125[4]);
            }
            {
                v126[5] = __fadd_rn(v121[5], v125[5]);
            }
            {
                v126[6] = __fadd_rn(v121[6], v125[6]);
            }
            {
                v126[7] = __fadd_rn(v121[7], v125[7]);
            }
            {
                v126[8] = __fadd_rn(v121[8], v125[8]);
            }
            {
                v126[9] = __fadd_rn(v121[9], v125[9]);
            }
            {
                v126[10] = __fadd_rn(v121[10], v125[10]);
            }
            {
                v126[11] = __fadd_rn(v121[11], v125[11]);
            }
            {
                v126[12] = __fadd_rn(v121[12], v125[12]);
            }
            {
                v126[13] = __fadd_rn(v121[13], v125[13]);
            }
            {
                v126[14] = __fadd_rn(v121[14], v125[14]);
            }
            {
                v126[15] = __fadd_rn(v121[15], v125[15]);
            }
            {
                v126[16] = __fadd_rn(v121[16], v125[16]);
            }
            {
                v126[17] = __fadd_rn(v121[17], v125[17]);
            }
            {
                v126[18] = __fadd_rn(v121[18], v125[18]);
            }
            {
                v126[19] = __fadd_rn(v121[19], v125[19]);
            }
            {
                v126[20] = __fadd_rn(v121[20], v125[20]);
            }
            {
                v126[21] = __fadd_rn(v121[21], v125[21]);
            }
            {
                v126[22] = __fadd_rn(v121[22], v125[22]);
            }
            {
                v126[23] = __fadd_rn(v121[23], v125[23]);
            }
            {
                v126[24] = __fadd_rn(v121[24], v125[24]);
            }
            {
                v126[25] = __fadd_rn(v121[25], v125[25]);
            }
            {
                v126[26] = __fadd_rn(v121[26], v125[26]);
            }
            {
                v126[27] = __fadd_rn(v121[27], v125[27]);
            }
            {
                v126[28] = __fadd_rn(v121[28], v125[28]);
            }
            {
                v126[29] = __fadd_rn(v121[29], v125[29]);
            }
            {
                v126[30] = __fadd_rn(v121[30], v125[30]);
            }
            {
                v126[31] = __fadd_rn(v121[31], v125[31]);
            }
            {
                v126[32] = __fadd_rn(v121[32], v125[32]);
            }
            {
                v126[33] = __fadd_rn(v121[33], v125[33]);
            }
            {
                v126[34] = __fadd_rn(v121[34], v125[34]);
            }
            {
                v126[35] = __fadd_rn(v121[35], v125[35]);
            }
            {
                v126[36] = __fadd_rn(v121[36], v125[36]);
            }
            {
                v126[37] = __fadd_rn(v121[37], v125[37]);
            }
            {
                v126[38] = __fadd_rn(v121[38], v125[38]);
            }
            {
                v126[39] = __fadd_rn(v121[39], v125[39]);
            }
            {
                v126[40] = __fadd_rn(v121[40], v125[40]);
            }
            {
                v126[41] = __fadd_rn(v121[41], v125[41]);
            }
            {
                v126[42] = __fadd_rn(v121[42], v125[42]);
            }
            {
                v126[43] = __fadd_rn(v121[43], v125[43]);
            }
            {
                v126[44] = __fadd_rn(v121[44], v125[44]);
            }
            {
                v126[45] = __fadd_rn(v121[45], v125[45]);
            }
            {
                v126[46] = __fadd_rn(v121[46], v125[46]);
            }
            {
                v126[47] = __fadd_rn(v121[47], v125[47]);
            }
            {
                v126[48] = __fadd_rn(v121[48], v125[48]);
            }
            {
                v126[49] = __fadd_rn(v121[49], v125[49]);
            }
            {
                v126[50] = __fadd_rn(v121[50], v125[50]);
            }
            {
                v126[51] = __fadd_rn(v121[51], v125[51]);
            }
            {
                v126[52] = __fadd_rn(v121[52], v125[52]);
            }
            {
                v126[53] = __fadd_rn(v121[53], v125[53]);
            }
            {
                v126[54] = __fadd_rn(v121[54], v125[54]);
            }
            {
                v126[55] = __fadd_rn(v121[55], v125[55]);
            }
            {
                v126[56] = __fadd_rn(v121[56], v125[56]);
            }
            {
                v126[57] = __fadd_rn(v121[57], v125[57]);
            }
            {
                v126[58] = __fadd_rn(v121[58], v125[58]);
            }
            {
                v126[59] = __fadd_rn(v121[59], v125[59]);
            }
            {
                v126[60] = __fadd_rn(v121[60], v125[60]);
            }
            {
                v126[61] = __fadd_rn(v121[61], v125[61]);
            }
            {
                v126[62] = __fadd_rn(v121[62], v125[62]);
            }
            {
                v126[63] = __fadd_rn(v121[63], v125[63]);
            }
            // var_store %126
            #pragma unroll
            for (int c = 0; c < 64; ++c) x2[c] = v126[c];
            // var_store %106
            #pragma unroll
            for (int c = 0; c < 4; ++c) x0[c] = v106[c];
            if ((u32)((u32)v4 - (u32)it8) <= (u32)v47) break;
            it8 = (i32)((u32)it8 + (u32)v47);
        }
    }
    // %127: *f16 = ptr_add %3, %10
    const i64 v127 = (v3 + (i64)v10);
    // %128: i32[128, 1] = expand_dims %15
    // %129: i32 = const
    const i32 v129 = 64;
    // %130: i32[128, 1] = broadcast %129
    // %131: i32[128, 1] = mul %128, %130
    // %132: *f16[128, 1] = broadcast %127
    // %133: *f16[128, 1] = ptr_add %132, %131
    // %134: i32[1, 64] = expand_dims %16
    // %135: *f16[128, 64] = broadcast %133
    // %136: i32[128, 64] = broadcast %134
    // %137: *f16[128, 64] = ptr_add %135, %136
    // %138: f32[128, 64] = var_load
    f32 v138[64];
    #pragma unroll
    for (int c = 0; c < 64; ++c) v138[c] = x2[c];
    // %139: f32[128] = var_load
    f32 v139[4];
    #pragma unroll
    for (int c = 0; c < 4; ++c) v139[c] = x1[c];
    // %140: f32[128, 1] = expand_dims %139
    // %141: f32[128, 64] = broadcast %140
    // %142: f32[128, 64] = div %138, %141
    f32 v142[64];
    {
        v142[0] = __fdiv_rn(v138[0], v139[0]);
    }
    {
        v142[1] = __fdiv_rn(v138[1], v139[0]);
    }
    {
        v142[2] = __fdiv_rn(v138[2], v139[1]);
    }
    {
        v142[3] = __fdiv_rn(v138[3], v139[1]);
    }
    {
        v142[4] = __fdiv_rn(v138[4], v139[0]);
    }
    {
        v142[5] = __fdiv_rn(v138[5], v139[0]);
    }
    {
        v142[6] = __fdiv_rn(v138[6], v139[1]);
    }
    {
        v142[7] = __fdiv_rn(v138[7], v139[1]);
    }
    {
        v142[8] = __fdiv_rn(v138[8], v139[0]);
    }
    {
        v142[9] = __fdiv_rn(v138[9], v139[0]);
    }
    {
        v142[10] = __fdiv_rn(v138[10], v139[1]);
    }
    {
        v142[11] = __fdiv_rn(v138[11], v139[1]);
    }
    {
        v142[12] = __fdiv_rn(v138[12], v139[0]);
    }
    {
        v142[13] = __fdiv_rn(v138[13], v139[0]);
    }
    {
        v142[14] = __fdiv_rn(v138[14], v139[1]);
    }
    {
        v142[15] = __fdiv_rn(v138[15], v139[1]);
    }
    {
        v142[16] = __fdiv_rn(v138[16], v139[0]);
    }
    {
        v142[17] = __fdiv_rn(v138[17], v139[0]);
    }
    {
        v142[18] = __fdiv_rn(v138[18], v139[1]);
    }
    {
        v142[19] = __fdiv_rn(v138[19], v139[1]);
    }
    {
        v142[20] = __fdiv_rn(v138[20], v139[0]);
    }
    {
        v142[21] = __fdiv_rn(v138[21], v139[0]);
    }
    {
        v142[22] = __fdiv_rn(v138[22], v139[1]);
    }
    {
        v142[23] = __fdiv_rn(v138[23], v139[1]);
    }
    {
        v142[24] = __fdiv_rn(v138[24], v139[0]);
    }
    {
        v142[25] = __fdiv_rn(v138[25], v139[0]);
    }
    {
        v142[26] = __fdiv_rn(v138[26], v139[1]);
    }
    {
        v142[27] = __fdiv_rn(v138[27], v139[1]);
    }
    {
        v142[28] = __fdiv_rn(v138[28], v139[0]);
    }
    {
        v142[29] = __fdiv_rn(v138[29], v139[0]);
    }
    {
        v142[30] = __fdiv_rn(v138[30], v139[1]);
    }
    {
        v142[31] = __fdiv_rn(v138[31], v139[1]);
    }
    {
        v142[32] = __fdiv_rn(v138[32], v139[2]);
    }
    {
        v142[33] = __fdiv_rn(v138[33], v139[2]);
    }
    {
        v142[34] = __fdiv_rn(v138[34], v139[3]);
    }
    {
        v142[35] = __fdiv_rn(v138[35], v139[3]);
    }
    {
        v142[36] = __fdiv_rn(v138[36], v139[2]);
    }
    {
        v142[37] = __fdiv_rn(v138[37], v139[2]);
    }
    {
        v142[38] = __fdiv_rn(v138[38], v139[3]);
    }
    {
        v142[39] = __fdiv_rn(v138[39], v139[3]);
    }
    {
        v142[40] = __fdiv_rn(v138[40], v139[2]);
    }
    {
        v142[41] = __fdiv_rn(v138[41], v139[2]);
    }
    {
        v142[42] = __fdiv_rn(v138[42], v139[3]);
    }
    {
        v142[43] = __fdiv_rn(v138[43], v139[3]);
    }
    {
        v142[44] = __fdiv_rn(v138[44], v139[2]);
    }
    {
        v142[45] = __fdiv_rn(v138[45], v139[2]);
    }
    {
        v142[46] = __fdiv_rn(v138[46], v139[3]);
    }
    {
        v142[47] = __fdiv_rn(v138[47], v139[3]);
    }
    {
        v142[48] = __fdiv_rn(v138[48], v139[2]);
    }
    {
        v142[49] = __fdiv_rn(v138[49], v139[2]);
    }
    {
        v142[50] = __fdiv_rn(v138[50], v139[3]);
    }
    {
        v142[51] = __fdiv_rn(v138[51], v139[3]);
    }
    {
        v142[52] = __fdiv_rn(v138[52], v139[2]);
    }
    {
        v142[53] = __fdiv_rn(v138[53], v139[2]);
    }
    {
        v142[54] = __fdiv_rn(v138[54], v139[3]);
    }
    {
        v142[55] = __fdiv_rn(v138[55], v139[3]);
    }
    {
        v142[56] = __fdiv_rn(v138[56], v139[2]);
    }
    {
        v142[57] = __fdiv_rn(v138[57], v139[2]);
    }
    {
        v142[58] = __fdiv_rn(v138[58], v139[3]);
    }
    {
        v142[59] = __fdiv_rn(v138[59], v139[3]);
    }
    {
        v142[60] = __fdiv_rn(v138[60], v139[2]);
    }
    {
        v142[61] = __fdiv_rn(v138[61], v139[2]);
    }
    {
        v142[62] = __fdiv_rn(v138[62], v139[3]);
    }
    {
        v142[63] = __fdiv_rn(v138[63], v139[3]);
    }
    // %143: f16[128, 64] = cast %142
    f32 v143[64];
    u32 h408[32];
    h408[0] = ox_cvt_f16x2_f32(v142[0], v142[1]);
    h408[1] = ox_cvt_f16x2_f32(v142[2], v142[3]);
    h408[2] = ox_cvt_f16x2_f32(v142[4], v142[5]);
    h408[3] = ox_cvt_f16x2_f32(v142[6], v142[7]);
    h408[4] = ox_cvt_f16x2_f32(v142[8], v142[9]);
    h408[5] = ox_cvt_f16x2_f32(v142[10], v142[11]);
    h408[6] = ox_cvt_f16x2_f32(v142[12], v142[13]);
    h408[7] = ox_cvt_f16x2_f32(v142[14], v142[15]);
    h408[8] = ox_cvt_f16x2_f32(v142[16], v142[17]);
    h408[9] = ox_cvt_f16x2_f32(v142[18], v142[19]);
    h408[10] = ox_cvt_f16x2_f32(v142[20], v142[21]);
    h408[11] = ox_cvt_f16x2_f32(v142[22], v142[23]);
    h408[12] = ox_cvt_f16x2_f32(v142[24], v142[25]);
    h408[13] = ox_cvt_f16x2_f32(v142[26], v142[27]);
    h408[14] = ox_cvt_f16x2_f32(v142[28], v142[29]);
    h408[15] = ox_cvt_f16x2_f32(v142[30], v142[31]);
    h408[16] = ox_cvt_f16x2_f32(v142[32], v142[33]);
    h408[17] = ox_cvt_f16x2_f32(v142[34], v142[35]);
    h408[18] = ox_cvt_f16x2_f32(v142[36], v142[37]);
    h408[19] = ox_cvt_f16x2_f32(v142[38], v142[39]);
    h408[20] = ox_cvt_f16x2_f32(v142[40], v142[41]);
    h408[21] = ox_cvt_f16x2_f32(v142[42], v142[43]);
    h408[22] = ox_cvt_f16x2_f32(v142[44], v142[45]);
    h408[23] = ox_cvt_f16x2_f32(v142[46], v142[47]);
    h408[24] = ox_cvt_f16x2_f32(v142[48], v142[49]);
    h408[25] = ox_cvt_f16x2_f32(v142[50], v142[51]);
    h408[26] = ox_cvt_f16x2_f32(v142[52], v142[53]);
    h408[27] = ox_cvt_f16x2_f32(v142[54], v142[55]);
    h408[28] = ox_cvt_f16x2_f32(v142[56], v142[57]);
    h408[29] = ox_cvt_f16x2_f32(v142[58], v142[59]);
    h408[30] = ox_cvt_f16x2_f32(v142[60], v142[61]);
    h408[31] = ox_cvt_f16x2_f32(v142[62], v142[63]);
    v143[0] = ox_cvt_f32_f16((u16)h408[0]); v143[1] = ox_cvt_f32_f16((u16)(h408[0] >> 16));
    v143[2] = ox_cvt_f32_f16((u16)h408[1]); v143[3] = ox_cvt_f32_f16((u16)(h408[1] >> 16));
    v143[4] = ox_cvt_f32_f16((u16)h408[2]); v143[5] = ox_cvt_f32_f16((u16)(h408[2] >> 16));
    v143[6] = ox_cvt_f32_f16((u16)h408[3]); v143[7] = ox_cvt_f32_f16((u16)(h408[3] >> 16));
    v143[8] = ox_cvt_f32_f16((u16)h408[4]); v143[9] = ox_cvt_f32_f16((u16)(h408[4] >> 16));
    v143[10] = ox_cvt_f32_f16((u16)h408[5]); v143[11] = ox_cvt_f32_f16((u16)(h408[5] >> 16));
    v143[12] = ox_cvt_f32_f16((u16)h408[6]); v143[13] = ox_cvt_f32_f16((u16)(h408[6] >> 16));
    v143[14] = ox_cvt_f32_f16((u16)h408[7]); v143[15] = ox_cvt_f32_f16((u16)(h408[7] >> 16));
    v143[16] = ox_cvt_f32_f16((u16)h408[8]); v143[17] = ox_cvt_f32_f16((u16)(h408[8] >> 16));
    v143[18] = ox_cvt_f32_f16((u16)h408[9]); v143[19] = ox_cvt_f32_f16((u16)(h408[9] >> 16));
    v143[20] = ox_cvt_f32_f16((u16)h408[10]); v143[21] = ox_cvt_f32_f16((u16)(h408[10] >> 16));
    v143[22] = ox_cvt_f32_f16((u16)h408[11]); v143[23] = ox_cvt_f32_f16((u16)(h408[11] >> 16));
    v143[24] = ox_cvt_f32_f16((u16)h408[12]); v143[25] = ox_cvt_f32_f16((u16)(h408[12] >> 16));
    v143[26] = ox_cvt_f32_f16((u16)h408[13]); v143[27] = ox_cvt_f32_f16((u16)(h408[13] >> 16));
    v143[28] = ox_cvt_f32_f16((u16)h408[14]); v143[29] = ox_cvt_f32_f16((u16)(h408[14] >> 16));
    v143[30] = ox_cvt_f32_f16((u16)h408[15]); v143[31] = ox_cvt_f32_f16((u16)(h408[15] >> 16));
    v143[32] = ox_cvt_f32_f16((u16)h408[16]); v143[33] = ox_cvt_f32_f16((u16)(h408[16] >> 16));
    v143[34] = ox_cvt_f32_f16((u16)h408[17]); v143[35] = ox_cvt_f32_f16((u16)(h408[17] >> 16));
    v143[36] = ox_cvt_f32_f16((u16)h408[18]); v143[37] = ox_cvt_f32_f16((u16)(h408[18] >> 16));
    v143[38] = ox_cvt_f32_f16((u16)h408[19]); v143[39] = ox_cvt_f32_f16((u16)(h408[19] >> 16));
    v143[40] = ox_cvt_f32_f16((u16)h408[20]); v143[41] = ox_cvt_f32_f16((u16)(h408[20] >> 16));
    v143[42] = ox_cvt_f32_f16((u16)h408[21]); v143[43] = ox_cvt_f32_f16((u16)(h408[21] >> 16));
    v143[44] = ox_cvt_f32_f16((u16)h408[22]); v143[45] = ox_cvt_f32_f16((u16)(h408[22] >> 16));
    v143[46] = ox_cvt_f32_f16((u16)h408[23]); v143[47] = ox_cvt_f32_f16((u16)(h408[23] >> 16));
    v143[48] = ox_cvt_f32_f16((u16)h408[24]); v143[49] = ox_cvt_f32_f16((u16)(h408[24] >> 16));
    v143[50] = ox_cvt_f32_f16((u16)h408[25]); v143[51] = ox_cvt_f32_f16((u16)(h408[25] >> 16));
    v143[52] = ox_cvt_f32_f16((u16)h408[26]); v143[53] = ox_cvt_f32_f16((u16)(h408[26] >> 16));
    v143[54] = ox_cvt_f32_f16((u16)h408[27]); v143[55] = ox_cvt_f32_f16((u16)(h408[27] >> 16));
    v143[56] = ox_cvt_f32_f16((u16)h408[28]); v143[57] = ox_cvt_f32_f16((u16)(h408[28] >> 16));
    v143[58] = ox_cvt_f32_f16((u16)h408[29]); v143[59] = ox_cvt_f32_f16((u16)(h408[29] >> 16));
    v143[60] = ox_cvt_f32_f16((u16)h408[30]); v143[61] = ox_cvt_f32_f16((u16)(h408[30] >> 16));
    v143[62] = ox_cvt_f32_f16((u16)h408[31]); v143[63] = ox_cvt_f32_f16((u16)(h408[31] >> 16));
    // %144: bool[128, 64] = broadcast %22
    // store %137, %143, %144
    #pragma unroll
    for (int c = 0; c < 64; ++c) {
        const int e = (((c) / 8 * 128 + tid) * 8 + (c) % 8);
        {
            const i32 l409 = ((i32)((u32)(u32)v12 + (u32)(u32)(e / 64)));
            const i32 l410 = ((i32)((u32)(u32)l409 * (u32)(u32)v129));
            const i64 l411 = (v127 + (i64)l410);
            const i64 l412 = (l411 + (i64)(e % 64));
            const bool l413 = (l409 < v4);
            const bool l414 = (l413 || v20);
            if (!ox_fail && l414 && !((u64)l412 < n3)) { ox_record(ox_status, 1u, 3u, (u64)l412, 1u, 0u); ox_fail = true; }
        }
    }
    if (__syncthreads_or(ox_fail)) return;
    {
        const i32 l415 = ((i32)((u32)(u32)v12 + (u32)(u32)((((((tid) >> 5) >> 2) * 128) + ((((tid) >> 5) & 3) * 16)) + (((tid) & 31) >> 2))));
        const i32 l416 = ((i32)((u32)(u32)l415 * (u32)(u32)v129));
        const i64 l417 = (v127 + (i64)l416);
        const i64 l418 = (l417 + (i64)((0 * 64) + (((tid) & 3) * 2)));
        const bool l419 = (l415 < v4);
        const bool l420 = (l419 || v20);
        if (!ox_fail && l420) { if ((u64)l418 < n3) p3[l418] = ox_f16_raw(v142[0]); else { ox_record(ox_status, 1u, 3u, (u64)l418, 1u, 0u); ox_fail = true; } }
        const i64 l421 = (l417 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 1));
        if (!ox_fail && l420) { if ((u64)l421 < n3) p3[l421] = ox_f16_raw(v142[1]); else { ox_record(ox_status, 1u, 3u, (u64)l421, 1u, 0u); ox_fail = true; } }
    }
    {
        const i32 l422 = ((i32)((u32)(u32)v12 + (u32)(u32)(((((((tid) >> 5) >> 2) * 128) + ((((tid) >> 5) & 3) * 16)) + (((tid) & 31) >> 2)) + 8)));
        const i32 l423 = ((i32)((u32)(u32)l422 * (u32)(u32)v129));
        const i64 l424 = (v127 + (i64)l423);
        const i64 l425 = (l424 + (i64)((0 * 64) + (((tid) & 3) * 2)));
        const bool l426 = (l422 < v4);
        const bool l427 = (l426 || v20);
        if (!ox_fail && l427) { if ((u64)l425 < n3) p3[l425] = ox_f16_raw(v142[2]); else { ox_record(ox_status, 1u, 3u, (u64)l425, 1u, 0u); ox_fail = true; } }
        const i64 l428 = (l424 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 1));
        if (!ox_fail && l427) { if ((u64)l428 < n3) p3[l428] = ox_f16_raw(v142[3]); else { ox_record(ox_status, 1u, 3u, (u64)l428, 1u, 0u); ox_fail = true; } }
    }
    {
        const i32 l429 = ((i32)((u32)(u32)v12 + (u32)(u32)((((((tid) >> 5) >> 2) * 128) + ((((tid) >> 5) & 3) * 16)) + (((tid) & 31) >> 2))));
        const i32 l430 = ((i32)((u32)(u32)l429 * (u32)(u32)v129));
        const i64 l431 = (v127 + (i64)l430);
        const i64 l432 = (l431 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 8));
        const bool l433 = (l429 < v4);
        const bool l434 = (l433 || v20);
        if (!ox_fail && l434) { if ((u64)l432 < n3) p3[l432] = ox_f16_raw(v142[4]); else { ox_record(ox_status, 1u, 3u, (u64)l432, 1u, 0u); ox_fail = true; } }
        const i64 l435 = (l431 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 9));
        if (!ox_fail && l434) { if ((u64)l435 < n3) p3[l435] = ox_f16_raw(v142[5]); else { ox_record(ox_status, 1u, 3u, (u64)l435, 1u, 0u); ox_fail = true; } }
    }
    {
        const i32 l436 = ((i32)((u32)(u32)v12 + (u32)(u32)(((((((tid) >> 5) >> 2) * 128) + ((((tid) >> 5) & 3) * 16)) + (((tid) & 31) >> 2)) + 8)));
        const i32 l437 = ((i32)((u32)(u32)l436 * (u32)(u32)v129));
        const i64 l438 = (v127 + (i64)l437);
        const i64 l439 = (l438 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 8));
        const bool l440 = (l436 < v4);
        const bool l441 = (l440 || v20);
        if (!ox_fail && l441) { if ((u64)l439 < n3) p3[l439] = ox_f16_raw(v142[6]); else { ox_record(ox_status, 1u, 3u, (u64)l439, 1u, 0u); ox_fail = true; } }
        const i64 l442 = (l438 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 9));
        if (!ox_fail && l441) { if ((u64)l442 < n3) p3[l442] = ox_f16_raw(v142[7]); else { ox_record(ox_status, 1u, 3u, (u64)l442, 1u, 0u); ox_fail = true; } }
    }
    {
        const i32 l443 = ((i32)((u32)(u32)v12 + (u32)(u32)((((((tid) >> 5) >> 2) * 128) + ((((tid) >> 5) & 3) * 16)) + (((tid) & 31) >> 2))));
        const i32 l444 = ((i32)((u32)(u32)l443 * (u32)(u32)v129));
        const i64 l445 = (v127 + (i64)l444);
        const i64 l446 = (l445 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 16));
        const bool l447 = (l443 < v4);
        const bool l448 = (l447 || v20);
        if (!ox_fail && l448) { if ((u64)l446 < n3) p3[l446] = ox_f16_raw(v142[8]); else { ox_record(ox_status, 1u, 3u, (u64)l446, 1u, 0u); ox_fail = true; } }
        const i64 l449 = (l445 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 17));
        if (!ox_fail && l448) { if ((u64)l449 < n3) p3[l449] = ox_f16_raw(v142[9]); else { ox_record(ox_status, 1u, 3u, (u64)l449, 1u, 0u); ox_fail = true; } }
    }
    {
        const i32 l450 = ((i32)((u32)(u32)v12 + (u32)(u32)(((((((tid) >> 5) >> 2) * 128) + ((((tid) >> 5) & 3) * 16)) + (((tid) & 31) >> 2)) + 8)));
        const i32 l451 = ((i32)((u32)(u32)l450 * (u32)(u32)v129));
        const i64 l452 = (v127 + (i64)l451);
        const i64 l453 = (l452 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 16));
        const bool l454 = (l450 < v4);
        const bool l455 = (l454 || v20);
        if (!ox_fail && l455) { if ((u64)l453 < n3) p3[l453] = ox_f16_raw(v142[10]); else { ox_record(ox_status, 1u, 3u, (u64)l453, 1u, 0u); ox_fail = true; } }
        const i64 l456 = (l452 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 17));
        if (!ox_fail && l455) { if ((u64)l456 < n3) p3[l456] = ox_f16_raw(v142[11]); else { ox_record(ox_status, 1u, 3u, (u64)l456, 1u, 0u); ox_fail = true; } }
    }
    {
        const i32 l457 = ((i32)((u32)(u32)v12 + (u32)(u32)((((((tid) >> 5) >> 2) * 128) + ((((tid) >> 5) & 3) * 16)) + (((tid) & 31) >> 2))));
        const i32 l458 = ((i32)((u32)(u32)l457 * (u32)(u32)v129));
        const i64 l459 = (v127 + (i64)l458);
        const i64 l460 = (l459 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 24));
        const bool l461 = (l457 < v4);
        const bool l462 = (l461 || v20);
        if (!ox_fail && l462) { if ((u64)l460 < n3) p3[l460] = ox_f16_raw(v142[12]); else { ox_record(ox_status, 1u, 3u, (u64)l460, 1u, 0u); ox_fail = true; } }
        const i64 l463 = (l459 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 25));
        if (!ox_fail && l462) { if ((u64)l463 < n3) p3[l463] = ox_f16_raw(v142[13]); else { ox_record(ox_status, 1u, 3u, (u64)l463, 1u, 0u); ox_fail = true; } }
    }
    {
        const i32 l464 = ((i32)((u32)(u32)v12 + (u32)(u32)(((((((tid) >> 5) >> 2) * 128) + ((((tid) >> 5) & 3) * 16)) + (((tid) & 31) >> 2)) + 8)));
        const i32 l465 = ((i32)((u32)(u32)l464 * (u32)(u32)v129));
        const i64 l466 = (v127 + (i64)l465);
        const i64 l467 = (l466 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 24));
        const bool l468 = (l464 < v4);
        const bool l469 = (l468 || v20);
        if (!ox_fail && l469) { if ((u64)l467 < n3) p3[l467] = ox_f16_raw(v142[14]); else { ox_record(ox_status, 1u, 3u, (u64)l467, 1u, 0u); ox_fail = true; } }
        const i64 l470 = (l466 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 25));
        if (!ox_fail && l469) { if ((u64)l470 < n3) p3[l470] = ox_f16_raw(v142[15]); else { ox_record(ox_status, 1u, 3u, (u64)l470, 1u, 0u); ox_fail = true; } }
    }
    {
        const i32 l471 = ((i32)((u32)(u32)v12 + (u32)(u32)((((((tid) >> 5) >> 2) * 128) + ((((tid) >> 5) & 3) * 16)) + (((tid) & 31) >> 2))));
        const i32 l472 = ((i32)((u32)(u32)l471 * (u32)(u32)v129));
        const i64 l473 = (v127 + (i64)l472);
        const i64 l474 = (l473 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 32));
        const bool l475 = (l471 < v4);
        const bool l476 = (l475 || v20);
        if (!ox_fail && l476) { if ((u64)l474 < n3) p3[l474] = ox_f16_raw(v142[16]); else { ox_record(ox_status, 1u, 3u, (u64)l474, 1u, 0u); ox_fail = true; } }
        const i64 l477 = (l473 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 33));
        if (!ox_fail && l476) { if ((u64)l477 < n3) p3[l477] = ox_f16_raw(v142[17]); else { ox_record(ox_status, 1u, 3u, (u64)l477, 1u, 0u); ox_fail = true; } }
    }
    {
        const i32 l478 = ((i32)((u32)(u32)v12 + (u32)(u32)(((((((tid) >> 5) >> 2) * 128) + ((((tid) >> 5) & 3) * 16)) + (((tid) & 31) >> 2)) + 8)));
        const i32 l479 = ((i32)((u32)(u32)l478 * (u32)(u32)v129));
        const i64 l480 = (v127 + (i64)l479);
        const i64 l481 = (l480 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 32));
        const bool l482 = (l478 < v4);
        const bool l483 = (l482 || v20);
        if (!ox_fail && l483) { if ((u64)l481 < n3) p3[l481] = ox_f16_raw(v142[18]); else { ox_record(ox_status, 1u, 3u, (u64)l481, 1u, 0u); ox_fail = true; } }
        const i64 l484 = (l480 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 33));
        if (!ox_fail && l483) { if ((u64)l484 < n3) p3[l484] = ox_f16_raw(v142[19]); else { ox_record(ox_status, 1u, 3u, (u64)l484, 1u, 0u); ox_fail = true; } }
    }
    {
        const i32 l485 = ((i32)((u32)(u32)v12 + (u32)(u32)((((((tid) >> 5) >> 2) * 128) + ((((tid) >> 5) & 3) * 16)) + (((tid) & 31) >> 2))));
        const i32 l486 = ((i32)((u32)(u32)l485 * (u32)(u32)v129));
        const i64 l487 = (v127 + (i64)l486);
        const i64 l488 = (l487 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 40));
        const bool l489 = (l485 < v4);
        const bool l490 = (l489 || v20);
        if (!ox_fail && l490) { if ((u64)l488 < n3) p3[l488] = ox_f16_raw(v142[20]); else { ox_record(ox_status, 1u, 3u, (u64)l488, 1u, 0u); ox_fail = true; } }
        const i64 l491 = (l487 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 41));
        if (!ox_fail && l490) { if ((u64)l491 < n3) p3[l491] = ox_f16_raw(v142[21]); else { ox_record(ox_status, 1u, 3u, (u64)l491, 1u, 0u); ox_fail = true; } }
    }
    {
        const i32 l492 = ((i32)((u32)(u32)v12 + (u32)(u32)(((((((tid) >> 5) >> 2) * 128) + ((((tid) >> 5) & 3) * 16)) + (((tid) & 31) >> 2)) + 8)));
        const i32 l493 = ((i32)((u32)(u32)l492 * (u32)(u32)v129));
        const i64 l494 = (v127 + (i64)l493);
        const i64 l495 = (l494 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 40));
        const bool l496 = (l492 < v4);
        const bool l497 = (l496 || v20);
        if (!ox_fail && l497) { if ((u64)l495 < n3) p3[l495] = ox_f16_raw(v142[22]); else { ox_record(ox_status, 1u, 3u, (u64)l495, 1u, 0u); ox_fail = true; } }
        const i64 l498 = (l494 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 41));
        if (!ox_fail && l497) { if ((u64)l498 < n3) p3[l498] = ox_f16_raw(v142[23]); else { ox_record(ox_status, 1u, 3u, (u64)l498, 1u, 0u); ox_fail = true; } }
    }
    {
        const i32 l499 = ((i32)((u32)(u32)v12 + (u32)(u32)((((((tid) >> 5) >> 2) * 128) + ((((tid) >> 5) & 3) * 16)) + (((tid) & 31) >> 2))));
        const i32 l500 = ((i32)((u32)(u32)l499 * (u32)(u32)v129));
        const i64 l501 = (v127 + (i64)l500);
        const i64 l502 = (l501 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 48));
        const bool l503 = (l499 < v4);
        const bool l504 = (l503 || v20);
        if (!ox_fail && l504) { if ((u64)l502 < n3) p3[l502] = ox_f16_raw(v142[24]); else { ox_record(ox_status, 1u, 3u, (u64)l502, 1u, 0u); ox_fail = true; } }
        const i64 l505 = (l501 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 49));
        if (!ox_fail && l504) { if ((u64)l505 < n3) p3[l505] = ox_f16_raw(v142[25]); else { ox_record(ox_status, 1u, 3u, (u64)l505, 1u, 0u); ox_fail = true; } }
    }
    {
        const i32 l506 = ((i32)((u32)(u32)v12 + (u32)(u32)(((((((tid) >> 5) >> 2) * 128) + ((((tid) >> 5) & 3) * 16)) + (((tid) & 31) >> 2)) + 8)));
        const i32 l507 = ((i32)((u32)(u32)l506 * (u32)(u32)v129));
        const i64 l508 = (v127 + (i64)l507);
        const i64 l509 = (l508 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 48));
        const bool l510 = (l506 < v4);
        const bool l511 = (l510 || v20);
        if (!ox_fail && l511) { if ((u64)l509 < n3) p3[l509] = ox_f16_raw(v142[26]); else { ox_record(ox_status, 1u, 3u, (u64)l509, 1u, 0u); ox_fail = true; } }
        const i64 l512 = (l508 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 49));
        if (!ox_fail && l511) { if ((u64)l512 < n3) p3[l512] = ox_f16_raw(v142[27]); else { ox_record(ox_status, 1u, 3u, (u64)l512, 1u, 0u); ox_fail = true; } }
    }
    {
        const i32 l513 = ((i32)((u32)(u32)v12 + (u32)(u32)((((((tid) >> 5) >> 2) * 128) + ((((tid) >> 5) & 3) * 16)) + (((tid) & 31) >> 2))));
        const i32 l514 = ((i32)((u32)(u32)l513 * (u32)(u32)v129));
        const i64 l515 = (v127 + (i64)l514);
        const i64 l516 = (l515 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 56));
        const bool l517 = (l513 < v4);
        const bool l518 = (l517 || v20);
        if (!ox_fail && l518) { if ((u64)l516 < n3) p3[l516] = ox_f16_raw(v142[28]); else { ox_record(ox_status, 1u, 3u, (u64)l516, 1u, 0u); ox_fail = true; } }
        const i64 l519 = (l515 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 57));
        if (!ox_fail && l518) { if ((u64)l519 < n3) p3[l519] = ox_f16_raw(v142[29]); else { ox_record(ox_status, 1u, 3u, (u64)l519, 1u, 0u); ox_fail = true; } }
    }
    {
        const i32 l520 = ((i32)((u32)(u32)v12 + (u32)(u32)(((((((tid) >> 5) >> 2) * 128) + ((((tid) >> 5) & 3) * 16)) + (((tid) & 31) >> 2)) + 8)));
        const i32 l521 = ((i32)((u32)(u32)l520 * (u32)(u32)v129));
        const i64 l522 = (v127 + (i64)l521);
        const i64 l523 = (l522 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 56));
        const bool l524 = (l520 < v4);
        const bool l525 = (l524 || v20);
        if (!ox_fail && l525) { if ((u64)l523 < n3) p3[l523] = ox_f16_raw(v142[30]); else { ox_record(ox_status, 1u, 3u, (u64)l523, 1u, 0u); ox_fail = true; } }
        const i64 l526 = (l522 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 57));
        if (!ox_fail && l525) { if ((u64)l526 < n3) p3[l526] = ox_f16_raw(v142[31]); else { ox_record(ox_status, 1u, 3u, (u64)l526, 1u, 0u); ox_fail = true; } }
    }
    {
        const i32 l527 = ((i32)((u32)(u32)v12 + (u32)(u32)(((((((tid) >> 5) >> 2) * 128) + ((((tid) >> 5) & 3) * 16)) + (((tid) & 31) >> 2)) + 64)));
        const i32 l528 = ((i32)((u32)(u32)l527 * (u32)(u32)v129));
        const i64 l529 = (v127 + (i64)l528);
        const i64 l530 = (l529 + (i64)((0 * 64) + (((tid) & 3) * 2)));
        const bool l531 = (l527 < v4);
        const bool l532 = (l531 || v20);
        if (!ox_fail && l532) { if ((u64)l530 < n3) p3[l530] = ox_f16_raw(v142[32]); else { ox_record(ox_status, 1u, 3u, (u64)l530, 1u, 0u); ox_fail = true; } }
        const i64 l533 = (l529 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 1));
        if (!ox_fail && l532) { if ((u64)l533 < n3) p3[l533] = ox_f16_raw(v142[33]); else { ox_record(ox_status, 1u, 3u, (u64)l533, 1u, 0u); ox_fail = true; } }
    }
    {
        const i32 l534 = ((i32)((u32)(u32)v12 + (u32)(u32)(((((((tid) >> 5) >> 2) * 128) + ((((tid) >> 5) & 3) * 16)) + (((tid) & 31) >> 2)) + 72)));
        const i32 l535 = ((i32)((u32)(u32)l534 * (u32)(u32)v129));
        const i64 l536 = (v127 + (i64)l535);
        const i64 l537 = (l536 + (i64)((0 * 64) + (((tid) & 3) * 2)));
        const bool l538 = (l534 < v4);
        const bool l539 = (l538 || v20);
        if (!ox_fail && l539) { if ((u64)l537 < n3) p3[l537] = ox_f16_raw(v142[34]); else { ox_record(ox_status, 1u, 3u, (u64)l537, 1u, 0u); ox_fail = true; } }
        const i64 l540 = (l536 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 1));
        if (!ox_fail && l539) { if ((u64)l540 < n3) p3[l540] = ox_f16_raw(v142[35]); else { ox_record(ox_status, 1u, 3u, (u64)l540, 1u, 0u); ox_fail = true; } }
    }
    {
        const i32 l541 = ((i32)((u32)(u32)v12 + (u32)(u32)(((((((tid) >> 5) >> 2) * 128) + ((((tid) >> 5) & 3) * 16)) + (((tid) & 31) >> 2)) + 64)));
        const i32 l542 = ((i32)((u32)(u32)l541 * (u32)(u32)v129));
        const i64 l543 = (v127 + (i64)l542);
        const i64 l544 = (l543 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 8));
        const bool l545 = (l541 < v4);
        const bool l546 = (l545 || v20);
        if (!ox_fail && l546) { if ((u64)l544 < n3) p3[l544] = ox_f16_raw(v142[36]); else { ox_record(ox_status, 1u, 3u, (u64)l544, 1u, 0u); ox_fail = true; } }
        const i64 l547 = (l543 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 9));
        if (!ox_fail && l546) { if ((u64)l547 < n3) p3[l547] = ox_f16_raw(v142[37]); else { ox_record(ox_status, 1u, 3u, (u64)l547, 1u, 0u); ox_fail = true; } }
    }
    {
        const i32 l548 = ((i32)((u32)(u32)v12 + (u32)(u32)(((((((tid) >> 5) >> 2) * 128) + ((((tid) >> 5) & 3) * 16)) + (((tid) & 31) >> 2)) + 72)));
        const i32 l549 = ((i32)((u32)(u32)l548 * (u32)(u32)v129));
        const i64 l550 = (v127 + (i64)l549);
        const i64 l551 = (l550 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 8));
        const bool l552 = (l548 < v4);
        const bool l553 = (l552 || v20);
        if (!ox_fail && l553) { if ((u64)l551 < n3) p3[l551] = ox_f16_raw(v142[38]); else { ox_record(ox_status, 1u, 3u, (u64)l551, 1u, 0u); ox_fail = true; } }
        const i64 l554 = (l550 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 9));
        if (!ox_fail && l553) { if ((u64)l554 < n3) p3[l554] = ox_f16_raw(v142[39]); else { ox_record(ox_status, 1u, 3u, (u64)l554, 1u, 0u); ox_fail = true; } }
    }
    {
        const i32 l555 = ((i32)((u32)(u32)v12 + (u32)(u32)(((((((tid) >> 5) >> 2) * 128) + ((((tid) >> 5) & 3) * 16)) + (((tid) & 31) >> 2)) + 64)));
        const i32 l556 = ((i32)((u32)(u32)l555 * (u32)(u32)v129));
        const i64 l557 = (v127 + (i64)l556);
        const i64 l558 = (l557 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 16));
        const bool l559 = (l555 < v4);
        const bool l560 = (l559 || v20);
        if (!ox_fail && l560) { if ((u64)l558 < n3) p3[l558] = ox_f16_raw(v142[40]); else { ox_record(ox_status, 1u, 3u, (u64)l558, 1u, 0u); ox_fail = true; } }
        const i64 l561 = (l557 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 17));
        if (!ox_fail && l560) { if ((u64)l561 < n3) p3[l561] = ox_f16_raw(v142[41]); else { ox_record(ox_status, 1u, 3u, (u64)l561, 1u, 0u); ox_fail = true; } }
    }
    {
        const i32 l562 = ((i32)((u32)(u32)v12 + (u32)(u32)(((((((tid) >> 5) >> 2) * 128) + ((((tid) >> 5) & 3) * 16)) + (((tid) & 31) >> 2)) + 72)));
        const i32 l563 = ((i32)((u32)(u32)l562 * (u32)(u32)v129));
        const i64 l564 = (v127 + (i64)l563);
        const i64 l565 = (l564 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 16));
        const bool l566 = (l562 < v4);
        const bool l567 = (l566 || v20);
        if (!ox_fail && l567) { if ((u64)l565 < n3) p3[l565] = ox_f16_raw(v142[42]); else { ox_record(ox_status, 1u, 3u, (u64)l565, 1u, 0u); ox_fail = true; } }
        const i64 l568 = (l564 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 17));
        if (!ox_fail && l567) { if ((u64)l568 < n3) p3[l568] = ox_f16_raw(v142[43]); else { ox_record(ox_status, 1u, 3u, (u64)l568, 1u, 0u); ox_fail = true; } }
    }
    {
        const i32 l569 = ((i32)((u32)(u32)v12 + (u32)(u32)(((((((tid) >> 5) >> 2) * 128) + ((((tid) >> 5) & 3) * 16)) + (((tid) & 31) >> 2)) + 64)));
        const i32 l570 = ((i32)((u32)(u32)l569 * (u32)(u32)v129));
        const i64 l571 = (v127 + (i64)l570);
        const i64 l572 = (l571 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 24));
        const bool l573 = (l569 < v4);
        const bool l574 = (l573 || v20);
        if (!ox_fail && l574) { if ((u64)l572 < n3) p3[l572] = ox_f16_raw(v142[44]); else { ox_record(ox_status, 1u, 3u, (u64)l572, 1u, 0u); ox_fail = true; } }
        const i64 l575 = (l571 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 25));
        if (!ox_fail && l574) { if ((u64)l575 < n3) p3[l575] = ox_f16_raw(v142[45]); else { ox_record(ox_status, 1u, 3u, (u64)l575, 1u, 0u); ox_fail = true; } }
    }
    {
        const i32 l576 = ((i32)((u32)(u32)v12 + (u32)(u32)(((((((tid) >> 5) >> 2) * 128) + ((((tid) >> 5) & 3) * 16)) + (((tid) & 31) >> 2)) + 72)));
        const i32 l577 = ((i32)((u32)(u32)l576 * (u32)(u32)v129));
        const i64 l578 = (v127 + (i64)l577);
        const i64 l579 = (l578 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 24));
        const bool l580 = (l576 < v4);
        const bool l581 = (l580 || v20);
        if (!ox_fail && l581) { if ((u64)l579 < n3) p3[l579] = ox_f16_raw(v142[46]); else { ox_record(ox_status, 1u, 3u, (u64)l579, 1u, 0u); ox_fail = true; } }
        const i64 l582 = (l578 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 25));
        if (!ox_fail && l581) { if ((u64)l582 < n3) p3[l582] = ox_f16_raw(v142[47]); else { ox_record(ox_status, 1u, 3u, (u64)l582, 1u, 0u); ox_fail = true; } }
    }
    {
        const i32 l583 = ((i32)((u32)(u32)v12 + (u32)(u32)(((((((tid) >> 5) >> 2) * 128) + ((((tid) >> 5) & 3) * 16)) + (((tid) & 31) >> 2)) + 64)));
        const i32 l584 = ((i32)((u32)(u32)l583 * (u32)(u32)v129));
        const i64 l585 = (v127 + (i64)l584);
        const i64 l586 = (l585 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 32));
        const bool l587 = (l583 < v4);
        const bool l588 = (l587 || v20);
        if (!ox_fail && l588) { if ((u64)l586 < n3) p3[l586] = ox_f16_raw(v142[48]); else { ox_record(ox_status, 1u, 3u, (u64)l586, 1u, 0u); ox_fail = true; } }
        const i64 l589 = (l585 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 33));
        if (!ox_fail && l588) { if ((u64)l589 < n3) p3[l589] = ox_f16_raw(v142[49]); else { ox_record(ox_status, 1u, 3u, (u64)l589, 1u, 0u); ox_fail = true; } }
    }
    {
        const i32 l590 = ((i32)((u32)(u32)v12 + (u32)(u32)(((((((tid) >> 5) >> 2) * 128) + ((((tid) >> 5) & 3) * 16)) + (((tid) & 31) >> 2)) + 72)));
        const i32 l591 = ((i32)((u32)(u32)l590 * (u32)(u32)v129));
        const i64 l592 = (v127 + (i64)l591);
        const i64 l593 = (l592 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 32));
        const bool l594 = (l590 < v4);
        const bool l595 = (l594 || v20);
        if (!ox_fail && l595) { if ((u64)l593 < n3) p3[l593] = ox_f16_raw(v142[50]); else { ox_record(ox_status, 1u, 3u, (u64)l593, 1u, 0u); ox_fail = true; } }
        const i64 l596 = (l592 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 33));
        if (!ox_fail && l595) { if ((u64)l596 < n3) p3[l596] = ox_f16_raw(v142[51]); else { ox_record(ox_status, 1u, 3u, (u64)l596, 1u, 0u); ox_fail = true; } }
    }
    {
        const i32 l597 = ((i32)((u32)(u32)v12 + (u32)(u32)(((((((tid) >> 5) >> 2) * 128) + ((((tid) >> 5) & 3) * 16)) + (((tid) & 31) >> 2)) + 64)));
        const i32 l598 = ((i32)((u32)(u32)l597 * (u32)(u32)v129));
        const i64 l599 = (v127 + (i64)l598);
        const i64 l600 = (l599 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 40));
        const bool l601 = (l597 < v4);
        const bool l602 = (l601 || v20);
        if (!ox_fail && l602) { if ((u64)l600 < n3) p3[l600] = ox_f16_raw(v142[52]); else { ox_record(ox_status, 1u, 3u, (u64)l600, 1u, 0u); ox_fail = true; } }
        const i64 l603 = (l599 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 41));
        if (!ox_fail && l602) { if ((u64)l603 < n3) p3[l603] = ox_f16_raw(v142[53]); else { ox_record(ox_status, 1u, 3u, (u64)l603, 1u, 0u); ox_fail = true; } }
    }
    {
        const i32 l604 = ((i32)((u32)(u32)v12 + (u32)(u32)(((((((tid) >> 5) >> 2) * 128) + ((((tid) >> 5) & 3) * 16)) + (((tid) & 31) >> 2)) + 72)));
        const i32 l605 = ((i32)((u32)(u32)l604 * (u32)(u32)v129));
        const i64 l606 = (v127 + (i64)l605);
        const i64 l607 = (l606 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 40));
        const bool l608 = (l604 < v4);
        const bool l609 = (l608 || v20);
        if (!ox_fail && l609) { if ((u64)l607 < n3) p3[l607] = ox_f16_raw(v142[54]); else { ox_record(ox_status, 1u, 3u, (u64)l607, 1u, 0u); ox_fail = true; } }
        const i64 l610 = (l606 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 41));
        if (!ox_fail && l609) { if ((u64)l610 < n3) p3[l610] = ox_f16_raw(v142[55]); else { ox_record(ox_status, 1u, 3u, (u64)l610, 1u, 0u); ox_fail = true; } }
    }
    {
        const i32 l611 = ((i32)((u32)(u32)v12 + (u32)(u32)(((((((tid) >> 5) >> 2) * 128) + ((((tid) >> 5) & 3) * 16)) + (((tid) & 31) >> 2)) + 64)));
        const i32 l612 = ((i32)((u32)(u32)l611 * (u32)(u32)v129));
        const i64 l613 = (v127 + (i64)l612);
        const i64 l614 = (l613 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 48));
        const bool l615 = (l611 < v4);
        const bool l616 = (l615 || v20);
        if (!ox_fail && l616) { if ((u64)l614 < n3) p3[l614] = ox_f16_raw(v142[56]); else { ox_record(ox_status, 1u, 3u, (u64)l614, 1u, 0u); ox_fail = true; } }
        const i64 l617 = (l613 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 49));
        if (!ox_fail && l616) { if ((u64)l617 < n3) p3[l617] = ox_f16_raw(v142[57]); else { ox_record(ox_status, 1u, 3u, (u64)l617, 1u, 0u); ox_fail = true; } }
    }
    {
        const i32 l618 = ((i32)((u32)(u32)v12 + (u32)(u32)(((((((tid) >> 5) >> 2) * 128) + ((((tid) >> 5) & 3) * 16)) + (((tid) & 31) >> 2)) + 72)));
        const i32 l619 = ((i32)((u32)(u32)l618 * (u32)(u32)v129));
        const i64 l620 = (v127 + (i64)l619);
        const i64 l621 = (l620 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 48));
        const bool l622 = (l618 < v4);
        const bool l623 = (l622 || v20);
        if (!ox_fail && l623) { if ((u64)l621 < n3) p3[l621] = ox_f16_raw(v142[58]); else { ox_record(ox_status, 1u, 3u, (u64)l621, 1u, 0u); ox_fail = true; } }
        const i64 l624 = (l620 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 49));
        if (!ox_fail && l623) { if ((u64)l624 < n3) p3[l624] = ox_f16_raw(v142[59]); else { ox_record(ox_status, 1u, 3u, (u64)l624, 1u, 0u); ox_fail = true; } }
    }
    {
        const i32 l625 = ((i32)((u32)(u32)v12 + (u32)(u32)(((((((tid) >> 5) >> 2) * 128) + ((((tid) >> 5) & 3) * 16)) + (((tid) & 31) >> 2)) + 64)));
        const i32 l626 = ((i32)((u32)(u32)l625 * (u32)(u32)v129));
        const i64 l627 = (v127 + (i64)l626);
        const i64 l628 = (l627 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 56));
        const bool l629 = (l625 < v4);
        const bool l630 = (l629 || v20);
        if (!ox_fail && l630) { if ((u64)l628 < n3) p3[l628] = ox_f16_raw(v142[60]); else { ox_record(ox_status, 1u, 3u, (u64)l628, 1u, 0u); ox_fail = true; } }
        const i64 l631 = (l627 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 57));
        if (!ox_fail && l630) { if ((u64)l631 < n3) p3[l631] = ox_f16_raw(v142[61]); else { ox_record(ox_status, 1u, 3u, (u64)l631, 1u, 0u); ox_fail = true; } }
    }
    {
        const i32 l632 = ((i32)((u32)(u32)v12 + (u32)(u32)(((((((tid) >> 5) >> 2) * 128) + ((((tid) >> 5) & 3) * 16)) + (((tid) & 31) >> 2)) + 72)));
        const i32 l633 = ((i32)((u32)(u32)l632 * (u32)(u32)v129));
        const i64 l634 = (v127 + (i64)l633);
        const i64 l635 = (l634 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 56));
        const bool l636 = (l632 < v4);
        const bool l637 = (l636 || v20);
        if (!ox_fail && l637) { if ((u64)l635 < n3) p3[l635] = ox_f16_raw(v142[62]); else { ox_record(ox_status, 1u, 3u, (u64)l635, 1u, 0u); ox_fail = true; } }
        const i64 l638 = (l634 + (i64)(((0 * 64) + (((tid) & 3) * 2)) + 57));
        if (!ox_fail && l637) { if ((u64)l638 < n3) p3[l638] = ox_f16_raw(v142[63]); else { ox_record(ox_status, 1u, 3u, (u64)l638, 1u, 0u); ox_fail = true; } }
    }
    }
}
