// oxemu.h: runs the CUDA C that oxtile generates on the CPU, for the tests of the code
// generator on machines without a GPU (see backends/cuda/src/emu.rs).
//
// Every CUDA thread of a block is a fiber on one OS thread (RESIDENT_THREADS of them at
// once: the grid runs in waves, as on a GPU), run round robin: a fiber runs until it reaches a barrier, a warp-collective instruction or an
// atomic, then the next one runs. That makes every run deterministic, and a missing barrier
// shows up as a wrong result rather than as a rare race.
//
// What it models, and how:
// - `__syncthreads`, `__syncthreads_or`: block barriers; exited threads stop counting.
// - `__shfl_xor_sync`: lanes exchange through per-warp slots between two warp barriers.
// - `ldmatrix` (x4, x2, each plain or .trans), `stmatrix` (x4) and `mma.sync` m16n8k16 (f16/bf16 -> f32),
//   m16n8k32 (i8/u8 -> i32, fp8 -> f32) and m16n8k8 (tf32 -> f32): the fragment layouts of
//   the PTX ISA, computed from the whole warp's registers; float sums in double, integer sums
//   exact and wrapping. `cvt.rna.tf32.f32` as ptxas lowers it (see ox_cvt_tf32).
// - `cp.async` (16 bytes): queued per thread, grouped by `commit_group`, and
//   copied at the first barrier after a `wait_group` retired the group: the latest the
//   hardware may make them visible to other threads (OX_EMU_CP_ASYNC=issue copies at issue
//   instead: running both ways exposes a read before the wait and a write over data still
//   being read).
// - Atomics are plain read-modify-writes (one OS thread) followed by a yield, so that spin
//   loops let other fibers run.
// - Fast math's `ex2.approx.ftz.f32` and `div.full.f32`: within the PTX ISA's error bounds,
//   not bit for bit (see ox_ex2_approx); no contraction (the kernels build without it).
// - `vprintf` decodes the argument buffer as the CUDA device printf lays it out.
// - Buffers sit between red zones and guard pages; an access out of bounds up to
//   max(1 MiB, the buffer's size) past either end fails the run (exit status 6).
//
// Two ways to build a program: a unit that defines OX_EMU_RUNTIME before this header holds
// everything; or the host side is compiled once per directory of programs (this header
// with OX_EMU_RUNTIME, `-c`) and each kernel's unit, without it (and through a precompiled
// header), links with that object: a small kernel's build takes a quarter of the time. The
// emulator's state is in inline variables, so both units share one copy.
//
// The host side (`main`) reads a launch description from argv[1], runs it, and writes every
// buffer back to argv[2]. A watchdog ends a run that does not finish in OX_EMU_TIMEOUT
// seconds (default 60), which is how a barrier deadlock surfaces.
#pragma once
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <signal.h>
#include <sys/mman.h>
#include <ucontext.h>
#include <unistd.h>
#include <utility>
#include <vector>

#define OX_EMU 1
// The prelude declares CUDA's `vprintf(const char*, const char*)`; glibc's has a `va_list`.
#define vprintf ox_emu_vprintf

typedef unsigned int ox_emu_u32;
typedef unsigned long long ox_emu_u64;

struct ox_emu_dim3 {
    unsigned x, y, z;
};
struct uint2 {
    unsigned x, y;
};
struct alignas(16) uint4 {
    unsigned x, y, z, w;
};
static inline uint2 make_uint2(unsigned x, unsigned y) { return uint2{x, y}; }
static inline uint4 make_uint4(unsigned x, unsigned y, unsigned z, unsigned w) {
    return uint4{x, y, z, w};
}

namespace oxemu {

// ---- fibers' contexts -------------------------------------------------------------------
// A switch between fibers saves the callee-saved registers on the running fiber's stack and
// loads the other's: on x86-64 Linux by hand (about 5 ns; glibc's swapcontext also saves
// and restores the signal mask with a system call each time, which took most of a run's
// time), elsewhere with ucontext (define OX_EMU_UCONTEXT to force it).
#if defined(__x86_64__) && defined(__linux__) && !defined(OX_EMU_UCONTEXT)
#define OX_EMU_FAST_SWITCH 1
struct Context {
    void* sp;
};
extern "C" void ox_emu_switch(void** from, void* to);
#ifdef OX_EMU_RUNTIME
__asm__(
    ".text\n"
    ".globl ox_emu_switch\n"
    ".type ox_emu_switch,@function\n"
    "ox_emu_switch:\n"
    "    pushq %rbp\n"
    "    pushq %rbx\n"
    "    pushq %r12\n"
    "    pushq %r13\n"
    "    pushq %r14\n"
    "    pushq %r15\n"
    "    movq %rsp, (%rdi)\n"
    "    movq %rsi, %rsp\n"
    "    popq %r15\n"
    "    popq %r14\n"
    "    popq %r13\n"
    "    popq %r12\n"
    "    popq %rbx\n"
    "    popq %rbp\n"
    "    ret\n"
    ".size ox_emu_switch,.-ox_emu_switch\n");
#endif
static inline void switch_context(Context& from, Context& to) { ox_emu_switch(&from.sp, to.sp); }
// A context that starts `start` on the stack [stack, stack + bytes): the first switch to it
// pops six zero registers and "returns" into `start` with the stack aligned as after a call.
static void make_context(Context& c, void* stack, size_t bytes, void (*start)()) {
    uintptr_t top = ((uintptr_t)stack + bytes) & ~(uintptr_t)15;
    void** sp = (void**)top;
    *--sp = nullptr;          // `start`'s return address: it never returns
    *--sp = (void*)start;     // where `ret` goes
    for (int i = 0; i < 6; ++i) *--sp = nullptr;  // rbp, rbx, r12-r15
    c.sp = sp;
}
#else
struct Context {
    ucontext_t uc;
};
static inline void switch_context(Context& from, Context& to) { swapcontext(&from.uc, &to.uc); }
static void make_context(Context& c, void* stack, size_t bytes, void (*start)()) {
    getcontext(&c.uc);
    c.uc.uc_stack.ss_sp = stack;
    c.uc.uc_stack.ss_size = bytes;
    c.uc.uc_link = nullptr;
    makecontext(&c.uc, start, 0);
}
#endif

struct Pending {
    unsigned char* dst;
    unsigned char data[16];
    unsigned group;
};

// A wgmma result in flight: written to the thread's accumulator registers by the
// wgmma.wait_group that retires its group (until then the registers hold NaN).
struct WgPending {
    float* d;
    std::vector<float> value;
    unsigned group;
    // The shared-memory bytes its operands span (A, then B; empty: from registers): a
    // cp.async landing in them before the wait_group that retires it is a race (the
    // hardware reads the operands while the instruction runs).
    unsigned lo[2] = {~0u, ~0u}, hi[2] = {0u, 0u};
};

struct Sync;

struct Fiber {
    Context ctx;
    void* stack;
    ox_emu_dim3 thread_idx, block_idx;
    unsigned tid, block;  // thread in the block; the block's slot (see Block)
    bool done;
    // Parked at a barrier of generation `park_gen` of `park`: not scheduled until it is
    // released, so that threads waiting at a barrier cost no context switch while another
    // thread spins (a spin lock's holder then gets the CPU sooner).
    const Sync* park;
    unsigned park_gen;
    std::vector<Pending> pending;  // cp.async copies not yet landed
    unsigned committed;            // groups committed so far
    unsigned waited;               // groups a wait_group has retired (landed at a barrier)
    std::vector<WgPending> wg_pending;  // wgmma results not yet written (see `wgmma`)
    unsigned wg_committed;              // wgmma groups committed so far
};

struct Sync {
    unsigned live = 0, arrived = 0, gen = 0;
    int acc = 0, result = 0;
};

struct Warp {
    Sync sync;
    ox_emu_u64 slot[32][12];
};

// A slot for a resident block: the grid runs through a fixed number of these (see
// `resident_blocks`), the next block of the grid taking the slot of one that finished.
struct Block {
    ox_emu_u64 id = 0;         // the block's linear index in the grid
    bool active = false;       // holds a block that has not finished
    unsigned remaining = 0;    // its threads that have not exited
    unsigned char* smem = nullptr;
    // Race detection on the bytes `ldmatrix` reads and `cp.async` writes: the barrier epoch
    // (block barrier generation + 1; 0: never) of the last such read and write of each byte.
    std::vector<unsigned> read_epoch, write_epoch;
    ox_emu_u64 bcast = 0;
    Sync sync;
    std::vector<Warp> warps;
};

// The emulator's state. Inline variables: one object each, shared by the kernel's
// translation unit and the runtime's when they are compiled apart (see OX_EMU_RUNTIME).
inline std::vector<Fiber> fibers;
inline std::vector<Block> blocks;
inline Fiber* cur = nullptr;
inline Context scheduler;
inline ox_emu_dim3 grid_dim, block_dim;
// Blocks of the grid (64 bits: a grid may hold up to (2^31 - 1) * 65535 * 65535 blocks),
// and how many have finished (reported when the watchdog ends a run).
inline ox_emu_u64 total_blocks = 0;
inline volatile ox_emu_u64 finished_blocks = 0;
inline bool land_at_issue = false;
inline size_t smem_bytes = 0;

// Counts events that move a run forward (arrivals, releases, exits, atomics): a scheduling
// round without any is a deadlock. (A thread spinning forever on an atomic is a livelock
// the watchdog ends instead.)
inline unsigned long long progress = 0;

static void yield() { switch_context(cur->ctx, scheduler); }

static void release(Sync& s) {
    progress++;
    s.result = s.acc;
    s.acc = 0;
    s.arrived = 0;
    s.gen++;
}

// Arrives at a barrier; returns the OR of every arriver's `pred`.
static int arrive(Sync& s, int pred) {
    unsigned gen = s.gen;
    s.acc |= pred;
    progress++;
    if (++s.arrived == s.live) {
        release(s);
    } else {
        while (s.gen == gen) {
            cur->park = &s;
            cur->park_gen = gen;
            yield();
        }
        cur->park = nullptr;
    }
    return s.result;
}

static Block& block() { return blocks[cur->block]; }
static Warp& warp() { return block().warps[cur->tid / 32]; }
static unsigned lane() { return cur->tid % 32; }

static void fail(const char* what);
static void leave() {
    if (!cur->wg_pending.empty()) fail("thread exits with wgmma results never waited for");
    Block& b = blocks[cur->block];
    Warp& w = b.warps[cur->tid / 32];
    progress++;
    for (Sync* s : {&b.sync, &w.sync}) {
        s->live--;
        if (s->arrived > 0 && s->arrived == s->live) release(*s);
    }
}

static void fail(const char* what) {
    fprintf(stderr, "oxemu: %s (block %llu, thread %u)\n", what,
            cur ? blocks[cur->block].id : 0ull, cur ? cur->tid : 0);
    exit(4);
}

static unsigned char* smem_at(unsigned addr, unsigned bytes) {
    if ((size_t)addr + bytes > smem_bytes) fail("shared-memory address out of range");
    return block().smem + addr;
}

static unsigned epoch() { return block().sync.gen + 1; }

// A write of bytes [at, at + n) of shared memory by `what`: no wgmma of the block still in
// flight (issued, not yet retired by a wgmma.wait_group) may read them.
static void check_wgmma_reads(size_t at, size_t n, const char* what) {
    for (const Fiber& f : fibers) {
        if (f.block != cur->block) continue;
        for (const WgPending& p : f.wg_pending) {
            for (int o = 0; o < 2; ++o) {
                if (at < p.hi[o] && p.lo[o] < at + n) {
                    fprintf(stderr, "oxemu: %s\n", what);
                    fail("race: shared memory overwritten while a wgmma still in flight reads "
                         "it (before the wgmma.wait_group that retires it)");
                }
            }
        }
    }
}

// A cp.async write landing: no thread may have read these bytes with ldmatrix since the
// last barrier (the write would race with that read on a GPU).
static void land(unsigned char* dst, const unsigned char* data) {
    Block& b = block();
    size_t at = (size_t)(dst - b.smem);
    check_wgmma_reads(at, 16, "cp.async lands in a wgmma operand");
    for (size_t i = at; i < at + 16; ++i) {
        if (b.read_epoch[i] == epoch()) {
            fail("race: cp.async overwrites shared memory an ldmatrix read since the last barrier");
        }
        b.write_epoch[i] = epoch();
    }
    memcpy(dst, data, 16);
}

// ---- cp.async -------------------------------------------------------------------------
static void land_through(unsigned group) {
    std::vector<Pending>& p = cur->pending;
    size_t keep = 0;
    for (size_t i = 0; i < p.size(); ++i) {
        if (p[i].group < group) {
            land(p[i].dst, p[i].data);
        } else {
            p[keep++] = p[i];
        }
    }
    p.resize(keep);
}

}  // namespace oxemu

// ---- CUDA built-in variables and qualifiers ---------------------------------------------
#define threadIdx (oxemu::cur->thread_idx)
#define blockIdx (oxemu::cur->block_idx)
#define blockDim (oxemu::block_dim)
#define gridDim (oxemu::grid_dim)
#define __global__
#define __device__
#define __forceinline__ inline
#define __noinline__ __attribute__((noinline))
#define __launch_bounds__(...)
#define __align__(n) alignas(n)

// ---- built-in functions -------------------------------------------------------------------
static inline float __uint_as_float(unsigned x) {
    float f;
    memcpy(&f, &x, 4);
    return f;
}
static inline unsigned __float_as_uint(float f) {
    unsigned x;
    memcpy(&x, &f, 4);
    return x;
}
static inline double __longlong_as_double(long long x) {
    double f;
    memcpy(&f, &x, 8);
    return f;
}
static inline long long __double_as_longlong(double f) {
    long long x;
    memcpy(&x, &f, 8);
    return x;
}
static inline unsigned __umulhi(unsigned a, unsigned b) {
    return (unsigned)(((unsigned long long)a * b) >> 32);
}
static inline int __clzll(long long x) { return x == 0 ? 64 : __builtin_clzll((unsigned long long)x); }
static inline int __clz(int x) { return x == 0 ? 32 : __builtin_clz((unsigned)x); }
static inline int __mulhi(int a, int b) { return (int)(((long long)a * (long long)b) >> 32); }
static inline long long __mul64hi(long long a, long long b) { return (long long)(((__int128)a * (__int128)b) >> 64); }
static inline unsigned long long __umul64hi(unsigned long long a, unsigned long long b) { return (unsigned long long)(((unsigned __int128)a * (unsigned __int128)b) >> 64); }
static inline int __popc(unsigned x) { return __builtin_popcount(x); }
static inline int __popcll(unsigned long long x) { return __builtin_popcountll(x); }
static inline float __fadd_rn(float a, float b) { return a + b; }
static inline float __fsub_rn(float a, float b) { return a - b; }
static inline float __fmul_rn(float a, float b) { return a * b; }
static inline float __fdiv_rn(float a, float b) { return a / b; }
static inline float __fsqrt_rn(float a) { return sqrtf(a); }
static inline float __frsqrt_rn(float a) { return (float)(1.0 / sqrt((double)a)); }
static inline double __dadd_rn(double a, double b) { return a + b; }
static inline double __dsub_rn(double a, double b) { return a - b; }
static inline double __dmul_rn(double a, double b) { return a * b; }
static inline double __ddiv_rn(double a, double b) { return a / b; }
static inline double __dsqrt_rn(double a) { return sqrt(a); }
static inline int max(int a, int b) { return a > b ? a : b; }
static inline int min(int a, int b) { return a < b ? a : b; }
static inline unsigned max(unsigned a, unsigned b) { return a > b ? a : b; }
static inline unsigned min(unsigned a, unsigned b) { return a < b ? a : b; }
static inline long long max(long long a, long long b) { return a > b ? a : b; }
static inline long long min(long long a, long long b) { return a < b ? a : b; }
static inline unsigned long long max(unsigned long long a, unsigned long long b) { return a > b ? a : b; }
static inline unsigned long long min(unsigned long long a, unsigned long long b) { return a < b ? a : b; }

// A barrier first lands the copies this thread's wait_group retired: cp.async writes are
// visible to other threads only after a barrier (and not even to the issuing warp's other
// lanes before one), so landing them any earlier could hide a missing barrier.
static inline void __syncthreads() {
    oxemu::land_through(oxemu::cur->waited);
    oxemu::arrive(oxemu::block().sync, 0);
}
static inline int __syncthreads_or(int p) {
    oxemu::land_through(oxemu::cur->waited);
    return oxemu::arrive(oxemu::block().sync, p != 0);
}
// A warp's barrier (every lane of the warp arrives; the emulator's warps are whole).
static inline void __syncwarp(unsigned = 0xffffffffu) { oxemu::arrive(oxemu::warp().sync, 0); }
static inline void __threadfence() {}
static inline void __threadfence_block() {}
static inline void __threadfence_system() {}

template <class T>
static inline T __shfl_xor_sync(unsigned, T v, int mask, int = 32) {
    static_assert(sizeof(T) <= 8, "shuffle of a value over 8 bytes");
    oxemu::Warp& w = oxemu::warp();
    unsigned l = oxemu::lane();
    memcpy(&w.slot[l][0], &v, sizeof(T));
    oxemu::arrive(w.sync, 0);
    T r;
    memcpy(&r, &w.slot[(l ^ (unsigned)mask) & 31u][0], sizeof(T));
    oxemu::arrive(w.sync, 0);
    return r;
}

// Atomics: one OS thread runs every fiber, so a read-modify-write is atomic; the yield after
// it lets a fiber spinning on a lock make way for the holder.
#define OX_EMU_ATOMIC(name, T, expr)          \
    static inline T name(T* p, T v) {         \
        T old = *p;                           \
        *p = (expr);                          \
        oxemu::progress++;                    \
        oxemu::yield();                       \
        return old;                           \
    }
#define OX_EMU_ATOMICS(T)                                   \
    OX_EMU_ATOMIC(atomicAdd, T, (T)(old + v))               \
    OX_EMU_ATOMIC(atomicExch, T, v)                         \
    OX_EMU_ATOMIC(atomicMax, T, (old > v ? old : v))        \
    OX_EMU_ATOMIC(atomicMin, T, (old < v ? old : v))        \
    OX_EMU_ATOMIC(atomicAnd, T, (T)(old & v))               \
    OX_EMU_ATOMIC(atomicOr, T, (T)(old | v))                \
    OX_EMU_ATOMIC(atomicXor, T, (T)(old ^ v))               \
    static inline T atomicCAS(T* p, T cmp, T v) {           \
        T old = *p;                                         \
        oxemu::progress++;                                  \
        if (old == cmp) *p = v;                             \
        oxemu::yield();                                     \
        return old;                                         \
    }
OX_EMU_ATOMICS(int)
OX_EMU_ATOMICS(unsigned)
OX_EMU_ATOMICS(long long)
OX_EMU_ATOMICS(unsigned long long)
OX_EMU_ATOMIC(atomicAdd, float, old + v)
OX_EMU_ATOMIC(atomicAdd, double, old + v)
OX_EMU_ATOMIC(atomicExch, float, v)
// Cache operators and eviction priorities: hints, plain accesses here.
#define OX_EMU_LD(NAME) template <class T> static inline T NAME(const T* p) { return *p; }
#define OX_EMU_ST(NAME) template <class T> static inline void NAME(T* p, T v) { *p = v; }
OX_EMU_LD(__ldca)
OX_EMU_LD(__ldcg)
OX_EMU_LD(__ldcs)
OX_EMU_LD(__ldlu)
OX_EMU_LD(__ldcv)
OX_EMU_LD(ox_ld_evict_first)
OX_EMU_LD(ox_ld_evict_last)
OX_EMU_ST(__stcg)
OX_EMU_ST(__stcs)
OX_EMU_ST(__stwb)
OX_EMU_ST(__stwt)
OX_EMU_ST(ox_st_evict_first)
OX_EMU_ST(ox_st_evict_last)
// One process runs every block: system scope is the only scope.
#define atomicAdd_system atomicAdd
#define atomicExch_system atomicExch
#define atomicMax_system atomicMax
#define atomicMin_system atomicMin
#define atomicAnd_system atomicAnd
#define atomicOr_system atomicOr
#define atomicXor_system atomicXor
#define atomicCAS_system atomicCAS
#define ox_atomic_max_f32_system ox_atomic_max_f32
#define ox_atomic_min_f32_system ox_atomic_min_f32
#define ox_atomic_add_f16_system ox_atomic_add_f16

// ---- the PTX primitives of the prelude ----------------------------------------------------
static inline float ox_emu_f16_to_f32(unsigned short h) {
    unsigned sign = (unsigned)(h & 0x8000u) << 16, e = (h >> 10) & 0x1fu, m = h & 0x3ffu;
    if (e == 0x1f) return __uint_as_float(sign | 0x7f800000u | (m << 13));
    if (e == 0) return (sign ? -1.0f : 1.0f) * ldexpf((float)m, -24);
    return __uint_as_float(sign | ((e + 112u) << 23) | (m << 13));
}
static inline unsigned short ox_emu_f32_to_f16(float x) {
    unsigned b = __float_as_uint(x), sign = (b >> 16) & 0x8000u, a = b & 0x7fffffffu;
    if (a > 0x7f800000u) return (unsigned short)(sign | 0x7fffu);  // cvt's canonical NaN
    if (a >= 0x477ff000u) return (unsigned short)(sign | 0x7c00u);  // rounds to infinity
    float f = __uint_as_float(a);
    if (f < 6.103515625e-05f) {  // subnormal (or zero): multiples of 2^-24, ties to even
        return (unsigned short)(sign | (unsigned)nearbyintf(ldexpf(f, 24)));
    }
    unsigned e = (a >> 23) - 112u, m = a & 0x7fffffu;
    unsigned r = (e << 10) | (m >> 13), rest = m & 0x1fffu;
    if (rest > 0x1000u || (rest == 0x1000u && (r & 1u))) r++;
    return (unsigned short)(sign | r);
}
// Fast math's approximate instructions (the codegen's FAST_PRELUDE), modeled within the
// PTX ISA's bounds rather than bit for bit (the hardware's tables are not public):
// `ex2.approx.ftz.f32` is the host's exp2f (under 1 ulp, inside the 2 ulp bound) with
// subnormal inputs and results flushed to zero, as .ftz does; `div.full.f32` scales the
// operands as the hardware does when |b| is outside [2^-126, 2^126], then multiplies by the
// rounded reciprocal: two roundings, at most 1.5 ulp (inside the 2 ulp bound), and often
// not the correctly rounded quotient (so tests can see that it ran).
static inline float ox_ex2_approx(float x) {
    if (std::fpclassify(x) == FP_SUBNORMAL) x = 0.0f;
    float r = exp2f(x);
    return std::fpclassify(r) == FP_SUBNORMAL ? 0.0f : r;
}
static inline float ox_div_full(float a, float b) {
    float m = fabsf(b);
    if (m > 0x1p126f) {
        a *= 0.25f;
        b *= 0.25f;
    } else if (m < 0x1p-126f && m != 0.0f) {
        a *= 0x1p24f;
        b *= 0x1p24f;
    }
    float r = 1.0f / b;
    return a * r;
}
static inline float ox_cvt_f32_f16(unsigned short h) { return ox_emu_f16_to_f32(h); }
static inline unsigned short ox_cvt_f16_f32(float x) { return ox_emu_f32_to_f16(x); }
static inline unsigned ox_cvt_f16x2_f32(float lo, float hi) {
    return (unsigned)ox_emu_f32_to_f16(lo) | ((unsigned)ox_emu_f32_to_f16(hi) << 16);
}
static inline unsigned short ox_atomic_add_f16(unsigned short* p, unsigned short v) {
    unsigned short old = *p;
    *p = ox_emu_f32_to_f16(ox_emu_f16_to_f32(old) + ox_emu_f16_to_f32(v));
    oxemu::progress++;
    oxemu::yield();
    return old;
}

static inline unsigned ox_smem_u32(const void* p) {
    const unsigned char* b = oxemu::block().smem;
    const unsigned char* q = (const unsigned char*)p;
    if (q < b || q >= b + oxemu::smem_bytes) oxemu::fail("ox_smem_u32 of a pointer outside shared memory");
    return (unsigned)(q - b);
}

namespace oxemu {
// One 8x8 matrix of 16-bit elements, rows at the addresses lanes 8j..8j+7 gave.
static unsigned short mat(const Warp& w, unsigned j, unsigned row, unsigned col) {
    unsigned addr = (unsigned)w.slot[8 * j + row][0];
    unsigned short v;
    unsigned char* p = smem_at(addr + 2 * col, 2);
    Block& b = block();
    for (size_t i = (size_t)(p - b.smem); i < (size_t)(p - b.smem) + 2; ++i) {
        if (b.write_epoch[i] == epoch()) {
            fail("race: ldmatrix reads shared memory a cp.async wrote since the last barrier");
        }
        b.read_epoch[i] = epoch();
    }
    memcpy(&v, p, 2);
    return v;
}
// ldmatrix .m8n8 with `n` matrices (1, 2, 4), transposed or not, for this lane.
static void ldmatrix(unsigned addr, unsigned n, bool trans, unsigned* r) {
    Warp& w = warp();
    unsigned l = lane();
    w.slot[l][0] = addr;
    if (addr % 16 != 0) fail("ldmatrix row address not 16-byte aligned");
    arrive(w.sync, 0);
    for (unsigned j = 0; j < n; ++j) {
        unsigned short lo, hi;
        if (!trans) {
            lo = mat(w, j, l / 4, 2 * (l % 4));
            hi = mat(w, j, l / 4, 2 * (l % 4) + 1);
        } else {
            lo = mat(w, j, 2 * (l % 4), l / 4);
            hi = mat(w, j, 2 * (l % 4) + 1, l / 4);
        }
        r[j] = (unsigned)lo | ((unsigned)hi << 16);
    }
    arrive(w.sync, 0);
}
// stmatrix .m8n8 (b16) with `n` matrices (1, 2, 4): lane l's r[j] holds row l/4, columns
// 2(l%4) and 2(l%4)+1 of matrix j, whose rows go to the 16-byte addresses lanes 8j..8j+7
// give (the inverse of ldmatrix without .trans).
static void stmatrix(unsigned addr, unsigned n, const unsigned* r) {
    Warp& w = warp();
    unsigned l = lane();
    if (addr % 16 != 0) fail("stmatrix row address not 16-byte aligned");
    w.slot[l][0] = addr;
    for (unsigned j = 0; j < n; ++j) w.slot[l][1 + j] = r[j];
    arrive(w.sync, 0);
    if (l / 8 < n) {
        unsigned j = l / 8, row = l % 8;
        unsigned char* p = smem_at(addr, 16);
        check_wgmma_reads((size_t)(p - block().smem), 16, "stmatrix writes a wgmma operand");
        for (unsigned c = 0; c < 4; ++c) {
            unsigned v = (unsigned)w.slot[4 * row + c][1 + j];
            memcpy(p + 4 * c, &v, 4);
        }
    }
    arrive(w.sync, 0);
}
// The operand types of mma.sync.
enum MmaType { F16, BF16, S8, U8, E4M3, E5M2, TF32 };

// An OCP fp8 value (E4M3: 4 exponent bits, no infinities, S.1111.111 the NaN; E5M2: IEEE-like).
static double fp8_val(unsigned b, bool e4m3) {
    int eb = e4m3 ? 4 : 5, mb = e4m3 ? 3 : 2, bias = e4m3 ? 7 : 15;
    unsigned e = (b >> mb) & ((1u << eb) - 1u), m = b & ((1u << mb) - 1u);
    double sign = (b >> 7) & 1u ? -1.0 : 1.0;
    if (e4m3 && e == 15u && m == 7u) return NAN;
    if (!e4m3 && e == 31u) return m ? NAN : sign * INFINITY;
    if (e == 0u) return sign * ldexp((double)m, 1 - bias - mb);
    return sign * ldexp((double)((1u << mb) | m), (int)e - bias - mb);
}

// Element `i` (of 2 halves, 4 bytes or 1 tf32) of a 32-bit register, as a number. A tf32
// operand is the register's top 19 bits: the tensor core ignores the low 13 (it truncates;
// rounding is the job of cvt.rna.tf32.f32 before).
static double elem(unsigned reg, unsigned i, MmaType t) {
    switch (t) {
        case TF32: return (double)__uint_as_float(reg & 0xffffe000u);
        case F16: return (double)ox_emu_f16_to_f32((unsigned short)(reg >> (16 * i)));
        case BF16: return (double)__uint_as_float((reg >> (16 * i)) << 16);
        case S8: return (double)(signed char)(reg >> (8 * i));
        case U8: return (double)(unsigned char)(reg >> (8 * i));
        case E4M3: return fp8_val((reg >> (8 * i)) & 0xffu, true);
        case E5M2: return fp8_val((reg >> (8 * i)) & 0xffu, false);
    }
    return 0.0;
}

// mma.sync.m16n8k{8,16,32}.row.col: slot[l] = a0..a3, b0, b1, c0..c3 (bits). The k of one
// instruction is 32 bytes: 8 tf32, 16 halves or 32 bytes. A register holds `per` consecutive
// k of one row (A) or column (B): A element (row, k) is in lane (row % 8) * 4 + (k % (4 per)) /
// per, register row / 8 + 2 * (k / (4 per)); B element (k, col) in lane col * 4 + (k % (4 per))
// / per, register k / (4 per) (the PTX ISA's fragment layouts; for tf32, per = 1: a0..a3 at
// (g, t), (g + 8, t), (g, t + 4), (g + 8, t + 4) and b0, b1 at (t, g), (t + 4, g), with
// g = lane / 4, t = lane % 4).
static void mma(unsigned* d, const unsigned* a, const unsigned* b, MmaType t) {
    Warp& w = warp();
    unsigned l = lane();
    for (int i = 0; i < 4; ++i) w.slot[l][i] = a[i];
    w.slot[l][4] = b[0];
    w.slot[l][5] = b[1];
    for (int i = 0; i < 4; ++i) w.slot[l][6 + i] = d[i];
    arrive(w.sync, 0);
    unsigned per = t == TF32 ? 1 : (t == F16 || t == BF16) ? 2 : 4, kk = 8 * per, half = 4 * per;
    bool integer = t == S8 || t == U8;
    unsigned g = l / 4, q = l % 4;
    for (int i = 0; i < 4; ++i) {
        unsigned row = g + 8 * (i / 2), col = 2 * q + (i % 2);
        double s = 0.0;
        for (unsigned k = 0; k < kk; ++k) {
            unsigned al = (row % 8) * 4 + (k % half) / per, ar = row / 8 + 2 * (k / half);
            unsigned bl = col * 4 + (k % half) / per, br = k / half;
            s += elem((unsigned)w.slot[al][ar], k % per, t) *
                 elem((unsigned)w.slot[bl][4 + br], k % per, t);
        }
        if (integer) {
            // |s| < 2^21: exact; the accumulator wraps.
            d[i] = d[i] + (unsigned)(long long)s;
        } else {
            d[i] = __float_as_uint((float)((double)__uint_as_float(d[i]) + s));
        }
    }
    arrive(w.sync, 0);
}

// ---- wgmma (sm_90a) ----------------------------------------------------------------------
// One element of a wgmma operand in shared memory, through its matrix descriptor: bits 0-13
// start address / 16, 16-29 leading byte offset / 16, 32-45 stride byte offset / 16, 62-63
// swizzle (1: 128B, 2: 64B, 3: 32B; 0, no swizzle, is not modelled). `mn` is the element's
// index along M (A) or N (B), `k` along K. K-major: 8-row core-matrix groups `SBO` apart,
// rows `W` (the swizzle width) apart, k contiguous. MN-major: slabs of `W` bytes of M/N
// `LBO` apart, rows of k `W` apart in groups of 8 `SBO` apart. The swizzle XORs address bits
// 4-6 (128B; 4-5 for 64B, 4 for 32B) with bits 7-9 of the (window-relative) address, which
// the generated code aligns to 1024 bytes.
static unsigned wg_addr(ox_emu_u64 desc, bool mn_major, unsigned mn, unsigned k, unsigned es) {
    unsigned start = (unsigned)(desc & 0x3fffu) << 4;
    unsigned lbo = (unsigned)((desc >> 16) & 0x3fffu) << 4;
    unsigned sbo = (unsigned)((desc >> 32) & 0x3fffu) << 4;
    unsigned mode = (unsigned)(desc >> 62);
    if (mode == 0) fail("wgmma descriptor without swizzling (not modelled)");
    if ((desc >> 49) & 7u) fail("wgmma descriptor with a base offset (not modelled)");
    unsigned w = mode == 1 ? 128u : mode == 2 ? 64u : 32u;
    unsigned a;
    if (!mn_major) {
        if (k * es >= w) fail("wgmma K-major operand wider than its swizzle");
        a = start + (mn / 8) * sbo + (mn % 8) * w + k * es;
    } else {
        a = start + (mn * es / w) * lbo + (k / 8) * sbo + (k % 8) * w + (mn * es) % w;
    }
    return a ^ (((a >> 7) & (w / 16u - 1u)) << 4);
}

// Bytes of one wgmma operand element of type `t`.
static unsigned wg_esize(MmaType t) { return t == TF32 ? 4u : (t == F16 || t == BF16) ? 2u : 1u; }

static double wg_elem(unsigned addr, MmaType t) {
    unsigned es = wg_esize(t);
    unsigned char* p = smem_at(addr, es);
    Block& b = block();
    for (size_t i = (size_t)(p - b.smem); i < (size_t)(p - b.smem) + es; ++i) {
        if (b.write_epoch[i] == epoch()) {
            fail("race: wgmma reads shared memory a cp.async wrote since the last barrier");
        }
        b.read_epoch[i] = epoch();
    }
    unsigned v = 0;
    memcpy(&v, p, es);
    return elem(v, 0, t);
}

// An accumulator register's input to a wgmma, as its 32-bit word: the word an earlier
// instruction still in flight writes to it (instructions on one accumulator chain in
// order), else the register.
static unsigned wg_word(const float* r) {
    unsigned in;
    memcpy(&in, r, 4);
    for (const WgPending& e : cur->wg_pending) {
        if (e.d <= r && r < e.d + e.value.size()) memcpy(&in, &e.value[(size_t)(r - e.d)], 4);
    }
    return in;
}
// The same input of an f32 accumulator, as a number.
static double wg_input(const float* r) { return (double)__uint_as_float(wg_word(r)); }

// Widens operand `o`'s span of pending wgmma `p` to the `es` bytes at `addr`.
static void wg_span(WgPending& p, int o, unsigned addr, unsigned es) {
    if (addr < p.lo[o]) p.lo[o] = addr;
    if (addr + es > p.hi[o]) p.hi[o] = addr + es;
}

// Queues a wgmma's results for its wait_group; its registers read NaN until then.
static void wg_issue(const WgPending& p) {
    cur->wg_pending.push_back(p);
    for (size_t i = 0; i < p.value.size(); ++i) p.d[i] = NAN;
}

// The part of a wgmma.mma_async with A and B through descriptors that every type shares:
// this thread's N/2 accumulator registers `d` (the PTX ISA's D layout: register i is row
// 16 (warp % 4) + lane / 4 + 8 ((i / 2) % 2), column 8 (i / 4) + 2 (lane % 4) + i % 2 of the
// 64xN tile), each given its products over one k-step (32 bytes of a row: k16 for f16/bf16,
// k32 for 8-bit factors, k8 for TF32) summed in double, exact for 8-bit integers (below
// 2^21), to `finish(i, sum)`, which returns the register's new 32-bit word. The operands are
// read now; the words are written by the wait_group that retires this group, and the
// registers read NaN's bits until then, so reading the accumulator early shows up as a
// wrong result.
template <typename F>
static void wg_mma(float* d, unsigned n, ox_emu_u64 da, ox_emu_u64 db, MmaType t, bool ta,
                   bool tb, F finish) {
    unsigned es = wg_esize(t), kn = 32 / es;
    unsigned wi = (cur->tid / 32) % 4, l = cur->tid % 32, g = l / 4, q = l % 4;
    WgPending p;
    p.d = d;
    p.group = cur->wg_committed;
    p.value.resize(n / 2);
    for (unsigned i = 0; i < n / 2; ++i) {
        unsigned row = wi * 16 + g + 8 * ((i / 2) % 2), col = (i / 4) * 8 + 2 * q + i % 2;
        double s = 0.0;
        for (unsigned k = 0; k < kn; ++k) {
            unsigned xa = wg_addr(da, ta, row, k, es), xb = wg_addr(db, tb, col, k, es);
            wg_span(p, 0, xa, es), wg_span(p, 1, xb, es);
            s += wg_elem(xa, t) * wg_elem(xb, t);
        }
        unsigned w = finish(i, s);
        memcpy(&p.value[i], &w, 4);
    }
    wg_issue(p);
}

// wgmma.mma_async (f16/bf16/fp8/TF32 -> f32): D += A·B, rounded once to f32.
// `zero` (scale-d 0): the accumulator's input is ignored, D = A·B.
static void wgmma(float* d, unsigned n, ox_emu_u64 da, ox_emu_u64 db, MmaType t, bool ta, bool tb,
                  bool zero = false) {
    wg_mma(d, n, da, db, t, ta, tb, [&](unsigned i, double s) {
        return __float_as_uint(zero ? (float)s : (float)(wg_input(d + i) + s));
    });
}

// wgmma.mma_async.m64nNk32.s32.{s8,u8}: D += A·B into s32 accumulator registers (held, like
// the float ones, as 32-bit words in WgPending), added wrapping modulo 2^32, as without
// `.satfinite`; both factors K-major.
static void wgmma_int(int* d, unsigned n, ox_emu_u64 da, ox_emu_u64 db, MmaType t,
                      bool zero = false) {
    float* f = reinterpret_cast<float*>(d);
    wg_mma(f, n, da, db, t, false, false, [&](unsigned i, double s) {
        unsigned in = zero ? 0u : wg_word(f + i);
        return in + (unsigned)(long long)s;
    });
}

// wgmma with A from registers (m64nNk16, f16/bf16): each thread's four words hold A
// elements of its warp's 16 rows as mma.m16n8k16's A fragment does (word r of lane l: row
// l / 4 + 8 (r % 2), columns 2 (l % 4) + 8 (r / 2) and the next). The warp's lanes exchange
// their words (a warp-collective step), then each computes its accumulators as `wgmma`.
static void wgmma_ra(float* d, unsigned n, const unsigned* a, ox_emu_u64 db, MmaType t, bool tb,
                     bool zero = false) {
    Warp& w = warp();
    unsigned l = lane(), g = l / 4, q = l % 4;
    for (int i = 0; i < 4; ++i) w.slot[l][i] = a[i];
    arrive(w.sync, 0);
    WgPending p;
    p.d = d;
    p.group = cur->wg_committed;
    p.value.resize(n / 2);
    for (unsigned i = 0; i < n / 2; ++i) {
        unsigned row = g + 8 * ((i / 2) % 2), col = (i / 4) * 8 + 2 * q + i % 2;
        double s = 0.0;
        for (unsigned k = 0; k < 16; ++k) {
            unsigned al = (row % 8) * 4 + (k % 8) / 2, ar = row / 8 + 2 * (k / 8);
            unsigned xb = wg_addr(db, tb, col, k, 2);
            wg_span(p, 1, xb, 2);
            s += elem((unsigned)w.slot[al][ar], k % 2, t) * wg_elem(xb, t);
        }
        p.value[i] = zero ? (float)s : (float)(wg_input(d + i) + s);
    }
    arrive(w.sync, 0);
    wg_issue(p);
}

// wgmma.wait_group N: the results of every group but the newest N land, in issue order; a
// register that a group still in flight also writes keeps reading NaN.
static void wg_wait(unsigned n) {
    unsigned c = cur->wg_committed;
    std::vector<WgPending>& ps = cur->wg_pending;
    std::vector<WgPending> keep, done;
    for (WgPending& e : ps) {
        if (c >= n && e.group < c - n) {
            done.push_back(std::move(e));
        } else {
            keep.push_back(std::move(e));
        }
    }
    for (const WgPending& e : done) {
        for (size_t j = 0; j < e.value.size(); ++j) {
            float* r = e.d + j;
            bool busy = false;
            for (const WgPending& k : keep) busy = busy || (k.d <= r && r < k.d + k.value.size());
            // Bit for bit (integer accumulators are held as 32-bit words too).
            if (!busy) memcpy(r, &e.value[j], 4);
        }
    }
    ps = std::move(keep);
}
}  // namespace oxemu

static inline void ox_ldsm_x4(unsigned a, unsigned& r0, unsigned& r1, unsigned& r2, unsigned& r3) {
    unsigned r[4];
    oxemu::ldmatrix(a, 4, false, r);
    r0 = r[0], r1 = r[1], r2 = r[2], r3 = r[3];
}
static inline void ox_ldsm_x4_t(unsigned a, unsigned& r0, unsigned& r1, unsigned& r2, unsigned& r3) {
    unsigned r[4];
    oxemu::ldmatrix(a, 4, true, r);
    r0 = r[0], r1 = r[1], r2 = r[2], r3 = r[3];
}
static inline void ox_ldsm_x2(unsigned a, unsigned& r0, unsigned& r1) {
    unsigned r[2];
    oxemu::ldmatrix(a, 2, false, r);
    r0 = r[0], r1 = r[1];
}
static inline void ox_stsm_x4(unsigned a, unsigned r0, unsigned r1, unsigned r2, unsigned r3) {
    unsigned r[4] = {r0, r1, r2, r3};
    oxemu::stmatrix(a, 4, r);
}
static inline void ox_ldsm_x2_t(unsigned a, unsigned& r0, unsigned& r1) {
    unsigned r[2];
    oxemu::ldmatrix(a, 2, true, r);
    r0 = r[0], r1 = r[1];
}
#define OX_EMU_MMA(name, T, type)                                                             \
    static inline void name(T& d0, T& d1, T& d2, T& d3, unsigned a0, unsigned a1, unsigned a2, \
                            unsigned a3, unsigned b0, unsigned b1) {                           \
        unsigned d[4], a[4] = {a0, a1, a2, a3}, b[2] = {b0, b1};                               \
        memcpy(&d[0], &d0, 4), memcpy(&d[1], &d1, 4), memcpy(&d[2], &d2, 4);                   \
        memcpy(&d[3], &d3, 4);                                                                 \
        oxemu::mma(d, a, b, oxemu::type);                                                      \
        memcpy(&d0, &d[0], 4), memcpy(&d1, &d[1], 4), memcpy(&d2, &d[2], 4);                   \
        memcpy(&d3, &d[3], 4);                                                                 \
    }
OX_EMU_MMA(ox_mma_f16, float, F16)
OX_EMU_MMA(ox_mma_bf16, float, BF16)
OX_EMU_MMA(ox_mma_s8, int, S8)
OX_EMU_MMA(ox_mma_u8, int, U8)
OX_EMU_MMA(ox_mma_e4m3, float, E4M3)
OX_EMU_MMA(ox_mma_e5m2, float, E5M2)
OX_EMU_MMA(ox_mma_tf32, float, TF32)

// wgmma's fences and groups (the instructions themselves: oxemu::wgmma, called by the
// wrappers the generated prelude defines per shape).
static inline void ox_wgmma_fence() {}
static inline void ox_wgmma_commit() { oxemu::cur->wg_committed++; }
template <int N>
static inline void ox_wgmma_wait() { oxemu::wg_wait((unsigned)N); }
static inline void ox_fence_proxy_async() {}
static inline void ox_wgmma_hold(float&) {}
static inline void ox_wgmma_hold(int&) {}

// cvt.rna.tf32.f32 as ptxas 13.0 lowers it for sm_80 and sm_90 (FSETP.GEU |x|, +INF; the
// add unless that holds; LOP3 with 0xffffe000): a NaN or infinity is only masked, so a NaN
// whose payload lies in the low 13 bits comes out an infinity (the generated ox_tf32_bits
// puts the quiet bit back).
static inline unsigned ox_cvt_tf32(float x) {
    unsigned b = __float_as_uint(x);
    if ((b & 0x7fffffffu) < 0x7f800000u) b += 0x1000u;  // not (|x| >= inf or unordered)
    return b & 0xffffe000u;
}

// cp.async.cg of 16 bytes.
template <typename T> static inline T* ox_opaque(T* p) { return p; }
static inline void ox_cp_async16(unsigned dst, const void* src) {
    oxemu::Pending p;
    p.dst = oxemu::smem_at(dst, 16);
    if (dst % 16 != 0) oxemu::fail("cp.async destination not 16-byte aligned");
    if (((unsigned long long)src) % 16 != 0) oxemu::fail("cp.async source not 16-byte aligned");
    memcpy(p.data, src, 16);
    p.group = oxemu::cur->committed;
    if (oxemu::land_at_issue) {
        oxemu::land(p.dst, p.data);
    } else {
        oxemu::cur->pending.push_back(p);
    }
}
// cp.async.cg of 16 bytes with a source size of 16 (`full`) or 0: zeros, `src` unread.
static inline void ox_cp_async16_zfill(unsigned dst, const void* src, bool full) {
    alignas(16) static const unsigned char zeros[16] = {};
    if (full) {
        ox_cp_async16(dst, src);
    } else {
        ox_cp_async16(dst, zeros);
    }
}
static inline void ox_cp_async_commit() { oxemu::cur->committed++; }
// Waits until at most `N` committed groups are still in flight.
template <int N>
static inline void ox_cp_async_wait() {
    unsigned c = oxemu::cur->committed;
    if (c > (unsigned)N && c - (unsigned)N > oxemu::cur->waited) oxemu::cur->waited = c - (unsigned)N;
}

// ---- device printf --------------------------------------------------------------------------
extern "C" inline int ox_emu_vprintf(const char* fmt, const char* args) {
    size_t off = 0;
    auto take = [&](size_t n) {
        off = (off + n - 1) / n * n;
        const char* p = args + off;
        off += n;
        return p;
    };
    for (const char* f = fmt; *f; ++f) {
        if (*f != '%') {
            putchar(*f);
            continue;
        }
        char spec[32];
        size_t n = 0;
        spec[n++] = *f++;
        int longs = 0;
        while (*f && !strchr("diouxXcsfeEgGaAp%", *f) && n < 28) {
            if (*f == 'l') longs++;
            spec[n++] = *f++;
        }
        if (!*f) break;
        spec[n++] = *f;
        spec[n] = 0;
        switch (*f) {
            case '%': putchar('%'); break;
            case 'f': case 'e': case 'E': case 'g': case 'G': case 'a': case 'A': {
                double v;
                memcpy(&v, take(8), 8);
                printf(spec, v);
                break;
            }
            case 's': case 'p': {
                const void* v;
                memcpy(&v, take(8), 8);
                printf(spec, v);
                break;
            }
            default:
                if (longs >= 2) {
                    long long v;
                    memcpy(&v, take(8), 8);
                    printf(spec, v);
                } else {
                    int v;
                    memcpy(&v, take(4), 4);
                    printf(spec, v);
                }
        }
    }
    return 0;
}

// ---- the host: launch description in, buffers out -----------------------------------------
namespace oxemu {
typedef void (*Entry)(void** args);
inline Entry entry;
inline void** entry_args;

template <class... P, size_t... I>
static void call(void (*k)(P...), void** args, std::index_sequence<I...>) {
    k(*reinterpret_cast<P*>(args[I])...);
}

// Reads the launch file argv[1], runs the grid of `entry`, writes the buffers to argv[2].
int run(int argc, char** argv);

// The host side, compiled once per directory of programs (the runtime object) or, in a
// unit that defines OX_EMU_RUNTIME itself, with the kernel.
#ifdef OX_EMU_RUNTIME
// Each buffer is mapped as [guard | red zone | buffer | red zone to the page's end | guard]:
// red zones (REDZONE bytes or more of a fixed fill, checked after the run) catch a write
// just past either end, whatever its size; guard pages (no access, max(MIN_GUARD, the
// buffer's size) bytes each side: address space only) catch any access farther out, as it
// happens. An access farther than a guard may land in other memory unnoticed.
static const size_t REDZONE = 256;
static const unsigned char REDZONE_BYTE = 0xCD;
static const size_t MIN_GUARD = 1 << 20;

struct Guarded {
    unsigned char* map;   // the whole mapping, guards included
    size_t map_bytes;
    unsigned char* zone;  // the accessible part: red zones and buffer
    size_t zone_bytes;
    unsigned char* buf;
    size_t len;
    size_t param;         // the kernel parameter word it was passed as
};
static std::vector<Guarded> guarded;

static size_t round_up(size_t n, size_t to) { return (n + to - 1) / to * to; }

// Maps a buffer of `len` bytes for parameter word `param` (see Guarded); null on failure.
static unsigned char* map_buffer(size_t len, size_t param) {
    size_t page = (size_t)sysconf(_SC_PAGESIZE);
    size_t guard = round_up(std::max(MIN_GUARD, len), page);
    size_t zone_bytes = round_up(REDZONE + len + REDZONE, page);
    size_t map_bytes = guard + zone_bytes + guard;
    void* m = mmap(nullptr, map_bytes, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE,
                   -1, 0);
    if (m == MAP_FAILED) return nullptr;
    unsigned char* zone = (unsigned char*)m + guard;
    if (mprotect(zone, zone_bytes, PROT_READ | PROT_WRITE) != 0) return nullptr;
    memset(zone, REDZONE_BYTE, zone_bytes);
    guarded.push_back({(unsigned char*)m, map_bytes, zone, zone_bytes, zone + REDZONE, len, param});
    return zone + REDZONE;
}

// A fault: in a buffer's guard, an out-of-bounds access named like the red zones' (exit 6);
// elsewhere, a wild access (exit 4). Runs on its own stack (a fiber's may be the culprit).
static void on_fault(int sig, siginfo_t* info, void*) {
    unsigned char* a = (unsigned char*)info->si_addr;
    char msg[512];
    int n;
    for (const Guarded& g : guarded) {
        if (a >= g.map && a < g.map + g.map_bytes) {
            n = snprintf(msg, sizeof msg,
                         "oxemu: an access out of bounds of the buffer of kernel parameter word "
                         "%zu: byte offset %lld (the buffer has %zu bytes)\n",
                         g.param, (long long)(a - g.buf), g.len);
            if (write(2, msg, (size_t)n) < 0) {}
            _exit(6);
        }
    }
    n = snprintf(msg, sizeof msg,
                 "oxemu: %s at address %p (block %llu, thread %u): an access outside every "
                 "buffer\n",
                 sig == SIGBUS ? "bus error" : "segmentation fault", info->si_addr,
                 cur ? blocks[cur->block].id : 0ull, cur ? cur->tid : 0);
    if (write(2, msg, (size_t)n) < 0) {}
    _exit(4);
}

static void catch_faults() {
    static char alt[1 << 16];
    stack_t st = {};
    st.ss_sp = alt;
    st.ss_size = sizeof alt;
    sigaltstack(&st, nullptr);
    struct sigaction sa = {};
    sa.sa_sigaction = on_fault;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGSEGV, &sa, nullptr);
    sigaction(SIGBUS, &sa, nullptr);
}
// The body of every fiber (the running one is `cur`).
static void trampoline() {
    entry(entry_args);
    land_through(~0u);
    cur->done = true;
    leave();
    blocks[cur->block].remaining--;
    switch_context(cur->ctx, scheduler);
}

static unsigned timeout_s = 60;

// Appends `v` in decimal at `p` (async-signal-safe, for the watchdog).
static char* put_u64(char* p, ox_emu_u64 v) {
    char digits[24];
    int n = 0;
    do digits[n++] = (char)('0' + v % 10); while ((v /= 10) != 0);
    while (n > 0) *p++ = digits[--n];
    return p;
}

static char* put_str(char* p, const char* s) {
    while (*s) *p++ = *s++;
    return p;
}

static void on_alarm(int) {
    char msg[512], *p = msg;
    p = put_str(p, "oxemu: timed out after ");
    p = put_u64(p, timeout_s);
    p = put_str(p, " s with ");
    p = put_u64(p, finished_blocks);
    p = put_str(p, " of ");
    p = put_u64(p, total_blocks);
    p = put_str(p,
                " programs finished (a barrier deadlock, a spin loop that never ends, or a "
                "grid too large to emulate in time; OX_EMU_TIMEOUT sets the limit)\n");
    if (write(2, msg, (size_t)(p - msg)) < 0) {}
    _exit(3);
}

static void read_exact(FILE* f, void* p, size_t n) {
    if (fread(p, 1, n, f) != n) {
        fprintf(stderr, "oxemu: short launch file\n");
        exit(5);
    }
}

// Threads resident at once: a GPU runs a grid in waves of the blocks that fit on its SMs,
// and so does the emulator, so that memory (a stack per thread, shared memory and its race
// records per block) does not grow with the grid (it grew by about 650 KB per block, 8.6 GB
// for 65,536 blocks). Half an SM's worth (at least one block): a GPU guarantees no more
// co-residency than that, and few enough that a spin lock's waiters, each a round of
// context switches, leave its holder the CPU (Triton's 2000-block lock: 0.8 s at 512
// threads, 6.3 s at 2048).
static const unsigned RESIDENT_THREADS = 1024;
static const size_t STACK_BYTES = 1 << 19;

static unsigned resident_blocks(ox_emu_u64 total, unsigned threads) {
    ox_emu_u64 fit = threads >= RESIDENT_THREADS ? 1 : RESIDENT_THREADS / threads;
    return (unsigned)std::min<ox_emu_u64>(total, fit);
}

// Allocates the slots' shared memory and the stacks of their threads (once per run).
static bool make_slots(unsigned slots, unsigned threads) {
    blocks.resize(slots);
    fibers.resize((size_t)slots * threads);
    for (Block& bl : blocks) {
        bl.smem = (unsigned char*)aligned_alloc(128, (smem_bytes + 128) / 128 * 128);
        bl.read_epoch.assign(smem_bytes, 0);
        bl.write_epoch.assign(smem_bytes, 0);
        bl.warps.resize((threads + 31) / 32);
    }
    for (Fiber& f : fibers) {
        f.stack = mmap(nullptr, STACK_BYTES, PROT_READ | PROT_WRITE,
                       MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
        if (f.stack == MAP_FAILED) {
            perror("oxemu: mmap");
            return false;
        }
    }
    return true;
}

// Starts block `id` of the grid in slot `s`: fresh shared memory (garbage, not zeros:
// reads before writes show), barriers and threads.
static void start_block(unsigned s, ox_emu_u64 id) {
    unsigned threads = block_dim.x;
    Block& bl = blocks[s];
    bl.id = id;
    bl.active = true;
    bl.remaining = threads;
    bl.bcast = 0;
    memset(bl.smem, 0xA5, smem_bytes);
    std::fill(bl.read_epoch.begin(), bl.read_epoch.end(), 0u);
    std::fill(bl.write_epoch.begin(), bl.write_epoch.end(), 0u);
    bl.sync = Sync{};
    bl.sync.live = threads;
    for (unsigned w = 0; w < bl.warps.size(); ++w) {
        bl.warps[w].sync = Sync{};
        bl.warps[w].sync.live = std::min(32u, threads - 32 * w);
    }
    ox_emu_u64 gx = grid_dim.x, gxy = gx * grid_dim.y;
    ox_emu_dim3 block_idx = {(unsigned)(id % gx), (unsigned)(id / gx % grid_dim.y),
                             (unsigned)(id / gxy)};
    for (unsigned i = 0; i < threads; ++i) {
        size_t index = (size_t)s * threads + i;
        Fiber& f = fibers[index];
        f.tid = i;
        f.block = s;
        f.thread_idx = {i, 0, 0};
        f.block_idx = block_idx;
        f.done = false;
        f.park = nullptr;
        f.committed = 0;
        f.waited = 0;
        f.pending.clear();
        f.wg_committed = 0;
        f.wg_pending.clear();
        make_context(f.ctx, f.stack, STACK_BYTES, trampoline);
    }
    progress++;
}

static void report_deadlock() {
    cur = nullptr;
    fprintf(stderr, "oxemu: deadlock: no thread can move on\n");
    for (Block& bl : blocks) {
        if (!bl.active) continue;
        fprintf(stderr, "  block %llu: %u of %u live threads at a block barrier\n", bl.id,
                bl.sync.arrived, bl.sync.live);
        for (size_t w = 0; w < bl.warps.size(); ++w) {
            Sync& ws = bl.warps[w].sync;
            if (ws.arrived > 0) {
                fprintf(stderr,
                        "    warp %zu: %u of %u live lanes at a warp-collective instruction"
                        " (shuffle, ldmatrix, mma): the others diverged\n",
                        w, ws.arrived, ws.live);
            }
        }
    }
}

// Runs every block of the grid, `resident_blocks` at a time, each thread a fiber scheduled
// round robin; the next block starts as soon as one finishes. False on a deadlock.
static bool run_grid() {
    unsigned threads = block_dim.x;
    unsigned slots = resident_blocks(total_blocks, threads);
    if (!make_slots(slots, threads)) return false;
    ox_emu_u64 next = 0;
    for (unsigned s = 0; s < slots; ++s) start_block(s, next++);
    unsigned active = slots;
    while (active > 0) {
        unsigned long long before = progress;
        for (unsigned s = 0; s < slots; ++s) {
            Block& bl = blocks[s];
            if (!bl.active) continue;
            Fiber* first = &fibers[(size_t)s * threads];
            for (Fiber* f = first; f != first + threads; ++f) {
                if (f->done || (f->park && f->park->gen == f->park_gen)) continue;
                cur = f;
                switch_context(scheduler, f->ctx);
            }
            if (bl.remaining == 0) {
                finished_blocks = finished_blocks + 1;
                if (next < total_blocks) {
                    start_block(s, next++);
                } else {
                    bl.active = false;
                    active--;
                }
            }
        }
        if (active > 0 && progress == before) {
            report_deadlock();
            return false;
        }
    }
    return true;
}

// Launch file (little-endian u64 words): grid x y z, threads, shared bytes, parameter
// count; then per parameter a kind (0: scalar, whose bits follow; 1: buffer, whose byte
// length and bytes follow; 2: the buffer of an earlier parameter, whose index follows).
// Output file: every distinct buffer's bytes, in order.
int run(int argc, char** argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: %s LAUNCH OUT\n", argv[0]);
        return 2;
    }
    const char* t = getenv("OX_EMU_TIMEOUT");
    if (t) {
        // Digits only (the Rust side checks first): `atoi` read "abc" as 0, no watchdog.
        char* end = nullptr;
        unsigned long v = strtoul(t, &end, 10);
        if (!*t || *t == '-' || *t == '+' || *end || v > 0xffffffffUL) {
            fprintf(stderr, "oxemu: OX_EMU_TIMEOUT=\"%s\" is not a whole number of seconds\n", t);
            return 2;
        }
        timeout_s = (unsigned)v;
    }
    signal(SIGALRM, on_alarm);
    alarm(timeout_s);
    catch_faults();
    const char* mode = getenv("OX_EMU_CP_ASYNC");
    land_at_issue = mode && strcmp(mode, "issue") == 0;
    FILE* in = fopen(argv[1], "rb");
    if (!in) {
        perror("oxemu: launch file");
        return 2;
    }
    ox_emu_u64 hdr[6];
    read_exact(in, hdr, sizeof hdr);
    grid_dim = {(unsigned)hdr[0], (unsigned)hdr[1], (unsigned)hdr[2]};
    block_dim = {(unsigned)hdr[3], 1, 1};
    smem_bytes = (size_t)hdr[4];
    size_t nparams = (size_t)hdr[5];
    std::vector<ox_emu_u64> words(nparams);
    std::vector<void*> args(nparams);
    std::vector<std::pair<unsigned char*, size_t>> bufs;
    for (size_t i = 0; i < nparams; ++i) {
        ox_emu_u64 kind;
        read_exact(in, &kind, 8);
        if (kind == 0) {
            read_exact(in, &words[i], 8);
        } else if (kind == 2) {
            // The same buffer as the earlier parameter word that follows (in-place kernels).
            ox_emu_u64 j;
            read_exact(in, &j, 8);
            if (j >= i) {
                fprintf(stderr, "oxemu: parameter %zu aliases a later one\n", i);
                return 5;
            }
            words[i] = words[(size_t)j];
        } else {
            ox_emu_u64 len;
            read_exact(in, &len, 8);
            // Between red zones and guard pages: a write out of bounds is reported, not
            // lost (see Guarded).
            unsigned char* b = map_buffer((size_t)len, i);
            if (!b) {
                perror("oxemu: mapping a buffer");
                return 2;
            }
            read_exact(in, b, (size_t)len);
            bufs.push_back({b, (size_t)len});
            words[i] = (ox_emu_u64)(uintptr_t)b;
        }
        args[i] = &words[i];
    }
    fclose(in);
    entry_args = args.data();

    total_blocks = (ox_emu_u64)grid_dim.x * grid_dim.y * grid_dim.z;
    if (!run_grid()) return 3;
    cur = nullptr;
    FILE* out = fopen(argv[2], "wb");
    if (!out) {
        perror("oxemu: output file");
        return 2;
    }
    for (auto& b : bufs) fwrite(b.first, 1, b.second, out);
    fclose(out);
    for (const Guarded& g : guarded) {
        for (size_t at = 0; at < g.zone_bytes; ++at) {
            unsigned char* p = g.zone + at;
            if (p >= g.buf && p < g.buf + g.len) continue;
            if (*p != REDZONE_BYTE) {
                fprintf(stderr,
                        "oxemu: a write out of bounds of the buffer of kernel parameter word %zu: "
                        "byte offset %lld (the buffer has %zu bytes)\n",
                        g.param, (long long)(p - g.buf), g.len);
                return 6;
            }
        }
    }
    return 0;
}
#endif  // OX_EMU_RUNTIME
}  // namespace oxemu

// The generated source follows, then OX_EMU_MAIN(entry name).
#define OX_EMU_MAIN(name)                                                                    \
    static void ox_emu_entry(void** args) {                                                  \
        oxemu::call(name, args, std::make_index_sequence<ox_emu_arity(name)>{});             \
    }                                                                                        \
    int main(int argc, char** argv) {                                                        \
        oxemu::entry = ox_emu_entry;                                                         \
        return oxemu::run(argc, argv);                                                       \
    }
template <class... P>
constexpr size_t ox_emu_arity(void (*)(P...)) {
    return sizeof...(P);
}
