package berlin.gemeinsam.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MongoDB-wire-compatible document store (de.bwaldvogel mongo-java-server) with the H2 MVStore backend,
 * persisting to one file in a data directory, listening on 127.0.0.1 only. A write is in the file before it is
 * acknowledged ({@link CommittingH2Backend}): it survives a kill of this process, not a power loss of the machine.
 *
 * <p>Settings (argument / system property / environment variable / default):
 * <ul>
 *     <li>{@code --port} / {@code localstack.store.port} / {@code STORE_PORT} / 27017</li>
 *     <li>{@code --data-dir} / {@code localstack.store.data-dir} / {@code STORE_DATA_DIR} / {@code deploy/local/data/store}</li>
 *     <li>{@code --cache-mb} / {@code localstack.store.cache-mb} / {@code STORE_CACHE_MB} / a quarter of the maximum
 *     heap ({@code -Xmx}), at least 16: the MVStore's cache of deserialised pages in MB. H2's default of 16 MB holds
 *     a small part of a collection of some ten thousand documents, and every page read past it is decoded again.</li>
 * </ul>
 */
public final class LocalDocumentStore implements AutoCloseable {

    public static final int DEFAULT_PORT = 27017;
    public static final String DEFAULT_DATA_DIR = "deploy/local/data/store";
    public static final String STORE_FILE_NAME = "documents.mv.db";

    static final String HOST = "127.0.0.1";

    private static final int MIN_CACHE_MB = 16;
    private static final long MB = 1024 * 1024;

    private static final Logger log = LoggerFactory.getLogger(LocalDocumentStore.class);

    private final Path dataDir;
    private final int requestedPort;
    private final int cacheMegabytes;
    private H2Backend backend;
    private MongoServer server;
    private int boundPort;

    /**
     * @param port the port to listen on; 0 picks a free one (see {@link #port()} after {@link #start()})
     */
    public LocalDocumentStore(Path dataDir, int port) {
        this(dataDir, port, defaultCacheMegabytes());
    }

    /**
     * @param port the port to listen on; 0 picks a free one (see {@link #port()} after {@link #start()})
     * @param cacheMegabytes the size of the MVStore's page cache
     */
    public LocalDocumentStore(Path dataDir, int port, int cacheMegabytes) {
        if (cacheMegabytes < 1) {
            throw new IllegalArgumentException("cacheMegabytes must be positive: " + cacheMegabytes);
        }
        this.dataDir = Objects.requireNonNull(dataDir, "dataDir").toAbsolutePath().normalize();
        this.requestedPort = port;
        this.cacheMegabytes = cacheMegabytes;
    }

    /** A quarter of the maximum heap, at least 16 MB (H2's default). */
    static int defaultCacheMegabytes() {
        long quarter = Runtime.getRuntime().maxMemory() / 4 / MB;
        return (int) Math.max(MIN_CACHE_MB, Math.min(Integer.MAX_VALUE, quarter));
    }

    /** Builds a store from command-line arguments, system properties and environment (see class comment). */
    public static LocalDocumentStore fromArgs(String... args) {
        LauncherOptions options = LauncherOptions.parse("store", Set.of("port", "data-dir", "cache-mb"), args);
        return new LocalDocumentStore(options.path("data-dir", DEFAULT_DATA_DIR), options.port("port", DEFAULT_PORT),
                options.positive("cache-mb", defaultCacheMegabytes()));
    }

    /**
     * Opens the store file and starts listening.
     *
     * @throws IllegalStateException if already started
     */
    public synchronized LocalDocumentStore start() {
        if (server != null) {
            throw new IllegalStateException("Document store already started on " + connectionString());
        }
        long started = System.nanoTime();
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create data directory " + dataDir, e);
        }
        H2Backend h2Backend = CommittingH2Backend.open(storeFile(), cacheMegabytes);
        MongoServer mongoServer = new MongoServer(h2Backend);
        try {
            mongoServer.bind(HOST, requestedPort);
        } catch (RuntimeException e) {
            mongoServer.shutdownNow();
            h2Backend.close();
            throw e;
        }
        backend = h2Backend;
        server = mongoServer;
        InetSocketAddress address = mongoServer.getLocalAddress();
        boundPort = address.getPort();
        log.info("Document store started in {} ms: {} (file {}, page cache {} MB)",
                (System.nanoTime() - started) / 1_000_000, connectionString(), storeFile(), cacheMegabytes);
        return this;
    }

    /** Stops listening, closes the connections and closes (commits) the H2 store; does nothing if not running. */
    public synchronized void stop() {
        MongoServer mongoServer = server;
        if (mongoServer == null) {
            return;
        }
        server = null;
        log.info("Stopping document store on {}", connectionString());
        try {
            mongoServer.shutdown();
        } finally {
            H2Backend h2Backend = backend;
            backend = null;
            h2Backend.close();
        }
        log.info("Document store stopped, {} closed", storeFile());
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    @Override
    public void close() {
        stop();
    }

    /** The port listened on: the bound one once started, else the configured one. */
    public synchronized int port() {
        return server != null ? boundPort : requestedPort;
    }

    public String connectionString() {
        return "mongodb://" + HOST + ":" + port();
    }

    public int cacheMegabytes() {
        return cacheMegabytes;
    }

    public Path dataDir() {
        return dataDir;
    }

    public Path storeFile() {
        return dataDir.resolve(STORE_FILE_NAME);
    }

    /** Starts the store and blocks until the JVM is asked to stop (SIGTERM, SIGINT). */
    public static void main(String[] args) {
        LocalDocumentStore store;
        try {
            store = fromArgs(args);
            store.start();
        } catch (RuntimeException e) {
            log.error("Document store failed to start: {}", e.getMessage(), e);
            Launchers.exit(1);
            return;
        }
        Launchers.blockUntilShutdown("document-store-shutdown", store::stop);
    }
}
