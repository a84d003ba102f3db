'use strict';

const { exec, execFile } = require('child_process');
const path = require('path');
const util = require('util');
const config = require('../config');

const execAsync = util.promisify(exec);
const execFileAsync = util.promisify(execFile);

async function archiveExport(label) {
  const target = path.join(config.exportDir, `${label}.tar.gz`);
  await execAsync(`tar -czf ${target} -C ${config.uploadDir} .`); // vuln: command-injection
  return target;
}

async function checksum(fileName) {
  const safeName = path.basename(fileName);
  const { stdout } = await execFileAsync('sha256sum', [path.join(config.exportDir, safeName)]);
  return stdout.split(' ')[0];
}

async function diskFree() {
  const { stdout } = await execAsync('df -h /var/lib/market');
  return stdout;
}

module.exports = { archiveExport, checksum, diskFree };
