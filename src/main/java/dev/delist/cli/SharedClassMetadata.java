package dev.delist.cli;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.ApplicationContextFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.web.server.servlet.context.AnnotationConfigServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.type.classreading.MetadataReader;

/**
 * What Spring reads from delist's and its libraries' class files to find the components and configurations
 * (which class files a package holds, and their annotations, read with ASM), kept for the life of the JVM
 * instead of each context's. A command starts one context, so nothing changes there; a JVM that starts many (the
 * test suite starts hundreds, one per command) reads each class file once instead of once per start, which was
 * a fifth of a command's start. The class files of a running JVM do not change, so what was read stays true.
 */
public final class SharedClassMetadata {

	private static final Map<Resource, MetadataReader> READERS = new ConcurrentHashMap<>();

	/** The class files a component scan's pattern ({@code classpath*:dev/delist/**}{@code /*.class}) found. */
	private static final Map<String, Resource[]> CLASS_FILES = new ConcurrentHashMap<>();

	private SharedClassMetadata() {
	}

	/** Boot's contexts for a command ({@code NONE}) and for {@code serve} ({@code SERVLET}), sharing the reads. */
	public static ApplicationContextFactory contexts() {
		return (type) -> (type == WebApplicationType.SERVLET) ? new WebContext() : new CommandContext();
	}

	/** The JVM's cache for Spring's {@code CachingMetadataReaderFactory}, which takes it from the context. */
	@SuppressWarnings("unchecked")
	static <T> Map<Resource, T> cacheFor(Class<T> valueType) {
		return (valueType == MetadataReader.class) ? (Map<Resource, T>) (Map<Resource, ?>) READERS : null;
	}

	/** The class files matching a pattern, found once; any other pattern is the context's to resolve. */
	static Resource[] classFiles(String pattern, ResourceSearch search) throws IOException {
		if (!pattern.endsWith(".class")) {
			return search.find(pattern);
		}
		Resource[] found = CLASS_FILES.get(pattern);
		if (found == null) {
			found = search.find(pattern);
			CLASS_FILES.put(pattern, found);
		}
		return found.clone();
	}

	/** A context's own resolution of a resource pattern. */
	interface ResourceSearch {

		Resource[] find(String pattern) throws IOException;

	}

	static final class CommandContext extends AnnotationConfigApplicationContext {

		@Override
		public <T> Map<Resource, T> getResourceCache(Class<T> valueType) {
			Map<Resource, T> shared = cacheFor(valueType);
			return (shared != null) ? shared : super.getResourceCache(valueType);
		}

		@Override
		public Resource[] getResources(String locationPattern) throws IOException {
			return classFiles(locationPattern, super::getResources);
		}

	}

	static final class WebContext extends AnnotationConfigServletWebServerApplicationContext {

		@Override
		public <T> Map<Resource, T> getResourceCache(Class<T> valueType) {
			Map<Resource, T> shared = cacheFor(valueType);
			return (shared != null) ? shared : super.getResourceCache(valueType);
		}

		@Override
		public Resource[] getResources(String locationPattern) throws IOException {
			return classFiles(locationPattern, super::getResources);
		}

	}

}
