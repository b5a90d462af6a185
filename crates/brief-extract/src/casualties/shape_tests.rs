//! Casualty figures of the shapes a later batch of events brought: counts one person at a
//! time, ordinals, scare quotes, tallies of every outcome.

use super::tests::fig;
use super::*;

#[test]
fn people_counted_one_by_one_are_summed() {
    assert_eq!(
        fig("A soldier and a policeman were reportedly shot dead by the insurgents.")[0].1,
        2
    );
}

#[test]
fn a_toll_that_includes_a_count_gives_it() {
    assert_eq!(
        fig("The death toll included at least 27 foreigners.")[0].1,
        27
    );
}

#[test]
fn a_vague_count_of_dozens_is_a_count() {
    assert_eq!(
        fig("Several dozen people have been killed in an attack by armed men.")[0].0,
        Outcome::Killed
    );
}

#[test]
fn a_person_counted_by_an_ordinal_gives_the_toll() {
    assert_eq!(
        fig("A 13th US service member has died, US Central Command says.")[0].1,
        13
    );
    assert_eq!(
        fig("A thirteenth soldier was killed in the attack on Thursday.")[0].1,
        13
    );
}

#[test]
fn the_number_of_people_abducted_is_a_tally() {
    assert_eq!(
        fig("The military had put the total number of students kidnapped from the school at 129.")
            [0]
        .0,
        Outcome::Detained
    );
}

#[test]
fn a_cue_in_scare_quotes_still_counts() {
    assert_eq!(
        fig("He said 164 people had been rescued, leaving 291 \u{201c}unaccounted for.\u{201d}")[0]
            .1,
        291
    );
}
