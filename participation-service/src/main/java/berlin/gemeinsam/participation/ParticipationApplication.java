package berlin.gemeinsam.participation;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Participation of one unit: who supports which idea, by group of the Fünffach-Helix. */
@SpringBootApplication
@EnableScheduling
public class ParticipationApplication {

    public static void main(String[] args) {
        SpringApplication.run(ParticipationApplication.class, args);
    }
}
