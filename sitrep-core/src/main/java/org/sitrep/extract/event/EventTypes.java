package org.sitrep.extract.event;

import java.util.Set;

/**
 * The type decisions that need the actors, as ACLED's codebook makes them: who takes territory (state forces
 * regain it, others overtake it), who bombs (state or foreign forces from the air, anyone else with a planted
 * bomb), an attack on armed men is a battle, and violence with protesters or rioters on one side is a riot.
 */
final class EventTypes {

    static final String BATTLES = "Battles";
    static final String VIOLENCE_AGAINST_CIVILIANS = "Violence against civilians";
    static final String EXPLOSIONS = "Explosions/Remote violence";
    static final String RIOTS = "Riots";
    private static final Set<String> ARMED = Set.of(ActorTyper.STATE, ActorTyper.REBELS, "Political militia",
            "Identity militia", ActorTyper.EXTERNAL);
    private static final Set<String> PROTESTING = Set.of(ActorTyper.PROTESTERS, ActorTyper.RIOTERS);
    private static final Set<String> SYMMETRIC = Set.of("Armed clash", "Violent demonstration", "Agreement", "Talks",
            "Peaceful protest");

    record Kind(String type, String subType) {}

    private EventTypes() {}

    static boolean symmetric(Cue cue) {
        return SYMMETRIC.contains(cue.subType());
    }

    static Kind refine(Cue cue, String actor1Type, String actor2Type) {
        String type = cue.type();
        String subType = cue.subType();
        if (subType.equals(Cue.TERRITORY)) {
            subType = actor1Type == null ? org.sitrep.model.Event.TERRITORY_ACTOR_NOT_NAMED
                    : ActorTyper.STATE.equals(actor1Type) || ActorTyper.EXTERNAL.equals(actor1Type)
                    ? "Government regains territory" : "Non-state actor overtakes territory";
        }
        if (subType.equals(Cue.BOMBING)) {
            subType = ActorTyper.STATE.equals(actor1Type) || ActorTyper.EXTERNAL.equals(actor1Type)
                    ? "Air/drone strike" : "Remote explosive/landmine/IED";
        }
        boolean protesters = PROTESTING.contains(String.valueOf(actor1Type)) || PROTESTING.contains(String.valueOf(actor2Type));
        if ((type.equals(BATTLES) || type.equals(VIOLENCE_AGAINST_CIVILIANS)) && protesters) {
            return new Kind(RIOTS, "Violent demonstration");
        }
        if (type.equals(VIOLENCE_AGAINST_CIVILIANS) && subType.equals("Attack") && ARMED.contains(String.valueOf(actor2Type))) {
            return new Kind(BATTLES, "Armed clash");
        }
        return new Kind(type, subType);
    }

    /** Types whose events can have fatalities. */
    static boolean violent(String type) {
        return Set.of(BATTLES, VIOLENCE_AGAINST_CIVILIANS, EXPLOSIONS, RIOTS).contains(type);
    }
}
