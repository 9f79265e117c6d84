package dev.scap.cli;

import dev.scap.model.ScapLibrary;
import dev.scap.model.validation.SafeText;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code scap} command: entry point of the command line. */
@Command(
    name = "scap",
    mixinStandardHelpOptions = true,
    versionProvider = ScapCommand.Version.class,
    description = "Smart City Action Plan data: validation, theme overlap, peer groups, "
        + "roundtables and partners; documents in JSON, in workbooks (.xlsx) and in folders of "
        + "CSV files.",
    footer = {"", "Exit codes: 0 success; 1 the input is invalid (problems printed); "
        + "2 usage error, unreadable file or failed write; 3 out of memory (the line says what "
        + "to change)."})
public final class ScapCommand implements Runnable {

  /** Exit code: the input is invalid. */
  static final int INVALID = 1;
  /** Exit code: usage error, unreadable input or failed write. */
  static final int FAILURE = 2;
  /** Exit code: the heap ran out, or would not hold the input. */
  static final int RESOURCES = 3;

  /**
   * The subcommands, in the order the help lists them. They are added when the command line is
   * built, not named in the annotation, so that a run of one of them can leave the others out;
   * each is made by {@link #subcommand}, so that the classes of the others are not even loaded
   * (their constructors as suppliers took a fifth of the JVM's first 0.1 s).
   */
  private static final List<String> SUBCOMMANDS = List.of("validate", "format", "import",
      "export", "template", "schema", "dataset", "generate", "overlap", "groups", "roundtables",
      "partners", "report", "completion", "help");

  /**
   * The subcommands that need no other: a run of one of them, named first on the command
   * line, builds the model of that one alone. picocli builds each command's model from its
   * annotations when it is added, and the eleven of that time took a fifth to a third of a
   * second in a fresh JVM, before any work.
   */
  private static final Set<String> ALONE = Set.of("validate", "format", "import", "export",
      "template", "overlap", "groups", "roundtables", "partners", "report");

  /**
   * Hibernate Validator's logger, which says at INFO which version starts: kept at WARNING, set
   * before a command runs (and sooner on the start-up thread, see {@link BackgroundStart}), and
   * kept so that the level is not lost to garbage collection. Setting it starts the JDK's
   * logging, about 20 ms, which is why it is not done before {@code main}.
   */
  private static volatile Logger validatorLog;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
      description = "Say more on standard error, and show the trace of an error.")
  boolean verbose;

  @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT,
      description = "Say less on standard error: no warnings, no progress.")
  boolean quiet;

  @Option(names = "--progress", scope = ScopeType.INHERIT, paramLabel = "WHEN",
      description = "Show what a run over a second is doing, on standard error: auto (when "
          + "that is a terminal), always, never. Default: ${DEFAULT-VALUE}.",
      defaultValue = "auto", converter = ProgressWhen.class,
      completionCandidates = Choices.Whens.class)
  Progress.When progress = Progress.When.AUTO;

  /** The progress of the running command, cleared before an error is printed. */
  Progress running;

  /** Where commands write their output as bytes. */
  OutputStream stdout = System.out;

  /** Creates the command. */
  public ScapCommand() {}

  /**
   * Runs the command line.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    BackgroundStart.begin(args);
    // The thread that runs the command says when the heap runs out, in one line; a worker
    // that runs out with it would add a trace.
    Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
      if (!(e instanceof OutOfMemoryError)) {
        System.err.print("Exception in thread \"" + thread.getName() + "\" ");
        e.printStackTrace();
      }
    });
    System.exit(run(args));
  }

  /**
   * Runs the command line without leaving the JVM, writing to the standard streams.
   *
   * @param args the arguments
   * @return the exit code
   */
  public static int run(String... args) {
    return execute(commandLine(System.out, System.err, args), args);
  }

  /** Keeps Hibernate Validator's logger at WARNING, from now on: see {@link #validatorLog}. */
  static void quietValidator() {
    if (validatorLog == null) {
      Logger logger = Logger.getLogger("org.hibernate.validator");
      logger.setLevel(Level.WARNING);
      validatorLog = logger;
    }
  }

  private static Object subcommand(String name) {
    return switch (name) {
      case "validate" -> new ValidateCommand();
      case "format" -> new FormatCommand();
      case "import" -> new ImportCommand();
      case "export" -> new ExportCommand();
      case "template" -> new TemplateCommand();
      case "schema" -> new SchemaCommand();
      case "dataset" -> new DatasetCommand();
      case "generate" -> new GenerateCommand();
      case "overlap" -> new OverlapCommand();
      case "groups" -> new GroupsCommand();
      case "roundtables" -> new RoundtablesCommand();
      case "partners" -> new PartnersCommand();
      case "report" -> new ReportCommand();
      case "completion" -> new CompletionCommand();
      case "help" -> new CommandLine.HelpCommand();
      default -> throw new IllegalArgumentException("no subcommand " + name);
    };
  }

  /**
   * Executes the command line; if the heap runs out all the same, says so in one line, once
   * what held the memory has been let go, instead of a trace.
   */
  static int execute(CommandLine commandLine, String... args) {
    quietValidator();
    try {
      return commandLine.execute(args);
    } catch (OutOfMemoryError e) {
      if (commandLine.getCommand() instanceof ScapCommand root) {
        root.endProgress();
      }
      PrintWriter error = commandLine.getErr();
      error.println("scap: out of memory: this JVM's heap of "
          + (Runtime.getRuntime().maxMemory() >> 20) + " MiB is too small for this input; "
          + Input.moreHeap(2 * Runtime.getRuntime().maxMemory()));
      error.flush();
      return RESOURCES;
    }
  }

  /**
   * Builds the command line with its error handling: one clear line and an exit code for every
   * error, the trace only with {@code -v}.
   *
   * @param stdout standard output
   * @param stderr standard error
   * @return the command line, ready to execute
   */
  static CommandLine commandLine(OutputStream stdout, OutputStream stderr) {
    return commandLine(stdout, stderr, new String[0]);
  }

  /**
   * Builds the command line for the given arguments: with every subcommand, or, where the
   * first argument names one that needs no other, with that one alone, which parses and runs
   * the arguments the same.
   *
   * @param stdout standard output
   * @param stderr standard error
   * @param args the arguments it will execute
   * @return the command line, ready to execute
   */
  static CommandLine commandLine(OutputStream stdout, OutputStream stderr, String... args) {
    ScapCommand root = new ScapCommand();
    root.stdout = stdout;
    CommandLine commandLine = new CommandLine(root);
    String alone = args.length > 0 && ALONE.contains(args[0]) ? args[0] : null;
    for (String name : SUBCOMMANDS) {
      if (alone == null || alone.equals(name)) {
        commandLine.addSubcommand(name, subcommand(name));
      }
    }
    commandLine.setOut(new PrintWriter(
        new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true));
    commandLine.setErr(new PrintWriter(
        new OutputStreamWriter(stderr, StandardCharsets.UTF_8), true));
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    // The datasets are counted only when their help is printed: reading them takes time.
    CommandLine dataset = commandLine.getSubcommands().get("dataset");
    if (dataset != null) {
      dataset.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER,
          help -> help.footer(DatasetCommand.contents()));
    }
    commandLine.setParameterExceptionHandler((e, given) -> {
      CommandLine command = e.getCommandLine();
      error(command.getErr(), e instanceof CommandLine.UnmatchedArgumentException unmatched
          ? unmatched(unmatched) : keyValue(unknownHelpTopic(e)));
      command.getErr().println("Try '" + command.getCommandSpec().qualifiedName()
          + " --help' for more.");
      command.getErr().flush();
      return FAILURE;
    });
    commandLine.setExecutionExceptionHandler((e, command, parseResult) -> {
      root.endProgress();
      PrintWriter error = command.getErr();
      if (e instanceof CliException failure) {
        // the message may name a file whose name holds a line feed or an escape sequence
        error(error, failure.getMessage());
        if (root.verbose && failure.getCause() != null) {
          failure.getCause().printStackTrace(error);
        }
        error.flush();
        return failure.exitCode();
      }
      error(error, "internal error: " + e);
      if (root.verbose) {
        e.printStackTrace(error);
      } else {
        error.println("Run again with -v for the trace, and please report it.");
      }
      error.flush();
      return FAILURE;
    });
    return commandLine;
  }

  /** picocli's words for an option of pairs given something else, in scap's own. */
  private static final java.util.regex.Pattern KEY_VALUE = java.util.regex.Pattern.compile(
      "Value for option option '([^']+)' \\(([^)]+)\\) should be in KEY=VALUE.* format but "
      + "was (.*)", java.util.regex.Pattern.DOTALL);

  /**
   * {@code --tables takes THEME=K pairs, such as buildings=2, not '-1'} instead of picocli's
   * message; any other message as it is.
   */
  private static String keyValue(String message) {
    java.util.regex.Matcher matcher = message == null ? null : KEY_VALUE.matcher(message);
    if (matcher == null || !matcher.matches()) {
      return message;
    }
    return matcher.group(1) + " takes " + matcher.group(2) + " pairs separated by commas, "
        + "such as buildings=2, not '" + matcher.group(3) + "'";
  }

  /**
   * The message of an argument that matched nothing, with the commands or options nearest to
   * it: {@code no command 'ovrlap'; did you mean overlap?}.
   */
  private static String unmatched(CommandLine.UnmatchedArgumentException e) {
    CommandLine command = e.getCommandLine();
    String given = e.getUnmatched().isEmpty() ? "" : e.getUnmatched().get(0);
    CommandLine.Model.CommandSpec spec = command.getCommandSpec();
    if (given.startsWith("-")) {
      String name = given.contains("=") ? given.substring(0, given.indexOf('=')) : given;
      List<String> options = new ArrayList<>();
      spec.options().forEach(option -> options.addAll(List.of(option.names())));
      return "unknown option '" + name + "'"
          + Suggestions.didYouMean(name, options);
    }
    if (!spec.subcommands().isEmpty()) {
      return "no command '" + given + "'"
          + Suggestions.didYouMean(given, spec.subcommands().keySet());
    }
    return e.getMessage();
  }

  /**
   * The message of {@code scap help ovrlap}, with the commands nearest to it, as for {@code scap
   * ovrlap}; any other message as it is.
   */
  private static String unknownHelpTopic(CommandLine.ParameterException e) {
    CommandLine.Model.CommandSpec spec = e.getCommandLine().getCommandSpec();
    String given = e.getValue();
    if (given == null || e.getMessage() == null
        || !e.getMessage().startsWith("Unknown subcommand '") || spec.subcommands().isEmpty()) {
      return e.getMessage();
    }
    return "no command '" + given + "'"
        + Suggestions.didYouMean(given, spec.subcommands().keySet());
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Clears the progress line, if one is drawn, so that an error starts a line of its own. */
  void endProgress() {
    if (running != null) {
      running.done();
    }
  }

  /** Reads {@code --progress}: auto, always or never. */
  static final class ProgressWhen implements CommandLine.ITypeConverter<Progress.When> {
    @Override
    public Progress.When convert(String value) {
      for (Progress.When when : Progress.When.values()) {
        if (when.name().toLowerCase(java.util.Locale.ROOT).equals(value)) {
          return when;
        }
      }
      throw new CommandLine.TypeConversionException(
          "'" + value + "' is not a choice; use auto, always or never");
    }
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"scap " + ScapLibrary.version()};
    }
  }

  /**
   * Prints one line of error, {@code scap: } and the message, with any control or format
   * character in it escaped, so that no input can break the line or act on the terminal.
   *
   * @param err where errors go
   * @param message the message
   */
  static void error(PrintWriter err, String message) {
    err.println("scap: " + SafeText.line(message));
  }
}
