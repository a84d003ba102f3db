function normalize(opts) {
  opts.retries = opts.retries ?? 3;
  opts.verbose = Boolean(opts.verbose);
  return opts;
}

module.exports = { normalize };
