package com.kacrm.domain.contact;

/**
 * The layer of the customer's organisation a person works in (组织层级): the image layer
 * (形象层, e.g. the chairman who lends his name), the decision layer (决策层), the
 * implementation layer (实施层) that runs the project and the usage layer (使用层) that works
 * with the product. The order is top-down.
 */
public enum ContactLevel {

	IMAGE, DECISION, IMPLEMENTATION, USAGE

}
