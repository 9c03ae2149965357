package berlin.gemeinsam.localstack;

import java.nio.file.Path;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
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
 * that wait for one commit find their changes in it and have nothing left to commit.
 */
final class CommittingH2Backend extends H2Backend {

    private CommittingH2Backend(MVStore store) {
        super(store);
    }

    /** Opens (or creates) the store file with a page cache of the given size, otherwise as {@code MVStore.open}. */
    static CommittingH2Backend open(Path storeFile, int cacheMegabytes) {
        MVStore store = new MVStore.Builder().fileName(storeFile.toString()).cacheSize(cacheMegabytes).open();
        try {
            return new CommittingH2Backend(store);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
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
        }
    }
}
