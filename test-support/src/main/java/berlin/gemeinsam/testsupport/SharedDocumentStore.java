package berlin.gemeinsam.testsupport;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import java.net.InetSocketAddress;

/**
 * One embedded MongoDB-wire-compatible store per test JVM (the same server the local stack runs, here with
 * its in-memory backend). Each service under test uses its own database on it.
 */
public final class SharedDocumentStore {

    private static MongoServer server;

    private SharedDocumentStore() {
    }

    public static synchronized String uri() {
        if (server == null) {
            MongoServer started = new MongoServer(new MemoryBackend());
            started.bind("127.0.0.1", 0);
            Runtime.getRuntime().addShutdownHook(new Thread(started::shutdownNow, "document-store-shutdown"));
            server = started;
        }
        return uri(server.getLocalAddress());
    }

    private static String uri(InetSocketAddress address) {
        return "mongodb://127.0.0.1:" + address.getPort();
    }
}
