package org.sitrep.model;

/** Why the clean stage cut a stretch of raw text. */
public enum RemovalReason {
    SHARE_OR_COMMENT_WIDGET,
    PROMOTION,
    CONTACT_DETAILS,
    URL,
    PHOTO_CAPTION,
    TITLE,
    DATELINE,
    BYLINE,
    CREDIT_LINE,
    BLANK_SPACE
}
