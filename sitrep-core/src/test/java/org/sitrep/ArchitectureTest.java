package org.sitrep;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Dependencies point one way, down the pipeline (STYLE.md, Layout). */
@AnalyzeClasses(packages = "org.sitrep", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule theModelDependsOnNothingOfSitrep = noClasses().that().resideInAPackage("org.sitrep.model..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.sitrep.ingest..", "org.sitrep.clean..", "org.sitrep.annotate..", "org.sitrep.extract..",
                    "org.sitrep.link..", "org.sitrep.store..", "org.sitrep.pipeline..", "org.sitrep.report..",
                    "org.sitrep.serve..", "org.sitrep.cli..", "org.sitrep.eval..", "org.sitrep.bench..");

    @ArchTest
    static final ArchRule nothingDependsOnTheCommandLine = noClasses().that().resideOutsideOfPackage("org.sitrep.cli..")
            .should().dependOnClassesThat().resideInAPackage("org.sitrep.cli..");

    /** The server is an interface like the command line: only the command line starts it. */
    @ArchTest
    static final ArchRule onlyTheCommandLineDependsOnTheServer = noClasses().that()
            .resideOutsideOfPackages("org.sitrep.serve..", "org.sitrep.cli..")
            .should().dependOnClassesThat().resideInAPackage("org.sitrep.serve..");

    @ArchTest
    static final ArchRule earlyStagesDoNotReachIntoLaterOnes = noClasses().that()
            .resideInAnyPackage("org.sitrep.ingest..", "org.sitrep.clean..", "org.sitrep.annotate..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.sitrep.extract..", "org.sitrep.link..", "org.sitrep.store..", "org.sitrep.pipeline..",
                    "org.sitrep.report..", "org.sitrep.eval..", "org.sitrep.bench..");

    @ArchTest
    static final ArchRule extractorsDoNotReachIntoReportingOrStorage = noClasses().that()
            .resideInAPackage("org.sitrep.extract..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.sitrep.store..", "org.sitrep.pipeline..", "org.sitrep.report..", "org.sitrep.eval..");

    /** WARC, feed and charset libraries stay behind the ingest readers: other stages see only raw documents. */
    @ArchTest
    static final ArchRule inputFormatLibrariesStayInIngest = noClasses().that().resideOutsideOfPackage("org.sitrep.ingest..")
            .should().dependOnClassesThat().resideInAnyPackage("org.netpreserve.jwarc..", "com.rometools..", "com.ibm.icu..");

    @ArchTest
    static final ArchRule linkingComesAfterExtractionAndBeforeStorageAndReports = noClasses().that()
            .resideInAPackage("org.sitrep.link..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.sitrep.store..", "org.sitrep.pipeline..", "org.sitrep.report..", "org.sitrep.eval..",
                    "org.sitrep.bench..");

    @ArchTest
    static final ArchRule extractorsDoNotReachIntoLinking = noClasses().that().resideInAPackage("org.sitrep.extract..")
            .should().dependOnClassesThat().resideInAPackage("org.sitrep.link..");
}
