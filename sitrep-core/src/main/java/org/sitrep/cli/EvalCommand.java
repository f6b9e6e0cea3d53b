package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.eval.Evaluation;
import org.sitrep.eval.Evaluations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code sitrep eval}: measures the extractors on real annotated data in {@code ../shared/eval}. */
@Command(
        name = "eval",
        mixinStandardHelpOptions = true,
        description = "Measures sitrep's stages on real annotated data (see ../shared/eval/README.md) and prints "
                + "precision, recall and F1 beside published figures. With no NAME, runs every evaluation.")
public final class EvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "NAME", description = "Evaluations to run; --list shows them.")
    List<String> names;

    @Option(names = "--shared", paramLabel = "DIR", defaultValue = "../shared",
            description = "The shared folder holding eval/ (default: ${DEFAULT-VALUE}).")
    Path shared;

    @Option(names = "--list", description = "List the evaluations and exit.")
    boolean list;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (list) {
            Evaluations.all().forEach(e -> out.println(e.name() + "\t" + e.description()));
            out.flush();
            return 0;
        }
        if (!Files.isDirectory(shared.resolve("eval"))) {
            throw new ParameterException(spec.commandLine(), "--shared: no eval/ folder under " + shared.toAbsolutePath());
        }
        List<Evaluation> chosen = names == null || names.isEmpty() ? Evaluations.all()
                : names.stream().map(name -> Evaluations.named(name).orElseThrow(() -> new ParameterException(
                        spec.commandLine(), "unknown evaluation '" + name + "'; known: "
                        + Evaluations.all().stream().map(Evaluation::name).toList()))).toList();
        for (Evaluation evaluation : chosen) {
            out.print(evaluation.run(shared).render());
            out.flush();
        }
        return 0;
    }
}
