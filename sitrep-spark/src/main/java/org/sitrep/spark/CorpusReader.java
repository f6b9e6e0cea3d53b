package org.sitrep.spark;

import java.net.URI;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.sitrep.ingest.Ingestor;
import org.sitrep.ingest.Input;
import org.sitrep.ingest.InputRecord;
import org.sitrep.ingest.Metadata;
import org.sitrep.ingest.SidecarMetadata;

/**
 * Reads a corpus (a file, a folder or a glob, on any file system Hadoop reaches: file:, hdfs:, s3a:) with the
 * core's readers unchanged: each file's bytes come from Spark's {@code binaryFiles} and go through
 * {@link Ingestor#records(Input, java.io.InputStream)}, so a WARC, WARC.gz, JSON Lines, feed or article file is
 * read exactly as {@code sitrep analyze} reads it, record by record, never whole in memory.
 */
final class CorpusReader {

    private CorpusReader() {}

    static JavaRDD<ReadRecord> read(JavaSparkContext spark, String path) {
        // folders are read whole, as the CLI reads them
        spark.hadoopConfiguration().setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
        return spark.binaryFiles(path)
                .filter(file -> !ignored(file._1()))
                .flatMap(file -> records(file._1(), file._2()));
    }

    /** Sidecar metadata and hidden files are not documents (the CLI's folder listing passes them over too). */
    private static boolean ignored(String uri) {
        String name = uri.substring(uri.lastIndexOf('/') + 1);
        return name.startsWith(".") || name.endsWith(SidecarMetadata.SUFFIX);
    }

    private static Iterator<ReadRecord> records(String uri, PortableDataStream content) {
        Input input = input(uri);
        // the reader closes the stream when the records are closed, or at once when it cannot open them
        Stream<InputRecord> records = new Ingestor(Metadata.NONE).records(input, content.open());
        long[] number = {0};
        Iterator<InputRecord> each = records.iterator();
        return new Iterator<>() {
            private boolean open = true;

            @Override
            public boolean hasNext() {
                if (open && !each.hasNext()) {
                    records.close();
                    open = false;
                }
                return open;
            }

            @Override
            public ReadRecord next() {
                return ReadRecord.of(input.name(), ++number[0], each.next());
            }
        };
    }

    /**
     * A local file is named as the CLI names it (its path, so its documents' sources are the same and its sidecar
     * is read); any other URI is named by the URI itself and has no sidecar.
     */
    static Input input(String uri) {
        URI parsed = URI.create(uri);
        return "file".equals(parsed.getScheme()) ? new Input.Local(Path.of(parsed)) : new Input.Remote(parsed);
    }
}
