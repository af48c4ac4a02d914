package org.geshibai;

/**
 * One effect indicator of a decision: its code, whether it is met (null:
 * not judged), the change and target in percent as text, and the error of an
 * indicator that could not be judged.
 */
public final class Kpi {
    private final String code;
    private final Boolean met;
    private final String change;
    private final String target;
    private final String error;

    Kpi(String code, Boolean met, String change, String target, String error) {
        this.code = code;
        this.met = met;
        this.change = change;
        this.target = target;
        this.error = error;
    }

    /**
     * The indicator's code.
     * @return e.g. "defect-rate"
     */
    public String code() {
        return code;
    }

    /**
     * Whether the target is met.
     * @return true, false, or null when not judged
     */
    public Boolean met() {
        return met;
    }

    /**
     * The change in percent.
     * @return e.g. "-22.00", or null when the values are invalid
     */
    public String change() {
        return change;
    }

    /**
     * The target in percent.
     * @return e.g. "-20.00"
     */
    public String target() {
        return target;
    }

    /**
     * Why the indicator could not be judged.
     * @return the reason, or null when it was judged
     */
    public String error() {
        return error;
    }

    @Override
    public String toString() {
        return code + ": " + (error != null ? error : change + "% against " + target + "%, "
            + (met == null ? "unknown" : met ? "met" : "not met"));
    }
}
