package org.geshibai;

import java.time.LocalDate;

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

    /** Free the audit. */
    @Override
    public void close() {
        h.close();
    }

    /** True once closed. */
    public boolean isClosed() {
        return h.isClosed();
    }
}
