package com.kacrm.persistence.opportunity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One payment received (回款) against a deal's contract; the amount in 万元. */
public record PaymentRow(long id, BigDecimal amount, LocalDate receivedOn, String note, Instant recordedAt,
		String recordedByName) {

}
