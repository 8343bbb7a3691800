use oxtile::prelude::*;

// `dot_tf32` rounds f32 factors to TF32; f16 factors are an error at the call.
#[kernel]
fn k<const BM: usize, const BN: usize, const BK: usize>(a: Ptr<f16>, b: Ptr<f16>, c: Ptr<f32>) {
    let a_tile = load(a + arange(0, BM)[(.., None)] * BK + arange(0, BK)[(None, ..)]);
    let b_tile = load(b + arange(0, BK)[(.., None)] * BN + arange(0, BN)[(None, ..)]);
    let acc = dot_tf32(a_tile, b_tile);
    store(c + arange(0, BM)[(.., None)] * BN + arange(0, BN)[(None, ..)], acc);
    // Three TF32 products split f32 factors.
    let _ = dot_tf32x3(a_tile, b_tile);
}

fn main() {}
