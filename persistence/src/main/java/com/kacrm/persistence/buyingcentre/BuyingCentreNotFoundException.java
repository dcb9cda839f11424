package com.kacrm.persistence.buyingcentre;

import com.kacrm.persistence.shared.RecordNotFoundException;

/**
 * No such opportunity, or the user may not see its account, or the person is not in its
 * buying centre (404 either way).
 */
public class BuyingCentreNotFoundException extends RecordNotFoundException {

	public BuyingCentreNotFoundException(String message) {
		super(message);
	}

}
