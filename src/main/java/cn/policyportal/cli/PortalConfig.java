package cn.policyportal.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Settings shared by the commands, from command-line flags over environment variables over defaults.
 *
 * @param corpus       folder of documents to index
 * @param index        folder of the Lucene index
 * @param data         folder of recorded data (measure statuses), kept apart from the index
 * @param host         address the server listens on
 * @param port         port the server listens on (0 picks a free one)
 * @param maxFileBytes files larger than this are refused
 * @param maxOcrPages  scans with more pages than this are refused before OCR reads any
 * @param threads      files parsed at once while indexing
 * @param progress     whether to draw a progress line (the launcher sets it on a terminal)
 * @param environmentToken the admin token {@code PORTAL_ADMIN_TOKEN} sets, or {@code null}; see {@link #adminToken()}
 * @param semantic     whether questions are also answered by meaning ({@code --semantic on|off}, {@code PORTAL_SEMANTIC})
 * @param model        an ONNX sentence model to use instead of the one in the jar ({@code --model}, {@code PORTAL_MODEL}), or {@code null}
 */
public record PortalConfig(Path corpus, Path index, Path data, String host, int port, long maxFileBytes,
                           int maxOcrPages, int threads, boolean progress, String environmentToken, boolean semantic,
                           Path model) {

    /** Thrown for a flag or value the user got wrong; the message says which. */
    public static final class UsageException extends Exception {
        public UsageException(String message) {
            super(message);
        }
    }

    /** Defaults, overridden by {@code PORTAL_*} variables in {@code env}. */
    public static PortalConfig fromEnvironment(Map<String, String> env) throws UsageException {
        Path data = Path.of(env.getOrDefault("PORTAL_DATA", "data"));
        return new PortalConfig(
                Path.of(env.getOrDefault("PORTAL_CORPUS", "corpus")),
                Path.of(env.getOrDefault("PORTAL_INDEX", "index")),
                data,
                env.getOrDefault("PORTAL_HOST", "127.0.0.1"),
                parseInt("PORTAL_PORT", env.getOrDefault("PORTAL_PORT", "7070")),
                parseInt("PORTAL_MAX_FILE_MB", env.getOrDefault("PORTAL_MAX_FILE_MB", "100")) * 1_000_000L,
                parseInt("PORTAL_MAX_OCR_PAGES", env.getOrDefault("PORTAL_MAX_OCR_PAGES", "300")),
                parseInt("PORTAL_THREADS", env.getOrDefault("PORTAL_THREADS",
                        String.valueOf(Runtime.getRuntime().availableProcessors()))),
                "1".equals(env.get("PORTAL_PROGRESS")),
                env.get("PORTAL_ADMIN_TOKEN"),
                onOff("PORTAL_SEMANTIC", env.getOrDefault("PORTAL_SEMANTIC", "on")),
                env.containsKey("PORTAL_MODEL") ? Path.of(env.get("PORTAL_MODEL")) : null);
    }

    /**
     * The token that allows writes: {@code PORTAL_ADMIN_TOKEN}, else the one kept in the data
     * folder's {@code admin-token} (read from the folder {@code --data} names, when it names one);
     * {@code null} when neither is set and writes are refused.
     */
    public String adminToken() {
        return environmentToken != null ? environmentToken : tokenFile(data);
    }

    /** A token kept in {@code data/admin-token}, so it need not sit in the environment. */
    private static String tokenFile(Path data) {
        Path file = data.resolve("admin-token");
        try {
            return Files.isReadable(file) ? Files.readString(file, StandardCharsets.UTF_8).strip() : null;
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Applies {@code --corpus}, {@code --index}, {@code --data}, {@code --host}, {@code --port} from
     * {@code args} and returns the arguments it did not recognise, for the command to judge.
     */
    public Parsed withFlags(List<String> args) throws UsageException {
        PortalConfig config = this;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--corpus" -> config = config.withCorpus(Path.of(value(args, ++i, arg)));
                case "--index" -> config = config.withIndex(Path.of(value(args, ++i, arg)));
                case "--data" -> config = config.withData(Path.of(value(args, ++i, arg)));
                case "--host" -> config = config.withHost(value(args, ++i, arg));
                case "--port" -> config = config.withPort(parseInt(arg, value(args, ++i, arg)));
                case "--semantic" -> config = config.withSemantic(onOff(arg, value(args, ++i, arg)), config.model());
                case "--model" -> config = config.withSemantic(config.semantic(), Path.of(value(args, ++i, arg)));
                default -> rest.add(arg);
            }
        }
        return new Parsed(config, rest);
    }

    /** A configuration and the arguments left over after reading flags. */
    public record Parsed(PortalConfig config, List<String> rest) {
    }

    PortalConfig withCorpus(Path value) {
        return new PortalConfig(value, index, data, host, port, maxFileBytes, maxOcrPages, threads, progress,
                environmentToken, semantic, model);
    }

    PortalConfig withIndex(Path value) {
        return new PortalConfig(corpus, value, data, host, port, maxFileBytes, maxOcrPages, threads, progress,
                environmentToken, semantic, model);
    }

    PortalConfig withData(Path value) {
        return new PortalConfig(corpus, index, value, host, port, maxFileBytes, maxOcrPages, threads, progress,
                environmentToken, semantic, model);
    }

    PortalConfig withHost(String value) {
        return new PortalConfig(corpus, index, data, value, port, maxFileBytes, maxOcrPages, threads, progress,
                environmentToken, semantic, model);
    }

    PortalConfig withPort(int value) {
        return new PortalConfig(corpus, index, data, host, value, maxFileBytes, maxOcrPages, threads, progress,
                environmentToken, semantic, model);
    }

    PortalConfig withSemantic(boolean on, Path modelFile) {
        return new PortalConfig(corpus, index, data, host, port, maxFileBytes, maxOcrPages, threads, progress,
                environmentToken, on,
                modelFile);
    }

    private static boolean onOff(String name, String value) throws UsageException {
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "on", "1", "true" -> true;
            case "off", "0", "false" -> false;
            default -> throw new UsageException(name + " must be on or off, not '" + value + "'");
        };
    }

    private static String value(List<String> args, int i, String flag) throws UsageException {
        if (i >= args.size() || args.get(i).startsWith("--")) {
            throw new UsageException(flag + " needs a value");
        }
        return args.get(i);
    }

    private static int parseInt(String name, String value) throws UsageException {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new UsageException(name + " must be a whole number, not '" + value + "'");
        }
    }
}
