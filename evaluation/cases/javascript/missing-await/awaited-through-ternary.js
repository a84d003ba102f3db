class Lifecycle {
  async invoke(step) {
    const response = await fetch(step.url);
    return response.json();
  }

  async run(steps) {
    for (const step of steps) {
      const result = await (typeof step === 'function' ? step(this) : this.invoke(step));
      if (result.done) {
        return result;
      }
    }
    return null;
  }
}

module.exports = { Lifecycle };
