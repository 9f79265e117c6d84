package dev.scap.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code scap} command: entry point of the command line. */
@Command(
    name = "scap",
    mixinStandardHelpOptions = true,
    versionProvider = ScapCommand.Version.class,
    description = "Smart City Action Plan data: validation, theme overlap, peer groups, "
        + "roundtables and partners.")
public final class ScapCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Creates the command. */
  public ScapCommand() {}

  /**
   * Runs the command line.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /**
   * Runs the command line without leaving the JVM.
   *
   * @param args the arguments
   * @return the exit code
   */
  public static int run(String... args) {
    return new CommandLine(new ScapCommand()).execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Reads scap's version from the build. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      Properties properties = new Properties();
      try (InputStream in = ScapCommand.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          properties.load(in);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new String[] {"scap " + properties.getProperty("version", "unknown")};
    }
  }
}
