use oxtile::prelude::*;

#[kernel]
fn defaulted<const B: usize = 128>(out: Ptr<f32>) {
    let offs = arange(0, B);
    store(out + offs, 1.0);
}

fn main() {
    let d = Device::interpreter();
    let out = d.alloc::<f32>(128).unwrap();
    defaulted::<128>::launch(&d, Grid::x(1), &out).unwrap();
}
