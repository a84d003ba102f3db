package names;

class Outer {
  private String name;
  private int size;

  class Inner {
    private long size;

    long own() {
      return size;
    }

    String outer() {
      return name;
    }
  }

  Runnable anonymous(final StringBuilder name) {
    return new Runnable() {
      private Integer size = 0;

      @Override
      public void run() {
        size++;
        name.append(this.size);
      }
    };
  }

  int local() {
    String size = "local";
    class Local {
      int get() {
        return size.length();
      }
    }
    return new Local().get();
  }

  void assign(int size) {
    this.size = size;
  }
}
