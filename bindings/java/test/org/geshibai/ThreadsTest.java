package org.geshibai;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Objects shared between threads and closed while others use them: every use
 * gives a result or a clear exception (IllegalStateException after close),
 * never a crash. String arguments holding a NUL are refused. Run by make check
 * with -Xcheck:jni (bindings/java/test_java_threads.sh).
 * Environment: GSB_SRCDIR; GSB_STRESS_ROUNDS (default 20).
 */
public class ThreadsTest {
    static final int THREADS = 4;
    static final int N = 120;
    static final int ROUNDS = Integer.parseInt(GeshibaiTest.env("GSB_STRESS_ROUNDS", "20"));
    static final String QINGDAO = GeshibaiTest.QINGDAO;
    static final String LEDGER = GeshibaiTest.EXAMPLES.resolve("ledgers/misappropriation.xml").toString();
    static Path dir;
    static String batch;

    interface Work {
        void run(int i) throws Exception;
    }

    /** Runs work(i) in THREADS threads started together; rethrows the first failure. */
    static void inThreads(Work work) throws Exception {
        CyclicBarrier start = new CyclicBarrier(THREADS);
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            final int id = i;
            Thread t = new Thread(() -> {
                try {
                    start.await();
                    work.run(id);
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads)
            t.join();
        if (!failures.isEmpty()) {
            Throwable e = failures.get(0);
            if (e instanceof Exception)
                throw (Exception) e;
            throw new AssertionError(e);
        }
    }

    @BeforeClass
    public static void writeBatch() throws IOException {
        String body = GeshibaiTest.read(QINGDAO);
        body = body.substring(body.indexOf("?>") + 2).trim().replace(" xmlns=\"urn:geshibai:1\"", "");
        StringBuilder b = new StringBuilder("<applications xmlns=\"urn:geshibai:1\">\n");
        for (int i = 0; i < N; i++) {
            if (i % 7 == 6)
                b.append("<application id=\"T-" + i + "\"><applicant><division>1</division>"
                         + "</applicant><platform/></application>\n");
            else
                b.append(body.replaceFirst("id=\"QD-2019-007\"", "id=\"T-" + i + "\"")).append('\n');
        }
        b.append("</applications>\n");
        dir = Files.createTempDirectory("gsb-threads");
        Path f = dir.resolve("batch.xml");
        Files.writeString(f, b.toString(), StandardCharsets.UTF_8);
        batch = f.toString();
    }

    @AfterClass
    public static void removeBatch() throws IOException {
        Files.deleteIfExists(Path.of(batch));
        Files.deleteIfExists(dir);
    }

    static String idOf(BatchItem it) {
        return it.isError() ? it.error().getApplication() : it.decision().applicationId();
    }

    @Test
    public void threadsShareOneBatch() throws Exception {
        try (Policy p = new Policy()) {
            for (int r = 0; r < ROUNDS; r++) {
                List<String> seen = Collections.synchronizedList(new ArrayList<>());
                try (Batch b = p.evaluateBatch(batch, "2019-07-01")) {
                    inThreads(i -> {
                        for (BatchItem it; (it = b.poll()) != null; ) {
                            seen.add(idOf(it));
                            it.close();
                        }
                    });
                    assertEquals(N, b.count());
                }
                assertEquals(N, seen.size());
                assertEquals(N, seen.stream().distinct().count());
            }
        }
    }

    @Test
    public void closeWhileOthersIterate() throws Exception {
        try (Policy p = new Policy()) {
            for (int r = 0; r < ROUNDS; r++) {
                Batch b = p.evaluateBatch(batch, "2019-07-01");
                AtomicInteger ended = new AtomicInteger();
                final int skip = r % 5;
                inThreads(i -> {
                    if (i == 0) {
                        BatchItem it;
                        for (int k = 0; k < skip && (it = b.poll()) != null; k++)
                            it.close();
                        b.close();
                        return;
                    }
                    try {
                        for (BatchItem it; (it = b.poll()) != null; )
                            it.close();
                    } catch (IllegalStateException e) {
                        assertTrue(e.getMessage().contains("closed"));
                    }
                    ended.incrementAndGet();
                });
                assertEquals(THREADS - 1, ended.get());
                assertThrows(IllegalStateException.class, b::hasNext);
                b.close();
            }
        }
    }

    @Test
    public void policyClosedWhileEvaluating() throws Exception {
        String xml = GeshibaiTest.read(QINGDAO);
        for (int r = 0; r < ROUNDS; r++) {
            Policy p = new Policy();
            Batch b = p.evaluateBatch(batch, "2019-07-01");
            AtomicInteger decided = new AtomicInteger();
            inThreads(i -> {
                if (i == 0) {
                    p.close();
                    return;
                }
                if (i == 1) {
                    int n = 0;
                    for (BatchItem it : b) {
                        n++;
                        it.close();
                    }
                    assertEquals(N, n);  // the batch keeps its policy
                    b.close();
                    return;
                }
                for (int k = 0; k < 10; k++) {
                    try (Decision d = p.evaluateXml(xml)) {
                        assertEquals("19205208.33", d.granted().toPlainString());
                        decided.incrementAndGet();
                    } catch (IllegalStateException e) {
                        return;
                    }
                }
            });
            assertTrue(p.isClosed());
        }
    }

    @Test
    public void decisionClosedWhileRead() throws Exception {
        try (Policy p = new Policy()) {
            for (int r = 0; r < ROUNDS; r++) {
                Decision d = p.evaluateFile(QINGDAO);
                inThreads(i -> {
                    if (i == 0) {
                        d.close();
                        return;
                    }
                    for (int k = 0; k < 50; k++) {
                        try {
                            d.toJson("en");
                            assertEquals(Tier.CROSS_DOMAIN, d.tier());
                            assertFalse(d.missing().size() < 0);
                        } catch (IllegalStateException e) {
                            return;
                        }
                    }
                });
                assertTrue(d.isClosed());
            }
        }
    }

    @Test
    public void decisionOutlivesItsPolicy() {
        Policy p = new Policy();
        Decision d = p.evaluateFile(QINGDAO);
        p.close();
        p.close();
        assertEquals("QD-2019-007", d.applicationId());
        d.close();
    }

    @Test
    public void auditWhatIfReviewShared() throws Exception {
        try (Policy p = new Policy(); Policy q = new Policy()) {
            for (int r = 0; r < ROUNDS / 2; r++) {
                Audit a = p.auditFile(LEDGER, "2020-01-01");
                WhatIf w = p.compare(q, List.of(QINGDAO));
                Review rv = new Review("T-1", "2019-06-01", p);
                AtomicInteger won = new AtomicInteger();
                inThreads(i -> {
                    if (i == 0) {
                        a.close();
                        w.close();
                        return;
                    }
                    try {
                        rv.advance(ReviewState.CITY_RECOMMENDED, "2019-06-02", "t" + i);
                        won.incrementAndGet();
                    } catch (GeshibaiException e) {
                        assertEquals(GeshibaiException.ESTATE, e.getCode());
                    }
                    for (int k = 0; k < 20; k++) {
                        try {
                            a.toJson();
                            w.totalA();
                        } catch (IllegalStateException e) {
                            break;
                        }
                        assertEquals(2, rv.historyCount());
                    }
                });
                assertEquals(1, won.get());
                rv.close();
                rv.close();
            }
        }
    }

    @Test
    public void nulRefusedNotTruncated() {
        try (Policy p = new Policy()) {
            assertThrows(IllegalArgumentException.class, () -> p.evaluateFile(QINGDAO + "\0junk"));
            assertThrows(IllegalArgumentException.class, () -> p.evaluateFile(QINGDAO, "2019-07-01\0x"));
            assertThrows(IllegalArgumentException.class, () -> p.evaluateBatch(QINGDAO + "\0junk"));
            assertThrows(IllegalArgumentException.class, () -> p.auditFile(LEDGER + "\0junk"));
            assertThrows(IllegalArgumentException.class, () -> new Policy(QINGDAO + "\0x"));
            try (Review r = new Review("A", "2019-06-01", p)) {
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> r.advance(ReviewState.CITY_RECOMMENDED, "2019-06-02", "note\0hidden"));
                assertTrue(e.getMessage().contains("NUL"));
                assertEquals(ReviewState.SUBMITTED, r.state());
            }
        }
    }
}
