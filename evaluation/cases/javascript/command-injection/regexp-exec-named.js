const VERSION = /^v(\d+)\.(\d+)\.(\d+)$/;

function parseVersion(req, res) {
  const match = VERSION.exec(req.query.version || '');
  res.json(match ? { major: Number(match[1]) } : { error: 'bad version' });
}

module.exports = { parseVersion };
