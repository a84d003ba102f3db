package eval.nplus;

import java.util.ArrayList;
import java.util.List;

public class SaveAllOnce {
  interface EventRepository {
    List<String> saveAll(Iterable<String> events);
  }

  private final EventRepository eventRepository;

  public SaveAllOnce(EventRepository eventRepository) {
    this.eventRepository = eventRepository;
  }

  public int store(List<String> raw) {
    List<String> cleaned = new ArrayList<>();
    for (String r : raw) {
      cleaned.add(r.strip());
    }
    return eventRepository.saveAll(cleaned).size();
  }
}
