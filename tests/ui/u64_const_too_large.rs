use oxtile::prelude::*;

#[kernel]
fn big<const X: u64>(out: Ptr<u64>) {
    store(out, X);
}

fn main() {
    let d = Device::interpreter();
    let out = d.alloc::<u64>(1).unwrap();
    big::<{ 1 << 63 }>::launch(&d, Grid::x(1), &out).unwrap();
}
