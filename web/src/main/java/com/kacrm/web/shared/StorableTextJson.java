package com.kacrm.web.shared;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Refuses, in every JSON string the API reads, text that PostgreSQL cannot store
 * ({@link StorableText}): the request is answered 400 naming the field, before any
 * service sees it.
 */
@Configuration(proxyBeanMethods = false)
class StorableTextJson {

	@Bean
	JacksonModule storableTextModule() {
		return new SimpleModule("storable-text").addDeserializer(String.class, new StorableStringDeserializer());
	}

	static final class StorableStringDeserializer extends StdScalarDeserializer<String> {

		StorableStringDeserializer() {
			super(String.class);
		}

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			String value = StringDeserializer.instance.deserialize(parser, context);
			if (!StorableText.isStorable(value)) {
				throw InvalidFormatException.from(parser,
						"Text with a NUL character or a lone surrogate cannot be stored", value, String.class);
			}
			return value;
		}

	}

}
