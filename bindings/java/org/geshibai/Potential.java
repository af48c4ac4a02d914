package org.geshibai;

import java.math.BigDecimal;

/**
 * What a decision would become once every {@link Need} is supplied with its
 * value (docs/relevance.md): the outcome, the classified tier and the
 * provincial award granted, deciding again on the same as-of date.
 */
public final class Potential {
    private final Outcome outcome;
    private final Tier tier;
    private final BigDecimal granted;

    Potential(Outcome outcome, Tier tier, BigDecimal granted) {
        this.outcome = outcome;
        this.tier = tier;
        this.granted = granted;
    }

    /** The outcome once supplied. */
    public Outcome outcome() {
        return outcome;
    }

    /** The classified tier once supplied. */
    public Tier tier() {
        return tier;
    }

    /** The provincial award granted once supplied, in yuan (two decimals). */
    public BigDecimal granted() {
        return granted;
    }

    @Override
    public String toString() {
        return "Potential(" + outcome.code() + ", " + tier.code() + ", " + granted + ")";
    }
}
