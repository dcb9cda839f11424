package com.kacrm.persistence.industry;

import com.kacrm.domain.industry.IndustryNote;

import org.springframework.data.jpa.repository.JpaRepository;

interface IndustryNoteRepository extends JpaRepository<IndustryNote, Long> {

}
