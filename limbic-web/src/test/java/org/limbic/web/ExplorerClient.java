package org.limbic.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The API as a script sees it: java.net.http against the real server on an ephemeral port. */
record ExplorerClient(URI base, HttpClient http) {

  static final JsonMapper JSON = JsonMapper.builder().build();

  ExplorerClient(URI base) {
    this(base, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(base.resolve(path)).GET());
  }

  HttpResponse<String> post(String path, String body) {
    return send(HttpRequest.newBuilder(base.resolve(path)).POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  HttpResponse<String> post(String path, byte[] body) {
    return send(HttpRequest.newBuilder(base.resolve(path)).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  HttpResponse<String> delete(String path) {
    return send(HttpRequest.newBuilder(base.resolve(path)).DELETE());
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static JsonNode json(HttpResponse<String> response) {
    return JSON.readTree(response.body());
  }

  /** Submits experiment text and waits for the run to end; its final view. */
  JsonNode runToEnd(String yaml) {
    HttpResponse<String> submitted = post("/api/runs", yaml);
    if (submitted.statusCode() != 202) {
      throw new AssertionError("submit: " + submitted.statusCode() + " " + submitted.body());
    }
    return waitFor(json(submitted).get("id").asString());
  }

  JsonNode waitFor(String id) {
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (System.nanoTime() < deadline) {
      JsonNode view = json(get("/api/runs/" + id));
      String state = view.get("state").asString();
      if (!state.equals("queued") && !state.equals("running")) {
        return view;
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("run " + id + " did not end in 120 s");
  }
}
