import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.geshibai.Batch;
import org.geshibai.BatchItem;
import org.geshibai.Decision;
import org.geshibai.Policy;

/**
 * Decide every application in a folder and print a table of tier and grant.
 *
 *   java -cp geshibai.jar:. -Djava.library.path=/usr/local/lib/jni BatchTable FOLDER [AS-OF]
 *
 * Each *.xml holding an application or a batch is evaluated with the built-in
 * policy; other documents (ledgers, parameters) are skipped.
 */
public final class BatchTable {
    public static void main(String[] args) throws IOException {
        Path folder = Paths.get(args.length > 0 ? args[0] : ".");
        String asOf = args.length > 1 ? args[1] : null;
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.toString().endsWith(".xml")).sorted()
                .collect(Collectors.toList());
        }
        String row = "%-14s  %-11s  %-14s  %16s%n";
        System.out.printf(row, "application", "outcome", "tier", "granted");
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        try (Policy policy = new Policy()) {
            for (Path f : files) {
                if (!isApplication(f))
                    continue;
                try (Batch batch = policy.evaluateBatch(f.toString(), asOf)) {
                    for (BatchItem item : batch) {
                        if (item.isError()) {
                            System.out.printf(row, item.error().getApplication(), "error",
                                              item.error().getStatus(), "");
                            continue;
                        }
                        try (Decision d = item.decision()) {
                            System.out.printf(row, d.applicationId(), d.outcome().code(),
                                              d.tier().code(), d.granted());
                            total = total.add(d.granted());
                        }
                    }
                }
            }
        }
        System.out.printf(row, "total", "", "", total);
    }

    private static boolean isApplication(Path f) throws IOException {
        byte[] head = new byte[400];
        int n;
        try (InputStream in = Files.newInputStream(f)) {
            n = in.readNBytes(head, 0, head.length);
        }
        return new String(head, 0, n, StandardCharsets.UTF_8).contains("<application");
    }
}
