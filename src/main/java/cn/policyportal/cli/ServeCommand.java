package cn.policyportal.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.concurrent.CountDownLatch;

import io.javalin.Javalin;

import cn.policyportal.accounts.Database;
import cn.policyportal.index.CorpusIndexer;
import cn.policyportal.index.CorpusLibrary;
import cn.policyportal.index.IndexStatus;
import cn.policyportal.ingest.DocumentReader;
import cn.policyportal.semantic.Semantic;
import cn.policyportal.web.AdminToken;
import cn.policyportal.web.PortalServer;
import cn.policyportal.web.Services;

/** {@code portal serve}: indexes the corpus when the index is missing or stale, then serves the portal. */
final class ServeCommand {

    static final String HELP = """
            Usage: bin/portal serve [--port 7070] [--host 127.0.0.1] [--corpus DIR] [--index DIR]

            Serves the portal. When the index is missing or older than the corpus, indexes the corpus
            first (only new and changed files). Prints the address when ready; Ctrl-C stops it.

              --port N       port to listen on (default 7070, or $PORTAL_PORT; 0 picks a free port)
              --host ADDR    address to listen on (default 127.0.0.1, or $PORTAL_HOST)
              --corpus DIR   documents to index (default: corpus, or $PORTAL_CORPUS)
              --index DIR    where the Lucene index lives (default: index, or $PORTAL_INDEX)
              --data DIR     recorded data: statuses, validity overrides, accounts, reports (default: data,
                             or $PORTAL_DATA)
              --semantic on|off  answer questions by meaning too (default on, or $PORTAL_SEMANTIC): the
                             vectors are computed in the background after the index is searchable
              --model FILE   an ONNX sentence model (with tokenizer.json beside it) instead of the
                             bundled bge-small-zh-v1.5 (or $PORTAL_MODEL)

            Writes need an account (bin/portal user add) or the admin token: set PORTAL_ADMIN_TOKEN, or
            put it in DATA/admin-token. Without either, every write is refused.
            """;

    private ServeCommand() {
    }

    static void run(PortalConfig config, PrintStream out) throws IOException, InterruptedException {
        if (Files.isDirectory(config.corpus()) && IndexStatus.isStale(config.corpus(), config.index())) {
            IndexCommand.run(config, out);
        } else if (IndexStatus.read(config.index()).isEmpty()) {
            throw new IOException("no index in " + config.index().toAbsolutePath()
                    + " and no corpus folder at " + config.corpus().toAbsolutePath());
        }
        Database database = new Database(config.data());
        // The vectors are computed on the cores searching leaves free: one fewer than all, at least one.
        Semantic semantic = Semantic.open(config.index(),
                new Semantic.Settings(config.semantic(), config.model(), Math.max(1, config.threads() - 1)));
        Services services = Services.open(config.index(), database, config.maxFileBytes(), semantic);
        semantic.watch(services.snapshots());
        Thread warmUp = new Thread(() -> {
            try {
                services.search().warmUp();
            } catch (IOException | RuntimeException e) {
                // only a head start: the first search does the same work and reports any error
            }
        }, "warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
        DocumentReader reader = new DocumentReader(config.maxFileBytes(), config.maxOcrPages());
        CorpusLibrary library = new CorpusLibrary(config.corpus(), config.index(), reader,
                new CorpusIndexer(reader, config.threads()));
        Javalin app = PortalServer.create(services, library, new AdminToken(config.adminToken()), config.maxFileBytes());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            try {
                services.close();
                database.close();
            } catch (IOException ignored) {
                // the process is ending; nothing is left to save
            }
            stopped.countDown();
        }));
        app.start(config.host(), config.port());
        out.printf("Portal ready: http://%s:%d/%n", config.host(), app.port());
        if (config.adminToken() == null) {
            out.println("No admin token configured (PORTAL_ADMIN_TOKEN): only accounts can write.");
        }
        out.flush();
        stopped.await();
    }
}
