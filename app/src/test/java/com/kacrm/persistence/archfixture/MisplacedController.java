package com.kacrm.persistence.archfixture;

import org.springframework.web.bind.annotation.RestController;

/** Breaks a rule on purpose: a controller outside the web module. It maps no requests. */
@RestController
public class MisplacedController {

}
