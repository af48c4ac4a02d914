package org.geshibai;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

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

    /** The decision report as XML (docs/formats.md). */
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

    /**
     * The parameter set that decided it: the parameters document's name (else
     * its file name), or null for the built-in parameters.
     *
     * @return the name, or null
     */
    public String params() {
        return h.call(GeshibaiNative::gsb_decision_params);
    }

    /**
     * The file of the parameter set that decided it.
     *
     * @return the file name, or null for the built-in parameters
     */
    public String paramsFile() {
        return h.call(GeshibaiNative::gsb_decision_params_file);
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

    /**
     * The eligibility checks in the order of the rule book, reasons in the
     * language of {@link Geshibai#defaultLang()}.
     * @return an unmodifiable list
     */
    public List<Check> checks() {
        return checks(null);
    }

    /**
     * The eligibility checks, reasons in "zh" or "en".
     * @param lang "zh", "en" or null (the default language)
     * @return an unmodifiable list
     */
    public List<Check> checks(String lang) {
        int l = Geshibai.lang(lang);
        return h.call(p -> {
            List<Check> out = new ArrayList<>();
            for (long i = 0, n = GeshibaiNative.gsb_decision_check_count(p); i < n; i++)
                out.add(new Check(GeshibaiNative.gsb_decision_check_id(p, i),
                                  GeshibaiNative.gsb_decision_check_provision(p, i),
                                  Check.tri(GeshibaiNative.gsb_decision_check_result(p, i)),
                                  GeshibaiNative.gsb_decision_check_reason(p, i, l)));
            return Collections.unmodifiableList(out);
        });
    }

    /**
     * The five tier criteria, reasons in the default language.
     * @return an unmodifiable list
     */
    public List<Check> criteria() {
        return criteria(null);
    }

    /**
     * The five tier criteria, reasons in "zh" or "en".
     * @param lang "zh", "en" or null (the default language)
     * @return an unmodifiable list
     */
    public List<Check> criteria(String lang) {
        int l = Geshibai.lang(lang);
        return h.call(p -> {
            List<Check> out = new ArrayList<>();
            for (long i = 0, n = GeshibaiNative.gsb_decision_criterion_count(p); i < n; i++)
                out.add(new Check(GeshibaiNative.gsb_decision_criterion_id(p, i),
                                  GeshibaiNative.gsb_decision_criterion_provision(p, i),
                                  Check.tri(GeshibaiNative.gsb_decision_criterion_result(p, i)),
                                  GeshibaiNative.gsb_decision_criterion_reason(p, i, l)));
            return Collections.unmodifiableList(out);
        });
    }

    /**
     * How the classified tier relates to the claimed one.
     * @return "match", "below-claim", "above-claim", or null without a claim
     */
    public String relation() {
        return h.call(p -> {
            int r = GeshibaiNative.gsb_decision_relation(p);
            return r == gsb_relation.GSB_RELATION_MATCH ? "match"
                : r == gsb_relation.GSB_RELATION_BELOW_CLAIM ? "below-claim"
                : r == gsb_relation.GSB_RELATION_ABOVE_CLAIM ? "above-claim" : null;
        });
    }

    /**
     * What it would take (docs/relevance.md): the absent facts that matter,
     * labels and proofs in the language of {@link Geshibai#defaultLang()}.
     * @return an unmodifiable list, empty when the decision carries no relevance
     */
    public List<Need> needs() {
        return needs(null);
    }

    /**
     * What it would take, labels and proofs in "zh" or "en".
     * @param lang "zh", "en" or null (the default language)
     * @return an unmodifiable list, empty when the decision carries no relevance
     */
    public List<Need> needs(String lang) {
        int l = Geshibai.lang(lang);
        return h.call(p -> {
            List<Need> out = new ArrayList<>();
            for (long i = 0, n = GeshibaiNative.gsb_decision_need_count(p); i < n; i++) {
                List<String> fors = new ArrayList<>();
                for (long k = 0, m = GeshibaiNative.gsb_decision_need_for_count(p, i); k < m; k++)
                    fors.add(GeshibaiNative.gsb_decision_need_for(p, i, k));
                out.add(new Need(GeshibaiNative.gsb_decision_need_fact(p, i),
                                 GeshibaiNative.gsb_decision_need_value(p, i), fors,
                                 GeshibaiNative.gsb_decision_need_label(p, i, l),
                                 GeshibaiNative.gsb_decision_need_proof(p, i, l),
                                 GeshibaiNative.gsb_decision_need_provision(p, i)));
            }
            return Collections.unmodifiableList(out);
        });
    }

    /**
     * What the decision would become once every need is supplied with its
     * value, decided again on the same date.
     * @return the potential outcome, tier and award, or null when the decision
     *     carries no relevance (eligible with every tier determined and nothing
     *     waiting on the review, or decided without relevance)
     */
    public Potential potential() {
        return h.call(p -> GeshibaiNative.gsb_decision_has_relevance(p) == 0 ? null
            : new Potential(Outcome.fromNative(GeshibaiNative.gsb_decision_potential_outcome(p)),
                            Tier.fromNative(GeshibaiNative.gsb_decision_potential_tier(p)),
                            yuan(GeshibaiNative.gsb_decision_potential_granted(p))));
    }

    /**
     * Higher tiers whose criterion is unknown, highest first.
     * @return an unmodifiable list
     */
    public List<Tier> undetermined() {
        return h.call(p -> {
            List<Tier> out = new ArrayList<>();
            for (long i = 0, n = GeshibaiNative.gsb_decision_undetermined_count(p); i < n; i++)
                out.add(Tier.fromNative(GeshibaiNative.gsb_decision_undetermined(p, i)));
            return Collections.unmodifiableList(out);
        });
    }

    /**
     * Why the application has priority or not.
     * @param lang "zh", "en" or null (the default language)
     * @return the reason
     */
    public String priorityReason(String lang) {
        int l = Geshibai.lang(lang);
        return h.call(p -> GeshibaiNative.gsb_decision_priority_reason(p, l));
    }

    /**
     * The subsidy's status.
     * @return its code ("granted", "not-eligible", ...)
     */
    public String subsidyStatus() {
        return h.call(p -> GeshibaiNative.gsb_subsidy_status_name(
            GeshibaiNative.gsb_decision_subsidy_status(p)));
    }

    /**
     * Why the subsidy is what it is.
     * @param lang "zh", "en" or null (the default language)
     * @return the reason
     */
    public String subsidyReason(String lang) {
        int l = Geshibai.lang(lang);
        return h.call(p -> GeshibaiNative.gsb_decision_subsidy_reason(p, l));
    }

    /**
     * Whether the national-platform cap applies.
     * @return true when it does
     */
    public boolean national() {
        return h.call(GeshibaiNative::gsb_decision_national) != 0;
    }

    /**
     * The requested and granted amounts of the three instruments.
     * @return an unmodifiable map, every instrument present
     */
    public Map<Instrument, BigDecimal[]> instruments() {
        return h.call(p -> {
            Map<Instrument, BigDecimal[]> out = new EnumMap<>(Instrument.class);
            for (Instrument i : Instrument.values())
                out.put(i, new BigDecimal[] {
                    yuan(GeshibaiNative.gsb_decision_instrument_requested(p, i.value)),
                    yuan(GeshibaiNative.gsb_decision_instrument_granted(p, i.value)) });
            return Collections.unmodifiableMap(out);
        });
    }

    /**
     * The effect indicators, errors in the default language.
     * @return an unmodifiable list
     */
    public List<Kpi> kpis() {
        return kpis(null);
    }

    /**
     * The effect indicators, errors in "zh" or "en".
     * @param lang "zh", "en" or null (the default language)
     * @return an unmodifiable list
     */
    public List<Kpi> kpis(String lang) {
        int l = Geshibai.lang(lang);
        return h.call(p -> {
            List<Kpi> out = new ArrayList<>();
            for (long i = 0, n = GeshibaiNative.gsb_decision_kpi_count(p); i < n; i++)
                out.add(new Kpi(GeshibaiNative.gsb_kpi_name(GeshibaiNative.gsb_decision_kpi(p, i)),
                                Check.tri(GeshibaiNative.gsb_decision_kpi_met(p, i)),
                                GeshibaiNative.gsb_decision_kpi_change(p, i),
                                GeshibaiNative.gsb_decision_kpi_target(p, i),
                                GeshibaiNative.gsb_decision_kpi_error(p, i, l)));
            return Collections.unmodifiableList(out);
        });
    }

    /**
     * The number of effect indicators met.
     * @return the count
     */
    public long kpisMet() {
        return h.call(GeshibaiNative::gsb_decision_kpi_met_count);
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
