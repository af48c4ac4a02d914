package org.geshibai;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The measures' parameters: the built-in defaults of the rule book, or those
 * overridden by a parameters file. Immutable once built and safe to share
 * between threads; evaluations run in parallel. Close it when done
 * (try-with-resources); closing again does nothing, using it after close throws
 * IllegalStateException. Library errors throw {@link GeshibaiException}.
 */
public final class Policy implements AutoCloseable {
    private static final int FLAGS = 0;
    private final NativeHandle h;

    /** The built-in policy. */
    public Policy() {
        this((String) null);
    }

    /**
     * The built-in defaults overridden by a parameters file.
     * @param paramsPath the parameters file, or null for the built-in defaults
     */
    public Policy(String paramsPath) {
        this(GeshibaiNative.gsbx_policy_open(paramsPath), 0);
    }

    private Policy(long ptr, int unused) {
        h = new NativeHandle(this, ptr, GeshibaiNative::gsbx_policy_free, "policy");
    }

    /**
     * The built-in defaults overridden by a parameters document given as text.
     * @param paramsXml the parameters document
     * @return the policy
     */
    public static Policy fromXml(String paramsXml) {
        Objects.requireNonNull(paramsXml, "paramsXml");
        return new Policy(GeshibaiNative.gsbx_policy_open_memory(paramsXml, null), 0);
    }

    /**
     * The policy's id.
     * @return "sd-2018-ge-shi-bai"
     */
    public String id() {
        return h.call(GeshibaiNative::gsb_policy_id);
    }

    /**
     * The parameters document's name.
     * @return the name, or null for the built-in defaults
     */
    public String source() {
        return h.call(GeshibaiNative::gsb_policy_source);
    }

    static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /**
     * Read one application file (XML or JSON) and decide it as of its submitted date (else today).
     * @param path the file
     * @return the decision
     */
    public Decision evaluateFile(String path) {
        return evaluateFile(path, (String) null);
    }

    /**
     * Read one application file (XML or JSON) and decide it.
     * @param path the file
     * @param asOf "YYYY-MM-DD", or null for the application's submitted date (else today)
     * @return the decision
     */
    public Decision evaluateFile(String path, String asOf) {
        Objects.requireNonNull(path, "path");
        return h.call(p -> new Decision(GeshibaiNative.gsbx_evaluate_file(p, path, asOf, FLAGS), h));
    }

    /**
     * Read one application file and decide it as of a date.
     * @param path the file
     * @param asOf the date, or null for the application's submitted date (else today)
     * @return the decision
     */
    public Decision evaluateFile(String path, LocalDate asOf) {
        return evaluateFile(path, iso(asOf));
    }

    /**
     * Decide one application document given as text, as of its submitted date (else today).
     * @param xml the document (XML or JSON)
     * @return the decision
     */
    public Decision evaluateXml(String xml) {
        return evaluateXml(xml, (String) null);
    }

    /**
     * Decide one application document given as text (XML, or JSON: the text
     * is told apart by its first character).
     * @param xml the document
     * @param asOf "YYYY-MM-DD", or null for the application's submitted date (else today)
     * @return the decision
     */
    public Decision evaluateXml(String xml, String asOf) {
        Objects.requireNonNull(xml, "xml");
        byte[] bytes = Utf8.encode(xml);
        return h.call(p -> new Decision(GeshibaiNative.gsbx_evaluate_memory(p, bytes, null, asOf, FLAGS), h));
    }

    /**
     * Decide one application document given as text, as of a date.
     * @param xml the document
     * @param asOf the date, or null for the application's submitted date (else today)
     * @return the decision
     */
    public Decision evaluateXml(String xml, LocalDate asOf) {
        return evaluateXml(xml, iso(asOf));
    }

    /**
     * Decide one application given in its JSON form, as of its submitted date (else today).
     * @param json the application object
     * @return the decision
     */
    public Decision evaluateJson(String json) {
        return evaluateJson(json, (String) null);
    }

    /**
     * Decide one application given in its JSON form (one object, the form of
     * the project's JSON Schema; keys and values as in the XML document).
     * @param json the application object
     * @param asOf "YYYY-MM-DD", or null for the application's submitted date (else today)
     * @return the decision
     */
    public Decision evaluateJson(String json, String asOf) {
        Objects.requireNonNull(json, "json");
        String t = json.stripLeading();
        if (!t.startsWith("{"))
            throw new IllegalArgumentException("json: not a JSON object");
        return evaluateXml(json, asOf);
    }

    /**
     * Decide one application given in its JSON form, as of a date.
     * @param json the application object
     * @param asOf the date, or null for the application's submitted date (else today)
     * @return the decision
     */
    public Decision evaluateJson(String json, LocalDate asOf) {
        return evaluateJson(json, iso(asOf));
    }

    /**
     * Decide an application built with {@link Application#builder()}.
     * @param application the application
     * @param asOf the date, or null for the application's submitted date (else today)
     * @return the decision
     */
    public Decision evaluate(Application application, LocalDate asOf) {
        Objects.requireNonNull(application, "application");
        return evaluateJson(application.toJson(), iso(asOf));
    }

    /**
     * Decide every application of a batch file, each as of its submitted date (else today).
     * @param path the file
     * @return the batch
     */
    public Batch evaluateBatch(String path) {
        return evaluateBatch(path, (String) null);
    }

    /**
     * Decide every application of a batch (or single application) file, XML
     * or JSON, streaming, in input order. Close the batch when done.
     * @param path the file
     * @param asOf the date, or null for each application's submitted date (else today)
     * @return the batch
     */
    public Batch evaluateBatch(String path, LocalDate asOf) {
        return evaluateBatch(path, iso(asOf));
    }

    /**
     * Decide every application of a batch (or single application) file, streaming,
     * in input order. Close the batch when done.
     * @param path the file
     * @param asOf "YYYY-MM-DD", or null for each application's submitted date (else today)
     * @return the batch
     */
    public Batch evaluateBatch(String path, String asOf) {
        Objects.requireNonNull(path, "path");
        long p = h.acquire();
        long b;
        try {
            b = GeshibaiNative.gsbx_batch_open(p, path, asOf, FLAGS);
        } catch (RuntimeException e) {
            h.release();
            throw e;
        }
        return new Batch(b, h);
    }

    /**
     * Read a ledger file and audit it as of its asOf (else today).
     * @param path the ledger file
     * @return the audit
     */
    public Audit auditFile(String path) {
        return auditFile(path, (String) null);
    }

    /**
     * Read a ledger file and audit it for misuse of funds (provision 5.4).
     * @param path the ledger file
     * @param asOf "YYYY-MM-DD", or null for the ledger's asOf (else today)
     * @return the audit
     */
    public Audit auditFile(String path, String asOf) {
        Objects.requireNonNull(path, "path");
        try {
            return new Audit(h.call(p -> GeshibaiNative.gsbx_audit_file(p, path, asOf)));
        } catch (GeshibaiException e) {
            throw e.forAudit();
        }
    }

    /**
     * Read a ledger file and audit it as of a date.
     * @param path the ledger file
     * @param asOf the date, or null for the ledger's asOf (else today)
     * @return the audit
     */
    public Audit auditFile(String path, LocalDate asOf) {
        return auditFile(path, iso(asOf));
    }

    /**
     * Audit a ledger document given as text.
     * @param xml the ledger document
     * @param asOf "YYYY-MM-DD", or null for the ledger's asOf (else today)
     * @return the audit
     */
    public Audit auditXml(String xml, String asOf) {
        Objects.requireNonNull(xml, "xml");
        byte[] bytes = Utf8.encode(xml);
        try {
            return new Audit(h.call(p -> GeshibaiNative.gsbx_audit_memory(p, bytes, null, asOf)));
        } catch (GeshibaiException e) {
            throw e.forAudit();
        }
    }

    /**
     * What-if: decide every application of the files under this policy
     * (A, the guide in force) and under {@code other} (B, the reform). The result
     * lists every application whose outcome, tier or grant changes, and the exact
     * total award under each; {@link WhatIf#toJson()} equals
     * {@code geshibai compare --params A --params B --format json}. Inputs that
     * cannot be decided are listed as errors in the report, not thrown.
     * @param other policy B
     * @param paths the application or batch files
     * @param asOf "YYYY-MM-DD", or null for each application's submitted date (else today)
     * @return the comparison
     */
    public WhatIf compare(Policy other, List<String> paths, String asOf) {
        Objects.requireNonNull(other, "other");
        Objects.requireNonNull(paths, "paths");
        if (paths.isEmpty())
            throw new IllegalArgumentException("no input file");
        for (String path : paths)
            Objects.requireNonNull(path, "paths holds null");
        long a = h.acquire();
        long b;
        try {
            b = other.h.acquire();
        } catch (RuntimeException e) {
            h.release();
            throw e;
        }
        long w;
        try {
            w = GeshibaiNative.gsbx_whatif_new(a, b);
        } catch (RuntimeException e) {
            h.release();
            other.h.release();
            throw e;
        }
        WhatIf result = new WhatIf(w, h, other.h);
        try {
            for (String path : paths)
                result.addFile(path, asOf);
        } catch (RuntimeException e) {
            result.close();
            throw e;
        }
        return result;
    }

    /**
     * What-if, each application as of its submitted date (else today); see
     * {@link #compare(Policy, List, String)}.
     * @param other policy B
     * @param paths the application or batch files
     * @return the comparison
     */
    public WhatIf compare(Policy other, List<String> paths) {
        return compare(other, paths, (String) null);
    }

    /**
     * What-if as of a date; see {@link #compare(Policy, List, String)}.
     * @param other policy B
     * @param paths the application or batch files
     * @param asOf the date, or null for each application's submitted date (else today)
     * @return the comparison
     */
    public WhatIf compare(Policy other, List<String> paths, LocalDate asOf) {
        return compare(other, paths, iso(asOf));
    }

    /**
     * The programme report: decide every application of the files and
     * return the self-contained HTML page {@code geshibai report} writes.
     * @param paths the application or batch files
     * @param asOf the date of the report "YYYY-MM-DD", or null (each application's own)
     * @param lang "zh" (also for null, as the CLI) or "en"
     * @return the HTML page
     */
    public String programmeReport(List<String> paths, String asOf, String lang) {
        Objects.requireNonNull(paths, "paths");
        if (paths.isEmpty())
            throw new IllegalArgumentException("no input file");
        for (String path : paths)
            Objects.requireNonNull(path, "paths holds null");
        int l = Geshibai.lang(lang == null ? "zh" : lang);
        return h.call(p -> {
            long prog = GeshibaiNative.gsbx_programme_new(p, asOf);
            try {
                for (String path : paths)
                    GeshibaiNative.gsbx_programme_add_file(prog, p, path);
                return GeshibaiNative.gsbx_programme_html(prog, l);
            } finally {
                GeshibaiNative.gsbx_programme_free(prog);
            }
        });
    }

    NativeHandle handle() {
        return h;
    }

    /**
     * The programme report, each application as of its own date; see
     * {@link #programmeReport(List, String, String)}.
     * @param paths the application or batch files
     * @param lang "zh" (also for null) or "en"
     * @return the HTML page
     */
    public String programmeReport(List<String> paths, String lang) {
        return programmeReport(paths, (String) null, lang);
    }

    /**
     * The programme report as of a date; see {@link #programmeReport(List, String, String)}.
     * @param paths the application or batch files
     * @param asOf the date of the report, or null (each application's own)
     * @param lang "zh" (also for null) or "en"
     * @return the HTML page
     */
    public String programmeReport(List<String> paths, LocalDate asOf, String lang) {
        return programmeReport(paths, iso(asOf), lang);
    }

    /** Free the policy (once every evaluation in progress has finished); again: nothing. */
    @Override
    public void close() {
        h.close();
    }

    /**
     * Whether {@link #close()} was called.
     * @return true once closed
     */
    public boolean isClosed() {
        return h.isClosed();
    }
}
