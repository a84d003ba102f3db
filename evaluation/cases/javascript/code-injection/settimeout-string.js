function scheduleCallback(req) {
  const name = req.query.callback;
  setTimeout(name + '()', 1000); // expect: code-injection
}

module.exports = { scheduleCallback };
