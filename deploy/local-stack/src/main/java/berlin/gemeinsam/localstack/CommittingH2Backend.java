package berlin.gemeinsam.localstack;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * The H2 backend of mongo-java-server, made durable per acknowledged write against a kill of the process: every
 * command that changed the store is committed to the store file before its reply goes out. The plain backend leaves
 * that to the MVStore's background commit about once a second, so a killed process lost the last second of writes it
 * had already acknowledged.
 *
 * <p>A commit writes the changes to the file (the operating system's page cache) without forcing them to the disk:
 * they survive a kill of the process, not a power loss of the machine. Commands on several connections run on
 * several threads; the MVStore serialises their commits, and a commit stores every change made so far, so writers
 * that wait for one commit find their changes in it and have nothing left to commit. Such a writer, and any command
 * that may have written, answers only once the file holds the version that took its change: that commit may be
 * another command's, or the MVStore's background writer's, which hands its chunk to a writing thread and returns
 * before it is written.
 *
 * <p>The encoding of a store file is chosen once, when it is created: a new file keeps its documents, ids and
 * unique index keys in the {@link CompactValueType} and is marked so by an entry in a map of its own. A file
 * without that mark (written before, or by the plain backend) keeps H2's default, Java serialisation, for good:
 * its pages are Java-serialised and its unique indexes' B-trees are ordered by the serialised bytes, which the
 * compact order cannot search. Such a file stays readable and writable, only slower; to move its data to the compact
 * encoding, dump it and restore it into a new data directory.
 */
final class CommittingH2Backend extends H2Backend {

    /** No database's maps are named with a '$': MongoDB's database names cannot contain one. */
    static final String FORMAT_MAP = "$gemeinsam.format";
    static final String ENCODING = "encoding";
    static final String COMPACT = "compact-1";

    /** Commands that never change the store: they answer without waiting for a commit in flight. */
    private static final Set<String> READING_COMMANDS = Set.of("find", "getMore", "count", "distinct",
            "listCollections", "listIndexes", "listDatabases", "hello", "isMaster", "ismaster", "ping", "buildInfo",
            "buildinfo", "endSessions", "killCursors", "dbStats", "collStats", "serverStatus", "getLastError",
            "whatsmyuri", "getParameter", "connectionStatus", "hostInfo", "getCmdLineOpts");
    private static final long WRITE_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(60);
    private static final long WAIT_STEP_NANOS = TimeUnit.MICROSECONDS.toNanos(20);

    private static final String DATA_MAP_PREFIX = "databases.";
    private static final String META_MAP_PREFIX = "meta.";
    private static final String INDEX_MAP_INFIX = "._index_";

    private CommittingH2Backend(MVStore store) {
        super(store);
    }

    /**
     * Opens (or creates) the store file with a page cache of the given size, otherwise with the settings
     * {@code MVStore.open} uses; a new file gets the compact encoding.
     */
    static CommittingH2Backend open(Path storeFile, int cacheMegabytes) {
        MVStore store = new MVStore.Builder().fileName(storeFile.toString()).cacheSize(cacheMegabytes).open();
        try {
            if (store.getMapNames().isEmpty()) {
                store.<String, String>openMap(FORMAT_MAP).put(ENCODING, COMPACT);
                store.commit();
            }
            return new CommittingH2Backend(store);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** Whether this store file keeps its values in the compact encoding. */
    boolean isCompact() {
        return isCompact(getMvStore());
    }

    private static boolean isCompact(MVStore store) {
        if (!store.hasMap(FORMAT_MAP)) {
            return false;
        }
        String encoding = store.<String, String>openMap(FORMAT_MAP).get(ENCODING);
        if (!COMPACT.equals(encoding)) {
            throw new IllegalStateException("Unknown encoding '" + encoding + "' of the store file "
                    + store.getFileStore().getFileName());
        }
        return true;
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        try {
            return super.handleCommand(channel, databaseName, command, query);
        } finally {
            // a failed command may have changed the store in part (a bulk write stopped by a duplicate key)
            MVStore store = getMvStore();
            if (store.hasUnsavedChanges()) {
                store.commit();
            }
            if (!READING_COMMANDS.contains(command)) {
                awaitWritten(store);
            }
        }
    }

    /**
     * Waits until the file holds every version begun so far. By now a commit has taken this command's change (its
     * own, or another's that left nothing for it to commit), so that version has begun; H2 writes the chunks one
     * after another in the order of their versions.
     */
    private static void awaitWritten(MVStore store) {
        long begun = store.getCurrentVersion();
        FileStore<?> file = store.getFileStore();
        long deadline = System.nanoTime() + WRITE_TIMEOUT_NANOS;
        while (file.lastChunkVersion() < begun) {
            if (store.isClosed()) {
                throw new IllegalStateException("The store was closed before version " + begun + " was written");
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The store did not write version " + begun + " within "
                        + TimeUnit.NANOSECONDS.toSeconds(WRITE_TIMEOUT_NANOS) + " s");
            }
            LockSupport.parkNanos(WAIT_STEP_NANOS);
        }
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return isCompact() ? new CompactH2Database(databaseName) : super.openOrCreateDatabase(databaseName);
    }

    /**
     * H2's database with its documents and unique indexes in the compact encoding and its other indexes in memory
     * ({@link OrderedIndex}); dropping and renaming stay H2's, which find the maps already open. An inner class:
     * H2Database's constructor opens the collections before a subclass could set a field, and the backend (with the
     * store) is the reference an inner class has by then.
     */
    private final class CompactH2Database extends H2Database {

        CompactH2Database(String databaseName) {
            super(databaseName, getMvStore(), getCursorRegistry());
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                        boolean sparse) {
            MVMap<KeyValue, Object> map = getMvStore().openMap(
                    getFullCollectionNamespace(collectionName) + INDEX_MAP_INFIX + indexName,
                    new MVMap.Builder<KeyValue, Object>()
                            .keyType(CompactValueType.INSTANCE).valueType(CompactValueType.INSTANCE));
            return new CompactUniqueIndex(map, indexName, keys, sparse);
        }

        @Override
        protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName,
                                                           List<IndexKey> keys, boolean sparse) {
            return new OrderedIndex(indexName, keys, sparse);
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            String fullName = getFullCollectionNamespace(collectionName);
            MVMap<Object, Document> documents = getMvStore().openMap(DATA_MAP_PREFIX + fullName,
                    new MVMap.Builder<Object, Document>()
                            .keyType(CompactValueType.INSTANCE).valueType(CompactValueType.INSTANCE));
            MVMap<String, Object> meta = getMvStore().openMap(META_MAP_PREFIX + fullName);
            return new H2Collection(this, collectionName, options, documents, meta, cursorRegistry);
        }
    }
}
