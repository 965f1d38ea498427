//! An exact, non-negative decimal number: an integer mantissa and a count of
//! fractional digits, so `62,06` stays 6206 × 10⁻² instead of a binary float.

use std::cmp::Ordering;
use std::fmt;

use serde::{Serialize, Serializer};

/// Largest number of fractional digits kept (i128 holds 38 decimal digits).
const MAX_SCALE: u32 = 18;

/// An exact decimal: `mantissa × 10^-scale`, always normalized (no trailing
/// zero in the fractional part), so equal numbers compare and hash equal.
///
/// ```
/// use tintuc::numbers::Decimal;
/// let d = Decimal::new(6206, 2).unwrap();
/// assert_eq!(d.to_string(), "62.06");
/// assert_eq!(d, "62,06".parse::<Decimal>().unwrap());
/// assert_eq!(Decimal::from_int(1500).as_int(), Some(1500));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Decimal {
    mantissa: i128,
    scale: u32,
}

impl Decimal {
    /// `mantissa × 10^-scale`, or `None` when `scale` is above 18.
    pub fn new(mantissa: i128, scale: u32) -> Option<Self> {
        (scale <= MAX_SCALE).then(|| Self { mantissa, scale }.normalized())
    }

    /// An integer.
    pub const fn from_int(value: i128) -> Self {
        Self {
            mantissa: value,
            scale: 0,
        }
    }

    /// The mantissa (digits without the decimal point).
    pub fn mantissa(self) -> i128 {
        self.mantissa
    }

    /// The number of digits after the decimal point (0 for integers).
    pub fn scale(self) -> u32 {
        self.scale
    }

    /// The value as an integer, when it has no fractional part.
    pub fn as_int(self) -> Option<i128> {
        (self.scale == 0).then_some(self.mantissa)
    }

    /// Nearest `f64` (for display or scoring; the exact value is the decimal).
    pub fn to_f64(self) -> f64 {
        // Parsing the decimal string gives the correctly rounded double.
        self.to_string().parse().unwrap_or(f64::NAN)
    }

    /// `self × factor`, or `None` on overflow.
    pub fn checked_mul_int(self, factor: i128) -> Option<Self> {
        Some(
            Self {
                mantissa: self.mantissa.checked_mul(factor)?,
                scale: self.scale,
            }
            .normalized(),
        )
    }

    /// `self + other`, or `None` on overflow.
    pub fn checked_add(self, other: Self) -> Option<Self> {
        let scale = self.scale.max(other.scale);
        let a = self
            .mantissa
            .checked_mul(10i128.checked_pow(scale - self.scale)?)?;
        let b = other
            .mantissa
            .checked_mul(10i128.checked_pow(scale - other.scale)?)?;
        Some(
            Self {
                mantissa: a.checked_add(b)?,
                scale,
            }
            .normalized(),
        )
    }

    fn normalized(mut self) -> Self {
        while self.scale > 0 && self.mantissa % 10 == 0 {
            self.mantissa /= 10;
            self.scale -= 1;
        }
        self
    }

    /// Builds a decimal from ASCII digit strings for the integer and fractional
    /// parts (`"1234"`, `"5"` → 1234.5). `None` on overflow or non-digits.
    pub(crate) fn from_parts(int_digits: &[&str], frac: &str) -> Option<Self> {
        let mut mantissa: i128 = 0;
        let mut push = |s: &str| -> Option<()> {
            for b in s.bytes() {
                if !b.is_ascii_digit() {
                    return None;
                }
                mantissa = mantissa
                    .checked_mul(10)?
                    .checked_add(i128::from(b - b'0'))?;
            }
            Some(())
        };
        for part in int_digits {
            push(part)?;
        }
        push(frac)?;
        Self::new(mantissa, u32::try_from(frac.len()).ok()?)
    }
}

impl PartialOrd for Decimal {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Decimal {
    fn cmp(&self, other: &Self) -> Ordering {
        let scale = self.scale.max(other.scale);
        let widen = |d: Self| d.mantissa.checked_mul(10i128.pow(scale - d.scale));
        match (widen(*self), widen(*other)) {
            (Some(a), Some(b)) => a.cmp(&b),
            // Only reachable near i128::MAX; the float order is right there.
            _ => self.to_f64().total_cmp(&other.to_f64()),
        }
    }
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.scale == 0 {
            return write!(f, "{}", self.mantissa);
        }
        let sign = if self.mantissa < 0 { "-" } else { "" };
        let digits = self.mantissa.unsigned_abs().to_string();
        let scale = self.scale as usize;
        if digits.len() > scale {
            let (int, frac) = digits.split_at(digits.len() - scale);
            write!(f, "{sign}{int}.{frac}")
        } else {
            write!(f, "{sign}0.{}{digits}", "0".repeat(scale - digits.len()))
        }
    }
}

/// Error of [`Decimal`]'s `FromStr`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ParseDecimalError;

impl fmt::Display for ParseDecimalError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not a plain decimal number")
    }
}

impl std::error::Error for ParseDecimalError {}

impl std::str::FromStr for Decimal {
    type Err = ParseDecimalError;

    /// Parses plain `123`, `62.06` or `62,06` (one decimal mark, no grouping).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let (int, frac) = match s.find(['.', ',']) {
            Some(i) => (&s[..i], &s[i + 1..]),
            None => (s, ""),
        };
        if int.is_empty() {
            return Err(ParseDecimalError);
        }
        Self::from_parts(&[int], frac).ok_or(ParseDecimalError)
    }
}

impl Serialize for Decimal {
    /// Integers as JSON integers; fractions as the shortest JSON number that
    /// reads back to the same double (`62.06` prints `62.06`).
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.as_int() {
            Some(n) => match i64::try_from(n) {
                Ok(small) => serializer.serialize_i64(small),
                Err(_) => serializer.serialize_i128(n),
            },
            None => serializer.serialize_f64(self.to_f64()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalizes_and_compares() {
        assert_eq!(Decimal::new(6580, 2), Decimal::new(658, 1));
        assert!(Decimal::new(15, 1).unwrap() < Decimal::from_int(2));
        assert_eq!(Decimal::new(5, 3).unwrap().to_string(), "0.005");
        assert_eq!(
            Decimal::new(15, 1)
                .unwrap()
                .checked_mul_int(1_000_000_000)
                .unwrap()
                .as_int(),
            Some(1_500_000_000)
        );
    }

    #[test]
    fn add_and_overflow() {
        let a = Decimal::new(5, 1).unwrap();
        assert_eq!(
            a.checked_add(Decimal::from_int(2)).unwrap().to_string(),
            "2.5"
        );
        assert!(Decimal::from_int(i128::MAX).checked_mul_int(10).is_none());
        assert!(Decimal::new(1, 19).is_none());
    }
}
