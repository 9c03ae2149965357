package berlin.gemeinsam.authserver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

/**
 * The RSA key the issuer signs with, kept as a private JWK in one file. Keeping it means a restart of the local
 * stack does not invalidate the tokens developers already hold.
 */
final class SigningKeyFile {

    private static final Logger log = LoggerFactory.getLogger(SigningKeyFile.class);
    private static final int KEY_SIZE = 2048;

    private SigningKeyFile() {
    }

    /** Reads the key from {@code file}, or generates one and writes it there if the file does not exist. */
    static RSAKey loadOrCreate(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (Files.exists(absolute)) {
            RSAKey key = read(absolute);
            log.info("Signing key {} loaded from {}", key.getKeyID(), absolute);
            return key;
        }
        RSAKey key = generate();
        write(absolute, key);
        log.info("Signing key {} generated and stored in {}", key.getKeyID(), absolute);
        return key;
    }

    private static RSAKey read(Path file) {
        try {
            JWK jwk = JWK.parse(Files.readString(file, StandardCharsets.UTF_8));
            if (!(jwk instanceof RSAKey rsaKey) || !rsaKey.isPrivate()) {
                throw new IllegalStateException("The signing key file " + file
                        + " does not hold a private RSA key; delete it to have a new key generated");
            }
            return rsaKey;
        } catch (IOException | ParseException e) {
            throw new IllegalStateException("The signing key file " + file
                    + " cannot be read as a JWK; delete it to have a new key generated", e);
        }
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(KEY_SIZE)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .keyIDFromThumbprint(true)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate an RSA signing key", e);
        }
    }

    /** Writes to a temporary file readable by the owner only, then moves it in place, so no half key is left. */
    private static void write(Path file, RSAKey key) {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                    ? Files.createTempFile(file.getParent(), ".signing-key", ".tmp",
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                    : Files.createTempFile(file.getParent(), ".signing-key", ".tmp");
            try {
                Files.writeString(temporary, key.toJSONString(), StandardCharsets.UTF_8);
                try {
                    Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write the signing key to " + file, e);
        }
    }
}
