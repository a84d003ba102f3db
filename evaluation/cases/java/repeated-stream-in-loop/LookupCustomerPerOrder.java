package eval.repeated;

import java.util.ArrayList;
import java.util.List;

public class LookupCustomerPerOrder {
  record Customer(String id, String name) {}

  record Order(String id, String customerId) {}

  public List<String> labels(List<Order> orders, List<Customer> customers) {
    List<String> labels = new ArrayList<>();
    for (Order order : orders) {
      String name =
          customers.stream().filter(c -> c.id().equals(order.customerId())).map(Customer::name).findFirst().orElse("?"); // expect: repeated-stream-in-loop
      labels.add(order.id() + " " + name);
    }
    return labels;
  }
}
