use oxtile::prelude::*;

fn square(x: f32) -> f32 {
    x * x
}

// A plain Rust function is not a device function: rustc says so (the kernel looks for the
// definition `#[kernel_fn]` would make).
#[kernel]
fn calls<const BLOCK: usize>(x: Ptr<f32>, out: Ptr<f32>) {
    let offs = arange(0, BLOCK);
    store(out + offs, square(load(x + offs)));
}

fn main() {
    let _ = square(1.0);
}
