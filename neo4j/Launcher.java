// Starts Neo4j 5.26 Community as an embedded DBMS with its Bolt connector on 127.0.0.1,
// for machines without a Neo4j server or a Docker engine. Run as a single-file program:
//   java -cp <classpath resolved by Maven> Launcher.java <dataDir> <port> <pageCacheMiB> <passwordFile> [pluginDir]
// With a plugin folder (the Graph Data Science library's jars, also on the classpath for its
// extension), Neo4j registers the procedures found there and lets gds.* run unrestricted.
// It prints one line "READY bolt://127.0.0.1:<port>" once Bolt accepts connections and shuts the
// database down cleanly when its standard input closes, so it never outlives the Node process that
// started it (Node holds the other end of the pipe; the pipe closes when Node exits for any reason).
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

public class Launcher {
    /** The embedded API needs no login: it sets the folder's password before Bolt is announced. */
    static void setPassword(DatabaseManagementService dbms, String password) {
        try {
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
                .executeTransactionally("ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (RuntimeException e) {
            // Set on an earlier start already: Neo4j refuses to set the same password again.
            if (!String.valueOf(e.getMessage()).contains("cannot be the same")) throw e;
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: Launcher <dataDir> <port> <pageCacheMiB> <passwordFile> [pluginDir]");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        long pageCacheMiB = Long.parseLong(args[2]);
        String password = Files.readString(Path.of(args[3])).trim();

        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home);
        if (args.length > 4) {
            builder.setConfig(GraphDatabaseSettings.plugin_dir, Path.of(args[4]).toAbsolutePath())
                .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("gds.*"));
        }
        DatabaseManagementService dbms = builder
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(HttpConnector.enabled, false)
            // Authentication on, with the data folder's own generated password (set below).
            .setConfig(GraphDatabaseSettings.auth_enabled, true)
            .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMiB))
            // A runaway query is stopped by the server even if a client forgets its own timeout.
            .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(120))
            .build();
        Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown));
        try {
            setPassword(dbms, password);
        } catch (RuntimeException e) {
            e.printStackTrace();
            System.exit(1); // the DBMS threads would otherwise keep a half-started process alive
        }
        dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME); // waits until it is available
        System.out.println("READY bolt://127.0.0.1:" + port);
        System.out.flush();

        InputStream in = System.in;
        while (in.read() != -1) {
            // Nothing is read from the parent; the loop only waits for the pipe to close.
        }
        System.exit(0); // runs the shutdown hook
    }
}
