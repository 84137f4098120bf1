//! A single answer to a competency: a level on the set's scale, or "not applicable".

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};
use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Rating {
    /// A level on the scale, counted from 1 (for the SAMHSA scale 1 = not skilled at all,
    /// 5 = expert).
    Level(u8),
    NotApplicable,
}

impl Rating {
    /// The level as a number for scoring; `None` for not applicable.
    pub fn level(self) -> Option<u8> {
        match self {
            Rating::Level(level) => Some(level),
            Rating::NotApplicable => None,
        }
    }
}

/// Saved as a number (the level) or the string "na".
impl Serialize for Rating {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Rating::Level(level) => serializer.serialize_u8(*level),
            Rating::NotApplicable => serializer.serialize_str("na"),
        }
    }
}

impl<'de> Deserialize<'de> for Rating {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct RatingVisitor;
        impl Visitor<'_> for RatingVisitor {
            type Value = Rating;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a level from 1 to 10, or \"na\"")
            }
            fn visit_u64<E: de::Error>(self, value: u64) -> Result<Rating, E> {
                match value {
                    1..=10 => Ok(Rating::Level(value as u8)),
                    _ => Err(E::custom(format!("level {value} is outside 1 to 10"))),
                }
            }
            fn visit_i64<E: de::Error>(self, value: i64) -> Result<Rating, E> {
                if value < 0 {
                    return Err(E::custom(format!("level {value} is outside 1 to 10")));
                }
                self.visit_u64(value as u64)
            }
            fn visit_str<E: de::Error>(self, value: &str) -> Result<Rating, E> {
                match value {
                    "na" => Ok(Rating::NotApplicable),
                    other => Err(E::custom(format!("unknown rating \"{other}\""))),
                }
            }
        }
        deserializer.deserialize_any(RatingVisitor)
    }
}
