package dev.scap.cli;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code scap completion}: prints the script that completes scap's commands and options. */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    description = "Print a script that completes scap's commands, options and their values in "
        + "bash and zsh, for a command named scap on the PATH.",
    footer = {"", "Examples:", "  source <(scap completion)          # this shell only",
        "  scap completion > ~/.local/share/bash-completion/completions/scap",
        "In zsh the script loads bashcompinit itself."})
final class CompletionCommand implements Callable<Integer> {

  @ParentCommand ScapCommand root;

  @Override
  public Integer call() {
    String script = AutoComplete.bash("scap", root.spec.commandLine());
    byte[] bytes = script.getBytes(StandardCharsets.UTF_8);
    Output.write(null, root, out -> out.write(bytes));
    return 0;
  }
}
