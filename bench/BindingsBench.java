import org.geshibai.Batch;
import org.geshibai.BatchItem;
import org.geshibai.Decision;
import org.geshibai.Policy;

/**
 * Java half of bench/bindings_bench.py: decide every application of a batch
 * file through Policy.evaluateBatch, reading each decision's tier and grant
 * (and with "json" its toJson()). Prints "items seconds" (in-process time).
 */
public final class BindingsBench {
    public static void main(String[] args) {
        boolean json = args.length > 1 && args[1].equals("json");
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
}
