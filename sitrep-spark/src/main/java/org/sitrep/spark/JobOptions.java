package org.sitrep.spark;

import java.nio.file.Path;
import java.util.List;

/**
 * The job's command line: {@code INPUT --out DIR [--master URL] [--partitions N] [--load-workspace DIR] [--bench]}.
 *
 * @param input      a file, folder or glob, local or any URI Hadoop reads (hdfs://, s3a://)
 * @param master     Spark's master when not given by {@code spark-submit} (the launcher passes {@code local[*]})
 * @param partitions how many tasks share the analysis; 0: four per core Spark has
 */
record JobOptions(String input, String out, String master, int partitions, Path loadWorkspace, boolean bench) {

    static final String USAGE = "usage: sitrep-spark INPUT --out DIR [--master URL] [--partitions N] "
            + "[--load-workspace DIR] [--bench]";

    static JobOptions parse(List<String> args) {
        String input = null;
        String out = null;
        String master = null;
        int partitions = 0;
        Path workspace = null;
        boolean bench = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--out" -> out = value(args, ++i, arg);
                case "--master" -> master = value(args, ++i, arg);
                case "--partitions" -> partitions = positive(value(args, ++i, arg));
                case "--load-workspace" -> workspace = Path.of(value(args, ++i, arg));
                case "--bench" -> bench = true;
                default -> {
                    if (arg.startsWith("--")) {
                        throw new IllegalArgumentException("unknown option " + arg + "\n" + USAGE);
                    }
                    if (input != null) {
                        throw new IllegalArgumentException("one INPUT only (a folder or a glob names many files), "
                                + "got " + input + " and " + arg + "\n" + USAGE);
                    }
                    input = arg;
                }
            }
        }
        if (input == null || out == null) {
            throw new IllegalArgumentException((input == null ? "INPUT is missing" : "--out is missing") + "\n" + USAGE);
        }
        return new JobOptions(input, out, master, partitions, workspace, bench);
    }

    private static String value(List<String> args, int at, String option) {
        if (at >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
        }
        return args.get(at);
    }

    private static int positive(String value) {
        try {
            int n = Integer.parseInt(value);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--partitions must be a positive whole number, not '" + value + "'");
    }
}
