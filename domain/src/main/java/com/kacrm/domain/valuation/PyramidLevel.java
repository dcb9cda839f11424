package com.kacrm.domain.valuation;

/**
 * The account's place in the value pyramid (大客户价值金字塔, seed 000: "打破行业、区域的界限，建立大客户价值
 * 金字塔"), by its total value score against the admin's bands: the top (塔尖, core accounts
 * that get the best service), the middle (塔身, key accounts) and the base (塔基, ordinary
 * accounts). The order is top first.
 */
public enum PyramidLevel {

	TOP, MIDDLE, BASE

}
