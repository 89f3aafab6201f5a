// Load on `limbic serve` (issue #17, 'must show' 4): USERS virtual users on loopback for SECONDS, each
// in a loop: list the models, read a model sheet, submit a small run (the pulsatile_release model,
// 121 output times), poll it to the end, fetch its time courses. Prints requests, errors, throughput,
// p50/p95/max latency per request kind, and runs completed. Launched by bench/serve-load.sh.
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class ServeLoad {
  static final Map<String, ConcurrentLinkedQueue<Long>> LATENCY = new ConcurrentHashMap<>();
  static final AtomicLong ERRORS = new AtomicLong();
  static final AtomicLong RUNS = new AtomicLong();
  static final ConcurrentLinkedQueue<String> FIRST_ERRORS = new ConcurrentLinkedQueue<>();
  static final Pattern ID = Pattern.compile("\"id\":\"(r[0-9a-f]{16})\"");
  static final Pattern STATE = Pattern.compile("\"state\":\"(\\w+)\"");

  public static void main(String[] args) throws Exception {
    URI base = URI.create(args[0]);
    int users = Integer.parseInt(args[1]);
    long seconds = Long.parseLong(args[2]);
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    List<Thread> threads = new ArrayList<>();
    for (int u = 0; u < users; u++) {
      int user = u;
      threads.add(Thread.ofVirtual().start(() -> {
        while (System.nanoTime() < end) {
          try {
            call(http, "models", HttpRequest.newBuilder(base.resolve("/api/models")).GET());
            call(http, "model", HttpRequest.newBuilder(base.resolve("/api/models/pulsatile_release")).GET());
            String yaml = "model: pulsatile_release\nparameters: {k_clear: " + (0.1 + 0.001 * user) + "}\ntime: {end: 120, points: 121}\n";
            HttpResponse<String> submitted = call(http, "submit", HttpRequest.newBuilder(base.resolve("/api/runs"))
                .POST(HttpRequest.BodyPublishers.ofString(yaml)));
            if (submitted == null) {
              continue;
            }
            Matcher id = ID.matcher(submitted.body());
            id.find();
            String run = id.group(1);
            String state = "queued";
            while (state.equals("queued") || state.equals("running")) {
              Thread.sleep(50);
              HttpResponse<String> view = call(http, "poll", HttpRequest.newBuilder(base.resolve("/api/runs/" + run)).GET());
              if (view == null) {
                break;
              }
              Matcher s = STATE.matcher(view.body());
              s.find();
              state = s.group(1);
            }
            if (state.equals("done") && call(http, "timecourses",
                HttpRequest.newBuilder(base.resolve("/api/runs/" + run + "/timecourses")).GET()) != null) {
              RUNS.incrementAndGet();
            } else if (!state.equals("done")) {
              ERRORS.incrementAndGet();
              FIRST_ERRORS.add("run " + run + " ended " + state);
            }
          } catch (Exception e) {
            ERRORS.incrementAndGet();
            FIRST_ERRORS.add(e.toString());
          }
        }
      }));
    }
    for (Thread t : threads) {
      t.join();
    }
    long total = LATENCY.values().stream().mapToLong(q -> q.size()).sum();
    System.out.printf("users %d, %d s: %d requests, %d errors, %.1f requests/s, %d runs completed (%.1f runs/s)%n", users, seconds,
        total, ERRORS.get(), total / (double) seconds, RUNS.get(), RUNS.get() / (double) seconds);
    System.out.printf("%-12s %8s %8s %8s %8s%n", "request", "count", "p50 ms", "p95 ms", "max ms");
    LATENCY.forEach((kind, q) -> {
      long[] v = q.stream().mapToLong(Long::longValue).sorted().toArray();
      System.out.printf("%-12s %8d %8.1f %8.1f %8.1f%n", kind, v.length, v[v.length / 2] / 1e6, v[(int) (v.length * 0.95)] / 1e6,
          v[v.length - 1] / 1e6);
    });
    FIRST_ERRORS.stream().limit(5).forEach(e -> System.out.println("error: " + e));
    System.exit(ERRORS.get() == 0 ? 0 : 1);
  }

  static HttpResponse<String> call(HttpClient http, String kind, HttpRequest.Builder request) throws Exception {
    long t0 = System.nanoTime();
    HttpResponse<String> r = http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    LATENCY.computeIfAbsent(kind, k -> new ConcurrentLinkedQueue<>()).add(System.nanoTime() - t0);
    if (r.statusCode() >= 400) {
      ERRORS.incrementAndGet();
      FIRST_ERRORS.add(kind + ": " + r.statusCode() + " " + r.body());
      return null;
    }
    return r;
  }
}
