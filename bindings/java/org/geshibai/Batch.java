package org.geshibai;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The decisions of a batch file, one by one in input order (streaming: memory
 * does not grow with the batch). An application that cannot be decided gives an
 * item holding its error; the others go on. Close it when done.
 * Threads may share a batch: each item goes to exactly one of them (one reads
 * at a time); they take items with {@link #poll()}, which tests and takes at
 * once (hasNext() then next() from two threads may find the item gone). {@link #close()} from any thread stops the reading: a read in
 * progress finishes first, later calls throw IllegalStateException.
 */
public final class Batch implements Iterator<BatchItem>, Iterable<BatchItem>, AutoCloseable {
    private final NativeHandle h;
    private final NativeHandle policy;
    private BatchItem next;
    private boolean done;

    Batch(long ptr, NativeHandle policy) {
        this.policy = policy;
        h = new NativeHandle(this, ptr, b -> {
            GeshibaiNative.gsbx_batch_free(b);
            policy.release();
        }, "batch");
    }

    @Override
    public Iterator<BatchItem> iterator() {
        return this;
    }

    @Override
    public synchronized boolean hasNext() {
        if (h.isClosed())
            throw new IllegalStateException("batch is closed");
        if (next != null)
            return true;
        if (done)
            return false;
        next = h.call(this::read);
        if (next == null)
            done = true;
        return next != null;
    }

    private BatchItem read(long b) {
        switch (GeshibaiNative.gsbx_batch_next(b)) {
        case 1:
            return new BatchItem(new Decision(GeshibaiNative.gsbx_batch_decision(b), policy), null);
        case 2: {
            long f = GeshibaiNative.gsbx_batch_fault(b);
            try {
                GeshibaiException e = GeshibaiException.of(
                    GeshibaiNative.gsbx_fault_code(f), GeshibaiNative.gsbx_fault_message(f),
                    GeshibaiNative.gsbx_fault_file(f), GeshibaiNative.gsbx_fault_line(f),
                    GeshibaiNative.gsbx_fault_element(f), GeshibaiNative.gsbx_fault_application(f));
                return new BatchItem(null, e);
            } finally {
                GeshibaiNative.gsbx_fault_free(f);
            }
        }
        default:
            return null;
        }
    }

    @Override
    public synchronized BatchItem next() {
        if (!hasNext())
            throw new NoSuchElementException();
        BatchItem item = next;
        next = null;
        return item;
    }

    /** The next item, or null at the end: hasNext() and next() in one step. */
    public synchronized BatchItem poll() {
        return hasNext() ? next() : null;
    }

    /** Number of application elements read so far (good and bad). */
    public synchronized long count() {
        return h.call(GeshibaiNative::gsbx_batch_count);
    }

    /** Stop reading and free the reader. */
    @Override
    public void close() {
        h.close();
    }
}
