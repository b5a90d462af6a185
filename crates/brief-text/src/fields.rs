//! Flat serialisation of claims and the parts they are made of.
//!
//! `#[serde(flatten)]` serialises through a map with owned keys; for a template context that
//! is an allocation per key per claim, and the context of a briefing of thousands of sources
//! grew several times larger than its JSON. Types here list their fields once, in order, and
//! a type that contains another writes that one's fields in line.

use serde::ser::SerializeStruct;

/// A struct's fields, written into a serialiser's struct one by one.
pub trait Fields {
    /// How many fields `write_fields` writes at most.
    const LEN: usize;

    fn write_fields<S: SerializeStruct>(&self, s: &mut S) -> Result<(), S::Error>;
}

/// Implements `Serialize` for a type through its `Fields`.
#[macro_export]
macro_rules! serialize_by_fields {
    ($($ty:ident),+ $(,)?) => {$(
        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                use serde::ser::SerializeStruct as _;
                let mut s = serializer
                    .serialize_struct(stringify!($ty), <Self as $crate::fields::Fields>::LEN)?;
                $crate::fields::Fields::write_fields(self, &mut s)?;
                s.end()
            }
        }
    )+};
}

/// Writes the named fields of `$self` into `$s`.
#[macro_export]
macro_rules! write_fields {
    ($s:expr, $self:expr, $($field:ident),+ $(,)?) => {{
        $( $s.serialize_field(stringify!($field), &$self.$field)?; )+
    }};
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Inner {
        a: u8,
        b: &'static str,
    }

    impl Fields for Inner {
        const LEN: usize = 2;
        fn write_fields<S: SerializeStruct>(&self, s: &mut S) -> Result<(), S::Error> {
            write_fields!(s, self, a, b);
            Ok(())
        }
    }

    struct Outer {
        inner: Inner,
        c: bool,
    }

    impl Fields for Outer {
        const LEN: usize = Inner::LEN + 1;
        fn write_fields<S: SerializeStruct>(&self, s: &mut S) -> Result<(), S::Error> {
            self.inner.write_fields(s)?;
            write_fields!(s, self, c);
            Ok(())
        }
    }

    serialize_by_fields!(Outer);

    #[test]
    fn inner_fields_are_written_in_line() {
        let o = Outer {
            inner: Inner { a: 1, b: "x" },
            c: true,
        };
        assert_eq!(
            serde_json::to_string(&o).unwrap(),
            r#"{"a":1,"b":"x","c":true}"#
        );
    }
}
