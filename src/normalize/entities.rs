//! HTML character references left in scraped text (`&nbsp;`, `&quot;`,
//! `&#8220;`): pages copied from the web keep them more often than one
//! would think, and they cut words and names apart (`Điến,&nbsp;Phó Bí thư`).

/// The reference that starts at the `&` at byte `i` of `bytes`: its length
/// in bytes and the character it stands for. Only references that stand for
/// visible text or a space are read; anything else (`&copy`, `&#769;`, a
/// lone `&`) is left as written.
pub(super) fn entity_at(bytes: &[u8], i: usize) -> Option<(usize, char)> {
    // The longest reference read here is `&#x1EF9;` or `&hellip;` (8 bytes).
    let rest = bytes.get(i + 1..bytes.len().min(i + 10))?;
    let semi = rest.iter().position(|&b| b == b';')?;
    let name = &rest[..semi];
    let len = semi + 2;
    let c = match name {
        b"nbsp" | b"ensp" | b"emsp" | b"thinsp" => ' ',
        b"quot" => '"',
        b"amp" => '&',
        b"lt" => '<',
        b"gt" => '>',
        b"apos" => '\'',
        b"ndash" => '–',
        b"mdash" => '—',
        b"hellip" => '…',
        b"ldquo" => '“',
        b"rdquo" => '”',
        b"lsquo" => '‘',
        b"rsquo" => '’',
        b"laquo" => '«',
        b"raquo" => '»',
        [b'#', b'x' | b'X', hex @ ..] => numeric(hex, 16)?,
        [b'#', dec @ ..] => numeric(dec, 10)?,
        _ => return None,
    };
    Some((len, c))
}

/// `s` with the references [`entity_at`] reads replaced by their text:
/// borrowed when it holds none.
pub(crate) fn decode(s: &str) -> std::borrow::Cow<'_, str> {
    let bytes = s.as_bytes();
    let mut out = String::new();
    let (mut done, mut i) = (0, 0);
    while let Some(k) = memchr::memchr(b'&', &bytes[i..]) {
        let at = i + k;
        i = at + 1;
        let Some((len, c)) = entity_at(bytes, at) else {
            continue;
        };
        out.push_str(&s[done..at]);
        out.push(c);
        done = at + len;
        i = done;
    }
    if done == 0 {
        return std::borrow::Cow::Borrowed(s);
    }
    out.push_str(&s[done..]);
    std::borrow::Cow::Owned(out)
}

/// A numeric reference's character: a visible one that is no combining mark
/// (which would have to join the letter before it) and no control.
fn numeric(digits: &[u8], radix: u32) -> Option<char> {
    if digits.is_empty() || digits.len() > 6 {
        return None;
    }
    let s = std::str::from_utf8(digits).ok()?;
    let c = char::from_u32(u32::from_str_radix(s, radix).ok()?)?;
    let visible = !c.is_control() && !super::is_combining(c) && super::special(c).is_none();
    (visible || c == '\u{A0}').then_some(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references() {
        let read = |s: &str| entity_at(s.as_bytes(), 0);
        assert_eq!(read("&nbsp;Phó"), Some((6, ' ')));
        assert_eq!(read("&quot;x"), Some((6, '"')));
        assert_eq!(read("&#8220;"), Some((7, '“')));
        assert_eq!(read("&#x1EA1;"), Some((8, 'ạ')));
        // Not references, or none read here.
        for s in [
            "& ",
            "&",
            "&nbsp",
            "&copy;",
            "&#769;",
            "&#0;",
            "&#xZZ;",
            "&#99999999;",
        ] {
            assert_eq!(read(s), None, "{s}");
        }
        assert_eq!(decode("Mai Lan&nbsp;-&nbsp;Đức Lam"), "Mai Lan - Đức Lam");
        assert_eq!(decode("A & B &copy; &amp;"), "A & B &copy; &");
        assert!(matches!(decode("A & B"), std::borrow::Cow::Borrowed(_)));
    }
}
