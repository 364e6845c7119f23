import dev.confcal.calendar.Edition;
import dev.confcal.calendar.FeedOptions;
import dev.confcal.calendar.IcsWriter;
import dev.confcal.publish.ledger.Ledger;
import dev.confcal.notes.NotesParser;
import dev.confcal.notes.ParseResult;
import dev.confcal.schedule.Filter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;

/**
 * In-process, warm timing of parse + render of the full feed, per notes file.
 * usage: java -cp target/confcal.jar bench/ScaleBench.java NOTES.md...
 * Prints: sessions, parse ms, publish ms, render ms, total ms (medians of the measured runs), µs per session,
 * feed size. Each file is warmed up for 3 s (at least 5 runs) before 10 measured runs.
 */
public class ScaleBench {

    public static void main(String[] args) throws Exception {
        NotesParser parser = NotesParser.create();
        IcsWriter writer = new IcsWriter();
        System.out.println("| sessions | parse ms | ledger ms | render ms | total ms | µs / session | feed size |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|");
        for (String arg : args) {
            String text = Files.readString(Path.of(arg));
            long warmUntil = System.nanoTime() + 3_000_000_000L;
            int warm = 0;
            while (warm < 5 || System.nanoTime() < warmUntil) {
                run(parser, writer, text);
                warm++;
            }
            int runs = 10;
            double[] parse = new double[runs];
            double[] publish = new double[runs];
            double[] render = new double[runs];
            double[] total = new double[runs];
            int sessions = 0;
            int bytes = 0;
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                ParseResult result = parser.parse(arg, text);
                long t1 = System.nanoTime();
                Edition edition = Ledger.inMemory().publish(result.schedule(), Instant.EPOCH);
                long t2 = System.nanoTime();
                byte[] feed = writer.feed(edition, Filter.ALL, FeedOptions.DEFAULT);
                long t3 = System.nanoTime();
                parse[i] = (t1 - t0) / 1e6;
                publish[i] = (t2 - t1) / 1e6;
                render[i] = (t3 - t2) / 1e6;
                total[i] = (t3 - t0) / 1e6;
                sessions = result.schedule().sessions().size();
                bytes = feed.length;
            }
            System.out.printf(Locale.ROOT, "| %,d | %.1f | %.1f | %.1f | %.1f | %.1f | %,.0f KB |%n", sessions,
                    median(parse), median(publish), median(render), median(total),
                    median(total) * 1000 / sessions, bytes / 1024.0);
        }
    }

    private static void run(NotesParser parser, IcsWriter writer, String text) {
        ParseResult result = parser.parse("warm", text);
        writer.feed(Ledger.inMemory().publish(result.schedule(), Instant.EPOCH), Filter.ALL, FeedOptions.DEFAULT);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return (sorted[sorted.length / 2] + sorted[(sorted.length - 1) / 2]) / 2;
    }
}
