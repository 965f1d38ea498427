//! One test per context rule of the quantity extractor, on sentences in the
//! style of the articles (the seed corpus and local papers like it).

use tintuc::extract::{Approx, Extractor, FactBody, Modality, Quantity, TimeRef};

/// The quantity with `value` in the facts of `text`.
fn quantity(text: &str, value: f64) -> Quantity {
    let facts = Extractor::new().extract(text);
    let found: Vec<Quantity> = facts
        .into_iter()
        .filter_map(|f| match f {
            FactBody::Quantity(q) => Some(q),
            _ => None,
        })
        .collect();
    found
        .iter()
        .find(|q| q.value == value)
        .cloned()
        .unwrap_or_else(|| panic!("no quantity {value} in {text:?}: {found:#?}"))
}

fn values(text: &str) -> Vec<f64> {
    Extractor::new()
        .extract(text)
        .into_iter()
        .filter_map(|f| match f {
            FactBody::Quantity(q) => Some(q.value),
            _ => None,
        })
        .collect()
}

/// The parts of a count in a bracket after it count what it counts.
#[test]
fn parts_of_a_count_in_a_bracket() {
    let text =
        "Năm 2022, huyện thi hành kỷ luật 15 đảng viên (khiển trách 9, cảnh cáo 4, khai trừ 2).";
    for (value, event) in [(9.0, "kỷ luật"), (4.0, "kỷ luật"), (2.0, "khai trừ")] {
        let q = quantity(text, value);
        assert_eq!(q.unit, "đảng viên", "{value}");
        assert_eq!(q.event.as_deref(), Some(event), "{value}");
    }
    // A bracket after no count is no breakdown.
    assert_eq!(
        values("Huyện có nhiều chi bộ (khiển trách 9)."),
        Vec::<f64>::new()
    );
}

/// Sessions of something are counted; a number of sessions alone is time.
#[test]
fn sessions_of_something_are_counted() {
    let text =
        "Năm 2016, các chi bộ đã tổ chức 1.024 buổi sinh hoạt chuyên đề; lớp học kéo dài 3 buổi liên tục.";
    assert_eq!(values(text), [1024.0]);
}

#[test]
fn unit_is_the_lexicon_term_after_the_number() {
    let cases = [
        (
            "Đảng bộ huyện có 351 chi bộ trực thuộc và 28 chi bộ cơ sở.",
            351.0,
            "chi bộ trực thuộc",
        ),
        (
            "Đảng bộ huyện có 351 chi bộ trực thuộc và 28 chi bộ cơ sở.",
            28.0,
            "chi bộ cơ sở",
        ),
        (
            "Năm qua kết nạp 193 đảng viên mới, vượt kế hoạch.",
            193.0,
            "đảng viên mới",
        ),
        (
            "Huyện ủy kết nạp 120 quần chúng ưu tú vào Đảng.",
            120.0,
            "quần chúng ưu tú",
        ),
        ("Toàn huyện có 11 xã với 118 bản.", 118.0, "bản"),
        (
            "Đã mở được 9 lớp với tổng số 677 học viên.",
            677.0,
            "học viên",
        ),
        ("Tổng mức bán lẻ đạt 530 tỷ đồng.", 530e9, "đồng"),
        ("Huyện đã trao 412 Huy hiệu Đảng.", 412.0, "huy hiệu đảng"),
        (
            "Xây 12 Nhà đại đoàn kết cho hộ nghèo.",
            12.0,
            "nhà đại đoàn kết",
        ),
        ("Đóng góp hơn 1.300 ngày công.", 1300.0, "ngày công"),
        // People are counted whole: `1,250` before them groups thousands.
        ("Năm 2023, huyện kết nạp 1,250 đảng viên.", 1250.0, "đảng viên"),
        ("Quỹ đạt 1,250 tỷ đồng.", 1.25e9, "đồng"),
        ("Năm 2024, có 1,102 đồng chí được chuyển chính thức.", 1102.0, "đồng chí"),
        ("Có 1,250 lượt cán bộ, đảng viên tham gia.", 1250.0, "lượt"),
        ("Mỗi lớp 40~50 học viên.", 40.0, "học viên"),
        // After a label and its colon: what the label names.
        (
            "Kết quả năm 2023:\n- Số tổ chức cơ sở đảng: 61 (giảm 3 do sáp nhập);\n- Đảng viên mới: 245",
            61.0,
            "tổ chức cơ sở đảng",
        ),
        (
            "Kết quả năm 2023:\n- Số tổ chức cơ sở đảng: 61;\n- Đảng viên mới: 245",
            245.0,
            "đảng viên mới",
        ),
        (
            "Tiêu đề\nKết quả năm 2023:\n• Số chi bộ: 402\n• Tổng số đảng viên toàn Đảng bộ: 1.200\n• Xếp loại: tốt",
            402.0,
            "chi bộ",
        ),
        (
            "Tiêu đề\nKết quả năm 2023:\n• Số chi bộ: 402\n• Tổng số đảng viên toàn Đảng bộ: 1.200\n• Xếp loại: tốt",
            1200.0,
            "đảng viên",
        ),
        ("Đại hội có 450 đại biểu tham dự.", 450.0, "đại biểu"),
        // Units of three syllables, and their abbreviations.
        (
            "Huyện có 27 hợp tác xã (HTX) với gần 2.300 xã viên.",
            27.0,
            "hợp tác xã",
        ),
        (
            "Huyện có 27 hợp tác xã (HTX) với gần 2.300 xã viên.",
            2300.0,
            "xã viên",
        ),
        ("Chỉ có 4 HTX có chi bộ đảng.", 4.0, "htx"),
        ("Xã thành lập 3 câu lạc bộ dân vận khéo.", 3.0, "câu lạc bộ"),
        ("Tỷ lệ đảng viên là nữ chiếm 65,8%.", 65.8, "%"),
        // A quoted title that names a counted thing.
        ("Xã có 18 “chi bộ 4 tốt” và 3 thôn.", 18.0, "chi bộ"),
        (
            "Toàn tỉnh có 56 \"Chi bộ kiểu mẫu\" được công nhận.",
            56.0,
            "chi bộ",
        ),
        // Measures written in capitals (a port's containers, a plant's power).
        (
            "Năm 2024, cảng đạt sản lượng 620.000 TEU.",
            620000.0,
            "teu",
        ),
        ("Nhà máy có công suất 1.200 MW.", 1200.0, "mw"),
        // A boat's engine power.
        ("Tàu có công suất 820 CV.", 820.0, "cv"),
        // A word before a counted thing counts with it, in words too.
        ("Năm 2024, chi bộ kết nạp hai nữ đảng viên.", 2.0, "nữ đảng viên"),
        ("Xã xây 12 căn nhà đại đoàn kết.", 12.0, "căn nhà đại đoàn kết"),
        // US dollars, in capitals or in words.
        ("Doanh thu bán dầu đạt 10,2 tỷ USD.", 10.2e9, "usd"),
        ("Thu nhập đạt khoảng 8.500 USD/người/năm.", 8500.0, "usd"),
        ("Tổng vốn đầu tư 3 triệu đô la Mỹ.", 3e6, "đô la mỹ"),
    ];
    for (text, value, unit) in cases {
        assert_eq!(quantity(text, value).unit, unit, "{text}");
    }
    // A quote before words that are no counted thing gives no unit.
    assert_eq!(values("Xã có 3 “điểm sáng” về dân vận."), Vec::<f64>::new());
}

#[test]
fn durations_labels_and_list_markers_are_not_quantities() {
    assert_eq!(
        values("Có 45 đảng viên hoàn thành xuất sắc nhiệm vụ 5 năm liền."),
        [45.0]
    );
    assert_eq!(
        values("Đại hội Đảng bộ huyện lần thứ 4, khóa 18 đã thành công."),
        Vec::<f64>::new()
    );
    assert_eq!(values("1. Tổ chức đảng:\nCó 10 chi bộ."), [10.0]);
    assert_eq!(
        values("Theo Quyết định số 1090/2023 của Ban Thường vụ Huyện ủy."),
        Vec::<f64>::new()
    );
    assert_eq!(
        values("Nghị quyết Trung ương 4 (khóa XII) về xây dựng Đảng."),
        Vec::<f64>::new()
    );
    // A label that names no thing counted gives no unit.
    assert_eq!(
        values("Thời gian học: 5\nĐịa điểm: hội trường"),
        Vec::<f64>::new()
    );
    // The number in a short quoted title or campaign counts nothing; a
    // quoted speech keeps its figures.
    assert_eq!(
        values(
            "Năm 2018, 12/14 xứ, họ giáo đạt \"xứ, họ đạo 4 gương mẫu”, nhiều hộ đạt danh hiệu."
        ),
        [12.0]
    );
    assert_eq!(
        values("Xã có phong trào “3 không” sôi nổi."),
        Vec::<f64>::new()
    );
    // Quotation marks pair up within a line: a figure after closed ones,
    // or on the line after an unclosed one, counts.
    assert_eq!(
        values("Phong trào “3 không”, \"2 giỏi\" và 7 chi bộ vững mạnh."),
        [7.0]
    );
    assert_eq!(
        values("Phong trào \"3 không\", “2 giỏi” có 7 chi bộ tham gia."),
        [7.0]
    );
    assert_eq!(
        values("Đồng chí nói: “Phải cố gắng hơn\nXã có 5 chi bộ."),
        [5.0]
    );
    assert_eq!(
        values("Đồng chí nói: “Năm 2023, thành phố đã trao 412 Huy hiệu Đảng, tăng 15,2% so với năm 2022.”"),
        [412.0, 15.2]
    );
    // Names of places and days of the month count nothing.
    assert_eq!(
        values("Chi bộ Khu phố 5 vững mạnh. Chi bộ sinh hoạt vào ngày 3 hằng tháng. Tổ dân phố 7 có 20 hộ."),
        [20.0]
    );
    // A percentage is never a label.
    assert_eq!(
        values("Tỷ lệ đảng viên dưới 30 tuổi 12%, nữ 38%."),
        [12.0, 38.0]
    );
    // A birth year is the time of no fact.
    let q = quantity(
        "Chị Lê Thị Hoa (SN 1992) là Bí thư Chi đoàn. Chi đoàn có 30 đoàn viên.",
        30.0,
    );
    assert_eq!(q.time, None);
    // A document number before a committee's name is cited, not counted.
    assert_eq!(
        values("Thực hiện Nghị quyết 05 Tỉnh ủy về phát triển đảng viên."),
        Vec::<f64>::new()
    );
    // A hamlet's number names it.
    assert_eq!(
        values("Đại hội Chi bộ thôn 3 nhiệm kỳ 2025-2027 bầu 5 đồng chí."),
        [5.0]
    );
    // `mỗi lớp`: each class, not class 90.
    let q = quantity("Huyện mở 4 lớp, mỗi lớp 90 - 100 học viên.", 90.0);
    assert_eq!((q.value_max, q.unit.as_str()), (Some(100.0), "học viên"));
    // In a list of units, a count with its unit left out counts what the
    // next item's does; not a unit's number after `số`.
    let text = "Nhiều đơn vị kết nạp được nhiều: Đảng bộ huyện Lục Nam 34 đảng viên, \
                thành phố Bắc Giang 27, thị xã Việt Yên 25, Đảng bộ Khối các cơ quan tỉnh 19 đảng viên.";
    assert_eq!(quantity(text, 27.0).unit, "đảng viên");
    assert_eq!(values(text), [34.0, 27.0, 25.0, 19.0]);
    assert_eq!(
        values("Chi bộ Tổ dân phố số 7, phường Tân An hiện có 41 đảng viên."),
        [41.0]
    );
    // The name of a movement (`chi bộ 4 tốt`) and a numbered district or
    // ward (`Quận 1`) are no counts.
    assert_eq!(
        values("Toàn huyện có 42 chi bộ 4 tốt được công nhận."),
        [42.0]
    );
    assert_eq!(values("Quận 1 chăm lo Tết cho 300 hộ nghèo."), [300.0]);
}

#[test]
fn approximation_from_cues() {
    let cases = [
        (
            "Tổng số đảng viên là hơn 3.700 đảng viên.",
            3700.0,
            Approx::MoreThan,
        ),
        (
            "Phấn đấu kết nạp từ 110 đảng viên mới trở lên.",
            110.0,
            Approx::AtLeast,
        ),
        (
            "Phấn đấu tỷ lệ kết nạp đạt từ 7% trở lên.",
            7.0,
            Approx::AtLeast,
        ),
        ("Đã kết nạp gần 640 đảng viên mới.", 640.0, Approx::About),
        ("cử hàng nghìn lượt cán bộ đi học", 1000.0, Approx::About),
        ("Kết nạp 10 đảng viên mới.", 10.0, Approx::Exact),
        // Opening its clause with no end of the story, `từ` is a floor.
        (
            "Năm 2023, từ 90% chi bộ duy trì sinh hoạt định kỳ.",
            90.0,
            Approx::AtLeast,
        ),
        // Opening its clause, `từ` is where a story starts.
        (
            "Từ 45 đảng viên năm 1990, đến nay Đảng bộ có 312 đảng viên.",
            45.0,
            Approx::Exact,
        ),
        // `trở lên` after a rating belongs to the rating, not to the count.
        (
            "Năm 2023 có 8.610 đảng viên hoàn thành tốt nhiệm vụ trở lên.",
            8610.0,
            Approx::Exact,
        ),
        (
            "Có 120 đảng viên được xếp loại khá trở lên.",
            120.0,
            Approx::Exact,
        ),
        (
            "Mục tiêu kết nạp 900 đảng viên mới trở lên.",
            900.0,
            Approx::AtLeast,
        ),
    ];
    for (text, value, approx) in cases {
        assert_eq!(quantity(text, value).approx, approx, "{text}");
    }
}

/// `chưa đạt 3 chỉ tiêu`: a count of what fell short, exact and of no
/// relation (`chưa đạt 70%` is a bound).
#[test]
fn counts_that_fell_short() {
    let text = "Đến cuối nhiệm kỳ, Đảng bộ huyện đạt và vượt 17 chỉ tiêu, chưa đạt 3 chỉ tiêu; còn 5 đảng bộ chưa đạt 70% kế hoạch.";
    let q = quantity(text, 3.0);
    assert_eq!((q.approx, q.relation), (Approx::Exact, None));
    assert_eq!(quantity(text, 70.0).approx, Approx::LessThan);
    // Short of a number of members is a bound.
    let text = "Năm 2023, còn 5 chi bộ chưa đạt 3 đảng viên chính thức.";
    assert_eq!(quantity(text, 3.0).approx, Approx::LessThan);
}

/// `cao hơn 1,8% so với năm trước`: a comparative with a reference point is
/// the change, not a bound; without one it stays a bound.
#[test]
fn comparative_with_a_reference_is_a_change() {
    let text = "Tỷ lệ đảng viên trẻ chiếm 27,6%, cao hơn 1,8% so với năm trước; thi hành kỷ luật 5 đảng viên, ít hơn 2 trường hợp so với cùng kỳ.";
    let q = quantity(text, 1.8);
    assert_eq!(q.approx, Approx::Exact);
    assert_eq!(q.relation.as_deref(), Some("tăng"));
    assert_eq!(q.reference.as_deref(), Some("năm trước"));
    let q = quantity(text, 2.0);
    assert_eq!(q.approx, Approx::Exact);
    assert_eq!(q.relation.as_deref(), Some("giảm"));
    assert_eq!(q.reference.as_deref(), Some("cùng kỳ"));
    let q = quantity("Năm nay kết nạp ít hơn 50 đảng viên.", 50.0);
    assert_eq!((q.approx, q.relation), (Approx::LessThan, None));
    // The comparative, what it compares with, `là`, the figure: the change,
    // of the year before, not at it.
    let text = "Năm 2012, Đảng bộ Khối kết nạp 356 đảng viên mới, cao hơn năm 2011 là 42 đảng viên; có 18/22 doanh nghiệp kết nạp được đảng viên.";
    let q = quantity(text, 42.0);
    assert_eq!(q.relation.as_deref(), Some("tăng"));
    assert_eq!(q.reference.as_deref(), Some("năm 2011"));
    assert_eq!(q.time, Some(TimeRef::Year { year: 2012 }));
    assert_eq!(
        quantity(text, 18.0).time,
        Some(TimeRef::Year { year: 2012 })
    );
    let text =
        "Năm 2023, huyện kết nạp được 186 đảng viên mới, cao hơn cùng kỳ năm trước 24 đảng viên.";
    let q = quantity(text, 24.0);
    assert_eq!(q.relation.as_deref(), Some("tăng"));
    assert_eq!(q.reference.as_deref(), Some("cùng kỳ năm trước"));
    let q = quantity(
        "Năm 2020 xử lý 5 đảng viên, ít hơn cùng kỳ là 3 trường hợp.",
        3.0,
    );
    assert_eq!(q.relation.as_deref(), Some("giảm"));
    assert_eq!(q.reference.as_deref(), Some("cùng kỳ"));
    // What is compared with ends before a contrast and the next figure.
    let text = "Quý III/2024, tỉnh kết nạp 312 đảng viên, giảm 104 đảng viên so với quý II nhưng tăng 9,5% so với cùng kỳ.";
    assert_eq!(quantity(text, 104.0).reference.as_deref(), Some("quý ii"));
}

#[test]
fn range_and_fraction() {
    let q = quantity("Năm 2023, mở từ 2 đến 3 lớp bồi dưỡng.", 2.0);
    assert_eq!((q.value_max, q.unit.as_str()), (Some(3.0), "lớp"));
    let q = quantity(
        "Đã đại hội xong 346/680 tổ chức cơ sở đảng, đạt 50,80%.",
        346.0,
    );
    assert_eq!(q.total, Some(680.0));
    // Typed without marks: scales, ranges, units of time and labels.
    let q = quantity("Nam 2023, quy dat 58 trieu dong.", 58e6);
    assert_eq!(q.unit, "dong");
    let q = quantity("Nam 2024 mo tu 2 den 3 lop boi duong.", 2.0);
    assert_eq!((q.value_max, q.unit.as_str()), (Some(3.0), "lop"));
    assert_eq!(
        values("Sau 6 thang, Hoi nghi Trung uong 5 khoa XIII ket thuc."),
        Vec::<f64>::new()
    );
    // `do` (by) is no approximation, marked or not.
    assert_eq!(
        quantity("Lớp học do 5 đảng viên phụ trách.", 5.0).approx,
        Approx::Exact
    );
    // A list counts what its first later item with a unit counts.
    let text = "Thi hành kỷ luật 47 đảng viên, trong đó khiển trách 21, cảnh cáo 15, \
                cách chức 4, khai trừ 7 đảng viên.";
    for value in [21.0, 15.0, 4.0] {
        let q = quantity(text, value);
        assert_eq!(
            (q.unit.as_str(), q.event.as_deref()),
            ("đảng viên", Some("kỷ luật"))
        );
    }
    // Not across a sentence, nor over a long stretch.
    assert_eq!(
        values("Khiển trách 12, cảnh cáo 15. Có 30 đảng viên dự."),
        [30.0]
    );
    // Nor after a number that names a place or a mark (`Km 12`), unless a
    // bare list ends with `và`.
    assert_eq!(values("Tại Km 12, 20 hộ dân đã di dời."), [20.0]);
    assert_eq!(values("Đạt điểm 9, 12 học viên đạt điểm 10."), [12.0]);
    assert_eq!(
        quantity("Ba xã có 12, 15 và 20 đảng viên.", 15.0).unit,
        "đảng viên"
    );
    assert_eq!(
        values("Số phiếu bầu là 12, sau nhiều vòng bỏ phiếu kín tại hội trường, 30 đảng viên dự."),
        [30.0]
    );
    // Items under a label that names the thing, each labelled by its year.
    let text = "Số đảng viên kết nạp qua các năm: năm 2021: 198; năm 2022: 214; năm 2023: 236.";
    for (value, y) in [(198.0, 2021), (214.0, 2022), (236.0, 2023)] {
        let q = quantity(text, value);
        assert_eq!(
            (q.unit.as_str(), q.event.as_deref()),
            ("đảng viên", Some("kết nạp"))
        );
        assert_eq!(q.time, Some(TimeRef::Year { year: y }));
    }
    // Items with their years in brackets.
    let text = "Huyện đã kết nạp 198 (2021), 214 (2022) và 236 (2023) đảng viên.";
    for (value, y) in [(198.0, 2021), (214.0, 2022), (236.0, 2023)] {
        let q = quantity(text, value);
        assert_eq!(q.unit, "đảng viên");
        assert_eq!(q.time, Some(TimeRef::Year { year: y }));
    }
    // A change: the first figure counts what the second does.
    let text = "Số chi bộ giảm từ 601 xuống còn 587 chi bộ; số đảng viên tăng từ 5.100 lên 5.350 đảng viên.";
    assert_eq!(quantity(text, 601.0).unit, "chi bộ");
    assert_eq!(quantity(text, 5100.0).unit, "đảng viên");
    assert_eq!(quantity(text, 5350.0).unit, "đảng viên");
    // (The start of a change is no floor, past a list of units too.)
    let text = "Số đơn vị cấp xã giảm từ 299 xã, phường, thị trấn xuống còn 124 xã, phường.";
    assert_eq!(quantity(text, 299.0).approx, Approx::Exact);
    let text = "Toàn tỉnh giảm từ 2 đảng bộ tỉnh, 17 đảng bộ huyện, thị xã, thành phố và 283 đảng bộ xã, phường, thị trấn xuống còn một Đảng bộ tỉnh.";
    assert_eq!(quantity(text, 2.0).approx, Approx::Exact);
    // (But a floor before another change is one.)
    for text in [
        "Năm 2024, xã kết nạp từ 15 đảng viên, tỷ lệ hộ nghèo giảm xuống còn 2,1%.",
        "Năm 2024, huyện tổ chức từ 15 cuộc kiểm tra, các đoàn công tác đã xuống tận cơ sở.",
    ] {
        assert_eq!(quantity(text, 15.0).approx, Approx::AtLeast, "{text}");
    }
}

/// `Từ đầu nhiệm kỳ đến hết tháng 5/2023`: from the term's first year to
/// the time told, the term told before, between, or else the congresses'.
#[test]
fn from_the_start_of_the_term_to_a_time() {
    let span = |from, to| Some(TimeRef::Period { from, to });
    let text = "Nhiệm kỳ 2015-2020, huyện kết nạp 900 đảng viên. Đại hội nhiệm kỳ 2020-2025 đề ra chỉ tiêu kết nạp 1.400 đảng viên. Từ đầu nhiệm kỳ đến hết tháng 5/2023, huyện kết nạp được 1.146 đảng viên.";
    assert_eq!(quantity(text, 1146.0).time, span(2020, 2023));
    let text =
        "Từ đầu nhiệm kỳ 2020 - 2025 đến ngày 30/6/2024, toàn Đảng bộ kết nạp 587 đảng viên.";
    assert_eq!(quantity(text, 587.0).time, span(2020, 2024));
    let text = "Từ đầu nhiệm kỳ đến cuối năm 2024, thị xã đã kết nạp 612 đảng viên.";
    assert_eq!(quantity(text, 612.0).time, span(2020, 2024));
    let text = "Từ đầu nhiệm kỳ 2015 - 2020 tới hết năm 2018, huyện kết nạp 904 đảng viên.";
    assert_eq!(quantity(text, 904.0).time, span(2015, 2018));
    // (A span told as no term is none: `Đề án … giai đoạn 2022 - 2025`.)
    let text = "Huyện thực hiện Đề án giai đoạn 2022 - 2025. Từ đầu nhiệm kỳ đến hết năm 2024, huyện kết nạp 512 đảng viên.";
    assert_eq!(quantity(text, 512.0).time, span(2020, 2024));
    // (Not a span from another start.)
    let text = "Từ đầu năm đến hết tháng 5/2023, huyện kết nạp được 146 đảng viên.";
    assert_ne!(quantity(text, 146.0).time, span(2020, 2023));
}

/// `từ đầu nhiệm kỳ` with no end, or up to now, on a page of 2023: from the
/// start of the term told before to the page's year; a year singled out
/// of it (`riêng năm 2022`) dates its own clause, and the next sentence is
/// the term's again.
#[test]
fn from_the_start_of_the_term_until_now() {
    let span = |from, to| Some(TimeRef::Period { from, to });
    let page = "Sơn Dương sơ kết giữa nhiệm kỳ\n28/06/2023 16:20\nHuyện ủy sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ huyện, nhiệm kỳ 2020 - 2025. Nghị quyết 05-NQ/HU về sinh hoạt chi bộ giai đoạn 2021 - 2025 được triển khai.\nNăm 2022: hoàn thành xuất sắc nhiệm vụ 11 tổ chức.\n";
    let text = format!("{page}Tổng thu đảng phí từ đầu nhiệm kỳ đạt trên 7,2 tỷ đồng; riêng năm 2022 thu 2,65 tỷ đồng. Cấp ủy các cấp đã kiểm tra 312 lượt tổ chức đảng.");
    assert_eq!(quantity(&text, 7.2e9).time, span(2020, 2023));
    assert_eq!(
        quantity(&text, 2.65e9).time,
        Some(TimeRef::Year { year: 2022 })
    );
    assert_eq!(quantity(&text, 312.0).time, span(2020, 2023));
    let text = format!("{page}Từ đầu nhiệm kỳ đến nay, huyện kết nạp 1.146 đảng viên.");
    assert_eq!(quantity(&text, 1146.0).time, span(2020, 2023));
    // (A record's measure is no time: `cao nhất từ đầu nhiệm kỳ`.)
    let text = format!("{page}Năm 2022 kết nạp 356 đảng viên, cao nhất từ đầu nhiệm kỳ. Toàn huyện có 56 tổ chức cơ sở đảng.");
    assert_eq!(
        quantity(&text, 56.0).time,
        Some(TimeRef::Year { year: 2022 })
    );
}

/// `Trong nhiệm kỳ`, `5 năm qua`, `Sau 5 năm`: the span of years told
/// before that lasts as long, not the last single year.
#[test]
fn a_term_or_some_years_is_the_span_told_before() {
    let text = "Nhiệm kỳ 2020-2025, Đảng bộ xã Tân Lập đạt 19/21 chỉ tiêu. Thu nhập bình quân năm 2024 đạt 62 triệu đồng. 5 năm qua, Đảng bộ đã kết nạp 147 đảng viên mới. Trong nhiệm kỳ, Đảng bộ tặng Huy hiệu Đảng cho 74 đảng viên.";
    for value in [147.0, 74.0] {
        assert_eq!(
            quantity(text, value).time,
            Some(TimeRef::Period {
                from: 2020,
                to: 2025
            }),
            "{value}"
        );
    }
    let text = "Giai đoạn 2011 – 2015, huyện triển khai Đề án. Năm 2011, huyện còn 21 thôn chưa có chi bộ. Sau 5 năm, Đảng bộ huyện đã kết nạp được 1.126 đảng viên.";
    assert_eq!(
        quantity(text, 1126.0).time,
        Some(TimeRef::Period {
            from: 2011,
            to: 2015
        })
    );
    // Not years to come; the term to come is the one after the last told.
    let text = "Nhiệm kỳ 2020-2025, Đảng bộ huyện kết nạp 1.200 đảng viên. Trong 5 năm tới, phấn đấu kết nạp 1.500 đảng viên. Nhiệm kỳ tới, phấn đấu kết nạp 1.600 đảng viên.";
    assert_eq!(quantity(text, 1500.0).time, None);
    assert_eq!(
        quantity(text, 1600.0).time,
        Some(TimeRef::Period {
            from: 2025,
            to: 2030
        })
    );
    // `Trong nhiệm kỳ,` opening a sentence dates what follows it too, not
    // a year told before it; `Trong nhiệm kỳ tới` does not.
    let text = "Đại hội Đảng bộ xã Phú Lý nhiệm kỳ 2025-2030\nThứ Năm, 24/07/2025 | 16:35\n\n\
                Báo cáo nêu rõ, nhiệm kỳ 2020-2025, các chỉ tiêu đều đạt. Thu nhập bình quân năm 2024 đạt 68,5 triệu đồng.\n\n\
                Công tác xây dựng Đảng được chú trọng. Trong nhiệm kỳ, Đảng bộ kết nạp 214 đảng viên mới. \
                Hằng năm có trên 90% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ.";
    assert_eq!(
        quantity(text, 90.0).time,
        Some(TimeRef::Period {
            from: 2020,
            to: 2025
        })
    );
    let text = "Tin tức\n\nNhiệm kỳ 2020-2025, các chỉ tiêu đều đạt. Năm 2024 kết nạp 51 đảng viên. \
                Trong nhiệm kỳ tới, phấn đấu kết nạp 300 đảng viên. Năm nay có 95% chi bộ hoàn thành tốt nhiệm vụ.";
    assert!(!matches!(
        quantity(text, 95.0).time,
        Some(TimeRef::Period { .. })
    ));
    // Not the new term a congress opens, but the one before it.
    let text = "Sáng 12/6/2025, Đảng bộ xã Tân Hà khai mạc Đại hội đại biểu lần thứ XVI, nhiệm kỳ 2025-2030. Nhiệm kỳ qua, Đảng bộ xã kết nạp 85 đảng viên.";
    assert_eq!(
        quantity(text, 85.0).time,
        Some(TimeRef::Period {
            from: 2020,
            to: 2025
        })
    );
    // A congress's new term is the one `nhiệm kỳ mới` means.
    let text = "Đại hội Chi bộ thôn Nà Lừa nhiệm kỳ 2025 - 2027\nThứ Hai, 14/04/2025 - 09:32\n\
                Nhiệm kỳ mới, Chi bộ phấn đấu kết nạp ít nhất 3 đảng viên mới.";
    assert_eq!(
        quantity(text, 3.0).time,
        Some(TimeRef::Period {
            from: 2025,
            to: 2027
        })
    );
    // `Từ năm 2016 đến nay` on a page of 2019 is 2016–2019; since the start of
    // the page's own year it stays that year.
    let text = "Kon Plông kết nạp đảng viên\nCập nhật lúc 08:00, Thứ Hai, 14/10/2019 (GMT+7)\n\
                Từ năm 2016 đến nay, huyện đã kết nạp 382 đảng viên. Từ đầu năm 2019 đến nay kết nạp 46 đảng viên.";
    assert_eq!(
        quantity(text, 382.0).time,
        Some(TimeRef::Period {
            from: 2016,
            to: 2019
        })
    );
    assert_eq!(
        quantity(text, 46.0).time,
        Some(TimeRef::Year { year: 2019 })
    );
    // The past term and the new one in one sentence; a congress dated in its text.
    let text = "Ngày 15/10/2025, Đại hội Đảng bộ huyện nhiệm kỳ 2025-2030 khai mạc. \
                Nhiệm kỳ qua, Đảng bộ kết nạp 1.120 đảng viên; nhiệm kỳ mới, Đảng bộ phấn đấu kết nạp 1.200 đảng viên.";
    assert_eq!(
        quantity(text, 1120.0).time,
        Some(TimeRef::Period {
            from: 2020,
            to: 2025
        })
    );
    assert_eq!(
        quantity(text, 1200.0).time,
        Some(TimeRef::Period {
            from: 2025,
            to: 2030
        })
    );
    // `tới nay` is until now, not the next term.
    let text =
        "Nhiệm kỳ 2020-2025, huyện đề ra nhiều chỉ tiêu. Năm 2023, huyện kết nạp 200 đảng viên. \
                Từ đầu nhiệm kỳ tới nay, Đảng bộ đã kết nạp 650 đảng viên.";
    assert_eq!(
        quantity(text, 650.0).time,
        Some(TimeRef::Year { year: 2023 })
    );
    // Not the start of the term to now, nor a span of another length.
    let text = "Mục tiêu giai đoạn 2021-2025 kết nạp 900 đảng viên. Năm 2023, huyện kết nạp 180 đảng viên. Từ đầu nhiệm kỳ đến nay đã kết nạp 78 đảng viên; 3 năm qua mở 12 lớp bồi dưỡng.";
    assert!(!matches!(
        quantity(text, 78.0).time,
        Some(TimeRef::Period { .. })
    ));
    assert!(!matches!(
        quantity(text, 12.0).time,
        Some(TimeRef::Period { .. })
    ));
}

/// A bare number after a comma or `và` that repeats the predicate of a
/// count before it counts what that count does.
#[test]
fn a_bare_number_that_repeats_a_predicate_takes_its_unit() {
    let text = "Năm 2024, có 12 tổ chức cơ sở đảng hoàn thành xuất sắc nhiệm vụ (chiếm 18,46%), 46 hoàn thành tốt nhiệm vụ (70,77%), 6 hoàn thành nhiệm vụ và 1 tổ chức cơ sở đảng không hoàn thành nhiệm vụ.";
    for value in [46.0, 6.0] {
        assert_eq!(quantity(text, value).unit, "tổ chức cơ sở đảng", "{value}");
    }
    // Another predicate, or none, is no such repeat.
    for text in [
        "Năm 2024, có 12 chi bộ hoàn thành tốt nhiệm vụ, 46 đạt danh hiệu.",
        "Năm 2024, có 12 chi bộ hoàn thành tốt nhiệm vụ, 46.",
        "Năm 2024, có 12 chi bộ. Năm 2025, 46 hoàn thành tốt nhiệm vụ.",
        // (Numbers of a list of labels.)
        "Năm 2024, có 12 chi bộ hoàn thành tốt nhiệm vụ, trong đó các chi bộ thôn 2, 5 và 46 hoàn thành xuất sắc nhiệm vụ.",
    ] {
        assert!(!values(text).contains(&46.0), "{text}");
    }
    // The count whose predicate it repeats furthest.
    let text = "Năm 2024, có 14 xã đạt chuẩn nông thôn mới, 300 hộ đạt gia đình văn hóa; 3 đạt chuẩn nông thôn mới nâng cao.";
    assert_eq!(quantity(text, 3.0).unit, "xã");
}

/// A venue before the unit (`Tại KCN Yên Phong, Đảng ủy xã Long Châu …`)
/// is not what the unit after the comma locates.
#[test]
fn a_venue_is_no_subject() {
    let text =
        "Năm 2022, tại KCN Yên Phong, Đảng ủy xã Long Châu đã thành lập 3 chi bộ doanh nghiệp.";
    assert_eq!(
        quantity(text, 3.0).subject.as_deref(),
        Some("Đảng ủy xã Long Châu")
    );
    // Nor is a paper's tag before the lead.
    let text = "Báo Hà Tĩnh - Đảng bộ thị xã Kỳ Anh hiện có 412 đảng viên đi làm ăn xa.";
    assert_eq!(
        quantity(text, 412.0).subject.as_deref(),
        Some("Đảng bộ thị xã Kỳ Anh")
    );
}

/// A company's or a bloc's full name, lower-case words and all, is the
/// subject (`Công ty cổ phần …`, `Khối các Khu công nghiệp`).
#[test]
fn company_and_bloc_names_are_whole_subjects() {
    let text = "Năm 2023, Chi bộ Công ty cổ phần Prime Phúc Yên được khen. Đến nay chi bộ đã có 34 đảng viên.";
    assert_eq!(
        quantity(text, 34.0).subject.as_deref(),
        Some("Chi bộ Công ty cổ phần Prime Phúc Yên")
    );
    let text = "Theo Đảng ủy Khối các Khu công nghiệp tỉnh, toàn khối hiện có 178 tổ chức đảng.";
    assert_eq!(
        quantity(text, 178.0).subject.as_deref(),
        Some("Đảng ủy Khối các Khu công nghiệp tỉnh")
    );
    let text =
        "Theo Đảng ủy các Khu công nghiệp tỉnh, năm 2021, Đảng bộ kết nạp được 327 đảng viên.";
    assert_eq!(
        quantity(text, 327.0).subject.as_deref(),
        Some("Đảng ủy các Khu công nghiệp tỉnh")
    );
    // A workshop's name ends with its number; a count after it is no part.
    let text =
        "Tin tức\n\nTại Chi bộ Phân xưởng Khai thác 5, năm 2024 đã kết nạp 6 đảng viên mới. \
                Chi bộ Phân xưởng Cơ điện 2 có 41 đảng viên.";
    assert_eq!(
        quantity(text, 6.0).subject.as_deref(),
        Some("Chi bộ Phân xưởng Khai thác 5")
    );
    assert_eq!(
        quantity(text, 41.0).subject.as_deref(),
        Some("Chi bộ Phân xưởng Cơ điện 2")
    );
    let text = "Tin tức\n\nChi bộ Phân xưởng Cơ điện 12 đảng viên đều hoàn thành tốt nhiệm vụ.";
    assert_eq!(quantity(text, 12.0).unit, "đảng viên");
    // Nor does a count of times or a span.
    let text = "Tin tức\n\nĐảng bộ Khu công nghiệp Mỹ Phước 12 tháng qua kết nạp 20 đảng viên.";
    assert_eq!(
        quantity(text, 20.0).subject.as_deref(),
        Some("Đảng bộ Khu công nghiệp Mỹ Phước")
    );
    // The bodies of 2025: `Đảng bộ các cơ quan Đảng tỉnh`.
    let text =
        "Đảng bộ các cơ quan Đảng tỉnh được thành lập trên cơ sở tiếp nhận 19 tổ chức cơ sở đảng.";
    assert_eq!(
        quantity(text, 19.0).subject.as_deref(),
        Some("Đảng bộ các cơ quan Đảng tỉnh")
    );
    // The party body of a kind in the plural, with its level: one body
    // (`các xã` alone is no name).
    let text = "Năm 2025, Đảng bộ các khu công nghiệp tỉnh kết nạp 187 đảng viên mới.";
    assert_eq!(
        quantity(text, 187.0).subject.as_deref(),
        Some("Đảng bộ các khu công nghiệp tỉnh")
    );
    let text = "Tỉnh Hưng Yên có nhiều xã. Năm 2025, Đảng bộ các xã kết nạp 187 đảng viên mới.";
    assert_eq!(
        quantity(text, 187.0).subject.as_deref(),
        Some("Tỉnh Hưng Yên")
    );
    let text = "Năm 2023, Trường Cao đẳng nghề Vĩnh Long kết nạp 52 học sinh.";
    assert_eq!(
        quantity(text, 52.0).subject.as_deref(),
        Some("Trường Cao đẳng nghề Vĩnh Long")
    );
}

/// Units that are no more (`… cũ`, `(cũ)`, merged `trên cơ sở sáp nhập …`)
/// are the subject of nothing after them: the new unit is.
#[test]
fn former_units_are_no_subjects() {
    for (text, value, subject) in [
        ("Xã Tân Dĩnh được thành lập trên cơ sở sáp nhập xã Phi Mô và xã Xuân Hương thuộc huyện Lạng Giang cũ. Xã mới có dân số trên 46.000 người.", 46000.0, "Xã Tân Dĩnh"),
        ("Phường Văn Phú được thành lập trên cơ sở nhập phường Yên Thịnh và xã Văn Tiến của thành phố Yên Bái (cũ). Đảng bộ phường hiện có 58 chi bộ trực thuộc.", 58.0, "Phường Văn Phú"),
        ("Xã Vô Tranh (mới) được thành lập trên cơ sở hợp nhất 3 xã Vô Tranh, Tức Tranh và Phú Đô, có diện tích hơn 98 km2.", 98.0, "Xã Vô Tranh"),
        // The unit the merger makes is new.
        ("Năm 2025, trên cơ sở sáp nhập xã Phi Mô và xã Xuân Hương, thành lập xã Tân Dĩnh. Xã mới có 46.000 người.", 46000.0, "xã Tân Dĩnh"),
        // The one merged into, and a party unit named after the merger.
        ("Trên cơ sở sáp nhập xã Tân An vào xã Phú Hòa, Đảng bộ xã Phú Hòa hiện có 25 chi bộ.", 25.0, "Đảng bộ xã Phú Hòa"),
        ("Năm 2020, trên cơ sở sáp nhập xã Tân An vào xã Phú Hòa, xã Phú Hòa có 4.500 hộ.", 4500.0, "xã Phú Hòa"),
        // A former area scopes its own clause (`khu vực` is its name's).
        ("Tin tức\n\nĐảng bộ thành phố Cần Thơ chú trọng phát triển đảng viên ở vùng đồng bào Khmer khu vực Sóc Trăng cũ, nơi tỷ lệ đảng viên người Khmer mới đạt khoảng 8%.", 8.0, "khu vực Sóc Trăng"),
        // (The `thành` of a merged `thành phố` names no new unit.)
        ("Tin tức\n\nTừ ngày 1-7-2025, thành phố Cần Thơ mới được thành lập trên cơ sở hợp nhất thành phố Cần Thơ, tỉnh Sóc Trăng và tỉnh Hậu Giang. Đảng bộ thành phố hiện có 19 đảng bộ trực thuộc.", 19.0, "thành phố Cần Thơ"),
    ] {
        assert_eq!(quantity(text, value).subject.as_deref(), Some(subject), "{text}");
    }
    // `cũ` that is part of a word is no mark of a former unit.
    let text = "Năm 2025, xã Tân Hòa cũng kết nạp 12 đảng viên.";
    assert_eq!(quantity(text, 12.0).subject.as_deref(), Some("xã Tân Hòa"));
    // A bare `Đảng bộ` refers past a unit told as ended (`kết thúc hoạt
    // động của`) or former (`… trước đây.`) to the new one.
    let text = "Ra mắt Đảng bộ các cơ quan Đảng tỉnh Nghệ An\n\nĐảng bộ các cơ quan Đảng tỉnh được thành lập trên cơ sở kết thúc hoạt động của Đảng bộ Khối các cơ quan tỉnh. Khi mới thành lập, Đảng bộ có 38 tổ chức cơ sở đảng. Tỷ lệ này cao hơn so với bình quân của Đảng bộ Khối trước đây. Từ tháng 3 đến nay, Đảng bộ đã kết nạp 11 đảng viên.";
    for value in [38.0, 11.0] {
        assert_eq!(
            quantity(text, value).subject.as_deref(),
            Some("Đảng bộ các cơ quan Đảng tỉnh"),
            "{value}"
        );
    }
    // Nor are the units listed before `hợp nhất thành` the page's subject.
    let text = "Củng cố tổ chức đảng ở khu phố\n\nSau khi TPHCM, Bình Dương và Bà Rịa - Vũng Tàu hợp nhất thành TPHCM mới từ ngày 1/7/2025, số đơn vị hành chính cấp xã còn 168.\nĐảng bộ TPHCM có khoảng 5.300 chi bộ. Năm 2025, toàn Thành phố đã trao Huy hiệu Đảng cho 12.856 đảng viên.";
    assert_eq!(
        quantity(text, 12856.0).subject.as_deref(),
        Some("Đảng bộ TPHCM")
    );
    // (`trước đây` going on, `formerly`, marks no former unit.)
    let text = "Có ấp như ấp Phnôm Pi trước đây chỉ có 3 đảng viên.";
    assert_eq!(quantity(text, 3.0).subject.as_deref(), Some("ấp Phnôm Pi"));
    let text = "Tin tức\n\nXã Tân Hòa trước đây, vốn là xã nghèo nhất huyện, nay có 300 hộ khá.";
    assert_eq!(quantity(text, 300.0).subject.as_deref(), Some("Xã Tân Hòa"));
}

/// A former unit marked `(cũ)` after `khu vực`, `ở`, `thuộc`, … scopes the
/// figures of its own sentence (the area it was), unless the sentence tells
/// of the merger; the figures of the next sentence are the new unit's.
#[test]
fn a_former_unit_scopes_its_own_sentence() {
    let lead = "Năm 2025, Đảng bộ tỉnh An Giang kết nạp 2.100 đảng viên. ";
    for (tail, value, subject) in [
        ("Riêng các đảng bộ xã thuộc địa bàn tỉnh Kiên Giang (cũ) kết nạp 527 đảng viên, chiếm 25%.", 527.0, "tỉnh Kiên Giang"),
        ("Riêng các đảng bộ xã thuộc địa bàn tỉnh Kiên Giang (cũ) kết nạp 527 đảng viên, chiếm 25%.", 25.0, "tỉnh Kiên Giang"),
        ("Tính đến ngày 31/8/2025, khu vực Kiên Giang (cũ) có 77 chùa Khmer.", 77.0, "khu vực Kiên Giang"),
        ("Các cấp ủy ở tỉnh Kiên Giang (cũ) đã kết nạp 315 đảng viên.", 315.0, "tỉnh Kiên Giang"),
    ] {
        let text = format!("{lead}{tail}");
        assert_eq!(quantity(&text, value).subject.as_deref(), Some(subject), "{tail}");
    }
    for tail in [
        // The sentence tells of the merger: the new unit's figure.
        "Sau khi hợp nhất với khu vực Kiên Giang (cũ), toàn tỉnh có 77 chùa Khmer.",
        // Not after a word of place: in passing.
        "Đồng chí Trần Văn Hùng, nguyên Bí thư Tỉnh ủy Kiên Giang (cũ) trao 77 huy hiệu.",
        // The sentence after: the new unit's.
        "Các cấp ủy ở tỉnh Kiên Giang (cũ) làm tốt. Toàn tỉnh có 77 chùa Khmer.",
        // Only locating the unit named before it.
        "Trước đây, huyện Châu Thành thuộc tỉnh Kiên Giang (cũ) có 77 chùa Khmer.",
        // A merger told earlier in a long sentence.
        "Sau khi hợp nhất tỉnh An Giang và tỉnh Kiên Giang, Đảng bộ tỉnh có 412 chi bộ trực thuộc đảng ủy cơ sở với 6.358 đảng viên, trong đó đảng viên tại các đơn vị thuộc tỉnh Kiên Giang (cũ) có 77 chi bộ.",
    ] {
        let text = format!("{lead}{tail}");
        let subject = quantity(&text, 77.0).subject;
        assert!(
            !subject.as_deref().unwrap_or("").contains("Kiên Giang"),
            "{tail}: {subject:?}"
        );
    }
}

/// A cell named by its kind alone at the start of the figure's clause is the
/// last cell named, nearer than any name in the sentence before it; a cell
/// in general (`bản có chi bộ`, `chi bộ làng`, a label) is not.
#[test]
fn a_cell_named_by_its_kind_alone_is_the_last_cell() {
    let lead = "Năm 2023, Chi bộ thôn Khuổi Mỏ chỉ có 2 đảng viên. ";
    for tail in [
        "Từ khi Thiếu tá Hoàng Văn Thịnh, Chính trị viên Đồn Biên phòng Chi Ma về sinh hoạt, chi bộ đã kết nạp được 4 đảng viên.",
        "Xã Chiềng Đông rất quan tâm. Đến nay, chi bộ đã kết nạp được 4 đảng viên.",
        "Xã Chiềng Đông rất quan tâm, nay chi bộ đã có 4 đảng viên.",
    ] {
        let text = format!("{lead}{tail}");
        assert_eq!(
            quantity(&text, 4.0).subject.as_deref(),
            Some("Chi bộ thôn Khuổi Mỏ"),
            "{tail}"
        );
    }
    // A quarter of a Mekong city (`khu vực`) names its cell, told in a role.
    let text = "Tin tức\n\nChợ nổi Cái Răng hiện có khoảng 350 ghe buôn bán.\n\n\
                Đồng chí Lê Văn Tư, Bí thư Chi bộ khu vực Yên Thượng, trò chuyện với tiểu thương. \
                Chi bộ hiện có 37 đảng viên.";
    assert_eq!(
        quantity(text, 37.0).subject.as_deref(),
        Some("Chi bộ khu vực Yên Thượng")
    );
    for tail in [
        "Tỉnh Lai Châu đặt mục tiêu tỷ lệ bản có chi bộ đạt 4%.",
        "Ở làng Dơ Kía, chi bộ làng chỉ có 4 đảng viên.",
        "Đảng bộ Trường THPT Lê Lợi có 3 chi bộ, chi bộ giáo viên có 4 đảng viên.",
    ] {
        let text = format!("{lead}{tail}");
        assert_ne!(
            quantity(&text, 4.0).subject.as_deref(),
            Some("Chi bộ thôn Khuổi Mỏ"),
            "{tail}"
        );
    }
}

/// A people after a place word names a kind of village, not one: `chi bộ
/// bản Thái` is no subject, `Chi bộ bản Nà Sại` and `xã Mường Thái` are.
#[test]
fn a_people_after_a_place_word_names_no_village() {
    let subject = |text: &str| quantity(text, 7.0).subject;
    assert_eq!(subject("Năm 2023, chi bộ bản Thái có 7 đảng viên."), None);
    assert_eq!(
        subject("Người bí thư chi bộ bản Thái\n\nNăm 2023, Chi bộ bản Nà Sại có 7 đảng viên.")
            .as_deref(),
        Some("Chi bộ bản Nà Sại")
    );
    assert_eq!(
        subject("Năm 2023, xã Mường Thái có 7 đảng viên.").as_deref(),
        Some("xã Mường Thái")
    );
}

/// `trao Giấy khen` commends; counts of other things listed before one
/// predicate share its event, counts of the same thing do not.
#[test]
fn commendations_and_counts_listed_before_their_predicate() {
    let text = "Năm 2022, Hội nghị đã trao Giấy khen cho 12 tập thể và 25 cá nhân. Dịp này, 10 tập thể, 16 cá nhân được Ủy ban Kiểm tra Tỉnh ủy tặng giấy khen.";
    for value in [12.0, 25.0, 10.0, 16.0] {
        assert_eq!(
            quantity(text, value).event.as_deref(),
            Some("khen thưởng"),
            "{value}"
        );
    }
    let text = "Năm 2022, toàn huyện có 1.200 đảng viên, 15 đảng viên được khen thưởng.";
    assert_eq!(quantity(text, 1200.0).event, None);
    // Nor counts after a verb of their own.
    let text = "Năm 2022, Đảng bộ có 26 chi bộ, 15 đảng viên bị kỷ luật.";
    assert_eq!(quantity(text, 26.0).event, None);
}

/// A time that ends the sentence dates the deeds before it, over a time
/// carried from an earlier sentence; not a plan's or a purpose's time, a
/// deadline, or a bracketed span that qualifies the words before it.
#[test]
fn a_time_that_ends_the_sentence_dates_it() {
    let lead = "Năm 2024, Ủy ban Kiểm tra phấn đấu kiểm tra 20 đảng viên. ";
    let time = |tail: &str, value: f64| quantity(&format!("{lead}{tail}"), value).time;
    assert_eq!(
        time("Dịp này, Huyện ủy tặng Giấy khen cho 4 tập thể và 7 cá nhân có thành tích trong công tác kiểm tra, giám sát năm 2023.", 4.0),
        Some(TimeRef::Year { year: 2023 })
    );
    for tail in [
        "Huyện đã bố trí được 14 người, còn 7 người sẽ được sắp xếp trong năm 2025.",
        "Cấp ủy chỉ ra hạn chế của 14 người là cán bộ lãnh đạo, quản lý để khắc phục trong năm 2025.",
        "Huyện ủy trao Huy hiệu Đảng cho 14 người và khen thưởng 15 tổ chức 5 năm liền (2019-2023).",
        // Only an award's achievements: not a founding year, a recognition,
        // a document's year, `kể từ`.
        "Hiện Đảng bộ có 18 chi bộ với 14 người, được thành lập năm 1947.",
        "Xã có 12 thôn với 14 người, được công nhận đạt chuẩn nông thôn mới năm 2019.",
        "Đảng bộ huyện kết nạp 14 người, nhiều nhất kể từ năm 2015.",
        "Đảng bộ có 14 người có thành tích, hoạt động theo Quy định số 24-QĐ/TW năm 2021.",
    ] {
        assert_eq!(time(tail, 14.0), Some(TimeRef::Year { year: 2024 }), "{tail}");
    }
}

/// A term or a period compared with (`So với nhiệm kỳ 2010 - 2015, …`) is
/// the reference, not the time, of the figures after it.
#[test]
fn a_term_compared_with_is_no_time() {
    let text = "Nhiệm kỳ 2015 - 2020, Ủy ban Kiểm tra làm tốt. So với nhiệm kỳ 2010 - 2015, số đảng viên bị kỷ luật giảm 41 trường hợp. Đảng viên bị kỷ luật là cấp ủy viên chiếm 18,5%.";
    for value in [41.0, 18.5] {
        assert_eq!(
            quantity(text, value).time,
            Some(TimeRef::Period {
                from: 2015,
                to: 2020
            }),
            "{value}"
        );
    }
    assert_eq!(
        quantity(text, 41.0).reference.as_deref(),
        Some("nhiệm kỳ 2010 - 2015")
    );
}

/// Typed without marks, `da` (đã) tells a deed and `se` (sẽ) a plan, in a
/// clause with no marked word; `thang 9` is a month, not a count.
#[test]
fn deeds_and_months_typed_without_marks() {
    let text = "Nam 2024 Dang bo huyen phan dau ket nap 160 dang vien moi; tinh den het thang 9 da ket nap duoc 127 dang vien, dat 79,4% ke hoach.";
    assert_eq!(values(text), [160.0, 127.0, 79.4]);
    assert_eq!(quantity(text, 160.0).modality, Modality::Target);
    for value in [127.0, 79.4] {
        assert_eq!(quantity(text, value).modality, Modality::Actual, "{value}");
    }
    let text =
        "Nam 2024 Dang bo huyen da ket nap 120 dang vien; nam 2025 se ket nap 150 dang vien moi.";
    assert_eq!(quantity(text, 150.0).modality, Modality::Target);
    // In capitals they are names: `Nguyen Van Se`, `xa Quyet Thang`.
    let text =
        "Ong Nguyen Van Se, Bi thu Dang uy xa Tan Ha cho biet, nam 2023 xa ket nap 9 dang vien.";
    assert_eq!(quantity(text, 9.0).modality, Modality::Actual);
    let text = "Nam 2023, huyen ket nap 120 dang vien, trong do xa Quyet Thang 9 dang vien.";
    assert_eq!(values(text), [120.0, 9.0]);
}

/// HTML character references left in scraped text are read: they neither
/// cut a name from its office nor stay in a byline.
#[test]
fn html_character_references_are_read() {
    let text = "Đảng bộ Khối kết nạp 154 đảng viên\n29/12/2022 08:15\nNăm 2022, đồng chí Đinh Văn Điến,&nbsp;Phó Bí thư Tỉnh ủy trao &quot;Huy hiệu&quot; cho 154 đảng viên.\nMai Lan&nbsp;-&nbsp;Đức Lam";
    let facts = Extractor::new().extract(text);
    let people: Vec<(String, Option<String>)> = facts
        .iter()
        .filter_map(|f| match f {
            FactBody::PersonRole(p) => Some((p.name.clone(), p.role.clone())),
            _ => None,
        })
        .collect();
    assert_eq!(
        people,
        [(
            "Đinh Văn Điến".to_string(),
            Some("Phó Bí thư Tỉnh ủy".to_string())
        )]
    );
    let author = facts.iter().find_map(|f| match f {
        FactBody::Article(a) => a.author.clone(),
        _ => None,
    });
    assert_eq!(author.as_deref(), Some("Mai Lan - Đức Lam"));
}

/// A unit named by its level alone nearer the figure than a name in passing
/// in its sentence is the unit of that level named before, or the
/// article's; `thị trấn` is one level, and a name after it names the unit.
#[test]
fn a_level_alone_after_a_name_in_passing() {
    let text = "Năm 2023, Đảng ủy xã Ngọc Wang tổ chức lễ kết nạp 12 đảng viên tại nhà rông làng Kon Stiu, nâng tổng số đảng viên của Đảng bộ xã lên 186 đồng chí.";
    assert_eq!(
        quantity(text, 186.0).subject.as_deref(),
        Some("Đảng ủy xã Ngọc Wang")
    );
    // Only as the figure's owner (`của`), not as one that judges it.
    let text = "Huyện Tân Phú\n\nNăm 2023, Đảng bộ xã Phú Lập kết nạp 12 đảng viên; Đảng ủy huyện ghi nhận 95% chi bộ của xã hoàn thành nhiệm vụ.";
    assert_eq!(
        quantity(text, 95.0).subject.as_deref(),
        Some("Đảng bộ xã Phú Lập")
    );
    let text = "Năm 2023, Chi bộ Trường THCS Kim Đồng, Đảng bộ thị trấn Đồi Ngô có 18 đảng viên.";
    assert_eq!(
        quantity(text, 18.0).subject.as_deref(),
        Some("Chi bộ Trường THCS Kim Đồng")
    );
}

/// A day things are counted up to (`Tính đến ngày 31/12/2022`) gives a
/// deed told in a later sentence its year; a count of what there is keeps
/// the day.
#[test]
fn a_cutoff_day_gives_later_deeds_its_year() {
    let text = "Tính đến ngày 31/12/2022, Đảng bộ tỉnh có 41.027 đảng viên. Nhân các ngày lễ lớn, các cấp ủy đã trao Huy hiệu Đảng cho 2.318 đảng viên. Đảng bộ có 9 đảng bộ trực thuộc.";
    assert_eq!(
        quantity(text, 2318.0).time,
        Some(TimeRef::Year { year: 2022 })
    );
    let day = Some(TimeRef::Date {
        date: "2022-12-31".to_string(),
    });
    assert_eq!(quantity(text, 41027.0).time, day);
    assert_eq!(quantity(text, 9.0).time, day);
}

/// The parts of a count (`trong đó …`) are of its modality, whatever goal
/// was named between, unless the part says its own.
#[test]
fn parts_of_a_count_keep_its_modality() {
    let text = "Năm 2023, huyện kết nạp 50 đảng viên, vượt chỉ tiêu tỉnh, huyện giao, trong đó có 20 đảng viên nữ.";
    assert_eq!(quantity(text, 20.0).modality, Modality::Actual);
    let text = "Chỉ tiêu năm 2024 của Đảng bộ huyện là kết nạp 150 đảng viên, trong đó đoàn viên thanh niên chiếm từ 60% trở lên.";
    assert_eq!(quantity(text, 60.0).modality, Modality::Target);
    let text = "Trong năm 2024, Đảng bộ phấn đấu kết nạp 300 đảng viên, trong đó đã kết nạp được 168 đảng viên.";
    assert_eq!(quantity(text, 168.0).modality, Modality::Actual);
    let text = "Nhiệm kỳ 2025 - 2030, Đảng bộ xác định 25 chỉ tiêu chủ yếu, trong đó phấn đấu mỗi năm kết nạp từ 45 đảng viên trở lên.";
    assert_eq!(quantity(text, 45.0).modality, Modality::Target);
}

/// An average age is a figure; a person's age is not.
#[test]
fn average_ages_are_figures() {
    assert_eq!(
        values("Năm 2025, tuổi bình quân của đảng viên mới là 29,6 tuổi."),
        [29.6]
    );
    assert_eq!(
        values("Năm 2025, đảng viên mới có tuổi đời trung bình 28 tuổi."),
        [28.0]
    );
    assert!(values("Năm 2025, ông Nguyễn Văn Khiển, 98 tuổi, nhận huy hiệu.").is_empty());
}

/// `một` before a word the lexicon does not count is the indefinite
/// article; before a counted word, or after `ít nhất`, it is one.
#[test]
fn mot_is_an_article_unless_it_counts() {
    assert!(values("Năm 2023, chi bộ là một điểm sáng của huyện.").is_empty());
    assert!(values("Năm 2023, ông Nguyễn Văn An là một đảng viên gương mẫu.").is_empty());
    assert_eq!(values("Năm 2023, có một đảng viên bị kỷ luật."), [1.0]);
    assert_eq!(
        values("Năm 2023, Đảng ủy xã thành lập mới một tổ đảng."),
        [1.0]
    );
    assert_eq!(
        values("Mỗi chi bộ đăng ký ít nhất là một mô hình dân vận khéo."),
        [1.0]
    );
    assert_eq!(
        values("Mỗi chi bộ sinh hoạt chuyên đề ít nhất một lần mỗi quý."),
        [1.0]
    );
    // Any (`một … nào`), at a place (`tại một cuộc họp`), and a figure of
    // speech opening a sentence or a line (`Một điểm sáng là …`).
    for text in [
        "Năm 2025, chi bộ không để sót một trường hợp nào.",
        "Quản lý hồ sơ: \"Không để sót một trường hợp nào\"",
        "Năm 2023, tại một cuộc họp chi bộ, ông An phát biểu.",
        "Năm 2025, xã kết nạp 12 đảng viên. Một điểm sáng là chi bộ thôn 3.",
        "Doanh nghiệp đóng góp lớn\nMột điểm đáng chú ý là số thu tăng.",
    ] {
        assert!(values(text).iter().all(|&v| v != 1.0), "{text}");
    }
    // (A count opening a sentence stays one.)
    assert_eq!(
        values("Năm 2025, xã kết nạp 12 đảng viên. Một đảng viên bị kỷ luật."),
        [12.0, 1.0]
    );
}

/// Figures of the new members (`đảng viên mới`) told with no verb are of
/// their admission; `mới chỉ` (only) names none.
#[test]
fn figures_of_new_members_are_of_admission() {
    let text = "Phát triển đảng viên\n\nTrong số 236 đảng viên mới, có 31 đảng viên là ngư dân, 98 đảng viên là đoàn viên thanh niên.";
    for value in [236.0, 31.0, 98.0] {
        assert_eq!(
            quantity(text, value).event.as_deref(),
            Some("kết nạp"),
            "{value}"
        );
    }
    let text = "Trong tổng số sinh viên, tỷ lệ sinh viên là đảng viên mới chỉ khoảng 0,6%.";
    assert_eq!(quantity(text, 0.6).event, None);
}

/// Bracketed items of a list the colon opens keep the list's event past a
/// stray full stop; a sentence that states something of its own does not.
#[test]
fn bracketed_list_items_run_on_past_a_full_stop() {
    let text = "Năm 2023, các đảng bộ kết nạp được nhiều đảng viên mới là: Trường Cao đẳng Y tế (12 đảng viên). Bệnh viện Nhi tỉnh (6 đảng viên); xã Tân Hòa, phường Quang Trung (mỗi nơi 4 đảng viên).";
    for value in [12.0, 6.0, 4.0] {
        assert_eq!(
            quantity(text, value).event.as_deref(),
            Some("kết nạp"),
            "{value}"
        );
    }
    let text = "Năm 2023, huyện đã kết nạp 12 đảng viên, trong đó: xã Ka Đô (5 đảng viên), xã Pró (7 đảng viên). Toàn huyện hiện còn 3 thôn chưa có chi bộ, ở các xã Đạ Tông (2 thôn) và Đạ Long (1 thôn).";
    for value in [2.0, 1.0] {
        assert_eq!(quantity(text, value).event, None, "{value}");
    }
    // Nor a statement of its own after the bracket.
    let text = "Các đơn vị có đảng viên bị kỷ luật gồm: Đảng bộ xã Yên Lạc (2 đảng viên). Đảng bộ xã Yên Phong (120 đảng viên) được công nhận trong sạch vững mạnh.";
    assert_eq!(quantity(text, 120.0).event, None);
    // Nor a list opened by no colon.
    let text =
        "Năm 2023, xã Ka Đô kết nạp 5 đảng viên (chi bộ thôn 1). Chi bộ thôn 2 (7 đảng viên).";
    assert_eq!(quantity(text, 7.0).event, None);
}

/// A count that only restates another's for another year (`năm 2022 là
/// 265`) takes its event; a badge's label before a colon is its award.
#[test]
fn restated_counts_and_badge_labels_take_the_event() {
    // The items of a list take the last event of the sentence that opens it.
    let text = "Năm 2023, Huyện ủy đã xét chuyển đảng chính thức cho 83 đảng viên dự bị. Nhân dịp kỷ niệm Ngày thành lập Đảng, Huyện ủy đã trao Huy hiệu Đảng cho 124 đảng viên, gồm:\n+ Huy hiệu 70 năm tuổi Đảng: 3 đồng chí;\n+ Huy hiệu 50 năm tuổi Đảng: 26 đồng chí.";
    for value in [3.0, 26.0] {
        let q = quantity(text, value);
        assert_eq!(q.event.as_deref(), Some("trao huy hiệu"), "{value}");
    }
    // The event of the count the list breaks down, not one after it; with
    // no count, the sentence's first; of the statement after a semicolon.
    for (lead, event) in [
        ("Trong năm, xét kết nạp 45 quần chúng ưu tú; 38 đảng viên dự bị được công nhận chuyển chính thức, gồm:", "chuyển chính thức"),
        ("Năm 2023, Đảng bộ kết nạp 45 đảng viên; khen thưởng các tập thể, cá nhân:", "khen thưởng"),
        ("Sáng 3/2, Huyện ủy trao Huy hiệu Đảng cho 45 đảng viên nhân kỷ niệm 95 năm Ngày thành lập Đảng:", "trao huy hiệu"),
        ("Năm 2024, Đảng ủy xã đã xét chuyển đảng chính thức cho 18 đảng viên dự bị kể từ ngày kết nạp, cụ thể:", "chuyển chính thức"),
        ("Ban Thường vụ Huyện ủy khen thưởng các tổ chức cơ sở đảng có thành tích trong công tác kết nạp:", "khen thưởng"),
    ] {
        let text = format!("{lead}\n+ Chi bộ thôn Một: 2 đồng chí\n+ Chi bộ thôn Hai: 43 đồng chí");
        for value in [2.0, 43.0] {
            assert_eq!(quantity(&text, value).event.as_deref(), Some(event), "{lead}");
        }
    }
    let text =
        "Năm 2021 huyện kết nạp 218 đảng viên; năm 2022 là 265 và năm 2023 là 271 đảng viên.";
    for value in [265.0, 271.0] {
        assert_eq!(
            quantity(text, value).event.as_deref(),
            Some("kết nạp"),
            "{value}"
        );
    }
    let text = "Huyện ủy trao Huy hiệu Đảng cho 100 đảng viên. Huy hiệu 50 năm tuổi Đảng: 47 đồng chí; Huy hiệu 45 năm: 52 đồng chí.";
    for value in [47.0, 52.0] {
        assert_eq!(
            quantity(text, value).event.as_deref(),
            Some("trao huy hiệu"),
            "{value}"
        );
    }
    // Other spans of time restate too; a reference after the first does not stop it.
    let text = "Giai đoạn 2015-2020, huyện kết nạp 1.218 đảng viên; giai đoạn 2020-2025 là 1.465 đảng viên.";
    assert_eq!(quantity(text, 1465.0).event.as_deref(), Some("kết nạp"));
    let text = "Năm 2021, Đảng bộ huyện kết nạp 218 đảng viên, chiếm 3,2% tổng số đảng viên; năm 2022 là 3,5%.";
    assert_eq!(quantity(text, 3.5).event.as_deref(), Some("kết nạp"));
    // Another unit is another count; a total or a stock is no restatement.
    let text = "Năm 2021 huyện kết nạp 218 đảng viên; số chi bộ là 65 chi bộ.";
    assert_eq!(quantity(text, 65.0).event, None);
    for text in [
        "Năm 2021, Đảng bộ huyện kết nạp 218 đảng viên; năm 2022 tổng số đảng viên là 2.650 đảng viên.",
        "Năm 2022, Đảng bộ huyện kết nạp 218 đảng viên; tổng số đảng viên: 2.650 đảng viên.",
        "Năm 2022, Đảng bộ xã kết nạp 218 đảng viên; số đảng viên dự bị là 2.650 đảng viên.",
    ] {
        assert_eq!(quantity(text, 2650.0).event, None, "{text}");
    }
    // A course for those to be admitted is a course.
    let text = "Đảng bộ mở 2 lớp bồi dưỡng kết nạp Đảng cho 116 quần chúng.";
    assert_eq!(quantity(text, 116.0).event.as_deref(), Some("bồi dưỡng"));
}

#[test]
fn event_is_the_nearest_action_in_the_sentence() {
    let cases = [
        (
            "Toàn Đảng bộ đã kết nạp được 193 đảng viên mới, vượt kế hoạch.",
            193.0,
            Some("kết nạp"),
        ),
        (
            "Đã chuyển đảng viên dự bị thành đảng viên chính thức 100 đảng viên.",
            100.0,
            Some("chuyển chính thức"),
        ),
        (
            "Thực hiện chuyển sinh hoạt Đảng cho 284 đảng viên.",
            284.0,
            Some("chuyển sinh hoạt"),
        ),
        (
            "Năm 2025, Đảng bộ tiếp nhận sinh hoạt đảng 36 đảng viên.",
            36.0,
            Some("chuyển sinh hoạt"),
        ),
        (
            "Năm qua có 45 đảng viên mới kết nạp là nữ.",
            45.0,
            Some("kết nạp"),
        ),
        ("Đảng bộ huyện có 49 tổ chức cơ sở đảng.", 49.0, None),
        // A two-part event nearer the number than a one-word one.
        (
            "Năm 2023 kết nạp 86 đảng viên mới; chuyển đảng viên chính thức cho 71 đồng chí.",
            71.0,
            Some("chuyển chính thức"),
        ),
        // An event in the passive right after the unit governs the number.
        (
            "Có 12 đảng viên bị khai trừ, 30 đảng viên bị xóa tên và 5 chi bộ bị giải thể.",
            30.0,
            Some("xóa tên"),
        ),
        (
            "Có 12 đảng viên bị khai trừ, 30 đảng viên bị xóa tên và 5 chi bộ bị giải thể.",
            5.0,
            Some("giải thể"),
        ),
        (
            "Huyện kết nạp 20 đảng viên mới, 42 quần chúng được bồi dưỡng lý luận.",
            42.0,
            Some("bồi dưỡng"),
        ),
        // Receiving a badge is the award; the forms of discipline are discipline.
        (
            "Năm 2023, 2 đồng chí nhận Huy hiệu 75 năm tuổi Đảng; 6 đồng chí nhận Huy hiệu 70 năm tuổi Đảng.",
            6.0,
            Some("trao huy hiệu"),
        ),
        (
            "Đã khiển trách 38 đảng viên, cảnh cáo 12 đảng viên, cách chức 2 đảng viên.",
            12.0,
            Some("kỷ luật"),
        ),
        // An event does not reach past a semicolon into another statement,
        // only into its own parts.
        (
            "Huyện kết nạp 150 đảng viên mới; 95% đảng viên hoàn thành tốt nhiệm vụ.",
            95.0,
            None,
        ),
        (
            "Huyện kết nạp 150 đảng viên mới; trong đó có 40 đảng viên nữ.",
            40.0,
            Some("kết nạp"),
        ),
        (
            "Năm 2023 có 5 đảng viên được tặng Bằng khen.",
            5.0,
            Some("khen thưởng"),
        ),
        // A passive of no event is the figure's own predicate.
        (
            "Năm 2023 có 3 đảng viên được khen thưởng và 1 đảng viên bị nhắc nhở.",
            1.0,
            None,
        ),
        // Not across a comma: another clause.
        (
            "Chi bộ kết nạp 25 đảng viên, được khen thưởng.",
            25.0,
            Some("kết nạp"),
        ),
        // Coordinated actions keep their own events.
        (
            "Huyện kết nạp 12 đảng viên và bồi dưỡng 40 quần chúng.",
            12.0,
            Some("kết nạp"),
        ),
        (
            "Huyện kết nạp 12 đảng viên và bồi dưỡng 40 quần chúng.",
            40.0,
            Some("bồi dưỡng"),
        ),
        // The event after a person's office is the figure's.
        (
            "Đồng chí Trần Văn Minh, Bí thư Huyện ủy trao huy hiệu 30 năm tuổi Đảng cho 5 đảng viên.",
            5.0,
            Some("trao huy hiệu"),
        ),
        // Items of a list take the event of the line that opens it.
        (
            "Kết quả kết nạp đảng viên của các đảng bộ trực thuộc năm 2022 như sau:\n\n\
             - Huyện U Minh: 198 đảng viên mới, đạt 110%\n\
             - Huyện Thới Bình: 231 đảng viên mới, đạt 105%",
            231.0,
            Some("kết nạp"),
        ),
        // Items without bullets, a label and a colon first.
        (
            "Kết quả kết nạp đảng viên của huyện Quỳnh Lưu qua các năm:\n\
             Năm 2016: 352 đảng viên, đạt 110% kế hoạch\n\
             6 tháng đầu năm 2020: 375 đảng viên",
            375.0,
            Some("kết nạp"),
        ),
        // The clause that names the items (`… sau:`), not the count before it.
        (
            "Đảng bộ huyện kết nạp 400 đảng viên, đồng thời bồi dưỡng cho các đối tượng sau:\n\
             Quần chúng ưu tú: 520 người",
            520.0,
            Some("bồi dưỡng"),
        ),
        (
            "Năm 2024, Đảng ủy xã đã kết nạp 20 đảng viên, sau khi cử đi học lớp bồi dưỡng:\n\
             - Đảng viên nữ: 8 đồng chí",
            8.0,
            Some("kết nạp"),
        ),
        // Not a participle of the count; after `và` too.
        (
            "Năm 2023, Đảng bộ xã kết nạp 12 đảng viên mới, được bồi dưỡng qua lớp nhận thức về Đảng tại các chi bộ sau:\n\
             - Chi bộ thôn 1: 5 đảng viên;\n\
             - Chi bộ thôn 2: 7 đảng viên.",
            7.0,
            Some("kết nạp"),
        ),
        (
            "Trong năm, Đảng ủy đã kết nạp 20 đảng viên và trao Huy hiệu Đảng cho các đảng viên sau:\n\
             - 30 năm tuổi Đảng: 8 đồng chí;",
            8.0,
            Some("trao huy hiệu"),
        ),
        // Not a line of a paragraph under it, nor an item after one.
        (
            "Kết quả kết nạp đảng viên của huyện qua các năm:\n\
             Năm 2016: 352 đảng viên\n\
             Toàn huyện hiện có 1.200 đảng viên sinh hoạt tại 60 chi bộ.",
            1200.0,
            None,
        ),
        // Other words for the same events.
        (
            "Năm 2023, huyện phát triển được 240 đảng viên mới.",
            240.0,
            Some("kết nạp"),
        ),
        (
            "Chi bộ đã xét công nhận đảng viên chính thức cho 7 đồng chí.",
            7.0,
            Some("chuyển chính thức"),
        ),
        (
            "Đã chuyển sinh hoạt đảng cho 284 đảng viên và công nhận đảng viên chính thức cho 100 đảng viên dự bị.",
            100.0,
            Some("chuyển chính thức"),
        ),
    ];
    for (text, value, event) in cases {
        assert_eq!(quantity(text, value).event.as_deref(), event, "{text}");
    }
}

#[test]
fn relation_and_reference() {
    let cases = [
        // A size word between the relation and the share.
        (
            "Số đảng viên mới là đoàn viên thanh niên chiếm tỷ lệ cao, hơn 71%.",
            71.0,
            Some("chiếm"),
            None,
        ),
        (
            "kết nạp 193 đảng viên mới, vượt 20,6% so với kế hoạch đề ra.",
            20.6,
            Some("vượt"),
            Some("kế hoạch"),
        ),
        (
            "kết nạp 120 quần chúng ưu tú, đạt 133% chỉ tiêu tỉnh giao.",
            133.0,
            Some("đạt"),
            Some("chỉ tiêu"),
        ),
        (
            "có 664 đảng viên, chiếm tỷ lệ 15,76% tổng số đảng viên.",
            15.76,
            Some("chiếm"),
            Some("tổng số đảng viên"),
        ),
        (
            "kết nạp 756 đảng viên (bằng 62,06% số quần chúng ưu tú được bồi dưỡng)",
            62.06,
            Some("bằng"),
            Some("quần chúng ưu tú"),
        ),
        (
            "So với đầu nhiệm kỳ, tỷ lệ đảng viên có trình độ đại học tăng 2,07%.",
            2.07,
            Some("tăng"),
            Some("đầu nhiệm kỳ"),
        ),
        (
            "đã giảm được 20 bản, tái trắng 1 bản",
            20.0,
            Some("giảm"),
            None,
        ),
        // A share of what the words after it name, up to a verb or the
        // clause's end (not half a term); after `với` too, but not after
        // `so với`.
        (
            "Đảng viên là giảng viên chiếm 68,4% đội ngũ giảng viên cơ hữu của trường.",
            68.4,
            Some("chiếm"),
            Some("đội ngũ giảng viên cơ hữu"),
        ),
        (
            "Mức đóng đảng phí hằng tháng bằng 1% tiền lương, tiền công.",
            1.0,
            Some("bằng"),
            Some("tiền lương"),
        ),
        (
            "Đồng chí Lò Văn Minh trúng cử Bí thư với 99,56% số phiếu tán thành.",
            99.56,
            None,
            Some("số phiếu"),
        ),
        (
            "Huyện có 30 chi bộ, với 95% chi bộ hoàn thành tốt nhiệm vụ năm 2024.",
            95.0,
            None,
            Some("chi bộ"),
        ),
        (
            "Đảng viên nữ chiếm 35% trong tổng số đảng viên của huyện.",
            35.0,
            Some("chiếm"),
            Some("tổng số đảng viên"),
        ),
        (
            "Số đảng viên trẻ chiếm 30% trở lên.",
            30.0,
            Some("chiếm"),
            None,
        ),
        (
            "Đảng viên nữ chiếm 41%, đảng viên trẻ chiếm 20%.",
            41.0,
            Some("chiếm"),
            None,
        ),
        // The reference between the relation and the figure.
        (
            "kết nạp được 193 đảng viên mới, vượt kế hoạch 20,6%.",
            20.6,
            Some("vượt"),
            Some("kế hoạch"),
        ),
        (
            "Xã kết nạp 12 đảng viên, đạt chỉ tiêu 106,7%.",
            106.7,
            Some("đạt"),
            Some("chỉ tiêu"),
        ),
        // A whole number after the plan is no document number; words may
        // stand between the reference and a percentage.
        (
            "Huyện kết nạp 230 đảng viên, vượt kế hoạch 15%.",
            15.0,
            Some("vượt"),
            Some("kế hoạch"),
        ),
        (
            "Xã kết nạp 20 đảng viên, vượt kế hoạch đề ra 8,5%.",
            8.5,
            Some("vượt"),
            Some("kế hoạch"),
        ),
        (
            "Thu ngân sách tăng so với cùng kỳ 15%.",
            15.0,
            Some("tăng"),
            Some("cùng kỳ"),
        ),
        (
            "Năm 2020, phường thu ngân sách đạt 142% dự toán.",
            142.0,
            Some("đạt"),
            Some("dự toán"),
        ),
        // Not for a count, nor across another number.
        (
            "Đảng ủy xã vượt chỉ tiêu kết nạp 15 đảng viên.",
            15.0,
            None,
            None,
        ),
        (
            "Thành phố đạt và vượt 24 trong tổng số 26 chỉ tiêu Nghị quyết.",
            26.0,
            None,
            None,
        ),
        // A relation with a figure of its own after it is that figure's.
        (
            "Đảng viên mới có 125 nữ (chiếm 65,1%), 136 đoàn viên thanh niên (chiếm 70,8%).",
            136.0,
            None,
            None,
        ),
        (
            "Có 7 học viên đạt loại xuất sắc, chiếm 8,2%; 49 học viên xếp loại giỏi.",
            49.0,
            None,
            None,
        ),
    ];
    for (text, value, relation, reference) in cases {
        let q = quantity(text, value);
        assert_eq!(q.relation.as_deref(), relation, "{text}");
        assert_eq!(q.reference.as_deref(), reference, "{text}");
    }
    // Numbers joined by "và" share the verb before and the reference after.
    let text = "Năm 2019 đã tăng 60 tổ chức cơ sở đảng và 2.359 đảng viên so với năm 2018.";
    let q = quantity(text, 2359.0);
    assert_eq!(
        (q.relation.as_deref(), q.reference.as_deref()),
        (Some("tăng"), Some("năm 2018"))
    );
    assert_eq!(quantity(text, 60.0).reference.as_deref(), Some("năm 2018"));
}

/// The reference point told before the relation verb, past a bracketed
/// share, and for a ratio.
#[test]
fn reference_points_in_other_word_orders() {
    let cases = [
        (
            "Đảng bộ có 56 tổ chức cơ sở đảng; so với đầu nhiệm kỳ giảm 9 tổ chức cơ sở đảng, nhưng tăng 452 đảng viên.",
            9.0,
            Some("giảm"),
            Some("đầu nhiệm kỳ"),
        ),
        (
            "Đảng bộ có 56 tổ chức cơ sở đảng; so với đầu nhiệm kỳ giảm 9 tổ chức cơ sở đảng, nhưng tăng 452 đảng viên.",
            452.0,
            Some("tăng"),
            Some("đầu nhiệm kỳ"),
        ),
        // `so với X` right before the figure's own relation verb; not for a
        // change after another verb.
        (
            "Năm 2023, tỷ lệ đảng viên so với dân số đạt 3,5%, tăng 0,2%.",
            3.5,
            Some("đạt"),
            Some("dân số"),
        ),
        (
            "Năm 2023, tỷ lệ đảng viên so với dân số đạt 3,5%, tăng 0,2%.",
            0.2,
            Some("tăng"),
            None,
        ),
        // `trên` before a total says it as `so với` does; not `trên` as
        // more than.
        (
            "Năm 2024, tỷ lệ đảng viên trên tổng số lao động đạt 29,2%.",
            29.2,
            Some("đạt"),
            Some("tổng số lao động"),
        ),
        (
            "Năm 2024, tỷ lệ đảng viên đạt trên 30%.",
            30.0,
            Some("đạt"),
            None,
        ),
        // So does `trong`, before a total that may name its whole; not for
        // the next item.
        (
            "Năm 2024, tỷ lệ đảng viên nữ trong tổng số đảng viên toàn Đảng bộ đạt 38,5%, 100% chi bộ có đảng viên nữ.",
            38.5,
            Some("đạt"),
            Some("tổng số đảng viên toàn đảng bộ"),
        ),
        (
            "Năm 2024, tỷ lệ đảng viên nữ trong tổng số đảng viên toàn Đảng bộ đạt 38,5%, 100% chi bộ có đảng viên nữ.",
            100.0,
            Some("đạt"),
            None,
        ),
        // `so` alone before the time.
        (
            "Năm 2012, huyện kết nạp 119 người, tăng 31 người so năm 2011.",
            31.0,
            Some("tăng"),
            Some("năm 2011"),
        ),
        // A reference closed by punctuation belongs to its own figure.
        (
            "Năm 2023 tăng 5 đảng viên so với năm 2020; giảm 3 chi bộ.",
            3.0,
            Some("giảm"),
            None,
        ),
        (
            "Năm 2017, thu đảng phí 21,4 tỷ đồng, tăng 2,1 tỷ đồng (10,9%) so với năm 2016.",
            2.1e9,
            Some("tăng"),
            Some("năm 2016"),
        ),
        (
            "Năm 2017, thu đảng phí 21,4 tỷ đồng, tăng 2,1 tỷ đồng (10,9%) so với năm 2016.",
            10.9,
            Some("tăng"),
            Some("năm 2016"),
        ),
        (
            "Đảng ủy Khối kết nạp 387 đảng viên, gấp 2,3 lần so với giai đoạn 2010 - 2014.",
            2.3,
            None,
            Some("giai đoạn 2010 - 2014"),
        ),
    ];
    for (text, value, relation, reference) in cases {
        let q = quantity(text, value);
        assert_eq!(q.relation.as_deref(), relation, "{text}");
        assert_eq!(q.reference.as_deref(), reference, "{text}");
    }
}

#[test]
fn target_cues_before_the_number() {
    // A quota of recruits is one.
    let text = "Năm 2024, huyện được giao 150 chỉ tiêu gọi công dân nhập ngũ.";
    assert_eq!(quantity(text, 150.0).modality, Modality::Target);
    // Recruits handed over to the army (`giao … nhập ngũ`) are no goal.
    let text =
        "Năm 2018, tỉnh giao 1.150 công dân nhập ngũ, trong đó có 42 đảng viên, chiếm 3,65%.";
    for value in [1150.0, 42.0, 3.65] {
        assert_eq!(quantity(text, value).modality, Modality::Actual, "{value}");
    }
    // A full stop inside a quotation ends the goal's statement.
    let text = "Ông nói: “Huyện phấn đấu kết nạp 160 đảng viên. Toàn huyện đã kết nạp 118 đảng viên, đạt 73% kế hoạch”.";
    assert_eq!(quantity(text, 73.0).modality, Modality::Actual);
    assert_eq!(quantity(text, 160.0).modality, Modality::Target);
    // The present in a bracket after a goal, and a figure after a bracketed
    // quota, are deeds.
    let text =
        "Năm 2022, huyện phấn đấu nâng tỷ lệ đảng viên Công giáo lên trên 12% (hiện là 10,6%).";
    assert_eq!(quantity(text, 12.0).modality, Modality::Target);
    assert_eq!(quantity(text, 10.6).modality, Modality::Actual);
    let text = "Năm 2024, Đảng bộ Công an tỉnh kết nạp 197 đảng viên (chỉ tiêu giao 180 đảng viên), tăng 31 đảng viên so với năm 2023.";
    assert_eq!(quantity(text, 180.0).modality, Modality::Target);
    assert_eq!(quantity(text, 31.0).modality, Modality::Actual);
    // The quota in a bracket after the target it names.
    let text =
        "Năm 2012, Đảng bộ Khối kết nạp 97 đảng viên, đạt 48,5% chỉ tiêu năm (200 đảng viên).";
    assert_eq!(quantity(text, 200.0).modality, Modality::Target);
    assert_eq!(quantity(text, 97.0).modality, Modality::Actual);
    // The noun names no goal; a goal named before `hiện` keeps it; `hiện có`
    // before a verb means existing; a bracket of no figure is no quota's.
    for (text, value, modality) in [
        ("Bằng sự quyết tâm của cả hệ thống chính trị, năm 2023 huyện kết nạp 312 đảng viên mới.", 312.0, Modality::Actual),
        ("Thực hiện cam kết thi đua, năm 2022 Đảng bộ huyện kết nạp 300 đảng viên.", 300.0, Modality::Actual),
        ("Chỉ tiêu kết nạp đảng viên của huyện hiện là 200 đảng viên mỗi năm.", 200.0, Modality::Target),
        ("Phấn đấu đến năm 2025, số đảng viên hiện có tăng thêm 15%.", 15.0, Modality::Target),
        ("Trong năm 2024 (theo chỉ tiêu được giao), mỗi chi bộ kết nạp ít nhất 1 đảng viên.", 1.0, Modality::Target),
    ] {
        assert_eq!(quantity(text, value).modality, modality, "{text}");
    }
    // A commitment or a resolve sets a goal.
    let text = "Đồng chí Lê Văn Thịnh cam kết lãnh đạo hoàn thành các chỉ tiêu năm 2025, trong đó tốc độ tăng trưởng kinh tế đạt từ 8% trở lên.";
    assert_eq!(quantity(text, 8.0).modality, Modality::Target);
    let text = "Năm 2024, Đảng bộ xã quyết tâm kết nạp 20 đảng viên mới.";
    assert_eq!(quantity(text, 20.0).modality, Modality::Target);
    // (`thực hiện`, `hiện đại` are no present.)
    let text = "Huyện phấn đấu thực hiện có hiệu quả, kết nạp 50 đảng viên.";
    assert_eq!(quantity(text, 50.0).modality, Modality::Target);
    let cases = [
        // A plan or quota heading the figure's clause, `phải`, `cần`; not
        // the result after it, nor `từ phải sang` (from the right).
        (
            "Kế hoạch năm 2023 kết nạp 180 đảng viên, kết quả kết nạp được 192 đảng viên.",
            180.0,
            Modality::Target,
        ),
        (
            "Kế hoạch năm 2023 kết nạp 180 đảng viên, kết quả kết nạp được 192 đảng viên.",
            192.0,
            Modality::Actual,
        ),
        (
            "Chỉ tiêu năm 2024 của Đảng bộ huyện Hải Hà là kết nạp 150 đảng viên.",
            150.0,
            Modality::Target,
        ),
        (
            "Chỉ tiêu kết nạp đảng viên năm 2023 đạt 105%.",
            105.0,
            Modality::Actual,
        ),
        (
            "Kế hoạch năm 2017, Đảng bộ huyện Sơn Động phải kết nạp 170 đảng viên mới.",
            170.0,
            Modality::Target,
        ),
        (
            "Để hoàn thành kế hoạch, huyện cần kết nạp thêm 45 đảng viên trong quý IV.",
            45.0,
            Modality::Target,
        ),
        // A duty to clear, cut or ensure; `phải xóa tên` is what was done.
        (
            "Các cấp ủy phải xóa dứt điểm 23 ấp chưa có chi bộ.",
            23.0,
            Modality::Target,
        ),
        (
            "Tỷ lệ chi ủy viên là người dân tộc thiểu số phải bảo đảm không dưới 50%.",
            50.0,
            Modality::Target,
        ),
        (
            "Năm 2024, xã phải xóa tên 2 đảng viên đi làm ăn xa.",
            2.0,
            Modality::Actual,
        ),
        (
            "Năm 2025, xã phải xóa 23 ấp trắng.",
            23.0,
            Modality::Target,
        ),
        (
            "Phải giảm 10% số chi bộ yếu kém trong năm 2026.",
            10.0,
            Modality::Target,
        ),
        (
            "Đồng chí Trần Văn Bình (thứ ba từ phải sang) trao quyết định kết nạp cho 8 đảng viên.",
            8.0,
            Modality::Actual,
        ),
        (
            "Kế hoạch năm 2024, Đảng bộ huyện Lục Nam kết nạp 260 đảng viên.",
            260.0,
            Modality::Target,
        ),
        (
            "Chỉ tiêu năm 2023, toàn huyện đạt 105%.",
            105.0,
            Modality::Actual,
        ),
        (
            "Chỉ tiêu kết nạp năm 2023 hoàn thành với 180 đảng viên.",
            180.0,
            Modality::Actual,
        ),
        (
            "Kế hoạch 2023 kết nạp 180 đảng viên.",
            180.0,
            Modality::Target,
        ),
        (
            "Năm 2023, Đảng bộ thành phố Cần Thơ kết nạp 2.850 đảng viên mới.",
            2850.0,
            Modality::Actual,
        ),
        (
            "Đồng chí Nguyễn Văn Hải (phải) trao quyết định kết nạp đảng cho 3 quần chúng ưu tú.",
            3.0,
            Modality::Actual,
        ),
        (
            "Nhiều quần chúng phải đi làm ăn xa nên năm 2023 xã chỉ kết nạp được 4 đảng viên.",
            4.0,
            Modality::Actual,
        ),
        (
            "Năm 2023, Đảng bộ huyện phấn đấu kết nạp từ 110 đảng viên mới trở lên.",
            110.0,
            Modality::Target,
        ),
        (
            "- Mục tiêu trong giai đoạn 2021-2025 kết nạp 900 đảng viên mới trở lên.",
            900.0,
            Modality::Target,
        ),
        (
            "Huyện ủy giao Ban Tuyên giáo mở từ 2 đến 3 lớp bồi dưỡng.",
            2.0,
            Modality::Target,
        ),
        // "giao" after the number is the quota met, not a goal.
        (
            "Năm 2022, Huyện ủy kết nạp 120 quần chúng ưu tú, đạt 133% chỉ tiêu tỉnh giao.",
            133.0,
            Modality::Actual,
        ),
        // Nor does a quota named as the reference of an earlier figure make
        // the figures after it goals.
        (
            "Năm 2023, huyện kết nạp 215 đảng viên mới, đạt 107,5% chỉ tiêu Tỉnh ủy giao và vượt 7,5% so với kế hoạch.",
            7.5,
            Modality::Actual,
        ),
        (
            "Nhiều đảng bộ vượt chỉ tiêu được giao: Đảng bộ huyện Lâm Hà đạt 125%, Đảng bộ huyện Đơn Dương đạt 118%.",
            118.0,
            Modality::Actual,
        ),
        (
            "Kết nạp 50 đảng viên, đạt 100% kế hoạch đề ra; mở 3 lớp bồi dưỡng.",
            3.0,
            Modality::Actual,
        ),
        // The figure's own words of time: a deed (`đã`, `đến nay`), a plan
        // (`sẽ`, `dự kiến`, a leading `Theo kế hoạch`), the quota itself.
        (
            "Năm 2023, huyện được giao chỉ tiêu kết nạp 200 đảng viên; đến nay đã kết nạp 245 đảng viên, đạt 122,5%.",
            122.5,
            Modality::Actual,
        ),
        (
            "Với tinh thần nỗ lực phấn đấu, năm 2023 huyện đã kết nạp 245 đảng viên.",
            245.0,
            Modality::Actual,
        ),
        (
            "Năm 2024, huyện sẽ xây dựng 40 nhà đại đoàn kết với kinh phí dự kiến 2,4 tỷ đồng.",
            2.4e9,
            Modality::Target,
        ),
        (
            "Theo kế hoạch, năm 2023 huyện kết nạp 200 đảng viên; thực tế đã kết nạp 245 đảng viên.",
            200.0,
            Modality::Target,
        ),
        (
            "Theo Kế hoạch số 65-KH/TU, Đảng bộ huyện Lâm Hà đạt 88,33%.",
            88.33,
            Modality::Actual,
        ),
        (
            "Năm 2023, huyện kết nạp 245 đảng viên (chỉ tiêu 200 đảng viên).",
            200.0,
            Modality::Target,
        ),
        // A goal named in the clause outweighs its `đã`.
        (
            "Đại hội đã đề ra chỉ tiêu phấn đấu kết nạp 500 đảng viên mới.",
            500.0,
            Modality::Target,
        ),
        // A requirement is a goal; a requirement met is not.
        (
            "Tỉnh ủy yêu cầu năm 2024 mỗi huyện kết nạp ít nhất 150 đảng viên.",
            150.0,
            Modality::Target,
        ),
        (
            "Năm 2023, huyện kết nạp 150 đảng viên, đáp ứng yêu cầu đề ra.",
            150.0,
            Modality::Actual,
        ),
        // A request made is a deed: the sum is what was asked.
        (
            "Năm 2024, Ủy ban Kiểm tra đã yêu cầu thu hồi 22,8 tỷ đồng về ngân sách.",
            22_800_000_000.0,
            Modality::Actual,
        ),
        (
            "Ban Thường vụ Tỉnh ủy đã yêu cầu mỗi huyện kết nạp ít nhất 150 đảng viên trong năm 2025.",
            150.0,
            Modality::Target,
        ),
        // So is a count of those asked.
        (
            "Năm 2024, Ban Thường vụ Huyện ủy đã yêu cầu 9 tổ chức đảng xem xét lại kết quả xếp loại.",
            9.0,
            Modality::Actual,
        ),
        // A duty word inside a place's name is none: `Tiểu Cần`.
        (
            "Đảng bộ huyện Tiểu Cần có 1.250 đảng viên sinh hoạt ở 40 chi bộ.",
            1250.0,
            Modality::Actual,
        ),
        (
            "Huyện Tiểu Cần cần kết nạp thêm 45 đảng viên để đạt chỉ tiêu.",
            45.0,
            Modality::Target,
        ),
        // A deed after the goal in the same clause is the figure's.
        (
            "Huyện phấn đấu kết nạp 200 đảng viên và đến nay đã kết nạp được 150 đảng viên.",
            150.0,
            Modality::Actual,
        ),
        (
            "Huyện phấn đấu kết nạp 200 đảng viên và đến nay đã kết nạp được 150 đảng viên.",
            200.0,
            Modality::Target,
        ),
        // The goal reached, and those given a task, are no goals.
        (
            "Năm 2023, huyện đã đạt mục tiêu kết nạp 14 đảng viên.",
            14.0,
            Modality::Actual,
        ),
        (
            "Đảng ủy xã giao cho 15 chi bộ trực thuộc rà soát nguồn kết nạp.",
            15.0,
            Modality::Actual,
        ),
        (
            "Năm 2023, chỉ tiêu kết nạp 180 đảng viên; kết quả kết nạp được 192 đảng viên.",
            180.0,
            Modality::Target,
        ),
        (
            "Năm 2023, chỉ tiêu kết nạp 180 đảng viên; kết quả kết nạp được 192 đảng viên.",
            192.0,
            Modality::Actual,
        ),
        // A goal that is what a deed was for (`Với mục tiêu …`) is not the deed's.
        (
            "Nhằm thực hiện mục tiêu Nghị quyết, năm 2023 huyện mở 12 lớp bồi dưỡng.",
            12.0,
            Modality::Actual,
        ),
        (
            "Với mục tiêu kết nạp 200 đảng viên, huyện mở 12 lớp bồi dưỡng.",
            200.0,
            Modality::Target,
        ),
        // A quota that is the subject of the clause still makes a goal.
        (
            "Chỉ tiêu Tỉnh ủy giao cho huyện là kết nạp 150 đảng viên mới.",
            150.0,
            Modality::Target,
        ),
    ];
    for (text, value, modality) in cases {
        assert_eq!(quantity(text, value).modality, modality, "{text}");
    }
}

#[test]
fn time_scopes() {
    // A day named after a semicolon (`; riêng đợt 3/2`) dates its clause,
    // not the sentences after it.
    let text = "Triệu Sơn, 05/10/2023\n\nĐảng bộ huyện đã trao Huy hiệu Đảng cho 213 đảng viên; riêng đợt 3/2 có 1 đồng chí được trao Huy hiệu 75 năm tuổi Đảng. Ủy ban Kiểm tra Huyện ủy đã kiểm tra 38 tổ chức đảng.";
    assert_ne!(
        quantity(text, 38.0).time,
        Some(TimeRef::Date {
            date: "2023-02-03".to_string()
        })
    );
    // The year that opens a long sentence is the time of its figures, however
    // far on they stand.
    let text = std::fs::read_to_string("tests/data/long_sentence.txt").unwrap();
    for value in [356.0, 118.6] {
        let q = quantity(&text, value);
        assert_eq!(q.time, Some(TimeRef::Year { year: 2024 }), "{value}");
    }
    let year = |y| Some(TimeRef::Year { year: y });
    // A leading year or date scopes its sentence.
    assert_eq!(
        quantity("Năm 2022, Huyện ủy kết nạp 120 quần chúng ưu tú.", 120.0).time,
        year(2022)
    );
    assert_eq!(
        quantity(
            "Tính đến ngày 31/12/2022, toàn huyện có 5.279 đảng viên.",
            5279.0
        )
        .time,
        Some(TimeRef::Date {
            date: "2022-12-31".into()
        })
    );
    // A bracketed year right after a value belongs to it.
    let text =
        "Số đảng viên hoàn thành tốt nhiệm vụ tăng từ 76,96% (năm 2005) lên 79,15% (năm 2009).";
    assert_eq!(quantity(text, 76.96).time, year(2005));
    assert_eq!(quantity(text, 79.15).time, year(2009));
    // A term.
    assert_eq!(
        quantity(
            "Mục tiêu trong giai đoạn 2021-2025 kết nạp 900 đảng viên mới.",
            900.0
        )
        .time,
        Some(TimeRef::Period {
            from: 2021,
            to: 2025
        })
    );
    // Carried from an earlier sentence.
    let text = "Năm 2022, kết nạp 120 quần chúng ưu tú. Đã chuyển 100 đảng viên sang chính thức.";
    assert_eq!(quantity(text, 100.0).time, year(2022));
    // Later in the clause, but not the year compared with.
    assert_eq!(
        quantity("Chuyển sinh hoạt cho 284 đảng viên trong năm 2022.", 284.0).time,
        year(2022)
    );
    // The year compared with is not the time of the figures after it, in
    // its sentence or later.
    let text =
        "Năm 2023, toàn huyện có 40 chi bộ, giảm 3 chi bộ so với năm 2022; có 2.100 đảng viên. \
                Tổng số vốn tăng 15% so với cùng kỳ năm 2022. Đã trao 6 căn nhà cho hộ nghèo.";
    assert_eq!(quantity(text, 2100.0).time, year(2023));
    assert_eq!(quantity(text, 6.0).time, year(2023));
    // Items of a list, each with its year: not the next line's.
    let text =
        "Kết quả kết nạp đảng viên qua các năm:\nNăm 2016: 352 đảng viên\nNăm 2017: 380 đảng viên";
    assert_eq!(quantity(text, 352.0).time, year(2016));
    // A headline's figure takes the year of the lede under it.
    let text = "Đảng bộ xã Đạ Đờn kết nạp 45 đảng viên\n\nNăm 2023, Đảng bộ xã Đạ Đờn kết nạp 45 đảng viên.";
    let headline = Extractor::new()
        .extract(text)
        .into_iter()
        .find_map(|f| match f {
            FactBody::Quantity(q) => Some(q),
            _ => None,
        });
    assert_eq!(headline.and_then(|q| q.time), year(2023));
    let text = "Năm 2019, toàn tỉnh có 1.284 đảng viên, giảm 156 đồng chí so với cùng thời điểm năm 2018. Trong đó, 917 đồng chí có giấy giới thiệu.";
    assert_eq!(quantity(text, 917.0).time, year(2019));
    // The present (`đến nay`, `hiện có`) takes no time from an earlier sentence.
    let text = "Chi bộ được thành lập năm 2019. Đến nay, chi bộ có 27 đảng viên.";
    assert_eq!(quantity(text, 27.0).time, None);
    // The year compared with (`so năm 2011`) is no time of the next sentence.
    let text = "Năm 2012, huyện kết nạp 119 người, tăng 31 người so năm 2011. Toàn huyện có 21/21 xã có chi bộ.";
    assert_eq!(quantity(text, 21.0).time, year(2012));
    // Nor a quarter compared with (`so với quý III/2023`).
    let text = "Theo Ban Tổ chức Tỉnh ủy, quý III/2024, toàn tỉnh kết nạp 312 đảng viên mới, tăng 9,5% so với quý III/2023. \
                Lũy kế 9 tháng, toàn tỉnh kết nạp 1.026 đảng viên.";
    assert_eq!(quantity(text, 1026.0).time, year(2024));
    // Nor the time of a bracket after a comparison; the figure in it is of
    // that time.
    let text = "Năm học 2023 - 2024, tỉnh có 162 học sinh được kết nạp, tăng 19 em so với năm học trước \
                (năm học 2022 - 2023 kết nạp 143 em). Toàn tỉnh có 89 trường THPT có học sinh được kết nạp.";
    let (this, last) = (
        TimeRef::Period {
            from: 2023,
            to: 2024,
        },
        TimeRef::Period {
            from: 2022,
            to: 2023,
        },
    );
    assert_eq!(quantity(text, 143.0).time, Some(last));
    assert_eq!(quantity(text, 89.0).time, Some(this));
    let text = "Năm 2024, huyện kết nạp 242 đảng viên, tăng gần gấp đôi so với cùng kỳ (năm 2023 là 20 người).";
    assert_eq!(quantity(text, 20.0).time, year(2023));
    // A bracket that gives the figure of another year (`(năm 2023: 171 đảng
    // viên)`, `(năm 2022 là 94,1%)`) dates that figure only.
    let text = "Năm 2024, Đảng bộ huyện có 6.904 đảng viên. Toàn Đảng bộ kết nạp 186 đảng viên (năm 2023: 171 đảng viên), đạt 116,3% kế hoạch; xét chuyển đảng chính thức cho 163 đồng chí (năm 2023: 158). Các chi bộ tổ chức 45 lớp bồi dưỡng.";
    for value in [186.0, 116.3, 163.0, 45.0] {
        assert_eq!(quantity(text, value).time, year(2024), "{value}");
    }
    for value in [171.0, 158.0] {
        assert_eq!(quantity(text, value).time, year(2023), "{value}");
    }
    // As many as then (`bằng cả năm 2024`) compares too.
    let text = "Năm 2025, xã kết nạp được năm đảng viên mới, bằng cả năm 2024, đạt 62,5% chỉ tiêu năm. Chi bộ thôn 3 kết nạp 2 đảng viên.";
    assert_eq!(quantity(text, 62.5).time, year(2025));
    assert_eq!(quantity(text, 2.0).time, year(2025));
    // (A few words may tell what its figure is.)
    let text = "Năm 2024, tỷ lệ giải quyết đơn thư đạt 98%, thấp hơn năm trước (năm 2023 đạt 100%). Huyện đã kiểm tra 728 cán bộ, đảng viên.";
    assert_eq!(quantity(text, 100.0).time, year(2023));
    assert_eq!(quantity(text, 728.0).time, year(2024));
    // Not a bracket that opens with the comparison itself.
    let text = "Năm 2023, huyện kết nạp 50 đảng viên mới (so với năm 2022 tăng 12 đảng viên), đạt 110% kế hoạch.";
    assert_eq!(quantity(text, 12.0).time, year(2023));
    // The figure compared with, in brackets after its time.
    let text =
        "So với cùng kỳ năm 2022 (251 đảng viên), số đảng viên mới kết nạp năm 2023 tăng 26,3%.";
    assert_eq!(quantity(text, 251.0).time, year(2022));
    assert_eq!(quantity(text, 26.3).time, year(2023));
    let text = "Làng Dơch năm 2008 chỉ có 3 đảng viên. Nay chi bộ đã có 17 đảng viên.";
    assert_eq!(quantity(text, 17.0).time, None);
    let text = "Năm 2019 kết nạp 3 đảng viên. Từ đầu năm 2021 đến nay đã kết nạp 5 đảng viên.";
    assert_eq!(quantity(text, 5.0).time, year(2021));
    // A year right after the value, bracketed or not, is its own.
    let text = "Tỷ lệ tăng từ 78% năm 2020 lên 86% năm 2023.";
    assert_eq!(quantity(text, 78.0).time, year(2020));
    assert_eq!(quantity(text, 86.0).time, year(2023));
    // A figure of the present takes no year from an earlier clause, but
    // keeps one of its own clause.
    let text = "Từ 45 đảng viên năm 1990, đến nay Đảng bộ có 312 đảng viên.";
    assert_eq!(quantity(text, 312.0).time, None);
    let text = "Bí thư cho biết, từ năm 2021 đến nay chi bộ đã kết nạp 6 quần chúng ưu tú.";
    assert_eq!(quantity(text, 6.0).time, year(2021));
    // A day without a year takes the year the page was published.
    let text = "Tiêu đề bài viết\nThứ Ba, 05/03/2024 - 09:12 (GMT+7)\n\
                Ngày 5-3, Trung tâm Chính trị huyện khai giảng 3 lớp bồi dưỡng.\nBài: Hải Yến";
    assert_eq!(
        quantity(text, 3.0).time,
        Some(TimeRef::Date {
            date: "2024-03-05".into()
        })
    );
    // `hiện nay`, `nay có`: the present against any earlier time.
    let text = "Năm 2015, xã có 120 đảng viên, hiện nay có 215 đảng viên.";
    assert_eq!(quantity(text, 215.0).time, None);
    // The present of a day named before it in the sentence is that day.
    let text = "Tính đến ngày 31/12/2023, Đảng bộ hiện có 4.512 đảng viên.";
    assert_eq!(
        quantity(text, 4512.0).time,
        Some(TimeRef::Date {
            date: "2023-12-31".into()
        })
    );
    // A day later in the year than the page's date is last year's.
    let text = "Tiêu đề bài viết\nThứ Sáu, 12/05/2024 - 08:47 (GMT+7)\n\
                Ngày 20/12, Đảng bộ đã kết nạp 150 đảng viên.\nBài: Hải Yến";
    assert_eq!(
        quantity(text, 150.0).time,
        Some(TimeRef::Date {
            date: "2023-12-20".into()
        })
    );
    // But not one in the weeks ahead.
    let text = "Tiêu đề bài viết\nChủ Nhật, 28/12/2025 - 08:47 (GMT+7)\n\
                Dự kiến đến 31/12, toàn tỉnh sẽ vượt chỉ tiêu 6.600 đảng viên.\nBài: Hải Yến";
    assert_eq!(
        quantity(text, 6600.0).time,
        Some(TimeRef::Date {
            date: "2025-12-31".into()
        })
    );
    // Nor one said to be this year's.
    let text = "Tiêu đề bài viết\nThứ Sáu, 02/02/2024 - 08:47 (GMT+7)\n\
                Dịp 3/2 năm nay, toàn tỉnh có 1.215 đảng viên được trao Huy hiệu Đảng.\nBài: Hải Yến";
    assert_eq!(
        quantity(text, 1215.0).time,
        Some(TimeRef::Date {
            date: "2024-02-03".into()
        })
    );
    // A day carried to a figure `trong năm` gives its year.
    let text = "Tính đến ngày 31/12/2023, toàn huyện có 2.100 đảng viên. \
                Trong năm, huyện kết nạp 150 đảng viên mới.";
    assert_eq!(quantity(text, 150.0).time, year(2023));
    let text = "Tính đến ngày 31/12/2023, toàn huyện có 2.100 đảng viên. \
                Trong năm tới, huyện phấn đấu kết nạp 200 đảng viên mới.";
    assert_eq!(quantity(text, 200.0).time, None);
    // The year named after the one compared with is the figure's.
    let text = "Năm 2020 có 300 đảng viên. So với năm 2015, năm 2020 có thêm 40 chi bộ.";
    assert_eq!(quantity(text, 40.0).time, year(2020));
    // `năm nay` is the year the page was published, not after a count
    // (`mấy năm nay`: these past years), and none when the page gives no date.
    let page = |body: &str| {
        format!("Tiêu đề bài viết\nThứ Ba, 12/03/2024 - 08:15 (GMT+7)\n{body}\nBài: Hải Yến")
    };
    let text = page("Năm nay, Đảng bộ phấn đấu kết nạp 150 đảng viên mới.");
    assert_eq!(quantity(&text, 150.0).time, year(2024));
    let text = page("6 tháng đầu năm nay, toàn huyện kết nạp 65 đảng viên.");
    assert_eq!(quantity(&text, 65.0).time, year(2024));
    let text = page("Mấy năm nay, chi bộ có 27 đảng viên.");
    assert_eq!(quantity(&text, 27.0).time, None);
    let text = "Năm nay, Đảng bộ phấn đấu kết nạp 150 đảng viên mới.";
    assert_eq!(quantity(text, 150.0).time, None);
    let text = page("9 tháng năm nay, Đảng bộ huyện kết nạp 186 đảng viên. Quý I năm nay, xã kết nạp 40 đảng viên.");
    assert_eq!(quantity(&text, 186.0).time, year(2024));
    assert_eq!(quantity(&text, 40.0).time, year(2024));
    // `năm nay` compared with is not the time of the figures after it.
    let text =
        page("Năm 2021, số đảng viên tăng 5% so với đầu năm nay. Chi bộ kết nạp 3 đảng viên.");
    assert_eq!(quantity(&text, 3.0).time, year(2021));
    // A part of the year before the year right after the value.
    let text = "Tỷ lệ hộ nghèo giảm từ 3,8% năm 2020 xuống còn 0,9% cuối năm 2024.";
    assert_eq!(quantity(text, 0.9).time, year(2024));
    // A day named in the middle of a sentence dates its event only; one
    // that opens its sentence carries on.
    let text = "Năm 2023, Tỉnh đoàn giới thiệu 2.156 đoàn viên ưu tú. \
                Đó là thông tin tại hội nghị do Tỉnh đoàn tổ chức ngày 12/1/2024. \
                Các cấp bộ Đoàn đã tổ chức 46 lớp bồi dưỡng.";
    assert_eq!(quantity(text, 46.0).time, year(2023));
    let text = "Vào 14 giờ ngày 21/8/2024 Chi bộ tổ chức lễ kết nạp. \
                Chi bộ có 16 đảng viên chính thức.";
    assert_eq!(
        quantity(text, 16.0).time,
        Some(TimeRef::Date {
            date: "2024-08-21".into()
        })
    );
}

/// A place's name of one syllable (not a title's first syllable), and no
/// whole that is named only after the figure.
#[test]
fn one_syllable_places_and_wholes_named_later() {
    let subject = |text: &str, value| quantity(text, value).subject;
    assert_eq!(
        subject("Đảng bộ thành phố Vinh có 226 đảng viên.", 226.0).as_deref(),
        Some("Đảng bộ thành phố Vinh")
    );
    assert_eq!(
        subject("Làng Kênh có 320 hộ, chỉ có 4 đảng viên.", 4.0).as_deref(),
        Some("Làng Kênh")
    );
    assert_eq!(subject("Năm 2023, 100% ấp Văn hóa có chi bộ.", 100.0), None);
    // A number that opens a range of years names no place (`buôn 2 - 3 năm`).
    let text = "Huyện Krông Bông có 41 buôn. Có buôn 2 - 3 năm liền không kết nạp được ai. Năm 2020 kết nạp 9 già làng.";
    assert_eq!(subject(text, 9.0).as_deref(), Some("Huyện Krông Bông"));
    // Nor one of another level (`Xã Tân Hà …` / `toàn huyện`): that whole
    // as written.
    let text = "Xã Tân Hà sơ kết công tác Đảng\n\nNăm 2022, toàn huyện kết nạp 300 đảng viên.";
    assert_eq!(subject(text, 300.0).as_deref(), Some("toàn huyện"));
    let text = "Toàn xã có 320 đảng viên. Chi bộ thôn Đông có 45 đảng viên.";
    assert_eq!(subject(text, 320.0).as_deref(), Some("Toàn xã"));
    assert_eq!(subject(text, 45.0).as_deref(), Some("Chi bộ thôn Đông"));
}

/// A party unit after a place and a comma is the subject, not the place's
/// locator; a unit's office goes on into the committee it serves.
#[test]
fn units_after_a_place_and_offices_of_committees() {
    let text = "Sau khi hợp nhất tỉnh Hưng Yên và tỉnh Thái Bình, Đảng bộ UBND tỉnh hiện có 78 tổ chức cơ sở đảng.";
    assert_eq!(
        quantity(text, 78.0).subject.as_deref(),
        Some("Đảng bộ UBND tỉnh")
    );
    for (text, subject) in [
        (
            "Năm 2023, Đảng bộ Văn phòng UBND tỉnh kết nạp 50 đảng viên.",
            "Đảng bộ Văn phòng UBND tỉnh",
        ),
        (
            "Năm 2023, Chi bộ Văn phòng Huyện ủy kết nạp 2 đảng viên.",
            "Chi bộ Văn phòng Huyện ủy",
        ),
    ] {
        let q = quantity(text, if text.contains("50") { 50.0 } else { 2.0 });
        assert_eq!(q.subject.as_deref(), Some(subject), "{text}");
    }
}

/// A border post and a military command are organisations with a name; a
/// word opening the sentence is no syllable of a bare name.
#[test]
fn border_posts_and_sentence_openers() {
    let text = "Năm 2023, Đảng bộ Bộ Chỉ huy Quân sự tỉnh Cà Mau kết nạp 96 đảng viên.";
    assert_eq!(
        quantity(text, 96.0).subject.as_deref(),
        Some("Đảng bộ Bộ Chỉ huy Quân sự tỉnh Cà Mau")
    );
    let text = "Bà Chang Thị Mai kể: Được Đồn Biên phòng Pa Ủ tăng cường 2 đồng chí, chi bộ bản được thành lập.";
    assert_eq!(
        quantity(text, 2.0).subject.as_deref(),
        Some("Đồn Biên phòng Pa Ủ")
    );
    let text = "Tại Bình Thuận có 13 đảng bộ cơ sở tổ chức đại hội.";
    assert_eq!(quantity(text, 13.0).subject.as_deref(), Some("Bình Thuận"));
}

#[test]
fn subject_named_in_the_sentence_else_carried_else_the_article() {
    // A party unit named by its level alone is the last one of that level
    // named before, not the article's district; `các đảng bộ xã` is none.
    let page = "Đạ Huoai: Sơ kết 1 năm thực hiện Chỉ thị 05-CT/TW\n\nNgày 7/11, Đảng ủy xã Đạ Ploa (huyện Đạ Huoai) tổ chức sơ kết.\n\nTheo báo cáo, Đảng bộ xã hiện có 12 chi bộ trực thuộc với 203 đảng viên.";
    for value in [12.0, 203.0] {
        let q = quantity(page, value);
        assert_eq!(q.subject.as_deref(), Some("Đảng ủy xã Đạ Ploa"), "{value}");
    }
    for many in [
        "các đảng bộ xã có",
        "Các chi bộ, Đảng bộ xã có",
        "Đảng ủy xã, thị trấn có",
        "100% đảng bộ xã có",
    ] {
        let text = page.replace("Theo báo cáo, Đảng bộ xã hiện có", many);
        assert_eq!(
            quantity(&text, 203.0).subject.as_deref(),
            Some("Đạ Huoai"),
            "{many}"
        );
    }
    // A commune named after that body is the one meant (and the body when
    // it is that commune's).
    let later = page.replace(
        "Theo báo cáo,",
        "Tại xã Đạ Tồn, đoàn viên đông. Theo báo cáo,",
    );
    assert_eq!(
        quantity(&later, 203.0).subject.as_deref(),
        Some("xã Đạ Tồn")
    );
    let same = page.replace(
        "Theo báo cáo,",
        "Tại xã Đạ Ploa, đoàn viên đông. Theo báo cáo,",
    );
    assert_eq!(
        quantity(&same, 203.0).subject.as_deref(),
        Some("Đảng ủy xã Đạ Ploa")
    );
    // Opening its sentence, too.
    let text = page.replace("Theo báo cáo, Đảng bộ xã hiện có", "Đảng bộ xã hiện có");
    assert_eq!(
        quantity(&text, 203.0).subject.as_deref(),
        Some("Đảng ủy xã Đạ Ploa")
    );
    let district = "Đạ Huoai: Sơ kết Chỉ thị 05\n\nNgày 7/11, Huyện ủy Đạ Huoai tổ chức sơ kết.\n\nĐảng bộ huyện hiện có 203 đảng viên.";
    assert_eq!(
        quantity(district, 203.0).subject.as_deref(),
        Some("Đạ Huoai")
    );
    // A photo credit names a person, not the article's unit; a city's
    // committee may have a one-syllable name.
    let text = "Thành ủy Vinh tổng kết công tác xây dựng Đảng năm 2023\n\nQuang cảnh hội nghị. Ảnh: Thành Chung\n\nTheo báo cáo, cấp ủy các cấp đã kiểm tra 186 tổ chức đảng.";
    assert_eq!(
        quantity(text, 186.0).subject.as_deref(),
        Some("Thành ủy Vinh")
    );
    // The leaders of a body attending (`Dự Đại hội có lãnh đạo …`) are guests.
    let text = "Ngày 12.5, Đảng bộ xã Lũng Cú tổ chức Đại hội. Dự Đại hội có lãnh đạo Huyện ủy Đồng Văn cùng 118 đại biểu chính thức, đại diện cho 356 đảng viên của Đảng bộ xã.";
    for value in [118.0, 356.0] {
        let q = quantity(text, value);
        assert_eq!(q.subject.as_deref(), Some("Đảng bộ xã Lũng Cú"), "{value}");
    }
    // Not a speaker's own body set after the name by a comma, nor a word of
    // a heading after a committee.
    let text = "Dự buổi lễ, đồng chí Lê Thị Hoa, đại diện lãnh đạo Đảng ủy xã Tân Lập cho biết năm 2023 xã đã kết nạp 12 đảng viên.";
    assert_eq!(
        quantity(text, 12.0).subject.as_deref(),
        Some("Đảng ủy xã Tân Lập")
    );
    let text = "Ban Thường vụ Tỉnh ủy Về việc kết nạp đảng viên đối với 45 trường hợp.";
    assert_ne!(
        quantity(text, 45.0).subject.as_deref(),
        Some("Ban Thường vụ Tỉnh ủy Về")
    );
    // A place's committee named alone is the article's unit's, not a place
    // named in passing before it.
    let text = "Toàn huyện Lạng Giang có 386 mô hình hay, như mô hình \"Chi bộ kiểu mẫu\" ở thị trấn Vôi. Huyện ủy đã khen thưởng 215 tập thể và 472 cá nhân.";
    for value in [215.0, 472.0] {
        let q = quantity(text, value);
        assert_eq!(q.subject.as_deref(), Some("huyện Lạng Giang"), "{value}");
    }
    // A unit's name ends before a verb in small letters.
    let text = "Đồn Biên phòng Ma Ly Pho đóng quân tại xã Ma Ly Pho. Đảng bộ Đồn hiện có 4 chi bộ trực thuộc với 46 đảng viên.";
    assert_eq!(quantity(text, 46.0).subject.as_deref(), Some("Đảng bộ Đồn"));
    // `Toàn Đảng bộ` is the party unit, not a hamlet listed before it.
    let text = "Huyện Nam Trà My có 10 xã. Đến cuối năm 2018, còn 2 thôn là thôn 3 xã Trà Vân và thôn 1 xã Trà Nam. Toàn Đảng bộ hiện có 1.912 đảng viên.";
    let q = quantity(text, 1912.0);
    assert_eq!(q.subject.as_deref(), Some("Huyện Nam Trà My"));
    // A people or a faith is no place.
    let text = "Hải Hậu là huyện có đông đồng bào theo đạo Thiên Chúa với 48.700 giáo dân.";
    assert_eq!(quantity(text, 48700.0).subject.as_deref(), Some("Hải Hậu"));
    for people in [
        "người Xê Đăng, Ca Dong",
        "người Bahnar và Rơ Ngao",
        "người Ka Dong",
    ] {
        let text = format!(
            "Huyện Nam Trà My có 1.912 đảng viên, trong đó đảng viên {people} chiếm hơn 61%."
        );
        let q = quantity(&text, 61.0);
        assert_eq!(q.subject.as_deref(), Some("Huyện Nam Trà My"), "{people}");
    }
    // An abbreviation defined in brackets names a kind, not a unit.
    let text = "Huyện Đơn Dương có 27 hợp tác xã (HTX) với gần 2.300 xã viên. Năm 2014, toàn huyện kết nạp 23 đảng viên.";
    for value in [2300.0, 23.0] {
        let q = quantity(text, value);
        assert_eq!(q.subject.as_deref(), Some("Huyện Đơn Dương"), "{value}");
    }
    let text = "Yên Sơn chủ động tạo nguồn phát triển đảng viên\n\
                Huyện ủy Yên Sơn đã tăng cường lãnh đạo.\n\
                Từ đầu năm đến nay, Đảng bộ xã Tứ Quận kết nạp 10 đảng viên mới, đạt 100% kế hoạch năm. Xã có 3 chi bộ.\n\
                Riêng từ đầu nhiệm kỳ đến nay, Đảng bộ huyện đã kết nạp 78 đảng viên mới.";
    assert_eq!(
        quantity(text, 10.0).subject.as_deref(),
        Some("Đảng bộ xã Tứ Quận")
    );
    assert_eq!(
        quantity(text, 100.0).subject.as_deref(),
        Some("Đảng bộ xã Tứ Quận")
    );
    // Carried from the previous sentence of the paragraph.
    assert_eq!(
        quantity(text, 3.0).subject.as_deref(),
        Some("Đảng bộ xã Tứ Quận")
    );
    // "Đảng bộ huyện" with no name: the article's district.
    assert!(quantity(text, 78.0).subject.unwrap().contains("Yên Sơn"));
    // A place after a name only locates it.
    let text = "Đảng bộ xã Văn Xá huyện Kim Bảng kết nạp 5 đảng viên mới.";
    assert_eq!(
        quantity(text, 5.0).subject.as_deref(),
        Some("Đảng bộ xã Văn Xá")
    );
    // A proper name with no unit word before it.
    let text = "Đến hết năm 2019, Lâm Đồng có 18 đảng bộ trực thuộc Tỉnh ủy.";
    assert_eq!(quantity(text, 18.0).subject.as_deref(), Some("Lâm Đồng"));
    // A party organisation named by a capitalised common noun, not a place.
    let text = "Năm 2023, Đảng bộ huyện Lâm Hà đạt 88%, Đảng bộ Quân sự tỉnh đạt 93,75%, \
                Đảng bộ Khối Doanh nghiệp tỉnh đạt 90%. Chi bộ Công an (12 đảng viên) dẫn đầu.";
    let subject = |value| quantity(text, value).subject;
    assert_eq!(subject(88.0).as_deref(), Some("Đảng bộ huyện Lâm Hà"));
    assert_eq!(subject(93.75).as_deref(), Some("Đảng bộ Quân sự tỉnh"));
    assert_eq!(
        subject(90.0).as_deref(),
        Some("Đảng bộ Khối Doanh nghiệp tỉnh")
    );
    assert_eq!(subject(12.0).as_deref(), Some("Chi bộ Công an"));
    // Neither does a small-letter `chi bộ Đảng`, nor `Chi bộ Đảng`, nor a
    // committee after the word (`Đảng ủy Huyện ủy`).
    let text = "Huyện Lâm Hà có 120 chi bộ Đảng. Chi bộ Đảng mở 3 lớp bồi dưỡng. \
                Đảng ủy Huyện ủy mở 4 lớp.";
    for value in [120.0, 3.0, 4.0] {
        assert_eq!(
            quantity(text, value).subject.as_deref(),
            Some("Huyện Lâm Hà"),
            "{value}"
        );
    }
    // The committee of a guest's office is not what the next sentences are
    // about; a speaker's own unit in the same sentence is.
    let text = "Ngày 18/6, Đảng bộ xã Tân Phú tổ chức Đại hội.\n\
                Dự đại hội có đồng chí Trần Văn Hùng, Bí thư Huyện ủy Đồng Phú. \
                Tham dự đại hội có 150 đại biểu chính thức.\n\
                Ông Nguyễn Văn Nam (Bí thư Chi bộ thôn 3) cho biết chi bộ có 27 đảng viên.";
    assert_eq!(
        quantity(text, 150.0).subject.as_deref(),
        Some("Đảng bộ xã Tân Phú")
    );
    assert_eq!(
        quantity(text, 27.0).subject.as_deref(),
        Some("Chi bộ thôn 3")
    );
    // Nor in its own sentence, nor as what the article is about.
    let text = "Dự Đại hội có đồng chí Vàng Seo Dín, Bí thư Huyện ủy Đồng Văn; cùng 98 đại biểu chính thức, \
                đại diện cho 186 đảng viên của Đảng bộ xã Lũng Cú.";
    assert_ne!(
        quantity(text, 98.0).subject.as_deref(),
        Some("Huyện ủy Đồng Văn")
    );
    // The one who set a target is not what the figures are about.
    let text =
        "Năm 2022, Đảng bộ Sở Y tế kết nạp 52 đảng viên mới, đạt 104% chỉ tiêu Đảng ủy Khối giao; \
                xét công nhận đảng viên chính thức cho 47 đồng chí.";
    assert_eq!(
        quantity(text, 47.0).subject.as_deref(),
        Some("Đảng bộ Sở Y tế")
    );
    // So is that of someone who came along (`Cùng đi có …`).
    let text = "Thuận Châu xóa bản trắng đảng viên\n\n\
                Cùng đi có ông Hoàng Văn Chiêm - Bí thư Đảng ủy xã Co Tòng. \
                Bình quân mỗi năm huyện mở 4 lớp bồi dưỡng.";
    assert_eq!(quantity(text, 4.0).subject.as_deref(), Some("Thuận Châu"));
    // `toàn tỉnh`: the whole the article is about, not the unit named in
    // the sentence before.
    let text = "Bắc Giang: 10 tháng kết nạp 2.541 đảng viên\n\n\
                Trong tháng, Đảng bộ huyện Lục Ngạn kết nạp 16 đảng viên. \
                Lũy kế 10 tháng, toàn tỉnh kết nạp 2.541 đảng viên, đạt 84,7% kế hoạch năm.";
    assert_eq!(quantity(text, 84.7).subject.as_deref(), Some("Bắc Giang"));
    // A page on a district that names no province: the whole as written;
    // so too the yardstick's own figure, in a bracket or after `là`, and
    // under a headline on a village.
    for head in [
        "Huyện Krông Bông phát triển đảng viên",
        "Giữ lửa ở buôn làng Krông Bông",
    ] {
        let text = format!(
            "{head}\n\nHiện nay, huyện Krông Bông có 124 người có uy tín, trong đó 87 người là \
             đảng viên, chiếm 70,2%, cao hơn mức bình quân toàn tỉnh (61,5%). Có 31 người giữ \
             chức bí thư, trong khi con số này của toàn tỉnh là 412 người. Từ năm 2021, huyện \
             kết nạp 318 đảng viên; toàn tỉnh cùng kỳ kết nạp 7.952 đảng viên."
        );
        for (value, subject) in [
            (70.2, "huyện Krông Bông"),
            (61.5, "toàn tỉnh"),
            (31.0, "huyện Krông Bông"),
            (412.0, "toàn tỉnh"),
            (318.0, "huyện Krông Bông"),
            (7952.0, "toàn tỉnh"),
        ] {
            assert_eq!(
                quantity(&text, value).subject.as_deref(),
                Some(subject),
                "{head}: {value}"
            );
        }
    }
    // Not a rank (`nhiều nhất toàn tỉnh`), nor a headline's province that
    // starts with a village's word (`Sóc Trăng`).
    let text = "Lâm Đồng kết nạp đảng viên\n\nNăm 2024, tỉnh Lâm Đồng kết nạp 2.150 đảng viên. Trong đó, Đảng bộ huyện Lâm Hà kết nạp nhiều nhất toàn tỉnh (320 đảng viên).";
    assert_eq!(
        quantity(text, 320.0).subject.as_deref(),
        Some("Đảng bộ huyện Lâm Hà")
    );
    let text = "Sóc Trăng kết nạp đảng viên\n\nNăm 2024, toàn tỉnh kết nạp 2.150 đảng viên.";
    assert_eq!(quantity(text, 2150.0).subject.as_deref(), Some("Sóc Trăng"));
    // The country (`cả nước`, `toàn quốc`) is no province the page names.
    let text = "Kết nạp học sinh: Cần chất hơn lượng\n\nTheo Ban Tổ chức Trung ương, giai đoạn 2020-2024, cả nước kết nạp hơn 36.000 học sinh vào Đảng. Năm 2024, Nghệ An kết nạp 742 em. Toàn quốc có 5,6 triệu đảng viên.";
    assert_eq!(quantity(text, 36000.0).subject.as_deref(), Some("cả nước"));
    assert_eq!(quantity(text, 742.0).subject.as_deref(), Some("Nghệ An"));
    assert_eq!(
        quantity(text, 5_600_000.0).subject.as_deref(),
        Some("Toàn quốc")
    );
    // Nor is the Party as a whole (`toàn Đảng`); `toàn Đảng bộ` is a unit's.
    let text = "Phát triển đảng viên nhiệm kỳ XIII\n\nTheo Ban Tổ chức Trung ương, toàn Đảng có hơn 5,6 triệu đảng viên. Năm 2024, Nghệ An kết nạp 742 em. Toàn Đảng bộ tỉnh có 180.000 đảng viên.";
    assert_eq!(
        quantity(text, 5_600_000.0).subject.as_deref(),
        Some("toàn Đảng")
    );
    assert_ne!(
        quantity(text, 180_000.0).subject.as_deref(),
        Some("toàn Đảng")
    );
    // (Nor a scope, `trong toàn Đảng`.)
    let text = "Tin tức\n\nHưởng ứng phong trào trong toàn Đảng, năm 2024 xã kết nạp 20 đảng viên.";
    assert_ne!(quantity(text, 20.0).subject.as_deref(), Some("toàn Đảng"));
    // A number that counts years is no part of a place's name.
    let text =
        "Huyện Chư Păh có 108 thôn, làng. Có làng 3-4 năm liền không kết nạp được đảng viên. \
                Năm 2023, huyện kết nạp 120 đảng viên. Chi bộ thôn 3 có 25 đảng viên.";
    assert_eq!(
        quantity(text, 120.0).subject.as_deref(),
        Some("Huyện Chư Păh")
    );
    assert_eq!(
        quantity(text, 25.0).subject.as_deref(),
        Some("Chi bộ thôn 3")
    );
    // The article's subject is named in its first sentences, not in a
    // section label or a row of page buttons above them.
    let text = "Xây dựng Đảng\n\
                Phát triển tổ chức đảng trong doanh nghiệp ngoài nhà nước\n\
                08/11/2023 | 07:45 GMT+7\n\
                Chia sẻ  |  In bài  |  Cỡ chữ A- A+\n\n\
                Bình Dương là địa phương có nhiều doanh nghiệp ngoài nhà nước.\n\n\
                Theo Ban Tổ chức Tỉnh ủy, toàn tỉnh có hơn 62.000 doanh nghiệp.";
    assert_eq!(
        quantity(text, 62000.0).subject.as_deref(),
        Some("Bình Dương")
    );
    // A party unit after a comma is the subject, not a locator of the
    // source or occasion before it; a place after a comma locates.
    for (text, value, subject) in [
        (
            "Theo Ban Tổ chức Huyện ủy Yên Thế, Đảng bộ xã Đồng Tâm đã kết nạp 11 đảng viên.",
            11.0,
            "Đảng bộ xã Đồng Tâm",
        ),
        (
            "Nhân dịp kỷ niệm Cách mạng Tháng Mười Nga, Đảng ủy xã Văn Xá kết nạp 3 đảng viên.",
            3.0,
            "Đảng ủy xã Văn Xá",
        ),
        (
            "Đảng bộ xã Văn Xá, huyện Kim Bảng kết nạp 5 đảng viên mới.",
            5.0,
            "Đảng bộ xã Văn Xá",
        ),
        // A cell, then its parent after a comma: the cell.
        (
            "Chi bộ thôn 3, Đảng bộ xã Tân Lập hiện có 25 đảng viên.",
            25.0,
            "Chi bộ thôn 3",
        ),
        (
            "Theo báo cáo của Huyện ủy Lục Nam, Đảng bộ xã Bảo Sơn đã kết nạp 14 đảng viên.",
            14.0,
            "Đảng bộ xã Bảo Sơn",
        ),
        // A count after a place in a list is no part of its name.
        (
            "Nhiều đơn vị kết nạp được nhiều: thành phố Bắc Giang 27, thị xã Việt Yên 25, \
             Đảng bộ Khối các cơ quan tỉnh 19 đảng viên.",
            19.0,
            "Đảng bộ Khối các cơ quan tỉnh",
        ),
    ] {
        assert_eq!(quantity(text, value).subject.as_deref(), Some(subject));
    }
    // `Tập đoàn` and `Tổng công ty` are organisations (`Tập đoàn kết nạp` is
    // no `đoàn kết`).
    let text = "Năm 2023, Đảng ủy Tập đoàn kết nạp 300 đảng viên. \
                Đảng bộ Tổng công ty Điện lực miền Bắc có 45 chi bộ.";
    assert_eq!(
        quantity(text, 300.0).subject.as_deref(),
        Some("Đảng ủy Tập đoàn")
    );
    assert_eq!(quantity(text, 300.0).event.as_deref(), Some("kết nạp"));
    assert_eq!(
        quantity(text, 45.0).subject.as_deref(),
        Some("Đảng bộ Tổng công ty Điện lực miền Bắc")
    );
    // A unit named by its kind alone refers to the full name said before.
    let text = "Đảng ủy Khối Doanh nghiệp tỉnh Thanh Hóa tổ chức hội nghị.\n\
                Đến nay, Đảng bộ Khối có 138 tổ chức cơ sở đảng.\n\
                Sáng 5/2, Đảng ủy Công ty Than Hà Lầm tổ chức lễ kết nạp.\n\
                Hiện nay, Đảng bộ Công ty có 31 chi bộ trực thuộc.";
    assert_eq!(
        quantity(text, 138.0).subject.as_deref(),
        Some("Đảng ủy Khối Doanh nghiệp tỉnh Thanh Hóa")
    );
    assert_eq!(
        quantity(text, 31.0).subject.as_deref(),
        Some("Đảng ủy Công ty Than Hà Lầm")
    );
    let text =
        "Năm 2023, Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh có 9/56 tổ chức cơ sở đảng.";
    assert_eq!(
        quantity(text, 9.0).subject.as_deref(),
        Some("Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh")
    );
    // Words of such a name capitalised on their first syllable only, up to
    // a place word or a verb; not the words after a proper name.
    for (text, value, subject) in [
        (
            "Đảng bộ Bệnh viện Đa khoa tỉnh kết nạp 12 đảng viên mới.",
            12.0,
            "Đảng bộ Bệnh viện Đa khoa tỉnh",
        ),
        (
            "Chi bộ Ngân hàng Chính sách xã hội huyện kết nạp 2 đảng viên.",
            2.0,
            "Chi bộ Ngân hàng Chính sách xã hội huyện",
        ),
        (
            "Đảng bộ Công ty Cổ phần Xi măng Bỉm Sơn có 420 đảng viên.",
            420.0,
            "Đảng bộ Công ty Cổ phần Xi măng Bỉm Sơn",
        ),
        (
            "Đảng bộ Bộ đội Biên phòng tỉnh hiện có 1.200 đảng viên.",
            1200.0,
            "Đảng bộ Bộ đội Biên phòng tỉnh",
        ),
        (
            "Chi bộ Ngân hàng Chính sách hiện có 12 đảng viên.",
            12.0,
            "Chi bộ Ngân hàng Chính sách",
        ),
        (
            "Năm 2007, Chi bộ Hồng Tiến ban đầu có 5 đảng viên.",
            5.0,
            "Chi bộ Hồng Tiến",
        ),
        (
            "Đảng bộ Khối các cơ quan tỉnh tổ chức 3 lớp bồi dưỡng.",
            3.0,
            "Đảng bộ Khối các cơ quan tỉnh",
        ),
        (
            "Năm 2023, Đảng bộ Sở Giáo dục và Đào tạo tỉnh Nghệ An kết nạp 9 đảng viên.",
            9.0,
            "Đảng bộ Sở Giáo dục và Đào tạo tỉnh Nghệ An",
        ),
        (
            "Đảng bộ Trung tâm Y tế huyện Quỳnh Lưu hiện có 128 đảng viên.",
            128.0,
            "Đảng bộ Trung tâm Y tế huyện Quỳnh Lưu",
        ),
        // Official names with a comma or a dash before `và`, `Y tế` after a
        // capital, a word of no category (`Môi trường`).
        (
            "Đảng bộ Sở Văn hóa, Thể thao và Du lịch tỉnh có 12 chi bộ.",
            12.0,
            "Đảng bộ Sở Văn hóa, Thể thao và Du lịch tỉnh",
        ),
        (
            "Đảng bộ Sở Lao động - Thương binh và Xã hội tỉnh có 9 chi bộ.",
            9.0,
            "Đảng bộ Sở Lao động - Thương binh và Xã hội tỉnh",
        ),
        (
            "Chi bộ Trạm Y tế xã Tân Hoa có 8 đảng viên.",
            8.0,
            "Chi bộ Trạm Y tế xã Tân Hoa",
        ),
        (
            "Chi bộ Công ty Cổ phần Môi trường đô thị thành phố có 25 đảng viên.",
            25.0,
            "Chi bộ Công ty Cổ phần Môi trường đô thị thành phố",
        ),
        (
            "Ngày 21/8/2024, Chi bộ Trường Tiểu học Phước Hòa A tổ chức lễ kết nạp 2 quần chúng ưu tú.",
            2.0,
            "Chi bộ Trường Tiểu học Phước Hòa A",
        ),
        // Units with a number in their name.
        (
            "Chi bộ Tổ dân phố số 7, phường Tân An hiện có 41 đảng viên.",
            41.0,
            "Chi bộ Tổ dân phố số 7",
        ),
        (
            "Đảng ủy xã Quế Xuân 1 kết nạp 6 đảng viên.",
            6.0,
            "Đảng ủy xã Quế Xuân 1",
        ),
        (
            "Đảng bộ xã Tân Lập 2 năm liền kết nạp 10 đảng viên.",
            10.0,
            "Đảng bộ xã Tân Lập",
        ),
        // Places with a syllable that is also an honorific.
        (
            "Huyện ủy Anh Sơn kết nạp 220 đảng viên.",
            220.0,
            "Huyện ủy Anh Sơn",
        ),
        (
            "Đảng bộ huyện Cô Tô hiện có 19 tổ chức cơ sở đảng.",
            19.0,
            "Đảng bộ huyện Cô Tô",
        ),
        (
            "Đảng bộ quận Hai Bà Trưng có 300 đảng viên.",
            300.0,
            "Đảng bộ quận Hai Bà Trưng",
        ),
        (
            "Ở huyện Đông Anh, toàn huyện có 12 chi bộ.",
            12.0,
            "huyện Đông Anh",
        ),
        (
            "Năm 2023, Đảng bộ tỉnh Bà Rịa - Vũng Tàu kết nạp 2.150 đảng viên.",
            2150.0,
            "Đảng bộ tỉnh Bà Rịa - Vũng Tàu",
        ),
    ] {
        assert_eq!(quantity(text, value).subject.as_deref(), Some(subject));
    }
}

/// The `person_role` facts of `text`: (name, role).
fn people(text: &str) -> Vec<(String, Option<String>)> {
    Extractor::new()
        .extract(text)
        .into_iter()
        .filter_map(|f| match f {
            FactBody::PersonRole(p) => Some((p.name, p.role)),
            _ => None,
        })
        .collect()
}

#[test]
fn people_are_named_with_their_office() {
    // A name with no office is no `person_role` fact; the same name with an
    // office later in the text is.
    let text = "Tại hội nghị, đồng chí Nguyễn Văn Hùng phát biểu chỉ đạo. \
                Ông Lò Văn Chiến cho biết xã còn 2 bản chưa có chi bộ.\n\
                Đồng chí Nguyễn Văn Hùng, Bí thư Huyện ủy Tân Yên, đề nghị các chi bộ tiếp tục cố gắng.";
    assert_eq!(
        people(text),
        [(
            "Nguyễn Văn Hùng".to_string(),
            Some("Bí thư Huyện ủy Tân Yên".to_string())
        )]
    );
    // Priests, officers and elders; a hamlet's head is followed by the
    // hamlet's name, unless a full name follows.
    let cases: &[(&str, &[(&str, &str)])] = &[
        (
            "Linh mục Phạm Văn Hiển, Chánh xứ giáo xứ Hưng Nghĩa chia sẻ.",
            &[("Phạm Văn Hiển", "Chánh xứ giáo xứ Hưng Nghĩa")],
        ),
        (
            "Thượng tá Nguyễn Văn Hải, Phó Chính ủy Bộ Chỉ huy Quân sự tỉnh cho biết.",
            &[("Nguyễn Văn Hải", "Phó Chính ủy Bộ Chỉ huy Quân sự tỉnh")],
        ),
        (
            "Đồng chí Pờ Xí Lò, Trưởng bản Hà Xi được chỉ định làm Bí thư Chi bộ.",
            &[("Pờ Xí Lò", "Trưởng bản Hà Xi")],
        ),
        (
            "Trưởng thôn Hoàng Văn Sáng cho biết như vậy.",
            &[("Hoàng Văn Sáng", "Trưởng thôn")],
        ),
        (
            "Trưởng thôn Vũ Hà cho biết như vậy.",
            &[("Vũ Hà", "Trưởng thôn")],
        ),
        (
            "Đồng chí Nguyễn Văn Kiên, Bí thư Chi bộ kiêm Trưởng thôn Vũ Hà cho biết.",
            &[("Nguyễn Văn Kiên", "Bí thư Chi bộ kiêm Trưởng thôn Vũ Hà")],
        ),
        (
            "Đồng chí Nguyễn Văn Kiên, Bí thư Chi bộ, Trưởng thôn Vũ Hà cho biết.",
            &[("Nguyễn Văn Kiên", "Bí thư Chi bộ, Trưởng thôn Vũ Hà")],
        ),
        (
            "Đồng chí Nguyễn Thị Hà, Bí thư Đảng ủy các cơ quan Đảng tỉnh, trao quyết định.",
            &[("Nguyễn Thị Hà", "Bí thư Đảng ủy các cơ quan Đảng tỉnh")],
        ),
        (
            "Chi bộ phối hợp với già làng Y Kuê Mlô vận động thanh niên.",
            &[("Y Kuê Mlô", "già làng")],
        ),
        // An office ends before the verb after a committee or a department;
        // `và` inside a department's name does not end it.
        (
            "Đồng chí Trần Văn Minh, Phó Bí thư Thường trực Tỉnh ủy ghi nhận kết quả đạt được.",
            &[("Trần Văn Minh", "Phó Bí thư Thường trực Tỉnh ủy")],
        ),
        (
            "Quyết định điều động đồng chí Phùng Minh Tiến, Phó Giám đốc Sở Nội vụ tham gia Ban Chấp hành Huyện ủy.",
            &[("Phùng Minh Tiến", "Phó Giám đốc Sở Nội vụ")],
        ),
        (
            "Đồng chí Phan Văn Tâm, Bí thư Đảng ủy, Giám đốc Sở Giáo dục và Đào tạo phát biểu.",
            &[("Phan Văn Tâm", "Bí thư Đảng ủy, Giám đốc Sở Giáo dục và Đào tạo")],
        ),
        (
            "Đồng chí Lê Văn A, Bí thư Chi bộ và Trần Văn Bình, Trưởng thôn cùng dự.",
            &[("Lê Văn A", "Bí thư Chi bộ"), ("Trần Văn Bình", "Trưởng thôn")],
        ),
    ];
    for (text, want) in cases {
        let want: Vec<(String, Option<String>)> = want
            .iter()
            .map(|(n, r)| (n.to_string(), Some(r.to_string())))
            .collect();
        assert_eq!(people(text), want, "{text}");
    }
}

/// The title the extractor gives `page`.
fn title(page: &str) -> Option<String> {
    Extractor::new()
        .extract(page)
        .into_iter()
        .find_map(|f| match f {
            FactBody::Article(a) => Some(a.title),
            _ => None,
        })
        .flatten()
}

#[test]
fn title_is_the_headline_not_a_section_label_or_masthead() {
    let body = "Năm 2023, Đảng bộ huyện kết nạp 120 đảng viên mới, đạt 105% kế hoạch, \
                nâng tổng số đảng viên toàn huyện lên 5.300 đồng chí sinh hoạt tại 300 chi bộ.";
    let headline = "Đảng bộ huyện Yên Thế kết nạp 120 đảng viên mới";
    for header in [
        // A section label before the dateline, the headline after it.
        format!("Xây dựng Đảng\nThứ Sáu, 20/06/2025 - 15:42\n\n{headline}\n\nChia sẻ"),
        format!("BÁO LAI CHÂU ĐIỆN TỬ\nTrang chủ › Chính trị › Xây dựng Đảng\nCập nhật: 09/01/2024 10:05\n\n{headline}"),
        format!("Chính trị - Xây dựng Đảng\n18/10/2023 - 08:05\n\n{headline}"),
        // A masthead first, with no section label.
        format!("BÁO SƠN LA\n\n{headline}\n\nThứ Hai, 15/01/2024 | 14:20"),
        format!("Báo Gia Lai điện tử\n\n{headline}\n"),
        format!("Tạp chí Xây dựng Đảng\nThứ Ba, 12/03/2024 - 08:15\n\n{headline}"),
        format!("Cổng thông tin điện tử huyện Lục Nam\n\n{headline}"),
        // A byline above the dateline is the author, not the title.
        format!("{headline}\n\nNguyễn Lan\nCập nhật: 08/01/2024 16:05"),
        // The headline before the dateline stays the title.
        format!("Xây dựng Đảng\n\n{headline}\nCập nhật: 15:30 | 28/12/2023\n\nẢnh minh họa"),
    ] {
        let page = format!("{header}\n\n{body}\n");
        assert_eq!(title(&page).as_deref(), Some(headline), "{page}");
    }
    let page = format!("{headline}\n\nNguyễn Lan\nCập nhật: 08/01/2024 16:05\n\n{body}\n");
    let author = Extractor::new()
        .extract(&page)
        .into_iter()
        .find_map(|f| match f {
            FactBody::Article(a) => a.author,
            _ => None,
        });
    assert_eq!(author.as_deref(), Some("Nguyễn Lan"));
    // Headlines in capitals, or about `điện tử`, or a `Báo cáo`, stay.
    for headline in [
        "ĐẢNG BỘ HUYỆN LÂM HÀ KẾT NẠP 193 ĐẢNG VIÊN MỚI",
        "Huyện Lâm Hà đẩy mạnh thương mại điện tử",
        "Báo cáo kết quả công tác xây dựng Đảng năm 2023",
    ] {
        let page = format!("{headline}\nNgọc Hà - Minh Tuấn\n\n{body}\n");
        assert_eq!(title(&page).as_deref(), Some(headline), "{page}");
    }
    // A short headline with nothing better after it is still the title.
    let page = format!("Kết quả năm 2023\n\n{body}\n");
    assert_eq!(title(&page).as_deref(), Some("Kết quả năm 2023"));
    // A headline ending with its event's day is no dateline; the page's
    // dateline above it still gives the date.
    let headline = "Quảng Ngãi: 1.426 đảng viên được trao Huy hiệu Đảng đợt 3/2/2026";
    let page = format!(
        "BÁO QUẢNG NGÃI ĐIỆN TỬ\nChính trị | Xây dựng Đảng | Kinh tế | Xã hội | Pháp luật\n\
         Thứ Ba, 03/02/2026 | 16:40 GMT+7\n\n{headline}\n\n{body}\n"
    );
    assert_eq!(title(&page).as_deref(), Some(headline), "{page}");
    let published = Extractor::new()
        .extract(&page)
        .into_iter()
        .find_map(|f| match f {
            FactBody::Article(a) => a.published,
            _ => None,
        });
    assert_eq!(published.as_deref(), Some("2026-02-03T16:40:00+07:00"));
}

/// `toàn huyện` in an article about a commune is the last district named
/// before by its proper name, not the commune, and not another body of that
/// level (`Công an tỉnh`, `Ban Tổ chức Tỉnh ủy`).
#[test]
fn a_whole_of_another_level_is_the_last_unit_of_that_level() {
    let text = "Đảng bộ xã Cảnh Dương có 398 đảng viên. Huyện ủy Quảng Trạch đánh giá mô hình cần được nhân rộng. Toàn huyện hiện có 5 xã biển.";
    assert_eq!(
        quantity(text, 5.0).subject.as_deref(),
        Some("Huyện ủy Quảng Trạch")
    );
    // (The province itself, then, when the page names it: not the body.)
    for (other, province) in [
        ("Đảng ủy Công an tỉnh Lâm Đồng", Some("Lâm Đồng")),
        ("Ban Tổ chức Tỉnh ủy", Some("Toàn tỉnh")),
    ] {
        let text = format!("Đảng bộ xã Lộc Bắc có 98 đảng viên. {other} đã kiểm tra. Toàn tỉnh còn 3 thôn chưa có đảng viên.");
        assert_eq!(quantity(&text, 3.0).subject.as_deref(), province, "{other}");
    }
}

/// A place after `tại` or `ở` in a clause that holds something (`tổ chức`)
/// is where it was held, no subject; any other place after them inside its
/// clause is the subject of its own sentence only. One that opens its
/// clause (`Riêng tại`, `Hiện tại`, a year), that the sentence goes on about
/// (`nơi có …`), or the place of a party unit (`Chi bộ thôn 3 ở xã Tân Hà`)
/// reads as before.
#[test]
fn a_place_where_something_is_done_is_no_subject() {
    let lead = "Đảng bộ huyện Tĩnh Gia có 120 đảng viên. ";
    for tail in [
        "Đại hội lần thứ nhất được tổ chức tại làng Văn Trai với 47 đại biểu.",
        "Số đảng viên tập trung ở các phường Kỳ Trinh, Kỳ Long và xã Kỳ Hà. Trong số này, có 47 đồng chí đi làm ăn xa.",
    ] {
        let text = format!("{lead}{tail}");
        assert_eq!(
            quantity(&text, 47.0).subject.as_deref(),
            Some("Đảng bộ huyện Tĩnh Gia"),
            "{tail}"
        );
    }
    for (tail, subject) in [
        (
            "Năm 2022, tại xã Hải Nhân có 47 đảng viên mới.",
            "xã Hải Nhân",
        ),
        (
            "Tỉnh đã kết nạp 5 đảng viên tại ấp Cây Khô, nơi có 47% dân số là đồng bào Khmer.",
            "ấp Cây Khô",
        ),
        // What the place has, in a bracket after it or with `có`.
        (
            "Còn 50 thôn chưa có chi bộ, tập trung ở các huyện Đam Rông (47 thôn), Lạc Dương (3 thôn).",
            "huyện Đam Rông",
        ),
        (
            "Điều lệ đã rõ, trong khi ở thôn Trà Vân hiện chỉ có 47 đảng viên.",
            "thôn Trà Vân",
        ),
        // In passing, in the figure's own sentence.
        ("Riêng tại xã Tân Hà, Đảng ủy kết nạp 47 đảng viên.", "xã Tân Hà"),
        ("Hiện tại xã Đạ Tông, tỷ lệ đảng viên trong dân số đạt 47%.", "xã Đạ Tông"),
        ("Đảng viên ở xã Tân Hà chiếm 47% tổng số đảng viên.", "xã Tân Hà"),
        ("Qua rà soát tại xã Tân Hà, còn 47 thôn chưa có chi bộ.", "xã Tân Hà"),
        ("Đảng viên mới tập trung nhiều ở xã Tân Hà với 47 đảng viên.", "xã Tân Hà"),
        ("Chi bộ thôn 3 ở xã Tân Hà kết nạp 47 đảng viên.", "Chi bộ thôn 3"),
    ] {
        let text = format!("{lead}{tail}");
        assert_eq!(
            quantity(&text, 47.0).subject.as_deref(),
            Some(subject),
            "{tail}"
        );
    }
}

/// In a review of one year that sets the tasks of the next (`tổng kết … năm
/// 2019, triển khai phương hướng, nhiệm vụ năm 2020`), the deeds told later
/// are of the year reviewed; with no year reviewed in the sentence, the
/// tasks' year is the year of both.
#[test]
fn the_year_of_the_tasks_ahead_dates_no_deed() {
    let time = |lead: &str| {
        let text = format!("{lead}\n\nNăm qua, toàn Đảng bộ kết nạp được 186 đảng viên mới.");
        quantity(&text, 186.0).time
    };
    assert_eq!(
        time("Sáng 11-12, Huyện ủy Châu Thành tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2019, triển khai phương hướng, nhiệm vụ năm 2020."),
        Some(TimeRef::Year { year: 2019 })
    );
    assert_eq!(
        time("Huyện ủy Châu Thành tổ chức hội nghị sơ kết 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024."),
        Some(TimeRef::Year { year: 2024 })
    );
    // The goals told after it are of the year ahead.
    let text = "Huyện ủy Lâm Hà tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2023, triển khai phương hướng, nhiệm vụ năm 2024. Hội nghị đề ra chỉ tiêu kết nạp 360 đảng viên.";
    assert_eq!(
        quantity(text, 360.0).time,
        Some(TimeRef::Year { year: 2024 })
    );
}

/// `này có` (this … has) is not `nay có` (now has): a figure after it keeps
/// the time told before; `nay có` and `nay co` typed without marks do not.
#[test]
fn words_of_the_present_are_read_with_their_marks() {
    let time = |tail: &str| {
        let text = format!(
            "Sáng 3/2/2025, Thị ủy Bình Minh trao Huy hiệu Đảng cho 28 đảng viên.\n\n{tail}"
        );
        quantity(&text, 6.0).time
    };
    let day = Some(TimeRef::Date {
        date: "2025-02-03".into(),
    });
    assert_eq!(
        time("Trong đợt này có 6 đảng viên nhận Huy hiệu 60 năm."),
        day
    );
    assert_eq!(time("Đến nay có 6 đảng viên nhận Huy hiệu 60 năm."), None);
    assert_eq!(time("Hien nay co 6 đảng viên nhận Huy hiệu 60 năm."), None);
    assert_eq!(
        time("Đến thời điểm này có 6 đảng viên nhận Huy hiệu 60 năm."),
        None
    );
}

/// A place in a bracket after a person's name is where that person lives,
/// not the subject of the figures after it.
#[test]
fn a_persons_place_is_no_subject() {
    let text = "Thị ủy Bình Minh trao Huy hiệu Đảng cho 28 đảng viên. Trong đợt này có đồng chí Nguyễn Văn Hai (phường Cái Vồn); 3 đảng viên nhận Huy hiệu 60 năm.";
    assert_eq!(
        quantity(text, 3.0).subject.as_deref(),
        Some("Thị ủy Bình Minh")
    );
    // A bracket after a unit's name still locates it.
    let text = "Đảng bộ xã Tân Lập (huyện Đồng Phú) có 3 chi bộ.";
    assert_eq!(
        quantity(text, 3.0).subject.as_deref(),
        Some("Đảng bộ xã Tân Lập")
    );
}

/// The quota in a bracket after the target that names who set it is a
/// target; the parts told after it are of the count, not of the quota.
#[test]
fn a_bracketed_quota_given_by_someone_is_a_target() {
    let text = "Năm 2023, Đảng bộ huyện Đơn Dương kết nạp 167 đảng viên mới, đạt 111,3% chỉ tiêu Tỉnh ủy giao (150 đảng viên), trong đó có 39 đảng viên là người dân tộc thiểu số.";
    assert_eq!(quantity(text, 150.0).modality, Modality::Target);
    assert_eq!(quantity(text, 39.0).modality, Modality::Actual);
    assert_eq!(quantity(text, 167.0).modality, Modality::Actual);
    // The quota further inside its bracket; a result in a bracket is no quota.
    let text = "Các chi bộ kết nạp 46 đảng viên mới, đạt 38,3% chỉ tiêu năm (chỉ tiêu 120 đảng viên); trong đó có 19 đảng viên là người dân tộc Khmer.";
    assert_eq!(quantity(text, 19.0).modality, Modality::Actual);
    let text = "Năm 2023, Đảng bộ xã Tân Hà thực hiện chỉ tiêu huyện giao (đã kết nạp 18 đảng viên), trong đó có 5 đảng viên nữ.";
    assert_eq!(quantity(text, 5.0).modality, Modality::Actual);
    // Up to six words say who set it.
    let text = "Nhiệm kỳ 2020 - 2025, Đảng bộ huyện kết nạp 486 đảng viên, trong đó người Khmer chiếm gần 20%, vượt chỉ tiêu nghị quyết đại hội đề ra (15%).";
    assert_eq!(quantity(text, 15.0).modality, Modality::Target);
}

/// A military unit is named by its number (`Trung đoàn 736`); a unit named
/// after `Riêng` or `trong đó` is a part, the subject of its own sentence
/// only.
#[test]
fn parts_named_after_rieng_or_trong_do_stay_in_their_sentence() {
    let text = "Năm 2017, Đảng bộ Quân sự tỉnh kết nạp 118 đảng viên. Riêng Trung đoàn 736 kết nạp 46 đảng viên. Đảng ủy đã chuyển sinh hoạt đảng cho 64 đảng viên xuất ngũ.";
    assert_eq!(
        quantity(text, 46.0).subject.as_deref(),
        Some("Trung đoàn 736")
    );
    assert_eq!(
        quantity(text, 64.0).subject.as_deref(),
        Some("Đảng bộ Quân sự tỉnh")
    );
    // (A company too; a border post's armed unit is one of its names.)
    let text = "Năm 2025, Chi bộ Đại đội 9 kết nạp 6 chiến sĩ.";
    assert_eq!(
        quantity(text, 6.0).subject.as_deref(),
        Some("Chi bộ Đại đội 9")
    );
    let text = "Chi bộ Đội Vũ trang Đồn Biên phòng Cửa khẩu Cha Lo có 11 đảng viên.";
    assert_eq!(
        quantity(text, 11.0).subject.as_deref(),
        Some("Chi bộ Đội Vũ trang Đồn Biên phòng Cửa khẩu Cha Lo")
    );
    let text = "Năm 2023, 4/4 chi bộ ấp của Đảng bộ xã Mỹ Quý Tây hoàn thành tốt nhiệm vụ, trong đó Chi bộ ấp Voi Đình hoàn thành xuất sắc. Tỷ lệ đảng viên dự sinh hoạt bình quân đạt 92%.";
    assert_eq!(
        quantity(text, 92.0).subject.as_deref(),
        Some("Đảng bộ xã Mỹ Quý Tây")
    );
}

/// A deadline in a year after the page's (`đến năm 2020` on a page of 2019)
/// makes a figure a target; one already past does not.
#[test]
fn a_deadline_ahead_of_the_page_is_a_target() {
    let text = |year: &str| {
        format!("Xây dựng Đảng trên tàu cá\n\nThứ Sáu, 12/07/2019\n\nTheo Kế hoạch số 86-KH/HU, đến năm {year} mỗi xã biển thành lập ít nhất 1 chi bộ nghề cá.")
    };
    assert_eq!(quantity(&text("2020"), 1.0).modality, Modality::Target);
    assert_eq!(quantity(&text("2018"), 1.0).modality, Modality::Actual);
}

/// `toàn huyện` after `so với`, `hơn`, `bình quân` is a yardstick, not the
/// subject; in the figure's own statement after a semicolon it outweighs a
/// name before; and it means the district an address names before any
/// other district.
#[test]
fn a_whole_is_read_where_it_stands() {
    let text = "Năm 2023, Đảng bộ xã Tân Hà kết nạp 18 đảng viên, Huyện ủy Lâm Hà kết nạp 356 đảng viên. Tỷ lệ kết nạp của Đảng bộ xã Tân Hà cao hơn toàn huyện 1,2%.";
    assert_eq!(
        quantity(text, 1.2).subject.as_deref(),
        Some("Đảng bộ xã Tân Hà")
    );
    let text = "Năm 2014, Huyện ủy Bảo Lâm đã xóa được 2 thôn chưa có đảng viên ở xã Lộc Bảo; hiện toàn huyện chỉ còn 1 thôn chưa có chi bộ.";
    assert_eq!(
        quantity(text, 1.0).subject.as_deref(),
        Some("Huyện ủy Bảo Lâm")
    );
    let text = "Đảng ủy xã Tân Hà (huyện Lâm Hà) vừa tổ chức lễ kết nạp cho 5 quần chúng. Dự buổi lễ có đoàn công tác của huyện Đức Trọng. Toàn huyện năm 2023 kết nạp 356 đảng viên.";
    assert_eq!(
        quantity(text, 356.0).subject.as_deref(),
        Some("huyện Lâm Hà")
    );
    let text = "Năm 2023, Đảng bộ xã Quảng Hòa, huyện Quảng Trạch, tỉnh Quảng Bình kết nạp 11 đảng viên. Toàn huyện kết nạp 250 đảng viên, toàn tỉnh kết nạp 2.350 đảng viên.";
    assert_eq!(
        quantity(text, 250.0).subject.as_deref(),
        Some("huyện Quảng Trạch")
    );
    assert_eq!(
        quantity(text, 2350.0).subject.as_deref(),
        Some("tỉnh Quảng Bình")
    );
}

/// A year that ends a sentence dates the deed just before it; the later
/// sentences of a paragraph opened by a term go on in the term.
#[test]
fn a_year_ending_a_sentence_dates_its_deed_only() {
    let text = "Nhiệm kỳ 2015 - 2020, kinh tế tăng trưởng khá. Huyện được công nhận đạt chuẩn nông thôn mới năm 2019. Toàn Đảng bộ kết nạp 1.126 đảng viên.";
    assert_eq!(
        quantity(text, 1126.0).time,
        Some(TimeRef::Period {
            from: 2015,
            to: 2020
        })
    );
    let text = "Năm 2023, xã kết nạp 18 đảng viên; các đảng viên mới sẽ học lớp bồi dưỡng trong quý I/2024. Đảng ủy xã đã mở 2 lớp cảm tình Đảng cho 64 quần chúng.";
    assert_eq!(
        quantity(text, 64.0).time,
        Some(TimeRef::Year { year: 2023 })
    );
    // A term that ends a sentence is the term told of.
    let text = "Năm 2020, Đảng bộ huyện tổ chức Đại hội lần thứ XX, nhiệm kỳ 2020 - 2025. Dự Đại hội có 223 đại biểu chính thức.";
    assert_eq!(
        quantity(text, 223.0).time,
        Some(TimeRef::Period {
            from: 2020,
            to: 2025
        })
    );
    // A year within the opening term, inside a sentence, dates that sentence.
    let text = "Trong nhiệm kỳ 2010 - 2015, thu nhập bình quân năm 2015 đạt 36 triệu đồng. Tổng thu ngân sách đạt 1.825 tỷ đồng.";
    assert_eq!(
        quantity(text, 1.825e12).time,
        Some(TimeRef::Period {
            from: 2010,
            to: 2015
        })
    );
    // So does a past term said in words (`Nhiệm kỳ qua`).
    let text = "Đại hội Đảng bộ phường An Hội\n15/08/2025 08:00\nĐảng bộ phường An Hội tổ chức Đại hội lần thứ I, nhiệm kỳ 2025 - 2030.\nNhiệm kỳ qua kết nạp 386 đảng viên mới, trong đó năm 2024 kết nạp 91 đảng viên. Có 1.412 đảng viên được trao Huy hiệu Đảng.";
    assert_eq!(
        quantity(text, 1412.0).time,
        Some(TimeRef::Period {
            from: 2020,
            to: 2025
        })
    );
    assert_eq!(
        quantity(text, 91.0).time,
        Some(TimeRef::Year { year: 2024 })
    );
    // A next sentence that goes on about it (`Trong đó`) keeps its year.
    let text = "Trong nhiệm kỳ 2010 - 2015, Đảng bộ kết nạp 500 đảng viên. Đáng chú ý, trong năm 2013 Đảng bộ kết nạp 120 đảng viên. Trong đó có 45 đảng viên nữ.";
    assert_eq!(
        quantity(text, 45.0).time,
        Some(TimeRef::Year { year: 2013 })
    );
}

/// A time alone in a bracket right after a figure dates that figure only:
/// not the figure a change goes to, nor later sentences; after the figure a
/// change ends at, it is its sentence's time. A length of time glossed in a
/// bracket (`Trong 5 năm (2021 - 2025)`) is no figure's.
#[test]
fn a_bracketed_time_after_a_figure_is_its_own() {
    let span = |from, to| Some(TimeRef::Period { from, to });
    let year = |year| Some(TimeRef::Year { year });
    let text = "Nhiệm kỳ 2020 - 2025, Đảng bộ xã đạt nhiều kết quả:\n- Tổng số đảng viên tăng từ 187 đồng chí (năm 2020) lên 236 đồng chí, tăng 26,2%.\n- Chuyển đảng chính thức cho 52 đồng chí.";
    assert_eq!(quantity(text, 187.0).time, year(2020));
    assert_eq!(quantity(text, 236.0).time, span(2020, 2025));
    assert_eq!(quantity(text, 52.0).time, span(2020, 2025));
    let text = "Tỷ lệ đảng viên dưới 30 tuổi tăng từ 8,9% (cuối năm 2020) lên 10,7% (cuối năm 2025); đảng viên nữ tăng từ 33,1% lên 35,6%.";
    assert_eq!(quantity(text, 10.7).time, year(2025));
    assert_eq!(quantity(text, 35.6).time, year(2025));
    let text = "Trong 5 năm (2021 - 2025), toàn Đảng bộ kết nạp 1.046 đảng viên. Tỷ lệ đảng viên nữ chiếm 51,2%.";
    assert_eq!(quantity(text, 51.2).time, span(2021, 2025));
}

/// The items of a list under a line of goals that ends with `:` are
/// targets; under a line of results they are not.
#[test]
fn items_under_a_line_of_goals_are_targets() {
    let goals = "Đại hội xác định các chỉ tiêu giai đoạn 2025 - 2030:\n- Hằng năm kết nạp từ 45 đảng viên mới trở lên;\n- Trên 90% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ.";
    assert_eq!(quantity(goals, 45.0).modality, Modality::Target);
    assert_eq!(quantity(goals, 90.0).modality, Modality::Target);
    // The clause that sets them is read, not the grounds before it.
    let grounds = "Trên cơ sở đánh giá kết quả nhiệm kỳ qua, đại hội thống nhất các chỉ tiêu chủ yếu sau đây:\n\n1. Kết nạp ít nhất 150 đảng viên mới trong cả nhiệm kỳ.\n\n2. Hằng năm có trên 90% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ.";
    assert_eq!(quantity(grounds, 150.0).modality, Modality::Target);
    assert_eq!(quantity(grounds, 90.0).modality, Modality::Target);
    // Nor the sentences before it on its line.
    let after = "Kết luận hội nghị, đồng chí Bí thư đề nghị các cấp ủy hoàn thành các chỉ tiêu còn lại. Đảng bộ huyện phấn đấu từ nay đến cuối nhiệm kỳ:\n+ Mỗi năm kết nạp từ 280 đến 300 đảng viên;\n+ 100% thôn có chi bộ.";
    assert_eq!(quantity(after, 280.0).modality, Modality::Target);
    assert_eq!(quantity(after, 100.0).modality, Modality::Target);
    // Tasks of a year ahead, too.
    let tasks = "Tiêu đề bài viết\nThứ Sáu, 12/12/2025 - 08:47 (GMT+7)\n\
                 Nhiệm vụ trọng tâm năm 2026:\n\n- Phấn đấu kết nạp từ 50 đảng viên mới trở lên;\n\n\
                 - 100% chi bộ tổ dân phố tổ chức sinh hoạt chuyên đề ít nhất 4 lần/năm;\n\n\
                 - Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên đạt trên 90%.";
    assert_eq!(quantity(tasks, 100.0).modality, Modality::Target);
    assert_eq!(quantity(tasks, 90.0).modality, Modality::Target);
    let results = "Năm 2023, các đảng bộ kết nạp được 167 đảng viên, đạt 111% chỉ tiêu giao, nhiều nhất là:\n- Đảng bộ thị trấn Thạnh Mỹ: 19 đảng viên\n- Đảng bộ xã Ka Đô: 16 đảng viên";
    assert_eq!(quantity(results, 19.0).modality, Modality::Actual);
    // The list may run on under headings of its parts.
    let parts = "Đại hội thống nhất 11 chỉ tiêu chủ yếu nhiệm kỳ 2025 - 2030 như sau:\n\n\
                 A. Về kinh tế\n1. Tốc độ tăng trưởng bình quân hằng năm từ 9,5 - 10%.\n\n\
                 B. Về xây dựng Đảng\n2. Hằng năm kết nạp từ 35 đảng viên mới trở lên.\n\
                 II. KẾT QUẢ NĂM 2024\n3. Kết nạp 41 đảng viên.";
    assert_eq!(quantity(parts, 9.5).modality, Modality::Target);
    assert_eq!(quantity(parts, 35.0).modality, Modality::Target);
    // (Not past a heading of results, nor any other heading.)
    assert_eq!(quantity(parts, 41.0).modality, Modality::Actual);
    let other = "MỤC TIÊU NĂM 2025:\n1. Kết nạp 100 đảng viên mới.\n\
                 II. NHỮNG TỒN TẠI, HẠN CHẾ\n1. Còn 3 chi bộ yếu kém.";
    assert_eq!(quantity(other, 100.0).modality, Modality::Target);
    assert_eq!(quantity(other, 3.0).modality, Modality::Actual);
}

/// An agency named after its field keeps every syllable of the field, in
/// small letters or not (`Phòng Giáo dục và Đào tạo`, `Sở Tài nguyên và Môi
/// trường`); so does a cooperative after its kind (`Hợp tác xã dịch vụ nông
/// nghiệp Hải Toàn`).
#[test]
fn agencies_keep_the_whole_name_of_their_field() {
    for (text, subject) in [
        (
            "Chi bộ Phòng Giáo dục và Đào tạo có 12 đảng viên.",
            "Chi bộ Phòng Giáo dục và Đào tạo",
        ),
        (
            "Chi bộ Sở Tài nguyên và Môi trường có 12 đảng viên.",
            "Chi bộ Sở Tài nguyên và Môi trường",
        ),
        (
            "Chi bộ Phòng Tài chính - Kế hoạch có 12 đảng viên.",
            "Chi bộ Phòng Tài chính - Kế hoạch",
        ),
        // A place after a small word that starts with a term (`Đồng`, as
        // `đồng` the currency).
        (
            "Đảng bộ Bệnh viện Đa khoa Đồng Tháp có 12 đảng viên.",
            "Đảng bộ Bệnh viện Đa khoa Đồng Tháp",
        ),
        // A cooperative's kind, in small letters, before its name.
        (
            "Chi bộ Hợp tác xã dịch vụ nông nghiệp Hải Toàn có 12 đảng viên.",
            "Chi bộ Hợp tác xã dịch vụ nông nghiệp Hải Toàn",
        ),
        // A name of fields only is completed by its place; a place word of
        // two syllables is taken whole; fields of two words and more.
        (
            "Đảng bộ Bệnh viện Đa khoa tỉnh Nam Định có 12 đảng viên.",
            "Đảng bộ Bệnh viện Đa khoa tỉnh Nam Định",
        ),
        (
            "Đảng ủy Quân sự thành phố có 12 đảng viên.",
            "Đảng ủy Quân sự thành phố",
        ),
        (
            "Chi bộ Trường Công nghệ thông tin và Truyền thông có 12 đảng viên.",
            "Chi bộ Trường Công nghệ thông tin và Truyền thông",
        ),
        // A firm's lines of business, joined by `và` or in small letters.
        (
            "Ông Vũ Đức Hải, Bí thư Đảng ủy Công ty TNHH Xây dựng và Thương mại Hưng Long \
             (phường Hải Dương), chia sẻ: Công ty có 12 đảng viên.",
            "Đảng ủy Công ty TNHH Xây dựng và Thương mại Hưng Long",
        ),
        (
            "Bà Võ Thị Diễm, Chủ tịch Công ty cổ phần Cảng dịch vụ Phú Mỹ, cho biết \
             công ty có 12 đảng viên.",
            "Công ty cổ phần Cảng dịch vụ Phú Mỹ",
        ),
    ] {
        assert_eq!(
            quantity(text, 12.0).subject.as_deref(),
            Some(subject),
            "{text}"
        );
    }
}

/// `cần` inside a word (`chuyên cần`) is no duty, and `giao nhiệm vụ` hands
/// over a task, not a quota: the figures after them are deeds.
#[test]
fn words_that_only_look_like_goals() {
    let text = "Năm học 2023 - 2024, tỷ lệ học sinh chuyên cần đạt 98,5%.";
    assert_eq!(quantity(text, 98.5).modality, Modality::Actual);
    let text = "Bí thư Chi bộ giao nhiệm vụ cho 2 đảng viên mới.";
    assert_eq!(quantity(text, 2.0).modality, Modality::Actual);
    // A quota handed over still is one.
    let text = "Huyện ủy giao chỉ tiêu kết nạp 200 đảng viên.";
    assert_eq!(quantity(text, 200.0).modality, Modality::Target);
    // A task handed over, or a `giao` before a semicolon, sets no goal for
    // what the next statement tells; a least number the task sets does.
    let text = "Anh được giao phụ trách một tổ gồm 45 công nhân.";
    assert_eq!(quantity(text, 45.0).modality, Modality::Actual);
    let text = "Đảng ủy xã giao từng chi bộ ấp theo dõi đoàn viên ưu tú; 9 tháng qua, \
                xã kết nạp 23 đảng viên, vượt 15% chỉ tiêu.";
    assert_eq!(quantity(text, 23.0).modality, Modality::Actual);
    assert_eq!(quantity(text, 15.0).modality, Modality::Actual);
    let text = "Chi bộ giao mỗi đảng viên trẻ theo dõi, giúp đỡ ít nhất 1 đoàn viên ưu tú.";
    assert_eq!(quantity(text, 1.0).modality, Modality::Target);
    // A quota or an admission handed over by `giao` stays a goal, with task
    // words, and so does a list of quotas its colon opens.
    for (text, value) in [
        ("Năm 2024, Huyện ủy giao chỉ tiêu giúp đỡ, kết nạp 15 đảng viên mới cho Đảng bộ xã.", 15.0),
        ("Tỉnh ủy giao Ban Tổ chức theo dõi việc kết nạp 500 đảng viên trong năm 2025.", 500.0),
        ("Huyện ủy giao chỉ tiêu cho các chi bộ: chi bộ thôn 1 kết nạp 3 đảng viên; chi bộ thôn 2 kết nạp 4 đảng viên.", 4.0),
    ] {
        assert_eq!(quantity(text, value).modality, Modality::Target, "{text}");
    }
    // A quota told after `là` is one; the breakdown after it is of the count.
    let text = "Năm 2025, xã kết nạp được 23 đảng viên, vượt chỉ tiêu được giao là 18 đảng viên. \
                Trong số đó có 19 người Ca Dong.";
    assert_eq!(quantity(text, 18.0).modality, Modality::Target);
    assert_eq!(quantity(text, 19.0).modality, Modality::Actual);
}

/// Mends of probe round 19a: the goals of a list need a line of goals of a
/// year to come and items that tell no deed; a plan's name is no deadline;
/// a year a next sentence goes on about (`Trong đó`) still dates it; `lần`
/// after a unit's number counts times.
#[test]
fn goals_deadlines_and_numbered_units_read_narrowly() {
    let page = "Công tác xây dựng Đảng\n\nNgày đăng: 15/01/2019\n\n";
    let text = format!("{page}Về chỉ tiêu phát triển đảng viên:\n- Năm 2018 kết nạp 350 đảng viên, vượt 20% chỉ tiêu.");
    assert_eq!(quantity(&text, 350.0).modality, Modality::Actual);
    let text = format!("{page}Cụ thể, các chỉ tiêu năm 2018:\n- Kết nạp 350 đảng viên mới.");
    assert_eq!(quantity(&text, 350.0).modality, Modality::Actual);
    let text = format!("{page}Huyện ủy Lâm Hà vừa sơ kết 3 năm thực hiện Nghị quyết đến năm 2020 với 150 đại biểu tham dự.");
    assert_eq!(quantity(&text, 150.0).modality, Modality::Actual);
    let text = format!("{page}Đến năm 2020, toàn huyện có thêm 15 xã đạt chuẩn nông thôn mới.");
    assert_eq!(quantity(&text, 15.0).modality, Modality::Target);
    let text = format!("{page}Nhiệm kỳ 2015 - 2020, Đảng bộ huyện kết nạp 1.500 đảng viên. Huyện kết nạp 400 đảng viên trong năm 2019. Trong đó, 120 đảng viên là nữ.");
    assert_eq!(
        quantity(&text, 120.0).time,
        Some(TimeRef::Year { year: 2019 })
    );
    let text = format!(
        "{page}Trung đoàn 2 lần được tặng Huân chương Chiến công. Trung đoàn có 280 đảng viên."
    );
    assert_eq!(quantity(&text, 280.0).subject, None);
    // A place in a bracket opened with an abbreviated unit word locates.
    let text = "Đảng bộ phường Đô Vinh (TP. Phan Rang - Tháp Chàm) có 19 chi bộ trực thuộc.";
    assert_eq!(
        quantity(text, 19.0).subject.as_deref(),
        Some("Đảng bộ phường Đô Vinh")
    );
    // A venue after a verb of holding a class.
    let text = format!(
        "{page}Huyện ủy Lâm Hà khai giảng lớp bồi dưỡng tại xã Tân Hà cho 85 quần chúng ưu tú."
    );
    assert_eq!(
        quantity(&text, 85.0).subject.as_deref(),
        Some("Huyện ủy Lâm Hà")
    );
}

/// A document type used as a verb before a share of a counted thing
/// (`Kết luận 25/29 đảng viên có vi phạm`) cites nothing; the share counts.
#[test]
fn a_share_after_a_document_type_used_as_a_verb_counts() {
    let q = quantity("Qua kiểm tra, kết luận 25/29 đảng viên có vi phạm.", 25.0);
    assert_eq!((q.unit.as_str(), q.total), ("đảng viên", Some(29.0)));
    let text = "Thực hiện Kết luận 21/KL-TW, huyện có 5 chi bộ.";
    assert_eq!(values(text), [5.0]);
}

/// Mends of probe round 20a: a list's goals need a line that sets them or
/// names them for a time to come (not key figures of the page's year, not an
/// item measured against its quota); a deadline is read in the figure's own
/// statement, and a year not to come anchors a deed.
#[test]
fn goals_are_read_from_lines_that_set_them() {
    let page = "Công tác xây dựng Đảng\n\nNgày đăng: 28/12/2019\n\n";
    let text = format!("{page}Một số chỉ tiêu chủ yếu năm 2019 như sau:\n- Tổng số đảng viên toàn huyện: 3.560 đồng chí;");
    assert_eq!(quantity(&text, 3560.0).modality, Modality::Actual);
    let text = format!("{page}Các chỉ tiêu về công tác xây dựng Đảng của huyện:\n- Kết nạp 245 đảng viên mới, đạt 122,5% chỉ tiêu;");
    assert_eq!(quantity(&text, 245.0).modality, Modality::Actual);
    let text = format!("{page}Đảng ủy Khối đặt mục tiêu:\n- Kết nạp 200 đảng viên mới;");
    assert_eq!(quantity(&text, 200.0).modality, Modality::Target);
    let text = format!("{page}Chỉ tiêu nhiệm kỳ đến năm 2020 là kết nạp 100 đảng viên; sau 3 năm, Đảng bộ xã kết nạp 82 đảng viên.");
    assert_eq!(quantity(&text, 82.0).modality, Modality::Actual);
    let text = format!(
        "{page}Thực hiện lộ trình sắp xếp thôn đến năm 2020, năm 2018 huyện sáp nhập 24 thôn."
    );
    assert_eq!(quantity(&text, 24.0).modality, Modality::Actual);
}

/// The agent of a passive (`được Đảng ủy BĐBP tỉnh đánh giá`) judged; it is
/// not what the figures after it count.
#[test]
fn the_agent_of_a_passive_is_no_subject() {
    let text = "Năm 2021, Đảng bộ Đồn được Đảng ủy BĐBP tỉnh đánh giá hoàn thành tốt nhiệm vụ; có 36/38 đảng viên hoàn thành tốt nhiệm vụ.";
    assert_eq!(quantity(text, 36.0).subject.as_deref(), Some("Đảng bộ Đồn"));
}

/// `Sáng nay (6/11)`: the day in a bracket after `nay` dates the event, in
/// the year of the page.
#[test]
fn today_in_brackets_is_a_day() {
    let text = "Thành ủy trao Huy hiệu Đảng\n\n2018-11-06 15:47:00\n\nSáng nay (6/11), Thành ủy tổ chức lễ trao Huy hiệu Đảng cho 214 đảng viên.";
    assert_eq!(
        quantity(text, 214.0).time,
        Some(TimeRef::Date {
            date: "2018-11-06".into()
        })
    );
    // `đến nay` is no time of day: a share in a bracket after it counts.
    let q = quantity("Đến nay (3/5 xã), các xã đã có chi bộ.", 3.0);
    assert_eq!(q.total, Some(5.0));
    // A bracket that holds more than the day is no date.
    let text = "Đại hội\n\n09:00, 12/05/2022\n\nChiều nay (1/2 số đại biểu vắng mặt), Đại hội tiếp tục với 150 đại biểu.";
    assert_eq!(quantity(text, 1.0).total, Some(2.0));
    assert_ne!(
        quantity(text, 150.0).time,
        Some(TimeRef::Date {
            date: "2022-02-01".into()
        })
    );
}

/// A rate's period between the figure and `trở lên` (`8%/năm trở lên`) is
/// part of the figure.
#[test]
fn at_least_after_a_rate() {
    let q = quantity(
        "Tốc độ tăng trưởng kinh tế bình quân đạt từ 8%/năm trở lên.",
        8.0,
    );
    assert_eq!(q.approx, Approx::AtLeast);
    // So is a unit's period (`đồng/năm`, `đảng viên/năm`).
    let text = "Có 12 hộ thu nhập từ 200 triệu đồng/năm trở lên. Phấn đấu kết nạp từ 65 đảng viên/năm trở lên.";
    for value in [2e8, 65.0] {
        assert_eq!(quantity(text, value).approx, Approx::AtLeast, "{value}");
    }
}

/// `đứng vào hàng ngũ (của) Đảng` (to join the ranks of the Party) is an
/// admission, like `kết nạp`.
#[test]
fn joining_the_ranks_is_an_admission() {
    let text = "Năm 2024, khoảng 300 quần chúng ưu tú được đứng vào hàng ngũ của Đảng. Có 45 thanh niên vinh dự đứng vào hàng ngũ Đảng.";
    for value in [300.0, 45.0] {
        assert_eq!(
            quantity(text, value).event.as_deref(),
            Some("kết nạp"),
            "{value}"
        );
    }
}

/// The source an earlier sentence opened with (`Theo số liệu của Sở Nội vụ,
/// …`) is not carried to the figures after it; a committee's board is,
/// naming the committee's place.
#[test]
fn an_earlier_source_is_no_subject() {
    let text = "Hơn 1.000 cán bộ Hà Tĩnh nghỉ hưu trước tuổi\n\nSau 3 tháng, Hà Tĩnh đã có 1.027 người được giải quyết nghỉ hưu trước tuổi.\nTheo số liệu của Sở Nội vụ, toàn tỉnh có 1.027 người đã có quyết định nghỉ. Số người nghỉ hưu trước tuổi là 688 người.";
    assert_eq!(quantity(text, 688.0).subject.as_deref(), Some("Hà Tĩnh"));
    let text = "Cần Thơ phát triển đảng viên\n\nTheo Ban Tổ chức Thành ủy Cần Thơ, toàn thành phố có 1.942 chi bộ ấp. Năm 2024, thành phố kết nạp 4.118 đảng viên.";
    assert!(quantity(text, 4118.0)
        .subject
        .is_some_and(|s| s.contains("Cần Thơ")));
}

/// A breakdown opened before a semicolon (`trong đó`, `trong số`) goes on
/// after it in items of people with no verb of their own, which keep the
/// count's event; a goal or a share of something else does not. So do the
/// parts of the new members named as a whole (`Trong số đảng viên mới có …`).
#[test]
fn a_breakdown_goes_on_past_a_semicolon() {
    let text = "Năm 2024, huyện kết nạp 235 đảng viên, trong đó có 31 đảng viên là học sinh THPT; 18 đảng viên trong doanh nghiệp tư nhân.";
    assert_eq!(quantity(text, 18.0).event.as_deref(), Some("kết nạp"));
    let text = "Trong số đảng viên mới kết nạp năm 2023, đảng viên người Tày, người Nùng lần lượt là 71 và 58 đồng chí; người Dao có 9 đồng chí.";
    assert_eq!(quantity(text, 9.0).event.as_deref(), Some("kết nạp"));
    let text = "Năm 2024, huyện phấn đấu kết nạp 220 đảng viên, trong đó mỗi tổ chức cơ sở đảng kết nạp ít nhất 3 đảng viên; 100% chi bộ tổ chức sinh hoạt chuyên đề.";
    assert_eq!(quantity(text, 100.0).event, None);
    // Parts of the new members named as a whole (`Trong số đảng viên mới
    // có …`) are of their admission, with no verb said.
    let text = "Trong số đảng viên mới có 96 đồng chí là đoàn viên thanh niên, 42 đồng chí là nữ.";
    for value in [96.0, 42.0] {
        assert_eq!(
            quantity(text, value).event.as_deref(),
            Some("kết nạp"),
            "{value}"
        );
    }
    // So does a sentence opening with `Trong đó`, of the people of the
    // sentence before; not of a total that sentence's event raised.
    let text = "Tin tức\n\nCác đại hội đã bầu 2.356 đồng chí vào ban chấp hành. \
                Trong đó, cấp ủy viên nữ là 568 đồng chí, chiếm 24,11%.";
    assert_eq!(quantity(text, 568.0).event.as_deref(), Some("bầu"));
    let text = "Tin tức\n\nChi bộ kết nạp 2 quần chúng, nâng tổng số đảng viên lên 19 đảng viên. \
                Trong đó, 16 đảng viên chính thức.";
    assert_eq!(quantity(text, 16.0).event, None);
    let text = "Tin tức\n\nNăm 2024, Đảng bộ kết nạp 40 đảng viên, hiện có 1.200 đảng viên. \
                Trong đó, 300 đảng viên nữ.";
    assert_eq!(quantity(text, 300.0).event, None);
    // (The sentence before across a paragraph's break.)
    let text = "Tin tức\n\nĐến hết tháng 11, toàn huyện đã kết nạp được 192 đảng viên.\n\n\
                Trong đó, có 125 đảng viên là nữ.";
    assert_eq!(quantity(text, 125.0).event.as_deref(), Some("kết nạp"));
}

/// The items of a list take the unit its caption names (a short line
/// ending with `:`), not the page's; a source's or a speaker's lead is no
/// caption.
#[test]
fn list_items_take_their_captions_unit() {
    let page = "Kim Sơn: Chi bộ giáo họ\n\nKim Sơn là huyện có 22 giáo xứ.\nTại xã Kim Định, Đảng bộ xã hiện có 14 chi bộ với 276 đảng viên.\n";
    let text = format!("{page}Kết quả xây dựng chi bộ giáo họ ở xã Kim Định qua các năm:\nNăm 2019: 3 chi bộ, 41 đảng viên Công giáo\nNăm 2021: 5 chi bộ, 59 đảng viên Công giáo\n");
    for value in [3.0, 41.0, 5.0, 59.0] {
        assert_eq!(
            quantity(&text, value).subject.as_deref(),
            Some("xã Kim Định"),
            "{value}"
        );
    }
    let text = format!(
        "{page}Theo Ban Tổ chức Huyện ủy Kim Sơn, các năm qua, trong đó:\n- Năm 2019: 3 chi bộ\n"
    );
    assert_ne!(
        quantity(&text, 3.0).subject.as_deref(),
        Some("Ban Tổ chức Huyện ủy Kim Sơn")
    );
}

/// The name of a feast or a time (`Cách mạng Tháng Tám`, `Lễ Giáng sinh`,
/// `Tết Quý Mão`) is no place: the figures stay the page's unit's.
#[test]
fn a_feast_is_no_subject() {
    let text = "Đảng bộ huyện Gia Lộc 70 năm\n\nHuyện Gia Lộc có nhiều kết quả.\nĐến Cách mạng Tháng Tám năm 1945, huyện có 3 chi bộ với 19 đảng viên.\nDịp Lễ Giáng sinh năm 2024, xã kết nạp 5 đảng viên.\nNhân dịp Tết Quý Mão, huyện trao 40 suất quà.";
    for value in [3.0, 19.0, 5.0, 40.0] {
        assert_eq!(
            quantity(text, value).subject.as_deref(),
            Some("Đảng bộ huyện Gia Lộc"),
            "{value}"
        );
    }
}

/// A one-word target cue written with a capital before a capitalised word
/// opens a name (`Giao Lạc`, `Giao Thủy`), not a goal.
#[test]
fn a_cue_that_opens_a_name_is_none() {
    let text = "Giao Lạc là xã có 420 đảng viên.";
    assert_eq!(quantity(text, 420.0).modality, Modality::Actual);
    let text = "Giao chỉ tiêu kết nạp 40 đảng viên cho các chi bộ.";
    assert_eq!(quantity(text, 40.0).modality, Modality::Target);
    // (Nor before a unit the lexicon names: `Giao Đảng ủy các xã …`.)
    let text = "Giao Đảng ủy các xã kết nạp 50 đảng viên mới trong năm 2025.";
    assert_eq!(quantity(text, 50.0).modality, Modality::Target);
    // (It is a name the page may be about.)
    let text = "Phát triển đảng viên ở xã vùng giáo Giao Thanh\n\nGiao Thanh (Giao Thủy) là xã có 2 giáo xứ, 9 giáo họ. So với năm 2020, số đảng viên Công giáo tăng 41 đồng chí.";
    assert_eq!(quantity(text, 41.0).subject.as_deref(), Some("Giao Thanh"));
}

/// The unit whose congress delegates go to, and the units merged before a
/// congress (`sau khi hợp nhất …`), are no subjects of what follows.
#[test]
fn units_attended_or_merged_are_no_subjects() {
    let text = "Đảng bộ xã Lũng Cú bầu 7 đại biểu đi dự Đại hội đại biểu Đảng bộ huyện Đồng Văn lần thứ XXI. Ban Thường vụ gồm 5 đồng chí.";
    assert_eq!(
        quantity(text, 5.0).subject.as_deref(),
        Some("Đảng bộ xã Lũng Cú")
    );
    let text = "Ngày 23/7, Đảng bộ xã Bắc Hà tổ chức Đại hội đại biểu lần thứ I. Đây là đại hội đầu tiên của Đảng bộ xã sau khi hợp nhất thị trấn Bắc Hà và các xã Na Hối, Bản Phố. Tham dự Đại hội có 150 đại biểu chính thức.";
    assert_eq!(
        quantity(text, 150.0).subject.as_deref(),
        Some("Đảng bộ xã Bắc Hà")
    );
}

/// A share of the number of a counted thing (`1/3 số đảng viên`) counts
/// that thing.
#[test]
fn a_share_of_the_number_of_a_thing() {
    let q = quantity("Khoảng 1/3 số đảng viên của chi bộ là nữ.", 1.0);
    assert_eq!((q.unit.as_str(), q.total), ("đảng viên", Some(3.0)));
}

/// A day without a year after `đợt` names a round of awards (`Huy hiệu Đảng
/// đợt 3/2 và 7/11`), not the day of what is told.
#[test]
fn a_round_of_awards_is_no_day() {
    let text = "Cập nhật: 08:15, 09/01/2020\n\nNăm 2019, huyện trao Huy hiệu Đảng đợt 3/2 và 7/11 cho 1.126 đảng viên. Ngày 3/2, huyện kết nạp 5 đảng viên.";
    assert_eq!(
        quantity(text, 1126.0).time,
        Some(TimeRef::Year { year: 2019 })
    );
    assert_eq!(
        quantity(text, 5.0).time,
        Some(TimeRef::Date {
            date: "2019-02-03".into()
        })
    );
}

/// Days of rounds listed in a bracket after `đợt` are no days either.
#[test]
fn rounds_listed_in_a_bracket_are_no_days() {
    let text = "Ngày đăng: 02/02/2024\n\nNăm 2023, Huyện ủy Mỹ Tú đã trao tặng Huy hiệu Đảng cho 156 đảng viên qua 4 đợt (3/2, 19/5, 2/9 và 7/11), tăng 21 đồng chí so với năm 2022.";
    for value in [156.0, 21.0] {
        assert_eq!(
            quantity(text, value).time,
            Some(TimeRef::Year { year: 2023 }),
            "{value}"
        );
    }
}

/// The deadline of a goal (`phấn đấu đến năm 2025`) dates goals, not the
/// deeds told after it.
#[test]
fn a_goals_deadline_dates_no_later_deed() {
    let text = "Nhiệm kỳ 2020 - 2025, huyện Văn Chấn phấn đấu đến năm 2025 thu nhập đạt 55 triệu đồng.\n\nĐại hội đã bầu 45 đồng chí vào Ban Chấp hành Đảng bộ huyện khóa XXIV.";
    assert_eq!(
        quantity(text, 55_000_000.0).time,
        Some(TimeRef::Year { year: 2025 })
    );
    assert_eq!(
        quantity(text, 45.0).time,
        Some(TimeRef::Period {
            from: 2020,
            to: 2025
        })
    );
    // Nor a deed later in its own sentence.
    let text = "Năm 2023, thực hiện mục tiêu phấn đấu đến năm 2025 kết nạp 500 đảng viên, huyện đã kết nạp 120 đảng viên.";
    assert_eq!(
        quantity(text, 120.0).time,
        Some(TimeRef::Year { year: 2023 })
    );
    assert_eq!(
        quantity(text, 500.0).time,
        Some(TimeRef::Year { year: 2025 })
    );
    // A day counted up to is no goal's deadline: it dates what follows.
    let text = "Đến năm 2023, toàn huyện có 50 chi bộ. Toàn huyện có 1.200 đảng viên.";
    assert_eq!(
        quantity(text, 1200.0).time,
        Some(TimeRef::Year { year: 2023 })
    );
}

/// The border guard's provincial command is one name (`Bộ Chỉ huy Bộ đội
/// Biên phòng`), not cut at `huy`.
#[test]
fn the_border_guard_command_is_one_name() {
    let q = quantity(
        "Đảng ủy Bộ Chỉ huy Bộ đội Biên phòng tỉnh có 42 đảng viên.",
        42.0,
    );
    assert_eq!(
        q.subject.as_deref(),
        Some("Đảng ủy Bộ Chỉ huy Bộ đội Biên phòng tỉnh")
    );
}

/// A people's name after `đảng viên` (`đảng viên La Hủ`) is no person, though
/// `La` is a family name.
#[test]
fn a_peoples_name_is_no_person() {
    let people = |text: &str| -> Vec<String> {
        Extractor::new()
            .extract(text)
            .into_iter()
            .filter_map(|f| match f {
                FactBody::PersonRole(p) => Some(p.name),
                _ => None,
            })
            .collect()
    };
    let text = "Anh Lỳ Gò Xá, Bí thư Chi bộ bản Nhú Ma, một trong những đảng viên La Hủ đầu tiên của xã, kể: \"Giờ chi bộ đã có 12 đảng viên\".";
    assert_eq!(people(text), ["Lỳ Gò Xá"]);
    // Nor a place.
    assert_eq!(
        quantity(text, 12.0).subject.as_deref(),
        Some("Chi bộ bản Nhú Ma")
    );
    assert_eq!(
        people("Đảng viên La Văn Hùng được kết nạp năm 2020."),
        ["La Văn Hùng"]
    );
}

/// Counts with their unit left out: after `kết nạp` (the members
/// admitted), items of a list named by places after a count, a share of
/// the thing a sentence's `Số …` names, a share after a long label.
#[test]
fn units_left_out() {
    let unit = |text: &str, value: f64| quantity(text, value).unit;
    let text = "Năm 2013, các đơn vị kết nạp vượt chỉ tiêu: thành phố Long Xuyên kết nạp 312, huyện Châu Phú 241, huyện Thoại Sơn 226.";
    for value in [312.0, 241.0, 226.0] {
        assert_eq!(unit(text, value), "đảng viên", "{value}");
    }
    assert_eq!(
        quantity(text, 241.0).subject.as_deref(),
        Some("huyện Châu Phú")
    );
    let text = "Huyện Trần Văn Thời nhiều nhất với 236 đồng chí, kế đến là huyện U Minh (198), Thới Bình (171).";
    assert_eq!(unit(text, 198.0), "đồng chí");
    assert_eq!(unit(text, 171.0), "đồng chí");
    // (Past a thousands' dot: `(1.986), Quảng Bình (1.203)`.)
    let text = "Nghệ An kết nạp 2.931 đảng viên, tiếp đến là Hà Tĩnh (1.986), Quảng Bình (1.203).";
    assert_eq!(unit(text, 1203.0), "đảng viên");
    // A share after a count is no item of it.
    assert_eq!(
        unit(
            "Năm 2020, huyện kết nạp được 150, đạt 105% chỉ tiêu.",
            150.0
        ),
        "đảng viên"
    );
    let text = "Số chi bộ thôn, bon có bí thư chi bộ đồng thời là trưởng thôn, bon đạt 36/42, tương đương 85,7%.";
    assert_eq!(unit(text, 36.0), "chi bộ");
    let text = "Năm 2021, kết quả như sau:\n- Tổ chức cơ sở đảng nộp đảng phí đầy đủ, đúng hạn: 57/57, đạt 100%;\n- Tổ chức cơ sở đảng hoàn thành xuất sắc nhiệm vụ: 12/61, chiếm 19,7%;";
    assert_eq!(unit(text, 57.0), "tổ chức cơ sở đảng");
    assert_eq!(unit(text, 12.0), "tổ chức cơ sở đảng");
    // The first item after `trong đó` or `nhiều nhất là`; members made full.
    let text =
        "Toàn tỉnh kết nạp được 1.250 đảng viên, trong đó huyện Châu Phú 241, huyện Thoại Sơn 226.";
    assert_eq!(unit(text, 241.0), "đảng viên");
    let text = "Năm 2019, toàn tỉnh kết nạp 1.250 đảng viên; nhiều nhất là huyện U Minh (198), Thới Bình (171).";
    assert_eq!(
        quantity(text, 198.0).subject.as_deref(),
        Some("huyện U Minh")
    );
    let text = "Năm 2019, huyện kết nạp 312, đạt 105%; chuyển đảng chính thức 290, bằng 98%.";
    assert_eq!(
        quantity(text, 290.0).event.as_deref(),
        Some("chuyển chính thức")
    );
    assert_eq!(unit(text, 290.0), "đảng viên");
    // A total raised to (`nâng tổng số … lên 18`): of bodies too, and of no event.
    let text = "Năm 2020, Đảng ủy thành lập mới 2 chi bộ, nâng tổng số chi bộ trực thuộc lên 18.";
    let q = quantity(text, 18.0);
    assert_eq!((q.unit.as_str(), q.event), ("chi bộ trực thuộc", None));
    let text = "Huyện kết nạp 20 đảng viên, nâng tổng số đảng viên toàn Đảng bộ lên 486 đồng chí.";
    assert_eq!(quantity(text, 486.0).event, None);
    assert_eq!(quantity(text, 20.0).event.as_deref(), Some("kết nạp"));
    // Unless its own phrase names one.
    let text =
        "Năm 2023 kỷ luật 4 đảng viên, nâng tổng số đảng viên bị kỷ luật trong nhiệm kỳ lên 17.";
    assert_eq!(quantity(text, 17.0).event.as_deref(), Some("kỷ luật"));
    // Not a number after another verb, nor a place's number.
    assert_eq!(
        values("Năm 2020, huyện tổ chức 150, cho 20."),
        Vec::<f64>::new()
    );
    assert_eq!(
        values("Huyện có 36 chi bộ, trong đó Chi bộ thôn 5, Chi bộ thôn 7 đạt."),
        [36.0]
    );
}

/// A table a scrape flattened into one cell per line: each figure counts
/// what its row, column or caption names, in its column's year or the
/// caption's, with the event its row names.
#[test]
fn flattened_tables() {
    let text = "Năm 2019, Đảng bộ Công ty có nhiều chi bộ.\n\nKết quả công tác xây dựng Đảng giai đoạn 2016 - 2018\nChỉ tiêu\nNăm 2016\nNăm 2017\nNăm 2018\nSố chi bộ trực thuộc\n21\n22\n22\nKết nạp đảng viên mới\n19\n24\n27\nChi bộ hoàn thành tốt nhiệm vụ trở lên (%)\n90,5\n95,5\n100\n";
    let found: Vec<Quantity> = Extractor::new()
        .extract(text)
        .into_iter()
        .filter_map(|f| match f {
            FactBody::Quantity(q) => Some(q),
            _ => None,
        })
        .collect();
    let cells: Vec<(f64, &str, Option<TimeRef>, Option<&str>)> = found
        .iter()
        .map(|q| (q.value, q.unit.as_str(), q.time.clone(), q.event.as_deref()))
        .collect();
    let year = |y| Some(TimeRef::Year { year: y });
    assert_eq!(
        cells,
        [
            (21.0, "chi bộ trực thuộc", year(2016), None),
            (22.0, "chi bộ trực thuộc", year(2017), None),
            (22.0, "chi bộ trực thuộc", year(2018), None),
            (19.0, "đảng viên mới", year(2016), Some("kết nạp")),
            (24.0, "đảng viên mới", year(2017), Some("kết nạp")),
            (27.0, "đảng viên mới", year(2018), Some("kết nạp")),
            (90.5, "%", year(2016), None),
            (95.5, "%", year(2017), None),
            (100.0, "%", year(2018), None),
        ]
    );
    // Columns of a count and a share; what is counted is the caption's.
    let text = "Kết quả xếp loại tổ chức cơ sở đảng năm 2017\nMức xếp loại\nSố lượng\nTỷ lệ (%)\nHoàn thành xuất sắc nhiệm vụ\n8\n19,05\nHoàn thành tốt nhiệm vụ\n30\n71,43\n";
    let q = quantity(text, 30.0);
    assert_eq!(
        (q.unit.as_str(), q.time),
        ("tổ chức cơ sở đảng", year(2017))
    );
    assert_eq!(quantity(text, 71.43).unit, "%");
    // Figures alone on their lines with no headers above are no table.
    assert_eq!(values("Tổng số đảng viên\n348\n371\n"), Vec::<f64>::new());
    // A share typed with its sign; a header that reads as furniture (`Nội dung`).
    let text = "Chất lượng tổ chức cơ sở đảng năm 2019\nXếp loại\nSố lượng\nTỷ lệ\nHoàn thành xuất sắc nhiệm vụ\n12\n20,7%\n";
    assert_eq!(quantity(text, 20.7).unit, "%");
    assert_eq!(quantity(text, 12.0).unit, "tổ chức cơ sở đảng");
    let text = "Kết quả công tác phát triển đảng viên của huyện\nNội dung\nNăm 2017\nNăm 2018\nChuyển đảng chính thức\n110\n118\n";
    let q = quantity(text, 118.0);
    assert_eq!(
        (q.unit.as_str(), q.event.as_deref(), q.time),
        ("đảng viên", Some("chuyển chính thức"), year(2018))
    );
    // Rows of places: whose figures they are; a column of the plan.
    let text = "Kết nạp đảng viên năm 2019\nĐơn vị\nKế hoạch\nThực hiện\nXã Cao Xá\n10\n12\nXã Liên Chung\n8\n9\n";
    let q = quantity(text, 9.0);
    assert_eq!(
        (q.unit.as_str(), q.subject.as_deref(), q.modality),
        ("đảng viên", Some("Xã Liên Chung"), Modality::Actual)
    );
    assert_eq!(quantity(text, 10.0).modality, Modality::Target);
    // A column of the plan counts what the other columns do.
    let text = "Kết quả kết nạp năm 2016:\nĐơn vị\nChỉ tiêu\nKết nạp\nXã Phước Minh\n10\n14\n";
    let q = quantity(text, 10.0);
    assert_eq!(
        (q.unit.as_str(), q.modality),
        ("đảng viên", Modality::Target)
    );
    // Row numbers between the rows (`STT`): not read as figures.
    let text = "Kết quả kết nạp đảng viên năm 2019\nSTT\nĐơn vị\nSố đảng viên kết nạp\n1\nXã Cao Xá\n12\n2\nXã Liên Chung\n6\n";
    assert_eq!(values(text), [12.0, 6.0]);
    assert_eq!(
        quantity(text, 6.0).subject.as_deref(),
        Some("Xã Liên Chung")
    );
    // A second table of the same shape repeats the first one's headers and
    // labels; a range of figures (`4 - 5`) is no row's label.
    let text = "Đảng bộ phường có 57 chi bộ.\n\nKết quả như sau:\n\n1. Chi bộ\n\nMức xếp loại\nSố chi bộ\nTỷ lệ (%)\nHoàn thành tốt nhiệm vụ\n41\n71,93\n\n2. Đảng viên\n\nMức xếp loại\nSố đảng viên\nTỷ lệ (%)\nHoàn thành tốt nhiệm vụ\n1.794\n80,48\n";
    assert_eq!(values(text), [57.0, 41.0, 71.93, 1794.0, 80.48]);
    assert_eq!(quantity(text, 1794.0).unit, "đảng viên");
    let text = "Một số chỉ tiêu\nChỉ tiêu\nNghị quyết\nThực hiện\nĐánh giá\nKết nạp đảng viên\n650\n712\nVượt\nTỷ lệ hộ nghèo giảm (%)\n4 - 5\n4,8\nĐạt\n";
    assert!(!values(text).contains(&4.8));
}

/// Khmer family names (`Sơn`, `Kiên`, `Trầm`) and the deputy head of a
/// hamlet (`Phó trưởng ấp`) make a person and a role.
#[test]
fn khmer_names_and_deputy_hamlet_heads() {
    let people: Vec<(String, Option<String>)> = Extractor::new()
        .extract("Anh Sơn Thanh Phong, Phó trưởng ấp Tắc Bướm, cho biết ấp có 12 đảng viên.")
        .into_iter()
        .filter_map(|f| match f {
            FactBody::PersonRole(p) => Some((p.name, p.role)),
            _ => None,
        })
        .collect();
    assert_eq!(
        people,
        [(
            "Sơn Thanh Phong".to_string(),
            Some("Phó trưởng ấp Tắc Bướm".to_string())
        )]
    );
}

/// The place a figure is said to be of, right after it in its clause
/// (`trong huyện Tuy An`, `của bon Bu Prăng 2`, `thuộc xã Sín Thầu`), when
/// no name stands before it in its sentence: not the article's main unit.
#[test]
fn the_owner_named_after_a_figure() {
    let text = "Năm 2015, 100% tổ chức cơ sở đảng trong huyện Tuy An hoàn thành đại hội. Đảng bộ xã An Ninh Tây có 212 đảng viên.";
    assert_eq!(
        quantity(text, 100.0).subject.as_deref(),
        Some("huyện Tuy An")
    );
    assert_eq!(
        quantity(text, 212.0).subject.as_deref(),
        Some("Đảng bộ xã An Ninh Tây")
    );
    // Not when a body is named later in the sentence.
    let text = "Năm 2023, 25 quần chúng ưu tú trong các doanh nghiệp của huyện Tuy An được Đảng ủy Khối Doanh nghiệp tỉnh kết nạp vào Đảng.";
    assert_eq!(
        quantity(text, 25.0).subject.as_deref(),
        Some("Đảng ủy Khối Doanh nghiệp tỉnh")
    );
    // Not a place after another word (a venue, a verb's object).
    let text = "Năm 2015, 100% tổ chức cơ sở đảng hoàn thành đại hội tại huyện Tuy An. Đảng bộ xã An Ninh Tây có 212 đảng viên.";
    assert_eq!(
        quantity(text, 100.0).subject.as_deref(),
        Some("Đảng bộ xã An Ninh Tây")
    );
}

/// An event said not to have happened (`không kết nạp được`, `chưa kết nạp`,
/// `không được chuyển chính thức`) is no event of the figure.
#[test]
fn events_that_did_not_happen() {
    let event = |text: &str, value: f64| quantity(text, value).event;
    let text = "Năm 2016, huyện kết nạp 162 đảng viên. Tuy vậy, vẫn còn 3 chi bộ ấp không kết nạp được đảng viên.";
    assert_eq!(event(text, 162.0).as_deref(), Some("kết nạp"));
    assert_eq!(event(text, 3.0), None);
    let text = "Năm 2016, có 20 thanh niên ưu tú nhưng chưa kết nạp được.";
    assert_eq!(event(text, 20.0), None);
    let text = "Năm 2016, 12 đảng viên không được chuyển chính thức.";
    assert_eq!(event(text, 12.0), None);
    // A negation elsewhere in the sentence is not the event's.
    let text = "Huyện đã kết nạp 30 đảng viên, không để xảy ra sai sót.";
    assert_eq!(event(text, 30.0).as_deref(), Some("kết nạp"));
    let text = "Huyện không chỉ kết nạp 30 đảng viên mà còn bồi dưỡng 50 quần chúng.";
    assert_eq!(event(text, 30.0).as_deref(), Some("kết nạp"));
}

/// A kind of body in the plural (`Các trường THPT`) is no subject; the place
/// the article is about is.
#[test]
fn kinds_of_bodies_in_the_plural_are_no_subjects() {
    let text =
        "Thị xã Thái Hòa có 20 chi bộ. Các trường THPT trên địa bàn thị xã đã kết nạp 27 học sinh.";
    assert_eq!(
        quantity(text, 27.0).subject.as_deref(),
        Some("Thị xã Thái Hòa")
    );
    // A named unit after `các` still is.
    let text = "Năm 2020, các Đảng bộ xã Tân Hà kết nạp 27 đảng viên.";
    assert_eq!(
        quantity(text, 27.0).subject.as_deref(),
        Some("Đảng bộ xã Tân Hà")
    );
}

/// Units listed before `lần lượt` (respectively) go one to each figure
/// listed after it, in turn.
#[test]
fn units_listed_respectively() {
    let text = "Năm 2024, các phường Liên Bảo, Đồng Tâm, Khai Quang có số đảng viên mới nhiều nhất, với lần lượt 14, 12 và 11 đồng chí.";
    let subject = |value: f64| quantity(text, value).subject;
    assert_eq!(subject(14.0).as_deref(), Some("phường Liên Bảo"));
    assert_eq!(subject(12.0).as_deref(), Some("Đồng Tâm"));
    assert_eq!(subject(11.0).as_deref(), Some("Khai Quang"));
    // Not when the names and the figures do not pair.
    let text =
        "Năm 2024, phường Liên Bảo và phường Đồng Tâm lần lượt kết nạp 14, 12 và 11 đồng chí.";
    assert_eq!(
        quantity(text, 11.0).subject.as_deref(),
        Some("phường Đồng Tâm")
    );
    // Years too; not when they do not pair.
    let text = "Trong các năm 2021, 2022 và 2023, Đảng bộ thị xã lần lượt kết nạp 131, 142 và 149 đảng viên.";
    for (value, year) in [(131.0, 2021), (142.0, 2022), (149.0, 2023)] {
        assert_eq!(quantity(text, value).time, Some(TimeRef::Year { year }));
    }
    let text = "Năm 2023, hai xã lần lượt kết nạp 14, 12 đảng viên.";
    assert_eq!(
        quantity(text, 14.0).time,
        Some(TimeRef::Year { year: 2023 })
    );
}

/// Words of the present in a quoted title the figure is outside of
/// (`Nghị quyết "… xây dựng Đảng hiện nay"`) do not make it a figure of
/// the present; in a quotation that holds the figure, they do.
#[test]
fn the_present_in_a_quoted_title() {
    let text = "Năm 2012, Đảng ủy Khối học tập Nghị quyết \"Một số vấn đề cấp bách về xây dựng Đảng hiện nay\" tới 100% tổ chức cơ sở đảng.";
    assert_eq!(
        quantity(text, 100.0).time,
        Some(TimeRef::Year { year: 2012 })
    );
    let text = "Năm 2012, Bí thư cho biết: \"Hiện nay chi bộ có 30 đảng viên\".";
    assert_eq!(quantity(text, 30.0).time, None);
}

/// A unit told before holds no units of its own level: a count of communes'
/// bodies after a town's figure is the district's.
#[test]
fn a_unit_holds_no_units_of_its_level() {
    let text = "Năm 2019, Đảng bộ huyện Duy Xuyên kết nạp 58 đảng viên. Trong đó, Đảng bộ xã Duy Trung kết nạp 9 đảng viên, thị trấn Nam Phước 6 đảng viên. Còn 3 đảng bộ xã chưa kết nạp được đảng viên nào.";
    assert_ne!(
        quantity(text, 3.0).subject.as_deref(),
        Some("thị trấn Nam Phước")
    );
    // Units of a lower level it does hold; a share names no unit.
    let text = "Đảng bộ xã Tân Hà có 300 đảng viên. Hiện có 15 chi bộ trực thuộc.";
    assert_eq!(
        quantity(text, 15.0).subject.as_deref(),
        Some("Đảng bộ xã Tân Hà")
    );
}

/// `toàn tỉnh` in a page whose headline names no unit is the one province
/// the page names, wherever it names it; not when it names two.
#[test]
fn the_whole_province_is_the_one_named() {
    let text = "Tổ chức đảng trong doanh nghiệp: Chậm nhưng chắc\n\n\
        Theo Ban Tổ chức Tỉnh ủy, toàn tỉnh có 46 tổ chức đảng trong doanh nghiệp.\n\n\
        Ông Lê Minh Khởi, Phó Trưởng Ban Tổ chức Tỉnh ủy Cà Mau, cho biết như vậy.";
    assert_eq!(quantity(text, 46.0).subject.as_deref(), Some("Cà Mau"));
    let two = text.replace("cho biết như vậy.", "cho biết tỉnh Bạc Liêu cũng vậy.");
    assert_eq!(quantity(&two, 46.0).subject.as_deref(), Some("toàn tỉnh"));
    // (A province merged into the one meant is not another.)
    let merged = text.replace(
        "Theo Ban Tổ chức",
        "Sau hợp nhất với tỉnh Bạc Liêu, Cà Mau có nhiều ngư dân. Theo Ban Tổ chức",
    );
    assert_eq!(quantity(&merged, 46.0).subject.as_deref(), Some("Cà Mau"));
    // A page about a village: the province is the one whose committee's
    // board the sentence cites, not the village.
    let text = "Làng Kon Xốp không còn trắng đảng viên\n\n\
        Làng Kon Xốp có 72 hộ. \
        Theo Ban Tổ chức Tỉnh ủy Quảng Ngãi, sau hợp nhất với tỉnh Kon Tum, toàn tỉnh \
        có 96 xã, phường.";
    assert_eq!(
        quantity(text, 96.0).subject.as_deref(),
        Some("Tỉnh ủy Quảng Ngãi")
    );
    // So on a page about a commune, which the sapo says was merged.
    let text = "Pha Long xóa thôn trắng đảng viên\n\n\
        Sau hợp nhất tỉnh Lào Cai và tỉnh Yên Bái, Đảng bộ xã Pha Long là một trong những \
        đảng bộ còn nhiều thôn chưa có đảng viên.\n\n\
        Theo Ban Tổ chức Tỉnh ủy Lào Cai, sau hợp nhất, toàn tỉnh có 1.934 thôn, tổ dân phố.\n\n\
        Theo Tỉnh ủy Lào Cai, toàn tỉnh còn 17 thôn chưa có đảng viên.";
    for v in [1934.0, 17.0] {
        assert_eq!(
            quantity(text, v).subject.as_deref(),
            Some("Tỉnh ủy Lào Cai"),
            "{v}"
        );
    }
    // (A province whose name folds as a village word does is no village.)
    let text = "Lạng Sơn kết nạp hơn 2.500 đảng viên mới\n\n\
        Năm 2024, toàn tỉnh kết nạp 2.512 đảng viên mới, đạt 105% kế hoạch.";
    assert_eq!(quantity(text, 2512.0).subject.as_deref(), Some("Lạng Sơn"));
}

/// A photo's credit at the end of a caption locates nothing on the next
/// line; a table printed twice is read once.
#[test]
fn names_and_tables_across_lines() {
    let text = "Tin tức mới\n\nMột đoạn văn có đủ nhiều chữ để không là tiêu đề của trang này.\n\n\
        Ông Thắng ra khơi. Ảnh: Nguyễn Văn\n\nĐảng bộ xã Hải Châu hiện có 1.024 đảng viên.\n";
    assert_eq!(
        quantity(text, 1024.0).subject.as_deref(),
        Some("Đảng bộ xã Hải Châu")
    );
    let table = "Kết quả xếp loại tổ chức cơ sở đảng năm 2024\nMức xếp loại\nSố lượng\nTỷ lệ (%)\n\
        Hoàn thành tốt nhiệm vụ\n30\n71,43\n";
    let text = format!(
        "Xếp loại\n\nNăm 2024, huyện xếp loại như sau.\n{table}\nBảng trên đăng lại.\n{table}"
    );
    assert_eq!(values(&text), [30.0, 71.43]);
    // (But a second year's table of the same shape is read.)
    let text = format!(
        "Xếp loại\n\nNăm 2024, huyện xếp loại như sau.\n{table}\nNăm 2025:\n{}",
        table
            .replace("2024", "2025")
            .replace("30\n71,43", "35\n83,33")
    );
    assert_eq!(values(&text), [30.0, 71.43, 35.0, 83.33]);
    // A locator with its bracket on the next line still locates.
    let text = "Tin\n\nNăm 2024 tỉnh có nhiều đảng viên mới, nổi bật là Đảng bộ xã Tân Hà\n\
                (huyện Lâm Hà) với 45 đảng viên mới được kết nạp.";
    assert_eq!(
        quantity(text, 45.0).subject.as_deref(),
        Some("Đảng bộ xã Tân Hà")
    );
    // Moving away for a living is no transfer.
    assert_eq!(
        quantity("Thôn có 12 hộ dân chuyển đi nơi khác sinh sống.", 12.0).event,
        None
    );
}

/// A flattened table with a column of row numbers (`TT`) is read without
/// it; a column of an event (`Kết nạp 6 tháng đầu năm`) counts members
/// admitted; rows under a header of units (`Đơn vị`) are units, named
/// alone (`Hà Hiệu`) or as a party body (`Đảng bộ Khối Doanh nghiệp tỉnh`).
#[test]
fn tables_with_row_numbers_and_rows_of_units() {
    let text = "KẾT QUẢ XÂY DỰNG TỔ CHỨC ĐẢNG TRONG DOANH NGHIỆP (tính đến 30/6/2024)\nTT\nĐơn vị\nSố đảng viên\nKết nạp 6 tháng đầu năm\n1\nHuyện Lâm Thao\n295\n7\n2\nĐảng bộ Khối Doanh nghiệp tỉnh\n527\n24\n";
    let q = quantity(text, 295.0);
    assert_eq!(
        (q.unit.as_str(), q.subject.as_deref()),
        ("đảng viên", Some("Huyện Lâm Thao"))
    );
    let q = quantity(text, 24.0);
    assert_eq!(
        (q.unit.as_str(), q.event.as_deref(), q.subject.as_deref()),
        (
            "đảng viên",
            Some("kết nạp"),
            Some("Đảng bộ Khối Doanh nghiệp tỉnh")
        )
    );
    let text = "KẾT QUẢ KẾT NẠP ĐẢNG VIÊN NĂM 2023\nĐơn vị\nChỉ tiêu\nKết quả\nHà Hiệu\n8\n9\nThị trấn Chợ Rã\n10\n12\nCộng\n18\n21\n";
    assert_eq!(quantity(text, 9.0).subject.as_deref(), Some("Hà Hiệu"));
    assert_eq!(
        quantity(text, 12.0).subject.as_deref(),
        Some("Thị trấn Chợ Rã")
    );
    assert_eq!(quantity(text, 21.0).subject, None);
    // Rows under `Huyện` or `Khu vực` are places too.
    for header in ["Huyện", "Khu vực", "Huyện, thị xã"] {
        let text = format!("Số liệu ở một số huyện của tỉnh Thanh Hóa như sau:\n\n{header}\nĐảng bộ xã hiện có\nSố đảng viên\nThường Xuân\n16\n5.234\nNgọc Lặc\n21\n8.916\n");
        assert_eq!(
            quantity(&text, 5234.0).subject.as_deref(),
            Some("Thường Xuân"),
            "{header}"
        );
        assert_eq!(
            quantity(&text, 21.0).subject.as_deref(),
            Some("Ngọc Lặc"),
            "{header}"
        );
    }
}

/// More of flattened tables: under a header of units every row is one
/// (`Cơ quan Huyện ủy`, `Chi bộ Bệnh viện …`) but totals and the rest
/// (`Các huyện còn lại`); a caption's event is not that of a column of a
/// standing count (`Số đảng viên`); a caption's event of members over a
/// reference it names (`chỉ tiêu`).
#[test]
fn tables_rows_of_units_and_captions() {
    let text = "Số liệu đảng viên các đảng bộ trực thuộc\nTT\nĐơn vị\nTổng số đảng viên\n1\nChi bộ Bệnh viện Đa khoa huyện\n62\n2\nCơ quan Huyện ủy\n42\nCác huyện còn lại\n30\n";
    let q = quantity(text, 62.0);
    assert_eq!(
        (q.unit.as_str(), q.subject.as_deref()),
        ("đảng viên", Some("Chi bộ Bệnh viện Đa khoa huyện"))
    );
    let q = quantity(text, 42.0);
    assert_eq!(
        (q.unit.as_str(), q.subject.as_deref()),
        ("đảng viên", Some("Cơ quan Huyện ủy"))
    );
    assert_eq!(quantity(text, 30.0).subject, None);
    let text = "Bảng 1: Kết quả kết nạp đảng viên theo xã\nTT\nXã, thị trấn\nSố đảng viên\nKết nạp 6 tháng đầu năm\n1\nHà Hiệu\n120\n5\n";
    assert_eq!(quantity(text, 120.0).event, None);
    assert_eq!(quantity(text, 5.0).event.as_deref(), Some("kết nạp"));
    // (A column of classes under a caption of training keeps its event.)
    let text =
        "Kết quả bồi dưỡng nhận thức về Đảng\nTT\nĐơn vị\nSố lớp\nSố học viên\n1\nHà Hiệu\n2\n85\n";
    assert_eq!(quantity(text, 85.0).event.as_deref(), Some("bồi dưỡng"));
    // Rows of things counted under `Đơn vị` are no units.
    let text = "Kết quả công tác xây dựng Đảng năm 2023\nTT\nĐơn vị\nSố lượng\n1\nĐảng viên mới\n125\n2\nChi bộ trực thuộc\n310\n";
    let q = quantity(text, 125.0);
    assert_eq!((q.unit.as_str(), q.subject), ("đảng viên mới", None));
    let text = "Kết quả thực hiện chỉ tiêu phát triển đảng viên năm 2023\nĐơn vị\nKế hoạch\nThực hiện\nXã Hà Hiệu\n10\n12\n";
    assert_eq!(quantity(text, 12.0).unit, "đảng viên");
    // A unit's long name, with a dash (not counted as a word), is the row's
    // (not `bản`, a hamlet); a share under `So với chỉ tiêu (%)` is against it.
    let text = "Kết quả phát triển đảng viên năm 2025\nTT\nĐơn vị\nSố đảng viên\nKết nạp mới\nSo với chỉ tiêu (%)\n1\nBan Chỉ huy Phòng thủ khu vực 4 - Quỳ Châu\n121\n14\n140\n";
    let q = quantity(text, 121.0);
    assert_eq!(
        (q.unit.as_str(), q.subject.as_deref()),
        (
            "đảng viên",
            Some("Ban Chỉ huy Phòng thủ khu vực 4 - Quỳ Châu")
        )
    );
    let q = quantity(text, 140.0);
    assert_eq!(
        (q.unit.as_str(), q.reference.as_deref()),
        ("%", Some("chỉ tiêu"))
    );
    // (Also after other words: `Tỷ lệ so với chỉ tiêu năm (%)`.)
    let text = "Kết quả kết nạp đảng viên năm 2025\nĐơn vị\nSố đảng viên kết nạp\nTỷ lệ so với chỉ tiêu năm (%)\nXã Tri Tôn\n38\n95\n";
    let q = quantity(text, 95.0);
    assert_eq!(
        (q.unit.as_str(), q.reference.as_deref()),
        ("%", Some("chỉ tiêu năm"))
    );
    // A row of the whole (`Toàn Đảng bộ (29 chi bộ)`) says what it holds,
    // not what its cells count: the column does.
    let text = "Tình hình đảng viên các chi bộ khu phố\nChi bộ\nTổng số đảng viên\n\
                Được miễn sinh hoạt\nToàn Đảng bộ (29 chi bộ)\n1.587\n241\n\
                Khu phố Phú Cường 1\n62\n11\n";
    for v in [1587.0, 241.0] {
        assert_eq!(quantity(text, v).unit, "đảng viên", "{v}");
    }
    // Rows of members moving in and out are transfers.
    let text = "Biến động đảng viên của Đảng bộ xã năm 2025\nTT\nNội dung\nSố đảng viên\n1\nTiếp nhận từ nơi khác chuyển đến\n415\n2\nChuyển đi nơi khác\n138\n";
    for v in [415.0, 138.0] {
        assert_eq!(quantity(text, v).event.as_deref(), Some("chuyển sinh hoạt"));
    }
    // A caption with a day, after the article's first paragraph, is no
    // dateline: it gives the cells their day; and a column of members with
    // no column of an event beside it counts those of the caption's event.
    let text = "Tuyên Quang: 2.317 đảng viên được tặng Huy hiệu Đảng\n\n\
                Cập nhật: 02/02/2026 | 16:05\n\n\
                Nhân kỷ niệm 96 năm Ngày thành lập Đảng, Ban Thường vụ Tỉnh ủy đã quyết định \
                tặng Huy hiệu Đảng cho nhiều đảng viên thuộc các đảng bộ xã, phường.\n\n\
                Số lượng đảng viên được tặng Huy hiệu Đảng đợt 3/2/2026\nLoại huy hiệu\n\
                Số đảng viên\nTỷ lệ (%)\nHuy hiệu 75 năm tuổi Đảng\n2\n0,09\n\
                Huy hiệu 70 năm tuổi Đảng\n9\n0,39\n";
    for v in [9.0, 0.39] {
        let q = quantity(text, v);
        assert_eq!(
            (q.time, q.event.as_deref()),
            (
                Some(TimeRef::Date {
                    date: "2026-02-03".into()
                }),
                Some("trao huy hiệu")
            ),
            "{v}"
        );
    }
    // (Not a column of all the members, under a caption that names an
    // event: `Tổng số đảng viên các xã sau đợt kết nạp`.)
    let text = "Năm 2024, Đảng bộ huyện tiếp tục nâng cao chất lượng công tác phát triển \
                đảng viên ở các xã trên địa bàn.\n\n\
                Tổng số đảng viên các xã sau đợt kết nạp ngày 3/2/2025\nXã\nSố đảng viên\n\
                Tân Lập\n250\nTân Hòa\n310\n";
    assert_eq!(quantity(text, 250.0).event, None);
}

/// A table's caption may stand a blank line above it, ending with a colon,
/// and give the cut-off day; a column of the plan may say of what
/// (`Chỉ tiêu năm 2024 (đảng viên)`) and its year.
#[test]
fn a_caption_above_a_blank_line_and_a_plan_column_with_its_year() {
    let text = "Kết quả kết nạp đảng viên của một số đảng bộ (tính đến ngày 30/9/2024):\n\nTT\nĐảng bộ\nChỉ tiêu năm 2024 (đảng viên)\nKết nạp 9 tháng (đảng viên)\n1\nTP Quy Nhơn\n260\n241\n2\nHuyện An Lão\n45\n19\n";
    let q = quantity(text, 260.0);
    assert_eq!(
        (q.modality, q.time, q.subject.as_deref()),
        (
            Modality::Target,
            Some(TimeRef::Year { year: 2024 }),
            Some("TP Quy Nhơn")
        )
    );
    let q = quantity(text, 241.0);
    assert_eq!(
        (q.modality, q.event.as_deref()),
        (Modality::Actual, Some("kết nạp"))
    );
    assert_eq!(
        serde_json::to_value(&q.time).unwrap(),
        serde_json::json!({"date": "2024-09-30"})
    );
}

/// A body named as the source a sentence opens with (`Theo số liệu của …,`)
/// is not the subject of a whole the figure's clause names (`toàn tỉnh`).
#[test]
fn the_source_of_a_figure_is_not_its_whole() {
    let text = "Bình Dương phát triển đảng viên trong doanh nghiệp\n\nTheo số liệu của Đảng ủy Khối Doanh nghiệp tỉnh, tính đến ngày 30/6/2024, toàn tỉnh có 412 tổ chức đảng.\n\nTỉnh ủy Bình Dương chỉ đạo tiếp tục.";
    assert_eq!(quantity(text, 412.0).subject.as_deref(), Some("Bình Dương"));
    // Without the whole, the body of the source sentence stays the subject.
    let text = text.replace("toàn tỉnh có", "có");
    assert_eq!(
        quantity(&text, 412.0).subject.as_deref(),
        Some("Đảng ủy Khối Doanh nghiệp tỉnh")
    );
}

/// The items of a numbered list under a line that names goals for a time
/// to come are goals, a blank line between them or not.
#[test]
fn numbered_goals_under_a_line_that_sets_them() {
    let text = "Đại hội Đảng bộ phường Tân Sơn Nhì\n\nThứ Hai, 14/07/2025 - 10:00\n\nNhiệm kỳ 2025 - 2030, Đảng bộ phường đề ra 12 chỉ tiêu chủ yếu như sau:\n\n1. Kết nạp từ 250 đảng viên mới trở lên.\n2. Hằng năm có trên 90% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ.\n";
    assert_eq!(quantity(text, 250.0).modality, Modality::Target);
    assert_eq!(quantity(text, 90.0).modality, Modality::Target);
    // Lettered items, and a line that sets goals with a soft word of results
    // (`phấn đấu đạt các chỉ tiêu sau:`).
    let text = "Đảng bộ xã Hải Ninh phấn đấu hoàn thành nhiệm vụ\n\nThứ Năm, 17/07/2025 - 09:00\n\nNăm 2026, Đảng bộ xã phấn đấu đạt các chỉ tiêu sau:\na) Kết nạp 12 đảng viên mới.\nb) Có 100% chi bộ hoàn thành tốt nhiệm vụ trở lên.\n";
    assert_eq!(quantity(text, 12.0).modality, Modality::Target);
    assert_eq!(quantity(text, 100.0).modality, Modality::Target);
    // Numbered results are results.
    let text = "Đại hội Đảng bộ phường Tân Sơn Nhì\n\nThứ Hai, 14/07/2025 - 10:00\n\nKết quả thực hiện các chỉ tiêu nhiệm kỳ 2020 - 2025 như sau:\n1. Đã kết nạp 230 đảng viên mới.\n";
    assert_eq!(quantity(text, 230.0).modality, Modality::Actual);
    // A line that adopts goals, counted or not (`thống nhất đề ra 5 chỉ
    // tiêu`, `thông qua các chỉ tiêu`, `đề xuất một số chỉ tiêu`), and items
    // counted in words (`Một là, …`).
    for header in [
        "Đại hội thống nhất đề ra 5 chỉ tiêu chủ yếu về xây dựng Đảng:",
        "Đại hội thông qua các chỉ tiêu chủ yếu:",
        "Dự thảo Báo cáo chính trị đề xuất một số chỉ tiêu chủ yếu:",
    ] {
        for items in [
            "1. Hằng năm kết nạp từ 35 đảng viên mới trở lên.\n2. Có trên 90% chi bộ hoàn thành tốt nhiệm vụ.",
            "Một là, hằng năm kết nạp từ 35 đảng viên mới trở lên.\nHai là, có trên 90% chi bộ hoàn thành tốt nhiệm vụ.",
        ] {
            let text = format!("Đại hội Đảng bộ xã Quỳnh Phú\n\nThứ Hai, 14/07/2025 - 10:00\n\n{header}\n{items}\n");
            assert_eq!(quantity(&text, 35.0).modality, Modality::Target, "{text}");
            assert_eq!(quantity(&text, 90.0).modality, Modality::Target, "{text}");
        }
    }
    // Not the goals adopted before, whose results are told.
    let text = "Đại hội Đảng bộ xã Quỳnh Phú\n\nThứ Hai, 14/07/2025 - 10:00\n\nKết quả thực hiện các chỉ tiêu Đại hội đề ra:\n1. Kết nạp 230 đảng viên mới.\n";
    assert_eq!(quantity(text, 230.0).modality, Modality::Actual);
}

/// A form of discipline right after a number counts those given it, with
/// its own event (`2 khai trừ` is an expulsion, the others discipline).
#[test]
fn forms_of_discipline_after_a_number() {
    let text = "Năm 2024, huyện thi hành kỷ luật 11 đảng viên, gồm 5 khiển trách, 4 cảnh cáo và 2 khai trừ.";
    for (value, unit, event) in [
        (5.0, "khiển trách", "kỷ luật"),
        (4.0, "cảnh cáo", "kỷ luật"),
        (2.0, "khai trừ", "khai trừ"),
    ] {
        let q = quantity(text, value);
        assert_eq!(
            (q.unit.as_str(), q.event.as_deref()),
            (unit, Some(event)),
            "{value}"
        );
    }
    // (Not a label's number: `Chi bộ số 5`.)
    assert_eq!(values("Chi bộ số 5 khiển trách 2 đảng viên."), [2.0]);
}

/// A number that ends its clause, said of the `số …` opening it by a verb
/// of change (`số tổ chức đảng tăng 9`), counts that thing, not what the
/// next clause's number counts.
#[test]
fn a_number_of_the_number_of_a_thing() {
    let text = "So với đầu nhiệm kỳ, số tổ chức đảng tăng 9, số đảng viên tăng 147 đồng chí.";
    assert_eq!(quantity(text, 9.0).unit, "tổ chức đảng");
    assert_eq!(quantity(text, 147.0).unit, "đồng chí");
    // (Not a label: `Tổ dân phố số 7`.)
    assert_eq!(values("Tổ dân phố số 7, phường Tân An."), Vec::<f64>::new());
    // What is counted may be a list across commas.
    let text = "Đến nay, số thôn, bản, tổ dân phố giảm còn 944.";
    assert_eq!(quantity(text, 944.0).unit, "thôn, bản");
    let text = "Số thôn, tổ dân phố chưa có chi bộ giảm từ 11 xuống còn 2.";
    assert_eq!(quantity(text, 11.0).unit, "thôn");
    let text = "Số tổ chức đảng, chi bộ tăng từ 1.143 lên 1.219.";
    assert_eq!(quantity(text, 1219.0).unit, "tổ chức đảng");
    // (Not across an earlier clause with a figure of its own.)
    assert_eq!(values("Số đảng viên tăng 20, chi bộ giảm còn 5."), [20.0]);
}

/// `đặt chỉ tiêu` (set a target) makes the figures of its sentence goals,
/// as `phấn đấu` does.
#[test]
fn setting_a_target_makes_goals() {
    let text = "Năm 2025, Đảng ủy các khu công nghiệp đặt chỉ tiêu kết nạp 400 đảng viên, thành lập mới ít nhất 6 tổ chức đảng, mở 8 lớp bồi dưỡng.";
    for value in [400.0, 6.0, 8.0] {
        assert_eq!(quantity(text, value).modality, Modality::Target, "{value}");
    }
}

/// A body named right after `phối hợp (với)` is a partner in the deed, not
/// its doer.
#[test]
fn a_partner_is_not_the_subject() {
    let text = "Đảng ủy Trường Đại học Cần Thơ triển khai mô hình mới. Năm 2024, trường phối hợp Trung tâm Chính trị quận Ninh Kiều mở 3 lớp bồi dưỡng cho 452 sinh viên.";
    assert_eq!(
        quantity(text, 452.0).subject.as_deref(),
        Some("Đảng ủy Trường Đại học Cần Thơ")
    );
}

/// A place that opens the main clause after a source (`Theo Ban Tổ chức
/// Tỉnh ủy Nghệ An, huyện Quỳnh Lưu có …`) is the subject, not a locator
/// of the source; one that still addresses the source (`…, huyện Lâm Hà,
/// toàn xã có …`) is not.
#[test]
fn a_place_after_a_source() {
    let text = "Theo Ban Tổ chức Tỉnh ủy Nghệ An, huyện Quỳnh Lưu có 210 chi bộ.";
    assert_eq!(
        quantity(text, 210.0).subject.as_deref(),
        Some("huyện Quỳnh Lưu")
    );
    let text = "Xã Tân Hà củng cố chi bộ thôn\n\nTheo Đảng ủy xã Tân Hà, huyện Lâm Hà, toàn xã có 15 chi bộ trực thuộc.";
    let subject = quantity(text, 15.0).subject.unwrap_or_default();
    assert!(subject.contains("Tân Hà"), "{subject}");
}

/// `toàn tỉnh` and `Đảng bộ tỉnh` on a page whose text names no province
/// are the province its masthead names (`BÁO QUẢNG TRỊ`).
#[test]
fn the_province_of_the_masthead() {
    let text = "BÁO QUẢNG TRỊ\nCập nhật lúc 10:20 ngày 25/09/2023\n\nPhát triển đảng viên trong dân quân\n\nToàn tỉnh hiện có hơn 10.800 cán bộ, chiến sĩ dân quân. Tính đến ngày 30/8/2023, Đảng bộ tỉnh có 18 đảng bộ trực thuộc.\n";
    assert_eq!(
        quantity(text, 10800.0).subject.as_deref(),
        Some("Quảng Trị")
    );
    assert_eq!(quantity(text, 18.0).subject.as_deref(), Some("Quảng Trị"));
    // (A masthead naming two provinces names none: the whole as written.)
    let two = text.replace("BÁO QUẢNG TRỊ", "BÁO QUẢNG TRỊ - QUẢNG BÌNH");
    assert_eq!(
        quantity(&two, 10800.0).subject.as_deref(),
        Some("Toàn tỉnh")
    );
    // So is `toàn Đảng bộ tỉnh`.
    let text = "Báo Quảng Trị
Cập nhật lúc: 27/10/2023 - 16:02

Xây dựng tổ chức đảng

Đồng chí Lê Quang Chiến: 9 tháng năm 2023, toàn Đảng bộ tỉnh kết nạp 1.318 đảng viên, đạt 75,3% kế hoạch năm.
";
    assert_eq!(quantity(text, 1318.0).subject.as_deref(), Some("Quảng Trị"));
}

/// Badges given (`trao tặng 6.985 Huy hiệu Đảng`, `truy tặng 6 Huy hiệu`)
/// are an award; badges held are not.
#[test]
fn badges_given_are_an_award() {
    let text = "Năm 2023, toàn tỉnh đã trao tặng 6.985 Huy hiệu Đảng, truy tặng 6 Huy hiệu. Chi bộ giữ 3 huy hiệu.";
    assert_eq!(
        quantity(text, 6985.0).event.as_deref(),
        Some("trao huy hiệu")
    );
    assert_eq!(quantity(text, 6.0).event.as_deref(), Some("trao huy hiệu"));
    assert_eq!(quantity(text, 3.0).event, None);
    // (Members listed with their badge, the verb left out.)
    let text = "Huyện trao Huy hiệu Đảng cho 68 đảng viên, gồm: 5 đồng chí nhận Huy hiệu 65 năm; 9 đồng chí Huy hiệu 60 năm.";
    assert_eq!(quantity(text, 9.0).event.as_deref(), Some("trao huy hiệu"));
}

/// A place's name may end with one capital letter (`Châu Thành A`), even
/// when its first syllable is a family name: it is no person's.
#[test]
fn a_place_name_may_end_with_a_letter() {
    for (text, subject) in [
        (
            "Ngày 1/11, Huyện ủy Châu Thành A tổ chức lễ trao Huy hiệu Đảng cho 58 đảng viên.",
            "Huyện ủy Châu Thành A",
        ),
        (
            "Năm 2024, Đảng bộ huyện Châu Thành A kết nạp 58 đảng viên.",
            "Đảng bộ huyện Châu Thành A",
        ),
    ] {
        assert_eq!(
            quantity(text, 58.0).subject.as_deref(),
            Some(subject),
            "{text}"
        );
    }
}

/// In a roundup, a heading that opens with a unit's name and a colon
/// (`XÃ CHIỀNG MAI: …`) names the subject of the paragraphs under it that
/// name none; a list item with its count is no heading.
#[test]
fn a_sections_heading_names_its_subject() {
    let body = |second: &str| {
        format!(
            "Đại hội Đảng bộ các xã Mường Bú, Chiềng Mai\n\n\
             XÃ MƯỜNG BÚ: KẾT NẠP 142 ĐẢNG VIÊN TRONG NHIỆM KỲ\n\n\
             Trong nhiệm kỳ qua, Đảng bộ xã Mường Bú đã kết nạp 142 đảng viên, đạt 118% chỉ tiêu nghị quyết.\n\n\
             {second}: 95,2% CHI BỘ HOÀN THÀNH TỐT NHIỆM VỤ\n\n\
             Đại hội đề ra chỉ tiêu hằng năm kết nạp 25 đảng viên trở lên, giữ vững 100% bản có chi bộ trong cả nhiệm kỳ tới.\n"
        )
    };
    let text = format!(
        "Xã Mường Bú có 1.200 đảng viên.\n\n{}",
        body("XÃ CHIỀNG MAI")
    );
    assert_eq!(
        quantity(&text, 25.0).subject.as_deref(),
        Some("XÃ CHIỀNG MAI")
    );
    let text = format!(
        "Xã Mường Bú có 1.200 đảng viên.\n\n{}",
        body("* Xã Chiềng Mai")
    );
    assert_eq!(
        quantity(&text, 25.0).subject.as_deref(),
        Some("Xã Chiềng Mai")
    );
    // One heading alone heads nothing: the page may go on about the whole.
    let one = "Huyện Mai Sơn: kết quả nổi bật\n\nXÃ CHIỀNG MAI: 95,2% CHI BỘ HOÀN THÀNH TỐT NHIỆM VỤ\n\nĐảng bộ xã Chiềng Mai có 987 đảng viên ở 36 chi bộ trong toàn xã, tăng so với đầu nhiệm kỳ.\n\nNăm 2024, toàn huyện kết nạp 420 đảng viên mới, đạt 105% kế hoạch đề ra từ đầu năm.\n";
    assert_ne!(
        quantity(one, 420.0).subject.as_deref(),
        Some("XÃ CHIỀNG MAI")
    );
    // A heading with no paragraph under it heads nothing.
    let text = "Xã Mường Bú có 1.200 đảng viên, kết quả các xã:\nXã Chiềng Mai: 12 đảng viên\nXã Tà Xùa: 9 đảng viên\n\nĐại hội đề ra chỉ tiêu hằng năm kết nạp 25 đảng viên.";
    assert_ne!(quantity(text, 25.0).subject.as_deref(), Some("Xã Tà Xùa"));
    // Nor the last row of a bulleted list, over the next paragraph.
    let rows: String = [
        "Sở Y tế: 412",
        "Sở Nông nghiệp và Môi trường: 386",
        "Sở Giáo dục và Đào tạo: 174",
        "Sở Tài chính: 158",
        "Sở Xây dựng: 147",
    ]
    .iter()
    .map(|r| format!("- Đảng bộ {r} đảng viên, 10 chi bộ trực thuộc\n"))
    .collect();
    let text = format!(
        "Tin tức\n\nĐảng bộ UBND tỉnh có 48 tổ chức cơ sở đảng.\n\n\
         Một số đảng bộ cơ sở trực thuộc Đảng bộ UBND tỉnh (tính đến ngày 28/2/2025):\n\n{rows}\n\
         Về kết quả xếp loại năm 2024, trong 48 tổ chức cơ sở đảng có 7 tổ chức hoàn thành xuất sắc nhiệm vụ.\n"
    );
    assert_eq!(
        quantity(&text, 7.0).subject.as_deref(),
        Some("Đảng bộ UBND tỉnh")
    );
}

/// Members moved by a verb right before their count (`tiếp nhận`, `chuyển
/// đi`) are transferred; not when they are made full members (`chuyển …
/// chính thức`).
#[test]
fn members_moved_are_transferred() {
    let text = "Ngoài ra, phường tiếp nhận 205 đảng viên từ các cơ quan cũ và chuyển đi 37 đảng viên. Huyện Ngọc Lặc dự kiến chuyển 347 đảng viên.";
    for value in [205.0, 37.0, 347.0] {
        assert_eq!(
            quantity(text, value).event.as_deref(),
            Some("chuyển sinh hoạt"),
            "{value}"
        );
    }
    let text = "Năm 2024, chi bộ chuyển 12 đảng viên dự bị thành đảng viên chính thức.";
    assert_eq!(
        quantity(text, 12.0).event.as_deref(),
        Some("chuyển chính thức")
    );
}

/// Badges given with a total between the verb and the count, and items of
/// badges that leave the verb out (`…; Huy hiệu 70 năm cho 9 đảng viên`).
#[test]
fn badges_given_in_totals_and_items() {
    let text = "Năm 2024, huyện đã trao tổng cộng 132 Huy hiệu Đảng.";
    assert_eq!(
        quantity(text, 132.0).event.as_deref(),
        Some("trao huy hiệu")
    );
    let text = "Thành ủy trao Huy hiệu 75 năm tuổi Đảng cho 2 đảng viên; Huy hiệu 70 năm tuổi Đảng cho 9 đảng viên; Huy hiệu 60 năm tuổi Đảng cho 31 đảng viên.";
    for value in [2.0, 9.0, 31.0] {
        assert_eq!(
            quantity(text, value).event.as_deref(),
            Some("trao huy hiệu"),
            "{value}"
        );
    }
}

/// The time in a flattened table's column header (`Cùng kỳ 2023`) dates
/// that column's cells, not the text after the table.
#[test]
fn a_columns_time_stays_in_its_table() {
    let text = "Năm 2024, tỉnh kết nạp 1.026 đảng viên.\n\nKết quả kết nạp đảng viên năm 2024 theo quý\nNội dung\nQuý I\n9 tháng\nCùng kỳ 2023\nTổng số kết nạp\n298\n1.026\n947\n\nMột số đơn vị có tỷ lệ cao: Đảng bộ huyện Tuy Đức đạt 91,2% kế hoạch năm.";
    assert_eq!(
        quantity(text, 91.2).time,
        Some(TimeRef::Year { year: 2024 })
    );
}

/// Results of `nhiệm kỳ qua` or `5 năm qua` on a page that names only the
/// congress's new term are of the term before it, and so are the items of a
/// list under them; the goals of the new term keep it.
#[test]
fn the_past_term_of_a_congress_that_names_the_new_one() {
    let text = "Thứ Hai, 12/05/2025 - 14:47\n\nĐại hội Đảng bộ xã Mậu Duệ nhiệm kỳ 2025 – 2030\n\nNgày 10/5, Đảng bộ xã Mậu Duệ tổ chức đại hội đại biểu nhiệm kỳ 2025 – 2030.\n\nNhiệm kỳ qua, toàn Đảng bộ kết nạp 187 đảng viên mới. Kết quả cụ thể như sau:\n\n- Chi bộ thôn Na Lo: kết nạp 46 đảng viên mới.\n\n5 năm qua, thu nhập bình quân đầu người tăng 2,5 lần. Đại hội đề ra mục tiêu kết nạp 200 đảng viên mới.";
    let past = Some(TimeRef::Period {
        from: 2020,
        to: 2025,
    });
    for value in [187.0, 46.0, 2.5] {
        assert_eq!(quantity(text, value).time, past, "{value}");
    }
    assert_eq!(
        quantity(text, 200.0).time,
        Some(TimeRef::Period {
            from: 2025,
            to: 2030
        })
    );
    // Fifteen years are no term.
    let text = "Thứ Hai, 12/05/2025 - 14:47\n\nĐại hội Đảng bộ xã Mậu Duệ nhiệm kỳ 2025 – 2030\n\n15 năm qua, xã kết nạp 300 đảng viên.";
    assert_ne!(quantity(text, 300.0).time, past);
}

/// `Từ đầu năm đến nay` (since the start of the year) is the year the page
/// was published, and it dates the sentences after it.
#[test]
fn since_the_start_of_the_year_is_the_pages_year() {
    let text = "69% số đảng viên mới kết nạp là nữ\n\n03/04/2014 09:20\n\nTừ đầu năm đến nay, Thành ủy Hải Dương kết nạp 68 đảng viên, đạt 34% kế hoạch năm. Các chi bộ đã mở 6 lớp bồi dưỡng.";
    for value in [68.0, 34.0, 6.0] {
        assert_eq!(
            quantity(text, value).time,
            Some(TimeRef::Year { year: 2014 }),
            "{value}"
        );
    }
    // The words cut short at the end of the text.
    for end in ["từ đầu năm", "từ đầu năm đến", "năm"] {
        let text = format!("03/04/2014 09:20\n\nThành ủy kết nạp 68 đảng viên {end}");
        assert_eq!(quantity(&text, 68.0).time, None, "{end}");
    }
}

/// A goal's deadline inside a clause (`đến năm 2030 đạt 55 triệu đồng`)
/// dates that clause; the goals after the next semicolon keep the term that
/// heads the sentence. A deadline that heads the list dates all of it.
#[test]
fn a_deadline_dates_its_own_clause() {
    let text = "Đại hội thống nhất mục tiêu nhiệm kỳ 2025 - 2030 với 22 chỉ tiêu chủ yếu như: thu nhập bình quân đầu người đến năm 2030 đạt 55 triệu đồng; kết nạp mới 700 - 750 đảng viên; đến năm 2028 không còn xóm sinh hoạt ghép; tỷ lệ đảng viên nữ không dưới 40%.";
    let term = Some(TimeRef::Period {
        from: 2025,
        to: 2030,
    });
    assert_eq!(
        quantity(text, 55_000_000.0).time,
        Some(TimeRef::Year { year: 2030 })
    );
    assert_eq!(quantity(text, 700.0).time, term);
    assert_eq!(quantity(text, 40.0).time, term);
    let text = "Huyện phấn đấu đến năm 2027: kết nạp 300 đảng viên mới; 100% thôn có chi bộ.";
    for value in [300.0, 100.0] {
        assert_eq!(
            quantity(text, value).time,
            Some(TimeRef::Year { year: 2027 }),
            "{value}"
        );
    }
}

/// A change said of `số …` (the number of) anywhere in its clause, with no
/// unit after either number, counts that thing.
#[test]
fn a_change_of_the_number_of_something_counts_it() {
    let text = "Sau sắp xếp, Đảng ủy xã đưa số chi bộ trực thuộc xuống còn 41.";
    assert_eq!(quantity(text, 41.0).unit, "chi bộ trực thuộc");
    let text = "Toàn tỉnh có 3.678 chi bộ; số chi bộ có dưới 10 đảng viên giảm từ 386 xuống 95.";
    assert_eq!(quantity(text, 386.0).unit, "chi bộ");
    assert_eq!(quantity(text, 95.0).unit, "chi bộ");
    assert_eq!(quantity(text, 10.0).unit, "đảng viên");
}

/// Goals under a box's heading in capitals with no colon, and goals listed
/// after a colon in the sentence that adopts them, are targets.
#[test]
fn goals_under_a_heading_or_after_an_adopting_colon() {
    let text = "Thứ Hai, 12/05/2025 - 14:47\n\nĐại hội Đảng bộ huyện Mường Chà nhiệm kỳ 2025 - 2030\n\nĐại hội đã bầu Ban Chấp hành gồm 33 đồng chí.\n\nMỘT SỐ CHỈ TIÊU CHỦ YẾU NHIỆM KỲ 2025 - 2030\n• Tỷ lệ hộ nghèo giảm bình quân 4%/năm trở lên.\n• Kết nạp 650 đảng viên mới trở lên.";
    for value in [4.0, 650.0] {
        assert_eq!(quantity(text, value).modality, Modality::Target, "{value}");
    }
    assert_eq!(quantity(text, 33.0).modality, Modality::Actual);
    let text = "Đại hội thảo luận, thống nhất các chỉ tiêu nhiệm kỳ 2025 - 2030: tỷ lệ hộ nghèo giảm bình quân 3 - 4%/năm; kết nạp 150 đảng viên mới trở lên.";
    for value in [3.0, 150.0] {
        assert_eq!(quantity(text, value).modality, Modality::Target, "{value}");
    }
}

/// A clause of contrast (`, nhưng …`) leaves the goal named before it behind:
/// what it tells was done.
#[test]
fn a_contrast_leaves_the_goal_behind() {
    let text = "Nghị quyết Đại hội giao chỉ tiêu kết nạp 40 đảng viên mới, nhưng cả nhiệm kỳ Đảng bộ mới kết nạp được 34 đảng viên, đạt 85% chỉ tiêu.";
    assert_eq!(quantity(text, 40.0).modality, Modality::Target);
    for value in [34.0, 85.0] {
        assert_eq!(quantity(text, value).modality, Modality::Actual, "{value}");
    }
    let text = "Chỉ tiêu giao 40 đảng viên, nhưng huyện phấn đấu kết nạp 50 đảng viên.";
    assert_eq!(quantity(text, 50.0).modality, Modality::Target);
}

/// A time to come (`thời gian tới`, `sắp tới`, `năm tới`) makes a plan;
/// `từ đầu năm tới nay` (until now) does not.
#[test]
fn a_time_to_come_makes_a_plan() {
    let text = "Thời gian tới, Huyện ủy chỉ đạo mỗi chi bộ phân công từ 1 đến 2 đảng viên theo dõi đảng viên miễn sinh hoạt.";
    assert_eq!(quantity(text, 1.0).modality, Modality::Target);
    let text = "Từ đầu năm tới nay, Huyện ủy kết nạp 45 đảng viên.";
    assert_eq!(quantity(text, 45.0).modality, Modality::Actual);
}

/// A deadline ahead that heads the sentence (`đến năm 2025, …;`) makes the
/// statements after its semicolons plans too.
#[test]
fn a_deadline_heading_the_sentence_spans_its_semicolons() {
    let text = "Thứ Năm, 12/09/2024 - 08:00\n\nTheo Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XI, đến năm 2025, 50% doanh nghiệp có từ 3 đảng viên trở lên thành lập tổ chức đảng; mỗi năm kết nạp từ 350 đến 400 đảng viên là công nhân.";
    for value in [50.0, 350.0] {
        assert_eq!(quantity(text, value).modality, Modality::Target, "{value}");
    }
}

/// The year of a round of awards named by its day (`đợt 3-2 năm 2024`) is
/// part of its name: the ceremony's own day dates the figures.
#[test]
fn a_rounds_year_is_part_of_its_name() {
    let text = "Cập nhật: 08:15 ngày 03/02/2024\n\nSáng 2-2, Thành ủy Long Xuyên tổ chức lễ trao Huy hiệu Đảng đợt 3-2 năm 2024 cho 186 đảng viên.";
    assert_eq!(
        quantity(text, 186.0).time,
        Some(TimeRef::Date {
            date: "2024-02-02".into()
        })
    );
}

/// In a flattened table of badges, the Party of a row (`75 năm tuổi Đảng`)
/// is not what the figures count: the column (`Số đảng viên`) says.
#[test]
fn a_badge_row_counts_what_its_column_says() {
    let text = "Sáng 2-2, Thành ủy trao Huy hiệu Đảng cho 4 đảng viên.\n\nSố lượng huy hiệu trao đợt này như sau:\nLoại huy hiệu\nSố đảng viên\n75 năm tuổi Đảng\n1\n70 năm tuổi Đảng\n3\n";
    for value in [1.0, 3.0] {
        assert_eq!(quantity(text, value).unit, "đảng viên", "{value}");
    }
}

/// The Youth Union's committees of a province, a city or a district
/// (`Tỉnh đoàn`, `Thành đoàn`, `Huyện đoàn`) are bodies with names.
#[test]
fn youth_union_committees_are_named_bodies() {
    let text = "Năm 2023, Thành đoàn TPHCM giới thiệu 5.412 đoàn viên ưu tú cho Đảng.";
    assert_eq!(
        quantity(text, 5412.0).subject.as_deref(),
        Some("Thành đoàn TPHCM")
    );
    let text = "Năm 2023, Huyện đoàn Tam Nông giới thiệu 58 đoàn viên ưu tú cho Đảng.";
    assert_eq!(
        quantity(text, 58.0).subject.as_deref(),
        Some("Huyện đoàn Tam Nông")
    );
}

/// A military unit named by its kind and number (`Trung đoàn Bộ binh 896`)
/// keeps its number in its name.
#[test]
fn a_military_unit_named_by_kind_and_number() {
    let text = "Năm 2024, Đảng ủy Trung đoàn Bộ binh 896 kết nạp 15 đảng viên.";
    assert_eq!(
        quantity(text, 15.0).subject.as_deref(),
        Some("Đảng ủy Trung đoàn Bộ binh 896")
    );
    assert!(!values(text).contains(&896.0));
}

/// A school's level (`THPT`, `THCS`, `mầm non`) is its kind, not its name:
/// `các chi bộ trường THPT` names no school; `Trường THPT chuyên Quốc Học
/// Huế` does, whole.
#[test]
fn a_school_level_is_no_name() {
    let text = "Hà Nội có 1.100 học sinh vào Đảng\n\nGiai đoạn 2019-2024, các chi bộ trường trung học phổ thông (THPT) trên địa bàn Thủ đô đã kết nạp 1.126 học sinh vào Đảng.\n\nNăm học 2023-2024, các chi bộ trường THPT kết nạp 276 đảng viên mới. Chi bộ Trường THPT chuyên Quốc Học Huế có 48 đảng viên.";
    assert_eq!(quantity(text, 276.0).subject.as_deref(), Some("Hà Nội"));
    assert_eq!(
        quantity(text, 48.0).subject.as_deref(),
        Some("Chi bộ Trường THPT chuyên Quốc Học Huế")
    );
    let text = "Hà Nội có 1.100 học sinh vào Đảng\n\nTheo Ban Tổ chức Thành ủy Hà Nội, toàn thành phố hiện có 118 trường THPT công lập, trong đó 112 trường đã có chi bộ; 6 trường còn lại sinh hoạt ghép.";
    for value in [112.0, 6.0] {
        assert_eq!(
            quantity(text, value).subject.as_deref(),
            Some("Thành ủy Hà Nội")
        );
    }
}

/// A firm or an army corps written as a name keeps its number (`Công ty
/// 74`, `Binh đoàn 15`); firms in small letters before a share do not.
#[test]
fn a_firm_named_by_its_number() {
    let text = "Đảng bộ Công ty 74 (Binh đoàn 15) có 186 đảng viên.";
    assert_eq!(
        quantity(text, 186.0).subject.as_deref(),
        Some("Đảng bộ Công ty 74")
    );
    assert!(!values(text).contains(&74.0));
    let text = "Năm 2024, Đảng ủy Binh đoàn 15 kết nạp 120 đảng viên.";
    assert_eq!(
        quantity(text, 120.0).subject.as_deref(),
        Some("Đảng ủy Binh đoàn 15")
    );
    let text = "Tỉnh có 35 công ty 100% vốn nước ngoài.";
    assert!(values(text).contains(&100.0));
}

/// `6 tháng đầu năm` with no year is this year; `năm ngoái` and `năm
/// trước` (last year) date the figures of their sentence, not years ago.
#[test]
fn months_of_this_year_and_last_year() {
    let head = "Thứ Ba, 16/07/2024 - 07:30\n\n";
    let year = |y| Some(TimeRef::Year { year: y });
    let text = format!("{head}Sáu tháng đầu năm, Đảng bộ tỉnh kết nạp 786 đảng viên mới.");
    assert_eq!(quantity(&text, 786.0).time, year(2024));
    let text = format!("{head}Năm ngoái, toàn tỉnh thành lập mới 7 chi bộ. Đảng bộ huyện có 5.412 đảng viên, cùng kỳ năm trước là 5.390 đảng viên.");
    assert_eq!(quantity(&text, 7.0).time, year(2023));
    assert_eq!(quantity(&text, 5390.0).time, year(2023));
    // (Last year's time stays in its sentence.)
    assert_eq!(quantity(&text, 5412.0).time, None);
    let text = format!("{head}Cách đây 2 năm trước, chi bộ có 12 đảng viên.");
    assert_eq!(quantity(&text, 12.0).time, None);
}

/// Members of a town's or an urban district's party committee (`Thị ủy
/// viên`, `Quận ủy viên`) are roles.
#[test]
fn town_committee_members_are_roles() {
    let text = "Bà Nguyễn Thị Lan Anh, Thị ủy viên, Trưởng Ban Tổ chức Thị ủy cho biết, năm 2023 kết nạp 105 đảng viên.";
    assert_eq!(
        people(text),
        vec![(
            "Nguyễn Thị Lan Anh".to_string(),
            Some("Thị ủy viên, Trưởng Ban Tổ chức Thị ủy".to_string())
        )]
    );
}

/// Items of a list the colon opens, each a name right before its figure,
/// keep the event of the first item, which says the verb.
#[test]
fn named_items_keep_the_lists_verb() {
    let text = "Một số đơn vị làm tốt công tác phát triển đảng viên như: Đảng bộ phường Minh Tân kết nạp 21 đảng viên; Đảng bộ phường An Lưu 18 đảng viên; Đảng bộ xã Thăng Long 15 đảng viên.";
    for value in [21.0, 18.0, 15.0] {
        assert_eq!(
            quantity(text, value).event.as_deref(),
            Some("kết nạp"),
            "{value}"
        );
    }
    // Not a statement of its own after the semicolon.
    let text = "Năm 2024, huyện kết nạp 150 đảng viên mới; 95% đảng viên hoàn thành tốt nhiệm vụ.";
    assert_eq!(quantity(text, 95.0).event, None);
}

/// Cases a review of the 2026-11-27 rules found: texts that end right
/// after a unit's number, a byline of no name, and rules firing too widely.
#[test]
fn review_cases_of_the_later_rules() {
    let ex = Extractor::new();
    for text in ["Trung đoàn Bộ binh 896", "Trung đoàn 10", "(à 1/2/2022\n(h"] {
        assert!(!ex.extract(text).is_empty(), "{text:?}");
    }
    let head = "Ngày đăng: 09/07/2024\n\n";
    // A round's number is no day: its year stays a time.
    let text =
        format!("{head}Năm 2022, chi bộ kết nạp đảng viên đợt 1 năm 2022 cho 50 quần chúng.");
    assert_eq!(
        quantity(&text, 50.0).time,
        Some(TimeRef::Year { year: 2022 })
    );
    // Ten years ago is not last year.
    let text = format!("{head}Mười năm trước, huyện có 120 chi bộ.");
    assert_ne!(
        quantity(&text, 120.0).time,
        Some(TimeRef::Year { year: 2023 })
    );
    // `song song` (in parallel) is no contrast.
    let text = "Tỉnh giao chỉ tiêu kết nạp 300 đảng viên, song song với đó mỗi chi bộ phấn đấu kết nạp 2 đảng viên.";
    assert_eq!(quantity(text, 2.0).modality, Modality::Target);
    // `một số` (some) names no count.
    let text = "Một số chi bộ kết nạp thêm 5, nâng tổng số lên 40 đảng viên.";
    assert_ne!(quantity(text, 5.0).unit, "chi bộ");
}

/// Thousands grouped by a space, as some papers print them; not a row of cells.
#[test]
fn thousands_grouped_by_a_space() {
    let q = quantity(
        "Đặc khu có hơn 1 200 đảng viên, sinh hoạt ở 35 chi bộ.",
        1200.0,
    );
    assert_eq!(q.approx, Approx::MoreThan);
    assert_eq!(q.unit, "đảng viên");
    assert!(values("Xã An Lạc 12 150 142 đảng viên")
        .iter()
        .all(|&v| v < 1000.0));
}

/// Goals named for later run through what follows them: the sentence of
/// parts after a goal, the items under `Phương hướng …:` or `Chỉ tiêu giao
/// …:`, and the statements after `Một số chỉ tiêu … đến năm 2030:`.
#[test]
fn goals_reach_their_parts_items_and_statements() {
    let page = |body: &str| {
        format!("Tiêu đề bài viết\nThứ Ba, 12/11/2025 - 08:15 (GMT+7)\n{body}\nBài: Hải Yến")
    };
    let text = page(
        "Năm 2026, Đảng bộ tỉnh phấn đấu kết nạp từ 4.800 đảng viên trở lên. Trong đó, \
         đoàn viên chiếm trên 60%; người dân tộc Khmer không dưới 450 đồng chí.",
    );
    for v in [60.0, 450.0] {
        assert_eq!(quantity(&text, v).modality, Modality::Target, "{v}");
    }
    // (Not in the next paragraph.)
    let text =
        page("Năm 2026, tỉnh phấn đấu kết nạp 4.800 đảng viên.\nTrong đó, xã A có 60 đảng viên.");
    assert_eq!(quantity(&text, 60.0).modality, Modality::Actual);
    let text = page(
        "Phương hướng, nhiệm vụ năm 2026:\n- Kết nạp từ 40 đến 45 đảng viên mới.\n\
         - Trên 95% đảng viên hoàn thành tốt nhiệm vụ.",
    );
    assert_eq!(quantity(&text, 95.0).modality, Modality::Target);
    let text =
        page("Chỉ tiêu giao cho các đảng bộ trực thuộc:\n1. Đảng bộ Công an tỉnh: 320 đảng viên.");
    assert_eq!(quantity(&text, 320.0).modality, Modality::Target);
    // (A ward's name is no `phương hướng`.)
    let text = page("Đảng bộ phường Hương Trà: Hơn 2.400 đảng viên về chung một mái nhà.");
    assert_eq!(quantity(&text, 2400.0).modality, Modality::Actual);
    let text = page(
        "Một số chỉ tiêu chủ yếu đến năm 2030: thu nhập bình quân đạt 110 triệu đồng; \
         hằng năm kết nạp từ 25 đảng viên mới trở lên; trên 85% chi bộ hoàn thành tốt nhiệm vụ.",
    );
    for v in [25.0, 85.0] {
        assert_eq!(quantity(&text, v).modality, Modality::Target, "{v}");
    }
    // Key figures of a year past are results.
    let text =
        page("Một số chỉ tiêu chủ yếu năm 2024: kết nạp 25 đảng viên mới; 85% chi bộ vững mạnh.");
    assert_eq!(quantity(&text, 85.0).modality, Modality::Actual);
}

/// A day things happened or are due before bounds them: it dates neither
/// the figure nor the sentences after it.
#[test]
fn a_day_before_is_no_time() {
    let text = "Trước ngày 1/7/2025, việc thu nộp đảng phí được thực hiện qua 30 đảng bộ huyện. \
                Quý này, khối xã thu 5,82 tỷ đồng.";
    assert_eq!(quantity(text, 30.0).time, None);
    assert_eq!(quantity(text, 5_820_000_000.0).time, None);
    let text = "Năm 2025, huyện phấn đấu hoàn thành quyết toán trước ngày 20/01/2026, \
                thu đảng phí đạt không dưới 36 tỷ đồng.";
    assert_eq!(
        quantity(text, 36_000_000_000.0).time,
        Some(TimeRef::Year { year: 2025 })
    );
    // (A day a count is made up to still is.)
    let text = "Đến ngày 1/7/2025, huyện có 30 đảng bộ.";
    assert!(quantity(text, 30.0).time.is_some());
}

/// A quarter with no year is a quarter of the page's year; it dates the
/// list under it, not what a year told before says.
#[test]
fn a_quarter_without_year_is_of_the_page_year() {
    let page = |date: &str, body: &str| format!("Tiêu đề bài viết\n{date}\n{body}\nBài: Hải Yến");
    let text = page(
        "Thứ Ba, 15/04/2025 - 08:15",
        "Năm 2024, toàn tỉnh kết nạp 1.318 đảng viên.\n\
         Một số đơn vị có kết quả kết nạp cao trong quý I:\n\
         - Đảng bộ huyện Bố Trạch: 48 đảng viên",
    );
    assert_eq!(
        quantity(&text, 48.0).time,
        Some(TimeRef::Year { year: 2025 })
    );
    // `quý IV` told in January is last year's.
    let text = page(
        "Thứ Năm, 15/01/2026",
        "Trong quý IV, huyện kết nạp 40 đảng viên.",
    );
    assert_eq!(
        quantity(&text, 40.0).time,
        Some(TimeRef::Year { year: 2025 })
    );
    // Once a quarter is no time.
    let text = page(
        "Thứ Ba, 15/04/2025",
        "Năm 2024, các chi bộ sinh hoạt chuyên đề mỗi quý 1 lần; còn 6 chi bộ yếu.",
    );
    assert_eq!(
        quantity(&text, 6.0).time,
        Some(TimeRef::Year { year: 2024 })
    );
}

/// `Đảng bộ tỉnh` is the province's, not the last body with `tỉnh` in its
/// name (`Đảng bộ Công an tỉnh`); `toàn tỉnh` on a page whose unit names no
/// level is the province the page names.
#[test]
fn the_province_named_by_its_level() {
    let text = "Tỉnh ủy Vĩnh Long giao chỉ tiêu kết nạp đảng viên năm 2026.\n\
                Chỉ tiêu giao cho các đảng bộ trực thuộc:\n\
                1. Đảng bộ Công an tỉnh: 320 đảng viên.\n\
                Tính đến nay, Đảng bộ tỉnh có 176.540 đảng viên.";
    let subject = quantity(text, 176_540.0).subject.unwrap_or_default();
    assert!(
        subject.ends_with("Vĩnh Long") && !subject.contains("Công an"),
        "{subject}"
    );
    let text = "Gắn chi bộ với con tàu\n\n\
                Từ những chi bộ nghề cá ở cửa biển Sông Đốc, ngư dân bám biển.\n\n\
                Theo Ban Tổ chức Tỉnh ủy Cà Mau, toàn tỉnh hiện có 4.627 tàu cá đăng ký hoạt động.";
    assert_eq!(
        quantity(text, 4627.0).subject.as_deref(),
        Some("Tỉnh ủy Cà Mau")
    );
    // A number that counts cases names no district.
    let text = "Năm 2023, chuyển ra ngoài Đảng bộ huyện 64 trường hợp. \
                Năm 2024, Đảng bộ huyện Bát Xát phấn đấu kết nạp 200 đảng viên.";
    assert_eq!(
        quantity(text, 200.0).subject.as_deref(),
        Some("Đảng bộ huyện Bát Xát")
    );
}

/// The day a document was issued dates the issue, not the figures after it.
#[test]
fn the_day_a_document_was_issued_does_not_carry() {
    let text =
        "Thực hiện Kế hoạch của Tỉnh ủy về xếp loại tổ chức đảng năm 2023, Huyện ủy đã chỉ đạo \
                đánh giá thực chất. Ngày 12/01/2024, Ban Thường vụ Huyện ủy ban hành Quyết định số \
                1276-QĐ/HU công nhận kết quả xếp loại. Cụ thể như sau:\n\
                - Hoàn thành tốt nhiệm vụ: 29 tổ chức.";
    assert_eq!(
        quantity(text, 29.0).time,
        Some(TimeRef::Year { year: 2023 })
    );
    // (A day that opens a sentence of deeds still does.)
    let text = "Ngày 12/01/2024, huyện tổ chức hội nghị. Hội nghị biểu dương 29 tổ chức.";
    assert!(matches!(
        quantity(text, 29.0).time,
        Some(TimeRef::Date { .. })
    ));
    // The day after a document's number, of any type, is its issue, and
    // dates nothing: the day counted up to goes on.
    let text = "Tính đến ngày 28/2/2025, toàn tỉnh có 436 người nghỉ theo Nghị định số 178/2024/NĐ-CP ngày 31/12/2024 của Chính phủ; trong đó 271 người nghỉ hưu trước tuổi.";
    let cutoff = Some(TimeRef::Date {
        date: "2025-02-28".into(),
    });
    assert_eq!(quantity(text, 271.0).time, cutoff);
}

/// A share after `tương đương` or `tương ứng` restates the change of the
/// figure before it, and takes its relation; a changed share names its
/// base right after it.
#[test]
fn a_share_restating_a_change_takes_its_relation() {
    let text = "Sau sắp xếp, toàn tỉnh giảm 41 phòng, tương đương 29,7%. Số thôn chưa có đảng viên giảm 14 thôn (tương ứng 26,9%). Số đảng viên tăng 4.535 người, tương ứng với 7,2%.";
    for (value, change) in [(29.7, "giảm"), (26.9, "giảm"), (7.2, "tăng")] {
        assert_eq!(
            quantity(text, value).relation.as_deref(),
            Some(change),
            "{value}"
        );
    }
    // A change of a share names its base right after it; not a time.
    let text = "Số người nghỉ góp phần giảm 6,4% biên chế được giao năm 2025. Tỉnh dự kiến giảm khoảng 60% số đơn vị hành chính cấp xã. Số đảng viên tăng 3% mỗi năm. Số thôn giảm gần 40% sau sắp xếp.";
    assert_eq!(quantity(text, 6.4).reference.as_deref(), Some("biên chế"));
    assert_eq!(
        quantity(text, 60.0).reference.as_deref(),
        Some("số đơn vị hành chính")
    );
    assert_eq!(quantity(text, 3.0).reference, None);
    assert_eq!(quantity(text, 40.0).reference, None);
    // (Nor words of a cause or a time, `nhờ …`, `năm 2015`.)
    let text =
        "Tỷ lệ hộ nghèo giảm 2% nhờ các chương trình hỗ trợ. Tỷ lệ hộ nghèo giảm 38,5% năm 2015.";
    assert_eq!(quantity(text, 2.0).reference, None);
    assert_eq!(quantity(text, 38.5).reference, None);
    // (Not a share restating a figure of no change.)
    let text = "Toàn tỉnh có 436 người nghỉ, tương đương 12% biên chế.";
    assert_eq!(quantity(text, 12.0).relation, None);
}

/// A place after `ở` locates the unit before it, even past a bracket about
/// that unit (which may hold a name): the unit stays the subject.
#[test]
fn a_place_after_a_bracketed_unit_locates_it() {
    for note in ["vốn Hàn Quốc", "vốn nước ngoài"] {
        let text = format!(
            "Tại Công ty TNHH Dệt may Hoa Sen ({note}) ở Khu công nghiệp Bảo Minh, \
             đến nay đã có 26 đảng viên."
        );
        assert_eq!(
            quantity(&text, 26.0).subject.as_deref(),
            Some("Công ty TNHH Dệt may Hoa Sen"),
            "{note}"
        );
    }
}

/// A table's column that counts places (`Số thôn`) gives its cells that unit.
#[test]
fn a_column_of_places_counts_them() {
    let text = "Tình hình tổ chức đảng tại 3 xã vùng cao\nXã\nSố thôn\nSố đảng viên\n\
                Bộc Bố\n12\n298\nNhạn Môn\n7\n164\nGiáo Hiệu\n9\n201\n";
    let q = quantity(text, 12.0);
    assert_eq!(q.unit, "thôn");
    assert_eq!(quantity(text, 298.0).unit, "đảng viên");
}

/// A table's row or column of a reference point (`Tổng số`, `Cùng kỳ
/// 2023`) names no thing, and a column of a part (`Trong đó truy tặng`)
/// counts what the column before it does.
#[test]
fn table_totals_and_parts_take_the_unit_counted() {
    let text = "Kết quả kết nạp đảng viên (đơn vị: đảng viên)\nNội dung\nQuý I\nCùng kỳ 2023\n\
                Tổng số kết nạp\n298\n247\n";
    assert_eq!(quantity(text, 298.0).unit, "đảng viên");
    assert_eq!(quantity(text, 247.0).unit, "đảng viên");
    let text = "Đợt này có 10 đồng chí được truy tặng Huy hiệu Đảng. Cụ thể như sau:\n\n\
                Loại Huy hiệu\nSố đảng viên được trao tặng\nTrong đó truy tặng\n\
                75 năm tuổi Đảng\n2\n0\n70 năm tuổi Đảng\n11\n1\n";
    assert_eq!(quantity(text, 11.0).unit, "đảng viên");
    assert_eq!(quantity(text, 1.0).unit, "đảng viên");
}

/// `X là huyện … của tỉnh Y`: the place X is said to be of locates X; X
/// stays the subject.
#[test]
fn the_place_a_name_is_said_to_be_of_locates_it() {
    let text = "Nậm Pồ là huyện vùng cao biên giới của tỉnh Điện Biên, có 15 xã với 124 bản. \
                Đảng bộ huyện hiện có 2.487 đảng viên.";
    for v in [15.0, 2487.0] {
        let subject = quantity(text, v).subject.unwrap_or_default();
        assert!(subject.contains("Nậm Pồ"), "{v}: {subject}");
    }
}

/// The places a new one is formed from (`hình thành từ`) are no more: they
/// are the subject of nothing after them.
#[test]
fn places_a_new_one_is_formed_from_are_no_subjects() {
    let text = "Xã Quang Đồng được hình thành từ 3 xã Quang Thành, Đồng Thành và Kim Thành. \
                Nay Đảng bộ có 47 chi bộ trực thuộc.";
    let subject = quantity(text, 47.0).subject.unwrap_or_default();
    assert!(subject.contains("Quang Đồng"), "{subject}");
    // (Nor those after `Sau hợp nhất`; but a unit after its comma is the new one.)
    let text = "Bộ Chỉ huy Quân sự tỉnh Cà Mau tổng kết năm 2025\n\nSau hợp nhất tỉnh Cà Mau \
                và tỉnh Bạc Liêu, Đảng bộ có 38 tổ chức cơ sở đảng.";
    let subject = quantity(text, 38.0).subject.unwrap_or_default();
    assert!(!subject.contains("Bạc Liêu"), "{subject}");
    let text = "Sau sáp nhập xã Phi Mô và xã Xuân Hương, xã Tân Dĩnh có 1.500 đảng viên.";
    assert_eq!(
        quantity(text, 1500.0).subject.as_deref(),
        Some("xã Tân Dĩnh")
    );
    let text = "Theo Ban Tổ chức Thành ủy, sau hợp nhất, Đà Nẵng có 26 xã, phường ven biển.";
    assert_eq!(quantity(text, 26.0).subject.as_deref(), Some("Đà Nẵng"));
}

/// Places in the list right after `hợp nhất với` are merged into the
/// page's own unit: the subject of nothing after them. A former unit in the
/// headline (`Quỳnh Lưu cũ: …`) is still what the article is about.
#[test]
fn places_merged_with_are_no_subjects() {
    let text = "Thành ủy Cần Thơ tổng kết công tác năm 2025\n\nNăm 2025, dù phải tập trung cao \
                cho việc hợp nhất với tỉnh Sóc Trăng, tỉnh Hậu Giang và sắp xếp bộ máy, Đảng bộ \
                thành phố vẫn kết nạp 3.412 đảng viên.";
    let subject = quantity(text, 3412.0).subject.unwrap_or_default();
    assert!(subject.contains("Cần Thơ"), "{subject}");
    // (Not the new unit named after `thành`.)
    let text = "Xã Phú Lộc hợp nhất với xã Phú Hòa thành xã Phú Vinh có 1.200 đảng viên.";
    let subject = quantity(text, 1200.0).subject.unwrap_or_default();
    assert!(subject.contains("Phú Vinh"), "{subject}");
    let text = "Quỳnh Lưu cũ: 33 đảng bộ xã thu về 10 đảng bộ xã mới\n\nNgày 1/7/2025, 33 đảng \
                bộ xã của huyện được hợp nhất thành 10 đảng bộ xã mới. Trước sắp xếp, toàn huyện \
                có 14.236 đảng viên.";
    let subject = quantity(text, 14236.0).subject.unwrap_or_default();
    assert!(subject.contains("Quỳnh Lưu"), "{subject}");
}

/// A place a new one was founded from (`được thành lập từ phường Võ Thị
/// Sáu và một phần phường 4`) is no subject after it; a day of every month
/// (`mùng 5 hằng tháng`) is no count.
#[test]
fn places_a_new_one_is_founded_from() {
    let text = "Phường Xuân Hòa được thành lập từ phường Võ Thị Sáu và một phần phường 4. \
                Hiện Đảng bộ phường có 2.318 đảng viên, sinh hoạt vào ngày mùng 5 hằng tháng.";
    let subject = quantity(text, 2318.0).subject.unwrap_or_default();
    assert!(subject.contains("Xuân Hòa"), "{subject}");
    assert!(!values(text).contains(&5.0), "{:?}", values(text));
    // `hàng` is also goods.
    let text = "Xã vận động 50 hàng quán, hỗ trợ 20 hàng rào.";
    assert_eq!(values(text), [50.0, 20.0]);
}

/// A part of a whole (`27 trong tổng số 203 đảng viên`, `1.742 trên tổng
/// số 1.903`) counts what the whole does, and has it as its total.
#[test]
fn a_part_of_a_whole_counts_its_unit() {
    let text = "Có 3 trong số 11 chi bộ ấp chưa kết nạp được đảng viên; có thời điểm 27 trong \
                tổng số 203 đảng viên đi làm ăn xa.";
    let q = quantity(text, 3.0);
    assert_eq!((q.unit.as_str(), q.total), ("chi bộ", Some(11.0)));
    let q = quantity(text, 27.0);
    assert_eq!((q.unit.as_str(), q.total), ("đảng viên", Some(203.0)));
    // (`trên tổng số` too.)
    let text =
        "Năm 2025, có 1.742 trên tổng số 1.903 đảng viên đã cài đặt Sổ tay đảng viên điện tử.";
    let q = quantity(text, 1742.0);
    assert_eq!((q.unit.as_str(), q.total), ("đảng viên", Some(1903.0)));
}

/// The bodies elected with the committee after a semicolon (`Đại hội đã bầu
/// Ban Chấp hành … gồm 27 đồng chí; Ban Thường vụ gồm 9 đồng chí`) share
/// its election; appointed ones (`chỉ định`) get none.
#[test]
fn bodies_elected_with_the_committee() {
    let text = "Đại hội đã bầu Ban Chấp hành Đảng bộ xã khóa I gồm 27 đồng chí; Ban Thường vụ \
                gồm 9 đồng chí; 95% đảng viên dự đại hội.";
    assert_eq!(quantity(text, 9.0).event.as_deref(), Some("bầu"));
    assert_eq!(quantity(text, 95.0).event, None);
    let text = "Ban Thường vụ Tỉnh ủy chỉ định Ban Chấp hành Đảng bộ xã gồm 29 đồng chí; Ban \
                Thường vụ gồm 9 đồng chí.";
    assert_eq!(quantity(text, 9.0).event, None);
}

/// The holders of an office counted (`180 Ủy viên chính thức`, `35 huyện
/// ủy viên`), not a name's number before a person's office.
#[test]
fn holders_of_an_office_are_counted() {
    let text =
        "Ban Chấp hành gồm 180 Ủy viên chính thức và 20 Ủy viên dự khuyết; có 35 huyện ủy viên.";
    assert_eq!(quantity(text, 180.0).unit, "ủy viên");
    assert_eq!(quantity(text, 20.0).unit, "ủy viên dự khuyết");
    assert_eq!(quantity(text, 35.0).unit, "huyện ủy viên");
    let text = "Tại Chi bộ 3 Bí thư Nguyễn Văn An cho biết, chi bộ có 12 đảng viên.";
    assert!(!values(text).contains(&3.0), "{:?}", values(text));
}

/// Party bodies merged into a new one (`trên cơ sở hợp nhất …`) or whose
/// cells pass to it (`tiếp nhận … từ …`) are the subject of nothing after
/// them; one named after `sau khi sáp nhập` is the new one.
#[test]
fn bodies_merged_or_handing_over_are_no_subjects() {
    let text = "Đảng bộ Sở Y tế được thành lập trên cơ sở hợp nhất Đảng bộ Sở Y tế hai tỉnh \
                Quảng Ngãi và Kon Tum. Hiện Đảng bộ có 58 tổ chức cơ sở đảng.";
    assert_eq!(
        quantity(text, 58.0).subject.as_deref(),
        Some("Đảng bộ Sở Y tế")
    );
    let text = "Đảng bộ các cơ quan Đảng tỉnh ra đời trên cơ sở tiếp nhận 16 tổ chức cơ sở \
                đảng từ Đảng bộ Khối các cơ quan tỉnh và 5 chi bộ, với tổng số 684 đảng viên.";
    assert_eq!(
        quantity(text, 684.0).subject.as_deref(),
        Some("Đảng bộ các cơ quan Đảng tỉnh")
    );
    let text = "Sau khi sáp nhập, Đảng bộ xã Tân Phú có 52 chi bộ.";
    assert_eq!(
        quantity(text, 52.0).subject.as_deref(),
        Some("Đảng bộ xã Tân Phú")
    );
    // (Every body of the list merged, not the first only.)
    let text = "Đảng bộ xã Phú Lý được thành lập trên cơ sở hợp nhất Đảng bộ xã Phú Lý (cũ), \
                Đảng bộ xã Mã Đà và Đảng bộ xã Hiếu Liêm. Sau hợp nhất, Đảng bộ xã có 42 chi bộ \
                trực thuộc.";
    assert_eq!(
        quantity(text, 42.0).subject.as_deref(),
        Some("Đảng bộ xã Phú Lý")
    );
}

/// A day counted up to in a bracket that ends a sentence, `(tính đến ngày
/// 30/11/2025)`, dates the figures before it in their clause; later
/// figures and the table after the paragraph get its year.
#[test]
fn a_bracketed_cutoff_dates_the_figures_before_it() {
    let text = "Đảng bộ phường hiện có 56 chi bộ trực thuộc với 2.417 đảng viên (tính đến ngày \
                30/11/2025). Trong năm, các chi bộ đã kết nạp 100 đảng viên mới. Kết quả theo \
                từng khối như sau:\n\nSTT\nKhối\nChỉ tiêu giao\nSố kết nạp\n1\nKhu phố, ấp\n45\n48\n\
                2\nDoanh nghiệp\n15\n21\n\nChi bộ có 23 người.";
    let day = Some(TimeRef::Date {
        date: "2025-11-30".into(),
    });
    let year = Some(TimeRef::Year { year: 2025 });
    assert_eq!(quantity(text, 56.0).time, day);
    assert_eq!(quantity(text, 2417.0).time, day);
    assert_eq!(quantity(text, 100.0).time, year);
    assert_eq!(quantity(text, 48.0).time, year);
    assert_eq!(quantity(text, 23.0).time, year);
    // A box's heading with one is no dateline: it dates the box.
    let text = "Tiêu đề bài viết\nThứ Hai, 03/11/2025 - 08:10\n\nSỐ LIỆU\n\
                Đảng bộ đặc khu Kiên Hải (tính đến 31/10/2025)\nChi bộ trực thuộc: 26\n\
                Tổng số đảng viên: 684\n";
    assert_eq!(
        quantity(text, 684.0).time,
        Some(TimeRef::Date {
            date: "2025-10-31".into()
        })
    );
    // The parts of the new members after a day that counted the members
    // are of the year; after one that counted those admitted, of the day.
    let text = "Tính đến ngày 30/9/2025, Đảng bộ tỉnh có 118.674 đảng viên. Trong tổng số đảng \
                viên mới, có 318 người dân tộc Khmer.";
    assert_eq!(
        quantity(text, 318.0).time,
        Some(TimeRef::Year { year: 2025 })
    );
    let text = "Tính đến ngày 30/9/2024, Đảng bộ tỉnh đã kết nạp 1.372 đảng viên mới. Trong số \
                đảng viên mới được kết nạp, có 1.049 đảng viên là đoàn viên thanh niên, chiếm \
                76,5%; 612 đảng viên nữ, chiếm 44,6%.";
    assert_eq!(
        quantity(text, 612.0).time,
        Some(TimeRef::Date {
            date: "2024-09-30".into()
        })
    );
    // Not across a comma; nor a figure inside the bracket (no panic).
    let text = "Nhiệm kỳ 2020-2025, huyện kết nạp 1.500 đảng viên, hiện có 9.000 đảng viên (tính \
                đến ngày 30/6/2025).";
    assert_eq!(
        quantity(text, 1500.0).time,
        Some(TimeRef::Period {
            from: 2020,
            to: 2025
        })
    );
    let text = "Đảng bộ xã có nhiều đảng viên (20 người đến ngày 30/11/2025) và nhiều chi bộ.";
    assert_eq!(quantity(text, 20.0).value, 20.0);
    // One before a colon heads what follows.
    let text = "Các số liệu chính (tính đến ngày 15/7/2025):\n• Tổng số đảng viên: 13.805;";
    assert_eq!(
        quantity(text, 13805.0).time,
        Some(TimeRef::Date {
            date: "2025-07-15".into()
        })
    );
}

/// In a sentence a year opens, the term of a congress whose resolution is
/// cited names the resolution: the year goes on to the next sentence. (A
/// term cited in a sentence no year opens does carry.)
#[test]
fn a_resolutions_term_gives_way_to_the_year_of_its_sentence() {
    let text = "Năm 2025, Đảng bộ xã thực hiện đạt 12/14 chỉ tiêu Nghị quyết Đại hội Đảng bộ xã \
                lần thứ I, nhiệm kỳ 2025-2030 đề ra. Toàn Đảng bộ kết nạp 52 đảng viên.";
    assert_eq!(
        quantity(text, 52.0).time,
        Some(TimeRef::Year { year: 2025 })
    );
    // (Nor in the term's last year.)
    let text = "Năm 2025 là năm cuối thực hiện Nghị quyết Đại hội Đảng bộ huyện nhiệm kỳ \
                2020-2025. Toàn Đảng bộ đã kết nạp 1.500 đảng viên.";
    assert_eq!(
        quantity(text, 1500.0).time,
        Some(TimeRef::Period {
            from: 2020,
            to: 2025
        })
    );
    let text = "Thực hiện Nghị quyết Đại hội Đảng bộ huyện nhiệm kỳ 2020 - 2025, Đảng bộ đạt \
                15/19 chỉ tiêu. Toàn Đảng bộ kết nạp 486 đảng viên.";
    assert_eq!(
        quantity(text, 486.0).time,
        Some(TimeRef::Period {
            from: 2020,
            to: 2025
        })
    );
}

/// The time a figure is a multiple of (`gấp 3 lần năm 2024`, `gấp đôi năm
/// 2023`) is compared with: it dates nothing after it.
#[test]
fn the_time_a_figure_is_a_multiple_of_is_compared_with() {
    let text = "Năm 2025 chi bộ kết nạp được 9 đảng viên, gấp 3 lần năm 2024; 14 quần chúng \
                khác đã học xong lớp bồi dưỡng.";
    assert_eq!(
        quantity(text, 14.0).time,
        Some(TimeRef::Year { year: 2025 })
    );
    // (A decimal multiple; its unit stops before the time.)
    let text = "Năm 2025 kết nạp 96 đảng viên, gấp 1,5 lần năm 2024; 71 đồng chí được công nhận \
                đảng viên chính thức.";
    assert_eq!(
        quantity(text, 71.0).time,
        Some(TimeRef::Year { year: 2025 })
    );
    assert_eq!(quantity(text, 1.5).unit, "lần");
    // (An approximate multiple; the year carries on to the next sentence.)
    let text = "Năm 2025, các cấp ủy chuyển sinh hoạt cho 27.640 lượt đảng viên, gấp gần 4 lần \
                năm 2024. Trong đó, tiếp nhận 986 đảng viên từ nơi khác chuyển đến.";
    assert_eq!(
        quantity(text, 986.0).time,
        Some(TimeRef::Year { year: 2025 })
    );
    // (`gặp`, to meet, folds as `gấp` does: no multiple.)
    let text = "Bí thư đã gặp hơn 20 lần năm 2024 để chỉ đạo, toàn huyện kết nạp 150 đảng viên.";
    assert_eq!(
        quantity(text, 150.0).time,
        Some(TimeRef::Year { year: 2024 })
    );
    let text = "Năm 2024 kết nạp 11 đảng viên, gấp đôi năm 2023; hiện đảng bộ có 14 chi bộ.";
    assert_ne!(
        quantity(text, 14.0).time,
        Some(TimeRef::Year { year: 2023 })
    );
}

/// `trong (cả) nhiệm kỳ` right after a figure is the term told before,
/// not the year carried.
#[test]
fn the_term_said_after_a_figure() {
    let text = "Nhiệm kỳ 2020-2025, Đảng bộ huyện kết nạp 1.184 đảng viên. Năm 2024, Nghị quyết \
                giao chỉ tiêu kết nạp 1.000 đảng viên trong cả nhiệm kỳ. Chi bộ có 9 đảng viên \
                thì 6 người được kết nạp trong nhiệm kỳ.";
    let term = Some(TimeRef::Period {
        from: 2020,
        to: 2025,
    });
    assert_eq!(quantity(text, 1000.0).time, term);
    assert_eq!(quantity(text, 6.0).time, term);
}

/// `Từ đầu nhiệm kỳ 2020 - 2025 đến hết năm 2023` is 2020–2023; `… đến
/// nay` stays the term.
#[test]
fn from_the_term_start_up_to_a_year() {
    let text =
        "Từ đầu nhiệm kỳ 2020 - 2025 đến hết năm 2023, Đảng bộ huyện kết nạp 486 đảng viên mới.";
    assert_eq!(
        quantity(text, 486.0).time,
        Some(TimeRef::Period {
            from: 2020,
            to: 2023
        })
    );
    let text = "Từ đầu nhiệm kỳ 2020 - 2025 đến nay, Đảng bộ huyện kết nạp 612 đảng viên mới.";
    assert_eq!(
        quantity(text, 612.0).time,
        Some(TimeRef::Period {
            from: 2020,
            to: 2025
        })
    );
}

/// `trao tặng` and `truy tặng` alone award badges; `trao tặng quà` gives gifts.
#[test]
fn awarding_alone_is_the_badge_event() {
    let text = "Đợt này có 10 đồng chí được truy tặng Huy hiệu Đảng, 25 đồng chí được trao tặng.";
    for v in [10.0, 25.0] {
        assert_eq!(
            quantity(text, v).event.as_deref(),
            Some("trao huy hiệu"),
            "{v}"
        );
    }
    let text = "Dịp này, Huyện ủy trao tặng quà cho các đảng viên, mỗi phần trị giá 1 triệu đồng.";
    assert_eq!(quantity(text, 1_000_000.0).event, None);
    // (Nor does it count what is no badge nor member: scholarships.)
    let text = "Dịp này, Huyện ủy trao tặng 50 suất học bổng cho học sinh nghèo.";
    assert_eq!(quantity(text, 50.0).event, None);
}

/// A table's cell under a header that names a relation (`Tỷ lệ đạt (%)`)
/// takes it, measured against the plan a column of its own names.
#[test]
fn a_table_header_gives_its_relation_and_the_plan() {
    let text = "Kết quả kết nạp đảng viên năm 2024 của một số đảng bộ:\n\nĐơn vị\n\
                Chỉ tiêu (đảng viên)\nKết quả (đảng viên)\nTỷ lệ đạt (%)\n\
                Đảng bộ thành phố Vĩnh Yên\n230\n251\n109,1\n\
                Đảng bộ thành phố Phúc Yên\n160\n158\n98,8\n";
    let q = quantity(text, 109.1);
    assert_eq!(q.unit, "%");
    assert_eq!(q.relation.as_deref(), Some("đạt"));
    assert_eq!(q.reference.as_deref(), Some("chỉ tiêu"));
    assert_eq!(quantity(text, 251.0).relation, None);
}

/// A label of admissions before a colon says what its number counts:
/// `Kết nạp mới: 2.874 (đạt 114,9% chỉ tiêu)`.
#[test]
fn a_label_of_admissions_counts_members() {
    let text = "- Kết nạp mới: 2.874 (đạt 114,9% chỉ tiêu);\n- Kết nạp: 312.";
    let q = quantity(text, 2874.0);
    assert_eq!(
        (q.unit.as_str(), q.event.as_deref()),
        ("đảng viên", Some("kết nạp"))
    );
    assert_eq!(quantity(text, 312.0).unit, "đảng viên");
}

/// `một` after `của`, `khi` or `từ` (with no range after it) is the
/// indefinite article, not one.
#[test]
fn mot_after_of_when_and_from_is_an_article() {
    for text in [
        "Khởi đầu mới từ một đảng bộ lớn.",
        "Đây là nỗ lực của một đảng bộ đô thị.",
        "Khi một người vừa là bí thư vừa là trưởng thôn, công việc thuận lợi hơn.",
    ] {
        assert!(!values(text).contains(&1.0), "{text}");
    }
    // Nor after `ở`, `hay`, `chủ`, nor opening a sentence that says what
    // a kind is (`Một công nhân là đảng viên …`, `Một điểm mới nữa là …`).
    for text in [
        "Công tác phát triển đảng viên ở một xã miền núi rất khó.",
        "Anh là chủ một cơ sở dịch vụ du lịch.",
        "Ngân hàng cho vay theo từng hộ hay một nhóm khách hàng.",
        "Một công nhân là đảng viên sẽ kéo theo cả tổ.",
        "Một điểm mới nữa là chi bộ họp đúng kỳ.",
    ] {
        assert!(!values(text).contains(&1.0), "{text}");
    }
    // (A count still is: `kết nạp một đảng viên`, `từ một đến hai`.)
    assert!(values("Mỗi chi bộ kết nạp một đảng viên.").contains(&1.0));
    assert!(values("Mỗi năm kết nạp từ một đến hai đảng viên.").contains(&1.0));
}

/// Review repros: a part opening a long sentence's reading window, and
/// the words around a day or a quarter; none may panic, and each reads as
/// the rule says.
#[test]
fn review_repros_of_the_later_rules() {
    let text = format!(
        "Năm 2024, Đảng bộ xã Tân Hà {}trong đó phấn đấu kết nạp 50 đảng viên {}đã kết nạp 30 đảng viên.",
        "và ".repeat(100),
        "tốt ".repeat(68)
    );
    assert!(!values(&text).is_empty());
    // A cut-off before a day keeps it; `Trước ngày` opening a line bounds.
    let page = |body: &str| format!("Tiêu đề bài viết\nThứ Sáu, 12/08/2025 - 08:47\n{body}");
    let text = page("Tính đến trước ngày 1/7/2025, Đảng bộ tỉnh có 1.250 tổ chức cơ sở đảng.");
    assert!(quantity(&text, 1250.0).time.is_some());
    let text = page("Trước ngày 1/7/2025, Đảng bộ tỉnh có 1.250 tổ chức cơ sở đảng.");
    assert_eq!(quantity(&text, 1250.0).time, None);
    // `lần lượt` lists numbers: no thousands grouped by a space.
    let text = "Số đảng viên mới của xã Tân Hà và xã Tân Văn lần lượt là 45 120 đảng viên.";
    assert!(values(text).contains(&120.0), "{:?}", values(text));
    // A result after a colon of goals is a result.
    let text = format!(
        "Tiêu đề bài viết\nThứ Sáu, 12/01/2024 - 08:47\n{}",
        "Hội nghị thảo luận phương hướng, nhiệm vụ năm 2024: năm 2023, Đảng bộ huyện kết nạp 150 đảng viên."
    );
    assert_eq!(quantity(&text, 150.0).modality, Modality::Actual);
}

/// The places merged may be listed with semicolons: each is no more.
#[test]
fn places_merged_in_a_list_with_semicolons_are_no_subjects() {
    let text = "Xã Ba Tơ (mới) được thành lập trên cơ sở sắp xếp toàn bộ diện tích tự nhiên của \
                thị trấn Ba Tơ; xã Ba Cung; xã Ba Thành và xã Ba Động. Khi hợp nhất, 4 đảng bộ \
                cơ sở cũ có tổng cộng 58 chi bộ trực thuộc.";
    let subject = quantity(text, 58.0).subject.unwrap_or_default();
    assert!(!subject.contains("Ba Động"), "{subject}");
}

/// A unit's troop strength (`quân số`) is what a share of its members is
/// measured against, as a total is.
#[test]
fn a_share_of_the_troop_strength() {
    let q = quantity(
        "Đồn Biên phòng Mù Sang có 41 đảng viên, chiếm 87,2% quân số của đơn vị.",
        87.2,
    );
    assert_eq!(
        (q.relation.as_deref(), q.reference.as_deref()),
        (Some("chiếm"), Some("quân số"))
    );
}

/// A spelled `năm` right after `năm 2025 là` is the year's word, not five,
/// wherever the clause starts.
#[test]
fn the_year_before_la_nam() {
    let text = "Hội nghị đánh giá lại chặng đường và khẳng định năm 2025 là năm Đảng bộ tỉnh \
                vượt qua nhiều khó khăn, kết nạp 1.200 đảng viên.";
    assert_eq!(values(text), [1200.0]);
    // (Five after another `là`, or ending the clause.)
    assert_eq!(values("Số chi bộ mới là năm chi bộ."), [5.0]);
    assert_eq!(values("Số chi bộ đạt năm 2024 là năm Chi bộ."), [5.0]);
}

/// A party body of a school, a hospital or a firm named by its kind alone
/// (`Đảng bộ trường`, `chi bộ công ty`) is that of the last one named; not
/// a kind of many (`các chi bộ trường học`, `mỗi chi bộ trường`).
#[test]
fn a_body_named_by_its_kind_alone() {
    let head = "Hà Nội phát triển đảng viên trong sinh viên\n\nTrường Đại học Y khoa Thăng Long \
                có hơn 9.000 sinh viên.\n\n";
    let text = format!("{head}Nhiệm kỳ 2020 - 2025, Đảng bộ trường kết nạp 318 đảng viên mới.");
    let subject = quantity(&text, 318.0).subject.unwrap_or_default();
    assert!(subject.contains("Y khoa Thăng Long"), "{subject}");
    let text = format!("{head}Năm 2022, mỗi chi bộ trường kết nạp 3 đảng viên.");
    let subject = quantity(&text, 3.0).subject.unwrap_or_default();
    assert!(!subject.contains("Thăng Long"), "{subject}");
    // An economic zone is a kind of body too; the one meant names itself,
    // not a cell of its board named by the kind alone.
    let text = "Hưng Yên kết nạp đảng viên trong doanh nghiệp\n\nĐảng ủy Khu kinh tế Thái Bình \
                có 36 tổ chức cơ sở đảng. Trong đó, Chi bộ Ban Quản lý Khu kinh tế có 12 \
                đảng viên.\n\nĐồng chí Trần Thị Ngọc đề nghị Đảng ủy Khu kinh tế tập trung \
                kết nạp 135 đảng viên.";
    assert_eq!(
        quantity(text, 36.0).subject.as_deref(),
        Some("Đảng ủy Khu kinh tế Thái Bình")
    );
    assert_eq!(
        quantity(text, 135.0).subject.as_deref(),
        Some("Đảng ủy Khu kinh tế Thái Bình")
    );
}

/// `từ` after a verb of forming or moving is where from, not a floor.
#[test]
fn from_after_forming_is_no_floor() {
    for text in [
        "Xã Quang Đồng được hình thành từ 3 xã cũ.",
        "Đảng bộ xã được thành lập từ 3 đơn vị hành chính.",
        "Phường mới hợp nhất từ 4 phường cũ.",
    ] {
        let v = values(text)[0];
        assert_eq!(quantity(text, v).approx, Approx::Exact, "{text}");
    }
    for text in [
        "Năm 2025 phấn đấu kết nạp từ 110 đảng viên mới.",
        "Có 12 chi bộ hoàn thành từ 90% chỉ tiêu.",
    ] {
        let v = *values(text).last().unwrap();
        assert_eq!(quantity(text, v).approx, Approx::AtLeast, "{text}");
    }
}

/// A sentence that opens with `Cụ thể:` details the goals the sentence
/// before adopts or counts; in a paragraph after one on the past term, they
/// are of the new term the congress's page named (not a goal whose results
/// its sentence tells).
#[test]
fn goals_detailed_after_cu_the() {
    let text = "Đại hội Đảng bộ xã Nghiên Loan nhiệm kỳ 2025 - 2030\n\n\
                Ngày 14/8/2025, Đảng bộ xã Nghiên Loan tổ chức Đại hội lần thứ I, nhiệm kỳ 2025 - 2030.\n\n\
                Nhiệm kỳ 2020 - 2025, ba xã cũ kết nạp 186 đảng viên mới.\n\n\
                Đại hội đã thông qua Nghị quyết số 01-NQ/ĐH với 18 chỉ tiêu chủ yếu. \
                Cụ thể: mỗi năm kết nạp từ 35 đến 40 đảng viên mới; 100% thôn có chi bộ.";
    for v in [35.0, 100.0] {
        let q = quantity(text, v);
        assert_eq!(
            (q.modality, q.time),
            (
                Modality::Target,
                Some(TimeRef::Period {
                    from: 2025,
                    to: 2030
                })
            ),
            "{v}"
        );
    }
    // (Not after goals told reached.)
    let text =
        "Nhiệm kỳ qua, Đảng bộ đạt và vượt 15 chỉ tiêu chủ yếu. Cụ thể: kết nạp 1.200 đảng viên.";
    assert_eq!(quantity(text, 1200.0).modality, Modality::Actual);
    // (Not after a share of the goal: `đạt 55,9% chỉ tiêu`.)
    let text = "Năm 2023, toàn tỉnh kết nạp 1.118 đảng viên, đạt 55,9% chỉ tiêu. \
                Cụ thể: đạo Cao Đài 23 người, Phật giáo 11 người.";
    assert_eq!(quantity(text, 23.0).modality, Modality::Actual);
}

/// Percentage points (`điểm phần trăm`, `điểm %`) are a unit of their own,
/// not `phần trăm` read as a hundred.
#[test]
fn percentage_points() {
    let text = "Năm 2025, tỷ lệ đảng viên nữ tăng 2,3 điểm phần trăm so với năm 2024; \
                tỷ lệ đảng viên trẻ giảm 0,17 điểm % so với năm trước.";
    let q = quantity(text, 2.3);
    assert_eq!(
        (q.unit.as_str(), q.reference.as_deref()),
        ("điểm phần trăm", Some("năm 2024"))
    );
    let q = quantity(text, 0.17);
    assert_eq!(
        (q.unit.as_str(), q.reference.as_deref()),
        ("điểm %", Some("năm trước"))
    );
}

/// Units named after `các` are many, no subject (`các khu công nghiệp Minh
/// Hưng - Hàn Quốc, Đồng Xoài`); the party body of them is one (`Đảng ủy
/// các Khu công nghiệp Biên Hòa`).
#[test]
fn units_after_cac_are_many() {
    let text = "Đảng bộ các Khu công nghiệp tỉnh Đồng Nai lớn mạnh\n\n\
                Từ ngày 1/7/2025, Đảng bộ tiếp nhận thêm 9 tổ chức cơ sở đảng trong các khu \
                công nghiệp Minh Hưng - Hàn Quốc, Đồng Xoài thuộc tỉnh Bình Phước cũ. \
                Tính đến ngày 31/7/2025, Đảng bộ có 58 tổ chức cơ sở đảng.";
    let subject = quantity(text, 58.0).subject.unwrap_or_default();
    assert!(!subject.contains("Minh Hưng"), "{subject}");
    let text = "Cách làm mới ở Biên Hòa\n\n\
                Đảng ủy các Khu công nghiệp Biên Hòa đã mở lớp bồi dưỡng. \
                Từ đầu năm đến nay đã mở 6 lớp với 428 học viên là công nhân.";
    let subject = quantity(text, 428.0).subject.unwrap_or_default();
    assert!(subject.contains("Biên Hòa"), "{subject}");
}

/// The body another belongs to (`trực thuộc`, `thuộc`) only locates it.
#[test]
fn the_body_belonged_to_only_locates() {
    let text = "Đảng bộ Đại học Bách khoa Hà Nội trực thuộc Đảng bộ Thành phố Hà Nội, \
                hiện có 47 tổ chức đảng trực thuộc.";
    assert_eq!(
        quantity(text, 47.0).subject.as_deref(),
        Some("Đảng bộ Đại học Bách khoa Hà Nội")
    );
}

/// Badges listed after the first one given were given too.
#[test]
fn listed_badges_were_given() {
    let text = "Ngày 3/2/2025, Đảng ủy xã trao 2 Huy hiệu 70 năm tuổi Đảng, 3 Huy hiệu 65 năm \
                và 9 Huy hiệu 45 năm tuổi Đảng.";
    for v in [3.0, 9.0] {
        assert_eq!(
            quantity(text, v).event.as_deref(),
            Some("trao huy hiệu"),
            "{v}"
        );
    }
}

/// A part of a breakdown that says what its people are after `là` counts
/// them (`trong đó 168 là sinh viên`).
#[test]
fn a_part_that_is_counts_what_it_is() {
    let text =
        "Năm 2024, trường kết nạp 300 đảng viên, trong đó 168 là sinh viên và 11 là bác sĩ trẻ.";
    assert_eq!(quantity(text, 168.0).unit, "sinh viên");
    assert_eq!(quantity(text, 11.0).unit, "bác sĩ");
}

/// A count of the goals a plan sets (`đề ra 18 chỉ tiêu chủ yếu`) tells
/// what was set, not a goal; striving for them is one.
#[test]
fn count_of_goals_is_no_goal() {
    let text = "Nhiệm kỳ 2025 - 2030, Đảng bộ xã Vũ Thư đề ra 18 chỉ tiêu chủ yếu, trong đó \
                mỗi năm kết nạp từ 60 đảng viên mới trở lên.";
    let q = quantity(text, 18.0);
    assert_eq!(
        (q.unit.as_str(), q.modality),
        ("chỉ tiêu", Modality::Actual)
    );
    assert_eq!(quantity(text, 60.0).modality, Modality::Target);
    let text = "Năm 2026, Đảng bộ phấn đấu hoàn thành 12 chỉ tiêu chủ yếu.";
    assert_eq!(quantity(text, 12.0).modality, Modality::Target);
}

/// A year to come after `đến` inside a goal (`Tổng thu … đến năm 2030 đạt
/// 320 tỷ đồng`) dates that goal; the goals and deeds after it are of the
/// term told before that holds it.
#[test]
fn inner_deadline_gives_way_to_the_term() {
    let text = "Phường Trà Lý xác định 15 chỉ tiêu\n\
                16:20, 05/08/2025\n\
                Đảng bộ phường Trà Lý tổ chức Đại hội lần thứ I, nhiệm kỳ 2025-2030.\n\
                Đại hội thống nhất các chỉ tiêu nhiệm kỳ 2025-2030 như sau:\n\
                1. Tổng thu ngân sách nhà nước trên địa bàn đến năm 2030 đạt 320 tỷ đồng.\n\
                2. Thu nhập bình quân đầu người đến năm 2030 đạt 120 triệu đồng.\n\
                3. Kết nạp từ 200 đảng viên mới trở lên.\n\
                Đại hội đã bầu Ban Chấp hành Đảng bộ phường khóa I gồm 35 đồng chí.";
    let term = Some(TimeRef::Period {
        from: 2025,
        to: 2030,
    });
    assert_eq!(
        quantity(text, 320e9).time,
        Some(TimeRef::Year { year: 2030 })
    );
    assert_eq!(quantity(text, 200.0).time, term);
    assert_eq!(quantity(text, 35.0).time, term);
    // (With no such term before it, the deadline still carries.)
    let text = "Chi bộ đặt chỉ tiêu đến năm 2027 kết nạp thêm ít nhất 4 đảng viên. \
                Hợp tác xã phấn đấu mở rộng diện tích nuôi lên 300 ha.";
    assert_eq!(
        quantity(text, 300.0).time,
        Some(TimeRef::Year { year: 2027 })
    );
}

/// After a paragraph on the past term, the committee a congress elects and
/// its delegates are of the new term the page named, like its goals.
#[test]
fn election_after_past_term_is_of_the_new_term() {
    let text = "Phong Thạnh: Đổi mới để vươn lên\n\
                Cập nhật ngày: 30/07/2025 - 10:15\n\
                Đảng bộ xã Phong Thạnh tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030.\n\
                Nhiệm kỳ 2020-2025, các đảng bộ xã cũ đã kết nạp 131 đảng viên.\n\
                Đại hội đã bầu 25 đồng chí vào Ban Chấp hành Đảng bộ xã khóa I.\n\
                Tại xã Ia Hrung, có 135 đại biểu chính thức tham dự.";
    let new_term = Some(TimeRef::Period {
        from: 2025,
        to: 2030,
    });
    assert_eq!(
        quantity(text, 131.0).time,
        Some(TimeRef::Period {
            from: 2020,
            to: 2025
        })
    );
    assert_eq!(quantity(text, 25.0).time, new_term);
    assert_eq!(quantity(text, 135.0).time, new_term);
}

/// Votes are cast in an election: a count of votes, or a share of them,
/// has the event `bầu`.
#[test]
fn votes_are_of_an_election() {
    let text = "Đồng chí Hoàng Văn Chiến được bầu giữ chức Bí thư Đảng ủy xã với số phiếu đạt 98,3%; \
                đồng chí Lê Văn Hải trúng cử với 275/281 phiếu, đồng chí Trần Văn Nam với 97,86% số phiếu.";
    for v in [98.3, 275.0, 97.86] {
        assert_eq!(quantity(text, v).event.as_deref(), Some("bầu"), "{v}");
    }
    // (Not a share of something else in the same sentence.)
    let text = "Đảng bộ có 412 đảng viên, trong đó nữ chiếm 35%.";
    assert_eq!(quantity(text, 35.0).event, None);
}

/// A page whose first lines name no unit (`Ban Thường vụ Tỉnh ủy tổ chức
/// …`) speaks of the one province it names, not of one it calls former.
#[test]
fn page_of_no_unit_is_of_its_province() {
    let text = "Sơ kết Chỉ thị về sinh hoạt chi bộ ở các xã biên giới\n\
                Thứ Năm, 13/11/2025 | 15:40\n\
                Ngày 12/11, Ban Thường vụ Tỉnh ủy tổ chức hội nghị sơ kết Chỉ thị số 24-CT/TU \
                của Ban Thường vụ Tỉnh ủy Kon Tum (cũ) về sinh hoạt chi bộ.\n\
                Phó Bí thư Tỉnh ủy Đinh Văn Khải chủ trì hội nghị tại điểm cầu.\n\
                Theo báo cáo, Ban Thường vụ Tỉnh ủy Quảng Ngãi tiếp tục chỉ đạo thực hiện Chỉ thị. Kết quả:\n\
                - Kết nạp 487 đảng viên mới;\n\
                - Thành lập mới 9 chi bộ thôn.";
    for v in [487.0, 9.0] {
        assert_eq!(
            quantity(text, v).subject.as_deref(),
            Some("Quảng Ngãi"),
            "{v}"
        );
    }
}

/// A special zone (`đặc khu`, since 2025 at a commune's level) is a unit;
/// `ngư trường`, the `Trường Sơn` range and the `Trường Sa` islands are no
/// schools.
#[test]
fn special_zones_and_no_schools() {
    let text = "Đảng bộ đặc khu Trường Sa có 9 chi bộ trực thuộc với 214 đảng viên.";
    assert_eq!(
        quantity(text, 214.0).subject.as_deref(),
        Some("Đảng bộ đặc khu Trường Sa")
    );
    let text = "Khi đội tàu của Chi bộ Nghiệp đoàn nghề cá phường Hoài Nhơn Bắc thả neo ở ngư \
                trường Hoàng Sa, giọng Bí thư Chi bộ vang lên qua máy. Lần lượt, 9 thuyền \
                trưởng trả lời.";
    assert_eq!(
        quantity(text, 9.0).subject.as_deref(),
        Some("Chi bộ Nghiệp đoàn nghề cá phường Hoài Nhơn Bắc")
    );
    let text = "Đảng ủy xã Hùng Sơn có 412 đảng viên. Nơi những con đường men theo sườn núi \
                Trường Sơn, chi bộ kết nạp 11 đảng viên.";
    assert_eq!(
        quantity(text, 11.0).subject.as_deref(),
        Some("Đảng ủy xã Hùng Sơn")
    );
    // (A list of communes ending with a special zone, then a count of
    // communes: no zone holds them.)
    let text = "Toàn tỉnh kết nạp 2.011 đảng viên, cao nhất là xã Bình Sơn (24 đảng viên); \
                đặc khu Lý Sơn (12 đảng viên). Vẫn còn 7 đảng bộ xã chưa kết nạp được đảng viên.";
    assert_ne!(
        quantity(text, 7.0).subject.as_deref(),
        Some("đặc khu Lý Sơn")
    );
}

/// Not every vote is an election's: a survey's forms, or the votes of a
/// discipline, whose event the sentence tells; and a council's election
/// is not a congress's.
#[test]
fn votes_not_of_an_election() {
    let text = "Xã đã phát 1.200 phiếu khảo sát, thu về 1.150 phiếu hợp lệ.";
    assert_eq!(quantity(text, 1150.0).event, None);
    let text = "Đảng ủy xã xem xét kỷ luật 2 đảng viên với 100% số phiếu tán thành.";
    assert_eq!(quantity(text, 100.0).event.as_deref(), Some("kỷ luật"));
    let text = "Đại hội Đảng bộ xã A lần thứ I, nhiệm kỳ 2025 - 2030\n\
                Cập nhật ngày: 05/08/2025 - 10:15\n\
                Nhiệm kỳ 2020 - 2025, Đảng bộ xã đã kết nạp 80 đảng viên mới.\n\
                Tại cuộc bầu cử Hội đồng nhân dân các cấp, xã bầu đủ 25 đại biểu Hội đồng nhân dân xã.";
    assert_eq!(
        quantity(text, 25.0).time,
        Some(TimeRef::Period {
            from: 2020,
            to: 2025
        })
    );
}

/// The day one member joined the party long ago (`vào Đảng từ tháng
/// 8/1945`) dates its own clauses only, not the figures after a semicolon
/// or in later sentences; a recent admission is news and dates on.
#[test]
fn joining_day_of_a_life_story() {
    let page = "Trao Huy hiệu Đảng cho đảng viên phường Thuận Hóa\n\
                Thứ Bảy, 30/08/2025 - 10:20\n";
    let text = format!(
        "{page}Có 1 đảng viên nhận Huy hiệu 80 năm tuổi Đảng là đồng chí Trần Văn Quế, \
         vào Đảng từ tháng 8/1945; 3 đảng viên nhận Huy hiệu 75 năm tuổi Đảng.\n\
         Toàn Đảng bộ phường hiện có 58 chi bộ với 4.862 đảng viên."
    );
    assert_eq!(quantity(&text, 3.0).time, None);
    assert_eq!(quantity(&text, 4862.0).time, None);
    let text = format!("{page}Tôi vào Đảng năm 1950, lúc ấy cả xã chỉ có 7 đảng viên.");
    assert_eq!(
        quantity(&text, 7.0).time,
        Some(TimeRef::Year { year: 1950 })
    );
    let text = format!(
        "{page}Anh Trần Văn Tí được kết nạp vào Đảng tháng 8/2025. Tàu của anh chở 120 khách mỗi ngày."
    );
    assert_ne!(quantity(&text, 120.0).time, None);
}

/// A table of goals whose rows have long labels, money in millions in a
/// bracket, and cells with words of approximation (`trên 90`, `dưới 1`,
/// `250 trở lên`).
#[test]
fn table_of_results_and_goals() {
    let text = "Đảng bộ xã Ninh Gia đề ra mục tiêu mới\n\
                Cập nhật: 05/08/2025\n\
                Đại hội Đảng bộ xã Ninh Gia lần thứ I, nhiệm kỳ 2025-2030 thông qua các chỉ tiêu.\n\n\
                Chỉ tiêu\nKết quả nhiệm kỳ 2020-2025\nMục tiêu nhiệm kỳ 2025-2030\n\
                Thu nhập bình quân đầu người cuối nhiệm kỳ (triệu đồng)\n62\n100\n\
                Tỷ lệ hộ nghèo (%)\n1,9\ndưới 1\n\
                Kết nạp đảng viên mới (đảng viên)\n236\n250 trở lên\n\
                Tổ chức đảng hoàn thành tốt nhiệm vụ trở lên hằng năm (%)\n89,5\ntrên 90\n\
                Nguồn: Báo cáo chính trị Đại hội";
    let q = quantity(text, 62e6);
    assert_eq!((q.unit.as_str(), q.modality), ("đồng", Modality::Actual));
    assert_eq!(quantity(text, 100e6).modality, Modality::Target);
    let q = quantity(text, 1.0);
    assert_eq!((q.unit.as_str(), q.modality), ("%", Modality::Target));
    assert_eq!(quantity(text, 250.0).modality, Modality::Target);
    let q = quantity(text, 90.0);
    assert_eq!((q.unit.as_str(), q.modality), ("%", Modality::Target));
    assert_eq!(quantity(text, 89.5).unit, "%");
}

/// A long list of goals after a colon keeps its modality to its end, past
/// the window a figure's context is read in.
#[test]
fn long_list_of_goals_after_a_colon() {
    let text = "Nghị quyết Đại hội xác định 15 chỉ tiêu chủ yếu cho nhiệm kỳ 2025-2030, trong đó về \
                xây dựng Đảng và hệ thống chính trị: hằng năm có từ 90% tổ chức cơ sở đảng trở lên \
                được xếp loại hoàn thành tốt nhiệm vụ trở lên, không có tổ chức cơ sở đảng yếu kém; \
                trong nhiệm kỳ kết nạp từ 500 đảng viên mới trở lên, bình quân mỗi năm 100 đảng viên; \
                tỷ lệ đảng viên được xếp loại hoàn thành tốt nhiệm vụ trở lên đạt trên 92%; 100% khu \
                vực có chi bộ với từ 3 đảng viên chính thức trở lên; 95% cán bộ, đảng viên được học \
                tập, quán triệt các nghị quyết của Đảng; mỗi năm kiểm tra, giám sát ít nhất 30% tổ \
                chức đảng trực thuộc; tỷ lệ hộ nghèo theo chuẩn thành phố giảm còn dưới 0,3%.";
    for v in [90.0, 500.0, 92.0, 95.0, 30.0, 0.3] {
        assert_eq!(quantity(text, v).modality, Modality::Target, "{v}");
    }
}

/// The page's own year heading a sentence goes on to now (`Năm 2025, …;
/// đến nay đã kết nạp 27` on a page of 2025); an earlier year does not.
#[test]
fn this_year_goes_on_to_now() {
    let page = "Phường Thuận Hóa phát triển đảng viên\nThứ Bảy, 30/08/2025 - 10:20\n";
    let text = format!(
        "{page}Năm 2025, Đảng bộ phường phấn đấu kết nạp 40 đảng viên; đến nay đã kết nạp 27 đồng chí."
    );
    assert_eq!(
        quantity(&text, 27.0).time,
        Some(TimeRef::Year { year: 2025 })
    );
    let text = format!("{page}Năm 2015, xã có 120 đảng viên, hiện nay có 215 đảng viên.");
    assert_eq!(quantity(&text, 215.0).time, None);
}

/// `7 trên 9 đảng viên`: seven out of nine, not more than nine; a year
/// before `trên` is no part (`đến năm 2030 trên 95%`).
#[test]
fn part_out_of_a_whole_with_tren() {
    let text = "Chi bộ thôn Tân Hồng có 7 trên 9 đảng viên là người trẻ.";
    let q = quantity(text, 7.0);
    assert_eq!((q.unit.as_str(), q.total), ("đảng viên", Some(9.0)));
    assert_eq!(quantity(text, 9.0).approx, Approx::Exact);
    let text = "Tỉnh phấn đấu đến năm 2030 trên 95% buôn có chi bộ.";
    assert_eq!(quantity(text, 95.0).approx, Approx::MoreThan);
}

/// A trade union (`Công đoàn`, `Liên đoàn Lao động`, `CĐCS`) is an
/// organisation of its own, not the Youth Union's `Đoàn` inside its name.
#[test]
fn trade_unions_are_organisations() {
    let text = "Công đoàn tỉnh Đồng Nai tăng mạnh\n\nNgày 24-9, Đại hội Công đoàn tỉnh Đồng Nai khai mạc. Nhiệm kỳ qua, các cấp công đoàn đã thành lập mới 412 công đoàn cơ sở, hiện toàn tỉnh có 1.031 CĐCS ở doanh nghiệp.";
    let q = quantity(text, 412.0);
    assert_eq!(q.unit, "công đoàn cơ sở");
    assert_eq!(q.subject.as_deref(), Some("Công đoàn tỉnh Đồng Nai"));
    assert_eq!(quantity(text, 1031.0).unit, "cđcs");
}

/// A school's name may hold words of its type in small letters
/// (`Trường Phổ thông liên cấp Olympia`): the name goes on to the capital.
#[test]
fn a_school_named_with_its_type() {
    let text = "Quận Nam Từ Liêm kết nạp đảng viên trong trường học\n\nTrường Phổ thông liên cấp Olympia là một trong những đơn vị đầu tiên của quận thành lập chi bộ. Đến nay chi bộ đã có 17 đảng viên; giai đoạn 2020-2024 kết nạp 9 giáo viên vào Đảng.";
    for value in [17.0, 9.0] {
        assert_eq!(
            quantity(text, value).subject.as_deref(),
            Some("Trường Phổ thông liên cấp Olympia")
        );
    }
}

/// A zone's name may end with a number (`Khu công nghiệp Mỹ Phước 3`),
/// which counts nothing; a name in a bracket closed before the figure
/// (`(100% vốn Đài Loan)`) is an aside, not the figure's subject.
#[test]
fn a_numbered_zone_and_an_aside_in_brackets() {
    let text = "Bình Dương: kết nạp đảng viên trong doanh nghiệp\n\nCông ty TNHH Giày Phú Hưng (100% vốn Đài Loan) tại Khu công nghiệp Mỹ Phước 3, thị xã Bến Cát hiện có 12.400 công nhân.";
    assert!(!values(text).contains(&3.0));
    assert_eq!(
        quantity(text, 12400.0).subject.as_deref(),
        Some("Công ty TNHH Giày Phú Hưng")
    );
}

/// A name alone in a bracket right after a figure owns it: `61.874 đồng
/// chí (Vĩnh Long), 68.215 đồng chí (Bến Tre) và 48.417 đồng chí (Trà Vinh)`.
#[test]
fn a_name_in_a_bracket_after_the_figure_owns_it() {
    let text = "Đảng bộ tỉnh Vĩnh Long sau hợp nhất\n\nSố đảng viên của 3 đảng bộ tỉnh cũ lần lượt là 61.874 đồng chí (Vĩnh Long), 68.215 đồng chí (Bến Tre) và 48.417 đồng chí (Trà Vinh).";
    for (value, owner) in [
        (61874.0, "Vĩnh Long"),
        (68215.0, "Bến Tre"),
        (48417.0, "Trà Vinh"),
    ] {
        assert_eq!(quantity(text, value).subject.as_deref(), Some(owner));
    }
    // (Not an abbreviation of the unit.)
    let text = "Tin tức\n\nToàn tỉnh Long An có 1.214 công đoàn cơ sở (CĐCS).";
    assert_eq!(
        quantity(text, 1214.0).subject.as_deref(),
        Some("tỉnh Long An")
    );
}

/// A plain heading that names a firm, a school or a hospital (`Điểm sáng ở
/// Công ty Giày Phú Hưng`) is what the figures under it are about, when
/// their paragraph names nothing; a row of a list (`Trường …: 11 sinh
/// viên`) heads nothing.
#[test]
fn a_heading_that_names_a_workplace() {
    let head = "Bình Dương: phát triển đảng viên trong doanh nghiệp\n\nNăm 2022, toàn tỉnh Bình Dương kết nạp 1.200 đảng viên trong khu vực kinh tế ngoài nhà nước, tăng so với năm trước.\n\n";
    let text = format!("{head}Điểm sáng ở Công ty Giày Phú Hưng\n\nTheo bà Loan, mỗi năm chi bộ giới thiệu từ 15 đến 20 công nhân ưu tú đi học lớp bồi dưỡng; 3 năm gần đây đã kết nạp được 19 đảng viên.");
    assert_eq!(
        quantity(&text, 19.0).subject.as_deref(),
        Some("Công ty Giày Phú Hưng")
    );
    let text = format!("{head}Kết quả ở một số đơn vị:\nCông ty Giày Phú Hưng: 11 đảng viên\n\nTheo bà Loan, mỗi năm chi bộ giới thiệu từ 15 đến 20 công nhân ưu tú đi học lớp bồi dưỡng; 3 năm gần đây đã kết nạp được 19 đảng viên.");
    assert_ne!(
        quantity(&text, 19.0).subject.as_deref(),
        Some("Công ty Giày Phú Hưng")
    );
}

/// `trúng cử` (was elected) is an election.
#[test]
fn elected_members_are_of_an_election() {
    let text = "Đại hội Đảng bộ xã\n\nCó 246/250 đại biểu tham gia bỏ phiếu; 8 đồng chí trúng cử đại biểu chính thức, 1 đồng chí trúng cử đại biểu dự khuyết.";
    for value in [8.0, 1.0] {
        assert_eq!(quantity(text, value).event.as_deref(), Some("bầu"));
    }
}

/// A word that labels the number after it (`kỳ 2`, `tập 3`) does not when
/// a cue stands between (`cả nhiệm kỳ không dưới 325`) or when it ends a
/// verb (`đã triệu tập 24.317 đại biểu`).
#[test]
fn label_words_before_a_cue_or_inside_a_verb() {
    let text = "Đại hội\n\nĐảng bộ phấn đấu cả nhiệm kỳ kết nạp không dưới 325 đảng viên. Các cấp đã triệu tập 24.317 đại biểu. Đại hội lần 2 diễn ra tại xã.";
    let found = values(text);
    assert!(found.contains(&325.0), "{found:?}");
    assert!(found.contains(&24317.0), "{found:?}");
    assert!(!found.contains(&2.0), "{found:?}");
}

/// `Trong 9 tháng, …` (the months of this year so far) dates its figures
/// with the page's year, over a date told before; `Ba tháng nay` (the last
/// three months) and a duration (`gần 2 tháng,`) do not.
#[test]
fn months_so_far_are_this_year() {
    let head = "Thứ Hai, 08/10/2023 10:05\n\n";
    let year = Some(TimeRef::Year { year: 2023 });
    let text = format!("{head}Đến ngày 30/9/2023, Đảng bộ tỉnh có 224.517 đảng viên.\n\nTrong 9 tháng, cấp ủy các cấp kiểm tra 2.104 tổ chức đảng. Tổng thu đảng phí 9 tháng đạt 38,6 tỷ đồng.");
    assert_eq!(quantity(&text, 2104.0).time, year);
    assert_eq!(quantity(&text, 38.6e9).time, year);
    let text = format!("{head}Đảng bộ xã mới vận hành gần 2 tháng, có 15 chi bộ. Ba tháng nay, tỷ lệ dự sinh hoạt luôn trên 90%.");
    assert_eq!(quantity(&text, 15.0).time, None);
    assert_eq!(quantity(&text, 90.0).time, None);
}

/// A sentence that only names goals before its colon (`Một số chỉ tiêu chủ
/// yếu:`) lists goals; one that tells results of them does not.
#[test]
fn a_list_under_the_goals_alone() {
    let text = "Đại hội Đảng bộ thành phố\n\nĐại hội xác định phấn đấu đến năm 2030, thành phố trở thành trung tâm của vùng. Một số chỉ tiêu chủ yếu: tỷ lệ đô thị hóa đạt 55%; hằng năm kết nạp từ 5.000 đảng viên trở lên.";
    for value in [55.0, 5000.0] {
        assert_eq!(quantity(text, value).modality, Modality::Target);
    }
    let text = "Đại hội Đảng bộ thành phố\n\nNhiệm kỳ qua có 21/22 chỉ tiêu chủ yếu đạt và vượt: tỷ lệ đô thị hóa đạt 52%; kết nạp 4.800 đảng viên.";
    assert_eq!(quantity(text, 4800.0).modality, Modality::Actual);
}

/// A breakdown after a comparison (`so với đầu năm (kết nạp 97, …)`) or
/// after `trong đó` with no bracket counts what the count before it does.
#[test]
fn breakdowns_after_a_comparison_or_trong_do() {
    let text = "Tin tức\n\nĐảng bộ huyện có 4.512 đảng viên, tăng thực 46 đồng chí so với đầu năm (kết nạp 97, chuyển đến 21; từ trần 33, chuyển đi 36, xóa tên 3). Năm 2024, kỷ luật 7 đảng viên, trong đó cảnh cáo 2, khiển trách 5.";
    for value in [97.0, 21.0, 33.0, 36.0, 3.0] {
        assert_eq!(quantity(text, value).unit, "đồng chí", "{value}");
    }
    for value in [2.0, 5.0] {
        let q = quantity(text, value);
        assert_eq!(q.unit, "đảng viên");
        assert_eq!(q.event.as_deref(), Some("kỷ luật"));
    }
}

/// `Từ năm 2018 đến nay` after the figure, and `Từ ngày 1/7/2023 đến nay`,
/// reach the page's year: a span of years, or that year.
#[test]
fn since_a_day_or_a_year_until_now() {
    let text = "Thứ Hai, 10/07/2023 10:05\n\nCó 19 đảng viên được kết nạp tại công ty từ năm 2018 đến nay. Từ ngày 1/7/2023 đến nay, toàn tỉnh kết nạp 1.418 đảng viên. Từ 1/3/2022 đến nay, huyện kết nạp 77 đảng viên.";
    let span = |from, to| Some(TimeRef::Period { from, to });
    assert_eq!(quantity(text, 19.0).time, span(2018, 2023));
    assert_eq!(
        quantity(text, 1418.0).time,
        Some(TimeRef::Year { year: 2023 })
    );
    assert_eq!(quantity(text, 77.0).time, span(2022, 2023));
}

/// The items under an intro of its own (`Một số xã có kết quả nổi bật:`)
/// take the event of the count told just before it; so do the details
/// after `Cụ thể:`.
#[test]
fn items_after_an_intro_of_their_own_keep_the_event() {
    let text = "Tin tức\n\nRiêng 7 tháng đầu năm 2025, các chi bộ ấp kết nạp 214 đảng viên. Một số xã có kết quả nổi bật:\nXã Trà Cú: 24 đảng viên;\nXã Tập Sơn: 19 đảng viên.\n\nSáu tháng đầu năm 2025, toàn tỉnh kết nạp được 318 quần chúng là người có đạo vào Đảng. Cụ thể: đạo Cao Đài 142 người, Công giáo 87 người.";
    for value in [24.0, 19.0, 142.0, 87.0] {
        assert_eq!(
            quantity(text, value).event.as_deref(),
            Some("kết nạp"),
            "{value}"
        );
    }
}

/// A share in a list item that names no reference is measured against
/// what the item above it named; not across a paragraph that is no item.
#[test]
fn a_share_in_a_list_item_keeps_the_reference_above() {
    let text = "Tin tức\n\nMột số xã có kết quả nổi bật:\nXã Trà Cú: 24 đảng viên, đạt 80% kế hoạch năm;\nXã Tập Sơn: 19 đảng viên, đạt 76%;\n- Ấp Bưng Sa: 4/4 đảng viên (đạt 100% chỉ tiêu)\n- Ấp Nô Puốl: 2/3 đảng viên (66,7%)\n\nTỷ lệ đảng viên nữ đạt 35%.";
    assert_eq!(quantity(text, 76.0).reference.as_deref(), Some("kế hoạch"));
    assert_eq!(quantity(text, 66.7).reference.as_deref(), Some("chỉ tiêu"));
    assert_eq!(quantity(text, 35.0).reference, None);
}

/// `toàn quốc` in the name of a national meeting (`Đại hội đại biểu toàn
/// quốc`) is no whole: the figures stay the article's unit's.
#[test]
fn a_national_congress_is_not_the_country() {
    let text = "Đảng bộ thành phố Cần Thơ\n\nĐại hội bầu Đoàn đại biểu dự Đại hội đại biểu toàn quốc lần thứ XIV gồm 24 đại biểu chính thức.";
    assert_eq!(
        quantity(text, 24.0).subject.as_deref(),
        Some("Đảng bộ thành phố Cần Thơ")
    );
    let text = "Tin tức\n\nToàn quốc có 5,6 triệu đảng viên.";
    assert_eq!(quantity(text, 5.6e6).subject.as_deref(), Some("Toàn quốc"));
}

/// A day with no year that names an anniversary (`Nhân dịp kỷ niệm … và
/// ngày 7/11`) dates nothing: the figures keep the year told before.
#[test]
fn an_anniversary_day_is_no_date() {
    let text = "Thứ Năm, 09/11/2023 08:00\n\nNăm 2023, Đảng bộ xã kết nạp 12 đảng viên. Nhân dịp kỷ niệm 93 năm Ngày thành lập Đảng Cộng sản Việt Nam và ngày 7/11, Đảng ủy đề nghị và được Ban Thường vụ Huyện ủy xét tặng Huy hiệu Đảng cho 38 đồng chí.";
    assert_eq!(
        quantity(text, 38.0).time,
        Some(TimeRef::Year { year: 2023 })
    );
}

/// A unit named by one capitalised word after its party body (`Đảng bộ
/// Đồn`) is the one named in full before, whose name may hold an
/// abbreviation defined in a bracket (`Cửa khẩu quốc tế (CKQT) Móng Cái`).
#[test]
fn a_unit_named_by_its_first_word_is_the_one_named_before() {
    let text = "Tin tức\n\nNhiều năm qua, Đảng bộ Đồn Biên phòng Cửa khẩu quốc tế (CKQT) Móng Cái luôn giữ vững danh hiệu trong sạch, vững mạnh.\n\nĐảng bộ Đồn hiện có 5 chi bộ trực thuộc với 68 đảng viên. Năm 2023 và 2024, Đảng bộ Đồn lần lượt kết nạp 4 và 6 đảng viên.";
    for value in [68.0, 4.0, 6.0] {
        assert_eq!(
            quantity(text, value).subject.as_deref(),
            Some("Đảng bộ Đồn Biên phòng Cửa khẩu quốc tế (CKQT) Móng Cái"),
            "{value}"
        );
    }
}

/// A party body of a bloc named with `các` keeps its whole name to the
/// province: `Đảng bộ các cơ quan Đảng tỉnh Đắk Lắk`.
#[test]
fn a_bloc_named_with_cac_keeps_its_province() {
    let text = "Tin tức\n\nBan Thường vụ Tỉnh ủy quyết định hợp nhất hai Đảng bộ thành Đảng bộ các cơ quan Đảng tỉnh Đắk Lắk. Sau khi sắp xếp, Đảng bộ có 43 tổ chức cơ sở đảng.";
    assert_eq!(
        quantity(text, 43.0).subject.as_deref(),
        Some("Đảng bộ các cơ quan Đảng tỉnh Đắk Lắk")
    );
}

/// Police (`Công an tỉnh`) are an organisation; a former unit marked
/// `(cũ)` that opens its clause (after `trong đó`, `riêng`) is the
/// subject of its figures.
#[test]
fn a_former_unit_opening_its_clause() {
    let text = "Công an tỉnh Lào Cai\n\nNăm 2025, Đảng bộ Công an tỉnh kết nạp 214 đảng viên. Trong đó, riêng Công an tỉnh Yên Bái (cũ) kết nạp 117 đảng viên, Công an tỉnh Lào Cai (cũ) kết nạp 97 đảng viên.";
    assert_eq!(
        quantity(text, 117.0).subject.as_deref(),
        Some("Công an tỉnh Yên Bái")
    );
    assert_eq!(
        quantity(text, 97.0).subject.as_deref(),
        Some("Công an tỉnh Lào Cai")
    );
    assert_eq!(
        quantity(text, 214.0).subject.as_deref(),
        Some("Đảng bộ Công an tỉnh")
    );
}

/// A time in the title of a cited document (`Nghị quyết … về … giai đoạn
/// 2021 - 2025`) dates the goals of its own sentence, not what later
/// sentences tell.
#[test]
fn a_time_in_a_document_title_stays_in_its_sentence() {
    let text = "Tin tức\n\nNăm 2023, toàn tỉnh kết nạp 1.200 đảng viên. Theo Nghị quyết số 03-NQ/QU ngày 5/3/2021 về nâng cao chất lượng đảng viên giai đoạn 2021 - 2025, quận phấn đấu mỗi chi bộ có ít nhất 1 đảng viên trẻ. Các chi bộ đã kết nạp 46 đảng viên.";
    assert_eq!(
        quantity(text, 1.0).time,
        Some(TimeRef::Period {
            from: 2021,
            to: 2025
        })
    );
    assert_eq!(
        quantity(text, 46.0).time,
        Some(TimeRef::Year { year: 2023 })
    );
}

/// Misfires a review found in this session's rules, each kept out: a year
/// said with the months, or told before them; a day a celebration is held
/// on; a rate of its own in a list; a measure in a breakdown; `hồi` (not
/// `hội`) before `toàn quốc`.
#[test]
fn misfires_of_this_sessions_rules() {
    let head = "Chủ Nhật, 12/10/2025 10:05\n\n";
    let year = |y| Some(TimeRef::Year { year: y });
    let text = format!("{head}Trong 6 tháng đầu năm 2023, toàn tỉnh kết nạp 500 đảng viên mới.\n\nNăm 2023 là năm bản lề. Trong 6 tháng, huyện kết nạp 45 đảng viên.");
    assert_eq!(quantity(&text, 500.0).time, year(2023));
    assert_eq!(quantity(&text, 45.0).time, year(2023));
    let text =
        format!("{head}Lễ kỷ niệm được tổ chức vào ngày 25/9 tại hội trường, có 300 đại biểu dự.");
    assert_eq!(
        quantity(&text, 300.0).time,
        Some(TimeRef::Date {
            date: "2025-09-25".into()
        })
    );
    let text = format!("{head}Kết quả chủ yếu:\n+ Thu ngân sách 120 tỷ đồng, đạt 105% dự toán;\n+ Tỷ lệ hộ nghèo còn 2,1%;\n+ Tỷ lệ trẻ em suy dinh dưỡng giảm còn 8%.");
    assert_eq!(quantity(&text, 105.0).reference.as_deref(), Some("dự toán"));
    assert_eq!(quantity(&text, 2.1).reference, None);
    assert_eq!(quantity(&text, 8.0).reference, None);
    let text =
        format!("{head}Năm 2025, xã kết nạp 45 đảng viên, trong đó nữ 20, tuổi bình quân 28.");
    assert_eq!(quantity(&text, 20.0).unit, "đảng viên");
    assert!(values(&text).iter().all(|&v| v != 28.0) || quantity(&text, 28.0).unit != "đảng viên");
    let text = format!("{head}Thu hồi toàn quốc 12 lô thuốc giả.");
    assert_eq!(quantity(&text, 12.0).subject.as_deref(), Some("toàn quốc"));
}

/// A table kept one row a line, its cells between bars (or lined up with
/// spaces): each figure takes its row's unit as subject, its column's
/// header as what it counts, and the event only from the column that
/// names one.
#[test]
fn tables_one_row_a_line_between_bars() {
    let text = "Tin tức\n\nKết quả kết nạp đảng viên của các phường (tính đến 30/9/2024):\n\n\
                Phường | Chi bộ | Đảng viên | Kết nạp 9 tháng | So với kế hoạch năm\n\
                Máy Chai | 24 | 812 | 6 | 75%\n\
                Cầu Tre | 19 | 645 | 5 | 62,5%\n";
    let q = quantity(text, 812.0);
    assert_eq!(q.unit, "đảng viên");
    assert_eq!(q.subject.as_deref(), Some("Máy Chai"));
    assert_eq!(q.event, None);
    assert_eq!(
        q.time,
        Some(TimeRef::Date {
            date: "2024-09-30".into()
        })
    );
    assert_eq!(quantity(text, 19.0).unit, "chi bộ");
    assert_eq!(quantity(text, 19.0).subject.as_deref(), Some("Cầu Tre"));
    let q = quantity(text, 5.0);
    assert_eq!(q.event.as_deref(), Some("kết nạp"));
    assert_eq!(q.subject.as_deref(), Some("Cầu Tre"));
    let q = quantity(text, 62.5);
    assert_eq!(q.reference.as_deref(), Some("kế hoạch năm"));
    // Written as Markdown, with a column of row numbers.
    let text = "Tin tức\n\nKết quả kết nạp đảng viên năm 2023:\n\n\
                | TT | Đơn vị | Số đảng viên kết nạp |\n|---|---|---|\n\
                | 1 | Huyện Yên Sơn | 286 |\n| 2 | Huyện Lâm Bình | 98 |\n";
    let q = quantity(text, 98.0);
    assert_eq!(q.unit, "đảng viên");
    assert_eq!(q.subject.as_deref(), Some("Huyện Lâm Bình"));
    assert_eq!(q.event.as_deref(), Some("kết nạp"));
    // A menu's bars make no table.
    assert!(values("Trang chủ | Tin tức | Xã hội\n\nXã có 24 chi bộ.").contains(&24.0));
    // A print page's table, its columns lined up with spaces.
    let text = "Tin tức\n\nSố bản chưa có đảng viên của các huyện (đầu năm 2021):\n\n\
                Đơn vị           Số bản chưa có đảng viên      Đã có chi bộ\n\
                Mường Tè                   24                          21\n\
                Sìn Hồ                     17                          17\n";
    let q = quantity(text, 24.0);
    assert_eq!(q.unit, "bản");
    assert_eq!(q.subject.as_deref(), Some("Mường Tè"));
    assert_eq!(q.time, Some(TimeRef::Year { year: 2021 }));
    assert_eq!(quantity(text, 17.0).subject.as_deref(), Some("Sìn Hồ"));
    // Two spaces between sentences make none.
    let text = "Tin tức\n\nXã có 24 chi bộ.  Năm nay kết nạp 12 đảng viên.\n";
    assert_eq!(quantity(text, 12.0).unit, "đảng viên");
}

/// Rows `Label: figure` under a caption that opens with what they count
/// (`Số … như sau:`) are a table of one column: each figure counts the
/// caption's thing, for its row's unit, with the caption's event and time.
#[test]
fn rows_of_a_caption_that_says_what_they_count() {
    let text = "Tin tức\n\nSố sinh viên được kết nạp Đảng năm 2024 ở một số đơn vị như sau:\n\n\
                - ĐH Quốc gia TP.HCM: 312\n- Trường ĐH Sư phạm TP.HCM: 97\n\n\
                Các trường còn lại kết nạp ít hơn.\n";
    let q = quantity(text, 97.0);
    assert_eq!(q.unit, "sinh viên");
    assert_eq!(q.subject.as_deref(), Some("Trường ĐH Sư phạm TP.HCM"));
    assert_eq!(q.event.as_deref(), Some("kết nạp"));
    assert_eq!(q.time, Some(TimeRef::Year { year: 2024 }));
    assert_eq!(
        quantity(text, 312.0).subject.as_deref(),
        Some("ĐH Quốc gia TP.HCM")
    );
    // A caption that does not say what is counted gives the rows nothing.
    let text = "Tin tức\n\nKết quả năm 2024 ở một số đơn vị như sau:\n\n\
                - ĐH Quốc gia TP.HCM: 312\n- Trường ĐH Sư phạm TP.HCM: 97\n";
    assert!(!values(text).contains(&97.0));
    // Nor is one row a list.
    let text = "Tin tức\n\nSố sinh viên được kết nạp năm 2024 ở đơn vị dẫn đầu:\n\n- ĐH Quốc gia TP.HCM: 312\n";
    assert!(!values(text).contains(&312.0));
    // A caption that names the deed and the units will do.
    let text = "Tin tức\n\nCác đơn vị kết nạp nhiều đảng viên trong 6 tháng đầu năm 2024:\n\
                Thành phố Tam Kỳ: 98\nThị xã Điện Bàn: 94\n";
    let q = quantity(text, 94.0);
    assert_eq!(q.unit, "đảng viên");
    assert_eq!(q.event.as_deref(), Some("kết nạp"));
    assert_eq!(q.subject.as_deref(), Some("Thị xã Điện Bàn"));
    // Nor a caption of a measure.
    let text = "Tin tức\n\nTuổi bình quân của đảng viên mới:\n- Nam: 45\n- Nữ: 42\n";
    assert!(!values(text).contains(&45.0));
    // Rows that are no units take no subject of their own.
    let text =
        "Tin tức\n\nGiáo viên tỉnh Nghệ An là đảng viên theo cấp học (tính đến tháng 6/2020):\n\
                - Mầm non: 42,5%\n- Tiểu học: 55,1%\n";
    assert_ne!(quantity(text, 55.1).subject.as_deref(), Some("Tiểu học"));
}

/// A table kept one row a line with tabs between its cells reads as one
/// with bars; a row of the whole with its label in the numbers' column, or
/// its number's cell left empty, is read too.
#[test]
fn tables_one_row_a_line_between_tabs() {
    let text = "Tin tức\n\nKết quả kết nạp đảng viên năm 2024 của các huyện:\n\n\
                TT\tĐơn vị\tSố chi bộ\tKết nạp\n\
                1\tHuyện Bắc Hà\t58\t37\n\
                2\tHuyện Si Ma Cai\t41\t23\n\
                \tCộng\t99\t60\n";
    let q = quantity(text, 23.0);
    assert_eq!(q.unit, "đảng viên");
    assert_eq!(q.subject.as_deref(), Some("Huyện Si Ma Cai"));
    assert_eq!(q.event.as_deref(), Some("kết nạp"));
    assert_eq!(quantity(text, 58.0).unit, "chi bộ");
    assert_eq!(quantity(text, 60.0).unit, "đảng viên");
    let text = "Tin tức\n\nKết quả kết nạp đảng viên năm 2024 của các huyện:\n\n\
                TT | Đơn vị | Số chi bộ | Kết nạp\n1 | Huyện Bắc Hà | 58 | 97\n\
                Tổng cộng | | 58 | 197\n";
    assert_eq!(quantity(text, 197.0).unit, "đảng viên");
    // A column of changes: the sign tells a rise or a fall.
    let text = "Tin tức\n\nKết quả công tác đảng viên 6 tháng đầu năm:\n\n\
                Nội dung\t6 tháng 2023\t6 tháng 2024\tTăng (+), giảm (-)\n\
                Kết nạp đảng viên\t1.085\t1.186\t+101\n\
                Xóa tên\t41\t29\t-12\n";
    let q = quantity(text, 101.0);
    assert_eq!(
        (q.unit.as_str(), q.relation.as_deref()),
        ("đảng viên", Some("tăng"))
    );
    let q = quantity(text, 12.0);
    assert_eq!(
        (q.unit.as_str(), q.relation.as_deref()),
        ("đảng viên", Some("giảm"))
    );
    assert_eq!(quantity(text, 1186.0).relation, None);
    // Tabs in running text make no table.
    let text = "Năm 2024,\txã kết nạp 12 đảng viên.";
    assert_eq!(quantity(text, 12.0).unit, "đảng viên");
}

/// `sinh viên` (university students) is a counted people, and a cell of a
/// kind of people is named by it: `Chi bộ Sinh viên`.
#[test]
fn students_are_counted_and_name_their_cells() {
    let text = "Năm 2024, trường kết nạp 176 sinh viên. Chi bộ Sinh viên có 96 đảng viên.";
    assert_eq!(quantity(text, 176.0).unit, "sinh viên");
    assert_eq!(
        quantity(text, 96.0).subject.as_deref(),
        Some("Chi bộ Sinh viên")
    );
    let text = "Chi bộ Học sinh có 20 đảng viên.";
    assert_eq!(
        quantity(text, 20.0).subject.as_deref(),
        Some("Chi bộ Học sinh")
    );
}

/// A figure right after `đăng ký` (signed up for) is a pledge, a goal; a
/// figure further on is not, nor is one handed over (`chuyển giao`).
#[test]
fn a_pledge_is_a_goal_a_hand_over_is_not() {
    let text = "Năm nay chi bộ đăng ký kết nạp thêm 2 đảng viên, hiện có 4 quần chúng học xong lớp cảm tình Đảng.";
    assert_eq!(quantity(text, 2.0).modality, Modality::Target);
    assert_eq!(quantity(text, 4.0).modality, Modality::Actual);
    let text =
        "Năm 2021, có 1.065 đảng viên đăng ký và được công nhận đạt danh hiệu, tăng 112 đồng chí.";
    assert_eq!(quantity(text, 112.0).modality, Modality::Actual);
    let text = "Đảng ủy đã hoàn thành chuyển giao dữ liệu của 8.946 đảng viên.";
    assert_eq!(quantity(text, 8946.0).modality, Modality::Actual);
    // Nor a sum or a count registered.
    for (text, value) in [
        (
            "Tỉnh thu hút 12 dự án với tổng vốn đăng ký 3.500 tỷ đồng.",
            3.5e12,
        ),
        ("Năm nay, số thí sinh đăng ký dự thi 12.500 em.", 12500.0),
    ] {
        assert_eq!(quantity(text, value).modality, Modality::Actual, "{text}");
    }
    let text = "Năm nay chi bộ đăng ký thêm 2 đồng chí nữa.";
    assert_eq!(quantity(text, 2.0).modality, Modality::Target);
}

/// A region after a place word is part of the name: `Văn phòng khu vực
/// miền Trung`; a lower-case kind of land is not (`khu vực miền núi`).
#[test]
fn a_region_after_a_place_word_is_in_the_name() {
    let text = "Đảng bộ Văn phòng khu vực miền Trung có 120 đảng viên.";
    assert_eq!(
        quantity(text, 120.0).subject.as_deref(),
        Some("Đảng bộ Văn phòng khu vực miền Trung")
    );
    let text = "Xã Tân Hà có 40 đảng viên, khu vực miền núi có 12 chi bộ.";
    assert_ne!(
        quantity(text, 12.0).subject.as_deref(),
        Some("khu vực miền núi")
    );
}

/// A term that names a congress in passing (`đại hội … nhiệm kỳ 2025 -
/// 2030`) gives way to the year that heads the sentence; the congress's
/// own figures keep the term.
#[test]
fn a_congress_named_in_passing_does_not_date_the_sentence() {
    let text = "Năm 2024, mặc dù tập trung chuẩn bị đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030, toàn Đảng bộ kết nạp 1.412 đảng viên.";
    assert_eq!(
        quantity(text, 1412.0).time,
        Some(TimeRef::Year { year: 2024 })
    );
    let text = "Năm 2025, 100% tổ chức cơ sở đảng tổ chức thành công đại hội nhiệm kỳ 2025-2030; tỷ lệ hoàn thành tốt nhiệm vụ đạt trên 95%.";
    assert_eq!(
        quantity(text, 95.0).time,
        Some(TimeRef::Year { year: 2025 })
    );
    let text = "Đại hội Đảng bộ xã nhiệm kỳ 2025 - 2030 bầu 15 đồng chí vào Ban Chấp hành.";
    assert_eq!(
        quantity(text, 15.0).time,
        Some(TimeRef::Period {
            from: 2025,
            to: 2030
        })
    );
}

/// A headline may tell its year after its figures; a body sentence's
/// figure before a plan's year keeps its own time.
#[test]
fn a_headline_tells_its_year_after_its_figures() {
    let text = "Tri Tôn kết nạp 318 đảng viên, vượt chỉ tiêu năm 2024\n\nNgày 19/12, Huyện ủy Tri Tôn tổ chức hội nghị tổng kết.";
    assert_eq!(
        quantity(text, 318.0).time,
        Some(TimeRef::Year { year: 2024 })
    );
    let text = "Tin tức\n\nHuyện kết nạp 318 đảng viên, vượt chỉ tiêu năm 2024.";
    assert_eq!(quantity(text, 318.0).time, None);
}

/// The period of a standard (`theo chuẩn giai đoạn 2026 - 2030`) is no time
/// of the figures around it: a list of goals keeps its term.
#[test]
fn a_standards_period_is_no_time() {
    let text = "Đại hội thống nhất các chỉ tiêu nhiệm kỳ 2025 - 2030 như sau:\n\
                1. Tỷ lệ hộ nghèo theo chuẩn giai đoạn 2026 - 2030 giảm bình quân 0,5%/năm.\n\
                2. Tỷ lệ dân số tham gia bảo hiểm y tế đạt trên 95%.";
    let term = Some(TimeRef::Period {
        from: 2025,
        to: 2030,
    });
    assert_eq!(quantity(text, 0.5).time, term);
    assert_eq!(quantity(text, 95.0).time, term);
}

/// A body's name ends before a verb in small letters: `Đảng bộ Quân đội
/// tiếp tục dẫn đầu`, `Đảng bộ Đại học Huế vẫn …`.
#[test]
fn a_name_ends_before_tiep_tuc_and_van() {
    for (text, value, subject) in [
        (
            "Năm 2024, Đảng bộ Quân đội tiếp tục dẫn đầu với 12.000 đảng viên mới.",
            12000.0,
            "Đảng bộ Quân đội",
        ),
        (
            "Năm 2021, Đảng bộ Đại học Huế vẫn kết nạp 213 đảng viên.",
            213.0,
            "Đảng bộ Đại học Huế",
        ),
    ] {
        assert_eq!(
            quantity(text, value).subject.as_deref(),
            Some(subject),
            "{text}"
        );
    }
}

/// `toàn xã hội` (the whole society) names no commune: the figure keeps the
/// body the text is about; `toàn xã` does name the commune.
#[test]
fn the_whole_society_is_no_commune() {
    let text = "Tin tức\n\nĐại hội Đảng bộ phường Tân An nhiệm kỳ 2025 - 2030. Nhiệm kỳ qua, tổng vốn đầu tư toàn xã hội đạt gần 850 tỷ đồng; toàn xã có 1.200 đảng viên.";
    let subject = quantity(text, 850e9).subject.unwrap_or_default();
    assert!(subject.contains("Tân An"), "{subject}");
    let subject = quantity(text, 1200.0).subject.unwrap_or_default();
    assert!(subject.to_lowercase().contains("toàn xã"), "{subject}");
}

/// The same time a year before, told in a bracket (`cùng kỳ năm 2024 là
/// 287`), dates its own figure only; the years after `khóa` name a course
/// and date nothing.
#[test]
fn asides_and_courses_date_nothing_after_them() {
    let text = "Tin tức\n\nQuý I/2025, các cấp ủy kết nạp được 312 đảng viên (cùng kỳ năm 2024 là 287 đảng viên), đạt 20,8% kế hoạch năm; xét công nhận đảng viên chính thức cho 241 đồng chí.";
    let year = |y| Some(TimeRef::Year { year: y });
    assert_eq!(quantity(text, 287.0).time, year(2024));
    assert_eq!(quantity(text, 20.8).time, year(2025));
    assert_eq!(quantity(text, 241.0).time, year(2025));
    let text = "Tin tức\n\nNăm 2025, Trung tâm Chính trị huyện mở 1 lớp trung cấp lý luận chính trị khóa 2024 - 2025 với 64 học viên; 16 lớp bồi dưỡng với 1.530 lượt học viên.";
    assert_eq!(quantity(text, 64.0).time, year(2025));
    assert_eq!(quantity(text, 1530.0).time, year(2025));
}

/// `số` and a passive clause after a share is what it is a share of, up to
/// a verb of its own (`không quá 20% số được xếp loại hoàn thành tốt nhiệm
/// vụ`, `12% số bị kỷ luật là cán bộ`).
#[test]
fn a_share_of_those_a_passive_clause_tells() {
    let text = "Tin tức\n\nNăm 2024, tỷ lệ hoàn thành xuất sắc nhiệm vụ không quá 20% số được xếp loại hoàn thành tốt nhiệm vụ; 12% số bị kỷ luật là cán bộ chủ chốt.";
    assert_eq!(
        quantity(text, 20.0).reference.as_deref(),
        Some("số được xếp loại hoàn thành tốt nhiệm vụ")
    );
    assert_eq!(
        quantity(text, 12.0).reference.as_deref(),
        Some("số bị kỷ luật")
    );
}

/// The units a new one was arranged or merged from (`được sắp xếp từ`,
/// `được hợp nhất từ`) are the subject of nothing after them: the new unit
/// is.
#[test]
fn units_merged_from_are_no_subject() {
    let text = "Tin tức\n\nXã Tân Hưng (mới) được sắp xếp từ 2 xã Tân Hưng và Tân Hưng A thuộc huyện Cái Nước, tỉnh Cà Mau (cũ). Đảng bộ xã hiện có 412 đảng viên, sinh hoạt ở 24 chi bộ.";
    assert_eq!(
        quantity(text, 412.0).subject.as_deref(),
        Some("Xã Tân Hưng")
    );
    let text = "Tin tức\n\nChi bộ thôn Phú Thạnh được hợp nhất từ 3 chi bộ thôn Phú Thạnh, Phú Phong và Tân Long, hiện có 173 đảng viên.";
    let subject = quantity(text, 173.0).subject.unwrap_or_default();
    assert!(subject.ends_with("Phú Thạnh"), "{subject}");
}

/// `nhiệm kỳ mới` (the term to come) dates the goals told with it and
/// after it: the term told before that has not begun, or the one after the
/// last term told.
#[test]
fn the_new_term_dates_its_goals() {
    let text = "Tin tức\n\nNhiệm kỳ 2020 - 2025, Đảng bộ kết nạp 450 đảng viên. Bước sang nhiệm kỳ mới, Đảng bộ phấn đấu kết nạp 150 đảng viên; 100% chi bộ đạt trong sạch, vững mạnh.";
    let term = |from, to| Some(TimeRef::Period { from, to });
    assert_eq!(quantity(text, 450.0).time, term(2020, 2025));
    assert_eq!(quantity(text, 150.0).time, term(2025, 2030));
    assert_eq!(quantity(text, 100.0).time, term(2025, 2030));
    // A heading, then a goal for the whole term.
    let text = "Đại hội Đảng bộ xã Tân Phú lần thứ I, nhiệm kỳ 2025 - 2030\n\nThứ Hai, 04/08/2025 08:00\n\nMục tiêu nhiệm kỳ mới\n\nTrong đó, phấn đấu cả nhiệm kỳ kết nạp từ 200 đảng viên trở lên.";
    assert_eq!(quantity(text, 200.0).time, term(2025, 2030));
}

/// The review's misfires of the term to come and of merged units: no term
/// is made up, `mỗi` is no `mới`, income `thu nhập từ` is no merger.
#[test]
fn no_term_to_come_made_up_and_no_merger_in_income() {
    let head = "Huyện Lâm Hà phát triển đảng viên\n\nThứ Sáu, 12/05/2023 08:47\n\n";
    let text = format!("{head}Trong nhiệm kỳ, Đảng bộ huyện phấn đấu kết nạp 500 đảng viên mới.");
    assert_eq!(quantity(&text, 500.0).time, None);
    let text = format!("{head}Nhiệm kỳ 2020-2025, Đảng bộ kết nạp 80 đảng viên. Phấn đấu nhiệm kỳ mỗi năm kết nạp 20 đảng viên.");
    assert_ne!(
        quantity(&text, 20.0).time,
        Some(TimeRef::Period {
            from: 2025,
            to: 2030
        })
    );
    let text = format!(
        "{head}Với nguồn thu nhập từ du lịch, huyện Lâm Hà kết nạp được 120 đảng viên mới."
    );
    let subject = quantity(&text, 120.0).subject.unwrap_or_default();
    assert!(subject.contains("Lâm Hà"), "{subject}");
}

/// A building after `tại` is where something was held: the subject of no
/// figure, not even as what the article is about.
#[test]
fn a_building_held_in_is_no_subject() {
    let text = "Tin tức\n\nSáng 19/1/2026, tại Trung tâm Hội nghị Quốc gia, Đại hội đại biểu toàn quốc lần thứ XIV của Đảng khai mạc với 1.586 đại biểu chính thức.";
    assert_eq!(quantity(text, 1586.0).subject, None);
    let text = "Tin tức\n\nSáng 5/8, tại Hội trường Huyện ủy, Đại hội Đảng bộ xã Tân Phú có 150 đại biểu dự.";
    let subject = quantity(text, 150.0).subject.unwrap_or_default();
    assert!(subject.contains("Tân Phú"), "{subject}");
}

/// The deeds between two days (`từ ngày 01/01 đến ngày 31/3/2026`) are of
/// their year, or of the years they span; a day counted up to (`Tính đến
/// ngày 31/3/2026`) stays a day.
#[test]
fn deeds_between_two_days_are_of_their_year() {
    let year = |y| Some(TimeRef::Year { year: y });
    let text = "Tin tức\n\nTheo báo cáo, từ ngày 01/01 đến ngày 31/3/2026, Đảng ủy xã đã kết nạp 14 đảng viên, đạt 35% chỉ tiêu năm.";
    assert_eq!(quantity(text, 14.0).time, year(2026));
    assert_eq!(quantity(text, 35.0).time, year(2026));
    let text = "Tin tức\n\nTừ ngày 15/12/2024 đến ngày 14/12/2025, cấp ủy các cấp thi hành kỷ luật 96 đảng viên.";
    assert_eq!(
        quantity(text, 96.0).time,
        Some(TimeRef::Period {
            from: 2024,
            to: 2025
        })
    );
    let text = "Tin tức\n\nTính đến ngày 31/3/2026, Đảng bộ xã có 1.284 đảng viên.";
    assert_eq!(
        quantity(text, 1284.0).time,
        Some(TimeRef::Date {
            date: "2026-03-31".into()
        })
    );
}

/// A congress's delegates and the committee it elects are of the term it
/// opens (`nhiệm kỳ 2025 - 2030`), not of the days it sits, in its own
/// sentence and in the paragraph after.
#[test]
fn delegates_and_the_elected_are_of_the_congress_term() {
    let term = Some(TimeRef::Period {
        from: 2025,
        to: 2030,
    });
    let text = "Tin tức\n\nĐại hội đại biểu Đảng bộ tỉnh Đồng Nai lần thứ I, nhiệm kỳ 2025 - 2030, diễn ra trong ba ngày, từ ngày 14 đến 16/10/2025, với 450 đại biểu chính thức, đại diện cho hơn 131.000 đảng viên của Đảng bộ tỉnh. Đại hội đã bầu Ban Chấp hành Đảng bộ tỉnh khóa I gồm 71 đồng chí.";
    assert_eq!(quantity(text, 450.0).time, term);
    assert_eq!(quantity(text, 71.0).time, term);
    // (Not the members the delegates stand for.)
    assert_eq!(
        quantity(text, 131000.0).time,
        Some(TimeRef::Year { year: 2025 })
    );
}

/// Both ends of a range written the English way (`từ 2,800 đến 3,000`)
/// group thousands before a unit counted whole.
#[test]
fn a_range_written_the_english_way_is_whole() {
    let text =
        "Tin tức\n\nNhiệm kỳ 2020 - 2025, phấn đấu kết nạp từ 2,800 đến 3,000 đảng viên mới.";
    let q = quantity(text, 2800.0);
    assert_eq!(q.value_max, Some(3000.0));
    // (A decimal stays one: `từ 1,5 đến 2,5 tỷ đồng`.)
    let text = "Tin tức\n\nNăm 2024, kinh phí từ 1,5 đến 2,5 tỷ đồng.";
    assert_eq!(quantity(text, 1.5e9).value_max, Some(2.5e9));
}

/// An average age with no unit after it (`tuổi bình quân 57`, `độ tuổi bình
/// quân là 28,6`, `tuổi bình quân của đảng viên toàn tỉnh là 47,8`) is in
/// years; the count after it keeps its own unit.
#[test]
fn an_average_age_is_in_years() {
    let text = "Tin tức\n\nChi bộ có 41 đảng viên, tuổi bình quân 68; trong đó 29 đồng chí trên 70 tuổi. Độ tuổi bình quân là 28,6. Tuổi bình quân của đảng viên toàn tỉnh là 47,8.";
    assert_eq!(quantity(text, 68.0).unit, "tuổi");
    assert_eq!(quantity(text, 29.0).unit, "đồng chí");
    assert_eq!(quantity(text, 28.6).unit, "tuổi");
    assert_eq!(quantity(text, 47.8).unit, "tuổi");
}

/// A post of a party committee's social page: the page's name, then the
/// date as such pages write it (`2 tháng 4, 2025 lúc 16:42`), then the
/// headline in capitals. The headline is the title, the date is when it
/// was published, and a name read from the capitals that the page writes
/// nowhere else (`ĐẢNG ĐỢT`) is not what the figures are about.
#[test]
fn a_social_post_has_its_headline_and_date() {
    let text = "Đảng ủy phường Vĩnh Ninh - TP Huế\nTrang cá nhân · Cơ quan chính phủ\n18 tháng 5, 2025 lúc 21:14 · 🌏\n\n🎖️ ĐẢNG ỦY PHƯỜNG VĨNH NINH TRAO HUY HIỆU ĐẢNG ĐỢT 19/5/2025 CHO 46 ĐẢNG VIÊN 🎖️\n\nSáng 17/5/2025, Đảng ủy phường Vĩnh Ninh long trọng tổ chức lễ trao Huy hiệu Đảng đợt 19/5 cho 46 đảng viên.\nĐảng bộ hiện có 19 chi bộ trực thuộc với 684 đảng viên.\n";
    let facts = Extractor::new().extract(text);
    let Some(FactBody::Article(article)) = facts.first() else {
        panic!("no article first: {facts:?}");
    };
    let title = article.title.as_deref().unwrap_or_default();
    assert!(title.contains("TRAO HUY HIỆU ĐẢNG"), "{title}");
    assert_eq!(
        article.published.as_deref(),
        Some("2025-05-18T21:14:00+07:00")
    );
    let subject = quantity(text, 684.0).subject.unwrap_or_default();
    assert!(!subject.contains("ĐỢT"), "{subject}");
    // (A paper's slogan in capitals under its date is no headline.)
    let text = "Cổng thông tin điện tử huyện Bình Sơn\nĐảng bộ xã Bình Hải kết nạp đảng viên mới\nThứ Hai, 12/05/2025 08:30\nCHÀO MỪNG ĐẠI HỘI ĐẢNG BỘ TỈNH QUẢNG NGÃI LẦN THỨ XXI\n\nSáng 11/5, Đảng ủy xã Bình Hải tổ chức lễ kết nạp 5 đảng viên mới cho các quần chúng ưu tú.\n";
    let facts = Extractor::new().extract(text);
    let Some(FactBody::Article(article)) = facts.first() else {
        panic!("no article first: {facts:?}");
    };
    assert_eq!(
        article.title.as_deref(),
        Some("Đảng bộ xã Bình Hải kết nạp đảng viên mới")
    );
}

/// Every time a comparison lists (`So với năm 2022 và 2023, …`) is set
/// against, not the time of the figures after it.
#[test]
fn times_listed_after_so_voi_are_compared() {
    let text = "Tin tức\n\nNăm 2024, toàn tỉnh kết nạp 3.240 đảng viên. So với năm 2022 và 2023, số đảng viên kết nạp tăng lần lượt 1.248 và 672 đảng viên.";
    let year = Some(TimeRef::Year { year: 2024 });
    assert_eq!(quantity(text, 1248.0).time, year);
    assert_eq!(quantity(text, 672.0).time, year);
    // (Nor one that opens a clause of its own: `… và năm 2025 Đảng bộ phấn đấu`.)
    let text = "Tin tức\n\nNăm 2024, số đảng viên mới tăng 12% so với năm 2023 và năm 2025 Đảng bộ phấn đấu kết nạp 150 đảng viên.";
    assert_eq!(
        quantity(text, 150.0).time,
        Some(TimeRef::Year { year: 2025 })
    );
    // (A year that ends a sentence is no list: `so với năm 2022. 5 tháng …`.)
    let text = "Tin tức\n\nTỷ lệ đảng viên đạt 76,3%, cao hơn 2,1% so với năm 2022. 5 tháng đầu năm 2024 đã kết nạp thêm 24 đảng viên.";
    assert_eq!(quantity(text, 24.0).time, year);
}

/// `theo thứ tự` and `tương ứng` say `lần lượt` (respectively): the years
/// and the units listed before them, one for each figure after them.
#[test]
fn theo_thu_tu_and_tuong_ung_are_respectively() {
    let year = |y| Some(TimeRef::Year { year: y });
    let text = "Tin tức\n\nSố đảng viên mới là người dân tộc thiểu số năm 2021, 2022 và 2023 theo thứ tự là 52, 61 và 74 đồng chí.";
    assert_eq!(quantity(text, 52.0).time, year(2021));
    assert_eq!(quantity(text, 61.0).time, year(2022));
    let text = "Tin tức\n\nNăm 2021, 2022 và 2023, huyện kết nạp tương ứng 18, 23 và 31 đồng chí.";
    assert_eq!(quantity(text, 18.0).time, year(2021));
    assert_eq!(quantity(text, 31.0).time, year(2023));
    let text = "Tin tức\n\nNăm 2023, các xã Quỳnh Thạch, Quỳnh Văn và Quỳnh Lâm kết nạp theo thứ tự 21, 19 và 18 đảng viên.";
    let subject = quantity(text, 19.0).subject.unwrap_or_default();
    assert!(subject.ends_with("Quỳnh Văn"), "{subject}");
    // (One figure restated is no list: `giảm 41 phòng, tương ứng 29,7%`.)
    let text = "Tin tức\n\nNăm 2024, huyện giảm 41 phòng, tương ứng 29,7%.";
    assert_eq!(quantity(text, 29.7).time, year(2024));
}

/// `; cụ thể …` opens the parts of the statement before the semicolon: its
/// event reaches them, as after `; trong đó`.
#[test]
fn the_event_reaches_the_parts_after_cu_the() {
    let text = "Tin tức\n\nGiai đoạn 2021 - 2024, tỉnh kết nạp 6.653 đảng viên; cụ thể năm 2021 là 2.108, năm 2022 là 2.215, năm 2023 là 2.330 đảng viên.";
    assert_eq!(quantity(text, 2108.0).event.as_deref(), Some("kết nạp"));
    assert_eq!(quantity(text, 2330.0).event.as_deref(), Some("kết nạp"));
}

/// A label that names the time compared with (`cùng kỳ:`) takes the line's
/// first label for its unit: the same members counted then.
#[test]
fn a_label_of_the_time_compared_with_takes_the_lines_unit() {
    let text = "Tin tức\n\nKết quả 6 tháng đầu năm 2025:\n- Kết nạp đảng viên: 2.457 (cùng kỳ: 2.386), tăng 3%;\n- Chuyển đảng chính thức: 1.912 (cùng kỳ: 2.001), giảm 4%.";
    assert_eq!(quantity(text, 2386.0).unit, "đảng viên");
    assert_eq!(quantity(text, 2001.0).unit, "đảng viên");
}

/// A number between a commune's name and `đồng chí` counts comrades; it is
/// not the end of the name (`Đảng bộ xã Liêm Tuyền 12 đồng chí`).
#[test]
fn a_count_of_comrades_after_a_name_is_no_part_of_it() {
    let text = "Tin tức\n\nNăm 2025, các đảng bộ có nhiều đảng viên được trao huy hiệu là Đảng bộ phường Hai Bà Trưng 15 đồng chí, Đảng bộ xã Liêm Tuyền 12 đồng chí.";
    let subject = quantity(text, 12.0).subject.unwrap_or_default();
    assert!(subject.ends_with("Liêm Tuyền"), "{subject}");
    assert_eq!(quantity(text, 15.0).unit, "đồng chí");
}

/// A headline that tells one unit holding another's congress (`Đảng bộ xã
/// Hải Thượng tổ chức Đại hội điểm Chi bộ thôn Tân Lý`) is about the unit
/// whose congress it is.
#[test]
fn a_headline_is_about_the_unit_whose_congress_it_tells() {
    let text = "Đảng bộ xã Hải Thượng tổ chức Đại hội điểm Chi bộ thôn Tân Lý, nhiệm kỳ 2025 - 2027\n\nSáng 24/3, Đảng bộ xã Hải Thượng tổ chức Đại hội điểm Chi bộ thôn Tân Lý nhằm rút kinh nghiệm cho các chi bộ còn lại.\n\nNhiệm kỳ tới, phấn đấu kết nạp ít nhất 3 đảng viên mới.\n";
    let subject = quantity(text, 3.0).subject.unwrap_or_default();
    assert!(subject.ends_with("Tân Lý"), "{subject}");
}

/// Days listed as yearly occasions (`Các dịp 3/2, 19/5, 2/9 và 7/11`) are
/// no time of the figures after them: the year told before is.
#[test]
fn listed_occasions_date_nothing() {
    let text = "Trao Huy hiệu Đảng năm 2024\n\nThứ Hai, 13/01/2025 08:30\n\nNăm 2024, Đảng bộ tỉnh kết nạp 3.240 đảng viên. Các dịp 3/2, 19/5, 2/9 và 7/11, các cấp ủy đã trao Huy hiệu Đảng cho 4.862 đảng viên.\n";
    assert_eq!(
        quantity(text, 4862.0).time,
        Some(TimeRef::Year { year: 2024 })
    );
}

/// A heading that declares the unit (`(đơn vị: đảng viên):`) gives it to
/// the lines of labels under it, over the words of a label (`ngoài tỉnh`).
#[test]
fn a_declared_unit_counts_the_labels_under_it() {
    let text = "Tin tức\n\nBiến động đảng viên năm 2024 (đơn vị: đảng viên):\nKết nạp mới: 2.331\nChuyển sinh hoạt đến từ ngoài tỉnh: 412\nTừ trần: 1.046\nXin ra khỏi Đảng: 7\n";
    for value in [2331.0, 412.0, 1046.0, 7.0] {
        assert_eq!(quantity(text, value).unit, "đảng viên", "{value}");
    }
    // (Money in millions is a scale, not a unit for labels.)
    let text = "Tin tức\n\nThu đảng phí năm 2024 (đơn vị: triệu đồng):\nĐảng bộ xã: 125\n";
    assert!(quantity(text, 125.0).unit != "triệu đồng");
}

/// Bare numbers listed after `lần lượt (là)` with the unit after the last
/// only (`151, 162, 173 đồng chí`, no `và`) all count what it does.
#[test]
fn numbers_listed_after_lan_luot_share_the_last_unit() {
    let text = "Tin tức\n\nSố đảng viên kết nạp các năm 2021, 2022, 2023 lần lượt là 151, 162, 173 đồng chí.";
    assert_eq!(quantity(text, 151.0).unit, "đồng chí");
    assert_eq!(quantity(text, 162.0).unit, "đồng chí");
    // (Not a bare list elsewhere: `Km 12, 20 hộ dân`.)
    assert!(!values("Tin tức\n\nTại Km 12, 20 hộ dân được hỗ trợ.").contains(&12.0));
}
