package org.geshibai;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The funding-misuse audit of a ledger (provision 5.4). {@link #toJson()} is
 * exactly the JSON of {@code geshibai audit --format json}. Close it when done.
 */
public final class Audit implements AutoCloseable {
    private final NativeHandle h;

    Audit(long ptr) {
        h = new NativeHandle(this, ptr, GeshibaiNative::gsbx_audit_free, "audit");
    }

    /** The audit report as the CLI's JSON (reasons in the language of {@link Geshibai#defaultLang()}). */
    public String toJson() {
        return toJson(null);
    }

    /** The audit report as the CLI's JSON, reasons in "zh" or "en". */
    public String toJson(String lang) {
        int l = Geshibai.lang(lang);
        return h.call(p -> GeshibaiNative.gsbx_audit_report(p, gsb_format.GSB_FORMAT_JSON, l));
    }

    /** The audit report as XML. */
    public String toXml(String lang) {
        int l = Geshibai.lang(lang);
        return h.call(p -> GeshibaiNative.gsbx_audit_report(p, gsb_format.GSB_FORMAT_XML, l));
    }

    /** The audited application's id, or null. */
    public String ledger() {
        return h.call(GeshibaiNative::gsb_audit_ledger);
    }

    /** The date of the audit. */
    public LocalDate asOf() {
        return LocalDate.ofEpochDay(h.call(GeshibaiNative::gsb_audit_as_of));
    }

    /**
     * The policy's id.
     * @return "sd-2018-ge-shi-bai"
     */
    public String policy() {
        return h.call(GeshibaiNative::gsb_audit_policy);
    }

    /**
     * The parameter set the audit used.
     * @return the parameters document's name (else its file name), or null for
     *         the built-in parameters
     */
    public String params() {
        return h.call(GeshibaiNative::gsb_audit_params);
    }

    /**
     * The file of the parameter set the audit used.
     * @return the file, or null for the built-in parameters
     */
    public String paramsFile() {
        return h.call(GeshibaiNative::gsb_audit_params_file);
    }

    /** True when no flag was raised. */
    public boolean isClean() {
        return h.call(GeshibaiNative::gsb_audit_clean) != 0;
    }

    /** Number of flags. */
    public long flagCount() {
        return h.call(GeshibaiNative::gsb_audit_flag_count);
    }

    /** The category code of flag i ("withholding", ...). */
    public String flagCategory(long i) {
        return h.call(p -> GeshibaiNative.gsb_misuse_name(
            GeshibaiNative.gsb_audit_flag_category(p, i)));
    }

    /**
     * The flags in report order, reasons in the default language.
     * @return an unmodifiable list
     */
    public List<Flag> flags() {
        return flags(null);
    }

    /**
     * The flags in report order, with their evidence.
     * @param lang "zh", "en" or null (the default language)
     * @return an unmodifiable list
     */
    public List<Flag> flags(String lang) {
        int l = Geshibai.lang(lang);
        return h.call(a -> {
            List<Flag> out = new ArrayList<>();
            for (long i = 0, n = GeshibaiNative.gsb_audit_flag_count(a); i < n; i++) {
                List<String> evidence = new ArrayList<>();
                for (long j = 0, m = GeshibaiNative.gsb_audit_flag_evidence_count(a, i); j < m; j++)
                    evidence.add(GeshibaiNative.gsb_audit_flag_evidence(a, i, j));
                out.add(new Flag(GeshibaiNative.gsb_misuse_name(GeshibaiNative.gsb_audit_flag_category(a, i)),
                                 GeshibaiNative.gsb_audit_flag_provision(a, i),
                                 GeshibaiNative.gsb_audit_flag_has_amount(a, i) != 0
                                     ? Decision.yuan(GeshibaiNative.gsb_audit_flag_amount(a, i)) : null,
                                 GeshibaiNative.gsb_audit_flag_subject(a, i),
                                 Collections.unmodifiableList(evidence),
                                 GeshibaiNative.gsb_audit_flag_reason(a, i, l)));
            }
            return Collections.unmodifiableList(out);
        });
    }

    @Override
    public String toString() {
        if (h.isClosed())
            return "Audit(closed)";
        return "Audit(" + ledger() + ", " + asOf() + ", " + (isClean() ? "clean" : flags().toString()) + ")";
    }

    /** Free the audit (a second call does nothing). */
    @Override
    public void close() {
        h.close();
    }

    /** True once closed. */
    public boolean isClosed() {
        return h.isClosed();
    }
}
