package org.geshibai;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The decision on one application: eligibility, tier, priority, subsidy and
 * effect. Immutable; free it with {@link #close()} (try-with-resources).
 * {@link #toJson()} is exactly the JSON of {@code geshibai evaluate --format json}.
 * Closing again does nothing; any other call after close throws
 * IllegalStateException. Safe to share between threads; it keeps its policy
 * alive until it is freed.
 */
public final class Decision implements AutoCloseable {
    private final NativeHandle h;

    /** Takes ptr; policy must be held (or retained) by the caller during the call. */
    Decision(long ptr, NativeHandle policy) {
        try {
            policy.retain();
        } catch (RuntimeException e) {
            GeshibaiNative.gsbx_decision_free(ptr);
            throw e;
        }
        h = new NativeHandle(this, ptr, d -> {
            GeshibaiNative.gsbx_decision_free(d);
            policy.release();
        }, "decision");
    }

    /** Free the native decision. */
    @Override
    public void close() {
        h.close();
    }

    /** True once closed. */
    public boolean isClosed() {
        return h.isClosed();
    }

    /** The decision report as the CLI's JSON (reasons in the language of {@link Geshibai#defaultLang()}). */
    public String toJson() {
        return toJson(null);
    }

    /** The decision report as the CLI's JSON, reasons in "zh" or "en". */
    public String toJson(String lang) {
        int l = Geshibai.lang(lang);
        return h.call(p -> GeshibaiNative.gsbx_decision_report(p, gsb_format.GSB_FORMAT_JSON, l));
    }

    /** The decision report as XML (formats.md). */
    public String toXml(String lang) {
        int l = Geshibai.lang(lang);
        return h.call(p -> GeshibaiNative.gsbx_decision_report(p, gsb_format.GSB_FORMAT_XML, l));
    }

    /** The decision report as text for people. */
    public String toText(String lang) {
        int l = Geshibai.lang(lang);
        return h.call(p -> GeshibaiNative.gsbx_decision_report(p, gsb_format.GSB_FORMAT_TEXT, l));
    }

    /** The application's id, or null. */
    public String applicationId() {
        return h.call(GeshibaiNative::gsb_decision_application);
    }

    /** The date the decision is made as of. */
    public LocalDate asOf() {
        return LocalDate.ofEpochDay(h.call(GeshibaiNative::gsb_decision_as_of));
    }

    /** The policy's id. */
    public String policy() {
        return h.call(GeshibaiNative::gsb_decision_policy);
    }

    /** The eligibility outcome. */
    public Outcome outcome() {
        return Outcome.fromNative(h.call(GeshibaiNative::gsb_decision_outcome));
    }

    /** Ids of the facts whose checks are unknown (only when incomplete). */
    public List<String> missing() {
        return h.call(p -> {
            long n = GeshibaiNative.gsb_decision_missing_count(p);
            List<String> out = new ArrayList<>();
            for (long i = 0; i < n; i++)
                out.add(GeshibaiNative.gsb_decision_missing(p, i));
            return Collections.unmodifiableList(out);
        });
    }

    /** The classified tier. */
    public Tier tier() {
        return Tier.fromNative(h.call(GeshibaiNative::gsb_decision_tier));
    }

    /** The claimed tier (NONE without a claim). */
    public Tier claimedTier() {
        return Tier.fromNative(h.call(GeshibaiNative::gsb_decision_claimed_tier));
    }

    /** True when the application has priority (§5). */
    public boolean priority() {
        return h.call(GeshibaiNative::gsb_decision_priority) != 0;
    }

    /** The cap in yuan. */
    public BigDecimal cap() {
        return yuan(h.call(GeshibaiNative::gsb_decision_cap));
    }

    /** The requested amount in yuan. */
    public BigDecimal requested() {
        return yuan(h.call(GeshibaiNative::gsb_decision_requested));
    }

    /** The granted amount in yuan. */
    public BigDecimal granted() {
        return yuan(h.call(GeshibaiNative::gsb_decision_granted));
    }

    /** The granted amount in Chinese financial capitals (大写). */
    public String grantedInWords() {
        return h.call(GeshibaiNative::gsb_decision_granted_in_words);
    }

    /** City or county support in yuan. */
    public BigDecimal local() {
        return yuan(h.call(GeshibaiNative::gsb_decision_local));
    }

    /** Granted plus local support, in yuan. */
    public BigDecimal total() {
        return yuan(h.call(GeshibaiNative::gsb_decision_total));
    }

    /** Requested amount of one instrument, in yuan. */
    public BigDecimal requested(Instrument i) {
        return yuan(h.call(p -> GeshibaiNative.gsb_decision_instrument_requested(p, i.value)));
    }

    /** Granted amount of one instrument, in yuan. */
    public BigDecimal granted(Instrument i) {
        return yuan(h.call(p -> GeshibaiNative.gsb_decision_instrument_granted(p, i.value)));
    }

    static BigDecimal yuan(long fen) {
        return BigDecimal.valueOf(fen, 2);
    }

    @Override
    public String toString() {
        if (h.isClosed())
            return "Decision(closed)";
        return "Decision(" + applicationId() + ", " + outcome().code() + ", " + tier().code()
            + ", " + granted() + ")";
    }
}
