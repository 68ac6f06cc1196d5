package io.kairos.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every screen speaks zh-CN and en: both message files hold the same keys, templates hold no literal
 * text, and every key named in a template or in code exists. The checks are also run on broken input,
 * so a check that can no longer fail is noticed.
 */
class I18nTests {

	static final Path RESOURCES = Path.of("src/main/resources");

	static final Path TEMPLATES = RESOURCES.resolve("templates");

	static final Path SOURCES = Path.of("src/main/java");

	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.-]+)[}(]");

	private static final Pattern CODE_KEY = Pattern
		.compile("\"((?:problem|validation|notice|role|home|language)\\.[a-z0-9._-]+)\"");

	@Test
	void bothLanguagesHaveTheSameKeys() throws IOException {
		assertThat(differences(english(), chinese())).isEmpty();
	}

	@Test
	void keyDifferencesAreReported() {
		Properties english = new Properties();
		english.setProperty("only.english", "x");
		english.setProperty("both", "x");
		Properties chinese = new Properties();
		chinese.setProperty("both", "x");
		chinese.setProperty("only.chinese", "x");

		assertThat(differences(english, chinese)).containsExactly("only.chinese", "only.english");
	}

	@Test
	void templatesHoldNoLiteralText() throws IOException {
		List<String> found = new ArrayList<>();
		for (Path template : templates()) {
			TemplateText.literalTextIn(Files.readString(template))
				.forEach(text -> found.add(TEMPLATES.relativize(template) + ": " + text));
		}
		assertThat(found).isEmpty();
	}

	@Test
	void literalTextIsReported() {
		String broken = """
				<div><p th:text="#{ok}">ignored</p><p>Hard-coded</p><input placeholder="Search">
				<button th:text="#{save}"></button><span>—</span><label>姓名</label></div>""";

		assertThat(TemplateText.literalTextIn(broken)).hasSize(3)
			.anySatisfy(text -> assertThat(text).contains("Hard-coded"))
			.anySatisfy(text -> assertThat(text).contains("placeholder"))
			.anySatisfy(text -> assertThat(text).contains("姓名"));
	}

	@Test
	void everyKeyUsedInTemplatesExists() throws IOException {
		Properties english = english();
		Set<String> missing = new TreeSet<>();
		for (Path template : templates()) {
			Matcher matcher = TEMPLATE_KEY.matcher(Files.readString(template));
			while (matcher.find()) {
				if (!english.containsKey(matcher.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + matcher.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyKeyNamedInCodeExists() throws IOException {
		Properties english = english();
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path source : files.filter(path -> path.toString().endsWith(".java")).toList()) {
				Matcher matcher = CODE_KEY.matcher(Files.readString(source));
				while (matcher.find()) {
					String key = matcher.group(1);
					if (!key.endsWith(".") && !english.containsKey(key)) {
						missing.add(source.getFileName() + ": " + key);
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	static Set<String> differences(Properties a, Properties b) {
		Set<String> result = new TreeSet<>();
		a.stringPropertyNames().stream().filter(key -> !b.containsKey(key)).forEach(result::add);
		b.stringPropertyNames().stream().filter(key -> !a.containsKey(key)).forEach(result::add);
		return result;
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(path -> path.toString().endsWith(".html")).sorted().toList();
		}
	}

	/** Every bundle in English: {@code messages.properties} and each module's {@code messages-<module>.properties}. */
	static Properties english() throws IOException {
		return loadAll("messages(-[a-z]+)?\\.properties");
	}

	static Properties chinese() throws IOException {
		return loadAll("messages(-[a-z]+)?_zh_CN\\.properties");
	}

	private static Properties loadAll(String pattern) throws IOException {
		Properties all = new Properties();
		try (Stream<Path> files = Files.list(RESOURCES)) {
			for (Path file : files.filter(path -> path.getFileName().toString().matches(pattern)).toList()) {
				Properties one = load(file.getFileName().toString());
				for (String key : one.stringPropertyNames()) {
					assertThat(all).as("%s is defined in one bundle only", key).doesNotContainKey(key);
					all.setProperty(key, one.getProperty(key));
				}
			}
		}
		return all;
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(RESOURCES.resolve(name))) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
