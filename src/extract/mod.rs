//! Step 4 of the pipeline: facts.
//!
//! An [`Extractor`] is built once and reused: it reads an article and
//! returns its facts as the types of [`facts`] (the contract of
//! FACTS.md), each with a span into the original input.
//!
//! ```
//! use tintuc::extract::{Extractor, FactBody};
//!
//! let extractor = Extractor::new();
//! let text = "Nâng cao chất lượng phát triển đảng viên\n\
//!             Cập nhật lúc 08:47, Thứ Sáu, 12/05/2017 (GMT+7)\n\
//!             Năm 2016, toàn Đảng bộ huyện đã kết nạp được 193 đảng viên mới, vượt 20,6% so với kế hoạch đề ra.\n\
//!             DUY NGUYỄN";
//! let facts = extractor.extract(text);
//! let FactBody::Article(article) = &facts[0] else { panic!("article first") };
//! assert_eq!(article.published.as_deref(), Some("2017-05-12T08:47:00+07:00"));
//! assert_eq!(article.author.as_deref(), Some("DUY NGUYỄN"));
//! ```

pub mod facts;
mod layout;

use rayon::prelude::*;

use crate::normalize::{Normalized, Normalizer};
pub use facts::{
    Approx, Article, DocumentRef, Fact, FactBody, Modality, PersonRole, Quantity, TimeRef,
};

/// Reads articles and returns their facts. Build once, share across
/// threads (`Send + Sync`); [`extract`](Self::extract) takes `&self`.
#[derive(Clone, Debug, Default)]
pub struct Extractor {
    normalizer: Normalizer,
}

impl Extractor {
    /// An extractor with the default lexicon and rules.
    pub fn new() -> Self {
        Self::default()
    }

    /// The facts of one article, in text order, the `article` fact first.
    pub fn extract(&self, text: &str) -> Vec<FactBody> {
        let n = self.normalizer.normalize(text);
        let layout = layout::layout(n.text());
        vec![FactBody::Article(article(&n, &layout))]
    }

    /// The facts of many articles, computed in parallel on the current rayon
    /// thread pool; the output is in input order and identical to calling
    /// [`extract`](Self::extract) on each.
    pub fn extract_batch<T: AsRef<str> + Sync>(&self, texts: &[T]) -> Vec<Vec<FactBody>> {
        texts.par_iter().map(|t| self.extract(t.as_ref())).collect()
    }
}

/// The text of a range of the normalized text, as written in the original.
fn original_text(n: &Normalized<'_>, r: std::ops::Range<usize>) -> String {
    n.original()[n.to_original(r)].trim().to_string()
}

fn article(n: &Normalized<'_>, layout: &layout::Layout) -> Article {
    Article {
        title: layout
            .title
            .map(|t| original_text(n, layout.lines[t].range.clone())),
        published: layout.published.clone(),
        author: layout.author.clone().map(|r| original_text(n, r)),
        source: layout.source.clone().map(|r| original_text(n, r)),
    }
}
