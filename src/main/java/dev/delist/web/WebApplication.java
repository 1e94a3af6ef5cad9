package dev.delist.web;

import dev.delist.DelistApplication;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The source of {@code serve}'s context: the whole application plus this package. */
@Configuration(proxyBeanMethods = false)
@Import(DelistApplication.class)
@ComponentScan
public class WebApplication {

}
