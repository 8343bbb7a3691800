use oxtile::prelude::*;

#[kernel]
fn k(x: Ptr<f32>, y: Ptr<f32>, out: Ptr<f32>) {
    // `max(a, 0)` is a reduction along axis 0; the elementwise maximum is `maximum(a, b)`.
    store(out, max(load(x), 0));
}

fn main() {}
