package org.geshibai;

/** The result of {@link Geshibai#lookupIndustry}: the industry's code (null when
 *  the name is none of the ten strong industries) and the normalised name. */
public final class IndustryMatch {
    private final String industry;
    private final String normalised;

    IndustryMatch(String industry, String normalised) {
        this.industry = industry;
        this.normalised = normalised;
    }

    /** The industry's code ("high-end-equipment"), or null for none of the ten. */
    public String industry() {
        return industry;
    }

    /** The normalised name. */
    public String normalised() {
        return normalised;
    }

    @Override
    public String toString() {
        return "IndustryMatch(" + industry + ", " + normalised + ")";
    }
}
