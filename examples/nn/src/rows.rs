//! [`Rows`]: a row-major matrix in a buffer.

use oxtile::{Buffer, Element};

use crate::NnError;

/// A `rows x cols` row-major matrix in a [`Buffer`], row `r` starting at element
/// `r * stride` (`stride >= cols`; [`Rows::new`] makes it `cols`). The view is checked
/// against the buffer when it is made: every element it names is inside the buffer, and the
/// sizes fit the kernels' 32-bit offsets.
#[derive(Clone, Copy, Debug)]
pub struct Rows<'a, T: Element> {
    buf: &'a Buffer<T>,
    rows: usize,
    cols: usize,
    stride: usize,
}

impl<'a, T: Element> Rows<'a, T> {
    /// A dense `rows x cols` view of `buf`.
    ///
    /// # Errors
    /// [`NnError::Shape`] when the buffer is too short or the sizes exceed `i32`.
    pub fn new(buf: &'a Buffer<T>, rows: usize, cols: usize) -> Result<Self, NnError> {
        Self::with_stride(buf, rows, cols, cols)
    }

    /// A `rows x cols` view of `buf` whose rows start `stride` elements apart.
    ///
    /// # Errors
    /// [`NnError::Shape`] when `stride < cols`, the buffer is too short, or an offset
    /// exceeds `i32`.
    // ANCHOR: rows
    pub fn with_stride(
        buf: &'a Buffer<T>,
        rows: usize,
        cols: usize,
        stride: usize,
    ) -> Result<Self, NnError> {
        let bad = |m: String| NnError::shape("Rows", "buf", m);
        if stride < cols {
            return Err(bad(format!(
                "row stride {stride} is less than {cols} columns"
            )));
        }
        let end = match rows {
            0 => 0,
            r => (r - 1)
                .checked_mul(stride)
                .and_then(|x| x.checked_add(cols))
                .ok_or_else(|| bad(format!("{rows} rows of stride {stride} overflow")))?,
        };
        if end > buf.len() {
            return Err(bad(format!(
                "{rows} x {cols} with row stride {stride} needs {end} elements; the buffer has {}",
                buf.len()
            )));
        }
        if end > i32::MAX as usize || rows > i32::MAX as usize {
            return Err(bad(format!(
                "{end} elements: offsets past i32::MAX are not supported"
            )));
        }
        Ok(Rows {
            buf,
            rows,
            cols,
            stride,
        })
    }
    // ANCHOR_END: rows

    /// The buffer.
    pub fn buffer(&self) -> &'a Buffer<T> {
        self.buf
    }

    /// Rows.
    pub fn rows(&self) -> usize {
        self.rows
    }

    /// Columns.
    pub fn cols(&self) -> usize {
        self.cols
    }

    /// Elements from the start of one row to the next.
    pub fn stride(&self) -> usize {
        self.stride
    }

    /// Fails unless `self` is `rows x cols` (`arg` names it in the error of `op`).
    pub(crate) fn expect(
        &self,
        op: &'static str,
        arg: &'static str,
        rows: usize,
        cols: usize,
    ) -> Result<(), NnError> {
        if (self.rows, self.cols) != (rows, cols) {
            return Err(NnError::shape(
                op,
                arg,
                format!("is {} x {}, expected {rows} x {cols}", self.rows, self.cols),
            ));
        }
        Ok(())
    }
}
