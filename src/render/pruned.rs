//! Template values of the briefing's long lists (statements, casualty figures, background
//! facts) with only the fields the templates name. A statement as a template value is a map
//! of its 15 fields, and at 10,000 articles there are 145,000 of them: 444 MB. Leaving out the
//! two no template reads lets each map fit a table half the size.

use std::collections::HashSet;

use serde::ser::{Serialize, SerializeStruct, Serializer};

/// The fields a list's items keep: every field, or those whose name is a word of the
/// templates.
pub enum Keep {
    All,
    Named(HashSet<String>),
}

impl Keep {
    /// From the templates in use: only when they are the built-in ones, whose use of the
    /// fields is known (no template prints a whole item or walks its fields, which would show
    /// that fields are missing); a theme's or site's own templates see every field.
    pub fn for_templates<'a>(builtin_only: bool, texts: impl Iterator<Item = &'a str>) -> Keep {
        if !builtin_only {
            return Keep::All;
        }
        let mut words = HashSet::new();
        for text in texts {
            for word in text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_')) {
                if !word.is_empty() {
                    words.insert(word.to_string());
                }
            }
        }
        Keep::Named(words)
    }

    fn keeps(&self, field: &str) -> bool {
        match self {
            Keep::All => true,
            Keep::Named(words) => words.contains(field),
        }
    }
}

/// Each item of `items`, its fields pruned by `keep`.
pub struct EachPruned<'a, T> {
    pub items: &'a [T],
    pub keep: &'a Keep,
}

impl<T: Serialize> Serialize for EachPruned<'_, T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.items.iter().map(|value| Pruned {
            value,
            keep: self.keep,
        }))
    }
}

/// One value whose own fields (not those of the values inside it) are pruned by `keep`.
struct Pruned<'a, T> {
    value: &'a T,
    keep: &'a Keep,
}

impl<T: Serialize> Serialize for Pruned<'_, T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.value.serialize(Pruner {
            inner: serializer,
            keep: self.keep,
        })
    }
}

/// A serialiser passing everything to `inner`, but a struct's fields only where `keep` keeps
/// them.
struct Pruner<'a, S> {
    inner: S,
    keep: &'a Keep,
}

/// A struct's fields, those `keep` keeps passed on.
struct KeptFields<'a, S> {
    inner: S,
    keep: &'a Keep,
}

impl<S: SerializeStruct> SerializeStruct for KeptFields<'_, S> {
    type Ok = S::Ok;
    type Error = S::Error;

    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), S::Error> {
        if self.keep.keeps(key) {
            self.inner.serialize_field(key, value)
        } else {
            self.inner.skip_field(key)
        }
    }

    fn skip_field(&mut self, key: &'static str) -> Result<(), S::Error> {
        self.inner.skip_field(key)
    }

    fn end(self) -> Result<S::Ok, S::Error> {
        self.inner.end()
    }
}

/// Passes a serialiser method on to `inner` unchanged.
macro_rules! pass {
    ($($name:ident($($arg:ident: $ty:ty),*) -> $ret:ty;)+) => {$(
        fn $name(self, $($arg: $ty),*) -> $ret {
            self.inner.$name($($arg),*)
        }
    )+};
}

impl<'a, S: Serializer> Serializer for Pruner<'a, S> {
    type Ok = S::Ok;
    type Error = S::Error;
    type SerializeSeq = S::SerializeSeq;
    type SerializeTuple = S::SerializeTuple;
    type SerializeTupleStruct = S::SerializeTupleStruct;
    type SerializeTupleVariant = S::SerializeTupleVariant;
    type SerializeMap = S::SerializeMap;
    type SerializeStruct = KeptFields<'a, S::SerializeStruct>;
    type SerializeStructVariant = S::SerializeStructVariant;

    pass! {
        serialize_bool(v: bool) -> Result<S::Ok, S::Error>;
        serialize_i8(v: i8) -> Result<S::Ok, S::Error>;
        serialize_i16(v: i16) -> Result<S::Ok, S::Error>;
        serialize_i32(v: i32) -> Result<S::Ok, S::Error>;
        serialize_i64(v: i64) -> Result<S::Ok, S::Error>;
        serialize_i128(v: i128) -> Result<S::Ok, S::Error>;
        serialize_u8(v: u8) -> Result<S::Ok, S::Error>;
        serialize_u16(v: u16) -> Result<S::Ok, S::Error>;
        serialize_u32(v: u32) -> Result<S::Ok, S::Error>;
        serialize_u64(v: u64) -> Result<S::Ok, S::Error>;
        serialize_u128(v: u128) -> Result<S::Ok, S::Error>;
        serialize_f32(v: f32) -> Result<S::Ok, S::Error>;
        serialize_f64(v: f64) -> Result<S::Ok, S::Error>;
        serialize_char(v: char) -> Result<S::Ok, S::Error>;
        serialize_str(v: &str) -> Result<S::Ok, S::Error>;
        serialize_bytes(v: &[u8]) -> Result<S::Ok, S::Error>;
        serialize_none() -> Result<S::Ok, S::Error>;
        serialize_unit() -> Result<S::Ok, S::Error>;
        serialize_unit_struct(name: &'static str) -> Result<S::Ok, S::Error>;
        serialize_unit_variant(name: &'static str, index: u32, variant: &'static str) -> Result<S::Ok, S::Error>;
        serialize_seq(len: Option<usize>) -> Result<S::SerializeSeq, S::Error>;
        serialize_tuple(len: usize) -> Result<S::SerializeTuple, S::Error>;
        serialize_tuple_struct(name: &'static str, len: usize) -> Result<S::SerializeTupleStruct, S::Error>;
        serialize_tuple_variant(name: &'static str, index: u32, variant: &'static str, len: usize) -> Result<S::SerializeTupleVariant, S::Error>;
        serialize_map(len: Option<usize>) -> Result<S::SerializeMap, S::Error>;
        serialize_struct_variant(name: &'static str, index: u32, variant: &'static str, len: usize) -> Result<S::SerializeStructVariant, S::Error>;
    }

    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<S::Ok, S::Error> {
        self.inner.serialize_some(value)
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        name: &'static str,
        value: &T,
    ) -> Result<S::Ok, S::Error> {
        self.inner.serialize_newtype_struct(name, value)
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        name: &'static str,
        index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<S::Ok, S::Error> {
        self.inner
            .serialize_newtype_variant(name, index, variant, value)
    }

    fn serialize_struct(
        self,
        name: &'static str,
        len: usize,
    ) -> Result<Self::SerializeStruct, S::Error> {
        // The length is a hint a map is made for; pruned, the fields are fewer, and the map
        // grows to what they need.
        let len = match self.keep {
            Keep::All => len,
            Keep::Named(_) => 0,
        };
        Ok(KeptFields {
            inner: self.inner.serialize_struct(name, len)?,
            keep: self.keep,
        })
    }

    fn is_human_readable(&self) -> bool {
        self.inner.is_human_readable()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Serialize)]
    struct Item {
        sentence: &'static str,
        verb: &'static str,
        nested: Inner,
    }

    #[derive(serde::Serialize)]
    struct Inner {
        verb: &'static str,
    }

    fn item() -> Item {
        Item {
            sentence: "It said so.",
            verb: "said",
            nested: Inner { verb: "kept" },
        }
    }

    #[test]
    fn fields_the_templates_never_name_are_left_out() {
        let keep = Keep::for_templates(true, ["{{ c.sentence }} {{ c.nested }}"].into_iter());
        let items = [item()];
        let value = serde_json::to_value(EachPruned {
            items: &items,
            keep: &keep,
        })
        .unwrap();
        assert_eq!(
            value,
            serde_json::json!([{"sentence": "It said so.", "nested": {"verb": "kept"}}])
        );
    }

    #[test]
    fn a_sites_own_templates_see_every_field() {
        let keep = Keep::for_templates(false, ["{{ c.sentence }}"].into_iter());
        let items = [item()];
        let value = serde_json::to_value(EachPruned {
            items: &items,
            keep: &keep,
        })
        .unwrap();
        assert_eq!(value, serde_json::to_value(&items).unwrap());
    }
}
