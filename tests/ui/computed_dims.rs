use oxtile::prelude::*;

#[kernel]
fn dims<const B: usize>(x: Ptr<f32>) {
    // Dimensions take `+ - * /` of literals and const generics.
    let a = zeros::<f32>([B % 2]);
    // One that is known now must be at least 1.
    let b = zeros::<f32>([4 - 4]);
    let c = zeros::<f32>([2 - 4]);
    // `split` gives two tiles, of a last axis of 2.
    let v = load(x + arange(0, B));
    let s = split(v);
    let (l, r) = split(v);
    // A static assertion without const generics is checked now; one takes comparisons.
    static_assert(16 % 3 == 0, "sixteen is a multiple of three");
    static_assert(B, "B");
    static_assert(B * 2 > n_bad, "a value of the kernel");
}

fn main() {}
