package dev.delist.database;

import java.util.Map;
import java.util.Properties;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Time-outs for every connection delist opens, to the operator's database or the embedded one: without them a
 * database that accepts the connection but never answers (a wrong port, a hung server, a silent network) holds
 * delist for ever. PostgreSQL's driver reads them from the data source's properties; a value the operator gives
 * (in the JDBC URL, which wins over these, or as {@code spring.datasource.hikari.data-source-properties.*}) is
 * kept.
 * <ul>
 * <li>{@code connectTimeout} 10 s and {@code loginTimeout} 30 s: a database that does not answer the login ends
 * the command within 40 s ("cannot connect to the database ... timed out"), where Hikari would otherwise wait
 * inside the driver without end.</li>
 * <li>{@code socketTimeout} 10 min: the longest delist waits for one answer once connected. The largest statement
 * of a 5-million-listing run takes about a minute (docs/benchmarks.md), so this fails only a database that has
 * gone silent, and the run stops FAILED, to be restarted.</li>
 * </ul>
 */
@Component
class DatabaseTimeouts implements BeanPostProcessor {

	static final Map<String, String> DEFAULTS = Map.of("connectTimeout", "10", "loginTimeout", "30", "socketTimeout",
			"600");

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		// after initialization: Boot binds spring.datasource.hikari.* to its data source before then
		if (bean instanceof HikariDataSource dataSource) {
			applyDefaults(dataSource);
		}
		return bean;
	}

	static void applyDefaults(HikariDataSource dataSource) {
		Properties given = dataSource.getDataSourceProperties();
		DEFAULTS.forEach((name, seconds) -> {
			if (!given.containsKey(name)) {
				dataSource.addDataSourceProperty(name, seconds);
			}
		});
	}

}
