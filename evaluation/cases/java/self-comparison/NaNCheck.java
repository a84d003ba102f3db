package eval.selfcmp;

public class NaNCheck {
  public double safeRatio(double a, double b) {
    double ratio = a / b;
    if (Double.isNaN(ratio)) {
      return 0.0;
    }
    return ratio;
  }
}
