package com.kacrm.persistence.reference;

import com.kacrm.domain.reference.Industry;

import org.springframework.data.jpa.repository.JpaRepository;

interface IndustryRepository extends JpaRepository<Industry, Long> {

}
