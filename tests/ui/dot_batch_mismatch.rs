use oxtile::prelude::*;

#[kernel]
fn k<const B: usize, const M: usize, const K: usize>(a: Ptr<f16>, b: Ptr<bf16>, c: Ptr<f32>) {
    let r = arange(0, M * K);
    // Batched factors whose batch sizes differ: [B, M, K] x [2, K, M].
    let x = reshape(load(a + r), [B, M, K]);
    let y = reshape(load(a + r), [2, K, M]);
    store(c + r, reshape(dot(x, y), [M * K]));
    // A 1-D factor: dot multiplies 2-D tiles or batches of them.
    let v = load(a + arange(0, K));
    store(c + r, reshape(dot(v, reshape(load(a + r), [K, M])), [M * K]));
    // An f16 accumulator takes f16 and fp8 factors, not bf16.
    let p = reshape(load(b + r), [M, K]);
    let q = reshape(load(b + r), [K, M]);
    let acc = zeros::<f16>([M, M]);
    store(c + arange(0, M * M), reshape(dot(p, q, acc) as f32, [M * M]));
}

fn main() {}
