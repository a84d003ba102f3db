const axios = require('axios');

async function testWebhook(req, res) {
  const callback = req.body.callback;
  const reply = await axios.post(`${callback}/ping`, { ok: true }); // expect: ssrf
  res.json({ status: reply.status });
}

module.exports = { testWebhook };
