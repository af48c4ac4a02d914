package org.geshibai;

/** Instruments of the subsidy (docs/rules.md §6): 贴息, 奖补, 股权投入. */
public enum Instrument {
    INTEREST_SUBSIDY("interest-subsidy", gsb_instrument.GSB_INSTRUMENT_INTEREST_SUBSIDY),
    AWARD("award", gsb_instrument.GSB_INSTRUMENT_AWARD),
    EQUITY("equity", gsb_instrument.GSB_INSTRUMENT_EQUITY);

    private final String code;
    final int value;

    Instrument(String code, int value) {
        this.code = code;
        this.value = value;
    }

    /** The code used in the reports ("interest-subsidy"). */
    public String code() {
        return code;
    }

    /** The label in "zh" or "en". */
    public String label(String lang) {
        return GeshibaiNative.gsb_instrument_label(value, Geshibai.lang(lang));
    }
}
