package org.geshibai;

/**
 * One item of a batch: a decision, or the error of an application that could
 * not be decided (its JSON is the CLI's error entry).
 */
public final class BatchItem implements AutoCloseable {
    private final Decision decision;
    private final GeshibaiException error;

    BatchItem(Decision decision, GeshibaiException error) {
        this.decision = decision;
        this.error = error;
    }

    /** True when the application could not be decided. */
    public boolean isError() {
        return error != null;
    }

    /** The decision, or null for an error item. */
    public Decision decision() {
        return decision;
    }

    /** The error, or null. */
    public GeshibaiException error() {
        return error;
    }

    /** The item as in the CLI's JSON array: a decision or an error entry. */
    public String toJson() {
        return decision != null ? decision.toJson() : error.toJson();
    }

    /** Close the decision (no-op for an error item). */
    @Override
    public void close() {
        if (decision != null)
            decision.close();
    }
}
