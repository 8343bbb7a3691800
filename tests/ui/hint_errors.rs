use oxtile::prelude::*;

#[kernel]
fn hints<const B: usize>(x: Ptr<f32>, out: Ptr<f32>, off: i32, scale: f32) {
    let o = arange(0, B);
    // Facts about integers.
    let a = multiple_of(scale, 4);
    // A divisor of at least 1.
    let b = multiple_of(off, 0);
    // Runs are a tile's.
    let c = max_contiguous(off, 4);
    // `assume` takes a condition.
    assume(off);
}

fn main() {}
