package org.geshibai;

import java.time.LocalDate;

/**
 * The review record of one application (provision 5.2, docs/rules.md §9): its way
 * from submission to disbursement, with dates and notes. {@link #advance}
 * accepts only the transitions of §9; any other — and publicised → disbursed
 * before the publicity period (review.publicity-days of the policy) has ended —
 * throws {@link GeshibaiException} with status GSB_ESTATE and a message naming
 * both states. Stored and read as XML. Close it when done; the policy must
 * stay open while the record is advanced or read.
 */
public final class Review implements AutoCloseable {
    private final NativeHandle h;
    private final Policy policy;

    /**
     * A new record in state submitted.
     * @param applicationId the application's id (non-empty)
     * @param submitted "YYYY-MM-DD"
     * @param policy gives the publicity period
     */
    public Review(String applicationId, String submitted, Policy policy) {
        this(GeshibaiNative.gsbx_review_new(applicationId, submitted), check(policy));
    }

    private Review(long ptr, Policy policy) {
        this.policy = policy;
        h = new NativeHandle(this, ptr, GeshibaiNative::gsbx_review_free, "review");
    }

    private static Policy check(Policy policy) {
        if (policy == null)
            throw new NullPointerException("policy");
        return policy;
    }

    /** Read a review document (docs/formats.md, root review); its history is replayed under the policy. */
    public static Review readFile(String path, Policy policy) {
        return new Review(check(policy).handle().call(p -> GeshibaiNative.gsbx_review_read_file(p, path)),
                          policy);
    }

    /** Read a review document given as text. */
    public static Review readXml(String xml, Policy policy) {
        byte[] bytes = Utf8.encode(xml);
        return new Review(check(policy).handle().call(
            p -> GeshibaiNative.gsbx_review_read_memory(p, bytes, null)), policy);
    }

    /**
     * Move the record to state {@code to} on {@code date} ("YYYY-MM-DD"), with an
     * optional note (null for none). On failure the record is unchanged.
     * @return this record
     */
    public synchronized Review advance(ReviewState to, String date, String note) {
        long r = h.acquire();
        try {
            policy.handle().call(p -> GeshibaiNative.gsbx_review_advance(r, p, to.code(), date, note));
        } finally {
            h.release();
        }
        return this;
    }

    /** The application id. */
    public synchronized String application() {
        return h.call(GeshibaiNative::gsb_review_application);
    }

    /** The current state. */
    public synchronized ReviewState state() {
        return ReviewState.fromNative(h.call(GeshibaiNative::gsb_review_current));
    }

    /** The date of the current state. */
    public synchronized LocalDate date() {
        return LocalDate.ofEpochDay(h.call(GeshibaiNative::gsb_review_current_date));
    }

    /** Number of history entries, submission included. */
    public synchronized int historyCount() {
        return (int) (long) h.call(GeshibaiNative::gsb_review_history_count);
    }

    /** The state of history entry i (0: submission). */
    public synchronized ReviewState historyState(int i) {
        return ReviewState.fromNative(h.call(r -> GeshibaiNative.gsbx_review_history_state(r, i)));
    }

    /** The date of history entry i. */
    public synchronized LocalDate historyDate(int i) {
        return LocalDate.ofEpochDay(h.call(r -> GeshibaiNative.gsbx_review_history_date(r, i)));
    }

    /** The note of history entry i, or null. */
    public synchronized String historyNote(int i) {
        return h.call(r -> GeshibaiNative.gsbx_review_history_note(r, i));
    }

    /** The first day the record may move from publicised to disbursed (GSB_ESTATE when not publicised). */
    public synchronized LocalDate disbursableFrom() {
        long r = h.acquire();
        try {
            return LocalDate.ofEpochDay(policy.handle().call(
                p -> GeshibaiNative.gsbx_review_disbursable_from(r, p)));
        } finally {
            h.release();
        }
    }

    /** The record as a review document (UTF-8 XML). */
    public synchronized String toXml() {
        return h.call(GeshibaiNative::gsbx_review_to_xml);
    }

    /** Free the record. */
    @Override
    public void close() {
        h.close();
    }

    /** True once closed. */
    public boolean isClosed() {
        return h.isClosed();
    }
}
