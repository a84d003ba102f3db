const { exec } = require('child_process');

function diskUsage(req, res) {
  const verbose = req.query.verbose === '1';
  const cmd = verbose ? 'df -h' : 'df -h /';
  exec(cmd, (err, out) => res.type('text').send(err ? 'error' : out));
}

module.exports = { diskUsage };
