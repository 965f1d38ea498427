//! Terms and names on the seed articles, accents, user lexicons, abbreviations, and
//! properties on arbitrary input.

use std::ops::Range;

use proptest::prelude::*;
use tintuc::lexicon::{Category, Lexicon, LexiconError};
use tintuc::matcher::{Match, MatchKind, Matches, TermMatcher};
use tintuc::normalize::{Normalizer, ToneStyle};
use unicode_normalization::UnicodeNormalization;

fn corpus(prefix: &str) -> String {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let path = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| {
            let name = p.file_name().unwrap().to_string_lossy().to_string();
            name.starts_with(prefix) && name.ends_with(".txt")
        })
        .unwrap();
    std::fs::read_to_string(path).unwrap()
}

fn find(text: &str) -> Matches<'static> {
    TermMatcher::shared().find(text)
}

/// Byte range of `surface` inside the first occurrence of `context` in `doc`.
fn locate(doc: &str, context: &str, surface: &str) -> Range<usize> {
    let c = doc
        .find(context)
        .unwrap_or_else(|| panic!("context not in document: {context:?}"));
    let s = context
        .find(surface)
        .unwrap_or_else(|| panic!("{surface:?} not in {context:?}"));
    c + s..c + s + surface.len()
}

fn term_at<'a, 'm>(found: &'a Matches<'m>, span: &Range<usize>) -> Option<&'a Match<'m>> {
    found.terms().find(|m| m.span == *span)
}

/// (seed, context from the article, term as written, concept id)
const SEED_TERMS: &[(&str, &str, &str, &str)] = &[
    // 000: Lâm Hà
    (
        "000",
        "Đảng bộ huyện Lâm Hà có 49 tổ chức cơ sở đảng",
        "Đảng bộ",
        "org.dang_bo",
    ),
    (
        "000",
        "Đảng bộ huyện Lâm Hà có 49 tổ chức cơ sở đảng",
        "huyện",
        "admin.huyen",
    ),
    (
        "000",
        "có 49 tổ chức cơ sở đảng, trong đó",
        "tổ chức cơ sở đảng",
        "org.to_chuc_co_so_dang",
    ),
    (
        "000",
        "có 21 đảng bộ cơ sở với",
        "đảng bộ cơ sở",
        "org.dang_bo_co_so",
    ),
    (
        "000",
        "351 chi bộ trực thuộc và",
        "chi bộ trực thuộc",
        "org.chi_bo_truc_thuoc",
    ),
    (
        "000",
        "và 28 chi bộ cơ sở.",
        "chi bộ cơ sở",
        "org.chi_bo_co_so",
    ),
    (
        "000",
        "kết nạp được 193 đảng viên mới",
        "kết nạp",
        "event.ket_nap",
    ),
    (
        "000",
        "kết nạp được 193 đảng viên mới",
        "đảng viên mới",
        "people.dang_vien_moi",
    ),
    (
        "000",
        "vượt 20,6% so với kế hoạch đề ra",
        "vượt",
        "rel.vuot",
    ),
    (
        "000",
        "vượt 20,6% so với kế hoạch đề ra",
        "so với",
        "rel.so_voi",
    ),
    (
        "000",
        "vượt 20,6% so với kế hoạch đề ra",
        "kế hoạch",
        "ref.ke_hoach",
    ),
    (
        "000",
        "vượt 20,6% so với kế hoạch đề ra",
        "đề ra",
        "target.de_ra",
    ),
    (
        "000",
        "Tổng số đảng viên hiện nay",
        "Tổng số",
        "ref.tong_so",
    ),
    (
        "000",
        "là hơn 3.700 đảng viên.",
        "đảng viên",
        "people.dang_vien",
    ),
    ("000", "Đồng chí Phạm Thị Phúc", "Đồng chí", "hon.dong_chi"),
    ("000", "- Bí thư Huyện ủy Lâm Hà", "Bí thư", "role.bi_thu"),
    (
        "000",
        "- Bí thư Huyện ủy Lâm Hà",
        "Huyện ủy",
        "org.huyen_uy",
    ),
    (
        "000",
        "Lâm Hà cho biết, Huyện ủy",
        "cho biết",
        "speech.cho_biet",
    ),
    (
        "000",
        "Ban Thường vụ Huyện ủy Lâm Hà cũng tập trung",
        "Ban Thường vụ",
        "org.ban_thuong_vu",
    ),
    ("000", "đã được cấp ủy từ huyện", "cấp ủy", "org.cap_uy"),
    (
        "000",
        "có tuổi đời cao miễn sinh hoạt",
        "miễn sinh hoạt",
        "event.mien_sinh_hoat",
    ),
    ("000", "ở thôn, tổ dân phố có ít", "thôn", "admin.thon"),
    (
        "000",
        "ở thôn, tổ dân phố có ít",
        "tổ dân phố",
        "admin.to_dan_pho",
    ),
    ("000", "mở các lớp cảm tình Đảng", "lớp", "unit.lop"),
    (
        "000",
        "mở các lớp cảm tình Đảng",
        "cảm tình Đảng",
        "people.cam_tinh_dang",
    ),
    (
        "000",
        "làm nhiệm vụ bồi dưỡng, giúp đỡ",
        "bồi dưỡng",
        "event.boi_duong",
    ),
    (
        "000",
        "lựa chọn, tạo nguồn phát triển đảng;",
        "tạo nguồn",
        "event.tao_nguon",
    ),
    (
        "000",
        "sự giới thiệu của các tổ chức",
        "giới thiệu",
        "event.gioi_thieu",
    ),
    (
        "000",
        "chỉ tiêu kết nạp đảng viên mới hàng năm",
        "chỉ tiêu",
        "ref.chi_tieu",
    ),
    (
        "000",
        "đồng bào dân tộc thiểu số",
        "đồng bào dân tộc thiểu số",
        "people.dan_toc_thieu_so",
    ),
    // 001: Mường Nhé
    (
        "001",
        "của tổ chức cơ sở đảng (TCCSĐ)",
        "TCCSĐ",
        "org.to_chuc_co_so_dang",
    ),
    (
        "001",
        "chỉ đạo các TCCSĐ xây dựng kế hoạch tạo nguồn",
        "TCCSĐ",
        "org.to_chuc_co_so_dang",
    ),
    (
        "001",
        "hiện có 1.488 đảng viên",
        "đảng viên",
        "people.dang_vien",
    ),
    (
        "001",
        "đảng viên là người dân tộc thiểu số chiếm 65,8%",
        "người dân tộc thiểu số",
        "people.dan_toc_thieu_so",
    ),
    ("001", "dân tộc thiểu số chiếm 65,8%", "chiếm", "rel.chiem"),
    ("001", "Toàn huyện có 11 xã với 118 bản;", "xã", "admin.xa"),
    (
        "001",
        "Toàn huyện có 11 xã với 118 bản;",
        "bản",
        "admin.ban",
    ),
    ("001", "59 bản có chi bộ;", "chi bộ", "org.chi_bo"),
    ("001", "đã giảm được 20 bản", "giảm", "rel.giam"),
    (
        "001",
        "mở được 9 lớp với tổng số 677 học viên",
        "tổng số",
        "ref.tong_so",
    ),
    (
        "001",
        "mở được 9 lớp với tổng số 677 học viên",
        "học viên",
        "people.hoc_vien",
    ),
    (
        "001",
        "đều là các trưởng bản, công an viên, mặt trận Tổ quốc",
        "trưởng bản",
        "role.truong_thon",
    ),
    (
        "001",
        "công an viên, mặt trận Tổ quốc, thôn",
        "mặt trận Tổ quốc",
        "org.mat_tran_to_quoc",
    ),
    (
        "001",
        "phụ nữ, thanh niên, hội nông dân của bản",
        "hội nông dân",
        "org.hoi_nong_dan",
    ),
    (
        "001",
        "Chi ủy, nhất là bí thư chi bộ",
        "Chi ủy",
        "org.chi_uy",
    ),
    (
        "001",
        "Chi ủy, nhất là bí thư chi bộ",
        "bí thư",
        "role.bi_thu",
    ),
    (
        "001",
        "ủy ban kiểm tra các cấp xây dựng",
        "ủy ban kiểm tra",
        "org.uy_ban_kiem_tra",
    ),
    (
        "001",
        "giữ gìn kỷ luật trong Đảng",
        "kỷ luật",
        "event.ky_luat",
    ),
    (
        "001",
        "xây dựng Đảng trong sạch vững mạnh.",
        "trong sạch vững mạnh",
        "assess.trong_sach_vung_manh",
    ),
    (
        "001",
        "để quần chúng ưu tú được xét kết nạp Đảng",
        "quần chúng ưu tú",
        "people.quan_chung_uu_tu",
    ),
    (
        "001",
        "việc chấp hành nghị quyết và điều lệ của Đảng",
        "nghị quyết",
        "ref.nghi_quyet",
    ),
    (
        "001",
        "cho đoàn viên thanh niên để giữ",
        "đoàn viên thanh niên",
        "people.doan_vien",
    ),
    (
        "001",
        "những nhân tố điển hình tiên tiến",
        "nhân tố điển hình",
        "people.nhan_to",
    ),
    // 002: Khối cơ quan Dân Chính Đảng, Lạng Sơn
    (
        "002",
        "đã kết nạp 756 đảng viên mới (bằng 62,06%",
        "đảng viên mới",
        "people.dang_vien_moi",
    ),
    (
        "002",
        "(bằng 62,06% số quần chúng ưu tú",
        "bằng",
        "rel.bang",
    ),
    (
        "002",
        "được bồi dưỡng), đạt 108% chỉ tiêu Nghị quyết Đại hội XI",
        "đạt",
        "rel.dat",
    ),
    (
        "002",
        "được bồi dưỡng), đạt 108% chỉ tiêu Nghị quyết Đại hội XI",
        "chỉ tiêu",
        "ref.chi_tieu",
    ),
    (
        "002",
        "108% chỉ tiêu Nghị quyết Đại hội XI",
        "Nghị quyết",
        "doc.nghi_quyet",
    ),
    (
        "002",
        "108% chỉ tiêu Nghị quyết Đại hội XI",
        "Đại hội",
        "event.dai_hoi",
    ),
    ("002", "hàng nghìn lượt cán bộ", "lượt", "unit.luot"),
    ("002", "hàng nghìn lượt cán bộ", "cán bộ", "people.can_bo"),
    ("002", "trình độ đại học tăng 2,07%", "tăng", "rel.tang"),
    ("002", "Đảng uỷ CQDCĐ tỉnh", "Đảng uỷ", "org.dang_uy"),
    (
        "002",
        "các đối tượng cảm tình đảng giác ngộ",
        "đối tượng cảm tình đảng",
        "people.cam_tinh_dang",
    ),
    (
        "002",
        "đủ tư cách hoàn thành tốt nhiệm vụ tăng",
        "hoàn thành tốt nhiệm vụ",
        "assess.hoan_thanh_tot",
    ),
    ("002", "1,45% cơ sở yếu kém", "yếu kém", "assess.yeu_kem"),
    (
        "002",
        "76,47% tổ chức cơ sở đảng trong sạch vững mạnh",
        "tổ chức cơ sở đảng",
        "org.to_chuc_co_so_dang",
    ),
    ("002", "Nguồn:baolangson.vn", "Nguồn", "unknown"),
    // 003: Núi Thành
    (
        "003",
        "có 63 tổ chức cơ sở (TCCS) Đảng",
        "tổ chức cơ sở",
        "org.to_chuc_co_so_dang",
    ),
    (
        "003",
        "có 63 tổ chức cơ sở (TCCS) Đảng",
        "TCCS",
        "org.to_chuc_co_so_dang",
    ),
    (
        "003",
        "17 đảng bộ xã, thị trấn;",
        "thị trấn",
        "admin.thi_tran",
    ),
    (
        "003",
        "225 chi bộ trực thuộc Đảng bộ cơ sở",
        "Đảng bộ cơ sở",
        "org.dang_bo_co_so",
    ),
    (
        "003",
        "Ông Bùi Văn Hoàng - Trưởng ban Tổ chức",
        "Ông",
        "hon.ong",
    ),
    (
        "003",
        "Ông Bùi Văn Hoàng - Trưởng ban Tổ chức",
        "Trưởng ban",
        "role.truong_ban",
    ),
    (
        "003",
        "thực hiện Nghị quyết của Huyện ủy",
        "Nghị quyết",
        "doc.nghi_quyet",
    ),
    ("003", "đạt 133% chỉ tiêu tỉnh giao", "tỉnh", "admin.tinh"),
    ("003", "đạt 133% chỉ tiêu tỉnh giao", "giao", "target.giao"),
    (
        "003",
        "Đã chuyển đảng viên dự bị thành đảng viên chính thức",
        "đảng viên dự bị",
        "people.dang_vien_du_bi",
    ),
    (
        "003",
        "thành đảng viên chính thức",
        "đảng viên chính thức",
        "people.dang_vien_chinh_thuc",
    ),
    (
        "003",
        "thực hiện chuyển sinh hoạt Đảng cho 284",
        "chuyển sinh hoạt Đảng",
        "event.chuyen_sinh_hoat",
    ),
    (
        "003",
        "664 đảng viên hoàn thành xuất sắc nhiệm vụ",
        "hoàn thành xuất sắc nhiệm vụ",
        "assess.hoan_thanh_xuat_sac",
    ),
    (
        "003",
        "chiếm tỷ lệ 15,76% tổng số đảng viên",
        "chiếm tỷ lệ",
        "rel.chiem",
    ),
    (
        "003",
        "phấn đấu kết nạp từ 110 đảng viên mới",
        "phấn đấu",
        "target.phan_dau",
    ),
    (
        "003",
        "theo Quyết định sô 1090/2023",
        "Quyết định",
        "doc.quyet_dinh",
    ),
    (
        "003",
        "giao chỉ tiêu phát triển đảng viên mới năm 2023",
        "giao chỉ tiêu",
        "target.giao",
    ),
    (
        "003",
        "Để đạt được mục tiêu đề ra",
        "mục tiêu",
        "ref.muc_tieu",
    ),
    (
        "003",
        "sức chiến đấu của TCCS đảng và",
        "TCCS đảng",
        "org.to_chuc_co_so_dang",
    ),
    (
        "003",
        "đôi tượng tạo nguồn. Việc",
        "đôi tượng",
        "people.doi_tuong",
    ),
    (
        "003",
        "những hội viên nông dân sản xuất",
        "hội viên",
        "people.hoi_vien",
    ),
    (
        "003",
        "theo quy định của Điều lệ Đảng.",
        "Điều lệ Đảng",
        "doc.dieu_le_dang",
    ),
    (
        "003",
        "giao Ban Tuyên giáo mở từ 2 đến 3 lớp",
        "Ban Tuyên giáo",
        "org.ban_tuyen_giao",
    ),
    (
        "003",
        "Phó Bí thư Thường trực Huyện ủy Núi Thành",
        "Phó Bí thư Thường trực",
        "role.pho_bi_thu_thuong_truc",
    ),
    (
        "003",
        "với Ủy ban MTTQ Việt Nam",
        "MTTQ Việt Nam",
        "org.mat_tran_to_quoc",
    ),
    // A no-break space inside the term, as in the article.
    (
        "003",
        "đoàn thể\u{a0}chính trị - xã hội trong việc",
        "đoàn thể\u{a0}chính trị - xã hội",
        "org.doan_the",
    ),
    (
        "003",
        "giao nhiệm vụ cho từng cấp ủy viên, đảng viên",
        "cấp ủy viên",
        "role.cap_uy_vien",
    ),
    // 004: Yên Sơn
    (
        "004",
        "- Mục tiêu trong giai đoạn 2021-2025",
        "Mục tiêu",
        "ref.muc_tieu",
    ),
    (
        "004",
        "Đoàn thanh niên xã Tứ Quận",
        "Đoàn thanh niên",
        "org.doan_thanh_nien",
    ),
    ("004", "đạt 100% kế hoạch năm", "kế hoạch", "ref.ke_hoach"),
    (
        "004",
        "Bí thư Đảng ủy xã cho biết",
        "Đảng ủy",
        "org.dang_uy",
    ),
    (
        "004",
        "Ban chấp hành Đảng bộ xã đã ban hành",
        "Ban chấp hành",
        "org.ban_chap_hanh",
    ),
    (
        "004",
        "Ban chấp hành Đảng bộ xã đã ban hành",
        "ban hành",
        "other.ban_hanh",
    ),
    (
        "004",
        "giao các chi hội, chi đoàn soát",
        "chi hội",
        "org.chi_hoi",
    ),
    (
        "004",
        "giao các chi hội, chi đoàn soát",
        "chi đoàn",
        "org.chi_doan",
    ),
    (
        "004",
        "Đảng viên trẻ Triệu Thị Thủy, dân tộc Dao",
        "dân tộc Dao",
        "ethnic.dao",
    ),
    (
        "004",
        "2 nhân tố người Mông được",
        "người Mông",
        "ethnic.mong",
    ),
    (
        "004",
        "Lý A Lạc, dân tộc Mông, Chi bộ",
        "dân tộc Mông",
        "ethnic.mong",
    ),
    (
        "004",
        "Bí thư Đoàn xã kiêm Bí thư Chi bộ",
        "Đoàn",
        "org.doan",
    ),
    (
        "004",
        "Nghị quyết Trung ương 4 (khóa XII)",
        "Trung ương",
        "org.trung_uong",
    ),
    (
        "004",
        "Đảng bộ huyện Yên Sơn kết nạp 180 quần chúng ưu tú",
        "quần chúng ưu tú",
        "people.quan_chung_uu_tu",
    ),
];

#[test]
fn seed_terms() {
    let mut failures = Vec::new();
    for &(seed, context, surface, concept) in SEED_TERMS {
        let doc = corpus(seed);
        let found = find(&doc);
        let span = locate(&doc, context, surface);
        let got = term_at(&found, &span).and_then(|m| m.concept_id());
        let expected = (concept != "unknown").then_some(concept);
        if got != expected {
            let near: Vec<String> = found
                .terms()
                .filter(|m| {
                    m.span.end > span.start.saturating_sub(20) && m.span.start < span.end + 20
                })
                .map(|m| format!("{:?}={}", m.text(&doc), m.concept_id().unwrap_or("-")))
                .collect();
            failures.push(format!(
                "{seed} {surface:?} in {context:?}: got {got:?}, nearby {near:?}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn term_spans_slice_the_original_and_carry_folded_spans() {
    let doc = corpus("000");
    let found = find(&doc);
    let folded = tintuc::normalize::fold(&doc);
    assert!(found.terms().count() > 100);
    for m in found.iter() {
        let text = m.text(&doc);
        assert!(!text.is_empty());
        assert_eq!(folded.to_original(m.folded.clone()), m.span, "{text}");
    }
    // Terms never overlap and are sorted.
    let terms: Vec<&Match> = found.terms().collect();
    for w in terms.windows(2) {
        assert!(w[0].span.end <= w[1].span.start);
    }
}

/// (seed, kind, whole text, proper name, canonical unit)
const SEED_PLACES: &[(&str, MatchKind, &str, &str, &str)] = &[
    (
        "000",
        MatchKind::Organisation,
        "Đảng bộ huyện Lâm Hà",
        "Lâm Hà",
        "Đảng bộ huyện",
    ),
    (
        "000",
        MatchKind::Organisation,
        "Huyện ủy Lâm Hà",
        "Lâm Hà",
        "Huyện ủy",
    ),
    (
        "000",
        MatchKind::Organisation,
        "Ban Thường vụ Huyện ủy Lâm Hà",
        "Lâm Hà",
        "Ban Thường vụ Huyện ủy",
    ),
    (
        "001",
        MatchKind::Organisation,
        "Đảng bộ huyện Mường Nhé",
        "Mường Nhé",
        "Đảng bộ huyện",
    ),
    (
        "001",
        MatchKind::Organisation,
        "Huyện ủy Mường Nhé",
        "Mường Nhé",
        "Huyện ủy",
    ),
    (
        "001",
        MatchKind::Place,
        "huyện Mường Nhé",
        "Mường Nhé",
        "huyện",
    ),
    (
        "002",
        MatchKind::Organisation,
        "Đảng bộ Khối cơ quan Dân Chính Đảng",
        "Dân Chính Đảng",
        "Đảng bộ Khối cơ quan",
    ),
    (
        "002",
        MatchKind::Organisation,
        "đảng bộ khối cơ quan Dân Chính Đảng tỉnh",
        "Dân Chính Đảng",
        "đảng bộ khối cơ quan",
    ),
    ("002", MatchKind::Place, "tỉnh Lạng Sơn", "Lạng Sơn", "tỉnh"),
    (
        "003",
        MatchKind::Organisation,
        "Huyện ủy Núi Thành",
        "Núi Thành",
        "Huyện ủy",
    ),
    (
        "003",
        MatchKind::Organisation,
        "Đảng bộ huyện Núi Thành",
        "Núi Thành",
        "Đảng bộ huyện",
    ),
    (
        "004",
        MatchKind::Organisation,
        "Huyện ủy Yên Sơn",
        "Yên Sơn",
        "Huyện ủy",
    ),
    (
        "004",
        MatchKind::Organisation,
        "Đoàn thanh niên xã Tứ Quận",
        "Tứ Quận",
        "Đoàn Thanh niên xã",
    ),
    (
        "004",
        MatchKind::Organisation,
        "Đảng bộ xã Tứ Quận",
        "Tứ Quận",
        "Đảng bộ xã",
    ),
    ("004", MatchKind::Place, "thôn Cây Nhãn", "Cây Nhãn", "thôn"),
    (
        "004",
        MatchKind::Organisation,
        "Đảng bộ xã Mỹ Bằng",
        "Mỹ Bằng",
        "Đảng bộ xã",
    ),
    (
        "004",
        MatchKind::Organisation,
        "Chi bộ thôn Mỹ Hoa",
        "Mỹ Hoa",
        "Chi bộ thôn",
    ),
    ("004", MatchKind::Place, "xã Mỹ Bằng", "Mỹ Bằng", "xã"),
    (
        "004",
        MatchKind::Organisation,
        "Đảng ủy xã Mỹ Bằng",
        "Mỹ Bằng",
        "Đảng ủy xã",
    ),
];

#[test]
fn seed_places_and_organisations() {
    for &(seed, kind, text, name, unit) in SEED_PLACES {
        let doc = corpus(seed);
        let found = find(&doc);
        let m = found
            .names()
            .find(|m| m.text(&doc) == text)
            .unwrap_or_else(|| panic!("{seed}: no name match for {text:?}"));
        assert_eq!(m.kind, kind, "{text}");
        assert_eq!(m.name_text(&doc), Some(name), "{text}");
        assert_eq!(m.canonical(), Some(unit), "{text}");
    }
}

/// Every place, organisation and person in the seed articles, nothing else.
#[test]
fn seed_names_have_no_false_positives() {
    let expected_names: &[&str] = &[
        "Lâm Hà",
        "Mường Nhé",
        "Dân Chính Đảng",
        "Lạng Sơn",
        "CQDCĐ",
        "Núi Thành",
        "Yên Sơn",
        "Tứ Quận",
        "Cây Nhãn",
        "Mỹ Bằng",
        "Mỹ Hoa",
        // people
        "Phạm Thị Phúc",
        "Nguyễn Quang Sáng",
        "Bùi Văn Hoàng",
        "Nguyễn Văn Mau",
        "Hà Văn Thị",
        "Hoàng A Phà",
        "Hoàng Đức Cảnh",
        "Triệu Thị Thủy",
        "Lý A Lạc",
    ];
    for seed in ["000", "001", "002", "003", "004"] {
        let doc = corpus(seed);
        for m in find(&doc).names() {
            let name = m.name_text(&doc).unwrap();
            assert!(
                expected_names.contains(&name),
                "{seed}: unexpected {:?} {name:?} in {:?}",
                m.kind,
                m.text(&doc)
            );
        }
    }
}

/// (seed, name, role as written or None)
const SEED_PEOPLE: &[(&str, &str, Option<&str>)] = &[
    ("000", "Phạm Thị Phúc", Some("Bí thư Huyện ủy Lâm Hà")),
    (
        "001",
        "Nguyễn Quang Sáng",
        Some("Bí thư Huyện ủy Mường Nhé"),
    ),
    (
        "003",
        "Bùi Văn Hoàng",
        Some("Trưởng ban Tổ chức Huyện ủy Núi Thành"),
    ),
    (
        "003",
        "Nguyễn Văn Mau",
        Some("Phó Bí thư Thường trực Huyện ủy Núi Thành"),
    ),
    ("004", "Hà Văn Thị", Some("Bí thư Đảng ủy xã")),
    (
        "004",
        "Hoàng A Phà",
        Some("Bí thư Đoàn xã kiêm Bí thư Chi bộ thôn Mỹ Hoa"),
    ),
    ("004", "Hoàng A Phà", Some("Bí thư Chi bộ")),
    ("004", "Hoàng Đức Cảnh", Some("Bí thư Đảng ủy xã Mỹ Bằng")),
    ("004", "Triệu Thị Thủy", Some("Đảng viên")),
    ("004", "Lý A Lạc", Some("Đảng viên")),
];

fn people(text: &str) -> Vec<(String, Option<String>)> {
    find(text)
        .iter()
        .filter(|m| m.kind == MatchKind::Person)
        .map(|m| {
            (
                m.name_text(text).unwrap().to_string(),
                m.role_text(text).map(String::from),
            )
        })
        .collect()
}

#[test]
fn seed_people_with_roles() {
    for &(seed, name, role) in SEED_PEOPLE {
        let doc = corpus(seed);
        let found = people(&doc);
        let want = (name.to_string(), role.map(String::from));
        assert!(found.contains(&want), "{seed}: {want:?} not in {found:?}");
    }
    // Bylines are not people.
    for (seed, byline) in [
        ("000", "DUY NGUYỄN"),
        ("001", "Hữu Thỉnh"),
        ("002", "Vũ Đình Chuyền"),
        ("004", "Đoàn Thư"),
    ] {
        let doc = corpus(seed);
        let at = doc.rfind(byline).unwrap();
        assert!(
            find(&doc).covering(at).all(|m| m.kind == MatchKind::Term),
            "{seed}: byline {byline} became a name"
        );
    }
}

/// A person as (name, role).
type Person = (&'static str, Option<&'static str>);

/// People in sentences shaped like those of the dev articles (written anew here).
#[test]
fn people_patterns() {
    let cases: &[(&str, &[Person])] = &[
        (
            "Theo đồng chí Nguyễn Quang Sáng, Bí thư Huyện ủy Mường Nhé, Đảng bộ huyện luôn xác định rõ.",
            &[("Nguyễn Quang Sáng", Some("Bí thư Huyện ủy Mường Nhé"))],
        ),
        (
            "Dự hội nghị có các đồng chí: Lê Văn Hùng, Ủy viên Ban Thường vụ, Trưởng ban Tổ chức Tỉnh ủy; \
             Trần Thị Mai, Phó Chủ tịch HĐND tỉnh.",
            &[
                ("Lê Văn Hùng", Some("Ủy viên Ban Thường vụ, Trưởng ban Tổ chức Tỉnh ủy")),
                ("Trần Thị Mai", Some("Phó Chủ tịch HĐND tỉnh")),
            ],
        ),
        (
            "Phát biểu tại buổi lễ, Phó Chủ tịch UBND tỉnh Đỗ Minh Tuấn nhấn mạnh vai trò của chi bộ.",
            &[("Đỗ Minh Tuấn", Some("Phó Chủ tịch UBND tỉnh"))],
        ),
        (
            "Bà Ngô Thị Lan – Chi ủy viên thông qua quyết định kết nạp cho quần chúng Vũ Thị Hoa.",
            &[("Ngô Thị Lan", Some("Chi ủy viên")), ("Vũ Thị Hoa", Some("quần chúng"))],
        ),
        (
            "Ông Phan Văn Tâm - Giám đốc Trung tâm Chính trị huyện yêu cầu các học viên học tập tốt.",
            &[("Phan Văn Tâm", Some("Giám đốc Trung tâm Chính trị huyện"))],
        ),
        ("Nhiều năm liền, ĐV Đinh Văn Khánh đều hoàn thành tốt nhiệm vụ.", &[("Đinh Văn Khánh", Some("ĐV"))]),
        ("Khi ông Lò Văn Pọm là ĐV cuối cùng chuyển đi.", &[("Lò Văn Pọm", Some("ĐV"))]),
        ("Bà Lường Thị Én là Bí thư Chi bộ bản Nà Lốc.", &[("Lường Thị Én", Some("Bí thư Chi bộ bản Nà Lốc"))]),
        // An adverb before the link (`tiếp tục được bầu giữ chức`).
        (
            "Đồng chí Phạm Văn Đoàn tiếp tục được bầu giữ chức Bí thư Đảng ủy xã.",
            &[("Phạm Văn Đoàn", Some("Bí thư Đảng ủy xã"))],
        ),
        // Offices given (`được chỉ định giữ chức`), shared by names joined by `và`.
        (
            "Đồng chí Ma Văn Dũng được chỉ định giữ chức Bí thư Đảng ủy xã; các đồng chí Nông Thị Thu Hà \
             và Lương Đình Tuấn giữ chức Phó Bí thư Đảng ủy xã.",
            &[
                ("Ma Văn Dũng", Some("Bí thư Đảng ủy xã")),
                ("Nông Thị Thu Hà", Some("Phó Bí thư Đảng ủy xã")),
                ("Lương Đình Tuấn", Some("Phó Bí thư Đảng ủy xã")),
            ],
        ),
        (
            "Các đồng chí Nguyễn Văn Hải, Trần Thị Mai và Lê Văn Đức được bầu giữ chức Ủy viên Ban Thường vụ Huyện ủy.",
            &[
                ("Nguyễn Văn Hải", Some("Ủy viên Ban Thường vụ Huyện ủy")),
                ("Trần Thị Mai", Some("Ủy viên Ban Thường vụ Huyện ủy")),
                ("Lê Văn Đức", Some("Ủy viên Ban Thường vụ Huyện ủy")),
            ],
        ),
        (
            "Đồng chí Lê Quang Huy được điều động, bổ nhiệm giữ chức Phó Giám đốc Sở Nội vụ.",
            &[("Lê Quang Huy", Some("Phó Giám đốc Sở Nội vụ"))],
        ),
        // A Thái family name after the office; the office ends at a small
        // word after its place word, not at `kiêm`.
        (
            "Dự có Phó Chủ tịch UBND huyện Quàng Văn Thiết và đồng chí Vương Ngọc Hà, Chủ tịch HĐND tỉnh ghi nhận kết quả.",
            &[
                ("Quàng Văn Thiết", Some("Phó Chủ tịch UBND huyện")),
                ("Vương Ngọc Hà", Some("Chủ tịch HĐND tỉnh")),
            ],
        ),
        (
            "Anh Hoàng A Phà, Bí thư Đoàn xã kiêm Bí thư Chi bộ thôn Mỹ Hoa cho biết.",
            &[("Hoàng A Phà", Some("Bí thư Đoàn xã kiêm Bí thư Chi bộ thôn Mỹ Hoa"))],
        ),
        // A role, its committee and place, then the name with no comma.
        (
            "Bí thư Huyện ủy Tân Yên Vũ Minh Tuấn chủ trì hội nghị.",
            &[("Vũ Minh Tuấn", Some("Bí thư Huyện ủy Tân Yên"))],
        ),
        (
            "Chủ tịch UBND huyện Đức Trọng Nguyễn Thị Thu Hà phát biểu.",
            &[("Nguyễn Thị Thu Hà", Some("Chủ tịch UBND huyện Đức Trọng"))],
        ),
        // A role joined by a few words: in brackets, `được bầu làm`, a former
        // office with its `nguyên`.
        (
            "Ông Lê Văn Cường (Bí thư Chi bộ thôn 2) cho biết.",
            &[("Lê Văn Cường", Some("Bí thư Chi bộ thôn 2"))],
        ),
        (
            "Đồng chí Nguyễn Văn An được bầu làm Bí thư Chi bộ thôn 2.",
            &[("Nguyễn Văn An", Some("Bí thư Chi bộ thôn 2"))],
        ),
        (
            "Ông Trần Văn Bình, nguyên Bí thư Huyện ủy Lâm Hà, phát biểu.",
            &[("Trần Văn Bình", Some("nguyên Bí thư Huyện ủy Lâm Hà"))],
        ),
        (
            "Đồng chí Lục Văn Tâm tái đắc cử Bí thư Chi bộ thôn Nà Lừa.",
            &[("Lục Văn Tâm", Some("Bí thư Chi bộ thôn Nà Lừa"))],
        ),
        // A military rank stands as an honorific; commanders are offices.
        (
            "Thượng tá Lê Văn Dũng, Chỉ huy trưởng Ban Chỉ huy Quân sự huyện, dự lễ.",
            &[("Lê Văn Dũng", Some("Chỉ huy trưởng Ban Chỉ huy Quân sự huyện"))],
        ),
        (
            "Thiếu tá Hồ Văn Huy, Phó Đồn trưởng Đồn Biên phòng A Nông, cho biết.",
            &[("Hồ Văn Huy", Some("Phó Đồn trưởng Đồn Biên phòng A Nông"))],
        ),
        // A highland name of one syllable with an apostrophe, after an honorific.
        (
            "Ông K'Brơi, Bí thư Đảng ủy xã Gia Bắc, cho biết.",
            &[("K'Brơi", Some("Bí thư Đảng ủy xã Gia Bắc"))],
        ),
        ("Người H'Mông ở xã Gia Bắc.", &[]),
        (
            "Ông Nguyễn Văn Hải, tái đắc cử Bí thư Chi bộ, phát biểu.",
            &[("Nguyễn Văn Hải", Some("Bí thư Chi bộ"))],
        ),
        (
            "Đồng chí Bùi Thị Thanh Tâm tái cử Bí thư Đảng ủy xã.",
            &[("Bùi Thị Thanh Tâm", Some("Bí thư Đảng ủy xã"))],
        ),
        // Past the age: `, 31 tuổi, làm Bí thư`.
        (
            "Chi bộ do chị Lò Thị Mai, 31 tuổi, làm Bí thư Chi bộ.",
            &[("Lò Thị Mai", Some("Bí thư Chi bộ"))],
        ),
        // The office, `là`, then the honorific and the name.
        (
            "Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã Ninh Gia là đồng chí Nguyễn Thị Ngọc Trâm.",
            &[(
                "Nguyễn Thị Ngọc Trâm",
                Some("Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã Ninh Gia"),
            )],
        ),
        // (Not an office in another clause: `Người thay thế … là đồng chí`.)
        (
            "Người thay thế Chủ tịch UBND xã là đồng chí Lê Văn Ba.",
            &[("Lê Văn Ba", None)],
        ),
        // A capital word opening the sentence is no family name: the name
        // starts after it (and after a degree).
        (
            "Theo ThS Võ Hoài Phong, Bí thư Chi bộ Khoa Kinh tế, chi bộ đã họp.",
            &[("Võ Hoài Phong", Some("Bí thư Chi bộ Khoa Kinh tế"))],
        ),
        (
            "Theo Nguyễn Hoài Phong, Bí thư Chi bộ Khoa Kinh tế, chi bộ đã họp.",
            &[("Nguyễn Hoài Phong", Some("Bí thư Chi bộ Khoa Kinh tế"))],
        ),
        // (A family name we do not know, before a middle name, stays whole or
        // nothing: never `Văn Lợi`.)
        ("Các đồng chí Hoàng Thị Xuân và Thèn Văn Lợi, Chủ tịch UBND huyện dự.", &[("Hoàng Thị Xuân", None)]),
        // A photo caption or a birth year in brackets between name and role.
        (
            "Đồng chí Hoàng Thị Mai (bìa trái) - Phó Bí thư Thường trực Huyện ủy trao quà.",
            &[("Hoàng Thị Mai", Some("Phó Bí thư Thường trực Huyện ủy"))],
        ),
        (
            "Anh Lò Văn Hùng (SN 1990), Bí thư Chi đoàn bản Nà Lốc, cho biết.",
            &[("Lò Văn Hùng", Some("Bí thư Chi đoàn bản Nà Lốc"))],
        ),
        // `Nguyễn` is a name, not `nguyên`.
        ("Ông Hoàng Văn Tư, Nguyễn Bí thư Chi bộ dự.", &[("Hoàng Văn Tư", None)]),
        // Other words between: no role.
        ("Ông Trần Văn Bình cho biết Bí thư Chi bộ đã họp.", &[("Trần Văn Bình", None)]),
        // A committee with no place, then the person: a family name that is a
        // unit too (`Đoàn`) starts the name; a name before a reporting verb is
        // no ward's, though wards are named after people.
        (
            "Phó Bí thư Thường trực Huyện ủy Đoàn Thị Mỹ Linh trình bày báo cáo.",
            &[("Đoàn Thị Mỹ Linh", Some("Phó Bí thư Thường trực Huyện ủy"))],
        ),
        (
            "Trưởng Ban Xây dựng Đảng Đảng ủy phường Huỳnh Minh Trí cho biết như vậy.",
            &[(
                "Huỳnh Minh Trí",
                Some("Trưởng Ban Xây dựng Đảng Đảng ủy phường"),
            )],
        ),
        // (Not a commune whose name starts with `Đoàn`; not a ward after an
        // office that follows its holder's name.)
        (
            "Phó Chủ tịch UBND xã Đoàn Tùng Phạm Văn Lực cho biết như vậy.",
            &[("Phạm Văn Lực", Some("Phó Chủ tịch UBND xã Đoàn Tùng"))],
        ),
        (
            "Ông Nguyễn Văn An, Trưởng Ban Tổ chức Đảng ủy phường Trần Hưng Đạo cho biết.",
            &[(
                "Nguyễn Văn An",
                Some("Trưởng Ban Tổ chức Đảng ủy phường Trần Hưng Đạo"),
            )],
        ),
        (
            "Bí thư Đảng ủy xã Đoàn Văn Hùng cho biết như vậy.",
            &[("Đoàn Văn Hùng", Some("Bí thư Đảng ủy xã"))],
        ),
        (
            "Làm việc với Đảng ủy phường Tân Hà, Trưởng Ban Xây dựng Đảng Đảng ủy phường Huỳnh Minh Trí cho biết.",
            &[(
                "Huỳnh Minh Trí",
                Some("Trưởng Ban Xây dựng Đảng Đảng ủy phường"),
            )],
        ),
        // An office that ends with its board's name (`Tổ chức`), then the
        // committee, its place and the person; after a province's whole
        // name, two syllables are a name (`Danh Út`).
        (
            "Phó Trưởng ban Tổ chức Tỉnh ủy Cà Mau Nguyễn Văn An cho biết như vậy.",
            &[(
                "Nguyễn Văn An",
                Some("Phó Trưởng ban Tổ chức Tỉnh ủy Cà Mau"),
            )],
        ),
        (
            "Phó Trưởng ban Tổ chức Tỉnh ủy An Giang Danh Út cho biết như vậy.",
            &[("Danh Út", Some("Phó Trưởng ban Tổ chức Tỉnh ủy An Giang"))],
        ),
        // (Not a second province.)
        (
            "Phó Trưởng ban Dân vận Tỉnh ủy Lào Cai Hà Giang dự hội nghị.",
            &[],
        ),
        // Army commanders and a doctor's degree before the name.
        (
            "Trung đội trưởng Lê Văn Bình cho biết như vậy.",
            &[("Lê Văn Bình", Some("Trung đội trưởng"))],
        ),
        (
            "Bí thư Đảng ủy bệnh viện, BSCKII Lương Văn Tùng cho biết.",
            &[("Lương Văn Tùng", Some("Bí thư Đảng ủy bệnh viện"))],
        ),
        // A place that starts with a family name (`Lâm`) before the person.
        (
            "Bí thư Huyện ủy Lâm Hà Nguyễn Văn Sơn phát biểu.",
            &[("Nguyễn Văn Sơn", Some("Bí thư Huyện ủy Lâm Hà"))],
        ),
        (
            "Nguyễn Văn Tùng (thứ hai từ phải sang) - Bí thư Huyện ủy trao quà.",
            &[("Nguyễn Văn Tùng", Some("Bí thư Huyện ủy"))],
        ),
        // The role, a comma, then the honorific and the name.
        (
            "Phát biểu tại hội nghị, Bí thư Huyện ủy Lâm Hà, đồng chí Nguyễn Văn Sơn nhấn mạnh.",
            &[("Nguyễn Văn Sơn", Some("Bí thư Huyện ủy Lâm Hà"))],
        ),
        // Syllables of a name that are terms elsewhere: an honorific (`Anh`),
        // a school (`Trường`), the Youth Union (`Đoàn`) as a family name.
        (
            "Đồng chí Nguyễn Anh Dũng, Bí thư Huyện ủy phát biểu.",
            &[("Nguyễn Anh Dũng", Some("Bí thư Huyện ủy"))],
        ),
        (
            "Đồng chí Trần Quốc Anh, Bí thư Huyện ủy Tân Yên dự hội nghị.",
            &[("Trần Quốc Anh", Some("Bí thư Huyện ủy Tân Yên"))],
        ),
        (
            "Đồng chí Nguyễn Trường Sơn, Phó Bí thư Thường trực Huyện ủy Quế Sơn dự.",
            &[("Nguyễn Trường Sơn", Some("Phó Bí thư Thường trực Huyện ủy Quế Sơn"))],
        ),
        (
            "Dự buổi lễ có đồng chí Đoàn Văn Việt, Phó Bí thư Tỉnh ủy Lâm Đồng.",
            &[("Đoàn Văn Việt", Some("Phó Bí thư Tỉnh ủy Lâm Đồng"))],
        ),
        (
            "Ông Trương Quang Trường - Bí thư Đảng ủy xã Tam Hiệp phát biểu.",
            &[("Trương Quang Trường", Some("Bí thư Đảng ủy xã Tam Hiệp"))],
        ),
        // A word without the marks of a family name is none (`Than` is not
        // `Thân`, `Đam` not `Đàm`): a company, a place.
        (
            "Ông Vũ Anh Tuấn, Bí thư Đảng ủy, Giám đốc Công ty Than Hà Lầm cho biết.",
            &[(
                "Vũ Anh Tuấn",
                Some("Bí thư Đảng ủy, Giám đốc Công ty Than Hà Lầm"),
            )],
        ),
        ("Đảng viên người có đạo ở Đam Rông.", &[]),
        // Words of a name written like terms: `Văn Phong` (not `văn phòng`),
        // `Văn Bản`, `Quốc Hội`; `Đồng` and `Kim` as family names.
        (
            "Đồng chí Lê Văn Phong, Bí thư Huyện ủy phát biểu.",
            &[("Lê Văn Phong", Some("Bí thư Huyện ủy"))],
        ),
        (
            "Ông Hà Văn Bản, Bí thư Chi bộ thôn Nà Lừa cho biết.",
            &[("Hà Văn Bản", Some("Bí thư Chi bộ thôn Nà Lừa"))],
        ),
        (
            "Ông Đồng Văn Thức, Bí thư Chi bộ thôn 2 cho biết.",
            &[("Đồng Văn Thức", Some("Bí thư Chi bộ thôn 2"))],
        ),
        (
            "Bí thư Huyện ủy Nguyễn Trường Giang nhấn mạnh vai trò của chi bộ.",
            &[("Nguyễn Trường Giang", Some("Bí thư Huyện ủy"))],
        ),
        // Offices of the police, of a division, of a pagoda; monks' titles.
        (
            "Ông Nguyễn Văn Bình, Trưởng Công an xã Bảo Đài, cho biết.",
            &[("Nguyễn Văn Bình", Some("Trưởng Công an xã Bảo Đài"))],
        ),
        (
            "Đồng chí Lê Văn An, Phó Chánh Văn phòng Huyện ủy dự.",
            &[("Lê Văn An", Some("Phó Chánh Văn phòng Huyện ủy"))],
        ),
        (
            "Đại đức Kim Sóc Phăl, Phó Trụ trì chùa Kh Leang cho biết.",
            &[("Kim Sóc Phăl", Some("Phó Trụ trì chùa Kh Leang"))],
        ),
        // A role ends at an event (the figure's), not at a capitalised one
        // in a name, nor at a place's honorific syllable.
        (
            "Đồng chí Trần Văn Minh, Bí thư Huyện ủy trao huy hiệu 30 năm tuổi Đảng cho 5 đảng viên.",
            &[("Trần Văn Minh", Some("Bí thư Huyện ủy"))],
        ),
        (
            "Ông Trần Văn Sáu, Giám đốc Trung tâm Bồi dưỡng chính trị huyện Cái Bè cho biết.",
            &[(
                "Trần Văn Sáu",
                Some("Giám đốc Trung tâm Bồi dưỡng chính trị huyện Cái Bè"),
            )],
        ),
        (
            "Đồng chí Nguyễn Văn Hiếu, Bí thư Huyện ủy Anh Sơn phát biểu.",
            &[("Nguyễn Văn Hiếu", Some("Bí thư Huyện ủy Anh Sơn"))],
        ),
        (
            "Đồng chí Lê Văn Tám, Bí thư Quận ủy Hai Bà Trưng dự.",
            &[("Lê Văn Tám", Some("Bí thư Quận ủy Hai Bà Trưng"))],
        ),
        // Nor at `dự án`, `đầu tư` (no `từ`).
        (
            "Ông Lê Văn Hùng, Giám đốc Ban Quản lý dự án đầu tư xây dựng huyện cho biết.",
            &[(
                "Lê Văn Hùng",
                Some("Giám đốc Ban Quản lý dự án đầu tư xây dựng huyện"),
            )],
        ),
        // A role ends at `dự`, not at `du lịch`.
        (
            "Ông Nguyễn Văn Hùng, Giám đốc Trung tâm xúc tiến du lịch tỉnh dự hội nghị.",
            &[("Nguyễn Văn Hùng", Some("Giám đốc Trung tâm xúc tiến du lịch tỉnh"))],
        ),
        // Offices that open with `Tổng`.
        (
            "Đồng chí Tô Lâm, Tổng Bí thư Ban Chấp hành Trung ương Đảng dự.",
            &[("Tô Lâm", Some("Tổng Bí thư Ban Chấp hành Trung ương Đảng"))],
        ),
        (
            "Ông Võ Minh Trí, Phó Tổng Giám đốc, Bí thư Đảng ủy công ty cho biết.",
            &[("Võ Minh Trí", Some("Phó Tổng Giám đốc, Bí thư Đảng ủy công ty"))],
        ),
        // An office before a name that is the last person's gives way to
        // the one linked after it.
        (
            "Đồng chí Lê Văn Phong được chỉ định làm Bí thư Đảng ủy xã, đồng chí Trương Thị Linh làm Phó Bí thư Đảng ủy xã.",
            &[
                ("Lê Văn Phong", Some("Bí thư Đảng ủy xã")),
                ("Trương Thị Linh", Some("Phó Bí thư Đảng ủy xã")),
            ],
        ),
        // An age between the name and the office; a deputy commissar.
        (
            "Anh Trần Quốc Việt, 39 tuổi, Bí thư Chi bộ công ty cho biết.",
            &[("Trần Quốc Việt", Some("Bí thư Chi bộ công ty"))],
        ),
        (
            "Thiếu tá Hoàng Văn Thịnh, Phó Chính trị viên Đồn Biên phòng Chi Ma cho biết.",
            &[(
                "Hoàng Văn Thịnh",
                Some("Phó Chính trị viên Đồn Biên phòng Chi Ma"),
            )],
        ),
        // Descriptors between the name and the office: an age in
        // brackets, a trade, a people, a membership, a birth year, `là`.
        (
            "Ông Trần Hữu Lộc (76 tuổi), đảng viên 50 năm tuổi Đảng, Bí thư Chi bộ khu phố 4 cho biết.",
            &[("Trần Hữu Lộc", Some("Bí thư Chi bộ khu phố 4"))],
        ),
        (
            "Anh Vũ Đức Toàn, kỹ sư cơ khí, Phó Quản đốc Phân xưởng Cơ điện được kết nạp Đảng.",
            &[("Vũ Đức Toàn", Some("Phó Quản đốc Phân xưởng Cơ điện"))],
        ),
        (
            "Đại úy Hồ Văn Pẻo, người Vân Kiều, Đội trưởng Đội công tác Đồn Biên phòng Cù Bai.",
            &[("Hồ Văn Pẻo", Some("Đội trưởng Đội công tác Đồn Biên phòng Cù Bai"))],
        ),
        (
            "Chị Nông Thị Hiền, 33 tuổi, đảng viên Chi bộ thôn 2, là Giám đốc Hợp tác xã Hồng Phong.",
            &[("Nông Thị Hiền", Some("Giám đốc Hợp tác xã Hồng Phong"))],
        ),
        (
            "Bà Điểu Thị Lan, Vụ trưởng Vụ Địa phương, cho biết.",
            &[("Điểu Thị Lan", Some("Vụ trưởng Vụ Địa phương"))],
        ),
        // An office that runs on through a place before the name: the
        // place's name ends where the person's begins; a place numbered
        // with `số` is the office's too.
        (
            "Bí thư Chi bộ nghề cá xã Tam Quang Lê Văn Tám cho biết chi bộ sinh hoạt đều.",
            &[("Lê Văn Tám", Some("Bí thư Chi bộ nghề cá xã Tam Quang"))],
        ),
        (
            "Bí thư Chi bộ khu dân cư số 5 Đặng Văn Hòa nhận xét.",
            &[("Đặng Văn Hòa", Some("Bí thư Chi bộ khu dân cư số 5"))],
        ),
        // Nor one past a time or a place word, nor an office whose holder
        // is named right after it, nor past a person joined by `và`.
        (
            "Theo ông Nguyễn Văn Hùng, trước đây, Chủ tịch UBND xã Trần Văn Bình đã về thăm.",
            &[
                ("Nguyễn Văn Hùng", None),
                ("Trần Văn Bình", Some("Chủ tịch UBND xã")),
            ],
        ),
        (
            "Anh Trần Văn Khởi, 30 tuổi, và chị Lê Thị Hoa, Chủ tịch Hội Phụ nữ xã, cùng tham gia.",
            &[
                ("Trần Văn Khởi", None),
                ("Lê Thị Hoa", Some("Chủ tịch Hội Phụ nữ xã")),
            ],
        ),
        // A descriptor that names someone else gives its office to no one
        // (`ông Thào` is the one honoured), nor does a capitalised one.
        (
            "Anh Thào A Chứ, con trai ông Thào Seo Lử, Bí thư Chi bộ bản.",
            &[("Thào A Chứ", None), ("Thào Seo Lử", Some("Bí thư Chi bộ bản"))],
        ),
        // A school's letter is not a short name.
        ("Thầy Vi Văn Khởi – Hiệu trưởng trường Tiểu học Phước Hà A trao hoa.", &[("Vi Văn Khởi", Some("Hiệu trưởng trường Tiểu học Phước Hà A"))]),
        // Sentence-initial capitals and all-caps headlines are not names.
        ("Trong năm qua, Huyện ủy chỉ đạo tốt. Qua đó Đảng bộ phát triển.", &[]),
        ("HUYỆN ỦY ĐĂK GLEI KẾT NẠP 640 ĐẢNG VIÊN MỚI", &[]),
    ];
    for &(text, want) in cases {
        let got = people(text);
        let want: Vec<(String, Option<String>)> = want
            .iter()
            .map(|(n, r)| (n.to_string(), r.map(String::from)))
            .collect();
        assert_eq!(got, want, "{text}");
    }
}

/// A person whose role is in brackets spans the closing bracket too.
#[test]
fn bracketed_role_closes_in_the_span() {
    let text = "Ông Lê Văn Cường (Bí thư Chi bộ thôn 2) cho biết.";
    let found = find(text);
    let person = found.iter().find(|m| m.kind == MatchKind::Person).unwrap();
    assert_eq!(person.text(text), "Lê Văn Cường (Bí thư Chi bộ thôn 2)");
}

#[test]
fn all_caps_chains_are_not_places() {
    let text = "HUYEN UY DAK GLEI KET NAP GAN 640 DANG VIEN MOI";
    let found = find(text);
    assert!(found.names().next().is_none(), "{:?}", found.as_slice());
    // ... but the terms are still found in unaccented capitals.
    let ids: Vec<&str> = found.terms().filter_map(|m| m.concept_id()).collect();
    assert!(
        ids.contains(&"org.huyen_uy") && ids.contains(&"people.dang_vien_moi"),
        "{ids:?}"
    );
}

/// A number after a place's name ends the name only when it is a whole
/// small number: the first digits of `2,3 tỷ` or `18,1%` are no `tỉnh 2`.
#[test]
fn decimal_numbers_are_no_numbered_places() {
    let names = |text: &str| -> Vec<String> {
        find(text)
            .names()
            .map(|m| m.text(text).to_string())
            .collect()
    };
    for text in [
        "Số thu lớn là Đảng bộ Than Quảng Ninh 6,75 tỷ đồng, Đảng bộ Khối Doanh nghiệp tỉnh 2,3 tỷ đồng.",
        "Đảng bộ TP Hạ Long 1,86 tỷ đồng.",
        "Tỷ lệ của huyện 18,1%.",
    ] {
        let found = names(text);
        assert!(
            found.iter().all(|n| !n.contains(|c: char| c.is_ascii_digit())),
            "{text}: {found:?}"
        );
    }
    assert_eq!(
        names("Đảng ủy xã Quế Xuân 1 kết nạp 6 đảng viên."),
        ["Đảng ủy xã Quế Xuân 1"]
    );
    // Three digits after a place word count, they number no unit.
    let text = "Năm 2024, tỉnh giao cho huyện 180 công dân nhập ngũ.";
    assert!(names(text).iter().all(|n| !n.contains("180")), "{text}");
}

/// The names of organisations and places found in `text`, as written.
fn org_names(text: &str) -> Vec<String> {
    find(text)
        .names()
        .filter(|m| m.kind != MatchKind::Person)
        .map(|m| m.text(text).to_string())
        .collect()
}

/// After an office and a committee, a person's name ends the committee; a
/// ward named after a person stays a ward with no office before it.
#[test]
fn committees_before_a_persons_name() {
    for (text, want) in [
        ("Phó Bí thư Huyện ủy Đoàn Thị Mỹ Linh trình bày.", vec![]),
        (
            "Trưởng Ban Tổ chức Đảng ủy phường Huỳnh Minh Trí cho biết.",
            vec![],
        ),
        (
            "Đảng ủy phường Võ Thị Sáu cho biết có 40 chi bộ.",
            vec!["Đảng ủy phường Võ Thị Sáu"],
        ),
        (
            "Bí thư Đoàn Khối Cơ quan tỉnh Gia Lai dự.",
            vec!["Đoàn Khối Cơ quan tỉnh Gia Lai"],
        ),
    ] {
        assert_eq!(org_names(text), want, "{text}");
    }
}

/// A place whose name starts with a word that makes a term with the place
/// word before it (`xã Viên Bình`, not `xã viên`, a cooperative's member).
#[test]
fn a_place_named_with_a_word_of_a_term() {
    assert_eq!(
        org_names("Năm 2024, Đảng bộ xã Viên Bình kết nạp 7 đảng viên."),
        ["Đảng bộ xã Viên Bình"]
    );
    let text = "Hợp tác xã có 45 xã viên.";
    assert!(find(text).terms().any(|t| t.text(text) == "xã viên"));
}

/// Names written with abbreviations: `TP.HCM` (whose `TP` is also a term),
/// `GD&ĐT`; a school's kind in capitals before a person's name that names it.
#[test]
fn names_with_abbreviations_and_schools_named_after_people() {
    assert_eq!(
        org_names("Sáng 17/5, Đảng ủy ĐHQG TP.HCM tổ chức hội nghị."),
        ["Đảng ủy ĐHQG TP.HCM"]
    );
    assert_eq!(
        org_names("Đảng bộ Sở GD&ĐT hiện có 41 tổ chức cơ sở đảng."),
        ["Đảng bộ Sở GD&ĐT"]
    );
    let text =
        "Thầy Võ Minh Trí, Hiệu trưởng kiêm Bí thư Chi bộ Trường THPT Châu Văn Liêm cho biết.";
    assert_eq!(org_names(text), ["Chi bộ Trường THPT Châu Văn Liêm"]);
    assert_eq!(people(text).len(), 1, "{:?}", people(text));
    // A person after the school's own name is still a person.
    let text = "Bí thư Chi bộ Trường THPT Nguyễn Du Trần Văn An phát biểu.";
    assert_eq!(
        people(text),
        [(
            "Trần Văn An".to_string(),
            Some("Bí thư Chi bộ Trường THPT Nguyễn Du".to_string())
        )]
    );
}

/// Schools, hospitals and faculties named by their fields (`Bách khoa`,
/// `Kỹ thuật y tế`: official names capitalise only a field's first
/// syllable), joined by a dash, with `Trung ương` after one, or after a
/// person; academies (`Học viện`).
#[test]
fn names_of_schools_and_hospitals_by_field() {
    let table = [
        (
            "Trường Đại học Kỹ thuật y tế Hải Dương (12 đảng viên).",
            "Trường Đại học Kỹ thuật y tế Hải Dương",
        ),
        (
            "Đảng bộ Trường ĐH Bách khoa có 300 đảng viên.",
            "Đảng bộ Trường ĐH Bách khoa",
        ),
        (
            "Trường ĐH Kinh tế - Luật (142 sinh viên).",
            "Trường ĐH Kinh tế - Luật",
        ),
        (
            "Trường Đại học Sư phạm kỹ thuật Vinh có 30 đảng viên.",
            "Trường Đại học Sư phạm kỹ thuật Vinh",
        ),
        (
            "Chi bộ Khoa Hóa học kết nạp 2 đảng viên.",
            "Chi bộ Khoa Hóa học",
        ),
        (
            "Đảng bộ Bệnh viện Đa khoa Trung ương Cần Thơ có 600 đảng viên.",
            "Đảng bộ Bệnh viện Đa khoa Trung ương Cần Thơ",
        ),
        (
            "Đảng bộ Trường Đại học Phạm Văn Đồng có 187 đảng viên.",
            "Đảng bộ Trường Đại học Phạm Văn Đồng",
        ),
        (
            "Học viện Nông nghiệp Việt Nam có 40 đảng viên.",
            "Học viện Nông nghiệp Việt Nam",
        ),
        // Two words of one syllable joined by a dash.
        (
            "Đảng bộ Bệnh viện Sản - Nhi Ninh Bình có 14 chi bộ.",
            "Đảng bộ Bệnh viện Sản - Nhi Ninh Bình",
        ),
        (
            "Trường Đại học Y - Dược có 31 sinh viên.",
            "Trường Đại học Y - Dược",
        ),
        // A name of fields only is completed by its place.
        (
            "Đảng bộ Bệnh viện Đa khoa tỉnh Nam Định có 29 chi bộ.",
            "Đảng bộ Bệnh viện Đa khoa tỉnh Nam Định",
        ),
        (
            "Chi bộ Trường Công nghệ thông tin và Truyền thông có 9 đảng viên.",
            "Chi bộ Trường Công nghệ thông tin và Truyền thông",
        ),
        // `khóm`, a quarter of a Mekong town, with its number.
        ("Chi bộ Khóm 5 hiện có 61 đảng viên.", "Chi bộ Khóm 5"),
        // A state farm (`nông trường`) is no school cut off at `trường`.
        (
            "Chi bộ Nông trường Minh Đức có 7 quần chúng ưu tú.",
            "Chi bộ Nông trường Minh Đức",
        ),
    ];
    for (text, want) in table {
        assert_eq!(org_names(text), [want], "{text}");
    }
    // A field in small letters after a place is no part of its name.
    let text = "Đảng bộ xã Tân Phú kinh tế phát triển, có 300 đảng viên.";
    assert_eq!(org_names(text), ["Đảng bộ xã Tân Phú"]);
    // `học viên` (trainees) is still counted, not an academy.
    let text = "Lớp có 677 học viên.";
    assert!(concepts(text)
        .iter()
        .any(|(t, id)| t == "học viên" && id == "people.hoc_vien"));
}

// ---------------------------------------------------------------- accents

fn concepts(text: &str) -> Vec<(String, String)> {
    find(text)
        .terms()
        .map(|m| {
            (
                m.text(text).to_string(),
                m.concept_id().unwrap_or("-").to_string(),
            )
        })
        .collect()
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

#[test]
fn written_marks_pick_ban_or_ban() {
    // Committee (Ban) and village (bản) share the folded key `ban`.
    assert_eq!(
        concepts("Ban Tổ chức và Ban Dân vận; bản Huổi Lếch có 5 bản"),
        pairs(&[
            ("Ban Tổ chức", "org.ban_to_chuc"),
            ("Ban Dân vận", "org.ban_dan_van"),
            ("bản", "admin.ban"),
            ("bản", "admin.ban")
        ])
    );
    assert_eq!(
        concepts("các ban xây dựng Đảng"),
        pairs(&[("ban xây dựng Đảng", "org.ban_xay_dung_dang")])
    );
    assert_eq!(concepts("cái ban ấy"), pairs(&[("ban", "org.ban")]));
    // `bàn` (table) contradicts both.
    assert_eq!(concepts("chiếc bàn"), vec![]);
    assert_eq!(
        concepts("bàn bạc kỹ trong chi bộ"),
        pairs(&[("chi bộ", "org.chi_bo")])
    );
}

#[test]
fn missing_marks_match_and_contradicting_marks_do_not() {
    assert_eq!(
        concepts("doi tuong"),
        pairs(&[("doi tuong", "people.doi_tuong")])
    );
    assert_eq!(
        concepts("đôi tượng tạo nguồn. Việc"),
        pairs(&[
            ("đôi tượng", "people.doi_tuong"),
            ("tạo nguồn", "event.tao_nguon")
        ])
    );
    // A tone that is written must be the term's tone.
    assert_eq!(concepts("đôi tuờng"), vec![]);
    // A written tone means the syllable is fully marked: `áp` is not `ấp`.
    assert_eq!(concepts("áp"), vec![]);
    assert_eq!(concepts("ấp"), pairs(&[("ấp", "admin.ap")]));
    // Longest fit wins, and a rejected longest falls back to a shorter term.
    assert_eq!(
        concepts("đảng viên mới"),
        pairs(&[("đảng viên mới", "people.dang_vien_moi")])
    );
    assert_eq!(
        concepts("đảng viên mỗi năm"),
        pairs(&[("đảng viên", "people.dang_vien"), ("năm", "unit.nam")])
    );
}

#[test]
fn accented_text_needs_marks_on_short_terms() {
    // In accented text `quan tâm` is not `quận`, `đang` is not `Đảng`, `ngay` is not `ngày`.
    let text = "Huyện ủy luôn quan tâm, đang chỉ đạo ngay các chi bộ phát triển đảng viên.";
    let ids: Vec<String> = concepts(text).into_iter().map(|(_, id)| id).collect();
    assert_eq!(
        ids,
        ["org.huyen_uy", "org.chi_bo", "event.phat_trien_dang_vien"]
    );
    // A multi-syllable term may miss a tone (typed quickly), as in seed 003.
    assert_eq!(
        concepts("ở thôn, khối phô và đôi tượng"),
        pairs(&[
            ("thôn", "admin.thon"),
            ("khối phô", "admin.khoi_pho"),
            ("đôi tượng", "people.doi_tuong")
        ])
    );
    // A capitalised word missing a tone is a name, not a typo: the byline `Phương Mai`
    // is not `phường Mai`.
    let text = "Kết quả, lớp học có 100% học viên đạt khá giỏi.\n\nPhương Mai\n";
    assert!(find(text)
        .iter()
        .all(|m| !m.text(text).starts_with("Phương")));
    // A one-syllable place word lacks no mark in accented text, even with
    // a vowel mark written (`quân` is not `quận`, as `sô` may be `số`).
    let ids: Vec<String> = concepts("Huyện ủy giảm bình quân 3% mỗi năm, quận 3 có 25 chi bộ.")
        .into_iter()
        .map(|(_, id)| id)
        .collect();
    assert_eq!(
        ids,
        [
            "org.huyen_uy",
            "rel.giam",
            "unit.nam",
            "admin.quan",
            "org.chi_bo"
        ]
    );
    // Short unaccented text stays lenient.
    assert_eq!(concepts("quan"), pairs(&[("quan", "admin.quan")]));
}

#[test]
fn case_and_tone_placement_do_not_matter() {
    for text in [
        "Ủy ban Kiểm tra",
        "Uỷ ban kiểm tra",
        "ỦY BAN KIỂM TRA",
        "U\u{309}y ban kiê\u{309}m tra",
    ] {
        assert_eq!(
            concepts(text),
            pairs(&[(text, "org.uy_ban_kiem_tra")]),
            "{text}"
        );
    }
    let found = find("Hoà Bình: Huyện uỷ");
    let m = found.terms().next().unwrap();
    assert_eq!(m.canonical(), Some("huyện ủy"));
}

fn strip_marks(s: &str) -> String {
    s.nfd()
        .filter(|c| !('\u{300}'..='\u{36f}').contains(c))
        .map(|c| match c {
            'đ' => 'd',
            'Đ' => 'D',
            c => c,
        })
        .collect()
}

#[test]
fn articles_typed_without_diacritics_still_match() {
    for seed in ["000", "003", "004"] {
        let doc = corpus(seed);
        let bare = strip_marks(&doc);
        let count = |text: &str, id: &str| {
            find(text)
                .terms()
                .filter(|m| m.concept_id() == Some(id))
                .count()
        };
        for id in [
            "people.dang_vien",
            "people.dang_vien_moi",
            "people.quan_chung_uu_tu",
            "org.huyen_uy",
            "org.to_chuc_co_so_dang",
            "event.ket_nap",
        ] {
            assert_eq!(count(&bare, id), count(&doc, id), "{seed} {id}");
        }
        let names = |text: &str| -> Vec<String> {
            find(text)
                .names()
                .map(|m| strip_marks(m.name_text(text).unwrap()))
                .collect()
        };
        assert_eq!(names(&bare), names(&doc), "{seed}");
    }
}

// ---------------------------------------------------------------- lexicons

#[test]
fn default_lexicon_covers_the_issue_list() {
    let lexicon = Lexicon::default();
    let matcher = TermMatcher::shared();
    let must = [
        "đảng bộ",
        "chi bộ",
        "tổ chức cơ sở đảng",
        "TCCSĐ",
        "TCCS",
        "đảng bộ cơ sở",
        "chi bộ cơ sở",
        "chi bộ trực thuộc",
        "đảng ủy",
        "chi ủy",
        "cấp ủy",
        "huyện ủy",
        "tỉnh ủy",
        "thị ủy",
        "thành ủy",
        "Ban Thường vụ",
        "Ban Chấp hành",
        "Ban Tổ chức",
        "Ban Tuyên giáo",
        "Ủy ban Kiểm tra",
        "Mặt trận Tổ quốc",
        "MTTQ",
        "Đoàn Thanh niên",
        "Hội Phụ nữ",
        "Hội Nông dân",
        "Hội Cựu chiến binh",
        "UBND",
        "HĐND",
        "đảng viên",
        "đảng viên mới",
        "đảng viên dự bị",
        "đảng viên chính thức",
        "quần chúng ưu tú",
        "cảm tình đảng",
        "đoàn viên",
        "hội viên",
        "học viên",
        "cán bộ",
        "Bí thư",
        "Phó Bí thư",
        "Phó Bí thư Thường trực",
        "Trưởng ban",
        "Phó Trưởng ban",
        "Chủ tịch",
        "Phó Chủ tịch",
        "Ủy viên",
        "Chủ nhiệm",
        "Trưởng thôn",
        "Tỉnh ủy viên",
        "kết nạp",
        "phát triển đảng viên",
        "chuyển đảng chính thức",
        "chuyển sinh hoạt",
        "khai trừ",
        "xóa tên",
        "kỷ luật",
        "miễn sinh hoạt",
        "bồi dưỡng",
        "tạo nguồn",
        "giới thiệu",
        "hoàn thành xuất sắc nhiệm vụ",
        "hoàn thành tốt nhiệm vụ",
        "trong sạch vững mạnh",
        "yếu kém",
        "không hoàn thành nhiệm vụ",
        "kế hoạch",
        "chỉ tiêu",
        "mục tiêu",
        "nghị quyết",
        "tổng số",
        "tỉnh",
        "thành phố",
        "huyện",
        "quận",
        "thị xã",
        "xã",
        "phường",
        "thị trấn",
        "thôn",
        "bản",
        "ấp",
        "buôn",
        "làng",
        "tổ dân phố",
        "khu phố",
        "khối phố",
        "Nghị quyết",
        "Quyết định",
        "Quy định",
        "Chỉ thị",
        "Hướng dẫn",
        "Kết luận",
        "Kế hoạch",
        "Thông tri",
        "Điều lệ Đảng",
        "Đề án",
        "Công văn",
        "Thông báo",
        "Đồng chí",
        "Ông",
        "Bà",
        "Anh",
        "Chị",
        "chuyển chính thức",
        "trao huy hiệu",
        "khen thưởng",
        "thành lập",
        "giải thể",
        "bầu",
        "đạt",
        "vượt",
        "chiếm",
        "tăng",
        "giảm",
        "bằng",
        "phấn đấu",
        "giao",
        "lớp",
        "lượt",
        "nhân tố",
        "chi đoàn",
        "hộ",
        "người",
    ];
    for term in must {
        let found = matcher.find_terms_only(term);
        assert!(
            found.len() == 1 && found[0].span == (0..term.len()),
            "{term:?} is not one whole term: {found:?}"
        );
    }
    let ethnic = lexicon
        .concepts()
        .iter()
        .filter(|c| c.category == Category::Ethnicity)
        .count();
    assert_eq!(ethnic, 54);
    for text in [
        "dân tộc Ê Đê",
        "người Khmer",
        "đồng bào Mông",
        "dân tộc Tày",
    ] {
        let found = matcher.find_terms_only(text);
        assert_eq!(found.len(), 1, "{text}");
        assert_eq!(found[0].category(), Some(Category::Ethnicity), "{text}");
    }
    // Concept metadata is filled in.
    let c = lexicon.get("org.to_chuc_co_so_dang").unwrap();
    assert_eq!(c.canonical, "tổ chức cơ sở đảng");
    assert!(c.variants.iter().any(|v| v == "TCCSĐ"));
    assert_eq!(c.gloss, "grassroots party organisation");
}

#[test]
fn abbreviations_only_match_capitals() {
    assert_eq!(
        concepts("UBND xã"),
        pairs(&[("UBND", "org.ubnd"), ("xã", "admin.xa")])
    );
    assert_eq!(concepts("ubnd"), vec![]);
    assert_eq!(concepts("Ubnd"), vec![]);
}

#[test]
fn user_lexicon_adds_and_overrides() {
    let user = "\
# a user lexicon
fund.qtd\torganisation\tquỹ tín dụng\tQTD|quỹ tín dụng nhân dân\tcredit fund
admin.xa\tadmin_unit\txã\t\tcommune (overridden gloss)
num.so\treference\tsố\t\tnumber
";
    let lexicon = Lexicon::default().with(Lexicon::from_tsv(user).unwrap());
    assert_eq!(
        lexicon.get("admin.xa").unwrap().gloss,
        "commune (overridden gloss)"
    );
    let matcher = TermMatcher::new(lexicon).unwrap();
    let text = "Xã có 3 quỹ tín dụng nhân dân và 2 QTD.";
    let ids: Vec<_> = matcher
        .find(text)
        .terms()
        .map(|m| {
            (
                m.text(text).to_string(),
                m.concept_id().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        ids,
        pairs(&[
            ("Xã", "admin.xa"),
            ("quỹ tín dụng nhân dân", "fund.qtd"),
            ("QTD", "fund.qtd")
        ])
    );
    // `sô` (a typo for `số`) matches: a missing mark is compatible.
    let ids = |text: &str| -> Vec<String> {
        matcher
            .find(text)
            .terms()
            .map(|m| format!("{}={}", m.text(text), m.concept_id().unwrap()))
            .collect()
    };
    assert_eq!(
        ids("theo Quyết định sô 1090 của Ban Thường vụ"),
        [
            "Quyết định=doc.quyet_dinh",
            "sô=num.so",
            "Ban Thường vụ=org.ban_thuong_vu"
        ]
    );
    assert_eq!(
        ids("theo Quyet dinh so 1090"),
        ["Quyet dinh=doc.quyet_dinh", "so=num.so"]
    );
    // ... but `sổ` (a notebook) is not `số`.
    assert_eq!(ids("ghi vào sổ"), Vec::<String>::new());
}

#[test]
fn lexicon_errors_name_the_line() {
    let cases = [
        ("a\torganisation\n", "line 1: expected 3 to 5"),
        ("# c\n\nx.y\tnope\tz\n", "line 3: unknown category \"nope\""),
        ("x y\tother\tz\n", "line 1: invalid concept id"),
        ("x\tother\t \n", "line 1: concept x: empty canonical form"),
        (
            "x\tother\ta\nx\tother\tb\n",
            "line 2: duplicate concept id x",
        ),
        ("x\tother\ta\tb\tc\td\n", "line 1: expected 3 to 5"),
    ];
    for (text, want) in cases {
        let err = Lexicon::from_tsv(text).unwrap_err().to_string();
        assert!(err.starts_with(want), "{text:?}: {err}");
    }
    match Lexicon::from_path("/nonexistent/lexicon.tsv") {
        Err(LexiconError::Io { path, .. }) => assert!(path.ends_with("lexicon.tsv")),
        other => panic!("{other:?}"),
    }
    let dir = std::env::temp_dir().join(format!("tintuc-lexicon-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad.tsv");
    std::fs::write(&bad, "ok\tother\tfine\nbad\n").unwrap();
    let err = Lexicon::from_path(&bad).unwrap_err().to_string();
    assert!(err.contains("bad.tsv") && err.contains("line 2"), "{err}");
    let good = dir.join("good.tsv");
    std::fs::write(&good, "\u{feff}x.hop\tevent\thọp\t\tmeet\n").unwrap();
    assert_eq!(Lexicon::from_path(&good).unwrap().len(), 1);
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn built_in_data_files_parse_and_ids_are_unique() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/lexicon/data");
    let mut total = 0;
    let mut ids = std::collections::HashSet::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().and_then(|e| e.to_str()) != Some("tsv") {
            continue;
        }
        let lexicon = Lexicon::from_path(&path).unwrap();
        for c in lexicon.concepts() {
            assert!(
                ids.insert(c.id.clone()),
                "duplicate id {} in {}",
                c.id,
                path.display()
            );
            assert!(!c.gloss.is_empty(), "{} has no gloss", c.id);
        }
        total += lexicon.len();
    }
    assert_eq!(total, Lexicon::default().len());
}

/// A form listed for two concepts of one category matches only one of
/// them: the other's line is dead data (`giáo dục` was in `other.tsv` and
/// `fields.tsv`).
#[test]
fn no_form_is_listed_twice_in_one_category() {
    let mut seen = std::collections::HashMap::new();
    for c in Lexicon::default().concepts() {
        for form in c.forms() {
            let key = (c.category, form.to_lowercase());
            if let Some(other) = seen.insert(key, c.id.clone()) {
                assert_eq!(other, c.id, "{form:?} is listed for {other} and {}", c.id);
            }
        }
    }
}

// ---------------------------------------------------------------- abbreviations

#[test]
fn abbreviations_defined_in_the_document_are_learned() {
    let text =
        "Hội Cựu chiến binh (HCCB) xã có 120 hội viên. Năm nay HCCB kết nạp thêm 5 hội viên.";
    let found = find(text);
    let learned: Vec<&Match> = found.terms().filter(|m| m.learned).collect();
    assert_eq!(learned.len(), 2, "{:?}", found.as_slice());
    for m in learned {
        assert_eq!(m.text(text), "HCCB");
        assert_eq!(m.concept_id(), Some("org.hoi_cuu_chien_binh"));
        assert_eq!(m.expansion.as_deref(), Some("Hội Cựu chiến binh"));
    }
    // Not learned in another document.
    assert!(find("Năm nay HCCB kết nạp")
        .terms()
        .all(|m| m.text("Năm nay HCCB kết nạp") != "HCCB"));
    // Not before its definition.
    let text = "HCCB trước. Hội Cựu chiến binh (HCCB) sau.";
    assert_eq!(find(text).terms().filter(|m| m.learned).count(), 1);
}

/// A common noun in capitals names no organisation: it is not learned as one.
#[test]
fn abbreviations_of_common_nouns_are_no_organisations() {
    let orgs = |text: &str| -> Vec<String> {
        find(text)
            .names()
            .filter(|m| m.kind == MatchKind::Organisation && m.learned)
            .map(|m| m.text(text).to_string())
            .collect()
    };
    let text = "Phát triển đảng viên trong lực lượng dân quân tự vệ (DQTV). Tỷ lệ đảng viên trong DQTV đạt 24,7%.";
    assert!(orgs(text).is_empty(), "{:?}", orgs(text));
    let text = "Phóng viên (PV): Thưa đồng chí?\nPV: Xin cảm ơn.";
    assert!(orgs(text).is_empty(), "{:?}", orgs(text));
    // A proper name still is.
    let text = "Hợp tác xã Quyết Thắng (HTXQT) có 31 xã viên. HTXQT kết nạp 5 đảng viên.";
    assert_eq!(orgs(text), ["HTXQT", "HTXQT"]);
}

#[test]
fn abbreviation_of_a_named_organisation() {
    let doc = corpus("002");
    let found = find(&doc);
    let uses: Vec<&Match> = found
        .iter()
        .filter(|m| m.expansion.as_deref() == Some("cơ quan Dân Chính Đảng"))
        .collect();
    assert_eq!(uses.len(), 2, "{uses:?}");
    // The definition itself and `Đảng uỷ CQDCĐ tỉnh`, an organisation named by it.
    assert_eq!(uses[0].text(&doc), "CQDCĐ");
    assert_eq!(uses[1].text(&doc), "Đảng uỷ CQDCĐ tỉnh");
    assert_eq!(uses[1].kind, MatchKind::Organisation);
    assert_eq!(uses[1].name_text(&doc), Some("CQDCĐ"));
}

#[test]
fn tccsd_definition_matches_later_uses() {
    let doc = corpus("001");
    let found = find(&doc);
    let tccsd: Vec<&Match> = found.terms().filter(|m| m.text(&doc) == "TCCSĐ").collect();
    assert_eq!(tccsd.len(), 3);
    assert!(tccsd
        .iter()
        .all(|m| m.concept_id() == Some("org.to_chuc_co_so_dang")));
}

// ---------------------------------------------------------------- queries

#[test]
fn offset_queries() {
    let text = "Đảng bộ huyện Lâm Hà có 49 tổ chức cơ sở đảng, trong đó có 21 đảng bộ cơ sở.";
    let found = find(text);
    let at = text.find("49").unwrap();
    assert_eq!(found.term_before(at).unwrap().canonical(), Some("huyện"));
    assert_eq!(
        found.term_after(at).unwrap().canonical(),
        Some("tổ chức cơ sở đảng")
    );
    assert!(found.term_at(at).is_none());
    let inside = text.find("cơ sở đảng").unwrap();
    assert_eq!(
        found.term_at(inside).unwrap().concept_id(),
        Some("org.to_chuc_co_so_dang")
    );
    let covering: Vec<MatchKind> = found
        .covering(text.find("Lâm").unwrap())
        .map(|m| m.kind)
        .collect();
    assert_eq!(covering, [MatchKind::Organisation]);
    let covering: Vec<MatchKind> = found.covering(0).map(|m| m.kind).collect();
    assert_eq!(covering, [MatchKind::Organisation, MatchKind::Term]);
    let before: Vec<&str> = found.terms_before(at).map(|m| m.text(text)).collect();
    assert_eq!(before, ["huyện", "Đảng bộ"]);
    let after: Vec<&str> = found
        .terms_after(at)
        .take(2)
        .map(|m| m.text(text))
        .collect();
    assert_eq!(after, ["tổ chức cơ sở đảng", "đảng bộ cơ sở"]);
    let subject = found.names_before(at).next().unwrap();
    assert_eq!(subject.name_text(text), Some("Lâm Hà"));
    assert!(found.names_before(3).next().is_none());
    assert!(found.term_before(0).is_none());
    assert!(found.term_after(text.len()).is_none());
    // Sorted by start, longer first.
    let all = found.as_slice();
    for w in all.windows(2) {
        assert!(
            (w[0].span.start, std::cmp::Reverse(w[0].span.end))
                <= (w[1].span.start, std::cmp::Reverse(w[1].span.end))
        );
    }
}

#[test]
fn matcher_is_shared_across_threads() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<TermMatcher>();
    let doc = corpus("000");
    let expected = find(&doc).len();
    std::thread::scope(|s| {
        let handles: Vec<_> = (0..4)
            .map(|_| s.spawn(|| TermMatcher::shared().find(&doc).len()))
            .collect();
        for h in handles {
            assert_eq!(h.join().unwrap(), expected);
        }
    });
}

// ---------------------------------------------------------------- properties

/// Words the generator builds sentences from: terms, names, fillers, punctuation.
const WORDS: &[&str] = &[
    "Đảng bộ",
    "huyện",
    "Lâm Hà",
    "kết nạp",
    "đảng viên mới",
    "Huyện ủy",
    "Núi Thành",
    "hòa",
    "thủy",
    "Ủy ban Kiểm tra",
    "khỏe",
    "Hòa Bình",
    "tổ chức cơ sở đảng",
    "(TCCSĐ)",
    "TCCSĐ",
    "bản",
    "Ban",
    "xã",
    "Tứ Quận",
    "Đồng chí",
    "Phạm Thị Phúc",
    "-",
    "Bí thư",
    "cho biết",
    ",",
    ".",
    "có",
    "49",
    "thôn",
    "Mỹ Hoa",
    "quần chúng ưu tú",
    "thúy",
    "ủy viên",
    "Chi ủy viên",
    "đạt",
    "100%",
    "kế hoạch",
    "quan tâm",
    "\n",
    "Thuý",
    "người Mông",
    "UBND",
    "tỉnh",
    "ngoài",
    "khoẻ mạnh",
];

fn variants(text: &str) -> Vec<String> {
    vec![
        text.nfc().collect(),
        text.nfd().collect(),
        Normalizer::new().normalize(text).text().to_string(),
        Normalizer::new()
            .style(ToneStyle::New)
            .normalize(text)
            .text()
            .to_string(),
    ]
}

/// Matches described independently of the byte encoding: offsets in the normalized
/// (NFC, traditional) text, and the normalized matched text.
fn portable(text: &str) -> Vec<(MatchKind, Option<String>, usize, String)> {
    let norm = |s: &str| Normalizer::new().normalize(s).text().to_string();
    find(text)
        .iter()
        .map(|m| {
            (
                m.kind,
                m.concept_id().map(String::from),
                norm(&text[..m.span.start]).len(),
                norm(m.text(text)),
            )
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn same_matches_for_every_encoding_and_tone_placement(
        words in proptest::collection::vec(proptest::sample::select(WORDS), 1..40)
    ) {
        let text = words.join(" ");
        let all = variants(&text);
        let reference = portable(&all[0]);
        for v in &all[1..] {
            prop_assert_eq!(&portable(v), &reference, "variant {:?} of {:?}", v, text);
        }
    }

    #[test]
    fn never_panics_and_spans_slice_the_input(text in "\\PC{0,200}") {
        check_spans(&text);
    }

    #[test]
    fn never_panics_on_vietnamese_like_noise(
        text in "[ a-zA-ZđĐăâêôơưĂÂÊÔƠƯàáảãạÀÁẢÃẠ\u{300}\u{301}\u{309}\u{303}\u{323}()\\-,.:;–\n0-9]{0,200}"
    ) {
        check_spans(&text);
    }
}

fn check_spans(text: &str) {
    let found = find(text);
    for m in found.iter() {
        assert!(text.get(m.span.clone()).is_some(), "{m:?}");
        for r in [&m.name, &m.role].into_iter().flatten() {
            assert!(text.get(r.clone()).is_some(), "{m:?}");
        }
    }
}

/// With word boundaries on, a one-syllable unit inside a longer word is not a unit;
/// every other term is found as without.
#[test]
fn word_boundaries_keep_units_out_of_longer_words() {
    use tintuc::segment::Segmenter;
    let words = TermMatcher::builder(Lexicon::default())
        .words(Segmenter::new())
        .build()
        .unwrap();
    let plain = TermMatcher::shared();
    let is_unit = |t: &Match| {
        matches!(
            t.category(),
            Some(Category::AdminUnit | Category::Organisation)
        ) && !t.canonical().unwrap_or(" ").contains(' ')
    };
    let units = |m: &TermMatcher, text: &str| -> Vec<String> {
        m.find(text)
            .terms()
            .filter(|t| is_unit(t))
            .map(|t| t.text(text).to_string())
            .collect()
    };
    let others = |m: &TermMatcher, text: &str| -> Vec<(usize, String)> {
        m.find(text)
            .terms()
            .filter(|t| !is_unit(t))
            .map(|t| (t.span.start, t.concept_id().unwrap_or("-").to_string()))
            .collect()
    };
    let cases: &[(&str, &[&str])] = &[
        ("Chi hội chăm sóc 12 hộ nghèo.", &[]),
        (
            "Toàn huyện có 5 xã đạt chuẩn nông thôn mới.",
            &["huyện", "xã"],
        ),
        ("Chi bộ thôn Cây Nhãn có 30 đảng viên.", &["thôn"]),
        ("Đảng bộ huyện Lâm Hà có 49 tổ chức cơ sở đảng.", &["huyện"]),
    ];
    for (text, want) in cases {
        assert_eq!(units(&words, text), *want, "{text}");
        assert_eq!(others(&words, text), others(plain, text), "{text}");
    }
    // Without word boundaries the `sóc` of `chăm sóc` is taken for a hamlet.
    assert_eq!(units(plain, cases[0].0), ["sóc"]);
    // On whole articles only units can differ.
    for seed in ["000", "001", "002", "003", "004"] {
        let doc = corpus(seed);
        assert_eq!(others(&words, &doc), others(plain, &doc), "{seed}");
    }
}

/// `names_before` walks the names ending at or before an offset, nearest end first, then
/// the longer, then in text order: the same as filtering and sorting all of them.
#[test]
fn names_before_is_nearest_end_first_on_every_seed() {
    for seed in ["000", "001", "002", "003", "004"] {
        let doc = corpus(seed);
        let found = find(&doc);
        for offset in (0..=doc.len()).step_by(97).chain([doc.len()]) {
            let mut want: Vec<&Match> = found.names().filter(|m| m.span.end <= offset).collect();
            want.sort_by_key(|m| std::cmp::Reverse((m.span.end, m.span.len())));
            let got: Vec<&Match> = found.names_before(offset).collect();
            assert_eq!(got, want, "{seed} at {offset}");
        }
    }
}

/// `xây dựng Đảng` is listed only to block shorter terms; written with the capital of
/// `Đảng bộ` after it, it must leave `Đảng bộ` to the organisation.
#[test]
fn a_blocker_with_a_capital_inside_does_not_take_the_organisation() {
    let text = "Công tác xây dựng Đảng bộ huyện vững mạnh.";
    let ids: Vec<&str> = find(text).terms().filter_map(|m| m.concept_id()).collect();
    assert!(ids.contains(&"org.dang_bo"), "{ids:?}");
    assert!(!ids.contains(&"other.xay_dung_dang"), "{ids:?}");
}

/// `trụ sở` (head office) is a word of its own: its `sở` opens no
/// department's name (`Sở Nội vụ`), so the body housed there is named alone.
#[test]
fn a_head_office_is_no_department() {
    let text = "Tại trụ sở Đảng ủy xã Trà Tập, đồng chí Hồ Văn Điền cho biết.";
    let names: Vec<&str> = find(text).names().map(|m| &text[m.span.clone()]).collect();
    assert!(names.contains(&"Đảng ủy xã Trà Tập"), "{names:?}");
    assert!(!names.iter().any(|n| n.starts_with("sở")), "{names:?}");
    let text = "Lãnh đạo Sở Nội vụ làm việc tại trụ sở mới.";
    let names: Vec<&str> = find(text).names().map(|m| &text[m.span.clone()]).collect();
    assert!(names.contains(&"Sở Nội vụ"), "{names:?}");
}
