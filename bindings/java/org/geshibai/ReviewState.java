package org.geshibai;

/**
 * States of the review procedure of provision 5.2 (docs/review.md): the first ten in
 * procedure order, then the two added later (task-force rejection, objection upheld).
 */
public enum ReviewState {
    SUBMITTED("submitted", gsb_review_state.GSB_REVIEW_SUBMITTED),
    CITY_RECOMMENDED("city-recommended", gsb_review_state.GSB_REVIEW_CITY_RECOMMENDED),
    CITY_REJECTED("city-rejected", gsb_review_state.GSB_REVIEW_CITY_REJECTED),
    TASK_FORCE_REVIEWED("task-force-reviewed", gsb_review_state.GSB_REVIEW_TASK_FORCE_REVIEWED),
    EXPERT_REVIEWED("expert-reviewed", gsb_review_state.GSB_REVIEW_EXPERT_REVIEWED),
    SELECTED("selected", gsb_review_state.GSB_REVIEW_SELECTED),
    NOT_SELECTED("not-selected", gsb_review_state.GSB_REVIEW_NOT_SELECTED),
    PUBLICISED("publicised", gsb_review_state.GSB_REVIEW_PUBLICISED),
    DISBURSED("disbursed", gsb_review_state.GSB_REVIEW_DISBURSED),
    WITHDRAWN("withdrawn", gsb_review_state.GSB_REVIEW_WITHDRAWN),
    TASK_FORCE_REJECTED("task-force-rejected", gsb_review_state.GSB_REVIEW_TASK_FORCE_REJECTED),
    OBJECTION_UPHELD("objection-upheld", gsb_review_state.GSB_REVIEW_OBJECTION_UPHELD);

    private final String code;
    final int value;

    ReviewState(String code, int value) {
        this.code = code;
        this.value = value;
    }

    /** The stable code used in review documents ("city-recommended"). */
    public String code() {
        return code;
    }

    /** The label in "zh" or "en" (null: {@link Geshibai#defaultLang()}). */
    public String label(String lang) {
        return GeshibaiNative.gsb_review_state_label(value, Geshibai.lang(lang));
    }

    /** True when docs/rules.md §9 allows the transition from this state to {@code to} (dates aside). */
    public boolean allows(ReviewState to) {
        return GeshibaiNative.gsb_review_allowed(value, to.value) != 0;
    }

    /** The state of a code ("publicised"); IllegalArgumentException for an unknown code. */
    public static ReviewState fromCode(String code) {
        for (ReviewState s : values())
            if (s.code.equals(code))
                return s;
        throw new IllegalArgumentException("unknown review state " + code);
    }

    static ReviewState fromNative(int v) {
        for (ReviewState s : values())
            if (s.value == v)
                return s;
        throw new IllegalStateException("unknown review state " + v);
    }
}
