import dev.kiln.examples.blog.BlogServer;

/**
 * The blog example's server on a given port, with its SQL log off (printing every statement would
 * measure the terminal). Run by run.sh with the source launcher against each build of kiln-http.
 */
public class BlogBenchServer {
  public static void main(String[] args) throws Exception {
    BlogServer server = BlogServer.start("127.0.0.1", Integer.parseInt(args[0]), statement -> {});
    System.out.println("ready " + server.address().getPort());
    Thread.currentThread().join();
  }
}
