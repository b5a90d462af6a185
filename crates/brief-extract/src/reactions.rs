//! Reactions: who said what about the event, for which country or organisation, and with
//! what stance.

use serde::Serialize;

use super::speakers::{
    affiliation_of, find_attributions, is_analyst_phrase, names_a_body, person_names,
    title_of_single_name, titled_surname, Attribution, PeopleDirectory,
};
use super::{Cite, EventFacts, Sentence};
use brief_clean::BlockKind;
use brief_text::gazetteer::{EntityKind, RoleKind, TermKind, GAZETTEER};
use brief_text::lexicon::WordTable;

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
}

/// Who speaks for whom (`data/lexicon/reactions.tsv`).
static WORDS: std::sync::LazyLock<WordTable> = std::sync::LazyLock::new(|| {
    WordTable::parse(include_str!("../../../data/lexicon/reactions.tsv"))
});

/// Stance cues (`data/lexicon/stances.tsv`).
static STANCE_WORDS: std::sync::LazyLock<WordTable> = std::sync::LazyLock::new(|| {
    WordTable::parse(include_str!("../../../data/lexicon/stances.tsv"))
});

/// Every stance there is, in display order.
pub fn stance_names() -> impl Iterator<Item = &'static str> {
    let words: &'static WordTable = &STANCE_WORDS;
    words.kinds("stance:").map(|k| &k["stance:".len()..])
}

/// Every stance cue in one searcher, each pattern mapped back to its stance's index.
static STANCE_FINDER: std::sync::LazyLock<(aho_corasick::AhoCorasick, Vec<usize>)> =
    std::sync::LazyLock::new(|| {
        let (cues, stance_of): (Vec<&str>, Vec<usize>) = STANCE_WORDS
            .kinds("stance:")
            .enumerate()
            .flat_map(|(i, kind)| {
                STANCE_WORDS
                    .words(kind)
                    .iter()
                    .map(move |c| (c.as_str(), i))
            })
            .unzip();
        let finder = aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(cues)
            .expect("stance cues build a searcher");
        (finder, stance_of)
    });

/// The stances a statement's words give, in display order.
pub fn stances(sentence: &str) -> Vec<&'static str> {
    let (finder, stance_of) = &*STANCE_FINDER;
    let names: Vec<&'static str> = stance_names().collect();
    let mut found = vec![false; names.len()];
    let index_of = |name: &str| names.iter().position(|s| *s == name);
    for m in finder.find_overlapping_iter(sentence) {
        // A cue starts a word, and not an agent noun: "supporters" and "negotiators" are
        // people, not a stance.
        let word_start = !sentence[..m.start()]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric);
        let tail: String = sentence[m.end()..]
            .chars()
            .take_while(|c| c.is_alphabetic())
            .collect();
        let agent = matches!(tail.as_str(), "er" | "ers" | "or" | "ors");
        // A capital inside the sentence starts a name ("Rapid Support Forces").
        let in_name = m.start() > 0 && sentence[m.start()..].starts_with(char::is_uppercase);
        if word_start && !agent && !in_name && !negated(&sentence[..m.start()]) {
            found[stance_of[m.pattern().as_usize()]] = true;
        }
    }
    // Offering help is not asking for it: "ready to provide assistance" offers aid.
    if let (Some(offers), Some(calls)) = (index_of("offers aid"), index_of("calls for aid")) {
        if found[offers] {
            found[calls] = false;
        }
    }
    names
        .into_iter()
        .zip(found)
        .filter(|(_, hit)| *hit)
        .map(|(s, _)| s)
        .collect()
}

/// Is a stance cue denied by the words just before it ("would not negotiate", "refused to
/// condemn", "no talks")?
fn negated(before: &str) -> bool {
    before.split_whitespace().rev().take(3).any(|w| {
        let w = w.to_lowercase();
        STANCE_WORDS.has(
            "negation",
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’'),
        )
    })
}

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
        for stance in stances(&s.text) {
            if !self.stance.contains(&stance) {
                self.stance.push(stance);
            }
        }
        self.direct |= s.text.contains(['“', '"']);
    }
}

#[derive(Debug, Clone)]
struct Actor {
    name: String,
    role: Option<String>,
    affiliation: Option<String>,
    person: bool,
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
}

impl Reader<'_, '_> {
    fn read_sentence(&mut self, position: usize) {
        let s = &self.sentences[position];
        let attributions = self.attributions_of(s);
        // The country or body of a speaker already named in this sentence ("Beijing urged …,
        // foreign ministry spokesperson Wang Wenbin told reporters"), or of the country the
        // sentence opens with ("Germany summoned …, and Foreign Minister X said").
        let mut sentence_affiliation: Option<String> = if attributions.is_empty() {
            None
        } else {
            country_opening(&s.text)
        };
        for attr in attributions {
            let actors = self.actors_of(&attr);
            let before = self.before(s.block_index);
            self.remember(&actors, s.block_index);
            if !is_reaction(s, &attr.verb) {
                continue;
            }
            // "The ministry said" after "the defence ministry said" names the same body again.
            let back_reference = !attr.pronoun
                && !attr.speaker.chars().any(char::is_uppercase)
                && actors.iter().all(|a| !a.person && a.name != attr.speaker);
            for mut actor in actors {
                self.settle_affiliation(&mut actor, &before, sentence_affiliation.as_deref(), s);
                if sentence_affiliation.is_none() {
                    sentence_affiliation = actor.affiliation.clone();
                }
                if speaks_for_someone(&actor, &self.publisher, self.facts) {
                    self.record(actor, &attr, position, back_reference);
                }
            }
        }
    }

    /// The attributions of a sentence; a quotation opening a sentence of its own continues
    /// the speaker just quoted in the same paragraph ("…,” said X. “We need help.”), and so
    /// does a paragraph that is nothing but a quotation, right after the speaker's.
    fn attributions_of(&mut self, s: &Sentence<'_>) -> Vec<Attribution> {
        let attributions = find_attributions(&s.text, s.starts_quoted, self.people);
        if !attributions.is_empty() || !s.text.trim_start().starts_with(['“', '"']) {
            return attributions;
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
                        .all(|t| {
                            find_attributions(&t.text, t.starts_quoted, self.people).is_empty()
                        })
            }
        };
        let Some((_, prev)) = self
            .last_in_block
            .as_ref()
            .filter(|(block, _)| continues_quote(*block))
        else {
            return attributions;
        };
        self.quoted_actor = Some(prev.clone());
        vec![Attribution {
            speaker: String::new(),
            verb: "quoted".into(),
            pronoun: true,
        }]
    }

    /// The actors an attribution names, a pronoun or a quotation refers back to.
    fn actors_of(&mut self, attr: &Attribution) -> Vec<Actor> {
        if attr.verb == "quoted" {
            self.quoted_actor.take().into_iter().collect()
        } else if attr.pronoun {
            let resolved = match attr.speaker.as_str() {
                "it" => self.last_body.clone(),
                _ => self.last_person.clone(),
            };
            resolved.into_iter().collect()
        } else {
            resolve_actors(&attr.speaker, self.people, self.last_body.as_ref())
        }
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
        actor.affiliation = affiliation_from_context(actor, in_sentence, || {
            let home = self
                .home
                .get_or_init(|| article_home(self.sentences, self.facts))
                .clone();
            // "President X expressed his condolences to his counterpart": an office that
            // consoles the event's country is not its own.
            if addressed_abroad(&s.text) && home == self.facts.home_country() {
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
            prev.continue_with(s);
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
            .map(|a| self.facts.canonical_place(a));
        if self.said_by_another(&actor, attr, s) {
            return;
        }
        self.out.push(new_reaction(
            self.sentences,
            position,
            &self.out,
            actor,
            kind,
            &attr.verb,
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
    verb: &str,
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
        stance: stances(&first.text),
        verb: verb.to_string(),
        direct: first.text.contains(['“', '"']),
        person: actor.person,
    };
    for later in opening.map_or(&[][..], |o| &sentences[o + 1..=position]) {
        reaction.continue_with(later);
    }
    reaction
}

/// Where the quotation a sentence closes was opened, when that is an earlier sentence of the
/// same paragraph ("“My condolences to the families. We stand with you,” he wrote.").
fn quotation_opening(sentences: &[Sentence<'_>], position: usize) -> Option<usize> {
    let s = &sentences[position];
    if !s.starts_quoted {
        return None;
    }
    (0..position)
        .rev()
        .take_while(|&k| sentences[k].block_index == s.block_index)
        .find(|&k| !sentences[k].starts_quoted)
}

/// The country a sentence opens with as its subject ("Germany summoned …"), not as an owner
/// ("Iran's ambassador") or a people ("Iranian officials").
fn country_opening(sentence: &str) -> Option<String> {
    GAZETTEER
        .mentions(sentence)
        .into_iter()
        .next()
        .filter(|m| {
            m.start == 0
                && !m.possessive
                && m.kind == EntityKind::Country
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

/// Resolves whose role an actor holds when the role names its holder's principal: "his
/// spokesman" (the person just named), "its spokesperson" (the body just named), "Vladimir
/// Putin's spokesperson" (a person: their country, else the country of whoever spoke just
/// before in the paragraph — "The Kremlin denied it. X, Putin's spokesperson, said …").
/// True when the affiliation is settled, found or not, so the event's country is not assumed.
fn resolve_possessor(actor: &mut Actor, before: &Before, people: &PeopleDirectory) -> bool {
    let Some(role) = actor.role.clone() else {
        return false;
    };
    let (pronoun, rest) = role.split_once(' ').unwrap_or((&role, ""));
    let principal = match pronoun.to_lowercase().as_str() {
        "his" | "her" => before.person.as_ref(),
        "its" | "their" => before.body.as_ref(),
        _ => None,
    };
    if let Some(p) = principal.filter(|p| p.name != actor.name && !rest.is_empty()) {
        actor.role = Some(format!("{rest} for {}", p.name));
        actor.affiliation = p.affiliation.clone().or_else(|| Some(p.name.clone()));
        return true;
    }
    let of_a_person = actor.affiliation.as_deref().is_some_and(|a| {
        let possessive = role.contains(&format!("{a}'s")) || role.contains(&format!("{a}’s"));
        possessive
            && GAZETTEER.lookup(a).is_none()
            && person_names(a).first().is_some_and(|n| n == a)
            && people.find(a).is_some()
    });
    // "X said …. “…,” spokesman Y told reporters": a spokesperson of no one named speaks for
    // the body that spoke before in the paragraph.
    let spokesperson = WORDS.has("spokesperson", &role.to_lowercase());
    if spokesperson && actor.affiliation.is_none() {
        if let Some(body) = before.in_block.as_ref().filter(|b| !b.person) {
            actor.affiliation = body.affiliation.clone();
            return actor.affiliation.is_some();
        }
    }
    if !of_a_person {
        return false;
    }
    let principal = actor.affiliation.as_deref().and_then(|a| people.find(a));
    actor.affiliation = principal
        .and_then(|p| p.role.as_deref())
        .and_then(affiliation_of)
        .or_else(|| before.in_block.as_ref().and_then(|a| a.affiliation.clone()));
    true
}

/// The affiliation of an actor the phrase gave none: an office-holder is of the country
/// already named in the sentence, else of the article's home country (`article_home`).
fn affiliation_from_context(
    actor: &Actor,
    in_sentence: Option<&str>,
    article_home: impl FnOnce() -> Option<String>,
) -> Option<String> {
    if !speaks_for_an_office(actor) {
        return None;
    }
    in_sentence.map(str::to_string).or_else(article_home)
}

/// The country a capital speaks for, when a speaker is named as the capital ("Azerbaijan's
/// capital, Baku"). A seat named alone keeps its name ("the White House", "the Kremlin"): it
/// is how readers know that body, and its affiliation already says the country.
fn capital_as_country(actor: &Actor) -> Option<&'static str> {
    let (described, last) = actor.name.rsplit_once(',')?;
    if actor.person || !described.to_lowercase().ends_with("capital") {
        return None;
    }
    let last = last.trim();
    match GAZETTEER.lookup(last) {
        Some((country, TermKind::Seat)) if country.kind == EntityKind::Country => {
            Some(country.name)
        }
        _ => None,
    }
}

/// Whether a statement is addressed to another country ("condolences to", "his counterpart",
/// "solidarity with"), from `data/lexicon/reporting_verbs.tsv`'s `outward` phrases.
fn addressed_abroad(sentence: &str) -> bool {
    let lower = sentence.to_lowercase();
    super::speakers::outward_phrases().any(|p| lower.contains(p))
}

/// The one country an article's headline names besides `home` ("Rwanda: Kagame condoles with
/// Senegal"), where the consoling office belongs.
fn headline_country_besides(s: &Sentence<'_>, home: Option<&str>) -> Option<String> {
    let others: std::collections::BTreeSet<&str> = GAZETTEER
        .mentions(&s.article.title)
        .into_iter()
        .filter(|m| m.kind == EntityKind::Country && Some(m.name) != home)
        .map(|m| m.name)
        .collect();
    match others.into_iter().collect::<Vec<_>>().as_slice() {
        [one] => Some(one.to_string()),
        _ => None,
    }
}

/// The country an article's unqualified offices ("President X", "the defence secretary")
/// belong to: the event's own country, or, when several countries are its sides, the one
/// of them the article names most (an American outlet on an attack on its troops in
/// Jordan).
fn article_home(sentences: &[Sentence<'_>], facts: &EventFacts) -> Option<String> {
    let sides: Vec<&str> = facts
        .parties
        .iter()
        .filter_map(|p| GAZETTEER.country(p).map(|e| e.name))
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    if sides.len() < 2 {
        return facts.home_country();
    }
    let mut counts: std::collections::BTreeMap<&str, usize> = std::collections::BTreeMap::new();
    for s in sentences {
        for m in GAZETTEER.mentions(&s.text) {
            if sides.contains(&m.name) {
                *counts.entry(m.name).or_default() += 1;
            }
        }
    }
    let mut ranked: Vec<(usize, &str)> = counts.into_iter().map(|(c, n)| (n, c)).collect();
    ranked.sort_unstable_by(|a, b| b.cmp(a));
    match ranked.as_slice() {
        // A clear lead only: with the sides named alike, no one country is the article's.
        [(first, c), (second, _), ..] if *first > second * 3 / 2 => Some(c.to_string()),
        [(_, c)] => Some(c.to_string()),
        _ => facts.home_country(),
    }
}

/// Does an actor make statements worth listing? Governments, bodies, officials and analysts
/// do; a news outlet, an unnamed source or a bystander (no title, placed at most by a town:
/// "a 42-year-old shop owner in Hualien") does not.
fn speaks_for_someone(actor: &Actor, publisher: &str, facts: &EventFacts) -> bool {
    let titled = |r: &str| GAZETTEER.role_in(r).is_some();
    let anonymous = actor.affiliation.is_none() && !actor.role.as_deref().is_some_and(titled);
    let bare_title = GAZETTEER
        .role_in(&actor.name)
        .is_some_and(|(t, _)| t.len() + 1 >= actor.name.len());
    let witness = actor.person
        && actor
            .role
            .as_deref()
            .is_none_or(|r| !titled(r) && !is_analyst_phrase(r))
        && actor
            .affiliation
            .as_deref()
            .is_none_or(|a| GAZETTEER.entity(a).is_none());
    !(is_news_outlet(&actor.name, publisher)
        || is_bystander(actor)
        || is_unnamed_source(actor) && !speaks_on_the_ground(actor, facts)
        || works_in_the_emergency(actor)
        || witness
        || anonymous && (bare_title || !titled(&actor.name)))
}

/// A person described only by what they are to the event, whatever their nationality
/// ("British tourist Gary Pine", "a local resident"): they speak for no one else.
fn is_bystander(actor: &Actor) -> bool {
    let Some(role) = actor.role.as_deref().filter(|_| actor.person) else {
        return false;
    };
    let lower = role.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty() && !matches!(*w, "a" | "an" | "the"))
        .collect();
    let bystander = |w: &str| super::casualties::PERSON_NOUNS.has("bystander", w);
    words
        .last()
        .is_some_and(|h| bystander(h) || h.strip_suffix('s').is_some_and(bystander))
        && GAZETTEER.role_in(role).is_none()
        && !is_analyst_phrase(role)
}

/// "his spokesman", "a spokeswoman": someone who carries another's words, unnamed.
fn is_unnamed_spokesperson(speaker: &str) -> bool {
    let lower = speaker.to_lowercase();
    let mut words = lower.split_whitespace();
    let (Some(det), Some(noun), None) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    matches!(det, "his" | "her" | "its" | "their" | "a" | "the")
        && (WORDS.has("spokesperson", noun) || WORDS.has("carrier", noun))
}

/// Hospitals and rescue services report on the emergency they work in; they take no position
/// on it ("We are still pulling bodies out of the debris," said the rescue service's
/// spokesman).
fn works_in_the_emergency(actor: &Actor) -> bool {
    let phrase = format!("{} {}", actor.role.as_deref().unwrap_or(""), actor.name).to_lowercase();
    WORDS
        .words("emergency")
        .iter()
        .any(|p| phrase.contains(p.as_str()))
}

/// Does an actor speak for an office or a body ("President Banda", "the electoral
/// commission", "the police")? Such an actor with no country named is of the event's own
/// country, as a reader takes them.
fn speaks_for_an_office(actor: &Actor) -> bool {
    let titled = |phrase: &str| {
        GAZETTEER
            .role_in(phrase)
            .is_some_and(|(_, kind)| kind == RoleKind::Official)
    };
    // "aid agencies", "rights groups": bodies in general, of no one country.
    let lower = actor.name.to_lowercase();
    let generic = actor.name.ends_with('s')
        && !WORDS
            .words("public-plural")
            .iter()
            .any(|b| lower.ends_with(b.as_str()));
    // Hospitals, airlines, companies and the media hold no office.
    let private = WORDS
        .words("private")
        .iter()
        .any(|b| lower.ends_with(b.as_str()));
    actor.role.as_deref().is_some_and(titled)
        || !actor.person
            && (titled(&actor.name) || names_a_body(&actor.name) && !generic && !private)
}

/// Unnamed sources ("US officials said", "diplomats said") attribute reporting, not a
/// position anyone can be held to.
fn is_unnamed_source(actor: &Actor) -> bool {
    let lower = actor.name.to_lowercase();
    !actor.person
        && WORDS
            .words("unnamed")
            .iter()
            .any(|u| lower.ends_with(u.as_str()))
        && lower.split_whitespace().count() <= 3
}

/// Unnamed officials of a side of the event or of an international body ("officials said",
/// "UN officials say", "health ministry officials said") are how those authorities' statements
/// are reported; a foreign government's unnamed officials ("US officials said") are a press
/// source, not that government's position.
fn speaks_on_the_ground(actor: &Actor, facts: &EventFacts) -> bool {
    actor.affiliation.as_deref().is_some_and(|a| {
        facts.is_party(a)
            || GAZETTEER
                .entity(a)
                .is_some_and(|e| e.kind != EntityKind::Country)
    })
}

/// Is an attributed sentence a reaction to the event? Not when it reports a fact, when it
/// was said before the event ("had said on Monday"), or when it gives a casualty figure
/// (those are on the casualties page with their claimant).
fn is_reaction(s: &Sentence<'_>, verb: &str) -> bool {
    // "had warned on Monday" was said before; "said it had warned for years" is said now.
    let pluperfect = brief_text::find_ascii_ci(&s.text, &format!("had {verb}")).is_some();
    // A standfirst sums up statements the body reports in full.
    // "announced sanctions" takes a position; "announced a curfew" reports a fact.
    s.block_kind != BlockKind::Standfirst
        && (!WORDS.has("fact-verb", verb) || !stances(&s.text).is_empty())
        && !pluperfect
        && !super::casualties::has_figures(&s.text)
}

/// Turns a speaker phrase into actors: one per country or body when the phrase lists them
/// ("The European Union, France and Germany"), else one.
fn resolve_actors(
    speaker: &str,
    people: &PeopleDirectory,
    last_body: Option<&Actor>,
) -> Vec<Actor> {
    let items: Vec<&str> = speaker
        .split([','])
        .flat_map(|p| p.split(" and "))
        .map(|p| p.trim())
        .filter(|p| !p.is_empty())
        .collect();
    if items.len() > 1 && items.iter().all(|i| GAZETTEER.lookup(i).is_some()) {
        return items
            .iter()
            .filter_map(|i| GAZETTEER.lookup(i))
            .map(|(e, _)| Actor {
                name: e.name.to_string(),
                role: None,
                affiliation: Some(e.name.to_string()),
                person: false,
            })
            .collect();
    }
    // "Portugal, the former colonial power": the country, described.
    if let [first, rest @ ..] = items.as_slice() {
        let described = !rest.is_empty()
            && rest
                .iter()
                .all(|p| p.starts_with("the ") || p.starts_with("a ") || p.starts_with("an "));
        if let Some((e, TermKind::Name)) = GAZETTEER.lookup(first).filter(|_| described) {
            return vec![Actor {
                name: e.name.to_string(),
                role: None,
                affiliation: Some(e.name.to_string()),
                person: false,
            }];
        }
    }
    vec![resolve_actor(speaker, people, last_body)]
}

/// Turns a speaker phrase into an actor: a person (full name from the directory, role from the
/// phrase or from elsewhere in the sources) or a body with its affiliation.
fn resolve_actor(speaker: &str, people: &PeopleDirectory, last_body: Option<&Actor>) -> Actor {
    let names = person_names(speaker);
    let lone = speaker.split_whitespace().count() == 1;
    // The name that stands as a whole comma part is the speaker ("adviser to President X, Name").
    let parts: Vec<&str> = speaker.split(',').map(str::trim).collect();
    let appositive = names.iter().find(|n| parts.contains(&n.as_str()));
    let person = appositive
        .or_else(|| head_name(&names, parts[0]))
        .cloned()
        .or_else(|| {
            lone.then(|| speaker.to_string())
                .filter(|w| people.by_surname(w).is_some())
        })
        .or_else(|| titled_surname(speaker, people))
        .or_else(|| known_by_one_name(speaker, people));
    if let Some(name) = person {
        return person_actor(&name, speaker, people);
    }
    if let Some(title) = title_of_single_name(speaker) {
        return Actor {
            name: speaker.to_string(),
            role: Some(title.to_string()),
            affiliation: affiliation_of(title),
            person: true,
        };
    }
    // A body known by its initials ("the RSF") speaks for itself.
    let initials =
        (2..=6).contains(&speaker.len()) && speaker.chars().all(|c| c.is_ascii_uppercase());
    // "The Carter Center": a foundation or institute by its own name speaks for itself.
    let named_research_body = speaker.starts_with(char::is_uppercase)
        && GAZETTEER.is_analyst_org(speaker)
        && is_written_as_a_name(speaker);
    let own_name = initials || people.is_body_word(speaker) || named_research_body;
    let affiliation = affiliation_of(speaker).or_else(|| own_name.then(|| speaker.to_string()));
    if affiliation.is_none() {
        // "The ministry claimed …" refers back to the body named before.
        if let Some(body) = last_body.filter(|b| shares_word(&b.name, speaker)) {
            return body.clone();
        }
    }
    // "The Islamic Resistance in Iraq, an umbrella group of …": the body, then what it is.
    if let Some((head, what)) = speaker.split_once(", ") {
        let described = ["a ", "an ", "the "].iter().any(|d| what.starts_with(d));
        let head = head.trim_start_matches("the ").trim_start_matches("The ");
        let group = head
            .split_whitespace()
            .any(|w| brief_text::names::is_capitalised(w) && super::speakers::is_body_head(w));
        if described && group && is_written_as_a_name(head) && GAZETTEER.lookup(head).is_none() {
            return Actor {
                name: head.to_string(),
                role: Some(what.to_string()),
                affiliation: Some(head.to_string()),
                person: false,
            };
        }
    }
    // A country or organisation named outright goes by its usual name ("EU" → "European Union");
    // "analysts at the Institute for …" speak as their institute.
    let name = match GAZETTEER.lookup(speaker) {
        Some((e, TermKind::Name)) => e.name.to_string(),
        _ => affiliation
            .clone()
            .filter(|_| speaks_as_their_body(speaker))
            .unwrap_or_else(|| speaker.to_string()),
    };
    Actor {
        name,
        role: None,
        affiliation,
        person: false,
    }
}

/// A person speaker: their full name from the directory, the role the phrase gives or, failing
/// that, the one the sources give elsewhere, and the affiliation the role names.
fn person_actor(name: &str, speaker: &str, people: &PeopleDirectory) -> Actor {
    let known = people.find(name);
    let full = known.map_or(name.to_string(), |p| p.name.clone());
    let here = tidy_role(&speaker.replacen(name, "", 1));
    let known_role = known
        .and_then(|p| p.role.as_deref())
        .map(tidy_role)
        .filter(|r| !r.is_empty());
    let role = if here.is_empty() {
        known_role.clone()
    } else {
        Some(here)
    };
    let affiliation = role
        .as_deref()
        .and_then(affiliation_of)
        .or_else(|| known_role.as_deref().and_then(affiliation_of));
    Actor {
        name: full,
        role: role.map(|r| r.trim_start_matches("the ").to_string()),
        affiliation,
        person: true,
    }
}

/// The one known person a lone name or a titled name stands for when it is not their last
/// name: "Ban" for "Ban Ki-moon", "Mr Jodi" for "Jodi Haryawan", "Faki" for "Moussa Faki
/// Mahamat". Names are written in many orders; any single part that only one person of the
/// sources bears names them.
fn known_by_one_name(speaker: &str, people: &PeopleDirectory) -> Option<String> {
    let words: Vec<&str> = speaker.split_whitespace().collect();
    let word = match words.as_slice() {
        [one] => *one,
        [_, one] if title_of_single_name(speaker).is_some() => *one,
        _ => return None,
    };
    if !brief_text::names::is_capitalised(word) || GAZETTEER.lookup(word).is_some() {
        return None;
    }
    let mut bearers = people.people().filter(|p| {
        p.name.split_whitespace().count() > 1 && p.name.split([' ', '-']).any(|part| part == word)
    });
    match (bearers.next(), bearers.next()) {
        (Some(one), None) => Some(one.name.clone()),
        _ => None,
    }
}

/// Capitalised words with the small ones names hold: "Institute for the Study of War",
/// "Islamic Resistance in Iraq" (not "Analysts at the Institute").
fn is_written_as_a_name(phrase: &str) -> bool {
    phrase.split_whitespace().all(|w| {
        brief_text::names::is_capitalised(w)
            || matches!(w, "of" | "for" | "the" | "and" | "in" | "on")
    })
}

/// "Analysts at the Institute for the Study of War", "experts from the Lowy Institute": people
/// unnamed, in the plural, who speak as the body they work at.
fn speaks_as_their_body(speaker: &str) -> bool {
    let mut words = speaker.split_whitespace();
    let first = words.next().unwrap_or_default().to_lowercase();
    WORDS.has("staff", &first) && matches!(words.next(), Some("at" | "from" | "with"))
}

/// The person a speaker phrase names before its first comma, the name nearest the verb:
/// "Khyber Pakhtunkhwa Inspector General of Police Moazzam Jah Ansari", "Pashinyan's
/// spokeswoman Nazeli Baghdasaryan", not "Imperial College" in "X, of Imperial College".
pub fn head_name<'a>(names: &'a [String], head: &str) -> Option<&'a String> {
    names
        .iter()
        .rfind(|n| head.contains(n.as_str()))
        .or(names.first())
}

/// What is left of a speaker phrase once the name is out, as a role: "Dr , head of the
/// hospital" → "head of the hospital".
fn tidy_role(rest: &str) -> String {
    // Honorifics, and conjunctions a clause boundary leaves ("while the Nato secretary general").
    let rest = rest.replace(" ,", ",");
    let mut role = rest.trim_matches(|c: char| c == ',' || c.is_whitespace());
    while let Some((first, tail)) = role.split_once([' ', ',']) {
        if !WORDS.has("honorific", &first.trim_end_matches('.').to_lowercase()) {
            break;
        }
        role = tail.trim_start_matches(|c: char| c == ',' || c.is_whitespace());
    }
    if WORDS.has("honorific", &role.trim_end_matches('.').to_lowercase()) {
        return String::new();
    }
    // "Prime Minister X, also known as Y": another name, not a part of the role.
    let role = WORDS
        .words("other-name")
        .iter()
        .find_map(|k| role.find(k.as_str()).map(|at| &role[..at]))
        .unwrap_or(role);
    role.to_string()
}

fn shares_word(a: &str, b: &str) -> bool {
    let a = a.to_lowercase();
    b.to_lowercase()
        .split_whitespace()
        .filter(|w| w.len() > 3)
        .any(|w| a.contains(w))
}

/// News media (`data/lexicon/media.tsv`).
static MEDIA: std::sync::LazyLock<brief_text::lexicon::WordTable> =
    std::sync::LazyLock::new(|| {
        brief_text::lexicon::WordTable::parse(include_str!("../../../data/lexicon/media.tsv"))
    });

/// News outlets report; they are not actors of the event.
fn is_news_outlet(name: &str, publisher: &str) -> bool {
    let lower = name.to_lowercase();
    // "The Houthis' media office", "the army's media centre": a body's press office speaks
    // for the body.
    if MEDIA
        .words("press-office")
        .iter()
        .any(|office| lower.ends_with(office.as_str()))
    {
        return false;
    }
    let last = lower.rsplit(' ').next().unwrap_or_default();
    // "the Philippine Daily Inquirer": a newspaper by its name, not a word of a sentence.
    let masthead = name.split_whitespace().count() > 1
        && name
            .rsplit(' ')
            .next()
            .is_some_and(|w| MEDIA.has("masthead", w));
    MEDIA.has("agency", last)
        || masthead
        || (!publisher.is_empty() && lower == publisher.to_lowercase())
        || MEDIA
            .words("media")
            .iter()
            .any(|w| lower.contains(w.as_str()))
}

fn classify(actor: &Actor, facts: &EventFacts) -> ReactionKind {
    let phrase = format!("{} {}", actor.role.as_deref().unwrap_or(""), actor.name);
    if is_analyst_phrase(&phrase) {
        return ReactionKind::Analyst;
    }
    match actor.affiliation.as_deref() {
        Some(a) if facts.is_party(a) => ReactionKind::Party,
        Some(a) if GAZETTEER.entity(a).is_some() => ReactionKind::International,
        Some(a) if GAZETTEER.is_analyst_org(a) => ReactionKind::Analyst,
        _ => ReactionKind::Other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::{article, article_of_blocks};
    use brief_clean::Article;

    #[test]
    fn roles_lose_honorifics_and_other_names() {
        assert_eq!(
            tidy_role("Dr , head of the Beira central hospital"),
            "head of the Beira central hospital"
        );
        assert_eq!(
            tidy_role("Prime Minister, also known as Prachanda"),
            "Prime Minister"
        );
    }

    #[test]
    fn stance_from_words() {
        assert_eq!(
            stances("The EU condemned the strikes and called for dialogue."),
            ["condemns", "calls for talks"]
        );
        assert!(stances("He visited the site.").is_empty());
        assert!(stances("His forces would not negotiate with a rebel militia.").is_empty());
        assert_eq!(
            stances("The bloc called for an immediate end to the fighting."),
            ["calls for a ceasefire"]
        );
    }

    fn reactions_of(article: &Article) -> Vec<Reaction> {
        let people = PeopleDirectory::build(std::slice::from_ref(article));
        let sentences = crate::article_sentences(article);
        extract(&sentences, &EventFacts::default(), &people)
    }

    #[test]
    fn a_quotation_running_on_is_one_statement() {
        let a = article(
            "a",
            "Quake",
            &[
                "“We need tents and clean water,” said Maria Lopez, Peru's health minister.",
                "“The roads to the coast are cut,” she said. “Help must come by air.”",
                "Lopez later told reporters that the army had reached Ica.",
            ],
        );
        let found = reactions_of(&a);
        assert_eq!(found.len(), 2, "{found:#?}");
        assert_eq!(found[0].actor, "Maria Lopez");
        assert!(found[0].cite.sentence.ends_with("Help must come by air.”"));
        assert_eq!(found[0].cite.block, "p1");
        assert_eq!(found[0].continued_in, ["p2"]);
        assert_eq!(found[1].cite.block, "p3");
    }

    #[test]
    fn a_quotation_attributed_in_its_own_paragraph_is_not_carried_over() {
        let a = article(
            "a",
            "Quake",
            &[
                "Peru's health minister, Maria Lopez, said aid was on its way.",
                "“The roads are cut. We need helicopters,” said Jorge Ruiz, Peru's interior minister.",
            ],
        );
        let found = reactions_of(&a);
        assert_eq!(found.len(), 2, "{found:#?}");
        assert_eq!(found[1].actor, "Jorge Ruiz");
        assert_eq!(found[1].cite.block, "p2");
        assert!(found[0].continued_in.is_empty());
    }

    #[test]
    fn unnamed_officials_and_standfirsts_are_not_statements() {
        let a = article_of_blocks(
            "a",
            "Quake",
            &[
                "Peru's president condemns the slow relief effort.",
                "US officials said aid flights were likely to start on Friday.",
                "Peru's president, Ana Ruiz, condemned the slow relief effort.",
            ],
            &[
                BlockKind::Standfirst,
                BlockKind::Paragraph,
                BlockKind::Paragraph,
            ],
        );
        let found = reactions_of(&a);
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(found[0].cite.block, "p3");
    }

    #[test]
    fn an_office_consoling_the_event_s_country_is_not_of_it() {
        let a = article(
            "a",
            "Rwanda: Kagame condoles with Senegal over bus crash",
            &["President Paul Kagame has expressed his condolences to his counterpart Macky Sall of Senegal and the families of the victims."],
        );
        let people = PeopleDirectory::build(std::slice::from_ref(&a));
        let sentences = crate::article_sentences(&a);
        let facts = EventFacts {
            place: Some("Senegal".into()),
            parties: vec!["Senegal".into()],
            ..EventFacts::default()
        };
        let r = extract(&sentences, &facts, &people);
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].affiliation.as_deref(), Some("Rwanda"));
    }

    #[test]
    fn a_capital_speaks_as_its_country() {
        let a = article(
            "a",
            "Offensive launched",
            &["Azerbaijan's capital, Baku, said its campaign was limited and necessary to restore order."],
        );
        let r = reactions_of(&a);
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].actor, "Azerbaijan");
        assert_eq!(r[0].affiliation.as_deref(), Some("Azerbaijan"));
    }

    fn reactions_in(article: &Article, home: &str) -> Vec<Reaction> {
        let people = PeopleDirectory::build(std::slice::from_ref(article));
        let sentences = crate::article_sentences(article);
        let facts = EventFacts {
            place: Some(home.into()),
            parties: vec![home.into()],
            ..EventFacts::default()
        };
        extract(&sentences, &facts, &people)
    }

    #[test]
    fn a_person_named_by_one_part_of_their_name_is_that_person() {
        let a = article(
            "a",
            "Ambush",
            &[
                "UN Secretary-General Ban Ki-moon condemned the ambush.",
                "“Their colleagues are still in danger,” Ban told reporters.",
                "“They died in the service of peace,” Mr Ban said.",
            ],
        );
        let found = reactions_in(&a, "Ivory Coast");
        assert_eq!(found.len(), 3, "{found:#?}");
        assert!(found.iter().all(|r| r.actor == "Ban Ki-moon"), "{found:#?}");
    }

    #[test]
    fn unnamed_officials_of_a_side_or_of_an_international_body_speak_for_it() {
        let a = article(
            "a",
            "Gas leak",
            &[
                "Health ministry officials said they expected few people to remain in hospital.",
                "The attack took place near the border, UN officials said.",
                "US officials said aid flights were likely to start on Friday.",
            ],
        );
        let found = reactions_in(&a, "Jordan");
        let affiliations: Vec<_> = found.iter().map(|r| r.affiliation.as_deref()).collect();
        assert_eq!(affiliations, [Some("Jordan"), Some("United Nations")]);
    }

    #[test]
    fn a_press_office_speaks_and_a_confirmation_is_a_statement() {
        let a = article(
            "a",
            "Strike",
            &[
                "The Houthis' media office said rescuers were still searching the rubble.",
                "The mayor of the town, Desire Gnonkonte, confirmed that residents were fleeing.",
            ],
        );
        let found = reactions_in(&a, "Yemen");
        assert_eq!(found.len(), 2, "{found:#?}");
    }

    #[test]
    fn a_tourist_of_any_nationality_speaks_for_no_one() {
        let a = article(
            "a",
            "Beach attack",
            &["“There was a mass exodus off the beach,” British tourist Gary Pine told Sky News."],
        );
        assert!(reactions_in(&a, "Tunisia").is_empty());
    }

    #[test]
    fn a_quotation_over_sentences_is_cited_from_its_opening() {
        let a = article(
            "a",
            "Bus crash",
            &["“My condolences to the families of the victims. Rwanda stands with you,” President Paul Kagame wrote."],
        );
        let found = reactions_in(&a, "Senegal");
        assert_eq!(found.len(), 1, "{found:#?}");
        assert!(
            found[0].cite.sentence.starts_with("“My condolences"),
            "{found:#?}"
        );
    }
}
