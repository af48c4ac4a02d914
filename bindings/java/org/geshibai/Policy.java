package org.geshibai;

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

    /** The built-in defaults overridden by a parameters file (null: none). */
    public Policy(String paramsPath) {
        this(GeshibaiNative.gsbx_policy_open(paramsPath), 0);
    }

    private Policy(long ptr, int unused) {
        h = new NativeHandle(this, ptr, GeshibaiNative::gsbx_policy_free, "policy");
    }

    /** The built-in defaults overridden by a parameters document given as text. */
    public static Policy fromXml(String paramsXml) {
        return new Policy(GeshibaiNative.gsbx_policy_open_memory(paramsXml, null), 0);
    }

    /** The policy's id ("sd-2018-ge-shi-bai"). */
    public String id() {
        return h.call(GeshibaiNative::gsb_policy_id);
    }

    /** The parameters document's name, or null for the built-in defaults. */
    public String source() {
        return h.call(GeshibaiNative::gsb_policy_source);
    }

    /**
     * Read one application file and decide it.
     * @param asOf "YYYY-MM-DD", or null for the application's submitted date (else today)
     */
    public Decision evaluateFile(String path, String asOf) {
        return h.call(p -> new Decision(GeshibaiNative.gsbx_evaluate_file(p, path, asOf, FLAGS), h));
    }

    /** Decide one application document given as text. */
    public Decision evaluateXml(String xml, String asOf) {
        byte[] bytes = Utf8.encode(xml);
        return h.call(p -> new Decision(GeshibaiNative.gsbx_evaluate_memory(p, bytes, null, asOf, FLAGS), h));
    }

    /**
     * Decide every application of a batch (or single application) file, streaming,
     * in input order. Close the batch when done.
     */
    public Batch evaluateBatch(String path, String asOf) {
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
     * Read a ledger file and audit it for misuse of funds (provision 5.4).
     * @param asOf "YYYY-MM-DD", or null for the ledger's asOf (else today)
     */
    public Audit auditFile(String path, String asOf) {
        try {
            return new Audit(h.call(p -> GeshibaiNative.gsbx_audit_file(p, path, asOf)));
        } catch (GeshibaiException e) {
            throw e.forAudit();
        }
    }

    /** Audit a ledger document given as text. */
    public Audit auditXml(String xml, String asOf) {
        byte[] bytes = Utf8.encode(xml);
        try {
            return new Audit(h.call(p -> GeshibaiNative.gsbx_audit_memory(p, bytes, null, asOf)));
        } catch (GeshibaiException e) {
            throw e.forAudit();
        }
    }

    /**
     * What-if (issue 7): decide every application of the files under this policy
     * (A, the guide in force) and under {@code other} (B, the reform). The result
     * lists every application whose outcome, tier or grant changes, and the exact
     * total award under each; {@link WhatIf#toJson()} equals
     * {@code geshibai compare --params A --params B --format json}. Inputs that
     * cannot be decided are listed as errors in the report, not thrown.
     * @param asOf "YYYY-MM-DD", or null for each application's submitted date (else today)
     */
    public WhatIf compare(Policy other, java.util.List<String> paths, String asOf) {
        if (other == null)
            throw new NullPointerException("other");
        if (paths == null || paths.isEmpty())
            throw new IllegalArgumentException("no input file");
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
     * The programme report (issue 7): decide every application of the files and
     * return the self-contained HTML page {@code geshibai report} writes.
     * @param asOf the date of the report "YYYY-MM-DD", or null (each application's own)
     * @param lang "zh" (also for null, as the CLI) or "en"
     */
    public String programmeReport(java.util.List<String> paths, String asOf, String lang) {
        if (paths == null || paths.isEmpty())
            throw new IllegalArgumentException("no input file");
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

    /** Free the policy (once every evaluation in progress has finished). */
    @Override
    public void close() {
        h.close();
    }

    /** True once closed. */
    public boolean isClosed() {
        return h.isClosed();
    }
}
