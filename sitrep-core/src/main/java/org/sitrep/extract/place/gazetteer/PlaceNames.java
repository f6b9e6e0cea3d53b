package org.sitrep.extract.place.gazetteer;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Place names folded so that the transliterations news uses for one Arabic, Turkish or Kurdish name meet:
 * "Tal Rafaat", "Tall Rif'at", "Tell Rifaat"; "Bab al-Salama", "Bab as Salamah"; "Çobanbey", "Cobanbey".
 * The gazetteer stores every name by its {@link #key} and {@link #skeleton}, and text is looked up the same way.
 */
public final class PlaceNames {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Apostrophes and the letters transliterations use for ayin and hamza: "Rif'at", "Rif‘at", "A`zaz". */
    private static final Pattern GLOTTAL = Pattern.compile("['’‘`´ʿʾʻʼ]");
    /**
     * The Arabic article written joined to the word, including its sun-letter forms ("as-Salama", "ash-Sham",
     * "ad-Dana"): only hyphenated, since "as", "at" and "an" standing alone are English words.
     */
    private static final Pattern JOINED_ARTICLE = Pattern.compile(
            "(?<![\\p{L}])(?:al|el|ul|as|ash|ad|ar|at|az|an|ath|adh|ed|es|er|et|ez|en)[-‐‑](?=\\p{L})");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
    /** Free-standing articles: "Bab al Salama", "El Bab"; dropped when another word remains. */
    private static final Set<String> ARTICLES = Set.of("al", "el");
    /** Arabic "tall" (hill) in its transliterations: Tal, Tall, Tell, Tel. */
    private static final Set<String> TELL = Set.of("tal", "tall", "tell", "tel");
    private static final Pattern DOUBLED = Pattern.compile("([a-z])\\1+");
    private static final Pattern VOWELS = Pattern.compile("[aeiouy]");

    private PlaceNames() {}

    /** The folded name: lower-case ASCII words, articles dropped, spelling variants merged; "" when nothing is left. */
    public static String key(String name) {
        String s = ascii(name);
        s = GLOTTAL.matcher(s).replaceAll("");
        s = JOINED_ARTICLE.matcher(s).replaceAll(" ");
        s = NOT_ALNUM.matcher(s).replaceAll(" ").strip();
        if (s.isEmpty()) {
            return "";
        }
        String[] words = s.split(" ");
        StringBuilder out = new StringBuilder();
        for (String word : words) {
            if (words.length > 1 && ARTICLES.contains(word)) {
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(foldWord(word));
        }
        return out.toString();
    }

    /**
     * The key without vowels, for bounded fuzzy matching: transliterations of Arabic names differ mostly in
     * vowels ("Haritan", "Huraytan"; "Nubul", "Nubl"), which Arabic script does not write.
     */
    public static String skeleton(String key) {
        return DOUBLED.matcher(VOWELS.matcher(key).replaceAll("")).replaceAll("$1").replaceAll(" +", " ").strip();
    }

    private static String foldWord(String word) {
        if (TELL.contains(word)) {
            return "tal";
        }
        String w = DOUBLED.matcher(word).replaceAll("$1"); // Rafaat/Rafat, Tall/Tal, Nubbul/Nubul
        w = w.replace("ou", "u"); // French transliteration: Noubl, Qousseir
        if (w.length() > 3 && w.endsWith("ah")) { // ta marbuta: Salamah/Salama, Raqqah/Raqqa
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** Latin letters without diacritics, lower-case; letters NFKD does not split mapped by hand. */
    static String ascii(String name) {
        String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        s = s.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case 'ı' -> out.append('i');
                case 'ł' -> out.append('l');
                case 'ø' -> out.append('o');
                case 'đ', 'ð' -> out.append('d');
                case 'ħ' -> out.append('h');
                case 'æ' -> out.append("ae");
                case 'œ' -> out.append("oe");
                case 'ß' -> out.append("ss");
                case 'þ' -> out.append("th");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** True when the name is written in Latin letters (after dropping marks), so it can match English text. */
    public static boolean isLatin(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetter(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
                return false;
            }
        }
        return true;
    }
}
