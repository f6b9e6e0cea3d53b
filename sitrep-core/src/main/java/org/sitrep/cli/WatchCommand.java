package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.ingest.FeedWatcher;
import org.sitrep.ingest.Input;
import org.sitrep.ingest.Inputs;
import org.sitrep.ingest.JsonLinesWriter;
import org.sitrep.ingest.Metadata;
import org.sitrep.ingest.SeenEntries;
import org.sitrep.model.Dossier;
import org.sitrep.pipeline.Progress;
import org.sitrep.report.DossierFormats;
import org.sitrep.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code sitrep watch}: polls feeds and keeps only the entries it has not taken before. New entries are appended to
 * {@code OUT/entries.jsonl} and ingested into a workspace (the one --workspace names, else a temporary one that lives
 * as long as the watch): entries analysed before are never analysed again, so each poll costs only its new entries.
 */
@Command(
        name = "watch",
        mixinStandardHelpOptions = true,
        description = {
                "Polls RSS/Atom feeds (URLs or files) every --interval and takes the entries not taken before: they are "
                        + "appended to OUT/entries.jsonl (JSON Lines, the format `sitrep analyze` reads) and ingested "
                        + "into the workspace (--workspace, else a temporary one kept while the watch runs); unless "
                        + "--no-dossier, the dossier of all entries is written to OUT. The entries taken are remembered "
                        + "in OUT/" + SeenEntries.FILE_NAME + ", so a watch stopped and started again goes on where it was.",
                "Runs until stopped (Ctrl-C), or for --polls polls."})
public final class WatchCommand implements Callable<Integer> {

    static final String ENTRIES = "entries.jsonl";

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FEED", description = "Feed URLs (http, https) or feed files.")
    List<String> feeds;

    @Option(names = "--interval", paramLabel = "DURATION", defaultValue = "10m", converter = DurationConverter.class,
            description = "Time between polls: a number and s, m or h (default: ${DEFAULT-VALUE}).")
    Duration interval;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "sitrep-out",
            description = "Folder for the entries, the seen-set and the dossier (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--polls", paramLabel = "N", defaultValue = "0",
            description = "Stop after N polls (default: 0, never); --polls 1 suits a cron job.")
    int polls;

    @Option(names = "--dossier", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Rebuild the dossier in OUT after a poll that brought new entries (default: on).")
    boolean dossier;

    @Mixin
    FormatOptions formats;

    @Option(names = "--outlet", paramLabel = "NAME", description = "Outlet for entries whose feed names none.")
    String outlet;

    @Option(names = "--workspace", paramLabel = "DIR",
            description = "Ingest new entries into this workspace folder (see sitrep ingest), kept after the watch.")
    Path workspace;

    @Mixin
    WorkspaceOptions storage;

    @Override
    public Integer call() throws Exception {
        List<String> chosen = formats.formats();
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Input> inputs = feeds.stream().map(Input::of).toList();
        FeedWatcher watcher = new FeedWatcher(inputs, new Metadata(null, outlet, null, null, null), SeenEntries.in(out));
        JsonLinesWriter entries = new JsonLinesWriter(out.resolve(ENTRIES));
        try (Workspace kept = storage.open(workspace)) {
            for (int poll = 1; polls == 0 || poll <= polls; poll++) {
                FeedWatcher.Poll result = watcher.poll(entries::append);
                result.problems().forEach(problem -> err.println("sitrep: skipped " + problem.getMessage()));
                err.flush();
                stdout.println("sitrep: poll " + poll + ": " + result.fresh() + " new entr"
                        + (result.fresh() == 1 ? "y" : "ies") + " (" + result.alreadySeen() + " seen before)"
                        + (result.fresh() > 0 ? ", appended to " + entries.file().toAbsolutePath().normalize() : ""));
                if (result.fresh() > 0) {
                    // The whole entries file each time: what the workspace holds is found by content hash and
                    // not analysed again, and the dossier covers every entry taken so far.
                    Dossier built = storage.pipeline().analyze(Inputs.expand(List.of(entries.file().toString())),
                            Metadata.NONE, Progress.silent(), kept);
                    if (dossier) {
                        DossierFormats.writeAll(built, chosen, out);
                        stdout.println("sitrep: dossier of " + built.documents().size() + " document(s) written to "
                                + out.toAbsolutePath().normalize());
                    }
                }
                stdout.flush();
                if (polls == 0 || poll < polls) {
                    Thread.sleep(interval.toMillis());
                }
            }
        }
        return 0;
    }

    /** "90s", "10m", "1h": the spans a feed poll interval is said in. */
    static final class DurationConverter implements ITypeConverter<Duration> {
        private static final Pattern SPAN = Pattern.compile("(\\d+)\\s*([smh])");

        @Override
        public Duration convert(String value) {
            Matcher span = SPAN.matcher(value.strip().toLowerCase(Locale.ROOT));
            if (!span.matches() || Long.parseLong(span.group(1)) == 0) {
                throw new IllegalArgumentException("not a duration like 30s, 10m or 1h: " + value);
            }
            long amount = Long.parseLong(span.group(1));
            return switch (span.group(2)) {
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofHours(amount);
            };
        }
    }
}
