//! Hard-wrapped text: lines broken in the middle of sentences, as text
//! copied from a PDF, an e-paper or a print page comes.
//!
//! Web articles break lines only between paragraphs, and the rest of the
//! pipeline reads a line as a unit (a title, a date line, a table row, the
//! reach of a sentence's subject). A page wrapped at 60 to 80 characters
//! cuts `kết nạp⏎125 đảng viên` in two. [`hard_wraps`] finds the breaks
//! that are wraps, so that they can be read as spaces.

/// The byte offsets of the `\n`s of `text` that wrap a line inside a
/// paragraph, in order; empty for text that is not hard-wrapped.
///
/// A text is hard-wrapped when at least three lines of 25 characters or
/// more, and one in eight of its lines that hold text, end with no closing
/// punctuation and go on in a small letter on the next line. Those breaks
/// are wraps; so is a break after a line as long as the wrapped ones that
/// goes on with a capital or a digit (or a range's dash), inside a
/// paragraph: the line before was joined, or ended a sentence, or the next
/// line is surely wrapped. The width test (the next word would not have
/// fit) keeps a title or a short last line of a paragraph apart.
///
/// ```
/// use tintuc::normalize::hard_wraps;
///
/// let page = "Tin tức\n\
///     Năm 2024, Đảng bộ huyện kết nạp 176 đảng viên, đạt 100,57% chỉ\n\
///     tiêu; xét công nhận đảng viên chính thức cho 169 đồng chí; khai\n\
///     trừ 2 đảng viên, xóa tên 6 đảng viên do vi phạm tư cách; kỷ luật\n\
///     21 đảng viên bằng các hình thức khiển trách, cảnh cáo, cách chức\n\
///     và khai trừ.\n";
/// let joined: String = {
///     let mut bytes = page.as_bytes().to_vec();
///     for at in hard_wraps(page) {
///         bytes[at] = b' ';
///     }
///     String::from_utf8(bytes).unwrap()
/// };
/// assert!(joined.contains("đạt 100,57% chỉ tiêu; xét"));
/// assert!(joined.contains("kỷ luật 21 đảng viên"));
/// assert!(joined.starts_with("Tin tức\nNăm 2024"));
/// // A web page, one paragraph a line, has none.
/// assert!(hard_wraps("Tin tức\nĐảng bộ có 120 đảng viên.\nNăm nay kết nạp 7.\n").is_empty());
/// ```
pub fn hard_wraps(text: &str) -> Vec<usize> {
    // Most pages have no line that goes on in a small letter: a look at
    // each line break answers for them, before any line is measured.
    let blank = [' ', '\t', '\r'];
    let small_after = memchr::memchr_iter(b'\n', text.as_bytes()).filter(|&at| {
        // (The next line's first letter first: most lines open with a capital.)
        let after = text[at + 1..].trim_start_matches(blank);
        if !after.chars().next().is_some_and(char::is_lowercase) {
            return false;
        }
        let before = text[..at].trim_end_matches(blank);
        let last_line = before.rsplit('\n').next().unwrap_or("");
        goes_on_small(last_line, after)
    });
    if small_after.take(3).count() < 3 {
        return Vec::new();
    }
    let lines = lines(text);
    let wrapped = |i: usize| goes_on_small(lines[i].text, lines[i + 1].text);
    let certain: Vec<usize> = (0..lines.len().saturating_sub(1))
        .filter(|&i| wrapped(i))
        .collect();
    let with_text = lines.iter().filter(|l| !l.text.is_empty()).count();
    if certain.len() < 3 || certain.len() * 8 < with_text {
        return Vec::new();
    }
    // The width the page is wrapped at, from the lines surely wrapped (a
    // line a little longer is wrapped too: a caption is much longer).
    let width = certain.iter().map(|&i| lines[i].chars).max().unwrap_or(0);
    let fills = |i: usize| {
        let (line, next) = (&lines[i], &lines[i + 1]);
        let word = next.text.split(' ').next().map_or(0, |w| w.chars().count());
        !ends_sentence(line.text)
            && line.chars <= width + width / 8
            && line.chars + 1 + word > width
            && (goes_on_capital(next.text) || range_goes_on(line.text, next.text))
    };
    // A title is as long as a wrapped line: a line is joined to the next by
    // its width only inside a paragraph (the line before was joined, or the
    // next line is surely wrapped) or when the text before it ended a
    // sentence.
    let mut out = Vec::new();
    let mut joined_before = false;
    let mut after_sentence = false;
    for i in 0..lines.len().saturating_sub(1) {
        let inside = joined_before || after_sentence || (i + 2 < lines.len() && wrapped(i + 1));
        let join = wrapped(i) || (fills(i) && inside);
        if join {
            out.push(lines[i].end);
        }
        joined_before = join;
        if !lines[i].text.is_empty() {
            after_sentence = ends_sentence(lines[i].text);
        }
    }
    out
}

/// A line: its text without the spaces around it, its length in
/// characters, and the offset of the `\n` that ends it.
struct Line<'a> {
    text: &'a str,
    chars: usize,
    end: usize,
}

fn lines(text: &str) -> Vec<Line<'_>> {
    let mut out = Vec::new();
    let mut start = 0;
    for end in memchr::memchr_iter(b'\n', text.as_bytes()) {
        let t = text[start..end].trim();
        out.push(Line {
            text: t,
            chars: t.chars().count(),
            end,
        });
        start = end + 1;
    }
    // The last line has no break after it: nothing to join.
    out
}

/// Ends with what closes a sentence or a clause, past closing quotes and
/// brackets.
fn ends_sentence(line: &str) -> bool {
    let t = line.trim_end_matches(['"', '\'', '”', '’', ')', ']', '»']);
    t.ends_with(['.', '!', '?', '…', ':', ';']) || t.is_empty()
}

/// The shortest line taken for surely wrapped: table cells one a line
/// (`1`, `xã Tân Hòa`, `32`) and lists of tags are shorter.
const MIN_WRAPPED: usize = 25;

/// `chỉ⏎tiêu`: a line of some length that ends with no closing
/// punctuation, then one that starts with a small letter.
fn goes_on_small(line: &str, next: &str) -> bool {
    !line.is_empty()
        && !ends_sentence(line)
        && next.chars().next().is_some_and(char::is_lowercase)
        && line.chars().count() >= MIN_WRAPPED
}

/// `bình quân 1⏎- 2 đảng viên`: a range cut before its dash.
fn range_goes_on(line: &str, next: &str) -> bool {
    let rest = next.strip_prefix(['-', '–']).map(str::trim_start);
    line.ends_with(|c: char| c.is_ascii_digit())
        && rest.is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
}

/// A line that goes on a sentence with a capital, a digit or an opening
/// quote (`… xây dựng tổ⏎chức` aside): not a list item (`- 12 chi bộ`,
/// `1. Về …`) and not a heading in capitals.
fn goes_on_capital(next: &str) -> bool {
    let Some(first) = next.chars().next() else {
        return false;
    };
    let list_item = matches!(first, '-' | '–' | '—' | '•' | '+' | '*' | '●' | '▪')
        || next.split_once(['.', ')']).is_some_and(|(n, _)| {
            !n.is_empty()
                && n.len() <= 3
                && n.bytes()
                    .all(|b| b.is_ascii_digit() || b.is_ascii_uppercase())
        });
    let shouting = !next.chars().any(char::is_lowercase);
    (first.is_uppercase() || first.is_ascii_digit() || matches!(first, '"' | '“' | '('))
        && !list_item
        && !shouting
}

#[cfg(test)]
mod tests {
    use super::*;

    fn joined(text: &str) -> String {
        let mut bytes = text.as_bytes().to_vec();
        for at in hard_wraps(text) {
            assert_eq!(bytes[at], b'\n');
            bytes[at] = b' ';
        }
        String::from_utf8(bytes).unwrap()
    }

    /// A print page as scrapers get it: a running head, a title, body lines
    /// wrapped at 66 characters, a caption, a page footer.
    const PAGE: &str = "Báo Cà Mau - Thứ Bảy, ngày 22/3/2025                 Trang 2\n\
CHÍNH TRỊ - XÂY DỰNG ĐẢNG\n\
U Minh: Chất lượng tổ chức đảng, đảng viên chuyển biến rõ nét\n\
Sau hơn 2 năm thực hiện Nghị quyết số 21-NQ/TW của Ban Chấp hành\n\
Trung ương Đảng khóa XIII về tăng cường củng cố, xây dựng tổ\n\
chức cơ sở đảng và nâng cao chất lượng đội ngũ đảng viên, chất\n\
lượng hoạt động của tổ chức đảng ở huyện có nhiều chuyển biến.\n\
Về đảng viên, trong tổng số 5.874 đảng viên được đánh giá, có\n\
812 đảng viên hoàn thành xuất sắc nhiệm vụ, chiếm 13,82%; 4.693\n\
đảng viên hoàn thành tốt nhiệm vụ, chiếm 79,89%.\n\
Đồng chí Lê Văn Hiền (bìa phải) trao quyết định kết nạp đảng viên cho quần chúng ưu tú. Ảnh: MINH TRÍ\n\
Trong năm, Đảng bộ huyện kết nạp 176 đảng viên, đạt 100,57% chỉ\n\
tiêu; khai trừ 2 đảng viên.\n\
CÀ MAU - THỨ BẢY, 22-3-2025\n\
Tại Chi bộ ấp 12, xã Khánh Lâm, chi bộ có 27 đảng viên, trong đó\n\
9 đảng viên là người Khmer; năm 2024 kết nạp 2 đảng viên, đều là\n\
con em đồng bào Khmer.\n";

    #[test]
    fn joins_the_wraps_of_a_print_page() {
        let j = joined(PAGE);
        for whole in [
            "của Ban Chấp hành Trung ương Đảng",
            "xây dựng tổ chức cơ sở đảng",
            "có 812 đảng viên",
            "chiếm 13,82%; 4.693 đảng viên",
            "đạt 100,57% chỉ tiêu",
            "trong đó 9 đảng viên",
        ] {
            assert!(j.contains(whole), "{whole}");
        }
        // Title, running heads, caption and paragraph ends stay lines.
        for line in [
            "\nCHÍNH TRỊ - XÂY DỰNG ĐẢNG\n",
            "\nU Minh: Chất lượng tổ chức đảng, đảng viên chuyển biến rõ nét\nSau",
            "chuyển biến.\nVề",
            "79,89%.\nĐồng chí",
            "MINH TRÍ\nTrong năm",
            "\nCÀ MAU - THỨ BẢY, 22-3-2025\nTại",
        ] {
            assert!(j.contains(line), "{line:?}");
        }
        assert_eq!(j.len(), PAGE.len());
    }

    /// Breaks before a capital after a sentence's end, and a range cut
    /// before its dash.
    #[test]
    fn joins_capital_breaks_and_ranges() {
        let text = "Hội nghị tổng kết công tác xây dựng Đảng năm 2024 của huyện.\n\
Đồng chí Hồ Văn Tịnh - Ủy viên Ban Chấp hành Đảng bộ tỉnh, Bí thư\n\
Huyện ủy chủ trì hội nghị. Dự hội nghị có đồng chí Nguyễn Thị Lan\n\
Phương - Phó Trưởng Ban Tổ chức Tỉnh ủy Nghệ An.\n\
Nghị quyết các chi bộ đề ra chỉ tiêu hằng năm kết nạp bình quân 1\n\
- 2 đảng viên mới/chi bộ; 100% chi bộ hoàn thành tốt nhiệm vụ trở\n\
lên, trong đó từ 20% trở lên hoàn thành xuất sắc nhiệm vụ; các chi\n\
bộ đều sinh hoạt định kỳ đúng quy định của Điều lệ Đảng, nền nếp,\n\
chất lượng.\n";
        let j = joined(text);
        for whole in [
            "Bí thư Huyện ủy",
            "Nguyễn Thị Lan Phương",
            "bình quân 1 - 2 đảng viên",
            "trở lên, trong đó",
            "nền nếp, chất lượng.",
        ] {
            assert!(j.contains(whole), "{whole}");
        }
        assert!(j.contains("của huyện.\nĐồng chí"));
        assert!(j.contains("Nghệ An.\nNghị quyết"));
    }

    #[test]
    fn pages_of_paragraphs_are_left_alone() {
        for text in [
            "",
            "\n\n\n",
            "một dòng không xuống dòng",
            "Tin tức\nĐảng bộ có 120 đảng viên\nchi bộ có 7 đảng viên\n",
            // One line going on in a small letter in forty is a slip, not a wrap.
            &"Đảng bộ có 120 đảng viên.\n".repeat(40),
        ] {
            assert!(hard_wraps(text).is_empty(), "{text:?}");
        }
    }

    /// A newspaper column of 35 characters is wrapped too.
    #[test]
    fn joins_a_narrow_column() {
        let column = "Tin tức\n\
Năm 2024, Đảng bộ xã kết nạp\n\
được 27 đảng viên mới, đạt\n\
112,5% chỉ tiêu; tổng số đảng\n\
viên của Đảng bộ là 9.864\n\
đảng viên, sinh hoạt ở 58 chi\n\
bộ trực thuộc.\n";
        let j = joined(column);
        assert!(
            j.contains("tổng số đảng viên của Đảng bộ là 9.864 đảng viên, sinh hoạt ở 58 chi bộ")
        );
        assert!(j.starts_with("Tin tức\nNăm 2024"));
    }

    /// A table kept one cell a line, and lists of tags, have short lines.
    #[test]
    fn cells_one_a_line_are_no_wraps() {
        let table = "STT\nĐơn vị\nSố đảng viên\n1\nxã Tân Hòa\n32\n2\nxã Tân Phú\n28\n3\nxã Tân An\n25\n4\nxã Tân Lập\n21\n";
        assert!(hard_wraps(table).is_empty());
        let tags = "Tags\nxây dựng đảng\nphát triển đảng viên\nkết nạp đảng\nđảng viên trẻ\nTin liên quan\nhuyện Phú Ninh kết nạp 120 đảng viên\n";
        assert!(hard_wraps(tags).is_empty());
    }

    #[test]
    fn list_items_and_headings_are_not_joined() {
        let text = "Kết quả năm 2024 của Đảng bộ huyện Tân Phú trên các mặt công tác\n\
- 120 đảng viên mới được kết nạp trong năm, đạt 104% chỉ tiêu giao\n\
1. Về công tác phát triển đảng viên trong các chi bộ nông thôn mới\n\
của huyện, năm nay kết nạp được 57 đảng viên, vượt chỉ tiêu đề ra\n\
của Huyện ủy giao cho các tổ chức cơ sở đảng trong toàn huyện Tân\n\
Phú, và còn 3 thôn chưa có đảng viên sinh hoạt tại chỗ ở địa bàn\n\
các xã vùng cao.\n";
        let j = joined(text);
        assert!(j.contains("công tác\n- 120"));
        assert!(j.contains("giao\n1. Về"));
        assert!(j.contains("chi bộ nông thôn mới của huyện"));
        assert!(j.contains("huyện Tân Phú, và"));
    }
}
