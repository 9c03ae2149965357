package berlin.gemeinsam.localstack;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

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
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The H2 backend of mongo-java-server, made durable per acknowledged write against a kill of the process: every
 * command that changed the store is committed to the store file before its reply goes out. The plain backend leaves
 * that to the MVStore's background commit about once a second, so a killed process lost the last second of writes it
 * had already acknowledged.
 *
 * <p>A commit writes the changes to the file (the operating system's page cache) without forcing them to the disk:
 * they survive a kill of the process, not a power loss of the machine. It runs on the thread of the command that
 * asks for it: the MVStore's background writer is off, because with it each commit was handed to its serialisation
 * thread and on to its file-writing thread and waited for. Commands on several connections run on several
 * threads; one commit stores every change made before it began, so a command whose change a finished commit began
 * after answers at once, and the others wait for one commit at a time (the next one takes all of theirs); a command
 * never answers while the commit that took its change is still being written (asking the store whether anything is
 * left unsaved would say no then). What the background writer did besides, rewriting the live pages of chunks that
 * are mostly dead so that their space can be reused, a housekeeping thread of this backend does every second.
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

    /** Chunks filled below this share of live data are rewritten by the housekeeping (MVStore's default, 90 %). */
    private static final int COMPACT_FILL_RATE = 90;
    /** At most this much rewritten per housekeeping round, so that it holds the store's lock briefly. */
    private static final int COMPACT_WRITE_BYTES = 1024 * 1024;
    private static final long HOUSEKEEPING_MILLIS = 1_000;

    private static final Logger log = LoggerFactory.getLogger(CommittingH2Backend.class);

    private static final String DATA_MAP_PREFIX = "databases.";
    private static final String META_MAP_PREFIX = "meta.";
    private static final String INDEX_MAP_INFIX = "._index_";

    private final Object commitLock = new Object();
    /** Every change made while the store's version was below this one is in the file. */
    private volatile long durableVersion;
    private final ScheduledExecutorService housekeeping;

    private CommittingH2Backend(MVStore store) {
        super(store);
        durableVersion = store.getCurrentVersion();
        housekeeping = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "store-housekeeping");
            thread.setDaemon(true);
            return thread;
        });
        housekeeping.scheduleWithFixedDelay(this::compact, HOUSEKEEPING_MILLIS, HOUSEKEEPING_MILLIS,
                TimeUnit.MILLISECONDS);
    }

    /**
     * Opens (or creates) the store file with a page cache of the given size and H2's background writer off,
     * otherwise with the settings {@code MVStore.open} uses; a new file gets the compact encoding.
     */
    static CommittingH2Backend open(Path storeFile, int cacheMegabytes) {
        MVStore store = new MVStore.Builder().fileName(storeFile.toString()).cacheSize(cacheMegabytes)
                .autoCommitDisabled().open();
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
            commitChanges();
        }
    }

    /**
     * Returns once every change made before this call is in the file: at once if a commit that began after them has
     * finished, else after committing (or after another thread's commit that took them).
     *
     * <p>A change is made in the store's current version; a commit raises the version first and then stores what
     * every map holds, so the changes of a version below the one a finished commit raised it to are in the file.
     */
    void commitChanges() {
        MVStore store = getMvStore();
        long changedIn = store.getCurrentVersion();
        if (isDurable(store, changedIn)) {
            return;
        }
        synchronized (commitLock) {
            if (durableVersion > changedIn) {
                return;
            }
            long before = store.getCurrentVersion();
            long committed = store.commit();
            // nothing to commit: every commit that raised the version has finished, it runs under the store's lock
            durableVersion = committed > 0 ? committed : before;
        }
    }

    /**
     * Whether the changes made up to the version {@code changedIn} are in the file: a finished commit raised the
     * version past it, or it is the version of the last finished commit and nothing changed in it (a command that
     * only read). The version read again tells that no commit began meanwhile, which would take the unsaved changes
     * with it before it finished.
     */
    private boolean isDurable(MVStore store, long changedIn) {
        long durable = durableVersion;
        return durable > changedIn
                || durable == changedIn && !store.hasUnsavedChanges() && store.getCurrentVersion() == changedIn;
    }

    private void compact() {
        try {
            if (getMvStore().compact(COMPACT_FILL_RATE, COMPACT_WRITE_BYTES)) {
                commitChanges();
            }
        } catch (RuntimeException e) {
            log.warn("Compaction of the store file failed, retried in {} ms: {}", HOUSEKEEPING_MILLIS, e.toString());
        }
    }

    /** Stops the housekeeping, then commits and closes the store file. */
    @Override
    public void close() {
        housekeeping.shutdownNow();
        try {
            if (!housekeeping.awaitTermination(10, TimeUnit.SECONDS)) {
                log.warn("The store's housekeeping did not stop within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        super.close();
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return isCompact() ? new CompactH2Database(databaseName) : super.openOrCreateDatabase(databaseName);
    }

    /**
     * H2's database with its documents and unique indexes in the compact encoding; dropping and renaming stay H2's,
     * which find the maps already open. An inner class: H2Database's constructor opens the collections before a
     * subclass could set a field, and the backend (with the store) is the reference an inner class has by then.
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
