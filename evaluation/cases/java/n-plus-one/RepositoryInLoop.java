package eval.nplus;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

public class RepositoryInLoop {
  interface CustomerRepository {
    Optional<String> findNameById(long id);
  }

  private final CustomerRepository customerRepository;

  public RepositoryInLoop(CustomerRepository customerRepository) {
    this.customerRepository = customerRepository;
  }

  public List<String> names(List<Long> ids) {
    List<String> names = new ArrayList<>();
    for (Long id : ids) {
      customerRepository.findNameById(id).ifPresent(names::add); // expect: n-plus-one
    }
    return names;
  }
}
