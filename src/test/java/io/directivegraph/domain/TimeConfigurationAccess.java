package io.directivegraph.domain;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** Lets slice tests of other packages import the package-private Clock configuration. */
@Configuration(proxyBeanMethods = false)
@Import(TimeConfiguration.class)
public class TimeConfigurationAccess {

}
