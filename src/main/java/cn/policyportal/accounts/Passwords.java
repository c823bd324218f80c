package cn.policyportal.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes in the PHC string form ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}),
 * with OWASP's minimum cost: 19 MiB, two passes, one lane. The parameters travel with each hash,
 * so raising them later still verifies the old ones.
 */
final class Passwords {

    private static final int MEMORY_KIB = 19_456;
    private static final int ITERATIONS = 2;
    private static final int LANES = 1;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getDecoder();
    /** Verified against when the username is unknown, so the answer takes as long as for a known one. */
    static final String DUMMY = hash("no such account");

    private Passwords() {
    }

    static String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] out = derive(password, salt, MEMORY_KIB, ITERATIONS, LANES, HASH_BYTES);
        return "$argon2id$v=19$m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=" + LANES + "$" + B64.encodeToString(salt)
                + "$" + B64.encodeToString(out);
    }

    /** Whether {@code password} matches {@code encoded}; a malformed hash matches nothing. */
    static boolean verify(String password, String encoded) {
        String[] parts = encoded.split("\\$");
        if (parts.length != 6 || !parts[1].equals("argon2id")) {
            return false;
        }
        int memory = 0;
        int iterations = 0;
        int lanes = 0;
        for (String param : parts[3].split(",")) {
            int value = Integer.parseInt(param.substring(2));
            switch (param.charAt(0)) {
                case 'm' -> memory = value;
                case 't' -> iterations = value;
                default -> lanes = value;
            }
        }
        byte[] expected = B64D.decode(parts[5]);
        byte[] actual = derive(password, B64D.decode(parts[4]), memory, iterations, lanes, expected.length);
        return MessageDigest.isEqual(expected, actual);
    }

    private static byte[] derive(String password, byte[] salt, int memory, int iterations, int lanes, int length) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(salt).withMemoryAsKB(memory).withIterations(iterations).withParallelism(lanes).build());
        byte[] out = new byte[length];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }
}
