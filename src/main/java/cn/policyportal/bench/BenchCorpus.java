package cn.policyportal.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import cn.policyportal.index.CorpusScanner;
import cn.policyportal.text.ArticleRef;
import cn.policyportal.text.ChineseNumerals;

/**
 * The corpora a benchmark run measures: a fraction of a real corpus (every k-th file, linked, not
 * copied), or a larger one made by recombining its real articles into new, distinct documents —
 * deterministic for a given seed.
 */
final class BenchCorpus {

    private BenchCorpus() {
    }

    /** A folder holding links to one file in {@code stride} of {@code source}, in sorted order. */
    static Path fraction(Path source, int stride, Path target) throws IOException {
        Files.createDirectories(target);
        List<Path> files = CorpusScanner.files(source);
        for (int i = 0; i < files.size(); i += stride) {
            Files.createSymbolicLink(target.resolve(String.format("%05d.txt", i)), files.get(i).toAbsolutePath());
        }
        return target;
    }

    /**
     * A folder with the whole of {@code source} (linked) and {@code scale - 1} times as many new
     * documents, each a new title over articles drawn from the whole corpus, renumbered.
     */
    static Path scaled(Path source, int scale, long seed, Path target) throws IOException {
        Path originals = fraction(source, 1, target.resolve("original"));
        List<String> articles = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        for (Path file : CorpusScanner.files(originals)) {
            int before = articles.size();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                ArticleRef.leading(line).filter(f -> f.ref().isArticle())
                        .ifPresent(f -> articles.add(line.substring(f.end()).strip()));
            }
            sizes.add(Math.max(5, articles.size() - before));
        }
        Random random = new Random(seed);
        Path made = Files.createDirectories(target.resolve("recombined"));
        int documents = sizes.size() * (scale - 1);
        for (int d = 0; d < documents && !articles.isEmpty(); d++) {
            StringBuilder text = new StringBuilder("合成条例第").append(d + 1).append("号\n\n第一章 总则\n\n");
            int count = sizes.get(d % sizes.size());
            for (int n = 1; n <= count; n++) {
                text.append("第").append(ChineseNumerals.format(n)).append("条 ")
                        .append(articles.get(random.nextInt(articles.size()))).append("\n\n");
            }
            Files.writeString(made.resolve(String.format("%06d.txt", d)), text, StandardCharsets.UTF_8);
        }
        return target;
    }
}
