package com.kacrm.persistence.inbox;

import com.kacrm.domain.inbox.Notice;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NoticeRepository extends JpaRepository<Notice, Long> {

	@Query("select n from Notice n where n.recipient.id = :recipientId order by n.createdAt desc, n.id desc")
	Page<Notice> inboxOf(Long recipientId, Pageable pageable);

	/** Served by the partial index of unread notices per recipient. */
	@Query("select count(n) from Notice n where n.recipient.id = :recipientId and n.readAt is null")
	long countUnread(Long recipientId);

}
