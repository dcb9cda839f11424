package com.kacrm.web.lead;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.kacrm.persistence.lead.ImportMode;
import com.kacrm.persistence.lead.ImportProgress;
import com.kacrm.persistence.lead.ImportReport;

/**
 * One import running in the background: how far it has come and, when done, its report or
 * why the file could not be read. Belongs to the user who started it.
 */
public final class ImportJob implements ImportProgress {

	/** Where the job is. */
	public enum Stage {

		WAITING, READING, CHECKING, SAVING, DONE, FAILED

	}

	private final UUID id;

	private final long ownerId;

	private final String fileName;

	private final ImportMode mode;

	private final Instant startedAt;

	private final AtomicInteger read = new AtomicInteger();

	private final AtomicInteger validated = new AtomicInteger();

	private final AtomicInteger saved = new AtomicInteger();

	private volatile Stage stage = Stage.WAITING;

	private volatile int total;

	private volatile ImportReport report;

	private volatile UnreadableSheetException failure;

	private volatile Instant finishedAt;

	ImportJob(UUID id, long ownerId, String fileName, ImportMode mode, Instant startedAt) {
		this.id = id;
		this.ownerId = ownerId;
		this.fileName = fileName;
		this.mode = mode;
		this.startedAt = startedAt;
	}

	void reading() {
		this.stage = Stage.READING;
	}

	void rowRead() {
		this.read.incrementAndGet();
	}

	void checking(int rows) {
		this.total = rows;
		this.stage = Stage.CHECKING;
	}

	@Override
	public void validated(int rows) {
		this.validated.set(rows);
	}

	@Override
	public void saved(int rows) {
		this.stage = Stage.SAVING;
		this.saved.set(rows);
	}

	/**
	 * The report is written before the stage: whoever reads the stage as finished then
	 * reads the report.
	 */
	void done(ImportReport report, Instant at) {
		this.report = report;
		this.finishedAt = at;
		this.stage = Stage.DONE;
	}

	void failed(UnreadableSheetException failure, Instant at) {
		this.failure = failure;
		this.finishedAt = at;
		this.stage = Stage.FAILED;
	}

	public UUID getId() {
		return this.id;
	}

	long ownerId() {
		return this.ownerId;
	}

	public String getFileName() {
		return this.fileName;
	}

	public ImportMode getMode() {
		return this.mode;
	}

	public Instant getStartedAt() {
		return this.startedAt;
	}

	public Stage getStage() {
		return this.stage;
	}

	public boolean isFinished() {
		return this.stage == Stage.DONE || this.stage == Stage.FAILED;
	}

	public int getRead() {
		return this.read.get();
	}

	public int getTotal() {
		return this.total;
	}

	public int getValidated() {
		return this.validated.get();
	}

	public int getSaved() {
		return this.saved.get();
	}

	/**
	 * How far the job is, 0–100: reading counts for the first 20, checking up to 50,
	 * saving the rest.
	 */
	public int getPercent() {
		return switch (this.stage) {
			case WAITING -> 0;
			case READING -> 10;
			case CHECKING -> 20 + share(getValidated(), 30);
			case SAVING -> 50 + share(getSaved(), 50);
			case DONE, FAILED -> 100;
		};
	}

	private int share(int done, int of) {
		return (this.total > 0) ? Math.min(of, done * of / this.total) : 0;
	}

	public ImportReport getReport() {
		return this.report;
	}

	public UnreadableSheetException getFailure() {
		return this.failure;
	}

	Instant finishedAt() {
		return this.finishedAt;
	}

}
