//! Normalization: table-driven cases with real spellings, and properties
//! over arbitrary input.

use proptest::prelude::*;
use tintuc::normalize::{fold, normalize, Normalizer, ToneStyle};
use unicode_normalization::UnicodeNormalization;

const STYLES: [ToneStyle; 3] = [ToneStyle::Traditional, ToneStyle::New, ToneStyle::Keep];

fn norm(s: &str, style: ToneStyle) -> String {
    Normalizer::new()
        .style(style)
        .normalize(s)
        .text()
        .to_string()
}

/// Real spellings from the seed articles and the papers they come from:
/// (as printed, traditional, 2018 rules).
const SPELLINGS: &[(&str, &str, &str)] = &[
    (
        "Đảng uỷ CQDCĐ tỉnh",
        "Đảng ủy CQDCĐ tỉnh",
        "Đảng uỷ CQDCĐ tỉnh",
    ),
    ("Các cấp uỷ cơ sở", "Các cấp ủy cơ sở", "Các cấp uỷ cơ sở"),
    ("Huyện ủy Lâm Hà", "Huyện ủy Lâm Hà", "Huyện uỷ Lâm Hà"),
    (
        "Ủy ban MTTQ Việt Nam",
        "Ủy ban MTTQ Việt Nam",
        "Uỷ ban MTTQ Việt Nam",
    ),
    (
        "“diễn biến hòa bình”",
        "“diễn biến hòa bình”",
        "“diễn biến hoà bình”",
    ),
    ("tự chuyển hóa", "tự chuyển hóa", "tự chuyển hoá"),
    (
        "Nghị quyết Trung ương 4 (khóa XII)",
        "Nghị quyết Trung ương 4 (khóa XII)",
        "Nghị quyết Trung ương 4 (khoá XII)",
    ),
    ("Triệu Thị Thủy", "Triệu Thị Thủy", "Triệu Thị Thuỷ"),
    ("trẻ hóa đội ngũ", "trẻ hóa đội ngũ", "trẻ hoá đội ngũ"),
    ("sức khỏe", "sức khỏe", "sức khoẻ"),
    ("Thanh Hoá", "Thanh Hóa", "Thanh Hoá"),
    ("Khánh Hòa", "Khánh Hòa", "Khánh Hoà"),
    (
        "Quảng Ngãi quý quỳnh",
        "Quảng Ngãi quý quỳnh",
        "Quảng Ngãi quý quỳnh",
    ),
    ("giá già giữa gìn", "giá già giữa gìn", "giá già giữa gìn"),
    (
        "hoàng thuyết khuyến hoạch khoảng",
        "hoàng thuyết khuyến hoạch khoảng",
        "hoàng thuyết khuyến hoạch khoảng",
    ),
    (
        "ngoài người mười khuỷu",
        "ngoài người mười khuỷu",
        "ngoài người mười khuỷu",
    ),
    ("HÒA BÌNH, ỦY BAN", "HÒA BÌNH, ỦY BAN", "HOÀ BÌNH, UỶ BAN"),
    ("Uỷ viên", "Ủy viên", "Uỷ viên"),
    (
        "thủy lợi, thuỷ sản",
        "thủy lợi, thủy sản",
        "thuỷ lợi, thuỷ sản",
    ),
    (
        "xoè hoa, loè loẹt",
        "xòe hoa, lòe loẹt",
        "xoè hoa, loè loẹt",
    ),
    ("tuỳ, tùy", "tùy, tùy", "tuỳ, tuỳ"),
];

#[test]
fn tone_placement_on_real_spellings() {
    for &(input, trad, new) in SPELLINGS {
        assert_eq!(
            norm(input, ToneStyle::Traditional),
            trad,
            "traditional: {input}"
        );
        assert_eq!(norm(input, ToneStyle::New), new, "new: {input}");
        assert_eq!(norm(input, ToneStyle::Keep), input, "keep: {input}");
        // The same text decomposed gives the same result.
        let nfd: String = input.nfd().collect();
        assert_eq!(
            norm(&nfd, ToneStyle::Traditional),
            trad,
            "NFD traditional: {input}"
        );
        assert_eq!(norm(&nfd, ToneStyle::New), new, "NFD new: {input}");
        assert_eq!(norm(&nfd, ToneStyle::Keep), input, "NFD keep: {input}");
    }
}

#[test]
fn folded_key_ignores_form_and_placement() {
    for &(input, trad, new) in SPELLINGS {
        let key = fold(input).into_string();
        let nfd: String = input.nfd().collect();
        assert_eq!(fold(trad).text(), key);
        assert_eq!(fold(new).text(), key);
        assert_eq!(fold(&nfd).text(), key);
        assert!(
            key.chars().all(|c| c.is_ascii() || !c.is_alphabetic()),
            "{key}"
        );
        assert_eq!(key, key.to_lowercase());
    }
    assert_eq!(fold("Đảng bộ ĐBP").text(), "dang bo dbp");
}

#[test]
fn windows_1258_style_input() {
    // CP1258 text decoded to Unicode: base letter (maybe with its shape mark
    // precomposed) followed by a combining tone mark.
    let input = "Ha\u{0300} Nô\u{0323}i, Đa\u{0309}ng u\u{0309}y, Hô\u{0300} Chi\u{0301} Minh";
    assert_eq!(normalize(input).text(), "Hà Nội, Đảng ủy, Hồ Chí Minh");
}

#[test]
fn whitespace_and_invisibles() {
    let cases = [
        ("a\u{00A0}b", "a b"),
        ("a\u{2009}b\u{202F}c\u{3000}d", "a b c d"),
        ("a\tb", "a b"),
        ("\u{FEFF}đầu", "đầu"),
        ("tự\u{00AD}giác", "tựgiác"),
        ("x\u{200B}y\u{200C}z\u{200D}w\u{2060}v", "xyzwv"),
        (
            "dòng 1\r\ndòng 2\rdòng 3\n\ndòng 4",
            "dòng 1\ndòng 2\ndòng 3\n\ndòng 4",
        ),
        ("a\u{2028}b\u{2029}c", "a\nb\nc"),
        ("nul\u{0}byte", "nulbyte"),
    ];
    for (input, want) in cases {
        assert_eq!(normalize(input).text(), want, "{input:?}");
    }
}

#[test]
fn corpus_spans_round_trip() {
    for entry in std::fs::read_dir("corpus").expect("corpus/ exists") {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "txt") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        for style in STYLES {
            let n = Normalizer::new().style(style).normalize(&text);
            // Every word of the normalized text maps to an original word with the same key.
            let t = n.text();
            let mut pos = 0;
            for w in t.split(' ') {
                let span = n.to_original(pos..pos + w.len());
                assert_eq!(
                    fold(&text[span]).text(),
                    fold(w).text(),
                    "{}",
                    path.display()
                );
                pos += w.len() + 1;
            }
            assert_eq!(fold(t).text(), fold(&text).text());
        }
    }
}

/// Vietnamese letters, marks, spaces and punctuation: inputs that exercise
/// the tone rules rather than only the fallback.
fn vietnamese_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => "[a-zA-ZàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđĐÀÁẢÃẠÊẾỂỄỆỦỤỲỶ]{1,7}",
        1 => "[ ,.\n\r\t\u{00A0}\u{200B}\u{00AD}]",
        1 => "[\u{0300}\u{0301}\u{0303}\u{0309}\u{0323}\u{0302}\u{0306}\u{031B}]",
        1 => "[0-9]{1,4}",
    ];
    prop::collection::vec(piece, 0..24).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn idempotent_on_vietnamese(s in vietnamese_text()) {
        for style in STYLES {
            let once = norm(&s, style);
            prop_assert_eq!(norm(&once, style), once.clone(), "style {:?}", style);
            prop_assert!(unicode_normalization::is_nfc(&once));
        }
    }

    #[test]
    fn idempotent_on_any_text(s in any::<String>()) {
        for style in STYLES {
            let once = norm(&s, style);
            prop_assert_eq!(norm(&once, style), once);
        }
    }

    #[test]
    fn fold_is_the_same_for_every_form(s in vietnamese_text()) {
        let key = fold(&s).into_string();
        let nfd: String = s.nfd().collect();
        let nfc: String = s.nfc().collect();
        prop_assert_eq!(fold(&nfd).into_string(), key.clone());
        prop_assert_eq!(fold(&nfc).into_string(), key.clone());
        for style in STYLES {
            prop_assert_eq!(fold(&norm(&s, style)).into_string(), key.clone());
        }
    }

    #[test]
    fn fold_nfd_equals_fold_nfc_on_any_text(s in any::<String>()) {
        let nfd: String = s.nfd().collect();
        let nfc: String = s.nfc().collect();
        prop_assert_eq!(fold(&nfd).into_string(), fold(&nfc).into_string());
    }

    #[test]
    fn every_span_slices_the_input(s in "(\\PC|[\u{0300}-\u{036F}\u{200B}\u{FEFF}\r\n])*", a in 0usize..64, b in 0usize..64) {
        for style in STYLES {
            let n = Normalizer::new().style(style).normalize(&s);
            let t = n.text();
            let bounds: Vec<usize> = t.char_indices().map(|(i, _)| i).chain([t.len()]).collect();
            let (x, y) = (bounds[a % bounds.len()], bounds[b % bounds.len()]);
            let (x, y) = (x.min(y), x.max(y));
            let r = n.to_original(x..y);
            prop_assert!(r.start <= r.end && r.end <= s.len());
            prop_assert!(s.is_char_boundary(r.start) && s.is_char_boundary(r.end));
            let f = fold(&s);
            let ft = f.text();
            let fb: Vec<usize> = ft.char_indices().map(|(i, _)| i).chain([ft.len()]).collect();
            let (x, y) = (fb[a % fb.len()], fb[b % fb.len()]);
            let r = f.to_original(x.min(y)..x.max(y));
            prop_assert!(s.is_char_boundary(r.start) && s.is_char_boundary(r.end) && r.start <= r.end);
        }
    }
}
