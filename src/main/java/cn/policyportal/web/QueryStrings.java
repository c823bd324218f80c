package cn.policyportal.web;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import cn.policyportal.snapshot.InvalidQueryException;

/**
 * Checks a raw query string before anything decodes it: Jetty decodes a broken %-escape or an
 * invalid UTF-8 sequence leniently into replacement characters, which would search for nonsense.
 */
final class QueryStrings {

    private QueryStrings() {
    }

    /**
     * Refuses {@code query} unless every %-escape is two hex digits and the bytes they spell are UTF-8.
     *
     * @throws InvalidQueryException otherwise
     */
    static void requireValid(String query) {
        if (query == null || query.indexOf('%') < 0) {
            return;
        }
        ByteBuffer bytes = ByteBuffer.allocate(query.length());
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '%') {
                if (i + 2 >= query.length() || Character.digit(query.charAt(i + 1), 16) < 0
                        || Character.digit(query.charAt(i + 2), 16) < 0) {
                    throw invalid();
                }
                bytes.put((byte) Integer.parseInt(query.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.put((byte) c);
            }
        }
        bytes.flip();
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes);
        } catch (CharacterCodingException e) {
            throw invalid();
        }
    }

    private static InvalidQueryException invalid() {
        return new InvalidQueryException("请求参数的编码有误：百分号编码须为两位十六进制数，且须是 UTF-8 编码的文字");
    }
}
