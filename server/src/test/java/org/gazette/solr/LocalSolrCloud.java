package org.gazette.solr;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A local SolrCloud for a test class: {@code ./gazette solr-cluster} in a child JVM, started from
 * the class path the solr-cluster module's build writes. Its nodes use the quick compiler and a
 * small serial heap: they live a minute.
 */
public final class LocalSolrCloud implements AutoCloseable {
  private static final Path MODULE = Path.of("..", "solr-cluster", "target");

  private final Process process;
  private final Writer commands;
  private final BlockingQueue<String> answers;
  public final SolrAddress address;

  private LocalSolrCloud(Process process, SolrAddress address, BlockingQueue<String> answers) {
    this.process = process;
    this.commands =
        new java.io.OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
    this.address = address;
    this.answers = answers;
  }

  /** Sends one command ({@code kill 1}, {@code start 1}...) and returns its answer. */
  public String command(String line) throws IOException, InterruptedException {
    return command(line, 1).get(0);
  }

  /** Sends one command and returns the first {@code lines} lines of its answer ({@code nodes}). */
  synchronized List<String> command(String line, int lines)
      throws IOException, InterruptedException {
    answers.clear();
    commands.write(line + "\n");
    commands.flush();
    List<String> answer = new java.util.ArrayList<>();
    while (answer.size() < lines) {
      String next = answers.poll(3, TimeUnit.MINUTES);
      if (next == null) {
        throw new IOException("the cluster did not answer '" + line + "' in 3 minutes");
      }
      answer.add(next);
    }
    return answer;
  }

  public static LocalSolrCloud start(Path dir, int nodes) throws IOException, InterruptedException {
    Path list = MODULE.resolve("classpath.txt");
    if (!Files.exists(list)) {
      throw new IllegalStateException(
          list + " is missing: build the solr-cluster module first (mvn -pl solr-cluster package)");
    }
    String classPath =
        MODULE.resolve("classes") + java.io.File.pathSeparator + Files.readString(list).strip();
    ProcessBuilder builder =
        new ProcessBuilder(
                List.of(
                    ProcessHandle.current().info().command().orElse("java"),
                    "-XX:TieredStopAtLevel=1",
                    "-cp",
                    classPath,
                    "org.gazette.solrcluster.SolrCluster",
                    "--dir",
                    dir.toString(),
                    "--nodes",
                    Integer.toString(nodes),
                    "--heap",
                    "256m"))
            .redirectError(dir.resolveSibling(dir.getFileName() + ".err").toFile());
    // The nodes inherit these: the quick compiler and the serial collector halve their start.
    builder.environment().put("JAVA_TOOL_OPTIONS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC");
    Process process = builder.start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String line;
    while ((line = out.readLine()) != null) {
      if (line.startsWith("zkHost=")) {
        out.readLine(); // the line that says the cluster is up
        BlockingQueue<String> answers = new LinkedBlockingQueue<>();
        Thread reader =
            new Thread(
                () -> {
                  try {
                    String answer;
                    while ((answer = out.readLine()) != null) {
                      answers.add(answer);
                    }
                  } catch (IOException ignored) {
                    // the cluster ended
                  }
                });
        reader.setDaemon(true);
        reader.start();
        return new LocalSolrCloud(
            process, SolrAddress.parse(line.substring("zkHost=".length())), answers);
      }
    }
    process.waitFor(10, TimeUnit.SECONDS);
    throw new IOException(
        "the local SolrCloud did not start; see " + dir.resolveSibling(dir.getFileName() + ".err"));
  }

  @Override
  public void close() throws IOException, InterruptedException {
    try {
      commands.write("quit\n");
      commands.flush();
    } catch (IOException ignored) {
      // it ended already
    }
    if (!process.waitFor(1, TimeUnit.MINUTES)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
    }
  }
}
