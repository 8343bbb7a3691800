//! The problem sizes, one place on this side. `Sizes::full()` must equal `SIZES` in
//! `peers.py`: both sides store them, and [`Sizes::check_against`] refuses a peers file whose
//! sizes differ, so a ratio is never computed between two different problems.

use serde_json::Value as Json;

/// Every size the benchmarks use.
#[derive(Clone, Debug)]
pub struct Sizes {
    /// Vector add, f32 elements per array.
    pub vector_add_n: usize,
    /// Fused softmax, f32, rows x cols (one row per program).
    pub softmax_rows: usize,
    /// Columns of the softmax (at most [`crate::kernels::SOFTMAX_BLOCK`]).
    pub softmax_cols: usize,
    /// Layer norm forward, f16, rows x cols.
    pub layer_norm_rows: usize,
    /// Columns of the layer norm (at most [`crate::kernels::LAYER_NORM_BLOCK`]).
    pub layer_norm_cols: usize,
    /// Square matmuls M = N = K, each in f16 and bf16.
    pub matmul_sizes: Vec<usize>,
    /// Flash attention forward, f16, `[batch, heads, seq, head_dim]`.
    pub attention_batch: usize,
    /// Heads per batch.
    pub attention_heads: usize,
    /// Sequence length (queries = keys).
    pub attention_seq: usize,
    /// Head dimension (must equal [`crate::kernels::HEAD_DIM`]).
    pub attention_head_dim: usize,
    /// Elements of the tiny vector add of the launch and compile probes.
    pub launch_n: usize,
}

impl Sizes {
    /// The GPU sizes: memory-bound inputs well past the H100's 50 MB L2, matmuls at the
    /// issue's 1024, 4096 and 8192, attention at Triton tutorial 06's shape class.
    pub fn full() -> Sizes {
        Sizes {
            vector_add_n: 1 << 26,
            softmax_rows: 16384,
            softmax_cols: 4096,
            layer_norm_rows: 16384,
            layer_norm_cols: 8192,
            matmul_sizes: vec![1024, 4096, 8192],
            attention_batch: 4,
            attention_heads: 32,
            attention_seq: 4096,
            attention_head_dim: 64,
            launch_n: 1024,
        }
    }

    /// Tiny sizes for `--smoke` on the CPU interpreter: ragged (not multiples of the blocks)
    /// so the masks are exercised.
    pub fn smoke() -> Sizes {
        Sizes {
            vector_add_n: 10_001,
            softmax_rows: 7,
            softmax_cols: 300,
            layer_norm_rows: 5,
            layer_norm_cols: 333,
            matmul_sizes: vec![72, 130],
            attention_batch: 1,
            attention_heads: 2,
            attention_seq: 128,
            attention_head_dim: 64,
            launch_n: 1024,
        }
    }

    /// The sizes as (name, values), the names being `peers.py`'s `SIZES` keys.
    pub fn entries(&self) -> Vec<(&'static str, Vec<f64>)> {
        let one = |v: usize| vec![v as f64];
        vec![
            ("vector_add_n", one(self.vector_add_n)),
            ("softmax_rows", one(self.softmax_rows)),
            ("softmax_cols", one(self.softmax_cols)),
            ("layer_norm_rows", one(self.layer_norm_rows)),
            ("layer_norm_cols", one(self.layer_norm_cols)),
            (
                "matmul_sizes",
                self.matmul_sizes.iter().map(|&s| s as f64).collect(),
            ),
            ("attention_batch", one(self.attention_batch)),
            ("attention_heads", one(self.attention_heads)),
            ("attention_seq", one(self.attention_seq)),
            ("attention_head_dim", one(self.attention_head_dim)),
            ("launch_n", one(self.launch_n)),
        ]
    }

    /// Compares with the `sizes` object of a peers file; the error lists every difference.
    pub fn check_against(&self, sizes: &Json) -> Result<(), String> {
        let mut diffs = Vec::new();
        for (name, want) in self.entries() {
            let got: Option<Vec<f64>> = match sizes.get(name) {
                Some(Json::Number(x)) => x.as_f64().map(|x| vec![x]),
                Some(Json::Array(items)) => items.iter().map(Json::as_f64).collect(),
                _ => None,
            };
            if got.as_ref() != Some(&want) {
                diffs.push(format!("{name}: bench {want:?}, peers {got:?}"));
            }
        }
        if diffs.is_empty() {
            Ok(())
        } else {
            Err(format!(
                "the peers file was measured at other sizes (edit SIZES in peers.py and \
                 Sizes::full() in sizes.rs together): {}",
                diffs.join("; ")
            ))
        }
    }
}
