package org.geshibai;

import java.util.Collections;
import java.util.List;

/**
 * What it would take (docs/relevance.md): one fact a decision needs, with the
 * value that settles it in the applicant's favour, the checks and criteria it
 * feeds, what it is in words, the document that proves it and the provision
 * that asks for it.
 */
public final class Need {
    private final String fact;
    private final String value;
    private final List<String> forIds;
    private final String label;
    private final String proof;
    private final String provision;

    Need(String fact, String value, List<String> forIds, String label, String proof, String provision) {
        this.fact = fact;
        this.value = value;
        this.forIds = Collections.unmodifiableList(forIds);
        this.label = label;
        this.proof = proof;
        this.provision = provision;
    }

    /**
     * The fact's path in the application document.
     * @return e.g. "applicant/capable", "platform/functions/function" (an item to add)
     */
    public String fact() {
        return fact;
    }

    /**
     * The favourable value as it would stand in the document.
     * @return "true", "false", a code to add, a count; null for a fact that
     *     names the applicant (credit code, division, legal form)
     */
    public String value() {
        return value;
    }

    /**
     * The ids of the checks and criteria the fact feeds ("for" in the reports).
     * @return an unmodifiable list, e.g. ["applicant.capable"]
     */
    public List<String> forIds() {
        return forIds;
    }

    /**
     * What the fact is, in words.
     * @return the label in the language asked for
     */
    public String label() {
        return label;
    }

    /**
     * The document that proves it (证明材料).
     * @return the proof in the language asked for
     */
    public String proof() {
        return proof;
    }

    /**
     * The provision of the measures that asks for it.
     * @return e.g. "3.2.1"
     */
    public String provision() {
        return provision;
    }

    @Override
    public String toString() {
        return fact + (value == null ? "" : "=" + value) + " " + forIds + " (" + provision + "): " + label;
    }
}
