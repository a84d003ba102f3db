const cp = require('child_process');

function thumbnail(req, res) {
  const parts = ['convert', req.body.input, '-resize', '64x64', 'thumb.png'];
  cp.exec(parts.join(' '), (err) => res.sendStatus(err ? 500 : 204)); // expect: command-injection
}

module.exports = { thumbnail };
