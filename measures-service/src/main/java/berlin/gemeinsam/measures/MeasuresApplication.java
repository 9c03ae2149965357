package berlin.gemeinsam.measures;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The measures (Maßnahmen) one unit leads. */
@SpringBootApplication
@EnableScheduling
public class MeasuresApplication {

    public static void main(String[] args) {
        SpringApplication.run(MeasuresApplication.class, args);
    }
}
