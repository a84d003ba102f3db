const express = require('express');
const childProcess = require('child_process');

const router = express.Router();

function runBackup(target) {
  const command = 'tar czf /backups/latest.tgz ' + target;
  return childProcess.execSync(command); // expect: command-injection
}

router.post('/backups', (req, res) => {
  runBackup(req.body.directory);
  res.status(202).end();
});

module.exports = router;
