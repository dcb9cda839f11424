package com.kacrm.persistence.tiering;

import java.util.List;

import com.kacrm.domain.reference.TierCheck;

/**
 * The tier a new record was given before it was saved: why, and by which criteria
 * version, for its history.
 */
public record InitialTier(List<TierCheck> reason, int criteriaVersion) {

}
