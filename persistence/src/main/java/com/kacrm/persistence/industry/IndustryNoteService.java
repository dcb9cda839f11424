package com.kacrm.persistence.industry;

import java.time.Clock;
import java.util.List;

import com.kacrm.domain.industry.IndustryNote;
import com.kacrm.domain.reference.Industry;
import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.persistence.shared.Viewer;
import jakarta.persistence.EntityManager;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Industry notes (行业发展信息): any signed-in user files them and everyone reads them, as
 * market intelligence is shared. The KPI report counts them per filer.
 */
@Service
public class IndustryNoteService {

	private static final String ROW = "select new com.kacrm.persistence.industry.IndustryNoteRow(n.id, i.id, i.name,"
			+ " n.title, n.content, n.source, n.createdAt, n.createdByName) from IndustryNote n join n.industry i";

	private final IndustryNoteRepository notes;

	private final EntityManager entityManager;

	private final Clock clock;

	IndustryNoteService(IndustryNoteRepository notes, EntityManager entityManager, Clock clock) {
		this.notes = notes;
		this.entityManager = entityManager;
		this.clock = clock;
	}

	/**
	 * Files a note on industry {@code industryId} in the viewer's name.
	 * @return the note's id
	 * @throws ChangeRejected naming every field in error; nothing is saved
	 */
	@Transactional
	public long create(Long industryId, String title, String content, String source, Viewer viewer) {
		Industry industry = (industryId != null) ? this.entityManager.find(Industry.class, industryId) : null;
		IndustryNote note = new IndustryNote(industry, title, content, source, viewer.actor(), this.clock.instant());
		return this.notes.save(note).getId();
	}

	/** The notes, of one industry or all (null), newest first. */
	@Transactional(readOnly = true)
	public Page<IndustryNoteRow> list(Long industryId, Pageable pageable) {
		String where = (industryId != null) ? " where i.id = :industry" : "";
		var query = this.entityManager
			.createQuery(ROW + where + " order by n.createdAt desc, n.id desc", IndustryNoteRow.class)
			.setFirstResult((int) pageable.getOffset())
			.setMaxResults(pageable.getPageSize());
		var count = this.entityManager.createQuery("select count(n) from IndustryNote n join n.industry i" + where,
				Long.class);
		if (industryId != null) {
			query.setParameter("industry", industryId);
			count.setParameter("industry", industryId);
		}
		List<IndustryNoteRow> rows = query.getResultList();
		return new PageImpl<>(rows, pageable, count.getSingleResult());
	}

	/** Every industry, active first in the admin's order: for the filter and the form. */
	@Transactional(readOnly = true)
	public List<IndustryChoice> industries() {
		return this.entityManager
			.createQuery(
					"select new com.kacrm.persistence.industry.IndustryChoice(i.id, i.name, i.active) from Industry i"
							+ " order by i.active desc, i.sortOrder, i.code",
					IndustryChoice.class)
			.getResultList();
	}

}
