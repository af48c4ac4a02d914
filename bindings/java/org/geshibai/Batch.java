package org.geshibai;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The decisions of a batch file, one by one in input order (streaming: memory
 * does not grow with the batch). An application that cannot be decided gives an
 * item holding its error; the others go on. Close it when done.
 */
public final class Batch implements Iterator<BatchItem>, Iterable<BatchItem>, AutoCloseable {
    private final NativeHandle h;
    private BatchItem next;
    private boolean done;

    Batch(long ptr, NativeHandle policy) {
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
    public boolean hasNext() {
        if (next != null)
            return true;
        if (done)
            return false;
        next = h.call(Batch::read);
        if (next == null)
            done = true;
        return next != null;
    }

    private static BatchItem read(long b) {
        switch (GeshibaiNative.gsbx_batch_next(b)) {
        case 1:
            return new BatchItem(new Decision(GeshibaiNative.gsbx_batch_decision(b)), null);
        case 2: {
            long f = GeshibaiNative.gsbx_batch_fault(b);
            try {
                GeshibaiException e = new GeshibaiException(
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
    public BatchItem next() {
        if (!hasNext())
            throw new NoSuchElementException();
        BatchItem item = next;
        next = null;
        return item;
    }

    /** Number of application elements read so far (good and bad). */
    public long count() {
        return h.call(GeshibaiNative::gsbx_batch_count);
    }

    /** Stop reading and free the reader. */
    @Override
    public void close() {
        h.close();
    }
}
