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

	private static final String TASK_ID = "hau-giang.program.50-ctr-tu.2021.ta87ebc1daed5";

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

	/**
	 * The error answers each operation can give, all {@code application/problem+json}
	 * (RFC 9457) with a {@code detail} that says what to change: 400 for any operation
	 * with parameters or a body, 404 for one addressed by id, 401 and 409 for writes,
	 * 413, 415 and 422 for uploads.
	 */
	@Bean
	OpenApiCustomizer documentedErrors() {
		return (api) -> {
			api.getComponents()
				.addSchemas("Problem",
						new Schema<>().type("object")
							.description("RFC 9457 problem details")
							.addProperty("type", new Schema<>().type("string"))
							.addProperty("title", new Schema<>().type("string").example("Bad request"))
							.addProperty("status", new Schema<>().type("integer").example(400))
							.addProperty("detail",
									new Schema<>().type("string").example("size must be 1..500; got 501"))
							.addProperty("instance", new Schema<>().type("string")));
			api.getPaths().forEach((path, item) -> {
				for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.readOperationsMap().entrySet()) {
					Operation operation = entry.getValue();
					boolean write = entry.getKey() != PathItem.HttpMethod.GET;
					boolean upload = entry.getKey() == PathItem.HttpMethod.POST && path.equals("/api/documents");
					if ((operation.getParameters() != null && !operation.getParameters().isEmpty())
							|| operation.getRequestBody() != null || write) {
						problem(operation, "400", "A parameter or the body is not valid; detail says which and why");
					}
					if (path.contains("{id}") || path.contains("{file}")) {
						problem(operation, "404", "Nothing has this id");
					}
					if (write) {
						problem(operation, "401", "Writes need HTTP Basic (user editor) or a bearer token");
						problem(operation, "403", "A write from a page of another site");
						problem(operation, "409",
								"The task changed meanwhile (its document was uploaded again): fetch it and repeat");
					}
					if (upload) {
						problem(operation, "413", "The document is over the upload limit (app.upload.max-size)");
						problem(operation, "415", "Not a type this service reads; the detail lists those it does");
						problem(operation, "422", "The document could not be read (empty, binary, not Vietnamese "
								+ "text, mis-encoded); nothing stored was changed");
					}
				}
			});
		};
	}

	private static void problem(Operation operation, String status, String description) {
		if (operation.getResponses() == null || operation.getResponses().containsKey(status)) {
			return;
		}
		operation.getResponses()
			.addApiResponse(status,
					new io.swagger.v3.oas.models.responses.ApiResponse().description(description)
						.content(new Content().addMediaType("application/problem+json",
								new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem")))));
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
