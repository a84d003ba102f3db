function readSettings(raw, logger) {
  try {
    return JSON.parse(raw);
  } catch (e) {
    logger.warn('invalid settings, using defaults', e);
    return {};
  }
}

module.exports = { readSettings };
