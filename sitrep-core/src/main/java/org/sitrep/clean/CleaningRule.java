package org.sitrep.clean;

/**
 * One cleaning rule with one job: it looks at the draft and cuts what it recognises, lifting metadata
 * (title, byline, credits…) out of the text where there is some. Rules are composed in {@link Cleaner}.
 */
public interface CleaningRule {
    void apply(ArticleDraft draft);
}
