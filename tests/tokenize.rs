//! Tokens and sentences on the seed corpus and on arbitrary input.

use proptest::prelude::*;
use tintuc::normalize::{fold, normalize, Normalizer, ToneStyle};
use tintuc::tokenize::{sentences, TokenKind, Tokenizer};

fn tokens_of(input: &str) -> Vec<(TokenKind, String)> {
    let n = normalize(input);
    Tokenizer::new()
        .tokenize(&n)
        .into_iter()
        .map(|t| (t.kind, t.text.to_string()))
        .collect()
}

fn corpus(name: &str) -> String {
    let dir = std::path::Path::new("corpus");
    let path = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.file_name().unwrap().to_string_lossy().starts_with(name))
        .unwrap();
    std::fs::read_to_string(path).unwrap()
}

/// Tokens every seed article must yield, as printed.
#[test]
fn seed_tokens() {
    use TokenKind::*;
    let expected: &[(&str, &[(TokenKind, &str)])] = &[
        (
            "000",
            &[
                (Clock, "08:47"),
                (Date, "12/05/2017"),
                (Number, "49"),
                (Number, "20,6%"),
                (Number, "3.700"),
                (Number, "2016"),
                (Word, "NGUYỄN"),
                (Punctuation, "…"),
            ],
        ),
        (
            "001",
            &[
                (Clock, "08:48"),
                (Date, "04/01/2017"),
                (Abbreviation, "ĐBP"),
                (Abbreviation, "TCCSĐ"),
                (Number, "1.488"),
                (Number, "65,8%"),
                (Punctuation, "“"),
                (Punctuation, "”"),
                (Punctuation, "..."),
            ],
        ),
        (
            "002",
            &[
                (Abbreviation, "CQDCĐ"),
                (Number, "62,06%"),
                (Number, "108%"),
                (Number, "2,07%"),
                (Number, "76,96%"),
                (Url, "baolangson.vn"),
                (Word, "uỷ"),
            ],
        ),
        (
            "003",
            &[
                (Date, "31/12/2022"),
                (Abbreviation, "TCCS"),
                (Number, "5.279"),
                (YearRange, "2021-2025"),
                (Number, "133%"),
                (Number, "15,76%"),
                (Number, "4.211"),
                (DocumentNumber, "1090/2023"),
                (Abbreviation, "MTTQ"),
            ],
        ),
        (
            "004",
            &[
                (YearRange, "2021-2025"),
                (Number, "100%"),
                (Word, "XII"),
                (Word, "Phà"),
            ],
        ),
    ];
    for (doc, want) in expected {
        let got = tokens_of(&corpus(doc));
        for (kind, text) in *want {
            assert!(
                got.iter().any(|(k, t)| k == kind && t == text),
                "{doc}: no {kind:?} token {text:?}"
            );
        }
    }
}

#[test]
fn numbers_and_identifiers_in_sentences() {
    use TokenKind::*;
    let cases: &[(&str, &[(TokenKind, &str)])] = &[
        (
            "theo Quyết định số 45-QĐ/TW ngày 01-11-2011",
            &[(DocumentNumber, "45-QĐ/TW"), (Date, "01-11-2011")],
        ),
        (
            "Nghị quyết số 11/NQ-HĐND,",
            &[(DocumentNumber, "11/NQ-HĐND")],
        ),
        ("nhiệm kỳ 2020 - 2025.", &[(YearRange, "2020 - 2025")]),
        ("ngày 6/7/2022", &[(Date, "6/7/2022")]),
        ("ngày 27-11 vừa qua", &[(Date, "27-11")]),
        ("tháng 9/2022", &[(Date, "9/2022")]),
        ("đạt 100 % chỉ tiêu", &[(Number, "100 %")]),
        ("từ 7% - 10%", &[(Number, "7%"), (Number, "10%")]),
        (
            "tại TP. HCM",
            &[(Abbreviation, "TP."), (Abbreviation, "HCM")],
        ),
        (
            "Liên hệ: info@baohaiduong.vn",
            &[(Email, "info@baohaiduong.vn")],
        ),
        ("đồng bào K’Ho, M'Nông", &[(Word, "K’Ho"), (Word, "M'Nông")]),
    ];
    for (input, want) in cases {
        let got = tokens_of(input);
        for (kind, text) in *want {
            assert!(
                got.iter().any(|(k, t)| k == kind && t == text),
                "{input}: no {kind:?} {text:?} in {got:?}"
            );
        }
    }
}

fn sentence_texts(input: &str) -> Vec<String> {
    let n = normalize(input);
    let tokens = Tokenizer::new().tokenize(&n);
    sentences(&tokens, n.text())
        .into_iter()
        .map(|s| input[s.span].to_string())
        .collect()
}

#[test]
fn sentence_boundaries() {
    let cases: &[(&str, &[&str])] = &[
        (
            "Tổng số là 5.279 đảng viên. Năm 2022, kết nạp 120.",
            &["Tổng số là 5.279 đảng viên.", "Năm 2022, kết nạp 120."],
        ),
        (
            "Ông đến TP. HCM hôm qua. Sau đó về.",
            &["Ông đến TP. HCM hôm qua.", "Sau đó về."],
        ),
        (
            "Theo ThS. Nguyễn Văn A, v.v. và nhiều nữa.",
            &["Theo ThS. Nguyễn Văn A, v.v. và nhiều nữa."],
        ),
        (
            "Phóng viên T.D.HỒNG ghi. Hết.",
            &["Phóng viên T.D.HỒNG ghi.", "Hết."],
        ),
        (
            "Ông nói: “Tốt lắm. Cảm ơn.” Rồi đi.",
            &["Ông nói: “Tốt lắm. Cảm ơn.”", "Rồi đi."],
        ),
        (
            "khó khăn… nhưng vẫn làm. Xong!",
            &["khó khăn… nhưng vẫn làm.", "Xong!"],
        ),
        (
            "Tiêu đề không chấm\nĐoạn một.",
            &["Tiêu đề không chấm", "Đoạn một."],
        ),
        (
            "Mở “ngoặc không đóng. Vẫn thế\nDòng mới. Câu hai.",
            &["Mở “ngoặc không đóng. Vẫn thế", "Dòng mới.", "Câu hai."],
        ),
        (
            "(Ghi chú. Trong ngoặc.) Ngoài.",
            &["(Ghi chú. Trong ngoặc.)", "Ngoài."],
        ),
        (
            "Có 1.488 đảng viên... Chiếm 65,8%.",
            &["Có 1.488 đảng viên...", "Chiếm 65,8%."],
        ),
    ];
    for (input, want) in cases {
        assert_eq!(sentence_texts(input), *want, "{input}");
    }
}

#[test]
fn seed_sentences_split_at_periods_and_lines() {
    let text = corpus("000");
    let s = sentence_texts(&text);
    assert_eq!(
        s[0],
        "Nâng cao chất lượng công tác phát triển đảng viên tại Lâm Hà"
    );
    assert_eq!(s[1], "Cập nhật lúc 08:47, Thứ Sáu, 12/05/2017 (GMT+7)");
    assert!(s.contains(
        &"Tổng số đảng viên hiện nay của toàn Đảng bộ huyện Lâm Hà là hơn 3.700 đảng viên."
            .to_string()
    ));
    assert!(s.contains(&"DUY NGUYỄN".to_string()));
}

#[test]
fn tone_style_does_not_change_tokens() {
    let text = corpus("002");
    let kinds = |style| {
        let n = Normalizer::new().style(style).normalize(&text);
        Tokenizer::new()
            .tokenize(&n)
            .into_iter()
            .map(|t| (t.kind, t.span))
            .collect::<Vec<_>>()
    };
    assert_eq!(kinds(ToneStyle::Traditional), kinds(ToneStyle::New));
    assert_eq!(kinds(ToneStyle::Traditional), kinds(ToneStyle::Keep));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn tokens_slice_the_input_in_order(s in "(\\PC|[\u{0300}-\u{036F}\u{200B}\u{FEFF}\r\n .,:/%-]|[0-9]{1,5}|[A-ZĐ]{2,5})*") {
        let n = normalize(&s);
        let tokens = Tokenizer::new().tokenize(&n);
        let mut last_end = 0;
        for t in &tokens {
            prop_assert!(s.is_char_boundary(t.span.start) && s.is_char_boundary(t.span.end));
            prop_assert!(t.span.start >= last_end && t.span.start < t.span.end);
            prop_assert_eq!(&s[t.span.clone()], t.text);
            prop_assert_eq!(&n.text()[t.norm_span.clone()], t.norm);
            prop_assert_eq!(fold(t.text).into_string(), t.fold());
            last_end = t.span.end;
        }
        let sents = sentences(&tokens, n.text());
        let mut next = 0;
        for sent in &sents {
            prop_assert_eq!(sent.tokens.start, next);
            prop_assert!(sent.tokens.end > sent.tokens.start);
            prop_assert!(s.is_char_boundary(sent.span.start) && s.is_char_boundary(sent.span.end));
            next = sent.tokens.end;
        }
        prop_assert_eq!(next, tokens.len());
    }
}
