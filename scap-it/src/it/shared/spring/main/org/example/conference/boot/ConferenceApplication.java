package org.example.conference.boot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A Spring Boot application that plans a conference with scap. */
@SpringBootApplication
public class ConferenceApplication {

  /**
   * Starts the application.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    SpringApplication.run(ConferenceApplication.class, args);
  }
}
