package eval.random;

import java.util.Random;

public class DiceGame {
  private final Random dice = new Random();

  public int roll() {
    return 1 + dice.nextInt(6);
  }

  public String tokenColor() {
    return roll() > 3 ? "red" : "blue";
  }
}
