package cn.policyportal.semantic;

import java.io.IOException;
import java.io.InputStream;
import java.nio.LongBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * The sentence model run in the JVM: bge-small-zh-v1.5, quantised, in ONNX Runtime, with its
 * tokenizer. By default both come from the langchain4j artifact on the class path, so nothing is
 * downloaded; {@link #open(Path, int)} takes a model file (and the {@code tokenizer.json} beside it)
 * instead.
 *
 * <p>Texts are embedded a batch at a time in one ONNX run, padded to the batch's longest text, so
 * batches of texts of about the same length waste little; every text is cut at {@link #MAX_TOKENS}
 * tokens, which keeps an article's gist (its opening states the rule) at a fraction of the cost of
 * 512. A vector is the [CLS] state, normalised, as bge is trained.
 */
public final class Embedder implements AutoCloseable {

    /** The model inside the langchain4j jar. */
    private static final String MODEL_RESOURCE = "/bge-small-zh-v1.5-q.onnx";
    private static final String TOKENIZER_RESOURCE = "/bge-small-zh-v1.5-q-tokenizer.json";
    /** The model's name, part of every cached vector's key: another model's vectors never mix in. */
    public static final String MODEL_ID = "bge-small-zh-v1.5-q";
    /** The vector size of bge-small. */
    public static final int DIMENSIONS = 512;
    /** Tokens kept of each text (bge reads up to 512): long articles cost the most and say most first. */
    public static final int MAX_TOKENS = 256;

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final boolean typeIds;
    private final String name;

    private Embedder(OrtSession session, HuggingFaceTokenizer tokenizer, String name) throws OrtException {
        this.environment = OrtEnvironment.getEnvironment();
        this.session = session;
        this.tokenizer = tokenizer;
        this.typeIds = session.getInputNames().contains("token_type_ids");
        this.name = name;
    }

    /** The model shipped in the jar, run on {@code threads} cores. */
    public static Embedder bundled(int threads) throws IOException {
        try (InputStream model = Embedder.class.getResourceAsStream(MODEL_RESOURCE);
             InputStream tokens = Embedder.class.getResourceAsStream(TOKENIZER_RESOURCE)) {
            if (model == null || tokens == null) {
                throw new IOException("语义模型不在程序包中（" + MODEL_RESOURCE + "）");
            }
            return create(model.readAllBytes(), HuggingFaceTokenizer.newInstance(tokens, options()), threads,
                    "jar:" + MODEL_RESOURCE);
        }
    }

    /** The ONNX model in {@code model}, with the {@code tokenizer.json} in the same folder. */
    public static Embedder open(Path model, int threads) throws IOException {
        Path tokenizer = model.resolveSibling("tokenizer.json");
        if (!Files.isRegularFile(model) || !Files.isRegularFile(tokenizer)) {
            throw new IOException("语义模型文件不存在：" + model + "（及同目录的 tokenizer.json）");
        }
        HuggingFaceTokenizer tokens;
        try {
            tokens = HuggingFaceTokenizer.newInstance(tokenizer, options());
        } catch (RuntimeException e) {
            throw new IOException("语义模型的分词表无法读取：" + e.getMessage(), e);
        }
        return create(Files.readAllBytes(model), tokens, threads, model.toString());
    }

    private static Embedder create(byte[] model, HuggingFaceTokenizer tokenizer, int threads, String name)
            throws IOException {
        try {
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(Math.max(1, threads));
            options.setInterOpNumThreads(1);
            return new Embedder(OrtEnvironment.getEnvironment().createSession(model, options), tokenizer, name);
        } catch (OrtException | RuntimeException e) {
            tokenizer.close();
            throw new IOException("语义模型无法加载：" + e.getMessage(), e);
        }
    }

    private static Map<String, String> options() {
        Map<String, String> options = new HashMap<>();
        options.put("maxLength", String.valueOf(MAX_TOKENS));
        options.put("truncation", "true");
        options.put("padding", "false");
        return options;
    }

    /** Where the model came from, for the log and the admin page. */
    public String name() {
        return name;
    }

    /**
     * The vector of a question, embedded as it is typed: bge-zh-v1.5 needs no retrieval instruction
     * before it (the model card), and on the judged lay questions the instruction
     * (为这个句子生成表示以用于检索相关文章：) cost two points of Recall@10.
     */
    public float[] query(String question) throws IOException {
        return embed(List.of(question)).get(0);
    }

    /** The vectors of {@code texts}, in one run (the caller batches texts of similar length). */
    public List<float[]> embed(List<String> texts) throws IOException {
        Encoding[] encodings = tokenizer.batchEncode(texts);
        int width = 1;
        for (Encoding e : encodings) {
            width = Math.max(width, e.getIds().length);
        }
        long[] shape = {encodings.length, width};
        LongBuffer ids = LongBuffer.allocate(encodings.length * width);
        LongBuffer mask = LongBuffer.allocate(encodings.length * width);
        LongBuffer types = LongBuffer.allocate(encodings.length * width);
        for (Encoding e : encodings) {
            long[] tokenIds = e.getIds();
            long[] attention = e.getAttentionMask();
            long[] type = e.getTypeIds();
            for (int i = 0; i < width; i++) {
                ids.put(i < tokenIds.length ? tokenIds[i] : 0);
                mask.put(i < attention.length ? attention[i] : 0);
                types.put(i < type.length ? type[i] : 0);
            }
        }
        ids.flip();
        mask.flip();
        types.flip();
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put("input_ids", OnnxTensor.createTensor(environment, ids, shape));
            inputs.put("attention_mask", OnnxTensor.createTensor(environment, mask, shape));
            if (typeIds) {
                inputs.put("token_type_ids", OnnxTensor.createTensor(environment, types, shape));
            }
            try (OrtSession.Result result = session.run(inputs)) {
                float[][][] states = (float[][][]) result.get(0).getValue();
                List<float[]> vectors = new ArrayList<>(states.length);
                for (float[][] state : states) {
                    vectors.add(normalised(state[0]));
                }
                return vectors;
            }
        } catch (OrtException e) {
            throw new IOException("语义模型运行失败：" + e.getMessage(), e);
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    /** How many tokens {@code text} takes (at most {@link #MAX_TOKENS}): batches group texts by it. */
    public int tokens(String text) {
        return tokenizer.encode(text).getIds().length;
    }

    private static float[] normalised(float[] v) {
        double sum = 0;
        for (float x : v) {
            sum += x * x;
        }
        float norm = (float) Math.sqrt(sum);
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = norm == 0 ? 0 : v[i] / norm;
        }
        return out;
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            // Closing at shutdown: nothing is left to release it for.
        }
        tokenizer.close();
    }
}
