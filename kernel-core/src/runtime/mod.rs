//! The backend-neutral runtime API. (Being written.)
