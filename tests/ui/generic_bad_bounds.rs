use oxtile::prelude::*;

#[kernel]
fn unbounded<T, const B: usize>(x: Ptr<T>) {
    let _ = load(x + arange(0, B));
}

#[kernel]
fn two_bounds<T: Float + Copy, const B: usize>(x: Ptr<T>) {
    let _ = load(x + arange(0, B));
}

#[kernel]
fn not_a_class<T: Clone, const B: usize>(x: Ptr<T>) {
    let _ = load(x + arange(0, B));
}

#[kernel]
fn with_default<T: Float = f32, const B: usize>(x: Ptr<T>) {
    let _ = load(x + arange(0, B));
}

fn main() {}
