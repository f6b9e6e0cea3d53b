package org.sitrep.link.claims;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.DocumentAnalysis;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityType;
import org.sitrep.model.Quote;
import org.sitrep.model.Span;
import org.sitrep.model.Speaker;

/**
 * Who speaks for an organisation in one report: a speaker whose words name a role that exists only inside an
 * organisation ("OCHA spokeswoman Linda Tom", "a spokesman for the UN refugee agency", "Rami Abdel Rahman, head of
 * the Observatory") says what the organisation says, so a figure from them and one from the organisation are one
 * source, not two.
 *
 * <p>The organisation is an organisation (or group) the report names inside the speaker's phrase; a bare role
 * ("director Rami Abdel Rahman told AFP", right after "The Observatory estimates…") takes the organisation quoted
 * just before, when no other speaker came in between: news writing introduces an organisation's official right
 * after the organisation's own words. Whatever a report learns about a speaker holds for all the speaker's quotes
 * in it ("she said" after "OCHA spokeswoman Linda Tom said").
 *
 * <p>Roles of states ("Turkish Prime Minister", "President") are not roles of an organisation here: a country's
 * president speaks for a government no report names as an organisation, so they stay their own source.
 */
final class Spokespeople {

    /** A speaker taken to speak for {@code organisation}; {@code evidence} is the phrase that says so. */
    record Affiliation(Speaker organisation, String role, Span evidence, boolean fromContext) {
        String explained() {
            return "“" + evidence.text() + "” speaks for " + organisation.name() + " (" + role
                    + (fromContext ? ", of the organisation quoted just before" : "") + ")";
        }
    }

    /** Roles held inside an organisation, which make their holder its voice. */
    private static final Pattern ROLE = Pattern.compile("(?i)\\b(spokes(?:man|woman|person|men|women|people)"
            + "|(?:deputy |assistant )?director(?:-general)?|head|chief|officials?|representatives?|chair(?:man|woman)?"
            + "|secretary[- ]general|coordinator|executive|commissioner|founder|press officer|(?:vice )?president)\\b");
    /** Of these, the ones that can stand bare and still mean an organisation's officer (not "the President"). */
    private static final Set<String> BARE = Set.of("spokesman", "spokeswoman", "spokesperson", "spokesmen",
            "spokeswomen", "spokespeople", "director", "director-general", "head", "chief", "official", "officials",
            "representative", "representatives", "press officer", "coordinator");
    private static final Set<EntityType> ORGANISATIONS = Set.of(EntityType.ORGANIZATION, EntityType.GROUP);
    /** How far back (characters) the organisation quoted before a bare role may be: a sentence or two. */
    private static final int CONTEXT = 400;

    private final Map<String, Affiliation> byEntity = new HashMap<>();
    private final Map<Integer, Affiliation> bySpan = new HashMap<>();

    private Spokespeople() {}

    /** No one speaks for an organisation: for what does not depend on sources, such as a claim's block. */
    static Spokespeople none() {
        return new Spokespeople();
    }

    static Spokespeople of(DocumentAnalysis analysis) {
        Spokespeople found = new Spokespeople();
        Map<String, Entity> entities = new HashMap<>();
        analysis.entities().forEach(entity -> entities.put(entity.id(), entity));
        List<Quote> quotes = analysis.quotes().stream().filter(q -> q.speaker() != null && q.speaker().span() != null)
                .sorted(Comparator.comparingInt(q -> q.speaker().span().begin())).toList();
        Quote previous = null;
        for (Quote quote : quotes) {
            Speaker speaker = quote.speaker();
            Entity entity = speaker.entityId() == null ? null : entities.get(speaker.entityId());
            boolean person = entity == null || entity.type() == EntityType.PERSON;
            if (person) {
                found.affiliationOf(speaker, analysis, previous, entities).ifPresent(a -> found.remember(speaker, a));
            }
            if (previous == null || !speaker.span().equals(previous.speaker().span())) {
                previous = quote;
            }
        }
        return found;
    }

    /** The organisation {@code speaker} speaks for in this report, if the report says so. */
    Optional<Affiliation> of(Speaker speaker) {
        if (speaker == null) {
            return Optional.empty();
        }
        if (speaker.entityId() != null && byEntity.containsKey(speaker.entityId())) {
            return Optional.of(byEntity.get(speaker.entityId()));
        }
        return speaker.span() == null ? Optional.empty() : Optional.ofNullable(bySpan.get(speaker.span().begin()));
    }

    private void remember(Speaker speaker, Affiliation affiliation) {
        if (speaker.entityId() != null) {
            byEntity.putIfAbsent(speaker.entityId(), affiliation);
        }
        bySpan.putIfAbsent(speaker.span().begin(), affiliation);
    }

    private Optional<Affiliation> affiliationOf(Speaker speaker, DocumentAnalysis analysis, Quote previous,
                                                Map<String, Entity> entities) {
        Span phrase = speaker.span();
        Matcher role = ROLE.matcher(phrase.text());
        if (!role.find()) {
            return Optional.empty();
        }
        String roleWord = role.group(1).toLowerCase(java.util.Locale.ROOT);
        Optional<Speaker> named = organisationWithin(phrase, analysis);
        if (named.isPresent()) {
            return Optional.of(new Affiliation(named.get(), roleWord, phrase, false));
        }
        if (!BARE.contains(roleWord) || !bare(phrase, speaker, role)) {
            return Optional.empty();
        }
        if (previous == null || phrase.begin() - previous.speaker().span().end() > CONTEXT) {
            return Optional.empty();
        }
        Speaker before = previous.speaker();
        Entity organisation = before.entityId() == null ? null : entities.get(before.entityId());
        if (organisation == null || !ORGANISATIONS.contains(organisation.type())) {
            return Optional.empty();
        }
        return Optional.of(new Affiliation(new Speaker(organisation.id(), organisation.canonicalName(), before.span()),
                roleWord, phrase, true));
    }

    /** An organisation or group the report names inside the speaker's phrase. */
    private static Optional<Speaker> organisationWithin(Span phrase, DocumentAnalysis analysis) {
        return analysis.entities().stream()
                .filter(entity -> ORGANISATIONS.contains(entity.type()))
                .flatMap(entity -> entity.mentions().stream().filter(phrase::contains)
                        .map(mention -> new Speaker(entity.id(), entity.canonicalName(), mention)))
                .min(Comparator.comparingInt(s -> s.span().begin()));
    }

    /**
     * A role with nothing else said about whom it serves: apart from the speaker's own name, only lower-case words
     * ("director Rami Abdel Rahman", "a spokeswoman"). "Turkish official" or "a UN official" say whom they serve.
     */
    private static boolean bare(Span phrase, Speaker speaker, Matcher role) {
        String rest = phrase.text().substring(0, role.start()) + " " + phrase.text().substring(role.end());
        if (speaker.entityId() != null && speaker.name() != null) {
            rest = rest.replace(speaker.name(), " ");
        }
        return rest.replaceAll("(?i)\\b(the|a|an|its|their|his|her)\\b", " ").chars().noneMatch(Character::isUpperCase);
    }
}
