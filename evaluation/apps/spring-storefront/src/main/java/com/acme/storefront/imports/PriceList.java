package com.acme.storefront.imports;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

@XmlRootElement(name = "priceList")
@XmlAccessorType(XmlAccessType.FIELD)
public class PriceList {

  @XmlElement(name = "price")
  public List<Entry> entries = new ArrayList<>();

  @XmlAccessorType(XmlAccessType.FIELD)
  public static class Entry {
    @XmlAttribute public String sku;
    @XmlAttribute public String currency;
    @XmlElement public BigDecimal amount;
  }
}
