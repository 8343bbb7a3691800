//! Environment knobs, read one way everywhere.
//!
//! Every `OXTILE_*` switch is a boolean spelled `1/0`, `true/false`, `yes/no` or `on/off`
//! (trimmed, any case). Anything else is an [`EnvError`] naming the variable, never a silent
//! fallback: `OXTILE_CHECKED=ture` once meant "the build's default", which in a release build
//! is unchecked, so a misspelled safety switch turned the safety off.

use std::fmt;
use std::str::FromStr;

/// A knob set to a value it cannot take.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnvError {
    /// The variable, e.g. `OXTILE_CHECKED`.
    pub variable: String,
    /// What it was set to (lossily decoded if it was not UTF-8).
    pub value: String,
    /// What it takes, in words.
    pub expected: String,
}

impl fmt::Display for EnvError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "environment variable {}={:?} is not valid: expected {}; unset it or fix its value",
            self.variable, self.value, self.expected
        )
    }
}

impl std::error::Error for EnvError {}

/// What [`flag`] accepts, for messages.
pub const FLAG_VALUES: &str = "1/0, true/false, yes/no or on/off";

/// Parses a boolean knob's value: `1/0`, `true/false`, `yes/no`, `on/off`, trimmed, any case.
pub fn parse_flag(value: &str) -> Option<bool> {
    match value.trim().to_ascii_lowercase().as_str() {
        "1" | "true" | "yes" | "on" => Some(true),
        "0" | "false" | "no" | "off" => Some(false),
        _ => None,
    }
}

/// The raw value of `name`: `None` when unset or set to the empty string (the shell's way of
/// unsetting), the value otherwise, lossily decoded if it is not UTF-8.
pub fn raw(name: &str) -> Option<String> {
    let v = std::env::var_os(name)?;
    let v = v.to_string_lossy().into_owned();
    (!v.trim().is_empty()).then_some(v)
}

/// The boolean knob `name`: `Ok(None)` when unset or empty, the parsed value, or an error
/// naming the variable when it is set to anything [`parse_flag`] does not accept.
pub fn flag(name: &str) -> Result<Option<bool>, EnvError> {
    match raw(name) {
        None => Ok(None),
        Some(v) => parse_flag(&v).map(Some).ok_or_else(|| EnvError {
            variable: name.to_string(),
            expected: FLAG_VALUES.to_string(),
            value: v,
        }),
    }
}

/// A numeric knob: `Ok(None)` when unset or empty, the parsed (trimmed) value, or an error
/// naming the variable and `expected`.
pub fn number<T: FromStr>(name: &str, expected: &str) -> Result<Option<T>, EnvError> {
    match raw(name) {
        None => Ok(None),
        Some(v) => v.trim().parse().map(Some).map_err(|_| EnvError {
            variable: name.to_string(),
            expected: expected.to_string(),
            value: v,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_spelling_of_a_flag_parses_and_nothing_else_does() {
        for v in ["1", "true", "TRUE", " yes ", "On", "\ttrue\n"] {
            assert_eq!(parse_flag(v), Some(true), "{v:?}");
        }
        for v in ["0", "false", "False", "no", "OFF", " 0 "] {
            assert_eq!(parse_flag(v), Some(false), "{v:?}");
        }
        for v in ["2", "ture", "y", "enabled", "-1", "01", ""] {
            assert_eq!(parse_flag(v), None, "{v:?}");
        }
    }

    #[test]
    fn a_bad_value_names_the_variable() {
        // A variable no other test reads, so setting it here cannot race another test.
        let name = "OXTILE_ENV_TEST_FLAG_7f3a";
        unsafe { std::env::set_var(name, "ture") };
        let e = flag(name).unwrap_err();
        assert_eq!(e.variable, name);
        assert_eq!(e.value, "ture");
        assert!(e.to_string().contains(name) && e.to_string().contains("ture"));
        unsafe { std::env::set_var(name, " On ") };
        assert_eq!(flag(name), Ok(Some(true)));
        unsafe { std::env::set_var(name, "") };
        assert_eq!(flag(name), Ok(None));
        unsafe { std::env::set_var(name, "abc") };
        let e = number::<u64>(name, "seconds").unwrap_err();
        assert_eq!(e.expected, "seconds");
        unsafe { std::env::set_var(name, " 12 ") };
        assert_eq!(number::<u64>(name, "seconds"), Ok(Some(12)));
        unsafe { std::env::remove_var(name) };
        assert_eq!(flag(name), Ok(None));
    }
}
