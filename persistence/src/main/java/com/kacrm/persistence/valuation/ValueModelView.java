package com.kacrm.persistence.valuation;

import com.kacrm.domain.valuation.ValueModelSettings;

/**
 * The value model as screens show it: its settings and the version an edit is based on.
 */
public record ValueModelView(Long id, long version, ValueModelSettings settings) {

}
