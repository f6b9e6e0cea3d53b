package org.sitrep.clean;

import java.util.regex.Pattern;

/** Phone numbers, e-mail addresses and URLs, as they appear in promotions and footers. */
final class ContactPatterns {

    /** An international or long local phone number: +2348136370421, (020) 7946 0958, 555-123-4567. */
    static final Pattern PHONE = Pattern.compile("(?<![\\w,.])\\+?\\(?\\d{2,4}\\)?[\\s.-]?\\d{3,4}[\\s.-]?\\d{3,8}(?![\\w,])");
    static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.]+");
    static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");

    private ContactPatterns() {}

    static boolean hasContact(String text) {
        return PHONE.matcher(text).find() || EMAIL.matcher(text).find() || URL.matcher(text).find();
    }
}
