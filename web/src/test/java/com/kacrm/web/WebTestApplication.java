package com.kacrm.web;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * What web slice tests ({@code @WebMvcTest}) boot: the module's controllers, advice and
 * MVC configuration.
 */
@SpringBootApplication
class WebTestApplication {

}
