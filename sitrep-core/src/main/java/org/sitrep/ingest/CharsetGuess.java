package org.sitrep.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The charset of bytes that are not UTF-8. Scrapes of Arabic-language outlets come in Windows-1256 (or ISO-8859-6);
 * older European ones in Windows-1252/Latin-1. ICU4J's detector tells charsets apart by byte n-grams, but a
 * Latin-script article with a few Arabic names in Windows-1256 still looks Latin to it. So the shape of the bytes
 * decides first: words that are whole runs of bytes ≥ 0xC0 are a non-Latin script (Arabic, Hebrew, Cyrillic, Greek
 * fill the high half), and ICU's best non-Latin answer is taken, Windows-1256 when it has none; accented Latin
 * letters stand alone between ASCII ones, and then ICU's answer is taken when it is sure, Windows-1252 otherwise.
 */
final class CharsetGuess {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
    /** Single-byte charsets whose letters fill the high half: Arabic, Hebrew, Cyrillic, Greek (Java's names). */
    private static final Set<String> NON_LATIN = Set.of("windows-1256", "iso-8859-6",
            "windows-1255", "iso-8859-8", "windows-1251", "koi8-r", "iso-8859-5", "ibm866", "windows-1253",
            "iso-8859-7");
    /** ICU answers below this confidence (0–100) are not taken on their own. */
    private static final int SURE = 50;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]{2,40})", Pattern.CASE_INSENSITIVE);

    private CharsetGuess() {}

    /** The charset named by a Content-Type header or parameter, when Java knows it; null otherwise. */
    static Charset declared(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(name.strip().replace("\"", ""));
        } catch (IllegalArgumentException e) {
            return null; // an unknown or misspelt charset name is no worse than none
        }
    }

    /** The charset an HTML page declares in its first 2 KB ({@code <meta charset>} or http-equiv), or null. */
    static Charset declaredInHtml(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1);
        Matcher meta = META_CHARSET.matcher(head);
        return meta.find() ? declared(meta.group(1)) : null;
    }

    static Charset of(byte[] bytes) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        CharsetMatch[] matches = detector.detectAll();
        if (nonLatinRuns(bytes)) {
            // Whole words of high bytes: a non-Latin script. ICU ranks the scripts; English around a few Arabic
            // names can still make it rank Latin-1 first, so the best non-Latin answer is taken.
            for (CharsetMatch match : matches) {
                Charset charset = declared(match.getName());
                if (charset != null && NON_LATIN.contains(charset.name().toLowerCase(Locale.ROOT))) {
                    return charset;
                }
            }
            return WINDOWS_1256;
        }
        if (matches.length > 0 && matches[0].getConfidence() >= SURE) {
            Charset charset = declared(matches[0].getName());
            if (charset != null && !charset.name().startsWith("UTF")) {
                return widen(charset);
            }
        }
        return WINDOWS_1252;
    }

    /** Windows code pages are supersets of the ISO ones ICU often names; decoding with them loses nothing. */
    private static Charset widen(Charset charset) {
        return charset.name().equalsIgnoreCase("ISO-8859-1") ? WINDOWS_1252 : charset;
    }

    /** Whether most high bytes stand in runs of three or more, as Arabic words do in Windows-1256. */
    private static boolean nonLatinRuns(byte[] bytes) {
        int high = 0;
        int inRuns = 0;
        int run = 0;
        for (int i = 0; i <= bytes.length; i++) {
            boolean isHigh = i < bytes.length && (bytes[i] & 0xFF) >= 0xC0;
            if (isHigh) {
                high++;
                run++;
            } else {
                inRuns += run >= 3 ? run : 0;
                run = 0;
            }
        }
        return high > 0 && inRuns * 2 > high;
    }
}
