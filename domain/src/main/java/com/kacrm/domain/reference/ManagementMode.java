package com.kacrm.domain.reference;

/**
 * How closely a tier's customers are managed: 现场管理 on-site (A), 精细管理 fine-grained (B),
 * 记帐管理 book-keeping (C, D).
 */
public enum ManagementMode {

	ON_SITE, FINE_GRAINED, BOOK_KEEPING

}
