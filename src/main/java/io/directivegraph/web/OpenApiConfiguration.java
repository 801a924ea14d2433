package io.directivegraph.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document at {@code /v3/api-docs}, browsable at
 * {@code /swagger-ui/index.html}: parameters carry examples from the seed data, so "Try
 * it out" answers at once; writes declare their credentials.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	/** Example values by parameter name, all from the seeds in import/documents. */
	private static final Map<String, Object> EXAMPLES = Map.ofEntries(
			Map.entry("agency", "hau-giang.ban-to-chuc-tinh-uy"), Map.entry("asOf", "2022-01-01"),
			Map.entry("jurisdiction", "Hậu Giang"), Map.entry("q", "nghi quyet 13"), Map.entry("number", "50-CTr/TU"),
			Map.entry("status", "OVERDUE"), Map.entry("direction", "down"), Map.entry("depth", 3),
			Map.entry("document", "hau-giang.program.50-ctr-tu.2021"), Map.entry("limit", 1000),
			Map.entry("kind", "PROGRAM"));

	private static final String DOCUMENT_ID = "hau-giang.program.50-ctr-tu.2021";

	private static final String TASK_ID = "hau-giang.program.50-ctr-tu.2021.t009";

	@Bean
	OpenAPI directiveGraphApi() {
		return new OpenAPI().info(new Info().title("directive-graph")
			.version("0.1")
			.description("Vietnamese Party and State directives: lineage (which program implements which "
					+ "resolution, down to tasks and the documents that fulfilled them) and accountability (which "
					+ "tasks each agency has overdue, done late, done on time on a given day). Example ids from the "
					+ "seed data: " + DOCUMENT_ID + " (Chương trình 50-CTr/TU), hau-giang.ban-to-chuc-tinh-uy (Ban Tổ "
					+ "chức Tỉnh ủy Hậu Giang). Reads are open; writes need HTTP Basic (user editor) or a bearer "
					+ "token, generated on first start into data/api-credentials.properties."))
			.components(new Components()
				.addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
				.addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")));
	}

	@Bean
	OpenApiCustomizer seedExamples() {
		return (api) -> api.getPaths().forEach((path, item) -> {
			for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.readOperationsMap().entrySet()) {
				Operation operation = entry.getValue();
				if (operation.getParameters() != null) {
					for (Parameter parameter : operation.getParameters()) {
						parameter.setExample(example(path, parameter.getName()));
					}
				}
				if (entry.getKey() != PathItem.HttpMethod.GET) {
					operation.setSecurity(List.of(new SecurityRequirement().addList("basic"),
							new SecurityRequirement().addList("bearer")));
				}
				if (entry.getKey() == PathItem.HttpMethod.PATCH) {
					operation.setRequestBody(new RequestBody().required(true)
						.description("A JSON merge patch: absent fields stay, null gives the field back to what the "
								+ "documents say. status: DONE, NOT_DONE or null; completedOn, deadline: YYYY-MM-DD; "
								+ "fulfilledBy: a document id; evidence, note: text.")
						.content(new Content().addMediaType("application/json",
								new MediaType().schema(new Schema<>().type("object"))
									.example(Map.of("status", "DONE", "completedOn", "2021-12-20", "evidence",
											"Tờ trình số 45-TTr/BTCTU", "note", "đã trình Ban Thường vụ")))));
				}
			}
		});
	}

	private static Object example(String path, String name) {
		if ("id".equals(name)) {
			return path.startsWith("/api/tasks") ? TASK_ID : DOCUMENT_ID;
		}
		return EXAMPLES.get(name);
	}

}
