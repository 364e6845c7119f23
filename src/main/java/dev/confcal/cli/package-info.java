/**
 * The {@code confcal} command (picocli): serve, export and check, each a small command that throws when it cannot
 * do its job. {@link dev.confcal.cli.Main} alone turns what they throw into an exit code
 * ({@link dev.confcal.cli.ExitCodeMapper}).
 */
package dev.confcal.cli;
