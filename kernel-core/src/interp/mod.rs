//! The reference CPU interpreter. (Being written.)
