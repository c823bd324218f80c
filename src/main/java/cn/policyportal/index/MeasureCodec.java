package cn.policyportal.index;

import cn.policyportal.measures.Measure;

/** Measures as the JSON stored in the index, one Lucene document per measure. */
final class MeasureCodec {

    private MeasureCodec() {
    }

    static String encode(Measure measure) {
        return StoredJson.encode(measure);
    }

    /** The measure stored as {@code json}. */
    static Measure decode(String json) {
        return StoredJson.decode(json, Measure.class);
    }
}
