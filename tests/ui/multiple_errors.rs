use oxtile::prelude::*;

// Three independent mistakes: all three are reported by one build.
#[kernel]
fn k<const BLOCK: usize>(x: Ptr<f32>, y: Ptr<i32>, out: Ptr<f32>) {
    let offs = arange(0, BLOCK);
    let a = load(x + offs);
    let b = load(y + offs);
    let c = a + b;
    let d = sqrt(b);
    store(out + offs, c + d + undefined_name);
}

fn main() {}
