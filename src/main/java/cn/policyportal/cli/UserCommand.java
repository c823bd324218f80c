package cn.policyportal.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import cn.policyportal.accounts.Account;
import cn.policyportal.accounts.AccountStore;
import cn.policyportal.accounts.Actor;
import cn.policyportal.accounts.Database;
import cn.policyportal.accounts.Refusal;
import cn.policyportal.accounts.Role;

/** {@code portal user add|passwd|disable|list}: accounts from the command line, audited as 命令行. */
final class UserCommand {

    static final String HELP = """
            Usage: bin/portal user add NAME --role admin|reporter|viewer [--dept 人事局 ...] [--data DIR]
                   bin/portal user passwd NAME [--data DIR]
                   bin/portal user disable NAME [--data DIR]
                   bin/portal user list [--data DIR]

            add and passwd ask for the password on the terminal without echoing it; when the input is
            not a terminal (a script), they read it from the first line of standard input. A reporter
            (部门填报人) needs at least one --dept, named as the measures name it (aliases are folded).
            The password is never printed or logged; every change is in the audit log as 命令行.
            """;

    /** Who the audit log names for changes made here. */
    private static final Actor CLI = new Actor("命令行", Role.ADMIN, List.of());

    private UserCommand() {
    }

    static void run(PortalConfig.Parsed parsed, InputStream in, PrintStream out) throws IOException, PortalConfig.UsageException {
        List<String> rest = parsed.rest();
        if (rest.isEmpty()) {
            throw new PortalConfig.UsageException("user needs add, passwd, disable or list");
        }
        try (Database database = new Database(parsed.config().data())) {
            AccountStore accounts = new AccountStore(database, Clock.systemUTC());
            String action = rest.get(0);
            if (action.equals("list")) {
                for (Account a : accounts.list()) {
                    out.printf("%s\t%s\t%s%s%n", a.username(), a.role().label(), String.join("、", a.departments()),
                            a.disabled() ? "\t（已停用）" : "");
                }
                return;
            }
            if (rest.size() < 2) {
                throw new PortalConfig.UsageException("user " + action + " needs a user name");
            }
            String name = rest.get(1);
            try {
                switch (action) {
                    case "add" -> add(accounts, name, rest.subList(2, rest.size()), in, out);
                    case "passwd" -> {
                        accounts.passwd(CLI, name, password(in, out));
                        out.println("已修改 " + name + " 的密码。");
                    }
                    case "disable" -> {
                        accounts.disable(CLI, name);
                        out.println("已停用账号 " + name + "。");
                    }
                    default -> throw new PortalConfig.UsageException("unknown user action " + action);
                }
            } catch (Refusal e) {
                throw new IOException(e.getMessage(), e);
            }
        }
    }

    private static void add(AccountStore accounts, String name, List<String> flags, InputStream in, PrintStream out)
            throws IOException, PortalConfig.UsageException {
        String role = null;
        List<String> depts = new ArrayList<>();
        for (int i = 0; i < flags.size(); i += 2) {
            if (i + 1 >= flags.size()) {
                throw new PortalConfig.UsageException(flags.get(i) + " needs a value");
            }
            switch (flags.get(i)) {
                case "--role" -> role = flags.get(i + 1);
                case "--dept" -> depts.add(flags.get(i + 1));
                default -> throw new PortalConfig.UsageException("unknown option " + flags.get(i));
            }
        }
        if (role == null) {
            throw new PortalConfig.UsageException("user add needs --role admin|reporter|viewer");
        }
        Account account = accounts.add(CLI, name, password(in, out), Role.ofCode(role), depts);
        out.println("已创建账号 " + account.username() + "（" + account.role().label()
                + (account.departments().isEmpty() ? "" : "：" + String.join("、", account.departments())) + "）。");
    }

    /** The password from the terminal without echo, or from standard input's first line in a script. */
    private static String password(InputStream in, PrintStream out) throws IOException {
        Console console = System.console();
        if (console != null && in == System.in) {
            char[] first = console.readPassword("密码：");
            char[] again = console.readPassword("再输入一次：");
            if (first == null || !String.valueOf(first).equals(String.valueOf(again))) {
                throw new IOException("两次输入的密码不一致");
            }
            return String.valueOf(first);
        }
        String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
        if (line == null) {
            throw new IOException("请在标准输入的第一行提供密码");
        }
        out.flush();
        return line.strip();
    }
}
