//! People's names: spotting them and a key under which spelling variants of one name meet
//! (diacritics, -yan/-ian/-ián, Dmitry/Dmitri).

use unicode_normalization::UnicodeNormalization;

/// Lowercase, without diacritics, with common transliteration variants made one.
pub fn name_key(name: &str) -> String {
    let folded: String = name
        .nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .collect::<String>()
        .to_lowercase();
    folded
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .map(transliteration_key)
        .collect::<Vec<_>>()
        .join(" ")
}

/// One word's key: "-yan" and "-ian" meet, a final "-y"/"-i"/"-iy" meet, "kh"/"h" meet.
fn transliteration_key(word: &str) -> String {
    let mut w = word
        .trim_matches(|c: char| !c.is_alphanumeric())
        .replace("kh", "h");
    for (from, to) in [("yan", "ian"), ("iy", "i"), ("yi", "i")] {
        if let Some(stem) = w.strip_suffix(from) {
            w = format!("{stem}{to}");
        }
    }
    if let Some(stem) = w.strip_suffix('y') {
        if stem.len() > 2 {
            w = format!("{stem}i");
        }
    }
    w
}

/// A word or comma part that is a person's age ("Mr. King, 82, told me", "Vittorio Iacovacci,
/// 30, also died"): one to three digits.
pub fn is_age(part: &str) -> bool {
    (1..=3).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_digit())
}

/// Is `word` capitalised like part of a name ("Peskov", "McCain", "al-Sisi")?
pub fn is_capitalised(word: &str) -> bool {
    let w = word.trim_start_matches(|c: char| !c.is_alphanumeric());
    let mut chars = w.chars();
    chars.next().is_some_and(|c| c.is_uppercase()) && chars.clone().count() >= 1
        || w.split_once('-')
            .is_some_and(|(_, rest)| rest.starts_with(|c: char| c.is_uppercase()))
}

/// Two to four capitalised words, the shape of a person's name.
pub fn looks_like_name(p: &str) -> bool {
    let words: Vec<&str> = p.split_whitespace().collect();
    (2..=4).contains(&words.len()) && words.iter().all(|w| is_capitalised(w))
}

/// The last word of a full name, the way later mentions use it; the first of a Korean name,
/// whose family name comes first and whose given name is written joined by a hyphen ("Ban
/// Ki-moon" → "Ban", "Moon Jae-in" → "Moon"; "Karine Jean-Pierre" keeps "Jean-Pierre").
pub fn surname(name: &str) -> &str {
    let mut words = name.rsplit(' ');
    let last = words.next().unwrap_or(name);
    if let (Some(first), None) = (words.clone().next(), words.clone().nth(1)) {
        if is_korean_given_name(last) {
            return first;
        }
    }
    // "King Charles III", "Pope Leo XIV": a regnal number follows the name it numbers.
    let regnal = !last.is_empty() && last.len() <= 5 && last.chars().all(|c| "IVXL".contains(c));
    match words.next() {
        Some(before) if regnal => before,
        _ => last,
    }
}

/// "Ki-moon", "Jae-in", "Jong-un": two syllables joined by a hyphen, the second lowercase.
fn is_korean_given_name(word: &str) -> bool {
    word.split_once('-').is_some_and(|(a, b)| {
        a.starts_with(|c: char| c.is_uppercase())
            && a.len() <= 5
            && !b.is_empty()
            && b.len() <= 5
            && b.chars().all(|c| c.is_ascii_lowercase())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_korean_name_is_referred_to_by_its_first_word() {
        assert_eq!(surname("Ban Ki-moon"), "Ban");
        assert_eq!(surname("Yoon Suk-yeol"), "Yoon");
        assert_eq!(surname("Karine Jean-Pierre"), "Jean-Pierre");
        assert_eq!(surname("Abdel Fattah al-Sisi"), "al-Sisi");
        assert_eq!(surname("Ahmed Ould-abdallah Salem"), "Salem");
    }

    #[test]
    fn a_regnal_number_is_no_surname() {
        assert_eq!(surname("King Charles III"), "Charles");
        assert_eq!(surname("Rishi Sunak"), "Sunak");
        assert_eq!(surname("Ivi"), "Ivi");
    }

    #[test]
    fn transliterations_meet() {
        assert_eq!(name_key("Gegham Stepanyan"), name_key("Gegham Stepanián"));
        assert_eq!(name_key("Nikol Pashinyan"), name_key("Nikol Pashinian"));
        assert_eq!(name_key("Dmitry Medvedev"), name_key("Dmitri Medvedev"));
    }

    #[test]
    fn different_names_stay_apart() {
        assert_ne!(name_key("Maria Lopez"), name_key("Mario Lopez"));
    }
}
