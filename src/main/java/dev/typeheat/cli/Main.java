package dev.typeheat.cli;

import dev.typeheat.cargo.CargoRequestException;
import dev.typeheat.input.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;

/** The {@code typeheat} command: subcommands only, wiring and error reporting. */
@Command(name = "typeheat",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Finds the type-complexity hotspots that make Rust builds slow.",
        subcommands = {
                ExplainCommand.class,
                DemangleCommand.class,
                SymbolsCommand.class,
                SuggestCommand.class,
                FixCommand.class,
                LintCommand.class,
                ReportCommand.class,
                CargoCommand.class,
                DiffCommand.class,
                ProfileCommand.class,
                LinesCommand.class,
                WarmupCommand.class,
                CommandLine.HelpCommand.class,
        })
public final class Main implements Runnable {

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Show stack traces of errors.")
    void setDebug(boolean debug) {
        Main.debug = debug;
    }

    private static boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw SubcommandRequired.error(spec.commandLine());
    }

    public static void main(String[] args) {
        Outputs.installStdout();
        Outputs.installStderr();
        int code;
        try {
            code = run(args);
        } catch (OutOfMemoryError e) {
            System.err.println("typeheat: out of memory: give the JVM more heap (TYPEHEAT_JAVA_OPTS=-Xmx8g) or fewer inputs");
            code = ExitCode.INTERNAL;
        } catch (Throwable e) {
            // an Error that escaped the command handlers: still one line unless --debug
            System.err.println("typeheat: internal error: " + e + (debug ? "" : " (run with --debug for details)"));
            if (debug) {
                e.printStackTrace();
            }
            code = ExitCode.INTERNAL;
        }
        OutputException unreported = Outputs.stdoutFailure(); // what picocli's help or a println could not write
        if (unreported != null && !unreported.brokenPipe() && code != ExitCode.OUTPUT) {
            System.err.println("typeheat: " + unreported.oneLine());
            code = ExitCode.OUTPUT;
        }
        // A success ends by returning (shutdown hooks still run): System.exit first looks up a System.Logger
        // to log the exit (JDK 21+), which costs `typeheat demangle` 20-45 ms on this machine, as much as
        // rustfilt's whole run. Only when no other thread would keep the JVM running after main.
        if (code != ExitCode.OK || othersKeepRunning()) {
            System.exit(code);
        }
    }

    /** Whether a thread other than this one would keep the JVM alive after {@code main} returns. */
    private static boolean othersKeepRunning() {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        Thread[] threads = new Thread[root.activeCount() + 16];
        int n = root.enumerate(threads, true);
        if (n == threads.length) {
            return true; // more threads than counted: do not guess
        }
        for (int i = 0; i < n; i++) {
            if (threads[i] != Thread.currentThread() && !threads[i].isDaemon()) {
                return true;
            }
        }
        return false;
    }

    /** Runs typeheat with the given arguments and returns the exit code (tests call this). */
    public static int run(String... args) {
        debug = java.util.Arrays.asList(args).contains("--debug");
        DemangleCommand demangle = DemangleCommand.plainInvocation(args);
        if (demangle != null) {
            // a filter races rustfilt process against process: skip building picocli's model of every command
            try {
                return demangle.call();
            } catch (Exception e) {
                return handleExecutionException(e, new CommandLine(new Main()), null);
            }
        }
        LinesCommand lines = LinesCommand.plainInvocation(args);
        if (lines != null) {
            try {
                return lines.call();
            } catch (Exception e) {
                return handleExecutionException(e, new CommandLine(new Main()), null);
            }
        }
        WarmupCommand warmup = WarmupCommand.plainInvocation(args);
        if (warmup != null) {
            try {
                return warmup.call();
            } catch (Exception e) {
                return handleExecutionException(e, new CommandLine(new Main()), null);
            }
        }
        CommandLine cl = commandLine();
        cl.setExecutionExceptionHandler(Main::handleExecutionException);
        cl.setParameterExceptionHandler(Main::handleParameterException);
        cl.setExitCodeExceptionMapper(e -> ExitCode.BAD_INPUT);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        // "@FILE" names an input file for us (explain @long-type.txt), not a picocli argument file
        cl.setExpandAtFiles(false);
        return cl.execute(args);
    }

    /** The command tree with every option, the rule list's thresholds included (tests parse with it). */
    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        ThresholdOptions.install(cl);
        return cl;
    }

    private static int handleParameterException(CommandLine.ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        err.println("typeheat: " + e.getMessage());
        err.println("Try 'typeheat " + commandPath(e.getCommandLine()) + "--help' for more information.");
        err.flush();
        return ExitCode.USAGE;
    }

    private static String commandPath(CommandLine cl) {
        String qualified = cl.getCommandSpec().qualifiedName(" ");
        String rest = qualified.startsWith("typeheat") ? qualified.substring("typeheat".length()).trim() : qualified;
        return rest.isEmpty() ? "" : rest + " ";
    }

    private static int handleExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        if (e instanceof InputException) {
            err.println("typeheat: " + ((InputException) e).oneLine());
            if (debug) {
                e.printStackTrace(err);
            }
            err.flush();
            return ExitCode.BAD_INPUT;
        }
        if (e instanceof OutputException) {
            OutputException o = (OutputException) e;
            if (o.brokenPipe()) {
                return ExitCode.OK; // the reader went away (| head): nothing left to say
            }
            err.println("typeheat: " + o.oneLine());
            if (debug) {
                e.printStackTrace(err);
            }
            err.flush();
            return ExitCode.OUTPUT;
        }
        if (e instanceof UsageException || e instanceof CargoRequestException) {
            err.println("typeheat: " + e.getMessage());
            err.flush();
            return ExitCode.USAGE;
        }
        if (e instanceof java.io.UncheckedIOException && e.getCause() != null
                && String.valueOf(e.getCause().getMessage()).contains("Broken pipe")) {
            return ExitCode.OK; // the reader went away (| head): nothing left to say
        }
        err.println("typeheat: internal error: " + e + (debug ? "" : " (run with --debug for details)"));
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCode.INTERNAL;
    }

    /** typeheat's version (from the jar manifest; "dev" when run from classes). */
    static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0-dev" : v;
    }

    /** Prints the version from the jar manifest (or "dev" when run from classes). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"typeheat " + version()};
        }
    }
}
