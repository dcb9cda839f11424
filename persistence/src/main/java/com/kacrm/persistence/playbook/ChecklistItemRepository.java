package com.kacrm.persistence.playbook;

import com.kacrm.domain.playbook.ChecklistItem;

import org.springframework.data.jpa.repository.JpaRepository;

interface ChecklistItemRepository extends JpaRepository<ChecklistItem, Long> {

}
