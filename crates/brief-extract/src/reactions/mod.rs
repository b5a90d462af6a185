//! Reactions: who said what about the event, for which country or organisation, and with
//! what stance.

mod actors;
mod affiliation;
mod bodies;
#[cfg(test)]
mod figure_tests;
mod stance;
mod standing;
mod statement;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod toll_tests;

use serde::Serialize;

use super::{Cite, EventFacts, Sentence};
use crate::speakers::{
    affiliation_of, is_analyst_phrase, is_title_word, names_a_body, person_names,
    title_of_single_name, titled_surname, Attribution, PeopleDirectory, Sieve,
};
use actors::*;
use affiliation::*;
use brief_clean::BlockKind;
use brief_text::gazetteer::{EntityKind, Mention, RoleKind, TermKind, GAZETTEER};
use brief_text::lexicon::WordTable;
use brief_text::reading::Reading;
use standing::*;
use statement::is_reaction;

pub use actors::head_name;
pub use bodies::one_name_per_body;
pub(crate) use stance::stances_read;
pub use stance::{stance_names, stances};

/// Which side of the event a speaker stands on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ReactionKind {
    /// Third countries and international bodies.
    International,
    /// The sides of the event.
    Party,
    /// Think tanks, researchers.
    Analyst,
    Other,
}

/// One statement by one actor: a sentence, or a quotation running over several sentences and
/// paragraphs ("“…,” said X. / “…,” he added."), which `cite.sentence` holds whole.
#[derive(Debug, Clone)]
pub struct Reaction {
    pub cite: Cite,
    /// Further paragraphs the statement runs into, after `cite.block` (not exported when
    /// none).
    pub continued_in: Vec<String>,
    /// A person's full name or a body ("foreign ministry").
    pub actor: String,
    pub role: Option<String>,
    pub affiliation: Option<String>,
    pub kind: ReactionKind,
    /// What the words commit the actor to: "condemns", "calls for a ceasefire", …
    pub stance: Vec<&'static str>,
    /// The reporting verb ("said", "urged", "according to").
    pub verb: String,
    /// The sentence quotes the actor's own words.
    pub direct: bool,
    /// The actor is a person (not a government or body).
    pub person: bool,
    /// The attribution sieve that found the statement (`brief build --explain` counts them;
    /// not exported).
    pub sieve: Sieve,
}

/// Who speaks for whom (`data/lexicon/reactions.tsv`).
static WORDS: std::sync::LazyLock<WordTable> = std::sync::LazyLock::new(|| {
    WordTable::parse(include_str!("../../../../data/lexicon/reactions.tsv"))
});

impl brief_text::fields::Fields for Reaction {
    const LEN: usize = Cite::LEN + 9;
    fn write_fields<S: serde::ser::SerializeStruct>(&self, s: &mut S) -> Result<(), S::Error> {
        self.cite.write_fields(s)?;
        if self.continued_in.is_empty() {
            s.skip_field("continued_in")?;
        } else {
            brief_text::write_fields!(s, self, continued_in);
        }
        brief_text::write_fields!(
            s,
            self,
            actor,
            role,
            affiliation,
            kind,
            stance,
            verb,
            direct,
            person
        );
        Ok(())
    }
}

brief_text::serialize_by_fields!(Reaction);

impl Reaction {
    /// Adds a sentence that carries the statement on.
    fn continue_with(&mut self, s: &Sentence<'_>) {
        self.cite.sentence.push(' ');
        self.cite.sentence.push_str(&s.text);
        let last_block = self.continued_in.last().unwrap_or(&self.cite.block);
        if last_block != s.block {
            self.continued_in.push(s.block.to_string());
        }
        for &stance in s.stances() {
            if !self.stance.contains(&stance) {
                self.stance.push(stance);
            }
        }
        self.direct |= s.text.contains(['“', '"', '«']);
    }
}

#[derive(Debug, Clone)]
struct Actor {
    name: String,
    role: Option<String>,
    affiliation: Option<String>,
    person: bool,
}

impl Actor {
    /// A country or organisation speaking for itself.
    fn body(name: &str) -> Actor {
        Actor {
            name: name.to_string(),
            role: None,
            affiliation: Some(name.to_string()),
            person: false,
        }
    }
}

/// Extracts the reactions of one article's sentences, in order.
pub fn extract(
    sentences: &[Sentence<'_>],
    facts: &EventFacts,
    people: &PeopleDirectory,
) -> Vec<Reaction> {
    let publisher = sentences
        .first()
        .and_then(|s| s.article.publisher.clone())
        .unwrap_or_default();
    let mut reader = Reader {
        sentences,
        facts,
        people,
        publisher,
        home: std::cell::OnceCell::new(),
        out: Vec::new(),
        last_person: None,
        last_body: None,
        last_in_block: None,
        quoted_actor: None,
        last_statement_block: None,
        named_people: Vec::new(),
    };
    for position in 0..sentences.len() {
        reader.read_sentence(position);
    }
    reader.out
}

/// One article read in order: the statements so far and the speakers a later pronoun,
/// quotation or "the ministry" refers back to.
struct Reader<'r, 'a> {
    sentences: &'r [Sentence<'a>],
    facts: &'r EventFacts,
    people: &'r PeopleDirectory,
    publisher: String,
    /// The country of unqualified offices, worked out the first time one speaks: most
    /// articles need none.
    home: std::cell::OnceCell<Option<String>>,
    out: Vec<Reaction>,
    last_person: Option<Actor>,
    last_body: Option<Actor>,
    /// The last speaker named and the block they were named in.
    last_in_block: Option<(usize, Actor)>,
    quoted_actor: Option<Actor>,
    /// Where the last statement ended, to tell a continuation from a new statement.
    last_statement_block: Option<usize>,
    /// Every person named so far with a role, latest last, for "the minister noted".
    named_people: Vec<Actor>,
}

impl Reader<'_, '_> {
    fn read_sentence(&mut self, position: usize) {
        let s = &self.sentences[position];
        let attributions = self.attributions_of(s);
        // The country or body of a speaker already named in this sentence ("Beijing urged …,
        // foreign ministry spokesperson Wang Wenbin told reporters"), or of the country the
        // sentence opens with ("Germany summoned …, and Foreign Minister X said").
        // "Ursula von der Leyen expressed the European Union's support": whoever the words
        // belong to is whom a person of no known office speaks for.
        let owner = (!attributions.is_empty())
            .then(|| owner_of_the_words(&s.reading))
            .flatten();
        let mut sentence_affiliation: Option<String> = if attributions.is_empty() {
            None
        } else {
            country_opening(&s.reading).or_else(|| owner.clone())
        };
        for attr in attributions {
            let mut actors = match self.sentence_subject(s, &attr) {
                Some(subject) => vec![subject],
                None => self.actors_of(&attr, s.block_index),
            };
            self.recall_known(&mut actors);
            let mut before = self.before(s.block_index);
            if let Some(principal) = self.principal_opening(s, &attr) {
                before.person = Some(principal);
            }
            // "“… nine people were killed …. All injured are in hospital,” X said": a
            // quotation opened on a casualty figure and going on about the casualties
            // reports the toll, not a reaction ("… has lost her life. Our thoughts are with
            // her family,” X said" reacts).
            // ("“The Secretary-General is deeply saddened by reports that more than 50
            // civilians have been killed …,” X said" takes a stance on them.)
            let reports_the_toll = crate::casualties::names_casualties(&s.text)
                && !statement::feels_before_the_figure(s)
                && !statement::stance_before_the_figure(s)
                && quotation_opening(self.sentences, position)
                    .is_some_and(|k| self.sentences[k].has_figures());
            let reaction = is_reaction(s, &attr.verb, self.facts.date) && !reports_the_toll;
            // "The ministry said" after "the defence ministry said" names the same body again.
            let back_reference = !attr.pronoun
                && !attr.speaker.chars().any(char::is_uppercase)
                && actors.iter().all(|a| !a.person && a.name != attr.speaker);
            for actor in &mut actors {
                self.settle_affiliation(actor, &before, sentence_affiliation.as_deref(), s);
                if actor.person && actor.affiliation.is_none() {
                    actor.affiliation.clone_from(&owner);
                }
                if reaction && sentence_affiliation.is_none() {
                    sentence_affiliation = actor.affiliation.clone();
                }
            }
            // Remembered settled, so "Borrell wrote" and "he added" keep the EU of "top EU
            // diplomat Josep Borrell said".
            self.remember(&actors, s.block_index);
            if !reaction {
                continue;
            }
            for actor in actors {
                if (speaks_for_someone(&actor, &self.publisher, self.facts)
                    || consoles_or_condemns(&actor, s))
                    && !standing::described_as_a_medium(&actor.name, &s.text)
                {
                    self.record(actor, &attr, position, back_reference);
                }
            }
        }
    }

    /// "BRITISH PRIME MINISTER RISHI SUNAK" / "“Shocked to hear this awful news …”": a
    /// paragraph that opens on a quotation right under a subheading in capitals, as a list of
    /// reactions sets them, is the words of the speaker the subheading names (written here as
    /// a name is: "British Prime Minister Rishi Sunak", acronyms kept).
    fn speaker_heading_above(&self, s: &Sentence<'_>) -> Option<String> {
        if s.index > 0 || s.block_index == 0 {
            return None;
        }
        let heading = s
            .article
            .blocks
            .get(s.block_index - 1)
            .filter(|b| b.kind == BlockKind::Heading)?;
        let text = heading.text.trim();
        if !brief_text::in_capitals(text) || text.split_whitespace().count() < 2 {
            return None;
        }
        let words: Vec<String> = text
            .split_whitespace()
            .map(|w| {
                if GAZETTEER.lookup(w).is_some() && w.len() <= 5 {
                    return w.to_string();
                }
                let lower = w.to_lowercase();
                let mut chars = lower.chars();
                chars
                    .next()
                    .map(|c| c.to_uppercase().chain(chars).collect())
                    .unwrap_or_default()
            })
            .collect();
        Some(words.join(" "))
    }

    /// "UN chief Antonio Guterres was deeply saddened, his spokesperson said": the person the
    /// sentence opens with is the principal of "his spokesperson".
    fn principal_opening(&self, s: &Sentence<'_>, attr: &Attribution) -> Option<Actor> {
        let (possessive, _) = attr.speaker.split_once(' ')?;
        if !WORDS.has("possessive", &possessive.to_lowercase()) {
            return None;
        }
        // The principal is named before the spokesperson, outside any quotation ("“…
        // Quetta …,” his spokesperson said" names no principal).
        let speaker_at = s.text.find(attr.speaker.as_str())?;
        let unquoted = crate::speakers::unquoted(&s.text[..speaker_at]);
        let name = person_names(&unquoted).into_iter().next()?;
        let end = s.text.find(&name)? + name.len();
        let start = s.text[..end]
            .rfind([',', ';', '“', '"'])
            .map_or(0, |i| i + 1);
        resolve_actors(s.text[start..end].trim(), self.people, None)
            .into_iter()
            .find(|a| a.person)
    }

    /// A person named again by part of their name, or referred back to, keeps the role and
    /// affiliation their first mention gave them.
    fn recall_known(&self, actors: &mut [Actor]) {
        for actor in actors
            .iter_mut()
            .filter(|a| a.person && a.affiliation.is_none())
        {
            let known = self
                .out
                .iter()
                .rev()
                .find(|r| r.actor == actor.name && r.affiliation.is_some());
            if let Some(known) = known {
                actor.affiliation.clone_from(&known.affiliation);
                if actor.role.is_none() {
                    actor.role.clone_from(&known.role);
                }
            }
        }
    }

    /// The attributions of a sentence; a quotation opening a sentence of its own continues
    /// the speaker just quoted in the same paragraph ("…,” said X. “We need help.”), and so
    /// does a paragraph that is nothing but a quotation, right after the speaker's.
    fn attributions_of(&mut self, s: &Sentence<'_>) -> Vec<Attribution> {
        let attributions = s.attributions(self.people).into_owned();
        let opening = s
            .text
            .trim_start()
            .trim_start_matches(['–', '—', '-', '•', ' ']);
        if !attributions.is_empty() || !opening.starts_with(['“', '"', '«']) {
            return attributions;
        }
        // "– “…” (Cuban President Miguel Díaz-Canel on Twitter)": the paragraph names its
        // speaker in brackets at its end.
        if s.index == 0 {
            let paragraph = &s.article.blocks[s.block_index].text;
            if let Some(a) = crate::speakers::bracketed_speaker(paragraph) {
                return vec![a];
            }
        }
        let continues_quote = |block: usize| {
            if s.index > 0 {
                block == s.block_index
            } else {
                block + 1 == s.block_index
                    && self
                        .sentences
                        .iter()
                        .filter(|t| t.block_index == s.block_index)
                        .all(|t| t.attributions(self.people).is_empty())
            }
        };
        if let Some(speaker) = self.speaker_heading_above(s) {
            return vec![Attribution {
                speaker,
                verb: "said".into(),
                pronoun: false,
                sieve: Sieve::OpensQuotation,
            }];
        }
        let Some((_, prev)) = self
            .last_in_block
            .as_ref()
            .filter(|(block, _)| continues_quote(*block))
        else {
            return self.statement_quoted_as_issued(s).into_iter().collect();
        };
        self.quoted_actor = Some(prev.clone());
        vec![Attribution {
            speaker: String::new(),
            verb: "quoted".into(),
            pronoun: true,
            sieve: Sieve::QuotationGoesOn,
        }]
    }

    /// "“The State of Qatar expresses its strong condemnation …": a paragraph that opens with a
    /// statement quoted as issued, and names no speaker anywhere (a quotation of several
    /// sentences names its speaker at its end).
    fn statement_quoted_as_issued(&self, s: &Sentence<'_>) -> Option<Attribution> {
        let unattributed = self
            .sentences
            .iter()
            .filter(|t| t.block_index == s.block_index)
            .all(|t| t.attributions(self.people).is_empty());
        (s.index == 0 && unattributed)
            .then(|| crate::speakers::quoted_statement(&s.text, self.people))
            .flatten()
    }

    /// "Lingga Duta Andrefa, a university student, was trekking … when he saw …, he said":
    /// "he" or "she" closing a sentence that opens with a person's name is that person.
    fn sentence_subject(&self, s: &Sentence<'_>, attr: &Attribution) -> Option<Actor> {
        if !attr.pronoun || !matches!(attr.speaker.as_str(), "he" | "she") {
            return None;
        }
        let name = s.person_names().first()?.clone();
        if !s.text.starts_with(&name) {
            return None;
        }
        // The name with its appositive ("…, a university student,"), as the speaker phrase.
        let rest = &s.text[name.len()..];
        let phrase = match rest.strip_prefix(", ").and_then(|r| r.split_once(',')) {
            Some((apposition, _)) => format!("{name}, {apposition}"),
            None => name,
        };
        resolve_actors(&phrase, self.people, None)
            .into_iter()
            .find(|a| a.person)
    }

    /// The actors an attribution names, a pronoun or a quotation refers back to.
    fn actors_of(&mut self, attr: &Attribution, block: usize) -> Vec<Actor> {
        if attr.verb == "quoted" {
            self.quoted_actor.take().into_iter().collect()
        } else if attr.pronoun {
            let resolved = match attr.speaker.as_str() {
                s if crate::speakers::refers_to_last_speaker(s) => {
                    self.last_in_block.as_ref().map(|(_, a)| a.clone())
                }
                "it" => self.last_body.clone(),
                // "The council members reiterated …. They also reaffirmed …": a body named in
                // this paragraph or the one before; never a person, nor anyone further back.
                "they" => self
                    .last_in_block
                    .as_ref()
                    .filter(|(at, a)| !a.person && *at + 1 >= block)
                    .map(|(_, a)| a.clone()),
                _ => self.last_person.clone(),
            };
            resolved.into_iter().collect()
        } else if let Some(person) = self
            .titled_before(&attr.speaker)
            .or_else(|| self.one_name_titled_before(&attr.speaker))
        {
            vec![person]
        } else {
            resolve_actors(&attr.speaker, self.people, self.last_body.as_ref())
        }
    }

    /// "“…,” the Secretary-General concluded", "The minister noted …": a bare title refers back
    /// to the last person named with it.
    fn titled_before(&self, speaker: &str) -> Option<Actor> {
        let title = speaker
            .trim_start_matches("the ")
            .trim_start_matches("The ")
            .trim();
        // "the UN Secretary-General": a title with the body or country it is of before it.
        let (role, _) = GAZETTEER.role_in(title)?;
        let of = title
            .len()
            .checked_sub(role.len())
            .and_then(|at| title.get(..at))
            .map(str::trim)
            .filter(|of| !of.is_empty());
        let of_a_body = of.is_some_and(|of| GAZETTEER.lookup(of).is_some());
        let bare = role.len() + 1 >= title.len() || of_a_body;
        if !bare || title.is_empty() {
            return None;
        }
        let title = title.to_lowercase();
        let holds = |r: &str| r.to_lowercase().contains(&title);
        self.named_people
            .iter()
            .rev()
            .find(|p| p.role.as_deref().is_some_and(holds))
            .cloned()
            .or_else(|| of_a_body.then(|| self.only_one_titled(&holds)).flatten())
    }

    /// "Francis said" after "Pope Francis": a one-word name a speaker was given earlier with a
    /// title (such names are in no directory of full names).
    fn one_name_titled_before(&self, speaker: &str) -> Option<Actor> {
        let one_word = !speaker.contains(' ') && speaker.starts_with(char::is_uppercase);
        if !one_word {
            return None;
        }
        // The actor is the title and the name alone ("Pope Francis", role "Pope").
        let titled_so = |r: &Reaction| {
            r.role
                .as_deref()
                .is_some_and(|role| r.actor.eq_ignore_ascii_case(&format!("{role} {speaker}")))
        };
        self.out
            .iter()
            .rev()
            .find(|r| r.person && titled_so(r))
            .map(|r| Actor {
                name: r.actor.clone(),
                role: r.role.clone(),
                affiliation: r.affiliation.clone(),
                person: true,
            })
    }

    /// The one person the sources name with a title of a body ("the UN Secretary-General
    /// António Guterres"), when a sentence refers back to them by it alone.
    fn only_one_titled(&self, holds: &dyn Fn(&str) -> bool) -> Option<Actor> {
        let mut titled = self
            .people
            .people()
            .filter(|p| p.role.as_deref().is_some_and(holds));
        let person = titled.next()?;
        if titled.next().is_some() {
            return None;
        }
        Some(person_actor(&person.name, &person.name, self.people))
    }

    fn before(&self, block: usize) -> Before {
        Before {
            person: self.last_person.clone(),
            body: self.last_body.clone(),
            in_block: self
                .last_in_block
                .as_ref()
                .filter(|(b, _)| *b == block)
                .map(|(_, a)| a.clone()),
        }
    }

    fn remember(&mut self, actors: &[Actor], block: usize) {
        for actor in actors {
            if actor.person && actor.role.is_some() {
                self.named_people.retain(|p| p.name != actor.name);
                self.named_people.push(actor.clone());
            }
            if actor.person {
                self.last_person = Some(actor.clone());
            } else {
                self.last_body = Some(actor.clone());
            }
            self.last_in_block = Some((block, actor.clone()));
        }
    }

    /// Gives an actor the phrase left without a country one from the context: the principal
    /// of "his spokesman", the country already named in the sentence, the article's home.
    fn settle_affiliation(
        &self,
        actor: &mut Actor,
        before: &Before,
        in_sentence: Option<&str>,
        s: &Sentence<'_>,
    ) {
        let settled = resolve_possessor(actor, before, self.people);
        if actor.affiliation.is_some() || settled {
            return;
        }
        // "Narendra Modi called the attacks shocking", "Queen Elizabeth II has sent a message":
        // a public figure quoted by name alone, or by a title that is part of the name.
        if let Some(body) = public_figure(&actor.name) {
            actor.affiliation = Some(body);
            return;
        }
        let in_sentence = in_sentence.map(str::to_string).or_else(|| on_behalf_of(s));
        if in_sentence.is_none() {
            if let Some(body) = office_named_alone(actor) {
                actor.affiliation = Some(body);
                return;
            }
        }
        actor.affiliation = affiliation_from_context(actor, in_sentence.as_deref(), || {
            let home = self
                .home
                .get_or_init(|| article_home(self.sentences, self.facts))
                .clone();
            // "President X expressed his condolences to his counterpart": an office that
            // consoles the event's country is not its own.
            if addressed_abroad(s) && home == self.facts.home_country() {
                return headline_country_besides(s, home.as_deref());
            }
            home
        });
    }

    /// Adds a statement, or carries the one before on when the same speaker goes on ("…,” he
    /// added.) in its paragraph or the next.
    fn record(
        &mut self,
        mut actor: Actor,
        attr: &Attribution,
        position: usize,
        back_reference: bool,
    ) {
        let s = &self.sentences[position];
        let carries_on = (attr.pronoun || attr.verb == "quoted" || back_reference)
            && self
                .last_statement_block
                .is_some_and(|b| s.block_index <= b + 1);
        self.last_statement_block = Some(s.block_index);
        if let Some(prev) = self
            .out
            .last_mut()
            .filter(|p: &&mut Reaction| carries_on && p.actor == actor.name)
        {
            // "“We are saddened. We pray for the injured,” it said.": the quotation it goes
            // on with opened a sentence or more before.
            let from = quotation_opening(self.sentences, position)
                .filter(|&o| !prev.cite.sentence.contains(&self.sentences[o].text))
                .unwrap_or(position);
            for later in &self.sentences[from..=position] {
                prev.continue_with(later);
            }
            return;
        }
        // "Baku said", "Azerbaijan's capital, Baku, said": the government speaks.
        if let Some(country) = capital_as_country(&actor) {
            actor.name = country.to_string();
            actor.affiliation = Some(country.to_string());
        }
        let kind = classify(&actor, self.facts);
        actor.affiliation = actor
            .affiliation
            .as_deref()
            .map(|a| self.facts.canonical_place(GAZETTEER.speaks_within(a)));
        if self.said_by_another(&actor, attr, s) {
            return;
        }
        self.out.push(new_reaction(
            self.sentences,
            position,
            &self.out,
            actor,
            kind,
            attr,
        ));
    }

    /// "The United States pledged …, the U.S. embassy said": one statement of one government,
    /// named twice. "X condemned the attack, his spokesman said": the spokesman only carries
    /// X's words.
    fn said_by_another(&self, actor: &Actor, attr: &Attribution, s: &Sentence<'_>) -> bool {
        let same_sentence = self
            .out
            .last()
            .filter(|p: &&Reaction| p.cite.sentence == s.text);
        let named_twice = same_sentence.is_some_and(|p| {
            !p.person
                && !actor.person
                && p.affiliation.is_some()
                && p.affiliation == actor.affiliation
        });
        named_twice || same_sentence.is_some() && is_unnamed_spokesperson(&attr.speaker)
    }
}

/// A new statement at `position`; a quotation over several sentences is cited from where it
/// opens.
fn new_reaction(
    sentences: &[Sentence<'_>],
    position: usize,
    so_far: &[Reaction],
    actor: Actor,
    kind: ReactionKind,
    attr: &Attribution,
) -> Reaction {
    let opening = quotation_opening(sentences, position).filter(|&o| {
        so_far
            .last()
            .is_none_or(|p| !p.cite.sentence.contains(&sentences[o].text))
    });
    let first = opening.map_or(&sentences[position], |o| &sentences[o]);
    let mut reaction = Reaction {
        cite: first.cite(),
        continued_in: Vec::new(),
        actor: actor.name,
        role: actor.role,
        affiliation: actor.affiliation,
        kind,
        stance: first.stances().to_vec(),
        verb: attr.verb.clone(),
        direct: first.text.contains(['“', '"', '«']),
        person: actor.person,
        sieve: attr.sieve,
    };
    for later in opening.map_or(&[][..], |o| &sentences[o + 1..=position]) {
        reaction.continue_with(later);
    }
    reaction
}

/// The most sentences one quotation is taken to run over.
const MAX_QUOTED_SENTENCES: usize = 4;

/// Where the quotation a sentence closes was opened, when that is an earlier sentence of the
/// same paragraph ("“My condolences to the families. We stand with you,” he wrote.").
fn quotation_opening(sentences: &[Sentence<'_>], position: usize) -> Option<usize> {
    let s = &sentences[position];
    if !s.starts_quoted {
        return None;
    }
    // A few sentences back at most: a quotation left open (a stray mark) must not make every
    // later statement carry the whole paragraph before it.
    (position.saturating_sub(MAX_QUOTED_SENTENCES)..position)
        .rev()
        .take_while(|&k| sentences[k].block_index == s.block_index)
        .find(|&k| !sentences[k].starts_quoted)
}

/// The country or organisation whose words the sentence carries ("…, conveying Russia's
/// condolences", "expressed the European Union's support"): the owner of a statement's object
/// speaks through the sentence's speaker.
fn owner_of_the_words(r: &Reading) -> Option<String> {
    let text = r.text();
    r.mentions()
        .iter()
        .filter(|m| m.possessive && m.term != TermKind::Demonym)
        .find(|m| {
            let after = text[m.end..]
                .trim_start_matches(['\'', '’', 's'])
                .trim_start();
            let next: String = after
                .chars()
                .take_while(|c| c.is_alphabetic())
                .collect::<String>()
                .to_lowercase();
            crate::speakers::is_statement_object(&next)
        })
        .map(|m| m.name.to_string())
}

/// The country a sentence opens with as its subject ("Germany summoned …"), not as an owner
/// ("Iran's ambassador") or a people ("Iranian officials"); or the country or organisation a
/// quotation opens with as its subject ("“UNHCR is deeply saddened …,” the agency said").
fn country_opening(r: &Reading) -> Option<String> {
    // "In the UK, Prime Minister Boris Johnson condemned …": the country set before the comma.
    let text = r.text();
    let set_before = |m: &Mention| {
        matches!(text.get(..m.start), Some("In " | "In the ")) && text[m.end..].starts_with(',')
    };
    let opens_quotation =
        |m: &Mention| matches!(text.get(..m.start), Some("“" | "\"" | "“The " | "\"The "));
    r.mentions()
        .first()
        .filter(|m| {
            let country = m.kind == EntityKind::Country;
            ((m.start == 0 || set_before(m)) && country
                || opens_quotation(m) && (country || m.kind == EntityKind::Organisation))
                && !m.possessive
                && m.term != TermKind::Demonym
        })
        .map(|m| m.name.to_string())
}

/// The speakers named before a sentence: the last person, the last body, and whoever was
/// named last in the same paragraph.
struct Before {
    person: Option<Actor>,
    body: Option<Actor>,
    in_block: Option<Actor>,
}

/// "“… My wife and I were utterly shocked …,” Charles said": a person named with no office or
/// country the articles give still speaks for someone when they console or condemn; a
/// witness tells what they saw ("I heard shots"), not a stance.
fn consoles_or_condemns(actor: &Actor, s: &Sentence<'_>) -> bool {
    actor.person
        && actor.affiliation.is_none()
        && !standing::is_bystander(actor)
        && s.stances()
            .iter()
            .any(|st| matches!(*st, "condemns" | "concern"))
}
