package com.kacrm.persistence.shared;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import jakarta.persistence.TypedQuery;
import org.junit.jupiter.api.Test;

import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

class BoundedPageTests {

	private final AtomicInteger counted = new AtomicInteger();

	@Test
	void aPageThatIsNotFullKnowsItsTotalWithoutCounting() {
		BoundedPage<Integer> page = BoundedPage.of(rows(7), PageRequest.of(0, 20), ids(7));
		assertThat(page.getContent()).hasSize(7);
		assertThat(page.getTotalElements()).isEqualTo(7);
		assertThat(page.isTotalCapped()).isFalse();
		assertThat(page.hasNext()).isFalse();
		assertThat(this.counted).hasValue(0);
	}

	@Test
	void aFullPageCountsTheRowsUpToTheLimitAndShowsOnlyThePageSize() {
		BoundedPage<Integer> page = BoundedPage.of(rows(21), PageRequest.of(0, 20), ids(345));
		assertThat(page.getContent()).hasSize(20);
		assertThat(page.getTotalElements()).isEqualTo(345);
		assertThat(page.getTotalPages()).isEqualTo(18);
		assertThat(page.isTotalCapped()).isFalse();
		assertThat(page.hasNext()).isTrue();
		assertThat(this.counted).hasValue(1);
	}

	@Test
	void aListOfMoreThanTheLimitSaysSoAndStillPagesOn() {
		BoundedPage<Integer> page = BoundedPage.of(rows(21), PageRequest.of(0, 20), ids(250_000));
		assertThat(page.isTotalCapped()).isTrue();
		assertThat(page.getTotalElements()).isEqualTo(BoundedPage.COUNT_LIMIT + 1);
		assertThat(page.hasNext()).isTrue();
	}

	@Test
	void aPageBeyondTheLimitCountsNothingAndKnowsWhetherAnotherFollows() {
		BoundedPage<Integer> middle = BoundedPage.of(rows(21), PageRequest.of(60, 20), ids(250_000));
		assertThat(middle.isTotalCapped()).isTrue();
		assertThat(middle.hasNext()).isTrue();
		assertThat(middle.getNumber()).isEqualTo(60);
		BoundedPage<Integer> last = BoundedPage.of(rows(5), PageRequest.of(70, 20), ids(1405));
		assertThat(last.isTotalCapped()).isFalse();
		assertThat(last.getTotalElements()).isEqualTo(1405);
		assertThat(last.hasNext()).isFalse();
		assertThat(this.counted).hasValue(0);
	}

	private static List<Integer> rows(int count) {
		return IntStream.range(0, count).boxed().toList();
	}

	/** A query of {@code total} ids that honours its row limit, as the database would. */
	@SuppressWarnings("unchecked")
	private Supplier<TypedQuery<Long>> ids(int total) {
		return () -> {
			TypedQuery<Long> query = mock(TypedQuery.class);
			given(query.setMaxResults(anyInt())).willAnswer((invocation) -> {
				int limit = invocation.getArgument(0);
				given(query.getResultList())
					.willReturn(IntStream.range(0, Math.min(limit, total)).mapToObj(Long::valueOf).toList());
				return query;
			});
			this.counted.incrementAndGet();
			return query;
		};
	}

}
