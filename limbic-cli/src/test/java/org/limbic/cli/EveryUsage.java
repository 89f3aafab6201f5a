package org.limbic.cli;

import picocli.CommandLine;

/**
 * Prints the usage of every command and subcommand, in a JVM of its own ({@link HelpTest}): picocli
 * writes its warnings to the standard error that was there when it was first loaded.
 */
final class EveryUsage {

  private EveryUsage() {
  }

  public static void main(String[] args) {
    print(LimbicCommand.commandLine());
  }

  private static void print(CommandLine command) {
    System.out.println("== " + command.getCommandSpec().qualifiedName());
    command.usage(System.out);
    command.getSubcommands().values().forEach(EveryUsage::print);
  }
}
