function profile(req, res) {
  const raw = Buffer.from(req.cookies.profile, 'base64').toString();
  const data = JSON.parse(raw);
  res.json({ name: String(data.name) });
}

module.exports = { profile };
