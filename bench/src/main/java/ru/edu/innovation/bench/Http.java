package ru.edu.innovation.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** The product's HTTP APIs as the demo users call them. */
public final class Http {

    public static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    public Http(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public Response get(String user, String path) {
        return send(user, HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
    }

    public Response post(String user, String path, Object body) {
        return send(user, HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(body))));
    }

    /** A POST that must succeed; its JSON answer. */
    public JsonNode ok(String user, String path, Object body) {
        Response response = post(user, path, body);
        if (response.status() / 100 != 2) {
            throw new IllegalStateException("POST " + path + " as " + user + ": " + response.status() + " " + response.body());
        }
        return response.json();
    }

    public JsonNode okGet(String user, String path) {
        Response response = get(user, path);
        if (response.status() != 200) {
            throw new IllegalStateException("GET " + path + " as " + user + ": " + response.status() + " " + response.body());
        }
        return response.json();
    }

    /**
     * A GET that must succeed, timed as a client that receives the answer: to its last byte, without
     * parsing it (parsing megabytes of JSON in the benchmark's JVM would be counted as the product's time).
     * Returns the number of bytes received.
     */
    public long okReceive(String user, String path) {
        HttpResponse<byte[]> response = exchange(user, HttpRequest.newBuilder(URI.create(baseUrl + path)).GET(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " as " + user + ": " + response.statusCode() + " "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
        return response.body().length;
    }

    private Response send(String user, HttpRequest.Builder request) {
        HttpResponse<String> response = exchange(user, request, HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.body());
    }

    private <T> HttpResponse<T> exchange(String user, HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        if (user != null) {
            String password = "admin".equals(user) ? "admin" : "demo";
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return client.send(request.timeout(Duration.ofSeconds(60)).build(), body);
        } catch (IOException e) {
            throw new IllegalStateException("request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String json(Object body) {
        if (body == null) {
            return "";
        }
        if (body instanceof String text) {
            return text;
        }
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public record Response(int status, String body) {
        public JsonNode json() {
            try {
                return body.isEmpty() ? JSON.createObjectNode() : JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON: " + body, e);
            }
        }
    }
}
