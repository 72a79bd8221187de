// Starts Neo4j 5.26 Community as an embedded DBMS with its Bolt connector on 127.0.0.1,
// for machines without a Neo4j server or a Docker engine. Run as a single-file program:
//   java -cp <classpath resolved by Maven from pom.xml> Launcher.java <dataDir> <port>
// It prints one line "READY bolt://127.0.0.1:<port>" once Bolt accepts connections and shuts the
// database down cleanly when its standard input closes, so it never outlives the Node process that
// started it (Node holds the other end of the pipe; the pipe closes when Node exits for any reason).
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

public class Launcher {
    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: Launcher <dataDir> <port> [pageCacheMiB]");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        long pageCacheMiB = args.length > 2 ? Long.parseLong(args[2]) : 512;

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(HttpConnector.enabled, false)
            // Loopback only and a throwaway development database: no credentials to manage.
            .setConfig(GraphDatabaseSettings.auth_enabled, false)
            .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMiB))
            // A runaway query is stopped by the server even if a client forgets its own timeout.
            .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(120))
            .build();
        Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown));
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
