const { execSync } = require('child_process');

function version(req, res) {
  const sha = execSync('git rev-parse HEAD').toString().trim(); // expect: sync-io-in-handler
  res.json({ sha });
}

module.exports = { version };
