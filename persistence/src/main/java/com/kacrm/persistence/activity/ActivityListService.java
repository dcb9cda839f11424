package com.kacrm.persistence.activity;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.kacrm.domain.activity.Activity;
import com.kacrm.persistence.account.AccountScope;
import com.kacrm.persistence.shared.BoundedPage;
import com.kacrm.persistence.shared.BusinessCalendar;
import com.kacrm.persistence.shared.JpqlConditions;
import com.kacrm.persistence.shared.Viewer;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the calls and visits a viewer may see, filtered and paged (the API's list): the
 * scope is the query's predicate, never a filter after loading. A page is one count, one
 * query for the page's ids in order, and two that load those activities with their
 * people, purposes and roles, whatever the page size.
 */
@Service
public class ActivityListService {

	private final EntityManager entityManager;

	private final ActivityAccess access;

	private final BusinessCalendar calendar;

	ActivityListService(EntityManager entityManager, ActivityAccess access, BusinessCalendar calendar) {
		this.entityManager = entityManager;
		this.access = access;
		this.calendar = calendar;
	}

	/**
	 * One page of the activities {@code viewer} may see that pass {@code query}, newest
	 * first unless the page names a sort ({@code occurredAt}, {@code type},
	 * {@code status}, {@code account}, {@code owner}, {@code nextStepDate}).
	 * @throws com.kacrm.persistence.shared.UnsupportedSortException for another sort key
	 * @throws com.kacrm.domain.shared.ChangeRejected when the days are reversed
	 */
	@Transactional(readOnly = true)
	public Page<ActivityRow> list(ActivityListQuery query, Pageable pageable, Viewer viewer) {
		AccountScope scope = this.access.scopeOf(viewer);
		JpqlConditions conditions = query.conditions(scope, this.calendar.zone());
		String orderBy = ActivityListQuery.orderBy(pageable.getSort());
		List<Long> ids = bind(this.entityManager.createQuery(
				"select a.id" + ActivityListQuery.FROM + conditions.where() + orderBy, Long.class), scope, conditions)
			.setFirstResult((int) pageable.getOffset())
			.setMaxResults(BoundedPage.readSize(pageable))
			.getResultList();
		BoundedPage<Long> page = BoundedPage
			.of(ids, pageable,
					() -> bind(this.entityManager
						.createQuery("select a.id" + ActivityListQuery.FROM + conditions.where(), Long.class), scope,
							conditions));
		return new PageImpl<>(rows(page.getContent()), pageable, page.getTotalElements());
	}

	/** The activities {@code ids} as rows, in the order of {@code ids}. */
	private List<ActivityRow> rows(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, Activity> loaded = this.entityManager
			.createQuery("select distinct a from Activity a left join fetch a.contacts left join fetch a.participants"
					+ " left join fetch a.owner left join fetch a.opportunity left join fetch a.account"
					+ " where a.id in :ids", Activity.class)
			.setParameter("ids", ids)
			.getResultList()
			.stream()
			.collect(Collectors.toMap(Activity::getId, Function.identity()));
		// The element collections of the same instances, in one more statement.
		this.entityManager
			.createQuery("select distinct a from Activity a left join fetch a.purposes left join fetch a.rolesToMeet"
					+ " where a.id in :ids", Activity.class)
			.setParameter("ids", ids)
			.getResultList();
		return ids.stream().map(loaded::get).map(ActivityService::row).toList();
	}

	private static <T> TypedQuery<T> bind(TypedQuery<T> query, AccountScope scope, JpqlConditions conditions) {
		return scope.bind(conditions.bind(query));
	}

}
