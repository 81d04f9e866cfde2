//! Formatting shared by every page and the API: points as a professional reads them, dates.

use crate::domain::lang::Lang;

/// Points as a professional reads them: `+2`, `-1,5`, `0` (Dutch decimal comma).
pub fn format_points(points: f64, lang: Lang, signed: bool) -> String {
    let sign = if signed && points > 0.0 { "+" } else { "" };
    if points.fract() == 0.0 && points.abs() < 1e15 {
        // `as i64` turns -0.0 into 0.
        return format!("{sign}{}", points as i64);
    }
    let comma = match lang {
        Lang::Nl => ',',
        Lang::En => '.',
    };
    format!("{sign}{}", one_decimal(points, comma))
}

/// `x` rounded to one decimal, with `separator` before the decimal. Integer arithmetic: the
/// float formatter's exact mode was a measurable part of the advice page's cost.
pub fn one_decimal(x: f64, separator: char) -> String {
    let tenths = (x * 10.0).round() as i64;
    let minus = if tenths < 0 { "-" } else { "" };
    let abs = tenths.unsigned_abs();
    format!("{minus}{}{separator}{}", abs / 10, abs % 10)
}

/// Today's date (UTC) as `YYYY-MM-DD`, for the printed report.
pub fn today() -> String {
    time::OffsetDateTime::now_utc().date().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn points_read_as_a_professional_reads_them() {
        assert_eq!(format_points(1.5, Lang::Nl, true), "+1,5");
        assert_eq!(format_points(1.5, Lang::En, true), "+1.5");
        assert_eq!(format_points(-0.5, Lang::Nl, true), "-0,5");
        assert_eq!(format_points(-2.0, Lang::Nl, true), "-2");
        assert_eq!(format_points(2.0, Lang::En, true), "+2");
        assert_eq!(format_points(3.0, Lang::Nl, false), "3");
        assert_eq!(format_points(-0.0, Lang::Nl, true), "0");
        assert_eq!(format_points(0.0, Lang::Nl, true), "0");
        assert_eq!(format_points(12.25, Lang::En, false), "12.3");
        assert_eq!(one_decimal(540.0, '.'), "540.0");
        assert_eq!(one_decimal(123.456, '.'), "123.5");
    }
}
