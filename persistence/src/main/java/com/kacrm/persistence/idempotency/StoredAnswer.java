package com.kacrm.persistence.idempotency;

/**
 * The first answer to a request with an idempotency key, replayed to its repeats.
 *
 * @param status the HTTP status
 * @param location the Location header, if any
 * @param contentType the content type, if any
 * @param body the body (API answers up to 64 KiB), or null
 */
public record StoredAnswer(int status, String location, String contentType, byte[] body) {

}
