package org.geshibai;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * One application whose outcome, tier or grant differs between the two
 * policies of a {@link WhatIf}: its id, position, what changed, the date it
 * was decided as of, and both sides.
 */
public final class Change {
    /** One side of a change: the decision under policy A or B. */
    public static final class Side {
        private final Outcome outcome;
        private final Tier tier;
        private final String status;
        private final BigDecimal cap;
        private final BigDecimal granted;

        Side(Outcome outcome, Tier tier, String status, BigDecimal cap, BigDecimal granted) {
            this.outcome = outcome;
            this.tier = tier;
            this.status = status;
            this.cap = cap;
            this.granted = granted;
        }

        /**
         * The outcome.
         * @return the outcome
         */
        public Outcome outcome() {
            return outcome;
        }

        /**
         * The classified tier.
         * @return the tier
         */
        public Tier tier() {
            return tier;
        }

        /**
         * The subsidy status code.
         * @return e.g. "granted"
         */
        public String status() {
            return status;
        }

        /**
         * The cap, in yuan.
         * @return the cap
         */
        public BigDecimal cap() {
            return cap;
        }

        /**
         * The amount granted, in yuan.
         * @return the amount
         */
        public BigDecimal granted() {
            return granted;
        }

        @Override
        public String toString() {
            return outcome.code() + "/" + tier.code() + "/" + status + " " + granted.toPlainString();
        }
    }

    private final String application;
    private final long position;
    private final Set<String> what;
    private final LocalDate asOf;
    private final Side a;
    private final Side b;

    Change(String application, long position, Set<String> what, LocalDate asOf, Side a, Side b) {
        this.application = application;
        this.position = position;
        this.what = what;
        this.asOf = asOf;
        this.a = a;
        this.b = b;
    }

    /**
     * The application's id.
     * @return the id, or null
     */
    public String application() {
        return application;
    }

    /**
     * The application's position among those compared (1-based).
     * @return the position
     */
    public long position() {
        return position;
    }

    /**
     * What changed.
     * @return a set of "outcome", "tier" and "granted"
     */
    public Set<String> what() {
        return what;
    }

    /**
     * The date both decisions were made as of.
     * @return the date
     */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * The decision under policy A.
     * @return side A
     */
    public Side a() {
        return a;
    }

    /**
     * The decision under policy B.
     * @return side B
     */
    public Side b() {
        return b;
    }

    /**
     * Granted under B minus granted under A, in yuan.
     * @return the difference
     */
    public BigDecimal difference() {
        return b.granted().subtract(a.granted());
    }

    @Override
    public String toString() {
        return "#" + position + " " + (application == null ? "(no id)" : application) + " " + what
            + ": " + a + " -> " + b + " (" + (difference().signum() >= 0 ? "+" : "")
            + difference().toPlainString() + ")";
    }
}
