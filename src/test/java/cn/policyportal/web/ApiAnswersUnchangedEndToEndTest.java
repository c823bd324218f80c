package cn.policyportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.policyportal.Seeds;
import cn.policyportal.TestPortal;
import cn.policyportal.measures.Measure;

/**
 * The answers of every route on the seeds, recorded before the packages were rearranged by feature,
 * must stay the same, timing fields aside. The requests are in {@code api-golden/requests.txt}, the
 * recorded answers in {@code api-golden/answers.json}; {@code -Dapi.golden.record=true} records them
 * again (only when an answer is meant to change).
 */
class ApiAnswersUnchangedEndToEndTest {

    private static final Path GOLDEN = Path.of("src/test/resources/api-golden");
    /** Fields that say when something happened or how long it took, not what the answer is. */
    private static final Set<String> VOLATILE = Set.of("took_ms", "recorded_at", "indexed_at");

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @TempDir
    Path dir;

    @Test
    void everyRouteAnswersAsRecorded() throws Exception {
        List<String> requests = Files.readAllLines(GOLDEN.resolve("requests.txt")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        assertThat(requests).hasSizeGreaterThanOrEqualTo(50);
        ArrayNode answers = json.createArrayNode();
        Seeds.copyAll(dir.resolve("corpus"));
        try (TestPortal portal = new TestPortal(dir.resolve("corpus"), dir.resolve("index"))) {
            Map<String, String> ids = Map.of("{inspection}", TestPortal.idOf(Seeds.INSPECTION_RULES),
                    "{supervision}", TestPortal.idOf(Seeds.SUPERVISION_RULES), "{plan}", TestPortal.idOf(Seeds.WORK_PLAN),
                    "{cas}", TestPortal.idOf(Seeds.CAS_REPORT), "{most}", TestPortal.idOf(Seeds.MOST_REPORT),
                    "{measure}", Measure.idOf(TestPortal.idOf(Seeds.WORK_PLAN), "c1/t1"));
            for (String line : requests) {
                answers.add(answer(portal, line, ids));
            }
        }
        Path recorded = GOLDEN.resolve("answers.json");
        if (Boolean.getBoolean("api.golden.record")) {
            json.writeValue(recorded.toFile(), answers);
        }
        JsonNode expected = json.readTree(recorded.toFile());
        assertThat(answers.size()).isEqualTo(expected.size());
        for (int i = 0; i < answers.size(); i++) {
            // Compared as JSON trees: the order of an object's keys (Map.of) is no part of the answer.
            if (!answers.get(i).equals(expected.get(i))) {
                assertThat(json.writeValueAsString(answers.get(i)))
                        .as(answers.get(i).get("request").asText())
                        .isEqualTo(json.writeValueAsString(expected.get(i)));
            }
        }
    }

    private ObjectNode answer(TestPortal portal, String line, Map<String, String> ids) throws Exception {
        boolean admin = line.startsWith("!");
        String[] parts = (admin ? line.substring(1) : line).split(" ", 3);
        String path = parts[1];
        for (Map.Entry<String, String> id : ids.entrySet()) {
            path = path.replace(id.getKey(), id.getValue());
        }
        String body = parts.length > 2 ? parts[2].replace("\\n", "\n") : "";
        HttpRequest.Builder request = HttpRequest.newBuilder(portal.uri(encodePath(path)))
                .method(parts[0], body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (admin) {
            request.header("Authorization", "Bearer " + TestPortal.ADMIN_TOKEN);
        }
        HttpResponse<byte[]> response = portal.http().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        String type = response.headers().firstValue("Content-Type").orElse("");
        ObjectNode answer = json.createObjectNode().put("request", line).put("status", response.statusCode())
                .put("content_type", type);
        if (type.contains("json")) {
            answer.set("body", withoutVolatile(json.readTree(response.body())));
        } else if (type.contains("csv")) {
            answer.put("body", new String(response.body(), StandardCharsets.UTF_8));
        } else if (type.contains("spreadsheet")) {
            answer.set("body", cells(response.body()));
        }
        return answer;
    }

    /** Percent-encodes the Chinese and other non-ASCII characters of a path and query written plainly. */
    private static String encodePath(String path) {
        StringBuilder out = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c > 0x20 && c < 0x7f && c != '"') {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    private static JsonNode withoutVolatile(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove(VOLATILE);
            object.forEach(ApiAnswersUnchangedEndToEndTest::withoutVolatile);
        } else if (node instanceof ArrayNode array) {
            array.forEach(ApiAnswersUnchangedEndToEndTest::withoutVolatile);
        }
        return node;
    }

    private ArrayNode cells(byte[] xlsx) throws IOException {
        ArrayNode rows = json.createArrayNode();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : book.getSheetAt(0)) {
                List<String> values = new ArrayList<>();
                for (Iterator<Cell> it = row.cellIterator(); it.hasNext(); ) {
                    values.add(it.next().toString());
                }
                rows.add(json.valueToTree(values));
            }
        }
        return rows;
    }
}
