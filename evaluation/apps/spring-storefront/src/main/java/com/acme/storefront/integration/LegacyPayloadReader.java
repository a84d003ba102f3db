package com.acme.storefront.integration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.jsontype.impl.LaissezFaireSubTypeValidator;
import com.thoughtworks.xstream.XStream;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

@Component
class LegacyPayloadReader {

  private final XStream xstream = new XStream();
  private final ObjectMapper polymorphic = new ObjectMapper();
  private final ObjectMapper plain = new ObjectMapper();

  LegacyPayloadReader() {
    xstream.alias("order", PartnerOrder.class);
    // v1 partners send the concrete class name of each payload in "@class"
    polymorphic.activateDefaultTyping(
        LaissezFaireSubTypeValidator.instance, ObjectMapper.DefaultTyping.NON_FINAL);
  }

  Object fromXml(String body) {
    return xstream.fromXML(body); // vuln: unsafe-deserialization
  }

  Object fromYaml(String body) {
    Yaml yaml = new Yaml();
    return yaml.load(body); // vuln: unsafe-deserialization
  }

  Object fromJson(String body) {
    try {
      return polymorphic.readValue(body, Object.class); // vuln: unsafe-deserialization
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("malformed partner payload", e);
    }
  }

  Object fromTypedJson(String body) {
    try {
      return plain.readValue(body, PartnerOrder.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("malformed partner payload", e);
    }
  }

  Object fromSafeYaml(String body) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    Yaml yaml = new Yaml(new SafeConstructor(options));
    Object tree = yaml.load(body);
    return plain.convertValue(tree, PartnerOrder.class);
  }
}
