package berlin.gemeinsam.ideas;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The Arena der Ideen of one unit; it archives ideas without activity on a schedule. */
@SpringBootApplication
@EnableScheduling
public class IdeasApplication {

    public static void main(String[] args) {
        SpringApplication.run(IdeasApplication.class, args);
    }
}
