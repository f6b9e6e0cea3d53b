package org.sitrep.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The inputs of one run, in order: folders expanded into their files ({@link InputFiles}), URLs kept as they are. */
public record Inputs(List<Input> all) {

    public Inputs {
        all = List.copyOf(all);
    }

    /** Command-line arguments: files, folders, WARCs, feed files and feed URLs. */
    public static Inputs expand(List<String> arguments) {
        List<Input> inputs = new ArrayList<>();
        for (String argument : arguments) {
            if (Input.of(argument) instanceof Input.Local local) {
                InputFiles.expand(List.of(local.path())).forEach(file -> inputs.add(new Input.Local(file)));
            } else {
                inputs.add(Input.of(argument));
            }
        }
        return new Inputs(inputs);
    }

    public static Inputs ofPaths(List<Path> paths) {
        return expand(paths.stream().map(Path::toString).toList());
    }

    public int size() {
        return all.size();
    }
}
