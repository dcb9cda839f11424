package com.kacrm.persistence.opportunity;

import java.math.BigDecimal;
import java.util.List;

/**
 * The payments received (回款) against a deal's contract, amounts in 万元.
 *
 * @param rows newest first
 * @param total the sum of the payments; zero without any
 * @param contractAmount the contract's amount; null before it is recorded
 * @param outstanding what is still to be collected (contract − total); null without a
 * contract
 */
public record Payments(List<PaymentRow> rows, BigDecimal total, BigDecimal contractAmount, BigDecimal outstanding) {

	public Payments {
		rows = List.copyOf(rows);
	}

}
