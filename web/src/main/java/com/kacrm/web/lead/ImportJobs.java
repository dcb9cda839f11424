package com.kacrm.web.lead;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.kacrm.persistence.lead.ImportMode;
import com.kacrm.persistence.lead.ImportReport;
import com.kacrm.persistence.lead.ImportRow;
import com.kacrm.persistence.lead.LeadImportService;
import com.kacrm.persistence.shared.Viewer;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;

/**
 * The imports running in the background and those finished in the last hour, by job id.
 * They live in this node's memory: behind a load balancer the progress page needs sticky
 * sessions, and a restart forgets them (the leads saved stay saved). At most
 * {@value #WORKERS} imports run at once; more wait their turn.
 */
@Component
public class ImportJobs {

	static final int WORKERS = 2;

	static final Duration KEPT = Duration.ofHours(1);

	private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

	private final Map<UUID, ImportJob> jobs = new ConcurrentHashMap<>();

	private final LeadSheetReader reader;

	private final LeadImportService imports;

	private final Clock clock;

	private final ExecutorService workers;

	ImportJobs(LeadSheetReader reader, LeadImportService imports, Clock clock) {
		this.reader = reader;
		this.imports = imports;
		this.clock = clock;
		AtomicInteger threads = new AtomicInteger();
		this.workers = Executors.newFixedThreadPool(WORKERS, (task) -> {
			Thread thread = new Thread(task, "lead-import-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	/**
	 * Starts importing {@code file} (which the job deletes when done) as {@code viewer}.
	 */
	public ImportJob start(Path file, String fileName, ImportMode mode, String classReason, Viewer viewer) {
		forgetOld();
		ImportJob job = new ImportJob(UUID.randomUUID(), viewer.userId(), fileName, mode, this.clock.instant());
		this.jobs.put(job.getId(), job);
		// The worker carries the user's security context, so the audit trail names them.
		this.workers.execute(new DelegatingSecurityContextRunnable(() -> run(job, file, classReason, viewer)));
		return job;
	}

	/** The job, if it exists and {@code viewer} started it. */
	public Optional<ImportJob> find(UUID id, Viewer viewer) {
		forgetOld();
		return Optional.ofNullable(this.jobs.get(id)).filter((job) -> job.ownerId() == viewer.userId());
	}

	/**
	 * Reads and imports {@code file} on the calling thread, for the API.
	 * @throws UnreadableSheetException when the file cannot be read
	 */
	public ImportReport importNow(Path file, ImportMode mode, String classReason, Viewer viewer)
			throws UnreadableSheetException, IOException {
		List<ImportRow> rows = new ArrayList<>();
		this.reader.read(file, (row) -> rows.add(ImportRows.of(row)));
		return this.imports.importRows(rows, mode, classReason, viewer, com.kacrm.persistence.lead.ImportProgress.NONE);
	}

	private void run(ImportJob job, Path file, String classReason, Viewer viewer) {
		try {
			job.reading();
			List<ImportRow> rows = new ArrayList<>();
			this.reader.read(file, (row) -> {
				rows.add(ImportRows.of(row));
				job.rowRead();
			});
			job.checking(rows.size());
			job.done(this.imports.importRows(rows, job.getMode(), classReason, viewer, job), this.clock.instant());
		}
		catch (UnreadableSheetException ex) {
			job.failed(ex, this.clock.instant());
		}
		catch (IOException | UncheckedIOException ex) {
			log.warn("Import {} could not read its file", job.getId(), ex);
			job.failed(new UnreadableSheetException("leadImport.unreadable.notXlsx"), this.clock.instant());
		}
		catch (RuntimeException ex) {
			log.error("Import {} failed", job.getId(), ex);
			job.failed(new UnreadableSheetException("leadImport.failed"), this.clock.instant());
		}
		finally {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				log.warn("Could not delete {}", file, ex);
			}
		}
	}

	private void forgetOld() {
		var limit = this.clock.instant().minus(KEPT);
		this.jobs.values().removeIf((job) -> job.isFinished() && job.finishedAt().isBefore(limit));
	}

	@PreDestroy
	void stop() {
		this.workers.shutdownNow();
	}

}
