package org.geshibai;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A what-if comparison: a batch decided under policy A (the guide in
 * force) and policy B (the reform); every application whose outcome, tier or
 * grant differs, and the exact total provincial award under each.
 * {@link #toJson()} is exactly {@code geshibai compare --format json}. Made by
 * {@link Policy#compare}; it keeps both policies open until it is closed.
 */
public final class WhatIf implements AutoCloseable {
    private final NativeHandle h;

    WhatIf(long ptr, NativeHandle a, NativeHandle b) {
        h = new NativeHandle(this, ptr, w -> {
            GeshibaiNative.gsbx_whatif_free(w);
            a.release();
            b.release();
        }, "what-if");
    }

    void addFile(String path, String asOf) {
        h.call(w -> GeshibaiNative.gsbx_whatif_add_file(w, path, asOf));
    }

    /** The comparison as the CLI's JSON (labels in the language of {@link Geshibai#defaultLang()}). */
    public String toJson() {
        return toJson(null);
    }

    /** The comparison as the CLI's JSON, labels in "zh" or "en". */
    public String toJson(String lang) {
        return report(gsb_format.GSB_FORMAT_JSON, lang);
    }

    /** The comparison as XML (comparison in urn:geshibai:1). */
    public String toXml(String lang) {
        return report(gsb_format.GSB_FORMAT_XML, lang);
    }

    /** The comparison as the CLI's text. */
    public String toText(String lang) {
        return report(gsb_format.GSB_FORMAT_TEXT, lang);
    }

    private String report(int format, String lang) {
        int l = Geshibai.lang(lang);
        return h.call(w -> GeshibaiNative.gsbx_whatif_report(w, format, l));
    }

    private static BigDecimal yuan(long fen) {
        return BigDecimal.valueOf(fen, 2);
    }

    /** Applications compared. */
    public long count() {
        return h.call(GeshibaiNative::gsb_whatif_count);
    }

    /** Inputs that could not be decided (listed in the report). */
    public long errorCount() {
        return h.call(GeshibaiNative::gsb_whatif_error_count);
    }

    /** Total provincial award under policy A, in yuan (exact). */
    public BigDecimal totalA() {
        return yuan(h.call(GeshibaiNative::gsb_whatif_total_a));
    }

    /** Total provincial award under policy B, in yuan (exact). */
    public BigDecimal totalB() {
        return yuan(h.call(GeshibaiNative::gsb_whatif_total_b));
    }

    /** totalB - totalA, in yuan: the budget impact of the reform. */
    public BigDecimal difference() {
        return yuan(h.call(GeshibaiNative::gsb_whatif_difference));
    }

    /** Number of changed applications. */
    public int changeCount() {
        return (int) (long) h.call(GeshibaiNative::gsb_whatif_change_count);
    }

    /** The id of the i-th changed application (input order), or null. */
    public String changeApplication(int i) {
        return h.call(w -> GeshibaiNative.gsb_whatif_change_application(w, i));
    }

    /** Outcome of the i-th changed application under A (b false) or B (b true). */
    public Outcome changeOutcome(int i, boolean b) {
        return Outcome.fromNative(h.call(w -> GeshibaiNative.gsb_whatif_change_outcome(w, i, b ? 1 : 0)));
    }

    /** Classified tier of the i-th changed application under A or B. */
    public Tier changeTier(int i, boolean b) {
        return Tier.fromNative(h.call(w -> GeshibaiNative.gsb_whatif_change_tier(w, i, b ? 1 : 0)));
    }

    /** Amount granted to the i-th changed application under A or B, in yuan. */
    public BigDecimal changeGranted(int i, boolean b) {
        return yuan(h.call(w -> GeshibaiNative.gsb_whatif_change_granted(w, i, b ? 1 : 0)));
    }

    /** Free the comparison and let go of both policies. */
    /**
     * The changed applications in input order.
     * @return an unmodifiable list
     */
    public List<Change> changes() {
        return h.call(w -> {
            List<Change> out = new ArrayList<>();
            for (long i = 0, n = GeshibaiNative.gsb_whatif_change_count(w); i < n; i++) {
                Change.Side[] sides = new Change.Side[2];
                for (int b = 0; b < 2; b++)
                    sides[b] = new Change.Side(
                        Outcome.fromNative(GeshibaiNative.gsb_whatif_change_outcome(w, i, b)),
                        Tier.fromNative(GeshibaiNative.gsb_whatif_change_tier(w, i, b)),
                        GeshibaiNative.gsb_subsidy_status_name(GeshibaiNative.gsb_whatif_change_status(w, i, b)),
                        yuan(GeshibaiNative.gsb_whatif_change_cap(w, i, b)),
                        yuan(GeshibaiNative.gsb_whatif_change_granted(w, i, b)));
                long bits = GeshibaiNative.gsb_whatif_change_what(w, i);
                Set<String> what = new LinkedHashSet<>();
                if ((bits & GeshibaiNativeConstants.GSB_CHANGE_OUTCOME) != 0)
                    what.add("outcome");
                if ((bits & GeshibaiNativeConstants.GSB_CHANGE_TIER) != 0)
                    what.add("tier");
                if ((bits & GeshibaiNativeConstants.GSB_CHANGE_GRANTED) != 0)
                    what.add("granted");
                out.add(new Change(GeshibaiNative.gsb_whatif_change_application(w, i),
                                   GeshibaiNative.gsb_whatif_change_position(w, i),
                                   Collections.unmodifiableSet(what),
                                   LocalDate.ofEpochDay(GeshibaiNative.gsb_whatif_change_as_of(w, i)),
                                   sides[0], sides[1]));
            }
            return Collections.unmodifiableList(out);
        });
    }

    /**
     * A summary: applications compared, errors, totals under A and B and the
     * difference, then one line per change.
     * @return the summary
     */
    @Override
    public String toString() {
        if (h.isClosed())
            return "WhatIf(closed)";
        StringBuilder b = new StringBuilder("WhatIf(").append(count()).append(" compared, ")
            .append(errorCount()).append(" errors, A ").append(totalA().toPlainString())
            .append(", B ").append(totalB().toPlainString()).append(", difference ")
            .append(difference().toPlainString()).append(')');
        for (Change c : changes())
            b.append("\n  ").append(c);
        return b.toString();
    }

    @Override
    public void close() {
        h.close();
    }

    /** True once closed. */
    public boolean isClosed() {
        return h.isClosed();
    }
}
