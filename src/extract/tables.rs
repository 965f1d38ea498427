//! Tables a scrape flattened into one cell per line.
//!
//! A page's table loses its grid when scraped: each cell becomes a line.
//! What is left is a caption, the column headers, then each row as its
//! label followed by one line per figure:
//!
//! ```text
//! Kết quả xếp loại tổ chức cơ sở đảng năm 2017    ← caption
//! Mức xếp loại                                    ← headers: the labels' column,
//! Số lượng                                        ←   then one per figure
//! Tỷ lệ (%)
//! Hoàn thành xuất sắc nhiệm vụ                    ← a row: its label,
//! 8                                               ←   then its figures
//! 19,05
//! ```
//!
//! A table may also keep one row a line, its cells between bars:
//!
//! ```text
//! Phường | Chi bộ | Đảng viên | Kết nạp 9 tháng    ← headers
//! Máy Chai | 24 | 812 | 6                          ← a row: its label, its figures
//! ```
//!
//! (Or between tabs, or lined up with spaces as on a print page.)
//!
//! Or a list of rows `Label: figure` under a caption that says what they
//! count (`Số sinh viên được kết nạp ở một số đơn vị:` / `- ĐH Cần Thơ: 97`).
//!
//! Each figure's cell gives the quantity rules what its own line does not:
//! the row's label and the column's header (what is counted, the year of a
//! column `Năm 2017`), and the caption.

use std::ops::Range;
use std::rc::Rc;
use std::sync::OnceLock;

use super::layout::{Line, Role};

/// A figure of a flattened table, with the lines that say what it is
/// (ranges of the normalized text).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Cell {
    /// The figure's line.
    pub figure: Range<usize>,
    /// Its row's label (`Tổng số đảng viên`).
    pub row: Range<usize>,
    /// Its column's header (`Năm 2017`, `Tỷ lệ (%)`).
    pub column: Range<usize>,
    /// The header of the column of figures to its left, if any (`Số đảng
    /// viên` before `Trong đó truy tặng`).
    pub column_before: Option<Range<usize>>,
    /// All the headers, the labels' column's first (`Đơn vị` … `Tỷ lệ đạt
    /// (%)`); shared by the cells of a table.
    pub headers: Rc<[Range<usize>]>,
    /// Whether the rows are units: their labels' header says so (`Đơn vị`,
    /// `Địa phương`, `Xã, thị trấn`).
    pub rows_are_units: bool,
    /// The line above the headers (`Kết quả xếp loại … năm 2017`), if any.
    pub caption: Option<Range<usize>>,
}

/// At most this many words in a header or a row's label (see [`words`]).
pub(crate) const MAX_LABEL_WORDS: usize = 14;

/// The figures of the flattened tables among `lines`, in text order.
/// `tabs`: where the original text had a tab (sorted offsets of `text`,
/// which has a space there), for tables with cells between tabs.
pub(crate) fn cells(text: &str, lines: &[Line], tabs: &[usize]) -> Vec<Cell> {
    let mut out = Vec::new();
    // Runs of lines of text, one after another (no blank line). (A header
    // may read as page furniture: `Nội dung`; body lines marked as repeats
    // are read too: headers and labels repeat in a second table of the same
    // shape.)
    let texty = |l: &Line| l.gives_facts() || matches!(l.role, Role::Furniture | Role::Body);
    let mut i = 0;
    while i < lines.len() {
        if !texty(&lines[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < lines.len() && texty(&lines[i]) {
            i += 1;
        }
        // (A column of row numbers is left out: the lines kept, by index
        // into `lines`.)
        let all: Vec<&str> = lines[start..i]
            .iter()
            .map(|l| &text[l.range.clone()])
            .collect();
        // (A caption may stand a blank line above, ending with a colon:
        // `Kết quả … (tính đến ngày 30/9/2024):`.)
        let caption_above = start.checked_sub(2).filter(|&c| {
            lines[c + 1].role == Role::Blank
                && texty(&lines[c])
                && text[lines[c].range.clone()].ends_with(':')
        });
        let kept: Vec<usize> = caption_above
            .into_iter()
            .chain(without_row_numbers(&all).into_iter().map(|k| start + k))
            .collect();
        let run: Vec<&str> = kept
            .iter()
            .map(|&k| &text[lines[k].range.clone()])
            .collect();
        // (The headers of each table, built once for its cells.)
        let mut shared = std::collections::HashMap::new();
        for (row, col, caption, figure, last_header) in tables_in(&run) {
            let line = |k: usize| &lines[kept[k]];
            // (Not a table printed twice: its caption and all its headers
            // repeat.)
            let first_header = col - (figure - row);
            let repeated = caption.is_some_and(|c| line(c).duplicate)
                && (first_header..=last_header).all(|k| line(k).duplicate);
            if !line(figure).gives_facts() || repeated {
                continue;
            }
            out.push(Cell {
                figure: line(figure).range.clone(),
                row: line(row).range.clone(),
                column: line(col).range.clone(),
                column_before: (col - (figure - row) + 1 < col)
                    .then(|| line(col - 1).range.clone()),
                headers: Rc::clone(shared.entry(first_header).or_insert_with(|| {
                    (first_header..=last_header)
                        .map(|k| line(k).range.clone())
                        .collect()
                })),
                rows_are_units: names_units(&text[line(first_header).range.clone()]),
                caption: caption.map(|c| line(c).range.clone()),
            });
        }
    }
    let before = out.len();
    barred_tables(text, lines, tabs, &mut out);
    colon_lists(text, lines, &mut out);
    if out.len() > before {
        out.sort_by_key(|c| c.figure.start);
    }
    out
}

/// The figure of a row `Label: figure` (`- ĐH Cần Thơ: 97`): the ranges of
/// the label, without a list's dash, and of the figure.
fn colon_row(text: &str, line: Range<usize>) -> Option<(Range<usize>, Range<usize>)> {
    let s = &text[line.clone()];
    let colon = s.rfind(": ")?;
    let figure = s[colon + 1..].trim();
    let label = s[..colon].trim_start_matches(['-', '+', '•', '*', '–', ' ']);
    if !is_figure(figure) || !is_label(label) || label.contains(':') {
        return None;
    }
    let figure_start = line.start + s.len() - s[colon + 1..].trim_start().len();
    let label_start = line.start + colon - label.len();
    Some((
        label_start..line.start + colon,
        figure_start..figure_start + figure.len(),
    ))
}

/// The figures of lists of rows `Label: figure` under a caption that opens
/// with what they count (`Số hội viên … như sau:`) or names the kind of
/// units the rows are (`Các đơn vị kết nạp nhiều đảng viên:`), added to
/// `out`. The caption's words are the column's header.
fn colon_lists(text: &str, lines: &[Line], out: &mut Vec<Cell>) {
    for (i, line) in lines.iter().enumerate() {
        let s = &text[line.range.clone()];
        if !line.gives_facts() || !s.ends_with(':') {
            continue;
        }
        // (The caption's last sentence.)
        let from = s.rfind(". ").map_or(0, |k| k + 2);
        let caption = line.range.start + from..line.range.end;
        let rows: Vec<(Range<usize>, Range<usize>)> = lines[i + 1..]
            .iter()
            .skip_while(|l| l.role == Role::Blank)
            .map_while(|l| colon_row(text, l.range.clone()).filter(|_| l.gives_facts()))
            .collect();
        if rows.len() < 2 {
            continue;
        }
        // (Rows of units when the caption names their kind: `ở một số
        // huyện, thị xã`, `Các đơn vị …`; not `theo cấp học`. Not a caption
        // of a measure either, `Tuổi bình quân của đảng viên mới:`.)
        let head = crate::normalize::fold_words(&text[caption.clone()]);
        let rows_are_units = mentions_units(&head);
        let counts = head.starts_with(" so ") || head.starts_with(" tong so ");
        if !counts && !rows_are_units {
            continue;
        }
        let headers: Rc<[Range<usize>]> = Rc::new([]);
        for (label, figure) in rows {
            out.push(Cell {
                figure,
                row: label,
                column: caption.clone(),
                column_before: None,
                headers: Rc::clone(&headers),
                rows_are_units,
                caption: Some(caption.clone()),
            });
        }
    }
}

/// The range of `piece`, which starts at byte `at` of the text, without the
/// spaces around it.
fn trimmed(at: usize, piece: &str) -> Range<usize> {
    let lead = piece.len() - piece.trim_start().len();
    at + lead..at + lead + piece.trim().len()
}

/// The cells of a line of a barred table (`Máy Chai | 24 | 812`): ranges of
/// `text` without their spaces; none for a line without a bar. (Bars at the
/// ends, `| a | b |`, close no cell.)
fn bar_cells(text: &str, line: Range<usize>) -> Vec<Range<usize>> {
    let s = &text[line.clone()];
    if !s.contains('|') {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut at = line.start;
    for piece in s.split('|') {
        out.push(trimmed(at, piece));
        at += piece.len() + 1;
    }
    if s.starts_with('|') && s.ends_with('|') && out.len() >= 2 {
        out.pop();
        out.remove(0);
    }
    out
}

/// The cells of a line of a table written one row a line: between bars,
/// or else between tabs (`tabs` as for [`cells`]), or else between runs of
/// spaces (a table of a print page, its columns lined up: [`spaced_cells`]).
fn row_cells(text: &str, line: Range<usize>, tabs: &[usize]) -> Vec<Range<usize>> {
    let bars = bar_cells(text, line.clone());
    if !bars.is_empty() {
        return bars;
    }
    let from = tabs.partition_point(|&t| t < line.start);
    let stops = tabs[from..].iter().take_while(|&&t| t < line.end);
    if tabs.get(from).is_none_or(|&t| t >= line.end) {
        return spaced_cells(text, line);
    }
    let mut out = Vec::new();
    let mut at = line.start;
    for &stop in stops.chain(std::iter::once(&line.end)) {
        out.push(trimmed(at, &text[at..stop]));
        at = stop + 1;
    }
    out
}

/// The cells of a line whose columns are lined up with spaces (`Mường Tè
/// 24      21`): the pieces between runs of three spaces or more, when there
/// are three or more (two short labels apart, `Xem thêm   Chia sẻ`, are
/// no row); none otherwise.
fn spaced_cells(text: &str, line: Range<usize>) -> Vec<Range<usize>> {
    const GAP: &[u8] = b"   ";
    let s = &text[line.clone()];
    if memchr::memmem::find(s.trim().as_bytes(), GAP).is_none() {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut push = |from: usize, piece: &str| {
        if !piece.trim().is_empty() {
            out.push(trimmed(line.start + from, piece));
        }
    };
    let mut at = 0;
    for gap in memchr::memmem::find_iter(s.as_bytes(), GAP) {
        // (The run's later spaces are no new gaps.)
        if gap < at {
            continue;
        }
        push(at, &s[at..gap]);
        at = gap + s[gap..].len() - s[gap..].trim_start_matches(' ').len();
    }
    push(at, &s[at..]);
    if out.len() < 3 {
        out.clear();
    }
    out
}

/// Whether `line` may be a row of a table lined up with spaces: three
/// cells or more (see [`spaced_cells`]), a figure among them (runs of
/// no-break spaces in web text are mostly single gaps between words).
pub(crate) fn lined_up_row(line: &str) -> bool {
    let cells = spaced_cells(line, 0..line.len());
    cells.iter().any(|c| is_figure(&line[c.clone()]))
}

/// The figures of tables written one row a line, cells between bars,
/// tabs or lined-up spaces (see the module's docs), added to `out`.
fn barred_tables(text: &str, lines: &[Line], tabs: &[usize], out: &mut Vec<Cell>) {
    let mut i = 0;
    while i < lines.len() {
        let headers: Rc<[Range<usize>]> = row_cells(text, lines[i].range.clone(), tabs).into();
        let cell = |r: &Range<usize>| &text[r.clone()];
        let is_header = headers.len() >= 2 && headers.iter().all(|h| is_label(cell(h)));
        if !is_header {
            i += 1;
            continue;
        }
        // (A column of row numbers, `TT`, before the labels' column.)
        let label = usize::from(matches!(
            cell(&headers[0]).to_lowercase().as_str(),
            "stt" | "tt" | "số tt"
        ));
        let caption = caption_of_header(text, lines, i);
        let mut row = i + 1;
        // (A rule under the headers, `|---|---|`.)
        if lines.get(row).is_some_and(|l| {
            let rule = &text[l.range.clone()];
            rule.contains('-') && rule.bytes().all(|b| matches!(b, b'|' | b'-' | b':' | b' '))
        }) {
            row += 1;
        }
        while let Some(line) = lines.get(row) {
            let mut cells = row_cells(text, line.range.clone(), tabs);
            // (A row of the whole may leave its number out, `Cộng | 288 | …`
            // with its number's cell cut off the line, or put its label in
            // the numbers' column: `Tổng cộng | | 473 | …`.)
            if label == 1 && cells.len() + 1 == headers.len() {
                cells.insert(0, line.range.start..line.range.start);
            }
            if label == 1
                && cells.len() == headers.len()
                && cells[1].is_empty()
                && is_label(cell(&cells[0]))
            {
                cells.swap(0, 1);
            }
            if cells.len() != headers.len()
                || label >= cells.len()
                || !is_label(cell(&cells[label]))
            {
                break;
            }
            if !line.gives_facts() {
                row += 1;
                continue;
            }
            for col in label + 1..cells.len() {
                if !is_figure(cell(&cells[col])) {
                    continue;
                }
                out.push(Cell {
                    figure: cells[col].clone(),
                    row: cells[label].clone(),
                    column: headers[col].clone(),
                    column_before: (col > label + 1).then(|| headers[col - 1].clone()),
                    headers: Rc::clone(&headers),
                    rows_are_units: names_units(cell(&headers[label])),
                    caption: caption.clone(),
                });
            }
            row += 1;
        }
        i = row.max(i + 1);
    }
}

/// The caption of a table whose headers are line `i`: the line right above,
/// or one a blank line above that ends with a colon (`Số liệu … như sau:`).
fn caption_of_header(text: &str, lines: &[Line], i: usize) -> Option<Range<usize>> {
    let above = |k: usize| lines.get(k).filter(|l| l.role != Role::Blank);
    let line = match i.checked_sub(1).and_then(above) {
        Some(l) => l,
        None => i
            .checked_sub(2)
            .and_then(above)
            .filter(|l| text[l.range.clone()].ends_with(':'))?,
    };
    let s = &text[line.range.clone()];
    (!is_figure(s) && !s.ends_with('.') && !s.contains('|')).then(|| line.range.clone())
}

/// The lines of a run but a column of row numbers, by index: its header
/// (`STT`, `TT`, `Số TT`) and the numbers 1, 2, 3 … that a scrape puts on
/// lines of their own, each before its row's label. All of them when no
/// such numbers follow the header.
fn without_row_numbers(run: &[&str]) -> Vec<usize> {
    let all = || (0..run.len()).collect();
    let header = |l: &&str| matches!(l.trim().to_lowercase().as_str(), "stt" | "tt" | "số tt");
    let Some(h) = run.iter().position(header) else {
        return all();
    };
    let mut next = 1;
    let mut number = vec![false; run.len()];
    number[h] = true;
    for k in h + 1..run.len() {
        if run[k].trim() == next.to_string() && run.get(k + 1).is_some_and(|l| is_label(l)) {
            number[k] = true;
            next += 1;
        }
    }
    if next == 1 {
        return all();
    }
    (0..run.len()).filter(|&k| !number[k]).collect()
}

/// In a run of lines, each figure of a table as (row label, column header,
/// caption, figure, last header) line indices.
fn tables_in(run: &[&str]) -> Vec<(usize, usize, Option<usize>, usize, usize)> {
    let mut out = Vec::new();
    let mut k = 0;
    while k < run.len() {
        // A table starts where a label's first figure does.
        if !is_figure(run[k]) || k == 0 || !is_label(run[k - 1]) {
            k += 1;
            continue;
        }
        let figures = run[k..].iter().take_while(|l| is_figure(l)).count();
        // The headers: the labels' column and one per figure, right above the first row.
        let first_row = k - 1;
        let Some(headers) = first_row.checked_sub(figures + 1) else {
            k += figures;
            continue;
        };
        // (A column of row numbers, `STT`, or of units, `Đơn vị tính`, puts
        // words or figures between a row's label and its figures; a header
        // of the labels' column above the headers found means more columns
        // than figures. Such tables are not read.)
        let lower = |l: &str| l.trim().to_lowercase();
        let odd_column = || {
            run[headers..first_row].iter().any(|l| {
                matches!(
                    lower(l).as_str(),
                    "stt" | "tt" | "số tt" | "đơn vị tính" | "đvt"
                )
            })
        };
        let labels_above = || {
            run[headers.saturating_sub(3)..headers].iter().any(|l| {
                matches!(
                    lower(l).as_str(),
                    "chỉ tiêu"
                        | "nội dung"
                        | "đơn vị"
                        | "xếp loại"
                        | "mức xếp loại"
                        | "tiêu chí"
                        | "đơn vị tính"
                        | "đvt"
                        | "stt"
                )
            })
        };
        if !run[headers..first_row].iter().all(|l| is_label(l)) || odd_column() || labels_above() {
            k += figures;
            continue;
        }
        let caption = headers
            .checked_sub(1)
            .filter(|&c| !is_figure(run[c]) && !run[c].ends_with('.'));
        // The rows: a label and as many figures, as long as they go on. (A
        // row with a cell left empty is passed over: which one is unknown.)
        let full = |row: usize| {
            row + figures < run.len()
                && is_label(run[row])
                && run[row + 1..=row + figures].iter().all(|l| is_figure(l))
        };
        let mut row = first_row;
        loop {
            if full(row) {
                for f in 1..=figures {
                    out.push((row, headers + f, caption, row + f, headers + figures));
                }
                row += figures + 1;
                continue;
            }
            if row >= run.len() || !is_label(run[row]) {
                break;
            }
            let short = (1..figures).find(|&n| {
                run[row + 1..].iter().take(n).all(|l| is_figure(l)) && full(row + n + 1)
            });
            match short {
                Some(n) => row += n + 1,
                None => break,
            }
        }
        k = row.max(k + 1);
    }
    out
}

/// Whether a header of the rows' labels names units (`Đơn vị`, `Địa
/// phương`, `Xã, thị trấn`, `Huyện`): its folded words are a phrase of
/// `data/unit_headers.txt`.
fn names_units(header: &str) -> bool {
    let words = crate::normalize::fold_words(header);
    unit_headers().contains(&words.trim())
}

/// The phrases of `data/unit_headers.txt`.
fn unit_headers() -> &'static [&'static str] {
    static HEADERS: OnceLock<Vec<&str>> = OnceLock::new();
    HEADERS.get_or_init(|| super::layout::phrases(include_str!("data/unit_headers.txt")))
}

/// The change a figure's sign tells in a column of changes: `+101` a rise,
/// `-12` a fall.
pub(crate) fn signed_change(figure: &str) -> Option<&'static str> {
    let figure = figure.trim_start();
    let digit_after = |rest: &str| rest.starts_with(|c: char| c.is_ascii_digit());
    if figure.strip_prefix('+').is_some_and(digit_after) {
        Some("tăng")
    } else if figure.strip_prefix(['-', '−']).is_some_and(digit_after) {
        Some("giảm")
    } else {
        None
    }
}

/// Whether a caption's folded words (`fold_words`) name a kind of unit (a
/// phrase of `data/unit_headers.txt`) in the plural: `ở một số đơn vị`,
/// `các huyện`. (Not `tính đến`, which folds as `tỉnh`.)
fn mentions_units(words: &str) -> bool {
    unit_headers().iter().any(|h| {
        ["cac", "so", "nhung"].iter().any(|some| {
            memchr::memmem::find(words.as_bytes(), format!(" {some} {h} ").as_bytes()).is_some()
        })
    })
}

/// A line that is one figure: digits, with `.` `,` `%` and spaces.
pub(crate) fn is_figure(line: &str) -> bool {
    // (With a word of approximation: `trên 90`, `dưới 1`, `250 trở lên`;
    // or a sign, in a column of changes: `+101`, `-12`.)
    let line = line.trim();
    let line = line.strip_prefix(['+', '-', '−']).unwrap_or(line);
    let bare = APPROX_BEFORE
        .iter()
        .find_map(|w| strip_word_prefix(line, w))
        .unwrap_or(line);
    let bare = APPROX_AFTER
        .iter()
        .find_map(|w| bare.strip_suffix(w))
        .unwrap_or(bare);
    bare.len() <= 16
        && bare.bytes().any(|b| b.is_ascii_digit())
        && bare
            .bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b',' | b'%' | b' '))
}

/// Words before a figure in a cell that say how near it is.
const APPROX_BEFORE: [&str; 8] = ["trên", "dưới", "hơn", "gần", "khoảng", "từ", "Trên", "Dưới"];

/// Words after a figure in a cell: `250 trở lên`.
const APPROX_AFTER: [&str; 2] = [" trở lên", " trở xuống"];

/// `s` after `word` and a space.
fn strip_word_prefix<'s>(s: &'s str, word: &str) -> Option<&'s str> {
    s.strip_prefix(word)?.strip_prefix(' ')
}

/// The words of a label, dashes and other marks between them not counted
/// (`Ban Chỉ huy Phòng thủ khu vực 4 - Quỳ Châu`: 10), counted up to one
/// more than [`MAX_LABEL_WORDS`].
pub(crate) fn words(label: &str) -> usize {
    // (At most one past the most a label may have: a long line is not read
    // to its end.)
    label
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .take(MAX_LABEL_WORDS + 1)
        .count()
}

/// A short line of words, not a sentence: a header or a row's label. (Not a
/// range of figures: `4 - 5`.)
fn is_label(line: &str) -> bool {
    !is_figure(line)
        && line.chars().any(char::is_alphabetic)
        && !line.ends_with(['.', ':', ';'])
        && words(line) <= MAX_LABEL_WORDS
}

#[cfg(test)]
mod tests {
    use super::*;

    fn figures(run: &str) -> Vec<(String, String, Option<String>, String)> {
        let lines: Vec<&str> = run.lines().collect();
        tables_in(&lines)
            .into_iter()
            .map(|(r, c, cap, f, _)| {
                (
                    lines[r].to_string(),
                    lines[c].to_string(),
                    cap.map(|c| lines[c].to_string()),
                    lines[f].to_string(),
                )
            })
            .collect()
    }

    #[test]
    fn rows_of_figures_under_headers() {
        let run =
            "Kết quả xếp loại tổ chức cơ sở đảng năm 2017\nMức xếp loại\nSố lượng\nTỷ lệ (%)\n\
                   Hoàn thành xuất sắc nhiệm vụ\n8\n19,05\nHoàn thành tốt nhiệm vụ\n30\n71,43";
        let found = figures(run);
        assert_eq!(found.len(), 4);
        let caption = Some("Kết quả xếp loại tổ chức cơ sở đảng năm 2017".to_string());
        assert_eq!(
            found[1],
            (
                "Hoàn thành xuất sắc nhiệm vụ".into(),
                "Tỷ lệ (%)".into(),
                caption,
                "19,05".into()
            )
        );
        assert_eq!(found[2].0, "Hoàn thành tốt nhiệm vụ");
        assert_eq!(found[2].1, "Số lượng");
    }

    #[test]
    fn cells_between_bars() {
        let text = "x\n| Đơn vị |  12 | 1,5% |\nMáy Chai | 24 |  | 6";
        let line = |k: usize| {
            let start: usize = text.split('\n').take(k).map(|l| l.len() + 1).sum();
            start..start + text.split('\n').nth(k).unwrap().len()
        };
        let cells = |k| -> Vec<&str> {
            bar_cells(text, line(k))
                .into_iter()
                .map(|r| &text[r])
                .collect()
        };
        assert!(cells(0).is_empty());
        assert_eq!(cells(1), ["Đơn vị", "12", "1,5%"]);
        assert_eq!(cells(2), ["Máy Chai", "24", "", "6"]);
        // Tabs, where no bar is: the spaces they became.
        let text = "Huyện Bắc Hà 58 37";
        let tabs = [text.find(" 58").unwrap(), text.find(" 37").unwrap()];
        let cells: Vec<&str> = row_cells(text, 0..text.len(), &tabs)
            .into_iter()
            .map(|r| &text[r])
            .collect();
        assert_eq!(cells, ["Huyện Bắc Hà", "58", "37"]);
        assert!(row_cells(text, 0..text.len(), &[]).is_empty());
        assert!(row_cells(text, 0..text.find(" ").unwrap(), &tabs).is_empty());
        // (One bar at the end leaves an empty cell.)
        let text = "a | b |";
        let cells: Vec<&str> = bar_cells(text, 0..text.len())
            .into_iter()
            .map(|r| &text[r])
            .collect();
        assert_eq!(cells, ["a", "b", ""]);
    }

    #[test]
    fn rows_of_a_label_and_a_figure() {
        let row =
            |s: &str| colon_row(s, 0..s.len()).map(|(l, f)| (s[l].to_string(), s[f].to_string()));
        assert_eq!(
            row("- ĐH Quốc gia TP.HCM: 312"),
            Some(("ĐH Quốc gia TP.HCM".into(), "312".into()))
        );
        assert_eq!(
            row("Thành phố Tân An:  khoảng 1.104"),
            Some(("Thành phố Tân An".into(), "khoảng 1.104".into()))
        );
        assert_eq!(row("Cập nhật: 21/09/2025, 10:42"), None);
        assert_eq!(row("Đảng bộ có 48 tổ chức: 5.300 đảng viên"), None);
        assert_eq!(row("Đức Hòa 152"), None);
        assert_eq!(row(": 12"), None);
    }

    #[test]
    fn tables_one_row_a_line() {
        use super::super::layout;
        let text = "Tin tức\n\nKết quả 9 tháng của các phường:\n\n\
                    TT | Phường | Chi bộ | Đảng viên\n1 | Máy Chai | 24 | 812\n\
                    2 | Cầu Tre | 19 | \n3 | Tổng | 43 | 1.457\nHết bảng.\n\
                    Trang chủ | Tin tức | Xã hội\nNăm 2024 có 24 chi bộ.\n";
        let lines = layout::layout(text).lines;
        let found: Vec<(&str, &str, &str, Option<&str>, usize)> = cells(text, &lines, &[])
            .iter()
            .map(|c| {
                let t = |r: &Range<usize>| &text[r.clone()];
                (
                    t(&c.row),
                    t(&c.column),
                    t(&c.figure),
                    c.caption.as_ref().map(t),
                    c.headers.len(),
                )
            })
            .collect();
        let caption = Some("Kết quả 9 tháng của các phường:");
        assert_eq!(
            found,
            [
                ("Máy Chai", "Chi bộ", "24", caption, 4),
                ("Máy Chai", "Đảng viên", "812", caption, 4),
                // (An empty cell is passed over, not its row.)
                ("Cầu Tre", "Chi bộ", "19", caption, 4),
                ("Tổng", "Chi bộ", "43", caption, 4),
                ("Tổng", "Đảng viên", "1.457", caption, 4),
            ]
        );
    }

    #[test]
    fn headers_of_units() {
        for h in [
            "Đơn vị",
            "Xã, thị trấn",
            "ĐỊA PHƯƠNG",
            "Tên đơn vị",
            "Đảng bộ",
            "Huyện",
            "Huyện, thị xã, thành phố",
            "Xã, phường",
        ] {
            assert!(names_units(h), "{h}");
        }
        for h in [
            "Đối tượng",
            "Chỉ tiêu",
            "Nội dung",
            "Đơn vị tính",
            "Số huyện",
            "",
        ] {
            assert!(!names_units(h), "{h}");
        }
    }

    #[test]
    fn a_column_of_row_numbers_is_left_out() {
        let run = [
            "Kết quả năm 2024",
            "TT",
            "Đơn vị",
            "Số đảng viên",
            "Kết nạp",
            "1",
            "Huyện Lâm Thao",
            "295",
            "7",
            "2",
            "Huyện Phù Ninh",
            "231",
            "5",
            "Tổng",
            "526",
            "12",
        ];
        let kept: Vec<&str> = without_row_numbers(&run)
            .into_iter()
            .map(|k| run[k])
            .collect();
        assert_eq!(
            kept,
            [
                "Kết quả năm 2024",
                "Đơn vị",
                "Số đảng viên",
                "Kết nạp",
                "Huyện Lâm Thao",
                "295",
                "7",
                "Huyện Phù Ninh",
                "231",
                "5",
                "Tổng",
                "526",
                "12"
            ]
        );
        // A header with no numbers after it, or no header: every line stays.
        let run = ["STT", "Đơn vị", "Số lượng", "I", "Xã A", "12"];
        assert_eq!(
            without_row_numbers(&run),
            (0..run.len()).collect::<Vec<_>>()
        );
        let run = ["Đơn vị", "Số lượng", "Xã A", "1", "Xã B", "2"];
        assert_eq!(
            without_row_numbers(&run),
            (0..run.len()).collect::<Vec<_>>()
        );
    }

    #[test]
    fn columns_of_years() {
        let run = "Chỉ tiêu\nNăm 2016\nNăm 2017\nTổng số đảng viên\n348\n371\nKết nạp đảng viên mới\n19\n24";
        let found = figures(run);
        let cells: Vec<(&str, &str, &str)> = found
            .iter()
            .map(|(r, c, _, f)| (r.as_str(), c.as_str(), f.as_str()))
            .collect();
        assert_eq!(
            cells,
            [
                ("Tổng số đảng viên", "Năm 2016", "348"),
                ("Tổng số đảng viên", "Năm 2017", "371"),
                ("Kết nạp đảng viên mới", "Năm 2016", "19"),
                ("Kết nạp đảng viên mới", "Năm 2017", "24"),
            ]
        );
    }

    #[test]
    fn rows_lined_up_with_spaces() {
        assert!(lined_up_row(
            "Mường Tè                24                 21"
        ));
        assert!(!lined_up_row("Đơn vị           Số bản       Đã xóa"));
        // Runs of no-break spaces between words of a sentence.
        assert!(!lined_up_row("Năm 2024,   huyện kết nạp 120 đảng viên."));
        assert!(!lined_up_row("Mường Tè  24  21"));
        assert!(spaced_cells("Xem thêm   Chia sẻ", 0..18).is_empty());
    }

    #[test]
    fn no_table_without_its_headers() {
        // A label and a figure, but no header for the figure.
        assert!(figures("Tổng số đảng viên\n348").is_empty());
        // Sentences are no headers.
        assert!(figures("Huyện có nhiều chi bộ.\nNăm 2016.\nTổng số đảng viên\n348").is_empty());
        // A row cut short ends the table.
        let found =
            figures("Chỉ tiêu\nNăm 2016\nNăm 2017\nTổng số đảng viên\n348\n371\nKết nạp\n19");
        assert_eq!(found.len(), 2);
        // A row with a cell left empty is passed over, not the rows after it.
        let found = figures(
            "Đơn vị\nKế hoạch\nThực hiện\nXã Cao Xá\n10\n12\nXã Liên Chung\n8\nXã Tân Hà\n9\n11",
        );
        let rows: Vec<&str> = found.iter().map(|c| c.0.as_str()).collect();
        assert_eq!(rows, ["Xã Cao Xá", "Xã Cao Xá", "Xã Tân Hà", "Xã Tân Hà"]);
        // A column of units, or more columns than figures: not read.
        assert!(figures(
            "Chỉ tiêu\nĐơn vị tính\nKế hoạch\nThực hiện\nKết nạp đảng viên\nđảng viên\n120\n132"
        )
        .is_empty());
        // Row numbers between the rows: not read.
        assert!(figures(
            "STT\nĐơn vị\nSố đảng viên kết nạp\n1\nXã Cao Xá\n12\n2\nXã Liên Chung\n6"
        )
        .is_empty());
        assert!(figures("").is_empty());
        assert!(figures("12\n13\n14").is_empty());
    }
}
