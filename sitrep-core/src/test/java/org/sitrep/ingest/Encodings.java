package org.sitrep.ingest;

/**
 * Texts in the encodings older Middle East scrapes come in. The Arabic is a news lede of the kind the samples
 * report (the Aleppo offensive, the Bab al-Salama crossing); the French one names places the Latin-1 way.
 */
public final class Encodings {

    private Encodings() {}

    public static final String ARABIC_LEDE = "قال المرصد السوري لحقوق الإنسان إن نحو عشرين ألف سوري احتشدوا عند معبر باب السلامة "
            + "على الحدود التركية يوم الجمعة بعد فرارهم من هجوم واسع للقوات الحكومية بدعم روسي شمال مدينة حلب.";
    public static final String ARABIC_SECOND = "وأضاف المرصد أن المعارك في بلدة رتيان قرب حلب أودت بحياة مئة وعشرين شخصا، "
            + "فيما طالبت الأمم المتحدة تركيا بفتح حدودها أمام المدنيين الفارين من القصف.";

    public static final String FRENCH_WITH_ARABIC_NAMES = "Près de 20 000 Syriens étaient bloqués vendredi à la frontière "
            + "turque, au poste de Bab al-Salama, après avoir fui l'offensive du régime près d'Alep. Selon l'Observatoire "
            + "syrien des droits de l'Homme, les combats à Ratyane et à Hraytane ont fait 120 morts. « La situation est "
            + "très préoccupante », a déclaré Abdel Rahmane, directeur de l'ONG, cité par l'AFP à Kilis.";

    public static final String ENGLISH_WITH_ARABIC_NAMES = "Up to 20,000 Syrians were stranded at the Bab al-Salama crossing "
            + "(معبر باب السلامة) on Friday after fleeing the offensive near Aleppo (حلب), the Syrian Observatory for "
            + "Human Rights said. Fighting in Ratyan (رتيان) cost 120 lives.";

    /** A page whose charset only its HTTP header states. */
    public static String arabicPage() {
        return "<html dir=\"rtl\" lang=\"ar\"><head><title>آلاف السوريين على الحدود التركية</title></head><body>"
                + "<article><h1>آلاف السوريين على الحدود التركية</h1><p>" + ARABIC_LEDE + "</p><p>" + ARABIC_SECOND
                + "</p><p>" + ARABIC_LEDE + "</p></article></body></html>";
    }
}
