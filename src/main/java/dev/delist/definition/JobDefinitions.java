package dev.delist.definition;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

import dev.delist.config.InputException;
import dev.delist.config.YamlDocument;
import dev.delist.discover.Discovery;
import dev.delist.store.Store;

/** Reads and checks {@code jobs/<name>.yaml}. */
public final class JobDefinitions {

	private static final Pattern COUNTRY = Pattern.compile("^[a-z]{2}$");

	private JobDefinitions() {
	}

	public static JobDefinition load(Path jobsDir, String jobName) {
		Path file = jobsDir.resolve(jobName + ".yaml");
		if (!Files.isRegularFile(file)) {
			throw new InputException(file + ": no such job definition (jobs are read from delist.jobs.dir="
					+ jobsDir + ")");
		}
		YamlDocument document = YamlDocument.read(file);
		JobDefinition definition = document.bind(JobDefinition.class);
		validate(document, definition, jobName);
		return definition;
	}

	/**
	 * An error about a field of a job file found valid, located at its line: for checks that need more than the
	 * file (a list the job names that is not in jobs/lists), so that they too name the file and line.
	 */
	public static InputException error(Path jobsDir, String jobName, String path, String message) {
		return YamlDocument.read(jobsDir.resolve(jobName + ".yaml")).error(path, message);
	}

	private static void validate(YamlDocument document, JobDefinition definition, String jobName) {
		if (!jobName.equals(definition.name())) {
			throw document.error("name", "the name must be '" + jobName + "', as the file is named");
		}
		if (definition.stores().isEmpty()) {
			throw document.error("stores", "a job needs at least one store");
		}
		for (Map.Entry<String, JobDefinition.StoreSettings> store : definition.stores().entrySet()) {
			String path = "stores." + store.getKey();
			Store known;
			try {
				known = Store.fromId(store.getKey());
			}
			catch (IllegalArgumentException ex) {
				throw document.error(path, ex.getMessage());
			}
			JobDefinition.StoreSettings settings = store.getValue();
			if (settings == null || settings.countries().isEmpty()) {
				throw document.error(path + ".countries", "a store needs at least one country");
			}
			for (int i = 0; i < settings.countries().size(); i++) {
				String country = settings.countries().get(i);
				if (country == null || !COUNTRY.matcher(country).matches()) {
					throw document.error(path + ".countries[" + i + "]",
							"'" + country + "' is not a two-letter lower-case country code");
				}
				String storefront = known.storefrontProblem(country);
				if (storefront != null) {
					throw document.error(path + ".countries[" + i + "]", storefront);
				}
			}
			for (int i = 0; i < settings.discovery().size(); i++) {
				Discovery discovery;
				try {
					discovery = Discovery.fromId(settings.discovery().get(i));
				}
				catch (IllegalArgumentException ex) {
					throw document.error(path + ".discovery[" + i + "]", ex.getMessage());
				}
				if (discovery == Discovery.SEARCH && !known.search()) {
					// planned searches it cannot answer would fail every run's gate
					throw document.error(path + ".discovery[" + i + "]",
							known + " has no verified search endpoint (and discovery, when absent, includes search): "
									+ "write discovery: [identifiers] or [identifiers, developers]");
				}
			}
			if (settings.canary() != null && !CanaryIds.valid(Store.fromId(store.getKey()), settings.canary())) {
				throw document.error(path + ".canary", "'" + settings.canary() + "' is not an app id of "
						+ store.getKey() + " (" + CanaryIds.expected(Store.fromId(store.getKey())) + ")");
			}
			int batch = settings.lookupBatchSizeOrDefault();
			if (batch < 1 || batch > 200) {
				throw document.error(path + ".lookupBatchSize", batch + " is out of range (1 to 200)");
			}
		}
		double rate = definition.gate().maxErrorRateOrDefault();
		if (rate < 0 || rate > 1) {
			throw document.error("gate.maxErrorRate", rate + " is out of range (0 to 1)");
		}
	}

}
