package com.kacrm.web.idempotency;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OperationCustomizer;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.method.HandlerMethod;

/**
 * Documents the optional {@value IdempotencyFilter#HEADER} header on every POST, PUT and
 * PATCH of the JSON API in the OpenAPI description.
 */
@Component
class IdempotencyKeyDocumentation implements OperationCustomizer {

	static final String DESCRIPTION = "Optional. A unique value per intended change (e.g. a UUID), at most 200"
			+ " visible ASCII characters. A retry with the same key by the same user within 24 hours does not run"
			+ " again: it gets the first answer (status, Location and body) with header Idempotent-Replayed: true."
			+ " While the first call still runs, a retry gets 409; the same key with a different request gets 422."
			+ " A call that failed (4xx/5xx) frees its key.";

	@Override
	public Operation customize(Operation operation, HandlerMethod handlerMethod) {
		boolean writes = AnnotatedElementUtils.hasAnnotation(handlerMethod.getMethod(), PostMapping.class)
				|| AnnotatedElementUtils.hasAnnotation(handlerMethod.getMethod(), PutMapping.class)
				|| AnnotatedElementUtils.hasAnnotation(handlerMethod.getMethod(), PatchMapping.class);
		if (!writes) {
			return operation;
		}
		operation.addParametersItem(new HeaderParameter().name(IdempotencyFilter.HEADER)
			.required(false)
			.description(DESCRIPTION)
			.schema(new StringSchema().maxLength(200)));
		if (operation.getResponses() != null) {
			operation.getResponses().forEach((code, response) -> {
				if (code.startsWith("2")) {
					addReplayHeader(response);
				}
			});
		}
		return operation;
	}

	private static void addReplayHeader(ApiResponse response) {
		response.addHeaderObject(IdempotencyFilter.REPLAYED_HEADER,
				new Header().description(
						"true when this answer is the stored answer of an earlier call with the same Idempotency-Key")
					.schema(new StringSchema()));
	}

}
