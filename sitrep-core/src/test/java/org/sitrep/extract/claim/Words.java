package org.sitrep.extract.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a phrase into tokens roughly as CoreNLP does (hyphens, brackets and "%" apart), without tags. */
final class Words {

    private static final Pattern TOKEN = Pattern.compile(String.join("|",
            "US\\$",
            "\\p{L}(?:\\.\\p{L})+\\.?",
            "(?:No|Nos|p|pp|vol|approx|Jan|Feb|Aug|Sept|Oct|Nov|Dec)\\.",
            "\\p{L}+\\d+\\w*",
            "\\+?\\d[\\d,]*(?:[.:]\\d+)?(?:bn|mn|k|m)?(?!\\p{L})",
            "\\d+",
            "(?<=\\p{L})['’]s\\b",
            "\\p{L}+(?:['’](?!s\\b)\\p{L}+)*",
            "\\S"));

    private Words() {}

    static List<Token> of(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(Token.plain(matcher.group(), matcher.start()));
        }
        return tokens;
    }
}
