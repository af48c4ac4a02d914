package org.geshibai;

/** Outcome of the eligibility checks (docs/rules.md §3). */
public enum Outcome {
    ELIGIBLE("eligible", gsb_outcome.GSB_OUTCOME_ELIGIBLE),
    INELIGIBLE("ineligible", gsb_outcome.GSB_OUTCOME_INELIGIBLE),
    INCOMPLETE("incomplete", gsb_outcome.GSB_OUTCOME_INCOMPLETE);

    private final String code;
    final int value;

    Outcome(String code, int value) {
        this.code = code;
        this.value = value;
    }

    /** The code used in the reports ("eligible"). */
    public String code() {
        return code;
    }

    /** The label in "zh" or "en". */
    public String label(String lang) {
        return GeshibaiNative.gsb_outcome_label(value, Geshibai.lang(lang));
    }

    static Outcome fromNative(int v) {
        for (Outcome o : values())
            if (o.value == v)
                return o;
        throw new IllegalStateException("unknown outcome " + v);
    }
}
