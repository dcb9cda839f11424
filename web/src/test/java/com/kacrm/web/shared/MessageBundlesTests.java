package com.kacrm.web.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** zh-CN first, English complete: both bundles have the same keys and no empty text. */
class MessageBundlesTests {

	@Test
	void englishTranslatesEveryChineseKeyAndNothingElse() throws IOException {
		Properties chinese = load("/messages.properties");
		Properties english = load("/messages_en.properties");
		assertThat(keys(english)).containsExactlyElementsOf(keys(chinese));
	}

	@Test
	void noMessageIsEmpty() throws IOException {
		for (String bundle : new String[] { "/messages.properties", "/messages_en.properties" }) {
			Properties messages = load(bundle);
			assertThat(messages.stringPropertyNames())
				.allSatisfy((key) -> assertThat(messages.getProperty(key)).as(bundle + " " + key).isNotBlank());
		}
	}

	@Test
	void quotesAreWrittenAsTheMessageNeedsThem() throws IOException {
		// Messages with arguments go through MessageFormat ('' is a quote); messages
		// without are shown as written.
		for (String bundle : new String[] { "/messages.properties", "/messages_en.properties" }) {
			Properties messages = load(bundle);
			for (String key : messages.stringPropertyNames()) {
				String text = messages.getProperty(key);
				if (text.contains("{0}")) {
					assertThat(text.replace("''", "")).as(bundle + " " + key).doesNotContain("'");
				}
				else {
					assertThat(text).as(bundle + " " + key).doesNotContain("''");
				}
			}
		}
	}

	@Test
	void theDefaultBundleIsChinese() throws IOException {
		assertThat(load("/messages.properties").getProperty("nav.leads")).isEqualTo("线索");
	}

	private static Set<String> keys(Properties properties) {
		return new TreeSet<>(properties.stringPropertyNames());
	}

	private static Properties load(String path) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessageBundlesTests.class.getResourceAsStream(path)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
