package cn.policyportal.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The tables of names users edit beside the portal (departments, synonyms): one name per line,
 * then {@code =} and its other names separated by 、，or a comma; {@code #} starts a comment.
 */
public final class NameTable {

    /** A name and the other ways it is written. */
    public record Row(String name, List<String> others) {
        public Row {
            others = List.copyOf(others);
        }
    }

    private NameTable() {
    }

    /** The rows of {@code lines}; a line without a name before {@code =} is skipped. */
    public static List<Row> parse(List<String> lines) {
        List<Row> rows = new ArrayList<>();
        for (String line : lines) {
            String content = line.replaceAll("#.*$", "").strip();
            int eq = content.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            List<String> others = new ArrayList<>();
            for (String other : content.substring(eq + 1).split("[、，,]")) {
                if (!other.isBlank()) {
                    others.add(other.strip());
                }
            }
            rows.add(new Row(content.substring(0, eq).strip(), others));
        }
        return rows;
    }

    /** The rows of the class-path resource {@code name}, none when it is missing. */
    public static List<Row> resource(String name) {
        return parse(lines(name));
    }

    /** The lines of the class-path resource {@code name} (UTF-8), none when it is missing. */
    public static List<String> lines(String name) {
        try (InputStream in = NameTable.class.getResourceAsStream(name)) {
            if (in == null) {
                return List.of();
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
