package com.acme.storefront.catalog;

import com.acme.storefront.StorefrontProperties;
import java.io.IOException;
import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Service;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/** Stock levels from the supplier's nightly XML feed. */
@Service
class CatalogFeedService {

  private final Document feed;

  CatalogFeedService(ResourceLoader resources, StorefrontProperties props)
      throws IOException, ParserConfigurationException, SAXException {
    DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
    dbf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    try (InputStream in = resources.getResource(props.catalogFeed()).getInputStream()) {
      this.feed = dbf.newDocumentBuilder().parse(in);
    }
  }

  int stockFor(String sku) {
    XPath xpath = XPathFactory.newInstance().newXPath();
    xpath.setXPathVariableResolver(name -> "sku".equals(name.getLocalPart()) ? sku : null);
    try {
      Double stock = (Double) xpath.evaluate("/catalog/item[@sku=$sku]/stock", feed, XPathConstants.NUMBER);
      return stock.isNaN() ? 0 : stock.intValue();
    } catch (XPathExpressionException e) {
      throw new IllegalStateException("catalog feed query failed", e);
    }
  }

  String stockForSupplierSku(String supplierSku) {
    XPath xpath = XPathFactory.newInstance().newXPath();
    String expression = "/catalog/item[supplier/@ref='" + supplierSku + "']/stock/text()";
    try {
      return xpath.evaluate(expression, feed); // vuln: xpath-injection
    } catch (XPathExpressionException e) {
      return "unknown";
    }
  }
}
