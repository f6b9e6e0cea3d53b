package org.sitrep.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Credit;
import org.sitrep.model.RemovalReason;

/**
 * Credit lines at the end of wire copy: "(Additional reporting by Nick Tattersall in Istanbul; writing by
 * Suleiman al-Khalidi; editing by Peter Graff)" (Reuters' house style) and "Associated Press writer Jane
 * Doe in Cairo contributed to this report." (AP's). Each role becomes a {@link Credit}.
 */
public final class CreditLines implements CleaningRule {

    private static final String ROLES = "(?:additional |further )?reporting|writing|written|editing|edited"
            + "|compiled|translated|translation|graphics|research|production|produced";
    private static final Pattern ROLE_BY = Pattern.compile("(?i)^\\(?\\s*(?:" + ROLES + ")\\s+by\\b.*");
    private static final Pattern PART = Pattern.compile("(?i)^\\s*(?<role>" + ROLES + ")\\s+by\\s+(?<names>.+?)\\s*$");
    private static final Pattern CONTRIBUTED = Pattern.compile(
            "(?i)^(?<names>.+?)\\s+contributed(?: reporting)?(?: to this (?:report|story|article))?\\.?$");
    private static final Pattern PLACE_SUFFIX = Pattern.compile("\\s+(?:in|from)\\s+\\p{Lu}[\\p{L} .'’\\-]*$");
    private static final Pattern AGENCY_CREDIT = Pattern.compile("(?i)\\bediting by\\b");
    private static final int CLOSING_LINES = 4;

    @Override
    public void apply(ArticleDraft draft) {
        List<Line> lines = draft.textLines();
        for (int i = Math.max(0, lines.size() - CLOSING_LINES); i < lines.size(); i++) {
            Line line = lines.get(i);
            String text = line.trimmed();
            if (ROLE_BY.matcher(text).matches()) {
                draft.cutLine(line, RemovalReason.CREDIT_LINE);
                parseRoles(text).forEach(draft::addCredit);
                if (AGENCY_CREDIT.matcher(text).find()) {
                    // The "(…; editing by …)" credit block closing a story is Reuters' house style.
                    draft.addWireSignal("Reuters", "credit line \"" + abbreviate(text) + "\"");
                }
            } else if (line.wordCount() <= 25 && CONTRIBUTED.matcher(text).matches()) {
                Matcher contributed = CONTRIBUTED.matcher(text);
                contributed.matches();
                draft.cutLine(line, RemovalReason.CREDIT_LINE);
                draft.addCredit(new Credit("contributed", names(contributed.group("names")
                        .replaceFirst("(?i)^(?:the )?(?:associated press|reuters|afp)\\s+(?:writers?|reporters?|correspondents?)\\s+", "")), text));
                if (text.matches("(?i).*\\bassociated press\\b.*")) {
                    draft.addWireSignal("AP", "credit line \"" + abbreviate(text) + "\"");
                }
            }
        }
    }

    static List<Credit> parseRoles(String line) {
        String inner = line.strip().replaceAll("^\\(|\\)$", "");
        List<Credit> credits = new ArrayList<>();
        for (String part : inner.split(";")) {
            Matcher role = PART.matcher(part);
            if (role.matches()) {
                credits.add(new Credit(role.group("role").toLowerCase(java.util.Locale.ROOT),
                        names(role.group("names")), part.strip()));
            }
        }
        return credits;
    }

    private static List<String> names(String list) {
        List<String> names = new ArrayList<>();
        for (String name : list.split(",\\s*|\\s+and\\s+|\\s*&\\s*")) {
            String bare = PLACE_SUFFIX.matcher(name.strip()).replaceFirst("").strip();
            if (!bare.isEmpty()) {
                names.add(bare);
            }
        }
        return names;
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "…";
    }
}
