package org.geshibai;

/**
 * One eligibility check or tier criterion of a decision: its id, the
 * provision it applies, its result (true, false, or null when a fact it needs
 * is unknown) and the reason in words.
 */
public final class Check {
    private final String id;
    private final String provision;
    private final Boolean result;
    private final String reason;

    Check(String id, String provision, Boolean result, String reason) {
        this.id = id;
        this.provision = provision;
        this.result = result;
        this.reason = reason;
    }

    static Boolean tri(int value) {
        return value == gsb_tri.GSB_TRUE ? Boolean.TRUE : value == gsb_tri.GSB_FALSE ? Boolean.FALSE : null;
    }

    /**
     * The check's id.
     * @return e.g. "applicant.good-credit"
     */
    public String id() {
        return id;
    }

    /**
     * The provision of the measures it applies.
     * @return e.g. "3.1"
     */
    public String provision() {
        return provision;
    }

    /**
     * The result.
     * @return true, false, or null when unknown
     */
    public Boolean result() {
        return result;
    }

    /**
     * The reason in words (empty when the decision was made without reasons).
     * @return the reason
     */
    public String reason() {
        return reason;
    }

    @Override
    public String toString() {
        return id + " (" + provision + "): " + (result == null ? "unknown" : result.toString())
            + (reason == null || reason.isEmpty() ? "" : " - " + reason);
    }
}
