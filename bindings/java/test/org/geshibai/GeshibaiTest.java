package org.geshibai;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Tests of the Java binding, run by make check (bindings/java/test_java.sh).
 * Environment: GSB_SRCDIR, GSB_BUILDDIR; GSB_LEAK_LOOPS (default 100000).
 */
public class GeshibaiTest {
    static final String U20000 = new String(Character.toChars(0x20000)); // 𠀀
    static final Path SRCDIR = Paths.get(env("GSB_SRCDIR", "."));
    static final Path BUILDDIR = Paths.get(env("GSB_BUILDDIR", "."));
    static final Path EXAMPLES = SRCDIR.resolve("examples");
    static final Path CASES = SRCDIR.resolve("../shared/conformance/cases").normalize();
    static final String QINGDAO = EXAMPLES.resolve("qingdao-cross-domain.xml").toString();
    static Policy policy;

    static String env(String name, String dflt) {
        String v = System.getenv(name);
        return v == null || v.isEmpty() ? dflt : v;
    }

    @BeforeClass
    public static void open() {
        policy = new Policy();
    }

    @AfterClass
    public static void close() {
        policy.close();
    }

    static String read(String path) throws IOException {
        return Files.readString(Paths.get(path), StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------ lifecycle

    @Test
    public void policyIdAndClose() {
        Policy p = new Policy();
        assertEquals("sd-2018-ge-shi-bai", p.id());
        assertNull(p.source());
        p.close();
        assertTrue(p.isClosed());
        p.close(); // again: nothing
        assertThrows(IllegalStateException.class, p::id);
        assertThrows(IllegalStateException.class, () -> p.evaluateFile(QINGDAO));
    }

    @Test
    public void decisionCloseTwiceThrows() {
        Decision d = policy.evaluateFile(QINGDAO);
        d.close();
        d.close(); // again: nothing
        assertThrows(IllegalStateException.class, d::toJson);
        assertThrows(IllegalStateException.class, d::tier);
        assertEquals("Decision(closed)", d.toString());
    }

    @Test
    public void decisionOutlivesPolicy() {
        Policy p = new Policy();
        try (Decision d = p.evaluateFile(QINGDAO)) {
            p.close();
            assertEquals("QD-2019-007", d.applicationId());
        }
    }

    @Test
    public void paramsFile() {
        Path params = EXAMPLES.resolve("params/params-2019.xml");
        if (!Files.exists(params))
            params = EXAMPLES.resolve("params-2019.xml");
        assertTrue("no parameters file under examples/", Files.exists(params));
        try (Policy p = new Policy(params.toString());
             Decision d = p.evaluateFile(QINGDAO)) {
            assertNotNull(p.source());
            assertNotNull(d.tier());
            assertEquals(p.source(), d.params());
            assertEquals(params.toString(), d.paramsFile());
        }
        try (Decision d = policy.evaluateFile(QINGDAO)) {
            assertNull(d.params());
            assertNull(d.paramsFile());
        }
    }

    @Test
    public void defaultLangIsTheCommands() throws Exception {
        // one rule, the library's: the binding and the command choose the same
        // language from this process's environment
        String lang = Geshibai.defaultLang();
        assertTrue(lang.equals("zh") || lang.equals("en"));
        Path bin = BUILDDIR.resolve("cli/.libs/geshibai");
        if (!Files.isExecutable(bin))
            bin = BUILDDIR.resolve("cli/geshibai");
        Process p = new ProcessBuilder(bin.toString(), "uscc", "91370200718018514X")
            .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out;
        try (InputStream in = p.getInputStream()) {
            out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        p.waitFor();
        assertTrue(out, out.contains(lang.equals("zh") ? "无效" : "invalid"));
        try (Decision d = policy.evaluateFile(QINGDAO)) {
            assertEquals(d.toJson(lang), d.toJson());
        }
    }

    @Test
    public void auditNamesItsParams() {
        Path params = EXAMPLES.resolve("params/params-2019.xml");
        String ledger = EXAMPLES.resolve("ledgers/withholding.xml").toString();
        try (Policy p = new Policy(params.toString()); Audit a = p.auditFile(ledger)) {
            assertEquals(p.id(), a.policy());
            assertEquals(p.source(), a.params());
            assertEquals(params.toString(), a.paramsFile());
            assertTrue(a.toXml("en").contains("params=\"" + p.source() + "\" paramsFile=\"" + params + "\""));
            assertTrue(a.toJson().contains("\"paramsFile\": \"" + params + "\""));
        }
        try (Audit a = policy.auditFile(ledger)) {
            assertEquals("sd-2018-ge-shi-bai", a.policy());
            assertNull(a.params());
            assertNull(a.paramsFile());
            assertFalse(a.toJson().contains("params"));
        }
    }

    // ------------------------------------------------------------ evaluation

    @Test
    public void evaluateFile() {
        try (Decision d = policy.evaluateFile(QINGDAO)) {
            assertEquals("QD-2019-007", d.applicationId());
            assertEquals(LocalDate.of(2019, 6, 14), d.asOf());
            assertEquals(Outcome.ELIGIBLE, d.outcome());
            assertEquals(Tier.CROSS_DOMAIN, d.tier());
            assertEquals(Tier.CROSS_DOMAIN, d.claimedTier());
            assertEquals(new BigDecimal("19205208.33"), d.granted());
            assertEquals(new BigDecimal("12000000.00"), d.granted(Instrument.AWARD));
            assertTrue(d.missing().isEmpty());
            @SuppressWarnings("unchecked")
            Map<String, Object> json = (Map<String, Object>) Json.parse(d.toJson());
            @SuppressWarnings("unchecked")
            Map<String, Object> subsidy = (Map<String, Object>) json.get("subsidy");
            assertEquals(d.grantedInWords(), subsidy.get("grantedInWords"));
            assertTrue(d.toXml("en").trim().startsWith("<"));
            assertFalse(Tier.COMPREHENSIVE.label("zh").isEmpty());
        }
    }

    @Test
    public void asOf() {
        try (Decision d = policy.evaluateFile(QINGDAO, "2020-01-02")) {
            assertEquals(LocalDate.of(2020, 1, 2), d.asOf());
        }
        GeshibaiException e = assertThrows(GeshibaiException.class,
                                           () -> policy.evaluateFile(QINGDAO, "2019-02-30"));
        assertEquals(GeshibaiException.EINVAL, e.getCode());
    }

    @Test
    public void evaluateXmlEqualsFile() throws IOException {
        try (Decision a = policy.evaluateXml(read(QINGDAO));
             Decision b = policy.evaluateFile(QINGDAO)) {
            assertEquals(Json.parse(b.toJson()), Json.parse(a.toJson()));
        }
    }

    @Test
    public void errors() {
        GeshibaiException io = assertThrows(GeshibaiException.class,
                                            () -> policy.evaluateFile("/nonexistent.xml"));
        assertEquals(GeshibaiException.EIO, io.getCode());
        assertEquals("GSB_EIO", io.getStatus());
        GeshibaiException parse = assertThrows(GeshibaiException.class,
                                               () -> policy.evaluateXml("<application"));
        assertEquals(GeshibaiException.EPARSE, parse.getCode());
        String bad = "<application xmlns=\"urn:geshibai:1\" id=\"X-1\">\n"
            + "  <applicant><division>12</division></applicant>\n  <platform/>\n</application>\n";
        GeshibaiException schema = assertThrows(GeshibaiException.class,
                                                () -> policy.evaluateXml(bad));
        assertEquals(GeshibaiException.ESCHEMA, schema.getCode());
        assertEquals(2, schema.getLine());
        assertEquals("X-1", schema.getApplication());
        assertTrue(schema.toJson().contains("GSB_ESCHEMA"));
        // the library is usable after an error
        try (Decision d = policy.evaluateFile(QINGDAO)) {
            assertEquals(Tier.CROSS_DOMAIN, d.tier());
        }
    }

    @Test
    public void u20000RoundTrip() throws IOException {
        String xml = read(QINGDAO).replace("id=\"QD-2019-007\"", "id=\"QD-" + U20000 + "-007\"");
        int a = xml.indexOf("<name>") + 6, b = xml.indexOf("</name>", a);
        xml = xml.substring(0, a) + U20000 + "某某工业互联网有限公司" + xml.substring(b);
        try (Decision d = policy.evaluateXml(xml)) {
            assertEquals("QD-" + U20000 + "-007", d.applicationId());
            @SuppressWarnings("unchecked")
            Map<String, Object> json = (Map<String, Object>) Json.parse(d.toJson());
            assertEquals("QD-" + U20000 + "-007", json.get("application"));
            assertTrue(d.toText("zh").contains(U20000));
        }
        String broken = xml.replace("<division>", "<division>x");
        GeshibaiException e = assertThrows(GeshibaiException.class,
                                           () -> policy.evaluateXml(broken));
        assertEquals("QD-" + U20000 + "-007", e.getApplication());
        IndustryMatch m = Geshibai.lookupIndustry(U20000 + "科技");
        assertNull(m.industry());
        assertTrue(m.normalised().contains(U20000));
    }

    @Test
    public void vocabulary() {
        assertEquals("high-end-equipment", Geshibai.lookupIndustry("高端装备").industry());
        UsccInfo ok = Geshibai.validateUscc("91370200718018514D");
        assertTrue(ok.isValid());
        assertEquals("370200", ok.division());
        UsccInfo bad = Geshibai.validateUscc("91370200718018514X");
        assertFalse(bad.isValid());
        assertNotNull(bad.problem());
        assertEquals("叁仟万元整", Geshibai.amountInWords(new BigDecimal("30000000")));
        assertEquals(GSB_VERSION(), Geshibai.version());
    }

    private static String GSB_VERSION() {
        return Geshibai.version(); // the run-time version is the one the jar was built against
    }

    @Test
    public void threadsShareOnePolicy() throws Exception {
        String xml = read(QINGDAO);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Object>> results = new ArrayList<>();
        for (int i = 0; i < 40; i++)
            results.add(pool.submit(() -> {
                try (Decision d = policy.evaluateXml(xml)) {
                    return Json.parse(d.toJson());
                }
            }));
        Object first = results.get(0).get();
        for (Future<Object> f : results)
            assertEquals(first, f.get());
        pool.shutdown();
    }

    // ------------------------------------------------------------ batches

    @Test
    public void batchWithErrors() throws Exception {
        String app = read(QINGDAO);
        app = app.substring(app.indexOf("?>") + 2).trim();
        String xml = "<applications xmlns=\"urn:geshibai:1\">\n" + app + "\n"
            + "<application id=\"BAD-1\"><applicant><division>1</division></applicant>"
            + "<platform/></application>\n" + app + "\n</applications>\n";
        Path dir = Files.createTempDirectory("gsb");
        Path file = dir.resolve("batch.xml");
        Files.writeString(file, xml, StandardCharsets.UTF_8);
        try (Batch batch = policy.evaluateBatch(file.toString(), "2019-07-01")) {
            List<BatchItem> items = new ArrayList<>();
            batch.forEach(items::add);
            assertEquals(3, items.size());
            assertEquals(3, batch.count());
            assertFalse(items.get(0).isError());
            assertTrue(items.get(1).isError());
            assertEquals("BAD-1", items.get(1).error().getApplication());
            assertEquals(GeshibaiException.ESCHEMA, items.get(1).error().getCode());
            List<Object> got = new ArrayList<>();
            for (BatchItem it : items)
                got.add(Json.parse(it.toJson()));
            assertEquals(Json.parse(cli("evaluate", file, "2019-07-01")), got);
            for (BatchItem it : items)
                it.close();
        } finally {
            Files.delete(file);
            Files.delete(dir);
        }
    }

    @Test
    public void batchMissingFileThrowsAtOnce() {
        assertThrows(GeshibaiException.class, () -> policy.evaluateBatch("/nonexistent"));
    }

    // ------------------------------------------------------------ against the CLI

    static String cli(String command, Path file, String asOf) throws IOException, InterruptedException {
        Path bin = BUILDDIR.resolve("cli/.libs/geshibai");
        if (!Files.isExecutable(bin))
            bin = BUILDDIR.resolve("cli/geshibai");
        List<String> args = new ArrayList<>(List.of(bin.toString(), command, "--format", "json"));
        if (asOf != null) {
            args.add("--as-of");
            args.add(asOf);
        }
        args.add(file.toString());
        Process p = new ProcessBuilder(args).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = p.getInputStream()) {
            in.transferTo(out);
        }
        int rc = p.waitFor();
        if (rc != 0 && rc != 1)
            throw new IOException(args + " exited " + rc);
        return new String(out.toByteArray(), StandardCharsets.UTF_8);
    }

    static String root(Path f) throws IOException {
        byte[] head = new byte[800];
        int n;
        try (InputStream in = Files.newInputStream(f)) {
            n = in.readNBytes(head, 0, head.length);
        }
        String s = new String(head, 0, n, StandardCharsets.UTF_8);
        return s.contains("<ledger") ? "ledger" : s.contains("<application") ? "application" : null;
    }

    /** What the binding says, as JSON text (a batch: an array of items). */
    static Object binding(Path f, String asOf, boolean array) throws IOException {
        try {
            if ("ledger".equals(root(f))) {
                try (Audit a = policy.auditFile(f.toString(), asOf)) {
                    return Json.parse(a.toJson());
                }
            }
            if (array) {
                List<Object> items = new ArrayList<>();
                try (Batch b = policy.evaluateBatch(f.toString(), asOf)) {
                    for (BatchItem it : b) {
                        items.add(Json.parse(it.toJson()));
                        it.close();
                    }
                }
                return items;
            }
            try (Decision d = policy.evaluateFile(f.toString(), asOf)) {
                return Json.parse(d.toJson());
            }
        } catch (GeshibaiException e) {
            return Json.parse(e.toJson());
        }
    }

    static void compareAll(List<Path> files, List<String> asOfs) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(
            Math.max(2, Runtime.getRuntime().availableProcessors()));
        List<Future<String>> expected = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path f = files.get(i);
            String asOf = asOfs.get(i);
            expected.add(pool.submit(() -> cli("ledger".equals(root(f)) ? "audit" : "evaluate",
                                               f, asOf)));
        }
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Object want = Json.parse(expected.get(i).get());
            Object got = binding(files.get(i), asOfs.get(i), want instanceof List);
            if (!want.equals(got))
                failures.add(files.get(i) + "\n  cli:  " + want + "\n  java: " + got);
        }
        pool.shutdown();
        assertTrue(failures.size() + " differ:\n" + String.join("\n", failures), failures.isEmpty());
    }

    @Test
    public void examplesEqualCli() throws Exception {
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(EXAMPLES, EXAMPLES.resolve("ledgers"))) {
            if (!Files.isDirectory(dir))
                continue;
            try (Stream<Path> s = Files.list(dir)) {
                for (Path f : s.filter(p -> p.toString().endsWith(".xml")).sorted()
                        .collect(Collectors.toList()))
                    if (root(f) != null)
                        files.add(f);
            }
        }
        assertFalse(files.isEmpty());
        List<String> asOfs = new ArrayList<>();
        for (int i = 0; i < files.size(); i++)
            asOfs.add(null);
        compareAll(files, asOfs);
    }

    @Test
    public void conformanceCasesEqualCli() throws Exception {
        Path manifest = CASES.resolve("manifest.json");
        assumeTrue("no conformance cases at " + CASES, Files.exists(manifest));
        @SuppressWarnings("unchecked")
        Map<String, Object> cases = (Map<String, Object>) Json.parse(
            Files.readString(manifest, StandardCharsets.UTF_8));
        List<Path> files = new ArrayList<>();
        List<String> asOfs = new ArrayList<>();
        for (String name : new java.util.TreeSet<>(cases.keySet())) {
            files.add(CASES.resolve(name));
            @SuppressWarnings("unchecked")
            Map<String, Object> c = (Map<String, Object>) cases.get(name);
            asOfs.add((String) c.get("asOf"));
        }
        compareAll(files, asOfs);
    }

    // ------------------------------------------------------------ leaks

    static long residentKiB() throws IOException {
        String[] f = Files.readString(Paths.get("/proc/self/statm")).trim().split("\\s+");
        return Long.parseLong(f[1]) * 4; // pages of 4 KiB
    }

    static final int LOOPS = Integer.parseInt(env("GSB_LEAK_LOOPS", "100000"));

    static void assertFlat(Runnable step, int loops) throws IOException {
        for (int i = 0; i < Math.min(20000, loops / 5); i++)
            step.run();
        System.gc();
        long before = residentKiB();
        for (int i = 0; i < loops; i++)
            step.run();
        System.gc();
        long grown = residentKiB() - before;
        assertTrue("resident memory grew by " + grown + " KiB", grown < 8192);
    }

    @Test
    public void policyCreateCloseIsFlat() throws IOException {
        assertFlat(() -> new Policy().close(), LOOPS);
    }

    @Test
    public void decisionCreateCloseIsFlat() throws IOException {
        String xml = read(QINGDAO);
        assertFlat(() -> policy.evaluateXml(xml).close(), LOOPS / 5);
    }

    // ------------------------------------------------------------ issue 7

    static final String CAP_5M = SRCDIR.resolve("tests/data/params-cap-5m.xml").toString();

    static List<String> exampleFiles() throws IOException {
        try (Stream<Path> s = Files.list(EXAMPLES)) {
            List<String> files = s.filter(f -> f.toString().endsWith(".xml")).sorted()
                .map(Path::toString).collect(Collectors.toList());
            assertFalse("no examples at " + EXAMPLES, files.isEmpty());
            return files;
        }
    }

    /** The CLI's standard output for these arguments (exit status 0 or 1). */
    static String cliRun(List<String> arguments) throws IOException, InterruptedException {
        Path bin = BUILDDIR.resolve("cli/.libs/geshibai");
        if (!Files.isExecutable(bin))
            bin = BUILDDIR.resolve("cli/geshibai");
        assertTrue("cli/geshibai not built", Files.isExecutable(bin));
        List<String> args = new ArrayList<>();
        args.add(bin.toString());
        args.addAll(arguments);
        Process p = new ProcessBuilder(args).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = p.getInputStream()) {
            in.transferTo(out);
        }
        int rc = p.waitFor();
        if (rc != 0 && rc != 1)
            throw new IOException(args + " exited " + rc);
        return new String(out.toByteArray(), StandardCharsets.UTF_8);
    }

    @Test
    public void compareCap5mEqualsCli() throws Exception {
        List<String> files = exampleFiles();
        List<String> args = new ArrayList<>(List.of("compare", "--params", "default", "--params",
                                                    CAP_5M, "--format", "json", "--lang", "en"));
        args.addAll(files);
        Object want = Json.parse(cliRun(args));
        try (Policy reform = new Policy(CAP_5M); WhatIf w = policy.compare(reform, files)) {
            assertEquals(want, Json.parse(w.toJson("en")));
            assertEquals(new BigDecimal("79027291.66"), w.totalA());
            assertEquals(new BigDecimal("67705208.33"), w.totalB());
            assertEquals(new BigDecimal("-11322083.33"), w.difference());
            assertEquals(3, w.changeCount());
            assertEquals(0, w.errorCount());
            BigDecimal sum = BigDecimal.ZERO.setScale(2);
            for (int i = 0; i < w.changeCount(); i++) {
                assertEquals(new BigDecimal("5000000.00"), w.changeGranted(i, true));
                assertEquals(Outcome.ELIGIBLE, w.changeOutcome(i, false));
                assertEquals(w.changeTier(i, false), w.changeTier(i, true));
                sum = sum.add(w.changeGranted(i, true)).subtract(w.changeGranted(i, false));
            }
            assertEquals(w.difference(), sum);
            assertEquals("JN-2019-001", w.changeApplication(1));
        }
    }

    @Test
    public void compareKeepsPoliciesAndCloses() {
        Policy a = new Policy();
        WhatIf w = a.compare(a, List.of(QINGDAO), "2019-07-01");
        a.close();
        assertEquals(0, w.changeCount());
        assertEquals(w.totalA(), w.totalB());
        w.close();
        w.close(); // again: nothing
        assertThrows(IllegalStateException.class, w::totalA);
        assertThrows(IllegalStateException.class, () -> a.compare(policy, List.of(QINGDAO)));
        assertThrows(GeshibaiException.class, () -> policy.compare(policy, List.of(QINGDAO), "2019-02-30"));
    }

    static final ReviewState[] TO_PUBLICISED = {
        ReviewState.CITY_RECOMMENDED, ReviewState.TASK_FORCE_REVIEWED,
        ReviewState.EXPERT_REVIEWED, ReviewState.SELECTED, ReviewState.PUBLICISED};

    @Test
    public void reviewTransitions() {
        try (Review r = new Review("QD-1", "2019-06-14", policy)) {
            assertEquals(ReviewState.SUBMITTED, r.state());
            GeshibaiException e = assertThrows(GeshibaiException.class,
                () -> r.advance(ReviewState.SELECTED, "2019-06-20", null));
            assertEquals("GSB_ESTATE", e.getStatus());
            assertTrue(e.getMessage(), e.getMessage().contains("submitted"));
            assertTrue(e.getMessage(), e.getMessage().contains("selected"));
            assertEquals(ReviewState.SUBMITTED, r.state());
            LocalDate day = LocalDate.parse("2019-06-14");
            for (ReviewState s : TO_PUBLICISED) {
                day = day.plusDays(7);
                r.advance(s, day.toString(), "→ " + s.code() + " " + U20000);
            }
            assertEquals(ReviewState.PUBLICISED, r.state());
            LocalDate published = day;
            assertEquals(published.plusDays(5), r.disbursableFrom());
            e = assertThrows(GeshibaiException.class,
                () -> r.advance(ReviewState.DISBURSED, published.plusDays(4).toString(), null));
            assertEquals("GSB_ESTATE", e.getStatus());
            assertTrue(e.getMessage(), e.getMessage().contains("from publicised to disbursed"));
            assertEquals(ReviewState.PUBLICISED, r.state());
            r.advance(ReviewState.DISBURSED, published.plusDays(5).toString(), "拨付");
            assertEquals(ReviewState.DISBURSED, r.state());
            assertEquals(7, r.historyCount());
            assertEquals("→ publicised " + U20000, r.historyNote(5));
            assertEquals(published, r.historyDate(5));
            assertThrows(GeshibaiException.class,
                () -> r.advance(ReviewState.WITHDRAWN, "2020-01-01", null));
            try (Review again = Review.readXml(r.toXml(), policy)) {
                assertEquals(r.toXml(), again.toXml());
            }
        }
        for (ReviewState from : ReviewState.values())
            for (ReviewState to : ReviewState.values())
                if (from.allows(to))
                    assertTrue(from + "->" + to, to == ReviewState.WITHDRAWN
                               || to.ordinal() > from.ordinal()
                               || to == from && from == ReviewState.PUBLICISED);
        assertFalse(ReviewState.DISBURSED.allows(ReviewState.WITHDRAWN));
        assertTrue(ReviewState.PUBLICISED.allows(ReviewState.DISBURSED));
    }

    @Test
    public void reviewReadExampleAndClose() {
        Review r = Review.readFile(EXAMPLES.resolve("review/review-QD-2019-007.xml").toString(), policy);
        assertEquals("QD-2019-007", r.application());
        assertEquals(ReviewState.DISBURSED, r.state());
        assertEquals(LocalDate.parse("2019-09-05"), r.date());
        assertEquals("拨付奖励资金", r.state().label("zh"));
        r.close();
        r.close(); // again: nothing
        assertThrows(IllegalStateException.class, r::state);
        assertThrows(GeshibaiException.class, () -> new Review("", "2019-06-01", policy));
    }

    @Test
    public void programmeReportEqualsCli() throws Exception {
        List<String> files = exampleFiles();
        Path out = Files.createTempFile("geshibai-report", ".html");
        try {
            for (String lang : new String[] {"zh", "en"}) {
                List<String> args = new ArrayList<>(List.of("report", "--html", out.toString(),
                                                            "--lang", lang));
                args.addAll(files);
                cliRun(args);
                String page = policy.programmeReport(files, lang);
                assertEquals(Files.readString(out, StandardCharsets.UTF_8), page);
            }
        } finally {
            Files.deleteIfExists(out);
        }
        String page = policy.programmeReport(files, null);
        assertTrue(page.contains("id=\"tier-comprehensive\" data-tier=\"comprehensive\" "
                                 + "data-recognised=\"1\" data-target=\"1\" data-met=\"true\""));
        assertTrue(page.contains("id=\"tier-cross-domain\" data-tier=\"cross-domain\" "
                                 + "data-recognised=\"3\""));
        assertTrue(page.contains("id=\"tier-enterprise\" data-tier=\"enterprise\" "
                                 + "data-recognised=\"3\""));
        assertTrue(page.contains("id=\"total-granted\" data-fen=\"7902729166\""));
    }

    @Test
    public void reviewCreateCloseIsFlat() throws IOException {
        assertFlat(() -> {
            try (Review r = new Review("APP-1", "2019-06-01", policy)) {
                r.advance(ReviewState.CITY_RECOMMENDED, "2019-06-02", "note");
                try {
                    r.advance(ReviewState.DISBURSED, "2019-06-03", null);
                } catch (GeshibaiException e) {
                    // refused, as it should be
                }
                r.toXml();
            }
        }, LOOPS / 5);
    }

    // ------------------------------------------------------------ the Java surface

    @Test
    public void exceptionPerStatusAndBadArguments() {
        GeshibaiException.IO io = assertThrows(GeshibaiException.IO.class,
                                               () -> policy.evaluateFile("/nonexistent/app.xml"));
        assertEquals(GeshibaiException.EIO, io.getCode());
        assertThrows(GeshibaiException.Parse.class, () -> policy.evaluateXml("<application"));
        GeshibaiException.InvalidArgument bad = assertThrows(GeshibaiException.InvalidArgument.class,
            () -> policy.evaluateFile(QINGDAO, "2019-13-45"));
        assertFalse(bad.getMessage(), bad.getMessage().contains("gsb_"));
        NullPointerException npe = assertThrows(NullPointerException.class,
                                                () -> policy.evaluateFile((String) null));
        assertEquals("path", npe.getMessage());
        assertThrows(NullPointerException.class, () -> policy.evaluateBatch((String) null));
        assertThrows(NullPointerException.class, () -> policy.auditFile((String) null));
        assertThrows(NullPointerException.class, () -> policy.evaluateXml((String) null));
        assertThrows(NullPointerException.class, () -> policy.evaluate(null, null));
        assertThrows(IllegalArgumentException.class, () -> policy.evaluateJson("<application/>"));
        assertThrows(IllegalArgumentException.class,
                     () -> Application.builder().set("platform/metrics/x", 1.5));
        assertThrows(GeshibaiException.class, () -> { throw GeshibaiException.of(GeshibaiException.ESCHEMA, "m", null, 0, null, null); });
        assertTrue(GeshibaiException.of(GeshibaiException.ESCHEMA, "m", null, 0, null, null)
                   instanceof GeshibaiException.Schema);
    }

    @Test
    public void localDateOverloads() {
        try (Decision a = policy.evaluateFile(QINGDAO, LocalDate.of(2019, 7, 1));
             Decision b = policy.evaluateFile(QINGDAO, "2019-07-01")) {
            assertEquals(LocalDate.of(2019, 7, 1), a.asOf());
            assertEquals(b.toJson(), a.toJson());
        }
        try (Batch b = policy.evaluateBatch(QINGDAO, LocalDate.of(2019, 7, 1))) {
            assertEquals(LocalDate.of(2019, 7, 1), b.poll().decision().asOf());
        }
    }

    @Test
    public void decisionAccessors() {
        try (Decision d = policy.evaluateFile(QINGDAO)) {
            List<Check> checks = d.checks("en");
            assertEquals(15, checks.size());
            assertTrue(checks.stream().allMatch(c -> Boolean.TRUE.equals(c.result())));
            assertFalse(checks.get(0).reason().isEmpty());
            List<Check> criteria = d.criteria("zh");
            assertEquals(5, criteria.size());
            assertEquals(Boolean.FALSE, criteria.get(0).result());
            assertEquals("comprehensive", criteria.get(0).id());
            assertEquals("match", d.relation());
            assertEquals("granted", d.subsidyStatus());
            assertFalse(d.subsidyReason("en").isEmpty());
            assertFalse(d.priorityReason("zh").isEmpty());
            assertTrue(d.national());
            List<Kpi> kpis = d.kpis("en");
            assertEquals(2, kpis.size());
            assertEquals("operating-cost", kpis.get(0).code());
            assertEquals("-22.00", kpis.get(0).change());
            assertEquals(Boolean.TRUE, kpis.get(0).met());
            assertEquals(2, d.kpisMet());
            BigDecimal sum = BigDecimal.ZERO.setScale(2);
            for (BigDecimal[] amounts : d.instruments().values())
                sum = sum.add(amounts[1]);
            assertEquals(d.granted(), sum);
            assertEquals(new BigDecimal("12000000.00"), d.instruments().get(Instrument.AWARD)[0]);
        }
        try (Decision w = policy.evaluateFile(EXAMPLES.resolve("weifang-incomplete.xml").toString())) {
            assertEquals(Outcome.INCOMPLETE, w.outcome());
            assertTrue(w.checks().stream().anyMatch(c -> c.result() == null));
            assertFalse(w.missing().isEmpty());
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    public void relevanceNeedsAndPotential() {
        try (Decision w = policy.evaluateFile(EXAMPLES.resolve("weifang-incomplete.xml").toString())) {
            for (String lang : List.of("zh", "en")) {
                Map<String, Object> rel = (Map<String, Object>) ((Map<String, Object>) Json.parse(w.toJson(lang)))
                    .get("relevance");
                List<Object> want = (List<Object>) rel.get("needs");
                List<Need> got = w.needs(lang);
                assertEquals(want.size(), got.size());
                for (int i = 0; i < got.size(); i++) {
                    Map<String, Object> n = (Map<String, Object>) want.get(i);
                    Need g = got.get(i);
                    assertEquals(n.get("fact"), g.fact());
                    assertEquals(n.get("value"), g.value());
                    assertEquals(n.get("for"), g.forIds());
                    assertEquals(n.get("label"), g.label());
                    assertEquals(n.get("proof"), g.proof());
                    assertEquals(n.get("provision"), g.provision());
                }
                Map<String, Object> pot = (Map<String, Object>) rel.get("potential");
                Potential p = w.potential();
                assertEquals(pot.get("outcome"), p.outcome().code());
                assertEquals(pot.get("tier"), p.tier().code());
                assertEquals(new BigDecimal((String) pot.get("granted")), p.granted());
            }
            Need first = w.needs("zh").get(0);
            assertEquals("applicant/capable", first.fact());
            assertEquals("true", first.value());
            assertEquals(List.of("applicant.capable"), first.forIds());
            assertEquals(Outcome.ELIGIBLE, w.potential().outcome());
            assertEquals(new BigDecimal("6000000.00"), w.potential().granted());
            assertEquals(2, w.potential().granted().scale());
            w.close();
            assertThrows(IllegalStateException.class, w::needs);
            assertThrows(IllegalStateException.class, w::potential);
        }
        try (Decision q = policy.evaluateFile(QINGDAO)) {
            assertNull(q.potential());
            assertTrue(q.needs().isEmpty());
        }
    }

    @Test
    public void auditFlagsWithEvidence() {
        try (Audit a = policy.auditFile(EXAMPLES.resolve("ledgers/misappropriation.xml").toString(),
                                        LocalDate.of(2020, 1, 1))) {
            List<Flag> flags = a.flags("en");
            assertFalse(flags.isEmpty());
            Flag f = flags.get(0);
            assertEquals("misappropriation", f.category());
            assertEquals("5.4", f.provision());
            assertFalse(f.evidence().isEmpty());
            assertFalse(f.reason().isEmpty());
            assertTrue(a.toString().contains("misappropriation"));
        }
    }

    @Test
    public void whatIfRows() throws Exception {
        List<String> files = List.of(EXAMPLES.resolve("batch.xml").toString(), QINGDAO);
        try (Policy reform = new Policy(CAP_5M); WhatIf w = policy.compare(reform, files)) {
            List<Change> changes = w.changes();
            assertEquals(w.changeCount(), changes.size());
            assertFalse(changes.isEmpty());
            BigDecimal diff = BigDecimal.ZERO.setScale(2);
            for (Change c : changes) {
                assertFalse(c.what().isEmpty());
                diff = diff.add(c.difference());
            }
            assertEquals(w.difference(), diff);
            String text = w.toString();
            assertTrue(text, text.contains(w.totalA().toPlainString()));
            assertTrue(text, text.contains(changes.get(0).toString()));
        }
    }

    /** Every JSON example decides as its XML form does (as the command does), byte for byte. */
    @Test
    public void evaluateJsonEqualsXmlOnTheExamples() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(EXAMPLES.resolve("json"))) {
            files = s.filter(p -> p.toString().endsWith(".json")
                                  && !p.getFileName().toString().startsWith("batch"))
                     .sorted().collect(Collectors.toList());
        }
        assertTrue(files.toString(), files.size() >= 8);
        for (Path json : files) {
            String name = json.getFileName().toString().replace(".json", ".xml");
            String text = new String(Files.readAllBytes(json), StandardCharsets.UTF_8);
            try (Decision fromJson = policy.evaluateJson(text, (String) null);
                 Decision fromXml = policy.evaluateFile(EXAMPLES.resolve(name).toString())) {
                assertEquals(name, fromXml.toJson(), fromJson.toJson());
            }
        }
    }

    @Test
    public void applicationBuilderJson() {
        Application app = Application.builder()
            .id("B-1").year(2019).submitted(LocalDate.of(2019, 6, 14)).claimedTier(Tier.ENTERPRISE)
            .applicant("甲\"公司\n", "91370200718018514D", "370212")
            .set("applicant/credit/dishonestDebtor", false)
            .platform("平台" + U20000, "industry-leader", LocalDate.of(2017, 4, 20))
            .list("platform/industries", "高端装备", "new-generation-it")
            .set("platform/metrics/connectedDevices", 1200000L)
            .award(new BigDecimal("12000000.00"))
            .loan(new BigDecimal("100000000.00"), "4.35", LocalDate.of(2019, 1, 1),
                  LocalDate.of(2020, 1, 1), "0.5")
            .kpi("defect-rate", "2.0", "1.8")
            .build();
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) Json.parse(app.toJson());
        assertEquals("B-1", m.get("id"));
        @SuppressWarnings("unchecked")
        Map<String, Object> applicant = (Map<String, Object>) m.get("applicant");
        assertEquals("甲\"公司\n", applicant.get("name"));
        @SuppressWarnings("unchecked")
        Map<String, Object> platform = (Map<String, Object>) m.get("platform");
        assertEquals("平台" + U20000, platform.get("name"));
        assertEquals(List.of("高端装备", "new-generation-it"), platform.get("industries"));
        assertTrue(app.toJson().contains("\"amount\":\"12000000.00\""));
        assertTrue(app.toJson().contains("\"connectedDevices\":1200000"));
    }

    @Test
    public void applicationBuilderItems() {
        // each list item's keys in order; an optional one left out when null
        String json = Application.builder()
            .loan(new BigDecimal("100.00"), "4.35", LocalDate.of(2019, 1, 1), LocalDate.of(2020, 1, 1), null)
            .loan(new BigDecimal("1"), "1", LocalDate.of(2019, 1, 1), LocalDate.of(2019, 2, 1), "0.5")
            .local(new BigDecimal("5.00"), null).local(new BigDecimal("6.00"), "济南市")
            .equity(new BigDecimal("7.00"))
            .listing("national-platform", 2018, null).listing("provincial-platform", 2017, "示范")
            .kpi("defect-rate", null, "1.8")
            .build().toJson();
        assertTrue(json, json.contains("\"funding\":[{\"kind\":\"loan\",\"principal\":\"100.00\","
            + "\"ratePercent\":\"4.35\",\"start\":\"2019-01-01\",\"end\":\"2020-01-01\"},"
            + "{\"kind\":\"loan\",\"principal\":\"1\",\"ratePercent\":\"1\",\"start\":\"2019-01-01\","
            + "\"end\":\"2019-02-01\",\"ratio\":\"0.5\"},{\"kind\":\"local\",\"amount\":\"5.00\"},"
            + "{\"kind\":\"local\",\"amount\":\"6.00\",\"source\":\"济南市\"},"
            + "{\"kind\":\"equity\",\"amount\":\"7.00\"}]"));
        assertTrue(json, json.contains("\"listings\":[{\"kind\":\"national-platform\",\"year\":2018},"
            + "{\"kind\":\"provincial-platform\",\"year\":2017,\"title\":\"示范\"}]"));
        assertTrue(json, json.contains("\"kpis\":[{\"name\":\"defect-rate\",\"baseline\":null,\"current\":\"1.8\"}]"));
    }

    @Test
    public void exceptionOfEachStatus() {
        List<Class<?>> kinds = List.of(GeshibaiException.Internal.class, GeshibaiException.InvalidArgument.class,
            GeshibaiException.OutOfMemory.class, GeshibaiException.IO.class, GeshibaiException.Parse.class,
            GeshibaiException.Schema.class, GeshibaiException.Input.class, GeshibaiException.Overflow.class,
            GeshibaiException.State.class, GeshibaiException.NotFound.class);
        for (int i = 0; i < kinds.size(); i++) {
            int code = -1 - i;
            GeshibaiException e = GeshibaiException.of(code, "bad", "a.xml", 3, "applicant", "A-1");
            assertEquals(kinds.get(i), e.getClass());
            assertEquals(code, e.getCode());
            assertEquals("a.xml, line 3, applicant: bad", e.getMessage());
            assertEquals("A-1", e.getApplication());
        }
        GeshibaiException other = GeshibaiException.of(-99, "", null, 0, null, null);
        assertEquals(GeshibaiException.class, other.getClass());
        assertEquals("GSB_UNKNOWN_STATUS", other.getMessage());
        GeshibaiException made = new GeshibaiException(GeshibaiException.ESCHEMA, "m", null, 0, "x", null);
        assertEquals("x: m", made.getMessage());
        assertEquals("GSB_ESCHEMA", made.getStatus());
        assertTrue(made.toString().endsWith(": x: m"));
    }
}
