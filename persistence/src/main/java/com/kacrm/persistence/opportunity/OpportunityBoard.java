package com.kacrm.persistence.opportunity;

import java.math.BigDecimal;
import java.util.List;

import com.kacrm.domain.playbook.Milestone;

/**
 * The board (看板): one column per milestone, in the manual's order, each with its deals
 * (at most {@link OpportunityListService#BOARD_CARDS}), their number and amounts.
 */
public record OpportunityBoard(List<Column> columns) {

	public OpportunityBoard {
		columns = List.copyOf(columns);
	}

	/**
	 * One milestone's column.
	 *
	 * @param cards the first deals of the column, soonest expected signing first
	 * @param count how many deals the column holds in all
	 * @param total the sum of their estimated amounts in 万元
	 * @param weighted the sum of their weighted amounts in 万元
	 */
	public record Column(Milestone milestone, List<OpportunityRow> cards, long count, BigDecimal total,
			BigDecimal weighted) {

		public Column {
			cards = List.copyOf(cards);
		}

		/** How many deals the column holds beyond the cards shown. */
		public long more() {
			return this.count - this.cards.size();
		}

	}

}
