package com.kacrm.persistence.lead;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.kacrm.domain.organisation.Region;
import com.kacrm.domain.reference.Industry;
import com.kacrm.domain.reference.LeadSource;
import com.kacrm.domain.shared.LocalizedName;
import jakarta.persistence.EntityManager;

/**
 * The regions, industries and lead sources an imported sheet may name, loaded once per
 * import: by code, by Chinese or English name, and for sources also by the path "渠道/来源"
 * (互联网/搜索引擎). Names compare without case, width or spaces.
 */
final class ImportReferences {

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private static final Pattern PATH_SEPARATOR = Pattern.compile("\\s*[/>＞]\\s*");

	private final Map<String, List<Region>> regions;

	private final Map<String, List<Industry>> industries;

	private final Map<String, List<LeadSource>> sources;

	ImportReferences(EntityManager entityManager) {
		this.regions = index(entityManager.createQuery("select r from Region r", Region.class).getResultList(),
				Region::getCode, Region::getName, (region) -> List.of());
		this.industries = index(entityManager.createQuery("select i from Industry i", Industry.class).getResultList(),
				Industry::getCode, Industry::getName, (industry) -> List.of());
		this.sources = index(
				entityManager.createQuery("select s from LeadSource s left join fetch s.parent", LeadSource.class)
					.getResultList(),
				LeadSource::getCode, LeadSource::getName, ImportReferences::paths);
	}

	/** What a cell names: one record, none, or several (ambiguous). */
	record Match<T>(List<T> found) {

		T single() {
			return (this.found.size() == 1) ? this.found.get(0) : null;
		}

		boolean ambiguous() {
			return this.found.size() > 1;
		}

	}

	Match<Region> region(String text) {
		return find(this.regions, text);
	}

	Match<Industry> industry(String text) {
		return find(this.industries, text);
	}

	Match<LeadSource> source(String text) {
		return find(this.sources, text);
	}

	private static <T> Match<T> find(Map<String, List<T>> index, String text) {
		List<T> exact = index.get("code:" + text.strip());
		if (exact != null) {
			return new Match<>(exact);
		}
		return new Match<>(index.getOrDefault(normalized(text), List.of()));
	}

	private static List<String> paths(LeadSource source) {
		LeadSource parent = source.getParent();
		if (parent == null) {
			return List.of();
		}
		List<String> paths = new ArrayList<>();
		for (String channel : names(parent.getName())) {
			for (String leaf : names(source.getName())) {
				paths.add(channel + "/" + leaf);
			}
		}
		paths.add(parent.getCode() + "/" + source.getCode());
		return paths;
	}

	private static List<String> names(LocalizedName name) {
		return (name.en() != null) ? List.of(name.zh(), name.en()) : List.of(name.zh());
	}

	private static <T> Map<String, List<T>> index(List<T> records, Function<T, String> code,
			Function<T, LocalizedName> name, Function<T, List<String>> more) {
		Map<String, List<T>> index = new HashMap<>();
		for (T record : records) {
			index.computeIfAbsent("code:" + code.apply(record), (key) -> new ArrayList<>()).add(record);
			List<String> keys = new ArrayList<>(names(name.apply(record)));
			keys.add(code.apply(record));
			keys.addAll(more.apply(record));
			keys.stream().map(ImportReferences::normalized).distinct().forEach((key) -> {
				List<T> list = index.computeIfAbsent(key, (k) -> new ArrayList<>());
				if (!list.contains(record)) {
					list.add(record);
				}
			});
		}
		return index;
	}

	static String normalized(String text) {
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
		return SPACES.matcher(PATH_SEPARATOR.matcher(folded).replaceAll("/")).replaceAll("");
	}

}
