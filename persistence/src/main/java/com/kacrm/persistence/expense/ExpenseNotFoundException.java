package com.kacrm.persistence.expense;

import com.kacrm.persistence.shared.RecordNotFoundException;

/** No such expense on the deal, or the user may not see the deal (404 either way). */
public class ExpenseNotFoundException extends RecordNotFoundException {

	public ExpenseNotFoundException(long id) {
		super("No sales expense " + id);
	}

}
