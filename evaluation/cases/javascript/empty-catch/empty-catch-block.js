function readSettings(raw) {
  let settings = {};
  try {
    settings = JSON.parse(raw);
  } catch (e) {} // expect: empty-catch
  return settings;
}

module.exports = { readSettings };
