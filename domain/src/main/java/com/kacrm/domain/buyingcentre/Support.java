package com.kacrm.domain.buyingcentre;

/**
 * How a person stands to our project (项目支持), from a champion (教练/内线, who sells for us
 * inside) to an opponent (反对者). The order is most favourable first; the org chart colours
 * people by it.
 */
public enum Support {

	CHAMPION, SUPPORTER, NEUTRAL, OPPONENT;

	public boolean isFavourable() {
		return this == CHAMPION || this == SUPPORTER;
	}

}
