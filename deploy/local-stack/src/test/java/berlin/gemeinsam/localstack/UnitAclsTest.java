package berlin.gemeinsam.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.kafka.common.acl.AclOperation;
import org.junit.jupiter.api.Test;

class UnitAclsTest {

    @Test
    void namesThePrincipalAndPrefixesOfAUnitsService() {
        UnitAcls acls = UnitAcls.of("friedrichshain-kreuzberg", "ideas-service");

        assertThat(acls.principal()).isEqualTo("User:friedrichshain-kreuzberg.ideas-service");
        assertThat(acls.ownTopicPrefix()).isEqualTo("gemeinsam.friedrichshain-kreuzberg.");
        assertThat(acls.groupPrefix()).isEqualTo("friedrichshain-kreuzberg.");
        assertThat(acls.passwordVariable()).isEqualTo("FRIEDRICHSHAIN_KREUZBERG_IDEAS_SERVICE_KAFKA_PASSWORD");
        assertThat(acls.bindings()).hasSize(7)
                .allSatisfy(binding -> assertThat(binding.entry().principal()).isEqualTo(acls.principal()));
    }

    @Test
    void printsTheCommandsAnOperatorRunsForProduction() {
        String connection = "--bootstrap-server \"$KAFKA_BOOTSTRAP_SERVERS\" --command-config admin.properties";

        assertThat(UnitAcls.of("pankow", "ideas-service").commands("\"$KAFKA_BOOTSTRAP_SERVERS\"", "admin.properties"))
                .containsExactly(
                        "kafka-configs.sh " + connection + " --alter --entity-type users --entity-name pankow.ideas-service"
                                + " --add-config \"SCRAM-SHA-512=[iterations=8192,password=${PANKOW_IDEAS_SERVICE_KAFKA_PASSWORD}]\"",
                        "kafka-acls.sh " + connection + " --add --allow-principal User:pankow.ideas-service"
                                + " --operation Write --operation Describe --operation Create"
                                + " --topic gemeinsam.pankow. --resource-pattern-type prefixed",
                        "kafka-acls.sh " + connection + " --add --allow-principal User:pankow.ideas-service"
                                + " --operation Read --operation Describe --topic gemeinsam. --resource-pattern-type prefixed",
                        "kafka-acls.sh " + connection + " --add --allow-principal User:pankow.ideas-service"
                                + " --operation Read --group pankow. --resource-pattern-type prefixed",
                        "kafka-acls.sh " + connection + " --add --allow-principal User:pankow.ideas-service"
                                + " --operation IdempotentWrite --cluster");
        assertThat(UnitAcls.commandName(AclOperation.DESCRIBE_CONFIGS)).isEqualTo("DescribeConfigs");
    }

    @Test
    void rejectsNamesThatWouldWidenThePrefixes() {
        assertThatThrownBy(() -> UnitAcls.of("", "ideas-service")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UnitAcls.of("pankow.", "ideas-service")).hasMessageContaining("unit");
        assertThatThrownBy(() -> UnitAcls.of("Pankow", "ideas-service")).hasMessageContaining("unit");
        assertThatThrownBy(() -> UnitAcls.of("pankow", "ideas_service")).hasMessageContaining("service");
        assertThatThrownBy(() -> UnitAcls.of("pankow", null)).hasMessageContaining("service");
    }
}
