package cn.policyportal.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The baseline a person without the portal has: ripgrep over the same files. A query of several
 * words is answered as the portal answers it, by files that contain all of them: a search for the
 * first word, then for each further word among the files found so far.
 */
final class Ripgrep {

    private Ripgrep() {
    }

    /**
     * Mean wall time per query in milliseconds, the better of two passes over {@code queries}, or NaN
     * when ripgrep is not installed. The baseline at its best: the first pass may read files the page
     * cache has dropped, and on this shared machine ripgrep's speed moves from minute to minute.
     */
    static double meanMillis(Path corpus, List<QueryMix> queries) throws IOException, InterruptedException {
        if (!available()) {
            return Double.NaN;
        }
        return Math.min(onePass(corpus, queries), onePass(corpus, queries));
    }

    private static double onePass(Path corpus, List<QueryMix> queries) throws IOException, InterruptedException {
        long total = 0;
        for (QueryMix query : queries) {
            long start = System.nanoTime();
            List<String> files = List.of(corpus.toString());
            for (String literal : query.literal()) {
                if (files.isEmpty()) {
                    break;
                }
                files = filesContaining(literal, files);
            }
            total += System.nanoTime() - start;
        }
        return total / 1e6 / Math.max(1, queries.size());
    }

    private static List<String> filesContaining(String literal, List<String> where) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("rg", "--fixed-strings", "--files-with-matches", "--follow",
                "--no-messages", "--", literal));
        command.addAll(where);
        Process rg = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(rg.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        rg.waitFor();
        return output.lines().filter(l -> !l.isBlank()).toList();
    }

    static boolean available() {
        try {
            return new ProcessBuilder("rg", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
