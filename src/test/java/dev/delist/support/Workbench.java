package dev.delist.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import dev.delist.cli.SharedClassMetadata;
import dev.delist.users.Role;
import dev.delist.web.WebApplication;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.security.crypto.bcrypt.BCrypt;

/**
 * {@code delist serve} started in the test's JVM on a free port and a database of its own (or a whole run's),
 * with users to log in as, and a browser-like HTTP client per user (cookies kept, the CSRF token read from the
 * page's meta tag as a script would).
 */
public final class Workbench implements AutoCloseable {

	public static final String PASSWORD = "correct horse battery";

	/**
	 * The users' stored hash, of cost 4 where {@code UserAccounts} makes cost 10: a login checks the password at
	 * its stored hash's cost, and the suite logs in hundreds of times (cost 10 was a tenth of the web tests'
	 * time). {@code users add} and {@code UserAccounts.add} keep their cost ({@code UsersCommandTests}).
	 */
	private static final String PASSWORD_HASH = BCrypt.hashpw(PASSWORD, BCrypt.gensalt(4));

	private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	private final ConfigurableApplicationContext context;

	private final URI base;

	private Workbench(ConfigurableApplicationContext context) {
		this.context = context;
		this.base = URI.create("http://localhost:"
				+ ((WebServerApplicationContext) context).getWebServer().getPort());
	}

	/**
	 * Starts serve on the given database. No store is reachable from it (a run started by mistake fails at once
	 * instead of asking the internet) and its jobs directory does not exist.
	 */
	public static Workbench start(String database, String... settings) {
		List<String> args = new ArrayList<>(List.of("--spring.datasource.url=" + database,
				"--delist.jobs.dir=target/no-jobs-here", "--delist.stores.apple.base-url=" + NOWHERE,
				"--delist.stores.google-play.base-url=" + NOWHERE, "--delist.stores.galaxy-store.base-url=" + NOWHERE));
		args.addAll(List.of(settings));
		return start(args);
	}

	/** Starts serve on a whole run's database, stores (WireMock), jobs and reports, as a run started from it uses. */
	public static Workbench start(WholeRun run) {
		return start(run.settings());
	}

	/** The discard port on this machine: refused at once. */
	private static final String NOWHERE = "http://127.0.0.1:9";

	private static Workbench start(List<String> settings) {
		List<String> args = new ArrayList<>(settings);
		args.add("--server.port=0");
		return new Workbench(new SpringApplicationBuilder(WebApplication.class).web(WebApplicationType.SERVLET)
			.contextFactory(SharedClassMetadata.contexts())
			.logStartupInfo(false)
			.run(args.toArray(String[]::new)));
	}

	/**
	 * Adds users straight to a database, as serve's {@code UserAccounts} does, without starting serve: for a
	 * class that makes its users once, before a {@link WholeRun#snapshot()}.
	 */
	public static void addUsers(String database, Map<String, Role> users) {
		JdbcClient jdbc = JdbcClient.create(new SimpleDriverDataSource(new org.postgresql.Driver(), database));
		users.forEach((name, role) -> add(jdbc, name, role));
	}

	private static void add(JdbcClient jdbc, String name, Role role) {
		jdbc.sql("INSERT INTO app_user (username, password_hash, role) VALUES (?, ?, ?)")
			.params(name, PASSWORD_HASH, role.name())
			.update();
	}

	public URI uri(String path) {
		return this.base.resolve(path);
	}

	public <T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	public Workbench user(String name, Role role) {
		add(JdbcClient.create(bean(DataSource.class)), name, role);
		return this;
	}

	/** A client that has not logged in. */
	public Client anonymous() {
		return new Client();
	}

	/** A client logged in through the form, as a browser would. */
	public Client login(String name) throws IOException, InterruptedException {
		Client client = new Client();
		HttpResponse<String> result = client.login(name, PASSWORD);
		if (result.statusCode() != 302 || result.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException("login as " + name + " failed: " + result.statusCode() + " "
					+ result.headers().map());
		}
		return client;
	}

	@Override
	public void close() {
		this.context.close();
	}

	/** One browser: its own cookies, never following redirects (tests look at them). */
	public final class Client {

		private final HttpClient http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		public HttpResponse<String> get(String path) throws IOException, InterruptedException {
			return get(uri(path));
		}

		/** A GET anywhere, with this browser's cookies (another serve replica on this host, say). */
		public HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
			return this.http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
		}

		/** The CSRF token a page carries for scripts, from any page this client may see. */
		public String csrf() throws IOException, InterruptedException {
			HttpResponse<String> page = get("/login");
			Matcher matcher = CSRF_META.matcher(page.body());
			if (!matcher.find()) {
				throw new IllegalStateException("no CSRF meta tag on /login");
			}
			return matcher.group(1);
		}

		public HttpResponse<String> login(String name, String password) throws IOException, InterruptedException {
			return postForm("/login", "username=" + encode(name) + "&password=" + encode(password) + "&_csrf="
					+ encode(csrf()));
		}

		public HttpResponse<String> postForm(String path, String form) throws IOException, InterruptedException {
			return this.http.send(HttpRequest.newBuilder(uri(path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		/** A JSON POST with the CSRF header, as the API's tools send it; {@code csrf} null sends none. */
		public HttpResponse<String> postJson(String path, String json, String csrf)
				throws IOException, InterruptedException {
			HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(json));
			if (csrf != null) {
				request.header("X-CSRF-TOKEN", csrf);
			}
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}

		public HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
			return postJson(path, json, csrf());
		}

		private static String encode(String value) {
			return URLEncoder.encode(value, StandardCharsets.UTF_8);
		}

	}

}
