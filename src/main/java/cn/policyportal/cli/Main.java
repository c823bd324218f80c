package cn.policyportal.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Entry point of the portal jar: dispatches to {@code serve} and {@code index}. */
public final class Main {

    static final String HELP = """
            政策文件检索与统计门户 — policy document search portal

            Usage: bin/portal <command> [options]

            Commands:
              serve    serve the portal (indexes the corpus first when needed)
              index    (re)index the corpus
              structure  report the articles found in every document of a corpus
              eval     measure search quality on the judged queries
              bench    the benchmark: indexing, queries, start-up, memory (--corpus DIR)
              backup   copy the recorded data (statuses, accounts, rounds, reports, evidence) to a file (--to FILE)
              restore  put back recorded data from a backup (--from FILE), portal stopped
              user     add, change the password of, disable or list accounts
              test     run the whole test suite (handled by bin/portal itself)

            Run 'bin/portal <command> --help' for the options of a command.
            """;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(Arrays.asList(args)));
    }

    static int run(List<String> args) {
        if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("help") || args.get(0).equals("-h")) {
            System.out.print(HELP);
            return args.isEmpty() ? 2 : 0;
        }
        String command = args.get(0);
        List<String> rest = args.subList(1, args.size());
        String help = switch (command) {
            case "serve" -> ServeCommand.HELP;
            case "index" -> IndexCommand.HELP;
            case "structure" -> StructureReport.HELP;
            case "eval" -> EvalCommand.HELP;
            case "bench" -> BenchCommand.HELP;
            case "backup", "restore" -> BackupCommand.HELP;
            case "user" -> UserCommand.HELP;
            default -> null;
        };
        if (help == null) {
            System.err.println("Unknown command '" + command + "'.\n\n" + HELP);
            return 2;
        }
        if (rest.contains("--help") || rest.contains("-h")) {
            System.out.print(help);
            return 0;
        }
        try {
            if (command.equals("bench")) {
                BenchCommand.run(rest, System.out);
                return 0;
            }
            if (command.equals("user")) {
                UserCommand.run(PortalConfig.fromEnvironment(System.getenv()).withFlags(rest), System.in, System.out);
                return 0;
            }
            if (command.equals("backup") || command.equals("restore")) {
                BackupCommand.run(command, PortalConfig.fromEnvironment(System.getenv()).withFlags(rest), System.out);
                return 0;
            }
            PortalConfig.Parsed parsed = PortalConfig.fromEnvironment(System.getenv()).withFlags(rest);
            List<String> left = parsed.rest();
            EvalCommand.Options eval = command.equals("eval") ? EvalCommand.Options.of(left) : null;
            if (eval != null) {
                left = List.of();
            }
            if (!left.isEmpty()) {
                throw new PortalConfig.UsageException("unknown option " + left.get(0));
            }
            switch (command) {
                case "eval" -> EvalCommand.run(parsed.config(), eval, System.out);
                case "serve" -> ServeCommand.run(parsed.config(), System.out);
                case "structure" -> StructureReport.run(parsed.config(), System.out);
                default -> IndexCommand.runWithVectors(parsed.config(), System.out);
            }
            return 0;
        } catch (PortalConfig.UsageException e) {
            System.err.println("Error: " + e.getMessage() + "\n\n" + help);
            return 2;
        } catch (IOException | RuntimeException e) {
            System.err.println("Error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        } catch (Exception e) {
            System.err.println("Error: " + e);
            return 1;
        }
    }
}
