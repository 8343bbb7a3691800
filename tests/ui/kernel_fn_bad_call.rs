use oxtile::prelude::*;

#[kernel_fn]
fn axpy<T: Float, const N: usize>(a: T, x: Tile<T, N>, y: Tile<T, N>) -> Tile<T, N> {
    a * x + y
}

#[kernel_fn]
fn two<const N: usize>(x: Tile<f32, N>) -> (Tile<f32, N>, f32) {
    (x, max(x, 0))
}

#[kernel]
fn calls<const B: usize>(x: Ptr<f32>, h: Ptr<f16>, out: Ptr<f32>) {
    let offs = arange(0, B);
    let v = load(x + offs);
    let w = load(h + offs);
    let two = reshape(v, [1, B]);
    // A tile of the wrong rank, then dtypes that disagree, then the wrong argument count: each
    // error points at the call or the argument.
    store(out + offs, axpy(2.0, two, v));
    store(out + offs, axpy(2.0, v, w));
    store(out + offs, axpy(v, v));
    // A function returning a tuple is destructured, into as many names as it returns.
    store(out + offs, two(v));
    let (a, b, c) = two(v);
}

fn main() {}
