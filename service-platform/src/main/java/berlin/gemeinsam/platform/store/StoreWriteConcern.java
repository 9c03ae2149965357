package berlin.gemeinsam.platform.store;

import com.mongodb.WriteConcern;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * The write concern of every write to the document store. A write is acknowledged (and a consumer's Kafka offset
 * committed after it) only once it is durable: on MongoDB in the journal of a majority of the replica set, so that
 * neither a crash of the primary nor a fail-over takes back what a caller or a consumer already counted as done.
 * It is set here rather than in the connection string, and wins over a {@code w}/{@code journal} given there.
 */
@AutoConfiguration
@EnableConfigurationProperties(StoreWriteConcern.Settings.class)
public class StoreWriteConcern {

    /** Runs after Boot's customizer, which applies the connection string. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    MongoClientSettingsBuilderCustomizer storeWriteConcernCustomizer(Settings settings) {
        WriteConcern writeConcern = settings.writeConcern();
        return builder -> builder.writeConcern(writeConcern);
    }

    /**
     * @param w       how many members must have a write: {@code majority} (the default), a number or a tag set's name
     * @param journal whether they must have it in their journal (on disk) before acknowledging it; default true
     */
    @ConfigurationProperties("gemeinsam.store.write-concern")
    public record Settings(@DefaultValue("majority") String w, @DefaultValue("true") boolean journal) {

        WriteConcern writeConcern() {
            WriteConcern members = w.chars().allMatch(Character::isDigit) && !w.isEmpty()
                    ? new WriteConcern(Integer.parseInt(w))
                    : new WriteConcern(w);
            return members.withJournal(journal);
        }
    }
}
