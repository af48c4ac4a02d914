package org.geshibai;

/** Tiers: 个 comprehensive, 十 cross-domain, 百 enterprise (docs/rules.md §4). */
public enum Tier {
    NONE("none", gsb_tier.GSB_TIER_NONE),
    ENTERPRISE("enterprise", gsb_tier.GSB_TIER_ENTERPRISE),
    CROSS_DOMAIN("cross-domain", gsb_tier.GSB_TIER_CROSS_DOMAIN),
    COMPREHENSIVE("comprehensive", gsb_tier.GSB_TIER_COMPREHENSIVE);

    private final String code;
    final int value;

    Tier(String code, int value) {
        this.code = code;
        this.value = value;
    }

    /** The code used in the reports ("cross-domain"). */
    public String code() {
        return code;
    }

    /** The label in "zh" or "en". */
    public String label(String lang) {
        return GeshibaiNative.gsb_tier_label(value, Geshibai.lang(lang));
    }

    static Tier fromNative(int v) {
        for (Tier t : values())
            if (t.value == v)
                return t;
        throw new IllegalStateException("unknown tier " + v);
    }
}
