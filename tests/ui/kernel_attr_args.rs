use oxtile::prelude::*;

// Launch options are not attribute arguments; the only argument is `crate = path`.
#[kernel(num_warps = 4)]
fn k<const B: usize>(x: Ptr<f32>) {
    let _ = load(x + arange(0, B));
}

fn main() {}
