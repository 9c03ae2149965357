package berlin.gemeinsam.ideas;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Arena der Ideen of one unit. */
@SpringBootApplication
public class IdeasApplication {

    public static void main(String[] args) {
        SpringApplication.run(IdeasApplication.class, args);
    }
}
