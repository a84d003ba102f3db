package eval.sql;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class FieldTaintJpa {
  record Search(String title) {}

  private final EntityManager em;
  private String lastTitle;

  public FieldTaintJpa(EntityManager em) {
    this.em = em;
  }

  @PostMapping("/books/search")
  public List<?> search(@RequestBody Search search) {
    lastTitle = search.title();
    return em.createQuery("SELECT b FROM Book b WHERE b.title = '" + lastTitle + "'").getResultList(); // expect: sql-injection
  }
}
