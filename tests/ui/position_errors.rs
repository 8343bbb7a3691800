use oxtile::prelude::*;

#[kernel]
fn positions<const B: usize>(x: Ptr<f32>, idx: Ptr<i32>, out: Ptr<i32>) {
    let offs = arange(0, B);
    let v = load(x + offs);
    let i = load(idx + offs);
    // The index of `gather` is an integer tile.
    let a = gather(v, v, 0);
    // ... of the source's shape but along the axis.
    let b = gather(v[(.., None)], i[(None, ..)], 0);
    // `histogram` counts integers.
    store(out + offs, histogram(v, B));
    // Its mask is a `bool` tile of the values' shape.
    store(out + offs, histogram(i, B, i));
    // `flip` needs a tile.
    let c = flip(1.0);
    // `sort` orders a tile.
    let d = sort(v.sum(0));
    // Math functions take floats.
    store(out + offs, asin(i));
}

fn main() {}
