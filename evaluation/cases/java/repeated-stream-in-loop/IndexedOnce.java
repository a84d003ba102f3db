package eval.repeated;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

public class IndexedOnce {
  record Customer(String id, String name) {}

  record Order(String id, String customerId) {}

  public List<String> labels(List<Order> orders, List<Customer> customers) {
    Map<String, Customer> byId =
        customers.stream().collect(Collectors.toMap(Customer::id, Function.identity()));
    List<String> labels = new ArrayList<>();
    for (Order order : orders) {
      Customer c = byId.get(order.customerId());
      labels.add(order.id() + " " + (c == null ? "?" : c.name()));
    }
    return labels;
  }
}
