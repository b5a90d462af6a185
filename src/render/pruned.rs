//! Template values of the briefing's long lists (statements, casualty figures, background
//! facts) with only the fields the templates name. A statement as a template value is a map
//! of its 15 fields, and at 10,000 articles there are 145,000 of them: 444 MB. Leaving out the
//! two no template reads lets each map fit a table half the size.

use std::collections::HashSet;

use serde::ser::{Serialize, SerializeStruct, Serializer};

use crate::briefing::ReferenceGroup;

/// The fields a list's items keep: every field, or those whose name is a word of the
/// templates.
pub enum Keep {
    All,
    Named(HashSet<String>),
}

/// What the templates read of each long list's items.
pub struct Lists {
    pub casualties: Keep,
    pub reactions: Keep,
    pub background: Keep,
    pub sources: Keep,
    pub reference_groups: Keep,
    /// A reference group's `refs`.
    pub refs: Keep,
}

impl Lists {
    /// From the templates in use. With brief's own templates, a list's items keep only the
    /// fields read through the names the templates give them (`{% for s in sources %}` …
    /// `s.title`; `{% set c = reactions[i] %}` … `c.sentence`): a statement needs 4 of its
    /// 15, and a map of 4 fits a table a quarter the size. A theme's or site's own templates
    /// see every field.
    pub fn for_templates<'a>(builtin_only: bool, texts: impl Iterator<Item = &'a str>) -> Lists {
        if !builtin_only {
            return Lists {
                casualties: Keep::All,
                reactions: Keep::All,
                background: Keep::All,
                sources: Keep::All,
                reference_groups: Keep::All,
                refs: Keep::All,
            };
        }
        let reads = Reads::of(&texts.collect::<Vec<_>>().join("\n"));
        let groups = reads.names_of("reference_groups");
        let refs = reads.names_in(&groups, "refs");
        Lists {
            casualties: reads.fields_of(&reads.names_of("casualties")),
            reactions: reads.fields_of(&reads.names_of("reactions")),
            background: reads.fields_of(&reads.names_of("background")),
            sources: reads.fields_of(&reads.names_of("sources")),
            reference_groups: reads.fields_of(&groups),
            refs: reads.fields_of(&refs),
        }
    }
}

/// How the templates name list items and read their fields.
struct Reads {
    /// `(name, list)` for each `{% for name in list %}` and `{% set name = list[…] %}`; a
    /// list read from an item is `item.field`.
    bindings: Vec<(String, String)>,
    /// `(name, field)` for each `name.field`.
    fields: Vec<(String, String)>,
}

impl Reads {
    fn of(text: &str) -> Reads {
        let word = |c: char| c.is_ascii_alphanumeric() || c == '_';
        let mut bindings = Vec::new();
        let mut fields = Vec::new();
        for tag in text.split("{%").skip(1) {
            let tag = tag.split("%}").next().unwrap_or("");
            let words: Vec<&str> = tag.split_whitespace().collect();
            match words.as_slice() {
                ["for", name, "in", list, ..] => bindings.push((
                    name.to_string(),
                    list.trim_end_matches(['%', '-']).to_string(),
                )),
                ["set", name, "=", value, ..] => {
                    if let Some((list, _)) = value.split_once('[') {
                        bindings.push((name.to_string(), list.to_string()));
                    }
                }
                _ => {}
            }
        }
        let bytes = text.as_bytes();
        for (at, _) in text.match_indices('.') {
            let before = text[..at].rfind(|c: char| !word(c)).map_or(0, |i| i + 1);
            let after = text[at + 1..]
                .find(|c: char| !word(c))
                .map_or(text.len(), |i| at + 1 + i);
            let preceded = before > 0 && bytes[before - 1] == b'.';
            if before < at && after > at + 1 && !preceded {
                fields.push((
                    text[before..at].to_string(),
                    text[at + 1..after].to_string(),
                ));
            }
        }
        Reads { bindings, fields }
    }

    /// The names the templates give the items of `list`.
    fn names_of(&self, list: &str) -> HashSet<String> {
        self.bindings
            .iter()
            .filter(|(_, l)| l == list)
            .map(|(n, _)| n.clone())
            .collect()
    }

    /// The names the templates give the items of the list `field` of an item named one of
    /// `items` (`{% for r in g.refs %}`).
    fn names_in(&self, items: &HashSet<String>, field: &str) -> HashSet<String> {
        self.bindings
            .iter()
            .filter(|(_, l)| {
                l.split_once('.')
                    .is_some_and(|(item, f)| f == field && items.contains(item))
            })
            .map(|(n, _)| n.clone())
            .collect()
    }

    /// Every field read of an item named one of `names`.
    fn fields_of(&self, names: &HashSet<String>) -> Keep {
        Keep::Named(
            self.fields
                .iter()
                .filter(|(n, _)| names.contains(n))
                .map(|(_, f)| f.clone())
                .collect(),
        )
    }
}

impl Keep {
    pub fn keeps(&self, field: &str) -> bool {
        match self {
            Keep::All => true,
            Keep::Named(words) => words.contains(field),
        }
    }

    /// A map's room for a struct of `len` fields: pruned, the fields are fewer, and the map
    /// grows to what they need (made for all `len`, a map of 4 kept of 15 would take a table
    /// four times the size).
    fn room(&self, len: usize) -> usize {
        match self {
            Keep::All => len,
            Keep::Named(_) => 0,
        }
    }
}

/// The reference groups, each group's `refs` pruned by `refs`.
pub fn groups<'a>(groups: &'a [ReferenceGroup], refs: &'a Keep) -> Vec<GroupView<'a>> {
    groups
        .iter()
        .map(|group| GroupView { group, refs })
        .collect()
}

/// A reference group whose `refs` keep the fields `refs` keeps (a group has one per cited
/// paragraph: 190,000 at 10,000 articles).
pub struct GroupView<'a> {
    group: &'a ReferenceGroup,
    refs: &'a Keep,
}

impl Serialize for GroupView<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        // Taken apart whole, so a field added to the group is a compile error here.
        let ReferenceGroup {
            source,
            source_number,
            publisher,
            title,
            url,
            refs,
        } = self.group;
        let mut s = serializer.serialize_struct("ReferenceGroup", 6)?;
        s.serialize_field("source", source)?;
        s.serialize_field("source_number", source_number)?;
        s.serialize_field("publisher", publisher)?;
        s.serialize_field("title", title)?;
        s.serialize_field("url", url)?;
        s.serialize_field(
            "refs",
            &EachPruned {
                items: refs,
                keep: self.refs,
            },
        )?;
        s.end()
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
        // The length is a hint a map is made for; pruned, the fields are fewer.
        Ok(KeptFields {
            inner: self.inner.serialize_struct(name, self.keep.room(len))?,
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

    fn builtin(texts: &[&'static str]) -> Lists {
        Lists::for_templates(true, texts.iter().copied())
    }

    #[test]
    fn fields_the_templates_never_read_are_left_out() {
        let lists = builtin(&[
            "{% for i in x %}{% set c = reactions[i] %}{{ c.sentence }} {{ c.nested }}{% endfor %}",
        ]);
        let items = [item()];
        let value = serde_json::to_value(EachPruned {
            items: &items,
            keep: &lists.reactions,
        })
        .unwrap();
        assert_eq!(
            value,
            serde_json::json!([{"sentence": "It said so.", "nested": {"verb": "kept"}}])
        );
    }

    #[test]
    fn a_field_read_through_another_name_is_not_kept() {
        let lists = builtin(&[
            "{% for c in reactions %}{{ c.sentence }}{% endfor %}{% for d in casualties %}{{ d.verb }}{% endfor %}",
        ]);
        assert!(lists.reactions.keeps("sentence"));
        assert!(!lists.reactions.keeps("verb"));
        assert!(lists.casualties.keeps("verb"));
    }

    #[test]
    fn an_included_part_reads_the_name_its_includer_gave() {
        let lists = builtin(&[
            "{% for s in sources %}{% include \"cite.html\" %}{% endfor %}",
            "{{ s.title }}",
        ]);
        assert!(lists.sources.keeps("title"));
    }

    #[test]
    fn a_list_inside_an_item_keeps_what_its_own_items_read() {
        let lists = builtin(&["{% for g in reference_groups %}{{ g.title }}{% for r in g.refs %}{{ r.n }}{% endfor %}{% endfor %}"]);
        assert!(lists.reference_groups.keeps("refs"));
        assert!(lists.refs.keeps("n"));
        assert!(!lists.refs.keeps("title"));
    }

    #[test]
    fn a_sites_own_templates_see_every_field() {
        let lists = Lists::for_templates(false, ["{{ c.sentence }}"].into_iter());
        let items = [item()];
        let value = serde_json::to_value(EachPruned {
            items: &items,
            keep: &lists.reactions,
        })
        .unwrap();
        assert_eq!(value, serde_json::to_value(&items).unwrap());
    }
}
