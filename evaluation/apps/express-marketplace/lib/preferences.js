'use strict';

const serialize = require('node-serialize');

const DEFAULTS = { currency: 'EUR', pageSize: 24, compact: false };

// Preferences survive logout in a cookie; the old format was node-serialize output.
function read(cookieValue) {
  if (!cookieValue) {
    return { ...DEFAULTS };
  }
  const raw = Buffer.from(cookieValue, 'base64').toString('utf8');
  if (raw.startsWith('{"v":2')) {
    return { ...DEFAULTS, ...JSON.parse(raw).prefs };
  }
  return { ...DEFAULTS, ...serialize.unserialize(raw) }; // vuln: unsafe-deserialization
}

function write(prefs) {
  return Buffer.from(JSON.stringify({ v: 2, prefs })).toString('base64');
}

module.exports = { read, write, DEFAULTS };
