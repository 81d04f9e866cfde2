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

/// A `YYYY-MM-DD` date as people write it (for templates, which pass references): `27 november
/// 2026` in Dutch, `27 November 2026` in English. Anything that is not such a date (read as
/// beheer reads it, `domain::social_map::parse_date`) is given back as it is.
pub fn long_date(iso: &str, lang: &Lang) -> String {
    const NL: [&str; 12] = [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ];
    let Some(date) = crate::domain::social_map::parse_date(iso) else {
        return iso.to_owned();
    };
    let month = match lang {
        Lang::Nl => NL[usize::from(u8::from(date.month())) - 1].to_owned(),
        Lang::En => date.month().to_string(),
    };
    format!("{} {month} {}", date.day(), date.year())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_as_people_write_them() {
        assert_eq!(long_date("2026-11-27", &Lang::Nl), "27 november 2026");
        assert_eq!(long_date("2026-03-05", &Lang::En), "5 March 2026");
        assert_eq!(long_date("2027-01-01", &Lang::Nl), "1 januari 2027");
        for odd in [
            "",
            "gisteren",
            "2026-13-01",
            "2026-00-10",
            "2026-11-32",
            "2026-11",
        ] {
            assert_eq!(long_date(odd, &Lang::Nl), odd);
        }
    }

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
