package com.kacrm.persistence.lead;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.kacrm.domain.shared.ChangeRejected;
import com.kacrm.domain.shared.Violation;
import com.kacrm.persistence.shared.Viewer;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a lead sheet (JTF001) row by row. Every row is checked first — required cells,
 * references by code or name, class, amounts, a kept 编号, duplicates within the file and
 * against the leads and accounts already registered (查重) — and the report names every
 * problem with its column. Then, all or nothing by default: one invalid row and nothing
 * is saved; otherwise every row is registered in one transaction. In
 * {@link ImportMode#VALID_ROWS_ONLY} the valid rows are registered and the others
 * reported.
 */
@Service
public class LeadImportService {

	/** Rows registered between two flushes of the persistence context. */
	static final int BATCH = 200;

	/** Keys per duplicate-check query (the driver allows 32767 parameters). */
	private static final int KEYS_PER_QUERY = 5000;

	private final EntityManager entityManager;

	private final LeadService leads;

	private final LeadSheetService sheet;

	private final LeadNumbers numbers;

	private final TransactionTemplate transactions;

	private final TransactionTemplate reading;

	private final Clock clock;

	LeadImportService(EntityManager entityManager, LeadService leads, LeadSheetService sheet, LeadNumbers numbers,
			PlatformTransactionManager transactionManager, Clock clock) {
		this.clock = clock;
		this.entityManager = entityManager;
		this.leads = leads;
		this.sheet = sheet;
		this.numbers = numbers;
		this.transactions = new TransactionTemplate(transactionManager);
		this.reading = new TransactionTemplate(transactionManager);
		this.reading.setReadOnly(true);
	}

	/**
	 * Checks {@code rows} and registers them as {@code viewer}, as {@code mode} says.
	 * @param classReason the reason recorded for a class (客户分类) the sheet sets, in the
	 * user's language
	 * @return every row with its outcome
	 */
	public ImportReport importRows(List<ImportRow> rows, ImportMode mode, String classReason, Viewer viewer,
			ImportProgress progress) {
		List<ImportCheck.Checked> checked = this.reading
			.execute((status) -> check(rows, classReason, viewer, progress));
		boolean anyInvalid = checked.stream().anyMatch(ImportCheck.Checked::invalid);
		if (mode == ImportMode.ALL_OR_NOTHING) {
			return anyInvalid ? report(mode, checked, Map.of(), true) : allOrNothing(checked, viewer, progress);
		}
		return report(mode, checked, validRowsOnly(checked, viewer, progress), false);
	}

	private List<ImportCheck.Checked> check(List<ImportRow> rows, String classReason, Viewer viewer,
			ImportProgress progress) {
		ImportCheck check = new ImportCheck(new ImportReferences(this.entityManager), this.numbers.zone(), classReason,
				this.clock.instant());
		List<ImportCheck.Checked> checked = new ArrayList<>(rows.size());
		for (ImportRow row : rows) {
			checked.add(check.check(row));
			if (checked.size() % BATCH == 0) {
				progress.validated(checked.size());
			}
		}
		check.duplicatesInFile(checked);
		check.duplicatesInDatabase(checked, duplicates(checked, viewer));
		check.numbersInUse(checked, numbersInUse(checked));
		progress.validated(checked.size());
		return checked;
	}

	private Map<String, List<DuplicateMatch>> duplicates(List<ImportCheck.Checked> rows, Viewer viewer) {
		List<String> keys = rows.stream()
			.map(ImportCheck.Checked::nameKey)
			.filter((key) -> !key.isEmpty())
			.distinct()
			.toList();
		Map<String, List<DuplicateMatch>> found = new HashMap<>();
		for (int from = 0; from < keys.size(); from += KEYS_PER_QUERY) {
			found.putAll(this.sheet.duplicatesByKey(keys.subList(from, Math.min(keys.size(), from + KEYS_PER_QUERY)),
					viewer));
		}
		return found;
	}

	private Set<String> numbersInUse(List<ImportCheck.Checked> rows) {
		List<String> wanted = rows.stream()
			.filter((row) -> row.number() != null)
			.map((row) -> row.number().toString())
			.distinct()
			.toList();
		Set<String> used = new HashSet<>();
		for (int from = 0; from < wanted.size(); from += KEYS_PER_QUERY) {
			used.addAll(this.entityManager
				.createQuery("select l.number from Lead l where l.number in :numbers", String.class)
				.setParameter("numbers", wanted.subList(from, Math.min(wanted.size(), from + KEYS_PER_QUERY)))
				.getResultList());
		}
		return used;
	}

	/** Every row in one transaction; a row the registration refuses rolls back all. */
	private ImportReport allOrNothing(List<ImportCheck.Checked> rows, Viewer viewer, ImportProgress progress) {
		Map<Integer, Outcome> outcomes = new HashMap<>();
		try {
			this.transactions.executeWithoutResult((status) -> {
				int saved = 0;
				LeadReferences references = forImport();
				LeadNumbers.Blocks numbers = this.numbers.blocks(BATCH);
				for (ImportCheck.Checked row : rows) {
					outcomes.put(row.row().rowNumber(), register(row, viewer, references, numbers));
					if (++saved % BATCH == 0) {
						this.entityManager.flush();
						this.entityManager.clear();
						progress.saved(saved);
					}
				}
				numbers.close();
				progress.saved(saved);
			});
		}
		catch (RowFailed ex) {
			return report(ImportMode.ALL_OR_NOTHING, rows, Map.of(ex.rowNumber, Outcome.failed(ex.violations)), true);
		}
		return report(ImportMode.ALL_OR_NOTHING, rows, outcomes, false);
	}

	/**
	 * The valid rows in transactions of {@link #BATCH}; when the registration refuses a
	 * row of a batch, the batch is repeated one row a transaction so only that row fails.
	 */
	private Map<Integer, Outcome> validRowsOnly(List<ImportCheck.Checked> rows, Viewer viewer,
			ImportProgress progress) {
		List<ImportCheck.Checked> valid = rows.stream().filter((row) -> !row.invalid()).toList();
		Map<Integer, Outcome> outcomes = new HashMap<>();
		for (int from = 0; from < valid.size(); from += BATCH) {
			List<ImportCheck.Checked> batch = valid.subList(from, Math.min(valid.size(), from + BATCH));
			try {
				outcomes.putAll(registerAll(batch, viewer));
			}
			catch (RowFailed ex) {
				for (ImportCheck.Checked row : batch) {
					try {
						outcomes.putAll(registerAll(List.of(row), viewer));
					}
					catch (RowFailed failed) {
						outcomes.put(failed.rowNumber, Outcome.failed(failed.violations));
					}
				}
			}
			progress.saved(Math.min(valid.size(), from + BATCH));
		}
		return outcomes;
	}

	private Map<Integer, Outcome> registerAll(List<ImportCheck.Checked> rows, Viewer viewer) {
		return this.transactions.execute((status) -> {
			Map<Integer, Outcome> outcomes = new HashMap<>();
			LeadReferences references = forImport();
			LeadNumbers.Blocks numbers = this.numbers.blocks(rows.size());
			for (ImportCheck.Checked row : rows) {
				outcomes.put(row.row().rowNumber(), register(row, viewer, references, numbers));
			}
			numbers.close();
			this.entityManager.flush();
			this.entityManager.clear();
			return outcomes;
		});
	}

	/**
	 * What the rows of one transaction share: references looked up once, and a
	 * persistence context flushed only where the import says so. Every lead and history
	 * row is inserted when it is persisted (identity ids), so no query of the import
	 * needs the automatic flush, which would check every entity of the batch before each
	 * of its queries.
	 */
	private LeadReferences forImport() {
		this.entityManager.setFlushMode(FlushModeType.COMMIT);
		return LeadReferences.remembering(this.entityManager);
	}

	private Outcome register(ImportCheck.Checked row, Viewer viewer, LeadReferences references,
			LeadNumberSource numbers) {
		try {
			RegisteredLead lead = this.leads.register(row.newLead(), viewer, true, row.number(), references, numbers);
			return new Outcome(lead.id(), lead.number(), List.of());
		}
		catch (ChangeRejected ex) {
			throw new RowFailed(row.row().rowNumber(), ImportCheck.onColumns(ex.violations()));
		}
		catch (DataIntegrityViolationException ex) {
			throw new RowFailed(row.row().rowNumber(), List.of(Violation.of(null, "leadImport.error.conflict")));
		}
	}

	private static ImportReport report(ImportMode mode, List<ImportCheck.Checked> rows, Map<Integer, Outcome> outcomes,
			boolean refused) {
		List<ImportRowResult> results = new ArrayList<>(rows.size());
		for (ImportCheck.Checked row : rows) {
			Outcome outcome = outcomes.get(row.row().rowNumber());
			String name = row.row().customerName();
			if (row.invalid()) {
				results.add(new ImportRowResult(row.row().rowNumber(), name, ImportRowResult.Status.INVALID,
						row.violations(), null, null));
			}
			else if (outcome != null && !outcome.problems().isEmpty()) {
				results.add(new ImportRowResult(row.row().rowNumber(), name, ImportRowResult.Status.INVALID,
						outcome.problems(), null, null));
			}
			else if (outcome != null && !refused) {
				results.add(new ImportRowResult(row.row().rowNumber(), name, ImportRowResult.Status.IMPORTED, List.of(),
						outcome.leadId(), outcome.number()));
			}
			else {
				results.add(new ImportRowResult(row.row().rowNumber(), name, ImportRowResult.Status.NOT_IMPORTED,
						List.of(), null, null));
			}
		}
		return new ImportReport(mode, results, refused);
	}

	private record Outcome(Long leadId, String number, List<Violation> problems) {

		static Outcome failed(List<Violation> problems) {
			return new Outcome(null, null, problems);
		}

	}

	/** A row the registration refused; rolls back the transaction it happened in. */
	private static final class RowFailed extends RuntimeException {

		private final int rowNumber;

		private final List<Violation> violations;

		RowFailed(int rowNumber, List<Violation> violations) {
			super("Row " + rowNumber + " refused", null, false, false);
			this.rowNumber = rowNumber;
			this.violations = violations;
		}

	}

}
