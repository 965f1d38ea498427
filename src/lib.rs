//! tintuc: mine structured facts from Vietnamese news text.
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod normalize;
pub mod numbers;
