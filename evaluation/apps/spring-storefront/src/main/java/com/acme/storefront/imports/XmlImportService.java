package com.acme.storefront.imports;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

@Service
class XmlImportService {

  private final JdbcTemplate jdbc;

  XmlImportService(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional
  ImportResult importProducts(InputStream xml) throws IOException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      DocumentBuilder builder = factory.newDocumentBuilder();
      Document doc = builder.parse(xml); // vuln: xxe
      NodeList items = doc.getElementsByTagName("product");
      List<String> rejected = new ArrayList<>();
      int accepted = 0;
      for (int i = 0; i < items.getLength(); i++) {
        Element item = (Element) items.item(i);
        String sku = item.getAttribute("sku");
        String name = item.getElementsByTagName("name").item(0).getTextContent();
        if (sku.isBlank()) {
          rejected.add("product #" + i + ": missing sku");
          continue;
        }
        jdbc.update(
            "INSERT INTO products (sku, name) VALUES (?, ?) ON CONFLICT (sku) DO UPDATE SET name = EXCLUDED.name",
            sku,
            name);
        accepted++;
      }
      return new ImportResult(accepted, rejected);
    } catch (ParserConfigurationException | SAXException e) {
      return new ImportResult(0, List.of("not a product file: " + e.getMessage()));
    }
  }

  @Transactional
  ImportResult importStockLevels(InputStream xml) {
    XMLInputFactory factory = XMLInputFactory.newInstance();
    int accepted = 0;
    try {
      XMLStreamReader reader = factory.createXMLStreamReader(xml); // vuln: xxe
      String sku = null;
      while (reader.hasNext()) {
        int event = reader.next();
        if (event == XMLStreamReader.START_ELEMENT && "item".equals(reader.getLocalName())) {
          sku = reader.getAttributeValue(null, "sku");
        } else if (event == XMLStreamReader.START_ELEMENT && "qty".equals(reader.getLocalName())) {
          int qty = Integer.parseInt(reader.getElementText().trim());
          jdbc.update("UPDATE stock SET quantity = ? WHERE sku = ?", qty, sku);
          accepted++;
        }
      }
      reader.close();
      return new ImportResult(accepted, List.of());
    } catch (XMLStreamException e) {
      return new ImportResult(accepted, List.of("stock file unreadable: " + e.getMessage()));
    }
  }

  @Transactional
  ImportResult importPriceList(InputStream xml) {
    try {
      Unmarshaller unmarshaller = JAXBContext.newInstance(PriceList.class).createUnmarshaller();
      PriceList prices = (PriceList) unmarshaller.unmarshal(xml);
      for (PriceList.Entry entry : prices.entries) {
        jdbc.update("UPDATE products SET price = ? WHERE sku = ?", entry.amount, entry.sku);
      }
      return new ImportResult(prices.entries.size(), List.of());
    } catch (JAXBException e) {
      return new ImportResult(0, List.of("price list unreadable: " + e.getMessage()));
    }
  }

  @Transactional
  ImportResult importCategories(InputStream xml) throws IOException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      Document doc = factory.newDocumentBuilder().parse(xml);
      NodeList nodes = doc.getElementsByTagName("category");
      for (int i = 0; i < nodes.getLength(); i++) {
        Element c = (Element) nodes.item(i);
        jdbc.update(
            "INSERT INTO categories (slug, title) VALUES (?, ?) ON CONFLICT DO NOTHING",
            c.getAttribute("slug"),
            c.getTextContent().trim());
      }
      return new ImportResult(nodes.getLength(), List.of());
    } catch (ParserConfigurationException | SAXException e) {
      return new ImportResult(0, List.of("not a category file: " + e.getMessage()));
    }
  }
}
