package cn.policyportal.index;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import cn.policyportal.measures.Measure;

/** Measures as the JSON stored in the index, one Lucene document per measure. */
public final class MeasureCodec {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private MeasureCodec() {
    }

    static String encode(Measure measure) {
        try {
            return JSON.writeValueAsString(measure);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The measure stored as {@code json}. */
    public static Measure decode(String json) {
        try {
            return JSON.readValue(json, Measure.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
