package io.directivegraph.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document at {@code /v3/api-docs}, browsable at
 * {@code /swagger-ui/index.html}.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI directiveGraphApi() {
		return new OpenAPI().info(new Info().title("directive-graph")
			.version("0.1")
			.description("Vietnamese Party and State directives: lineage (which program implements which resolution, "
					+ "down to tasks and the documents that fulfilled them) and accountability (which tasks each agency "
					+ "has overdue, done late, done on time on a given day). Example ids from the seed data: "
					+ "hau-giang.program.50-ctr-tu.2021 (Chương trình 50-CTr/TU), hau-giang.ban-to-chuc-tinh-uy "
					+ "(Ban Tổ chức Tỉnh ủy Hậu Giang)."));
	}

}
