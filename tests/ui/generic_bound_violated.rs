use oxtile::prelude::*;

// `exp` takes floats: an integer `T` is refused at `cargo build`, with the dtype it fails for.
#[kernel]
fn softplus<T: Int, const B: usize>(x: Ptr<T>, out: Ptr<T>) {
    let offs = arange(0, B);
    store(out + offs, exp(load(x + offs)));
}

// Mixing `T` with `f32` works only where `T` is `f32`: the error says for which dtype it fails.
#[kernel]
fn add_bias<T: Float, const B: usize>(x: Ptr<T>, bias: Ptr<f32>, out: Ptr<T>) {
    let offs = arange(0, B);
    store(out + offs, load(x + offs) + load(bias + offs));
}

fn main() {}
