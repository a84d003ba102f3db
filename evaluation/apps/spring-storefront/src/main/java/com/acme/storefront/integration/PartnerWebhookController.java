package com.acme.storefront.integration;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Order updates pushed by marketplace partners, each in the format its old integration used. */
@RestController
@RequestMapping("/partners/{partner}/orders")
class PartnerWebhookController {

  private final LegacyPayloadReader reader;
  private final PartnerOrderHandler handler;

  PartnerWebhookController(LegacyPayloadReader reader, PartnerOrderHandler handler) {
    this.reader = reader;
    this.handler = handler;
  }

  @PostMapping(consumes = MediaType.APPLICATION_XML_VALUE)
  ResponseEntity<Void> xml(@PathVariable String partner, @RequestBody String body) {
    handler.accept(partner, reader.fromXml(body));
    return ResponseEntity.accepted().build();
  }

  @PostMapping(consumes = "application/x-yaml")
  ResponseEntity<Void> yaml(@PathVariable String partner, @RequestBody String body) {
    handler.accept(partner, reader.fromYaml(body));
    return ResponseEntity.accepted().build();
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Void> json(@PathVariable String partner, @RequestBody String body) {
    handler.accept(partner, reader.fromJson(body));
    return ResponseEntity.accepted().build();
  }

  @PostMapping(path = "/v2", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Void> jsonV2(@PathVariable String partner, @RequestBody String body) {
    handler.accept(partner, reader.fromTypedJson(body));
    return ResponseEntity.accepted().build();
  }

  @PostMapping(path = "/v2", consumes = "application/x-yaml")
  ResponseEntity<Void> yamlV2(@PathVariable String partner, @RequestBody String body) {
    handler.accept(partner, reader.fromSafeYaml(body));
    return ResponseEntity.accepted().build();
  }
}
