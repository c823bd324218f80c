package cn.policyportal.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.javalin.http.Context;

import cn.policyportal.ingest.DocumentIds;
import cn.policyportal.snapshot.InvalidQueryException;
import cn.policyportal.snapshot.NotFoundException;

/** Reads the parameters every route shares, refusing a malformed one in words. */
final class Params {

    private Params() {
    }

    /** The query parameter {@code name}, stripped, or {@code null} when absent or blank. */
    static String text(Context ctx, String name) {
        return text(ctx.queryParam(name));
    }

    /** {@code value} stripped, or {@code null} when absent or blank. */
    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static int integer(Context ctx, String name, int fallback) {
        return integer(ctx.queryParam(name), name, fallback);
    }

    /** {@code value} of parameter {@code name} as a whole number, {@code fallback} when absent. */
    static int integer(String value, String name, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidQueryException("参数 " + name + " 应为整数，收到的是“" + value + "”");
        }
    }

    /** The date parameter {@code name}, or {@code null} when absent. */
    static LocalDate optionalDate(Context ctx, String name) {
        return optionalDate(ctx.queryParam(name), name);
    }

    /** {@code value} of parameter {@code name} as a date, or {@code null} when absent. */
    static LocalDate optionalDate(String value, String name) {
        String text = text(value);
        return text == null ? null : date(text, name);
    }

    /** The date parameter {@code name}, or today when absent. */
    static LocalDate dateOrToday(Context ctx, String name) {
        LocalDate date = optionalDate(ctx, name);
        return date == null ? LocalDate.now() : date;
    }

    static LocalDate date(String value, String name) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidQueryException("参数 " + name + " 应为日期，格式如 2021-12-31，收到的是“" + value + "”");
        }
    }

    /** The document id in the path, refused unless it has the shape of one. */
    static String documentId(Context ctx) {
        return wellFormedId(ctx.pathParam("id"));
    }

    /** The document id in the query parameter {@code name}, which is required. */
    static String documentId(Context ctx, String name) {
        String id = text(ctx, name);
        if (id == null) {
            throw new InvalidQueryException("请用参数 " + name + " 指明要对照的文件编号");
        }
        return wellFormedId(id);
    }

    private static String wellFormedId(String id) {
        if (!DocumentIds.isWellFormed(id)) {
            throw new NotFoundException("文件编号“" + id + "”格式不正确，应为 12 位十六进制字符");
        }
        return id;
    }

    /** The request's JSON object; a body that is not one is refused with {@code example} of what is expected. */
    static JsonNode jsonBody(Context ctx, String example) {
        JsonNode body;
        try {
            body = PortalServer.jsonMapper().readTree(ctx.body());
        } catch (IOException e) {
            throw new InvalidQueryException("请求内容应为 JSON，例如 " + example);
        }
        if (body == null || !body.isObject()) {
            throw new InvalidQueryException("请求内容应为 JSON 对象，例如 " + example);
        }
        return body;
    }

    /** The strings of a JSON array (or one string), none when absent. */
    static List<String> strings(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node.isTextual()) {
            values.add(node.asText());
        }
        node.forEach(n -> values.add(n.asText()));
        return values;
    }

    /** The positive whole number in query parameter {@code name}, or {@code null} when absent. */
    static Long optionalId(Context ctx, String name) {
        return optionalId(ctx.queryParam(name), name);
    }

    /** {@code raw} of parameter {@code name} as a positive whole number, or {@code null} when absent. */
    static Long optionalId(String raw, String name) {
        String value = text(raw);
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new InvalidQueryException("参数 " + name + " 应为编号（整数），收到的是“" + value + "”");
        }
    }

    /** The whole number in path parameter {@code name}. */
    static long pathId(Context ctx, String name) {
        String value = ctx.pathParam(name);
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new NotFoundException("编号“" + value + "”格式不正确，应为整数");
        }
    }
}
