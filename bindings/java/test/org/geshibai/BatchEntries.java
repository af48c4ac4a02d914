package org.geshibai;

/**
 * The entries of the Java batch iterator over files, for the nothing-lost
 * tests (tests/batch_entries.py): one JSON array a line, in input order,
 * ["dec", application id] for a decision, ["err", application id or null,
 * line, message] for an error; every file in one JVM. Non-ASCII characters
 * are written as \\u escapes, whatever the locale's encoding.
 */
public final class BatchEntries {
    private BatchEntries() {
    }

    static String quote(String s) {
        if (s == null)
            return "null";
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\')
                b.append('\\').append(c);
            else if (c < 0x20 || c > 0x7e)
                b.append(String.format("\\u%04x", (int) c));
            else
                b.append(c);
        }
        return b.append('"').toString();
    }

    public static void main(String[] args) {
        try (Policy policy = new Policy()) {
            for (String path : args) {
                try (Batch batch = policy.evaluateBatch(path)) {
                    for (BatchItem item : batch) {
                        try (BatchItem it = item) {
                            if (it.isError()) {
                                GeshibaiException e = it.error();
                                System.out.println("[\"err\", " + quote(e.getApplication()) + ", "
                                                   + e.getLine() + ", " + quote(e.getMessage()) + "]");
                            } else {
                                System.out.println("[\"dec\", "
                                                   + quote(it.decision().applicationId()) + "]");
                            }
                        }
                    }
                }
            }
        }
    }
}
