package dev.delist.config;

import java.beans.PropertyEditorSupport;
import java.nio.file.Path;

import org.springframework.beans.PropertyEditorRegistry;
import org.springframework.beans.factory.config.CustomEditorConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Binds configured paths as the file-system paths they say. Spring's own editor first looks a relative path up
 * on the classpath, so {@code delist.jobs.dir=jobs} would silently become {@code target/test-classes/jobs}, or a
 * folder inside the jar, wherever a {@code jobs} resource exists.
 */
@Configuration(proxyBeanMethods = false)
public class PlainPaths {

	/** Registers the plain path editor; for binders made by hand, as the early configuration check makes one. */
	public static void register(PropertyEditorRegistry registry) {
		registry.registerCustomEditor(Path.class, new PropertyEditorSupport() {

			@Override
			public void setAsText(String text) {
				setValue(Path.of(text.strip()));
			}

		});
	}

	@Bean
	static CustomEditorConfigurer plainPathEditor() {
		CustomEditorConfigurer configurer = new CustomEditorConfigurer();
		configurer.setPropertyEditorRegistrars(new org.springframework.beans.PropertyEditorRegistrar[] {
				PlainPaths::register });
		return configurer;
	}

}
