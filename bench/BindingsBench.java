import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;
import org.geshibai.Batch;
import org.geshibai.BatchItem;
import org.geshibai.Decision;
import org.geshibai.Policy;

/**
 * Java half of bench/bindings_bench.py: decide every application of a batch
 * file through Policy.evaluateBatch, reading each decision's tier and grant
 * (and with "json" its toJson()). Prints "items seconds" (in-process time).
 * With "data", the file is JSON Lines held in memory as strings (as records
 * from a database would be) and each goes through Policy.evaluateJson; the
 * time counts the decisions only, not reading the file.
 */
public final class BindingsBench {
    public static void main(String[] args) {
        boolean json = args.length > 1 && args[1].equals("json");
        if (args.length > 1 && args[1].equals("data")) {
            fromData(args[0]);
            return;
        }
        long t0 = System.nanoTime();
        long n = 0, chars = 0;
        try (Policy policy = new Policy(); Batch batch = policy.evaluateBatch(args[0])) {
            for (BatchItem item : batch) {
                n++;
                if (item.isError())
                    continue;
                try (Decision d = item.decision()) {
                    chars += d.tier().code().length() + d.granted().scale();
                    if (json)
                        chars += d.toJson().length();
                }
            }
        }
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.println(n + " " + s + " " + chars);
    }

    private static void fromData(String path) {
        List<String> lines;
        try {
            lines = Files.readAllLines(Paths.get(path), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new RuntimeException(e);
        }
        long n = 0, chars = 0;
        long t0 = System.nanoTime();
        try (Policy policy = new Policy()) {
            for (String line : lines) {
                if (line.isEmpty())
                    continue;
                n++;
                try (Decision d = policy.evaluateJson(line)) {
                    chars += d.tier().code().length() + d.granted().scale();
                } catch (org.geshibai.GeshibaiException e) {
                    chars++;
                }
            }
        }
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.println(n + " " + s + " " + chars);
    }
}
