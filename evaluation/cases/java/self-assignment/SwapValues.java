package eval.selfassign;

public class SwapValues {
  public void swap(int[] values, int i, int j) {
    int tmp = values[i];
    values[i] = values[j];
    values[j] = tmp;
  }
}
