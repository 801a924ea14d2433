package io.directivegraph.web;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP client the API integration tests share: requests to the service on
 * {@code port}, answers as text or JSON, writes with the test token.
 *
 * @param port the service's port ({@code @LocalServerPort})
 */
public record ApiClient(int port) {

	/** The bearer token of the shared test context ({@code @ApiTest}). */
	public static final String TOKEN = "test-token";

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** A request to a path of the service. */
	public HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path));
	}

	/** The request with the test token. */
	public static HttpRequest.Builder bearer(HttpRequest.Builder request) {
		return request.header("Authorization", "Bearer " + TOKEN);
	}

	/** Sends a request; the answer as UTF-8 text. */
	public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/** {@code GET path}. */
	public HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return send(request(path));
	}

	/** {@code GET path} answered 200, as JSON. */
	public JsonNode ok(String path) throws IOException, InterruptedException {
		return json(request(path), 200);
	}

	/** The request answered with {@code status}, as JSON. */
	public JsonNode json(HttpRequest.Builder request, int status) throws IOException, InterruptedException {
		HttpResponse<String> response = send(request);
		assertThat(response.statusCode()).as(response.uri() + " -> " + response.body()).isEqualTo(status);
		return JSON.readTree(response.body());
	}

	/** A body as JSON. */
	public static JsonNode json(String body) {
		return JSON.readTree(body);
	}

	/** {@code PATCH /api/tasks/{id}} with a JSON body, without credentials. */
	public HttpRequest.Builder patch(String taskId, String body) {
		return request("/api/tasks/" + taskId).header("Content-Type", "application/json")
			.method("PATCH", HttpRequest.BodyPublishers.ofString(body));
	}

	/** {@code POST /api/documents?name=} of a text, with the test token. */
	public HttpResponse<String> upload(String name, String text) throws IOException, InterruptedException {
		return send(bearer(request("/api/documents?name=" + name)).header("Content-Type", "text/plain")
			.POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)));
	}

	/** A query parameter's value, encoded. */
	public static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

}
