function handler(req, res) {
  return res.json(format(req.body));

  function format(body) {
    return { ok: true, received: Object.keys(body).length };
  }
}

module.exports = handler;
