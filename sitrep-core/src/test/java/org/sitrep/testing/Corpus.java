package org.sitrep.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Articles made for tests and benchmarks by recombining the real sentences of the two sample reports (never
 * lorem ipsum): each has a distinct headline and a seeded draw of sentences, so each has its own content hash.
 */
public final class Corpus {

    private Corpus() {}

    public static List<String> sentences() {
        List<String> sentences = new ArrayList<>();
        for (String sample : List.of(Samples.AFP, Samples.REUTERS)) {
            Arrays.stream(Samples.raw(sample).split("(?<=[.!?\"”])\\s+(?=[\"“A-Z])"))
                    .map(String::strip)
                    .filter(s -> s.length() > 40 && s.length() < 400 && !s.contains("\n"))
                    .forEach(sentences::add);
        }
        return sentences;
    }

    /** Writes {@code count} articles of 6 to 12 sentences as {@code article-NNNNN.txt} into {@code folder}. */
    public static List<Path> write(Path folder, int count, long seed) {
        List<String> sentences = sentences();
        Random random = new Random(seed);
        List<Path> files = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            for (int i = 0; i < count; i++) {
                StringBuilder text = new StringBuilder("Report " + i + " from the Syrian border\n\n");
                int length = 6 + random.nextInt(7);
                for (int s = 0; s < length; s++) {
                    text.append(sentences.get(random.nextInt(sentences.size()))).append(s % 3 == 2 ? "\n\n" : " ");
                }
                Path file = folder.resolve(String.format("article-%05d.txt", i));
                Files.writeString(file, text.toString().strip() + "\n");
                files.add(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
