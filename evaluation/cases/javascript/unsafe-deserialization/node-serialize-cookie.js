const serialize = require('node-serialize');

function profile(req, res) {
  const raw = Buffer.from(req.cookies.profile, 'base64').toString();
  const data = serialize.unserialize(raw); // expect: unsafe-deserialization
  res.json({ name: data.name });
}

module.exports = { profile };
