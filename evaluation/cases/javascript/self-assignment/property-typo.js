function applyDefaults(options, defaults) {
  options.retries = options.retries; // expect: self-assignment
  options.timeout = options.timeout || defaults.timeout;
  return options;
}

module.exports = { applyDefaults };
