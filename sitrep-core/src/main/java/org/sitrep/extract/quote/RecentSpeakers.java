package org.sitrep.extract.quote;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.EntityType;
import org.sitrep.model.Speaker;

/**
 * The speakers attributed so far in one document, most recent first, with what the text revealed about each
 * (type, gender, the role words naming them). A pronoun or role-noun source ("he said", "the monitor said")
 * carries over from the most recent speaker it fits: news writing names a source, then refers back to them.
 * One instance per document, fed in reading order.
 */
public final class RecentSpeakers {

    private static final int REMEMBERED = 12;
    private static final Set<String> PERSONAL = Set.of("he", "she", "him", "her");
    private static final Set<String> PLURAL = Set.of("they", "them");
    private static final Set<EntityType> COLLECTIVE = Set.of(EntityType.ORGANIZATION, EntityType.GROUP,
            EntityType.GPE, EntityType.MISC);

    /** A remembered speaker: entity type is null when the source was not a named entity. */
    record Remembered(Speaker speaker, EntityType type, boolean plural, String roleWords) {}

    private final Deque<Remembered> speakers = new ArrayDeque<>();
    private final Map<String, Gender> genders = new HashMap<>();

    /** The last speaker attributed, if any. */
    public Optional<Speaker> last() {
        return Optional.ofNullable(speakers.peekFirst()).map(Remembered::speaker);
    }

    void remember(Speaker speaker, EntityType type, boolean plural, String roleWords, Gender gender) {
        speakers.removeIf(r -> key(r.speaker()).equals(key(speaker)));
        speakers.addFirst(new Remembered(speaker, type, plural, roleWords.toLowerCase(Locale.ROOT)));
        while (speakers.size() > REMEMBERED) {
            speakers.removeLast();
        }
        if (gender != Gender.UNKNOWN) {
            genders.put(key(speaker), gender);
        }
    }

    /** The speaker a pronoun source refers back to: he/she a person of fitting gender, they/it a group. */
    Optional<Remembered> forPronoun(String pronoun) {
        String p = pronoun.toLowerCase(Locale.ROOT);
        Gender gender = Gender.of(p);
        for (Remembered r : speakers) {
            boolean person = r.type() == EntityType.PERSON
                    || r.type() == null && !r.plural() && genders.containsKey(key(r.speaker()));
            if (PERSONAL.contains(p) && person && gender.fits(genders.getOrDefault(key(r.speaker()), Gender.UNKNOWN))) {
                return Optional.of(r);
            }
            if (PLURAL.contains(p) && (r.plural() || r.type() != null && COLLECTIVE.contains(r.type()))) {
                return Optional.of(r);
            }
            if (p.equals("it") && r.type() != null && COLLECTIVE.contains(r.type())) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** The most recent speaker whose naming words held {@code role} ("the spokeswoman" → "OCHA spokeswoman Linda Tom"). */
    Optional<Remembered> withRole(String role) {
        String r = role.toLowerCase(Locale.ROOT);
        return speakers.stream().filter(s -> s.roleWords().matches("(?s).*\\b" + java.util.regex.Pattern.quote(r)
                + "\\b.*")).findFirst();
    }

    Gender genderOf(Speaker speaker) {
        return genders.getOrDefault(key(speaker), Gender.UNKNOWN);
    }

    private static String key(Speaker speaker) {
        return speaker.entityId() != null ? speaker.entityId() : speaker.name().toLowerCase(Locale.ROOT);
    }
}
