package berlin.gemeinsam.authserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.RSAKey;

class SigningKeyFileTest {

    @TempDir
    Path dir;

    @Test
    void generatesAKeyOnceAndReadsTheSameKeyAfterwards() throws Exception {
        Path file = dir.resolve("nested").resolve("signing-key.json");

        RSAKey created = SigningKeyFile.loadOrCreate(file);
        RSAKey loaded = SigningKeyFile.loadOrCreate(file);

        assertThat(created.isPrivate()).isTrue();
        assertThat(created.getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(created.size()).isEqualTo(2048);
        assertThat(loaded.getKeyID()).isEqualTo(created.getKeyID());
        assertThat(loaded.toRSAPrivateKey()).isEqualTo(created.toRSAPrivateKey());
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void refusesAFileThatIsNotAKeyAndSaysWhichFile() throws Exception {
        Path file = dir.resolve("signing-key.json");
        Files.writeString(file, "not a key");

        assertThatThrownBy(() -> SigningKeyFile.loadOrCreate(file))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(file.toString());
        assertThat(Files.readString(file)).isEqualTo("not a key");
    }

    @Test
    void refusesAPublicKeyBecauseItCannotSign() throws Exception {
        Path file = dir.resolve("signing-key.json");
        Files.writeString(file, SigningKeyFile.loadOrCreate(dir.resolve("other.json")).toPublicJWK().toJSONString());

        assertThatThrownBy(() -> SigningKeyFile.loadOrCreate(file))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("private RSA key");
    }
}
