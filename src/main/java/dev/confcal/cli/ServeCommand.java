package dev.confcal.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serves the feeds over HTTP.")
final class ServeCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return ExitCodes.INTERNAL;
    }
}
