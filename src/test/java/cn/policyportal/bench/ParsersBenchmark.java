package cn.policyportal.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import cn.policyportal.ingest.TextCleaner;
import cn.policyportal.structure.StructureParser;

/**
 * JMH benchmark of the parsers that run on every file: cleaning and structure. Run it with
 * {@code bin/portal jmh}; throughput is in operations (all five seeds) per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class ParsersBenchmark {

    private final List<String> raw = new ArrayList<>();
    private final List<List<String>> cleaned = new ArrayList<>();

    @Setup
    public void read() throws IOException {
        try (var files = Files.list(Path.of("corpus"))) {
            for (Path file : files.sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                raw.add(text);
                cleaned.add(TextCleaner.paragraphs(text));
            }
        }
    }

    @Benchmark
    public void clean(Blackhole sink) {
        for (String text : raw) {
            sink.consume(TextCleaner.clean(text));
        }
    }

    @Benchmark
    public void structure(Blackhole sink) {
        for (List<String> paragraphs : cleaned) {
            sink.consume(StructureParser.parse(paragraphs, null, Set.of()));
        }
    }
}
