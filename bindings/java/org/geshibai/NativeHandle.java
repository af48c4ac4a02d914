package org.geshibai;

import java.lang.ref.Cleaner;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;

/**
 * A native pointer owned by one Java object, safe to share between threads.
 * It is freed exactly once: by {@code close()}, or by the Cleaner when the
 * owner becomes unreachable (a safety net, not the way to manage it). Every
 * use holds the pointer ({@link #call}, or {@link #acquire} and
 * {@link #release}); a concurrent close marks the handle closed at once and
 * the last user frees it. Objects that depend on this one (a batch or a
 * decision on its policy) hold it too ({@link #retain}). Closing again does
 * nothing; using a closed handle throws IllegalStateException.
 */
final class NativeHandle implements Runnable {
    private static final Cleaner CLEANER = Cleaner.create();

    private final String what;
    private final LongConsumer free;
    private long ptr;
    private int users;
    private boolean closed;

    NativeHandle(Object owner, long ptr, LongConsumer free, String what) {
        this.ptr = ptr;
        this.free = free;
        this.what = what;
        CLEANER.register(owner, this);
    }

    /** Use the pointer for the length of one call (the owner cannot be freed meanwhile). */
    <T> T call(LongFunction<T> f) {
        long p = acquire();
        try {
            return f.apply(p);
        } finally {
            release();
        }
    }

    /** One more user that depends on the pointer, even after close() as long as it is not freed. */
    synchronized void retain() {
        if (ptr == 0)
            throw new IllegalStateException(what + " is closed");
        users++;
    }

    synchronized long acquire() {
        if (closed)
            throw new IllegalStateException(what + " is closed");
        users++;
        return ptr;
    }

    void release() {
        settle(false);
    }

    void close() {
        settle(true);
    }

    synchronized boolean isClosed() {
        return closed;
    }

    /** The Cleaner's action: the owner is unreachable. */
    @Override
    public void run() {
        settle(true);
    }

    /* Close the handle (close: true, again does nothing) or end one use;
     * free the pointer once the handle is closed and no use is left. */
    private void settle(boolean close) {
        long p = 0;
        synchronized (this) {
            if (close)
                closed = true;
            else
                users--;
            if (closed && users == 0) {
                p = ptr;
                ptr = 0;
            }
        }
        if (p != 0)
            free.accept(p);
    }
}
