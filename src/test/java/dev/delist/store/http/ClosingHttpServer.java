package dev.delist.store.http;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A real HTTP server on loopback that closes the connection after every answer without saying so: no
 * {@code Connection: close}, an HTTP/1.1 status line, so a client keeps the connection and finds it dead on its
 * next request, as with an HTTP/1.0 server or an expired keep-alive. It counts every request it read, so a test
 * can tell what the store really saw from what the client says it sent.
 */
public final class ClosingHttpServer implements AutoCloseable {

	private final Function<Request, Answer> answers;

	private final ServerSocket socket;

	private final ExecutorService workers = Executors.newCachedThreadPool((task) -> {
		Thread thread = new Thread(task, "closing-http-server");
		thread.setDaemon(true);
		return thread;
	});

	private final List<Request> requests = new ArrayList<>();

	private final AtomicInteger connections = new AtomicInteger();

	/** @param answers what to answer each request; {@link Answer#NONE} closes the connection without a word */
	public ClosingHttpServer(Function<Request, Answer> answers) throws IOException {
		this.answers = answers;
		this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		this.workers.execute(this::acceptLoop);
	}

	/** The address to configure as a store's base URL, by IP so that no second route (::1) comes into play. */
	public String baseUrl() {
		return "http://" + this.socket.getInetAddress().getHostAddress() + ":" + this.socket.getLocalPort();
	}

	/** Every request the server read, in arrival order. */
	public synchronized List<Request> requests() {
		return List.copyOf(this.requests);
	}

	/** Connections accepted: one per request, since none outlives its answer. */
	public int connections() {
		return this.connections.get();
	}

	@Override
	public void close() throws IOException {
		this.socket.close();
		this.workers.shutdownNow();
	}

	private void acceptLoop() {
		while (!this.socket.isClosed()) {
			try {
				Socket connection = this.socket.accept();
				this.connections.incrementAndGet();
				this.workers.execute(() -> serve(connection));
			}
			catch (IOException ex) {
				// closed: the test is over
			}
		}
	}

	private void serve(Socket connection) {
		try (connection) {
			InputStream in = new BufferedInputStream(connection.getInputStream());
			Request request = readRequest(in);
			if (request == null) {
				return;
			}
			synchronized (this) {
				this.requests.add(request);
			}
			Answer answer = this.answers.apply(request);
			if (answer == Answer.NONE) {
				return;
			}
			OutputStream out = connection.getOutputStream();
			out.write(answer.bytes());
			out.flush();
			// closing here, with the request read to its end, ends the connection with a FIN and no warning
		}
		catch (IOException ex) {
			// the client went away; nothing to answer
		}
	}

	/** Reads the request line and headers (GETs carry no body); null when the client sent nothing. */
	private static Request readRequest(InputStream in) throws IOException {
		String line = readLine(in);
		if (line == null || line.isEmpty()) {
			return null;
		}
		Map<String, String> headers = new LinkedHashMap<>();
		for (String header = readLine(in); header != null && !header.isEmpty(); header = readLine(in)) {
			int colon = header.indexOf(':');
			if (colon > 0) {
				headers.put(header.substring(0, colon).trim().toLowerCase(Locale.ROOT), header.substring(colon + 1).trim());
			}
		}
		int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
		in.readNBytes(length);
		String[] parts = line.split(" ");
		return new Request(parts[0], parts[1]);
	}

	private static String readLine(InputStream in) throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		for (int b = in.read(); b != -1; b = in.read()) {
			if (b == '\n') {
				return line.toString(StandardCharsets.ISO_8859_1).stripTrailing();
			}
			line.write(b);
		}
		return (line.size() > 0) ? line.toString(StandardCharsets.ISO_8859_1) : null;
	}

	/**
	 * One request as the server read it.
	 *
	 * @param target the path and query, as sent
	 */
	public record Request(String method, String target) {

		public String path() {
			int query = this.target.indexOf('?');
			return (query < 0) ? this.target : this.target.substring(0, query);
		}

	}

	/** An answer with a body and headers; never a {@code Connection} header. */
	public record Answer(int status, Map<String, String> headers, String body) {

		/** No answer at all: the connection is closed once the request is read. */
		public static final Answer NONE = new Answer(0, Map.of(), "");

		public static Answer of(int status, String body) {
			return new Answer(status, Map.of(), body);
		}

		public static Answer json(String body) {
			return new Answer(200, Map.of("Content-Type", "application/json"), body);
		}

		public Answer withHeader(String name, String value) {
			Map<String, String> headers = new LinkedHashMap<>(this.headers);
			headers.put(name, value);
			return new Answer(this.status, headers, this.body);
		}

		byte[] bytes() {
			byte[] body = this.body.getBytes(StandardCharsets.UTF_8);
			StringBuilder head = new StringBuilder("HTTP/1.1 ").append(this.status).append(" Whatever\r\n");
			this.headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
			head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
			byte[] headBytes = head.toString().getBytes(StandardCharsets.ISO_8859_1);
			byte[] all = new byte[headBytes.length + body.length];
			System.arraycopy(headBytes, 0, all, 0, headBytes.length);
			System.arraycopy(body, 0, all, headBytes.length, body.length);
			return all;
		}

	}

}
