const childProcess = require('child_process');

function archive(req, res) {
  const folder = req.body.folder;
  const cmd = 'tar czf /tmp/out.tgz ' + folder;
  childProcess.execSync(cmd); // expect: command-injection
  res.sendStatus(204);
}

module.exports = { archive };
